"""One function per rule of the grammar: a regex match (read in context) → dates, or None.

A rule returns ``None`` to reject a match (a month name used as a word, a year used as an
adjective); the tagger then tries the next alternative at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from tracker import vocab
from tracker.model import Anchor, Precision, Window
from tracker.temporal import patterns as P
from tracker.temporal import resolve as R
from tracker.temporal.segment import last_sentence_break

_T = TypeVar("_T")

Groups = Callable[[str], "str | None"]


@dataclass(slots=True)
class Found:
    start: date | None
    end: date | None
    precision: Precision
    anchor: Anchor
    span: tuple[int, int] | None = None  # widened span (e.g. to take in "by")


_ALONE_BEFORE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)  # what may stand before a phrase
_ALONE_AFTER = re.compile(r"[\s.!]*")  # ... and after it, for it to be the whole text


@dataclass(slots=True)
class Reading:
    """What a rule may know: the text, the reference date, the anchor chain, the tense."""

    text: str
    today: date
    anchor: Window | None
    start: int
    end: int
    tense: Callable[[int], bool]  # is the text at a position past tense? Asked on first use
    _past: bool | None = None
    anchor_past: bool = False  # the anchor was read in the past tense
    anchor_end: int = -1  # where the anchor's phrase ends in ``text``

    @property
    def past(self) -> bool:
        """True when the phrase is read with a past-tense verb."""
        if self._past is None:
            self._past = self.tense(self.start)
        return self._past

    def usable_anchor(self) -> Window | None:
        a = self.anchor
        if a is None or a.start is None or a.end is None:
            return None
        if (a.end < self.today or self.anchor_past and a.start <= self.today) and not self.past:
            return None  # a past date does not anchor what is still to come (but "confirmed
            # a 2025 release ..., saying it will arrive in June": a year still ahead does)
        return a

    def point(self, day: bool = False) -> tuple[date, Anchor]:
        """Where an anaphoric phrase ("in the fall", "March 18") is read from. A ``day``
        ("September 7") is not read from a whole year named in an earlier sentence ("... in
        2026. Task debuts September 7."): that year is another show's more often than not."""
        a = self.usable_anchor()
        if a is None or a.start is None or (day and self._anchor_far(a.days >= 365)):
            return self.today, Anchor.REFERENCE
        if a.anchor is Anchor.REFERENCE and a.precision in _NO_YEAR_GIVEN and (day or not (
                self.anchor_end >= 0 and _SEQUENCE.search(self.text, self.anchor_end, self.start))):
            # "X returns April 13, and Y premieres February 16", "Z is held until midseason.
            # W keeps its September 17 debut", "X premieres July 18. Y arrives in June": a day,
            # month or season that took its year from the reference date tells the next day,
            # month or season nothing; both are read from the reference (the anchor
            # chain is a year named earlier). ("next year, on March 18" still anchors: it
            # names a year; and before a month or season, so does an order told between
            # them: "X comes back in June, and Y follows in September".)
            return self.today, Anchor.REFERENCE
        if not day and a.days >= 365 and self.anchor_end >= 0 and _OTHER_SUBJECT_CLAUSE.search(
                self.text, self.anchor_end, self.start):
            # "X's final season won't arrive until 2019; Westworld returns in April": a year
            # told of another show, in a clause before, is no year for this month or season
            return self.today, Anchor.REFERENCE
        if a.anchor is Anchor.NEARBY and a.precision in _NO_YEAR_GIVEN and \
                a.start > self.today and not self.past:
            # "HBO's 2025 slate ... arriving in mid-February; The Pitt, ..., premieres Jan. 9": a
            # window that took its year from a year told before passes on that year, not its
            # own place in it (Jan. 9 is the same 2025's)
            return max(self.today, date(a.start.year, 1, 1)), Anchor.NEARBY
        if a.days >= 365 and a.start.year == self.today.year:
            return self.today, Anchor.NEARBY  # "in 2016" read in 2016 adds nothing
        if self.past and a.end is not None:  # "In 2014 it premiered in April"; "It premiered
            # in April and was renewed in May": the anchor's year, up to today
            return min(date(a.end.year, 12, 31), self.today), Anchor.NEARBY
        return a.start, Anchor.NEARBY

    def _anchor_far(self, whole_year: bool) -> bool:
        """Does a sentence end between the anchor and this phrase, and the phrase's sentence
        not go on about the same thing ("It returns Jan. 5", "The show returns...")? Or, in
        the same sentence, a clause begin with a new subject? A season or month anchor is far
        only then: "The CW has set its fall 2025 lineup. X opens Oct. 13" reads the lineup's
        year, "X is set for summer 2026, while Y arrives January 18" does not."""
        if self.anchor_end < 0:
            return False
        at = last_sentence_break(self.text, self.anchor_end, self.start) if whole_year else None
        if at is None:  # "X returns in 2026, and Hulu's Paradise lands January 28"
            for clause in _NEW_SUBJECT_CLAUSE.finditer(self.text, self.anchor_end, self.start):
                at = clause.end()
        return at is not None and _ANAPHORIC_OPENING.match(self.text, at) is None

    def year(self) -> tuple[int, Anchor]:
        """The year an anaphoric "the year" refers to."""
        a = self.usable_anchor()
        if a is None or a.end is None:
            return self.today.year, Anchor.REFERENCE
        return a.end.year, Anchor.NEARBY

    def after(self, year: int) -> tuple[date, Anchor]:
        """First day of "later in ``year``": after a nearby mention in that year, else after
        the reference date, else January 1."""
        a = self.usable_anchor()
        if a is not None and a.end is not None and a.end.year == year and a.days < 365 and \
                a.end >= self.today and (a.anchor is Anchor.EXPLICIT or a.start == a.end and (
                    self.anchor_end < 0
                    or last_sentence_break(self.text, self.anchor_end, self.start) is None)):
            # (after a day to come in the same sentence, or a date told with its year, "March
            # 18, 2016, and Luke Cage later in the year"; but "X arrives this fall, and Y later
            # this year" counts from the reference date: another show's window is no bound on
            # this one, nor is a date gone by, nor a day told in a sentence before)
            return a.end + timedelta(days=1), Anchor.NEARBY
        if year == self.today.year:
            return self.today + timedelta(days=1), Anchor.REFERENCE
        return date(year, 1, 1), Anchor.REFERENCE if year > self.today.year else Anchor.NEARBY

    @property
    def alone(self) -> bool:
        """The phrase is the whole text ("Friday", "9/20", "the summer", "Christmas Eve" given
        to `tracker when` or `--when`): there is no sentence around it to ask for context."""
        return _ALONE_BEFORE.fullmatch(self.text, 0, self.start) is not None and \
            _ALONE_AFTER.fullmatch(self.text, self.end) is not None

    def before(self, pattern: re.Pattern[str], width: int = 40) -> re.Match[str] | None:
        """``pattern`` (anchored with ``$``) matched just before the phrase."""
        return pattern.search(self.text, max(0, self.start - width), self.start)

    def next_word(self) -> str:
        m = _NEXT_WORD.match(self.text, self.end)
        return m.group(1) if m else ""


_NO_YEAR_GIVEN = frozenset({Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON})
# (Case-blind, as the whole grammar is: a new subject is told by its possessive, "Hulu's".)
_NEW_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s+(?:and|while|but|whereas)\s+|;\s+)(?=[\w.&-]+['’]s\s|"
    # "..., while the Game of Thrones prequel A Knight of the Seven Kingdoms arrives": a
    # subject named by its capitals (not "while the Season 2 finale airs")
    r"the\s+(?:[a-z-]+\s+){0,2}(?!Season\b|Series\b|Part\b|Volume\b)[A-Z])")
# ... and any clause whose subject is a title, named or quoted ("; 'Westworld' Returns In
# April", ", and Westworld returns in April"): for a month or season told after a year
_OTHER_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s+(?:and|while|but|whereas)\s+|;\s+)[\"“‘']?(?:[\w.&-]+['’]s\s|"
    r"the\s+(?:[a-z-]+\s+){0,2}(?!Season\b|Series\b|Part\b|Volume\b)[A-Z]|"
    r"(?!(?:The\s+)?(?:Season|Series|Part|Volume)\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][\w.&:-]*"
    r"(?:\s+[A-Z&][\w.&:-]*){0,5}[,\"”’']?\s+(?i:returns?|arrives?|premieres?|debuts?|lands?|bows?|"
    r"launches?|drops?|comes?\s+back|is\s+back|follows?|gets?|opens?|starts?|begins?)\b)")
_ANAPHORIC_OPENING = re.compile(
    r"[\"“‘'(]?(?:it|its|they|their|this|that|these|those|the\s+(?:show|series|season|drama|"
    r"comedy|sitcom|programme|program|premiere|return|revival|new\s+season|next\s+season))\b",
    re.IGNORECASE)

_NEXT_WORD = re.compile(r"[ \t]+([\w'’]+)")
_BY_BEFORE = re.compile(r"\b(?:by|before|no\s+later\s+than|this\s+side\s+of|between\s+now\s+and)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# "will not be back before", "won't return before", "isn't expected before": a floor
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|last)\s+$", re.I)


def _month(name: str | None) -> int:
    assert name is not None
    return vocab.MONTHS[name.lower().rstrip(".")]


_NOT_DIGITS = re.compile(r"\D")


def _weekday(name: str) -> int:
    return vocab.WEEKDAYS[name.lower().rstrip(".")]


def _day(text: str | None) -> int:
    assert text is not None
    return int(_NOT_DIGITS.sub("", text))


def _widen_by(r: Reading) -> tuple[int, int] | None:
    m = r.before(_BY_BEFORE, 24)
    return None if m is None else (m.start(), r.end)


# Words that put a phrase after the one before it: "X comes back June 11, and Y follows
# September 5", "..., then", "after that"
_SEQUENCE = re.compile(r"\b(?:follow(?:s|ed|ing)?|then|after\s+(?:that|which)|afterwards?|thereafter|"
                       r"later)\b", re.IGNORECASE)


