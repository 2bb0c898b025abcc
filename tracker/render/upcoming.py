"""`tracker upcoming`: one line per season, soonest first, with words for dates and windows.

Two renderings of the same cells: `render_upcoming` (a rich table that adapts to the width it
is drawn at) and `upcoming_text` (aligned plain columns, no rich table: pipes and long lists).
Neither prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from tracker.model import Entry
from tracker.render.lines import Column, aligned_lines
from tracker.render.style import (
    CHANGE_STYLES,
    DIM,
    clean,
    countdown_style,
    precision_style,
)
from tracker.render.words import (
    change_word,
    countdown,
    kind_word,
    season_words,
    window_words,
)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text

__all__ = [
    "COLUMNS",
    "EMPTY_MESSAGE",
    "render_empty",
    "render_nothing_selected",
    "render_upcoming",
    "upcoming_cells",
    "upcoming_styles",
    "upcoming_text",
]

COLUMNS = (
    Column("When"),
    Column("Countdown"),
    Column("Show", flex=True, style="bold"),
    Column("Season", right=True),
    Column("Kind", style=DIM),
    Column("Change"),
    Column("Sources", right=True),
)
NARROW = 80  # below this many columns the table drops Kind and Sources and merges Season
_NARROW_KEEP = (0, 1, 2, 5)
NARROW_COLUMNS = tuple(COLUMNS[i] for i in _NARROW_KEEP)

EMPTY_MESSAGE = (
    "No premieres tracked yet. Add one by hand with "
    "`tracker add \"Show\" --season 2 --when \"fall 2026\"`, or read the news with "
    "`tracker ingest article.txt` (files, folders, URLs or - for stdin)."
)


def upcoming_cells(entry: Entry, *, today: date,
                   memo: dict[tuple[object, ...], tuple[str, str, str]] | None = None
                   ) -> list[str]:
    """The seven cells of one row, as text (the show name cleaned of control characters).

    ``memo`` (a dict kept across the rows of one table) reuses the words of windows seen
    before: a long timeline has far fewer distinct windows than seasons.
    """
    window = entry.window
    key = (window.start, window.end, window.precision, window.phrase)
    words = memo.get(key) if memo is not None else None
    if words is None:
        # window_words is built from dates and fixed words only: nothing to clean
        words = (window_words(window), countdown(window, today), kind_word(window))
        if memo is not None:
            memo[key] = words
    return [words[0], words[1], clean(entry.show), season_words(entry.season), words[2],
            change_word(entry.change), str(entry.sources)]


def upcoming_styles(entry: Entry, cells: Sequence[str]) -> list[str]:
    """A style for each cell of `upcoming_cells` (empty: the column's own)."""
    change = CHANGE_STYLES.get(entry.change, "") if cells[5] else ""
    return [precision_style(entry.window.precision), countdown_style(cells[1]), "", "", "",
            change, ""]


def upcoming_text(entries: Sequence[Entry], *, today: date, width: int | None = None,
                  color_system: str | None = None) -> str:
    """Aligned plain columns with a header line; escape codes only with a ``color_system``.

    With a ``width`` below 80 the columns are those of the narrow table (season joined to the
    show, no kind or sources) and the show is cut to fit; without one nothing is cut.
    """
    memo: dict[tuple[object, ...], tuple[str, str, str]] = {}
    rows = [upcoming_cells(entry, today=today, memo=memo) for entry in entries]
    styles = ([upcoming_styles(e, cells) for e, cells in zip(entries, rows)]
              if color_system else None)
    columns: Sequence[Column] = COLUMNS
    if width is not None and width < NARROW:
        columns = NARROW_COLUMNS
        for cells, entry in zip(rows, entries):
            if entry.season is not None:
                cells[2] += f" S{entry.season}"
            cells[:] = [cells[i] for i in _NARROW_KEEP]
        if styles is not None:
            styles = [[row[i] for i in _NARROW_KEEP] for row in styles]
    lines = aligned_lines(columns, rows, styles=styles, width=width, color_system=color_system)
    return "\n".join(lines) + "\n"


class UpcomingTable:
    """A rich renderable: the upcoming table, laid out for the width it is printed at."""

    def __init__(self, entries: Sequence[Entry], *, today: date) -> None:
        self.entries = list(entries)
        self.today = today

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(options.max_width)

    def table(self, width: int):
        from rich import box
        from rich.table import Table
        from rich.text import Text

        narrow = width < NARROW
        table = Table(
            title=Text(f"Upcoming premieres · {_day(self.today)}", style="bold"),
            caption=_summary(self.entries), caption_style=DIM,
            box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
        )
        table.add_column("When", no_wrap=not narrow, min_width=8)
        table.add_column("Countdown", no_wrap=False)
        table.add_column("Show", ratio=1, min_width=10, overflow="fold")
        if not narrow:
            table.add_column("Season", justify="right")
            table.add_column("Kind")
        table.add_column("Change", no_wrap=True)
        if not narrow:
            table.add_column("Sources", justify="right")
        for entry in self.entries:
            cells = upcoming_cells(entry, today=self.today)
            texts = [Text(c, style=s) for c, s in zip(cells, upcoming_styles(entry, cells))]
            texts[2].stylize("bold")
            texts[4].stylize(DIM)
            if narrow:
                if entry.season is not None:
                    texts[2].append(f" S{entry.season}", style="")
                texts = [texts[0], texts[1], texts[2], texts[5]]
            table.add_row(*texts)
        return table


def render_upcoming(entries: Sequence[Entry], *, today: date) -> UpcomingTable:
    """The upcoming table (rich renderable); entries are shown in the order given."""
    return UpcomingTable(entries, today=today)


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _summary(entries: Sequence[Entry]) -> str:
    kinds = [kind_word(e.window) for e in entries]
    dated = kinds.count("exact")
    tba = kinds.count("TBA")
    windows = len(kinds) - dated - tba
    parts = [f"{len(kinds)} season{'s' if len(kinds) != 1 else ''}", f"{dated} dated",
             f"{windows} window{'s' if windows != 1 else ''}"]
    if tba:
        parts.append(f"{tba} TBA")
    return " · ".join(parts)


def render_empty() -> Text:
    """The friendly line for an empty database: how to add or ingest shows."""
    from rich.text import Text

    return Text(EMPTY_MESSAGE)


def render_nothing_selected(tracked: int, *, hint: str = "") -> Text:
    """The line for a database with seasons of which none match the options."""
    from rich.text import Text

    text = f"Nothing to show: none of the {tracked} tracked season{'s' if tracked != 1 else ''} "
    text += "matches." + (f" {hint}" if hint else "")
    return Text(text)
