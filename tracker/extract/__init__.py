"""From an article's text to premiere claims: pure, no catalog, no I/O.

`extract_claims` reads the article's shape (headline, headings, sentences), finds the shows it
names (`finder`), tags its dates (`tracker.temporal`), pairs them sentence by sentence
(`link`), adds TBA claims for renewals, and keeps one claim per (show, season): the most
precise one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from tracker import vocab
from tracker.extract import cues
from tracker.extract.columns import day_column_mentions
from tracker.extract.cues import PREMIERE_HEADING
from tracker.extract.document import (
    BULLET,
    DASHED_ITEM,
    DATED_LINE,
    LISTED_ITEM,
    QUESTION_LABEL,
    SLOT_TIME,
    STAMP_LABEL,
    TABLE_ROW,
    Block,
    Sentence,
    answered_question,
    caption,
    checked_claims,
    furniture,
    parse_document,
    recurring_labels,
)
from tracker.extract.finder import (
    CREDITED_PERSON,
    DATE_HEADING,
    FULL_NAME,
    NUMBER_COLON,
    QUOTE_OPENERS,
    QUOTED_LEAD,
    SECTION_HEADING,
    Heading,
    Ref,
    TitleIndex,
    block_lines,
    collect_titles,
    dated_intro_above,
    full_names,
    full_person_name,
    given_name_only,
    heading_show,
    heads_titled_items,
    lead_titles,
    person_heading,
    title_case,
)
from tracker.extract.link import (
    BASED_ON_BEFORE,
    DATE_LED,
    ENDED_WITH,
    FINALE_AFTER,
    GAP_TO_SEASON,
    LIST_GAP,
    OF_ANOTHER_SHOW,
    Candidate,
    SentenceLinker,
    Topic,
    star_is_back,
)
from tracker.extract.records import read_records
from tracker.extract.seasons import (
    SEASON,
    SEASON_PAIR,
    SeasonPhrases,
    ordinal_number,
    season_number,
    season_pair,
    seasons_in,
)
from tracker.extract.titles import HOLIDAY_WORD, is_person, title_like
from tracker.model import Claim, DateMention, EventKind, Kind, Precision, Window
from tracker.names import display_name, from_capitals, show_key
from tracker.temporal import patterns as P
from tracker.temporal import tag_dates, tag_phrase

__all__ = ["extract_claims"]

_WS = re.compile(r"\s+")
# A headline about films: its dates are films' unless a sentence says series, season or show.
_FILM_NEWS = re.compile(r"\b(?:box\s+office|opening\s+weekend|at\s+the\s+movies|film\s+review|"
                        r"movie\s+review)\b", re.IGNORECASE)
# The paragraph under a listing says the show itself returns (not its cast).
_SHOW_RETURNS = re.compile(r"\b(?:returns?\s+for|(?:is|are)\s+back\s+for|new\s+season|next\s+season|"
                           r"final\s+season|another\s+season|latest\s+season|resum\w*|"
                           r"brings?\s+back\s+its)\b", re.IGNORECASE)
# "READ MORE: Yellowstone prequel 1944 sets December premiere": a link to another story.
_LINK_LINE = re.compile(r"[ \t]*(?:read\s+more|related(?:\s+stories|\s+story|\s+articles?)?|see\s+also|"
                        r"also\s+read|more\s+from\s+[\w ]{1,30}|recommended|trending|"
                        r"don['’]t\s+miss|you\s+might\s+also\s+like)\s*:", re.IGNORECASE)
# "orders The Office spinoff to series": the title names the parent, not the new show.
_PARENT_SUBJECT = re.compile(r"[\s\"“]*(?:the|its)\s+(?:parent|original|mothership|flagship)\s+"
                             r"(?:series|show|drama|comedy)\b")
_DERIVED_OF_BEFORE = re.compile(r"\b(?:spin-?off|prequel|sequel|offshoot|companion)(?:\s+(?:series|show|drama))?"
                                r"\s+(?:of|to)\s+[\"“‘']?$")  # ("its companion series to The Walking Dead")
_SPINOFF_AFTER = re.compile(r"[\"”'’*_]?\s+(?i:spin-?offs?|prequels?|sequels?|sequel\s+series|"
                            r"follow-?ups?|offshoot|companion)\b")  # ('the "WandaVision"
# spinoff', 'the network's "Walking Dead" companion pilot')
_PILOT_AFTER = re.compile(r"\s+(?:only\s+|just\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?pilot\b")
_SEQUEL_AFTER = re.compile(r"[\"”'’*_]?\s+(?i:sequel(?:\s+series)?)\b")
_NEW_SHOW_OWNER_BEFORE = re.compile(r"\b(?:a|an)\s+(?:new\s+)?[“\"‘'*_]?$")
_TV_WORDS = re.compile(r"\b(?:series|season|show|episodes?|tv|television|streaming)\b", re.I)
# Words of film and games news, and of TV news: an article with far more of the first is
# about films or games, and only its sentences that speak of TV may date a show. (Both are
# matched in the lowercased article; each lookahead is a fast first-letter test.)
_FILM_OR_GAME_WORD = re.compile(r"(?=[ftmbsgcpxdo])\b(?:films?|movies?|theaters?|theatres?|"
                                r"box\s+office|sequel|grossed|opening\s+weekend|cinemas?|tentpole|"
                                r"games?|console|playstation|xbox|nintendo|dlc|gamers?|directed|"
                                r"director)\b")
_TV_NEWS_WORD = re.compile(r"(?=[serntmd])\b(?:seasons?|series|episodes?|showrunners?|renew\w*|"
                           r"network|tv|television|sitcom|miniseries|docuseries|streamer)\b")


# A list item's heading that ends with its date in parentheses: "The Queen's Gambit (Oct. 23)"
_DATED_PAREN_END = re.compile(r"\([^()\n]{3,40}\)\s*$")


def _titled_heading(text: str, block: Block, index: TitleIndex) -> Heading | None:
    """A heading that is, word for word, a title the article names ("A Christmas Carol",
    which `heading_show` turns down for its holiday word)."""
    key = show_key(text[block.start:block.end])
    return Heading(index.names[key], key, None) if key in index.names else None


def _next_topic(text: str, sentence: Sentence, refs: list[Ref], made: list[Candidate],
                in_section: bool) -> Ref | None:
    """The title a sentence moves the text's topic to: the one it claimed for, else its first
    title of note ("Mark Rylance and Damian Lewis return for the second series of Wolf Hall":
    Wolf Hall). Under a show's heading, a title named in passing moves nothing ("Steven
    Knight, the creator of Peaky Blinders, has reimagined ...")."""
    claimed = {c.key for c in made}  # ("Good news for Lamb fans: Slow Horses ...")
    refs = [r for r in refs if r.key in claimed or not _in_passing(text, sentence, r, in_section)]
    refs = [r for r in refs if r.key in claimed or not any(
        o.key != r.key and _OWNER_OF_NEXT.fullmatch(text, r.end, o.start) for o in refs)]
    # ("Parks and Recreation's former Thursday-night neighbor Community": the show it owns)
    # ("(Cumberbatch was nominated for an Oscar last month for "The Imitation Game")": an aside)
    # ("Simu Liu, who has since been cast as Marvel's first Asian lead in "Shang-Chi ...", will
    # be back": an actor's credit; "premieres Sunday, immediately after "The Walking Dead"": the
    # slot's neighbour; "based on Herron's "London Rules"": a book; "from Jeff Eastin, the
    # creator of White Collar": his credit)
    if not refs:
        return None
    own = [r for r in refs if not cues.DERIVED_FROM.search(text, max(sentence.start, r.start - 24),
                                                       r.start)]
    # ("Resident Playbook, the spinoff of Hospital Playlist": the spinoff is the topic)
    if not own and not claimed:
        return None  # "The prequel to Breaking Bad stars Bob Odenkirk": still the prequel
    own = own or refs
    first = next((r for r in refs if r.key in claimed),
                 next((r for r in own if not r.weak), own[0]))
    if in_section and not claimed and _NAMED_IN_PASSING.search(
            text, max(sentence.start, first.start - 24), first.start):
        return None
    return first


def _asked_topic(text: str, low: str, block: Block, index: TitleIndex,
                 phrases: SeasonPhrases | None = None) -> Topic | None:
    """The show a question asks about, when it names one (not a person): what the answer
    after it is about. "Q: Please tell me Community is coming back." / "A: It is. NBC brings
    the third season back ..." (none if it names none, or several)."""
    asked = {r.key: r for r in index.refs(text, block.start, block.end)}
    ref = next(iter(asked.values())) if len(asked) == 1 else None
    if ref is None or full_person_name(ref.name):
        return None
    # (asked whether it is "coming back": a returning show, whatever its answer calls it; and
    # the season it asks about, "Is Slow Horses season 4 coming out this year?", when given)
    told = {n for _, _, n in seasons_in(text, block.start, block.end, phrases)} if phrases else set()
    return Topic(ref.key, ref.name, told.pop() if len(told) == 1 else None,
                 returning=bool(_ASKED_BACK.search(low, block.start, block.end)))


_OWNER_OF_NEXT = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,4}[“\"‘']?")


def _in_passing(text: str, sentence: Sentence, r: Ref, in_section: bool) -> bool:
    """Is the title named in passing: a credit, a slot's neighbour, a source, a comparison or
    an aside in parentheses (see `_next_topic`)?"""
    return bool(
        _CREDIT_IN.search(text, max(sentence.start, r.start - 60), r.start)
        or _SLOT_BESIDE.search(text, max(sentence.start, r.start - 30), r.start)
        or _PERSON_OF_BEFORE.search(text, max(sentence.start, r.start - 40), r.start)
        or BASED_ON_BEFORE.search(text[max(sentence.start, r.start - 40):r.start].lower())
        or CREDITED_PERSON.match(text, r.end) or _ROLE_AFTER.match(text, r.end)
        or not in_section and _CREATOR_OF.search(text, max(sentence.start, r.start - 30), r.start)
        or _COMPARED_TO.search(text, max(sentence.start, r.start - 24), r.start)
        or text.rfind("(", sentence.start, r.start) > text.rfind(")", sentence.start, r.start))


# "the tone is closer to Battlestar Galactica than to SG-1": a show it is likened to
_COMPARED_TO = re.compile(r"\b(?:closer\s+to|similar\s+to|compared\s+(?:to|with)|than(?:\s+to)?|unlike|"
                          r"reminiscent\s+of|in\s+the\s+(?:vein|mold|mould)\s+of)\s+(?:the\s+)?[“\"‘']?$")
_PERSON_LIKE = re.compile(r"(?!The\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}")
_PERSON_RANK = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(vocab.RANKS, key=len, reverse=True)))})\s")
_ACTOR_POSSESSIVE = re.compile(r"(?<![\w.])(?!The\b)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+['’]s?\s+$")
_NAME_AND = re.compile(r"(?<![\w.])(?!The\b)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,?\s+(?:and|&)\s+$")
_CAST_NEWS = re.compile(r"\b(?:back|return|returns|returning|reprise|reprises|reprising|joins?|"
                        r"joining|stars?|starring|cast|appearance|lead\s+roles?)\b")
# A sentence whose subject is a name other than a pronoun or a description: "Westworld is ..."
_NAMED_SUBJECT = re.compile(r"[\"“‘']?(?!(?:The|A|An|It|Its|This|That|These|Those|Their|His|Her|He|She|"
                            r"They|We|You|I|Both|Each|Season|Series|Part|But|And|Or|So|Meanwhile|Now|"
                            r"Also|Still|Yet|Then|However|Instead|In|On|At|For|With|After|Before|"
                            r"When|While|If|As|Once|Fans|Viewers|Production|Filming|Netflix|HBO|"
                            r"Hulu|Amazon|Apple|Disney|Peacock|Paramount|NBC|CBS|ABC|Fox|BBC|ITV)\b)"
                            r"([A-Z][\w’'&:.-]*(?:\s+(?:[A-Z][\w’'&:.-]*|of|the|and|in|on))*)"
                            r"\s+(?:is|was|has|had|will|just|now|recently|already|began|begins|ended|"
                            r"wrapped|continues|remains)\b")
# "After the season 2 hangover, ...": a season gone by, named to tell what came after it
_COMMITTED_TO = re.compile(rf"\b{cues.COMMITTED_TO_SEASON}")
_AFTER_THE = re.compile(r"\b(?:(?:after|since|following)\s+(?:the|its|their)|"
                        r"(?:close|end|finale|conclusion|climax|events)\s+of(?:\s+(?:the|its|their))?|"
                        r"(?:basis|inspiration|source)\s+for(?:\s+(?:the|its|their))?)\s+$")
# ("at the close of the second season"; "whose novel was the basis for the first season")
_SLOT_BESIDE = re.compile(r"\b(?:immediately|right|directly)\s+(?:after|before|following)\s+[“\"‘']?$|"
                          r"\b(?:time\s*)?slot\s+(?:after|before|following|behind)\s+[“\"‘']?$|"  # ("in
                          # the slot after "Mom"")
                          r"\b(?:opposite|leading\s+into|leads\s+into|paired\s+with)\s+[“\"‘']?$")
_CREDIT_IN = re.compile(r"\b(?:cast\s+(?:as|in)|role\s+in|lead\s+in|starred\s+in|starring\s+in|"
                        r"as\s+(?:an?|the)\s+[\w-]+\s+(?:on|in)|"  # ("spent three years as a companion
                        # on "Doctor Who"")
                        r"appeared\s+in|known\s+for|best\s+known\s+for|credits\s+(?:also\s+)?include|"
                        r"(?:man|woman|mind|minds|people|team)\s+behind)\b[^.;:]{0,50}$")
# ("Graceland, from Jeff Eastin, the creator of White Collar, follows ...": Eastin's credit)
# ('Will Smith, the British writer and "Veep" veteran, remains the showrunner': a credit)
_ROLE_AFTER = re.compile(r"[”\"’']?\s+(?:veteran|alum|alumna|alumnus|writer|producer|director|"
                         r"showrunner|creator|co-creator)s?\b")
_CREATOR_OF = re.compile(r"\b(?:creator|co-creator|showrunner|writer|director)s?\s+of\s+(?:the\s+)?[“\"‘']?$")
# ("Robert Kirkman, the man behind "The Walking Dead," tries possession": his credit)
# ('Nick Mohammed, of "Ted Lasso," joins as a mayoral candidate': the actor's credit)
_PERSON_OF_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+(?:of|from)\s+[“\"‘']?$")
_TITLED_BEFORE = re.compile(r"\b(?:titled|called|dubbed|named)\s+[“\"‘']?$")
# "The singing competition kicked off its 15th and final season this week": a season begun
_SEASON_BEGUN_BEFORE = re.compile(r"\b(?:kicked\s+off|began|started|launched|opened|premiered|"
                                  r"debuted|wrapped|ended|finished|concluded)\s+$")
# "The current fifth season wraps May 13": the season on the air, not the one renewed
_CURRENT_BEFORE = re.compile(r"\b(?:current|ongoing|present)\s+$")
_SEASON_WAS = re.compile(r"(?:,?\s+(?:which|that)|,\s+[\w\s-]{1,30},)?"  # ("The first season, which
                         # arrived in 2022", "Its first season, eight half-hours, won")
                         r"\s+(?:(?:was|were)(?!\s+(?:(?:largely|mostly|already|fully|partly|finally|"
                         r"recently|just)\s+)?"
                         r"(?:shot|filmed|written|produced|completed|recorded|finished)\b)|had\s+been|"
                         r"had\s+(?:even\s+|yet\s+|already\s+)?(?:premiered|aired|debuted|started|begun)|drew|"
                         r"averaged|ended|aired|premiered|debuted|arrived|launched|dropped|won|"
                         r"concluded|wrapped|picked\s+up\s+(?:\w+\s+){0,2}(?:emmys?|awards?|"
                         r"nominations?|viewers|golden\s+globes?)|earned|scored|swept|"
                         r"collected)\b")  # (not "was shot": made, not shown; "The first season
# picked up eight Emmys": an earlier season's honours)
# A title named in passing, not as the sentence's subject: "the creator of Peaky Blinders" (its
# "the prequel X" names the new show itself; cues.DERIVED_FROM's "the prequel to X", the old one)
_NAMED_IN_PASSING = re.compile(r"\b(?:creator|creators|star|stars|showrunner|writer|director|"
                               r"producer|makers?|team)\s+(?:of|behind)\s+(?:the\s+)?$|"
                               # ("Michael C. Hall is back again, fresh off the prequel X")
                               r"\b(?:fresh\s+off|on\s+the\s+heels\s+of)\s+(?:the\s+|his\s+|her\s+|"
                               r"their\s+)?(?:[\w-]+\s+)?$|\b(?:prequel|sequel|predecessor)\s+$|"
                               # ("filmed its first episodes in Atlanta", "after his turn in
                               # "Jessica Jones"": a place or a credit, under the show's heading)
                               r"\b(?:in|at|from|than|like|unlike|based\s+on|alongside)\s+"
                               r"(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}?[“\"‘']?$")


def _mostly_films_or_games(text: str) -> bool:
    low = text.lower()
    films = len(_FILM_OR_GAME_WORD.findall(low))
    return films >= 5 and films >= 2 * len(_TV_NEWS_WORD.findall(low))


# "Fuller House: Season 2 — The Tanners are back ...": a list's item, its title and season first
_SEASON_DASH_ITEM = re.compile(r"[ \t]*[^\n]{1,60}?[:,][ \t]*(?i:season|series|part|volume)[ \t]+"
                               r"\w+[ \t]*[—–-][ \t]")
_OF_AFTER = re.compile(r"\s+(?:of|for|from)\b")  # "the fifth season of X": X's season


