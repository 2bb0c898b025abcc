"""tracker.serve: the calendar feeds over loopback HTTP, with ETag and Last-Modified."""

from __future__ import annotations

import http.client
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import icalendar
import pytest

from tracker.errors import TrackerError
from tracker.export import entries_to_ics, event_uid
from tracker.load import Article
from tracker.model import Change, Claim, Entry, Precision, Status, Window
from tracker.names import show_key
from tracker.serve import FeedServer, ServeError, is_loopback, make_server
from tracker.store import Store

MARCH_18 = Window.day(date(2016, 3, 18), "March 18, 2016")
FALL_2016 = Window(date(2016, 9, 1), date(2016, 11, 30), Precision.SEASON, "this fall")


def entry(show: str, season: int, window: Window, revision: int = 0) -> Entry:
    status = Status.DATED if window.kind.value == "exact" else Status.WINDOW
    key = show.lower()
    return Entry(show, key, season, window, status, Change.NEW, revision=revision,
                 updated=date(2016, 1, 14))


@dataclass
class FakeStore:
    """Stands in for tracker.store.Store: what the server needs is `entries` and `close`."""

    data: list[Entry]
    log: list[str] = field(default_factory=list)

    def entries(self, *, today: date) -> list[Entry]:
        self.log.append(f"entries {today}")
        return list(self.data)

    def claims(self, key: str | None = None) -> list[object]:
        return []

    def close(self) -> None:
        self.log.append("close")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2016, 1, 14, 12, 0, 0, 500, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Running:
    server: FeedServer
    store: FakeStore
    clock: Clock
    lines: list[str]

    def get(self, path: str, headers: dict[str, str] | None = None,
            method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        host, port = self.server.server_address[:2]
        conn = http.client.HTTPConnection(str(host), port, timeout=10)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()


def start(server: FeedServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def running() -> Iterator[Running]:
    store = FakeStore([entry("Daredevil", 2, MARCH_18), entry("Iron Fist", 1, FALL_2016)])
    clock = Clock()
    lines: list[str] = []
    server = make_server(lambda: store, "127.0.0.1", 0, lambda: date(2016, 1, 14),
                         clock=clock, log=lines.append)
    thread = start(server)
    yield Running(server, store, clock, lines)
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_premieres_feed_is_the_full_export(running: Running) -> None:
    status, headers, body = running.get("/premieres.ics")
    assert status == 200
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert body == entries_to_ics(running.store.data)
    assert int(headers["Content-Length"]) == len(body)
    assert running.store.log == ["entries 2016-01-14", "close"]  # opened and closed per request


def test_confirmed_feed_has_exact_dates_only(running: Running) -> None:
    status, _, body = running.get("/confirmed.ics")
    assert status == 200
    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [event_uid("daredevil", 2)]


def test_query_string_is_ignored(running: Running) -> None:
    assert running.get("/premieres.ics?token=abc")[0] == 200


@pytest.mark.parametrize("path", ["/", "/premieres", "/other.ics", "/premieres.ics/x",
                                  "/../etc/passwd"],
                         ids=["root", "no-extension", "other-file", "subpath", "traversal"])
def test_other_paths_are_404(running: Running, path: str) -> None:
    status, _, _ = running.get(path)
    assert status == 404


def test_etag_gives_304_until_the_data_changes(running: Running) -> None:
    status, headers, first = running.get("/premieres.ics")
    assert status == 200
    etag = headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')

    status, headers, body = running.get("/premieres.ics", {"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert headers["ETag"] == etag

    running.store.data.append(entry("Luke Cage", 1, FALL_2016))
    status, headers, body = running.get("/premieres.ics", {"If-None-Match": etag})
    assert status == 200
    assert headers["ETag"] != etag
    assert body != first


@pytest.mark.parametrize(
    ("if_none_match", "expected"),
    [("{etag}", 304), ("W/{etag}", 304), ('"other", {etag}', 304), ("*", 304),
     ('"other"', 200)],
    ids=["exact", "weak", "in-a-list", "star", "different"],
)
def test_if_none_match_forms(running: Running, if_none_match: str, expected: int) -> None:
    etag = running.get("/premieres.ics")[1]["ETag"]
    status, _, _ = running.get("/premieres.ics",
                               {"If-None-Match": if_none_match.format(etag=etag)})
    assert status == expected


def test_last_modified_and_if_modified_since(running: Running) -> None:
    status, headers, _ = running.get("/premieres.ics")
    assert headers["Last-Modified"] == "Thu, 14 Jan 2016 12:00:00 GMT"
    since = headers["Last-Modified"]
    assert running.get("/premieres.ics", {"If-Modified-Since": since})[0] == 304

    # Same body an hour later: still the time it first appeared, still 304.
    running.clock.now += timedelta(hours=1)
    status, headers, _ = running.get("/premieres.ics", {"If-Modified-Since": since})
    assert status == 304
    assert headers["Last-Modified"] == since

    # The data changes: a new Last-Modified, and the old date no longer matches.
    running.store.data.pop()
    status, headers, _ = running.get("/premieres.ics", {"If-Modified-Since": since})
    assert status == 200
    assert headers["Last-Modified"] == "Thu, 14 Jan 2016 13:00:00 GMT"


def test_if_none_match_wins_over_if_modified_since(running: Running) -> None:
    since = running.get("/premieres.ics")[1]["Last-Modified"]
    status, _, _ = running.get("/premieres.ics",
                               {"If-None-Match": '"stale"', "If-Modified-Since": since})
    assert status == 200


@pytest.mark.parametrize("value", ["yesterday", "", "Thu, 99 Foo 2016"],
                         ids=["words", "empty", "garbled"])
def test_unreadable_if_modified_since_gives_the_body(running: Running, value: str) -> None:
    assert running.get("/premieres.ics", {"If-Modified-Since": value})[0] == 200


def test_older_if_modified_since_gives_the_body(running: Running) -> None:
    running.get("/premieres.ics")
    earlier = format_datetime(datetime(2016, 1, 13, tzinfo=timezone.utc), usegmt=True)
    assert running.get("/premieres.ics", {"If-Modified-Since": earlier})[0] == 200


def test_head_sends_headers_only(running: Running) -> None:
    status, headers, body = running.get("/premieres.ics", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["Content-Length"]) == len(entries_to_ics(running.store.data))


def test_requests_are_logged_one_line_each(running: Running) -> None:
    running.get("/premieres.ics")
    running.get("/nope")
    assert len(running.lines) == 2
    assert '"GET /premieres.ics HTTP/1.1" 200' in running.lines[0]
    assert '"GET /nope HTTP/1.1" 404' in running.lines[1]


def test_body_is_rebuilt_only_when_the_entries_change(
    running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.serve

    builds: list[int] = []

    def counting(entries: list[Entry], **options: bool) -> bytes:
        builds.append(len(entries))
        return entries_to_ics(entries, **options)

    monkeypatch.setattr(tracker.serve, "entries_to_ics", counting)
    first = running.get("/premieres.ics")[2]
    assert running.get("/premieres.ics")[2] == first
    assert builds == [2]
    # Only provenance changes (the phrase is left out of equality): still a new body.
    old = running.store.data[0]
    running.store.data[0] = Entry(old.show, old.key, old.season,
                                  MARCH_18.with_provenance("on March 18th"), old.status,
                                  old.change, revision=old.revision, updated=old.updated)
    assert running.get("/premieres.ics")[2] != first
    assert builds == [2, 2]


def test_a_broken_database_gives_500_and_the_server_keeps_going() -> None:
    calls = []

    def factory() -> FakeStore:
        calls.append(1)
        if len(calls) == 1:
            raise TrackerError("database is locked")
        return FakeStore([entry("Daredevil", 2, MARCH_18)])

    lines: list[str] = []
    server = make_server(factory, "127.0.0.1", 0, lambda: date(2016, 1, 14), log=lines.append)
    thread = start(server)
    try:
        probe = Running(server, FakeStore([]), Clock(), lines)
        assert probe.get("/premieres.ics")[0] == 500
        assert probe.get("/premieres.ics")[0] == 200
        assert any("database is locked" in line for line in lines)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_port_in_use_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError, match=f"port {port} on 127.0.0.1 is already in use"):
            make_server(lambda: FakeStore([]), "127.0.0.1", port)


def test_unknown_address_is_a_one_line_error() -> None:
    with pytest.raises(ServeError, match="cannot listen on 192.0.2.1:0"):
        make_server(lambda: FakeStore([]), "192.0.2.1", 0)  # TEST-NET, not ours


def test_server_url_reports_the_bound_port() -> None:
    server = make_server(lambda: FakeStore([]), "127.0.0.1", 0)
    try:
        port = server.server_address[1]
        assert port != 0
        assert server.url == f"http://127.0.0.1:{port}"
    finally:
        server.server_close()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("LOCALHOST", True), ("0.0.0.0", False), ("::", False),
     ("192.168.1.20", False), ("example.org", False), ("", False)],
    ids=["ipv4", "ipv4-range", "ipv6", "ipv6-brackets", "localhost", "localhost-caps",
         "all-ipv4", "all-ipv6", "lan", "hostname", "empty"],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# --- tracker serve (the real command in a child process) --------------------------------------

def ingest(db: Path, source: str, published: date, show: str, season: int,
           window: Window) -> None:
    claim = Claim(show, show_key(show), season, window, evidence=f"{show} news.",
                  source=source, published=published)
    with Store.open(db) as store:
        store.add_article(Article(text=f"{show} {window} news", source=source,
                                  published=published), [claim])


class Child:
    """`tracker serve` in a child process, its stderr read line by line in a thread."""

    def __init__(self, db: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tracker", "--db", str(db), "serve", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            # A shell runs background jobs with Ctrl-C ignored, and Python keeps an ignored
            # SIGINT ignored: give the child the default so it behaves as in a terminal.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, pattern: str, timeout: float = 30) -> re.Match[str]:
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                self.process.kill()
                pytest.fail(f"no line matching {pattern!r}; got {self.seen}")
            self.seen.append(line)
            match = re.search(pattern, line)
            if match:
                return match

    def stop(self) -> tuple[int, str]:
        """Ctrl-C (unless it already ended); the exit code and everything it wrote to stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=30)
        self.pump.join(10)
        while not self.lines.empty():
            self.seen.append(self.lines.get_nowait())
        return code, "".join(self.seen)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit_host_port(url)
    conn = http.client.HTTPConnection(*parts, timeout=10)
    try:
        conn.request("GET", "/" + url.split("/", 3)[3], headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def urlsplit_host_port(url: str) -> tuple[str, int]:
    host, port = url.split("/")[2].rsplit(":", 1)
    return host.strip("[]"), int(port)


def test_serve_command_200_then_304_then_200_after_an_ingest(tmp_path: Path) -> None:
    db = tmp_path / "serve.db"
    ingest(db, "news/a.txt", date(2016, 1, 14), "Daredevil", 2, MARCH_18)
    child = Child(db, "--port", "0", "--today", "2016-06-01")
    try:
        base = child.wait_for(r"serving (http://127\.0\.0\.1:\d+)/premieres\.ics").group(1)
        status, headers, first = fetch(base + "/premieres.ics")
        assert status == 200
        assert icalendar.Calendar.from_ical(first).walk("VEVENT")[0]["UID"] == event_uid(
            "daredevil", 2)

        status, _, body = fetch(base + "/premieres.ics", {"If-None-Match": headers["ETag"]})
        assert (status, body) == (304, b"")

        ingest(db, "news/b.txt", date(2016, 5, 2), "Luke Cage", 1, FALL_2016)
        status, after, body = fetch(base + "/premieres.ics", {"If-None-Match": headers["ETag"]})
        assert status == 200
        assert after["ETag"] != headers["ETag"]
        assert len(icalendar.Calendar.from_ical(body).walk("VEVENT")) == 2
        assert fetch(base + "/confirmed.ics")[0] == 200
    finally:
        code, stderr = child.stop()
    assert code == 0
    assert "Traceback" not in stderr
    assert stderr.rstrip().endswith("stopped")


def test_serve_command_without_a_database_serves_an_empty_calendar(tmp_path: Path) -> None:
    child = Child(tmp_path / "fresh.db", "--port", "0")
    try:
        base = child.wait_for(r"serving (http://\S+:\d+)/premieres\.ics").group(1)
        status, _, body = fetch(base + "/premieres.ics")
        assert status == 200
        assert icalendar.Calendar.from_ical(body).walk("VEVENT") == []
    finally:
        code, _ = child.stop()
    assert code == 0


def test_serve_command_warns_when_not_on_loopback(tmp_path: Path) -> None:
    child = Child(tmp_path / "s.db", "--host", "0.0.0.0", "--port", "0")
    try:
        child.wait_for(r"warning: listening on 0\.0\.0\.0, not loopback")
        child.wait_for(r"serving http://0\.0\.0\.0:\d+/premieres\.ics")
    finally:
        code, stderr = child.stop()
    assert code == 0 and "Traceback" not in stderr


def test_serve_command_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    child = Child(tmp_path / "s.db", "--port", "0")
    child.wait_for(r"serving http://")
    child.process.send_signal(signal.SIGTERM)
    child.process.wait(timeout=30)
    code, stderr = child.stop()
    assert code == 0 and "Traceback" not in stderr


def test_serve_command_port_taken_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", str(tmp_path / "s.db"), "serve",
             "--port", str(port)], capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == f"Error: port {port} on 127.0.0.1 is already in use (try --port)\n"
