"""Season numbers as news writes them: "season 2", "Season Two", "S3", "the fifth season",
"a second season", "series 6" (British for season 6), "its fourth installment"."""

from __future__ import annotations

import re
from bisect import bisect_left

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "sophomore": 2,
}
# ... and the compound ones, "twenty-fifth" to "ninety-ninth", and "thirtieth" to "ninetieth"
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_UNITS = {unit: u for unit, u in _ORDINALS.items() if 1 <= u <= 9 and unit != "sophomore"}
_SIMPLE = "|".join(sorted(_ORDINALS, key=len, reverse=True))  # (before the compound ones join)
_ORDINALS.update({f"{ten[:-1]}ieth": n for ten, n in _TENS.items() if n > 20})
_ORDINALS.update({f"{ten}-{unit}": n + u for ten, n in _TENS.items() for unit, u in _UNITS.items()})
# (one pattern for them, not ninety words to try in turn)
_COMPOUND = rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})|" \
    rf"(?:{'|'.join(ten[:-1] for ten in _TENS if ten != 'twenty')})ieth"
# An ordinal word alone, as a list of seasons writes it ("their ninth, twelfth and 21st")
ORDINAL_WORD = rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{_COMPOUND}|{_SIMPLE})\b"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}
_NUMBER = (r"(?P<num>\d{1,2}(?![\d/]|:\d)|" + "|".join(sorted(_WORDS, key=len, reverse=True))
           + r"|(?:i{1,3}|iv|vi{0,3}|ix|x)(?![\w']))")
# (and the names other languages give a season, in English copy translated from them: "the
# second staffel", "the 3. season")
_FOREIGN_UNITS = r"staffel|saison|stagione|temporada|seizoen|sezon"
_UNIT = rf"(?:season|series|installment|instalment|chapter|cycle|run|outing|edition|{_FOREIGN_UNITS})"
_ORDINAL = (rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?:(?<=the\s)|(?<=its\s)|(?<=their\s))\d{{1,2}}\.(?=\s+(?:and\s+(?:final|last)\s+)?{_UNIT}\b)|"
            + _COMPOUND + "|" + _SIMPLE + ")")

# "the third series in the Immortal Universe" counts a franchise's shows, not a show's seasons.
_NOT_IN_FRANCHISE = (r"(?!\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}(?:universe|franchise|saga|"
                     r"canon|verse)\b|\s+(?:to\s+be\s+)?spun\s+(?:out\s+of|off\s+(?:from|of))\s)")  # (nor "the