def extract_claims(
    text: str,
    *,
    published: date,
    known_titles: Iterable[str] = (),
    source: str = "",
    published_basis: str = "",
) -> list[Claim]:
    """Every premiere claim in ``text``, read against its publication date ``published``."""
    shown = text  # (what the evidence quotes; the rules read typed dashes as dashes)
    text = _TYPED_DASH.sub(_dash_for, text) if "--" in text else text
    if "★" in text or "☆" in text:  # (a critic's stars after an entry's date, blanked: "Community
        text = _STARS.sub(lambda m: " " * len(m.group()), text)  # (NBC), Jan. 2 - ★★★★")
    blocks = parse_document(text)
    film_news = bool(blocks) and _FILM_NEWS.search(text, blocks[0].start, blocks[0].end) is not None \
        or _mostly_films_or_games(text)
    low = text.lower() if len(text.lower()) == len(text) else text
    phrases = SeasonPhrases(text, low)
    leads = lead_titles(text, blocks)
    labels = recurring_labels(text, blocks)
    checked = checked_claims(text, blocks, labels)  # (a fact check's claims and findings)
    titles = collect_titles(text, blocks, phrases, leads, labels, checked)
    index = TitleIndex(titles.shows, known_titles, titles.weak, titles.owners,
                       (n for n in phrases.numbers if n is not None), text)
    media = TitleIndex({k: v for k, v in titles.other.items() if k not in titles.shows})
    mentions, findings = _checked(text, _without_datelines(text, blocks, tag_dates(text, today=published)),
                                  checked)
    mentions = [m for m in mentions if m.rule != "offset" and not any(
        block.heading and _DEPARTURES.match(text, block.start, block.end)
        for block in _blocks_at(blocks, m.span[0]))]
    # ("Five weeks later, X checks in ... on Sunday, Feb. 16": a day counted from another show's
    # is a transition more often than a premiere date; "LEAVING JULY 15": the day titles go)
    column = day_column_mentions(text, blocks, published)
    if column:  # (in place of the tagger's reading of a weekday heading on its own)
        mentions = sorted([m for m in mentions if not any(
            c.span[0] < m.span[1] and m.span[0] < c.span[1] for c in column)] + column,
            key=lambda m: m.span)
    candidates: list[Candidate] = []
    topic: Topic | None = None
    topic_block = -1
    answer_block = -1  # the paragraph that answers a question set above it
    section: Topic | None = None
    list_cue = False
    # A slideshow's captions are its story when three paragraphs or more are captions ("Slide 3
    # of 14: ... "Brooklyn Nine-Nine" opens Tuesday, Sept. 17. (Fox)")
    gallery = sum(1 for block in blocks if caption(text, block.start, block.end)) >= 3
    # Three paragraphs or more led by a date ("HBO, Sunday, Oct. 30 — "The White Lotus." The
    # second season ..."): a premiere calendar, however it is headed
    dated_list = sum(1 for block in blocks
                     if not block.heading and DATED_LINE.match(text, block.start, block.end)) >= 3
    pending: list[Candidate] = []  # the last sentence's claims that did not say their season
    carried: list[Candidate] = []  # ... those of the paragraph before's last sentence
    follows: list[Follow] = []
    finals: dict[str, int] = {}  # show key -> the season the text said is its last
    headline_season: tuple[str, int] | None = None
    named_so_far: list[Ref] = []  # every title named before the sentence at hand
    m_i = 0
    all_refs: list[Ref] = []  # every title named in a sentence read, in order
    day: tuple[DateMention, Block] | None = None  # a date alone on its line, over a list
    film_section = False  # under a heading about films, books or games
    slot_day: tuple[DateMention, int, int] | None = None  # the last premiere day claimed
    night: tuple[DateMention, int, int] | None = None  # "X's empire returns on Thursday, Oct. 3."
    day_heading: tuple[DateMention, Block] | None = None  # the date a section's heading is
    renewal_list = False  # under a renewal round-up's "Renewed:" heading
    dated_yet = False  # a list's or a section's date heading met
    led = -1  # the last entry led by its title that took its day heading's date
    films: set[str] = set()  # titles listed under a heading of films
    film_spans: list[tuple[int, int]] = []  # the blocks under such a heading
    span_before: tuple[int, int] | None = None  # the sentence before the one at hand
    span_now: tuple[int, int] | None = None
    intro_cue = False  # the words before it say the shows listed are new or back
    all_new = False  # ... all of them ("what is new or returning this week")
    said: tuple[int, list[Candidate]] | None = None  # the last sentence read: its end, its claims
    counted: tuple[int, int, DateMention] | None = None  # "On March 20, Netflix drops two
    # originals.": the sentence's end, the count, and the date the next sentence's titles share
    lineup: tuple[DateMention, bool, bool] | None = None  # "... launches this fall:" over nights
    for b, block in enumerate(blocks):
        if b > 0 and furniture(text, block.start, block.end) and not (gallery and caption(text, block.start, block.end)):
            continue  # "By Sarah Hughes", "Monday 20 August 2012 12.01 BST": the page's, and
            # no heading (a premiere list's cue holds across them)
        own = _mentions_in(mentions, block.start, block.end)
        if block.heading and not own and (day is not None or list_cue):
            own = _heading_window(text, block, published)  # a calendar's "NOVEMBER"
        if block.heading:  # "Coming back:" over "- Revenge, the Hamptons soap, for a second
            renewal_list = bool(_RENEWED_HEADING.fullmatch(text, block.start, block.end))  # season."
        elif not BULLET.match(text, block.start):
            renewal_list = False
        elif renewal_list:
            _listed_renewal(text, block, index, phrases, candidates)
        calendar = day is not None and block.heading  # (a heading inside a dated list)
        if day is not None and (any(not m.past and (m.window.end is None
                                                    or m.window.end >= published)
                                    and m.window.start != day[0].window.start
                                    and not _in_entry_prose(text, block, m) for m in own)
                                or not (block.heading or BULLET.match(text, block.start)
                                        or LISTED_ITEM.match(text, block.start)
                                        or _SEASON_DASH_ITEM.match(text, block.start))
                                or block.heading and not own and _UNDATED_HEADING.fullmatch(
                                    text, block.start, block.end)):
            day = None  # prose, or a line with a date of its own: the dated list is over (not
            # a line that only looks back: "a season that spent most of last year shelved";
            # nor one that names the day again, "... straps the hat back on tomorrow night")
        if block.heading:  # "Monday, Sept. 21" over a night's prose, in a week's guide
            day_heading = (own[0], block) if b > 0 and _date_alone(text, block, own) and \
                own[0].window.precision is Precision.DAY and \
                own[0].window.end is not None and own[0].window.end >= published else None
        if list_cue and (block.heading or text[block.start:block.end].endswith(":")) and \
                _date_alone(text, block, own, calendar=calendar):
            day = (own[0], block)  # "March 5" over "- Love Is Blind: Season 8, Part 2" lines
            continue
        if dated_intro_above(text, low, blocks, b) and not any(
                m.window.end is None or m.window.end >= published for m in own):  # (no date of
            # its own to come: "It updates Richard Connell's 1924 short story" is none)
            intro = next(blocks[i] for i in range(b - 1, 0, -1)
                         if not BULLET.match(text, blocks[i].start, blocks[i].end))
            intro_days = [m for m in mentions if intro.start <= m.span[0] < intro.end]
            if intro_days and not intro_days[-1].window.is_tba and not intro_days[-1].past and \
                    intro_days[-1].window.end is not None and intro_days[-1].window.end >= published:
                # "Six original series will be waiting on Nov. 1:" over "The Morning Show, a
                # drama about ..." lines: each line's show that day
                for start, stop in block_lines(text, block):
                    _dated_item_claims(text, low, Block(start, stop, False, False), (intro_days[-1], intro),
                                       index, phrases, candidates, on_air=False)
                continue
        intro_end = text.find("\n", block.start, block.end)
        intro_end = block.end if intro_end < 0 else intro_end
        intro_dates = [m for m in own if m.span[1] <= intro_end]
        if len(intro_dates) == 1 and intro_end - block.start <= 160 and text.startswith(":", intro_end - 1) and \
                intro_dates[0].window.precision is Precision.DAY and not intro_dates[0].past and \
                intro_dates[0].window.end is not None and intro_dates[0].window.end >= published and \
                _DATED_INTRO.search(low, block.start, intro_end) and \
                BULLET.match(text, intro_end + 1, min(len(text), intro_end + 8)):
            # "The original series available on day one, Nov. 12:" over "- The Mandalorian.
            # The first live-action Star Wars series ..." lines
            day = (intro_dates[0], Block(block.start, intro_end, False, False))
            if intro_end < block.end:
                _dated_item_claims(text, low, Block(intro_end + 1, block.end, False, False), day, index,
                                   phrases, candidates, on_air=False)
            continue
        if day is None and day_heading is None and not dated_yet:
            all_new = all_new or b > 0 and bool(_ALL_NEW_INTRO.search(low, block.start, block.end))
            intro_cue = intro_cue or bool((_WEEK_INTRO_CUE if b else cues.PREMIERE_HEADLINE).search(
                low, block.start, block.end))  # ("Here's what else is new or returning this week")
        dated_yet = dated_yet or day is not None or day_heading is not None
        if day is not None and not (block.heading and text[block.start:block.end].rstrip().endswith(":")):
            # (not "Originals:" or "From the vault:", a label over the day's lines)
            _dated_item_claims(text, low, block, day, index, phrases, candidates,
                               on_air=not intro_cue)
        elif day_heading is not None and not block.heading and (
                not _prose(text, block) and cues.RELEASE.search(low, block.start, block.end)
                or _guide_entry(text, low, block) or b in leads and (
                    blocks[b - 1] is day_heading[1] or led == b - 1)  # (or after one that did)
                or all_new and _clocked_entry(text, low, block)):
            # "- Ironheart (Disney+): ... premieres with its first three episodes." under
            # "Tuesday, June 24", in a week's guide with no premiere heading
            _dated_item_claims(text, low, block, day_heading, index, phrases, candidates, own,
                               on_air=not intro_cue)
            led = b if b in leads else -1
        elif (block.heading or b == 0) and not (list_cue and (
                DATE_LED.match(text, block.start) or TABLE_ROW.match(text, block.start)
                or BULLET.match(text, block.start)
                or own and DASHED_ITEM.match(text, block.start, block.end)
                or own and _DATED_PAREN_END.search(text, block.start, block.end))):
            # (a calendar's own lines, "Jan. 2 — The Night Agent", and a table's rows,
            # "Paradise | Hulu | Jan. 26", keep its heading's cue)
            list_cue = bool(PREMIERE_HEADING.search(text, block.start, block.end)) or (
                list_cue and b > 0 and len(text[block.start:block.end].split()) <= 3
                and not cues.NOT_A_PREMIERE.search(low, block.start, block.end)
                and not _MEDIA_HEADING.search(low, block.start, block.end))
            # (a calendar's sub-heading, "NBC" or "Dramas", keeps the cue)
        if b in leads:  # "The Penguin. Colin Farrell's Oz Cobb gets his own ...": the
            # paragraph is about the show it opens with
            ref = next(iter(index.refs(text, *leads[b])), None)
            if ref is not None:
                section = Topic(ref.key, ref.name, None)
                topic, topic_block = section, b
        question = answered_question(text, blocks, b)
        if question is not None and question.group():
            section = _asked_topic(text, low, block, index)
            topic, topic_block = section, b + 1
            if section is not None and not QUESTION_LABEL.match(text, block.start, block.end):
                answer_block = b + 1  # ("KAT: Chuck." / "DEV: NBC, Monday, Sept. 24.": the
                # other host's turn dates the show named)
        if block.heading:
            found = None if heads_titled_items(text, blocks, b) or \
                cues.STATUS_HEADING.fullmatch(text, block.start, block.end) else \
                heading_show(text, block) or _titled_heading(text, block, index)
            # "The movies", "On the big screen": a section of films (or books, or games; not
            # a headline, nor a title such as "Squid Game")
            film_section = film_section and (DATED_LINE.match(text, block.start) is not None
                                             or BULLET.match(text, block.start) is not None) or \
                b > 0 and (found is None or found.key not in index.names) and \
                len(text[block.start:block.end].split()) <= 5 and \
                bool(_MEDIA_HEADING.search(low, block.start, block.end)) and \
                not _TV_WORDS.search(text, block.start, block.end) and \
                "small screen" not in low[block.start:block.end]
            entry = blocks[b + 1] if b + 1 < len(blocks) and not blocks[b + 1].heading else None
            if found is not None and entry is not None and cues.SAID_FILM.search(
                    low, entry.start, min(entry.end, entry.start + 300)):
                film_section = True  # "Don't Look Up — Dec. 24" / "... Another movie."
            if found is not None and found.key in index.names:
                key, season = index.numbered.get(found.key, (found.key, found.season))
                section = Topic(key, index.names[key], season)
                topic, topic_block = section, b + 1
            elif found is None and person_heading(text, block):
                topic = section = None  # "CARRIE FISHER (1956-2016)": an obituary's next
                # person, whose shows the section names anew
            elif found is None and SECTION_HEADING.fullmatch(text, block.start, block.end):
                if section is not None:  # "Production", "Release": the encyclopedia article
                    topic, topic_block = section, b + 1  # goes on about its show (not one it
                    # named in passing in the section before)
            elif found is None and not block.label and b > 0 and not any(
                    block.start <= m.span[0] < block.end for m in mentions) and \
                    not cues.RELEASE.search(low, block.start, block.end):
                if section is not None and topic is not None and topic.key == section.key or \
                        cues.STATUS_HEADING.fullmatch(text, block.start, block.end) or \
                        _UNDATED_HEADING.fullmatch(text, block.start, block.end):
                    topic = None  # "On the big screen": a new section about something else
                    # ("DELAYED", "Cancelled", "LATER": a new section, about other shows)
                section = None
        if question is not None and not question.group():
            # "When is The Capture on?": a subheading's question says what its answer is about
            # (not "Is Kevin Costner leaving?"; and not its section: made one, the shows the
            # answer names in passing lost their dates; nor anew when it is already the topic,
            # with the season the text gave it)
            asked = _asked_topic(text, low, block, index, phrases)
            if asked is not None and (topic is None or topic.key != asked.key
                                      or asked.season not in (None, topic.season)):
                topic, topic_block = asked, b + 1
            if topic is not None and topic_block == b + 1:
                answer_block = b + 1  # (its answer may use the topic as an article's first
                # lines do: "AMC's oddball drama ... premieres Monday, Aug. 6")
        if block.heading and b > 0 and not blocks[b - 1].heading and \
                DATE_HEADING.fullmatch(text[block.start:block.end].strip()):
            topic = section = None  # "WINTER 2025": a chart's section by date, the shows
            continue  # named under it (but "RIDLEY" over "SPRING 2024" dates its show)
        if block.label and STAMP_LABEL.match(text, block.start, block.end):
            continue  # "Published: January 16, 2016" dates the article, not a premiere
        if _LINK_LINE.match(text, block.start, block.end):
            continue  # "READ MORE: X sets December premiere": another story's headline
        night_item = lineup is not None and (_NIGHT_LABEL.match(text, block.start) is not None
                                             or lineup[2] and _NIGHT_OPENER.match(text, block.start) is not None)
        if not night_item:
            lineup = None
        last_refs: list[Ref] = []  # the titles of the block's sentence before
        film_block = (low is text or low.find("movies", block.start, block.start + 40) >= 0
                      or low.find("films", block.start, block.start + 40) >= 0) and \
            _MEDIA_LABEL.match(text, block.start, block.end) is not None  # ("New movies.
        # Netflix's The Noel Diary ... streams Thursday": a guide's paragraph of films, whose
        if film_block:  # titles are no topic for the paragraphs after it)
            topic = None
        if film_section or film_block:
            film_spans.append((block.start, block.end))
        for sentence in block.sentences:
            span_before, span_now = span_now, (sentence.start, sentence.end)
            while m_i < len(mentions) and mentions[m_i].span[0] < sentence.start:
                m_i += 1
            mine: list[DateMention] = []
            j = m_i
            while j < len(mentions) and mentions[j].span[0] < sentence.end:
                if not (night_item and mentions[j].rule == "weekday"
                        and mentions[j].span[0] - block.start <= 4):  # ("On Wednesday, X leads
                    mine.append(mentions[j])  # off the night": the grid's night, not a date)
                j += 1
            named_media = media.refs(text, sentence.start, sentence.end)
            raw = index.refs(text, sentence.start, sentence.end)
            if len(mine) > 1:  # "Thursday, March 14 is a big night: X, Y and Z all premiere
                mine = [m for i, m in enumerate(mine) if m.rule != "sameday" or not any(
                    n.window == m.window and not (
                        any(r.end <= n.span[0] for r in raw)
                        and any(n.span[1] <= r.start < m.span[0] for r in raw)
                        or _NEW_SUBJECT_CLAUSE.search(text, n.span[1], m.span[0])
                        and any(n.span[1] <= r.start < m.span[0] for r in raw))
                    for n in mine[:i])]  # that evening": one date (but "X opens Tuesday,
                # Oct. 9, and leads into Y that same night": Y's date too; so "Sunday, Sept. 26,
                # Showtime opens X, and HBO schedules Y for the same night")
            all_refs.extend(raw)
            mine = [m for m in mine if not any(
                r.start <= m.span[0] and m.span[1] <= r.end and m.span[1] - m.span[0] < r.end - r.start
                and text[r.start - 1:r.start] in QUOTE_OPENERS for r in raw)]
            # ('"Last Week Tonight with John Oliver" returns ...': a quoted title's words)
            refs = [r for r in raw
                    if not any(m.span[0] < r.end and r.start < m.span[1] and not (
                        m.window.is_tba and m.span[0] < r.start and r.end <= m.span[1]
                        and text[m.span[0]:r.start].endswith(" for "))  # ("date for X season 3
                               for m in mine)  # will be announced later": X's, inside the TBA words)
                    and not any(t.start < r.end and r.start < t.end
                                and not (r.start <= t.start and t.end <= r.end
                                         and t.end - t.start < r.end - r.start)
                                for t in named_media)  # (a film's name inside a longer show's
                    # title is the show's: "Dune: Prophecy" beside the film "Dune")
                    and not (_SPINOFF_AFTER.match(text, r.end) and not (
                        _SEQUEL_AFTER.match(text, r.end)
                        and _NEW_SHOW_OWNER_BEFORE.search(text, max(0, r.start - 30), r.start)))]
                    # ('Peacock has a "Saved by the Bell" sequel series': the sequel, under its
                    # franchise's name; but 'Cobra Kai, the "Karate Kid" sequel': the franchise)
            refs = [replace(r, season=1) if r.season is None and _SEQUEL_AFTER.match(text, r.end)
                    and _NEW_SHOW_OWNER_BEFORE.search(text, max(0, r.start - 30), r.start)
                    else r for r in refs]  # (a sequel series is a first season)
            if not mine and not refs and not cues.RENEWAL.search(low, sentence.start, sentence.end):
                # Nothing to claim here; only "the fifth season" may move the topic's season.
                if topic is not None and (cues.ANAPHOR.search(low, sentence.start, sentence.end)
                                          or section is not None and topic.key == section.key):
                    # (under a heading, "Production on season 3 wrapped in May": its season)
                    told = seasons_in(text, sentence.start, sentence.end, phrases)
                    named = _NAMED_SUBJECT.match(text, sentence.start, told[0][0]) \
                        if told and low.startswith(("its ", "their "), told[0][0]) else None
                    if told and not FINALE_AFTER.match(low, told[-1][1]) and \
                            not (_SEASON_WAS.match(low, told[-1][1]) and not cues.MAKING_OF.search(
                            low, max(sentence.start, told[-1][0] - 30), told[-1][0])) and not _AFTER_THE.search(
                            low, max(sentence.start, told[-1][0] - 16), told[-1][0]) and not (
                            named and show_key(named.group(1)) != topic.key):
                        # (not "Westworld is midway through its third season": another
                        # show, named without a cue, is its subject)
                        topic = Topic(topic.key, topic.name, told[-1][2], topic.returning)
                        for c in pending or [c for c in carried if c.season is None
                                             and sentence is block.sentences[0]]:
                            if c.key == topic.key and not c.stated:
                                c.season, c.stated = told[0][2], True
                pending = []
                continue
            if b in leads and topic is not None and topic_block == b:
                refs = [r for r in refs if r.key == topic.key or not (
                    r.weak and (given_name_only(text, r.name) or is_person(text, r.start, r.end)))]
                # ("Surface. Gugu Mbatha-Raw plays a woman ...": the entry's star; "• The Night Agent, season
                # 3 — Peter Sutherland is back later this year": the item's show, its hero)
            if _PARENT_SUBJECT.match(low, sentence.start, sentence.end):
                origin = next((r for r in reversed(all_refs) if block.start <= r.start < sentence.start
                               and _DERIVED_OF_BEFORE.search(low, max(0, r.start - 24), r.start)), None)
                if origin is not None:  # '"Star City," the spinoff of "For All Mankind," is set
                    # for spring. The parent series itself returns ...': the show it came from
                    topic, topic_block = Topic(origin.key, origin.name, None, True), b
            if topic is not None and topic.key in finals and \
                    _UNNUMBERED_FINAL.search(low, sentence.start, sentence.end):
                # "will conclude with season 5 ... when the final season will premiere"
                topic = Topic(topic.key, topic.name, finals[topic.key], topic.returning)
            if topic is not None and not refs and span_before is not None and \
                    _THAT_SEASON.match(low, sentence.start):
                told_before = seasons_in(text, *span_before, phrases)
                if told_before and told_before[-1][2] is not None:  # "... before its fourth
                    # season has aired. That season is slated to bow this fall.": the fourth
                    topic = Topic(topic.key, topic.name, told_before[-1][2], topic.returning)
            points_back = not refs and _THAT_IS_WHEN.match(low, sentence.end) is not None
            # ("The biggest date on the calendar is July 19. That is when X returns": the
            # sentence after says whose date it is, not the topic before)
            linker = SentenceLinker(text, low, published, sentence, block, refs,
                                    None if points_back else topic, b <= 2 or b == answer_block,
                                    named_media,
                                    mine, topic_block, section is not None and topic is not None
                                    and topic.key == section.key, list_cue, phrases,
                                    any(start <= sentence.start < stop for start, stop in findings),
                                    dated_list)
            if pending and topic is not None and linker.anaphor and linker.seasons and \
                    refs and linker.seasons[0][1] + 20 <= min(r.start for r in refs) and \
                    not _OF_AFTER.match(low, linker.seasons[0][1]) and \
                    not _SEASON_WAS.match(low, linker.seasons[0][1]):
                # "Sunday, April 13. The second season adapts ... The Last of Us Part II": the
                # season told before any other title is the one just dated
                for c in pending:
                    if c.key == topic.key and not c.stated:
                        c.season, c.stated = linker.seasons[0][2], True
            before = len(candidates)
            both = _both_shows(low, sentence.start, refs, named_so_far) or \
                _all_of_them(text, low, sentence, refs, last_refs, phrases)
            named_so_far.extend(refs)
            last_refs = refs
            if film_section and refs and not _TV_WORDS.search(text, sentence.start, sentence.end):
                films.add(refs[0].key)  # ("Movies worth your time" / "- Cloud Atlas (July 1)")
            if not (film_news or film_section or film_block) or \
                    _TV_WORDS.search(text, sentence.start, sentence.end):
                _date_claims(linker, mine, candidates, both)
                if day_heading is not None and len(candidates) == before and refs and \
                        linker.release and not linker.ahead and _prose(text, block) and \
                        not _guide_entry(text, low, block) and \
                        not any(block.start <= d.span[0] < sentence.start and not d.past
                                and d.window.precision is Precision.DAY
                                for d in mentions[max(0, m_i - 8):m_i]):  # (not the prose of an entry:
                    # '"The Traitors," season 2 (Peacock). ... veterans from "Survivor" are back';
                    # nor a paragraph that gave its own day: "Looking ahead to next Friday, July
                    # 11, two big returns land on the same day. Foundation opens ...")
                    _heading_day_claims(linker, day_heading, candidates)
            if lineup is not None and night_item:
                _lineup_claims(linker, lineup, candidates, before)
            if block.heading and b + 1 < len(blocks) and not blocks[b + 1].heading:
                _season_from_next(text, blocks[b + 1], candidates[before:], refs, index)
            _renewal_claims(linker, candidates, both)
            _respective_seasons(linker, candidates[before:])
            so_will = _SO_WILL.match(low, sentence.start) if said is not None else None
            if len(candidates) == before and refs and said is not None and so_will is not None and \
                    not text[said[0]:sentence.start].strip():
                dated = next((c for c in said[1] if not c.window.is_tba), None)
                if dated is not None and refs[0].start <= so_will.end() + 1:
                    # "La Brea ... will premiere this fall. So will Ordinary Joe, a drama ...": that
                    # date ("won't be seen until midseason. Neither will Awake, ..., or Chelsea":
                    # for each title the first is joined to by "or" or "and")
                    back_again = cues.RETURNING.search(low, sentence.start, sentence.end)
                    joined = [refs[0]] + [r for r in refs[1:] if _JOINED_TITLE.search(
                        low, max(sentence.start, r.start - 50), r.start)]
                    for r in {r.key: r for r in joined}.values():
                        candidates.append(Candidate(r.key, r.name,
                                                    None if back_again else 1, dated.window,
                                                    dated.span, (sentence.start, sentence.end),
                                                    "clause", dated.confidence, len(candidates),
                                                    False))
            if len(candidates) == before and refs and not mine and counted is not None and \
                    not text[counted[0]:sentence.start].strip():
                # "On March 20, Netflix drops two very different originals. X, a true-crime
                # docuseries, arrives alongside Y, a fantasy adventure.": the two it counted
                listed = list({r.key: r for r in refs}.values())
                if len(listed) == counted[1]:
                    shared = counted[2]
                    back_again = cues.RETURNING.search(low, sentence.start, sentence.end)
                    for r in listed:
                        candidates.append(Candidate(r.key, r.name, None if back_again else 1,
                                                    shared.window, shared.span,
                                                    (sentence.start, sentence.end), "clause",
                                                    0.75, len(candidates), False))
            counted = None
            if len(candidates) == before and not refs and len(mine) == 1 and not mine[0].past \
                    and not mine[0].window.is_tba and \
                    (ahead := _COUNTED_AHEAD.search(low, sentence.start, sentence.end)) is not None:
                counted = (sentence.end, vocab.COUNTS[ahead.group(1)], mine[0])
            said = (sentence.end, candidates[before:])
            for c in candidates[before:]:
                if c.rule == "renewal" and c.stated and c.season is not None and \
                        _ENDING.search(c.window.phrase):
                    finals[c.key] = c.season
            if len(candidates) == before:
                _follow_claim(linker, follows)
            that_night = night is not None and night[1] == b - 1 and \
                sentence is block.sentences[0] and bool(_THAT_IS_WHEN.match(low, sentence.start))
            if night is not None and (night[1] != b and not that_night or any(
                    m.window.precision is Precision.DAY and m.window != night[0].window for m in mine
                    if not m.past and m.span[0] in linker.ahead)):
                night = None  # (a day of the sentence's own; a coarser "moved back to the
                # fall" leaves the night's date the more precise one)
            if len(candidates) == before and not refs:
                night = _night_named(linker, mine, published, b, points_back) or night
            elif night is not None and refs and \
                    all(c.window.is_tba or c.window.precision is not Precision.DAY
                        or c.window == night[0].window for c in candidates[before:]):
                # (a renewal's "final season" in the sentence is no date of its own; "..., and
                # Y begins its second season at 10/9c on Nov. 17 as well": the night's again)
                _night_claims(linker, night[0], night[2], candidates, that_night)
            if len(candidates) == before and refs and not mine and slot_day is not None and \
                    slot_day[1] == b and ((linker.release or _IT_IS_FOLLOWED.match(low, sentence.start))
                                          and _SLOT_AFTER.search(low, sentence.start, sentence.end)
                                          or linker.seasons and _SLOT_FILLED.search(
                        low, sentence.start, sentence.end) or _SLOT_MOVE.search(
                        low, sentence.start, sentence.end) and DATED_LINE.match(text, block.start)):
                # "NCIS opens its 12th season on Tuesday, Sept. 23 ... Person of Interest returns
                # for its fourth season at 10 p.m. after the pair.": the same night's later slot
                # (and in a calendar's entry, "Thursday, Sept. 27 — ... The Good Place season 3
                # moves into the 9 p.m. hour")
                _night_claims(linker, slot_day[0], slot_day[2], candidates, slot=True)
            day_claimed = [m for m in mine if m.window.precision is Precision.DAY and any(
                c.span == m.span for c in candidates[before:])]
            if day_claimed:
                slot_day = (day_claimed[-1], b, sentence.start)
            if section is not None and topic is not None and topic.key == section.key and \
                    all(r.weak for r in refs) and (refs or topic.season is not None):
                pass  # under "The X-Files", "Mulder and Scully are back" keeps the section's show
            elif topic is not None and len(candidates) == before and refs and all(
                    r.weak and r.key != topic.key and _PERSON_LIKE.fullmatch(r.name) for r in refs) \
                    and (len(refs) > 1 or refs[0].name.split()[0].lower() in vocab.FIRST_NAMES
                         or _PERSON_RANK.match(refs[0].name)
                         or _ACTOR_POSSESSIVE.search(text, max(sentence.start, refs[0].start - 30),
                                                     refs[0].start)  # ("Lee Jung-jae's Seong
                         # Gi-hun is back in the games": the actor's character)
                         or _NAME_AND.search(text, max(sentence.start, refs[0].start - 40), refs[0].start)) \
                    and _CAST_NEWS.search(low, sentence.start, sentence.end):
                pass  # "Kim Hyun-joo and Kim Shin-rok are back. No date has been given": the
                # cast of the show the text is about, whose date that is
            elif topic is not None and len(candidates) == before and len(refs) > 1 and \
                    refs[0].key != topic.key and any(r.key == topic.key for r in refs[1:]):
                pass  # "Q: Fringe is moving ..." / "after Bones moved, it picked Fringe": still Fringe
            elif refs and not film_block and not (section is not None and block.heading) and (first := _next_topic(
                    text, sentence, refs, candidates[before:],
                    section is not None and topic is not None and topic.key == section.key)):
                season, stated = linker.season_for(first, first.start, 1)
                claimed = next((c.season for c in candidates[before:]
                                if c.key == first.key and c.season is not None and c.stated), None)
                if stated and claimed is not None:  # ('"Community," which lost its creator before its
                    # fourth season, was renewed for a fifth': the season just claimed)
                    season, stated = claimed, True
                elif stated and season is not None and any(
                        n == season and _SEASON_ENDED.match(low, e) for _, e, n in linker.seasons):
                    season += 1  # "The second season of Severance ended last March. Apple
                    # renewed the series within days": the next season is the one talked of
                returning = season is None and not stated or (
                    topic is not None and topic.key == first.key and topic.returning)
                topic = Topic(first.key, first.name, season if stated else None, returning)
                topic_block = b
            elif topic is not None and linker.anaphor and linker.seasons and \
                    not ENDED_WITH.search(low, sentence.start, linker.seasons[0][0]) and \
                    not _AFTER_THE.search(low, max(sentence.start, linker.seasons[-1][0] - 16),
                                          linker.seasons[-1][0]) and \
                    not _SEASON_WAS.match(low, linker.seasons[-1][1]) and \
                    not _SEASON_BEGUN_BEFORE.search(low, max(sentence.start, linker.seasons[-1][0] - 24),
                                                    linker.seasons[-1][0]) and \
                    not _CURRENT_BEFORE.search(low, max(sentence.start, linker.seasons[-1][0] - 12),
                                               linker.seasons[-1][0]) and \
                    not FINALE_AFTER.match(low, linker.seasons[-1][1]) and \
                    not any(t.start < linker.seasons[0][0] for t in linker.media) and \
                    not (_SEASON_EVENT.match(low, linker.seasons[-1][1])
                         and any(m.past and m.span[0] > linker.seasons[-1][1] for m in mine)):
                # (not "Fans got a glimpse of Vader in the show's second season premiere in
                # June": a sentence whose dates are all gone by tells a season gone by)
                # (not '"Serial" itself began its third season': the podcast's season)
                # (not "its second-season finale airs Aug. 19" after a renewal for a third: the
                # season that ends is not the one the text goes on about)
                # (not "Season one was Netflix's fourth most-watched series": a past season)
                # "The brothers confirmed that the fifth season will be the last": the text
                # now talks about season 5 of the same show (not "the flagship series
                # concluded with its fourth and final season": that season is over).
                # (Under a heading, "HBO's adaptation was to start shooting its second season"
                # tells the section's season; it does not re-number the claims before it.)
                topic = Topic(topic.key, topic.name, linker.seasons[-1][2], topic.returning)
                renewed = cues.RENEWAL.search(low, sentence.start, linker.seasons[0][0]) or \
                    _COMMITTED_TO.search(low, sentence.start, linker.seasons[0][1])
                for c in [] if section is not None and topic.key == section.key or renewed \
                        else pending:  # (not "... premiere Sunday, May 17. TNT has already
                    # renewed it for a second season": the season after the dated one)
                    # "...pushed to midseason. The nine-episode fifth season..."
                    if c.key == topic.key and not c.stated and not any(
                            m.window.is_tba for m in mine):  # (not "Its second season has
                        c.season, c.stated = linker.seasons[0][2], True  # not been dated")
            pending = [c for c in candidates[before:] if not c.stated]
        lineup = _lineup_window(text, low, block, own) or lineup
        if b == 0:  # "Stranger Things 5: release schedule for the final season"
            headline_season = next(((r.key, r.season) for sentence in block.sentences
                                    for r in index.refs(text, sentence.start, sentence.end)
                                    if r.season is not None
                                    and NUMBER_COLON.match(text, r.end)), None) or \
                _headline_season(text, block, index, phrases)
        if not block.label:
            # ("Premieres: Sept. 24" / "... is back for a fifth season."; and a paragraph's
            # opening "X and Y return ... for the eight-part second series" after one that
            # dated X: the next paragraph's first sentence only)
            carried = [] if block.heading else pending
            pending = []
    _resolve_follows(follows, candidates, text)
    candidates = [c for c in candidates if c.key not in films or c.stated]  # (a film section's
    # titles, listed again among the month's dates: "July 1 / Cloud Atlas"; not "X: Season 2")
    _seasons_after_run(text, low, index, candidates)
    _seasons_under_headings(text, blocks, phrases, candidates)
    candidates = _with_records(text, mentions, published, candidates, index, blocks,
                               [] if film_news else None if not film_spans else film_spans)
    body_start = blocks[1].start if len(blocks) > 1 else len(text)
    return _finish(candidates, index, text, published, source, published_basis, body_start,
                   headline_season, _told_seasons(text, all_refs, phrases),
                   full_names(text, titles.shows), shown)