def _by_window(r: Reading, end: date, precision: Precision, anchor: Anchor) -> Found | None:
    """"by March" / "by the end of the year": from the day after the reference until ``end``;
    "will not be back before autumn" is no deadline but a hedge, as "no sooner than autumn":
    that month or season."""
    span = _widen_by(r)
    if span is None:
        return None
    if precision in (Precision.MONTH, Precision.SEASON) and \
            r.text[span[0]:span[0] + 6].lower() == "before" and \
            _NEGATED_BEFORE.search(r.text, max(0, span[0] - 40), span[0]):
        first = end.replace(day=1)
        if precision is Precision.SEASON:
            first = R.add_months(first, -2)
        return Found(first, end, precision, anchor, span)
    start = r.today + timedelta(days=1)
    if start > end:
        return None
    return Found(start, end, precision, anchor, span)


def _capitalized_next(r: Reading) -> bool:
    word = r.next_word()
    return bool(word) and word[0].isupper() and word.lower() not in _LINKING_WORDS


_LINKING_WORDS = frozenset(
    "and or on at in for with from to the a an as but then before after when while via "
    "through until till by of is are will".split()
)


def tvseason(r: Reading, g: Groups) -> Found | None:
    y1 = int(g("y1") or 0)
    y2 = R.expand_year(g("y2") or "", y1)
    if y2 != y1 + 1:
        return None
    return Found(date(y1, 9, 1), R.month_end(y2, 5), Precision.RANGE, Anchor.EXPLICIT)


def yearrange(r: Reading, g: Groups) -> Found | None:
    """"between 2024 and 2025": from the first's January 1 to the second's December 31."""
    first, last = int(g("y1") or 0), int(g("y2") or 0)
    if not first < last <= first + 5:
        return None
    return Found(date(first, 1, 1), date(last, 12, 31), Precision.RANGE, Anchor.EXPLICIT)


def ordday(r: Reading, g: Groups) -> Found | None:
    """"on the 28th": that day of the month at hand (the anchor's, else the reference's), or
    of the next month when it has gone by."""
    day = _day(g("d"))
    if g("wd"):  # "Friday, the 13th": the next 13th that is a Friday
        wd = _weekday(g("wd") or "")
        month = r.today.replace(day=1)
        # ("Thursday the 15th", no comma: this month's or the next, or not a date at all)
        for _ in range(14 if "," in r.text[r.start:r.end] else 2):
            found = R.safe_date(month.year, month.month, day)
            if found is not None and found >= r.today and found.weekday() == wd:
                return Found(found, found, Precision.DAY, Anchor.REFERENCE)
            month = R.add_months(month, 1)
        return None
    if g("next"):  # "on the 13th of next month"
        month = R.add_months(r.today.replace(day=1), 1)
        found = R.safe_date(month.year, month.month, day)
        return Found(found, found, Precision.DAY, Anchor.REFERENCE) if found else None
    a = r.usable_anchor()
    if a is not None and a.start is not None and a.precision in (Precision.DAY, Precision.MONTH):
        point, anchor = a.start, Anchor.NEARBY  # "returns in March, on the 12th"
    else:
        point, anchor = r.today, Anchor.REFERENCE
    found = R.safe_date(point.year, point.month, day)
    if found is None or (found < point and not r.past and anchor is Anchor.REFERENCE):
        after = R.add_months(point.replace(day=1), 1)
        found = R.safe_date(after.year, after.month, day)
    return Found(found, found, Precision.DAY, anchor) if found else None


def dayrange(r: Reading, g: Groups) -> Found | None:
    conn = (g("conn") or "").strip().lower()
    if conn == "and" and (g("lead") or "").lower() != "between" and \
            _day(g("d2")) - _day(g("d1")) != 1:
        return None  # (but "on Jan. 20 and 21": two nights in a row)
    m1 = _month(g("m1"))
    m2 = _month(g("m2")) if g("m2") else m1
    d1, d2 = _day(g("d1")), _day(g("d2"))
    explicit = g("y1") or g("y2")
    if explicit:
        y2 = int(g("y2") or g("y1") or 0)
        y1 = int(g("y1") or (y2 if (m1, d1) <= (m2, d2) else y2 - 1))
        start, anchor = R.safe_date(y1, m1, d1), Anchor.EXPLICIT
    else:
        point, anchor = r.point()
        start = R.day_without_year(point, m1, d1, past=r.past,
                                   recent=True)
        y1 = start.year if start else 0
    if start is None:
        return None
    wraps = (m2, d2) < (m1, d1)
    end = R.safe_date(y1 + 1 if wraps else y1, m2, d2)
    if end is None or end <= start or (end - start).days > 366 or wraps and (end - start).days > 92:
        return None  # (across the new year, "Dec. 28 to Jan. 3", only: "moved from March 31 to
        # March 24" is two dates, the one left and the one taken)
    return Found(start, end, Precision.RANGE, anchor)


_MOVED_FROM_BEFORE = re.compile(r"\b(?:mov|push|bump|shift|delay|postpon|reschedul|slid|slipp)\w*\b[^.;!?]{0,80}$",
                                re.IGNORECASE)


def monthrange(r: Reading, g: Groups) -> Found | None:
    m1 = _month(g("m1") or g("m1b") or g("m1c"))
    m2 = _month(g("m2"))
    if m1 == m2:
        return None
    if (g("lead") or "").lower() == "from" and r.before(_MOVED_FROM_BEFORE, 100):
        return None  # "pushed season 2 from October to January": a date left and a date taken
    if g("y2") or g("y1"):
        y2 = int(g("y2") or g("y1") or 0)
        y1 = int(g("y1") or (y2 if m1 < m2 else y2 - 1))
        anchor = Anchor.EXPLICIT
    else:
        point, anchor = r.point()
        y1 = R.year_of_month(point, m1, past=r.past)
        y2 = y1 if m2 > m1 else y1 + 1
    start, end = date(y1, m1, 1), R.month_end(y2, m2)
    if end <= start:
        return None
    return Found(start, end, Precision.RANGE, anchor)


_NOT_A_DAY_BEFORE = re.compile(
    r"\b(?:season|seasons|episode|episodes|series|chapter|part|volume|vol|no|number|top|"
    r"ep|pt|book|issue|act|round|game|week|day|phase|#)\.?[ \t]*$", re.I)


def _resolve_day(r: Reading, g: Groups, weekday: str | None = None) -> Found | None:
    month, day = _month(g("m")), _day(g("d"))
    if g("y"):
        found = R.safe_date(int(g("y") or 0), month, day)
        return Found(found, found, Precision.DAY, Anchor.EXPLICIT) if found else None
    point, anchor = r.point(day=True)
    found = R.day_without_year(point, month, day, past=r.past, recent=True)
    if found is not None and weekday and found.weekday() != _weekday(weekday):
        # "Sunday, Sept. 22": of the years around the reading, the one where it is a Sunday
        for year in (found.year - 1, found.year + 1):
            other = R.safe_date(year, month, day)
            if other is not None and other.weekday() == _weekday(weekday) and \
                    abs((other - r.today).days) <= 366:
                return Found(other, other, Precision.DAY, anchor)
    return Found(found, found, Precision.DAY, anchor) if found else None


def mdy(r: Reading, g: Groups) -> Found | None:
    if g("y") is None and r.text[r.end:r.end + 1] in ("/", "-") and r.text[r.end + 1:r.end + 2].isdigit():
        return None
    return _resolve_day(r, _spoken_day(g), g("wd"))  # (or "September twenty-second")


def dmy(r: Reading, g: Groups) -> Found | None:
    if not g("wd") and r.before(_NOT_A_DAY_BEFORE, 16):
        return None  # ("season 16 March" is no date; "series.\n\nSunday 16 March" is)
    words = g("dw")
    if words and r.text[r.end:r.end + 2] in ("'s", "’s"):
        return None  # (not "the second of March's episodes")
    return _resolve_day(r, _spoken_day(g), g("wd"))  # (or "the fifteenth of March")


def _spoken_day(g: Groups) -> Groups:
    """``g`` with a day written in words ("twenty-second", group "dw") given as group "d"."""
    words = g("dw")
    if not words:
        return g
    day = str(vocab.DAY_ORDINALS[words.lower()])
    return lambda name: day if name == "d" else g(name)


_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
_CLOCK_PREP_BEFORE = re.compile(r"\b(?:at|from|until|till|to|by)\s+$", re.IGNORECASE)
_PREMIERE_AFTER = re.compile(r"\s+(?:premiere|debut|return|launch|release|bow|arrival|comeback)\b",
                             re.IGNORECASE)
# "slots the series for 7/14" (but "for 3/4 of the season": a fraction)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# "pulled the launch forward to 7/4", "pushed to 9/12": a date the premiere moves to
_MOVED_TO_BEFORE = re.compile(r"\b(?:forward|back|moved|moves|pushed|shifted|bumped|delayed|postponed)"
                              r"\s+to\s+$", re.IGNORECASE)
# "Season 3. 9/22. Be there.": a date that is a sentence of its own
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|[‘'\"“])$")
_SENTENCE_ENDS = re.compile(r"[.!](?:\s|[’'\"”]|$)")
_FRACTION_AFTER = re.compile(r"\s+(?:of|an?|hours?|minutes?|mins?|seconds?|episodes?)\b", re.IGNORECASE)
# "9/20 — NCIS (CBS)": a schedule line led by its date.
_LIST_DATE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*][ \t]*)?$")
_LIST_DATE_AFTER = re.compile(r"[ \t]*[-–—:]")
# "SQUID GAME S3 — Netflix, 6/27.": a list entry's network, then its date (not "Verdict —
# IMDb, 7/10": a rating)
_ENTRY_NETWORK_BEFORE = re.compile(r"\s[—–]\s+[^\n—–.;:!?,]{1,30},\s*$")
# "- Killing Eve s2 - 4/7": a bulleted entry whose date ends it, after a dash (or a slash,
# "- justified s4 / FX / 1/8", or a colon, "- the quiet coast s2: october, per HBO")
_ENTRY_DASH_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–—•*][ \t][^\n]{1,80}?(?P<prep>[ \t][-–—/]|:)[ \t]+$")
_ENTRY_END_AFTER = re.compile(r"[ \t]*(?:$|\n|[,.;][ \t\n]|[,.;]$)")
# "Goliath: October. Billy Bob Thornton stars ...", "Mama Gogo - March. A family comedy ...": a
# paragraph's title, a colon or a dash and its date
_LABEL_COLON_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z“\"][^\n:.!?]{0,60}(?P<prep>:|[ \t][-–—])[ \t]+$")
_RATING_BEFORE = re.compile(r"\b(?:rat(?:ing|ed)|scored?|verdict|grade)\b[^\n]*$", re.IGNORECASE)
# "Monday 9/23", "Thursday, 10/17": a weekday says the numbers are a date
_WEEKDAY_BEFORE = re.compile(rf"{P.ANY_WEEKDAY},?\s+$", re.I)


