"""Reading and parsing inputs for `tracker ingest`, in this process or a pool of them.

Inputs are parsed in batches of `BATCH`. The extractor knows every show stored when a
batch starts. After a first pass over the batch, the shows it found that were not known
yet become known titles too, and the articles that mention one of them without a claim
for it are parsed again: a show announced in one article is then found in the others that
name it without a release cue. The claims depend on the inputs and their order, never on
how many processes parse them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from tracker.errors import TrackerError

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from tracker.load import Article
    from tracker.model import Claim

BATCH = 200  # inputs per batch

_seen: frozenset[str] = frozenset()  # content hashes stored before the run (per process)


def remember(seen: frozenset[str]) -> None:
    """Tell this process which articles are stored already (a pool's initializer)."""
    global _seen
    _seen = seen


@dataclass
class Parsed:
    """One input's articles, each with its claims (None: already stored, not parsed)."""

    spec: str
    articles: list[tuple[Article, list[Claim] | None]] = field(default_factory=list)
    error: str = ""


@dataclass
class Parser:
    """Turns an input into dated articles and their claims (sent to worker processes)."""

    published: date | None  # --published: for articles that carry no date
    today: date
    titles: tuple[str, ...] = ()

    def dated(self, article: Article) -> Article:
        """The article with a publication date: its own, else --published, else today."""
        if self.published is not None and article.published_basis in ("", "file"):
            return replace(article, published=self.published, published_basis="option")
        if article.published is None:
            return replace(article, published=self.today, published_basis="today")
        return article

    def claims(self, article: Article) -> list[Claim]:
        from tracker.extract import extract_claims

        assert article.published is not None
        return extract_claims(article.text, published=article.published, known_titles=self.titles,
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
            if article.content_hash in _seen:
                parsed.articles.append((article, None))
                continue
            try:
                parsed.articles.append((article, self.claims(article)))
            except Exception as exc:  # a parser bug must not stop the other files
                reason = f"{type(exc).__name__}: {exc}"
                parsed.error = f"{article.source}: cannot extract claims ({reason})"
                return parsed
        return parsed

    def again(self, article: Article) -> list[Claim] | None:
        """Claims with more known titles; None if the extractor fails this time."""
        try:
            return self.claims(article)
        except Exception:  # the first pass's claims stand
            return None


@contextmanager
def pool(jobs: int, seen: frozenset[str]) -> Iterator[Executor | None]:
    """Worker processes (None: parse here), each told which articles are stored already."""
    remember(seen)
    if jobs <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=remember, initargs=(seen,))
    try:
        yield executor
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown()


def _submit(executor: Executor | None, fn: Callable, items: Sequence) -> Iterator:  # type: ignore[type-arg]
    """Start ``fn`` over ``items`` (in the pool, they run while this process goes on)."""
    if executor is None or len(items) < 2:
        return iter([fn(item) for item in items])
    return executor.map(fn, items, chunksize=max(1, len(items) // 16))


def _known(stored: list[str], written: list[Parsed] | None) -> tuple[str, ...]:
    """The titles stored once ``written`` is stored: its new shows under their first name."""
    from tracker.names import show_key

    titles = list(stored)
    keys = {show_key(title) for title in stored}
    for item in written or ():
        for _, claims in item.articles:
            for claim in claims or ():
                if claim.key not in keys:
                    keys.add(claim.key)
                    titles.append(claim.show)
    return tuple(titles)


def parse_batches(specs: Sequence[str], parser: Parser, executor: Executor | None,
                  titles: Callable[[], list[str]]) -> Iterator[list[Parsed]]:
    """Parsed inputs, a batch at a time, in input order (stdin read by this process).

    The caller stores each batch it gets before asking for the next; meanwhile the pool
    parses the next batch, with the titles known once the batch being stored is.
    """
    written: list[Parsed] | None = None
    for start in range(0, len(specs), BATCH):
        batch = specs[start:start + BATCH]
        parser.titles = _known(titles(), written)
        files = _submit(executor, parser, [spec for spec in batch if spec != "-"])
        if written is not None:
            yield written  # stored while the pool parses this batch
        parsed = [parser(spec) if spec == "-" else next(files) for spec in batch]
        _second_pass(parsed, parser, executor)
        written = parsed
    if written is not None:
        yield written


def _second_pass(parsed: list[Parsed], parser: Parser, executor: Executor | None) -> None:
    from tracker.names import show_key

    known = {show_key(title) for title in parser.titles}
    found: dict[str, str] = {}
    for item in parsed:
        for _, claims in item.articles:
            for claim in claims or ():
                if claim.key not in known:
                    found.setdefault(claim.key, claim.show)
    if not found:
        return
    again = replace(parser, titles=parser.titles + tuple(sorted(found.values())))
    todo = [(item, i) for item in parsed for i, (article, claims) in enumerate(item.articles)
            if claims is not None and _names_unclaimed(article.text, found, claims)]
    redone = list(_submit(executor, again.again, [item.articles[i][0] for item, i in todo]))
    for (item, i), claims in zip(todo, redone, strict=True):
        if claims is not None:
            item.articles[i] = (item.articles[i][0], claims)


def _names_unclaimed(text: str, found: dict[str, str], claims: list[Claim]) -> bool:
    """Whether the text names one of the newly found shows it has no claim about."""
    from tracker.names import show_key

    words = f" {show_key(text)} "
    claimed = {claim.key for claim in claims}
    return any(f" {key} " in words for key in found if key not in claimed)
