"""The regular expressions of the temporal grammar, built from `tracker.vocab`.

Each rule is a named group whose name selects the function that reads it (see `rules.py`);
inner groups are prefixed with the rule's name so that every group name is unique. The rules
that can begin with a given word are joined into one alternation, in the order of `RULES`:
order matters only between alternatives that start at the same word, and longer forms come
first.
"""

from __future__ import annotations

import re

from tracker import vocab


def _alts(words: object) -> str:
    """A regex alternation of words, longest first, with spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)


_FULL_MONTHS = [m for m in vocab.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in vocab.MONTHS if m not in _FULL_MONTHS]
MONTH = (
    rf"(?<![\w])(?:(?:{_alts(_FULL_MONTHS)})(?![a-z])|(?:{_alts(_ABBR_MONTHS)})(?:\.|(?![a-z])))"
)
_FULL_WEEKDAYS = [d for d in vocab.WEEKDAYS if d.endswith("day")]
_ABBR_WEEKDAYS = [d for d in vocab.WEEKDAYS if not d.endswith("day")]
WEEKDAY = rf"(?<![\w])(?:(?:{_alts(_FULL_WEEKDAYS)})(?![a-z])|(?:{_alts(_ABBR_WEEKDAYS)})\.)"
# Any written form of a weekday or month, the dot after an abbreviation optional ("Mon 9/23",
# "Thurs."): for context checks around dates, where no stray word can follow.
ANY_WEEKDAY = rf"(?<![\w])(?:{_alts(vocab.WEEKDAYS)})\.?(?![a-z])"
ANY_MONTH = rf"(?<![\w])(?:{_alts(vocab.MONTHS)})\.?(?![a-z])"
DAY = r"(?<![\w.$£€/])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR = r"(?<![\d$£€.,])(?<!\d-)(?<!\d–)(?:19|20)[0-9]{2}(?![0-9]|['’]?s\b|\s*%|-year|\s*(?:million|billion))"
_SEASON_WORD = rf"(?:{_alts(vocab.SEASONS)})(?![a-z])"
SEASON = rf"(?<![\w-]){_SEASON_WORD}"
DASH = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
_WS = r"[\s\u00a0]+"


def _named(rule: str, pattern: str, names: tuple[str, ...] = ()) -> str:
    """Wrap ``pattern`` in the rule's group, renaming ``{x}`` placeholders to ``rule_x``."""
    for name in names:
        pattern = pattern.replace("{" + name + "}", f"{rule}_{name}")
    return f"(?P<{rule}>{pattern})"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{{{name}}}>{pattern})"


