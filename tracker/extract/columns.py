"""Day-by-day columns: "Sunday: ...", "Monday: ...", one paragraph for each day of the week.

A weekday alone before a colon is not a date to the tagger ("Wednesday: Jenna Ortega said the
show ..." is a show's entry). Three or more paragraphs in a row that each open on a later day
of the week than the one before, after words that say the text walks through a week, are a
column of the week ahead, and each label is that day: the first the next such day on or after
publication, each one after it the next such day after the one before. So are headings that
are each a weekday alone ("SUNDAY", "MONDAY", ...), with their days' paragraphs between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from tracker import vocab
from tracker.extract.document import Block
from tracker.model import Anchor, DateMention, Window

_WEEKDAY = r"[ \t]*(?P<day>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[ \t]*"
_DAY_LABEL = re.compile(_WEEKDAY + r":[ \t]")  # "Monday: Better Call Saul (10 p.m., AMC) ..."
_DAY_HEADING = re.compile(_WEEKDAY + r":?[ \t]*")  # a heading line "SUNDAY"
# A day's paragraph that gives its own date: "...: X opens its fourth season Monday, Sept. 20"
_OWN_DATE = re.compile(r"[^\n]*?\b(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                       r"the\s+\d{1,2}(?:st|nd|rd|th)\b)")
_RUN = 3  # labels in a row that make a column (two could be a list that names "Wednesday")
# What the words before such a run say when it walks through one week, day by day (a network's
# grid of nights, "Monday: The Voice (8 p.m.), Blindspot (10 p.m.)", is a schedule by night)
_WEEK_AHEAD = re.compile(r"\b(?:(?:this|the|next|coming)\s+week\b(?!['’]s)|week\s+ahead|"
                         r"day[- ]by[- ]day|days?\s+of\s+the\s+week|what\s+to\s+watch)",
                         re.IGNORECASE)


def day_column_mentions(text: str, blocks: Sequence[Block], published: date
                        ) -> list[DateMention]:
    """The dates a day-by-day column's weekdays stand for, in text order: labels that open
    paragraphs in a row ("Monday: ..."), or headings that are a weekday alone ("SUNDAY" over
    its day's paragraphs)."""
    found: list[DateMention] = []
    for headings in (False, True):
        run: list[tuple[int, int, int]] = []  # (start, end, weekday) of the column's days
        for block in [*blocks, None]:
            if block is not None and headings and not block.heading:
                continue  # (a heading's day runs over the paragraphs under it)
            day = None if block is None else (_DAY_HEADING.fullmatch if headings else _DAY_LABEL.match)(
                text, block.start, block.end)
            weekday = -1 if day is None else vocab.WEEKDAYS[day.group("day").lower()]
            if day is not None and (not run or 0 < (weekday - run[0][2]) % 7
                                    and (weekday - run[0][2]) % 7 > (run[-1][2] - run[0][2]) % 7):
                run.append((day.start("day"), day.end("day"), weekday))
                continue  # (each day later in the week than the one before)
            if len(run) >= _RUN and _WEEK_AHEAD.search(text, 0, run[0][0]) and \
                    2 * sum(_OWN_DATE.match(text, end) is not None for _, end, _ in run) < len(run):
                # (not a network's nights whose paragraphs date themselves: "MONDAY: X opens
                # its fourth season Monday, Sept. 20")
                found.extend(_dated(text, run, published))
            run = [] if day is None else [(day.start("day"), day.end("day"), weekday)]
    return sorted(found, key=lambda m: m.span)


def _dated(text: str, run: list[tuple[int, int, int]], published: date) -> list[DateMention]:
    first = published + timedelta(days=(run[0][2] - published.weekday()) % 7)
    return [DateMention(Window.day(first + timedelta(days=(weekday - run[0][2]) % 7),
                                   text[start:end], Anchor.REFERENCE), (start, end), "daycolumn")
            for start, end, weekday in run]
