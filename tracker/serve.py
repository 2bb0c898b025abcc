"""`tracker serve`: the timeline as calendar feeds over HTTP, for calendar apps to subscribe to.

Two feeds, rebuilt from the database on every request so they are always current:

- ``/premieres.ics``: every season with a date or a window (windows as TENTATIVE placeholders);
- ``/confirmed.ics``: exact dates only.

Each response carries an ``ETag`` (a hash of the body) and a ``Last-Modified`` (when this
server first saw that body), so an app polling the feed gets ``304 Not Modified`` while nothing
has changed. ``If-None-Match`` wins over ``If-Modified-Since`` (RFC 9110). Everything else is
404. The server binds to loopback unless told otherwise.
"""

from __future__ import annotations

import errno
import hashlib
import ipaddress
import signal
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tracker.errors import TrackerError
from tracker.export import entries_to_ics

if TYPE_CHECKING:
    from tracker.model import Entry
    from tracker.store import Store

# Path → confirmed_only.
FEEDS: Mapping[str, bool] = {"/premieres.ics": False, "/confirmed.ics": True}
CONTENT_TYPE = "text/calendar; charset=utf-8"


class ServeError(TrackerError):
    """The server cannot start (port taken, address not available, no permission)."""


# Above this many shows, one read of every claim beats one read per show.
_PER_SHOW_LIMIT = 20


def with_history(store: Store, entries: list[Entry], *, today: date) -> list[Entry]:
    """``entries`` (from `Store.entries`, which has no history) with their claim history, so
    calendar descriptions can quote the evidence behind each estimate."""
    from tracker.timeline import build_timeline

    keys = sorted({entry.key for entry in entries})
    if len(keys) <= _PER_SHOW_LIMIT:
        claims = [claim for key in keys for claim in store.claims(key)]
    else:
        claims = store.claims()
    rebuilt = build_timeline(claims, today=today, keep_empty=True)
    histories = {(e.key, e.season): e.history for e in rebuilt}
    return [replace(e, history=histories.get((e.key, e.season), e.history)) for e in entries]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Feed:
    """One rendered feed: the body and its validators."""

    body: bytes
    etag: str
    last_modified: datetime  # UTC, whole seconds


class FeedBuilder:
    """Builds feed bodies from the database and remembers when each body first appeared."""

    def __init__(
        self,
        store_factory: Callable[[], Store],
        today_fn: Callable[[], date],
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._store_factory = store_factory
        self._today_fn = today_fn
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[str, datetime]] = {}  # path → (etag, first seen)
        self._bodies: dict[str, tuple[str, bytes]] = {}  # path → (fingerprint, body)

    def build(self, path: str) -> Feed | None:
        """The feed at ``path``, or None when there is no such feed."""
        if path not in FEEDS:
            return None
        today = self._today_fn()
        with closing(self._store_factory()) as store:
            entries = with_history(store, store.entries(today=today), today=today)
        body = self._body(path, entries)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        with self._lock:
            known = self._seen.get(path)
            if known is None or known[0] != etag:
                known = (etag, self._clock().astimezone(timezone.utc).replace(microsecond=0))
                self._seen[path] = known
        return Feed(body, etag, known[1])

    def _body(self, path: str, entries: list[Entry]) -> bytes:
        """The calendar for ``entries``, rebuilt only when they differ from last time (building
        a calendar costs far more than reading the database)."""
        fingerprint = hashlib.sha256(repr(entries).encode("utf-8", "surrogatepass")).hexdigest()
        with self._lock:
            cached = self._bodies.get(path)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
        body = entries_to_ics(entries, confirmed_only=FEEDS[path])
        with self._lock:
            self._bodies[path] = (fingerprint, body)
        return body


def is_not_modified(headers: Mapping[str, str], feed: Feed) -> bool:
    """True when the client's validators say it already has this body."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return "*" in tags or any(tag.removeprefix("W/") == feed.etag for tag in tags)
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return feed.last_modified <= since
    return False


class FeedHandler(BaseHTTPRequestHandler):
    """GET and HEAD for the feeds; 404 for any other path."""

    server: FeedServer
    server_version = "tracker-feed"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        path = urlsplit(self.path).path
        try:
            feed = self.server.feeds.build(path)
        except Exception as exc:  # a missing or broken database must not kill the server
            self.log_error("cannot build %s: %s", path, exc)
            self._send_plain(HTTPStatus.INTERNAL_SERVER_ERROR, b"feed unavailable\n", send_body)
            return
        if feed is None:
            self._send_plain(HTTPStatus.NOT_FOUND, b"not found: try /premieres.ics\n", send_body)
            return
        not_modified = is_not_modified(self.headers, feed)
        self.send_response(HTTPStatus.NOT_MODIFIED if not_modified else HTTPStatus.OK)
        self.send_header("ETag", feed.etag)
        self.send_header("Last-Modified", format_datetime(feed.last_modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        if not_modified:
            self.end_headers()
            return
        self.send_header("Content-Type", CONTENT_TYPE)
        self.send_header("Content-Length", str(len(feed.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(feed.body)

    def _send_plain(self, status: HTTPStatus, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        self.server.log(f"{self.address_string()} {format % args}")


class FeedServer(ThreadingHTTPServer):
    """A threading HTTP server that carries the feed builder and a log function."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        feeds: FeedBuilder,
        log: Callable[[str], None],
    ) -> None:
        self.feeds = feeds
        self.log = log
        super().__init__(address, FeedHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One log line instead of a traceback (a client hanging up mid-response, say)."""
        exc = sys.exc_info()[1]
        self.log(f"{client_address[0]} connection error: {exc!r}")

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}"


class _FeedServer6(FeedServer):
    address_family = socket.AF_INET6


def _log_to_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")


def make_server(
    store_factory: Callable[[], Store],
    host: str = "127.0.0.1",
    port: int = 8765,
    today_fn: Callable[[], date] = date.today,
    *,
    clock: Callable[[], datetime] = _utc_now,
    log: Callable[[str], None] = _log_to_stderr,
) -> FeedServer:
    """A bound server (not yet serving); ``port=0`` picks a free port (see ``server.url``).

    ``store_factory`` opens a fresh Store per request (closed after it). Raises `ServeError`
    when the address cannot be bound.
    """
    server_class = _FeedServer6 if ":" in host else FeedServer
    try:
        return server_class((host, port), FeedBuilder(store_factory, today_fn, clock), log)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use (try --port)") from None
        reason = exc.strerror or str(exc)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}") from None


def is_loopback(host: str) -> bool:
    """True when ``host`` is only reachable from this machine."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_until_stopped(server: FeedServer, on_ready: Callable[[], None] = lambda: None) -> None:
    """Serve until Ctrl-C or SIGTERM, then close the socket; returns normally either way.

    ``on_ready`` runs once the interrupt handling is in place (say, to print the URL), so a
    Ctrl-C that arrives right after it still stops the server cleanly.
    """

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = None
    try:
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, stop)
        on_ready()
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
