"""The temporal grammar: date phrases in text → exact dates, honest windows, or TBA.

`tag_dates` tokenizes each paragraph once, tries the rules that can begin at the word starts
near each core word (`patterns.py`), reads each match with its rule (`rules.py`) in context
(tense, the anchor chain), and returns the mentions in text order. Pure: the reference date is
an argument.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import chain
from typing import Any

from tracker.errors import BadDate
from tracker.model import Anchor, DateMention, Kind, Precision, Window
from tracker.temporal import patterns as P
from tracker.temporal.resolve import add_months
from tracker.temporal.rules import RULES, Found, Reading
from tracker.temporal.segment import paragraphs, sentences

__all__ = ["tag_dates", "tag_paragraph", "tag_phrase", "parse_when", "paragraphs", "sentences"]


# Tense: the last cue before a phrase, within its clause, decides whether it looks back.
_FUTURE_CUES = (
    "will", "'ll", "’ll", "shall", "is set", "are set", "set to", "set for", "slated", "scheduled",
    "expected", "plans to", "plan to", "planned", "due", "coming", "comes", "premieres",
    "debuts", "returns", "arrives", "airs", "launches", "bows", "begins", "starts", "resumes",
    "opens", "hits", "reaches", "is now", "are now",  # ("is now also a midseason show"; "A Swedish
    # drama, told from six points of view, reaches Netflix in October")
    "moving to", "moves to", "shifts to", "heads to", "jumps to", "slides to",  # ("and moves
    # to Fridays in November": the slot ahead)
    "lands", "drops", "streams", "kicks off", "is back", "are back", "going to", "targeting",
    "eyeing", "upcoming", "next", "until", "return", "premiere", "debut", "arrive", "launch",
    "begin", "bow", "rolls out", "to be", "will be", "pushed to", "moved to", "delayed to",
    "bumped to", "pushed back to", "shifted to", "moved back to", "moved up to",
    "would", "come",  # "said it would come in March": a future told in the past
    "should", "could", "might",  # ("has confirmed a fourth season, which should air in the autumn")
    "expects", "expect", "hopes", "hope", "intends", "aims", "plans",  # ("said it expects
    # to release it in 2026")
    "on track", "target",  # ("now has an official target of early 2027")
    "to air", "to stream",  # ("renewed it for an 11th season, to air during the 2018-19 season")
    "aiming", "hoping", "planning", "intending",  # ("said AMC is aiming to bring it out in 2016")
    "picks up", "continues",  # ("X, which was named favorite drama, picks up its season Feb. 9")
    "is aimed", "are aimed", "is targeted", "are targeted", "is dated", "are dated",  # ("X,
    # which won a Golden Globe this month, is aimed at late 2017")
    "holds", "keeps", "gets",  # ("Roseanne, renewed after its revival drew 27 million viewers,
    # holds Tuesdays at 8 this fall")
    "returning", "premiering", "debuting", "arriving", "launching",  # ("announced its fall
    # calendar, with most of its lineup returning the week of Sept. 20": the news is past, the
    # premieres it lists are not)
)
_PAST_CUES = (
    "premiered", "debuted", "aired", "returned", "launched", "bowed", "arrived", "ended",
    "wrapped", "released", "began", "started", "concluded", "dropped", "streamed", "came out",
    "landed in", "landed on", "landed during", "landed at", "landed last", "landed back",
    # ("Given that season 7 landed during the holidays"; but "has landed a spot on the spring
    # schedule" is a plan)
    "came back", "kicked off", "finished", "ran", "made its debut", "made their debut",
    "ago", "previously", "was", "were", "had", "did", "since", "opened", "closed", "went",
    "presented", "announced", "revealed", "unveiled", "confirmed", "said", "told", "named",
    "ordered", "renewed", "cancelled", "canceled", "picked up", "greenlit", "reported",
    "tweeted", "posted", "shared", "teased", "showed", "screened", "held", "hosted",
    "died", "passed away", "retired", "departed", "exited", "quit", "joined", "married",
    "drew", "averaged", "attracted", "earned", "won",  # ("which drew seven million viewers in the spring")
    "delivered",  # ("delivered the night's biggest new-show number on Monday")
    "became", "halted", "paused", "suspended", "received",  # ("the game received a remastered
    # release in January")
    "logged", "racked up", "pulled in", "topped", "notched", "netted", "clocked", "amassed",
    "celebrated", "capped",  # ("which logged 68 million views in its first four days in
    # December")
    "left viewers", "left fans", "left audiences",  # ("which left viewers on a cliffhanger in
    # December")
    "laid out", "mapped out", "rolled out", "outlined", "detailed",  # ("laid out its first half
    # of 2026 on Tuesday": the day of the news)
    "signed", "inked", "struck", "sealed", "locked up",  # ("which Comedy Central locked up for six
    # more years in August")  # ("which halted production on its fifth season in May")
    "got a glimpse", "caught a glimpse", "got a look", "got a taste",  # ("Fans got a glimpse of
    # Vader in the second season premiere in June")
)
# A clause begins after its last clause mark ...
_LAST_CLAUSE_MARK = re.compile(r"[.!?;:\n—][^.!?;:\n—]*\Z")
# ... or after a later clause word (", and it points to a spring return": a new subject, a new
# tense), but not after an ", and" that goes on with the same one (", and on Hulu")
_CLAUSE_WORD_CUT = re.compile(
    r".*(?: but | while | after (?!(?:its|their|his|her|a|an)\s|[a-z]+ing\s)| whereas |, and (?!(?:on|in|at|by|for|from|to|with|then|"
    r"later|again|the same|a year)\b))",
    re.DOTALL)
_CUE_WORD = re.compile(r"[A-Za-z'’]+")
# In ASCII text a cue word is a run of letters and apostrophes: every other byte becomes a space.
_CUE_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalpha() or chr(c) == "'") else 32
                   for c in range(256))
_QUOTE_OPENING = re.compile(rb"(^| )'+(?=[A-Za-z]{3})")
_ADVERBS = frozenset(("also", "now", "still", "just", "again", "instead", "currently", "then"))
_MODALS = frozenset("will to 'll ’ll would could may might can should must be being is are".split())
_REPORTED = frozenset(
    "announced revealed confirmed said told reported unveiled noted tweeted posted shared "
    "released teased dropped".split()
)
_NOUN_CUES = frozenset("premiere debut return launch".split())
_PREMIERE_NOUNS = frozenset(("premiere", "debut", "launch", "return", "release", "bow"))
# A move told in the present perfect or the future, with no sentence's end after it: the
# date after its "to" is ahead
_MOVE_PLAN = re.compile(r"\b(?:has|have|will|has\s+been|have\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?"
                        r"(?:moved|pushed|bumped|shifted|delayed|postponed|rescheduled|held|move|push|"
                        r"shift)\b[^.;!?]*$")  # ("has been held back to midseason")
# "was moved from November to": the date after "to" is the one the show now has
_MOVED_FROM_TO = re.compile(r"\b(?:bumped|pushed|postponed|delayed|rescheduled|shifted|moved)\s+"
                            r"(?:back\s+|up\s+)?from\s+[^.;!?]{1,30}?\s+(?:in)?to\s+(?:the\s+|an?\s+)?\Z")
_SINCE_ASIDE = re.compile(r",\s+(?:the|its|their)\s+[a-z0-9]+\s+(?:season\s+|one\s+)?since\s+[^,.;]{1,40},\s+[^,]*\Z")
_ADJECTIVE_BEFORE = frozenset(("the", "a", "an", "its", "their", "his", "her"))
_OWNERS_BEFORE = frozenset(("its", "their", "his", "her"))
_MOVED = frozenset("bumped pushed postponed delayed rescheduled shifted moved".split())
_DETERMINERS = frozenset("the a an its their his her this that season series first second third "
                         "fourth fifth final new".split())
# Before "back in March", the words that make it a return still to come ("is back in March")
_BACK_AHEAD = frozenset("is are be been come comes coming get gets getting will 'll ’ll 's ’s "
                        "return returns returning bring brings due expected set slated scheduled "
                        "planned pegged penciled pencilled aiming targeted hoped hoping hopes should "
                        "could would may might to".split())
_AFTER_WORDS = frozenset(("after", "since", "following"))
_PAST_LINKS = frozenset(("which", "that", "who", "when", "and", "but", "after", "while"))
_FOR_PLAN = frozenset(("confirmed", "renewed", "ordered", "series", "greenlit", "commissioned",
                       "held", "saved", "kept", "reserved", "earmarked", "pegged", "slotted",
                       "picked"))
# ("has been held for midseason": where a show was put, still ahead)
_PLAN_VERBS = frozenset("set scheduled slated expected supposed planned due going meant hoped "
                        "intended aimed".split())


_BRING = frozenset(("bring", "brings", "bringing"))
_PLAN_MADE = frozenset(("confirmed", "announced", "set", "scheduled", "slated", "revealed", "unveiled",
                        "given", "gave", "got", "landed", "secured", "booked", "received"))
_PREMIERE_NOUN_NEXT = re.compile(r"(?:[^\s;:!?]+\s+){1,3}(?:premiere|debut|launch|return|bow|"
                                 r"release)\b")


def _cues_by_last_word() -> dict[str, tuple[tuple[int, list[str], bool], ...]]:
    """Each cue under its last word, longest first and past before future at one length, so a
    backward scan looks up one word instead of joining every 1-3 word phrase."""
    table: dict[str, list[tuple[int, list[str], bool]]] = {}
    for size in (3, 2, 1):
        for cues, past in ((_PAST_CUES, True), (_FUTURE_CUES, False)):
            for cue in cues:
                words = cue.split()
                if len(words) == size:
                    table.setdefault(words[-1], []).append((size, words, past))
    return {word: tuple(entries) for word, entries in table.items()}


_CUES_BY_LAST = _cues_by_last_word()


def _is_past(text: str, low: str, start: int, floor: int) -> bool:
    """True when the clause before ``start`` reads as past tense: the last tense cue before
    it is a past form ("premiered on March 18"), a reported verb is right before it
    ("announced Tuesday"), or a plan is told in the past ("was set to return this summer").
    Capitalized words are title words ("We Were the Lucky Ones"), not verbs."""
    begin = _clause_start(low, max(floor, start - 80), start)
    words, lowered = _cue_words(text, low, begin, start)
    if not words:
        return False
    k = len(lowered) - 1
    if lowered[k] == "for" and k >= 2 and lowered[k - 2:k] == ["in", "time"] or \
            k >= 3 and lowered[k] in ("a", "an", "the") and lowered[k - 3:k] == ["in", "time", "for"]:
        return False  # "wrapped in time for an early March debut": the aim, still ahead
    if k >= 2 and lowered[k] in ("in", "on") and lowered[k - 1] == "back" and \
            lowered[k - 2] not in _BACK_AHEAD and \
            not any(w in _BRING for w in lowered[max(0, k - 8):k - 1]):
        return True  # "renewed it for a second back in January": a time gone by (but "Starz
        # brings the drama back in February")
    if lowered[k] in ("a", "an") and k > 0 and lowered[k - 1] in _PLAN_MADE and \
            (k < 2 or lowered[k - 2] != "had") and _PREMIERE_NOUN_NEXT.match(low, start):
        return False  # "has confirmed a Sept. 22 premiere", "set an April 5 debut": the date of a
        # plan made (but "had set a Sept. 22 premiere", since changed)
    if lowered[k] == "on" and k > 0:
        k -= 1
    p = k - 1 if lowered[k] in ("a", "an", "the") and k > 1 and lowered[k - 1] in ("for", "as") \
        else k  # ("renewed it for the fall", "has picked up X as a midseason entry")
    if lowered[p] in _PREMIERE_NOUNS and p > 1 and lowered[p - 1] in _ADJECTIVE_BEFORE and \
            lowered[p - 2] == "for":
        p -= 2  # ("ordered the comedy for a premiere early in the year")
    if lowered[p] in ("for", "as") and p > 0 and (lowered[p - 1] in _FOR_PLAN or any(
            w in _FOR_PLAN and w != "series" for w in lowered[max(0, p - 9):p - 1])
            and not any(w in _PAST_LINKS for w in lowered[max(0, p - 9):p])
            or "slotted" in lowered[max(0, p - 6):p]):  # ("has ordered 13 episodes and
        # slotted the sixth season for midseason": a plan, whatever came before)
        return False  # "confirmed for January 2026", "picked up to series for the 2019-20
        # season", "renewed for 2027": the date of a plan (also with the show between:
        # "confirmed a second series of The Voice UK for next spring")
    if lowered[k] in _MOVED and low.startswith("from", start):
        return False  # "was bumped from May 5 to May 19": both dates still ahead
    q = k - 1 if lowered[k] in ("the", "a", "an") and k > 0 else k
    if lowered[q] in ("to", "into") and (_MOVE_PLAN.search(low, max(floor, start - 200), start)
                                        or _MOVED_FROM_TO.search(low, max(floor, start - 60), start)):
        return False  # "has pushed the second season, which won two Golden Globes, to the
        # summer", "was moved from November to early 2015": where the show now goes
    if lowered[k] in _REPORTED and not (k > 0 and lowered[k - 1] in ("be", "been", "to", "being",
                                                                     "is", "are")):
        return True  # "announced Tuesday" (but not "will be released on September 30")
    relative = low.find("which ", begin, start) >= 0 or low.find("who ", begin, start) >= 0
    for i in range(k, 0, -1) if relative else ():  # (a C search first: most clauses have none)
        if lowered[i - 1] in ("which", "who"):
            if lowered[i].endswith("ed") and words[i][0].islower() and \
                    lowered[i] not in _PLAN_VERBS and lowered[i] not in _FOR_PLAN and \
                    _RELATIVE_PAST.search(low, begin, start):
                return True  # "Sleepy Hollow, which squeaked out a renewal in May": a past
            break  # verb of the regular kind right after the relative pronoun, in a relative
            # clause still open (not "X, which caused a stir in 2021, returns later this year")
    cues = _CUES_BY_LAST
    for i in range(len(words) - 1, -1, -1):
        entries = cues.get(lowered[i])
        if entries is None:
            continue
        word = words[i]
        if not (word[0].islower() or word[0] in "'’" or (word.isupper() and len(word) > 1)):
            continue  # a title word
        if lowered[i] in _NOUN_CUES and _event_noun(lowered, i):
            continue  # "at the season 3 premiere in February": a noun, not a verb's tense
        for size, phrase, past in entries:
            if i + 1 < size or lowered[i - size + 1:i + 1] != phrase:
                continue
            if not past and size == 1 and i > 0 and (lowered[i - 1] in _OWNERS_BEFORE or lowered[i] in (
                    "plans", "hopes", "target") and any(w in _OWNERS_BEFORE for w in lowered[max(0, i - 3):i])):
                break  # "announced its plans on Monday", "laid out its first-quarter plans on
                # Monday": a noun after "its", no tense
            if not past and i > 0 and lowered[i - 1] in _AFTER_WORDS and lowered[i].endswith("ing"):
                return True  # "wrapped its first season after premiering in June": a time gone by
            if past and i + 1 < len(lowered) and lowered[i + 1] == "by" and \
                    low.rfind(",", begin, start) > low.rfind(f" {lowered[i]} by ", begin, start) >= 0:
                break  # ("season three of X, hosted by Alan Cumming, for January": a
                # participle aside that describes, no tense; not "released by Nielsen on Tuesday")
            if past and i >= size and lowered[i - size] in _ADJECTIVE_BEFORE:
                break  # "the episodes of the cancelled drama": an adjective, no tense
            if past and phrase == ["since"] and _SINCE_ASIDE.search(low, begin, start):
                break  # "kicks off its 10th season, the second since the comeback, the following
                # Thursday": an aside's "since", closed before the date
            if past:
                j = i - size
                while j > 0 and lowered[j] in _ADVERBS:
                    j -= 1  # ("is also held back", "will now be released")
                before = lowered[j] if j >= 0 else ""
                if before in ("get", "gets", "getting"):
                    return False  # "gets started Wednesday": a present verb
                return before not in _MODALS  # "to be released" looks ahead
            # "was set to return": the plan right before the verb
            if _past_plan(lowered[max(0, i - size - 4):i + 3]):
                return True
            if i - size < 2 and begin == start - 80 and begin > floor and lowered[i - size] == "to":
                # the verb's plan begins before the 80 characters read ("FX had planned to
                # launch the Chris Rock-led fourth installment of Noah Hawley's anthology on
                # April 19")
                cut = low.find(" ", begin, start) + 1  # (at a word's start: the window may
                # open inside one)
                _, farther = _cue_words(text, low, _clause_start(low, max(floor, start - 200), start),
                                        cut)
                _, near = _cue_words(text, low, cut, start)
                return _past_plan(farther[-6:] + near[:len(near) - (len(lowered) - i - 3)])
            return False
    if _past_plan(lowered):
        return True
    if begin == start - 80 and begin > floor:  # no cue in the 80 characters before: a plan told
        # further back in the clause ("FX had planned to launch the fourth installment of
        # Fargo, with Chris Rock as a Kansas City crime boss, on April 19")
        wider = _clause_start(low, max(floor, start - 200), start)
        _, farther = _cue_words(text, low, wider, begin)
        return bool(farther) and _past_plan(farther + ["to"])
    return False


_RELATIVE_PAST = re.compile(r"\b(?:which|who)\s+[a-z]+ed\b(?:(?!\b(?:premieres|returns|debuts|arrives|"
                            r"launches|opens|airs|streams|bows|hits|lands|drops|comes|starts|"
                            r"begins|will|is|are)\b)[^,;()—–-])*$")  # (no main verb after it)


def _clause_start(low: str, begin: int, start: int) -> int:
    """Where the clause that ends at ``start`` begins, searching from ``begin``. (A search
    for the last mark, not a greedy ".*" before one, which would walk back over the clause a
    character at a time; and that walk for a clause word only where one is.)"""
    mark = _LAST_CLAUSE_MARK.search(low, begin, start)
    while mark is not None and low[mark.start()] == "." and low[mark.start() + 1:mark.start() + 2].isdigit():
        mark = _LAST_CLAUSE_MARK.search(low, begin, mark.start())  # (not the point of "8.6 million")
    if mark is not None:
        begin = mark.start() + 1
    clause = low[begin:start]
    if " but " in clause or " while " in clause or " after " in clause or \
            " whereas " in clause or ", and " in clause:
        cut = _CLAUSE_WORD_CUT.match(low, begin, start)  # (a later cut word wins over a mark)
        if cut is not None:
            begin = cut.end()
    return begin


def _cue_words(text: str, low: str, begin: int, start: int) -> tuple[list[str], list[str]]:
    """The words of ``text[begin:start]`` (runs of `_CUE_WORD`) and the same words lowercase."""
    window = text[begin:start]
    if window.isascii():  # (a few C calls instead of two regex scans: most clauses are ASCII)
        kept = window.encode("ascii").translate(_CUE_BYTES)
        if b" '" in kept or kept.startswith(b"'"):  # ("said the series 'drops on ...": the
            kept = _QUOTE_OPENING.sub(b"\\1", kept)  # quoted verb is a cue)
        return kept.decode("ascii").split(), kept.lower().decode("ascii").split()
    words = _CUE_WORD.findall(text, begin, start)
    lowered = _CUE_WORD.findall(low, begin, start) if low is not text else []
    if len(lowered) != len(words):  # text changed its letters when lowercased
        lowered = [w.lower() for w in words]
    return words, lowered


def _event_noun(words: list[str], i: int) -> bool:
    """"at the season 3 premiere", "after its debut": the premiere as an event someone was
    at, which says nothing of tense ("ahead of the season 3 premiere" still looks ahead)."""
    j = i - 1
    if j >= 2 and words[j] not in _DETERMINERS and words[j - 1] in ("a", "the") and \
            words[j - 2] == "at":
        j -= 1  # ("announced at a drama launch in London": one noun before it)
    while j >= 0 and (words[j] in _DETERMINERS or words[j].isdigit()
                      or words[j].endswith(("'s", "’s"))):  # ("in the show's second season premiere")
        j -= 1
    return j < i - 1 and j >= 0 and words[j] in ("at", "after", "during", "since", "following", "in",
                                                 "for")  # ("drew 10 million for its premiere")


def _past_plan(words: list[str]) -> bool:
    """"was set to return", "had planned to release": a plan that was, not a premiere to come."""
    for i in range(len(words) - 1, 1, -1):
        j = i - 1
        while j > 1 and (words[j].endswith("ly") or words[j] in ("once", "long", "first")):
            j -= 1  # ("had been widely expected in August", "was originally set for")
        if words[i] in _PLAN_VERBS and (
                words[j] in ("had", "was", "were")
                or words[j] == "been" and words[j - 1] == "had") and \
                (i + 1 == len(words) or words[i + 1] in ("to", "for", "back", "in", "on")):
            return True  # ("which had been expected back in September")
        if words[i - 1] == "to" and words[i - 2] in _PLAN_VERBS:
            head = words[max(0, i - 5):i - 2]
            return "was" in head or "were" in head or "been" in head or "had" in head
    return False


def _read(rule: str, match: re.Match[str], text: str, today: date, anchor: Window | None,
          past_at: Callable[[int], bool], anchor_past: bool = False, anchor_end: int = -1
          ) -> Found | None:
    prefix = rule + "_"

    def groups(name: str) -> str | None:
        return match.group(prefix + name)

    reading = Reading(text, today, anchor, match.start(), match.end(), past_at,
                      anchor_past=anchor_past, anchor_end=anchor_end)
    return RULES[rule](reading, groups)


_WORDS = re.compile(r"[^\W_]+")


def _candidates(text: str, low: str, start: int, end: int
                ) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(word start, rules to try there), in text order: the words up to
    `patterns.LOOKBACK_CHARS` before each core word that can begin one of the rules whose
    phrases contain that core. ``low`` is ``text.lower()`` when that keeps every index, else
    ``text`` itself (then words are lowercased one by one).

    Start and core words are found by one compiled scan, so a paragraph without a date costs
    a single regex pass."""
    first_at: list[int] = []  # where each start word begins (two flat lists, not pairs:
    first_words: list[str] = []  # ... and its key         the lookback bisects first_at)
    cores: list[tuple[int, str]] = []
    folded = low is text
    kinds: dict[Any, tuple[str | None, str | None]]  # (str keys, or bytes for bytes tokens)
    core_end = start  # cores do not overlap: "3/18/2016" has "3/1" and "2016", not "18/2"
    # (A token is matched with the character before it, so the scan starts one early.)
    begin = max(start - 1, 0)
    spaced = None if folded else _spaced(low, begin, end, start == 0)
    if spaced is not None:
        kinds = P.TOKEN_KINDS_SPACED
        tokens: Iterable[re.Match[str]] | Iterable[re.Match[bytes]] = \
            P.TOKEN_SPACED.finditer(spaced)
        offset = begin - (start == 0)  # (a space stands before the text's first word)
    else:
        kinds = P.TOKEN_KINDS
        tokens = (P.TOKEN_ANYCASE if folded else P.TOKEN).finditer(low, begin, end)
        offset = 0
        if start == 0:
            head = (P.TOKEN_HEAD_ANYCASE if folded else P.TOKEN_HEAD).match(low, 0, end)
            if head is not None:
                tokens = chain((head,), tokens)
    for token in tokens:
        word: Any = token[1]  # (group 1, the token, str or bytes; subscripting costs less
        # than a method call)
        at = token.start(1) + offset
        stop = at + len(word)
        kind = kinds.get(word.lower() if folded else word)
        if kind is not None:
            first, core = kind
            if first is not None:
                first_at.append(at)
                first_words.append(first)
            if core is not None and at >= core_end:
                cores.append((at, core))
                core_end = stop
            continue
        first_at.append(at)
        first_words.append("0")  # (a number; "1h" and "2h" are words of their own)
        if at >= core_end:
            core_at = _number_core(low, low[at:stop].lower() if folded else low[at:stop], stop)
            if core_at is not None:
                core, core_end = core_at
                cores.append((at, core))
    if not cores:
        return
    lookback = P.LOOKBACK_CHARS
    tables = P.CANDIDATE_RULES
    tried: dict[int, set[str]] = {}  # word start -> rules already tried there
    for at, core in cores:
        rules_from = tables[core]
        low_i = bisect_left(first_at, at - lookback)
        for i in range(low_i, bisect_right(first_at, at, low_i)):
            rules = rules_from[first_words[i]]
            if not rules:
                continue
            pos = first_at[i]
            done = tried.get(pos)
            if done is None:
                tried[pos] = set(rules)
            elif done.issuperset(rules):
                continue  # (often: a month and its year share the words before them)
            else:
                rules = tuple(r for r in rules if r not in done)
                done.update(rules)
            yield pos, rules


