"""Pure renderers (tracker.render): Entry values built here, printed on recorded consoles.

The expected screens below are the views of one fixed timeline on Fri 25 Nov 2016: a window
open now ("the holidays"), a premiere today, windows crossing into 2017 and 2018, a name full
of markup, escape codes and an emoji, and two TBA seasons.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from tracker.model import Change, Entry, Status, Window
from tracker.names import display_name, show_key
from tracker.query import filter_entries
from tracker.render.dashboard import allocate, dashboard_sections, render_dashboard
from tracker.render.lines import Column, aligned_lines
from tracker.render.style import clean, safe_text
from tracker.render.timeline import chart_span, render_timeline
from tracker.render.upcoming import (
    EMPTY_MESSAGE,
    render_empty,
    render_nothing_selected,
    render_upcoming,
    upcoming_text,
)
from tracker.render.words import countdown, kind_word, window_words

TODAY = date(2016, 11, 25)
HOSTILE = "[bold]Danger[/bold] \x1b[2J\x1b]0;pwn\x07\U0001f3ac Show"
SGR = re.compile(r"\x1b\[[0-9;]*m")


def make(show: str, when: str, season: int | None = 1, change: Change = Change.NEW,
         sources: int = 1, phrase: str = "", updated: date | None = None) -> Entry:
    window = Window.from_str(when).with_provenance(phrase)
    status = {"day": Status.DATED, "tba": Status.TBA}.get(window.precision.value, Status.WINDOW)
    return Entry(display_name(show), show_key(show), season, window, status, change,
                 sources=sources, updated=updated)


ENTRIES = [
    make("The Crown", "2016-11-04 day", sources=2),  # aired: not upcoming
    make("Gilmore Girls: A Year in the Life", "2016-11-25 day", None, sources=3),
    make("The OA", "2016-12-16 day", 1, Change.NARROWED, 2, "December 16", date(2016, 11, 20)),
    make("Sherlock", "2017-01-01 day", 4, Change.DELAYED, 4, "New Year's Day",
         date(2016, 11, 18)),
    make("The Expanse", "2016-12-01..2017-02-28 season", 2, phrase="this winter"),
    make("Legion", "2017-01-01..2017-04-30 range", 1, Change.MOVED_UP, 2, "early 2017",
         date(2016, 11, 10)),
    make("Marvel's Luke Cage", "2017-09-01..2018-05-31 range", 2, phrase="the 2017-18 season"),
    make("Doctor Who", "2016-11-15..2016-12-31 range", None, phrase="the holidays"),
    make("Marvel's Agents of S.H.I.E.L.D.: Slingshot", "2016-12-13 day", None, Change.UNCHANGED),
    make(HOSTILE, "2017-02-01..2017-02-28 month", 1),
    make("Stranger Things", "tba", 2, phrase="no date yet"),
    make("The Defenders", "tba", 1),
]
UPCOMING_ROWS = filter_entries(ENTRIES, today=TODAY, include_tba=True)


def screen(renderable: object, width: int = 100) -> str:
    """What a terminal of ``width`` columns shows, trailing spaces removed."""
    console = Console(record=True, width=width, color_system=None, markup=False,
                      highlight=False, emoji=False, file=io.StringIO())
    console.print(renderable)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def coloured(renderable: object, width: int = 100) -> str:
    """The raw bytes a colour terminal would get."""
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system="truecolor",
                      markup=False, highlight=False, emoji=False)
    console.print(renderable)
    return out.getvalue()


UPCOMING = {
    60: """\
            Upcoming premieres · Fri 25 Nov 2016
When            Countdown        Show               Change
────────────────────────────────────────────────────────────
holidays 2016   open now         Doctor Who         new
Nov 25 2016     today            Gilmore Girls: A   new
                                 Year in the Life
winter 2017     within 3 months  The Expanse S2     new
Dec 13 2016     in 18 days       Agents of
                                 S.H.I.E.L.D.:
                                 Slingshot
