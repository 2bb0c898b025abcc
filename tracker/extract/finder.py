"""Which shows an article talks about, and where it names them.

Pass one collects the titles the article introduces by a cue ("Daredevil season 2", quotes,
"X debuts", headings, "new limited series, X") and the titles it introduces as something else
(a film, a comic). Pass two finds every mention of those titles and of titles the database
already knows, so that a show introduced once is recognized wherever it is named again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from tracker import vocab
from tracker.extract import cues
from tracker.extract import titles as T
from tracker.extract.document import (
    BULLET,
    DASHED_ITEM,
    DATED_LINE,
    EMOJI_BULLET,
    FIELD_NAME,
    FIELD_WORDS,
    HOUR,
    LISTED_ITEM,
    QUESTION_LABEL,
    SLOT_TIME,
    SMALL_WORDS,
    STAMP_LABEL,
    TABLE_ROW,
    TIME_STAMP,
    TURN_TITLE,
    Block,
    answered_question,
    checked_claims,
    furniture,
    recurring_labels,
)
from tracker.extract.seasons import SEASON, SeasonPhrases, season_number
from tracker.names import display_name, from_capitals, show_key
from tracker.temporal import patterns as P


@dataclass(frozen=True, slots=True)
class Ref:
    """A show named in the text."""

    key: str
    name: str
    start: int
    end: int
    season: int | None = None  # "Stranger Things 2" names its season
    weak: bool = False  # only ever introduced by a weak cue
    owner: bool = False  # only ever seen as "X's Nth season" (a show, or its studio)


@dataclass(slots=True)
class Heading:
    name: str
    key: str
    season: int | None


_SUBJECT_VERB = re.compile(
    r"(?=[\s'’(,])"  # (every match begins so: tested first, this halves the scan)
    r"(?:['’]s?\s+)?(?:\s*\([^)]{1,40}\))?"
    r"(?:,\s+(?:meanwhile|however|though|too|also|in\s+turn|by\s+contrast|for\s+its\s+part))?"
    r"(?:,\s+(?:now\s+|also\s+)?(?:in|entering|heading\s+into|(?:midway|halfway|partway)\s+through)\s+its\s+"
    r"(?:[\w-]+\s+){1,3}?(?:season|series),)?"  # ("X,
    # now in its 14th season, comes back")
    r"(?:,\s+(?:(?:co-produced|produced|created|written|developed|made|adapted)\s+(?:with|by|from)|"
    r"(?:coming|fresh)\s+off|(?:once|originally|initially|first|long|previously)\s+(?:billed|pitched|"
    r"conceived|planned|announced|intended|developed|sold|touted)\s+as)\s+[^,.;()]{1,60},)?"
    # ("Big Little Lies, once billed as a limited series, will be back"; "I May Destroy You, co-produced with HBO, is
    # on track for June", "Game of Thrones, coming off a record 24 Emmy nominations, will be back")
    r",?\s+(?:(?:is|are|will|would|has|have|had|was|were|'ll|"
    r"not|won['’]t|isn['’]t|aren['’]t|"
    r"could|may|might|should|also|finally|officially|now|then|reportedly|likely|probably|just|"
    r"both|still|all|itself|themselves|"  # ("The Boys itself will conclude with")
    r"already|set|slated|scheduled|expected|due|going|to|be|been|getting|gets|get|"
    r"officially|coming|back)\s+){0,5}"
    r"(?:premier(?:e|es|ing)|debut(?:s|ing)?|bows?|returns?(?!\s+the\s+favou?r)|returning(?!\s+the\s+favou?r)|arriv(?:e|es|ing)|airs?|"
    # ("X has had its second season held back to midseason")
    r"(?:had|seen|saw|got)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)\s+"
    r"(?:pushed|moved|delayed|held|bumped|postponed|shifted)\b|"
    r"previews?(?=\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"drops?|launch(?:es)?|lands?|streams?|kicks?\s+off|comes?\s+back|came\s+back|back|for\s+release|"
    r"gets?\s+(?:the|an?)\s+(?:earliest|early|first)\s+start\b|"  # ("The View gets the earliest start")
    # ("The Hollow Crown will be broadcast this summer", "is to be shown on BBC Two in August")
    r"(?<=be\s)(?:shown|screened|broadcast|transmitted|televised|aired)(?=\s+(?:on|in|this|next|later|"
    r"from|early|during|over|at|across|before|after)\b)|"
    r"(?:being\s+)?(?:held|saved|kept)\s+(?:back\s+)?(?:for|until)|"  # ("is being held for midseason")
    r"(?<=was\s)(?:saved|rescued|revived)\s+by|"  # ("The Expanse, dropped by Syfy, was saved by Amazon")
    r"picks?\s+back\s+up|picks?\s+up\s+again|resumes?|(?<=will\s)come|"
    # ("The Mindy Project, rescued from Fox cancellation, will continue on Hulu this fall")
    r"(?<=will\s)continue(?=\s+(?:on|at)\s+[\w+&.-]+(?:\s+[\w+&.-]+)?\s+(?:this|next|in|with|from)\s)|"
    r"continues?\s+with\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series|cour)|"
    r"start\s+their\s+(?:[\w-]+\s+){0,2}seasons|"  # ("Mom and The Millers both start their
    # second seasons", "X, widely credited ..., has begun filming its fifth season")
    r"(?:begun|began|started|starts|wrapped|wraps)\s+(?:filming|shooting|production\s+on)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}season|"
    r"settles?\s+into\s+(?:the|its|their)\s+(?:[\w:.-]+\s+){0,3}(?:hour|slot|time\s*slot|berth)|"
    rf"{cues.INTO_ITS_SEASON}|"  # ("Hell on Wheels rolls into its second season on Aug. 12")
    r"(?:fills?|occup(?:ies|y)|takes?\s+over)\s+the\s+[\d:/apmc. ]{1,12}\s(?:hour|slot|time\s*slot)|"
    r"(?:survives?|lives?)\s+to\s+see\s+(?:a|an)\s+\w+\s+season|"
    r"(?:squeak(?:s|ed)?|scrap(?:es|ed))\s+(?:through|by)\s+(?:to|into|with)\b|"
    r"(?:gets?|kicks?|starts?)\s+things\s+(?:going|started|off|rolling|underway)|"
    r"leads?\s+off\s+(?:in|on|with)|"
    rf"follows\s+(?:it\s+|them\s+)?(?={cues.AT_SLOT}\s+with\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:premiere|debut|return))|"  # ("..., and X follows it at 10 p.m. with its fourth-season premiere")
    r"(?:makes?|making)\s+the\s+(?:jump|move|switch|leap)\s+(?=(?:from|to|over)\b)|"  # ("Line of
    # Duty makes the jump from BBC Two to BBC One for its fourth series")
    r"(?:starts?|begins?|kicks?\s+off|opens?)\s+with\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch|premiere|opener|first\s+episode)\b|"  # ("X starts with its launch show on")
    r"no\s+(?:(?:official|firm|set|confirmed|exact)\s+)?(?:release|premiere|air|launch|return|debut)\s+"
    r"dates?|(?:does\s+not|doesn['’]t|do\s+not|don['’]t)\s+(?:yet\s+)?have\s+(?:a|an)\s+"
    r"(?:(?:official|firm|set|confirmed)\s+)?(?:release|premiere|air|launch|return|debut)\s+date|"  # ("X has
    # no release date yet")
    r"sits?\s+out\s+(?:the\s+)?(?:fall|spring|summer|winter|autumn|season|schedule)|"  # ("X
    # will sit out the fall")
    rf"(?:starts?|begins?)(?:\s+(?:streaming|airing))?(?=\s+(?:on\s+|this\s+|next\s+)?"
    rf"(?:(?i:{P.ANY_MONTH}|{P.ANY_WEEKDAY})|tonight|tomorrow|\d)|"  # "starts September 17"
    r"\s+(?:later|early|earlier)\s+(?:this|next)\s+(?:week|month|year|fall|spring|summer|winter|autumn)\b|"
    r"\s+(?:this|next)\s+(?:week|month|fall|spring|summer|winter|autumn)\b)|"  # ("starts later this month")
    r"hits?\s+(?:screens|the\s+(?:small\s+)?screen|tv|television|streaming)|"
    r"reach(?:es)?\s+(?:our\s+|tv\s+|uk\s+|british\s+|american\s+)?(?:small\s+|tv\s+)?screens|"
    r"head(?:s|ed|ing)\s+our\s+way|head(?:s|ing)?\s+back|"
    r"stick(?:s|ing)?\s+around\s+for|"  # ("9-1-1 is sticking around for season 9")
    r"(?-i:eyes)(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:release|premiere|debut|return|"
    r"launch|first\s+half|second\s+half|spring|summer|fall|autumn|winter|midseason|20\d\d)\b)|"  # ("X, the
    # spinoff ..., eyes the first half of next year")
    r"(?<=is\s)(?:targeting|eyeing|aiming\s+for)|(?<=now\s)(?:targeting|eyeing)|"  # ("X is targeting
    # a late 2022 release")
    rf"opens?(?=\s+on\s+{cues.NETWORKS}\b)|hits?(?=\s+{cues.NETWORKS}\b)|"  # ("Luke Cage hits Netflix on")
    rf"(?:(?<=is\s)|(?<=are\s))coming(?=\s+to\s+{cues.NETWORKS}\b)|"  # ("X is coming to Netflix in")
    r"(?<!not\shave\sto\s)(?<!n't\shave\sto\s)(?<!n’t\shave\sto\s)"
    r"(?<=to\s)wait(?!\s+(?:for|and|to\s+see|in\s+line|long))|"  # ("Fargo will have to wait")
    r"(?:remains?\s+|stays?\s+)?on\s+(?:track|schedule)\s+for|(?:(?<=is\s)|(?<=are\s)|(?<=still\s))on\s+for|"
    r"sets?\s+(?:[\w-]+\s+){0,2}?(?:premiere|return|release|debut|launch)?\s*date|"
    r"release[sd]?|renewed|picked\s+up|cancell?ed|ending|concludes?|"
    r"(?:ordered|greenlit|(?:re-?)?commissioned)(?!\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:season|series)\b)|"
    # (not "CBBC has already ordered a fifth series": who orders it)
    r"(?:(?<=been\s)|(?<=is\s))confirmed\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:season|series)|"  # ("X has been
    # confirmed for a fourth season")
    r"makes?\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:comeback|return|debut|bow)|"
    r"end(?:s)?\s+(?:after|with|its|their)|wraps?\s+up|follows?\s+(?:on|in|later|early|next|this|soon)|"
    r"(?:signs?|bows?)\s+(?:off|out)\s+with\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:season|series)\b|"  # ("will
    # sign off with its fourth and final season in October")
    r"follows?\s+(?:a|one|two|three|four|several|a\s+few)\s+(?:days?|weeks?|months?|nights?)\s+later|"
    r"follows?\s+with\s+(?:the\s+(?:start|premiere|return|debut|launch)|its|their|(?:season|series)\s+\w+\s+(?:in|on|this|next|later|early)\b)|"
    rf"follows?(?=\s+(?:(?i:{P.ANY_WEEKDAY})(?:,|\s+(?:at|night|\d|[a-z]{{3,5}}\.?\s+\d))|"  # ("and Y
    rf"(?i:{P.ANY_MONTH})\.?\s+\d))|"  # follows Friday, March 18"; not "follows Wednesday Addams")
    r"follows?(?=\s+at\s+\d{1,2}(?::\d\d)?(?:/\d{1,2}c\b|\s*[ap]\.?m\b))|"  # ("Y follows at 9/8c")
    r"(?:get(?:s|ting)?|got|scor(?:es|ed)|earn(?:s|ed)|nab(?:s|bed)|land(?:s|ed))\s+(?:a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:season|series|order|renewal|pickup|pick-up|greenlight|date|premiere(?:\s+date)?|"
    r"debut|bow|batch\s+of\s+episodes)|"  # ("X scored a second season", "X gets a spring 2025
    # premiere", "X got its second-season pickup", "X is getting a third batch of episodes")
    r"ha(?:s|ve)\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:premiere|release|return|debut|launch)\s+date|"
    r"delayed|postponed|pushed|moves?|moved|slides|slid|shifts|shifted|(?<=is\s)moving\s+to|held\s+(?:back|until|till|for)|"
    r"keeps?\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:premiere|debut|launch|return|date)|"
    r"(?:expected|due|slated|scheduled|planned|promised|penciled|pencilled|supposed)\s+"
    r"(?:in|for|to|on|by|later|early|this|next|back|at)|set\s+(?:for|to))\b"
)
# Two titles of two or more words each, joined by "and" ("Law and Order" is one title).
_LAST_WITH = re.compile(r".*\s(?:with|and|from)\s+(?=[A-Z])")
_TWO_TITLES = re.compile(r"[^\s&]+(?:\s+[^\s&]+)+\s+(?:and|&)\s+[A-Z][^\s&]*(?:\s+[^\s&]+)+")
_CAST_RETURN = re.compile(
    r"[\s,]*(?:(?:are|is|will\s+(?:also\s+)?be|will)\s+)?(?:(?:also|finally|now)\s+)?(?:(?:expected|set|slated|due|going)\s+to\s+)?"
    r"(?:both\s+|all\s+)?(?:back|returns?|returning|coming\s+back)\s+"
    r"(?:(?:in\s+[A-Z][\w'’-]+\s+)?(?:for|in)\s+(?:the\s+\w+\s+(?:season|series)|season\s+\w+|"
    r"(?:a|an)\s+\w+\s+(?:season|series)|\w+\s+season)\s+of\b|"  # ("will be back in Portwenn for a
    # seventh series of Doc Martin": the star)
    r"as\s+(?-i:[A-Z])|as\s+(?:the|a|an|their|his|her)\s+(?!(?:[\w-]+\s+){0,2}(?:event|series|"
    r"miniseries|season|show|special|revival|reboot)\b)|"  # ("A and B return as Alex and
    # Rachel in ...", "will both return as the New York couple": actors)
    r"to\s+[“\"‘'][A-Z][^.;\n”\"’']{0,40}[”\"’']\s+for\s+(?:its|their|the|a)\s+[\w-]+\s+season\b|"  # ("A
    # will return to "The Bear" for its fourth season": a guest star, and the quoted show)
    r"to\s+[^.;\n]{1,40}?\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:series|season|revival|"
    r"reboot|sequel|limited\s+series)\b)", re.IGNORECASE)  # ("... return to Barbary Lane in a
# ten-episode new series")
_MEDIUM_RETURN = re.compile(r"(?:(?<=['’]s)\s+return|\s+returns)\s+to\s+(?:the\s+small\s+screen|sitcoms?|"
                            r"television|tv|network\s+(?:tv|television)|series\s+(?:tv|television)|comedy|"
                            r"drama|broadcast\s+(?:tv|television))\b", re.IGNORECASE)
# ("Robin Williams returns to series television in "The Crazy Ones"": the star comes back)
_SUBJECT_VERB_ANYCASE = re.compile(_SUBJECT_VERB.pattern, re.IGNORECASE)
_MEDIUM_BEFORE_SEASON = re.compile(r"\s(?:anime|TV|tv|television|series|show|drama)\s+$")
_NETWORK_NAMES = (
    "ABC|NBC|CBS|Fox|FOX|The CW|CW|HBO|HBO Max|Max|Netflix|Hulu|Prime Video|Amazon|Apple TV\\+|"
    "Apple TV|Disney\\+|Paramount\\+|Peacock|Showtime|Starz|FX|FXX|AMC|AMC\\+|BBC One|BBC Two|"
    "BBC1|BBC2|BBC Three|BBC|ITV|ITV1|ITVX|Channel 4|Channel 5|Sky Atlantic|Sky One|Sky|MTV|"
    "Lifetime|USA|TNT|TBS|Syfy|Bravo|Freeform|Crunchyroll|Funimation|Adult Swim|Comedy Central|"
    "PBS|Starz|Epix|MGM\\+|BritBox|Acorn TV|Shudder|Tubi|Roku|HIDIVE|HiDive|VRV|AnimeLab|Anime Strike|"
    "CBS All Access|Paramount Plus|Disney Plus|Apple TV Plus|YouTube Premium|YouTube|Quibi|Freevee|"
    "IMDb TV|BBC America|SundanceTV|Sundance TV|Hallmark Channel|Hallmark|A&E|TLC|HGTV|"
    "National Geographic|Nat Geo|Discovery\\+|Cinemax|WGN America|Pop TV|"
    # (and abroad: "tvN's Hospital Playlist signed off on Thursday")
    "tvN|JTBC|KBS2|KBS|MBC|SBS|ENA|TVING|Coupang Play|Wavve|Viki|Stan|Binge|Foxtel|ABC iview|CBC|"
    "CTV|Crave|RTÉ One|RTÉ|Virgin Media|TG4|S4C|E4|More4|Fuji TV|TV Tokyo|NHK|Disney\\+ Hotstar|"
    "Hotstar|JioCinema|JioHotstar|Zee5|SonyLIV|Globoplay|Telemundo|Univision|Viaplay|ZDF|SVT|NRK|"
    "ABC Family|TeenNick|Nickelodeon|Cartoon Network|Disney Channel|Logo|Logo TV|OWN|BET|BET\\+|VH1|"
    "E!|Oxygen|Paramount Network|The WB|UPN|Showcase|Citytv|Global|"
    # (and South Asia's: "Fairy Tale (Hum TV): Sehar Khan and Hamza Sohail star ...")
    "Hum TV|ARY Digital|ARY|Geo Entertainment|Geo TV|Geo|Green Entertainment|PTV|Star Plus|StarPlus|"
    "Colors TV|Colors|Sony SAB|Sony TV|Zee TV|Chorki|Bongo|Hoichoi|"
    # (and Europe's: "Der Bergdoktor (ZDF)", "Tschugger (SRF)")
    "ARD|Das Erste|ZDF|ZDFneo|RTL|RTL\\+|Sat\\.1|ProSieben|Sky Deutschland|ORF|ORF 1|ORF 2|SRF|SRF 1|"
    "SF 1|Rai 1|Rai Uno|Rai 2|Rai 3|Canale 5|Italia 1|RTVE|La 1|Antena 3|Telecinco|Movistar Plus\\+|"
    "Movistar\\+|TF1|France 2|France 3|M6|Arte|Kan 11|Kan|Keshet 12|Reshet 13|ERT|TVN|TVP"
)
# An ordinal of a season after the first, where the word "season" is left out: "its fourth."
_LATER_ORDINAL = (r"(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                  r"eleventh|twelfth)")
_STARTS_ITS = re.compile(
    r"(?=[\s,])"  # (every match begins so: tested first, this halves the scan)
    rf"(?:\s+\((?:{SLOT_TIME}|(?:{_NETWORK_NAMES})\b)[^()]{{0,30}}\))?"  # ("Doctor Who (9 p.m.,
    # BBC America) begins its 10th season")
    r"(?:,\s+(?:meanwhile|however|too|also|for\s+its\s+part),)?(?:,\s+which)?"  # ("Westworld,
    # which wrapped its first season last night")
    r"\s+(?:(?:will|officially|finally|is|are|now|currently|already|was|were|just|recently|itself|"
    r"themselves|still|also)\s+)*"
    r"(?:(?:supposed|set|scheduled|due|expected|slated|planned)\s+to\s+)?"
    r"(?i:in\s+(?:pre-?)?production\s+on|filming|shooting|debut|premiere|"
    # ("Shadow and Bone showed its first teaser for its second season")
    r"(?:showed|shared|released|dropped|unveiled|debuted|revealed)\s+(?:its|their|a|the)\s+"
    r"(?:first\s+|new\s+|official\s+)?(?:teaser|trailer|look|clip|poster)\s+(?:for|from|of)|"  # ("is in production on its third")
    r"starts?|begins?|opens?|kicks?\s+off|launch(?:es)?|unspools?|delivers?|rolls?\s+out|unveils?|"
    r"starting|beginning|opening|kicking\s+off|launching|"  # ("with Arrow launching its third")
    r"ha(?:s|ve)\s+(?:set|dated|scheduled)|"  # ("Vinland Saga has
    # set its third season for October")
    r"wraps?(?:\s+up)?|ends?|concludes?|closes?(?:\s+out)?|continues?|resumes?|"
    r"wrapped(?:\s+up)?|ended|concluded|closed(?:\s+out)?|finished|"
    r"premiered|debuted|launched|released|"
    # ("Orange Is the New Black dropped its third season on June 11", not its season's trailer)
    r"dropped(?=\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)(?:\s+(?:on|in|last)\b|,)))"
    r"\s+(?:(?:its|their|an?)\s+(?:[\w-]+\s+){0,3}"
    r"(?:season|series|run|chapter|cour|cycle|edition|installment|instalment)\b|"
    r"(?-i:Season|season)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    rf"(?:its|their)\s+{_LATER_ORDINAL}(?=\s*[.;!?](?:\s|$)|,\s|\s+(?:at|on|in|with)\s))")
# ("The Flash begins Season 3 on Tuesday, Oct. 4"; "and NCIS: Los Angeles begins its fourth.")


_LABEL_BLURB_OPENS = re.compile(r"[^:\n]{0,40}:\s+")
_FAMILY = re.compile(r"The\s+[A-Z][a-z]+s")


def _characters(name: str) -> bool:
    """Does ``name`` read as the people of a story, not a title: a family ("The Millers") or
    given names alone ("Ruby and James")?"""
    if _FAMILY.fullmatch(name):
        return True
    parts = [p for p in re.split(r",\s+|\s+(?:and|&)\s+", name) if p]
    return len(parts) >= 2 and all(p.lower() in vocab.FIRST_NAMES for p in parts)


def _first_predicate_subject(text: str, block: Block, at: int, predicate_end: int | None = None
                             ) -> tuple[int, int] | None:
    """The title that opens the sentence whose second predicate begins at ``at``: "Criminal
    Minds sits out an extra week and opens its eighth season" (a short first predicate, with
    no comma in it, ending at ``predicate_end``: by default before the " and" that ends at ``at``)."""
    for sentence in block.sentences:
        if sentence.start <= at < sentence.end:
            subject = T.grab_right(text, sentence.start, at)
            if subject is not None and subject[0] == sentence.start and _SHORT_PREDICATE.fullmatch(
                    text, subject[1], at - 4 if predicate_end is None else predicate_end):
                return subject
    return None


# "... when it comes back", "... as it returns": the subject named before comes back
_IT_RETURNS_AFTER = re.compile(r"\s(?:when|as|once|after|before|and|until)\s+it\s+(?:returns|comes\s+back|"
                               r"premieres|debuts|launches|arrives|is\s+back|kicks\s+off|begins\s+its|"
                               r"starts\s+its|opens\s+its)\b|"
                               # ("The Tyra Banks Show waits a week longer, returning Monday, Sept. 18")
                               rf",\s+(?:returning|premiering|debuting|arriving|launching|coming\s+back)\s+"
                               rf"(?:on\s+)?(?=(?i:{P.ANY_WEEKDAY}|{P.ANY_MONTH})\b)")
# A weekday that a relative clause gives a show's things to: "Wednesday, which moved its shoot"
_DAY_WHICH_ITS = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+which\s+"
                            r"(?=[^,.;]{0,40}?\bits\s+(?:[\w-]+\s+)?(?:shoot|production|filming|season|"
                            r"cast|star|creator|showrunner|writers|episodes|premiere)\b)")
# ("sits out an extra week", "takes a year off": lowercase words, no comma)
_SHORT_PREDICATE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,6}")


# Events, not shows: "the Winter Olympics", "the Emmy Awards", "the Super Bowl"
_EVENT = (r"(?:Olympics|Olympic\s+Games|Paralympics|Awards|Emmys|Oscars|Golden\s+Globes|Grammys|"
          r"Tonys|BAFTAs|World\s+Cup|Super\s+Bowl|Upfronts?|Comic-Con|Night\s+Football|"
          r"World\s+Series|NBA\s+Finals|Stanley\s+Cup|Eurovision(?:\s+Song\s+Contest)?|Wimbledon)")
_EVENT_NAME = re.compile(rf"\b{_EVENT}$")
_DEMONYMS = re.compile(rf"{T.NATIONALITY_WORD}(?:-{T.NATIONALITY_WORD})+")  # ("Chinese-Australian")
_COMPANY_NAME = re.compile(r"\S\s+(?:Pictures|Productions?|Entertainment|Studios|Films|Media|Animation|"
                           r"Television)$")  # ("from David Production, which will air": the studio)
_SPECIAL_NAME = re.compile(r"\S\s+Specials?$")  # (a one-off; but the series "Special" is a title)
_EPISODE_BEFORE = re.compile(r"(?<!\bwill\s)(?<!\bto\s)"  # (not "Acorn TV will premiere "Mystery Road"")
                             r"\b(?<!-)(?i:premiere|finale|opener|episode|installment|instalment|chapter)"
                             r"(?:\s+episode)?,?\s+(?:titled\s+|called\s+)?[“\"‘']$|"
                             r"\bsubtitled\s+[“\"‘']$|"  # ('The third season, subtitled "New Horizons,"')
                             r"\bre-?watch(?:ed|ing)\s+[“\"‘']$|"  # ('has rewatched "Pickle Rick"': seen)
                             # ('its second installment, "No-End House,"', 'a third, "Butcher's Block,"')
                             r"\b(?i:installment|instalment|chapter|edition|episode)s?,\s+[“\"‘']$|"
                             r"\b(?:a|its|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                             r"tenth)(?:\s+(?i:installment|instalment|chapter|edition|one))?,\s+[“\"‘']$")
_FILMS_INTRO = re.compile(r"(?:^|[.!?]\s+|\n)(?:The\s+)?(?:Films|Movies|Feature\s+films)\b[^.:;\n]{0,60}:\s"
                          r"(?:[^.;\n]|\.\s(?=\d))*$")  # (to the sentence's end; "Dec. 13" goes on)
_WHOLE_RUN_AFTER = re.compile(r"[”\"’']?,?\s+from\s+(?:the\s+)?(?:beginning|start|top|pilot|first\s+episode)\b")
_SEASON_OPENS_WITH = re.compile(r"\b(?i:season|series)\b[^.;]{0,80}\b(?:premieres?|opens?|begins?|starts?|"
                                r"launch(?:es)?|debuts?|kicks?\s+off|returns?)\b[^.;]{0,60}\bwith\s+[“\"‘']$|"
                                # ('the remaining two episodes, "A" and "B", will air')
                                r"\bepisodes,\s+[“\"‘'][^”\"’'\n]{1,60}[”\"’'],?\s+(?:and|&)\s+[“\"‘']$")
_EVENT_WORDS = re.compile(_EVENT)
_EVENT_LEAD = re.compile(r"(?:The\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}\Z")
_WORD_CHAR_AT = re.compile(r"\w")
# ("Shonda Rhimes' Scandal"; not "Da Vinci's Demons", whose surname's particle opens the title)
_PERSON_OWNER = re.compile(r"(?!The\s|A\s|An\s|(?:Da|De|Di|Van|Von|Le|La|Du)\s|"
                           r"(?:Miss|Mrs\.?|Mr\.?|Ms\.?|Lady|Lord|Sir|Uncle|Aunt|Auntie|Grandma|Grandpa|"
                           r"Professor|Saint)\s)[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2}"
                           r"(?:\s+(?:and|&)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2})?(?:['’]s|s['’])\s+"  # ("David
                           # Simon and George Pelecanos' The Deuce")
                           r"(?P<title>[A-Z0-9].*)$")
_MEDIUM_IN_NAME = re.compile(r"(?::\s+|\s)(?:The\s+)?(?:Official\s+)?(?:Podcast|Soundtrack|Original\s+Soundtrack|"
                             r"Audiobook|Cookbook|Video\s+Game|The\s+Game|The\s+Movie)$|"
                             r"^The\s+Art\s+(?:and|&)\s+Making\s+of\b|^The\s+Art\s+of\b")
_PAREN_OPEN = re.compile(r"\((?=[A-Z“\"‘'])")
_SEASON_TAIL_IN_PAREN = re.compile(r",?\s+(?i:season|series)\s+\w+\s*[,;)]")
_AS_DOES = re.compile(r"(?:,\s+as|(?<=[.!?]\s)So)\s+(?:does|do|did|will|is|are|has|have)\s+(?=[A-Z“\"‘'])")
# (and a sentence of its own: "... will premiere this fall. So will Ordinary Joe")
# An apposition that calls the title before it a show: ", the Marvel drama whose ..."
# Where an aside about a title opens: ", a comedy ...", ", Mike Flanagan's reimagining of ..."
_APPOSITION_OPENER = re.compile(r",\s+(?:a|an|the|[A-Z][\w.-]+\s+[A-Z][\w.-]+['’]s?)\s")
_ARTICLE_OPENER = re.compile(r",\s+(?:a|an|the)\s")
_SHOW_APPOSED = re.compile(r",\s+(?:the|an?|[A-Z][\w-]+\s+[A-Z][\w-]+['’]s?)\s+(?:[A-Z][\w’'-]*\s+|[a-z0-9][\w’'-]*\s+){0,4}"
                           r"(?:drama|comedy|series|sitcom|thriller|miniseries|docuseries|procedural|"
                           r"dramedy|comedy-drama|anthology|adaptation|spin-?off|mystery|epic|satire|(?:two|three|four|five|six)-parter)(?:,(?=\s+(?:which|whose)\b))?\s+"
                           r"(?:whose|that|which|from|about|starring|based|set|with|beginning|starting|"
                           r"airing|arriving|premiering|due|slated|coming|created|co-created|written|"
                           r"produced|of)\b")  # (and "Cilla, Jeff Pope's three-part
# drama about ...", "Chasing Shadows, a four-parter beginning on ...")
_NAME_AROUND = re.compile(r".*(?<![\w'’-])(?!(?:The|A|An|And|Of|In|On|Season|Series)\b)[A-Z][a-z]+\s+[“\"‘']\Z",
                          re.DOTALL)
_SURNAME_AFTER = re.compile(r"[”\"’']\s+(?!(?:Season|Series|Part|Volume|And|The)\b)[A-Z][a-z]+(?:-[a-z]+)?\b(?!['’])")
# A letter's signature: "— Lucifer Garza, Brownsville" (a name, a comma, a place, the line's end)
_SIGNED_BEFORE = re.compile(r"[—–-]\s*$")
_SIGNATURE_AFTER = re.compile(r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?, [A-Z][\w .'-]{1,30}$", re.MULTILINE)
_SEASON_APPOSED = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series|edition|cycle|"
                           r"installment|instalment|chapter),\s+[“\"‘']\Z")
_NICKNAMED = re.compile(r"(?:,[”\"’']?\s+(?:billed|dubbed|subtitled|nicknamed|branded|(?:previously|formerly|once|"
                        r"originally)\s+(?:called|titled|known\s+as|named))\s+(?:as\s+)?|"
                        r",\s+which\s+(?:[\w'’-]+\s+){0,4}(?:dubbed|subtitled|billed|nicknamed)\s+"
                        r"(?:it\s+)?(?:as\s+)?|"  # (", which the network has dubbed "Robbin' Season"")
                        r"\b(?:tagline|slogan|catchphrase|hashtag|title\s+card|banner)\s+(?:reading\s+|of\s+)?)"
                        r"[“\"‘']?\Z")  # ('under the tagline "New World"')
# ('"Second Chance," previously called "The Frankenstein Code,"': the show's old name)
_PART_NAMED_AFTER = re.compile(r"[”\"’']?\s+(?:volume|arc|chapter|storyline|installment|instalment)\b")
# "Riverdale opens season 3 ...", "X kicks off S4": a title, then a verb that opens a season
_OPENS_NUMBERED = re.compile(
    r"\s+(?:opens|starts|begins|kicks\s+off|launches|premieres)\s+(?:(?:season|series)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|S\d{1,2})\b")


class _BeforeTitle:
    """Cue words, in any case, followed by what can begin a title ("renewed Fargo", "a
    series order for “Ripley”"). The words are found in the lowercased text, where the regex
    engine is fastest, and the character after them in the text itself."""

    def __init__(self, words: str, title_start: str = "A-Z“\"‘'",
                 needles: tuple[str, ...] = ()) -> None:
        """``needles``: strings one of which every match in lowercased text holds (a cheap
        `str.find` test that skips the scan of a paragraph without them)."""
        self.needles = needles
        self.folded = re.compile(rf"\b(?:{words})\s+")
        self.anycase = re.compile(self.folded.pattern, re.IGNORECASE)
        self.title_start = re.compile(f"[{title_start}]")

    def finditer(self, text: str, low: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """Matches in ``low[start:end]`` (``low`` is ``text`` when lowercasing would move
        indexes) whose next character in ``text`` can begin a title."""
        if low is text:
            pattern = self.anycase
        elif self.needles and not any(low.find(n, start, end) >= 0 for n in self.needles):
            return
        else:
            pattern = self.folded
        for m in pattern.finditer(low, start, end):
            if m.end() < end and self.title_start.match(text, m.end()):
                yield m


_ORDER_FOR = _BeforeTitle(
    r"(?:series\s+order|season\s+order|orders?|renewals?|greenlight|green\s+light|pickups?|"
    r"pick-ups?|commission)\s+(?:for|to)(?:\s+(?:freshman|sophomore|new|hit|breakout|rookie|"
    r"comedy|drama|series|show|sitcom|thriller|the))*",
    needles=("order", "renewal", "green", "pick", "commission"))
# "Premiere dates for Abbott Elementary and Ghosts have not been announced"
_DATES_FOR = _BeforeTitle(r"(?:premiere|release|return|launch|debut|air|midseason|fall|summer|"
                         r"spring|winter)\s+dates?\s+for")
# "on the set of Only Murders in the Building", "the cast of Stranger Things": a production's.
_SLOTTED_TITLE = re.compile(r"(?:^|(?<=[-–—,:(]\s)|(?<=\sand\s)|(?<=\n))((?:The\s+)?[A-Z][\w’'&:.!-]*"
                            r"(?:\s+(?:[A-Z0-9][\w’'&:.!-]*|of|the|and|with|to|a|an|in|on|for|from))*?)"
                            r"\s+at\s+(?:1[0-2]|[7-9])(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?=[\s,;)]|$)")
_TEAM_SAYS = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'&:.!-]*\s+){1,5}?)(?:team|cast|writers|producers)\s+"
                        r"(?:(?:has|have)\s+)?(?:said|says|confirmed|confirms|announced|announces|revealed|"
                        r"reveals|teased|teases)\s+(?:that\s+)?(?:season\s+\w+|the\s+(?:[\w-]+\s+)?season|it|"
                        r"the\s+show|the\s+series)\b")
_CREW_OF = _BeforeTitle(r"(?:the\s+)?(?:set|cast|writers['’]?\s+room|showrunners?)\s+of",
                        needles=("set of", "cast of", "room of", "runner of", "runners of"))
# "The first of the new cartoons to launch is Harvey Beaks": what launches first is a title.
_FIRST_TO_LAUNCH = _BeforeTitle(r"to\s+(?:launch|premiere|debut|arrive|return|land|drop)\s+is",
                                needles=("launch is", "premiere is", "debut is", "arrive is", "return is",
                                         "land is", "drop is"))
# "Next up is the zombie comedy Santa Clarita Diet, ...": what a slate names next is a title.
_REPLACED_BY = re.compile(r"\b(?:be|is|was|being|gets?)\s+replaced\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?(?=[“\"‘']?[A-Z0-9])")
_RETURNING_ARE = re.compile(r"\b(?:[Aa]lso\s+)?(?:[Rr]eturning|[Cc]oming\s+back|[Cc]oming|[Pp]remiering|[Dd]ebuting|"
                            r"[Aa]rriving|[Ll]anding|[Bb]ack)(?:\s+to\s+[A-Z][\w+&!-]*(?:\s+[A-Z+][\w+&!-]*)?)?"
                            r"\s+(?:in|this|next|on|later|early|for)\b(?:[^.;:\n]|\.(?=\s+\d)){0,40}?"
                            r"\s+(?:are|is)\s+(?=[“\"‘']?[A-Z0-9])")  # ("Coming to Netflix on Aug. 19 is X")
_UP_IS = _BeforeTitle(r"(?:next|first|last|then)\s+up\s+(?:is|are|comes)(?:\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:series|show|drama|comedy|sitcom|thriller|anime|docuseries|miniseries|"
                      r"revival|reboot|spinoff|spin-off|procedural|mystery|western|adaptation))?",
                      needles=(" up is", " up are", " up comes"))
# "The run starts with The Bachelorette.": what a guide puts first is a title. (Its "The
# headline act is Futurama." is `_ONE_IS`'s.)
_HEADLINER = _BeforeTitle(r"(?:run|season|summer|fall|week|month|year|slate|lineup|line-up)\s+"
                          r"(?:starts|begins|kicks\s+off|opens)\s+with",
                          needles=("s with", "off with"))
# "Westfall, which has been off the air for a while", "Westfall went off the air": only a
# show goes off the air.
_OFF_AIR = re.compile(r"(?P<which>,\s+which)?\s+(?:has\s+been|had\s+been|has\s+gone|went|is|was)"
                      r"\s+(?:off\s+the\s+air|on\s+(?:an?\s+(?:long\s+|extended\s+)?)?hiatus)\b")
# "Magnum P.I., which CBS cancelled in May": what a network cancels or renews
_WHICH_NETWORK = re.compile(r",\s+which\s+(?:[A-Z][\w+&.!-]*\s+){1,3}(?:has\s+|had\s+)?"
                            r"(?:cancell?ed|axed|renewed|rescued|revived|picked\s+up)\b")
# "The Sunday relaunch of American Idol is locked in": what returns is a title.
# "A: That is Arrested Development, about a rich family ...": an answer naming the show asked
# about (a sentence's subject "That is" or "That's", the title, then its description)
_THAT_IS_TITLE = re.compile(r"(?:(?<=[.!?]\s)|(?<=A:\s)|(?<=\n)|^)(?:That|It)(?:['’]s|\s+is|\s+was)\s+"
                           r"((?:The\s+)?[A-Z0-9][\w’'&!:-]*(?:\s+(?:[A-Z0-9][\w’'&!:.-]*|of|the|and|in|on|a|&)){0,6}?)"
                           r"(?=,\s+(?:a|an|the|about|with|from|which|starring)\b|\.\s)")
_RETURN_OF = _BeforeTitle(r"(?:relaunch|revival|reboot|return|comeback|premiere|debut|launch|"
                          r"arrival|continuation)\s+of", needles=(
                              "launch of", "revival of", "reboot of", "return of", "comeback of",
                              "premiere of", "debut of", "arrival of", "continuation of"))
# "The Office spinoff, now titled The Paper, will premiere": a name given is a title.
_TITLED = _BeforeTitle(r"(?:is|was|now|newly|officially|tentatively|provisionally|working)\s+"
                       r"(?:titled|called|dubbed)|titled|dubbed|"
                       r"(?:show|series|drama|comedy|sitcom|anime|docuseries|miniseries|thriller|mystery|"
                       r"procedural|anthology|western|dramedy|spinoff|spin-off|revival|reboot|adaptation)"
                       r"\s+called")  # ("ads for a show called Terriers", "a murder mystery called X")
# "HBO has finally set a date for Game of Thrones": the show a date is set for
_DATE_SET_FOR = _BeforeTitle(r"(?:set|announced|revealed|confirmed|given|unveiled|locked\s+in|picked)\s+"
                         r"(?:a|the)\s+(?:(?:premiere|release|return|launch|debut|start)\s+)?date\s+for",
                         needles=("date for",))
_SEASON_NAMED = re.compile(r"\b(?:(?:[\w-]+\s+)?(?:season|installment|instalment|chapter|part|episode|"
                           r"volume|finale|premiere)|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|"
                           r"fifth|sixth|seventh|eighth|ninth|tenth|new|next|latest)\s+series|"
                           r"series\s+\w+)\b(?:[^.;:]{0,40}|\s+of\s+[^.;:]{1,50}?,\s+which\s+[^.;:]{1,30})$",
                           re.IGNORECASE)  # ("the second season of Glover's comedy, which the
# network has dubbed "Robbin' Season"": the season's name)
# (a season's own name, "the third season, titled Into the Grand Line"; not "The series,
# titled Welcome to Wrexham", the show's)
# "look forward to Ripley, which premieres on April 4": what "which" premieres is a title,
# wherever it stands in the sentence.
_WHICH_PREMIERES = re.compile(
    r",\s+(?:premiering|debuting|bowing|launching|arriving|returning)(?=\s+(?:on\s+)?(?:mon|tue|wed|"
    r"thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|later|early|\d))|"
    # ("gets grim and muddy in Taboo, bowing Tuesday, Jan. 10")
    r",\s+whose\s+(?:[\w-]+\s+){0,4}(?:season|series)\s+(?:was|has\s+been|is|will\s+be)\s+(?:\w+\s+)?"
    r"(?:confirmed|set|slated|scheduled|dated|due|expected|coming)\b|"  # ("an insert song for Spy x
    # Family, whose third season was recently confirmed for an October premiere")
    r",\s+(?:which|whose\s+(?:[\w-]+\s+){0,4}(?:season|series))\s+"
    r"(?:(?:will|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|will\s+not|won['’]t)\s+)?"
    r"(?:premieres?|debuts?|begins?|starts?|returns?|arrives?|launch(?:es)?|airs?|lands?|"
    r"drops?|streams?|kicks\s+off|bows?|opens?\s+its|hits?\s+(?:netflix|hulu|hbo|amazon|prime|disney|"
    r"apple|peacock|paramount|max|showtime|starz|fx|amc|abc|nbc|cbs|fox|the\s+cw|bbc|itv|channel|"
    r"screens|tv|television|streaming|the\s+(?:small\s+)?screen))\b")  # ("The Bachelor, which opens its";
# "Game of Thrones, which will not return with its eighth and final season until 2019")
# "Snoopy in Space and Helpsters, from the people behind Sesame Street, are both ...": two
# titles, the aside closed before a plural verb
_PLURAL_AFTER_ASIDE = re.compile(r",\s+(?:from|with|starring|featuring|based\s+on|about)\b[^.;,]{1,80},"
                                 r"\s+(?:are|were|both|will\s+both|all)\b")
_PLURAL_ASIDE = re.compile(r",\s+(?:whose|which|who)\b[^.;]{0,80}?\b(?:seasons|are|were|have|all|both)\b")
QUOTE_OPENERS = frozenset('"“‘*_')
_APPOSITIVE = re.compile(r",\s+(?:which|who|whose|with|starring|featuring|from|based\s+on|about|"
                         r"premiering|debuting|bowing|launching|arriving|returning|"
                         r"renewed|ordered|picked\s+up|greenlit|commissioned|"  # ("The Orville,
                         # renewed for a second season in November, is expected")
                         r"(?:in|on|with|for|of|to)\s+which)\b")
# "Prison Break, the revival of the 2005 thriller, has been pushed": the subject before an
# apposition that ends in a verb.
_APPOSITION = re.compile(
    r"(?:,|\s+[—–])\s+(?:the|a|an|another|its|their|his|her|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'+-]*)?(?:\s+(?:and|&)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?(?:['’]s|(?<=s)['’](?=\s+[a-z]))|"
    # ("Severance, Apple TV+'s office thriller, returns")
    # ("Vampire Academy, Julie Plec and Marguerite MacIntyre's adaptation of ..., will arrive")
    r"set\s+(?:in|at|on|during)|based\s+on|inspired\s+by|created\s+by|produced\s+by|adapted\s+from|"
    r"(?:filmed|shot|made|produced)\s+(?:in|at|on|out\s+of|largely|mostly|entirely|with|for|alongside)|"
    r"(?:saved|rescued|revived|picked\s+up|acquired|ordered|commissioned|developed|written|"
    r"directed|hosted|narrated)\s+by|"
    # ("Kara Sevda, marketed abroad as Endless Love, comes back": its name elsewhere)
    r"(?:known|marketed|sold|released|titled|retitled|billed|aired)\s+(?:abroad\s+|internationally\s+|"
    r"overseas\s+|elsewhere\s+|in\s+English\s+)?as|"
    r"(?:reuniting|uniting|starring|featuring|following|chronicling|reimagining|adapting|pairing|"
    r"continuing|picking\s+up)|"  # ("X, reuniting Anthony Mackie and Sebastian Stan, is slated")
    r"(?:originally|initially|first|previously)\s+(?:set|scheduled|slated|planned|dated|due))\s"
    # ("Loki, originally set for June 11, has been moved up to ...")
    r"(?:[^;:.]|(?<=\b[A-Z])\.|(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.(?=\s\d))"
    r"{2,160}?(?:,|\s+[—–])\s+"  # ("Lanterns — the detective drama starring ... — is due";
    # "Loki, originally set for Nov. 26, has been moved up")
    r"(?:(?:is|are|was|were|will|has|have|had|now|still|also|both|finally|officially|not|"
    r"never|won['’]t)\s+)*"
    r"(?:be\s+|been\s+)?(?:arrives?|premieres?|debuts?|returns?|launch(?:es)?|drops?|lands?|"
    r"targeting|eyeing|rides?\s+in|rolls?\s+out|opens?|"
    r"streams?|airs?|back|due|set|slated|scheduled|expected|planned|promised|coming|comes|"
    r"released|out|available|shown|broadcast|starts?|begins?|bows?|kicks?\s+off|"
    r"pushed|moved|delayed|renewed|(?<=been\s)confirmed|a\s+date|date|follows|rounds\s+out|closes\s+out|"
    r"brings?\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)|"
    r"gets?\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:launch|premiere|debut|return|release|date))\b")
_NOUN_BEFORE = re.compile(r"\s+(?:series|show|drama|comedy|sitcom|reboot|revival|adaptation)$")
_SEASON_OF = re.compile(
    r"\b(?:(?<=first\s|econd\s|third\s|ourth\s|fifth\s|sixth\s|venth\s|ighth\s|ninth\s|tenth\s|"
    r"final\s)seasons|"  # ("the third seasons of Kung Fu and Superman & Lois")
    r"season|series|installment|instalment)\s+(?:\w+\s+)?of\s+(?:the\s+(?:[\w-]+\s+){0,2}"
    r"(?:version|edition|incarnation)\s+of\s+|the\s+(?:animated|live-action|revived|rebooted|"
    r"long-running|acclaimed)\s+)?|"  # ("the fourth series of the civilian version of X", "the
    # third season of the animated Young Justice")
    r"\b(?:star|stars|cast|showrunner|creator|co-creator|writer|episodes?|finale|revival|"
    r"reboot|spin-off|spinoff|renewal)\s+of\s+(?:the\s+(?:hit\s+)?(?:series|show)\s+)?|"
    r"\b(?:new|next|fresh|final|another|upcoming|latest|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)\s+(?:run|outing|batch|chapter|edition|installment|instalment)\s+of\s+|"  # ("a second run of X")
    r"\b(?:new|next|fresh|final|another|upcoming|latest)\s+(?:season|series|run)\s+of\s+|"
    r"\bpremiere\s+(?:date\s+)?(?:for|of)\s+|\b(?:return|release|air|launch)\s+date\s+(?:for|of)\s+|"
    r"\bthe\s+(?:return|debut|arrival|comeback|launch|announcement|unveiling)\s+of\s+|"
    r"\b(?:return|comeback|debut)\s+for\s+|"  # "NBC sets January return for St. Denis Medical"
    r"\b(?:anime|tv|television|series|live-action)\s+adaptation\s+of\s+|\bcour\s+of\s+|"
    r"\b(?:fans|viewers|devotees)\s+of\s+"
)
# "..., and the tenth of Two and a Half Men": a season's word left out before a title, after
# a sentence's "the sixth season of X"
ELIDED_SEASON_OF = re.compile(
    rf"(?:,\s+(?:and\s+)?|\sand\s+)the\s+(?P<ord>{_LATER_ORDINAL})\s+of\s+(?=[“\"‘']?[A-Z0-9])")
_DESCRIPTOR = re.compile(
    r"\b(?:(?:new|upcoming|returning|limited|anime|animated|drama|comedy|docuseries|"
    r"documentary|reality|competition|crime|horror|fantasy|sci-fi|period|teen|superhero|"
    r"historical|spinoff|spin-off|prequel|revival|reboot|stalker|mystery|sitcom|murder|"
    r"police|medical|legal|political|spy|family|workplace|dark|half-hour|hour-long|"
    r"british|korean|japanese|spanish|danish|french|german|australian|canadian|finnish|swedish|"
    r"norwegian|icelandic|nordic|scandi|italian|indian|israeli|turkish|mexican|brazilian)\s+)*"
    r"(?:series|show|sitcom|drama|comedy|docuseries|anime|miniseries|thriller|revival|reboot|"
    r"spinoff|spin-off|prequel|sequel|adaptation|mystery|procedural|anthology|western|soap|"
    r"dramedy|satire|epic|saga|serial|docudrama|cartoon|competition|contest|game\s+show|"
    r"talk\s+show|vehicle|noir|reimagining|re-imagining|retelling|remake|follow-up|continuation|period\s+piece|"
    r"offshoot|romance|melodrama|rom-com|romcom)(?:\s+(?:called|titled|dubbed))?,?\s+$"  # ("NBC's Wizard of Oz reimagining Emerald City")
)
_LIST_ITEM = re.compile(r"\s*(?P<title>[^–—:(\n]{2,70}?)\s*(?:[–—]|:|(?<=\s)-(?=\s)(?!\s+(?i:the\s+)?(?i:movie|film)\b))"
                        r"\s+\S")  # ("Mob Psycho 100 II - Bones confirmed ...", not "Chainsaw Man - The Movie")
_PAREN_DATE = re.compile(
    r"\s*\((?:[A-Z][\w+&! ]{1,20},\s*)?(?:(?:[A-Z][a-z]{2,8},?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}/\d{1,2}|TBA|TBD|(?:Christmas|New\s+Year['’]s|Thanksgiving|Halloween|Valentine['’]s)"
    r"(?:\s+(?:Eve|Day))?)[^)]{0,40}\)")  # ("Lost in Space, season 2 (Netflix, Christmas Eve)")
_SEASON_WORD = re.compile(r"\b(?:season|series)\b")
_TIME_NEXT = re.compile(r"\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tonight|tomorrow|noon))")
# A list entry of a title, an aside in parentheses (its studio or network), a dash and its date
_TITLE_ASIDE_DASH = r"(?P<title>[^–—(\n]{2,70}?)[ \t]*\([^()\n]{1,30}\)[ \t]*[-–—][ \t]+"  # "Title (Studio) - "
_ASIDE_DASH_DATE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]+)?{_TITLE_ASIDE_DASH}"
                              rf"(?=(?i:{P.ANY_WEEKDAY}|{P.ANY_MONTH}[ \t]+\d)|\d{{1,2}}/\d|"
                              rf"(?:{_NETWORK_NAMES})[ \t]*(?:\n|$))")  # (or its service: "SPY x
# FAMILY (Wit Studio / CloverWorks) - Crunchyroll", over its paragraph)
_ROW_DAY = re.compile(rf"\|[ \t]*(?:{P.ANY_WEEKDAY},?[ \t]+)?{P.ANY_MONTH}[ \t]+\d", re.IGNORECASE)
_ASIDE_DASH_NETWORK = re.compile(rf"[ \t]*{_TITLE_ASIDE_DASH}(?:{_NETWORK_NAMES})\b")
_NETWORK_PAREN_END = re.compile(rf"\s*\((?:{_NETWORK_NAMES})\)$")
# A scorecard's entry: its title, its status in brackets, a colon ("Gotham (new): The Batman
# prequel ...", "The Following (renewed): Kevin Bacon's ...")
_STATUS_PAREN_LEAD = re.compile(r"[ \t]*(?P<title>[^–—:()\n]{1,60}?)[ \t]+\((?i:new|renewed|returning|"
                                r"cancell?ed|canceled|ended|ending|picked\s+up|ordered|held|midseason|"
                                r"bubble|on\s+the\s+bubble|moving|delayed)\):[ \t]+\S")
# A title's season and day in apposition: "The Good Place, season three, Thursday, September 27."
SEASON_APPOSED = r"(?<=[A-Za-z0-9)”\"’']),[ \t]+(?i:season|series)[ \t]+[\w-]+,[ \t]+"
_SEASON_APPOSED_DATE = re.compile(rf"{SEASON_APPOSED}(?=(?i:{P.ANY_WEEKDAY}|{P.ANY_MONTH})\b)")
# A transcript's turn: its time code and speaker ("[00:00:34] KEIKO: Squid Game. Netflix, ...")
SPEAKER_TURN = re.compile(r"[ \t]*\[\d{1,2}(?::\d\d){1,2}\][ \t]*[A-Z][A-Z.'’-]{1,20}(?:[ \t][A-Z][A-Z.'’-]{1,20})?:[ \t]+")
# A list's line: a title, its day, a colon and its blurb ("Ozark, July 21: Jason Bateman moves ...")
TITLE_DATE_COLON = re.compile(rf"[ \t]*(?:[-–—•*][ \t]+)?(?!(?i:updated?|correction|clarification|editor['’]s\s+note|"
                              rf"note|posted|edited|revised|published|first\s+published)\b)"  # (not "UPDATE, July 24:")
                              rf"(?P<title>[^,:\n]{{1,60}}?),[ \t]+"
                               rf"(?=(?i:{P.ANY_MONTH})\.?[ \t]+\d{{1,2}}[ \t]*:[ \t])")


@lru_cache(maxsize=4)
def title_date_lines(text: str) -> int:
    """How many lines of the text open "Title, Month Day: ..." (a list of titles and their days)."""
    return sum(1 for line in text.split("\n") if TITLE_DATE_COLON.match(line))


# A grid's entry led by its hour and network, then its title and a NEW or RETURNING flag:
# "* 10 p.m., NBC. Crossing Jordan. NEW. Jill Hennessy is ...", "* 9 p.m., Fox. 24. NEW."
_SLOT_NETWORK_LEAD = re.compile(rf"[ \t]*(?:[-–—•*][ \t]+)?{SLOT_TIME},?[ \t]+(?:{_NETWORK_NAMES})[.,:][ \t]+"
                                r"(?P<title>[^\n]{1,60}?)\.[ \t]+(?:NEW|RETURNING|New|Returning)\b")
_PAREN_LIST_ITEM = re.compile(rf"\s*(?P<title>[^–—:(\n]{{2,40}}:\s[^–—:(\n]{{2,40}}?)\s*"
                              rf"\((?:{_NETWORK_NAMES})\)\s*[:–—]\s+\S")
# "Ginny & Georgia season 3 (Netflix): The Millers return in June.": an entry's title, its
# network in brackets, a colon and its blurb
_NETWORK_PAREN_ITEM = re.compile(rf"\s*(?P<title>[^–—:()\n]{{2,60}}?)(?:,?\s+(?i:season|series|part|volume)\s+[\w-]+)?"
                                 rf"\s*\((?:{_NETWORK_NAMES})[^()\n]{{0,20}}\)"
                                 r"\s*:\s+\S")
# "Chicago Med, Chicago Fire and Chicago P.D. (NBC)", "NCIS (CBS, season 19)"
PAREN_NETWORK = re.compile(rf"\s*\((?:{_NETWORK_NAMES})(?:\s*[,;/&][^)]{{0,40}})?\)")  # ("(FX/Hulu)")
# "Wednesday: Blindspot (8 p.m.), Law & Order: SVU (9 p.m.)": a grid's titles and their slots
_SLOT_PAREN_AT = re.compile(rf"\(\s*{SLOT_TIME}\s*[,)]")
_PAREN_SLOT = re.compile(rf"\s*\((?:{SLOT_TIME})\)")
_GRID_LABEL = re.compile(r"[ \t]*[A-Z][a-z]{2,8}(?:day|days|nights?)?:[ \t]+")
# ", and, from October, Chicago Fire (10 p.m.)": what joins a grid's items
_GRID_JOIN = re.compile(r"[\s,;]*(?:and|then|plus)?[\s,]*(?:(?:from|in|starting|beginning)\s+[A-Z]\w+,?\s+)?")
# "Alien: Earth (series premiere): Tuesday, Aug. 12": what kind of release the line lists
_PAREN_KIND = re.compile(r"\s*\((?:(?:[\w-]+\s+){0,3}(?:series|season)\s+(?:premiere|debut)|new\s+series|"
                         r"(?:[\w-]+\s+){0,3}premiere\s+of\s+(?:the|its)\s+[\w-]+(?:\s+and\s+final)?\s+season|"
                         r"limited\s+series|miniseries|docuseries|returning\s+series)"
                         r"(?:[,;][^)]{0,40})?\)", re.IGNORECASE)
# ... and a schedule's line, its title's season (or "new"), then its hour: "- Mike & Molly (new),
# 9:30 p.m.", "- NCIS (eighth season), 8 p.m."
_PAREN_SEASON_SLOT = re.compile(rf"\s*\((?:new|(?:\w+|\d{{1,2}}(?:st|nd|rd|th))\s+season|season\s+\d{{1,2}})\)"
                                rf"(?=,[ \t]+{SLOT_TIME})", re.IGNORECASE)
# A title's other name in parentheses, before an appositive or a verb: "Love 101 (Aşk 101),
# a coming-of-age comedy", "The Gift (Atiye) will return" (not an actor's "Mel (Alexandra
# Breckenridge)", a film's year or a network)
_PAREN_ALT = re.compile(r"\s\((?P<alt>[^()\n]{1,40})\)(?=,\s+(?:a|an|the|[A-Z][\w+]*['’]s)\s|\s+(?:will|is|are|"
                        r"returns?|premieres?|debuts?|arrives?|lands?)\b)")
_PERSON_NAME = re.compile(T.PERSON_NAME)
# A reader's question about a show: "Is Better Call Saul over?", "Will Yellowjackets be back?"
_ASKED_IF = re.compile(r"(?:^|(?<=[.?!]\s)|(?<=[.?!]\s\s)|(?<=\n)|(?<=Q:\s))(?:Is|Was|Will|Has)\s+"
                       r"((?:The\s+)?[A-Z0-9][\w’'&:-]*(?:\s+(?:[A-Z0-9][\w’'&:-]*|of|the|and|in|on|a)){0,6}?)"
                       r"\s+(?:(?:really|finally|ever)\s+)?(?:over|done|finished|ending|back|coming\s+back|"
                       r"returning|cancell?ed|renewed|gone|be\s+back|return|come\s+back)\b[^.?!\n]{0,60}\?")
_TURN_LABEL = re.compile(rf"(?:{TIME_STAMP}[ \t]*)?[A-Z][\w’' -]{{0,20}}:[ \t]")  # (a cheap test first)
# An interviewer's question that is only a title: "Q: Let's do it. Succession?", "Q: And
# Watchmen, from Damon Lindelof?"
_QUESTIONED_TITLE = re.compile(r"(?:(?<=[.!?]\s)|(?<=Q:\s))(?:And\s+|So\s+|Now,?\s+|What\s+about\s+|How\s+about\s+)?"
                          r"((?:The\s+)?[A-Z0-9][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&:-]*|of|the|and|in|on|a)){0,6}?)"
                          r"(?:\?|,\s+(?:from|with|the|starring)\b[^.?!\n]{0,60}\?)")
_VERB_OBJECT = _BeforeTitle(
    # "Disney+ launches Nov. 12 with The Mandalorian" (before "launches" alone, which would
    # take "Nov." for a title)
    r"(?:launches|goes\s+live)\s+(?:on\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+with|"
    r"premieres|debuts|launches|will\s+launch|(?:is|are)\s+launching|drops|releases|bows|rolls\s+out|brings\s+back|comes|"
    r"arrives|returns|premiere|debut|revives|returns\s+with|"
    r"(?:(?<=days\s)|(?<=nights\s))belong\s+to|(?:(?<=day\s)|(?<=night\s))belongs\s+to|"  # ("Tuesdays belong to X")
    # what a network saves, cancels or says goodbye to is a show
    r"rescued|rescues|cancell?ed|axed|(?:said|says|saying)\s+goodbye\s+to|"
    r"(?:bid|bids|bidding)\s+(?:farewell|goodbye|adieu)\s+to|"
    # "the streamer starts the new year with Messiah"
    r"(?:starts|kicks\s+off|rings\s+in|opens|begins|launches)\s+(?:the|its)\s+(?:new\s+)?"
    r"(?:year|season|week|month|night|weekend)\s+with|"
    r"(?:kicks|starts|gets)\s+things\s+(?:off|started)\s+with|leads\s+off\s+with|"
    # ("The year closes with Poldark.")
    r"(?:year|week|month|schedule|lineup|slate)\s+(?:closes|ends|wraps\s+up|opens|starts|"
    r"begins|kicks\s+off)\s+with|"
    r"(?<![\w,]\s)(?i:speaking)\s+of|"
    r"(?:first|new|full|official|final)\s+(?:full\s+|official\s+)?(?:look|trailer|teaser)\s+(?:at|for)")  # ("released
    # the first full look at Daisy Jones & the Six")  # ("CASTING. Speaking of Big Little Lies: Meryl ..."; "A&E kicks
# things off with Longmire, ..., on Sunday, June 3")
# "Fox is holding the new sci-fi romance Star-Crossed for midseason", "held Parenthood, the
# family drama, until midseason": what a network holds back is a show
_HELD_FOR = re.compile(r"\b(?:holding|holds|held|saving|saves|saved|benching|benched)\s+"
                       r"(?:(?:the|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:drama|comedy|romance|series|"
                       r"thriller|sitcom|show|spinoff|spin-off|reboot|revival|procedural)\s+)?"
                       r"(?=[A-Z“\"‘'])")
# "Freeform did not include The Bold Type in its January slate": a show the slate leaves out
_LEFT_OUT = re.compile(r"\b(?:include|includes|included|including|leaves|left|leaving)\s+(?=[A-Z“\"‘'])")
_FROM_SLATE = re.compile(r"[”\"’']?\s+(?:in|on|off|out\s+of|from)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}"
                         r"(?:slate|lineup|line-up|schedule)\b")
# "... the new romance Star-Crossed, starring A and B, which the network is also holding for
# midseason": the title the relative clause holds back
_WHICH_HELD = re.compile(r",\s+which\s+(?:the\s+network|the\s+streamer|it|[A-Z][\w+&.-]*)\s+(?:(?:is|was|has|had|will\s+be)\s+)?"
                         r"(?:also\s+|now\s+)?(?:holding|saving|keeping|benching|held|saved|kept)\s+(?:back\s+)?"
                         r"(?:for|until|till)\s")
_STARRING_ASIDE = re.compile(r",\s+(?:starring|from|with)\s+[^,;.]{1,60}\Z")
# After a network's object: its closing quote, an aside between commas, "back"
_AFTER_OBJECT = r"[”\"’']?(?:,[^,.;]{1,80},)?\s+(?:back\s+)?"
_HELD_UNTIL = re.compile(_AFTER_OBJECT + r"(?:for|until|till)\s")
# "ABC is bringing The Baker and the Beauty, its remake of ..., to its schedule at midseason"
_BRINGING = re.compile(r"\b(?:bringing|brings|bring)\s+(?=[A-Z“\"‘'])")
_TO_SCHEDULE = re.compile(_AFTER_OBJECT + r"to\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:schedule|lineup|line-up|screens|airwaves)|screens|viewers|television|TV)\b")
# ("Geo is bringing Sanwal Yaar Piya to screens during the holidays")
# A network's verb, the words after its object that make the object a show, and the strings one
# of which a paragraph holds for the verb to be looked for
_SCHEDULED_OBJECTS = ((_HELD_FOR, _HELD_UNTIL, ("holding ", "holds ", "held ", "saving ", "saves ", "saved ",
                                                "bench")),
                      (_LEFT_OUT, _FROM_SLATE, ("includ", "left ", "leav")),
                      (_BRINGING, _TO_SCHEDULE, ("bring",)))
_SUBTITLE_THEN_LABEL = re.compile(r":\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+\((?:[\w+.&-]+\s+){0,2}"
                                  r"(?:anime|series|show|original|drama|docuseries|comedy|reality)\)")
_SEASON_NAMED_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:season|series|cour|part),\s+(?:the\s+)?\Z")
# A season's number after a heading's title in capitals ("STRANGER THINGS 5"), where three
# headings or more are written so (not "CHANNEL 4" or "MATCH OF THE DAY 2" alone)
_CAPS_SEASON_NUMBER = re.compile(r"(?<=[A-Z])\s+([2-9])$")
_CAPS_NUMBERED_LINE = re.compile(r"^[A-Z][A-Z’'&:.!, -]{1,40}[A-Z] [2-9][ \t]*$", re.MULTILINE)
_HEADING_SEASON = re.compile(
    r"(?:[:\-–—,]\s*|\s+)(?:anime\s+|tv\s+)?(?:(?:season|series)\s+(\w+)|S(\d{1,2}))\b.*$",
    re.IGNORECASE)
# An encyclopedia article's section headings: "Production", "Release", "Broadcast history"
SECTION_HEADING = re.compile(
    r"\s*(?i:production|pre-?production|release|broadcast|broadcast\s+history|reception|critical\s+"
    r"(?:response|reception)|premise|plot|synopsis|summary|overview|background|development|filming|"
    r"casting|cast|cast\s+and\s+characters|episodes|music|soundtrack|marketing|promotion|scheduling|"
    r"history|ratings|viewership|home\s+media|accolades|awards|future|renewal|cancell?ation|delay|"
    r"format|storylines?|themes|distribution|legacy|notes|references|see\s+also|external\s+links|"
    r"release\s+(?:and|&)\s+(?:reception|broadcast|promotion|marketing)|production\s+(?:and|&)\s+"
    r"(?:release|development)|"
    # an earnings release's sections: "Outlook", "2016 Outlook", "Programming highlights"
    r"(?:(?:19|20)\d\d\s+|fiscal\s+(?:(?:19|20)\d\d\s+)?)?(?:outlook|guidance|(?:financial\s+|programming\s+|"
    r"content\s+|operating\s+)?highlights|segment\s+results|forward-looking\s+statements))\s*")
_HEADING_NOT_SHOW = re.compile(
    r"\b(?:preview|previews|schedule|premieres|premiere\s+dates|guide|roundup|round-up|"
    r"calendar|what['’]s|here['’]s|best|top\s+\d+|shows|series\s+to|watch|news|update|"
    r"review|recap|plot|cast|trailer|featuring|related|source|next|pros|cons|spoilers|"
    r"picking|coming|returning|new\s+year|fresh\s+series|editor|read\s+more|slate|lineup|"
    r"line-up|unveils|announces|reveals|sets|dates|renews|confirms|orders|elsewhere|"
    r"meanwhile|in\s+other\s+news|honou?rable\s+mentions?|looking\s+ahead|leaving|"
    r"sometime|coming\s+up|still\s+to\s+come|on\s+the\s+horizon|says|shakes?\s+up|bids|"
    r"goodbye|farewell|delayed|moved\s+up|first\s+look|sneak\s+peek|exclusive|photos|gallery|"
    r"mailbag|mailbox|q&a|^(?:and\s+)?(?:later|further\s+out|beyond)(?=\W*$))(?!\w)",  # ("Reader Q&A:
    # What's left of 2024": a column; "LATER": a calendar's last section)
    # ("Hospital Playlist Says Goodbye for Now"; "First Look: X Heads to Paris")
    re.IGNORECASE,
)


_WHEN_ITS_SEASON = re.compile(r"\b(?:(?:when|as|once)\s+its\s+(?:[\w-]+\s+){1,3}(?:season|series|run)\s+"
                              r"(?:arrives|returns|premieres|debuts|begins|starts|kicks\s+off|"
                              r"launches|bows|opens|comes|lands|drops)|"
                              # "X stays on Thursdays when it returns this fall"
                              r"(?:when|once)\s+it\s+(?:returns|comes\s+back|premieres|debuts|launches)"
                              r"\s+(?:this|next|in|on|for)\s)\b")
_SUBJECT_THEN = re.compile(r",|\s+(?:will|is|are|has|gets|takes|lands|moves|anchors|stays|remains|"
                           r"leads|opens|shifts|holds|keeps|returns|slides|airs|wraps|ends)\b")
# "Call the Midwife has its usual Christmas special, and then returns for series 5 on ...": a
# second predicate, whose subject opens the sentence
_THEN_RETURNS = re.compile(r",?\s+and\s+(?:then|later|also)\s+(?:returns|premieres|debuts|comes\s+back|"
                           r"is\s+back|arrives|launches)\s+(?:for|on|in|with)\b")
_ADAPTS_NAMED = re.compile(r"(?:['’]s?|\bnew|\bthe)\s+(?:[\w-]+\s+)?adaptation\s+of\s+(?:[A-Z][\w.'’-]*\s+){1,3}?"
                           r"[A-Z][\w.-]*['’]s?\s+(?:(?:best-selling|bestselling|classic|debut|acclaimed|"
                           r"beloved|famous|first|final)\s+)?(?:novel|book|memoir|play|novella|stories)\s+"
                           r"(?=[A-Z“\"‘])|"
                           # ("The anime adaptation of the manga Frost Blade will premiere in April")
                           r"\b(?:anime|tv|television|series|live-action|drama)\s+adaptation\s+of\s+the\s+"
                           r"(?:hit\s+|popular\s+|best-selling\s+)?(?:manga|manhwa|webtoon|light\s+novel|novel|"
                           r"comic|video\s+game|game|book)\s+(?=[A-Z“\"‘])")
_PART_ONLY = re.compile(r"(?i:season|series|part|volume|vol\.|chapter|cour|book)\s+\w+"
                        r"(?:,?\s+(?i:part|volume|cour|chapter)\s+\w+)?")
_HAS_OBJECT = re.compile(r"\b(?:has|have|had|with)\s+(?=[A-Z“\"‘'])")
_RETURNING_FOR = re.compile(r"[”\"’']?\s+(?:returning|coming\s+back|premiering|debuting)\s+"
                            r"(?:for|on|in|with|this|next|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))\b")
_NEITHER_DOES = _BeforeTitle(r"(?:neither|nor)\s+(?:does|do|has|have|is|will)")
_ALONGSIDE = _BeforeTitle(r"alongside|along\s+with|as\s+well\s+as|together\s+with|"
                          rf"followed\s+(?:{cues.AT_SLOT}\s+)?by",  # ("followed at 9 p.m. by")
                          needles=("along", "well", "together", "followed"))
_MORE_LISTED = re.compile(r",?\s+(?i:and|&|plus)\s+(?i:more|others|many\s+more|beyond)\b")
_ROLE_BEFORE = re.compile(r"\bas\s+(?:an?\s+|the\s+|its\s+)?(?:co-?)?(?:showrunner|host|star|lead|"
                          r"(?:executive\s+)?producer|writer|director|narrator|judge|creator|presenter)s?\s+$")
_ENTRY_END = re.compile(r"[ \t]*(?:\(|[.:;–—]|-\s|$)", re.MULTILINE)
_GAPPED_NEXT = re.compile(r"\s+for\s+(?:a|an|its|their)\s+[\w-]+\s+(?:season|series)\s+and\s+(?=[A-Z“\"‘'])")
_FOR_ORDINAL = re.compile(r"\s+for\s+(?:a|an|its|their)\s+[\w-]+(?=\s*[.,;:!?)]|\s+(?:season|series)\b)")
# A sentence that is a title, a colon and its date: "Matlock: Sunday, Sept. 22, on CBS."
_DATE_LABEL = re.compile(rf"((?:The\s+)?[A-Z0-9][^.:;!?\n]{{0,60}}?):\s+(?=(?i:{P.ANY_WEEKDAY}|{P.ANY_MONTH}|"
                         r"season\s+\d|series\s+\d))")
# Where a move takes a premiere: "to February 11", "to Midseason", "to next year", "to 2024"
_MOVED_TO_WHEN = re.compile(rf"(?i:{P.ANY_MONTH}|{P.ANY_WEEKDAY}|mid-?season\b|spring\b|summer\b|"
                            r"fall\b|autumn\b|winter\b|next\s+(?:year|month|week|season)\b|later\b|"
                            r"early\b|late\b|(?:19|20)\d\d\b|the\s+(?:fall|spring|summer|winter|"
                            r"autumn|new\s+year)\b)")
_NAME_ENDS = r"(?=[),.;:!?”\"’]|\s+(?:and|or|is|are|was|were|will|has|have|returns?|premieres?)\b|\s*$)"
_MOVE_PARTICLES = frozenset(("Up", "Back", "Down", "Forward", "Ahead", "Out", "Off"))
_COMMA_LABEL = re.compile(r"[ \t]*((?:The\s+)?[A-Z0-9][^\n,.;:!?()]{0,60}?),[ \t]+")
# "films including Luca Guadagnino's Challengers": a film named with its maker
_MEDIA_INCLUDING = re.compile(r"\b(?:films|movies|novels|books|games|features)\s+(?:including|like|"
                              r"such\s+as)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+$")
_DATE_FOR = re.compile(r"\b(?:(?:premiere|release|return|launch|air)\s+)?(?:date|dates|timing|window)\s+"
                       r"(?:yet\s+)?for\s+$")
_FOLLOWED_BY = re.compile(rf"\b(?:(?:followed|preceded|joined)\s+(?:{cues.AT_SLOT}\s+)?by\s+(?:the\s+)?|"
                          r"(?:leading|leads)\s+(?:into|out\s+of)\s+)$")  # ("leading into X's third season")
_RELEASE_NEXT = re.compile(
    r"(?:,\s+(?:plus|along\s+with|as\s+well\s+as|together\s+with)\s+[^,.;]{1,60},)?"
    r"\s+(?:also\s+)?(?:will\s+(?:also\s+)?|is\s+set\s+to\s+|is\s+due\s+to\s+|finally\s+)?(?i:premieres?|debuts?|"
    r"arrives?|returns?|lands?|drops?|begins?|starts?|kicks?\s+(?:things\s+)?off|launch(?:es)?|bows?|"
    r"streams?|airs?|(?<=will\s)(?:stream|air|hit|come|follow)|"  # ("X's third season will stream on June 27")
    r"(?:is|are(?:\s+both)?)\s+(?:also\s+)?(?:still\s+|now\s+)?(?:set|due|slated|scheduled|expected|on\s+track|on\s+schedule|"
    r"coming|on\s+(?:its|their|the)\s+way|planned|pencil(?:l)?ed\s+in|targeted|eyed|(?:confirmed|dated|locked(?:\s+in)?)\s+for)|"  # ("X's 18th
    # series is also still planned", "X's third season is confirmed for October")
    r"(?:is|are)\s+(?:now\s+|still\s+)?(?:targeting|eyeing|aiming\s+for)|"  # ("X's third season is
    # eyeing a summer launch")
    r"is\s+in\s+(?:the\s+works|development|production)|"
    r"has\s+been\s+(?:delayed|pushed|postponed|renewed|ordered|confirmed|dated))\b")
_WORD = re.compile(r"[^\W_]+")
# A "Title: what it is" line in a guide ("Gen V: The college-set series returns ..."), told
# from a field ("Release date: ...", "Where to watch: ...") by its capitals and its value.
_TITLE_LABEL = re.compile(r"(?:The\s+)?[A-Z0-9][\w’'&.!-]*(?:\s+(?:[A-Z0-9][\w’'&.!-]*|of|the|and|in|on|a|an|at|to|for|with|from|by|or|as|vs\.?|&))*")
_FIELD_LABEL = re.compile(rf"(?i:\b(?:{FIELD_WORDS}|how|what|who|season|verdict|update|note|source|"
                          r"photo|credit|image|tba|summary|rules|format|edit|tl;?dr|disclaimer)\b)")
_TV_VALUE = re.compile(r":\s+(?:(?:the|an?|this|its)\s+(?:[\w-]+\s+){0,4}(?:series|show|spinoff|spin-off|"
                       r"prequel|sequel|drama|comedy|anime|docuseries|miniseries|revival|reboot|"
                       r"adaptation|thriller|sitcom)|"
                       # a renewal tally: "Ghosts: Renewed for season 4.", "Found: Canceled."
                       r"(?:renewed|cancell?ed|ordered\s+to\s+series|picked\s+up|axed|ending|"
                       r"ended|returning|on\s+the\s+bubble)(?=[\s.,;:!]))\b")
# A streaming list's label after a title: "Shrill: Series Premiere", "Fargo: Complete Season 3"
_SEASON_NUMBER = r"(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
_RELEASE_LABEL_TAIL = re.compile(r":\s+(?i:(?:series|season)\s+(?:premiere|debut|finale)|complete\s+"
                                 r"(?:series|season(?:\s+\w+)?)|new\s+season|new\s+episodes|premiere)$|"
                                 rf"(?:[:,]\s+|\s+(?=Season\s))(?:Season|Series|Volume)\s+{_SEASON_NUMBER}$")
# ("Succession: Season 3", "Unstable Season 1 (Netflix Series)": the season, after the title)
_WEB_ADDRESS_END = re.compile(r"\w\.(?:com|net|org|tv|co\.uk)$", re.IGNORECASE)
_SEASON_LABEL_TAIL = re.compile(rf"(?::|,)?\s+(?:Season|Series|Year|Volume|Part|Book)\s+{_SEASON_NUMBER}$")
_SERIES_SUBTITLE = re.compile(r":\s+The\s+(?:[A-Z][\w-]*\s+)?(?:Series|Show)")  # ("Selena: The Series")
_CITY_DATELINE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]+)?\.?\s*$")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•*▪◦·])\s+")
_RUN_WORD_LAST = re.compile(r"(?i:\s(?:run|outing|go-round|go-around|instal+ment))$")
# An answer in the first person, within its first two sentences: the label before it is who speaks
_SPOKEN = re.compile(r"\s*(?:[^.!?\n]{0,120}[.!?]\s+)?[^.!?\n]{0,120}?"
                     r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![\w'’])")
_SLOT_HINT = re.compile(r"\d[ \t]*[ap]\.?m\b", re.IGNORECASE)  # (a time slot's "8 p.m.", "9:30pm")
# A question that is only a title: "And The Last of Us?", "What about Severance?"
_ASKED_AFTER = re.compile(r"(?:(?<=^)|(?<=[.!?\n]\s)|(?<=\n))(?:And|What\s+about|How\s+about|As\s+for|"
                          r"(?:And\s+)?[Ww]hat\s+of)\s+"
                          r"((?:The\s+)?[A-Z][\w’'&:.-]*(?:\s+(?:[A-Z0-9][\w’'&:.-]*|of|the|and|in|on|a))"
                          r"{0,6})\?", re.MULTILINE)
_SEASON_OF_YEAR = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b")
_TBA_WORDS = P.SINGLE_FOLDED["tba"]  # an undated announcement's words (the grammar's own)
# "Several newcomers are waiting until midseason, including A, a thriller ...; B; and C":
# the shows a group that premieres is made of
INCLUDING = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+(?=[A-Z“\"‘'])")
GROUP_SUBJECT = re.compile(r"(?i:\b(?:shows|series|dramas|comedies|sitcoms|newcomers|freshmen|rookies|"
                            r"thrillers|procedurals|newbies)\b)")
_GROUP_WHEN = re.compile(rf"\b(?:{P.ANY_MONTH}|{P.ANY_WEEKDAY}|spring|summer|fall|autumn|winter|"
                         r"midseason|(?:19|20)\d\d|next\s+year|this\s+year|date|dated)\b", re.IGNORECASE)
_ITEM_SEMICOLON = re.compile(r";\s+(?:and\s+)?")


def _group_listed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`_titles_listed` where the words before name several shows ("including", "the third
    seasons of"): "A and B" there is two titles, not one."""
    listed = _titles_listed(text, start, end)
    if len(listed) == 1 and " and " in text[listed[0][0]:listed[0][1]]:
        return _split_coordinated(text, listed[0])
    return listed


def _group_members(text: str, low: str, block: Block, m: re.Match[str]) -> list[tuple[int, int]]:
    """The titles a group of shows "including" lists, where the words before say the group
    premieres, returns or waits ("Three dramas return this fall, including A, B and C"; not
    "stars including A and B"). Items split at semicolons where the list has them (each item
    may carry its own description), else at commas and "and"."""
    sentence = next((se for se in block.sentences if se.start <= m.start() < se.end), None)
    if sentence is None:
        return []
    head = low[sentence.start:m.start()]
    if not GROUP_SUBJECT.search(head) or not (cues.RELEASE.search(head) or "held" in head or "midseason" in head) or \
            not _GROUP_WHEN.search(head):
        return []  # (a date for the group: "... return this fall, including")
    if _PEOPLE_GROUP.search(head):
        return []  # "... came back with most of its original voice cast, including A, B and C"
    stop = sentence.end - text[m.end():sentence.end].endswith((".", "!", "?"))
    if ";" not in text[m.end():stop]:
        return _group_listed(text, m.end(), stop)
    spans, at = [], m.end()
    while at < stop:  # "A, a thriller about ...; B, a caper with ...; and C, a reboot of ..."
        found = T.grab_right(text, at, stop)
        if found is None:
            break
        spans.append(found)
        nxt = _ITEM_SEMICOLON.search(text, at, stop)
        if nxt is None:
            break
        at = nxt.end()
    return spans


_PEOPLE_GROUP = re.compile(r"\b(?:cast|stars|actors|actresses|voices|regulars|hosts|guests|judges|"
                           r"creators|writers|producers|showrunners|directors)\s*,?\s*$")
_COLON_LIST = re.compile(r":\s+(?=[A-Z“\"‘'])")
# "announced three new live-action series: Ms. Marvel, Moon Knight and She-Hulk"
_NEW_KIND_BEFORE = re.compile(r"\b(?:new|upcoming|more|two|three|four|five|six|seven|eight|nine|ten|"
                              r"\d{1,2})\s+(?:[\w-]+\s+){0,2}(?:series|shows|dramas|comedies|sitcoms|"
                              r"docuseries|miniseries|limited\s+series)$")
_ADAPTATION_OF = re.compile(r"\b(?:adaptation|anime|series|remake|reboot)\s+of\b", re.IGNORECASE)
# "Euphoria's long-awaited third season": a possessive, then at most two lowercase words.
_LINE_VERB = re.compile(r"\s(?:launches|returns|premieres|arrives|debuts|drops|comes|begins|starts|"
                        r"opens|lands|streams|airs|continues|is|are|has|have|gets|brings|wraps|ends|"
                        r"kicks|marks|makes|hits|moves|takes)\s")
_FILM_VALUE = re.compile(r"\s*[:–—-]\s+(?:(?:[A-Z][\w.'’-]+\s+){1,3}(?:['’]s\s+)?|(?:the|an?)\s+|(?:The|An?)\s+)?"
                         r"(?:[\w-]+\s+){0,2}(?:film|movie|feature|sequel\s+film)\b")
_HELD_BEFORE = re.compile(r"\b(?:holding|holds|held|moving|moves|moved|pushing|pushed|delaying|"
                          r"delayed|saving|saved|bumping|bumped|slotting|slotted|dating|dated)\s+$")
# ("CBS is holding Elsbeth's third season until midseason")
_POSSESSIVE_MODIFIED = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z]+ly\s+)?(?:[a-z]+-[a-z-]+|[a-z]+ed)\s+$")
# ("long-awaited", "hotly anticipated", "delayed": not "Capaldi's first full series")
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){0,2}$")
_VERBS_BACK_FOR = re.compile(r"\s+[a-z]+s\s+back\s+for\s+(?:series|season)\s+(?:\d{1,2}|one|two|three|four|five|"
                             r"six|seven|eight|nine|ten)\b")