def _spaced(low: str, begin: int, end: int, head: bool) -> bytes | None:
    """``low[begin:end]`` as bytes in which every non-word character is a space
    (`patterns.TOKEN_SPACED` scans them), with one more space before it at the ``head`` of
    the text, when it is ASCII once its typographic marks are made plain; else None."""
    region = low[begin:end]
    if not region.isascii():
        for mark, plain in P.PLAIN_MARKS:
            region = region.replace(mark, plain)
        if not region.isascii():
            return None
    spaced = region.encode("ascii").translate(P.SPACED)
    return b" " + spaced if head else spaced


def _number_core(low: str, word: str, end: int) -> tuple[str, int] | None:
    """A number token that can be part of a date on its own: its core key (as
    `patterns.core_key` names it) and where the core ends; None for any other number.
    ("1h" and "2h" are not asked: `patterns.TOKEN_KINDS` knows them.)"""
    after = low[end:end + 1]
    if not (word.isdigit() and word.isascii()):
        if len(word) <= 4 and word[-2:] in _ORDINAL_ENDS and word[:-2].isdigit() and \
                low[max(0, end - len(word) - 4):end - len(word)] == "the ":
            return "ordinal", end  # "on the 28th"
        return None
    if len(word) == 4 and word[:2] in ("19", "20") and after != "_":
        return "year4", end  # a year ("2016", "2016-03-18")
    if len(word) <= 4 and after in ("/", "-") and low[end + 1:end + 2] in _DIGITS:
        return ("year4" if len(word) == 4 else "numdate"), end + 2  # "3/18", "1234-5"
    if len(word) <= 2 and after == "." and low[end + 1:end + 3].isdigit():
        return "numdate", end + 3  # "9.22", as promo copy writes September 22
    return None


