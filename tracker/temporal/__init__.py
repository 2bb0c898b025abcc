"""The temporal grammar: date phrases in text → exact dates, honest windows, or TBA."""

from __future__ import annotations

from datetime import date

from tracker.errors import BadDate
from tracker.model import DateMention, Window


def tag_dates(text: str, *, today: date) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``today`` (work in progress)."""
    return []


def parse_when(text: str, *, today: date) -> Window:
    """One phrase typed by a person ("fall 2026", "2026-10-03", "TBA") → a window."""
    raise BadDate(f"cannot read {text!r} as a date yet")
