"""`tracker` command line: a click group whose commands live in small modules beside this one.

Errors from the core (`TrackerError`) become a one-line message on stderr and exit 1; bad
usage exits 2; Ctrl-C exits 130. Only this package reads the clock, the environment, files,
the network and the screen.
"""

from __future__ import annotations

import sqlite3
import sys
from typing import Any

import click

from tracker import __version__
from tracker.cli.app import App, global_options
from tracker.errors import TrackerError


class TrackerGroup(click.Group):
    """A group that turns known failures into one-line errors, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"database error: {exc}") from None
        except BrokenPipeError:
            # The reader went away (`tracker upcoming | head`): not an error worth a message.
            sys.stderr.close()
            raise SystemExit(0) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # in the order they were added, most used first


@click.group(
    cls=TrackerGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="tracker")
@global_options(envvar=True)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Track TV premieres from the news: exact dates, honest windows, and where each came from.

    \b
    Run with no command to list upcoming premieres (`tracker upcoming`).
    """
    ctx.ensure_object(App)
    if ctx.invoked_subcommand is None:
        default = cli.get_command(ctx, "upcoming")
        if default is None:  # pragma: no cover - the command always exists once installed
            click.echo(ctx.get_help())
            return
        ctx.invoke(default)


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(prog_name="tracker")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        raise SystemExit(130) from None


# Commands register themselves on `cli` when their module is imported.
from tracker.cli import when as _when  # noqa: E402,F401
from tracker.cli import export_cmds as _export_cmds  # noqa: E402,F401
from tracker.cli import views as _views  # noqa: E402,F401
from tracker.cli import db as _db, ingest as _ingest, manual as _manual, show as _show  # noqa: E402,F401
from tracker.cli import parse_cmds as _parse_cmds  # noqa: E402,F401