_DIGITS = frozenset("0123456789")
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))


def _scan(text: str, low: str, start: int, end: int, today: date,
          carried: Window | None = None) -> Iterator[DateMention]:
    """Mentions in ``text[start:end]``. ``carried`` is the last day named in the paragraph
    before, which only "the same night" at the head of this one may refer to, and "on the 21st"
    anywhere in it before a date of its own (a lineup that names the month once)."""
    anchor: Window | None = None
    anchor_past = False  # a past mention ("set to premiere in January") anchors only past ones
    anchor_end = -1  # where the anchoring phrase ends
    tenses: dict[int, bool] = {}  # position -> read in the past tense (rules and mentions ask)

    def past_at(position: int) -> bool:
        past = tenses.get(position)
        if past is None:
            past = tenses[position] = _is_past(text, low, position, start)
        return past

    pos = start
    head = _HEAD.match(text, start, end).end()  # where the paragraph's first word begins
    # Rules match ``low`` (group values come lowercase) and read their context in ``text``.
    patterns = P.SINGLE if low is text else P.SINGLE_FOLDED
    for at, rules in _candidates(text, low, start, end):
        if at < pos:
            continue
        # The first rule, in grammar order, that matches here and accepts its reading (a later
        # rule is tried when an earlier one rejects, as a backtracking alternation would).
        for rule in rules:
            match = patterns[rule].match(low, at, end)
            if match is None:
                continue
            if anchor is not None and _BEFORE_THAT.search(low, anchor_end, at):
                anchor = None  # "... begins streaming May 29. Before that, X comes back in
                # April": an earlier date, read from the reference, not after the one before
            near = anchor if anchor is not None or (at > head and rule != "ordday") else carried
            found = _read(rule, match, text, today, near, past_at, anchor_past, anchor_end)
            if found is not None:
                break
        else:
            continue
        pos = match.end()
        s, e = found.span or match.span()
        s, e = _trim(text, s, e)
        s = _hedge_start(text, low, max(start, s - 24), s)
        window = Window(found.start, found.end, found.precision, text[s:e], found.anchor)
        past = found.precision is not Precision.TBA and (past_at(s) or _fronted_past(text, low, start, s, e))
        yield DateMention(window, (s, e), rule, past)
        if window.start is not None and rule not in ("soon", "horizon", "count", "sameday",
                                                     "samemonth", "offset", "then") and \
                not _SETTING.search(low, max(start, s - 14), s) and \
                not (low.endswith("the ", max(start, s - 4), s) and _EVENT_NOUN_AFTER.match(low, e)) and \
                not (rule == "year" and _MODIFIER_YEAR_AFTER.match(low, e)
                     and _DETERMINER_BEFORE.search(low, max(start, s - 12), s)):
            # (a story's setting, "..., set on the Fourth of July. The same day, ...", an event
            # named by its month, "picks up from the December cliffhanger", or a thing by its year,
            # "based on a 2013 novel": no date the next phrase is read from)
            anchor = window
            anchor_past = past
            anchor_end = e


