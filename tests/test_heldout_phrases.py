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
when it arrived; 214 and 60 after the rules it prompted; 218 after the fifth table's session
("in two weeks" as that day, "9.22", "the Wednesday after next").

tests/heldout/phrases4, the fourth, varies the wording around each date ("penciled in for",
"won't arrive until", "Friday, the 13th", British "Wednesday week") and counts days from a day
just told ("two days later", "that Friday", "a week after that"): 194 of 220 when it arrived,
209 after (the look-alikes, 59 and 60); 213 after the fifth table's session ("in three weeks'
time" as that day, "a month later", "the week after Labor Day").
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli

TABLE = Path(__file__).resolve().parent / "heldout" / "phrases"
TABLE2 = Path(__file__).resolve().parent / "heldout" / "phrases2"
TABLE3 = Path(__file__).resolve().parent / "heldout" / "phrases3"
TABLE4 = Path(__file__).resolve().parent / "heldout" / "phrases4"


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


def test_blind_phrases_read_right_at_least_239_of_241() -> None:
    rows = _rows("phrases.jsonl")
    wrong = _misread(rows)
    assert len(rows) - len(wrong) >= 239, "\n".join(wrong)


def test_blind_lookalikes_stay_dateless() -> None:
    dated = _dated(_rows("negatives.jsonl"))
    assert not dated, "\n".join(dated)


def test_second_blind_table_reads_at_least_218_of_220() -> None:
    rows = _rows("phrases.jsonl", TABLE2)
    wrong = _misread(rows)
    assert len(rows) - len(wrong) >= 218, "\n".join(wrong)


def test_second_table_lookalikes_stay_dateless() -> None:
    dated = _dated(_rows("negatives.jsonl", TABLE2))
    assert not dated, "\n".join(dated)


def test_third_blind_table_reads_at_least_218_of_220() -> None:
    rows = _rows("phrases.jsonl", TABLE3)
    wrong = _misread(rows)
    assert len(rows) - len(wrong) >= 218, "\n".join(wrong)


def test_third_table_lookalikes_stay_dateless() -> None:
    dated = _dated(_rows("negatives.jsonl", TABLE3))
    assert not dated, "\n".join(dated)


def test_fourth_blind_table_reads_at_least_213_of_220() -> None:
    rows = _rows("phrases.jsonl", TABLE4)
    wrong = _misread(rows)
    assert len(rows) - len(wrong) >= 213, "\n".join(wrong)


def test_fourth_table_lookalikes_stay_dateless() -> None:
    dated = _dated(_rows("negatives.jsonl", TABLE4))
    assert not dated, "\n".join(dated)
