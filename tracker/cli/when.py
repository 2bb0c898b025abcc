"""`tracker when TEXT`: show the date expressions the temporal grammar finds."""

from __future__ import annotations

import json

import click

from tracker.cli import cli
from tracker.cli.app import App, global_options, pass_app


@cli.command()
@click.argument("text", nargs=-1, required=True)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
    show_default=True, help="Output format.",
)
@global_options()
@pass_app
def when(app: App, text: tuple[str, ...], fmt: str) -> None:
    """Read date phrases in TEXT as the parser would.

    \b
    Examples:
      tracker when "Luke Cage is set for release later in the year" --today 2016-01-14
      tracker when "returns this fall" -f json
    """
    from tracker.temporal import tag_phrase

    mentions = tag_phrase(" ".join(text), today=app.today)
    if not mentions:
        raise click.ClickException("no date found in that text")
    if fmt == "json":
        click.echo(json.dumps([m.to_json() for m in mentions], indent=2, ensure_ascii=False))
        return
    from tracker.render.mentions import render_mentions

    app.out.print(render_mentions(mentions, plain=not app.out.is_terminal))