_WD_PREFIX = rf"(?:{_g('wd', WEEKDAY)}(?:\s+(?:night|evening|morning|afternoon))?,?{_WS})?"
_PART = r"(?:early|mid)[-\s]+to[-\s]+(?:mid|late)|early|mid|late|beginning|start|middle|end"
_YEAR_PART_WORDS = (
    r"(?:early|mid)[-\s]+to[-\s]+(?:mid|late)|early|mid|late|(?:the\s+)?(?:beginning|start|top|middle|end|first\s+part|latter\s+part|"
    r"last\s+part|early\s+part|later\s+part|(?:first|opening|early|last|final|closing|later)\s+(?:few\s+)?"
    r"months)\s+of"
)
_REL = r"this\s+coming|this|next|last|coming|the\s+coming|the\s+following|following"
_WEEK_OR_WEEKEND = r"week(?:end)?(?![\w-])"  # ("Thanksgiving week", "Labor Day weekend")
_HOLIDAYS = _alts(vocab.HOLIDAY_DATES)
_COUNT_WORDS = _alts(vocab.COUNTS)
# Days in words after a month's name, from "tenth" on ("March first" is as often "March, first")
_DAY_WORDS_PAST_NINTH = _alts([w for w, n in vocab.DAY_ORDINALS.items() if n >= 10])

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    # the 2017–18 season: a broadcast season, September to May
    ("tvseason", rf"(?:the\s+)?{_g('y1', YEAR)}\s*[-–/]\s*{_g('y2', r'(?:19|20)?[0-9]{2}')}"
                 rf"(?![0-9])\s+(?:(?:tv|television|broadcast|network)\s+)?season(?!\s*[0-9])",
     ("y1", "y2")),
    # March 3–5, 2017 / March 3 – April 5 / between March 3 and 5
    ("dayrange", rf"(?:(?P<{{lead}}>between|from)\s+)?{_g('m1', MONTH)}\s*{_g('d1', DAY)}"
                 rf"(?:,?\s*{_g('y1', YEAR)})?(?P<{{conn}}>{DASH}|\s+and\s+)(?:{_g('m2', MONTH)}\s*)?"
                 rf"{_g('d2', DAY)}(?!\s*(?:[:.]\d|a\.?m|p\.?m|episodes?))(?:,?\s*{_g('y2', YEAR)})?",
     ("lead", "m1", "d1", "y1", "conn", "m2", "d2", "y2")),
    # between March and May 2017 / from March through May / March–May 2017
    ("monthrange", rf"(?:(?P<{{lead}}>between|from)\s+{_g('m1', MONTH)}(?:\s+{_g('y1', YEAR)})?"
                   rf"(?:\s+and\s+|{DASH})|{_g('m1b', MONTH)}(?:\s*[-–]\s*|\s+(?:through|thru)\s+)|"
                   rf"(?<!from\s){_g('m1c', MONTH)}\s+to\s+(?={MONTH},?\s+(?:of\s+)?{YEAR}))"  # ("January
                   # to March 2016"; not "moved it from March to May 2019", the move's)
                   rf"{_g('m2', MONTH)}(?:,?\s+(?:of\s+)?{_g('y2', YEAR)}|(?!\s*[0-9]))",
     ("lead", "m1", "y1", "m1b", "m1c", "m2", "y2")),  # (not "from November to March 15, 2024")
    # between 2024 and 2025 / from 2025 to 2026
    ("yearrange", rf"(?:between|from)\s+{_g('y1', YEAR)}\s+(?:and|to|through|until)\s+{_g('y2', YEAR)}",
     ("y1", "y2")),
    # on the 28th (of the month at hand)
    # (or after the day it names: "arrives the following day, the 19th"; "Thursday the 15th",
    # but not "Friday the 13th: The Final Chapter", a film)
    ("ordday", rf"(?:on\s+|{_g('wd', WEEKDAY)}(?:,\s+|\s+(?=the\s+\d\d?(?:st|nd|rd|th)(?![:”\"’'\w]|\s+(?:film|movie|"
               rf"franchise|series|reboot|remake|sequel|prequel|spinoff|spin-off|films|movies|part)\b)))|"
               rf"(?<=day,\s)|(?<=night,\s))the\s+"
               rf"{_g('d', r'(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)')}"
               r"(?:\s+of\s+(?:that|this|the\s+same|the|(?P<{next}>next|the\s+following|the\s+coming))"
               r"\s+month)?"  # ("the 15th of that month", "on the 13th of next month")
               r"(?![\w-]|\s+(?:of|season|series|episode|anniversary|annual|edition|installment|"
               r"instalment|birthday|day|week|time|floor|place|century|round|inning|hole|lap|"
               r"minute|straight|consecutive|year|grade|chapter|part|volume|cour|film|movie|book)\b)",
     ("wd", "d", "next")),
    # Friday, March 18, 2016 / Mar. 18 / March 18th
    ("mdy", rf"{_WD_PREFIX}{_g('m', MONTH)}\s*(?:(?:the\s+(?=[0-9]{{1,2}}(?:st|nd|rd|th)\b))?{_g('d', DAY)}|(?<=\s){_g('dw', _DAY_WORDS_PAST_NINTH)}"
            rf"(?![\w-]))(?![0-9]|:[0-9]|\s*(?:a\.?m|p\.?m)\b)"
            rf"(?:(?:,\s*|\s+){_g('y', YEAR)})?",  # ("September twenty-second": a spoken day)
     ("wd", "m", "d", "dw", "y")),
    # 18 March 2016 / Friday 18th of March
    # (and "24. September", as German, Dutch or Polish copy writes the day)
    ("dmy", rf"{_WD_PREFIX}(?:(?:the\s+)?{_g('d', DAY)}(?:\.(?=[ \t]+[a-z]{{3}}))?\s+(?:of\s+)?|"
            rf"the\s+{_g('dw', _alts(vocab.DAY_ORDINALS))}\s+of\s+)"  # "the fifteenth of March"
            rf"{_g('m', MONTH)}(?:,?\s+{_g('y', YEAR)})?",
     ("wd", "d", "dw", "m", "y")),
    # 2016-03-18 / 3/18/2016 / 18/3/2016 / on 3/18
    ("numeric", rf"(?<![\d/.-]){_g('iy', YEAR)}-{_g('im', r'[01]?[0-9]')}-{_g('id', r'[0-3]?[0-9]')}"
                rf"(?![\d/-])|(?<![\d/.-]){_g('sy', YEAR)}/{_g('sm', r'[01]?[0-9]')}/{_g('sd', r'[0-3]?[0-9]')}"
                rf"(?![\d/])|(?<![\d/.$-]){_g('a', r'[0-3]?[0-9]')}/{_g('b', r'[0-3]?[0-9]')}"
                rf"(?:/{_g('y', r'(?:19|20)?[0-9]{2}')})?(?![\d/]|\s*(?:c\b|p\.?m|a\.?m|et\b|pt\b))|"
                # 2022.01.28: year first, as Korean and Japanese copy writes it
                rf"(?<![\d.$]){_g('ky', YEAR)}\.{_g('km', r'[01][0-9]')}\.{_g('kd', r'[0-3][0-9]')}"
                rf"(?![\d]|\.\d)|"
                # 26.03.2026: day first, as in Europe
                rf"(?<![\d.$]){_g('dd', r'[0-3]?[0-9]')}\.{_g('dm', r'[01]?[0-9]')}\."
                rf"{_g('dy', r'(?:19|20)[0-9]{2}')}(?![\d]|\.\d)|"
                # "returns 9.22": month and day, as promo copy writes them (not "8.6 million")
                rf"(?<![\w/.$-]){_g('pm', r'1[0-2]|0?[1-9]')}\.{_g('pd', r'[0-3][0-9]')}"
                r"(?!\d|\.\d|\s*(?:million|billion|bn|m\b|k\b|%|percent|per\b|rating|stars?\b|points?\b|"
                r"share|out\b|x\b|on\s+imdb|/|[ap]\.?m\b|h\b|hrs?\b|[-–]\s*\d|gmt|bst|et\b|pt\b|"
                r"tonight|today|tomorrow))",  # (nor the British time "5.30pm")
     ("iy", "im", "id", "sy", "sm", "sd", "a", "b", "y", "ky", "km", "kd", "dd", "dm", "dy", "pm", "pd")),
    # the first Monday in October / the last Sunday of June 2025
    ("nthweekday", rf"(?:the\s+)?(?P<{{nth}}>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
                   rf"\s+{_g('wd', WEEKDAY)}\s+(?:of|in)\s+(?:{_g('m', MONTH)}(?:,?\s+{_g('y', YEAR)})?|"
                   rf"(?P<{{rel}}>this|next|the)\s+month|"
                   rf"(?P<{{ny}}>the\s+new\s+year|next\s+year)|{_g('yo', YEAR)})",  # ("the first Sunday
     # of the new year", "the first Monday of 2017": in January)
     ("nth", "wd", "m", "y", "rel", "ny", "yo")),
    # later this year / later in the year / later in 2016 / later this fall / later this month
    ("later", rf"later\s+(?:(?:this|that|in\s+the|in\s+this|this\s+coming)\s+"
              rf"(?P<{{unit}}>year|month|week|{SEASON})|in\s+{_g('y', YEAR)})",
     ("unit", "y")),
    # early 2017 / the end of the year / by the end of 2017 / mid-2017 / early next year
    ("yearpart", rf"(?:(?P<{{by}}>by|before|between\s+now\s+and)\s+)?(?P<{{part}}>{_YEAR_PART_WORDS})"
                 rf"(?:[-\s]+in)?[-\s]+(?:{_g('y', YEAR)}|(?P<{{rel}}>this|next|the\s+new|the|that)\s+year"
                 rf"(?![-\s]*(?:old|long|s\b)))",
     ("by", "part", "y", "rel")),
    ("yearend", r"(?:the\s+)?(?:year['’]s\s+end|year[-\s]end|end\s+of\s+year)(?!\s*(?:lists?|reviews?|showcase|event|special|party|"
     r"bonus|countdown|ceremony|awards?|celebration|results|earnings|report|round-?up|issue|"
     r"edition)\b)|"
                r"the\s+year\s+is\s+(?P<{out}>out|over|up)\b",  # ("before the year is out")
     ("out",)),
    # early March / mid-March 2017 / the end of March / late next month
    ("monthpart", rf"(?P<{{part}}>{_PART}|the\s+(?:beginning|start|middle|end)\s+of|"
                  r"the\s+(?:first|opening|early|last|final|closing)\s+(?:few\s+)?days\s+of)[-\s]+"
                  rf"(?:{_g('m', MONTH)}(?:,?\s+(?:of\s+)?{_g('y', YEAR)})?|"
                  rf"(?P<{{rel}}>this|next|the)\s+month)",
     ("part", "m", "y", "rel")),
    # first half of 2017 / the second half of the year / H1 2017
    ("half", rf"(?:the\s+)?(?P<{{w}}>first|second|1st|2nd|back|latter|last)\s+(?:half|six\s+months)\s+of\s+"
             rf"(?:{_g('y', YEAR)}|(?P<{{rel}}>this|next|the)\s+year)|"
             rf"\b(?:h(?P<{{n}}>[12])|(?P<{{n2}}>[12])h)\s*['’]?{_g('y2', YEAR)}|"
             r"(?<=\bin\s|\bby\s)h(?P<{n3}>[12])(?![\w'’-])",  # ("arrives in H2": this year's)
     ("w", "y", "rel", "n", "n2", "y2", "n3")),
    # Q3 2016 / the third quarter (of 2016)
    ("quarter", rf"\bq(?P<{{n}}>[1-4])(?:\s*['’]?\s*{_g('y', YEAR)})?(?![\w])|"
                rf"(?:the\s+)?(?P<{{w}}>first|second|third|fourth|1st|2nd|3rd|4th|final)"
                rf"[-\s]quarter(?:\s+of\s+(?:{_g('y2', YEAR)}|(?P<{{rel}}>this|next|the)\s+year))?"
                r"(?!\s+(?:of\s+(?:the\s+)?(?:season|episode|game|century)))",
     ("n", "y", "w", "y2", "rel")),
    # midseason / mid-season 2019
    ("midseason", rf"mid[-\s]?season(?:\s+{_g('y', YEAR)}|\s+(?:premiere|return|launch|debut|bow|"
                  rf"slot|berth)\s+in\s+{_g('y2', YEAR)})?"
                  r"(?![-\s]+(?:finale|break|hiatus|cliffhanger|trailer|promo)s?\b)", ("y", "y2")),
    # mid-year / midyear / mid-year 2026 (as "mid-2026": May to August)
    ("midyear", (rf"mid[-\s]?year(?:,?\s+{_g('y', YEAR)})?"
                 r"(?![-\s]*(?:old|long|s\b|['’]s|finale|review|report|results|break|hiatus|budget)\b)"),
     ("y",)),
    # the holidays / the holiday season / holiday 2025 / after the holidays (early the next year)
    ("holidays", rf"(?:{_g('after', 'after')}\s+)?(?:the\s+)?holiday(?:(?:\s+season|s)"
                 rf"(?:\s+(?:of\s+)?{_g('y', YEAR)})?|\s+{_g('y2', YEAR)})"
                 r"(?![-\s]*(?:special|episode|movie|film))", ("after", "y", "y2")),
    # Halloween / Christmas Day / Thanksgiving
    # (Labor Day weekend, Thanksgiving weekend 2025)
    ("holiday", rf"(?P<{{name}}>{_HOLIDAYS})(?:\s+(?:of\s+)?{_g('y', YEAR)})?"
                rf"(?:\s+{_g('wk', _WEEK_OR_WEEKEND)})?(?:\s+{_g('y2', YEAR)})?", ("name", "y", "wk", "y2")),
    # this Ramadan / during Ramadan / Ramadan 2025 (the month of fasting: vocab.RAMADAN_STARTS)
    ("ramadan", rf"(?:(?P<{{rel}}>this|next|last)\s+)?ramadan(?:\s+(?:of\s+)?{_g('y', YEAR)})?(?![\w-])",
     ("rel", "y")),
    # this fall / next spring / last summer / this coming winter / early fall
    # (the end of the summer / the start of fall / early next spring)
    ("relseason", rf"(?:(?P<{{rel}}>{_REL})\s+|(?:(?P<{{part}}>early|mid|late)(?:\s+|-(?=[a-z])|(?=summer|winter))|"
                  rf"(?:the\s+)?(?P<{{of}}>end|start|beginning|middle)\s+of\s+(?:the\s+)?)"
                  rf"(?:(?P<{{ofrel}}>this|next|last)\s+)?)"
                  rf"{_g('s', _SEASON_WORD)}"
                  rf"(?:\s+(?:of\s+)?{_g('y', YEAR)})?",
     ("rel", "part", "of", "ofrel", "s", "y")),
    # fall 2017 / summer of 2017 / winter 2016-17
    ("seasonyear", rf"{_g('s', SEASON)}\s+(?:of\s+)?(?:(?P<{{rel}}>next|this|last|the\s+following)"
                   rf"\s+year(?![-\s]*(?:old|long|s\b|['’]s))|{_g('y', YEAR)}"
                   rf"(?:\s*[-–/]\s*{_g('y2', r'(?:19|20)?[0-9]{2}')}(?![0-9]))?|"
                   rf"['’]{_g('yy', r'[0-9]{2}')}(?![0-9'’]|s\b))",  # summer '26
     ("s", "rel", "y", "y2", "yy")),
    # March 2016 / March of 2016
    ("monthyear", rf"{_g('m', MONTH)},?\s+(?:of\s+)?(?:{_g('y', YEAR)}|['’]{_g('yy', '[0-9]{2}')}(?![\w'’])|"
                  rf"(?P<{{rel}}>this|next|last)\s+year(?![-\s]*(?:old|long|s\b|['’]s)))",
     ("m", "y", "yy", "rel")),
    # this year / next year / the following year
    ("relyear", rf"(?P<{{rel}}>{_REL}|the\s+new|the\s+previous|earlier\s+this|in\s+the|during\s+the)\s+year"
                r"(?![-\s]*(?:old|long|s\b|['’]s))",
     ("rel",)),
    # that month / the same month: the month of the date named just before
    ("samemonth", r"(?:that|the\s+same)\s+month(?![-\s]*(?:old|long|s\b|['’]s))", ()),
    # "... will play out its final season then, as will ...": the time told just before
    ("then", r"then(?=\s*[,;:)]|\s*\.(?![0-9])|\s+as\s+(?:well|will|does|do)\b|\s+too\b|\s*$)", ()),
    # this month / next month / earlier this month
    ("relmonth", (rf"(?:(?P<{{rel}}>{_REL}|earlier\s+this)\s+|(?P<{{mid}}>mid)[-\s]?)month"
                  r"(?![-\s]*(?:old|long|s\b|['’]s))"),
     ("rel", "mid")),
    # this week / next week / later this week / this weekend / the week of March 6
    ("relweek", rf"(?P<{{rel}}>later\s+this|{_REL}|earlier\s+this|the(?=\s+week\s+after\s+next))"
                rf"\s+(?P<{{unit}}>week(?:end)?)"
                r"(?P<{twice}>\s+after\s+next)?"
                r"(?![-\s]*(?:old|long|s\b|['’]s|ly))",
     ("rel", "unit", "twice")),
    # the week of March 14 / the third week of April (2026)
    ("weekof", rf"(?:the\s+)?week(?P<{{end}}>end)?\s+of\s+{_g('m', MONTH)}\s*{_g('d', DAY)}"
               rf"(?:,?\s+{_g('y', YEAR)})?|"
               # the week beginning 7 November / the week commencing Monday, Nov. 7: from that day
               rf"(?:the\s+)?week\s+(?P<{{from}}>beginning|commencing|starting)\s+(?:(?:on\s+)?"
               rf"(?:mon|monday),?\s+)?(?:{_g('m3', MONTH)}\s*{_g('d3', DAY)}|{_g('d4', DAY)}\s+(?:of\s+)?"
               rf"{_g('m4', MONTH)})(?:,?\s+{_g('y4', YEAR)})?|"
               rf"(?:the\s+)?(?P<{{nth}}>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+"
               rf"week\s+of\s+(?:{_g('m2', MONTH)}(?:,?\s+{_g('y2', YEAR)})?|{_g('y3', YEAR)})",
     ("end", "m", "d", "y", "nth", "m2", "y2", "y3", "from", "m3", "d3", "d4", "m4", "y4")),
    # in the coming weeks / in the next few months / in the near future
    ("horizon", r"(?:in|over|within|during)\s+(?:the\s+)?(?:coming|next|upcoming|following|"
                r"next\s+(?:few|couple(?:\s+of)?)|coming\s+few)\s+(?:few\s+|couple(?:\s+of)?\s+)?"
                r"(?P<{unit}>days|weeks|months)|in\s+the\s+(?P<{near}>near\s+future)|"
                r"in\s+(?:a\s+few|a\s+couple\s+of)\s*(?P<{unit2}>days|weeks|months)?|"
                r"in\s+the\s+(?P<{ahead}>weeks|months|days)\s+ahead(?!\s+of\b)",
     ("unit", "near", "unit2", "ahead")),
    # "in two weeks", "within 10 days", "in a month's time", "within weeks": counted from today
    ("count", rf"(?:in|within)\s+(?:the\s+next\s+)?(?:(?:just|only|about|around|roughly)\s+)?"
              rf"(?P<{{n}}>{_COUNT_WORDS}|[0-9]{{1,2}})\s+"
              r"(?P<{u}>days|weeks?|months?|fortnights?)(?:['’]s?\s+time)?"
              r"(?!\s+(?:of|after|before|later|earlier|ago|into|from|since)\b|[-\w])|"
              r"within\s+(?P<{bare}>days|weeks|months)(?![-\w])|"
              r"within\s+the\s+next\s+(?P<{one}>week|fortnight|month)(?![-\w])|"  # (from tomorrow on)
              # "two weeks from now", "10 days from today", "a month away"
              rf"(?:(?:just|only|about|around|roughly)\s+)?(?P<{{n2}}>{_COUNT_WORDS}|[0-9]{{1,2}})\s+"
              rf"(?P<{{u2}}>days|weeks?|months?|fortnights?)\s+(?:from\s+(?:now|today|(?:this\s+)?{_g('wd', WEEKDAY)})|"
              r"away)(?![-\w])",  # (and "two weeks from Sunday": that day)
     ("n", "u", "bare", "one", "n2", "u2", "wd")),
    ("soon", r"(?:coming\s+)?(?<![\w-])soon(?!\s+(?:after|as|enough|-to-be|to\s+be)|er|est|-)",
     ()),
    # the same night / the same day: the day just mentioned
    ("sameday", r"(?:(?:the\s+)?same\s+(?:night|day|evening|date)|that\s+(?:night|evening)|"
                # "The day before, Marvel's Wonder Man drops" (not "the next day", "a day later":
                # most often where the same show streams or airs again)
                r"the\s+(?P<{before}>day|night|evening)\s+before(?=\s*[,.;:—–)]|\s*$)|"
                # "... bows Saturday, Aug. 22, and the following night AMC launches X": the day
                # after, where a new subject follows (not "streams the following day on Hulu")
                r"the\s+(?P<{after}>following|next)\s+(?:day|night|evening)(?=,?\s+\w))"
                r"(?!\s*-)", ("before", "after")),
    # "two days later", "a week after that", "a fortnight later", "that Friday", "the following
    # Monday", "the day after": counted from the day told just before
    ("offset", (rf"(?:(?P<{{n}}>[0-9]{{1,2}}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                r"(?P<{unit}>days?|nights?|weeks?|fortnight|months?)\s+"
                r"(?:later|after\s+that|afterwards?)(?![\w-])|"
                rf"(?:that|the\s+(?:following|next))\s+{_g('wd', WEEKDAY)}(?![\w'’-])|"
                r"the\s+(?P<{after}>day|night|evening)\s+after(?=\s*[,.;:—–)]|\s*$|\s+on\s)"),
     ("n", "unit", "wd", "after")),
    # today / tonight / tomorrow
    ("relday", r"(?<![\w-])(?P<{w}>today|tonight|tomorrow(?:\s+night)?|tmrw|yesterday|last\s+night)"
               r"(?![\w'’-])",
     ("w",)),
    # this Friday / next Tuesday / on Sunday
    ("weekday", rf"(?:(?P<{{rel}}>this\s+coming|this|next|last|coming|on|until|by|from|starting|"
                rf"beginning)\s+)?"
                rf"{_g('wd', WEEKDAY)}(?!s\b|['’]s\b(?!\s+(?:premiere|debut|launch)\b)|"
                rf"(?:\s+(?:night|evening|morning|afternoon))?,?\s+(?:(?:the\s+)?[0-9]|{MONTH}\.?\s*[0-9])|"
                r"\s+(?:nights|evenings|mornings|afternoons)\b)",
     ("rel", "wd")),
    # in March / by May (the preposition is checked by the rule)
    ("month", MONTH, ()),
    # in the fall / by summer (the preposition is checked by the rule)
    # the fall schedule / ITV's autumn schedule / the spring lineup: the season a network's
    # schedule for it fills ("this fall" is relseason's)
    ("slate", (rf"{_g('s', SEASON)}\s+(?:(?:tv|television|broadcast|prime[-\s]?time|network)\s+)?"
               r"(?:schedule|line-?up|slate)(?![\w-])"), ("s",)),
    # next TV season / this television season: a broadcast season, September to May
    ("tvseasonrel", (r"(?P<{rel}>this|next|coming|current|upcoming)\s+"
                     r"(?:tv|television|broadcast)\s+season(?![-\s]*(?:\d|finale|premiere))"), ("rel",)),
    # the turn of the year / the turn of the new year / the turn of 2025: December to January
    ("turnofyear", (rf"(?:the\s+)?turn\s+of\s+(?:the\s+)?(?:(?:new\s+)?year(?![-\s]*(?:old|long))|"
                    rf"{_g('y', YEAR)})"), ("y",)),
    ("season", SEASON, ()),
    # in 2017 / sometime in 2017 (the preposition is checked by the rule)
    ("year", YEAR, ()),
    # TBA / not yet known / no release date yet
    ("tba", r"(?<![\w-])(?:" + "|".join(vocab.TBA_PATTERNS) + r")(?![\w-])", ()),
]


