"""Timeline entries as JSON, CSV and iCalendar. Pure: entries in, text or bytes out.

Every format is built from the same records (`entry_record`), so JSON, CSV and the calendar
never disagree. Dates are ISO and end dates are inclusive in JSON and CSV; the calendar uses
all-day events with an exclusive DTEND, as RFC 5545 wants.

Calendar policy (DESIGN.md, "Calendar export"):

- a season with an exact date is one all-day event on that day;
- a season with a window is one one-day TENTATIVE placeholder on the window's first day,
  titled with the window ("[TBA fall 2017] Show – Season 2 premiere"), with the range and the
  evidence in DESCRIPTION;
- a TBA season is left out (it has no day to sit on);
- a cancelled season keeps its event with STATUS:CANCELLED so calendars that imported it
  drop or strike it;
- UID is derived from the show key and season only, so it never changes while the estimate
  moves; SEQUENCE is the entry's revision and LAST-MODIFIED/DTSTAMP come from the data, never
  the clock, so exporting an unchanged timeline twice gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from typing import Any

from tracker.model import Change, Entry, EventKind, Kind, Status, Step

__all__ = [
    "FIELDS", "entry_record", "entries_to_json", "entries_to_csv", "entries_to_ics",
    "event_uid", "event_title", "event_description", "clean_text",
]

# Field order of a record, shared by JSON and CSV (and by `tracker upcoming -f json|csv`).
FIELDS: tuple[str, ...] = (
    "show", "season", "kind", "start", "end", "precision", "phrase", "status", "change",
    "sources",
)

# Fixed namespace for event UIDs: uuid5 of this URL. Changing it would change every UID and
# make every subscribed calendar duplicate its events, so it never changes.
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tracker.invalid/premieres")
UID_DOMAIN = "tracker.invalid"
PRODID = "-//tracker//TV premieres//EN"
DEFAULT_CALENDAR_NAME = "tracker premieres"
# How often a subscribed calendar app should poll the feed (RFC 7986 and the common X- form).
REFRESH_INTERVAL = timedelta(hours=6)
# DTSTAMP for an entry that carries no date at all (a hand-made entry without a source date).
_EPOCH = date(1970, 1, 1)

# Cells a spreadsheet would run as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Terminal escape sequences (CSI, OSC, DCS-style strings, two-byte escapes, 8-bit CSI) and
# the invisible marks that could disguise a name (bidi overrides, zero-width space, BOM).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Control characters (Unicode category Cc) other than the line feed, and lone surrogates.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def entry_record(entry: Entry) -> dict[str, Any]:
    """One entry as a flat dict in `FIELDS` order: ISO dates, inclusive end, plain values."""
    return {
        "show": entry.show,
        "season": entry.season,
        **entry.window.record(),
        "status": entry.status.value,
        "change": entry.change.value,
        "sources": entry.sources,
    }


def entries_to_json(entries: Iterable[Entry]) -> str:
    """A JSON array of records, indented, non-ASCII kept as is; ends with a newline."""
    records = [entry_record(entry) for entry in entries]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def entries_to_csv(entries: Iterable[Entry]) -> str:
    """CSV (RFC 4180, CRLF rows) with a header row; empty cells for missing values.

    Text cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return) get a leading apostrophe.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF rows, and a bare CR in a cell gets quoted
    writer.writerow(FIELDS)
    for entry in entries:
        record = entry_record(entry)
        writer.writerow([_csv_cell(record[name]) for name in FIELDS])
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def clean_text(text: str) -> str:
    """Untrusted text made safe for a calendar: escape sequences, control characters and
    invisible bidi marks removed, line breaks normalized to ``\\n``, tabs to spaces."""
    if text.isascii() and text.isprintable():
        return text
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    return _CONTROLS.sub("", text)


@cache
def _literal_text() -> type:
    """The TEXT value type escaped by RFC 5545 alone (backslash first, then ``;``, ``,`` and
    line breaks). icalendar's own escaping first turns a literal ``\\N`` into a line break,
    which would let a show named "a\\Nb" put a line break in a one-line title."""
    from icalendar.prop import vText

    class LiteralText(vText):
        def to_ical(self) -> bytes:
            text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            return text.replace("\n", "\\n").encode("utf-8")

    return LiteralText


def event_uid(key: str, season: int | None) -> str:
    """The calendar UID of a (show, season): the same for its whole life."""
    name = f"{key}\x1f{'' if season is None else season}"
    return f"{uuid.uuid5(UID_NAMESPACE, name)}@{UID_DOMAIN}"


