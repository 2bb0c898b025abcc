"""`tracker ingest`: files, folders, stdin, dates, idempotence, failures, titles, processes."""

from __future__ import annotations

import re
import sqlite3
import sys
import types
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tracker.cli import cli
from tracker.model import Claim, Window
from tracker.names import show_key

TODAY = "2016-01-14"


def invoke(db: Path, *args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), "--today", TODAY, *args], input=input,
                              catch_exceptions=False)


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "t.db"


# -- wiring, with a stand-in extractor whose output is known ----------------------------------

_CUE = re.compile(r"NEW SHOW: ([A-Z][\w ]+?)\.")


def fake_extract(text: str, *, published: date, known_titles: Any = (), source: str = "",
                 published_basis: str = "") -> list[Claim]:
    """Finds "NEW SHOW: Name." cues, and every known title the text mentions; logs its calls."""
    fake_extract.calls.append((source, published, published_basis, tuple(known_titles)))
    names = [m.group(1) for m in _CUE.finditer(text)]
    names += [t for t in known_titles if t in text and t not in names]
    return [Claim(show=n, key=show_key(n), season=1, window=Window.tba(), source=source,
                  published=published, published_basis=published_basis, evidence=text[:40])
            for n in names]


fake_extract.calls = []  # type: ignore[attr-defined]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Any:
    module = types.ModuleType("tracker.extract")
    module.extract_claims = fake_extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tracker.extract", module)
    fake_extract.calls.clear()  # type: ignore[attr-defined]
    return fake_extract


def test_summary_line_counts_everything(db: Path, tmp_path: Path, fake: Any) -> None:
    (tmp_path / "a.txt").write_text("NEW SHOW: Quiet Vale. NEW SHOW: Iron Atlas.")
    (tmp_path / "b.txt").write_text("NEW SHOW: Quiet Vale. Another paper says so too.")
    result = invoke(db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 0
    assert result.stderr == (
        "2 articles read, 0 skipped as already seen, 3 claims added, 2 new shows, 0 failed\n")
    assert result.stdout == ""


def test_same_article_twice_adds_nothing(db: Path, tmp_path: Path, fake: Any) -> None:
    (tmp_path / "a.txt").write_text("NEW SHOW: Quiet Vale.")
    (tmp_path / "copy.txt").write_text("NEW SHOW:   Quiet Vale.\n")  # same words, re-wrapped
    invoke(db, "ingest", str(tmp_path / "a.txt"))
    result = invoke(db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "copy.txt"))
    assert "2 articles read, 2 skipped as already seen, 0 claims added" in result.stderr
    assert rows(db, "SELECT count(*) FROM claims") == [(1,)]
    assert len(fake.calls) == 1  # seen articles are not parsed again


def test_bad_file_is_one_line_and_the_rest_lands(db: Path, tmp_path: Path, fake: Any) -> None:
    (tmp_path / "a.txt").write_text("NEW SHOW: Quiet Vale.")
    result = invoke(db, "ingest", str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"failed: {tmp_path / 'missing.txt'}: no such file",
        "1 article read, 0 skipped as already seen, 1 claims added, 1 new shows, 1 failed",
    ]


