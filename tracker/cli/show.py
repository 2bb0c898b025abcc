"""`tracker show NAME`: a show's seasons and the story of every estimate."""

from __future__ import annotations

import json

import click

from tracker.cli import cli
from tracker.cli.app import App, global_options, pass_app


@cli.command()
@click.argument("name")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@global_options()
@pass_app
def show(app: App, name: str, fmt: str) -> None:
    """Show one show's seasons, then every claim with its phrase, sentence and source.

    \b
    Examples:
      tracker show "Luke Cage"
      tracker show daredevil -f json
    """
    from tracker.render.history import history_record, render_history

    store = app.store(readonly=True)
    key, shown = store.find_show(name)
    entries = store.history(key, today=app.today)
    if fmt == "json":
        record = history_record(shown, entries, today=app.today)
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
        return
    story = render_history(shown, entries, today=app.today)
    if app.out.is_terminal:
        app.out.print(story)
    else:  # piped: the same text without styles, much faster for long stories
        click.echo(story.plain(app.out, app.out.width), nl=False)
