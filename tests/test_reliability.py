"""Reliability: concurrent ingests, a killed ingest, refused databases, hostile input files.

These run `python -m tracker` as real processes against real files.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tracker.store import SCHEMA_VERSION

TODAY = "2016-01-14"
FIRST = ["Amber", "Brass", "Cobalt", "Dusk", "Ember", "Frost", "Granite", "Hazel", "Indigo",
         "Juniper", "Kestrel", "Linden", "Marble", "Nettle", "Onyx", "Pewter"]
SECOND = ["Harbor", "Kingdom", "Frontier", "Orchard", "Signal", "Station", "Canyon", "Lantern"]


def tracker(db: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tracker", "--db", str(db), "--today", TODAY, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False,
                          **kwargs)


def article_text(name: str, day: int) -> str:
    return (f"{name} gets a date\nPublished: January {day}, 2016\n\n"
            f"{name} season 2 premieres on 2016-03-{day:02d}, the network said on Tuesday. "
            f"The cast returns for ten episodes.\n")


def write_articles(folder: Path, names: list[str]) -> dict[str, str]:
    """One article per show name; returns file name → show name."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i, name in enumerate(names):
        path = folder / f"{i:04d}.txt"
        path.write_text(article_text(name, i % 28 + 1), encoding="utf-8")
        written[path.name] = name
    return written


def expected_claims(path: Path) -> set[tuple[str, int | None, str]]:
    """What the extractor says about one file, as (show key, season, window)."""
    from tracker.extract import extract_claims
    from tracker.load import read_source

    (art,) = read_source(str(path))
    assert art.published is not None
    return {(c.key, c.season, str(c.window))
            for c in extract_claims(art.text, published=art.published, source=str(path))}


