"""Calendar arithmetic for the grammar: pure functions from (what was said, a point) to dates.

``point`` is the date a phrase is read against (the anchor). ``past`` reverses the forward bias.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.easter import easter

from tracker import vocab

RECENT_DAYS = 28  # a year-less day up to four weeks before the reference is that recent day


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def year_of_month(point: date, month: int, *, past: bool = False) -> int:
    """The year of the next (or, if ``past``, the last) ``month`` seen from ``point``."""
    if past:
        return point.year if month <= point.month else point.year - 1
    return point.year if month >= point.month else point.year + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_without_year(
    point: date, month: int, day: int, *, past: bool = False, recent: bool = False
) -> date | None:
    """Resolve "March 18" from ``point``: the next one, the last one if ``past``, or a day up to
    four weeks back when ``recent`` (news is often dated after it was written)."""
    if day > 31:
        return None
    if past:
        for year in range(point.year, point.year - 8, -1):
            found = safe_date(year, month, day)
            if found is not None and found <= point:
                return found
        return None
    if recent:
        for year in (point.year, point.year - 1):
            last = safe_date(year, month, day)
            if last is not None and last <= point and (point - last).days <= RECENT_DAYS:
                return last
    this_year = safe_date(point.year, month, day)
    if this_year is not None and this_year >= point:
        return this_year
    for year in range(point.year + 1, point.year + 9):
        found = safe_date(year, month, day)
        if found is not None:
            return found
    return None


def season_window(name: str, year: int) -> tuple[date, date]:
    """A season of ``year``; winter YYYY is December YYYY-1 through February YYYY."""
    first, last = vocab.SEASONS[name.lower()]
    if first > last:  # winter crosses the year
        return date(year - 1, first, 1), month_end(year, last)
    return date(year, first, 1), month_end(year, last)


def season_from(point: date, name: str, mode: str) -> tuple[date, date]:
    """``this``: the season containing ``point`` or the next one; ``next``: the first starting
    after ``point``; ``last``: the last one ended before ``point``."""
    candidates = [season_window(name, y) for y in range(point.year - 1, point.year + 3)]
    if mode == "last":
        return [c for c in candidates if c[1] < point][-1]
    if mode == "next":
        return next(c for c in candidates if c[0] > point)
    return next(c for c in candidates if c[1] >= point)


def midseason(point: date, *, past: bool = False) -> tuple[date, date]:
    first, last = vocab.MIDSEASON
    year = point.year if point.month < last else point.year + 1  # (by March, the next one)
    if past:
        year = point.year if point.month >= first else point.year - 1
    return date(year, first, 1), month_end(year, last)


def weekday_from(point: date, weekday: int, mode: str) -> date:
    """``this``/``on``: on or after ``point``; ``next``: strictly after; ``last``: strictly before."""
    delta = (weekday - point.weekday()) % 7
    if mode == "last":
        back = (point.weekday() - weekday) % 7 or 7
        return point - timedelta(days=back)
    if mode == "next" and delta == 0:
        delta = 7
    return point + timedelta(days=delta)


def week_of(day: date) -> tuple[date, date]:
    """Monday through Sunday of the week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def holiday(name: str, year: int) -> date:
    key = " ".join(name.lower().replace("’", "'").split())
    spec = vocab.HOLIDAY_DATES[key]
    if not spec:
        return easter(year) + timedelta(days=vocab.EASTER_OFFSETS[key])
    if key.startswith("super bowl") and year >= vocab.SUPER_BOWL_LATER:
        spec = (2, 6, 2)
    if key in vocab.DAY_AFTER_HOLIDAY:
        month, weekday, nth = spec  # type: ignore[misc]
        return nth_weekday(year, month, weekday, nth) + timedelta(days=1)
    if len(spec) == 2:
        return date(year, spec[0], spec[1])
    month, weekday, nth = spec  # type: ignore[misc]
    return nth_weekday(year, month, weekday, nth)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-4) ``weekday`` (Monday = 0) of a month; nth = -1: its last one."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_from(point: date, name: str, *, past: bool = False) -> date:
    this_year = holiday(name, point.year)
    if past:
        return this_year if this_year <= point else holiday(name, point.year - 1)
    return this_year if this_year >= point else holiday(name, point.year + 1)


def full_year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def expand_year(two_or_four: str, base: int) -> int:
    """"18" after 2017 → 2018; "2018" → 2018."""
    value = int(two_or_four)
    if value >= 100:
        return value
    century = base - base % 100
    year = century + value
    return year if year >= base else year + 100