# The scanner does not try the master pattern at every character: it tokenizes, finds the
# *core* words every date phrase contains (a month, a digit, "year", "soon", "TBA"...), and
# tries, at the few word starts just before each, only the rules that can begin with that word
# (phrases such as "by the end of the year" start up to six words before their core word).
WORD = re.compile(r"[^\W_]+")

# (Of the words of a TBA phrase, the rarest in news: "not" and "hasn", not "been" or "said",
# which stand in a tenth of all sentences and cost a try of the rule each time.)
_TBA_CORES = (
    "tba tbd tbc announced determined confirmed revealed dated scheduled unknown undetermined "
    "unannounced unconfirmed unclear date dates indefinitely undated window windows timeframe yet hasn haven "
    "hadn didn not set fixed given shared disclosed later say word timeline mystery air airdate "
    "airdates soon "
    "unspecified undisclosed unscheduled pending timetable tell wraps guess mum tight quiet silent coy "
    "notice ready course locked strike strikes"
)
# The core words each rule's phrases contain: a rule is tried only where its core was seen.
RULE_CORES: dict[str, str] = {
    "tvseason": "year4",
    "yearrange": "year4",
    "ordday": "ordinal",
    "dayrange": "month",
    "monthrange": "month",
    "mdy": "month weekday",
    "dmy": "month weekday",
    "numeric": "numdate year4",
    "later": "later",
    "nthweekday": "weekday",  # (a month, or "month", always follows it)
    "yearpart": "year year4",
    "yearend": "year",
    "monthpart": "month month_word",
    "half": "half h1 h2 1h months",
    "quarter": "quarter q1 q2 q3 q4",
    "midseason": "midseason mid",
    "midyear": "year midyear",
    "holidays": "holiday holidays",
    "holiday": "halloween christmas thanksgiving valentine boxing labor memorial easter year "
               "independence fourth juneteenth veterans patrick mother father presidents king "
               "mlk stephen ides bowl holiday good australia canada hogmanay black",
    "ramadan": "ramadan",
    "relseason": "season midsummer midwinter",
    "seasonyear": "season",
    "slate": "schedule lineup slate line",
    "tvseasonrel": "tv television broadcast",
    "turnofyear": "turn",
    "monthyear": "month",
    "relyear": "year",
    "relmonth": "month_word",
    "samemonth": "month_word",
    "then": "then",
    "relweek": "week weekend",
    "weekof": "week weekend",
    "horizon": "days weeks months future",
    "count": "days weeks week months month_word fortnight fortnights",
    "soon": "soon",
    "sameday": "same night evening day",
    "offset": "later after afterwards afterward weekday",
    "relday": "today tonight tomorrow tmrw yesterday night",
    "weekday": "weekday",
    "month": "month",
    "season": "season",
    "year": "year4",
    "tba": _TBA_CORES,
}
# Every word a RULE_CORES key is written as, besides the keys themselves ("month" stands for any
# month; "year4" and "numdate" are numbers, found apart): the scanner's core words.
_CORE_KEYS = frozenset("month month_word year4 numdate weekday season ordinal".split())
CORE_WORDS = frozenset(
    list(vocab.MONTHS) + list(vocab.WEEKDAYS) + list(vocab.SEASONS)
    + [w for keys in RULE_CORES.values() for w in keys.split() if w not in _CORE_KEYS]
    + ["years", "month", "2h"]  # (under the keys "year", "month_word" and "1h")
)
LOOKBACK_WORDS = 6


