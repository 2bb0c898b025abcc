"""The SQLite store: schema on open, idempotent ingest, round trips, derived entries, refusals."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.errors import StoreError, UnknownShow
from tracker.model import Anchor, Change, Claim, EventKind, Precision, Status, Window
from tracker.store import SCHEMA_VERSION, Store
from tracker.timeline import MANUAL_RULE, REMOVE_RULE, build_timeline

TODAY = date(2016, 1, 14)


@dataclass(frozen=True)
class Article:
    """What `Store.add_article` reads of a `tracker.load.Article`."""

    text: str
    source: str
    title: str = ""
    published: date | None = None
    published_basis: str = ""
    content_hash: str = ""


def claim(show: str, season: int | None, window: str, *, published: str = "2016-01-10",
          phrase: str = "", source: str = "a.txt") -> Claim:
    return Claim(
        show=show, key=show.lower(), season=season,
        window=Window.from_str(window).with_provenance(phrase or window, Anchor.EXPLICIT),
        evidence=f"{show} returns {phrase or window}.", span=(10, 20), rule="test-rule",
        confidence=0.75, source=source, published=date.fromisoformat(published),
        published_basis="option",
    )


def article(text: str = "Daredevil season 2 debuts March 18.", source: str = "a.txt",
            published: str = "2016-01-10") -> Article:
    return Article(text=text, source=source, title="News", published=date.fromisoformat(published),
                   published_basis="option", content_hash=f"hash-{text}")


def by_hand(show: str, season: int | None, window: str, *, published: str = "2016-01-14",
            rule: str = MANUAL_RULE) -> Claim:
    return Claim(show=show, key=show.lower(), season=season, window=Window.from_str(window),
                 source="manual", rule=rule, published=date.fromisoformat(published), note="mine")


@pytest.fixture
def store() -> Store:
    return Store.memory()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.db"


def test_open_creates_the_schema_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        tables = set(store.db.table_names())
    assert {"sources", "shows", "aliases", "claims", "entries"} <= tables


def test_reopening_keeps_the_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_article(article(), [claim("Daredevil", 2, "2016-03-18 day")])
    with Store.open(db_path) as store:
        assert store.counts().claims == 1
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "t.db"
    Store.open(path).close()
    assert path.exists()


def test_add_article_is_idempotent_by_content_hash(store: Store) -> None:
    claims = [claim("Daredevil", 2, "2016-03-18 day"), claim("Luke Cage", 1, "tba")]
    first = store.add_article(article(), claims)
    again = store.add_article(article(source="copy.txt"), claims)
    assert (first.new, first.claims_added, first.shows_new) == (True, 2, 2)
    assert (again.new, again.claims_added, again.shows_new) == (False, 0, 0)
    assert (store.counts().sources, store.counts().claims) == (1, 2)


def test_article_without_claims_is_remembered(store: Store) -> None:
    assert store.add_article(article("A film review."), []).new
    assert store.has_source("hash-A film review.")
    assert store.counts().claims == 0


def test_claims_round_trip_with_provenance(store: Store) -> None:
    original = claim("Daredevil", 2, "2016-03-01..2016-03-31 month", phrase="in March")
    store.add_article(article(source="news/dd.txt"), [original])
    (back,) = store.claims("daredevil")
    assert back == original
    assert (back.window.phrase, back.window.anchor, back.evidence, back.span, back.rule) == (
        "in March", Anchor.EXPLICIT, "Daredevil returns in March.", (10, 20), "test-rule")
    assert (back.source, back.published, back.published_basis, back.confidence) == (
        "news/dd.txt", date(2016, 1, 10), "option", 0.75)


def test_entries_are_the_timeline_of_the_claims(store: Store) -> None:
    store.add_article(article("one", published="2015-12-01"),
                      [claim("Daredevil", 2, "2016-01-01..2016-12-31 year",
                             published="2015-12-01")])
    store.add_article(article("two"), [claim("Daredevil", 2, "2016-03-18 day")])
    (entry,) = store.entries(today=TODAY)
    assert (str(entry.window), entry.status, entry.change, entry.revision, entry.sources) == (
        "2016-03-18 day", Status.DATED, Change.NARROWED, 1, 1)
    assert entry.updated == date(2016, 1, 10)
    assert entry.history == ()
    expected = build_timeline(store.claims(), today=TODAY)
    assert [(e.key, e.season, e.window) for e in expected] == [(entry.key, 2, entry.window)]


def test_entry_status_follows_today(store: Store) -> None:
    store.add_article(article(), [claim("Daredevil", 2, "2016-03-18 day")])
    assert store.entries(today=date(2016, 3, 18))[0].status is Status.DATED
    assert store.entries(today=date(2016, 3, 19))[0].status is Status.AIRED


def test_entry_uses_the_first_name_of_the_show(store: Store) -> None:
    store.add_article(article("one"), [claim("Daredevil", 2, "tba")])
    store.add_article(article("two"), [Claim("DAREDEVIL", "daredevil", 2, Window.tba())])
    assert [e.show for e in store.entries(today=TODAY)] == ["Daredevil"]


def test_hand_made_entry_wins_then_removal_restores(store: Store) -> None:
    store.add_article(article(), [claim("Daredevil", 2, "2016-03-18 day")])
    store.add_manual(by_hand("Daredevil", 2, "2016-09-01..2016-11-30 season"))
    assert str(store.entries(today=TODAY)[0].window) == "2016-09-01..2016-11-30 season"
    store.add_manual(by_hand("Daredevil", 2, "tba", rule=REMOVE_RULE))
    (entry,) = store.entries(today=TODAY)
    assert (str(entry.window), entry.change) == ("2016-03-18 day", Change.MOVED_UP)
    (story,) = store.history("daredevil", today=TODAY)
    assert [(s.claim.source, s.claim.rule) for s in story.history] == [
        ("a.txt", "test-rule"), ("manual", MANUAL_RULE), ("manual", REMOVE_RULE)]
    assert store.counts().manual == 2


def test_removed_hand_made_show_keeps_its_history(store: Store) -> None:
    store.add_manual(by_hand("Severance", 1, "2016-10-03 day"))
    store.add_manual(by_hand("Severance", 1, "tba", rule=REMOVE_RULE))
    assert store.entries(today=TODAY) == []
    (story,) = store.history("severance", today=TODAY)
    assert len(story.history) == 2


def test_add_manual_refuses_extracted_claims(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_manual(claim("Daredevil", 2, "tba"))


def test_a_failed_write_leaves_nothing_behind(store: Store,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("tracker.store.refresh.Refresher.after_insert", broken)
    with pytest.raises(RuntimeError):
        store.add_article(article(), [claim("Daredevil", 2, "tba")])
    assert store.counts() == store.counts().__class__(0, 0, 0, 0, 0, 0)
    assert not store.conn.in_transaction


def test_known_titles_skip_spellings_the_key_already_matches(store: Store) -> None:
    store.add_article(article(), [claim("Luke Cage", 1, "tba"),
                                  Claim("Marvel's Luke Cage", "luke cage", 1, Window.tba()),
                                  claim("Daredevil", 2, "tba")])
    assert store.known_titles() == ["Daredevil", "Luke Cage"]
    assert store.counts().aliases == 0


def test_alias_is_stored_when_the_key_differs(store: Store) -> None:
    store.add_article(article(), [Claim("Daredevil", "daredevil", 2, Window.tba()),
                                  Claim("The Man Without Fear", "daredevil", 2, Window.tba())])
    assert store.known_titles() == ["Daredevil", "The Man Without Fear"]
    assert store.find_show("the man without fear") == ("daredevil", "Daredevil")


@pytest.mark.parametrize("name", ["Luke Cage", "luke cage", "Marvel's Luke Cage", "  LUKE  CAGE "],
                         ids=["exact", "lower", "brand", "spacing"])
def test_find_show_by_any_spelling(store: Store, name: str) -> None:
    store.add_article(article(), [claim("Luke Cage", 1, "tba")])
    assert store.find_show(name) == ("luke cage", "Luke Cage")


def test_unknown_show_suggests_close_names(store: Store) -> None:
    store.add_article(article(), [claim("Luke Cage", 1, "tba"), claim("Daredevil", 2, "tba")])
    with pytest.raises(UnknownShow, match="did you mean 'Luke Cage'"):
        store.find_show("Luke Cagee")


def test_unknown_show_message_drops_escape_codes(store: Store) -> None:
    with pytest.raises(UnknownShow) as info:
        store.find_show("\x1b[31mRed\x1b[0m\x07")
    assert "\x1b" not in str(info.value) and "\x07" not in str(info.value)
    assert "'Red'" in str(info.value)


def test_check_reports_ok_and_counts(store: Store) -> None:
    store.add_article(article(), [claim("Daredevil", 2, "tba"), claim("Luke Cage", 1, "tba")])
    report = store.check()
    assert report.ok
    assert (report.counts.sources, report.counts.shows, report.counts.claims,
            report.counts.entries) == (1, 2, 2, 2)


def test_check_finds_stale_entries_and_refresh_repairs_them(store: Store) -> None:
    store.add_article(article(), [claim("Daredevil", 2, "2016-03-18 day")])
    store.conn.execute("UPDATE entries SET start_date = '2017-01-01', end_date = '2017-01-01'")
    assert store.check().stale_entries == ["daredevil"]
    store.refresh_all()
    assert store.check().ok


# -- refusals: the file is left exactly as it was ------------------------------------------------


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA application_id = 1953653611")
    conn.commit()
    conn.close()


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()


REFUSED = [
    ("text-file", lambda p: p.write_text("Daredevil season 2 debuts March 18.\n"),
     "not a SQLite database"),
    ("short-binary", lambda p: p.write_bytes(b"SQLite format 3"), "not a SQLite database"),
    ("newer-schema", _newer_schema, "newer tracker"),
    ("other-program", _other_program, "another program"),
]


@pytest.mark.parametrize(("make", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
@pytest.mark.parametrize("readonly", [False, True], ids=["write", "read"])
def test_refused_files_are_untouched(db_path: Path, make, message: str, readonly: bool) -> None:
    make(db_path)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match=message):
        Store.open(db_path, readonly=readonly)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["t.db"]


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)


def test_missing_database_without_create(db_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store.open(db_path, create=False)
    assert not db_path.exists()


def test_reading_a_missing_database_creates_nothing(db_path: Path) -> None:
    with Store.open(db_path, readonly=True) as store:
        assert store.entries(today=TODAY) == []
        with pytest.raises(StoreError, match="read-only"):
            store.add_manual(by_hand("Severance", 1, "tba"))
    assert not db_path.exists()


def test_empty_file_becomes_a_database(db_path: Path) -> None:
    db_path.touch()
    Store.open(db_path).close()
    assert db_path.read_bytes().startswith(b"SQLite format 3\x00")


def test_window_precision_and_tba_round_trip(store: Store) -> None:
    windows = ["tba", "2016-03-18 day", "2016-09-01..2016-11-30 season",
               "2016-01-01..2016-06-30 half"]
    for i, text in enumerate(windows):
        store.add_article(article(f"t{i}"), [claim(f"Show {i}", 1, text)])
    got = {e.key: e.window for e in store.entries(today=TODAY)}
    assert [got[f"show {i}"] for i in range(4)] == [Window.from_str(w) for w in windows]
    assert got["show 2"].precision is Precision.SEASON


def test_finale_claims_are_stored_but_do_not_date_a_premiere(store: Store) -> None:
    finale = Claim("Daredevil", "daredevil", 2, Window.from_str("2016-05-20 day"),
                   event=EventKind.FINALE, published=date(2016, 1, 10))
    store.add_article(article(), [finale])
    assert store.entries(today=TODAY) == []
    assert store.claims("daredevil")[0].event is EventKind.FINALE


def test_reading_leaves_a_current_database_byte_identical(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_article(article(), [claim("Daredevil", 2, "2016-03-18 day")])
        store.conn.execute("PRAGMA journal_mode = DELETE")  # as the bundled demo is shipped
    before = db_path.read_bytes()
    with Store.open(db_path, readonly=True) as store:
        assert len(store.entries(today=TODAY)) == 1
        assert store.history("daredevil", today=TODAY)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["t.db"]


# -- the incremental timeline equals the pure policy, whatever the order claims arrive in -------

WINDOWS = ["tba", "2016-03-18 day", "2016-04-08 day", "2016-03-01..2016-03-31 month",
           "2016-03-01..2016-05-31 season", "2016-09-01..2016-11-30 season",
           "2016-01-01..2016-12-31 year", "2017-01-01..2017-12-31 year", "2016-02-10 day"]

claim_specs = st.tuples(
    st.sampled_from(["Daredevil", "Luke Cage"]),  # show
    st.sampled_from([None, 1, 2, 3]),  # season
    st.integers(0, 120),  # published: days after 2016-01-01 (ties happen; dates pass)
    st.sampled_from(WINDOWS),
    st.sampled_from(["article", "article", "article", "finale", "by-hand", "removal"]),
)


def _spec_claim(spec: tuple) -> Claim:  # type: ignore[type-arg]
    show, season, day, window, what = spec
    published = date.fromordinal(date(2016, 1, 1).toordinal() + day)
    manual = what in ("by-hand", "removal")
    return Claim(
        show=show, key=show.lower(), season=season,
        window=(Window.tba() if what == "removal"
                else Window.from_str(window).with_provenance(window)),
        event=EventKind.FINALE if what == "finale" else EventKind.PREMIERE,
        source="manual" if manual else f"news/{day}.txt",
        rule=REMOVE_RULE if what == "removal" else (MANUAL_RULE if manual else "cue"),
        published=published,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(claim_specs, min_size=1, max_size=3), min_size=1, max_size=12))
def test_incremental_entries_match_the_pure_timeline(batches: list[list[tuple]]) -> None:  # type: ignore[type-arg]
    with Store.memory() as store:
        for n, batch in enumerate(batches):
            claims = [_spec_claim(spec) for spec in batch]
            articles = [c for c in claims if not c.manual]
            if articles:
                store.add_article(article(f"batch {n}"), articles)
            for c in claims:
                if c.manual:
                    store.add_manual(c)
        report = store.check()
        assert report.stale_entries == []
        before = store.entries(today=TODAY)
        store.refresh_all()
        assert store.entries(today=TODAY) == before


def test_a_version_1_database_is_migrated(db_path: Path) -> None:
    from sqlite_utils import Database

    from tracker.store.schema import MIGRATIONS

    conn = sqlite3.connect(db_path, isolation_level=None)
    MIGRATIONS[0](Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO shows VALUES ('daredevil', 'Daredevil', '2016-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO sources (id, url, published, content_hash, seen_at) "
                 "VALUES (1, 'a.txt', '2016-01-10', 'h', 'x')")
    for published, start, end, precision in [("2016-01-10", "2016-03-18", "2016-03-18", "day"),
                                             ("2015-10-01", "2016-01-01", "2016-12-31", "year")]:
        conn.execute(
            "INSERT INTO claims (key, show, season, event, kind, start_date, end_date, precision, "
            "anchor, source_id, manual, published, added) VALUES ('daredevil', 'Daredevil', 2, "
            "'premiere', 'window', ?, ?, ?, 'explicit', 1, 0, ?, 'x')",
            (start, end, precision, published))
    conn.close()
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.check().ok
        (entry,) = store.entries(today=TODAY)
    assert (str(entry.window), entry.change, entry.revision) == (
        "2016-03-18 day", Change.NARROWED, 1)


def test_a_database_created_meanwhile_by_another_process_is_not_another_programs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The version, the application id and the tables are read in one snapshot: a tracker
    process that creates the schema between those reads (four ingests starting at once on a
    new file) must not make it look like another program's database."""
    from tracker.store import schema
    from tracker.store.connect import ensure_wal

    path = tmp_path / "shared.db"
    reader = sqlite3.connect(path, isolation_level=None)
    ensure_wal(reader)
    real = schema.user_version
    raced: list[bool] = []

    def version_then_another_process_migrates(conn: sqlite3.Connection) -> int:
        seen = real(conn)
        if conn is reader and not raced:
            raced.append(True)
            other = sqlite3.connect(path, isolation_level=None)
            schema.migrate(other, str(path))  # (commits its tables and its application id)
            other.close()
        return seen

    monkeypatch.setattr(schema, "user_version", version_then_another_process_migrates)
    assert schema.check_compatible(reader, str(path)) == 0  # the snapshot it began in
    monkeypatch.setattr(schema, "user_version", real)
    assert schema.check_compatible(reader, str(path)) == SCHEMA_VERSION
    reader.close()