def numeric(r: Reading, g: Groups) -> Found | None:
    if g("iy") or g("dy") or g("sy") or g("ky"):  # 2016-03-18, 18.03.2016, 2016/03/18, 2016.03.18
        found = R.safe_date(int(g("iy") or g("dy") or g("sy") or g("ky") or 0),
                            int(g("im") or g("dm") or g("sm") or g("km") or 0),
                            int(g("id") or g("dd") or g("sd") or g("kd") or 0))
        return Found(found, found, Precision.DAY, Anchor.EXPLICIT) if found else None
    if g("pm"):  # "returns 9.22", "a 9.22 premiere": only where a premiere is told with it
        if r.before(_CLOCK_PREP_BEFORE, 8) or not (
                r.before(P.VERB_BEFORE) or r.before(_ON_BEFORE) or r.alone
                or _PREMIERE_AFTER.match(r.text, r.end)):  # (not "airs at 9.30": a time)
            return None
        point, anchor = r.point()
        found = R.day_without_year(point, int(g("pm") or 0), int(g("pd") or 0), past=r.past, recent=True)
        return Found(found, found, Precision.DAY, anchor) if found else None
    a, b = int(g("a") or 0), int(g("b") or 0)
    if g("y") is None:
        listed = _LIST_DATE_BEFORE.search(r.text, max(0, r.start - 4), r.start) and \
            _LIST_DATE_AFTER.match(r.text, r.end)
        if min(a, b) > 12 or (a, b) == (24, 7) or not (
                r.before(_ON_BEFORE) or r.before(P.VERB_BEFORE) or listed or r.alone
                or r.before(_WEEKDAY_BEFORE, 12)
                or r.before(_FOR_BEFORE) and not _FRACTION_AFTER.match(r.text, r.end)
                or r.before(_MOVED_TO_BEFORE, 16)
                or r.before(_ENTRY_DASH_BEFORE, 90) and _ENTRY_END_AFTER.match(r.text, r.end)
                and not r.before(_RATING_BEFORE, 90)
                or r.before(_ENTRY_NETWORK_BEFORE, 36) and not r.before(_RATING_BEFORE, 60)
                or r.before(_SENTENCE_OPENS, 4) and _SENTENCE_ENDS.match(r.text, r.end)):
            return None  # ("streams 24/7": round the clock)
        month, day = (a, b) if a <= 12 else (b, a)  # ("launches 28/10": day first, as only
        # it can be)
        point, anchor = r.point()
        found = R.day_without_year(point, month, day, past=r.past, recent=True)
        return Found(found, found, Precision.DAY, anchor) if found else None
    written = g("y") or ""
    year = 2000 + int(written) if len(written) == 2 else int(written)
    month, day = (a, b) if a <= 12 else (b, a)
    found = R.safe_date(year, month, day)
    return Found(found, found, Precision.DAY, Anchor.EXPLICIT) if found else None


def nthweekday(r: Reading, g: Groups) -> Found | None:
    """"the first Monday in October": that day of the month ("last": the month's final one)."""
    if g("m"):
        month = _month(g("m"))
        year, anchor = _month_year(r, month, g("y"))
    elif g("yo") or g("ny"):  # "the first Monday of 2017", "the first Sunday of the new year"
        # (next January; this one, in January): the year's first month, or for "last" its last
        month = 12 if (g("nth") or "").lower() in ("last", "final") else 1
        if g("yo"):
            year, anchor = int(g("yo") or 0), Anchor.EXPLICIT
        else:
            ahead = r.today.month > 1 or month == 12 or (g("ny") or "").lower().startswith("next")
            year, anchor = r.today.year + ahead, Anchor.REFERENCE
    else:  # "the last Sunday of the month"
        base = R.add_months(r.today.replace(day=1), 1 if (g("rel") or "").lower() == "next" else 0)
        year, month, anchor = base.year, base.month, Anchor.REFERENCE
    nth = vocab.WEEKS_OF_MONTH[(g("nth") or "").lower()]
    day = R.nth_weekday(year, month, _weekday(g("wd") or ""), -1 if nth == 5 else nth)
    return Found(day, day, Precision.DAY, anchor)


def later(r: Reading, g: Groups) -> Found | None:
    unit = (g("unit") or "year").lower()
    phrase = r.text[r.start:r.end].lower()
    if unit == "year" or g("y"):
        if g("y"):
            year, anchor = int(g("y") or 0), Anchor.EXPLICIT
        elif " this " in f" {phrase} " and "in this" not in phrase:
            year, anchor = r.today.year, Anchor.REFERENCE
        else:
            year, anchor = r.year()
        start, how = r.after(year)
        end = date(year, 12, 31)
        if start > end:
            return None
        return Found(start, end, Precision.YEAR, anchor if anchor is Anchor.EXPLICIT else how)
    first = r.today + timedelta(days=1)
    a = r.anchor
    if unit == "month" and " this " not in f" {phrase} " and a is not None and \
            a.start is not None and a.end is not None and \
            (a.start.year, a.start.month) == (a.end.year, a.end.month):
        # "on Sept. 5, ... later in the month": the month just named, after its day
        end = R.month_end(a.start.year, a.start.month)
        start = a.end + timedelta(days=1) if a.start == a.end else a.start
        return None if start > end else Found(start, end, Precision.MONTH, Anchor.NEARBY)
    if unit == "month":
        end = R.month_end(r.today.year, r.today.month)
        return Found(min(first, end), end, Precision.MONTH, Anchor.REFERENCE)
    if unit == "week":
        end = R.week_of(r.today)[1]
        return Found(min(first, end), end, Precision.WEEK, Anchor.REFERENCE)
    season = unit
    start, end = R.season_from(r.today, season, "this")
    return Found(max(start, first), end, Precision.SEASON, Anchor.REFERENCE)


_DAY_NEXT = re.compile(r"\s*\d")


def _part_key(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("the", "of", "")]
    return " ".join(words)


def _part_span(parts: Mapping[str, tuple[int, _T]], part: str) -> tuple[int, _T]:
    """The first and last month (or day) of a part of a year (or month); "early to mid" runs
    from the start of the first part to the end of the second."""
    if " to " in part:
        words = part.split()
        return parts[words[0]][0], parts[words[-1]][1]
    return parts[part]


def _rel_year(r: Reading, rel: str) -> tuple[int, Anchor]:
    rel = " ".join(rel.lower().split())
    if rel == "this":
        return r.today.year, Anchor.REFERENCE
    if rel in ("next", "the new"):  # ("early in the new year")
        return r.today.year + 1, Anchor.REFERENCE
    return r.year()


def yearpart(r: Reading, g: Groups) -> Found | None:
    part = _part_key(g("part") or "")
    if g("y"):
        year, anchor = int(g("y") or 0), Anchor.EXPLICIT
    else:
        year, anchor = _rel_year(r, g("rel") or "the")
    first, last = _part_span(vocab.YEAR_PARTS, part)  # ("early-to-mid 2026": January to August)
    if not g("y") and (g("rel") or "the").lower() == "the" and anchor is Anchor.REFERENCE and \
            not r.past and not g("by") and R.month_end(year, last) < r.today:
        year += 1  # "for a premiere early in the year", said in December: next year's
    if g("by"):
        start, _ = r.after(year) if year >= r.today.year else (r.today + timedelta(days=1), None)
        end = R.month_end(year, last)
        if start > end and year == r.today.year:  # ("in the second half of the year ... by
            start = r.today + timedelta(days=1)  # the end of the year": the earlier mention
            # already reaches the end, so the window runs from the reference)
        if start > end:
            return None
        return Found(start, end, Precision.YEAR, anchor)
    return Found(date(year, first, 1), R.month_end(year, last), Precision.YEAR, anchor)


def yearend(r: Reading, g: Groups) -> Found | None:
    year, anchor = r.year()
    end = date(year, 12, 31)
    by = _by_window(r, end, Precision.YEAR, anchor)
    if g("out") and by is None:
        return None  # "the year is out" is a date only after "before" or "by"
    return by or Found(date(year, 9, 1), end, Precision.YEAR, anchor)


def _month_year(r: Reading, month: int, written: str | None) -> tuple[int, Anchor]:
    """The year of a month: the one written, else the next (or, in the past tense, the last)
    such month seen from the anchor."""
    if written:
        return int(written), Anchor.EXPLICIT
    point, anchor = r.point()
    return R.year_of_month(point, month, past=r.past), anchor


def monthpart(r: Reading, g: Groups) -> Found | None:
    if _BANK_HOLIDAY_NEXT.match(r.text, r.end):
        return None  # "the early May bank holiday": the holiday rule's
    part = _part_key(g("part") or "")
    if part in ("beginning", "start") and " " not in (g("part") or "").strip() and \
            _DAY_NEXT.match(r.text, r.end):
        return None  # "beginning April 7": from that day, not early April
    if g("m"):
        month = _month(g("m"))
        year, anchor = _month_year(r, month, g("y"))
    else:
        rel = (g("rel") or "the").lower()
        base = R.add_months(r.today.replace(day=1), 1 if rel == "next" else 0)
        year, month, anchor = base.year, base.month, Anchor.REFERENCE
    first, last = _part_span(vocab.MONTH_PARTS, part)  # ("mid-to-late June": 11th to the end)
    end = R.month_end(year, month) if last is None else date(year, month, last)
    if part == "end":
        by = _by_window(r, R.month_end(year, month), Precision.MONTH, anchor)
        if by is not None:
            return by
    return Found(date(year, month, first), end, Precision.MONTH, anchor)