# A dash typed as two hyphens ("The X-Files -- season 4 opens Friday"), read as the dash it
# stands for: the same length, so every span still points into the text as given
_TYPED_DASH = re.compile(r"(?<=[^\W_]|[ \t\"”’')])[ \t]?--(?=[ \t]?[^\W_\d]|[ \t][\"“‘'(\d])")


# A critic's rating in stars at a line's end, with the dash or colon before it
_STARS = re.compile(r"[ \t]*(?:[-–—:|][ \t]*)?[★☆✩✭]+(?:[ \t]*½)?(?=[ \t]*$)|"
                    r"^[ \t]*[★☆✩✭]+(?:[ \t]*½)?[ \t]*(?=\S)", re.MULTILINE)  # (or at its start:
# "★★★½ Chuck (NBC)")


def _dash_for(typed: re.Match[str]) -> str:
    return " — " if typed.group()[0] in " \t" else "— "


def _seasons_under_headings(text: str, blocks: list[Block], phrases: SeasonPhrases,
                            candidates: list[Candidate]) -> None:
    """A heading's date whose season the heading does not say takes the one its paragraph
    opens on ("3. The Mandalorian (Disney+), March 1" over "Season three. Din Djarin and Grogu
    are back together": the third)."""
    for c in candidates:
        if c.stated or c.window.is_tba:
            continue
        at = next((i for i, b in enumerate(blocks) if b.start <= c.span[0] < b.end), None)
        if at is None or not blocks[at].heading or at + 1 >= len(blocks) or blocks[at + 1].heading:
            continue
        below = blocks[at + 1]
        told = [(m, n) for m, n in phrases.numbered(below.start, min(below.end, below.start + 40))
                if m.start() == below.start]
        if told and _SEASON_OPENS_PARAGRAPH.match(text, told[0][0].end()):
            c.season, c.stated = told[0][1], True


# "Season three." or "Season two of the survival drama", "The fourth season, and ...": a
# paragraph that opens on the season its heading's show comes back with
_SEASON_OPENS_PARAGRAPH = re.compile(r"[ \t]*(?:[.,;:]|\s+of\s+the\b)")


