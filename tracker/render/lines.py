"""Aligned plain-text columns without rich's table machinery: the fast path for pipes and for
timelines too long for a rich table to lay out quickly (10,000 rows in well under 0.1 s).

Cells are measured in terminal cells (wide characters count twice). With a ``color_system``
("standard", "256", "truecolor") each styled cell is wrapped in its SGR codes; without one
the output has no escape codes at all.
"""

from __future__ import annotations

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


def _cell_len(text: str) -> int:
    if text.isascii():
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
    for row in rows:
        for i, cell in enumerate(row):
            n = _cell_len(cell)
            if n > widths[i]:
                widths[i] = n
    if width is not None:
        excess = sum(widths) + len(_GAP) * (len(widths) - 1) - width
        for i, column in enumerate(columns):
            if excess > 0 and column.flex:
                cut = min(excess, max(widths[i] - _MIN_FLEX, 0))
                widths[i] -= cut
                excess -= cut
    header = [c.header for c in columns]
    header_styles = [c.header_style for c in columns]
    lines = [_line(columns, widths, header, header_styles, color_system)]
    for n, row in enumerate(rows):
        row_styles = styles[n] if styles is not None else [""] * len(columns)
        cell_styles = [s or c.style for s, c in zip(row_styles, columns)]
        lines.append(_line(columns, widths, row, cell_styles, color_system))
    return lines


def _line(columns: Sequence[Column], widths: list[int], cells: Sequence[str],
          styles: Sequence[str], color_system: str | None) -> str:
    parts = []
    last = len(columns) - 1
    for i, (column, cell) in enumerate(zip(columns, cells)):
        text = _fit(cell, widths[i])
        pad = " " * (widths[i] - _cell_len(text))
        if color_system and styles[i] and text:
            before, after = _sgr(styles[i], color_system)
            text = f"{before}{text}{after}"
        if column.right:
            parts.append(pad + text)
        else:
            parts.append(text if i == last else text + pad)
    return _GAP.join(parts).rstrip(" ")