# A company's fiscal period, whose calendar months the text does not give: "fiscal Q2 2016",
# "the first quarter of fiscal 2020", "fiscal 2015" (no window: each company's year differs)
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|FY)[ \t]*(?:year[ \t]+)?$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:fiscal|financial)\b", re.IGNORECASE)


def _fiscal(r: Reading) -> bool:
    return bool(r.before(_FISCAL_BEFORE, 20) or _FISCAL_AFTER.match(r.text, r.end))


def half(r: Reading, g: Groups) -> Found | None:
    if _fiscal(r):
        return None
    which = vocab.HALVES.get((g("w") or "").lower()) or int(g("n") or g("n2") or g("n3") or 0)
    if g("n3"):  # "arrives in H2": this year's half, or next year's once it is over
        point, anchor = r.point()
        over = R.month_end(point.year, 6 * which) < point and not r.past
        year = point.year + 1 if over else point.year
    elif g("y") or g("y2"):
        year, anchor = int(g("y") or g("y2") or 0), Anchor.EXPLICIT
    else:
        year, anchor = _rel_year(r, g("rel") or "the")
        if (g("rel") or "the").lower() == "the" and not r.past and \
                R.month_end(year, 6 if which == 1 else 12) < r.point()[0]:
            year += 1  # "returns in the first half of the year" read in November: next year's
    first = 1 if which == 1 else 7
    return Found(date(year, first, 1), R.month_end(year, first + 5), Precision.HALF, anchor)


def quarter(r: Reading, g: Groups) -> Found | None:
    n = int(g("n") or 0) or vocab.QUARTERS.get((g("w") or "").lower(), 0)
    if not n or _fiscal(r):
        return None
    if g("y") or g("y2"):
        year, anchor = int(g("y") or g("y2") or 0), Anchor.EXPLICIT
    elif g("rel"):
        year, anchor = _rel_year(r, g("rel") or "the")
    else:
        point, anchor = r.point()
        year = point.year
        if R.month_end(year, 3 * n) < point and not r.past:
            year += 1
    first = 3 * n - 2
    return Found(date(year, first, 1), R.month_end(year, first + 2), Precision.QUARTER, anchor)


def midseason(r: Reading, g: Groups) -> Found | None:
    if g("y") or g("y2"):  # "midseason 2026", "a midseason premiere in 2026"
        year = int(g("y") or g("y2") or 0)
        return Found(date(year, 1, 1), date(year, 3, 31), Precision.SEASON, Anchor.EXPLICIT)
    point, anchor = r.point()
    start, end = R.midseason(point, past=r.past)
    return Found(start, end, Precision.SEASON, anchor)


def midyear(r: Reading, g: Groups) -> Found | None:
    """"mid-year": May to August (the middle of a year, as "mid-2026" reads), of the year
    written, else the next such stretch from the anchor (the last one in the past tense)."""
    first, last = vocab.YEAR_PARTS["mid"]
    if g("y"):
        year, anchor = int(g("y") or 0), Anchor.EXPLICIT
    else:
        point, anchor = r.point()
        year = point.year
        if r.past and point < date(year, first, 1):
            year -= 1
        elif not r.past and point > R.month_end(year, last):
            year += 1
    return Found(date(year, first, 1), R.month_end(year, last), Precision.YEAR, anchor)


_SLATE_OWNER = re.compile(r"(?:\b(?:the|its|their)|[\w+!&.]['’]s)\s+$", re.IGNORECASE)


def slate(r: Reading, g: Groups) -> Found | None:
    """"the fall schedule", "ITV's autumn line-up": that season, the next one from the anchor;
    "this fall schedule" and the like are relseason's. In the past tense ("laid out its winter
    slate on Tuesday") it is news of the slate, not a date."""
    if r.past or not r.before(_SLATE_OWNER, 30):
        return None
    name = (g("s") or "").lower()
    point, anchor = r.point()
    start, end = R.season_from(point, name, "this")
    return Found(start, end, Precision.SEASON, anchor, (r.start, r.start + len(g("s") or "")))


def tvseasonrel(r: Reading, g: Groups) -> Found | None:
    """"this TV season": from the day after the reference to the end of the broadcast season
    (September to May) it falls in; "next TV season": the broadcast season after it. Between
    seasons (June to August) both mean the one that starts in September."""
    today = r.today
    between = today.month in (6, 7, 8)
    first = today.year if today.month >= 6 else today.year - 1  # (the September it begins)
    if (g("rel") or "").split()[-1].lower() not in ("this", "current") and not between:
        first += 1
    start = max(date(first, 9, 1), today + timedelta(days=1))
    return Found(start, R.month_end(first + 1, 5), Precision.SEASON, Anchor.REFERENCE)


def turnofyear(r: Reading, g: Groups) -> Found | None:
    """"the turn of the year": December to January around the coming new year (the one just
    past in January); "the turn of 2025": December 2024 to January 2025."""
    if g("y"):
        year, anchor = int(g("y") or 0), Anchor.EXPLICIT
    else:
        point, anchor = r.point()
        year = point.year if point.month == 1 else point.year + 1
    return Found(date(year - 1, 12, 1), date(year, 1, 31), Precision.RANGE, anchor)


def holidays(r: Reading, g: Groups) -> Found | None:
    year = g("y") or g("y2")
    point, anchor = (date(int(year), 1, 1), Anchor.EXPLICIT) if year else r.point()
    if g("after"):  # "returns after the holidays": early the next year, as "in the new year"
        after = point.year + 1 if year or r.today.month > 1 else r.today.year  # (read in
        # January: the holidays just gone)
        return Found(date(after, 1, 1), date(after, 4, 30), Precision.YEAR, anchor)
    (m1, d1), (m2, d2) = vocab.HOLIDAYS
    return Found(date(point.year, m1, d1), date(point.year, m2, d2), Precision.SEASON, anchor)


_WEEK_AROUND_BEFORE = re.compile(r"\bthe\s+week\s+(after|before|of)\s+(?:the\s+)?$", re.IGNORECASE)
_HOLIDAY_CONTEXT = re.compile(
    r"\b(?:on|by|for|before|until|till|around|this|next|last|over|at|during|ahead\s+of|"
    r"this\s+side\s+of|from|starting|beginning|"
    r"in\s+time\s+for|just\s+in\s+time\s+for|premieres?|debuts?|returns?|arrives?|airs?|drops?|lands?|streams?|launch(?:es)?|bows?|"
    r"(?<=has\s)set|(?<=have\s)set|(?<=had\s)set|sets|slotted|pencill?ed\s+in)\s+"
    r"(?:the\s+)?$|"
    r"\(\s*(?:[\w+&!]+(?:\s+[\w+&!]+)?,\s*)?$|"
    r"\bfrom\s+[^.;:!?]{1,40}?\s+(?:to|through|thru)\s+(?:the\s+)?$", re.I)  # ("on the Fourth of
# July"; a listing's "(Netflix, Christmas Eve)"; "moved from Christmas to New Year's Day")


_GAME_AFTER_BEFORE = re.compile(r"\b(?:right|immediately|directly|just)\s+after\s+(?:the\s+)?$",
                                re.IGNORECASE)
_HOLIDAY_THINGS = frozenset("ad ads commercial commercials halftime game champions "
                            "special specials episode episodes movie movies film films party "
                            "album song songs edition market tree lights card cards "
                            "sweater shift storyline setting theme themed plot arc".split())


def holiday(r: Reading, g: Groups) -> Found | None:
    name = g("name") or ""
    weekend = bool(g("wk"))
    span_of = R.week_of if (g("wk") or "").lower() == "week" else _weekend_of  # ("Thanksgiving
    # week": Monday to Sunday around it; "Labor Day weekend")
    year = g("y") or g("y2")
    if year:
        day = R.holiday(name, int(year))
        start, end = span_of(day) if weekend else (day, day)
        return Found(start, end, Precision.WEEK if weekend else Precision.DAY, Anchor.EXPLICIT)
    context = r.before(_HOLIDAY_CONTEXT)
    if context is None and name.lower().startswith("super") and r.before(_GAME_AFTER_BEFORE, 20):
        context = r.before(_GAME_AFTER_BEFORE, 20)  # "right after the Super Bowl": that night
    around = r.before(_WEEK_AROUND_BEFORE, 20) if not weekend else None
    if (context is None and around is None and not r.alone and not weekend) or _capitalized_next(r) or \
            r.next_word().lower() in _HOLIDAY_THINGS:
        return None  # ("the Christmas special", "on the Christmas episode")
    rel = context.group().split()[0].lower() if context else ""
    point, anchor = (r.today, Anchor.REFERENCE) if rel in ("this", "next", "last") else r.point()
    day = R.holiday_from(point, name, past=r.past or rel == "last")
    if rel == "next" and day == R.holiday_from(point, name):
        day = R.holiday(name, day.year + 1) if (day - point).days < 60 else day
    if weekend:
        start, end = span_of(day)
        return Found(start, end, Precision.WEEK, anchor)
    if around is not None:  # "the week of Thanksgiving": Monday to Sunday around it; "the
        # week after Labor Day": the next Monday to Sunday; "the week before Christmas": the
        # seven days that lead up to it
        monday, sunday = R.week_of(day)
        side = around.group(1).lower()
        if side == "after":
            monday, sunday = monday + timedelta(days=7), sunday + timedelta(days=7)
        elif side == "before":
            monday, sunday = day - timedelta(days=7), day - timedelta(days=1)
        return Found(monday, sunday, Precision.WEEK, anchor, (around.start(), r.end))
    by = _by_window(r, day - timedelta(days=1) if r.before(_BEFORE_ONLY, 12) else day,
                    Precision.RANGE, anchor)  # ("before Christmas": up to Christmas Eve; "by
    # Christmas": the day too)
    return by or Found(day, day, Precision.DAY, anchor)