Dec 16 2016     in 21 days       The OA S1          narrowed
Jan 1 2017      in 37 days       Sherlock S4        delayed
early 2017      in 1–5 months    Legion S1          moved up
Feb 2017        in 2–3 months    [bold]Danger[/bol  new
                                 d] 🎬 Show S1
2017–18 season  in 9–18 months   Luke Cage S2       new
TBA             —                Stranger Things    new
                                 S2
TBA             —                The Defenders S1   new
          11 seasons · 4 dated · 5 windows · 2 TBA
""",
    100: """\
                                Upcoming premieres · Fri 25 Nov 2016
When            Countdown        Show                              Season  Kind    Change    Sources
────────────────────────────────────────────────────────────────────────────────────────────────────
holidays 2016   open now         Doctor Who                             —  range   new             1
Nov 25 2016     today            Gilmore Girls: A Year in the           —  exact   new             3
                                 Life
winter 2017     within 3 months  The Expanse                            2  season  new             1
Dec 13 2016     in 18 days       Agents of S.H.I.E.L.D.:                —  exact                   1
                                 Slingshot
Dec 16 2016     in 21 days       The OA                                 1  exact   narrowed        2
Jan 1 2017      in 37 days       Sherlock                               4  exact   delayed         4
early 2017      in 1–5 months    Legion                                 1  range   moved up        2
Feb 2017        in 2–3 months    [bold]Danger[/bold] 🎬 Show            1  month   new             1
2017–18 season  in 9–18 months   Luke Cage                              2  range   new             1
TBA             —                Stranger Things                        2  TBA     new             1
TBA             —                The Defenders                          1  TBA     new             1
                              11 seasons · 4 dated · 5 windows · 2 TBA
""",
    160: """\
                                Upcoming premieres · Fri 25 Nov 2016
When            Countdown        Show                               Season  Kind    Change    Sources
─────────────────────────────────────────────────────────────────────────────────────────────────────
holidays 2016   open now         Doctor Who                              —  range   new             1
Nov 25 2016     today            Gilmore Girls: A Year in the Life       —  exact   new             3
winter 2017     within 3 months  The Expanse                             2  season  new             1
Dec 13 2016     in 18 days       Agents of S.H.I.E.L.D.: Slingshot       —  exact                   1
Dec 16 2016     in 21 days       The OA                                  1  exact   narrowed        2
Jan 1 2017      in 37 days       Sherlock                                4  exact   delayed         4
early 2017      in 1–5 months    Legion                                  1  range   moved up        2
Feb 2017        in 2–3 months    [bold]Danger[/bold] 🎬 Show             1  month   new             1
2017–18 season  in 9–18 months   Luke Cage                               2  range   new             1
TBA             —                Stranger Things                         2  TBA     new             1
TBA             —                The Defenders                           1  TBA     new             1
                              11 seasons · 4 dated · 5 windows · 2 TBA
""",
}

TIMELINE = {
    60: """\
Timeline · Nov 2016 – Apr 2017
                     2016         2017
                     Nov   Dec    Jan   Feb   Mar    Apr
                          ▼ today Fri 25 Nov 2016
Doctor Who              ━━━━━━━━━━
Gilmore Girls: A Ye…      ◆
The Expanse S2            │━━━━━━━━━━━━━━━━━━━━
Agents of S.H.I.E.L…      │   ◆
The OA S1                 │   ◆
Sherlock S4               │       ◆
Legion S1                 │       ━━━━━━━━━━━━━━━━━━━━━━━━━━
[bold]Danger[/bold]…      │             ━━━━━━━
◆ date  ━ window  │ today  not shown: 1 later, 2 TBA
""",
    100: """\
Timeline · Nov 2016 – Apr 2017
                                  2016             2017
                                  Nov     Dec      Jan      Feb     Mar      Apr
                                        ▼ today Fri 25 Nov 2016
