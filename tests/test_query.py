"""Selection and order of timeline entries (tracker.query): pure, on Entry values built here."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.model import Change, Entry, Precision, Status, Window
from tracker.names import show_key
from tracker.query import filter_entries, horizon, matches_show, sort_entries

TODAY = date(2016, 1, 14)


def entry(show: str, when: str, season: int | None = 1, status: Status | None = None) -> Entry:
    window = Window.from_str(when)
    if status is None:
        status = {"day": Status.DATED, "tba": Status.TBA}.get(window.precision.value, Status.WINDOW)
    return Entry(show, show_key(show), season, window, status, Change.NEW)


def names(entries: list[Entry]) -> list[str]:
    return [f"{e.show} {e.season}" for e in entries]


DAREDEVIL = entry("Daredevil", "2016-03-18 day", 2)
LUKE_CAGE = entry("Luke Cage", "2016-01-15..2016-12-31 range")
IRON_FIST = entry("Iron Fist", "2017-01-01..2017-12-31 year")
DEFENDERS = entry("The Defenders", "tba")
JESSICA = entry("Jessica Jones", "2015-11-20 day")  # aired before TODAY
FALL_OPEN = entry("Agent Carter", "2015-09-01..2016-02-29 range", 2)  # started, still open
TODAY_SHOW = entry("Billions", "2016-01-14 day")
CANCELLED = entry("Galavant", "2016-06-01..2016-06-30 month", 3, Status.CANCELLED)
ALL = [DAREDEVIL, LUKE_CAGE, IRON_FIST, DEFENDERS, JESSICA, FALL_OPEN, TODAY_SHOW, CANCELLED]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({}, ["Agent Carter 2", "Billions 1", "Luke Cage 1", "Daredevil 2",
                          "Iron Fist 1"], id="default-upcoming"),
        pytest.param({"include_tba": True}, ["Agent Carter 2", "Billions 1", "Luke Cage 1",
                                             "Daredevil 2", "Iron Fist 1", "The Defenders 1"],
                     id="tba-last"),
        pytest.param({"include_past": True}, ["Agent Carter 2", "Jessica Jones 1", "Billions 1",
                                              "Luke Cage 1", "Daredevil 2", "Galavant 3",
                                              "Iron Fist 1"], id="all-includes-past-and-cancelled"),
        pytest.param({"days": 0}, ["Agent Carter 2", "Billions 1"], id="days-0-is-today-only"),
        pytest.param({"days": 1}, ["Agent Carter 2", "Billions 1", "Luke Cage 1"], id="days-1"),
        pytest.param({"days": 64}, ["Agent Carter 2", "Billions 1", "Luke Cage 1",
                                    "Daredevil 2"], id="days-reaches-march-18"),
        pytest.param({"days": 63}, ["Agent Carter 2", "Billions 1", "Luke Cage 1"],
                     id="days-stops-before-march-18"),
        pytest.param({"until": date(2016, 3, 18)}, ["Agent Carter 2", "Billions 1",
                                                    "Luke Cage 1", "Daredevil 2"],
                     id="until-inclusive"),
        pytest.param({"until": date(2016, 12, 31), "days": 1},
                     ["Agent Carter 2", "Billions 1", "Luke Cage 1"], id="earlier-limit-wins"),
        pytest.param({"days": 1, "include_tba": True},
                     ["Agent Carter 2", "Billions 1", "Luke Cage 1", "The Defenders 1"],
                     id="tba-ignores-days"),
        pytest.param({"exact_only": True, "include_tba": True}, ["Billions 1", "Daredevil 2"],
                     id="exact-only"),
        pytest.param({"show": "defenders", "include_tba": True}, ["The Defenders 1"],
                     id="show-without-article"),
        pytest.param({"show": "Marvel's Jessica Jones", "include_past": True},
                     ["Jessica Jones 1"], id="show-with-brand"),
        pytest.param({"show": "jones", "include_past": True}, ["Jessica Jones 1"],
                     id="show-by-whole-word"),
        pytest.param({"show": "jess", "include_past": True}, [], id="show-not-by-word-prefix"),
        pytest.param({"show": "Jessica Jones"}, [], id="show-past-hidden-by-default"),
    ],
)
def test_filter_entries(options: dict, expected: list[str]) -> None:
    assert names(filter_entries(ALL, today=TODAY, **options)) == expected


def test_window_ending_yesterday_is_past_and_ending_today_is_upcoming() -> None:
    ended = entry("Ended", "2016-01-01..2016-01-13 range")
    ends_today = entry("Ends Today", "2016-01-01..2016-01-14 range")
    assert names(filter_entries([ended, ends_today], today=TODAY)) == ["Ends Today 1"]


def test_negative_days_is_refused() -> None:
    with pytest.raises(ValueError):
        filter_entries(ALL, today=TODAY, days=-1)


def test_sort_exact_first_within_a_day_then_narrower_windows_then_name() -> None:
    fall = entry("Aaa Window", "2016-09-01..2016-11-30 season")
    september = entry("Bbb Month", "2016-09-01..2016-09-30 month")
    exact = entry("Zzz Exact", "2016-09-01 day")
    exact_b = entry("Mmm Exact", "2016-09-01 day")
    tba = entry("Aaa Tba", "tba")
    assert names(sort_entries([tba, fall, september, exact, exact_b])) == [
        "Mmm Exact 1", "Zzz Exact 1", "Bbb Month 1", "Aaa Window 1", "Aaa Tba 1",
    ]


def test_sort_numbered_seasons_before_unnumbered() -> None:
    rows = [entry("Show", "2016-05-01 day", None), entry("Show", "2016-05-01 day", 3),
            entry("Show", "2016-05-01 day", 2)]
    assert [e.season for e in sort_entries(rows)] == [2, 3, None]


@pytest.mark.parametrize(
    ("query", "show", "expected"),
    [
        pytest.param("Defenders", "The Defenders", True, id="article-dropped"),
        pytest.param("JESSICA jones", "Marvel's Jessica Jones", True, id="case-and-brand"),
        pytest.param("cage", "Luke Cage", True, id="last-word"),
        pytest.param("uke", "Luke Cage", False, id="inside-a-word"),
        pytest.param("  ", "Luke Cage", False, id="blank-matches-nothing"),
    ],
)
def test_matches_show(query: str, show: str, expected: bool) -> None:
    assert matches_show(entry(show, "tba"), query) is expected


def test_horizon_without_limits_is_none() -> None:
    assert horizon(today=TODAY) is None
    assert horizon(today=TODAY, days=7) == date(2016, 1, 21)


windows = st.one_of(
    st.just(Window.tba()),
    st.builds(
        lambda start, length: Window(start, date.fromordinal(start.toordinal() + length),
                                     Precision.DAY if length == 0 else Precision.RANGE),
        st.dates(date(2015, 1, 1), date(2018, 12, 31)),
        st.sampled_from([0, 0, 6, 30, 90, 365]),
    ),
)


@settings(max_examples=150)
@given(st.lists(windows, max_size=12), st.dates(date(2015, 6, 1), date(2018, 6, 1)))
def test_filter_keeps_exactly_the_dated_windows_not_yet_ended(ws: list[Window],
                                                               today: date) -> None:
    rows = [Entry(f"Show {i}", f"show {i}", 1, w, Status.WINDOW, Change.NEW)
            for i, w in enumerate(ws)]
    kept = filter_entries(rows, today=today)
    assert {e.key for e in kept} == {e.key for e in rows if e.window.end and e.window.end >= today}
    starts = [e.window.start for e in kept]
    assert starts == sorted(starts)
