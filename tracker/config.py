"""Where the database lives: ``--db``, then ``TRACKER_DB``, then the platform's user data dir."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "tracker"
DB_FILENAME = "schedules.db"


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resolve_db_path(option: Path | None, env: Mapping[str, str] | None = None) -> Path:
    """The database path from the option, then ``TRACKER_DB``, then the default."""
    if option is not None:
        return Path(option).expanduser()
    env = os.environ if env is None else env
    value = env.get("TRACKER_DB", "").strip()
    if value:
        return Path(value).expanduser()
    return default_db_path()