_BEFORE_ONLY = re.compile(r"\bbefore\s+(?:the\s+)?$", re.IGNORECASE)


_RAMADAN_CONTEXT = re.compile(
    r"\b(?:in|during|for|over|throughout|premieres?|debuts?|returns?|arrives?|airs?|launch(?:es)?|"
    r"back|set|slated|due|scheduled)\s+(?:the\s+)?$", re.IGNORECASE)  # ("during Ramadan", "for
# the Ramadan season"; not "a Ramadan drama", "after Ramadan")


def ramadan(r: Reading, g: Groups) -> Found | None:
    """"this Ramadan", "during Ramadan", "Ramadan 2025": the month of fasting, from its first
    day (`vocab.RAMADAN_STARTS`); the one under way or still to come, or the one gone by when
    told in the past tense ("last Ramadan", "aired during Ramadan")."""
    rel = (g("rel") or "").lower()
    year = g("y")
    if year:
        return _ramadan(int(year), Anchor.EXPLICIT)
    if not rel and r.before(_RAMADAN_CONTEXT) is None and not r.alone:
        return None
    point, anchor = (r.today, Anchor.REFERENCE) if rel else r.point()
    starts = {y: date(y, m, d) for y, (m, d) in vocab.RAMADAN_STARTS.items()}
    if rel == "last" or r.past:
        gone = [y for y, first in starts.items() if first <= point]
        return _ramadan(max(gone), anchor) if gone else None
    ahead = [y for y, first in starts.items()
             if (first > point if rel == "next" else first + _RAMADAN_LAST >= point)]
    return _ramadan(min(ahead), anchor) if ahead else None


_RAMADAN_LAST = timedelta(days=vocab.RAMADAN_DAYS - 1)  # (its last day, from its first)


def _ramadan(year: int, anchor: Anchor) -> Found | None:
    if year not in vocab.RAMADAN_STARTS:
        return None
    first = date(year, *vocab.RAMADAN_STARTS[year])
    return Found(first, first + _RAMADAN_LAST, Precision.RANGE, anchor)


def _weekend_of(day: date) -> tuple[date, date]:
    """"Labor Day weekend": Saturday to the Monday holiday; "Thanksgiving weekend": the
    Thursday to Sunday; a holiday on a weekend day: that Saturday and Sunday."""
    weekday = day.weekday()
    if weekday == 0:
        return day - timedelta(days=2), day
    if weekday in (3, 4):
        return day, day + timedelta(days=6 - weekday)
    if weekday >= 5:
        saturday = day - timedelta(days=weekday - 5)
        return saturday, saturday + timedelta(days=1)
    return day, day


def _season_mode(rel: str, past: bool) -> str:
    rel = " ".join(rel.lower().split())
    if rel in ("next", "the following", "following"):
        return "next"
    if rel == "last":
        return "last"
    return "last" if past else "this"


def relseason(r: Reading, g: Groups) -> Found | None:
    # (the end of the summer: its late part; the end of next summer: next summer's)
    if r.text.startswith("Mid", r.start) and r.text[r.start + 3:r.start + 4].isalpha() and \
            _word_before(r) is not None:
        return None  # "A Midsummer Night's Dream", "Midsummer Murders": a title's word
    part = (g("part") or "").lower() or _SEASON_PART_OF.get((g("of") or "").lower(), "")
    rel = " ".join((g("rel") or g("ofrel") or "").lower().split())
    season = (g("s") or "").lower()
    if g("y"):
        start, end = R.season_window(season, int(g("y") or 0))
        anchor = Anchor.EXPLICIT
    elif not rel:
        point, anchor = r.point()
        start, end = R.season_from(point, season, "last" if r.past else "this")
    else:
        anchor = Anchor.REFERENCE
        start, end = R.season_from(r.today, season, _season_mode(rel, r.past))
    if part:
        offset = {"early": 0, "mid": 1, "late": 2}[part]
        month_start = R.add_months(start, offset)
        start, end = month_start, R.month_end(month_start.year, month_start.month)
        if g("of") == "end":  # "by the end of summer": until then
            return _by_window(r, end, Precision.RANGE, anchor) or \
                Found(start, end, Precision.SEASON, anchor)
    return Found(start, end, Precision.SEASON, anchor)


_SEASON_PART_OF = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}


def seasonyear(r: Reading, g: Groups) -> Found | None:
    season = (g("s") or "").lower()
    rel = " ".join((g("rel") or "").lower().split())
    if rel:  # "spring of next year", "the summer of the following year"
        base, anchor = r.year() if rel == "the following" else (r.today.year, Anchor.REFERENCE)
        start, end = R.season_window(season, base + {"next": 1, "this": 0, "last": -1,
                                                     "the following": 1}[rel])
        return Found(start, end, Precision.SEASON, anchor)
    year = int(g("y") or 0) if g("y") else _two_digit_year(g("yy") or "", r.today.year)
    if g("y2"):
        second = R.expand_year(g("y2") or "", year)
        if second != year + 1 or season != "winter":
            return None
        year = second
    start, end = R.season_window(season, year)
    return Found(start, end, Precision.SEASON, Anchor.EXPLICIT)


def _two_digit_year(digits: str, base: int) -> int:
    """'26 read in 2025 is 2026; '69 is 1969: the nearest such year, at most 20 ahead."""
    year = base - base % 100 + int(digits)
    return year - 100 if year > base + 20 else year


def monthyear(r: Reading, g: Groups) -> Found | None:
    month, rel = _month(g("m")), (g("rel") or "").lower()
    if rel:  # "September next year", "March of this year"
        year = r.today.year + {"this": 0, "next": 1, "last": -1}[rel]
        return Found(date(year, month, 1), R.month_end(year, month), Precision.MONTH,
                     Anchor.REFERENCE)
    year = int(g("y") or 0) or 2000 + int(g("yy") or 0)  # ("Feb '19")
    return Found(date(year, month, 1), R.month_end(year, month), Precision.MONTH, Anchor.EXPLICIT)


_SOME_POINT_BEFORE = re.compile(r"\b(?:at\s+some\s+point|some\s*time|at\s+any\s+point)\s+$",
                                re.IGNORECASE)


def relyear(r: Reading, g: Groups) -> Found | None:
    rel = " ".join((g("rel") or "").lower().split())
    if rel in ("in the", "during the") and not r.before(_SOME_POINT_BEFORE, 20):
        return None  # ("at some point in the year": this one; not "in the year since")
    year = r.today.year
    if rel in ("next", "the new", "coming", "the coming"):
        year += 1
    elif rel in ("the following", "following"):
        base, _ = r.year()
        year = base + 1
    elif rel in ("last", "the previous"):
        year -= 1
    elif rel == "earlier this":
        if r.today.month == 1 and r.today.day == 1:
            return None
        return Found(date(year, 1, 1), r.today - timedelta(days=1), Precision.YEAR,
                     Anchor.REFERENCE)
    if rel == "the new":  # "back in the new year": early in it, as "early next year", not all
        return Found(date(year, 1, 1), date(year, 4, 30), Precision.YEAR, Anchor.REFERENCE)
    start, end = R.full_year(year)
    return Found(start, end, Precision.YEAR, Anchor.REFERENCE)


def relmonth(r: Reading, g: Groups) -> Found | None:
    rel = " ".join((g("rel") or "").lower().split())
    first = r.today.replace(day=1)
    if g("mid"):  # "arrives mid-month": days 11-20 of this month (of the next, once gone by)
        if r.today.day > 20:
            first = R.add_months(first, 1)
        return Found(first.replace(day=11), first.replace(day=20), Precision.MONTH, Anchor.REFERENCE)
    if rel == "earlier this":
        if r.today.day == 1:
            return None
        return Found(first, r.today - timedelta(days=1), Precision.MONTH, Anchor.REFERENCE)
    shift = {"next": 1, "coming": 1, "the coming": 1, "the following": 1, "following": 1,
             "last": -1}.get(rel, 0)
    start = R.add_months(first, shift)
    return Found(start, R.month_end(start.year, start.month), Precision.MONTH, Anchor.REFERENCE)


def relweek(r: Reading, g: Groups) -> Found | None:
    rel = " ".join((g("rel") or "").lower().split())
    weekend = (g("unit") or "").lower() == "weekend"
    monday, sunday = R.week_of(r.today)
    shift = {"next": 7, "coming": 7, "the coming": 7, "the following": 7, "following": 7,
             "last": -7}.get(rel, 0)
    if g("twice"):  # "the week after next"
        if rel != "the":
            return None
        shift = 14
    monday, sunday = monday + timedelta(days=shift), sunday + timedelta(days=shift)
    if weekend:
        return Found(monday + timedelta(days=5), sunday, Precision.WEEK, Anchor.REFERENCE)
    if rel == "later this":
        first = min(r.today + timedelta(days=1), sunday)
        return Found(first, sunday, Precision.WEEK, Anchor.REFERENCE)
    if rel == "earlier this":
        if r.today == monday:
            return None
        return Found(monday, r.today - timedelta(days=1), Precision.WEEK, Anchor.REFERENCE)
    return Found(monday, sunday, Precision.WEEK, Anchor.REFERENCE)