def _with_records(text: str, mentions: list[DateMention], published: date,
                  candidates: list[Candidate], index: TitleIndex, blocks: list[Block],
                  film_spans: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """The claims a table's rows and a fact box's fields make, in place of what the prose
    reader made of those lines. ``film_spans``: the parts of the text about films, books or
    games, where a list's dashed lines are no shows' ([]: the whole text is)."""
    records, covered = read_records(text, mentions, published)
    if film_spans is not None:
        films = [r for r in records if r.dashed and (not film_spans or any(
            s <= r.line[0] < e for s, e in film_spans))]
        records = [r for r in records if r not in films]
        covered = [c for c in covered if not any(r.line == c for r in films)]
    if not covered:
        return candidates
    headings = {r.mention.span for r in records if not r.line[0] <= r.mention.span[0] < r.line[1]}
    kept = [c for c in candidates if not any(s <= c.span[0] < e for s, e in covered)
            and c.span not in headings]  # (a day's heading over a guide's rows dates the rows'
    # records; the prose reader's claims on it, "CH 4" or an episode's title, are the same rows)
    headline = next(iter(index.refs(text, blocks[0].start, blocks[0].end)), None) \
        if blocks and any(not r.name for r in records) else None
    for r in records:
        name = r.name or (headline.name if headline is not None else "")
        if not name:  # (a box that names no show is about the one the headline names)
            continue
        season, stated = r.season, r.stated
        at = text.find(name, blocks[0].start, blocks[0].end) if blocks and not stated else -1
        told = seasons_in(text, at + len(name), min(blocks[0].end, at + len(name) + 16)) if at >= 0 else []
        if told and GAP_TO_SEASON.fullmatch(text, at + len(name), told[0][0]):
            season, stated = told[0][2], True  # "Harbor Lights season 2: everything we know"
            # over its fact box
        kept.append(Candidate(show_key(name), name, season, r.mention.window, r.mention.span,
                              r.line, "table", 0.9, len(kept), stated))
    return kept


# A night's line of a schedule: "Tuesday: X opens its third season, followed by ..."
_NIGHT_LABEL = re.compile(r"[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:\s+nights?)?\s*:\s")
# ... or, under a paragraph that points to the grid below, a night told in prose: "Monday opens
# with ...", "On Wednesday, X leads off the night", "Friday is where NBC is putting its bets"
_NIGHT_OPENER = re.compile(r"[ \t]*(?:On\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:\s+nights?)?"
                           r"(?:\s*,|\s+(?:opens|keeps|is|leads|starts|belongs|gets|brings|adds|features|"
                           r"kicks|begins|has|goes|stays|remains)\b)")
_GRID_BELOW = re.compile(r"\b(?:grid|schedule|lineup|line-up|nights?)\s+(?:below|that\s+follows?)\b|"
                         r"\bnight[- ]by[- ]night\b")


def _lineup_window(text: str, low: str, block: Block, own: list[DateMention]
                   ) -> tuple[DateMention, bool, bool] | None:
    """"Here is how the network's nights will look when the schedule launches this fall:":
    a paragraph that ends in a colon and gives one window for the nights listed under it; and
    whether it says the shows are new ("Seven new series arrive ... this fall:"). Or one that
    points to the grid below ("Everything on the fall grid below premieres this fall"), whose
    nights follow in prose (the third value says so)."""
    if block.heading:
        return None
    grid = _GRID_BELOW.search(low, block.start, block.end) is not None
    if not grid and not text[block.start:block.end].rstrip().endswith(":"):
        return None
    ahead = [m for m in own if not m.past]
    if grid:  # (the window the grid's premieres are told in, not "launch dates are expected
        ahead = ahead[:1]  # in June" after it)
    if len(ahead) != 1 or ahead[0].window.is_tba or ahead[0].window.precision is Precision.DAY or \
            not cues.RELEASE.search(low, block.start, block.end):
        return None
    return ahead[0], cues.NEW_SERIES.search(low, block.start, block.end) is not None, grid


def _lineup_claims(linker: SentenceLinker, lineup: tuple[DateMention, bool, bool],
                   out: list[Candidate], before: int) -> None:
    """"Sunday: the fairy-tale drama "Once Upon a Time," at 8/7c, and ...": each show of a
    night's line that the line did not date itself (from ``out[before]`` on), under a paragraph
    that gave the lineup's window, premieres in it."""
    m, new, _ = lineup
    dated = {c.key for c in out[before:]}
    for ref in linker.refs:
        if ref.key in dated or _in_passing(linker.text, linker.s, ref, False) or \
                _PERSON_LIKE.fullmatch(ref.name) and \
                ref.name.split()[0].lower() in vocab.FIRST_NAMES:
            continue  # ('from "Lost" writers A and B': a credit; "Tim Allen returns to sitcoms
            # in ...": the star)
        season, stated = linker.season_for(ref, ref.start, len(linker.refs))
        if season is None and new:
            season = 1  # ("Seven new series arrive when the lineup rolls out this fall:")
        dated.add(ref.key)
        out.append(Candidate(ref.key, ref.name, season, m.window, m.span,
                             (linker.s.start, linker.s.end), "listing", 0.6, len(out), stated))


# Right after a title, its season: "Chicago Med (season 10)", "Night Court season 3".
_SEASON_RIGHT_AFTER = re.compile(r"(?:['’]s?)?\s*\(?\s*(?=(?i:season|series)\s)")  # ("X's season 2")
_OF_RIGHT_AFTER = re.compile(r"\s+of\s+(?:the\s+)?$")
_TOLD_PAST = re.compile(r"\)?\s+(?:aired|premiered|debuted|ended|concluded|wrapped|ran|dropped|"
                        r"launched|returned|was|were|finished)\b")
_ITS_AFTER = re.compile(r"\s+(?:[a-z]+\s+){1,3}(?:(?:its|their)\s+)?")  # "X launches its 26th cycle"


# ", and HBO schedules ...": a clause with a network of its own as subject
_NEW_SUBJECT_CLAUSE = re.compile(r",[”\"’']?\s+(?:and|while)\s+[A-Z][\w+&.-]*(?:\s+[A-Z][\w+&.-]*)?\s+"
                                 r"(?:schedules|slots|sets|opens|brings|launches|premieres|debuts|has|will)\b")


_RENEWS_BEFORE = re.compile(r"\b(?:renew(?:s|ed|ing)?|picked\s+up|ordered|greenlit|green-lit)\s+$",
                            re.IGNORECASE)


def _told_seasons(text: str, refs: list[Ref], phrases: SeasonPhrases) -> dict[str, set[int]]:
    """The seasons the article puts right next to each title ("Chicago Med (season 10)",
    "the third season of Night Court"): the season a bare listing line means."""
    told: dict[str, set[int]] = {}
    starts = [r.start for r in refs]
    for start, end, number in seasons_in(text, 0, len(text), phrases):
        lo = bisect_left(starts, start - 120)  # (a title of up to 80 characters, 40 before)
        for ref in refs[lo:bisect_left(starts, end + 9, lo)]:
            if _TOLD_PAST.match(text, max(end, ref.end)) or \
                    FINALE_AFTER.match(text.lower(), end) or \
                    OF_ANOTHER_SHOW.match(text[end:end + 80].lower()):
                continue  # "The fifth season of X aired on September 6": over ("the fourth
                # series in Dick Wolf's Chicago franchise": no season at all)
            if ref.end <= start <= ref.end + 3 and _SEASON_RIGHT_AFTER.match(text, ref.end) \
                    or end <= ref.start <= end + 8 and _OF_RIGHT_AFTER.fullmatch(text, end,
                                                                               ref.start) \
                    or ref.end < start <= ref.end + 40 and _ITS_AFTER.fullmatch(text, ref.end,
                                                                               start) \
                    and not _OF_AFTER.match(text, end) \
                    and not _RENEWS_BEFORE.search(text, max(0, ref.start - 24), ref.start):
                # (not "X and the second season of Y"; nor "renewed X for a second season": a
                # season ordered, not the one X's bare lines mean)
                told.setdefault(ref.key, set()).add(number)
        lead = _entry_told_about(text, refs, starts, start, end)
        if lead is not None:
            told.setdefault(lead.key, set()).add(number)
    return told


def _entry_told_about(text: str, refs: list[Ref], starts: list[int], start: int, end: int
                      ) -> Ref | None:
    """'"The Killing" (AMC), Sunday, June 2. ... Season three opens with two hours': a
    sentence of a guide's entry that opens with a season, in a paragraph led by the title and
    naming no other, tells that title's season (not "The fourth series of The Traitors")."""
    para = text.rfind("\n", 0, start) + 1
    opens = _SEASON_OPENS_SENTENCE.match(text, start) is not None and \
        _SENTENCE_BREAK_BEFORE.search(text, max(0, start - 4), start) is not None
    if not opens:  # "June 21 — True Detective (9 p.m., HBO). Nic Pizzolatto moves his anthology
        # to California for season two": a later sentence of the entry, the season it is for
        said = max(para, text.rfind(". ", para, start) + 2)
        if not _FOR_SEASON_BEFORE.search(text, max(said, start - 10), start) or \
                cues.RENEWAL.search(text.lower(), said, start) or said == para:
            return None  # (not "Netflix already renewed it for a fourth": the next one)
    if _OF_AFTER.match(text, end) and not _OF_ITS_KIND.match(text, end):
        return None
    i = bisect_left(starts, para)
    if i >= len(refs) or not _ENTRY_LEAD.fullmatch(text, para, refs[i].start):
        return None
    lead = refs[i]
    if not opens and not any(c.isdigit() for c in text[para:lead.start]):
        return None  # (a later sentence counts only in a calendar's dated entry)
    if any(r.key != lead.key and (opens or not (full_person_name(r.name) or r.weak
                                                and FULL_NAME.fullmatch(r.name)))
           for r in refs[i + 1:bisect_left(starts, start, i)]):
        return None  # (but the entry's "Nic Pizzolatto moves his anthology ..." names a person)
    return lead


_FOR_SEASON_BEFORE = re.compile(r"\bfor\s+(?:its\s+)?$")
_SEASON_OPENS_SENTENCE = re.compile(r"Season\s|Series\s|The\s+(?:\w+\s+){1,3}?(?:season|series)\b")
_SENTENCE_BREAK_BEFORE = re.compile(r"[.!?][\"”’']?\s+$")
_ENTRY_LEAD = re.compile(r"[ \t]*(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
                         r"[ \t]*[-–—:][ \t]*)?[“\"‘']?")  # (a calendar's "July 17 — " before it)
# "The second season of the cartoon about a washed-up horse": the entry's show, by its kind
_OF_ITS_KIND = re.compile(r"\s+of\s+(?:the|this|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:show|series|"
                          r"drama|comedy|cartoon|sitcom|saga|thriller|anthology|procedural|"
                          r"dramedy|docuseries|anime|western|mystery|adaptation)\b")


_NEW_SHOW_SUBJECT = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:spinoff|spin-off|prequel|sequel|"
                               r"reboot|revival|remake|version|adaptation)\b")
# Sub-headings that leave television: "On the big screen", "Streaming movies", "Books".
_MEDIA_HEADING = re.compile(r"\b(?:screen|films?|movies?|books?|games?|music|theaters?|"
                            r"theatres?|cinemas?|podcasts?|albums?)\b")
# A paragraph's label that makes it one of films: "New movies. ...", "Films: ..."
_MEDIA_LABEL = re.compile(r"[ \t]*(?:[\w’'-]+[ \t]+){0,2}(?i:movies|films)(?:[ \t]+[a-z]+){0,2}[.:][ \t]")
# "the final season" with no number, and the renewal words that say which season ends a show
_SEASON_EVENT = re.compile(r"\s+(?:premiere|finale|opener|debut)\b")
_THAT_SEASON = re.compile(r"[\s\"“]*(?:that|this)\s+(?:season|series|installment|instalment)\s+"
                          r"(?:is|will|was\s+(?:set|slated|scheduled|expected|due))\b")
_UNNUMBERED_FINAL = re.compile(
    r"\b(?:the|its|their)\s+(?:final|last)\s+(?:season|series|chapter)\b")
_ENDING = re.compile(r"\b(?:end|ending|conclude|final)\b", re.IGNORECASE)


# A press release's lead: "NEW YORK, Jan. 8, 2026 /PRNewswire/ --", "LONDON, 5 May 2025 —".
_PRESS_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]{1,5}\.?)?"
    r"(?:\s*\([A-Z]{2,8}\))?,"
    r"(?:[^\n/—–]{4,40}?(?:19|20)\d\d\)?|\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})"  # ("BOSTON, MA (Nov. 14,
    r"\s*(?:/[^/\n]{1,40}/)?\s*(?:--|—|–|-)\s")  # 2023) —", a wire's "LOS ANGELES, Aug 9 -")


def _without_datelines(text: str, blocks: list[Block], mentions: list[DateMention]
                       ) -> list[DateMention]:
    """The mentions outside the datelines that open paragraphs: that date is the news's."""
    cuts = [(b.start, m.end()) for b in blocks
            if (m := _PRESS_DATELINE.match(text, b.start, b.end)) is not None]
    if not cuts:
        return mentions
    return [m for m in mentions if not any(s <= m.span[0] < e for s, e in cuts)]


# What a fact check's verdict opens with when the claim it checks was right: "Reality: correct."
_CONFIRMED = re.compile(r"(?i:correct|right|true|accurate|confirmed|yes|on\s+schedule)\b")
# ... and the words of one that says it was wrong
_DENIED = re.compile(r"(?i:\b(?:no|not|never|wrong|false|fake|incorrect|untrue)\b|n[’']t\b)")


# A streamer's heading over the titles it is losing: "LEAVING JULY 15", "Expiring soon"
_DEPARTURES = re.compile(r"[\s*_#]*(?i:leaving|expiring|departing)\b")


def _blocks_at(blocks: list[Block], at: int) -> list[Block]:
    """The block that holds ``at`` (none, or one)."""
    i = bisect_left(blocks, at + 1, key=lambda b: b.start) - 1
    return [blocks[i]] if i >= 0 and blocks[i].start <= at < blocks[i].end else []


def _checked(text: str, mentions: list[DateMention], checked: list[tuple[int, int, int]]
             ) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The mentions outside the claims a fact check sets out to test (`checked_claims`), and
    the spans that tell its findings, whose dates are premieres' whatever their verbs. A finding
    that opens "correct" keeps the claim's date, and the claim is then a finding too; one with a
    date of its own or a denial drops it."""
    cuts = []
    findings = []
    for start, end, verdict in checked:
        stop = text.find("\n", verdict)
        stop = len(text) if stop < 0 else stop
        findings.append((end, stop))
        if _CONFIRMED.match(text, verdict + 1):
            findings.append((text.rfind("\n", 0, start) + 1, end))  # (from its label on)
        elif _mentions_in(mentions, verdict, stop) or _DENIED.search(text, verdict, stop):
            cuts.append((start, end))
    if cuts:
        mentions = [m for m in mentions if not any(s <= m.span[0] < e for s, e in cuts)]
    return mentions, findings


def _mentions_in(mentions: list[DateMention], start: int, end: int) -> list[DateMention]:
    i = bisect_left(mentions, start, key=lambda m: m.span[0])
    found = []
    while i < len(mentions) and mentions[i].span[0] < end:
        found.append(mentions[i])
        i += 1
    return found


# What may stand around a date that is a whole line: bullets, a colon, a weekday's comma.
_AROUND_DATE = re.compile(r"[\s\-–—•*:,.()]*")
# What may lead a list line before its title: a bullet, a time slot ("8 p.m. —", "9/8c |").
_ITEM_LEAD = re.compile(r"[\s\-–—•*:,.()]*(?:\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m\.?)?"
                        r"(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m\.?)?)?"  # ("8:00-9:00 PM")
                        r"(?:/\d{1,2}(?:[:.]\d\d)?\s*c)?\s*(?:ET|PT|CT)?[\s\-–—•*:,.()|]*)?"
                        r"[“\"‘']?(?:[A-Z][\w+&.!-]*['’][Ss]\s+)?")  # ('8-9 p.m. - "The Wall" (Season 3
# premiere)', "9:00-10:00 p.m. - DC'S LEGENDS OF TOMORROW": an owner's possessive before the title)


def _heading_window(text: str, block: Block, published: date) -> list[DateMention]:
    """A calendar's heading that is a month or a season alone ("NOVEMBER", "Summer"), as its
    prose would say it after "in"."""
    line = text[block.start:block.end]
    if len(line.split()) > 2:
        return []
    return [replace(m, span=(m.span[0] + block.start, m.span[1] + block.start))
            for m in tag_phrase(line, today=published)
            if m.window.precision in (Precision.MONTH, Precision.SEASON)]  # (not "MONDAY":
    # a weekly schedule's night)


def _date_alone(text: str, block: Block, own: list[DateMention], *, calendar: bool = False) -> bool:
    """Is the line a single future day and nothing else ("March 5", "Friday, March 7:"), or
    a window a list is held for ("Held for midseason:", "Coming in 2026:")? ``calendar``: the
    line is a heading inside a dated list, where "NOVEMBER", "MIDSEASON" and "DATE TO BE
    ANNOUNCED" take over from the last day."""
    if len(own) != 1 or own[0].past:
        return False
    s, e = own[0].span
    if own[0].window.is_tba:  # a calendar's "DATE TO BE ANNOUNCED" heading over its last shows
        return calendar and bool(_TBA_LEAD.fullmatch(text, block.start, s)
                                      and _AROUND_DATE.fullmatch(text, e, block.end))
    if own[0].window.precision is not Precision.DAY:
        return bool(_HELD_FOR.fullmatch(text, block.start, s)
                    and _AROUND_DATE.fullmatch(text, e, block.end)
                    and (calendar or text[block.start:block.end].rstrip().endswith(":")))
        # ("Held for midseason:", or a calendar's "MIDSEASON" heading)
    return bool((_AROUND_DATE.fullmatch(text, block.start, s)
                 or _DAY_LEAD.fullmatch(text, block.start, s)
                 or _MARKER_LEAD.fullmatch(text, block.start, s))  # ("📚 MONDAY")
                and (_AROUND_DATE.fullmatch(text, e, block.end)
                     or block.heading and _DAY_ASIDE.fullmatch(text, e, block.end)))
# (a heading's aside after its day: "Nov. 12 (launch day)")
_DAY_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,20}\)[ \t]*:?\s*")


# ("COMING SUNDAY, JAN. 19" over a guide's last entries)
_MARKER_LEAD = re.compile(r"[^\w\s]{1,3}\s*")
_DAY_LEAD = re.compile(r"[\s\-–—•*]*(?i:(?:coming|next|this|also|later|then|plus)\s+|"
                       r"(?:available|arriving|streaming|premiering|dropping|out)(?:\s+(?:on|from))?"
                       r"(?:\s+launch\s+day)?,?\s+|(?:on\s+)?launch\s+day,?\s+)")  # ("Available on
# launch day, November 1" over a list of the service's first shows)


_TBA_LEAD = re.compile(r"[\s\-–—•*]*(?i:(?:premiere\s+)?dates?\s+(?:still\s+)?)?")
_HELD_FOR = re.compile(r"[\s\-–—•*]*(?i:(?:held|saved|kept|coming|arriving|due|set|slated|"
                       r"premiering|returning)(?:\s+back)?(?:\s+(?:for|in|at|until|this|next))?"
                       r"(?:\s+the)?\s*)?")


# "The heist drama continues": an entry for a season already on air.
_ON_AIR = re.compile(r"\b(?:continues|carries\s+on|rolls\s+on|concludes|ends(?!\s+up\b)|nothing\s+new|"
                     r"new\s+(?:episode|hour)(?!s)|(?:winter|holiday|midseason|mid-season|summer|spring|"
                     r"fall|autumn|christmas|thanksgiving|olympics?)\s+(?:break|hiatus))\b")
# A calendar's heading over the shows it cannot date yet ("LATER", "Further out", "Still to
# come", "At the movies"): the last day's list is over
_UNDATED_HEADING = re.compile(r"\s*(?i:(?:and\s+)?(?:later|further\s+out|still\s+to\s+come|"
                              r"coming\s+(?:later|soon|up)|looking\s+ahead|also\s+(?:coming|ahead)|"
                              r"(?:no|without)\s+(?:a\s+)?dates?(?:\s+yet)?|undated|"
                              r"(?:and\s+)?at\s+the\s+movies|in\s+theaters)):?\s*")
_OWN_SERIES = re.compile(r"\bgets?\s+(?:his|her|their|its)\s+own\s+(?:series|show)\b")
_SERIES_PREMIERE = re.compile(r"\bseries\s+(?:premiere|debut)\b|\bthe\s+pilot\b(?!\s+season)")  # ("The pilot is
# moody": a listing's show that starts that night)
_WEEK_INTRO_CUE = re.compile(r"\b(?:premier\w*|debut\w*|arriv(?:e|es|als?)|return(?:s|ing)?|"
                             r"com(?:e|es|ing)\s+back|newcomers?|new\s+(?:or|and)\s+returning|"
                             r"new\s+(?:[\w-]+\s+)?(?:series|shows)|launch\w*|revivals?|dated|schedule[ds]?|"
                             r"calendar)\b")
# An intro that says every show listed is new or back: "Here's what is new or returning this
# week", "Nearly a dozen series arrive or come back between the Emmys and Friday"
_ALL_NEW_INTRO = re.compile(r"\b(?:new\s+(?:or|and)\s+returning|returning\s+(?:or|and)\s+new|"
                            r"(?:arrive|debut|premiere)s?\s+or\s+(?:come\s+back|return)s?)\b")
_CLOCK = re.compile(SLOT_TIME)  # "(9 p.m., HBO)"
# A guide entry's words that its season or series starts that night ("The pilot is moody",
# "Season 11 gets under way", "The eighth and final season opens")
_BEGINS_HERE = re.compile(r"\b(?:pilot|premiere|opener|first\s+episode|gets\s+under\s+way|"
                          r"(?:season|series)\s+(?:\w+\s+)?(?:opens|begins|starts|kicks\s+off))\b")
_SEASON_PREMIERE = re.compile(r"\bseason\s+(?:premiere|debut|opener)\b")
# "(film)", "(Netflix Original Film)", "– documentary film": not a series.
_NUMBERED_SEASON = re.compile(r"\b(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                              r"tenth|\d{1,2}(?:st|nd|rd|th))\s+season\b")
_SERIES_ITEM = re.compile(r"\b(?:series|docuseries|miniseries|show|sitcom|season|[\w-]+-episode|episodes)\b")
_FILM_ITEM = re.compile(r"\b(?:film|movie|feature|special|documentary\s+film|stand-?up)\b",
                        re.IGNORECASE)


_DATED_INTRO = re.compile(rf"\b(?:{cues.DATED_INTRO_WORDS})\b")