def trie_regex(words: object) -> str:
    """An alternation of ``words`` factored by common prefixes: far faster to scan than a flat
    alternation, which the regex engine would try word by word at every character."""
    trie: dict[str, dict] = {}
    for word in sorted({str(w) for w in words}):  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


_ORDINAL_WORDS = "first second third fourth final 1st 2nd 3rd 4th"
# The words each rule can begin with: a category (month, weekday, season, digit) or a word.
RULE_STARTS: dict[str, str] = {
    "tvseason": "the digit",
    "yearrange": "between from",
    "ordday": "on weekday the",
    "dayrange": "between from month",
    "monthrange": "between from month",
    "mdy": "weekday month",
    "dmy": "weekday digit the",
    "numeric": "digit",
    "later": "later",
    "nthweekday": f"the {_ORDINAL_WORDS} last",
    "yearpart": "by before between until early mid late the beginning start top middle end first latter last",
    "yearend": "the year end",
    "monthpart": "early mid late beginning start middle end the",
    "half": "the first second 1st 2nd back latter last h1 h2 digit",
    "quarter": f"q1 q2 q3 q4 the {_ORDINAL_WORDS}",
    "midseason": "mid midseason",
    "midyear": "mid midyear",
    "holidays": "after the holiday holidays",
    "holiday": "halloween christmas boxing new valentine thanksgiving labor memorial easter "
               "independence fourth month juneteenth veterans st mother father presidents "
               "martin mlk saint ides good super early season australia canada hogmanay black",
    "ramadan": "this next last ramadan",
    "relseason": "this next last coming the following early mid late end start beginning midsummer midwinter "
                 "middle",
    "seasonyear": "season",
    "slate": "season",
    "tvseasonrel": "this next coming current upcoming",
    "turnofyear": "the turn",
    "monthyear": "month",
    "relyear": "this next last coming the following earlier in during",
    "relmonth": "this next last coming the following earlier mid",
    "samemonth": "that the",
    "then": "then",
    "relweek": "later this next last coming the following earlier the",
    "weekof": f"the week weekend {_ORDINAL_WORDS} last",
    "horizon": "in over within during",
    "count": "in within just only about around roughly digit one two three four five six seven "
             "eight nine ten eleven twelve",
    "soon": "coming soon",
    "sameday": "the same that",
    "offset": "digit two three four five six seven eight nine ten day days night nights week weeks "
              "fortnight month_word months that the",
    "relday": "today tonight tomorrow tmrw yesterday last",
    "weekday": "this next last coming on until by from starting beginning weekday",
    "month": "month",
    "season": "season",
    "year": "digit",
    "tba": "tba tbd tbc to is are was remains remain still has have had hasn haven hadn didn "
           "did not no date postponed delayed shelved pulled benched held on without undated "
           "pushed put indefinitely at does doesn do don would wouldn neither none will it dates timing "
           "declined refused broadcast transmission too nobody kept keeping keeps remained stayed "
           "staying until when once after won",
}


