"""Build the bundled demo timeline: ``python -m tracker.demo`` → ``schedules.db``.

Reads the sample articles ``examples/**/*.txt`` (in path order) the way `tracker ingest`
does, one article after another, and writes a fresh database next to the old one before
replacing it. The build is deterministic: sources are recorded by their path relative to the
repository, and every timestamp is the article's publication date, so the same articles
always give the same rows. The demo's news is from 2016: view it with ``--today 2016-12-01``.

    python -m tracker.demo                          # examples/ → schedules.db
    python -m tracker.demo --examples DIR --db OUT.db
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from tracker.errors import TrackerError

ROOT = Path(__file__).resolve().parents[1]
DEMO_TODAY = date(2016, 12, 1)


def build_demo(examples: Path, target: Path) -> str:
    """Build the demo database from ``examples`` into ``target``; returns the ingest summary."""
    from rich.console import Console

    from tracker.cli.ingest import Writer
    from tracker.cli.parsing import Parser, parse_batches, remember
    from tracker.store import Store

    building = target.with_name(f".{target.name}.building")
    _remove(building)
    specs = [str(path) for path in sorted(examples.rglob("*.txt"))]
    remember(frozenset())
    with Store.open(building) as store:
        writer = Writer(store, Console(stderr=True, markup=False, highlight=False))
        parser = Parser(published=None, today=DEMO_TODAY)
        for batch in parse_batches(specs, parser, None, store.known_titles):
            for parsed in batch:
                source = _relative(Path(parsed.spec))
                parsed.articles = [(replace(a, source=source), c) for a, c in parsed.articles]
                if parsed.articles:
                    store.clock = _midnight(parsed.articles[0][0].published)
                writer.take(parsed)
        store.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        store.conn.execute("VACUUM")
    os.replace(building, target)
    return writer.tally.summary()


def _midnight(day: date | None) -> Callable[[], str]:
    """A clock stopped at the start of the article's day (timestamps from the data)."""
    stamp = f"{(day or DEMO_TODAY).isoformat()}T00:00:00+00:00"
    return lambda: stamp


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.demo",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=Path, default=ROOT / "examples")
    parser.add_argument("--db", type=Path, default=ROOT / "schedules.db")
    args = parser.parse_args(argv)
    try:
        summary = build_demo(args.examples, args.db)
    except TrackerError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.db}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
