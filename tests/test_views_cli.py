"""`tracker upcoming`, `tracker timeline`, `tracker dashboard` through the CLI on a real store.

The database is filled through the CLI as a person would (`tracker add` / `tracker edit`), with
the reference date pinned. CliRunner's stdout is not a terminal, so these runs also show what a
pipe gets: plain columns, no escape codes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tracker.cli import cli
from tracker.render.upcoming import EMPTY_MESSAGE

TODAY = "2016-01-14"
HOSTILE = "[bold]Loud[/bold] \x1b[31mShow\x1b[0m \U0001f3ac"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "views.db"


def run(db: Path, *args: str, code: int = 0, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), "--today", TODAY, *args], env=env,
                                catch_exceptions=False)
    assert result.exit_code == code, result.output + result.stderr
    return result


@pytest.fixture
def timeline_db(db: Path) -> Path:
    run(db, "add", "Daredevil", "--season", "2", "--when", "2016")
    run(db, "edit", "Daredevil", "--season", "2", "--when", "March 18, 2016")
    run(db, "add", "Luke Cage", "--when", "later this year")
    run(db, "add", "Iron Fist", "--when", "sometime in 2017")
    run(db, "add", "The Defenders", "--when", "TBA")
    run(db, "add", "Agent Carter", "--season", "2", "--when", "January 5")
    run(db, "edit", "Agent Carter", "--season", "2", "--when", "January 19")
    run(db, "add", "Billions", "--season", "1", "--when", "2016-01-17")
    run(db, "add", "The Expanse", "--season", "2", "--when", "next winter")
    run(db, "add", "Jessica Jones", "--season", "1", "--when", "2015-11-20")
    return db


UPCOMING = """\
When           Countdown         Show          Season  Kind    Change    Sources
later in 2016  within 12 months  Luke Cage          —  year    new             1
Jan 17 2016    in 3 days         Billions           1  exact   new             1
Jan 19 2016    in 5 days         Agent Carter       2  exact   delayed         1
Mar 18 2016    in 2 months       Daredevil          2  exact   narrowed        1
winter 2017    in 11–14 months   The Expanse        2  season  new             1
2017           in 12–24 months   Iron Fist          —  year    new             1
"""


def shows(output: str) -> list[str]:
    """The Show column of plain upcoming output."""
    lines = output.splitlines()
    start = lines[0].index("Show")
    end = lines[0].index("Season")
    return [line[start:end].strip() for line in lines[1:]]


def test_upcoming_plain_output(timeline_db: Path) -> None:
    result = run(timeline_db, "upcoming")
    assert result.stdout == UPCOMING
    assert "\x1b" not in result.stdout and result.stderr == ""


def test_bare_tracker_runs_upcoming(timeline_db: Path) -> None:
    assert CliRunner().invoke(cli, ["--db", str(timeline_db), "--today", TODAY]).stdout == UPCOMING


def test_global_options_after_the_command(timeline_db: Path) -> None:
    result = CliRunner().invoke(cli, ["upcoming", "--db", str(timeline_db), "--today", TODAY])
    assert result.exit_code == 0 and result.stdout == UPCOMING


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["--days", "3"], ["Luke Cage", "Billions"], id="days"),
        pytest.param(["--until", "2016-01-19"], ["Luke Cage", "Billions", "Agent Carter"],
                     id="until-inclusive"),
        pytest.param(["--tba", "--days", "1"], ["Luke Cage", "The Defenders"],
                     id="tba-ignores-days"),
        pytest.param(["--all", "--days", "3"], ["Jessica Jones", "Luke Cage", "Billions"],
                     id="all-includes-past"),
        pytest.param(["--show", "marvel's daredevil"], ["Daredevil"], id="show-normalized"),
        pytest.param(["--show", "the defenders", "--tba"], ["The Defenders"], id="show-tba"),
    ],
)
def test_upcoming_options(timeline_db: Path, args: list[str], expected: list[str]) -> None:
    assert shows(run(timeline_db, "upcoming", *args).stdout) == expected


def test_upcoming_json_fields(timeline_db: Path) -> None:
    records = json.loads(run(timeline_db, "upcoming", "-f", "json", "--tba").stdout)
    assert [r["show"] for r in records][-1] == "The Defenders"
    assert list(records[0]) == ["show", "season", "kind", "start", "end", "precision", "phrase",
                                "status", "change", "sources"]
    daredevil = next(r for r in records if r["show"] == "Daredevil")
    assert daredevil == {"show": "Daredevil", "season": 2, "kind": "exact",
                         "start": "2016-03-18", "end": "2016-03-18", "precision": "day",
                         "phrase": "March 18, 2016", "status": "dated", "change": "narrowed",
                         "sources": 1}


def test_upcoming_csv(timeline_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(timeline_db, "upcoming", "-f", "csv").stdout)))
    assert [r["show"] for r in rows] == ["Luke Cage", "Billions", "Agent Carter", "Daredevil",
                                         "The Expanse", "Iron Fist"]
    assert rows[0]["start"] == "2016-01-15" and rows[0]["end"] == "2016-12-31"


def test_unknown_show_is_a_one_line_error(timeline_db: Path) -> None:
    result = run(timeline_db, "upcoming", "--show", "Westworld", code=1)
    assert result.stderr == "Error: no tracked show matches 'Westworld'\n"


def test_nothing_selected_says_so_on_stderr(timeline_db: Path) -> None:
    result = run(timeline_db, "upcoming", "--show", "jessica jones")
    assert result.stdout == ""
    assert result.stderr.startswith("Nothing to show: none of the 8 tracked seasons matches.")
    assert "--all" in result.stderr


@pytest.mark.parametrize("command", [[], ["upcoming"], ["timeline"], ["dashboard"]],
                         ids=lambda c: " ".join(c) or "bare")
def test_empty_database_prints_the_friendly_line(db: Path, command: list[str]) -> None:
    result = run(db, *command, env={"COLUMNS": "300"})
    assert result.stdout == ""
    assert result.stderr == EMPTY_MESSAGE + "\n"
    assert not db.exists(), "reading must not create the database"


@pytest.mark.parametrize(("fmt", "expected"), [("json", "[]\n"), ("csv", None)])
def test_empty_database_machine_formats(db: Path, fmt: str, expected: str | None) -> None:
    out = run(db, "upcoming", "-f", fmt).stdout
    if expected is not None:
        assert out == expected
    else:
        assert out.splitlines() == [
            "show,season,kind,start,end,precision,phrase,status,change,sources"]


def test_timeline_command(timeline_db: Path) -> None:
    out = run(timeline_db, "timeline", "--months", "3").stdout
    lines = out.splitlines()
    assert lines[0] == "Timeline · Jan 2016 – Mar 2016"
    rows = {line.split("  ")[0]: line for line in lines[4:-1]}
    assert list(rows) == ["Luke Cage", "Billions S1", "Agent Carter S2", "Daredevil S2"]
    assert rows["Luke Cage"].endswith("━▶ later in 2016"), "a window running past the chart"
    assert rows["Daredevil S2"].count("◆") == 1 and "━" not in rows["Daredevil S2"]
    assert lines[-1] == "◆ date  ━ window  │ today  not shown: 2 later, 1 TBA"
    assert "\x1b" not in out


def test_dashboard_command(timeline_db: Path) -> None:
    out = run(timeline_db, "dashboard", env={"COLUMNS": "100"}).stdout
    assert out.splitlines()[0] == ("tracker · Thu 14 Jan 2016 · 8 seasons: 4 dated, 3 windows, "
                                   "1 TBA")
    for heading in ("This week 2", "Next 30 days", "Windows open now", "Recent changes 2",
                    "TBA 1"):
        assert heading in out
    assert out.splitlines()[-1] == "next: Billions S1 in 3 days"
    assert "\x1b" not in out


def test_watch_needs_a_terminal(timeline_db: Path) -> None:
    result = run(timeline_db, "dashboard", "--watch", code=2)
    assert "--watch needs a terminal" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["upcoming", "--days", "-1"], id="negative-days"),
        pytest.param(["upcoming", "--until", "next week"], id="until-not-a-date"),
        pytest.param(["upcoming", "-f", "xml"], id="unknown-format"),
        pytest.param(["timeline", "--months", "0"], id="zero-months"),
        pytest.param(["dashboard", "--interval", "0"], id="zero-interval"),
    ],
)
def test_usage_errors_exit_2(db: Path, args: list[str]) -> None:
    result = run(db, *args, code=2)
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize("command", ["upcoming", "timeline", "dashboard"])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help(command: str, flag: str) -> None:
    result = CliRunner().invoke(cli, [command, flag])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and f"tracker {command}" in result.stdout


def test_hostile_show_name_shown_literally(db: Path) -> None:
    run(db, "add", HOSTILE, "--season", "1", "--when", "2016-02-02")
    for command in (["upcoming"], ["timeline"], ["dashboard"]):
        out = run(db, *command, env={"COLUMNS": "120"}).stdout
        assert "[bold]Loud[/bold] Show \U0001f3ac" in out, command
        assert "\x1b" not in out, command


@pytest.mark.parametrize("width", ["60", "100", "160"])
def test_plain_output_is_the_same_at_any_width(timeline_db: Path, width: str) -> None:
    """A pipe gets whole lines: nothing is cut or wrapped to the terminal's width."""
    assert run(timeline_db, "upcoming", env={"COLUMNS": width}).stdout == UPCOMING


