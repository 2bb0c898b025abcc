"""Properties of tracker.temporal.tag_dates, checked with hypothesis on generated text."""

from __future__ import annotations

import calendar
from datetime import date
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.model import DateMention, Precision
from tracker.temporal import tag_dates

PROPS = settings(max_examples=200, deadline=None)

MONTHS = list(calendar.month_name)[1:]
ABBREVIATIONS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
                 "Nov.", "Dec."]
DAY_NAMES = list(calendar.day_name)

todays = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
years = st.integers(min_value=1995, max_value=2035)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _write_day(day: date, form: int) -> str:
    """One of the explicit write-forms of a full date."""
    month = MONTHS[day.month - 1]
    return [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}",
        f"{month} {_ordinal(day.day)}, {day.year}",
        f"{day.month}/{day.day}/{day.year}",
        day.isoformat(),
        f"{DAY_NAMES[day.weekday()]}, {month} {day.day}, {day.year}",
    ][form]


FORMS = st.integers(min_value=0, max_value=6)
explicit_days = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))
TEMPLATES = [
    "{}",
    "The show premieres {}.",
    "Season 2 debuts on {}, the network said.",
    "\u201c{}\u201d is the date fans have waited for.",
    "After months of rumours, the revival finally has a date: {}.",
]
templates = st.sampled_from(TEMPLATES)

# Date-free sentences to pad a paragraph with.
PLAIN = [
    "The cast met the press.",
    "Critics liked the pilot.",
    "The showrunner stays on.",
    "Fans have waited a long time.",
]

# Words and marks dates are made of, to drive the tagger down its odd paths.
DATEISH = (
    MONTHS + ABBREVIATIONS + DAY_NAMES
    + ["May", "march", "SEPT", "Sep", "fall", "autumn", "spring", "summer", "winter", "midseason",
       "the", "holidays", "holiday", "season", "this", "next", "later", "in", "of", "year",
       "week", "weekend", "month", "coming", "weeks", "months", "soon", "tomorrow", "early",
       "mid", "mid-", "late", "end", "by", "first", "second", "third", "half", "quarter",
       "part", "Q1", "Q3", "sometime", "between", "and", "to", "TBA", "TBD", "not", "yet",
       "known", "no", "release", "date", "has", "be", "set", "announced", "premiered", "aired",
       "returns", "will", "18", "18th", "1st", "31", "29", "0", "00", "2016", "2017", "1999",
       "9999", "2017\u201318", "3\u20135", "3-5", "3/18/2016", "2/30/2016", "13/45/2016",
       "2016-02-30", "2016-13-01", "24/7", "8/7c", "$2016", "Fox", "5", ",", ".", ";", "\u2013",
       "-", "/", "\u201c", "\u201d", "(", ")", "\n", "\n\n", "\t", "\u00a0"]
)
dateish_text = st.lists(st.sampled_from(DATEISH), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=300), dateish_text)

# Paragraphs of premiere sentences whose dates lean on the anchor chain.
SUBJECTS = ["Daredevil", "The drama", "Season 2", "The revival", "Its spinoff", "The comedy"]
VERBS = ["returns", "premieres", "arrives", "is set for release", "debuts", "will return",
         "premiered", "aired"]
RELATIVE = ["later in the year", "later this year", "in March", "March 18", "Sept. 9",
            "in the fall", "this fall", "this winter", "midseason", "next month", "next week",
            "soon", "in the coming weeks", "this Friday", "tomorrow", "the third quarter",
            "the second half of the year", "early March", "by the end of the year", "TBA",
            "the holidays", "between March and May"]


@st.composite
def phrases(draw: st.DrawFn) -> str:
    kind = draw(st.integers(min_value=0, max_value=4))
    if kind == 0:
        return _write_day(draw(explicit_days), draw(FORMS))
    if kind == 1:
        return f"{draw(st.sampled_from(MONTHS))} {draw(years)}"
    if kind == 2:
        return f"{draw(st.sampled_from(['fall', 'spring', 'summer', 'winter']))} {draw(years)}"
    if kind == 3:
        return f"sometime in {draw(years)}"
    return draw(st.sampled_from(RELATIVE))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {draw(phrases())}."


paragraphs = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)


def _check_mention(text: str, m: DateMention) -> None:
    start, end = m.span
    assert 0 <= start < end <= len(text)
    assert text[start:end] == m.phrase
    w = m.window
    if w.precision is Precision.TBA:
        assert w.start is None and w.end is None
    else:
        assert w.start is not None and w.end is not None and w.start <= w.end


def _windows(mentions: list[DateMention], shift: int = 0) -> list[tuple[str, tuple[int, int]]]:
    return [(str(m.window), (m.span[0] - shift, m.span[1] - shift)) for m in mentions]


@PROPS
@given(text=any_text, today=todays)
def test_never_raises_and_mentions_are_well_formed(text: str, today: date) -> None:
    for m in tag_dates(text, today=today):
        _check_mention(text, m)


@PROPS
@given(text=st.lists(paragraphs, min_size=1, max_size=3).map("\n\n".join), today=todays)
def test_mentions_in_prose_are_well_formed_and_in_order(text: str, today: date) -> None:
    mentions = tag_dates(text, today=today)
    for m in mentions:
        _check_mention(text, m)
    spans = [m.span for m in mentions]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@PROPS
