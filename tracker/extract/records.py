"""Premiere dates laid out as records rather than prose: a table whose header names its
columns ("Show | Network | Premiere", the markdown trafilatura makes of an HTML table, or
tab-separated), a fact box of labelled lines ("Show: The Blacklist" over "Premiere: Monday,
Sept. 23"), and a list line of labelled cells ("- This Is Us (NBC) | Season 3 | Premiere:
Tuesday, Sept. 25").

Pure: text and the tagger's mentions in, one `Record` per show and date out, with the lines
the records cover (the prose reader's guesses about those lines give way to the records).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from tracker.extract import cues
from tracker.extract.document import HOUR, SLOT_TIME
from tracker.extract.seasons import SEASON, number_word, numbered_in, season_number
from tracker.extract.titles import is_person, title_like
from tracker.model import DateMention, Precision
from tracker.names import from_capitals
from tracker.temporal import tag_phrase


@dataclass(frozen=True, slots=True)
class Record:
    name: str  # "": the article's own show (a fact box that names none)
    season: int | None  # None: a returning show's season the record does not tell
    stated: bool  # the record said the season (else a new show's first, or None)
    mention: DateMention
    line: tuple[int, int]  # the row (or the fact box) the record was read from
    dashed: bool = False  # read from a list's line of title, dash and date


@dataclass(frozen=True, slots=True)
class _Cell:
    kind: str  # what the cell holds: "show", "season", "date" or "other"
    start: int  # the value's span in the text
    end: int
    label: str = ""  # its label's words, or its column's header


# What a column or a field is about, by its label
_SHOW_LABEL = re.compile(r"(?:the\s+)?(?:show|series|title|program|programme|drama|comedy|sitcom|"
                         r"anime|name)s?(?:\s+(?:name|title))?")
_SEASON_LABEL = re.compile(r"seasons?(?:\s*(?:no\.?|#|number))?|series\s*(?:no\.?|#|number)|cour|"
                           r"installment|instalment")
_DATE_LABEL = re.compile(r"premieres?|premiere\s+(?:date|day|night)|(?:season\s+\w+\s+)?premiere|"
                         r"release(?:\s+date)?|releases|returns?|return\s+date|back|debuts?|"
                         r"debut\s+date|launch(?:es)?|launch\s+date|airs|air\s*date|start(?:s)?|"
                         r"start\s+date|date|dates|when|arrives|drops|opens|streaming(?:\s+from)?|"
                         r"first\s+episode|on\s+air|new\s+season|coming|due|expected|timing|"
                         r"(?:release|launch|premiere)\s+window")
_LABEL_CELL = re.compile(r"[ \t]*(?:[-–—•*▪][ \t]+)?(?:\*\*|__)?([A-Z][\w'’/&.-]*(?:[ \t]+[\w'’/&.-]+){0,3}?)"
                         r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)")  # (and Markdown's "**Premiere:**")
_BULLET_LEAD = re.compile(r"[ \t]*(?:[-–—•*▪◦·][ \t]+|\*\*)")
_SEPARATOR_ROW = re.compile(r"[ \t|:+-]*-{2,}[ \t|:+-]*")
_NETWORK_TAIL = re.compile(r"\s*\(([^()\n]{1,40})\)\s*$")
_SEASON_TAIL = re.compile(r"(?:,\s*|:\s+|\s+[–—-]\s+)(.{1,30})$")
_NOT_A_SERIES = re.compile(r"\b(?:finale|film|movie|special|book|novel|game|album|tour|podcast|"
                           r"theaters?|theatres?|cinemas?)s?\b", re.IGNORECASE)
_EDGE = " \t*_\"“”‘’'"
_LABEL_ASIDE = re.compile(r"\s*\([^()\n]*\)")
_RANK_LABEL = re.compile(r"\s*(?i:rank|#|no\.?|place|pos\.?|position)\s*")
_RANK_LEAD = re.compile(r"\s*\d{1,2}[.)]\s")
# A fact box's own heading, over fields about the article's show
_BOX_HEADING = re.compile(r"[ \t*#]*(?i:at[\s-]a[\s-]glance|fact\s*box|(?:the\s+)?(?:quick|key|fast)\s+facts|"
                          r"the\s+(?:details|essentials|need-to-know)|details|essentials|"
                          r"(?:the\s+)?(?:show|series)\s+(?:info|facts|details)|need\s+to\s+know)[ \t*:]*")
# A line that is a title alone: no sentence, no label, no cells
_TITLE_LINE = re.compile(r"[ \t*#]*[^\s:|.!?](?:[^:|!?\n]|:(?=[ \t]+[A-Z0-9])){0,58}[ \t*]*")  # ("Star Trek: Discovery")
_RETURNING = re.compile(r"\b(?:return|returns|returning|back|renewed|new\s+season)\b", re.IGNORECASE)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a table's row ("a | b | c", "| a | b |", "a<TAB>b"), None for a line
    that is no row."""
    line = text[start:end]
    sep = "\t" if "\t" in line.strip() else "|" if line.count("|") >= 2 or " | " in line else \
        " / " if line.count(" / ") >= 2 else " · " if line.count(" · ") >= 2 else None
    # (an analyst's "Bridgerton / 3 / May 16 / Netflix", an app's "THE DEUCE · HBO · new · Sept. 10")
    if sep is None:
        return None
    cells, at = [], start
    for piece in line.split(sep):
        cells.append((at, at + len(piece)))
        at += len(piece) + len(sep)
    if sep == " / " and "(" in line[:cells[0][1] - start] and line.rstrip().endswith(")"):
        # a header told in parentheses: "PIPELINE TABLE (title / season / timing / notes)"
        cells[0] = (text.index("(", cells[0][0]) + 1, cells[0][1])
        cells[-1] = (cells[-1][0], text.rindex(")", cells[-1][0], end))
    cells = [_strip(text, s, e) for s, e in cells]
    if sep == "|" and cells and cells[0][0] == cells[0][1] and text[start:end].lstrip().startswith("|"):
        cells = cells[1:]  # (markdown's "| a | b |": no cell before the first bar)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells if len(cells) >= 2 else None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _kind(label: str) -> str:
    label = " ".join(_LABEL_ASIDE.sub("", label).lower().split())  # ("Show (network)")
    if _SEASON_LABEL.fullmatch(label):
        return "season"
    if _SHOW_LABEL.fullmatch(label):
        return "show"
    if _DATE_LABEL.fullmatch(label):
        return "date"
    return "other"


