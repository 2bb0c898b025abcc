"""Keeping the derived timeline current, incrementally, inside the writer's transaction.

Each claim row keeps the state of its (show, season) group right after it, in the order the
timeline reads claims (publication date, then storage order): which claims hold the
articles' estimate (``ext_id``), the hand-made estimate (``man_id``) and the current estimate
(``est_id``), and how the estimate moved on that claim (``move``). A new claim is read from
the state of the claim before it, and so are the claims after it, until one ends in the same
state as before: from there on nothing changes. Storing claims in publication order costs
one step per claim; an old article arriving late usually only a few.

``grp`` is the season whose group a claim belongs to: its own season, or for a claim
without one the season `tracker.timeline.route` picks (``-1``: the "season unknown" group).
The policy itself is `tracker.timeline.advance`: the same code `build_timeline` runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tracker.model import Change, EventKind, Precision, Window
from tracker.store.rows import ENTRY_COLUMNS
from tracker.timeline import REMOVE_RULE, Track, advance, route

NO_SEASON = -1  # grp of the "season unknown" group
START = ("", 0)  # before every claim in (ord, id) order
END = ("\uffff", 1 << 62)  # after every claim

_EVENT = {e.value: e for e in EventKind}
_PRECISION = {p.value: p for p in Precision}
_COLUMNS = "id, ord, start_date, end_date, precision, manual, rule, event"
_ROUTABLE = f"NOT (manual = 1 AND rule = '{REMOVE_RULE}') AND event != 'finale'"

_NO_ESTIMATE = (None, None, "tba", "", "none")  # the window of a group with no estimate left
Position = tuple[str, int]  # (ord, id): where a claim sits in its group's reading order


@dataclass(slots=True, eq=False)
class Row:
    """The part of a claim row the policy reads."""

    id: int
    window: Window
    manual: bool
    rule: str
    event: EventKind
    published: date | None


def _same(a: Window | None, b: Window | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.start, a.end) == (b.start, b.end)


@dataclass
class Dirty:
    """What a write did to one group: where to re-read from, and which claims are new to it."""

    positions: list[Position] = field(default_factory=list)
    new: list[int] = field(default_factory=list)  # ids of claims stored by this write
    full: bool = False  # claims moved in or out: count moves and sources from scratch

    def add(self, position: Position, *, new: bool) -> None:
        self.positions.append(position)
        if new:
            self.new.append(position[1])


class Refresher:
    """Replays groups and rewrites their entry rows, on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._windows: dict[tuple[str | None, str | None, str], Window] = {}

    def _window(self, start: str | None, end: str | None, precision: str) -> Window:
        key = (start, end, precision)
        window = self._windows.get(key)
        if window is None:
            window = Window(date.fromisoformat(start) if start else None,
                            date.fromisoformat(end) if end else None, _PRECISION[precision])
            self._windows[key] = window
        return window

    def _row(self, values: tuple) -> Row:  # type: ignore[type-arg]
        id_, ord_, start, end, precision, manual, rule, event = values[:8]
        return Row(id_, self._window(start, end, precision), bool(manual), rule, _EVENT[event],
                   date.fromisoformat(ord_) if ord_ else None)

    def _rows(self, ids: Iterable[int | None]) -> dict[int, Row]:
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        found = self.conn.execute(f"SELECT {_COLUMNS} FROM claims WHERE id IN ({marks})", wanted)
        return {values[0]: self._row(tuple(values)) for values in found}

    # -- routing -------------------------------------------------------------------------

    def latest(self, key: str) -> dict[int, Window]:
        """Per numbered season of a show, the window of its newest claim (for `route`)."""
        latest: dict[int, Window] = {}
        season = -1 << 62
        while True:
            found = self.conn.execute(
                "SELECT min(season) FROM claims WHERE key = ? AND season > ?", (key, season)
            ).fetchone()[0]
            if found is None:
                return latest
            season = found
            window = self.latest_of(key, season)
            if window is not None:
                latest[season] = window

    def latest_of(self, key: str, season: int) -> Window | None:
        row = self.conn.execute(
            f"SELECT start_date, end_date, precision FROM claims WHERE key = ? AND season = ? "
            f"AND {_ROUTABLE} ORDER BY ord DESC, id DESC LIMIT 1", (key, season),
        ).fetchone()
        return None if row is None else self._window(*row)

    def snapshot(self, key: str, seasons: Iterable[int | None]) -> dict[int, Window | None]:
        """The newest window of these seasons, taken before new claims are stored."""
        return {s: self.latest_of(key, s) for s in set(seasons) if s is not None}

    def route(self, key: str, latest: dict[int, Window], *, every: bool,
              dirty: dict[int, Dirty]) -> None:
        """Give claims without a season their group: the new ones, or ``every`` one."""
        where = "" if every else "AND grp IS NULL"
        rows = self.conn.execute(
            f"SELECT id, ord, published, grp FROM claims WHERE key = ? AND season IS NULL {where}",
            (key,),
        ).fetchall()
        for id_, ord_, published, grp in rows:
            season = route(date.fromisoformat(published) if published else None, latest)
            new = NO_SEASON if season is None else season
            if new == grp:
                continue
            self.conn.execute("UPDATE claims SET grp = ? WHERE id = ?", (new, id_))
            dirty.setdefault(new, Dirty()).add((ord_, id_), new=grp is None)
            if grp is not None:  # it moved from one group to another: recount both
                dirty[new].full = True
                dirty.setdefault(grp, Dirty()).add((ord_, id_), new=False)
                dirty[grp].full = True

    # -- replaying -----------------------------------------------------------------------

    def replay(self, key: str, grp: int, first: Position, last: Position) -> int:
        """Re-read a group from ``first``, stopping past ``last`` once a state is as stored.

        Returns how many more moves of the estimate the group has than before.
        """
        before = self.conn.execute(
            "SELECT ext_id, man_id, est_id FROM claims WHERE key = ? AND grp = ? "
            "AND (ord, id) < (?, ?) ORDER BY ord DESC, id DESC LIMIT 1", (key, grp, *first),
        ).fetchone() or (None, None, None)
        held = self._rows(before)
        track: Track[Row] = Track(*(held.get(i) for i in before))  # type: ignore[arg-type]
        cursor = self.conn.execute(
            f"SELECT {_COLUMNS}, ext_id, man_id, est_id, move FROM claims WHERE key = ? "
            f"AND grp = ? AND (ord, id) >= (?, ?) ORDER BY ord, id", (key, grp, *first),
        )
        updates, delta = [], 0
        for values in cursor:
            row = self._row(values)
            track, _, moved = advance(track, row)
            state = (*(None if c is None else c.id
                       for c in (track.extracted, track.manual, track.estimate)),
                     None if moved is None else moved.value)
            if state == tuple(values[8:12]) and (values[1], values[0]) > last:
                break  # the same state as before, and nothing changed after: done
            updates.append((*state, row.id))
            delta += (moved is not None) - (values[11] is not None)
        cursor.close()
        self.conn.executemany(
            "UPDATE claims SET ext_id = ?, man_id = ?, est_id = ?, move = ? WHERE id = ?", updates)
        return delta

    def write_entry(self, key: str, name: str, grp: int, dirty: Dirty, moves_delta: int) -> None:
        """Rewrite the entry row of one group from its claims' stored states."""
        season = None if grp == NO_SEASON else grp
        old = self.conn.execute(
            "SELECT rowid, moves, sources FROM entries WHERE key = ? AND season IS ?", (key, season)
        ).fetchone()
        last = self.conn.execute(
            "SELECT est_id FROM claims WHERE key = ? AND grp = ? ORDER BY ord DESC, id DESC "
            "LIMIT 1", (key, grp),
        ).fetchone()
        if last is None:  # every claim left the group
            self.conn.execute("DELETE FROM entries WHERE key = ? AND season IS ?", (key, season))
            return
        if old is None or dirty.full:
            moves, sources = self._count(key, grp)
        else:
            moves, sources = old[1] + moves_delta, old[2] + self._new_sources(key, grp, dirty.new)
        move, updated = self.conn.execute(
            "SELECT move, published FROM claims WHERE key = ? AND grp = ? AND move IS NOT NULL "
            "ORDER BY ord DESC, id DESC LIMIT 1", (key, grp),
        ).fetchone() or (Change.UNCHANGED.value, None)
        estimate = _NO_ESTIMATE if last[0] is None else self.conn.execute(
            "SELECT start_date, end_date, precision, phrase, anchor FROM claims WHERE id = ?",
            last,
        ).fetchone()
        values = (key, season, name, *estimate, move, sources, max(moves - 1, 0), updated, moves)
        if old is not None:
            self.conn.execute("DELETE FROM entries WHERE rowid = ?", (old[0],))
        self.conn.execute(
            f"INSERT INTO entries ({', '.join(ENTRY_COLUMNS)}, moves) "
            f"VALUES ({', '.join('?' * (len(ENTRY_COLUMNS) + 1))})", values,
        )

    def _count(self, key: str, grp: int) -> tuple[int, int]:
        """(moves of the estimate, distinct sources) of a group, counted from its claims."""
        row = self.conn.execute(
            "SELECT count(c.move), count(DISTINCT coalesce(s.url, 'manual')) FROM claims c "
            "LEFT JOIN sources s ON s.id = c.source_id WHERE c.key = ? AND c.grp = ?", (key, grp),
        ).fetchone()
        return row[0], row[1]

    def _new_sources(self, key: str, grp: int, new: list[int]) -> int:
        """How many sources the new claims bring that the group's older claims did not."""
        if not new:
            return 0
        marks = ", ".join("?" * len(new))
        theirs = self.conn.execute(
            f"SELECT DISTINCT c.source_id, s.url FROM claims c LEFT JOIN sources s "
            f"ON s.id = c.source_id WHERE c.id IN ({marks})", new).fetchall()
        first, count = min(new), 0
        for url in {url for _, url in theirs}:
            if url is None:  # hand-made claims count as one source, "manual"
                seen = self.conn.execute(
                    "SELECT 1 FROM claims WHERE key = ? AND grp = ? AND manual = 1 AND id < ? "
                    "LIMIT 1", (key, grp, first)).fetchone() is not None
            else:  # the same URL may have been stored before with other content
                own = {source for source, u in theirs if u == url}
                others = [source for (source,) in self.conn.execute(
                    "SELECT id FROM sources WHERE url = ?", (url,)) if source not in own]
                seen = any(self.conn.execute(
                    "SELECT 1 FROM claims WHERE source_id = ? AND +key = ? AND +grp = ? LIMIT 1",
                    (source, key, grp)).fetchone() for source in others)
            count += not seen
        return count

    # -- whole operations ----------------------------------------------------------------

    def after_insert(self, key: str, new: list[tuple[int, int | None, str]],
                     snapshot: dict[int, Window | None]) -> None:
        """Bring a show up to date after claims (id, season, ord) were inserted for it.

        ``snapshot`` is `snapshot` of the new claims' seasons, taken before they were stored.
        """
        dirty: dict[int, Dirty] = {}
        for id_, season, ord_ in new:
            if season is not None:
                dirty.setdefault(season, Dirty()).add((ord_, id_), new=True)
        moved = any(not _same(old, self.latest_of(key, s)) for s, old in snapshot.items())
        seasonless = any(season is None for _, season, _ in new)
        if moved:
            seasonless = seasonless or self.conn.execute(
                "SELECT 1 FROM claims WHERE key = ? AND season IS NULL LIMIT 1", (key,)
            ).fetchone() is not None
        if seasonless:  # route the new ones, or all of them when a season's news changed
            self.route(key, self.latest(key), every=moved, dirty=dirty)
        name = self.conn.execute("SELECT name FROM shows WHERE key = ?", (key,)).fetchone()[0]
        for grp, group in dirty.items():
            delta = self.replay(key, grp, min(group.positions), max(group.positions))
            self.write_entry(key, name, grp, group, delta)

    def rebuild(self, key: str) -> None:
        """Route and replay every claim of a show from scratch, and rewrite its entries."""
        self.conn.execute("UPDATE claims SET grp = season WHERE key = ? AND season IS NOT NULL",
                          (key,))
        self.conn.execute("UPDATE claims SET grp = NULL WHERE key = ? AND season IS NULL", (key,))
        self.conn.execute("UPDATE claims SET ext_id = NULL, man_id = NULL, est_id = NULL, "
                          "move = NULL WHERE key = ?", (key,))
        self.route(key, self.latest(key), every=True, dirty={})
        self.conn.execute("DELETE FROM entries WHERE key = ?", (key,))
        name = self.conn.execute("SELECT name FROM shows WHERE key = ?", (key,)).fetchone()[0]
        groups = [g for (g,) in self.conn.execute(
            "SELECT DISTINCT grp FROM claims WHERE key = ?", (key,))]
        for grp in groups:
            self.replay(key, grp, START, END)
            self.write_entry(key, name, grp, Dirty(full=True), 0)
