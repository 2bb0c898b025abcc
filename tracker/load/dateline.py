"""Publication datelines near the top of an article: "Published: 14 Jan 2016", "By Ann Lee |
January 14, 2016", "January 14, 2016 — Netflix said...". Pure.

A dateline is a line (or a line's leading part, cut at a dash, bar or bullet) that *is* a date,
possibly with a label, a weekday, a place, a time and a zone around it. A date inside an
ordinary sentence ("debuts on March 18, 2016") never is one. Only the first few lines count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

MAX_CHARS = 600  # a dateline starts within this many characters of the text's start
MAX_LINES = 8  # ... and on one of its first non-blank lines
MAX_SEGMENT = 100  # a longer piece of a line is prose, and so is everything after it

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATES = (  # each gives named groups among year, month (number or name), day, a, b
    re.compile(rf"(?P<month>{_MONTH})\s*(?P<day>{_DAY}),?\s*(?P<year>{_YEAR})\b", re.I),
    re.compile(rf"(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{_MONTH}),?\s*(?P<year>{_YEAR})\b", re.I),
    re.compile(rf"(?P<year>{_YEAR})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>{_YEAR})\b"),
)
_LABEL = re.compile(
    r"(?P<label>(?:first\s+|originally\s+)?published|posted|date|dated|"
    r"(?:last\s+)?(?:updated|modified|edited))(?:\s+on)?\s*:?\s*",
    re.I,
)
_LATER_LABELS = ("updated", "modified", "edited")
_PLACE = re.compile(  # "LOS ANGELES, ", "BEVERLY HILLS, Calif. (" as press releases open
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?: \([A-Z]{2,8}\))?,\s*"
    r"(?:(?:[A-Z][a-z]{1,5}\.|[A-Z]{2}),?\s+(?=\())?\(?")
_WEEKDAY = re.compile(r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+", re.I)
_TIME = r"(?:\d{1,2}(?::\d\d){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_ZONE = r"(?-i:Z|[A-Z]{2,5}|(?:UTC|GMT)?[+-]\d\d?(?::?\d\d)?)"
_TAIL = re.compile(
    rf"(?:(?:\s*,\s*|\s+at\s+|\s+|T){_TIME}(?:\s*{_ZONE})?)?"  # time and zone
    r"(?:\s*\((?-i:[A-Z]{2,8})\))?"  # "(AP)"
    r"(?:\s*/[^/]{1,40}/)?"  # "/PRNewswire/"
    r"(?:\s*[,;]?\s*(?:last\s+)?(?:updated|modified|edited)\b.{0,60})?"  # ", updated Jan 20, 2016"
    r"(?:\s+by\s+.{1,60})?"  # "Posted on ... by admin"
    r"\s*$",
    re.I,
)
# Where a line splits into pieces: spaced dashes, em/en dashes, bars, bullets.
_SEPARATOR = re.compile(r"\s+-{1,2}\s+|\s*[—–|·•]\s*")
_METADATA_SEPARATOR = re.compile(r"\s*[|·•]\s*")
_BYLINE = re.compile(r"by\s", re.I)
_COMMA = re.compile(r",\s*")
_DATES_START = re.compile(rf"(?:{_WEEKDAY.pattern})?(?:{_MONTH}|\d)", re.I)


def find_dateline(text: str) -> date | None:
    """The publication date a dateline near the top of `text` gives, or None.

    A "Published"/"Posted" date is preferred over an "Updated" one; otherwise the first wins.
    Numeric dates count only when unambiguous: "14/01/2016" is 14 January, "01/02/2016" is
    skipped.
    """
    later: date | None = None
    for line in _top_lines(text):
        for found, is_update in _line_dates(line):
            if not is_update:
                return found
            later = later or found
    return later


def is_dateline(line: str) -> bool:
    """Whether one line is a dateline (for telling a headline from a dateline)."""
    return next(iter(_line_dates(line.strip())), None) is not None


def _top_lines(text: str) -> list[str]:
    lines: list[str] = []
    offset = 0
    for raw in text.split("\n"):
        if offset > MAX_CHARS or len(lines) >= MAX_LINES:
            break
        offset += len(raw) + 1
        if raw.strip():
            lines.append(raw.strip())
    return lines


def _line_dates(line: str) -> Iterator[tuple[date, bool]]:
    """Dates of the dateline pieces of one line, each with whether it is an update date."""
    pieces = _SEPARATOR.split(line)
    separators = _SEPARATOR.findall(line)
    for index, piece in enumerate(pieces):
        if len(piece) > MAX_SEGMENT:
            return
        found = _piece_date(piece, bare_allowed=_bare_date_allowed(pieces, separators, index))
        if found is not None:
            yield found


def _bare_date_allowed(pieces: list[str], separators: list[str], index: int) -> bool:
    """A bare date opens a line, or follows a byline or site name set off by a bar or bullet.

    "Daredevil season 2 — March 18, 2016" is a schedule line, not a dateline.
    """
    if index == 0:
        return True
    after_byline = bool(_BYLINE.match(pieces[0]))
    return after_byline or bool(_METADATA_SEPARATOR.fullmatch(separators[index - 1]))


def _piece_date(piece: str, *, bare_allowed: bool) -> tuple[date, bool] | None:
    rest = piece.strip().strip("()[]").strip()
    is_update = False
    label = _LABEL.match(rest)
    if label is not None and _DATES_START.match(rest, label.end()):
        is_update = label.group("label").lower().rsplit(None, 1)[-1] in _LATER_LABELS
        rest = rest[label.end() :]
    elif not bare_allowed:
        return None
    found = _leading_date(rest)
    if found is None and _BYLINE.match(rest):  # "By Ann Lee, Staff Writer, January 14, 2016"
        after_commas = (rest[comma.end() :] for comma in _COMMA.finditer(rest))
        found = next(filter(None, map(_leading_date, after_commas)), None)
    return None if found is None else (found, is_update)


def _leading_date(text: str) -> date | None:
    """The date `text` consists of, after an optional place and weekday, with a time after it."""
    text = _strip_prefix(_WEEKDAY, _strip_prefix(_PLACE, text))
    for pattern in _DATES:
        match = pattern.match(text)
        if match is not None and _TAIL.match(text, match.end()):
            found = _to_date(match)
            if found is not None:
                return found
    return None



def _strip_prefix(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.match(text)
    return text[match.end() :] if match else text


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first or first == second:
            month, day = first, second
        else:
            return None  # 01/02/2016: January 2 or 1 February
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else _MONTHS[raw_month[:3].lower()]
        day = int(re.sub(r"\D", "", groups["day"]))
    try:
        return date(year, month, day)
    except ValueError:
        return None
