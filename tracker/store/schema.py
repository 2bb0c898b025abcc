"""The database schema and its migrations, tracked by ``PRAGMA user_version``.

Each migration takes a `sqlite_utils.Database` and runs inside the caller's transaction.
Add a migration to the end of `MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from tracker.errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x7472636B  # "trck": marks a SQLite file as a tracker database


def _v1_tables(db: Database) -> None:
    db.table("sources").create(
        {"id": int, "url": str, "title": str, "published": str, "published_basis": str,
         "content_hash": str, "seen_at": str},
        pk="id", not_null={"url", "content_hash", "seen_at"},
        defaults={"title": "", "published_basis": ""},
    )
    db.table("sources").create_index(["content_hash"], unique=True)
    db.table("shows").create(
        {"key": str, "name": str, "added": str}, pk="key", not_null={"name", "added"},
    )
    db.table("aliases").create(
        {"name": str, "alias_key": str, "key": str},
        pk="name", not_null={"alias_key", "key"}, foreign_keys=[("key", "shows", "key")],
    )
    db.table("aliases").create_index(["alias_key"])
    db.table("claims").create(
        {"id": int, "key": str, "show": str, "season": int, "event": str, "kind": str,
         "start_date": str, "end_date": str, "precision": str, "phrase": str, "anchor": str,
         "evidence": str, "span_start": int, "span_end": int, "rule": str, "confidence": float,
         "source_id": int, "manual": int, "note": str, "published": str,
         "published_basis": str, "added": str},
        pk="id",
        not_null={"key", "show", "event", "kind", "precision", "manual", "added"},
        defaults={"phrase": "", "anchor": "", "evidence": "", "rule": "", "confidence": 1.0,
                  "manual": 0, "note": "", "published_basis": ""},
        foreign_keys=[("key", "shows", "key"), ("source_id", "sources", "id")],
    )
    db.table("claims").create_index(["key", "season"])
    db.table("claims").create_index(["source_id"])
    # Derived: one row per (show, season) with its current estimate, refreshed in the same
    # transaction as every write, so listing the timeline is one SELECT.
    db.table("entries").create(
        {"key": str, "season": int, "show": str, "start_date": str, "end_date": str,
         "precision": str, "phrase": str, "anchor": str, "change": str, "sources": int,
         "revision": int, "updated": str},
        not_null={"key", "show", "precision", "change", "sources", "revision"},
        foreign_keys=[("key", "shows", "key")],
    )
    db.table("entries").create_index(["key"])
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v2_incremental_timeline(db: Database) -> None:
    """Each claim keeps its group's state after it, so a write replays only what it changes."""
    from tracker.store.refresh import Refresher

    claims = db.table("claims")
    claims.add_column("grp", int)
    claims.add_column("ord", str, not_null_default="")
    for column in ("ext_id", "man_id", "est_id"):
        claims.add_column(column, int)
    claims.add_column("move", str)
    db.execute("DROP INDEX IF EXISTS idx_claims_key_season")
    db.execute("DROP INDEX IF EXISTS idx_entries_key")
    claims.create_index(["key", "grp", "ord", "id"], index_name="idx_claims_group")
    claims.create_index(["key", "season", "ord", "id"], index_name="idx_claims_season")
    db.table("entries").add_column("moves", int, not_null_default=0)  # times the estimate moved
    db.table("entries").create_index(["key", "season"], index_name="idx_entries_group")
    db.table("sources").create_index(["url"], index_name="idx_sources_url")
    db.execute("UPDATE claims SET ord = coalesce(published, '')")
    refresher = Refresher(db.conn)
    for (key,) in db.execute("SELECT key FROM shows").fetchall():
        refresher.rebuild(key)


MIGRATIONS: list[Callable[[Database], None]] = [_v1_tables, _v2_incremental_timeline]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def check_compatible(conn: sqlite3.Connection, name: str) -> int:
    """The schema version, after refusing newer schemas and other programs' databases. The
    version, the application id and the tables are read in one snapshot: read one by one, a
    database another process was creating meanwhile looked like another program's (version 0
    read before its commit, its tables after)."""
    if conn.in_transaction:
        return _check_compatible(conn, name)
    conn.execute("BEGIN")
    try:
        return _check_compatible(conn, name)
    finally:
        conn.execute("COMMIT")


def _check_compatible(conn: sqlite3.Connection, name: str) -> int:
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{name} was written by a newer tracker (schema {version}; this one knows up to "
            f"{SCHEMA_VERSION}): upgrade tracker to use it"
        )
    app = application_id(conn)
    if app not in (0, APPLICATION_ID) or (version > 0 and app != APPLICATION_ID):
        raise StoreError(f"{name} is a SQLite database of another program, not tracker's")
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        if tables.fetchone()[0]:
            raise StoreError(f"{name} is a SQLite database of another program, not tracker's")
    return version


def migrate(conn: sqlite3.Connection, name: str) -> None:
    """Bring the schema up to date in one transaction (a no-op when it is current)."""
    if check_compatible(conn, name) >= SCHEMA_VERSION:
        return
    from sqlite_utils import Database

    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_compatible(conn, name)  # again: another process may have migrated
        db = Database(conn, execute_plugins=False, recursive_triggers=False)
        for migration in MIGRATIONS[version:]:
            migration(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
