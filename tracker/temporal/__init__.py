"""The temporal grammar: date phrases in text → exact dates, honest windows, or TBA.

`tag_dates` tokenizes each paragraph once, tries the rules that can begin at the word starts
near each core word (`patterns.py`), reads each match with its rule (`rules.py`) in context
(tense, the anchor chain), and returns the mentions in text order. Pure: the reference date is
an argument.
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

_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(rules: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of ``rules`` (compiled once, on first use)."""
    found = _PATTERNS.get(rules)
    if found is None:
        found = _PATTERNS[rules] = P.rules_pattern(rules)
    return found

# Tense: the last cue before a phrase, within its clause, decides whether it looks back.
_FUTURE_CUES = (
    "will", "'ll", "’ll", "shall", "is set", "are set", "set to", "slated", "scheduled",
    "expected", "plans to", "plan to", "planned", "due", "coming", "comes", "premieres",
    "debuts", "returns", "arrives", "airs", "launches", "bows", "begins", "opens", "hits",
    "lands", "drops", "streams", "kicks off", "is back", "are back", "going to", "targeting",
    "eyeing", "upcoming", "next", "until", "return", "premiere", "debut", "arrive", "launch",
    "begin", "bow", "rolls out", "to be", "will be",
)
_PAST_CUES = (
    "premiered", "debuted", "aired", "returned", "launched", "bowed", "arrived", "ended",
    "wrapped", "released", "began", "started", "concluded", "dropped", "streamed", "came out",
    "came back", "kicked off", "finished", "ran", "made its debut", "made their debut",
    "ago", "previously", "was", "were", "had", "did", "since", "opened", "closed",
)
_PAST_SET = frozenset(_PAST_CUES)
_CUE = re.compile(r"(?<![\w'’])(?:" + P.trie_regex(_FUTURE_CUES + _PAST_CUES) + r")\b")
_CLAUSE_WORDS = (" but ", " while ", " after ", " whereas ")
_REPORTED_PAST = re.compile(
    r"\b(?:announced|revealed|confirmed|said|told|reported|unveiled|noted|tweeted|posted|"
    r"shared|released|teased|dropped)\s+(?:on\s+)?$"
)


# "was set to return this summer": a plan that was, not a premiere to come.
_PAST_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?"
    r"(?:set|scheduled|slated|expected|supposed|planned|due|going|meant)\s+to\s+\w+"
    r"(?:\s+[\w’'-]+){0,4}\s+$"
)
_MODAL_BEFORE = re.compile(r"\b(?:will|to|['’]ll|would|could|may|might|can|should|must|be)\s+$")


def _is_past(text: str, low: str, start: int, floor: int) -> bool:
    """True when the clause before ``start`` reads as past tense (``low``: lowercased text).
    Capitalized words are title words ("We Were the Lucky Ones"), not verbs."""
    begin = max(floor, start - 90)
    cut = max(max(low.rfind(ch, begin, start) for ch in ".!?;:\n—"),
              max(low.rfind(w, begin, start) for w in _CLAUSE_WORDS))
    if cut >= begin:
        begin = cut + 1
    reported = _REPORTED_PAST.search(low, max(begin, start - 30), start)
    if reported and not _MODAL_BEFORE.search(low, max(begin, reported.start() - 8),
                                             reported.start()):
        return True
    if _PAST_PLAN.search(low, begin, start):
        return True
    last = None
    for cue in _CUE.finditer(low, begin, start):
        word = text[cue.start():cue.end()]
        if word[0].islower() or word[0] in "'’" or (word.isupper() and len(word) > 1):
            last = cue
    if last is None or last.group() not in _PAST_SET:
        return False
    return not _MODAL_BEFORE.search(low, max(begin, last.start() - 8), last.start())


def _read(rule: str, match: re.Match[str], text: str, low: str, today: date,
          anchor: Window | None, floor: int) -> Found | None:
    prefix = rule + "_"

    def groups(name: str) -> str | None:
        return match.group(prefix + name)

    reading = Reading(text, today, anchor, match.start(), match.end(),
                      lambda: _is_past(text, low, match.start(), floor))
    return RULES[rule](reading, groups)


def _candidates(text: str, low: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(word start, start key) where a date phrase may begin, in text order. ``low`` is
    ``text.lower()`` when that keeps every index, else ``text`` itself."""
    core_pattern = P.CORE if low is not text else P.CORE_ANYCASE
    tried = start - 1
    for core in core_pattern.finditer(low, start, end):
        at = core.start()
        if at <= tried:
            continue
        lo = max(tried + 1, at - 60)
        words = [(w.start(), w.group()) for w in P.WORD.finditer(low, lo, at)]
        own = P.WORD.match(low, at)
        if own is not None:
            words.append((at, own.group()))
        for pos, first in words[-P.LOOKBACK_WORDS - 1:]:
            first = first.lower()
            if pos > tried and (first in P.START_WORDS or first[0].isdigit()):
                tried = pos
                yield pos, P.start_key(first)


def _match_at(text: str, low: str, at: int, key: str, end: int, today: date,
              anchor: Window | None, floor: int) -> tuple[re.Match[str], str, Found] | None:
    """The first rule that matches at ``at`` and accepts its reading (later rules are tried
    when an earlier one rejects, as a backtracking alternation would)."""
    rules = tuple(P.RULES_BY_START.get(key, ()))
    if key in ("month", "weekday", "season"):  # "may", "sun": also the rules of the word
        word = P.WORD.match(text, at)
        rules += tuple(r for r in P.RULES_BY_START.get(word.group().lower(), ()) if r not in rules) \
            if word else ()
    while rules:
        match = _pattern(rules).match(text, at, end)
        if match is None:
            return None
        rule = match.lastgroup or ""
        found = _read(rule, match, text, low, today, anchor, floor)
        if found is not None:
            return match, rule, found
        rules = rules[rules.index(rule) + 1:]
    return None


def _scan(text: str, low: str, start: int, end: int, today: date) -> Iterator[DateMention]:
    anchor: Window | None = None
    pos = start
    for at, key in _candidates(text, low, start, end):
        if at < pos:
            continue
        hit = _match_at(text, low, at, key, end, today, anchor, start)
        if hit is None:
            continue
        match, rule, found = hit
        pos = match.end()
        s, e = found.span or match.span()
        s, e = _trim(text, s, e)
        hedge = _HEDGE.search(text, max(start, s - 24), s)
        if hedge is not None:
            s = hedge.start()
        window = Window(found.start, found.end, found.precision, text[s:e], found.anchor)
        past = _is_past(text, low, s, start) if found.precision is not Precision.TBA else False
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
    return list(_scan(text, _lowered(text), start, len(text) if end is None else end, today))


def tag_dates(text: str, *, today: date) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``today``.

    A year or date earlier in the same paragraph anchors later phrases that lack a year;
    otherwise ``today`` (the publication date of an article) does.
    """
    found: list[DateMention] = []
    low = _lowered(text)
    for start, end in paragraphs(text):
        found.extend(_scan(text, low, start, end, today))
    return found


def _lowered(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


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