def start_key(word: str) -> str:
    """The key of RULE_STARTS a (lowercase) word falls under."""
    if word[0].isdigit():
        return "1h" if word in ("1h", "2h") else "digit"
    if word in vocab.MONTHS:
        return "month"
    if word in vocab.WEEKDAYS:
        return "weekday"
    if word in vocab.SEASONS:
        return "season"
    if word == "month":  # (the word itself: "month" is the key of every month's name)
        return "month_word"
    return word


def _rules_by_start() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for rule, _, _ in RULES:
        for key in RULE_STARTS[rule].split():
            table.setdefault(key, []).append(rule)
    table["1h"] = table["digit"]
    # Category words can also begin rules keyed by their literal form ("may" is a month).
    return table


RULES_BY_START = _rules_by_start()
START_WORDS = frozenset(
    "month" if w == "month_word" else w
    for w in RULES_BY_START if w not in ("month", "weekday", "season", "digit")
) | frozenset(vocab.MONTHS) | frozenset(vocab.WEEKDAYS) | frozenset(vocab.SEASONS)
RULE_ORDER = [rule for rule, _, _ in RULES]
# The scanner's tokens, found in one compiled pass over the lowercased text (three times
# faster than a case-blind pass; TOKEN_ANYCASE serves the rare text whose length changes when
# lowercased): every word a phrase can begin with or must contain, and every number.
# TOKEN_KINDS (below) tells, for each word, its key as a start word and as a core word (None
# where it is not one); any other number is always a start ("18th" → "0"), and a core only where
# it can be part of a date on its own (a year, "3/18/2016", "2016-03-18", "1H"): a day number is
# reached from its month ("March 18").
#
# A token is matched together with the character before it (group 1 is the token): a pattern
# that begins with a character class lets the engine skip ahead to the next non-word character,
# where one that begins with a lookbehind, "(?<!\w)", is tried at every character (a fifth of
# the scan's cost). A token at the very start of the text has no character before it:
# TOKEN_HEAD matches it there.
_TOKEN_BODY = rf"((?:{trie_regex(START_WORDS | CORE_WORDS)})(?!\w)|[0-9][^\W_]*)"
TOKEN = re.compile(rf"\W{_TOKEN_BODY}")
TOKEN_ANYCASE = re.compile(TOKEN.pattern, re.IGNORECASE)
TOKEN_HEAD = re.compile(_TOKEN_BODY)
TOKEN_HEAD_ANYCASE = re.compile(_TOKEN_BODY, re.IGNORECASE)
# Most paragraphs are ASCII once their typographic punctuation is made plain (each mark one
# ASCII character, so every index stays). Those are scanned as bytes in which every non-word
# character is a space: a pattern that begins with a literal space lets the engine jump from
# space to space (a C search) where "\W" is tested at every character; the tokens are the same,
# since in ASCII text "\W" is exactly what became a space.
PLAIN_MARKS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-"),
               ("…", "."), ("\u00a0", " "))  # (str.replace: far faster than str.translate)
