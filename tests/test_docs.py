"""The README stays true: its example outputs are what the commands print today, and every
command the CLI offers is documented there and in its own --help."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tracker.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        path = prefix + (name,)
        found.append(path)
        if isinstance(command, click.Group):
            found += _commands(command, path)
    return found


COMMANDS = _commands(cli)


def test_readme_example_outputs_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "readme.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_cli_has_the_commands_the_design_names():
    names = {" ".join(path) for path in COMMANDS}
    assert {"upcoming", "dashboard", "timeline", "parse", "ingest", "eval", "add", "edit",
            "remove", "show", "export", "when"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_is_in_the_readme(path):
    assert re.search(r"tracker(?: --[a-z]+ \S+)* " + re.escape(" ".join(path)) + r"\b", README), (
        f"README.md never shows `tracker {' '.join(path)}`")


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_explains_itself(path, flag):
    result = CliRunner().invoke(cli, [*path, flag])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")
    summary = result.output.split("\n\n")[1].strip()
    assert len(summary) > 15, f"tracker {' '.join(path)} has no help text"


def test_readme_install_run_and_test_commands_are_present():
    assert "python -m pip install ." in README
    assert "tracker --db schedules.db --today 2016-12-01 upcoming" in README
    assert "python -m pytest" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in ci