def _number(value: str) -> int | None:
    """A season cell's number: "3", "Three", "third", "Season 3"."""
    match = SEASON.search(value.lower())
    return season_number(match) if match is not None else _bare_number(value)


def _bare_number(value: str) -> int | None:
    """A number on its own: "6", "Six", "sixth"."""
    number = number_word(value.strip())
    return number if number is not None and 1 <= number <= 60 else None


def _season_in(text: str, start: int, end: int) -> int | None:
    told = numbered_in(text, start, end)
    return told[0][1] if told else None


def _show(text: str, start: int, end: int, lowercase: bool = False) -> tuple[str, int | None] | None:
    """A show cell's title, and the season it names ("Paradise (season 2)", "Dancing with
    the Stars, season 28"); ``lowercase``: a title may be written in small letters (a forum
    list's "- killing eve s2 - 4/7")."""
    lead = _BULLET_LEAD.match(text, start, end)
    start, end = _strip(text, lead.end() if lead else start, end)
    season = None
    tail = _NETWORK_TAIL.search(text, start, end)
    if tail is not None:  # "Brooklyn Nine-Nine (NBC)", "Paradise (season 2)"
        if _NOT_A_SERIES.search(tail.group(1)):
            return None  # "Toy Story 5 (film)", "The Boys (season 5, series finale)"
        season = _number(tail.group(1))
        end = tail.start()
    tail = _SEASON_TAIL.search(text, start, end)
    if tail is not None and _number(tail.group(1)) is not None:
        season, end = _number(tail.group(1)), tail.start()
    else:  # "The Last of Us season 2"
        told = [m for m in SEASON.finditer(text, start, end) if m.end() == end and m.start() > start]
        if told and season_number(told[-1]) is not None:
            season, end = season_number(told[-1]), told[-1].start()
    start, end = _strip(text, start, end)
    tail = _NETWORK_TAIL.search(text, start, end)
    if tail is not None and not _NOT_A_SERIES.search(tail.group(1)) and _number(tail.group(1)) is None:
        start, end = _strip(text, start, tail.start())  # ("The X-Files (Fox), season 11": where
        # it airs, before its season)
    name = text[start:end]
    words = name.split()
    if not words or len(words) > 10 or not (name[:1].isupper() or name[:1].isdigit()
                                            or lowercase and name[:1].isalpha()) or \
            _kind(name) != "other" or any(c.isdigit() for c in name) and len(words) == 1 and name.isdigit():
        return None
    return name, season


def _first_mention(text: str, mentions: list[DateMention], start: int, end: int, published: date
                   ) -> DateMention | None:
    inside = [m for m in mentions if start <= m.span[0] and m.span[1] <= end] or [
        replace(m, span=(m.span[0] + start, m.span[1] + start))
        for m in tag_phrase(text[start:end], today=published)]  # (a cell's "March" on its own)
    if not inside:
        return None
    m = inside[0]
    if not m.window.is_tba and (m.past or m.window.end is None or m.window.end < published):
        return None  # (a date gone by: the row tells what already aired)
    return m


def _record(text: str, cells: list[_Cell], mentions: list[DateMention], published: date,
            line: tuple[int, int], anonymous: bool = False, lowercase: bool = False) -> Record | None:
    """The record of a row's (or a box's) cells. An ``anonymous`` box, under a box's own
    heading ("AT A GLANCE"), may name no show: its name is then "", the article's own
    ("Series: 6" over "Start date: Sunday 21st March")."""
    cells = [replace(c, kind="season") if c.kind == "show" and _bare_number(text[c.start:c.end]) is not None
             else c for c in cells]  # (a British "Series: 6")
    shows = [c for c in cells if c.kind == "show"]
    dates = [c for c in cells if c.kind == "date"]
    if len(shows) > 1 or not dates or not shows and (not anonymous or len(cells) < 2):
        return None
    if any(_NOT_A_SERIES.search(text, c.start, c.end) for c in cells if c.kind != "show"):
        return None  # ("Joker | film | Oct. 4", "Christmas special")
    shown = _show(text, shows[0].start, shows[0].end, lowercase) if shows else ("", None)
    if shown is None:
        return None
    name, season = shown
    for c in cells:
        if c.kind == "season":
            season = _number(text[c.start:c.end]) or season
    if season is None:  # ("Note: 11th and final season")
        season = next((n for c in cells if c.kind in ("other", "date")
                       for n in [_season_in(text, c.start, c.end)] if n is not None), None)
    mention = next((m for c in dates for m in [_first_mention(text, mentions, c.start, c.end, published)]
                    if m is not None), None)
    if mention is None:
        return None
    if season is not None:
        return Record(name, season, True, mention, line)
    returning = any(_RETURNING.search(text, c.start, c.end) for c in cells if c.kind != "show") or \
        any(_RETURNING.search(c.label) for c in cells)  # ("Returns: Jan. 8")
    return Record(name, None if returning else 1, False, mention, line)