# third series spun out of WandaVision": a franchise's third show)
# "season 2", "Season Two", "series 6", "S3", "the fifth season", "a second season", "2nd season"
SEASON = re.compile(
    rf"(?<![\w-])(?:(?:{_ORDINAL.replace('ord', 'ord3')}[-\s]+)?{_UNIT},\s+"
    rf"(?:the\s+(?:show|series|programme|program)['’]s\s+|its\s+){_ORDINAL.replace('ord', 'ord2')}"
    rf"(?![\w-])|(?:season|series|cycle|{_FOREIGN_UNITS})(?:\s+|-(?=\w+\s+(?:premiere|finale|opener|debut|return)\b)){_NUMBER}|"
    # ("the season-three premiere")
    rf"s(?P<short>\d{{1,2}})(?![\w])|"
    # "its 19th training-camp season", "its fifth full season": a word between the ordinal and
    # "season" (but "its third original series" counts a network's shows)
    rf"(?:its|their)\s+{_ORDINAL.replace('ord', 'ord14')}\s+(?!(?:original|scripted|new|drama|comedy|"
    rf"animated|reality|live-action|streaming|limited|straight|consecutive)\b)[a-z][\w-]*\s+season\b|"
    # "is back for its sixth year", "returns for a second year", "opens year three": a year of a
    # show's run (not "for a second year in a row")
    rf"(?:(?<=back\sfor\s)|(?<=return\sfor\s)|(?<=returns\sfor\s)|(?<=returning\sfor\s))(?:its|their|an?)\s+{_ORDINAL.replace('ord', 'ord15')}\s+year\b(?!\s+(?:in\s+a\s+row|running|straight))|"
    rf"(?:(?<=opens\s)|(?<=begins\s)|(?<=starts\s)|(?<=enters\s)|(?<=open\s)|(?<=begin\s)|"
    rf"(?<=start\s)|(?<=enter\s))year\s+{_NUMBER.replace('num', 'num2')}(?![\w-])|"
    rf"(?<!franchise's\s)(?<!franchise’s\s)(?<!universe's\s)(?<!universe’s\s)"  # (not "the
    # franchise's third series": its third show)
    + "".join(rf"(?<!{role}{mark}s\s)" for role in ("director", "creator", "writer", "showrunner",
                                                 "filmmaker", "author", "producer")
              for mark in "'’") +  # (nor "the Japanese director's second series for the service")
    rf"(?:the\s+|a\s+|its\s+|their\s+|his\s+|her\s+)?{_ORDINAL}(?:[-\s]+(?:and\s+(?:final|last|penultimate)\s+)?)"
    rf"(?:{_UNIT}|(?<=sophomore\s)(?:year|premiere|bow|debut|return)){_NOT_IN_FRANCHISE}|"  # ("its
    # sophomore year", "follows with its sophomore premiere")
    rf"{_UNIT},\s+the\s+{_ORDINAL.replace('ord', 'ord4')}(?![\w-])|"
    # "the second — and, she says, final — season": an aside between the ordinal and its unit
    rf"(?:the|its|their|an?)\s+{_ORDINAL.replace('ord', 'ord13')}(?:\s+[—–]\s+[^—–.;!?\n]{{1,40}}?\s+[—–]|"
    rf"\s+and,\s+[^,.;!?\n]{{1,30}}?,\s+(?:final|last))\s+(?:season|series)\b|"  # ("a second and, she
    # insists, final season")
    # "A second, 15-episode season has already been ordered"
    rf"(?:\ba\s+|\bits\s+|\btheir\s+){_ORDINAL.replace('ord', 'ord8')},\s+(?:[\w-]+\s+){{1,2}}?(?:season|series)\b|"
    # "returns in July for its fifth", "will return for a sixth": the season word left out
    # at the clause's end
    rf"(?:(?<=for\s)(?:its|their|an?)|(?<=[a-zA-Z][\w.”\"’']\sin\s)(?:its|their))\s+"
    rf"{_ORDINAL.replace('ord', 'ord5')}(?=\s*(?:[.,;:!?)]|$)|"  # ("followed by Law & Order: Special
    # Victims Unit in its 26th", where a title's last word comes before "in"; not "up from 13 in
    # its first")
    # ("finally returns for its third on June 5", "is back for a fourth this fall")
    rf"\s+(?:on|in|this|next|later|early|sometime)\s+(?!(?:a\s+)?row\b)|"
    rf"\s+(?:that|which)\s+(?:is|will|was)\s+(?:set|slated|due|expected|scheduled|coming)\b|"
    # ("picked up for a fourth that is slated for 2023")
    rf"\s+and\s+(?!(?:an?\s+)?[\w-]+\s+(?:seasons?|series|runs?)\b))|"  # ("X for its 18th and Y for its fourth")
    # "will launch its 20th in early 2024": the season word left out after a verb that opens one
    rf"(?:(?<=launch\s)|(?<=launches\s)|(?<=launching\s)|(?<=begin\s)|(?<=begins\s)|"
    rf"(?<=beginning\s)|(?<=start\s)|(?<=starts\s)|(?<=starting\s)|(?<=open\s)|(?<=opens\s)|"
    rf"(?<=opening\s)|(?<=drops\s)|(?<=premieres\s)|(?<=debuts\s)|(?<=releases\s)|"
    rf"(?<=unveils\s)|(?<=unveil\s)|(?<=unspool\s)|(?<=unspools\s)|(?<=launching\s)|(?<=kicks\soff\s)|"
    rf"(?<=kick\soff\s))its\s+{_ORDINAL.replace('ord', 'ord6')}"
    rf"(?=\s+(?:in|on|at|this|next|with|later|early)\b|\s*[.;!?](?:\s|$)|,\s)|"
    # 'brings the 22nd season of "Law & Order," the 24th of "SVU" and the third of "Organized
    # Crime"', '"Chicago Med" opens its eighth season at 8 p.m., "Chicago Fire" its 11th at 9':
    # the season word left out in a list of seasons of quoted titles
    rf"(?:(?<=,\s)|(?<=,[”\"’']\s))(?:and\s+)?the\s+{_ORDINAL.replace('ord', 'ord9')}(?=\s+of\s+[“\"‘']\w)|"
    rf"(?<=\sand\s)the\s+{_ORDINAL.replace('ord', 'ord10')}(?=\s+of\s+[“\"‘']\w)|"
    rf"(?<=[”\"’']\s)its\s+{_ORDINAL.replace('ord', 'ord11')}(?=\s+(?:at|on|in)\s)|"
    # ('"Parks and Recreation," which is going into its sixth.')
    rf"(?<=into\s)(?:its|their)\s+{_ORDINAL.replace('ord', 'ord12')}(?=\s*(?:[.,;:!?)]|$))|"
    # "has been renewed for a fourth season but will not return with its third until 2025"
    rf"(?<=with\s)its\s+{_ORDINAL.replace('ord', 'ord7')}"
    rf"(?=\s+(?:until|till|in|on|this|next|later|early|sometime|before)\b))",
    re.IGNORECASE,
)
# The same pattern for lowercased text (case-sensitive matching is the faster).
SEASON_FOLDED = re.compile(SEASON.pattern)
# Two seasons named at once: "a second and third season", "seasons 3 and 4", "both a fifth
# and a sixth season".
_PAIR_WORD = (r"\d{1,2}(?:st|nd|rd|th)?|" + "|".join(sorted(_ORDINALS, key=len, reverse=True))
              + "|" + "|".join(sorted(_WORDS, key=len, reverse=True)))
