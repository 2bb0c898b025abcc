"""Paragraphs and sentences, as character spans into the original text.

The anchor chain stops at a paragraph; the extractor pairs shows and dates within a sentence.
Splitting is deliberately simple: a paragraph ends at a blank line (or a single newline before a
line that looks like a list item or heading); a sentence ends at . ! ? followed by space and a
capital, a quote or a digit, except after abbreviations ("Sept.", "Mr.", "U.S.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*|\n(?=[ \t]*(?:[-–—•*]|\d+[.)])\s)")
_SENTENCE_END = re.compile(
    r"""(?=[.!?…\n])"""  # (every stop begins so: tested first, this halves the scan)
    r"""(?:[.!?…]+['"’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+)"""
)
# Words whose trailing dot does not end a sentence.
ABBREVIATIONS = frozenset(
    "jan feb febr mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun mr mrs ms dr st jr sr vs no vol ep pt inc co corp ltd u.s u.k e.g i.e approx est "
    "dept gen gov sen rep prof".split()
)
_MAY_END = frozenset(("u.s", "u.k", "inc", "corp", "ltd", "co", "jr", "sr"))
_OPENER = re.compile(r"(?:The|A|An|It|Its|He|She|They|We|This|That|These|Those|There|But|And|"
                     r"Meanwhile|However|Still|Now|Also|On|In)\s")
_TITLE_ELLIPSIS = re.compile(r"(?<![\w'’])(?:I['’]m|[A-Z][a-z]+)\s+(?:a\s+|an\s+|the\s+)?[A-Z][\w'’]*$")
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*['\"’”)\]]*\s*$")
_TIME_ZONE = re.compile(r"(?:Pacific|Eastern|Central|Mountain|ET|PT|CT|MT|EST|EDT|PST|PDT|CST|"
                        r"BST|GMT|AEST|AEDT)\b")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "J.J", "D.B", "J": a person's initials
_INITIALS_ANYCASE = re.compile(_INITIALS.pattern, re.IGNORECASE)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the non-blank paragraphs of ``text``."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start:m.start()].strip():
            yield start, m.start()
        start = m.end()
    if text[start:].strip():
        yield start, len(text)


_ANY_SENTENCE_END = re.compile(r"""[.!?…]+['"’”)\]]*\s+(?=[\"'“‘(\[]?\w)""")


def _ends_sentence(text: str, begin: int, m: re.Match[str], case_blind: bool = False) -> bool:
    """Does the stop ``m`` end a sentence (not an abbreviation's dot or an initial's)?"""
    if m.group().startswith(("...", "…")) and _TITLE_ELLIPSIS.search(
            text, max(begin, m.start() - 30), m.start()) and not _OPENER.match(text, m.end()):
        return False  # "I'm a Celebrity... Get Me Out of Here!": an ellipsis inside a title
    if not m.group().startswith("."):
        return True
    word = _LAST_WORD.search(text, max(begin, m.start() - 12), m.start() + 1)
    if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
        # ("... simulcast with the BBC in the U.K. The opener will also play in theaters":
        # a place or a company may end a sentence before a word that only opens one)
        return word.group(1).lower().rstrip(".") in _MAY_END and \
            _OPENER.match(text, m.end()) is not None
    if word and word.group(1).lower() in ("a.m", "p.m", "a.m.", "p.m.") and \
            (_TIME_ZONE.match(text, m.end()) or text.startswith("(", m.end())):
        return False  # "at 5 p.m. Pacific on Sunday", "9 p.m. ET/PT", "at 8:30 p.m. (8 p.m.
        # Central)"
    initials = _INITIALS_ANYCASE if case_blind else _INITIALS
    if word and initials.fullmatch(word.group(1).rstrip(".")):
        # (a quoted title that ends in initials ends its sentence before a word that only
        # opens one: 'the fourth season of "Chicago P.D." On Thursday, ...')
        return m.group()[1:2] in "\"”'’" and m.group()[1:2] != "" and \
            _OPENER.match(text, m.end()) is not None
    return True


def last_sentence_break(text: str, start: int, end: int) -> int | None:
    """Where the last sentence in ``text[start:end]`` begins, if one ends in there; blind to
    case (the next sentence may start lowercase), so "Jan. 5" and "J. J." do not end one."""
    last = None
    for m in _ANY_SENTENCE_END.finditer(text, start, end):
        if _ends_sentence(text, start, m, case_blind=True):
            last = m.end()
    return last


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the sentences in ``text[start:end]``."""
    end = len(text) if end is None else end
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if not _ends_sentence(text, begin, m):
            continue  # "Sept. 9", initials: "J. J. Abrams", "J.J. Abrams", "D.B. Weiss"
        if text[begin:m.start()].strip():
            yield begin, m.start() + len(m.group().rstrip())
        begin = m.end()
    if text[begin:end].strip():
        yield begin, end