# -- the gallery (docs/gallery.py) -----------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def load_gallery():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gallery", ROOT / "docs" / "gallery.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gallery_writes_three_svgs_reproducibly(timeline_db: Path, tmp_path: Path) -> None:
    from datetime import date

    from tracker.store import Store

    gallery = load_gallery()
    with Store.open(timeline_db, readonly=True) as store:
        entries = store.entries(today=date(2016, 1, 14))
    first = gallery.save_gallery(entries, today=date(2016, 1, 14), out=tmp_path / "a")
    again = gallery.save_gallery(entries, today=date(2016, 1, 14), out=tmp_path / "b")
    assert [p.name for p in first] == ["upcoming.svg", "timeline.svg", "dashboard.svg"]
    for a, b in zip(first, again):
        svg = a.read_text()
        assert svg.startswith("<svg") and "Daredevil" in svg
        assert "--today&#160;2016-01-14" in svg  # the title: the command it shows
        assert a.read_bytes() == b.read_bytes(), "the same timeline gives the same picture"


def test_committed_gallery_matches_the_demo_timeline(tmp_path: Path) -> None:
    """docs/*.svg are what `python docs/gallery.py` makes from schedules.db (rerun it)."""
    from tracker.store import Store

    demo = ROOT / "schedules.db"
    if not demo.exists() or not (ROOT / "docs" / "upcoming.svg").exists():
        pytest.skip("the demo timeline or its gallery is not built in this checkout")
    gallery = load_gallery()
    with Store.open(demo, readonly=True) as store:
        entries = store.entries(today=gallery.DEMO_TODAY)
    for made in gallery.save_gallery(entries, today=gallery.DEMO_TODAY, out=tmp_path):
        committed = ROOT / "docs" / made.name
        assert made.read_bytes() == committed.read_bytes(), (
            f"docs/{made.name} is stale: run `python docs/gallery.py`")