def read_records(text: str, mentions: list[DateMention], published: date
                 ) -> tuple[list[Record], list[tuple[int, int]]]:
    """The records in ``text``, and the spans of the lines they cover."""
    records: list[Record] = []
    covered: list[tuple[int, int]] = []
    lines = list(_lines(text))
    header: list[str] | None = None
    box: list[_Cell] = []
    box_start = -1
    above: tuple[int, int] | None = None  # the line before the box
    last: tuple[int, int] | None = None

    def close_box(end: int) -> None:
        nonlocal box, box_start
        anonymous = above is not None and _BOX_HEADING.fullmatch(text, *above) is not None
        found = _record(text, box, mentions, published, (box_start, end), anonymous) if box else None
        if found is not None:
            records.append(found)
            covered.append((box_start, end))
        box, box_start = [], -1

    previous_end = 0
    for start, end in lines:
        if start == end or text[start:end].isspace():
            continue  # (a page's loader sets every row apart with a blank line)
        cells = _cells(text, start, end)
        if cells is None:
            header = None
            label = _LABEL_CELL.match(text, start, end)
            kind = _kind(label.group(1)) if label else ""
            if label is None or kind == "show" and any(c.kind == "show" for c in box):
                close_box(previous_end)  # (a new "Show:" line starts the next box)
            if label is not None:
                if box_start < 0:
                    box_start, above = start, last
                value = _strip(text, label.end(), end)
                box.append(_Cell(kind, *value, label.group(1)))
            previous_end, last = end, (start, end)
            continue
        close_box(previous_end)
        previous_end = end
        if _SEPARATOR_ROW.fullmatch(text, start, end):
            continue  # markdown's "|---|---|"
        texts = [text[s:e] for s, e in cells]
        kinds = [_kind(t) for t in texts]
        if "show" in kinds and "date" in kinds and not any(ch.isdigit() for t in texts for ch in t):
            header = texts  # "Show | Network | Premiere"
            covered.append((start, end))
            continue
        if header is not None and len(cells) >= 2:
            ranked = _RANK_LEAD.match(text, cells[0][0]) if len(cells) == len(header) - 1 and \
                _RANK_LABEL.fullmatch(header[0]) else None
            columns = header if ranked is None else header[1:]  # ("Rank / Show / Premiere" over
            if ranked is not None:  # "1. Enterprise (UPN) / Wednesday, Sept. 26": the rank leads
                cells = [(ranked.end(), cells[0][1]), *cells[1:]]  # the show's cell)
            row = [_Cell(_kind(columns[i]), s, e, columns[i]) if i < len(columns) else _Cell("other", s, e)
                   for i, (s, e) in enumerate(cells)]
        else:  # "- This Is Us (NBC) | Status: renewed | Season 3 | Premiere: Tuesday, Sept. 25"
            row = []
            for i, (s, e) in enumerate(cells):
                label = _LABEL_CELL.match(text, s, e)
                if label is not None:
                    row.append(_Cell(_kind(label.group(1)), label.end(), e, label.group(1)))
                elif i == 0:
                    row.append(_Cell("show", s, e))
                elif _number(text[s:e]) is not None and SEASON.search(text[s:e].lower()):
                    row.append(_Cell("season", s, e))
                else:
                    row.append(_Cell("other", s, e))
            if not any(_LABEL_CELL.match(text, s, e) for s, e in cells):
                row = _plain_row(text, cells, mentions, published)  # "🔔 THE ORVILLE · FOX · new · Sun 9/10"
            if not any(c.kind == "date" for c in row):
                continue
            if last is not None and last[1] == start - 1 and not any(c.kind == "show" for c in row) and \
                    all(c.label for c in row) and _TITLE_LINE.fullmatch(text, *last) and \
                    title_like(text[last[0]:last[1]].strip(_EDGE), quoted=True):  # (a title alone on its
                # line may be a year or a day: "1899", "Wednesday")
                row = [_Cell("show", *_strip(text, *last)), *row]  # "Westworld" over "Network: HBO |
                start = last[0]  # Season: 1 | Premiere: Sunday, October 2": the line above names it
        found = _record(text, row, mentions, published, (start, end), lowercase=header is not None)
        if found is not None or header is not None or any(c.label for c in row):
            covered.append((start, end))  # (a plain row that reads as no record is left to
            # the list readers: "- justified s4 / FX / 1/8")
        if found is not None:
            records.append(found)
    close_box(previous_end)
    _dashed_entries(text, [line for line in lines if not any(s <= line[0] < e for s, e in covered)],
                    mentions, published, records, covered)
    _grid_entries(text, lines, mentions, published, records, covered)
    _kit_entries(text, lines, mentions, published, records, covered)
    _slot_entries(text, lines, mentions, published, records, covered)
    _tile_entries(text, lines, mentions, published, records, covered)
    _pick_entries(text, lines, mentions, published, records, covered)
    _capsule_entries(text, lines, mentions, published, records, covered)
    return records, covered


