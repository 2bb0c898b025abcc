"""`Store`: the SQLite timeline (sources, shows, aliases, claims, and derived entries).

Every write is one ``BEGIN IMMEDIATE`` transaction that also refreshes the derived ``entries``
rows of the shows it touched, so a crash leaves an article fully in or fully out and the
timeline always matches the claims. The store never decides which claim wins: that is
`tracker.timeline.build_timeline`.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.errors import StoreError, UnknownShow
from tracker.model import Claim, Entry
from tracker.names import show_key
from tracker.store import connect as files
from tracker.store.refresh import Refresher
from tracker.store.rows import (
    CLAIM_COLUMNS,
    CLAIM_SELECT,
    ENTRY_COLUMNS,
    claim_of,
    claim_row,
    entry_of,
    entry_row,
)
from tracker.store.schema import SCHEMA_VERSION, check_compatible, migrate
from tracker.timeline import build_timeline

if TYPE_CHECKING:
    from sqlite_utils import Database

    from tracker.load import Article

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x1f\x7f-\x9f]")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one article did."""

    new: bool  # False: an article with the same content was stored before
    claims_added: int
    shows_new: int


@dataclass(frozen=True, slots=True)
class Counts:
    sources: int
    shows: int
    aliases: int
    claims: int
    manual: int
    entries: int


@dataclass(frozen=True, slots=True)
class CheckReport:
    integrity: list[str]  # PRAGMA integrity_check lines ("ok" when sound)
    foreign_key_problems: int
    stale_entries: list[str]  # show keys whose derived entries disagree with their claims
    counts: Counts

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems and not self.stale_entries


