"""The views on real terminals: a pseudo-terminal for the raw bytes, tmux for the screen.

tmux runs on a private socket per test (killed afterwards) with a fixed window size, and the
screen is read back with `capture-pane`. Skipped, with the reason, where tmux is missing.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli

TODAY = "2016-01-14"
SGR = re.compile(rb"\x1b\[[0-9;]*m")
TRACKER = [sys.executable, "-m", "tracker"]


def add(db: Path, *args: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(db), "--today", TODAY, "add", *args])
    assert result.exit_code == 0, result.output + result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tty.db"
    add(path, "Daredevil", "--season", "2", "--when", "March 18, 2016")
    add(path, "Billions", "--season", "1", "--when", "2016-01-17")
    add(path, "Luke Cage", "--when", "later this year")
    add(path, "The Defenders", "--when", "TBA")
    add(path, "[bold]Loud[/bold] \x1b[31mShow\x1b[0m \U0001f3ac", "--when", "2016-02-02")
    return path


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(TERM="xterm-256color", **extra)
    return env


# -- a pseudo-terminal: the exact bytes a terminal receives ----------------------------------


def run_in_pty(args: list[str], env: dict[str, str], *, columns: int = 100,
               rows: int = 30) -> bytes:
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, env=env,
                            close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=60) == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks)


@pytest.mark.parametrize("command", ["upcoming", "timeline", "dashboard"])
def test_terminal_gets_colour(db: Path, command: str) -> None:
    raw = run_in_pty([*TRACKER, "--db", str(db), "--today", TODAY, command], child_env())
    assert SGR.search(raw)
    assert b"\x1b" not in SGR.sub(b"", raw), "only style codes; nothing from the data"


@pytest.mark.parametrize("command", ["upcoming", "timeline", "dashboard"])
def test_no_color_terminal_gets_no_escape_codes(db: Path, command: str) -> None:
    raw = run_in_pty([*TRACKER, "--db", str(db), "--today", TODAY, command],
                     child_env(NO_COLOR="1"), columns=160)
    assert b"\x1b" not in raw
    assert "[bold]Loud[/bold] Show \U0001f3ac".encode() in raw.replace(b"\r\n", b"\n")


def test_terminal_table_wraps_at_60_columns(db: Path) -> None:
    raw = run_in_pty([*TRACKER, "--db", str(db), "--today", TODAY, "upcoming"],
                     child_env(NO_COLOR="1"), columns=60)
    lines = raw.decode().replace("\r\n", "\n").splitlines()
    from rich.cells import cell_len

    assert max(cell_len(line) for line in lines) <= 60
    assert "Upcoming premieres · Thu 14 Jan 2016" in lines[0]
    assert any(line.split()[:3] == ["Mar", "18", "2016"] for line in lines)


# -- tmux: the screen a person sees ----------------------------------------------------------


# Runs the command with Ctrl-C reaching it (and not this wrapper), then records its exit code.
_WRAPPER = """
import signal, subprocess, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
default_int = lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)
code = subprocess.call(sys.argv[2:], preexec_fn=default_int)
open(sys.argv[1], "w").write(str(code))
"""


class Tmux:
    """One tmux server on a private socket with one window of a fixed size."""

    def __init__(self, socket: str, columns: int, rows: int, status_file: Path) -> None:
        self.socket, self.columns, self.rows = socket, columns, rows
        self.status_file = status_file

    def __call__(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True, timeout=30, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, command: list[str], env: dict[str, str]) -> None:
        # `env -i`: the pane gets exactly ``env``, not the tmux server's (pytest's) COLUMNS etc.
        argv = ["env", "-i", *[f"{k}={v}" for k, v in env.items()], sys.executable, "-c", _WRAPPER,
                str(self.status_file), *command]
        self("start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
             "new-session", "-d", "-s", "views", "-x", str(self.columns), "-y", str(self.rows),
             " ".join(_quote(a) for a in argv))

    def screen(self, *, history: bool = False) -> str:
        """The visible screen; with ``history`` the lines scrolled off above it too."""
        return self("capture-pane", "-p", "-t", "views", *(["-S", "-"] if history else []))

    def wait_for(self, check: Callable[[str], bool], what: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if check(text):
                return text
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}; the screen was:\n{text}")
            time.sleep(0.2)

    def wait_exit(self, what: str) -> str:
        """The command's exit code, once it has ended."""
        self.wait_for(lambda s: self.status_file.exists(), what)
        return self.status_file.read_text()


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