def _plain_row(text: str, cells: list[tuple[int, int]], mentions: list[DateMention], published: date
               ) -> list[_Cell]:
    """A row with no header and no labels ("🔔 THE ORVILLE · FOX · new · Sun 9/10 (Seth
    MacFarlane in space)"): the title first, then a cell that opens with its date, perhaps a
    season's ("s7"); no row when no one cell is the date, or when it is the day's own
    ("TRACKR · New season alerts · Mon 8/14/17": a newsletter's masthead)."""
    if not 3 <= len(cells) <= 6 or "·" not in text[cells[0][1]:cells[1][0]] and not (
            "|" in text[cells[0][1]:cells[1][0]] and text[cells[0][0] - 1:cells[0][0]] in ('"', "“")):
        return []  # (a table's bars and slashes have their own readers; but a capsule's
        # '"NEW GIRL" | Fox | 9 p.m. Tuesday, Sept. 20 | B' leads with its title, quoted)
    opens = [(i, m) for i, (s, e) in enumerate(cells) if i > 0 for m in mentions if s <= m.span[0] < e and (
        m.span[0] == s or m.span[0] > s and (_WEEKDAY_CELL.fullmatch(text, s, m.span[0])
                                             or _HOUR_CELL.fullmatch(text, s, m.span[0])))]
    if len(opens) != 1 or opens[0][1].window.start == published:
        return []
    marker = _ROW_MARKER.match(text, *cells[0])
    row = [_Cell("show", marker.end() if marker else cells[0][0], cells[0][1])]
    for i, (s, e) in enumerate(cells[1:], 1):
        kind = "date" if i == opens[0][0] else "season" if _ROW_SEASON.fullmatch(text, s, e) else "other"
        row.append(_Cell(kind, s, e))
    return row


_HOUR_CELL = re.compile(rf"{SLOT_TIME}[ \t,]+")  # ("9 p.m. Tuesday, Sept. 20")
_WEEKDAY_CELL = re.compile(r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?[ \t]+")
_ROW_MARKER = re.compile(r"[^\w\"“‘'(]+[ \t]*")  # ("🔔 ", "• ")
_ROW_SEASON = re.compile(r"[ \t]*(?:[sS]\d{1,2}|(?i:season|series)[ \t]+\w+)[ \t]*")


_ITEM_MARK = r"[ \t]*[-–—•*▪][ \t]+"  # a list line's bullet
# A list's line of title and date, set apart by a dash: "- killing eve s2 - 4/7", "* Barry
# (HBO) – March 31, right after Veep"
_DASHED_ENTRY = re.compile(_ITEM_MARK + r"([^\n]{1,80}?)[ \t]+[-–—][ \t]+(?=\S)")
# What may stand between the dash and the date: a season ("— series 21 — Saturday 23
# September") and a few words ("- X - in november", "- X s4 - renewed, no date")
_BEFORE_DATE = re.compile(r"(?:(?:(?i:season|series)\s+\w+|[sS]\d{1,2})\s*(?:[-–—,:]\s*)?)?"
                          r"(?:[a-z]+,?\s+){0,3}")


# A list's numbered or bulleted line of title (network) and date after a colon: "1. Atlanta
# (FX): Tuesday, Sept. 6.", "- The Walking Dead season 7 (AMC): Sunday, Oct. 23."
_LABELLED_ENTRY = re.compile(r"[ \t]*(?:[-–—•*▪]|\d{1,2}[.)])[ \t]+([A-Z0-9“\"‘'][^\n:]{0,60}?(?:\([^()\n]{1,30}\)|"
                             r"[ \t](?i:season|series)[ \t]+\w+)):"
                             r"[ \t]+(?=\S)")
# A forum list's line whose title, in small letters, ends at a colon or a slash: "- lost s3:
# wednesday, oct. 4", "- justified s4 / FX / 1/8", "- heroes: new, ... this fall"
_SMALL_ENTRY = re.compile(_ITEM_MARK + r"([^\n:/]{1,70}?)(?:[ \t]*:|[ \t]+/)[ \t]+(?=\S)")


# A list line of a title, a note and the date that ends it: "• Galavant, season 2, January 2016"
_COMMA_ENTRY = re.compile(_ITEM_MARK + r"([A-Z0-9][^\n,]{0,60}?),[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-Z“\"‘'])")
_LINE_TAIL = re.compile(r"[ \t]*[.!]?[ \t]*")


def _small_title(lead: str) -> bool:
    """Is a list line's lead a title written in small letters ("the following (new, kevin
    bacon ...)", "24 s6"), as the prose reader cannot find it?"""
    lead = lead.strip(_EDGE)  # ("- **the walking dead** (AMC, new): Sunday, Oct. 31.")
    bare = re.sub(r"\([^()]*\)", "", lead)
    return (lead[:1].islower() or lead[:1].isdigit()) and not any(c.isupper() for c in bare)


def _dashed_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                    published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """The records of a list whose lines give a title and its date after a dash ("- X s2 -
    4/7"), a colon ("1. X (FX): Tuesday, Sept. 6") or a comma ("• X, a new drama, Sunday, Sept.
    27"); read when two lines or more of the text do (a title may then be in small letters, as
    forum posts write them)."""
    found: list[tuple[Record, tuple[int, int]]] = []
    for start, end in lines:
        entry = _DASHED_ENTRY.match(text, start, end) or _LABELLED_ENTRY.match(text, start, end)
        small = _SMALL_ENTRY.match(text, start, end) if entry is None else None
        if small is not None and not _small_title(small.group(1)):
            small = None
        entry = entry or small
        if entry is None:
            comma = _COMMA_ENTRY.match(text, start, end)
            record = _comma_record(text, comma, mentions, published, (start, end)) if comma else None
            if record is not None:
                found.append((record, (start, end)))
            continue
        if small is None and entry.group(1)[:1].islower() and _small_title(entry.group(1)):
            small = entry  # ("- fargo s4 - was supposed to be april 19. ... not yet known")
        dated = next((m for m in mentions if entry.end() <= m.span[0] and m.span[1] <= end), None)
        if dated is None or small is None and not _BEFORE_DATE.fullmatch(text, entry.end(), dated.span[0]):
            continue
        ahead = [m for m in mentions if dated.span[0] <= m.span[0] and m.span[1] <= end and not m.past]
        best = min((m for m in ahead if not m.window.is_tba), key=lambda m: m.window.days,
                   default=ahead[-1] if ahead else dated)  # ("arrives this month, on the 15th")
        stop = _SENTENCE_END.search(text, best.span[1], end)  # (the date's own sentence: not
        # "Tuesday, Sept. 20. Based on a 1987 film, ...", a note about the show)
        cells = [_Cell("show", *entry.span(1)), _Cell("date", best.span[0], stop.start() + 1 if stop else end)]
        if small is None or not _NOT_A_SERIES.search(text, entry.end(), dated.span[0]):
            cells.insert(1, _Cell("other", entry.end(), dated.span[0]))  # (but a forum's
            # "- friday night lights: based on the movie ... also this fall": the show's note)
        record = _record(text, cells, mentions, published, (start, end), lowercase=True)
        if record is not None:
            found.append((replace(record, dashed=True), (start, end)))
    if len(found) >= 2:
        for record, line in found:
            records.append(record)
            covered.append(line)


def _comma_record(text: str, comma: re.Match[str], mentions: list[DateMention], published: date,
                  line: tuple[int, int]) -> Record | None:
    """"• Quantico, a new FBI-academy thriller, Sunday, Sept. 27": a title, a note, and the
    date that ends the line (not a person's line, nor one with a verb of its own: "Lost in
    Space season 2 premieres on December 24, ..." is the prose reader's)."""
    start, end = line
    last = next((m for m in reversed(mentions) if start <= m.span[0] and m.span[1] <= end), None)
    name = text[comma.start(1):comma.end(1)]
    if last is None or not _LINE_TAIL.fullmatch(text, last.span[1], end) or \
            last.span[0] <= comma.end() or not title_like(name) or len(name.split()) > 6 or \
            is_person(text, comma.start(1), comma.end(1)) or SEASON.match(name.lower()) or \
            cues.RELEASE.search(text[start:end].lower()):
        return None
    cells = [_Cell("show", *comma.span(1)), _Cell("other", comma.end(), last.span[0]),
             _Cell("date", last.span[0], end)]
    record = _record(text, cells, mentions, published, line)
    return replace(record, dashed=True) if record is not None else None


# A listings page's entry under its day's heading: "9:00 (7) HOME IMPROVEMENT. SEASON PREMIERE.
# Tim Allen's sitcom opens its fifth season ...", "8:30 (4) THE SINGLE GUY. NEW SERIES.", a
# streamer's "(NETFLIX) THE CROWN. NEW SERIES."
_GRID_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}(?::\d\d)?(?:[ \t]*[ap]\.?m\.?)?[ \t]*)?(?:\([^()\n]{1,20}\)[ \t]*)+"
                         r"([A-Z0-9][A-Z0-9 '’&!?:,.-]{1,60}?)\.[ \t]+"
                         r"(NEW[ \t]+SERIES|SERIES[ \t]+PREMIERE|SEASON[ \t]+PREMIERE)\b")
