"""`tracker dashboard`: one screen with this week, the next 30 days, windows open now, recent
changes and TBA seasons, fitted to a given height and width.

Sections are laid out in two columns from 100 columns up, stacked below that. When the screen
is too short, each section keeps at least a line and the rest is shared out; a cut section
ends with "… and N more". Nothing here prints; the result is exactly ``height`` lines or fewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tracker.model import Change, Entry, Kind
from tracker.query import sort_entries
from tracker.render.style import (
    CHANGE_STYLES,
    DIM,
    clean,
    countdown_style,
    precision_style,
)
from tracker.render.words import (
    countdown,
    entry_title,
    has_ended,
    is_open,
    window_words,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

__all__ = ["TWO_COLUMNS", "Section", "allocate", "dashboard_sections", "render_dashboard"]

TWO_COLUMNS = 100  # from this width up, sections sit in two columns
WEEK_DAYS = 7
MONTH_DAYS = 30
_MOVES = (Change.NARROWED, Change.DELAYED, Change.MOVED_UP)


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    entries: tuple[Entry, ...]
    empty: str  # the line shown when there is nothing
    detail: str  # what the right-hand cell shows: "countdown", "window", "change" or "kind"


def dashboard_sections(entries: Sequence[Entry], *, today: date) -> list[Section]:
    """The five sections, in display order, each already sorted.

    This week: dates (and windows wholly inside) in the next 7 days, today included. Next 30
    days: anything else starting in the next 30 days. Windows open now: started, not ended.
    Recent changes: narrowed, delayed or moved up and not over, newest first. TBA: by name.
    """
    ordered = sort_entries(entries)
    week_end = today + timedelta(days=WEEK_DAYS - 1)
    month_end = today + timedelta(days=MONTH_DAYS)

    def starts_between(e: Entry, first: date, last: date) -> bool:
        return e.window.start is not None and first <= e.window.start <= last

    week = [e for e in ordered if starts_between(e, today, week_end)
            and e.window.end is not None and e.window.end <= week_end]
    in_week = {id(e) for e in week}
    month = [e for e in ordered if starts_between(e, today, month_end) and id(e) not in in_week]
    open_now = [e for e in ordered if is_open(e.window, today)]
    changes = sorted(
        (e for e in ordered if e.change in _MOVES and not has_ended(e.window, today)),
        key=lambda e: (e.updated or date.min), reverse=True,
    )
    tba = sorted((e for e in ordered if e.window.kind is Kind.TBA),
                 key=lambda e: (e.show.casefold(), e.season or 0))
    return [
        Section("This week", tuple(week), "Nothing this week.", "countdown"),
        Section("Next 30 days", tuple(month), "Nothing else in the next 30 days.", "countdown"),
        Section("Windows open now", tuple(open_now), "No window is open now.", "window"),
        Section("Recent changes", tuple(changes), "No narrowed, delayed or moved dates.",
                "change"),
        Section("TBA", tuple(tba), "No season waiting for a date.", "kind"),
    ]


def allocate(needs: Sequence[int], budget: int) -> list[int]:
    """Lines for each section: all it needs when they fit, else a fair share (at least one).

    The shares never exceed ``needs`` and add up to at most ``max(budget, len(needs))``.
    """
    if sum(needs) <= budget:
        return list(needs)
    shares = [min(n, 1) for n in needs]
    left = budget - sum(shares)
    while left > 0:
        hungry = [i for i, n in enumerate(needs) if shares[i] < n]
        if not hungry:
            break
        for i in sorted(hungry, key=lambda i: shares[i]):
            if left == 0:
                break
            shares[i] += 1
            left -= 1
    return shares


def render_dashboard(entries: Sequence[Entry], *, today: date, height: int,
                     width: int) -> RenderableType:
    """The dashboard for a screen of ``height`` lines by ``width`` columns."""
    from rich.cells import cell_len
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    sections = dashboard_sections(entries, today=today)
    header = _header(entries, today=today)
    footer = _footer(sections, today=today)
    two = width >= TWO_COLUMNS
    columns = [sections[:2], sections[2:]] if two else [sections]
    body = max(height - 2, 0)  # header and footer lines
    col_width = (width - 2) // 2 if two else width
    shown = [e for s in sections for e in s.entries[:max(height, 1)]]
    when_width = max([cell_len(window_words(e.window)) for e in shown] + [3])
    when_width = min(when_width, max(min(18, col_width // 2 - 6), 4))
    rendered = [_column(col, body, col_width, when_width, today) for col in columns]
    if not two:
        return Group(header, *rendered[0], footer)
    grid = Table.grid(expand=True, padding=(0, 2, 0, 0))
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(Group(*rendered[0]), Group(*rendered[1]))
    return Group(header, grid, footer if footer.plain else Text(""))


def _column(sections: Sequence[Section], budget: int, width: int, when_width: int,
            today: date) -> list[RenderableType]:
    """Each section as a heading line, its item lines, and a blank line between sections.

    Sections that cannot get a heading and one line are left out, last first.
    """
    sections = list(sections)
    while sections and 3 * len(sections) - 1 > budget:
        sections.pop()
    fixed = 2 * len(sections) - 1  # headings and the blank lines between sections
    needs = [max(len(s.entries), 1) for s in sections]
    shares = allocate(needs, budget - fixed)
    out: list[RenderableType] = []
    for n, (section, share) in enumerate(zip(sections, shares)):
        if n:
            out.append(_blank())
        out.append(_heading(section, width))
        out.extend(_items(section, share, width, when_width, today))
    return out


def _blank() -> Text:
    from rich.text import Text

    return Text("")


def _heading(section: Section, width: int) -> Text:
    from rich.text import Text

    count = f" {len(section.entries)}" if section.entries else ""
    text = Text(section.title, style="bold")
    text.append(count, style=DIM)
    rule = max(width - len(text) - 1, 0)
    text.append(" " + "─" * rule, style=DIM)
    text.no_wrap, text.overflow = True, "crop"
    return text


def _items(section: Section, share: int, width: int, when_width: int,
           today: date) -> list[RenderableType]:
    from rich.table import Table
    from rich.text import Text

    if not section.entries:
        empty: list[RenderableType] = [Text(section.empty, style=DIM, no_wrap=True,
                                            overflow="ellipsis")]
        return empty[:share]
    # A cut section ends with "… and N more" when it has room for it; the heading has the count.
    cut = share < len(section.entries)
    shown = section.entries[:max(share - 1, 1)] if cut else section.entries
    grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
    side = max(min(18, width // 2 - 6), 4)
    grid.add_column(no_wrap=True, overflow="ellipsis", width=when_width)
    grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1, min_width=6)
    grid.add_column(no_wrap=True, overflow="ellipsis", justify="right", max_width=side)
    for entry in shown:
        grid.add_row(*_cells(section, entry, today))
    lines: list[RenderableType] = [grid]
    hidden = len(section.entries) - len(shown)
    if hidden and share > 1:
        lines.append(Text(f"… and {hidden} more", style=DIM, no_wrap=True))
    return lines


def _cells(section: Section, entry: Entry, today: date) -> tuple[Text, Text, Text]:
    """When, title, and the section's detail: countdown, end of window, change, or update."""
    from rich.text import Text

    window = entry.window
    when = Text(clean(window_words(window)), style=precision_style(window.precision))
    title = Text(clean(entry_title(entry)), style="bold")
    if section.detail == "countdown":
        words = countdown(window, today)
        detail = Text(words, style=countdown_style(words))
    elif section.detail == "window" and window.end is not None:
        end = window.end
        words = f"until {end:%b} {end.day}" + (f" {end.year}" if end.year != today.year else "")
        detail = Text("ends today" if end == today else words, style="yellow")
    elif section.detail == "change":
        detail = Text(entry.change.value, style=CHANGE_STYLES.get(entry.change, ""))
        if entry.updated is not None:
            detail.append(f" {entry.updated:%b} {entry.updated.day}", style=DIM)
    else:
        detail = Text(f"since {entry.updated:%b} {entry.updated.day} {entry.updated.year}"
                      if entry.updated is not None else "", style=DIM)
    return when, title, detail


def _header(entries: Sequence[Entry], *, today: date) -> Text:
    from rich.text import Text

    kinds = [e.window.kind for e in entries]
    counts = [(len(kinds), "season"), (kinds.count(Kind.EXACT), "dated"),
              (kinds.count(Kind.WINDOW), "window"), (kinds.count(Kind.TBA), "TBA")]
    words = [f"{n} {w}" if w in ("dated", "TBA") or n == 1 else f"{n} {w}s" for n, w in counts]
    text = Text("tracker", style="bold")
    text.append(f" · {today:%a} {today.day} {today:%b %Y} · ", style="")
    text.append(f"{words[0]}: {', '.join(words[1:])}", style=DIM)
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


def _footer(sections: Sequence[Section], *, today: date) -> Text:
    from rich.text import Text

    upcoming = [e for s in sections[:2] for e in s.entries if e.window.kind is Kind.EXACT
                and e.window.start is not None and e.window.start >= today]
    text = Text(no_wrap=True, overflow="ellipsis")
    if upcoming:
        nxt = upcoming[0]
        text.append("next: ", style=DIM)
        text.append(clean(entry_title(nxt)), style="bold")
        text.append(f" {countdown(nxt.window, today)}")
    return text
