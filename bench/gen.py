"""Deterministic generator of article-like entertainment news for the benchmarks.

Every article has a headline and several paragraphs of prose that mix invented show titles,
networks and actors with date phrases in every form the temporal grammar reads (explicit dates
in all write-forms, year-less days, weeks, months, seasons, quarters, halves, years, open
windows, ranges, TBA wording), plus the numbers that must not be read as dates (season numbers,
episode counts, times, money, ages, scores). The same seed always gives the same text.

    generate_articles(n, seed=0, dense=False) -> list[str]
    generate_text(megabytes, seed=0, dense=False) -> str
    iter_dated_articles(n, seed=0, dense=False) -> Iterator[tuple[date, str]]   (date, text)

By default the text has the date density of real news (about 3.2 date mentions per KB, as
../shared/corpus/dev has); ``dense=True`` writes the older stress text, a date phrase or a
number trap in nearly every sentence (about 6.6 per KB).
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterator
from datetime import date, timedelta

MONTHS = list(calendar.month_name)[1:]
ABBR_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = list(calendar.day_name)

TITLE_WORDS_A = ["Midnight", "Silver", "Broken", "Hollow", "Northern", "Crimson", "Quiet",
                 "Iron", "Glass", "Last", "Wild", "Burning", "Distant", "Electric", "Golden"]
TITLE_WORDS_B = ["Harbor", "Kingdom", "Frontier", "Protocol", "Orchard", "Signal", "Empire",
                 "Tides", "Station", "Circuit", "Canyon", "District", "Lantern", "Atlas", "Vale"]
NETWORKS = ["Netflix", "HBO", "Hulu", "FX", "AMC", "NBC", "CBS", "ABC", "The CW", "Showtime",
            "Starz", "Amazon", "Apple TV+", "Peacock", "Fox"]
FIRST = ["Maya", "Daniel", "Priya", "Tomas", "Greta", "Idris", "Lena", "Marcus", "Noor", "Owen",
         "Ruth", "Soren", "Tessa", "Victor", "Wen", "Yara"]
LAST = ["Calloway", "Brandt", "Okafor", "Lindqvist", "Moreau", "Ashby", "Delacroix", "Ferris",
        "Haddad", "Ivers", "Kowalski", "Mendez", "Nakamura", "Pryce", "Quill", "Sato"]
ROLES = ["showrunner", "creator", "star", "executive producer", "head writer", "director"]
SUBJECT_VERBS = ["returns", "premieres", "debuts", "arrives", "is set for release",
                 "is expected to premiere", "will launch", "comes back", "lands"]
PAST_VERBS = ["premiered", "debuted", "aired", "wrapped its first run"]


class _Writer:
    """Builds one article at a time from a seeded random source.

    ``dense`` packs a date phrase or a number trap into almost every sentence (about 6.6 date
    mentions per KB): a stress text. Otherwise about half of a paragraph's sentences are plain
    prose (plot, cast, production, reception), which brings the text to about 3.2 mentions per
    KB, the density of ../shared/corpus/dev (real news; the seed article has 0.9 per KB).
    """

    def __init__(self, rng: random.Random, dense: bool = False) -> None:
        self.rng = rng
        self.dense = dense

    # ── names ──────────────────────────────────────────────────────────────────────────
    def show(self) -> str:
        r = self.rng
        form = r.random()
        if form < 0.5:
            return f"{r.choice(TITLE_WORDS_A)} {r.choice(TITLE_WORDS_B)}"
        if form < 0.75:
            return f"The {r.choice(TITLE_WORDS_B)}"
        return f"{r.choice(TITLE_WORDS_B)} of the {r.choice(TITLE_WORDS_A)}"

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def season_ref(self, show: str) -> str:
        n = self.rng.randint(2, 6)
        return self.rng.choice([f"{show} season {n}", f"season {n} of {show}",
                                f"the {_ordinal_word(n)} season of {show}", show])

    # ── date phrases of every form ─────────────────────────────────────────────────────
    def explicit_day(self, year: int) -> str:
        r = self.rng
        d = date(year, r.randint(1, 12), 1) + timedelta(days=r.randint(0, 27))
        m = d.month - 1
        forms = [
            f"{MONTHS[m]} {d.day}, {d.year}", f"{d.day} {MONTHS[m]} {d.year}",
            f"{ABBR_DOT[m]} {d.day}, {d.year}", f"{ABBR[m]} {d.day}, {d.year}",
            f"{MONTHS[m]} {_ordinal(d.day)}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.isoformat(), f"{WEEKDAYS[d.weekday()]}, {MONTHS[m]} {d.day}, {d.year}",
        ]
        return r.choice(forms)

    def yearless_day(self) -> str:
        r = self.rng
        m, day = r.randint(0, 11), r.randint(1, 28)
        return r.choice([f"{MONTHS[m]} {day}", f"{ABBR_DOT[m]} {day}", f"{ABBR[m]} {day}",
                         f"{MONTHS[m]} {_ordinal(day)}", f"{day} {MONTHS[m]}"])

    def window(self, year: int) -> str:
        r = self.rng
        month = r.choice(MONTHS)
        season = r.choice(["fall", "spring", "summer", "winter", "autumn"])
        return r.choice([
            f"in {month}", f"{month} {year}", f"in {month} {year}", "next month",
            f"{r.choice(['early ', 'mid-', 'mid ', 'late '])}{month}",
            f"this {season}", f"{season} {year}", f"in the {season}", "midseason",
            "the holidays", "the holiday season", f"Q{r.randint(1, 4)} {year}",
            f"the {r.choice(['first', 'second', 'third', 'fourth'])} quarter",
            f"the {r.choice(['first', 'second'])} half of {year}",
            "the second half of the year", str(year), f"sometime in {year}", "this year",
            "next year", f"{r.choice(['early ', 'mid-', 'late '])}{year}",
            f"the first part of {year}", "later this year", "later in the year",
            "by the end of the year", f"the end of {year}", "soon", "in the coming months",
            "in the coming weeks", "this week", "next week", "later this week", "this weekend",
            "tomorrow", f"this {r.choice(WEEKDAYS)}", f"next {r.choice(WEEKDAYS)}",
            f"between {month} and {r.choice(MONTHS)} {year}",
            f"{r.choice(MONTHS)} {r.randint(1, 9)}\u2013{r.randint(10, 20)}",
            f"the {year}\u2013{(year + 1) % 100:02d} season",
        ])

    def tba(self) -> str:
        return self.rng.choice([
            "a release date is not yet known", "the premiere date is TBA",
            "there is no release date yet", "the date has yet to be set",
            "the date is TBD", "the date is to be announced later",
        ])

    def any_phrase(self, year: int) -> str:
        r = self.rng.random()
        if r < 0.25:
            phrase = self.explicit_day(year + self.rng.randint(0, 1))
        elif r < 0.4:
            phrase = self.yearless_day()
        else:
            phrase = self.window(year + self.rng.choice([0, 0, 1]))
        return _recase(self.rng, phrase)

    # ── sentences ──────────────────────────────────────────────────────────────────────
    def announcement(self, year: int) -> str:
        r = self.rng
        show = self.season_ref(self.show())
        kind = r.random()
        if kind < 0.55:
            return (f"{_cap(show)} {r.choice(SUBJECT_VERBS)} {self.any_phrase(year)} on "
                    f"{r.choice(NETWORKS)}.")
        if kind < 0.7:
            return (f"{_cap(show)} has been renewed by {r.choice(NETWORKS)}, though "
                    f"{self.tba()}.")
        if kind < 0.85:
            other = self.show()
            return (f"{_cap(show)} {r.choice(SUBJECT_VERBS)} {self.any_phrase(year)}, and "
                    f"{other} follows {self.any_phrase(year)}.")
        return (f"{_cap(show)} {r.choice(PAST_VERBS)} on {self.yearless_day()}, and the "
                f"network says more episodes are coming {self.window(year)}.")

    def filler(self) -> str:
        r = self.rng
        show, person = self.show(), self.person()
        return r.choice([
            f"{person}, who plays the lead in {show}, spoke to reporters after the panel.",
            f"The first season of {show} had {r.randint(8, 13)} episodes, each about "
            f"{r.randint(40, 58)} minutes long.",
            f"{show} airs at {r.randint(8, 10)} p.m. on {r.choice(NETWORKS)}, or 8/7c in the "
            "central time zone.",
            f"The budget reportedly reached ${r.randint(2, 15)} million per episode.",
            f"The {r.randint(14, 19)}-year-old newcomer {person} joins the cast as a "
            "series regular.",
            f"Ratings rose {r.randint(3, 40)}% in the key demographic, a rare feat for a "
            f"{r.choice(['drama', 'comedy', 'thriller'])} in its second season.",
            f"Fans have theories about how {show} will end, and the {r.choice(ROLES)} "
            "is not saying a word.",
            f"{person} called the writers' room \"a place where nobody sleeps\" and said the "
            "team works 24/7 when a deadline looms.",
            f"The series is adapted from a comic, and chapter {r.randint(2, 40)} is where the "
            "story turns dark.",
            f"Critics were split on the pilot, with one calling it \u201cthe boldest hour of "
            f"television this {r.choice(['decade', 'season', 'spring'])}.\u201d",
            f"It lost {r.randint(1, 3)}-{r.randint(0, 4)} in the ratings race to a singing "
            "competition, but streaming numbers tell another story.",
            f"Hold on for a second, {person} joked when asked about a crossover.",
            "Sunday Night Football and Friday Night Lights reruns led the week's ratings.",
        ])

    def quote(self) -> str:
        r = self.rng
        person, role = self.person(), r.choice(ROLES)
        said = r.choice([
            "We want to take our time and get it right",
            "The story only gets darker from here",
            "I can't tell you much, but it is going to be worth the wait",
            "There is a lot to mine from the characters' past",
            "We already know how the season ends",
        ])
        return f"\u201c{said},\u201d {role} {person} said."

    def prose(self) -> str:
        r = self.rng
        show, person, other = self.show(), self.person(), self.person()
        role = r.choice(ROLES)
        return r.choice([
            f"The story picks up after the events of the finale, with the family scattered "
            f"and {person}'s character trying to hold what is left of it together.",
            f"{person} and {other} lead the cast, and several familiar faces return in "
            "supporting roles.",
            f"The {role} has described the new episodes as darker and more personal, with more "
            "time spent on the characters who were in the background before.",
            "Production moved to a new studio, which gave the crew room for larger sets and "
            "longer scenes.",
            f"Reviews of {show} praised its performances and its score, though some critics "
            "found the middle episodes slow.",
            f"The show follows a group of strangers who find themselves bound together by a "
            f"secret, and {show} has drawn comparisons to the best mysteries on television.",
            f"{person} joins the cast as a detective with a past, a role the {role} wrote "
            "with the actor in mind.",
            "Fans have been asking for news for months, and the network has kept most details "
            "under wraps.",
            "The series is based on a novel of the same name, and its author serves as an "
            "executive producer.",
            f"{show} became one of the most watched shows on the service, and its soundtrack "
            "found an audience of its own.",
            f"Little is known about the plot, but the {role} has promised answers to the "
            "questions the last episode left open.",
            f"{person} will also direct an episode, a first for the actor.",
            f"The writers have mapped out where the story ends, according to {person}, and "
            "the cast has been told only some of it.",
        ])

    def paragraph(self, year: int) -> str:
        r = self.rng
        parts = []
        for _ in range(r.randint(2, 5)):
            if not self.dense and r.random() < PROSE_SHARE:
                parts.append(self.prose())
                continue
            pick = r.random()
            if pick < 0.4:
                parts.append(self.announcement(year))
            elif pick < 0.8:
                parts.append(self.filler())
            else:
                parts.append(self.quote())
        return " ".join(parts)

    def article(self, published: date) -> str:
        r = self.rng
        show = self.show()
        headline = r.choice([
            f"{show} Season {r.randint(2, 5)}: Everything We Know",
            f"{show} Gets a Premiere Date at {r.choice(NETWORKS)}",
            f"{self.person()} Talks the Future of {show}",
            f"Upcoming Premieres: What to Watch on {r.choice(NETWORKS)}",
        ])
        target = r.randint(3000, 6000)
        paragraphs = [headline]
        size = len(headline)
        while size < target:
            paragraph = self.paragraph(published.year)
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return "\n\n".join(paragraphs)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_word(n: int) -> str:
    return ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth"][n]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _recase(rng: random.Random, phrase: str) -> str:
    """Now and then write a phrase in capitals, lower case, or between curly quotes."""
    roll = rng.random()
    if roll < 0.03:
        return phrase.upper()
    if roll < 0.06:
        return phrase.lower()
    if roll < 0.08:
        return f"\u201c{phrase}\u201d"
    return phrase


PROSE_SHARE = 0.42  # of an article-like paragraph's sentences: calibrated, see _Writer

FIRST_DAY = date(2015, 1, 1)
SPAN_DAYS = 4 * 365


def iter_dated_articles(n: int, seed: int = 0, dense: bool = False
                        ) -> Iterator[tuple[date, str]]:
    """``n`` (publication date, article text) pairs, the same for the same seed."""
    rng = random.Random(seed)
    writer = _Writer(rng, dense)
    for _ in range(n):
        published = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        yield published, writer.article(published)


def generate_articles(n: int, seed: int = 0, dense: bool = False) -> list[str]:
    """``n`` articles of roughly 3-6 KB each."""
    return [text for _, text in iter_dated_articles(n, seed, dense)]


def generate_text(megabytes: float, seed: int = 0, dense: bool = False) -> str:
    """Articles joined by blank lines until the text reaches ``megabytes`` (UTF-8)."""
    target = int(megabytes * 1_000_000)
    chunks: list[str] = []
    size = 0
    rng = random.Random(seed)
    writer = _Writer(rng, dense)
    while size < target:
        published = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        chunk = writer.article(published)
        chunks.append(chunk)
        size += len(chunk.encode()) + 2
    return "\n\n".join(chunks)


if __name__ == "__main__":
    import sys

    args = [a for a in sys.argv[1:] if a != "--dense"]
    count = int(args[0]) if args else 1
    seed = int(args[1]) if len(args) > 1 else 0
    print("\n\n\f\n\n".join(generate_articles(count, seed, dense="--dense" in sys.argv)))