_DAY_LINE = re.compile(r"[ \t*#]*")
# A program guide's row in columns set apart by runs of spaces: channel, time, title, the
# episode's code and a premiere flag ("CH 7 (ABC)   9:00 PM   Home Improvement   S05E01
# "Room for Change"   PREMIERE")
_COLUMN_GAP = r"(?:[ ]\|[ ]|[ ]{2,}|\t+)"  # (the loader writes a guide's columns as a table's)
_EPG_ENTRY = re.compile(rf"[^\n]*?{_COLUMN_GAP}(?P<title>[A-Z0-9“\"‘'](?:(?![ ]{{2}}|\t|[ ]\|)[^\n]){{0,70}}?){_COLUMN_GAP}"
                        rf"S(?P<s>\d{{1,2}})E(?P<e>\d{{1,3}})(?:-E?\d{{1,3}})?{_COLUMN_GAP}"
                        rf"(?:[“\"‘'][^\n]*?[”\"’']{_COLUMN_GAP})?(?:(?:SERIES|SEASON)[ ]+)?PREMIERE\b")


def _grid_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                  published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """The premieres a listings page flags under each day's heading ("THURSDAY, SEPT. 21"):
    a new series is its first season; a season premiere's number is the one its blurb tells."""
    day: DateMention | None = None
    i = 0
    for start, end in lines:
        while i < len(mentions) and mentions[i].span[0] < start:
            i += 1  # (lines and mentions both in text order)
        alone = []
        j = i
        while j < len(mentions) and mentions[j].span[1] <= end:
            alone.append(mentions[j])
            j += 1
        if len(alone) == 1 and (_DAY_LINE.fullmatch(text, start, alone[0].span[0])
                                or _WEEKDAY_CELL.fullmatch(text, start, alone[0].span[0])) and \
                _DAY_LINE.fullmatch(text, alone[0].span[1], end):
            day = alone[0] if alone[0].window.days == 1 else None
            continue
        entry = _GRID_ENTRY.match(text, start, end)
        guide = _EPG_ENTRY.match(text, start, end) if entry is None else None
        row_day = alone[0] if guide is not None and alone and alone[0].span[0] < guide.start("title") \
            and alone[0].window.days == 1 else day  # ("WED 10/3 | 8:00 PM | CH 6 ABC | ...": the
        # row's own day)
        if entry is None and guide is None or row_day is None or row_day.past or row_day.window.end is None or \
                row_day.window.end < published or any(s <= start < e for s, e in covered):
            continue
        if guide is not None:  # "CH 4 (NBC)   8:00 PM   Friends   S02E01   "The One with ..."
            if int(guide.group("e")) == 1:  # PREMIERE": a season's first episode, its number told
                records.append(Record(from_capitals(guide.group("title").strip(), text),
                                      int(guide.group("s")), True, row_day, (start, end)))
                covered.append((start, end))
            continue
        assert day is not None
        assert entry is not None
        new = not entry.group(2).upper().startswith("SEASON")
        told = numbered_in(text, entry.end(), end)
        season = 1 if new else told[0][1] if told else None
        records.append(Record(from_capitals(entry.group(1), text), season, new or bool(told), day,
                              (start, end)))
        covered.append((start, end))