Doctor Who                            ━━━━━━━━━━━━━━                                   holidays 2016
Gilmore Girls: A Year in the Life       ◆                                              Nov 25 2016
The Expanse S2                          │ ━━━━━━━━━━━━━━━━━━━━━━━━━━━                  winter 2017
Agents of S.H.I.E.L.D.: Slingshot       │     ◆                                        Dec 13 2016
The OA S1                               │     ◆                                        Dec 16 2016
Sherlock S4                             │          ◆                                   Jan 1 2017
Legion S1                               │          ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ early 2017
[bold]Danger[/bold] 🎬 Show S1          │                   ━━━━━━━━━                  Feb 2017
◆ date  ━ window  │ today  not shown: 1 later, 2 TBA
""",
    160: """\
Timeline · Nov 2016 – Apr 2017
                                  2016                                 2017
                                  Nov               Dec                Jan                Feb               Mar                Apr
                                                ▼ today Fri 25 Nov 2016
Doctor Who                                ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━                                                                           holidays 2016
Gilmore Girls: A Year in the Life               ◆                                                                                                  Nov 25 2016
The Expanse S2                                  │   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━                                       winter 2017
Agents of S.H.I.E.L.D.: Slingshot               │          ◆                                                                                       Dec 13 2016
The OA S1                                       │            ◆                                                                                     Dec 16 2016
Sherlock S4                                     │                      ◆                                                                           Jan 1 2017
Legion S1                                       │                      ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ early 2017
[bold]Danger[/bold] 🎬 Show S1                  │                                         ━━━━━━━━━━━━━━━━━━                                       Feb 2017
◆ date  ━ window  │ today  not shown: 1 later, 2 TBA
""",
}

DASHBOARD = {
    (60, 30): """\
tracker · Fri 25 Nov 2016 · 12 seasons: 5 dated, 5 windows,…
This week 1 ────────────────────────────────────────────────
Nov 25 2016   Gilmore Girls: A Year in the Life        today

Next 30 days 3 ─────────────────────────────────────────────
winter 2017   The Expanse S2                 within 3 months
Dec 13 2016   Agents of S.H.I.E.L.D.: Sling…      in 18 days
Dec 16 2016   The OA S1                           in 21 days

Windows open now 1 ─────────────────────────────────────────
holidays 2016 Doctor Who                        until Dec 31

Recent changes 3 ───────────────────────────────────────────
Dec 16 2016   The OA S1                      narrowed Nov 20
Jan 1 2017    Sherlock S4                     delayed Nov 18
early 2017    Legion S1                      moved up Nov 10

TBA 2 ──────────────────────────────────────────────────────
TBA           Stranger Things S2
TBA           The Defenders S1
next: Gilmore Girls: A Year in the Life today
""",
    (100, 20): """\
tracker · Fri 25 Nov 2016 · 12 seasons: 5 dated, 5 windows, 2 TBA
This week 1 ────────────────────────────────────  Windows open now 1 ──────────────────────────────
Nov 25 2016   Gilmore Girls: A Year in th… today  holidays 2016 Doctor Who              until Dec 31

Next 30 days 3 ─────────────────────────────────  Recent changes 3 ────────────────────────────────
winter 2017   The Expanse S2     within 3 months  Dec 16 2016   The OA S1            narrowed Nov 20
Dec 13 2016   Agents of S.H.I.E…      in 18 days  Jan 1 2017    Sherlock S4           delayed Nov 18
Dec 16 2016   The OA S1               in 21 days  early 2017    Legion S1            moved up Nov 10

                                                  TBA 2 ───────────────────────────────────────────
                                                  TBA           Stranger Things S2
                                                  TBA           The Defenders S1
next: Gilmore Girls: A Year in the Life today
""",
    (160, 12): """\
tracker · Fri 25 Nov 2016 · 12 seasons: 5 dated, 5 windows, 2 TBA
This week 1 ──────────────────────────────────────────────────────────────────  Windows open now 1 ────────────────────────────────────────────────────────────
Nov 25 2016   Gilmore Girls: A Year in the Life                          today  holidays 2016 Doctor Who                                            until Dec 31

