"""An article's shape: headline, headings and their sections, paragraphs, sentences, clauses."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from tracker.extract.cues import NETWORKS
from tracker.temporal import patterns as P
from tracker.temporal.segment import paragraphs, sentences

# A clause ends at a semicolon, a spaced dash, or a comma before a conjunction.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|\s—|—\s|,\s+(?:and|but|while|though|although|with|"
    r"as(?!\s+(?:usual|always|ever|expected|planned|scheduled|announced|previously|reported)\b)|"
    r"whereas|plus|so|"  # (", as usual," is an aside, not a clause)
    r"yet|which|where|after|before|when|once|whose|(?:in|on|with|for|of|to)\s+which)\b"
)
# A "Label: value" line ("Streaming: July 29 on Paramount+") is content, not a heading.
_LABEL_LINE = re.compile(r"^[\w’' -]{2,24}:\s+\S")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–—•*#]+)\s*")
# The words of a fact sheet's field names ("Studio: A-1 Pictures", "Starring: ..."): a line led
# by one is a field and its value, however its value is written.
FIELD_WORDS = (r"date|dates|cast|network|channel|broadcaster|streamer|streaming|stream|platform|"
               r"studios?|animation|directors?|directed|creators?|created|showrunners?|writers?|"
               r"written|producers?|produced|starring|hosts?|hosted|genre|runtime|rating|episodes?|"
               r"status|trailer|plot|premiere|release|where|when|watch|grade|verdict|score|transmission|tx|airs|"
               r"airdate|broadcast")
FIELD_NAME = re.compile(rf"(?i:(?:(?:{FIELD_WORDS})\b[\w ]{{0,12}}|[\w ]{{0,12}}\b(?:{FIELD_WORDS}))):")


# A publication stamp: "Published: January 16, 2016", "Updated on: ..." (a label, no title)
STAMP_LABEL = re.compile(r"\s*(?:published|updated|posted|filed|date|last\s+updated|first\s+published)"
                         r"\s*(?:on)?\s*:", re.IGNORECASE)
# Where a schedule line's show airs, before its date: "HBO, Sunday, Oct. 30 — The White Lotus."
_NETWORK_FIRST = rf"{NETWORKS}(?:[ \t]+(?:One|Two|Three|Four|Max|Atlantic|TV\+|Video|\+))?\+?,[ \t]+"
# A schedule line led by its date: "Monday 9/23: The Neighborhood, Poppa's House",
# "Thursday, Oct. 17 — Matlock", "- 5 March: Ghosts". (Its end is where the titles begin.)
DATED_LINE = re.compile(
    rf"[ \t]*(?:[-–—•*][ \t]*)?(?:{_NETWORK_FIRST})?(?:{P.ANY_WEEKDAY},?[ \t]+)?"
    rf"(?:{P.ANY_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{P.ANY_MONTH})"
    rf"(?:[ \t]*\({P.ANY_WEEKDAY}\))?[ \t]*[-–—:][ \t]+(?=\S)",  # ("Jan. 3 (Tuesday) — ")
    re.IGNORECASE)
# A table's row: "Severance | Apple TV+ | Jan. 17" (its first cell is group 1).
TABLE_ROW = re.compile(r"[ \t|]*([^|\n]{2,70}?)[ \t]+\|[ \t]+[^|\n]*\|")


# A guide's entry: "Ludwig (BBC One, 8.20pm) — The puzzle-setter returns for a second series."
# A schedule line: "Castle Rock (Hulu) — ...", "The Rookie (ABC): Season 7 premiere.", or one
# led by its time slot ("8 p.m. — The Rookie (ABC) ...").
# A time slot as schedules write it: "8 p.m.", "9:30pm", "8:00-9:00 PM ET".
# An hour alone, as a grid's first cell gives it: "8:00", "10", "9pm"
HOUR = r"\d{1,2}(?::\d\d)?(?:[ \t]*(?i:[ap]\.?m\.?))?"
SLOT_TIME = (r"\d{1,2}(?:[:.]\d\d)?(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.]\d\d)?)?"
             r"[ \t]*(?i:[ap]\.?m\.?)(?:[ \t]*(?:ET|PT|CT))?")
LISTED_ITEM = re.compile(r"[ \t]*(?:[^\n(]{1,60}\([^)\n]{1,40}\)[ \t]*(?:[—–-]|[:.][ \t])|"
                         rf"{SLOT_TIME}[ \t]*[—–|-][ \t])")
# A list line that gives its date after a dash: "Accused: Season 3 — Tuesday, Jan. 19 (Fox)".
DASHED_ITEM = re.compile(r"[ \t]*[^\n]{1,80}?[ \t][—–][ \t]")
# A mailbag's paragraphs: the reader's question ("Q: Is Ozark renewed?") and the answer ("A: It is.")
QUESTION_LABEL = re.compile(r"[ \t]*(?:Q|Question)\s*[:.][ \t]")
ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*[:.]\s")
# A list line's bullet: "- Severance season 2 – January 17", "• Outer Range: Season 2".
BULLET = re.compile(r"[ \t]*[-–—•*▪◦·][ \t]")
# An emoji that leads a list's line as a bullet would: "⚔️ SHŌGUN — FX/Hulu, Feb 27"
EMOJI_BULLET = re.compile("[ \t]*[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
                          "[\ufe0f\u200d\u2600-\u27bf\U0001f000-\U0001faff]*[ \t]+")
# A live blog's entry is led by the time it was posted: "4:14 p.m. ET: ...", "Update, 10:02 AM
# PT: ...", "[21:40 BST]: ..." (the time of the post, not of any premiere; the entry's story
# begins after it).
_ZONE = r"(?:[ECMP][SD]?T|BST|GMT|UTC|CES?T|AE[SD]T|[IJK]ST)\b"
_POSTED_AT = re.compile(r"[ \t]*(?:(?i:update[ds]?)[:,]?[ \t]+)?\[?\d{1,2}[:.]\d\d[ \t]*"
                        rf"(?:(?i:[ap]\.?m\.?)(?:[ \t]*{_ZONE})?|{_ZONE})\]?[ \t]*:[ \t]+(?=\S)")


# A page's furniture around the story: a byline ("By Sarah Hughes") or a time stamp
# ("Monday 20 August 2012 12.01 BST", "Updated Sept. 28, 2020, 3:00 p.m. ET").
_FURNITURE = re.compile(
    r"[ \t]*(?:(?:By|BY|Words\s+by|Written\s+by|Posted\s+by|Byline:)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s+on\s+[^|·•\n]{4,30})?"  # (a feed item's "Posted by Sam Okafor on Mon, 19 Jul 2010 | TV")
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?"
    r"(?:\s*[|·•]\s*[^|·•\n]{1,40}){0,3}|"  # ("By Priya Raman | May 28, 2019 | 3:15 PM")
    r"(?:[A-Z][^|·•\n]{1,40}?[ \t]*[|·•][ \t]*){0,3}"  # ("Streaming & Cable | Content pipeline | May 13, 2024")
    r"(?:(?:Updated|Published|Posted|Last\s+updated)[:\s]+)?(?:[A-Z][a-z]{2,8},?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s+\d{4}(?:\s*[,·|–-]?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*[|·•]\s*(?i:by\s+)?[^|·•\n]{1,40}){0,2}|"  # ("November 28, 2016 | by Jordan Lacey")
    # a byline's second line: "Staff Writer", "Tribune Theater Critic", "TV Columnist"
    r"(?!The\s)(?:[A-Z][\w.'’-]+\s+){0,2}(?:Senior\s+|Chief\s+|Staff\s+|Contributing\s+|Associated\s+Press\s+)?"
    r"(?:TV\s+|Television\s+|Theater\s+|Theatre\s+|Film\s+|Media\s+|Entertainment\s+)?"
    r"(?:Writer|Critic|Columnist|Reporter|Correspondent|Editor)|"
    # a memo's routing line: "TO: General managers and program directors", "FROM: Scheduling"
    r"(?:TO|FROM|CC|BCC|RE|SUBJECT|ATTN|To|From|Cc|Subject|Attn):[ \t]+[^\n]{1,70}|"
    # an advertisement's slot, a promotion: "ADVERTISEMENT", "Story continues below"
    r"(?i:(?:skip\s+)?advertisement|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+"
    r"(?:this\s+)?(?:ad|advertisement))?|continue\s+reading(?:\s+below)?|article\s+continues"
    r"\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?)[.:]?)"
    r"[ \t]*")  # ("November 20, 2023 · 10:30 AM")


def furniture(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a byline, a time stamp, an advertisement's line or a photo's
    caption, no part of the story?"""
    return end - start <= 80 and _FURNITURE.fullmatch(text, start, end) is not None or \
        caption(text, start, end) or \
        end - start <= 400 and _EMBED.search(text, start, end) is not None