# A network press kit's entry: "SCORPION -- SEASON PREMIERE -- Monday, Sept. 21 (9:00-10:00
# PM)", or the flag alone over its episode's line ("STARGATE SG-1 -- SEASON PREMIERE" over
# 'EPISODE 901 -- "Avalon, Part 1" -- Airs Friday, July 15'); a typed "--" is read as a dash
_KIT_ENTRY = re.compile(r"[ \t]*([A-Z0-9][A-Z0-9 '’&!?:,.+-]{0,70}?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[—–][ \t]+"
                        r"(SERIES[ \t]+PREMIERE|SEASON[ \t]+PREMIERE|NEW[ \t]+SERIES)\b")
# A kit's section line that dates the entries under it: "AVAILABLE AT LAUNCH -- Friday, Nov. 1"
_KIT_SECTION = re.compile(r"[ \t]*[A-Z0-9][A-Z0-9 '’&!?:,.+-]{0,50}?[ \t]+[—–][ \t]+")
_KIT_EPISODE = re.compile(r"[ \t]*EPISODE[ \t]+#?(\d{3,4})\b")


def _kit_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                 published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """Press-kit entries: the flagged title's date on its line or on its episode's line below,
    a season premiere's number from the blurb below ("Ninth season.", "The second season
    opens ...") or the episode's code ("EPISODE 901": season 9)."""
    section: DateMention | None = None
    section_line = (0, 0)
    for i, (start, end) in enumerate(lines):
        entry = _KIT_ENTRY.match(text, start, end)
        if entry is None:
            head = _KIT_SECTION.match(text, start, end)
            heading = next((m for m in mentions if m.span[0] == head.end() and m.span[1] <= end
                            and m.window.precision is Precision.DAY), None) if head else None
            if heading is not None:
                section, section_line = heading, (start, end)
            continue
        if any(s <= start < e for s, e in covered):
            continue
        below = [line for line in lines[i + 1:i + 4] if line[0] < line[1]][:2]
        dated = None
        episode = [line for line in below[:1] if _KIT_EPISODE.match(text, *line)]
        for s, e in [(entry.end(), end)] + episode:
            dated = next((m for m in mentions if s <= m.span[0] and m.span[1] <= e
                          and not m.window.is_tba), None)
            if dated is not None:
                if s != entry.end():
                    covered.append((s, e))  # (the episode's line: its quoted title is no show)
                break
        if dated is None and section is not None:
            dated = section  # (under "AVAILABLE AT LAUNCH -- Friday, Nov. 1")
            covered.append(section_line)
        elif dated is None and below and not episode:  # (its blurb: "... returns for its
            s, e = below[0]  # eighth season in July")
            dated = next((m for m in mentions if s <= m.span[0] and m.span[1] <= e
                          and not m.window.is_tba), None)
            if dated is not None:
                covered.append((s, e))
        if dated is None or dated.past or dated.window.end is None or dated.window.end < published:
            continue
        new = not entry.group(2).upper().startswith("SEASON")
        season: int | None = 1 if new else None
        if not new:
            told = [n for s, e in below for _, n in numbered_in(text, s, e)]
            code = next((c for s, e in below[:1] for c in [_KIT_EPISODE.match(text, s, e)] if c), None)
            season = told[0] if told else int(code.group(1)[:-2]) if code else None
        records.append(Record(from_capitals(entry.group(1), text), season, season is not None, dated,
                              (start, end)))
        covered.append((start, end))


# A fall grid's row, led by its time slot, its cells set apart by bars or runs of spaces:
# "8:00 | NBC | Community | RETURNING (Season 2) | Sept. 23", "9:00  NBC  Trauma  [NEW]  Sept. 28"
_SLOT_CELL = re.compile(HOUR)
_ROW_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t+")
_STATUS_CELL = re.compile(r"[\[(]?[ \t]*(?i:new|returning|(?:series|season)[ \t]+premiere)\b")
_NEW_STATUS = re.compile(r"[\[(]?[ \t]*(?i:new|series[ \t]+premiere)\b")
_PAREN_STATUS = re.compile(r"[ \t]*\(((?:NEW|RET|RETURNING|New|Returning)\b[^()]{0,40})\)[ \t]*$")