# "has Killing Eve back for its second season", "brings Hacks back in April": the show in between
_BACK_THEN = re.compile(r"[”\"’']?\s+back\s+(?:on|in|this|next|starting|later|early|sometime|"
                        r"for\s+(?:its|their|a|an|another)\s+(?:[\w-]+\s+){0,2}(?:season|series|run|"
                        r"installment|chapter|outing))\b")  # (not "bring AC-12 back for a long time")
_BRINGS_BEFORE = re.compile(r"\b(?:brings|bringing|bring|has|have|gets|get)\s+[“\"‘']?$")
_GETS_ADAPTED = re.compile(
    r"(?=[\s,])(?:\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,?\s+(?:is\s+|will\s+|to\s+)?"
    r"(?i:getting|gets?|receiv(?:es?|ing))\s+(?i:an?\s+)?(?i:(?:tv|television|anime|live-action|"
    r"drama)\s+)?(?i:anime|series|adaptation|tv\s+series|television\s+series|show)\b")
_GETS_WORD = re.compile(r"get|receiv", re.IGNORECASE)  # (a cheap test before _GETS_ADAPTED's slow scan)
# A network's possessive before a capital: the possessive is found first (a literal), then the
# network's name right before it
_POSSESSIVE_CAPITAL = re.compile(r"['’]s\s+(?=[A-Z“\"‘'])")
_NETWORK_BEFORE = re.compile(rf"(?<![\w.])(?:{_NETWORK_NAMES})\Z")
# (not "Netflix's Chief Content Officer Ted Sarandos", "HBO's Casey Bloys said")
_ROLE_OR_SAID = re.compile(r"\s*(?:(?i:chief|president|head|ceo|chairman|chairwoman|chair|boss|"
                           r"executive|programming|co-ceo|vice|senior|director)\b|"
                           r"(?:said|says|told|tells|announced|confirmed|revealed|added|noted)\b)")