# "On Tuesday, the streamer laid out its slate": a day that opens a sentence, told with the past
# tense of its clause's verb, is when something was done, not a date to come.
_SENTENCE_OPEN = re.compile(r"(?:[.!?][\"”’')]*|\n|;|,\s+and|,\s+but)\s*\Z")  # (or a clause's)
_EVENT_PAST_VERB = re.compile(r"\s+(?:\w+\s+)?(?:kept|drew|was|made|put|earned|topped|delivered|"
                              r"pulled|broke|landed|became|averaged|brought|gave|won)\b")
_EVENT_OWNER = re.compile(r"\b(?:its|their|the)\s+\Z")
_EVENT_NOUN_NEXT = re.compile(r"\s+(?:debut|premiere|launch|return|opener|bow)\b(?:\s+on\s+[\w+]+)?")
_VERB_PAST_AFTER = re.compile(
    r",?\s+(?:[\w.&'’+-]+\s+){1,4}?(laid\s+out|announced|said|revealed|confirmed|unveiled|got|"
    r"released|told|posted|shared|tweeted|premiered|debuted|aired|launched|reported|teased|"
    r"presented|held|hosted|named|ordered|renewed|cancell?ed|picked\s+up|gave|offered|issued|"
    r"published|screened|showed|sent|wrapped|ended|concluded|finished|drew|won|was|were)\b")


