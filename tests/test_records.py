"""Premiere dates laid out as records: tables with a header, fact boxes, labelled list lines.

Rows are (text, publication date, expected claims) as in test_extract.py; every text was
written for these tests. RECORDS must yield exactly their claims, each from the "table" rule
where the record gives it; NOT_RECORDS are layouts whose rows make no claim.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import canonical, wanted
from tracker.extract import extract_claims
from tracker.extract.records import read_records
from tracker.load import tidy_text
from tracker.temporal import tag_dates

_MARKDOWN = """Midwinter premiere grid

Everything we know about the new year's first dramas is in one place below.

| Show | Season | Network | Premiere |
|---|---|---|---|
| Harbor Lights | 2 | Hulu | Thursday, Jan. 9 |
| The Quiet Coast | 1 | Max | Sunday, Feb. 2 |
| Ember Street | 4 | Netflix | March |
"""

# the loader's text for an HTML table: trafilatura's markdown, a blank line between rows
_FROM_HTML = """Fall TV dates: every new show's premiere

The networks have set their fall dates, and the list below will grow.

| Title | Network | Premiere |

|---|---|---|

| Glass Acre | NBC | Monday, Sept. 19 |

| Night Ferry | Fox | Tuesday, Sept. 20, 9 p.m. |
"""

_TABS = ("Fall calendar\n\nDates are Eastern.\n\n"
         "Date\tShow\tNetwork\tNote\n"
         "Mon., Sept. 16\tCanyon Song\tABC\tseason 12, at 8/7c\n"
         "Wed., Sept. 25\tThe Lantern Inn\tCBS\tninth and final season\n"
         "Fri., Sept. 27\tDeep Orchard\tNetflix\tnew, all episodes\n")

_FACT_BOX = """Spader's new thriller gets a Monday slot

NBC has found a home for the drama it calls its surest bet.

FACT BOX
Show: The Red Ledger
Premiere: Monday, Sept. 23, 10 p.m. (NBC)
Episodes ordered: 13
Star: James Spader

The pilot screened for critics last week.
"""

_FACT_BOX_SEASON = """The mountain town is coming back

Showtime confirmed the news on Monday.

Show: Pine Hollow
What it is: a limited run that picks up the story 25 years on, in effect the show's third season
Network: Showtime
When: 2016
Status: ordered
"""

_TWO_BOXES = """Two returns to mark in the diary

Series: Marsh Lane
Returns: Sunday 21st March
Channel: BBC One

Series: The Tollgate
Returns: later this year
Channel: ITV
"""

_AT_A_GLANCE = """Harrow Lane series 4 finally gets a start date

The wait for the fourth run is nearly over.

AT A GLANCE
Series: 4
Start date: Sunday 21st March at 9pm
Channel: BBC One
"""

_MARKDOWN_BOX = """## Harbor Lights season 2: everything we know

The wait is nearly over for fans of the coastal drama.

**Show:** Harbor Lights
**Premiere date:** Friday, Sept. 6
**Network:** Hulu
"""

_LABELLED_LINES = """Upfront scorecard

One line per show we are tracking.

- Bay Patrol (NBC) | Status: renewed | Season 6 | Premiere: midseason
- Cold Harbor (CBS) | Status: new series | Season 1 | Premiere: Monday, Sept. 24
- Ridgeback (Fox) | Status: canceled | no further seasons planned
"""

_FILMS_AND_FINALES = """Summer calendar

Title | Network | Date
The Far Shore (film) | Theaters | June 19
Iron Meadow (season 5, series finale) | Prime Video | May 20
Salt Flats (season 3) | HBO | June 2026
"""

_DASHED_LIST = """Spring return dates, one line each

Dates are month/day; everything below is this year.

- Night Ledger (new, FX) - 4/2
- Pine Hollow s3 - 4/16, right after the news
- Harbor Lights (Hulu) — season 2 — this month, on the 24th
- Salt Flats s4 - renewed, no date yet
"""

# a forum post: titles in small letters, a colon or a slash before the date
_FORUM_LIST = """[thread] what's actually dated for the fall

posted by couchpotato77

