"""`tracker add`, `tracker edit`, `tracker remove`: hand-made entries.

A hand-made entry is a claim whose source is "manual": it beats what articles say until it is
removed, and a removal is itself recorded (rule "manual-remove"), so `tracker show` keeps the
whole story.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from tracker.cli import cli
from tracker.cli.app import App, global_options, pass_app
from tracker.errors import TrackerError
from tracker.model import MANUAL, Claim, Entry, Window
from tracker.names import display_name, show_key

if TYPE_CHECKING:
    from rich.text import Text

    from tracker.store import Store

SEASON = click.IntRange(0, 9999)


def hand_made_claim(name: str, key: str, season: int | None, window: Window, *, today: date,
                    note: str = "", remove: bool = False) -> Claim:
    """The claim a hand-made entry, edit or removal is stored as (published today)."""
    from tracker.timeline import MANUAL_RULE, REMOVE_RULE

    return Claim(
        show=name, key=key, season=season, window=window, source=MANUAL,
        rule=REMOVE_RULE if remove else MANUAL_RULE, published=today, published_basis="today",
        note=note,
    )


def read_when(text: str, *, today: date) -> Window:
    from tracker.temporal import parse_when

    return parse_when(text, today=today)


def describe(name: str, season: int | None, window: Window | None = None) -> Text:
    """"Severance season 2: fall 2026", the name shown literally."""
    from rich.text import Text

    from tracker.render.style import safe_text
    from tracker.render.words import window_words

    text = Text.assemble(safe_text(name), "" if season is None else f" season {season}")
    if window is not None:
        text.append(f": {window_words(window)}")
    return text


def pick_entry(name: str, entries: list[Entry], season: int | None, *, what: str) -> Entry:
    """The one entry a command acts on: the given season, or the only candidate."""
    from tracker.render.style import clean

    name = clean(name)
    if season is not None:
        for entry in entries:
            if entry.season == season:
                return entry
        raise TrackerError(f"{name} season {season} has no {what}")
    if len(entries) == 1:
        return entries[0]
    if not entries:
        raise TrackerError(f"{name} has no {what}")
    seasons = ", ".join("?" if e.season is None else str(e.season) for e in entries)
    raise click.UsageError(f"{name} has several seasons ({seasons}): choose one with --season")


@cli.command()
@click.argument("name")
@click.option("-s", "--season", type=SEASON, help="Season number (default: none given).")
@click.option("-w", "--when", "when", default="TBA", show_default=True, metavar="WHEN",
              help='Premiere: a date, a window ("fall 2026", "early 2027") or TBA.')
@click.option("--note", default="", help="A note kept with the entry.")
@global_options()
@pass_app
def add(app: App, name: str, season: int | None, when: str, note: str) -> None:
    """Track a show by hand; it beats what articles say until removed.

    \b
    Examples:
      tracker add "Severance" --season 2 --when "fall 2026"
      tracker add "The Bear" --when 2026-06-25 --note "FX press release"
    """
    from tracker.render.style import clean

    name = clean(name)
    if not show_key(name):
        raise click.BadParameter("a show name needs letters or digits", param_hint="NAME")
    window = read_when(when, today=app.today)
    store = app.store()
    try:
        key, shown = store.find_show(name)
    except TrackerError:
        key, shown = show_key(name), display_name(name)
    new = store.add_manual(hand_made_claim(display_name(name), key, season, window,
                                           today=app.today, note=note))
    _say(app, "now tracking" if new else "hand-made entry for", describe(shown, season, window))


@cli.command()
@click.argument("name")
@click.option("-s", "--season", type=SEASON, help="Which season (needed when there are several).")
@click.option("-w", "--when", "when", required=True, metavar="WHEN",
              help='New premiere: a date, a window ("fall 2026") or TBA.')
@click.option("--note", default="", help="A note kept with the entry.")
@global_options()
@pass_app
def edit(app: App, name: str, season: int | None, when: str, note: str) -> None:
    """Set a season's premiere by hand (the change stays in its history).

    \b
    Examples:
      tracker edit "Severance" --season 2 --when 2026-10-03
      tracker edit "Luke Cage" --when "September 30, 2016"
    """
    window = read_when(when, today=app.today)
    store = app.store()
    key, shown = store.find_show(name)
    entry = pick_entry(shown, _seasons(store, key, app.today), season,
                       what="entry yet (add one with tracker add)")
    store.add_manual(hand_made_claim(display_name(name), key, entry.season, window,
                                     today=app.today, note=note))
    _say(app, "hand-made entry for", describe(shown, entry.season, window))


@cli.command()
@click.argument("name")
@click.option("-s", "--season", type=SEASON, help="Which season (needed when there are several).")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@global_options()
@pass_app
def remove(app: App, name: str, season: int | None, yes: bool) -> None:
    """Remove a hand-made entry; the articles' estimate (if any) takes over again.

    \b
    Examples:
      tracker remove "Severance" --season 2
      tracker remove "The Bear" --yes
    """
    from tracker.timeline import hand_made

    store = app.store()
    key, shown = store.find_show(name)
    manual = [e for e in _seasons(store, key, app.today) if hand_made(e) is not None]
    entry = pick_entry(shown, manual, season, what="hand-made entry to remove")
    if not yes:
        app.err.print(describe(shown, entry.season, entry.window))
        click.confirm("Remove this hand-made entry?", abort=True, err=True)
    store.add_manual(hand_made_claim(display_name(name), key, entry.season, Window.tba(),
                                     today=app.today, remove=True))
    after = [e for e in store.history(key, today=app.today) if e.season == entry.season]
    _say(app, "removed the hand-made entry;", _after_removal(shown, entry.season, after))


def _seasons(store: Store, key: str, today: date) -> list[Entry]:
    from tracker.timeline import has_estimate

    return [e for e in store.history(key, today=today) if has_estimate(e)]


def _after_removal(shown: str, season: int | None, after: list[Entry]) -> Text:
    from tracker.timeline import has_estimate

    if after and has_estimate(after[0]):
        text = describe(shown, season, after[0].window)
        text.append(" (from articles)")
        return text
    text = describe(shown, season)
    text.append(" is off the timeline (its history stays in `tracker show`)")
    return text


def _say(app: App, verb: str, what: Text) -> None:
    from rich.text import Text

    app.err.print(Text.assemble(f"{verb} ", what))