_REPORT_NEXT = re.compile(r" (?:announced|released|revealed|confirmed|unveiled|said|renewed|ordered|set|"
                          r"cancell?ed|picked\s+up|named|gave|issued|shared|posted|laid\s+out|"
                          r"unwrapped|handed|greenlit|canceled|became|locked|dated|slotted|filled|"
                          r"rolled\s+out|lifted|took)\b")  # ("Fox on Tuesday became the latest
# network to lock in its fall dates")


def _fronted_past(text: str, low: str, start: int, s: int, e: int) -> bool:
    """Does the phrase at ``low[s:e]`` open its sentence ("On Tuesday, HBO announced ...")
    before a clause in the past tense? (The verb is written lowercase: "April 11 - We Were the
    Lucky Ones" is a title.)"""
    if _REPORT_NEXT.match(low, e) and text[e + 1:e + 2].islower():
        return True  # "The network on Tuesday released its dates": when it was done
    if s - 3 >= start and low.startswith("on ", s - 3):
        s -= 3  # ("On March 3, Netflix renewed it", the phrase without its "On")
    owner = _EVENT_OWNER.search(low, max(start, s - 8), s) \
        if low.endswith(("its ", "the ", "their "), start, s) else None
    event = _EVENT_NOUN_NEXT.match(low, e) if owner is not None else None
    if owner is not None and event is not None and (owner.start() == start or _SENTENCE_OPEN.search(
            low, max(start, owner.start() - 8), owner.start()) is not None):
        return _EVENT_PAST_VERB.match(low, event.end()) is not None  # "Its August debut on
        # Netflix kept it in the top 10": the event's month, the subject of a past verb
    if not (s == start or _SENTENCE_OPEN.search(low, max(start, s - 8), s) is not None):
        return False
    verb = _VERB_PAST_AFTER.match(low, e, min(len(low), e + 60))
    return verb is not None and text[verb.start(1)].islower()


