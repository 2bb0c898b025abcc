"""Hand-made entries (`tracker add/edit/remove`), `tracker show`, `tracker db`, via the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from tracker.cli import cli
from tracker.load import Article
from tracker.model import Anchor, Claim, Window
from tracker.render.history import render_history
from tracker.store import Store

TODAY = "2016-01-14"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "t.db"


def invoke(db: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), "--today", TODAY, *args], input=input,
                              catch_exceptions=False)


def run(db: Path, *args: str, input: str | None = None) -> Result:
    result = invoke(db, *args, input=input)
    assert result.exit_code == 0, result.output
    return result


def run_fail(db: Path, *args: str, code: int = 1, input: str | None = None) -> Result:
    result = invoke(db, *args, input=input)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


def story(db: Path, name: str) -> dict[str, Any]:
    return json.loads(run(db, "show", name, "-f", "json").stdout)


def estimates(db: Path, name: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(s["season"], s["estimate"] and s["estimate"]["start"],
             s["estimate"] and s["estimate"]["end"]) for s in story(db, name)["seasons"]]


def ingest_claims(db: Path, text: str, published: str,
                  *claims: tuple[str, int | None, str, str]) -> None:
    """Store an article with given claims (show, season, window, phrase), as ingest would."""
    day = date.fromisoformat(published)
    with Store.open(db) as store:
        store.add_article(
            Article(text=text, source=f"news/{published}.txt", title="News", published=day,
                    published_basis="option", content_hash=f"h-{text}"),
            [Claim(show=show, key=show.lower(), season=season,
                   window=Window.from_str(window).with_provenance(phrase, Anchor.EXPLICIT),
                   evidence=text, rule="test", source=f"news/{published}.txt", published=day)
             for show, season, window, phrase in claims],
        )


def test_add_tracks_a_new_show(db: Path) -> None:
    result = run(db, "add", "Severance", "--season", "2", "--when", "fall 2016")
    assert result.stderr.strip() == "now tracking Severance season 2: fall 2016"
    assert estimates(db, "severance") == [(2, "2016-09-01", "2016-11-30")]


def test_add_without_when_is_tba(db: Path) -> None:
    run(db, "add", "The Bear")
    (season,) = story(db, "the bear")["seasons"]
    assert (season["season"], season["status"], season["estimate"]["kind"]) == (None, "tba", "tba")


def test_add_reads_dates_with_the_article_grammar(db: Path) -> None:
    run(db, "add", "Luke Cage", "-s", "1", "-w", "September 30")
    assert estimates(db, "luke cage") == [(1, "2016-09-30", "2016-09-30")]


def test_add_keeps_the_note(db: Path) -> None:
    run(db, "add", "The Bear", "--when", "2016-06-25", "--note", "FX press release")
    (season,) = story(db, "the bear")["seasons"]
    assert season["history"][0]["note"] == "FX press release"
    assert "FX press release" in run(db, "show", "The Bear").stdout


def test_add_unreadable_date_is_one_line_error(db: Path) -> None:
    result = run_fail(db, "add", "Severance", "--when", "whenever the moon is blue")
    assert result.stderr.count("\n") == 1 and "cannot read" in result.stderr
    assert not db.exists() or run(db, "db", "check").stdout.split()[5] == "0"


def test_add_needs_a_real_name(db: Path) -> None:
    assert "NAME" in run_fail(db, "add", "!!!", code=2).stderr


def test_add_to_a_known_show_uses_its_name(db: Path) -> None:
    ingest_claims(db, "Luke Cage arrives later in 2016.", "2016-01-10",
                  ("Luke Cage", 1, "2016-01-11..2016-12-31 year", "later in 2016"))
    run(db, "add", "marvel's luke cage", "-s", "1", "-w", "2016-09-30")
    assert [s["season"] for s in story(db, "Luke Cage")["seasons"]] == [1]
    assert story(db, "Luke Cage")["show"] == "Luke Cage"


def test_hand_made_entry_beats_articles_until_removed(db: Path) -> None:
    ingest_claims(db, "Daredevil season 2 debuts on March 18.", "2016-01-10",
                  ("Daredevil", 2, "2016-03-18 day", "March 18"))
    run(db, "edit", "Daredevil", "--when", "fall 2016")
    assert estimates(db, "daredevil") == [(2, "2016-09-01", "2016-11-30")]
    result = run(db, "remove", "Daredevil", "--yes")
    assert "Mar 18 2016 (from articles)" in result.stderr
    assert estimates(db, "daredevil") == [(2, "2016-03-18", "2016-03-18")]
    did = [step["did"] for step in story(db, "daredevil")["seasons"][0]["history"]]
    assert did == ["new", "delayed", "hand-made removed, moved up"]


def test_edit_keeps_the_old_estimate_in_the_history(db: Path) -> None:
    run(db, "add", "Severance", "-s", "2", "-w", "fall 2016")
    run(db, "edit", "Severance", "-w", "2016-10-03")
    history = story(db, "severance")["seasons"][0]["history"]
    assert [(h["start"], h["did"]) for h in history] == [("2016-09-01", "new"),
                                                        ("2016-10-03", "narrowed")]


def test_edit_unknown_show_suggests(db: Path) -> None:
    run(db, "add", "Severance")
    result = run_fail(db, "edit", "Severence", "-w", "TBA")
    assert result.stderr == (
        "Error: no show named 'Severence' is tracked; did you mean 'Severance'?\n")


def test_edit_asks_which_season_when_several(db: Path) -> None:
    run(db, "add", "Severance", "-s", "1", "-w", "2016-02-18")
    run(db, "add", "Severance", "-s", "2", "-w", "TBA")
    assert "--season" in run_fail(db, "edit", "Severance", "-w", "2016-10-03", code=2).stderr
    run(db, "edit", "Severance", "-s", "2", "-w", "2016-10-03")
    assert estimates(db, "severance") == [(1, "2016-02-18", "2016-02-18"),
                                         (2, "2016-10-03", "2016-10-03")]


def test_edit_a_season_that_does_not_exist(db: Path) -> None:
    run(db, "add", "Severance", "-s", "1")
    result = run_fail(db, "edit", "Severance", "-s", "3", "-w", "TBA")
    assert "season 3 has no entry" in result.stderr


def test_remove_asks_first(db: Path) -> None:
    run(db, "add", "Severance", "-s", "2", "-w", "fall 2016")
    result = run_fail(db, "remove", "Severance", input="n\n")
    assert "Remove this hand-made entry?" in result.stderr
    assert estimates(db, "severance") == [(2, "2016-09-01", "2016-11-30")]
    run(db, "remove", "Severance", input="y\n")
    assert story(db, "severance")["seasons"][0]["estimate"] is None


def test_removed_show_leaves_the_timeline_but_show_tells_the_story(db: Path) -> None:
    run(db, "add", "Severance", "-s", "2", "-w", "fall 2016")
    run(db, "remove", "Severance", "-y")
    assert run(db, "upcoming", "-f", "json").stdout.strip() in ("[]", "")
    out = run(db, "show", "Severance").stdout
    assert "removed" in out and "fall 2016" in out


def test_remove_without_hand_made_entry(db: Path) -> None:
    ingest_claims(db, "Daredevil season 2 debuts on March 18.", "2016-01-10",
                  ("Daredevil", 2, "2016-03-18 day", "March 18"))
    assert "no hand-made entry" in run_fail(db, "remove", "Daredevil", "-y").stderr


def test_show_tells_the_story_with_sources_and_sentences(db: Path) -> None:
    ingest_claims(db, "Daredevil will return sometime in 2016.", "2015-10-01",
                  ("Daredevil", 2, "2016-01-01..2016-12-31 year", "sometime in 2016"))
    ingest_claims(db, "Daredevil season 2 debuts on March 18.", "2016-01-10",
                  ("Daredevil", 2, "2016-03-18 day", "March 18"))
    out = run(db, "show", "daredevil").stdout
    assert out.splitlines()[:2] == [
        "Daredevil",
        "Season 2  Mar 18 2016  dated · in 2 months · narrowed · 2 claims, 2 sources",
    ]
    assert out.splitlines()[3:] == [
        "Season 2: how the estimate got here",
        "2015-10-01  new             2016  “sometime in 2016”",
        "              news/2015-10-01.txt",
        "              Daredevil will return sometime in 2016.",
        "2016-01-10  narrowed        Mar 18 2016  “March 18”",
        "              news/2016-01-10.txt",
        "              Daredevil season 2 debuts on March 18.",
    ]


def test_show_unknown_show_is_one_line(db: Path) -> None:
    result = run_fail(db, "show", "Nothing Here")
    assert result.stderr == "Error: no show named 'Nothing Here' is tracked\n"
    assert not db.exists()


def test_show_prints_hostile_names_literally(db: Path) -> None:
    run(db, "add", "[bold]Evil[/bold] \x1b[31mRed\x1b[0m", "-w", "TBA")
    out = run(db, "show", "bold evil bold red").stdout
    assert "[bold]Evil[/bold] Red" in out and "\x1b" not in out


def test_render_history_exact_text() -> None:
    day = date(2016, 1, 10)
    claims = [
        Claim("Luke Cage", "luke cage", 1, Window.from_str("2016-01-11..2016-12-31 year")
              .with_provenance("later in the year"), evidence="Luke Cage comes later in the year.",
              source="a.txt", published=date(2016, 1, 5)),
        Claim("Luke Cage", "luke cage", 1, Window.from_str("2016-09-30 day"), source="manual",
              rule="manual", published=day, note="Netflix said so"),
    ]
    from tracker.timeline import build_timeline

    entries = build_timeline(claims, today=date(2016, 1, 14))
    console = Console(record=True, width=100, color_system=None)
    console.print(render_history("Luke Cage", entries, today=date(2016, 1, 14)))
    assert console.export_text() == (
        "Luke Cage\n"
        "Season 1  Sep 30 2016  dated · in 9 months · narrowed · 2 claims, 2 sources\n"
        "\n"
        "Season 1: how the estimate got here\n"
        "2016-01-05  new             later in 2016  “later in the year”\n"
        "              a.txt\n"
        "              Luke Cage comes later in the year.\n"
        "2016-01-10  narrowed        Sep 30 2016\n"
        "              by hand\n"
        "              Netflix said so\n"
    )


def test_render_history_wraps_long_sentences_under_the_indent() -> None:
    sentence = "word " * 40
    claim = Claim("Luke Cage", "luke cage", 1, Window.from_str("2016-09-30 day"), source="a.txt",
                  evidence=sentence.strip(), published=date(2016, 1, 5))
    from tracker.timeline import build_timeline

    console = Console(record=True, width=60, color_system=None)
    console.print(render_history("Luke Cage", build_timeline([claim], today=date(2016, 1, 14)),
                                 today=date(2016, 1, 14)))
    text = console.export_text()
    assert text.splitlines()[1:3] == ["Season 1  Sep 30 2016  dated · in 9 months · 1 claim, 1",
                                      "                       source"]
    lines = [line for line in text.splitlines() if line.lstrip().startswith("word")]
    assert len(lines) == 5
    assert all(line.startswith(" " * 14 + "word") and line == line.rstrip() for line in lines)
    assert all(len(line) <= 60 for line in lines)


def test_db_path_follows_the_option(db: Path) -> None:
    assert run(db, "db", "path").stdout == f"{db}\n"


def test_db_path_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.db"))
    assert CliRunner().invoke(cli, ["db", "path"]).stdout == f"{tmp_path / 'env.db'}\n"


def test_db_check_counts(db: Path) -> None:
    run(db, "add", "Severance", "-s", "2", "-w", "fall 2016")
    out = run(db, "db", "check").stdout
    assert out.split() == ["sources", "0", "shows", "1", "aliases", "0", "claims", "1",
                           "by", "hand", "1", "entries", "1", "integrity", "ok"]


def test_db_check_without_database(db: Path) -> None:
    assert "no database" in run_fail(db, "db", "check").stderr
    assert not db.exists()


def test_db_check_fails_on_stale_timeline(db: Path) -> None:
    run(db, "add", "Severance", "-s", "2", "-w", "fall 2016")
    with Store.open(db) as store:
        store.conn.execute("DELETE FROM entries")
    result = run_fail(db, "db", "check")
    assert "FAILED" in result.stdout and "timeline out of date for 1 shows" in result.stderr