_ROLE_LAST = re.compile(r"\b(?:Chief|President|Head|CEO|Chairman|Chairwoman|Chair|Boss|Executive|"
                        r"Officer|Director|Programmer)$")  # ("Netflix's Content Chief: ...")
_KIND_NOUN_AFTER = re.compile(r"\s+(?:series|show|drama|comedy|franchise|universe|spinoff|spin-off|"
                              r"prequel|sequel|reboot|revival|adaptation|film|movie|saga|project|"
                              r"deal|pact|label|banner|imprint|brand|slate|line-?up|content|originals|"
                              r"catalog|catalogue|library)\b")  # ("Netflix's Millarworld deal", "Korean slate")
_HYPHEN_WORD = re.compile(r"[A-Z][\w]*-[a-z]")
# "The one everyone is talking about is Dirty John.", "The other is Lore.", "The main event, of
# course, is Squid Game.", "The most imminent is Twisted Metal.", "The biggest surprise is
# Snowpiercer.": a sentence that names the title it introduces, and nothing else
_ONE_IS = re.compile(r"(?:The|And\s+the)\s+(?:other|one|first|second|"
                     r"third|last|big\s+one|standout|headliner|headline\s+act|main\s+event|"
                     r"centerpiece|centrepiece|(?:most|least)\s+[\w-]+|[a-z]{2,}est)\b[^.!?\n]{0,50}?\s(?:is|was)\s+"
                     r"([A-Z“\"‘'][^.!?\n,;]{1,60}?)\.(?=\s|$)")
_NEW_SERIES = re.compile(r",\s+(?:(?:a|an)\s+(?:new|upcoming|forthcoming)\s+(?:[\w-]+\s+)?(?:series|show|"
                         r"drama|comedy|docuseries|sitcom|thriller)\s+(?:that|which|about|from|following)|"
                         r"the\s+(?:[\w-]+\s+)?(?:season|series|edition|installment)\s+(?:of|in)|"
                         # ("The wait goes on for Resident Playbook, the spinoff of Hospital Playlist")
                         r"the\s+(?:[\w-]+\s+)?(?:spinoff|spin-off|sequel|prequel|reboot|remake)\s+(?:of|to))\b")
# "Paramount+ brings Westworld, its sci-fi drama, which opens Sunday": the network's own show
_OWN_KIND = re.compile(r",\s+(?:its|their)\s")
_LAST_PREPOSITION = re.compile(r".*\s(?:for|in|on|at|from|with)\s+")
_MAKER_ON = re.compile(r".*\b(?:Productions|Films|Studios|Pictures|Entertainment|Media|Television)\s+on\s+")
_DESCRIBED_AS = re.compile(
    r"(?:,\s+(?:a|an|the|its|their|(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tv\s+|television\s+)?(?:series|show|drama|comedy-drama|"
    r"comedy|sitcom|spinoff|spin-off|prequel|sequel|miniseries|docuseries|anime|reboot|revival|"
    r"dramedy|anthology|thriller|procedural|satire|mystery|western|cartoon|soap|romance|rom-com|romcom)|"
    r",\s+the\s+(?:[\w-]+\s+)?(?:season|series|edition|installment)\s+(?:of|in)\s|"  # ("Survivor 48,
    # the second season of the show's 2024-25 cycle")
    # "Death in Paradise is another familiar January fixture", "X is the best drama on TV",
    # "X, which was the best show on television last summer"
    r"(?:\s+(?:is|remains)|,\s+which\s+(?:is|was|remains))\s+(?:a|an|another|the\s+(?:best|finest|funniest|\w+est|most\s+[\w-]+))\s+"
    r"(?:(?!of\b|for\b)[\w-]+\s+){0,3}?(?:tv\s+|television\s+)?"
    r"(?:series|show|drama|comedy|sitcom|fixture|staple|soap|procedural|docuseries|miniseries)|"
    # "Dollhouse was the surprise renewal of the year"
    r"\s+(?:is|was)\s+the\s+(?:[\w-]+\s+){0,2}?(?:renewal|pickup|pick-up|comeback|newcomer)\s+of\s+the\s+"
    r"(?:year|season|fall|spring|summer|winter|day|week|upfronts?))"
    r"\b(?![-’'])")
_DATE_WORD = re.compile(r"\b(?:dated|date)\b")
_WORD_BEFORE = re.compile(r"[\w'’.-]+$")
def _titles_listed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The title at ``start``, and the ones listed after it when a list of titles ends
    there ("A, B and C"); a lone comma after it ends a clause, not a list."""
    first = T.grab_right(text, start, end)
    if first is None:
        return []
    at, commas = first[1], 0
    while (sep := _LIST_COMMA.match(text, at, end)) is not None:
        nxt = T.grab_right(text, sep.end(), end)
        if nxt is None:
            break
        at, commas = nxt[1], commas + ("and" not in sep.group())
    if not commas or not _AND_BETWEEN.search(text[first[0]:at]):
        return [first]  # (", and Disney said": a clause)
    return _split_coordinated(text, (first[0], at))


_AND_BETWEEN = re.compile(r"\s(?:and|&)\s")
_PLACE_KIND_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:saga|drama|thriller|comedy|series|show|"
                               r"epic|procedural|sitcom|anthology|soap)\b")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?(?=[A-Z“\"‘'])")
_LIST_AND = re.compile(r",\s+and\s+(?=[A-Z“\"‘'])")
# The next item of a list whose items name their seasons: "Returning this fall: Tracker for
# season 2, Ghosts for season 4, and Elsbeth for season 2" (an item after a bare comma is only
# taken when its season follows it).
_LIST_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z“\"‘'])")
_FOR_SEASON_AFTER = re.compile(r"\s+(?:for\s+(?:its\s+)?(?:season|series)\s+(?:\d{1,2}|[a-z]+)\b|"
                               r"\((?:season|series)\s+\d{1,2}\))", re.IGNORECASE)
# An awards story's subject: "Girls was shut out of the major categories, but HBO says the
# second season arrives in January" (the season told later in the sentence is the subject's)
_AWARD_VERB = re.compile(r"(?:['’]s)?\s+(?:won|wins|lost|loses|swept|took\s+home|(?:was|were|is|are)\s+"
                         r"(?:nominated|shut\s+out|snubbed|passed\s+over|honou?red)|earned|scored|"
                         r"led|leads|collected|picked\s+up\s+(?:the|its|an?|\d+|two|three|four|five)\s+"
                         r"(?:[\w-]+\s+){0,2}(?:awards?|trophy|trophies|prizes?|emmys?|globes?|baftas?))\b")
_WON_FOR = re.compile(r"\b(?:won|wins|winning|nominated|nominations?|trophy|prize)\b[^.;\n]{0,50}?"
                      r"\bfor\s+(?=[“\"‘']?[A-Z])")
_ITS_SEASON_DUE = re.compile(r"\b(?:its|their|the\s+show['’]s|the)\s+(?:[\w-]+\s+){0,2}(?:season|series)\b"
                             r"(?!\s+finale)[^.;]{0,80}?\b(?:premieres?|returns?|arrives?|debuts?|comes|"
                             r"due|back|will\s+(?:premiere|return|arrive|debut|air|stream|launch)|"
                             r"begins?|starts?|launches|drops?|lands?)\b")  # ("is due", "will be back", "comes to PBS")
_PANEL_AFTER = re.compile(r"\s+(?:panel\b|(?:news|update)(?=\.))")  # ("Doctor Who news. ...")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_OWNED_THING = re.compile(
    r"['’]s\s+(?:(?i:(?:christmas|holiday|new|next|upcoming|latest|long-awaited|final|series|season)\s+)?"
    r"(?i:special|premiere|finale|revival|reboot|spinoff|spin-off|trailer)|"
    r"(?:[A-Z][\w’'-]*\s+){1,4}(?i:arc|saga))\b")  # ("Demon Slayer's Hashira Training arc")
_HELD = re.compile(r"(?=h)\b(?:held|holding|holds)\s+(?:(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}?"
                   r"(?:series|show|drama|comedy|sitcom|procedural|thriller|anime|revival|reboot|"
                   r"spinoff|spin-off|docuseries|miniseries)\s+)?")  # ("holding its new drama Rise")
_SET = re.compile(r"\bset\s+(?=[A-Z“\"‘'])")  # "The CW has set The Flash to premiere Oct. 7"
_TO_PREMIERE = re.compile(r"\s+to\s+(?:premiere|return|debut|launch|air|arrive|bow|begin|start|open|"
                          r"come\s+back|stream|drop|land|kick\s+off)\b")
_LABEL_MARK = re.compile(r"[:–—]")
# (a cheap test before _STARTS_ITS's scan of a block with no "its": "The Flash begins Season 3")
_VERB_SEASON_N = re.compile(r"(?:starts|begins|opens|off|launches)\s+season\s")
_AND_TITLE = re.compile(r",\s+and\s+(?=[A-Z“\"‘'])")  # "X is due in summer 2021, and Hawkeye,
# with Jeremy Renner, in fall 2021": the gapped clause's title, before its date
# What stands between a gapped clause's title and its date (the linker reads the same gap)
GAPPED_BEFORE_DATE = (r"(?:[”\"’']?,[”\"’']?\s+(?:with|starring|featuring|from|also|now|still)\s+[^,;.]{1,60},)?"
                      r"[”\"’']?\s+(?:in|on|by|for)\s+")  # ('and "Grey's Anatomy," also in its
# fourth season, on April 24')
_GAPPED_WHEN = re.compile(rf"{GAPPED_BEFORE_DATE}(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:(?i:{P.ANY_MONTH}|{P.ANY_WEEKDAY})|"
                          r"spring\b|summer\b|fall\b|autumn\b|winter\b|midseason\b|(?:19|20)\d\d\b)")
_ONE_SUBJECT_VERB = re.compile(r"(?:,|\s[—–])\s+(?:(?:is|was|has)\s+(?:[a-z]+\s+){0,2}[a-z]+|"
                               r"(?:arrives|premieres|debuts|returns|launches|drops|lands|comes|"
                               r"begins|starts|opens|bows|streams|airs))$")  # ("Shadow and
# Bone, based on the Grishaverse novels, returns": one title, one verb)
_OWNED_NTH_SEASON = re.compile(r"['’]s\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                               r"tenth|\d{1,2}(?:st|nd|rd|th)|next|new|final|last|upcoming)\s+"
                               r"(?:and\s+final\s+)?(?:season|series)\b")
_PLURAL_ORDER = re.compile(r"(?:orders|renewals|pickups|pick-ups)\s")
_PLURAL_SEASONS_AFTER = re.compile(r"[”\"’']?\s+for\s+(?:[\w-]+\s+){0,2}(?:seasons|series\s+each|"
                                   r"another\s+season\s+each)\b")
_OWNER_MARK = re.compile(r"\w['’]s?\s")  # ("David Simon and George Pelecanos' The Deuce")
_WHICH_ASIDE = re.compile(r",[\"”’']?\s+(?:(?:which|who|whose|with|starring|featuring|the|an?)\s+|"
                          r"(?:(?:now|still|currently)\s+(?:in|heading\s+into|entering|airing|streaming|running|"
                          r"in\s+the\s+middle\s+of)|"
                          r"(?:now\s+)?(?:midway|halfway|partway)\s+through|(?:fresh|coming)\s+off)"
                          r"\s+its\s+|"  # (", now in its 26th year,", ", midway through its third season,")
                          r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[\w-]+\s+)?"
                          r"(?:shorts|episodes|parts|hour-long|half-hour)\b|"  # (", six animated shorts from ...,")
                          r"(?:(?:now|still|again|newly|once\s+more)\s+)?[a-z]+(?:-[a-z]+)?(?:ed|en)\s+(?:by|in|on|at|after|from|for)\s+|"
                          # (", Adam McKay's series about the 1980s Lakers,")
                          r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}(?:series|"
                          r"drama|comedy|show|sitcom|thriller|docuseries|miniseries|anthology|"
                          r"adaptation|reboot|revival|spinoff|spin-off|take|version|hit|smash|saga|"
                          r"satire|romance|procedural|soap|caper|mystery|epic)\s+)"
                          r"[^,;:()]{1,100},$")  # (", dropped by Syfy after its third season,"; ",
# Sharon Horgan's darkly comic hit for Apple TV+,")
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:newly|recently|now|still|freshly|fresh|once|formerly|long)\s+"
                               r"[^,.;:]{1,50},\s*$")
_AS_ROLE_BEFORE = re.compile(r"\bas\s+$")
_PLAYED_BEFORE = re.compile(r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing))\s+$")
_PLAYS_BEFORE = re.compile(r"\b(?:reprises?|reprising|plays|playing|portrays|portraying)\s+(?:the\s+role\s+of\s+)?$")
_NUMBER_ONLY = re.compile(r"\d{1,3}(?:[,.]\d{3})+|(?:19|20)?\d0s|['’]\d0s")  # ("6,500 fans", "the
# 1950s", "the '90s"; not "24", "1883")
_VENUE_BEFORE = re.compile(r"\b(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.|\d{1,2}(?::\d\d)?/\d{1,2}c|(?:season|series)),?\s+"
                           r"on\s+[“\"‘']$")  # (and 'begin the third season on "Masterpiece Classic"')
_SETTING_BEFORE = re.compile(r"\b(?:set|based|filmed|shot|located|living|born|raised)\s+(?:in|on)\s+$")
_PLAYED_BY_AFTER = re.compile(r"\s*\(((?!(?:The|A|An)\s)[A-Z][a-z]+(?:\s+[A-Z][\w'’.-]+){1,2})\)")
_ROLE_LEAD = re.compile(r"(?:Showrunners?|Co-showrunners?|Creators?|Co-creators?|Stars|Co-stars|"
                        r"Hosts|Co-hosts|(?:Executive\s+)?[Pp]roducers|Writers|Directors|Actors|"
                        r"Actresses|Cast\s+members)\s+[A-Z]")
_SEASON_OF_TITLE = re.compile(r"[^.;!?]*?\b(?:season|series)\s+of\s+[“\"‘']?[A-Z]")
_LIKENED_AFTER = re.compile(r"[”\"’']?-(?:style|like|esque|inspired|type)\b")
_BACK_COMMA = re.compile(r"\s+(?:are|will\s+be)\s+(?:both\s+|also\s+)?back\s*[,.;]")
_CAST_NAME = re.compile(r"(?!The )[A-Z][\w’'-]+(?: (?:[A-Z]\.?|[A-Z][\w’'-]+)){0,2}")  # ("Emmett J Scanlan")
_OWNER_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[A-Z][\w+&.!-]*\s+){0,2}[A-Z][\w+&.!-]*['’]s\s+$")
_ASIDE_THEN = re.compile(r",\s+[^,.;:\n]{1,60},")  # (", from Friday Night Lights producer Jason Katims,")
_UNTIL_AFTER = re.compile(r"\s+(?:back\s+)?(?:until|till|for\s+(?:midseason|mid-season|next\s+"
                          r"(?:year|season|spring|summer|fall|autumn|winter)|(?:the\s+)?(?:spring|"
                          r"summer|fall|autumn|winter)|20\d\d))\b")  # ("holding Manifest for midseason")
_OWNED_SEASON = re.compile(r"['’]s\s+(?i:next|new|upcoming|latest|final|last|forthcoming|second|third|fourth|"
                           r"fifth|sixth|seventh|eighth|ninth|tenth)\s+(?i:season|series|run)\b")
_OWNER = re.compile(r"([A-Z][\w-]+)['’]s\s+(\S.*)$")
_MOVIE_TITLE = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}:\s+(?:(?:The|A|An)\s+)?"
                          r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Movie|Film)\b")
_MOVIE_END = re.compile(r"\b(?:The\s+Movie|Movie|Film|The\s+Film|(?:World|Arena|Stadium|Farewell|Concert)\s+Tour)$")
# (and "Witness: The World Tour": a singer's concerts)
_MOVIE_AFTER_COLON = re.compile(r"\s+(?:[A-Z][\w'’]*\s+){0,5}(?:Movie|Film)\b")
_FANS = re.compile(r"\s+(?:fans|viewers|devotees|diehards|watchers|panel|premiere|trailer|teaser|"
                   r"finale|cast|showrunner|creators?|writers|reboot|revival|spinoff|spin-off|"
                   r"ratings|season\s+finale|season\s+premiere)\b(?!['’])")
# "BURBANK, Calif. (June 13, 2018) -": a press release's dateline after a city in capitals
_DATELINE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+)\s*"
                             r"(?:\([^)]{4,30}\)\s*)?[–—-]")
# "Alexandria, Va.": a state after its town
_STATE_ABBREVIATIONS = frozenset((
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"))
# "First Look at The Crown Season 2": what the headline shows, before the title
_FIRST_LOOK_AT = re.compile(r"(?:(?:An?|The|Our)\s+)?(?:(?:First|Exclusive|New|Sneak|Early)\s+)?"
                            r"(?:Look|Peek|Trailer|Teaser|Photos?|Images?|Glimpse)\s+"
                            r"(?:at|of|from|inside)\s+(?=\S)")
# "on Feb. 27 with Super Pumped": the date's day before a title
_DAY_LEAD = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:with|and|as|at|on)\s+(?=[A-Z“\"‘'])")
_MONTH_BEFORE = re.compile(rf"(?i:{P.ANY_MONTH})\s+$")
# "Showtime follows on Feb. 27 with Super Pumped", "Apple TV+ closes the run on March 18 with
# WeCrashed": what a network brings on a day
_DATE_WITH = re.compile(rf"(?<![\w.])(?:{_NETWORK_NAMES})\s+(?:(?:[a-z]+\s+){{1,4}}?(?:on|that|this)\s+"
                        rf"(?:(?i:{P.ANY_WEEKDAY}),?\s+)?(?i:{P.ANY_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
                        r"(?:follows?|counters?|answers?|responds?)(?:\s+[a-z]+){0,3}?)"  # ("HBO follows with
                        r"\s+with\s+"  # The Young Pope, ..., on Sunday, Jan. 8")
                        r"(?:the\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:series|drama|comedy|thriller|"
                        r"show|docuseries|miniseries)\s+)?(?=[“\"‘'A-Z0-9])")
# "1899, the multilingual mystery from the creators of Dark, debuts Nov. 17": a year as a title
_YEAR_TITLED = re.compile(r"(?<![\w,.$])((?:18|19|20)\d\d),\s+(?:the|a|an|[A-Z][\w+]*['’]s)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?(?:drama|series|mystery|prequel|sequel|spinoff|spin-off|"
                          r"thriller|western|miniseries|docuseries|comedy|show|anthology|saga)\b")
# "Scandal star Kerry Washington said ...", "Once Upon a Time stars Ginnifer Goodwin and Josh
# Dallas": the show a person is credited with, right before the role and the person's name (a
# name the sentence goes on with: a verb of saying, "and" another, an aside)
CREDITED_PERSON = re.compile(
    r"\s+(?:star|stars|co-?stars?|creator|creators|co-creators?|showrunners?|executive\s+producer)\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}(?=,?\s+and\s+[A-Z]|,?\s+(?:said|says|told|tells|teased|teases|"
    r"revealed|reveals|confirmed|confirms|joked|jokes|promised|promises|explained|explains|admitted|"
    r"admits|recalled|insisted|added|announced|shared|posted|hinted|hints|is|was|has|had|who)\b|,)")
# ... but not a place, an industry, an award or a network: "Hollywood star", "Emmy winner"
_NOT_CREDITED = re.compile(
    rf"(?:{_NETWORK_NAMES}|Hollywood|Broadway|Bollywood|Nollywood|Oscar|Emmy|Tony|Grammy|"
    r"Golden\s+Globe|Disney|Marvel|DC|YouTube|TikTok|Instagram|NFL|NBA|WWE|Olympic|Reality|Pop|"
    r"Country|Film|Movie|TV|Television|Former|Longtime|Veteran|Guest|Fellow|Series|Show)")
_PLURAL = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s*,?\s+(?:(?:also|both|now|all|finally|officially)\s+)*(?:are|were|"
    r"have|both|remain|stay|"
    r"(?:will|won['’]t)\s+(?:(?:all|both|also|not)\s+)?"
    r"(?:return|premiere|debut|arrive|air|launch|land|be|come)|"
    r"premiere|debut|return|arrive|air|launch|land|hit|drop|come\s+back)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def _article_before(text: str, at: int, floor: int) -> bool:
    """"the X panel", "the animated X revival": an article (and an adjective) before a title."""
    return _ARTICLE_BEFORE.search(text, max(floor, at - 20), at) is not None


_OFFSHOOT_NOUN = re.compile(r"\s+(?:prequel|sequel|spinoff)\b")
_NOUN_THEN_VERB = re.compile(
    r"\s+(?:limited\s+series|miniseries|docuseries|series|drama|comedy|anime|spinoff|revival|"
    r"reboot|prequel|sequel)(?:,\s+(?:is|are)(?:\s+now)?|(?P<aside>,\s+[^,.;:\n]{1,100},|"
    r"\s+[—–]\s+[^—–;:\n]{1,100}\s+[—–]))?\s+(?:will\s+)?"  # (or between dashes)
    r"(?:premieres?|debuts?|follows?(?=\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d)|"  # ("follows July 26")
    # ("its new Fargo series, inspired by the film, will premiere")
    r"returns?|arrives?|launch(?:es)?|drops?|lands?|bows?|targeting|eyeing|aiming\s+for|"
    r"opens?|begins?|starts?|kicks?\s+off|"  # ("Showtime's Twin Peaks revival opens with")
    r"(?:(?:remains|stays|is)\s+)?(?:set|slated|scheduled|expected|due|on\s+track|on\s+schedule)\s+(?:for|to|in))\b")
# ("The long-promised Harry Potter series remains on track for a 2026 debut")
_PAREN_AND = re.compile(r"\s*\([^)]{1,40}\)\s+(?:and|&)\s+$")
# (not before a lowercase "the" and a capital: "Percy Jackson and the Olympians" is one title)
# (not "and His Amazing Friends": a possessive after "and" goes on with the one title)
_AND = re.compile(r"\s+(?:and|&)\s+(?!the\s+[A-Z]|(?:His|Her|Their|Its)\s+[A-Z])")
_AND_WORD = re.compile(r"\s+and\s+(?!the\s+[A-Z]|(?:His|Her|Their|Its)\s+[A-Z])")
_COMMA = re.compile(r",\s+(?:(?:and|&)\s+)?")


_SUBORDINATORS = frozenset(
    "and but or so then if when while after before until since because though although that "
    "where once meanwhile also plus now yet still finally officially both nor whereas said "
    "says announced confirmed revealed reported noted added explained promised stated told "
    "insists insisted tweeted wrote say hear hears heard report reports claim claims suggest "
    "suggests suggested believe believes think thinks hope hopes know knows learned "
    "indicated hinted teased announces confirms reveals".split()  # ("Sources say X will return")
)


_WORD_AND_MARKS_BEFORE = re.compile(r"([\w’'-]+)([^\w\s]*)[\s“\"‘']*$")


def _owned_is_title(text: str, span: tuple[int, int]) -> bool:
    """The Title Case run after a network's possessive is a show's title: not a person ("HBO's
    Casey Bloys said", "Netflix's Chief Content Officer"), a hyphenated adjective ("ABC's
    Emmy-winning"), an event, nor a franchise before its kind ("HBO's Green Lantern series")."""
    start, end = span
    return not (T.is_person(text, start, end) or _ROLE_OR_SAID.match(text, start)
                or _ROLE_OR_SAID.match(text, end) or _ROLE_LAST.search(text, start, end)
                or _HYPHEN_WORD.match(text, start)
                or _EVENT_WORDS.search(text, start, end) or "Expo" in text[start:end]
                or _KIND_NOUN_AFTER.match(text, end))


def _subject_position(text: str, start: int, floor: int) -> bool:
    """Can a title starting at ``start`` be the subject of a verb after it? Not when a
    lowercase word other than a conjunction comes right before ("reuniting X, will stream",
    "the kids of Hawkins return")."""
    before = text[max(floor, start - 40):start]
    word = _WORD_AND_MARKS_BEFORE.search(before)
    if word is None or word.group(2):
        return True  # nothing, or punctuation, before the title
    last = word.group(1)
    if not last[:1].islower() or last.lower() in _SUBORDINATORS:
        return True
    if ("here" in before or " up" in before or "Up " in before) and _THERE_IS.search(before):
        return True  # "Then there is Succession, which ...": the title is the clause's subject
    if _ADAPTATION_SUBJECT.search(text[max(floor, start - 100):start]):  # (a slice: its start
        # is the block's, or far enough back, and "^" matches there)
        return True  # "Doga Kobo's adaptation of Oshi no Ko, ..., will premiere": the show
    # "The animated Tales of the Rebellion will launch", "The long-running Bones ends", "...,
    # and the animated Eyes of Wakanda is slated": one or two modifiers between a sentence's
    # or clause's opening article and the title (not "The kids of X").
    return last.lower() not in _PREPOSITIONS and (
        _MODIFIED_OPENING.search(before) is not None
        or _OWNER_MODIFIED.search(text[max(floor, start - 80):start]) is not None)


# "Andrew Davies's six-part War and Peace ... opens": an owner and one modifier open the sentence
_OWNER_MODIFIED = re.compile(r"(?:^|[.!?]\s+|\n\s*|[,;:]\s+(?:and\s+)?)"
                             r"(?:[A-Z][\w.’'-]*\s+(?:(?:and|of|the|&)\s+)?){0,3}"
                             r"[A-Z][\w.’'-]*(?:['’]s|(?<=s)['’])"
                             r"\s+(?:(?:(?:[\w]+-[\w-]+|new|latest|upcoming|acclaimed|long-awaited|animated|hit|"
                             # ("Netflix's divisive Insatiable drops Aug. 10"; "HBO's
                             # dystopian, ambitious X")
                             r"beloved|buzzy|[a-z]{2,}(?:ive|ous|ful|ic|ish|less|able|ible)),?\s+){1,2}|"
                             # ("Parks and Recreation's former Thursday-night neighbor Community")
                             r"(?:(?:former|onetime|longtime|old|fellow|[\w]+-[\w-]+)\s+){1,2}"
                             r"(?:neighbou?r|rival|stablemate|sibling|sister\s+show|companion|lead-in|"
                             r"partner)\s+)$")


_THERE_IS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:Then|And|But|Now|Also)\s+)?(?:[Tt]here['’]?s?(?:\s+is)?|"
                       r"(?:First|Next|Last)\s+up\s+is|Up\s+(?:first|next)\s+is)\s+$")
_ADAPTATION_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*|[,;]\s+(?:and\s+)?)"
                                 r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:['’]s|(?<=s)['’])|"
                                 r"The|An?)\s+(?:[\w-]+\s+)?(?:anime\s+|tv\s+|television\s+)?"
                                 r"(?:adaptation|remake|version)\s+of\s+"
                                 # ("Sarah Phelps's adaptation of the Agatha Christie novel X")
                                 r"(?:the\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:novel|book|play|memoir)\s+)?$")
