"""tracker.evaluate: when a predicted claim matches a gold one, and the score arithmetic.

DESIGN.md ("Evaluation corpus format"): normalized shows match, a gold season of null matches
any season, kinds match, exact dates are equal, windows overlap by at least half their union;
a predicted claim that ends before the publication date is not counted either way.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.evaluate import Labelled, matches, score
from tracker.model import Kind

PUBLISHED = {"a1": date(2016, 1, 14), "a2": date(2016, 1, 14)}


def claim(text: str, article: str = "a1") -> Labelled:
    """"Daredevil|2|2016-03-18", "Luke Cage|?|2016-09-01..2016-11-30", "Jessica Jones|2|tba"."""
    show, season, when = text.split("|")
    number = None if season == "?" else int(season)
    if when == "tba":
        return Labelled(article, show, number, Kind.TBA, None, None)
    first, _, last = when.partition("..")
    start = date.fromisoformat(first)
    end = date.fromisoformat(last) if last else start
    return Labelled(article, show, number, Kind.EXACT if start == end else Kind.WINDOW, start, end)


# ── matching one gold claim against one prediction ───────────────────────────────────────

MATCHES = [
    pytest.param("Daredevil|2|2016-03-18", "Daredevil|2|2016-03-18", True, id="exact, same day"),
    pytest.param("Daredevil|2|2016-03-18", "Daredevil|2|2016-03-19", False,
                 id="exact, a day off"),
    pytest.param("Jessica Jones|2|tba", "Jessica Jones|2|tba", True, id="tba, same season"),
    pytest.param("Marvel's Jessica Jones|2|tba", "Jessica Jones|2|tba", True,
                 id="brand prefix normalized"),
    pytest.param("The Defenders|1|2017-01-01..2017-12-31", "Defenders|1|2017-01-01..2017-12-31",
                 True, id="leading article normalized"),
    pytest.param("Daredevil|2|2016-03-18", "Luke Cage|2|2016-03-18", False, id="other show"),
    pytest.param("Daredevil|?|2016-03-18", "Daredevil|2|2016-03-18", True,
                 id="gold season null matches a season"),
    pytest.param("Daredevil|?|2016-03-18", "Daredevil|?|2016-03-18", True,
                 id="gold season null matches null"),
    pytest.param("Daredevil|2|2016-03-18", "Daredevil|?|2016-03-18", False,
                 id="gold season 2, predicted none"),
    pytest.param("Daredevil|2|2016-03-18", "Daredevil|3|2016-03-18", False,
                 id="gold season 2, predicted 3"),
    pytest.param("Daredevil|2|2016-03-18", "Daredevil|2|2016-03-01..2016-03-31", False,
                 id="kinds differ: exact gold, window prediction holding it"),
    pytest.param("Daredevil|2|2016-03-01..2016-03-31", "Daredevil|2|2016-03-18", False,
                 id="kinds differ: window gold, exact prediction inside it"),
    pytest.param("Jessica Jones|2|tba", "Jessica Jones|2|2016-03-18", False,
                 id="kinds differ: tba gold, dated prediction"),
    pytest.param("Jessica Jones|2|2016-03-18", "Jessica Jones|2|tba", False,
                 id="kinds differ: dated gold, tba prediction"),
    # fall 2016 is Sep 1..Nov 30 (91 days)
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-09-01..2016-11-30",
                 True, id="window, identical"),
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-09-01..2016-12-31",
                 True, id="window, overlap 91 of 122 days"),
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-10-01..2016-12-31",
                 True, id="window, overlap 61 of 122 days is exactly one half"),
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-10-02..2016-12-31",
                 False, id="window, overlap 60 of 122 days is under one half"),
    pytest.param("Luke Cage|1|2016-01-15..2016-12-31", "Luke Cage|1|2016-03-19..2016-12-31",
                 True, id="window, later-in-the-year from two anchors"),
    pytest.param("Luke Cage|1|2016-01-01..2016-12-31", "Luke Cage|1|2016-09-01..2016-11-30",
                 False, id="window, a season inside a year is under one half"),
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-12-01..2017-02-28",
                 False, id="window, disjoint"),
    pytest.param("Luke Cage|1|2016-09-01..2016-11-30", "Luke Cage|1|2016-11-30..2017-02-28",
                 False, id="window, touching on one day"),
]


@pytest.mark.parametrize(("gold", "predicted", "expected"), MATCHES)
def test_match(gold: str, predicted: str, expected: bool) -> None:
    assert matches(claim(gold), claim(predicted)) is expected


def test_claims_of_different_articles_never_match() -> None:
    assert not matches(claim("Daredevil|2|2016-03-18", "a1"), claim("Daredevil|2|2016-03-18", "a2"))


# ── scoring a set ────────────────────────────────────────────────────────────────────────


def test_precision_recall_and_f1_arithmetic() -> None:
    gold = [claim(c) for c in ("Daredevil|2|2016-03-18", "Jessica Jones|2|tba",
                               "Iron Fist|1|2017-01-01..2017-12-31", "Luke Cage|1|2016-09-30",
                               "The Defenders|1|2017-01-01..2017-12-31")]
    predicted = [claim(c) for c in ("Daredevil|2|2016-03-18", "Jessica Jones|2|tba",
                                    "Defenders|1|2017-01-01..2017-12-31",
                                    "Luke Cage|1|2016-10-30")]
    result = score(gold, predicted, PUBLISHED)
    assert len(result.true_positives) == 3
    assert [p.show for p in result.false_hits] == ["Luke Cage"]
    assert sorted(g.show for g in result.misses) == ["Iron Fist", "Luke Cage"]
    assert result.precision == pytest.approx(3 / 4)
    assert result.recall == pytest.approx(3 / 5)
    assert result.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


def test_true_positives_pair_gold_with_prediction() -> None:
    gold, predicted = claim("Daredevil|?|2016-03-18"), claim("Daredevil|2|2016-03-18")
    result = score([gold], [predicted], PUBLISHED)
    assert result.true_positives == [(gold, predicted)]
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_matching_is_one_to_one() -> None:
    gold = [claim("Daredevil|2|2016-03-18")]
    predicted = [claim("Daredevil|2|2016-03-18"), claim("Daredevil|2|2016-03-18")]
    result = score(gold, predicted, PUBLISHED)
    assert len(result.true_positives) == 1
    assert len(result.false_hits) == 1
    assert result.misses == []
    assert result.precision == pytest.approx(0.5)
    assert result.recall == 1.0


def test_one_prediction_cannot_satisfy_two_gold_claims() -> None:
    gold = [claim("Daredevil|?|2016-03-18"), claim("Daredevil|2|2016-03-18")]
    result = score(gold, [claim("Daredevil|2|2016-03-18")], PUBLISHED)
    assert len(result.true_positives) == 1
    assert len(result.misses) == 1
    assert result.recall == pytest.approx(0.5)


@pytest.mark.parametrize("gold_order", [(0, 1), (1, 0)], ids=["null season first",
                                                              "stated season first"])
def test_the_best_pairing_does_not_depend_on_order(gold_order: tuple[int, int]) -> None:
    # The null-season gold line accepts either prediction; the season-2 line only one of them.
    lines = [claim("Daredevil|?|2016-03-18"), claim("Daredevil|2|2016-03-18")]
    gold = [lines[i] for i in gold_order]
    predicted = [claim("Daredevil|2|2016-03-18"), claim("Daredevil|3|2016-03-18")]
    result = score(gold, predicted, PUBLISHED)
    assert len(result.true_positives) == 2
    assert result.misses == [] and result.false_hits == []


# ── predictions that end before publication are not counted ──────────────────────────────

PAST = [
    pytest.param("Daredevil|2|2016-01-10", False, id="exact date before publication"),
    pytest.param("Daredevil|2|2016-01-13", False, id="the day before publication"),
    pytest.param("Daredevil|2|2016-01-14", True, id="on the publication day"),
    pytest.param("Daredevil|2|2015-09-01..2015-11-30", False, id="window over before publication"),
    pytest.param("Daredevil|2|2015-12-01..2016-02-29", True, id="window running through it"),
    pytest.param("Daredevil|2|tba", True, id="tba always counts"),
]


@pytest.mark.parametrize(("predicted", "counted"), PAST)
def test_a_prediction_ending_before_publication_is_not_counted(predicted: str,
                                                               counted: bool) -> None:
    result = score([], [claim(predicted)], PUBLISHED)
    assert len(result.false_hits) == (1 if counted else 0)


def test_a_past_prediction_matching_gold_is_not_a_hit_either() -> None:
    gold = claim("Daredevil|2|2016-01-10")
    result = score([gold], [claim("Daredevil|2|2016-01-10")], PUBLISHED)
    assert result.true_positives == [] and result.false_hits == []
    assert result.misses == [gold]


def test_publication_dates_are_per_article() -> None:
    published = {"a1": date(2016, 1, 14), "a2": date(2016, 6, 1)}
    predicted = [claim("Daredevil|2|2016-03-18", "a1"), claim("Daredevil|2|2016-03-18", "a2")]
    result = score([], predicted, published)
    assert [p.article for p in result.false_hits] == ["a1"]


# ── empty cases ──────────────────────────────────────────────────────────────────────────


def test_nothing_expected_and_nothing_found_is_perfect() -> None:
    result = score([], [], PUBLISHED)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_nothing_found_scores_zero_recall_and_f1() -> None:
    gold = [claim("Daredevil|2|2016-03-18")]
    result = score(gold, [], PUBLISHED)
    assert result.recall == 0.0 and result.f1 == 0.0
    assert result.misses == gold


def test_only_false_hits_score_zero_precision_and_f1() -> None:
    result = score([], [claim("Daredevil|2|2016-03-18")], PUBLISHED)
    assert result.precision == 0.0 and result.f1 == 0.0
    assert len(result.false_hits) == 1


# ── gold lines and labels ────────────────────────────────────────────────────────────────


def test_gold_line_from_json() -> None:
    row: dict[str, object] = {"id": "a1", "show": "Luke Cage", "season": None,
                              "kind": "window", "start": "2016-09-01", "end": "2016-11-30",
                              "phrase": "this fall"}
    got = Labelled.from_json("a1", row)
    assert got == Labelled("a1", "Luke Cage", None, Kind.WINDOW, date(2016, 9, 1),
                           date(2016, 11, 30), "this fall")
    tba = Labelled.from_json("a1", {"show": "Jessica Jones", "season": 2, "kind": "tba",
                                    "start": None, "end": None})
    assert (tba.season, tba.kind, tba.start, tba.end) == (2, Kind.TBA, None, None)


@pytest.mark.parametrize("row", [
    pytest.param({"show": "X", "season": 1, "kind": "sometime", "start": None, "end": None},
                 id="unknown kind"),
    pytest.param({"show": "X", "season": 1, "kind": "exact", "start": "March 18", "end": None},
                 id="date not ISO"),
    pytest.param({"season": 1, "kind": "tba"}, id="no show"),
])
def test_bad_gold_line_raises(row: dict[str, object]) -> None:
    with pytest.raises((ValueError, KeyError)):
        Labelled.from_json("a1", row)


@pytest.mark.parametrize(("text", "label"), [
    pytest.param("Daredevil|2|2016-03-18", "Daredevil S2 exact 2016-03-18", id="exact"),
    pytest.param("Luke Cage|?|2016-09-01..2016-11-30", "Luke Cage S? window 2016-09-01..2016-11-30",
                 id="window, no season"),
    pytest.param("Jessica Jones|2|tba", "Jessica Jones S2 tba TBA", id="tba"),
])
def test_label(text: str, label: str) -> None:
    assert claim(text).label() == label
