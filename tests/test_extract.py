"""tracker.extract: one table row per rule and per trap, compared as canonical claim strings.

A row is (text, publication date, expected claims). Claims are compared as
"<show> S<season|?> <window>" strings, the show part normalized with `show_key` on both sides,
so "The Defenders S1 2017-01-01..2017-12-31 year" matches a claim about "Defenders".
Every sentence here was written for these tests; expectations follow DESIGN.md ("Temporal
grammar", "Show mentions", "Evaluation corpus format"), not the extractor's current output.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_claims
from tracker.extract.document import parse_document
from tracker.extract.titles import title_like
from tracker.model import Claim, EventKind, Kind, Window
from tracker.names import from_capitals, show_key

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_e5cd4f949539380c.txt"
SEED_PUBLISHED = date(2016, 1, 14)
SEED_CLAIMS = [
    "Jessica Jones S2 tba",
    "Daredevil S2 2016-03-18 day",
    "Luke Cage S1 2016-03-19..2016-12-31 year",  # "later in the year", after March 18, 2016
    "Iron Fist S1 2017-01-01..2017-12-31 year",
    "The Defenders S1 2017-01-01..2017-12-31 year",
]

_EXPECTED = re.compile(r"(?P<show>.+) (?P<season>S(?:\d+|\?)) (?P<window>\S+(?: \w+)?)")


def canonical(claim: Claim) -> str:
    season = "S?" if claim.season is None else f"S{claim.season}"
    return f"{claim.key} {season} {claim.window}"


def normalized(expected: str) -> str:
    """An expected line in the same form as `canonical` (show key, window re-printed)."""
    m = _EXPECTED.fullmatch(expected)
    assert m is not None, f"badly written expectation: {expected!r}"
    return f"{show_key(m['show'])} {m['season']} {Window.from_str(m['window'])}"


def extracted(text: str, published: str, known: tuple[str, ...] = ()) -> list[str]:
    claims = extract_claims(text, published=date.fromisoformat(published), known_titles=known)
    return sorted(canonical(c) for c in claims)


def wanted(expected: list[str]) -> list[str]:
    return sorted(normalized(e) for e in expected)


def row(case_id: str, text: str, published: str, expected: list[str], *marks: pytest.MarkDecorator):
    return pytest.param(text, published, expected, id=case_id, marks=marks)


# ── the seed article ─────────────────────────────────────────────────────────────────────


def test_a_title_is_shown_with_the_the_the_article_gives_it() -> None:
    # "Iron Fist and Defenders are expected ...", where the article also writes "The Defenders"
    text = ("Streaming slate\n\nThere is plenty on the way (and possibly even The Lantern Men). "
            "Night Desk and Lantern Men are expected to premiere sometime in 2017.")
    claims = extract_claims(text, published=date(2016, 1, 14))
    assert sorted(c.show for c in claims) == ["Night Desk", "The Lantern Men"]


def test_seed_article_gives_exactly_its_five_claims() -> None:
    if not SEED.is_file():
        pytest.skip(f"the shared seed article is not here ({SEED})")
    text = SEED.read_text(encoding="utf-8")
    assert extracted(text, SEED_PUBLISHED.isoformat()) == wanted(SEED_CLAIMS)
    names = sorted(c.show for c in extract_claims(text, published=SEED_PUBLISHED))
    assert names == ["Daredevil", "Iron Fist", "Jessica Jones", "Luke Cage", "The Defenders"]


# The same facts in words written for this test: a renewal, a dated season, a window after
# that date, a coordinated pair in 2017, and every trap of the original (comics, the film,
# the actor, the press tour, the network, a link to unrelated fan art).
OWN_SEED = """\
Jessica Jones Will Be Back for a Second Round

Netflix used its turn at the 2016 winter press tour to confirm that Marvel's Jessica Jones is \
coming back for a second season.

Showrunner Melissa Rosenberg told reporters she will keep borrowing from the comic Alias, \
though the show can no longer follow the books closely, and The Pulse will stay on the shelf. \
The Civil War storyline belongs to the movies, she added.

Star Krysten Ritter said she cannot wait to play the detective again.

Jessica Jones has been renewed for a second season, but no premiere date has been set. \
Daredevil season 2 arrives on March 18, 2016, and Luke Cage is due later in the year. \
Iron Fist and The Defenders are both expected to premiere sometime in 2017.

Related: Mandalorian fan art pits a bounty hunter against a tiny green alien
"""


def test_seed_facts_in_our_own_words() -> None:
    assert extracted(OWN_SEED, "2016-01-14") == wanted(SEED_CLAIMS)


# ── release cues: how a show is introduced ───────────────────────────────────────────────

CUES = [
    row("X season 2 debuts",
        "Daredevil season 2 debuts on Netflix on March 18, 2016.",
        "2016-01-14", ["Daredevil S2 2016-03-18 day"]),
    row("X season N premieres, year-less date",
        "Better Call Saul season 3 premieres April 10 on AMC.",
        "2017-01-20", ["Better Call Saul S3 2017-04-10 day"]),
    row("two shows, two year-less days out of calendar order",
        "Hulu's Shogun returns April 13 for its second season, and The Bear season 4 "
        "premieres February 16.", "2024-12-05",
        ["Shogun S2 2025-04-13 day", "The Bear S4 2025-02-16 day"]),
    row("a capitalized genre word inside an event's name is no descriptor",
        "Oshi no Ko returns for a third season. The new episodes will premiere on January 14, "
        "the studio announced at Anime NYC.", "2025-11-20", ["Oshi no Ko S3 2026-01-14 day"]),
    row("a title ending in a capitalized 'It'",
        "After a year off, Peacock brought back Killing It for a third season, which starts "
        "in spring 2026.", "2025-06-01", ["Killing It S3 2026-03-01..2026-05-31 season"]),
    row("a possessive's next series, beside another show's date",
        "Taskmaster will be back in the new year, and Shetland's next series starts in the "
        "spring on BBC One.", "2024-11-15",
        ["Taskmaster S? 2025-01-01..2025-04-30 year", "Shetland S? 2025-03-01..2025-05-31 season"]),
    row("a Title Case headline: subject, capitalized verb, date",
        "The Day of the Jackal Debuts Next Thursday on Peacock\n\nEddie Redmayne plays the "
        "assassin in the thriller.", "2024-11-07",
        ["The Day of the Jackal S1 2024-11-14 day"]),
    row("two names owning a title are part of it",
        "The new comedy Georgie & Mandy's First Marriage has been held until midseason.",
        "2024-08-01", ["Georgie & Mandy's First Marriage S1 2025-01-01..2025-03-31 season"]),
    row("an actor back for another title's season is no title, and their date not the show's",
        "Kristen Bell returns for season 2 of Nobody Wants This\n\nKristen Bell and Adam "
        "Brody are back for the second season of the Netflix comedy, which arrives in "
        "October. Adam Brody returns to host SNL on Saturday.", "2025-06-01",
        ["Nobody Wants This S2 2025-10-01..2025-10-31 month"]),
    row("a title beginning with a question word, in mid-sentence",
        "October brings the return of What We Do in the Shadows for its sixth and final "
        "season on October 21.", "2024-09-01",
        ["What We Do in the Shadows S6 2024-10-21 day"]),
    row("a title beginning with 'Will' keeps it",
        "Will Trent returns for its third season on January 7.", "2024-12-01",
        ["Will Trent S3 2025-01-07 day"]),
    row("a question headline: its 'Is' is no title word",
        "Is Ted Lasso coming back for season 4?\n\nApple says yes, though no date has been "
        "set for the fourth season.", "2025-03-26", ["Ted Lasso S4 tba"]),
    row("a title ending in a capitalized abbreviation after a colon",
        "Grosse Pointe Garden Society premieres Feb. 23, and Suits: LA follows on "
        "March 6.", "2024-12-01",
        ["Grosse Pointe Garden Society S1 2025-02-23 day", "Suits: LA S1 2025-03-06 day"]),
    row("a headline's 'return for X', dated in the body",
        "NBC sets January return for Found\n\nThe drama will return on Sunday, Jan. 5 with "
        "back-to-back episodes.", "2024-12-01", ["Found S? 2025-01-05 day"]),
    row("a review's headline subject 'ends its season', the renewal in the body",
        "Review: Hacks ends its third season on a high\n\nThe finale streamed Thursday. Max "
        "renewed the comedy for a fourth season last month, and it points to a spring 2025 "
        "return.", "2024-06-01", ["Hacks S4 2025-03-01..2025-05-31 season"]),
    row("a TV-tonight guide: a time slot and a channel are no title, a finale no premiere",
        "TV tonight\n\n9pm, ITV1: Vera returns tonight for its final series.\n\n"
        "Coming up on Friday: Bad Sisters series 2 reaches its finale on Apple TV+.",
        "2025-01-02", ["Vera S? 2025-01-02 day"]),
    row("the anime adaptation of X",
        "Meanwhile, the anime adaptation of Witch Hat Atelier has been delayed to 2026.",
        "2025-04-01", ["Witch Hat Atelier S1 2026-01-01..2026-12-31 year"]),
    row("a title spelled out in capitals inside a lowercase sentence",
        "How I Met Your Father resumes its second season on January 24.", "2023-01-05",
        ["How I Met Your Father S2 2023-01-24 day"]),
    row("two multi-word titles joined by 'and' before a neutral verb",
        "Chicago Med and Chicago Fire will pick back up on January 8, the network said.",
        "2023-12-15", ["Chicago Med S? 2024-01-08 day", "Chicago Fire S? 2024-01-08 day"]),
    row("fans of X, then the drama is off until a date",
        "Fans of Yellowjackets must wait: the Showtime drama is off until February 14.",
        "2024-12-01", ["Yellowjackets S? 2025-02-14 day"]),
    row("a participle aside between subject and verb",
        "Lucifer, rescued by Netflix after Fox cancelled it, finally debuts its fourth season "
        "on May 8.", "2019-04-01", ["Lucifer S4 2019-05-08 day"]),
    row("a title before 'with <other show> creator' ends at 'with'",
        "HBO is developing Lanterns with Watchmen writer Damon Lindelof. No premiere date "
        "has been set.", "2023-10-01", ["Lanterns S1 tba"]),
    row("a headline's series number and month; a renewal told after the date is the next one",
        "Gentleman Jack series 2: HBO sets April date\n\nGentleman Jack will return on HBO on "
        "Monday 11 April, the network said. A third series has already been commissioned.",
        "2022-03-01", ["Gentleman Jack S2 2022-04-11 day", "Gentleman Jack S3 tba"]),
    row("a season said to have premiered does not become the topic's season",
        "FX Renews 'Reservation Dogs' For Season 3\n\nFX announced Tuesday that 'Reservation "
        "Dogs' has been renewed for a third season, just weeks after season two premiered. No "
        "premiere date was given.", "2022-09-01", ["Reservation Dogs S3 tba"]),
    row("a later clause's bare 'season 2' is the season its date belongs to",
        "Season 1 of Pachinko is streaming now, and season 2 arrives August 23.", "2024-06-01",
        ["Pachinko S2 2024-08-23 day"]),
    row("'will likely return', an abbreviation inside a title, 'TBA <year>'",
        "Dept. Q will likely return in late 2026. The premiere of Slow Horses season 6 is TBA "
        "2026.", "2025-11-20",
        ["Dept. Q S? 2026-09-01..2026-12-31 year", "Slow Horses S6 2026-01-01..2026-12-31 year"]),
    row("a sentence saying the show returns beats the headline's default season 1",
        "HBO at TCA: 'The Gilded Age' pushed to 2026\n\nThe Gilded Age, the network's "
        "period drama, will not return until 2026, he said.", "2025-01-15",
        ["The Gilded Age S? 2026-01-01..2026-12-31 year"]),
    row("'brings back' an actor does not make the show a returning one",
        "Daredevil: Born Again, which brings back Charlie Cox as Matt Murdock, premieres "
        "March 4.", "2025-01-10", ["Daredevil: Born Again S1 2025-03-04 day"]),
    row("an undated season told after a date is not the dated one",
        "Netflix said on Tuesday that Kaos will premiere August 29. Its second season has not "
        "been dated yet.", "2024-07-20", ["Kaos S1 2024-08-29 day", "Kaos S2 tba"]),
    row("'is listed for' a quarter in a company's calendar",
        "The letter also gave a rare look at the calendar: the mystery drama The OA is listed "
        "for Q4 2016.", "2016-04-18", ["The OA S1 2016-10-01..2016-12-31 quarter"]),
    row("a later clause 'right after it' shares the date",
        "Industry returns Sunday, January 11, and Euphoria starts its third season right after "
        "it.", "2025-12-01", ["Industry S? 2026-01-11 day", "Euphoria S3 2026-01-11 day"]),
    row("'will come in', and 'X's first season is on track for'",
        "The Crown will come in November. Netflix also said The Witcher's first season is on "
        "track for the fall.", "2016-07-25",
        ["The Crown S1 2016-11-01..2016-11-30 month", "The Witcher S1 2016-09-01..2016-11-30 season"]),
    row("two renewals in one sentence, each with its own show",
        "Paramount+ has renewed two dramas. Mayor of Kingstown will return for a fourth season, "
        "and Lioness has been picked up for season 3.", "2025-02-01",
        ["Mayor of Kingstown S4 tba", "Lioness S3 tba"]),
    row("a title described as a movie gets no date",
        "The Gorge, a sci-fi movie starring Miles Teller, hits the service February 14. "
        "Severance arrives January 17.", "2025-01-05", ["Severance S1 2025-01-17 day"]),
    row("'X starts <date>'",
        "High Potential starts September 17 on ABC.", "2024-08-25",
        ["High Potential S1 2024-09-17 day"]),
    row("an actor who 'will return as' a character is no title for the next TBA",
        "AMC renewed Better Call Saul for a fourth season. Rhea Seehorn will return as Kim "
        "Wexler. No premiere date for season 4 was announced.", "2017-01-13",
        ["Better Call Saul S4 tba"]),
    row("a headline's season for the body's date; a later season's window stays its own",
        "'Outlander' Season 4 Premiere Date Revealed\n\nStarz finally put a date on it: Outlander "
        "returns Sunday, November 4. The fifth season is expected in 2019 or 2020.",
        "2018-06-01", ["Outlander S4 2018-11-04 day", "Outlander S5 2019-01-01..2020-12-31 range"]),
    row("a season number before 'and <another title> season N'",
        "Netflix said Daredevil season 3 and Jessica Jones season 2 are both in the works.",
        "2016-04-29", ["Daredevil S3 tba", "Jessica Jones S2 tba"]),
    row("a headline's date takes the season the body names after it",
        "'Abbott Elementary' will return in the fall, ABC says\n\nABC confirmed on Monday that "
        "season 5 of Abbott Elementary will premiere October 1.", "2025-05-20",
        ["Abbott Elementary S5 2025-10-01 day"]),
    row("season N of X",
        "Season 4 of Black Mirror arrives on Netflix on December 29.",
        "2017-11-20", ["Black Mirror S4 2017-12-29 day"]),
    row("the second season of X",
        "The second season of The Handmaid's Tale will premiere on Hulu on April 25.",
        "2018-02-07", ["The Handmaid's Tale S2 2018-04-25 day"]),
    row("X is set for release",
        "Luke Cage is set for release later in the year.",
        "2016-01-14", ["Luke Cage S1 2016-01-15..2016-12-31 year"]),
    row("X returns (season unstated)",
        "After a long break, Atlanta returns to FX on March 1, 2018.",
        "2017-12-04", ["Atlanta S? 2018-03-01 day"]),
    row("X arrives for its Nth season",
        "Ozark arrives for its third season on March 27.",
        "2020-01-10", ["Ozark S3 2020-03-27 day"]),
    row("reported: Netflix said X arrives",
        "Netflix said Ozark arrives for its third season on March 27.",
        "2020-01-10", ["Ozark S3 2020-03-27 day"]),
    row("reported: FX announced X returns",
        "FX announced Atlanta returns for its second season on March 1.",
        "2017-12-04", ["Atlanta S2 2018-03-01 day"]),
    row("X season N drops",
        "The Mandalorian season 2 drops on Disney+ on October 30.",
        "2020-09-15", ["The Mandalorian S2 2020-10-30 day"]),
    row("X premieres, new series in a month",
        "Godless, a new western limited series, premieres on Netflix in November.",
        "2017-09-05", ["Godless S1 2017-11-01..2017-11-30 month"]),
    row("curly-quoted title",
        "NBC confirmed that \u201cThis Is Us\u201d will be back for its fourth season on "
        "September 24.",
        "2019-05-13", ["This Is Us S4 2019-09-24 day"]),
    row("single-quoted title",
        "HBO says 'Succession' returns for season 3 on October 17.",
        "2021-08-02", ["Succession S3 2021-10-17 day"]),
    row("coordinated subjects, two",
        "Iron Fist and The Defenders are expected to premiere sometime in 2017.",
        "2016-01-14", ["Iron Fist S1 2017-01-01..2017-12-31 year",
                       "The Defenders S1 2017-01-01..2017-12-31 year"]),
    row("coordinated subjects, three, returning",
        "Ozark, Narcos and Mindhunter will all return in the fall.",
        "2017-06-01", ["Ozark S? 2017-09-01..2017-11-30 season",
                       "Narcos S? 2017-09-01..2017-11-30 season",
                       "Mindhunter S? 2017-09-01..2017-11-30 season"]),
    row("two shows, two dates, one sentence",
        "Daredevil season 2 debuts on March 18, and Luke Cage season 1 follows on "
        "September 30.",
        "2016-01-14", ["Daredevil S2 2016-03-18 day", "Luke Cage S1 2016-09-30 day"]),
    row("the show named after the date",
        "On April 14, HBO brings back Game of Thrones for its seventh season.",
        "2017-03-01", ["Game of Thrones S7 2017-04-14 day"]),
    row("a capitalized noun after a verb in a Title Case headline",
        "CBS Sets Fall 2024 Premiere Dates: 'Tracker' Season 2 and More\n\n"
        "Tracker will kick off its second season Sunday, Oct. 13.", "2024-09-20",
        ["Tracker S2 2024-10-13 day"]),
    row("a negated return with 'until' names both shows",
        "Fire Country and S.W.A.T. will not be back until early 2025, the network said.",
        "2024-09-20", ["Fire Country S? 2025-01-01..2025-04-30 year",
                       "S.W.A.T. S? 2025-01-01..2025-04-30 year"]),
    row("a title with a colon, then a credit between commas",
        "Say Nothing will premiere on November 14, and Alien: Earth, from Noah Hawley, is due "
        "next summer.", "2024-06-03",
        ["Say Nothing S1 2024-11-14 day", "Alien: Earth S1 2025-06-01..2025-08-31 season"]),
    row("production is no title",
        "Shogun will be back. Production on Season 2 is scheduled to begin in January 2025.",
        "2024-06-03", []),
    row("the adaptation of a manga, named after it",
        "A brand-new adaptation of Kenta Shinohara's manga, Witch Watch premieres April 6 on MBS.",
        "2025-02-01", ["Witch Watch S1 2025-04-06 day"]),
    row("a reporting verb after the date is the next predicate's",
        "Peacock also set the final season of Twisted Metal for summer 2025 and said Love Island "
        "USA returns in June.", "2025-01-10",
        ["Twisted Metal S? 2025-06-01..2025-08-31 season", "Love Island USA S? 2025-06-01..2025-06-30 month"]),
    row("a capitalized preposition in mid-sentence begins a title",
        "AMC confirmed that Into the Badlands season 3 premieres April 22.", "2018-02-01",
        ["Into the Badlands S3 2018-04-22 day"]),
    row("a preposition that starts the sentence is only a capital",
        "Under Netflix's new deal, Lupin season 3 premieres on October 5.", "2023-08-01",
        ["Lupin S3 2023-10-05 day"]),
    row("a capitalized pronoun in mid-sentence is a title, 'whose' season names it",
        "Shows returning in 2025 include You, whose fifth and final season drops April 24, and "
        "Ginny & Georgia, which is expected to come back in the summer.", "2024-12-13",
        ["You S5 2025-04-24 day", "Ginny & Georgia S? 2025-06-01..2025-08-31 season"]),
    row("the day the news came is no premiere",
        "Netflix on Friday revealed that the fifth and final season of Stranger Things will hit "
        "the streamer in 2025.", "2024-12-13", ["Stranger Things S5 2025-01-01..2025-12-31 year"]),
    row("the return of X",
        "Highlights include the return of The Last of Us in April and the debut of Task in the "
        "fall.", "2024-12-04",
        ["The Last of Us S? 2025-04-01..2025-04-30 month", "Task S1 2025-09-01..2025-11-30 season"]),
    row("the return date for X",
        "The return date for Reacher is set for December 12.", "2025-06-02",
        ["Reacher S? 2025-12-12 day"]),
    row("a title with an exclamation mark, after a network's possessive",
        "Peacock's Hysteria! is slated to bow on October 18.", "2025-02-12",
        ["Hysteria! S1 2025-10-18 day"]),
    row("X hits screens again",
        "FX's Shogun hits screens again in 2026 with a second season, and Hulu's Paradise lands "
        "January 28.", "2025-01-12",
        ["Shogun S2 2026-01-01..2026-12-31 year", "Paradise S1 2025-01-28 day"]),
    row("dated X for a window; X headed our way",
        "Adult Swim dated Common Side Effects season 2 for spring 2026. Prime Video's Invincible "
        "season 4 is headed our way in 2026 as well.", "2025-07-27",
        ["Common Side Effects S2 2026-03-01..2026-05-31 season",
         "Invincible S4 2026-01-01..2026-12-31 year"]),
    row("confirmed for a month",
        "Ember Road season 2 confirmed for January 2026",
        "2025-03-22", ["Ember Road S2 2026-01-01..2026-01-31 month"]),
    row("a participle before a weekday",
        "New this week: the limited series Iron Gate, arriving Friday.",
        "2025-06-16", ["Iron Gate S1 2025-06-20 day"]),
    row("a premiere noun right after the date outweighs filming before it",
        "'Copper Lane' season 4 heads to Rome\n\nThe drama will set its fourth season in "
        "Rome, with filming planned for spring 2026 ahead of a 2027 premiere.",
        "2025-06-20", ["Copper Lane S4 2027-01-01..2027-12-31 year"]),
    row("'set sail' is a release verb",
        "The second season of Coral Bay will set sail on March 10, 2026, the streamer "
        "said.",
        "2025-11-04", ["Coral Bay S2 2026-03-10 day"]),
    row("a reporting verb just before the release verb does not make it a non-premiere",
        "Night Shift fans will have to wait, and Apple said it would debut in 2027 at "
        "the earliest.",
        "2025-12-10", ["Night Shift S1 2027-01-01..2027-12-31 year"]),
    row("'fans can expect the second season on' is a release cue",
        "Fans of Coral Bay can expect the second season on December 17.",
        "2025-06-20", ["Coral Bay S2 2025-12-17 day"]),
    row("'takes its old slot in September' is a release cue",
        "Harbor Lights season 5 takes its old slot in September.",
        "2026-11-20", ["Harbor Lights S5 2027-09-01..2027-09-30 month"]),
    row("'picks up again on' is a release verb, and 'This Is Us' a title",
        "Lakeside returns for its second season on Thursday, Jan. 10, while This Is Us "
        "picks up again on Jan. 15.",
        "2018-12-20", ["Lakeside S2 2019-01-10 day", "This Is Us S? 2019-01-15 day"]),
    row("'Speaking at an event on Tuesday, ...': the talk's day is no premiere",
        "Speaking at a press event on Tuesday, the network's chief said the third "
        "season of Low Tide will not debut before 2027.",
        "2025-11-11", ["Low Tide S3 2027-01-01..2027-12-31 year"]),
    row("'In other TV news, X season 4 is set for March': a transition, not news as the subject",
        "In other TV news, Harbor Lights season 4 is set for March.",
        "2025-11-11", ["Harbor Lights S4 2026-03-01..2026-03-31 month"]),
    row("the 'no' inside a title is no negation",
        "Kimi no Hoshi season 2 is set for April 2026.",
        "2025-11-11", ["Kimi no Hoshi S2 2026-04-01..2026-04-30 month"]),
    row("'That would put a premiere in 2027': the article's show",
        "Here's when 'Low Tide' season 3 could arrive\n\nIts creator says the wait will "
        "be shorter this time.\n\nIf you feared another long gap, relax. Dana Ross, who "
        "created Low Tide, told reporters this week that the drama's third season is "
        "being written and that she hopes to start shooting in the spring.\n\nThat would "
        "put a premiere sometime in 2027 at the earliest.",
        "2026-04-02", ["Low Tide S3 2027-01-01..2027-12-31 year"]),
    row("a colon list leaves out a title whose clause has a date of its own",
        "Also new this month: the docuseries Night Shift returns for a third season on "
        "Dec. 9, and Low Tide wraps its seventh season with a holiday special on Dec. "
        "18.",
        "2026-12-01", ["Night Shift S3 2026-12-09 day"]),
    row("a spin-off 'currently airing on Wednesday and Thursday nights, with the final set for early November'",
        "The BBC has confirmed that Harbor Lights series 4 returns to BBC One in the "
        "new year, with a January launch pencilled in.\n\nOf course, fans do not have "
        "long to wait: The Celebrity Harbor Lights is currently airing on Wednesday and"
        " Thursday nights, with the final set for early November.",
        "2025-10-20", ["Harbor Lights S4 2026-01-01..2026-01-31 month"]),
    row("'Max is targeting January 2026 for season 2'",
        "The Night Shift (Max) — The medical drama was renewed early. Max is targeting "
        "January 2026 for season 2.",
        "2025-05-02", ["The Night Shift S2 2026-01-01..2026-01-31 month"]),
    row("'Like X, it won't return until midseason': the topic's date, not X's",
        "Renewed or canceled?\n\nABC\n\nHarbor Lights: Renewed for season 3, but ABC is "
        "holding it for midseason.\n\nLow Tide: Renewed for season 7. Like Harbor Lights,"
        " it won't return until midseason.",
        "2024-05-10",
        ["Harbor Lights S3 2025-01-01..2025-03-31 season", "Low Tide S7 2025-01-01..2025-03-31 season"]),
    row("a wire story: 'On April 13, HBO will send ... back, ending a wait ... for the second season of X'; 'the Sunday-night premiere' and 'Episodes will air weekly' name no show",
        "'Harbor Lights' sets April return for its second season\n\nLOS ANGELES (AP) — On"
        " April 13, HBO will send its heroes back into a collapsed America, ending a "
        "wait of more than two years for the second season of \"Harbor Lights.\"\n\nThe "
        "cable network revealed the Sunday-night premiere on Friday along with a new "
        "trailer. Episodes will air weekly and stream on Max the same night.",
        "2025-02-28", ["Harbor Lights S2 2025-04-13 day"]),
    row("'used its fan event on Saturday to announce ...': the event's day is no premiere",
        "Harbor Lights Season 2: the streamer splits the return into two parts\n\nThe "
        "streamer used its fan event on Saturday to answer the question fans have been "
        "asking: the comedy's second season will be released in two halves, with Part 1"
        " arriving on Wednesday, August 6.",
        "2025-05-31", ["Harbor Lights S2 2025-08-06 day"]),
    row("'The streamer on Wednesday released a teaser for the fifth season'; 'Three-Part' is no title; 'the final season picks up after the rifts opened in season 4' is season 5",
        "'Harbor Lights 5' Sets Three-Part Release Starting in November\n\nThe streamer "
        "on Wednesday released a teaser for the fifth and final season of Harbor "
        "Lights. Volume 1 drops on Wednesday, Nov. 26.\n\nThe final season picks up in "
        "the fall of 1987, after the rifts opened in season 4.",
        "2025-07-16", ["Harbor Lights S5 2025-11-26 day"]),
    row("a headline's 'Midseason Dates for A, B and More' names titles",
        "NBC Sets Midseason Dates for Harbor Watch, Cold Ledger and More\n\nHarbor Watch "
        "leads the way. The Emmy-winning workplace comedy returns for its third season "
        "on Wednesday, February 5. Cold Ledger is back on Tuesday, February 18.",
        "2019-11-20", ["Harbor Watch S3 2020-02-05 day", "Cold Ledger S? 2020-02-18 day"]),
    row("'vs.' inside a title does not end it",
        "Comedy returns\n\nGarcia vs. Garcia returns for a second season later in the "
        "fall, the network said.",
        "2024-07-11", ["Garcia vs. Garcia S2 2024-09-01..2024-11-30 season"]),
    row("'the 13th season of A and the 12th of B': A's title ends before 'and the 12th'",
        "Thursday lineup\n\nThursday, Sept. 24, brings the crime block back: Harbor Watch"
        " opens its eighth season, followed by the 13th season of Cold Ledger and the "
        "12th of Night Desk.",
        "2020-07-01", ["Harbor Watch S8 2020-09-24 day", "Cold Ledger S13 2020-09-24 day",
                       "Night Desk S12 2020-09-24 day"]),
    row("under a 'Movies' heading, dated films are not shows",
        "New on Prime Video in September: Harbor Watch and more\n\nThe big one\n\nHarbor "
        "Watch — Friday, Sept. 2\n\nThe drama's first two episodes drop together.\n\nMovies"
        "\n\n- Quiet Mother (Sept. 16) — a remake of an Austrian horror film.\n- Lady Wren"
        " (Oct. 7, after a Sept. 23 theatrical run) — a medieval comedy.",
        "2022-08-30", ["Harbor Watch S1 2022-09-02 day"]),
    row("a story label before a colon is not part of the title ('The headliner: X, season 4')",
        "New on Netflix in November: Harbor Watch returns, plus holiday films\n\nThe "
        "headliner: Harbor Watch, season 4 (Sunday, November 15)\n\nThe royal drama "
        "reaches the 1980s.",
        "2020-10-28", ["Harbor Watch S4 2020-11-15 day"]),
    row("a Title Case headline 'Network Fall Premiere Dates: X Opens Season 10 on Mondays' names X",
        "NBC Fall Premiere Dates: Harbor Watch Opens Season 10 on Mondays\n\nThe network "
        "set its fall schedule on Wednesday. Harbor Watch kicks off its 10th season on "
        "Monday, Sept. 19 at 8 p.m.",
        "2016-06-29", ["Harbor Watch S10 2016-09-19 day"]),
    row("'X was supposed to debut its sixth season': X is the whole title before the verb",
        "Delays pile up\n\nThe Walking Dead finale has been pushed.\n\n- Fear the Harbor "
        "was supposed to debut its sixth season this spring. Instead, the network now "
        "says the spinoff will return later this year.",
        "2020-03-27", ["Fear the Harbor S6 2020-03-28..2020-12-31 year"]),
    row("'New' capitalized mid-sentence is part of the title ('followed by New Harbor')",
        "Tuesday belongs to the dramas\n\nHarbor Watch kicks off season four and is "
        "followed by New Harbor, which returns for its second season on Tuesday, Sept. "
        "24.",
        "2019-06-13", ["New Harbor S2 2019-09-24 day"]),
    row("'When Will X Season 2 Release?' names X, not 'Will X'; 'Reality TV Calendar:' and 'X Release Date:' are labels",
        "When Will Harbor Watch Season 2 Release? Plus Cold Ledger Release Date: What "
        "We Know\n\nWhen Will Harbor Watch Season 2 Release?\n\nHarbor Watch season 2 "
        "arrives on November 9, 2024.\n\nCold Ledger season 3 arrives in 2025.",
        "2024-05-01",
        ["Harbor Watch S2 2024-11-09 day", "Cold Ledger S3 2025-01-01..2025-12-31 year"]),
    row("a title's country possessive and an 'on Sky Max' tail are not part of it",
        "Streaming slate\n\nFinland's Harbor Watch, the Helsinki-set thriller, returns "
        "for its second season on Friday 24 April.\n\nSky will launch the second series "
        "of the thriller Night Desk on Sky Max and its streaming service NOW in August.",
        "2020-01-18",
        ["Harbor Watch S2 2020-04-24 day", "Night Desk S2 2020-08-01..2020-08-31 month"]),
    row("'First up is X: 100, an unscripted competition' names 'X: 100'",
        "A streaming slate: Cold Ledger: 100 and more\n\nFirst up is Cold Ledger: 100, an "
        "unscripted competition. It launches globally on Tuesday, Jan. 24.",
        "2023-01-18", ["Cold Ledger: 100 S1 2023-01-24 day"]),
    row("'recommissioned X for a fifth series' names X",
        "ITV autumn line-up\n\nITV has also recommissioned Harbor Watch for a fifth "
        "series.",
        "2021-08-10", ["Harbor Watch S5 tba"]),
    row("a title with its original name in parentheses ('X (Y), the ... drama', 'X (Y), Netflix's first original') is a title",
        "Turkish dizi in lockdown\n\nThe Gift (Atiye), the mystical drama starring a "
        "painter, will return for its second season in June, Netflix Turkey confirmed. "
        "And The Guard (Hakan: Muhafiz), Netflix's first Turkish original, will end "
        "with its fourth and final season this summer. The painter (Beren Saat) is "
        "back.",
        "2020-04-05",
        ["The Gift S2 2020-06-01..2020-06-30 month", "The Guard S4 2020-06-01..2020-08-31 season"]),
    row("a heading 'Will X air in the US?' asks about X",
        "Harbor Lights III release date: what we know\n\nWill Harbor Lights III air in "
        "the US?\n\nThe third series premieres on BBC America on Sunday, January 14.",
        "2023-10-10", ["Harbor Lights III S3 2024-01-14 day"]),
    row("a film that opens the sentence owns the 'it' of 'before it starts streaming on March 10', not the headline's show",
        "Streamer's March: a Night Orchard film and the end of 'Harbor Lights' season 3"
        "\n\nNight Orchard: The Last Door, a feature film that picks up after the series "
        "ended in 2021, opens in cinemas before it starts streaming on March 10. Harbor"
        " Lights season 3 returns for its final episodes on March 24.",
        "2025-02-20", ["Harbor Lights S3 2025-03-24 day"]),
    row("'set Sunday, January 13 as the return date for X' after a news opener ('In a programming update delivered to reporters')",
        "Cable news\n\nIn a wide-ranging programming update delivered by the network's "
        "president to reporters, the network also set Sunday, January 13 as the return "
        "date for *Harbor Lights*, whose third season follows a crime in the Ozarks.",
        "2018-11-13", ["Harbor Lights S3 2019-01-13 day"]),
    row("a season of a title and a date to come need no verb: '..., before her first full run, series 11 of X, in autumn 2018'",
        "Drama news\n\nFurther ahead, Mira Okafor takes over the lead in this year's "
        "Christmas Day special, before her first full run, series 11 of Harbor Lights, "
        "in autumn 2018.",
        "2017-08-15", ["Harbor Lights S11 2018-09-01..2018-11-30 season"]),
    row("a Q&A answer under 'When are we going to see season 2?': 'we're hoping for early next year' dates the show",
        "Showrunner on the 'Harbor Lights' finale\n\nYou got a season 2 order before the "
        "show even premiered.\n\nWhen are we going to see season 2?\n\nWell, the honest "
        "answer is we're writing right now. We have a room going, we start shooting in "
        "the summer, and we're hoping for early next year.",
        "2023-03-27", ["Harbor Lights S2 2024-01-01..2024-04-30 year"]),
    row("a wire's dateline without a year ('LOS ANGELES, Aug 9 -') dates the news, and 'post-apocalyptic hit \"X\"' is a show",
        "HBO Pushes 'Harbor Lights' Into 2025\n\nLOS ANGELES, Aug 9 - HBO's post-"
        "apocalyptic hit \"Harbor Lights\" will not return until 2025, the network's "
        "content chief said on Wednesday.",
        "2023-08-09", ["Harbor Lights S? 2025-01-01..2025-12-31 year"]),
    row("'X, which started filming last summer, now has an official target of early 2027'",
        "The streamer's 2026\n\nHarbor Lights, which started filming at Leavesden last "
        "summer, now has an official target of early 2027.",
        "2026-01-05", ["Harbor Lights S1 2027-01-01..2027-04-30 year"]),
    row("'Shortly after 9 a.m. on Tuesday, the account posted': the news's day",
        "'Harbor Lights' season 3 gets a fall window\n\nShortly after 9 a.m. Eastern on "
        "Tuesday, the official Harbor Lights account posted a teaser that showed new "
        "footage and announced that the long-delayed third season will arrive in two "
        "parts. The first part premieres in the fall.",
        "2026-03-03", ["Harbor Lights S3 2026-09-01..2026-11-30 season"]),
    row("'(The season finale airs December 4.)' is no premiere night for the next sentence's season",
        "A few favorites are further off. The network has renewed Harbor Lights for a "
        "second season, but it won't be back until 2027. (The season finale airs "
        "December 4, and I have theories.) And the second season of Orchard Lane is "
        "also not returning until 2027.",
        "2026-11-20",
        ["Harbor Lights S2 2027-01-01..2027-12-31 year", "Orchard Lane S2 2027-01-01..2027-12-31 year"]),
    row("a Q&A answer that is only a date ('A: October 2026.') under 'When does X season 2 come out?'",
        "Harbor Lights season 2: everything we know\n\nQ: When does Harbor Lights season "
        "2 come out?\n\nA: October 2026. The showrunner confirmed the month on Monday. "
        "Before that, the only guidance was that season two would arrive in the fall, "
        "matching the November 2025 launch of season one.",
        "2026-05-08", ["Harbor Lights S2 2026-10-01..2026-10-31 month"]),
    row("'It shot in Kalgoorlie this year and is slated for 2027': the filming has its verb, the date its own",
        "Orchard Lane: Origin (ABC)\n\nThe prequel stars a newcomer as the young "
        "detective. It shot in and around Kalgoorlie this year and is slated for 2027.",
        "2026-10-12", ["Orchard Lane: Origin S1 2027-01-01..2027-12-31 year"]),
    row("'FX and Hulu say summer 2027' dates the section's show",
        "The shows we can't wait to watch in 2027\n\n7. Harbor Lights\n\nThe creator takes "
        "the franchise to our planet for the first time. FX and Hulu say summer 2027, "
        "and the teasers have been nasty.",
        "2027-01-03", ["Harbor Lights S1 2027-06-01..2027-08-31 season"]),
    row("'X, starring Y, is still targeting spring 2027' dates X",
        "Here is where things stand:\n- Harbor Lights, starring a newcomer, is still "
        "targeting spring 2027.",
        "2026-05-08", ["Harbor Lights S1 2027-03-01..2027-05-31 season"]),
    row("'was picked up to series for the 2026–27 season' dates the new show",
        "Renewed, canceled or still waiting?\n\nNEW\n\nHarbor Lights (CBS): The producer's "
        "new comedy, starring a sitcom veteran as a salesman, was picked up to series "
        "for the 2026–27 season.",
        "2026-05-10", ["Harbor Lights S1 2026-09-01..2027-05-31 range"]),
    row("'followed by' a new show in a clause of its own after the date",
        "Night Owls returns for its third season on Tuesday, March 9, with two "
        "episodes, followed by the new comedy Harbor Lights.",
        "2026-11-20", ["Night Owls S3 2027-03-09 day", "Harbor Lights S1 2027-03-09 day"]),
    row("the novel a show adapts is not the subject of its premiere",
        "The Year Ahead\n\nOrchard Lane (Hulu)\nThe adaptation of Mara Quinn's bestselling"
        " novel begins March 3 with two episodes.",
        "2026-11-20", ["Orchard Lane S1 2027-03-03 day"]),
    row("'locked in for' a window is a release cue",
        "Night Owls returns for its second season in March, while the fourth season of "
        "Orchard Lane is locked in for early 2027.",
        "2026-10-20",
        ["Night Owls S2 2027-03-01..2027-03-31 month", "Orchard Lane S4 2027-01-01..2027-04-30 year"]),
    row("'That is when X comes back' takes the night the paragraph before named",
        "The winter lineup this year beats most fall schedules, and it starts tomorrow "
        "night.\n\nThat is when Orchard Lane comes back for its third season.",
        "2027-01-05", ["Orchard Lane S3 2027-01-06 day"]),
    row("'X returns on <day>, when Y opens its fourth season': Y's season opens",
        "Mara Quinn returns on Tuesday, Jan. 12, when Orchard Lane opens its fourth "
        "season on FX.",
        "2027-01-05", ["Orchard Lane S4 2027-01-12 day"]),
    row("a streamer's cricket season is neither a title nor the topic's season",
        "Streamers set their slates\n\nThe two services spent the week unveiling their "
        "plans.\n\nOrchard Lane returns for a second season in April.\n\nJioHotstar will "
        "also stream every match of the cricket season, beginning March 22.",
        "2026-03-12", ["Orchard Lane S2 2026-04-01..2026-04-30 month"]),
    row("a 'not' inside an aside closed before the date does not negate it",
        "The bush-pilot drama Night Owls comes back for its second season in January, "
        "and the new comedy Orchard Lane, starring Gerry Dee as a teacher who would "
        "rather not be teaching, premieres early next year.",
        "2026-06-06",
        ["Night Owls S2 2027-01-01..2027-01-31 month", "Orchard Lane S1 2027-01-01..2027-04-30 year"]),
    row("two titles before 'whose seasons ... are being saved for midseason' both take it",
        "Not everything made the fall cut. Night Owls and Orchard Lane, whose most "
        "recent seasons were shortened by last year's strikes, are being saved for "
        "midseason.",
        "2026-07-11",
        ["Night Owls S? 2027-01-01..2027-03-31 season", "Orchard Lane S? 2027-01-01..2027-03-31 season"]),
    row("'the fall season' is the calendar's, no anaphor for the topic",
        "NBC sets its fall\n\nThe network announced its premiere dates on Wednesday.\n\nThe"
        " network also confirmed that \"Orchard Lane,\" its long-gestating take on the Oz"
        " stories, does not yet have a premiere date.\n\nBefore the fall season begins, "
        "NBC will carry the Summer Olympics from Rio starting Aug. 5.",
        "2026-06-22", ["Orchard Lane S1 tba"]),
    row("a network's 'new and returning series rolling out' is its lineup, not the topic",
        "NBC Sets Midseason Plans for \"Orchard Lane\"\n\nNBC today announced premiere "
        "dates for its lineup, with the network's new and returning series rolling out "
        "over three weeks beginning in mid-September.",
        "2026-06-22", ["Orchard Lane S1 2027-01-01..2027-03-31 season"]),
    row("'X is back on the 19th, when the fifth season of Y drops': Y's season",
        "TV picks\n\nSTREAMING: Mara Quinn is back on Prime Video on the 19th, when all "
        "ten episodes of the fifth season of \"Orchard Lane\" drop at once.",
        "2026-04-01", ["Orchard Lane S5 2026-04-19 day"]),
    row("a title after 'from' is where the subject comes from, not the subject",
        "TV picks\n\nCOMING SOON: Netflix's animated comedy \"Night Owls,\" from \"Orchard "
        "Lane\" designer Mara Quinn, arrives May 3.",
        "2026-04-01", ["Night Owls S1 2026-05-03 day"]),
    row("', as usual,' is an aside: the clause keeps its season",
        "Anthologies return\n\n\"Orchard Lane\": FX renewed the franchise through its 10th "
        "season two years ago, and the ninth installment is expected, as usual, in the "
        "fall.",
        "2026-01-11", ["Orchard Lane S9 2026-09-01..2026-11-30 season", "Orchard Lane S10 tba"]),
    row("a guide's 'Entertainment' heading is no title",
        "ITV's autumn\n\nThe channel set out its season on Monday.\n\nEntertainment\n\nThe "
        "hosts head back to Australia in November for the 16th series of Orchard Lane, "
        "with the line-up to be revealed, as usual, a day or two before launch.",
        "2026-08-25", ["Orchard Lane S16 2026-11-01..2026-11-30 month"]),
    row("'the return of X for season two and Y for season four' dates both",
        "NBC sets its fall\n\nThursday, Sept. 24, is the return of \"Orchard Lane\" for "
        "season two and \"Night Owls\" for season four.",
        "2026-06-28", ["Orchard Lane S2 2026-09-24 day", "Night Owls S4 2026-09-24 day"]),
    row("a network 'opening the season the week of Sept. 21' dates no show",
        "NBC Sets Fall Premiere Dates; Orchard Lane Moves Up a Week\n\nNBC has locked in "
        "premiere dates for its fall lineup, opening the season the week of Sept. 21.",
        "2026-06-28", []),
    row("'continues with a second season in summer 2027' is a premiere window",
        "Anime dates revealed\n\nSeveral titles now have dates.\n\nOrchard Lane: The "
        "badminton-and-basketball romance continues with a second season in summer "
        "2027, according to a short teaser.",
        "2026-12-22", ["Orchard Lane S2 2027-06-01..2027-08-31 season"]),
    row("'which breaks after its fall finale, resumes its third season on Monday, Jan. 22'",
        "Midseason\n\nGreenpoint, which takes a break after its Dec. 14 fall finale, "
        "resumes its third season on Monday, Jan. 22.",
        "2017-11-20", ["Greenpoint S3 2018-01-22"]),
    row("'has pencilled it in for this autumn' is a release cue",
        "Autumn TV preview\n\nGlass Lane (BBC One). A new thriller about a locked-room "
        "murder in Leeds; the BBC has pencilled it in for this autumn.",
        "2021-08-20", ["Glass Lane S1 2021-09-01..2021-11-30 season"]),
    row("'X scored a second season ..., which puts it in midseason 2016'",
        "Renewals\n\nAt ABC, Marvel's Night Watch scored a second season that will again "
        "fill the winter break, which puts it in midseason 2016.",
        "2015-05-08", ["Night Watch S2 2016-01-01..2016-03-31 season"]),
    row("'holding its new drama X, from ..., for midseason'",
        "The network is holding its new courtroom drama Bench Trial, from veteran producer "
        "Ada Moss, for midseason.",
        "2019-05-13", ["Bench Trial S1 2020-01-01..2020-03-31 season"]),
    row("'is holding X for midseason'",
        "ABC is holding Low Orbit for midseason.",
        "2019-05-13", ["Low Orbit S1 2020-01-01..2020-03-31 season"]),
    row("'set X to premiere DATE, with Y launching its Nth season the next night'",
        "The CW has set Copper Mile to premiere Tuesday, Oct. 6, with Redline launching its"
        " fourth season the next night, Wednesday, Oct. 7.",
        "2020-07-24", ["Copper Mile S1 2020-10-06", "Redline S4 2020-10-07"]),
    row("'also set X to return for its fifth season on DATE'",
        "Showtime also set The Lodgers to return for its fifth season on Sunday, April 9.",
        "2023-01-12", ["The Lodgers S5 2023-04-09"]),
    row("'begins its second season on Nov. 27, the same day a film hits theaters': the film is another subject's",
        "Before then, the cooking competition spinoff Ember Kitchen: The Heat begins its "
        "second season on Nov. 27, the same day Paddington 4 hits theaters.",
        "2024-11-20", ["Ember Kitchen: The Heat S2 2024-11-27"]),
    row("'used its Comic-Con panel to reveal that X will kick off its fifth season on DATE': what was revealed has its own verb",
        "AMC used its Saturday panel at Comic-Con to reveal that Dead Acre will kick off "
        "its fifth season on Sunday, Oct. 12.",
        "2014-07-26", ["Dead Acre S5 2014-10-12"]),
    row("'Next up is the zombie comedy X, starring ..., on Friday, Feb. 3'",
        "The year is under way. Next up is the ghost comedy Maple Street Haunts, starring "
        "Ida Cole and Tom Vale, on Friday, Feb. 3.",
        "2017-01-18", ["Maple Street Haunts S1 2017-02-03"]),
    row("a 'comic-book hit' and 'its comic book adaptation' are shows, not comics or books",
        "And fans of the streamer's other comic-book hit have less of a wait: the second "
        "season of Iron Gate is expected in the coming months, according to a spokesperson.",
        "2020-11-10", ["Iron Gate S2 2020-11-11..2021-05-10 month"]),
    row("'renewed for a second season, which the broadcaster says will screen later this year'",
        "Rachel Griffiths' political drama Full Control has been renewed for a second "
        "season, which the broadcaster says will screen later this year.",
        "2021-03-30", ["Full Control S2 2021-03-31..2021-12-31 year"]),
    row("'taping is scheduled to begin in April' is production, not a premiere",
        "ABC Revives 'Match Point'\n"
        "\n"
        "ABC is bringing back Match Point this summer. Fremantle will produce, and taping "
        "is scheduled to begin in Los Angeles in April.",
        "2016-03-03", ["Match Point S1 2016-06-01..2016-08-31 season"]),
    row("'will debut in the spring, FX said, and is scheduled to begin production next month': production is no premiere",
        "FX has ordered the limited series Black Cove. The eight-episode series will debut "
        "in the spring, FX said, and is scheduled to begin production next month in Nova "
        "Scotia.",
        "2017-09-12", ["Black Cove S1 2018-03-01..2018-05-31 season"]),
    row("'the Christmas and new year period' is a stretch of weeks, not a premiere on Christmas Day; the show's own '1 January' is",
        "BBC One winter line-up\n"
        "\n"
        "The BBC has set out its drama offer for the Christmas and new year period, with a "
        "new take on Nosferatu at the heart of the schedule.\n"
        "\n"
        "Nosferatu, a three-part adaptation, will be shown on three consecutive nights from"
        " 1 January.",
        "2019-11-18", ["Nosferatu S1 2020-01-01"]),
    row("'series 6, which began filming this year, is \"likely to be\" on screens in 2020'",
        "There was less certainty about other titles. Line of Sight series 6, which began "
        'filming in Belfast earlier this year, is "likely to be" on screens in 2020.',
        "2019-11-18", ["Line of Sight S6 2020-01-01..2020-12-31 year"]),
    row("'All 15 new episodes of \"X\" — the show's fourth season — will be posted at once ... on Sunday, May 26'",
        'The family finally has a date with Netflix. All 15 new episodes of "Halted Growth"'
        " — the show's fourth season — will be posted at once at 12:01 a.m. Pacific time on"
        " Sunday, May 26.",
        "2013-05-10", ["Halted Growth S4 2013-05-26"]),
    row("'has already scheduled season three of \"X,\" hosted by A, for January': a participle aside has no tense",
        'Peacock has already scheduled season three of "The Liars," hosted by Alan '
        "Cummings, for January.",
        "2024-06-05", ["The Liars S3 2025-01-01..2025-01-31 month"]),
    row("'Acorn TV will premiere \"X,\" the six-part series, on Monday': a verb's object, not an episode's title after a noun 'premiere'",
        "American fans of Australian crime drama have a date to circle. Acorn TV will "
        "premiere \"Desert Track,\" the six-part series from Australia's ABC, on Monday, July"
        " 9, with the first two episodes.",
        "2018-06-20", ["Desert Track S1 2018-07-09"]),
    row("'moving the drama from its old Sunday berth to a weeknight' is a new slot, not a delay",
        "Syfy's frontier drama \"Dustline\" will return for its third season on Monday, June "
        "3, the channel said, moving the show from its old Friday berth to a weeknight.",
        "2019-05-14", ["Dustline S3 2019-06-03"]),
    row("'Y follows Friday, March 18' dates Y",
        "Hulu has plenty to fill the gap. Maya Fry's comedy \"Rent & Rye\" follows Friday, "
        "March 18.",
        "2022-02-24", ["Rent & Rye S1 2022-03-18"]),
    row("'X premieres DATE, and Y follows DATE': each title its own date",
        'The thriller "Loose Ends" premieres Friday, May 3, and "What/When" follows May 24.',
        "2019-03-12", ["Loose Ends S1 2019-05-03", "What/When S1 2019-05-24"]),
    row("'will move up \"X,\" its ten-part documentary series about ..., to Sunday, April 19' dates X",
        'ESPN will move up "The Final Shot," its 10-part documentary series about a 1990s '
        "title run, to Sunday, April 19. It had been scheduled to debut in June.",
        "2020-04-08", ["The Final Shot S1 2020-04-19"]),
    row("'It premieres this fall, along with \"Y,\" a drama ...': Y too",
        'The most closely watched newcomer is "Music Row," a country-music drama. It '
        'premieres this fall, along with "Deep Dive," a submarine drama from a veteran '
        "showrunner.",
        "2012-05-16", ["Music Row S1 2012-09-01..2012-11-30 season", "Deep Dive S1 2012-09-01..2012-11-30 season"]),
    row("'will wait until midseason: \"A,\" ..., and \"B,\" ...' dates both",
        'Two other new dramas will wait until midseason: "Hour Zero," a conspiracy '
        'thriller, and "Black Widow Bay," with a mother pulled into the mob.',
        "2012-05-16", ["Hour Zero S1 2013-01-01..2013-03-31 season", "Black Widow Bay S1 2013-01-01..2013-03-31 season"]),
    row("'its 10th season is on NBC's fall schedule for October' dates season 10",
        "NBC's \"Wit & Wisdom,\" which returned last September, averaged about 7 million "
        "viewers a week; its 10th season overall is on NBC's fall schedule for October.",
        "2018-05-17", ["Wit & Wisdom S10 2018-10-01..2018-10-31 month"]),
    row("'debuts July 8, a week before \"Film,\" which opens in theaters' keeps the show's date",
        "HBO Max's \"Rumor Mill\" is a sequel, not a remake. It debuts July 8, a week before "
        'the streamer also gets "Court Jam: A New Era," which opens in theaters and on HBO '
        "Max July 16.",
        "2021-06-02", ["Rumor Mill S1 2021-07-08"]),
    row("'starts its fourth season this weekend — Sunday, Jan. 11': the day that says which",
        "The Sunday slot belongs to Ledger, which starts its fourth season this weekend — "
        "Sunday, Jan. 11. Kit Harlow is back.",
        "2026-01-09", ["Ledger S4 2026-01-11"]),
    row("'returns for its second season on September 27, moving the action from 1945 to present-day Seoul' is no delay",
        "Capital Beast, the period monster thriller starring two K-drama stars, returns for"
        " its second season on September 27, moving the action from 1945 to present-day "
        "Seoul.",
        "2024-08-01", ["Capital Beast S2 2024-09-27"]),
    row("'is aiming to bring it out in early 2016' dates the show the text is about",
        '"Call Me Counsel" has not aired yet. AMC ordered a second season last June, and '
        "the network's president said AMC is aiming to bring it out in early 2016.",
        "2015-01-17", ["Call Me Counsel S2 2016-01-01..2016-04-30 year"]),
    row("a news word inside a quoted title ('Death and Other Details') does not make the date news",
        "Hulu's murder mystery \"Death and Other Details\" begins Tuesday, Jan. 16.",
        "2024-01-08", ["Death and Other Details S1 2024-01-16 day"]),
    row("'is also held back a few weeks, returning DATE' looks ahead (an adverb between the auxiliary and the participle)",
        '"Chicago Fire" is also held back a few weeks, returning Tuesday, Oct. 11, for its '
        "fifth season.",
        "2016-06-28", ["Chicago Fire S5 2016-10-11 day"]),
    row("a show that 'waits until DATE' premieres then",
        'The time-travel drama "Timeless" waits until Monday, Oct. 3, when the debates are '
        "behind it.",
        "2016-06-28", ["Timeless S1 2016-10-03 day"]),
    row("a fronted date whose verb is 'brings back' is a premiere, and a quoted title ending in initials ends its sentence",
        'Wednesday, Sept. 21, brings back "Blindspot" for its second season, now at 8 p.m.,'
        ' followed by the fourth season of "Chicago P.D." On Thursday, Sept. 22, "The '
        'Blacklist" starts its fourth season.',
        "2016-06-28", ["Blindspot S2 2016-09-21 day", "Chicago P.D. S4 2016-09-21 day", "The Blacklist S4 2016-09-22 day"]),
    row("'will feature X's 11th season' is a schedule's verb, not a feature film",
        "NBC's big bet is the family drama This Is Us, which will air Tuesdays at 10 p.m. "
        "this fall behind The Voice. Mondays will feature The Voice's 11th season at 8 p.m.",
        "2016-05-15", ["This Is Us S1 2016-09-01..2016-11-30 season"]),
    row("'will get the Friday 9 p.m. slot this fall' schedules a premiere",
        "Fire Country, a new firefighter drama from Max Thieriot, will get the Friday 9 "
        "p.m. slot this fall.",
        "2022-05-18", ["Fire Country S1 2022-09-01..2022-11-30 season"]),
    row("an event named in a relative clause ('which swept up two Emmys') does not make the subject's date the event's",
        "Atlanta, which swept up two Emmys for Donald Glover in September, returns for its "
        "second season on Thursday, March 1.",
        "2017-12-05", ["Atlanta S2 2018-03-01 day"]),
    row("'CBS All Access launches the season on DATE': a streamer, not a title called 'All Access'",
        "Star Trek: Discovery is back for a second season with Anson Mount as Captain Pike."
        " CBS All Access launches the season on January 17.",
        "2019-01-03", ["Star Trek: Discovery S2 2019-01-17 day"]),
    row("'expects the second season in the first half of 2020' dates the season",
        "CBS All Access renewed Jordan Peele's The Twilight Zone in May and expects the "
        "second season in the first half of 2020.",
        "2019-07-25", ["The Twilight Zone S2 2020-01-01..2020-06-30 half"]),
    row("'the musical comedy' is a show, not a stage musical",
        "Central Park, the musical comedy from Loren Bouchard, arrives on Apple TV+ on May "
        "29.",
        "2020-04-10", ["Central Park S1 2020-05-29 day"]),
    row("'is holding the second season of X, <aside>, for early 2013', with a stage word inside the aside",
        "The network is holding the second season of Smash, the Broadway musical drama "
        "created by Theresa Rebeck, for early 2013.",
        "2012-10-05", ["Smash S2 2013-01-01..2013-04-30 year"]),
    row("British 'will go out in early 2026', and 'the fourth series of the civilian version of X'",
        "The Celebrity Traitors, with Claudia Winkleman at the round table, is set for this"
        " autumn. The fourth series of the civilian version of The Traitors, meanwhile, "
        "will go out in early 2026.",
        "2025-08-05", ["The Celebrity Traitors S1 2025-09-01..2025-11-30 season", "The Traitors S4 2026-01-01..2026-04-30 year"]),
    row("'Ant and Dec head back to Australia in November': a pair of names is no month, 'head back' is a return, and '…' matches '...'",
        "Reality TV\n"
        "\n"
        "Ant and Dec head back to Australia in November for the 16th series of I'm a "
        "Celebrity… Get Me Out of Here!, with the line-up to come.",
        "2016-09-05", ["I'm a Celebrity... Get Me Out of Here! S16 2016-11-01..2016-11-30 month"]),
    row("'ABC on Tuesday set its fall lineup': the day of the news; 'Thursdays kick off Oct. 9, with X starting season 9': a night, not a title",
        "ABC unveils its fall schedule\n"
        "\n"
        'ABC on Tuesday set its fall 2025 lineup around "Dancing With the Stars." Thursdays'
        ' kick off Oct. 9, with "9-1-1" starting season 9 at 8 p.m.',
        "2025-07-15", ["9-1-1 S9 2025-10-09 day"]),
    row("'ABC gets the ball rolling on DATE, with season 14 of X'",
        'ABC gets the ball rolling on Monday, May 28, Memorial Day, with season 14 of "The '
        'Bachelorette."',
        "2018-05-15", ["The Bachelorette S14 2018-05-28 day"]),
    row("a finale inside a long relative clause ('which wrapped its seventh season ... for the finale,') is the aside's, not the date's",
        "Game of Thrones, which wrapped its seventh season last month to a series-high 16.5"
        " million viewers for the finale, will air its shortened eighth and final season in"
        " 2019, HBO said.",
        "2017-09-06", ["Game of Thrones S8 2019-01-01..2019-12-31 year"]),
    row("a company's name ('See-Saw Films') is no film",
        "Sundance Channel will premiere Top of the Lake, Jane Campion's six-part mystery "
        "co-produced with BBC Two and See-Saw Films, on Monday, March 18 at 9 p.m.",
        "2013-01-23", ["Top of the Lake S1 2013-03-18 day"]),
    row("a negation inside an aside opened by 'about' ('about a young Jim Gordon in a city that hasn't got a Batman yet,') is the aside's",
        "Gotham\n"
        "\n"
        "Fox's Batman prequel, about a young Jim Gordon in a city that hasn't got a Batman "
        "yet, premieres Monday, September 22.",
        "2014-07-28", ["Gotham S1 2014-09-22 day"]),
    row("'picks up the second half of its fourth season DATE' resumes a season (a relative clause's 'was named' before it is no past tense for the date)",
        "The Walking Dead, which was voted favorite cable drama, picks up the second half "
        "of its fourth season Feb. 9.",
        "2014-01-09", ["The Walking Dead S4 2014-02-09 day"]),
    row("'is holding \"Marvel's X,\" with A as B, for midseason': a quoted title and an aside between the hold and the window",
        "ABC is holding \"Marvel's Agent Carter,\" with Hayley Atwell as Peggy Carter, for "
        "midseason, while its other Marvel show takes a break.",
        "2014-09-05", ["Agent Carter S1 2015-01-01..2015-03-31 season"]),
    row("'On DATE, Fox introduces \"X\"': introducing a new show is its premiere",
        'On Monday, Sept. 22, Fox introduces "Gotham," a Batman prequel without Batman.',
        "2014-09-05", ["Gotham S1 2014-09-22 day"]),
    row("'plays its first two episodes in IMAX theaters starting DATE, before the series premieres on ABC on DATE': the TV premiere is its own clause's",
        "Inhumans, about a royal family hiding on the moon, will play its first two "
        "episodes in IMAX theaters for two weeks starting Sept. 1, before the series "
        "premieres on ABC on Sept. 29.",
        "2017-07-24", ["Inhumans S1 2017-09-29 day"]),
    row("'on DATE, HBO gives us the fourth season of X' brings a season out",
        "The month ends with a pileup. And on March 26, HBO gives us the fourth season of "
        '"Succession," which its creator has already confirmed will be the last.',
        "2023-02-24", ["Succession S4 2023-03-26 day"]),
    row("a shoot pushed to a window is no premiere",
        "The Pit Crew has been renewed for a fourth season. Showtime pushed production to "
        "early next year, and a spokesperson said the season is expected to air sometime in"
        " 2021.",
        "2020-09-22", ["Pit Crew S4 2021-01-01..2021-12-31 year"]),
    row("a show still on for its date",
        "The Acolyte Order is still on for June 4.",
        "2024-05-14", ["The Acolyte Order S1 2024-06-04 day"]),
    row("a realistic target is a plan",
        "Dragon Court Season 2: Everything We Know\n"
        "\n"
        "When will season 2 premiere?\n"
        "\n"
        "Not soon. Given the effects work, the most realistic target is early 2024.",
        "2022-10-25", ["Dragon Court S2 2024-01-01..2024-04-30 year"]),
    row("a return that looks unlikely is no window",
        "Partition has been renewed for a third season. There is no premiere date yet, and "
        "the show's long shoots make a 2026 return look unlikely.",
        "2026-01-20", ["Partition S3 tba"]),
    row("productions that resume are no premiere",
        "The third season of Inheritance was halted in March. A spokesperson said the "
        "company expected its productions to resume by the end of the year.",
        "2020-05-19", []),
    row("a show that enters its season in a window",
        "NBC's Law & Justice enters its 25th season in the fall.",
        "2025-05-14", ["Law & Justice S25 2025-09-01..2025-11-30 season"]),
    row("a renewed show that will have to wait for midseason",
        "NBC's The Hunting Lodge got a second season, but it will have to wait for "
        "midseason too.",
        "2025-05-14", ["The Hunting Lodge S2 2026-01-01..2026-03-31 season"]),
    row("a show targeting a window",
        "Lowland Drift is targeting a late 2022 release.",
        "2021-03-01", ["Lowland Drift S1 2022-09-01..2022-12-31 year"]),
    row("a show's season eyeing a window",
        "Lowland Drift's third season is eyeing a summer launch.",
        "2021-03-01", ["Lowland Drift S3 2021-06-01..2021-08-31 season"]),
    row("a show on hiatus until a window returns then",
        "Lowland Drift is on hiatus until the fall.",
        "2021-03-01", ["Lowland Drift S? 2021-09-01..2021-11-30 season"]),
    row("a title that is coming to a named streamer in a month",
        "Rebecca Romijn's Star Trek: Strange New Worlds is coming to Paramount+ in May.",
        "2022-02-01", ["star trek: strange new worlds S1 2022-05-01..2022-05-31 month"]),
    row("the following night a network launches another title",
        "Loot bows Friday, June 24, and the following night Apple launches Surface, the "
        "thriller with Gugu Mbatha-Raw.",
        "2022-06-01", ["loot S1 2022-06-24", "surface S1 2022-06-25"]),
    row("production delayed by a strike does not make the date an old one",
        "Fans are in for a wait: the second season of Severance, which was renewed in "
        "April, isn't expected until 2025, with production delayed by the writers' strike.",
        "2023-06-14", ["severance S2 2025-01-01..2025-12-31 year"]),
    row("a title described as an n-parter beginning on a date",
        "Suranne Jones trades comedy for a murder inquiry in Vigil, a six-parter beginning "
        "on Sunday 29 August.",
        "2021-08-10", ["vigil S1 2021-08-29"]),
    row("a network has set a show's numbered season for a date",
        "AMC has set Halt and Catch Fire's fourth season for Aug. 19.",
        "2017-06-01", ["halt and catch fire S4 2017-08-19"]),
    row("a title got its numbered pickup",
        "Shrinking got its second-season pickup Tuesday.",
        "2023-04-01", ["shrinking S2 tba"]),
    row("a service launches on a date with a title",
        "Apple TV+ launches Nov. 1 with The Morning Show, the first of its big dramas.",
        "2019-09-10", ["the morning show S1 2019-11-01"]),
    row("a title described as a drama due in a window",
        "Olivia Colman plays the queen in The Regent, a four-part drama due later this "
        "year.",
        "2019-01-10", ["the regent S1 2019-01-11..2019-12-31 year"]),
    row("new series ordered or picked up for a window, one by one and as a list",
        "Orders\n"
        "\n"
        'The network has picked up the comedy "Ember Road" for fall. It has also ordered '
        'two dramas for next spring: "Copper Lane," from a former "Graveyard Shift" writer;'
        ' and "Static," a thriller set in a radio station, last seen in a pilot in "The '
        'Pilot Season."',
        "2019-05-10", ["Ember Road S1 2019-09-01..2019-11-30 season", "Copper Lane S1 2020-03-01..2020-05-31 season", "Static S1 2020-03-01..2020-05-31 season"]),
    row("a network 'has set' a day for a show's season",
        "Netflix dates\n"
        "\n"
        "Netflix has also set Thursday, Nov. 7, for the third season of the animated comedy"
        ' "Copper Lane."',
        "2024-08-01", ["Copper Lane S3 2024-11-07 day"]),
    row("a show riding 'back onto the schedule' on a day",
        "'Copper Lane' saddles up for third season\n"
        "\n"
        "A&E's Western \"Copper Lane\" will ride back onto the schedule on Monday, June 2, at"
        " 10 p.m., the network said Thursday.",
        "2025-03-27", ["Copper Lane S3 2025-06-02 day"]),
    row("a renewal that 'moves to Fridays in November'; new shows 'given fall slots'",
        "Fox renewals\n"
        "\n"
        '"Copper Lane" has been picked up for a fifth season as well and moves to Fridays '
        'in November. The cop comedy "Night Desk," starring Ana Ruiz and Tom Hale, and the '
        'supernatural drama "Ember Road" have been given fall slots.',
        "2019-05-10", ["Copper Lane S5 2019-11-01..2019-11-30 month", "Night Desk S1 2019-09-01..2019-11-30 season", "Ember Road S1 2019-09-01..2019-11-30 season"]),
    row("filming that resumes in the spring is a shoot, not the show's return",
        "Harbor Lights is expected back later this year; its star has said filming resumes "
        "in the spring.",
        "2016-01-10", ["Harbor Lights S? 2016-01-11..2016-12-31 year"]),
    row("'That series bows' late in an article is the show the sentence before named",
        "Glass Tides sets its return\n"
        "\n"
        "Glass Tides will return for its second season on Wednesday, July 13.\n"
        "\n"
        "The cast is back, and the writers moved to a new city.\n"
        "\n"
        "The network also has other plans.\n"
        "\n"
        "Before that, the network will launch Harbor Lights, its adaptation of a Spanish "
        "hit starring a newcomer. That series bows Thursday, June 23.",
        "2016-05-12", ["Glass Tides S2 2016-07-13 day", "Harbor Lights S1 2016-06-23 day"]),
    row("a shoot later this year and a launch the next: the launch's date",
        "The network has given a series order to Harbor Lights, a comedy about a "
        "lighthouse. The eight-episode first season is expected to go into production in "
        "Romania later this year and is eyeing a 2022 launch on the streamer.",
        "2021-02-17", ["Harbor Lights S1 2022-01-01..2022-12-31 year"]),
    row("'rather than the traditional late-September start' is no date",
        "Harbor Lights will begin its fifth season in the fall, but I'd bet on later in the"
        " season rather than the traditional late-September start.",
        "2020-07-12", ["Harbor Lights S5 2020-09-01..2020-11-30 season"]),
    row("any verb a show will do to its numbered season on a date",
        "AMC's cult drama \"Harbor Lights\" will boot up its third season on Tuesday, Aug. "
        "23, with a two-hour episode, the network announced.",
        "2016-05-17", ["Harbor Lights S3 2016-08-23 day"]),
    row("a show that will shoot its next season in a month has no date from it",
        "Harbor Lights will shoot its fourth season in March, in Atlanta.",
        "2016-01-17", []),
    row("'Beyond the first quarter' is the time after it, not a date",
        'Beyond the first quarter, the streamer said "Harbor Lights," with a reporter '
        "hunting a killer, will premiere in the spring.",
        "2021-12-14", ["Harbor Lights S1 2022-03-01..2022-05-31 season"]),
    row("when a date will be announced is not the premiere",
        "Harbor Lights is due in 2021. The streamer says it will reveal the date in the "
        "coming months.",
        "2020-12-10", ["Harbor Lights S1 2021-01-01..2021-12-31 year"]),
    row("a show that goes somewhere 'for season three on Feb. 16'",
        '"Harbor Lights" checks into Thailand for season three on Feb. 16, with new guests.',
        "2024-11-20", ["Harbor Lights S3 2025-02-16 day"]),
    row("a renewal 'for season three' is no date for it",
        "Harbor Lights was renewed for season three on Tuesday.",
        "2024-11-20", ["Harbor Lights S3 tba"]),
    row("a film in theaters inside an aside does not make the show's date a film's",
        'Harbor Lights season two, which will tie into the new "Glass Tides" film due in '
        "theaters in July, lands in August.",
        "2024-10-20", ["Harbor Lights S2 2025-08-01..2025-08-31 month"]),
    row("a title whose own aside says it hits theaters is a film",
        'Meanwhile, "Night Orchard," which was supposed to hit theaters in November, has '
        "been pushed to March.",
        "2023-09-20", []),
    row("'is the night for' A 'and for the fourth season of the family drama' B",
        'Tuesday, Sept. 11, is the night for comedy newcomer "Harbor Lights," from a famous'
        ' producer, and for the fourth season of the family drama "Night Orchard," which '
        "the network renewed this spring.",
        "2012-06-19", ["Harbor Lights S1 2012-09-11 day", "Night Orchard S4 2012-09-11 day"]),
    row("a night that 'belongs to X, ..., and to the 11th season of Y': both",
        'The next night, Wednesday, Jan. 3, belongs to the first responder drama "Harbor '
        'Lights," with a famous cast, and to the 11th season of "Night Orchard," which '
        "brings its leads back for 10 more episodes.",
        "2017-11-06", ["Harbor Lights S1 2018-01-03 day", "Night Orchard S11 2018-01-03 day"]),
    row("a show that ends its hiatus in a month returns then",
        "Harbor Lights, with its original cast, ends its four-year hiatus in April with a "
        "third season.",
        "2025-10-23", ["Harbor Lights S3 2026-04-01..2026-04-30 month"]),
    row("a show that will close out its run with a season timed for the holidays",
        "The streamer confirmed that Glass Tides will close out its run with a fifth season"
        " timed for the holidays.",
        "2025-01-15", ["Glass Tides S5 2025-11-15..2025-12-31 season"]),
    row("a date in the speculation a confirmed window puts to rest is no date",
        "The network confirmed Thursday that the final season of Harbor Lights will debut "
        "in the first half of 2019, ending months of speculation that the season might "
        "squeeze into late 2018.",
        "2018-01-11", ["Harbor Lights S? 2019-01-01..2019-06-30 half"]),
    row("a star's sentence whose adaptation 'premieres in April' dates the show",
        "9. Harbor Lights\n"
        "\n"
        "Laura Dern stars in Hulu's adaptation of Ann Patchett's 2001 novel, which premieres in "
        "April. Two more actors co-star.",
        "2016-12-29", ["Harbor Lights S1 2017-04-01..2017-04-30 month"]),
    row("the second episode of a show landing on a day is no premiere",
        "Also worth noting: the second episode of Harbor Lights lands on Friday, and a film"
        " opens in theaters the same day.",
        "2019-11-13", []),
    row("a network brings a show back on a date",
        "The second season of Harbor Lights is close. FX brings Harbor Lights back "
        "Thursday, June 28, with a new case.",
        "2012-05-01", ["Harbor Lights S2 2012-06-28 day"]),
    row("a show on deck for a season",
        "The Spanish-language comedy Night Orchard, from two stand-up writers, is on deck "
        "for the summer.",
        "2019-01-08", ["Night Orchard S1 2019-06-01..2019-08-31 season"]),
    row("a treatment that delayed production is no delay of the date",
        "Two comedies come back together on Sunday, March 31: the final season of Harbor "
        "Lights, with its star back after an illness delayed production for a year, and the"
        " second season of Night Orchard.",
        "2019-01-08", ["Harbor Lights S? 2019-03-31 day", "Night Orchard S2 2019-03-31 day"]),
    row("the calendar year starts, no show does",
        "The final season of Harbor Lights will premiere in April, the network said. The "
        "year starts this weekend, with a pair of specials.",
        "2019-01-08", ["Harbor Lights S? 2019-04-01..2019-04-30 month"]),
    row("a show's movie is targeted for a season",
        "One notable absence: Night Orchard. The sci-fi drama will not return until 2020, "
        "the network said, as the third season is still shooting. HBO's Harbor Lights "
        "movie, reuniting its old cast, is targeted for this spring.",
        "2019-01-08", ["Night Orchard S3 2020-01-01..2020-12-31 year"]),
    row("a season that is now a year's show",
        "🎤 Night Orchard season 3, which had filmed only a handful of days before the "
        "strike, is now a 2024 show.",
        "2023-09-01", ["Night Orchard S3 2024-01-01..2024-12-31 year"]),
    row("a network holding a show at its original date, past a long aside",
        "Not every network is in a rush. Showtime is holding Night Orchard: City of Angels,"
        " the famous writer's spinoff set in 1938 Los Angeles with a star from the "
        "original, at its original April 26 date.",
        "2020-03-25", ["Night Orchard: City of Angels S1 2020-04-26 day"]),
    row("a network locks in a season for a day, past an aside",
        "Apple also locked in the second season of Night Orchard, the young star's drama "
        "inspired by a real journalist, for Friday, June 11, and confirmed that Harbor Lights, "
        "the comedy that gave the service its first hit, will return for its second season "
        "this summer.",
        "2021-03-04", ["Night Orchard S2 2021-06-11 day",
                       "Harbor Lights S2 2021-06-01..2021-08-31 season"]),
    row("a show that gets a weeknight in the fall",
        "CBS\n"
        "• Night Orchard, with a new star in the Hawaiian shirt, gets Mondays in the fall.\n"
        "• Harbor Lights, renewed for season 11 after its revival drew 27 million viewers, "
        "holds Tuesdays at 8 this fall.",
        "2018-05-18", ["Night Orchard S1 2018-09-01..2018-11-30 season", "Harbor Lights S11 2018-09-01..2018-11-30 season"]),
    row("has season down for",
        "Netflix has Sweet Tooth's second season down for sometime in 2023 and has said "
        "nothing more.",
        "2021-08-10", ["Sweet Tooth S2 2023-01-01..2023-12-31 year"]),
    row("possessive season will follow",
        "Gentleman Jack is back in May. Vera's eleventh series will follow in September.",
        "2020-03-01", ["Gentleman Jack S? 2020-05-01..2020-05-31 month", "Vera S11 2020-09-01..2020-09-30 month"]),
    row("episodes go up on",
        'Netflix is splitting "Bridgerton" in two again: the first four episodes of Season '
        "4 go up on Jan. 29.",
        "2026-01-04", ["Bridgerton S4 2026-01-29 day"]),
    row("is also returning for",
        'The small-town drama "Sweet Magnolias," a surprise hit with older viewers, is also'
        " returning for a second season.",
        "2020-08-21", ["Sweet Magnolias S2 tba"]),
    row("been given a third series",
        'The BBC comedy "Ghosts" has been given a third series before its second has even '
        "started.",
        "2020-09-15", ["Ghosts S3 tba"]),
    row("keeping its slot",
        "Some dates are holding. Echo, the Hawkeye spinoff, is keeping its late November "
        "slot for now, and Marvel's animated What If...? season 2 is expected early next "
        "year.",
        "2023-08-09", ["Echo S1 2023-11-21..2023-11-30 month", "What If...? S2 2024-01-01..2024-04-30 year"]),
    row('will not reach screens until a year',
        'Good Omens will not reach screens until 2019, Amazon said.',
        '2018-02-01', ['Good Omens S1 2019-01-01..2019-12-31 year']),
    row('confirmed a season of X for a month',
        'Studio Bones confirmed a third season of "Mob Psycho 100" for October at its festival stage.',
        '2022-03-27', ['Mob Psycho 100 S3 2022-10-01..2022-10-31 month']),
    row('will stream later this year',
        'Prime Video unveils its slate\n\nThe biggest news was Paatal Lok. The second season will stream later this year, the service said.',
        '2024-03-19', ['Paatal Lok S2 2024-03-20..2024-12-31 year']),
    row("'out on' a date is a release",
        "Netflix's autumn\n\nNetflix's next big bet is the new Marvel series Iron Fist, out on 17 March.",
        '2017-01-20', ['Iron Fist S1 2017-03-17 day']),
    row("a show that 'delivers its' season in a window",
        'HBO news\n\nSuccession finally delivers its long-awaited fourth season this spring.',
        '2023-01-10', ['Succession S4 2023-03-01..2023-05-31 season']),
    row("a show that 'joins the Monday block' on a date",
        'CBS sets its fall\n\nThe buddy sitcom "Mom" joins the Monday block a week later, on Sept. 23.',
        '2013-06-20', ['Mom S1 2013-09-23 day']),
    row("a show that 'previews on' a weekday's date premieres then",
        'NBC leans on the Olympics\n\nThe network is leaning on the Games to launch a new comedy. Welcome to Sweden, narrated by Amy Poehler, previews on Thursday, July 10 at 9/8c.',
        '2014-05-20', ['Welcome to Sweden S1 2014-07-10 day']),
    row("'will play out its final season then': the window told in the sentence before",
        'Midseason plans\n\nThe network is keeping three shows on the bench until midseason. "Hollow Creek" will play out its sixth and final season then, as will the second season of "Iron Harbor," which was renewed in May.',
        '2016-06-14', ['Hollow Creek S6 2017-01-01..2017-03-31 season', 'Iron Harbor S2 2017-01-01..2017-03-31 season']),
    row("'said it would likely come in 2024': a renewed season's year",
        'FX news\n\nNight Desk, which wrapped its fifth season last month, has already been renewed for a sixth and final season; the chairman said it would likely come in 2024.',
        '2023-10-05', ['Night Desk S6 2024-01-01..2024-12-31 year']),
    row("'a third season will close out the story next summer': the last season's date",
        'K-drama news\n\nNight Tower returns with its second season on Friday, Dec. 1, and the streamer has already said a third season will close out the story next summer.',
        '2023-11-28', ['Night Tower S2 2023-12-01 day', 'Night Tower S3 2024-06-01..2024-08-31 season']),
    row("'season 2 is April 7': a season and its date, joined by 'is'",
        "Spring cheat sheet\n\nMarlow Street: Its sixth and final season starts Sunday, March 31 on HBO.\n\nThe Ferryman's Daughter: Season 2 is April 7 on BBC America.\n\nDust Choir: Season 3 starts April 14.",
        '2019-02-10', ['Marlow Street S6 2019-03-31 day', "The Ferryman's Daughter S2 2019-04-07 day", 'Dust Choir S3 2019-04-14 day']),
    row("'reaches Netflix in October': a show reaching a streamer",
        'Copper Sound, a Swedish drama about the birth of a music app, reaches Netflix in October.',
        '2022-06-01', ['Copper Sound S1 2022-10-01..2022-10-31 month']),
    row("'told from six points of view, reaches Netflix in October': a participle aside is no past tense",
        'Nordic list\n\nKestrel. A Danish thriller about a missing ferry. It lands on DR1 on Sunday, Aug. 21.\n\nCopper Sound. A Swedish drama, told from six points of view, reaches Netflix in October.\n\nHalvlys. The Norwegian comedy will be back for its second season later this year.',
        '2022-06-01', ['Kestrel S1 2022-08-21 day', 'Copper Sound S1 2022-10-01..2022-10-31 month', 'Halvlys S2 2022-06-02..2022-12-31 year']),
    row('a-finale-after-and-the-is-its-own-phrase',
        'The host said the coming 12th season of "Harbor Talk" will be its last, with the final season beginning in September and the finale expected in spring 2026.',
        '2025-05-13', ['Harbor Talk S12 2025-09-01..2025-09-30 month']),
    row('follows-it-at-an-hour-with-its-premiere',
        'Over on the network, Harbor Nights returns for its sixth season on Sept. 27, and Cedar Lane follows it at 10 p.m. with its fourth-season premiere.',
        '2009-08-20', ['Harbor Nights S6 2009-09-27 day', 'Cedar Lane S4 2009-09-27 day']),
    row('its-back-as-a-contraction',
        "Nightshade has been renewed for a third season. The network says it's back this fall.",
        '2018-03-08', ['Nightshade S3 2018-09-01..2018-11-30 season']),
    row('following-day-then-the-day-of-month',
        'Iron Coast returns Thursday, Nov. 4. Moonbase Seven arrives the following day, the 5th, with two episodes.',
        '2021-10-01', ['Iron Coast S? 2021-11-04 day', 'Moonbase Seven S1 2021-11-05 day']),
    row('this-ramadan-a-season-s-window',
        'The family comedy Beit Al Jadd, a surprise hit last year, returns for its second season this Ramadan.',
        '2024-02-28', ['Beit Al Jadd S2 2024-03-11..2024-04-09 range']),
    row('and-the-new-episodes-are-not-expected-until',
        'Hulu ordered a third season of Pier Pressure months ago, but cameras only began rolling last week and the new episodes are not expected until 2026.',
        '2024-06-20', ['Pier Pressure S3 2026-01-01..2026-12-31 year']),
    row('production-studio-as-the-speaker',
        'Lantern Beast returns for a second season. Production studio Kitefield Works says the new season will begin airing in July.',
        '2025-02-18', ['Lantern Beast S2 2025-07-01..2025-07-31 month']),
    row('streaming-for-subscribers-on-a-date',
        'The ranch is open again: Dry Creek season two starts streaming for Peacock subscribers on April 4.',
        '2023-01-10', ['Dry Creek S2 2023-04-04 day']),
    row("'TNT's continuation of Dallas premieres June 13': what is continued is a title",
        "Summer dramas\n\nTNT's continuation of Dallas premieres June 13, two decades after the oil saga left CBS.",
        '2012-03-01', ['Dallas S1 2012-06-13 day']),
    row("'HBO has it on Sunday, Jan. 12': the network's slot for the show",
        'Mailbag\n\nQ: When is Bayou Nights on?\n\nA: HBO has it on Sunday, Jan. 12.',
        '2013-12-10', ['Bayou Nights S1 2014-01-12 day']),
    row("'is launching X on Tuesday, March 12': what a network is launching is a title",
        'Year-end column\n\nThe cable network, which has never had a drama anyone talked about, is launching Quarry Hill on Tuesday, March 12.',
        '2001-12-27', ['Quarry Hill S1 2002-03-12 day']),
    row("'which will show up sometime next summer': a release cue with a date after it",
        'Year-end column\n\nThe channel is also sitting on a police drama called Glass Harbor, which will show up sometime next summer.',
        '2001-12-27', ['Glass Harbor S1 2002-06-01..2002-08-31 season']),
    row('lined-up-for',
        'Amazon has also lined up the second season of "Modern Love" for Friday, Aug. 13.',
        '2021-04-20', ['Modern Love S2 2021-08-13 day']),
    row('preparing-for-this-winter',
        'Hum TV is preparing Lantern Row, a romance between neighbours in an old mohalla, for this winter.',
        '2025-10-20', ['Lantern Row S1 2025-12-01..2026-02-28 season']),
    row('bringing-to-screens',
        'Geo is bringing Night Ferry to screens during the holidays, when schools are closed.',
        '2025-10-20', ['Night Ferry S1 2025-11-15..2025-12-31 season']),
    row('ready-for-early-next-year',
        'The channel says its next big serial, Quarry Hill, is ready for early next year.',
        '2025-10-20', ['Quarry Hill S1 2026-01-01..2026-04-30 year']),
    row("'a new murder mystery called X': a kind of show, then the name it is called",
        'Cable news\n\nAMC, still riding high on its zombie hit, has a new murder mystery called The Killing. It premieres Sunday, April 3.',
        '2011-01-20', ['The Killing S1 2011-04-03 day']),
    row("'has set a date for X': the show a date is set for",
        'TV notes\n\nHBO has finally set a date for Game of Thrones, its adaptation of the fantasy novels. The first season begins Sunday, April 17.',
        '2011-01-20', ['Game of Thrones S1 2011-04-17 day']),
    row("'ends season 2 on Oct. 9' is a finale's date, not a premiere's",
        'Streaming this week\n\nFinales: Ted Lasso wraps its second season on Apple TV+ Oct. 8, and The Boys ends season 3 on Prime Video Oct. 7.\n\nPremieres: The Midnight Club arrives on Netflix Oct. 7.',
        '2022-10-01', ['The Midnight Club S1 2022-10-07 day']),
    row("'a brand-new game hosted by X' is a TV game show, not a video game",
        'Summer TV\n\nFox goes first. Beat Shazam, a brand-new music game hosted by Jamie Foxx, premieres Thursday, May 25.',
        '2017-04-10', ['Beat Shazam S1 2017-05-25 day']),
    row("British 'will be broadcast' and 'is to be shown' are release cues",
        "BBC drama plans\n\nThe Hollow Crown will be broadcast on BBC Two this summer. Parade's End is to be shown in August.",
        '2012-03-14', ['The Hollow Crown S1 2012-06-01..2012-08-31 season', "Parade's End S1 2012-08-01..2012-08-31 month"]),
    row("'I'll take X' is a speaker's words before a title, and 'Come back in December' an imperative",
        "Podcast notes\n\nMEG: I'll take Doctor Who, whose eleventh series kicks off Sunday, October 7, on BBC One.\n\nOLLIE: Come back in December for the results.",
        '2018-09-10', ['Doctor Who S11 2018-10-07 day']),
]


@pytest.mark.parametrize(("text", "published", "expected"), CUES)
def test_release_cue(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── listings: "X (Jan. 10, HBO)" ─────────────────────────────────────────────────────────

LISTINGS = [
    row("a night-by-night schedule: same-night followers, asides about sources and places",
        "Fall premiere dates, night by night:\n\n"
        "Monday, Oct. 7 — Harbor Lights opens its third season, its first on the network after "
        "the production moved from Atlanta to Toronto.\n\n"
        "Tuesday, Oct. 8 — Copper Lane, season 2 premiere, followed at 9 p.m. by the series "
        "premiere of Ember Road, a comedy about two sisters.\n\n"
        "Wednesday, Oct. 9 — Graveyard Shift begins its fourth season and leads into the debut "
        "of Static, based on the 1999 Jim Carrey film.\n\n"
        "Thursday, Oct. 10 — Cold Open kicks off season 6, followed by the second season of "
        "NBC's Last Call.\n\n"
        "Northside, a grittier take on the Marvel comics, is being held for midseason.",
        "2019-06-01", ["Harbor Lights S3 2019-10-07 day", "Copper Lane S2 2019-10-08 day",
                       "Ember Road S1 2019-10-08 day", "Graveyard Shift S4 2019-10-09 day",
                       "Static S1 2019-10-09 day", "Cold Open S6 2019-10-10 day",
                       "Last Call S2 2019-10-10 day",
                       "Northside S1 2020-01-01..2020-03-31 season"]),
    row("bulleted 'Title, season N — ...' items, each about its own show",
        "Hulu's year ahead\n\nOn Monday, the streamer shared a teaser reel of its plans.\n\n"
        "• Only Murders in the Building, season 5 — Premieres in 2025, with Steve Martin and "
        "Martin Short back.\n\n"
        "• The Bear, season 4 — Claire Dunlap is back later this year.\n\n"
        "• Paradise, season 2 — Dan Fogelman's thriller is coming in early 2026.\n\n"
        "• Solar Opposites: Class of '26 — The animated spinoff, set between the fourth and "
        "fifth seasons of the original, arrives in 2025.",
        "2025-01-10", ["Only Murders in the Building S5 2025-01-01..2025-12-31 year",
                       "The Bear S4 2025-01-11..2025-12-31 year",
                       "Paradise S2 2026-01-01..2026-04-30 year",
                       "Solar Opposites: Class of '26 S1 2025-01-01..2025-12-31 year"]),
    row("listing lines under a premiere heading",
        "Winter premiere dates\n\n"
        "Girls season 3 (Sunday, Jan. 12, HBO)\n\n"
        "Shameless season 4 (Jan. 12, Showtime)\n\n"
        "Archer season 5 (Jan. 13, FX)",
        "2013-12-20", ["Girls S3 2014-01-12 day", "Shameless S4 2014-01-12 day",
                       "Archer S5 2014-01-13 day"]),
    row("listing in a sentence",
        "Among the January returns: Girls season 3 (Jan. 12, HBO) and Archer season 5 "
        "(Jan. 13, FX).",
        "2013-12-20", ["Girls S3 2014-01-12 day", "Archer S5 2014-01-13 day"]),
    row("listing whose season is in the paragraph under it",
        "Fall TV premiere calendar\n\n"
        "House (Monday, Sept. 20, Fox)\n\n"
        "The seventh season picks up right after House and Cuddy finally got together.",
        "2010-08-02", ["House S7 2010-09-20 day"]),
    row("a calendar's date-led lines under its heading",
        "January 2025 TV premiere calendar\n\nJan. 2 — The Night Agent season 2 (Netflix)\n"
        "Jan. 9 — Severance season 2 (Apple TV+) moved to Jan. 17\n"
        "Jan. 12 — Landman (Paramount+) finale\nJan. 15 — The Pitt (Max)\n", "2024-12-28",
        ["The Night Agent S2 2025-01-02 day", "Severance S2 2025-01-17 day",
         "The Pitt S1 2025-01-15 day"]),
    row("a date alone on its line over the shows arriving that day",
        "Coming to Hulu in April 2024\n\nApril 4\n- Palm Royale: Season 1 finale\n"
        "- Feud: Capote vs. the Swans finale\n\nApril 11\n- We Were the Lucky Ones (Limited Series)\n"
        "- Civil War (film)\n\nApril 18\n- Shogun: Season 2\n", "2024-03-28",
        ["We Were the Lucky Ones S1 2024-04-11 day", "Shogun S2 2024-04-18 day"]),
    row("a dated list line under a weekday and a date, with a bullet",
        "New on Prime Video this week\n\nFriday, May 17:\n• Outer Range: Season 2\n"
        "• Knuckles (film)\n", "2024-05-13", ["Outer Range S2 2024-05-17 day"]),
    row("a date line in prose is no list heading",
        "Premiere dates for spring\n\nMarch 5\n\nThe cast of Hacks spoke about the long "
        "break between seasons.", "2024-02-01", []),
    row("a schedule's date-led lines, several shows to a line, in one paragraph",
        "NBC's fall premiere dates\n\nMonday 9/23: The Voice and Brilliant Minds (new)\n"
        "Tuesday 10/1: Chicago Fire, Chicago P.D.\nWednesday 10/2: Found season 2\n",
        "2024-08-20",
        ["The Voice S1 2024-09-23 day", "Brilliant Minds S1 2024-09-23 day",
         "Chicago Fire S1 2024-10-01 day", "Chicago P.D. S1 2024-10-01 day",
         "Found S2 2024-10-02 day"]),
    row("a schedule line's asides in parentheses and 'the brand-new' before a title",
        "Fall premiere calendar\n\n9/23 — Found (NBC, season 2) and the brand-new Brilliant "
        "Minds (NBC).\n", "2024-08-20",
        ["Found S2 2024-09-23 day", "Brilliant Minds S1 2024-09-23 day"]),
    row("date-led lines without a premiere headline name no shows",
        "Notes from the week\n\nMonday 9/23: Lunch With Friends\nTuesday 9/24: Staff Meeting\n",
        "2024-08-20", []),
    row("a week's streaming guide: day lines over show lines without bullets",
        "What to stream this week: March 3-9\n\nWednesday, March 5\nThe Residence (Netflix)\n"
        "Love Is Blind season 8 finale (Netflix)\nThursday, March 6\nDaredevil: Born Again "
        "(Disney+)\n", "2025-03-01",
        ["The Residence S1 2025-03-05 day", "Daredevil: Born Again S1 2025-03-06 day"]),
    row("a premiere table's rows, one show per row",
        "Spring premiere dates at a glance\n\nShow | Network | Date\n"
        "The Last of Us season 2 | HBO | April 13\nAndor season 2 | Disney+ | April 22\n"
        "Sinners | theaters | April 18\n", "2025-03-10",
        ["The Last of Us S2 2025-04-13 day", "Andor S2 2025-04-22 day"]),
    row("a premiere list's bullet lines: title, season, dash, date (no verb)",
        "Every new show coming to Hulu in 2025\n\nThe dates confirmed so far.\n\n"
        "- Paradise – January 26\n\n- Tell Me Lies season 2 – later in 2025\n\n"
        "Hulu has not dated Only Murders in the Building's fifth season yet.", "2025-01-05",
        ["Paradise S1 2025-01-26 day", "Tell Me Lies S2 2025-01-06..2025-12-31 year"]),
    row("a weekday-named show after a label's colon",
        "Also confirmed: Wednesday season 2 arrives in two parts, the first on August 6.",
        "2025-02-25", ["Wednesday S2 2025-08-06 day"]),
    row("a weekday named show before its season, in a listing with a month",
        "Wednesday season 2 (Netflix, August)\nJenna Ortega returns to Nevermore Academy.",
        "2025-01-05", ["Wednesday S2 2025-08-01..2025-08-31 month"]),
    row("time slots under a day heading",
        "Fall TV: every broadcast premiere date\n\nHere is when the network shows return."
        "\n\nMONDAY, SEPT. 21\n8 p.m. — Harbor Lights (NBC, season 4 premiere)\n9:30 p.m. —"
        " Copper Lane (ABC, season 2 premiere)\n\nTHURSDAY, OCT. 15\n10 p.m. — Ember Road "
        "(CBS, season 6)",
        "2026-08-20",
        ["Harbor Lights S4 2026-09-21 day", "Copper Lane S2 2026-09-21 day",
         "Ember Road S6 2026-10-15 day"]),
    row("a lineup headline makes its bullets a premiere list",
        "The fall 2026 anime lineup\n\nThe streamer has unveiled its simulcasts.\n\n- Star "
        "Courier Season 2 — October 3\n- Iron Blossom Season 4 — October 11",
        "2026-09-01", ["Star Courier S2 2026-10-03 day", "Iron Blossom S4 2026-10-11 day"]),
    row("a cancelled show's line in a premiere calendar",
        "Coming to Netflix in September\n\nSept. 10 – Iron Gate (cancelled, no new "
        "episodes)\nSept. 18 – Black Harbor (limited series)",
        "2025-08-25", ["Black Harbor S1 2025-09-18 day"]),
    row("a weekday title in a premiere calendar",
        "Coming to Netflix in September\n\nSept. 3 – Wednesday: Season 2 (Part 2)\nSept. "
        "18 – Black Harbor (limited series)",
        "2025-08-25", ["Wednesday S2 2025-09-03 day", "Black Harbor S1 2025-09-18 day"]),
    row("schedule lines that end with their date",
        "Apple TV+ fall slate\n\nHarbor Lights (season 4) – September 17\nCopper Lane "
        "(season 5) – September 24",
        "2025-08-01", ["Harbor Lights S4 2025-09-17 day", "Copper Lane S5 2025-09-24 day"]),
    row("a TV guide's entries under day headings",
        "What to watch on TV this weekend\n\nSaturday 15 March\nHarbor Lights (BBC One, "
        "8.20pm) — The detective drama returns for a second series.\n\nSunday 16 March\n"
        "Ember Road (ITV1, 9pm) — The heist drama continues.\nCopper Lane (ITV1, 8pm) — "
        "The detective is back for series five.",
        "2025-03-14", ["Harbor Lights S2 2025-03-15 day", "Copper Lane S5 2025-03-16 day"]),
    row("a table that leads with the date column",
        "Date | Show | Network\nJan. 5 | Harbor Lights (season 2) | Hulu\nJan. 12 | "
        "Copper Lane (season 3) | HBO Max",
        "2025-12-20", ["Harbor Lights S2 2026-01-05 day", "Copper Lane S3 2026-01-12 day"]),
    row("status labels before a roundup's titles",
        "Renewed and cancelled this week\n\nRenewed: Harbor Lights (Max, season 5), "
        "Copper Lane (Peacock, season 3).\n\nComing back soon: Ember Road returns June "
        "25.",
        "2025-05-20",
        ["Harbor Lights S5 tba", "Copper Lane S3 tba", "Ember Road S? 2025-06-25 day"]),
    row("network sub-headings keep a calendar's cue, and '&' inside a first item stays",
        "Fall 2025 premiere dates for broadcast TV\n\nNBC\nSept. 22: Harbor Lights (season"
        " 28)\nSept. 25: Law & Order (season 25), Copper Lane (season 27)\n\nCBS\nOct. 12: "
        "Ember Road (season 3)",
        "2025-08-15",
        ["Harbor Lights S28 2025-09-22 day", "Law & Order S25 2025-09-25 day",
         "Copper Lane S27 2025-09-25 day", "Ember Road S3 2025-10-12 day"]),
    row("a list line ending in TBA",
        "The streamer previewed its 2026 originals. Highlights:\n\n• Harbor Lights season"
        " 3 – early 2026\n• Copper Lane season 2 – TBA",
        "2025-12-04", ["Harbor Lights S3 2026-01-01..2026-04-30 year", "Copper Lane S2 tba"]),
    row("'and the' inside a dated line's title, and a line already streaming",
        "Everything coming to Disney+ in December\n\nDec. 3 - Copper Lane and the "
        "Olympians: Season 2 (first two episodes)\nDec. 25 - Harbor Lights (already "
        "streaming, holiday marathon)",
        "2025-11-20", ["Copper Lane and the Olympians S2 2025-12-03 day"]),
    row("a listed date with the season after it",
        "Winter TV preview\n\n• Coral Bay (HBO) — Jan. 10, season 4\n• Night Shift (Hulu) "
        "— Feb. 26",
        "2026-12-01", ["Coral Bay S4 2027-01-10 day", "Night Shift S1 2027-02-26 day"]),
    row("an A-Z guide: 'Title: Season N — date (Network)' lines under a premiere-dates headline",
        "2027 TV premiere dates: an A-Z guide\n\nBookmark this page.\n\nCoral Bay: Season 3"
        " — Tuesday, Jan. 19 (Fox)\nMaria's Garden: Series premiere — Friday, Jan. 22 "
        "(Netflix)\nNight Shift: Season 2 — TBA (Netflix)\nHarbor Lights: Season 2 — "
        "Spring (Apple TV)",
        "2026-12-01",
        ["Coral Bay S3 2027-01-19 day", "Maria's Garden S1 2027-01-22 day", "Night Shift S2 tba", "Harbor Lights S2 2027-03-01..2027-05-31 season"]),
    row("a listed title with 'Seasons' in it is not cut there",
        "New on the streamer in December\n\nDec. 3 — The Lost Seasons: Season 2\nDec. 10 —"
        " Harbor Lights: Season 6",
        "2026-11-28", ["The Lost Seasons S2 2026-12-03 day", "Harbor Lights S6 2026-12-10 day"]),
    row("a title led by hyphenated digits keeps them ('8-1-1: Denver')",
        "8-1-1: Denver season 2 premieres Sept. 21 on ABC.",
        "2026-08-30", ["8-1-1: Denver S2 2026-09-21 day"]),
    row("weekday headings over time-slot lines with a colon and a sentence each",
        "What to watch this week\n\nHere is what is on, day by day.\n\nMONDAY, JAN. 6\n\n8 "
        "p.m. — Harbor Lights (CBS): new episode after the winter break\n\nTUESDAY, JAN. "
        "7\n\n8 p.m. — Night Shift (ABC): Season 7 premiere. The cast is back after a "
        "season that spent most of last year on the shelf.\n9 p.m. — Low Tide (Fox): "
        "Series premiere. A surgeon returns to her hometown.",
        "2025-01-05", ["Night Shift S7 2025-01-07 day", "Low Tide S1 2025-01-07 day"]),
    row("a stand-up special in a dated list is no show",
        "New on the streamer in December\n\nDec. 2: Dana Ross: Still Standing (stand-up "
        "special)\nDec. 4: Harbor Lights — series premiere",
        "2025-11-25", ["Harbor Lights S1 2025-12-04 day"]),
    row("a date-led line: the show 'that debuted in February' opens its second season",
        "CBS sets fall premiere dates\n\nMost shows arrive in October.\n\nSunday, Oct. 13: "
        "Harbor Lights, the breakout drama that debuted behind the Super Bowl in "
        "February, opens its second season.",
        "2024-06-20", ["Harbor Lights S2 2024-10-13 day"]),
    row("a date-led line with a weekday: 'X (season 22) is followed by the new prequel Y, which ...'",
        "CBS sets fall premiere dates\n\nMost shows arrive in October.\n\nMonday, Oct. 14: "
        "Low Tide (season 22) is followed by the new prequel Low Tide: Origins, which "
        "looks back at a young Dana.",
        "2024-06-20", ["Low Tide S22 2024-10-14 day", "Low Tide: Origins S1 2024-10-14 day"]),
    row("a streaming guide's line of films with years names no show",
        "What's new on the streamer in March\n\nHere's the full rundown:\n\nMar. 1: Casino "
        "Nights (2006), Ocean Run (2001), The Last Dancer, Zodiac Road\nMar. 1: Harbor "
        "Lights, Seasons 1-5 (library)\nMar. 6: Low Tide, new episode\nMar. 19: Night "
        "Shift, series premiere (first two episodes)",
        "2025-02-24", ["Night Shift S1 2025-03-19 day"]),
    row("a bare schedule line takes the season the text put next to its title",
        "NBC sets fall premiere dates\n\nWednesday, Sept. 25 brings Harbor Lights (season"
        " 10) and Low Tide (season 13) back to back. The season gets underway Monday, "
        "Sept. 23, when Night Shift launches its 26th cycle.\n\nMonday, Sept. 23\n8 p.m. —"
        " Night Shift (season premiere)\n\nWednesday, Sept. 25\n8 p.m. — Harbor Lights\n9 "
        "p.m. — Low Tide",
        "2024-08-15",
        ["Night Shift S26 2024-09-23 day", "Harbor Lights S10 2024-09-25 day", "Low Tide S13 2024-09-25 day"]),
    row("a schedule line's comma list with times in parentheses dates every title, each with the season the text told",
        "ABC fall premiere dates\n\nThursday, Sept. 26 is stacked: Harbor Lights opens "
        "its eighth season at 8, and Low Tide launches Season 21 at 10.\n\nABC's fall "
        "lineup:\n\nThursday, Sept. 26 — Harbor Lights (8 p.m.), Night Shift (9 p.m.), "
        "Low Tide (10 p.m.)",
        "2024-07-11",
        ["Harbor Lights S8 2024-09-26 day", "Night Shift S1 2024-09-26 day", "Low Tide S21 2024-09-26 day"]),
    row("a dated line's items after a colon, not a title in a later item's prose ('a witch from the X finale')",
        "The week ahead: fall premiere week\n\nHere's what's premiering.\n\nWednesday, "
        "Sept. 18: Harbor Lights (CBS, 8/7c) opens with a 90-minute episode; Low Tide "
        "(Disney+, two episodes) follows a witch from the Night Shift finale.",
        "2024-09-15", ["Harbor Lights S1 2024-09-18 day", "Low Tide S1 2024-09-18 day"]),
    row("a newsletter's parenthesised dates: a film '(Dec. 19, theaters)' is no show; a 'Fourth of July shift' anchors nothing; 'brings Westeros back' is no return",
        "The Watchlist: your January TV calendar\n\nAlso on the holiday radar: Harbor "
        "Lights: Fire and Ash (Dec. 19, theaters).\n\nJanuary is where it gets crowded. "
        "Low Tide is back for season two (Jan. 8, HBO Max), this time set over a Fourth"
        " of July shift. Night Shift (Jan. 15, Paramount+) finally arrives, and the "
        "adaptation Dusk Patrol (Jan. 18, HBO) brings Westeros back at a much smaller "
        "scale.",
        "2025-12-19",
        ["Low Tide S2 2026-01-08 day", "Night Shift S1 2026-01-15 day", "Dusk Patrol S1 2026-01-18 day"]),
    row("a list under 'Held for midseason:' takes the window; a 'single-camera comedy' is no music single",
        "NBC sets its 2025-26 schedule\n\nThe network unveiled its lineup on Monday.\n\n"
        "Held for midseason:\n- Harbor Lights, a new single-camera comedy starring Dana "
        "Ross as a cheer coach.\n- Low Tide, a new drama about a fishing town.",
        "2025-05-12",
        ["Harbor Lights S1 2026-01-01..2026-03-31 season", "Low Tide S1 2026-01-01..2026-03-31 season"]),
    row("a schedule's time slots without 'p.m.' are not part of the titles ('8:00 The Neighborhood (season 5)')",
        "CBS sets fall premiere dates\n\nHere is the full schedule (all times Eastern):\n\n"
        "Monday, Sept. 19\n8:00 Harbor Lights (season 5)\n8:30 Low Tide (season 4)\n\n"
        "Tuesday, Sept. 20\n8:00 Night Shift (season 5)",
        "2022-07-06",
        ["Harbor Lights S5 2022-09-19 day", "Low Tide S4 2022-09-19 day", "Night Shift S5 2022-09-20 day"]),
    row("a list under 'Returning in the fall:' whose lines name several titles, each with its season; 'Premiere dates for the fall shows are expected in June' dates nothing",
        "NBC's 2024-25 schedule\n\nNBC unveiled its lineup on Monday.\n\nReturning in the "
        "fall:\n- Harbor Lights (season 10), Low Tide (season 13) and Night Shift "
        "(season 12), which keep Wednesdays\n- Dusk Patrol (season 2)\n\nPremiere dates "
        "for the fall shows are expected in June.",
        "2024-05-13",
        ["Harbor Lights S10 2024-09-01..2024-11-30 season", "Low Tide S13 2024-09-01..2024-11-30 season", "Night Shift S12 2024-09-01..2024-11-30 season", "Dusk Patrol S2 2024-09-01..2024-11-30 season"]),
    row("list lines 'Title, season N: date' keep the title before the comma",
        "ABC sets strike-delayed winter premieres: Dusk Patrol and Night Shift get "
        "dates\n\nWith the strike over, ABC has put its shows back on the calendar.\n\nDusk"
        " Patrol, ABC's workplace comedy, will open its third season on Wednesday, "
        "February 7.\n\nHere are the other premiere dates announced:\n\n- Night Shift, "
        "season 2: Tuesday, January 9\n- The Harbor, season 28: Monday, January 22, with"
        " a new lead\n- The Good Tide, season 7: Tuesday, February 20 (the drama's final"
        " season)",
        "2023-11-16",
        ["Dusk Patrol S3 2024-02-07 day", "Night Shift S2 2024-01-09 day", "The Harbor S28 2024-01-22 day", "The Good Tide S7 2024-02-20 day"]),
    row("schedule sentence: shows 'followed by' and 'alongside' share the one night",
        "Fox dates its winter lineup\n\nMonday, Jan. 13, turns into a crime night: Harbor"
        " Watch returns for its fourth season, followed by the second season of Cold "
        "Ledger and the sixth and final season of Night Desk.\n\nThe animation block "
        "follows on Sunday, Feb. 2. Pinewood Heights opens its 12th season at 8 p.m., "
        "alongside the third season of its spinoff Little Pinewood.",
        "2019-11-20",
        ["Harbor Watch S4 2020-01-13 day", "Cold Ledger S2 2020-01-13 day", "Night Desk S6 2020-01-13 day", "Pinewood Heights S12 2020-02-02 day",
         "Little Pinewood S3 2020-02-02 day"]),
    row("a premiere night named without a show: the next sentence's numbered seasons open then",
        "CBS sets its fall nights\n\nThe network's procedural empire returns on Tuesday, "
        "Sept. 22. Harbor Watch starts its ninth season, followed by Cold Ledger in its"
        " fourth. Night Desk returns with its third season at 10 p.m.\n\nThe comedies "
        "wait until October.",
        "2020-07-01", ["Harbor Watch S9 2020-09-22 day", "Cold Ledger S4 2020-09-22 day",
                       "Night Desk S3 2020-09-22 day"]),
    row("'that night' repeats the day just named in the paragraph",
        "Shows come back in spring\n\nThe medical block follows on Thursday, March 12. "
        "Ward Nine opens its eighth season that night.",
        "2019-12-02", ["Ward Nine S8 2020-03-12 day"]),
    row("time-slot lines on consecutive lines are one item each, under their day",
        "NBC sets fall premiere dates\n\nHere is the rundown (all times ET/PT):\n\n"
        "Thursday, Sept. 26\n8:30 p.m. — Harbor Watch (fourth and final season premiere,"
        " one hour)\n10 p.m. — Cold Ledger: Night Unit (season 21 premiere)\n\nFriday, "
        "Oct. 4\n8 p.m. — Night Desk (season 7 premiere)",
        "2019-06-13",
        ["Harbor Watch S4 2019-09-26 day", "Cold Ledger: Night Unit S21 2019-09-26 day", "Night Desk S7 2019-10-04 day"]),
    row("'Title (series premiere): date' and 'date – Title (limited series)' list lines",
        "Hulu's fall release schedule\n\nHere is everything coming to Hulu this fall:\n\n"
        "Harbor Watch (season 5): Tuesday, Sept. 9\nCold Ledger: Earth (series "
        "premiere): Tuesday, Aug. 12",
        "2025-07-01", ["Harbor Watch S5 2025-09-09 day", "Cold Ledger: Earth S1 2025-08-12 day"]),
    row("a date-led list line 'Sept. 18 – Title (limited series)': the title after the dash",
        "Netflix's September release schedule\n\nHere is everything coming to Netflix "
        "next month:\n\nSept. 3 – Harbor Watch: Season 2\nSept. 18 – Night Desk (limited "
        "series)",
        "2025-08-20", ["Harbor Watch S2 2025-09-03 day", "Night Desk S1 2025-09-18 day"]),
    row("a press release's '8:00-9:00 PM TITLE (Season Three Premiere)' lines under their day",
        "FOX ANNOUNCES FALL 2019 PREMIERE DATES\n\nFALL 2019 PREMIERE DATES (All times "
        "ET/PT)\n\nMONDAY, SEPT. 23\n8:00-9:00 PM HARBOR WATCH (Season Three Premiere)\n"
        "9:00-10:00 PM COLD LEDGER (Series Premiere)\n\nTUESDAY, SEPT. 24\n8:00-9:00 PM "
        "NIGHT DESK (Season Six Premiere)",
        "2019-06-11",
        ["Harbor Watch S3 2019-09-23 day", "Cold Ledger S1 2019-09-23 day", "Night Desk S6 2019-09-24 day"]),
    row("a guide's 'Title - description' and 'Title, Season 2 - description' paragraphs name their titles",
        "New on streaming in July\n\nHere is what is worth your time in July, sorted by "
        "service.\n\nNETFLIX\n\nHarbor Watch, Season 3 - The detective's final run is split"
        " in two. Volume 1 hits Netflix on Thursday, July 6.\n\nCold Ledger - From the "
        "producers of a racing docuseries, this one follows three quarterbacks. Arrives"
        " July 12.\n\nSpecial Desk: Lioness - The creator's latest, starring Zoe Saldana,"
        " Nicole Kidman and Morgan Freeman, debuts Sunday, July 23 with two episodes.",
        "2023-06-28",
        ["Harbor Watch S3 2023-07-06 day", "Cold Ledger S1 2023-07-12 day", "Special Desk: Lioness S1 2023-07-23 day"]),
    row("'Sunday, Jan. 12: Title (HBO, 9/8c)' heading lines of a guide date their titles",
        "Your midseason survival guide\n\nJanuary is stacked. Here is the cheat sheet.\n\n"
        "Sunday, Jan. 12: Harbor Watch (HBO, 9/8c)\n\nTwo detectives reopen a 1995 case "
        "in this eight-episode anthology.\n\nFriday, Feb. 14: Cold Ledger (Netflix)\n\nAll "
        "13 episodes of the second season arrive at once.",
        "2013-12-10", ["Harbor Watch S1 2014-01-12 day", "Cold Ledger S2 2014-02-14 day"]),
    row("a press release: its 'CITY, ST (date) —' dateline dates nothing; an ALL CAPS 'TITLE, SEASON 4' heading opens that show's section; a podcast's return is no premiere",
        "PBS ANNOUNCES ITS WINTER 2024 SEASON\n\nBOSTON, MA (November 14, 2023) — PBS "
        "today announced its 2024 schedule.\n\nHARBOR WATCH, SEASON 4\nPREMIERES SUNDAY, "
        "JAN. 7 AT 9/8c\n\nThe fourth season finds the vets adapting to wartime.\n\nThe "
        "network's companion podcast, hosted by a critic, returns with new episodes on "
        "January 5, featuring the cast of Harbor Watch.",
        "2023-11-14", ["Harbor Watch S4 2024-01-07 day"]),
    row("after a premiere night named without a show, 'X fills the rest of the night with its second season' opens X's season that night",
        "NBC sets its fall nights\n\nThe network's procedural empire returns on Thursday,"
        " Oct. 3. 'Cold Ledger' fills the rest of the night with its second season.",
        "2024-07-11", ["Cold Ledger S2 2024-10-03 day"]),
    row("a page's byline and time stamp name no show and keep a premiere list's cue",
        "New on Netflix in October: Every Show and Movie Coming This Month\n\nBy Alexis "
        "Nguyen\nUpdated Sept. 28, 2020, 3:00 p.m. ET\n\nSpooky season is here.\n\nThe full "
        "list\n\nOct. 1\nKiss the Ground (documentary film)\nHarbor Lights: Season 1\n\nOct. "
        "7\nCold Ledger: Season 2",
        "2020-09-28", ["Harbor Lights S1 2020-10-01 day", "Cold Ledger S2 2020-10-07 day"]),
    row("'Thursday, Feb. 15, is a big night.' names a premiere night; 'will launch X'; a byline's 'November 20, 2023 · 10:30 AM'; a 'strike-delayed' ceremony is no delay",
        "Post-strike TV: CBS sets winter premiere dates\n\nBy Jo Reporter\nNovember 20, "
        "2023 · 10:30 AM\n\nCBS will launch Harbor Lights, its new drama starring a "
        "former soap star, on Sunday, Feb. 11.\n\nThursday, Feb. 15, is a big night. Cold"
        " Ledger begins its seventh and final season at 8 p.m., followed by the third "
        "season of Night Desk at 8:30 p.m.\n\nCity Desk, which is up for eight awards at "
        "the strike-delayed Emmys ceremony on Jan. 15, opens its third season on "
        "Wednesday, Feb. 7.",
        "2023-11-20",
        ["Harbor Lights S1 2024-02-11 day", "Cold Ledger S7 2024-02-15 day", "Night Desk S3 2024-02-15 day", "City Desk S3 2024-02-07 day"]),
    row("a preview's entry: the show's heading, then a sentence that is only its date",
        "Summer TV guide: what to stream\n\nHarbor Lights (Hulu)\n\nFriday, June 14. The "
        "third season moves the crew to a new port, with Mira Okafor joining as the "
        "harbormaster.\n\nThe Glass Orchard (Netflix)\n\nThursday, July 11, 9 p.m. The "
        "family saga returns for its second season, its last.",
        "2024-05-20", ["Harbor Lights S3 2024-06-14 day", "The Glass Orchard S2 2024-07-11 day"]),
    row("'On the film side, the slate begins with X (May 1, 2020) and Y (Nov. 6, 2020)': films",
        "Two series now have windows: Night Orchard arrives in fall 2020. On the film "
        "side, the slate begins with Iron Harbor (May 1, 2020) and continues with The "
        "Glass Tower (Nov. 6, 2020).",
        "2019-07-21", ["Night Orchard S1 2020-09-01..2020-11-30 season"]),
    row("a dated list of 'Title: Season N — description' items under a page's dateline",
        "New on the service in December: 'Harbor Lights' and more\n\nNovember 28, 2016 | "
        "by Dana Whitlock\n\nHere is everything new this month.\n\nFriday, Dec. 9\n\nHarbor "
        "Lights: Season 2 — The crew is back for ten more episodes.\n\nThe Glass Tower: "
        "Season 3 — The family saga moves to Lisbon.\n\nFriday, Dec. 23\n\nNight Orchard: "
        "Season 1 — An animated series; it was the last role of an actor who died in "
        "June.",
        "2016-11-28",
        ["Harbor Lights S2 2016-12-09 day", "The Glass Tower S3 2016-12-09 day", "Night Orchard S1 2016-12-23 day"]),
    row("'Title (Network) — description. <date>.': a guide's entry ends with its date alone",
        "Fall TV 2008: your night-by-night guide\n\nHere is when the shows arrive.\n\nNight"
        " Orchard (CBS) — In this new procedural, a fake psychic helps the state "
        "police. Tuesday, Sept. 23.\n\nGlass Tower (ABC) — A remake of the British "
        "series, with a cop who wakes up in 1973. Thursday, Oct. 9.",
        "2008-08-25", ["Night Orchard S1 2008-09-23 day", "Glass Tower S1 2008-10-09 day"]),
    row("'\"Title\" (Network), <date>.': a guide's entry; 'Season three opens ...' after it tells its season",
        "Summer TV: what to set a reminder for\n\nHere they are, in order of arrival.\n\n"
        "\"Pine Hollow\" (AMC), Sunday, June 9. The murder mystery came back from the dead "
        "thanks to a streaming deal. Season three opens with a two-hour episode.\n\n"
        "\"Salt Flats\" (FX), in August. A border thriller remade from a Nordic hit.",
        "2013-05-20", ["Pine Hollow S3 2013-06-09 day", "Salt Flats S1 2013-08-01..2013-08-31 month"]),
    row("'\"Title\" (Network). <description>': the entry's title is the topic, not a novel it adapts",
        "Books on screen: the adaptations coming soon\n\nHere is what is in the works.\n\n"
        "\"Drift Station\" (Syfy). The first book in J.R. Okafor's space-opera series, \"Cold "
        "Orbit,\" won a prize. Syfy has ordered 10 episodes that it plans to air sometime in 2015.",
        "2014-07-21", ["Drift Station S1 2015-01-01..2015-12-31 year"]),
    row("'\"X\" (third season), \"Y\" and \"Z\" (second seasons for both)': each its own season",
        "ABC keeps its comedies\n\nThe comedies \"Lake Effect\" (third season), \"Cul-de-Sac\" and "
        "\"Roommate Wanted\" (second seasons for both) were also picked up.",
        "2012-05-11", ["Lake Effect S3 tba", "Cul-de-Sac S2 tba", "Roommate Wanted S2 tba"]),
    row("'are both headed for the schedule this fall': a release",
        "ABC adds two dramas\n\n\"Honky Tonk\" and \"Deep Run\" are both headed for the schedule "
        "this fall.",
        "2012-05-11", ["Honky Tonk S1 2012-09-01..2012-11-30 season", "Deep Run S1 2012-09-01..2012-11-30 season"]),
    row("'\"Ana Ruiz's Salt Witches\"' in the body and 'Salt Witches' in the headline: one show, without its owner",
        "AMC's 2023: 'Salt Witches' this Sunday\n\n\"Ana Ruiz's Salt Witches,\" starring a "
        "neurosurgeon who learns she is a witch, premieres this Sunday, Jan. 8, on AMC.",
        "2023-01-05", ["Salt Witches S1 2023-01-08 day"]),
    row("'\"X,\" the musical spinoff starring ...': a show, not a stage musical; a quoted 'The 100' is a title",
        "The CW fills in its spring\n\n\"Polly Pink,\" the musical spinoff starring a singer as a "
        "would-be designer, will premiere Thursday, Feb. 6, at 9 p.m. Later, \"The 100\" will "
        "begin its seventh and final season in May.",
        "2019-11-13", ["Polly Pink S1 2020-02-06 day", "The 100 S7 2020-05-01..2020-05-31 month"]),
    row("'on Wednesday set premiere dates': the day of the news; an event named after the date does not take it",
        "Peacock dates its originals\n\nThe streamer on Wednesday set premiere dates for a run of "
        "originals, led by \"West Philly,\" a drama reimagining of a sitcom. The series, which "
        "began as a fan-made trailer that was viewed millions of times, will premiere Sunday, "
        "Feb. 13, the day NBC carries Super Bowl LVI.",
        "2021-12-15", ["West Philly S1 2022-02-13 day"]),
    row("'The parent series itself returns ...' after '\"X,\" the spinoff of \"Y\"': Y's date; 'picked up an Emmy nomination' is no renewal",
        "Apple's 2026\n\n\"Moon Base,\" the Soviet-side spinoff of \"Launch Window,\" is set for "
        "the spring. The parent series itself returns for its fifth and final season sometime "
        "in 2026.\n\n\"Therapy Hours\" opens its third season Jan. 28. Its star, 83, picked up "
        "an Emmy nomination for the second season.",
        "2026-01-09", ["Moon Base S1 2026-03-01..2026-05-31 season", "Launch Window S5 2026-01-01..2026-12-31 year",
                       "Therapy Hours S3 2026-01-28 day"]),
    row("'\"X,\" from \"Y\" veterans A and B, will be back for season 2': X's season, past the aside's title",
        "Syfy news\n\nSyfy confirmed that its space drama \"The Hull,\" from \"Gatekeepers\" veterans "
        "Dana Lee and Jon Park, will be back for season 2 sometime in 2024. \"Far Signal,\" the "
        "science-fiction epic from the \"Crown of Ash\" creators D.B. Moss and Ray Tan, returns for "
        "season 3 in the second half of the year.",
        "2023-10-12", ["The Hull S2 2024-01-01..2024-12-31 year", "Far Signal S3 2024-07-01..2024-12-31 half"]),
    row("'will end with a shortened sixth season ... this fall': the final season's window",
        "CBS trims its lineup\n\nThe network also said \"Madam Envoy\" will end with a shortened "
        "sixth season of 10 episodes this fall.",
        "2019-05-10", ["Madam Envoy S6 2019-09-01..2019-11-30 season"]),
    row("'premieres Sunday, June 3, right after the third-season opener of \"X\"': X's that night too, with its season",
        "A&E's new western\n\n\"High Plains,\" the network's new sheriff drama, premieres Sunday, "
        "June 3, at 10 p.m., right after the third-season opener of \"Swamp Law\" at 9. Wednesday, "
        "Sept. 24, brings the debut of \"Blended,\" along with the season three premiere of "
        "\"Music Row\" at 10.",
        "2012-05-14", ["High Plains S1 2012-06-03 day", "Swamp Law S3 2012-06-03 day",
                       "Blended S1 2012-09-24 day", "Music Row S3 2012-09-24 day"]),
    row("'renewed for a fourth season but will not return with its third until sometime in 2025': the third's window, the fourth TBA",
        "Paramount+ calendar\n\nIts spinoff, \"Star Lane,\" has been renewed for a fourth season but "
        "will not return with its third until sometime in 2025.",
        "2024-03-12", ["Star Lane S4 tba", "Star Lane S3 2025-01-01..2025-12-31 year"]),
    row("'is back as the chainsaw-handed Ash Ward': a character, no show handed a season",
        "Starz news\n\n\"Deadite Days\" returns for its second season Sunday, Oct. 2. Its star is "
        "back as the chainsaw-handed Ash Ward. The comedy-horror series has already been "
        "picked up for a third season.",
        "2016-07-23", ["Deadite Days S2 2016-10-02 day", "Deadite Days S3 tba"]),
    row("'Nick Mohammed, of \"X,\" joins as ...': an actor's credit does not become what 'the show' means",
        "Apple sets a return\n\nThe fifth season of \"Dogs of Slough,\" the spy drama, will premiere "
        "Wednesday, Sept. 24.\n\nNick Mohammed, of \"Coach Ted,\" joins as a mayoral candidate.\n\n"
        "Apple has already renewed the show for a sixth season.",
        "2025-07-16", ["Dogs of Slough S5 2025-09-24 day", "Dogs of Slough S6 tba"]),
    row("'X: the drama ..., gets its first season on Thursday, July 8'; 'gets a post-football sneak on Sept. 10'",
        "Summer anime and fall previews\n\nRakugo Nights: The drama, long requested by fans of the "
        "manga, gets its first season on Thursday, July 8.\n\nThe space comedy \"Star Barge\" gets "
        "a post-football sneak on Fox on Sept. 10.",
        "2021-06-20", ["Rakugo Nights S1 2021-07-08 day", "Star Barge S1 2021-09-10 day"]),
    row("'Harbour + Hill, the adaptation of ...': '+' joins a title as '&' does",
        "BBC drama news\n\nHarbour + Hill, the adaptation of a young adult trilogy about a divided "
        "Britain, is scheduled for early 2020.",
        "2019-07-10", ["Harbour + Hill S1 2020-01-01..2020-04-30 year"]),
    row("'expected back on set in the spring' is filming, no premiere",
        "Netflix news\n\nThe cast of \"Harbor Lights\" is expected back on set in Ireland in the "
        "spring.",
        "2025-11-01", []),
    row("'has a \"X\" sequel series ... due sometime in 2020': the sequel, under its franchise's name, a first season; 'ordered only a pilot' is no series",
        "Peacock lines up reboots\n\nPeacock has a \"Bayside High\" sequel series, with two of the "
        "original stars returning, due sometime in 2020. Hulu has ordered only a pilot for a "
        "\"Night Slayer\" sequel, and any series decision is months away.",
        "2019-09-18", ["Bayside High S1 2020-01-01..2020-12-31 year"]),
    row("'\"Folketing – Power & Glory,\" the fourth season' with 'Folketing' named alone elsewhere: the show's name",
        "Danish drama 'Folketing' returns on Netflix\n\n\"Folketing – Power & Glory,\" the fourth "
        "season of the political drama, will stream on Netflix starting Thursday, June 2. It is the "
        "first new \"Folketing\" in nine years.",
        "2022-05-10", ["Folketing S4 2022-06-02 day"]),
    row("'NBC made the call a week before the first-season finale. No premiere date yet.': still the season renewed",
        "NBC keeps its afterlife comedy, and more news\n\n🔁 RENEWED: The Fork in the Road is coming back for a "
        "second season. NBC made the call a week before the first-season finale, which tells you how "
        "much the network likes the comedy's numbers. No premiere date yet, and nobody at NBC would "
        "guess at one.",
        "2017-01-31", ["The Fork in the Road S2 tba"]),
    row("'the android western from Michael Reed and Laura Chen, which premieres Oct. 2': two people, no title",
        "what she is watching this fall\n\nAt the moment she is counting down to the android western "
        "from Michael Reed and Laura Chen, which premieres Oct. 2.",
        "2016-08-25", []),
    row("a quoted name before 'volume' names a season's part, not a show",
        "Fall TV 2008: your night-by-night guide\n\nHarbor Lights (NBC) — After a strike-"
        "shortened second season, the \"Villains\" volume kicks off season three Monday, "
        "Sept. 22.",
        "2008-08-25", ["Harbor Lights S3 2008-09-22 day"]),
    row("a quoted number before '(Network):' is a title; a capitals heading over quoted items is a category",
        "Midseason 2010: when your shows come back\n\nHere is what we know so far.\n\nTHE "
        "BIG RETURNS\n\n\"24\" (Fox): The agent moves to New York. Fox is kicking off the "
        "eighth season with four hours over two nights, beginning Sunday, Jan. 17.\n\n"
        "MOVING HOUSE\n\n\"Night Orchard\" (TNT): The network bought the six episodes "
        "already made and will launch them Tuesday, Jan. 12. It first aired in October.",
        "2009-12-14", ["24 S8 2010-01-17 day", "Night Orchard S1 2010-01-12 day"]),
    row("'The dates so far: Jan. 14 (X, season four), Feb. 4 (Y, season 12)': a title in parentheses after its date",
        "Premiere dates\n\nThe network has begun to fill its calendar. The dates so far: "
        "Jan. 14 (Harbor Lights, season four, with Mira Okafor) and Feb. 4 (Night "
        "Orchard, season 12).",
        "2023-12-01", ["Harbor Lights S4 2024-01-14 day", "Night Orchard S12 2024-02-04 day"]),
    row("'Instead, the network will bring it back at midseason'",
        "News\n\nHarbor Lights S3 would normally have been a September fixture. Instead, "
        "the network will bring it back at midseason.",
        "2023-08-01", ["Harbor Lights S3 2024-01-01..2024-03-31 season"]),
    row("a schedule's two time-slot lines under one date, with '8:00-9:00 PM' ranges and all-caps titles",
        "Fall schedule\n\nPremiere dates by night:\n\nTUESDAY, OCT. 7\n\n8:00-9:00 PM — WHAT "
        "THE NIGHT KNOWS (one-hour premiere of the fourth season)\n9:00-9:30 PM — HARBOR"
        " LIGHTS (series premiere)",
        "2025-06-20",
        ["What the Night Knows S4 2025-10-07 day", "Harbor Lights S1 2025-10-07 day"]),
    row("a time-slot line whose parenthesis is no premiere word: '(two new episodes open the sixth season)'",
        "Fall schedule\n\nPremiere dates by night:\n\nFRIDAY, OCT. 10\n\n8:00-9:00 PM — NIGHT"
        " ORCHARD (two new episodes open the sixth season)\n9:00-10:00 PM — MIRA'S WAY "
        "(series premiere)",
        "2025-06-20", ["Night Orchard S6 2025-10-10 day", "Mira's Way S1 2025-10-10 day"]),
    row("a time-slot line's season subtitle: 'LONE SUMMIT: FIRE AND ICE' is Lone Summit when the text names Lone Summit too",
        "Fox sets its fall premiere dates\n\nThe rollout opens with the 12th season of "
        "LONE SUMMIT, a week ahead of the rest of the network.\n\nPremiere dates by "
        "night:\n\nWEDNESDAY, SEPT. 24\n8:00-9:30 PM — LONE SUMMIT: FIRE AND ICE "
        "(90-minute season premiere)",
        "2025-06-20", ["Lone Summit S12 2025-09-24 day"]),
    row("a dated line's title is in its first sentence: 'Jan. 29 — X (Netflix). Season 4, centered on Benedict, arrives ...'",
        "Winter TV preview: the premieres worth circling, month by month\n\nJANUARY\n\n"
        "Thursday, January 29 — Harbor Lights (Netflix). Season 4, centered on "
        "Benedict, arrives in two parts.",
        "2025-12-15", ["Harbor Lights S4 2026-01-29 day"]),
    row("a dated line's season told in the sentence after its title: 'X (Prime Video). The second season of the adaptation ...'",
        "Winter TV preview: the premieres worth circling, month by month\n\nDECEMBER\n\n"
        "Wednesday, December 17 — Night Orchard (Prime Video). The second season of the"
        " game adaptation heads west, with Mira Okafor's Lucy crossing the desert.",
        "2025-12-01", ["Night Orchard S2 2025-12-17 day"]),
    row("a list line's head is its title, verbs and all: 'This Is Now (NBC) — ... holding the show for midseason'",
        "Upfronts scorecard\n\nThis Is Now (NBC) — The family drama already had a seventh"
        " season in hand, but it will not be on the fall schedule. NBC is holding the "
        "show for midseason.",
        "2019-05-13", ["This Is Now S7 2020-01-01..2020-03-31 season"]),
    row("a night's date over the next sentence's seasons, past a coarser 'moved back to the fall' and genre 'Reality fans'",
        "The network sets its fall dates\n\nReality fans get their night on Wednesday, "
        "September 21. Harbor Lights launches its 43rd season with a 90-minute episode,"
        " and Night Orchard, moved back to the fall for its 34th edition, follows at "
        "9:30 p.m.",
        "2022-07-13", ["Harbor Lights S43 2022-09-21 day", "Night Orchard S34 2022-09-21 day"]),
    row("a fact sheet's field lines ('Studio: ...') name no show",
        "Sequel tracker: anime dated for next year\n\nMoonlit Forge Season 2\nStudio: Kite"
        " Pictures\nPremiere: January 9, 2027\nThe blacksmith's apprentice returns for a "
        "second cour.\n\nPaper Lantern Detectives\nStudio: Hollow Owl Animation\nPremiere: "
        "April 2027\nAn original series about two ghost hunters.",
        "2026-11-20",
        ["Moonlit Forge S2 2027-01-09 day", "Paper Lantern Detectives S1 2027-04-01..2027-04-30 month"]),
    row("a chart's date heading ('WINTER 2027') heads a section, and is no show",
        "Anime Premiere Chart: Every Confirmed Sequel and New Series for 2027 (So Far)"
        "\n\nWINTER 2027\n\nCopper Kites Season 2 -Tailwind-\nPremiere: January 8, 2027\nThe "
        "racing crew is back for a second cour.\n\nHollow Bell Season 2\nPremiere: January"
        " 15, 2027\nA quiet fantasy returns.\n\nSPRING 2027 AND LATER\n\nSaltwater Garden "
        "Season 4\nPremiere: TBA\nNo window has been shared.",
        "2026-11-20",
        ["Copper Kites S2 2027-01-08 day", "Hollow Bell S2 2027-01-15 day", "Saltwater Garden S4 tba"]),
    row("a date line right under a show's heading dates that show",
        "PBS sets its winter and spring drama slate\n\nTHE LIGHTHOUSE KEEPER, SEASON 2\n"
        "PREMIERES SUNDAY, JAN. 10 AT 9/8c\n\nThe keeper's family returns for six "
        "episodes.\n\nORCHARD LANE\nSPRING 2027\n\nA new mystery series follows a retired "
        "judge who opens a bookshop.",
        "2026-11-20",
        ["The Lighthouse Keeper S2 2027-01-10 day", "Orchard Lane S1 2027-03-01..2027-05-31 season"]),
    row("a critic's preview of 'Title (Network).' paragraphs: each paragraph's date is its show's",
        "Fall preview: the new shows worth your time\n\nHere is my ranking of the fall's "
        "new series.\n\nHarbor Lights (CBS). Another modern detective, but a sharp one. "
        "It premieres Thursday, Sept. 24.\n\nOrchard Lane (Fox). The sharpest jokes of "
        "any new comedy. Catch it Sept. 22 after the news.\n\nLantern Row (ABC). A "
        "premise that sells itself. ABC holds it until Oct. 7, which is a long wait.\n\n"
        "Copper Kites (NBC). Handsome and slow. Tuesday, Sept. 22.\n\nSaltwater Garden "
        "(ABC). A star's return to sitcoms was not ready for screening; ABC is holding "
        "it for a launch in November.",
        "2026-09-07",
        ["Harbor Lights S1 2026-09-24 day", "Orchard Lane S1 2026-09-22 day", "Lantern Row S1 2026-10-07 day", "Copper Kites S1 2026-09-22 day", "Saltwater Garden S1 2026-11-01..2026-11-30 month"]),
    row("a streaming month's entry that says 'It is a film' / 'Another movie' is no show",
        "Everything coming to the streamer in December\n\nHarbor Lights (Season 3) — Dec."
        " 1\nThe family's adventure comes to an end with its third and final season.\n\n"
        "The Orchard Dog — Dec. 1\nA Western starring a famous actor, arriving after a "
        "brief run in theaters. It is a film, so no binge required.\n\nLantern Row — Dec."
        " 24\nA director's all-star comet comedy lands on Christmas Eve. Another movie, "
        "but an event one.",
        "2026-11-29", ["Harbor Lights S3 2026-12-01 day"]),
    row("'Single's Inferno (Season 1) — Dec. 18': a title's 'single' is no music single",
        "Everything coming to the streamer in December\n\nSingle's Harbor (Season 1) — "
        "Dec. 18\nA Korean dating show set on a deserted island.",
        "2026-11-29", ["Single's Harbor S1 2026-12-18 day"]),
    row("'Title: ABC has renewed the competition for a 34th season, which will premiere this fall'",
        "Reality Check: Premiere Dates for Harbor Lights, Big Orchard and More\n\nHere is"
        " where the rest of the reality calendar stands.\n\nHarbor Lights: The singing "
        "competition begins its 23rd season on Sunday, March 8, with a new judge.\n\nBig "
        "Orchard: CBS has confirmed the 27th season will air this summer.\n\nOrchard "
        "Dance: ABC has renewed the ballroom competition for a 34th season, which will "
        "premiere this fall.\n\nLantern Race: The race is on for a 38th season, which CBS"
        " quietly renewed last month. The network has not announced a premiere date.",
        "2026-02-18",
        ["Harbor Lights S23 2026-03-08 day", "Big Orchard S27 2026-06-01..2026-08-31 season", "Orchard Dance S34 2026-09-01..2026-11-30 season", "Lantern Race S38 tba"]),
    row("a bullet's 'MONDAY AFTER NEXT:' label is no part of the title",
        "THE TV TIP SHEET\n\nYour midweek briefing.\n\n• TOMORROW: NBC's Orchard Lane "
        "premieres Thursday, April 2 at 10 p.m.\n\n• MONDAY AFTER NEXT: Syfy's Vanguard, "
        "the sci-fi western built alongside an online game, premieres Monday, April 13."
        " (The game itself launched on April 2.)",
        "2026-04-01", ["Orchard Lane S1 2026-04-02 day", "Vanguard S1 2026-04-13 day"]),
    row("prose under a day's heading in a week's guide: the shows it premieres open that day",
        "Your Week in TV\n\nTuesday, Oct. 6\nCBS brings back its legal drama Orchard Lane "
        "for a fourth season at 9 p.m. Reruns fill the rest of the night.\n\nWednesday, "
        "Oct. 7\nNothing new tonight.\n\nThursday, Oct. 8\nABC's new mystery Harbor Lights "
        "premieres at 8 p.m. with two episodes.",
        "2026-10-01", ["Orchard Lane S4 2026-10-06 day", "Harbor Lights S1 2026-10-08 day"]),
    row("a bulleted entry under a day's heading, with no premiere heading above",
        "Streaming this week\n\nFriday, May 8\n- Orchard Lane (Hulu): The small-town "
        "mystery premieres with all eight episodes.\n- Night Owls (Netflix): More "
        "episodes as the season rolls on.",
        "2026-05-04", ["Orchard Lane S1 2026-05-08 day"]),
    row("a heading with no date ends the day's section",
        "Your Week in TV\n\nTuesday, Oct. 6\nCBS brings back its legal drama Orchard Lane "
        "for a fourth season at 9 p.m.\n\nLooking further out\nThe new comedy Night Owls "
        "premieres at 10 p.m. on Fox.",
        "2026-10-01", ["Orchard Lane S4 2026-10-06 day"]),
    row("a night's release verb, then a colon and its clauses: each title opens that night",
        "NBC sets its fall\n\nWednesday, Oct. 7 brings back all three of the network's "
        "police dramas at once: \"Orchard Lane\" opens its second season, \"Night Owls\" "
        "launches season 18 and \"Harbor Lights\" begins its fourth season.",
        "2026-06-22",
        ["Orchard Lane S2 2026-10-07 day", "Night Owls S18 2026-10-07 day", "Harbor Lights S4 2026-10-07 day"]),
    row("'followed by the second season of X and the fourth season of Y' dates both",
        "On Thursday, Oct. 8, \"Orchard Lane\" returns for its third season, followed by "
        "the second season of \"Night Owls\" and the fourth season of \"Harbor Lights.\"",
        "2026-06-22",
        ["Orchard Lane S3 2026-10-08 day", "Night Owls S2 2026-10-08 day", "Harbor Lights S4 2026-10-08 day"]),
    row("a quoted 'A & B' on a dated line is one title",
        "New on Netflix in June\n\nJune 5 — \"Orchard & Lane,\" season 3. The new season "
        "picks up right there.",
        "2026-05-26", ["Orchard & Lane S3 2026-06-05 day"]),
    row("a weekly grid's titles with their time slots, then a night naming each one's season",
        "NBC sets its fall\n\nHere is how the grid looks (all times Eastern):\n\nWednesday:"
        " Orchard Lane (8 p.m.), Law & Order: Night Owls (9 p.m.), Harbor Lights (10 "
        "p.m.)\n\nWednesday, Sept. 23, brings back three returning dramas at once: "
        "Orchard Lane for its second season, Law & Order: Night Owls for its 18th and "
        "Harbor Lights for its fourth.",
        "2026-06-28",
        ["Orchard Lane S2 2026-09-23 day", "Law & Order: Night Owls S18 2026-09-23 day", "Harbor Lights S4 2026-09-23 day"]),
    row("a tonight column's entries led by a time slot and network ('8 p.m., ABC: X. ...')",
        "TONIGHT'S TV: Tuesday, Sept. 22\n\nTonight is the busiest night of the week.\n\n8 "
        "p.m., ABC: Orchard Lane. The most anticipated new show of the season premieres"
        " tonight.\n\n8 p.m., CBS: Night Owls. The drama opens its 11th season tonight.\n\n"
        "10 p.m., CBS: Harbor Lights. The surveillance drama starts its third season "
        "tonight.",
        "2026-09-22",
        ["Orchard Lane S1 2026-09-22 day", "Night Owls S11 2026-09-22 day", "Harbor Lights S3 2026-09-22 day"]),
    row("a calendar entry's one date for every title that opens a season in it",
        "Fall premiere calendar\n\nTuesday, Oct. 2 — Big night on network TV: Harbor "
        "Lights opens season 4 on CBS, Copper Road begins its second season on NBC, and"
        " Night Desk returns for its ninth season on Fox.",
        "2018-09-01",
        ["Harbor Lights S4 2018-10-02", "Copper Road S2 2018-10-02", "Night Desk S9 2018-10-02"]),
    row("'X's third season also premieres that night' names X",
        "Fall premiere calendar\n\nThursday, Oct. 4 — Gold Creek (ABC) starts season 6. "
        "Quiet Valley's third season also premieres that night on NBC.",
        "2018-09-01", ["Gold Creek S6 2018-10-04", "Quiet Valley S3 2018-10-04"]),
    row("'followed by X's fourth season' names X, on the same night",
        "Fall premiere calendar\n\nFriday, Oct. 5 — Iron Bay (CBS) opens season 11, "
        "followed by Paper Moon's fourth season.",
        "2018-09-01", ["Iron Bay S11 2018-10-05", "Paper Moon S4 2018-10-05"]),
    row("a guide's entry whose text calls it a feature film is no premiere",
        "Coming to Netflix\n\nHarbor Days (Friday, June 7). The coming-of-age romance is "
        "a feature film, best saved for a quiet evening.\n\nMoss Point (Thursday, June "
        "13). A new mystery series set on the Oregon coast.",
        "2019-06-03", ["Moss Point S1 2019-06-13"]),
    row("'Title, season 2.' opens a guide's entry; 'After Fox dropped it' names no show",
        "Coming to Netflix\n\nCold Ledger, season 2. After Fox dropped the legal drama, "
        "the streamer stepped in; the new eight-episode season arrives June 14.",
        "2019-06-03", ["Cold Ledger S2 2019-06-14"]),
    row("'a new series that picks up the story' is no renewal",
        "Coming to Netflix\n\nBay Street Stories (Friday, June 7). Ann Dowd and Mark "
        "Ruffalo return to the old house in a new series that picks up the story "
        "decades later.",
        "2019-06-03", ["Bay Street Stories S1 2019-06-07"]),
    row("'Studio X's sky-racing drama comes back in April' is the entry's title",
        "Anime slate\n\nCopper Wings, season 2. Studio Hoshi's sky-racing drama comes "
        "back in April 2027. New episodes stream on Fridays.",
        "2026-12-01", ["Copper Wings S2 2027-04-01..2027-04-30 month"]),
    row("a guide's 'New movies.' paragraph names films, and lends no topic to the next one",
        "Holiday guide\n\nNew movies. Netflix's The Snow Letter, a romance starring Ana "
        "Cruz, streams Thursday, Nov. 24.\n\nSeries. Maple Ridge returns for its fourth "
        "season on Monday, Nov. 28.",
        "2022-11-18", ["Maple Ridge S4 2022-11-28"]),
    row("a calendar entry's later 'X season 3 moves into the 9 p.m. hour' is that night's",
        "Fall premiere calendar\n\nThursday, Oct. 4 — Gold Creek (ABC) starts season 6. "
        "Over on NBC, Quiet Valley season 3 moves into the 9 p.m. hour.",
        "2018-09-01", ["Gold Creek S6 2018-10-04", "Quiet Valley S3 2018-10-04"]),
    row("'A few dates to circle. Copper Road: Sunday, Sept. 22, on CBS.' dates the labelled title",
        "TV this week\n\nLooking further ahead, a few dates to circle. Copper Road: "
        "Sunday, Sept. 22, after football on CBS. Night Desk: season 4 on Thursday, "
        "Sept. 26 on ABC.",
        "2024-09-15", ["Copper Road S1 2024-09-22", "Night Desk S4 2024-09-26"]),
    row("'A, with X and Y, and B, with Z, both follow in spring 2021': both titles",
        "Marvel's chief repeated the plan. Iron Orchard, with Ada Vale and Tom Reed, and "
        "Glass Ward, with Nell Ives, both follow in spring 2021.",
        "2019-08-24", ["Iron Orchard S1 2021-03-01..2021-05-31 season", "Glass Ward S1 2021-03-01..2021-05-31 season"]),
    row("'X is due in summer 2021, and Y, with Z, in fall 2021': the gapped clause dates Y",
        "The animated anthology Night Shift is due in summer 2021, and Kestrel, with Jo "
        "Hart, in fall 2021.",
        "2019-08-24", ["Night Shift S1 2021-06-01..2021-08-31 season", "Kestrel S1 2021-09-01..2021-11-30 season"]),
    row("a press release's schedule: a day heading over time-slot lines with quoted titles; '(encore)' and a '100th episode' premiere nothing",
        "CBS SETS WINTER PREMIERE DATES\n"
        "\n"
        "Highlights of the winter schedule (all times ET/PT):\n"
        "\n"
        "MONDAY, JAN. 6\n"
        '8-9 p.m. - "Stone Wall" (Season 3 premiere)\n'
        "9-10 p.m. - \"Lodestar\" (Season 2 premiere). The drama's return has been moved up "
        "one week from its previously announced date.\n"
        '10-11 p.m. - "Port City Law" (encore)\n'
        "\n"
        "THURSDAY, FEB. 6\n"
        '9:30-10 p.m. - "Paid in Full" (series premiere), starring Ada Lind and Tom Reyes.\n'
        "\n"
        'As previously announced, "Office Park" will air its 100th episode on Thursday, '
        "Jan. 16 as part of its fifth season.",
        "2019-11-13", ["Stone Wall S3 2020-01-06", "Lodestar S2 2020-01-06", "Paid in Full S1 2020-02-06"]),
    row("under a day's heading, each show with a verb of its own opens that night ('X kicks off Season 8 and the freshman comedy Y joins it')",
        "Fall TV calendar\n"
        "\n"
        "WEDNESDAY, SEPT. 21\n"
        "Home Truths (ABC) kicks off Season 8 and the freshman comedy Wordless (ABC) joins "
        "it.",
        "2016-06-28", ["Home Truths S8 2016-09-21", "Wordless S1 2016-09-21"]),
    row("a roundup of 'Title: ...' paragraphs: every one names its show, 'Preacher: AMC has said only that ...' too",
        "TV News Roundup\n"
        "\n"
        "Black Lake: All six episodes of the third season arrive on Netflix tomorrow.\n"
        "\n"
        "The Marsh: The six-month wait is nearly over. AMC's zombie drama opens its seventh"
        " season this Sunday.\n"
        "\n"
        "Cold Front: The streamer's lavish drama debuts Friday, Nov. 4.\n"
        "\n"
        "Pastor: AMC has said only that the second season of its comic book adaptation will"
        " air next year.",
        "2016-10-20", ["Black Lake S3 2016-10-21", "The Marsh S7 2016-10-23", "Cold Front S1 2016-11-04", "Pastor S2 2017-01-01..2017-12-31 year"]),
    row("a headline's 'Sets Premiere Date: X Moves to Thursday' names X, not 'Premiere Date: X'",
        "Network Sets Premiere Date: Night Desk Moves to Thursday, Jan. 10",
        "2018-11-14", ["Night Desk S1 2019-01-10"]),
    row("a 'TV guide: the new and returning shows, date by date' is a calendar: its date-led lines date their titles, two titles with networks in one entry too",
        "September TV guide: the new and returning shows, date by date\n"
        "\n"
        "Here's the calendar.\n"
        "\n"
        'Sept. 7 — "Lowlands," season 2 (Netflix). Sam faces his senior year.\n'
        "\n"
        'Sept. 24 — "Flight 88" (NBC, 10 p.m.), in which a plane lands five years late, and'
        ' a reboot of "Harbor P.I." (CBS, 9 p.m.) with a new star in the Hawaiian shirt.',
        "2018-09-01", ["Lowlands S2 2018-09-07", "Flight 88 S1 2018-09-24", "Harbor P.I. S1 2018-09-24"]),
    row("a weekly guide: a day heading's entries, one whose prose names another date, one whose later prose mentions a book, and a 'COMING SUNDAY' heading",
        "What to watch this week: 'Marshal' rides again\n"
        "\n"
        "The holidays are over, and the networks are open for business again. Here is what is "
        "new or returning.\n"
        "\n"
        "TUESDAY, JAN. 7\n"
        "\n"
        '"Marshal" (FX, 10 p.m.) — Raylan straps the hat back on tomorrow night for a fifth'
        " season.\n"
        "\n"
        '"Insight" (CBS, 9 p.m.) — A government operative with a chip in his brain. After '
        "Tuesday's preview, the drama moves to Mondays at 10, starting Jan. 13.\n"
        "\n"
        '"Deadly Women" (ABC, 10 p.m.) — A Texas Ranger in a drama produced by a sitcom '
        "star.\n"
        "\n"
        "SUNDAY, JAN. 12\n"
        "\n"
        '"Roommates" (HBO, 9 p.m.) — Season 3 of the comedy opens with two episodes. '
        "Hannah's e-book deal is still alive.\n"
        "\n"
        "COMING SUNDAY, JAN. 19\n"
        "\n"
        '"Watching" (HBO, 10:30 p.m.) — A new half-hour about three friends in San '
        "Francisco.",
        "2014-01-06", ["Marshal S5 2014-01-07", "Insight S1 2014-01-07", "Deadly Women S1 2014-01-07", "Roommates S3 2014-01-12", "Watching S1 2014-01-19"]),
    row("'a lineup that includes two comedies debuting Oct. 9: \"A,\" from ..., and \"B,\" which ... since \"C\" ended': A and B",
        '"Parkland" will anchor a fall Sunday lineup that also includes two comedies '
        'debuting Oct. 9: "Unsure," from a YouTube favourite, and "Split," which marks a '
        "star's first regular series since \"Big City Nights\" ended in 2004.",
        "2016-07-30", ["Unsure S1 2016-10-09", "Split S1 2016-10-09"]),
    row("'\"A,\" based on X's novels, and the second season of \"B\" are being held for midseason': both",
        'The network also ran through the rest of its plans. "Dan Rook," based on Kay '
        "Salter's crime novels, and the second season of \"The Wander Years\" are being held "
        "for midseason.",
        "2022-05-17", ["Dan Rook S1 2023-01-01..2023-03-31 season", "The Wander Years S2 2023-01-01..2023-03-31 season"]),
    row("a guide's 'LOOKING AHEAD' heading names no show",
        "New on Netflix in March: a very busy month\n"
        "\n"
        "MARCH 15\n"
        "Dusk Hall season 3 moves the gang to Kansas City for eight episodes.\n"
        "\n"
        "LOOKING AHEAD\n"
        "And if you are still waiting for the next one, it's coming July 4.",
        "2019-02-21", ["Dusk Hall S3 2019-03-15"]),
    row("a guide entry whose character 'ends up hosting a TV cooking show' is still dated by its day heading",
        "What to watch this week\n"
        "\n"
        "FRIDAY, OCT. 13\n"
        "\n"
        '"Formulas of Love" (Apple TV+) — A chemist who ends up hosting a TV cooking show, '
        "in an adaptation of a 2022 bestseller.",
        "2023-10-10", ["Formulas of Love S1 2023-10-13"]),
    row("a guide's entries under a day heading: quoted title, season and network lead the entry",
        "TV this week: the CW's superheroes return\n"
        "\n"
        "SUNDAY, OCT. 13\n"
        "\n"
        '"Batwoman" (The CW, 8 p.m.). Ruby Rose suits up as Kate Kane in Gotham. Series '
        "premiere.\n"
        "\n"
        '"Supergirl," season 5 (The CW, 9 p.m.). Kara has a new suit and an old enemy.\n'
        "\n"
        '"Saturday Night Live" (NBC, 11:30 p.m.). Kit Harington hosts the third episode of '
        "season 45.\n"
        "\n"
        "TUESDAY, OCT. 15\n"
        "\n"
        '"The Flash," season 6 (The CW, 8 p.m.). A crisis is coming, and a newspaper from '
        "the future says how it ends for Barry.",
        "2019-10-10", ["Batwoman S1 2019-10-13 day", "Supergirl S5 2019-10-13 day", "The Flash S6 2019-10-15 day"]),
    row("a guide entry that says 'all N episodes' is a premiere; one that is a season finale is not",
        "What to watch\n"
        "\n"
        "FRIDAY, MARCH 31\n"
        "\n"
        '"13 Reasons Why" (Netflix). A teenager receives a box of cassette tapes from a '
        "classmate. All 13 episodes.\n"
        "\n"
        "SUNDAY, APRIL 2\n"
        "\n"
        '"The Walking Dead" (AMC, 9 p.m.). The season 7 finale, 90 minutes long.',
        "2017-03-27", ["13 Reasons Why S1 2017-03-31 day"]),
    row("the prose of a guide entry names other shows, which do not take the day's date",
        "New this week\n"
        "\n"
        "FRIDAY, JAN. 12\n"
        "\n"
        '"The Traitors," season 2 (Peacock). Alan Cumming is back at the castle, with '
        'players from "Survivor" and "Big Brother" on the hunt for $250,000.\n'
        "\n"
        "MONDAY, JAN. 15\n"
        "\n"
        'The Emmy Awards finally air on Fox at 8 p.m. "Succession" and "The Bear" are '
        "expected to do well.",
        "2024-01-08", ["The Traitors S2 2024-01-12 day"]),
    row("'Title - description' items with a spaced hyphen lead with their title (not 'X - The Movie')",
        "Anime to watch\n"
        "\n"
        "Other shows for your calendar\n"
        "\n"
        "The Promised Neverland - CloverWorks' adaptation of the Shonen Jump hit begins in "
        "January on Fuji TV.\n"
        "\n"
        "Chainsaw Man - The Movie: Reze Arc got a September 19 release date in Japan.",
        "2018-10-22", ["The Promised Neverland S1 2019-01-01..2019-01-31 month"]),
    row("'The Beatles: Get Back (Disney+): ...' a guide's item whose title has a colon of its own runs to its network",
        "This weekend's picks\n"
        "\n"
        "The Beatles: Get Back (Disney+): Peter Jackson restored hours of studio footage. "
        "Part one streams tomorrow.\n"
        "\n"
        "Hawkeye (Disney+): Hailee Steinfeld joins Jeremy Renner. Two episodes arrive "
        "today.",
        "2021-11-24", ["The Beatles: Get Back S1 2021-11-25 day", "Hawkeye S1 2021-11-24 day"]),
    row("'Goosebumps: The Vanishing (Disney+): The second season of ...': the part after the colon names the season, the show is Goosebumps",
        "This week\n"
        "\n"
        "Goosebumps: The Vanishing (Disney+): The second season of the anthology arrives "
        "Friday, Jan. 10, with David Schwimmer.",
        "2025-01-06", ["Goosebumps S2 2025-01-10 day"]),
    row("a night's prose under its day heading: each show told to open a season there gets the day ('Earlier, \"X\" (CBS, 8 p.m.) kicks off season 15'; 'the pilot of its prequel, \"Y\"')",
        "Your week in TV\n"
        "\n"
        "MONDAY, SEPT. 25\n"
        "\n"
        '"Harbor Lights" (CBS, 8 p.m.) opens its 11th season, then hands off to the pilot '
        'of its prequel, "Copper Lane" (8:30 p.m.). Earlier, "Ember Road" (CBS, 7 p.m.) '
        'kicks off season 15 in Paraguay. "Night Glass" is back on the water, and the virus'
        " is still winning.",
        "2017-09-20", ["Harbor Lights S11 2017-09-25 day", "Copper Lane S1 2017-09-25 day", "Ember Road S15 2017-09-25 day"]),
    row("a guide's entry that 'begins its ninth season' is a premiere; 'Special' inside another title is no special, '(They said ...)' ends the entry's first sentence, and 'directs an episode later this fall' dates no premiere",
        "Your week in TV\n"
        "\n"
        "WEDNESDAY, SEPT. 27\n"
        "\n"
        '"Modern Family" (ABC, 9 p.m.) begins its ninth season, which the cast says may be '
        'its last. (They said so last year, too.) At 9 p.m. on NBC, "Law & Order: Special '
        'Victims Unit" opens its 19th season; Mariska Hargitay directs an episode later '
        "this fall.",
        "2017-09-20", ["Modern Family S9 2017-09-27 day", "Law & Order: Special Victims Unit S19 2017-09-27 day"]),
    row("a press release: 'BURBANK, Calif. (June 13, 2018) -' is a dateline, 'FALL 2018 PREMIERE DATES' a heading, and 'LEGENDS OF TOMORROW' no day",
        "The CW Sets Fall 2018 Premiere Dates\n"
        "\n"
        "BURBANK, Calif. (June 13, 2018) - The CW today announced its fall 2018 premiere "
        "dates, beginning Tuesday, October 9.\n"
        "\n"
        "FALL 2018 PREMIERE DATES\n"
        "\n"
        "TUESDAY, OCTOBER 9\n"
        "8:00-9:00 p.m. - THE FLASH (Season 5 Premiere)\n"
        "\n"
        "MONDAY, OCTOBER 22\n"
        "9:00-10:00 p.m. - DC'S LEGENDS OF TOMORROW (Season 4 Premiere)",
        "2018-06-14", ["The Flash S5 2018-10-09 day", "Legends of Tomorrow S4 2018-10-22 day"]),
    row("a guide's entry that is out on a weekday",
        "What to stream this week\n"
        "\n"
        "WEDNESDAY\n"
        "\n"
        "Trial Nine (Netflix)\n"
        "Also out Wednesday: an eight-part docuseries about a man who spent 22 years in "
        "prison.",
        "2020-11-09", ["Trial Nine S1 2020-11-11 day"]),
    row("a guide line whose title holds a reporting verb",
        "New in April\n"
        "\n"
        "APPLE TV+\n"
        "\n"
        "The Thing She Said to Me — April 14\n"
        "A woman searches for her missing husband.\n"
        "\n"
        "Tiny Brave Things — April 21\n"
        "A drama about two heirs.",
        "2023-03-29", ["The Thing She Said to Me S1 2023-04-14 day", "Tiny Brave Things S1 2023-04-21 day"]),
    row("a guide line with its network after the date",
        "New in April\n"
        "\n"
        "PEACOCK AND PARAMOUNT+\n"
        "\n"
        "Mrs. Dalloway — April 20 (Peacock)\n"
        "A nun at war with a machine.\n"
        "\n"
        "Fatal Allure — April 30 (Paramount+)\n"
        "A series reimagining of a 1987 thriller.",
        "2023-03-29", ["Mrs. Dalloway S1 2023-04-20 day", "Fatal Allure S1 2023-04-30 day"]),
    row("a photo's caption between the story and its schedule",
        "CBS Sets Fall 2017 Premiere Dates\n"
        "\n"
        "The network announced its premiere dates on Monday.\n"
        "\n"
        'Ian Armstrong as young Shelby in "Young Shelby." (Robert Vogt/CBS)\n'
        "\n"
        "Here is the schedule.\n"
        "\n"
        "SUNDAY, SEPT. 24\n"
        "7 p.m. — 60 Hours (50th season premiere)\n"
        "8 p.m. — Deep Space Drift (series premiere)",
        "2017-07-10", ["60 Hours S50 2017-09-24 day", "Deep Space Drift S1 2017-09-24 day"]),
    row("a digest's labels in capitals are not part of the titles",
        "THE STREAM TEAM DAILY\n"
        "\n"
        "Quick hits below.\n"
        "\n"
        "1) DATE SET: Partition, the office thriller, premieres Feb. 18 on Apple TV+.\n"
        "\n"
        "2) RENEWED: Yellowcoats will get a second season. No date yet.\n"
        "\n"
        "3) ALSO DATED: Emma in Lyon season 2 hits Netflix Dec. 22.",
        "2021-12-10", ["Partition S1 2022-02-18 day", "Yellowcoats S2 tba", "Emma in Lyon S2 2021-12-22 day"]),
    row("a digest's item: marker, label, then 'Title: what happens'",
        "HEADS UP - your TV email\n"
        "\n"
        "👽 DATE SET — The Z-Files: The truth is back out there Sunday, Jan. 24, when Fox "
        "airs the first of six new episodes.\n"
        "\n"
        "💼 DATE SET — Agent Carson: Hayley Atwell's second season returns Jan. 19 on ABC.\n"
        "\n"
        "🏠 DATE SET — Fuller Home: Netflix's sequel drops Feb. 26.",
        "2015-12-08", ["The Z-Files S? 2016-01-24 day", "Agent Carson S2 2016-01-19 day", "Fuller Home S1 2016-02-26 day"]),
    row("a dated line that is a sentence names only its subject",
        "What's coming, date by date\n"
        "\n"
        "PUT IT IN THE CALENDAR\n"
        "• Nov. 12: Disney+ launches with The Mandoverse, a space western series.\n"
        "• Nov. 17: The Coronet returns for season 3 with Olivia Colman as the queen and "
        "Tobias Menzies as Philip.",
        "2019-10-31", ["The Coronet S3 2019-11-17 day"]),
    row("a weekday heading with a marker over a show that opens on a network",
        "Your weekend watch list\n"
        "\n"
        "📚 MONDAY\n"
        "His Dark Matters opens on HBO with Dafne Keen as Lyra.",
        "2019-10-31", ["His Dark Matters S1 2019-11-04 day"]),
    row("bulleted 'Title: what happened' lines each name their show",
        "Comic-Con TV roundup\n"
        "\n"
        "Here's the day's TV news, one line at a time:\n"
        "\n"
        "• Steel Cage: Netflix released a trailer and confirmed the Harlem-set series "
        "arrives Sept. 30.\n"
        "\n"
        "• Westland: HBO set the sci-fi western for Oct. 2 after a long shutdown.\n"
        "\n"
        "• The Blur: Season 3 opens Tuesday, Oct. 4 on The CW.\n"
        "\n"
        "• Marvel Woman: Gal Gadot's standalone film got a trailer and a June 2, 2017 "
        "release date.",
        "2016-07-25", ["Steel Cage S1 2016-09-30 day", "Westland S1 2016-10-02 day", "The Blur S3 2016-10-04 day"]),
    row("a line's title label, then the star who is its subject",
        "Comic-Con TV roundup\n"
        "\n"
        "One line at a time:\n"
        "\n"
        "• Doctor When: Peter Capaldi will be back for series 10 in spring 2017, with a new"
        " companion.\n"
        "\n"
        "• Sherwood: Series 4 will air in January.\n"
        "\n"
        "• The Blur: Season 3 opens Tuesday, Oct. 4 on The CW.",
        "2016-07-25", ["Doctor When S10 2017-03-01..2017-05-31 season", "Sherwood S4 2017-01-01..2017-01-31 month", "The Blur S3 2016-10-04 day"]),
    row("bulleted 'Title: window' lines",
        "Everything Comic-Con dated\n"
        "\n"
        "🦸 MARVEL GOES TO DISNEY+\n"
        "Feige walked through the next 18 months.\n"
        "• The Hawk and the Iron Soldier: fall 2020. Two old friends reunite.\n"
        "• VisionWanda: spring 2021, with two Avengers.\n"
        "• Trickster: also spring 2021. He got the loudest cheer.",
        "2019-07-22", ["The Hawk and the Iron Soldier S1 2020-09-01..2020-11-30 season", "VisionWanda S1 2021-03-01..2021-05-31 season", "Trickster S1 2021-03-01..2021-05-31 season"]),
    row("a digest's headings: a marker, a label in capitals, the show",
        "SCREEN TIME | Tuesday\n"
        "\n"
        "Welcome back.\n"
        "\n"
        "🐉 MONTH SET: House of the Drake season 3\n"
        "HBO is targeting June for the family. Expect eight episodes.\n"
        "\n"
        "😈 MARVEL: Nightwatch: Born Again season 2\n"
        "Disney+ says Charlie Cox returns in March.\n"
        "\n"
        "💚 DC: Lightbearers\n"
        "HBO's Green Lantern series, with Kyle Chandler, is set for this summer.",
        "2026-01-13", ["House of the Drake S3 2026-06-01..2026-06-30 month", "Nightwatch: Born Again S2 2026-03-01..2026-03-31 month", "Lightbearers S1 2026-06-01..2026-08-31 season"]),
    row("a label in capitals with an aside in parentheses",
        "Strike delays\n"
        "\n"
        "Here's where your favorites stand.\n"
        "\n"
        "⏳ STILL ON TRACK (MOSTLY): House of the Drake season 2 finished shooting before "
        "the strike and is still expected sometime in 2024.",
        "2023-08-25", ["House of the Drake S2 2024-01-01..2024-12-31 year"]),
    row("a guide's date heading over an unquoted 'Title, Season N.' entry with prose after it",
        "New on Hulu in April\n"
        "\n"
        "What is arriving, in order.\n"
        "\n"
        "April 7\n"
        "\n"
        "The Handmaid's Tale, Season 3. Elisabeth Moss returns as June for 13 more episodes"
        " of resistance.\n"
        "\n"
        "April 14\n"
        "\n"
        "Ramy (Hulu). Ramy Youssef's comedy about a Muslim millennial in New Jersey is back"
        " for more.",
        "2019-03-28", ["the handmaid's tale S3 2019-04-07", "ramy S? 2019-04-14"]),
    row("guide entries led by a bare title under day headings",
        "New on Peacock in May\n"
        "\n"
        "Here is what is new this month.\n"
        "\n"
        "Thursday, May 4\n"
        "\n"
        "Mrs. Davis. Damon Lindelof co-created this eight-episode drama about a nun at war "
        "with an algorithm.\n"
        "\n"
        "Thursday, May 11\n"
        "\n"
        "Poker Face. Natasha Lyonne is a human lie detector in Rian Johnson's ten-episode "
        "mystery series.",
        "2023-04-28", ["mrs. davis S1 2023-05-04", "poker face S1 2023-05-11"]),
    row("a night's entry with its time and a dash before the title",
        "CBS premiere week, night by night\n"
        "\n"
        "Monday, Sept. 23\n"
        "\n"
        "8 p.m. — The Neighborhood. Season 6, and the Butlers are moving.\n"
        "\n"
        "9 p.m. — Poppa's House. Damon Wayans stars in a new family comedy with his son.\n"
        "\n"
        "Tuesday, Sept. 24\n"
        "\n"
        "9 p.m. — FBI. Season 7 opens with a kidnapping.",
        "2024-09-16", ["the neighborhood S6 2024-09-23", "poppa's house S1 2024-09-23", "fbi S7 2024-09-24"]),
    row("a guide entry with its service, whose prose mentions a film, is still a season",
        "Spring anime guide\n"
        "\n"
        "Wednesday, April 10\n"
        "\n"
        "KonoSuba (Crunchyroll). Kazuma and his party return for season three, five years "
        "after the 2019 movie.\n"
        "\n"
        "Saturday, May 4\n"
        "\n"
        "My Hero Academia (Crunchyroll and Hulu). Season 7 picks up the war against the "
        "villains.",
        "2024-03-28", ["konosuba S3 2024-04-10", "my hero academia S7 2024-05-04"]),
    row("a guide's entries: a quoted title, a dash, the day, then what it is",
        "Peacock's spring, in order\n"
        "\n"
        "The streamer's next three months, title by title.\n"
        "\n"
        '"Bel-Air" — Thursday, Feb. 23. The second season of the drama picks up after the '
        "Banks family's summer in Philadelphia.\n"
        "\n"
        '"Poker Face" — Thursday, Jan. 26. Natasha Lyonne plays a casino worker who can '
        "tell when anyone is lying. Four episodes at launch.\n"
        "\n"
        '"The Best Man: The Final Chapters" — Thursday, Dec. 22. A limited series that '
        "closes the film franchise.",
        "2022-12-01", ["Bel-Air S2 2023-02-23 day", "Poker Face S1 2023-01-26 day", "The Best Man: The Final Chapters S1 2022-12-22 day"]),
    row("a night told in one sentence, its hours and seasons in the next",
        "Fall premiere dates: Mara Quinn takes over Thursday\n"
        "\n"
        "The biggest bet comes Thursday, Sept. 24, when the network hands its whole "
        'Thursday to Mara Quinn. "Harbor Lights" (season 6) leads off at 8, followed by the'
        ' third season of "Night Desk" at 9. Quinn is executive producer on both.',
        "2015-06-20", ["Harbor Lights S6 2015-09-24 day", "Night Desk S3 2015-09-24 day"]),
    row("a launch day's heading over a list of the service's first shows",
        "The service goes live this Friday, November 1.\n\nAvailable on launch day, November 1\n\n"
        "- Harbor Lights: a drama about a breakfast show thrown into chaos. The first three "
        "episodes drop on Friday.\n- Night Orchard: a comedy about a poet. All ten episodes are "
        "available at once.\n- The Tide Queen: a nature documentary film following a whale.",
        "2019-10-30", ["Harbor Lights S1 2019-11-01 day", "Night Orchard S1 2019-11-01 day"]),
    row("an actor back as a role makes no show a returning one",
        "Everything coming to the service in March 2021\n\nFriday, March 19\n- Harbor Lights: two "
        "heroes reunite in a six-episode buddy series. New episodes arrive weekly. A veteran is back "
        "as the villain.", "2021-02-26", ["Harbor Lights S1 2021-03-19 day"]),
    row("a long bullet under a date line in a month's list, a series that starts with a special",
        "Everything coming to the service in March 2021\n\nFriday, March 12\n- Night Orchard: a new "
        "documentary series from the studio goes behind the scenes of each of its shows, starting "
        "with a special on the making of its biggest hit.\n- Own the Tide (documentary film)",
        "2021-02-26", ["Night Orchard S1 2021-03-12 day"]),
    row("a week's column lists episodes on air unless an entry says it begins",
        "What to Watch: a fixer arrives\n"
        "\n"
        "A quiet week, mostly. All times Eastern.\n"
        "\n"
        "MONDAY, JULY 8\n"
        "\n"
        '"Harbor Lights" (10 p.m., FX). A lawyer who cleans up after the rich has a father '
        "just out of prison. The pilot takes its time.\n"
        "\n"
        '"Night Orchard" (9 p.m., NBC). The castaways still argue about the raft. Another '
        "week, another vote.\n"
        "\n"
        '"Glass Tides" (8 p.m., CBS). Episode four of the second season sends the crew to '
        "Reno.",
        "2013-07-06", ["Harbor Lights S1 2013-07-08 day"]),
    row("a week's column that says its shows are new or back lists premieres",
        "TV this week: the networks reopen\n"
        "\n"
        "Here is what is new or returning this week. All times Eastern.\n"
        "\n"
        "MONDAY, JULY 8\n"
        "\n"
        '"Harbor Lights" (10 p.m., FX). A lawyer who cleans up after the rich has a father '
        "just out of prison.\n"
        "\n"
        '"Night Orchard" (9 p.m., NBC). Castaways argue about a raft on an island off Fiji.',
        "2013-07-06", ["Harbor Lights S1 2013-07-08 day", "Night Orchard S1 2013-07-08 day"]),
    row("a calendar's month, midseason and to-be-announced headings take over from its last day",
        "Fall TV 2014: the premiere calendar\n"
        "\n"
        "Here is the schedule as it stands. All times Eastern.\n"
        "\n"
        "OCT. 12\n"
        '"Harbor Lights" (AMC, 9 p.m.). The survivors reach the coast.\n'
        "\n"
        "NOVEMBER\n"
        '"Night Orchard" (NBC). A spy drama; NBC has picked the month, not the day.\n'
        "\n"
        "MIDSEASON\n"
        '"Glass Tides" (ABC). A musical comedy about a lighthouse.\n'
        "\n"
        "DATE TO BE ANNOUNCED\n"
        "\"Paper Moons\" (CBS). The franchise's third spinoff.",
        "2014-09-01", ["Harbor Lights S1 2014-10-12 day", "Night Orchard S1 2014-11-01..2014-11-30 month", "Glass Tides S1 2015-01-01..2015-03-31 season", "Paper Moons S1 tba"]),
    row("a listing entry's pilot or a hero who gets his own series is a first season",
        "Fall TV: the premiere calendar\n"
        "\n"
        "OCT. 7\n"
        '"Harbor Lights" (CW, 8 p.m.). A speedster, introduced last season on another show,'
        " gets his own series.\n"
        "\n"
        "OCT. 8\n"
        '"Night Orchard" (FX, 10 p.m.). A fixer is back in Los Angeles with his father. The'
        " pilot is moody.",
        "2014-09-01", ["Harbor Lights S1 2014-10-07 day", "Night Orchard S1 2014-10-08 day"]),
    row("a calendar's 'LATER' heading ends its last day's list",
        "Summer TV 2021: the calendar\n"
        "\n"
        "AUG. 31\n"
        '"Harbor Lights" (Hulu). Three neighbours start a podcast.\n'
        "\n"
        "LATER\n"
        '"Night Orchard" (Netflix). Season 4 wrapped some filming after the long pause, but'
        " Netflix still has no premiere date.",
        "2021-05-30", ["Harbor Lights S1 2021-08-31 day", "Night Orchard S4 tba"]),
    row("date-led lines with quoted titles, one of them a film",
        "Streaming this month: swords and gentlemen\n"
        "\n"
        "Here is what is worth your money.\n"
        "\n"
        'Tuesday, Feb. 27: "Harbor Lights" (Hulu)\n'
        "The lavish adaptation arrives with two episodes, then goes weekly.\n"
        "\n"
        'March 7: "Night Orchard" (Netflix)\n'
        "An aristocrat inherits an estate and the farm under it.\n"
        "\n"
        'March 8: "Glass Tides" (Netflix)\n'
        "A princess versus a dragon. It's a movie, and it's fine.",
        "2024-02-25", ["Harbor Lights S1 2024-02-27 day", "Night Orchard S1 2024-03-07 day"]),
    row("date-led lines under a MOVIES heading are films",
        "New on the service in July\n"
        "\n"
        "Harbor Lights, season 1 (July 15)\n"
        "Eight kids and a monster.\n"
        "\n"
        "MOVIES\n"
        "\n"
        'July 5: "Night Orchard"\n'
        'July 20: "Glass Tides"',
        "2016-06-28", ["Harbor Lights S1 2016-07-15 day"]),
    row("a week's column whose intro says only that premieres are among its shows",
        "TV this week: the networks reopen\n"
        "\n"
        "A few premieres are in here somewhere. All times Eastern.\n"
        "\n"
        "Monday\n"
        "\n"
        '"Harbor Lights" (10 p.m., FX). A lawyer cleans up after the rich.',
        "2013-07-06", []),
    row("a grid line's 'X, season 13 (8 p.m.)' is X's season 13",
        "The network sets fall premiere dates\n"
        "\n"
        "Here are the dates, by night:\n"
        "\n"
        "Monday, Sept. 25\n"
        "- Harbor Lights, season 13 (8 p.m.), with a new coach\n"
        "- Night Orchard (10 p.m.), a new military drama",
        "2017-07-20", ["Harbor Lights S13 2017-09-25 day", "Night Orchard S1 2017-09-25 day"]),
    row("titles under a films heading stay films when the month's full list repeats them",
        "New on the service in July\n"
        "\n"
        "Originals to watch\n"
        "\n"
        "Harbor Lights season 2 (July 1)\n"
        "The epic returns for a second run.\n"
        "\n"
        "Movies worth your time\n"
        "\n"
        "- Night Orchard (July 29), with two stars\n"
        "- Glass Tides (July 1)\n"
        "\n"
        "Full list of what's coming in July\n"
        "\n"
        "July 1\n"
        "Harbor Lights: Season 2\n"
        "Glass Tides\n"
        "\n"
        "July 29\n"
        "Night Orchard",
        "2016-06-24", ["Harbor Lights S2 2016-07-01 day"]),
    row("a listing's actor and a film before the prequel that begins",
        "Autumn TV: what to watch\n"
        "\n"
        "Night Orchard (Disney+)\n"
        "Mara Quinn returns as the smuggler from the 2019 film Salt Road in a ten-episode "
        "prequel that begins on 21 September. Her old director is in charge.",
        "2022-08-27", ["Night Orchard S1 2022-09-21 day"]),
    row("a heading's title that ends with an exclamation mark",
        "Autumn TV: what to watch\n"
        "\n"
        "Get Me to the Harbour! (ITV)\n"
        "Back on the coast after two years inland, the ninth series starts in November. The"
        " line-up is a secret.",
        "2022-08-27", ["Get Me to the Harbour! S9 2022-11-01..2022-11-30 month"]),
    row("a listing's first night after a comma and 'from'",
        "Autumn TV: what to watch\n"
        "\n"
        "Night Orchard (BBC Two)\n"
        "A famous actor heads north in a six-part western, from 10 November. A newcomer "
        "plays the scout.",
        "2022-08-27", ["Night Orchard S1 2022-11-10 day"]),
    row("a digest's capital label, then a network's possessive",
        "The schedule is shifting by the hour. As of Friday afternoon:\n"
        "\n"
        "⏩ MOVED UP: TNT's Night Orchard, which spent years in development limbo and "
        "switched showrunners along the way, now arrives May 17 instead of May 31.",
        "2020-03-20", ["Night Orchard S1 2020-05-17 day"]),
    row("a newsletter's segment label before a title",
        "The Binge Brief: Harbor Lights is back\n"
        "\n"
        "Apple's Harbor Lights returns for its second season on July 23, with new episodes "
        "weekly.",
        "2021-07-01", ["Harbor Lights S2 2021-07-23 day"]),
    row("'Today in TV' is a newsletter's name, no date",
        "Today in TV: Harbor Lights's return, and the fall schedule fills in\n"
        "\n"
        "The day's TV news, one line at a time.\n"
        "\n"
        "• Part 1 of Harbor Lights season 2 drops Aug. 6 on Netflix, with the rest a month "
        "later.",
        "2025-07-29", ["Harbor Lights S2 2025-08-06 day"]),
    row("a calendar's entries led by 'Title, Network.'",
        "The midseason TV calendar\n"
        "\n"
        "MARCH\n"
        "\n"
        "March 1 — Night Orchard, Disney+. Season 3, finally.\n"
        "\n"
        "Harbor Lights, Showtime. The second season arrives in March, Showtime says, though"
        " it has not picked a date.\n"
        "\n"
        "STILL WAITING\n"
        "\n"
        "Cold Creek, Apple TV+. Apple says only that the third season will come in the "
        "spring.\n"
        "\n"
        "Magnum Road P.I., NBC. The fifth season is on NBC's midseason schedule with a "
        "premiere date to be announced.",
        "2022-12-18", ["Night Orchard S3 2023-03-01 day", "Harbor Lights S2 2023-03-01..2023-03-31 month", "Cold Creek S3 2023-03-01..2023-05-31 season", "Magnum Road P.I S5 2023-01-01..2023-03-31 season"]),
    row("a calendar's date with its weekday in parentheses",
        "The midseason TV calendar\n"
        "\n"
        "JANUARY\n"
        "\n"
        "Jan. 3 (Tuesday) — Night Orchard, ABC. A newcomer plays a dyslexic agent.\n"
        "\n"
        "Jan. 5 — Harbor Lights, Netflix. Season 2 of the drama.",
        "2022-12-18", ["Night Orchard S1 2023-01-03 day", "Harbor Lights S2 2023-01-05 day"]),
    row("a calendar line's title with 'and' before its time slot",
        "Summer TV premiere dates: the full calendar\n"
        "\n"
        "MAY\n"
        "\n"
        "May 31 — Rise and Shine Harbor (10 p.m., AMC). The computer drama moves to Dallas "
        "for its second season.",
        "2015-05-26", ["Rise and Shine Harbor S2 2015-05-31 day"]),
    row("a calendar entry's season told of 'the cartoon'",
        "Summer TV premiere dates: the full calendar\n"
        "\n"
        "JULY\n"
        "\n"
        "July 9 — Cold Creek (Sundance TV). The quietest show on TV starts its third "
        "season.\n"
        "\n"
        "July 12 — Harbor Lights (10 p.m., FX). Season two of the vampire saga.\n"
        "\n"
        "July 17 — Night Orchard (Netflix). The second season of the cartoon about a "
        "washed-up sitcom horse, on the same day Marvel's \"Ant-Man\" opens in theaters.",
        "2015-05-26", ["Cold Creek S3 2015-07-09 day", "Harbor Lights S2 2015-07-12 day", "Night Orchard S2 2015-07-17 day"]),
    row("a notes column's labels in capitals are no titles",
        "TV notes: a busy spring\n"
        "\n"
        "HERE IT COMES. ABC brings back Night Orchard on Tuesday, its 10th season.\n"
        "\n"
        "ON THE CALENDAR. HBO's Cold Creek will debut in July. Its author also wrote \"Gone "
        'Fishing."\n'
        "\n"
        "CASTING. Speaking of Harbor Lights: a famous actor has joined the second season. "
        "HBO expects to air it in 2019.",
        "2018-03-25", ["Night Orchard S10 2018-03-27 day", "Cold Creek S1 2018-07-01..2018-07-31 month", "Harbor Lights S2 2019-01-01..2019-12-31 year"]),
    row("a listed entry's season told as 'the third and final season'",
        "Here are the returning series I'll be clearing space for, in the order they come "
        "back.\n"
        "\n"
        "Night Orchard (Netflix, Friday, Oct. 7). The third and final season already aired "
        "in Britain this spring, which means some of you have seen it.\n"
        "\n"
        "Harbor Lights (HBO, Monday, Dec. 5). The third and last season of the fantasy "
        "adaptation finishes the trilogy.\n"
        "\n"
        "Cold Creek (CBS, Thursday, Sept. 29). Season two adds a Halloween episode.",
        "2022-09-10", ["Night Orchard S3 2022-10-07 day", "Harbor Lights S3 2022-12-05 day", "Cold Creek S2 2022-09-29 day"]),
    row("a streaming entry's episodes are up today",
        "Happy Friday. A whole new streaming service launched overnight.\n"
        "\n"
        "STREAMING NOW\n"
        "\n"
        "📰 Night Orchard (Apple TV+). Two famous actors as rival morning anchors. The first"
        " three episodes are up today, then one a week.\n"
        "\n"
        "✒️ Harbor Lights (Apple TV+). A young poet meets Death. All ten episodes are up "
        "today.\n"
        "\n"
        "🚀 Cold Creek (Apple TV+). What if the Soviets beat us to the moon. It launches "
        "today too.",
        "2019-11-01", ["Night Orchard S1 2019-11-01 day", "Harbor Lights S1 2019-11-01 day", "Cold Creek S1 2019-11-01 day"]),
    row("a star who is back is no sign the show returns",
        "What to watch this week\n"
        "\n"
        "THURSDAY, JAN. 9\n"
        "\n"
        '"Night Orchard" (Max). Noah Wyle is back in scrubs, 16 years after his last '
        "hospital show, as an attending physician. The first two episodes are available "
        "today.",
        "2025-01-06", ["Night Orchard S1 2025-01-09 day"]),
    row("two episodes back to back are no return",
        "TV this week: a stampede\n"
        "\n"
        "Nearly a dozen series arrive or come back between the Emmys and Friday night. "
        "Times are Eastern.\n"
        "\n"
        "Monday\n"
        "\n"
        '"Night Orchard" (10 p.m., NBC). A famous actor wakes up in the afterlife. The '
        "creator gets two episodes back to back to make his case, and he makes it.",
        "2016-09-15", ["Night Orchard S1 2016-09-19 day"]),
    row("a day-by-day column's weekday labels are the days of the week ahead",
        "Your week in television\n"
        "\n"
        "A quiet week, mostly, so here it is day by day.\n"
        "\n"
        "Sunday: The golf wraps up in the afternoon, and then it is reruns until bedtime.\n"
        "\n"
        "Monday: Halt and Catch Fire (10 p.m., AMC) opens its fourth and last season, with "
        "Mackenzie Davis and Lee Pace back at the keyboards.\n"
        "\n"
        "Tuesday: Nothing new, unless you count the baseball.\n"
        "\n"
        "Wednesday: Doctor Who (BBC America) begins its 11th season, the first with Jodie "
        "Whittaker at the controls.",
        "2017-08-12", ["Halt and Catch Fire S4 2017-08-14 day", "Doctor Who S11 2017-08-16 day"]),
    row("a calendar entry's later sentence 'for season two' tells the entry's season",
        "Summer TV calendar: the season's premieres, in order\n"
        "\n"
        "JUNE\n"
        "\n"
        "June 4 — Hannibal (10 p.m., NBC). The third season of Bryan Fuller's show, now in "
        "Italy.\n"
        "\n"
        "June 21 — True Detective (9 p.m., HBO). Nic Pizzolatto moves the anthology to Los "
        "Angeles for season two, with a new cast. Colin Farrell and Rachel McAdams lead.\n"
        "\n"
        "June 24 — Mr. Robot (10 p.m., USA). Rami Malek plays a hacker with social anxiety.",
        "2015-05-24", ["Hannibal S3 2015-06-04 day", "True Detective S2 2015-06-21 day", "Mr. Robot S1 2015-06-24 day"]),
    row("entries led by 'Title, 10 p.m., NBC.' under day headings",
        "This week on TV\n"
        "\n"
        "Tuesday, Oct. 3\n"
        "\n"
        "Found, 10 p.m., NBC. Shanola Hampton plays a crisis manager who looks for missing "
        "people nobody else is searching for.\n"
        "\n"
        "Wednesday, Oct. 4\n"
        "\n"
        "Quantum Leap, 10 p.m., NBC. The revival's second season picks up after the spring "
        "cliffhanger.\n"
        "\n"
        "Thursday, Oct. 5\n"
        "\n"
        "Loki, Disney+. Season 2 arrives a day early, at 9 p.m. Eastern.",
        "2023-09-29", ["Found S1 2023-10-03 day", "Quantum Leap S2 2023-10-04 day", "Loki S2 2023-10-05 day"]),
    row("'only a handful of hours left in its fifth and final season' is a season on air, not a renewal of the entry before",
        "The week ahead\n"
        "\n"
        "MONDAY\n"
        "\n"
        "No Good Nick, Netflix. A con artist moves in with a family in this new sitcom.\n"
        "\n"
        "TUESDAY\n"
        "\n"
        "Bless This Mess, 9:30 p.m., ABC. Lake Bell and Dax Shepard play newlyweds who "
        "inherit a Nebraska farm.\n"
        "\n"
        "WEDNESDAY\n"
        "\n"
        "Nothing premieres, but Jane the Virgin (9 p.m., The CW) has only a handful of "
        "hours left in its fifth and final season.\n"
        "\n"
        "FRIDAY\n"
        "\n"
        "Ramy, Hulu. Ramy Youssef's comedy about a young Muslim man in New Jersey.",
        "2019-04-13", ["No Good Nick S1 2019-04-15 day", "Bless This Mess S1 2019-04-16 day", "Ramy S1 2019-04-19 day"]),
    row("weekday headings walk through the week ahead: a Friday heading after Sunday's is the next Friday",
        "TV this week\n"
        "\n"
        "Here is how the week shakes out.\n"
        "\n"
        "Sunday\n"
        "\n"
        "The Gilded Age (9 p.m., HBO) airs the second episode of its third season.\n"
        "\n"
        "Tuesday\n"
        "\n"
        "The Bear (Hulu) drops all of its fourth season at once.\n"
        "\n"
        "Friday\n"
        "\n"
        "The Sandman (Netflix) returns for a second and final season.",
        "2025-06-27", ["The Bear S4 2025-07-01 day", "The Sandman S2 2025-07-04 day"]),
    row("a 'new on' list's paragraphs led by 'October 14 - Title.' under 'originals this month', a film left out",
        "New on Netflix in October 2016\n"
        "\n"
        "Netflix originals this month\n"
        "\n"
        "October 7 - The Siege of Jadotville. Jamie Dornan leads this Irish war film about "
        "a siege in the Congo.\n"
        "\n"
        "October 14 - Haters Back Off! Colleen Ballinger turns her YouTube character into "
        "an eight-episode comedy.\n"
        "\n"
        "October 21 - Black Mirror, season 3. Charlie Brooker's anthology moves over from "
        "Channel 4.",
        "2016-09-28", ["Haters Back Off! S1 2016-10-14 day", "Black Mirror S3 2016-10-21 day"]),
    row("list headings 'Title season N (Network), Month' date their shows, and the section's 'It' follows its heading",
        "The most anticipated shows of 2026\n"
        "\n"
        "The ones with windows\n"
        "\n"
        "Euphoria season 3 (HBO), April\n"
        "\n"
        "Four years after season 2, Zendaya and Jacob Elordi are back.\n"
        "\n"
        "Lanterns (HBO), August\n"
        "\n"
        "Kyle Chandler plays Hal Jordan in this DC mystery. It's set for August.\n"
        "\n"
        "House of the Dragon season 3 (HBO), summer\n"
        "\n"
        "The Dance of the Dragons goes on. HBO says summer.",
        "2026-01-06", ["Euphoria S3 2026-04-01..2026-04-30 month", "Lanterns S1 2026-08-01..2026-08-31 month", "House of the Dragon S3 2026-06-01..2026-08-31 season"]),
    row("lead title with initial",
        "Fall TV 2013: the premiere calendar\n"
        "\n"
        "Here is the schedule as it stands. All times Eastern.\n"
        "\n"
        "THURSDAY, SEPT. 26\n"
        "The Michael J. Fox Show (9:30 p.m., NBC). A news anchor with Parkinson's goes back"
        " to work, and his family is thrilled to see him leave the house.\n"
        "\n"
        "FRIDAY, SEPT. 27\n"
        "Blue Bloods (10 p.m., CBS). Season 4 opens with the Reagans at dinner, as always.",
        "2013-08-20", ["The Michael J. Fox Show S1 2013-09-26 day", "Blue Bloods S4 2013-09-27 day"]),
    row("lead title acronym with dots",
        "Fall TV 2013: the premiere calendar\n"
        "\n"
        "Here is the schedule as it stands. All times Eastern.\n"
        "\n"
        "TUESDAY, SEPT. 24\n"
        "Marvel's Agents of S.H.I.E.L.D. (8 p.m., ABC). Coulson assembles a team of agents "
        "after the events of The Avengers.\n"
        "\n"
        "WEDNESDAY, SEPT. 25\n"
        "Modern Family (9 p.m., ABC). Season 5 starts with a wedding in the works.",
        "2013-08-20", ["Agents of S.H.I.E.L.D. S1 2013-09-24 day", "Modern Family S5 2013-09-25 day"]),
    row("lead title slot with long aside",
        "Midseason TV: the calendar\n"
        "\n"
        "Dates as the networks announced them this week.\n"
        "\n"
        "SUNDAY, JAN. 21\n"
        "The Resident (about 10 p.m., Fox, after the NFC Championship Game). A hospital "
        "drama about a brilliant and cynical senior resident.\n"
        "\n"
        "MONDAY, JAN. 22\n"
        "The Alienist (9 p.m., TNT). A killer stalks 1896 New York.",
        "2017-12-10", ["The Resident S1 2018-01-21 day", "The Alienist S1 2018-01-22 day"]),
    row("quoted lead calendar",
        "Fall TV 2016: the premiere calendar, night by night\n"
        "\n"
        "Cut this out and stick it on the fridge. Dates were confirmed by the networks on "
        "Friday; times are Eastern, and (N) marks a new series.\n"
        "\n"
        "SEPT. 20\n"
        "\n"
        '"This Is Us" (N), NBC, 10 p.m. Milo Ventimiglia and Mandy Moore lead a family '
        "drama with a twist in the last minute.\n"
        "\n"
        '"Bull" (N), CBS, 9 p.m. Michael Weatherly as a jury consultant.\n'
        "\n"
        "SEPT. 21\n"
        "\n"
        '"Designated Survivor" (N), ABC, 10 p.m. Kiefer Sutherland becomes president when '
        "everyone above him dies.\n"
        "\n"
        "SEPT. 22\n"
        "\n"
        '"How to Get Away With Murder," ABC, 10 p.m. The third season opens with a flash-'
        "forward to yet another body.",
        "2016-08-28", ["This Is Us S1 2016-09-20 day", "Bull S1 2016-09-20 day", "Designated Survivor S1 2016-09-21 day", "How to Get Away With Murder S3 2016-09-22 day"]),
    row("quoted lead entry ends at slot",
        "Fall TV 2017: the premiere calendar\n"
        "\n"
        "Here is every date the networks have confirmed so far. Times are Eastern.\n"
        "\n"
        "SEPT. 28\n"
        "\n"
        '"Will & Grace," NBC, 9 p.m. The revival, which the network counts as the ninth '
        "season, ignores the old finale entirely.\n"
        "\n"
        "OCT. 5\n"
        "\n"
        '"Scandal," ABC, 9 p.m. The seventh season will be the last, the producers have '
        "said.\n"
        "\n"
        "OCT. 12\n"
        "\n"
        '"Supernatural," The CW, 8 p.m. Season 13 picks up with Jack, the nephilim.',
        "2017-08-27", ["Will & Grace S9 2017-09-28 day", "Scandal S7 2017-10-05 day", "Supernatural S13 2017-10-12 day"]),
    row("quoted lead long line under date",
        "Midseason TV preview: the winter calendar\n"
        "\n"
        "Here is our calendar for the winter, with dates confirmed by the networks. (N) "
        "marks new series.\n"
        "\n"
        "DEC. 30\n"
        "\"The Orville,\" Fox. Seth MacFarlane's crew returns for Season 2 after the football"
        " game.\n"
        "\n"
        "JAN. 13\n"
        '"True Detective," HBO. Mahershala Ali leads the third season, set in the Ozarks '
        "across three different timelines and several decades of one crime.\n"
        '"Victoria," PBS. The young queen returns to Masterpiece for a third season.',
        "2018-12-28", ["The Orville S2 2018-12-30 day", "True Detective S3 2019-01-13 day", "Victoria S3 2019-01-13 day"]),
    row("numbered list with three word network",
        "The most anticipated TV shows of 2017\n"
        "\n"
        "Here are the series we are most excited about this year.\n"
        "\n"
        "1. Legion (FX) - Feb. 8\n"
        "\n"
        "Noah Hawley takes on the X-Men.\n"
        "\n"
        "2. Star Trek: Discovery (CBS All Access) - May\n"
        "\n"
        "After a delay from its January slot, it is now expected in May.\n"
        "\n"
        "3. Iron Fist (Netflix) - March 17\n"
        "\n"
        "The last of the solo shows.",
        "2017-01-04", ["Legion S1 2017-02-08 day", "Star Trek: Discovery S1 2017-05-01..2017-05-31 month", "Iron Fist S1 2017-03-17 day"]),
    row("anime guide arc heading and episode 1",
        "Spring anime season guide\n"
        "\n"
        "Here is what to watch, when, and where.\n"
        "\n"
        "Demon Slayer: Kimetsu no Yaiba - Swordsmith Village Arc\n"
        "\n"
        "Season 3 premieres on April 9 with an extended first episode.\n"
        "\n"
        "Mashle: Magic and Muscles\n"
        "\n"
        "A boy with no magic solves his problems by punching them. Episode 1 lands April 7 "
        "in the U.S.",
        "2023-03-28", ["Demon Slayer: Kimetsu no Yaiba S3 2023-04-09 day", "Mashle: Magic and Muscles S1 2023-04-07 day"]),
    row('a paragraph under a day heading that gives its own day',
        'This week on TV\n\nFriday\n\nThe fireworks special (8 p.m., NBC) is on at the usual hour.\n\nLooking ahead to next Friday, July 18, two big returns land on the same day. Slow Horses opens its fifth season on Apple TV+.',
        '2025-06-30', ['Slow Horses S5 2025-07-18 day']),
    row("a dated line's list after 'is back, with' keeps its first item",
        'CBS sets fall premieres\n\nMonday, Sept. 23: The comedy hour is back, with Young Sheldon (season three) and Mom (season seven).',
        '2019-06-25', ['Young Sheldon S3 2019-09-23 day', 'Mom S7 2019-09-23 day']),
    row('a paragraph ending in a colon gives its window to the nights listed under it',
        'NBC unveils its fall\n\nNBC showed advertisers its new schedule on Monday. Here is how the network\'s week will look when the season starts this fall:\n\nMonday: "The Voice" at 8/7c, followed by the new drama "Revolution" at 10/9c.\n\nWednesday: the new comedy "Animal Practice," from producer Brian Gatewood, at 8/7c.\n\nThe network will also air the Olympics closing ceremony in August.',
        '2012-05-14', ['The Voice S1 2012-09-01..2012-11-30 season', 'Revolution S1 2012-09-01..2012-11-30 season', 'Animal Practice S1 2012-09-01..2012-11-30 season']),
    row('an intro that calls the lineup new makes its shows first seasons',
        'Fox\'s fall\n\nFive new series arrive when the lineup rolls out this fall:\n\nTuesday: Zooey Deschanel stars in "New Girl" at 9/8c.\n\nThursday: the dinosaur drama "Terra Nova" at 8/7c.',
        '2011-05-16', ['New Girl S1 2011-09-01..2011-11-30 season', 'Terra Nova S1 2011-09-01..2011-11-30 season']),
    row("a week's day-by-day list of long 'Title — description' lines, two under one day; a description naming the book or manga adapted",
        "New on Hulu this week: Harlan Creek, Night Owls and a true-crime docuseries\n\nAfter a quiet long weekend, Hulu has a crowded week ahead. Here is what lands, night by night.\n\nTuesday, March 2\nThe Lakeside Murders: Inside the Case — A three-part docuseries from director Ana Ruiz, based on a reporter's book of the same name, built around interviews with the families.\n\nThursday, March 4\nHarlan Creek — Studio Pine's moody adaptation of Mei Tanaka's manga, about a lighthouse keeper who can hear the dead, comes with all 12 episodes and an English dub.\n\nFriday, March 5\nNight Owls — Dana Price reunites with The Office writer Lee Marsh for a workplace comedy set at an all-night diner in Reno. Carla Bishop and Tom Ruiz co-star, and all eight episodes arrive at once.\nCold Pantry season 2 — Chef Amir Haddad cooks his way through Oslo, Lima, Tbilisi and more in eight new episodes.",
        '2021-03-01', ['The Lakeside Murders: Inside the Case S1 2021-03-02 day', 'Harlan Creek S1 2021-03-04 day', 'Night Owls S1 2021-03-05 day', 'Cold Pantry S2 2021-03-05 day']),
    row("'Cyberpunk: Edgerunners (Netflix anime).' under a day heading: one title, not a label",
        "New on Netflix this week: Neon Run: Edgerunners and more\n\nIt's a busy week on the streamer. Here's everything arriving between Monday and Sunday.\n\nTuesday\nNeon Run: Edgerunners (Netflix anime). The studio's ten-episode series is set in Night City, the same world as the video game Neon Run 2077, which is getting its own expansion next year. The anime premieres on Tuesday, Sept. 13.\n\nFriday\nDesigning Tampa (Netflix series). A design team clashes with clients in this new reality series, out Friday.",
        '2022-09-12', ['Designing Tampa S1 2022-09-16 day', 'Neon Run: Edgerunners S1 2022-09-13 day']),
    row("'MONDAY: X opens its fourth season Monday, Sept. 20': a network's nights that date themselves, not a week-ahead column",
        'CBS Fall Premiere Dates\n\nCBS on Tuesday announced its fall calendar, with most of its lineup returning the week of Sept. 20.\n\nMONDAY: "Corner Store" opens its fourth season Monday, Sept. 20 at 8/7c.\n\nWEDNESDAY: "Castaways" returns with its 41st edition Wednesday, Sept. 22 at 8/7c.\n\nTHURSDAY: "Little Genius" begins its fifth season Thursday, Oct. 7 at 8/7c.',
        '2021-07-13', ['Corner Store S4 2021-09-20 day', 'Castaways S41 2021-09-22 day', 'Little Genius S5 2021-10-07 day']),
    row("'Everything on the grid below premieres this fall' over nights told in prose",
        'NBC presented its schedule to advertisers on Monday.\n\nEverything on the fall grid below premieres this fall; specific launch dates are expected in June.\n\nMonday opens with the period drama "The Velvet Room."\n\nOn Wednesday, the comedy "Up Past Midnight" leads off the night, and the legal drama "Bench Trial" relocates from Mondays for its second season.\n\nThe big surprise was what is missing: "Study Group" will air at midseason.',
        '2011-05-16', ['The Velvet Room S1 2011-09-01..2011-11-30 season', 'Up Past Midnight S1 2011-09-01..2011-11-30 season', 'Bench Trial S2 2011-09-01..2011-11-30 season', 'Study Group S1 2012-01-01..2012-03-31 season']),
    row("'Title (season N): date' with the channel or an aside after the date",
        'Fall dates\n\nGreyfield (season 3): Thursday, Oct. 5 at 8/7c on CBS. Bring snacks.\n\nNorth Pier (season 2): Oct. 10 on The CW.',
        '2023-09-01', ['Greyfield S3 2023-10-05 day', 'North Pier S2 2023-10-10 day']),
    row('live-blog-entries-lose-their-post-times',
        "Network upfront, as it happened\n\n3:05 p.m. ET: The presentation opens with a comedian's warm-up set.\n\n3:18 p.m. ET: Harbor Lights: Rescue, the coast guard drama from the team behind Harbor Lights, opens this fall on Tuesdays.\n\n3:26 p.m. ET: Returning in the fall: Night Court for season 3 and Lowlands for season 2.",
        '2024-05-13', ['Harbor Lights: Rescue S1 2024-09-01..2024-11-30 season', 'Night Court S3 2024-09-01..2024-11-30 season', 'Lowlands S2 2024-09-01..2024-11-30 season']),
    row('a-colon-list-whose-items-name-their-seasons',
        'Back in the spring: Lowlands for season 2, Harbor Lights for its season 4, and Night Court for season 3.',
        '2024-11-20', ['Lowlands S2 2025-03-01..2025-05-31 season', 'Harbor Lights S4 2025-03-01..2025-05-31 season', 'Night Court S3 2025-03-01..2025-05-31 season']),
    row('a-schedule-grid-time-is-not-a-post-time',
        'The network lays out its Monday lineup.\n\nMonday, Sept. 18\n9:00 NCIS: Reef (season 2)\n10:00 CSI: Harbor (season 4)',
        '2023-08-01', ['NCIS: Reef S2 2023-09-18 day', 'CSI: Harbor S4 2023-09-18 day']),
    row('an-entry-with-its-network-before-its-date',
        'Summer watchlist, all confirmed:\n\n🌊 HARBOR LIGHTS S2 — Netflix, 6/27. The final season. Bring tissues.\n\n🍳 THE GRILL S3 — FX/Hulu, June 25, all eps at once. Yes chef.',
        '2025-06-01', ['Harbor Lights S2 2025-06-27 day', 'The Grill S3 2025-06-25 day']),
    row('emoji-led-entries-with-titles-in-capitals',
        'Spring dates, all confirmed:\n\n🛰️ ORBIT S2 — HBO Max, April 21. Cannot wait!!\n\n☢️ WASTELAND — Prime Video, 4/12. Yes, the one from the trailer.\n\n⚔️ RŌNIN — FX/Hulu, Feb 27. Gorgeous.',
        '2024-01-18', ['ORBIT S2 2024-04-21 day', 'WASTELAND S1 2024-04-12 day', 'RŌNIN S1 2024-02-27 day']),
    row('emoji-entries-with-a-weekday-after-the-network',
        'Con recap, the dates that matter:\n\n🔥 NIGHTFALL — NBC, Friday, Oct. 24. Yes, he smokes. Long story.\n\n⚡ THE SPARK — The CW, Tues. Oct. 7. The pilot screening was only a preview.',
        '2014-07-28', ['NIGHTFALL S1 2014-10-24 day', 'THE SPARK S1 2014-10-07 day']),
    row('a-title-in-capitals-ending-in-show-and-a-weekday-after-the-network',
        'Fall cheat sheet, every date so far:\n\n🍁 THE EVENING SHOW S2 — Apple TV+, Fri 9/17. The anchors are back in the newsroom.',
        '2021-08-20', ['THE EVENING SHOW S2 2021-09-17 day']),
    row('emoji-entries-in-capitals-with-prose-after-the-dash',
        'Spring TV megalist, updated:\n\n🚀 LOST HARBOR — the Netflix reboot drops April 13 (a Friday the 13th, bold choice). Danger ahead!\n\n🍦 THE NICE PLACE — NBC renewed it for a third season back in November, no date yet.',
        '2018-03-08', ['LOST HARBOR S1 2018-04-13 day', 'THE NICE PLACE S3 tba']),
    row('dash-item-with-in-before-its-month',
        'Our return tracker\n\nWINDOWS\n- Harbor Nights (Max) — season 2 — in August\n- Salt Road (Netflix) — season 3 — 2026',
        '2025-03-20', ['Harbor Nights S2 2025-08-01..2025-08-31 month', 'Salt Road S3 2026-01-01..2026-12-31 year']),
    row('two-networks-in-a-listing-parenthesis',
        'Our return tracker\n\nWINDOWS\n- The Ovenmaker (FX/Hulu) — season 4 — this summer\n- Salt Road (Netflix) — season 3 — 2026',
        '2025-03-20', ['The Ovenmaker S4 2025-06-01..2025-08-31 season', 'Salt Road S3 2026-01-01..2026-12-31 year']),
    row("a dash typed as two hyphens ('Title -- season 4 opens Friday, Oct. 4') sets the entry's title apart",
        'Re: fall premiere dates\n\nHere is what the networks have said so far.\n\n* Harbor Lights -- season 4 opens Friday, Oct. 4 in its usual slot.\n* Quarry Hill -- the new drama starts Saturday, Sept. 21.\n* Ember Street -- season 3 is happening, but no date has been announced.',
        '1996-08-20', ['Harbor Lights S4 1996-10-04 day', 'Quarry Hill S1 1996-09-21 day', 'Ember Street S3 tba']),
    row("a forum list's bold section headings ('**IN LIMBO**', '**CONFIRMED**') are no titles",
        'shutdown tracker: what is still coming\n\nProduction has stopped almost everywhere.\n\n**CONFIRMED**\n\nGlass Acre returns April 12 on BBC America.\n\n**IN LIMBO**\n\nFilming stopped on all of these, and no release date is known for any of them.',
        '2020-03-26', ['Glass Acre S? 2020-04-12 day']),
    row('a quoted status word that a forum list explains (\'"Confirmed" means a press release\') is no title',
        'premiere dates thread\n\nOne thread instead of forty. "Confirmed" means I have a press release; everything else has no date yet.\n\nGlass Acre returns April 12.',
        '2020-03-26', ['Glass Acre S? 2020-04-12 day']),
    row("a family guide's entries led by a title and its network in parentheses, no stop after them",
        "The family fall guide\n\nWe watched the pilots so you don't have to. Listed by age, youngest first.\n\nHarbor Pups (Nick Jr.) A rescue-dog cartoon for preschoolers, premiering Tuesday, Sept. 6.\n\nQuarry Kids (PBS) The science series is not ready yet; PBS has penciled it in for fall 2006.\n\nThe Lantern House (The WB) The Camden-style family drama starts its tenth season on Monday, Sept. 19.\n\nGlass Acre High (UPN) A comedy about a new kid in Brooklyn. It premieres Thursday, Sept. 22.",
        '2005-08-25', ['Harbor Pups S1 2005-09-06 day', 'Quarry Kids S1 2006-09-01..2006-11-30 season', 'The Lantern House S10 2005-09-19 day', 'Glass Acre High S1 2005-09-22 day']),
    row("a listicle's numbered paragraphs, each led by its title ('1. Harbor Pups. The reboot launches ...')",
        "The kids' TV cheat sheet\n\nNine shows to know about this summer.\n\n1. Harbor Pups. The rescue-dog reboot, with a famous voice as the captain, launches Saturday, Aug. 12, on Disney XD.\n\n2. Quarry Kids. The new science cartoon follows a class of young geologists. It premieres Saturday, Aug. 19.\n\n3. Glass Acre: Legendary Defenders. The third season of the robot series drops Friday, Aug. 4.",
        '2017-05-27', ['Harbor Pups S1 2017-08-12 day', 'Quarry Kids S1 2017-08-19 day', 'Glass Acre: Legendary Defenders S3 2017-08-04 day']),
    row("a list's intro that dates it ('The originals available on day one, Nov. 12:') over lines led by titles",
        'What families should know about the launch\n\nThe service goes live next month.\n\nThe original series available on day one, Nov. 12:\n- Harbor Pups. A cartoon about rescue dogs; fine for preschoolers.\n- The Quiet Coast Kids. A docuseries about young sailors.\n\nParental controls\nThe kids profile hides anything rated above TV-Y7.',
        '2019-10-29', ['Harbor Pups S1 2019-11-12 day', 'The Quiet Coast Kids S1 2019-11-12 day']),
    row("a bulleted line led by a two-word network's label ('The WB: Harbor Lights returns ...')",
        "Network highlights\n\nThe quarter's programming news:\n\n- The WB: Harbor Lights returns for its second season in the fall.\n- Adult Swim: Quarry Hill season three is in production; premiere date not yet set.",
        '2002-05-01', ['Harbor Lights S2 2002-09-01..2002-11-30 season', 'Quarry Hill S3 tba']),
    row("lines without bullets under a paragraph that ends by dating them ('Six original series will be waiting on Nov. 1:')",
        'A new service arrives Nov. 1\n\nThe service goes live Friday, Nov. 1, for $4.99 a month.\n\nSix original series will be waiting on Nov. 1:\n\nHarbor Lights, a drama about a morning program in crisis, with three big stars.\nQuarry Hill, a post-apocalyptic saga set in a future where nobody can see.\nGlass Acre, starring a young actress as a very modern poet.\n\nThe calendar fills in over the following weeks. Night Desk, a thriller, premieres Nov. 28.',
        '2019-10-15', ['Harbor Lights S1 2019-11-01 day', 'Quarry Hill S1 2019-11-01 day', 'Glass Acre S1 2019-11-01 day', 'Night Desk S1 2019-11-28 day']),
    row("bulleted lines under their own dated intro paragraph ('Five originals will be ready May 27:') take its date",
        'The new service launches next week\n\nThe service arrives Wednesday, May 27, at $14.99 a month.\n\nFive originals will be ready May 27:\n\n- Harbor Lights, an anthology romantic comedy.\n- Quarry Hill, a competition series set among dance balls.\n- Glass Acre, a crafting contest for kids.\n\nThe service also carries a documentary film.',
        '2020-05-20', ['Harbor Lights S1 2020-05-27 day', 'Quarry Hill S1 2020-05-27 day', 'Glass Acre S1 2020-05-27 day']),
    row("'Title, season 2: Sept. 2.' entries, the season between a comma and the colon",
        "Dates from press tour\n\nNETFLIX\n\nHarbor Lights, season 2: Sept. 2. The story ends this season, the content chief said.\n\nQuarry Hill: Sept. 30. The third of the partnership's series.\n\nGlass Acre, season 3: Sept. 23.",
        '2016-07-30', ['Harbor Lights S2 2016-09-02 day', 'Quarry Hill S1 2016-09-30 day', 'Glass Acre S3 2016-09-23 day']),
    row("'Title - Oct. 24, Prime Video.' lines: the date, then the service after a comma",
        'Fall guide for players\n\nDATED\n\nHarbor Lights - Oct. 24, Prime Video. A live-action take on a crime game series.\n\nQuarry Hill - Dec. 10, Netflix. An animated anthology of game worlds.',
        '2024-09-30', ['Harbor Lights S1 2024-10-24 day', 'Quarry Hill S1 2024-12-10 day']),
    row("'Title: October.' entries of a press-tour list, a bare month after the title's colon",
        'Dates from press tour\n\nAMAZON\n\nHarbor Lights, season 3: Sept. 23.\n\nQuarry Hill: October. A famous actor stars in a legal drama.\n\nGlass Acre, season 2: Dec. 16.',
        '2016-07-30', ['Harbor Lights S3 2016-09-23 day', 'Quarry Hill S1 2016-10-01..2016-10-31 month', 'Glass Acre S2 2016-12-16 day']),
    row("a report card's 'Grade: B' and 'Status: ...' lines under each title are fields, not titles",
        'The midseason report card\n\nTime to hand out grades.\n\nHarbor Lights (WB)\nGrade: A-\nStatus: Renewed for a second season; return date TBA.\nThe most honest hour on television.\n\nQuarry Hill (Fox)\nGrade: B\nStatus: Fox has ordered a third season; timing unannounced.\n\nGlass Acre (HBO)\nGrade: B+\nPremieres Sunday, Jan. 10. The best pilot of the year.',
        '1999-01-04', ['Harbor Lights S2 tba', 'Quarry Hill S3 tba', 'Glass Acre S1 1999-01-10 day']),
    row('network-led-dated-lines',
        'The autumn of anthologies\n\nWhat we know so far:\n\nHBO, Sunday, Oct. 30 — "The White Lotus." The resort satire checks in to Sicily.\n\nFX, Wednesday, Oct. 19 — "American Horror Story: NYC." Two episodes a week.\n\nNetflix, Wednesday, Sept. 21 — "Monster." Ryan Murphy\'s new anthology.',
        '2022-08-30', ['The White Lotus S1 2022-10-30 day', 'American Horror Story: NYC S1 2022-10-19 day', 'Monster S1 2022-09-21 day']),
    row('dash-bare-month-entries',
        "GMMTV's 2022 slate\n\nThe studio revealed its new titles on Tuesday.\n\nMama Gogo - March. A family comedy about a mother and her son.\n\nVice Versa - July. Two young men swap bodies.\n\nThe Eclipse - Q3. A strict school and a secret society.",
        '2021-12-07', ['Mama Gogo S1 2022-03-01..2022-03-31 month', 'Vice Versa S1 2022-07-01..2022-07-31 month', 'The Eclipse S1 2022-07-01..2022-09-30 quarter']),
    row('south-asian-networks-in-entry-labels',
        "Spring dramas on TV\n\nTHE SPECIALS\n\nChand Tara (Geo Entertainment): Ayeza Khan and Danish Taimoor lead a family comedy that begins on Thursday, March 23.\n\nKabli Pulao (Green Entertainment): the channel's first big drama, about an old man and a young refugee, goes on air in April.",
        '2023-03-10', ['Chand Tara S1 2023-03-23 day', 'Kabli Pulao S1 2023-04-01..2023-04-30 month']),
    row('cable-network-in-entry-label',
        "Pride month on TV\n\nTHIS MONTH\n\nRuPaul's Drag U (Logo): The makeover spinoff returns for its third season Monday, June 25.\n\nDegrassi (TeenNick): The Canadian school drama begins its twelfth season this summer.",
        '2012-06-01', ["RuPaul's Drag U S3 2012-06-25 day", 'Degrassi S12 2012-06-01..2012-08-31 season']),
    row('gallery-captions-are-the-story',
        'Fall TV 2013, one photo at a time\n\nThe networks launch two dozen new series this fall. Premiere dates follow each caption.\n\nSlide 1 of 3: Pictured: Ann Lee as a detective in ABC\'s "Harbor Lights," which premieres Tuesday, Sept. 24. (ABC/Jo Ray)\n\nSlide 2 of 3: Pictured: Tom Ruiz in NBC\'s "Quarry Hill." Premiere: Monday, Sept. 23. (NBC)\n\nSlide 3 of 3: Pictured: Mia Chen. Fox\'s comedy "Glass Acre" opens Tuesday, Sept. 17. (Fox)',
        '2013-08-20', ['Harbor Lights S1 2013-09-24 day', 'Quarry Hill S1 2013-09-23 day', 'Glass Acre S1 2013-09-17 day']),
    row('sentence-case-titles-leading-list-lines',
        "Rai Uno's autumn fiction\n\nBelow is the calendar as announced.\n\nLater in the season\n\n- Terra ribelle, the Maremma saga, returns for its second season at midseason.\n- Una grande famiglia, a drama about a rich Brianza family, is being held for spring 2012.\n- Il restauratore, with Lando Buzzanca as an art restorer, will arrive in early 2012.",
        '2011-09-12', ['Terra ribelle S2 2012-01-01..2012-03-31 season', 'Una grande famiglia S1 2012-03-01..2012-05-31 season', 'Il restauratore S1 2012-01-01..2012-04-30 year']),
    row('distributor-in-parentheses-then-colon',
        "Syndication wrap: the new talk shows\n\nTHE NEW SHOWS\n\nHarbor Lights Live (NBC Universal): Premieres Monday, Sept. 9. Clearances above 85%.\n\nQuarry Hill Tonight (Disney-ABC): The former anchor's hour premieres in September on the owned stations.\n\nGlass Acre Court (Trifecta): A small court entry, launching in fall 2019 in most of the country.",
        '2019-01-30', ['Harbor Lights Live S1 2019-09-09 day', 'Quarry Hill Tonight S1 2019-09-01..2019-09-30 month', 'Glass Acre Court S1 2019-09-01..2019-11-30 season']),
    row('memo-routing-lines-and-season-slot-lines',
        'Network to stations: full fall premiere list\n\nTO: All affiliates\nFROM: Network Scheduling\n\nThe dates below are final.\n\nMONDAY, SEPT. 20\n- Harbor Lights (sixth season), 8 p.m.\n- Quarry Hill (new), 9:30 p.m.\n\nTUESDAY, SEPT. 21\n- Glass Acre (eighth season), 8 p.m.',
        '2010-08-16', ['Harbor Lights S6 2010-09-20 day', 'Quarry Hill S1 2010-09-20 day', 'Glass Acre S8 2010-09-21 day']),
    row('critic-star-ratings-around-entries',
        "A critic's guide to January\n\nStars are out of five.\n\nHarbor Lights (NBC), Jan. 2 - ★★★★\nThe fifth season plays like an apology for the fourth.\n\n★★½ Quarry Hill (PBS)\nThe fourth season picks up after last year's shock. Sunday, Jan. 5.",
        '2013-12-28', ['Harbor Lights S5 2014-01-02 day', 'Quarry Hill S4 2014-01-05 day']),
    row('dated-list-films-with-year-dropped',
        'Everything new on Hulu in June\n\nThe usual first-of-the-month batch of catalog films arrives, plus one original.\n\nJune 1\n\nHeat (1995)\nThe Fugitive (1993)\n\nJune 7\n\nRamy: Series Premiere (Hulu Original). A young Muslim man in New Jersey looks for his place.',
        '2019-05-28', ['Ramy S1 2019-06-07 day']),
    row('date-led-paragraphs-make-a-calendar',
        'Netflix in March: the full rundown\n\nHere is what is arriving.\n\nMarch 3 — Love on the Spectrum: Season 2. The dating series returns.\n\nMarch 10 — Kaleidoscope: Series Premiere. Giancarlo Esposito plans a heist.\n\nMarch 24 — The Night Agent: Season 2, Volume 1 (five episodes). The rest follows in April.',
        '2023-02-25', ['Love on the Spectrum S2 2023-03-03 day', 'Kaleidoscope S1 2023-03-10 day', 'The Night Agent S2 2023-03-24 day']),
    row('day-heading-lines-led-by-title-and-season',
        'New on Netflix: April\n\nThe short version is below.\n\nFriday, April 7\nBeef, Series Premiere. Two strangers never let go of a parking-lot feud.\nThe Last Kingdom, Season 5\n\nFriday, April 14\nFerrari (2023)',
        '2023-03-30', ['Beef S1 2023-04-07 day', 'The Last Kingdom S5 2023-04-07 day']),
    row('pipe-row-with-time-slot-after-date',
        'FALL TV GUIDE 2019\n\nOur guide, in order of premiere.\n\nEVIL | CBS | Thursday, Sept. 26, 10 p.m.\nA skeptic joins a priest-in-training to look into possessions.\n\nSTUMPTOWN | ABC | Wednesday, Sept. 25, 10 p.m.\nCobie Smulders is a Portland private investigator.',
        '2019-09-10', ['Evil S1 2019-09-26 day', 'Stumptown S1 2019-09-25 day']),
    row('quoted-title-network-comma-date-line',
        'Fall TV 2019: shows we are watching\n\nHere are the ones we are making time for.\n\n"Watchmen," HBO, Sunday, Oct. 20\nDamon Lindelof picks up the comic decades later in Tulsa.\n\n"The Morning Show," Apple TV+, Friday, Nov. 1\nJennifer Aniston and Reese Witherspoon anchor a morning program in crisis.',
        '2019-09-12', ['Watchmen S1 2019-10-20 day', 'The Morning Show S1 2019-11-01 day']),
    row('caps-heading-with-double-dash-fields',
        'Winter TV 2018: eight to watch\n\nThe real action this winter is on cable and streaming.\n\nTHE ALIENIST -- TNT -- Monday, Jan. 22\nDaniel Bruhl hunts a killer in 1896 Manhattan.\n\nALTERED CARBON -- Netflix -- Friday, Feb. 2\nA mercenary wakes in a new body centuries later.\n\nTHE X-FILES -- Fox -- Wednesday, Jan. 3\nThe 11th season opens with a conspiracy.',
        '2017-12-30', ['The Alienist S1 2018-01-22 day', 'Altered Carbon S1 2018-02-02 day', 'The X-Files S11 2018-01-03 day']),
    row('when-field-under-title-and-network',
        "The fall TV guide: shows worth your time\n\nThese are the ones we are circling.\n\nTHE PENGUIN (HBO)\nWhen: Thursday, Sept. 19\nColin Farrell returns as the Gotham gangster.\n\nAGATHA ALL ALONG (Disney+)\nWhen: Wednesday, Sept. 18\nKathryn Hahn leads a coven down the Witches' Road.",
        '2024-09-05', ['The Penguin S1 2024-09-19 day', 'Agatha All Along S1 2024-09-18 day']),
    row('weekday-heading-yields-to-entry-date',
        'Fall TV 2016: your night-by-night guide\n\nHere is what is new, night by night.\n\nMONDAY\n\n"Kevin Can Wait" -- CBS, 8 p.m. Premieres Sept. 19.\nKevin James plays a retired cop at home in Long Island.\n\nTUESDAY\n\n"This Is Us" -- NBC, 10 p.m. Premieres Sept. 20.\nA family drama that keeps its secrets.',
        '2016-09-05', ['Kevin Can Wait S1 2016-09-19 day', 'This Is Us S1 2016-09-20 day']),
    row('title-season-dash-date-network-then-prose',
        "Your summer TV calendar\n\nEvery confirmed return date, in order.\n\nJULY\n\nBetter Things, season 3 — Feb. 28 (FX). Pamela Adlon directs every episode.\n\nBarry, season 2 — March 31 (HBO). Bill Hader's hitman goes back to acting class.",
        '2019-02-10', ['Better Things S3 2019-02-28 day', 'Barry S2 2019-03-31 day']),
    row('numbered-entry-studio-dash-date-on-service',
        "Spring 2023 anime: shows to put on your calendar\n\nHere are the ones worth your time.\n\n1. Mashle: Magic and Muscles (A-1 Pictures) - Saturday, April 8, on Crunchyroll. A boy with no magic punches his way through a wizard school.\n\n2. Hell's Paradise (MAPPA) - Saturday, April 1, on Crunchyroll. A ninja hunts for the elixir of life.",
        '2023-03-25', ['Mashle: Magic and Muscles S1 2023-04-08 day', "Hell's Paradise S1 2023-04-01 day"]),
    row('grid-rows-led-by-hour',
        'FALL 2007 GRID\n\nTimes are Eastern and Pacific.\n\nMONDAY\n\n8:00  NBC  Chuck  [NEW]  Sept. 24\n9:00  CBS  Two and a Half Men  [RETURNING - Season 5]  Sept. 24\n10:00 ABC  The Bachelor  [RETURNING - Season 11]  Sept. 24',
        '2007-09-10', ['Chuck S1 2007-09-24 day', 'Two and a Half Men S5 2007-09-24 day', 'The Bachelor S11 2007-09-24 day']),
    row('app-coming-soon-tiles',
        "Max | Coming Soon\n\nSaved from the app's Coming Soon row.\n\nTHE LAST OF US\nSeason 2\nComing April 13\nJoel and Ellie, five years on.\n[Remind Me]\n\nDUNE: PROPHECY\nComing November 17\nThe sisterhood before the Bene Gesserit.\n[Remind Me] [Watch Trailer]\n\nWICKED\nComing December 20\nFilm. The witches of Oz, before Dorothy.\n[Remind Me]\n\nTHE PITT\nComing January 9\nNoah Wyle works a 15-hour shift.\n[Remind Me]",
        '2024-11-01', ['The Last of Us S2 2025-04-13 day', 'Dune: Prophecy S1 2024-11-17 day', 'The Pitt S1 2025-01-09 day']),
    row('bulleted-list-under-window-intro',
        "NBC's guide to next season\n\nNBC showed off its schedule this week.\n\nThree new dramas are due this fall:\n\n* Manifest, a mystery about a plane that lands years late.\n* New Amsterdam, a hospital drama with Ryan Eggold.\n* The Village, about neighbors in a Brooklyn building.",
        '2018-05-20', ['Manifest S1 2018-09-01..2018-11-30 season', 'New Amsterdam S1 2018-09-01..2018-11-30 season', 'The Village S1 2018-09-01..2018-11-30 season']),
    row('fronted-date-shared-by-every-titled-clause',
        'CBS guide\n\nCBS showed off its schedule this week.\n\nAlso this fall, Bull moves to Mondays for its third season, and Survivor starts its 37th season.',
        '2018-05-20', ['Bull S3 2018-09-01..2018-11-30 season', 'Survivor S37 2018-09-01..2018-11-30 season']),
    row('british-week-of-picks-under-day-headings',
        "The week's best TV: a Cornish saga and a quiz comes back\n\nHere are our picks of the next seven days.\n\nSUNDAY\nPoldark\n9pm, BBC One\nAidan Turner returns for series three, still brooding on the clifftops.\n\nMONDAY\nBroken\n9pm, BBC One\nA new six-part drama: Sean Bean is a priest in a northern town.\n\nTUESDAY\nCountryfile Extra\n7pm, BBC Two\nThe episode visits a dairy farm in Devon.\n\nFRIDAY\nQI\n10pm, BBC Two\nThe 15th series opens with a round on the letter O.",
        '2017-06-10', ['Poldark S3 2017-06-11 day', 'Broken S1 2017-06-12 day', 'QI S15 2017-06-16 day']),
    row("a grid's 'hour, network.' lead before the title: the hour is no title",
        'Fall 2014: The Grid\n\nMONDAY\n\n8:00, Fox. Gotham (new). A young Jim Gordon walks into a city that is already rotten. Premieres Monday, Sept. 22.\n\n10:00, NBC. The Blacklist. Its second season opens Monday, Sept. 22.\n\n9:00, CBS. Scorpion (new). Geniuses save the day each week. Premieres Monday, Sept. 22.',
        '2014-08-20', ['Gotham S1 2014-09-22 day', 'The Blacklist S2 2014-09-22 day', 'Scorpion S1 2014-09-22 day']),
    row("a possessive title leading a listing line keeps its owner though the owner's name is its short form",
        "The Fall Lineup\n\nTUESDAY\n\nBuffy the Vampire Slayer (The WB, 8 p.m.). The fourth season, with the gang off to college, begins Tuesday, Oct. 5.\n\nWEDNESDAY\n\nDawson's Creek (The WB, 8 p.m.). The Capeside kids return for a third season Wednesday, Sept. 29.\n\nRoswell (The WB, 9 p.m.). New. Teen aliens in New Mexico. Premieres right after Dawson, Oct. 6.",
        '1999-08-15', ['Buffy the Vampire Slayer S4 1999-10-05 day', "Dawson's Creek S3 1999-09-29 day", 'Roswell S1 1999-10-06 day']),
    row("a listing that marks its entry 'New.' makes it a first season, whoever in the blurb 'goes back'",
        "Fall TV, Night by Night\n\nTUESDAY\n\n• NCIS (CBS, 8 p.m.). Gibbs and his team are back for a seventh season Tuesday, Sept. 22.\n\n• The Good Wife (CBS, 10 p.m.). New. A disgraced politician's wife goes back into practice as a lawyer. Also debuts Sept. 22.\n\n• Glee (Fox, 9 p.m.). The glee club returns for more songs Tuesday, Sept. 8.",
        '2009-08-01', ['NCIS S7 2009-09-22 day', 'The Good Wife S1 2009-09-22 day', 'Glee S? 2009-09-08 day']),
    row("a date heading with an aside ('Nov. 12 (launch day)') and a label line ('Originals:') over its bullets",
        'Everything new on Disney+ in November 2019\n\nThe service launches this month, and here is what it has.\n\nNov. 12 (launch day)\n\nOriginals:\n- The Mandalorian, season 1. A bounty hunter in the outer rim.\n- The World According to Jeff Goldblum, season 1. The actor looks into sneakers.\n- Pixar in Real Life, season 1. Cartoon moments staged on real streets.\n- Noelle (film), a Christmas comedy.\n\nNov. 15\n- The Mandalorian, Chapter 2. A new episode.\n\nNov. 29\n- The Santa Clause trilogy (films)',
        '2019-10-30', ['The Mandalorian S1 2019-11-12 day', 'The World According to Jeff Goldblum S1 2019-11-12 day', 'Pixar in Real Life S1 2019-11-12 day']),
    row("a premiere calendar's pipe rows led by the date, then the service, then the title and a blurb",
        'The streaming calendar: every premiere in October 2020\n\nPremieres by date, with where to watch.\n\nOct. 2 | Netflix | Emily in Paris, season 1. An American marketer moves to France.\n\nOct. 16 | Hulu | Helstrom, season 1. Siblings who hunt demons.\n\nOct. 30 | Disney+ | The Mandalorian, season 2. The bounty hunter is back.\n\nNext month | Netflix | The Crown, season 4, arrives Nov. 15, with Diana at last.',
        '2020-09-25', ['Emily in Paris S1 2020-10-02 day', 'Helstrom S1 2020-10-16 day', 'The Mandalorian S2 2020-10-30 day', 'The Crown S4 2020-11-15 day']),
    row("a DVR grid's row for a later episode ('S01E04') is no premiere, but 'S01E01-02' opens a season",
        "What we're recording this week\n\nOur DVR plan, row by row.\n\nTUE 9/14 | Hulu | Only Murders in the Building | S01E04 | NEW\n\nFRI 9/17 | Apple TV+ | Ted Lasso | S02E09 | NEW\n\nMON 9/20 | NBC | Ordinary Joe | S01E01-02 | SERIES PREMIERE",
        '2021-09-12', ['Ordinary Joe S1 2021-09-20 day']),
    row("a scorecard's 'Title (new):' and 'Title (renewed):' entries",
        "Upfronts scorecard: NBC\n\nThe network laid out its plans on Monday. Here is the scorecard.\n\nThe Blacklist (new): James Spader's con man, who walks into the FBI and gives himself up, premieres Monday, Sept. 23.\n\nParks and Recreation (renewed): The sixth season opens Thursday, Sept. 26.\n\nCommunity (renewed): The study group is being held for midseason.\n\nCancelled: Smash, 1600 Penn and Go On.",
        '2013-05-14', ['The Blacklist S1 2013-09-23 day', 'Parks and Recreation S6 2013-09-26 day', 'Community S? 2014-01-01..2014-03-31 season']),
    row("lines of 'Title, Month Day: blurb' date their titles, not the people in the blurb",
        'Coming to Netflix\n\nHere is what the service has dated.\n\nON DECK\n\nOzark, July 21: Jason Bateman moves his family to the Missouri lakes.\nMindhunter, Oct. 13: Two FBI agents interview serial killers.\nThe Crown, Dec. 8: The second season reaches the Suez crisis.',
        '2017-06-13', ['Ozark S1 2017-07-21 day', 'Mindhunter S1 2017-10-13 day', 'The Crown S2 2017-12-08 day']),
    row("'UPDATE, July 24:' opens an update, not a title's line",
        "The WB's fall\n\nThe network set its dates on Monday.\n\nUPDATE, July 24: The WB has pushed Charmed back one week, to Wednesday, Oct. 14.\n\nCORRECTION, July 25: An earlier version misstated the night.\n\nUPDATED, July 27: The WB confirmed the date again.",
        '1998-07-20', ['Charmed S? 1998-10-14 day']),
    row("a fact sheet's 'Transmission:' field under the show's heading is its premiere (and no show is called Transmission)",
        "Autumn drama fact sheets\n\nTHE ORVILLE\n\nChannel: Sky One\nTransmission: Sunday, Sept. 10\n\nSeth MacFarlane's space comedy, with a crew that bickers.",
        '2017-08-01', ['The Orville S1 2017-09-10 day']),
    row("a tracker page's title line over a row of labelled fields ('Network: HBO | Season: 1 | Premiere: ...')",
        'Comic-Con 2016: every TV date announced\n\nThis page collects the premiere dates revealed at the convention.\n\nWestworld\nNetwork: HBO | Season: 1 | Premiere: Sunday, October 2\nThe sci-fi western finally has a date.\n\nStar Trek: Discovery\nNetwork: CBS All Access | Season: 1 | Premiere: January 2017\nThe first episode airs on CBS too.\n\nWednesday\nNetwork: Netflix | Season: 1 | Premiere: to be announced\nTim Burton directs.',
        '2016-07-25', ['Westworld S1 2016-10-02 day', 'Star Trek: Discovery S1 2017-01-01..2017-01-31 month', 'Wednesday S1 tba']),
    row('a title, its season and its day in apposition, with no verb',
        'Our fall draft\n\nWe pick shows like fantasy football.\n\nMEG: I take The Good Place, season three, Thursday, September 27. First pick.\n\nOLLIE: Succession, season two, Sunday, August 11. The Roys again.',
        '2018-09-10', ['The Good Place S3 2018-09-27 day', 'Succession S2 2019-08-11 day']),
    row("a ranked list's headings, '1. Title (Network), date', over each show's blurb",
        "The 2023 Preview: Shows We're Excited About\n\nOur critics pick the series they most want to see next year.\n\n1. Poker Face (Peacock), Jan. 26\nRian Johnson's case-of-the-week mystery, with Natasha Lyonne.\n\n2. Succession (HBO), spring\nThe fourth season, and the Roys are still at war.\n\n3. The Bear (FX/Hulu), next summer\nThe kitchen reopens for a second season.",
        '2022-12-22', ['Poker Face S1 2023-01-26 day', 'Succession S4 2023-03-01..2023-05-31 season', 'The Bear S2 2023-06-01..2023-08-31 season']),
    row("entries 'Title season N (Network): blurb' whose blurb opens on the show's people ('The Millers', 'Ruby and James')",
        'Teen shows coming back this year\n\nSome have dates, some only have vibes.\n\nGinny & Georgia season 3 (Netflix): The Millers return in June.\n\nMaxton Hall season 2 (Prime Video): Ruby and James are heading back to the boarding school this fall.\n\nThe Buccaneers season 2 (Apple TV+): The heiresses return to London on June 18.',
        '2025-01-14', ['Ginny & Georgia S3 2025-06-01..2025-06-30 month', 'Maxton Hall S2 2025-09-01..2025-11-30 season', 'The Buccaneers S2 2025-06-18 day']),
    row("a preview's capsules: the title alone on its line, then 'NETWORK, hour Day, Date', then the review",
        'FALL TV 2006: our grades\n\nHere is our take on the new arrivals, graded on the pilots.\n\nJERICHO\nCBS, 8 p.m. Wednesday, Sept. 20\nA Kansas town sees a mushroom cloud on the horizon.\nGRADE: B-\n\nHEROES\nNBC, 9 p.m. Monday, Sept. 25\nOrdinary people discover extraordinary abilities.\nGRADE: A-\n\n30 ROCK\nNBC, 8 p.m. Wednesday, Oct. 11\nTina Fey runs a sketch show.\nGRADE: B\n\nALREADY AIRING\n\nThe returning shows will get their own page.',
        '2006-09-10', ['Jericho S1 2006-09-20 day', 'Heroes S1 2006-09-25 day', '30 Rock S1 2006-10-11 day']),
    row('capsule rows with a quoted title first: \'"NEW GIRL" | Fox | 9 p.m. Tuesday, Sept. 20 | B\'',
        'FALL TV PREVIEW\n\nOur critic graded the pilots; premiere dates are listed with each.\n\n"NEW GIRL" | Fox | 9 p.m. Tuesday, Sept. 20 | B\nZooey Deschanel moves in with three guys.\n\n"PAN AM" | ABC | 10 p.m. Sunday, Sept. 25 | B\nStewardesses and spies in 1963.\n\n"GRIMM" | NBC | 9 p.m. Friday, Oct. 21 | B-\nA detective who sees monsters.',
        '2011-09-11', ['New Girl S1 2011-09-20 day', 'Pan Am S1 2011-09-25 day', 'Grimm S1 2011-10-21 day']),
    row("paragraphs led by a title alone, then 'Network, date.' ('Squid Game. Netflix, September 17. ...')",
        'Fall lightning round\n\nShow, date, one sentence. Go.\n\nSquid Game. Netflix, September 17. Korean survival drama, very violent.\n\nDexter: New Blood. Showtime, November 7. Michael C. Hall is back in the role.\n\nThe Wheel of Time. Amazon, November 19. Fourteen books of material.',
        '2021-09-13', ['Squid Game S1 2021-09-17 day', 'Dexter: New Blood S1 2021-11-07 day', 'The Wheel of Time S1 2021-11-19 day']),
    row("a transcript's turns led by a time code and speaker, each a title alone, then 'Network, date.'",
        "Prestige and Popcorn Ep. 58: the fall lightning round\n\nHere's the transcript, with timestamps.\n\n[00:00:34] KEIKO: Squid Game. Netflix, September 17. Korean survival drama.\n\n[00:01:50] ANDRE: Dexter: New Blood. Showtime, November 7. Michael C. Hall is back.\n\n[00:02:40] KEIKO: The Wheel of Time. Amazon, November 19. Fourteen books of material.",
        '2021-09-13', ['Squid Game S1 2021-09-17 day', 'Dexter: New Blood S1 2021-11-07 day', 'The Wheel of Time S1 2021-11-19 day']),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTINGS)
def test_listing(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── dates read against the publication date (DESIGN.md, "Temporal grammar") ─────────────

ANCHORS = [
    row("a year-less date across the new year",
        "Sherlock series 4 returns on BBC One on January 1.",
        "2016-12-20", ["Sherlock S4 2017-01-01 day"]),
    row("a leap day",
        "The Americans season 4 premieres on February 29.",
        "2016-02-01", ["The Americans S4 2016-02-29 day"]),
    row("midseason is January to March of the coming year",
        "Timeless will return at midseason.",
        "2016-11-14", ["Timeless S? 2017-01-01..2017-03-31 season"]),
    row("next year",
        "The Good Place returns for its second season next year.",
        "2016-11-14", ["The Good Place S2 2017-01-01..2017-12-31 year"]),
    row("a season takes the year named earlier in the paragraph",
        "Netflix has big plans for 2017. Luke Cage season 2 arrives in the spring.",
        "2016-01-14", ["Luke Cage S2 2017-03-01..2017-05-31 season"]),
    row("a year-less day a week before publication has passed",
        "Daredevil season 2 debuts on March 18.",
        "2016-03-25", []),
    row("a day in a new subject's clause is not read from another show's season window",
        "Harbor Lights season 3 is on track for summer 2026, while the Night Shift "
        "prequel Dawn Patrol arrives January 18.",
        "2025-11-11",
        ["Harbor Lights S3 2026-06-01..2026-08-31 season", "Dawn Patrol S1 2026-01-18 day"]),
    row("'in the U.K. The opener ...': a country's abbreviation may end a sentence, and the theaters are the next one's",
        "BBC America says the eighth series of Harbor Watch begins Saturday, Aug. 23, "
        "simulcast with the BBC in the U.K. The feature-length opener will also play in "
        "select movie theaters.",
        "2014-07-25", ["Harbor Watch S8 2014-08-23"]),
    row("a year-less day after another show's year in the paragraph is this year's",
        "The streamer has a deep pipeline: Glass Tides is set for next year, and Night "
        "Orchard is eyeing early 2019. Harbor Lights debuts its eight-episode first season "
        "Nov. 29, after the service handed it a two-season order in April.",
        "2017-11-08", ["Glass Tides S1 2018-01-01..2018-12-31 year", "Night Orchard S1 2019-01-01..2019-04-30 year", "Harbor Lights S1 2017-11-29 day"]),
    row("a year-less month after another show's later year in the paragraph is the next one",
        "Glass Tides returns for season three in summer 2026. Harbor Lights ends its four-"
        "year hiatus in April with a third season.",
        "2025-10-23", ["Glass Tides S3 2026-06-01..2026-08-31 season", "Harbor Lights S3 2026-04-01..2026-04-30 month"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANCHORS)
def test_dates_read_against_publication(text: str, published: str,
                                        expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── seasons written every way ────────────────────────────────────────────────────────────

SEASONS = [
    row("Season Two (word)",
        "HBO confirmed it on Monday. Westworld Season Two premieres on April 22.",
        "2018-01-10", ["Westworld S2 2018-04-22 day"]),
    row("fifth season (ordinal, possessive)",
        "Fargo's fifth season will debut on FX in the fall.",
        "2020-08-01", ["Fargo S5 2020-09-01..2020-11-30 season"]),
    row("the fifth season of X",
        "The fifth season of Fargo will debut in the fall.",
        "2020-08-01", ["Fargo S5 2020-09-01..2020-11-30 season"]),
    row("Series N of X (British, capitalized at the start)",
        "Series 9 of Vera starts on ITV on Sunday 8 January at 8pm.",
        "2016-12-20", ["Vera S9 2017-01-08 day"]),
    row("a returning show's date in the next sentence keeps its season unknown",
        "Netflix will release the final season of Cobra Kai in three parts. Part 1 arrives "
        "July 18.", "2024-05-01", ["Cobra Kai S? 2024-07-18 day"]),
    row("S3 (short form)",
        "Amazon made it official: The Expanse S5 lands on Prime Video on December 16.",
        "2020-08-01", ["The Expanse S5 2020-12-16 day"]),
    row("3rd season (numeric ordinal)",
        "Barry returns for a 3rd season on April 24.",
        "2022-02-01", ["Barry S3 2022-04-24 day"]),
    row("sophomore season",
        "Severance begins its sophomore season on January 17.",
        "2024-11-01", ["Severance S2 2025-01-17 day"]),
    row("UK series N",
        "Line of Duty series 6 will air on BBC One in March.",
        "2020-08-01", ["Line of Duty S6 2021-03-01..2021-03-31 month"]),
    row("UK the sixth series of X",
        "The sixth series of Line of Duty will be shown on BBC One in March.",
        "2020-08-01", ["Line of Duty S6 2021-03-01..2021-03-31 month"]),
    row("numbered title is a season when the show is named too",
        "Stranger Things fans have waited almost three years. Stranger Things 4 arrives on "
        "May 27.",
        "2022-02-18", ["Stranger Things S4 2022-05-27 day"]),
    row("a number that belongs to the title is no season",
        "Station 19 returns for its fifth season on September 30.",
        "2021-08-01", ["Station 19 S5 2021-09-30 day"]),
    row("a title made of numbers",
        "ABC confirmed the news on Monday. 9-1-1 returns for its fifth season on "
        "September 20.",
        "2021-08-01", ["9-1-1 S5 2021-09-20 day"]),
    row("numbered title after a reporting verb",
        "Stranger Things fans have waited almost three years. Netflix says Stranger Things 4 "
        "arrives on May 27.",
        "2022-02-18", ["Stranger Things S4 2022-05-27 day"]),
    row("an ordinal before 'season premiere' is no title, and its season is another show's (which premieres that night too)",
        "CBS sets its fall nights\n\nNCIS: Origins, the prequel starring Austin Stowell, premieres "
        "Monday, Oct. 14 after the 22nd season premiere of NCIS.", "2024-09-20",
        ["NCIS: Origins S1 2024-10-14 day", "NCIS S22 2024-10-14 day"]),
    row("a final season 'which ends next Tuesday' is no premiere",
        '"Copper Lane" is wrapping up its seventh and final season, which ends next Tuesday.',
        "2018-05-11", []),
    row("'will be out by the end of the year' is a release",
        'The second season of "Night Desk," with Anna Cole as a copy editor, will be out by '
        "the end of 2025.", "2025-07-18", ["Night Desk S2 2025-07-19..2025-12-31 year"]),
    row("'the crime drama with <actor>, which will return' names the show, not the actor",
        'The same goes for "Copper Lane," the Baltimore crime drama with Mark Ruffalo, which '
        "will return for a second season.", "2025-07-18", ["Copper Lane S2 tba"]),
    row("a business figure or a sports broadcast this year is no premiere of the show named before",
        'Netflix has renewed "Night Desk" for a third season, though it gave no release date.'
        "\n\nNetflix expects to double ad revenue this year and will stream two N.F.L. games on "
        "Christmas Day.\n\nTwo films land on the service late in the year after short runs in "
        "theaters.", "2025-07-18", ["Night Desk S3 tba"]),
    row("a film from an actor's Oscar credit is no topic for the next sentence's date",
        'The second season of "Night Desk" will premiere on Nov. 17.\n\n'
        'Anna Cole, who won an Oscar in February for playing a chess champion in "The Gambit," '
        "takes over the lead.\n\n"
        "A third season, with a new cast, is already in production and is expected to debut next "
        "year.", "2019-08-13", ["Night Desk S2 2019-11-17 day",
                                "Night Desk S3 2020-01-01..2020-12-31 year"]),
    row("a programming showcase ('on its \"Masterpiece Classic\" showcase') is no show",
        'American fans of "Harbor Lights" will have to wait.\n\n'
        "PBS said that the third season of the British period drama will begin Sunday, Jan. 6, "
        'on its "Sunday Classics" showcase.', "2012-08-04", ["Harbor Lights S3 2013-01-06 day"]),
    row("when a book will be published is no show's TBA",
        '"Night Desk" will begin its fourth season on Sunday, April 6.\n\n'
        "The third season of \"Night Desk\" averaged 14 million viewers.\n\n"
        'The author has not said when "The Long Dark," the sixth book in the series, will be '
        "published.", "2014-01-30", ["Night Desk S4 2014-04-06 day"]),
    row("after a colon, a clause of its own: 'The trailer ended with the date: X will drop ...'",
        "The trailer ended with the date: all eight episodes of Night Desk 2 will drop on "
        "Friday, Oct. 27, just in time for Halloween.", "2017-07-22",
        ["Night Desk S2 2017-10-27 day"]),
    row("'said its animated X, whose first season ..., will be back' names X",
        "The streamer also said its animated Copper Lane, whose four-episode first season landed "
        "earlier this month, will be back for a second season in 2018.", "2017-07-22",
        ["Copper Lane S2 2018-01-01..2018-12-31 year"]),
    row("'keeps its Jan. 22 date' is a release",
        'The second season of "Copper Lane," the hospital drama set in Baltimore, keeps its '
        "Jan. 22 date and its regular Sunday slot at 8 p.m.", "2016-12-15",
        ["Copper Lane S2 2017-01-22 day"]),
    row("'which' after 'X, the \"Franchise\" series built around ...' refers to X",
        'She plays a pilot in "Night Desk," the "Star Voyage" series built around her character, '
        "which the streamer plans to release in August.", "2023-05-23",
        ["Night Desk S1 2023-08-01..2023-08-31 month"]),
    row("a strand named after a time slot ('at 9 p.m. on \"Sunday Mystery\"') is no show",
        'PBS confirmed that the fourth season of "Harbor Lights" will premiere Sunday, Jan. 1, '
        'at 9 p.m. on "Sunday Mystery," the same evening it airs on BBC One.', "2016-12-15",
        ["Harbor Lights S4 2017-01-01 day"]),
    row("'X follows Y that night' shares Y's date",
        'The revival of "Harbor Lights" will premiere Sunday, March 11. "Copper Lane," a new '
        "drama about a magician who helps the police, follows Harbor Lights that night at 10.",
        "2018-01-08", ["Copper Lane S1 2018-03-11 day", "Harbor Lights S? 2018-03-11 day"]),
    row("a hyphenated ordinal season ('the 19th-season premiere') is no title",
        "Copper Lane, a spinoff set in Alaska, debuts Monday, Sept. 20, at 10 p.m., after the "
        "19th-season premiere of the original Harbor Lights.", "2021-06-01",
        ["Copper Lane S1 2021-09-20 day"]),
    row("a title in the subject's aside ('X, teased at the end of Y's season, will premiere') is not the subject",
        "Copper Lane, teased in a cameo at the end of the third season of Harbor Lights, will "
        "premiere in March 2026, with two episodes.", "2025-11-01",
        ["Copper Lane S1 2026-03-01..2026-03-31 month"]),
    row("a title in a clause that runs on to the date is still the subject",
        "Netflix used Gather, its fan event streamed on Saturday, to unload dates, headlined by "
        "news that Harbor Lights, the fantasy drama starring Anna Cole, will return for its "
        "second season on December 17.", "2025-11-01", ["Harbor Lights S2 2025-12-17 day"]),
    row("'X's third season will stream on June 27' names X and its season",
        "Copper Lane's third and final season, which picks up from the December cliffhanger, "
        "will stream all six episodes on June 27.", "2025-04-15",
        ["Copper Lane S3 2025-06-27 day"]),
    row("a possessive with adjectives before the season",
        "Euphoria's long-awaited third season is expected to arrive in early 2026.",
        "2025-07-10", ["Euphoria S3 2026-01-01..2026-04-30 year"]),
    row("a later clause whose subject is another season",
        "Squid Game season 2 premieres December 26, and the third and final season will follow "
        "in 2025.", "2024-11-20",
        ["Squid Game S2 2024-12-26 day", "Squid Game S3 2025-01-01..2025-12-31 year"]),
    row("'it' in a later clause is the sentence's show, not the last paragraph's",
        "Sherwood series two starts on Monday 26 August.\n\nThe sixth series of Vera will be "
        "the last, ITV announced; it is expected in early 2025.", "2024-08-14",
        ["Sherwood S2 2024-08-26 day", "Vera S6 2025-01-01..2025-04-30 year"]),
    row("the paragraph under a headline about another show lends it no season",
        "Disney+ sets 'Andor' season 2 premiere; 'Daredevil: Born Again' coming in March\n\n"
        "Disney+ has dated the second and final season of Andor: the Star Wars drama will "
        "return on April 22, 2025.", "2024-12-20",
        ["Daredevil: Born Again S1 2025-03-01..2025-03-31 month", "Andor S2 2025-04-22 day"]),
    row("the third series in a franchise is a new show, not a season",
        "Anne Rice's Talamasca, the third series in the Immortal Universe, is set to premiere "
        "in 2026.", "2025-01-20", ["Talamasca S1 2026-01-01..2026-12-31 year"]),
    row("a plural possessive before a season that is delayed",
        "Good Omens' third and final season has been delayed indefinitely.", "2025-06-02",
        ["Good Omens S3 tba"]),
    row("a possessive season in the works, and the target after it",
        "Invincible's fourth season is in the works, with the studio targeting a 2026 release.",
        "2025-06-02", ["Invincible S4 2026-01-01..2026-12-31 year"]),
    row("a possessive season and a spinoff due together",
        "For All Mankind's fifth and final season, plus its spinoff Star City, are both due in "
        "2026.", "2024-11-01",
        ["For All Mankind S5 2026-01-01..2026-12-31 year", "Star City S1 2026-01-01..2026-12-31 year"]),
    row("a series number 'following' a special",
        "Call the Midwife's Christmas special airs on 25 December, with series 14 following in "
        "January.", "2024-11-20", ["Call the Midwife S14 2025-01-01..2025-01-31 month"]),
    row("a date and, after it, a renewal for the next season",
        "Cross, the Aldis Hodge-led adaptation of James Patterson's novels, arrives on "
        "November 14 and has already been renewed for a second season.", "2024-10-01",
        ["Cross S1 2024-11-14 day", "Cross S2 tba"]),
    row("a renewal, then the renewed season's date",
        "Netflix has renewed Lupin for a fourth season, which will premiere in March.",
        "2024-10-01", ["Lupin S4 2025-03-01..2025-03-31 month"]),
    row("the object of 'with' does not take the subject's date",
        "'Abbott Elementary' and 'It's Always Sunny' crossover sets date\n\nABC's Abbott "
        "Elementary will kick off its fourth season with a crossover episode with It's Always "
        "Sunny in Philadelphia on Wednesday, Oct. 9.", "2024-09-10",
        ["Abbott Elementary S4 2024-10-09 day"]),
    row("a season handed to a title is not the one that debuts",
        "The streamer handed Copper Lane a sixth season, weeks before the fifth "
        "installment debuts on Wednesday, September 24.",
        "2025-07-30", ["Copper Lane S5 2025-09-24 day", "Copper Lane S6 tba"]),
    row("a season named by its finale is over",
        "Harbor Lights fans have reason to cheer. Apple renewed the thriller for a third "
        "season in May, just after the season 2 finale, though a premiere date has not "
        "been announced.",
        "2025-06-01", ["Harbor Lights S3 tba"]),
    row("renewed after the season 4 finale is not season 4",
        "Harbor Lights comes back for season 5 on September 9. The show was renewed in "
        "October, right after the season 4 finale aired.",
        "2025-07-02", ["Harbor Lights S5 2025-09-09 day"]),
    row("the final season is the one the show ends with",
        "Copper Lane will conclude with season 6, the network said. Season 5 is "
        "scheduled to arrive on October 30. No date was given for the final season, "
        "though it is expected in 2027.",
        "2026-05-01",
        ["Copper Lane S5 2026-10-30 day", "Copper Lane S6 2027-01-01..2027-12-31 year"]),
    row("a series premiere is season 1 even after a renewal",
        "Starz has renewed Harbor Lights for a second season, ahead of its series "
        "premiere on Aug. 8.",
        "2025-07-16", ["Harbor Lights S1 2025-08-08 day", "Harbor Lights S2 tba"]),
    row("a season told under a 'Premieres:' label line",
        "Fall preview: shows to watch\n\n1. Harbor Lights (NBC)\n\nPremieres: Wednesday, "
        "Sept. 17\n\nThe newsroom drama returns for Season 4 with a new anchor.",
        "2025-09-02", ["Harbor Lights S4 2025-09-17 day"]),
    row("a reality title numbered by its season",
        "Castaway Isle 49 will premiere on Wednesday, Sept. 24. The competition's 49th "
        "season was filmed in Fiji.",
        "2025-08-01", ["Castaway Isle S49 2025-09-24 day"]),
    row("a past premiere event named with a noun",
        "'Copper Lane' star teases season 4\n\nAnn Lee says more is on the way. \"We're "
        "hoping to have season 4 out next year,\" she told reporters at the season 3 "
        "premiere in February.",
        "2025-04-10", ["Copper Lane S4 2026-01-01..2026-12-31 year"]),
    row("a headline's 'Title 5:' gives its season to the body's date",
        "Copper Lane 5: the release schedule for the final season\n\nThe final season of "
        "Copper Lane will be released in three parts. Volume 1 arrives on November 26.",
        "2025-07-17", ["Copper Lane S5 2025-11-26 day"]),
    row("a season that already dropped is not the topic date's",
        "Season 3 of Harbor Lights is the show's last. All six episodes arrive on June "
        "27, the streamer said, six months after the second season dropped on December "
        "26.",
        "2025-02-05", ["Harbor Lights S3 2025-06-27 day"]),
    row("a headline's 'X series 6:' is the season of the body's date, whatever the next sentence names",
        "Lakeside series 6: BBC confirms start date for the new run\n\nThe wait is over "
        "for fans of AC-12. Lakeside will return to BBC One on Sunday 21 March at 9pm.",
        "2021-02-25", ["Lakeside S6 2021-03-21 day"]),
    row("a numbered list item's one-word heading is a title, even a weekday",
        "Returning shows to watch in 2027\n\n1. Harbor Lights\nThe drama is expected back "
        "in 2027 for its third season.\n\n2. Wednesday\nThe Addams Family spinoff returns "
        "for season 3 on Netflix in the summer.",
        "2026-11-25",
        ["Harbor Lights S3 2027-01-01..2027-12-31 year", "Wednesday S3 2027-06-01..2027-08-31 season"]),
    row("'returns ..., three years after season one ended': the next season",
        "Harbor Lights returns on Friday, Jan. 17, almost three years after season one "
        "ended.",
        "2025-01-05", ["Harbor Lights S2 2025-01-17 day"]),
    row("'whose third season was once expected in 2024' is the season still to come",
        "Low Tide, whose third season was once expected as early as 2024, has now "
        "finished production and will debut in the spring.",
        "2025-10-14", ["Low Tide S3 2026-03-01..2026-05-31 season"]),
    row("'finished filming back in 2022' does not make a show a returning one",
        "Night Shift, the series that finished filming back in 2022, no longer has any "
        "date at all.",
        "2023-11-09", ["Night Shift S1 tba"]),
    row("under a show's heading, 'was to start shooting its second season' tells the season of its later date",
        "Strike watch: where 'Harbor Watch' and other big shows stand\n\nHere is a status"
        " check.\n\nHarbor Watch\n\nThe network's game adaptation was supposed to start "
        "shooting its second season early next year, and that plan is in flux. "
        "Executives have signaled that the show is now expected to return in 2025.",
        "2023-08-15", ["Harbor Watch S2 2025-01-01..2025-12-31 year"]),
    row("'Harbor 47' is season 47 when the text also names 'Harbor' alone",
        "Reality calendar\n\nHarbor 47 (CBS)\n\nThe host will hand out buffs again on "
        "Wednesday, Sept. 18, when Harbor 47 kicks off with a two-hour premiere. A new "
        "dating show bows the same night as Harbor.",
        "2024-07-15", ["Harbor S47 2024-09-18 day"]),
    row("'X's 38th season gets started Wednesday, Feb. 20' is a coming premiere",
        "Reality TV calendar\n\nHarbor Lights: Edge of the World (CBS)\n\nHarbor Lights's "
        "38th season gets started Wednesday, Feb. 20, with a two-hour premiere.",
        "2019-01-24", ["Harbor Lights S38 2019-02-20 day"]),
    row("'the spinoff X' is a new series: season 1",
        "The spinoff Harbor Lights: Low Tide, set a decade after the original, arrives "
        "this fall on Peacock.",
        "2025-03-10", ["Harbor Lights: Low Tide S1 2025-09-01..2025-11-30 season"]),
    row("'with <actor> back as <role>': an actor returns, not the show",
        "Night Orchard, a new thriller with Dana Whitlock back as a retired detective, "
        "premieres Friday, May 9.",
        "2025-03-10", ["Night Orchard S1 2025-05-09 day"]),
    row("'with <actor> back in the role' in a series order: season 1",
        "The Glass Orchard, with Mira Okafor back in the lead role, premieres Friday, "
        "May 9.",
        "2025-03-10", ["The Glass Orchard S1 2025-05-09 day"]),
    row("'X, the spinoff teased in the Season 2 post-credits scene, is set for December': season 1",
        "Harbor Lights: Low Tide, the spinoff teased in the Season 2 post-credits "
        "scene, is set for December 2021.",
        "2021-01-15", ["Harbor Lights: Low Tide S1 2021-12-01..2021-12-31 month"]),
    row("'X follows this summer, and a second season of the ... mob comedy Y is expected ...': X is new",
        "The streamer's slate is filling up. Kumo's prison dramedy Harbor Lights "
        "follows this summer, and a second season of the Dana Whitlock mob comedy Night"
        " Orchard is expected in the coming months.",
        "2013-04-04",
        ["Harbor Lights S1 2013-06-01..2013-08-31 season", "Night Orchard S2 2013-04-05..2013-10-04 month"]),
    row("'X arrives Friday, April 19, a month before the Bluths return': another subject's return",
        "The streamer's slate is filling up. Eli Roth's horror series Harbor Lights "
        "arrives Friday, April 19, more than a month before the Bluths return.",
        "2013-04-04", ["Harbor Lights S1 2013-04-19 day"]),
    row("a podcast's season in the next sentence is not the docuseries' season: '\"Serial\" itself began its third season'",
        "True crime\n\nHBO is joining in. \"The Case Against Harbor Lights\", a four-part "
        "docuseries revisiting the murder case that the podcast \"Serial\" made famous, "
        "is due early 2019. \"Serial\" itself began its third season, about the Cleveland"
        " court system, last week.",
        "2018-10-01", ["The Case Against Harbor Lights S1 2019-01-01..2019-04-30 year"]),
    row("'The first season, which arrived in February 2022, ...' is over: the headline's season 2 keeps the date",
        "First look: Harbor Lights season 2 sends Mark back to the office\n\nThe streamer"
        " has pulled back the curtain on the second season of Harbor Lights.\n\nThe first"
        " season, which arrived in February 2022 and went on to win two Emmys, ended "
        "with a cliffhanger.\n\nThere will be ten episodes. The season premieres on "
        "Friday, January 17, 2025.",
        "2024-07-09", ["Harbor Lights S2 2025-01-17 day"]),
    row("'returns in July for its fifth': the season word left out",
        "Reality slate\n\nThere is plenty to fill the gap. Harbor Lights returns in July "
        "for its fifth.",
        "2023-04-17", ["Harbor Lights S5 2023-07-01..2023-07-31 month"]),
    row("a relative clause's past 'in the spring' ('which drew seven million viewers in the spring') is not the date of 'returns for series 2 in early 2017'",
        "Further ahead\n\nHarbor Lights, which drew more than seven million viewers in "
        "the spring, returns for series 2 in early 2017.",
        "2016-08-16", ["Harbor Lights S2 2017-01-01..2017-04-30 year"]),
    row("'X will end with its sixth season. Hulu announced last week that the final ten episodes arrive in April.'",
        "Toronto-shot shows\n\nHarbor Lights, which has shot largely in Toronto since "
        "2016, will end with its sixth season. Hulu announced last week that the final "
        "ten episodes arrive in April.",
        "2025-01-15", ["Harbor Lights S6 2025-04-01..2025-04-30 month"]),
    row("'Volume 1 of Harbor Lights 3 drops' (a volume of the season) names the show",
        "'Harbor Lights 3' will arrive in two parts\n\nThe streamer split the new run in "
        "two. According to the announcement, Volume 1 of Harbor Lights 3 drops June 12,"
        " with Volume 2 following on July 17.",
        "2026-03-02", ["Harbor Lights S3 2026-06-12 day"]),
    row("a new drama the body introduces is season 1, whatever the headline's 'Returns' next to it",
        "Network Unveils Slate: \"Harbor Lights\" Returns in October, \"Orchard Lane\" Set "
        "for 2027\n\nThe network today announced premiere timing for its originals.\n\n"
        "\"Orchard Lane,\" a new drama from the producers of a hit legal series, will "
        "debut in early 2027. Set in rural Vermont, the series follows a family of "
        "cider makers.",
        "2026-07-29",
        ["Harbor Lights S? 2026-10-01..2026-10-31 month", "Orchard Lane S1 2027-01-01..2027-04-30 year"]),
    row("'Island Quest 50, billed as \"Fan Favorites\", premieres': season 50, and the nickname is no show",
        "Reality calendar for early 2027\n\nISLAND QUEST (CBS)\n\nThe milestone is here. "
        "Island Quest 50, billed as \"Fan Favorites\" and featuring returning players "
        "only, premieres Wednesday, Feb. 24, with a two-hour episode.",
        "2027-01-05", ["Island Quest S50 2027-02-24 day"]),
    row("'A and B both start their second seasons on ...': each one's second",
        "Network sets fall dates\n\nHarbor Lights and The Orchards both start their "
        "second seasons on Thursday, Oct. 29.",
        "2026-06-24", ["Harbor Lights S2 2026-10-29 day", "The Orchards S2 2026-10-29 day"]),
    row("'Eyes Back Half of 2023' in a headline is no sign a show returns",
        "Peacock at TCA: Night Tide Gets Its Date, Iron Harbor Eyes Back Half of 2023\n\n"
        "The one firm date went to Night Tide. The heist comedy starring Ana Reyes will"
        " premiere Thursday, Feb. 9.",
        "2023-01-15", ["Night Tide S1 2023-02-09"]),
    row("'X, which like Y is wrapping up, begins its fifth season': X's season, past Y",
        "HBO this spring\n\nSeason 8 of Harbor Lights premieres Sunday, April 14.\n\n"
        "Westgate, which like Harbor Lights is wrapping up, begins its fifth and final "
        "season on Sunday, March 31.",
        "2019-01-15", ["Harbor Lights S8 2019-04-14", "Westgate S5 2019-03-31"]),
    row("'20 years after the first season' is a season gone by",
        "The Harbor Lights revival, set 20 years after the first season, premieres Sunday, "
        "May 21.",
        "2017-05-10", ["Harbor Lights S? 2017-05-21"]),
    row("'X begins Season 3 on DATE, and Y, newly relocated from CBS, starts its second season on DATE'",
        "The CW holds most of its lineup until October. Quicksilver begins Season 3 on "
        "Tuesday, Oct. 4, and Starling, newly relocated from CBS, starts its second season "
        "on Monday, Oct. 10.",
        "2016-06-28", ["Quicksilver S3 2016-10-04", "Starling S2 2016-10-10"]),
    row("'which picks up between the second and third seasons of the original show' names the parent's seasons, not the spinoff's",
        "The animated series Harbor Lights: Tales From '87, which picks up between the "
        "second and third seasons of the original show, will premiere on Thursday, April "
        "23.",
        "2026-02-10", ["Harbor Lights: Tales From '87 S1 2026-04-23"]),
    row("'X, which halted production on its fifth season in May, is expected to land in 2025': the halt is past, 2025 is the date",
        "Netflix's Upside Town, which halted production on its fifth and final season in "
        "May, is also expected to land in 2025.",
        "2023-08-22", ["Upside Town S5 2025-01-01..2025-12-31 year"]),
    row("'the second season of X, which had not started filming, is now expected in 2025': the 'not' is the aside's",
        "HBO said the second season of The Long Road, which had not started filming, is now"
        " expected in 2025.",
        "2023-08-22", ["The Long Road S2 2025-01-01..2025-12-31 year"]),
    row("'returns ... two years after its first season' dates season 2",
        'The dark comedy "Bad Sisters" finally returns in mid-November, more than two years'
        " after its first season.",
        "2024-08-20", ["Bad Sisters S2 2024-11-11..2024-11-20 month"]),
    row("'whose season finale drew 8.6 million viewers in April' is an aside; its April is past",
        'The Halvorsen family of "Fjord Farm," whose season finale drew 3.4 million viewers'
        " in April, will be back in August with a fifth season.",
        "2016-05-10", ["Fjord Farm S5 2016-08-01..2016-08-31 month"]),
    row("'X, which wrapped its first season Sunday, won't be back until 2018' is season 2",
        "As for the network's new hit: Ironvale, which wrapped its first season Sunday "
        "night with a 90-minute finale, won't be back until 2018, the programming chief "
        "said.",
        "2016-12-07", ["Ironvale S2 2018-01-01..2018-12-31 year"]),
    row("'The third season, subtitled \"New Frontiers,\"' names the season, not a show",
        '"Starhaven" is being pushed back again. The third season, subtitled "New '
        'Frontiers," had been scheduled to debut on March 10. It will now premiere '
        "Thursday, June 2, the streamer said.",
        "2022-02-24", ["Starhaven S3 2022-06-02"]),
    row("'\"Big Brother 17\" ... the 17th edition': the show is Big Brother, season 17",
        "'Big Brother 17' moves in June 24\n"
        "\n"
        '"Big Brother 17" will open with a two-night premiere on Wednesday, June 24, the '
        "network said. Julie Chen is back as host for the 17th edition of the show.",
        "2015-04-30", ["Big Brother S17 2015-06-24"]),
    row("'the fourth series in Dick Wolf's franchise' is the show's place, not its season",
        "NBC dates its new legal drama\n"
        "\n"
        "\"Harbor Justice,\" the fourth series in Dan Wolk's Harbor franchise, premieres "
        "Sunday, Feb. 26, at 10 p.m.",
        "2017-01-20", ["Harbor Justice S1 2017-02-26"]),
    row("'... will now premiere Sunday, May 17. TNT has already renewed it for a second season': the date is season 1's",
        '"Icebound," the long-delayed adaptation of a 2013 film, is also coming sooner. The'
        " sci-fi drama will now premiere Sunday, May 17, on TNT. TNT has already renewed it"
        " for a second season.",
        "2020-04-08", ["Icebound S1 2020-05-17", "Icebound S2 tba"]),
    row("'Taking the revival's slot is \"X,\" a new medical drama ... It premieres this fall': season 1",
        "NBC has canceled its time-travel revival.\n"
        "\n"
        "Taking the revival's Monday 10 p.m. slot is \"Sharp Minds,\" a new medical drama "
        "starring a famous neurologist. It premieres this fall.",
        "2024-04-23", ["Sharp Minds S1 2024-09-01..2024-11-30 season"]),
    row("'It is expected later this year, and a second season has already been commissioned': the date is season 1's",
        'Further out is "Dark Matters," the adaptation of a fantasy trilogy. It is expected'
        " later this year, and a second season has already been commissioned.",
        "2019-02-05", ["Dark Matters S1 2019-02-06..2019-12-31 year", "Dark Matters S2 tba"]),
    row("'whose comedy \"X\" debuts Sunday, March 1 with back-to-back episodes': a first season",
        'Fox is counting on Will Marsh, whose comedy "The Last Guy in Town" debuts Sunday, '
        "March 1 with back-to-back episodes.",
        "2015-01-16", ["The Last Guy in Town S1 2015-03-01"]),
    row("'its second installment, \"A,\" on Sept. 20; ... scheduled a third, \"B,\" for early 2018': installments of the show",
        'And the horror anthology "Static Zone" returns with its second installment, "No '
        'Exit," on Sept. 20; the network has already scheduled a third, "Meat Hook," for '
        "early 2018.",
        "2017-07-28", ["Static Zone S2 2017-09-20", "Static Zone S3 2018-01-01..2018-04-30 year"]),
    row("'renewed it for an 11th season, to air during the 2018-19 season' dates season 11",
        "ABC's \"Rosalind\" drew 18.2 million viewers for its March 27 return, and ABC "
        "renewed it within days for an 11th season, to air during the 2018-19 season.",
        "2018-05-17", ["Rosalind S11 2018-09-01..2019-05-31 range"]),
    row("headline 'X returns this Friday, with a third season already ordered': the date is not season 3's",
        "'Second Shot U' returns this Friday, with a third season already ordered\n"
        "\n"
        "Netflix's junior-college football docuseries \"Second Shot U\" kicks off its second "
        "season this Friday.",
        "2017-07-17", ["Second Shot U S2 2017-07-21", "Second Shot U S3 tba"]),
    row("a quoted title with a holiday word that states its season is a show ('\"The Great Christmas Light Fight\" begins its eighth season')",
        "ABC's \"The Great Holiday Lights Showdown\" is back. ABC's \"The Grand Christmas Lawn"
        ' Fight" begins its eighth season Monday, Nov. 30, with $50,000 on the line each '
        "week.",
        "2020-10-21", ["The Grand Christmas Lawn Fight S8 2020-11-30"]),
    row("'X, whose first season aired in 2021, comes back October 25': the second season",
        "Yeon Sang-ho's Hellgate, whose first season aired in 2021, comes back October 25 "
        "with a new lead.",
        "2024-08-01", ["Hellgate S2 2024-10-25"]),
    row("'won eight Emmys for its first season, and its second is expected in 2025': season 2",
        "HBO's The Last Stand won eight Emmys for its first season, and its second is "
        "expected in 2025.",
        "2024-03-20", ["The Last Stand S2 2025-01-01..2025-12-31 year"]),
    row("'Its first season, <aside>, won' tells a past season, not the one renewed",
        "FX's Reservation Dogs will be back for season 2 on Aug. 3. Its first season, eight"
        " half-hours, won a Peabody Award. D'Pharaoh Woon-A-Tai and Devery Jacobs return. "
        "FX renewed the show in September, a month after its debut.",
        "2022-06-14", ["Reservation Dogs S2 2022-08-03 day"]),
    row("'will launch its 20th in early 2024': the season word left out after a verb that opens one",
        "Grey's Anatomy, which has run for 19 seasons, will launch its 20th in early 2024.",
        "2023-08-10", ["Grey's Anatomy S20 2024-01-01..2024-04-30 year"]),
    row("'After the season 2 hangover, ...' names a season gone by; 'HBO brings it back DATE' dates the heading's season",
        "The shows to watch in 2019\n"
        "\n"
        "1. True Detective season 3\n"
        "\n"
        "Mahershala Ali leads. After the season 2 hangover, Nic Pizzolatto has a lot to "
        "prove. HBO brings it back Sunday, January 13.",
        "2019-01-03", ["True Detective S3 2019-01-13 day"]),
    row("'Westworld is midway through its third season' (a show named without a cue) does not re-number the show dated before",
        "HBO reaffirmed that Lovecraft Country, the horror drama from Misha Green, will "
        "premiere in August as planned. Westworld is midway through its third season.",
        "2020-04-01", ["Lovecraft Country S1 2020-08-01..2020-08-31 month"]),
    row("'X's third season, <aside>, lands DATE' names X, and its season is not the show's before it",
        "Netflix's fall is stacked. Luke Cage arrives September 30, with Mike Colter back "
        "in the role. Black Mirror's third season, the first made for Netflix, lands "
        "October 21 with six new episodes.",
        "2016-07-10", ["Luke Cage S1 2016-09-30 day", "Black Mirror S3 2016-10-21 day"]),
    row("'Lee Jung-jae's Seong Gi-hun is back in the games': an actor's character does not take the topic",
        "Squid Game season 2 premieres December 26, Netflix said.\n"
        "\n"
        "Lee Jung-jae's Seong Gi-hun is back in the games, three years after he walked "
        "away.\n"
        "\n"
        "Creator Hwang Dong-hyuk confirmed that season 3 will be the last, and that it is "
        "coming next year.",
        "2024-08-01", ["Squid Game S2 2024-12-26 day", "Squid Game S3 2025-01-01..2025-12-31 year"]),
    row("'back for a second season this summer, just months after its March debut': the March debut is gone by",
        "Nailed It!, the cake-disaster competition hosted by Nicole Byer, will be back for "
        "a second season this summer, just months after its March debut.",
        "2018-05-08", ["Nailed It! S2 2018-06-01..2018-08-31 season"]),
    row("'with Amy Adams as a reporter returning to her hometown': a character's return, not the show's (a new series is season 1)",
        "HBO has the one we're most excited about. \"Sharp Objects,\" with Amy Adams as a "
        "reporter returning to her Missouri hometown, premieres Sunday, July 8, at 9 p.m.",
        "2018-05-15", ["Sharp Objects S1 2018-07-08 day"]),
    row("under the heading 'The Crown', 'when The Crown's third season lands DATE' numbers the heading's own show",
        "The Crown\n"
        "\n"
        "Colman takes over as the Queen when The Crown's third season lands on Netflix Nov."
        " 17.",
        "2019-09-23", ["The Crown S3 2019-11-17 day"]),
    row("'the Sex and the City revival And Just Like That... arrives DATE': a revival under a title of its own is a new show",
        "The Sex and the City revival And Just Like That... finally arrives on HBO Max Dec."
        " 9.",
        "2021-11-24", ["And Just Like That... S1 2021-12-09 day"]),
    row("'the third season of Lena Dunham's \"Girls\"': a person's possessive between the season and its title",
        "HBO has a big night on Jan. 12: the third season of Lena Dunham's \"Girls\" and the "
        'series premiere of "True Detective."',
        "2013-11-16", ["Girls S3 2014-01-12 day", "True Detective S1 2014-01-12 day"]),
    row("'X returns to \"Masterpiece Mystery!\" with its third series': the strand a show returns to does not take its season",
        'Two weeks later, on Jan. 19, "Sherlock" returns to "Masterpiece Mystery!" with its'
        " long-delayed third series.",
        "2013-11-16", ["Sherlock S3 2014-01-19 day"]),
    row("'A and B return for their second and fourth seasons that night': the two seasons pair up with the two titles, in order",
        "The fifth season of Game of Thrones premieres April 12, and Silicon Valley and "
        "Veep return for their second and fourth seasons that night.",
        "2015-03-10", ["Game of Thrones S5 2015-04-12 day", "Silicon Valley S2 2015-04-12 day", "Veep S4 2015-04-12 day"]),
    row("'which the network locked up for six more years in August' is a deal gone by; the return is 'early next year'",
        "And South Park, which Comedy Central locked up for six more years in August, will "
        "be back with new episodes for season 25 early next year.",
        "2021-10-20", ["South Park S25 2022-01-01..2022-04-30 year"]),
    row("'X, which ABC canceled last year after six seasons' ... 'the revived sitcom will return in the fall': the seventh",
        'Fox is bringing back "Last Man Standing," which ABC canceled last year after six '
        "seasons. Fox said the revived sitcom will return in the fall.",
        "2018-05-16", ["Last Man Standing S7 2018-09-01..2018-11-30 season"]),
    row("'has ordered 13 episodes and slotted the sixth season for midseason': a plan, not a renewal with no date",
        "Brooklyn Nine-Nine was revived by NBC a day after Fox dropped it in May; the "
        "network has ordered 13 episodes and slotted the sixth season for midseason.",
        "2018-06-16", ["Brooklyn Nine-Nine S6 2019-01-01..2019-03-31 season"]),
    row("a renewal after an aside that names another title",
        "Pit Lane Diaries, the streaming series credited with turning a generation of "
        "teenagers into Formula 1 fans, has been renewed for a fourth season. It will "
        "arrive early next year.",
        "2021-06-29", ["Pit Lane Diaries S4 2022-01-01..2022-04-30 year"]),
    row("a season in the aside after another title is that title's",
        "The Ballad of Kesh Varro, teased in a post-credits scene at the end of The Iron "
        "Pilgrim's second season, will premiere in December.",
        "2021-03-01", ["The Ballad of Kesh Varro S1 2021-12-01..2021-12-31 month"]),
    row("a creator speaks of the season by number",
        "Lowland Drift creator Mara Quist told reporters that season 2 is slated for summer"
        " 2025.",
        "2024-08-05", ["Lowland Drift S2 2025-06-01..2025-08-31 season"]),
    row("a season that needed something is the one gone by",
        "Dragon Court Season 2: Everything We Know\n"
        "\n"
        "When will season 2 premiere?\n"
        "\n"
        "Given the amount of work the first season needed, the most realistic target is "
        "early 2024.",
        "2022-10-25", ["Dragon Court S2 2024-01-01..2024-04-30 year"]),
    row("a renewal after the season that ended is the next season's",
        "The second season of Partition ended last March with a chase down a white "
        "corridor. Apple renewed the series within days.",
        "2026-01-20", ["Partition S3 tba"]),
    row("a show's team speaks of its season",
        "The Lowland Drift team confirmed that season 2 will arrive in early 2025.",
        "2024-08-05", ["Lowland Drift S2 2025-01-01..2025-04-30 year"]),
    row("a second run of a show is its second season",
        "A second run of Lowland Drift has been commissioned, with filming due to begin "
        "next spring.",
        "2024-08-05", ["Lowland Drift S2 tba"]),
    row("a title labels its season's news",
        "Lowland Drift: series 3 is coming in 2025, Channel 4 confirms.",
        "2024-08-05", ["Lowland Drift S3 2025-01-01..2025-12-31 year"]),
    row("a show that will be back in a year is returning",
        "Lowland Drift will be back in 2025.",
        "2024-08-05", ["Lowland Drift S? 2025-01-01..2025-12-31 year"]),
    row("a season of a show that is officially a go",
        "Season 2 of Lowland Drift is officially a go at Netflix.",
        "2019-05-10", ["Lowland Drift S2 tba"]),
    row("renewed after a season that drew viewers: the renewal is for the next one, which has a date",
        '"Halt and Catch Fire" returns for its third season on Tuesday, Aug. 23. Its second'
        " season drew few viewers, but AMC renewed it anyway.",
        "2016-06-02", ["halt and catch fire S3 2016-08-23"]),
    row("a date after an aside between dashes goes with the season before the aside",
        '"Abbott Elementary" begins its fourth season — the first since its Emmy sweep — on'
        " Wednesday, Oct. 9.",
        "2024-07-01", ["abbott elementary S4 2024-10-09"]),
    row("the new series after a revival's story is a first season",
        'CBS is moving on with "Watson," the spinoff it built out of the Sherlock stories '
        "after canceling that revival in May. The new series, with Morris Chestnut and Eve "
        "Harlow, debuts Sunday, Jan. 26.",
        "2024-11-20", ["watson S1 2025-01-26"]),
    row("a continuation keeps its old show's name, as a new series",
        'ABC said its "Wonder Years" continuation will premiere Wednesday, Sept. 22.',
        "2021-06-30", ["wonder years S1 2021-09-22"]),
    row("a season told before plural pickups goes to every title after them",
        "Apple has handed third-season pickups to Severance and Slow Horses.",
        "2023-01-10", ["severance S3 tba", "slow horses S3 tba"]),
    row("the ninth season of the revived show",
        "Jodie Whittaker's second season, the twelfth season of the revived Doctor Who, "
        "kicks off on BBC One on Jan. 1.",
        "2019-11-02", ["doctor who S12 2020-01-01"]),
    row("the third season of the animated show",
        "Titans launches Friday, Oct. 12, while the third season of the animated Harley "
        "Quinn will arrive in January.",
        "2018-07-22", ["titans S1 2018-10-12", "harley quinn S3 2019-01-01..2019-01-31 month"]),
    row("a renewal told after the first run is for the season the sentence dates",
        "Crime drama Reacher Said Nothing, renewed in March after its eight-episode first "
        "run, will return with a second season early next year.",
        "2023-06-02", ["reacher said nothing S2 2024-01-01..2024-04-30 year"]),
    row("a 'no' inside the subject's aside does not negate the renewal",
        "The Bay, the coastal thriller that opened ITV's year with Morven Christie as a "
        "detective with no alibi, will return for a second series.",
        "2019-05-01", ["the bay S2 tba"]),
    row("a list of new shows after 'two new series:' are first seasons",
        "CBS midseason\n"
        "\n"
        '"Harbor Lights" will return for its sixth season at midseason, as will two new '
        'series: the crime drama "Night Desk" and the comedy "Ember Road," adapted from a '
        "memoir.",
        "2017-08-09", ["Harbor Lights S6 2018-01-01..2018-03-31 season", "Night Desk S1 2018-01-01..2018-03-31 season", "Ember Road S1 2018-01-01..2018-03-31 season"]),
    row("the network's 'new season' in the lead does not make a premiering show a return",
        "CBS dates its fall season; 'Copper Lane' gets a September sneak\n"
        "\n"
        "CBS will roll out its new season over six weeks this fall.\n"
        "\n"
        '- "Copper Lane," a prequel narrated by its creator, premieres Monday, Sept. 25, at'
        " 8:30 p.m.",
        "2017-07-10", ["Copper Lane S1 2017-09-25 day"]),
    row("a renewal 'has been handed a third season' while the second airs",
        "USA renews\n"
        "\n"
        '"Copper Lane," the series about an Atlanta family, has been handed a third season;'
        " its second is currently airing on Tuesdays.",
        "2014-10-22", ["Copper Lane S3 tba"]),
    row("a reality show's 'Cycle 19' is its season, not a title",
        "The CW's fall\n"
        "\n"
        'The network released its calendar Wednesday. "Copper Lane" gets the jump on '
        "everyone: Cycle 19, which for the first time casts only college students, opens "
        "Friday, Aug. 24.",
        "2012-07-18", ["Copper Lane S19 2012-08-24 day"]),
    row("a new show named before another's numbered season keeps its first",
        "As usual, the network is front-loading the premiere week. Harbor Lights opens its ninth "
        "season on Sept. 21 on Mondays, its temporary home until football ends, followed by the new "
        "family comedy Night Orchard and the second season of Glass Tides.", "2015-06-23",
        ["Harbor Lights S9 2015-09-21 day", "Night Orchard S1 2015-09-21 day",
         "Glass Tides S2 2015-09-21 day"]),
    row("a season word left out before the date: 'returns for its third on June 5'",
        "Glass Tides, which drew big numbers for its second season in early 2023, finally "
        "returns for its third on June 5.",
        "2025-01-15", ["Glass Tides S3 2025-06-05 day"]),
    row("a season word left out before 'that is slated for'",
        "Glass Tides, whose third season is rolling out weekly, has been picked up for a "
        "fourth that is slated for 2023.",
        "2022-10-09", ["Glass Tides S4 2023-01-01..2023-12-31 year"]),
    row("'That season' is the season the sentence before named last",
        "The network has renewed Harbor Lights for a fifth and sixth season, well before "
        "its fourth season has aired. That season is slated to bow this fall.",
        "2018-05-09", ["Harbor Lights S4 2018-09-01..2018-11-30 season", "Harbor Lights S5 tba", "Harbor Lights S6 tba"]),
    row("a franchise's third series is its third show, not a season",
        "Glass Tides: New Shores, the franchise's third series, premieres April 12.",
        "2020-01-13", ["Glass Tides New Shores S1 2020-04-12 day"]),
    row("'drops its third this summer': the season word left out after a release verb",
        "Harbor Lights, which the service renewed for seasons three and four last year, "
        "drops its third this summer.",
        "2025-01-15", ["Harbor Lights S3 2025-06-01..2025-08-31 season", "Harbor Lights S4 tba"]),
    row("'the third series spun out of X' counts a franchise's shows, not seasons",
        "Harbor Lights (Disney+, late 2026)\n"
        "\n"
        "Paul Bettany returns as the hero in the third series spun out of Glass Tides, "
        "coming late 2026.",
        "2026-01-02", ["Harbor Lights S1 2026-09-01..2026-12-31 year"]),
    row("'Like season 3, the new season ...' names season 3 only to compare",
        "Harbor Lights season 4 is coming.\n"
        "\n"
        "Like season 3, the new season will be split in two. Part 1 premieres on Thursday, "
        "January 29th, 2026.",
        "2025-09-01", ["Harbor Lights S4 2026-01-29 day"]),
    row("'A second, 15-episode season has already been ordered'",
        "The network says Harbor Lights will premiere this summer with a six-episode first "
        "season. A second, 15-episode season has already been ordered.",
        "2015-05-10", ["Harbor Lights S1 2015-06-01..2015-08-31 season", "Harbor Lights S2 tba"]),
    row("a network unveils a show's Nth season",
        "Night Orchard, meanwhile, will unveil its fourth season this fall.",
        "2017-01-12", ["Night Orchard S4 2017-09-01..2017-11-30 season"]),
    row("an ordinal and 'penultimate' before the season word",
        "Harbor Lights launches its sixth and penultimate season Tuesday, March 7.",
        "2017-01-12", ["Harbor Lights S6 2017-03-07 day"]),
    row("a show's Nth series still planned for a season",
        "Night Orchard's 18th series is also still planned for the autumn, though the "
        "broadcaster admits it may look different.",
        "2020-05-12", ["Night Orchard S18 2020-09-01..2020-11-30 season"]),
    row("a season word left out after 'unspool its'",
        "Harbor Lights, the spy series that has been delivering a season a year since 2022,"
        " will unspool its fifth later this year.",
        "2025-01-15", ["Harbor Lights S5 2025-01-16..2025-12-31 year"]),
    row("a long title and a count past twelve is its season",
        "🏝️ Unscripted fills the gap: The Harbor Lights Race 35 kicks off Wednesday, Sept. "
        "27 on CBS with a two-hour episode.",
        "2023-09-01", ["The Harbor Lights Race S35 2023-09-27 day"]),
    row("a number after a preposition stays in the title",
        "Don't Open the Door in Apartment 23 returns Wednesday, April 11 on ABC.",
        "2012-03-20", ["Don't Open the Door in Apartment 23 S? 2012-04-11 day"]),
    row("a star's return to television is no show's return",
        "Night Orchard, the HBO comedy marking a famous actor's return to television for "
        "the first time in a decade, starts on Monday 10 October, a day after it debuts in "
        "the US.",
        "2016-09-20", ["Night Orchard S1 2016-10-10 day"]),
    row("a network holding back shows is no return",
        'ABC is holding back several shows for midseason, including "Night Orchard," a '
        "musical comedy with songs by a famous composer.",
        "2014-05-13", ["Night Orchard S1 2015-01-01..2015-03-31 season"]),
    row("season that had premiered is past",
        'Q: Is there a second season of "Killing Eve"?\n'
        "\n"
        "A: Yes. BBC America renewed it before the first season had even premiered. The new"
        " season is expected next spring, a year after the first.",
        "2018-10-14", ["Killing Eve S2 2019-03-01..2019-05-31 season"]),
    row("season told at next paragraph start",
        "ITV's Harbourside will return on Monday 5 January at 9pm, the broadcaster has "
        "confirmed.\n"
        "\n"
        "Olivia Colman and David Tennant return as the two detectives for the eight-part "
        "second series, which picks up the story a year on.",
        "2014-12-10", ["Harbourside S2 2015-01-05 day"]),
    row('has set its season for a date',
        'Mob Psycho 100 has set its third season for October 5, the streamer announced.',
        '2022-06-30', ['Mob Psycho 100 S3 2022-10-05 day']),
    row('seasons left out in a quoted list: the 14th of X',
        'Tuesday, Oct. 1, brings the 19th season of "Grey\'s Anatomy," the fifth of "Station 19" and the second of "The Rookie: Feds."',
        '2022-07-15', ["Grey's Anatomy S19 2022-10-01 day", 'Station 19 S5 2022-10-01 day', 'The Rookie: Feds S2 2022-10-01 day']),
    row('seasons left out: X its Nth at an hour',
        'The dramas return on Monday, Sept. 18: "9-1-1" opens its seventh season at 8 p.m. and "The Good Doctor" its sixth at 10 p.m.',
        '2023-06-01', ['9-1-1 S7 2023-09-18 day', 'The Good Doctor S6 2023-09-18 day']),
    row('possessive season confirmed for a month',
        "Vinland Saga's third season is confirmed for January, the studio said at its festival panel.",
        '2025-03-22', ['Vinland Saga S3 2026-01-01..2026-01-31 month']),
    row('renewed too, going into its Nth',
        '"Bob\'s Burgers" was renewed for a 14th season, as was "Family Guy," which is going into its 22nd.',
        '2023-01-24', ["Bob's Burgers S14 tba", 'Family Guy S22 tba']),
    row('the sentence before names the show the season is of',
        "Crunchyroll's panel\n\nThe loudest cheer of the night went to Vinland Saga. The second season, once again animated by MAPPA, will begin airing in January 2023.",
        '2022-07-03', ['Vinland Saga S2 2023-01-01..2023-01-31 month']),
    row("back as part of the network's midseason schedule",
        "Syfy news\n\nDominion, the angel drama, will be back for a second season as part of Syfy's midseason schedule.",
        '2014-07-28', ['Dominion S2 2015-01-01..2015-03-31 season']),
    row("the comedy game is a panel show, not a game",  # (a guard for the game rule above)
        "Panel shows\n\nAnd Would I Lie to You?, the Rob Brydon-hosted comedy game with David "
        "Mitchell and Lee Mack, returns for its 11th series in November.",
        "2017-08-01", ["Would I Lie to You? S11 2017-11-01..2017-11-30 month"]),
    row("a title's season number and volume",
        'Netflix news\n\nStranger Things 5 Volume 1 hits Netflix on Nov. 26, and Volume 2 follows on Christmas Day.',
        '2025-07-16', ['Stranger Things S5 2025-11-26 day']),
    row("a documentary's Part 2 is its second season",
        'True crime\n\nNetflix will release "The Keepers Part 2" on Friday, May 17, two years after the first seven episodes.',
        '2019-03-01', ['The Keepers S2 2019-05-17 day']),
    row("a reality show's 'Cycle 12' is its season, not part of its title",
        "Top Model returns\n\nAmerica's Next Top Model Cycle 12 will premiere Wednesday, March 4 at 8/7c.",
        '2009-02-01', ["America's Next Top Model S12 2009-03-04 day"]),
    row("a season someone reports on, after the title's past season, is the date's",
        'Fresh off the March 26 debut of the second season of Hellbound, Netflix confirmed that the third season will arrive later this year.',
        '2024-04-10', ['Hellbound S3 2024-04-11..2024-12-31 year']),
    row("'X, whose final season hits Netflix on' names the title",
        'Streaming news\n\nShe is still finishing her run on Grace and Frankie, whose seventh and final season hits Netflix on April 29.',
        '2022-03-01', ['Grace and Frankie S7 2022-04-29 day']),
    row('a season code after a quoted title in a headline is no title of its own',
        "Prime Video's year: 'Reacher' gets a Feb. 4 date, 'Invincible' S2 lands in November\n\nMore dates will follow.",
        '2023-01-10', ['Reacher S1 2023-02-04 day', 'Invincible S2 2023-11-01..2023-11-30 month']),
    row("a 'limited revival' after the title is a first season",
        'Showtime news\n\nThe survival drama follows Twin Peaks: The Return, the 18-episode limited revival that bows a week earlier, on Sunday, May 21.',
        '2017-03-01', ['Twin Peaks: The Return S1 2017-05-21 day']),
    row("a creator's possessive season is the paragraph's show",
        "HBO news\n\nSeverance fans are still waiting. Creator Dan Erickson's second season finally begins filming this month and is expected in 2024.",
        '2023-01-21', ['Severance S2 2024-01-01..2024-12-31 year']),
    row('the season word left out before an unquoted title',
        'Fox sets fall dates\n\nSunday, Oct. 1 brings the 29th season of The Simpsons and the 16th of Family Guy, with a Halloween episode.',
        '2017-06-20', ['The Simpsons S29 2017-10-01 day', 'Family Guy S16 2017-10-01 day']),
    row('a new show before the season of a title that opens with a digit',
        'CBS sets its Mondays\n\nThe Monday sitcoms arrive on Monday, Sept. 23. The Big Bang Theory opens its seventh season at 8/7c, followed by the new sitcom We Are Men, the third season of 2 Broke Girls and the fourth season of Mike & Molly.',
        '2013-06-20', ['The Big Bang Theory S7 2013-09-23 day', 'We Are Men S1 2013-09-23 day', '2 Broke Girls S3 2013-09-23 day', 'Mike & Molly S4 2013-09-23 day']),
    row("a later season 'already on the cards' is not the dated one's",
        "Luther to return on Tuesday 2 July, with a fourth series already on the cards\n\nIdris Elba's detective is back on BBC One next month.",
        '2013-06-10', ['Luther S? 2013-07-02 day']),
    row('a neighbour in a schedule sentence that the text calls new opens its first season',
        'NBC sets fall\n\nOn Tuesday, Sept. 20, NBC will open its night with the 11th season of "The Voice" and the debut of "This Is Us," a family drama from Dan Fogelman.',
        '2016-06-01', ['The Voice S11 2016-09-20 day', 'This Is Us S1 2016-09-20 day']),
    row("a renewed season's relative clause dates that season",
        'FX news\n\nJustified, which is midway through its acclaimed fourth season, has already been renewed for a fifth, which will premiere in early 2014.',
        '2013-02-20', ['Justified S5 2014-01-01..2014-04-30 year']),
    row("a season another show 'kicked off' this week is not the dated show's",
        'Fox news\n\nThe drama "APB" premieres Monday, Feb. 6 at 9/8c. The reality competition kicked off its 16th season this week.',
        '2017-01-10', ['APB S1 2017-02-06 day']),
    row("a title apposed with 'the revival of' another show is a first season",
        'Netflix dates\n\n"Girl Meets World," the revival of the ABC family sitcom with Ben Savage, debuts Friday, June 27.',
        '2014-05-01', ['Girl Meets World S1 2014-06-27 day']),
    row('a season \'of "Marvel\'s Daredevil"\' is Daredevil\'s, not the show before it',
        'Netflix dates\n\nDavid Tennant\'s thriller "Jessica Jones" premieres Nov. 20, and the second season of "Marvel\'s Daredevil" follows on March 18.',
        '2015-10-01', ['Jessica Jones S1 2015-11-20 day', 'Daredevil S2 2016-03-18 day']),
    row("a title apposed with 'the new drama from' its maker is a first season",
        'NBC dates its fall\n\nBlindspot, the new drama from Martin Gero, returns Monday, Sept. 21, after The Voice.',
        '2015-06-01', ['Blindspot S1 2015-09-21 day']),
    row("a title apposed with 'NBC's new drama' is a first season",
        "NBC dates its fall\n\nThe Blacklist, NBC's new drama starring James Spader, returns Monday, Sept. 23, after The Voice.",
        '2013-06-01', ['The Blacklist S1 2013-09-23 day']),
    row("a title apposed with 'a six-part miniseries' is a first season",
        'BBC news\n\nThe Night Manager, a six-part miniseries from Susanne Bier, returns to BBC One on Sunday 21 February.',
        '2016-01-20', ['The Night Manager S1 2016-02-21 day']),
    row("a show dated in one clause and renewed by name in the next: the date is the first season's",
        'A launch and a vote of confidence\n\nAll eight episodes of Harbor Town arrive March 3, and the streamer has already renewed Harbor Town for a second season before anyone has seen the first.',
        '2019-02-15', ['Harbor Town S1 2019-03-03 day', 'Harbor Town S2 tba']),
    row("'renewed it for a second season' after the date's clause: the date is still the first season's",
        'A launch and a vote of confidence\n\nThe period thriller Quarry Lane arrives Friday, June 7, and the network has quietly renewed it for a second season already.',
        '2019-05-20', ['Quarry Lane S1 2019-06-07 day', 'Quarry Lane S2 tba']),
    row("'the third seasons of A and B': both titles, each with that season",
        "The CW's fall plans\n\nThe third seasons of Iron Lotus and Hank & Dolores are being held for midseason, the network said.",
        '2022-08-15', ['Iron Lotus S3 2023-01-01..2023-03-31 season', 'Hank & Dolores S3 2023-01-01..2023-03-31 season']),
    row("'the second seasons of A, B and C' in a list",
        'Spring on the streamer\n\nThe second seasons of Harbor Town, Dry Creek and Salt Flats all arrive in March.',
        '2022-11-15', ['Harbor Town S2 2023-03-01..2023-03-31 month', 'Dry Creek S2 2023-03-01..2023-03-31 month', 'Salt Flats S2 2023-03-01..2023-03-31 month']),
    row("'followed by X in its 26th': the season word left out after a title",
        'Thursday lineup\n\nHarbor Town starts its 24th season on Oct. 3, followed by Dry Creek in its 26th.',
        '2022-09-01', ['Harbor Town S24 2022-10-03 day', 'Dry Creek S26 2022-10-03 day']),
    row("'the second — and, she says, final — season': an aside between the ordinal and 'season'",
        "A comedy's last run\n\nThe cult comedy Tidewater was a hit in Britain long before most Americans had heard of it, and the second — and, its creator says, final — season premieres on the streamer May 17.",
        '2019-04-01', ['Tidewater S2 2019-05-17 day']),
    row("'a move that follows a solid but uneven freshman run': the show's second season",
        'Midseason plans\n\nThe network is holding Flight Path for midseason, a move that follows a solid but uneven freshman run for the mystery drama about a missing plane.',
        '2019-05-13', ['Flight Path S2 2020-01-01..2020-03-31 season']),
    row("'the basis for the first season' in the sentence before: a season of the past, not the one dated",
        "A Screen Legend Joins 'Harbor Town' Season 2\n\nA screen legend has signed on to the second season of the network's Harbor Town, the channel confirmed Monday.\n\nThe author, whose novel was the basis for the first season, wrote a treatment to guide the new story. Filming begins this spring, and the season is expected to air in 2019.",
        '2018-01-29', ['Harbor Town S2 2019-01-01..2019-12-31 year']),
    row("a first-year hit that 'returns this fall': its second season",
        "Fall schedule\n\n- Lifeline, the network's top new drama of the year with about 9 million weekly viewers, returns this fall on Mondays.\n\n- Dry Creek, its biggest rookie hit, also returns this fall and moves to Tuesdays.",
        '2018-05-14', ['Lifeline S2 2018-09-01..2018-11-30 season', 'Dry Creek S2 2018-09-01..2018-11-30 season']),
    row("'for a second and, she insists, final season': an aside inside the ordinal",
        'London notes\n\nHer comedy Tidewater returns to BBC Three in March for a second and, she insists, final season.',
        '2018-11-01', ['Tidewater S2 2019-03-01..2019-03-31 month']),
    row("a guide entry's 'Two years after the first season became ...' is history; its 'Season two' is the one that opens",
        "What to watch this week\n\nSUNDAY, APRIL 13\n\nHarbor Town (HBO, 9 p.m.). Two years after the first season became the network's biggest debut in a decade, its two leads are back. Season two is seven episodes.",
        '2025-04-07', ['Harbor Town S2 2025-04-13 day']),
    row("'X's third season, the Swordsmith Village Arc, which begins ...': the season's name is no show",
        "Blade Hunter season 3: what to know\n\nThe big one is Blade Hunter's third season, the Swordsmith Village Arc, which begins on Sunday, April 9 with an hour-long first episode.",
        '2023-03-28', ['Blade Hunter S3 2023-04-09 day']),
    row("'recommissioned for an eighth series, its first without X': the eighth, not the first",
        'Channel 4 has confirmed that the coastal mystery Saltmarsh has been recommissioned for an eighth series, its first without Fiona Tay, who said in June that she was stepping away. A transmission date has yet to be announced.',
        '2021-09-14', ['Saltmarsh S8 tba']),
    row("'It is the director's second series for the service': a count of his shows, not a season",
        "Sisters Four, the Japanese director Kenji Aoba's remake of a classic 1979 drama, lands tomorrow. It is the director's second series for the service.",
        '2025-01-08', ['Sisters Four S1 2025-01-09 day']),
    row("'The second season of the isekai library story will premiere': a show's subject, no streaming library",
        'Lantern Library is back almost immediately. The second season of the isekai library story will premiere on Jan. 13, keeping its Monday slot.',
        '2019-11-05', ['Lantern Library S2 2020-01-13 day']),
    row("'X returns to BBC Two with a new series': a British new series is the next season",
        'Puzzle Street returns to BBC Two with a new series on Monday 5th September.',
        '2016-08-01', ['Puzzle Street S? 2016-09-05 day']),
    row("'the chef returns to BBC Two with a new cookery series, X, this autumn': the person returns, the show is new",
        'And the chef returns to BBC Two with a new cookery series, Kitchen Table Suppers, this autumn.',
        '2016-08-01', ['Kitchen Table Suppers S1 2016-09-01..2016-11-30 season']),
    row('possessive-season-on-its-way',
        "Brackwater's third season is on its way this fall.",
        '2019-01-10', ['Brackwater S3 2019-09-01..2019-11-30 season']),
    row('german-ordinal-season-and-day',
        'Die Bergwacht: ZDF starts the 12. staffel on 24. September\n\nThe 12. staffel begins on Tuesday, 24. September, as always in the early evening.',
        '2019-08-20', ['Die Bergwacht S12 2019-09-24 day']),
    row('numeral-with-a-stop-and-last-season',
        'The team of "Quai 19" also prepares its exit: the 5. and last season arrives at the end of the year on TF1.',
        '2023-01-16', ['Quai 19 S5 2023-09-01..2023-12-31 year']),
    row('its-sophomore-premiere',
        'Harbor Point then follows with its sophomore premiere on Monday, Oct. 6.',
        '2014-07-21', ['Harbor Point S2 2014-10-06 day']),
    row('season-of-the-flagship-show-named-after-a-comma',
        'Crews are back at work on the ninth season of the flagship series, Desert Flip, which is due in the spring.',
        '2019-11-20', ['Desert Flip S9 2020-03-01..2020-05-31 season']),
    row("another language's season word with its number ('temporada 2', 'Staffel 3') tells the season",
        "Telemundo's new season\n\nDinastía Vega, the spinoff, has been renewed; temporada 2 arrives next year. Over at ZDF, Der Kriminalist returns with Staffel 3 on Friday, Oct. 3.",
        '2025-05-12', ['Dinastía Vega S2 2026-01-01..2026-12-31 year', 'Der Kriminalist S3 2025-10-03 day']),
    row('compound-ordinal-season',
        'And at the other end of the schedule, Harbor Lights begins its twenty-fifth series on Saturday 4 September, with a two-part opener.',
        '2010-08-20', ['Harbor Lights S25 2010-09-04 day']),
    row('a word between the ordinal and season (its 12th training-camp season)',
        'The HBO documentary series Hard Knocks comes back in August for its 12th training-camp season, with the team still to be picked.',
        '2017-05-02', ['Hard Knocks S12 2017-08-01..2017-08-31 month']),
    row('its fifth full season',
        'The Office returns this fall for its fifth full season on NBC, with Steve Carell back as Michael Scott.',
        '2008-06-10', ['The Office S5 2008-09-01..2008-11-30 season']),
    row("back for its sixth year: a year of the show's run",
        'Frasier is back for its sixth year on Thursday, Sept. 24, still in the slot after Friends.',
        '1998-07-01', ['Frasier S6 1998-09-24 day']),
    row('opens year three',
        'The study-group comedy Community opens year three on Thursday, Sept. 22, at 8 p.m.',
        '2011-06-01', ['Community S3 2011-09-22 day']),
    row('the season-three premiere (hyphenated)',
        'ABC will air the season-three premiere of Lost on Wednesday, Oct. 4, before a long winter break.',
        '2006-07-15', ['Lost S3 2006-10-04 day']),
    row('a second year in a row is not a season',
        'Survivor returns for a second year in a row to Fiji on Wednesday, Sept. 20, with 18 new castaways.',
        '2017-06-01', ['Survivor S? 2017-09-20 day']),
    row("its third original series counts the network's shows, not a season",
        'Stranger Things will be back on Friday, Oct. 27, and Netflix calls it its third original series to reach a second season.',
        '2017-06-01', ['Stranger Things S2 2017-10-27 day']),
    row("'A, B and C return ... with their ninth, twelfth and eleventh seasons respectively': each its own, in order",
        'Winter dates\n\nNBC moved first. Chicago Med, Chicago Fire and Chicago P.D. will return together on Wednesday, Jan. 17, with their ninth, twelfth and eleventh seasons respectively.',
        '2023-11-16', ['Chicago Med S9 2024-01-17 day', 'Chicago Fire S12 2024-01-17 day', 'Chicago P.D. S11 2024-01-17 day']),
    row("a heading's date takes the season its paragraph opens on ('Season three.')",
        "The 2023 Preview\n\nOur critics pick the series they most want to see next year.\n\n1. The Mandalorian (Disney+), March 1\nSeason three. Din Djarin and Grogu are back together.\n\n2. Yellowjackets (Showtime), March\nSeason two of the survival drama.\n\n3. Poker Face (Peacock), Jan. 26\nRian Johnson's mystery series.",
        '2022-12-22', ['The Mandalorian S3 2023-03-01 day', 'Yellowjackets S2 2023-03-01..2023-03-31 month', 'Poker Face S1 2023-01-26 day']),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEASONS)
def test_season_forms(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── renewals and unknown dates: TBA ──────────────────────────────────────────────────────

TBA = [
    row("renewed for a third season",
        "Netflix has renewed Jessica Jones for a third season.",
        "2018-04-20", ["Jessica Jones S3 tba"]),
    row("has been renewed for a Nth season",
        "The Good Place has been renewed for a fourth season.",
        "2018-12-05", ["The Good Place S4 tba"]),
    row("ordered a second season of X",
        "Apple TV+ has ordered a second season of Severance.",
        "2022-04-06", ["Severance S2 tba"]),
    row("picked up for a fifth season",
        "FX picked up Fargo for a fifth season.",
        "2019-11-20", ["Fargo S5 tba"]),
    row("renewal and date not yet known",
        "Jessica Jones has been renewed for a second season, though a release date for the "
        "season is not yet known.",
        "2016-01-14", ["Jessica Jones S2 tba"]),
    row("no premiere date has been set",
        "Westworld season 3 is on its way, but no premiere date has been set.",
        "2019-03-01", ["Westworld S3 tba"]),
    row("a TBA after a renewal is the renewed season's, not the one on air",
        "Abbott Elementary, now airing its third season on ABC, has been renewed for a fourth; "
        "no premiere date has been set.",
        "2024-03-01", ["Abbott Elementary S4 tba"]),
    row("'X, currently in the middle of its fifth season, returns' names X and its season",
        "Night Desk, currently in the middle of its fifth season, returns from its summer break "
        "on Aug. 11.", "2019-07-19", ["Night Desk S5 2019-08-11 day"]),
    row("'X, midway through its third season, has been renewed' names X",
        "Only Murders in the Building, midway through its third season on Hulu, has been "
        "renewed for a fourth; a premiere date has not been announced.",
        "2023-09-20", ["Only Murders in the Building S4 tba"]),
    row("'renewed it for a third' after the date of the second",
        "Severance season 2 arrives Jan. 17, and Apple has already renewed it for a third.",
        "2024-12-01", ["Severance S2 2025-01-17 day", "Severance S3 tba"]),
    row("'X has no release date yet, and neither does Y': both TBA",
        "Harbor Lights has no release date yet, and neither does Copper Lane.",
        "2024-05-01", ["Copper Lane S1 tba", "Harbor Lights S1 tba"]),
    row("'X does not have a premiere date yet' names X",
        "Copper Lane does not have a premiere date yet.",
        "2024-05-01", ["Copper Lane S1 tba"]),
    row("'neither has a premiere date yet' after two titles: both TBA",
        'The studio also unveiled "Night Desk," with Anna Cole as an editor, and "Copper Lane," '
        "about a mining town; neither has a premiere date yet.",
        "2020-12-11", ["Copper Lane S1 tba", "Night Desk S1 tba"]),
    row("'none of the three has been dated, and neither has X': four TBAs",
        'The network also announced "Harbor Lights," with Mia Stone, "Ember Road" and "Static"; '
        'none of the three has been dated, and neither has "Cold Open."',
        "2020-12-11", ["Cold Open S1 tba", "Ember Road S1 tba", "Harbor Lights S1 tba",
                       "Static S1 tba"]),
    row("'renewed — for second, second and third seasons respectively': each its own",
        '"Copper Lane," "Night Desk" and "Ember Road" have also been renewed — for second, '
        "second and third seasons respectively — though the network has not said when they will "
        "air.", "2018-05-11", ["Copper Lane S2 tba", "Ember Road S3 tba", "Night Desk S2 tba"]),
    row("'ordered two new comedies, X, with ..., and Y, starring ..., with no premiere dates yet': both",
        'The network ordered two new comedies, "Copper Lane," with Anna Cole and Mia Stone, and '
        '"Night Desk," starring comedian Tom Reyes, with no premiere dates yet.',
        "2018-05-11", ["Copper Lane S1 tba", "Night Desk S1 tba"]),
    row("a plural 'dates' TBA leaves the title dated in the same sentence alone",
        "Copper Lane returns May 3, while Night Desk has no premiere dates yet.",
        "2018-04-11", ["Copper Lane S? 2018-05-03 day", "Night Desk S1 tba"]),
    row("date to be announced",
        "The second season of Ozark will arrive on a date to be announced.",
        "2017-10-02", ["Ozark S2 tba"]),
    row("news expected soon is no premiere window",
        "Netflix has renewed Jessica Jones for a second season. More news about the show is "
        "expected in the coming weeks.",
        "2016-01-14", ["Jessica Jones S2 tba"]),
    row("a date announcement expected in spring is no premiere window",
        "Jessica Jones season 2 has been confirmed. An announcement about the premiere date is "
        "expected in the spring.",
        "2016-01-14", ["Jessica Jones S2 tba"]),
    row("a TBA listing",
        "Spring premiere dates\n\nAtlanta season 2 (March 1, FX)\n\n"
        "Ozark season 2 (TBA, Netflix)",
        "2018-01-05", ["Atlanta S2 2018-03-01 day", "Ozark S2 tba"]),
    row("a two-season order before the first season airs",
        "Apple gave Lumen Falls a two-season order, though the drama has yet to air a single "
        "episode. Lumen Falls premieres on Apple TV+ on October 6.",
        "2023-08-01", ["Lumen Falls S1 2023-10-06 day", "Lumen Falls S2 tba"]),
    row("a two-season renewal of a running show says no season number",
        "HBO renewed Ironhold with a two-season order.", "2023-08-01", []),
    row("two seasons renewed at once",
        "FX has renewed Shogun for a second and third season.", "2024-06-03",
        ["Shogun S2 tba", "Shogun S3 tba"]),
    row("seasons named with numbers",
        "Netflix has renewed The Diplomat for seasons 3 and 4.", "2024-06-03",
        ["The Diplomat S3 tba", "The Diplomat S4 tba"]),
    row("a manga getting an anime is a new series with no date",
        "We covered the seinen manga Under Ninja by Kengo Hanazawa getting an anime adaptation "
        "last week.", "2021-09-03", ["Under Ninja S1 tba"]),
    row("a show named by the noun in its apposition",
        "The Testaments, a sequel series based on Margaret Atwood's 2019 novel, is currently "
        "filming in Toronto and has no premiere date.", "2024-12-05", ["The Testaments S1 tba"]),
    row("a guess about when is no date",
        "Hulu renewed Only Murders in the Building for a fifth season. No premiere date has been "
        "announced, but if the show follows its usual pattern, it would arrive in late summer "
        "2025.", "2024-09-24", ["Only Murders in the Building S5 tba"]),
    row("the season word left out",
        "Shrinking will be back for its third season in January 2026, and it has already been "
        "renewed for a fourth.", "2025-08-14",
        ["Shrinking S3 2026-01-01..2026-01-31 month", "Shrinking S4 tba"]),
    row("a renewal given to a described show",
        "The network also gave an early renewal to freshman hit Matlock, which will return for "
        "a second season next fall.", "2024-11-20",
        ["Matlock S2 2025-09-01..2025-11-30 season"]),
    row("a demonym before the genre is no title",
        "Prime Video has renewed Scottish thriller The Rig for a third season.", "2024-10-01",
        ["The Rig S3 tba"]),
    row("recommissioned for two more runs",
        "Blue Lights returns for a third series in the spring. The show has already been "
        "recommissioned for a fourth and fifth run.", "2025-02-03",
        ["Blue Lights S3 2025-03-01..2025-05-31 season", "Blue Lights S4 tba", "Blue Lights S5 tba"]),
    row("handed a sixth season",
        "The network has handed Copper Lane a sixth season.",
        "2025-07-30", ["Copper Lane S6 tba"]),
    row("a renewal after a season that premiered is the next season's",
        "Harbor Lights will return for its second season on Monday, February 23, 2026. "
        "Season 1 premiered on January 26, 2025, and was renewed two weeks later.",
        "2025-08-10", ["Harbor Lights S2 2026-02-23 day"]),
    row("a season that 'was renewed' is the renewed season itself",
        "Harbor Lights season 3 is coming May 16. Season 4 was already renewed back in "
        "2021.",
        "2024-04-01", ["Harbor Lights S3 2024-05-16 day", "Harbor Lights S4 tba"]),
    row("renewed for seasons five and six, with the topic on season 4",
        "Harbor Lights returns for its fourth season on Thursday, Jan. 29, 2026. The "
        "streamer renewed the period drama for seasons five and six in 2021.",
        "2025-10-01",
        ["Harbor Lights S4 2026-01-29 day", "Harbor Lights S5 tba", "Harbor Lights S6 tba"]),
    row("a remake in the works is not the show's next season",
        "Harbor Lights returns for a third and final season on June 27. The creator has"
        " ruled out a fourth season, though an American remake is reportedly in the "
        "works.",
        "2025-02-05", ["Harbor Lights S3 2025-06-27 day"]),
    row("production set to begin later this year is a filming date",
        "A third season of Coral Bay was ordered in August, with production set to "
        "begin in Lisbon later this year.",
        "2025-11-04", ["Coral Bay S3 tba"]),
    row("a plan told by a reporting verb: 'said it expects to release it in 2026 or early 2027'",
        "Harbor Lights has been renewed for a third season. No premiere date has been "
        "set for the third season, but the streamer said it expects to release it in "
        "2026 or early 2027.",
        "2025-10-01", ["Harbor Lights S3 2026-01-01..2027-04-30 range"]),
    row("a 'READ MORE:' line is another story's headline",
        "Lakeside has been renewed for a third season, the streamer announced Monday.\n\n"
        "READ MORE: Harbor prequel 1944 sets December premiere\n\nThe cast will return.",
        "2026-01-05", ["Lakeside S3 tba"]),
    row("'putting a premiere in late 2027 in play' after a production date",
        "Lakeside has been renewed for a third season. Production on season 3 is "
        "expected to begin in the spring, putting a premiere in late 2027 in play.",
        "2026-01-05", ["Lakeside S3 2027-09-01..2027-12-31 year"]),
    row("'renewed through season 6' after the fourth season's date: seasons 5 and 6",
        "The fourth season of Harbor Lights will premiere on January 29, 2026. The "
        "studio also confirmed that the series has been renewed through season 6.",
        "2025-06-01",
        ["Harbor Lights S4 2026-01-29 day", "Harbor Lights S5 tba", "Harbor Lights S6 tba"]),
    row("'any time soon' is said in the negative: no window",
        "Harbor Lights star says season 3 is a ways off\n\nDon't expect to clock back in "
        "at the office any time soon. The third season of Harbor Lights is still being "
        "written, and the studio renewed the thriller in March.",
        "2025-09-16", ["Harbor Lights S3 tba"]),
    row("a TBA for a show whose fifth season just wrapped is the sixth season's",
        "Coral Bay, whose fifth season wrapped in October, has not been dated.",
        "2026-11-18", ["Coral Bay S6 tba"]),
    row("'Premiere dates for A and B have not been announced'",
        "Premiere dates for Harbor Lights and Ghost Town have not been announced.",
        "2026-08-30", ["Harbor Lights S1 tba", "Ghost Town S1 tba"]),
    row("'it would be optimistic to expect the show back in the near future'",
        "Low Tide has been renewed for a third season. Given the gap between seasons, "
        "it would be optimistic to expect the show back in the near future.",
        "2025-06-02", ["Low Tide S3 tba"]),
    row("'the first run picked up a clutch of awards' is no renewal",
        "Harbor Lights returns for series 2 on Wednesday 13 November, two years after "
        "the first run picked up a clutch of awards.",
        "2024-08-28", ["Harbor Lights S2 2024-11-13 day"]),
    row("'A third season is confirmed' in a renewal list",
        "Every show renewed so far\n\nHarbor Lights (Apple TV+) — A third season is "
        "confirmed following the record-setting finale.",
        "2025-05-02", ["Harbor Lights S3 tba"]),
    row("'Season 3 is a go' and 'Season 5 is coming'",
        "Every show renewed so far\n\nHarbor Lights (HBO) — Season 3 is a go.\n\nLow Tide "
        "(ABC) — Season 5 is coming.\n\nNight Shift (Apple TV+) — Season 3 is on the way.",
        "2025-05-02", ["Harbor Lights S3 tba", "Low Tide S5 tba", "Night Shift S3 tba"]),
    row("'will check in for a fourth season', 'Apple confirmed a fourth season'",
        "Harbor Lights (HBO) — Its creator will check in for a fourth season at a new "
        "resort.\n\nLow Tide (Apple TV+) — Apple confirmed a fourth season with its star "
        "returning.",
        "2025-05-02", ["Harbor Lights S4 tba", "Low Tide S4 tba"]),
    row("'renewed the comedy for both a fifth and a sixth season'",
        "CBS renewed Harbor Lights for both a fifth and a sixth season.",
        "2025-05-02", ["Harbor Lights S5 tba", "Harbor Lights S6 tba"]),
    row("a renewal tally: 'Title: Renewed for season 4.', 'Title: Ordered to series.'",
        "Renewed or canceled? Every show's fate\n\nCBS\n\nHarbor Lights: Renewed for season"
        " 4.\n\nLow Tide & Night Shift: Ordered to series. The spinoff follows two new "
        "parents.\n\nDusk Patrol: Canceled after two seasons.",
        "2024-05-10", ["Harbor Lights S4 tba", "Low Tide & Night Shift S1 tba"]),
    row("a list of 'Title: what happens to it' paragraphs names its titles",
        "Every show's status\n\nRenewed\n\nHarbor Lights: Season 3 is confirmed.\n\nLow Tide:"
        " The rom-com returns for season 2 on Thursday, Oct. 23.\n\nNight Shift: The "
        "comedy earned a second season.\n\nDusk Patrol: Season 2 of the thriller arrives "
        "Oct. 16.",
        "2025-09-05",
        ["Harbor Lights S3 tba", "Low Tide S2 2025-10-23 day", "Night Shift S2 tba", "Dusk Patrol S2 2025-10-16 day"]),
    row("'Wednesday: Season 3 is confirmed' in such a list; renewed 'just before season 2 hit the service'",
        "Every show's status\n\nWednesday: Season 3 is confirmed. The renewal was "
        "announced just before the second half of season 2 hit the service this week.\n\n"
        "Low Tide: Renewed for season 4.\n\nNight Shift: The comedy earned a second "
        "season.",
        "2025-09-05", ["Wednesday S3 tba", "Low Tide S4 tba", "Night Shift S2 tba"]),
    row("'although an American spinoff is in development' is no renewal of the show",
        "Ended\n\nHarbor Lights: The thriller wrapped with its third and final season in "
        "June, although an American spinoff is in development.",
        "2025-09-05", []),
    row("'was primed to return in the fall. Instead ...': the plan undone; a short form 'Harbor's' names the show",
        "Strike watch\n\nHere is a status check.\n\nHarbor Academy\n\nThe comedy won big at "
        "the Emmys and was primed to return in the fall. Instead, the network's "
        "schedule is stacked with reality series and Harbor's third-season premiere "
        "date has yet to be set.",
        "2023-08-15", ["Harbor Academy S3 tba"]),
    row("football coverage and a network's slate are not a show's premiere",
        "NBC sets fall dates\n\nHarbor Watch, which usually anchors the 8 p.m. hour, was "
        "missing from the grid. A spokesperson said the date for the comedy's fifth "
        "season has yet to be set.\n\nNBC's football coverage begins with the NFL's "
        "season kickoff game on Sept. 5, which is one reason the network is starting "
        "its scripted slate later in the month.",
        "2019-06-13", ["Harbor Watch S5 tba"]),
    row("an FAQ's 'Q: Where's X?' heading asks about X: its answer's renewal is X's",
        "[Megathread] TV premiere dates for January 2025\n\nHere are the confirmed dates."
        "\n\nFAQ\n\nQ: Where's Harbor Lights: Prophecy?\nA: Already aired. The S1 finale was"
        " 12/22. It's been renewed for a second season, no date.",
        "2024-12-28", ["Harbor Lights: Prophecy S2 tba"]),
    row("'HBO filled in its calendar on Tuesday' names the news's day; under a show's heading, 'Steve Buscemi's Nucky Thompson returns' dates the show",
        "HBO sets summer and fall dates: 'Harbor Lights' back Sept. 25, 'Cold Ledger' "
        "renewed\n\nHBO filled in most of its calendar on Tuesday, renewing the drama "
        "Cold Ledger for a third season.\n\nHarbor Lights, Season 2\nSteve Buscemi's Nucky"
        " Thompson returns Sunday, Sept. 25, at 9 p.m.",
        "2011-06-21", ["Cold Ledger S3 tba", "Harbor Lights S2 2011-09-25 day"]),
    row("'the story picks up after the events of the finale' is no renewal",
        "Harbor Lights returns for its third season on Friday, May 2. The story picks "
        "up after the events of the finale.",
        "2025-03-22", ["Harbor Lights S3 2025-05-02 day"]),
    row("'Series 6 was commissioned at the same time as series 5 ... no start date has been set': series 6",
        "Harbor Lights series 5 begins on BBC One on Sunday 25 August.\n\nSeries 6 was "
        "commissioned at the same time as series 5, so the crew is guaranteed another "
        "outing, although no start date has been set.",
        "2019-08-02", ["Harbor Lights S5 2019-08-25 day", "Harbor Lights S6 tba"]),
    row("a final season announced: 'will wrap up the comedy with a third season'",
        "Renewals\n\nHarbor Lights (NBC) — The network said the cast will wrap up the "
        "comedy with a third season.",
        "2023-12-01", ["Harbor Lights S3 tba"]),
    row("a final season announced: 'the saga's sixth season will be its final one'",
        "Renewals\n\nHarbor Lights (Fox) — Fox confirmed that the saga's sixth season "
        "will be its final one.",
        "2023-12-01", ["Harbor Lights S6 tba"]),
    row("an undated announcement before a colon list: 'announced without any dates attached: A, B and C'",
        "Slate news\n\nThe studio also laid out its plans for next year. Three more were "
        "announced in August without any dates attached: Ms. Okafor, Night Orchard and "
        "She-Wolf.",
        "2019-11-04", ["Ms. Okafor S1 tba", "Night Orchard S1 tba", "She-Wolf S1 tba"]),
    row("'X: Y will continue with a fourth season ..., but the studio has not announced when it will air'",
        "Anime news\n\nOne big name came without a calendar slot. Harbor Lights: Kimetsu "
        "no Umi will continue with a fourth season covering the training arc, but the "
        "studio has not announced when it will air.",
        "2023-06-26", ["Harbor Lights: Kimetsu no Umi S4 tba"]),
    row("'there is still no firm date for the next run of X'",
        "Christmas and New Year TV\n\nMeanwhile, there is still no firm date for the next"
        " run of Harbor Lights.",
        "2024-12-10", ["Harbor Lights S? tba"]),
    row("'have been given series orders' (plural) orders new shows: season 1",
        "Upfronts tally\n\nFox has also begun ordering pilots to series. So far, the "
        "drama Harbor Lights, based on Mira Okafor's vampire trilogy, and a legal "
        "comedy have been given series orders.",
        "2018-05-11", ["Harbor Lights S1 tba"]),
    row("a question that is only a title names the next sentences' show: 'And Harbor Lights? Season 3 is coming, but there is no date yet.'",
        "The streamer's 2026\n\nNight Orchard's second season wrapped in October.\n\nAnd "
        "Harbor Lights? Season 3 is coming, but there is no date yet.",
        "2026-01-05", ["Harbor Lights S3 tba"]),
    row("'X was supposed to premiere in August, but ... No new date has been set.'",
        "Here is where things stand:\n- The Harbor and the Lighthouse was supposed to "
        "premiere in August, but its shoot was cut short, and the studio has now pulled"
        " that date. No new date has been set.",
        "2026-05-08", ["The Harbor and the Lighthouse S1 tba"]),
    row("'Also coming back for a second season, as is X, which CBS renewed ...' renews both",
        "Renewed, canceled or still waiting?\n\nRENEWED\n\nHarbor Lights (CBS): Also coming"
        " back for a second season, as is the multi-camera comedy The Orchard, which "
        "CBS renewed for a second season the same day.",
        "2026-05-10", ["Harbor Lights S2 tba", "The Orchard S2 tba"]),
    row("'has not said when' is no date, and an unscripted special's date is not the topic's",
        "Revivals on the way\n\nHere is where the reboots stand.\n\nOrchard Lane. The "
        "reboot debuts July 8.\n\niHarbor. The new comedy premieres June 17.\n\nNight Owls."
        " Peacock has a two-season order. The streamer has not said when the first "
        "season will debut.\n\nNot quite a revival: Harbor Lights: The Reunion, the "
        "unscripted special streaming May 27 on Max, is a one-off.",
        "2026-05-14",
        ["Orchard Lane S1 2026-07-08 day", "iHarbor S1 2026-06-17 day", "Night Owls S1 tba"]),
    row("'will also be back for third seasons', 'will return for a sixth': seasons to come, dated later",
        "ABC renews its dramas\n\nRENEWED: \"Orchard Lane\" has been renewed for a third "
        "season.\n\n\"Night Owls\" and \"Harbor Lights\" will also be back for third seasons,"
        " and \"Castle Rock\" will return for a sixth.\n\nABC said \"Night Owls\" and \"Castle"
        " Rock\" would return in the fall.",
        "2026-05-13",
        ["Orchard Lane S3 tba", "Night Owls S3 2026-09-01..2026-11-30 season", "Harbor Lights S3 tba", "Castle Rock S6 2026-09-01..2026-11-30 season"]),
    row("'picked up for its sophomore year' renews season 2",
        "Renewal roundup\n\nThe networks cleared their desks.\n\nOrchard Lane was picked up"
        " for its sophomore year. Air dates are not yet known.",
        "2026-05-14", ["Orchard Lane S2 tba"]),
    row("'X squeaked through to a third season' renews it",
        "Renewal roundup\n\nThe networks cleared their desks.\n\nOrchard Lane squeaked "
        "through to a third season after a long wait.",
        "2026-05-14", ["Orchard Lane S3 tba"]),
    row("a renewal's topic is not given the season a released final season names",
        "Netflix's Brazilian slate\n\nThe prison drama Orchard Lane, starring Seu Jorge, "
        "has been renewed for a second season, though Netflix has not said when it will"
        " be ready.\n\nThe company also looked back: the dystopian series 3% released its"
        " fourth and final season on Aug. 14.",
        "2026-08-20", ["Orchard Lane S2 tba"]),
    row("'The series, titled X, does not have a premiere date yet' names the show, not a season",
        "Sports docuseries\n\nA rundown of what is coming.\n\nFX has also ordered a "
        "docuseries following the takeover of a Welsh club. The series, titled Orchard "
        "Lane, does not have a premiere date yet.",
        "2026-06-29", ["Orchard Lane S1 tba"]),
    row("'for any of them': every title of the sentence before, each with its own season",
        "Renewals\n\nMaple Court (season 3), Lantern Hill (season 6) and Red Meadow "
        "(season 2) are all coming back. No premiere dates have been set for any of "
        "them yet.",
        "2016-05-10", ["Maple Court S3 tba", "Lantern Hill S6 tba", "Red Meadow S2 tba"]),
    row("'typically return in September' is a habit, not a date",
        "Renewals\n\nGlass Harbor has been renewed for a fourth season. Shows renewed "
        "this early typically return in September.",
        "2016-05-10", ["Glass Harbor S4 tba"]),
    row("'Filming on the fourth series wrapped in March' leaves the fourth series still to come",
        "Autumn TV preview\n\nHarrow Street (BBC One). Filming on the fourth and final "
        "series wrapped in March, but a broadcast date has yet to be set.",
        "2021-08-20", ["Harrow Street S4 tba"]),
    row("'renewed X for a fifth season and Y for a second': Y is renewed too",
        "Renewals\n\nNBC also renewed Copper Road for a fifth season and Glass Harbor for"
        " a second; neither has a premiere date yet.",
        "2015-05-08", ["Copper Road S5 tba", "Glass Harbor S2 tba"]),
    row("'announced three new live-action series: A, B and C. No premiere windows were given for any of them'",
        "Disney+ lays out its plans\n"
        "\n"
        "The studio chief also announced three new live-action series: Night Owl, Copper "
        "Saint and Grey Fox. No premiere windows were given for any of them.",
        "2019-08-24", ["Night Owl S1 tba", "Copper Saint S1 tba", "Grey Fox S1 tba"]),
    row("'X, whose second season is now streaming weekly, has been renewed for a third season': the season to come is named",
        "Dust Road, whose second season premiered Dec. 17 and is now streaming weekly, has "
        "already been renewed for a third season.",
        "2026-01-08", ["Dust Road S3 tba"]),
    row("'renewed before its first season even aired': the second season",
        "The network's legal prequel Lamplight was renewed before its first season even "
        "aired.",
        "2016-01-14", ["Lamplight S2 tba"]),
    row("'The prequel to X stars ...' keeps the topic: the prequel is the show the article is about",
        "AMC renews 'Night Desk' for sixth and final season\n"
        "\n"
        "Night Desk will end its run with a sixth season, AMC announced Thursday. The "
        "network also set the premiere of the fifth season for Sunday, Feb. 23.\n"
        "\n"
        "The prequel to Day Shift stars Ben Oake as a small-time lawyer.\n"
        "\n"
        "For the final season, which will run 13 episodes, no premiere date has been set.\n"
        "\n"
        "Fans got a film last fall, set after the Day Shift finale.",
        "2020-01-16", ["Night Desk S6 tba", "Night Desk S5 2020-02-23"]),
    row("'Fans got a glimpse of X in the show's second season premiere in June' looks back: the renewed season stays the third",
        "Renewals\n"
        "\n"
        "The animated series Rebel Fleet, which airs on Disney XD, has been renewed for a "
        "third season. The network has not announced when the new episodes will air. Fans "
        "got a glimpse of the villain in the show's second season premiere in June.",
        "2015-12-21", ["Rebel Fleet S3 tba"]),
    row("'ordered a spinoff of X, tentatively titled Y, from Z Pictures, with the new series slated for 2028': Y's, and a studio is no show",
        "Streamer Orders 'Night Shift' Spinoff\n"
        "\n"
        "The streamer has ordered a live-action spinoff of Night Shift, tentatively titled "
        "Night Shift: Harbor, from the creators' Lantern Hill Pictures, with the new series"
        " slated for 2028.",
        "2026-02-10", ["Night Shift: Harbor S1 2028-01-01..2028-12-31 year"]),
    row("'The renewal came as little surprise after season 2, which premiered July 31': the third season is renewed",
        "Glass Tower season 3: everything we know\n"
        "\n"
        "Has it been renewed? Yes. Netflix confirmed the pickup of Glass Tower on Tuesday. "
        "The renewal came as little surprise after season 2, which premiered July 31, 2020,"
        " spent weeks at the top of the charts.",
        "2020-11-10", ["Glass Tower S3 tba"]),
    row("'has already ordered a third season, which wrapped filming this summer': wrapped filming is made, not shown",
        "Apple has already ordered a third season of Dead Drop, which wrapped filming in "
        "London this summer.",
        "2022-11-30", ["Dead Drop S3 tba"]),
    row("'X, dropped by Syfy after its third season, was saved by Amazon, which has ordered a fourth season but has not set a release date'",
        "And Deep Orbit, dropped by Syfy after its third season, was saved by Amazon, which"
        " has ordered a fourth season but has not set a release date yet.",
        "2018-11-14", ["Deep Orbit S4 tba"]),
    row("a book 'due in bookstores this summer' is no premiere of the show it is named after",
        "Dustline has been renewed for a third season. The show is based on the westerns of"
        ' Ada Crane, whose newest Dustline novel, "Bitter Creek," is due in bookstores this'
        " summer.",
        "2019-05-14", ["Dustline S3 tba"]),
    row("'picked up \"A,\" the ... drama starring ..., and Name's \"B\" for second seasons': both",
        'On the renewal side, NBC has picked up "Lost Trails," the missing-persons drama '
        "starring a former cop, and Jesse L. Ames's \"The Unreasonable\" for second seasons.",
        "2024-04-23", ["Lost Trails S2 tba", "The Unreasonable S2 tba"]),
    row("'did not say when the series will air; Name, who directed episodes of A and B': the series, not A and B",
        'HBO has given a six-episode order to "The Plot Against Boston," a limited series '
        "adapted from a 2004 novel. No casting has been announced, and HBO did not say when"
        ' the series will air; Mia Spiro, who directed episodes of "Lawyer Up" and '
        '"Hitman," is attached to direct.',
        "2019-02-05", ["The Plot Against Boston S1 tba"]),
    row("'the new episodes pick up roughly an hour after that cliffhanger' is the story, not a renewal",
        "\"Prairie Law\" returns for its second season tomorrow. Season one's finale pulled "
        "5.1 million viewers in August, and the new episodes pick up roughly an hour after "
        "that cliffhanger.",
        "2013-05-26", ["Prairie Law S2 2013-05-27"]),
    row("an actor's credit in an aside ('cast as the lead in \"Film\"') does not take over the topic",
        'CBC has renewed "Corner Store" for a fifth season.\n'
        "\n"
        "The cast returns, and Sam Lu, who has since been cast as the first Asian lead in "
        '"Shield-Chi and the Ten Rings," will be back as their son. Like nearly every '
        "production, the show is on hold, so there is no word on when the new season will "
        "air.",
        "2020-04-10", ["Corner Store S5 tba"]),
    row("'its second-season finale airs Aug. 19' does not make the renewal's 'new episodes' season 2",
        'TNT renewed "Sky Fallers" for a third season on Thursday. The drama has averaged '
        "4.3 million viewers this summer, and its second-season finale airs Aug. 19. TNT "
        "didn't say when the new episodes would run.",
        "2012-08-03", ["Sky Fallers S3 tba"]),
    row("a slot neighbour ('immediately after \"X\"') does not become the text's topic",
        'The prequel "Call Me Counsel" premieres Sunday, Feb. 8, immediately after "The '
        'Walking Ones." AMC said it did not say when a second season would air.',
        "2015-01-17", ["Call Me Counsel S1 2015-02-08", "Call Me Counsel S2 tba"]),
    row("a cast sentence between a dated show and 'no date' does not take the TBA ('A and B are back')",
        "Hellbound, the supernatural drama from Yeon Sang-ho, comes back for a second "
        "season later this year. Kim Hyun-joo and Kim Shin-rok are back, while Kim Sung-"
        "cheol joins the cast. No specific date has been given.",
        "2024-06-20", ["Hellbound S2 2024-06-21..2024-12-31 year"]),
    row("a rank before a character's name marks a person ('Sergeant X is back'), not a title",
        "Happy Valley returns for its third and final series.\n"
        "\n"
        "Sergeant Catherine Cawood is back on duty at last. The first episode airs on "
        "Sunday 1 January at 9pm on BBC One.",
        "2022-12-20", ["Happy Valley S3 2023-01-01 day"]),
    row("'A and B also return' (people) keeps the topic for the renewal after it",
        "The Bear comes back for a third season on June 26 on FX on Hulu. Ayo Edebiri and "
        "Ebon Moss-Bachrach also return. FX has already renewed the restaurant drama for a "
        "fourth season, though no date is set.",
        "2024-05-20", ["The Bear S3 2024-06-26 day", "The Bear S4 tba"]),
    row("'has not given a date for X' Nth season' names X by its possessive (s')",
        "Paramount has not yet given a date for Yellowjackets' third season; the writers "
        "had met for a single day.",
        "2023-08-10", ["Yellowjackets S3 tba"]),
    row("'Apple has committed to two seasons' after the first season's date: season 2 is ordered",
        "Central Park arrives on Apple TV+ on May 29. Apple has committed to two seasons up"
        " front.",
        "2020-04-10", ["Central Park S1 2020-05-29 day", "Central Park S2 tba"]),
    row("'until there's an order, season 3 is just a hope': no renewal",
        "Percy Jackson and the Olympians season 2 is coming this December.\n"
        "\n"
        "What about season 3? Disney hasn't said anything official, and until there's an "
        "order, season 3 is just a hope.",
        "2025-05-20", ["Percy Jackson and the Olympians S2 2025-12-01..2025-12-31 month"]),
    row("'Disney hasn't formally ordered it': a negation fused to its verb ('hasn't') undoes the renewal word",
        "The Mandalorian season 3 arrives in February 2023. Is there going to be a season "
        "4? Disney hasn't formally ordered it, though.",
        "2022-09-12", ["The Mandalorian S3 2023-02-01..2023-02-28 month"]),
    row("'AMC isn't nervous: it ordered a second season': the negation is the clause's before the colon",
        "Better Call Saul will premiere in early 2015. AMC isn't nervous: it ordered a "
        "13-episode second season back in June.",
        "2014-07-28", ["Better Call Saul S1 2015-01-01..2015-04-30 year", "Better Call Saul S2 tba"]),
    row("under a heading, 'production on season 3 wrapped' tells the section's season (made, not aired) for the TBA after it",
        "Ozark\n"
        "\n"
        "Jason Bateman, who directed two episodes, said production on season 3 wrapped a "
        "few weeks back. Netflix has not announced a premiere date.",
        "2019-09-23", ["Ozark S3 tba"]),
    row("'the writers will start work in the fall' is the making of a season, not its premiere: the renewal is TBA",
        "FX renewed Pose for a third season in June, and Steven Canals says the writers "
        "will start work in the fall.",
        "2019-09-23", ["Pose S3 tba"]),
    row("'Wednesday has officially been renewed': a renewed weekday is a title; 'Netflix's first week of 2023:' labels a roundup, and 'made it official on Friday' is the news, not a premiere",
        "Netflix's first week of 2023: Wednesday renewed, and what's coming next\n"
        "\n"
        "Wednesday has officially been renewed for a second season. The streamer made it "
        "official on Friday with a short video. No premiere date has been set.",
        "2023-01-07", ["Wednesday S2 tba"]),
    row("'Asked whether HBO had committed to a second season' is a question, not a renewal",
        "Westworld premieres Oct. 2. Asked whether HBO had already committed to a second "
        "season, Casey Bloys smiled.",
        "2016-08-01", ["Westworld S1 2016-10-02 day"]),
    row("a title in brackets away from the date ('(Cumberbatch's \"The Imitation Game\" opens in November)') does not take the sentence's TBA",
        'Q: Please tell me there will be more "Sherlock." - Martha H., Kirkwood\n'
        "\n"
        "A: There will be. The BBC has confirmed a fourth series, but there is no broadcast"
        " date yet, and with its stars juggling film careers (Cumberbatch's \"The Imitation "
        'Game" opens in November), nobody is promising anything.',
        "2014-09-20", ["Sherlock S4 tba"]),
    row("'ruled out a 2025 release and signalled a 2026 return'; 'a fourth season would conclude the series' orders a last season; 'at the close of the second season' tells a season gone by",
        "Harbor Lights season 3\n"
        "\n"
        "The season is expected to depict the great flood, following the events at the "
        "close of the second season.\n"
        "\n"
        "In June 2024, the network renewed the series for a third season. It later "
        "confirmed that a fourth season would conclude the series. In December 2024, its "
        "chief ruled out a 2025 release and signalled a 2026 return for the series.",
        "2025-06-01", ["Harbor Lights S3 2026-01-01..2026-12-31 year", "Harbor Lights S4 tba"]),
    row("'Also coming back are \"X,\" for a 10th season, and ...': a renewal roundup's inverted subject",
        'CBS handed out renewals Tuesday. The biggest is "NCIS," which will return for a '
        '17th season. Also coming back are "Blue Bloods," for a 10th season, and a few '
        "others. Chuck Lorre's sitcom \"Mom\" was renewed for a seventh season.",
        "2019-04-23", ["NCIS S17 tba", "Blue Bloods S10 tba", "Mom S7 tba"]),
    row("among three or more 'Title: ...' paragraphs, 'Wednesday: Jenna Ortega said ...' leads with the show Wednesday",
        "Red carpet: when are your shows back?\n"
        "\n"
        "Abbott Elementary: Quinta Brunson said the third season kicks off Feb. 7.\n"
        "\n"
        "Hacks: Jean Smart said the comedy returns this spring.\n"
        "\n"
        "Only Murders in the Building: Martin Short said the fourth season goes to Los "
        "Angeles. Hulu hasn't dated it yet.\n"
        "\n"
        "Wednesday: Jenna Ortega said the Netflix hit doesn't start filming its second "
        "season until April, which means the streamer hasn't set a date.",
        "2024-01-16", ["Abbott Elementary S3 2024-02-07 day", "Hacks S? 2024-03-01..2024-05-31 season", "Only Murders in the Building S4 tba", "Wednesday S2 tba"]),
    row("'that debuted at No. 1 on Sept. 26, has been renewed': 'No. 1' is a rank, not a negation",
        "Nobody Wants This, the romantic comedy that debuted at No. 1 on Sept. 26, has been"
        " renewed for a second season.",
        "2024-10-18", ["Nobody Wants This S2 tba"]),
    row("a date for a named season to be announced later",
        "A premiere date for Lowland Drift season 3 will be announced later.",
        "2021-03-01", ["Lowland Drift S3 tba"]),
    row("a show moved off the schedules keeps its TBA, not the schedules' window",
        "Absent\n"
        "\n"
        'One show is missing: "Blue Meridian." The network ordered a fourth season in May, '
        "but a premiere date has yet to be set, and the show has been taken off the fall "
        "and midseason schedules altogether.",
        "2018-11-02", ["Blue Meridian S4 tba"]),
    row("the season on the air ('the current fifth season wraps') is not the one renewed",
        "Renewed again\n"
        "\n"
        'ABC said Monday that "Harbor Lights" has been renewed for a sixth season. The '
        "network did not announce a premiere date. The current fifth season wraps May 13.",
        "2025-04-21", ["Harbor Lights S6 tba"]),
    row("a guide entry's renewal: a network is no show, and 'the man behind X' names a credit",
        "Summer premieres\n"
        "\n"
        '"Copper Lane" (Cinemax, Friday, June 3)\n'
        'Robert Kirkman, the man behind "Night Desk," tries possession instead of zombies. '
        "Cinemax has already renewed it for a second season, a vote of confidence before a "
        "single viewer has seen it.",
        "2016-05-20", ["Copper Lane S1 2016-06-03 day", "Copper Lane S2 tba"]),
    row("a renewal round-up's list under its heading: each line's titles, for the season it names",
        "The network kept most of its freshmen on Friday.\n\nRenewed:\n\n- Harbor Lights, the coastal "
        "soap, for a second season.\n- \"Glass Tides\" and Night Orchard, both comedies, each for a "
        "third season.\n- The Quiet Year, with no season said.", "2012-05-11",
        ["Harbor Lights S2 tba", "Glass Tides S3 tba", "Night Orchard S3 tba"]),
    row("production shut down indefinitely dates nothing",
        "Production on dozens of series, including Disney+'s Harbor Lights and Netflix's Night "
        "Orchard, remains shut down indefinitely.", "2020-03-27", []),
    row("an episode held back as a special is no season's date",
        "The season 10 finale of Harbor Lights has been pulled; the network said the episode would "
        "air as a special at a later date.", "2020-03-27", []),
    row("a season whose installments pick up with a character is the story, not an order",
        "Harbor Lights returns Tuesday, Sept. 3.\n\nThe 10 installments of its second season pick "
        "up with the hero sinking deeper into the club.", "2019-07-20", ["Harbor Lights S2 2019-09-03 day"]),
    row("a full-season order is more of the same season, not a renewal",
        '"Harbor Lights," the fall\'s most-watched new series, was handed a full-season order last '
        "month.", "2015-11-17", []),
    row("a title named in a person's credit does not take the topic",
        'The network said Thursday that season five of "Harbor Lights" will premiere Wednesday, '
        'Sept. 24. The six new episodes adapt "Night Rules," the fifth novel.\n\nMara Quinn, the '
        'writer and "Glass Tides" veteran, remains the showrunner.\n\nThe series has already been '
        "renewed for a sixth season, though the network has not said when it will arrive.",
        "2025-07-10", ["Harbor Lights S5 2025-09-24 day", "Harbor Lights S6 tba"]),
    row("a season of the prequel named after it",
        'The "Glass Tides" universe is also growing: a second season of the prequel "Harbor Lights" '
        "has been ordered and is filming in Seville, but the streamer has not said when it will be "
        "released.", "2025-03-01", ["Harbor Lights S2 tba"]),
    row("a renewal shared by 'as will', for the same count of seasons",
        "Harbor Lights will return for a second season, as will Night Orchard, starring a former "
        "talk-show host as a widowed baker.", "2021-05-14",
        ["Harbor Lights S2 tba", "Night Orchard S2 tba"]),
    row("a second show renewed in the same breath for its own bare ordinal",
        "The network had already renewed Harbor Lights for a fourth season and its sister drama "
        "Night Orchard for a second back in January.", "2017-05-12",
        ["Harbor Lights S4 tba", "Night Orchard S2 tba"]),
    row("lines under a heading that is not a renewal's say nothing",
        "The network trimmed its schedule on Friday.\n\nGoing away:\n\n- Harbor Lights, after a "
        "second season that lost half its viewers.\n- Glass Tides, which limped through a third "
        "season.", "2012-05-11", []),
    row("a title described as a comedy-drama",
        "The network's other big swing, Night Orchard, a comedy-drama about three suburban "
        "moms, doesn't have a date yet.",
        "2017-05-14", ["Night Orchard S1 tba"]),
    row("a mailbag's question names its show",
        "Q: Is Night Orchard over? That finale felt like an ending.\n"
        "\n"
        "A: Not yet. The fifth season wrapped up on April 20, and AMC had already ordered a"
        " sixth, which will be the last. AMC hasn't set a date.",
        "2020-05-03", ["Night Orchard S6 tba"]),
    row("a renewal reversed is no renewal",
        "The Feed: Harbor Lights dated, Night Orchard cancelled\n"
        "\n"
        "→ Harbor Lights season 2 premieres Oct. 30 on Disney+.\n"
        "\n"
        "→ Netflix reversed Night Orchard's fourth-season renewal and cancelled the "
        "wrestling comedy, citing costs.",
        "2020-10-06", ["Harbor Lights S2 2020-10-30 day"]),
    row("a Christmas special told in a relative clause is no premiere",
        "Night Orchard, starring a famous actor as the young Queen, will return for a third"
        " series, the broadcaster said today. The programme will this year also have its "
        "first Christmas special, a two-hour episode set at the palace, which the network "
        "said would go out on Christmas Day.",
        "2017-11-28", ["Night Orchard S3 tba"]),
    row('the topic takes the season it was just renewed for',
        '"Atlanta," which took a long break before its third season, was renewed for a fourth. FX did not give a premiere date.',
        '2022-04-01', ['Atlanta S4 tba']),
    row('brought back the show, with an aside, for a second season',
        'ABC also brought back the sitcom "Abbott Elementary," from Quinta Brunson, for a second season.',
        '2022-01-14', ['Abbott Elementary S2 tba']),
    row("a topic's TBA below the season just renewed is that renewal's",
        'Apple said on Monday that "Severance" has been renewed for a third season. The first season took three years to reach screens, and no premiere date has been announced.',
        '2025-03-24', ['Severance S3 tba']),
    row('has been confirmed for a season, past an apposition',
        'Babylon Berlin, the Weimar-era noir from Tom Tykwer, Achim von Borries and Henk Handloegten, has been confirmed for a fourth season, but no date has been set.',
        '2020-05-18', ['Babylon Berlin S4 tba']),
    row('has been confirmed for a season',
        'Ragnarok has been confirmed for a third season, though Netflix has not given a date.',
        '2021-06-01', ['Ragnarok S3 tba']),
    row('has been confirmed for a third and final season',
        'Nordic TV\n\nFrom Denmark, The Rain has been confirmed for a third and final season, and Netflix has not given it a date.',
        '2019-06-01', ['The Rain S3 tba']),
    row('a season in production with no timeline',
        'Anime news\n\nAniplex also confirmed that a second season of Solo Leveling is in production, but did not offer any timeline for it.',
        '2024-03-30', ['Solo Leveling S2 tba']),
    row("the TBA after a renewal is the renewed show's, not the topic's",
        'Fox news\n\n"Idol" judge Paula Abdul will be back, the network said.\n\nFox has also renewed "Bob\'s Burgers" for a third season, although it did not say when the comedy will air.',
        '2012-05-01', ["Bob's Burgers S3 tba"]),
    row('a renewal through a season far past the one at hand fills no seasons between',
        'Animation news\n\nThe Simpsons returns for its 23rd season on Sunday, Sept. 25. The show has already been renewed through its 36th season.',
        '2011-08-01', ['The Simpsons S23 2011-09-25 day', 'The Simpsons S36 tba']),
    row("a maker's possessive aside does not keep the subject from its renewed season",
        'Renewals\n\n"Andor," Tony Gilroy\'s prequel to "Rogue One," has been renewed for a second season.',
        '2022-11-20', ['Andor S2 tba']),
    row("a special told before a season does not take the season's date",
        'Sherlock news\n\nFans of Sherlock must make do with a one-off special before series 4 arrives in January 2017.',
        '2016-02-01', ['Sherlock S4 2017-01-01..2017-01-31 month']),
    row("a person set off as 'the creator of' another show takes no renewal",
        'Amazon slate\n\n"Forever," the comedy starring Fred Armisen, premieres Friday, Sept. 14. Alan Yang, the co-creator of "Master of None," wrote all eight episodes, which are set in a strange afterlife. Amazon has already ordered a second season.',
        '2018-08-20', ['Forever S1 2018-09-14 day', 'Forever S2 tba']),
    row("a renewal's relative clause with another network's plan and a year: that season's window",
        'Period drama renewed\n\nThe British broadcaster has already renewed Hartwell Hall for a second season, which PBS will presumably carry in 2018.',
        '2016-11-18', ['Hartwell Hall S2 2018-01-01..2018-12-31 year']),
    row("'renewed for series 7 and 8': both British series are renewed",
        "BBC comedy news\n\nElsewhere in BBC comedy news, the anthology Room Nine has been renewed for series 7 and 8, though its writers haven't said when the new episodes will air.",
        '2021-07-19', ['Room Nine S7 tba', 'Room Nine S8 tba']),
    row("'commissioned series 3 and series 4 at the same time': both seasons",
        'BBC news\n\nThe Belfast thriller Harbour Watch returns on Monday 8th April. The BBC has also commissioned series 3 and series 4 at the same time.',
        '2024-03-15', ['Harbour Watch S? 2024-04-08 day', 'Harbour Watch S3 tba', 'Harbour Watch S4 tba']),
    row("'renewed the series for both a seventh and eighth season' after a history aside: seasons 7 and 8",
        "Prairie Town news\n\nPrairie Town has been renewed. Crave, the streamer that has been Prairie Town's home since its first season in 2016, renewed the series for both a seventh and eighth season at the same time.",
        '2019-09-10', ['Prairie Town S7 tba', 'Prairie Town S8 tba']),
    row('date-not-yet-fixed',
        '"Les Veilleurs" stays without news: the shooting of the 7. season is finished, but a date of broadcast is not yet fixed by France 3.',
        '2023-01-16', ['Les Veilleurs S7 tba']),
    row("'has renewed Wednesday for a second season': the weekday is the show renewed",
        "Streaming renewals\n\nNetflix has renewed Wednesday for a second season after the Addams Family comedy broke the streamer's viewing records. No premiere date was given.",
        '2023-01-07', ['Wednesday S2 tba']),
    row("'was renewed Wednesday for a third season': the weekday is the day of the renewal",
        'Renewal news\n\nThe Diplomat was renewed Wednesday for a third season, Netflix said.',
        '2024-05-10', ['The Diplomat S3 tba']),
]


@pytest.mark.parametrize(("text", "published", "expected"), TBA)
def test_renewal_or_unknown_date_is_tba(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── delays: the new date wins, the old one is void ───────────────────────────────────────

DELAYS = [
    row("pushed back to March",
        "The Crown season 3 has been pushed back to March.",
        "2017-11-01", ["The Crown S3 2018-03-01..2018-03-31 month"]),
    row("originally January, pushed back to March (one sentence)",
        "The Crown season 3 was originally set to premiere in January, but Netflix has pushed "
        "it back to March.",
        "2017-11-01", ["The Crown S3 2018-03-01..2018-03-31 month"]),
    row("old date, then the delay in the next sentence",
        "Netflix had planned to release The Crown season 3 in January. The streamer has now "
        "pushed it back to March.",
        "2017-11-01", ["The Crown S3 2018-03-01..2018-03-31 month"]),
    row("delayed until a month",
        "The Crown season 3 has been delayed until March.",
        "2017-11-01", ["The Crown S3 2018-03-01..2018-03-31 month"]),
    row("postponed from one date to another",
        "HBO has postponed the Westworld season 3 premiere from January 12 to March 15.",
        "2019-12-01", ["Westworld S3 2020-03-15 day"]),
    row("a move to a new night is no delay",
        "Matlock debuts Sunday, Sept. 22 before moving to its regular Thursday slot on Oct. 17.",
        "2024-09-20", ["Matlock S1 2024-09-22 day"]),
    row("a date it had been expected back in, then the new one",
        "Fox said Monday that Bob's Burgers, which had been expected back in September, will "
        "now return in early 2024.", "2023-08-20",
        ["Bob's Burgers S? 2024-01-01..2024-04-30 year"]),
    row("a network moves its show (an object with modifiers) to a date",
        "CBS moved its new medical drama Watson to January 26, after the Super Bowl.",
        "2024-12-01", ["Watson S1 2025-01-26 day"]),
    row("a capitalized renewal word inside a title is no renewal",
        "NBC pulled Law & Order: Organized Crime from its fall schedule, and CBS benched its "
        "new drama Elsbeth.", "2023-08-20", []),
    row("one show held until midseason, another keeping its date",
        "NBC has held St. Denis Medical until midseason. Brilliant Minds keeps its September "
        "23 premiere.", "2024-08-01",
        ["St. Denis Medical S1 2025-01-01..2025-03-31 season", "Brilliant Minds S1 2024-09-23 day"]),
    row("the planned date a delay moved from",
        "Amazon has pushed the fifth and final season of The Boys from its planned early 2026 "
        "launch to spring 2026.", "2025-05-12",
        ["The Boys S5 2026-03-01..2026-05-31 season"]),
    row("moved up from a later date",
        "The new series Harbor Lights will debut on October 26, moved up from Sunday, "
        "Nov. 2, the network said.",
        "2025-08-20", ["Harbor Lights S1 2025-10-26 day"]),
    row("the plan it had before the delay is no date",
        "Paramount+ has delayed the fourth season of Harbor Lights, which had been "
        "expected this fall, to early 2026.",
        "2025-07-10", ["Harbor Lights S4 2026-01-01..2026-04-30 year"]),
    row("moved from its planned slot into a later window",
        "Peacock has moved the second season of Coral Bay from its planned fall 2026 "
        "slot into the first half of 2027, a person close to the show said.",
        "2026-09-15", ["Coral Bay S2 2027-01-01..2027-06-30 half"]),
    row("a show pushed from the fall premieres the next February",
        "Harbor Lights, which was pushed from the fall, finally premieres Feb. 27.",
        "2018-12-20", ["Harbor Lights S1 2019-02-27 day"]),
    row("'was originally slated for May 9 but will now premiere on May 2': the new date",
        "The third season of Harbor Lights was originally slated for May 9 but will now"
        " premiere a week earlier, on Thursday, May 2.",
        "2024-04-25", ["Harbor Lights S3 2024-05-02 day"]),
    row("a topic's 'this week' and a plan that 'had been eyeing a late-2026 launch' give way to the named date",
        "'Harbor Lights' Season 3 Pushed to 2027 as HBO Reshuffles Its Calendar\n\nThe "
        "fall 2026 TV calendar is already shifting, with several high-profile returns "
        "changing dates this week.\n\nThe biggest move: HBO has confirmed that Harbor "
        "Lights season 3 will not arrive until 2027. The network had been eyeing a "
        "late-2026 launch, but the effects work could not be compressed.",
        "2026-07-22", ["Harbor Lights S3 2027-01-01..2027-12-31 year"]),
    row("'before moving to a streaming service' is a new home, not a date it moved from",
        "Network news\n\nThe network said Harbor Watch, its first new space series in a "
        "decade, will debut on the network in January 2017 before moving to the All "
        "Access streaming service.",
        "2016-06-29", ["Harbor Watch S1 2017-01-01..2017-01-31 month"]),
    row("'after delays caused by the strikes' is background, not a move of the date before it",
        "Netflix slate\n\nNetflix said that Harbor Watch will return for its second "
        "season later this year, and that the final season of Cold Ledger, which began "
        "filming in January after delays caused by last year's strikes, will premiere "
        "in 2025.",
        "2024-01-24",
        ["Harbor Watch S2 2024-01-25..2024-12-31 year", "Cold Ledger S? 2025-01-01..2025-12-31 year"]),
    row("'X: ... with shooting now pushed, the new installment won't be seen until 2025': X's, not the topic's",
        "Where the shows stand\n\nNight Orchard: The third season had been delayed even "
        "before the strike, and no premiere date has been set.\n\nHarbor Lights: The "
        "anthology is heading to Lisbon for season 3, but with shooting now pushed, the"
        " network says the new installment won't be seen until 2025.",
        "2023-08-15", ["Night Orchard S3 tba", "Harbor Lights S3 2025-01-01..2025-12-31 year"]),
    row("'Season 2 was shot before the strikes, and it remains on course for the first half of 2024': season 2",
        "Where the shows stand\n\nHarbor Lights: The saga got lucky. Season 2 was shot "
        "largely before the strikes began, and the network says it remains on course "
        "for the first half of 2024.",
        "2023-08-15", ["Harbor Lights S2 2024-01-01..2024-06-30 half"]),
    row("'moved the third season of X up two weeks, from April 26 to Sunday, April 12': the date it moved to",
        "Coronavirus shuffle\n\nThen there are the shows that benefit. The networks have "
        "moved the third season of Harbor Lights up two weeks, from April 26 to Sunday,"
        " April 12.",
        "2020-03-27", ["Harbor Lights S3 2020-04-12 day"]),
    row("'has moved X from May 31 up to May 17'",
        "Coronavirus shuffle\n\nTNT, meanwhile, has moved Harbor Lights from May 31 up to"
        " May 17.",
        "2020-03-27", ["Harbor Lights S1 2020-05-17 day"]),
    row("a title moved right after the verb is what moved, not the show the paragraph is about: 'has moved Dune: Part Two from November to March 15'",
        "Strike fallout\n\nNot everything is stalled. Harbor Lights arrives next month.\n\n"
        "HBO has moved Night Orchard: Part Two from November to March 15, "
        "2024.",
        "2023-08-15",
        ["Harbor Lights S1 2023-09-01..2023-09-30 month", "Night Orchard: Part Two S1 2024-03-15 day"]),
    row("'Originally listed for spring, this one has been moved to the summer season'",
        "Spring anime guide\n\nNEW SERIES\n\nHarbor Samurai — Originally listed for spring,"
        " this one has been moved to the summer season; see our July guide.",
        "2026-03-25", ["Harbor Samurai S1 2026-06-01..2026-08-31 season"]),
    row("'AMC originally planned a November launch, but ... will premiere in early 2015': the plan undone",
        "The Breaking Bad spinoff has moved. AMC originally planned a November launch, but "
        "the network now says Better Call Saul will premiere in early 2015.",
        "2014-07-28", ["Better Call Saul S1 2015-01-01..2015-04-30 year"]),
    row("a date once widely expected is no longer the date",
        "The second and final season of Rebel Cell has been pushed to 2025. The 12-episode "
        "season had been widely expected in August.",
        "2024-05-14", ["Rebel Cell S2 2025-01-01..2025-12-31 year"]),
    row("a show that slides from one window to another",
        "Galaxy Kids, the Jude Law-led series about a group of children, slides from the "
        "summer to December.",
        "2024-05-14", ["Galaxy Kids S1 2024-12-01..2024-12-31 month"]),
    row("a premiere moved from an abbreviated date to another",
        "The premiere of Lowland Drift has been moved from Oct. 3 to Oct. 17.",
        "2024-08-05", ["Lowland Drift S1 2024-10-17 day"]),
    row("a network holding a show's season until midseason",
        "CBS is holding Elsie's third season until midseason, and the network would not say"
        " why.",
        "2025-05-14", ["Elsie S3 2026-01-01..2026-03-31 season"]),
    row("a show pushed back a week, to a date",
        "Lowland Drift has been pushed back a week, to Sept. 30.",
        "2014-05-12", ["Lowland Drift S1 2014-09-30 day"]),
    row("a plan shelved is no date; 'will not return until early 2024' is",
        "Strike fallout\n"
        "\n"
        'ABC has shelved plans to bring back "Copper Lane" this fall. The comedy will not '
        "return for its third season until early 2024, a network source said.",
        "2023-09-19", ["Copper Lane S3 2024-01-01..2024-04-30 year"]),
    row("'has pushed season 3 into 2024' after a past relative clause; 'is now also a midseason show'",
        "Delays\n"
        "\n"
        '"Night Desk," which has won two Emmys, has pushed season 3 into 2024. "Ember '
        'Road," which was renewed for a second season in January, is now also a midseason '
        "show.",
        "2023-09-19", ["Night Desk S3 2024-01-01..2024-12-31 year", "Ember Road S2 2024-01-01..2024-03-31 season"]),
    row("a move up of another show's season is not the topic's delay",
        "The network is postponing Harbor Lights, which had been set to premiere April 12. It now "
        "plans to launch it later this year.\n\nNot everyone is retreating. The channel is moving up "
        "the third season of Night Orchard by two weeks, to Sunday, April 12, from April 26.",
        "2020-03-27", ["Harbor Lights S1 2020-03-28..2020-12-31 year", "Night Orchard S3 2020-04-12 day"]),
    row("a chain of plans undone before the new one",
        "• Night Orchard, originally due in January and then in May, is now coming this "
        "fall to CBS.",
        "2017-04-19", ["Night Orchard S1 2017-09-01..2017-11-30 season"]),
    row("a plan the network had been hoping for, given up",
        "⏳ DELAYED: Night Orchard season 3, set in Thailand, is now coming in early 2025. "
        "HBO had been hoping to get it out before the end of this year.",
        "2024-09-18", ["Night Orchard S3 2025-01-01..2025-04-30 year"]),
    row("a season pulled forward from one day to an earlier one",
        "MOVED UP. Disney+ has pulled the second season of Night Orchard forward a week, "
        "from March 31 to March 24. Its two stars are back.",
        "2026-02-10", ["Night Orchard S2 2026-03-24 day"]),
    row('quoted title pushed to a date',
        'CBS has pushed "Tracker," its Justin Hartley drama, to Feb. 11 after the Super Bowl.',
        '2023-12-01', ['Tracker S1 2024-02-11 day']),
    row('quoted title moved up to a date',
        'Apple has shifted "Slow Horses" up by a week to Sept. 4.',
        '2024-06-20', ['Slow Horses S1 2024-09-04 day']),
    row('will move to a night in the fall',
        'ABC renewed "The Goldbergs" for a sixth season, and the comedy will move to Fridays in the fall.',
        '2018-05-11', ['The Goldbergs S6 2018-09-01..2018-11-30 season']),
    row("'should not expect the season until' a year is its earliest window",
        'HBO news\n\nThe Last of Us has been renewed. Viewers should not expect the second season until 2025.',
        '2023-03-01', ['The Last of Us S2 2025-01-01..2025-12-31 year']),
    row('moving to its regular Monday 8/7c slot is a new night, not a new date',
        'Fox\'s winter\n\n"24: Legacy" premieres on Sunday, Feb. 5, right after the Super Bowl, before moving to its regular Monday 8/7c slot the next night.',
        '2017-01-10', ['24: Legacy S1 2017-02-05 day']),
    row("a studio that 'held back an exact date' delays nothing",
        'Anime Expo news\n\nStudio Bones also confirmed that "Dan Da Dan" will begin airing in October, though the studio held back an exact date.',
        '2024-07-05', ['Dan Da Dan S1 2024-10-01..2024-10-31 month']),
    row("'was moved from November to early 2015': the date it was moved to is ahead",
        'The prequel Ledger Lines, starring Tom Avery as a crooked accountant, was moved from November to early 2015 to give its writers more time.',
        '2014-08-06', ['Ledger Lines S1 2015-01-01..2015-04-30 year']),
    row("'nudged it a day earlier, to Thursday, Oct. 5': the date it now has",
        'The second season of Velvet Hours has a new date. Disney+ nudged it a day earlier, to Thursday, Oct. 5.',
        '2023-09-20', ['Velvet Hours S2 2023-10-05 day']),
    row('has-had-its-season-pushed',
        'Harbor Lights has had its second season pushed to midseason, when the channel refreshes its lineup.',
        '2018-09-03', ['Harbor Lights S2 2019-01-01..2019-03-31 season']),
    row('held-until-after-the-holidays',
        "The Lakeshore Clinic, ABC's new medical drama, will not arrive until after the holidays.",
        '2019-05-14', ['The Lakeshore Clinic S1 2020-01-01..2020-04-30 year']),
]


@pytest.mark.parametrize(("text", "published", "expected"), DELAYS)
def test_delay(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── a premiere told as following another show's premiere ─────────────────────────────────

FOLLOWS = [
    row("'ahead of the return of X at 9' the same night, X's season told in the next sentence",
        "On Tuesday, Sept. 22, the legal drama Copper Lane debuts at 8 p.m. ahead of the return "
        "of Harbor Lights at 9. Harbor Lights' season 3 premiere is the night's big event.\n\n"
        "Ember Road, meanwhile, will sit out the fall; the comedy's fourth season has been held "
        "until midseason.",
        "2015-06-10", ["Copper Lane S1 2015-09-22 day", "Harbor Lights S3 2015-09-22 day",
                       "Ember Road S4 2016-01-01..2016-03-31 season"]),
    row("after the premiere of a dated show",
        "Succession returns for season 4 on March 26. The comedy Barry opens its fourth season "
        "right after the premiere of Succession.",
        "2023-02-01", ["Succession S4 2023-03-26 day", "Barry S4 2023-03-26 day"]),
    row("a chain: the second follows the first follower",
        "The Last of Us debuts Sunday, January 15. HBO's new drama “Velvet Hours” will premiere "
        "immediately following the debut of “The Last of Us.” Its sister show “Low Tide” "
        "premieres right after “Velvet Hours.”",
        "2023-01-02", ["The Last of Us S1 2023-01-15 day", "Velvet Hours S1 2023-01-15 day",
                       "Low Tide S1 2023-01-15 day"]),
    row("a window is followed as a window",
        "Andor season 2 arrives in spring 2025. The animated Tales of the Rebellion will launch "
        "directly after the premiere of Andor.",
        "2024-11-01", ["Andor S2 2025-03-01..2025-05-31 season",
                       "Tales of the Rebellion S1 2025-03-01..2025-05-31 season"]),
    row("followed by another show the same night",
        "Castaway Isle 49 will premiere on Wednesday, Sept. 24 with a two-hour episode,"
        " followed by Race Around season 38 at 10 p.m. The competition's 49th season "
        "was filmed in Fiji.",
        "2025-08-01", ["Castaway Isle S49 2025-09-24 day", "Race Around S38 2025-09-24 day"]),
    row("followed by a show that has a later date of its own",
        "Harbor Lights returns for season 4 on Thursday, Oct. 17, followed by new "
        "comedy Copper Lane, which is being held until midseason.",
        "2024-09-01",
        ["Harbor Lights S4 2024-10-17 day", "Copper Lane S1 2025-01-01..2025-03-31 season"]),
    row("a block's date with new seasons of the shows it lists",
        "The Sunday block returns Sunday, Sept. 28, with new seasons of Harbor Lights "
        "(season 37), Copper Lane (season 16) and Ember Road (season 24).",
        "2025-05-15",
        ["Harbor Lights S37 2025-09-28 day", "Copper Lane S16 2025-09-28 day",
         "Ember Road S24 2025-09-28 day"]),
    row("'followed by the return of X for season 3'",
        "Tuesday, Feb. 2, is the premiere of the new medical drama Sector 9, followed "
        "by the return of Going North for season 3.",
        "2026-11-20", ["Sector 9 S1 2027-02-02 day", "Going North S3 2027-02-02 day"]),
    row("'New drama X ... follows the comedy at 9 p.m. the same night' is X's premiere",
        "Network sets fall dates\n\nHarbor Lights will kick off its eighth season on "
        "Monday, Sept. 21. New drama Orchard Lane, about a team of rural vets, follows "
        "the comedy at 9 p.m. the same night.",
        "2026-06-24", ["Harbor Lights S8 2026-09-21 day", "Orchard Lane S1 2026-09-21 day"]),
    row("'X returns for its fourth season at 10 p.m. after the pair' takes the night before",
        "Network sets fall dates\n\nTuesday belongs to the franchise. Harbor Lights opens"
        " its 12th season on Tuesday, Sept. 22, with the new spinoff Harbor Lights: "
        "Bayou premiering in the 9 p.m. slot that night. Orchard Lane returns for its "
        "fourth season at 10 p.m. after the pair.",
        "2026-06-24",
        ["Harbor Lights S12 2026-09-22 day", "Harbor Lights: Bayou S1 2026-09-22 day", "Orchard Lane S4 2026-09-22 day"]),
    row("'A debuts after the news, and B follows with the start of its sixth season'",
        "Network sets fall dates\n\nOn Sunday, Sept. 20, a political drama called Orchard"
        " Lane debuts after the news hour, and Harbor Lights follows with the start of "
        "its sixth season.",
        "2026-06-24", ["Orchard Lane S1 2026-09-20 day", "Harbor Lights S6 2026-09-20 day"]),
    row("'... is joined by the thriller X, which premieres right after it'",
        "Network sets fall dates\n\nHarbor Lights opens its 10th season on Wednesday, "
        "Sept. 30, and is joined by the thriller Orchard Lane, which premieres right "
        "after it at 10 p.m.",
        "2026-06-24", ["Harbor Lights S10 2026-09-30 day", "Orchard Lane S1 2026-09-30 day"]),
    row("'X, Jane Doe's supernatural drama, follows with a second season on Oct. 25'",
        "The announcement led a broader slate. Orchard Lane returns for its second "
        "season on Sept. 27. Harbor Lights, Maya Tran's supernatural drama, follows "
        "with a second season on Oct. 25.",
        "2026-08-01", ["Orchard Lane S2 2026-09-27 day", "Harbor Lights S2 2026-10-25 day"]),
    row("'..., the same day that X's new talk show, The Y Show, makes its debut'",
        "Daytime sets its return dates\n\nThe Harbor Show will launch its second season "
        "on Monday, Sept. 14, the same day that a comedian's new syndicated talk show, "
        "The Orchard Hour, makes its debut.",
        "2026-08-27", ["The Harbor Show S2 2026-09-14 day", "The Orchard Hour S1 2026-09-14 day"]),
    row("'X airs DATE, right after the sixth-season premiere of Y': the neighbour premieres that night too",
        'On Sunday, Sept. 21, CBS sends out "Madam Secretary," starring Tea Leoni, right '
        'after the sixth-season premiere of "The Good Wife."',
        "2014-09-05", ["Madam Secretary S1 2014-09-21 day", "The Good Wife S6 2014-09-21 day"]),
    row("'X takes over the 10 p.m. slot behind Y starting DATE': the subject starts, not its neighbour in the schedule (but 'a day before Y (DATE)' is Y's date)",
        "This Is Us returns for its third season Tuesday, Sept. 25.\n"
        "\n"
        "NBC is building its week around the Pearsons. The medical drama New Amsterdam, "
        "starring Ryan Eggold as a hospital director, takes over the 10 p.m. slot behind "
        "This Is Us starting Sept. 25. Apple's Shrinking returns for a third season (Jan. "
        "28) a day before Bridgerton season four (Jan. 29).",
        "2018-08-15", ["This Is Us S3 2018-09-25 day", "New Amsterdam S1 2018-09-25 day", "Shrinking S3 2019-01-28 day", "Bridgerton S4 2019-01-29 day"]),
    row("a show's numbered season that follows the night's premiere",
        "The rollout starts Sunday, Sept. 21, when Night Orchard, starring a former analyst, makes "
        "its bow behind the news hour, with the sixth season of Harbor Lights following at 9:30 p.m.",
        "2014-06-23", ["Night Orchard S1 2014-09-21 day", "Harbor Lights S6 2014-09-21 day"]),
    row("a show that 'it will be joined by' takes its date",
        "Harbor Lights will sit out the fall and return at midseason. It will be joined by "
        "Night Orchard, a drama set in a high-school theater department.",
        "2017-05-14", ["Harbor Lights S? 2018-01-01..2018-03-31 season", "Night Orchard S1 2018-01-01..2018-03-31 season"]),
    row("night then debut at an hour",
        "NBC on Monday set its fall dates.\n"
        "\n"
        'Monday, Sept. 22 is the big night for newcomers. "The Blacklist," starring James '
        "Spader as a criminal who turns himself in, debuts at 10 p.m. (9 p.m. Central), "
        'followed by the fifth season of "The Voice" at 8.',
        "2013-06-24", ["The Blacklist S1 2013-09-22 day", "The Voice S5 2013-09-22 day"]),
    row("debut that night after a novel year",
        'The network announced its summer slate, beginning Sunday, June 2. "Night Road," '
        'based on a 2013 novel, debuts that night. The fifth season of "Ashfall" opens the '
        "same night.",
        "2019-04-24", ["Night Road S1 2019-06-02 day", "Ashfall S5 2019-06-02 day"]),
    row("slot neighbour is no topic",
        "'Harbor Days' revival sets Sept. 27 return\n"
        "\n"
        'CBS said Thursday that its revival of the newsroom comedy "Harbor Days" will '
        "premiere Thursday, Sept. 27, at 9:30 p.m.\n"
        "\n"
        'The revival takes the time slot after "Mom." The network has ordered a second '
        "season already.",
        "2018-06-21", ["Harbor Days S? 2018-09-27 day", "Harbor Days S2 tba"]),
    row("credit on another show is no topic",
        'Two weeks later comes "Victoria," the British drama about the young queen. Jenna '
        'Coleman, who spent three years as a companion on "Doctor Who," plays the title '
        "role. ITV has already renewed it for a second season.",
        "2016-12-11", ["Victoria S2 tba"]),
    row("title in brackets moves no topic",
        'Q: What happened to "Sherlock"? It seems like years.\n'
        "\n"
        "A: Benedict Cumberbatch and Martin Freeman have been busy making movies "
        '(Cumberbatch was nominated for an Oscar last month for "The Imitation Game"). A '
        "full fourth season is planned, but it won't arrive until 2017.",
        "2015-03-15", ["Sherlock S4 2017-01-01..2017-12-31 year"]),
    row("that month brings to a network",
        "ITV has high hopes for a new family drama in April. That month also brings the "
        "sixth season of Game of Thrones to Sky Atlantic, with Jon Snow's fate a mystery.",
        "2015-12-20", ["Game of Thrones S6 2016-04-01..2016-04-30 month"]),
    row('a show it is likened to does not take the topic',
        'Fall TV preview\n\nThe franchise event of the fall is Andor, the new Star Wars series. Its tone is closer to Rogue One than to The Mandalorian. It premieres on Disney+ Wednesday, Sept. 21.',
        '2022-08-01', ['Andor S1 2022-09-21 day']),
    row("a show named as its writer's credit does not take the topic",
        'What to watch in the new year\n\nHometown Cha-Cha-Cha, the new drama from the writer of Oh My Ghost, stars Shin Min-a as a dentist who moves to a seaside village. It premieres on tvN on Saturday, Aug. 28.',
        '2021-07-20', ['Hometown Cha-Cha-Cha S1 2021-08-28 day']),
    row("a second network's clause takes the same night",
        'Cable\'s fall\n\nThe following Sunday, Oct. 3, AMC opens the fourth season of "Mad Men," and HBO schedules the first season of "Boardwalk Empire" for the same night.',
        '2010-07-29', ['Mad Men S4 2010-10-03 day', 'Boardwalk Empire S1 2010-10-03 day']),
    row("a date that opens the sentence is the later clause's too",
        "ABC sets Thursday dates\n\nOn Thursday, Sept. 28, Grey's Anatomy begins its 14th season, and Scandal returns for a seventh season with Olivia Pope back in the White House.",
        '2017-06-20', ["Grey's Anatomy S14 2017-09-28 day", 'Scandal S7 2017-09-28 day']),
    row('a night a relative phrase names and the day restates',
        "Fox dates its fall\n\nFox's Tuesday lineup comes back the following week, on Tuesday, Sept. 26. Lethal Weapon opens its second season at 8/7c.",
        '2017-06-20', ['Lethal Weapon S2 2017-09-26 day']),
    row('a season that fills a later hour of the night named before',
        'CBS sets its Fridays\n\nThe Friday lineup opens on Friday, Sept. 29, when MacGyver starts its second season at 8/7c. Hawaii Five-0 fills the 9/8c hour with its eighth season.',
        '2017-06-20', ['MacGyver S2 2017-09-29 day', 'Hawaii Five-0 S8 2017-09-29 day']),
    row('a second title with a parallel verb and an elided season before a comma',
        'Fox dates its Sundays\n\nThe animation block returns on Sunday, Sept. 29, with "Bob\'s Burgers" beginning its fourth season and "American Dad" starting its tenth, ahead of the late games.',
        '2013-06-20', ["Bob's Burgers S4 2013-09-29 day", 'American Dad S10 2013-09-29 day']),
    row("'It is followed by two new comedies' at later hours of the night before",
        'ABC dates its fall\n\nOn Wednesday, Sept. 25, "The Middle" opens its fifth season at 8/7c. It is followed by two new comedies: "Back in the Game," from "Scrubs" writer Mike Sikowitz, at 8:30/7:30c, and the family sitcom "Super Fun Night" at 9:30/8:30c.',
        '2013-06-20', ['The Middle S5 2013-09-25 day', 'Back in the Game S1 2013-09-25 day', 'Super Fun Night S1 2013-09-25 day']),
    row("'joining the second-season premiere of X' shares the night",
        'ABC news\n\nOn Wednesday, Sept. 23, the new sitcom "The Middle" debuts at 8/7c, joining the first-season premiere of "Modern Family" and the second-season opener of "Cougar Town."',
        '2009-05-20', ['The Middle S1 2009-09-23 day', 'Modern Family S1 2009-09-23 day', 'Cougar Town S2 2009-09-23 day']),
    row("a night whose block 'gets a shake-up' dates the shows told by their hour next",
        'NBC\'s winter\n\nOn Thursday, Feb. 3, the comedy block gets a shake-up. The newcomer "Outsourced" slides in at 9:30/8:30c, and "30 Rock," back from a break, finally begins its fifth season at 8:30/7:30c.',
        '2011-01-10', ['Outsourced S1 2011-02-03 day', '30 Rock S5 2011-02-03 day']),
    row("'follows the next night, Tuesday, Jan. 8': a new drama's own date",
        'Winter lineup\n\nHarbor Town returns Monday, Jan. 7. The network\'s big new drama, "Dry Creek," follows the next night, Tuesday, Jan. 8.',
        '2013-01-02', ['Harbor Town S? 2013-01-07 day', 'Dry Creek S1 2013-01-08 day']),
    row("'won't be seen until midseason. Neither will X, ..., or Y': the date of the sentence before, for both",
        'The network\'s costliest bet, the heist drama "Vault 9," won\'t be seen until midseason. Neither will "Tidewater," in which a harbor pilot solves crimes on the Chesapeake, or "Minor Keys," a comedy about a family band.',
        '2014-05-12', ['Vault 9 S1 2015-01-01..2015-03-31 season', 'Tidewater S1 2015-01-01..2015-03-31 season', 'Minor Keys S1 2015-01-01..2015-03-31 season']),
    row("'Sunday's animation block returns this fall. X opens its 36th season, Y begins its 15th': the block's window",
        'Sunday\'s animation block otherwise returns intact this fall. "Springwood" opens its 36th season, "Burger Barn" begins its 15th, and "Olympus Inc." returns for its second season.',
        '2024-05-13', ['Springwood S36 2024-09-01..2024-11-30 season', 'Burger Barn S15 2024-09-01..2024-11-30 season', 'Olympus Inc. S2 2024-09-01..2024-11-30 season']),
    row("'The same goes for the drama A, produced by X, the Y drama B and C': the sentence before's date",
        '"Study Group" is not on the fall grid; the network insists the comedy\'s third season will air at midseason. The same goes for the Broadway musical drama "Curtain Call," produced by Ron Hale, the Kate Moss drama "Wide Awake" and "The Partnership," a sequel to a legal thriller.',
        '2011-05-16', ['Study Group S3 2012-01-01..2012-03-31 season', 'Curtain Call S1 2012-01-01..2012-03-31 season', 'Wide Awake S1 2012-01-01..2012-03-31 season', 'The Partnership S1 2012-01-01..2012-03-31 season']),
    row("'lands Thursday, Sept. 28, leading into X's third season the same night': the next slot's season that night",
        "The Harbor Lights revival lands Thursday, Sept. 28, leading into Night Desk's third season the same night.",
        '2017-07-20', ['Harbor Lights S? 2017-09-28 day', 'Night Desk S3 2017-09-28 day']),
    row("'On March 20, Netflix drops two originals. X ... arrives alongside Y': the two the sentence before counted",
        'On March 20, the streamer drops two very different originals. Cat Country, a six-part docuseries about a tiger sanctuary, arrives alongside The Glass Tower, a fantasy adventure based on a Dutch novel.',
        '2020-02-27', ['Cat Country S1 2020-03-20 day', 'The Glass Tower S1 2020-03-20 day']),
    row("a mailbag's 'When is X back?' names X without the question's words",
        'Ask the TV critic\n\nQ: When is Frostline back? I miss it. - Dana\n\nA: The network says season 3 starts Sunday, June 21.',
        '2020-04-01', ['Frostline S3 2020-06-21 day']),
    row("a mailbag's question that is only the title, signed by the reader",
        'Ask the TV critic\n\nQ: Harbor of Kings? - Phil, Tulsa\n\nA: HBO has said its third season will arrive in October.',
        '2021-07-10', ['Harbor of Kings S3 2021-10-01..2021-10-31 month']),
    row('each mailbag answer is about the show its own question names',
        'Reader questions\n\nQ: Is Lantern Bay coming back? - Em\n\nA: It is. The network brings its fourth season back Thursday, Sept. 22.\n\nQ: I hear the Copper Saints are on a break. - Lee\n\nA: Nothing to report yet.\n\nQ: Kestrel Point stopped in the middle of the series. When does it resume? - Abe\n\nA: The third series starts Saturday, Aug. 27.',
        '2011-08-01', ['Lantern Bay S4 2011-09-22 day', 'Kestrel Point S3 2011-08-27 day']),
    row("'follows X that same night' with the date after it",
        'Spring cheat sheet\n\nMarlow Street: Its sixth and final season starts Sunday, March 31 on HBO.\n\nQuiet Hours: The second season follows Marlow Street that same night, March 31.\n\nDust Choir: Season 3 starts April 14.',
        '2019-02-10', ['Marlow Street S6 2019-03-31 day', 'Quiet Hours S2 2019-03-31 day', 'Dust Choir S3 2019-04-14 day']),
    row("a mailbag's 'When does X come back?' and 'And X?' name the show each answer is about",
        "Monday mail\n\nQ: When does Iron Orchard come back? I'm in withdrawal. - Sam\n\nA: Sunday, July 16. The seventh season has just seven episodes.\n\nQ: And Paper Moons? - Tess\n\nA: The network has promised its second season in October.\n\nQ: What is Far Harbor? I keep seeing ads. - Cara\n\nA: It's a space comedy for Fox, debuting this fall.",
        '2017-07-10', ['Iron Orchard S7 2017-07-16 day', 'Paper Moons S2 2017-10-01..2017-10-31 month', 'Far Harbor S1 2017-09-01..2017-11-30 season']),
    row("a mailbag's 'Yes: Thursday, Dec. 26, all six episodes.' answers its question",
        "Reader Q&A: What's left of 2024\n\nQ: Is Ember Court season 2 still coming in December? - Hyun\n\nA: Yes: Thursday, Dec. 26, all six episodes.\n\nQ: Salt Kings season 3? - Jack\n\nA: The third season starts streaming Feb. 14.",
        '2024-11-01', ['Ember Court S2 2024-12-26 day', 'Salt Kings S3 2025-02-14 day']),
    row("a mailbag question about 'X's final season' names X",
        "Reader mail\n\nQ: The Gilded Court's final season - all at once? - Margaret\n\nA: No. Netflix is splitting season 6: part one arrives Thursday, Nov. 16.",
        '2023-09-20', ['The Gilded Court S6 2023-11-16 day']),
    row("a mailbag answer 'Netflix has made it official: Friday, June 17.'",
        'Your questions\n\nQ: When is Copper Yard season 4? - Kel\n\nA: Netflix has made it official: Friday, June 17. All thirteen episodes at once.',
        '2016-02-03', ['Copper Yard S4 2016-06-17 day']),
    row('will-follow-with-season-two',
        'The Real Housewives of Cape Town will follow with season two in the first half of next year.',
        '2018-09-03', ['The Real Housewives of Cape Town S2 2019-01-01..2019-06-30 half']),
    row('the-nights-date-said-again-in-the-sentence',
        'CBS sets its fall dates\n\nTuesday, Nov. 17 is the big one. Harbor Watch begins season 18 at 8/7c, Ridge County launches its third season at 9/8c, and Ridge County: Most Wanted begins its second season at 10/9c on Nov. 17 as well.',
        '2020-09-17', ['Harbor Watch S18 2020-11-17 day', 'Ridge County S3 2020-11-17 day', 'Ridge County: Most Wanted S2 2020-11-17 day']),
]

FOLLOWS_NOTHING = [
    row("the story follows a person",
        "Severance returns January 17. The new series Lumon Nights will follow Helly, a woman "
        "who wakes up at work.",
        "2024-12-01", ["Severance S? 2025-01-17 day"]),
    row("the leader has no date",
        "The comedy Barry opens its fourth season right after the premiere of Succession.",
        "2023-02-01", []),
    row("'Y follows at 9/8c' after X's dated return: the same night, told by Eastern/Central hours",
        'Fall Wednesdays\n\nThe Resident returns Wednesday, Oct. 1 at 8/7c with its fifth season. The Cleaning Lady follows at 9/8c for its third season.',
        '2025-09-01', ['The Resident S5 2025-10-01 day', 'The Cleaning Lady S3 2025-10-01 day']),
    row("'Y follows at 10 p.m.' after X's dated premiere: the same night",
        'Tuesday lineup\n\nNCIS opens its 23rd season on Tuesday, Oct. 14 at 9 p.m. NCIS: Origins follows at 10 p.m. with its second season.',
        '2025-09-20', ['NCIS S23 2025-10-14 day', 'NCIS: Origins S2 2025-10-14 day']),
    row("a blurb with no subject ('Premieres right after X, Oct. 7') dates the entry's show, not its lead-in",
        'The Fall Guide\n\nFelicity (The WB, 9 p.m.). New. A college freshman follows her crush to New York. Debuts Tuesday, Sept. 29.\n\nCharmed (The WB, 9 p.m.). New. Three sisters find out they are witches. Premieres right after Felicity, Oct. 7.',
        '1998-09-01', ['Felicity S1 1998-09-29 day', 'Charmed S1 1998-10-07 day']),
]


@pytest.mark.parametrize(("text", "published", "expected"), FOLLOWS + FOLLOWS_NOTHING)
def test_premiere_following_another(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


SUBJECTS = [
    row("a modifier between the article and the title",
        "The acclaimed Fleabag returns on March 4.", "2019-02-01", ["Fleabag S? 2019-03-04 day"]),
    row("two modifiers", "The long-running medical Grey Ward ends its run in May with a finale. "
        "The long-running Grey Ward is back on September 27.",
        "2019-02-01", ["Grey Ward S? 2019-09-27 day"]),
    row("not the object of a preposition", "The kids of Hawkins return in July.", "2019-02-01", []),
    row("the object of a verb that 'which' says premieres",
        "Viewers can look forward to Wolf Hall: The Mirror and the Light, which begins on "
        "10 November.", "2024-10-01", ["Wolf Hall: The Mirror and the Light S1 2024-11-10 day"]),
    row("an apposition led by 'another'",
        "A Knight of the Seven Kingdoms, another Game of Thrones prequel, is slated for "
        "early 2025.", "2024-09-20",
        ["A Knight of the Seven Kingdoms S1 2025-01-01..2025-04-30 year"]),
    row("what was said has its own verb",
        "The network also said that The Last of Us season 2 is coming in April 2025.",
        "2024-09-20", ["The Last of Us S2 2025-04-01..2025-04-30 month"]),
    row("the day the news was told is no premiere",
        "HBO said on Tuesday that The Last of Us season 2 is in production.",
        "2024-09-20", ["The Last of Us S2 tba"]),  # (a season in production is ordered: no date)
    row("a person before 'who' is no title",
        "Fans can look forward to Claire Foy, who returns on 10 November.", "2024-10-01", []),
    row("modifiers after a coordinated clause's article",
        "Ironheart follows in June, and the animated Eyes of Wakanda is slated for August.",
        "2024-12-20", ["Ironheart S1 2025-06-01..2025-06-30 month",
                       "Eyes of Wakanda S1 2025-08-01..2025-08-31 month"]),
    row("an adverb between commas after the subject",
        "Taylor Sheridan's Lioness, meanwhile, is not coming back until at least 2026.",
        "2025-03-04", ["Lioness S? 2026-01-01..2026-12-31 year"]),
    row("an apposition led by a participle",
        "The follow-up finally has a name: The Paper, set at a struggling Midwestern newspaper, "
        "will premiere on Peacock in September.", "2025-04-10",
        ["The Paper S1 2025-09-01..2025-09-30 month"]),
    row("a hyphenated capitalized modifier",
        "The Office-style mockumentary Such Brave Girls returns for a second series later this "
        "year.", "2024-09-12", ["Such Brave Girls S2 2024-09-13..2024-12-31 year"]),
    row("the final series has no number",
        "The final series of Brassic lands in January.", "2024-09-12",
        ["Brassic S? 2025-01-01..2025-01-31 month"]),
    row("a label ending in a date and a colon before the title",
        "Week of January 1: American Primeval, a violent western from Peter Berg, debuts "
        "January 9.", "2024-12-20", ["American Primeval S1 2025-01-09 day"]),
    row("is heading back",
        "Villa Nights is heading back to Mallorca. Season 7 of the dating show will "
        "debut Tuesday, June 3.",
        "2025-05-10", ["Villa Nights S7 2025-06-03 day"]),
    row("sets summer premiere date",
        "Villa Nights sets summer premiere date\n\nSeason 7 of the dating show will debut "
        "Tuesday, June 3.",
        "2025-05-10", ["Villa Nights S7 2025-06-03 day"]),
    row("a cast of three-word names returns for the new season",
        "Copper Lane season 4 drops on Wednesday, June 25. Maria Ann Holt, Dev Patelson "
        "and Rosa Lee Grant return for the new season, and the network has already "
        "renewed the comedy for a fifth season.",
        "2025-05-21", ["Copper Lane S4 2025-06-25 day", "Copper Lane S5 tba"]),
    row("the topic is the show the sentence dated",
        "Great news for Mercer fans: Harbor Lights season 3 will arrive on Wednesday 16"
        " September. A fourth season has already been given the green light.",
        "2026-08-12", ["Harbor Lights S3 2026-09-16 day", "Harbor Lights S4 tba"]),
    row("an author's surname before his spinoff",
        "Harbor Lights series 2 arrives on Wednesday 16 September. There is no word yet"
        " on the Marsh spinoff. The new series adapts Nick Marsh's novel. A third "
        "series has already been given the green light.",
        "2026-08-12", ["Harbor Lights S2 2026-09-16 day", "Harbor Lights S3 tba"]),
    row("a season subject with no title is the topic's, not a later clause's",
        "Copper Lane is ending. The fifth and final season arrives in 2026, the "
        "showrunner said, with a prequel, Iron Gate, to follow.",
        "2025-06-10", ["Copper Lane S5 2026-01-01..2026-12-31 year"]),
    row("followed on a date by the show named after it",
        "Harbor Lights season 4 debuts June 25, followed on July 15 by the new limited "
        "series Copper Lane.",
        "2025-05-01", ["Harbor Lights S4 2025-06-25 day", "Copper Lane S1 2025-07-15 day"]),
    row("a colon list after 'on the calendar'",
        "Also on the calendar: Ember Road on August 12 and the animated Copper Lane "
        "revival on August 4.",
        "2025-05-01", ["Ember Road S1 2025-08-12 day", "Copper Lane S? 2025-08-04 day"]),
    row("two titles with their seasons in parentheses remain on track",
        "Harbor Lights (season 22) and Copper Lane (season 9) remain on track for their"
        " October 9 returns.",
        "2025-07-10", ["Harbor Lights S22 2025-10-09 day", "Copper Lane S9 2025-10-09 day"]),
    row("a title before its descriptor noun and the verb",
        "The streamer confirmed that the animated Copper Lane limited series premieres "
        "September 24, and Harbor Lights arrives in December.",
        "2025-08-10",
        ["Copper Lane S1 2025-09-24 day", "Harbor Lights S1 2025-12-01..2025-12-31 month"]),
    row("a genre word before 'fans' is no title",
        "Velvet Road returns for season 2 on December 11.\n\nDocumentary fans get Ocean "
        "Floor on December 3, and the film Sinners begins streaming on December 19.",
        "2026-11-20", ["Velvet Road S2 2026-12-11 day"]),
    row("a film subject in one clause, a show with its own date in the next",
        "The film Harvest Moon begins streaming on December 19, and the drama Salt "
        "Flats returns for season 2 on January 9.",
        "2026-11-20", ["Salt Flats S2 2027-01-09 day"]),
    row("'newcomer' before a one-word title, no article",
        "Lakeside keeps its Thursday slot, while newcomer Marlowe debuts Monday, March "
        "1 at 10 p.m.",
        "2026-11-10", ["Marlowe S1 2027-03-01 day"]),
    row("a show that wraps its season is a title for the next sentence's renewal",
        "Lakeside season 3 returns January 8. The network also said Bright Hollow will "
        "wrap its fifth season in May. It has already renewed the comedy through a "
        "sixth season, which is expected in fall 2027.",
        "2026-11-10",
        ["Lakeside S3 2027-01-08 day", "Bright Hollow S6 2027-09-01..2027-11-30 season"]),
    row("a spinoff's new name is the title that premieres",
        "The Lakeside spinoff, now titled Harbor Road, will premiere in September on "
        "Peacock.",
        "2025-05-15", ["Harbor Road S1 2025-09-01..2025-09-30 month"]),
    row("a season's subtitle is not a new show",
        "The fourth season of Night Shift, subtitled Dark Water, arrives on January 14.",
        "2025-11-15", ["Night Shift S4 2026-01-14 day"]),
    row("a verb before a headline's colon: no title; a streaming service is no release cue",
        "Apple TV Unveils Winter Slate: Coral Bay, Night Shift and More\n\nApple's "
        "streaming service has filled its first-quarter calendar. Coral Bay returns for"
        " season 2 on January 28.",
        "2025-12-10", ["Coral Bay S2 2026-01-28 day"]),
    row("the start of an anime season of the calendar is no show's date",
        "Blue Lantern has been renewed for a third season.\n\nCrunchyroll has rolled out "
        "the first batch of titles for the winter 2027 season, which kicks off in early"
        " January. Iron Tide season 2 begins streaming on Friday, January 8, 2027.",
        "2026-11-20", ["Blue Lantern S3 tba", "Iron Tide S2 2027-01-08 day"]),
    row("a final season the show concluded with is not a renewal",
        "Netflix's animated spinoff series, Low Tide, is due in 2026. The flagship "
        "series concluded with its fourth and final season, which was released in two "
        "parts last winter.",
        "2025-06-12", ["Low Tide S1 2026-01-01..2026-12-31 year"]),
    row("a title ending in an abbreviated year",
        "Netflix's first animated spinoff series, Tales From '85, is due in 2026.",
        "2025-06-12", ["Tales From '85 S1 2026-01-01..2026-12-31 year"]),
    row("'followed by X at 10 p.m.': the same night, the time not in the title",
        "Lakeside returns for season 3 on Wednesday, January 6, followed by Night Shift"
        " at 10 p.m.",
        "2026-11-12", ["Lakeside S3 2027-01-06 day", "Night Shift S? 2027-01-06 day"]),
    row("a film in apposition to the clause's subject keeps its date",
        "Gunn's next project, the film Iron Crown, is slated for July 9, 2027, and the "
        "animated series Night Shift returns for its second season in 2026.",
        "2025-10-20", ["Night Shift S2 2026-01-01..2026-12-31 year"]),
    row("a network label before a title that starts with a modal-like name; a weekday with its date in parentheses",
        "Also on ABC: Will Harper returns Tuesday (Jan. 12) for its fifth season, and "
        "the new legal drama Coral Bay premieres Feb. 4.",
        "2026-12-30", ["Will Harper S5 2027-01-12 day", "Coral Bay S1 2027-02-04 day"]),
    row("'X is in production on its third season' names X for the TBA after it",
        "Night Shift season 4 is set to debut in late 2026. Harbor Lights, meanwhile, "
        "is in production on its third season in the UK, with no release window yet.",
        "2025-06-20", ["Night Shift S4 2026-09-01..2026-12-31 year", "Harbor Lights S3 tba"]),
    row("'has moved X up' names X; the next sentence's season is X's",
        "Paramount+ has moved Lakeside up. The crime drama's fourth season, originally "
        "due in the fall, will now launch Sunday, April 11, the streamer said.",
        "2026-11-20", ["Lakeside S4 2027-04-11 day"]),
    row("a subtitle's last word after 'The' stays in the title",
        "Adult Swim also said the spinoff Lakeside: The Anime has been renewed, with a "
        "second season expected in 2028.",
        "2026-11-20", ["Lakeside: The Anime S2 2028-01-01..2028-12-31 year"]),
    row("'newcomer X' after a dash, with an apposition before 'starts'",
        "Harbor Lights is not coming back — it was axed in 2025 — but newcomer The "
        "Keeper, a thriller set in Leeds, starts on 9 February.",
        "2026-12-10", ["The Keeper S1 2027-02-09 day"]),
    row("two titles and two dates, 'respectively'",
        "Coral Bay and Night Shift, the network's two new dramas, will premiere Sunday,"
        " Oct. 6 and Wednesday, Oct. 9, respectively.",
        "2019-06-13", ["Coral Bay S1 2019-10-06 day", "Night Shift S1 2019-10-09 day"]),
    row("two titles and two dates in order, no 'respectively'",
        "Lakeside and Harbor Lights will return on Monday, Oct. 7 and Friday, Oct. 11.",
        "2019-06-13", ["Lakeside S? 2019-10-07 day", "Harbor Lights S? 2019-10-11 day"]),
    row("a story arc named by its show's possessive is the show's season",
        "Iron Tide's Harbor District Arc, which serves as the show's second season, "
        "premieres on December 5.",
        "2021-09-25", ["Iron Tide S2 2021-12-05 day"]),
    row("'will begin streaming on' after a title",
        "Crunchyroll confirmed that Blue Lantern will begin streaming on January 9, "
        "2022.",
        "2021-09-25", ["Blue Lantern S1 2022-01-09 day"]),
    row("'Both shows return in the fall': the last two titles named",
        "CBS's Lakeside closed its third season on Sunday with 9.1 million viewers.\n\n"
        "The network renewed the drama for a fourth season in March. Harbor Lights, "
        "which also wrapped on Thursday, drew 7.4 million. Both shows return in the "
        "fall.",
        "2025-05-13",
        ["Harbor Lights S? 2025-09-01..2025-11-30 season", "Lakeside S4 2025-09-01..2025-11-30 season"]),
    row("a several-word label before a title: 'Coming in February: X season 10 and ...'",
        "New on the streamer in January\n\nComing in February: Night Shift season 10 and "
        "the final season of Harbor Lights.",
        "2026-12-20",
        ["Harbor Lights S? 2027-02-01..2027-02-28 month", "Night Shift S10 2027-02-01..2027-02-28 month"]),
    row("'new episodes of A, B and C': all three",
        "The animated Sunday lineup returns on Jan. 10 with new episodes of Lakeside, "
        "Maria's Garden and Night Shift.",
        "2026-11-20",
        ["Lakeside S? 2027-01-10 day", "Maria's Garden S? 2027-01-10 day", "Night Shift S? 2027-01-10 day"]),
    row("a bare hour after a title is a time ('The Floor at 8')",
        "Monday, Jan. 11, brings a new season of Coral Bay at 8.",
        "2026-11-20", ["Coral Bay S? 2027-01-11 day"]),
    row("a guide's 'Title: The ... series returns' line names its title",
        "Your guide to the spinoffs\n\nNorth Gate: The college-set series returns for its"
        " second season on September 17, 2025.\n\nRelease date: to be announced.",
        "2025-06-20", ["North Gate S2 2025-09-17 day"]),
    row("a weekday owned by a network is a title ('Netflix's Wednesday')",
        "Netflix's Wednesday returns for season 3 on Netflix in the summer.",
        "2026-11-25", ["Wednesday S3 2027-06-01..2027-08-31 season"]),
    row("'X itself will conclude with its fifth season, which premieres ...'",
        "Amazon has confirmed that Low Tide will arrive in 2027. Harbor Lights itself "
        "will conclude with its fifth season, which premieres April 8, 2026.",
        "2025-12-01",
        ["Low Tide S1 2027-01-01..2027-12-31 year", "Harbor Lights S5 2026-04-08 day"]),
    row("a show named as the parent of a follow-up gets no date",
        "Streamer sets 2027 dates for 'Harbor Lights' follow-up and 'Night Shift'\n\n"
        "Night Shift returns for its third season in March 2027.",
        "2026-11-20", ["Night Shift S3 2027-03-01..2027-03-31 month"]),
    row("a headline's 'and More' is no title",
        "What to Watch This Week: The Harbor, The Night Shift, The Low Tide and More "
        "(Jan. 6-12)\n\nThe Night Shift returns for its second season on Jan. 8.",
        "2025-01-05", ["The Night Shift S2 2025-01-08 day"]),
    row("a question's auxiliary is not part of the title ('Is X renewed for season 3?')",
        "The Low Tide season 3: everything we know\n\nIs The Low Tide renewed for season "
        "3?\n\nYes. The network confirmed the renewal in April.",
        "2025-06-02", ["The Low Tide S3 tba"]),
    row("'the X series, is now targeting early 2027'",
        "And the biggest project on the slate, the Harbor Lights series, is now "
        "targeting early 2027 for its first season.",
        "2025-10-14", ["Harbor Lights S1 2027-01-01..2027-04-30 year"]),
    row("a short title before 'and the' is the long one ('Percy Jackson')",
        "Dana Ross and the Olympians (season 3) | Disney+ | Winter 2027\n\nDisney+ "
        "expects Dana Ross's third season to arrive in winter 2027.",
        "2026-05-12", ["Dana Ross and the Olympians S3 2026-12-01..2027-02-28 season"]),
    row("a headline's 'special' does not make the next paragraph's title a special",
        "Low Tide series 15: January return date, plus Christmas special details\n\nLow "
        "Tide will be back on our screens on Sunday 4 January, the BBC has confirmed, "
        "with the 15th series launching at 8pm.",
        "2025-10-20", ["Low Tide S15 2026-01-04 day"]),
    row("'X is another familiar January fixture, and series 15 is set to air in early 2026'",
        "Low Tide is another familiar January fixture, and series 15 is set to air in "
        "early 2026.",
        "2025-10-20", ["Low Tide S15 2026-01-01..2026-04-30 year"]),
    row("under a show's heading, actors named first do not take the show's date",
        "Autumn TV: what to watch\n\nHarbor Lights: The Last Chapter (BBC One)\n\nNearly a "
        "decade after the first series, Dana Ross and Sam Hill return for the second "
        "and final series of Harbor Lights. The BBC has confirmed it will air in "
        "November.",
        "2024-08-28", ["Harbor Lights S2 2024-11-01..2024-11-30 month"]),
    row("a one-word short form of a longer title ('Strictly')",
        "Quizzing Over Britain (BBC One)\n\nAfter a difficult summer, Quizzing is back "
        "for its 22nd series with the launch show on Saturday 14 September.",
        "2024-08-28", ["Quizzing Over Britain S22 2024-09-14 day"]),
    row("'The Monday comedy hour launches Monday, Sept. 30, when X begins its seventh season'",
        "Summer comes first. Low Tide opens its 26th season on Wednesday, July 17.\n\nThe"
        " Monday comedy hour launches Monday, Sept. 30, when Harbor Lights begins its "
        "seventh season.",
        "2024-06-20", ["Low Tide S26 2024-07-17 day", "Harbor Lights S7 2024-09-30 day"]),
    row("'X, now on its 47th edition, and Y, on its 37th, both return ...'",
        "'Low Tide' and 'The Night Shift' lead off Sept. 18\n\nLow Tide, now on its 47th "
        "edition, and The Night Shift, on its 37th, both return Wednesday, Sept. 18.",
        "2024-06-20", ["Low Tide S47 2024-09-18 day", "The Night Shift S? 2024-09-18 day"]),
    row("'A and B, which enters its second season' when A is a show of its own",
        "Harbor Lights premieres Sunday, Sept. 22.\n\nThursday, Oct. 17: the night leads "
        "into Night Shift (season 4), Harbor Lights and Low Tide, which enters its "
        "second season.",
        "2024-06-20",
        ["Harbor Lights S1 2024-09-22 day", "Night Shift S4 2024-10-17 day", "Low Tide S2 2024-10-17 day"]),
    row("'being held for midseason' is a coming window",
        "Two dramas are being held for midseason: the new medical series Harbor Lights,"
        " and Low Tide, which returns for its fifth season.",
        "2024-06-20",
        ["Harbor Lights S1 2025-01-01..2025-03-31 season", "Low Tide S5 2025-01-01..2025-03-31 season"]),
    row("'Season 5 moves Emily to Rome and debuts Dec. 18': what moves is not a title",
        "Every show's status\n\nLow Tide: Season 2 arrives Oct. 16.\n\nHarbor Lights: "
        "Season 5 moves Emily to Rome and debuts Dec. 18.\n\nNight Shift: Renewed for "
        "season 4.",
        "2025-09-05",
        ["Low Tide S2 2025-10-16 day", "Harbor Lights S5 2025-12-18 day", "Night Shift S4 tba"]),
    row("a title ending in a far-off year ('Blade Runner 2099') is a title, not a label",
        "The streamer's sci-fi series Harbor Lights 2099, starring Dana Ross, is now "
        "slated for Q4.",
        "2026-07-22", ["Harbor Lights 2099 S1 2026-10-01..2026-12-31 quarter"]),
    row("'A and A: B follow on Thursday' is two titles when A is one",
        "Law & Lights premieres Monday, Sept. 30.\n\nLaw & Lights and Law & Lights: "
        "Origins follow on Thursday, Oct. 3.",
        "2024-08-15",
        ["Law & Lights S1 2024-09-30 day", "Law & Lights: Origins S1 2024-10-03 day"]),
    row("'The Emmy-winning mockumentary returns ...' is the topic, not a title named later",
        "Harbor Lights fans will have to wait a little longer.\n\nThe Emmy-winning "
        "mockumentary returns Wednesday, Oct. 9 with a one-hour Season 4 opener, and "
        "will anchor a comedy block alongside Low Tide, the new sitcom, which is being "
        "held until January.",
        "2024-07-11",
        ["Harbor Lights S4 2024-10-09 day", "Low Tide S1 2025-01-01..2025-01-31 month"]),
    row("three shows in one sentence: 'X, adapted from ..., rides in first, in January, with Y's long-delayed third season following in April and Z season 3 arriving in summer 2026'",
        "Low Tide finished filming in the spring.\n\nAfter that, fans get a double "
        "helping. Harbor Lights, adapted from the Dunk and Egg novellas, rides in "
        "first, in January, with Low Tide's long-delayed third season following in "
        "April and Night Shift season 3 arriving in summer 2026.",
        "2025-09-29",
        ["Harbor Lights S1 2026-01-01..2026-01-31 month", "Low Tide S3 2026-04-01..2026-04-30 month", "Night Shift S3 2026-06-01..2026-08-31 season"]),
    row("an apposition between dashes: 'X — the detective drama starring ... — is due sometime in 2026'",
        "Over in the DC corner, Harbor Lights — the detective drama starring Dana Ross "
        "as a space cop — is due sometime in 2026.",
        "2025-09-29", ["Harbor Lights S1 2026-01-01..2026-12-31 year"]),
    row("'HBO's X series, a new adaptation of ..., is targeting early 2027'",
        "HBO's Harbor Lights series, a new adaptation of the seven novels with each "
        "season tackling one book, is targeting early 2027.",
        "2025-09-29", ["Harbor Lights S1 2027-01-01..2027-04-30 year"]),
    row("a title alone after a colon, then 'HBO has renewed the series ...; a premiere before 2027 looks unlikely'",
        "Every HBO series coming through 2027\n\nLow Tide arrives Sunday, Oct. 26.\n\nNot "
        "on this list: Harbor Lights. HBO has renewed the series for a third season, "
        "but a premiere before 2027 looks unlikely, and no date has been set.",
        "2025-09-29", ["Low Tide S1 2025-10-26 day", "Harbor Lights S3 tba"]),
    row("'X's fourth season, with ..., and the fifth season of Y arrive on October 30 and December 18, respectively'",
        "'Harbor Lights' and 'Low Tide' get dates\n\nLater in the year, Harbor Lights's "
        "fourth season, with a new lead taking over, and the fifth season of Low Tide "
        "arrive on October 30 and December 18, respectively.",
        "2025-06-10", ["Harbor Lights S4 2025-10-30 day", "Low Tide S5 2025-12-18 day"]),
    row("a headline that 'Picks Up' two new shows makes neither a returning one",
        "CBS Picks Up 'Harbor Lights' and 'Low Tide' for 2025-26 Season; 'Night Shift' "
        "Back for Season 3\n\nHarbor Lights and Low Tide will both air this fall.",
        "2025-05-14",
        ["Harbor Lights S1 2025-09-01..2025-11-30 season", "Low Tide S1 2025-09-01..2025-11-30 season"]),
    row("paragraphs led by a title alone ('The Regime. Kate Winslet plays ...') are about that show",
        "HBO's 2024 slate\n\nHere's everything the network lined up.\n\nHarbor Lights. A "
        "star plays the chancellor of a crumbling state in this limited series. It "
        "premieres Sunday, March 3.\n\nLow Tide. The third season of the comedy returns "
        "this spring.\n\nNight Shift. The crime saga lands this fall.\n\nWhat wasn't on the"
        " list? Dusk Patrol. HBO has yet to set a premiere date for the third season of"
        " the teen drama.",
        "2024-02-15",
        ["Harbor Lights S1 2024-03-03 day", "Low Tide S3 2024-03-01..2024-05-31 season", "Night Shift S1 2024-09-01..2024-11-30 season", "Dusk Patrol S3 tba"]),
    row("a forum tag before the headline's title ('[MEGATHREAD] The Boys')",
        "[MEGATHREAD] Harbor Lights Season 5 FAQ: release date, episodes\n\nQ: When does "
        "season 5 come out?\nA: Wednesday, April 8, 2026 on Prime Video.",
        "2025-11-20", ["Harbor Lights S5 2026-04-08 day"]),
    row("'renewed for a 19th season, which will air next fall': the renewed show's, not the star's",
        "CBC renews Harbor Watch\n\nCBC said Wednesday that Harbor Watch, the period "
        "procedural starring Yannick Delorme, has been renewed for a 19th season, which"
        " will air next fall. Two newcomers will appear alongside Delorme.",
        "2025-04-02", ["Harbor Watch S19 2025-09-01..2025-11-30 season"]),
    row("headings of a show-by-show roundup name shows, even one no cue named; 'the creator of X' names X in passing",
        "BBC unveils its festive schedule: Harbor Watch, Cold Ledger and more\n\nThe BBC "
        "has revealed its line-up.\n\nA Winter Ghost Story\n\nSteven Knight, the creator of"
        " Harbor Watch, has reimagined a Victorian novella as a three-part drama. It "
        "begins on Sunday 22 December on BBC One.\n\nCold Ledger\n\nThe three-part thriller"
        " will air from Sunday 29 December.\n\nHarbor Watch\n\nSeries 6 begins on 1 "
        "January.",
        "2019-12-10",
        ["A Winter Ghost Story S1 2019-12-22 day", "Cold Ledger S1 2019-12-29 day", "Harbor Watch S6 2020-01-01 day"]),
    row("under a numbered item 'Title, season 2 (Network)', a character's 'X, the palace's poison-taster, is back' and a past 'Season one was ...' keep the item's show and season",
        "15 shows to watch this winter\n\nHere are the shows worth your time, from "
        "'Harbor Lights' to 'Cold Ledger'.\n\n11. Harbor Lights, season 2 (Netflix)\n"
        "Maomao, the palace's sharpest poison-taster, is back in January for a second "
        "season.\n\n14. Cold Ledger, season 2 (Netflix)\nThe agent is now in New York. "
        "Season one was the streamer's fourth most-watched series ever. It returns on "
        "Thursday 23 January.",
        "2024-11-25",
        ["Harbor Lights S2 2025-01-01..2025-01-31 month", "Cold Ledger S2 2025-01-23 day"]),
    row("'X opens season 3 <date>': the title before a verb that opens a numbered season",
        "Harbor Lights opens season 3 the next evening, Wednesday, Oct. 10, before the "
        "new drama Night Orchard.",
        "2018-06-13", ["Harbor Lights S3 2018-10-10 day"]),
    row("'X, now in its 14th season, comes back <date>': an aside between subject and verb",
        "Night Orchard, now in its 14th season, comes back Thursday, Oct. 11.",
        "2018-06-13", ["Night Orchard S14 2018-10-11 day"]),
    row("'X gets things going with its fifth season <date>'",
        "The Glass Orchard gets things going with its fifth season on Tuesday, Oct. 9.",
        "2018-06-13", ["The Glass Orchard S5 2018-10-09 day"]),
    row("'X opens <date>, and leads into Y that same night': Y's date too",
        "The Glass Orchard returns for its fifth season on Tuesday, Oct. 9, and leads "
        "into the second season of Harbor Lights that same night.",
        "2018-06-13", ["The Glass Orchard S5 2018-10-09 day", "Harbor Lights S2 2018-10-09 day"]),
    row("'X leads off in fall 2020': a schedule's first premiere",
        "Five series now have windows. Harbor Lights leads off in fall 2020.",
        "2019-07-21", ["Harbor Lights S1 2020-09-01..2020-11-30 season"]),
    row("'X: the third installment, with A playing twins alongside B and C, is coming in April'",
        "Night Orchard: The third installment, with Dana Whitlock playing rival sisters"
        " alongside Carla Brennan and Mira Okafor, is coming in April.",
        "2017-01-12", ["Night Orchard S3 2017-04-01..2017-04-30 month"]),
    row("a headline's quoted title ends at its closing quote: ''Harbor Lights' Final Season Will Premiere in April'",
        "'Harbor Lights' Final Season Will Premiere in April 2019, Network Reveals\n\nThe"
        " eighth and final season of Harbor Lights will premiere in April 2019.",
        "2018-12-04", ["Harbor Lights S8 2019-04-01..2019-04-30 month"]),
    row("'the studio will bring back X for S2 in July'",
        "Anime news\n\nThe same studio will bring back Harbor Lights for S2 in July.",
        "2023-02-20", ["Harbor Lights S2 2023-07-01..2023-07-31 month"]),
    row("'X finished its second cour in December, and the second season is slated for October'",
        "Anime news\n\nNight x Orchard finished its second cour in December, and the "
        "second season is slated for October 2023.",
        "2023-02-20", ["Night x Orchard S2 2023-10-01..2023-10-31 month"]),
    row("'Studio's adaptation of X, the thriller, will premiere <date>': the adaptation is the show",
        "Anime news\n\nKumo Works's adaptation of Glass no Tower, the idol thriller, will"
        " premiere Wednesday, April 12.",
        "2023-02-20", ["Glass no Tower S1 2023-04-12 day"]),
    row("'a show called X on FX. What is it?' names X (the title ends at 'FX.'); 'It premieres' is X's",
        "Ask the TV guy: your premiere questions, answered\n\nQ: I saw ads for a show "
        "called Harbor Lights on FX. What is it?\n\nA: A private-eye drama. It premieres "
        "Wednesday, Sept. 8, at 10 p.m.",
        "2010-08-30", ["Harbor Lights S1 2010-09-08 day"]),
    row("'Q: X is moving to Thursdays?' / 'after Y moved, it picked X. The third season premieres ...': X's",
        "Ask the TV guy: your premiere questions, answered\n\nQ: Night Orchard is moving "
        "to Thursdays?! Why would the network do that?\n\nA: The network needed an anchor"
        " after Glass Tower moved, and it picked Night Orchard. The third season "
        "premieres Thursday, Sept. 23.",
        "2010-08-30", ["Night Orchard S3 2010-09-23 day"]),
    row("'room for X, the comedy from ...': the apposition calls X a show",
        "The network cleared its Friday slot to make room for Night Orchard, the comedy"
        " from the team behind Harbor Lights, and it arrives Friday, May 5.",
        "2017-04-12", ["Night Orchard S1 2017-05-05 day"]),
    row("'X also survives to see a fifth season': a renewal",
        "Harbor Lights also survives to see a fifth season.",
        "2017-05-12", ["Harbor Lights S5 tba"]),
    row("'X, the crime drama from producers A and B, arrives this summer, as does Y, an anthology'",
        "Two other projects are closer. Harbor Lights, the coastal crime drama from "
        "executive producers Dana Whitlock and Carla Brennan, arrives this summer, as "
        "does Night Orchard, an episodic anthology set in the same town.",
        "2022-02-04",
        ["Harbor Lights S1 2022-06-01..2022-08-31 season", "Night Orchard S1 2022-06-01..2022-08-31 season"]),
    row("'Shonda Rhimes' Scandal, with X as ..., premieres <date>': the creator's name is no part of the title",
        "Spring brings two more. Dana Rhimes' Harbor Lights, with Mira Okafor as a "
        "crisis fixer, premieres Thursday, April 5 at 10/9c.",
        "2012-01-10", ["Harbor Lights S1 2012-04-05 day"]),
    row("a subject with two appositives before 'gets a two-hour launch'",
        "Winter plans\n\nHarbor Lights, a found-footage thriller from Mira Okafor, the "
        "director behind the Night Orchard films, gets a two-hour launch Tuesday, Feb. "
        "10 at 8/7c.",
        "2025-12-01", ["Harbor Lights S1 2026-02-10 day"]),
    row("'The X's fourth season, which introduces ..., arrives next month': no person's name begins with 'The'",
        "Dated\n\nThe Harbor Lights' fourth season, which introduces Mira Okafor as a "
        "young duchess, arrives next month.",
        "2020-10-05", ["The Harbor Lights S4 2020-11-01..2020-11-30 month"]),
    row("'X, reuniting A and B, is slated for fall 2020': a participle's apposition",
        "The slate\n\nThen came the streaming side. Harbor Lights, reuniting Mira Okafor "
        "and Dev Patelo, is slated for fall 2020 on the service.",
        "2019-07-21", ["Harbor Lights S1 2020-09-01..2020-11-30 season"]),
    row("'X, in which ..., rounds out the list in fall 2021'",
        "The slate\n\nNight Orchard, in which Mira Okafor's archer trains a young "
        "recruit, rounds out the list in fall 2021.",
        "2019-07-21", ["Night Orchard S1 2021-09-01..2021-11-30 season"]),
    row("a book in emphasis right before 'novels': 'Okafor's *Night Orchard* novels' (after 'an adaptation of')",
        "Cable news\n\nThe network confirmed that the final season of *Harbor Lights*, "
        "the pair's adaptation of Mira Okafor's *Night Orchard* novels, will premiere "
        "in April 2019.",
        "2018-11-13", ["Harbor Lights S? 2019-04-01..2019-04-30 month"]),
    row("'a person's second run' is no season of a show named after the person",
        "Winter drama guide\n\nHarbor Lights series 12, Mira Okafor's second run in the "
        "lead, starts on New Year's Day.",
        "2019-11-12", ["Harbor Lights S12 2020-01-01 day"]),
    row("'X 100: Y of the Dead, the comedy about ..., will join the summer lineup': one title with its colon",
        "Summer anime\n\nHarbor 100: Bucket List of the Tide, the comedy about an "
        "overworked clerk who feels free once the flood hits, will join the summer "
        "lineup in July.",
        "2023-06-01", ["Harbor 100: Bucket List of the Tide S1 2023-07-01..2023-07-31 month"]),
    row("'Channel 4 has promised X, a sitcom about ..., in early 2018': the title a promise names",
        "Drama news\n\nChannel 4, meanwhile, has promised Harbor Lights, Mira Okafor's "
        "sitcom about a group of teenagers in 1990s Belfast, in early 2018.",
        "2017-08-15", ["Harbor Lights S1 2018-01-01..2018-04-30 year"]),
    row("'JTBC has scheduled X, a comedy-drama starring ..., to premiere on Saturday, April 15'",
        "K-drama news\n\nJTBC has scheduled Harbor Lights, a comedy-drama starring Mira "
        "Okafor as a housewife who returns to medicine, to premiere on Saturday, April "
        "15.",
        "2023-01-18", ["Harbor Lights S1 2023-04-15 day"]),
    row("'X starts its 33rd cycle' (a cycle is a season)",
        "Fall schedule news\n\nOn Wednesday, Sept. 21, Harbor Lights starts its 33rd "
        "cycle with a 90-minute episode.",
        "2016-06-29", ["Harbor Lights S33 2016-09-21 day"]),
    row("'Both arrive Thursday, Oct. 27': the two shows just named",
        "Fall schedule news\n\nHarbor Lights comes back for its fourth season, and the "
        "comedy Night Orchard is new. Both arrive Thursday, Oct. 27.",
        "2016-06-29", ["Harbor Lights S4 2016-10-27 day", "Night Orchard S1 2016-10-27 day"]),
    row("'New Girl kicks off its fifth season next Tuesday': 'New' opens a two-word title",
        "Winter preview\n\nBack before you know it\n\nNew Orchard kicks off its fifth "
        "season next Tuesday, minus its star for a stretch.",
        "2015-12-29", ["New Orchard S5 2016-01-05 day"]),
    row("'X — an animated comedy from ... about ... — launches on Sunday, Jan. 3, following a new episode of Y': a long dash apposition; an episode of Y is no premiere of Y",
        "Winter preview\n\nBefore any of that, Harbor Lights — an animated comedy from "
        "Night Orchard executive producer Mira Okafor about a border agent and his "
        "Mexican-born neighbor — launches on Sunday, Jan. 3, following a new episode of"
        " The Simpsons.",
        "2015-12-29", ["Harbor Lights S1 2016-01-03 day"]),
    row("'X settles into the 9 p.m. hour' on a date",
        "Winter preview\n\nAnd on Monday, Jan. 25, Harbor Lights settles into the 9 p.m. "
        "hour after the network's big premiere night.",
        "2015-12-29", ["Harbor Lights S1 2016-01-25 day"]),
    row("a network of two words owns the title: 'against BBC One's X, which returns for its second series on Sunday 4 September'",
        "Autumn line-up\n\nThe channel has scheduled its drama directly against BBC One's"
        " Nightfall, which returns for its second series on Sunday 4 September.",
        "2016-08-16", ["Nightfall S2 2016-09-04 day"]),
    row("'X makes its long-awaited comeback' on a date",
        "Autumn line-up\n\nThe following evening, on Monday 5 September, Harbor Lights "
        "makes its long-awaited comeback, 13 years after the fifth series ended.",
        "2016-08-16", ["Harbor Lights S6 2016-09-05 day"]),
    row("'X has been recommissioned for a ninth series' after another show's paragraph",
        "Further ahead\n\nNight Orchard will end with its third series.\n\nHarbor Lights "
        "has been recommissioned for a ninth series, although its writer has not "
        "written a word of it yet.",
        "2016-08-16", ["Night Orchard S3 tba", "Harbor Lights S9 tba"]),
    row("'CTV's X, filmed in Nova Scotia but produced out of Toronto, brings its third season to the network this spring'",
        "Toronto-shot shows\n\nCTV's Harbor's Crossing, filmed in Nova Scotia but "
        "produced out of Toronto, brings its third season to the network this spring.",
        "2025-01-15", ["Harbor's Crossing S3 2025-03-01..2025-05-31 season"]),
    row("'\"X,\" the \"Y\" spinoff starring ..., arrives Sept. 18': the date is X's, not the show it spun off from",
        "Expo news\n\nOn the streaming side, \"Harbor Lights,\" the \"Night Orchard\" spinoff"
        " starring Mira Okafor, arrives Sept. 18 with two episodes.",
        "2024-08-10", ["Harbor Lights S1 2024-09-18 day"]),
    row("a headline label with a year: 'AnimeJapan 2025 Roundup: X Season 2 Dated'",
        "AnimeJapan 2025 Roundup: Harbor Lights Season 2 Dated, Spring Shows Stay Quiet"
        "\n\nThe studio confirmed that the second season of Harbor Lights will premiere "
        "in July 2025.",
        "2025-03-30", ["Harbor Lights S2 2025-07-01..2025-07-31 month"]),
    row("a two-name cast after 'with' is no part of the title: 'the romantic comedy X with Mira Okafor and Dev Patelo, premieres'",
        "K-drama slate\n\nIts next big weekend drama, the romantic comedy Harbor Lights "
        "with Mira Okafor and Dev Patelo, premieres on Saturday, August 17.",
        "2024-08-02", ["Harbor Lights S1 2024-08-17 day"]),
    row("'Person's X, produced with Adult Swim, debuts on Toonami on Saturday, April 5'",
        "Spring anime\n\nMira Okafor's Harbor, produced with Adult Swim, debuts on "
        "Toonami on Saturday, April 5.",
        "2025-03-30", ["Harbor S1 2025-04-05 day"]),
    row("a talk show's host is part of its title: 'Late Night with Dev Patelo' stays whole",
        "Late-night news\n\nLate Night with Dev Patelo returns with new episodes on "
        "Monday, Oct. 2.",
        "2023-09-28", ["Late Night with Dev Patelo S? 2023-10-02 day"]),
    row("a film's name inside a longer show title is the show's: '\"Harbor: Prophecy,\" a series set in the universe of the Harbor films, ... is expected to premiere in 2024'",
        "HBO's slate\n\nIts studio moved the second \"Harbor\" film from November to March "
        "this week.\n\n\"Harbor: Prophecy,\" a series set in the universe of the Harbor "
        "films, finished shooting in Budapest and is expected to premiere in 2024.",
        "2023-08-09", ["Harbor: Prophecy S1 2024-01-01..2024-12-31 year"]),
    row("'X is the best drama on television' names a show",
        "Coming back next year\n\nOrchard Lane is the best drama on television, and I "
        "will keep saying so. The fourth season arrives in early 2027.",
        "2026-11-20", ["Orchard Lane S4 2027-01-01..2027-04-30 year"]),
    row("a headline's 'I'll' is no title",
        "These are the returns I'll be watching next year\n\nHarbor Lights returns for "
        "its third season in March.",
        "2026-11-20", ["Harbor Lights S3 2027-03-01..2027-03-31 month"]),
    row("'Then there is X, which was the best show on television' names a show",
        "What to watch this summer\n\nThen there is Orchard Lane, which was the best show"
        " on television last year that nobody watched. The family drama returns this "
        "summer for its second season.",
        "2026-05-08", ["Orchard Lane S2 2026-06-01..2026-08-31 season"]),
    row("an 'Elsewhere' section heading is no show (and takes no date)",
        "After the finale: what to watch next\n\nHarbor Lights returns Sunday, June 7, "
        "for its second season.\n\nElsewhere\n\nHulu has Lantern Row, a six-part adaptation"
        " of a thriller, premiering May 15, and it is worth your time.",
        "2026-05-08", ["Harbor Lights S2 2026-06-07 day", "Lantern Row S1 2026-05-15 day"]),
    row("'X: The Movie ... arrives May 31' is a film, not the section's show",
        "What to watch this summer\n\nThen there is Orchard Lane, which was the best show"
        " on television last year. The family drama returns this summer for its second "
        "season, and the network has not set a date.\n\nOne more note: the long-awaited "
        "Harbor Lights: The Movie, which reunites the original cast, arrives May 31. It"
        " is a film, not a new season.",
        "2026-05-08", ["Orchard Lane S2 2026-06-01..2026-08-31 season"]),
    row("'A and B return as Alex and Rachel in the second season' names actors, not a show",
        "Local dramas heading your way\n\nHarbor Lights (ABC)\n\nMaya Tran and Rosa Diaz "
        "return as Nell and the Premier in the second season of the political thriller,"
        " which the ABC says will arrive in the coming weeks.",
        "2021-10-12", ["Harbor Lights S2 2021-10-13..2021-11-23 week"]),
    row("'The other is Lantern Row.' names the show the paragraph then dates",
        "Podcasts becoming TV this fall\n\nThe streamer has two horses in the race. "
        "Harbor Lights, an adaptation of a fiction podcast, arrives Friday, Nov. 6.\n\n"
        "The other is Lantern Row. The creepy-history podcast got a half-scripted "
        "anthology last year, and its second season hits the service Friday, Oct. 23.",
        "2026-09-18", ["Harbor Lights S1 2026-11-06 day", "Lantern Row S2 2026-10-23 day"]),
    row("'Facebook Watch has ordered X' names a platform, not a show",
        "Not everything is close. Facebook Watch has ordered Orchard Lane, based on an "
        "audio drama about a vanished town. It is expected in 2027.",
        "2026-09-18", ["Orchard Lane S1 2027-01-01..2027-12-31 year"]),
    row("'fresh off the prequel X' under a show's heading leaves the section's show the topic",
        "The shows we can't wait to watch in 2027\n\n8. Harbor Lights: Resurrection\n\nThe "
        "star is back again, fresh off the prequel Original Tide. The network is aiming"
        " for mid-2027 for the new series, which follows the detective to New York.",
        "2027-01-03", ["Harbor Lights: Resurrection S1 2027-05-01..2027-08-31 year"]),
    row("'brings back Nell Tran for Harbor Lights: City Limits' names the show, not the character",
        "Three dates worth circling\n\nFX brings back Nell Tran for Harbor Lights: City "
        "Limits, an eight-episode limited series. It premieres Tuesday, July 18, with "
        "two episodes.",
        "2023-07-13", ["Harbor Lights: City Limits S1 2023-07-18 day"]),
    row("'X, Jane Doe's spy drama inspired by ..., has been recommissioned' describes a show by its maker's possessive",
        "The broadcaster, meanwhile, has confirmed that Orchard Lane, Maya Tran's Kent-"
        "set drama inspired by two real cases, has been recommissioned for a second "
        "series, but no transmission date has been set.",
        "2026-03-02", ["Orchard Lane S2 tba"]),
    row("'Jane Doe's return to sitcoms' names a star, not a show",
        "Orchard Lane (ABC). Maya Tran's return to sitcoms was not ready for screening;"
        " ABC is holding it for a launch in November.",
        "2026-09-07", ["Orchard Lane S1 2026-11-01..2026-11-30 month"]),
    row("'are behind Break Point, a new series that follows ...' names the show in any position",
        "The same producers are behind Harbor Point, a new series that follows young "
        "tennis players on tour. It debuts in January.",
        "2026-07-15", ["Harbor Point S1 2027-01-01..2027-01-31 month"]),
    row("'teamed with X Productions and Y Films on Quarterback' names the show, not the makers",
        "The streamer has teamed with Maya Tran's Orchard Productions and Lantern Films"
        " on Quarterback Row, which will follow three players through this coming "
        "season; it is expected in summer 2027.",
        "2026-07-15", ["Quarterback Row S1 2027-06-01..2027-08-31 season"]),
    row("'First up is X, Jane Doe's six-part thriller ...' names X",
        "BBC One reveals its autumn line-up\n\nFirst up is Harbor Watch, Maya Tran's six-"
        "part thriller starring a newcomer as a protection officer. It begins on Sunday"
        " 30 August at 9pm.",
        "2026-08-20", ["Harbor Watch S1 2026-08-30 day"]),
    row("'Andrew Davies' six-part adaptation of X, with ..., is set for December' names X",
        "The channel has more to come. Jonas Davies' six-part adaptation of Orchard "
        "Lane, with a newcomer as the widow, is set for December.",
        "2026-08-20", ["Orchard Lane S1 2026-12-01..2026-12-31 month"]),
    row("'marooned in Fiji for Island Quest, the second season of the show's cycle' names the show, not 'Fiji for ...'",
        "The network has unveiled the castaways who will be marooned in Fiji for Island"
        " Quest, the second season of the show's new cycle. The new season premieres "
        "Wednesday, Feb. 25.",
        "2026-02-18", ["Island Quest S2 2026-02-25 day"]),
    row("'the Curtis \"50 Cent\" Jackson-produced series' quotes a nickname, not a title",
        "The network's top-rated drama Harbor Lights returns for its fourth season on "
        "June 25. The network has already handed the Curtis \"50 Cent\" Jackson-produced "
        "series a fifth season, slated for 2027.",
        "2026-06-20",
        ["Harbor Lights S4 2026-06-25 day", "Harbor Lights S5 2027-01-01..2027-12-31 year"]),
    row("'Netflix's X was the most prominent casualty' names X, whose final season is then undated",
        "Strike throws the calendar into doubt\n\nNetflix's Harbor Lights was the most "
        "prominent casualty this week. The creators said writing on the fifth and final"
        " season continues, but production cannot move forward. Netflix has not "
        "announced a release date for the final season.",
        "2026-05-12", ["Harbor Lights S5 tba"]),
    row("'X, HBO's Green Lantern series, is set for August 2027' names X, not the franchise",
        "Separately, Lanterns, HBO's Green Lantern series, is set for August 2027.",
        "2026-05-12", ["Lanterns S1 2027-08-01..2027-08-31 month"]),
    row("'HBO's Casey Bloys said' names a person, not a show",
        "HBO's Casey Bloys said the network is in no rush. Harbor Lights returns in "
        "March.",
        "2026-05-12", ["Harbor Lights S? 2027-03-01..2027-03-31 month"]),
    row("a headline's count of shows ('Two New Dramas Arrive in August') is no title",
        "Two New Dramas Arrive in August\n\nHarbor Lights returns for its fifth season on"
        " Tuesday, Aug. 11.",
        "2026-07-15", ["Harbor Lights S5 2026-08-11 day"]),
    row("a headline's verb after a count ('Two Docuseries Arrive') is no title",
        "From Harbor Lights to Orchard Lane, Two Docuseries Arrive in August\n\nHarbor "
        "Lights returns for its fifth season on Tuesday, Aug. 11.",
        "2026-07-15", ["Harbor Lights S5 2026-08-11 day"]),
    row("a title before ', which opens its sixth season' is the subject",
        "The late slot now goes to Harbor Lights, which opens its sixth season on "
        "Monday, Jan. 4.",
        "2026-11-20", ["Harbor Lights S6 2027-01-04 day"]),
    row("what 'the relaunch of' names is a title",
        "The Sunday relaunch of Orchard Lane is finally set: the drama's fourth season "
        "premieres Sunday, March 7.",
        "2026-11-20", ["Orchard Lane S4 2027-03-07 day"]),
    row("a name that 'has been off the air' is a show's",
        "You also produce Orchard Lane, which has been off the air for two years.\n\n"
        "Orchard Lane is the one fans ask about. Its second season is finished, and it "
        "comes back next spring.",
        "2026-07-25", ["Orchard Lane S2 2027-03-01..2027-05-31 season"]),
    row("'the first series since X' does not make X the subject of the date",
        "Night Owls, the first new comedy from the studio since Harbor Lights went off "
        "the air in 2019, will debut in January 2027.",
        "2026-07-25", ["Night Owls S1 2027-01-01..2027-01-31 month"]),
    row("what 'the set of' names is a title",
        "Night Owls, the new Disney+ series, streams next month.\n\nThe photo everyone "
        "shared, taken on the set of Orchard Lane, comes from the upcoming third "
        "season, which Hulu will launch on June 28.",
        "2026-05-20",
        ["Night Owls S1 2026-06-01..2026-06-30 month", "Orchard Lane S3 2026-06-28 day"]),
    row("a headline's 'X Among Returning Shows' ends the title before 'Among'",
        "Streamers Line Up Sequels for 2026: Orchard Lane, Night Owls Among Returning "
        "Shows\n\nThe streamer confirmed that Night Owls returns for a third season on "
        "May 8.",
        "2026-03-12", ["Night Owls S3 2026-05-08 day"]),
    row("paragraphs led by their titles: a lowercase-first title, small words, a title ending at its period",
        "Revivals on the way\n\nHere is where the reboots stand.\n\nOrchard Lane. The "
        "reboot debuts July 8.\n\niHarbor. The streamer's new comedy premieres June 17.\n\n"
        "Saved by the Night. The update returns for a second season on Sept. 3.\n\nNight "
        "Owls: New Dawn. Mara Quinn's detective comes back for a fourth season on Oct. "
        "4.",
        "2026-05-14",
        ["Orchard Lane S1 2026-07-08 day", "iHarbor S1 2026-06-17 day", "Saved by the Night S2 2026-09-03 day", "Night Owls: New Dawn S4 2026-10-04 day"]),
    row("what a network rescued or said goodbye to is a title",
        "Fox said goodbye to Orchard Lane last week, but NBC rescued the comedy the "
        "next day with a sixth season. NBC has not said when it will air.",
        "2026-05-20", ["Orchard Lane S6 tba"]),
    row("'X, which CBS cancelled in May' names a title",
        "Missing from the list is Night Owls P.I., which CBS cancelled in May after "
        "four seasons. NBC has since picked it up for a fifth season, though the "
        "network has not said when it will air.",
        "2026-07-06", ["Night Owls P.I. S5 tba"]),
    row("'X just wrapped a blockbuster fourth season' names a title",
        "Reality TV news\n\nThe Orchard just wrapped a blockbuster fourth season on "
        "Peacock. The good news for fans: Peacock has already renewed the show for a "
        "fifth season, with a date to be announced.",
        "2026-02-10", ["The Orchard S5 tba"]),
    row("'starts the new year with X': X premieres that day",
        "Holiday TV guide\n\nNetflix's new fantasy arrives Dec. 20. And on Jan. 1, the "
        "streamer starts the new year with Orchard Lane, a thriller about a small-town "
        "cult.",
        "2026-11-25", ["Orchard Lane S1 2027-01-01 day"]),
    row("'its new X series, <an aside>, will premiere' names a title",
        "Cable news\n\nFX, not to be outdone, said its new Orchard Lane series, inspired "
        "by the brothers' film, will premiere on April 15.",
        "2026-11-25", ["Orchard Lane S1 2027-04-15 day"]),
    row("a name with 'of' after 'by' is a title, not a person",
        "CBC's fall is anchored by family favourite Night Owls, which starts its sixth "
        "season Sunday, Sept. 27, and by Republic of Orchards, which returns for a "
        "fourth season this fall.",
        "2026-06-06",
        ["Night Owls S6 2026-09-27 day", "Republic of Orchards S4 2026-09-01..2026-11-30 season"]),
    row("'as has the new X' makes X a new show",
        "NBC sets its fall\n\n\"Orchard Lane,\" entering its sixth and final season, has "
        "been held for midseason, as has the new \"Night Owls,\" a prequel series spun "
        "off from the film franchise.",
        "2026-06-22",
        ["Orchard Lane S6 2027-01-01..2027-03-31 season", "Night Owls S1 2027-01-01..2027-03-31 season"]),
    row("a quoted title with a slash between two names",
        "TV picks\n\nWORTH YOUR TUESDAY: FX's \"Mara/Verdon,\" an eight-part limited "
        "series, premieres Tuesday, April 7.",
        "2026-04-01", ["Mara/Verdon S1 2026-04-07 day"]),
    row("'Stephen King-inspired' is a modifier, not a title",
        "Anthologies return\n\n\"Night Owls\": Hulu's Stephen King-inspired anthology will "
        "return later this year with a new story.",
        "2026-01-11", ["Night Owls S? 2026-01-12..2026-12-31 year"]),
    row("'X, heading into its sixth and final season, is being held for midseason' names X",
        "NBC sets its fall\n\nNot everything is on the fall board. Orchard Lane, heading "
        "into its sixth and final season, is being held for midseason, when it will "
        "move to Fridays.",
        "2026-06-28", ["Orchard Lane S6 2027-01-01..2027-03-31 season"]),
    row("a headline's 'Winter Slate:' label is no part of a title",
        "K-Drama Winter Slate: Orchard Lane Returns, Night Owls Heats Up\n\nThe main "
        "event, of course, is Orchard Lane. Season two of the survival thriller will be"
        " released worldwide on Thursday, Dec. 24.",
        "2026-12-10", ["Orchard Lane S2 2026-12-24 day"]),
    row("'the wait goes on for X, the spinoff of Y': X is the topic, and Y named in passing",
        "K-Drama winter slate\n\nThe new year is crowded for fans of Korean television.\n\n"
        "The wait goes on for Orchard Lane, the spinoff of Night Owls that follows a "
        "group of first-year residents. Originally slated for last spring, it was held "
        "back by a strike and is now expected in the first half of 2027.",
        "2026-12-18", ["Orchard Lane S1 2027-01-01..2027-06-30 half"]),
    row("'the first of the new cartoons to launch is X': X is a title",
        "Nickelodeon's slate\n\nThe network presented its programming on Tuesday.\n\nThe "
        "first of the new cartoons to launch is Orchard Lane, about a well-behaved "
        "young bird. It premieres Sunday, March 29.",
        "2026-03-04", ["Orchard Lane S1 2026-03-29 day"]),
    row("'Among' opening a sentence is no title",
        "Nickelodeon's slate\n\nThe network presented its programming on Tuesday.\n\nAmong "
        "returning shows, Orchard Lane, about a cheerleader turned quarterback, has "
        "been renewed for a second season.",
        "2026-03-04", ["Orchard Lane S2 tba"]),
    row("'X, a political satire starring ..., will follow in March' names X",
        "HBO's slate\n\nThe first big release of the year premieres Sunday, January 10.\n\n"
        "Orchard Lane, a political satire starring Kate Winslet as the leader of a "
        "crumbling regime, will follow in March.",
        "2026-11-08", ["Orchard Lane S1 2027-03-01..2027-03-31 month"]),
    row("'the long-promised X series remains on track for a 2028 debut' names X",
        "HBO's slate\n\nLooking further out, Night Owls will return for its second season"
        " in 2027. The long-promised Orchard Lane series remains on track for a 2028 "
        "debut, with each season adapting one book.",
        "2026-11-08",
        ["Night Owls S2 2027-01-01..2027-12-31 year", "Orchard Lane S1 2028-01-01..2028-12-31 year"]),
    row("'The headline act is X.' names the guide's first title",
        "Everything coming to Hulu in July\n\nSummer viewing picks up next month.\n\nThe "
        "headline act is Orchard Lane. Hulu's revival reunites the crew for the show's "
        "eleventh season, with new episodes dropping weekly starting July 24.",
        "2026-06-24", ["Orchard Lane S11 2026-07-24 day"]),
    row("'The run starts with X.' names the guide's first title",
        "Summer of love: dating shows set to return\n\nSome of it has dates attached.\n\n"
        "The run starts with The Orchard. The host hands out roses when the 15th season"
        " premieres Monday, May 11.",
        "2026-05-02", ["The Orchard S15 2026-05-11 day"]),
    row("'X, renewed for a second season in November, is expected' names X",
        "Fox sets its spring\n\nThe network confirmed its dates on Thursday.\n\nMeanwhile, "
        "Seth MacFarlane's Orchard Lane, renewed for a second season in November, is "
        "expected to return late in 2026.",
        "2026-02-15", ["Orchard Lane S2 2026-09-01..2026-12-31 year"]),
    row("'After NBC cancelled the comedy' opens a clause, not a title",
        "Streaming news\n\nAfter NBC cancelled the comedy, Hulu rescued it; the new "
        "season arrives March 3.",
        "2019-01-10", []),
    row("'Moves Up to July': 'Up' is the verb's particle, no title",
        "Night Ferry Moves Up to July\n\nThe Scandinavian-set thriller, first planned for"
        " the fall, will now arrive on July 11.",
        "2025-02-20", ["Night Ferry S1 2025-07-11"]),
    row("'A and B will both return as the couple' names a cast, and a headline's 'With A and B Back' too",
        "Corner House Revival Lands at Spectrum, With Dana Hill and Mark Stone Back\n\n"
        "The streamer has reached a deal to revive Corner House, the sitcom about a "
        "bickering couple in Queens. Dana Hill and Mark Stone will both return as the "
        "married pair. No premiere date has been set.",
        "2018-12-17", ["Corner House S? tba"]),
    row("'Network Pushes Back X' names X, not 'Back'",
        "Fox Pushes Back Gold Creek to Midseason\n\nThe drama, first set for this fall, "
        "will now arrive in midseason.",
        "2023-09-01", ["Gold Creek S1 2024-01-01..2024-03-31 season"]),
    row("'X was renewed ..., and Anna and Harbor will be back next year': the characters of Killing Harbor",
        "British dramas\n\nKilling Harbor was renewed for a third series by the BBC in "
        "January, and the network says Anna and Harbor will be back on screens next "
        "year.",
        "2019-08-02", ["Killing Harbor S3 2020-01-01..2020-12-31 year"]),
    row("three modifiers before a subject: 'the animated superhero hit X returns'",
        "Before that, the animated superhero hit Nightjar returns for season three on May "
        "6.",
        "2026-02-02", ["Nightjar S3 2026-05-06"]),
    row("'Star Wars Resistance' is a title, not a star named Wars Resistance",
        "Star Wars Vanguard has been renewed for a second season.",
        "2019-03-04", ["Star Wars Vanguard S2 tba"]),
    row("'Disney XD has renewed X': a network of two words, not a title 'XD'",
        "Disney XD has renewed Pocket Pirates for a third season.",
        "2016-02-10", ["Pocket Pirates S3 tba"]),
    row("'Network's X revival, which ..., opens with a two-hour premiere': a network's possessive before a title and its kind",
        "Starz's Cold Harbor revival, which picks up the story 20 years after the second "
        "season, opens with a two-hour premiere on Sunday, May 21. The network is calling "
        "it the show's third season.",
        "2017-05-10", ["Cold Harbor S3 2017-05-21"]),
    row("'the second season of Wednesday' names the show Wednesday, as a season's owner",
        "The streamer says the third season of Wednesday will arrive on Aug. 6.",
        "2026-02-19", ["Wednesday S3 2026-08-06"]),
    row("'David Duchovny and Gillian Anderson return on Sunday' names a cast: the date is the revival's",
        "Fox has locked in its six-episode revival of Night Glass, which the network is "
        "billing as the show's fifth season. Daniel Price and Helen Marsh return on Sunday,"
        " Jan. 24, right after the NFC Championship Game.",
        "2016-01-14", ["Night Glass S5 2016-01-24"]),
    row("a show named after its hero keeps its name when the text gives it a season ('X will return for a fourth season')",
        "Apple TV+ confirmed Wednesday that Sally Brandt will return for a fourth season.",
        "2025-03-26", ["Sally Brandt S4 tba"]),
    row("a show named after its hero keeps its name after an owner's possessive ('Marvel's Luke Cage')",
        "Marvel's Tony Vance, starring Mike Colter, will premiere later in the year.",
        "2016-01-14", ["Tony Vance S1 2016-01-15..2016-12-31 year"]),
    row("'the return of Ben (Jaren Lewison)': a character and the actor who plays him, not the topic a season is read from",
        "'Late Bloomers' Season 3 Trailer: Devi Finally Has a Boyfriend\n"
        "\n"
        "The trailer teases new insecurities and the return of Milo (Jaren Wells), who is "
        "clearly not over anything.\n"
        "\n"
        "The third season of the comedy will premiere on Friday, Aug. 12, with all 10 "
        "episodes at once.",
        "2022-07-19", ["Late Bloomers S3 2022-08-12"]),
    row("'The British romance X, which became a breakout hit after its April premiere, was renewed for seasons 2 and 3 in May'",
        "Netflix has been busy in the teen space. The British romance Paper Hearts, which "
        "became a breakout hit after its April premiere, was renewed for seasons 2 and 3 in"
        " May, though neither has a release date.",
        "2022-07-19", ["Paper Hearts S2 tba", "Paper Hearts S3 tba"]),
    row("'is producing X, a supernatural drama set in ...' names X, which 'it' then means",
        "Outside the franchise, the studio is producing Dry Creek, a supernatural drama set"
        " in a New Mexico retirement community. Netflix says it will arrive later this "
        "year.",
        "2026-02-10", ["Dry Creek S1 2026-02-11..2026-12-31 year"]),
    row("'A and B, the X-Y comedy, is expected later this year' is one title: the apposition and the verb are singular",
        "Meanwhile Rose and Ivy, the Jane Fonda-Lily Tomlin comedy, is expected later this "
        "year.",
        "2015-03-11", ["Rose and Ivy S1 2015-03-12..2015-12-31 year"]),
    row("'X, the first series from Netflix's Millarworld deal, is due ...': a network's deal is no show",
        "Mark Millar's superhero saga Iron Court, the first series from Netflix's "
        "Millarworld deal, is due in the first half of 2021.",
        "2020-11-10", ["Iron Court S1 2021-01-01..2021-06-30 half"]),
    row("'the Fresh Prince reimagining Bel-Air has been renewed': another title, then the new show's kind, before the subject",
        "On the returning front, the Saved by the Bell reimagining Bayside has already been"
        " renewed for a second season, but the date is to be announced.",
        "2022-05-16", ["Bayside S2 tba"]),
    row("'New Gold Mountain, a goldfields mystery produced with a largely Chinese-Australian cast, is set for later in the year': a title that opens with 'New', and no title in the cast's origins",
        "SBS\n"
        "\n"
        "New Iron Hill, a goldfields murder mystery produced with a largely Chinese-"
        "Australian cast, is also set for later in the year.",
        "2021-03-30", ["New Iron Hill S1 2021-03-31..2021-12-31 year"]),
    row("'Jon will be back at Castle Black' after 'where Jon Snow is headed': a given name the text also writes with a surname is a character",
        "Harbor Watch Season 4: What We Know\n"
        "\n"
        "Our favourite night watchman talked about where Jon Frost is headed. Jon will be "
        "back at Castle Grey, he said. So while there is no official premiere date yet for "
        "season 4, a spring 2014 debut is likely.",
        "2013-09-16", ["Harbor Watch S4 2014-03-01..2014-05-31 season"]),
    row("'X, Network's spinoff of Y, ..., premieres Tuesday': X's date, not the show it was spun from",
        "In other news, Gen Z, Amazon's spinoff of The Lads, premieres Wednesday, Sept. 17,"
        " with three episodes.",
        "2025-08-20", ["Gen Z S1 2025-09-17"]),
    row("'Baldwin, Tina Fey, Tracy Morgan and Jane Krakowski will all be back for the comedy's seventh season': a cast, one by surname",
        "'Studio 9' sets its last run\n"
        "\n"
        "NBC said Baldwin, Tina Fox, Tracy Moran and Jane Kraft will all be back for the "
        "comedy's seventh and final season on Thursday, Oct. 4.",
        "2012-08-03", ["Studio 9 S7 2012-10-04"]),
    row("'The \"X\" prequel premieres Sunday, immediately after \"Y\"': neither the show it comes from nor its lead-in",
        "AMC sets a date for 'Lantern Row'\n"
        "\n"
        'The "Old Mill" prequel premieres Sunday, Feb. 8, at 10 p.m., immediately after '
        '"The Long Dead."',
        "2015-01-17", ["Lantern Row S1 2015-02-08"]),
    row("'confirmed that its rebooted The Powerpuff Girls will premiere': a modifier between 'that its' and the title",
        "At its upfront on Tuesday, the channel confirmed that its rebooted The Puff Squad "
        "will premiere Monday, April 4, with a weeklong run of new episodes.",
        "2016-03-02", ["The Puff Squad S1 2016-04-04"]),
    row("'X comes back for series 9 in January, and Y's adaptation of the Agatha Christie novel Z, with A, arrives in February'",
        "Further into the new year, Night Nurses comes back for series 9 in January, and "
        "Sarah Phelps's adaptation of the Agatha Christie novel The Grey Mare, with Rufus "
        "Stone, arrives in February.",
        "2019-11-18", ["Night Nurses S9 2020-01-01..2020-01-31 month", "The Grey Mare S1 2020-02-01..2020-02-29 month"]),
    row("'A will return to \"X\" for its fourth season, which FX will release in June': a guest star, and the quoted show's season",
        'Jamie Lane Curtis will return to "The Grill" for its fourth season, which FX will '
        "release on Hulu in June.",
        "2025-03-14", ["The Grill S4 2025-06-01..2025-06-30 month"]),
    row("'Jon Gries will reprise Greg, the shady husband, for the fourth season ... It will premiere in 2027': a character, and the show's year",
        'One familiar face is checking back in to "The Lotus." Jon Gray will reprise Greg, '
        "the shady husband who first turned up in season one, for the fourth season, which "
        "is shooting in France. HBO says it will premiere in 2027.",
        "2025-06-10", ["The Lotus S4 2027-01-01..2027-12-31 year"]),
    row("'the drama's second season, now overseen by \"X\" producer A, will arrive at midseason': a person's credit names no subject",
        'And NBC is in no rush to bring back "Crash." The network confirmed that the '
        "Broadway drama's second season, now overseen by \"Gossip Lane\" producer Josh "
        "Safran, will instead arrive at midseason.",
        "2012-08-03", ["Crash S2 2013-01-01..2013-03-31 season"]),
    row("'to convince 6,500 fans in Hall H' names no show '6,500'",
        "'Ring Bearers' brings its world to Hall H ahead of Sept. 2 premiere\n"
        "\n"
        'Amazon has spent a fortune on the first season of "Ring Bearers." On Friday, it '
        "spent an hour trying to convince 6,500 fans in Comic-Con's Hall H that the money "
        "was well used.",
        "2022-07-23", ["Ring Bearers S1 2022-09-02"]),
    row("'a busy stretch for Netflix's Korean slate' names no show 'Korean'",
        "'Red Light' Season 2 Gets a Christmas Release\n"
        "\n"
        "The second season of Red Light, the South Korean survival drama, will premiere "
        "December 26, Netflix announced Thursday. The news caps a busy stretch for "
        "Netflix's Korean slate.",
        "2024-08-01", ["Red Light S2 2024-12-26"]),
    row("'\"X,\" Name's series about the \"Showtime\" Celtics, premieres DATE': the quoted title is the subject",
        "\"Fast Break: The Birth of the Celtics Dynasty,\" Ava Ruiz's series about the 1960s "
        '"Showtime" Celtics, premieres Sunday, March 6, on Starz.',
        "2022-02-24", ["Fast Break: The Birth of the Celtics Dynasty S1 2022-03-06"]),
    row("'Name, whose \"X\" lands in July, is the showrunner': the quoted title arrives, not the person",
        'Starz also dated its new thriller. Dana Whitlock, whose "Glass Houses" lands on '
        "HBO in July, is the showrunner.",
        "2018-05-30", ["Glass Houses S1 2018-07-01..2018-07-31 month"]),
    row("'a cooking-show host in the 1950s, which premieres DATE': a decade is no title",
        'Ruth Ng stars in "Formula for Love," adapted from a 2021 bestseller about a '
        "chemist turned TV host in the 1950s, which premieres Oct. 13.",
        "2023-08-15", ["Formula for Love S1 2023-10-13"]),
    row("a quoted title holding date words ('\"Last Week Tonight with ...\"') is the subject, not a date",
        'Closer at hand, "Last Week Tonight with Dana Holt" returns for its sixth season '
        "Sunday, Feb. 17, after a three-month break.",
        "2019-02-05", ["Last Week Tonight with Dana Holt S6 2019-02-17"]),
    row("'\"X,\" a Western from Name (\"A,\" \"B\"), will stream DATE': the credits in parentheses are not the subject",
        "Netflix fills its calendar\n"
        "\n"
        '"Lawless," a seven-episode Western from writer-director Sam Frank ("Logjam," "Out '
        'of Reach"), will stream Wednesday, Nov. 22, the day before Thanksgiving.',
        "2017-10-10", ["Lawless S1 2017-11-22"]),
    row("'\"X,\" a mockumentary set in the same universe as \"Y,\" premieres DATE': X's",
        "And Peacock's \"The Gazette,\" a mockumentary set in the same universe as \"The "
        'Branch," premieres Sept. 4 with a new cast.',
        "2025-07-21", ["The Gazette S1 2025-09-04"]),
    row("'X, Colin Farrell's spinoff of the film Y, premieres DATE': X, not the actor",
        "The Pelican, Colin Farrow's spinoff of the 2022 film The Batwing, premieres "
        "Thursday, Sept. 19.",
        "2024-09-01", ["The Pelican S1 2024-09-19"]),
    row("'the nine-episode \"X\" revival' names a show, not an episode titled X; beside 'X Barr' it is still the show",
        "The whole family is coming home. ABC said the cast has finished shooting the nine-"
        'episode "Rosalie" revival alongside Rosalie Barr and John Goodwin. The new '
        "episodes, effectively the sitcom's 10th season, are slated for midseason.",
        "2017-10-20", ["Rosalie S10 2018-01-01..2018-03-31 season"]),
    row("a cast list after a sentence ending in a character's name is a cast, not titles",
        "Apple TV+ brings back Slow Horses on Wednesday, Sept. 4 for a fourth series. Hugh "
        "Laurie plays Claude Whelan. Saskia Reeves, Christopher Chung, Rosalind Eleazar and"
        " Jonathan Pryce all return.\n"
        "\n"
        "Apple has already commissioned a fifth series, though no transmission date has "
        "been announced.",
        "2024-08-28", ["Slow Horses S4 2024-09-04 day", "Slow Horses S5 tba"]),
    row("'NBC has X returning for its eighth season on June 1' names X",
        "This summer, NBC has American Ninja Warrior returning for its eighth season on "
        "June 1, ahead of the Olympics.",
        "2016-05-15", ["American Ninja Warrior S8 2016-06-01 day"]),
    row("'X will anchor Thursdays when its second season arrives this fall': the subject is the show",
        "Ghosts will anchor Thursdays when its second season arrives this fall, CBS said.",
        "2022-05-18", ["Ghosts S2 2022-09-01..2022-11-30 season"]),
    row("a title right after a sentence that ends in a role word ('... a producer. Nobody Wants This, ...') is no person",
        "Kristen Bell is also a producer. Nobody Wants This, the romantic comedy from Erin "
        "Foster, has been renewed for a third season.",
        "2025-10-21", ["Nobody Wants This S3 tba"]),
    row("initials before a surname still make a person ('George R.R. Martin') after the change above",
        "A Knight of the Seven Kingdoms, adapted from the novellas of George R.R. Martin, "
        "premieres Sunday, Jan. 18 on HBO.",
        "2026-01-05", ["A Knight of the Seven Kingdoms S1 2026-01-18 day"]),
    row("'It's' opening a title is no possessor ('It's Always Sunny in Philadelphia', 'It's a Sin')",
        "Comedy news\n"
        "\n"
        "FXX says It's Always Sunny in Philadelphia will air its 13th season next fall. "
        "Channel 4 said It's a Sin will return for a second series in 2026.",
        "2017-12-05", ["It's Always Sunny in Philadelphia S13 2018-09-01..2018-11-30 season", "It's a Sin S2 2026-01-01..2026-12-31 year"]),
    row("question titles: 'Have I Got News for You, now in its 26th year, returns' and 'Would I Lie to You?, the ...'",
        "Panel shows\n"
        "\n"
        "Have I Got News for You, now in its 26th year, returns to BBC One for series 52 on"
        " Friday 30 September. And Would I Lie to You?, the Rob Brydon-hosted comedy game, "
        "returns for its tenth series in November.",
        "2016-09-05", ["Have I Got News for You S52 2016-09-30 day", "Would I Lie to You? S10 2016-11-01..2016-11-30 month"]),
    row("a title ending in '!' before an appositive comma ('Nailed It!, the baking contest, ...')",
        "Netflix said Nailed It!, the baking contest hosted by Nicole Byer, returns for a "
        "third season in March.",
        "2019-01-10", ["Nailed It! S3 2019-03-01..2019-03-31 month"]),
    row("a studio's acronym possessive ('TVF's Aspirants') is no part of the title",
        "Prime Video streams TVF's Aspirants season 2 from 25 October.",
        "2023-10-01", ["Aspirants S2 2023-10-25 day"]),
    row("a capitalized 'And' inside a sentence opens a title ('And Then There Were None')",
        "Christmas week brings And Then There Were None, a three-part Agatha Christie "
        "adaptation, which starts on BBC One on 26 December.",
        "2015-12-01", ["And Then There Were None S1 2015-12-26 day"]),
    row("'X has its usual Christmas special, and then returns for series 5 on DATE': the sentence's subject",
        "Festive TV\n"
        "\n"
        "Call the Midwife has its usual Christmas special, set in South Africa this year, "
        "and then returns for series 5 on Sunday 17 January.",
        "2015-12-08", ["Call the Midwife S5 2016-01-17 day"]),
    row("'ITV says X, now heading into its eighth series, will be back in the new year'",
        "And ITV says Dancing on Ice, now heading into its eighth series, will be back in "
        "the new year with Phillip Schofield presenting.",
        "2012-07-09", ["Dancing on Ice S8 2013-01-01..2013-04-30 year"]),
    row("a quoted title someone 'rewatched' is an episode seen, not the show a date belongs to",
        "Rick and Morty returns\n"
        "\n"
        'Good news for anyone who has rewatched "Pickle Rick" too often: Adult Swim says '
        "the second half of season 4 returns on Sunday, May 3.",
        "2020-04-10", ["Rick and Morty S4 2020-05-03 day"]),
    row("'outbid HBO and AMC for House of Cards': the networks, and the show they bid for",
        "In March, Netflix outbid HBO and AMC for House of Cards, a political drama "
        "starring Kevin Spacey; the two-season order is expected to begin streaming in late"
        " 2012.",
        "2012-01-20", ["House of Cards S1 2012-09-01..2012-12-31 year", "House of Cards S2 tba"]),
    row("a one-word title the text numbers ('Harrow season three') is the show, even beside a character's full name",
        "ABC's 2021 slate: Harrow season three and Fisk\n"
        "\n"
        "Harrow, starring Ioan Gruffudd as the forensic pathologist Dr Daniel Harrow, will "
        "open its third season on Sunday 14 March. Kitty Flanagan's Fisk, a comedy about a "
        "lawyer, will premiere in May.",
        "2020-11-10", ["Harrow S3 2021-03-14 day", "Fisk S1 2021-05-01..2021-05-31 month"]),
    row("an ellipsis inside a title ('I'm a Celebrity... Get Me Out of Here!') does not end the sentence",
        "Reality TV\n"
        "\n"
        "I'm a Celebrity... Get Me Out of Here! returns for series 25 in November.",
        "2025-08-05", ["I'm a Celebrity... Get Me Out of Here! S25 2025-11-01..2025-11-30 month"]),
    row("'It starts Monday' is the pronoun, even where the film \"It\" is named in the article",
        "Summer TV\n"
        "\n"
        "CBS's \"Salvation,\" about an asteroid on its way to Earth, somehow earned a second "
        "season. It starts Monday, June 25.\n"
        "\n"
        "Hulu's \"Castle Rock\" opens July 25. Bill Skarsgard, who played Pennywise in last "
        "year's \"It,\" stars.",
        "2018-05-15", ["Salvation S2 2018-06-25 day", "Castle Rock S1 2018-07-25 day"]),
    row("'A and B are back in March' under a show's heading: a cast with a surname like 'D'Onofrio', not two titles",
        "Most anticipated of 2026\n"
        "\n"
        "5. Daredevil: Born Again, season 2\n"
        "\n"
        "Charlie Cox and Vincent D'Onofrio are back in March, Disney says, with Krysten "
        "Ritter returning as Jessica Jones.",
        "2026-01-05", ["Daredevil: Born Again S2 2026-03-01..2026-03-31 month"]),
    row("'X is expected to return as Pennywise': an actor returning to a role",
        "Every HBO spinoff\n"
        "\n"
        "It: Welcome to Derry\n"
        "\n"
        "The prequel goes back to 1962. Bill Skarsgard is expected to return as Pennywise, "
        "and the show is planned for 2025.",
        "2024-05-01", ["It: Welcome to Derry S1 2025-01-01..2025-12-31 year"]),
    row("'David Simon and George Pelecanos' The Deuce, the 1970s drama, premieres': two makers and their show",
        "HBO news\n"
        "\n"
        "In the nearer term, David Simon and George Pelecanos' The Deuce, the 1970s Times "
        "Square drama starring James Franco, premieres Sunday, Sept. 10 at 9 p.m.",
        "2017-09-06", ["The Deuce S1 2017-09-10 day"]),
    row("a Title Case headline's 'Final Run Expected in 2018' names no show called 'Final Run'",
        "'Veep' to End With Season 7 at HBO; Final Run Expected in 2018\n"
        "\n"
        "Veep will end with its seventh season, HBO said Wednesday. The final season is "
        "expected to air in 2018.",
        "2017-09-06", ["Veep S7 2018-01-01..2018-12-31 year"]),
    row("'X's adaptation of Y's novel Title, ..., is set for May': the show has the book's title",
        "BBC spring dramas\n"
        "\n"
        "Emily Mortimer's adaptation of Nancy Mitford's novel The Pursuit of Love, starring"
        " Lily James and Andrew Scott, is set for May.",
        "2021-02-26", ["The Pursuit of Love S1 2021-05-01..2021-05-31 month"]),
    row("'Andrew Davies's six-part War and Peace, with ..., opens the new year on DATE': an owner and a modifier before the subject",
        "BBC\n"
        "\n"
        "Andrew Davies's six-part War and Peace, with Lily James as Natasha and Paul Dano "
        "as Pierre, opens the new year on BBC One on Sunday 3 January.",
        "2015-12-08", ["War and Peace S1 2016-01-03 day"]),
    row("'X, six animated shorts following A and B, arrives DATE': the aside's names are not the subject",
        "Star Wars TV\n"
        "\n"
        "- Tales of the Jedi, six animated shorts from Dave Filoni following Ahsoka and "
        "Count Dooku, arrives October 26.",
        "2022-09-12", ["Tales of the Jedi S1 2022-10-26 day"]),
    row("'And Slow Horses, now airing its fourth season, has already been renewed for a fifth' names Slow Horses past the aside",
        "Apple's fall\n"
        "\n"
        "Mythic Quest will return for its fourth season in early 2025. And Slow Horses, now"
        " airing its fourth season, has already been renewed for a fifth, with Gary Oldman "
        "returning as Jackson Lamb.",
        "2024-09-04", ["Mythic Quest S4 2025-01-01..2025-04-30 year", "Slow Horses S5 tba"]),
    row("a quoted title keeps its possessive ('\"Cooper Barrett's Guide to Surviving Life\"'), and 'previously called \"X\"' is the show's old name",
        "New comedies \"Bordertown,\" an animated satire, and \"Cooper Barrett's Guide to "
        'Surviving Life" get a Sunday-night launch on Jan. 3. The Rob Lowe drama "Second '
        'Chance," previously called "The Frankenstein Code," opens Wednesday, Jan. 13.',
        "2015-11-10", ["Bordertown S1 2016-01-03 day", "Cooper Barrett's Guide to Surviving Life S1 2016-01-03 day", "Second Chance S1 2016-01-13 day"]),
    row("'X, the follow-up to last year's Y, on DATE': the date is X's, not the older show's",
        "Netflix dates 'Receiver' for July 10\n"
        "\n"
        "Netflix will kick off its summer of sports documentaries with Receiver, the "
        "follow-up to last year's Quarterback, on Wednesday, July 10, the streamer said.\n"
        "\n"
        "Quarterback, which followed Patrick Mahomes, has been renewed for a second season.",
        "2024-06-18", ["Receiver S1 2024-07-10 day", "Quarterback S2 tba"]),
    row("'Elisabeth Moss, whose Hulu drama was picked up for a fourth season': the drama is hers, so she is no title; the heading's show is renewed",
        "The Handmaid's Tale\n"
        "\n"
        "Elisabeth Moss, whose Hulu drama got picked up for a fourth season in the summer, "
        "said little about June.",
        "2019-09-23", ["The Handmaid's Tale S4 tba"]),
    row("'Scandal star Kerry Washington said the political thriller returns DATE': the show the speaker is credited with",
        "Scandal star Kerry Washington told reporters backstage that the political thriller"
        " returns Feb. 27.",
        "2014-01-09", ["Scandal S? 2014-02-27 day"]),
    row("'X stars A and B said the drama returns DATE': a show's cast (not people who star in something)",
        "Once Upon a Time stars Ginnifer Goodwin and Josh Dallas said the fairy-tale drama "
        "is back March 9 with a new villain.",
        "2014-01-09", ["Once Upon a Time S? 2014-03-09 day"]),
    row("'Sherlock creators A and B have reunited for ...': a credit moves no topic; 'It is due this winter' is the show the paragraph opened with",
        "Then there is Dracula, the BBC's new three-parter. Sherlock creators Mark Gatiss "
        "and Steven Moffat have reunited for it, with Claes Bang as the count. It is due "
        "this winter.",
        "2019-08-28", ["Dracula S1 2019-12-01..2020-02-29 season"]),
    row("'X itself is in production on its third season' and 'Y showed its first teaser for its second season' name their shows (the season is not the topic's)",
        "Shonda Rhimes brought a first look at Queen Charlotte: A Bridgerton Story, the "
        "prequel about the young queen, due early next year. Bridgerton itself is in "
        "production on its third season, with no release date. Shadow and Bone showed its "
        "first teaser for its second season, which comes in 2023.",
        "2022-09-26", ["Queen Charlotte: A Bridgerton Story S1 2023-01-01..2023-04-30 year", "Bridgerton S3 tba", "Shadow and Bone S2 2023-01-01..2023-12-31 year"]),
    row("a year is a title when quoted ('\"1883\" premieres DATE') or described beside it ('1899, the multilingual mystery ..., debuts DATE')",
        '"1883" premieres Dec. 19 on Paramount+. 1899, the multilingual mystery from the '
        "creators of Dark, debuts Nov. 17 on Netflix.",
        "2022-09-26", ["1883 S1 2022-12-19 day", "1899 S1 2022-11-17 day"]),
    row("'- You returns for its fourth season on DATE': a pronoun never takes 'returns', so it is a title",
        "Here is what else is on the way:\n"
        "\n"
        "- You returns for its fourth season on February 9, though only the first half "
        "arrives then.",
        "2023-01-07", ["You S4 2023-02-09 day"]),
    row("'Showtime follows on DATE with X, in which ...': what a network brings that day; 'has already committed to a second season' renews it (and does not re-number the date)",
        "Showtime follows on Feb. 27 with Fast Lane, in which Joseph Gordon-Levitt plays a "
        "founder. The series is built as an anthology, and Showtime has already committed "
        "to a second season.",
        "2022-01-21", ["Fast Lane S1 2022-02-27 day", "Fast Lane S2 tba"]),
    row("a mailbag's 'A: It was supposed to be ...' is an answer's label, not a title 'A: It'; the answer is about the show the question asked about",
        "TV Mailbag\n"
        "\n"
        'Q: What happened to "Snowpiercer"? I thought it was on TBS. - Luis A., Phoenix\n'
        "\n"
        "A: It was supposed to be, for about two years. It finally premieres on TNT on "
        "Sunday, May 17.",
        "2020-04-13", ["Snowpiercer S1 2020-05-17 day"]),
    row("'begin the third season on \"Masterpiece Classic\" on DATE' airs on a strand, which is no title",
        'Q: When do we get the new season of "Downton Abbey"? - Barbara E., Columbus\n'
        "\n"
        "A: British viewers saw it in September. PBS will begin the third season on "
        '"Masterpiece Classic" on Jan. 6.',
        "2012-10-13", ["Downton Abbey S3 2013-01-06 day"]),
    row("'set in occupied Alexandria, Va.': a state after its town is no title",
        "Showtime has the month's sharpest new drama. \"Billions,\" with Paul Giamatti, "
        "premieres Jan. 17.\n"
        "\n"
        'PBS, meanwhile, is trying something new for Sunday nights starting Jan. 17: "Mercy'
        ' Street," a Civil War hospital drama set in occupied Alexandria, Va. It arrives as'
        ' "Downton Abbey" is saying goodbye (the final season started on Jan. 3).',
        "2016-01-03", ["Billions S1 2016-01-17 day", "Mercy Street S1 2016-01-17 day"]),
    row("an encyclopedia article's section headings ('Production', 'Release') are no titles, and the article's show stays its topic",
        "Harbor Lights (season 3)\n"
        "\n"
        "The third season of the American drama series Harbor Lights follows the Keane "
        "family after the storm.\n"
        "\n"
        "Production\n"
        "\n"
        "The network renewed the series for a third season in May 2018. Filming took place "
        "in Vancouver.\n"
        "\n"
        "Release\n"
        "\n"
        "The network announced that the third season is scheduled to premiere on March 15, "
        "2020.",
        "2020-01-20", ["Harbor Lights S3 2020-03-15 day"]),
    row("an encyclopedia article: 'under the tagline \"New World\"' names no show, a series that opens 'with \"The Six Thatchers\"' names its episode, 'the remaining two episodes, \"A\" and \"B\"' are episodes, 'pick-up shots' are filming, and the 'Release' section is about the article's show again",
        "Sherlock (series 4)\n"
        "\n"
        "The fourth series of the British crime drama Sherlock consists of three episodes.\n"
        "\n"
        "Production\n"
        "\n"
        "Filming concluded in August 2016, with pick-up shots completed in the autumn. "
        "Moffat was also developing Dracula for the BBC at the time. A trailer followed "
        'under the tagline "New Year, New Case".\n'
        "\n"
        "Broadcast\n"
        "\n"
        'The fourth series is scheduled to premiere on BBC One on 1 January 2017 with "The '
        'Six Thatchers". The remaining two episodes, "The Lying Detective" and "The Final '
        'Problem", will air on the following Sundays.',
        "2016-11-25", ["Sherlock S4 2017-01-01 day"]),
    row("'rewatching \"X\" from the beginning' names the whole show (a rewatched episode is none); the answer's season starts on its date",
        'Q: I have been rewatching "Game of Thrones" from the beginning. Please tell me the'
        " final season is on its way. - L.M., Spokane\n"
        "\n"
        "A: It is. HBO will start the eighth and final season on April 14, and it is only "
        "six episodes.",
        "2019-03-15", ["Game of Thrones S8 2019-04-14 day"]),
    row("'turned out to be the announcement of X, which is set for DATE': the show announced, not the one whose episode carried it",
        "A teaser at the end of The Mandalorian's latest episode turned out to be the "
        "announcement of The Book of Boba Fett, which is set for December 2021.",
        "2020-12-11", ["The Book of Boba Fett S1 2021-12-01..2021-12-31 month"]),
    row("'EXCLUSIVE: First Look at X Season 2' names X; 'The 10-episode second season drops DATE' is a count, not a title",
        "EXCLUSIVE: First Look at The Crown Season 2 - A Marriage on the Rocks\n"
        "\n"
        "The 10-episode second season drops Friday, Dec. 8, and spans 1956 to 1964.",
        "2017-09-13", ["The Crown S2 2017-12-08 day"]),
    row("a title inside the subject's appositive is not the subject",
        "Ridley Vance's Outpost: Titan, the first TV drama set in the Outpost universe, "
        "opens on Hulu on Tuesday, Aug. 12.",
        "2025-05-13", ["Outpost: Titan S1 2025-08-12 day"]),
    row("an appositive that names the subject keeps it",
        "On Pivot, the Nordic crime thriller Frostline, set in a town where nobody is "
        "allowed to die, arrives Jan. 29.",
        "2015-01-05", ["Frostline S1 2015-01-29 day"]),
    row("a title after a reporting verb",
        "Sources say Lowland Drift won't return until 2026 at the earliest.",
        "2024-08-05", ["Lowland Drift S? 2026-01-01..2026-12-31 year"]),
    row("a title after 'we hear'",
        "We hear Lowland Drift is coming back in the spring.",
        "2024-08-05", ["Lowland Drift S? 2025-03-01..2025-05-31 season"]),
    row("a show that has a premiere date",
        "Lowland Drift finally has a premiere date: Feb. 5.",
        "2024-08-05", ["Lowland Drift S1 2025-02-05 day"]),
    row("a show a network has given a date",
        "HBO has given Lowland Drift a premiere date of Feb. 5.",
        "2024-08-05", ["Lowland Drift S1 2025-02-05 day"]),
    row("a show that lands a windowed premiere",
        "After months of speculation, Lowland Drift has landed a fall premiere.",
        "2024-08-05", ["Lowland Drift S1 2024-09-01..2024-11-30 season"]),
    row("a show that gets a season-and-year premiere",
        "Lowland Drift gets a spring 2025 premiere.",
        "2024-08-05", ["Lowland Drift S1 2025-03-01..2025-05-31 season"]),
    row("two owned titles share a verb",
        "Hulu's Lowland Drift and Apple TV+'s Cold Ridge both return in October.",
        "2024-08-05", ["Lowland Drift S? 2024-10-01..2024-10-31 month", "Cold Ridge S? 2024-10-01..2024-10-31 month"]),
    row("an all-capitals heading of three words with its outlet",
        "Fall guide\n"
        "\n"
        "THE MIDNIGHT HOUR (THE CW)\n"
        "The teen drama starts its eighth and final season Friday, Oct. 21.\n"
        "\n"
        "HARBOR LIGHTS (NBC)\n"
        "The new procedural premieres Monday, Oct. 3.",
        "2016-08-30", ["The Midnight Hour S8 2016-10-21 day", "Harbor Lights S1 2016-10-03 day"]),
    row("a heading that opens with a function word, with its outlet",
        "Fall guide\n"
        "\n"
        "This Is Them (NBC)\n"
        "A tearjerker about siblings who share a birthday. Tuesday, Sept. 20.",
        "2016-08-30", ["This Is Them S1 2016-09-20 day"]),
    row("a place named under a show's heading moves nothing",
        "Fall TV: from Donald Glover's 'Peachtree' to 'Copper Lake'\n"
        "\n"
        "PEACHTREE (FX)\n"
        "The comedy was shot all over town. It premieres Sept. 6.\n"
        "\n"
        "COPPER LAKE (CBS)\n"
        "The reboot filmed its first episodes in Peachtree. It premieres Friday, Sept. 23.",
        "2016-08-30", ["Peachtree S1 2016-09-06 day", "Copper Lake S1 2016-09-23 day"]),
    row("a source work under a show's heading is not the subject",
        "Fall guide\n"
        "\n"
        "UNSURE (HBO)\n"
        "Issa Vance's comedy, based on her web series \"Awkward Days,\" premieres Oct. 9.",
        "2016-08-30", ["Unsure S1 2016-10-09 day"]),
    row("a sentence's 'And' before 'The' is not the title's",
        "And The Pit Crew has been renewed for a fourth season.",
        "2020-09-22", ["Pit Crew S4 tba"]),
    row("the prequel is the show the text is about",
        'You have seen the ads on the buses: the words "Better Call Marcus." AMC has '
        'finally put a date on it. The prequel to "Bad Chemistry" premieres Sunday, Feb. 8,'
        " at 10 p.m.",
        "2015-01-06", ["Better Call Marcus S1 2015-02-08 day"]),
    row("an animated take on another show's gang",
        "Mindy Vale's \"Thelma,\" an adult animated take on the \"Mystery Van\" gang, starts "
        "streaming on Max Jan. 12.",
        "2022-12-20", ["Thelma S1 2023-01-12 day"]),
    row("a cast between the title and its relative clause",
        'AMC brings "The Frozen Sea," with Jared Harris and Ciaran Hinds, which debuts '
        "Monday, March 26, with two episodes.",
        "2018-02-20", ["The Frozen Sea S1 2018-03-26 day"]),
    row("an apposition that carries the date",
        'She has a small part in the third season of "Pine Hollow," the David Lynch revival'
        " arriving May 21 on Showtime.",
        "2017-03-01", ["Pine Hollow S3 2017-05-21 day"]),
    row("characters listed under their show's heading are its cast",
        "On the horizon\n"
        "\n"
        "Merrymakers (Hulu)\n"
        "Zippo, Tocco and Bree are back in a revival that drops all 13 episodes Nov. 20.",
        "2020-11-09", ["Merrymakers S? 2020-11-20 day"]),
    row("a place that names the kind of show under its heading",
        "On the horizon\n"
        "\n"
        "Saved by the Chime (Peacock)\n"
        "The Brookside reboot, with two of the original stars returning, arrives Nov. 25.",
        "2020-11-09", ["Saved by the Chime S? 2020-11-25 day"]),
    row("a show that follows a week later",
        "Madam Minister follows a week later, kicking off its fourth season on Sunday, Oct."
        " 8, at 10 p.m.",
        "2017-07-10", ["Madam Minister S4 2017-10-08 day"]),
    row("a social post embedded in the page names no claim of its own",
        "'Hacks' Creator Talks Season 5\n"
        "\n"
        "The comedy's fifth season premieres April 9 on HBO Max, the network said Tuesday.\n"
        "\n"
        "The gang is back. The Front Desk returns. Season 5 is officially happening. "
        "pic.twitter.com/hacks5date\n"
        "— HBO Max (@hbomax) March 3, 2026\n"
        "\n"
        "More on that soon.",
        "2026-03-03", ["Hacks S5 2026-04-09 day"]),
    row("a show that will have to wait",
        "Prairie Noir will have to wait. FX said Wednesday that it is postponing the fourth"
        " season of the anthology. The network did not give a new date.",
        "2020-03-25", ["Prairie Noir S4 tba"]),
    row("a lineup's titles listed with their time slots",
        "ABC's Thursday block - Grey Ward at 8, Scandalous at 9 and How to Beat a Murder "
        "Rap at 10 - comes back Thursday, Sept. 24.",
        "2015-08-12", ["Grey Ward S? 2015-09-24 day", "Scandalous S? 2015-09-24 day", "How to Beat a Murder Rap S? 2015-09-24 day"]),
    row("a possessive show before a modified season",
        "Lowland Drift's long-awaited second series lands on iPlayer in the autumn.",
        "2024-08-05", ["Lowland Drift S2 2024-09-01..2024-11-30 season"]),
    row("a title before a day-month date",
        "Catch the return of Lowland Drift on 8 September.",
        "2024-08-05", ["Lowland Drift S? 2024-09-08 day"]),
    row("a thread's numbered items ('2/ ...')",
        "TL;DR: Upfronts, explained\n"
        "\n"
        "2/ Grand Promise, ABC's biggest rookie hit, also returns this fall.\n"
        "\n"
        "3/ 7-1-7 is sticking around for season 9 on ABC in the fall.",
        "2025-05-14", ["Grand Promise S2 2025-09-01..2025-11-30 season", "7-1-7 S9 2025-09-01..2025-11-30 season"]),
    row("'Both' before a coordinated subject is not part of the first title",
        "Both Lowland Drift and Cold Ridge return in January.",
        "2016-05-10", ["Lowland Drift S? 2017-01-01..2017-01-31 month", "Cold Ridge S? 2017-01-01..2017-01-31 month"]),
    row("a maker between a title and its relative clause",
        "NBC also picked up Lowland Drift, a drama from Jane Cole, which will air in "
        "midseason.",
        "2016-05-10", ["Lowland Drift S1 2017-01-01..2017-03-31 season"]),
    row("a show after an inverted 'Coming back in January is'",
        "Coming back in January is Lowland Drift, with a new showrunner.",
        "2016-05-10", ["Lowland Drift S? 2017-01-01..2017-01-31 month"]),
    row("an imperative 'Expect' is not part of the title",
        "Expect Lowland Drift's second season to land in June.",
        "2019-05-10", ["Lowland Drift S2 2019-06-01..2019-06-30 month"]),
    row("the show that replaces another on a date",
        "Cold Ridge, canceled after one season, will be replaced by Harbor Lights on Feb. "
        "3.",
        "2014-05-12", ["Harbor Lights S1 2015-02-03 day"]),
    row("a renewed list whose relative clause says they all return",
        "The network also renewed Lowland Drift, Cold Ridge and Harbor Lights, which will "
        "all return in the fall.",
        "2014-05-12", ["Lowland Drift S? 2014-09-01..2014-11-30 season", "Cold Ridge S? 2014-09-01..2014-11-30 season", "Harbor Lights S? 2014-09-01..2014-11-30 season"]),
    row("an inverted subject after a network and a date",
        "Coming to Netflix on Aug. 19 is Lowland Drift.",
        "2022-08-01", ["Lowland Drift S1 2022-08-19 day"]),
    row("two titles after an inverted 'Also returning in the fall are'",
        "Also returning in the fall are Lowland Drift and Cold Ridge.",
        "2022-08-01", ["Lowland Drift S? 2022-09-01..2022-11-30 season", "Cold Ridge S? 2022-09-01..2022-11-30 season"]),
    row("a network's label before the title after a date",
        "Streaming Aug. 19 on Netflix: Lowland Drift, a new thriller from the creator of "
        "Ozark.",
        "2022-08-01", ["Lowland Drift S1 2022-08-19 day"]),
    row("an anime adaptation of a named manga has the manga's title",
        "The anime adaptation of the manga Frost Blade will premiere in April 2024.",
        "2023-10-01", ["Frost Blade S1 2024-04-01..2024-04-30 month"]),
    row("a coordinated title with a singular verb after an aside is one title",
        "Good Omens and Bad Omens aside, Fire and Blood, adapted from the Martin history, "
        "returns for its second season on June 16.",
        "2024-03-01", ["fire and blood S2 2024-06-16"]),
    row("two titles renewed together for plural seasons are two titles",
        "Hulu has renewed Reboot and Shrinking for second seasons. Neither show has a "
        "premiere date.",
        "2022-11-02", ["reboot S2 tba", "shrinking S2 tba"]),
    row("'both shows' renewed: the last two titles named",
        "Apple said Silo will premiere this spring, while Shrinking will follow later this "
        "year. Both shows have already been picked up for second seasons.",
        "2023-02-01", ["silo S1 2023-03-01..2023-05-31 season", "shrinking S1 2023-02-02..2023-12-31 year", "silo S2 tba", "shrinking S2 tba"]),
    row("a network's revival between dashes follows on a date",
        "Ghosts returns to CBS on the first Thursday of October. Paramount+'s Frasier "
        "revival — technically the show's twelfth season, 19 years after NBC ended it — "
        "follows Oct. 12.",
        "2023-07-01", ["ghosts S? 2023-10-05", "frasier S12 2023-10-12"]),
    row("a place's possessive that opens the title is kept",
        "ITV said Britain's Got Talent returns on Saturday 11 April, and Britain is ready "
        "for it.",
        "2020-04-01", ["britain's got talent S? 2020-04-11"]),
    row("a country's possessive before a plain title is dropped",
        "Finland's Deadwind returns on Saturday 11 April.",
        "2020-04-01", ["deadwind S? 2020-04-11"]),
    row("a title described as an adaptation of another show, then 'it'",
        "Sean Bean stars in Shadowline, an adaptation of the Danish drama Borgen Nord, "
        "playing a prison officer; it starts this autumn.",
        "2019-01-10", ["shadowline S1 2019-09-01..2019-11-30 season"]),
    row("'Production on X's third season' names X, and its start is no premiere",
        "Production on Severance's third season begins this month, with Adam Scott "
        "returning; it has no premiere date yet.",
        "2025-06-02", ["severance S3 tba"]),
    row("'And the animated X' opening a sentence is its subject",
        "And the animated Harley Quinn has already been renewed for a fourth season.",
        "2022-08-01", ["harley quinn S4 tba"]),
    row("a subject whose aside tells the date it was first set for",
        "Hawkeye, originally set for Nov. 26, has been moved up to Wednesday, Nov. 24.",
        "2021-09-14", ["hawkeye S1 2021-11-24"]),
    row("'X, with a star, which drops ...': the title, not its star",
        "The one to watch is Netflix's cartel drama Narcos: Mexico, with Diego Luna, which "
        "drops all ten episodes on Nov. 16.",
        "2018-10-01", ["narcos: mexico S1 2018-11-16"]),
    row("a title coming back as an event is no actor coming back as a role",
        "Twin Peaks is coming back as an 18-hour event, technically its third season, in "
        "May.",
        "2017-01-10", ["twin peaks S3 2017-05-01..2017-05-31 month"]),
    row("every title of a list, told by a relative clause about all of them",
        "Holding patterns\n"
        "\n"
        'Not on the fall schedule: the third season of "Shadow Creek," the workplace comedy'
        ' "Night Desk" and the "Harbor Lights" spinoff "Low Tide," all of which the network'
        " is holding for midseason.",
        "2019-05-13", ["Shadow Creek S3 2020-01-01..2020-03-31 season", "Night Desk S1 2020-01-01..2020-03-31 season", "Low Tide S1 2020-01-01..2020-03-31 season"]),
    row("a credit ('X producer Y') is no antecedent of 'the show'",
        "Renewals\n"
        "\n"
        '"Harbor Lights," the maritime drama, gets a third season. Its creator is stepping '
        'back, replaced by "Night Desk" producer Ana Ruiz, and the show will return at '
        "midseason.",
        "2019-05-10", ["Harbor Lights S3 2020-01-01..2020-03-31 season"]),
    row("a renewal 'based on' a novel is the series', not the novel's",
        "Renewed\n"
        "\n"
        'The fourth season of "Harbor Lights" opens Oct. 2. The network has already renewed'
        " the series for a fifth season, based on Quinn's \"Low Tide.\" It has not said when "
        "that one will arrive.",
        "2024-06-12", ["Harbor Lights S5 tba", "Harbor Lights S4 2024-10-02 day"]),
    row("a quoted number as a title, its season counted from the one that ended",
        "Fox news\n"
        "\n"
        'The network confirmed that "9-1-1" will return next May, three years after the '
        "drama's sixth season ended.",
        "2026-06-01", ["9-1-1 S7 2027-05-01..2027-05-31 month"]),
    row("a heading's show that crashes onto screens",
        "Night Orchard (ITV)\nThe new drama crashes onto our screens on Saturday 13 January, with a "
        "cast of twelve.", "2023-12-28", ["Night Orchard S1 2024-01-13 day"]),
    row("a book that finally makes it to the screen, under its show's heading",
        "Harbor Lights (Disney+)\nThe 1990s bestseller finally makes it to the screen in late 2024, "
        "with a cast led by two Oscar winners.", "2023-12-28",
        ["Harbor Lights S1 2024-09-01..2024-12-31 year"]),
    row("an apposition that credits two people before the verb",
        "Glass Tides, Mara Quinn and Tom Field's adaptation of the young-adult novels, will arrive "
        "in the second half of the year.", "2022-05-16", ["Glass Tides S1 2022-07-01..2022-12-31 half"]),
    row("a relative clause after a quoted title whose comma sits inside the quotes",
        'Its spinoff, "Night Orchard," set at a boarding school for young wizards, joins the lineup '
        'this fall on Thursdays, paired with "Harbor Lights," which returns for a record 14th season '
        "this fall.", "2018-05-17",
        ["Night Orchard S1 2018-09-01..2018-11-30 season", "Harbor Lights S14 2018-09-01..2018-11-30 season"]),
    row("a season that picks up a few months after a cliffhanger is no order",
        "Harbor Lights will be back on Friday, June 30, the network said.\n\nThe show's 10-episode "
        "third season picks up a few months after last year's cliffhanger.", "2017-04-19",
        ["Harbor Lights S3 2017-06-30 day"]),
    row("a network that follows that weekday with a new show",
        "NBC follows that Thursday, Jan. 7, with Glass Tides, a crooked-judge drama.", "2015-11-17",
        ["Glass Tides S1 2016-01-07 day"]),
    row("a clause after a semicolon that goes on about the title before it",
        "The network is also sitting on Glass Tides, a 13-episode drama about a flood that cuts off "
        "a town; it is scheduled for April.", "2015-11-17", ["Glass Tides S1 2016-04-01..2016-04-30 month"]),
    row("two creators named before a title as its owners",
        "In the nearer term, Mara Quinn and Tom Fields' The Glass Tides, the 1970s harbour drama "
        "starring two newcomers, premieres Sunday, Sept. 10 at 9 p.m.", "2017-08-01",
        ["The Glass Tides S1 2017-09-10 day"]),
    row("a cast aside between a quoted title and its verb",
        'The schedule, by night:\n\nTUESDAY, SEPT. 23\n"Harbor Lights," the second spinoff of the '
        "network's top-rated drama, with Mara Quinn leading the team, debuts at 9, followed by the "
        'fourth season of "Glass Tides."', "2014-06-24",
        ["Harbor Lights S1 2014-09-23 day", "Glass Tides S4 2014-09-23 day"]),
    row("a lead-out following at a half hour under its night's heading",
        'The schedule, by night:\n\nSUNDAY, SEPT. 21\n"Night Orchard," the new drama starring Mara '
        'Quinn, premieres at 8:30 p.m., with the sixth season of "Harbor Lights" following at 9:30.',
        "2014-06-24", ["Night Orchard S1 2014-09-21 day", "Harbor Lights S6 2014-09-21 day"]),
    row("a network rolling out its lineup is no date for the headline's show",
        "'Harbor Lights' waits until after football\n\nCBS will roll out its fall lineup over a week "
        "starting Sunday, Sept. 21, the network said Tuesday.\n\n\"Harbor Lights\" returns for "
        "season 3 on Thursday, Oct. 30.", "2014-06-24", ["Harbor Lights S3 2014-10-30 day"]),
    row("'So will X': the sentence before's premiere, for another show",
        "- Glass Tides, a disaster drama about a sinkhole, will premiere this fall. So will Night "
        "Orchard, a drama in which one man lives three versions of his life.", "2021-05-14",
        ["Glass Tides S1 2021-09-01..2021-11-30 season", "Night Orchard S1 2021-09-01..2021-11-30 season"]),
    row("a relative clause that brings back a show of its own",
        "'Night Orchard' is back\n\nNight Orchard returns Friday, Feb. 24.\n\nNight Orchard is part "
        "of a busy early 2023 for the network, which also brings back Glass Tides for its second "
        "season on Jan. 13.", "2022-12-14",
        ["Night Orchard S? 2023-02-24 day", "Glass Tides S2 2023-01-13 day"]),
    row("the creator's earlier show named in a credit does not take the topic",
        "The network is launching a new drama behind it. Night Orchard, from Mara Quinn, the creator "
        "of Harbor Lights, follows a group of agents who live in a seized beach house. It premieres "
        "the same night, June 6, at 10.", "2013-05-01", ["Night Orchard S1 2013-06-06 day"]),
    row("daughters who move back home do not make a show a returning one",
        '"Night Orchard," with two empty-nesters whose grown daughters move back home, is slated '
        "for midseason.", "2015-11-17", ["Night Orchard S1 2016-01-01..2016-03-31 season"]),
    row("a preview that gets a date is the premiere",
        'The comedy "Harbor Lights" gets a special two-episode preview Monday, Nov. 30, before '
        "settling into its regular slot in the new year.", "2015-11-13", ["Harbor Lights S1 2015-11-30 day"]),
    row("a negation inside an 'in which' aside does not govern the date",
        'And Mara Quinn\'s "Night Orchard," in which she plays the star of a soap who doesn\'t speak '
        "Spanish, arrives Monday, Dec. 7.", "2015-11-13", ["Night Orchard S1 2015-12-07 day"]),
    row("a lone given name's possessive opens the title",
        "Maya's Secret Garden, the new musical comedy, premieres Jan. 7.", "2019-12-10",
        ["Maya's Secret Garden S1 2020-01-07 day"]),
    row("a negation inside an apposition does not govern the date",
        '"Night Orchard," Mara Quinn\'s series about a mutant who may or may not be mentally ill, '
        "premieres Wednesday, Feb. 8.", "2017-01-13", ["Night Orchard S1 2017-02-08 day"]),
    row("a season the network has dubbed with a name of its own",
        'Fans of "Harbor Lights" will have to wait.\n\nThe network\'s chief said the second season '
        'of Mara Quinn\'s comedy, which the network has dubbed "Robbin\' Season," will arrive in '
        "early 2018.", "2017-01-13", ["Harbor Lights S2 2018-01-01..2018-04-30 year"]),
    row("a film in theaters around the same time is another subject's",
        'Further out, the studio\'s "Harbor Lights," a detective-style take on the corps starring two '
        "newcomers, is slated for the second half of the year, around the same time the studio's "
        '"Glass Tides" movie hits theaters June 26.', "2026-01-02",
        ["Harbor Lights S1 2026-07-01..2026-12-31 half"]),
    row("a headline that says goodbye names no show of that name; a foreign network owns the title",
        "Harbor Lights Says Goodbye for Now — Season 2 Confirmed for Next Year\n\ntvN's Harbor "
        "Lights signed off on Thursday night with its best ratings yet.\n\nThe network confirmed "
        "that the second season will arrive early next year.", "2020-05-30",
        ["Harbor Lights S2 2021-01-01..2021-04-30 year"]),
    row("an elided word is no opening quote inside a title",
        "Harbor Town 'Til I Die, the bleak chronicle of a club's freefall, will be back for a third "
        "and final season on Feb. 8.", "2021-01-01", ["Harbor Town 'Til I Die S3 2021-02-08 day"]),
    row("a show that screens from a date, under its heading",
        "Harbor Lights (ABC TV)\nA family drama about succession at a western Sydney bakery. It "
        "screens from Sunday 11 February at 8.30pm.", "2024-01-15", ["Harbor Lights S1 2024-02-11 day"]),
    row("'Expect it next month' under a show's heading",
        "Night Orchard (ABC TV)\nA 2018 film about the saleswomen of a department store becomes a "
        "six-part series. Expect it next month.", "2024-01-15",
        ["Night Orchard S1 2024-02-01..2024-02-29 month"]),
    row("cast named along with the show's return get no date",
        "Glass Tides (ABC TV)\nThe deadpan probate lawyer is back at the firm for series two in "
        "April, along with Julia Zemiro and Marty Sheargold as the colleagues from hell.",
        "2024-01-15", ["Glass Tides S2 2024-04-01..2024-04-30 month"]),
    row("a network that kicks things off with a show on a date",
        "A&E kicks things off with Harbor Lights, its first scripted drama in years, starring a "
        "sheriff, on Sunday, June 3; the series is adapted from mystery novels.", "2012-05-01",
        ["Harbor Lights S1 2012-06-03 day"]),
    row("a network that follows with the fourth season of a show",
        "USA follows with the fourth season of Night Orchard on Wednesday, June 6, and HBO brings "
        "back Glass Tides for its fifth season on Sunday, June 10.", "2012-05-01",
        ["Night Orchard S4 2012-06-06 day", "Glass Tides S5 2012-06-10 day"]),
    row("a network that has two shows returning on a weekday",
        "FX has Harbor Lights and Night Orchard returning Thursday, June 28.", "2012-05-01",
        ["Harbor Lights S? 2012-06-28 day", "Night Orchard S? 2012-06-28 day"]),
    row("two shows that both return, their seasons untold",
        "The network's Thursday gets its two anchors back the following night, when Harbor Lights "
        "and Night Orchard both return Thursday, June 14.", "2012-05-01",
        ["Harbor Lights S? 2012-06-14 day", "Night Orchard S? 2012-06-14 day"]),
    row("a show that gets his own series on a date",
        "4. Harbor Lights (Netflix)\nThe last of the four street-level heroes gets his own show on "
        "March 17. A newcomer plays the lead.", "2017-01-04", ["Harbor Lights S1 2017-03-17 day"]),
    row("a show that should surface at some point in the year",
        "15. Night Orchard (Netflix)\nA drama about early criminal profiling has been shooting in "
        "Pittsburgh. Netflix hasn't dated it yet, but it should surface at some point in the year.",
        "2017-01-04", ["Night Orchard S1 2017-01-01..2017-12-31 year"]),
    row("a show that skates back for a numbered series",
        "The Masked Singer returns for its fifth series on Saturday 30 December, and Harbor Lights "
        "skates back for series 16 in the new year, with the presenters still to be finalised.",
        "2023-11-03", ["The Masked Singer S5 2023-12-30 day", "Harbor Lights S16 2024-01-01..2024-04-30 year"]),
    row("a show back in production soon has no date from it",
        "Harbor Lights itself is back in production soon. Filming on the fourth series begins in "
        "April, and it is expected to air in 2017.", "2016-01-23",
        ["Harbor Lights S4 2017-01-01..2017-12-31 year"]),
    row("a spin-off named by its apposition",
        "Fans will at least have Glass, the spin-off set at a London academy that a novelist is "
        "writing for the channel, to tide them over. The eight-part series is expected to launch "
        "later this year.", "2016-01-23", ["Glass S1 2016-01-24..2016-12-31 year"]),
    row("a show that will unspool its next season in a month",
        "Glass Tides season 2 is penciled in for summer, Harbor Lights Is the New Night will unspool "
        "its sixth season in July, and the streamer renewed a third show last August.", "2018-01-17",
        ["Glass Tides S2 2018-06-01..2018-08-31 season",
         "Harbor Lights Is the New Night S6 2018-07-01..2018-07-31 month"]),
    row("a title seen only as the owner of its third season",
        "Night Orchard season 2 is penciled in for summer. Harbor Lights's third season is also on "
        "track for later this year, though the studio has not set a date.", "2018-01-17",
        ["Night Orchard S2 2018-06-01..2018-08-31 season", "Harbor Lights S3 2018-01-18..2018-12-31 year"]),
    row("an actor's season under a show's label is the show's",
        "NEXT YEAR — Harbor Lights: Charlie Cox's second season is coming in 2016, with a new "
        "villain. The streamer won't give a month.", "2015-07-15",
        ["Harbor Lights S2 2016-01-01..2016-12-31 year"]),
    row("a network that has a show back for its next season on a date",
        "In the meantime, BBC America has Night Orchard back for its second season this Sunday, "
        "simulcast on its sister channel.", "2019-04-04", ["Night Orchard S2 2019-04-07 day"]),
    row("a show paired with another's numbered season that night",
        "Night Orchard moves to a desert town. It premieres Monday, Aug. 12, paired with the second "
        "season of Harbor Lights, the shaggy beach comedy.", "2019-04-04",
        ["Night Orchard S1 2019-08-12 day", "Harbor Lights S2 2019-08-12 day"]),
    row("bringing a unit back for a long time names no show",
        "Harbor Lights is coming back for a seventh series. \"We've wanted to bring AC-12 back for a "
        "long time,\" the writer said, and the new series should air sometime next year.",
        "2022-11-08", ["Harbor Lights S7 2023-01-01..2023-12-31 year"]),
    row("a date before the show moves back to its old night",
        "First up is Harbor Lights, the courtroom drama that survived a Saturday slot last "
        "year. Its third season premieres Monday, Aug. 13, right after the closing "
        "ceremony, before moving back to Saturdays.",
        "2012-06-19", ["Harbor Lights S3 2012-08-13 day"]),
    row("a surname before 'co-created' is the show's maker, not a title",
        "Walt Ferris leads the way. Harbor Lights, the prison-town drama Ferris co-created "
        "with a former guard, returns for its second season Jan. 15.",
        "2022-10-09", ["Harbor Lights S2 2023-01-15 day"]),
    row("a title known by its clause 'which will not return ... until 2019'",
        "The network has been reshaping its schedule around the absence of Glass Tides, "
        "which will not return with its eighth and final season until 2019.",
        "2018-05-09", ["Glass Tides S8 2019-01-01..2019-12-31 year"]),
    row("'shows like X, the adaptation that launches April 23': X's own clause",
        "The service has made other franchise bets with shows like Harbor Lights, the "
        "fantasy adaptation that launches April 23.",
        "2021-02-17", ["Harbor Lights S1 2021-04-23 day"]),
    row("an author's name in front of an adaptation's title is no part of it",
        "The network said \"Stephen King's Harbor Lights,\" a seven-episode series, will "
        "debut later this year.",
        "2022-01-17", ["Harbor Lights S1 2022-01-18..2022-12-31 year"]),
    row("a state's abbreviation after its city is no title",
        '"Harbor Lights," a steamy legal series set in Charleston, S.C., premieres Sunday, '
        "June 29.",
        "2014-05-12", ["Harbor Lights S1 2014-06-29 day"]),
    row("an episode that is 'the first of three films' and PBS' strand are no shows",
        'The fourth series of Harbor Lights will begin Sunday, Jan. 1 with "Glass Tides," '
        "the first of three 90-minute films, and PBS' Masterpiece will air the episode in "
        "the U.S. the same night.",
        "2016-10-20", ["Harbor Lights S4 2017-01-01 day"]),
    row("PBS's Masterpiece Classic is a strand, not the show it airs",
        'Q: When does "Harbor Lights" return?\n'
        "\n"
        "A: The third season begins on PBS's \"Masterpiece Classic\" on Jan. 6, with a two-"
        "hour episode.",
        "2012-11-11", ["Harbor Lights S3 2013-01-06 day"]),
    row("a title that opens with a question word after a comma",
        "On the comedy side, What We Keep in the Attic, the FX series, premieres tonight at"
        " 10 p.m.",
        "2019-03-27", ["What We Keep in the Attic S1 2019-03-27 day"]),
    row("a title that opens with a question word after a sentence's 'And'",
        "FX also dated two more arrivals. And What We Keep in the Attic opens its fifth "
        "season Thursday, July 13.",
        "2023-05-10", ["What We Keep in the Attic S5 2023-07-13 day"]),
    row("'The Norwegian-set X': a description before the title",
        "The Norwegian-set Harbor Lights, with a rock guitarist, returns for a second "
        "season later this year.",
        "2013-04-04", ["Harbor Lights S2 2013-04-05..2013-12-31 year"]),
    row("a star's comeback vehicle",
        "Dana Cole's comeback vehicle Night Shift Diner, made under an unusual syndication "
        "deal, arrives on the network this summer.",
        "2012-05-01", ["Night Shift Diner S1 2012-06-01..2012-08-31 season"]),
    row("the next edition of an anthology, eyed for a window",
        "The next edition of Cold Case Files is now eyed for early 2018.",
        "2017-01-12", ["Cold Case Files S? 2018-01-01..2018-04-30 year"]),
    row("a title that opens with 'This' in mid-sentence",
        "BBC Three has confirmed a third series of This Harbour, the mockumentary created "
        "by two siblings. No date has been set.",
        "2019-05-14", ["This Harbour S3 tba"]),
    row("a made-with aside between the subject and its verb",
        "Dana Cole's Night Orchard, co-produced with HBO, is on track for June, and the "
        "fourth series of Harbor Lights will arrive in the autumn.",
        "2020-05-12", ["Night Orchard S1 2020-06-01..2020-06-30 month", "Harbor Lights S4 2020-09-01..2020-11-30 season"]),
    row("an unquoted title with a slash in it",
        "Love/Loss will return to RTE One for its fourth series on Sunday 6 October at "
        "9.30pm.",
        "2013-08-28", ["Love/Loss S4 2013-10-06 day"]),
    row("a show's description, then which, then another title later in the clause",
        "FX's Harbor Lights will return for its second season on Tuesday, June 11.\n"
        "\n"
        "FX also set a premiere for Night Orchard, the eight-part limited series about two "
        "dancers. Two stars lead the Broadway-set drama, which debuts Tuesday, April 9 and "
        "takes the slot Harbor Lights will inherit in June.",
        "2019-03-27", ["Harbor Lights S2 2019-06-11 day", "Night Orchard S1 2019-04-09 day"]),
    row("a coming-off aside after the sentence before ends with 'with'",
        "Night Orchard is set for early 2016, with a two-hour pilot opening the run. Harbor"
        " Lights, coming off a record 24 Emmy nominations this month, will be back for its "
        "sixth season next spring.",
        "2015-07-30", ["Night Orchard S1 2016-01-01..2016-04-30 year", "Harbor Lights S6 2016-03-01..2016-05-31 season"]),
    row("a title led by 'led by' that an apposition calls a thriller",
        "The roster is led by Jack Harbor, the Dana Cole thriller that Amazon has already "
        "renewed for a third season.",
        "2020-01-16", ["Jack Harbor S3 tba"]),
    row("a show hits a streaming service on a date",
        "Night Orchard hits Netflix on Friday, September 30, all 13 episodes at once.",
        "2016-09-01", ["Night Orchard S1 2016-09-30 day"]),
    row("a possessive inside a title before 'on' and a date",
        "Hulu, not to be outdone, will release the second season of The Keeper's Harbor on "
        "April 25.",
        "2018-03-25", ["The Keeper's Harbor S2 2018-04-25 day"]),
    row("a show that came back early",
        "Q: Harbor Lights came back early, didn't it? I thought it was supposed to start in"
        " late April.\n"
        "\n"
        "A: You're right. The network moved the third season up by two weeks, to April 12.",
        "2020-04-01", ["Harbor Lights S3 2020-04-12 day"]),
    row("a uniting aside lists other titles",
        "• Netflix's Night Orchard, uniting Harbor Lights, Cold Creek, Iron Road and Blue "
        "Hollow, arrives Aug. 18.",
        "2017-04-19", ["Night Orchard S1 2017-08-18 day"]),
    row("a creator's bare-apostrophe possessive in an apposition",
        "→ Night Orchard, Shonda Rhimes' first series for Netflix, arrives Dec. 25. Eight "
        "episodes, lots of corsets.",
        "2020-10-06", ["Night Orchard S1 2020-12-25 day"]),
    row("a network eyeing a premiere year for the article's show",
        "Netflix Orders Comedy From Famous Writer\n"
        "\n"
        "Netflix has handed an eight-episode series order to Night Orchard, a comedy from a"
        " famous writer.\n"
        "\n"
        "A long cast joins her, in a reunion of sorts.\n"
        "\n"
        "The series follows three couples through a year of vacations. The studio behind "
        "her earlier comedies produces.\n"
        "\n"
        "Production is set to begin in late spring in upstate New York, and Netflix is "
        "eyeing a 2025 premiere.",
        "2024-04-17", ["Night Orchard S1 2025-01-01..2025-12-31 year"]),
    row("the year closes with a show",
        "After that comes a spring return for Harbor Lights, now in its seventh season.\n"
        "\n"
        "The year closes with Night Orchard. Its two stars will be back in the fall for "
        "season four, though PBS has not pinned down a date.",
        "2017-11-20", ["Harbor Lights S7 2018-03-01..2018-05-31 season", "Night Orchard S4 2017-09-01..2017-11-30 season"]),
    row("a pronoun title with a possessive season",
        "💔 You's fifth and final season arrives April 24 on Netflix; the star's Joe is back"
        " in New York.",
        "2025-04-11", ["You S5 2025-04-24 day"]),
    row("a described title after 'in', with ', which' after the description",
        "Before that, the actor is on screen in Harbor Lights, Steven Knight's Victorian "
        "boxing drama, which arrives on Disney+ on 21 February.",
        "2025-02-10", ["Harbor Lights S1 2025-02-21 day"]),
    row("a first full look at a show names it",
        "⚽ Harbor Lights season 3 is coming this spring.\n"
        "\n"
        "🎸 TRAILER: Amazon released the first full look at Night Orchard, adapted from a "
        "2019 novel. Two stars lead the fictional band. The series premieres March 3 on "
        "Prime Video.",
        "2023-01-10", ["Harbor Lights S3 2023-03-01..2023-05-31 season", "Night Orchard S1 2023-03-03 day"]),
    row("an explainer's bare date under 'So when?'",
        "Night Orchard season 2 is finally dated. Here's what to know\n"
        "\n"
        "Two and a half years after the first season ended on that cliffhanger, Apple has a"
        " date. Quick answers below.\n"
        "\n"
        "So when?\n"
        "Friday, January 17, 2025. Apple TV+ announced it Tuesday with a teaser.\n"
        "\n"
        "Why did it take so long?\n"
        "Writing, the strikes, and a long and expensive shoot.",
        "2024-07-09", ["Night Orchard S2 2025-01-17 day"]),
    row("a slot and network in parentheses between a title and 'begins its 10th season'",
        "On Saturday night, Doctor Who (9 p.m., BBC America) begins its 10th season, with "
        "Pearl Mackie joining Peter Capaldi.",
        "2017-04-06", ["Doctor Who S10 2017-04-08 day"]),
    row("'X, now in its 14th series, starts with its launch show on' a date",
        "The glitterball is back. Strictly Come Dancing, now in its 14th series, starts "
        "with its launch show on Saturday 3 September, and the celebrities meet their "
        "partners that night.",
        "2016-08-20", ["Strictly Come Dancing S14 2016-09-03 day"]),
    row("'which will air' after a drama's aside about a real person dates the drama",
        "Samantha Morton and Tim Roth lead the cast of Rillington Place, a three-part drama"
        " about the murderer John Christie, which will air on BBC One in November.",
        "2016-08-24", ["Rillington Place S1 2016-11-01..2016-11-30 month"]),
    row("a Christmas special 'followed by the start of the ninth series of X on' a date",
        "Christmas on BBC One. The midwives have their festive special as usual, followed "
        "by the start of the ninth series of Call the Midwife on Sunday 5 January.",
        "2019-12-10", ["Call the Midwife S9 2020-01-05 day"]),
    row("a serial 'shown on consecutive nights from New Year's Day'",
        "Then comes the horror. Steven Moffat and Mark Gatiss's Dracula, starring Claes "
        "Bang, will be shown on three consecutive nights from New Year's Day.",
        "2019-12-10", ["Dracula S1 2020-01-01 day"]),
    row("'renewed for a third and a fourth series' renews both",
        "Sky also said that Brassic, Joe Gilgun's Lancashire comedy, has been renewed for a"
        " third and a fourth series.",
        "2020-06-25", ["Brassic S3 tba", "Brassic S4 tba"]),
    row("a network 'has X, the comedy ..., on July 10, followed on July 19 by' another",
        "Next month Apple TV+ has Sunny, the Rashida Jones dark comedy set in Kyoto, on "
        "July 10, followed on July 19 by a prestige crime miniseries.",
        "2024-06-24", ["Sunny S1 2024-07-10 day"]),
    row("a title before ', a gold-rush mystery with ...' is a show",
        "Lockdown has not touched everything. The Luminaries, Eleanor Catton's New Zealand "
        "gold rush mystery with Eva Green, was finished before the shutdown and will go "
        "ahead as planned in May.",
        "2020-03-27", ["The Luminaries S1 2020-05-01..2020-05-31 month"]),
    row("'closes out the month on July 24'",
        "Time Bandits, the Apple TV+ take on the 1981 Terry Gilliam film, closes out the "
        "month on July 24.",
        "2024-06-24", ["Time Bandits S1 2024-07-24 day"]),
    row("'renewed for a seventh and an eighth season' renews both",
        "Showtime has renewed Homeland for a seventh and an eighth season, David Nevins "
        "said on Tuesday.",
        "2016-12-13", ["Homeland S7 tba", "Homeland S8 tba"]),
    row("'X, a spinoff of Y starring Z, which debuts tomorrow' dates X, not the film it spins off",
        "HBO Max opens the year with Peacemaker, James Gunn's spinoff of The Suicide Squad "
        "starring John Cena, which debuts tomorrow with three episodes.",
        "2022-01-12", ["Peacemaker S1 2022-01-13 day"]),
    row("'X, Mike Flanagan's reimagining of the novel, which is set for October' dates X",
        "Netflix has more fall originals on the way, among them The Haunting of Hill House,"
        " Mike Flanagan's reimagining of the Shirley Jackson novel, which is set for "
        "October.",
        "2018-07-24", ["The Haunting of Hill House S1 2018-10-01..2018-10-31 month"]),
    row("a maker's '-produced' modifier is not part of the title",
        "NBC's J.J. Abrams-produced Revolution, set years after a worldwide blackout, "
        "premieres Monday, Sept. 17.",
        "2012-07-16", ["Revolution S1 2012-09-17 day"]),
    row("a participle's aside between the cue and the date ('shot in Spain,') does not make it a filming date",
        "Daryl Dixon will return for its third season, shot in Spain, in the fall.",
        "2025-02-05", ["Daryl Dixon S3 2025-09-01..2025-11-30 season"]),
    row("a company's relative clause before a colon does not own the date after it",
        "World Productions, which makes Line of Duty, has another drama lined up for BBC "
        "One: Vigil, a thriller set aboard a nuclear submarine, is due later this year.",
        "2021-03-03", ["Vigil S1 2021-03-04..2021-12-31 year"]),
    row("'brings over HBO's X' next month",
        "Also next month, Sky Atlantic brings over HBO's True Detective, with Matthew "
        "McConaughey as a Louisiana detective.",
        "2014-01-04", ["True Detective S1 2014-02-01..2014-02-28 month"]),
    row("'has a new police drama called X in the spring'",
        "Sally Wainwright has a new BBC One police drama called Happy Valley in the spring,"
        " starring Sarah Lancashire.",
        "2014-01-04", ["Happy Valley S1 2014-03-01..2014-05-31 season"]),
    row("a title that opens its sentence with 'What We ...' keeps its first word",
        "What We Do in the Shadows, whose second season ended in June, has already been "
        "renewed for a third.",
        "2020-07-09", ["What We Do in the Shadows S3 tba"]),
    row("a capitalized 'Those' in mid-sentence is the title's first word",
        "On July 18, Peacock launches Those About to Die, Roland Emmerich's gladiator epic.",
        "2024-06-24", ["Those About to Die S1 2024-07-18 day"]),
    row("a title that opens on a surname with its particle ('Da Vinci's') keeps it",
        "Starz has renewed Da Vinci's Demons for a third season.",
        "2014-05-08", ["Da Vinci's Demons S3 tba"]),
    row("a particle-led title at the start of its sentence keeps it too",
        "Da Vinci's Demons, which began its second season in March, has been renewed for a "
        "third.",
        "2014-05-08", ["Da Vinci's Demons S3 tba"]),
    row("an explainer's answer 'Disney+ is sticking with October' dates the show asked about",
        "The Mandalorian season 2: what we know\n"
        "\n"
        "When is The Mandalorian season 2 coming out?\n"
        "\n"
        "Disney+ is sticking with October. The second season had finished shooting before "
        "the shutdown.",
        "2020-06-10", ["The Mandalorian S2 2020-10-01..2020-10-31 month"]),
    row("'is now looking at midseason' after a delay",
        "Abbott Elementary season 3 was meant for the fall; with the writers still on "
        "strike, ABC is now looking at midseason.",
        "2023-08-10", ["Abbott Elementary S3 2024-01-01..2024-03-31 season"]),
    row("labelled entry network possessor",
        "Returning in the new year\n"
        "\n"
        "A few favourites are on their way back.\n"
        "\n"
        "The Diplomat: Netflix's third season arrives in October, with Allison Janney "
        "joining.\n"
        "\n"
        "Slow Horses: Apple's fifth series lands in September.\n"
        "\n"
        "Abbott Elementary: ABC says Quinta Brunson's fifth season is set for the fall.",
        "2025-06-02", ["Abbott Elementary S5 2025-09-01..2025-11-30 season", "The Diplomat S3 2025-10-01..2025-10-31 month", "Slow Horses S5 2025-09-01..2025-09-30 month"]),
    row("title opening with this",
        "This Country, the BBC Three mockumentary about two cousins in the Cotswolds, "
        "returns for a third series in February.",
        "2019-11-20", ["This Country S3 2020-02-01..2020-02-29 month"]),
    row("title this is",
        "This Is Going to Hurt, Adam Kay's adaptation of his own diaries, arrives on BBC "
        "One in February.",
        "2021-11-01", ["This Is Going to Hurt S1 2022-02-01..2022-02-28 month"]),
    row("place possessive superlative",
        "The eighth series of Ireland's Fittest Family arrives on RTE One from October, "
        "with four new coaches.",
        "2021-08-01", ["Ireland's Fittest Family S8 2021-10-01..2021-10-31 month"]),
    row("star season in entry led by title",
        "Fall TV 2017: the premiere calendar\n"
        "\n"
        "Here is every date the networks have confirmed so far.\n"
        "\n"
        "LATER\n"
        "\n"
        "\"Jessica Jones,\" Netflix. Krysten Ritter's second season won't arrive until 2018.\n"
        "\n"
        "\"The Punisher\" (N), Netflix. Jon Bernthal's vigilante gets a series of his own, "
        "date to be announced.\n\n"
        "\"Mindhunter\" (N), Netflix. David Fincher's serial-killer drama arrives Oct. 13.",
        "2017-08-27", ["Jessica Jones S2 2018-01-01..2018-12-31 year", "The Punisher S1 tba",
                                 "Mindhunter S1 2017-10-13 day"]),
    row("subject before a dashed aside",
        "A week later, on Monday, Aug. 12, the network pairs two dramas. The second season "
        'of "Harrow Hill" — subtitled "Exile" and set in a mining town during the war, with'
        " a new cast around its lead — premieres that night, followed by the second season "
        'of the much-praised oddity "Lodge Street."',
        "2019-04-24", ["Harrow Hill S2 2019-08-12 day", "Lodge Street S2 2019-08-12 day"]),
    row("quoted title with and kept whole",
        'NBC renewed a batch of shows on Thursday. The comedy "Parks and Recreation" will '
        'return for a sixth season, and the procedural "Grimm" is coming back for season '
        "three.",
        "2013-05-10", ["Parks and Recreation S6 tba", "Grimm S3 tba"]),
    row("star in title",
        "HBO's limited series season is busy. Kate Winslet in Mare of Easttown arrives "
        "Sunday, April 18, and the network has more on the way.",
        "2021-03-01", ["Mare of Easttown S1 2021-04-18 day"]),
    row("possessive story arc",
        "Spring 2024 is already stacked\n"
        "\n"
        "- Kaiju No. 8, from Production I.G, premieres in April, and Crunchyroll will "
        "stream it live.\n"
        "- Demon Slayer's Hashira Training arc, effectively season 4, is set for spring.",
        "2023-12-20", ["Kaiju No. 8 S1 2024-04-01..2024-04-30 month", "Demon Slayer S4 2024-03-01..2024-05-31 season"]),
    row('apposition naming a production company',
        "Bosch, from Michael Connelly's production company, will return for season 4 sometime in 2018.",
        '2017-03-10', ['Bosch S4 2018-01-01..2018-12-31 year']),
    row("a title ending in an ellipsis, another show's revival",
        'Max said that "And So It Goes...," the revival of "So It Went," will premiere Thursday, Dec. 9.',
        '2021-11-03', ['And So It Goes S1 2021-12-09 day']),
    row("the network's new version of a title",
        'ITV\'s new version of "The Darling Buds of May" will begin on Sunday 11th April, the broadcaster said.',
        '2021-03-01', ['The Darling Buds of May S1 2021-04-11 day']),
    row('How to opens the title',
        'How to Get Away with Murder returns for its third season on Thursday, Sept. 22.',
        '2016-06-01', ['How to Get Away with Murder S3 2016-09-22 day']),
    row('is X, the third Y series',
        'Fall TV preview\n\nThe biggest launch of the autumn is Stargate Universe, the third live-action Stargate series. It opens on Syfy on Friday, Oct. 2.',
        '2009-07-20', ['Stargate Universe S1 2009-10-02 day']),
    row('was the surprise renewal of the year',
        'Fall TV\n\nChuck was the surprise renewal of the season, and the spy comedy returns to NBC for its third season on Sunday, Jan. 10.',
        '2009-08-10', ['Chuck S3 2010-01-10 day']),
    row('a nationality and noir before the title',
        'Nordic TV\n\nSwedish noir Before We Die is also coming back. The second season is due on Channel 4 in early 2022.',
        '2021-11-25', ['Before We Die S2 2022-01-01..2022-04-30 year']),
    row("a network's place before the title is no title",
        'What to watch this winter\n\nOver on BBC Two, Peaky Blinders will also be back, although fans must wait. Series 3 is due in early 2016.',
        '2015-09-01', ['Peaky Blinders S3 2016-01-01..2016-04-30 year']),
    row("X, the platform's rural romance, then a date in the next sentence",
        "C-drama watch\n\nYouku has released stills of its fantasy epic, but no date yet.\n\nGo Ahead, Tencent's family romance starring Tan Songyun, also has a window. The platform says it will debut later this summer.",
        '2020-06-10', ['Go Ahead S1 2020-06-11..2020-08-31 season']),
    row('a title that ends in a capitalized Of',
        'CBC news\n\nThe network has also ordered Sort Of, a half-hour comedy from Bilal Baig, which premieres this fall.',
        '2021-06-01', ['Sort Of S1 2021-09-01..2021-11-30 season']),
    row('a count before the season is no part of the title',
        'TV briefs\n\nCBS renewed Elementary for a 24-episode fifth season, which will air on Sundays in the fall.',
        '2016-05-16', ['Elementary S5 2016-09-01..2016-11-30 season']),
    row('a count after a connector ends a title on its right',
        'Renewals\n\nABC has ordered Scandal for a 16-episode seventh and final season, due in the fall.',
        '2017-05-12', ['Scandal S7 2017-09-01..2017-11-30 season']),
    row('a plural possessive owns the title after it',
        "Spring preview\n\nNext up is the Wachowskis' Sense8, which Netflix will launch on June 5.",
        '2015-04-20', ['Sense8 S1 2015-06-05 day']),
    row("a possessive season 'locked for' a month",
        "Anime slate\n\nMob Psycho 100's long-awaited third season is also locked for October.",
        '2022-06-10', ['Mob Psycho 100 S3 2022-10-01..2022-10-31 month']),
    row("a maker's word on the season of the title the sentence before ends on",
        'Anime slate\n\nFans face a longer wait for Vinland Saga. MAPPA said that the second season will premiere in January 2023.',
        '2022-06-10', ['Vinland Saga S2 2023-01-01..2023-01-31 month']),
    row("'and His' goes on with one title",
        "Preschool slate\n\nMickey and His Racing Pals, the network's top series for toddlers, will premiere its third season on April 2.",
        '2026-01-10', ['Mickey and His Racing Pals S3 2026-04-02 day']),
    row('a title an apposition calls a series keeps its name beside a person who shares it',
        'Preschool slate\n\nAriel, the animated series set in the kingdom of Atlantica, returns for its second season this summer.\n\nAriel Tweto, who hosts the after-show, is back too.',
        '2026-01-10', ['Ariel S2 2026-06-01..2026-08-31 season']),
    row("a person's spinoff of another show is no title of its own",
        'Renewals\n\n"Gen V," Eric Kripke\'s spinoff of "The Boys," has been picked up for a second season.',
        '2023-10-20', ['Gen V S2 tba']),
    row("a quoted number after 'the eighth season of' is a title",
        'Fox notes\n\nThe eighth season of "24" is set to premiere in January 2010, the network said.',
        '2009-06-01', ['24 S8 2010-01-01..2010-01-31 month']),
    row('a gapped clause with an aside borrows the verb and keeps its own date',
        'Strike returns\n\nCBS will bring back "CSI" for its eighth season on Thursday, April 3, and "Cold Case," also in its fifth season, on April 6.',
        '2008-02-20', ['CSI S8 2008-04-03 day', 'Cold Case S5 2008-04-06 day']),
    row('a dotted acronym opens a title',
        "Nick's new cartoons\n\nNext year brings Nickelodeon's T.U.F.F. Puppy, which premieres in 2010.",
        '2009-09-01', ['T.U.F.F. Puppy S1 2010-01-01..2010-12-31 year']),
    row("a star back in a role is no title; the entry's show takes the date",
        'Most anticipated of 2024\n\nSlow Horses, season 4 (Apple TV+)\n\nIt is really coming back. Gary Oldman is back in the rumpled raincoat, and Apple says season 4 will premiere sometime in 2024.',
        '2024-01-03', ['Slow Horses S4 2024-01-01..2024-12-31 year']),
    row("a title that 'wrapped its first season' before a pronoun's return",
        "TV this week\n\nA fond farewell to Severance, which wrapped its first season on Friday. Apple has said the office drones won't be back until 2024.",
        '2022-04-11', ['Severance S2 2024-01-01..2024-12-31 year']),
    row("'That is when X returns' takes the date the sentence before gave",
        'Streaming this summer\n\nThe one date worth circling is July 19. That is when Arcane returns for its second and final season.',
        '2024-06-02', ['Arcane S2 2024-07-19 day']),
    row('a reimagining named by its source, then its title',
        "Winter TV\n\nNBC's Peter Pan reimagining Neverland Nights finally premieres Friday, Jan. 6.",
        '2016-12-05', ['Neverland Nights S1 2017-01-06 day']),
    row("a network 'follows with' a title, then the date after an apposition",
        "Winter TV\n\nAMC follows with The Terror, Ridley Scott's polar horror drama, on Monday, March 26.",
        '2018-01-05', ['The Terror S1 2018-03-26 day']),
    row("a period piece named after its star's possessive",
        "Winter TV\n\nBBC One answers a night later: Aidan Turner's rain-soaked period piece Poldark debuts Sunday, March 8.",
        '2015-01-20', ['Poldark S1 2015-03-08 day']),
    row("a later clause's '/c' hour with no date shares the night",
        'NBC fall dates\n\nThis Is Us opens season 2 on Tuesday, Sept. 26 at 9/8c, and Chicago Fire returns for its sixth season at 10/9c.',
        '2017-06-20', ['This Is Us S2 2017-09-26 day', 'Chicago Fire S6 2017-09-26 day']),
    row("the next sentence's '/c' hour with no date shares the night",
        'NBC fall dates\n\nThis Is Us opens season 2 on Tuesday, Sept. 26 at 9/8c. Chicago Fire returns for its sixth season at 10/9c.',
        '2017-06-20', ['This Is Us S2 2017-09-26 day', 'Chicago Fire S6 2017-09-26 day']),
    row("a headline's label before 'A, B and More' is no title",
        "TV's Reboot Wave Rolls On: Frasier, Night Court, Quantum Leap and More\n\nParamount+ said the second season of Frasier will premiere Thursday, Sept. 21.",
        '2023-06-01', ['Frasier S2 2023-09-21 day']),
    row('the show a prequel grew from gets no date in a reported sentence',
        'Panel news\n\nThe cast said that "House of the Dragon," the prequel to "Game of Thrones," is two weeks away, with its first episode arriving Aug. 21.',
        '2022-08-01', ['House of the Dragon S1 2022-08-21 day']),
    row("an aside 'once billed as a limited series' between title and verb",
        'HBO news\n\nBig Little Lies, once billed as a limited series, will be back for its second season in June.',
        '2018-11-14', ['Big Little Lies S2 2019-06-01..2019-06-30 month']),
    row("'will start its fourth season' is a show's, not a star's 'will star'",
        'NBC fall\n\nThe Good Place will start its fourth season on Thursday, Sept. 26.',
        '2019-06-18', ['The Good Place S4 2019-09-26 day']),
    row("'is comedy night' names a night the next sentence's seasons open",
        'NBC fall\n\nThursday, Sept. 26 is comedy night. Superstore opens its fifth season, and new comedy Sunnyside, from Kal Penn, debuts.',
        '2019-06-18', ['Superstore S5 2019-09-26 day', 'Sunnyside S1 2019-09-26 day']),
    row("a new show that 'makes its debut at 10/9c' on the night named before",
        "CBS fall\n\nThursday, Sept. 27 is the big one. Elementary, the network's modern take on Sherlock Holmes, makes its debut at 10/9c.",
        '2012-06-26', ['Elementary S1 2012-09-27 day']),
    row("a 'companion series to' another title is the subject, not the title it grew from",
        'Panel news\n\nThe cast said that "Andor," the companion series to "Rogue One," is two weeks away, with its first episode arriving Sept. 21.',
        '2022-09-01', ['Andor S1 2022-09-21 day']),
    row("a headline's 'When X Is Coming Back' asks about X",
        'Netflix 2025 Preview: Wednesday, Squid Game, and When Arcane Is Finally Coming Back\n\nThe animated series will not return until early 2025, Netflix said.',
        '2024-01-18', ['Arcane S? 2025-01-01..2025-04-30 year']),
    row("'the new X series, <a long aside>, will premiere': X",
        "Anime news\n\nMeanwhile, the new Chainsaw Man series, which adapts the manga's first arc two years after the studio first announced it, will premiere Tuesday, Oct. 11.",
        '2022-06-27', ['Chainsaw Man S1 2022-10-11 day']),
    row("a second show that 'begins its fourth' at the sentence's end",
        'CBS dates its Mondays\n\nOn Monday, Sept. 25, Kevin Can Wait launches its second season and Scorpion begins its fourth.',
        '2017-06-20', ['Kevin Can Wait S2 2017-09-25 day', 'Scorpion S4 2017-09-25 day']),
    row('a title before a first short predicate and a second one that opens its season',
        'Fox news\n\nBones takes an extra week off and opens its 12th season on Tuesday, Jan. 3.',
        '2016-11-01', ['Bones S12 2017-01-03 day']),
    row("an owner's former neighbour is the subject and the next sentence's topic",
        "Fox schedule news\n\nNew Girl returns for its third season on Tuesday, Sept. 17. New Girl's former Tuesday-night neighbor Raising Hope, meanwhile, will also be back, but on Fridays. The family comedy, which Fox moved in May, will begin its fourth season in November.",
        '2013-06-20', ['New Girl S3 2013-09-17 day', 'Raising Hope S4 2013-11-01..2013-11-30 month']),
    row("a maker's 'darkly comic hit for' a service is an aside before the verb",
        "Apple TV+ renewals\n\nShrinking, Bill Lawrence's warm-hearted hit for Apple TV+, has also been picked up for a third season, though no date has been given.",
        '2024-10-17', ['Shrinking S3 tba']),
    row("a star who 'returns to series television in' a show is not its title",
        'CBS comedy news\n\nOn Thursday, Oct. 3, Will Arnett returns to network television in "The Millers," co-starring Margo Martindale, at 8:30/7:30c.',
        '2013-06-20', ['The Millers S? 2013-10-03 day']),
    row("a take on an author's book: the show, not the book, is the subject",
        'CBC news\n\nAnd "Little Women," the new take on Louisa May Alcott\'s "Good Wives" co-produced with PBS, has been renewed for a second season that will arrive in 2019.',
        '2018-06-01', ['Little Women S2 2019-01-01..2019-12-31 year']),
    row("'Immediately after X on <date>, Fox debuts Y': the show the verb brings",
        'Fox\'s winter\n\nImmediately after "The Voice" on Feb. 27, NBC debuts "Taken," the prequel to the Liam Neeson films, at 10/9c.',
        '2017-01-10', ['Taken S1 2017-02-27 day']),
    row("two titles joined by 'and' before an aside and a plural verb, one of them a single word",
        "A streamer's first night\n\nFor younger viewers, Moon Camp and Doodlers, from the team behind a long-running puppet show, are both part of the Nov. 1 launch.",
        '2019-10-15', ['Moon Camp S1 2019-11-01 day', 'Doodlers S1 2019-11-01 day']),
    row("a network's possessive and an adjective before the title, in a run of clauses",
        "Summer's busiest stretch\n\nAugust stays crowded: Hulu's divisive Salt Flats drops Aug. 10, and the western Dry Creek begins its second season on Aug. 22.",
        '2018-05-02', ['Salt Flats S1 2018-08-10 day', 'Dry Creek S2 2018-08-22 day']),
    row("'the musical fairy-tale comedy': a show described as musical, with a word between",
        'Midseason notes\n\nCastle Merriwind, the musical fairy-tale comedy that many had given up on, is coming back for season 2 in January.',
        '2015-05-13', ['Castle Merriwind S2 2016-01-01..2016-01-31 month']),
    row("a group that returns, then 'including A, B and C': each one returns then",
        'Fall on the network\n\nThree dramas return this fall, including Harbor Town, Dry Creek and Salt Flats.',
        '2015-05-13', ['Harbor Town S? 2015-09-01..2015-11-30 season', 'Dry Creek S? 2015-09-01..2015-11-30 season', 'Salt Flats S? 2015-09-01..2015-11-30 season']),
    row("newcomers held for midseason, 'including A, a ...; B, a ...; and C, a ...': three first seasons",
        "Upfront notes\n\nSeveral of the network's newcomers are also waiting until midseason, including Cold Harbor, a thriller about a senator whose missing son comes home; Glass House, a heist caper; and Uncle Ray, a reboot of a 1980s comedy.",
        '2015-05-13', ['Cold Harbor S1 2016-01-01..2016-03-31 season', 'Glass House S1 2016-01-01..2016-03-31 season', 'Uncle Ray S1 2016-01-01..2016-03-31 season']),
    row("'new shows ... in January, including A and B': two titles, not one",
        'Winter plans\n\nSeveral new shows will premiere in January, including Harbor Town and Dry Creek.',
        '2015-11-13', ['Harbor Town S1 2016-01-01..2016-01-31 month', 'Dry Creek S1 2016-01-01..2016-01-31 month']),
    row("'The most imminent is X.': the next sentence's description and date are X's",
        "Gear Heads, Dungeon Run and Star Pilot: When Do the Next Video Game Shows Arrive?\n\nStudios everywhere want a video game show now. Here is where the next wave stands.\n\nThe most imminent is Gear Heads. Peacock's action comedy, starring a famous comic as a courier crossing a wasteland, drops all ten episodes on Thursday, July 27.\n\nNetflix says Dungeon Run will arrive in the coming months.",
        '2023-05-16', ['Gear Heads S1 2023-07-27 day', 'Dungeon Run S1 2023-05-17..2023-11-16 month']),
    row('a title that opens with a question word and ends with its own question mark',
        "Marvel's slate shifts\n\nWhat If...? season 2, the animated anthology, has been given a loose window of before the end of the year.",
        '2023-09-13', ['What If...? S2 2023-09-14..2023-12-31 year']),
    row("a title that ends with a short year ('97), before an aside",
        "Marvel's slate shifts\n\nBeast Patrol '94, the revival of the 1990s cartoon, is due in early 2024.",
        '2023-09-13', ["Beast Patrol '94 S1 2024-01-01..2024-04-30 year"]),
    row("'X, also entering its final season, will return at midseason, along with the second season of Y': both",
        'Midseason plans\n\nSalt Flats, also entering its final season, will return at midseason, along with the second season of "Dry Creek."',
        '2014-05-11', ['Salt Flats S? 2015-01-01..2015-03-31 season', 'Dry Creek S2 2015-01-01..2015-03-31 season']),
    row("'X, heading into its fifth season, stays put on Thursdays when it returns this fall': X",
        'Network schedule\n\nHarbor Lights, heading into its fifth season, stays put on Thursdays at 8 p.m. when it returns this fall.',
        '2013-05-16', ['Harbor Lights S5 2013-09-01..2013-11-30 season']),
    row("'holding the new sci-fi romance X for midseason': what a network holds back is a show",
        'Network schedule\n\nThe network is also holding the new sci-fi romance Starfall for midseason.',
        '2013-05-16', ['Starfall S1 2014-01-01..2014-03-31 season']),
    row("a title in an actor's 'previous credits include' does not become the text's topic",
        "'Iron Prairie' Adds a New Villain for Season 3\n\nMaya Lund has joined the cast of Iron Prairie in a recurring role for the upcoming third season. Lund's previous credits include Murdoch Mysteries and the CBC drama Burden of Truth.\n\nFilming wrapped this spring, and the network says the show returns in the coming weeks.",
        '2018-06-12', ['Iron Prairie S3 2018-06-13..2018-07-24 week']),
    row("'X dropped its third season on June 11, and Netflix had already renewed it for a fourth'",
        'Netflix news\n\nCellblock Blues dropped its third season on June 11, and Netflix had already renewed it for a fourth season before that, date unknown.',
        '2015-07-06', ['Cellblock Blues S4 tba']),
    row("'X, rescued from Fox cancellation, will continue on Hulu this fall with its fourth season'",
        'Streaming news\n\nThe Clinic Hours, rescued from Fox cancellation, will continue on Hulu this fall with its fourth season.',
        '2015-07-06', ['The Clinic Hours S4 2015-09-01..2015-11-30 season']),
    row("'Y, which premiered in June, wrapped its run, and X starts later this month': X",
        'Streaming news\n\nMs. Mirage, which premiered in June, recently wrapped its run, and Green Giantess: Attorney at Law starts later this month.',
        '2022-08-05', ['Green Giantess: Attorney at Law S1 2022-08-06..2022-08-31 month']),
    row("'did not include X in its January slate. The magazine drama ... will return in the spring': X",
        'Winter dates\n\nThe network did not include The Bright Page in its January slate. The magazine drama, which was renewed for a third season over the summer, will return in the spring, the network said.',
        '2018-10-04', ['The Bright Page S3 2019-03-01..2019-05-31 season']),
    row("'the new romance X, starring A and B, which the network is also holding for midseason': X",
        'Network schedule\n\nThe same goes for the new sci-fi romance Starfall, starring Ana Price and Matt Lowe, which the network is also holding for midseason.',
        '2013-05-16', ['Starfall S1 2014-01-01..2014-03-31 season']),
    row("'X rolls into its second season on Aug. 12': a season entered on a day",
        "Cable's summer slate fills out. The frontier drama Copper Canyon rolls into its second season on Aug. 14, and the network's quiz show Brain Trap will check into its fourth season on Sunday, Sept. 8.",
        '2013-06-03', ['Copper Canyon S2 2013-08-14 day', 'Brain Trap S4 2013-09-08 day']),
    row("'El Señor de los Cielos', 'Onde Nascem os Fortes': other languages' small words inside a title",
        "Telemundo's narco saga El Capo de los Mares returns for its fourth season on Tuesday, Oct. 15, at 10/9c. In Brazil, Globoplay's drama Onde Moram os Ventos premieres in April.",
        '2019-09-20', ['El Capo de los Mares S4 2019-10-15 day', 'Onde Moram os Ventos S1 2020-04-01..2020-04-30 month']),
    row("'the thriller Green Eyes, which begins': a title's last word that is also a headline verb",
        'First up is the Norwegian legal thriller Green Eyes, which begins on More4 on 14th February. The Finnish comedy Lake Moves, about two rival ice-fishing clubs, follows from 3rd March.',
        '2017-01-20', ['Green Eyes S1 2017-02-14 day', 'Lake Moves S1 2017-03-03 day']),
    row("'bringing X, its remake of the comedy Y, to its schedule at midseason': X, not the original",
        'American networks keep buying formats. NBC is bringing The Tailor and the Tenor, its remake of the Danish romantic comedy Tenor and Tailor, to its schedule at midseason.',
        '2019-09-20', ['The Tailor and the Tenor S1 2020-01-01..2020-03-31 season']),
    row("'the second season of the Broadway drama X begins': a TV show about the stage",
        'On Tuesdays, the second season of the Broadway drama "Footlights" begins Tuesday, Feb. 5, with a new showrunner.',
        '2012-11-21', ['Footlights S2 2013-02-05 day']),
    row("'X will sign off with its fourth and final season in October'",
        "The streamer's first Chilean original, Club Cóndor, will sign off with its third and final season in October.",
        '2019-08-14', ['Club Cóndor S3 2019-10-01..2019-10-31 month']),
    row("'Prime Video has only committed to 2026': the year promised, for the topic",
        'The Lads will end with its fifth season. Prime Video has only committed to 2026.',
        '2024-07-20', ['The Lads S5 2026-01-01..2026-12-31 year']),
    row("'For midseason, NBC is holding A, with ..., and the final season of B': the date told first",
        'For midseason, NBC is holding the workplace comedy Sidekicks, with Dana Moss, and the sixth and final season of Ironwood.',
        '2016-05-16', ['Sidekicks S1 2017-01-01..2017-03-31 season', 'Ironwood S6 2017-01-01..2017-03-31 season']),
    row("'kicks off its 10th season, the second since the comeback, the following Thursday, Oct. 4': the aside's 'since' is no past tense",
        'NBC is preparing its own revival\'s second act: "Dinner Party" kicks off its 10th season, the second since the comeback, the following Thursday, Oct. 4.',
        '2018-07-31', ['Dinner Party S10 2018-10-04 day']),
    row("'X, which got its second-season order in May, fills the 9/8c hour on that same night, Friday, Sept. 25'",
        'Joss Whedon\'s "Mind Palace," which got its surprise second-season order in May, fills the 9/8c hour on that same night, Friday, Sept. 25.',
        '2009-07-20', ['Mind Palace S2 2009-09-25 day']),
    row("'Midseason will see the drama X and the comedy Y': the date as the sentence's subject",
        'Midseason will see the medical drama "Second Opinion," starring Ana Ruiz, and the military comedy "Base Camp," with Tom Reilly.',
        '2024-05-13', ['Second Opinion S1 2025-01-01..2025-03-31 season', 'Base Camp S1 2025-01-01..2025-03-31 season']),
    row("'Sitcom Watch: X Returns Sept. 20, Y Gets a Third Season': a column's name before a headline list",
        'Sitcom Watch: Front Desk Returns Sept. 20, Night Shift Gets a Third Season\n\nThe comedies are back in the fall.',
        '2023-06-02', ['Front Desk S? 2023-09-20 day', 'Night Shift S3 tba']),
    row("'Anime Update: X returns Saturday': a column's name before one title",
        'Anime Update: Moon Harbor returns on Saturday, Oct. 7\n\nThe second cour picks up the story.',
        '2023-09-20', ['Moon Harbor S? 2023-10-07 day']),
    row("'X hits Tokyo MX on Friday, Oct. 6': a Japanese broadcaster after 'hits'",
        'Star Harbor hits Tokyo MX on Friday, Oct. 6, with a simulcast to follow.',
        '2023-09-20', ['Star Harbor S1 2023-10-06 day']),
    row("'HBO says goodbye to X when the comedy starts its final season': the show said goodbye to",
        'HBO says goodbye to Harbor Lights when the comedy starts its sixth and final season on Sunday, Feb. 12.',
        '2016-11-16', ['Harbor Lights S6 2017-02-12 day']),
    row("'Lumen: The Witch's Long Holiday returns': a possessive inside a subtitle is the title's",
        "Lumen: The Witch's Long Holiday returns for its second season on January 11.",
        '2017-01-05', ["Lumen: The Witch's Long Holiday S2 2017-01-11 day"]),
    row("'Miss Hoshino's Moon Bakery begins streaming': a character's honorific opens the title",
        "Miss Hoshino's Moon Bakery will begin streaming on Wednesday, Jan. 11.",
        '2017-01-05', ["Miss Hoshino's Moon Bakery S1 2017-01-11 day"]),
    row("'MBC's thriller romance X, starring ..., premieres': a romance is a kind of show",
        "MBC's thriller romance Silent Line, starring Yoo Yeon-seok and Chae Soo-bin, premieres on 22 November.",
        '2024-11-01', ['Silent Line S1 2024-11-22 day']),
    row("'the Netflix melodrama X, about ..., which arrives': a melodrama is a kind of show",
        'Gong Yoo and Seo Hyun-jin lead the Netflix melodrama The Locked Case, about a contract marriage, which arrives Friday, Nov. 29.',
        '2024-11-01', ['The Locked Case S1 2024-11-29 day']),
    row("'MBC is also preparing X, with ..., for early 2025': a show readied for a date",
        'MBC is also preparing Night School Agent, with Seo Kang-joon as an agent who goes undercover as a student, for early 2025.',
        '2024-11-01', ['Night School Agent S1 2025-01-01..2025-04-30 year']),
    row("'Tom Hardy gets grim in X, bowing Tuesday, Jan. 10': a participle after the title dates it",
        'On FX, Tom Hardy gets grim and muddy in Harrow Marsh, bowing Tuesday, Jan. 10. The network follows with the spy drama Night Desk on Wednesday, Feb. 8.',
        '2016-11-16', ['Harrow Marsh S1 2017-01-10 day', 'Night Desk S1 2017-02-08 day']),
    row("'X, the spinoff following ..., eyes the first half of next year': a window a show eyes",
        'A Crown of Salt, the prequel spinoff following a hedge knight and his squire, eyes the first half of next year.',
        '2025-03-01', ['A Crown of Salt S1 2026-01-01..2026-06-30 half']),
    row("'That '80s Show (Netflix): ... The spinoff drops all ten episodes Jan. 19': a decade's apostrophe is no quote, and 'That ... Show' keeps its 'That'",
        "That '80s Show (Netflix): Red and Kitty are grandparents now. The spinoff drops all ten episodes Jan. 19.",
        '2023-01-05', ["That '80s Show S1 2023-01-19 day"]),
    row("'X is on schedule for its second season, which debuts this Saturday': on schedule as on track",
        'Harbor Lights is on schedule for its second season, which debuts this Saturday on Tokyo MX.',
        '2020-04-10', ['Harbor Lights S2 2020-04-11 day']),
    row('a quoted title in sentence case, as Spanish titles are written',
        'Univision said "Mar de fondo," its new coastal thriller, debuts Monday, March 4.',
        '2019-02-10', ['Mar de fondo S1 2019-03-04 day']),
    row('a quoted sentence-case title renewed with no date',
        'Telemundo has renewed "Pecados ajenos" for a second season; a premiere date has not been announced.',
        '2023-05-15', ['Pecados ajenos S2 tba']),
    row('an own-language title in brackets after the quoted title is the same show',
        'From Spain, "Telephone Girls" ("Las operadoras del cable") returns for its third season on Sept. 7.',
        '2018-08-01', ['Telephone Girls S3 2018-09-07 day']),
    row('a title in its own language with the English title in brackets is known by the English one',
        "The fourth series of Les Disparus (The Vanished), Canal+'s Alpine mystery, will premiere on Monday, Oct. 5.",
        '2020-09-01', ['The Vanished S4 2020-10-05 day']),
    row('an original title with letters English lacks, glossed in brackets',
        'Órói (Turmoil) will return for a second season, though no premiere date has been set.',
        '2021-03-01', ['Turmoil S2 tba']),
    row('a network in brackets after a title is no translation of it',
        'Doctor Who (BBC America) begins its 10th season on Saturday, April 15.',
        '2017-04-10', ['Doctor Who S10 2017-04-15 day']),
    row('a-possessive-that-opens-a-franchise-stays-in-its-titles',
        "Kardell's Runway Rumble All Stars returns for its fourth season on Friday, March 7.\n\nKardell's Runway Rumble UK, hosted by Kardell and a rotating panel, is due later this year. Kardell said the flagship has also been renewed.",
        '2025-01-10', ["Kardell's Runway Rumble All Stars S4 2025-03-07 day", "Kardell's Runway Rumble UK S1 2025-01-11..2025-12-31 year"]),
    row('a-creator-possessive-before-one-show-is-still-dropped',
        "Noah Hawley's Fargo returns for a sixth season on Sunday, April 13. Hawley wrote every episode.",
        '2025-01-10', ['Fargo S6 2025-04-13 day']),
    row('a-middle-initial-inside-a-title',
        'Her new workplace sitcom, The Sarah K. Lane Show, finally has a launch date: Tuesday, Oct. 7, at 8:30.',
        '2025-08-01', ['The Sarah K. Lane Show S1 2025-10-07 day']),
    row('an-object-described-as-its-networks-own-drama',
        'At the press tour, Peacock also showed Cold Harbor, its first scripted thriller, which opens Sunday, Nov. 3.',
        '2024-10-12', ['Cold Harbor S1 2024-11-03 day']),
    row('a-two-word-title-joined-by-and-named-twice',
        "Harbour reopens: Surf and Turf sets its return date\n\nThe network has confirmed that Surf and Turf will return from its summer break on Monday 2 February, kicking off the soap's 12th season.",
        '2015-01-10', ['Surf and Turf S12 2015-02-02 day']),
    row('two-one-word-titles-joined-once-stay-two',
        'Ozark and Succession return on Sunday, Jan. 18.',
        '2015-01-10', ['Ozark S? 2015-01-18 day', 'Succession S? 2015-01-18 day']),
    row('an-awards-loser-whose-season-is-told-later',
        'The Harbor Lights team took the top prize again. Cedar Lane was shut out of the major categories, but the network says its second season arrives in January.',
        '2012-09-24', ['Cedar Lane S2 2013-01-01..2013-01-31 month']),
    row('a-show-an-award-was-won-for',
        'The ceremony ran long. Dana Reyes gave the shortest speech of the night after winning for Cedar Lane; the network says the sixth season will arrive next spring.',
        '2013-09-23', ['Cedar Lane S6 2014-03-01..2014-05-31 season']),
    row('our-after-of-inside-a-title',
        'The network confirmed that Nights of our Harbor returns for season 47 on Monday, Aug. 13.',
        '2012-07-20', ['Nights of our Harbor S47 2012-08-13 day']),
    row('a-hyphenated-participle-aside-after-the-subject',
        'Cold Harbor, co-created by Dana Reyes and Sam Hill, launches Thursday, Sept. 8.',
        '2016-07-20', ['Cold Harbor S1 2016-09-08 day']),
    row('a-conventions-panel-for-a-show',
        'Lowlands panel. The cast says the half-hour is a blast. It premieres Tuesday, Sept. 6, with two episodes.',
        '2016-07-20', ['Lowlands S1 2016-09-06 day']),
    row('a-shows-news-at-a-sentences-start',
        "11.10am: Harbor Lights news. The festive special will be the lead's only episode over the holidays, and the producer confirmed that series 12 won't arrive until 2020.",
        '2018-11-20', ['Harbor Lights S12 2020-01-01..2020-12-31 year']),
    row('network-after-and-does-something',
        'ABC cancelled Starfall and Netflix stepped in within a week. The second season will stream in full on Friday, June 7.',
        '2019-03-02', ['Starfall S2 2019-06-07 day']),
    row('channel-that-ordered-a-series-is-no-show',
        'Pocket Detectives wraps its third series this week. CBBC has already ordered a fourth series, which will be back next spring.',
        '2015-11-02', ['Pocket Detectives S4 2016-03-01..2016-05-31 season']),
    row('question-subheading-names-the-answer-s-show',
        "Autumn's new dramas: everything we know\n\nOur guide to the season, updated as dates arrive.\n\nWhen is Harrow Point on?\n\nThe coastal thriller, starring two veteran leads, starts on BBC One on Tuesday 3rd September.\n\nWhen does Glass Orchard start?\n\nThe period drama arrives in October.",
        '2019-08-14', ['Harrow Point S1 2019-09-03 day', 'Glass Orchard S1 2019-10-01..2019-10-31 month']),
    row('regional-network-possessive-before-title',
        "TRT 1's Steppe: Rise of the Khan, the biggest export of the year, begins its fourth season on Wednesday, Sept. 27.",
        '2017-09-01', ['Steppe: Rise of the Khan S4 2017-09-27 day']),
    row('title-then-its-name-abroad',
        'Lale Bahce, marketed abroad as Tulip Garden, comes back for its second season on Star TV on Wednesday, September 14.',
        '2016-08-30', ['Lale Bahce S2 2016-09-14 day']),
    row('question-line-names-a-one-word-title-by-its-verb',
        'Every western on the way\n\nThe genre is booming, and here is what is coming.\n\nWhen is Drillhand coming out?\n\nThe new oil-field drama, starring a screen veteran, is set to premiere this fall.',
        '2024-04-02', ['Drillhand S1 2024-09-01..2024-11-30 season']),
    row('french-networks-in-a-headline-are-no-title',
        'TF1 and France 2: the series that come back in 2023\n\nOn TF1 the big locomotive remains "Les Veilleurs". The 3. season will arrive in spring.',
        '2023-01-16', ['Les Veilleurs S3 2023-03-01..2023-05-31 season']),
    row('apposition-owned-by-a-streamer-with-a-plus',
        "Glasshouse, Apple TV+'s office thriller, finally returns for its second season on Friday, January 17, nearly three years after the first.",
        '2024-12-18', ['Glasshouse S2 2025-01-17 day']),
    row('answer-under-a-question-describes-its-show',
        "Fall premiere dates and what we know\n\nHere is our running list.\n\nWhat is Harbor Lodge?\n\nAMC's oddball drama about a former surfer who stumbles into a fraternal lodge premieres Monday, Aug. 6.",
        '2018-07-25', ['Harbor Lodge S1 2018-08-06 day']),
    row('which-after-a-list-takes-its-last-item',
        'The comedy shortlist pits Ghosts against Motherland, Big Boys and Starstruck Again Tonight, which comes back for a fourth series later this year.',
        '2021-05-10', ['Starstruck Again Tonight S4 2021-05-11..2021-12-31 year']),
    row('a-surname-named-in-full-before-is-the-person',
        'Cara Lind named as the new lead of Starward\n\nThe worst-kept secret on television is out: Cara Lind is the new star of Starward.\n\nJon Varga has one story left in the role. Varga then bows out in the holiday special.\n\nAfter that, fans must wait: filming on the eighth series does not begin until January, and the new run will be shown next year.',
        '2013-08-05', ['Starward S8 2014-01-01..2014-12-31 year']),
    row('whose-season-is-expected',
        'The crossover brings in the crew of Deep Line, whose third season is expected in 2025.',
        '2024-03-10', ['Deep Line S3 2025-01-01..2025-12-31 year']),
    row('interview-speaker-label-and-a-title-asked-alone',
        "Network chief Karen Varga on the year ahead\n\nQ: Let's start with the big one. Harborline?\n\nVarga: Season two starts Sunday, Aug. 11. The family is worse than ever.\n\nQ: And Quarry Hill, from the Pellman brothers?\n\nVarga: Quarry Hill premieres this fall, on Thursdays.",
        '2019-07-25', ['Harborline S2 2019-08-11 day', 'Quarry Hill S1 2019-09-01..2019-11-30 season']),
    row('a-character-played-before-the-show',
        "Since 2021 he had played Walt, the grumpy locksmith, on Fox's Key Street, opposite Jane Doyle. He had been at work on the sitcom's third season, which Fox has slotted for midseason.",
        '2022-11-01', ['Key Street S3 2023-01-01..2023-03-31 season']),
    row("a podcast host's turn that only names a show, and the other host's answer with its date",
        'The Couch Report, Ep. 41: fall lightning round\n\nTRANSCRIPT\n\nMIA: Okay, lightning round. I name it, you date it.\n\nLEO: Go.\n\nMIA: Harbor Lights.\n\nLEO: The CW, Wednesday, Sept. 19. Small-town lighthouse keepers with secrets.\n\nMIA: And Quarry Hill?\n\nLEO: Also a new one! NBC, Monday, Sept. 24.',
        '2007-09-10', ['Harbor Lights S1 2007-09-19 day', 'Quarry Hill S1 2007-09-24 day']),
    row("a transcript's speaker labels in capitals are no part of a title",
        'Fall preview podcast\n\nKAT: Okay. Monday first.\n\nDEV: Heroes is back for its second season on Sept. 24.\n\nKAT: Same night as the new one from Josh Schwartz.\n\nDEV: — which NBC is very excited about.\n\nKAT: — and which we will not discuss.',
        '2007-09-10', ['Heroes S2 2007-09-24 day']),
    row("a title ending in a capitalized 'Under' keeps it ('Harbor Deep Under returns ...')",
        'Year-end column\n\nThe cable schedule is the strongest. Harbor Deep Under returns for its second season in March.',
        '2001-12-27', ['Harbor Deep Under S2 2002-03-01..2002-03-31 month']),
    row("a title that opens like a question ('Who Wants to Be a Millionaire returns ...') keeps its first word",
        'Quiz shows\n\nWho Wants to Be a Quiz Champion returns Monday, Aug. 16, with a new host.',
        '1999-07-20', ['Who Wants to Be a Quiz Champion S? 1999-08-16 day']),
    row("a mailbag answer that names the show asked about ('A: That is X, about a rich family ..., and it premieres ...')",
        "Dear TV Guy\n\nQ: What's the new Fox comedy with Jason Bateman? The ads are baffling. — Leon Pratt, Ventura, Calif.\n\nA: That is Harbor Lights, about a rich family that loses everything, and it premieres Sunday, Nov. 2, after baseball.",
        '2003-09-15', ['Harbor Lights S1 2003-11-02 day']),
    row("a convention schedule's day-and-hour labels ('Thursday, 11:30 a.m. - X. The cast confirmed ...') lead entries by their titles",
        "Comic-Con recap\n\nHere is how the room's schedule played out.\n\nThursday, 11:30 a.m. - Harbor Lights. The cast confirmed that the fourth season begins Monday, Sept. 20.\n\nThursday, 3 p.m. - Quarry Hill. The network's new thriller showed a sizzle reel. It premieres Sept. 20, right after Harbor Lights.\n\nFriday, 10 a.m. - Glass Acre. The network confirmed the series premieres on Halloween night.",
        '2010-07-26', ['Harbor Lights S4 2010-09-20 day', 'Quarry Hill S1 2010-09-20 day', 'Glass Acre S1 2010-10-31 day']),
    row("an FAQ's bold question 'What is X?' asks about X",
        'Harbor Lights: everything to know\n\n**What is Harbor Lights?**\n\nThe comedy follows a woman rescued from a doomsday cult. It premieres Friday, March 6, with all 13 episodes.',
        '2015-02-10', ['Harbor Lights S1 2015-03-06 day']),
    row("a network's name in capitals opening a clause ('1997: Comedy Central aired ...') is no 'comedy X' descriptor",
        'This week in cable history\n\nAug. 8, 1997: Comedy Central aired "Cutout Day," the first episode of Harbor Lights. The cartoon was rude and cheap, and within a year it was a hit. Season 23 premieres Wednesday, Sept. 25, at 10 p.m. on Comedy Central.',
        '2019-08-08', ['Harbor Lights S23 2019-09-25 day']),
    row("a group 'including' after a cast ('with most of its original voice cast, including A, B and C') lists people, not shows",
        'Harbor Lights turns 25\n\nFew shows get canceled twice and come back a third time, but Hulu revived Harbor Lights last summer with most of its original voice cast, including Billy West, Katey Sagal and John DiMaggio, who held out over pay for a while. That batch counted as season 11, and the 12th season is finished; Hulu says only that it arrives later this year.',
        '2024-03-28', ['Harbor Lights S12 2024-03-29..2024-12-31 year']),
    row("a listicle's numbered items led by 'Title, season N.' ('1. Harbor Lights, season 2. Netflix has put ...')",
        "Seven shows on our list\n\nWe went down the slate one at a time.\n\n1. Harbor Lights, season 2. Netflix has put the hero's return on the calendar for May 12. The showrunner promises a louder soundtrack.\n\n2. Quarry Hill, season 3. The anthology is back this spring with new segments.\n\n3. Glass Acre, season 1. Amazon says the series will premiere this year.",
        '2026-01-10', ['Harbor Lights S2 2026-05-12 day', 'Quarry Hill S3 2026-03-01..2026-05-31 season', 'Glass Acre S1 2026-01-01..2026-12-31 year']),
    row("'X is getting a third batch of episodes' makes X the subject",
        'Fan event recap\n\nThe stream ran for nearly three hours.\n\nHarbor Lights is getting a third batch of episodes. Netflix is calling it season three, and it drops Nov. 18.',
        '2022-09-26', ['Harbor Lights S3 2022-11-18 day']),
    row("a lineup's entries led by titles in Spanish sentence case ('Luz de mi puerto. ...', 'Las hermanas Vega — ...') among 'Title. ...' entries",
        "Netflix's Latin American slate\n\nThe streamer offered a look at what is next. A rundown:\n\nChichipatos. A comedy about a penny-pinching family premieres Friday, Dec. 18.\n\nMonarca. The tequila drama returns for its second season in early 2021.\n\nLuz de mi puerto. A fishing family's feud, from the makers of Monarca. It lands in the spring.\n\nOscuro Deseo. The thriller has been renewed for a second season, with no date yet.\n\nLas hermanas Vega. Three sisters inherit a bankrupt mariachi school. Coming Friday, Jan. 15.",
        '2020-11-23', ['Chichipatos S1 2020-12-18 day', 'Monarca S2 2021-01-01..2021-04-30 year', 'Luz de mi puerto S1 2021-03-01..2021-05-31 season', 'Oscuro Deseo S2 tba', 'Las hermanas Vega S1 2021-01-15 day']),
    row("a place's possessive opening a title with a subtitle ('America's Sweethearts: Dallas Cowboys Cheerleaders') stays in it",
        "Sports TV this summer\n\nThe second season of America's Sweethearts: Dallas Cowboys Cheerleaders follows on Wednesday, June 18.",
        '2025-05-20', ["America's Sweethearts: Dallas Cowboys Cheerleaders S2 2025-06-18 day"]),
    row("a listicle's lead title whose subtitle is 'The Series' ('Selena: The Series. The drama ...') is a title, not a label",
        "Netflix's Latin American lineup\n\nA rundown of what is next:\n\nHarbor Lights: The Series. The long-awaited drama about the Tejano star premieres Friday, Dec. 4.\n\nChichipatos. A comedy about a penny-pinching family premieres Friday, Dec. 18.\n\nMonarca. The tequila drama returns for its second season in early 2021.\n\nOscuro Deseo. The thriller comes back for a second season in the spring.",
        '2020-11-23', ['Harbor Lights: The Series S1 2020-12-04 day', 'Chichipatos S1 2020-12-18 day', 'Monarca S2 2021-01-01..2021-04-30 year', 'Oscuro Deseo S2 2021-03-01..2021-05-31 season']),
    row("quoted Spanish titles in sentence case with 'a' or a number inside ('Bienvenidos a la familia', 'Soy tu fan: 10 años después')",
        'What ViX+ has coming\n\nThe service launches Thursday, July 21. "Soy tu fan: 10 años después" (I\'m Your Fan: 10 Years Later), a new series about the lovesick characters a decade on, arrives Thursday, July 28. "Bienvenidos a la familia" (Welcome to the Family), the comedy whose first season streamed this spring, returns for its second season in October.',
        '2022-07-11', ['Soy tu fan: 10 años después S1 2022-07-28 day', 'Bienvenidos a la familia S2 2022-10-01..2022-10-31 month']),
    row("a paragraph's first sentence whose subject is a title, then 'The hospital drama's 20th season will arrive ...'",
        "Writers are back\n\nABC's Quarry Hill is likeliest to return first, aiming for early 2024 for its third season.\n\nHarbor Lights is further behind. The hospital drama's 20th season will arrive at midseason at the earliest.",
        '2023-10-10', ['Quarry Hill S3 2024-01-01..2024-04-30 year', 'Harbor Lights S20 2024-01-01..2024-03-31 season']),
    row("'Premieres Thursday the 15th at 9' (a weekday, then the day of the month, no comma)",
        'New this month\n\n- QUARRY HILL (ABC): A scientist finds out humanity has competition. Premieres Thursday the 15th at 9.',
        '1998-01-05', ['Quarry Hill S1 1998-01-15 day']),
    row("paragraphs led by titles in capitals ('ALIAS. The spy series ...') are the titles', a notes label among them ('CASTING.') is not",
        'The fall schedule, show by show\n\nHere is how the calendar lines up.\n\nHARBOR LIGHTS. The spy series itself returns Sunday, Sept. 28, for its third season.\n\nQUARRY HILL. The third season of the drama premieres Oct. 1.\n\nGLASS ACRE. Season four starts Tuesday, Sept. 23.\n\nCASTING. A famous actor has joined the cast of a new comedy.',
        '2003-09-02', ['Harbor Lights S3 2003-09-28 day', 'Quarry Hill S3 2003-10-01 day', 'Glass Acre S4 2003-09-23 day']),
    row("a listicle's lead 'Title: Season Two (Sony, DVD and Blu-ray).' is the show, its season label aside",
        "New on disc this week\n\nSeveral releases warm up audiences for spring premieres.\n\nHarbor Lights: Season Two (Sony, DVD and Blu-ray). The prequel's second season plays even better on disc. The third season begins April 10 on AMC.\n\nQuarry Hill: Year Two (Fox, Blu-ray). The 1979 season is the best so far. FX says the third season will premiere April 19.\n\nGlass Acre (not on disc). Starz's adaptation of the novel debuts April 30.",
        '2017-02-14', ['Harbor Lights S3 2017-04-10 day', 'Quarry Hill S3 2017-04-19 day', 'Glass Acre S1 2017-04-30 day']),
    row("an adverb capitalized in mid-sentence opens a title ('a full series of Still Game')",
        "BBC Scotland's comedy autumn\n\nThe team behind the sketch show has been handed a full series of Still Game, based on two old men from a Glasgow scheme. It begins Friday 26 October.",
        '2001-09-03', ['Still Game S1 2001-10-26 day']),
    row("a poll's ranked items led by 'Title: 26%.' are led by their titles",
        'Comic-Con poll: the island wins again\n\nSome 7,700 votes later, here are the results.\n\n1. Harbor Lights: 26%. The drama will end with its sixth season in early 2010.\n\n2. Quarry Hill: 15%. The new drama premieres Thursday, Sept. 24.\n\n3. Glass Acre: 10%. The serial-killer drama returns for season four on Sunday, Sept. 27.',
        '2009-07-27', ['Harbor Lights S6 2010-01-01..2010-04-30 year', 'Quarry Hill S1 2009-09-24 day', 'Glass Acre S4 2009-09-27 day']),
    row("a French title's words in small letters after its small words ('renewed Trois pour cent') are the title's",
        "France 2's autumn\n\nThe channel has renewed Trois pour cent for a second season. The comedy, set in a talent agency, returns on Wednesday 14 October.",
        '2015-09-01', ['Trois pour cent S2 2015-10-14 day']),
    row('the-series-kept-in-title',
        'GMMTV said Make It Right The Series will return for a second season on Aug. 14.',
        '2020-06-01', ['Make It Right The Series S2 2020-08-14 day']),
    row('and-what-of-asked-title',
        'And what of Glass Acre? The network now says the second season is aiming for sometime next year.',
        '2025-10-20', ['Glass Acre S2 2026-01-01..2026-12-31 year']),
    row('when-does-it-start-answered-in-the-paragraph',
        'Upfront week, decoded\n\nABC\n\nHarbor Lights\n\nWhen does it start? Sunday, Sept. 25, for season two.\n\nHow many episodes? Another 24, if all goes to plan.\n\nQuarry Hill\n\nWhen does it begin? Tuesday, Sept. 20.',
        '2005-05-20', ['Harbor Lights S2 2005-09-25 day', 'Quarry Hill S1 2005-09-20 day']),
    row("'Wednesday, which moved its shoot to Ireland': a weekday with a shoot of its own is the show",
        'Tudum news\n\nWednesday, which moved its shoot from Romania to Ireland, will also be back for season two in 2025.',
        '2024-09-23', ['Wednesday S2 2025-01-01..2025-12-31 year']),
    row("an aside 'now led by X as Y' between a show and its verb",
        "Scotland's drama boom\n\nShetland, now led by Ashley Jensen as DI Ruth Calder, returns for its ninth series on Wednesday 2 October.",
        '2024-09-10', ['Shetland S9 2024-10-02 day']),
    row("'X closes out the week when it comes back ...': the subject 'it' stands for",
        "The CW's fall\n\nNikita closes out the week when it comes back for its third season on Friday, Oct. 19.",
        '2012-05-18', ['Nikita S3 2012-10-19 day']),
    row("'Tuesdays belong to X, which ...': the show a night belongs to",
        "The CW's fall\n\nTuesdays belong to Hart of Dixie, which sends its doctor back to Alabama for season two on Tuesday, Oct. 2.",
        '2012-05-18', ['Hart of Dixie S2 2012-10-02 day']),
    row("'X waits a week longer, returning Monday, Sept. 18': the subject of the participle's date",
        'Daytime dates\n\nThe Tyra Banks Show waits a week longer, returning Monday, Sept. 18, for its second season.',
        '2006-08-28', ['The Tyra Banks Show S2 2006-09-18 day']),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUBJECTS)
def test_subject_with_modifiers(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── names and one claim per (show, season) ───────────────────────────────────────────────

MERGING = [
    row("a headline's short form of a title 'X and the Y' is the same show",
        "'Percy Jackson' season 2 sets December premiere\n\nDisney+ will premiere season 2 "
        "of Percy Jackson and the Olympians on December 10, 2025.", "2025-07-20",
        ["Percy Jackson and the Olympians S2 2025-12-10 day"]),
    row("a Title Case headline runs the title into its topic: the body's name wins",
        "The Creator of Severance on What Season 3 Holds\n\nSeverance drew its biggest "
        "audience yet this spring. Apple has renewed it for a third season, with no date.",
        "2025-04-01", ["Severance S3 tba"]),
    row("brand prefix dropped",
        "Marvel's Jessica Jones season 2 arrives on Netflix on March 8.",
        "2018-01-17", ["Jessica Jones S2 2018-03-08 day"]),
    row("brand prefix and bare name are one show",
        "Marvel's Jessica Jones season 2 arrives in March. Jessica Jones season 2 will be "
        "released on March 8.",
        "2018-01-17", ["Jessica Jones S2 2018-03-08 day"]),
    row("window then date: the date is kept",
        "Westworld will return for its second season in spring 2018. HBO has now confirmed "
        "that Westworld season 2 premieres on April 22.",
        "2018-01-10", ["Westworld S2 2018-04-22 day"]),
    row("date then wider window: the date is kept",
        "Westworld season 2 premieres on April 22, 2018. That puts Westworld season 2 in "
        "spring 2018, as HBO promised.",
        "2018-01-10", ["Westworld S2 2018-04-22 day"]),
    row("TBA then a date: the date is kept",
        "No premiere date has been set for Ozark season 2 yet. Update: Ozark season 2 "
        "arrives on August 31.",
        "2018-06-01", ["Ozark S2 2018-08-31 day"]),
    row("two seasons of one show stay apart",
        "Stranger Things season 2 premieres on October 27, and Netflix has already renewed "
        "Stranger Things for a third season.",
        "2017-09-01", ["Stranger Things S2 2017-10-27 day", "Stranger Things S3 tba"]),
    row("a title in two parts joined by a dash",
        "Re:Zero − Starting Life in Another World returns for its third season on October 2.",
        "2024-09-12", ["Re:Zero − Starting Life in Another World S3 2024-10-02 day"]),
    row("a short form in the headline, the full title in the body",
        "'Avatar' season 2 coming in 2026\n\nAvatar: The Last Airbender's second season is also "
        "set for 2026, though no exact date has been given.", "2025-08-10",
        ["Avatar: The Last Airbender S2 2026-01-01..2026-12-31 year"]),
    row("a title ending in Show, after a year and 'and'",
        "Foundation season 3 is scheduled for summer 2025 and The Morning Show will begin its "
        "fourth season in the autumn.", "2024-11-01",
        ["Foundation S3 2025-06-01..2025-08-31 season",
         "The Morning Show S4 2025-09-01..2025-11-30 season"]),
    row("an ampersand inside a title",
        "Ginny & Georgia will return for season 3 on Thursday.", "2025-06-02",
        ["Ginny & Georgia S3 2025-06-05 day"]),
    row("a title that ends before 'on <month> <day>'",
        "Disney+ will premiere season 2 of Percy Jackson and the Olympians on December 10, 2025.",
        "2025-07-20", ["Percy Jackson and the Olympians S2 2025-12-10 day"]),
    row("a headline's short form of a colon title",
        "Ember Road season 2 confirmed for January 2026\n\nThe anime adaptation of Ember "
        "Road: Beyond the Ashes will return for a second season in January 2026.",
        "2025-03-22", ["Ember Road: Beyond the Ashes S2 2026-01-01..2026-01-31 month"]),
    row("a subtitle's possessive is part of the title",
        "The anime Sora: Beyond Dawn's Edge returns for a second season in January 2026.",
        "2025-03-22", ["Sora: Beyond Dawn's Edge S2 2026-01-01..2026-01-31 month"]),
    row("a creator's possessive before a quoted title",
        "Apple TV+ sets June 26 premiere for Dana Whitlock's 'Tinder Box'",
        "2026-04-20", ["Tinder Box S1 2026-06-26 day"]),
    row("a studio's possessive before a title the article names alone",
        "'Lumen' season 4 sets January premiere\n\nShondaland's Lumen returns for its "
        "fourth season on Thursday, Jan. 29, 2026, the streamer said.",
        "2025-10-01", ["Lumen S4 2026-01-29 day"]),
    row("words after a quoted one-word title are not part of it",
        "'Lumen' Part 2 moved up a week\n\nNetflix has moved up the release of Lumen "
        "season 2 Part 2 to August 28.",
        "2025-08-01", ["Lumen S2 2025-08-28 day"]),
    row("'Grey's' beside 'Grey's Anatomy' is the show's short name",
        "Grey's Anatomy opens its 15th season Thursday, Sept. 27. Grey's will pass ER's "
        "record for episodes in the spring.",
        "2018-08-08", ["Grey's Anatomy S15 2018-09-27 day"]),
    row("an order that 'will count as' a season says which season the revival's date is",
        'The revival of "Mad About You" will premiere Wednesday, Nov. 20. Spectrum ordered '
        "12 episodes, which will count as the comedy's eighth season.",
        "2019-08-01", ["mad about you S8 2019-11-20"]),
    row("a renewal roundup: 'got a second season', 'brought back for a second year, as was Y', a kind with a quoted title in the aside",
        "ABC renews\n"
        "\n"
        "Picked up:\n"
        '- "Copper Lane," the ensemble drama about four friends, also got a second season.\n'
        '- "Night Desk," the "Harbor Lights" firefighter spinoff, was renewed for season '
        "three.\n"
        '- Freshman comedy "Ember Road" was brought back for a second year, as was '
        '"Static," the "Signal" spinoff set at a radio station.',
        "2019-05-11", ["Copper Lane S2 tba", "Night Desk S3 tba", "Ember Road S2 tba", "Static S2 tba"]),
    row("a headline's unaccented spelling is the body's accented title",
        "'Sakura Road' Renewed For Seasons 2 And 3 At FX\n"
        "\n"
        "FX has renewed Sakura Rōad for a second and third season, the network confirmed "
        "Wednesday. Neither season has a premiere date.",
        "2024-05-15", ["Sakura Rōad S2 tba", "Sakura Rōad S3 tba"]),
    row("a headline's label before a colon is no part of the title",
        'Sci-Fi TV This Fall: Foundation Returns, Silo Arrives\n\nFoundation opens its second season on Friday, July 14 on Apple TV+.',
        '2023-05-20', ['Foundation S2 2023-07-14 day']),
    row("a date written out beats a holiday's name for the same season",
        "'Arcane' is back for Christmas: Netflix sets 9th November release for its final season\n\nThe animated series ends with its second season.",
        '2024-09-01', ['Arcane S2 2024-11-09 day']),
    row('a later topic date no more precise does not undo a named one',
        "Fargo Season 4 Postponed, Will Debut in 2020\n\nFX confirmed on Wednesday that Fargo won't return until 2020.\n\nSeveral other dramas are lined up before then. And Noah Hawley's Legion, a new series set in the world of the comics, will premiere in 2019.",
        '2018-11-14', ['Fargo S4 2020-01-01..2020-12-31 year', 'Legion S1 2019-01-01..2019-12-31 year']),
    row("a headline's acronym ('MST3K') is the body's title it spells ('Mystery Science Theater 3000')",
        'Showtime dates its revival; MSC3K lands on Netflix in April\n\nThe crowdfunded return of Moon Shadow Cinema 3000, officially its eleventh season, will arrive on Netflix on April 14.',
        '2017-01-09', ['Moon Shadow Cinema 3000 S11 2017-04-14 day']),
    row("'All Creatures' series 3 in a headline, 'All Creatures Great and Small' series 3 in the body: one show",
        'PBS Sets Winter 2023 Masterpiece Slate: "Dales Vets" Series 3 Opens the Year\n\nSeries 3 of "Dales Vets of Yorkshire" premieres Sunday, Jan. 8 at 9/8c on PBS.',
        '2022-11-02', ['Dales Vets of Yorkshire S3 2023-01-08 day']),
    row("'Lantern King' in a headline, 'The Quiet Life of the Lantern King' in the body: the headline's short form is the title's last words",
        'Lantern King Returns Saturday\n\nThe Quiet Life of the Lantern King, the comedy about a shy sorcerer, returns with its second season this Saturday.',
        '2022-12-07', ['The Quiet Life of the Lantern King S2 2022-12-10 day']),
    row("a headline's 'on Sunday' gives way to the body's 'Sunday, October 12'",
        'Overtone back on Sunday\n\nThe Dutch legal drama Overtone returns to NPO 1 for a third series on Sunday, October 12.',
        '2014-09-30', ['Overtone S3 2014-10-12 day']),
    row("a lineup in Spanish that glosses few of its titles keeps the Spanish names ('Sangre de mi tierra (Blood of My Land)')",
        "Telemundo's new season\n\nThe network laid out its series for advertisers.\n\nFalsa Identidad — Season 3 of the fugitive drama arrives Monday, Sept. 8.\n\nSangre de mi tierra (Blood of My Land) — A new novela about avocado growers. Premieres Monday, Sept. 22, at 9 p.m./8c.\n\nLa Reina del Sur — A fourth season is confirmed; when it will air is not yet known.\n\nDinastía Casillas — The spinoff returns for a second season Tuesday, Oct. 14.",
        '2025-05-12', ['Falsa Identidad S3 2025-09-08 day', 'Sangre de mi tierra S1 2025-09-22 day', 'La Reina del Sur S4 tba', 'Dinastía Casillas S2 2025-10-14 day']),
    row("what a title means, quoted after 'the name simply means', is no other title",
        'A Gaelic channel goes live\n\nHere is a guide to its programmes.\n\nHarbor Lights. The current affairs programme (the name simply means "Europe") moves over from BBC Two Scotland and returns on Thursday 25 September.\n\nQuarry Hill. A new weekly news review launches on Saturday 20 September.\n\nGlass Acre. The first film of the documentary strand goes out on Monday 22 September.',
        '2008-09-15', ['Harbor Lights S? 2008-09-25 day', 'Quarry Hill S1 2008-09-20 day', 'Glass Acre S1 2008-09-22 day']),
    row("a franchise's possessive stays in its title ('RuPaul's Drag Race' beside 'RuPaul's Drag Race All Stars'), though 'Drag Race' is also named alone",
        "Reality calendar\n\nDrag Race fans have a busy winter. RuPaul's Drag Race begins its 17th season Friday, Jan. 3 on MTV. RuPaul's Drag Race All Stars returns in the spring.",
        '2024-12-10', ["RuPaul's Drag Race S17 2025-01-03 day", "RuPaul's Drag Race All Stars S? 2025-03-01..2025-05-31 season"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MERGING)
def test_names_and_merging(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


def test_brand_prefix_is_dropped_from_the_display_name() -> None:
    [claim] = extract_claims("Marvel's Jessica Jones season 2 arrives on Netflix on March 8.",
                             published=date(2018, 1, 17))
    assert claim.show == "Jessica Jones"
    assert claim.key == "jessica jones"


CAPITALS = [
    ("TWISTED METAL", "", "Twisted Metal"),
    ("NCIS: NEW ORLEANS", "", "NCIS: New Orleans"),
    ("THE X-FILES", "", "The X-Files"),
    ("GREY'S ANATOMY", "", "Grey's Anatomy"),
    ("3RD ROCK FROM THE SUN", "", "3rd Rock from the Sun"),
    ("CAPTAIN LASERHAWK: A BLOOD DRAGON REMIX", "", "Captain Laserhawk: A Blood Dragon Remix"),
    ("ER", "", "ER"),
    ("NYPD BLUE", "", "NYPD Blue"),
    ("ONE TREE HILL", "", "One Tree Hill"),
    ("MAD MEN", "", "Mad Men"),
    ("LAW & ORDER: SVU", "", "Law & Order: SVU"),
    ("STARGATE SG-1", "Stargate SG-1 returns for its ninth season.", "Stargate SG-1"),
    ("GLOW", "Netflix's GLOW is back. The comedy Glow ...", "Glow"),
    ("Sonic Prime", "", "Sonic Prime"),
]


@pytest.mark.parametrize(("name", "text", "shown"), CAPITALS, ids=[c[0] for c in CAPITALS])
def test_a_title_in_capitals_is_shown_as_a_title(name: str, text: str, shown: str) -> None:
    assert from_capitals(name, text) == shown


def test_a_listicles_titles_in_capitals_lead_their_paragraphs_and_are_shown_in_title_case() -> None:
    text = ("What the showcase told us\n\nMost of the trailers were for games. A few were for TV.\n\n"
            "HARBOR LIGHTS. Peacock's adaptation of the racing game drops all ten episodes "
            "July 27. The first Harbor Lights game came out in 1995.\n\n"
            "QUARRY HILL. Netflix confirmed season two arrives July 13.\n\n"
            "GLASS ACRE: NOCTURNE. The follow-up is coming this fall.")
    claims = extract_claims(text, published=date(2023, 6, 20))
    assert [(c.show, c.season, str(c.window.start)) for c in claims] == [
        ("Harbor Lights", 1, "2023-07-27"), ("Quarry Hill", 2, "2023-07-13"),
        ("Glass Acre: Nocturne", 1, "2023-09-01")]


def test_short_title_takes_the_subtitle_the_body_always_gives_it() -> None:
    text = ("Fall anime preview: Harbor, Night Orchard and more\n\n"
            "The headline premiere is Harbor: Beyond the Lighthouse, Kumo's adaptation of the "
            "manga. It premieres Friday, Sept. 29.")
    [claim] = extract_claims(text, published=date(2023, 9, 1))
    assert claim.show == "Harbor: Beyond the Lighthouse"
    assert claim.key == "harbor"  # (the short form still finds the show in later articles)


def test_a_title_named_alone_in_the_body_keeps_its_short_name() -> None:
    text = ("Doctor Who returns this spring\n\nDoctor Who: Joy to the World airs on Christmas "
            "Day. Doctor Who returns for a new season this spring.")
    [claim] = [c for c in extract_claims(text, published=date(2024, 11, 20))
               if c.key == "doctor who"]
    assert claim.show == "Doctor Who"


# ── known titles: the database's shows are found without a cue ───────────────────────────

# "Fleabag" has no release cue of its own here: only the known title makes it a show.
KNOWN = ("Fleabag was the surprise of 2016. The second season arrives on Amazon Prime Video "
         "on May 17.")


def test_known_title_is_found_without_a_cue() -> None:
    got = extracted(KNOWN, "2019-03-01", known=("Fleabag",))
    assert got == wanted(["Fleabag S2 2019-05-17 day"])


def test_known_title_given_with_a_brand_prefix() -> None:
    text = "Daredevil is the show everyone asks about. Season 2 arrives on Netflix on March 18."
    [claim] = extract_claims(text, published=date(2016, 1, 14),
                             known_titles=("Marvel's Daredevil",))
    assert canonical(claim) == normalized("Daredevil S2 2016-03-18 day")
    assert claim.show == "Daredevil"  # shown without the brand, like names found in text


def test_known_title_does_not_make_a_claim_from_a_mere_mention() -> None:
    text = "Fleabag was the surprise of 2016, and Phoebe Waller-Bridge won an Emmy for it."
    assert extracted(text, "2019-10-01", known=("Fleabag",)) == []


# ── traps: no claim at all ───────────────────────────────────────────────────────────────

TRAPS = [
    row("a reporting verb, a weekday, then a season number: the weekday is a date",
        "HBO said Tuesday season 3 would premiere in June.", "2025-02-25", []),
    row("a show named as the parent of a spinoff gets no date",
        "Peacock orders The Office spinoff to series\n\nThe untitled mockumentary will "
        "premiere in 2025, the streamer said.", "2024-06-11", []),
    row("film in theaters",
        "The film Logan opens in theaters on March 3.", "2017-01-10", []),
    row("film by its title and a cinema cue",
        "Captain America: Civil War hits cinemas in May.", "2016-01-14", []),
    row("comic back on shelves",
        "The comic Alias returns to shelves in March.", "2016-01-14", []),
    row("book release",
        "The novel The Winds of Winter is expected to be released later this year.",
        "2016-01-14", []),
    row("video game",
        "The video game The Last of Us Part II launches on June 19.", "2020-03-01", []),
    row("actor returning",
        "Star Krysten Ritter returns in March.", "2016-01-14", []),
    row("actor named with no role word",
        "Amy Adams arrives in London on March 3 to start work on the series.",
        "2017-01-10", [],
        pytest.mark.xfail(strict=True, reason="hard: a bare first and last name with no role "
                          "word looks like a title; telling it from a show needs a person cue "
                          "such as travel ('arrives in London')")),
    row("network launch",
        "Netflix launches in Japan in September.", "2015-06-01", []),
    row("streaming service arrives",
        "Disney+ arrives in the UK on March 24.", "2020-01-10", []),
    row("studio news",
        "Marvel Studios will reveal its plans at an event on May 3.", "2019-04-01", []),
    row("2016 winter press tour",
        "Netflix executives talked about Daredevil at the 2016 winter press tour.",
        "2016-01-14", []),
    row("trailer drops Friday",
        "The trailer for Daredevil season 2 drops Friday.", "2016-01-14", []),
    row("first look next week",
        "A first look at The Crown season 2 arrives next week.", "2017-09-01", []),
    row("Comic-Con panel",
        "The Westworld panel at Comic-Con is scheduled for July 21.", "2018-06-01", []),
    row("filming begins this summer",
        "Filming on Stranger Things season 3 begins this summer.", "2018-02-01", []),
    row("production starts in January",
        "Production on the fourth season of The Crown starts in January.",
        "2018-10-01", []),
    row("season finale",
        "The Walking Dead season 7 finale airs April 2.", "2017-03-01", []),
    row("series finale",
        "The series finale of The Americans airs on May 30.", "2018-04-10", []),
    row("past premiere read later",
        "Daredevil season 2 premiered on March 18.", "2016-04-10", []),
    row("past premiere with its year",
        "The second season of Daredevil debuted on Netflix on March 18, 2016.",
        "2016-04-10", []),
    row("ratings",
        "The Big Bang Theory drew a 3.2 rating in the 18-49 demo on Thursday.",
        "2017-10-10", []),
    row("24/7 is no date",
        "Pluto TV now streams Doctor Who 24/7 on a dedicated channel.", "2020-01-10", []),
    row("Fox 5 is no date",
        "The Simpsons reruns air weeknights on Fox 5 in New York.", "2016-01-14", []),
    row("an age is no date",
        "Stranger Things star Millie Bobby Brown turns 14 in February.", "2018-01-10", []),
    row("money is no date",
        "The Crown reportedly costs $13 million an episode, and the second season cost "
        "\u00a3100 million.", "2017-11-01", []),
    row("episode count",
        "The Crown season 2 will have 10 episodes of about 60 minutes.", "2017-09-01", []),
    row("a text without shows or dates",
        "Critics agree that television has never been better.", "2017-09-01", []),
    row("empty text", "", "2017-09-01", []),
    row("where a run of weekly episodes ends",
        "Shogun premiered on Tuesday. The limited series releases new episodes weekly through "
        "April 23.", "2024-03-04", []),
    row("the US is no title", "The show was a hit in the US and will return in the fall.",
        "2024-06-01", []),
    row("the day a last season concludes",
        "FX's The Old Man will end with its second season, which concludes on October 29.",
        "2025-08-14", []),
    row("a pickup not yet received",
        "NBC's Brilliant Minds, starring Zachary Quinto, has yet to receive a season 2 pickup.",
        "2024-11-20", []),
    row("a person returning to TV",
        "Kit Harington returns to TV in the fall with a new HBO drama.", "2025-03-01", []),
    row("a person set for a release of her film",
        "Millie Bobby Brown is set for a spring release of her next Netflix film.", "2025-03-01",
        []),
    row("a host back as host is no show",
        "Villa Nights returns for season 7. Maya Jenner is back as host on June 3.",
        "2025-05-10", []),
    row("a press release's dateline dates the news",
        "NEW YORK, Jan. 8, 2026 /PRNewswire/ -- Peacock today announced that the comedy"
        " series Copper Lane will return.",
        "2026-01-08", []),
    row("a sports league's season",
        "The NFL season kicks off Sept. 4 on NBC, and Sunday Night Football returns "
        "Sept. 7.",
        "2025-08-20", []),
    row("a film called the big-screen continuation of a series",
        "'Copper Lane & Friends' sets May 2026 release\n\nDisney confirmed that Copper "
        "Lane & Friends, the big-screen continuation of the Disney+ series, opens in "
        "theaters on May 22, 2026.",
        "2025-04-10", []),
    row("an untitled spinoff in development is not the show's next season",
        "After six seasons, 'Copper Lane' ends\n\nThe streamer's Copper Lane concluded "
        "its sixth and final season on February 13. Producers have confirmed a spinoff "
        "is in development, though no title or date has been announced.",
        "2025-02-20", []),
    row("a film's streaming date is not lent to the show in the next clause",
        "The movie Harvest Moon begins streaming on December 19, and the miniseries "
        "Salt Flats wraps its run on December 21.",
        "2026-11-20", []),
    row("'picked up 17 nods' is an awards tally, not a renewal",
        "Harbor Lights, whose third season premiered in May, picked up 17 nods.",
        "2024-07-17", []),
    row("'On the film side, X 2 is set for July 25'",
        "On the film side, Adam Sandler's Harbor Lights 2 is set for July 25, while "
        "another film gets a limited theatrical run in October.",
        "2025-06-10", []),
    row("a programming block's quoted name is no show",
        "The second season airs in Nippon TV's Friday night \"Harbor Anime Night\" block "
        "from January 16, 2026.",
        "2025-09-20", []),
    row("a return from a holiday or midseason break is not a season premiere",
        "Winter returns\n\nHarbor Watch comes back from its winter break on Thursday, "
        "Jan. 9, and Cold Ledger returns Feb. 4 after its midseason break.",
        "2019-12-02", []),
    row("an article about films or games, with hardly a word of TV, dates no show",
        "'Sandstorm: Part Two' moves to spring as the strike reshapes the movie "
        "calendar\n\nThe studio has pushed the sci-fi sequel from its November 3 release "
        "date to March 15, 2024, the film's director confirmed. The first film grossed "
        "$400 million at the box office.\n\nOther movies moved too: Titan Clash: The New "
        "Reign moves from March 15 to April 12, 2024, and the tennis drama Baseline "
        "moves to April 26. The studio's next game adaptation, Pixel Knights, is now "
        "dated for August.",
        "2023-08-24", []),
    row("'will end its 16th season on April 9' is a finale",
        "Shutdown\n\nHarbor Watch will end its 16th season on April 9, four episodes "
        "short of its order.",
        "2020-03-27", []),
    row("'its Christmas 2019 schedule' names a schedule, and a 'one-off episode' on Christmas Day is a special",
        "BBC unveils Christmas 2019 schedule: Harbor Watch returns\n\nHarbor Watch's one-"
        "off episode, the first in ten years, airs at 8.30pm on Christmas Day.",
        "2019-12-10", []),
    row("a byline and a time stamp under the headline date nothing",
        "Autumn TV: the big shows heading for your screens\n\nBy Sarah Hughes\nMonday 20 "
        "August 2012 12.01 BST\n\nThe schedulers have finally stopped hiding their best "
        "work, and new dramas are arriving over the next few months.",
        "2012-08-20", []),
    row("an 'ADVERTISEMENT' line between two paragraphs is the page's, no show",
        "Q: Is there anything new on the network soon?\n\nADVERTISEMENT\n\nA: Season two "
        "arrives in the summer, its creator says.",
        "2015-01-20", []),
    row("'X, whose 2014 novel was the basis': an author",
        "Dana Whitlock, whose 2014 novel was the basis for the first season, wrote a "
        "treatment for the next; a second season is expected in 2019.",
        "2018-12-04", []),
    row("a byline's second line ('Staff Writer', 'TV Columnist') is no show",
        "The fall talk rush is on\n\nBy Gail Brenner\nStaff Writer\n\nAt least five new talk "
        "shows are headed to your TV this fall.\n\nBy Anne Kowalczyk\nTV Columnist\n\nMore "
        "arrive this spring.",
        "2013-08-25", []),
    row("a byline with a date and a time after pipes is the page's",
        "Everything coming to the service in June\n\nBy Priya Raman | May 28, 2019 | 3:15"
        " PM\n\nThe documentary arrives June 7.",
        "2019-05-28", []),
    row("'the Winter Olympics on NBC (Feb. 12-28)': an event's dates, not the next show's",
        "It is a strange stretch: between the Winter Olympics on NBC (Feb. 12-28) and a"
        " final season of Harbor Lights, there is a lot to watch.",
        "2009-12-14", []),
    row("an episode's quoted title after 'The premiere,' is no show",
        "The zombie drama sets a ratings record\n\nThe premiere, \"Seed,\" picked up eight "
        "months after the season two finale. The network will air eight episodes this "
        "fall.",
        "2012-10-16", []),
    row("'The 75th Primetime Emmy Awards ... will now be handed out on Monday, Jan. 15': an event",
        "The 75th Primetime Emmy Awards, originally scheduled for Sept. 18, will now be"
        " handed out on Monday, Jan. 15.",
        "2023-08-15", []),
    row("a one-word status heading ('Delayed') or sentence opener ('Originally set for May 31') is no show",
        "Where the shows stand\n\nDelayed\n\nThe third season has been pushed to next year."
        "\n\nOriginally set for May 31, the series will now debut later.",
        "2020-04-09", []),
    row("'The BBC and HBO ordered a second series': two networks, no show",
        "The BBC and HBO ordered a second series before the first had even aired.",
        "2019-11-13", []),
    row("a status section's capitals, 'DELAYED' and 'CANCELLED', name no show, and the show before them lends them nothing",
        "Fall TV: what's dated, what's delayed\n\nDATED\n\nFX's Harbor Lights, whose fourth"
        " installment was pulled from its April slot, finally premiered on Sept. 27.\n\n"
        "DELAYED\n\nThe network has added six more episodes to that season, which it says"
        " will air early next year. A final season has also been ordered, with no date "
        "set.\n\nCANCELLED\n\nThe streamer has reversed course on its wrestling comedy.",
        "2020-10-05", []),
    row("a final season 'airing now' is no renewal to come",
        "Streaming this week\n\nThe Night Orchard's third and final season is airing now;"
        " the series finale is scheduled for May 1.",
        "2024-02-28", []),
    row("a season's reunion special 'set to stream at 5 p.m. Pacific on Sunday' is no premiere",
        "Reality news\n\nThe Harbor Lights season four reunion, set to stream at 5 p.m. "
        "Pacific on Sunday, sat behind a 'coming soon' card for an hour.",
        "2023-04-17", []),
    row("a season and a date with a filming word stay no premiere: 'series 11 of X, shooting in autumn 2018'",
        "Drama news\n\nFurther ahead, Mira Okafor takes over the lead for series 11 of "
        "Harbor Lights, shooting in autumn 2018.",
        "2017-08-15", []),
    row("a story's setting is no date: 'begins its second season, set on the Fourth of July'",
        "Winter preview\n\nHarbor Lights, the streamer's real-time hospital drama, begins"
        " its second season, set on the Fourth of July.",
        "2025-12-15", []),
    row("a long Title Case headline over the story by a single line break: 'Premiere Dates:' names no show, nor do the news day and a lineup's 'most of the schedule ... in late September'",
        "CBS Locks In Fall 2016 Premiere Dates: Comedy Opens on Mondays Again, the "
        "Reboot Gets a Friday Launch\nCBS wasted no time getting its fall calendar out "
        "the door. The network on Wednesday handed out premiere dates for nearly all of"
        " its returning series, with most of the schedule rolling out over the "
        "traditional premiere week in late September.",
        "2016-06-29", []),
    row("an event's relative clause: 'its Thursday Night Football package, which kicks off Thursday, Sept. 15'",
        "Fall schedule news\n\nHarbor Lights moves again this fall. As it did a year ago,"
        " the network has to work around its Thursday Night Football package, which "
        "kicks off Thursday, Sept. 15.",
        "2016-06-29", []),
    row("'X: Live, a three-hour live musical with ..., airs Sunday, Jan. 31' is a special",
        "Winter preview\n\nHarbor: Live, a three-hour live musical with Mira Okafor and "
        "Dev Patelo, airs Sunday, Jan. 31.",
        "2015-12-29", []),
    row("an answer under a question that is not about when stays dateless",
        "Showrunner on the 'Harbor Lights' finale\n\nWhat was the hardest scene to shoot?"
        "\n\nThe flood. We were hoping for early sun and got rain for a week.",
        "2023-03-27", []),
    row("a speaker's label over a first-person answer ('Mira Okafor: Pretty much. ..., I knew ...') names no show",
        "Mira Okafor Answers Our Finale Questions\n\nThe show was renewed last month.\n\n"
        "When do you think people will see it?\n\nMira Okafor: Pretty much whenever we "
        "finish. Once the cast agreed to come back, I knew we had it, so maybe 2024.",
        "2022-12-13", []),
    row("'A Christmas Day special, in which ..., airs on 25 December' is a special, and 'Day' no title",
        "Christmas and New Year TV\n\nA Christmas Day special, in which the contenders "
        "take on a team of former Olympians, airs on 25 December, but it stands alone "
        "from the new series.",
        "2024-12-10", []),
    row("a condition's day ('Even if the strike ended tomorrow, ...') and an awards ceremony's move are no premieres",
        "Strike news\n\nHarbor Lights is on hold. \"Even if the strike ended tomorrow, the"
        " writers would need months,\" the showrunner said. The show earned 24 Emmy "
        "nominations last month, though the awards ceremony itself, originally "
        "scheduled for September, has been postponed to January.",
        "2023-08-09", []),
    row("'with the last completed episode airing Thursday, April 9' is an end, not a premiere",
        "Coronavirus shuffle\n\nHarbor Lights' tenth season will not end on April 5 as "
        "scheduled. Over at ABC, Orchard's Anatomy cuts its 16th season short, with the"
        " last completed episode airing Thursday, April 9.",
        "2020-04-03", []),
    row("'Episode 5, the penultimate hour, airs Sunday' is an episode, not a premiere",
        "There are two episodes of Harbor Lights left. Episode 5, the penultimate hour,"
        " airs Sunday at 9 p.m., and the series finale follows on May 17.",
        "2026-05-06", []),
    row("'ARRIVING' / 'LEAVING' section headings are no shows",
        "Streaming This Weekend: What's New and What's Leaving\n\nHere is what is landing"
        " this weekend.\n\nARRIVING\n\nNothing new of note.\n\nLEAVING\n\nIf anything here is "
        "on your watchlist, get to it before Saturday night.",
        "2023-07-13", []),
    row("a guide's headline 'What to Watch This Season' is no title",
        "Spring 2027 Anime Simulcast Guide: What to Watch This Season\n\nThe spring anime"
        " season is almost here, and it is one of the busiest in years.",
        "2027-03-25", []),
    row("'X, which released its third and final season on July 19, has wrapped up' is no renewal",
        "Harbor Lights, which released its third and final season on July 19, has "
        "wrapped up its story.",
        "2026-08-01", []),
    row("a film opening under a day's heading",
        "Your Week in TV\n\nFriday, Oct. 9\nThe animated film Night Owls opens in "
        "theaters.",
        "2026-10-01", []),
    row("a novel's own release date",
        "The Year Ahead\n\nOrchard Lane (Hulu)\nMara Quinn's new novel arrives in "
        "bookstores March 3.",
        "2026-11-20", []),
    row("a network's year of programming is no premiere date",
        "The Block Heads Back to Melbourne\n\nSYDNEY - Nine has taken the wraps off its "
        "2027 programming at its annual upfront event, promising advertisers the return"
        " of its ratings heavyweights.",
        "2026-10-20", []),
    row("a guide's headline 'When Your Favorite Shows Return' is no title",
        "Reality Check: When Your Favorite Competition Shows Return in 2027\n\nHere is "
        "when the rest of the genre is back.",
        "2026-12-10", []),
    row("'Additional premiere dates ... will be announced' names no show",
        "NBC sets its fall\n\nAdditional premiere dates for summer and reality "
        "programming will be announced at a later time.",
        "2026-06-22", []),
    row("a show's second episode is no premiere",
        "TONIGHT'S TV\n\nThe busiest night of the week.\n\nAlso tonight: \"Orchard Lane\" "
        "airs its second episode at 8:30 p.m. on Fox, a week after its well-reviewed "
        "premiere.",
        "2026-09-22", []),
    row("a show 'taken off the air after two episodes in October' is a cancellation, no premiere",
        "ABC's cancellations\n\nThe network's bets largely failed.\n\nOrchard Lane, about a"
        " group of gas station employees who win the lottery, was one of the first "
        "cancellations of the fall, taken off the air after just two episodes in "
        "October.",
        "2026-05-10", []),
    row("a film arriving on a streamer 'after its theatrical run'",
        "Disney+ raises prices\n\nThe company said Wednesday that prices will rise.\n\n"
        "Disney+ will also mark its annual Disney+ Day on Sept. 8, when \"Night Owls\" "
        "arrives on the service after its theatrical run.",
        "2026-08-11", []),
    row("a festival's film, 'a brief theatrical release' before streaming, and 'its Venice premiere'",
        "Toronto Film Festival: Night Owls Moves Audiences to Tears\n\nThe festival is "
        "barely four days old.\n\nGuillermo del Toro's Orchard Lane, screening at the "
        "festival after its Venice premiere, split the room. Netflix gives the film a "
        "brief theatrical release in October before it begins streaming on Nov. 7.",
        "2026-09-08", []),
    row("a final season already released is no renewal",
        "Netflix's Brazilian slate\n\nThe company looked back at recent releases.\n\nThe "
        "dystopian series 3% released its fourth and final season on Aug. 14.",
        "2026-08-20", []),
    row("a revival that 'arrives as two hour-long specials' is no series premiere",
        "Christmas TV\n\nThe broadcasters have unveiled their line-ups.\n\nBBC One's "
        "Christmas Day is built around the Orchard Lane special, which airs at 8.30pm. "
        "Mackenzie Crook's revival arrives as two hour-long specials on Boxing Day and "
        "the day after.",
        "2026-12-10", []),
    row("'a mobile rhythm game tie-in, X, launches' names a game",
        "Anime slate\n\nA mobile card game tie-in, Copper Wings: Pit Lane, launches in "
        "the spring.",
        "2026-12-01", []),
    row("'The Toy Box Holiday Special, a 40-minute one-off' is a special",
        "Holiday guide\n\nPixar goes festive. The Toy Box Holiday Special, a 40-minute "
        "one-off, debuts on Disney+ on Friday, Nov. 25.",
        "2022-11-18", []),
    row("a section headed 'Renewals' names no show called Renewals",
        "Renewals\n\nThe network has renewed the drama for a second season.",
        "2015-05-08", []),
    row("a section headed 'Cancellations' names no show called Cancellations",
        "Cancellations\n\nThe streamer has renewed the comedy for a third season after "
        "all.",
        "2015-05-08", []),
    row("'The Week Ahead on TV', 'here's what's premiering this week' and 'we'll be back next Sunday' date no show",
        "The Week Ahead on TV: Premiere Week Is Here\n\nGood morning. Gold Creek is "
        "expected to sweep tonight's awards. Here's what's premiering this week and "
        "next.\n\nEnjoy the show tonight, and we'll be back next Sunday with more "
        "premieres.",
        "2024-09-15", []),
    row("'Mara Quinn (Cold Light, Tin Roof) will direct the season' names a director",
        "Production news\n\nMara Quinn (Cold Light, Tin Roof) will direct the whole of "
        "the new season, which arrives next year.",
        "2018-12-17", []),
    row("'X wraps its third season tonight' ends a season, and the next one is what returns",
        "Rust Belt wraps its second season tonight on FX, and fans won't have to wait long "
        "for what comes next.",
        "2022-05-26", []),
    row("'reruns of X start Sunday' premiere nothing",
        "Reruns of Paramount Network's Dust Road start Sunday, Sept. 17, on CBS.",
        "2023-08-08", []),
    row("'The films came first.' opens a paragraph of films: its dates are theirs",
        "The studio laid out its slate.\n"
        "\n"
        "The films came first. Red Harbor, with Ada Vale, opens May 1, 2020, followed by "
        "The Lanterns on November 6, 2020. Dust Kingdom is set for February 12, 2021, and "
        "Salt Crown for November 5, 2021.",
        "2019-07-20", []),
    row("'the British drama set in New Orleans': a place after 'set in' is no title",
        "The announcement was for the reimagining of the British drama set in New Orleans, "
        "which will premiere June 9 with all eight episodes.",
        "2022-05-16", []),
    row("a quoted book after 'adapts' or 'drawn from' is the source, not a show",
        'The writer said the new season adapts "Real Tigers," the third of the spy novels. '
        'The next one, drawn from "Joe Country," is due next spring.',
        "2022-06-01", []),
    row("'the series follows Wednesday Addams': a character, no date",
        "The series follows Wednesday Addams as she starts at a new school.",
        "2022-08-01", []),
    row("'Gavin & Stacey: The Finale' airs Christmas Day: a finale special, not a premiere",
        '"Gavin & Stacey: The Finale" airs on Christmas Day on BBC One.',
        "2024-11-01", []),
    row("'the network's \"X\" companion pilot' is an untitled new show, not X",
        "AMC's chief would not say when the network's \"Dead Walkers\" companion pilot might "
        "become a series, let alone air.",
        "2015-01-16", []),
    row("an obituary's 'joined the sixth and final season of X' is a past role, not news of a season",
        'In recent years the actor joined the sixth and final season of "The Good Case" on '
        "Paramount+ and played an editor in a 2022 film.",
        "2023-12-13", []),
    row("a quoted holiday film named in passing ('\"A Jingle Jam: A Christmas Journey\" arrives Nov. 13') gives no claim",
        "If you prefer your holidays scripted, there are plenty of movies. Netflix's \"A "
        'Jingle Jam: A Christmas Journey" arrives Nov. 13, and Hallmark is rolling out 40 '
        "new Christmas movies.",
        "2020-10-21", []),
    row("'Showrunners A and B will return in 2025' names the makers, not two shows",
        "Showrunners Geneva Robertson-Dworet and Graham Wagner will return in 2025 with "
        "eight more episodes, the studio said.",
        "2024-04-20", []),
    row("'films including Luca Guadagnino's Challengers': a film, even when a window follows",
        "Zendaya has moved on to films including Luca Guadagnino's Challengers, which the "
        "studio moved to next April.",
        "2023-08-10", []),
    row("a quoted part's name ('\"Season 3 Part 2\" is still season 3') is no title",
        'A lot of big shows now split a season into two cours, so "Season 3 Part 2" is '
        "still season 3, and it returns in April 2019.",
        "2018-10-22", []),
    row("a date in a question ('when will anything new arrive this week?') is asked, not told",
        'Almost every letter had the same question: with Hollywood shut down, will "The '
        'Crown" arrive this week?',
        "2020-04-13", []),
    row("game makers and platforms are no shows ('Nintendo, whose new console went on sale Thursday, skipped the show')",
        "Hardware stayed home. Nintendo, whose new console went on sale Thursday, skipped "
        "the show, and the studio's sequel arrives June 26 on PS5.",
        "2025-06-01", []),
    row("'Films round out the holiday schedule: the airport thriller X arrives DATE, and Y streams from DATE': films, not shows",
        "The Diplomat returns for its second season on Oct. 31.\n"
        "\n"
        "Films round out the holiday schedule: the airport thriller Carry-On arrives Dec. "
        "13, and Jacques Audiard's Emilia Perez streams from Nov. 13.",
        "2024-10-18", ["diplomat S2 2024-10-31 day"]),
    row("a final season already launched is no renewal",
        "It caps a strong spring for HBO, which launched the final season of Vice President"
        " and the second season of Hitman at the end of March, both to solid numbers.",
        "2019-04-16", []),
    row("the premiere of a final season that drew viewers",
        "The premiere of the eighth and final season of Ice Thrones drew 17.4 million "
        "viewers on Sunday night, the network said Monday.",
        "2019-04-16", []),
    row("a streaming service's own launch is not the topic's date",
        "Succession Drama's second season ended last October. HBO Max, the company's new "
        "streaming service, launches May 27 at $14.99 a month.",
        "2020-05-19", []),
    row("subscribers who will not have to wait",
        "Subscribers will not have to wait long for The Reckoning Part 2. The final eight "
        "episodes arrive on March 10.",
        "2023-01-05", []),
    row("a place's compound adjective is no title",
        "Rinkside gets a date: Sudbury-shot 'Hinterland' spinoff lands on Crave May 27",
        "2022-04-20", ["rinkside S1 2022-05-27 day"]),
    row("a film a studio moved keeps its dates",
        "Slow Ward season 3 had been expected this fall. Warner Bros. moved Sandworm: Part "
        "Two from Nov. 3 to March 15, 2024 on Thursday.",
        "2023-08-25", []),
    row("a game's date after its description",
        "Devil Might Cry has been renewed for a second season but has no release date. "
        "Kojima's appearance was devoted to Beach Walker 2, the Sony-published sequel that "
        "arrives June 26.",
        "2025-06-09", ["devil might cry S2 tba"]),
    row("two characters' surnames as a subject, each named in full elsewhere, are no shows",
        'Reagan and Danko are back on the beat next month. CBS said "Boston Blue" returns '
        "on Friday, Oct. 9, with Donnie Wahlberg as Det. Danny Reagan and Sonequa Martin-"
        "Green as Lena Danko.",
        "2026-09-02", ["boston blue S? 2026-10-09 day"]),
    row("a time zone after the hour is no title",
        'ABC said "Will Trent" opens its third season on Tuesday, Jan. 7, at 8 p.m. '
        "Eastern, with episodes streaming the same day on Hulu.",
        "2024-11-20", ["will trent S3 2025-01-07 day"]),
    row("a surname that a sentence-opening given name carries elsewhere is a person",
        'Syfy said "Resident Alien" returns Wednesday, Jan. 26.\n'
        "\n"
        "Alan Tudyk stars as the alien again. Tudyk fans will not have to wait until "
        "January to see him on screen.",
        "2021-11-18", ["resident alien S? 2022-01-26 day"]),
    row("an auxiliary after a question word in a heading is no title",
        "When Does The Bear Season 4 Arrive?\n"
        "\n"
        "What Will Season 4 Be About?\n"
        "\n"
        "FX has renewed the kitchen drama for a fourth season.",
        "2024-07-10", ["bear S4 tba"]),
    row("a cast after 'with' whose given names are common ones is no show",
        'Fox is pressing on with "Animal Control," the workplace comedy. The sitcom, with '
        "Joel McHale, Gerald McRaney and Laurie Metcalf, returns Thursday, Feb. 15.",
        "2024-01-09", ["animal control S? 2024-02-15 day"]),
    row("a film's date in a relative clause after 'sequel' is no show's",
        '"Stranger Things" is done filming. With Millie Bobby Brown now busy with the Enola'
        " Holmes sequel, which opens Nov. 4, fans should expect a long wait.",
        "2022-08-15", []),
    row("a film's own release date is no show's",
        '"Doom Patrol" premieres on DC Universe. Its star promoted Aquaman ahead of the '
        "film's Dec. 21 release.",
        "2018-07-22", []),
    row("a star's debut season in a role is no title",
        "Comic-Con 2019: Premiere Dates From 'Doctor Who' To 'Watchmen'\n"
        "\n"
        "BBC America used its panel to confirm that Jodie Whittaker's second season as the "
        "Doctor — the 12th since the show's 2005 revival — will premiere Wednesday, Jan. 1.",
        "2019-07-21", []),
    row("a star back somewhere for a numbered series of a show is no title",
        "Sarah Lancashire will also be back in Halifax for a third series of Happy Valley "
        "in 2016.",
        "2015-03-01", ["happy valley S3 2016-01-01..2016-12-31 year"]),
    row("a place after 'at the' is no title",
        'Maxine Peake plays the singer in "Silk Road", a drama about her early years at the'
        " Albert Hall, which starts on Monday 15 September.",
        "2014-08-28", ["silk road S1 2014-09-15 day"]),
    row("a headline's 'Sets' is no giver of a title",
        "Netflix Sets Three-Part Release Starting November For Its Biggest Drama\n"
        "\n"
        "The streamer said the drama's final season will roll out in three parts.",
        "2025-07-16", []),
    row("'Nothing' opening a sentence is no title, and says nothing was renewed",
        "Netflix did not say whether a second season of Beef is coming. Nothing has been "
        "ordered.",
        "2023-05-01", []),
    row("an actor named in a guide's headline and playing the lead is no title",
        "New on Apple TV+ in August: Rebecca Ferguson goes underground\n"
        "\n"
        "Friday, Aug. 9\n"
        "\n"
        "Silo. Rebecca Ferguson plays an engineer who starts asking questions about her "
        "bunker.\n"
        "\n"
        "Friday, Aug. 16\n"
        "\n"
        "Bad Monkey. Vince Vaughn is a demoted detective in Florida.",
        "2024-07-30", ["bad monkey S1 2024-08-16 day", "silo S1 2024-08-09 day"]),
    row("a date right after a death is no premiere",
        "Sherlock will return, although one of its writers spoke of it before his death "
        "this month.",
        "2024-03-10", []),
    row("a season that picks up the war is no renewal",
        "Attack on Titan (Crunchyroll). The final season picks up the war with Marley.",
        "2022-01-05", []),
    row("a part's quoted name is no title",
        'Vinland Saga part two, "The Farm," has been set for January.',
        "2022-10-01", []),
    row("a quoted title then 'a documentary film' is a film",
        '"Whitney," a documentary film about the singer, will premiere March 27.',
        "2021-02-03", []),
    row("a network's executive named with its possessive is no title",
        "'Yellowjackets' Pushed To 2023, Showtime's Gary Levine Confirms\n"
        "\n"
        "The drama's second season will now premiere in the first half of 2023, Showtime "
        "president Gary Levine told reporters.",
        "2022-08-10", ["yellowjackets S2 2023-01-01..2023-06-30 half"]),
    row("a date the sentence then calls a film's",
        "Coming up: Boston Strangler premieres on Hulu March 17 — it's a film, but the one "
        "we want most.",
        "2023-03-01", []),
    row("a person cut at a middle initial is no title",
        "NBC's fall plan\n"
        "\n"
        "The network opens Thursdays on Sept. 26, with the return of Michael J. Fox to "
        'comedy in "The Michael J. Fox Show" at 9.',
        "2013-06-24", ["michael j fox show S? 2013-09-26 day"]),
    row("a season's own name in apposition after 'its Nth season' is no show",
        "ABC's midseason\n"
        "\n"
        '"The Bachelor" opens its 30th season, "Paradise Found," on Monday, Jan. 5, with a '
        "new lead.",
        "2025-11-20", ["bachelor S30 2026-01-05 day"]),
    row("a mailbag: a reader's signed name is no title, the question's dates are no claims",
        "Ask the TV desk\n"
        "\n"
        "Q: We binged the first season of \"Reacher\" in two nights. Please say we won't wait"
        " until next year. — Dexter Hale, Tyler\n"
        "\n"
        "A: You won't. Season two starts Friday, Dec. 15, with three episodes.\n"
        "\n"
        'Q: Is "Dexter" coming back? — Mona Price, Waco\n'
        "\n"
        "A: Yes: the prequel series arrives next year on Showtime.",
        "2023-10-02", ["dexter S? 2024-01-01..2024-12-31 year", "reacher S2 2023-12-15 day"]),
    row("a film's theatrical date after 'a few weeks after' is the film's, not the show's",
        "Winter slate\n"
        "\n"
        "\"Harbor Lights\" season two lands in March, a few weeks after the studio's \"Ember "
        'Road" opens in theaters on Feb. 14.',
        "2024-12-05", ["harbor lights S2 2025-03-01..2025-03-31 month"]),
    row("ratings for a premiere that aired ('drew ... for its premiere Tuesday night') date nothing",
        "Ratings\n"
        "\n"
        'The family drama "Copper Lane" drew 9 million viewers for its premiere Tuesday '
        "night, the best debut of the fall.",
        "2016-09-28", []),
    row("the character an actor plays 'on' a show is no part of its title",
        "Notes\n"
        "\n"
        "Finally, Mara Quinn said she had shot her last scenes as Betty on Copper Lane, "
        "whose sixth and final season begins this spring.",
        "2014-01-10", ["copper lane S6 2014-03-01..2014-05-31 season"]),
    row("a film that 'won best picture' is no show a renewal's 'it' can mean",
        "TNT moves up 'Copper Lane'\n"
        "\n"
        "The series is based on a French graphic novel and the 2013 film by a Korean "
        'director, whose "Lantern" won best picture at the Oscars in February. TNT renewed '
        "it for a second season in January, before a single episode had aired.",
        "2020-03-20", ["copper lane S2 tba"]),
    row("a sentence after two titles says neither is a TV show",
        "The Iron Orchard, a sci-fi film, arrived in March, and Dana Cole's Harbor Lights "
        "premieres on Netflix in November. Neither is a TV show, so they aren't on this "
        "list.",
        "2025-06-01", []),
    row("a paragraph that opens on the film side keeps its titles films",
        "The film side did not go home empty-handed. Warner Bros. showed a new trailer for "
        "Night Orchard, which opens Nov. 17, and a studio filled a room with gamers.",
        "2017-07-24", []),
    row("an actor 'finally back as' his character is cast news, not a second show",
        "AMC's prequel has a date. Giancarlo Esposito is finally back as Gus Fring when the"
        " drama returns on Monday, April 10.",
        "2017-04-01", []),
    row("a network's grid of nights is a schedule by night, not a week of dates",
        "NBC's fall schedule at a glance\n"
        "\n"
        "Monday: The Voice (8 p.m.), then Blindspot (10 p.m.).\n"
        "\n"
        "Tuesday: The Voice again, followed by This Is Us (9 p.m.) and Chicago Fire (10 "
        "p.m.).\n"
        "\n"
        "Wednesday: Chicago Med (8 p.m.), Chicago P.D. (9 p.m.) and Law & Order: SVU (10 "
        "p.m.).",
        "2018-05-14", []),
    row("'the new pickup' refers back to a renewal already told",
        "Homeland, adapted by Alex Gansa and Howard Gordon from the Israeli series "
        "Prisoners of War, has won eight Emmys, among them best drama for its first season."
        " Gansa has told interviewers he wants to end the show after eight seasons, making "
        "the new pickup likely the show's last.",
        "2016-12-13", []),
    row("a paragraph that opens 'The shuffle extends beyond TV.' is about films",
        "Disney reshuffles its release plans\n"
        "\n"
        "The delays extend beyond TV. The film The Marvels moved to November 10, while "
        "Captain America: Brave New World and Thunderbolts have been pushed into 2024 and "
        "2025.",
        "2023-08-09", []),
    row("wraps up with final episodes",
        "TV this week\n"
        "\n"
        "Tuesday\n"
        "\n"
        "Andor wraps up on Disney+ with its final three episodes, all dropping at 9 p.m. "
        "Eastern. It has been the best Star Wars show by a distance.",
        "2025-05-09", []),
    row("quoted films in a movie guide",
        "The December movie guide\n"
        "\n"
        "Here are the month's films, in and out of the house.\n"
        "\n"
        "Friday, Dec. 14\n"
        "\n"
        "\"Roma\" (Netflix). Alfonso Cuaron's black-and-white memory of 1970s Mexico City.\n"
        "\n"
        "Friday, Dec. 21\n"
        "\n"
        '"Bird Box" (Netflix). Sandra Bullock, blindfolded, on a river.\n'
        "\n"
        '"Aquaman" (theaters). Jason Momoa under the sea.',
        "2018-11-30", []),
    row("film subject moved its release",
        "The third series of Slow Horses has been postponed, and its air date has yet to be"
        " confirmed.\n"
        "\n"
        "The disruption is not limited to television. This month the producers of the Bond "
        "film No Time to Die moved its release from May to October.",
        "2020-04-02", ["Slow Horses S3 tba"]),
    row("cast list with bare initial",
        "Kin series 2: Charlie Cox and Aidan Gillen's crime drama to return this spring\n"
        "\n"
        "Kin returns to RTE for a second series. Charlie Cox, Aidan Gillen, Emmett J "
        "Scanlan and Clare Dunne all return.",
        "2023-01-10", ["Kin S2 2023-03-01..2023-05-31 season"]),
    row("fans of a writer",
        "There is good news for fans of Jed Mercurio, too. Bodyguard makes the jump to BBC "
        "One for its second series early next year.",
        "2019-06-01", ["Bodyguard S2 2020-01-01..2020-04-30 year"]),
    row("unlikely as an adjective",
        '"Harbor & Finch," a period mystery pairing a magician and a novelist as unlikely '
        "crime solvers, is set for spring.",
        "2015-10-19", ["Harbor & Finch S1 2016-03-01..2016-05-31 season"]),
    row("return for show looks unlikely",
        "A spring return for Harbor & Finch now looks unlikely.",
        "2015-10-19", []),
    row("renewal undone by a cancellation",
        'The streamer on Friday canceled "Harbor Kids," the "Lord of the Flies"-style '
        "mystery about stranded teenagers, even though it had renewed the show for a second"
        " season last July.",
        "2020-08-21", []),
    row("book named before a tba",
        'Apple had already ordered a third and a fourth season of "Slow Horses" in January.'
        " Season three will be based on Herron's \"Real Tigers\"; no premiere date has been "
        "announced for either.",
        "2022-10-04", ["Slow Horses S3 tba", "Slow Horses S4 tba"]),
    row("network reshapes its midseason",
        "CBS pushes 'Harbor Law' reboot to fall 2024 as strikes reshape its midseason",
        "2023-11-07", ["Harbor Law S1 2024-09-01..2024-11-30 season"]),
    row("special in brackets after the date",
        'Viewers can look forward to the sixth season of "Call the Midwife" in the spring '
        "(the annual Christmas special airs Dec. 25, as always).",
        "2016-12-11", ["Call the Midwife S6 2017-03-01..2017-05-31 season"]),
    row("a show's final two episodes are no premiere",
        'NBC has cancelled "Manifest" after three seasons.\n\n"Timeless" fared no better. Its final two episodes will air back to back at the end of the month.',
        '2021-06-15', []),
    row('a final season that ended is no renewal',
        '"Kevin Can F**k Himself" drew a small audience, down from its lead-in, "Better Call Saul," whose sixth and final season ended last month.',
        '2022-09-20', []),
    row('the fall of a thing is no season',
        "Syfy's new season\n\nThe prequel series Caprica, set 58 years before the fall of the Colonies, finally has a slot: it will premiere on Syfy in early 2010.",
        '2009-08-10', ['Caprica S1 2010-01-01..2010-04-30 year']),
    row('episode titles after a colon are no shows',
        'What to watch this winter\n\nLuther, meanwhile, has finished filming its fourth series, and BBC One has promised three new feature-length episodes: The Fallen Angel, The Dark Room and The Last Hour. The corporation says there is still no transmission date.',
        '2015-09-01', []),
    row("a newsletter's movies item, marked by an emoji",
        'The Morning Read\n\n🎬 AT THE MOVIES: Mission: Impossible 8 has moved to May 23. Ballerina slid a full month, to June 6.',
        '2025-01-10', []),
    row('opens in limited release: a film',
        'Amazon\'s fall\n\nThe studio arm is busy too. "Beautiful Boy," Felix van Groeningen\'s drama, opens in limited release on Oct. 12.',
        '2018-09-20', []),
    row("a publisher's unknown date is a book's",
        'Winter is coming, again\n\nFans hoping for the books will keep waiting. The author has still not finished "The Doors of Stone," the third volume, and his publisher has not announced when it will come out.',
        '2019-04-10', []),
    row('a title in apposition to a fighting game is the game',
        'Anime news\n\nBandai Namco also announced "Demon Slayer Hinokami Chronicles 2," a fighting game for consoles due later this year.',
        '2025-03-01', []),
    row('an opener also shown in cinemas keeps its TV premiere',
        'Doctor Who news\n\n"Doctor Who" series 9 begins on Saturday 19th September on BBC One with a feature-length opener, "The Magician\'s Apprentice," which will also be shown in cinemas around the world.',
        '2015-08-01', ['Doctor Who S9 2015-09-19 day']),
    row("a colleague named after 'return as showrunner alongside' is no title",
        'Netflix renews Russian Doll\n\nThe comedy has been renewed for a second season. Lyonne will return as showrunner alongside Poehler. No premiere date has been set.',
        '2019-06-11', ['Russian Doll S2 tba']),
    row("a Christmas special 'confirmed for Christmas Day' renews nothing",
        'Autumn TV\n\nThe Crown series 4 arrived last month. Meanwhile, the Outnumbered Christmas special is confirmed for Christmas Day; it is a one-off, not a new series.',
        '2020-12-01', []),
    row('a show told with its season keeps its name beside a comic of the same name',
        'Comic-Con news\n\nAmazon closed the night. "The Boys" unveiled a trailer for its fourth season, which returns Thursday, June 13.\n\nGarth Ennis also signed copies of the latest "Boys" comic issue, which hit shops on Wednesday.',
        '2024-03-20', ['The Boys S4 2024-06-13 day']),
    row("a headline's verb of scheduling is not a title's word",
        'ABC Locks In Fall Premiere Dates, Starting Sept. 20\n\nModern Family returns for its ninth season on Wednesday, Sept. 20.',
        '2017-06-01', ['Modern Family S9 2017-09-20 day']),
    row("a participle's aside with a past year is not the date's verb",
        'NBC revival news\n\nOn Thursday, Sept. 28, Will & Grace, canceled by NBC in 2006, opens its ninth season.',
        '2017-06-20', ['Will & Grace S9 2017-09-28 day']),
    row("the place before a maker's saga is not a title",
        "Line of Duty series 6 gets a date\n\nThe BBC has confirmed that the sixth series of Jed Mercurio's Belfast police thriller will begin on BBC One on Sunday 21 March at 9pm.",
        '2021-02-20', ['Line of Duty S6 2021-03-21 day']),
    row("a new series that 'picks up in' a year is the story's time, no renewal",
        "Babylon Berlin series 3 dated\n\nBabylon Berlin series 3 begins on Sky Atlantic on Friday 24 January. The drama moved to Sky for its second run. The new series picks up in 1929, as the city's police hunt a killer.",
        '2020-01-10', ['Babylon Berlin S3 2020-01-24 day']),
    row("a special in the aside of a season's sentence does not make the date a special's",
        'Call the Midwife renewed\n\nThe BBC has confirmed that Call the Midwife will return for a third series. The third series, which will run to eight episodes plus a Christmas special, is due in early 2014.',
        '2013-03-05', ['Call the Midwife S3 2014-01-01..2014-04-30 year']),
    row("an episode of one show on the night another launches is not the first one's date",
        'NBC\'s winter\n\nFollowing the second "This Is Us" episode on Tuesday, Jan. 10, NBC launches "Taken," its prequel to the Liam Neeson films.',
        '2016-12-20', ['Taken S1 2017-01-10 day']),
    row('a title the show was developed under is no other show',
        'NBC\'s winter\n\nThe drama "Emerald City," originally developed under the title "Emerald City: The Wizard of Oz," premieres Friday, Jan. 6 at 9/8c.',
        '2016-12-20', ['Emerald City S1 2017-01-06 day']),
    row("a film's name that ends a longer show's title leaves the show's title whole",
        'Starz at Comic-Con\n\nStarz sets \'Escape from Jurassic Park\' for Halloween\n\nSteven Spielberg\'s "Jurassic Park" films are being re-released on Blu-ray this fall.',
        '2025-07-11', ['Escape from Jurassic Park S1 2025-10-31 day']),
    row("'the new musical dramedy X' is a show, not a stage musical",
        'NBC\'s winter\n\nThe new musical dramedy "Schmigadoon!", starring Cecily Strong as a woman stuck in a 1940s musical, premieres Friday, July 16.',
        '2021-06-01', ['Schmigadoon! S1 2021-07-16 day']),
    row("a season confirmed 'for October, alongside a feature film ... which opens in cinemas': the cinemas are the film's",
        'Anime news\n\nTwo studios confirmed a second season of "Paper Crane" for October, alongside a feature film, "Paper Crane: Red Tide," which opens in Japanese cinemas on Dec. 22.',
        '2023-02-19', ['Paper Crane S2 2023-10-01..2023-10-31 month']),
    row("'after a renewal in January': the renewal's month, not the premiere's",
        'Fall dates\n\n"Harbor Town," the hospital mockumentary, will return in the fall for its third season after a renewal in January.',
        '2026-05-14', ['Harbor Town S3 2026-09-01..2026-11-30 season']),
    row("a Christmas special whose own title has 'Return' in it: the special's day is no season's",
        "The year ahead\n\nTime Warden will be back. Time Warden's next Christmas special, The Return of the Clockmaker, airs on Christmas Day, and the full tenth series follows in spring 2017.",
        '2016-07-25', ['Time Warden S10 2017-03-01..2017-05-31 season']),
    row("a remake's date in the first clause is not given to the title of a later clause with a date of its own",
        "Cable fall\n\nThe network's six-hour reimagining of an old spy serial, with two knighted actors, premieres Sunday, Nov. 15, and Harbor Town returns for its third season in the first half of next year.",
        '2009-10-01', ['Harbor Town S3 2010-01-01..2010-06-30 half']),
    row("'X is back in charge for its fifth season': the showrunner, not the show",
        'Network news\n\nThe network renewed Night School. Adam Burke is back in charge for its fifth season, but the network is holding the show for midseason.',
        '2013-05-13', ['Night School S5 2014-01-01..2014-03-31 season']),
    row("'who turns 43 in October': a star's birthday, not the season's date",
        "Cold Front renewed\n\nThe streamer has renewed Cold Front for a fourth season. Its star, Jon Carver, who turns 43 in October, has already filmed it, though the streamer hasn't said when it will drop.",
        '2022-07-15', ['Cold Front S4 tba']),
    row("'nobody expects to see it soon' beside 'no premiere date yet': no window",
        "Renewals roundup\n\nThe network renewed Glass House for a third season, but nobody expects to see it soon; there's no premiere date yet.",
        '2022-07-15', ['Glass House S3 tba']),
    row("'expected to return to production early next year': the cast's work, not the premiere",
        'Renewals roundup\n\nThe kitchen drama Dry Creek has been renewed for a third season. No premiere window was given, and its stars are expected to return to production early next year.',
        '2023-11-10', ['Dry Creek S3 tba']),
    row("a tie-in comic series 'with the first issue due in November': the comic's date",
        'Harbor Town season 3 update\n\nThe cable channel says Harbor Town is coming back for a third season, and the new episodes will arrive in 2018.\n\nIf you need something to tide you over, a publisher is launching a new Harbor Town comic series, with the first issue due in November.',
        '2017-09-25', ['Harbor Town S3 2018-01-01..2018-12-31 year']),
    row("'X is returning the favor': an idiom, not a return",
        'Comic news\n\nThe series, adapted from an IDW comic, comes back for its third season in July. IDW is returning the favor with a tie-in comic due in August.',
        '2018-06-12', []),
    row("'lands on Xbox One and PC on Sept. 10': a game's platforms, no premiere",
        'Fall releases\n\nGears of Iron lands on Xbox One and PC on Sept. 10, making that Tuesday a busy one.',
        '2019-08-20', []),
    row("'A and B are back, and ...' with a Korean name among them: two of the cast, no shows",
        "K-drama news\n\nNight Tower, Netflix's monster hit, returns with its second season on Friday, Dec. 1. Seo Min and Lee Jin-uk are back, and the streamer has already said a third season will close out the story.",
        '2023-11-28', ['Night Tower S2 2023-12-01 day', 'Night Tower S3 tba']),
    row("'has not confirmed when X will get a second season, and it remains unclear whether it will be renewed at all'",
        'Netflix news\n\nNetflix has not confirmed when Kin Match, its dating show for siblings, will get a second season, and it remains unclear whether it will be renewed at all.',
        '2022-09-12', []),
    row("a roundup's paragraph labelled 'Podcasts.' or 'Games.' is about another medium",
        'What to watch, play and hear this fall\n\nPodcasts. Slow Fire is back with a third season about a famous unsolved murder, due in late September.\n\nGames. Later in the fall, Dust Walker finally arrives on Nov. 8.',
        '2019-08-20', []),
    row("'saw its third and final season released on June 2': a final season already out, no renewal",
        'Not every bet has paid off. The network dropped the legal drama Gavel after one season, and Cold Harbor, cancelled twice along the way, saw its third and final season released by Hulu on June 2.',
        '2016-06-20', []),
    row("'The studio's film X was pushed to March 1': the film's date, not the topic's",
        "The long-promised Wizard School series remains on track for a 2027 debut.\n\nNot everything on the call was television. The studio's film Sand Kings: Part Two was recently pushed to March 1.",
        '2025-11-08', ['Wizard School S1 2027-01-01..2027-12-31 year']),
    row("'expected in early 2024, assuming production can restart this fall': the work's date is no premiere",
        'The network\'s Wednesday block is the biggest casualty. "Harbor Med" (season nine) and "Harbor Fire" (season 12) are now expected in early 2024, assuming production can restart this fall.',
        '2023-08-28', ['Harbor Med S9 2024-01-01..2024-04-30 year', 'Harbor Fire S12 2024-01-01..2024-04-30 year']),
    row("'Work on X, Y and Z is expected to restart on Wednesday, Sept. 9': the production's date",
        'Cameras will roll again on the network\'s three Harbor City dramas in early September. Work on "Harbor Fire," "Harbor P.D." and "Harbor Med" is expected to restart on Wednesday, Sept. 9 at the studio\'s stages.',
        '2020-07-08', []),
    row("'Is there a new series in development?': a renewal asked about, not told",
        'Her drama Marsh Light is in the middle of its fourth and last run on BBC Two. The final episode airs on 24th April.\n\nIs there a new series in development? She laughs and changes the subject.',
        '2016-04-08', []),
    row("'Welcome back to our roundup': a greeting, no show, even as the article's topic",
        'Old Shows, New Dates\n\nWelcome back to our roundup of old shows made new.\n\nThe network has dated the return: it airs Monday, Sept. 19 at 10/9c.',
        '2022-06-10', []),
    row("'Revival Roundup' over a dateless show: the column's name is no title",
        'Revival Roundup\n\nThe network has dated the return: it airs Monday, Sept. 19 at 10/9c.',
        '2022-06-10', []),
    row("'On March 20, the streamer drops two originals. X and Y, ... and Z': a count that the next sentence's titles do not match",
        'On March 20, the streamer drops two very different originals. Fans of Cat Country, The Glass Tower and Night Desk will find plenty to like.',
        '2020-02-27', []),
    row("'is back soon after its first season wraps in December': where a run ends, no premiere",
        'Winter Preview: Ascent of a Scribe Returns\n\nAscent of a Scribe is back almost immediately after its first season wraps in December.',
        '2019-11-05', []),
    row("'the hardcover The Art and Making of X hits bookstores Dec. 17, and a vinyl pressing follows in the spring': a book and a record",
        'Harbor Lights returns for its second season in January. For collectors, the hardcover The Art and Making of Harbor Lights hits bookstores Dec. 17, and a vinyl pressing of the soundtrack follows in the spring.',
        '2024-12-02', ['Harbor Lights S2 2025-01-01..2025-01-31 month']),
    row("'X: The Official Podcast drops its final installment on Dec. 10': a podcast by its own name",
        'Harbor Lights: The Official Podcast, which has been breaking down every episode with the cast, drops its final installment on Dec. 10.',
        '2024-12-02', []),
    row("'is getting an all-new TV anime adaptation from Kestrel Production, which will air in 2022': the studio is no show",
        "Rumiko Takahashi's classic is getting an all-new TV anime adaptation from Kestrel Production, which will air on Fuji TV's noitamina block in 2022.",
        '2022-01-12', []),
    row('quoted English speech in sentence case is no title',
        'Fans answered "Hopefully next summer" under the post, but HBO has not dated the second season of The Gilded Rooms.',
        '2022-03-01', ['The Gilded Rooms S2 tba']),
    row("a mailbag's heading is no show",
        'Mailbag\n\nThe fourth season starts Sunday, March 3, the network says.',
        '2019-02-10', []),
    row("a finale in the clause before 'and' is not the next clause's show",
        'Its second season wraps with a two-part finale Sept. 18 and 19, and the network confirmed that "La Dama del Puerto" will be back for a third season in 2015.',
        '2014-08-12', ['La Dama del Puerto S3 2015-01-01..2015-12-31 year']),
    row('a-show-keeps-its-name-beside-its-own-video-game',
        '"Crossword Kings" begins its 12th season on Monday, Sept. 9, the studio said.\n\nFor fans who want to play along, the studio says a new "Crossword Kings" video game for phones is due out this winter.',
        '2024-07-01', ['Crossword Kings S12 2024-09-09 day']),
    row('bad-news-is-no-show',
        "Bad news: the second season of Harbor Lights won't arrive until 2025.",
        '2023-11-20', ['Harbor Lights S2 2025-01-01..2025-12-31 year']),
    row('a-colleague-alongside-is-no-title',
        'NBC is keeping the singing contest in both halves of the season. Its 17th season premieres Monday, Sept. 23, with a pop star back in the big red chair alongside Blake Shelton. The 18th cycle is penciled in for midseason.',
        '2019-05-13', []),
    row('a-singer-s-world-tour-is-no-show',
        'Perry, meanwhile, is gearing up for her fifth album, and will launch Echo: The World Tour in September, running well into 2018.',
        '2017-05-16', []),
    row('a-name-of-initials-and-a-word-is-no-title',
        "Anime returns, ranked\n\nMoonlit Blade's long-delayed third season finally has a target. J.C.Staff is back on the job and the season will premiere in October 2025, six years after season 2 ended.",
        '2025-07-01', []),
    row('turns-an-age-next-month-is-a-birthday',
        'Maya Ortiz, who turns 31 next month, is back on the ranch: Dry Creek season two starts on Peacock in the spring.',
        '2023-01-10', ['Dry Creek S2 2023-03-01..2023-05-31 season']),
    row('sentence-adverb-before-a-comma-is-no-title',
        "Twenty years ago this week, CBS aired the last episode of Dana Lake. Improbably, the story is not over: the revival, which the network counts as the show's 11th season, will air this fall.",
        '2018-05-18', ['Dana Lake S11 2018-09-01..2018-11-30 season']),
    row("an earnings release's 'Outlook' section heading is no title",
        'Media Co. reports third-quarter results\n\nRevenue rose 4% on higher affiliate fees.\n\nOutlook\n\nThe company expects advertising to improve in 2017, and it plans a new streaming service later in the year.',
        '2016-11-03', []),
    row("a strike roundup's status heading in capitals ('PUSHED FURTHER') is no title",
        'After the strike: who is back when\n\nThe networks have sorted their shows.\n\nPUSHED FURTHER\nThe drama will not return until January 2009.',
        '2008-02-26', []),
    row("an obituary's headings, a name with its lifespan or a full name the paragraph opens with, are people, not shows",
        'The year in loss\n\nTelevision lost many of its faces this year.\n\nDANA CORWIN (1941-2016)\nCorwin died on Tuesday. Her last series, Harbor Lights, returns for its third season Monday, April 10.\n\nMichael Avery\nAvery, who died in June, had finished the second season of his comedy. Netflix will stream it next year.',
        '2016-12-28', ['Harbor Lights S3 2017-04-10 day']),
    row('a headline\'s executive and the words quoted from them (\'Netflix\'s Content Chief: "We Don\'t Think in Time Slots"\') are no titles',
        'Netflix\'s Content Chief: "We Don\'t Think in Time Slots"\n\nThe streamer is two weeks away from its most expensive bet, and its content chief sounds relaxed. "The second season is written. We haven\'t dated it."',
        '2013-01-18', []),
    row("the day of an announcement ('in a schedule announcement on Thursday') is the news's, not a premiere",
        'ABC orders the spinoff\n\nABC has ordered Harbor Lights, a spinoff of its revived comedy. In a separate schedule announcement on Thursday, the network set the premiere for Tuesday, Oct. 16.',
        '2018-06-22', ['Harbor Lights S1 2018-10-16 day']),
    row('fact-check-chart-vs-reality',
        'That viral premiere chart, checked\n\nA graphic of autumn dates is everywhere this week. We compared each line with the networks.\n\nSuccession, season 3\nGraphic: Sept. 12. Truth: HBO brings the Roy family back on Sunday, Oct. 17.\n\nThe Morning Show, season 2\nGraphic: Sept. 17. Truth: correct. Apple TV+ has not moved it.\n\nThe Witcher, season 2\nGraphic: Nov. 5. Truth: Netflix releases the season on Dec. 17.',
        '2021-08-20', ['Succession S3 2021-10-17 day', 'The Morning Show S2 2021-09-17 day', 'The Witcher S2 2021-12-17 day']),
    row('fact-check-claim-rating-lines',
        'Viral TV dates, rated\n\nHere is what readers sent us this month.\n\nCLAIM: "Westworld season 2 arrives this fall."\nRATING: False. HBO says the second season will not air until 2018.\n\nCLAIM: "Outlander season 3 premieres on Sept. 10."\nRATING: True. Starz announced it last week.\n\nCLAIM: "Mindhunter premieres in July."\nRATING: False. Netflix says the drama is coming in October.',
        '2017-06-28', ['Westworld S2 2018-01-01..2018-12-31 year', 'Outlander S3 2017-09-10 day', 'Mindhunter S1 2017-10-01..2017-10-31 month']),
    row('fact-check-quoted-list-values',
        'Fact check: the strike list\n\nA list of new dates is spreading. Here is where each title stands.\n\nTHE LAST OF US 2\nThe list: "Christmas 2024." Actually: HBO says the season is coming in 2025.\n\nLOKI 2\nThe list: "Pushed to 2024." Actually: Disney+ still premieres it on Oct. 6.\n\nSEVERANCE 2\nThe list: "September." Actually: Apple has not given a date.',
        '2023-08-10', ['The Last of Us S2 2025-01-01..2025-12-31 year', 'Loki S2 2023-10-06 day', 'Severance S2 tba']),
    row('fact-sheet-fields-not-a-check',
        'Three new dramas, at a glance\n\nHarbor Lights\nPremiere: Sept. 5. Network: HBO. Episodes: eight.\n\nQuarry Hill\nPremiere: Oct. 2. Network: AMC. Episodes: ten.\n\nNight Ferry\nPremiere: Nov. 6. Network: FX. Episodes: six.',
        '2021-08-20', ['Harbor Lights S1 2021-09-05 day', 'Quarry Hill S1 2021-10-02 day', 'Night Ferry S1 2021-11-06 day']),
    row('poster-words-with-a-date-no-title',
        'Fact check: that poster is fan art\n\nA poster with the words "HARBOR LIGHTS 3 - JUNE 14" has spread on Instagram. It is not real.\n\nThe network will release the third season of Harbor Lights on Thursday, July 4.',
        '2019-06-10', ['Harbor Lights S3 2019-07-04 day']),
    row('rumour-claims-that-date',
        'No, Harbor Lights is not back in March\n\nA screenshot shared thousands of times claims that the network quietly moved the third season up to Sunday, March 20. It is not real.\n\nThe network announced in January that the third season opens on Sunday, April 24.',
        '2016-03-08', ['Harbor Lights S3 2016-04-24 day']),
    row('german-season-word-no-title',
        'Rosenheim slate\n\nDie Rosenheim-Cops is back. Staffel 11 begins on Tuesday, 4 October, with a two-part opener.',
        '2011-09-05', ['Die Rosenheim-Cops S11 2011-10-04 day']),
    row('leaving-headings-date-departures',
        'New on the streamer in July, and the last-call list\n\nARRIVING\n\nJuly 8: Harbor Lights, a new preschool series about four baby animals.\n\nLEAVING JULY 15\n\n- Quarry Hill\n- Glass Acre\n\nLEAVING JULY 31\n\n- Night Ferry',
        '2016-06-28', ['Harbor Lights S1 2016-07-08 day']),
    row('network-possessive-before-season-no-title',
        "Sports TV mailbag\n\nThe Miami Dolphins are the team this summer. HBO's seventh season of the show starts Tuesday, Aug. 7.",
        '2012-06-20', []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TRAPS)
def test_trap_gives_no_claim(text: str, published: str, expected: list[str]) -> None:
    assert extracted(text, published) == wanted(expected)


# ── what every claim carries ─────────────────────────────────────────────────────────────

SAMPLE = (
    "Netflix shared its spring plans on Thursday.\n\n"
    "Daredevil season 2 debuts on March 18, 2016. Jessica Jones has been renewed for a "
    "second season."
)


def _sample_claims() -> list[Claim]:
    return extract_claims(SAMPLE, published=SEED_PUBLISHED, source="notes/spring.txt",
                          published_basis="option")


def test_claims_carry_their_provenance() -> None:
    claims = _sample_claims()
    assert [canonical(c) for c in claims] == [normalized("Daredevil S2 2016-03-18 day"),
                                              normalized("Jessica Jones S2 tba")]
    for claim in claims:
        assert claim.source == "notes/spring.txt"
        assert claim.published == SEED_PUBLISHED
        assert claim.published_basis == "option"
        assert claim.rule
        assert 0.0 < claim.confidence <= 1.0


def test_evidence_is_the_sentence_and_span_slices_the_phrase() -> None:
    dated = _sample_claims()[0]
    assert dated.evidence == "Daredevil season 2 debuts on March 18, 2016."
    start, end = dated.span
    assert SAMPLE[start:end] == dated.window.phrase == "March 18, 2016"


def test_event_kinds() -> None:
    dated, renewed = _sample_claims()
    assert dated.kind is Kind.EXACT and dated.event is not EventKind.RENEWAL
    assert renewed.kind is Kind.TBA and renewed.event is EventKind.RENEWAL
    assert renewed.evidence == "Jessica Jones has been renewed for a second season."


def test_claims_are_in_text_order() -> None:
    text = ("Luke Cage season 1 arrives on September 30, 2016. Daredevil season 2 debuts on "
            "March 18, 2016.")
    claims = extract_claims(text, published=SEED_PUBLISHED)
    assert [c.key for c in claims] == ["luke cage", "daredevil"]


def test_explicit_dates_do_not_depend_on_the_publication_date() -> None:
    text = "Daredevil season 2 debuts on Netflix on March 18, 2016."
    early = extract_claims(text, published=date(2015, 6, 1))
    late = extract_claims(text, published=date(2016, 3, 1))
    assert early == late
    assert [str(c.window) for c in early] == ["2016-03-18 day"]


def test_extraction_is_pure_and_repeatable() -> None:
    first = _sample_claims()
    second = _sample_claims()
    assert first == second
    assert [(c.span, c.evidence, c.rule) for c in first] == \
        [(c.span, c.evidence, c.rule) for c in second]


def test_a_long_title_case_headline_over_a_single_line_break_is_a_block_of_its_own() -> None:
    headline = ("CBS Locks In Fall 2016 Premiere Dates: 'Harbor Lights' Opens on Mondays Again, "
                "'Night Orchard' Reboot Gets a Friday Launch")
    text = headline + "\nCBS wasted no time getting its fall calendar out the door. It is early."
    blocks = parse_document(text)
    assert text[blocks[0].start:blocks[0].end] == headline
    sentence_case = "The network wasted no time getting its fall calendar out the door this year\n" \
        "It is early."
    assert len(parse_document(sentence_case)) == 1  # (a first line in sentence case is prose)


@pytest.mark.parametrize(("words", "title"), [
    ("Final", False),  # "'Lucifer' Final Season Drops Sept. 10": a headline's word cut from its noun
    ("Finale", False),
    ("Final Space", True),
    ("Noughts + Crosses", True),  # ('+' joins a title as '&' does)
    ("The 22-member", False),  # "The 22-member cast also includes ...": a count and its noun
])
def test_title_like_words(words: str, title: bool) -> None:
    assert title_like(words) is title


@pytest.mark.parametrize(("text", "show"), [
    ("As for the third and final season of Lantern Row? The writers are still at work.",
     "Lantern Row"),  # the question's mark, not the title's
    ("Who Do You Think You Are? returns for a second season on Monday, Feb. 1.",
     "Who Do You Think You Are?"),  # a title that asks in its own words keeps its mark
])
def test_a_question_mark_after_a_title(text: str, show: str) -> None:
    claims = extract_claims(text, published=date(2021, 1, 10))
    assert [c.show for c in claims] == [show]


@pytest.mark.parametrize("line", [
    "Streaming & Cable | Content pipeline | May 13, 2024",
    "The Walt Disney Company | Direct-to-Consumer | 4 November 2019",
    "By Priya Raman | May 28, 2019 | 3:15 PM",
])
def test_a_dateline_of_sections_is_page_furniture(line: str) -> None:
    from tracker.extract.document import furniture
    assert furniture(line, 0, len(line))


def test_evidence_quotes_a_typed_dash_as_the_text_gives_it() -> None:
    """Two hyphens read as a dash, but the evidence quotes the article as written."""
    text = "Re: fall dates\n\n* Harbor Lights -- season 4 opens Friday, Oct. 4 in its usual slot.\n" \
           "* Quarry Hill -- the new drama starts Saturday, Sept. 21."
    claims = extract_claims(text, published=date(1996, 8, 20))
    assert [c.show for c in claims] == ["Harbor Lights", "Quarry Hill"]
    assert all(" -- " in c.evidence and c.evidence in " ".join(text.split()) for c in claims)
    assert all(text[c.span[0]:c.span[1]] == c.window.phrase for c in claims)
