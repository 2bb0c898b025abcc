"""Benchmark: the terminal views on a large timeline, as whole processes.

Builds (once, then reuses) a database of 10,000 shows and 50,000 claims through the store's
own write path: five rounds of news per show, each narrowing or moving the estimate (a year,
then a season, then a month, then a date, then sometimes a delay), about one show in ten never
dated (TBA). Then times, side by side in this run:

  - `sqlite-utils --help` (the baseline: a comparable click CLI doing nothing);
  - `tracker --help`;
  - `tracker upcoming` with stdout piped (the plain fast path), plus `-f json`,
    `--days 30`, `timeline` and `dashboard` for context;

and prints the median and best of several runs, the ratio to the baseline, and the targets
(upcoming within 0.3 s, --help within 0.15 s).

    python bench/views.py                      # 10,000 shows, 50,000 claims
    python bench/views.py --shows 2000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BIN = Path(sys.executable).parent
TODAY = "2016-06-01"
TARGETS = {"tracker upcoming": 0.3, "tracker --help": 0.15}
ROUNDS = 5


def _window(rng: random.Random, round_no: int, anchor: date):
    from tracker.model import Precision, Window

    if round_no == 0:
        return Window(date(anchor.year, 1, 1), date(anchor.year, 12, 31), Precision.YEAR,
                      str(anchor.year))
    if round_no == 1:
        start = date(anchor.year, 9, 1) if anchor.month >= 6 else date(anchor.year, 3, 1)
        end = date(anchor.year, 11, 30) if anchor.month >= 6 else date(anchor.year, 5, 31)
        return Window(start, end, Precision.SEASON, "fall" if anchor.month >= 6 else "spring")
    if round_no == 2:
        first = date(anchor.year, anchor.month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return Window(first, last, Precision.MONTH, f"in {first:%B}")
    day = anchor + timedelta(days=rng.randint(0, 20) if round_no == 4 else 0)
    return Window.day(day, f"{day:%B} {day.day}")


def build_database(path: Path, *, shows: int, seed: int = 7) -> tuple[int, int]:
    """Fill ``path`` with ``shows`` shows and ``ROUNDS`` claims each; returns the counts."""
    from tracker.load import Article
    from tracker.model import Claim, Window
    from tracker.names import show_key
    from tracker.store import Store

    rng = random.Random(seed)
    names = [f"Bench Show {i:05d}" for i in range(shows)]
    anchors = [date(2015, 1, 1) + timedelta(days=rng.randint(0, 4 * 365)) for _ in names]
    never_dated = {i for i in range(shows) if rng.random() < 0.1}
    per_article = 100
    store = Store.open(path)
    try:
        for round_no in range(ROUNDS):
            published = date(2014, 6, 1) + timedelta(days=90 * round_no)
            for first in range(0, shows, per_article):
                claims = []
                for i in range(first, min(first + per_article, shows)):
                    window = (Window.tba("no date yet") if i in never_dated
                              else _window(rng, round_no, anchors[i]))
                    claims.append(Claim(names[i], show_key(names[i]), 1 + i % 3, window,
                                        evidence=f"{names[i]} returns.", source="bench",
                                        published=published))
                text = f"round {round_no} article {first}"
                store.add_article(Article(text, f"bench-{round_no}-{first}.txt",
                                          published=published, content_hash=text), claims)
        counts = store.counts()
    finally:
        store.close()
    return counts.shows, counts.claims


# As installed: Python may cache compiled modules (some shells set PYTHONDONTWRITEBYTECODE,
# which makes every run compile every module from source and measures that instead).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False, env=ENV)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Runs every command ``runs`` times, interleaved so load changes hit all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm the OS cache once
        timed(command)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path, help="database to build or reuse "
                        "(default: a fresh temporary file)")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory(prefix="tracker-bench-views-")
    db = args.db or Path(folder.name) / "views.db"
    if not db.exists():
        start = time.perf_counter()
        shows, claims = build_database(db, shows=args.shows)
        print(f"built {db.name}: {shows:,} shows, {claims:,} claims "
              f"in {time.perf_counter() - start:.1f} s ({db.stat().st_size / 1e6:.1f} MB)")
    tracker = [str(BIN / "tracker"), "--db", str(db), "--today", TODAY]
    upcoming_rows = subprocess.run([*tracker, "upcoming"], capture_output=True, text=True,
                                   check=True, env=ENV).stdout.count("\n") - 1
    commands = {
        "sqlite-utils --help": [str(BIN / "sqlite-utils"), "--help"],
        "tracker --help": [str(BIN / "tracker"), "--help"],
        "tracker upcoming": [*tracker, "upcoming"],
        "tracker upcoming -f json": [*tracker, "upcoming", "-f", "json"],
        "tracker upcoming --days 30": [*tracker, "upcoming", "--days", "30"],
        "tracker timeline": [*tracker, "timeline"],
        "tracker dashboard": [*tracker, "dashboard"],
    }
    times = measure(commands, args.runs)
    baseline = statistics.median(times["sqlite-utils --help"])
    print(f"\nwhole processes, stdout piped, {args.runs} runs each, today {TODAY}; "
          f"`tracker upcoming` lists {upcoming_rows:,} seasons\n")
    print(f"{'command':<28} {'median':>8} {'best':>8} {'× baseline':>11}  target (best run)")
    for name, values in times.items():
        median = statistics.median(values)
        target = TARGETS.get(name)
        verdict = "" if target is None else (
            f"{target:.2f} s {'ok' if min(values) <= target else 'MISSED'}")
        print(f"{name:<28} {median:>7.3f}s {min(values):>7.3f}s {median / baseline:>10.2f}×  "
              f"{verdict}")
    print("\nin one process (best of 5): " + ", ".join(
        f"{name} {seconds:.3f} s" for name, seconds in phases(db, date.fromisoformat(TODAY))))
    folder.cleanup()


def phases(db: Path, today: date) -> list[tuple[str, float]]:
    """Where `tracker upcoming` spends its time once imported: store, selection, text."""
    from tracker.query import filter_entries
    from tracker.render.upcoming import upcoming_text
    from tracker.store import Store

    best: dict[str, float] = {}
    with Store.open(db, readonly=True) as store:
        for _ in range(5):
            marks = [time.perf_counter()]
            entries = store.entries(today=today)
            marks.append(time.perf_counter())
            chosen = filter_entries(entries, today=today)
            marks.append(time.perf_counter())
            upcoming_text(chosen, today=today)
            marks.append(time.perf_counter())
            for name, a, b in zip(("Store.entries", "filter_entries", "upcoming_text"),
                                  marks, marks[1:]):
                best[name] = min(best.get(name, b - a), b - a)
    return list(best.items())


if __name__ == "__main__":
    main()