_EVENT_NOUN_AFTER = re.compile(r"\s+(?:cliffhanger|finale|episode|special|broadcast|telecast|"
                               r"break|hiatus)\b")
# "a 2013 novel", "Joe Hill's 2013 novel", "the 2005 film": a year that only says which one
_MODIFIER_YEAR_AFTER = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?(?:novel|book|bestseller|memoir|film|movie|"
                                  r"feature|documentary|album|song|comic|graphic\s+novel|game|play|"
                                  r"musical|podcast|biography|thriller\s+film)s?\b")  # (works only:
# "its 2027 run", "the BBC's 2026 drama slate", "the 2028 Olympics" still anchor what follows)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that|[a-z]+['’]s?)\s+$")
_SETTING = re.compile(r",\s+(?:set|taking\s+place|unfolding)\s+(?:on|in|during|over)\s+(?:the\s+)?$")
_BEFORE_THAT = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:that|then|this)\b",
                          re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:sometime|some\s+time|at\s+some\s+point|as\s+early\s+as|as\s+soon\s+as|as\s+late\s+as|"
    r"circa|tentatively|around|no\s+later\s+than|no\s+(?:earlier|sooner)\s+than)(?:\s+(?:in|on|at))?\s+$",
    re.IGNORECASE,
)


_HEDGE_ENDS = ("time", "as", "circa", "tentatively", "around", "than", "point")  # how a hedge ends
_HEDGE_LINKS = ("in", "on", "at")  # ... and what may follow it


