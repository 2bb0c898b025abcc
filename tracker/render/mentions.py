"""The `tracker when` table: each date expression with its window and anchor."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from tracker.model import DateMention


def render_mentions(mentions: Sequence[DateMention], *, plain: bool = False) -> Table:
    """A table of mentions; ``plain`` drops the box for pipes and narrow screens."""
    from rich import box

    table = Table(box=None if plain else box.SIMPLE_HEAD, show_edge=not plain, pad_edge=False)
    for name, justify in (("phrase", "left"), ("start", "left"), ("end", "left"),
                          ("precision", "left"), ("kind", "left"), ("anchor", "left"),
                          ("span", "right")):
        table.add_column(name, justify=justify, no_wrap=name != "phrase")  # type: ignore[arg-type]
    for m in mentions:
        w = m.window
        table.add_row(
            Text(w.phrase),
            w.start.isoformat() if w.start else "—",
            w.end.isoformat() if w.end else "—",
            w.precision.value,
            w.kind.value,
            w.anchor.value,
            f"{m.span[0]}–{m.span[1]}",
        )
    return table