SPACED = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))
TOKEN_SPACED = re.compile(b" " + _TOKEN_BODY.encode("ascii"))
LOOKBACK_CHARS = 60  # "no later than the end of the year": far enough back for every rule


def core_key(word: str) -> str:
    """The key of RULE_CORES a (lowercase) core word falls under."""
    if word[0].isdigit():
        if word in ("1h", "2h"):
            return "1h"
        return "year4" if word[:4].isdigit() else "numdate"
    if word in vocab.MONTHS:
        return "month"
    if word in vocab.WEEKDAYS:
        return "weekday"
    if word in vocab.SEASONS:
        return "season"
    if word == "month":
        return "month_word"
    return {"years": "year"}.get(word, word)


_RULES_BY_CORE: dict[str, set[str]] = {}
for _rule, _keys in RULE_CORES.items():
    for _key in _keys.split():
        _RULES_BY_CORE.setdefault(_key, set()).add(_rule)


class _RulesByStart(dict[str, tuple[str, ...]]):
    """Start key (`start_key`, as TOKEN_KINDS gives it; "0" for a number) -> the rules, in
    grammar order, that can begin with it and contain one core key: filled as the scanner
    meets each start word."""

    def __init__(self, core: str) -> None:
        super().__init__()
        self.containing = [r for r in RULE_ORDER if r in _RULES_BY_CORE.get(core, ())]

    def __missing__(self, first: str) -> tuple[str, ...]:
        starting = set(RULES_BY_START.get("digit" if first == "0" else first, ()))
        found = self[first] = tuple(r for r in self.containing if r in starting)
        return found


