"""tracker.temporal: the table of phrasings, negatives, parse_when, and `tracker when`.

The rows live in tests/temporal_cases.py; each becomes its own test id (the text, truncated,
with the reference date).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner, Result
from temporal_cases import CASES, NEGATIVES, PARSE_WHEN, PARSE_WHEN_BAD

from tracker.cli import cli
from tracker.errors import BadDate
from tracker.model import Anchor, Precision
from tracker.temporal import parse_when, sentences, tag_dates, tag_phrase


def _id(text: str, today: str | None = None) -> str:
    shown = text.replace("\n", "\u23ce")
    if len(shown) > 56:
        shown = shown[:55] + "\u2026"
    return f"{shown} @{today}" if today else shown


def _canonical(text: str, today: str) -> list[str]:
    return [str(m.window) for m in tag_dates(text, today=date.fromisoformat(today))]


# ── the table ────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "today", "expected"), CASES, ids=[_id(t, d) for t, d, _ in CASES]
)
def test_phrasing(text: str, today: str, expected: list[str]) -> None:
    assert _canonical(text, today) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"), CASES, ids=[_id(t, d) for t, d, _ in CASES]
)
def test_case_blind_path_reads_the_same(text: str, today: str, expected: list[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Text whose length changes when lowercased ("İ") is matched case-blind instead of
    # lowercased first; both paths must read every phrasing alike.
    import tracker.temporal as temporal

    monkeypatch.setattr(temporal, "_lowered", lambda text: text)
    assert _canonical(text, today) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"), CASES, ids=[_id(t, d) for t, d, _ in CASES]
)
def test_spans_slice_to_their_phrases(text: str, today: str, expected: list[str]) -> None:
    mentions = tag_dates(text, today=date.fromisoformat(today))
    assert mentions, "the row expects at least one mention"
    previous_end = 0
    for m in mentions:
        start, end = m.span
        assert previous_end <= start < end <= len(text)  # in text order, not overlapping
        assert text[start:end] == m.phrase
        assert m.rule  # provenance: the rule that fired is named
        previous_end = end


@pytest.mark.parametrize(("text", "today"), NEGATIVES, ids=[_id(t) for t, _ in NEGATIVES])
def test_not_a_date(text: str, today: str) -> None:
    assert tag_dates(text, today=date.fromisoformat(today)) == []


# ── anchors and tense: provenance the table's canonical strings do not show ────────────────

ANCHORS = [
    ("Daredevil returns March 18, 2016, and Luke Cage arrives later in the year",
     ["explicit", "nearby"]),
    ("In 2017 the network will air it in March", ["explicit", "nearby"]),
    ("Daredevil returns March 18, 2016.\n\nLuke Cage follows later in the year.",
     ["explicit", "reference"]),
    ("The series returns this fall.", ["reference"]),
    ("fall 2016", ["explicit"]),
    ("3/18/2016", ["explicit"]),
    ("The premiere date is TBA.", ["none"]),
    # a month after a season that took its year from the reference date is read from the
    # reference too; an event named by its month anchors nothing: June 18 is read from the
    # reference
    (("It is back this summer. The season picks up from the December cliffhanger and streams "
      "June 18."), ["reference", "reference", "reference"]),
    ("Season 2 arrives in 2017, in the summer.", ["explicit", "nearby"]),
]


@pytest.mark.parametrize(("text", "anchors"), ANCHORS, ids=[_id(t) for t, _ in ANCHORS])
def test_anchor_names_what_resolved_the_phrase(text: str, anchors: list[str]) -> None:
    mentions = tag_dates(text, today=date(2016, 1, 14))
    assert [m.window.anchor.value for m in mentions] == anchors


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("The pilot premiered on March 18.", True),
        ("The show aired in October.", True),
        ("The pilot premieres on March 18.", False),
        ("The show will air in October.", False),
        ("The pilot leaked. HBO renewed it, and it points to a spring return.", False),
        ("The pilot premiered, and the network says more episodes are coming in the fall.", False),
        ("Filming wrapped, and the showrunner has hinted at a fall return.", False),
        ("It premiered on Netflix, and on Hulu in May.", True),
        # the last tense cue decides: "starts" after a word that looks past ("a retired agent")
        ("She plays a retired agent in Harbor Lights, which starts on March 12.", False),
        ("Its first cour has aired, and the show resumes from October 12.", False),
        ("The first cour started on Netflix in May.", True),
        ("The show, which drew seven million viewers in the spring, is back.", True),
        # a plan told in the past, more than 80 characters before its date
        (("FX had planned to launch the fourth installment of Fargo, with Chris Rock as a "
          "Kansas City crime boss, on April 19."), True),
        (("FX plans to launch the fourth installment of Fargo, with Chris Rock as a "
          "Kansas City crime boss, on April 19."), False),
        # ... and a long object after the plan's verb, with the plan's start further back still
        (("FX had planned to launch the Chris Rock-led fourth installment of Noah Hawley's "
          "anthology on April 19, but the shutdown intervened."), True),
        (("FX plans to launch the Chris Rock-led fourth installment of Noah Hawley's "
          "anthology on April 19, the network said."), False),
        # an adverb between the auxiliary and the participle keeps the passive's present
        ("The drama is also held back a few weeks, returning on April 19.", False),
        ("It also premiered on April 19.", True),
        # a plan's date after the show it is for ("confirmed a second series of X for ...")
        ("The BBC confirmed a second series of The Voice UK for next spring.", False),
        ("Netflix ordered the comedy, which ran for a season in 2019.", True),
        # a day that opens its sentence takes the tense of the clause after it
        ("On Monday, the network laid out its winter plans.", True),
        ("Earlier coverage aside. On March 3, HBO renewed the drama.", True),
        ("On Monday, the drama returns for a final run.", False),
        ("The crime drama returns on Monday, the network said.", False),
        ("Critics wanted news, and on Wednesday the network got it out of the way.", True),
        ("The old show is gone, and on Sunday the new one premieres.", False),
        ("April 11 — We Were the Lucky Ones arrives on Hulu.", False),  # (a title's "Were")
        # a day between a subject and its reporting verb is when the thing was done
        ("The streamer on Tuesday unveiled its summer lineup.", True),
        ("The new drama arrives on Tuesday, released weekly after that.", False),
        # "after debuting": a participle takes its clause's tense
        ("The thriller, which became a hit after debuting in September, is back.", True),
        ("The drama will return after wrapping its shoot in June.", False),
        ("The drama found its audience after arriving in August.", True),
        # ... and "with X returning": the premiere a past announcement lists is still ahead
        ("The network announced its slate, with most of its dramas returning in September.", False),
        ("Netflix revealed its winter plans, with the thriller premiering on Jan. 6.", False),
        # a regular past verb right after "which" or "who", in a relative clause still open
        ("The sequel, which scraped together a pickup in March, is on the schedule.", True),
        ("The drama, which earned a renewal in March", True),
        ("The drama, which earned a renewal, returns in March.", False),
        ("The thriller about spies who defected premieres in March.", False),
        # a present passive after a past relative clause looks ahead
        ("The sequel, which won a Globe, is aimed at late 2017.", False),
        # an event noun after "at a": the tense is the verb's before it
        ("The date was announced at a drama launch in London on Monday.", True),
        # a month that names a past event, the subject of a past verb
        ("Its August debut on Netflix kept it in the top 10 for a month.", True),
        ("The March premiere drew big numbers.", True),
        ("Its August debut will be on Netflix.", False),
        # a modal after a past verb looks ahead; with "have" it looks back
        ("ITV has already confirmed a fourth season, which should air in the autumn.", False),
        ("The drama could have returned in the autumn.", True),
        # a day between a network and "became" or "locked in" is the day of the news
        ("CBS on Wednesday became the first network to date its fall.", True),
        ("NBC on Monday locked in its premiere dates.", True),
        # "reaches" a streamer looks ahead, after a participle aside that looks past ("told")
        ("A Swedish drama, told from six points of view, reaches Netflix in October.", False),
        ("The drama, told from six points of view, was released in October.", True),
    ],
)
def test_past_tense_is_recorded(text: str, past: bool) -> None:
    (mention,) = tag_dates(text, today=date(2016, 11, 2))
    assert mention.past is past


def test_kinds_follow_precision() -> None:
    text = "It debuts March 18, 2016, the spinoff in the fall, the third show is TBA."
    mentions = tag_dates(text, today=date(2016, 1, 14))
    assert [(m.window.precision, m.window.kind.value) for m in mentions] == [
        (Precision.DAY, "exact"), (Precision.SEASON, "window"), (Precision.TBA, "tba"),
    ]


def test_today_matters_for_relative_phrases_only() -> None:
    text = "It returns in March, and its spinoff on March 18, 2016."
    early = _canonical(text, "2016-01-14")
    late = _canonical(text, "2016-11-02")
    assert early[0] != late[0]  # "in March" moves with the reference date
    assert early[1] == late[1] == "2016-03-18 day"


# ── parse_when ───────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "today", "expected"), PARSE_WHEN, ids=[_id(t, d) for t, d, _ in PARSE_WHEN]
)
def test_parse_when(text: str, today: str, expected: list[str]) -> None:
    assert [str(parse_when(text, today=date.fromisoformat(today)))] == expected


@pytest.mark.parametrize("text", PARSE_WHEN_BAD, ids=[repr(t) for t in PARSE_WHEN_BAD])
def test_parse_when_refuses_junk(text: str) -> None:
    with pytest.raises(BadDate):
        parse_when(text, today=date(2026, 11, 25))


def test_parse_when_keeps_the_phrase() -> None:
    window = parse_when("fall 2026", today=date(2026, 11, 25))
    assert window.phrase == "fall 2026"
    assert window.anchor is Anchor.EXPLICIT


# ── `tracker when` ───────────────────────────────────────────────────────────────────────

JSON_KEYS = {"phrase", "start", "end", "precision", "kind", "anchor", "span"}


# A phrase on its own, as a person types it into `tracker when` (or a table of phrases cut
# out of articles lists it): the words an article put before it are gone.
PHRASES_ALONE = [
    ("August", "2024-03-01", ["2024-08-01..2024-08-31 month"]),
    ("August", "2024-09-10", ["2025-08-01..2025-08-31 month"]),
    ("spring debut", "2024-01-10", ["2024-03-01..2024-05-31 season"]),
    ("the summer season", "2023-03-20", ["2023-06-01..2023-08-31 season"]),
    ("fall schedule", "2021-06-02", ["2021-09-01..2021-11-30 season"]),
    ("the 15th", "2021-11-29", ["2021-12-15 day"]),
    ("December", "2018-08-20", ["2018-12-01..2018-12-31 month"]),
    ("Sept. 9", "2024-03-01", ["2024-09-09 day"]),  # (read as it stands)
]
NOT_PHRASES = ["May the Fourth be with you", "April Ryan said so", "season two", "the 15 episodes"]


@pytest.mark.parametrize(("text", "today", "expected"), PHRASES_ALONE,
                         ids=[_id(t, d) for t, d, _ in PHRASES_ALONE])
def test_phrase_alone_reads_as_a_person_means_it(text: str, today: str,
                                                  expected: list[str]) -> None:
    found = tag_phrase(text, today=date.fromisoformat(today))
    assert [str(m.window) for m in found] == expected
    assert all(text[m.span[0]:m.span[1]] == m.phrase for m in found)


@pytest.mark.parametrize("text", NOT_PHRASES, ids=NOT_PHRASES)
def test_phrase_alone_keeps_look_alikes_dateless(text: str) -> None:
    assert tag_phrase(text, today=date(2024, 3, 1)) == []


def test_when_reads_a_month_alone() -> None:
    (record,) = run_json("when", "August", "--today", "2024-03-01")
    assert (record["start"], record["end"], record["span"]) == ("2024-08-01", "2024-08-31", [0, 6])


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def run_json(*args: str) -> list[dict[str, object]]:
    result = invoke(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_when_json_shape() -> None:
    text = "Luke Cage is set for release later in the year"
    (record,) = run_json("when", text, "--today", "2016-01-14")
    assert set(record) == JSON_KEYS
    assert record["start"] == "2016-01-15"
    assert record["end"] == "2016-12-31"
    assert record["precision"] == "year"
    assert record["kind"] == "window"
    assert record["anchor"] == "reference"
    start, end = record["span"]  # type: ignore[misc]
    assert text[start:end] == record["phrase"]


def test_when_json_lists_every_mention_in_order() -> None:
    text = "Daredevil returns March 18, 2016, and Luke Cage arrives later in the year"
    records = run_json("when", text, "--today", "2016-01-14")
    assert [(r["start"], r["end"], r["kind"], r["anchor"]) for r in records] == [
        ("2016-03-18", "2016-03-18", "exact", "explicit"),
        ("2016-03-19", "2016-12-31", "window", "nearby"),
    ]


def test_when_json_tba_has_no_dates() -> None:
    (record,) = run_json("when", "The premiere date is TBA.", "--today", "2016-01-14")
    assert (record["start"], record["end"], record["kind"]) == (None, None, "tba")


def test_when_joins_several_words() -> None:
    records = run_json("when", "returns", "March", "18,", "2016", "--today", "2016-01-14")
    assert [r["start"] for r in records] == ["2016-03-18"]


@pytest.mark.parametrize(
    "args",
    [
        ("--today", "2016-11-02", "when", "It returns in March"),
        ("when", "It returns in March", "--today", "2016-11-02"),
        ("when", "--today", "2016-11-02", "It returns in March"),
    ],
    ids=["today-before-command", "today-after-text", "today-before-text"],
)
def test_when_today_before_or_after_the_command(args: tuple[str, ...]) -> None:
    (record,) = run_json(*args)
    assert (record["start"], record["end"]) == ("2017-03-01", "2017-03-31")


def test_when_table_shows_the_phrase_and_window() -> None:
    result = invoke("when", "The series returns this fall.", "--today", "2016-01-14")
    assert result.exit_code == 0, result.stderr
    assert "this fall" in result.stdout
    assert "2016-09-01" in result.stdout and "2016-11-30" in result.stdout
    assert "season" in result.stdout


def test_when_finds_nothing_exits_1_with_one_line() -> None:
    result = invoke("when", "Netflix ordered a second season.", "--today", "2016-01-14")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--today", "2016-13-01", "when", "this fall"),
        ("when", "this fall", "--today", "banana"),
        ("when", "this fall", "-f", "xml"),
    ],
    ids=["bad-today-before", "bad-today-after", "bad-format"],
)
def test_when_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_when_needs_text() -> None:
    assert invoke("when", "--today", "2016-01-14").exit_code == 2


def test_when_help() -> None:
    result = invoke("when", "--help")
    assert result.exit_code == 0
    assert "--today" in result.stdout and "--format" in result.stdout


SENTENCE_SPLITS = [
    ("It returns Sept. 9. Fans cheered.", ["It returns Sept. 9.", "Fans cheered."]),
    ("J.J. Abrams produces it. It airs in May.", ["J.J. Abrams produces it.", "It airs in May."]),
    ("The reunion streams at 5 p.m. Pacific on Sunday. It ran late.",
     ["The reunion streams at 5 p.m. Pacific on Sunday.", "It ran late."]),
    ("It airs at 9 p.m. ET/PT on NBC. Then it moves.", ["It airs at 9 p.m. ET/PT on NBC.", "Then it moves."]),
    ("It ends at 10 p.m. Then the news follows.", ["It ends at 10 p.m.", "Then the news follows."]),
    ("It debuts at 8:30 p.m. (8 p.m. Central), after the game.",
     ["It debuts at 8:30 p.m. (8 p.m. Central), after the game."]),
    # a quoted title ending in initials ends its sentence before a word that only opens one
    ('It follows "Chicago P.D." On Friday it moves.', ['It follows "Chicago P.D."', "On Friday it moves."]),
    ('"Chicago P.D." Star Jesse Lee Soffer is back.', ['"Chicago P.D." Star Jesse Lee Soffer is back.']),
    # an ellipsis inside a title is no stop; one before a sentence's opener is
    ("I'm a Celebrity... Get Me Out of Here! returns.", ["I'm a Celebrity... Get Me Out of Here! returns."]),
    ("And Just Like That... The revival films in May.", ["And Just Like That...", "The revival films in May."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_SPLITS,
                         ids=[_id(t) for t, _ in SENTENCE_SPLITS])
def test_sentences_end_at_stops_not_at_abbreviations(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected
