"""The core value types: windows of time, date mentions, claims and timeline entries.

Every date range here is *inclusive*: ``Window(2016-09-01, 2016-11-30)`` is fall 2016, and
an exact date is a window whose ``start == end``. TBA has no dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum


class Precision(str, Enum):
    """How wide a window is, in words a person would use."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    RANGE = "range"
    TBA = "tba"

    def __str__(self) -> str:
        return self.value


class Kind(str, Enum):
    """What a window amounts to: a date, a window, or nothing known."""

    EXACT = "exact"
    WINDOW = "window"
    TBA = "tba"

    def __str__(self) -> str:
        return self.value


class Anchor(str, Enum):
    """What resolved a phrase to dates."""

    EXPLICIT = "explicit"  # the phrase names its own year ("March 18, 2016", "2017")
    NEARBY = "nearby"  # a year or date mentioned earlier in the sentence or paragraph
    REFERENCE = "reference"  # the reference date (publication date, or today)
    NONE = "none"  # TBA: nothing to resolve

    def __str__(self) -> str:
        return self.value


class EventKind(str, Enum):
    """What a claim is about."""

    PREMIERE = "premiere"
    RETURN = "return"
    FINALE = "finale"
    RENEWAL = "renewal"  # renewed or ordered, no date yet

    def __str__(self) -> str:
        return self.value


_MONTH_ABBR = [""] + [calendar.month_abbr[i] for i in range(1, 13)]


@dataclass(frozen=True, slots=True)
class Window:
    """A span of days (inclusive) with a precision, or TBA (no dates).

    ``phrase`` and ``anchor`` are provenance and are left out of equality.
    """

    start: date | None
    end: date | None
    precision: Precision
    phrase: str = field(default="", compare=False)
    anchor: Anchor = field(default=Anchor.EXPLICIT, compare=False)

    def __post_init__(self) -> None:
        if self.precision is Precision.TBA:
            if self.start is not None or self.end is not None:
                raise ValueError("a TBA window has no dates")
        elif self.start is None or self.end is None or self.start > self.end:
            raise ValueError(f"bad window {self.start}..{self.end}")

    @classmethod
    def tba(cls, phrase: str = "") -> Window:
        return cls(None, None, Precision.TBA, phrase, Anchor.NONE)

    @classmethod
    def day(cls, day: date, phrase: str = "", anchor: Anchor = Anchor.EXPLICIT) -> Window:
        return cls(day, day, Precision.DAY, phrase, anchor)

    @property
    def kind(self) -> Kind:
        if self.precision is Precision.TBA:
            return Kind.TBA
        return Kind.EXACT if self.start == self.end else Kind.WINDOW

    @property
    def is_tba(self) -> bool:
        return self.precision is Precision.TBA

    @property
    def days(self) -> int:
        """Number of days covered; 0 for TBA."""
        if self.start is None or self.end is None:
            return 0
        return (self.end - self.start).days + 1

    def contains(self, other: Window) -> bool:
        """True when every day of ``other`` lies inside this window (TBA contains everything)."""
        if self.is_tba:
            return True
        if other.is_tba:
            return False
        assert self.start and self.end and other.start and other.end
        return self.start <= other.start and other.end <= self.end

    def overlap_ratio(self, other: Window) -> float:
        """Days in common over days in the union (0.0 when either is TBA)."""
        if self.is_tba or other.is_tba:
            return 0.0
        assert self.start and self.end and other.start and other.end
        lo, hi = max(self.start, other.start), min(self.end, other.end)
        common = (hi - lo).days + 1
        if common <= 0:
            return 0.0
        union = (max(self.end, other.end) - min(self.start, other.start)).days + 1
        return common / union

    def record(self) -> dict[str, object]:
        """kind, start, end (ISO, inclusive; None for TBA), precision and phrase, as JSON and
        CSV print a window."""
        return {
            "kind": self.kind.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision.value,
            "phrase": self.phrase,
        }

    def with_provenance(self, phrase: str, anchor: Anchor | None = None) -> Window:
        return Window(self.start, self.end, self.precision, phrase, anchor or self.anchor)

    def __str__(self) -> str:
        """Canonical one-line form: ``2016-03-18 day``, ``2016-09-01..2016-11-30 season``, ``tba``."""
        if self.start is None or self.end is None:
            return "tba"
        if self.start == self.end:
            return f"{self.start.isoformat()} {self.precision.value}"
        return f"{self.start.isoformat()}..{self.end.isoformat()} {self.precision.value}"

    @classmethod
    def from_str(cls, text: str) -> Window:
        """Inverse of ``str()``; handy in tests."""
        text = text.strip()
        if text == "tba":
            return cls.tba()
        dates, _, precision = text.partition(" ")
        first, _, last = dates.partition("..")
        start = date.fromisoformat(first)
        end = date.fromisoformat(last) if last else start
        return cls(start, end, Precision(precision or "day"))

    def label(self) -> str:
        """The window in a few words: ``Mar 18 2016``, ``fall 2017``, ``later in 2016``, ``TBA``."""
        return describe(self)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _season_name(start: date, end: date) -> str | None:
    names = {(3, 5): "spring", (6, 8): "summer", (9, 11): "fall", (12, 2): "winter"}
    name = names.get((start.month, end.month))
    if name is None or start.day != 1 or end != _month_end(end.year, end.month):
        return None
    return f"{name} {end.year}"


def describe(window: Window) -> str:
    """Words for a window, derived from its dates (not its phrase) so they are always honest."""
    s, e = window.start, window.end
    if s is None or e is None:
        return "TBA"
    if s == e:
        return f"{_MONTH_ABBR[s.month]} {s.day} {s.year}"
    whole_months = s.day == 1 and e == _month_end(e.year, e.month)
    if whole_months:
        if s.year == e.year and s.month == 1 and e.month == 12:
            return str(s.year)
        if s.year == e.year and s.month == e.month:
            return f"{_MONTH_ABBR[s.month]} {s.year}"
        season = _season_name(s, e)
        if season is not None and window.precision is Precision.SEASON:
            return season
        if s.year == e.year and e.month - s.month == 2 and s.month % 3 == 1:
            return f"Q{s.month // 3 + 1} {s.year}"
        if s.year == e.year and e.month - s.month == 5 and s.month in (1, 7):
            return f"{'first' if s.month == 1 else 'second'} half {s.year}"
    if e.month == 12 and e.day == 31 and s.year == e.year and (s.month, s.day) != (1, 1):
        return f"later in {s.year}"
    if window.precision is Precision.WEEK or e - s <= timedelta(days=13):
        return f"{_MONTH_ABBR[s.month]} {s.day}–{_fmt_end(s, e)}"
    if s.year == e.year:
        if s.month == e.month:
            return f"{_MONTH_ABBR[s.month]} {s.day}–{e.day} {e.year}"
        return f"{_MONTH_ABBR[s.month]} {s.day}–{_MONTH_ABBR[e.month]} {e.day} {e.year}"
    return f"{_MONTH_ABBR[s.month]} {s.day} {s.year}–{_MONTH_ABBR[e.month]} {e.day} {e.year}"


def _fmt_end(s: date, e: date) -> str:
    if s.year != e.year:
        return f"{_MONTH_ABBR[e.month]} {e.day} {e.year}"
    if s.month != e.month:
        return f"{_MONTH_ABBR[e.month]} {e.day} {e.year}"
    return f"{e.day} {e.year}"


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in text by the temporal tagger."""

    window: Window
    span: tuple[int, int]  # character offsets into the text, end exclusive
    rule: str = field(default="", compare=False)
    past: bool = field(default=False, compare=False)  # read with a past-tense verb

    @property
    def phrase(self) -> str:
        return self.window.phrase

    def to_json(self) -> dict[str, object]:
        w = self.window
        return {
            "phrase": w.phrase,
            "start": w.start.isoformat() if w.start else None,
            "end": w.end.isoformat() if w.end else None,
            "precision": w.precision.value,
            "kind": w.kind.value,
            "anchor": w.anchor.value,
            "span": list(self.span),
        }


MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement about when a show's season premieres, with where it came from.

    Equality compares meaning (show key, season, event, window); provenance is left out.
    """

    show: str  # as written (display name)
    key: str  # normalized, see tracker.names.show_key
    season: int | None
    window: Window
    event: EventKind = EventKind.PREMIERE
    evidence: str = field(default="", compare=False)  # the sentence it came from
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # of the date phrase
    rule: str = field(default="", compare=False)
    confidence: float = field(default=1.0, compare=False)
    source: str = field(default="", compare=False)  # URL, path, or "manual"
    published: date | None = field(default=None, compare=False)
    published_basis: str = field(default="", compare=False)  # option|metadata|dateline|file|today
    note: str = field(default="", compare=False)

    @property
    def kind(self) -> Kind:
        return self.window.kind

    @property
    def manual(self) -> bool:
        return self.source == MANUAL

    def to_json(self) -> dict[str, object]:
        """The claim as DESIGN.md's `tracker parse --format json` prints it."""
        return {
            "show": self.show,
            "season": self.season,
            **self.window.record(),
            "evidence": self.evidence,
            "span": list(self.span),
            "rule": self.rule,
            "confidence": round(self.confidence, 2),
        }


class Status(str, Enum):
    DATED = "dated"
    WINDOW = "window"
    TBA = "tba"
    AIRED = "aired"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return self.value


class Change(str, Enum):
    NEW = "new"
    NARROWED = "narrowed"
    DELAYED = "delayed"
    MOVED_UP = "moved up"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Step:
    """One claim in a season's history and what it did to the estimate."""

    claim: Claim
    change: Change | None  # None: the claim was kept on record but did not move the estimate
    seen_at: str = ""  # when it was stored (ISO timestamp), empty for claims not yet stored


@dataclass(frozen=True, slots=True)
class Entry:
    """A timeline row: one (show, season) with its current best estimate."""

    show: str
    key: str
    season: int | None
    window: Window
    status: Status
    change: Change
    history: tuple[Step, ...] = ()
    sources: int = 0  # distinct sources behind the claims
    revision: int = 0  # times the estimate changed after it was first set (ICS SEQUENCE)
    updated: date | None = None  # publication date of the claim that set the estimate

    @property
    def kind(self) -> Kind:
        return self.window.kind