def weekof(r: Reading, g: Groups) -> Found | None:
    if g("y3"):  # "the first week of 2025": January 1-7; "the last week of 2025": December 25-31
        year = int(g("y3") or 0)
        first = date(year, 1, 1) if (g("nth") or "").lower() in ("first", "1st") else \
            date(year, 12, 25) if (g("nth") or "").lower() in ("last", "final") else None
        if first is None:
            return None
        return Found(first, first + timedelta(days=6), Precision.WEEK, Anchor.EXPLICIT)
    if g("nth"):  # "the third week of April": days 15-21; "the last week": its final 7 days
        month = _month(g("m2"))
        year, anchor = _month_year(r, month, g("y2"))
        nth = vocab.WEEKS_OF_MONTH[(g("nth") or "").lower()]
        last = R.month_end(year, month)
        start = last - timedelta(days=6) if nth == 5 else date(year, month, 7 * nth - 6)
        return Found(start, min(last, start + timedelta(days=6)), Precision.WEEK, anchor)
    if g("from"):  # "the week beginning 7 November": that day and the six after it
        names = {"m": "m3", "d": "d3", "y": "y4"} if g("m3") else {"m": "m4", "d": "d4", "y": "y4"}
        day = _resolve_day(r, lambda name: g(names[name]))
        if day is None or day.start is None:
            return None
        return Found(day.start, day.start + timedelta(days=6), Precision.WEEK, day.anchor)
    found = _resolve_day(r, g)
    if found is None or found.start is None:
        return None
    monday, sunday = R.week_of(found.start)
    if g("end"):  # "the weekend of April 11": that Friday, Saturday or Sunday to Sunday
        start = found.start if found.start.weekday() >= 4 else sunday - timedelta(days=1)
        return Found(start, sunday, Precision.WEEK, found.anchor)
    return Found(monday, sunday, Precision.WEEK, found.anchor)


def horizon(r: Reading, g: Groups) -> Found | None:
    unit = (g("unit") or g("unit2") or g("ahead") or ("months" if g("near") else "")).lower()
    if not unit:
        return None
    start = r.today + timedelta(days=1)
    if unit == "months":
        return Found(start, R.add_months(r.today, 6), Precision.MONTH, Anchor.REFERENCE)
    end = r.today + timedelta(days=vocab.HORIZONS[unit])
    return Found(start, end, Precision.WEEK, Anchor.REFERENCE)


def count(r: Reading, g: Groups) -> Found | None:
    """"in two weeks" and "in 10 days" (that day), "in a month" (the
    month that day falls in), "within six weeks" (from tomorrow to then), "within weeks";
    "two weeks from now" and "a month away" as "in two weeks" and "in a month"."""
    start = r.today + timedelta(days=1)
    one = (g("one") or "").lower()
    if one:  # "within the next month": from tomorrow to a month on
        end = R.add_months(r.today, 1) if one == "month" else \
            r.today + timedelta(days=7 if one == "week" else 14)
        return Found(start, end, Precision.RANGE, Anchor.REFERENCE)
    bare = g("bare")
    if bare:
        unit = bare.lower()
        if unit == "months":
            return Found(start, R.add_months(r.today, 6), Precision.MONTH, Anchor.REFERENCE)
        return Found(start, r.today + timedelta(days=vocab.HORIZONS[unit]), Precision.WEEK,
                     Anchor.REFERENCE)
    if r.past:
        return None  # "viewers finished the first season in a week": how long it took
    n = (g("n") or g("n2") or "").lower()
    number = vocab.COUNTS[n] if n in vocab.COUNTS else int(n)
    unit = (g("u") or g("u2") or "").lower().rstrip("s")
    if number == 0 or number > (90 if unit == "day" else 12):
        return None
    if g("wd") and unit in ("day", "week"):  # "two weeks from Sunday": that day
        base = R.weekday_from(r.today, _weekday(g("wd") or ""), "this")
        then = base + timedelta(days=number * (7 if unit == "week" else 1))
        return Found(then, then, Precision.DAY, Anchor.REFERENCE)
    if unit == "month":
        then = R.add_months(r.today, number)
        first = then.replace(day=1)
        last = R.add_months(first, 1) - timedelta(days=1)
    else:
        then = r.today + timedelta(days=number * {"day": 1, "week": 7, "fortnight": 14}[unit])
        first, last = then, then
    if r.text[r.start:r.start + 6].lower().startswith("within"):
        first, last = start, then  # from tomorrow until that day
    precision = Precision.MONTH if unit == "month" else Precision.DAY
    if first != last and precision is Precision.DAY:
        precision = Precision.RANGE  # "within 10 days", "within six weeks": from tomorrow on
    return Found(max(first, start), last, precision, Anchor.REFERENCE)


# (not "too soon", nor "any time soon": said only in the negative, "don't expect it ...")
_SOON_REJECT_BEFORE = re.compile(r"\b(?:too|how|so|as|very|pretty|fairly|any\s*time)\s+$", re.I)


def soon(r: Reading, g: Groups) -> Found | None:
    if r.before(_SOON_REJECT_BEFORE, 12) or r.past:
        return None
    start = r.today + timedelta(days=1)
    return Found(start, R.add_months(r.today, 6), Precision.MONTH, Anchor.REFERENCE)


def sameday(r: Reading, g: Groups) -> Found | None:
    """"The same night": the day mentioned just before, in the same paragraph ("the day
    before": the day before it)."""
    a = r.anchor
    if a is None or a.start is None or a.start != a.end or _DAY_TOLD_NEXT.match(r.text, r.end):
        return None  # (not "on the very same day, Nov. 19": the day itself is told next)
    if g("after") and not _NEW_SUBJECT_NEXT.match(r.text, r.end) and not (
            r.text[r.start:r.end].lower().endswith(("night", "evening"))
            and _AT_TIME_NEXT.match(r.text, r.end)):
        return None  # ("streams the following day on Hulu": the same show again; but "the
        # companion series premieres the next night at 10 p.m.": a night's slot)
    day = a.start - timedelta(days=1) if g("before") else \
        a.start + timedelta(days=1) if g("after") else a.start
    return Found(day, day, Precision.DAY, Anchor.NEARBY)


def samemonth(r: Reading, g: Groups) -> Found | None:
    """"That month also brings X": the month of the date told just before in the paragraph
    (none told, or one that spans months: no date)."""
    a = r.anchor
    if a is None or a.start is None or a.end is None or \
            (a.start.year, a.start.month) != (a.end.year, a.end.month):
        return None
    return Found(a.start.replace(day=1), R.month_end(a.start.year, a.start.month), Precision.MONTH,
                 Anchor.NEARBY)


# (not "and then", "since then", "by then", "until then", "back then", "even then")
_THEN_REJECT_BEFORE = re.compile(r"\b(?:and|or|but|since|until|till|by|back|even|only|just|so|from|"
                                 r"before|after|right|now|what|was|were|is|are|it|this)\s+\Z|"
                                 r"(?:\A|[.!?;:—–(\n][\"”’')]*)\s*\Z", re.IGNORECASE)  # ("Then, on Friday, ...")


def then(r: Reading, g: Groups) -> Found | None:
    """"Fox holds several shows until midseason. X will play out its final season then": the
    date or window told just before in the paragraph, when it is still to come."""
    a = r.usable_anchor()
    if a is None or a.start is None or a.end is None or r.anchor_past or a.end < r.today or \
            r.before(_THEN_REJECT_BEFORE, 12):
        return None
    return Found(a.start, a.end, a.precision, Anchor.NEARBY)


def offset(r: Reading, g: Groups) -> Found | None:
    """"premieres two days later", "follows a week after that", "launching that Friday": a day
    counted from the day told just before in the paragraph (none told: no date)."""
    a = r.anchor
    if a is None or a.start is None or a.start != a.end:
        return None
    span = None
    if g("wd"):
        wd = vocab.WEEKDAYS[(g("wd") or "").lower().rstrip(".")]
        day = a.start + timedelta(days=(wd - a.start.weekday()) % 7 or 7)
        return Found(day, day, Precision.DAY, Anchor.NEARBY)
    if g("after"):
        day = a.start + timedelta(days=1)
        return Found(day, day, Precision.DAY, Anchor.NEARBY)
    unit = (g("unit") or "").lower().rstrip("s")
    n = g("n")
    if n is None:
        lead = r.before(_ONE_BEFORE, 16)
        if lead is None or unit in ("day", "night") and not r.before(_EXACTLY_BEFORE, 24):
            return None  # ("weeks later": no count; "a day later": most often the same show
            # again elsewhere, "streams a day later on Hulu")
        count, span = 1, (lead.start(), r.end)
    else:
        count = int(n) if n.isdigit() else vocab.COUNTS[n.lower()]
    if unit == "month":
        day = R.add_months(a.start, count)
    else:
        day = a.start + timedelta(days=count * {"day": 1, "night": 1, "week": 7, "fortnight": 14}[unit])
    if (day - a.start).days > 120:
        return None
    return Found(day, day, Precision.DAY, Anchor.NEARBY, span)


_ONE_BEFORE = re.compile(r"\b(?:exactly\s+|just\s+)?(?:a|one)\s+$", re.IGNORECASE)
_EXACTLY_BEFORE = re.compile(r"\bexactly\s+(?:a|one)\s+$", re.IGNORECASE)


_AT_TIME_NEXT = re.compile(r"\s+at\s+\d")
_NEW_SUBJECT_NEXT = re.compile(r",?\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z]")
# (not "the following night, Monday, Feb. 9": the day itself is told next)
_DAY_TOLD_NEXT = re.compile(rf",\s+(?:on\s+)?(?:{P.ANY_WEEKDAY}|{P.ANY_MONTH}\s+\d|"
                            r"the\s+\d{1,2}(?:st|nd|rd|th)\b)", re.IGNORECASE)


def _word_before(r: Reading) -> str | None:
    """The word just before the phrase in its sentence, if any."""
    word = _WORD_BEFORE.search(r.text, max(0, r.start - 20), r.start)
    return word.group(1) if word is not None else None


def _title_case_line(r: Reading) -> bool:
    """Is the phrase's line written in Title Case, as a headline is (most words capitalized)?"""
    start = r.text.rfind("\n", 0, r.start) + 1
    end = r.text.find("\n", r.end)
    words = _WORDS_OF_LINE.findall(r.text, start, len(r.text) if end < 0 else end)
    return len(words) >= 2 and 4 * sum(w[0].isupper() or w[0].isdigit() for w in words) >= 3 * len(words)


_PART_OF_BEFORE = re.compile(r"\b(?:cast|stars?|seasons?|episodes?|premiere|finale|set|creators?|"
                             r"showrunners?|return)\s+of\s+$", re.IGNORECASE)  # ("the cast of 1923,