SEASON_PAIR = re.compile(
    rf"\b(?:(?:(?:both\s+)?(?:a|its|their|the)\s+|both\s+|(?<=for\s))(?P<a>{_PAIR_WORD})\s+and\s+(?:an?\s+)?(?P<b>{_PAIR_WORD})\s+"
    rf"(?:seasons?|series|runs?|installments?|instalments?)|"
    rf"(?:seasons|series|season(?=\s+\w+\s+and\s+season\b))\s+(?P<c>{_PAIR_WORD})\s+and\s+"
    rf"(?:(?:season|series)\s+)?(?P<d>{_PAIR_WORD}))\b", re.IGNORECASE)
# (British "series 7 and 8" too, and "series 3 and series 4", "season 5 and season 6")


def ordinal_number(word: str) -> int | None:
    """The number an ordinal names ("fourth", "4th"), None for any other word."""
    word = word.lower()
    if word[:1].isdigit():
        digits = word.rstrip("stndrh")
        return int(digits) if digits.isdigit() else None
    return _ORDINALS.get(word)


def number_word(word: str) -> int | None:
    """The number a word on its own names: "6", "six", "sixth", "6th" (None for any other)."""
    word = word.lower()
    return int(word) if word.isdigit() else _WORDS.get(word) or ordinal_number(word)


def season_pair(match: re.Match[str]) -> tuple[int, int] | None:
    """The two numbers a `SEASON_PAIR` match names, the first below the second."""
    words = [(match.group(a) or match.group(b) or "").lower() for a, b in (("a", "c"), ("b", "d"))]
    values = []
    for word in words:
        digits = word.rstrip("stndrh")
        value = int(digits) if digits.isdigit() else _ORDINALS.get(word) or _WORDS.get(word)
        if value is None:
            return None
        values.append(value)
    first, second = values
    return (first, second) if 1 <= first < second <= 60 else None


# A second season phrased as a fact about order: "a two-season order", "another season".
ANOTHER = re.compile(r"\b(?:another|a\s+new|a\s+fresh|the\s+next|next)\s+season\b", re.I)


