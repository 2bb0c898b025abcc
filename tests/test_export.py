"""tracker.export: records, JSON, CSV and iCalendar built from timeline entries."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.cli import cli
from tracker.export import (
    FIELDS,
    clean_text,
    entries_to_csv,
    entries_to_ics,
    entries_to_json,
    entry_record,
    event_uid,
)
from tracker.load import Article
from tracker.model import (
    Change,
    Claim,
    Entry,
    EventKind,
    Precision,
    Status,
    Step,
    Window,
)
from tracker.names import show_key
from tracker.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"

FALL_2017 = Window(date(2017, 9, 1), date(2017, 11, 30), Precision.SEASON, "this fall")
YEAR_2017 = Window(date(2017, 1, 1), date(2017, 12, 31), Precision.YEAR, "sometime in 2017")
MARCH_18 = Window.day(date(2016, 3, 18), "March 18, 2016")


def make_entry(
    show: str = "Daredevil",
    season: int | None = 2,
    window: Window = MARCH_18,
    *,
    status: Status | None = None,
    change: Change = Change.NEW,
    revision: int = 0,
    updated: date | None = date(2016, 1, 14),
    evidence: str = "",
    source: str = "news/daredevil.txt",
    event: EventKind = EventKind.PREMIERE,
) -> Entry:
    if status is None:
        status = {"exact": Status.DATED, "window": Status.WINDOW, "tba": Status.TBA}[
            window.kind.value
        ]
    claim = Claim(
        show, show_key(show), season, window, event,
        evidence=evidence, source=source, published=updated,
    )
    return Entry(
        show, show_key(show), season, window, status, change,
        history=(Step(claim, change),), sources=1, revision=revision, updated=updated,
    )


def parse_events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def only_event(data: bytes) -> icalendar.Event:
    events = parse_events(data)
    assert len(events) == 1
    return events[0]


# --- records, JSON, CSV -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (MARCH_18, {"kind": "exact", "start": "2016-03-18", "end": "2016-03-18",
                    "precision": "day", "phrase": "March 18, 2016", "status": "dated"}),
        (FALL_2017, {"kind": "window", "start": "2017-09-01", "end": "2017-11-30",
                     "precision": "season", "phrase": "this fall", "status": "window"}),
        (Window.tba("no release date yet"),
         {"kind": "tba", "start": None, "end": None, "precision": "tba",
          "phrase": "no release date yet", "status": "tba"}),
    ],
    ids=["exact", "window-end-inclusive", "tba-no-dates"],
)
def test_entry_record_fields(window: Window, expected: dict[str, object]) -> None:
    record = entry_record(make_entry("Luke Cage", 1, window, change=Change.NARROWED))
    assert list(record) == list(FIELDS)
    assert record == {
        "show": "Luke Cage", "season": 1, "change": "narrowed", "sources": 1, **expected,
    }


def test_entry_record_season_none() -> None:
    assert entry_record(make_entry("The Defenders", None))["season"] is None


def test_json_is_a_list_of_records_with_non_ascii_kept() -> None:
    entries = [make_entry("Pokémon: Ürban", 3), make_entry("Iron Fist", 1, FALL_2017)]
    text = entries_to_json(entries)
    assert "Pokémon: Ürban" in text
    assert text.endswith("\n")
    assert json.loads(text) == [entry_record(e) for e in entries]


def test_json_empty() -> None:
    assert json.loads(entries_to_json([])) == []


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_header_and_rows() -> None:
    text = entries_to_csv([make_entry(), make_entry("Iron Fist", None, Window.tba())])
    assert text.splitlines()[0] == ",".join(FIELDS)
    rows = read_csv(text)
    assert rows[0] == {
        "show": "Daredevil", "season": "2", "kind": "exact", "start": "2016-03-18",
        "end": "2016-03-18", "precision": "day", "phrase": "March 18, 2016",
        "status": "dated", "change": "new", "sources": "1",
    }
    assert (rows[1]["season"], rows[1]["start"], rows[1]["end"]) == ("", "", "")


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    name = 'Law & Order: "SVU", part 1\nsecond line'
    rows = read_csv(entries_to_csv([make_entry(name)]))
    assert rows[0]["show"] == name


@pytest.mark.parametrize(
    ("show", "cell"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTabbed", "'\tTabbed"),
        ("\rReturn", "'\rReturn"),
        ("Daredevil", "Daredevil"),
        ("1923", "1923"),
        ("Mr. = Robot", "Mr. = Robot"),
        ("'Allo 'Allo!", "'Allo 'Allo!"),
    ],
    ids=["equals", "plus", "minus", "at", "tab", "carriage-return", "plain", "digits",
         "equals-inside", "apostrophe-already"],
)
def test_csv_formula_guard(show: str, cell: str) -> None:
    rows = read_csv(entries_to_csv([make_entry(show)]))
    assert rows[0]["show"] == cell


def test_csv_formula_guard_applies_to_phrase() -> None:
    window = Window.day(date(2016, 3, 18), "=cmd|' /C calc'!A0")
    rows = read_csv(entries_to_csv([make_entry(window=window)]))
    assert rows[0]["phrase"] == "'=cmd|' /C calc'!A0"


# --- iCalendar ------------------------------------------------------------------------------


def test_ics_has_one_all_day_event_per_dated_or_windowed_season() -> None:
    entries = [
        make_entry("Daredevil", 2, MARCH_18),
        make_entry("Iron Fist", 1, FALL_2017),
        make_entry("The Defenders", 1, Window.tba("TBA")),
    ]
    events = {str(e["UID"]): e for e in parse_events(entries_to_ics(entries))}
    assert set(events) == {event_uid("daredevil", 2), event_uid("iron fist", 1)}
    for uid, start in ((event_uid("daredevil", 2), date(2016, 3, 18)),
                       (event_uid("iron fist", 1), date(2017, 9, 1))):
        event = events[uid]
        assert event.decoded("DTSTART") == start
        assert type(event.decoded("DTSTART")) is date  # all-day, not a datetime
        assert event.decoded("DTEND") == start + timedelta(days=1)
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert str(event["TRANSP"]) == "TRANSPARENT"


def test_ics_exact_date_event() -> None:
    event = only_event(entries_to_ics([make_entry("Daredevil", 2, MARCH_18)]))
    assert str(event["SUMMARY"]) == "Daredevil – Season 2 premiere"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "Premiere date: 2016-03-18." in str(event["DESCRIPTION"])


def test_ics_window_is_a_tentative_placeholder_on_its_first_day() -> None:
    entry = make_entry(
        "Iron Fist", 2, FALL_2017,
        evidence="Iron Fist season 2 is expected to premiere this fall.",
        source="https://example.org/iron-fist",
    )
    event = only_event(entries_to_ics([entry]))
    assert str(event["SUMMARY"]) == "[TBA fall 2017] Iron Fist – Season 2 premiere"
    assert str(event["STATUS"]) == "TENTATIVE"
    assert event.decoded("DTSTART") == date(2017, 9, 1)
    assert event.decoded("DTEND") == date(2017, 9, 2)
    description = str(event["DESCRIPTION"])
    assert "between 2017-09-01 and 2017-11-30" in description
    assert "“this fall”" in description
    assert "Iron Fist season 2 is expected to premiere this fall." in description
    assert "https://example.org/iron-fist, 2016-01-14" in description


@pytest.mark.parametrize(
    ("season", "event_kind", "title"),
    [
        (None, EventKind.PREMIERE, "Luke Cage – premiere"),
        (2, EventKind.RETURN, "Luke Cage – Season 2 return"),
    ],
    ids=["no-season", "return"],
)
def test_ics_title_variants(season: int | None, event_kind: EventKind, title: str) -> None:
    event = only_event(entries_to_ics([make_entry("Luke Cage", season, event=event_kind)]))
    assert str(event["SUMMARY"]) == title


def test_ics_bare_tba_is_left_out() -> None:
    assert parse_events(entries_to_ics([make_entry(window=Window.tba("TBD"))])) == []


def test_ics_confirmed_only_keeps_exact_dates() -> None:
    entries = [make_entry("Daredevil", 2, MARCH_18), make_entry("Iron Fist", 1, FALL_2017)]
    events = parse_events(entries_to_ics(entries, confirmed_only=True))
    assert [str(e["UID"]) for e in events] == [event_uid("daredevil", 2)]


def test_ics_cancelled_season_is_marked_cancelled() -> None:
    entry = make_entry("Iron Fist", 3, FALL_2017, status=Status.CANCELLED)
    event = only_event(entries_to_ics([entry]))
    assert str(event["STATUS"]) == "CANCELLED"


def test_ics_calendar_properties() -> None:
    calendar = icalendar.Calendar.from_ical(entries_to_ics([make_entry()]))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//tracker//TV premieres//EN"
    assert str(calendar["X-WR-CALNAME"]) == "tracker premieres"
    assert str(calendar["NAME"]) == "tracker premieres"


def test_ics_custom_calendar_name_is_cleaned() -> None:
    calendar = icalendar.Calendar.from_ical(
        entries_to_ics([], calendar_name="My shows;\x1b[31m red\x07")
    )
    assert str(calendar["X-WR-CALNAME"]) == "My shows; red"


def test_ics_is_crlf_and_folded_at_75_octets() -> None:
    long_name = "Ünïcødé " * 30
    data = entries_to_ics([make_entry(long_name, evidence="é, ; " * 60)])
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    assert all(b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    data.decode("utf-8")  # folding never splits a multi-byte character


@pytest.mark.parametrize(
    "name",
    [
        "Law & Order, Special Victims Unit",
        "Agents of S.H.I.E.L.D.; Slingshot",
        "Dr. Who\\Whom",
        "Back\\Naming",
        'The "Quoted" Show',
        "Pokémon: Ürban Legends",
        "Кремлёвские курсанты",
        "進撃の巨人",
        "Emoji 🎬 Night 👨‍👩‍👧",
    ],
    ids=["comma", "semicolon", "backslash", "backslash-N", "quotes", "latin-accents", "cyrillic", "cjk",
         "emoji-zwj"],
)
def test_ics_titles_round_trip(name: str) -> None:
    event = only_event(entries_to_ics([make_entry(name, 4)]))
    assert str(event["SUMMARY"]) == f"{name} – Season 4 premiere"


def test_ics_newline_in_a_name_becomes_a_space_in_the_title() -> None:
    event = only_event(entries_to_ics([make_entry("Line one\r\nline two\nthree", 1)]))
    assert str(event["SUMMARY"]) == "Line one line two three – Season 1 premiere"


def test_ics_description_round_trips_newlines_commas_and_semicolons() -> None:
    window = Window.day(date(2016, 3, 18), "March 18;\nat 9, ET")
    event = only_event(entries_to_ics([make_entry(window=window, evidence="It's on; really, ü.")]))
    description = str(event["DESCRIPTION"])
    assert description.splitlines()[:3] == [
        "Premiere date: 2016-03-18.",
        "As written: “March 18;",
        "at 9, ET”",
    ]
    assert "Evidence: “It's on; really, ü.”" in description


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("\x1b[31mRed\x1b[0m Show", "Red Show"),
        ("Bell\x07 Show", "Bell Show"),
        ("\x1b]0;owned\x07Title Show", "Title Show"),
        ("Nul\x00 Show\x7f", "Nul Show"),
        ("Bidi \u202eworC", "Bidi worC"),
    ],
    ids=["ansi-colour", "bell", "osc-window-title", "nul-del", "bidi-override"],
)
def test_ics_strips_control_characters(name: str, title: str) -> None:
    data = entries_to_ics([make_entry(name, 1, evidence=f"{name} is coming.")])
    assert b"\x1b" not in data and b"\x07" not in data
    event = only_event(data)
    assert str(event["SUMMARY"]) == f"{title} – Season 1 premiere"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("tab\there", "tab here"),
        ("keep\nnewline", "keep\nnewline"),
        ("zero\u200bwidth", "zerowidth"),
        ("csi\x9b31mend", "csiend"),
        ("lone\ud800surrogate", "lonesurrogate"),
        ("Ünïcødé 🎬 stays", "Ünïcødé 🎬 stays"),
    ],
    ids=["line-breaks", "tab", "newline-kept", "zero-width-space", "8-bit-csi",
         "lone-surrogate", "non-ascii-kept"],
)
def test_clean_text(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_uid_depends_on_show_key_and_season_only() -> None:
    assert event_uid("jessica jones", 2) == event_uid(show_key("Marvel's Jessica Jones"), 2)
    uids = {event_uid("jessica jones", 1), event_uid("jessica jones", 2),
            event_uid("jessica jones", None), event_uid("luke cage", 1)}
    assert len(uids) == 4


def test_window_narrowing_keeps_uid_and_raises_sequence() -> None:
    steps = [
        make_entry("Iron Fist", 2, YEAR_2017, revision=0, updated=date(2016, 1, 14)),
        make_entry("Iron Fist", 2, FALL_2017, revision=1, updated=date(2016, 7, 22),
                   change=Change.NARROWED),
        make_entry("Iron Fist", 2, Window.day(date(2017, 11, 17)), revision=2,
                   updated=date(2017, 3, 2), change=Change.NARROWED),
    ]
    events = [only_event(entries_to_ics([entry])) for entry in steps]
    assert len({str(e["UID"]) for e in events}) == 1
    assert [int(e["SEQUENCE"]) for e in events] == [0, 1, 2]
    modified = [e.decoded("LAST-MODIFIED") for e in events]
    assert modified == sorted(modified) and len(set(modified)) == 3
    assert [e.decoded("DTSTART") for e in events] == [
        date(2017, 1, 1), date(2017, 9, 1), date(2017, 11, 17),
    ]
    assert [str(e["STATUS"]) for e in events] == ["TENTATIVE", "TENTATIVE", "CONFIRMED"]


def test_dtstamp_and_last_modified_come_from_the_data() -> None:
    event = only_event(entries_to_ics([make_entry(updated=date(2015, 12, 1))]))
    stamp = datetime(2015, 12, 1, tzinfo=timezone.utc)
    assert event.decoded("DTSTAMP") == stamp
    assert event.decoded("LAST-MODIFIED") == stamp


def test_entry_without_dates_gets_a_fixed_stamp_and_no_last_modified() -> None:
    event = only_event(entries_to_ics([make_entry(updated=None)]))
    assert event.decoded("DTSTAMP") == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert "LAST-MODIFIED" not in event


def test_two_exports_are_byte_identical_whatever_the_input_order() -> None:
    entries = [
        make_entry("Iron Fist", 1, FALL_2017),
        make_entry("Daredevil", 2, MARCH_18),
        make_entry("Luke Cage", 1, Window(date(2016, 1, 15), date(2016, 12, 31),
                                          Precision.YEAR, "later this year")),
        make_entry("Daredevil", 3, MARCH_18),
    ]
    first = entries_to_ics(entries)
    assert entries_to_ics(list(reversed(entries))) == first
    assert entries_to_ics(entries) == first
    starts = [e.decoded("DTSTART") for e in parse_events(first)]
    assert starts == sorted(starts)


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(min_size=1, max_size=60),
    season=st.none() | st.integers(min_value=1, max_value=60),
    evidence=st.text(max_size=200),
)
def test_any_text_gives_a_parseable_calendar(name: str, season: int | None,
                                             evidence: str) -> None:
    entry = make_entry(name, season, FALL_2017, evidence=evidence)
    data = entries_to_ics([entry])
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    event = only_event(data)
    summary = str(event["SUMMARY"])
    assert summary.startswith("[TBA fall 2017] ")
    assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in summary)
    assert str(event["UID"]) == event_uid(show_key(name), season)


# --- the shared checker (four parsers and a khal import) -------------------------------------

ICS_CHECK = SHARED / "tools" / "ics_check"


@pytest.mark.skipif(not ICS_CHECK.exists(), reason="ics_check is not available here")
@pytest.mark.skipif(not Path("/tmp/ics_check-env").exists(),
                    reason="ics_check has not set up its environment (run it once by hand)")
def test_ics_check_passes_on_a_mixed_export(tmp_path: Path) -> None:
    entries = [
        make_entry("Daredevil", 2, MARCH_18, evidence="Daredevil season 2 debuts March 18."),
        make_entry("Iron Fist; \"Danny\", Rand ü", 1, FALL_2017, evidence="a, b; c\nd"),
        make_entry("Luke Cage", None, YEAR_2017, status=Status.CANCELLED),
        make_entry("\x1b[1mBold\x1b[0m Show" + " long" * 20, 5, MARCH_18),
    ]
    path = tmp_path / "mixed.ics"
    path.write_bytes(entries_to_ics(entries))
    if shutil.which("python3") is None:
        pytest.skip("ics_check needs python3 on PATH")
    result = subprocess.run([str(ICS_CHECK), str(path)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_description_lists_the_moves_of_the_estimate() -> None:
    def step(window: Window, published: date, change: Change | None) -> Step:
        claim = Claim("Iron Fist", "iron fist", 2, window, published=published, source="s")
        return Step(claim, change)

    history = (
        step(YEAR_2017, date(2016, 1, 14), Change.NEW),
        step(YEAR_2017, date(2016, 2, 1), Change.UNCHANGED),
        step(FALL_2017, date(2016, 7, 22), Change.NARROWED),
        step(Window(date(2017, 1, 1), date(2017, 12, 31), Precision.YEAR), date(2016, 8, 1),
             None),
    )
    entry = Entry("Iron Fist", "iron fist", 2, FALL_2017, Status.WINDOW, Change.NARROWED,
                  history=history, sources=1, revision=1, updated=date(2016, 7, 22))
    description = str(only_event(entries_to_ics([entry]))["DESCRIPTION"])
    assert description.endswith(
        "History:\n- 2016-01-14: 2017 (new)\n- 2016-07-22: fall 2017 (narrowed)"
    )
    assert "Source: s, 2016-07-22" in description  # the step that set the estimate


# --- tracker export (CLI over a real store) ---------------------------------------------------

CLI_TODAY = "2016-06-01"


def ingest(db: Path, source: str, published: str, *claims: tuple[str, int | None, Window, str]
           ) -> None:
    """Store one article with the given (show, season, window, evidence) claims."""
    day = date.fromisoformat(published)
    made = [
        Claim(show, show_key(show), season, window, evidence=evidence, source=source,
              published=day)
        for show, season, window, evidence in claims
    ]
    text = " ".join(evidence for *_, evidence in claims) or source
    with Store.open(db) as store:
        store.add_article(Article(text=text, source=source, title="News", published=day), made)


def run(db: Path, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), *args, "--today", CLI_TODAY],
                                catch_exceptions=False)
    assert result.exit_code == code, result.output + result.stderr
    return result


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "export.db"
    ingest(path, "news/jan.txt", "2016-01-14",
           ("Daredevil", 2, MARCH_18, "Daredevil season 2 debuts on March 18, 2016."),
           ("Iron Fist", 1, YEAR_2017, "Iron Fist is expected sometime in 2017."),
           ("The Defenders", 1, Window.tba("has yet to be set"), "A date has yet to be set."))
    ingest(path, "news/may.txt", "2016-05-02",
           ("Luke Cage", 1, Window.day(date(2016, 9, 30), "September 30"),
            "Luke Cage arrives on September 30, with all 13 episodes."),
           ("Jessica Jones", 2, Window(date(2017, 1, 1), date(2017, 12, 31), Precision.YEAR,
                                       "2017"), "Jessica Jones season 2 is due in 2017."))
    return path


def uids_of(data: bytes) -> list[str]:
    return [str(event["UID"]) for event in parse_events(data)]


def test_cli_export_ics_has_every_dated_or_windowed_season_past_and_future(db: Path) -> None:
    data = run(db, "export").stdout_bytes
    assert uids_of(data) == [
        event_uid("daredevil", 2),  # 2016-03-18: already past, a calendar keeps it
        event_uid("luke cage", 1),
        event_uid("iron fist", 1),
        event_uid("jessica jones", 2),
    ]
    events = {str(e["UID"]): e for e in parse_events(data)}
    luke = events[event_uid("luke cage", 1)]
    assert str(luke["SUMMARY"]) == "Luke Cage – Season 1 premiere"
    description = str(luke["DESCRIPTION"])
    assert "Evidence: “Luke Cage arrives on September 30, with all 13 episodes.”" in description
    assert "Source: news/may.txt, 2016-05-02" in description
    assert str(events[event_uid("iron fist", 1)]["SUMMARY"]).startswith("[TBA 2017] Iron Fist")


def test_cli_export_twice_is_byte_identical(db: Path, tmp_path: Path) -> None:
    assert run(db, "export").stdout_bytes == run(db, "export").stdout_bytes
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    run(db, "export", "-o", str(first))
    run(db, "export", "-o", str(second))
    assert first.read_bytes() == second.read_bytes() == run(db, "export").stdout_bytes


def test_cli_export_narrowing_through_two_ingests(db: Path) -> None:
    before = {str(e["UID"]): e for e in parse_events(run(db, "export").stdout_bytes)}
    ingest(db, "news/jul.txt", "2016-07-22",
           ("Iron Fist", 1, FALL_2017, "Iron Fist will premiere in the fall of 2017."))
    after = {str(e["UID"]): e for e in parse_events(run(db, "export").stdout_bytes)}
    uid = event_uid("iron fist", 1)
    assert set(before) == set(after)
    assert int(before[uid]["SEQUENCE"]) == 0 and int(after[uid]["SEQUENCE"]) == 1
    assert before[uid].decoded("LAST-MODIFIED") < after[uid].decoded("LAST-MODIFIED")
    assert after[uid].decoded("DTSTART") == date(2017, 9, 1)
    assert str(after[uid]["SUMMARY"]) == "[TBA fall 2017] Iron Fist – Season 1 premiere"
    daredevil = event_uid("daredevil", 2)
    assert before[daredevil].to_ical() == after[daredevil].to_ical()  # untouched season


def test_cli_export_json_and_csv(db: Path) -> None:
    records = json.loads(run(db, "export", "-f", "json").stdout)
    assert [(r["show"], r["season"], r["start"], r["end"]) for r in records] == [
        ("Daredevil", 2, "2016-03-18", "2016-03-18"),
        ("Luke Cage", 1, "2016-09-30", "2016-09-30"),
        ("Iron Fist", 1, "2017-01-01", "2017-12-31"),
        ("Jessica Jones", 2, "2017-01-01", "2017-12-31"),
    ]
    rows = read_csv(run(db, "export", "-f", "csv").stdout)
    assert [row["show"] for row in rows] == [r["show"] for r in records]
    assert rows[0]["sources"] == "1"


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (("--confirmed-only",), ["Daredevil", "Luke Cage"]),
        (("--days", "180"), ["Luke Cage"]),
        (("--days", "365"), ["Luke Cage", "Iron Fist", "Jessica Jones"]),
        (("--show", "marvel's iron fist"), ["Iron Fist"]),
        (("--show", "jones", "--confirmed-only"), []),
    ],
    ids=["confirmed-only", "days-180", "days-365", "show", "show-and-confirmed"],
)
def test_cli_export_selection(db: Path, args: tuple[str, ...], shows: list[str]) -> None:
    records = json.loads(run(db, "export", "-f", "json", *args).stdout)
    assert [r["show"] for r in records] == shows


def test_cli_export_unknown_show_is_a_one_line_error(db: Path) -> None:
    result = run(db, "export", "--show", "Nope", code=1)
    assert result.stderr == "Error: no tracked show matches 'Nope'\n"
    assert result.stdout == ""


@pytest.mark.parametrize(("args", "message"),
                         [(("--days", "-1"), "--days"), (("-f", "xml"), "--format")],
                         ids=["negative-days", "unknown-format"])
def test_cli_export_usage_errors_exit_2(db: Path, args: tuple[str, ...], message: str) -> None:
    assert message in run(db, "export", *args, code=2).stderr


def test_cli_export_output_file_is_written_atomically(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cal" / "premieres.ics"
    out.parent.mkdir()
    out.write_bytes(b"old")
    out.chmod(0o640)
    result = run(db, "export", "-o", str(out))
    assert result.stdout == ""
    assert "wrote 4 season(s)" in result.stderr
    assert out.read_bytes() == run(db, "export").stdout_bytes
    assert out.stat().st_mode & 0o777 == 0o640  # permissions of the file it replaced
    assert sorted(p.name for p in out.parent.iterdir()) == ["premieres.ics"]  # no temp left


def test_cli_export_output_dash_is_stdout(db: Path) -> None:
    assert run(db, "export", "-o", "-").stdout_bytes == run(db, "export").stdout_bytes


def test_cli_export_into_a_missing_folder_is_a_one_line_error(db: Path, tmp_path: Path) -> None:
    result = run(db, "export", "-o", str(tmp_path / "missing" / "x.ics"), code=1)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "missing" in result.stderr


def test_cli_export_without_a_database_is_an_empty_calendar(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    assert parse_events(run(missing, "export").stdout_bytes) == []
    assert not missing.exists()  # exporting never creates a database


IRON_FIST_NEWS = [
    ("2016-01-14", "Netflix says its martial-arts drama Iron Fist will premiere sometime in 2017."),
    ("2016-07-22", "Iron Fist will premiere in the fall of 2017, Netflix said on Tuesday."),
    ("2017-03-02", "Iron Fist arrives on Netflix on November 17, 2017."),
]


def test_cli_ingests_narrow_the_event_keep_its_uid_and_raise_sequence(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    events = []
    for number, (published, text) in enumerate(IRON_FIST_NEWS):
        article = tmp_path / f"article-{number}.txt"
        article.write_text(text + "\n", encoding="utf-8")
        run(db, "ingest", str(article), "--published", published)
        events.append(only_event(run(db, "export").stdout_bytes))
    assert {str(e["UID"]) for e in events} == {event_uid("iron fist", 1)}
    assert [int(e["SEQUENCE"]) for e in events] == [0, 1, 2]
    assert [e.decoded("DTSTART") for e in events] == [
        date(2017, 1, 1), date(2017, 9, 1), date(2017, 11, 17),
    ]
    assert [e.decoded("LAST-MODIFIED").date().isoformat() for e in events] == [
        published for published, _ in IRON_FIST_NEWS
    ]
    assert [str(e["STATUS"]) for e in events] == ["TENTATIVE", "TENTATIVE", "CONFIRMED"]
    assert "Evidence: “Iron Fist arrives on Netflix on November 17, 2017.”" in str(
        events[-1]["DESCRIPTION"])


DEMO_DB = Path(__file__).resolve().parents[1] / "schedules.db"


@pytest.mark.skipif(not DEMO_DB.exists(), reason="the bundled demo schedules.db is missing")
def test_demo_timeline_export_passes_ics_check(tmp_path: Path) -> None:
    if not ICS_CHECK.exists() or not Path("/tmp/ics_check-env").exists():
        pytest.skip("ics_check is not set up here (run it once by hand)")
    out = tmp_path / "demo.ics"
    copy = tmp_path / "schedules.db"
    shutil.copyfile(DEMO_DB, copy)  # a reader may migrate an old file: never touch the real one
    result = CliRunner().invoke(cli, ["--db", str(copy), "--today", "2016-12-01", "export",
                                      "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert len(parse_events(out.read_bytes())) > 10
    check = subprocess.run([str(ICS_CHECK), str(out)], capture_output=True, text=True,
                           timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
