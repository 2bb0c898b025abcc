"""Opening a database file safely: every check happens before anything is written.

A file that is not SQLite, a database from a newer schema or from another program, and a
read-only file opened for writing are refused with a `StoreError`, leaving the file as it was.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from tracker.errors import StoreError
from tracker.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0


def check_file(path: Path) -> bool:
    """Whether ``path`` holds a database already; refuse what tracker must not open."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    if not path.exists():
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not header:
        return False  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(f"{path} is not a SQLite database")
    version = int.from_bytes(header[60:64], "big")
    app = int.from_bytes(header[68:72], "big")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer tracker (schema {version}; this one knows up to "
            f"{SCHEMA_VERSION}): upgrade tracker to use it"
        )
    if app not in (0, APPLICATION_ID):
        raise StoreError(f"{path} is a SQLite database of another program, not tracker's")
    return True


def writable(path: Path) -> bool:
    """Whether tracker may write the file and its journal files beside it (or create it)."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.absolute().parent, os.W_OK)
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def prepare_new(path: Path) -> None:
    """Create the folder of a database about to be created, or refuse a read-only one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    if not writable(path):
        raise StoreError(f"cannot create {path}: the folder is read-only")


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), foreign keys on."""
    try:
        if readonly:
            uri = f"file:{quote(str(path.resolve()))}?mode=ro"
            folder = path.absolute().parent
            if not os.access(folder, os.W_OK) and not Path(f"{path}-wal").exists():
                # Nobody can write here (no journal can be created), so the file cannot
                # change under us; a WAL database is then only readable as immutable.
                uri += "&immutable=1"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    return conn


def ensure_wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging (kept in the file), waiting out other processes."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # safe against crashes in WAL mode
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