def entries_to_ics(
    entries: Iterable[Entry],
    *,
    calendar_name: str = DEFAULT_CALENDAR_NAME,
    confirmed_only: bool = False,
) -> bytes:
    """An iCalendar (RFC 5545) file of the entries that have a day to sit on.

    ``confirmed_only`` keeps exact dates only (no window placeholders).
    """
    from icalendar import Calendar
    from icalendar.prop import vDuration

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = clean_text(calendar_name).replace("\n", " ")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    for entry in sorted(_exported(entries, confirmed_only), key=_event_order):
        calendar.add_component(_event(entry))
    return calendar.to_ical()


def _exported(entries: Iterable[Entry], confirmed_only: bool) -> list[Entry]:
    wanted = (Kind.EXACT,) if confirmed_only else (Kind.EXACT, Kind.WINDOW)
    return [entry for entry in entries if entry.window.kind in wanted]


def _event_order(entry: Entry) -> tuple[date, str, int, str]:
    assert entry.window.start is not None
    season = -1 if entry.season is None else entry.season
    return (entry.window.start, entry.key, season, entry.show)


def _event(entry: Entry) -> Any:
    from icalendar import Event

    window = entry.window
    assert window.start is not None
    stamp = _stamp(entry)
    event = Event()
    event.add("uid", event_uid(entry.key, entry.season))
    event.add("dtstamp", stamp)
    if entry.updated is not None:
        event.add("last-modified", stamp)
    event.add("sequence", max(entry.revision, 0))
    event.add("dtstart", window.start)
    event.add("dtend", window.start + timedelta(days=1))
    event.add("summary", _literal_text()(event_title(entry)))
    event.add("description", _literal_text()(event_description(entry)))
    event.add("status", _status(entry))
    event.add("transp", "TRANSPARENT")
    return event


def _status(entry: Entry) -> str:
    if entry.status is Status.CANCELLED:
        return "CANCELLED"
    return "CONFIRMED" if entry.window.kind is Kind.EXACT else "TENTATIVE"


def _stamp(entry: Entry) -> datetime:
    """When the estimate was last set, from the data: midnight UTC of that day."""
    day = entry.updated
    if day is None:
        published = [s.claim.published for s in entry.history if s.claim.published is not None]
        day = max(published, default=_EPOCH)
    return datetime.combine(day, time(0, 0), tzinfo=timezone.utc)


def event_title(entry: Entry) -> str:
    """``Show – Season 2 premiere``, prefixed ``[TBA fall 2017]`` for a window.

    A title is one line: line breaks and runs of spaces in the show name become one space
    (calendar apps show only the first line of a multi-line SUMMARY).
    """
    show = " ".join(clean_text(entry.show).split()) or entry.key
    what = _event_word(entry)
    title = f"{show} – Season {entry.season} {what}" if entry.season is not None else f"{show} – {what}"
    if entry.window.kind is Kind.WINDOW:
        title = f"[TBA {entry.window.label()}] {title}"
    return title


def _event_word(entry: Entry) -> str:
    step = _deciding_step(entry)
    if step is not None and step.claim.event is EventKind.RETURN:
        return "return"
    return "premiere"


def _deciding_step(entry: Entry) -> Step | None:
    """The newest step of the history that set or moved the estimate."""
    moving = [step for step in entry.history if step.change is not None]
    if moving:
        return moving[-1]
    return entry.history[-1] if entry.history else None


def event_description(entry: Entry) -> str:
    """The estimate in words, its range (inclusive), the evidence and how it moved."""
    window = entry.window
    assert window.start is not None and window.end is not None
    if window.kind is Kind.EXACT:
        lines = [f"Premiere date: {window.start.isoformat()}."]
    else:
        lines = [
            f"Expected {window.label()}: between {window.start.isoformat()} and "
            f"{window.end.isoformat()} (not an exact date; shown on the first day).",
        ]
    if window.phrase:
        lines.append(f"As written: “{window.phrase}”")
    if entry.status is Status.CANCELLED:
        lines.append("Status: cancelled.")
    step = _deciding_step(entry)
    if step is not None:
        lines.extend(_evidence_lines(step))
    lines.extend(_history_lines(entry.history))
    return clean_text("\n".join(lines))


def _evidence_lines(step: Step) -> list[str]:
    claim = step.claim
    lines = []
    if claim.evidence:
        lines.append(f"Evidence: “{' '.join(claim.evidence.split())}”")
    where = [part for part in (claim.source, _iso(claim.published)) if part]
    if where:
        lines.append("Source: " + ", ".join(where))
    return lines


def _history_lines(history: Sequence[Step]) -> list[str]:
    moves = [step for step in history if step.change not in (None, Change.UNCHANGED)]
    if len(moves) < 2:
        return []
    lines = ["History:"]
    for step in moves:
        claim = step.claim
        when = _iso(claim.published) or "undated"
        lines.append(f"- {when}: {claim.window.label()} ({step.change})")
    return lines


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
