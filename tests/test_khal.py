"""A real calendar client reads our export: khal imports it and lists the events back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tracker.export import entries_to_ics, event_uid
from tracker.model import Change, Claim, Entry, Precision, Status, Step, Window
from tracker.names import show_key


def _khal_executable() -> str | None:
    beside_python = Path(sys.executable).with_name("khal")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("khal")


KHAL = _khal_executable()
pytestmark = pytest.mark.skipif(
    KHAL is None, reason="khal is not installed (pip install -e '.[test]' brings it)"
)

FIELD_SEP = "\x1f"


def entry(show: str, season: int | None, window: Window, *, revision: int = 0,
          updated: date = date(2016, 1, 14)) -> Entry:
    status = Status.DATED if window.start == window.end else Status.WINDOW
    claim = Claim(show, show_key(show), season, window, evidence=f"{show} is coming.",
                  source="test", published=updated)
    return Entry(show, show_key(show), season, window, status, Change.NEW,
                 history=(Step(claim, Change.NEW),), sources=1, revision=revision,
                 updated=updated)


class Khal:
    """khal with a throwaway config, vdir and cache under a temp folder (never the real home)."""

    def __init__(self, root: Path) -> None:
        self.vdir = root / "vdir"
        self.vdir.mkdir()
        self.config = root / "khal.conf"
        self.config.write_text(
            "[calendars]\n[[premieres]]\n"
            f"path = {self.vdir}\ntype = calendar\n"
            "[locale]\ndefault_timezone = UTC\nlocal_timezone = UTC\n"
            "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
            "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
            "timeformat = %H:%M\n"
            f"[sqlite]\npath = {root / 'khal.db'}\n",
            encoding="utf-8",
        )
        self.env = {**os.environ, "HOME": str(root), "XDG_CONFIG_HOME": str(root / "config"),
                    "XDG_DATA_HOME": str(root / "data"), "TZ": "UTC", "LC_ALL": "C.UTF-8"}

    def run(self, *args: str) -> str:
        assert KHAL is not None
        result = subprocess.run([KHAL, "-c", str(self.config), *args], capture_output=True,
                                text=True, env=self.env, timeout=120)
        if result.returncode != 0:
            pytest.fail(f"khal {' '.join(args)} exited {result.returncode}: {result.stderr}")
        return result.stdout

    def import_file(self, path: Path) -> None:
        self.run("import", "--batch", "-a", "premieres", str(path))

    def events(self, start: str, end: str) -> list[tuple[str, str, str]]:
        out = self.run("list", "--once", "-a", "premieres", "--day-format", "",
                       "--format", FIELD_SEP.join(["{uid}", "{start-date}", "{title}"]),
                       start, end)
        rows = [line.split(FIELD_SEP) for line in out.splitlines() if FIELD_SEP in line]
        return sorted((uid, start_date, title) for uid, start_date, title in rows)


@pytest.fixture
def khal(tmp_path: Path) -> Khal:
    root = tmp_path / "khal"
    root.mkdir()
    return Khal(root)


def test_khal_imports_and_lists_every_event(khal: Khal, tmp_path: Path) -> None:
    entries = [
        entry("Daredevil", 2, Window.day(date(2016, 3, 18))),
        entry("Luke Cage", 1, Window(date(2016, 9, 1), date(2016, 11, 30), Precision.SEASON)),
        entry("Pokémon, Ürban; Legends", 1, Window.day(date(2016, 7, 4))),
        entry("The Defenders", None, Window.tba()),
    ]
    path = tmp_path / "premieres.ics"
    path.write_bytes(entries_to_ics(entries))
    khal.import_file(path)
    assert khal.events("2016-01-01", "2017-12-31") == sorted([
        (event_uid("daredevil", 2), "2016-03-18", "Daredevil – Season 2 premiere"),
        (event_uid("luke cage", 1), "2016-09-01", "[TBA fall 2016] Luke Cage – Season 1 premiere"),
        (event_uid(show_key("Pokémon, Ürban; Legends"), 1), "2016-07-04",
         "Pokémon, Ürban; Legends – Season 1 premiere"),
    ])


def test_khal_reimport_after_narrowing_updates_instead_of_duplicating(
    khal: Khal, tmp_path: Path
) -> None:
    year = Window(date(2017, 1, 1), date(2017, 12, 31), Precision.YEAR)
    exact = Window.day(date(2017, 11, 17))
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    first.write_bytes(entries_to_ics([entry("Iron Fist", 2, year)]))
    second.write_bytes(entries_to_ics([entry("Iron Fist", 2, exact, revision=1,
                                             updated=date(2017, 3, 2))]))
    khal.import_file(first)
    khal.import_file(second)
    uid = event_uid("iron fist", 2)
    assert khal.events("2017-01-01", "2017-12-31") == [
        (uid, "2017-11-17", "Iron Fist – Season 2 premiere"),
    ]
    assert len(list(khal.vdir.glob("*.ics"))) == 1


DEMO_DB = Path(__file__).resolve().parents[1] / "schedules.db"


@pytest.mark.skipif(not DEMO_DB.exists(), reason="the bundled demo schedules.db is missing")
def test_khal_reads_the_whole_demo_timeline(khal: Khal, tmp_path: Path) -> None:
    import icalendar

    from tracker.serve import with_history
    from tracker.store import Store

    today = date(2016, 12, 1)
    copy = tmp_path / "schedules.db"
    shutil.copyfile(DEMO_DB, copy)  # a reader may migrate an old file: never touch the real one
    with Store.open(copy, readonly=True) as store:
        entries = with_history(store, store.entries(today=today), today=today)
    data = entries_to_ics(entries)
    path = tmp_path / "demo.ics"
    path.write_bytes(data)
    expected = sorted(
        (str(e["UID"]), e.decoded("DTSTART").isoformat(), str(e["SUMMARY"]))
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    )
    assert len(expected) > 10
    khal.import_file(path)
    assert khal.events("2000-01-01", "2030-12-31") == expected