def _dated_item_claims(text: str, low: str, block: Block, day: tuple[DateMention, Block],
                       index: TitleIndex, phrases: SeasonPhrases, out: list[Candidate],
                       night: Sequence[DateMention] | None = None, *, on_air: bool = False) -> None:
    """A list line under a date line, in a premiere list ("New on Netflix in March"): the
    show it leads with premieres that day, with the season the line names. A block of several
    short lines under the date ("Kiss the Ground (film)" / "Dream Home Makeover: Season 1")
    is read line by line. ``night``: the block is a night's prose under its day's heading,
    with these dates of its own. ``on_air``: the list is a week's "what to watch" column that
    never said its shows are new or back, where a guide entry ('"Veep" (10 p.m., HBO).') is an
    episode unless it says its season or series begins."""
    if "\n" in text[block.start:block.end].strip():
        for begin, line_end in block_lines(text, block):
            if line_end - begin <= 120 or BULLET.match(text, begin) or \
                    QUOTED_LEAD.match(text, begin, line_end) or DASHED_ITEM.match(text, begin, line_end):
                _dated_item_claims(text, low, Block(begin, line_end, False, False), day, index,
                                   phrases, out, on_air=on_air)
        return
    mention, heading = day
    refs = index.refs(text, block.start, block.end)
    if not refs or not _ITEM_LEAD.fullmatch(text, block.start, refs[0].start):
        return
    ref = refs[0]
    said = _ITEM_SAYS.search(text, ref.end, block.end)  # (the entry's own words, not the
    entry_end = said.start() + 1 if said else block.end  # prose after them: '"Manifest" (Season
    # 2 premiere). The drama's return has been moved up from its previously announced date';
    # '"Girls" (HBO) — Season 3 opens with two episodes. Hannah's e-book deal is alive')
    guide = _GUIDE_ENTRY.match(text, block.start, block.end)
    prose_end = block.end  # where the entry may say it is a film or a season on air
    if guide is not None and guide.group("season"):  # ('"The Flash," season 6 (The CW, 8
        prose_end = guide.end()  # p.m.). Barry has a deadline: ... how it ends for him': the
        # season's story, told after the lead that names it)
    elif guide is not None:
        said = _ITEM_SAYS.search(text, guide.end(), block.end)
        if _FINALE.search(low, guide.end(), said.start() if said else block.end):
            return  # '"The Walking Dead" (AMC, 9 p.m.). The season 7 finale, ...'

    if on_air and guide is not None and _CLOCK.search(text, guide.start(), guide.end()) and not (
            _guide_entry(text, low, block) or _EPISODE_OF_SEASON.search(low, block.start, block.end) is None
            and (_NUMBERED_SEASON.search(low, guide.end(), entry_end)
                 or _BEGINS_HERE.search(low, guide.end(), block.end))):
        return  # '"Pretty Little Liars" (8 p.m., ABC Family). Another week, another text from A.':
        # an episode of a show on air, in a week's "what to watch" column, not a premiere
    film_end = guide.end() if guide and guide.group("season") else block.end
    if guide is not None and guide.group("service") and _NUMBERED_SEASON.search(low, ref.end, block.end):
        film_end = entry_end  # ("KonoSuba (Crunchyroll). Kazuma's party returns for season three,
        # five years after the 2019 movie": a season, whatever film it follows)
    if any(not any(r.start <= f.start() < r.end for r in refs)
           and not _SERIES_ITEM.search(low, ref.end, f.start())  # (not "a new documentary series
           # ..., starting with a special", "a ten-episode follow-up to the 1990s films")
           for f in _FILM_ITEM.finditer(text, ref.end, film_end)) or \
            cues.OTHER_MEDIUM_AFTER.match(text, ref.end, block.end) or \
            any(not _SOURCE_NAMED.search(low, max(ref.end, m.start() - 80), m.start())
                for m in cues.NOT_A_PREMIERE.finditer(low, ref.end, entry_end)) or \
            _ON_AIR.search(low, ref.end, prose_end):
        return  # "Civil War (film)", "Palm Royale: Season 1 finale" (not "an adaptation of
        # Q Hayashida's manga", "based on the book of the same name": what the show is from)
    listed = [ref]  # "- Chicago Med (season 10), Chicago Fire (season 13) and Chicago P.D."
    for nxt in refs[1:]:
        if not LIST_GAP.fullmatch(text, listed[-1].end, nxt.start):
            break
        listed.append(nxt)
    for item, stop in zip(listed, [r.start for r in listed[1:]] + [block.end]):
        _dated_item_claim(text, low, block, mention, heading, item, stop, phrases, out)
    if night is None:
        return
    # A night's prose names more shows that open that night ('Earlier, "NCIS" (CBS, 8 p.m.)
    # kicks off season 15', 'At 9 p.m., NBC relaunches "Will & Grace"'), each in a sentence
    # without a date of its own
    done = {r.key for r in listed}
    for sentence in block.sentences:
        own = [sentence.clause_at(m.span[0]) for m in night
               if sentence.start <= m.span[0] < sentence.end and not m.past]
        inside = [r for r in refs if sentence.start <= r.start < sentence.end]
        for i, other in enumerate(inside):
            if other.key in done or sentence.clause_at(other.start) in own or not (
                    _OPENS_AFTER.match(text, other.end, sentence.end)
                    or _OPENED_BEFORE.search(low, max(sentence.start, other.start - 40), other.start)):
                continue
            done.add(other.key)
            stop = inside[i + 1].start if i + 1 < len(inside) else sentence.end
            _dated_item_claim(text, low, Block(block.start, stop, False, False), mention, heading,
                              other, stop, phrases, out)  # (what the block says after the
            # title's own words, "... is back on the water", is another's)


# ... the words that say a title opens that night: after it ('"NCIS" (CBS, 8 p.m.) kicks off
# season 15') or before it ("NBC relaunches", "the pilot of its prequel, "Young Sheldon"")
_OPENS_AFTER = re.compile(r"[”\"’']?,?\s*(?:\([^()]{0,40}\)\s*)?(?:(?:also|then|finally|now)\s+)?"
                          r"(?:(?:opens|starts|begins|kicks\s+off)\s+(?:its|their|season|series)|"
                          r"(?:returns|is\s+back|are\s+back)\s+(?:for|with)\s+(?:its|their|a|an|season|series)|"
                          r"launches|premieres|debuts|bows)\b")  # (not "The Nathan James is back on the water")
_OPENED_BEFORE = re.compile(r"\b(?:(?:re)?launch(?:es)?|premieres|debuts|unveils|brings\s+back|"
                            r"(?:pilot|premiere|debut)\s+of\s+(?:its|the|their)\s+(?:new\s+)?[\w-]+,?)"
                            r"\s+[“\"‘']?$")


# The end of a list entry's first sentence ('"Manifest" (Season 2 premiere). The ...'), also
# after its hour ('"Will & Grace," NBC, 9 p.m. The revival ...'; not "9 p.m. Eastern")
_ITEM_SAYS = re.compile(r"(?:(?<!\b[ap]\.m)(?<!\b[ap]m)[.!?]|(?<=\b[ap]\.m)\.(?=\s+(?!(?:ET|PT|CT|EST|PST|"
                        r"Eastern|Pacific|Central|Mountain|Sunday|Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday)\b)))\s+(?=[A-Z\"“(])")


def _in_entry_prose(text: str, block: Block, m: DateMention) -> bool:
    """A date in a list entry's prose, after its title and dash ('"Intelligence" (CBS, 9 p.m.)
    — ... the drama moves to Mondays, starting Jan. 13'): the entry's, not a new date line."""
    lead = LISTED_ITEM.match(text, block.start, block.end)
    return lead is not None and m.span[0] >= lead.end()


# The source a show's entry says it adapts: "adaptation of Q Hayashida's manga", "based on
# James Patterson's book" (its medium word follows)
_SOURCE_NAMED = re.compile(r"\b(?:adaptation\s+of|adapted\s+from|based\s+on|inspired\s+by|drawn\s+from)"
                           r"\s+(?:[\w'’.-]+\s+){0,4}$")


def _dated_item_claim(text: str, low: str, block: Block, mention: DateMention, heading: Block,
                      ref: Ref, stop: int, phrases: SeasonPhrases, out: list[Candidate]) -> None:
    """One title of a dated list line, with the season told between it and ``stop``."""
    told = seasons_in(text, ref.end, stop, phrases)
    if told and told[0][2] is not None:
        season, stated = told[0][2], True
    elif _SERIES_PREMIERE.search(low, ref.end, block.end) or _OWN_SERIES.search(low, ref.end, block.end):
        season, stated = 1, True  # "The Pitt (Max): Series premiere. Noah Wyle returns to ...";
        # "Grant Gustin, introduced last season on "Arrow," gets his own series"
    else:
        returning = next((r for r in cues.RETURNING.finditer(low, ref.end, block.end)
                          if not star_is_back(text, r.start())), None) or \
            _SEASON_PREMIERE.search(low, ref.end, block.end)  # "The Voice (season premiere)"
        # (not "Noah Wyle is back in scrubs": the star's return)
        season, stated = (None if returning else 1), False
    start = heading.start if block.end - heading.start <= 400 else block.start
    out.append(Candidate(ref.key, ref.name, season, mention.window, mention.span,
                         (start, block.end), "listing", 0.8, len(out), stated))


def _both_shows(low: str, start: int, refs: list[Ref], earlier: list[Ref]
                ) -> list[tuple[str, str, int | None]]:
    """"Both shows return in the fall": the last two titles named before."""
    if refs or not _BOTH_SUBJECT.match(low, start):
        return []
    pair: list[tuple[str, str, int | None]] = []
    for r in reversed(earlier):
        if all(key != r.key for key, _, _ in pair):
            pair.append((r.key, r.name, None))
        if len(pair) == 2:
            return pair[::-1]
    return []


def _all_of_them(text: str, low: str, sentence: Sentence, refs: list[Ref], last: list[Ref],
                 phrases: SeasonPhrases) -> list[tuple[str, str, int | None]]:
    """"X (season 2), Y (season 4) and Z (season 11) will all be back. No premiere dates
    have been announced for any of them": the titles of the sentence before, all of them,
    each with the one season told beside it there."""
    if refs or not _ALL_OF_THEM.search(low, sentence.start, sentence.end):
        return []
    group = {r.key: r.name for r in last}
    if len(group) < 2:
        return []
    told = _told_seasons(text, last, phrases)
    # ("announced three new series: A, B and C. No dates were given for any of them": each
    # is a first season)
    new = cues.NEW_SERIES.search(low, max(0, last[0].start - 60), last[0].start) is not None
    return [(key, name, next(iter(told[key])) if len(told.get(key, ())) == 1 else 1 if new else None)
            for key, name in group.items()]


# "for any of them", "none of them", "neither show", "all three": the titles just named
_ALL_OF_THEM = re.compile(r"\b(?:(?:any|all|none|either|neither|each|both)\s+of\s+them|"
                          r"(?:neither|none|both|all|each)\s+of\s+the\s+(?:shows|series|"
                          r"dramas|comedies|sitcoms|three|four|five)|neither\s+(?:show|series))\b")
_BOTH_SUBJECT = re.compile(r"\s*(?:both\s+(?:of\s+them|shows|series|dramas|comedies|sitcoms|"
                           r"programmes|programs)|the\s+two\s+(?:shows|series|dramas|comedies|"
                           r"sitcoms)|both(?=\s+(?:will\s+|are\s+)?(?:arrive|premiere|debut|return|"
                           r"launch|open|air|start|begin|bow|drop|land|come|headed|heading|slated|"
                           r"scheduled|due|set\s+(?:for|to)|expected|back)))\b")  # ("Both arrive Thursday",
# "Both are headed to the network's lineup this fall")


def _date_claims(linker: SentenceLinker, mentions: list[DateMention],
                 out: list[Candidate], both: Sequence[tuple[str, str, int | None]] = ()) -> bool:
    """Claims for the premiere dates of one sentence; True when it made any. ``both``: the
    shows a "both shows" subject stands for."""
    added = False
    dated = [linker.nearer(linker.moved_to(m)) for m in mentions]
    dated = [m for m in dated if linker.is_premiere_date(m)]
    for m in dated:
        refs, how = linker.targets(m.span[0], m.span[1])
        apart = how == "apart"  # the date is another clause's subject's: not the topic's either
        how = "" if apart else how
        if not refs and m.window.is_tba:  # "a premiere date for X season 3 will be announced
            refs = [r for r in linker.refs if m.span[0] <= r.start < m.span[1]][:1]  # later"
            how = how or "clause"
        refs = _respective(linker, m, refs, dated)
        targets: list[tuple[Ref | None, str, str]] = [(r, r.key, r.name) for r in refs]
        delayed = linker.delayed_topic(m)
        if delayed is not None and all(key != delayed.key for _, key, _ in targets):
            targets.append((None, delayed.key, delayed.name))
            how = how or "topic"
        told = {key: season for key, _, season in both}
        if not targets and both:
            targets, how = [(None, key, name) for key, name, _ in both], "sentence"
        renewed = [r for r in linker.refs if any(
            0 <= r.start - c.end() <= 3 or 0 <= c.start() - r.end <= 20
            for c in cues.RENEWAL.finditer(linker.low, linker.s.start, m.span[0]))] \
            if not targets and m.window.is_tba and len({r.key for r in linker.refs}) == 1 else []
        if renewed:  # (the one show the sentence names, right beside a renewal's words)
            targets, how = [(renewed[0], renewed[0].key, renewed[0].name)], "sentence"
            # ('Fox has also renewed "Gotham," although it did not say when the comedy will
            # air': the show just renewed, not the text's topic before it)
        if not targets and not apart and linker.may_use_topic(tba=m.window.is_tba) and \
                not linker.service_before(m.span[0]) and \
                not linker.media_before(m.span[0]):  # (not "Warner Bros. moved Dune: Part Two
            assert linker.topic is not None  # from Nov. 3 to March 15": the film's date)
            targets = [(None, linker.topic.key, linker.topic.name)]
            how = "topic"
        neighbours: set[str] = set()
        if targets:  # "It premieres this fall, along with "Last Resort"": that one too
            along = [r for r in linker.along_with(m.span[1])
                     if all(key != r.key for _, key, _ in targets)]
            targets += [(r, r.key, r.name) for r in along]
            neighbours = {r.key for r in along if linker.neighbour_premiere(r)}
        group = _GROUP_TBA.match(linker.low, m.span[0]) if m.window.is_tba else None
        if group is not None:  # "introduced X, with ..., and Y; neither has a premiere date yet"
            named = {r.key: r for r in linker.refs if r.end <= m.span[0]}
            size = vocab.COUNTS.get(group.group(1) or "", 2 if group.group().startswith("neither")
                                    else len(named))
            if 2 <= size <= len(named):
                targets, how = [(r, r.key, r.name) for r in list(named.values())[-size:]], "sentence"
        elif m.window.is_tba and _PLURAL_DATES.search(m.window.phrase) and len(targets) == 1:
            # "ordered two new comedies, X, with ..., and Y, starring ..., with no premiere
            # dates yet": every title named before the plural, that no date of the sentence took
            dated_keys = {c.key for c in out if c.sentence == (linker.s.start, linker.s.end)}
            named = {r.key: r for r in linker.refs if r.end <= m.span[0] and r.key not in dated_keys}
            if len(named) > 1 and targets[0][1] in named:
                targets = [(r, r.key, r.name) for r in named.values()]
        if targets and m.window.is_tba:  # "X has no release date yet, and neither does Y"
            targets += [(r, r.key, r.name) for r in linker.refs if r.start > m.span[1]
                        and _NEITHER_BEFORE.search(linker.low, max(m.span[1], r.start - 30), r.start)
                        and all(key != r.key for _, key, _ in targets)]
        for ref, key, name in targets:
            if ref is None and len(targets) > 1 and (linker.topic is None or key != linker.topic.key):
                season, stated = told.get(key), told.get(key) is not None  # "Both shows
                # return in the fall": each one's season, not the topic's
            elif ref is not None and key in neighbours:  # (a neighbour in the schedule has only
                season = linker.attached_season(ref)  # the season said beside it, not the
                stated = season is not None  # sentence subject's: "... debuts, ahead of the
                # return of Empire"; or its first, when the text calls it new: "and the debut
                # of Community")
                if season is None and linker.called_new(ref, linker.s.start):
                    season = 1
            else:
                season, stated = linker.season_for(ref, m.span[0], len(targets),
                                                   ahead=m.window.is_tba)  # ("X, whose fifth
                # season wrapped in October, has not been dated": the sixth)
            confidence = {"clause": 0.9, "listing": 0.9, "sentence": 0.75, "topic": 0.6}[how]
            if m.window.is_tba:
                confidence -= 0.1
            out.append(Candidate(key, name, season, m.window, m.span,
                                 (linker.s.start, linker.s.end), how, confidence, len(out),
                                 stated))
            added = True
        if refs and not m.window.is_tba:
            added = _same_time_claims(linker, m, {r.key for r in refs}, mentions, out) or added
    return added


def _respective(linker: SentenceLinker, m: DateMention, refs: list[Ref],
                dated: list[DateMention]) -> list[Ref]:
    """"Batwoman and Nancy Drew premiere Sunday, Oct. 6 and Wednesday, Oct. 9(,
    respectively)": as many dates as coordinated titles, after them, pair up in order."""
    told = linker.low.find("respectively", linker.s.start, linker.s.end) >= 0
    if len(refs) < 2 and not told:
        return refs
    cs, ce = linker.s.clauses[linker.s.clause_at(m.span[0])]
    mine = [d for d in dated if cs <= d.span[0] < ce]
    pool = refs
    if told and mine:  # "X's fourth season, with ..., and the fifth season of Y arrive on
        # October 30 and December 18, respectively": the titles before the dates, in order
        named: list[Ref] = []
        for r in linker.refs:
            if r.end <= mine[0].span[0] and all(r.key != n.key for n in named):
                named.append(r)
        if len(named) == len(mine):
            pool = named
    if len(pool) < 2 or len(mine) != len(pool) or \
            any(d.span[0] < r.end for d in mine for r in pool) or \
            not all(_DATES_JOINED.fullmatch(linker.text, a.span[1], b.span[0])
                    for a, b in pairwise(mine)):
        return refs
    return [pool[mine.index(m)]]


_DATES_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:on\s+)?|,\s+(?:on\s+)?")


# "..., and Silicon Valley opens its third season right after it": the same night, told by
# reference to the date of the clause before.
_NEW_SEASONS_OF = re.compile(r"[\s,]*with\s+new\s+(?:seasons|episodes|installments)\s+of\b")
# ("followed at 9 p.m. by the return of", "followed by the second season of DC's")
_FOLLOWED_BY = re.compile(rf"\bfollowed\s+(?:{cues.AT_SLOT}\s+)?by\s+(?:[\w’'-]+\s+){{0,5}}[\"“‘']?$")
_GROUP_TBA = re.compile(r"(?:neither|none)\b(?:\s+of\s+(?:them|the\s+(?:(\w+)\s+)?(?:shows|series)?))?")
_PLURAL_DATES = re.compile(r"\bdates\b", re.IGNORECASE)
_NEITHER_BEFORE = re.compile(r"\b(?:neither|nor)\s+(?:does|do|has|have|is|are|will|did)\s+(?:the\s+)?[\"“‘']?$")
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before)\s+(?:[\w-]+\s+){0,4}[\"“‘']?$")
_LEADS_INTO = re.compile(r"\b(?:leads?|leading)\s+(?:directly\s+|straight\s+)?into\s+(?:[\w-]+\s+){0,4}[\"“‘']?$")
_AT_SLOT = re.compile(rf"\s+{cues.AT_SLOT}(?![\w/])")
_AND_NEXT = re.compile(r"[\"”’']?\s*,?\s+and\s+(?:the\s+(?:[\w-]+\s+){1,2}of\s+)?[\"“‘']?")
# An hour of the night: "at 10 p.m.", "at 10/9c"
_HOUR = r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|/\s*\d{1,2}(?::\d\d)?\s*c\b)"
_SLOT_AFTER = re.compile(_HOUR + r"|"
                         r"\b(?:after|following)\s+(?:the\s+pair|the\s+two|it|them|that)\b")
