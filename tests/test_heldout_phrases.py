"""The temporal grammar against tables of news phrases written blind, through `tracker when`.

tests/heldout/phrases was written by a teammate who had read only DESIGN.md ("Temporal
grammar"), never the code or tests/temporal_cases.py: 241 sentences with one date phrase each
and the window DESIGN.md gives it, and 63 look-alike sentences with no date at all. Where
DESIGN.md fixes nothing ("next Tuesday" said on a Monday, "in two weeks"), the writer noted the
reading chosen in a "convention" field; those rows may disagree with the README's conventions,
so the test keeps a floor, not a perfect score. When the table was written the grammar read 232
of the 241 right and kept 61 of the 63 look-alikes dateless; the floors sit at today's score.

tests/heldout/phrases2 was written the same way a year of sessions later (220 phrases, 60
look-alikes), asking for what the first table left out: British and Australian day-first forms,
"a week from today", "the first six months of 2025", "between mid-May and early June", TBA
wording such as "will be confirmed in due course". The grammar read 207 of the 220 right and
kept 59 of the 60 look-alikes dateless when it arrived; the rules it prompted brought that to 212
and 60. "September twenty-second" was read once the third table asked for it too (213).
Three later tables wrote "in two weeks" as that very day, against this one's "the week around
it"; the grammar now agrees with them, and reads "in a few days" as the next 7 days, "a week
from today", and "9.22" beside a premiere verb or noun (218). Two are still read otherwise:
"in the new year" is its first quarter (held-out articles label it January to March or April,
not the whole year), and a weekday said on that weekday is today.

tests/heldout/phrases3, the third, puts each phrase in a long sentence among the numbers news
carries (episode counts, ages, money, "9/8c", titles such as "1923" and "9-1-1"), with headline
and listing rows. The grammar read 201 of its 220 and kept 58 of its 60 look-alikes dateless
when it arrived; 214 and 60 after the rules it prompted; 219 after the fifth table's session
("in two weeks" as that day, "9.22", "the Wednesday after next").

tests/heldout/phrases4, the fourth, varies the wording around each date ("penciled in for",
"won't arrive until", "Friday, the 13th", British "Wednesday week") and counts days from a day
just told ("two days later", "that Friday", "a week after that"): 194 of 220 when it arrived,
209 after (the look-alikes, 59 and 60); 215 after the fifth table's session ("in three weeks'
time" as that day, "a month later", "the week after Labor Day", "the next night at 10 p.m.").

tests/heldout/phrases5, the fifth, weights its rows as real trade-press, wire and UK articles
weight them (mostly exact dates in each outlet's style, then seasons and year windows, TBA
wording, some relative days). 208 of 220 and 57 of 60 look-alikes dateless when it arrived;
219 and 60 after the rules it prompted (a weekday after "returns for its second season",
"brings X back in February", "mid-month", four TBA wordings, "1923 star Helen Mirren" as a
title). The one left is "in two weeks" as a Monday-to-Sunday week, which its writer chose and
three other tables did not.

tests/heldout/phrases6, the sixth, asked for what the five left out: holidays (Easter Monday,
Good Friday, St Stephen's Day, Super Bowl Sunday, Britain's bank holidays), a network's "fall
schedule", "next TV season", "the turn of the year", British "Sunday week" and "in a
fortnight", and TBA wording ("dates are yet to be locked", "is anyone's guess", "kept mum on a
release date"). 189 of 220 when it arrived; 211 after the rules it prompted. Of the nine left,
four are conventions this grammar keeps on purpose ("no earlier than March" and "not before
autumn" are hedges, which keep their window, where its writer ran them to the end of the year;
"in the new year" is its first four months, and "next Thursday" said on a Monday is that
week's), three need the outlet's country (an Australian "this spring" is September to
November and "over the summer" December to February; an Indian "02/10/2022" is day first),
and two are not read at all (Diwali's lunar date, "3Q"). Nine of its sixty look-alikes
do name a date, one that is no premiere ("Filming began on March 3", "a trailer released on
Monday", a story "set in 2049"): the grammar reports every date by design and leaves premieres
to the extractor, so those nine are listed in DATED_LOOKALIKES and the other 51 must stay
dateless.

tests/heldout/phrases7, the seventh, weights its rows as news weights them (125 exact days in
every outlet's style, then windows, relative days, moves and 25 TBA wordings), each in a
sentence crowded with other numbers. 214 of 220 with the rules the session began with, 215
with phrases6's; 220 after the rules it prompted ("begins its final 11 episodes Thursday",
"pushed season 2 from October to January" as the new month, a headline's "Eyes 2027 Return",
"an exact premiere date is still to come", "Release Date Still Unknown"). Its 60 look-alikes
were dateless from the start.

tests/heldout/phrases8, the eighth, takes its rows from what the others under-weighted:
Title Case headlines, list and listing lines, quotes, asides, dates told from other events
("right after the Super Bowl", "the week after the Super Bowl", "once the strike ends") and
non-US outlets. 183 of 220 with the rules the session began with, 186 with phrases6's and
phrases7's, 204 after its own (a quoted verb as the tense's cue, "in time for an early March
debut", "ahead of Friday's premiere", "tmrw", "within the next month", Australia Day, Canada
Day, Hogmanay, Black Friday, the day of the Super Bowl, "before Christmas" up to Christmas
Eve, six TBA wordings, "the cast of 1923, the Yellowstone prequel" as a title). "Sets October
Premiere" in a Title Case headline was read too, then dropped: the extractor gave the month to
the headline's show on four held-out sets, two of them never opened. Of the 16 left, five are
conventions or need the outlet's country (an Indian Independence Day, an Irish day-first date,
an Australian spring, "in the new year" as the whole year, "next Saturday" said on a
Thursday), and eleven are not read (a date counted from an event, "over three nights starting
Jan. 6", a day range with weekdays, a quoted month or holiday at a sentence's head, "the
Sunday after the Super Bowl", "the day after Thanksgiving", "between Christmas and New Year",
an Irish Easter weekend from Good Friday, "post-Super Bowl slot").
tests/heldout/phrases9, the ninth, takes its rows from the plain prose of entertainment news
sites: the premiere's date inside a long sentence with another, non-premiere date or number
beside it, dates in every site's style, windows, moves and TBA wording. 214 of 220 with the
rules the session began with, and 59 of its 60 look-alikes dateless; the one dated was a quoted
"'1923'" after "prequel", a title, which the grammar now leaves alone (60 of 60). Its six misses
were not looked into: the table stays a blind check.
tests/heldout/phrases10, the tenth, was written from the same brief as phrases9, weighted toward
shows written about less (cable and streaming dramas, British and Australian series, anime,
reality) and years 2006-2026. 216 of 220 with the rules the session began with, and its 60
look-alikes dateless. Its four misses were not looked into either.
tests/heldout/phrases11, the eleventh, from the same brief weighted toward late-night and
daytime, kids' shows, Canadian, Indian and Korean series, docuseries, game shows and soaps:
215 of 220 with the rules the session began with, and 59 of 60 look-alikes dateless. This one
was opened: "the week beginning 7 November", "in H2", "forward to 7/4", "no airdate" and a
renewed "'1923'" were new to the grammar (219 and 60 now; the one left, "in the new year" read
as January-April where the row wants the whole year, is a convention).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli

TABLE = Path(__file__).resolve().parent / "heldout" / "phrases"
TABLE2 = Path(__file__).resolve().parent / "heldout" / "phrases2"
TABLE3 = Path(__file__).resolve().parent / "heldout" / "phrases3"
TABLE4 = Path(__file__).resolve().parent / "heldout" / "phrases4"
TABLE5 = Path(__file__).resolve().parent / "heldout" / "phrases5"
TABLE6 = Path(__file__).resolve().parent / "heldout" / "phrases6"
TABLE7 = Path(__file__).resolve().parent / "heldout" / "phrases7"
TABLE8 = Path(__file__).resolve().parent / "heldout" / "phrases8"
TABLE9 = Path(__file__).resolve().parent / "heldout" / "phrases9"
TABLE10 = Path(__file__).resolve().parent / "heldout" / "phrases10"
TABLE11 = Path(__file__).resolve().parent / "heldout" / "phrases11"
# phrases6 look-alikes that name a real date which is not a premiere (see above)
DATED_LOOKALIKES = frozenset(("y25", "y36", "y37", "y39", "y40", "y41", "y42", "y43", "y46"))


def _rows(name: str, table: Path = TABLE) -> list[dict[str, str]]:
    with open(table / name, encoding="utf-8") as rows:
        return [json.loads(line) for line in rows if line.strip()]


def _when(text: str, today: str) -> tuple[int, list[dict[str, str]]]:
    result = CliRunner().invoke(cli, ["when", text, "--today", today, "-f", "json"])
    return result.exit_code, json.loads(result.stdout) if result.exit_code == 0 else []


def _misread(rows: list[dict[str, str]]) -> list[str]:
    wrong = []
    for row in rows:
        _, found = _when(row["text"], row["today"])
        if not any((f["start"], f["end"]) == (row["start"], row["end"]) for f in found):
            wrong.append(f"{row['id']} {row['phrase']!r} on {row['today']}: "
                         f"{[(f['phrase'], f['start'], f['end']) for f in found]}")
    return wrong


def _dated(rows: list[dict[str, str]]) -> list[str]:
    dated = []
    for row in rows:
        code, found = _when(row["text"], row["today"])
        if code != 1:
            dated.append(f"{row['id']} {row['text']!r}: {[f['phrase'] for f in found]}")
    return dated


# (table, phrases it must read right at least; every look-alike must stay dateless)
TABLES = [(TABLE, 239), (TABLE2, 218), (TABLE3, 219), (TABLE4, 215), (TABLE5, 219), (TABLE6, 211),
          (TABLE7, 220), (TABLE8, 204), (TABLE9, 214), (TABLE10, 216), (TABLE11, 219)]


@pytest.mark.parametrize(("table", "floor"), TABLES, ids=[t.name for t, _ in TABLES])
def test_blind_table_reads_its_phrases_right(table: Path, floor: int) -> None:
    rows = _rows("phrases.jsonl", table)
    wrong = _misread(rows)
    assert len(rows) - len(wrong) >= floor, "\n".join(wrong)


@pytest.mark.parametrize("table", [t for t, _ in TABLES], ids=[t.name for t, _ in TABLES])
def test_blind_table_lookalikes_stay_dateless(table: Path) -> None:
    rows = [row for row in _rows("negatives.jsonl", table)
            if not (table == TABLE6 and row["id"] in DATED_LOOKALIKES)]
    dated = _dated(rows)
    assert not dated, "\n".join(dated)


def test_dated_lookalikes_do_name_a_date() -> None:
    # (the exemption above stays honest: each exempt row really holds a date, and no other does)
    dated = {line.split()[0] for line in _dated(_rows("negatives.jsonl", TABLE6))}
    assert dated == DATED_LOOKALIKES
