"""Shared fixtures: tests never touch the real home directory or the real clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# The machines are shared: a property's example may be slow for reasons that are not ours, so
# no test fails on hypothesis's per-example deadline (each test's own settings still apply).
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")

TODAY = date(2016, 1, 14)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "tracker-test.db"))
    monkeypatch.delenv("TRACKER_TODAY", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