def test_parser_crash_is_reported_not_raised(db: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, **kwargs: Any) -> list[Claim]:
        raise ValueError("regex exploded")

    module = types.ModuleType("tracker.extract")
    module.extract_claims = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tracker.extract", module)
    (tmp_path / "a.txt").write_text("Anything at all.")
    result = invoke(db, "ingest", str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    assert "cannot extract claims (ValueError: regex exploded)" in result.stderr.splitlines()[0]
    assert rows(db, "SELECT count(*) FROM sources") == [(0,)]


# (id, file text, --published, expected (published, basis))
DATES = [
    ("dateline-wins", "Published: January 5, 2016\n\nNEW SHOW: Quiet Vale.", "2016-01-10",
     ("2016-01-05", "dateline")),
    ("option-when-none", "NEW SHOW: Quiet Vale.", "2016-01-10", ("2016-01-10", "option")),
]


@pytest.mark.parametrize(("text", "option", "expected"), [r[1:] for r in DATES],
                         ids=[r[0] for r in DATES])
def test_publication_date(db: Path, tmp_path: Path, fake: Any, text: str, option: str,
                          expected: tuple[str, str]) -> None:
    (tmp_path / "a.txt").write_text(text)
    invoke(db, "ingest", str(tmp_path / "a.txt"), "--published", option)
    assert rows(db, "SELECT published, published_basis FROM sources") == [expected]
    assert fake.calls[0][1:3] == (date.fromisoformat(expected[0]), expected[1])


def test_stdin_without_a_date_uses_today(db: Path, fake: Any) -> None:
    result = invoke(db, "ingest", "-", input="NEW SHOW: Quiet Vale.")
    assert result.exit_code == 0
    assert rows(db, "SELECT url, published, published_basis FROM sources") == [
        ("-", TODAY, "today")]


def test_folders_are_read_recursively(db: Path, tmp_path: Path, fake: Any) -> None:
    news = tmp_path / "news"
    (news / "2016" / "jan").mkdir(parents=True)
    (news / "a.txt").write_text("NEW SHOW: Quiet Vale.")
    (news / "2016" / "jan" / "b.txt").write_text("NEW SHOW: Iron Atlas.")
    (news / ".hidden.txt").write_text("NEW SHOW: Secret Thing.")
    invoke(db, "ingest", str(news))
    assert sorted(r[0] for r in rows(db, "SELECT name FROM shows")) == ["Iron Atlas", "Quiet Vale"]


def test_shows_in_the_database_are_known_titles(db: Path, tmp_path: Path, fake: Any) -> None:
    invoke(db, "add", "Glass Harbor", "--when", "fall 2016")
    (tmp_path / "a.txt").write_text("Glass Harbor is back, and so is everyone.")
    invoke(db, "ingest", str(tmp_path / "a.txt"))
    assert fake.calls[0][3] == ("Glass Harbor",)
    assert rows(db, "SELECT count(*) FROM claims WHERE manual = 0") == [(1,)]


def test_a_show_found_in_one_article_is_looked_for_in_the_others(db: Path, tmp_path: Path,
                                                                  fake: Any) -> None:
    (tmp_path / "1.txt").write_text("Glass Harbor is back, and so is everyone.")
    (tmp_path / "2.txt").write_text("NEW SHOW: Glass Harbor.")
    (tmp_path / "3.txt").write_text("Nothing about it here.")
    invoke(db, "ingest", str(tmp_path))
    assert [(Path(c[0]).name, c[3]) for c in fake.calls] == [
        ("1.txt", ()), ("2.txt", ()), ("3.txt", ()),  # first pass: nothing known
        ("1.txt", ("Glass Harbor",)),  # again, only where the new show is named unclaimed
    ]
    assert rows(db, "SELECT s.url FROM claims c JOIN sources s ON s.id = c.source_id "
                    "ORDER BY s.url") == [(str(tmp_path / "1.txt"),), (str(tmp_path / "2.txt"),)]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one-process", "two-processes"])
def test_processes_give_the_same_result(db: Path, tmp_path: Path, fake: Any, jobs: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tracker.cli.parsing.BATCH", 5)  # shows cross batches, too
    news = tmp_path / "news"
    news.mkdir()
    for i in range(12):  # every third article announces a show the next two only name
        text = f"NEW SHOW: Show{i // 3}." if i % 3 == 0 else f"Show{i // 3} is back, again {i}."
        (news / f"{i:02d}.txt").write_text(text)
    result = invoke(db, "ingest", str(news), "--jobs", jobs)
    assert result.exit_code == 0, result.stderr
    assert rows(db, "SELECT s.url, c.key FROM claims c JOIN sources s ON s.id = c.source_id "
                    "ORDER BY s.url") == [(str(news / f"{i:02d}.txt"), f"show{i // 3}")
                                          for i in range(12)]


def test_no_progress_bar_when_not_a_terminal(db: Path, tmp_path: Path, fake: Any) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"NEW SHOW: Show{i}.")
    result = invoke(db, "ingest", str(tmp_path))
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr


# -- end to end, with the real extractor ------------------------------------------------------

ARTICLE = """Netflix sets spring dates
Published: January 14, 2016

Daredevil season 2 premieres on March 18, 2016, Netflix announced on Thursday.

Luke Cage is set for release later in the year.
"""


def test_real_article_end_to_end(db: Path, tmp_path: Path) -> None:
    from tracker.extract import extract_claims
    from tracker.load import read_source

    path = tmp_path / "netflix.txt"
    path.write_text(ARTICLE)
    (article,) = read_source(str(path))
    expected = extract_claims(article.text, published=date(2016, 1, 14), source=str(path))
    assert expected, "the extractor finds the claims in this article"
    result = invoke(db, "ingest", str(path))
    assert result.exit_code == 0, result.stderr
    stored = rows(db, "SELECT key, season, start_date, end_date, phrase, evidence, rule "
                      "FROM claims ORDER BY id")
    assert stored == [(c.key, c.season, c.window.start and c.window.start.isoformat(),
                       c.window.end and c.window.end.isoformat(), c.window.phrase, c.evidence,
                       c.rule) for c in expected]
    shown = invoke(db, "show", "Daredevil")
    assert "Mar 18 2016" in shown.stdout and "netflix.txt" in shown.stdout


# -- the bundled demo ---------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
DEMO_TABLES = {
    "sources": "id", "shows": "key", "aliases": "name", "claims": "id", "entries": "key, season",
}


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                for table, order in DEMO_TABLES.items()}
    finally:
        conn.close()


def test_bundled_demo_is_up_to_date(tmp_path: Path) -> None:
    from tracker.demo import build_demo

    committed = ROOT / "schedules.db"
    assert committed.exists(), "build it with: python -m tracker.demo"
    build_demo(ROOT / "examples", tmp_path / "demo.db")
    fresh, shipped = dump(tmp_path / "demo.db"), dump(committed)
    assert fresh["sources"], "the demo has articles"
    for table in DEMO_TABLES:
        assert fresh[table] == shipped[table], f"{table} differs: run python -m tracker.demo"


def test_bundled_demo_tells_a_story() -> None:
    from tracker.demo import DEMO_TODAY
    from tracker.model import Change, Status
    from tracker.store import Store

    with Store.open(ROOT / "schedules.db", readonly=True) as store:
        entries = store.entries(today=DEMO_TODAY)
        moves = {step.change for key in {e.key for e in entries}
                 for entry in store.history(key, today=DEMO_TODAY) for step in entry.history}
    assert {Status.DATED, Status.WINDOW, Status.TBA, Status.AIRED} <= {e.status for e in entries}
    assert {Change.NEW, Change.NARROWED, Change.DELAYED} <= moves