def _hedge_start(text: str, low: str, begin: int, s: int) -> int:
    """Where a hedge ("sometime in", "as early as") in ``text[begin:s]`` right before a
    phrase at ``s`` begins; ``s`` when there is none."""
    before = low[begin:s]
    if before.isascii() and low is not text:
        # (Most phrases have no hedge before them: a look at the last words, with str methods,
        # spares the search for one, which the engine tries at every one of the 24 characters.)
        words = before.split()
        if not (before[-1:].isspace() and words and (
                words[-1].endswith(_HEDGE_ENDS) or words[-1] in _HEDGE_LINKS
                and len(words) > 1 and words[-2].endswith(_HEDGE_ENDS))):
            return s
    hedge = _HEDGE.search(text, begin, s)
    return s if hedge is None else hedge.start()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,":
        s += 1
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    return s, e


def tag_paragraph(text: str, *, today: date, start: int = 0, end: int | None = None
                  ) -> list[DateMention]:
    """Mentions in one paragraph ``text[start:end]``, with the anchor chain inside it."""
    return _join_alternatives(
        text, list(_scan(text, _lowered(text), start, len(text) if end is None else end, today)))


def tag_dates(text: str, *, today: date) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``today``.

    A year or date earlier in the same paragraph anchors later phrases that lack a year;
    otherwise ``today`` (the publication date of an article) does.
    """
    found: list[DateMention] = []
    low = _lowered(text)
    carried: Window | None = None
    for start, end in paragraphs(text):
        mentions = _join_alternatives(text, list(_scan(text, low, start, end, today, carried)))
        carried = next((m.window for m in reversed(mentions)
                        if m.window.kind is Kind.EXACT), None)
        found.extend(mentions)
    return found


_PHRASE_WORDS = 6  # a phrase on its own, not a sentence: "August", "spring debut", "the 15th"


def tag_phrase(text: str, *, today: date) -> list[DateMention]:
    """`tag_dates`, and for a short phrase on its own that names a date only with the words an
    article puts before it ("August", "spring debut", "the 15th"), the reading a person who
    typed it means: the phrase as if it followed "in" or "on". Spans stay in ``text``."""
    mentions = tag_dates(text, today=today)
    if mentions or not text.strip() or len(text.split()) > _PHRASE_WORDS:
        return mentions
    for lead in ("in ", "on "):
        found = tag_dates(lead + text, today=today)
        if len(found) != 1:
            continue
        m = found[0]
        s, e = max(m.span[0] - len(lead), 0), m.span[1] - len(lead)
        if e > s and len((text[:s] + text[e:]).split()) <= 2:
            # (the phrase is the date, give or take a word or two: "the summer season", not
            # "May the Fourth be with you")
            return [DateMention(m.window.with_provenance(text[s:e]), (s, e), m.rule, m.past)]
    return []


_PAREN_OPEN = re.compile(r"[ \t]*\(")
_OR = re.compile(r"\s*(?:,\s*)?or\s+(?:possibly\s+|perhaps\s+|maybe\s+)?|[ \t]*/[ \t]*")  # (or "/")
# "between mid-May and early June": the two ends of one window (but "moved from November to
# March 15" is a date left and a date taken)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_TO = re.compile(r"\s+and\s+", re.IGNORECASE)


def _join_alternatives(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"late 2025 or early 2026", "in March or April", "late 2025/early 2026": two windows
    offered as alternatives are one window from the first's start to the second's end."""
    mentions = [_day_first_range(text, m) if m.rule == "dmy" else m for m in mentions]
    if len(mentions) < 2:
        return mentions
    joined: list[DateMention] = [mentions[0]]
    for m in mentions[1:]:
        a, b = joined[-1].window, m.window
        if joined[-1].rule == "weekday" and b.precision is Precision.DAY and \
                _PAREN_OPEN.fullmatch(text, joined[-1].span[1], m.span[0]) and \
                text[m.span[1]:m.span[1] + 1] == ")":
            # "returns Tuesday (Jan. 12)": the date in parentheses says which Tuesday
            s, e = joined[-1].span[0], m.span[1] + 1
            window = Window(b.start, b.end, b.precision, text[s:e], b.anchor)
            joined[-1] = DateMention(window, (s, e), m.rule, m.past)
            continue
        if m.rule == "weekday" and a.precision is Precision.DAY and a.start is not None and \
                b.start is not None and a.start.weekday() == b.start.weekday() and \
                _PAREN_OPEN.fullmatch(text, joined[-1].span[1], m.span[0]) and \
                text[m.span[1]:m.span[1] + 1] == ")":
            # "Jan. 3 (Tuesday)": the weekday in parentheses is the date's own
            s, e = joined[-1].span[0], m.span[1] + 1
            joined[-1] = DateMention(a.with_provenance(text[s:e]), (s, e), joined[-1].rule,
                                     joined[-1].past)
            continue
        between = _BETWEEN_BEFORE.search(text, max(0, joined[-1].span[0] - 10), joined[-1].span[0])
        if (a.start is not None and a.end is not None and b.start is not None
                and b.end is not None and a.start < b.start and a.end < b.end
                and not joined[-1].past and not m.past and (b.start - a.end).days <= 366
                and (_OR.fullmatch(text, joined[-1].span[1], m.span[0]) or between is not None
                     and _AND_TO.fullmatch(text, joined[-1].span[1], m.span[0]))):
            s, e = joined[-1].span[0] if between is None else between.start(), m.span[1]
            start, anchor = a.start, a.anchor
            if a.anchor is not Anchor.EXPLICIT and b.anchor is Anchor.EXPLICIT:
                # "summer or fall 2026": summer 2026
                start, anchor = _year_of(a.start, b.start), b.anchor
            window = Window(start, b.end, Precision.RANGE, text[s:e], anchor)
            joined[-1] = DateMention(window, (s, e), "alternatives", False)
        else:
            joined.append(m)
    return joined


