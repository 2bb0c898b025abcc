"""`tracker show NAME`: a show's seasons, then every claim behind each one, oldest first. Pure.

Each step reads: when it was published, what changed, the window it said (with the words
as written), and where it came from; the evidence sentence goes on the next line. Every
untrusted string goes through `safe_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from tracker.model import Change, Entry, Step
from tracker.render.style import (
    CHANGE_STYLES,
    DIM,
    STATUS_STYLES,
    TITLE,
    precision_style,
    safe_text,
)
from tracker.render.words import countdown, window_words
from tracker.timeline import has_estimate, is_removal

__all__ = ["history_record", "render_history", "step_words"]

_EVIDENCE_INDENT = 14


def step_words(step: Step) -> str:
    """What a claim did: "new", "narrowed", "delayed", "moved up", "confirms", "kept"."""
    claim, change = step.claim, step.change
    if is_removal(claim):
        return "removed hand-made entry" if change is None else f"hand-made removed, {change.value}"
    if change is None:
        return "kept on record"
    if change is Change.UNCHANGED:
        return "confirms"
    return change.value


def _season_title(entry: Entry) -> str:
    return "Season ?" if entry.season is None else f"Season {entry.season}"


def _summary(entries: Sequence[Entry], *, today: date) -> Group:
    """One line per season: its estimate, status, countdown, last change and how many claims."""
    rows: list[tuple[str, Text, Text]] = []
    for entry in entries:
        if not has_estimate(entry):
            rows.append((_season_title(entry), Text("removed", style=DIM),
                         Text("no estimate left (hand-made entry removed)", style=DIM)))
            continue
        words = [entry.status.value, countdown(entry.window, today)]
        if entry.change is not Change.NEW:
            words.append(entry.change.value)
        claims = len(entry.history)
        words.append(f"{claims} claim{'s' if claims != 1 else ''}, "
                     f"{entry.sources} source{'s' if entry.sources != 1 else ''}")
        rows.append((
            _season_title(entry),
            Text(window_words(entry.window), style=precision_style(entry.window.precision)),
            Text(" · ".join(w for w in words if w and w != "—"),
                 style=STATUS_STYLES.get(entry.status, "")),
        ))
    first = max((len(r[0]) for r in rows), default=0) + 2
    second = max((len(r[1]) for r in rows), default=0) + 2
    return Group(*(Hanging(Text(title.ljust(first)) + estimate
                               + Text(" " * (second - len(estimate))), status)
                       for title, estimate, status in rows))


class Hanging:
    """``lead`` then ``body`` wrapped to the width left, continuation lines under the body.

    No line ends in blanks, whatever the width.
    """

    def __init__(self, lead: Text, body: Text) -> None:
        self.lead, self.body = lead, body

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = len(self.lead)
        width = max(options.max_width - indent, 20)
        lines = []
        for number, line in enumerate(self.body.wrap(console, width) or [Text("")]):
            line.rstrip()
            lines.append((self.lead.copy() if number == 0 else Text(" " * indent)) + line)
        text = Text("\n").join(lines)
        text.rstrip()
        text.no_wrap = True
        yield text


def indented(body: Text) -> Hanging:
    return Hanging(Text(" " * _EVIDENCE_INDENT), body)


def _step(step: Step) -> RenderableType:
    claim = step.claim
    published = claim.published.isoformat() if claim.published else "undated"
    lead = Text(published.ljust(12), style=DIM)
    style = CHANGE_STYLES.get(step.change, "") if step.change else DIM
    lead.append(step_words(step).ljust(16), style=style)
    line = Text()
    if not is_removal(claim):
        line.append(window_words(claim.window), style=precision_style(claim.window.precision))
        phrase = claim.window.phrase
        if phrase and phrase.casefold() != window_words(claim.window).casefold():
            line.append("  “")
            line.append_text(safe_text(phrase))
            line.append("”")
    source = safe_text("by hand" if claim.manual else claim.source or "unknown source", style=DIM)
    parts: list[RenderableType] = [Hanging(lead, line), indented(source)]
    detail = claim.note if claim.manual else claim.evidence
    if detail:
        parts.append(indented(safe_text(detail, style="italic")))
    return Group(*parts)


def render_history(name: str, entries: Sequence[Entry], *, today: date) -> RenderableType:
    """The whole story of one show, from `Store.history` entries."""
    parts: list[RenderableType] = [safe_text(name, style=TITLE), _summary(entries, today=today)]
    for entry in entries:
        parts.append(Text(""))
        parts.append(Text(f"{_season_title(entry)}: how the estimate got here", style=TITLE))
        parts.extend(_step(step) for step in entry.history)
    return Group(*parts)


def history_record(name: str, entries: Sequence[Entry], *, today: date) -> dict[str, Any]:
    """The same story as plain data (`tracker show -f json`)."""

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "show": name,
        "key": entries[0].key if entries else "",
        "seasons": [
            {
                "season": e.season,
                "estimate": None if not has_estimate(e) else {
                    "kind": e.window.kind.value, "start": day(e.window.start),
                    "end": day(e.window.end), "precision": e.window.precision.value,
                    "phrase": e.window.phrase, "label": window_words(e.window),
                },
                "status": e.status.value if has_estimate(e) else "removed",
                "change": e.change.value if has_estimate(e) else None,
                "revision": e.revision,
                "updated": day(e.updated),
                "sources": e.sources,
                "history": [
                    {
                        "published": day(s.claim.published), "seen_at": s.seen_at,
                        "change": s.change.value if s.change else None, "did": step_words(s),
                        "by_hand": s.claim.manual, "removal": is_removal(s.claim),
                        "kind": s.claim.window.kind.value, "start": day(s.claim.window.start),
                        "end": day(s.claim.window.end),
                        "precision": s.claim.window.precision.value,
                        "phrase": s.claim.window.phrase, "event": s.claim.event.value,
                        "evidence": s.claim.evidence, "source": s.claim.source,
                        "rule": s.claim.rule, "note": s.claim.note,
                    }
                    for s in e.history
                ],
            }
            for e in entries
        ],
    }