_WHICH = re.compile(r",?\s*which\b")
# "..., the same day that Drew Barrymore's new talk show, The Drew Barrymore Show, makes its debut"
_SAME_DAY_THAT = re.compile(r"\bthe\s+same\s+(?:day|night|evening)\s+(?:that|as|when)\b")
_SAME_TIME = re.compile(r"\b(?:right|immediately|directly|just)\s+after(?:\s+(?:it|that|them))?\b|"
                        r"\bfollows?\s+with\b|"  # ("and The Good Wife follows with the start of ...")
                        r"\b(?:the\s+same\s+(?:night|day|evening)|that\s+night|as\s+well)\b|"
                        r"\bfollowed\s+by\b|"  # "..., followed by X season 38 at 10 p.m."
                        # ("..., and X returns for its third season at 10/9c": a later hour
                        # of the night)
                        + _HOUR)


_FRONTED_ON = re.compile(r"[\s\"“‘']*(?:(?:also|and|then)\s+)?(?:on\s+|in\s+)?")  # ("Also this fall, ...")
_AND_OPENS = re.compile(r"[\s,;]*(?:and|while|with)\s")
# ("..., X launches its tenth season and Y begins its fourth": Y's own verb, on that date)
_AND_BEFORE = re.compile(r"\sand\s+[“\"‘']?$")
_OPENS_NEXT = re.compile(r"[\"”’']?\s+(?:begins|opens|starts|launches|kicks\s+off|returns|premieres|"
                         r"debuts|comes\s+back|is\s+back|beginning|opening|starting|launching|"
                         r"kicking\s+off|returning)\b")


def _same_time_claims(linker: SentenceLinker, m: DateMention, dated: set[str],
                      mentions: list[DateMention], out: list[Candidate]) -> bool:
    """A later clause of the sentence with a show, a release verb and no date of its own,
    that says it comes at the same time ("right after it"), shares the date."""
    s, low = linker.s, linker.low
    added = False
    cs, ce = s.clauses[s.clause_at(m.span[0])]
    last: Ref | None = None  # the title a "followed by" just dated
    fronted = _FRONTED_ON.fullmatch(low, s.start, m.span[0]) is not None and \
        low.startswith(",", m.span[1])  # ("On Tuesday, Sept. 25, X begins season two, and Y
    # returns for a third", "Also this fall, X moves to Mondays, Y returns for season two, and
    # Z starts its fourth season": the date that opens the sentence is every clause's)
    previous: Ref | None = None
    for ref in linker.refs:  # "premieres Sept. 24, followed by X season 38 at 10 p.m." (in
        # a clause of its own too: "returns on March 27, with two episodes, followed by X")
        parallel = previous is not None and previous.key in dated and \
            _OPENS_NEXT.match(low, previous.end) is not None  # ('with "The Simpsons" beginning
        # its 22nd season and "Family Guy" starting its ninth')
        previous = ref
        followed = (fronted or parallel) and _AND_BEFORE.search(low, max(0, ref.start - 6), ref.start) \
            is not None and _OPENS_NEXT.match(low, ref.end) is not None or \
            _FOLLOWED_BY.search(low, max(m.span[1], ref.start - 60), ref.start) or (
            last is not None and _AND_NEXT.fullmatch(low, last.end, ref.start)) or (
            _LEADS_INTO.search(low, max(m.span[1], ref.start - 50), ref.start)) or (
            _AHEAD_OF.search(low, max(m.span[1], ref.start - 40), ref.start)
            and _AT_SLOT.match(low, ref.end))  # ("debuts at 8 p.m. ahead of the return of X
        # at 9", "begins its fifth season and leads into the debut of X": the same night)
        # ("followed by the second season of Chicago Med and the fourth of The Blacklist")
        if ref.key in dated or not m.span[1] <= ref.start < (s.end if followed else ce) or \
                not (followed or _SAME_DAY_THAT.search(low, max(m.span[1], ref.start - 80),
                                                       ref.start)
                     and cues.RELEASE.search(low, ref.end, ce)) or \
                any(m.span[1] <= other.span[0] < s.end for other in mentions if other is not m
                    and not other.past and (other.window.end is None
                                            or other.window.end >= linker.published)):
            # (a date after it, even in a clause of its own, is its own: "followed by X,
            # which is being held until midseason")
            continue
        season, stated = linker.season_for(ref, ref.start, 1)
        out.append(Candidate(ref.key, ref.name, season, m.window, m.span, (s.start, s.end),
                             "sentence", 0.75, len(out), stated))
        added = True
        last = ref if followed else None
    for index in range(s.clause_at(m.span[0]) + 1, len(s.clauses)):
        cs, ce = s.clauses[index]
        if any(cs <= other.span[0] < ce for other in mentions) or not (
                (_SAME_TIME.search(low, cs, ce) or fronted and (
                    _AND_OPENS.match(low, cs) or any(cs <= r.start <= cs + 2 for r in linker.refs)))
                and cues.RELEASE.search(low, cs, ce)
                or _NEW_SEASONS_OF.match(low, cs)):  # ("returns Sunday, Sept. 28, with new
            continue  # seasons of The Simpsons (season 37), Bob's Burgers (season 16) and ...")
        for ref in [r for r in linker.refs if (cs <= r.start < ce or 0 <= cs - r.end <= 1 and
                                               _WHICH.match(low, cs))  # ("the thriller
                    and r.key not in dated]:  # Stalker, which premieres right after it")
            season, stated = linker.season_for(ref, cs, 1)
            out.append(Candidate(ref.key, ref.name, season, m.window, m.span, (s.start, s.end),
                                 "sentence", 0.75, len(out), stated))
            added = True
    return added


def _season_from_next(text: str, block: Block, made: list[Candidate], refs: list[Ref],
                      index: TitleIndex) -> None:
    """A listing line's season is often in the paragraph under it ("House (Monday, Sept. 20,
    Fox)" / "The seventh season starts where..."): take it from there, unless that paragraph
    is about other shows ("the second season of Andor" under "... 'Daredevil' in March")."""
    body = text[block.start:block.end]
    found = SEASON.search(body)
    spans = [c.span for c in made]
    named = {r.key for r in index.refs(text, block.start, block.end)}
    for c in made:
        if c.stated or (named and c.key not in named):
            continue
        if spans.count(c.span) > 1:
            found = None  # a listing of several shows: the paragraph's season is nobody's
        if found is not None and season_number(found) is not None:
            c.season, c.stated = season_number(found), True
        elif _SHOW_RETURNS.search(body):
            c.season = None


def _seasons_after_run(text: str, low: str, index: TitleIndex, candidates: list[Candidate]) -> None:
    """"X, which ABC canceled last year after six seasons. Fox said the revived sitcom will
    return in the fall": a show brought back after a run of N seasons returns with its
    (N+1)th, where no claim says its season."""
    open_keys = {c.key for c in candidates if not c.stated and not c.window.is_tba}
    if not open_keys or "seasons" not in low:
        return
    for ref in index.refs(text, 0, len(text)):
        if ref.key not in open_keys:
            continue
        run = _RUN_OF_SEASONS.match(low, ref.end, min(len(low), ref.end + 120))
        count = vocab.COUNTS.get(run.group(1), int(run.group(1)) if run.group(1).isdigit() else 0) \
            if run is not None else 0
        if 1 <= count <= 60:
            for c in candidates:
                if c.key == ref.key and not c.stated and not c.window.is_tba:
                    c.season, c.stated = count + 1, True
            open_keys.discard(ref.key)


_RUN_OF_SEASONS = re.compile(r"[”\"’',]*\s+which\s+(?:[\w&+.-]+\s+){1,3}(?:canceled|cancelled|axed|dropped|ended)\s+"
                             r"(?:[\w-]+\s+){0,3}?after\s+(\w+)\s+seasons\b")


def _respective_seasons(linker: SentenceLinker, made: list[Candidate]) -> None:
    """"X, Y and Z have been renewed — for second, second and third seasons respectively":
    the seasons, in order, of the titles named before them."""
    told = _SEASONS_RESPECTIVELY.search(linker.low, linker.s.start, linker.s.end)
    if told is None or not (told.group("their") or told.group("respectively")):
        return
    numbers = [ordinal_number(w) for w in _LIST_SEPARATOR.split(told.group(2))]
    before = [r for r in linker.refs if r.end <= told.start()]
    keys = list(dict.fromkeys(r.key for r in before))
    if told.group("their") and len(keys) > len(numbers) == 2 and \
            _AND_ONLY.fullmatch(linker.text, before[-2].end, before[-1].start):
        keys = keys[-2:]  # "X premieres April 12, and A and B return for their second and
        # fourth seasons that night": the pair that returns
    if None in numbers or len(numbers) != len(keys):
        return
    season_of = dict(zip(keys, numbers))
    for c in made:
        if c.key in season_of:
            c.season, c.stated = season_of[c.key], True


_ORDINAL_WORD = r"(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))"
_SEASONS_RESPECTIVELY = re.compile(
    rf"\bfor\s+(?P<their>their\s+)?({_ORDINAL_WORD}(?:\s*,\s*{_ORDINAL_WORD})*,?\s+and\s+{_ORDINAL_WORD})\s+"
    r"(?:seasons|series)\b(?P<respectively>\s*,?\s*respectively\b)?")
_AND_ONLY = re.compile(r"[”\"’']?,?\s+and\s+[“\"‘']?")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# "drops two very different originals.": titles the next sentence names, counted ahead
_COUNTED_AHEAD = re.compile(r"\b(?:drops|brings|has|adds|premieres|debuts|launches|unveils|offers|"
                            r"releases|rolls\s+out|serves\s+up|welcomes)\s+(two|three|four)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:originals|series|shows|dramas|comedies|titles|"
                            r"newcomers|premieres|returns|releases|debuts|arrivals)[.:]?\s*$")
# "the Jason Isaacs drama": what kind of show the title after it is
_KIND_PHRASE = r"the\s+(?:[\w'’-]+\s+){0,3}(?:drama|comedy|series|sitcom|thriller|show)\s+"
# "So will Ordinary Joe", "Neither will Awake", "The same goes for Smash": the sentence before's
# premiere, for another show
_SO_WILL = re.compile(r"\s*(?:(?:so|as|neither|nor)\s+(?:will|does|do|is|are)|the\s+same\s+(?:goes|is\s+true)\s+for)"
                      rf"\s+(?:{_KIND_PHRASE}|the\s+)?"
                      r"(?=[“\"‘'A-Z0-9])", re.IGNORECASE)
# ... and the titles listed with it ("..., the Jason Isaacs drama Awake and The Firm")
_JOINED_TITLE = re.compile(rf"(?:(?:,\s*|\s)(?:or|and|nor)\s+(?:{_KIND_PHRASE})?|,\s*{_KIND_PHRASE})[“\"‘']?\Z")
# A renewal round-up's section heading: "Coming back:", "RENEWED", "Renewals"
_RENEWED_HEADING = re.compile(r"\s*(?i:(?:the\s+)?(?:renewed|renewals?|coming\s+back|returning|"
                              r"picked\s+up|back\s+for\s+more|sticking\s+around|saved))\s*:?\s*")


def _listed_renewal(text: str, block: Block, index: TitleIndex, phrases: SeasonPhrases,
                    out: list[Candidate]) -> None:
    """A line of a renewal round-up's list ("- Revenge, the Hamptons soap, for a second
    season."): the titles it opens with (up to its first comma, colon or parenthesis),
    renewed for the season it names (none named: no claim, as for any renewal)."""
    bullet = BULLET.match(text, block.start, block.end)
    if bullet is None or not block.sentences:
        return
    s = block.sentences[0]
    head = _ITEM_HEAD.match(text, bullet.end(), s.end)
    if head is None:
        return
    refs = {r.start: r for r in index.refs(text, bullet.end(), head.end())}
    titles: list[Ref] = []
    pieces = [(m.start(1), m.end(1)) for m in _ITEM_TITLE.finditer(text, head.start(), head.end())]
    for ps, pe in pieces:  # ("- Suburgatory and Last Man Standing, both freshman comedies, ...")
        name = text[ps:pe]
        if ps in refs:
            titles.append(refs[ps])
        elif title_like(name) and not is_person(text, ps, pe):
            titles.append(Ref(show_key(name), name, ps, pe))
        else:
            return  # (a line that opens with anything else is no such entry)
    told = seasons_in(text, head.end(), s.end, phrases)
    if not titles or not told:
        return
    start, end, number = told[0]
    for r in titles:
        out.append(Candidate(r.key, r.name, number, Window.tba(text[start:end]), (start, end),
                             (s.start, s.end), "renewal", 0.7, len(out), True))


# A list line's head, its titles: up to a comma, a colon, a parenthesis or a spaced dash
_ITEM_HEAD = re.compile(r"[^,:;(\n]+?(?=,|:|;|\s\(|\s[—–-]\s)")
_ITEM_TITLE = re.compile(r"(?:\s+and\s+)?[\s\"“‘']*(.+?)[\"”’']*(?=\s+and\s+|\s*$)")


_CONCEDED_BEFORE = re.compile(r"\b(?:even\s+though|although|though|despite)\s+(?:[\w’'.-]+\s+){0,4}$")
_CANCELLED = re.compile(r"\b(?:cancell?ed|cancels|axed|axes|scrapped|pulled\s+the\s+plug)\b")
_UNDONE_BEFORE = re.compile(r"\b(?:reversed|reverses|reversing|rescinded|rescinds|revoked|revokes|"
                            r"walked\s+back|walks\s+back|undid|undoes)\s+(?:[\w’'.-]+\s+){0,4}$")


def _renewal_claims(linker: SentenceLinker, out: list[Candidate],
                    both: Sequence[tuple[str, str, int | None]] = ()) -> None:
    """TBA claims for the shows a sentence says were renewed: each renewal word for the shows
    it governs ("Tulsa King will return for a third season, and Lioness has been picked up
    for season 2"). ``both``: the shows a "both shows" subject stands for."""
    done: set[str] = set()
    for cue in _renewal_cues(linker):
        _renewal_claim(linker, cue, done, out, both)


_THE_NEW_BEFORE = re.compile(r"\bthe\s+(?:new|latest|recent)\s+$")


def _renewal_claim(linker: SentenceLinker, cue: re.Match[str], done: set[str],
                   out: list[Candidate], both: Sequence[tuple[str, str, int | None]] = ()) -> None:
    s = linker.s
    if _YES_NO_QUESTION.match(linker.low, s.start) and \
            linker.text[s.start:s.end].rstrip(" \"”’'").endswith("?"):
        return  # "Is there a new series in development?": asked, not told
    lead = linker.low[max(s.start, cue.start() - 30):cue.start()]
    cut = max(lead.rfind(":"), lead.rfind(";"))
    if cut >= 0 and _PRONOUN_SUBJECT.fullmatch(lead, cut + 1):
        lead = lead[cut + 1:]  # ("AMC isn't nervous: it ordered a second season"; but "X is not
        # a premiere: its final season has been rolling out" keeps the "not")
    comma = lead.rfind(", ")
    if comma >= 0 and not _NEGATION_ASIDE.search(lead, comma):
        lead = lead[comma + 2:]  # ("X, ... who wakes up with no memory, will return for a
        # second series": the aside's "no" is not the verb's)
    if re.search(r"(?:\b(?:not|no(?!\.\s*\d)|nothing|never|without|until|unless|whether|yet\s+to\s+(?:receive|get|land))|"
                 r"n['’]t)\b", lead):  # (but "debuted at No. 1 on Sept. 26, has been renewed")  # ("hasn't formally ordered it"; "Asked whether HBO had
        # committed to a second season")
        return  # ("has yet to receive a season 2 pickup", "until there's an order": not renewed)
    if _JOINED_BEFORE.search(lead):
        return  # "In recent years Braugher joined the sixth and final season of X": a past role
    if _UNDONE_BEFORE.search(linker.low, max(s.start, cue.start() - 60), cue.start()):
        return  # "Netflix reversed GLOW's fourth-season renewal and cancelled it": undone
    if _CONCEDED_BEFORE.search(linker.low, max(s.start, cue.start() - 40), cue.start()) and \
            _CANCELLED.search(linker.low, s.start, cue.start()):
        return  # "canceled "The Society," ..., even though it had renewed the show for a second
        # season last July": a renewal the cancellation undid
    if _THE_NEW_BEFORE.search(linker.low, max(s.start, cue.start() - 12), cue.start()):
        return  # "making the new pickup likely the show's last": the renewal told before
    if _PILOT_AFTER.match(linker.low, cue.end()):
        return  # "Hulu has ordered only a pilot for a Buffy sequel": no series yet
    if _AIRING_NOW.search(linker.low, s.start, s.end) and \
            not _FOR_A_SEASON.match(linker.low, cue.end()) and not _GIVEN_A_SEASON.match(cue.group()):
        # ("has been handed a third season; its second is currently airing": the season named)
        return  # "will end with its second season, which concludes on October 29": on air
        # (but "X, whose second season is now streaming weekly, has been renewed for a third
        # season": the season to come is named)
    if ENDED_WITH.search(linker.low, max(s.start, cue.start() - 40), cue.start()):
        return  # "the series concluded with its fifth and final season": a season now past
    if cue.group().startswith("final") and (
            _LAUNCHED_BEFORE.search(linker.low, max(s.start, cue.start() - 50), cue.start())
            or _EVENT_OF_BEFORE.search(linker.low, max(s.start, cue.start() - 50), cue.start())
            and _PAST_PREDICATE.search(linker.low, cue.end(), s.end)
            or _SAW_RELEASED.search(linker.low, max(s.start, cue.start() - 50), cue.start())
            and _RELEASED_AFTER.match(linker.low, cue.end())):
        return  # "HBO launched the final season of Veep", "The premiere of the eighth and final
        # season of X drew 17.4 million viewers", "saw its fourth and final season released by
        # Netflix on Aug. 1": a final season already under way
    refs, _ = linker.targets(cue.start(), cue.end())
    if not refs:  # "Season 2 of X is officially a go": the title inside the cue's own words
        refs = [r for r in linker.refs if cue.start() <= r.start < cue.end()][:1]
    derived = [r for r in refs if cues.DERIVED_FROM.search(linker.text, max(s.start, r.start - 24), r.start)]
    if derived:  # "ordered a live-action spinoff of Stranger Things, tentatively titled Stranger
        # Things: Montauk": the new show is ordered, under its title if the sentence gives one
        refs = [r for r in refs if r not in derived] or [
            r for r in linker.refs if r.start > derived[0].end
            and _TITLED_BEFORE.search(linker.text, max(s.start, r.start - 30), r.start)][:1]
        if not refs:
            return
    cs, _ = s.clauses[s.clause_at(cue.start())]
    if _NEW_SHOW_SUBJECT.search(linker.low, cs, cue.start()) and \
            not any(cs <= r.start < cue.start() for r in linker.refs):
        return  # "X wrapped its final season, although an American spinoff is in development"
    targets: list[tuple[Ref | None, str, str]] = [(r, r.key, r.name) for r in refs]
    if not targets and both and not done:  # "Both shows have already been picked up for
        targets = [(None, key, name) for key, name, _ in both]  # second seasons"
    if not targets and not done and linker.may_use_topic() and \
            not _NEW_SHOW_SUBJECT.search(linker.low, s.start, cue.start()):
        # (but "a spinoff is in development" is an untitled new show, not the topic's season)
        assert linker.topic is not None
        targets = [(None, linker.topic.key, linker.topic.name)]
    done.update(key for _, key, _ in targets)
    multi = _MULTI_SEASON.search(linker.low, s.start, s.end)
    shared: int | None = None  # "X will return for a second season, as will Y": Y's too
    for ref, key, name in targets:
        season, stated = linker.season_for(ref, cue.end(), len(targets), ahead=True)
        own = _OWN_ORDINAL.match(linker.low, ref.end) if ref is not None and not stated else None
        if own is not None and ordinal_number(own.group(1)) is not None:
            season, stated = ordinal_number(own.group(1)), True  # ("renewed Empire for a fourth
            # season and its sister drama Star for a second": Star's own)
        elif stated and shared is None and _FOR_A_SEASON.search(linker.low, cue.start(), cue.end() + 40):
            shared = season
        elif not stated and shared is not None:
            season, stated = shared, True
        new = cues.NEW_SERIES.search(linker.low, s.start, s.end) is not None
        if not stated and multi is not None and (
                _YET_TO_AIR.search(linker.low, s.start, s.end)
                or any(c.key == key and c.season == 1 and not c.window.is_tba for c in out)):
            # "handed Homecoming a two-season order, though it has yet to air": seasons 1-2
            # (or "Central Park arrives May 29. Apple has committed to two seasons")
            n = multi.group(1) or multi.group(2)  # (a date elsewhere is season 1's)
            season, stated = (int(n) if n.isdigit() else vocab.COUNTS[n]), True
        pair = SEASON_PAIR.search(linker.low, s.start, s.end)
        numbers = season_pair(pair) if pair is not None else None
        if numbers is not None and pair is not None and (
                not stated or ref is None or 0 <= pair.start() - cue.end() <= 12
                or _RENEWED_IT_FOR.fullmatch(linker.low, cue.end(), pair.start())):
            season, stated = numbers[1], True  # "renewed for seasons 3 and 4" (not the topic's,
            # nor the one "drops its third this summer" dates later in the sentence)
        bare = _BARE_ORDINAL.match(linker.low, cue.start(), s.end)
        if bare is not None and ordinal_number(bare.group(1)) is not None and not (
                numbers is not None and season == numbers[1]):  # (not "renewed for a third
            # and a fourth series": both)
            season, stated = ordinal_number(bare.group(1)), True  # "renewed for a fourth"
        if not stated and not new:
            continue  # renewed, but for which season the text does not say
        window = Window.tba(linker.text[cue.start():cue.end()])
        dated_before = any(c.key == key and c.sentence == (s.start, s.end) and
                           not c.window.is_tba and c.span[0] < cue.start() for c in out)
        out.append(Candidate(key, name, season if stated else 1, window, cue.span(),
                             (s.start, s.end), "renewal", 0.7, len(out), stated,
                             lends=multi is None and not dated_before))  # ("arrives Nov. 14 and
        # has been renewed for a second season": the date is not the renewed season's)
        if stated and numbers is not None and numbers[1] == season:
            # "will be back for a second and third season": the earlier one is renewed too
            for earlier in range(numbers[0], numbers[1]):
                out.append(Candidate(key, name, earlier, window, cue.span(), (s.start, s.end),
                                     "renewal", 0.7, len(out), True, lends=False))
        elif stated and season is not None and _THROUGH_SEASON.match(linker.low, cue.end()):
            # "renewed through season 6" after the fourth season's date: season 5 too
            known = [c.season for c in out if c.key == key and c.stated and c.season is not None
                     and c.season < season]
            if known and season - max(known) > _MOST_SEASONS_AHEAD:
                continue  # (a season that far back is one that aired, or another show's)
            for between in range(max(known) + 1 if known else season, season):
                out.append(Candidate(key, name, between, window, cue.span(), (s.start, s.end),
                                     "renewal", 0.7, len(out), True, lends=False))


