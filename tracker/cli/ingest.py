"""`tracker ingest PATH|URL|-...`: read articles, extract their claims, store them.

Reading and parsing may run in several processes; this process alone writes, one transaction
per article, in input order. An article seen before (same content hash) is skipped. A file
that cannot be read or parsed is reported on one line and skipped; the exit code is then 1.

Every show in the database when the run starts is a known title for the extractor (so a
show added by hand is found in the articles); shows first found during the run become known
titles for the next run. So the claims do not depend on how many processes parse.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from tracker.cli import cli
from tracker.cli.app import DATE, App, global_options, pass_app
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from tracker.load import Article
    from tracker.model import Claim
    from tracker.store import Store

PARALLEL_FROM = 40  # files; below this, one process is faster than starting a pool


@dataclass
class Parsed:
    """One input's articles, each with its claims (None: already stored, not parsed)."""

    spec: str
    articles: list[tuple[Article, list[Claim] | None]] = field(default_factory=list)
    error: str = ""


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


@dataclass
class Parser:
    """What a worker needs to turn an input into articles and claims (picklable)."""

    published: date | None
    today: date
    titles: tuple[str, ...] = ()
    seen: frozenset[str] = frozenset()

    def dated(self, article: Article) -> Article:
        """The article with a publication date: its own, else --published, else today."""
        if self.published is not None and article.published_basis in ("", "file"):
            return replace(article, published=self.published, published_basis="option")
        if article.published is None:
            return replace(article, published=self.today, published_basis="today")
        return article

    def claims(self, article: Article, titles: Sequence[str]) -> list[Claim]:
        from tracker.extract import extract_claims

        assert article.published is not None
        return extract_claims(article.text, published=article.published, known_titles=titles,
                              source=article.source, published_basis=article.published_basis)

    def __call__(self, spec: str) -> Parsed:
        from tracker.load import read_source

        parsed = Parsed(spec)
        try:
            articles = read_source(spec)
        except TrackerError as exc:
            parsed.error = str(exc)
            return parsed
        for article in map(self.dated, articles):
            if article.content_hash in self.seen:
                parsed.articles.append((article, None))
                continue
            try:
                parsed.articles.append((article, self.claims(article, self.titles)))
            except Exception as exc:  # a parser bug must not stop the other files
                reason = f"{type(exc).__name__}: {exc}"
                parsed.error = f"{article.source}: cannot extract claims ({reason})"
                return parsed
        return parsed


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


@contextmanager
def _pool(jobs: int) -> Iterator[Executor | None]:
    if jobs <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))
    try:
        yield executor
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown()


def parse_all(specs: Sequence[str], parser: Parser, jobs: int) -> Iterator[Parsed]:
    """Parsed inputs in input order; standard input is always read by this process."""
    with _pool(jobs) as executor:
        files = [spec for spec in specs if spec != "-"]
        results = iter(executor.map(parser, files, chunksize=4) if executor else map(parser, files))
        for spec in specs:
            yield parser(spec) if spec == "-" else next(results)


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
    store = app.store()
    specs, failed = expand(sources, app.err)
    seen = frozenset(r[0] for r in store.conn.execute("SELECT content_hash FROM sources"))
    parser = Parser(published, app.today, tuple(store.known_titles()), seen)
    writer = Writer(store, app.err)
    with _progress(app, len(specs)) as advance:
        for parsed in parse_all(specs, parser, jobs or default_jobs(len(specs))):
            writer.take(parsed)
            advance()
    writer.tally.failed += failed
    say(app.err, writer.tally.summary())
    if writer.tally.failed:
        raise SystemExit(1)