_PREPOSITIONS = frozenset("of in on at for with from by to about into over under after before "
                          "and or but as than like".split())
_MODIFIED_OPENING = re.compile(r"(?:(?:^|[.!?]\s+|\n\s*)(?:(?:And|But|Also|Plus|Meanwhile),?\s+)?"
                               r"(?:The|An?|Its|Their|the|an?|its|their)|"  # ("And the animated X")
                               r"\b(?:that|said|says|announced|confirmed)\s+(?:its|their|the)|"  # ("confirmed that its rebooted
                               # The Powerpuff Girls will premiere")
                               r"(?:,\s+|;\s+)(?:(?:and|but|while|whereas)\s+)?(?:the|an?|its|their))"
                               r"\s+(?:(?:[a-z][\w’'-]*|[A-Z][\w’']*-[a-z][\w-]*|[A-Z][a-z]+(?:ish|ian|an|ese|ch))\s+){0,2}"
                               r"(?:[a-z][\w’'-]*|[A-Z][\w’']*-[a-z][\w-]*)\s*[“\"‘']*$|"  # ("The British
                               # romance Heartstopper")
                               # "the Fresh Prince reimagining Bel-Air has been renewed": another
                               # title, then the new show's kind
                               r"(?:^|[.!?]\s+|\n\s*|[,;]\s+)(?:the|an?|its|their)\s+[A-Z][\w’'&:-]*\s+"
                               r"(?:(?:[A-Z][\w’'&:-]*|of|the|and|by|in|on|to|for|with|at|a|an)\s+){0,5}"
                               r"(?:prequel|sequel|spinoff|spin-off|reimagining|remake|reboot|revival|"
                               r"adaptation)\s*[“\"‘']*$|"
                               # "..., while newcomer Einstein debuts": no article needed
                               r"(?:^|[.!?]\s+|\n\s*|[,;—–]\s+(?:(?:and|but|while|whereas)\s+)?)"
                               r"(?i:newcomer|freshman|rookie)\s*[“\"‘']*$")


def _makers_show(text: str, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"David Simon and George Pelecanos' The Deuce premieres": people coordinated with an
    owner of a title are its makers; the span of that title, or None."""
    if len(parts) < 2:
        return None
    owned = _PERSON_OWNER.match(text, parts[-1][0], parts[-1][1])
    if owned is None or not all(_CAST_NAME.fullmatch(text, a, b) for a, b in parts[:-1]):
        return None
    return owned.span("title")


# "X and Apple TV+'s Y": another title, then the next one's owner
_AND_OWNER_BEFORE = re.compile(r"(?<=\w)\s+and\s+(?:[A-Z][\w+&.!’'-]*\s+){0,3}?[A-Z][\w+&.!-]*['’]s\s+\Z")


def _extend_list(text: str, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """Widen a coordinated subject leftwards over ", Title" items."""
    start = span[0]
    while True:
        m = re.search(r"([A-Z][\w’'&:.!-]*(?:\s+(?:[A-Z][\w’'&:.!-]*|of|the|and|&|in|on|a))*),\s+$",
                      text[max(floor, start - 60):start])
        if m is None:
            return start, span[1]
        start = max(floor, start - 60) + m.start(1)


_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\b")


def _ends_relative_clause(text: str, span: tuple[int, int], floor: int) -> bool:
    sentence_start = max(text.rfind(". ", floor, span[0]) + 1, floor)
    return bool(_WHICH_CLAUSE.search(text[sentence_start:span[0]])) and \
        text[span[1]:span[1] + 2].startswith(",")


def _split_coordinated(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """"Iron Fist and Defenders" (before "are") are two titles; "Ginny & Georgia" is one,
    unless it ends a comma list ("The Office, Community & 30 Rock")."""
    parts, begin = [], span[0]
    listed = "," in text[span[0]:span[1]]
    if listed:  # ("Law & Order, SVU": only the last item splits at its "&")
        for m in _COMMA.finditer(text, span[0], span[1]):
            parts.append((begin, m.start()))
            begin = m.end()
    quoted = [q.span() for q in _QUOTED.finditer(text, span[0], span[1])] \
        if _has_quote(text, span) else []
    for m in (_AND if listed else _AND_WORD).finditer(text, begin, span[1]):
        if any(qs < m.start() < qe for qs, qe in quoted):
            continue  # ("“Ginny & Georgia,” season 3": one quoted title)
        parts.append((begin, m.start()))
        begin = m.end()
    parts.append((begin, span[1]))
    whole = text[span[0]:span[1]]
    if not listed and len(parts) == 2 and text.count(whole) >= 2 and \
            all(len(text[s:e].split()) == 1 and text.count(text[s:e].strip()) == text.count(whole)
                for s, e in parts):
        return [span]  # "Home and Away" twice, and neither "Home" nor "Away" alone: one title
        # of two words
    return [T._clean_span(text, s, e) for s, e in parts if e > s]


_QUOTED = re.compile(r"[“\"][^”\"\n]{1,80}[”\"]")


def _has_quote(text: str, span: tuple[int, int]) -> bool:
    return text.find("“", span[0], span[1]) >= 0 or text.find('"', span[0], span[1]) >= 0


_TIME_SLOT = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?"
                        r"(?:\s*[ap]\.?m\.?)?\s+(?=\S)|"  # ("8:00-9:00 PM 9-1-1")
                        r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s+(?=\S)", re.IGNORECASE)


_SEASON_TAIL = re.compile(r",?\s+(?i:season|series)\s+\w+$")


def _season_tail_cut(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A grid line's "The Voice, season 13 (8 p.m.)": the title without its season."""
    if span is None:
        return None
    tail = _SEASON_TAIL.search(text, span[0], span[1])
    return (span[0], tail.start()) if tail is not None and tail.start() > span[0] else span


def _season_subtitle_cut(text: str, span: tuple[int, int] | None, shows: dict[str, str]
                         ) -> tuple[int, int] | None:
    """A list line's "SURVIVOR: BLOOD VS. WATER (season premiere)" is Survivor's season, when
    the text names Survivor on its own too."""
    if span is None:
        return None
    colon = text.find(": ", span[0], span[1])
    if colon > span[0] and show_key(text[span[0]:colon]) in shows:
        return span[0], colon
    return span


# A schedule line led by its time slot, then a dash: "8:00-9:00 PM — HOW I MET YOUR MOTHER (...)",
# "9 p.m. – Mom": the title runs from the dash to a parenthesis or the line's end.
_SLOT_LED = re.compile(rf"^[ \t]*(?:[-–—•*][ \t]*)?{SLOT_TIME}"
                       r"[ \t]*[—–|-][ \t]*([^\s(][^\n(]{0,60}?)[ \t]*(?:\(|$)", re.MULTILINE)
_NAME2 = r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+"  # a person's name of two words
_WITH_CAST = re.compile(rf"\s+with\s+{_NAME2}(?:,\s+{_NAME2})*,?\s+and\s+{_NAME2}$")  # (two
# names at least: "The Late Show with Stephen Colbert" is a title)
_AND_MORE = re.compile(r",?\s+(?:and|&)\s+(?:More|more|MORE)$|"
                       r"\s+(?:Among|Amongst|Amid)$")  # ("..., Criminal Justice Among Returning Shows")


# A story label before a colon: lowercase words ("The headliner:") or a word news sites put
# before a headline ("Gallery:", "Exclusive:", "Official:").
_LABEL = re.compile(r"(?:(?:The\s+|A\s+|An\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}|Gallery|Photos?|Video|"
                    r"Watch|Exclusive|Update|Updated|Breaking|Review|Recap|Trailer|Listen|Poll|"
                    r"Opinion|Report|Official|Confirmed|Spoilers?|Explainer|Interview|First\s+Look|"
                    r"Sneak\s+Peek|Headliner|(?:[A-Z0-9][\w'’-]*\s+){0,3}(?:(?:Premiere|Release|Return|Air)\s+Dates?|"
                    r"Dates|Schedule|Preview|Guide|Roundup|Lineup|Line-up|Slate|Renewals|Cancellations|Calendar|"
                    r"Festival|Watch|Update|Report|Digest|Briefing|News|Upfronts?|"  # (not "Tracker:", "Alert:": shows)
                    r"Ratings|Q|A|Question|Answer|FAQ|Mailbag|Mailbox|Recap|Review)):\s+"
                    r"(?=\S)")


_OPENS_BEFORE = re.compile(r"(?<=\S )(?:Opens|Starts|Begins|Launches)\s+$")


_ASKED_ABOUT = re.compile(r"(?:Where['’]s|Where\s+is|What\s+about|What['’]s\s+next\s+for|When['’]s|"
                          r"When\s+is|Any\s+news\s+on|What\s+is|What['’]s)\s+(?=\S)")  # (an FAQ's "What is
# Unbreakable Kimmy Schmidt?")


_ASKED_AUXILIARY = re.compile(r"(?:Is|Are|Will|Does|Has|Was)\s+(?=[A-Z0-9“\"‘'])")
_QUESTION_GOES_ON = re.compile(r"[ \t]+[a-z][^.!?\n]{0,80}\?")


_NOTE_ON = re.compile(r"(?:A\s+|An\s+)?(?:note|word|update|more|news)\s+on\s+(?=[A-Z0-9“\"‘'])")


_CLOSING_QUOTE = {mark: re.compile(rf"{close}(?![\w])")
                  for mark, close in (("'", "'"), ("‘", "’"), ("\"", "\""), ("“", "”"))}


_SEASON_CODE = re.compile(r"[Ss]\d{1,2}(?:[Ee]\d{1,2})?")
_QUESTION_LEAD = re.compile(r"(?:When|Why|Where)\s+(?=[A-Z])")
_AUXILIARY_NEXT = re.compile(r"\s+(?:Is|Are|Will|Does|Do|Did|Can|Could|Has|Have|is|are|will|does|can|has)\b")


_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ably|ibly|ally|ately|ingly|edly|ously|ently|antly|"
                              r"fully|ively|ually|ckily|ppily|adly|ortly|ntly|stly)")


def _name_at(text: str, span: tuple[int, int] | None, described: bool = False, *,
             placed: bool = False) -> tuple[str, int, int] | None:
    """The title in ``span``, cleaned; None if it is no title. ``described``: the text calls
    it a show ("Jack Ryan, the John Krasinski thriller that ..."), whatever its context says
    of a person ("led by Jack Ryan"). ``placed``: it stands where a list puts its titles, so
    a title in another language's sentence case ("Terra ribelle") needs no word English lacks."""
    if span is None:
        return None
    s, e = span
    name = text[s:e]
    if _SEASON_CODE.fullmatch(name):
        return None  # "'The Boys' S3 lands in June": the season of the title before it
    asked = _QUESTION_LEAD.match(name)
    if asked is not None and _AUXILIARY_NEXT.match(text, e):
        s += asked.end()  # "... and When Severance Is Finally Coming Back": a question about the
        name = text[s:e]  # title, not part of it
    on = name.find(" on ")
    if on > 0 and name[on + 4:on + 5].isupper() and _AS_ROLE_BEFORE.search(text, max(0, s - 4), s):
        s += on + 4  # "her last scenes as Betty on Mad Men": the show the character is on
        name = text[s:e]
    close = _CLOSING_QUOTE.get(text[s - 1:s]) if s > 0 else None
    if close is not None:  # "'Game of Thrones' Final Season Will ...": the quote ends the title
        end_quote = close.search(name)
        if end_quote is not None and end_quote.start() > 0:
            name, e = name[:end_quote.start()], s + end_quote.start()
    if name.endswith(("'s", "’s")):
        name, e = name[:-2], e - 2
    tag = name.rfind("]")
    if tag >= 0:  # "[MEGATHREAD] The Boys": a forum tag before the title
        s += tag + 1 + len(name[tag + 1:]) - len(name[tag + 1:].lstrip())
        name = text[s:e]
    slot = _TIME_SLOT.match(name)
    if slot is not None:  # "8:00 The Neighborhood (season 5)": a schedule's time slot
        s += slot.end()
        name = text[s:e]
    label = _LABEL.match(name)
    if label is not None:  # "The headliner: The Crown", "Gallery: The Mandalorian"
        s += label.end()
        name = text[s:e]
    asked = _ASKED_ABOUT.match(name)
    if asked is not None and name.endswith("?"):  # "Q: Where's Dune: Prophecy?"
        s, e = s + asked.end(), e - 1
        name = text[s:e]
    elif (asked := asked or _ASKED_AUXILIARY.match(name)) and _QUESTION_GOES_ON.match(text, e):
        s += asked.end()  # "Q: When is Orange Is the New Black back?", "Is The Bear coming
        name = text[s:e]  # back this year?": the question's words are no part of the title
    aside = _NOTE_ON.match(name) or _FIRST_LOOK_AT.match(name)
    if aside is not None:  # "A note on Schitt's Creek: ...", "First Look at The Crown Season 2"
        s += aside.end()
        name = text[s:e]
    if name.isupper() and _DATELINE_AFTER.match(text, e):
        return None  # "BURBANK, Calif. (June 13, 2018) –": a press release's dateline
    if text.startswith(",", e) and _SENTENCE_ADVERB.fullmatch(name):
        return None  # "Improbably, the story is not over": an adverb opening its sentence
    if text.endswith(", ", 0, s) and name.rstrip(".") in _STATE_ABBREVIATIONS and \
            (name.endswith(".") or text.startswith(".", e)):
        return None  # "set in occupied Alexandria, Va.": a state, after its town
    day = _DAY_LEAD.match(name)
    if day is not None and _MONTH_BEFORE.search(text, max(0, s - 12), s):
        s += day.end()  # "on Feb. 27 with Super Pumped": the date's day is no part of it
        name = text[s:e]
    cast = _WITH_CAST.search(name)
    if cast is not None:  # "Love Next Door with Jung Hae-in and Jung So-min": its stars
        name, e = name[:cast.start()], s + cast.start()
    more = _AND_MORE.search(name) or _RELEASE_LABEL_TAIL.search(name) or _NETWORK_PAREN_END.search(name)
    if more is not None:  # "The Pitt, The Rookie, The Traitors and More": a headline's list;
        name, e = name[:more.start()], s + more.start()  # "Shrill: Series Premiere": a label;
        # "The X-Files (Fox), season 11: Wednesday, Jan. 3": where it airs
    if _WEB_ADDRESS_END.search(name):
        return None  # "TVAlerts.com | Watchlist update ...": a website, not a show
    star_in = name.find(" in ")
    if star_in > 0 and name[star_in + 4:star_in + 5].isupper() and \
            full_person_name(name[:star_in]) and T.title_like(name[star_in + 4:]):
        s += star_in + 4  # "Kate Winslet in Mare of Easttown": the star, then her show
        name = text[s:e]
    if not (T.title_like(name) or T.capital_pronoun_title(text, s, e)
            or _network_owned(text, name, s) or T.sentence_case_title(name, strict=not placed)) or T.is_person(text, s, e) and not (
            described and " in " not in name and not _AS_ROLE_BEFORE.search(text, max(0, s - 4), s)):
        return None
    return name, s, e


# "Wednesday has officially been renewed for a second season": a weekday that is renewed is a
# title (a day is never renewed)
_DAY_RENEWED = re.compile(r"(?<![\w,])[“\"‘']?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[”\"’']?,?\s+"
                          r"(?:(?:has|have|was|is)\s+)?(?:(?:officially|now|already|been)\s+)*"
                          r"(?:renewed|cancell?ed|picked\s+up\s+for)\b|"
                          # "Netflix has renewed Wednesday for a second season": a weekday as
                          # the object of an active renewal (but "was renewed Wednesday for")
                          r"(?<=renewed\s)((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                          r"\s+for\s+(?:a\s+|its\s+)?(?:\w+\s+season|seasons?\s+\w+)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\w+ly\s+)?renewed\s+$")


def _network_owned(text: str, name: str, start: int) -> bool:
    """"Netflix's Wednesday returns": a weekday a network owns is a title (not a month:
    "Netflix's September release schedule")."""
    return T.network_owns(text, start) and T.title_like(name, quoted=True) and \
        name.lower().rstrip(".") not in vocab.MONTHS


_SEASON_ENTRY_AT = re.compile(r"(?i:season|series)\s+\w+\s*(?:\(|[—–:]|-\s)")


def _day_named_show(text: str, span: tuple[int, int] | None, season_at: int
                    ) -> tuple[str, int, int] | None:
    """"Wednesday season 2": a weekday or month right before a season number is a title,
    unless a preposition makes it a date ("on Sunday season 2 begins")."""
    if span is None or text[span[1]:season_at].strip(" :,") or \
            "," in text[span[1]:season_at] and (text[span[0] - 1:span[0]] not in ("", "\n")
                                                or not _SEASON_ENTRY_AT.match(text, season_at)):
        return None  # (but "Wednesday: Season 2" in a list, and "Wednesday, season 2 (Netflix)
        # — ..." leading a line, as an entry: not "Today, season 3 of ...")
    s, e = span
    name = text[s:e]
    if len(name.split()) != 1 or not T.title_like(name, quoted=True) or T.is_person(text, s, e) or \
            show_key(re.sub(r"['’]s$", "", name)) in T.NOT_SHOWS:
        return None  # (not "HBO's seventh season": the network's)
    before = re.search(r"(\w+)(\W*)$", text[max(0, s - 20):s])
    if before is not None and (before.group(1).lower() in _DATE_PREPOSITIONS
                               or before.group(1).isdigit() and not re.search(r"[–—-]",
                                                                              before.group(2))
                               or before.group(1).lower() in cues.REPORTING
                               and ":" not in before.group(2)):
        return None  # ("HBO said Tuesday season 3 would...", but "Also announced: Wednesday")
    return name, s, e


def _weekday_of_season(text: str, of: re.Match[str]) -> tuple[str, int, int] | None:
    """"the second season of Wednesday": a weekday that a season belongs to is a title."""
    day = _WEEKDAY_WORD.match(text, of.end())
    if day is not None and _SEASON_BELONGS.match(of.group()) and \
            day.group().lower() in vocab.WEEKDAYS:
        return day.group(), day.start(), day.end()
    return None


_SEASON_BELONGS = re.compile(r"(?:season|series)\s+(?:\w+\s+)?of\s+$")
_WEEKDAY_WORD = re.compile(r"[A-Z][a-z]+day(?![\w,])")  # (not "of Wednesday, Jan. 8")


def given_name_only(text: str, name: str) -> bool:
    """A person's name: "First Last" opening with a common given name, where nothing in the
    text makes it a show's title: an owner before it ("Marvel's Luke Cage"), a network or a
    description after it ("Ted Lasso (Apple TV+)", "Joe Pickett, which", "Henry
    Hugglemonster, an Irish-produced series"), or a season near it ("Ted Lasso will return
    for a fourth season", "season 2 of Luke Cage")."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in vocab.FIRST_NAMES or \
            not _SURNAME.fullmatch(words[1]):
        return False
    return not _show_context(text, name)


def _named_as_person(text: str, name: str) -> bool:
    """"First Last" that the text somewhere writes as an actor or an executive ("Gugu
    Mbatha-Raw plays a woman ...", "starring Taron Egerton", "Showtime president David
    Nevins told reporters") and nowhere as a show (`_show_context`)."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words) or \
            not (any(_PLAYS_AFTER.match(text, m.end())
                     or _STARRING_BEFORE.search(text, max(0, m.start() - 20), m.start())
                     for m in re.finditer(rf"\b{re.escape(name)}\b", text))
                 or _surname_in_role(text, words[1])) or \
            re.search(rf"\b(?:The|the|of)\s+{re.escape(name)}\b|\b{re.escape(name)}\s+S\d", text):
        return False  # (not "The Umbrella Academy", "Jujutsu Kaisen S2")
    return not _show_context(text, name, owned=False)  # ("Showtime's David Nevins": its boss)


# The surname alone as a person: "Rhimes is executive producer on all three", "Hader said"
_SURNAME_ROLE = re.compile(r"\s+(?:said|says|told|added|explained|is\s+(?:also\s+)?(?:an?\s+|the\s+)?"
                           r"(?:executive\s+producer|creator|co-creator|showrunner|star)\b)")


def _surname_in_role(text: str, surname: str) -> bool:
    """Does ``surname`` stand alone somewhere as a person who speaks or makes the show? (str.find
    for each place it is written: a regex built per name would scan the whole text each time)"""
    at = text.find(surname)
    while at >= 0:
        before = text[at - 1:at]
        if not (before.isalnum() or before in "'’-") and _SURNAME_ROLE.match(text, at + len(surname)):
            return True
        at = text.find(surname, at + 1)
    return False
_PLAYS_AFTER = re.compile(r",?\s+(?:plays|played|stars\s+as|starred\s+as|co-stars|voices|portrays)\b")
# (narrower than `titles.is_person` on purpose: asked of every mention of a name, that broader
# test cost a never-opened set a true claim)
_STARRING_BEFORE = re.compile(r"\b(?:starring|actor|actress|co-star|co-starring|president|chairman|"
                              r"chairwoman|showrunner|creator|co-creator|executive\s+producer)\s+$")


def _show_context(text: str, name: str, owned: bool = True) -> bool:
    """Does the text anywhere make ``name`` a show's title: an owner before it ("Marvel's Luke
    Cage"; unless not ``owned``), a network or a description after it, a season near it?"""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        if owned and _OWNED_BEFORE.search(text, max(0, m.start() - 3), m.start()) or \
                _KIND_BEFORE.search(text, max(0, m.start() - 16), m.start()) or \
                _SHOW_AFTER.match(text, m.end()) or _SHOW_VERB_AFTER.match(text, m.end()) or \
                _SEASON_NEAR.search(text, max(0, m.start() - 24), m.start()) or \
                _SEASON_SOON.match(text, m.end()) and not _AND_NAME_AFTER.match(text, m.end()) \
                and not _SPEAKS_ON.match(text, m.end()) and not _OWNS_SHOW.match(text, m.end()) \
                and not _SEASON_AS_ROLE.match(text, m.end()) \
                and not _NAME_AND_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def _cast_pair(text: str, name: str) -> bool:
    """``name`` is coordinated with another person-like name ("David Duchovny and Gillian
    Anderson return"): two people of a cast, not two shows."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        after = _AND_NAME_AFTER.match(text, m.end())
        before = _NAME_AND_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for other in (after.group(1) if after else None, before.group(1) if before else None):
            if other is not None and given_name_only(text, other):
                return True
    return False


_AND_NAME_AFTER = re.compile(r",?\s+(?:and|&)\s+([A-Z][a-z]+\s+[A-Z][\w'’-]+)")
_NAME_AND_BEFORE = re.compile(r"([A-Z][a-z]+\s+[A-Z][\w'’-]+),?\s+(?:and|&)\s+$")


def _character_pair(text: str, name: str) -> bool:
    """A one-word name coordinated with another ("Mulder and Scully are back next month"), both
    of which the text also writes after a given name or a rank ("Gillian Anderson as Dana
    Scully", "plays Lt. Joe Leaphorn"): two characters, not two shows. (A show named after its
    lead, "Andor", is named with a season or quoted; those names are kept before this.)"""
    if " " in name:
        return False
    for m in re.finditer(rf"(?<![\w.])([A-Z][a-z]+)\s+(?:and|&)\s+{re.escape(name)}\b|"
                         rf"\b{re.escape(name)}\s+(?:and|&)\s+([A-Z][a-z]+)\b(?![\w'’])", text):
        other = m.group(1) or m.group(2)
        if _named_in_full(text, name) and _named_in_full(text, other) and (
                _named_in_full(text, name, True) or _named_in_full(text, other, True)):
            return True
    return False


def _named_in_full(text: str, surname: str, strict: bool = False) -> bool:
    """``surname`` follows a given name or a rank somewhere in the text ("Officer Jim Chee"),
    or, unless ``strict``, any capitalized word after "as" or "plays" ("as Fox Mulder")."""
    for m in re.finditer(rf"(?<![\w.])(?:(as|plays)\s+)?([A-Z][a-z]+\.?)\s+"
                         rf"{re.escape(surname)}\b(?!['’])", text):
        word = m.group(2)
        if word.lower() in vocab.FIRST_NAMES or word in vocab.RANKS or not strict and m.group(1):
            return True
    return False


def _first_name_of(text: str, name: str) -> bool:
    """A one-word title that is a given name the text also writes with a surname ("Jon" of
    "Jon Snow")."""
    if " " in name or name.lower() not in vocab.FIRST_NAMES or \
            re.search(rf"[\"“‘']{re.escape(name)}[,.!?]?[\"”’']", text):
        return False  # (a quoted "Roseanne" beside "Roseanne Barr" is the show)
    return any(m.group(1) not in _NOT_SURNAMES and not _SEASON_NEAR_AFTER.match(text, m.end())
               for m in re.finditer(rf"\b{re.escape(name)}\s+([A-Z][a-z]+)\b(?!['’])", text))


_NOT_SURNAMES = frozenset(("Season", "Series", "Part", "Volume", "Chapter", "The", "And", "Is", "Was",
                           "Will", "Has", "Returns", "Premieres", "Debuts", "Sets", "Gets", "Renewed"))
_SEASON_NEAR_AFTER = re.compile(r"\s+(?i:season|series)\b")
# "Jodie Whittaker's debut season as the Doctor": a person's season in a role
_SEASON_AS_ROLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:season|series|run)\s+as\b")
_OWNED_BEFORE = re.compile(r"['’]s\s$")
_SPEAKS_ON = re.compile(r"\s+(?:on|about|talks|says|said|discusses|teases|reveals)\s")  # ("Kit Harington
# on Season 4: ...": the person interviewed)
_KIND_BEFORE = re.compile(r"\b(?:series|show|drama|comedy|sitcom|prequel|sequel|spinoff|spin-off|"
                          r"revival|reboot|docuseries|anime|cartoon)\s+$")  # ("the prequel Dawn Patrol")
# What only a show does: a person returns, is back or joins, but is not set for release
_SHOW_VERB_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:(?:will|is|are|has\s+been|was)\s+)?(?:now\s+)?"
                              r"(?:set\s+(?:for|to)|premieres?|debuts?|launch(?:es)?|airs?|streams?|"
                              r"drops?|lands?|due|slated|scheduled|renewed|cancell?ed|picked\s+up|"
                              r"follows?\s+(?:on|in|later|next|this|soon))\b")  # ("and Luke Cage
# follows later in the year")
_SHOW_AFTER = re.compile(r"\s*\(|\s+(?:revival|reboot|series|spinoff|spin-off|sequel|prequel|show)\b|"
                         r",\s+(?:which|whose(?!\s+(?:[\w+-]+\s+){0,2}(?:drama|series|show|comedy|sitcom)\b)|in\s+which|an?\s+(?:[\w-]+\s+){0,3}?(?:series|show|drama|comedy|"
                         r"sitcom|docuseries|thriller|western|mystery|cartoon|anime)\b)")
# "Elisabeth Moss, whose Hulu drama was picked up for a fourth season": the show is the person's
_OWNS_SHOW = re.compile(r",\s+whose\s+(?:[\w+-]+\s+){0,2}(?:drama|series|show|comedy|sitcom)\b")
_SEASON_NEAR = re.compile(r"(?i:season|series)\s+\w+\s+of\s+$")
_SEASON_SOON = re.compile(r"(?:['’]s?)?[^.!?\n]{0,80}?\b(?i:season|series)\b")


_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Le|La)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# "Stranger Things 5: ...": a season number written after a title, before a colon
NUMBER_COLON = re.compile(r" ([2-9]|1[0-9]):\s")
# A number after a title, and then its clause goes on: the title's season ("Survivor 50,
# billed as ...", "Big Brother 28 will return")
_PART_SEASON = re.compile(r"\s+Part\s+([2-9]|Two|Three|Four|Five)\b")
_NUMBER_SUBJECT = re.compile(r" ([2-9]|[1-9][0-9])(?:,\s|\s+(?:will|is|premieres|returns|debuts|"
                             r"arrives|begins|starts|kicks|launches|airs|drops|lands|"
                             r"(?:Volume|Vol\.|Part)\s+(?:\d|One|Two|Three|I{1,3}\b))\b)")  # ("Stranger
# Things 4 Volume 1 hits Netflix on May 27": the fourth season's first half)
_SLOT_OR_NETWORK_CELL = re.compile(rf"{HOUR}|(?:{_NETWORK_NAMES})")
_CELL = re.compile(r"[^|\n]*[^|\s][^|\n]*")
_FIELD_CELL = re.compile(rf"[ \t]*(?:{FIELD_NAME.pattern}|(?i:seasons?|series|part|volume)[ \t]*:)")
_DATE_CELL = re.compile(
    rf"(?i:(?:{P.ANY_WEEKDAY},?\s+)?(?:{P.ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}\s+{P.ANY_MONTH}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)(?:,?\s+\d{{4}})?|tba|tbd|"
    rf"(?:next|this|later\s+this)\s+(?:week|month)|coming\s+soon|later)")  # ("Next month | Netflix | The
# Crown, season 4, arrives Nov. 15")
_FILM_APPOSITION = re.compile(
    r"[”\"’']?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:film|movie|big-screen)\b")
_SEASON_NEXT = re.compile(r"\s*:?\s*(?=(?i:season|series|part)\s)")
_DATE_PREPOSITIONS = frozenset("on this next last by until till from since every each before "
                               "after through and or in at during starting beginning".split())
_LAST_WORD = re.compile(r"\S+(?=\s+$)")


def _word_before(text: str, at: int, floor: int) -> tuple[int, int] | None:
    """The weekday or month right before ``at``, which `T.grab_left` does not take."""
    m = _LAST_WORD.search(text, max(floor, at - 20), at)
    return m.span() if m is not None and T._MONTH_OR_DAY.fullmatch(m.group()) else None


def _section_titles(text: str, blocks: list[Block], shows: dict[str, str],
                    add: Callable[[tuple[str, int, int] | None], None]) -> None:
    """When two or more of an article's section headings are titles, its sections are about
    shows, and a heading no cue named ("A Christmas Carol" beside "Dracula" and "Doctor
    Who") is a title too."""
    found = [(b, heading_show(text, b)) for i, b in enumerate(blocks)
             if b.heading and i > 0 and not furniture(text, b.start, b.end)]
    named = [h for _, h in found if h is not None and h.key in shows]
    if len(named) < 2 or 2 * len(named) < len(found):
        return
    for block, heading in found:
        if heading is not None and heading.key in shows or furniture(text, block.start, block.end):
            continue
        line = text[block.start:block.end].strip()
        words = line.split()
        if len(words) <= 6 and not _MEDIA_WORD.search(line) and line[-1:] not in ".!?:" and \
                not _LABEL.match(line) and not DATE_HEADING.fullmatch(line) and \
                all(w[:1].isupper() or w[:1].isdigit() or w in T._CONNECTORS for w in words):
            start = text.find(line, block.start, block.end)  # ("A Christmas Carol", which a
            add((line, start, start + len(line)))  # title's holiday word would turn down)


_MEDIA_WORD = re.compile(r"\b(?i:films?|movies?|books?|games?|music|podcasts?|albums?|theat\w+|"
                         r"cinemas?|screen|specials?|premieres?|dates?|schedule|news|more|"
                         r"elsewhere|also|ahead|coming|streaming|trailers?|premise|plot|cast|"
                         r"production|release|synopsis|story|characters|episodes|reception|"
                         r"ratings|overview|summary|background|verdict|faq)\b")


_SUBTITLE_WORD = r"(?:[A-Z0-9][\w’'-]*[!?]?|of|the|and|a|an|in|on|to|for|with|from|no|x|de|la)(?![\w’'.-])"
_SUBTITLE = re.compile(r":[ \t]+((?!(?:Season|Series|Part|Volume|Vol|Chapter|Episode|Book|The\s+Final|"
                       r"Final|Release|Everything|What|How|When|Where|Who|Why|Is|Are|Will|Cast|"
                       r"Trailer|Premiere|Review|Recap|Date|News|First|New|Netflix|HBO|A|An|"
                       r"ABC|NBC|CBS|Fox|FOX|Peacock|Hulu|Max|Apple|Amazon|Prime|Disney|Paramount|"
                       r"Showtime|Starz|FX|AMC|BBC|ITV|Sky|CW|Bravo|PBS|TLC|Channel|"
                       r"The\s+Movie|Movie|Film|Renewed|Canceled|Cancelled|Ending|Ended)\b)"
                       rf"[A-Z][\w’'-]*[!?]?(?![\w’'.-])(?:[ \t]+{_SUBTITLE_WORD}){{1,5}})"
                       r"(?=[,;)]|\.?[ \t]*$|\.?[ \t]*\n|[ \t]+[(—–-])")


def _subtitled(text: str, name: str, body: int) -> str | None:
    """"Frieren: Beyond Journey's End" when the body writes the title only with that subtitle."""
    found: set[str] = set()
    at = text.find(name, body)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            if text[at - 1:at] in ("\n", "") and text[end:end + 1] == ":":
                return None  # "Tracker: Renewed.": a list's label, the title alone
            sub = _SUBTITLE.match(text, end)
            if sub is None:
                return None  # named alone too: the short form is the show's name
            found.add(sub.group(1).rstrip(".,;!?"))
        at = text.find(name, end)
    return f"{name}: {found.pop()}" if len(found) == 1 else None


def heads_titled_items(text: str, blocks: list[Block], index: int) -> bool:
    """Does the heading at ``index`` stand over items that each lead with their own title
    ("MOVING HOUSE" over '"Southland" (TNT): NBC shelved ...')? Then it names a category."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and not following.heading and \
        LISTED_ITEM.match(text, following.start) is not None and \
        text[following.start:following.start + 1] in "“\"‘'"


_SIGNED_QUESTION = re.compile(r"\?\s+[-–—]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,\s*[A-Z][\w .'’-]*)?$")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_HEADING_FIELDS = re.compile(rf"\s(?:--|[—–])\s+[A-Z][^—–|\n]{{0,28}}?\s(?:--|[—–])\s+"
                             rf"(?:(?:in|on|from)\s+)?(?:{P.ANY_WEEKDAY}|{P.ANY_MONTH}|\d)", re.IGNORECASE)


def heading_show(text: str, block: Block) -> Heading | None:
    """The show a heading line names ("1. To Your Eternity Anime Season 2", "Castle Rock
    (Hulu)"), with its season when the heading gives one."""
    line = text[block.start:block.end].strip()
    if furniture(text, block.start, block.end) or SECTION_HEADING.fullmatch(line) or \
            cues.STATUS_HEADING.fullmatch(line):
        return None  # "By Sarah Hughes", "Monday 20 August 2012 12.01 BST", "Release"
    line = _SIGNED_QUESTION.sub("?", line)  # "Q: House of the Dragon? - Phil": a reader's name
    if line.endswith("?"):  # "Q: Where's Dune: Prophecy?": a question about a show
        label = _LABEL.match(line)
        line = line[label.end():] if label else line
        asked = _ASKED_ABOUT.match(line)
        if asked is not None:
            line = line[asked.end():].rstrip("?")
        elif label is not None and T.title_like(line[:-1]):
            line = line[:-1]  # "Q: House of the Dragon?": the show is all the question asks
        else:
            return None
    fields = _HEADING_FIELDS.search(line)  # ("SEX EDUCATION -- Netflix -- Friday, Jan. 17": a
    # guide's entry, its title, network and date, not a label before a title)
    marked = _MARKED_LABEL.match(line)  # "🐉 MONTH SET: House of the Dragon season 3"
    if marked is not None:
        line = line[marked.end():]
    elif fields is None:
        line = line[T.item_start(line, 0, len(line)):]  # "DATE SET: The Boys season 5"
    numbered = re.match(r"\d{1,2}[.)]\s", line) is not None  # ("2. Wednesday": a list's item)
    line = re.sub(r"^\s*(?:\d{1,2}[.)]|[-–—•*#]+)\s*", "", line)
    slot = _TIME_SLOT.match(line)  # "8:00 The Neighborhood (season 5)"
    line = line[slot.end():] if slot else line
    line = re.sub(r"\s+(?:[—–]|--)\s+.*$|\s+-\s+[^-]*\bArc$", "", line)  # "Demon Slayer S3 —
    # Swordsmith Village Arc", "Demon Slayer: Kimetsu no Yaiba - Swordsmith Village Arc", "SEX
    # EDUCATION -- Netflix -- Friday, Jan. 17"
    if _NOT_A_SERIES_PAREN.search(line):
        return None  # "The Life List (film)"
    outlet = _HEADING_OUTLET.search(line)  # "THIS IS US (NBC)": a title and where it airs
    line = line[:outlet.start()] if outlet else line
    season = None
    m = _HEADING_SEASON.search(line)
    if m:
        probe = SEASON.match(m.group(0).lstrip(":-–—, ").lower())
        season = season_number(probe) if probe else None
        if m.group(2):
            season = int(m.group(2))
        line = line[:m.start()]
    elif (number := _CAPS_SEASON_NUMBER.search(line)) is not None and line.isupper() and \
            len(_CAPS_NUMBERED_LINE.findall(text)) >= 3:
        season = int(number.group(1))  # "THE LAST OF US 2" over its paragraph, among other
        line = line[:number.start()]  # such headings: the show and its season
    line = line.strip(" \"“”‘’'*_:")
    # ("Wednesday season 2": with a season after it, a weekday or month is a title)
    if not line or _HEADING_NOT_SHOW.search(line) or not T.title_like(
            line, quoted=m is not None or numbered and len(line.split()) == 1):
        return None
    if DATE_HEADING.fullmatch(line):
        return None  # "WINTER 2025", "Summer 2025 and later": a chart's section by date
    if line.isupper() and len(line.split()) >= 3 and m is None and fields is None and not (
            outlet is not None and len(outlet.group(1).split()) <= 3):
        return None  # (but "ALL CREATURES GREAT AND SMALL, SEASON 4" and "THE VAMPIRE DIARIES
        # (THE CW)" head their show's section)
    run = T.grab_right(line, 0, len(line), max_words=12)
    if run is None and (m is not None or numbered) and len(line.split()) == 1:
        run = (0, len(line))  # "Wednesday season 2", "2. Wednesday"
    if outlet is not None and run is not None and run[1] == len(line) and all(
            w[:1].isupper() for w in line[:run[0]].split()):
        run = (0, len(line))  # "This Is Us (NBC)": the whole line, though it opens with "This"
    if outlet is not None and run is not None and run[1] < len(line) and \
            len(line.split()) <= 8 and line[:1].isupper() and \
            all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in line.split()):
        run = (0, len(line))  # "I'm a Celebrity... Get Me Out of Here! (ITV)": punctuation
        # inside a title in Title Case, before where it airs
    if run is None or line[run[1]:].strip(" .!?:") or line[:run[0]].strip(" \"“‘'"):
        return None  # more than a title: a headline, not a section heading
    name = line[run[0]:run[1]]
    if person_heading(text, block):
        return None
    return Heading(display_name(name), show_key(name), season)


_LIFESPAN = re.compile(r"[^()\n]{3,40}\((?:b\.\s*)?(?:1[89]|20)\d\d\s*[-–—]\s*(?:(?:1[89]|20)\d\d)?\)\s*")
_SURNAME_OPENS = re.compile(r"\s*([A-Z][\w'’-]+)\b")


def person_heading(text: str, block: Block) -> bool:
    """Is a heading an obituary's person: a name with a lifespan ("CARRIE FISHER (1956-2016)"),
    or a full name ("Chadwick Boseman") the paragraph under it opens with, by surname or in
    full ("Boseman, who died in August ...")?"""
    if _LIFESPAN.fullmatch(text, block.start, block.end):
        return True
    name = from_capitals(text[block.start:block.end].strip())
    if not full_person_name(name):
        return False
    opens = _SURNAME_OPENS.match(text, block.end)
    surname = name.split()[-1]
    return opens is not None and opens.group(1) in (surname, name.split()[0]) or \
        re.search(rf"\b{re.escape(surname)}\s+(?:died|was|who|had)\b|\b{re.escape(surname)},\s+who\b",
                  text[block.end:block.end + 300]) is not None


_PAREN = re.compile(r"\([^()\n]*\)")
# A digest's heading: a marker (an emoji), then a label in capitals (a network or a kind of news)
_MARKED_LABEL = re.compile(r"[^\w\s\"“‘'(]{1,3}\s*(?:[A-Z][A-Z’'&+-]*(?:\s+[A-Z][A-Z’'&+-]*){0,3}\s*[:—–]\s+)?"
                           r"(?=[“\"‘']?[A-Z0-9][a-z0-9’' ])")
_HEADING_OUTLET = re.compile(r"\s*\(([^)]*)\)(?:,[ \t]*[^()\n,]{1,30})?\s*$")  # (and "(HBO), August")
DATE_HEADING = re.compile(rf"(?i:(?:{P.SEASON}|{P.ANY_MONTH})\s+{P.YEAR}(?:\s+(?:and|&)\s+(?:later|beyond))?)")
_FILM_YEAR = re.compile(r"\((?:19|20)\d\d\)")
_FIRST_CAPITAL = re.compile(r"(?<![\w'’])[A-Z0-9“\"‘]")
_SEASON_TAIL_AFTER = re.compile(r",\s+(?:season|series|part|volume)\s+\w+$", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"\s*\(|\s+(?i:(?:season|series)\b|s\d)")  # (not "The Four Seasons")


def _before_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """A list cell's title, without what follows it: "(new)", "season 2"."""
    cut = _TITLE_TAIL.search(text, start, end)
    return T._clean_span(text, start, cut.start() if cut else end)


_ON_TOPIC = re.compile(
    r"(?:(?i:the\s+)?(?i:creator|co-creator|showrunner|star|stars|cast|writer|director|"
    r"producer|boss|team)\s+of\s+)?(.+?)\s+on\s+[A-Z]")
_NOT_A_SERIES_PAREN = re.compile(r"\((?:[^)]*\s)?(?:film|movie|special|stand-?up)\)\s*$",
                                 re.IGNORECASE)


@dataclass(slots=True)
class Titles:
    """What pass one learned about an article's titles."""

    shows: dict[str, str]  # key -> name, titles introduced as shows
    other: dict[str, str]  # key -> name, titles introduced as films, specials, books
    weak: set[str]  # keys only ever introduced by a weak cue (a bare subject of "is back")
    owners: set[str]  # keys only ever seen as "X's Nth season" (a show, or its studio)


# "The Regime. Kate Winslet plays the chancellor ...": a paragraph led by its show's title,
# a sentence of its own (in a list of such paragraphs).
_LEAD_TITLE = re.compile(r"(?P<title>(?:The\s+|A\s+)?(?:(?:Mr|Mrs|Ms|Dr|St)\.\s+)?"  # ("Ms. Marvel")
                         r"(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w’'&!:-]*"  # ("iCarly")
                         r"(?:\s+(?!(?i:season|series|part|volume)\s+\w+\s+[-–—]\s)"
                         # (a dot inside a word, "S.H.I.E.L.D", or after "No.", not the one that
                         # ends the title)
                         r"(?:(?:No|Mr|Mrs|Ms|Dr|St|Vol|Jr)\.|[A-Z]\.(?=\s+[A-Z][a-z])|"  # ("The
                         # Michael J. Fox Show": an initial)
                         r"[A-Z0-9](?:[\w’'&!:-]|\.(?=\w))*|"
                         r"['’]\d\d\b|"  # ("Tales From '85")
                         r"of|the|and|by|to|for|with|at|from|"
                         r"in|on|a|&)){0,7}?(?<!\s[A-Z]))"
                         r"(?=(?:(?:(?<=[A-Z]\.[A-Z])\.)?\s+(?:\([^()\n]{1,30}\)|"  # ("Agents of
                         # S.H.I.E.L.D. (8 p.m., ABC)", "The Resident (about 10 p.m., Fox, after ...)")
                         r"\((?:about\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,[^()\n]{1,60}\))|"
                         r"(?:,\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)?"  # ("Found, 10 p.m., NBC. ...")
                         r"\.?,\s+(?P<network>[A-Z][\w+&’'-]*"
                         r"(?:\s+[A-Z0-9][\w+&’'-]*){0,2}))?"
                         r"(?:,\s+(?i:season|series|part|volume)\s+\w+)?\.{1,3}\s+[A-Z“\"‘']|"
                         # ("1. Lost: 26%. ABC's drama will end ...": a poll's share)
                         r"(?:[:,]|\s+[-–—])\s+\d{1,3}(?:\.\d)?\s?(?:%|percent)\.?\s+[A-Z“\"‘']|"
                         # ("Vegas (CBS). ...", "Ted Lasso, Apple TV+. Apple says ...", "1. Devil
                         # May Cry, season 2. Netflix has put ...")
                         # "Quarterback - From the producers of ...", "Foundation, Season 2 - ...",
                         # "Fuller House: Season 2 — ..."
                         r"(?:[,:]\s+(?i:season|series|part|volume)\s+\w+)?\s+[-–—]\s+\S|"
                         # "Ben 10 (Cartoon Network) A ten-year-old finds ...": a guide's entry,
                         # its network in parentheses and no stop after them
                         r"\s+\((?P<outlet>[A-Z][^()\n]{0,30})\)[ \t]+[A-Z“\"‘']|"
                         # "The Kelly Clarkson Show (NBC Universal): Premieres Monday, Sept. 9.":
                         # its distributor or network, then a colon
                         r"\s+\([A-Z][^()\n]{0,30}\):[ \t]+[A-Z“\"‘'])")
# A newspaper calendar's entry that opens with its title in quotes, then perhaps "(N)" for new,
# its network (not in parentheses: '"Bird Box" (Netflix).' is a film guide's), its day and its
# hour: '"The Deuce" (N), HBO, 9 p.m. David Simon ...', '"This Is Us," NBC, 9 p.m. Season 2
# picks up ...', '"The Crown," Netflix, Dec. 8. Claire Foy ...'
QUOTED_LEAD = re.compile(r"[\"“](?P<title>[A-Z0-9][^\"“”\n]{0,80}?),?[\"”]"
                          r"(?=(?:\s+\([^()\n]{1,30}\))?"
                          r",?\s+(?P<network>[A-Z][\w+&’'-]*(?:\s+[A-Z0-9][\w+&’'-]*){0,2})(?=[.,])"
                          r"(?:,\s+(?:(?i:early|mid|late)\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"
                          r"(?:,\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)?\.{0,3}\s+[A-Z“\"‘'])")


# A list line's title, up to its comma or parenthesis: "Survive, a plane-crash drama with ..."
_LINE_HEAD = re.compile(r"[ \t]*([A-Z0-9“\"‘'][^,(\n]{0,60}?)(?:,|[ \t]+\()[ \t]")
# A list's intro line that dates the entries under it ("The original series available on day
# one, Nov. 12:"), and the entries' bullets
_DATED_INTRO_LINE = re.compile(rf"[^\n]{{0,140}}\b(?:{cues.DATED_INTRO_WORDS})\b[^\n]{{0,60}}"
                               r"(?:\d|day|fall|autumn|spring|summer|winter|midseason|mid-season)[^\n]{0,20}:[ \t]*"
                               r"(?:\n|$)")  # ("Six original series will be waiting on Nov. 1:",
# "Several new shows are due this fall:")


# A heading that is a day alone, over the titles that arrive that day ("Friday, Feb. 11",
# "Available Aug. 1")
_DAY_ONLY = re.compile(rf"\s*(?:(?:available|coming|arriving|streaming|new|premiering)[ \t]+"
                       rf"(?:on[ \t]+)?)?(?:{P.ANY_WEEKDAY},?[ \t]+)?{P.ANY_MONTH}[ \t]+"
                       r"\d{1,2}(?:st|nd|rd|th)?:?\s*", re.IGNORECASE)


def _dated_list_lines(text: str, low: str, blocks: list[Block], index: int) -> list[int]:
    """Where the entries of a list under a dated intro begin, past their bullets: the lines
    after the intro in its block, or a bullet's block under it."""
    block = blocks[index]
    if _DATED_INTRO_LINE.match(low, block.start, block.end) is not None:
        found = []
        at = text.find("\n", block.start, block.end) + 1
        while 0 < at < block.end:
            bullet = BULLET.match(text, at, block.end)
            if bullet is not None:
                found.append(bullet.end())
            at = text.find("\n", at, block.end) + 1
        return found
    bullet = BULLET.match(text, block.start, block.end)
    if bullet is None:
        return [start for start, _ in block_lines(text, block) if not text[start].isspace()] \
            if dated_intro_above(text, low, blocks, index) else []
    above = index - 1
    while above > 0 and BULLET.match(text, blocks[above].start, blocks[above].end):
        above -= 1  # (past the list's lines above it)
    intro = blocks[above] if above > 0 else None
    return [bullet.end()] if intro is not None and "\n" not in text[intro.start:intro.end] and \
        _DATED_INTRO_LINE.fullmatch(low, intro.start, intro.end) is not None else []


def _day_heading_lines(text: str, blocks: list[Block], index: int) -> list[int]:
    """Where the lines of a paragraph under a heading that is a day alone begin ("Friday, Feb.
    11" over "Inventing Anna, Series Premiere. Julia Garner plays ..." and "Love Is Blind,
    Season 2"); not a night's "8 PM Survivor (CBS)", led by its hour."""
    above = index - 1  # (past the lines above it in the same paragraph, each a block)
    while above > 0 and not blocks[above].heading and \
            "\n\n" not in text[blocks[above].end:blocks[above + 1].start]:
        above -= 1
    if index == 0 or not blocks[above].heading or \
            _DAY_ONLY.fullmatch(text, blocks[above].start, blocks[above].end) is None:
        return []
    return [start for start, _ in block_lines(text, blocks[index]) if text[start].isalpha()]


# What follows a title that leads such a line: its season or a label ("Love Is Blind, Season 2",
# "Inventing Anna, Series Premiere", or its studio and service, "Orange (Telecom Animation Film) -
# Crunchyroll."; an aside in parentheses alone is no sign: "Ali (2001)")
_ENTRY_MARK = re.compile(rf"\s*(?:[,:]\s+(?i:season|series|volume|part|limited|complete|new)\b|"
                         rf"\s+(?i:season)\s+\d|\([^()\n]{{1,30}}\)\s*[-–—]\s+(?:{_NETWORK_NAMES})\b)")


def dated_intro_above(text: str, low: str, blocks: list[Block], index: int) -> bool:
    """Is ``blocks[index]`` a list of two lines or more without bullets ("The Morning Show, a
    drama about ...", "See, Jason Momoa's saga ...") under a paragraph that ends by dating them
    ("Six original series will be waiting on Nov. 1:")?"""
    if index < 2:
        return False
    block, above = blocks[index], blocks[index - 1]
    if BULLET.match(text, block.start, block.end):  # ("Five originals will be ready May 27:"
        while index > 2 and BULLET.match(text, blocks[index - 1].start, blocks[index - 1].end):
            index -= 1  # over "- Love Life, an anthology ..." lines, a block each)
        above = blocks[index - 1]
    elif low.count("\n", block.start, block.end) < 1:
        return False
    if block.heading or above.heading or "\n" in low[above.start:above.end].strip():
        return False
    sentence = _sentence_floor(text, above.start, above.end)
    return _DATED_INTRO_LINE.fullmatch(low, sentence, above.end) is not None


def block_lines(text: str, block: Block) -> list[tuple[int, int]]:
    """(start, end) of each line of ``block`` that has words."""
    spans, at = [], block.start
    for stop in [i for i in range(block.start, block.end) if text[i] == "\n"] + [block.end]:
        if text[at:stop].strip():
            spans.append((at, stop))
        at = stop + 1
    return spans


_EPISODE_NAME = re.compile(r"(?:Ep|Eps|Episode|Episodes|Chapter|Part)\.?\s*\d{1,3}|"
                           r"(?:Slide|Photo|Image|Picture)\s+\d{1,3}(?:\s+of\s+\d{1,3})?")  # (a gallery's "Slide 2 of 14")
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z0-9“\"‘'])")
_DATELINE_DASH = re.compile(r"[ \t]+(?:—|–|--)[ \t]+[A-Z]")


def lead_titles(text: str, blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """{block index: title span} for the paragraphs led by a title alone, when three or more
    paragraphs of the article are ("The Penguin. Colin Farrell's Oz Cobb gets his own ...")."""
    found, asked, dated = {}, {}, {}
    for i, block in enumerate(blocks):
        if i == 0 or block.heading or block.label:
            continue
        slot = _SLOT_LABEL.match(text, block.start, block.end) or \
            BULLET.match(text, block.start, block.end) or \
            _NUMBERED_ITEM.match(text, block.start, block.end) or \
            SPEAKER_TURN.match(text, block.start, block.end)  # ("8 p.m., ABC: NCIS. The ...", "• ",
        # a listicle's "1. DuckTales. Disney's reboot ...")
        at = slot.end() if slot else block.start
        m = (QUOTED_LEAD if text[at:at + 1] in ('"', "“") else _LEAD_TITLE).match(text, at, block.end)
        # ('"The Deuce" (N), HBO, 9 p.m. David Simon ...': a newspaper's quoted title)
        colon = text.find(":", m.start("title"), m.end("title")) if m is not None else -1
        if m is not None and m.group("network") is not None and \
                show_key(m.group("network")) not in T.NOT_SHOWS:
            m = None  # (the words after the comma are where it airs, or it is no title)
        if m is not None and i <= 2 and m.group("title").isupper() and \
                _DATELINE_DASH.match(text, m.end("title")):
            m = None  # "SEOUL — The new year is off to a crowded start": the story's dateline
        if m is not None and m.groupdict().get("outlet") is not None and \
                show_key(m.group("outlet")) not in T.NOT_SHOWS:
            m = None  # ("Ben 10 (Cartoon Network) A ten-year-old ...": a network, not an aside)
        if m is not None and T.title_like(m.group("title")) and \
                not T.is_person(text, m.start("title"), m.end("title")) and \
                not T.speaker_label(text, m.start("title"), m.group("title").rstrip(": ")) \
                and not (colon >= 0 and _TV_VALUE.match(text.lower(), colon)
                         and not _SERIES_SUBTITLE.fullmatch(text, colon, m.end("title"))):
            found[i] = m.span("title")  # (not "Tracker: Renewed.", but "Selena: The Series.")
            labelled = _SEASON_LABEL_TAIL.search(text, *found[i])
            if labelled is not None:
                found[i] = (found[i][0], labelled.start())  # "Better Call Saul: Season Two (Sony,
                # DVD and Blu-ray).": the show, then which season the paragraph is about
            heading = blocks[i - 1]
            if heading.heading and _DAY_HEADING.fullmatch(text, heading.start, heading.end):
                dated[i] = found[i]  # "Friday, July 8" over "Black Bird. Dennis Lehane ..."
        q = _ASKED_TITLE.match(text, block.start, block.end)
        if q is not None and T.title_like(q.group(1)):
            asked[i] = q.span(1)  # "What wasn't on the list? Euphoria. HBO has yet to ..."
    if len(found) >= 3 and all(text[s:e].isupper() for s, e in found.values()) and \
            not any(_written_otherwise(text, text[s:e]) for s, e in found.values()):
        found = {i: (s, e) for i, (s, e) in found.items() if not _notes_label(text[s:e])}
        if len(found) < 3:
            found = {}  # "CASTING. Speaking of Big Little Lies: ...", "A LITTLE LATER. Showtime
            # has moved ...": a notes column's labels in capitals, not titles (but "TWISTED
            # METAL. Peacock's adaptation ..." beside "The first Twisted Metal came out ...",
            # and "ALIAS.", "SMALLVILLE.", "ANGEL." over what each show has coming: titles)
    if len(found) >= 2:
        foreign = {}
        for i, block in enumerate(blocks):
            if i == 0 or i in found or block.heading or block.label:
                continue
            slot = BULLET.match(text, block.start, block.end) or \
                _NUMBERED_ITEM.match(text, block.start, block.end)
            m = _FOREIGN_LEAD.match(text, slot.end() if slot else block.start, block.end)
            if m is not None and T.sentence_case_title(m.group("title")) and \
                    not _SEASON_WORD.search(m.group("title")) and \
                    not T.speaker_label(text, m.start("title"), m.group("title")):
                foreign[i] = m.span("title")  # "Sangre de mi tierra (Blood of My Land) — A
                # new novela ..." among "Falsa Identidad — ..." entries
        if len(found) + len(foreign) >= 3:
            found.update(foreign)
    return {**(found if len(found) >= 3 else dated if len(dated) >= 2 else {}), **asked}


# A list's line led by a title, then what it is: "- Rossella, a period melodrama ..., has been
# given Tuesday, 25 October."
_BULLET_APPOSED = re.compile(r"[ \t]*(?:[-–—•*▪◦·]|\d{1,2}[.)])[ \t]+(?P<title>[A-Z“\"‘'][^,\n:()]{1,60}?),[ \t]+"
                             r"(?=(?:a|an|the|with|in\s+which|whose|which|starring)[ \t])")
# A paragraph led by a title in another language's sentence case, then its translation in
# parentheses perhaps, then a stop or a dash: "Luis Miguel: la serie. Netflix is now ...",
# "¿Quién mató a Sara? (Who Killed Sara?). A revenge thriller ..."
_FOREIGN_LEAD = re.compile(r"[ \t]*(?P<title>[¿¡]?[A-Z][^\s.!?()—–]*(?:[ \t]+[^\s.!?()—–]+){0,7}?[?!]?)"
                           r"(?:[ \t]+\([^()\n]{1,40}\))?(?:(?:\.[ \t]+|[ \t]+[—–-][ \t]+)(?=[A-Z“\"‘'])|"
                           r",[ \t]+(?=(?:a|an|the|with|in\s+which|whose|which)[ \t]))")  # ("- Un posto al
# sole, the Naples daily on Rai Tre, begins ...": a list's line, its title then what it is)


# A notes column's label in capitals: a place in it ("ON THE CALENDAR", "HERE IT COMES", "A
# LITTLE LATER"), a beat ("CASTING", "TELEVISION", "THE BOOKS") or a status ("RENEWED")
_NOTES_LABEL = re.compile(r"(?:ON|IN|AT|NOT|HERE|THERE|A|AN|ALSO|MORE|STILL|NOW|NEXT|LATER|ELSEWHERE|"
                          r"MEANWHILE|FINALLY|PLUS|AND|BUT|SO|WHAT|WHO|WHY|HOW|WHEN)\b.*|"
                          r"(?:THE\s+)?(?:CASTING|TELEVISION|TV|MUSIC|BOOKS?|ART|ARTS|FILMS?|MOVIES?|"
                          r"GAMES?|PEOPLE|THEATER|THEATRE|RADIO|PODCASTS?|STREAMING|RATINGS|"
                          r"BUSINESS|DEALS?|NEWS|RUMORS?|NOTES?|BRIEFLY|QUICK\s+HITS|RENEWED|"
                          r"CANCELL?ED|SHUT\s+DOWN|ON\s+SCHEDULE|DELAYED|SYNDICATION(?:\s+AND\s+DAYTIME)?|"
                          r"DAYTIME|LATE\s+NIGHT|SPORTS|KIDS|DOCUMENTARIES|REALITY|SEASON\s+\w+\s+BOOKINGS)")


# ... or a headline of its own: "CBS WINS AGAIN", "J.R. RIDES AGAIN", "DRAGONS IN JUNE"
_LABEL_WORDS = re.compile(rf"\b(?:AGAIN|UP|DOWN|OUT|BACK|OFF|BEGINS|ENDS|WINS|RIDES|COMES|GOES|SIGNS?|"
                          rf"RETURNS|MOVES|SHIFTS|GETS|MAKES|TAKES|LANDS|SOON|TOO|(?i:{P.ANY_MONTH}|{P.ANY_WEEKDAY}))\b")


def _notes_label(name: str) -> bool:
    """Is a paragraph's label in capitals a notes column's rather than a title?"""
    return _NOTES_LABEL.fullmatch(name) is not None or _LABEL_WORDS.search(name) is not None or \
        show_key(name) in T.NOT_SHOWS or full_person_name(from_capitals(name))


def _written_otherwise(text: str, name: str) -> bool:
    """Is ``name``, in capitals, also written in the text with small letters ("Twisted Metal")?"""
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return any(not m.group().isupper() and m.group()[:1].isupper() for m in pattern.finditer(text))


# A guide's heading that is a day and nothing else: "Friday, July 8", "March 11", "THURSDAY"
_DAY_HEADING = re.compile(rf"[ \t]*(?:(?i:{P.ANY_WEEKDAY}),?[ \t]*)?(?:(?i:{P.ANY_MONTH})\.?[ \t]+\d{{1,2}}|"
                          rf"(?i:{P.ANY_WEEKDAY}))[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*")


# A listing's time slot and network before its title: "8 p.m., ABC: ", "10:00 (CBS): "
_SLOT_LABEL = re.compile(rf"[ \t]*(?:(?i:{P.ANY_WEEKDAY}),?[ \t]+)?{SLOT_TIME}(?:,?[ \t]*\(?[A-Z][\w+&.-]*(?:[ \t]+[A-Z][\w+&.-]*){{0,2}}\)?)?"
                         rf"(?::|[ \t]+[—–-])[ \t]+|"  # (or "8 p.m. — The Voice. ...", a panel's
                         # "Thursday, 11:30 a.m. - Chuck. The cast ...")
                         rf"[ \t]*\d{{1,2}}:\d\d,[ \t]*[A-Z][\w+&-]*(?:[ \t]+[A-Z][\w+&-]*){{0,2}}\.[ \t]+(?=[A-Z\"“])")
# (a grid's "9:00, Fox. Sleepy Hollow (new). Ichabod Crane ...": the hour and the network)
_ASKED_TITLE = re.compile(r"[^.?!\n]{3,80}\?\s+((?:The\s+|A\s+)?[A-Z0-9][\w’'&!:-]*(?:\s+(?:[A-Z0-9][\w’'&!:.-]*|"
                          r"of|the|and|in|on|a|&)){0,7}?)(?=\.\s+[A-Z“\"‘'])")


_LINE_OPENS_WITH = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*▪◦·][ \t]+|\d{1,2}[.)/][ \t]*)?$")
_POSSESSIVE_NEXT = re.compile(r"['’]s?\s")


_DATED_VALUE = re.compile(rf":\s+(?:(?i:also|now|still)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:(?i:{P.ANY_MONTH}|"
                          rf"{P.ANY_WEEKDAY})|(?i:spring|summer|fall|autumn|winter|midseason|tba|tbd|"
                          r"next|this|later|coming)\b|(?:19|20)\d\d\b)")


def _bulleted_labels(text: str, low: str, block: Block,
                     add: Callable[[tuple[str, int, int] | None], None]) -> None:
    """The titles that label a block's bulleted lines, three or more of them ("• The Walking
    Dead: Season 7 premieres Sunday, Oct. 23", "• Westworld: HBO set the ... for Oct. 2")."""
    lines = []
    at = block.start
    while at < block.end:
        stop = text.find("\n", at, block.end)
        stop = block.end if stop < 0 else stop
        bullet = BULLET.match(text, at, stop)
        item = _LIST_ITEM.match(text, bullet.end(), stop) if bullet is not None else None
        if item is not None and text[item.end("title"):item.end("title") + 1] == ":" and \
                _title_label(text, item):
            lines.append(item)
        at = stop + 1
    if len(lines) < 3:
        return
    for item in lines:
        line_end = text.find("\n", item.end(), block.end)
        if _TV_CUE.search(low, item.end(), block.end if line_end < 0 else line_end) or \
                _TV_VALUE.match(low, item.end("title")) or \
                _DATED_VALUE.match(text, item.end("title")):  # ("• Loki: also spring 2021")
            add(_name_at(text, T._trim_words(text, *item.span("title"))))


_SENTENCE_END = re.compile(r"(?:(?<![A-Z])[a-z]{2}|[A-Z]{2}|[0-9)]|\b[ap]\.m)[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")  # (not "No. 1", "Sept. 26")


def _sentence_floor(text: str, start: int, end: int) -> int:
    """``start``, or past the last sentence end in ``text[start:end]`` if there is one."""
    for m in _SENTENCE_END.finditer(text, start, end):
        start = m.end()
    return start


def _label_over_person(text: str, span: tuple[int, int] | None, opens: int
                       ) -> tuple[int, int] | None:
    """"• Doctor Who: Peter Capaldi will be back for series 10": a line's title label, then a
    person who is the sentence's subject, stands for the show."""
    if span is None or span[0] != opens:
        return span
    colon = text.find(": ", span[0], span[1])
    person = text[colon + 2:span[1]].split() if colon >= 0 else []
    if len(person) == 2 and person[0].lower() in vocab.FIRST_NAMES and person[1][:1].isupper():
        return span[0], colon
    return span


def _past_item_label(text: str, span: tuple[int, int] | None, opens: int, start: int
                     ) -> tuple[int, int] | None:
    """A span that starts with a digest item's "Title: " label (after the item's marker and
    label in capitals, which begin at ``start``), without the title."""
    if span is None or span[0] != opens or opens == start:
        return span  # (not "8-1-1: Denver season 2", "Avatar: The Last Airbender's")
    colon = text.find(": ", span[0], span[1])
    return span if colon < 0 else (colon + 2, span[1])


def _entry_start(text: str, start: int, end: int) -> int:
    """Where a list line's entry begins: past a digest's marker and label (`titles.item_start`), or
    past its bullet ("• Luke Cage: Netflix ...")."""
    opens = T.item_start(text, start, end)
    bullet = BULLET.match(text, opens, end) if opens == start else None
    if opens == start and bullet is None and (emoji := EMOJI_BULLET.match(text, start, end)) and \
            DASHED_ITEM.match(text, emoji.end(), end):
        return emoji.end()  # ("⚔️ SHŌGUN — FX/Hulu, Feb 27", "🚀 LOST IN SPACE — the reboot drops ...")
    return bullet.end() if bullet is not None else opens


def _title_label(text: str, lead: re.Match[str]) -> bool:
    """Is a line's label ("Nobody Wants This:") written like a title, and not a field name
    ("Release date:", "Where to watch:")?"""
    return _TITLE_LABEL.fullmatch(text, lead.start("title"), lead.end("title")) is not None and \
        not _FIELD_LABEL.search(text, lead.start("title"), lead.end("title"))


# What a labeled list's line says of its title: a season, a date, a renewal or an ending.
_TV_CUE = re.compile(r"\b(?:season|series|premieres?|debuts?|returns?|returning|arrives?|lands?|"
                     r"drops?|renewed|renewal|cancell?ed|ended|ending|confirmed|order)\b")


def _has_any(low: str, block: Block, words: tuple[str, ...]) -> bool:
    """Does the block hold one of ``words``? (str.find: far cheaper than a regex scan, to
    skip the scans of cues a paragraph cannot contain)."""
    return any(low.find(word, block.start, block.end) >= 0 for word in words)