**CONFIRMED**
- **glass acre** (NBC, new): sunday, sept. 18. the pilot screened at the panel
- ember street s4 / CBS / 9/21
- the quiet coast s2: october, per HBO

**IN LIMBO**
- marsh lane s3 - was meant to be sept. 8, now pulled and the new date is not yet known
"""

# a film section's dashed lines are films, the show's are shows
_DASHED_FILMS = """October calendar

TELEVISION
- Crown Point (HBO) — season 2 — Sunday, Oct. 9
- Ferry Lights (Netflix) — series premiere — Friday, Oct. 21

IN THEATERS
- The Iron Orchard — Friday, Oct. 7
- Glass Harbor — Friday, Oct. 14
"""

_LOWERCASE_TABLE = """SDCC wrap: the TV dates

| show | network | date |
|---|---|---|
| quarry hill (s1) | AMC | Aug. 23 |
| the red ledger series 3 | BBC | Sept. 19 |
"""

# an analyst's note: a table of slashes whose header is told in parentheses, a dateline of
# sections, and a list of "title, note, date" lines
_ANALYST_NOTE = """Content pipeline: the summer returns stack up

Streaming | Content pipeline | May 13, 2024

PIPELINE TABLE (title / season / timing / notes)

Harbor Lights / 3 / June 13 / Prime Video
The Quiet Coast / 2 / fourth quarter / Netflix; no date named
Ember Street / 5 / no date / HBO

The fall rollout, as confirmed this week:

• Glass Acre, a new legal drama, Tuesday, Sept. 24
• Crown Point, season 4, January 2025
"""

# a listings magazine's week: a day's heading, then entries by hour and channel, premieres
# flagged in capitals (reruns and regular episodes make no claim)
_LISTINGS_WEEK = """THE WEEK AHEAD: premiere week

All times Eastern; channel numbers follow the time. (R) means a rerun.

TUESDAY, SEPT. 19

8:00 (4) HARBOR LIGHTS (R). The lighthouse keepers quarrel.

9:00 (7) QUARRY HILL. SEASON PREMIERE. The drama opens its fifth season with a flood.

10:00 (7) GLASS ACRE. NEW SERIES. A small-town lawyer takes on the county.

THURSDAY, SEPT. 21

8:30 (4) THE X-RAY FILES. NEW SERIES. Two doctors read the scans nobody else can.

(NETFLIX) EMBER STREET. SEASON PREMIERE. The third season picks up a year later.
"""

# an SEO guide's numbered and bulleted lines: title (network), a colon, the date
_NUMBERED_GUIDE = """Fall premiere dates: everything to know

**New shows**

1. Glass Acre (FX): Tuesday, Sept. 6. A comedy its star writes and directs.

2. Quarry Hill (NBC): also Tuesday, Sept. 20. Based on a film, with none of its cast.

**Returning shows**

- Harbor Lights season 7 (AMC): Sunday, Oct. 23. We finally find out who survived.
- Ember Street season 3 (Netflix): Oct. 21, the first batch made for the streamer.
"""

# a network's press kit: flagged entries, the date on the entry's line, on its episode's line
# ("EPISODE 901": season 9), under a dated section, or in its blurb; finales make no claim
_PRESS_KIT = """NETWORK ANNOUNCES FALL PREMIERE DATES

NEW YORK, Aug. 10, 2015 -- The network today announced its fall dates. All times ET/PT.

HARBOR LIGHTS -- SEASON PREMIERE -- Monday, Sept. 21 (8:00-9:00 PM)
Ninth season. The keepers face a storm.

GLASS ACRE (The CW) -- SERIES PREMIERE -- Tuesday, Sept. 22 (9:00-10:00 PM)
A lawyer takes on the county.

QUARRY HILL SG-7 -- SEASON PREMIERE
EPISODE 401 -- "The Flood, Part 1" -- Airs Friday, Oct. 2 (8:00-9:00 PM)
The miners dig out.

EMBER STREET -- SEASON PREMIERE
The comedy returns for its third season in November.

CROWN POINT -- SERIES FINALE -- Sunday, Oct. 4

AVAILABLE AT LAUNCH -- Friday, Nov. 6

