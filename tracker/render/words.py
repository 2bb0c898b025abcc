"""The words the views print: window labels, countdowns, kinds and change marks. Pure, no rich.

Kept apart from the rich renderers so the plain fast path (`tracker upcoming | ...` on a large
timeline) can use them without importing rich.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from tracker.model import Change, Entry, Kind, Window

__all__ = [
    "change_word",
    "countdown",
    "entry_title",
    "has_ended",
    "is_open",
    "kind_word",
    "season_words",
    "window_words",
]

_DAYS_IN_MONTH = 30.44
_DAYS_UP_TO = 60  # counts below this many days are said in days, then in months
_DAYS_IN_YEAR = 365.25
_PART = re.compile(r"\b(early|mid|late|end of)\b")
_MONTH_ABBR = list(calendar.month_abbr)


def window_words(window: Window) -> str:
    """The window in a few words, from `Window.label()`.

    When the phrase itself says "midseason", "the holidays", "early/mid/late ..." or "the
    2017–18 season" and the dates are exactly what that wording means (DESIGN.md's vocabulary),
    those words are used instead ("late 2016" rather than "later in 2016"); otherwise the
    date-derived label stands, so the words never claim more than the dates do.
    """
    return _phrase_words(window) or window.label()


def _phrase_words(window: Window) -> str | None:
    s, e, phrase = window.start, window.end, window.phrase.casefold()
    if s is None or e is None or not phrase or s == e:
        return None
    y = s.year
    if ("midseason" in phrase or "mid-season" in phrase) and (s, e) == (date(y, 1, 1),
                                                                       date(y, 3, 31)):
        return f"midseason {y}"
    if "holiday" in phrase and (s, e) == (date(y, 11, 15), date(y, 12, 31)):
        return f"holidays {y}"
    if "season" in phrase and (s, e) == (date(y, 9, 1), date(y + 1, 5, 31)):
        return f"{y}–{(y + 1) % 100:02d} season"
    part = _PART.search(phrase.replace("mid-", "mid "))
    if part is None or s.year != e.year:
        return None
    word = part.group(1)
    year_parts = {"early": (1, 1, 4, 30), "mid": (5, 1, 8, 31), "late": (9, 1, 12, 31),
                  "end of": (9, 1, 12, 31)}
    m1, d1, m2, d2 = year_parts[word]
    if (s, e) == (date(y, m1, d1), date(y, m2, d2)):
        return f"{'late' if word == 'end of' else word} {y}"
    if s.month == e.month and word != "end of":
        last = calendar.monthrange(y, s.month)[1]
        month_parts = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}
        if (s.day, e.day) == month_parts[word]:
            return f"{word} {_MONTH_ABBR[s.month]} {y}"
    return None


def has_ended(window: Window, today: date) -> bool:
    return window.end is not None and window.end < today


def is_open(window: Window, today: date) -> bool:
    """A window (not an exact date) that has started and not yet ended."""
    return (window.start is not None and window.end is not None and window.start != window.end
            and window.start <= today <= window.end)


def countdown(window: Window, today: date) -> str:
    """How far away: "today", "in 12 days", "in 2–5 months", "within 11 months", "open now".

    A window starting within a week reads "within" its end; an exact date in the past reads
    "3 days ago"; a window that has ended with no date given reads "overdue"; TBA reads "—".
    """
    s, e = window.start, window.end
    if s is None or e is None:
        return "—"
    if s == e:
        delta = (s - today).days
        if delta == 0:
            return "today"
        if delta == 1:
            return "tomorrow"
        if delta == -1:
            return "yesterday"
        return f"in {_span(delta)}" if delta > 0 else f"{_span(-delta)} ago"
    if e < today:
        return "overdue"
    if s <= today:
        return "open now"
    lo, hi = (s - today).days, (e - today).days
    if lo <= 7 and hi >= _DAYS_UP_TO:
        return f"within {_span(hi)}"
    return f"in {_span_range(lo, hi)}"


def _span(days: int) -> str:
    if days < _DAYS_UP_TO:
        return _plural(days, "day")
    if days < 730:
        return _plural(round(days / _DAYS_IN_MONTH), "month")
    return _plural(round(days / _DAYS_IN_YEAR), "year")


def _span_range(lo: int, hi: int) -> str:
    """"12–40 days", "2–5 months", "12 days–3 months", "1–2 years"."""
    if hi < _DAYS_UP_TO:
        return f"{lo}–{hi} days"
    if hi < 730:
        lo_m, hi_m = round(lo / _DAYS_IN_MONTH), round(hi / _DAYS_IN_MONTH)
        if lo_m == 0:
            return f"{_plural(lo, 'day')}–{_plural(hi_m, 'month')}"
        if lo_m == hi_m:
            return f"about {_plural(hi_m, 'month')}"
        return f"{lo_m}–{hi_m} months"
    lo_y, hi_y = round(lo / _DAYS_IN_YEAR), round(hi / _DAYS_IN_YEAR)
    if lo_y == 0:
        return f"{_plural(round(lo / _DAYS_IN_MONTH), 'month')}–{_plural(hi_y, 'year')}"
    return f"{lo_y}–{hi_y} years" if lo_y != hi_y else f"about {_plural(hi_y, 'year')}"


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def kind_word(window: Window) -> str:
    """"exact" for a date, the precision for a window ("season", "year"), "TBA"."""
    if window.kind is Kind.EXACT:
        return "exact"
    if window.kind is Kind.TBA:
        return "TBA"
    return window.precision.value


def season_words(season: int | None) -> str:
    return "—" if season is None else str(season)


def change_word(change: Change) -> str:
    return "" if change is Change.UNCHANGED else change.value


def entry_title(entry: Entry) -> str:
    """"Daredevil S2" style short title (unsanitized: callers clean it)."""
    return entry.show if entry.season is None else f"{entry.show} S{entry.season}"

