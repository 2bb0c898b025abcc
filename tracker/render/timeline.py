"""`tracker timeline`: the months ahead as a horizontal chart, one line per season.

Exact dates are a ◆ on their day, windows a bar across their days (◀/▶ where they run past the
chart's edges), today a vertical │ in every row. The chart is laid out when printed, for the
width it gets, so the same renderable reads at 60 columns and at 160.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tracker.model import Entry, Precision
from tracker.render.style import DIM, clean, precision_style
from tracker.render.words import entry_title, window_words

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text

__all__ = ["TimelineChart", "chart_span", "render_timeline"]

DATE_MARK = "◆"
BAR = "━"
LEFT_MORE, RIGHT_MORE = "◀", "▶"
TODAY_MARK = "│"
TODAY_STYLE_SOFT = "red"
_MAX_LABEL = 40  # label column: at most a third of the width, and never more than this
_WHEN_FROM = 90  # from this width up, each row ends with its window in words
_MIN_CHART = 12


def chart_span(today: date, months: int) -> tuple[date, date]:
    """First and last day shown: from the first of today's month, ``months`` whole months."""
    if months < 1:
        raise ValueError("months must be at least 1")
    last_month = today.month - 1 + months - 1
    year, month = today.year + last_month // 12, last_month % 12 + 1
    return date(today.year, today.month, 1), date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class _Scale:
    first: date
    last: date
    width: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def col(self, day: date) -> int:
        """The chart column of ``day`` (clamped to the chart)."""
        offset = min(max((day - self.first).days, 0), self.days - 1)
        return offset * self.width // self.days

    def last_col(self, day: date) -> int:
        """The last chart column ``day`` covers (a day may span several columns)."""
        offset = min(max((day - self.first).days, 0), self.days - 1)
        return max((offset + 1) * self.width // self.days - 1, self.col(day))


class TimelineChart:
    """A rich renderable: the chart for ``entries`` from ``today``'s month, ``months`` long."""

    def __init__(self, entries: Sequence[Entry], *, today: date, months: int = 12) -> None:
        self.today = today
        self.first, self.last = chart_span(today, months)
        self.months = months
        spans = [(e, e.window.start, e.window.end) for e in entries
                 if e.window.start is not None and e.window.end is not None]
        self.rows = [e for e, start, end in spans if end >= self.first and start <= self.last]
        self.later = sum(1 for _, start, _ in spans if start > self.last)
        self.tba = len(entries) - len(spans)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        width = options.max_width
        from rich.cells import cell_len

        label_width = min(max([cell_len(_label(e)) for e in self.rows] + [8]),
                          max(min(width // 3, _MAX_LABEL), 8))
        show_when = width >= _WHEN_FROM
        when_width = min(18, max([len(clean(window_words(e.window))) for e in self.rows] + [4]))
        chart_width = width - label_width - 1 - (when_width + 1 if show_when else 0)
        chart_width = max(chart_width, _MIN_CHART)
        scale = _Scale(self.first, self.last, chart_width)
        span = _month(self.first)
        if self.months > 1:
            span += f" – {_month(self.last)}"
        yield Text(f"Timeline · {span}", style="bold")
        pad = " " * (label_width + 1)
        yield Text(pad) + self._years(scale)
        yield Text(pad) + self._months(scale)
        if self.first <= self.today <= self.last:
            yield Text(pad) + self._today_line(scale)
        for entry in self.rows:
            line = Text(no_wrap=True, overflow="ellipsis", end="\n")
            line.append(_fit(_label(entry), label_width) + " ", style="bold")
            bar = self._bar(entry, scale)
            if not show_when:
                bar.rstrip()
            line.append_text(bar)
            if show_when:
                line.append(" " + _fit(clean(window_words(entry.window)), when_width).rstrip(),
                            style=precision_style(entry.window.precision))
            yield line
        if not self.rows:
            yield Text("No dated premieres in these months.", style=DIM)
        yield Text(self._legend(), style=DIM)

    def _years(self, scale: _Scale) -> Text:
        from rich.text import Text

        cells = [" "] * scale.width
        month = self.first
        while month <= self.last:  # each January first: a December start must not hide 2017
            if month.month == 1:
                _put(cells, scale.col(month), str(month.year))
            month = _next_month(month)
        _put(cells, scale.col(self.first), str(self.first.year))
        return Text("".join(cells).rstrip(), style="bold")

    def _months(self, scale: _Scale) -> Text:
        from rich.text import Text

        per_month = scale.width / self.months
        cells = [" "] * scale.width
        month = self.first
        while month <= self.last:
            name = calendar.month_abbr[month.month]
            _put(cells, scale.col(month), name if per_month >= 4 else name[0])
            month = _next_month(month)
        return Text("".join(cells).rstrip(), style=DIM)

    def _today_line(self, scale: _Scale) -> Text:
        from rich.text import Text

        col = scale.col(self.today)
        word = f"▼ today {_day(self.today)}"
        if col + len(word) <= scale.width:
            return Text(" " * col + word, style=TODAY_STYLE_SOFT)
        word = f"{_day(self.today)} today ▼"
        return Text(" " * max(col + 1 - len(word), 0) + word, style=TODAY_STYLE_SOFT)

    def _bar(self, entry: Entry, scale: _Scale) -> Text:
        from rich.text import Text

        window = entry.window
        assert window.start is not None and window.end is not None
        cells = [" "] * scale.width
        style = precision_style(window.precision)
        lo, hi = scale.col(window.start), scale.last_col(window.end)
        if window.precision is Precision.DAY or window.start == window.end:
            cells[lo] = DATE_MARK
        else:
            for i in range(lo, hi + 1):
                cells[i] = BAR
            if window.start < self.first:
                cells[lo] = LEFT_MORE
            if window.end > self.last:
                cells[hi] = RIGHT_MORE
        today_col = scale.col(self.today) if self.first <= self.today <= self.last else None
        if today_col is not None and cells[today_col] == " ":
            cells[today_col] = TODAY_MARK
        text = Text("".join(cells))
        text.stylize(style, lo, hi + 1)
        if today_col is not None and cells[today_col] == TODAY_MARK:
            text.stylize(TODAY_STYLE_SOFT, today_col, today_col + 1)
        return text

    def _legend(self) -> str:
        parts = [f"{DATE_MARK} date", f"{BAR} window", f"{TODAY_MARK} today"]
        hidden = [f"{n} {what}" for n, what in ((self.later, "later"), (self.tba, "TBA")) if n]
        if hidden:
            parts.append("not shown: " + ", ".join(hidden))
        return "  ".join(parts)


def render_timeline(entries: Sequence[Entry], *, today: date, months: int = 12) -> TimelineChart:
    """The chart of ``months`` months from today's month (rich renderable, laid out on print)."""
    return TimelineChart(entries, today=today, months=months)


def _label(entry: Entry) -> str:
    return clean(entry_title(entry))


def _fit(text: str, width: int) -> str:
    """``text`` padded or cut (with "…") to exactly ``width`` cells."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(width - 1, 0)) + "…"


def _put(cells: list[str], col: int, word: str) -> None:
    """Write ``word`` at ``col`` if it fits without touching another word."""
    end = col + len(word)
    if end > len(cells) or any(c != " " for c in cells[max(col - 1, 0):end + 1]):
        return
    cells[col:end] = list(word)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month(day: date) -> str:
    return f"{calendar.month_abbr[day.month]} {day.year}"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"