def _day_first_range(text: str, m: DateMention) -> DateMention:
    """"from 14 to 18 April", "14–18 April", "the 9th to the 13th of May": the day before a
    day-first date's own day opens a range with it (found from the date back, so that the
    scanner need not try every number before a month)."""
    w = m.window
    if w.start is None or w.precision is not Precision.DAY or not text[m.span[0]:m.span[0] + 1].isdigit() \
            and not text.startswith("the ", m.span[0]):
        return m
    head = _DAY_FIRST_HEAD.search(text, max(0, m.span[0] - 40), m.span[0])
    if head is None or _NOT_A_RANGE_BEFORE.search(text, max(0, head.start() - 16), head.start()):
        return m  # (not "episodes 5-8 March 10")
    first = int(head.group("d"))
    if not 1 <= first < w.start.day or head.group("conn").strip().lower() == "and" and \
            head.group("lead") is None and w.start.day - first != 1:
        return m  # (not "won 3-1 April 4"; "and" joins two days in a row, or after "between")
    s = head.start()
    window = Window(w.start.replace(day=first), w.end, Precision.RANGE, text[s:m.span[1]], w.anchor)
    return DateMention(window, (s, m.span[1]), "dayrange", m.past)


_DAY_FIRST_HEAD = re.compile(
    r"(?:(?P<lead>between|from|across)\s+)?(?:the\s+)?(?<![\w.$/-])(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?"
    r"(?P<conn>\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)(?:the\s+)?$", re.IGNORECASE)
_NOT_A_RANGE_BEFORE = re.compile(r"\b(?:episodes?|eps?|chapters?|parts?|seasons?|series|"
                                 r"volumes?|books?|issues?|games?|won|lost|beat|scored?)\s+$",
                                 re.IGNORECASE)


def _year_of(day: date, limit: date) -> date:
    """``day`` moved by whole years to the last such day on or before ``limit``: a yearless
    first alternative takes the year the second one names."""
    for year in (limit.year, limit.year - 1):
        moved = add_months(day, 12 * (year - day.year))
        if moved <= limit:
            return moved
    return day


_HEAD = re.compile("[ \t\"“‘']*")  # what may stand before "The same night, ..."


def _lowered(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


_TBA_WORDS = {"tba", "tbd", "tbc", "unknown", "none", "?", "to be announced", "not yet known"}


def parse_when(text: str, *, today: date) -> Window:
    """One phrase typed by a person ("fall 2026", "2026-10-03", "TBA") → a window.

    Raises `BadDate` when the phrase is not a date the grammar knows, or holds several.
    """
    phrase = " ".join(text.split())
    if not phrase:
        raise BadDate("empty date: give a date (2026-10-03), a window (fall 2026) or TBA")
    if phrase.lower() in _TBA_WORDS:
        return Window.tba(phrase)
    try:
        day = date.fromisoformat(phrase)
    except ValueError:
        pass
    else:
        return Window.day(day, phrase)
    mentions = tag_phrase(phrase, today=today)
    if len(mentions) > 1:
        raise BadDate(f"{phrase!r} holds several dates; give one")
    if mentions:
        m = mentions[0]
        if len((phrase[:m.span[0]] + phrase[m.span[1]:]).strip(" ,.").split()) <= 2:
            return m.window.with_provenance(phrase)
    raise BadDate(f"cannot read {phrase!r} as a date: try 2026-10-03, \"March 18\", "
                  "\"fall 2026\", \"later this year\" or TBA")