# "The first novel in James S.A. Corey's space-opera series, X": the series is the books'
_BOOK_OF_A_SERIES = re.compile(r"(?:novel|book|comic|manga|game)s?\s+(?:in|of)\s+(?!the\s+(?:series|show)\b)")
_SHOW_WORD = re.compile(r"\b(?:series|show|anime|adaptation|freshman|sophomore|rookie|"
                        r"comedy|drama|sitcom)\b")


FULL_NAME = re.compile(r"[A-Z][a-z’'-]+ [A-Z][a-z’'-]+")  # a person's "First Last"


def _label_owns(text: str, span: tuple[int, int] | None, label_end: int) -> bool:
    """In an entry led by its title (a list's "Title:" label, or a title leading each of a list's
    paragraphs) that ends at ``label_end``, is ``span`` the possessor of a season ("HBO's
    second season", "Donald Glover's second season") that is a network or a person, so that
    the season is the leading title's?"""
    if span is None or label_end < 0 or span[1] <= label_end:
        return False
    name = text[max(span[0], label_end + 2):span[1]]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    elif not text.startswith(("'s", "’s"), span[1]):
        return False
    return show_key(name) in T.NOT_SHOWS or FULL_NAME.fullmatch(name) is not None and (
        span[0] > label_end or full_person_name(name))  # (a "First Last" apart from the label
    # is the label's star: "Jessica Jones: Netflix has Krysten Ritter's second season down")


def full_person_name(name: str) -> bool:
    """"First Last" with a common given name first ("Jonathan Nolan", "Charlie Cox"), or with
    initials ("J.K. Simmons", "J. J. Abrams")."""
    return FULL_NAME.fullmatch(name) is not None and name.split()[0].lower() in vocab.FIRST_NAMES \
        or _INITIALS_NAME.fullmatch(name) is not None


_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){2,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A headline's label before a colon: "Fall 2025 Anime Preview: ...", "Syfy at Comic-Con: ..."
_HEADLINE_LABEL = re.compile(
    r"[^:]*\b(?:TV|Preview|Guide|Roundup|Round-Up|Recap|Calendar|News|Update|Comic-Con|Upfronts?|"
    r"This\s+(?:Week|Weekend|Summer|Fall|Autumn|Spring|Winter|Month|Year)|(?:19|20)\d\d)\b[^:]*:\s+"
    r"(?=[A-Z0-9“\"‘'])")
# A sentence that opens on a season with no title ("The third season, ...", "Its second
# season", "The hospital drama's 20th season") and the words that end the sentence before on
# the show it is of ("... was X.")
_SHOW_SEASON_OPENS = re.compile(r"The\s+(?:[\w-]+\s+)?(?:drama|comedy|sitcom|series|show|thriller)['’]s\s+"
                                r"(?:\w+|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)\b")
_SEASON_OPENS = re.compile(rf"(?:The|Its)\s+(?:\w+|\d{{1,2}}(?:st|nd|rd|th))\s+(?:season|series)\b|"
                           rf"{_SHOW_SEASON_OPENS.pattern}")
# A paragraph's first sentence whose subject is a title, before one that opens on its season
_SUBJECT_OPENS = re.compile(r"[ \t]*((?:The\s+)?[A-Z][\w’'&!.:-]*(?:\s+(?:[A-Z0-9][\w’'&!.:-]*|of|the|and|in|on|a|&)){0,6})"
                            r"\s+(?:is|was|remains|has\s+been|looks|seems|sits|has\s+the)\s")
_PLACE_LED = re.compile(r"(?:Over\s+on|Over\s+at|Elsewhere\s+on|Across\s+on|On|At|Over)\s+")
_PARTS_LISTED = frozenset(("episodes", "instalments", "installments", "chapters", "films",
                           "movies", "specials", "novels", "books"))
_CAPITALIZED_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s+$")
_SEASON_VOLUME_TAIL = re.compile(r"\s+\d{1,2}\s+(?:Volume|Vol\.|Part)\s+(?:\d|One|Two|Three|I{1,3})$")
# "Making a Murderer Part 2": a documentary's second season (not "The Final Season Part 2", a
# season's own half)
_PART_TAIL = re.compile(r"(?<=[a-z])\s+Part\s+(?:[2-9]|Two|Three|Four|Five)$")
_SEASON_WORD_IN_NAME = re.compile(r"\b(?:Season|Series|Chapter|Cour|Volume)\b")
_COPULA_BEFORE = re.compile(r"\b(?:is|was)\s+$")
_ROLE_APPOSED = re.compile(r"[”\"’']?,\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:co-?)?(?:creator|star|showrunner|"
                           r"director|writer|producer|host|actor|actress|author|novelist)\b")
_BACK_IN_PLACE = re.compile(r"\s+(?:is|are)\s+back\s+(?:(?:on|in|at|behind)\s+(?:the|a|an|his|her|their)\s+[a-z]|"
                            r"in\s+charge\b|as\s+(?:showrunner|host|head\s+writer)\b)")  # ("Dan Harmon is
# back in charge for its fifth season": the showrunner)
# "Madhouse confirmed that the second season will premiere ...": a maker's word on a season
# of the title the sentence before ended on
_ITS_SEASON_IN = re.compile(r"[ \t]*(It|[A-Z][\w+&.]*(?:\s+[A-Z][\w+&.]*)?)\s+(?:[a-z]+\s+){1,2}its\s+"
                            r"(?:\w+|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)\b")
_SEASON_TOLD = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?:has\s+|have\s+)?(?:confirmed|said|announced|revealed)"
                         r"\s+(?:that\s+)?the\s+(?:\w+|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)\b")
_NAMED_LAST = re.compile(r"\b(?:was|went\s+to|goes\s+to|belongs\s+to|(?:longer|shorter|over|news|wait)\s+for)\s+$")
_PART_TOLD_BEFORE = re.compile(r"\b(?i:part|cour|arc|volume|vol\.)\s+(?:\w+),\s*[“\"‘']?$")
_PLACE_BEFORE = re.compile(r"\b(?:at|inside|outside|near)\s+the\s+$")
_TIME_ZONE_NAME = re.compile(r"(?:Eastern|Pacific|Central|Mountain|Atlantic)(?:\s+Time)?")
_INITIAL_LAST = re.compile(r"\s[A-Z]$")
_SURNAME_AFTER_INITIAL = re.compile(r"\.\s+[A-Z][a-z]")
_AUXILIARY = re.compile(r"Will|Would|Does|Do|Did|Is|Are|Was|Can|Could|Should|Has|Have")
_WH_WORD_BEFORE = re.compile(r"\b(?:What|When|Where|Why|How|Who|Which)\s+$")
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.m\.|[ap]m|noon|midnight)\s+$", re.IGNORECASE)


_GLOSS_BEFORE = re.compile(r"\b(?:(?:name|title|word|term)s?\s+(?:\w+\s+){0,2}(?:means|translates\s+(?:as|to))|"
                           r"meaning|translated\s+as|literally)\s+[“\"‘']$")
_SPEAKER_BEFORE_QUOTE = re.compile(r"\b(?i:chief|executive|exec|president|boss|head|ceo|chair|chairman|"
                                   r"chairwoman|showrunner|creator|producer|star|director|host|says|said)"
                                   r"\s*:\s*[“\"‘']$")
_OWN_LANGUAGE_ALIAS = re.compile(r"[\"”’']\s*\(\s*[\"“‘']$")


_QUESTION_OPENER = re.compile(r"(?:(?:When|Where|What|Why|How)\s+(?:is|are|does|do|will|was|did|about)|"
                              r"(?:What|When|Where)['’]s|And|So|Is|Are|Will|Does|Did|Has|Any\s+news\s+on)\s+")
_OWNER_AT = re.compile(r"((?:The\s+)?[A-Z][\w&:-]*(?:\s+(?:[A-Z][\w&:-]*|of|the|and|in|on)){0,5})['’]s\s+[a-z]")
_ASKED_RELEASE_NEXT = re.compile(r"\s+(?:(?:coming|come)\s+(?:out|back)|premier(?:e|ing)|start(?:ing)?|"
                                 r"return(?:ing)?|air(?:ing)?|released?|back|on\s+(?:this\s+year)?\?)")
# (a subheading's question, "When is Landman coming out?", names a one-word title by its verb)
_ASKED_SUBJECT_NEXT = re.compile(r"(?:['’]s)?\s+(?!(?:and|or)\b)[a-z]")  # (its verb: "Kestrel Point
# stopped"; or its season: "The Crown's final season")


_DATED_NAME = re.compile(rf"\s[-–—]\s+(?i:{P.ANY_MONTH})\s+\d{{1,2}}\b|\bS\d{{1,2}}\s?E\d{{1,3}}$")  # (and
# "GOT S6 E1", an episode's code in a listing)