def _slot_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                  published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """A grid's rows of slot, network, title, a NEW or RETURNING flag (with the season) and
    the date of the first new episode: a new show's first season, a returning one's told."""
    for start, end in lines:
        if not text[start:start + 1].isdigit() or any(s <= start < e for s, e in covered):
            continue
        cells, at = [], start
        for gap in _ROW_GAP.finditer(text, start, end):
            cells.append((at, gap.start()))
            at = gap.end()
        cells.append((at, end))
        cells = [c for c in cells if c[0] < c[1]]
        slot = _SLOT_CELL.match(text, *cells[0]) if cells else None
        if slot is not None and slot.end() < cells[0][1] and text[slot.end()] == " ":
            cells[:1] = [(cells[0][0], slot.end()), (slot.end() + 1, cells[0][1])]  # ("10:00 ABC")
        if len(cells) < 4 or not _SLOT_CELL.fullmatch(text, *cells[0]):
            continue
        day = next((m for m in mentions if m.span[0] == cells[-1][0] and m.span[1] <= end), None)
        status = next((c for c in cells[1:-1] if _STATUS_CELL.match(text, *c)), None)
        flagged = None if status is not None else next(
            (f for c in cells[1:-1] for f in [_PAREN_STATUS.search(text, *c)] if f), None)
        if flagged is not None:  # ("Reunion (NEW)", "The O.C. (RET, third season)")
            status = flagged.span(1)
            cells = [(s, flagged.start()) if s <= flagged.start() < e else (s, e) for s, e in cells]
        if day is None or status is None or day.window.precision is not Precision.DAY or day.past \
                or day.window.end is None or day.window.end < published:
            continue
        named = [c for c in cells[1:-1] if c != status]
        title = text[slice(*named[1] if len(named) >= 2 else named[0])].strip()
        if not title_like(title, quoted=True):
            continue
        tag = text[slice(*status)].lower()
        told = numbered_in(tag, 0, len(tag))
        new = _NEW_STATUS.match(tag) is not None
        season = told[0][1] if told else 1 if new else None
        records.append(Record(from_capitals(title, text) if title.isupper() else title, season,
                              bool(told) or new, day, (start, end)))
        covered.append((start, end))


# A streaming app's tile saved as text: the title in capitals on a line of its own (perhaps
# with its season after a dash), perhaps a season line, then the short line that says when it
# is coming ("STRANGER THINGS 3" / "Coming July 4"; "GEN V" / "Season 2" / "Coming September
# 17"; "CURB YOUR ENTHUSIASM" / "Final Season Coming February 2024")
_TILE_TITLE = re.compile(r"[ \t]*([A-Z0-9][A-Z0-9 '’&!?:,.+#/-]{0,70}?)(?:[ \t]+[-–—][ \t]+([^\n]{1,40}?))?[ \t]*")
_TILE_SEASON = re.compile(r"[ \t]*(?:(?:The[ \t]+)?(?:Final|New)[ \t]+Season|Season[ \t]+\d{1,2})\b[^\n]{0,40}")
_TILE_WHEN = re.compile(r"[ \t]*(?:(?:Season[ \t]+\d{1,2}[ \t]*\|[ \t]*)?(?:(?:The[ \t]+)?(?:Final|New)[ \t]+"
                        r"(?:Season|Episodes?)[ \t]+)?)Coming\b")
_TILE_NOT_SERIES = re.compile(r"\b(?:film|movie|game|games|special|documentary\s+film|live\s+nfl)\b",
                              re.IGNORECASE)
_TILE_NUMBER = re.compile(r"(.+?)[ \t]+(\d{1,2})")
_TILE_RETURNING = re.compile(r"\b(?:new|final)\s+season|\breturns\b", re.IGNORECASE)


def _tile_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                  published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """The series of an app's "Coming soon" tiles, each with the date its "Coming ..." line
    gives (not the films and games among them)."""
    tiles: list[Record] = []
    others: list[tuple[int, int]] = []  # the tiles of films and games
    low = text.lower() if len(text.lower()) == len(text) else text
    for i, (start, end) in enumerate(lines):
        head = _TILE_TITLE.fullmatch(text, start, end)
        if head is None or sum(c.isalpha() for c in head.group(1)) < 2 or \
                any(s <= start < e for s, e in covered):
            continue
        below = []  # (a tile's lines follow one another, no blank line between)
        for line in lines[i + 1:i + 5]:
            if line[0] == line[1] or text[line[0]:line[1]].isspace():
                break
            below.append(line)
        at = 0
        if below and _TILE_SEASON.fullmatch(text, *below[0]) and not _TILE_WHEN.match(text, *below[0]):
            at = 1  # ("Season 4 | The Final Season")
        if len(below) <= at or not _TILE_WHEN.match(text, *below[at]) or below[at][1] - below[at][0] > 60:
            continue  # (a tile's line is short: "Coming July 4", not a paragraph of prose)
        when = below[at]
        day = next((m for m in mentions if when[0] <= m.span[0] and m.span[1] <= when[1]), None)
        tile_end = below[at + 1][1] if len(below) > at + 1 else when[1]
        if _TILE_NOT_SERIES.search(text, when[0], tile_end):
            others.append((start, when[1]))  # (a film's tile: no claim, from the prose either)
            continue
        if day is None or day.window.is_tba or day.past or day.window.end is None or \
                day.window.end < published:
            continue
        told = [n for s, e in [head.span(2) if head.group(2) else (start, start)] + below[:at + 2]
                for _, n in numbered_in(low, s, e)]
        name = head.group(1).strip()
        number = _TILE_NUMBER.fullmatch(name)  # ("STRANGER THINGS 3")
        if number is not None and not told:
            name, told = number.group(1), [int(number.group(2))]
        returning = _TILE_RETURNING.search(text, start, tile_end) is not None
        season = told[0] if told else None if returning else 1
        tiles.append(Record(from_capitals(name, text), season, bool(told) or not returning, day,
                            (start, when[1])))
    if len(tiles) >= 3:  # (a page of tiles, not a heading over a line that starts so)
        records.extend(tiles)
        covered.extend([t.line for t in tiles] + others)