@pytest.fixture
def tmux(request: pytest.FixtureRequest,
         tmp_path: Path) -> Iterator[Callable[[int, int], Tmux]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed: the real-terminal run needs it")
    made: list[Tmux] = []

    def make(columns: int, rows: int) -> Tmux:
        server = Tmux(f"tracker-test-{os.getpid()}-{len(made)}", columns, rows,
                      tmp_path / f"exit-{len(made)}")
        made.append(server)
        return server

    yield make
    for server in made:
        subprocess.run(["tmux", "-L", server.socket, "kill-server"], capture_output=True,
                       check=False)


def test_dashboard_in_tmux(db: Path, tmux: Callable[[int, int], Tmux]) -> None:
    term = tmux(100, 30)
    term.start([*TRACKER, "--db", str(db), "--today", TODAY, "dashboard"], child_env())
    assert term.wait_exit("the dashboard to finish") == "0"
    screen = term.screen(history=True)  # tmux's "Pane is dead" line may scroll the top off
    lines = screen.splitlines()
    assert lines[0] == "tracker · Thu 14 Jan 2016 · 5 seasons: 3 dated, 1 window, 1 TBA"
    assert "This week 1" in lines[1] and "Windows open now" in lines[1]  # two columns at 100
    assert "[bold]Loud[/bold" in screen  # literal markup (cut to fit at 100 columns)
    assert "next: Billions S1 in 3 days" in screen


def test_dashboard_watch_redraws_on_change_and_quits_cleanly(
    db: Path, tmux: Callable[[int, int], Tmux]
) -> None:
    term = tmux(80, 24)
    term.start([*TRACKER, "--db", str(db), "--today", TODAY, "dashboard", "--watch",
                "--interval", "0.2"], child_env())
    first = term.wait_for(lambda s: "next: Billions S1" in s, "the first frame")
    assert "Westworld" not in first
    add(db, "Westworld", "--season", "1", "--when", "2016-01-16")
    term.wait_for(lambda s: "Westworld S1" in s and "next: Westworld S1 in 2 days" in s,
                  "the redraw after an add")
    term("send-keys", "-t", "views", "C-c")
    assert term.wait_exit("the dashboard to quit") == "0", "Ctrl-C ends the watch with exit 0"
    assert "Traceback" not in term.screen() and "interrupted" not in term.screen()
    assert "Traceback" not in term.screen()


def test_long_list_on_a_terminal_uses_fitted_coloured_columns(tmp_path: Path) -> None:
    """Past `RICH_TABLE_ROWS` seasons the table is plain columns, still coloured and fitted."""
    from datetime import date

    from tracker.cli.views import RICH_TABLE_ROWS
    from tracker.load import Article
    from tracker.model import Claim, Window
    from tracker.names import show_key
    from tracker.store import Store

    path = tmp_path / "long.db"
    count = RICH_TABLE_ROWS + 50
    claims = [Claim(f"A Rather Long Show Title Number {i}", show_key(f"show number {i}"), 1,
                    Window.day(date(2016, 2, 1 + i % 28)), source="long.txt",
                    published=date(2016, 1, 1)) for i in range(count)]
    with Store.open(path) as store:
        store.add_article(Article("long", "long.txt", published=date(2016, 1, 1),
                                  content_hash="long"), claims)
    raw = run_in_pty([*TRACKER, "--db", str(path), "--today", TODAY, "upcoming"], child_env(),
                     columns=70)
    lines = SGR.sub(b"", raw).decode().replace("\r\n", "\n").splitlines()
    assert len(lines) == count + 1 and lines[0].split() == ["When", "Countdown", "Show", "Change"]
    assert max(len(line) for line in lines) <= 70
    assert SGR.search(raw), "still coloured"
    assert lines[1].startswith("Feb 1 2016") and lines[1].rstrip().endswith("new")
