"""The timeline policy as tables: a sequence of claims → the entry's window, status and change."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.model import Change, Claim, EventKind, Status, Window
from tracker.timeline import (
    MANUAL_RULE,
    REMOVE_RULE,
    build_timeline,
    compare,
    has_estimate,
    status_of,
)

TODAY = date(2016, 1, 14)


def news(published: str, window: str, *, season: int | None = 2, show: str = "Daredevil",
         event: EventKind = EventKind.PREMIERE, source: str = "") -> Claim:
    """An extracted claim: published on ``published``, saying ``window`` (Window.from_str)."""
    return Claim(
        show=show, key=show.lower(), season=season, window=Window.from_str(window), event=event,
        source=source or f"news-{published}-{window}", published=date.fromisoformat(published),
    )


def by_hand(published: str, window: str, *, season: int | None = 2) -> Claim:
    return Claim(
        show="Daredevil", key="daredevil", season=season, window=Window.from_str(window),
        source="manual", rule=MANUAL_RULE, published=date.fromisoformat(published),
    )


def removal(published: str, *, season: int | None = 2) -> Claim:
    return Claim(
        show="Daredevil", key="daredevil", season=season, window=Window.tba(),
        source="manual", rule=REMOVE_RULE, published=date.fromisoformat(published),
    )


# (id, claims in stored order, expected window, status, change, revision)
POLICY = [
    ("first-claim-is-new",
     [news("2016-01-01", "2016-03-18 day")], "2016-03-18 day", Status.DATED, Change.NEW, 0),
    ("tba-then-date-narrows",
     [news("2015-06-01", "tba"), news("2016-01-05", "2016-03-18 day")],
     "2016-03-18 day", Status.DATED, Change.NARROWED, 1),
    ("year-then-season-then-day-narrows",
     [news("2015-01-01", "2016-01-01..2016-12-31 year"),
      news("2015-05-01", "2016-03-01..2016-05-31 season"),
      news("2015-09-01", "2016-03-18 day")],
     "2016-03-18 day", Status.DATED, Change.NARROWED, 2),
    ("wider-later-year-keeps-the-date",
     [news("2015-12-01", "2016-03-18 day"), news("2016-01-10", "2016-01-01..2016-12-31 year")],
     "2016-03-18 day", Status.DATED, Change.NEW, 0),
    ("later-tba-keeps-the-window",
     [news("2015-12-01", "2016-09-01..2016-11-30 season"), news("2016-01-10", "tba")],
     "2016-09-01..2016-11-30 season", Status.WINDOW, Change.NEW, 0),
    ("same-date-confirms",
     [news("2015-12-01", "2016-03-18 day"), news("2016-01-10", "2016-03-18 day")],
     "2016-03-18 day", Status.DATED, Change.NEW, 0),
    ("later-date-is-a-delay",
     [news("2015-12-01", "2016-03-18 day"), news("2016-01-10", "2016-04-08 day")],
     "2016-04-08 day", Status.DATED, Change.DELAYED, 1),
    ("earlier-date-is-a-move-up",
     [news("2015-12-01", "2016-03-18 day"), news("2016-01-10", "2016-03-04 day")],
     "2016-03-04 day", Status.DATED, Change.MOVED_UP, 1),
    ("next-year-is-a-delay",
     [news("2015-03-01", "2016-01-01..2016-12-31 year"),
      news("2015-10-01", "2017-01-01..2017-12-31 year")],
     "2017-01-01..2017-12-31 year", Status.WINDOW, Change.DELAYED, 1),
    ("date-after-its-season-is-a-delay",
     [news("2015-03-01", "2016-09-01..2016-11-30 season"), news("2015-10-01", "2017-01-06 day")],
     "2017-01-06 day", Status.DATED, Change.DELAYED, 1),
    ("overlapping-vaguer-window-is-kept-on-record",
     [news("2015-03-01", "2016-09-01..2016-11-30 season"),
      news("2015-10-01", "2016-10-02..2016-12-31 range")],
     "2016-09-01..2016-11-30 season", Status.WINDOW, Change.NEW, 0),
    ("overlapping-more-precise-window-moves",
     [news("2015-03-01", "2016-09-01..2016-11-30 season"),
      news("2015-10-01", "2016-11-15..2016-12-31 range")],
     "2016-11-15..2016-12-31 range", Status.WINDOW, Change.DELAYED, 1),
    ("newest-published-wins-not-last-stored",
     [news("2016-01-10", "2016-04-08 day"), news("2015-12-01", "2016-03-18 day")],
     "2016-04-08 day", Status.DATED, Change.DELAYED, 1),
    ("date-that-had-passed-stays",
     [news("2015-12-01", "2016-01-08 day"), news("2016-01-10", "2017-01-01..2017-12-31 year")],
     "2016-01-08 day", Status.AIRED, Change.NEW, 0),
    ("window-that-had-ended-can-still-be-delayed",
     [news("2015-06-01", "2015-09-01..2015-11-30 season"),
      news("2015-12-15", "2016-01-01..2016-12-31 year")],
     "2016-01-01..2016-12-31 year", Status.WINDOW, Change.DELAYED, 1),
    ("by-hand-can-move-a-date-that-had-passed",
     [news("2015-12-01", "2016-01-08 day"), by_hand("2016-01-10", "2016-02-01 day")],
     "2016-02-01 day", Status.DATED, Change.DELAYED, 1),
    ("past-date-is-aired",
     [news("2015-12-01", "2016-01-08 day")], "2016-01-08 day", Status.AIRED, Change.NEW, 0),
    ("date-today-is-not-aired-yet",
     [news("2015-12-01", "2016-01-14 day")], "2016-01-14 day", Status.DATED, Change.NEW, 0),
    ("window-still-open-is-not-aired",
     [news("2015-09-01", "2015-12-01..2016-02-29 season")],
     "2015-12-01..2016-02-29 season", Status.WINDOW, Change.NEW, 0),
    ("window-ended-is-aired",
     [news("2015-06-01", "2015-09-01..2015-11-30 season")],
     "2015-09-01..2015-11-30 season", Status.AIRED, Change.NEW, 0),
    ("renewal-without-date-is-tba",
     [news("2016-01-10", "tba", event=EventKind.RENEWAL)], "tba", Status.TBA, Change.NEW, 0),
    ("finale-never-sets-a-premiere",
     [news("2015-12-01", "2016-03-18 day"),
      news("2016-01-10", "2016-05-20 day", event=EventKind.FINALE)],
     "2016-03-18 day", Status.DATED, Change.NEW, 0),
    ("by-hand-beats-a-newer-article",
     [by_hand("2015-12-01", "2016-09-01..2016-11-30 season"), news("2016-01-10", "2016-03-18 day")],
     "2016-09-01..2016-11-30 season", Status.WINDOW, Change.NEW, 0),
    ("by-hand-replaces-a-more-precise-estimate",
     [news("2015-12-01", "2016-03-18 day"), by_hand("2016-01-10", "2016-01-01..2016-12-31 year")],
     "2016-01-01..2016-12-31 year", Status.WINDOW, Change.NEW, 1),
    ("by-hand-edit-later-wins",
     [by_hand("2016-01-02", "tba"), by_hand("2016-01-02", "2016-10-03 day")],
     "2016-10-03 day", Status.DATED, Change.NARROWED, 1),
    ("removal-restores-the-articles",
     [news("2015-12-01", "2016-03-18 day"), by_hand("2016-01-02", "2016-09-01..2016-11-30 season"),
      removal("2016-01-10")],
     "2016-03-18 day", Status.DATED, Change.MOVED_UP, 2),
    ("article-after-removal-counts-again",
     [news("2015-12-01", "2016-03-18 day"), by_hand("2016-01-02", "tba"), removal("2016-01-03"),
      news("2016-01-10", "2016-04-01 day")],
     "2016-04-01 day", Status.DATED, Change.DELAYED, 3),
]


@pytest.mark.parametrize(
    ("claims", "window", "status", "change", "revision"),
    [row[1:] for row in POLICY],
    ids=[row[0] for row in POLICY],
)
def test_policy(claims: list[Claim], window: str, status: Status, change: Change,
                revision: int) -> None:
    (entry,) = build_timeline(claims, today=TODAY)
    assert (str(entry.window), entry.status, entry.change, entry.revision) == (
        window, status, change, revision)


# (id, claims, the change recorded on each step)
STEPS = [
    ("narrow-then-wider-then-delay",
     [news("2015-01-01", "2016-01-01..2016-12-31 year"), news("2015-06-01", "2016-03-18 day"),
      news("2015-07-01", "2016-01-01..2016-12-31 year"), news("2015-08-01", "2016-03-18 day"),
      news("2015-09-01", "2016-04-08 day")],
     [Change.NEW, Change.NARROWED, None, Change.UNCHANGED, Change.DELAYED]),
    ("article-under-a-hand-made-entry-is-on-record-only",
     [by_hand("2015-01-01", "2016-09-01..2016-11-30 season"), news("2015-06-01", "2016-10-03 day"),
      removal("2015-07-01")],
     [Change.NEW, None, Change.NARROWED]),
]


@pytest.mark.parametrize(("claims", "changes"), [r[1:] for r in STEPS], ids=[r[0] for r in STEPS])
def test_step_changes(claims: list[Claim], changes: list[Change | None]) -> None:
    (entry,) = build_timeline(claims, today=TODAY)
    assert [step.change for step in entry.history] == changes


def test_history_keeps_every_claim_in_published_order() -> None:
    claims = [news("2016-01-10", "2016-04-08 day"), news("2015-12-01", "2016-03-18 day")]
    (entry,) = build_timeline(claims, today=TODAY, seen_at=["t2", "t1"])
    assert [(s.claim.published, s.seen_at) for s in entry.history] == [
        (date(2015, 12, 1), "t1"), (date(2016, 1, 10), "t2")]


def test_updated_is_the_publication_that_set_the_estimate() -> None:
    claims = [news("2015-12-01", "2016-03-18 day"),
              news("2016-01-10", "2016-01-01..2016-12-31 year")]
    (entry,) = build_timeline(claims, today=TODAY)
    assert entry.updated == date(2015, 12, 1)


def test_sources_counts_distinct_sources() -> None:
    claims = [news("2015-12-01", "2016-03-18 day", source="a.txt"),
              news("2016-01-02", "2016-03-18 day", source="a.txt"),
              news("2016-01-03", "2016-03-18 day", source="b.txt"),
              by_hand("2016-01-04", "2016-03-18 day")]
    (entry,) = build_timeline(claims, today=TODAY)
    assert entry.sources == 3


def test_removed_hand_made_show_leaves_the_timeline_but_keeps_its_history() -> None:
    claims = [by_hand("2016-01-02", "2016-10-03 day"), removal("2016-01-03")]
    assert build_timeline(claims, today=TODAY) == []
    (entry,) = build_timeline(claims, today=TODAY, keep_empty=True)
    assert not has_estimate(entry)
    assert len(entry.history) == 2


def test_seasons_are_separate_entries() -> None:
    claims = [news("2015-12-01", "2016-03-18 day", season=2),
              news("2016-01-10", "tba", season=3, event=EventKind.RENEWAL)]
    entries = build_timeline(claims, today=TODAY)
    assert [(e.season, str(e.window)) for e in entries] == [(2, "2016-03-18 day"), (3, "tba")]


# (id, claims, expected (season, window) per entry) — where a claim without a season goes
SEASONLESS = [
    ("alone-is-its-own-entry",
     [news("2015-06-01", "2016-01-01..2016-12-31 year", season=None)],
     [(None, "2016-01-01..2016-12-31 year")]),
    ("joins-the-only-upcoming-season",
     [news("2015-06-01", "2016-01-01..2016-12-31 year", season=None),
      news("2016-01-10", "2016-09-30 day", season=1)],
     [(1, "2016-09-30 day")]),
    ("joins-the-season-not-aired-when-published",
     [news("2015-01-01", "2015-04-10 day", season=5),
      news("2015-01-01", "tba", season=6, event=EventKind.RENEWAL),
      news("2015-09-01", "2016-03-01..2016-05-31 season", season=None)],
     [(5, "2015-04-10 day"), (6, "2016-03-01..2016-05-31 season")]),
    ("stays-apart-when-every-season-had-aired",
     [news("2015-01-01", "2015-04-10 day", season=5),
      news("2015-09-01", "2016-03-01..2016-05-31 season", season=None)],
     [(None, "2016-03-01..2016-05-31 season"), (5, "2015-04-10 day")]),
]


@pytest.mark.parametrize(("claims", "expected"), [r[1:] for r in SEASONLESS],
                         ids=[r[0] for r in SEASONLESS])
def test_claim_without_season(claims: list[Claim], expected: list[tuple[int | None, str]]) -> None:
    entries = build_timeline(claims, today=TODAY)
    assert [(e.season, str(e.window)) for e in entries] == expected


def test_shows_are_separate_and_sorted_by_key() -> None:
    claims = [news("2015-12-01", "2016-03-18 day", show="Luke Cage", season=1),
              news("2015-12-01", "2016-03-18 day", show="Daredevil", season=2)]
    assert [e.key for e in build_timeline(claims, today=TODAY)] == ["daredevil", "luke cage"]


# (id, old, new, change) — the comparison behind every step
COMPARE = [
    ("first", None, "2016-03-18 day", Change.NEW),
    ("same-dates", "2016-03-18 day", "2016-03-18 day", Change.UNCHANGED),
    ("inside", "2016-03-01..2016-03-31 month", "2016-03-18 day", Change.NARROWED),
    ("tba-to-window", "tba", "2016-03-01..2016-03-31 month", Change.NARROWED),
    ("wider", "2016-03-18 day", "2016-03-01..2016-03-31 month", Change.NEW),
    ("later", "2016-03-18 day", "2016-03-25 day", Change.DELAYED),
    ("earlier", "2016-03-18 day", "2016-03-11 day", Change.MOVED_UP),
    ("same-start-longer", "2016-03-01..2016-03-31 month", "2016-03-01..2016-05-31 season",
     Change.NEW),
]


@pytest.mark.parametrize(("old", "new", "change"), [r[1:] for r in COMPARE],
                         ids=[r[0] for r in COMPARE])
def test_compare(old: str | None, new: str, change: Change) -> None:
    assert compare(None if old is None else Window.from_str(old), Window.from_str(new)) is change


@pytest.mark.parametrize(
    ("window", "status"),
    [("tba", Status.TBA), ("2016-01-13 day", Status.AIRED), ("2016-01-14 day", Status.DATED),
     ("2016-01-01..2016-01-14 range", Status.WINDOW),
     ("2016-02-01..2016-02-29 month", Status.WINDOW)],
    ids=["tba", "yesterday", "today", "window-ending-today", "next-month"],
)
def test_status_of(window: str, status: Status) -> None:
    assert status_of(Window.from_str(window), today=TODAY) is status
