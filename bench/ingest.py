"""Benchmark: `tracker ingest` on 10,000 generated articles, and `tracker show` at that size.

Prints, all measured in this run:
  - articles/s of `tracker ingest FOLDER` as a whole process (parsing and storing), with the
    number of processes it used, and of a second run over the same folder (all already seen);
  - articles/s of the write path alone (`Store.add_article` with claims already extracted);
  - the database size;
  - `tracker show NAME` latency as a whole process (median and max of several runs), for the
    show with the most claims, side by side with `sqlite-utils --help` as a baseline, and the
    ratio of the two.

Articles come from bench/gen.py (its date-dense stress text: 3-6 KB of premiere news each,
about 20 claims per article, with a "Published:" dateline).

    python bench/ingest.py                      # 10,000 articles, default processes
    python bench/ingest.py --articles 2000 --jobs 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gen import iter_dated_articles

TODAY = "2019-06-01"
BIN = Path(sys.executable).parent


def write_articles(folder: Path, count: int, seed: int) -> int:
    folder.mkdir(parents=True)
    size = 0
    for i, (published, text) in enumerate(iter_dated_articles(count, seed, dense=True)):
        headline, _, body = text.partition("\n\n")
        dateline = f"Published: {published:%B} {published.day}, {published.year}"
        data = f"{headline}\n{dateline}\n\n{body}\n".encode()
        (folder / f"{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return elapsed, result


def latency(command: list[str], runs: int) -> tuple[float, float]:
    timed(command)  # warm the file cache
    times = [timed(command)[0] for _ in range(runs)]
    return statistics.median(times), max(times)


def store_only(db: Path, runs_dir: Path) -> float:
    """articles/s of Store.add_article with the claims the ingest stored, into a fresh file."""
    from tracker.load import Article
    from tracker.store import Store

    with Store.open(db, readonly=True) as source:
        articles = source.conn.execute(
            "SELECT id, url, title, published, published_basis, content_hash FROM sources "
            "ORDER BY id").fetchall()
        by_source: dict[int, list] = {}
        claims = source.claims()
        ids = [r[0] for r in source.conn.execute("SELECT source_id FROM claims ORDER BY id")]
        for source_id, claim in zip(ids, claims, strict=True):
            by_source.setdefault(source_id, []).append(claim)
    from datetime import date

    start = time.perf_counter()
    with Store.open(runs_dir / "store-only.db") as target:
        for sid, url, title, published, basis, digest in articles:
            article = Article("", url, title, date.fromisoformat(published) if published else None,
                              basis, digest)
            target.add_article(article, by_source.get(sid, []))
    return len(articles) / (time.perf_counter() - start)


def conn_value(db: Path, sql: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=None,
                    help="tracker ingest --jobs (default: its own)")
    ap.add_argument("--runs", type=int, default=10, help="runs per latency figure")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tracker-bench-ingest-"))
    try:
        news, db = work / "news", work / "bench.db"
        size = write_articles(news, args.articles, args.seed)
        print(f"articles: {args.articles:,} generated ({size / 1e6:.1f} MB, "
              f"{size / args.articles / 1000:.1f} KB each), {os.cpu_count()} CPUs")
        tracker = [str(BIN / "tracker"), "--db", str(db), "--today", TODAY]
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []

        elapsed, result = timed([*tracker, "ingest", str(news), *jobs])
        print(f"ingest:        {args.articles / elapsed:8.0f} articles/s  ({elapsed:.1f} s; "
              f"{result.stderr.strip()})")
        again, _ = timed([*tracker, "ingest", str(news), *jobs])
        print(f"re-ingest:     {args.articles / again:8.0f} articles/s  ({again:.1f} s, all seen)")
        print(f"store only:    {store_only(db, work):8.0f} articles/s  (Store.add_article, "
              f"claims given)")

        conn = sqlite3.connect(db)
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("sources", "shows", "claims", "entries")]
        name, most = conn.execute(
            "SELECT s.name, count(*) AS n FROM claims c JOIN shows s ON s.key = c.key "
            "GROUP BY c.key ORDER BY n DESC LIMIT 1").fetchone()
        conn.close()
        on_disk = sum(p.stat().st_size for p in work.glob("bench.db*"))
        print(f"database:      {on_disk / 1e6:8.1f} MB  ({counts[0]:,} sources, {counts[1]:,} "
              f"shows, {counts[2]:,} claims, {counts[3]:,} entries)")

        typical = conn_value(db, "SELECT s.name FROM claims c JOIN shows s ON s.key = c.key "
                                 "GROUP BY c.key ORDER BY count(*) LIMIT 1 OFFSET "
                                 f"{counts[1] // 2}")
        typical_med, _ = latency([*tracker, "show", typical], args.runs)
        show_med, show_max = latency([*tracker, "show", name], args.runs)
        base_med, base_max = latency([str(BIN / "sqlite-utils"), "--help"], args.runs)
        print(f"tracker show:  {show_med * 1000:8.0f} ms median, {show_max * 1000:.0f} ms max "
              f"({name!r}, {most} claims)")
        print(f"baseline:      {base_med * 1000:8.0f} ms median, {base_max * 1000:.0f} ms max "
              f"(sqlite-utils --help)")
        print(f"ratio:         {show_med / base_med:8.2f} x the baseline")
        print(f"typical show:  {typical_med * 1000:8.0f} ms median ({typical!r}, the median "
              f"show by claims)")
        check, _ = timed([*tracker, "db", "check"])
        print(f"db check:      {check:8.1f} s (integrity check and the whole timeline rebuilt)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
