"""`tracker upcoming` (the default command), `tracker timeline` and `tracker dashboard`.

Data goes to stdout and messages to stderr. On a terminal the views are rich renderables; when
stdout is a pipe (or the list is long) `upcoming` writes aligned plain columns without
building a rich table, which keeps a 10,000-season timeline fast. rich is imported only where
something is drawn.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import click

from tracker.cli import cli
from tracker.cli.app import DATE, App, global_options, pass_app

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from tracker.model import Entry

RICH_TABLE_ROWS = 400  # longer lists use the plain aligned columns even on a terminal
PIPE_HEIGHT = 1000  # a dashboard sent to a pipe is not cut to a screen


def _screen(app: App) -> Console:
    """The stdout console; with NO_COLOR set, one that adds no styles at all.

    rich's own NO_COLOR handling drops colours but keeps bold, dim and reverse codes; the views
    promise plain text, so they print through a console without a colour system instead.
    """
    out = app.out
    if not out.no_color or out.color_system is None:
        return out
    from rich.console import Console

    return Console(file=out.file, color_system=None, markup=False, highlight=False,
                   emoji=False, soft_wrap=False, force_terminal=out.is_terminal or None)


def _entries(app: App) -> list[Entry]:
    return app.store(readonly=True).entries(today=app.today)


def _say_empty(app: App) -> None:
    from tracker.render.upcoming import render_empty

    app.err.print(render_empty())


@cli.command()
@click.option("--days", type=click.IntRange(min=0), metavar="N",
              help="Only premieres starting in the next N days.")
@click.option("--until", type=DATE, help="Only premieres starting on or before this date.")
@click.option("--all", "include_past", is_flag=True,
              help="Past seasons too (aired dates, windows that ended).")
@click.option("--tba", "include_tba", is_flag=True, help="Seasons with no date yet (TBA) too.")
@click.option("--show", metavar="NAME", help="Only seasons of this show.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="Output format.")
@global_options()
@pass_app
def upcoming(app: App, days: int | None, until: date | None, include_past: bool,
             include_tba: bool, show: str | None, fmt: str) -> None:
    """List premieres from today on: exact dates first, then honest windows.

    \b
    Examples:
      tracker upcoming --days 30
      tracker upcoming --tba --show "Jessica Jones" -f json
    """
    from tracker.query import filter_entries

    entries = _entries(app)
    _check_show(entries, show)
    chosen = filter_entries(entries, today=app.today, days=days, until=until,
                            include_past=include_past, include_tba=include_tba, show=show)
    if fmt != "table":
        _write_records(fmt, chosen)
    elif not entries:
        _say_empty(app)
    elif not chosen:
        _say_nothing(app, len(entries), include_past=include_past, include_tba=include_tba)
    else:
        _print_upcoming(app, chosen)


def _check_show(entries: Sequence[Entry], show: str | None) -> None:
    from tracker.errors import UnknownShow
    from tracker.query import matches_show

    if show is not None and entries and not any(matches_show(e, show) for e in entries):
        raise UnknownShow(f"no tracked show matches {show!r}")


def _write_records(fmt: str, entries: Sequence[Entry]) -> None:
    from tracker.export import entries_to_csv, entries_to_json

    text = entries_to_json(entries) if fmt == "json" else entries_to_csv(entries)
    click.echo(text, nl=not text.endswith("\n"))


def _say_nothing(app: App, tracked: int, *, include_past: bool, include_tba: bool) -> None:
    from tracker.render.upcoming import render_nothing_selected

    hints = [flag for flag, used in (("--all shows past seasons", include_past),
                                     ("--tba seasons without a date", include_tba)) if not used]
    hint = f"({'; '.join(hints)})" if hints else ""
    app.err.print(render_nothing_selected(tracked, hint=hint))


def _print_upcoming(app: App, entries: Sequence[Entry]) -> None:
    from tracker.render.upcoming import upcoming_text

    if not _stdout_is_terminal():  # a pipe or a file: plain columns, no rich console at all
        click.echo(upcoming_text(entries, today=app.today), nl=False)
        return
    out = _screen(app)
    if len(entries) <= RICH_TABLE_ROWS:
        from tracker.render.upcoming import render_upcoming

        out.print(render_upcoming(entries, today=app.today))
        return
    out.file.write(upcoming_text(entries, today=app.today, width=out.width,
                                 color_system=out.color_system))
    out.file.flush()


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


@cli.command()
@click.option("--months", type=click.IntRange(1, 60), default=12, show_default=True,
              metavar="N", help="How many months to draw, from the current one.")
@global_options()
@pass_app
def timeline(app: App, months: int) -> None:
    """Draw the months ahead: dates as ◆, windows as bars, today as │.

    \b
    Examples:
      tracker timeline
      tracker timeline --months 6 --today 2016-01-14
    """
    from tracker.query import sort_entries
    from tracker.render.timeline import render_timeline

    entries = _entries(app)
    if not entries:
        _say_empty(app)
        return
    _screen(app).print(render_timeline(sort_entries(entries), today=app.today, months=months))


@cli.command()
@click.option("--watch", is_flag=True,
              help="Stay on screen and redraw when the database changes (Ctrl-C to quit).")
@click.option("--interval", type=click.FloatRange(0.1, 60), default=1.0, show_default=True,
              metavar="SECONDS", help="With --watch: how often to look for changes.")
@global_options()
@pass_app
def dashboard(app: App, watch: bool, interval: float) -> None:
    """One screen: this week, the next 30 days, open windows, recent changes, TBA.

    \b
    Examples:
      tracker dashboard
      tracker dashboard --watch
    """
    if watch:
        _watch(app, interval)
        return
    entries = _entries(app)
    if not entries:
        _say_empty(app)
        return
    out = _screen(app)
    width, height = out.size
    height = height - 1 if out.is_terminal else PIPE_HEIGHT  # leave the prompt's line
    out.print(_dashboard_view(entries, today=app.today, width=width, height=height))


def _dashboard_view(entries: Sequence[Entry], *, today: date, width: int,
                    height: int) -> RenderableType:
    if not entries:
        from tracker.render.upcoming import render_empty

        return render_empty()
    from tracker.render.dashboard import render_dashboard

    return render_dashboard(entries, today=today, height=height, width=width)


def _watch(app: App, interval: float) -> None:
    """Redraw on the alternate screen when the data, the terminal size or the day change.

    The store's connection stays open between looks (closing the last connection would
    checkpoint and delete the WAL file); SQLite's ``PRAGMA data_version`` tells when another
    connection has committed. The file appearing or going away reopens the store.
    """
    from rich.live import Live

    console = _screen(app)
    if not console.is_terminal:
        raise click.UsageError("--watch needs a terminal")
    last: object = None
    had_file: bool | None = None
    with Live(console=console, screen=True, auto_refresh=False, transient=True) as live:
        try:
            while True:
                has_file = app.db_path.exists()
                if has_file != had_file:
                    app.close()
                    had_file = has_file
                store = app.store(readonly=True)
                version = store.conn.execute("PRAGMA data_version").fetchone()[0]
                today, (width, height) = app.today, console.size
                if (has_file, version, width, height, today) != last:
                    last = (has_file, version, width, height, today)
                    entries = store.entries(today=today)
                    live.update(_dashboard_view(entries, today=today, width=width,
                                                height=height), refresh=True)
                time.sleep(interval)
        except KeyboardInterrupt:
            pass
