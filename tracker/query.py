"""Which timeline entries to show, and in what order. Pure: entries and a date in, entries out.

"Upcoming" means the window has not ended before ``today``: a season dated today counts, and so
does a window that has started but is still open ("fall 2026" on 2026-10-10). TBA seasons have
no dates; they are left out unless asked for, and always sort last.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from tracker.model import Entry, Status
from tracker.names import show_key

__all__ = ["filter_entries", "horizon", "matches_show", "sort_entries", "sort_key"]


def horizon(*, today: date, days: int | None = None, until: date | None = None) -> date | None:
    """The last day a window may start on to be listed, or None for no limit.

    ``days=N`` means the next N days counted from today (``days=0`` is today only); with both
    ``days`` and ``until`` the earlier limit wins.
    """
    limits = [d for d in (until, today + timedelta(days=days) if days is not None else None) if d]
    return min(limits) if limits else None


def matches_show(entry: Entry, query: str) -> bool:
    """True when the normalized ``query`` is the show's key or a run of whole words in it.

    ``"jones"`` and ``"Marvel's Jessica Jones"`` both match "Jessica Jones"; ``"jess"`` does not.
    """
    wanted = show_key(query)
    if not wanted:
        return False
    return f" {wanted} " in f" {entry.key} "


def filter_entries(
    entries: Iterable[Entry],
    *,
    today: date,
    days: int | None = None,
    until: date | None = None,
    include_past: bool = False,
    include_tba: bool = False,
    show: str | None = None,
    exact_only: bool = False,
) -> list[Entry]:
    """The entries to list, sorted (see `sort_entries`).

    - past windows (ending before ``today``) and cancelled seasons only with ``include_past``;
    - TBA seasons only with ``include_tba`` (they ignore ``days``/``until``: they have no date);
    - ``days``/``until`` keep windows that start on or before the limit (see `horizon`);
    - ``show`` keeps seasons of matching shows (see `matches_show`);
    - ``exact_only`` keeps exact dates only (no windows, no TBA).
    """
    if days is not None and days < 0:
        raise ValueError("days must not be negative")
    last_start = horizon(today=today, days=days, until=until)
    wanted = show_key(show) if show is not None else None
    cancelled = Status.CANCELLED
    kept: list[Entry] = []
    for entry in entries:
        window = entry.window
        start, end = window.start, window.end
        if wanted is not None and f" {wanted} " not in f" {entry.key} ":
            continue
        if start is None or end is None:
            if include_tba and not exact_only and (include_past or entry.status is not cancelled):
                kept.append(entry)
            continue
        if exact_only and start != end:
            continue
        if not include_past and (end < today or entry.status is cancelled):
            continue
        if last_start is not None and start > last_start:
            continue
        kept.append(entry)
    return sort_entries(kept)


def sort_key(entry: Entry) -> tuple[object, ...]:
    """Start date; within a day exact dates first, then narrower windows; TBA last; then name."""
    window = entry.window
    start, end = window.start, window.end
    season = entry.season
    tail = (entry.show.casefold(), entry.key, season is None, season or 0)
    if start is None or end is None:
        return (1, date.max, False, date.max, *tail)
    return (0, start, start != end, end, *tail)


def sort_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Entries by start date, exact dates first within a day, TBA seasons last."""
    return sorted(entries, key=sort_key)