Next 30 days 3 ───────────────────────────────────────────────────────────────  Recent changes 3 ──────────────────────────────────────────────────────────────
winter 2017   The Expanse S2                                   within 3 months  Dec 16 2016   The OA S1                                          narrowed Nov 20
Dec 13 2016   Agents of S.H.I.E.L.D.: Slingshot                     in 18 days  … and 2 more
Dec 16 2016   The OA S1                                             in 21 days
                                                                                TBA 2 ─────────────────────────────────────────────────────────────────────────
                                                                                TBA           Stranger Things S2
                                                                                TBA           The Defenders S1
next: Gilmore Girls: A Year in the Life today
""",
}

PLAIN = """\
When            Countdown        Show                               Season  Kind    Change    Sources
holidays 2016   open now         Doctor Who                              —  range   new             1
Nov 25 2016     today            Gilmore Girls: A Year in the Life       —  exact   new             3
winter 2017     within 3 months  The Expanse                             2  season  new             1
Dec 13 2016     in 18 days       Agents of S.H.I.E.L.D.: Slingshot       —  exact                   1
Dec 16 2016     in 21 days       The OA                                  1  exact   narrowed        2
Jan 1 2017      in 37 days       Sherlock                                4  exact   delayed         4
early 2017      in 1–5 months    Legion                                  1  range   moved up        2
Feb 2017        in 2–3 months    [bold]Danger[/bold] 🎬 Show             1  month   new             1
2017–18 season  in 9–18 months   Luke Cage                               2  range   new             1
TBA             —                Stranger Things                         2  TBA     new             1
TBA             —                The Defenders                           1  TBA     new             1
"""

PLAIN_60 = """\
When            Countdown        Show               Change
holidays 2016   open now         Doctor Who         new
Nov 25 2016     today            Gilmore Girls: A…  new
winter 2017     within 3 months  The Expanse S2     new
Dec 13 2016     in 18 days       Agents of S.H.I.…
Dec 16 2016     in 21 days       The OA S1          narrowed
Jan 1 2017      in 37 days       Sherlock S4        delayed
early 2017      in 1–5 months    Legion S1          moved up
Feb 2017        in 2–3 months    [bold]Danger[/bo…  new
2017–18 season  in 9–18 months   Luke Cage S2       new
TBA             —                Stranger Things …  new
TBA             —                The Defenders S1   new
"""


# -- style -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Daredevil", "Daredevil", id="plain-unchanged"),
        pytest.param("\x1b[31mRed\x1b[0m Show", "Red Show", id="sgr-colour"),
        pytest.param("Title\x1b]0;owned\x07 X", "Title X", id="osc-window-title"),
        pytest.param("a\x1b]8;;http://x.test\x1b\\link\x1b]8;;\x1b\\b", "alinkb",
                     id="osc-hyperlink"),
        pytest.param("clear\x1b[2J\x1b[H!", "clear!", id="clear-screen"),
        pytest.param("reset\x1bc", "reset", id="two-byte-escape"),
        pytest.param("\x9b31mC1", "C1", id="eight-bit-csi"),
        pytest.param("bell\x07\x00z\x7f", "bellz", id="c0-controls"),
        pytest.param("tab\there\r\nnext", "tab here next", id="breaks-become-spaces"),
        pytest.param("rtl\u202eevil\u200b", "rtlevil", id="bidi-and-zero-width"),
        pytest.param("[bold]x[/bold] :tv:", "[bold]x[/bold] :tv:", id="markup-kept-literally"),
        pytest.param("family \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f3ac",
                     "family \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f3ac",
                     id="emoji-kept-with-zwj"),
        pytest.param(None, "", id="none-is-empty"),
    ],
)
def test_clean(raw: str | None, expected: str) -> None:
    assert clean(raw) == expected


def test_safe_text_is_never_markup() -> None:
    text = safe_text("[bold red]Loud[/] \x1b[1mShow", style="cyan")
    assert isinstance(text, Text)
    assert text.plain == "[bold red]Loud[/] Show"
    assert text.spans == [] and str(text.style) == "cyan"
    assert screen(text) == "[bold red]Loud[/] Show\n"


# -- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        pytest.param("2016-11-25 day", "today", id="today"),
        pytest.param("2016-11-26 day", "tomorrow", id="tomorrow"),
        pytest.param("2016-11-24 day", "yesterday", id="yesterday"),
        pytest.param("2016-12-07 day", "in 12 days", id="days"),
        pytest.param("2017-01-23 day", "in 59 days", id="days-up-to-59"),
        pytest.param("2017-01-24 day", "in 2 months", id="then-months"),
        pytest.param("2016-11-13 day", "12 days ago", id="past-date"),
        pytest.param("2019-01-01 day", "in 2 years", id="years"),
        pytest.param("2016-12-01..2016-12-31 month", "in 6–36 days", id="window-in-days"),
        pytest.param("2017-02-01..2017-04-30 season", "in 2–5 months", id="window-in-months"),
        pytest.param("2016-12-07..2017-04-30 range", "in 12 days–5 months", id="days-to-months"),
        pytest.param("2016-12-20..2017-04-30 range", "in 1–5 months", id="rounded-months"),
        pytest.param("2016-11-28..2017-12-31 year", "within 13 months", id="starts-this-week"),
        pytest.param("2018-01-01..2019-12-31 range", "in 1–3 years", id="window-in-years"),
        pytest.param("2017-03-01..2017-03-31 month", "in 3–4 months", id="month-window"),
        pytest.param("2016-11-01..2016-11-30 month", "open now", id="open-window"),
        pytest.param("2016-11-25..2016-12-31 range", "open now", id="opens-today"),
        pytest.param("2016-09-01..2016-11-24 season", "overdue", id="ended-window"),
        pytest.param("tba", "—", id="tba"),
    ],
)
def test_countdown(when: str, expected: str) -> None:
    assert countdown(Window.from_str(when), TODAY) == expected


@pytest.mark.parametrize(
    ("when", "phrase", "expected"),
    [
        pytest.param("2016-03-18 day", "March 18", "Mar 18 2016", id="exact"),
        pytest.param("2017-09-01..2017-11-30 season", "fall 2017", "fall 2017", id="season"),
        pytest.param("2016-01-15..2016-12-31 range", "later in the year", "later in 2016",
                     id="later-in-year-from-dates"),
        pytest.param("2017-01-01..2017-12-31 year", "sometime in 2017", "2017", id="year"),
        pytest.param("2017-01-01..2017-03-31 range", "midseason", "midseason 2017",
                     id="midseason-honest"),
        pytest.param("2017-01-01..2017-03-31 quarter", "Q1 2017", "Q1 2017", id="quarter"),
        pytest.param("2016-11-15..2016-12-31 range", "the holidays", "holidays 2016",
                     id="holidays"),
        pytest.param("2017-09-01..2018-05-31 range", "the 2017-18 season", "2017–18 season",
                     id="tv-season-crossing-year"),
        pytest.param("2017-01-01..2017-04-30 range", "early 2017", "early 2017", id="early-year"),
        pytest.param("2017-05-01..2017-08-31 range", "mid-2017", "mid 2017", id="mid-year"),
        pytest.param("2016-09-01..2016-12-31 range", "end of 2016", "late 2016", id="end-of"),
        pytest.param("2016-03-21..2016-03-31 range", "late March", "late Mar 2016",
                     id="late-month"),
        pytest.param("2016-03-01..2016-03-10 range", "early March", "early Mar 2016",
                     id="early-month"),
        pytest.param("2017-01-01..2017-06-30 half", "early 2017", "first half 2017",
                     id="phrase-not-matching-dates-is-ignored"),
        pytest.param("2016-12-01..2017-02-28 season", "", "winter 2017", id="no-phrase"),
        pytest.param("tba", "no date yet", "TBA", id="tba"),
    ],
)
def test_window_words(when: str, phrase: str, expected: str) -> None:
    assert window_words(Window.from_str(when).with_provenance(phrase)) == expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        pytest.param("2016-03-18 day", "exact", id="exact"),
        pytest.param("2017-09-01..2017-11-30 season", "season", id="season"),
        pytest.param("2017-01-01..2017-12-31 year", "year", id="year"),
        pytest.param("tba", "TBA", id="tba"),
    ],
)
def test_kind_word(when: str, expected: str) -> None:
    assert kind_word(Window.from_str(when)) == expected


# -- upcoming --------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [60, 100, 160], ids=lambda w: f"{w}-columns")
def test_upcoming_table_at_fixed_widths(width: int) -> None:
    assert screen(render_upcoming(UPCOMING_ROWS, today=TODAY), width) == UPCOMING[width]


@pytest.mark.parametrize("width", [60, 100, 160], ids=lambda w: f"{w}-columns")
def test_upcoming_lines_fit_the_width(width: int) -> None:
    from rich.cells import cell_len

    lines = screen(render_upcoming(UPCOMING_ROWS, today=TODAY), width).splitlines()
    assert max(cell_len(line) for line in lines) <= width


def test_upcoming_plain_text() -> None:
    assert upcoming_text(UPCOMING_ROWS, today=TODAY) == PLAIN


def test_upcoming_plain_text_narrow() -> None:
    text = upcoming_text(UPCOMING_ROWS, today=TODAY, width=60)
    assert text == PLAIN_60
    assert max(len(line) for line in text.splitlines()) <= 60


def test_upcoming_plain_text_has_no_escape_codes_without_a_colour_system() -> None:
    assert "\x1b" not in upcoming_text(UPCOMING_ROWS, today=TODAY, width=100)


def test_upcoming_plain_text_colours_only_with_sgr() -> None:
    text = upcoming_text(UPCOMING_ROWS, today=TODAY, color_system="truecolor")
    assert SGR.search(text)
    assert SGR.sub("", text) == PLAIN


def test_render_empty_says_how_to_start() -> None:
    assert screen(render_empty(), 200) == EMPTY_MESSAGE + "\n"
    assert "tracker add" in EMPTY_MESSAGE and "tracker ingest" in EMPTY_MESSAGE


def test_render_nothing_selected_counts_and_hints() -> None:
    text = render_nothing_selected(3, hint="(--all shows past seasons)").plain
    assert text == "Nothing to show: none of the 3 tracked seasons matches. (--all shows past seasons)"


# -- timeline --------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [60, 100, 160], ids=lambda w: f"{w}-columns")
def test_timeline_at_fixed_widths(width: int) -> None:
    assert screen(render_timeline(UPCOMING_ROWS, today=TODAY, months=6), width) == TIMELINE[width]


@pytest.mark.parametrize(
    ("today", "months", "first", "last"),
    [
        pytest.param(date(2016, 11, 25), 6, date(2016, 11, 1), date(2017, 4, 30),
                     id="crosses-year"),
        pytest.param(date(2016, 1, 14), 12, date(2016, 1, 1), date(2016, 12, 31),
                     id="one-calendar-year"),
        pytest.param(date(2016, 2, 29), 1, date(2016, 2, 1), date(2016, 2, 29), id="leap-month"),
        pytest.param(date(2016, 12, 31), 14, date(2016, 12, 1), date(2018, 1, 31),
                     id="two-year-ends"),
    ],
)
def test_chart_span(today: date, months: int, first: date, last: date) -> None:
    assert chart_span(today, months) == (first, last)


def test_timeline_starting_in_december_still_names_the_new_year() -> None:
    lines = screen(render_timeline(UPCOMING_ROWS, today=date(2016, 12, 1), months=12), 100)
    years, months = lines.splitlines()[1:3]
    assert "2017" in years
    assert years.index("2017") == months.index("Jan")


def test_chart_span_needs_a_month() -> None:
    with pytest.raises(ValueError):
        chart_span(TODAY, 0)


def test_timeline_marks_windows_running_past_both_edges() -> None:
    long = make("Long Window", "2016-06-01..2017-12-31 range", None)
    text = screen(render_timeline([long], today=TODAY, months=3), 60)
    row = next(line for line in text.splitlines() if line.startswith("Long Window"))
    bar = row[len("Long Window"):].strip()
    assert bar.startswith("◀") and bar.endswith("▶") and set(bar[1:-1]) == {"━"}


def test_timeline_with_nothing_dated_in_range() -> None:
    text = screen(render_timeline([make("Later", "2019-05-01 day")], today=TODAY, months=2))
    assert "No dated premieres in these months." in text
    assert "not shown: 1 later" in text


# -- dashboard -------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(60, 30), (100, 20), (160, 12)],
                         ids=lambda v: str(v))
def test_dashboard_at_fixed_sizes(width: int, height: int) -> None:
    text = screen(render_dashboard(ENTRIES, today=TODAY, width=width, height=height), width)
    assert text == DASHBOARD[(width, height)]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=3, max_value=40), st.integers(min_value=40, max_value=180))
def test_dashboard_never_taller_or_wider_than_the_screen(height: int, width: int) -> None:
    from rich.cells import cell_len

    lines = screen(render_dashboard(ENTRIES, today=TODAY, width=width, height=height),
                   width).splitlines()
    assert len(lines) <= height
    assert max(cell_len(line) for line in lines) <= width


def test_dashboard_sections() -> None:
    sections = {s.title: [e.show for e in s.entries]
                for s in dashboard_sections(ENTRIES, today=TODAY)}
    assert sections == {
        "This week": ["Gilmore Girls: A Year in the Life"],
        "Next 30 days": ["The Expanse", "Agents of S.H.I.E.L.D.: Slingshot", "The OA"],
        "Windows open now": ["Doctor Who"],
        "Recent changes": ["The OA", "Sherlock", "Legion"],  # newest change first
        "TBA": ["Stranger Things", "The Defenders"],
    }


@pytest.mark.parametrize(
    ("needs", "budget", "expected"),
    [
        pytest.param([2, 3, 1], 10, [2, 3, 1], id="all-fit"),
        pytest.param([5, 5, 5], 6, [2, 2, 2], id="shared-evenly"),
        pytest.param([1, 9, 1], 6, [1, 4, 1], id="small-sections-whole"),
        pytest.param([4, 4], 1, [1, 1], id="at-least-one-each"),
        pytest.param([0, 3], 2, [0, 2], id="nothing-for-empty"),
    ],
)
def test_allocate(needs: list[int], budget: int, expected: list[int]) -> None:
    assert allocate(needs, budget) == expected


# -- untrusted text in every view ------------------------------------------------------------

VIEWS = {
    "upcoming": lambda: render_upcoming(UPCOMING_ROWS, today=TODAY),
    "timeline": lambda: render_timeline(UPCOMING_ROWS, today=TODAY, months=6),
    "dashboard": lambda: render_dashboard([*ENTRIES, make(HOSTILE, "tba", 2)], today=TODAY,
                                          width=160, height=40),
}


@pytest.mark.parametrize("view", list(VIEWS))
def test_markup_and_emoji_shown_literally(view: str) -> None:
    assert "[bold]Danger[/bold] \U0001f3ac Show" in screen(VIEWS[view](), 160)


@pytest.mark.parametrize("view", list(VIEWS))
def test_only_colour_codes_reach_a_colour_terminal(view: str) -> None:
    raw = coloured(VIEWS[view](), 160)
    assert SGR.search(raw), "a colour terminal gets styles"
    assert "\x1b" not in SGR.sub("", raw), "no escape code from the data survives"
    assert "pwn" not in raw


# -- plain columns ---------------------------------------------------------------------------


def test_aligned_lines_measure_wide_characters() -> None:
    lines = aligned_lines([Column("Name"), Column("N", right=True)],
                          [["\U0001f3ac\U0001f3ac", "1"], ["abcde", "22"]])
    assert lines == ["Name    N", "\U0001f3ac\U0001f3ac    1", "abcde  22"]


def test_aligned_lines_cut_only_the_flex_column() -> None:
    lines = aligned_lines([Column("A"), Column("Name", flex=True), Column("Z")],
                          [["aaaa", "a rather long name indeed", "zz"]], width=24)
    assert lines[1] == "aaaa  a rather long…  zz"
    assert len(lines[1]) == 24