class _RulesByCore(dict[str, _RulesByStart]):
    def __missing__(self, core: str) -> _RulesByStart:
        table = self[core] = _RulesByStart(core)
        return table


# Core key -> start word -> rules: two plain lookups per (start word, core word) pair the
# scanner meets, with no key to build.
CANDIDATE_RULES = _RulesByCore()


def candidate_rules(first: str, core: str) -> tuple[str, ...]:
    """Rules, in grammar order, that can begin with the word ``first`` and contain the core
    word ``core`` (both lowercase)."""
    if first[0].isdigit():
        first = "1h" if first in ("1h", "2h") else "0"
    elif first not in START_WORDS:
        return ()
    return CANDIDATE_RULES[core_key(core)][start_key(first)]


# (Defined after `core_key`, which it needs.) Keys, not words: "march", "mar." and "sept" all
# have the core key "month", and as start words they have the key "month" too, since no rule
# starts with one month's name rather than any month's (checked below); so CANDIDATE_RULES
# meets one key where it would meet forty names.
TOKEN_KINDS: dict[str, tuple[str | None, str | None]] = {
    word: (start_key(word) if word in START_WORDS else None,
           core_key(word) if word in CORE_WORDS else None)
    for word in START_WORDS | CORE_WORDS if not word[0].isdigit()
}
TOKEN_KINDS.update({"1h": ("1h", "1h"), "2h": ("1h", "1h")})  # (the numbers that are words)
TOKEN_KINDS_SPACED = {word.encode("ascii"): kind for word, kind in TOKEN_KINDS.items()}
assert not RULES_BY_START.keys() & (set(vocab.MONTHS) | set(vocab.WEEKDAYS) | set(vocab.SEASONS))