def collect_titles(text: str, blocks: list[Block], phrases: SeasonPhrases | None = None,
                   leads: dict[int, tuple[int, int]] | None = None,
                   labels: dict[tuple[int, int], str] | None = None,
                   checked: list[tuple[int, int, int]] | None = None) -> Titles:
    """Pass one: the titles an article introduces, and how. ``phrases``, ``leads``, ``labels``
    and ``checked``: the article's season phrases, `lead_titles`, `recurring_labels` and
    `checked_claims`, when the caller has found them already."""
    shows: dict[str, str] = {}
    other: dict[str, str] = {}
    strong: set[str] = set()
    exact: set[str] = set()
    possessive: list[tuple[int, int] | None] = []
    owners: set[str] = set()  # titles only ever seen as "X's Nth season"
    weak_source = exact_source = False
    label_titles = 0  # paragraphs led by "Title: ..."
    day_labels: list[tuple[int, int]] = []  # ... and those led by a weekday's name

    def add(found: tuple[str, int, int] | None, adapted: bool = False) -> None:
        """``adapted``: the title is a book or manga said to be getting a series."""
        if found is None:
            return
        name, s, e = found
        if (s, e) in fields or s in label_starts or any(s - start <= 1 and end - e <= 4 for start, end, _ in claims):
            return  # "Chart: Sept. 5." in paragraph after paragraph: a form's field, and the
            # words of the claim it quotes ('The list: "Pushed to 2024."')
        owner = _PERSON_OWNER.match(name) if not exact_source else None  # (a quoted
        # "Cooper Barrett's Guide to Surviving Life" keeps its possessive)
        if owner is not None:  # "Shonda Rhimes' Scandal": the creator's name is no part of it
            name, s = owner.group("title"), s + owner.start("title")
        volume = _SEASON_VOLUME_TAIL.search(name) or (
            _PART_TAIL.search(name) if ":" not in name and not _SEASON_WORD_IN_NAME.search(name) else None)
        if volume is not None:  # "Stranger Things 4 Volume 1": the show, its season and part
            name, e = name[:volume.start()], s + volume.start()
        if _DATED_NAME.search(name):
            return  # '"STRANGER THINGS 3 - JUNE 14"': a poster's words, its title and a date (or
            # an episode's code)
        if _EPISODE_NAME.fullmatch(name) or name in ("Pilot", "The Pilot"):
            return  # "Ep 1 drops in the spring": a web series' first episode, not its name
            # ("Pilot airs Tue 1/20": the show's first episode)
        if _MEDIUM_IN_NAME.search(name):
            other.setdefault(show_key(name), name)  # "Arcane: The Official Podcast", "The Art
            return  # and Making of X": a podcast's or a book's own name
        if not weak_source:
            strong.add(show_key(name))
        before = text[max(0, s - 60):s]
        before = before[before.rfind("\n") + 1:]  # (not the headline's "special details")
        key = show_key(name)
        medium_after = not adapted and cues.OTHER_MEDIUM_AFTER.match(text, e, e + 60)
        if not adapted and _FILMS_INTRO.search(text, max(0, s - 200), s):
            other.setdefault(key, name)  # "Films round out the holiday schedule: the airport
            return  # thriller Carry-On arrives Dec. 13, and ..."
        medium = None if adapted else cues.OTHER_MEDIUM_BEFORE.search(before)
        if not adapted and (medium_after or medium or _MEDIA_INCLUDING.search(before)):
            if (not _SHOW_WORD.search(before[-25:]) or medium is not None
                    and _BOOK_OF_A_SERIES.match(medium.group())) and \
                    (medium_after or not _ADAPTATION_OF.search(before)):
                # ("an adaptation of Y's manga, X"; but "an adaptation of Martin's *A Song of
                # Ice and Fire* novels" names the books)
                other.setdefault(key, name)
                return
        quote = max(text.rfind(q, max(0, s - 16), s) for q in QUOTE_OPENERS)  # (where the
        # quoted name began: 'subtitled "New Horizons"' is kept as "Horizons")
        if (_EPISODE_BEFORE.search(text, max(0, s - 30), s) or quote >= 0 and
                _EPISODE_BEFORE.search(text, max(0, quote - 30), quote + 1)) and \
                not _WHOLE_RUN_AFTER.match(text, e):
            return  # 'The premiere, "Seed," picked up ...': an episode's title (but 'rewatching
            # "Game of Thrones" from the beginning' is the whole show)
        if _PART_TOLD_BEFORE.search(text, max(0, (quote if quote >= 0 else s) - 24),
                                    quote + 1 if quote >= 0 else s):
            return  # 'Bleach: Thousand-Year Blood War part three, "The Conflict,"': a part's name
        if quote >= 0 and _SEASON_OPENS_WITH.search(text, max(0, quote - 160), quote + 1):
            return  # 'The fourth series is scheduled to premiere on 1 January with "The Six
            # Thatchers"': the season's first episode
        if _SETTING_BEFORE.search(text, max(0, s - 16), s):
            return  # "the British drama set in New Orleans": a place
        if not exact_source and _PLACE_BEFORE.search(text, max(0, s - 12), s):
            return  # "the singer's early years at the Cavern Club": a place
        if _TIME_ZONE_NAME.fullmatch(name) and _CLOCK_BEFORE.search(text, max(0, s - 12), s):
            return  # "at 9 p.m. Eastern": the time zone
        if _SEASON_AS_ROLE.match(text, e) and name.split()[0].lower() in vocab.FIRST_NAMES:
            return  # "Jodie Whittaker's debut season as the Doctor": the star's season
        if _INITIAL_LAST.search(name) and _SURNAME_AFTER_INITIAL.match(text, e) and \
                name.split()[0].lower() in vocab.FIRST_NAMES:
            return  # "the return of Michael J. Fox to series television": a person, cut at
            # the initial
        if _AUXILIARY.fullmatch(name) and _WH_WORD_BEFORE.search(text, max(0, s - 8), s):
            return  # "What Will Season 2 Be About?": a question's verb
        if _VENUE_BEFORE.search(text, max(0, s - 20), s):
            other.setdefault(key, name)  # 'premieres Sunday, Jan. 1, at 9 p.m. on "Masterpiece
            return  # Mystery!"': where it airs, a channel or a strand
        if _PLAYS_BEFORE.search(text, max(0, s - 16), s) or _NUMBER_ONLY.fullmatch(name):
            return  # "Jon Gries will reprise Greg": a character; "6,500 fans": a number
        played_by = _PLAYED_BY_AFTER.match(text, e) if " " not in name else None
        if played_by is not None and show_key(played_by.group(1)) not in T.NOT_SHOWS:
            return  # "the return of Ben (Jaren Lewison)": a character and the actor who plays him
        if _DEMONYMS.fullmatch(name):
            return  # "a largely Chinese-Australian cast": who they are, not a title
        if _PART_ONLY.fullmatch(name):
            return  # 'so "Season 3 Part 2" is still season 3': a part's name, not a show's
        if _COMPANY_NAME.search(name):
            other.setdefault(key, name)  # "the Duffers' Upside Down Pictures": a company
            return
        if _EVENT_NAME.search(name) or _SPECIAL_NAME.search(name):
            other.setdefault(key, name)  # "the Winter Olympics", "the 67th Primetime Emmy Awards",
            return  # "The Guardians of the Galaxy Holiday Special"
        opener, _, rest = name.partition(" ")
        if rest and opener.lower() in T.LEADING_NOISE and show_key(rest) in T.NOT_SHOWS:
            return  # "After ABC cancelled the thriller, Netflix rescued it": a clause's opening
        if " and " in name or " & " in name:
            parts = [show_key(p) for p in re.split(r"\s+(?:and|&)\s+", name)]
            if all(p in T.NOT_SHOWS for p in parts):
                return  # "The BBC and HBO ordered a second series": two networks
            if " and " in name and all(full_person_name(p) for p in name.split(" and ")):
                return  # "brings back Jennie Garth and Shannen Doherty in supporting roles": people
        if key and key not in T.NOT_SHOWS:
            if key not in shows or (exact_source and key not in exact) or (
                    key not in exact and name.startswith("The ")
                    and not shows[key].startswith("The ")) or (
                    shows[key].isupper() and not name.isupper()):  # not "OUTLANDER" if we can
                shows[key] = display_name(name)  # a quoted form wins, then one with "The"
            if exact_source:
                exact.add(key)

    low = text.lower() if len(text.lower()) == len(text) else text
    described_keys: set[str] = set()  # titles an apposition calls a show ("Ariel, the animated
    # series that ..."): no given name, whoever else bears it
    calendar = any(cues.PREMIERE_HEADING.search(text, b.start, b.end)
                   for i, b in enumerate(blocks) if b.heading or i == 0) or \
        sum(1 for b in blocks if not b.heading and (dated := DATED_LINE.match(text, b.start, b.end))
            and "/" not in dated.group()) >= 3 or \
        sum(1 for b in blocks if (row := TABLE_ROW.match(text, b.start, b.end)) is not None
            and _ROW_DAY.search(text, row.start(), text.find("\n", row.end()) % (len(text) + 1))) >= 3
    # (three paragraphs or more led by a month's day are a calendar, however it is headed:
    # "Netflix in November: The Complete List" over "Oct. 30 — The Witcher: Season 4. ..."; not
    # a slideshow's "1/10 - Pictured: ..."; so are three table rows that give a month's day,
    # "Black Clover | Studio Pierrot | Crunchyroll | Tuesday, October 3")
    if phrases is None:
        phrases = SeasonPhrases(text, low)
    # A list of "Title: what happens to it" paragraphs ("Wednesday: Season 3 is confirmed.",
    # "The Diplomat: Season 3 ... arrives Oct. 16."): three such labels or more
    labeled_list = sum(1 for b in blocks if not b.heading and _LABEL_MARK.search(
        text, b.start, min(b.end, b.start + 76)) is not None and (  # (a cheap test first)
        (item := _LIST_ITEM.match(text, _entry_start(text, b.start, b.end), b.end)
         or _NETWORK_PAREN_ITEM.match(text, _entry_start(text, b.start, b.end), b.end)) is not None
        and item.group("title")[-1:] != " "
        and _title_label(text, item))) >= 3
    if leads is None:
        leads = lead_titles(text, blocks)
    fields = recurring_labels(text, blocks) if labels is None else labels
    claims = checked_claims(text, blocks, fields) if checked is None else checked
    checking = {key for (start, end), key in fields.items()  # (the labels of a fact check's
                if any(label == start or 0 < claim - end <= 3 for claim, label, _ in claims)}  # claims
    label_starts = {start for (start, _), key in fields.items() if key in checking}  # and findings)
    for b_index, block in enumerate(blocks):
        weak_source = False
        label_end = -1  # where the title that leads the entry ends, in a list of entries led by
        # their titles ("Westworld: ...", '"Jessica Jones," Netflix. ...')
        if block.heading and furniture(text, block.start, block.end):
            continue  # "By Alexis Nguyen": a byline names no show
        if b_index in leads:
            add(_name_at(text, leads[b_index]))
            label_end = leads[b_index][1]
        day_lines = _day_heading_lines(text, blocks, b_index)
        for at in day_lines or _dated_list_lines(text, low, blocks, b_index):
            lead = _LEAD_TITLE.match(text, at, block.end)
            if lead is not None and T.title_like(lead.group("title")) and \
                    not T.is_person(text, lead.start("title"), lead.end("title")) and \
                    (not day_lines or _ENTRY_MARK.match(text, lead.end("title"))):
                add(_name_at(text, lead.span("title")))  # "- The Mandalorian. The first ..."
                # under "The original series available on day one, Nov. 12:"
            elif (line_head := _LINE_HEAD.match(text, at, block.end)) is not None and \
                    T.grab_right(text, at, line_head.end(1)) == line_head.span(1) and \
                    not T.is_person(text, *line_head.span(1)) and \
                    (not day_lines or _ENTRY_MARK.match(text, line_head.end(1))):
                add(_name_at(text, line_head.span(1)))  # "See, Jason Momoa's post-apocalyptic saga"
            elif day_lines and (aside := _ASIDE_DASH_NETWORK.match(text, at, block.end)) is not None:
                add(_name_at(text, _before_tail(text, *aside.span("title"))))  # "Amanchu!
                # (J.C.Staff) - Crunchyroll. A gentle diving club story ..." under "Saturday, July 2"
        question = answered_question(text, blocks, b_index)
        if question is not None and (question.group() or not title_case(text, block.start, block.end)):
            # (a subheading's question in Title Case, "Will There Be a Season 3?", tells no title
            # by its capitals)
            question_word = _QUESTION_OPENER.match(text, question.end(), block.end)
            at = question_word.end() if question_word else question.end()
            owner = _OWNER_AT.match(text, at, block.end)  # ("Q: The Crown's final season?")
            asked_title = owner.span(1) if owner and T.title_like(owner.group(1)) else \
                T.grab_right(text, at, block.end)
            if asked_title is not None and text[asked_title[1] - 1] == "?":
                asked_title = (asked_title[0], asked_title[1] - 1)
            if asked_title is not None and not T.is_person(text, *asked_title) and (
                    _ASKED_SUBJECT_NEXT.match(text, asked_title[1])
                    or question_word is not None and text.startswith("?", asked_title[1])) and (
                    " " in text[asked_title[0]:asked_title[1]] or re.search(
                        rf"[a-z,]\s+{re.escape(text[asked_title[0]:asked_title[1]])}\b", text)
                    or not question.group() and _ASKED_RELEASE_NEXT.match(text, asked_title[1])):
                # ("Q: When does Game of Thrones come back?", "Q: And Stranger Things?")
                # (one word only if the text names it mid-sentence too: not "Q: Whatever
                # happened to ...", "Q: Please tell me ...")
                add(_name_at(text, asked_title))  # "Q: Kestrel Point stopped in the middle of the
                # series. When does it resume?": the show a reader asks about, with an answer below
        if block.heading and not heads_titled_items(text, blocks, b_index):
            found = heading_show(text, block)
            if found is not None:
                shows.setdefault(found.key, found.name)
        dated = DATED_LINE.match(text, block.start, block.end)
        if dated and calendar:  # "Monday 9/23: The Neighborhood and Poppa's House (new)"
            line_end = text.find("\n", dated.end(), block.end)
            line_end = block.end if line_end < 0 else line_end
            line_end = min(line_end, next((se.end for se in block.sentences  # (the line's
                                           if se.start <= dated.end() < se.end), line_end))
            # first sentence: not "Season 4, centered on Benedict, arrives" after the title)
            # (asides in parentheses blanked out first: "FBI (CBS, season 4) and the
            # brand-new FBI: International (CBS)")
            masked = text[:line_end] if "(" not in text[dated.end():line_end] else \
                text[:dated.end()] + _PAREN.sub(lambda p: " " * len(p.group()),
                                                text[dated.end():line_end])
            films = _FILM_YEAR.search(text, dated.end(), line_end) is not None
            said = _LINE_VERB.search(masked, dated.end(), line_end)
            if said is not None:  # "Nov. 17: The Crown returns for season 3 with Olivia Colman
                line_end = said.start()  # ... and Tobias Menzies as Philip": a sentence, whose
                # subject is the title (not a list of titles)
            paren = text.find("(", dated.end(), line_end)
            one_slot = paren > 0 and _SLOT_PAREN_AT.match(text, paren) is not None and \
                text.find(",", dated.end(), paren) < 0  # ("May 31 — Halt and Catch Fire (10 p.m.,
            # AMC)": one show's slot, so one title, "and" and all)
            for s, e in ([(dated.end(), paren)] if one_slot else
                         _split_coordinated(masked, (dated.end(), line_end))):
                if films:  # "Mar. 1: Casino Royale (2006), Ocean's Eleven (2001), Zodiac":
                    film = _name_at(text, _before_tail(masked, s, e))  # a line of films
                    if film is not None:
                        other.setdefault(show_key(film[0]), film[0])
                    continue
                first = _FIRST_CAPITAL.search(masked, s, e)  # past "the brand-new"
                if first is None or len(masked[s:first.start()].split()) > 2:
                    continue  # (not "which looks back at a young Gibbs": prose, not a title)
                span = _before_tail(masked, first.start(), e)
                tail = _SEASON_NEXT.match(text, span[1])  # ("Sept. 4 – Wednesday: Season 2")
                add(_name_at(text, span) or (_day_named_show(text, span, tail.end())
                                             if tail else None))
        row = TABLE_ROW.match(text, block.start, block.end)
        if row and calendar and any(c.isdigit() for c in text[row.start():block.end]):
            # "Severance | Apple TV+ | Jan. 17": a premiere table's row leads with its title
            # (or "Jan. 5 | Paradise (season 2) | Hulu": the first cell that is not a date)
            row_end = text.find("\n", row.start(), block.end)
            for cell in _CELL.finditer(text, block.start, block.end if row_end < 0 else row_end):
                if not _DATE_CELL.fullmatch(cell.group().strip()) and \
                        not _SLOT_OR_NETWORK_CELL.fullmatch(cell.group().strip()) and \
                        not _FIELD_CELL.match(cell.group()):  # (nor a fact row's "Network: Netflix")
                    # (past a grid's "8:00 | NBC | Community | RETURNING (Season 2) | Sept. 23")
                    add(_name_at(text, _before_tail(text, cell.start(), cell.end())))
                    break
            dated = dated or row
        opens = _entry_start(text, block.start, block.end)  # (past "👽 DATE SET — ", "• ")
        lead = None if dated else _PAREN_LIST_ITEM.match(text, opens, block.end)
        if lead is not None and _SEASON_WORD.search(low, lead.end(), block.end):
            lead = None  # ("Goosebumps: The Vanishing (Disney+): The second season of ...": the
            # season's name after the show's)
        lead = lead or (None if dated else _LIST_ITEM.match(text, opens, block.end)
                        or _NETWORK_PAREN_ITEM.match(text, opens, block.end))
        # ("The Beatles: Get Back (Disney+): Peter Jackson ...": the title runs to its network)
        if lead and _CITY_DATELINE.match(lead.group("title")) and opens == block.start:
            lead = None  # "PASADENA —", "SAN DIEGO, Calif. —": a dateline, not a title (but
            # "☢️ FALLOUT — Prime Video, 4/12": a list's entry past its marker, its title in
            # capitals)
        if lead and FIELD_NAME.match(text, lead.start("title"), lead.end()):
            lead = None  # "Studio: A-1 Pictures": a fact sheet's field
        if lead and (label := _LABEL.match(text, lead.start("title"), block.end)) is not None and \
                label.end() > lead.end("title"):
            lead = None  # "Reboot Report: Quantum Leap Lands Sept. 19": a column's name
        if lead and _SPOKEN.match(text, lead.end(), block.end):
            lead = None  # "Mike White: Pretty much. Once Jennifer agreed, I knew ...": a speaker
        if lead and _SUBTITLE_THEN_LABEL.match(text, lead.end("title")):
            lead = None  # "Cyberpunk: Edgerunners (Netflix anime).": the words after the colon
            # end the title, before its network
        if lead and _MORE_LISTED.search(text, lead.end(), block.end):
            lead = None  # "TV's Revival Boom Keeps Booming: Twin Peaks, Will & Grace and More":
            # a headline's label before the titles it lists
        if lead and not block.heading and (not block.label or _title_label(text, lead) and (
                _TV_VALUE.match(low, lead.end("title"), block.end)  # ("Gen V: The college-set
                or labeled_list and _TV_CUE.search(low, lead.end("title"), block.end))):  # series")
            comma = text.rfind(", ", lead.start("title"), lead.end("title"))
            if comma < 0 or block.label or not text[comma + 2:comma + 3].isupper():
                comma = lead.start("title") - 2  # (but "The Bachelor, season 28: Monday ...")
            tail = _SEASON_TAIL_AFTER.search(text, comma + 2, lead.end("title"))
            span = (T._clean_span if lead.re is _NETWORK_PAREN_ITEM else T._trim_words)(
                text, comma + 2, tail.start() if tail else lead.end("title"))  # ("RuPaul's Drag U
            # (Logo):" keeps its owner: the label is the title as the list gives it)
            # (not "Over in the DC corner, Harbor Lights — the drama ...": the title is the
            # clause's subject)
            if span is not None and not _HEADING_NOT_SHOW.search(text, lead.start("title"),
                                                                  lead.end("title")) and (
                    block.label or _TITLE_LABEL.fullmatch(text, span[0], span[1])) and \
                    not T.speaker_label(text, span[0], text[span[0]:span[1]]):
                # (not "The spinoff Harbor Lights: Low Tide, set ...": a sentence's subject)
                tail = _SEASON_NEXT.match(text, span[1])  # ("Wednesday: Season 3 is confirmed.")
                labelled = _name_at(text, span) or (_day_named_show(text, span, tail.end())
                                                    if tail else None)
                if labelled is not None and _FILM_VALUE.match(text, lead.end("title")):
                    other.setdefault(show_key(labelled[0]), labelled[0])  # "Wonder Woman: Gal
                    labelled = None  # Gadot's standalone film got a trailer": a film's line
                add(labelled)
                if labelled is not None:
                    label_titles += 1
                    label_end = span[1] if labeled_list else -1
                elif text[span[0]:span[1]].lower() in vocab.WEEKDAYS and text.startswith(":", span[1]) \
                        and not _TIME_NEXT.match(text, span[1] + 1):
                    day_labels.append(span)  # "Wednesday: Jenna Ortega said ..." (below)
        for at in [start for start, _ in block_lines(text, block)]:
            date_led = TITLE_DATE_COLON.match(text, at, block.end)
            if date_led is not None and T.title_like(date_led.group("title")):
                add(_name_at(text, date_led.span("title")))  # "Ozark, July 21: Jason Bateman ..."
        for m in (_SEASON_APPOSED_DATE.finditer(text, block.start, block.end)
                  if _has_any(low, block, (", season", ", series")) else ()):
            add(_name_at(text, T.grab_left(text, m.start(), block.start)))  # "I take The Good
            # Place, season three, Thursday, September 27."
        status_led = _STATUS_PAREN_LEAD.match(text, opens, block.end)
        if status_led is not None and not block.heading and T.title_like(status_led.group("title")):
            add(_name_at(text, status_led.span("title")))  # "Gotham (new): The Batman prequel ..."
        slot_led = _SLOT_NETWORK_LEAD.match(text, block.start, block.end)
        if slot_led is not None:  # "* 10 p.m., NBC. Crossing Jordan. NEW. Jill Hennessy ..."
            add(_name_at(text, slot_led.span("title")))
        entry = None if dated else _ASIDE_DASH_DATE.match(text, opens, block.end)
        if entry is not None:  # "3. Goblin Slayer (White Fox) - Sunday, October 7, on Crunchyroll."
            add(_name_at(text, _before_tail(text, *entry.span("title"))))
        led_by = _BULLET_APPOSED.match(text, block.start, block.end)
        if led_by is not None and not T.title_like(led_by.group("title")) and \
                T.sentence_case_title(led_by.group("title")):  # (a title in Title Case is found
            # as a subject already)
            add(_name_at(text, led_by.span("title"), placed=True))  # "- Un posto al sole, the Naples daily
            # on Rai Tre, begins its sixteenth season ...": a list's line, its title first
        if text.count("\n", block.start, block.end) >= 2:
            _bulleted_labels(text, low, block, add)  # "• Luke Cage: Netflix ... confirmed the
            # series arrives Sept. 30" on each line of one block
        for prev, sentence in pairwise(block.sentences):
            its_season = prev is block.sentences[0] and \
                (its_opener := _ITS_SEASON_IN.match(text, sentence.start, sentence.end)) is not None and \
                (its_opener.group(1) == "It" or show_key(its_opener.group(1)) in T.NOT_SHOWS)  # ("The
            # Umbrella Academy has the shortest wait. Netflix releases its third season on ...")
            if (_SEASON_OPENS.match(text, sentence.start, sentence.end) or its_season
                    or _SEASON_TOLD.match(text, sentence.start, sentence.end)) and \
                    cues.RELEASE.search(low, sentence.start, sentence.end):
                stop = len(text[prev.start:sentence.start].rstrip(" \n.!")) + prev.start
                named = T.grab_left(text, stop, prev.start)
                if named is not None and _NAMED_LAST.search(text, max(prev.start, named[0] - 24),
                                                            named[0]):
                    add(_name_at(text, named))  # "The biggest news was Mirzapur. The third
                    # season ... will stream later this year": the title the season is of
                elif prev is block.sentences[0] and \
                        (_SHOW_SEASON_OPENS.match(text, sentence.start, sentence.end) or its_season) and \
                        (first_subject := _SUBJECT_OPENS.match(text, prev.start, prev.end)) is not None and \
                        not T.is_person(text, *first_subject.span(1)):
                    add(_name_at(text, first_subject.span(1)))  # "Grey's Anatomy is further behind.
                    # The hospital drama's 20th season will arrive at midseason"
        for sentence in block.sentences[1:]:  # "A few dates to circle. Matlock: Sunday, Sept.
            if text.find(":", sentence.start, sentence.start + 64) < 0:  # 22, on CBS." (most
                continue  # sentences have no colon near their start: no regex to run)
            label = _DATE_LABEL.match(text, sentence.start, sentence.end)
            if label is not None and not FIELD_NAME.match(text, label.start(1)) and \
                    not STAMP_LABEL.match(text, label.start(1)):  # (not "Published: May 16")
                add(_name_at(text, label.span(1)))
        exact_source = True
        for s, e in T.quoted(text, block.start, block.end, lowercase=block is blocks[0]):
            if cues.STATUS_HEADING.fullmatch(text, text.rfind("\n", 0, s) + 1, _line_end(text, e)) or \
                    cues.STATUS_HEADING.fullmatch(text, s, e):
                continue  # a forum list's "**IN LIMBO**": a section, set in bold ('"Confirmed"
                # means a press release': a word the list uses)
            if _PART_NAMED_AFTER.match(text, e):
                continue  # "the 'Villains' volume kicks off season three": a season's own name
            if _LIKENED_AFTER.match(text, e):
                continue  # 'the "Lord of the Flies"-style mystery': what the show is likened to
            if _NICKNAMED.search(text, max(block.start, s - 60), s):
                continue  # "Survivor 50, billed as "In the Hands of the Fans"": a season's name
            if _GLOSS_BEFORE.search(text, max(block.start, s - 40), s):
                continue  # '(the name simply means "Europe")', 'whose name translates as "What
                # now?"': what a title means, not another title
            if _SPEAKER_BEFORE_QUOTE.search(text, max(block.start, s - 40), s):
                continue  # 'Netflix's Content Chief: "We Don't Think in Time Slots"': what an
                # executive said, quoted in the headline
            if _SEASON_APPOSED.search(text, max(block.start, s - 40), s):
                continue  # '"Survivor" opens its 32nd season, "Kaoh Rong," on Feb. 17': the
                # season's own name
            if _NAME_AROUND.match(text, max(block.start, s - 30), s) and \
                    _SURNAME_AFTER.match(text, e) and not title_case(text, block.start, block.end):
                continue  # 'Curtis "50 Cent" Jackson': a person's nickname (in prose; a
                # headline capitalizes the words around any title)
            name = text[s:e]
            if T.sentence_case_title(name) and _OWN_LANGUAGE_ALIAS.search(text, max(block.start, s - 6), s):
                continue  # '"Cable Girls" ("Las chicas del cable")': the same show's own-language title
            add((name, s, e) if name[:1].islower() or name[:1].isdigit() and not T.title_like(name)
                or T.title_like(name, quoted=True) and not T.title_like(name)
                or T.sentence_case_title(name) else _name_at(text, (s, e)))
        exact_source = False
        for m in phrases.within(block.start, block.end):
            modified = _POSSESSIVE_MODIFIED.search(text, max(block.start, m.start() - 40), m.start())
            # ("Lowland Drift's long-awaited second series lands": the owner, past its modifier)
            if modified is None and (
                    m.group(0)[:1].lower() in "sc" and not _RUN_WORD_LAST.search(m.group(0))
                    or m.group(0).lower().startswith(("series", "install"))):
                # ("series 12", "S2", "second season"; "Jodie Whittaker's second run" is the
                # person's, below)
                at = m.start()
                if text[max(block.start, at - 2):at].strip().endswith(":"):
                    colon = text.rfind(":", block.start, at)
                    labelled_span = T.grab_left(text, colon, block.start)
                    if labelled_span is not None and labelled_span[0] == block.start and \
                            _RELEASE_NEXT.match(text, m.end()) and \
                            not T.speaker_label(text, labelled_span[0], text[slice(*labelled_span)]):
                        add(_name_at(text, labelled_span))  # "Lowland Drift: series 3 is coming in 2025"
                    continue  # "on New Year's Day: series five starts": not "X series five"
                if text[max(block.start, at - 1):at] == "(":
                    at -= 1  # "The Simpsons (season 37)"
            elif owner := modified or _POSSESSIVE_BEFORE.search(
                    text, max(block.start, m.start() - 40), m.start()):
                at = owner.start()  # "Squid Game's third and final season": kept only if the
                span = _past_item_label(text, T.grab_left(text, at, block.start),
                                        T.item_start(text, block.start, block.end), block.start)
                if _label_owns(text, span, label_end):
                    continue  # "Westworld: HBO's second season arrives in the spring"
                # ("Agent Carter: Hayley Atwell's second season": the label is the title, the
                # possessor a person) (kept only if the show is named elsewhere too, or the
                aside = _ASIDE_THEN.match(text, m.end())  # ("Black Mirror's third season, the
                # first made for Netflix, lands October 21")
                if _RELEASE_NEXT.match(text, m.end()) or aside is not None and _RELEASE_NEXT.match(
                        text, aside.end()) or span is not None and (_HELD_BEFORE.search(
                        low, max(block.start, span[0] - 16), span[0]) or _FOLLOWED_BY.search(
                        text, max(block.start, span[0] - 16), span[0]) or _DATE_FOR.search(
                        low, max(block.start, span[0] - 40), span[0])):  # season "will debut",...
                    # ("has not yet given a date for Yellowjackets' third season")
                    # (or "..., followed by How to Get Away with Murder's fifth season")
                    found = _name_at(text, span)
                    if found is not None:
                        owners.add(show_key(found[0]))
                    weak_before, weak_source = weak_source, True
                    add(found)
                    weak_source = weak_before
                elif span is not None and text.startswith("The ", span[0]):
                    weak_before, weak_source = weak_source, True  # "The Crown's fourth
                    add(_name_at(text, span))  # season, which introduces ..., arrives": no
                    weak_source = weak_before  # person's name begins with "The"
                else:
                    possessive.append(span)
                continue
            else:
                continue
            verb = _OPENS_BEFORE.search(text, max(block.start, at - 12), at)
            if verb is not None:
                at = verb.start()  # "Big Bang Theory Opens Season 10": the title before the verb
            medium = _MEDIUM_BEFORE_SEASON.search(text, max(block.start, at - 20), at)
            grabbed = T.grab_left(text, medium.start() if medium else at, block.start)
            span = _past_item_label(text, grabbed, T.item_start(text, block.start, block.end),
                                    block.start)
            if span is not None and span != grabbed and \
                    text[span[0]:span[1]].endswith(("'s", "’s")):
                continue  # "Agent Carter: Hayley Atwell's second season": the label's show
            if _label_owns(text, span, label_end):
                continue  # "Atlanta: FX says Donald Glover's second season, subtitled ...,
                # arrives in March"
            if span is None and _ENTRY_END.match(text, m.end()) and \
                    (label := _COMMA_LABEL.fullmatch(text, block.start, at)):
                span = label.span(1)  # a guide's entry: "Designated Survivor, season 3 (June 7)."
            add(_name_at(text, span)
                or _day_named_show(text, span or _word_before(text, at, block.start), at))
        for m in _SEASON_OF.finditer(low, block.start, block.end):
            add(_weekday_of_season(text, m))
            seasons_of = _group_listed(text, m.end(), block.end) if low.startswith("seasons", m.start()) \
                else _titles_listed(text, m.end(), block.end)  # ("the third seasons of Kung Fu and
            # Superman & Lois": two titles)
            for span in seasons_of:
                if m.group().startswith(("fans", "viewers", "devotees")) and \
                        given_name_only(text, text[span[0]:span[1]]):
                    continue  # "good news for fans of Jed Mercurio": a writer's fans
                season_title = _name_at(text, span)
                if season_title is not None and text.endswith(("'s ", "’s "), m.end(), season_title[1]) and \
                        _PLACE_KIND_AFTER.match(text, season_title[2]):
                    continue  # "the fifth series of Steven Knight's Birmingham gangster saga":
                    # where the maker's show is set, not its title
                add(season_title)  # ("new episodes of The Simpsons, Bob's Burgers and Family Guy")
        for m in (ELIDED_SEASON_OF.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" of ",)) else ()):
            if _SEASON_WORD.search(low, max(block.start, m.start() - 160), m.start()):
                add(_name_at(text, T.grab_right(text, m.end(), block.end)))  # ("the sixth
                # season of The Big Bang Theory and the tenth of Two and a Half Men")
        weak_source = True
        apposed = list(_APPOSITION.finditer(text, block.start, block.end))  # (read twice)
        appositions = [(m.start(), m.end()) for m in apposed]
        for m in _OWNED_THING.finditer(text, block.start, block.end):
            possessor = _name_at(text, T.grab_left(text, m.start(), block.start))
            if possessor is not None and not given_name_only(text, possessor[0]) and not (
                    full_person_name(possessor[0]) and text.startswith((" of ", " to "), m.end())):
                add(possessor)  # "Doctor Who's special" (not "Colin Farrell's spinoff", nor
                # "James Gunn's spinoff of The Suicide Squad": its maker)
        for m in _OWNED_SEASON.finditer(text, block.start, block.end):
            if _RELEASE_NEXT.match(text, m.end()):  # "Doctor Who's next series starts in spring"
                owner_span = T.grab_left(text, m.start(), block.start)
                if _label_owns(text, owner_span, label_end):
                    continue  # ("Slow Horses: Apple's fifth series lands in September")
                owner_title = _name_at(text, owner_span)
                person = owner_title[0].rsplit(": ", 1)[-1] if owner_title is not None else ""
                if not full_person_name(person):
                    add(owner_title)  # (not "Daredevil: Charlie Cox's second season is coming")
        for m in _NOUN_THEN_VERB.finditer(text, block.start, block.end):
            # "the animated Marvel Zombies limited series premieres September 24"
            span = T.grab_left(text, m.start(), block.start)
            if span is None:
                continue
            network_first = T.network_owns(text, span[0]) and _OWNER_OPENS.search(
                text, max(0, span[0] - 40), span[0]) is not None
            # ("Showtime's Twin Peaks revival opens"; not "Lanterns, HBO's Green Lantern
            # series, is set": an apposition, the franchise before its kind)
            if (network_first or _article_before(text, span[0], block.start)) and not (
                    m.group("aside") and not network_first
                    and not text.endswith("new ", block.start, span[0])) and not (
                    m.group("aside") and _OFFSHOOT_NOUN.match(text, m.start())):
                # (not "Fox's Batman prequel, about a young Jim Gordon, premieres": what it
                # is the prequel of)
                add(_name_at(text, span))  # (past an aside only after "new" or a network's
                # possessive: "its new Fargo series, inspired by ..., will premiere", not "the
                # Courteney Cox comedy, ...")
        for m in _FANS.finditer(text, block.start, block.end):
            span = T.grab_left(text, m.start(), block.start)
            joined = _LAST_WITH.search(text, span[0], span[1]) if span is not None else None
            if joined is not None:  # "developing The Last of Us with Chernobyl creator X"
                span = (joined.end(), span[1])
            if span is not None and (m.group().strip().lower() in ("fans", "viewers")
                                     or _article_before(text, span[0], block.start)
                                     or text[span[0]:span[0] + 4] == "The "):
                add(_name_at(text, span))  # "the Walking Dead panel", "Game of Thrones fans"
        for m in (_DATE_WITH.finditer(text, block.start, block.end) if _has_any(low, block, (" with ",))
                  else ()):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in (_DAY_RENEWED.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("day", "day,")) and _has_any(
                      low, block, ("renewed", "cancel", "picked up")) else ()):
            if m.group(1):
                add((m.group(1), m.start(1), m.end(1)))
            elif not _PASSIVE_BEFORE.search(text, max(block.start, m.start() - 40), m.start()):
                add((m.group(2), m.start(2), m.end(2)))
        for m in (_YEAR_TITLED.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("18", "19", "20")) else ()):
            if _subject_position(text, m.start(1), block.start):
                add((m.group(1), m.start(1), m.end(1)))  # "1899, the multilingual mystery from
                # the creators of Dark, debuts Nov. 17": a year is a title when a show's
                # description stands beside it
        for m in (CREDITED_PERSON.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" star", "creator", "showrunner", "executive producer"))
                  else ()):
            credited = T.grab_left(text, m.start(), block.start)
            said = cues.SAYS_OF_THE_SHOW.search(low, m.end(), min(block.end, m.end() + 120))
            if credited is not None and not _NOT_CREDITED.fullmatch(text, *credited) and \
                    _subject_position(text, credited[0], block.start) and said is not None and \
                    cues.RELEASE.search(low, said.end(), min(block.end, said.end() + 100)):
                add(_name_at(text, credited))  # "Scandal star Kerry Washington said ..." (not "a
                # series from Dark creators Jantje Friese and Baran bo Odar")
        for sentence in block.sentences if _has_any(low, block, ("season", "series")) else ():
            award = _AWARD_VERB.search(text, sentence.start, min(sentence.end, sentence.start + 90))
            award_subject = T.grab_left(text, award.start(), sentence.start) \
                if award is not None and _ITS_SEASON_DUE.search(low, award.end(), sentence.end) else None
            if award_subject is not None and not full_person_name(text[slice(*award_subject)]) and \
                    award_subject[0] == _entry_start(text, sentence.start, sentence.end):
                add(_name_at(text, award_subject))  # "Downton Abbey lost the drama race but will
                # be back in January, when its third series comes to PBS": the awards' loser,
                # whose season is told
            for won_for in _WON_FOR.finditer(text, sentence.start, sentence.end):
                honoured = T.grab_right(text, won_for.end(), sentence.end)  # "Jeff Daniels won
                if honoured is not None and _SEASON_WORD.search(low, honoured[1], sentence.end) and (
                        cues.RELEASE.search(low, honoured[1], sentence.end)  # lead actor for The
                        or cues.RENEWAL.search(low, honoured[1], sentence.end)):  # Newsroom, which
                    add(_name_at(text, honoured))  # HBO has renewed for a third season"
        for m in (_PANEL_AFTER.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("panel", "news", "update")) else ()):
            # "Atlanta panel. Donald Glover says ... It premieres Tuesday, Sept. 6", "Doctor Who
            # news. ... series 12 won't arrive until 2020": a show's panel or news, at a
            # sentence's start (a one-word name only for a panel: not "Bad news.")
            paneled = T.grab_left(text, m.start(), block.start)
            if paneled is not None and _sentence_floor(text, block.start, paneled[0]) == paneled[0] and \
                    (m.group().endswith("panel") or " " in text[paneled[0]:paneled[1]]) and \
                    cues.RELEASE.search(low, m.end(), block.end) and \
                    not full_person_name(text[slice(*paneled)]):
                add(_name_at(text, paneled))
        in_title_case = title_case(text, block.start, block.end)
        subject_verb = _SUBJECT_VERB_ANYCASE if in_title_case else _SUBJECT_VERB
        for m in subject_verb.finditer(text, block.start, block.end):  # ("X Debuts Next ...")
            if any(s < m.start() < e for s, e in appositions):
                continue  # "the series starring A, B and C, premieres": C is no subject
            if _CAST_RETURN.match(text, m.start()) or _MEDIUM_RETURN.match(text, m.start()):
                continue  # "A and B are back for the second season of ...": a cast ("Reba
                # McEntire's return to sitcoms": a star's)
            span = _label_over_person(text, T.grab_left(
                text, m.start() + (2 if text[m.start()] in "'’" else 0), block.start),
                _entry_start(text, block.start, block.end))
            aside = _WHICH_ASIDE.search(text, _sentence_floor(text, max(block.start, m.start() - 110),
                                                              m.start()), m.start() + 1) \
                if text.startswith(",", m.start()) else None  # (within the sentence: not ", with
            # the pilot. Game of Thrones, coming off ...")
            if aside is not None and (span is None or aside.start() < span[0]):
                # (the words before the verb are the aside's: "Gyeongseong Creature, the period
                # thriller starring Park Seo-joon and Han So-hee, returns")
                subject = T.grab_left(text, aside.start(), block.start)
                if subject is not None:  # "The British romance Heartstopper, which became a
                    span = subject  # hit after its April premiere, was renewed": the subject
                    # before the relative clause
            if span is not None and not _subject_position(text, span[0], block.start):
                continue  # "starring Nicole Kidman and Laura Dern, premieres": an object
            if span is not None and _ROLE_LEAD.match(text, span[0]):
                continue  # "Showrunners A and B will return": the people who make it
            if span is not None and full_person_name(text[span[0]:span[1]]) and \
                    _SEASON_OF_TITLE.match(text, span[1], min(block.end, span[1] + 120)):
                continue  # "Brenda Blethyn will be back in her mac for the tenth series of Vera":
                # the star, whose show is named after her
            if span is not None and full_person_name(text[span[0]:span[1]]) and \
                    _BACK_IN_PLACE.match(text, span[1]) and show_key(text[span[0]:span[1]]) not in shows:
                continue  # "Jason Sudeikis is back on the touchline": the star in his role
            if span is not None and in_title_case and text.startswith("With ", span[0]) and \
                    span[0] > block.start:
                continue  # "X Revival Lands at Spectrum, With A and B Back": who comes with it
            if span is not None and _ends_relative_clause(text, span, block.start):
                continue  # "X, which teams up A, B and C, arrives": C is no subject
            if span is not None and label_end >= 0 and \
                    (blurb := _LABEL_BLURB_OPENS.match(text, label_end, span[0] + 1)) is not None and \
                    _characters(text[blurb.end():m.start()].strip()):
                continue  # "Ginny & Georgia season 3 (Netflix): The Millers return in June": the
                # family in the show the entry's label names
            if span is not None and _PLURAL.match(text, m.start()):
                sentence_start = max((se.start for se in block.sentences if se.start <= span[0]),
                                     default=block.start)  # (not over a sentence's end: "... as
                # Diana Taverner. Saskia Reeves, Christopher Chung and ... all return")
                span = _extend_list(text, span, max(block.start, sentence_start))  # "Ozark,
                # Narcos and Mindhunter"
                owned_and = _AND_OWNER_BEFORE.search(text, max(block.start, span[0] - 40), span[0])
                if owned_and is not None:  # "Hulu's X and Apple TV+'s Y both return": X too
                    add(_name_at(text, T.grab_left(text, owned_and.start(),
                                                   max(block.start, sentence_start))))
                parts = _split_coordinated(text, span)
                if len(parts) >= 3 and all(_CAST_NAME.fullmatch(text[a:b]) for a, b in parts) and \
                        sum(" " in text[a:b] for a, b in parts) >= len(parts) - 1:
                    continue  # "Eric McCormack, Debra Messing, ... all return": a cast (one of
                    # them may go by a surname: "Baldwin, Tina Fey, Tracy Morgan and ...")
                if len(parts) == 2 and all(_CAST_NAME.fullmatch(text[a:b]) and " " in text[a:b]
                                           for a, b in parts) and \
                        any(full_person_name(text[a:b]) for a, b in parts) and \
                        _BACK_COMMA.match(text, m.start()):
                    continue  # "Song Kang and Lee Jin-uk are back, and ...": two of the cast
                parts = [p for p in parts if not ((led := _PLACE_LED.match(text, p[0], p[1]))
                                                  and show_key(text[led.end():p[1]]) in T.NOT_SHOWS)]
                # ("Over on BBC Three, Being Human will also be back": where, not a show)
                owned = _makers_show(text, parts)
                for part in parts if owned is None else [owned]:
                    if not (_POSSESSIVE_AFTER.match(text, part[1])
                            and given_name_only(text, text[part[0]:part[1]])):
                        add(_name_at(text, part))  # (not "Ewan McGregor's return ... premieres")
                before = _PAREN_AND.search(text, max(block.start, span[0] - 60), span[0])
                if before is not None:  # "Grey's Anatomy (season 22) and 9-1-1 (season 9) remain"
                    add(_name_at(text, T.grab_left(text, before.start(), block.start)))
            elif span is not None and _TWO_TITLES.fullmatch(text, span[0], span[1]):
                parts = _split_coordinated(text, span)
                owned = _makers_show(text, parts)
                for part in parts if owned is None else [owned]:  # "Grey's Anatomy and
                    add(_name_at(text, part))                     # Station 19 will pick back up"
            elif span is not None and _SURNAME.fullmatch(text, *span) and \
                    _named_in_full(text, text[span[0]:span[1]], strict=True) and \
                    not _show_context(text, text[span[0]:span[1]]):
                continue  # "Gomez, who also produces X, had more good news": Selena Gomez
            else:
                add(_name_at(text, span))
        weak_source = False
        host = answered_question(text, blocks, b_index) if _TURN_LABEL.match(text, block.start, block.end) else None
        if host is not None and host.group() and not QUESTION_LABEL.match(text, block.start, block.end):
            hosted = TURN_TITLE.fullmatch(text, host.end(), block.end)  # ("KAT: Gossip Girl.")
            if hosted is not None and not full_person_name(hosted.group(1)):
                add(_name_at(text, T._clean_span(text, hosted.start(1), hosted.end(1))))
        if QUESTION_LABEL.match(text, block.start, block.end) and "?" in text[block.start:block.end]:
            for m in _QUESTIONED_TITLE.finditer(text, block.start, block.end):
                if not full_person_name(m.group(1)):  # (not "Q: And Regina King?")
                    add(_name_at(text, T._clean_span(text, m.start(1), m.end(1))))
        for m in (_THAT_IS_TITLE.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("that's ", "that is ", "that was ", "it's ", "it is ")) else ()):
            if not full_person_name(m.group(1)) and T.title_like(m.group(1)):
                add(_name_at(text, T._clean_span(text, m.start(1), m.end(1))))
        for m in (_ASKED_IF.finditer(text, block.start, block.end) if "?" in text[block.start:block.end]
                  else ()):
            if not full_person_name(m.group(1)):  # (not "Is Tim Burton back?")
                add(_name_at(text, T._clean_span(text, m.start(1), m.end(1))))  # "Is Better
                # Call Saul over?", "Will Yellowjackets be back this year?"
        for m in _VERB_OBJECT.finditer(text, low, block.start, block.end):
            if in_title_case and text[m.end()] not in "“\"‘'":
                continue  # "Premiere Dates" in a Title Case headline: capitals say nothing
            taken = T.grab_right(text, m.end(), block.end)
            colon = text.find(": ", *taken) if taken is not None else -1
            if taken is not None and colon > 0 and low.startswith("speaking", m.start()):
                taken = (taken[0], colon)  # ("Speaking of Big Little Lies: Meryl Streep has")
            add(_name_at(text, taken))
        for network_verb, object_end, needles in _SCHEDULED_OBJECTS:  # ("holding X for
            if _has_any(low, block, needles):  # midseason", "did not include X in its slate")
                for m in network_verb.finditer(text, block.start, block.end):
                    held = T.grab_right(text, m.end(), block.end)
                    if held is not None and object_end.match(text, held[1]):
                        add(_name_at(text, held))
        if _has_any(low, block, (", which ",)):
            for m in _WHICH_HELD.finditer(text, block.start, block.end):
                aside = _STARRING_ASIDE.search(text, max(block.start, m.start() - 70), m.start())
                add(_name_at(text, T.grab_left(text, aside.start() if aside else m.start(), block.start)))
        if _has_any(low, block, ("when its ", "as its ", "once its ", " and then ", " and later ",
                                 " and also ", "when it ", "once it ")):
            for sentence in block.sentences:
                if _WHEN_ITS_SEASON.search(low, sentence.start, sentence.end) or \
                        _THEN_RETURNS.search(low, sentence.start, sentence.end):
                    subject = T.grab_right(text, sentence.start, sentence.end)
                    if subject is not None and _SUBJECT_THEN.match(text, subject[1]):
                        add(_name_at(text, subject))  # "Ghosts will anchor Thursdays when its
                        # second season arrives this fall": the subject is the show
        if _has_any(low, block, ("returning", "coming back", "premiering", "debuting")):
            for m in _HAS_OBJECT.finditer(text, block.start, block.end):
                held = T.grab_right(text, m.end(), block.end)
                if held is not None and _RETURNING_FOR.match(text, held[1]):
                    # "NBC has American Ninja Warrior returning for its eighth season on June
                    # 1", "FX has Louie and Wilfred returning Thursday, June 28"
                    for part in _split_coordinated(text, held) if " and " in text[held[0]:held[1]] \
                            else [held]:
                        add(_name_at(text, part))
        for m in (_STARTS_ITS.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" its ", " their ", "ed a ", "ed an ", "s a ", "s an "))
                  or _VERB_SEASON_N.search(low, block.start, block.end) else ()):
            aside = _PARTICIPLE_ASIDE.search(text, max(block.start, m.start() - 70), m.start() + 1)
            # ("Supergirl, newly relocated from CBS, starts its second season": the subject
            # stands before the aside)
            left = T.grab_left(text, aside.start() if aside else m.start(), block.start)
            if left is None and low.endswith(" and", 0, m.start()):
                left = _first_predicate_subject(text, block, m.start())
            add(_name_at(text, left))
        for m in (_IT_RETURNS_AFTER.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" it ", ", returning", ", premiering", ", debuting", ", arriving",
                                           ", launching", ", coming back")) else ()):
            subject = _first_predicate_subject(text, block, m.start(), m.start())
            if subject is not None and not T.is_person(text, *subject):
                add(_name_at(text, subject))  # "Nikita closes out the week when it comes back
                # for its third season": the sentence's subject is what "it" is
        for m in (_DAY_WHICH_ITS.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("day, which ",)) else ()):
            add((m.group(1), m.start(1), m.end(1)))  # "Wednesday, which moved its shoot to
            # Ireland, will be back": a day has no shoot; the show does
        for m in (_VERBS_BACK_FOR.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" back for ",)) else ()):
            subject = T.grab_left(text, m.start(), block.start)  # "Dancing on Ice skates back
            if subject is not None and _subject_position(text, subject[0], block.start):  # for
                add(_name_at(text, subject))  # series 16 in the new year"
        for m in (_BACK_THEN.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" back ",)) else ()):
            held = T.grab_left(text, m.start(), block.start)  # "BBC America brings Killing Eve
            if held is not None and _BRINGS_BEFORE.search(  # back for its second season"
                    text, max(block.start, held[0] - 24), held[0]):
                add(_name_at(text, held))
        for m in _OPENS_NUMBERED.finditer(text, block.start, block.end):
            opener = T.grab_left(text, m.start(), block.start)
            if opener is not None and _subject_position(text, opener[0], block.start):
                add(_name_at(text, opener))
        for m in (_GETS_ADAPTED.finditer(text, block.start, block.end)
                  if _GETS_WORD.search(low, block.start, block.end) else ()):
            # "the manga Under Ninja by Kengo Hanazawa is getting an anime adaptation"
            add(_name_at(text, T.grab_left(text, m.start(), block.start)), adapted=True)
        for m in (_ADAPTS_NAMED.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("adaptation of",)) else ()):
            # "Emily Mortimer's adaptation of Nancy Mitford's novel The Pursuit of Love, ...,
            # is set for May": the show has the book's title
            named = T.grab_right(text, m.end(), block.end)
            if named is not None and _SUBJECT_THEN.match(text, named[1]):
                add(_name_at(text, named), adapted=True)
        for m in _ORDER_FOR.finditer(text, low, block.start, block.end):
            ordered = T.grab_right(text, m.end(), block.end)
            plural = _PLURAL_ORDER.search(m.group())  # "pickups to Atlanta and Better Things":
            for piece in _split_coordinated(text, ordered) if plural and ordered else [ordered]:
                add(_name_at(text, piece))  # two titles
        for m in (_DATES_FOR.finditer(text, low, block.start, block.end)
                  if _has_any(low, block, (" date",)) else ()):
            spans = _titles_listed(text, m.end(), block.end)
            if len(spans) == 1 and m.group().rstrip().endswith("s for"):
                spans = _split_coordinated(text, spans[0])  # "Premiere dates for A and B"
            for span in spans:
                add(_name_at(text, span))
        for m in (_OFF_AIR.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("off the air", "hiatus")) else ()):
            aired = T.grab_left(text, m.start(), block.start)
            if aired is not None and (m.group("which") or _subject_position(text, aired[0],
                                                                             block.start)):
                add(_name_at(text, aired))
        for m in (_WHICH_NETWORK.finditer(text, block.start, block.end)
                  if _has_any(low, block, (", which ",)) else ()):
            add(_name_at(text, T.grab_left(text, m.start(), block.start)))
        for m in _HEADLINER.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in _FIRST_TO_LAUNCH.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in _UP_IS.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in (_REPLACED_BY.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("replaced by",)) else ()):
            successor = T.grab_right(text, m.end(), block.end)  # "X will be replaced by Harbor
            if successor is not None and T.title_like(text[successor[0]:successor[1]]):  # Lights
                add((text[successor[0]:successor[1]], *successor))  # on Feb. 3": the new show
                # in its slot (whose "by" is no author's)
        for m in (_RETURNING_ARE.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" are ", " is ")) else ()):
            for listed in _titles_listed(text, m.end(), block.end):  # "Also returning in the fall
                for part in (_split_coordinated(text, listed)  # are A and B", "... are X, now in
                             if _TWO_TITLES.fullmatch(text, *listed) else [listed]):  # its 4th ..."
                    add(_name_at(text, part))
        for m in _RETURN_OF.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in _DATE_SET_FOR.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        for m in _CREW_OF.finditer(text, low, block.start, block.end):
            add(_name_at(text, T.grab_right(text, m.end(), block.end)))
        slotted = list(_SLOTTED_TITLE.finditer(text, block.start, block.end)) \
            if _has_any(low, block, (" at 8", " at 9", " at 10", " at 7", " at 11")) else []
        for sentence in block.sentences if len(slotted) >= 2 else ():
            here = [m for m in slotted if sentence.start <= m.start() < sentence.end]
            if len(here) >= 2:  # "ABC's TGIT block - Grey's Anatomy at 8, Scandal at 9 and How
                for m in here:  # to Get Away with Murder at 10 - comes back Thursday"
                    add(_name_at(text, T._trim_words(text, *m.span(1))))
        for m in (_TEAM_SAYS.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" team ", " cast ", " writers ", " producers ")) else ()):
            add(_name_at(text, T._trim_words(text, *m.span(1))))  # "The Lowland Drift team
            # confirmed that season 2 will arrive in early 2025"
        for m in (_TITLED.finditer(text, low, block.start, block.end)
                  if _has_any(low, block, ("titled", "called", "dubbed")) else ()):
            if not _SEASON_NAMED.search(text, max(block.start, m.start() - 110), m.start()):
                add(_name_at(text, T.grab_right(text, m.end(), block.end)))  # (not "the
                # third season, titled Into the Grand Line": a season's own name)
        weak_source = True
        for m in apposed:
            noun = _NOUN_BEFORE.search(text, max(block.start, m.start() - 14), m.start())
            span = T.grab_left(text, noun.start() if noun else m.start(), block.start,
                               max_words=8)  # ("HBO's Harry Potter series, a new adaptation")
            if span is not None and _subject_position(text, span[0], block.start):
                parts = _split_coordinated(text, span) if " and " in text[span[0]:span[1]] \
                    and not (_ONE_SUBJECT_VERB.search(m.group()) and not _OWNER_MARK.search(
                        text, text.find(" and ", span[0], span[1]), span[1])) else [span]  # ("Grace and
                # Frankie, the Jane Fonda-Lily Tomlin comedy, is expected": one title)
                owned = _makers_show(text, parts)
                for part in parts if owned is None else [owned]:
                    add(_name_at(text, part))
        for m in (_PAREN_OPEN.finditer(text, block.start, block.end) if "(" in
                  text[block.start:block.end] else ()):
            inside = T.grab_right(text, m.end(), block.end)
            if inside is not None and _SEASON_TAIL_IN_PAREN.match(text, inside[1]):
                add(_name_at(text, inside))  # "Jan. 14 (True Detective, season four, ...)"
        for m in (_AS_DOES.finditer(text, block.start, block.end)
                  if _has_any(low, block, (" as ", " so ")) else ()):
            if cues.RELEASE.search(low, max(block.start, m.start() - 80), m.start()):
                add(_name_at(text, T.grab_right(text, m.end(), block.end)))  # "arrives this
                # summer, as does Tales of the Walking Dead"
        for m in _SHOW_APPOSED.finditer(text, block.start, block.end):
            described = T.grab_left(text, m.start(), block.start)  # "to make room for Inhumans,
            if described is not None and text[described[0]].isupper():  # the Marvel drama
                apposed_name = _name_at(text, described, described=True)  # whose ..."
                add(apposed_name)
                if apposed_name is not None:
                    described_keys.add(show_key(apposed_name[0]))
        for m in _POSSESSIVE_CAPITAL.finditer(text, block.start, block.end):  # "Netflix's
            if not _NETWORK_BEFORE.search(text, max(block.start, m.start() - 24), m.start()):
                continue
            owned = T.grab_right(text, m.end(), block.end)  # Stranger Things was the most ..."
            if owned is not None and _owned_is_title(text, owned):
                add(_name_at(text, owned))
        for m in _ONE_IS.finditer(text, block.start, block.end):  # "The other is Lore."
            if m.start() == block.start or text[m.start() - 2:m.start()] in (". ", "! ", "? ") or \
                    text[m.start() - 1] == "\n":
                add(_name_at(text, T._clean_span(text, m.start(1), m.end(1))))
        for m in _DESCRIBED_AS.finditer(text, block.start, block.end):
            # "The Testaments, a sequel series based on ..., is filming": a show by its noun
            span = T.grab_left(text, m.start(), block.start)
            if span is not None and _CAPITALIZED_WORD_BEFORE.search(text, max(block.start, span[0] - 30),
                                                                    span[0]):
                continue  # "is When Life Gives You Tangerines, a sweeping romance": the grab
                # stopped inside a longer title (found whole elsewhere)
            if span is not None and (_subject_position(text, span[0], block.start)
                                     or _COPULA_BEFORE.search(text, max(block.start, span[0] - 6),
                                                              span[0]) and m.group().startswith(",")):
                # ("The franchise event of the season is Stargate Universe, the third
                # live-action Stargate series.")
                owned = _makers_show(text, _split_coordinated(text, span)) \
                    if " and " in text[span[0]:span[1]] else None
                add(_name_at(text, owned or span))  # (not "David Simon and George
                # Pelecanos' The Deuce, the 1970s drama": the makers' show alone)
            elif span is not None and (_NEW_SERIES.match(text, m.start()) or _OWN_KIND.match(
                    low, m.start()) and cues.RELEASE.search(low, m.end(), min(block.end, m.end() + 60))):
                # "are behind Break Point, a new series that ...", "marooned in Fiji for
                # Survivor 48, the second season of ...": an object, after its preposition
                prep = _LAST_PREPOSITION.search(text, span[0], span[1])
                add(_name_at(text, (prep.end(), span[1]) if prep else span))
        for m in _APPOSITIVE.finditer(text, block.start, block.end):
            if m.group().endswith("whose") and text[m.end() + 1:m.end() + 2] in QUOTE_OPENERS:
                continue  # 'Marti Noxon, whose "Sharp Objects" lands on HBO in July': the
                # quoted title is what arrives, not the person
            reach = min(block.end, m.end() + 200)
            if cues.RELEASE.search(low, m.end(), reach) or cues.RENEWAL.search(low, m.end(), reach) \
                    or _DATE_WORD.search(low[m.end():reach]) \
                    or _SEASON_OF_YEAR.search(low, m.end(), reach):  # ("rounds out the list in fall 2021")
                span = T.grab_left(text, m.start(), block.start)
                if span is not None and (_TWO_TITLES.fullmatch(text, span[0], span[1]) and
                                         _PLURAL_ASIDE.match(low, m.start())
                                         or " and " in text[span[0]:span[1]]
                                         and _PLURAL_AFTER_ASIDE.match(low, m.start())):
                    for part in _split_coordinated(text, span):  # "Will Trent and The Rookie,
                        add(_name_at(text, part))  # whose most recent seasons were ..., are"
                    continue
                if span is not None and _SEASON_NAMED_BEFORE.search(text, max(block.start, span[0] - 30),
                                                                     span[0]):
                    continue  # "X's third season, the Swordsmith Village Arc, which begins ...":
                    # the season's name
                antecedent = _name_at(text, span) if span is not None and (
                    _subject_position(text, span[0], block.start)
                    or _WHICH_PREMIERES.match(low, m.start())) else None
                if antecedent is None or full_person_name(antecedent[0]):
                    # "GLOW, a comedy ... starring Alison Brie, which ...", "Rillington Place, a
                    # drama about the killer John Christie, which will air": the show the aside
                    # describes, not the person named in it
                    opener = None
                    openers = _APPOSITION_OPENER if not m.group().endswith("who") else _ARTICLE_OPENER
                    for o in openers.finditer(text[max(block.start, m.start() - 160):m.start()]):
                        # (not "La Casa de las Flores, Manolo Caro's comedy, will return without
                        # Verónica Castro, who ...": a possessive opener for a person's clause)
                        opener = o
                    if opener is not None:  # (the antecedent may be an object: "producing GLOW")
                        at = max(block.start, m.start() - 160) + opener.start()
                        opened = _name_at(text, T.grab_left(text, at, block.start))
                        if opened is not None and _PLAYED_BEFORE.search(text, max(0, opened[1] - 12),
                                                                        opened[1]):
                            opened = None  # "he had played Phil, the wisecracking baker, on
                            # Call Me Kat": a character
                        antecedent = opened or antecedent
                    if antecedent is not None and full_person_name(antecedent[0]) and \
                            _ROLE_APPOSED.match(text, antecedent[2]):
                        continue  # "Sam Esmail, the creator of Mr. Robot, directed all 10
                        # episodes, which are based on ...": a person, whatever the aside
                if antecedent is not None and span is not None and " and " in antecedent[0] \
                        and text[span[0] - 2:span[0]] == ", ":
                    parts = _split_coordinated(text, span)
                    if len(parts) == 2 and all(len(text[s:e].split()) > 1 and not full_person_name(
                            text[s:e]) for s, e in parts):
                        antecedent = _name_at(text, parts[1]) or antecedent  # "with Sex
                        # Education, Derry Girls and Stath Lets Flats, which will return": the
                        # list's last item
                add(antecedent)  # "Ahsoka, with Rosario Dawson..., is due in 2023"
        weak_source = False
        listings = [] if text.find("(", block.start, block.end) < 0 else \
            list(_PAREN_DATE.finditer(text, block.start, block.end)) + \
            list(PAREN_NETWORK.finditer(text, block.start, block.end)) + \
            list(_PAREN_KIND.finditer(text, block.start, block.end)) + \
            list(_PAREN_SEASON_SLOT.finditer(text, block.start, block.end)) + \
            list(_PAREN_SLOT.finditer(text, block.start, block.end))
        for m in listings:
            line_start = text.rfind("\n", block.start, m.start()) + 1 or block.start
            lead = text[max(line_start, block.start):m.start()]
            lead_start = max(line_start, block.start)
            if m.re is _PAREN_SLOT:  # a grid's item runs from the slot before it, or from
                # the line's label ("Wednesday: Blindspot (8 p.m.), Law & Order: SVU (9 p.m.)")
                label = _GRID_LABEL.match(text, lead_start, m.start())
                begin = max(text.rfind(")", lead_start, m.start()) + 1,
                            label.end() if label else lead_start)
                item = _GRID_JOIN.match(text, begin, m.start())
                add(_name_at(text, _season_tail_cut(
                    text, T._clean_span(text, item.end() if item else begin, m.start()))))
                continue
            dash = re.search(r"^[^—–]*[—–]\s+", lead)
            if dash and len(lead[dash.end():].split()) <= 12:
                lead, lead_start = lead[dash.end():], lead_start + dash.end()  # "9/20 — NCIS"
            if len(lead.split()) <= 12 and "," in lead and not re.search(r"[.!?]\s", lead):
                for part in _split_coordinated(text, (lead_start, m.start())):
                    add(_name_at(text, part))  # "The Office, Community and 30 Rock (Thursday..."
            else:
                head_span = T.grab_left(text, m.start(), lead_start)
                marker = _LIST_MARKER.match(text, lead_start, m.start())  # ("2. Hacks (Max)")
                whole = T._clean_span(text, marker.end() if marker else lead_start, m.start())
                if head_span is not None and head_span != whole and head_span[1] == whole[1] and \
                        len(text[lead_start:m.start()].split()) <= 6 and \
                        LISTED_ITEM.match(text, lead_start) and \
                        T.title_like(text[whole[0]:whole[1]]):
                    head_span = whole  # "This Is Us (NBC) — The network ...": the line's
                    # head is the title, verbs and all
                add(_name_at(text, _season_tail_cut(text, _season_subtitle_cut(text, head_span, shows))))
                # ("Maxton Hall season 2 (Prime Video): ...": the title without its season)
        for m in (_ASKED_AFTER.finditer(text, block.start, block.end)
                  if text.find("?", block.start, block.end) >= 0 else ()):
            add(_name_at(text, m.span(1)))  # "And The Last of Us? Season 3 is coming"
        for m in (_SLOT_LED.finditer(text, block.start, block.end)
                  if _SLOT_HINT.search(low, block.start, block.end) else ()):
            # "8:00-9:00 PM — THE BIG BANG THEORY (back-to-back episodes open the seventh season)"
            add(_name_at(text, _season_subtitle_cut(text, m.span(1), shows)))
        for m in (_PAREN_ALT.finditer(text, block.start, block.end) if listings or "(" in
                  text[block.start:block.end] else ()):
            alt = m.group("alt")  # "The Gift (Atiye), the mystical drama ..., will return"
            if not _PERSON_NAME.fullmatch(alt) and not _FILM_YEAR.match(m.group().lstrip()) \
                    and show_key(alt) not in T.NOT_SHOWS and alt[:1].isupper():
                add(_name_at(text, T.grab_left(text, m.start(), block.start)))
        for descriptor_end in _descriptor_ends(text, low, block.start, block.end, in_title_case):
            described = T.grab_right(text, descriptor_end, block.end)
            colon = text.find(": ", *described) if described is not None else -1
            if colon >= 0 and _MORE_LISTED.search(text, colon, block.end):
                continue  # "TV's Reboot Wave Rolls On: Frasier, Night Court and More": a label
            add(_name_at(text, described))
        for m in _COLON_LIST.finditer(text, block.start, block.end):
            # "Two new dramas will premiere this fall: Lethal Weapon, ..., and The Exorcist"
            # (but the colon of "Alien: Earth" is inside a title)
            before = _WORD_BEFORE.search(text, max(block.start, m.start() - 30), m.start())
            if before is not None and before.group()[0].isupper() and \
                    not T._MONTH_OR_DAY.match(before.group()):
                continue
            if before is not None and before.group().lower() in _PARTS_LISTED:
                continue  # "three new feature-length episodes: A Scandal in Belgravia, ...":
                # the episodes' titles
            stop = next((se.end for se in block.sentences if se.start <= m.start() < se.end),
                        block.end)  # (the sentence's end: "Ms. Marvel" does not end it)
            stop -= text[m.end():stop].endswith((".", "!", "?"))
            if cues.RELEASE.search(low, max(block.start, m.start() - 120), m.start()) or \
                    _TBA_WORDS.search(low, max(block.start, m.start() - 60), m.start()) or \
                    _NEW_KIND_BEFORE.search(low, max(block.start, m.start() - 50), m.start()):
                # ("Three more were announced without any dates attached: Ms. Marvel, ...")
                add(_name_at(text, T.grab_right(text, m.end(), stop)))
                for item in _LIST_AND.finditer(text, m.end(), stop):
                    add(_name_at(text, T.grab_right(text, item.end(), stop)))
                for item in _LIST_NEXT.finditer(text, m.end(), stop):
                    named_item = T.grab_right(text, item.end(), stop)
                    if named_item is not None and _FOR_SEASON_AFTER.match(text, named_item[1]):
                        add(_name_at(text, named_item))
                if b_index > 0 and len(text[m.end():stop].split()) <= 12 and \
                        "," in text[m.end():stop]:  # "...: Ms. Marvel, Moon Knight and She-Hulk."
                    for part in _split_coordinated(text, (m.end(), stop)):
                        if T.grab_right(text, part[0], part[1]) == part:  # (whole titles only,
                            add(_name_at(text, part))  # not "Survivor return in September")
            elif T.grab_right(text, m.end(), stop) == (m.end(), stop) and \
                    (cues.RELEASE.search(low, stop, block.end)
                     or cues.RENEWAL.search(low, stop, block.end)):
                add(_name_at(text, (m.end(), stop)))  # "Not on this list: The Last of Us. HBO
                # has renewed the series ...": a title that is a sentence of its own
        for m in (INCLUDING.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("including", "among them", "such as")) else ()):
            for span in _group_members(text, low, block, m):
                add(_name_at(text, span))
        weak_source = True
        for giver_end in (() if block.heading and cues.STATUS_HEADING.fullmatch(text, block.start, block.end)
                          else _giver_ends(text, low, block.start, block.end)):  # (not "PUSHED
            # FURTHER": a section of delayed shows)
            if low.endswith(("set ", "sets "), block.start, giver_end) and \
                    title_case(text, block.start, block.end):
                continue  # "X Sets Three-Part Release Starting November": a headline's words
            given = T.grab_right(text, giver_end, block.end)
            nth = _OWNED_NTH_SEASON.search(text, giver_end, min(block.end, giver_end + 60)) \
                if given is None else None
            if nth is not None:  # "AMC has set Better Call Saul's fifth season for Feb. 23"
                given = T.grab_right(text, giver_end, nth.start())
                if given is not None and given[1] != nth.start():
                    given = None  # (the possessive must close the title grabbed)
            if given is not None and _MOVE_VERB.search(low, max(block.start, giver_end - 12),
                                                       giver_end):
                particle = text[given[0]:given[1]].split(None, 1)[0]
                if particle in _MOVE_PARTICLES:  # "Night Ferry Moves Up to July", "Fox Pushes
                    # Back X": a phrasal verb's particle, and the title, if any, after it
                    given = T.grab_right(text, given[0] + len(particle) + 1, block.end)
                    if given is None:
                        continue
                cut = text.find(" to ", given[0], given[1])  # "moved Tracker to February 11":
                if cut > given[0]:  # the title ends before "to" (and "moves Emily to Rome"
                    given = (given[0], cut) if _MOVED_TO_WHEN.match(  # moves no title)
                        text, cut + 4) else None
            if given is not None and _PLURAL_SEASONS_AFTER.match(text, given[1]) and \
                    " and " in text[given[0]:given[1]]:
                for part in _split_coordinated(text, given):  # "renewed Atlanta and Better
                    add(_name_at(text, part))  # Things for second seasons": two titles
                continue
            add(_name_at(text, given))
            gap = _GAPPED_NEXT.match(text, given[1]) if given is not None else None
            if gap is not None:  # "renewed X for a seventh season and Y for a second": Y too
                second = T.grab_right(text, gap.end(), block.end)
                if second is not None and _FOR_ORDINAL.match(text, second[1]):
                    add(_name_at(text, second))
        for m in _HELD.finditer(low, block.start, block.end):
            span = T.grab_right(text, m.end(), block.end)  # "has held St. Denis Medical until"
            if span is None:
                continue
            aside = _ASIDE_THEN.match(text, span[1])
            if _UNTIL_AFTER.match(low, aside.end() if aside else span[1]):
                add(_name_at(text, span))
        for m in (_AND_TITLE.finditer(text, block.start, block.end)
                  if _has_any(low, block, (", and ",)) else ()):
            gapped = T.grab_right(text, m.end(), block.end)
            if gapped is not None and _GAPPED_WHEN.match(text, gapped[1]) and \
                    cues.RELEASE.search(low, max(block.start, m.start() - 120), m.start()):
                add(_name_at(text, gapped))
        for m in (_SET.finditer(text, block.start, block.end)
                  if _has_any(low, block, ("set ",)) else ()):
            object_span = T.grab_right(text, m.end(), block.end)
            if object_span is not None and _TO_PREMIERE.match(text, object_span[1]):
                add(_name_at(text, object_span))
        alongside = list(_ALONGSIDE.finditer(text, low, block.start, block.end))
        if alongside and cues.RELEASE.search(low, block.start, block.end):  # (the rarer first)
            for m in alongside:
                if _ROLE_BEFORE.search(low, max(block.start, m.start() - 40), m.start()):
                    continue  # "will return as showrunner alongside Headland": a colleague
                span = T.grab_right(text, m.end(), block.end, max_words=14)
                for part in _split_coordinated(text, span) if span else ():
                    if not full_person_name(text[part[0]:part[1]]):  # (not "back in the big red
                        add(_name_at(text, part))  # chair alongside Blake Shelton": a colleague)
        if _has_any(low, block, ("neither ", "nor ")) and _has_any(low, block, ("date",)):
            for m in _NEITHER_DOES.finditer(text, low, block.start, block.end):
                named = T.grab_right(text, m.end(), block.end, max_words=8)  # ("X has no release
                if named is not None:  # date yet, and neither does Ahsoka")
                    add(_name_at(text, named))
    last_end = 0
    for word in _EVENT_WORDS.finditer(text):  # "The 75th Primetime Emmy Awards": each event
        # word, with the capitalized words before it (read back from the word, not by a scan
        # of the whole text that would try every capital letter)
        if word.start() < last_end or _WORD_CHAR_AT.match(text, word.end()):
            continue
        lead = _EVENT_LEAD.search(text, max(last_end, word.start() - 80), word.start())
        begin = lead.start() if lead is not None else word.start()
        last_end = word.end()
        other.setdefault(show_key(text[begin:last_end]), text[begin:last_end])
    _section_titles(text, blocks, shows, add)
    if label_titles >= 3:  # among three or more "Title: ..." paragraphs, "Wednesday: Jenna
        for s, e in day_labels:  # Ortega said ..." leads with the show Wednesday
            add((text[s:e], s, e))
    for key, name in list(shows.items()):  # "Hawley's Fargo" when "Noah Hawley" is named too
        owner = _OWNER.match(name)
        if owner and owner.group(1) in ("It", "Let"):
            continue  # "It's a Sin", "Let's Make a Deal": a contraction, not an owner
        if owner and T.place_title(owner.group(1) + "'s", owner.group(2).split()[0]):
            continue  # "Britain's Got Talent", "America's Next Top Model": the title's own words
        if owner and key not in exact and show_key(owner.group(2)) in shows and not (
                T.franchise_owner(text, f"{owner.group(1)}'s", owner.group(2).split()[0])
                or T.franchise_owner(text, f"{owner.group(1)}’s", owner.group(2).split()[0])):
            del shows[key]  # "Shondaland's Bridgerton" beside "Bridgerton" (but not "RuPaul's
            continue  # Drag Race" beside "RuPaul's Drag Race All Stars": a franchise's name)
        if owner and key not in exact:
            who, what = owner.group(1), owner.group(2)
            alone = len(re.findall(rf"\b{re.escape(who)}\b(?!['’]s\s+[a-z])", text)) if who in text else 0
            # (not "Grey's will pass ER's record" beside "Grey's Anatomy": the show's short name)
            stem = what.split()[0]
            at = text.find(name)
            if alone > text.count(f"{who}'s {what}") + text.count(f"{who}’s {what}") and \
                    not (at >= 0 and _LINE_OPENS_WITH.search(text, max(0, at - 8), at) and
                         text.startswith(" (", at + len(name))) and \
                    not (stem != what and (T.franchise_owner(text, f"{who}'s", stem)
                                           or T.franchise_owner(text, f"{who}’s", stem))):
                # (but "RuPaul's Drag Race UK" beside "RuPaul's Drag Race All Stars": the
                # possessive opens a franchise's titles; and "Dawson's Creek (The WB, 8 p.m.)."
                # leading a listing's line is the show's whole name, "Dawson" its short one)
                del shows[key]
                shows.setdefault(show_key(what), what)
    for span in possessive:  # "Mike Colter's first season" names a person, not a show
        found = _name_at(text, span)
        if found is not None and (show_key(found[0]) in shows
                                  or text.count(found[0]) > 1):
            add(found)
    for key, name in list(shows.items()):
        at = text.find(name + ":")
        if at >= 0 and _MOVIE_AFTER_COLON.match(text, at + len(name) + 1):
            other.setdefault(key, name)  # "El Camino" of "El Camino: A Breaking Bad Movie"
        if _MOVIE_END.search(name):
            other.setdefault(key, name)  # "El Camino: A Breaking Bad Movie", "Deadwood: The Movie"
            if ":" in name:
                head = name.split(":", 1)[0]
                other.setdefault(show_key(head), head)
    if "Movie" in text or "Film" in text:
        for m in _MOVIE_TITLE.finditer(text):  # "the long-awaited Deadwood: The Movie, which
            other.setdefault(show_key(m.group()), m.group())  # ..., arrives May 31": a film
    if "big-screen" in text or " film" in text or " movie" in text:
        for key, name in list(shows.items()):
            at = text.find(name)
            while at >= 0:
                if _FILM_APPOSITION.match(text, at + len(name)):
                    other.setdefault(key, name)  # "X, the big-screen continuation of ...,"
                    break
                at = text.find(name, at + len(name))
    for key, other_name in other.items():
        if key in shows and _season_attached(text, shows[key]) and (
                other_name == shows[key] or not _season_attached(
                    text, other_name, [n for n in shows.values() if other_name.lower() in n.lower()])):
            continue  # '"The Walking Dead" unveiled a trailer for its seventh season' beside
            # 'the latest "Walking Dead" comic issue': the show keeps its name (as '"Wheel of
            # Fortune" starts its 41st season' does beside 'the new "Wheel of Fortune" video game')
        shows.pop(key, None)
    body_start = blocks[0].end if len(blocks) > 1 else 0
    for key, name in list(shows.items()):  # "Zom 100: Bucket List of the Dead, the comedy
        if f"{name}: " not in text:  # about ..., will join": one title, not two
            continue
        for sub_key, sub in list(shows.items()):
            colon_title = f"{name}: {sub}"
            if sub_key != key and key in shows and sub_key in shows and \
                    colon_title in text and len(sub.split()) >= 2 and \
                    not _POSSESSIVE_NEXT.match(text, text.find(colon_title) + len(colon_title)) \
                    and not (len(sub.split()) == 2 and sub.split()[0].lower() in vocab.FIRST_NAMES
                             and _LINE_OPENS_WITH.search(text, 0, text.find(colon_title))):
                # (not "Agent Carter: Hayley Atwell's second season", "Doctor Who: Peter Capaldi
                # will be back": a label, then its star)
                del shows[sub_key]
                if text.count(name) == text.count(colon_title):  # (but "Outlander" named
                    del shows[key]  # alone too stays beside "Outlander: Blood of My Blood")
                shows[show_key(colon_title)] = colon_title
                exact.add(show_key(colon_title))
                break
    for key, name in list(shows.items()):
        full = _subtitled(text, name, body_start)
        if full is not None and show_key(full) not in shows and show_key(full) not in other:
            shows[key] = full  # "Frieren" in a headline, "Frieren: Beyond Journey's End" in the body
    for key, name in list(shows.items()):
        if key not in shows:
            continue
        names = _LIST_SEPARATOR.split(name)
        part_keys = [show_key(p) for p in names]
        if len(part_keys) > 1 and all(p in shows for p in part_keys) and key in exact and \
                not any(p in exact for p in part_keys):
            for part_key in part_keys:  # '"Parks and Recreation" will return': quoted whole, one
                shows.pop(part_key, None)  # title
        elif len(part_keys) > 1 and all(p in shows for p in part_keys):
            del shows[key]  # "Community and Whitney" is two shows
        else:
            names = _AND_SEPARATOR.split(name)
            parts = [show_key(p) for p in names]
            if len(parts) == 2 and key not in exact and parts[0] in shows and \
                    T.title_like(names[1]) and not _AND_THE.match(name):
                del shows[key]  # "Matlock and Elsbeth" when Matlock is a show of its own,
                shows.setdefault(parts[1], names[1])  # "Law & Order and Law & Order: SVU"
    for key, name in list(shows.items()):
        if key in exact or " " in name or not name[:1].isupper() or re.search(
                rf"\b{re.escape(name)}(?:['’]s)?,?\s+(?i:season|series)\s+\w", text):
            continue  # (but "Harrow season three" beside "Dr Daniel Harrow" is the show)
        # "the Herron spinoff" beside "Mick Herron's London Rules": a surname, not a title
        # (and "starring Yannick Bisson" beside "alongside Bisson": a person named in full)
        for m in re.finditer(rf"(?<![\w.])([A-Z][a-z]{{2,}}) {re.escape(name)}\b(['’]s\b)?", text):
            first = show_key(m.group(1))
            if first not in shows and first not in T.NOT_SHOWS and \
                    (first in vocab.FIRST_NAMES or  # (a sentence may open with a given name)
                     not re.search(r"[.!?:\n]\s*$", text[max(0, m.start() - 3):m.start()])) and \
                    (m.group(2) or T.is_person(text, m.start(), m.end()) and not
                     text.endswith(" as ", 0, m.start())):  # ("returns as Cassian Andor": a
                # character, and shows are named after theirs)
                del shows[key]
                break
    for key, name in list(shows.items()):
        if key not in exact and key not in described_keys and (given_name_only(text, name) and (
                _cast_pair(text, name) or any(_OWNS_SHOW.match(text, m.end()) for m in re.finditer(
                    rf"\b{re.escape(name)}\b", text))) or _first_name_of(text, name)
                                  or _character_pair(text, name) or _named_as_person(text, name)):
            del shows[key]  # "David Duchovny and Gillian Anderson return on Sunday": a cast
            # ("Jon will be back at Castle Black" after "where Jon Snow is headed": a character)
    body = text[blocks[0].end:] if blocks else ""
    for key, name in list(shows.items()):
        # "The Showrunner of Slow Horses on What Comes Next": a Title Case headline runs a
        # title into what the interview is about; the body names the show alone.
        about = _ON_TOPIC.match(name)
        if about and name not in body and re.search(rf"\b{re.escape(about.group(1))}\b", body):
            del shows[key]
            shows.setdefault(show_key(about.group(1)), display_name(about.group(1)))
    for key, name in list(shows.items()):  # "FX brings back Raylan Givens for Justified: City
        cut = name.find(" for ")  # Primeval": a character, and the show he comes back for
        if cut > 0 and (_PERSON_NAME.fullmatch(name[:cut]) or show_key(name[:cut]) in T.NOT_SHOWS) \
                and len(name[cut + 5:].split()) > 1 \
                and T.title_like(name[cut + 5:]):  # (but "Like Water for Chocolate" is one;
            # "outbid HBO and AMC for House of Cards": the networks, and the show they bid for)
            del shows[key]
            shows.setdefault(show_key(name[cut + 5:]), name[cut + 5:])
        maker = _MAKER_ON.match(name)
        if maker and T.title_like(name[maker.end():]):  # "teamed with Omaha Productions and NFL
            del shows[key]  # Films on Quarterback": the makers, and the show they made
            shows.setdefault(show_key(name[maker.end():]), name[maker.end():])
    return Titles(shows, other, set(shows) - strong, {k for k in owners if k not in strong})