def stored_claims(db: Path) -> dict[str, set[tuple[str, int | None, str]]]:
    """Claims in the database by source path."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT s.url, c.key, c.season, c.start_date, c.end_date, c.precision FROM sources s "
        "LEFT JOIN claims c ON c.source_id = s.id"
    ).fetchall()
    conn.close()
    stored: dict[str, set[tuple[str, int | None, str]]] = {}
    for url, key, season, start, end, precision in rows:
        claims = stored.setdefault(url, set())
        if key is not None:
            window = "tba" if start is None else (
                f"{start} {precision}" if start == end else f"{start}..{end} {precision}")
            claims.add((key, season, window))
    return stored


def test_four_ingests_at_once_all_land(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"  # created by whichever process gets there first
    names = [f"{a} {b}" for a in FIRST for b in SECOND[:3]][:48]
    folders = [tmp_path / f"feed{i}" for i in range(4)]
    for i, folder in enumerate(folders):
        write_articles(folder, names[i * 12:(i + 1) * 12])
    command = [sys.executable, "-m", "tracker", "--db", str(db), "--today", TODAY, "ingest"]
    procs = [subprocess.Popen([*command, str(f), "-j", "1"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f in folders]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    stored = stored_claims(db)
    expected = {str(path): expected_claims(path) for f in folders for path in sorted(f.iterdir())}
    assert all(expected.values())
    assert stored == expected
    assert "integrity        ok" in tracker(db, "db", "check").stdout


def test_killed_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    names = [f"{a} {b} {n}" for n in ("One", "Two", "Three", "Four", "Five", "Six", "Seven",
                                     "Eight") for a in FIRST for b in SECOND]
    folder = tmp_path / "news"
    write_articles(folder, names[:400])
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", "--db", str(db), "--today", TODAY, "ingest", str(folder),
         "-j", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_sources(db, at_least=20, proc=proc)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    check = tracker(db, "db", "check")
    assert check.returncode == 0 and "integrity        ok" in check.stdout, check.stderr
    stored = stored_claims(db)
    assert 20 <= len(stored) < 400
    for url, claims in stored.items():  # every article that landed landed whole
        assert claims == expected_claims(Path(url)), url
    again = tracker(db, "ingest", str(folder))  # and the rest lands on the next run
    assert again.returncode == 0, again.stderr
    assert f"{len(stored)} skipped as already seen" in again.stderr
    assert len(stored_claims(db)) == 400


def _wait_for_sources(db: Path, *, at_least: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        # (closed on every path: a reader left open across the kill keeps the WAL index the
        # killed writer never finished updating, and this process would then read one article
        # fewer than the next ingest finds)
        try:
            with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
                count = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
            if count >= at_least:
                return
        except sqlite3.Error:
            pass
        time.sleep(0.01)


# -- refused databases: one line, exit 1, the file byte for byte as it was -----------------------


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only, even for root (immutable flag), then restore it."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("running as root and chattr +i is not available")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    write_articles(folder, ["Amber Harbor", "Brass Kingdom"])
    return folder


@pytest.mark.parametrize(
    ("make", "message"),
    [(lambda p: p.write_bytes(b"Daredevil season 2\n" * 50), "is not a SQLite database"),
     (_newer_schema, "newer tracker")],
    ids=["not-sqlite", "newer-schema"],
)
@pytest.mark.parametrize("command", [("ingest", "NEWS"), ("add", "Severance"), ("upcoming",),
                                     ("show", "Severance"), ("db", "check")],
                         ids=["ingest", "add", "upcoming", "show", "db-check"])
def test_refused_database_is_untouched(tmp_path: Path, news: Path, make, message: str,
                                       command: tuple[str, ...]) -> None:
    db = tmp_path / "data.db"
    make(db)
    before = db.read_bytes()
    result = tracker(db, *[str(news) if a == "NEWS" else a for a in command])
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.db", "news"]


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("command", [("ingest", "NEWS"), ("add", "Severance")],
                         ids=["ingest", "add"])
def test_read_only_database_is_untouched(tmp_path: Path, news: Path, what: str,
                                         command: tuple[str, ...]) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "t.db"
    assert tracker(db, "add", "Luke Cage", "-s", "1", "-w", "2016-09-30").returncode == 0
    before = db.read_bytes()
    with read_only(db if what == "file" else folder):
        result = tracker(db, *[str(news) if a == "NEWS" else a for a in command])
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "read-only" in result.stderr, result.stderr
        assert db.read_bytes() == before
        shown = tracker(db, "show", "Luke Cage")  # reading still works
        assert shown.returncode == 0 and "Sep 30 2016" in shown.stdout, shown.stderr
    assert db.read_bytes() == before


def test_invalid_utf8_and_huge_files_are_handled(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_articles(folder, ["Amber Harbor"])
    (folder / "latin.txt").write_bytes(
        "Cobalt Canyon gets a date\nPublished: January 5, 2016\n\nCobalt Canyon season 2 "
        "premieres on 2016-04-01 \u2013 \u201cfinally\u201d.\n".encode("cp1252") + b"\xff\xfe\x81")
    with (folder / "huge.txt").open("wb") as handle:
        chunk = b"All work and no play makes a long article. " * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    db = tmp_path / "t.db"
    result = tracker(db, "ingest", str(folder))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith("failed:")] == [
        line for line in lines if "huge.txt" in line]
    assert len(lines) == 2 and "too large" in lines[0]
    assert lines[1].startswith("2 articles read, 0 skipped as already seen")
    stored = stored_claims(db)
    assert stored[str(folder / "latin.txt")] == expected_claims(folder / "latin.txt")
    assert str(folder / "huge.txt") not in stored


def test_huge_stdin_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = tracker(db, "ingest", "-", input="x" * (50 * 1024 * 1024))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "too large" in result.stderr.splitlines()[0]


def test_reingesting_adds_nothing(tmp_path: Path, news: Path) -> None:
    db = tmp_path / "t.db"
    assert tracker(db, "ingest", str(news)).returncode == 0
    before = stored_claims(db)
    again = tracker(db, "ingest", str(news))
    assert again.returncode == 0
    assert "2 articles read, 2 skipped as already seen, 0 claims added" in again.stderr
    assert stored_claims(db) == before