def season_number(match: re.Match[str]) -> int | None:
    """The number a `SEASON` match names (None when it is not a plausible season)."""
    if match.group("num") or match.group("num2"):
        text = (match.group("num") or match.group("num2")).lower()
        value = int(text) if text.isdigit() else _WORDS.get(text) or _ROMAN.get(text)
    elif match.group("short"):
        value = int(match.group("short"))
    else:  # ("an eighth series, its first without Henshall": the eighth; but "her first
        # series, the show's eleventh": the show's count)
        before = match.group("ord3") if match.group("ord3") and "its" in match.group().lower().split() \
            else None
        text = (before or match.group("ord2") or match.group("ord4") or match.group("ord5")
                or match.group("ord6") or match.group("ord7") or match.group("ord8")
                or match.group("ord9") or match.group("ord10") or match.group("ord11")
                or match.group("ord12") or match.group("ord13") or match.group("ord14")
                or match.group("ord15")
                or match.group("ord")).lower()
        value = int(text.rstrip(".stndrh")) if text[0].isdigit() else _ORDINALS[text]
    if value is None or not 1 <= value <= 60:
        return None
    return value


class SeasonPhrases:
    """Every `SEASON` match of an article, found in one pass and handed out by range: the
    title finder, the linker and the topic tracker all ask for the same phrases."""

    def __init__(self, text: str, low: str | None = None) -> None:
        """``low`` is ``text.lower()`` when that keeps every index (matched faster)."""
        self.text = text
        if low is not None and low is not text:
            self.matches = list(SEASON_FOLDED.finditer(low))
        else:
            self.matches = list(SEASON.finditer(text))
        self.starts = [m.start() for m in self.matches]
        self.numbers = [season_number(m) for m in self.matches]

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        """The matches inside ``text[start:end]`` (group values may come lowercased)."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        return [m for m in self.matches[i:j] if m.end() <= end]

    def numbered(self, start: int, end: int) -> list[tuple[re.Match[str], int]]:
        """(match, season number) inside ``text[start:end]``, for plausible seasons only."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        return [(m, n) for m, n in zip(self.matches[i:j], self.numbers[i:j])
                if n is not None and m.end() <= end]


def numbered_in(text: str, start: int, end: int, phrases: SeasonPhrases | None = None
                ) -> list[tuple[re.Match[str], int]]:
    """(match, number) of the plausible season phrases in ``text[start:end]``, from the
    article's ``phrases`` when given."""
    if phrases is not None:
        return phrases.numbered(start, end)
    found = ((m, season_number(m)) for m in SEASON.finditer(text, start, end))
    return [(m, n) for m, n in found if n is not None]


def seasons_in(text: str, start: int = 0, end: int | None = None,
               phrases: SeasonPhrases | None = None) -> list[tuple[int, int, int]]:
    """(start, end, number) of every season phrase in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end(), number) for m, number in numbered_in(text, start, stop, phrases)
            # "s3" in lowercase prose is rarely a season
            if not (m.group("short") and not text[m.start()].isupper())
            and not COMPARED_BEFORE.search(text, max(start, m.start() - 12), m.start())
            and not told_of_the_past(text, start, m.start(), number)]


def told_of_the_past(text: str, floor: int, at: int, number: int) -> bool:
    """Is the season phrase at ``at`` one of the show's history ("two fewer than its first
    run", "in its six-episode first season"), looking back no further than ``floor``?"""
    return _HISTORY_BEFORE.search(text, max(floor, at - 24), at) is not None or \
        number == 1 and _IN_ITS_BEFORE.search(text, max(floor, at - 24), at) is not None


# "two fewer than its first run", "the killer from the first series", "Two years after the
# first season became ...", "in its six-episode first season": a season of the past, named to
# compare or to tell the show's history, not the one a date or a renewal is for
_HISTORY_BEFORE = re.compile(r"\b(?i:from|than|since|after|during|throughout|following)\s+"
                             r"(?:(?:the|its|their)\s+(?:[\w-]+\s+)?)?$")
_IN_ITS_BEFORE = re.compile(r"\b(?i:in)\s+(?:its|their)\s+(?:[\w-]+\s+)?$")


# "Like season 3, the new season will be split in two": a season named to compare, not the one
# the text is about
COMPARED_BEFORE = re.compile(r"\b(?i:like|unlike|as\s+with)\s+$")
