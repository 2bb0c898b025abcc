"""`tracker db path` and `tracker db check`: where the data lives, and whether it is sound."""

from __future__ import annotations

import click

from tracker.cli import cli
from tracker.cli.app import App, global_options, pass_app


@cli.group()
def db() -> None:
    """Where the database lives, and whether it is sound."""


@db.command("path")
@global_options()
@pass_app
def db_path(app: App) -> None:
    """Print the database path (--db, then TRACKER_DB, then the user data dir).

    \b
    Example:
      tracker db path
    """
    click.echo(str(app.db_path))


@db.command("check")
@global_options()
@pass_app
def db_check(app: App) -> None:
    """Run SQLite's integrity check and print what the database holds (exit 1 if unsound).

    \b
    Example:
      tracker db check
    """
    report = app.store(create=False, readonly=True).check()
    c = report.counts
    for label, value in [("sources", c.sources), ("shows", c.shows), ("aliases", c.aliases),
                         ("claims", c.claims), ("by hand", c.manual), ("entries", c.entries)]:
        click.echo(f"{label:<10}{value:>9}")
    problems = [line for line in report.integrity if line != "ok"]
    if report.foreign_key_problems:
        problems.append(f"{report.foreign_key_problems} rows point at missing rows")
    if report.stale_entries:
        problems.append(f"timeline out of date for {len(report.stale_entries)} shows")
    click.echo(f"{'integrity':<10}{'ok' if not problems else 'FAILED':>9}")
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        raise SystemExit(1)
