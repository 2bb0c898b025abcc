"""Benchmark: tracker.temporal.tag_dates against dateparser.search.search_dates.

On >= 2 MB of generated article text (bench/gen.py), measures on one core:
  - tag_dates throughput in MB/s, calling it once on the whole text and once per paragraph;
  - per-paragraph latency (median, p95, max);
  - the same sample of paragraphs through tag_dates and dateparser's search_dates, side by
    side in this run, and the ratio of the two.

Targets (issue 2): >= 2 MB/s and >= 50x faster than dateparser. Run:

    pip install -e '.[bench]'
    python bench/temporal.py                # 2.5 MB, a 300-paragraph dateparser sample
    python bench/temporal.py --mb 5 --sample 500
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime

from gen import generate_text

from tracker.temporal import tag_dates

TODAY = date(2016, 6, 15)


def pin_to_one_core() -> str:
    """Keep the process on one CPU so the figures are single-core figures."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def time_each(func: Callable[[str], object], texts: Sequence[str]) -> tuple[list[float], int]:
    """Seconds per call for each text, and the number of results found in all."""
    seconds: list[float] = []
    found = 0
    for text in texts:
        start = time.perf_counter()
        result = func(text)
        seconds.append(time.perf_counter() - start)
        found += len(result or ())  # type: ignore[arg-type]
    return seconds, found


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1_000_000


def percentile(values: Sequence[float], pct: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def tagger(text: str) -> list[object]:
    return tag_dates(text, today=TODAY)  # type: ignore[return-value]


def dateparser_search() -> Callable[[str], object]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(TODAY, datetime.min.time()),
                "PREFER_DATES_FROM": "future"}

    def search(text: str) -> object:
        # English only: the fastest setting dateparser offers (no language detection).
        return search_dates(text, languages=["en"], settings=settings)

    return search


def sample_every(items: Sequence[str], count: int) -> list[str]:
    step = max(1, len(items) // count)
    return list(items[::step][:count])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.5, help="megabytes of text (default 2.5)")
    parser.add_argument("--sample", type=int, default=300,
                        help="paragraphs given to dateparser (default 300)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    pinned = pin_to_one_core()
    text = generate_text(args.mb, seed=args.seed)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    print(f"python {platform.python_version()} on {platform.machine()}, {pinned}")
    print(f"corpus: {megabytes([text]):.2f} MB, {len(paragraphs):,} paragraphs, seed {args.seed}")

    time_each(tagger, paragraphs[:200])  # warm up caches and compiled patterns
    whole_start = time.perf_counter()
    whole_found = len(tag_dates(text, today=TODAY))
    whole_seconds = time.perf_counter() - whole_start
    per_paragraph, found = time_each(tagger, paragraphs)
    total = sum(per_paragraph)
    micro = [s * 1e6 for s in per_paragraph]
    print("\ntag_dates")
    print(f"  whole text in one call:  {megabytes([text]) / whole_seconds:8.2f} MB/s "
          f"({whole_seconds:.2f} s, {whole_found:,} mentions)")
    print(f"  one call per paragraph:  {megabytes(paragraphs) / total:8.2f} MB/s "
          f"({total:.2f} s, {found:,} mentions)")
    print(f"  per-paragraph latency:   median {statistics.median(micro):.0f} us, "
          f"p95 {percentile(micro, 95):.0f} us, max {max(micro):.0f} us")

    sample = sample_every(paragraphs, args.sample)
    search = dateparser_search()
    search(sample[0])  # dateparser loads its language data on the first call
    # The tagger's pass over the sample is short, so take the median of five passes.
    passes = [time_each(tagger, sample) for _ in range(5)]
    ours_s = statistics.median(sum(seconds) for seconds, _ in passes)
    ours_found = passes[0][1]
    theirs, theirs_found = time_each(search, sample)
    sample_mb = megabytes(sample)
    ours_rate, theirs_rate = sample_mb / ours_s, sample_mb / sum(theirs)
    ratio = sum(theirs) / ours_s
    print(f"\nsame sample, {len(sample)} paragraphs ({sample_mb * 1000:.0f} KB), "
          "one after the other")
    print(f"  tag_dates (median of 5): {ours_rate:10.3f} MB/s, {ours_found:,} mentions")
    print(f"  dateparser.search_dates: {theirs_rate:10.3f} MB/s, {theirs_found:,} dates")
    print(f"  ratio:                   {ratio:10.1f}x faster")
    rate = megabytes(paragraphs) / total
    print(f"\ntargets: >= 2 MB/s {'met' if rate >= 2 else 'NOT met'} ({rate:.2f}); "
          f">= 50x dateparser {'met' if ratio >= 50 else 'NOT met'} ({ratio:.0f}x)")


if __name__ == "__main__":
    main()