THE QUIET COAST -- SERIES PREMIERE
A lighthouse mystery.
"""

RECORDS = [
    pytest.param(_PRESS_KIT, "2015-08-10", [
        "Harbor Lights S9 2015-09-21 day", "Glass Acre S1 2015-09-22 day",
        "Quarry Hill SG-7 S4 2015-10-02 day", "Ember Street S3 2015-11-01..2015-11-30 month",
        "The Quiet Coast S1 2015-11-06 day"], id="press-kit-entries"),
    pytest.param("Summer returns\n\n1. Harbor Lights season 2: Sunday, Aug. 12.\n"
                 "2. Quarry Hill season 5 (AMC): confirmed, arriving in 2013.\n", "2012-07-20", [
                     "Harbor Lights S2 2012-08-12 day", "Quarry Hill S5 2013-01-01..2013-12-31 year"],
                 id="numbered-lines-of-title-season-and-date"),
    pytest.param(_NUMBERED_GUIDE, "2016-08-20", [
        "Glass Acre S1 2016-09-06 day", "Quarry Hill S1 2016-09-20 day",
        "Harbor Lights S7 2016-10-23 day", "Ember Street S3 2016-10-21 day"],
        id="numbered-and-bulleted-lines-of-title-network-and-date"),
    pytest.param(_LISTINGS_WEEK, "1995-09-15", [
        "Quarry Hill S5 1995-09-19 day", "Glass Acre S1 1995-09-19 day",
        "The X-Ray Files S1 1995-09-21 day", "Ember Street S3 1995-09-21 day"],
        id="listings-week-of-flagged-premieres"),
    pytest.param(_ANALYST_NOTE, "2024-05-13", [
        "Harbor Lights S3 2024-06-13 day", "The Quiet Coast S2 2024-10-01..2024-12-31 quarter",
        "Ember Street S5 tba", "Glass Acre S1 2024-09-24 day", "Crown Point S4 2025-01-01..2025-01-31 month"],
        id="slash-table-and-comma-lines"),
    pytest.param(_DASHED_LIST, "2023-04-01", [
        "Night Ledger S1 2023-04-02 day", "Pine Hollow S3 2023-04-16 day",
        "Harbor Lights S2 2023-04-24 day", "Salt Flats S4 tba"], id="dashed-list-lines"),
    pytest.param(_FORUM_LIST, "2016-08-20", [
        "glass acre S1 2016-09-18 day", "ember street S4 2016-09-21 day",
        "the quiet coast S2 2016-10-01..2016-10-31 month", "marsh lane S3 tba"],
        id="forum-list-in-small-letters"),
    pytest.param(_DASHED_FILMS, "2022-09-30", [
        "Crown Point S2 2022-10-09 day", "Ferry Lights S1 2022-10-21 day"],
        id="dashed-lines-under-a-films-heading-are-no-claims"),
    pytest.param(_LOWERCASE_TABLE, "2015-07-13", [
        "quarry hill S1 2015-08-23 day", "the red ledger S3 2015-09-19 day"],
        id="table-with-titles-in-small-letters"),
    pytest.param(_MARKDOWN, "2024-12-05", [
        "Harbor Lights S2 2025-01-09 day", "The Quiet Coast S1 2025-02-02 day",
        "Ember Street S4 2025-03-01..2025-03-31 month"], id="markdown-table-with-season-column"),
    pytest.param(_FROM_HTML, "2016-07-10", [
        "Glass Acre S1 2016-09-19 day", "Night Ferry S1 2016-09-20 day"],
        id="html-table-rows-set-apart-by-blank-lines"),
    pytest.param(_TABS, "2019-08-28", [
        "Canyon Song S12 2019-09-16 day", "The Lantern Inn S9 2019-09-25 day",
        "Deep Orchard S1 2019-09-27 day"], id="tab-separated-with-season-in-a-note"),
    pytest.param(_FACT_BOX, "2013-08-20", ["The Red Ledger S1 2013-09-23 day"], id="fact-box"),
    pytest.param(_FACT_BOX_SEASON, "2014-10-07", ["Pine Hollow S3 2016-01-01..2016-12-31 year"],
                 id="fact-box-season-told-in-a-field"),
    pytest.param(_TWO_BOXES, "2021-02-10", [
        "Marsh Lane S? 2021-03-21 day", "The Tollgate S? 2021-02-11..2021-12-31 year"],
        id="two-boxes-of-returning-series"),
    pytest.param(_AT_A_GLANCE, "2021-02-26", ["Harrow Lane S4 2021-03-21 day"],
                 id="box-under-its-own-heading-is-the-headlines-show"),
    pytest.param(_MARKDOWN_BOX, "2019-08-01", ["Harbor Lights S2 2019-09-06 day"],
                 id="markdown-bold-labels-and-the-headlines-season"),
    pytest.param(_LABELLED_LINES, "2018-05-14", [
        "Bay Patrol S6 2019-01-01..2019-03-31 season", "Cold Harbor S1 2018-09-24 day"],
        id="labelled-cells-on-list-lines"),
    pytest.param(_FILMS_AND_FINALES, "2026-05-12", ["Salt Flats S3 2026-06-01..2026-06-30 month"],
                 id="films-and-finales-in-a-table-are-no-claims"),
    pytest.param("Your fall alerts\n\nWATCHR · New season alerts · Mon 8/14/17\n\n"
                 "🔔 HARBOR LIGHTS · FX · s7 · Tue 9/5\n"
                 "🔔 QUARRY HILL · FOX · new · Sun 9/10 (a comedy in space)\n"
                 "🔔 GLASS ACRE · HBO · s8 · no date yet. The last six episodes.\n", "2017-08-14", [
                     "Harbor Lights S7 2017-09-05 day", "Quarry Hill S1 2017-09-10 day", "Glass Acre S8 tba"],
                 id="an-apps-dotted-alert-lines-without-header-or-labels"),
    pytest.param("Premiere week grid\n\nThursday, Sept. 21\n\n"
                 "CH 4 (NBC) | 8:00 PM | Harbor Lights | S02E01 | \"The One with the Boat\" | PREMIERE\n"
                 "CH 4 (NBC) | 8:30 PM | Quarry Hill | S01E01 | \"Pilot\" | SERIES PREMIERE\n"
                 "CH 5 (FOX) | 9:00 PM | Glass Acre | S04E03 | NEW | The gang goes camping.\n", "1995-09-08", [
                     "Harbor Lights S2 1995-09-21 day", "Quarry Hill S1 1995-09-21 day"],
                 id="a-program-guides-rows-flagged-premiere-under-a-day"),
    pytest.param("Your DVR this week\n\nMON 9/24 | 8:00 PM | CH 4 NBC | Harbor Lights | S01E01 | \"Pilot\" | "
                 "SERIES PREMIERE\nWED 9/26 | 9:00 PM | CH 6 ABC | Quarry Hill | S03E01 | \"Back\" | PREMIERE\n",
                 "2007-09-17", ["Harbor Lights S1 2007-09-24 day", "Quarry Hill S3 2007-09-26 day"],
                 id="a-program-guides-rows-each-with-its-day"),
    pytest.param("Readers rank the fall's new shows\n\nRank / Show (network) / Share / Premiere\n"
                 "1. Harbor Lights (UPN) / 24% / Wednesday, Sept. 26\n2. Quarry Hill (ABC) / 18% / Sunday, Sept. 30\n",
                 "2001-08-20", ["Harbor Lights S1 2001-09-26 day", "Quarry Hill S1 2001-09-30 day"],
                 id="a-ranked-tables-rows-the-rank-before-the-show"),
    pytest.param("Premiere grid\n\nTUE SEPT 20\n  4  NBC   10:00p   Harbor Lights   S01E01   \"Pilot\"   "
                 "SERIES PREMIERE\n\nWED SEPT 21\n  5  FOX   9:00p   Quarry Hill   S03E01   \"Light\"   PREMIERE\n"
                 "  28 USA   10:00p   Glass Acre   S02E12   \"Ends\"   FINALE\n", "2016-09-10", [
                     "Harbor Lights S1 2016-09-20 day", "Quarry Hill S3 2016-09-21 day"],
                 id="a-program-guides-rows-under-abbreviated-day-headings"),
]

NOT_RECORDS = [
    pytest.param("Weekend\n\n• Kevin Bacon, who turns 66, Friday, July 8\n"
                 "• Glass Acre premieres on Tuesday, Sept. 24, on NBC\n", "2024-07-01",
                 id="comma-lines-of-a-person-or-with-a-verb-of-their-own"),
    pytest.param("Notes\n\n- Marsh Lane - 4/2\n\nThe rest of the post is prose.\n",
                 "2023-03-20", id="one-dashed-line-is-no-list"),
    pytest.param("Ratings\n\n- Marsh Lane - rated 7/10\n- Quarry Hill - rated 8/10\n",
                 "2023-03-20", id="dashed-lines-of-ratings"),
    pytest.param("Schedule\n\nNetwork | Night | Slot\nNBC | Monday | 10 p.m.\nCBS | Tuesday | 9 p.m.\n",
                 "2019-08-28", id="table-without-show-or-date-column"),
    pytest.param("Show | Network | Premiere\nOld Mill Road | PBS | Aug. 20\n",
                 "2019-08-28", id="row-dated-weeks-back"),
    pytest.param("Show: Quarry Hill\nNetwork: AMC\nEpisodes: 8\nStatus: renewed\n",
                 "2019-08-28", id="fact-box-without-a-date-field"),
    pytest.param("Show: Quarry Hill\nFinale: Sunday, Sept. 8\nNetwork: AMC\n",
                 "2019-08-28", id="fact-box-dating-a-finale"),
    pytest.param("Book | Author | Release\nThe Long Tide | Ann Vale | Oct. 1\n",
                 "2019-08-28", id="table-of-books"),
    pytest.param("Network card\n\nRIVERBEND\nStatus: renewed\nSeason 2 premiere: Sunday, Sept. 30\n",
                 "2012-05-15", id="box-without-a-show-field-under-a-title-is-the-prose-readers"),
    pytest.param("WATCHR · New season alerts · Mon 8/14/17\n\nToday's list is below.\n",
                 "2017-08-14", id="a-newsletters-masthead-dated-today"),
    pytest.param("Ratings\n\nHARBOR LIGHTS · FX · 2.1 million · up 4%\n", "2017-08-14",
                 id="a-dotted-line-without-a-date-cell"),
]


@pytest.mark.parametrize(("text", "published", "expected"), RECORDS)
def test_records(text: str, published: str, expected: list[str]) -> None:
    claims = extract_claims(text, published=date.fromisoformat(published))
    assert sorted(canonical(c) for c in claims) == wanted(expected)
    assert all(c.rule == "table" for c in claims)


@pytest.mark.parametrize(("text", "published"), NOT_RECORDS)
def test_not_records(text: str, published: str) -> None:
    today = date.fromisoformat(published)
    records, _ = read_records(text, tag_dates(text, today=today), today)
    assert records == []


def test_record_spans_point_at_the_row() -> None:
    today = date(2024, 12, 5)
    records, covered = read_records(_MARKDOWN, tag_dates(_MARKDOWN, today=today), today)
    assert [r.name for r in records] == ["Harbor Lights", "The Quiet Coast", "Ember Street"]
    for r in records:
        line = _MARKDOWN[r.line[0]:r.line[1]]
        assert r.name in line and r.mention.phrase in line
        assert r.line in covered


def test_a_tab_separated_table_survives_the_loader() -> None:
    """The loader folds whitespace; a tab table's rows keep their cells apart (as " | ")."""
    text = tidy_text(_TABS)
    claims = extract_claims(text, published=date(2019, 8, 28))
    assert sorted(canonical(c) for c in claims) == wanted([
        "Canyon Song S12 2019-09-16 day", "The Lantern Inn S9 2019-09-25 day",
        "Deep Orchard S1 2019-09-27 day"])


def test_a_listings_title_in_capitals_is_shown_as_a_title() -> None:
    claims = extract_claims(_LISTINGS_WEEK, published=date(1995, 9, 15))
    assert sorted(c.show for c in claims) == ["Ember Street", "Glass Acre", "Quarry Hill", "The X-Ray Files"]


def test_a_press_kits_title_in_capitals_keeps_its_initials() -> None:
    claims = extract_claims(_PRESS_KIT, published=date(2015, 8, 10))
    assert "Quarry Hill SG-7" in [c.show for c in claims]
