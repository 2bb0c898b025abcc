"""The CLI's shared state: an `App` object carried in the click context, and global options.

`--db` and `--today` are accepted both before the command (on the group) and after it (on
every command); the later one wins. Nothing here imports rich or sqlite at module level, so
`tracker --help` stays fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from rich.console import Console

    from tracker.store import Store

F = TypeVar("F", bound=Callable[..., Any])


class DateParam(click.ParamType):
    """A calendar date written YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateParam()


@dataclass
class App:
    """What every command needs: the database path, the reference date, and consoles."""

    db_option: Path | None = None
    today_option: date | None = None
    _store: Store | None = field(default=None, repr=False)
    _out: Console | None = field(default=None, repr=False)
    _err: Console | None = field(default=None, repr=False)

    @property
    def today(self) -> date:
        """The pinned `--today`, or the real date (the only place the clock is read)."""
        return self.today_option or date.today()

    @property
    def today_pinned(self) -> bool:
        return self.today_option is not None

    @property
    def db_path(self) -> Path:
        from tracker.config import resolve_db_path

        return resolve_db_path(self.db_option)

    def store(self, *, create: bool = True, readonly: bool = False) -> Store:
        """Open the database lazily (once), closed when the command ends."""
        if self._store is None:
            from tracker.store import Store

            self._store = Store.open(self.db_path, create=create, readonly=readonly)
            ctx = click.get_current_context(silent=True)
            if ctx is not None:
                ctx.call_on_close(self.close)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def out(self) -> Console:
        """Console for data (stdout). Markup and highlighting are off: text is shown literally."""
        if self._out is None:
            self._out = make_console(sys.stdout)
        return self._out

    @property
    def err(self) -> Console:
        """Console for messages (stderr)."""
        if self._err is None:
            self._err = make_console(sys.stderr)
        return self._err


def make_console(file: Any) -> Console:
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=file,
        markup=False,
        highlight=False,
        emoji=False,
        no_color=no_color or None,
        color_system=None if no_color else "auto",  # NO_COLOR: no bold or dim codes either
        soft_wrap=False,
    )


pass_app = click.make_pass_decorator(App, ensure=True)


def _set_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.ensure_object(App).db_option = value


def _set_today(ctx: click.Context, param: click.Parameter, value: date | None) -> None:
    if value is not None:
        ctx.ensure_object(App).today_option = value


def global_options(*, envvar: bool = False) -> Callable[[F], F]:
    """`--db` and `--today`, for the group (reading the env vars) and for each command."""

    def decorate(f: F) -> F:
        f = click.option(
            "--today",
            type=DATE,
            callback=_set_today,
            expose_value=False,
            envvar="TRACKER_TODAY" if envvar else None,
            help="Reference date, YYYY-MM-DD (default: today). Env: TRACKER_TODAY.",
        )(f)
        f = click.option(
            "--db",
            type=click.Path(dir_okay=False, path_type=Path),
            callback=_set_db,
            expose_value=False,
            envvar="TRACKER_DB" if envvar else None,
            help="Database file. Env: TRACKER_DB.",
        )(f)
        return f

    return decorate
