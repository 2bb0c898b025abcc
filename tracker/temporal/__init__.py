"""The temporal grammar: date phrases in text → exact dates, honest windows, or TBA.

`tag_dates` scans each paragraph once with one master pattern (`patterns.MASTER`), reads each
match with its rule (`rules.py`) in context (tense, the anchor chain), and returns the mentions
in text order. Pure: the reference date is an argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from tracker.errors import BadDate
from tracker.model import DateMention, Precision, Window
from tracker.temporal import patterns as P
from tracker.temporal.rules import RULES, Found, Reading
from tracker.temporal.segment import paragraphs, sentences

__all__ = ["tag_dates", "tag_paragraph", "parse_when", "paragraphs", "sentences"]

_RULE_NAMES = [name for name, _, _ in P.RULES]
_SINGLE = {name: re.compile(P._named(name, pat, names), re.IGNORECASE)
           for name, pat, names in P.RULES}
_LATER_RULES = {name: _RULE_NAMES[i + 1:] for i, name in enumerate(_RULE_NAMES)}

# Tense: the last cue before a phrase, within its clause, decides whether it looks back.
_CLAUSE_START = re.compile(r"[.!?;:\n—]|\bbut\b|\bwhile\b|\bafter\b|\bwhereas\b", re.I)
_TENSE_CUES = re.compile(
    r"\b(?P<future>will|['’]ll|shall|is\s+set|are\s+set|set\s+to|slated|scheduled|expected|"
    r"plans?\s+to|planned|due|coming|comes|premieres|debuts|returns|arrives|airs|launches|"
    r"bows|begins|opens|hits|lands|drops|streams|kicks\s+off|is\s+back|are\s+back|going\s+to|"
    r"targeting|eyeing|upcoming|next|until|return|premiere|debut|arrive|launch|begin|bow)\b|"
    r"\b(?P<past>premiered|debuted|aired|returned|launched|bowed|arrived|ended|wrapped|"
    r"released|began|started|concluded|dropped|streamed|came\s+out|came\s+back|kicked\s+off|"
    r"finished|ran|made\s+(?:its|their)\s+debut|last|ago|earlier|previously|was|were|had|"
    r"did|since|opened|closed|hit)\b",
    re.IGNORECASE,
)
_REPORTED_PAST = re.compile(
    r"\b(?:announced|revealed|confirmed|said|told|reported|unveiled|noted|tweeted|posted|"
    r"shared|released|teased|dropped)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _is_past(text: str, start: int, floor: int) -> bool:
    """True when the clause before ``start`` reads as past tense."""
    if _REPORTED_PAST.search(text, max(floor, start - 30), start):
        return True
    begin = max(floor, start - 90)
    for clause in _CLAUSE_START.finditer(text, begin, start):
        begin = clause.end()
    last = None
    for cue in _TENSE_CUES.finditer(text, begin, start):
        last = cue
    return last is not None and last.lastgroup == "past"


def _read(rule: str, match: re.Match[str], text: str, today: date, anchor: Window | None,
          floor: int) -> Found | None:
    prefix = rule + "_"

    def groups(name: str) -> str | None:
        return match.group(prefix + name)

    reading = Reading(text, today, anchor, match.start(), match.end(),
                      _is_past(text, match.start(), floor))
    return RULES[rule](reading, groups)


def _scan(text: str, start: int, end: int, today: date) -> Iterator[DateMention]:
    anchor: Window | None = None
    pos = start
    while pos < end:
        match = P.MASTER.search(text, pos, end)
        if match is None:
            return
        rule = match.lastgroup or ""
        found = _read(rule, match, text, today, anchor, start)
        if found is None:
            for later in _LATER_RULES[rule]:
                retry = _SINGLE[later].match(text, match.start(), end)
                if retry is not None:
                    found = _read(later, retry, text, today, anchor, start)
                    if found is not None:
                        match, rule = retry, later
                        break
        if found is None:
            pos = match.start() + 1
            continue
        pos = match.end()
        s, e = found.span or match.span()
        s, e = _trim(text, s, e)
        hedge = _HEDGE.search(text, max(start, s - 24), s)
        if hedge is not None:
            s = hedge.start()
        window = Window(found.start, found.end, found.precision, text[s:e], found.anchor)
        past = _is_past(text, s, start) if found.precision is not Precision.TBA else False
        yield DateMention(window, (s, e), rule, past)
        if window.start is not None and rule not in ("soon", "horizon"):
            anchor = window


_HEDGE = re.compile(
    r"\b(?:sometime|some\s+time|as\s+early\s+as|as\s+soon\s+as|as\s+late\s+as|"
    r"circa|tentatively|around|no\s+later\s+than|no\s+earlier\s+than)(?:\s+(?:in|on|at))?\s+$",
    re.IGNORECASE,
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,":
        s += 1
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    return s, e


def tag_paragraph(text: str, *, today: date, start: int = 0, end: int | None = None
                  ) -> list[DateMention]:
    """Mentions in one paragraph ``text[start:end]``, with the anchor chain inside it."""
    return list(_scan(text, start, len(text) if end is None else end, today))


def tag_dates(text: str, *, today: date) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``today``.

    A year or date earlier in the same paragraph anchors later phrases that lack a year;
    otherwise ``today`` (the publication date of an article) does.
    """
    found: list[DateMention] = []
    for start, end in paragraphs(text):
        found.extend(_scan(text, start, end, today))
    return found


_TBA_WORDS = {"tba", "tbd", "tbc", "unknown", "none", "?", "to be announced", "not yet known"}


def parse_when(text: str, *, today: date) -> Window:
    """One phrase typed by a person ("fall 2026", "2026-10-03", "TBA") → a window.

    Raises `BadDate` when the phrase is not a date the grammar knows, or holds several.
    """
    phrase = " ".join(text.split())
    if not phrase:
        raise BadDate("empty date: give a date (2026-10-03), a window (fall 2026) or TBA")
    if phrase.lower() in _TBA_WORDS:
        return Window.tba(phrase)
    try:
        day = date.fromisoformat(phrase)
    except ValueError:
        pass
    else:
        return Window.day(day, phrase)
    for candidate, offset in ((phrase, 0), ("in " + phrase, 3)):
        mentions = [m for m in tag_dates(candidate, today=today)]
        if len(mentions) == 1:
            m = mentions[0]
            leftover = (candidate[offset:m.span[0]] + candidate[m.span[1]:]).strip(" ,.")
            if len(leftover.split()) <= 2:
                return m.window.with_provenance(phrase)
        if len(mentions) > 1:
            raise BadDate(f"{phrase!r} holds several dates; give one")
    raise BadDate(f"cannot read {phrase!r} as a date: try 2026-10-03, \"March 18\", "
                  "\"fall 2026\", \"later this year\" or TBA")
