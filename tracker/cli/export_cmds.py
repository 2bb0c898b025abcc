"""`tracker export` (calendar, JSON, CSV) and `tracker serve` (calendar feeds over HTTP)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tracker.cli import cli
from tracker.cli.app import App, global_options, pass_app

if TYPE_CHECKING:
    from tracker.model import Entry
    from tracker.store import Store


@cli.command()
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["ics", "json", "csv"]), default="ics",
    show_default=True, help="Output format.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    help="Write to FILE (replaced atomically) instead of stdout.",
)
@click.option("--confirmed-only", is_flag=True, help="Exact dates only: no windows.")
@click.option("--show", metavar="NAME", help="Only seasons of this show.")
@click.option(
    "--days", type=click.IntRange(min=0), metavar="N",
    help="Only the next N days (default: every season with a date or window, past and future).",
)
@global_options()
@pass_app
def export(app: App, fmt: str, output: Path | None, confirmed_only: bool, show: str | None,
           days: int | None) -> None:
    """Export the timeline as an iCalendar file, JSON or CSV.

    \b
    Windows become one-day TENTATIVE placeholders titled "[TBA fall 2017] Show – Season 2
    premiere"; seasons with no date (TBA) are left out. Exporting an unchanged timeline twice
    gives the same bytes, and each season keeps its UID, so re-importing updates events.

    \b
    Examples:
      tracker export -o premieres.ics
      tracker export --confirmed-only --days 30
      tracker export -f csv --show "Jessica Jones"
    """
    entries = _selected_entries(app, show=show, days=days, confirmed_only=confirmed_only)
    data = _render(fmt, entries, confirmed_only=confirmed_only)
    if output is None or str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_atomically(output, data)
    app.err.print(f"wrote {len(entries)} season(s) to {output}", soft_wrap=True)


def _selected_entries(app: App, *, show: str | None, days: int | None,
                      confirmed_only: bool) -> list[Entry]:
    from tracker.errors import UnknownShow
    from tracker.query import filter_entries, matches_show
    from tracker.serve import with_history

    store = app.store(readonly=True)
    entries = store.entries(today=app.today)
    if show is not None and not any(matches_show(entry, show) for entry in entries):
        raise UnknownShow(f"no tracked show matches {show!r}")
    selected = filter_entries(
        entries, today=app.today, days=days, include_past=days is None, show=show,
        exact_only=confirmed_only,
    )
    return with_history(store, selected, today=app.today)


def _render(fmt: str, entries: Sequence[Entry], *, confirmed_only: bool) -> bytes:
    from tracker.export import entries_to_csv, entries_to_ics, entries_to_json

    if fmt == "ics":
        return entries_to_ics(entries, confirmed_only=confirmed_only)
    text = entries_to_json(entries) if fmt == "json" else entries_to_csv(entries)
    return text.encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    A reader (or a calendar app syncing the file) sees the old file or the new one, never half
    of one. An existing file keeps its permissions; a new one gets the usual umask ones.
    """
    path = path.expanduser()
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
        fd, temp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.",
                                    suffix=".tmp")
    except OSError as exc:
        raise click.FileError(str(path), exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise click.FileError(str(path), exc.strerror or str(exc)) from None


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the feed to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0 picks a free one).")
@global_options()
@pass_app
def serve(app: App, host: str, port: int) -> None:
    """Serve the timeline as calendar feeds a calendar app can subscribe to.

    \b
    /premieres.ics  every season with a date or window
    /confirmed.ics  exact dates only
    The database is read on every request; unchanged feeds answer 304 (ETag, Last-Modified).
    Ctrl-C stops the server.
    """
    from tracker.serve import is_loopback, make_server, serve_until_stopped

    app.store(readonly=True)  # fail now, in one line, if the database cannot be read
    app.close()
    server = make_server(partial(_open_store, app.db_path), host, port, lambda: app.today)
    if not is_loopback(host):
        app.err.print(f"warning: listening on {host}, not loopback: anyone who can reach this "
                      "machine can read the feed", soft_wrap=True)

    def announce() -> None:
        app.err.print(f"serving {server.url}/premieres.ics and {server.url}/confirmed.ics "
                      "(Ctrl-C to stop)", soft_wrap=True)

    serve_until_stopped(server, on_ready=announce)
    app.err.print("stopped")


def _open_store(path: Path) -> Store:
    from tracker.store import Store

    return Store.open(path, readonly=True)
