"""`tracker ingest PATH|URL|-...`: read articles, extract their claims, store them.

Reading and parsing may run in several processes (see `tracker.cli.parsing`); this process
alone writes, one transaction per article, in input order. An article seen before (same
content hash) is skipped. A file that cannot be read or parsed is reported on one line and
skipped; the exit code is then 1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from tracker.cli import cli
from tracker.cli.app import DATE, App, global_options, pass_app
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from tracker.cli.parsing import Parsed
    from tracker.store import Store

PARALLEL_FROM = 40  # files; below this, one process is faster than starting a pool


@dataclass
class Tally:
    read: int = 0
    skipped: int = 0
    claims: int = 0
    shows: int = 0
    failed: int = 0

    def summary(self) -> str:
        return (f"{self.read} article{'s' if self.read != 1 else ''} read, {self.skipped} "
                f"skipped as already seen, {self.claims} claims added, {self.shows} new shows, "
                f"{self.failed} failed")


class Writer:
    """The single writer: stores parsed articles in input order, one transaction each."""

    def __init__(self, store: Store, err: Any) -> None:
        self.store, self.err = store, err
        self.tally = Tally()

    def take(self, parsed: Parsed) -> None:
        for article, claims in parsed.articles:
            self.tally.read += 1
            if claims is None:  # stored before this run: not parsed
                self.tally.skipped += 1
                continue
            result = self.store.add_article(article, claims)
            self.tally.skipped += int(not result.new)
            self.tally.claims += result.claims_added
            self.tally.shows += result.shows_new
        if parsed.error:
            self.tally.failed += 1
            say(self.err, f"failed: {parsed.error}")


def say(err: Any, message: str) -> None:
    """One line on stderr, never wrapped, control characters removed."""
    from tracker.render.style import clean

    err.print(clean(message), soft_wrap=True)


def default_jobs(count: int) -> int:
    return 1 if count < PARALLEL_FROM else max(1, min(os.cpu_count() or 1, 4))


def expand(specs: Sequence[str], err: Any) -> tuple[list[str], int]:
    """Inputs with folders expanded; a folder that cannot be listed is reported and counted."""
    from tracker.load import iter_paths

    paths: list[str] = []
    failed = 0
    for spec in specs:
        try:
            paths.extend(iter_paths([spec]))
        except TrackerError as exc:
            say(err, f"failed: {exc}")
            failed += 1
    return paths, failed


@contextmanager
def _progress(app: App, total: int) -> Iterator[Any]:
    """A progress bar on stderr when it is a terminal; otherwise a no-op advance."""
    if not app.err.is_terminal or total < 2:
        yield lambda: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=app.err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda: progress.advance(task)


@cli.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--published", type=DATE, help="Publication date for articles that carry none.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help=f"Parser processes (default: 1 under {PARALLEL_FROM} files, else up to 4).")
@global_options()
@pass_app
def ingest(app: App, sources: tuple[str, ...], published: date | None, jobs: int | None) -> None:
    """Read articles (files, folders, URLs, - for stdin) and store their premiere claims.

    \b
    Examples:
      tracker ingest examples/
      curl -s https://example.com/tv-news | tracker ingest - --published 2016-01-14
    """
    from tracker.cli.parsing import Parser, parse_batches, pool

    store = app.store()
    specs, failed = expand(sources, app.err)
    seen = frozenset(r[0] for r in store.conn.execute("SELECT content_hash FROM sources"))
    writer = Writer(store, app.err)
    with pool(jobs or default_jobs(len(specs)), seen) as executor, \
            _progress(app, len(specs)) as advance:
        batches = parse_batches(specs, Parser(published, app.today), executor, store.known_titles)
        for batch in batches:
            for parsed in batch:
                writer.take(parsed)
                advance()
    writer.tally.failed += failed
    say(app.err, writer.tally.summary())
    if writer.tally.failed:
        raise SystemExit(1)