# the Yellowstone prequel")
_DESCRIBED_AFTER = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){0,3}(?:prequel|sequel|spinoff|spin-off|series|"
                              r"drama|comedy|show|miniseries|docuseries|western|thriller|revival|"
                              r"reboot)\b", re.IGNORECASE)
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_MAKE_AFTER = re.compile(r"\s+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+) $")
_WORDS_OF_LINE = re.compile(r"[^\W_][\w'’-]*")


def relday(r: Reading, g: Groups) -> Found | None:
    word = (g("w") or "").lower().split()[0]
    if _capitalized_next(r) or r.text[max(0, r.start - 4):r.start].lower() == "usa ":
        return None
    if r.text[r.start].isupper() and r.text[r.start + 1].islower() and \
            _word_before(r) is not None and not _title_case_line(r):
        return None  # "the Today show", "The Day After Tomorrow": a name mid-sentence (not
        # "Season 5 Premieres Today", a headline)
    if r.text[max(0, r.start - 3):r.start].lower() == "of ":
        return None  # "Legends of Tomorrow", "the world of tomorrow": no day
    shift = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1, "last": -1}[word]
    day = r.today + timedelta(days=shift)
    later = r.before(_WEEKS_FROM_BEFORE, 24) if shift >= 0 else None
    if later is not None:  # "a week from today": that day, a week on
        day += timedelta(days=7 * vocab.COUNTS[later.group(1).lower()])
        return Found(day, day, Precision.DAY, Anchor.REFERENCE, (later.start(), r.end))
    return Found(day, day, Precision.DAY, Anchor.REFERENCE)


def weekday(r: Reading, g: Groups) -> Found | None:
    rel = " ".join((g("rel") or "").lower().split())
    after_next = _AFTER_NEXT.match(r.text, r.end) if not rel and r.before(_THE_BEFORE, 4) else None
    if after_next is not None and not r.past:  # "moves to the Wednesday after next": the
        # Wednesday of the week after the coming one
        day = R.weekday_from(r.today, vocab.WEEKDAYS[(g("wd") or "").lower().rstrip(".")], "next")
        day += timedelta(days=7)
        return Found(day, day, Precision.DAY, Anchor.REFERENCE, (r.start - 4, after_next.end()))
    owned_premiere = not rel and _PREMIERE_OWNED.match(r.text, r.end) is not None and \
        r.before(_OWNED_DAY_BEFORE, 12) is not None  # ("ahead of Friday's premiere": that Friday;
    # not "Today in TV: Wednesday's return", the show's)
    if not rel and not owned_premiere and not r.before(P.VERB_BEFORE) and not r.alone and not _in_listing(r) and \
            not _own_line(r) and not r.before(_SLOT_BEFORE, 16) and \
            not r.before(_VERB_SEASON_BEFORE, 60) and not r.before(_MOVED_UP_TO_BEFORE, 80):
        return None  # (but "into the 8/7c slot Thurs.": the night of that slot; "returns for its
        # second season Friday"; "has moved the drama's return up to Wednesday")
    if _capitalized_next(r):
        return None  # "Friday Night Lights", "Sunday Night Football"
    wd = vocab.WEEKDAYS[(g("wd") or "").lower().rstrip(".")]
    if rel == "last" or (r.past and rel != "next"):
        mode = "last"
        if r.past and rel != "last" and r.today.weekday() == wd:
            day = r.today
            return Found(day, day, Precision.DAY, Anchor.REFERENCE)
    else:
        mode = "next" if rel == "next" else "this"
    day = R.weekday_from(r.today, wd, mode)
    later = _WEEKS_FROM_BEFORE.search(r.text, max(0, r.start - 24), r.start) if rel == "from" else \
        _WEEKS_ON_BEFORE.search(r.text, max(0, r.start - 24), r.start) if rel == "on" else None
    # ("a week on Tuesday", British: the Tuesday after the coming one)
    if later is not None and not r.past:  # "a week from Friday": that Friday, a week on
        day += timedelta(days=7 * vocab.COUNTS[later.group(1).lower()])
        return Found(day, day, Precision.DAY, Anchor.REFERENCE, (later.start(), r.end))
    week = _WEEK_AFTER.match(r.text, r.end) if rel in ("", "on") and not r.past else None
    if week is not None:  # "starts (on) Wednesday week": the Wednesday of the week after
        day += timedelta(days=7)
        return Found(day, day, Precision.DAY, Anchor.REFERENCE, (r.start, week.end()))
    if rel in ("until", "by"):
        return Found(r.today + timedelta(days=1), day, Precision.RANGE, Anchor.REFERENCE) \
            if day > r.today else None
    return Found(day, day, Precision.DAY, Anchor.REFERENCE)