_YES_NO_QUESTION = re.compile(r"[\s\"“‘']*(?:is|are|will|would|could|can|has|have|does|do)\s+(?:there|it|they|the|a|an)\b")
_NEGATION_ASIDE = re.compile(r",\s+(?:however|though|yet|so\s+far|as\s+yet|officially)\s*,?\s*$")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|they|the\s+(?:network|streamer|channel|service|studio))\s+"
                              r"(?:has\s+|have\s+|had\s+|also\s+|already\s+)*")
_SEASON_ENDED = re.compile(r"(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:ended|concluded|wrapped(?:\s+up)?|"
                           r"finished|closed)\b(?!\s+(?:(?:some|most|much|part|all)\s+(?:of\s+(?:its|the)\s+)?)?"
                           r"(?:filming|shooting|production))")
_LAUNCHED_BEFORE = re.compile(r"\b(?:launched|premiered|debuted|aired|began|started|kicked\s+off|"
                              r"opened|dropped|released|unveiled)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$")
_EVENT_OF_BEFORE = re.compile(r"\b(?:premiere|debut|launch|opener|finale|start)\s+of\s+(?:the|its|their)\s+"
                              r"(?:[\w-]+\s+){0,3}$")
_SAW_RELEASED = re.compile(r"\b(?:saw|had|got)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$")
_RELEASED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:released|premiered|aired|launched|debuted|dropped|streamed|"
                             r"wrapped|ended|concluded|cancell?ed|cut\s+short)\b")
_PAST_PREDICATE = re.compile(r"\b(?:drew|was|were|attracted|pulled|averaged|broke|topped|set\s+a|"
                             r"scored|delivered|earned|had)\b")
_JOINED_BEFORE = re.compile(r"\b(?:joined|starred\s+in|appeared\s+in|guest-starred\s+in|directed|wrote\s+for)"
                            r"\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}$")
# ("renewed the series for both a seventh and eighth season")
_RENEWED_IT_FOR = re.compile(r"\s+(?:it|them|the\s+(?:series|show|drama|comedy|sitcom))\s+for\s+")
_MOST_SEASONS_AHEAD = 3  # a renewal runs at most this many seasons past the one at hand
_THROUGH_SEASON = re.compile(r"\s+(?:for\s+)?through\s+(?:(?:a|its)\s+)?(?:season|series|\w+\s+season)\b")


def _renewal_cues(linker: SentenceLinker) -> Iterator[re.Match[str]]:
    """The sentence's renewal words that are not a title's ("Law & Order", "The Order
    Season 2" mid-sentence): a capitalized cue after "&" or a capitalized word, unless the
    whole line is in Title Case ("Netflix Renews The Crown")."""
    s, text = linker.s, linker.text
    if cues.RENEWAL_UNSURE.search(linker.low, s.start, s.end):
        return  # ("it remains unclear whether it will be renewed at all")
    for cue in cues.RENEWAL.finditer(linker.low, s.start, s.end):
        at = cue.start()
        if at == s.start or not text[at].isupper():
            yield cue
            continue
        before = _WORD_BEFORE.search(text, max(s.start, at - 30), at)
        if before is None or not (before.group(1) == "&" or before.group(1)[0].isupper()):
            yield cue
        elif title_case(text, linker.block.start, linker.block.end):
            yield cue


_WORD_BEFORE = re.compile(r"(&|[\w’'.-]+)\s+$")


_RANK = {Kind.EXACT: 0, Kind.WINDOW: 1, Kind.TBA: 2}
_AIRING_NOW = re.compile(r"\b(?:conclud(?:es|ing)\s+(?:on|this|next)|(?:ends|wraps)\s+(?:on|its\s+run|next|this)|"
                         r"(?:is|are)\s+(?:now\s+)?wrapping\s+up|"
                         r"(?:hours?|episodes?|weeks?)\s+left\s+in|"  # ("has only a handful of hours left in its
                         # fifth and final season")
                         r"(?:is|are)\s+(?:airing|streaming|running|on\s+air)\s+(?:now|weekly|currently)|"
                         r"(?:is|are)\s+(?:now|currently)\s+(?:airing|streaming|running|on\s+air))\b")
_FOR_A_SEASON = re.compile(r"\s+for\s+(?:a|an)\s+[\w-]+(?:\s+and\s+(?:final|last))?\s+(?:season|series)\b")
# "it has already been renewed for a fourth", "renewed it for a fourth": the season word left out.
_OWN_ORDINAL = re.compile(r"[”\"’']?\s+for\s+(?:a|an)\s+([a-z]+|\d{1,2}(?:st|nd|rd|th))"
                          r"(?=\s*(?:[.,;)]|$|\s+and\b|\s+back\b|\s+season\b|\s+series\b))")
_GIVEN_A_SEASON = re.compile(r"(?:gets?|got|handed|earn|scor|land)")
_BARE_ORDINAL = re.compile(
    r"\b(?:renew\w*|brought\s+back)\s+(?:(?:it|them)\s+)?for\s+(?:a|an|its)\s+"
    r"([a-z]+|\d{1,2}(?:st|nd|rd|th))(?=\s*(?:[.,;)]|$|\s+and\b|\s+year\b))")
# ("renewed for a fourth", "brought back for a second year")
_MULTI_SEASON = re.compile(r"\b(two|three|four|[234])-season\s+(?:order|renewal|pick-?up|deal|commitment)|"
                           r"\bcommitted\s+to\s+(two|three|four|[234])\s+seasons\b")
_YET_TO_AIR = re.compile(r"\b(?:yet\s+to\s+(?:air|premiere|debut|put|launch|show)|has\s+not\s+(?:yet\s+)?"
                         r"(?:aired|premiered|debuted)|before\s+(?:it|the\s+show|the\s+series)\s+"
                         r"(?:has\s+)?(?:even\s+)?(?:aired|premiered|debuted))\b")

# "will open its third season immediately following the season premiere of Game of Thrones",
# "its series premiere will follow Veep": the same night as the other show's premiere.
_FOLLOWS = re.compile(
    r"\b(?:(?:immediately|right|directly)\s+)?(?:following|after|behind)\s+(?:the\s+)?"
    r"(?:(?:new\s+)?(?:season|series)\s+)?(?:premiere|debut|return|launch)\s+of\s+|"
    r"\b(?:will|to)\s+(?:(?:immediately|directly)\s+)?(?:follow|air\s+(?:right\s+)?after|"
    r"lead\s+out\s+of)\s+|"
    r"\b(?:premieres?|debuts?|airs?|launch(?:es)?|bows?)\s+(?:immediately|right|directly)\s+after\s+"
    r"(?!the\s+(?:(?:new\s+)?(?:season|series)\s+)?(?:premiere|debut|return|launch)\s+of\b)",
    re.IGNORECASE)


@dataclass(slots=True)
class Follow:
    """A premiere told only as following another show's premiere; resolved once the whole
    article has been read."""

    follower: Candidate  # its window is a placeholder until resolved
    leader: str  # the key of the show it follows


def _night_named(linker: SentenceLinker, mentions: list[DateMention], published: date,
                 b: int, pointed: bool = False) -> tuple[DateMention, int, int] | None:
    """"Dick Wolf's other empire returns on Thursday, October 3.": a premiere night that
    names no show; the next sentences of the paragraph may say whose seasons open then.
    ``pointed``: the next sentence points back at it ("That is when X returns")."""
    days = [m for m in mentions if m.window.precision is Precision.DAY]
    if not days and len(mentions) == 1 and mentions[0].window.precision in (
            Precision.SEASON, Precision.MONTH) and linker.release and \
            _BLOCK_SUBJECT.match(linker.low, linker.s.start, mentions[0].span[0]):
        days = mentions  # "Sunday's animation block returns intact this fall. X opens its 36th
        # season, Y begins its 15th": the block's window, for the seasons told after it
    elif len(days) != 1 or not all(n is days[0] or n.window.contains(days[0].window)
                                 or _RESTATED.fullmatch(linker.low, n.span[1], days[0].span[0])
                                 for n in mentions) or \
            not (linker.release or pointed or _BIG_NIGHT.search(linker.low, linker.s.start, linker.s.end)):
        return None  # ("Thursday, Feb. 15, is a big night."; "The winter lineup this year
        # ... starts tomorrow night": the one day, in the year around it)
    m = days[0]
    w = m.window
    if m.past or w.is_tba or w.start != w.end and w.precision is Precision.DAY or \
            w.end is None or w.end < published or \
            cues.NOT_A_PREMIERE.search(linker.low, linker.s.start, m.span[0]):
        return None  # ("The season finale airs December 4.": no premiere night)
    return m, b, linker.s.start


# A sentence about a night's block of shows: "Sunday's animation block (otherwise) returns"
_BLOCK_SUBJECT = re.compile(r"\s*(?:[\w'’+-]+\s+){0,4}(?:block|lineup|line-up)\s+(?:[a-z]+ly\s+|also\s+|again\s+|otherwise\s+)?"
                            r"(?:returns|is\s+back|comes\s+back|resumes|kicks\s+off|opens)\b")
# "returns the following week, on Monday, Sept. 24": a relative phrase the day after it restates
_RESTATED = re.compile(r",\s*(?:on\s+)?")
# "... and it starts tomorrow night." / "That is when Downton Abbey comes back": the night
# the paragraph before named.
_THAT_IS_WHEN = re.compile(r"\s*(?:that|this)(?:['’]s|\s+is|\s+will\s+be)\s+(?:when|the\s+night)\b")
_BIG_NIGHT = re.compile(r"\b(?:big|busy|packed|huge|crowded|key)\s+(?:night|evening|day)\b|"
                        # ("Thursday, Sept. 27 is the big one.", "Thursday, Sept. 26 is comedy night.")
                        r"\b(?:is|will\s+be)\s+(?:the\s+)?(?:big|biggest|busy|busiest|key)\s+one\b|"
                        r"\b(?:is|will\s+be)\s+(?:[a-z-]+\s+){0,2}night\s*[.!]|"
                        r"\bdouble[\s-]?(?:bill|header|feature)\b|"  # ("Thursday, January 8 — A double bill.")
                        # ("On Thursday, Jan. 20, the comedy block gets a shake-up.")
                        r"\b(?:block|lineup|line-up|night|schedule)\s+gets\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                        r"(?:shake-?up|makeover|revamp|overhaul|refresh|new\s+look)\b|"
                        r"\b(?:gets?|getting|has|have)\s+(?:their|its|a)\s+(?:own\s+)?night\b")
# ("Reality fans get their night on Wednesday, September 21. Survivor launches its 43rd ...")
# A show's new slot on the night a calendar's entry is dated: "moves into the 9 p.m. hour"
_SLOT_MOVE = re.compile(r"\b(?:moves?|shifts?|slides?)\s+(?:in)?to\s+(?:the\s+|a\s+|its\s+)?"
                        r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?(?:hour|slot|time\s*slot)\b")
# "It is followed by two new comedies: X, at 9/8c, and Y": the night's next hours
_IT_IS_FOLLOWED = re.compile(r"[\s\"“]*(?:it|they|that|this|the\s+\w+)\s+(?:is|are|will\s+be)\s+followed\s+by\b")
# "Hell's Kitchen fills the 9/8c hour with its 18th season": a season in a later hour of the night
_SLOT_FILLED = re.compile(r"\b(?:fills|takes(?:\s+over)?|holds|occupies|gets)\s+the\s+"
                          r"\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?|/\d{1,2}c)\s+(?:hour|slot|time\s*slot)\b")
_CLOCK_SLOT = re.compile(r"\bat\s+(?:1[0-2]|[1-9])(?::[0-5]\d)?(?:\s*[ap]\.?m\.?|/(?:1[0-2]|[1-9])(?::[0-5]\d)?c)?"
                         r"(?![\w/-]|\.\d)")  # ("at 9 p.m.", "at 10/9c")
_NIGHT_WORDS = re.compile(r"\b(?:night|evening|lineup|line-up|block)\b")


# A guide's entry under a day's heading: '"Supergirl," season 5 (The CW, 9 p.m.). Kara ...',
# '"Batwoman" (The CW, 8 p.m.). ... Series premiere.'
_GUIDE_ENTRY = re.compile(r"[ \t]*(?:[“\"‘][^\n“”\"]{1,70}[”\"’],?(?:\s*,?\s*(?P<season>(?i:season|series|"
                          r"part)\s+\w+))?\s*\([^()\n]{1,50}\)[.:]?\s|"
                          # unquoted: "House of Cards, Season 4. Kevin Spacey ...", "Shrill (Hulu).
                          # Aidy Bryant's comedy ..."
                          r"[A-Z0-9][^\n.()“”\"]{0,60}?(?:,\s*(?P<season2>(?i:season|series|part)\s+\w+)|"
                          r"\s(?P<service>\([A-Z][^()\n]{1,80}\)))\.\s+(?=[A-Z]))")
_ALL_EPISODES = re.compile(r"\b(?:all|the\s+first)\s+(?:\d{1,2}|[a-z]+)\s+episodes\b")
_FINALE = re.compile(r"\bfinale\b")
_EPISODE_OF_SEASON = re.compile(r"\bepisodes?\s+(?:\w+\s+)?of\s+(?:season|series)\b|"
                                r"\bepisode\s+\w+\s+of\s+the\s+[\w-]+\s+(?:season|series)\b")


_ASKED_BACK = re.compile(r"\b(?:coming\s+back|be\s+back|returning|return)\b")


def _guide_entry(text: str, low: str, block: Block) -> bool:
    """Is the block a guide's entry that opens with its quoted title and says a season or a
    new series begins ('"Riverdale," season 4 (The CW, 8 p.m.).', '"Raising Dion" (Netflix).
    A new series ...'), not an episode of one on air ('... hosts the second episode of
    season 45')?"""
    entry = _GUIDE_ENTRY.match(text, block.start, block.end)
    if entry is None or _EPISODE_OF_SEASON.search(low, block.start, block.end):
        return False
    return bool(entry.group("season") or entry.group("season2") or entry.group("service")
                or cues.NEW_SERIES.search(low, entry.end(), block.end)
                or cues.RELEASE.search(low, entry.end(), block.end)
                or _ALL_EPISODES.search(low, entry.end(), block.end)
                or _OPENS_SEASON.search(low, entry.end(), block.end))


# '"Modern Family" (ABC, 9 p.m.) begins its ninth season', '... kicks off season 15'
_OPENS_SEASON = re.compile(r"\b(?:begins|opens|starts|kicks\s+off|launches)\s+(?:(?:its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:season|series)\b|(?:season|series)\s+\d)")


def _clocked_entry(text: str, low: str, block: Block) -> bool:
    """Is the block a guide's entry with its hour ('"Bull" (9 p.m., CBS). Michael Weatherly
    plays ...'), not an episode of a season on air?"""
    entry = _GUIDE_ENTRY.match(text, block.start, block.end)
    return entry is not None and _CLOCK.search(text, entry.start(), entry.end()) is not None \
        and not _EPISODE_OF_SEASON.search(low, block.start, block.end) \
        and not _ON_AIR.search(low, entry.end(), block.end)


def _prose(text: str, block: Block) -> bool:
    """Is the block running prose, not a list's entry ("The Pitt (Max) — Series premiere.",
    "Fuller House: Season 2 — ...", "- Severance") whose own title leads it?"""
    return not (block.label or block.heading or BULLET.match(text, block.start)
                or LISTED_ITEM.match(text, block.start)
                or DASHED_ITEM.match(text, block.start, block.end)
                or DATE_LED.match(text, block.start) or TABLE_ROW.match(text, block.start))


_EXPECTED_TO_OTHER = re.compile(r"expected\s+to\s+(?!(?:premiere|debut|return|arrive|air|launch|drop|"
                                r"stream|land|bow|open|start|begin|kick|be\s+back|come\s+back|"
                                r"hit|resume)\b)")


def _heading_day_claims(linker: SentenceLinker, day: tuple[DateMention, Block],
                        out: list[Candidate]) -> None:
    """"Monday, Sept. 21" / "NBC launches its newcomer, Blindspot, at 10 p.m.": under a day's
    heading, a sentence with no date of its own whose show premieres, premieres that day. The
    evidence runs from the heading to the sentence."""
    m, heading = day
    before = len(out)
    for cue in cues.RELEASE.finditer(linker.low, linker.s.start, linker.s.end):
        # (each cue's show: "Modern Family kicks off Season 8 and the freshman comedy
        # Speechless joins it": both)
        if _EXPECTED_TO_OTHER.match(linker.low, cue.start()):
            continue  # 'the Emmys air ... "Succession" is expected to do well': no premiere
        _date_claims(linker, [DateMention(m.window, cue.span(), m.rule)], out)
    for c in out[before:]:
        c.span, c.sentence = m.span, (heading.start, linker.s.end)


def _night_claims(linker: SentenceLinker, m: DateMention, night_start: int,
                  out: list[Candidate], named: bool = False, slot: bool = False) -> None:
    """"Law & Order starts its 24th season, followed by ...": a sentence after a premiere
    night's, with no date of its own, whose shows open numbered seasons, opens them that
    night. The evidence runs from the night's sentence to this one. ``named``: the sentence
    points back at the night ("That is when X comes back"), and a show with no season told
    opens then too."""
    s = linker.s
    followed = slot and _IT_IS_FOLLOWED.match(linker.low, s.start) is not None  # ("It is followed
    # by two new comedies: X, at 9/8c, and Y": the night's later hours, shows told by their hour)
    release = linker.release or followed
    clocked = not named and release and _CLOCK_SLOT.search(linker.low, s.start, s.end) is not None
    # ('"Madam Secretary" ... debuts at 8:30 p.m.': a new show's hour on the night)
    if not (linker.seasons or (named or clocked) and release) or \
            not (release or slot or _NIGHT_WORDS.search(linker.low, s.start, s.end)
                 or len(_CLOCK_SLOT.findall(linker.low, s.start, s.end)) >= 2):
        return  # ('X (season 11) leads off at 8, followed by the fourth season of Y at 9': the
        # night's hours)
    added: set[str] = set()
    for ref in linker.refs:
        if followed and _in_passing(linker.text, s, ref, False):
            continue  # ('from "My Name Is Earl" creator Greg Garcia': a credit)
        season, stated = linker.season_for(ref, ref.end, len(linker.refs))
        if not stated and season in (None, 1) and _DEBUTS_RIGHT_AFTER.match(linker.low, ref.end) is not None:
            season, stated = 1, True  # ("and new comedy Sunnyside, from Kal Penn, debuts": a
            # new show's first season, on the night)
        if not (stated or named or clocked) or ref.key in added:
            continue
        if clocked and not stated and season is None and \
                _DEBUTS_AFTER.match(linker.low, ref.end, s.end) is not None:
            season = 1  # (a show that debuts: its first season)
        added.add(ref.key)
        out.append(Candidate(ref.key, ref.name, season, m.window, m.span, (night_start, s.end),
                             "sentence", 0.6, len(out), stated))


_DEBUTS_RIGHT_AFTER = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:debuts|bows|makes\s+its\s+debut|premieres)\b")
_DEBUTS_AFTER = re.compile(r"[^.;]{0,140}?\b(?:debuts|bows)\b")