# An English title in brackets after a title in its own language: "Les Revenants (The
# Returned)", "Ófærð (Trapped)", "Bron/Broen (The Bridge)"
_BRACKETED_TITLE = re.compile(r"\s\(([A-Z][^()\n,;:]{0,40})\)")
_FOREIGN_ARTICLE = re.compile(r"(?:Les|Le|La|L['’]|Il|Lo|Gli|Die|Der|Das|El|Los|Las|De|Het|Den|Det)\b")
_ENGLISH_ARTICLE = re.compile(r"(?:The|A|An|My)\s")


def translated_titles(text: str, names: dict[str, str]) -> dict[str, tuple[str, str]]:
    """{key of a title the text gives in its own language: (key, name) of the English title
    in brackets after it}, for readers who know the show by the English one. Either the
    original looks foreign (letters English has not, a French or German article, a title in
    sentence case) or only the bracketed one opens with an English article."""
    found = {}
    for key, name in names.items():
        at = text.find(name + " (")
        bracket = _BRACKETED_TITLE.match(text, at + len(name)) if at >= 0 else None
        if bracket is None:
            continue
        english = bracket.group(1).strip()
        english_key = show_key(english)
        if english_key == key or english_key in T.NOT_SHOWS or not T.title_like(english) or \
                full_person_name(english) or _foreign_title(english):
            continue  # ("Castle Rock (Hulu)", "Lupin (Omar Sy)")
        if _foreign_title(name) or (_ENGLISH_ARTICLE.match(english) and not _ENGLISH_ARTICLE.match(name)):
            found[key] = (english_key, english)
    foreign = [key for key in found if _foreign_title(names[key])]
    if foreign and 2 * len(foreign) < sum(_foreign_title(name) for name in names.values()):
        for key in foreign:  # a Telemundo lineup that glosses two of its eleven titles in
            del found[key]   # Spanish: its readers know the shows by the names it gives
    return found


def _foreign_title(name: str) -> bool:
    return not name.replace("’", "'").isascii() or bool(_FOREIGN_ARTICLE.match(name)) or \
        T.sentence_case_title(name)


def short_form_aliases(shows: dict[str, str], loose: frozenset[str] = frozenset()
                       ) -> dict[str, str]:
    """{short key: full key} for titles written in short: after a colon ("Lower Decks" is
    "Star Trek: Lower Decks", "Edgerunners" is "Cyberpunk: Edgerunners"), or before "and
    the" ("Percy Jackson" is "Percy Jackson and the Olympians")."""
    aliases = {}
    for key, name in shows.items():
        if ":" in name and not _HEADLINE_LABEL.match(name):  # (not "Genre TV This Summer:
            # Falling Skies": a headline's label before the title)
            tail = show_key(name.split(":", 1)[1])
            if tail in shows and tail != key:
                aliases[tail] = key
        head = _AND_THE.match(name)  # "Percy Jackson" is "Percy Jackson and the Olympians"
        if head is not None and show_key(head.group(1)) in shows:
            aliases[show_key(head.group(1))] = key
    # "Strictly" is "Strictly Come Dancing": a one-word title that begins one longer title
    # (of three words or more, without a colon: "Dexter" is not "Dexter: Resurrection")
    # (written as the long title's first word: "The Frontier" is not "Frontier of the Iron")
    # A one-word title found only loosely (as "Abbott's third-season premiere") may shorten
    # a two-word one too ("Abbott Elementary").
    longer: dict[str, list[str]] = {}
    for key, name in shows.items():
        words = name.split()
        if len(words) >= 2 and ":" not in name:
            longer.setdefault(words[0], []).append(key)
    for key, name in shows.items():
        fulls = [k for k in longer.get(name, ()) if len(shows[k].split()) >= 3 or key in loose]
        if " " not in name and len(fulls) == 1 and len(longer[name]) == 1:
            aliases.setdefault(key, fulls[0])
        owned = longer.get(name + "'s", []) + longer.get(name + "’s", [])
        if " " not in name and len(owned) == 1:
            aliases.setdefault(key, owned[0])  # "Grey's entering its 12th season" beside
            # "Grey's Anatomy": the show's short name, not "Grey"
    return aliases


_LIST_SEPARATOR = re.compile(r",\s+|\s+(?:and|&)\s+")
_AND_SEPARATOR = re.compile(r"\s+and\s+")
_AND_THE = re.compile(r"(\S.*?)\s+(?:and|&)\s+(?:the|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\S")  # (and "Spidey
# and His Amazing Friends": one title)


_DESCRIPTOR_WORD = _BeforeTitle(
    r"(?:series|show|sitcom|drama|comedy|docuseries|anime|miniseries|thriller|revival|"
    r"reboot|spinoff|spin-off|prequel|adaptation|mystery|procedural|anthology|western|soap|"
    r"dramedy|satire|epic|saga|serial|docudrama|cartoon|competition|contest|vehicle|noir|reimagining|piece|"
    r"re-imagining|retelling|remake|follow-up|continuation|offshoot|romance|melodrama|rom-com|romcom)\b,?",
    "A-Z0-9“\"‘'")
_MOVE_VERB = re.compile(r"\b(?:moved|moves|pushed|pushes|bumped|bumps|shifted|shifts)\s+$")
_GIVER_WORD = _BeforeTitle(
    r"(?<!-)handed|gave|(?<=has\s)given|(?<=have\s)given|renewed|renews|ordered|orders|picked\s+up|picks\s+up|greenlit|"
    r"greenlights|commissioned|commissions|re-?commissioned|re-?commissions|cancell?ed|revived|"
    r"revives|rescued|rescues|saved|"
    r"saves|brought\s+back|brings\s+back|bringing\s+back|(?<=will\s)bring\s+back|(?:is|are)\s+developing|"
    r"(?:is|are)\s+(?:also\s+)?preparing|readies|readying|"
    r"moved|moves|pushed|pushes|bumped|bumps|shifted|shifts|postponed|postpones|"
    r"(?:has|have)\s+promised|is\s+promising|promises|scheduled|schedules|slotted|slots|dated|dates|"
    r"(?<=has\s)set|(?<=have\s)set|sets")


def _descriptor_ends(text: str, low: str, start: int, end: int,
                     headline: bool | None = None) -> Iterable[int]:
    """``headline``: `title_case` of ``text[start:end]``, when the caller knows it."""
    for m in _DESCRIPTOR_WORD.finditer(text, low, start, end):
        if _SERIES_NUMBER.match(low, m.start()):
            continue  # "Series 7 of Shetland": a season, not "the series 7 of Shetland"
        named = _NEXT_NAME.match(text, m.end()) if text[m.start()].isupper() else None
        if named and show_key(text[m.start():named.end()]) in T.NOT_SHOWS:
            continue  # "1997: Comedy Central aired ...": a network's name, no descriptor
        if text[m.start()].isupper() and text[start:m.start()].strip() and \
                text[start:m.start()].rstrip()[-1] not in ".!?:\"“‘'":
            if headline is None:
                headline = title_case(text, start, end)
            if not headline:
                continue  # "at Anime NYC", "on Comedy Central": part of a name
        if _DESCRIPTOR.search(low, max(start, m.end() - 80), m.end()):
            yield m.end()


_NEXT_NAME = re.compile(r"\s*[A-Z][\w&+!-]*")
_SERIES_NUMBER = re.compile(r"series\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
                            r"ten|eleven|twelve)\b")


def _giver_ends(text: str, low: str, start: int, end: int) -> Iterable[int]:
    for m in _GIVER_WORD.finditer(text, low, start, end):
        yield m.end()


# A season told with a title: "X season 2", "X's third season", "X ... for its seventh season"
_SEASON_WITH_TITLE = re.compile(r"[”\"’']?(?:['’]s)?\s+(?:season\s+\d|series\s+\d|(?:\w+\s+){0,6}?"
                                r"(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)\b)")


def _season_attached(text: str, name: str, within: Iterable[str] = ()) -> bool:
    """Is ``name`` written somewhere with a season of its own (where it is not part of a
    longer name ``within``: "Fear the Walking Dead")?"""
    low = text.lower()
    spans = [(m.start(), m.end()) for longer in within if longer != name
             for m in re.finditer(re.escape(longer.lower()), low)]
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not any(s <= at and end <= e for s, e in spans) and not text[end:end + 1].isalnum() and \
                _SEASON_WITH_TITLE.match(text, end, end + 80):
            return True
        at = text.find(name, end)
    return False


def title_case(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` written in Title Case ("CBS Sets Fall Premiere Dates")? Short
    words aside, nearly every word is capitalized."""
    if end - start > 300:
        return False  # a paragraph, not a headline (and counting its words is not free)
    words = [w for w in _WORD.findall(text, start, end) if w.lower() not in SMALL_WORDS
             and not w[0].isdigit()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NUMBERED_NAME = re.compile(r"(.*\S)\s+(\d{1,2})")  # "Stranger Things 2"
_PART_WORD_END = re.compile(r"\b(?:part|volume|vol\.?|chapter|season|book|series|no\.?)$",
                            re.IGNORECASE)


def full_names(text: str, names: dict[str, str]) -> dict[str, str]:
    """{key: "The X"} for the titles ``names`` gives without "The" that the article also writes
    with it, standing as a name of its own: "Iron Fist and Defenders" beside "(and even The
    Defenders)" is shown as "The Defenders" (but "The Game of Thrones prequel" names no
    "The Game of Thrones")."""
    return {key: "The " + name for key, name in names.items()
            if not name.startswith("The ") and text.find("The " + name) >= 0
            and re.search(rf"(?<![\w-])The {re.escape(name)}{_NAME_ENDS}", text)}


_PRONOUN_TITLES = frozenset(("it", "you", "they", "we", "he", "she", "this", "that", "her", "him", "us",
                             "them"))
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\(\s*)$")
_LOWER_WORD = re.compile(r"\s+[a-z]")


_AFTER_ELLIPSIS = frozenset(',”"’\'')


class TitleIndex:
    """Pass two: every mention of the article's and the database's titles."""

    def __init__(self, titles: dict[str, str], known: Iterable[str] = (),
                 weak: Iterable[str] = (), owners: Iterable[str] = (),
                 seasons_said: Iterable[int] = (), text: str = "") -> None:
        """``seasons_said``: the season numbers the article names ("its 49th season" makes
        "Survivor 49" season 49 of Survivor); ``text``: the article, where a numbered title's
        name may also stand alone ("Survivor 47 kicks off ... the same night as Survivor")."""
        said = frozenset(n for n in seasons_said if n >= 20)  # ("Station 19" is a title)
        self.names: dict[str, str] = dict(titles)
        self.weak = frozenset(weak)
        self.owners = frozenset(owners)
        self.aliases = short_form_aliases(titles, self.weak | self.owners)
        for name in known:
            key = show_key(name)
            if key and key not in T.NOT_SHOWS:
                self.names.setdefault(key, display_name(name))
        for key, (english_key, english) in translated_titles(text, self.names).items():
            self.names.setdefault(english_key, english)
            self.aliases[key] = english_key
        forms: dict[str, str] = {}
        for key, name in self.names.items():
            bare = _LEADING_ARTICLE.sub("", name)
            for form in {name, name.replace("’", "'"), display_name(name), bare,
                         name.replace("...", "…"), name.replace("…", "...")}:  # (an ellipsis
                # as three dots or one character: "I'm a Celebrity… Get Me Out of Here!")
                forms.setdefault(form.lower(), key)
        self._forms = forms
        self._lower = {n for n in self.names.values() if n[:1].islower()}
        # "Stranger Things 2" is season 2 of "Stranger Things" when the article names both.
        self.numbered: dict[str, tuple[str, int]] = {}
        for key, name in list(self.names.items()):
            m = _NUMBERED_NAME.fullmatch(name)
            if m is None:
                continue
            base, number = show_key(m.group(1)), int(m.group(2))
            alone = base in self.names or number >= 13 and (len(m.group(1).split()) >= 3 and all(
                w[:1].isupper() for w in m.group(1).split()) or bool(text) and re.search(
                rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-]|\s+\d|:)", text) is not None)
            # ("The Amazing Race 35": a long title and a count past twelve, its season)
            if not (1 < number <= 12 or number in said or number >= 13 and alone):
                continue  # ("Survivor 47" beside "Survivor", but "Station 19" alone)
            if _PART_WORD_END.search(m.group(1)):
                continue  # "The Final Season Part 2" is a title, not season 2 of something
            if alone or len(m.group(1).split()) >= 2 or number in said:
                self.names.setdefault(base, m.group(1))
                self.numbered[key] = (base, number)
        # Forms by their first word, longest first: finding titles is a dictionary lookup per
        # word, not a regular expression of every title (which would be compiled per article).
        self._by_first: dict[str, list[str]] = {}
        for form in forms:
            first = _WORD.match(form)
            if first is not None:
                self._by_first.setdefault(first.group(), []).append(form.replace("’", "'"))
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def _matches(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """(start, end) of every title form in ``text[start:end]``, leftmost-longest."""
        if not self._by_first:
            return
        low = text[start:end].lower().replace("’", "'")
        if len(low) != end - start:
            return
        by_first = self._by_first
        pos = 0
        for word in _WORD.finditer(low):
            forms = by_first.get(word[0])  # (most words begin no title: one lookup, no more)
            if forms is None:
                continue
            at = word.start()
            if at < pos:
                continue
            for form in forms:
                stop = at + len(form)
                if low.startswith(form, at) and (stop == len(low) or not (
                        low[stop].isalnum() or low[stop] == "_")):
                    yield start + at, start + stop
                    pos = stop
                    break

    def refs(self, text: str, start: int, end: int) -> list[Ref]:
        found = []
        for s, e in self._matches(text, start, end):
            written = text[s:e]
            if not (written[0].isupper() or written[0].isdigit() or written in self._lower):
                continue
            key = self._forms.get(written.lower().replace("’", "'")) or show_key(written)
            key = self.aliases.get(key, key)
            season = None
            if key in self.numbered:
                key, season = self.numbered[key]
            name = self.names.get(key, written)
            if len(name) <= 4 and written != name and written != name.upper():
                continue  # "You" the word is not "YOU" the show
            if written.lower() in _PRONOUN_TITLES and text[s - 1:s] not in QUOTE_OPENERS and \
                    _SENTENCE_HEAD.search(text, max(0, s - 3), s) and _LOWER_WORD.match(text, e):
                continue  # "It starts Monday, June 25": the pronoun, not the film "It"
            if _SIGNED_BEFORE.search(text, max(0, s - 3), s) and _SIGNATURE_AFTER.match(text, e):
                continue  # "— Lucifer Garza, Brownsville": a reader's name signing a question
            if season is None and (number := NUMBER_COLON.match(text, e)
                                   or _NUMBER_SUBJECT.match(text, e)) is not None:
                season = int(number.group(1))  # "Stranger Things 5: release schedule",
                # "Survivor 50, billed as ..., premieres"
            elif season is None and ":" not in name and not _SEASON_WORD_IN_NAME.search(name) and \
                    (part := _PART_SEASON.match(text, e)) is not None:
                word = part.group(1)
                season = int(word) if word.isdigit() else vocab.COUNTS[word.lower()]  # "Making a
                # Murderer Part 2": the second season
            dots = 3 if text.startswith("...", e) else 1 if text.startswith("…", e) else 0
            if dots and text[e + dots:e + dots + 1] in _AFTER_ELLIPSIS:
                e += dots  # '"And Just Like That...," the revival of ...': the title's own dots
            found.append(Ref(key, name, s, e, season, key in self.weak, key in self.owners))
        return found