@given(first=paragraphs, second=paragraphs, today=todays)
def test_paragraphs_are_independent(first: str, second: str, today: date) -> None:
    text = f"{first}\n\n{second}"
    offset = len(first) + 2
    together = tag_dates(text, today=today)
    head = [m for m in together if m.span[1] <= len(first)]
    tail = [m for m in together if m.span[0] >= offset]
    assert len(head) + len(tail) == len(together)  # nothing straddles the break
    assert _windows(head) == _windows(tag_dates(first, today=today))
    assert _windows(tail, offset) == _windows(tag_dates(second, today=today))


@PROPS
@given(paragraph=paragraphs, pad=st.sampled_from(PLAIN), spaces=st.text(" ", max_size=3),
       today=todays)
def test_a_date_free_sentence_before_changes_offsets_only(
    paragraph: str, pad: str, spaces: str, today: date
) -> None:
    prefix = f"{pad} {spaces}"
    padded = tag_dates(prefix + paragraph, today=today)
    assert _windows(padded, len(prefix)) == _windows(tag_dates(paragraph, today=today))


@PROPS
@given(day=explicit_days, form=FORMS, template=templates, today=todays, other=todays)
def test_explicit_days_do_not_depend_on_today(
    day: date, form: int, template: str, today: date, other: date
) -> None:
    text = template.format(_write_day(day, form))
    expected = [f"{day.isoformat()} day"]
    assert [str(m.window) for m in tag_dates(text, today=today)] == expected
    assert [str(m.window) for m in tag_dates(text, today=other)] == expected


@PROPS
@given(month=st.integers(min_value=1, max_value=12), year=years, template=templates,
       today=todays)
def test_explicit_months_do_not_depend_on_today(
    month: int, year: int, template: str, today: date
) -> None:
    text = template.format(f"{MONTHS[month - 1]} {year}")
    last = calendar.monthrange(year, month)[1]
    expected = f"{year}-{month:02d}-01..{year}-{month:02d}-{last:02d} month"
    assert [str(m.window) for m in tag_dates(text, today=today)] == [expected]


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


@PROPS
@given(season=st.sampled_from([*SEASON_MONTHS, "winter"]), year=years, template=templates,
       today=todays)
def test_explicit_seasons_do_not_depend_on_today(
    season: str, year: int, template: str, today: date
) -> None:
    text = template.format(f"{season} {year}")
    if season == "winter":
        start, end = date(year - 1, 12, 1), date(year, 2, calendar.monthrange(year, 2)[1])
    else:
        first, last = SEASON_MONTHS[season]
        start, end = date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    expected = f"{start.isoformat()}..{end.isoformat()} season"
    assert [str(m.window) for m in tag_dates(text, today=today)] == [expected]


@PROPS
@given(paragraph=paragraphs, today=todays)
def test_capitalisation_does_not_matter(paragraph: str, today: date) -> None:
    expected = [str(m.window) for m in tag_dates(paragraph, today=today)]
    assert [str(m.window) for m in tag_dates(paragraph.upper(), today=today)] == expected
    assert [str(m.window) for m in tag_dates(paragraph.lower(), today=today)] == expected


# Text for the scanner's two ways to find words: as bytes, when a paragraph is ASCII once its
# typographic marks are plain, and with the Unicode "\W" otherwise. Every word and phrase stands
# right after a mark, a space, a letter or nothing.
_MARKS = ["", " ", "  ", ".", ",", "’", "‘", "“", "”", "—", "–", "…", "\u00a0", "\n", "-", "/",
          "(", "é", "Ö", "ß", "İ", "x", "_", "7"]
_WORDS = ["March 18, 2016", "fall 2016", "in 2017", "the end of the year", "next spring", "TBA",
          "not yet set", "3/18", "the 18th", "Q3", "1H", "later this year", "Sept. 5", "the",
          "March", "2016", "18", "season 2"]
scanner_text = st.lists(st.tuples(st.sampled_from(_MARKS), st.sampled_from(_WORDS)).map("".join),
                        min_size=1, max_size=8).map("".join)


@PROPS
@given(text=scanner_text, today=todays)
def test_the_ascii_scan_finds_what_the_unicode_scan_finds(text: str, today: date) -> None:
    fast = tag_dates(text, today=today)
    with patch("tracker.temporal._spaced", return_value=None):
        slow = tag_dates(text, today=today)
    assert _windows(fast) == _windows(slow)


def test_the_ascii_scan_agrees_around_every_mark() -> None:
    texts = [f"{mark}{word}{mark}returns {mark}{word}{mark}."
             for mark in _MARKS for word in _WORDS]
    today = date(2016, 1, 14)
    fast = [_windows(tag_dates(text, today=today)) for text in texts]
    with patch("tracker.temporal._spaced", return_value=None):
        slow = [_windows(tag_dates(text, today=today)) for text in texts]
    assert [t for t, f, s in zip(texts, fast, slow) if f != s] == []
    assert sum(map(len, fast)) > len(texts) // 2  # (the texts do hold dates)
