"""Make the README's gallery: SVG screenshots of the three views on the demo timeline.

Each view is drawn by the same renderer the CLI uses, on a recorded rich console of a fixed
size with colour, and saved with `Console.save_svg`; nothing is edited by hand. The demo's news
is from 2016, so the date is pinned (the README shows the same commands with `--today`).

    python docs/gallery.py                       # from the repository's schedules.db
    python docs/gallery.py --db other.db --today 2016-12-01 --out docs/
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from rich.console import Console, RenderableType
from rich.terminal_theme import MONOKAI

from tracker.model import Entry
from tracker.query import filter_entries, sort_entries
from tracker.render.dashboard import render_dashboard
from tracker.render.timeline import render_timeline
from tracker.render.upcoming import render_upcoming
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEMO_TODAY = date(2016, 12, 1)


def _upcoming(entries: Sequence[Entry], today: date) -> RenderableType:
    return render_upcoming(filter_entries(entries, today=today, include_tba=True), today=today)


def _timeline(entries: Sequence[Entry], today: date) -> RenderableType:
    return render_timeline(sort_entries(entries), today=today, months=9)


def _dashboard(entries: Sequence[Entry], today: date) -> RenderableType:
    return render_dashboard(entries, today=today, width=110, height=28)


# file name, the command it shows, width, how to draw it
VIEWS: list[tuple[str, str, int, Callable[[Sequence[Entry], date], RenderableType]]] = [
    ("upcoming.svg", "tracker upcoming --tba", 100, _upcoming),
    ("timeline.svg", "tracker timeline --months 9", 110, _timeline),
    ("dashboard.svg", "tracker dashboard", 110, _dashboard),
]


def save_gallery(entries: Sequence[Entry], *, today: date, out: Path) -> list[Path]:
    """Write one SVG per view into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, command, width, draw in VIEWS:
        console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                          color_system="truecolor", markup=False, highlight=False, emoji=False)
        console.print(draw(entries, today))
        path = out / name
        console.save_svg(str(path), title=f"{command} --today {today.isoformat()}",
                         theme=MONOKAI)
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "schedules.db")
    parser.add_argument("--today", type=date.fromisoformat, default=DEMO_TODAY)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"no database at {args.db}: build the demo timeline first")
    with Store.open(args.db, readonly=True) as store:
        entries = store.entries(today=args.today)
    for path in save_gallery(entries, today=args.today, out=args.out):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
