"""`tracker show NAME`: a show's seasons, then every claim behind each one, oldest first. Pure.

Each step reads: when it was published, what changed, the window it said (with the words
as written), and where it came from; the evidence sentence goes on the next line. Every
untrusted string goes through `safe_text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
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


def _summary(entries: Sequence[Entry], *, today: date) -> list[tuple[Text, Text]]:
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
    return [(Text(title.ljust(first)) + estimate + Text(" " * (second - len(estimate))), status)
            for title, estimate, status in rows]


_WORD = re.compile(r"\S+\s*")


def _breaks(plain: str, width: int) -> list[int]:
    """Where a greedy word wrap at ``width`` columns starts each new line (long words folded)."""
    offsets: list[int] = []
    used = 0
    for match in _WORD.finditer(plain):
        word = len(match.group().rstrip())
        if used and used + word > width:
            offsets.append(match.start())
            used = 0
        start = match.start()
        while used + word > width:  # a word longer than the line: fold it
            offsets.append(start + width - used)
            start += width - used
            word -= width - used
            used = 0
        used += len(match.group()) - (start - match.start())
    return offsets


class Hanging:
    """Lines of ``lead`` then ``body``, the body wrapped to the width left and continued under
    itself; no line ends in blanks, whatever the width. One Text for all, so long stories
    render fast."""

    def __init__(self, lines: Sequence[tuple[Text, Text]]) -> None:
        self.lines = lines

    def wrapped(self, console: Console, width: int) -> Iterator[Text]:
        """Each output line, wrapped to ``width`` columns."""
        for lead, body in self.lines:
            indent = len(lead)
            room = max(width - indent, 20)
            narrow = cell_len(body.plain) == len(body)  # one column per character
            if narrow and len(body) <= room:
                parts = [body]
            elif narrow:
                parts = list(body.divide(_breaks(body.plain, room)))
            else:  # wide characters: let rich measure cells
                parts = list(body.wrap(console, room)) or [Text("")]
            for number, part in enumerate(parts):
                line = (lead if number == 0 else Text(" " * indent)) + part
                line.rstrip()
                yield line

    def plain(self, console: Console, width: int) -> str:
        """The same lines without styles (fast, for pipes)."""
        return "".join(f"{line.plain}\n" for line in self.wrapped(console, width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        newline = Segment.line()
        for line in self.wrapped(console, options.max_width):
            yield from line.render(console, end="")
            yield newline


def _step(step: Step) -> list[tuple[Text, Text]]:
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
    pad = Text(" " * _EVIDENCE_INDENT)
    source = safe_text("by hand" if claim.manual else claim.source or "unknown source", style=DIM)
    lines = [(lead, line), (pad, source)]
    detail = claim.note if claim.manual else claim.evidence
    if detail:
        lines.append((pad, safe_text(detail, style="italic")))
    return lines


def render_history(name: str, entries: Sequence[Entry], *, today: date) -> Hanging:
    """The whole story of one show, from `Store.history` entries."""
    lines = [(Text(), safe_text(name, style=TITLE)), *_summary(entries, today=today)]
    for entry in entries:
        lines.append((Text(), Text()))
        lines.append((Text(), Text(f"{_season_title(entry)}: how the estimate got here",
                                   style=TITLE)))
        for step in entry.history:
            lines.extend(_step(step))
    return Hanging(lines)


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