# A week's picks as British papers print them: a day's heading, the title on a line of its own,
# then its slot and channel ("SUNDAY" / "Case Histories" / "9pm, BBC One"; or the day on the
# slot's line, "Returns Wednesday, 9pm, BBC Two")
_PICK_SLOT = re.compile(r"[ \t]*(?:(?:Starts|Returns|Begins|New)[ \t]+)?(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)"
                        r"day,?[ \t]+)?\d{1,2}(?:[.:]\d\d)?[ \t]*[ap]m,[ \t]+[A-Z][\w+&' ]{1,24}[ \t]*")
_PICK_TITLE = re.compile(r"[ \t]*[A-Z0-9“\"‘'][^\n.!?:;]{0,58}[^\n.,;:\s][ \t]*")
_PICK_BACK = re.compile(r"\b(?:returns?|back|continues|resumes)\b", re.IGNORECASE)
_PICK_PREMIERE = re.compile(r"\b(?:new|starts?|begins?|opens?|returns?|launch(?:es)?|debuts?|premieres?|"
                            r"first|series|season|[\w-]+-part)\b", re.IGNORECASE)
_PICK_NOT_PREMIERE = re.compile(r"\b(?:episode|film|movie|one-off|repeat|finale|ends)\b", re.IGNORECASE)


def _pick_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                  published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """The picks of a week's column, three or more: each title dated by the weekday on its
    slot's line or on the heading above it, its series from the blurb below ("for series
    two", "The 36th series ..."), else a new one's first."""
    picks: list[Record] = []
    spans: list[tuple[int, int]] = []
    day: DateMention | None = None
    low = text.lower() if len(text.lower()) == len(text) else text
    for i, (start, end) in enumerate(lines):
        alone = [m for m in mentions if start <= m.span[0] and m.span[1] <= end]
        if len(alone) == 1 and _DAY_LINE.fullmatch(text, start, alone[0].span[0]) and \
                _DAY_LINE.fullmatch(text, alone[0].span[1], end):
            day = alone[0] if alone[0].window.days == 1 else None
            continue
        if i + 1 >= len(lines) or not _PICK_TITLE.fullmatch(text, start, end) or \
                not _PICK_SLOT.fullmatch(text, *lines[i + 1]) or any(s <= start < e for s, e in covered):
            continue
        slot_start, slot_end = lines[i + 1]
        own = next((m for m in mentions if slot_start <= m.span[0] and m.span[1] <= slot_end
                    and m.window.days == 1), None)
        dated = own or day
        if dated is None or dated.past or dated.window.end is None or dated.window.end < published:
            continue
        blurb = lines[i + 2] if i + 2 < len(lines) else (slot_end, slot_end)
        if _PICK_NOT_PREMIERE.search(text, slot_start, blurb[1]) or \
                not _PICK_PREMIERE.search(text, slot_start, blurb[1]):
            continue  # (a daily guide's episode, film or one-off: "Series 13, episode 8. ...")
        told = numbered_in(low, blurb[0], blurb[1])
        back = _PICK_BACK.search(text, slot_start, blurb[1]) is not None
        title = text[start:end].strip()
        picks.append(Record(title, told[0][1] if told else None if back else 1, bool(told) or not back,
                            dated, (start, slot_end)))
        spans.append((start, slot_end))
    if len(picks) >= 3:
        records.extend(picks)
        covered.extend(spans)



# A preview's capsule: the title on a line of its own, then its network, hour and first night
# ("HEROES" / "NBC, 9 p.m. Monday, Sept. 25" / a paragraph of review)
_CAPSULE_SLOT = re.compile(rf"[ \t]*{cues.NETWORKS}[\w+&' ]{{0,12}},[ \t]+(?:{_HOUR_CELL.pattern})?")


def _capsule_entries(text: str, lines: list[tuple[int, int]], mentions: list[DateMention],
                     published: date, records: list[Record], covered: list[tuple[int, int]]) -> None:
    """The shows of three capsules or more, each dated by the line under its title."""
    found: list[Record] = []
    for (start, end), (slot_start, slot_end) in pairwise(lines):
        if any(s <= start < e for s, e in covered) or not _TITLE_LINE.fullmatch(text, start, end) or \
                not title_like(text[start:end].strip(_EDGE), quoted=True):
            continue
        slot = _CAPSULE_SLOT.match(text, slot_start, slot_end)
        day = None if slot is None else next(
            (m for m in mentions if m.span[0] == slot.end() and m.span[1] <= slot_end), None)
        if day is None or day.window.is_tba or day.past or day.window.end is None or \
                day.window.end < published or text[day.span[1]:slot_end].strip(" .;"):
            continue
        blurb_end = text.find("\n\n", slot_end)
        blurb_end = len(text) if blurb_end < 0 else blurb_end
        low = text[slot_end:blurb_end].lower()
        if _NOT_A_SERIES.search(text, start, end):
            continue
        told = [n for _, n in numbered_in(low, 0, len(low))]
        returning = _RETURNING.search(low) is not None
        found.append(Record(from_capitals(text[start:end].strip(_EDGE), text),
                            told[0] if told else None if returning else 1,
                            bool(told) or not returning, day, (start, slot_end)))
    if len(found) >= 3:  # (a preview of capsules, not one title over its channel)
        records.extend(found)
        covered.extend(r.line for r in found)