# One compiled pattern per rule: the scanner tries a candidate's rules one by one.
SINGLE = {rule: re.compile("(?<![\\w])" + _named(rule, pattern, names), re.IGNORECASE)
          for rule, pattern, names in RULES}
# The same patterns for lowercased text: matching case-blind costs the engine twice as much.
# (The patterns are written in lowercase, so the same text serves both.)
SINGLE_FOLDED = {rule: re.compile(pattern.pattern) for rule, pattern in SINGLE.items()}

# Context checks, applied to the text just before a match.
PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?P<prep>between\s+now\s+and|in|by|until|till|til|since|through|throughout|during|over|"
    r"before|after|from|of|"
    r"for|around|come|circa|starting|beginning|as\s+early\s+as|as\s+late\s+as|as\s+soon\s+as|"
    r"no\s+later\s+than|no\s+(?:earlier|sooner)\s+than|sometime|some\s+time|slated|scheduled|due|set|"
    r"targeting|target|eyeing|aiming\s+for|pegged|tentatively|expected|planned|arriving|sticking\s+with|"
    r"returning|premiering|debuting|this(?:\s+coming)?|next|last|and|or|to|between)"
    r"(?:\s+(?:in|for|at|on|the|of|early|late))*"
    r"\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
VERB_BEFORE = re.compile(
    r"\b(?:premieres?|debuts?|returns?|arrives?|airs?|drops?|launch(?:es)?|bows?|starts?|"
    r"begins?|opens?|lands?|hits?|streams?|comes?\s+back|kicks?\s+off|is\s+back|are\s+back|"
    r"premiering|debuting|returning|arriving|airing|dropping|launching|landing|streaming|"
    r"premiered|debuted|returned|arrived|aired|dropped|launched|bowed|opened|"
    r"will\s+(?:premiere|debut|return|air|arrive|launch|start|begin|be\s+back|hit|drop|bow)|"
    r"(?:premiere|debut|return|launch)\s+(?:date\s+)?(?:is|will\s+be)|"  # ("its premiere is Tuesday")
    r"(?:(?:also|all)\s+|^|(?<=\n))out)"  # ("Also out Wednesday: a docuseries")
    r"(?:\s+(?:on|at))?\s+$",
    re.IGNORECASE,
)
