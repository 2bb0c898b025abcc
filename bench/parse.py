"""Benchmark: tracker.extract.extract_claims over >= 10,000 generated articles.

Articles are 3-6 KB with the date density of real news (bench/gen.py; ``--dense`` takes its
stress text instead, a date or a number trap in nearly every sentence). Measures on one core:
  - articles/s (only the extract_claims calls are timed; generating the text is not);
  - memory as the run goes on, to show it stays flat: the process RSS and the tracemalloc
    peak of each stretch (articles 1-1,000, 1,001-5,000, 5,001-10,000 by default). The
    tracemalloc figures come from a second pass, so tracing does not slow the timed one;
  - the same sample of articles through dateparser.search_dates, one call per article, as a
    crude "find the dates" baseline (it finds dates only: no shows, no seasons, no windows),
    side by side in this run, and the ratio.

No spaCy baseline: spaCy installs from PyPI, but its English models are not published there
(only unofficial re-uploads), so the comparison uses dateparser alone.

Target (issue 3): >= 1,000 articles/s on one core. Run:

    pip install -e '.[bench]'
    python bench/parse.py                        # 10,000 articles, 50-article dateparser sample
    python bench/parse.py --articles 20000 --checkpoints 1000,10000,20000
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, datetime
from itertools import islice

from gen import iter_dated_articles

Extract = Callable[..., list]


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def rss_mb() -> float:
    """Resident set size now, from /proc (Linux), else the peak from getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


DENSE = False  # set from --dense: gen.py's date-dense stress articles


def articles(count: int, seed: int) -> Iterator[tuple[int, date, str]]:
    for index, (published, text) in enumerate(iter_dated_articles(count, seed, DENSE), start=1):
        yield index, published, text


def timed_pass(extract: Extract, count: int, seed: int, checkpoints: list[int]) -> None:
    """Extract from every article, timing only the calls; print a line at each checkpoint."""
    seconds = 0.0
    claims = 0
    size = 0
    print(f"{'articles':>9} {'articles/s':>11} {'MB/s':>6} {'claims':>8} {'RSS MB':>7}")
    for index, published, text in articles(count, seed):
        start = time.perf_counter()
        found = extract(text, published=published, source=f"gen-{index}")
        seconds += time.perf_counter() - start
        claims += len(found)
        size += len(text.encode())
        if index in checkpoints:
            print(f"{index:>9,} {index / seconds:>11,.0f} {size / 1e6 / seconds:>6.2f} "
                  f"{claims:>8,} {rss_mb():>7.1f}")
    rate = count / seconds
    print(f"overall: {rate:,.0f} articles/s over {count:,} articles "
          f"({seconds:.1f} s in extract_claims); target >= 1,000: "
          f"{'met' if rate >= 1000 else 'NOT met'}")


def traced_pass(extract: Extract, count: int, seed: int, checkpoints: list[int]) -> None:
    """Peak traced memory within each stretch between checkpoints (flat = no growth)."""
    gc.collect()
    tracemalloc.start()
    begin = 1
    for index, published, text in articles(count, seed):
        extract(text, published=published, source=f"gen-{index}")
        if index in checkpoints:
            current, peak = tracemalloc.get_traced_memory()
            print(f"  articles {begin:>6,}-{index:<6,} peak {peak / 1e6:6.2f} MB, "
                  f"still held {current / 1e6:6.2f} MB")
            tracemalloc.reset_peak()
            begin = index + 1
    tracemalloc.stop()


def baseline(extract: Extract, sample: int, seed: int) -> None:
    """The first ``sample`` articles through both, one after the other."""
    from dateparser.search import search_dates

    batch = list(islice(iter_dated_articles(sample, seed + 1, DENSE), sample))

    def search(text: str, published: date) -> object:
        base = datetime.combine(published, datetime.min.time())
        return search_dates(text, languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})

    search(batch[0][1][:200], batch[0][0])  # dateparser loads its language data here
    start = time.perf_counter()
    ours = sum(len(extract(text, published=published)) for published, text in batch)
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = sum(len(search(text, published) or ()) for published, text in batch)
    theirs_s = time.perf_counter() - start
    print(f"\nsame {len(batch)} articles, one after the other")
    print(f"  extract_claims:          {len(batch) / ours_s:10,.1f} articles/s, {ours:,} claims")
    print(f"  dateparser.search_dates: {len(batch) / theirs_s:10,.1f} articles/s, "
          f"{theirs:,} dates")
    print(f"  ratio:                   {theirs_s / ours_s:10,.1f}x faster")


def corpus_pass(extract: Extract, rounds: int = 10) -> None:
    """For scale: the project's own labelled articles (tests/corpus and examples, real-length
    news of about 1 KB rather than gen.py's 3-6 KB), ``rounds`` times over."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    batch = []
    for folder in (root / "tests" / "corpus", root / "examples"):
        listing = folder / "articles.jsonl"
        if not listing.exists():
            continue
        for line in listing.read_text(encoding="utf-8").splitlines():
            meta = json.loads(line)
            path = folder / "articles" / f"{meta['id']}.txt"
            if path.exists():  # (the few HTML articles are left out: this times the parser)
                text = path.read_text(encoding="utf-8")
                batch.append((date.fromisoformat(meta["published"]), text))
    if not batch:
        return
    size = sum(len(text.encode()) for _, text in batch)
    start = time.perf_counter()
    for _ in range(rounds):
        for published, text in batch:
            extract(text, published=published)
    seconds = time.perf_counter() - start
    print(f"\nthe project's corpus articles ({len(batch)} articles, {size / len(batch) / 1e3:.1f} KB "
          f"on average), {rounds} rounds: {len(batch) * rounds / seconds:,.0f} articles/s, "
          f"{size * rounds / 1e6 / seconds:.2f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--checkpoints", default="1000,5000,10000",
                        help="article counts to report at (default 1000,5000,10000)")
    parser.add_argument("--sample", type=int, default=50, help="articles for the baseline")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--dense", action="store_true",
                        help="gen.py's date-dense stress articles (about 20 claims each)")
    args = parser.parse_args()
    global DENSE
    DENSE = args.dense
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",")} | {args.articles})

    try:
        from tracker.extract import extract_claims
    except ImportError as exc:
        raise SystemExit(f"tracker.extract is not available yet: {exc}") from None

    print(f"python {platform.python_version()} on {platform.machine()}, {pin_to_one_core()}")
    kind = "date-dense stress" if args.dense else "article-like"
    print(f"{args.articles:,} generated {kind} articles (seed {args.seed}), timed pass:")
    extract_claims("Warm-up: the show returns in March.", published=date(2016, 1, 14))
    timed_pass(extract_claims, args.articles, args.seed, checkpoints)
    corpus_pass(extract_claims)
    if not args.no_trace:
        print("\ntracemalloc pass (slower; memory only):")
        traced_pass(extract_claims, args.articles, args.seed, checkpoints)
    if args.sample:
        baseline(extract_claims, args.sample, args.seed)


if __name__ == "__main__":
    main()