def _follow_claim(linker: SentenceLinker, follows: list[Follow]) -> None:
    s = linker.s
    cue = _FOLLOWS.search(linker.text, s.start, s.end)
    if cue is None:
        _joined_claim(linker, follows)
        return
    leader = next((r for r in linker.refs if cue.end() <= r.start <= cue.end() + 1), None)
    if leader is None:  # "will follow a detective": no show to take the date from
        return
    if cue.group().lower().startswith(("will", "to")) and not cues.RELEASE.search(
            linker.low, s.start, cue.start()):
        return  # "the series will follow Veep" without a premiere is about the story
    refs, _ = linker.targets(cue.start(), cue.end())
    for ref in refs:
        if ref.key == leader.key:
            continue
        season, stated = linker.season_for(ref, cue.start(), 1)
        end = leader.end + (linker.text[leader.end:leader.end + 1] in "”\"’'")
        phrase = linker.text[cue.start():end]
        follows.append(Follow(Candidate(ref.key, ref.name, season, Window.tba(phrase),
                                        (cue.start(), end), (s.start, s.end),
                                        "follows", 0.6, -1, stated), leader.key))
        return


# "Chicago Med ... will return at midseason. It will be joined by Rise, a drama ...": the
# show "it" stands for brings the other along, on its own date
_JOINED_BY = re.compile(r"\b(?:it|(?:the|that|this)\s+(?:show|series|drama|comedy))\s+"
                        r"(?:will\s+be|is|gets)\s+joined\s+(?:there\s+|then\s+)?by\s+(?:the\s+)?")


def _joined_claim(linker: SentenceLinker, follows: list[Follow]) -> None:
    s = linker.s
    cue = _JOINED_BY.search(linker.low, s.start, s.end)
    if cue is None or linker.topic is None:
        return
    joiner = next((r for r in linker.refs if cue.end() <= r.start <= cue.end() + 1), None)
    if joiner is None or joiner.key == linker.topic.key:
        return
    season, stated = linker.season_for(joiner, cue.start(), 1)
    phrase = linker.text[cue.start():joiner.end]
    follows.append(Follow(Candidate(joiner.key, joiner.name, season, Window.tba(phrase),
                                    (cue.start(), joiner.end), (s.start, s.end), "follows", 0.6,
                                    -1, stated), linker.topic.key))


def _resolve_follows(follows: list[Follow], candidates: list[Candidate], text: str) -> None:
    """Give each follower its leader's premiere (in article order, so a chain resolves)."""
    for follow in follows:
        dated = [c for c in candidates if c.key == follow.leader and not c.window.is_tba]
        if not dated:
            continue
        lead = min(dated, key=lambda c: (_RANK[c.window.kind], c.window.days, c.order))
        c = follow.follower
        w = lead.window
        c.window = Window(w.start, w.end, w.precision, c.window.phrase, w.anchor)
        c.order = len(candidates)
        candidates.append(c)


def _join_short_forms(candidates: list[Candidate], index: TitleIndex, text: str,
                      body_start: int) -> None:
    """"Avatar" in a headline and "Avatar: The Last Airbender" in the body are one show (so are
    "Percy Jackson" and "Percy Jackson and the Olympians"): the
    headline's short form takes the full name when just one full name starts with it and the
    body never names the short form alone ("NCIS" and "NCIS: Hawai'i" are two shows; a
    body claim the headline's topic carried names nothing). The title index joins the short
    forms it can tell without the claims (`finder.short_form_aliases`)."""
    names = {c.key: c.name for c in candidates}
    owned = {key: owner.group("rest") for key, name in names.items()
             if (owner := _OWNER_PREFIX.match(name) or _SUBTITLED.match(name)) is not None}
    if owned:  # "Anne Rice's Mayfair Witches" in the body, "Mayfair Witches" in the headline;
        # "Borgen – Power & Glory," the fourth season, and "Borgen" elsewhere: the title
        # without its owner or its season's subtitle, when the article also names it so
        titles = {r.key for r in index.refs(text, 0, len(text))}
        for key, rest in owned.items():
            short = show_key(rest)
            named_alone = short in titles or _SUBTITLED.match(names[key]) is not None and re.search(
                rf"(?<![\w’'-]){re.escape(rest)}(?![\w’'-]|\s+[–—])", text) is not None
            if short != key and named_alone:
                for c in candidates:
                    if c.key == key:
                        c.key, c.name = short, display_name(rest)
        names = {c.key: c.name for c in candidates}
    for key, name in names.items():  # "MST3K" in the headline, "Mystery Science Theater 3000"
        if _ACRONYM.fullmatch(name):  # in the body: one show, by its initials
            spelled = [k for k, n in names.items() if k != key and name in _initials(n)]
            if len(spelled) == 1:
                for c in candidates:
                    if c.key == key:
                        c.key, c.name = spelled[0], names[spelled[0]]
    names = {c.key: c.name for c in candidates}
    seasons: dict[str, set[int | None]] = {}
    for c in candidates:
        seasons.setdefault(c.key, set()).add(c.season)
    in_body: set[str] | None = None
    for key, name in names.items():
        longer = [k for k, n in names.items()
                  if k != key and k.startswith(key + " ")
                  and (n.startswith((name + ":", name + " and ", name + " & "))
                       or None not in seasons[key] and seasons[key] <= seasons[k])]
        # ("All Creatures" series 3 in a headline, "All Creatures Great and Small" series 3 in
        # the body: the same season of one show)
        if not longer and " " in key:
            longer = [k for k, n in names.items() if k != key and k.endswith(" " + key)
                      and seasons[key] - {None} <= seasons[k]
                      and not n[:len(n) - len(name)].rstrip().endswith((":", "-", "–", "—"))]
            # ("Immortal King" in a headline, "The Daily Life of the Immortal King" in the body:
            # its last words; not after a colon, where a label may end)
        if len(longer) != 1:
            continue
        if in_body is None:
            in_body = {r.key for r in index.refs(text, body_start, len(text))}
        if key in in_body:
            continue
        for c in candidates:
            if c.key == key:
                c.key, c.name = longer[0], names[longer[0]]


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_WORD = re.compile(r"[\w'’]+")


def _initials(name: str) -> set[str]:
    """The ways a title's initials are written: "Mystery Science Theater 3000" is "MST3000",
    "MST3K" or "MST3"; "How I Met Your Mother" is "HIMYM". (Titles of one word have none.)"""
    words = _WORD.findall(name)
    if len(words) < 2:
        return set()
    spelled = [""]
    for word in words:
        forms = [word] if word.isdigit() else [word[0].upper()]
        if word.isdigit() and word.endswith("000"):
            forms += [word[:-3] + "K", word[0]]
        spelled = [head + form for head in spelled for form in forms]
    return set(spelled)


_SUBTITLED = re.compile(r"(?P<rest>[^–—]+?)\s+[–—]\s+\S")
_OWNER_PREFIX = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,2}['’]s\s+(?P<rest>[A-Z0-9].*)")


def _headline_season(text: str, block: Block, index: TitleIndex, phrases: SeasonPhrases
                     ) -> tuple[str, int] | None:
    """"Line of Duty series 6: BBC confirms start date": a headline about one show, its
    season right after its title."""
    refs = index.refs(text, block.start, block.end)
    if len({r.key for r in refs}) != 1:
        return None
    for r in refs:
        told = seasons_in(text, r.end, min(block.end, r.end + 20), phrases)
        if told and not text[r.end:told[0][0]].strip(" ,'’\"”"):
            return r.key, told[0][2]
    return None


_COUNTS_AS = re.compile(r"\b(?:counts?|counted|billed|serves?|considered|branded|dubbed)\s+as\s+"
                        r"(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,2}(?:season|series)\b",
                        re.IGNORECASE)


def _folded(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _join_accented(candidates: list[Candidate]) -> None:
    """A headline's "Shogun" and the body's "Shōgun" are one show: the accented spelling
    names both (an ASCII headline drops the marks the article's own text keeps)."""
    accented = {_folded(c.key): c for c in candidates if not c.key.isascii()}
    if not accented:
        return
    for c in candidates:
        same = accented.get(c.key) if c.key.isascii() else None
        if same is not None:
            c.key, c.name = same.key, same.name


def _finish(candidates: list[Candidate], index: TitleIndex, text: str, published: date,
            source: str, published_basis: str, body_start: int = 0,
            headline_season: tuple[str, int] | None = None,
            told: dict[str, set[int]] | None = None,
            names: dict[str, str] | None = None, shown: str | None = None) -> list[Claim]:
    """One claim per (show, season), the most precise. ``headline_season``: the show and
    season the headline names, for body claims that say no season of their own; ``names``:
    the name to show a title by, where the article gives a fuller one (`full_names`);
    ``shown``: the text as given, which the evidence quotes."""
    _join_short_forms(candidates, index, text, body_start)
    _join_accented(candidates)
    by_show: dict[str, set[int]] = {}
    for c in candidates:
        if c.season is not None and c.stated and c.lends:
            by_show.setdefault(c.key, set()).add(c.season)
    merged: list[Candidate] = []
    for c in candidates:
        # A claim that did not say its season belongs to the one season the article names,
        # or to the named season it shares its dates with (a headline's "April 24" for the
        # body's "the sixth season ... premieres Sunday, April 24").
        if c.season is None or not c.stated:
            # (a season told after a date in the body is another one: "returns on Sunday 7
            # April. A third series has already been commissioned", "... premieres August 5.
            # The second season ... has yet to be dated", "returns July 16. The eighth and
            # final season is expected in 2018"; a headline's date takes the body's season)
            seasons = {o.season for o in candidates if o.key == c.key and o.stated and o.lends
                       and o.season is not None
                       and (not (not c.window.is_tba and o.span[0] > c.span[0]
                                 and (o.window.is_tba or c.span[0] >= body_start))
                            or _COUNTS_AS.search(text, *o.sentence) is not None)}
            # (but "ordered 13 episodes, which will count as the comedy's 11th season", after
            # the revival's date, says which season that date is)
            same = {o.season for o in candidates if o.key == c.key and o.stated
                    and o.season is not None and not c.window.is_tba
                    and o.window.overlap_ratio(c.window) > 0}
            if len(same) == 1:
                c.season = next(iter(same))
            elif len(seasons) == 1:
                c.season = next(iter(seasons))
            elif not seasons and headline_season is not None and headline_season[0] == c.key \
                    and not c.window.is_tba:
                c.season, c.stated = headline_season[1], True
            elif not seasons and told and len(told.get(c.key, ())) == 1 and \
                    not c.window.is_tba:
                c.season, c.stated = next(iter(told[c.key])), True  # "8 p.m. - Chicago Med"
                # under a date, where the text said "Chicago Med (season 10)" before
        merged.append(c)
    for c in merged:  # (and a season the loop above settled from the article's words)
        if c.season is not None and c.stated and c.lends:
            by_show.setdefault(c.key, set()).add(c.season)
    for key in {c.key for c in merged} - set(by_show):
        # No claim names a season: one season for all of them, the first unless a sentence
        # of the body (or, with none, of the headline) said the show was returning.
        mine = [c for c in merged if c.key == key and not c.stated]
        said = [c for c in mine if c.span[0] >= body_start] or mine  # (the body's say, over
        said = [c for c in said if c.rule != "topic"] or said  # (a claim on the show's own
        # words over one the text's topic lent: "CBS will roll out its new season this fall")
        season = None if any(c.season is None for c in said) else 1  # a headline's
        for c in mine:
            c.season = season
    renewed_to: dict[str, int] = {}  # the highest season a show is said to be renewed for
    for c in merged:
        if c.window.is_tba and c.rule != "topic" and c.stated and c.season is not None:
            renewed_to[c.key] = max(c.season, renewed_to.get(c.key, 0))
    groups: dict[tuple[str, int | None], list[Candidate]] = {}
    for c in merged:
        if c.rule == "topic" and c.window.is_tba and c.season is not None and \
                c.season < renewed_to.get(c.key, 0):
            continue  # "renewed for a second and a third season. ... The first season covers
            # the whole book ... no premiere date has been announced": the new seasons' date
        if not c.stated and c.rule in ("clause", "sentence") and HOLIDAY_WORD.search(c.key):
            continue  # a quoted "Jingle Jangle: A Christmas Journey" named in passing, with no
            # season told, is as often as not a film or a special ("The Great Christmas Light
            # Fight" begins its eighth season: a series; a heading's "A Christmas Carol" the
            # text goes on about: a show)
        numbered = _NUMBERED_EDITION.fullmatch((names or {}).get(c.key, c.name))
        if numbered is not None and c.season == int(numbered.group(2)):
            c.name = numbered.group(1)  # '"Big Brother 17" ... the 17th edition': Big Brother,
            c.key = show_key(c.name)  # season 17 (where the number is not the season,
            # "Station 19" season 7, it stays part of the name)
        groups.setdefault((c.key, c.season), []).append(c)
    claims = []
    for (key, season), group in groups.items():
        named = [c for c in group if c.rule in ("clause", "listing") and not c.window.is_tba]
        if named:  # a date the text gives the show by name outweighs a topic's date that
            # disagrees and comes before it ("... shifting dates this week." then "X will not arrive
            # until 2027"; but not "Its premiere is set for 1/21/2018" after it)
            last = max(n.span[0] for n in named)
            narrowest = min(n.window.days for n in named)
            group = [c for c in group if c.rule != "topic" or c.window.is_tba
                     or c.span[0] > last and c.window.days < narrowest - 1
                     or any(c.window.overlap_ratio(n.window) > 0 or _weekday_only(n, [c])
                            for n in named)]
            # (a topic's date after it must say more: "X won't return until 2020" is not
            # undone by "... will premiere in 2019" about a title the text did not tie to it;
            # but a date on the weekday a heading named, "MONDAY", is that day's date)
        best = min(group, key=lambda c: (_RANK[c.window.kind], c.window.days, _holiday_day(c),
                                         _weekday_only(c, group), c.order))
        # (of two days, a date rather than a holiday's name: "coming for Christmas: Netflix
        # sets 20th December release", the 20th; or than a weekday's: a headline's "back on
        # Sunday" and the body's "on Sunday, October 12", a week later)
        window = _narrow(best, group)
        sentence = _WS.sub(" ", (shown or text)[best.sentence[0]:best.sentence[1]]).strip()
        show = (names or {}).get(key, best.name)
        claims.append(Claim(
            show=from_capitals(show, text) if show.isupper() else show, key=key, season=season, window=window,
            event=EventKind.RENEWAL if window.is_tba else EventKind.PREMIERE,
            evidence=sentence, span=best.span, rule=best.rule,
            confidence=round(best.confidence, 2), source=source, published=published,
            published_basis=published_basis,
        ))
    claims.sort(key=lambda c: (c.span[0], c.key))
    return claims


_DIGIT = re.compile(r"\d")


def _weekday_only(c: Candidate, group: list[Candidate]) -> bool:
    """Is the candidate's day a weekday alone ("on Sunday") where another of the group names
    that weekday with its date ("on Sunday, October 12", "Sun., Oct. 12"), or gives a date on
    that weekday in another sentence ("Oct. 12")?"""
    day = _named_weekday(c.window.phrase)
    return c.window.precision is Precision.DAY and day is not None and \
        _DIGIT.search(c.window.phrase) is None and any(
            o.window.precision is Precision.DAY and _DIGIT.search(o.window.phrase)
            and (_named_weekday(o.window.phrase) == day or o.sentence != c.sentence and
                 o.window.start is not None and o.window.start.weekday() == day) for o in group)
    # (a heading's "MONDAY" over '"Manifest" -- NBC, 10 p.m. Premieres Sept. 24.', a Monday: a
    # night of the week, not the next one; but not "drops Friday; Volume 2 follows July 1")


def _named_weekday(phrase: str) -> int | None:
    """The weekday a phrase names (0 for Monday), by the grammar's own weekday words."""
    day = _WEEKDAY.search(phrase)
    return None if day is None else vocab.WEEKDAYS[day.group().lower().rstrip(".")]


_WEEKDAY = re.compile(P.ANY_WEEKDAY, re.IGNORECASE)


def _holiday_day(c: Candidate) -> bool:
    """Is the candidate's day told by a holiday's name alone ("for Christmas")?"""
    phrase = c.window.phrase.lower().replace("'", "").replace("’", "")
    return HOLIDAY_WORD.search(phrase) is not None and _DIGIT.search(phrase) is None


_NUMBERED_EDITION = re.compile(r"((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+(\d{1,2})")


def _narrow(best: Candidate, group: list[Candidate]) -> Window:
    """Two windows from one sentence that overlap ("early next year, before the end of March")
    say the premiere lies in both: keep their intersection."""
    w = best.window
    if w.kind is not Kind.WINDOW:
        return w
    for other in group:
        o = other.window
        if other is best or other.sentence != best.sentence or o.kind is not Kind.WINDOW:
            continue
        assert w.start and w.end and o.start and o.end
        lo, hi = max(w.start, o.start), min(w.end, o.end)
        if lo <= hi and (lo, hi) != (w.start, w.end):
            w = Window(lo, hi, w.precision, w.phrase, w.anchor)
    return w