def caption(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a photo's caption, closed by its credit?"""
    return end - start <= 240 and text.endswith((")", ").", ")\n"), start, end) and \
        _CAPTION.fullmatch(text, start, end) is not None


# A social post embedded in the page, as a reader's text keeps it: "... #Hacks returns April 9.
# pic.twitter.com/hacks5", "— HBO (@HBO) on Twitter: ..." (the story tells its news itself)
_EMBED = re.compile(r"pic\.twitter\.com/|(?:^|\n)[ \t]*[—–-]+[ \t]*[^\n()]{1,50}\(@\w{1,30}\)|"
                    r"\(@\w{1,30}\)\s+on\s+(?:Twitter|X|Instagram|Threads)\b")


# A photo's caption, closed by its credit: 'Iain Armitage in "Young Sheldon." (Robert Voets/CBS)',
# "Bradley James in the series. (Photo: Netflix)"
_CAPTION = re.compile(r"[^\n]{3,200}?[.?][\"”’']?[ \t]\((?:[^()\n/]{1,40}/[^()\n]{1,40}|(?i:photo|image|"
                      r"picture|credit|courtesy|pictured)\b[^()\n]{0,60}|(?!(?i:film|movie|series|documentary|special|"
                      r"docuseries|miniseries|tv|new|returning)\b)[A-Z][\w+&.!-]*(?:[ \t][A-Z][\w+&.!-]*){0,3})"
                      r"\)\.?\s*")  # (a sentence, then its credit: not "7. The Penguin (HBO/Max)"; nor
# "I'm a Celebrity... Get Me Out of Here! (ITV)", a title that ends with "!")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int
    clauses: list[tuple[int, int]] = field(default_factory=list)

    def clause_at(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.clauses):
            if s <= pos < e:
                return i
        return len(self.clauses) - 1


@dataclass(slots=True)
class Block:
    start: int
    end: int
    heading: bool
    label: bool  # a "Label: value" line
    sentences: list[Sentence] = field(default_factory=list)


# The short words a Title Case line leaves in lowercase
SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def _long_headline(text: str, start: int, end: int) -> bool:
    """The first paragraph's first line is a headline in Title Case, too long to pass for a
    heading ("CBS Locks In Fall 2016 Premiere Dates: 'Big Bang Theory' Opens on Mondays ...")."""
    nl = text.find("\n", start, end)
    if nl < 0 or nl - start > 200 or not text[nl + 1:end].strip():
        return False
    line = text[start:nl].strip()
    if not line or line[-1] in ".,;:":
        return False
    words = [w.strip("'\"‘’“”(") for w in line.split()]
    words = [w for w in words if w and w.lower() not in SMALL_WORDS and not w[0].isdigit()]
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# A sentence's end inside a line: a number or a lowercase word, a full stop, a capital
_SENTENCE_INSIDE = re.compile(r"(?:\b\d{1,4}|(?<![A-Za-z])[a-z]{3,})[.!?]+\s+[A-Z]")


def _is_heading(text: str) -> bool:
    line = text.strip()
    if "\n" in line or not line or len(line) > 90:
        return False
    label = _LABEL_LINE.match(_NUMBERED.sub("", line))
    if label and not re.search(r":\s*(?:Season|Series)\b", line) and _label_value(line):
        return False
    words = line.split()
    if len(words) > 12:
        return False
    if line[-1] in ".," and not line.endswith("..."):
        return False
    if EMOJI_BULLET.match(line) and _SENTENCE_INSIDE.search(line):
        return False  # "🕊️ PEACEMAKER S2 — HBO Max, August 21. Eagly!!": an emoji's entry that
        # goes on past a sentence's end, not a heading
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] in "“\"‘'(")
    if len(words) <= 5 and words[0][:1].isupper() and line[-1] not in ".!?;:,":
        return True  # a short sentence-case section title: "On the big screen"
    return caps >= max(1, (len(words) + 1) // 2)


_VALUE_START = re.compile(
    r":\s+(?:(?-i:[a-z0-9$£€])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun|tba|tbd|q[1-4])[a-z]*\b)", re.IGNORECASE)


def _label_value(line: str) -> bool:
    """"Streaming: July 29 on Paramount+" is a label and a value; "Demon Slayer: Kimetsu no
    Yaiba" is a title with a colon."""
    after = line.split(":", 1)[1].strip()
    words = after.split()
    if _VALUE_START.search(line) or not words or FIELD_NAME.match(_NUMBERED.sub("", line)):
        return True
    return sum(1 for w in words if w[:1].isupper()) < max(1, (len(words) + 1) // 2)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    begin = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > begin:
            out.append((begin, m.start()))
        begin = m.start() if m.group().startswith(",") else m.end()
        if m.group().startswith(","):
            begin = m.start() + 1
    out.append((begin, end))
    return out


def _pieces(text: str) -> list[tuple[int, int]]:
    """Paragraphs, with a heading line split off the paragraph it tops ("Castle Rock (Hulu)"
    over its description, separated by a single line break)."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        begin = start
        if not out and _long_headline(text, start, end):  # (a headline over 90 characters,
            nl = text.find("\n", start, end)              # a single line break above the story)
            out.append((start, nl))
            begin = nl + 1
        while True:
            nl = text.find("\n", begin, end)
            if nl < 0 or not (_is_heading(text[begin:nl]) or DATED_LINE.match(text, begin, nl)
                              or LISTED_ITEM.match(text, begin, nl)
                              and (text[begin:nl].rstrip().endswith((".", "!", "?"))
                                   or LISTED_ITEM.match(text, nl + 1, end))):
                break  # (a schedule's lines are one block each, whatever they end with)
            out.append((begin, nl))
            begin = nl + 1
        if text[begin:end].strip():
            out.append((begin, end))
    return out


def parse_document(text: str) -> list[Block]:
    blocks: list[Block] = []
    for start, end in _pieces(text):
        posted = _POSTED_AT.match(text, start, end)
        if posted is not None:
            start = posted.end()
        chunk = text[start:end]
        heading = _is_heading(chunk)
        stripped = chunk.strip()
        label = bool(_LABEL_LINE.match(stripped)) and "\n" not in stripped and \
            len(stripped) <= 100 and not re.search(r"[.!?]\s+[A-Z]", stripped)
        block = Block(start, end, heading, label)
        for s, e in ([(start, end)] if heading or label else sentences(text, start, end)):
            block.sentences.append(Sentence(s, e, len(blocks), _clauses(text, s, e)))
        blocks.append(block)
    return blocks


def answered_question(text: str, blocks: list[Block], index: int) -> re.Match[str] | None:
    """The "Q:" label that opens the block at ``index`` when the block after it is the answer
    ("A: ..."): a mailbag's question and reply, each its own paragraph. Or, past the headline,
    a question set as a subheading over its answer ("When is The Capture on?" over "Ben
    Chanan's thriller starts on BBC One on ..."): an empty match at its start."""
    if index + 1 >= len(blocks):
        return None
    block, answer = blocks[index], blocks[index + 1]
    if ANSWER_LABEL.match(text, answer.start) or (reply := speaker_turn(text, answer.start)):
        asked = QUESTION_LABEL.match(text, block.start, block.end)
        if asked is None and not ANSWER_LABEL.match(text, answer.start):
            turn = speaker_turn(text, block.start)  # ("KAT: Gossip Girl." / "DEV: The CW,
            # Wednesday, Sept. 19.": a podcast's host names a show, the other dates it)
            named = TURN_TITLE.fullmatch(text, turn.end(), block.end) if turn is not None else None
            if turn is not None and reply and turn.group(1) != reply.group(1) and named and \
                    named.group(1).lower() not in _REPLY_WORDS:
                return turn
        return asked
    if index > 0 and not block.label and not answer.heading and not answer.label and \
            not text.endswith("?", answer.start, answer.end):
        return _QUESTION_HEADING.match(text, block.start, block.end)
    return None


def speaker_turn(text: str, start: int) -> re.Match[str] | None:
    """The label of a speaker who opens the paragraph at ``start`` and other paragraphs too
    ("Bloys: Season two starts Sunday, Aug. 11.", a transcript's "[38:30] OMAR: Okay."): an
    interview's or a podcast's turn. Group 1 is the name."""
    speaker = _SPEAKER.match(text, start)
    return speaker if speaker is not None and speaks_often(text, speaker.group(1)) else None


def speaks_often(text: str, name: str) -> bool:
    """Does "``name``:" open two lines or more (after a transcript's time stamp, too), as an
    interview's speaker does?"""
    return text.count(f"\n{name}: ") + text.count(f"\n{name}:\t") + text.count(f"] {name}: ") >= 2


# A transcript's time stamp: "[38:30]", "[1:04:00]"
TIME_STAMP = r"\[\d{1,2}:\d\d(?::\d\d)?\]"
_SPEAKER = re.compile(rf"(?:{TIME_STAMP}[ \t]*)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z][A-Z’']{{1,11}}):[ \t]")
# Words a turn of their own says that are no show's name ("DEV: Go.", "Right.")
_REPLY_WORDS = frozenset((
    "go", "yes", "no", "yeah", "yep", "nope", "sure", "right", "okay", "ok", "exactly", "totally",
    "wow", "great", "cool", "fine", "true", "agreed", "absolutely", "definitely", "correct", "same",
    "thanks", "next", "done", "well", "oh", "hmm", "huh", "wait", "really", "seriously", "what", "why",
    "how", "who", "when", "where", "please", "stop", "good", "nice", "perfect"))
# A speaker's turn that is only a show's name ("KAT: Gossip Girl.", "And Heroes?"), or a
# listener's question about it: a host asking about it
TURN_TITLE = re.compile(r"[ \t]*(?:(?:And|So|Okay|OK|Now|Next|Then|Also),?\s+|(?:What|How)\s+about\s+|"
                        r"[^.?!\n]{0,60}?\b(?:asks|asked|wants\s+to\s+know|want\s+to\s+know|wrote\s+in)\s+"
                        r"about\s+)?"  # ("Dev from Leeds wants to know about Sherlock.")
                        r"((?:The\s+)?[A-Z0-9][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&:-]*|of|the|and|in|on|a)){0,6}?)"
                        r"[.?!]?[ \t]*")
_QUESTION_HEADING = re.compile(r"(?=(?:When|What|Where|Is|Are|Will|Does|Has|Have)\s[^\n?]{3,80}\?[ \t]*\Z)")


# A label that opens a line or a sentence: "Chart: Sept. 5.", 'The list: "2026." Actually: not
# cancelled.' (up to three words)
_SENTENCE_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?([A-Z][\w’'-]*(?:[ \t][\w’'-]+){0,2}):[ \t]+(?=\S)")
_LABEL_ANYWHERE = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’'] ))" + _SENTENCE_LABEL.pattern, re.MULTILINE)


def recurring_labels(text: str, blocks: list[Block]) -> dict[tuple[int, int], str]:
    """The labels that open three lines or sentences or more with the same words ("Chart: Sept.
    5. Reality: HBO has confirmed Oct. 17." in paragraph after paragraph): a form's fields, each
    span with its label's words in small letters. A title does not lead that many."""
    found: dict[str, list[tuple[int, int]]] = {}
    if text.count(":") < 3:
        return {}
    for label in _LABEL_ANYWHERE.finditer(text):
        found.setdefault(label.group(1).lower(), []).append(label.span(1))
    return {span: key for key, spans in found.items() if len(spans) >= 3 for span in spans}


# A fact check's rating: "RATING: Mostly false." (on a line of its own under the claim)
_VERDICT = re.compile(r"\s*(?i:(?:mostly|partly|half|largely)\s+)?(?i:true|false|correct|incorrect|wrong|"
                      r"misleading|outdated|unproven|fake|accurate|inaccurate)\b")


def checked_claims(text: str, blocks: list[Block], labels: dict[tuple[int, int], str]
                   ) -> list[tuple[int, int, int]]:
    """A fact check's paragraphs that quote a claim under one recurring label and give the
    finding under another ("Chart: Sept. 5. Reality: HBO has confirmed Oct. 17."): where the
    claim starts, where the finding's label starts, and where its words start. The finding
    follows on the same line, or on the next when it opens with a rating ("CLAIM: ..." /
    "RATING: False. ..."): not a fact sheet's "Premiere: ..." fields, nor a tally's "RENEWED:
    ..." and "CANCELED: ..." lines."""
    found: list[tuple[int, int, int]] = []
    spans = sorted(labels)
    for block in blocks:
        first = _SENTENCE_LABEL.match(text, block.start, block.end)
        if first is None or first.span(1) not in labels or FIELD_NAME.match(text, first.start(1)):
            continue
        stop = text.find("\n\n", block.start)  # (the paragraph's end: its claim's line may
        stop = len(text) if stop < 0 else stop  # be a block of its own)
        i = bisect_left(spans, first.span(1)) + 1
        while i < len(spans) and spans[i][0] < stop and labels[spans[i]] == labels[first.span(1)]:
            i += 1
        if i == len(spans) or spans[i][0] >= stop:
            continue
        verdict = text.find(":", spans[i][1]) + 1
        if text.find("\n", first.end(), spans[i][0]) < 0 or _VERDICT.match(text, verdict):
            found.append((first.end(), spans[i][0], verdict))
    return found