class Store:
    """A tracker database. Open with `Store.open` (or `Store.memory` in tests)."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None,
                 writable: bool = True, clock: Callable[[], str] = utc_now) -> None:
        conn.row_factory = sqlite3.Row
        self.conn = conn
        self.path = path
        self.writable = writable
        self.clock = clock  # timestamps for seen_at / added (the demo build pins it)
        self._db: Database | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, readonly: bool = False) -> Store:
        """Open (or create) the database at ``path``; raise `StoreError` rather than harm it.

        ``readonly``: the caller will only read. A missing file then gives an empty
        in-memory store instead of creating one, and a read-only file can still be read.
        """
        path = Path(path)
        exists = files.check_file(path)
        if not exists and not create:
            raise StoreError(f"no database at {path} yet: ingest articles or add a show first")
        if not exists and readonly:
            return cls.memory(path=path, writable=False)
        can_write = files.writable(path)
        if not can_write and not readonly:
            what = "file" if exists and os.access(path.absolute().parent, os.W_OK) else "folder"
            raise StoreError(f"cannot write {path}: the {what} is read-only")
        if not exists:
            files.prepare_new(path)
        conn = files.connect(path, readonly=not can_write)
        try:
            current = check_compatible(conn, str(path)) >= SCHEMA_VERSION  # before any write
            if can_write and not (readonly and current):  # readers leave a current file as is
                files.ensure_wal(conn)
                migrate(conn, str(path))
            elif not current:
                raise StoreError(f"{path} needs an upgrade but is read-only")
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot open {path}: {exc}") from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=path, writable=can_write)

    @classmethod
    def memory(cls, *, path: Path | None = None, writable: bool = True) -> Store:
        """An empty database in memory (tests, and reading a database that does not exist)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, ":memory:")
        return cls(conn, path=path, writable=writable)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> Database:
        """The same connection as a `sqlite_utils.Database` (imported on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so concurrent writers queue instead of failing."""
        if not self.writable:
            raise StoreError(f"cannot write {self.path}: it is read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write {self.path}: {exc}") from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write {self.path}: {exc}") from None

    # -- writing -------------------------------------------------------------------------

    def has_source(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sources WHERE content_hash = ?", (content_hash,))
        return row.fetchone() is not None

    def add_article(self, article: Article, claims: Sequence[Claim]) -> AddResult:
        """Store an article and its claims in one transaction; nothing if it was seen before."""
        digest = article.content_hash or hashlib.sha256(article.text.encode()).hexdigest()
        now = self.clock()
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO sources (url, title, published, published_basis, "
                "content_hash, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                (article.source, article.title,
                 article.published.isoformat() if article.published else None,
                 article.published_basis, digest, now),
            )
            if cursor.rowcount == 0:
                return AddResult(new=False, claims_added=0, shows_new=0)
            shows_new = self._insert_claims(claims, source_id=cursor.lastrowid, added=now)
        return AddResult(new=True, claims_added=len(claims), shows_new=shows_new)

    def add_manual(self, claim: Claim) -> bool:
        """Store a hand-made claim (an entry, an edit or a removal); True if the show is new."""
        if not claim.manual:
            raise ValueError("a hand-made claim has the source 'manual'")
        with self._write():
            return self._insert_claims([claim], source_id=None, added=self.clock()) > 0

    def _insert_claims(self, claims: Sequence[Claim], *, source_id: int | None,
                       added: str) -> int:
        names = {c.key: c.show for c in reversed(claims)}  # first spelling of each show wins
        shows_new = 0
        for key, name in names.items():
            shows_new += self.conn.execute(
                "INSERT OR IGNORE INTO shows (key, name, added) VALUES (?, ?, ?)",
                (key, name, added),
            ).rowcount
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (name, alias_key, key) VALUES (?, ?, ?)",
            [(c.show, show_key(c.show), c.key) for c in claims if show_key(c.show) != c.key],
        )
        refresher = Refresher(self.conn)
        before = {key: refresher.snapshot(key, [c.season for c in claims if c.key == key])
                  for key in names}
        insert = (f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})")
        new: dict[str, list[tuple[int, int | None, str]]] = {key: [] for key in names}
        for claim in claims:
            row = claim_row(claim, source_id=source_id, added=added)
            claim_id = int(self.conn.execute(insert, row).lastrowid or 0)
            new[claim.key].append((claim_id, claim.season, row[-1]))
        for key in names:
            refresher.after_insert(key, new[key], before[key])
        return shows_new

    def refresh_all(self) -> None:
        """Recompute every group's state and entry from scratch (to repair, or after a change)."""
        with self._write() as conn:
            refresher = Refresher(conn)
            for (key,) in conn.execute("SELECT key FROM shows").fetchall():
                refresher.rebuild(key)

    # -- reading -------------------------------------------------------------------------

    def _claims(self, where: str = "", params: Sequence[Any] = ()) -> tuple[list[Claim], list[str]]:
        rows = self.conn.execute(f"{CLAIM_SELECT} {where} ORDER BY c.id", params).fetchall()
        return [claim_of(row) for row in rows], [row["added"] for row in rows]

    def claims(self, key: str | None = None) -> list[Claim]:
        """Stored claims in the order they were stored, of one show or all."""
        return self._claims("WHERE c.key = ?", (key,))[0] if key else self._claims()[0]

    def entries(self, *, today: date) -> list[Entry]:
        """The timeline: one entry per (show, season), without history (one SELECT)."""
        rows = self.conn.execute(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entries WHERE change != 'unchanged' "
            "ORDER BY key, season"
        )
        rows.row_factory = None  # plain tuples: faster for the whole timeline
        return [entry_of(row, today=today) for row in rows]

    def history(self, key: str, *, today: date) -> list[Entry]:
        """Every season of one show with its full history, withdrawn entries included."""
        claims, seen = self._claims("WHERE c.key = ?", (key,))
        name = self.conn.execute("SELECT name FROM shows WHERE key = ?", (key,)).fetchone()
        entries = build_timeline(claims, today=today, seen_at=seen, keep_empty=True)
        return [replace(e, show=name[0]) for e in entries] if name else entries

    def known_titles(self) -> list[str]:
        """Every show name and alias, for the extractor to recognise in articles."""
        rows = self.conn.execute("SELECT name FROM shows UNION SELECT name FROM aliases")
        return sorted(row[0] for row in rows)

    def find_show(self, name: str) -> tuple[str, str]:
        """(key, display name) of a tracked show, or `UnknownShow` with close names."""
        key = show_key(name)
        row = self.conn.execute(
            "SELECT key, name FROM shows WHERE key = ? UNION ALL SELECT s.key, s.name FROM "
            "aliases a JOIN shows s ON s.key = a.key WHERE a.alias_key = ? LIMIT 1", (key, key),
        ).fetchone()
        if row is not None:
            return row[0], row[1]
        message = f"no show named {_plain(name)!r} is tracked"
        close = self.suggest(name)
        if close:
            message += "; did you mean " + ", ".join(repr(_plain(n)) for n in close) + "?"
        raise UnknownShow(message)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Tracked show names close to ``name``."""
        names = {row[0]: row[1] for row in self.conn.execute("SELECT key, name FROM shows")}
        key = show_key(name)
        close = difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6)
        if key and len(close) < limit:
            close += [k for k in names if key in k and k not in close][: limit - len(close)]
        return [names[k] for k in close]

    def counts(self) -> Counts:
        def one(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        return Counts(
            sources=one("SELECT count(*) FROM sources"),
            shows=one("SELECT count(*) FROM shows"),
            aliases=one("SELECT count(*) FROM aliases"),
            claims=one("SELECT count(*) FROM claims"),
            manual=one("SELECT count(*) FROM claims WHERE manual = 1"),
            entries=one("SELECT count(*) FROM entries WHERE change != 'unchanged'"),
        )

    def check(self) -> CheckReport:
        """Integrity check, foreign keys, and whether the derived entries match the claims."""
        integrity = [row[0] for row in self.conn.execute("PRAGMA integrity_check")]
        foreign = len(self.conn.execute("PRAGMA foreign_key_check").fetchall())
        stale = []
        if integrity == ["ok"]:
            stored: dict[str, set[tuple[Any, ...]]] = {}
            for row in self.conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entries"):
                stored.setdefault(row[0], set()).add(tuple(row))
            claims, seen = self._claims()
            built: dict[str, set[tuple[Any, ...]]] = {}
            names = dict(self.conn.execute("SELECT key, name FROM shows").fetchall())
            for entry in build_timeline(claims, today=date.min, seen_at=seen, keep_empty=True):
                built.setdefault(entry.key, set()).add(entry_row(entry, names.get(entry.key, "")))
            stale = sorted(k for k in stored.keys() | built.keys() if stored.get(k) != built.get(k))
        return CheckReport(integrity, foreign, stale, self.counts())


def _plain(text: str) -> str:
    """Untrusted text for a one-line message: no control characters or escape codes."""
    return _CONTROL.sub("", text)
