"""Conversions between model values and database rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from tracker.model import MANUAL, Anchor, Change, Claim, Entry, EventKind, Precision, Window
from tracker.timeline import status_of

_PRECISION = {p.value: p for p in Precision}
_ANCHOR = {a.value: a for a in Anchor}
_CHANGE = {c.value: c for c in Change}
_EVENT = {e.value: e for e in EventKind}

CLAIM_COLUMNS = (
    "key", "show", "season", "event", "kind", "start_date", "end_date", "precision", "phrase",
    "anchor", "evidence", "span_start", "span_end", "rule", "confidence", "source_id", "manual",
    "note", "published", "published_basis", "added", "grp", "ord",
)
ENTRY_COLUMNS = (
    "key", "season", "show", "start_date", "end_date", "precision", "phrase", "anchor",
    "change", "sources", "revision", "updated",
)
# Claims with the source they came from, in the order they were stored.
CLAIM_SELECT = (
    "SELECT c.*, coalesce(s.url, 'manual') AS source_url FROM claims c "
    "LEFT JOIN sources s ON s.id = c.source_id"
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def window_of(row: sqlite3.Row) -> Window:
    return Window(
        _day(row["start_date"]), _day(row["end_date"]), _PRECISION[row["precision"]],
        row["phrase"] or "", _ANCHOR.get(row["anchor"] or "", Anchor.EXPLICIT),
    )


def claim_row(claim: Claim, *, source_id: int | None, added: str) -> tuple[Any, ...]:
    w = claim.window
    return (
        claim.key, claim.show, claim.season, claim.event.value, w.kind.value, _iso(w.start),
        _iso(w.end), w.precision.value, w.phrase, w.anchor.value, claim.evidence,
        claim.span[0], claim.span[1], claim.rule, float(claim.confidence), source_id,
        int(claim.manual), claim.note, _iso(claim.published), claim.published_basis, added,
        claim.season, _iso(claim.published) or "",
    )


def claim_of(row: sqlite3.Row) -> Claim:
    """A claim read back with ``CLAIM_SELECT``."""
    return Claim(
        show=row["show"], key=row["key"], season=row["season"], window=window_of(row),
        event=_EVENT[row["event"]], evidence=row["evidence"],
        span=(row["span_start"] or 0, row["span_end"] or 0), rule=row["rule"],
        confidence=row["confidence"], source=MANUAL if row["manual"] else row["source_url"],
        published=_day(row["published"]), published_basis=row["published_basis"] or "",
        note=row["note"],
    )


def entry_row(entry: Entry, name: str) -> tuple[Any, ...]:
    w = entry.window
    return (
        entry.key, entry.season, name, _iso(w.start), _iso(w.end), w.precision.value, w.phrase,
        w.anchor.value, entry.change.value, entry.sources, entry.revision, _iso(entry.updated),
    )


def entry_of(row: tuple[Any, ...], *, today: date) -> Entry:
    """An entry (without history) from a row of ``ENTRY_COLUMNS``, its status as of today."""
    (key, season, show, start, end, precision, phrase, anchor, change, sources, revision,
     updated) = row
    window = Window(
        date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None,
        _PRECISION[precision], phrase or "", _ANCHOR.get(anchor or "", Anchor.EXPLICIT),
    )
    return Entry(
        show=show, key=key, season=season, window=window, status=status_of(window, today=today),
        change=_CHANGE[change], sources=sources, revision=revision,
        updated=date.fromisoformat(updated) if updated else None,
    )
