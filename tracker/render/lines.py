"""Aligned plain-text columns without rich's table machinery: the fast path for pipes and for
timelines too long for a rich table to lay out quickly (10,000 rows in well under 0.1 s).

Cells are measured in terminal cells (wide characters count twice). With a ``color_system``
("standard", "256", "truecolor") each styled cell is wrapped in its SGR codes; without one
the output has no escape codes at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Column", "aligned_lines"]

_GAP = "  "
_MIN_FLEX = 8


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    right: bool = False  # right-justified (numbers)
    flex: bool = False  # the column that shrinks (with "…") to fit a width
    style: str = ""  # default style for the column's cells
    header_style: str = field(default="bold")


# Latin, Greek, Cyrillic and general punctuation (dashes, quotes, "…"): one cell per character.
_NARROW = re.compile(r"[\x20-\u02ff\u0370-\u04ff\u2010-\u2027\u2030-\u205e]*")


@lru_cache(maxsize=8192)
def _cell_len(text: str) -> int:
    """Terminal cells ``text`` takes (wide characters count twice); rich only when needed."""
    if text.isascii() or _NARROW.fullmatch(text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ending in "…" when cut."""
    if _cell_len(text) <= width:
        return text
    from rich.cells import set_cell_size

    return set_cell_size(text, max(width - 1, 0)) + "…"


@lru_cache(maxsize=64)
def _sgr(style: str, color_system: str) -> tuple[str, str]:
    from rich.console import ColorSystem
    from rich.style import Style

    systems = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
               "truecolor": ColorSystem.TRUECOLOR, "windows": ColorSystem.WINDOWS}
    rendered = Style.parse(style).render("\0", color_system=systems[color_system])
    before, _, after = rendered.partition("\0")
    return before, after


def aligned_lines(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    styles: Sequence[Sequence[str]] | None = None,
    width: int | None = None,
    color_system: str | None = None,
) -> list[str]:
    """A header line and one line per row, columns padded to their widest cell.

    ``styles`` gives a style per cell (empty: the column's style). With ``width``, the flex
    column shrinks (down to a few cells) so lines fit; without it nothing is cut.
    """
    widths = [_cell_len(c.header) for c in columns]
    if rows:
        widths = [max(w, max(map(_cell_len, cells))) for w, cells in zip(widths, zip(*rows))]
    if width is not None:
        excess = sum(widths) + len(_GAP) * (len(widths) - 1) - width
        for i, column in enumerate(columns):
            if excess > 0 and column.flex:
                cut = min(excess, max(widths[i] - _MIN_FLEX, 0))
                widths[i] -= cut
                excess -= cut
    header = [c.header for c in columns]
    lines = [_line(columns, widths, header, [c.header_style for c in columns], color_system)]
    if color_system is None and width is None:
        # The pipe case, 10,000 rows: str.format pads rows whose characters are all narrow.
        fmt = _GAP.join(f"{{:{'>' if c.right else '<'}{w}}}" for c, w in zip(columns, widths))
        blank = [""] * len(columns)
        for row in rows:
            joined = "".join(row)
            if joined.isascii() or _NARROW.fullmatch(joined):
                lines.append(fmt.format(*row).rstrip(" "))
            else:
                lines.append(_line(columns, widths, row, blank, None))
        return lines
    plain_styles = [c.style for c in columns]
    for n, row in enumerate(rows):
        cell_styles = plain_styles
        if styles is not None:
            cell_styles = [s or c.style for s, c in zip(styles[n], columns)]
        lines.append(_line(columns, widths, row, cell_styles, color_system))
    return lines


def _line(columns: Sequence[Column], widths: list[int], cells: Sequence[str],
          styles: Sequence[str], color_system: str | None) -> str:
    parts = []
    for column, cell, width, style in zip(columns, cells, widths, styles):
        size = _cell_len(cell)
        if size > width:
            cell = _fit(cell, width)
            size = _cell_len(cell)
        pad = " " * (width - size)
        if color_system and style and cell:
            before, after = _sgr(style, color_system)
            cell = f"{before}{cell}{after}"
        parts.append(pad + cell if column.right else cell + pad)
    return _GAP.join(parts).rstrip(" ")