_WEEKS_FROM_BEFORE = re.compile(r"\b(a|one|two|three)\s+weeks?\s+(?:from\s+)?$", re.IGNORECASE)
_PREMIERE_OWNED = re.compile(r"['’]s\s+(?:premiere|debut|launch)\b", re.IGNORECASE)
_OWNED_DAY_BEFORE = re.compile(r"\b(?:of|before|after|until|since|for)\s+$", re.IGNORECASE)
_WEEKS_ON_BEFORE = re.compile(r"\b(a|one|two)\s+weeks?\s+$", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"\s+week(?![\w'’-])")
_AFTER_NEXT = re.compile(r"\s+after\s+next\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)
_SLOT_BEFORE = re.compile(r"\b(?:slot|time\s*slot)\s+$", re.IGNORECASE)
_VERB_SEASON_BEFORE = re.compile(
    r"\b(?:returns?|premieres?|debuts?|arrives?|comes\s+back|is\s+back|launch(?:es)?|begins?|"
    r"starts?|kicks?\s+off)\s+(?:for\s+|with\s+)?(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:season|series|run|episodes)\s+$", re.IGNORECASE)  # (or "begins its final 11 episodes Thursday")
_MOVED_UP_TO_BEFORE = re.compile(r"\b(?:mov|push|bump|shift)(?:ed|es|s|ing)?\b[^.;!?]{0,60}?\s"
                                 r"(?:up|back|forward)\s+to\s+$", re.IGNORECASE)


def _own_line(r: Reading) -> bool:
    """Is the weekday a line of its own, a guide's heading ("MONDAY", "📚 Friday:")?"""
    line_start = r.text.rfind("\n", 0, r.start) + 1
    line_end = r.text.find("\n", r.end)
    return line_end >= 0 and _LINE_LEAD.fullmatch(r.text, line_start, r.start) is not None and \
        _LINE_TAIL.fullmatch(r.text, r.end, line_end) is not None


_LINE_LEAD = re.compile(r"[^\w\n]{0,4}")  # (a marker: "📚 ", "# ", "** ")
_LINE_TAIL = re.compile(r"[ \t:*]*")
_OPEN_PAREN = re.compile(r"(?P<prep>\()\s*$")
_LISTING_BEFORE = re.compile(r"(?P<prep>\()\s*(?:[^()\n]{1,30}?,\s*)?$")
_LISTING_AFTER = re.compile(r"\s*[,;)]")
# "The Last Frontier: Season 2 — Spring (Apple TV)": a list line's date after its dash
_LIST_MARK_BEFORE = re.compile(r"(?P<prep>\s[—–-]|\),)[ \t]*$")  # (a dash, or a network's parenthesis:
# "Euphoria season 3 (HBO), April")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\(|$)", re.MULTILINE)


# "gets a September launch", "its summer premiere": a month or season naming a launch's date.
# (A headline leaves the article out: "BBC America sets April date", "NBC sets January return")
_ARTICLE_BEFORE = re.compile(r"\b(?P<prep>a|an|its|their|the|sets?|gets?|lands?|eyes|targets|"
                             r"announces|reveals|confirms|given|got|landed)\s+$", re.IGNORECASE)
_LAUNCH_AFTER = re.compile(r"\s+(?:launch|premiere|debut|return|release|bow|arrival|slots?|berths?|"
                           r"(?:premiere\s+|release\s+|return\s+|air\s+)?date)\b", re.IGNORECASE)
# ("have been given fall slots", "landed a spring berth")


def _in_listing(r: Reading) -> bool:
    """A weekday in a listing's parentheses: "Slow Horses (Apple TV+, Wednesday)"."""
    return r.before(_LISTING_BEFORE, 36) is not None and \
        _LISTING_AFTER.match(r.text, r.end) is not None


# "summer or fall 2026" given alone (tracker when, --when): the first of two alternatives
_ALTERNATIVE_AFTER = re.compile(
    rf"\s+or\s+(?:early\s+|mid-?|late\s+)?(?:{P.SEASON}|{P.MONTH})\.?\s+(?:of\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE)


def _first_alternative(r: Reading) -> bool:
    return _ALONE_BEFORE.fullmatch(r.text, 0, r.start) is not None and \
        _ALTERNATIVE_AFTER.match(r.text, r.end) is not None


def _bare_context(r: Reading) -> re.Match[str] | None:
    """The preposition that makes a bare month, season or year a date ("in March", "by
    fall"), or the opening parenthesis of a listing ("Succession (spring, HBO)")."""
    return r.before(P.PREPOSITION_BEFORE, 48) or r.before(_OPEN_PAREN, 4) or \
        (r.before(_LISTING_BEFORE, 36) if _LISTING_AFTER.match(r.text, r.end) else None) or \
        (r.before(_LIST_MARK_BEFORE, 4) if _LINE_END_AFTER.match(r.text, r.end) else None) or \
        (r.before(_ENTRY_DASH_BEFORE, 90) or r.before(_LABEL_COLON_BEFORE, 64)
         if _ENTRY_END_AFTER.match(r.text, r.end) else None) or \
        (r.before(_ARTICLE_BEFORE, 8) if _LAUNCH_AFTER.match(r.text, r.end) else None)


_WEAK_PREPOSITIONS = frozenset({"and", "or", "to", "between", "of", "for", "set", "due"})


# Prepositions that make a month or season the end of a window opening now: "by June",
# "no later than summer", "between now and June"
_BY_PREPOSITIONS = frozenset(("by", "before", "no later than", "between now and"))


def _prep(context: re.Match[str] | None) -> str:
    return " ".join(context.group("prep").lower().split()) if context else ""


_AFTER_ITS = re.compile(r"\b(?:after|since|following)\s+(?:its|their|the|a)\s+$", re.IGNORECASE)
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:debut|premiere|launch|bow|finale|run|return)\b", re.IGNORECASE)
_NAME_AND = re.compile(r"\b([A-Z][a-z]+\.?)\s+(?:and|or|&)\s+$")
_FOURTH_OF = re.compile(r"\bfourth\s+of\s+$", re.IGNORECASE)


# "down from its post-Super Bowl debut in January", "since its premiere in March": when a
# launch already happened
_PAST_LAUNCH_BEFORE = re.compile(r"\b(?:from|since)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:debut|premiere|"
                                 r"launch|bow)\s+in\s+$", re.IGNORECASE)


_BANK_HOLIDAY_NEXT = re.compile(r"\s+bank\s+holiday\b", re.IGNORECASE)


def month(r: Reading, g: Groups) -> Found | None:
    token = r.text[r.start:r.end]
    if r.before(_FOURTH_OF, 12):
        return None  # "a Fourth of July shift": the holiday's name, not the month
    if r.text.endswith(("in ", "In "), max(0, r.start - 3), r.start) and r.before(_PAST_LAUNCH_BEFORE, 60):
        return None  # (the cheap test first: most months have no "in" before them)
    context = _bare_context(r)
    if context is None and not _first_alternative(r):
        return None
    key = token.lower().rstrip(".")
    if _capitalized_next(r) or r.text[r.end:r.end + 2] in ("'s", "’s") or \
            _BANK_HOLIDAY_NEXT.match(r.text, r.end):
        return None  # (and "the August bank holiday": the holiday rule's, tried next)
    number = vocab.MONTHS[key]
    prep = _prep(context)
    if token.islower() and key in vocab.AMBIGUOUS_MONTHS and prep in _WEAK_PREPOSITIONS:
        return None  # "who may or may not": a verb after "or", not the month
    if prep in ("and", "or", "&"):
        partner = r.before(_NAME_AND, 30)
        if partner is not None and partner.group(1).lower().rstrip(".") not in vocab.MONTHS \
                and partner.group(1).lower() not in vocab.SEASONS:
            return None  # "Ant and Dec head back": a pair of names, not a month
    past = r.past or prep in ("since", "last")
    if not past and r.before(_AFTER_ITS, 30) and _EVENT_NOUN_AFTER.match(r.text, r.end):
        # "back this summer, just months after its March debut": a launch gone by, when the
        # month passed lately (said in January, "after its March debut" is still ahead)
        recent = date(R.year_of_month(r.today, number, past=True), number, 1)
        past = (r.today - recent).days <= 183
    if prep in ("this", "next", "this coming"):  # ("this coming January")
        point, anchor = r.today, Anchor.REFERENCE
    else:
        point, anchor = r.point()
    year = R.year_of_month(point, number, past=past)
    if prep == "next" and year == point.year and number == point.month:
        year += 1
    if prep == "last" and year == point.year and number == point.month:
        year -= 1  # ("its series premiere last September", said in September: a year ago)
    end = R.month_end(year, number)
    if prep in _BY_PREPOSITIONS and not past:
        return _by_window(r, end, Precision.MONTH, anchor) or Found(
            date(year, number, 1), end, Precision.MONTH, anchor)
    return Found(date(year, number, 1), end, Precision.MONTH, anchor)


# "the fall of the Colonies", "the rise and fall of an empire": the word, not the season
# (but "the fall of 2019", "the summer of next year")
_OF_A_THING_AFTER = re.compile(r"\s+of\s+(?!(?:19|20)\d\d\b|'\d\d\b|next\b|this\b|last\b|that\b|the\s+"
                               r"(?:same|following|next|new|coming)\b)", re.IGNORECASE)
_RISE_AND_BEFORE = re.compile(r"\brise\s+and\s+$", re.IGNORECASE)


def season(r: Reading, g: Groups) -> Found | None:
    if _BANK_HOLIDAY_NEXT.match(r.text, r.end):
        return None  # "the spring bank holiday": the holiday rule's
    if r.text.startswith(" of ", r.end) and _OF_A_THING_AFTER.match(r.text, r.end) or \
            r.text.endswith("and ", max(0, r.start - 4), r.start) and r.before(_RISE_AND_BEFORE, 12):
        return None
    context = _bare_context(r)
    if (context is None and not r.alone and not _first_alternative(r)) or _capitalized_next(r):
        return None
    prep = _prep(context)
    if prep in ("this", "next", "last", "of", "this coming"):
        return None  # relseason's; and "the hit of the summer" is no date
    name = r.text[r.start:r.end].lower()
    point, anchor = r.point()
    past = r.past or prep == "since"
    start, end = R.season_from(point, name, "last" if past else "this")
    if past and start > point:
        return None
    if prep in _BY_PREPOSITIONS and not past:
        by = _by_window(r, end, Precision.SEASON, anchor)
        if by is not None:
            return by
    return Found(start, end, Precision.SEASON, anchor)


_OLD_YEAR_ROLE_AFTER = re.compile(r"\s+(?:star|stars|actor|actress|cast|creator|showrunner|"
                                  r"spinoff|spin-off|prequel|sequel|fans)\b", re.IGNORECASE)
_ROLE_AFTER = re.compile(r",?\s+(?:star|stars|actor|actress|cast|creator|showrunner|season|"
                         r"series|finale|premiere|episode|spinoff|spin-off|prequel|sequel|fans)\b",
                         re.IGNORECASE)
_QUOTE_OPENS = frozenset("'‘\"“")
_QUOTE_CLOSES = frozenset("'’\"”")
_CAPITALIZED_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\s+$")
_HEADLINE_VERBS = frozenset(("eyes", "sets", "targets", "plots", "gets", "lands", "books", "eyeing",
                            "confirms", "dates", "announces", "reveals", "teases"))
_YEAR_PREPOSITIONS = frozenset(
    "in by since until till from through during before after around circa for of and or to "
    "between tba tbd tbc coming".split()  # ("TBA 2025", "Coming 2025": a year, not a title's)
)


_ORDERED_BEFORE = re.compile(r"\b(?:renewed|cancell?ed|picked\s+up|ordered|greenlit|axed|revived|"
                             r"rebooted|streams?|streaming|watch(?:ing)?|binge(?:d|ing)?)\s+$", re.IGNORECASE)
_SEASON_FOR_AFTER = re.compile(r"\s+for\s+(?:a|an|its|the)\s+[\w-]+\s+(?:season|series)\b", re.IGNORECASE)
_SHOW_NOUN_BEFORE = re.compile(r"\b(?:prequel|sequel|spin-?off|series|drama|show|miniseries|western)\s+$",
                               re.IGNORECASE)


def year(r: Reading, g: Groups) -> Found | None:
    """A year on its own ("2017", "a 2017 launch", "the 2016 press tour"); not the number in a
    title ("Cyberpunk 2077", "Blade Runner 2049") or a count ("episode 2016")."""
    name = r.before(_CAPITALIZED_BEFORE, 30)
    if name and name.group(1).lower() not in _YEAR_PREPOSITIONS and \
            not name.group(1).endswith(("'s", "’s")) and not (  # ("the BBC's 2026 drama slate")
                name.group(1).lower() in _HEADLINE_VERBS and _PREMIERE_AFTER.match(r.text, r.end)):
        # (a headline's "Season 3 Eyes 2027 Return" is a year, not a title's number)
        line_start = r.text.rfind("\n", 0, name.start()) + 1
        sentence_start = re.search(r"(?:^|[.!?:;]\s+)$", r.text[line_start:name.start()])
        if sentence_start is None:
            return None
    if r.before(_NOT_A_DAY_BEFORE, 16):
        return None
    if r.start > 0 and r.text[r.start - 1] in _QUOTE_OPENS and \
            r.text[r.end:r.end + 1] in _QUOTE_CLOSES and (
                _ROLE_AFTER.match(r.text, r.end + 1)
                or _SENTENCE_OPENS.search(r.text, max(0, r.start - 4), r.start - 1)
                or _SHOW_NOUN_BEFORE.search(r.text, max(0, r.start - 16), r.start - 1)
                or _ORDERED_BEFORE.search(r.text, max(0, r.start - 20), r.start - 1)
                or _SEASON_FOR_AFTER.match(r.text, r.end + 1)):
        return None  # "'1923' star Harrison Ford", "'1923' and its predecessor share ...",
        # "the Western prequel '1923'", "renewed '1923' for a second season": a title in quotes
    after = r.text[r.end:r.end + 3]
    if after[:1] in ("-", "–", "/") and after[1:2].isdigit():
        return None
    if _DESCRIBED_AFTER.match(r.text, r.end) and (r.before(_SENTENCE_OPENS, 4) or r.before(_PART_OF_BEFORE, 24)):
        return None  # "1923, the Yellowstone prequel starring Harrison Ford": a show's title
        # (not "In 2026, the series returns", "After a strong 2015, the series ...")
    value = int(r.text[r.start:r.end])
    if value < r.today.year - 15 and r.before(_A_BEFORE, 4) and _MAKE_AFTER.match(r.text, r.end):
        return None  # "in a 1967 Mustang": the model year of a thing
    if value < r.today.year - 15 and _OLD_YEAR_ROLE_AFTER.match(r.text, r.end):
        return None  # "1923 star Helen Mirren", "In the 1923 prequel": a title, long before any
        # premiere the news could tell
    start, end = R.full_year(value)
    return Found(start, end, Precision.YEAR, Anchor.EXPLICIT)


def tba(r: Reading, g: Groups) -> Found | None:
    return Found(None, None, Precision.TBA, Anchor.NONE)


RULES: dict[str, Callable[[Reading, Groups], Found | None]] = {
    name: globals()[name] for name, _, _ in P.RULES
}
