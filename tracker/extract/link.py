"""Pairing dates with shows inside a sentence, and renewals with the season they order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from tracker import vocab
from tracker.extract import cues
from tracker.extract.document import (
    ANSWER_LABEL,
    BULLET,
    DATED_LINE,
    LISTED_ITEM,
    QUESTION_LABEL,
    SLOT_TIME,
    TIME_STAMP,
    TURN_TITLE,
    Block,
    Sentence,
    speaker_turn,
)
from tracker.extract.finder import (
    ELIDED_SEASON_OF,
    FULL_NAME,
    GAPPED_BEFORE_DATE,
    GROUP_SUBJECT,
    INCLUDING,
    PAREN_NETWORK,
    QUOTE_OPENERS,
    SEASON_APPOSED,
    SPEAKER_TURN,
    TITLE_DATE_COLON,
    Ref,
    given_name_only,
    title_date_lines,
)
from tracker.extract.seasons import (
    COMPARED_BEFORE,
    ORDINAL_WORD,
    SeasonPhrases,
    numbered_in,
    ordinal_number,
)
from tracker.extract.titles import NOT_SHOWS, is_person
from tracker.model import Anchor, DateMention, Precision, Window
from tracker.names import show_key
from tracker.temporal.resolve import add_months

# Text allowed between two titles of one coordinated group ("X, Y and Z", "X plus the final
# seasons of Y").
_COORDINATION = re.compile(
    r"^(?:[”\"’']?,[”\"’']?\s+(?:with|starring|featuring|based\s+on|from|adapted\s+from|created\s+by|"
    r"the|an?)\s+[^,;.()]{1,60}?,|"  # ('"Found," the missing-persons drama starring ..., and')
    r"(?:[a-z][\w.-]*\s+){0,3}[a-z][\w.-]*['’]s\s|"  # ("and Jesse L. Martin's "The Irrational"")
    # ("A, with X and Y, and B, with Z, both"; '"Will Trent," based on ..., and "The Wonder Years"')
    r"[\s,”“\"‘’'&]|and|or|plus|as\s+well\s+as|along\s+with|alongside|together\s+with|"
    # ('..., and the supernatural drama "Sleepy Hollow"': the kind of the next title)
    r"(?:[a-z][\w-]*\s+){0,2}(?:drama|comedy|sitcom|thriller|procedural|docuseries|miniseries|"
    r"anthology|reboot|revival)(?=\s)|"
    r"also|both|even|possibly|the|a|an|its|their|final|new|fresh|season|seasons|series|of|"
    r"followed\s+by|brand-new|new|spinoff|spin-off|\((?:[^()]{1,30})\)|\d{1,2}(?:st|nd|rd|th)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    # ("the return of Superstore for season two and The Blacklist for season four")
    r"for|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)*$",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|rul(?:ed|es|ing)\s+out|no\s+(?:new\s+|more\s+)?(?:\w+\s+)?(?:series|"
                       r"season|seasons|episodes|show|premieres?))\b|n['’]t\b")
_PLANS_DROPPED = re.compile(r"\b(?:shelved|scrapped|abandoned|ditched|scuttled|dropped)\s+"
                            r"(?:its\s+|their\s+|the\s+)?plans?\s+(?:to|for)\b")
# Where a date is about a cinema release whatever the verb.
_CINEMA = re.compile(r"\b(?:at\s+the\s+(?:cinema|movies|box\s+office)|cinemas|theaters|theatres|"
                     r"box\s+office)\b")
# After a date that opens its clause, the first verb tells the tense: "On Thursday, the return
# of Will & Grace brought 10.2 million viewers" is past.
_STAR_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+[A-Z][\w’'-]+\s+(?:is|are|will\s+be)\s+$")


def star_is_back(text: str, at: int) -> bool:
    """Is the return word at ``at`` an actor's, named in full before it ("Noah Wyle is back in
    scrubs"), not the show's? ``text`` keeps its capitals."""
    star = _STAR_BEFORE.search(text, max(0, at - 40), at)
    return star is not None and star.group(1).lower() in vocab.FIRST_NAMES


_SOMEONE_BEFORE = re.compile(r"\b(?:a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){1,2}$")
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w’'&.-]*\s+$")
_VERB_AFTER = re.compile(
    r"\b(?P<future>will|is|are|premieres|debuts|returns|arrives|airs|launches|begins|starts|"
    r"opens|lands|drops|streams|comes|kicks|brings|sees|marks|welcomes|belongs)\b|"
    r"\b(?P<past>(?:[a-z]{2,}ed)|brought|drew|won|got|saw|made|took|had|was|were|did|ran|led|"
    r"pulled|topped|fell|grew|rose|beat|came|went|sold|earned|began)\b")
# A time of day before a fronted date: "shortly after 9 a.m. eastern on (Thursday,)"
_TIME_FIRST = re.compile(r"(?:(?:shortly|just|right|early|late)\s+)?(?:after|before|around|at|by|"
                         r"until)?\s*\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+(?:eastern|"
                         r"pacific|central|et|pt|ct|gmt|bst|local\s+time))?(?:\s+on)?")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whose\s+\w+)\s+(?:[\w-]+\s+){0,2}$")
_BRINGS_BACK = re.compile(r"\bbr(?:ing|ings|inging|ought)\s+(?:[\w’'-]+\s+){1,4}?back\b|"
                          r"\bwith\s+(?:[\w.’'-]+\s+){1,3}?back\s+(?:as|in|on|at|for)\b|"
                          r"\b(?:before|after|until|till|as|when|while)\s+(?:the\s+)?(?!(?:and|both|all|each)\b)[\w’'-]+"
                          r"(?:\s+(?!(?:and|both|all|each)\b)[\w’'-]+)?\s+(?:returns?|come\s+back|comes\s+back|are\s+back|"
                          r"is\s+back)\b")  # (but "when X and Y both return": with the titles blanked)
# ("with Michael C. Hall back as the killer": an actor returns, not the show; "arrives ... a
# month before the Bluths return": another subject's return)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|with|at|against|like|than|since|in|by|about)\s+"
                                 r"(?:the\s+|a\s+|an\s+)?[“\"‘']?$")
_WHEN_START = re.compile(r"[\s,]*when\b")
_APPOSITION_CLAUSE = re.compile(r"[”\"’']?,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?(?:that|which)\s")
_LIKE_BEFORE = re.compile(r"\b(?:like|unlike|as\s+with)\s+$|\b(?:same|similar)\s+(?:[\w-]+\s+){0,2}(?:as|to)\s+[“\"‘']?$")
# ('"The Paper," a mockumentary set in the same universe as "The Office," premieres')
_UNTIL = re.compile(r"\b(?:until|till|before)\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?(?:the\s+)?$")
_DATEISH = re.compile(r"\b(?:date|premiere|release|return|debut|air|launch|when|window|"
                      r"indefinitely|schedule|arrive|back)\w*")
_STARTS_WITH_RELEASE = re.compile(
    r"\W*(?:premieres?|debuts?|returns?|arrives?|airs?|streaming|launches|drops|"
    r"available|out|coming|season\s+\w+)\b", re.IGNORECASE)
# A sentence with no subject, a listing's blurb: "Premieres right after Dawson, Oct. 7."
_BARE_VERB_START = re.compile(r"\s*(?:also\s+)?(?:premieres|debuts|returns|launches|starts|begins|arrives|"
                              r"opens|bows|airs|lands|drops)\b")
_SUBJECT_ANAPHOR = re.compile(
    r"[\s,;:—–-]*(?:and\s+|but\s+|then\s+|so\s+)?(?:it|they|the\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:show|series|drama|comedy|sitcom|thriller|revival|reboot|adaptation|production|"
    r"mockumentary|procedural|dramedy|docuseries|miniseries|anthology|soap|anime|cartoon|"
    r"franchise|programme|program)|"
    r"this\s+(?:show|series))\b(?!\s+(?:is|was)\s+(?:not|also)\b)"
    # (not "The Monday comedy hour launches ...": a slot, not the show)
    r"(?![\s-]+(?:hour|block|slot|line-?up|slate|nights?|schedule|fans|audiences?|genre)\b)")
# A clause whose subject is a season: ", and the third and final season will follow".
_SUBJECT_SEASON = re.compile(r"[\s,;]*(?:and\s+|while\s+|but\s+)?(?:(?:the|its|a)\s+(?:[\w-]+\s+){0,4})?"
                             r"(?:season|series|installment|instalment)\b")
# "..., Netflix confirmed that the third and final season will arrive": a season someone
# reports on, as the subject of what follows
_REPORTED_BEFORE = re.compile(r"\b(?:confirmed|said|says|announced|revealed|added|promised)\s+(?:that\s+)?$")
_MOVED_FROM = re.compile(r"\bfrom\s+(?:(?:its|their|the|a)\s+)?(?:(?:originally\s+)?(?:planned|"
                         r"original|previous|scheduled|expected|intended|announced)\s+)?$")
_SUPERSEDED = re.compile(
    # "The network had been eyeing a late-2026 launch", "had been pencilled in for this fall"
    r"\bhad\s+(?:been\s+)?(?:eyeing|targeting|planning(?:\s+on)?|hoping\s+for|aiming\s+for|"
    r"expecting|pencill?ed\s+in(?:\s+for)?|slated\s+for|set\s+for|scheduled\s+for|"
    r"expected\s+(?:in|for|to\s+\w+(?:\s+in|\s+on)?))\s+(?:an?\s+|the\s+|its\s+)?$|"
    r"\b(?:(?:originally|initially|previously|first|once)\s+(?:been\s+)?(?:slated|set|scheduled|"
    r"planned|expected|dated|announced|due|penc?ill?ed(?:\s+in)?|targeted|intended)|"
    r"(?:rather\s+than|instead\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:previously\s+announced|original|"
    r"planned|scheduled|traditional|usual|customary|typical|regular)?)\s*(?:for|on|in|as|to\s+(?:premiere|debut|return|launch|air|arrive)"
    r"(?:\s+(?:on|in))?)?\s*(?:the\s+|an?\s+)?$|"
    # "HBO had been hoping to get it out before the end of this year": a plan given up
    r"\bhad\s+(?:been\s+)?(?:hoping|planning|aiming|expecting|looking|trying)\s+to\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:(?:by|before|in|on|for|this|next)\s+)?(?:the\s+)?$|"
    # "originally due in January and then in May, is now coming this fall": each plan undone
    r"\b(?:originally|initially|previously|first)\s+(?:[a-z]+\s+){1,3}[^,;.]{1,30}?,?\s+(?:and\s+)?"
    r"then\s+(?:in\s+|for\s+|on\s+)?(?:the\s+)?$|"
    # "was primed to return in the fall", "was supposed to debut this spring": a plan undone
    r"\b(?:was|were)\s+(?:supposed|primed|meant|poised)\s+to\s+(?:premiere|debut|return|launch|"
    r"air|arrive|start|begin|come\s+back)(?:\s+(?:on|in|by))?\s*(?:the\s+)?$")
_OBJECT_OF = re.compile(r"\b(?:with|alongside|featuring|against|opposite|versus|vs\.?|like|than|since|from|(?<!that\s)(?<!which\s)(?<!who\s)follows)"
                        r"\s+(?:the\s+)?[“\"‘']?$")
_RENEWAL_WORD = re.compile(r"renew|picks?\s+(?:back\s+)?up")
_THE_SHOW_AFTER = re.compile(r"\s+(?:the|this)\s+(?:show|series|drama|comedy|sitcom|thriller|miniseries|"
                             r"docuseries|revival|reboot|adaptation)\s+(?:will|would|is|might|could)\b")
_SCHEDULED_ORDINAL = re.compile(r"\b(?:scheduled|set|slated|dated|lined\s+up|planned)\s+(?:a|an)\s+"
                                r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s*,)|"
                                # ("won eight Emmys for its first season, and its second is
                                # expected in 2025")
                                r"\b(?:its|their)\s+(second|third|fourth|fifth|sixth|seventh|eighth|"
                                r"ninth|tenth)\s+(?=(?:is|will|arrives|comes|returns|premieres|debuts|"
                                r"lands|drops|should|could)\b)")
# "starts its fourth season this weekend — Sunday, Jan. 11": the day that says which
_SEASON_AFTER_SPECIAL = re.compile(r"\b(?:before|after|until|and\s+then)\s+(?:the\s+)?(?:new\s+|next\s+|full\s+)?"
                                   r"(?:series|season)\b")
_ALSO_SHOWN = re.compile(r"\b(?:which|that)\s+will\s+also\s+(?:be\s+)?(?:shown|screened|play)")
_RESTATED = re.compile(r"\b(?:this|next|that)\s+(?:weekend|week|month)\s*(?:[—–]|--|,)\s*$")
_ORDERED_AFTER = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:already\s+|also\s+)?(?:been\s+)?"
                            r"(?:commissioned|ordered|greenlit|green-lit|picked\s+up|renewed|confirmed|"
                            r"on\s+the\s+cards|in\s+the\s+works|agreed)\b")  # ("with a third series
# already on the cards": a later season ordered, not the one the date is for)
_NEW_GROUP = re.compile(r"\b(?:newcomers|freshmen|rookies|newbies|new\s+(?:[\w-]+\s+)?(?:shows|series|"
                        r"dramas|comedies|sitcoms|originals|titles|programmes|programs))\b")
_ITEM_AFTER_SEMICOLON = re.compile(r";\s+(?:and\s+)?[“\"‘']?$")  # (a list's next item)
_ITEM_AFTER = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s(?:and|&)\s+)[“\"‘']?$")
_LIST_SEPARATION = re.compile(r"[\s,“”\"‘’']*(?:(?:and|&)\s+[“\"‘']?)?")  # (between a list's titles)
_RENEWED_FOR = re.compile(r"\b(?:renew\w*|picked\s+up|ordered|greenlit|order|pickup)"
                         r"(?:\s+(?!(?:for|of|and|but)\b)[\w'’:&.!-]+){0,4}?\s+"  # ("renewed it for",
                         r"(?:for|of)\s+(?:a|an|its|their)?\s*$")  # "renewed Dickinson for a")
_BOTH = re.compile(r"\b(?:(?:are|will|have\s+been|were)\s+(?:both|all)|(?:both|all)\s+(?=(?:return|premiere|"
                   r"debut|arrive|come|launch|air|kick|begin|start|are|will)\b))\b")
_DEBUT_OF = re.compile(r"\b(?:debut|series\s+premiere|launch|(?<=\bthe\s)premiere)\s+of\s+(?:the\s+new\s+)?[“\"‘']?$")
_GAPPED_DATE = re.compile(r",\s+and\s+(?:the\s+)?[A-Z0-9“\"‘'][^\s,;]*(?:\s+(?:[A-Z0-9“\"‘'][^\s,;]*|of|the|"
                          r"and|&|a|an|at|to))*"  # (a title: no lowercase word of its own, no verb)
                          rf"{GAPPED_BEFORE_DATE}(?:the\s+)?")
_CLOSE_QUOTE = re.compile(r"[”\"’']?,?")
_SPAN_NOUN_AFTER = re.compile(r"(?:\s+and\s+new\s+year)?\s+(?:period|season|schedule|line-?up|slate|fortnight|"
                              r"week|weekend|break|holidays|offer|special|specials|telly)\b")
_OVER_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:now\s+|finally\s+|well\s+)?(?:over|done|behind\s+us|past)\b")
# The roles a title can stand before as a credit: '"Gossip Girl" producer', 'a "Signal" writer'
_ROLES = r"producer|co-creator|creator|showrunner|writer|director|star|alum|veteran"
_CREDIT_AFTER = re.compile(rf"[”\"’']?\s+(?:{_ROLES}|actor|actress)s?\s+[a-z]*\s*[a-z]")
# ... with no clause break before the date: "said the drama returns"
_SAYS_OF_THE_SHOW = re.compile(cues.SAYS_OF_THE_SHOW.pattern + r"[^,;]*$")
_NEIGHBOUR_PREMIERE = re.compile(r"\b(?:(?:(?:right|immediately|directly|just)\s+)?(?:after|before|following|"
                                 r"ahead\s+of|behind)|along\s+with|alongside|leading\s+(?:into|out\s+of)|"
                                 r"joining|and|with)\s+the\s+(?:[\w-]+-season\s+|(?:[\w-]+\s+)?season\s+(?:[\w-]+\s+)?|"
                                 r"series\s+)?(?:premiere|opener|return|debut)\s+of\s+[“\"‘']?$|"
                                 # ("It premieres Monday, Aug. 12, paired with the second season of X";
                                 # "..., with the sixth season of X following at 9:30 p.m.")
                                 r"\b(?:paired\s+with|with)\s+the\s+[\w-]+\s+(?:season|series)\s+of\s+[“\"‘']?$")
# ('X premieres Thursday, following the 11th-season premiere of "Grey's Anatomy" and the return of
# "Scandal."', '... along with the season three premiere of "Nashville" at 10': those that night too)
_SERIES_ON_TV = re.compile(r"\b(?:the|its)\s+(?:series|show)\s+(?:(?:officially|then)\s+)?(?:premieres|debuts|"
                           r"launches|begins|airs|returns|arrives)\b")
_ASKED = re.compile(r"\?[\"”’')]*\s*\Z")  # (searched to the sentence's end)
_OWNED_BEFORE = re.compile(r"[A-Z][\w+&.!-]*['’]s\s+$")  # ("Netflix's first week of 2023:")
_GOES_TO_BEFORE = re.compile(r"\b(?:returns?|returning|moves?|moving|heads?|comes?\s+back|goes|arrives?|"
                           r"lands?)\s+(?:back\s+)?(?:to|on|onto)\s+[“\"‘']?$")
_WITH_ITS = re.compile(r"[”\"’'!?]*\s+(?:with|for)\s+its\s")  # ("... to "Masterpiece Mystery!" with its third")
# ("a day before Bridgerton season four": a time between two dates, no slot)
_SPAN_BEFORE = re.compile(r"\b(?:a|an|one|two|three|\d+)\s+(?:days?|nights?|weeks?|hours?|months?)\s+"
                          r"(?:before|after|following|ahead\s+of)\s+[“\"‘']?$")
_NEIGHBOUR_LEAD = re.compile(r"[\s\"“]*(?:(?:immediately|right|directly|just)\s+)?(?:after|following|behind)\s")
_SLOT_NEIGHBOUR = re.compile(r"\b(?:after|before|following|behind|opposite|against|ahead\s+of)\s+[“\"‘']?$")
# Between two items of a list: '"A" (season five), "B"', "A and B", "A (Fox) & B"
LIST_GAP = re.compile(r"[”\"’']?\s*(?:\([^()]{0,30}\))?\s*(?:,|,?\s+(?:and|&))\s*[“\"‘']?")
_COLON_NEXT = re.compile(r"[ \t]*:[ \t]+(?=[“\"‘'A-Z])")
_AND_START = re.compile(r"[\s,]*and\s")
_BOTH_START = re.compile(r"(?:^|,)\s*(?:both|all)\s+[a-z]+")  # (", both follow", at the clause's start)
_SAID_THAT = re.compile(r"\b(?:reveal|announce|confirm|say|tell|unveil)(?:s|d|ed)?\s+(?:\w+\s+){0,2}?that\b|"
                        r"\b(?:said|told)\s+(?:\w+\s+){0,2}?that\b")
_DERIVED_ASIDE = re.compile(r"\b(?:based\s+on|adapted\s+from|inspired\s+by|remake\s+of|reboot\s+of|"
                            r"version\s+of|spun\s+off\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}$")
_SEASON_OF_NAME = re.compile(r"(?:[\s-]+(?:premiere|finale|debut|return|opener))?\s+of\s+"
                             r"(?:the\s+(?:original|flagship|parent|mothership)\s+)?[“\"‘']?[A-Z]"
                             r"(?![\w.&+-]*(?:\s+[A-Z][\w.&+-]*)*['’]s\b)")  # (not "of Jenny Han's
# adaptation": the show itself, by its maker)
_BRAND_NEW = re.compile(r"\b(?:brand[\s-]new|new)\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|comedy|sitcom|"
                        r"thriller|docuseries|anime)\b")
_FIRST_YEAR_HIT = re.compile(r"\b(?:(?:rookie|freshman|first-year)\s+(?:hit|drama|comedy|series|show|"
                             r"sensation|success|sitcom)|(?:top|best|biggest)\s+new\s+(?:show|series|drama|"
                             r"comedy|sitcom)(?:\s+of\s+the\s+(?:year|season))?|stumbled\s+(?:\w+\s+)?"
                             r"in\s+its\s+first\s+(?:year|season)|after\s+its\s+(?:[\w-]+\s+)?debut)\b")
_AFTER_FRESHMAN = re.compile(r"\b(?:follows|following|after)\s+(?:a|an|its|their)\s+(?:[\w-]+,?\s+){0,4}?"
                            r"(?:freshman|rookie)\s+(?:run|season|year|outing)\b")
_FILM_BESIDE = re.compile(r",\s+(?:alongside|along\s+with|as\s+well\s+as|plus|and)\s+(?:a|an|the|its)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:film|movie)\b")
_WHICH_WILL = re.compile(r",?\s+(?:which|that)\s+(?:(?:[\w+&.-]+\s+){1,3}?(?:\w+ly\s+)?)?"
                         r"(?:will|would|should|is\s+(?:set|slated|due|expected|scheduled|planned))\b")
# (or with a network between: "renewed it for a second season, which PBS will presumably carry
# in 2018")
_OF_TITLE = re.compile(r"\s+of\s+[“\"‘']?(?:[A-Z][\w.&+-]*['’]s\s+)?")  # (or 'of "Marvel's Daredevil"')
_OF_ANOTHER = re.compile(r" of (?:the )?[“\"‘']?")  # (single spaces: a blanked title follows)
_PUBLISHED = re.compile(r"\b(?:published|publishes|hits?\s+(?:book)?shelves|in\s+bookstores)\b")
_PUBLISHER_BEFORE = re.compile(r"\b(?:publisher|publishers|publishing\s+house)\s+(?:\w+\s+){0,2}$")
_ENDS_BEFORE = re.compile(r"\b(?:ends|wraps(?:\s+up)?|concludes|closes\s+out|finishes)\s+(?:on\s+|in\s+)?$")
_ROLE_AFTER = re.compile(rf"[”\"’']?\s+(?:{_ROLES})s?\b")
# A schedule a show is taken off: "off the fall and midseason schedules", "out of its
# winter lineup"
_OFF_THE_BEFORE = re.compile(r"\b(?:off|out\s+of)\s+(?:the|its|their)\s+(?:[\w-]+\s+(?:and|or)\s+)?$")
_SCHEDULE_AFTER = re.compile(r"\s+(?:schedules?|lineups?|line-ups?|slates?|grids?)\b")
# A relative clause about every title just listed: ", all of which", ", both of them"
_ALL_OF_WHICH = re.compile(r"[”\"’']?,[”\"’']?\s+(?:all|both|each)(?:\s+(?:two|three|four|five|six))?\s+of\s+"
                           r"(?:which|them)\b")
_THE_BEFORE = re.compile(r"\bthe\s+[“\"‘']?$")
_KIND_AFTER = re.compile(r"[”\"’']?\s+(?:[\w-]+\s+)?(?:series|show|franchise|universe|saga|spinoff|spin-off|"
                         r"prequel|sequel|revival|reboot|drama|comedy|adaptation|miniseries|thriller)\b")
_SET_BETWEEN = re.compile(r"\b(?:set|takes\s+place|taking\s+place|unfolds|unfolding)\s+(?:between|after|before|during)\s+(?:the\s+)?(?:[\w-]+\s+(?:and|&)\s+)?$")
_YEARS_AFTER = re.compile(r"\b(?:years?|decades?|months?)\s+(?:after|since)\s+(?:the\s+|its\s+)?"
                          r"(?:(?:events|end|finale|close)\s+of\s+(?:the\s+|its\s+)?)?$")  # ("two years
# after the events of the first season")
_NEW_PREDICATE = re.compile(r",|\band\b|\bbut\b")
_OTHER_SUBJECT = re.compile(r",\s+(?:(?:the\s+)?(?:same|very)\s+(?:day|night|week)\s+|when\s+|as\s+|while\s+)"
                            r"(?:the\s+)?(?:[a-z-]+\s+){0,3}[A-Z][\w'’:.-]*(?:\s+[\w'’:.-]+){0,4}\s+$|"
                            # (', a week before the streamer also gets "Space Jam: A New Legacy,"
                            # which opens in theaters': the film's own clause)
                            r",\s+[^.;]*?[“\"][^”\"]{2,60}[”\"],?\s+(?:which|that)\s+(?:\w+\s+){0,2}$|"
                            # (', a few weeks after James Gunn's "Superman" opens in theaters')
                            r",\s+(?:(?:a|an|one|two|three|four|several|a\s+few|a\s+couple\s+of)\s+"
                            r"(?:days?|weeks?|months?)\s+)?(?:after|before|(?:around\s+|about\s+|at\s+)?"
                            r"the\s+same\s+time(?:\s+as)?)\s+[^.;]{0,40}?[“\"][^”\"]{2,60}"
                            r"[”\"]\s+(?:\w+\s+){0,2}$")
_THROUGH = re.compile(r"\b(?:through|thru|throughout)\s+(?:the\s+)?(?:end\s+of\s+)?$")
# "Speaking at an industry event on Tuesday, Casey Bloys said ...": an opening phrase that
# dates the talk, not the premiere.
_TALK_OPENER = re.compile(
    r"[\s\"“]*(?:speaking|talking|appearing|writing|posting|interviewed|asked|"
    r"in\s+an?\s+(?:[\w-]+\s+)?(?:interview|statement|post|conversation|chat|q&a|panel|video|"
    r"message|episode|appearance)|during\s+(?:an?|the|his|her|their)\s)[^,.;:!?]*$")
_WATCH_BEFORE = re.compile(r"\b(?:watch|stream|see|tv|television)\s+$")
_DOUBT = re.compile(r"\b(?:optimistic|unlikely(?![ \t]+(?!(?:to|that|before|until|for|in|this|next|now|"
                    r"at|soon|given|anytime)\b)[a-z])|"  # (not "as unlikely crime solvers")
                    r"unrealistic|wishful|a\s+stretch|doubtful|"
                    r"(?:don['’]t|do\s+not|wouldn['’]t|would\s+not)\s+(?:expect|count\s+on|bet\s+on|hold\s+your\s+breath))"
                    r"\b[^.;:!?]{0,60}$")
_ONE_OFF = re.compile(r"\bone-off\b|\b(?:unscripted|one-time|standalone|stand-alone)\s+special\b|"
                      r"\bas\s+(?:a|an|one|two|three|four)\s+(?:[\w-]+\s+){0,2}specials?\b|"  # ("arrives as
                      # two hour-long specials on Boxing Day")
                      r"\b(?:christmas|holiday|festive|reunion|anniversary)\s+"
                      r"(?:(?:day|eve)\s+)?(?:special|episode)\b|"  # ("A Christmas Day special")
                      r"\b(?:season|series)\s+(?:\w+\s+)?(?:live\s+)?reunion\b")  # ("the season four
# reunion")
_SEASON_AS_ADJ = re.compile(r"\s+(?:shows|lineup|line-up|schedule|slate|newcomers|dramas|"
                            r"comedies|series)\b")
# ("The network has placed it on its fall schedule": the show is on it, a window of its own)
_ON_SCHEDULE = re.compile(r"\b(?:(?:placed|put|puts|slotted|slots|added|adds|is|are)\s+(?:(?:it|them|the\s+"
                          r"(?:show|series|drama|comedy|sitcom))\s+)?on|as\s+part\s+of)\s+"
                          r"(?:its|their|the|[\w-]+['’]s)\s+$", re.IGNORECASE)  # ("will be back as
# part of Syfy's midseason schedule")
_YEAR_AS_ADJ = re.compile(r"\s+(?:programming|programmes|lineup|line-up|schedule|slate|"
                          r"calendar)\b")
_DATES_DUE = re.compile(r"\b(?:premiere|release|return|launch|air)\s+dates\b[^.;]{0,50}\b(?:are|will\s+be)\s+"
                        r"(?:expected|due|coming|set\s+to\s+be\s+(?:announced|revealed)|to\s+be\s+"
                        r"(?:announced|revealed))\s+(?:in|on|by|around|later|next|this|soon)?\s*$")
# "On the film side, the slate begins with Black Widow (May 1, 2020) ...", "For the big
# screen, ...": a sentence of films
_FILM_SIDE = re.compile(r"[^\w.]{0,6}(?:(?:over\s+)?(?:on|in)\s+the\s+(?:film|movie|big[-\s]screen|"
                        r"theatrical|cinema)\s+(?:side|front|slate|world)|in\s+(?:film|movie|cinema)\s+"
                        r"news|at\s+the\s+(?:movies|cinema|box\s+office)|(?:for|on)\s+the\s+big\s+screen|"
                        r"in\s+(?:theaters|theatres|cinemas)|film-wise|movie-wise|"
                        r"(?:the\s+)?(?:films|movies|feature\s+films)\b[^.:;\n]{0,60}:)")  # ("Films round
# out the holiday schedule: ...")
# A paragraph that opens on the films' share of the news: "The film side did not go home
# empty-handed. Warner Bros. showed a new trailer for Justice League, which opens Nov. 17"
_FILM_SIDE_PARAGRAPH = re.compile(r"[^\w.]{0,6}(?:the\s+(?:film|movie|theatrical)\s+side\b|"
                                  r"at\s+the\s+(?:movies|cinema|box\s+office)\s*:|"  # ("🎬 AT THE MOVIES:
                                  # No Time to Die has moved to Nov. 25. F9 slid a full year")
                                  r"[^.!?\n]{0,40}\b(?:beyond|outside)\s+(?:tv|television)[.!]|"
                                  # ("Games. Gears 5 lands ...", "Podcasts: Slow Burn is back ...":
                                  # a roundup's paragraph on another medium)
                                  r"(?:games|video\s+games|podcasts|books|movies|films|comics|music|"
                                  r"theater|theatre)\s*[.:]\s)")
# ("The shuffle extends beyond TV. The film The Marvels moved to November 10, while Captain
# America: Brave New World and Thunderbolts have been pushed into 2024 and 2025")
_DASH_CLOSED_BEFORE = re.compile(r"\s([—–])\s*$")
_DOUBT_AFTER = re.compile(r"\s+(?:(?:return|premiere|debut|release|launch|bow|date)\s+"
                          r"(?:(?:for|of)\s+[^.;:!?]{1,40}?\s+)?)?"  # ("makes a 2026 return look
                          # unlikely", "A spring return for X looks unlikely")
                          r"(?:looks?|seems?|appears?|is|remains)\s+(?:\w+\s+)?(?:unlikely|doubtful|"
                          r"improbable|optimistic|a\s+stretch|out\s+of\s+the\s+question)\b")
_SPECULATION = re.compile(r"\b(?:if|assuming|should\s+it)\b[^.;]{0,120}\b(?:would|could|might)\b"
                         r"[^.;]{0,60}$|"
                         r"\b(?:even\s+if|if|unless)\s+(?:[\w'’-]+\s+){1,5}$")  # ("Even if everything
# got resolved tomorrow, ...": the condition's day)
# What may follow a date that is a sentence of its own: a time, a network in parentheses.
_BARE_DATE_TAIL = re.compile(
    r"[ \t]*(?:\([^()\n]{0,30}\))?(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}(?::\d\d)?[ \t]*"
    r"(?:[ap]\.?m\.?|/\d{1,2}c)?(?:[ \t]*(?:ET|PT|ET/PT))?)?[ \t]*(?:\([^()\n]{0,30}\))?"
    r"[ \t]*[.:;—–-]?[ \t]*")
_ITEM_NETWORK_DATE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]*)?[^\n()]{{1,60}}?{PAREN_NETWORK.pattern}"
                                rf"[ \t]*[,:–—-][ \t]*")
# "with their ninth, twelfth and eleventh seasons respectively", "for their third and sixth
# seasons": a list's seasons, one for each title named before, in order
_ORDINAL_WORD = re.compile(ORDINAL_WORD, re.IGNORECASE)
_SPREAD_SEASONS = re.compile(rf"\b(?:with|for|into|in)\s+their\s+(?P<list>{_ORDINAL_WORD.pattern}"
                             rf"(?:,\s+{_ORDINAL_WORD.pattern})*,?\s+and\s+{_ORDINAL_WORD.pattern})"
                             r"\s+(?:and\s+(?:final|last)\s+)?seasons\b")
_NETWORK_COMMA_LEAD = re.compile(rf"[ \t]*(?:(?:also[ \t]+)?(?:on[ \t]+)?{cues.NETWORKS}[\w+&' ]{{0,12}}"
                                 r"(?:[ \t]+again)?,[ \t]+)?")
_RANK_PREFIX = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")
_SEASON_APPOSED_BEFORE = re.compile(rf"{SEASON_APPOSED}$")
_PREMIERE_FIELD = re.compile(r"[ \t]*(?i:premiere(?:\s+date)?|premieres|transmission(?:\s+date)?|tx|"
                             r"first\s+(?:broadcast|transmission)|air\s*date|airs|release\s+date|"
                             r"returns|launch(?:es|\s+date)?)[ \t]*:[ \t]*")
_LATER_EPISODE_CODE = re.compile(r"\bS\d{1,2}E(?!0?1\b|0?1-)\d{1,3}\b")
DATE_LED = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?(?:[A-Za-z]{6,9},?[ \t]+)?(?:[A-Za-z]{3,9}\.?[ \t,]+)?\d{1,2}"
                       r"(?:/\d{1,2})?(?:st|nd|rd|th)?(?:[ \t]*\([A-Za-z]{6,9}\))?[ \t]*[-–—:|]")  # ("Jan. 3 (Tuesday) —")
# "The Morning Show's fourth season": a title of several words owning a season (one word is
# as often a studio or network: "Ufotable's third season")
_ROLE_WORD_FIRST = re.compile(r"^(?:Creator|Co-creator|Showrunner|Star|Director|Writer|Producer|Host)\s+")
_OWNER_BEFORE = re.compile(
    r"(The\s+[A-Z][\w’'-]*|[A-Z][\w’'-]*(?:\s+(?:(?:of|the|in|and|on|a|to|for|with)\s+)*"
    r"[A-Z][\w’'-]*){1,5})['’]s\s+(?:[a-z-]+\s+)?$")
_SERVICE_SUBJECT = re.compile(r"[\s\"“‘']*([A-Z][\w+&.!-]*(?:\s+[A-Z+][\w+&.!-]*){0,2})"
                              r"(?=,|\s+(?:launches|debuts|arrives|goes\s+live|will\s+launch|is\s+set\s+to\s+launch)\b)")
_LEAD_NAME = re.compile(r"[\s\"“‘']*(?:[A-Z][a-z]+,\s+)?([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})")
_ALONG_WITH = re.compile(r"[\s,]*(?:along\s+with|together\s+with|alongside|as\s+does|as\s+will)\s+"
                         r"(?:(?:the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:drama|comedy|"
                         r"series|sitcom|thriller|show)\s+|the\s+(?:[\w-]+\s+){1,3}?(?:season|series)\s+of\s+"
                         r"[“\"‘']?)?")  # (or "along with the second season of "Undateable"")
_FOLLOWED_BY_SEASON = re.compile(r"[\s,]*followed\s+by\s+the\s+(?:[\w-]+\s+){1,3}?(?:season|series)\s+"
                                 r"of\s+(?:the\s+(?:[\w-]+\s+){1,4}?[“\"‘']|[“\"‘']?)")
# "lands Thursday, Sept. 28, leading into Superstore's third season": the next slot's season,
# that night too
_LEADING_INTO = re.compile(r"[\s,]*(?:leading|leads)\s+(?:into|out\s+of)\s+[“\"‘']?")
_SEASON_OWNED = re.compile(r"[”\"’']?['’]s\s+(?:[\w-]+\s+){0,2}?(?:season|series)\b")
_AS_WILL = re.compile(r"[\s,]*(?:as|so)\s+(?:will|does|do|did|is|are|was|were|has|have|had|can|would)\b")
# A season's run told in the past: "the second season dropped", "which ended its first season"
_AIRED = (r"premiered|aired|debuted|ended|concluded|wrapped(?:\s+up)?|ran|launched|finished|released|"
          r"dropped|bowed|returned|streamed|closed|hit\s+(?:the\s+service|the\s+streamer|screens|"
          r"netflix|hulu|max|disney\+|prime\s+video|apple\s+tv\+?)|arrived|opened")
# "the series concluded with its fourth and final season": the season named next is over.
ENDED_WITH = re.compile(r"\b(?:concluded|ended|wrapped(?:\s+up)?|finished|closed(?:\s+out)?|"
                        r"signed\s+off|released|aired|dropped|premiered|debuted)\s+(?:with|its)\s+"
                        r"(?:[\w-]+\s+){0,4}$")  # ("3% released its fourth and final season")
_PAST_VERB = re.compile(rf"\s*\b(?:(?:even|ever|already|just|had|has)\s+)?(?:{_AIRED}|was|were)\b")
_DID_AFTER = re.compile(r"\s*(?:needed|required|took|drew|averaged|won(?!['’]t)|earned|cost|attracted|"
                        r"pulled|racked\s+up|got)\b")
_WAS_PLANNED = re.compile(r"\s*(?:was|were)\s+(?:(?:once|originally|initially|first|largely|mostly|"
                          r"already|fully|partly|finally|recently|eventually|just)\s+)?"
                          r"(?:expected|slated|set|due|scheduled|planned|supposed|meant|"
                          r"penc[i]?ll?ed|going|renewed|ordered|confirmed|announced|delayed|pushed|"
                          r"moved|postponed|greenlit|picked|shot|filmed|written|produced|"
                          r"completed|recorded)\b")  # ("Season 2 was shot before the strikes")
_NIGHT_FOR = re.compile(r",?\s+(?:is\s+(?:the\s+)?night\s+for|belongs\s+to)\s")
_AND_TO_BEFORE = re.compile(r",?\s+and\s+(?:to|for)\s+(?:the\s+[\w-]+\s+season\s+of\s+)?"
                            r"(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,4})?[“\"‘']?$")
# "Elisabeth Moss stars in Hulu's adaptation of Margaret Atwood's 1985 novel, which premieres
# in April": the star's sentence, the show's date
_ADAPTATION_WHICH = re.compile(r"\badaptation\s+of\b[^.;]{0,60},\s+which\s+(?:premieres|debuts|arrives|"
                               r"returns|launches|lands|drops|bows)\b")
# The nouns a text calls a show by
_SHOW_KIND = (r"(?:series|show|prequel|sequel|spinoff|spin-off|drama|comedy|sitcom|thriller|western|"
              r"miniseries|docuseries|adaptation|anthology|dramedy|reboot|revival)")
# "in a 12-episode prequel that begins on 21 September": the date of the show the noun names
# (not of the film or the actor named before it)
_SHOW_THAT_BEGINS = re.compile(rf"\b{_SHOW_KIND}\s+(?:that|which)\s+(?:premieres|debuts|arrives|begins|"
                               r"starts|launches|lands|drops|bows|opens|returns|kicks\s+off)\s+(?:on\s+|in\s+)?$")
# A clause that ends on a show's description: "star in the Thomas Kail-directed drama,"
_SHOW_NOUN_END = re.compile(rf"\bthe\s+(?:[\w’'-]+\s+){{0,3}}{_SHOW_KIND},?\s*$")
_IN_TV_LABEL = re.compile(r"\s+in\s+(?:tv|television|streaming|entertainment)\s*:")
# "Netflix is eyeing a 2025 premiere": the premiere of the show the text is about
_EYES_PREMIERE = re.compile(r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+|already\s+)?(?:eyeing|targeting|"
                            r"aiming\s+for|planning(?:\s+for)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:premiere|debut|launch|release|bow)\b")
_BEYOND_BEFORE = re.compile(r"\bbeyond\s+(?:the\s+|that\s+)?$")
_EPISODE_OF_GAP = re.compile(r"(?:\s+of)?\s+[“\"‘']?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year that closes another show's window ("summer 2026", "early 2019", "March 2026"), not one
# named on its own
_WINDOW_BEFORE_YEAR = re.compile(rf"\b(?:early|mid|late|{'|'.join(vocab.SEASONS)}|"
                                 rf"{'|'.join(vocab.MONTHS)})\.?[\s-]*$")
_AND_VERB = re.compile(r"\band\s+(?:is|are|was|were|will|has|have)\s")
_AND_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:the|its|their)\s+(?:new\s+|next\s+|fresh\s+)?"
                            r"(?:episodes?|season|series|chapter)\s+)?"  # ("... and the new episodes
                            # are not expected until 2026": a subject of its own)
                            r"(?:is|are|will(?:\s+be)?|has\s+been|have\s+been)\s+(?:now\s+|also\s+|still\s+|not\s+)?"
                            r"(?:set|slated|due|expected|scheduled|dated|coming|headed)\b")
_NEGATIVE_SUBJECT = re.compile(
    r"[\s,;:—–-]*(?:and\s+|but\s+|though\s+|although\s+|while\s+)?"
    r"(?:the|a|an|its|their|(?:\S+\s+){0,3}\S+['’]s)?\s*"
    r"(?:new\s+|first\s+|official\s+|christmas\s+|holiday\s+)?"
    r"(?:trailer|teaser|first\s+look|production(?!\s+(?:company|companies|arm|banner|house|"
    r"outfit|shingle|partners?|studios?|designer|team)\b)|filming|shooting|casting|panel|promo|clip|footage|"
    r"finale|season\s+finale|series\s+finale|special|christmas\s+special|poster|key\s+art|"
    r"episode\s+(?:[2-9]|[1-9]\d)|penultimate\s+(?:episode|hour|installment)|"  # ("Episode 5, the
    # penultimate hour, airs Sunday")
    r"(?:final|last)\s+(?:two|three|2|3|few)\s+episodes|"  # ("Its final two episodes will air ...")
    r"(?:awards?\s+)?(?:ceremony|ceremonies|telecast)|"  # ("though the awards ceremony itself ...
    r"(?:[\w-]+\s+){0,2}podcast)\b")  # has been postponed to January")
_NEWS = re.compile(r"\b(?:news|announcement|details|word|update|information|decision)\b")
# "In other anime news, X season 3 is set for January": a transition, not the subject.
_OTHER_NEWS = re.compile(r"\s*(?:in\s+)?(?:other|related|more|similar)\s+(?:[\w-]+\s+){0,2}?news\s*[,:—–-]\s*")
_PREMIERE_NOUN_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:premiere|debut|launch|"
                                   r"return)\s+(?:date\s+)?(?:in|on|for|by|around|sometime\s+in)"
                                   r"\s+(?:the\s+)?$")
_STORY_SETTING = re.compile(r",\s+(?:which\s+is\s+|and\s+)?set\s+(?:on|in|during|over|around|across)\s+"
                            r"(?:the\s+)?$")
_EPISODE_AFTER = re.compile(r"[”\"’']?\s+episodes?\b")
_ORDINAL_THE_BEFORE = re.compile(r"\b(?:the|its|a)\s+(?:\w+\s+)?[“\"‘']?$")
_ALIAS_BEFORE = re.compile(r"\b(?:under\s+the\s+(?:working\s+)?title|(?:previously|originally|once|"
                           r"formerly)\s+(?:titled|called|known\s+as))\s+[“\"‘']?$")
_EPISODE_OF_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:new\s+|fresh\s+|special\s+|latest\s+)?episode\s+of\s+$")
_WHEN_QUESTION = re.compile(r"\bwhen\s*\?|\b(?:when|what\s+date|how\s+(?:long|soon))\b.*\b(?:season|series|"
                            r"back|return|premiere|see|air|expect|arrive|come\s+out|release|debut|"
                            r"drop|stream|start|begin|open|launch|land)\w*\b")  # ("When does it start?")
_QA_LABEL = re.compile(r"^[ \t]*(Q|A|Question|Answer)\s*[:.][ \t]", re.MULTILINE)
# An answer that is only a date: "A: October 2020." (its label, the date, a full stop; or the
# date alone under a "So when?" line)
# What may open a host's answer before the date: the speaker, the network ("DEV: The CW,
# Wednesday, Sept. 19.", "NBC, Monday, Sept. 24.")
_TURN_ANSWER = re.compile(rf"\s*(?:{TIME_STAMP}\s*)?(?:[a-z][a-z’']{{1,11}}:\s*)?"
                          r"(?:(?:the\s+)?[a-z+&]{2,12}(?:\s+[a-z+&]{2,12})?,\s*)?(?:on\s+)?$")
_BARE_ANSWER = re.compile(r"\s*(?:(?:a|answer)\s*[:.]\s*)?(?:(?:yes|yep|yup|it\s+is|it\s+does|it\s+will)\s*[:.,;!]\s*)?"
                          r"(?:[^.:;?!\d]{3,50}:\s*)?$")  # ("A: Netflix has made it official: Friday, June 17.")
# ("A: Yes: Thursday, Dec. 26, all seven episodes.": what comes that day)
_EPISODES_TAIL = re.compile(r",\s+(?:all\s+|with\s+)?(?:[\w-]+\s+){0,2}(?:episodes?|eps)(?:\s+at\s+once)?\s*[.!]?\s*")
_OF_GAP = re.compile(r"\s+of\s+[“\"‘']?")
# What may follow a date that answers "When does it start?": "for season two", "on Tuesdays"
_ANSWER_TAIL = re.compile(r"(?:,?\s+(?:for\s+)?(?:season|series)\s+\w+|,?\s+on\s+\w+days|"
                          r",?\s+(?:all\s+|with\s+)?(?:[\w-]+\s+){0,2}episodes?)?\s*[.!]?\s*")
_PREMIERE_NOUN_AFTER = re.compile(r"\s*(?:premiere|debut|launch|bow)\b"
                                  r"(?!\s+(?:party|screening|event|episode|night))|"
                                  r"\s+as\s+(?:the|its|their)\s+(?:premiere|return|release|launch|debut)"
                                  r"\s+date\b")  # ("set Sunday, January 13 as the return date for")
_NEW_AFTER = re.compile(r"[\"”’']?,?[\"”’']?\s+(?:(?:a|an|the|its|their|[\w.&+-]+['’]s)\s+(?:brand[-\s])?new\s+(?:[\w-]+\s+){0,2}(?:series|show|"
                        r"drama|comedy|sitcom|thriller|docuseries|anime|miniseries|procedural)|"
                        # ("the 10-episode limited series"; a limited revival is a revival, below)
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}limited\s+(?:series|drama|run)|"
                        # ('"Fuller House," the revival of the ABC family sitcom', "Dexter: New Blood,
                        # the 10-episode limited revival that bows": a show of its own)
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:revival|reboot)(?!\s+of\s+(?:its|their)\b)|"
                        # ("X, a six-part miniseries from ...")
                        r"(?:a|an)\s+(?:[\w-]+\s+){0,2}miniseries)\b")
# "Charmed (The WB, 9 p.m.). New. Three sisters ...", "Sleepy Hollow (new).": a listing marks
# the entry new
_NEW_MARK_AFTER = re.compile(r"(?:\s+\([^()\n]{1,40}\))?(?:\s+\(new\)|\.\s+new\.\s)")
_NEW_BEFORE = re.compile(r"\b(?:(?:the|a)\s+newcomer|(?:new|freshman|rookie)\s+(?:[\w-]+\s+)?(?:series|show|drama|comedy|"
                         r"sitcom|thriller|docuseries|anime|miniseries)|(?:spinoff|spin-off|prequel|sequel|revival|reboot)"
                         r"(?:\s+series)?|(?:the|a|its|their)\s+(?:all-)?new)\s+[“\"‘']?$")
# ("the spinoff Dexter: Resurrection", "as has the new Taken")
_NEW_LIST_BEFORE = re.compile(r"\b(?:two|three|four|five|six|several|its)\s+new\s+(?:series|shows|dramas|"
                              r"comedies|sitcoms)\s*:[^.;:]*$")
_DASH_BEFORE_DATE = re.compile(r"(?:(?:\s(?:--|[–—|-])|\)\s*:)\s+(?:[^\n–—.;:!?,]{1,30},\s+)?|"
                               r"(?:,[”\"’]|[”\"’],)\s+[A-Z][\w+&.'’ -]{0,28}(?<!\s),\s+)"
                               r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                               r"(?:(?i:in|on|from|due|expected)\s+)?$")  # "X – Sept. 9", "X — in August",
# "X (season 5): Sept. 9", "SQUID GAME S3 — Netflix, 6/27" (its network first; "— Apple TV+, Fri 9/17";
# "— new — Mon 9/26"; after a quoted title and its comma, '"Squid Game," Netflix, Friday, Sept. 17')
# Between two shows of a schedule sentence with one date: "X returns for its second season,
# followed by the sixth season of Y"; "X opens its 20th season that night, alongside Y".
# A subject that describes the show by its maker: "Studio Kagerou's mecha-gardening drama
# comes back in October 2027" (an entry's title, then what it is)
_OWNED_KIND_SUBJECT = re.compile(
    r"(?:[\w.-]+\s+)?[\w.-]+['’]s\s+(?:[\w’'-]+\s+){0,3}(?:show|series|drama|comedy|sitcom|thriller|"
    r"anime|docuseries|miniseries|procedural|dramedy|anthology)\s+(?:will\s+|is\s+set\s+to\s+)?"
    r"(?:comes?\s+back|returns?|arrives?|premieres?|debuts?|lands?|drops?|launch(?:es)?)\b")
_SHARED_SLOT = re.compile(r"\s+(?:opens|starts|begins|kicks\s+off|launches|returns|is\s+back|"
                          r"comes\s+back)\b(?:[^.;:!?,]|[ap]\.m\.){0,60},\s+(?:followed\s+by|alongside|along\s+"
                          r"with|then)\s+(?:the\s+[\w-]+(?:\s+and\s+final)?\s+season\s+of\s+)?"
                          r"(?:(?:its|the|a|new)\s+)?(?:[a-z-]+\s+){0,2}$")
_LINEUP_ASIDE = re.compile(r"\b(?:block|lineup|line-up|night|trio|trifecta|quartet)\s*(?:[-–—(]|,\s+"
                           r"(?:with|featuring|including))\s*[“\"‘']?$")
_LINEUP_SUBJECT = re.compile(r"[\"“‘']?(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:block|lineup|line-up|"
                             r"slate|empire|franchises?)\s+(?:returns|follows|arrives|is\s+back|"
                             r"comes\s+back|kicks\s+off|starts|begins|launches|opens)\b|"
                             # ("The year starts this weekend.": the calendar's, no show's)
                             r"the\s+(?:new\s+|tv\s+|television\s+)?(?:year|calendar|schedule)\s+"
                             r"(?:kicks\s+off|starts|begins|opens|gets\s+(?:going|started|under\s*way))\b")
_LINEUP_OBJECT = re.compile(r"\b(?:start|starting|starts|launch|launching|launches|open|opening|"
                            r"opens|kick\s+off|kicking\s+off|kicks\s+off|roll\s+out|rolls\s+out|"
                            r"rolling\s+out)\s+(?:its|their|the)\s+"  # ("will roll out its fall lineup")
                            r"(?:[\w-]+\s+){0,2}(?:slate|lineup|line-up|schedule|programming)\b|"
                            r"\b(?:most|much|all|rest|bulk|majority)\s+of\s+(?:the|its|their)\s+"
                            r"(?:[\w-]+\s+)?(?:schedule|slate|lineup|line-up|shows|series)\b|"
                            r"\b(?:open|opening|opens|start|starting|starts|kick\s+off|kicking\s+off|"
                            r"kicks\s+off)\s+the\s+(?:fall\s+|new\s+|tv\s+|television\s+|broadcast\s+)?"
                            r"season\b|"  # ("opening the season the week of Sept. 19": the network's)
                            r"\b(?:new\s+and\s+returning|returning\s+and\s+new)\s+(?:series|shows|"
                            r"programs|programmes|dramas|comedies)\b")  # ("with the network's new
# and returning series rolling out over three weeks beginning in mid-September")
# ("with most of the schedule rolling out over the traditional premiere week in late September")
# What may follow a listed title on its line: an aside in parentheses, a season
_LINE_TAIL = re.compile(r"(?:[.,!?]?[”\"’'])?\s*(?:\([^()\n]{0,60}\))?\s*(?:[,:–—-]?\s*(?i:season|series)\s+\w+)?"
                        r"(?:[,:]?\s*(?i:part|volume|vol\.)\s+\w+)?"  # ("Season 5, Volume 1")
                        r"\s*(?:\([^()\n]{0,60}\))?[\s.]*")
_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s?\s")  # ", the palace's"
# A past verb before a weekday that is the news's own day (not "scheduled", "slated", ...)
_NEWS_DAY_VERB = re.compile(r"\b(?!(?:schedul|slat|expect|plann|dat|pencill?|penc[i]?l|skedd|tim|book|"
                            r"debut|premier|launch|releas|air|stream|return)ed\b)[a-z]{3,}ed\b|"
                            r"\b(?:set|gave|made|told|said|put|took|sent|broke|shared)\s+(?:its|their|the|a|an)\b")
# ("ABC on Tuesday set its fall 2025 lineup": the day of the news)
# "Damon Lindelof's Watchmen, a new series set in ...": a title its apposition calls a show
_KIND_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:series|show|drama|comedy|sitcom|"
                           r"thriller|miniseries|docuseries|anthology|adaptation|spinoff|spin-off|"
                           r"prequel|sequel|reboot|revival)\b")
_PLAYED_BY = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w'’-]+['’]s\s+$")  # "Steve Buscemi's "
_REPLACED_BY = re.compile(r"\breplaced\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?[“\"‘']?$")
_FOLLOWED_ON = re.compile(r"\bfollow(?:ed|s|ing)?\s+(?:on\s+)?$")
_WITH_TITLE = re.compile(r",?\s+with\s+(?:(?:the|its|a)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:series|drama|comedy|"
                         r"thriller|show|docuseries|miniseries)\s+)?[“\"‘']?")
_BY_THEN = re.compile(r"\s+by\s+(?:[\w-]+\s+){0,5}")
_WE_RETURN = re.compile(r"\b(?:we|i)(?:['’]ll|\s+will|['’]re|\s+are|\s+am|['’]m)\s+(?:be\s+)?"
                        r"(?:back|return(?:ing)?)\b[^.;]*$")
_GUIDE_SENTENCE = re.compile(r"\b(?:here['’]s|here\s+is|here\s+are|below\s+is|below\s+are)\s+"
                             r"(?:what|everything|the\s+(?:shows|series|premieres|lineup|list))\b|"
                             r"\bwhat['’]s\s+(?:premiering|coming|new|arriving|streaming|airing|on)\b")
_SLOT_TAIL = re.compile(rf",?\s+(?:at\s+)?{SLOT_TIME}(?:\s+(?i:eastern|pacific))?\.?\s*")  # (", 8:30 p.m.")
_FIGURE_CELL = re.compile(r"\|\s*[\d.,]+(?:\s*(?:million|billion|m|k|%))?\s*\|", re.IGNORECASE)
_NETWORK_WORDS = r"[A-Z][\w+&'’.-]*(?:\s+[A-Z0-9][\w+&'’.-]*){0,2}"
_ON_NETWORK_TAIL = re.compile(rf",?\s+(?:on|via)\s+{_NETWORK_WORDS}(?:\s+and\s+{_NETWORK_WORDS})?\.?\s*")
_TITLE_END_BEFORE = re.compile(r"[\w!?.’'”\"][ \t]$")
_COMMA_NETWORK = re.compile(r",\s+[A-Z][\w+&'’-]*(?:\s+[A-Z][\w+&'’-]*){0,2}\.?")
_LABEL_TO_DATE = re.compile(r"[”\"’']?(?:(?:\s+\((?i:season|series)\s+\d{1,2}\)|(?:\s*\([^()\n]{1,30}\))?,\s+"
                            r"(?i:season|series)\s+\w+)?"
                            # ("Riverdale (season 3):", "Narcos, season 2: Sept. 2.", "Banshee
                            # (Cinemax), season 3: Friday, Jan. 9.")
                            r"(?:\s*:|\s+[–—-]|[–—])\s+(?:(?i:also|now|still)\s+)?"
                            r"(?:(?i:season|series)\s+\d{1,2},?\s+(?:on\s+)?)?|"
                            # ('"The Bridge" (FX), Wednesday, July 10.': a guide's entry)
                            r"\s*\([^()\n]{1,30}\),\s+(?i:in\s+|on\s+)?)")
_OPENING_QUOTE = re.compile(r"[“\"‘']")
# (not "was": "Season 4 was renewed"; but "renewed before its first season even aired", "after
# season 2, which premiered"; not "which wrapped filming": made, not shown)
_AIRED_AFTER = re.compile(rf"(?:,\s+which)?\s+(?:(?:even|had|has|ever|yet|had\s+even)\s+)?(?:{_AIRED})\b"
                          r"(?!\s+(?:(?:some|most|much|part|all)\s+(?:of\s+(?:its|the)\s+)?)?"
                          r"(?:filming|production|shooting|principal|its\s+shoot))")  # ("wrapped some
# filming")
# "its second season drew well under a million viewers": a season seen, so gone
_AUDIENCE_AFTER = re.compile(r"\s+(?:drew|averaged|attracted|pulled\s+in|was\s+watched|was\s+seen|"
                             r"topped|peaked|ranked)\b")
_FILM_WHICH = re.compile(r"\b(?:movie|film|sequel|feature|follow-up|biopic|blockbuster)s?,?\s+"
                         r"(?:which|that)\s+(?:(?!(?:will\s+)?(?:debut|premiere|air|stream|return|launch|drop)"
                         r"[a-z]*\s)[a-z]+\s+){1,4}$")  # (not "adaptation of the film, which will
# debut Sunday": the series made from it)
_ORDERS_AFTER = re.compile(r"[\s-]+(?:pickups|pick-ups|renewals|orders)\b")
_NEW_SHOW_OPENS = re.compile(r"[\s\"“]*(?:the|this)\s+new\s+(?:[a-z-]+\s+)?(?:series|show|drama|comedy|"
                             r"sitcom|thriller|spinoff|spin-off)\b")
_SEASON_WORD_END = re.compile(r"\b(?:season|series|run)$")
_AFTER_ITS = re.compile(r"\b(?:after|following)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}$")
_NOT_SHOWS_NEXT = re.compile(r"[.!]?[\"”’']?\s+(?:neither\s+(?:one\s+)?(?:is|are)\s+(?:a\s+)?(?:tv\s+|television\s+)?"
                             r"(?:shows?|series)|both\s+are\s+(?:films|movies|feature\s+films))\b")
_ITS_A_FILM = re.compile(r"(?:\b(?:it['’]s|it\s+is)|(?<=,\s)is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:film|movie)\b")
# ("Murder Mystery, the Adam Sandler comedy hitting the service on June 14, is a movie")
_LIFE_EVENT_BEFORE = re.compile(r"\b(?:death|funeral|birth|wedding|retirement|passing)\s+$")
# "in a separate schedule announcement on Thursday it set the premiere for Tuesday, Oct. 16":
# the news's own day
_NEWS_EVENT_BEFORE = re.compile(r"\b(?:announcement|statement|memo|press\s+release|news\s+conference|"
                                r"earnings\s+call)\s+(?:(?:on|this|last)\s+)?$")
# A rumour's own claim, in the sentence that reports it: "A screenshot ... claims that HBO moved
# the season up to Sunday, March 20" (what a fact check sets out to refute)
_RUMOUR_CLAIMS = re.compile(r"\b(?:screenshot|post|poster|image|graphic|tweet|thread|list|rumou?r|meme|"
                            r"video|chart|account|page|fake|hoax)s?\b[^.;!?]{0,80}?\b(?:claims?|claimed|"
                            r"claiming|purports?|purported)\b")
_CLAUSE_LEAD = re.compile(r"[\s,;—–-]*(?:(?:and|but|while|whereas)\s+)?[“\"‘']?")
_OFF_SCREEN_BEFORE = re.compile(r"\b(?:turns?|turning)\s+\d{1,3}\s+(?:(?:in|on)\s+)?$|"
                                r"\b(?:after|following|since)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+)?"
                                r"(?:renewal|pickup|pick-up|order|greenlight|cancell?ation)\s+(?:in|on)\s+$|"
                                r"\breturn(?:s|ed|ing)?\s+to\s+(?:work|production|set|the\s+set|filming|"
                                r"the\s+writers['’]?\s+room)\s+(?:in\s+|on\s+|by\s+)?$|"
                                r"\b(?:nobody|no\s+one)\s+expects\s+(?:to\s+see\s+)?(?:it|them|the\s+\w+)\s+$|"
                                # ("are now expected in early 2024, assuming production can
                                # restart this fall": the work's date)
                                r"\b(?:production|filming|shooting|cameras)\s+(?:(?:can|could|will|would|may|might|"
                                r"should|is\s+set\s+to|is\s+due\s+to|to)\s+)?(?:re-?start|resume|begin|start|roll)s?\s+"
                                r"(?:again\s+)?(?:in\s+|on\s+|by\s+)?$")
_WORK_RESTARTS = re.compile(r"\b(?:work|production|filming|shooting)\s+on\b[^;]{0,100}?\b(?:is|are|will|was|were)\s+"
                            r"(?:(?:now\s+)?(?:expected|set|due|scheduled|slated)\s+to\s+)?(?:be\s+)?"
                            r"(?:re-?start|resume|begin|start)(?:s|ed)?\s+(?:again\s+)?(?:on\s+|in\s+|by\s+)?$")
_FILMS_OWN = re.compile(r"\b(?:film|movie)['’]s\s+$")  # ("ahead of the film's Dec. 21 release")
_DASH_CLOSE_THEN = re.compile(r"\s?[—–]\s*(?:on|in|at|from|starting)?\s*")
_FROM_AFTER = re.compile(r"\s+from\b")
_AFTER_IT_ENDED = re.compile(r"\b(?:after|since)\s+(?:the\s+end\s+of\s+)?(?:the\s+|its\s+)?$")
_TIME_AFTER_SEASON = re.compile(r"\b(?:(?:years?|months?|decades?)\s+(?:after|since)\s+"
                                r"(?:the\s+end\s+of\s+)?|(?:wrapped(?:\s+up)?|ended|concluded|"
                                r"finished|closed\s+out|capped\s+off)\s+)(?:(?:its|the|their)\s+|"
                                r"the\s+(?:show|series|drama|comedy|sitcom)['’]s\s+)?$")
# ("four years after the drama's eighth season ended")
_STORY_SET = re.compile(r"\b(?:set|takes?\s+place|taking\s+place|picks?\s+up|picking\s+up|"
                        r"unfolds?)\s+(?:\w+\s+){0,2}$")
_IN_STORES = re.compile(r"\b(?:in|to|into)\s+(?:bookstores|bookshops|book\s+stores|theaters|"
                        r"theatres|cinemas|movie\s+theaters)\b|\b(?:on|to)\s+(?:book\s*)?shelves\b|"
                        r"\bin\s+(?:limited|wide|nationwide)\s+release\b")  # ("opens in limited release")
_SERIES_PREMIERE_BEFORE = re.compile(r"\bseries\s+(?:premiere|debut)\s+(?:date\s+)?(?:on|is|of)?\s*$")
# "the spinoff teased in the Season 2 post-credits scene": a season that only names a scene or
# a review, not the season the sentence dates
_SEASON_AS_MODIFIER = re.compile(r"[\s-]+(?:(?:post|mid|end)-?credits?(?:\s+scenes?)?|scenes?|"
                                 r"cliffhangers?|recaps?|reviews?)\b")  # (a "Season 8 trailer" is
# for the coming season: it tells it)
# "picks up between the second and third seasons of the original show": another show's seasons
OF_ANOTHER_SHOW = re.compile(r"s?\s+of\s+(?:the|its)\s+(?:original|parent|flagship|main|mother)\s+"
                              r"(?:show|series|drama|comedy)\b|"
                              # ("the fourth series in Dick Wolf's Chicago franchise": its place
                              # among the shows, not a season)
                              r"\s+in\s+(?:[\w'’.&-]+\s+){0,4}(?:franchise|universe|saga|"
                              r"empire|family\s+of\s+shows)\b|\s+of\s+(?:[\w'’.&-]+\s+){0,4}"
                              r"(?:franchise|universe)\b")
_COMPARED_BEFORE = re.compile(r"\b(?:as|than|like|unlike)\s+$")
_APPOSED_TITLE = re.compile(r",?\s+[“\"‘']?[A-Z]")  # "of the flagship show, Keeping Up with the
# Kardashians": the show named, whose season it is
FINALE_AFTER = re.compile(r"[\s-]+(?:finale|final\s+episode|closer|ender)\b")  # ("second-season finale")
_FINALE = re.compile(r"\b(?:finale|(?:final|last)\s+(?:completed\s+|new\s+|aired\s+)?episode|series\s+ender|"
                     r"the\s+(?:grand\s+|live\s+)?final(?![\s-]+(?:[\w-]+\s+){0,2}(?:season|series|run|chapter|"
                     r"install?ments?|episodes?|part|volume|batch|cour|outing|year|days?|weeks?)))\b")
_AND_NEW_CLAUSE = re.compile(r",?\s*(?:and|but|while)\s")
_FINALE_OF_ITS_OWN = re.compile(r"\s+and\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}")
_OPENER = re.compile(r"\b(?:premieres?|premiering|debuts?|season\s+premiere|returns?|new\s+season|"
                     r"(?:resumes?|resuming|opens|begins|starts|kicks\s+off|(?:the\s+)?start\s+of)\s+"
                     r"(?:its|their|the|a)\s+(?:[\w-]+\s+)?(?:season|series))\b"
                     r"(?!\s+date)")  # ("... after its fall finale, resumes its second season on
# Monday, Jan. 23"; "a Christmas special, followed by the start of the ninth series of Call the
# Midwife on ...")
# "• Industry (HBO) — Jan. 10, season 4": the season after a listed date
_SEASON_TAIL = re.compile(r"[\s,;:(—–-]*(?i:season|series)\s+(?:\d{1,2}|[a-z]+)\s*\)?"
                          r"(?:\s+(?i:premiere|debut|return))?[\s.;]*")
# A clause whose subject is a film, book or game by name: "The film Sinners begins streaming
# on December 19": its date is not lent to a show in the next clause.
# "the adaptation of Liu Cixin's", "a take on the": what a show is made from comes next.
_SOURCE_OF = re.compile(r"\b(?:adaptation|version|retelling|reimagining|take)\s+(?:of|on)\s+"
                        r"(?:[\w'’.-]+\s+){0,4}$")
_THEATRICAL = re.compile(r"\btheatrical\s+(?:run|release|window|debut)\b|"
                         r"\bruns?\s+in\s+(?:theaters|theatres|cinemas)\b")  # ("after short runs in theaters")
_ASIDE_OPEN = re.compile(r",[\"”’']?\s+(?:who|which|whose|where|starring|featuring|with|as|about|set\s+in|based\s+on|"
                         r"(?:in|on|for|of|with)\s+which|(?:the|an?|[\w.-]+(?:\s+[\w.-]+){0,2}['’]s)(?=\s))"
                         r"\b[^,]*$")  # ('"X," in which she plays a star
# who doesn't speak Spanish, arrives Monday': the aside's "doesn't")
# An aside right after a subject: "X, teased at the end of Y's second season, will premiere"
_SUBJECT_ASIDE = re.compile(r"[\"”’'*_]*,[\"”’']?\s+(?:who|which|whose|starring|featuring|from|"
                            r"[a-z]+(?:-[a-z]+)?(?:ed|en)\s+(?:by|in|on|at|after|from|during)|"
                            # ("X, the first TV series set in the Alien universe, premieres";
                            # "X, James Gunn's spinoff of Y, was renewed")
                            r"(?P<kind>(?:the|a|an|(?:[\w.’'-]+\s+){0,2}?[\w.-]+['’]s)\s+(?:[\w'’“”\"-]+\s+){0,4}(?:series|show|drama|"
                            r"comedy|sitcom|thriller|spinoff|spin-off|prequel|sequel|adaptation|"
                            r"anthology|miniseries|docuseries|reboot|revival|epic|saga|procedural|"
                            r"satire|dramedy|soap)))\b")
_NAMED_NEXT = re.compile(r"\s+[“\"‘']?[A-Z0-9]")  # (not "..., the British-made thriller "Fortitude,"
# arrives": an aside that goes on to name the subject)
BASED_ON_BEFORE = re.compile(r"\b(?:based\s+on|adapted\s+from|inspired\s+by|(?:episodes|season|series)\s+"
                             r"(?:adapt|adapts|will\s+adapt))\s+(?:[\w'’-]+\s+){0,4}?[“\"‘']?$")
# ('The six new episodes adapt "London Rules"': the book)
_SOURCE_MEDIA = ("novel", "book", "books", "comic", "comics", "graphic novel", "memoir",
                 "manga", "podcast", "video game", "game")
_MEDIUM_SUBJECT = re.compile(
    r"[\s,;]*(?i:(?:and\s+|while\s+|but\s+)?(?:[^,;.]{1,60},\s+)?"  # ("Gunn's next project, the
    r"(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}(?:film|movie|feature|"  # film Man of Tomorrow, is slated";
    # "The studio's film Dune: Part Two was pushed to March 1")
    r"biopic|documentary\s+film|concert\s+film|book|novel|video\s+game|game|album|podcast))"
    r"\s+[“\"‘']?[A-Z0-9]|"
    # ("HBO's Deadwood movie, reuniting its stars, is targeted for this spring")
    r"[\s,;]*(?:[A-Z][\w.&+-]*['’]s?\s+)?(?:[A-Z][\w'’:&-]*\s+){1,4}(?:movie|film)\b"
    r"(?!\s+(?i:festival|critics?|academy|awards?|studio|division|unit|arm|slate|rights)\b)")
# "the winter 2027 anime season, which kicks off in early January": a season of the
# calendar, not a show's.
_CALENDAR_SEASON = re.compile(r"\b(?:(?:winter|spring|summer|fall|autumn)(?:\s+20\d\d)?|"
                              r"20\d\d(?:[-–/]\d\d(?:\d\d)?)?|anime|tv|television|broadcast|"
                              r"awards|network|premiere)\s+season[\s,]*$")
_SEASON_AFTER = re.compile(r"\s+(?:(?:anime|tv|television|broadcast)\s+)?season\b")
_MEDIUM_THAT = re.compile(r"\b(?:sequel|film|movie|game|book|novel|album|feature)\s+(?:that|which)\s+"
                          r"(?:[\w-]+\s+){0,3}$")
_MEDIA_MOVED = re.compile(r"\b(?:moved|moves|pushed|pushes|delayed|delays|dated|dates|set|sets|"
                          r"shifted|shifts|bumped|bumps|postponed|postpones)\s+(?:the\s+)?[“\"‘']?$")
# "the Bond film No Time to Die moved its release from April to November": the film, the subject
_MOVED_AFTER = re.compile(r"[”\"’']?,?\s+(?:has\s+|had\s+|was\s+|were\s+)?(?:been\s+)?(?:moved|pushed|"
                          r"delayed|shifted|bumped|postponed)\b")
_NAMES_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+")
# An apposition that carries the date: '... of "Twin Peaks," the David Lynch revival arriving May 21'
_APPOSED_RELEASE = re.compile(r"[\s,]*(?:the|an?)\s+(?:[\w'’.-]+\s+){0,5}?(?:series|show|drama|comedy|"
                              r"revival|reboot|spinoff|spin-off|prequel|sequel|adaptation|miniseries|"
                              r"thriller|docuseries|anthology|sitcom)\s+(?:arriving|premiering|"
                              r"debuting|returning|coming|launching|dropping|due|set|slated|"
                              r"scheduled|expected|bowing)\b")
_NEW_SHOW_OF = re.compile(r"\b(?:(?:spinoff|spin-off|sequel|prequel|follow-up|companion)(?:\s+(?:series|show|drama|piece))?"
                          r"\s+(?:of|to)|"
                          r"(?:take|riff|spin)\s+on)\s+(?:the\s+)?[“\"‘']?$")  # (not "reboot of
# Gossip Girl": a reboot has its old show's name)
_CAST_BEFORE = re.compile(r"\b(?<!paired\s)(?<!along\s)(?:with|starring|featuring|alongside|from|"
                          r"(?:created|produced|directed|written)\s+by)\s+$")  # (a cast, a maker;
# not "followed by New Harbor", nor 'paired with "Supernatural," which returns': the slot's partner)
# A clause after a semicolon that goes on about the title before it: "; it is scheduled for"
_PRONOUN_OPENS = re.compile(r"\s*(?:it|the\s+(?:show|series|drama|comedy|sitcom|thriller))\s+"
                            r"(?:is|was|will|has|now|also|premieres|debuts|returns|arrives|lands|opens)\b")
# An aside on the cast between a title and its verb: ", with Scott Bakula leading the team, "
_WITH_ASIDE = re.compile(r"[\s,]*with\s+[^,;]{1,90}?,\s+")
_PLURAL_PREDICATE = re.compile(r"(?:are|were|both|all|have|each)\b")  # ("X, and Y, with ..., are both")
_SEASON_OF_REF = re.compile(r"\b(?:season|series|run|return|premiere|installment|chapter)\s+of\s+[“\"‘']?$")
_MAKING_HALTED = re.compile(r"\b(?:production|filming|shooting)\s+(?:on|of|for)\b[^;]*?\b(?:shut\s+down|"
                            r"halted|paused|suspended|stopped|on\s+hold)\b")
_EPISODE_SUBJECT = re.compile(r"\b(?:the|that|this)\s+(?:episode|finale|special)\s+(?:would|will|is|was|to)\b|"
                              r"\bas\s+a\s+special\b")
_NAMES_AND = re.compile(r"\s+(?:and|&)\s+")
_ALONG_PEOPLE = re.compile(r"\b(?:along\s+with|alongside|together\s+with)\s+([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
                           r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)*")
_IT_OBJECT = re.compile(r"\s(?:it|them)\b")
_NAME_BEFORE = re.compile(r"([A-Z][\w+&.!-]*(?:\s+[A-Z+][\w+&.!-]*){0,2})[,\s]*$")
_ALONG_GAP = re.compile(r"\b(?:along\s+with|alongside|together\s+with|as\s+well\s+as)\b")
_BRINGS_OBJECT = re.compile(r"\b(?:brings?\s+back|brings|launches|premieres|debuts|unveils|rolls\s+out|"
                            r"returns|revives)\s+(?:the\s+)?(?:new\s+)?[“\"‘']?$")
# A relative clause after a quoted title, its comma inside the quotes: '"X," which returns'
_QUOTED_RELATIVE = re.compile(r",[”\"’']\s+(?:which|whose)\b")
_CLAUSE_END = re.compile(r",\s")  # (the clause's end: '"X," which premiered in 2014, returns')
_RELATIVE_START = re.compile(r"[\s,]*(?:which|who|whose|(?:in|on|with|for|of|to)\s+which)\b")
_LISTING = re.compile(r"[”\"’']?(?:,?\s*(?:season|series)\s+\w+)?\s*\(\s*(?:on\s+)?"
                      r"(?:[A-Z][\w+&! ]{1,20},\s*)?")
_EVENT_PAREN = re.compile(r"\s+on\s+[A-Z][\w+&!]*(?:\s+[A-Z][\w+&!]*)?\s*\(")
_PAREN_AFTER_DATE = re.compile(r"[ \t]*\([“\"‘']?")
_FAR_DAYS = 300  # a year-less date this far ahead is more likely a date that just passed


@dataclass(slots=True)
class Topic:
    key: str
    name: str
    season: int | None
    returning: bool = False  # told as returning ("the final season of X"), season unknown


@dataclass(slots=True)
class Candidate:
    key: str
    name: str
    season: int | None
    window: Window
    span: tuple[int, int]
    sentence: tuple[int, int]
    rule: str
    confidence: float
    order: int
    stated: bool = True  # the text said which season
    lends: bool = True  # claims that did not say their season may take this one's

    def __post_init__(self) -> None:
        if self.season is None:
            self.stated = False  # "no season" is never something the text said


# What may stand between a title and its season ("Slow Horses' season 5", "Andor: season 2"),
# and between a season and its title ("the second season of Smash", "season 3 of “Fargo”").
GAP_TO_SEASON = re.compile(r"[\s'’s:,“”\"‘–(-]*")  # ("Happy Endings" (third season))
_SEASON_OF_NEXT = re.compile(r"\s+(?:(?:premiere|opener|pickup|order|renewal|return|debut)\s+)?(?:of|for)\s+"
                             r"(?:(?:[A-Z][\w&+.-]*\s+){0,2}[A-Z][\w&+.-]*['’]s\s+|"
                             r"the\s+(?:original|flagship|parent|mothership|revived|rebooted|hit|"
                             r"long-running|beloved|venerable|acclaimed|animated|live-action|prequel|"
                             r"sequel|spinoff|spin-off)\s+)?"
                             r"[“\"‘']?")  # ("the second season of NBC's X", "of Lena Dunham's X", "of the original X")
# "a second season of the Steven Van Zandt mob comedy Lilyhammer": the title after a description
_SEASON_OF_DESCRIBED = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,5}?|"
                                  r"(?:(?:its|their)\s+)?(?:[a-z][\w’'.-]*\s+){0,3}?)(?:series|show|drama|"  # ("of
                                  # its spinoff Little Pinewood", "of firefighter spinoff Station 19")
                                  r"comedy|dramedy|sitcom|thriller|anime|docuseries|miniseries|"
                                  r"procedural|anthology|spinoff|spin-off|revival),?\s+[“\"‘']?")  # ("of
# the flagship show, Keeping Up with the Kardashians")
_GAP_TO_TITLE = re.compile(_SEASON_OF_NEXT.pattern + r"|\s*[“\"‘']?")


class SentenceLinker:
    """Reads one sentence: which of its dates are premieres, and whose."""

    def __init__(self, text: str, low: str, published: date, sentence: Sentence, block: Block,
                 refs: list[Ref], topic: Topic | None, early: bool, media: list[Ref],
                 mentions: list[DateMention], topic_block: int = -1,
                 in_section: bool = False, list_cue: bool = False,
                 phrases: SeasonPhrases | None = None, finding: bool = False,
                 dated_list: bool = False) -> None:
        """``finding``: the sentence gives a fact check's finding on a date (`checked_claims`),
        which is a premiere's date whatever its verbs. ``dated_list``: three paragraphs or more
        open with a date and a dash, entries of a calendar."""
        self.text, self.low, self.published = text, low, published
        self.s, self.block = sentence, block
        self.refs, self.topic, self.early = refs, topic, early
        self.media = media  # films, specials, books named in the sentence
        self.topic_block = topic_block
        self.mentions = mentions
        self.dates = [m.span[0] for m in mentions if not m.window.is_tba]
        self.ahead = [m.span[0] for m in mentions if not m.window.is_tba and not m.past
                      and m.window.end is not None and m.window.end >= published]
        self.in_section = in_section
        self.list_cue = list_cue
        self.dated_list = dated_list
        start, end = sentence.start, sentence.end
        first_cue = cues.RELEASE.search(low, start, end)
        self.release = finding or first_cue is not None or (
            (block.label or block.heading) and _STARTS_WITH_RELEASE.match(text, start, end))
        delay = cues.DELAY.search(low, start, end)
        self.delay_at = delay.start() if delay else None
        # "debuts October 26, moved up from Nov. 2": the date before the move is the new one
        self.moved_from = delay is not None and _FROM_AFTER.match(low, delay.end()) is not None
        self.seasons = [(m.start(), m.end(), n) for m, n in numbered_in(text, start, end, phrases)
                        if not _SEASON_AS_MODIFIER.match(low, m.end())
                        and not ((other := OF_ANOTHER_SHOW.match(low, m.end()))
                                 and not _APPOSED_TITLE.match(text, other.end()))
                        and not COMPARED_BEFORE.search(low, max(start, m.start() - 12), m.start())]
        self.anaphor = cues.ANAPHOR.search(low, start, end) is not None
        # "Boardwalk Empire (Sunday, Sept. 19, HBO)": a listing is a release cue of its own.
        self.listed: dict[int, Ref] = {}
        for ref in refs:
            paren = _LISTING.match(text, ref.end)
            if paren is not None:
                close = text.find(")", paren.end(), paren.end() + 60)
                for m in mentions:
                    if paren.start() < m.span[0] <= paren.end() + 12 and m.span[1] <= close:
                        self.listed[m.span[0]] = ref
        for m in mentions:  # "The dates so far: Jan. 14 (True Detective, season four), Feb. 4
            paren = _PAREN_AFTER_DATE.match(text, m.span[1])  # (Curb Your Enthusiasm)": the
            if paren is not None:  # title in parentheses after its date
                titled = next((r for r in refs if r.start == paren.end()), None)
                if titled is not None:
                    self.listed[m.span[0]] = titled
        dated = {sentence.clause_at(m.span[0]) for m in mentions if not m.window.is_tba}
        # (clauses before the sentence's first cue have none; after it, each is searched)
        cued = [first_cue is not None and ce > first_cue.start()
                and (cs <= first_cue.start() or cues.RELEASE.search(low, cs, ce) is not None)
                for cs, ce in sentence.clauses]
        # A date needs a release cue in its clause, or in a next or previous clause of the
        # same sentence that has no date of its own ("And this year, it'll inch nearer on
        # April 6, as “Game of Thrones” gets Season 4 underway").
        self.cued = [
            finding or cue or any(0 <= j < len(cued) and cued[j] and j not in dated for j in (i + 1, i - 1))
            for i, cue in enumerate(cued)
        ]
        for earlier, m in pairwise(mentions):  # "X is due in summer 2021, and Y, with Z,
            # in fall 2021": a gapped clause borrows the verb of the one before
            i = sentence.clause_at(m.span[0])
            if not self.cued[i] and self.cued[sentence.clause_at(earlier.span[0])] and \
                    _GAPPED_DATE.fullmatch(text, earlier.span[1], m.span[0]):
                self.cued[i] = True
        if first_cue is None and self.seasons and not cues.NOT_A_PREMIERE.search(low, start, end):
            # "... before her first full run, series 11 of Doctor Who, in autumn 2018": a
            # numbered season of a title and a date to come, in one clause, need no verb
            for i, (cs, ce) in enumerate(sentence.clauses):
                if i in dated and any(
                        cs <= s_ < ce and any(0 <= r.start - e_ <= 4 and _OF_GAP.fullmatch(
                            text, e_, r.start) or 0 <= s_ - r.end <= 1 for r in refs)
                        for s_, e_, _ in self.seasons):
                    self.cued[i] = True
                    self.release = True

    # -- which dates ---------------------------------------------------------------------

    def _cued_across_dashes(self, pos: int) -> bool:
        """"X begins its 10th season — the second since the reboot — on Thursday, Oct. 4": a
        date right after an aside between dashes goes with the clause before the aside."""
        cs, _ = self.s.clauses[self.s.clause_at(pos)]
        if not _DASH_CLOSE_THEN.fullmatch(self.text, max(self.s.start, cs - 2), pos):
            return False
        opening = max(self.text.rfind("—", self.s.start, cs - 2), self.text.rfind("–", self.s.start, cs - 2))
        before = self.s.start + len(self.text[self.s.start:max(opening, self.s.start)].rstrip())
        return opening > self.s.start and self.cued[self.s.clause_at(before - 1)] and \
            _SEASON_WORD_END.search(self.low, max(self.s.start, before - 12), before) is not None \
            and not any(c.isdigit() for c in self.text[opening:cs])

    def is_premiere_date(self, m: DateMention) -> bool:
        w = m.window
        if m.past:
            return False
        if _ASKED.search(self.text, m.span[1], self.s.end) and not w.is_tba:
            return False  # "when will anything new arrive this week?": a question says no date
        if not w.is_tba and self._in_question(m.span[0]):
            return False  # "Q: ... Please tell me we don't have to wait until next year.": a
            # reader's question, however it ends
        if _FILM_WHICH.search(self.low, max(self.s.start, m.span[0] - 50), m.span[0]) or \
                _FILMS_OWN.search(self.low, max(self.s.start, m.span[0] - 12), m.span[0]) or \
                _LIFE_EVENT_BEFORE.search(self.low, max(self.s.start, m.span[0] - 12), m.span[0]) or \
                _NEWS_EVENT_BEFORE.search(self.low, max(self.s.start, m.span[0] - 30), m.span[0]) or \
                _OFF_SCREEN_BEFORE.search(self.low, max(self.s.start, m.span[0] - 40), m.span[0]):
            return False  # "committed to the Scream sequel, which opens March 10": a film's
            # date (and "before his death this month": a life's; "will return in the fall ...
            # after a renewal in January": the renewal's; "who turns 43 in October", "return to
            # production early next year", "nobody expects to see it soon": no premiere's)
        if _RUMOUR_CLAIMS.search(self.low, self.s.start, m.span[0]):
            return False  # "A screenshot shared widely claims that HBO moved the season up to
            # Sunday, March 20": the rumour's date
        if _WORK_RESTARTS.search(self.low, self.s.start, m.span[0]):
            return False  # "Work on X, Y and Z is expected to restart on Wednesday, Sept. 9":
            # the production's date
        if _IN_TV_LABEL.match(self.low, m.span[1]):
            return False  # "Today in TV: Wednesday's return, ...": a newsletter's name
        if w.precision is Precision.YEAR and self.text[m.span[0] - 1:m.span[0]] == "(" and \
                self.text[m.span[1]:m.span[1] + 1] == ")" and _TITLE_END_BEFORE.search(
                    self.text, max(0, m.span[0] - 3), m.span[0] - 1):
            return False  # "Ferrari (2023)": the year a film came out, after its title
        if w.is_tba and cues.RENEWAL_UNSURE.search(self.low, self.s.start, self.s.end):
            return False  # "Netflix has not confirmed when X will get a second season, and it
            # remains unclear whether it will be renewed at all": no season to wait for
        if _NOT_SHOWS_NEXT.match(self.low, self.s.end):
            return False  # "... and Frankenstein hits Netflix in November. Neither is a TV show"
        if _ITS_A_FILM.search(self.low, m.span[1], self.s.end):
            return False  # "Palm Springs premieres on Hulu July 10 — it's a film, but ..."
        if _FILM_SIDE.match(self.low, self.s.start) or _FILM_SIDE_PARAGRAPH.match(self.low, self.block.start):
            return False  # "On the film side, Happy Gilmore 2 is set for July 25"
        stores = _IN_STORES.search(self.low, self.s.clauses[self.s.clause_at(m.span[0])][0],
                                   m.span[1] + 25)
        if stores is not None and not (stores.start() > m.span[1] and any(
                q in self.text[m.span[1]:stores.start()] for q in '"“')) and not (
                stores.end() <= m.span[0] and self._aside_names_media(stores.start(), m.span[0])):
            # (not '"Peacemaker" season two, which will tie into the "Superman" film due in
            # theaters in July, lands in August': the film is the aside's)
            return False  # "his ninth novel is due in bookstores this summer": a book's date
            # (not 'debuts July 8, a week before "Space Jam," which opens in theaters')
        if w.precision is Precision.DAY and _SPAN_NOUN_AFTER.match(self.low, m.span[1]) and \
                not any(c.isdigit() for c in w.phrase):
            return False  # "the Christmas and new year period", "the festive schedule": a stretch
        if _OVER_AFTER.match(self.low, m.span[1]):
            return False  # "The holidays are over, and the networks are open again": gone by
        if _OFF_THE_BEFORE.search(self.low, max(self.s.start, m.span[0] - 40), m.span[0]) and \
                _SCHEDULE_AFTER.match(self.low, m.span[1]):
            return False  # "has moved the show off the fall and midseason schedules": where it
            # will not be
        if _BEYOND_BEFORE.search(self.low, max(self.s.start, m.span[0] - 12), m.span[0]):
            return False  # "Beyond the first quarter, Apple said X will premiere in the spring":
            # the time after it, not a date
        if _WE_RETURN.search(self.low, max(self.s.start, m.span[0] - 40), m.span[0]):
            return False  # "we'll be back next Sunday with more premieres": the column's return
        for t in self.media:  # "the Winter Olympics on NBC (Feb. 12-28)": the event's dates
            paren = _LISTING.match(self.text, t.end)
            if paren is None:
                paren = _EVENT_PAREN.match(self.text, t.end)
            if paren is not None and paren.end() <= m.span[0] <= paren.end() + 12:
                return False
        if w.is_tba:
            if m.span[0] in self.listed:
                return True  # "Beef (TBA, Netflix)"
            if w.phrase.lower() in ("tba", "tbd", "tbc") and (self._date_ends_line(m) or (
                    self.list_cue and any(r.end <= m.span[0] for r in self.refs))):
                return True  # "• MobLand season 2 – TBA" in a premiere list
            cs, ce = self.s.clauses[self.s.clause_at(m.span[0])]
            if _PUBLISHED.search(self.low, m.span[1], self.s.end) or \
                    _PUBLISHER_BEFORE.search(self.low, max(cs, m.span[0] - 30), m.span[0]):
                return False  # "has not said when the sixth book will be published": a book's
                # ("his publisher has not announced when it will come out")
            if _MAKING_HALTED.search(self.low, cs, m.span[0]) or _EPISODE_SUBJECT.search(
                    self.low, cs, m.span[0]):
                return False  # "Production on dozens of series remains shut down indefinitely",
                # "the episode would air as a special at a later date": no season's date
            return bool(_DATEISH.search(self.low, m.span[0], m.span[1])
                        or _DATEISH.search(self.low, cs, ce))
        assert w.start is not None and w.end is not None
        if (self.block.heading or self.block.start == 0) and (
                _WATCH_BEFORE.search(self.low, max(self.s.start, m.span[0] - 20), m.span[0])
                or 0 < (w.end - w.start).days <= 10 and self.text[m.span[0] - 1:m.span[0]] == "("
                and self.text[m.span[1]:m.span[1] + 1] == ")"):
            return False  # "What to Watch This Week: A, B and More (Jan. 6-12)": a roundup's week
        if w.end >= self.published and (
                self._date_leads_line(m)  # "Sunday, Jan. 12: True Detective (HBO, 9/8c)": a
                # listing's line, date then title; "The Last of Us (HBO)" / "Sunday, April 13.
                # The second season ...": a preview's entry, the date first under the heading
                or self._date_opens_section(m)
                or self._date_ends_line(m)):  # "The Morning Show (season 4) – September 17"
            entry_end = self.block.end
            if self.block.heading or self.block.label:  # (a heading's entry runs on to the
                # next blank line)
                blank = self.low.find("\n\n", self.block.end, self.block.end + 400)
                entry_end = self.block.end + 400 if blank < 0 else blank
            return not any(n.group() not in cues.REPORTING
                           or not any(r.start <= n.start() < r.end for r in self.refs)
                           for n in cues.NOT_A_PREMIERE.finditer(self.low, self.s.start, self.s.end)) \
                and not cues.SAID_FILM.search(self.low, self.block.start, entry_end)
            # (not "Don't Look Up — Dec. 24 / ... Another movie, but an event one", nor "Stranger
            # Things 5: The Finale"; but "The Last Thing He Told Me — April 14" is no report)
        if w.end >= self.published and self.s.start == self.block.start and \
                _BARE_ANSWER.match(self.low, self.s.start, m.span[0]) and \
                (not self.low[m.span[1]:self.s.end].strip(" .!")
                 or _EPISODES_TAIL.fullmatch(self.low, m.span[1], self.s.end)) and self._answers_when():
            return True  # "Q: When does X season 2 come out?" / "A: October 2020."
        if w.end >= self.published and self._asked_when_before() and \
                _BARE_ANSWER.match(self.low, self.s.start, m.span[0]) and \
                _ANSWER_TAIL.fullmatch(self.low, m.span[1], self.s.end):
            return True  # "When does it start? Sunday, Sept. 25, for season two.", under the
            # show's heading
        if w.end >= self.published and _TURN_ANSWER.match(self.low, self.s.start, m.span[0]) and \
                not self.low[m.span[1]:self.s.end].strip(" .!") and self._answers_turn():
            return True  # "KAT: Chuck." / "DEV: Also Josh Schwartz! NBC, Monday, Sept. 24."
        if w.end >= self.published and self._date_after_label(m):
            return not cues.NOT_A_PREMIERE.search(self.low, self.s.start, self.s.end)
        if w.end >= self.published and _SEASON_APPOSED_BEFORE.search(self.text, max(self.s.start, m.span[0] - 30),
                                                                      m.span[0]) and \
                _BARE_DATE_TAIL.fullmatch(self.text, m.span[1], self.s.end) is not None:
            return not cues.NOT_A_PREMIERE.search(self.low, self.s.start, self.s.end)  # "I take The
            # Good Place, season three, Thursday, September 27.": a title, its season and its day
        if w.end >= self.published and (field := _PREMIERE_FIELD.match(
                self.text, max(self.s.start, self.text.rfind("\n", 0, m.span[0]) + 1))) is not None \
                and field.end() == m.span[0]:
            return True  # a press pack's "Transmission: Tuesday 4 May, 9pm, BBC One", a fact
            # sheet's "Premiere date: Sept. 24": the date of the show the page is about
        if w.end >= self.published and (led := TITLE_DATE_COLON.match(self.text, self.s.start)) is not None and \
                self.text.startswith(m.window.phrase, led.end()) and title_date_lines(self.text) >= 3:
            return not cues.NOT_A_PREMIERE.search(self.low, self.s.start, self.s.end)  # "Ozark, July
            # 21: Jason Bateman ..." among such lines: a list of titles and their days
        if w.end >= self.published and self.block.heading and _ITEM_NETWORK_DATE.fullmatch(
                self.text, self.text.rfind("\n", 0, m.span[0]) + 1, m.span[0]) and \
                any(r.end <= m.span[0] for r in self.refs) and \
                not self.text[m.span[1]:self.s.end].split("\n", 1)[0].strip(" .;"):
            return not cues.NOT_A_PREMIERE.search(self.low, self.s.start, self.s.end)  # a ranked
            # list's heading, "1. The Last of Us (HBO), Jan. 15", over the show's blurb
        if w.end >= self.published and self._date_after_lead(m):
            return not cues.NOT_A_PREMIERE.search(self.low, self.s.start, self.s.end)
        if w.end < self.published or not (self.release or m.span[0] in self.listed
                                          or self.list_cue):
            return False
        if m.span[0] in self.listed:  # (not "Elisa & Marcela (Friday). The romance is a
            return not cues.SAID_FILM.search(self.low, self.s.end, self.block.end)  # feature film")
        if m.rule == "sameday" and any(d < m.span[0] for d in self.ahead) and \
                any(self.cued[self.s.clause_at(d)] for d in self.ahead if d < m.span[0]):
            return True  # "X opens Tuesday, Oct. 9, and leads into Y that same night"
        if self.list_cue and DATE_LED.match(self.text, self.s.start) and \
                m.span[0] - self.s.start < 16:
            if _LATER_EPISODE_CODE.search(self.text, self.s.start, self.s.end):
                return False  # "TUE 9/14 | Hulu | Only Murders in the Building | S01E04": an
                # episode in a DVR's grid (but "S01E01-02 SERIES PREMIERE" opens a season)
            # (but "Jan. 12 — Landman (Paramount+) finale" is no premiere, and "Jan. 9 —
            # Severance (Apple TV+) moved to Jan. 17" no longer Jan. 9)
            semi = self.low.find("; ", m.span[1], self.s.end)  # ("...; Y brings the witch
            stop = self.s.end if semi < 0 else semi             # back from the X finale")
            return not any(not _DERIVED_ASIDE.search(self.low, max(self.s.start, n.start() - 50),
                                                     n.start())
                           for n in cues.NOT_A_PREMIERE.finditer(self.low, self.s.start, stop)) and \
                not (self.delay_at is not None and m.span[1] <= self.delay_at)  # "9/20 — NCIS
            # (CBS, season 19)" under a premiere-calendar heading (and a film it is "based on")
        if not (self.cued[self.s.clause_at(m.span[0])] or self.block.label or self.block.heading
                or self._cued_across_dashes(m.span[0])
                or self.list_cue and BULLET.match(self.text, self.s.start)
                or _RESTATED.search(self.low, max(self.s.start, m.span[0] - 40), m.span[0])
                and self.cued[self.s.clause_at(max(self.s.start, m.span[0] - 4))]):
            return False  # (a premiere list's bullet lines need no verb: "- X season 5 – May")
        if (w.precision is Precision.DAY and w.anchor is not Anchor.EXPLICIT
                and (w.start - self.published).days > _FAR_DAYS):
            return False
        if self.delay_at is not None and m.span[1] <= self.delay_at and not self.moved_from:
            return False  # the date it was moved from
        if _SUPERSEDED.search(self.low, max(self.s.start, m.span[0] - 50), m.span[0]):
            return False  # "was originally slated for May 9 but will now premiere on May 2"
        if self.delay_at is not None and _MOVED_FROM.search(
                self.low, max(self.delay_at, m.span[0] - 40), m.span[0]):
            return False  # "pushed the season from its planned early 2026 launch to spring"
        index = self.s.clause_at(m.span[0])
        cs, ce = self.s.clauses[index]
        if not any(cs <= r.start < ce for r in self.refs) and (
                _SEASON_AFTER.match(self.low, m.span[1]) and w.precision is not Precision.DAY
                and not (self.delay_at is not None and cs <= self.delay_at < m.span[0])
                # (but "has been moved to the summer season": the slot it now has)
                or index > 0 and _RELATIVE_START.match(self.low, cs) and _CALENDAR_SEASON.search(
                    self.low, self.s.clauses[index - 1][0], cs)):
            return False  # "titles for the winter 2027 season, which kicks off in early January"
        if _MEDIUM_SUBJECT.match(self.text, cs) and not any(cs <= r.start < m.span[0]
                                                              for r in self.refs):
            return False  # "The film Sinners begins streaming on December 19, and ..."
        finale_after = _FINALE.search(self.low, m.span[1], ce)
        if finale_after is not None and ("," in self.low[m.span[1]:finale_after.start()]
                                         or self._title_word(finale_after)
                                         or _FINALE_OF_ITS_OWN.fullmatch(self.low, m.span[1], finale_after.start())):
            finale_after = None  # "airs this autumn, followed by a finale at Christmas"; "the
            # final season beginning in September and the finale expected in spring": its own
        finale_before = _FINALE.search(self.low, self.s.start, m.span[0])
        if finale_before is not None and (self._in_aside(finale_before.start(), m.span[0], cs)
                                          or self._title_word(finale_before)
                                          or finale_before.end() < cs
                                          and _AND_NEW_CLAUSE.match(self.low, cs)
                                          and any(cs <= r.start < m.span[0] for r in self.refs)):
            # (nor "X wraps with a finale Sept. 18, and Telemundo confirmed that Y will be back
            # in 2015": the clause after "and" has a subject of its own)
            finale_before = None  # "X, whose season finale drew 8.6 million viewers in April,
            # will be back in August"
        if (finale_before or finale_after) and not self._opens_season(cs, ce):
            return False  # "the series finale ... will run 90 minutes when it airs on May 28"
        scope = self.s.start if index > 0 and _RELATIVE_START.match(self.low, cs) else cs
        one_off = _ONE_OFF.search(self.low, scope, m.span[0])
        if one_off is not None and not self._opens_season(scope, ce) and \
                not _SEASON_AFTER_SPECIAL.search(self.low, one_off.end(), m.span[0]) and \
                not (_SUBJECT_SEASON.match(self.low, scope) and self._in_aside(one_off.start(), m.span[0], cs)):
            # (but "The second series, which will run to eight episodes plus a Christmas
            # special, is scheduled to air in autumn 2011": the season's aside)
            return False  # "James Corden's one-off episode airs on Christmas Day": a special
            # (not "make do with a Christmas special before series 10 arrives in spring 2017")
            # (and "its first Christmas special, a two-hour episode ..., which ITV said would go
            # out on Christmas Day": the relative clause is the special's)
        cinema = _CINEMA.search(self.low, self.s.start, ce)
        if cinema is not None and cinema.start() > m.span[1] and \
                _OTHER_SUBJECT.search(self.text, m.span[1], cinema.start()):
            cinema = None  # "begins its second season on Nov. 27, the same day Moana 2 hits
            # theaters": the film is another subject's
        if cinema is not None and cinema.start() > m.span[1] and \
                _FILM_BESIDE.search(self.low, m.span[1], cinema.start()):
            cinema = None  # "a second season of X for October, alongside a feature film, Y,
            # which opens in Japanese cinemas on Dec. 22": the film's cinemas, not the season's
        if cinema is not None and cinema.start() > m.span[1] and \
                _ALSO_SHOWN.search(self.low, m.span[1], cinema.start()):
            cinema = None  # "begins on Saturday 23rd August on BBC One with a feature-length
            # opener, which will also be shown in cinemas": the opener's screening besides
        if cinema is not None and cinema.end() <= cs and _SERIES_ON_TV.search(self.low, cs, m.span[0]):
            cinema = None  # "will play its first two episodes in IMAX theaters starting Sept. 1,
            # before the series premieres on ABC on Sept. 29": the TV premiere is another clause's
        if cinema is not None and cinema.end() <= m.span[0] and \
                self._aside_names_media(cinema.start(), m.span[0]):
            cinema = None  # '"Peacemaker" season two, which will tie into the "Superman" film
            # due in theaters in July, lands in August': the film is the aside's
        if cinema is not None or _THEATRICAL.search(self.low, self.s.start, self.s.end):
            return False  # "At the cinema, Mary Poppins Returns opens on 21 December", "Thor:
            # Love and Thunder arrives on the service after its theatrical run", "gives the film
            # a brief theatrical release before it begins streaming": a film
        subject_from = self.s.clauses[index - 1][0] if index > 0 and _RELATIVE_START.match(
            self.low, cs) else cs  # ("Atlanta, which swept up two Emmys in September, returns
        # Thursday": the clause's subject stands before its relative clause)
        if any(cs <= t.start < m.span[0] for t in self.media) and \
                not any(subject_from <= r.start < ce for r in self.refs) and \
                not cues.ANAPHOR.search(self.low, cs, m.span[0]):
            return False  # "Doctor Who's special, The Return of Doctor Mysterio, airs ..."
        if index > 0 and _RELATIVE_START.match(self.low, cs) and \
                self.low.find(": ", cs, m.span[0]) < 0:  # (not "World Productions, which makes
            # the show, has a second drama on its slate: Vigil, ..., is due later this year")
            ps, pe = self.s.clauses[index - 1]
            named = [(t.end, True) for t in self.media if ps <= t.start < pe] + \
                [(r.end, False) for r in self.refs if ps <= r.start < pe]
            if named and max(named)[1]:  # (the title nearest the "which" is a film's or event's)
                return False  # "its Thursday Night Football package, which kicks off Thursday,
                # Sept. 15": the relative clause is about the event, not a show
        if not self.refs and any(self.text[self.s.start:t.start].strip(" '\"‘“") == ""
                                 for t in self.media):
            return False  # "Luther: The Fallen Sun, a feature film ..., opens before it starts
            # streaming on March 10": the film the sentence is about is what "it" means
        lead_start = max(cs, m.span[0] - 40)
        lead = self.low[lead_start:m.span[0]]
        if any(not self._in_title(lead_start + n.start()) and not self._in_aside(
                lead_start + n.start(), m.span[0], cs) for n in _NEGATION.finditer(lead)) \
                and not _UNTIL.search(lead):
            return False  # (but not the "no" of "Oshi no Ko season 3")
        if _PLANS_DROPPED.search(self.low, cs, m.span[0]):
            return False  # "ABC has shelved plans to bring back X this fall": a plan given up
        if _STORY_SETTING.search(lead):
            return False  # "begins its second season, set on the Fourth of July": the story's day
        if _THROUGH.search(lead) or _ENDS_BEFORE.search(lead):
            return False  # "new episodes weekly through April 23", "its final season, which
            # ends next Tuesday": where a run ends
        if _TALK_OPENER.match(self.low, cs, m.span[0]) and \
                re.match(r"[^,.;:!?]{0,40},", self.low[m.span[1]:ce]):
            return False  # "Speaking to Variety on Tuesday, the showrunner said ..."
        if (w.precision is Precision.SEASON or m.rule == "holiday") and \
                _SEASON_AS_ADJ.match(self.low, m.span[1]) and \
                not _ON_SCHEDULE.search(self.low, max(cs, m.span[0] - 40), m.span[0]) or \
                w.precision is Precision.YEAR and _YEAR_AS_ADJ.match(self.low, m.span[1]):
            return False  # "premiere dates for the fall shows", "its Christmas 2019 schedule",
            # "Nine has taken the wraps off its 2025 programming"
        if _DATES_DUE.search(self.low, cs, m.span[0]):
            return False  # "Premiere dates for the fall shows are expected in June": the news
        if self.text.startswith(":", m.span[1]) and _OWNED_BEFORE.search(
                self.text, max(cs, m.span[0] - 30), m.span[0]):
            return False  # "Netflix's first week of 2023: Wednesday renewed, ...": a label
        if m.rule == "weekday" and w.start is not None and \
                not m.phrase.lower().startswith(("this", "next", "coming", "until", "by")) and \
                self.published - timedelta(days=6) <= w.start <= self.published and \
                (_NEWS_DAY_VERB.search(self.low, cs, m.span[0])
                 or _NEWS_DAY_VERB.match(self.low, m.span[1] + 1, m.span[1] + 30)):
            return False  # "HBO filled in its calendar on Tuesday": the day of the news
            # ("The network on Wednesday handed out premiere dates")
        if _DOUBT.search(self.low, cs, m.span[0]) or _DOUBT_AFTER.match(self.low, m.span[1]):
            return False  # "it would be optimistic to expect the show back in the near future"
        if _SPECULATION.search(self.low, self.s.start, m.span[0]):
            return False  # "if the show follows its usual pattern, it would arrive in ..."
        return not self._negative_cue_governs(m, cs, ce)

    def _in_aside(self, at: int, date_at: int, cs: int) -> bool:
        """Is ``at`` inside an aside closed before the date ("X, starring Gerry Dee as a
        teacher who would rather not be teaching, premieres early next year")?"""
        return self.low.find(",", at, date_at) >= 0 and \
            _ASIDE_OPEN.search(self.low, max(self.s.start, min(cs, at) - 2, at - 120), at) is not None
        # (from just before the clause: its opening ", which" is the aside's)

    def _aside_names_media(self, at: int, date_at: int) -> bool:
        """Is ``at`` inside an aside, closed before the date, that names a film or another
        medium of its own ('X, which will tie into the new "Superman" film due in theaters in
        July, lands in August'; not '"Dune: Part Two," which was supposed to hit theaters')?"""
        if self.low.find(",", at, date_at) < 0:
            return False
        aside = None
        for aside in _ASIDE_OPEN.finditer(self.low, max(self.s.start, at - 120), at):
            pass
        return aside is not None and any(aside.start() < t.start < at for t in self.media)

    def _adapted(self, negative: re.Match[str], cs: int) -> bool:
        """"The adaptation of James Clavell's novel begins February 27": the book is what the
        show adapts, not the subject."""
        return negative.group() in _SOURCE_MEDIA and _SOURCE_OF.search(
            self.low, max(cs, negative.start() - 50), negative.start()) is not None

    def _dated_subject(self, start: int, end: int) -> bool:
        """Does the clause ``text[start:end]`` open with a title, its verb and a date of its
        own ("..., and Breaking Bad returns for its third season in the first half of next
        year")?"""
        first = next((r for r in self.refs if start <= r.start < end), None)
        if first is None or not _CLAUSE_LEAD.fullmatch(self.text, start, first.start):
            return False
        verb = cues.RELEASE.search(self.low, first.end, min(end, first.end + 30))
        return verb is not None and "," not in self.text[first.end:verb.start()] and \
            any(verb.end() <= d < min(end, verb.end() + 80) for d in self.ahead)

    def _opens_season(self, start: int, end: int) -> bool:
        """Does ``text[start:end]`` say a season begins ("returns", "opens its third season"),
        in lowercase words, not a title's ("The Return of Doctor Mysterio")?"""
        return any(self.text[o.start()].islower() for o in _OPENER.finditer(self.low, start, end))

    def _title_word(self, cue: re.Match[str]) -> bool:
        """A cue word that is part of a title the text set apart ("The Final Shot", "Second
        Shot U"), not of a one-word name at a sentence's start ("Ratings will be released");
        a film's, special's or finale's word still counts ("Chainsaw Man – The Movie",
        "Gavin & Stacey: The Finale")."""
        return not any(w in cue.group() for w in ("movie", "film", "special", "finale")) and \
            any(r.start <= cue.start() < r.end and not r.weak for r in self.refs)

    def _in_title(self, at: int) -> bool:
        return any(r.start <= at < r.end for r in self.refs)

    def _date_leads_line(self, m: DateMention) -> bool:
        """A short line that is a date, a colon or dash, then a title (and an aside)."""
        lead = DATED_LINE.match(self.text, self.s.start, self.s.end)
        if lead is None or not (self.block.heading or self.block.label
                                or self.s.start == self.block.start and (self.list_cue or self.dated_list)) \
                or m.span[1] > lead.end() or self.s.end - self.s.start > 100:
            return False  # (or a paragraph that opens so, in a list: "October 14 - Haters Back
            # Off! Colleen Ballinger brings ...")
        ref = next((r for r in self.refs if r.start == lead.end() or r.start == lead.end() + 1
                    and self.text[lead.end()] in QUOTE_OPENERS), None)  # ('March 7: "The
        # Gentlemen" (Netflix)')
        return ref is not None and _LINE_TAIL.fullmatch(self.text, ref.end, self.s.end) is not None

    def _in_question(self, at: int) -> bool:
        """Is ``at`` in a reader's question: after a line's "Q:" with no "A:" since?"""
        if not QUESTION_LABEL.match(self.text, self.block.start):
            return False
        labels = list(_QA_LABEL.finditer(self.text, self.block.start, at))
        return bool(labels) and labels[-1].group(1)[0] in "Qq"

    def _date_after_label(self, m: DateMention) -> bool:
        """A sentence that is a title, a colon (or a dash) and the date: "Matlock: Sunday, Sept.
        22, after football on CBS." (or "Grey's Anatomy: season 21 on Thursday, Sept. 26", a
        guide's '"Shrinking" — Friday, Jan. 27.')."""
        dash_ok = not self.text[m.span[1]:self.s.end].strip(" .;") or \
            _EPISODES_TAIL.match(self.low, m.span[1], self.s.end) is not None  # (after a dash,
        # the date ends the sentence, or its episodes follow, "— March 1, with weekly episodes
        # after that": not "The Remote Control — Friday, January 9: Westeros ...")
        return any((r.start == self.s.start or BULLET.fullmatch(self.text, self.s.start, r.start)
                    or _OPENING_QUOTE.fullmatch(self.text, self.s.start, r.start))
                   and (label := _LABEL_TO_DATE.fullmatch(self.text, r.end, m.span[0])) is not None
                   and (dash_ok or ":" in label.group())
                   for r in self.refs)  # (or "• Loki: also spring 2021", a bullet's)

    def _after_lead_title(self) -> bool:
        """Is the sentence the second of a paragraph whose first is its show's title alone
        ("Squid Game. Netflix, September 17. ...", "KEIKO: Squid Game. Netflix, ...")?"""
        sentences = self.block.sentences
        if self.topic is None or self.topic_block != self.s.block or len(sentences) < 2 or \
                sentences[1].start != self.s.start:
            return False
        lead = self.text[sentences[0].start:sentences[0].end].strip(" .\n")
        turn = SPEAKER_TURN.match(lead)
        lead = lead[turn.end():] if turn else lead  # ("[00:00:34] KEIKO: Squid Game.")
        return show_key(lead) == self.topic.key

    def _date_after_lead(self, m: DateMention) -> bool:
        """"Squid Game. Netflix, September 17. Korean survival drama ...": a paragraph led by
        a title alone, whose next sentence is only its network and its date."""
        return self._after_lead_title() and \
            _NETWORK_COMMA_LEAD.fullmatch(self.text, self.s.start, m.span[0]) is not None and \
            _BARE_DATE_TAIL.fullmatch(self.text, m.span[1], self.s.end) is not None

    def _date_opens_section(self, m: DateMention) -> bool:
        """A sentence that is only a date (and a time or an aside), under a heading that names
        the show or in a paragraph led by its title ("The Mentalist (CBS) — In this new
        procedural, ... Tuesday, Sept. 23.")."""
        return self.topic is not None and self.topic_block == self.s.block and \
            (self.in_section or LISTED_ITEM.match(self.text, self.block.start) is not None) and \
            not self.block.heading and \
            not self.text[self.s.start:m.span[0]].strip() and \
            _BARE_DATE_TAIL.fullmatch(self.text, m.span[1], self.s.end) is not None

    def _date_ends_line(self, m: DateMention) -> bool:
        """A short line that is a title (with an aside) then a dash and the date (or its
        network, a comma and the date: "SQUID GAME S3 — Netflix, 6/27."), whatever sentences
        follow it on the line."""
        line_start = self.text.rfind("\n", 0, self.s.start) + 1
        line_end = self.text.find("\n", m.span[1])
        line_end = len(self.text) if line_end < 0 else line_end
        entry_end = min(line_end, self.s.end)  # (the line's first sentence)
        return ((self.s.start == line_start
                 or _RANK_PREFIX.fullmatch(self.text, line_start, self.s.start) is not None)
                and entry_end - line_start <= 100  # (past a rank: "1. The Last of Us (HBO), Jan. 15")
                and (not self.text[m.span[1]:entry_end].strip(" .;!")
                     or _SEASON_TAIL.fullmatch(self.text, m.span[1], line_end) is not None
                     or _EPISODES_TAIL.fullmatch(self.low, m.span[1], entry_end) is not None
                     or (paren := PAREN_NETWORK.match(self.text, m.span[1], entry_end)) is not None
                     and not self.text[paren.end():entry_end].strip(" .;!")
                     or _COMMA_NETWORK.fullmatch(self.text, m.span[1], entry_end) is not None
                     or _SLOT_TAIL.fullmatch(self.text, m.span[1], entry_end) is not None
                     or _ON_NETWORK_TAIL.fullmatch(self.text, m.span[1], entry_end) is not None)
                # ("Mrs. Davis — April 20 (Peacock)", "Ozark, season 1 — July 21 (Netflix). Jason
                # Bateman directs ...", "Secret Level - Dec. 10, Prime Video.",
                # "YOUNG SHELDON | CBS | Monday, Sept. 25, 8:30 p.m.", "Goblin Slayer (White Fox) -
                # Sunday, October 7, on Crunchyroll.")
                and any(r.end <= m.span[0] for r in self.refs)
                and (dash := _DASH_BEFORE_DATE.search(self.text, self.s.start, m.span[0])) is not None
                and not (dash.group().lstrip().startswith("|")
                         and _FIGURE_CELL.search(self.text, line_start, m.span[0])))
        # (not a chart's row, "| 6 || You: Season 5 || 1.7 million || April 24": the day its
        # figures count from)

    def moved_to(self, m: DateMention) -> DateMention:
        """"postponed the premiere from January 12 to March 15": the date it moved to."""
        w = m.window
        if (self.delay_at is None or m.span[0] < self.delay_at or w.start is None or w.end is None
                or m.rule not in ("dayrange", "monthrange")
                or not re.match(r"from\b", self.low[m.span[0]:m.span[1]])):
            return m
        if m.rule == "dayrange":
            end = Window(w.end, w.end, Precision.DAY, w.phrase, w.anchor)
        else:
            end = Window(w.end.replace(day=1), w.end, Precision.MONTH, w.phrase, w.anchor)
        return DateMention(end, m.span, m.rule, m.past)

    def nearer(self, m: DateMention) -> DateMention:
        """A year-less day, month or season that a year from an earlier sentence pushed more
        than `_FAR_DAYS` ahead ("Good Omens is eyeing early 2019. Maisel debuts its first season
        Nov. 29", read in November 2017; "... returns in summer 2026. Euphoria ends its hiatus in
        April", read in October 2025): the next such one from the publication date, as a reader
        takes it."""
        w = m.window
        if w.precision not in (Precision.DAY, Precision.MONTH, Precision.SEASON) or \
                w.anchor is not Anchor.NEARBY or w.start is None or w.end is None \
                or (w.start - self.published).days <= _FAR_DAYS or _YEAR.search(w.phrase) \
                or _YEAR.search(self.text, self.s.start, m.span[0]):
            return m
        years = list(_YEAR.finditer(self.text, self.block.start, self.s.start))
        if years and not _WINDOW_BEFORE_YEAR.search(self.low, max(0, years[-1].start() - 14),
                                                    years[-1].start()):
            return m  # "Netflix has big plans for 2017. Luke Cage season 2 arrives in the
            # spring": a year named on its own anchors what follows (DESIGN.md's anchor chain)
        for back in range(w.start.year - self.published.year, 0, -1):
            start, end = add_months(w.start, -12 * back), add_months(w.end, -12 * back)
            if end >= self.published and (w.precision is not Precision.DAY
                                          or start >= self.published - timedelta(days=28)):
                return DateMention(Window(start, end, w.precision, w.phrase, Anchor.REFERENCE),
                                   m.span, m.rule, m.past)
        return m

    def _negative_cue_governs(self, m: DateMention, cs: int, ce: int) -> bool:
        """The cue nearest the date decides: "trailer on Friday" is no premiere. A date that
        opens its clause ("On Monday, Netflix revealed...") is read with the verb after it."""
        if _PREMIERE_NOUN_AFTER.match(self.low, m.span[1]):
            return False  # "filming planned for spring 2026 ahead of a 2027 premiere"
        noun = _PREMIERE_NOUN_BEFORE.search(self.low, max(cs, m.span[0] - 30), m.span[0])
        if noun is not None and not cues.NOT_A_PREMIERE.search(
                self.low, max(cs, noun.start() - 20), noun.start()):
            return False  # "Production begins in the spring, putting a premiere in late 2027
            # in play" (but not "the trailer's release on Friday")
        best: tuple[int, bool] | None = None  # (distance, is_negative)
        # (the cues between the clause's start and the date, found once: read three times)
        negatives = [n for n in cues.NOT_A_PREMIERE.finditer(self.low, cs, m.span[0])
                     if not self._title_word(n)]
        negatives = [n for n in negatives if not (
            n.group() in ("film", "films") and self.text[n.start()].isupper()
            and _CAPITALIZED_BEFORE.search(self.text, max(cs, n.start() - 24), n.start()))]
        # ("co-produced with See-Saw Films": a company's name)
        if negatives:  # (not a word inside a release cue's own words: "is holding the second
            # season of Smash, the Broadway musical drama ..., for early 2013")
            spans = [c.span() for c in cues.RELEASE.finditer(self.low, cs, ce)]
            negatives = [n for n in negatives if not any(a < n.start() < b for a, b in spans)]
        negatives = [n for n in negatives if not self._adapted(n, cs)
                     and not self._in_aside(n.start(), m.span[0], cs)
                     and not (self.low.endswith(", ", cs, n.start())
                              and self.low.find(",", n.end(), m.span[0]) >= 0)]
        # ("a darker take on Archie Comics": what the show adapts; '"Hacks," which has won Emmys
        # for its writing, has pushed season 3 into 2024': an aside closed before the verb; "will
        # return for its third season, shot in Spain, in the fall": a participle's aside)
        negative_before = negatives[-1] if negatives else None
        if negative_before is not None and negative_before.group().endswith(("episode", " of")) and any(
                0 <= r.start - negative_before.end() <= 10 and r.end <= m.span[0]
                and _EPISODE_OF_GAP.fullmatch(self.low, negative_before.end(), r.start)
                and cues.RELEASE.match(self.low, r.end + 1 + (self.low[r.end:r.end + 1] in "\"”’'"))
                for r in self.refs):
            return True  # "the second episode of The Mandalorian lands on Friday": the episode's
            # date, no premiere
        if negative_before is not None and "," not in self.low[negative_before.end():m.span[0]] \
                and not _AND_PREDICATE.search(self.low, negative_before.end(), m.span[0]) \
                and not _SAID_THAT.search(self.low, negative_before.end(), m.span[0]):
            # (not "used its Comic-Con panel to reveal that X will kick off its fifth season
            # on Sunday": what was revealed has its own verb)
            # (not "It shot in Kalgoorlie this year and is slated for 2022": a verb of its own)
            strong = [h for h in cues.RELEASE.finditer(self.low, negative_before.end(),
                                                       min(ce, m.span[1] + 30))
                      if not (h.start() >= m.span[1] and _AND_VERB.search(
                          self.low, m.span[1], h.end()))  # ("go into production later this
                      # year and is eyeing a 2022 launch": another predicate's verb)
                      and not cues.WEAK_RELEASE.fullmatch(h.group())
                      # "said that X is coming in April": what was said has its own verb
                      or negative_before.group() in cues.REPORTING and h.end() <= m.span[0]]
            if not strong and negative_before.group() in cues.REPORTING and \
                    cues.RELEASE.match(self.low, negative_before.start(), m.span[0] + 1):
                return False  # "confirmed a second season of X for October": the reporting
                # verb is the release cue's own first word
            if not strong and not _SHOW_THAT_BEGINS.search(self.low, max(cs, m.span[0] - 60), m.span[0]):
                return True  # "Filming is expected to begin this summer" (an aside between
                # commas, "Season Two, which is shooting in London, is due", does not count)
        releases = list(cues.RELEASE.finditer(self.low, cs, m.span[0]))
        strong_before = [h for h in releases
                         if not cues.WEAK_RELEASE.fullmatch(h.group())
                         and not h.group().endswith(("date", "window"))
                         and not self.low.startswith((" date", " window"), h.end())]
        colon = self.low.rfind(": ", cs, m.span[0])
        if colon >= 0 and cues.RELEASE.search(self.low, colon, m.span[0]):
            cs = colon + 2  # "The trailer ended with the date: all nine episodes of X will drop
            # on Friday, Oct. 27": after the colon, a clause with its own subject and verb
        opener = _OTHER_NEWS.match(self.low, cs)
        subject = _NEGATIVE_SUBJECT.match(self.low, cs)
        if subject and not self._in_title(subject.end() - 1) or (  # (not "Special Ops: Lioness")
                any(not self._in_title(n.start()) for n in _NEWS.finditer(
                    self.low, opener.end() if opener else cs, m.span[0])) and not strong_before
                and cues.WEAK_RELEASE.search(self.low, cs, m.span[0])):
            return True  # "The trailer for X drops Friday", "More news ... is expected soon"
        last_release = releases[-1] if releases else None
        if last_release is not None:
            subject = cues.NOT_A_PREMIERE.search(self.low, max(cs, last_release.start() - 16),
                                                 last_release.start())
            if subject and "," not in self.low[subject.end():last_release.start()] and \
                    not _AND_PREDICATE.search(self.low, subject.end(), last_release.end()) and \
                    subject.group() not in cues.REPORTING and not self._title_word(subject) and \
                    not self._adapted(subject, cs):  # ("said it would debut in 2027")
                return True  # "the Emmys air on Sept. 19", "the trailer drops Friday"
        lead = self.low[cs:m.span[0]].strip(" ,.:;—–-\"“”‘’'(")
        fronted = not lead or _TIME_FIRST.fullmatch(lead) is not None and \
            self.low.startswith(",", m.span[1])  # ("Shortly after 9 a.m. Eastern on Thursday,")
        if fronted:
            rest = self._without_refs(m.span[1], min(ce, m.span[1] + 120))
            verb = next((v for v in _VERB_AFTER.finditer(rest) if not _RELATIVE_BEFORE.search(
                rest, max(0, v.start() - 40), v.start())), None)  # (not "that debuted in")
            if verb is not None and verb.lastgroup == "past":
                return True  # "On Thursday, the return of X brought 10.2 million viewers"
        reach = ce if fronted else min(ce, m.span[1] + 30)
        for before, pattern, negative in ((releases, cues.RELEASE, False),
                                          (negatives, cues.NOT_A_PREMIERE, True)):
            last = before[-1] if before else None
            if last is not None:
                d = m.span[0] - last.end()
                if best is None or d < best[0]:
                    best = (d, negative)
            after = pattern.search(self.low, m.span[1], reach)
            if after is not None and negative and not fronted and \
                    after.group() in cues.REPORTING and \
                    _NEW_PREDICATE.search(self.low, m.span[1], after.start()):
                after = None  # "... for summer 2025 and said ...": the next verb, not the date's
            if after is not None and negative and self.low.find(",", after.end(), ce) >= 0 and (
                    self.low.endswith(", ", 0, after.start())
                    or _ASIDE_OPEN.search(self.low, max(cs, after.start() - 40), after.start())):
                after = None  # "On Friday, Sept. 28, X, canceled by ABC last year, starts its
                # seventh season" (or "which ABC canceled"): an aside's verb, not the date's
            if after is not None and negative and \
                    self.low.rfind("(", m.span[1], after.start()) > self.low.rfind(")", m.span[1], after.start()):
                after = None  # "in the spring (the annual Christmas special airs Dec. 25)": an
                # aside in parentheses, about something else
            if after is not None:
                d = after.start() - m.span[1]
                # ("airs its second episode", "drops a trailer": the verb's object says no)
                said_no = negative or cues.NOT_A_PREMIERE.match(self.low, after.end() + 1) \
                    is not None
                if best is None or d < best[0] or d == best[0] and negative and \
                        after.end() > after.start() + 12:
                    best = (d, said_no)  # (a longer cue at the same place says more:
        return best is not None and best[1]  # "on Wednesday released a teaser")

    # -- whose ---------------------------------------------------------------------------

    def targets(self, pos: int, end: int) -> tuple[list[Ref], str]:
        """The shows a date (or cue) at ``pos`` is about, and how they were found."""
        if pos in self.listed:
            ref = self.listed[pos]
            return self._group(ref, [r for r in self.refs if r.end <= ref.end]), "listing"
        index = self.s.clause_at(pos)
        cs, ce = self.s.clauses[index]
        led = TITLE_DATE_COLON.match(self.text, self.s.start)
        if led is not None and pos == led.end():
            lead = [r for r in self.refs if led.start("title") <= r.start and r.end <= led.end("title")]
            if lead:  # "Ozark, July 21: Jason Bateman moves ...": the line's title
                return lead[:1], "clause"
        introduced = _COLON_NEXT.match(self.text, end)
        if introduced is not None:  # "two comedies debuting Oct. 9: "Insecure," from ..., and
            # "Divorce"": the titles the date introduces
            items = [r for r in self.refs
                     if r.start >= introduced.end() and self._opens_item(r, introduced.start())]
            for r in reversed(self.refs):  # ("...: The block is back, with Chicago Med (season
                # five) and Chicago Fire (season eight)": the list's first item, after its "with")
                if r.start >= introduced.end() and r not in items and any(
                        LIST_GAP.fullmatch(self.text, r.end, i.start) for i in items):
                    items.append(r)
            items.sort(key=lambda r: r.start)
            if items:
                return items, "clause"
        night = _NIGHT_FOR.match(self.low, end)
        if night is not None:  # "Wednesday, Jan. 3, belongs to X, ..., and to the 11th season
            # of Y": every show the night is given to
            after = [r for r in self.refs if r.start >= night.end()]
            given = after[:1] + [r for r in after[1:] if _AND_TO_BEFORE.search(
                self.low, max(night.end(), r.start - 70), r.start)]
            if given:
                return given, "clause"
        if _NEIGHBOUR_LEAD.match(self.low, self.s.start) and self.low.startswith(",", end) and \
                pos - self.s.start <= 60:  # "Immediately after Idol on Jan. 7, Fox debuts Empire":
            # the show the sentence's verb brings, not the one the night opens with
            brought = [r for r in self.refs if r.start > end and cues.RELEASE.search(self.low, end, r.start)]
            if brought:
                return brought[:1], "clause"
        if _FOLLOWED_ON.search(self.low, max(cs, pos - 16), pos):
            named = [r for r in self.refs if r.start >= end and _BY_THEN.fullmatch(self.low, end,
                                                                                   r.start)]
            if named:  # "followed on July 15 by the new limited series Washington Black"
                return named[:1], "clause"
        successor = [r for r in self.refs if cs <= r.start and r.end <= pos
                     and _REPLACED_BY.search(self.low, max(cs, r.start - 24), r.start)]
        if successor:  # "X will be replaced by Harbor Lights on Feb. 3": the show that takes
            return successor[-1:], "clause"  # the slot
        if not any(cs <= r.start < pos for r in self.refs):
            with_ = _WITH_TITLE.match(self.low, end)
            named = [r for r in self.refs if with_ is not None and r.start == with_.end()]
            if named:  # "Showtime follows on Feb. 27 with Super Pumped": the show the
                return named, "clause"  # network brings that day
        every = _ALL_OF_WHICH.search(self.low, cs, pos)
        if every is not None:
            listed = list({r.key: r for r in self.refs if cs <= r.start < every.start()
                           and not self._venue(r) and not (
                               _THE_BEFORE.search(self.low, max(0, r.start - 6), r.start)
                               and _KIND_AFTER.match(self.low, r.end))}.values())
            if len(listed) >= 2:  # 'the second season of "Hannibal," the comedy "About a Boy"
                return listed, "clause"  # and "Believe," all of which NBC is holding for
                # midseason' (not the franchise of 'the "Chicago Fire" spinoff "Chicago PD"')
        if index > 0 and _APPOSED_RELEASE.match(self.low, cs):
            ps = self.s.clauses[index - 1][0]
            closing = [r for r in self.refs if ps <= r.start < cs and
                       not self.text[r.end:cs].strip(" ,\"”’'")]
            if closing:  # the title the apposition stands beside
                return closing, "clause"
        if index > 1 and not any(cs <= r.start < pos for r in self.refs):
            closed = _DASH_CLOSED_BEFORE.search(self.text, max(self.s.start, cs - 4), cs)
            opened = self.text.rfind(closed.group(1), self.s.start, closed.start()) \
                if closed is not None else -1
            subject = [r for r in self.refs if r.end <= opened
                       and not self.text[r.end:opened].strip(" ,\"”’'")] if opened > 0 else []
            if subject:  # 'The second season of "The Terror" — subtitled "Infamy" and set in
                return subject[-1:], "clause"  # ... — premieres that night': the title before
                # the dashes' aside
        cast_aside = _WITH_ASIDE.match(self.low, cs) if index > 0 else None
        if cast_aside is not None and cast_aside.end() <= pos and \
                not any(cs <= r.start < pos for r in self.refs) and \
                not (self.in_section and self.topic is not None) and \
                not _PLURAL_PREDICATE.match(self.low, cast_aside.end()):
            ps = self.s.clauses[index - 1][0]
            leading = [r for r in self.refs if ps <= r.start < cs]
            subject = [r for r in leading if not self.text[r.end:cs].strip(" ,\"”’'")] or leading[:1]
            if subject:  # '"X," with Scott Bakula leading the team, debuts at 9': the title
                return subject, "clause"  # before the aside, not the cast's credits inside it
        quoted_which = None
        for quoted_which in _QUOTED_RELATIVE.finditer(self.low, cs, pos):
            pass
        if quoted_which is not None and not _CLAUSE_END.search(self.low, quoted_which.end(), pos):
            closing = [r for r in self.refs if cs <= r.start and r.end <= quoted_which.start() and
                       not self.text[r.end:quoted_which.start()].strip("\"”’'")]
            if closing:  # '"Supernatural," which returns for a 14th season this fall': the
                return closing[-1:], "clause"  # title the quote closed (the comma inside it)
        if index > 0 and _RELATIVE_START.match(self.low, cs):
            objects = [r for r in self.refs if cs <= r.start < pos and _BRINGS_OBJECT.search(
                self.low, max(cs, r.start - 30), r.start) and not any(  # (not "which brings back
                given_name_only(self.text, n) for n in _NAMES_AND.split(r.name))]  # Ewan McGregor")
            if objects:  # "for Starz, which also brings back Blindspotting for its second season
                return objects[:1], "clause"  # on Jan. 13": the show the clause brings
            antecedent = [r for r in self.refs if self.s.clauses[index - 1][0] <= r.start < cs]
            antecedent = [r for r in antecedent if not cues.DERIVED_FROM.search(
                self.low, max(0, r.start - 30), r.start)] or antecedent  # ("Peacemaker, James
            # Gunn's spinoff of The Suicide Squad starring John Cena, which debuts tomorrow":
            # not the show it spins off)
            cast = [r for r in antecedent if _CAST_BEFORE.search(self.low, max(0, r.start - 12), r.start)]
            if antecedent and len(cast) == len(antecedent) and index > 1:
                # ("Narcos, with Wagner Moura, which drops ...": the clause before the cast's)
                antecedent = [r for r in self.refs
                              if self.s.clauses[index - 2][0] <= r.start < self.s.clauses[index - 1][0]
                              ][-1:] or antecedent
            antecedent = [r for r in antecedent if not _CAST_BEFORE.search(
                self.low, max(0, r.start - 12), r.start)] or antecedent  # ('AMC brings "The
            # Terror," with Jared Harris and Ciarán Hinds, which debuts Monday': not the cast)
            antecedent = [r for r in antecedent if not (
                _THE_BEFORE.search(self.low, max(0, r.start - 6), r.start)
                and _KIND_AFTER.match(self.low, r.end))] or antecedent  # ('"Ahsoka," the "Star
            # Wars" series built around ..., which Disney+ plans to release': not the franchise)
            if antecedent and any(0 <= cs - e <= 2 for _, e, _ in self.seasons):
                return [antecedent[0]], "clause"  # "X, starring Y, is renewed for a 19th
                # season, which will air next fall": the season's, so the subject's
            if antecedent:  # "The Defenders, which teams up A, B and C, arrives August 18"
                return self._group(antecedent[-1], antecedent), "clause"  # ("Will Trent and
                # The Rookie, whose seasons were shortened, are being saved for midseason")
            if _SHOW_NOUN_END.search(self.low, self.s.clauses[index - 1][0], cs) and \
                    not any(self.s.start <= r.start < cs for r in self.refs):
                return [], ""  # "star in the Thomas Kail-directed drama, which debuts Tuesday,
                # April 9 and occupies the slot Pose will inherit": the show the noun stands
                # for (the topic), not a title told later in the clause
        if (index > 0 and self.low[cs - 1:cs] == ";" or self.low.startswith(";", cs - 2)) and \
                _PRONOUN_OPENS.match(self.low, cs) and not any(cs <= r.start < pos for r in self.refs):
            opening = [r for r in self.refs if self.s.start <= r.start < cs and not self._venue(r)]
            if opening:  # "... sitting on Containment, a drama about an outbreak; it is
                return opening[:1], "clause"  # scheduled for April": the sentence's title
        inside = [r for r in self.refs if cs <= r.start < ce and not _EPISODE_OF_BEFORE.search(
            self.low, max(cs, r.start - 30), r.start) and not (
                _EPISODE_AFTER.match(self.low, r.end) and _ORDINAL_THE_BEFORE.search(
                    self.low, max(cs, r.start - 16), r.start))
            and not _ALIAS_BEFORE.search(self.low, max(cs, r.start - 40), r.start)]
        # ("following a new episode of X", 'Following the second "X-Files" episode on Monday,
        # Fox launches Y'; 'Y, originally developed under the title "X," premieres')
        if self.in_section and inside and all(
                r.owner and (self.topic is None or r.key != self.topic.key) for r in inside):
            return [], ""  # under a heading, "Ufotable's third season": the heading's show
            # (but under "The Crown", "The Crown's third season" is that show's own)
        if self.in_section and inside and self.topic is not None and \
                all(r.weak and r.key != self.topic.key and not _KIND_APPOSED.match(self.text, r.end) and (
                    _DESCRIBED.match(self.text, r.end)
                    or _PLAYED_BY.search(self.text, max(cs, r.start - 40), r.start)
                    or given_name_only(self.text, r.name))  # (under "Daredevil: Born Again season 2", "Disney+
                    for r in inside):  # says Charlie Cox returns in March": the section's show)
            return [], ""  # "Maomao, the palace's sharpest poison-taster, is back", "Steve
            # Buscemi's Nucky Thompson returns Sunday": a character
        if _BOTH.search(self.low, cs, pos):
            earlier = {r.key: r for r in self.refs if r.end <= pos}
            if len(earlier) >= 2:  # "X's final season, plus its spinoff Y, are both due in 2026"
                return list(earlier.values()), "clause"
        before = [r for r in inside if r.end <= pos and not (_LIKE_BEFORE.search(
            self.low, max(cs, r.start - 30), r.start)  # ("Like Will Trent, it won't return")
            and not self._own_relative(r, pos))  # (but "shows like X, the adaptation that
            # launches April 23": X's own clause)
            and not _CREDIT_AFTER.match(self.low, r.end)]  # ('now overseen by "Gossip Girl"
        # producer Joshua Safran': a person's credit)
        if len(before) > 1:  # '"Godless," a Western from Scott Frank ("Logan," "Out of Sight"),
            # will stream ...': the credits in parentheses are not the subject
            outside = [r for r in before if self.text.rfind("(", cs, r.start) <=
                       self.text.rfind(")", cs, r.start)]
            before = outside or before
        if len(before) > 1:  # "X takes over the 10 p.m. slot behind This Is Us starting Sept.
            # 25": the subject, not its neighbour in the schedule
            before = [r for r in before if not (
                _SLOT_NEIGHBOUR.search(self.low, max(cs, r.start - 24), r.start)
                and not _SPAN_BEFORE.search(self.low, max(cs, r.start - 24), r.start))] or before
        if before and self.topic is not None and all(
                r.key != self.topic.key and _SLOT_NEIGHBOUR.search(self.low, max(cs, r.start - 24), r.start)
                for r in before) and (_SUBJECT_ANAPHOR.match(self.low, self.s.start)
                                      or _BARE_VERB_START.match(self.low, self.s.start)) and \
                not any(self.s.start <= d < before[0].start for d in self.dates):
            before = []  # "Premieres right after Dawson, Oct. 7.", "It airs behind X on ...": the
            # topic, after its lead-in
        if self.in_section and self.topic is not None and before and all(
                r.key != self.topic.key and (
                    self._names_a_kind(r)
                    or r.weak and " " not in r.name and len(before) > 1 and all(
                        _NAMES_JOINED.fullmatch(self.text, a.end, b.start)
                        for a, b in pairwise(before))) for r in before):
            before = []  # under "Saved by the Bell (Peacock)", "The Bayside reboot ... arrives
            # Nov. 25"; under "Animaniacs (Hulu)", "Yakko, Wakko and Dot are back": the section's
        if self.in_section and self.topic is not None and before and all(
                r.key != self.topic.key and BASED_ON_BEFORE.search(
                    self.low, max(cs, r.start - 40), r.start) for r in before):
            before = []  # under "INSECURE (HBO)", "Issa Rae's comedy, based on her web series
            # "Awkward Black Girl," premieres Oct. 9": the section's show
        if len(before) > 1:  # "X, ABC's spinoff of Roseanne, premieres Tuesday": X's
            before = [r for r in before if not cues.DERIVED_FROM.search(
                self.low, max(cs, r.start - 60), r.start)] or before
        if len(before) > 1:  # "X, the David Lynch revival, arrives May 21": a name that
            # only tells the kind of show is no subject
            before = [r for r in before if not (
                _THE_BEFORE.search(self.low, max(0, r.start - 6), r.start)
                and _KIND_AFTER.match(self.low, r.end))] or before
        if before and self.topic is not None and all(
                r.key != self.topic.key and _NEW_SHOW_OF.search(
                    self.low, max(cs, r.start - 30), r.start) for r in before):
            before = []  # 'The prequel to "Breaking Bad" premieres Sunday': the show the
            # text is about, not the older one
        aside = self._aside(before[0], pos) if len(before) > 1 else None
        if aside is not None:  # "X, teased at the end of Y's second season, will premiere in
            # December": X's (a title inside the subject's aside, closed before the date, is
            # not the subject)
            before = [r for r in before if not aside[0] <= r.start < aside[1]] or before
        if len(before) > 1:  # "X kicks off its season with a crossover with Y on Oct. 9": X's
            subjects = [r for r in before if not _OBJECT_OF.search(
                self.low, max(cs, r.start - 16), r.start)]
            before = subjects or before
        if before and index + 1 < len(self.s.clauses) and \
                _WHEN_START.match(self.low, self.s.clauses[index + 1][0]):
            ns, ne = self.s.clauses[index + 1]
            opener = next((r for r in self.refs if ns <= r.start < ne and any(
                r.end <= s_ <= r.end + 24 or 0 <= r.start - e_ <= 6 and _OF_GAP.fullmatch(
                    self.text, e_, r.start) for s_, e_, _ in self.seasons)), None)
            # (or "..., when all ten episodes of the fifth season of Bosch drop")
            if opener is not None and not any(
                    before[-1].end <= s_ < ns for s_, _, _ in self.seasons):
                return [opener], "clause"  # "Raylan Givens returns on Tuesday, Jan. 8, when
                # Justified opens its fourth season": the show whose season opens
        if not before:
            credited = [r for r in inside if r.end <= pos and _CREDIT_AFTER.match(self.low, r.end)]
            if credited and _SAYS_OF_THE_SHOW.search(self.low, credited[-1].end, pos):
                return [credited[-1]], "clause"  # "Scandal star Kerry Washington said the
                # political thriller returns Feb. 27": the show she is credited with
        if len(before) > 1:
            lineup = _LINEUP_ASIDE.search(self.low, max(cs, before[0].start - 40), before[0].start)
            if lineup is not None:  # "ABC's TGIT block - Grey's Anatomy at 8, Scandal at 9 and
                return before, "clause"  # How to Get Away with Murder at 10 - comes back Sept. 24"
        owner = self._characters_show(before)
        if owner is not None:  # "Killing Eve was renewed ..., and Villanelle and Eve will be
            return [owner], "clause"  # back next year": the characters' show
        if before:
            pool = inside if not _AND_START.match(self.low, cs) else \
                [r for r in self.refs if r.end <= pos]  # ('"Will Trent," based on ..., and the
            # second season of "The Wonder Years" are being held': the subject runs back)
            return self._group(before[-1], pool) + self._as_will(index), "clause"
        if index > 0 and _SUBJECT_ANAPHOR.match(self.low, cs):
            earlier = [r for r in self.refs if r.start < cs and not _CREDIT_AFTER.match(
                self.low, r.end)]  # (a credit is no antecedent: '"Gossip Girl" producer')
            if earlier:  # "The sixth series of Vera will be the last; it is expected in
                return self._group(earlier[0], earlier), "clause"  # early 2025": Vera's
        if self.topic is not None and _SUBJECT_ANAPHOR.match(self.low, cs):
            return [], ""  # "It launches this fall, right after The Voice": the topic launches
        if index + 1 < len(self.s.clauses) and not before:
            ns, ne = self.s.clauses[index + 1]
            then = [r for r in self.refs if ns <= r.start < ne]
            if then and _WHEN_START.match(self.low, ns):  # "The season gets underway Monday,
                return self._group(then[0], then), "clause"  # Sept. 23, when X launches ..."
        season_subject = _SUBJECT_SEASON.match(self.low, cs)
        if self.topic is not None and season_subject is not None and \
                not any(r.start < ce for r in self.refs) and \
                not re.match(r"(?:\s+\w+)?\s+of\b", self.low[season_subject.end():]):
            return [], ""  # "The fifth season arrives in 2026, with a prequel, Y, to follow"
        colon = self.text.find(": ", end, self.s.end)
        if colon >= 0 and (not self.text[end:colon].strip(" ,.;") or (
                colon - end <= 100 and not any(end <= r.start < colon for r in self.refs)
                and not (self.block.heading or self.block.start == 0)
                and any(not c.group().endswith(("date", "dates"))
                        for c in cues.RELEASE.finditer(self.low, end, colon)))):
            # ("Wednesday, Sept. 21 brings back all three of its dramas: X opens its second
            # season, Y launches season 18 and Z begins its fourth")
            listed = [r for r in self.refs if r.start > colon and not any(
                d != pos and self.s.clause_at(d) == self.s.clause_at(r.start) for d in self.ahead)
                and self._opens_item(r, colon)]
            # (not a title whose clause has a date of its own: "New this month: X returns on
            # Dec. 9, and Y wraps its season with a special on Dec. 18")
            if listed:  # "will premiere this fall: Lethal Weapon, ..., and The Exorcist"
                return listed, "clause"
        members = self._group_members(cs, pos, end)
        if members:  # "Several newcomers are waiting until midseason, including A, ...; B,
            return members, "clause"  # ...; and C"
        after = [r for r in inside if r.start >= end and not _SLOT_NEIGHBOUR.search(
            self.low, max(end, r.start - 24), r.start)  # (not "immediately after The Walking Dead")
            and not BASED_ON_BEFORE.search(self.low, max(end, r.start - 40), r.start)
            and not self._cast_along(r, end)]
        # (nor 'renewed the series for a fifth season, based on Herron's "London Rules"': a book)
        if after:  # (the group may run on past the clause: 'picked up "Found," the ...
            # drama, and "The Irrational" for second seasons')
            return self._group(after[0], inside + [r for r in self.refs if r.start >= ce]), "clause"
        openers = self._entry_openers(pos, end)
        if len(openers) > 1:
            return openers, "clause"
        listed = self._entry_listings(pos, end)
        if len(listed) > 1:
            return listed, "clause"
        if self.topic is not None and not inside and _THE_SHOW_AFTER.match(self.low, end):
            return [], ""  # "HBO did not say when the series will air; Minkie Spiro, who
            # directed episodes of X and Y, ...": the series the text is about
        order = list(range(index - 1, -1, -1)) + list(range(index + 1, len(self.s.clauses)))
        dated_apart = False  # a later clause's title has a date of its own
        for other in order:
            os_, oe = self.s.clauses[other]
            if other > index and self._dated_subject(os_, oe):
                dated_apart = True
                continue  # "X premieres Sunday, Nov. 15, and Y returns ... in the first half of
                # next year": a later clause whose title has its own date
            there = [r for r in self.refs if os_ <= r.start < oe and not self._bracketed(r, pos)
                     and not _CREDIT_AFTER.match(self.low, r.end)
                     and not BASED_ON_BEFORE.search(self.low, max(os_, r.start - 40), r.start)]
            # (not 'Season three will be based on Herron's "Real Tigers"; no date has been
            # announced': the book) (not 'replaced by "Gossip
            # Girl" producer Joshua Safran, and the show will return at midseason')
            # (not '... no broadcast date yet, and with A juggling films (A's "The Imitation
            # Game" opens in November)': a title in brackets away from the date)
            if there and self.in_section and self.topic is not None and all(
                    r.key != self.topic.key and self._names_a_kind(r) for r in there):
                continue  # under "Saved by the Bell", "The Bayside reboot, with ..., arrives"
            if there:
                own = [r for r in there if not _NEW_SHOW_OF.search(
                    self.low, max(os_, r.start - 24), r.start)] or there  # ('"Andor," the
                # prequel to "Rogue One," is two weeks away, with its first episodes arriving
                # Sept. 21': not the film it is the prequel to)
                pick = own[-1] if other < index else own[0]
                if other < index and _BOTH_START.search(self.low, cs, pos):
                    there = [r for r in self.refs if r.start < cs]  # "A, with X, and B, with
                    # Y, both follow in spring 2021": the subject spans the clauses before
                return self._group(pick, there), "sentence"
        return [], "apart" if dated_apart else ""  # ("apart": the date is some other subject's,
        # not the text's topic's either)

    def _cast_along(self, ref: Ref, floor: int) -> bool:
        """Is ``ref`` one of the people named "along with" a show ("back for series two in
        April, along with Julia Zemiro and Marty Sheargold")?"""
        for m in _ALONG_PEOPLE.finditer(self.text, max(floor, ref.start - 80), ref.end):
            if m.start(1) <= ref.start and ref.end <= m.end() and given_name_only(self.text, m.group(1)):
                return True
        return False

    def _entry_openers(self, pos: int, end: int) -> list[Ref]:
        """A calendar entry led by its one date, whose titles each open their own season:
        "Wednesday, Sept. 26 — Survivor returns for its 37th season, Chicago Fire opens
        season 7, and Empire begins its fifth season": all three, on that night."""
        if not self._leads_entry(pos, end):
            return []
        found: list[Ref] = []
        for i, ref in enumerate(self.refs):
            stop = self.refs[i + 1].start if i + 1 < len(self.refs) else self.s.end
            stop = min(stop, self.s.clauses[self.s.clause_at(ref.start)][1])
            if ref.start >= end and cues.RELEASE.search(self.low, ref.end, stop) and any(
                    ref.end <= s_ < stop for s_, _, _ in self.seasons) and \
                    all(r.key != ref.key for r in found):
                found.append(ref)
        return found

    def _leads_entry(self, pos: int, end: int) -> bool:
        """Is the date at ``pos`` the one date leading its calendar entry ("Wednesday, Sept.
        26 — ...")?"""
        lead = DATED_LINE.match(self.text, self.s.start, self.s.end)
        return lead is not None and self.s.start == self.block.start and \
            lead.start() <= pos < end <= lead.end() and len(self.dates) == 1

    def _entry_listings(self, pos: int, end: int) -> list[Ref]:
        """A calendar entry led by its one date, that names its titles each with a network:
        "Sept. 24 — "Manifest" (NBC, 10 p.m.), in which ..., and a reboot of "Magnum P.I."
        (CBS, 9 p.m.)": both, that day."""
        if not self._leads_entry(pos, end):
            return []
        found: list[Ref] = []
        for ref in self.refs:
            closing = _CLOSE_QUOTE.match(self.text, ref.end)
            after = closing.end() if closing is not None else ref.end
            if ref.start >= end and PAREN_NETWORK.match(self.text, after) and \
                    all(r.key != ref.key for r in found):
                found.append(ref)
        return found

    def _characters_show(self, named: list[Ref]) -> Ref | None:
        """The sentence's show whose title holds one of ``named``, when all of them are names
        seen only in passing ("Eve" of "Killing Eve", named before them): they are its
        characters."""
        if not named or not all(r.weak for r in named):
            return None
        for r in named:
            for other in self.refs:
                if other.key != r.key and other.end <= r.start and len(other.name) > len(r.name) and \
                        re.search(rf"(?<!\w){re.escape(r.name)}(?!\w)", other.name):
                    return other
        return None

    def _group_members(self, cs: int, pos: int, end: int) -> list[Ref]:
        """The titles a group of shows that premieres lists after "including" ("Three dramas
        return this fall, including A, B and C")."""
        including = INCLUDING.search(self.text, end, self.s.end)
        if including is None or including.start() - end > 100 or \
                any(end <= r.start < including.start() for r in self.refs) or \
                not GROUP_SUBJECT.search(self.text, cs, pos):
            return []
        return self._list_items(including)

    def _new_group_member(self, ref: Ref) -> bool:
        """Is ``ref`` an item of a list of new shows ("Several of ABC's newcomers ..., including
        A, ...; B")?"""
        before = self.low[self.s.start:ref.start]
        including = INCLUDING.search(self.text, self.s.start, ref.start + 1) \
            if "includ" in before or " as " in before or "among" in before else None
        return including is not None and _NEW_GROUP.search(self.low, self.s.start, including.start()) \
            is not None and any(r.start == ref.start for r in self._list_items(including))

    def _list_items(self, including: re.Match[str]) -> list[Ref]:
        """The titles that open the items of the list after ``including``: after a semicolon
        where the list has them (each item with its own description), else after a comma or
        "and"."""
        opener = _ITEM_AFTER_SEMICOLON if ";" in self.text[including.end():self.s.end] else _ITEM_AFTER
        return [r for r in self.refs if r.start == including.end() or r.start > including.end()
                and opener.search(self.text, max(including.end(), r.start - 8), r.start)]

    def _opens_item(self, ref: Ref, colon: int) -> bool:
        """Is ``ref`` an item of the list after ``colon``, not the object of a preposition
        ("...; Y brings the witch back from the WandaVision finale")?"""
        return not _PREPOSITION_BEFORE.search(self.low, max(colon, ref.start - 16), ref.start) \
            and not _ROLE_AFTER.match(self.low, ref.end)  # (nor 'a "Graveyard Shift" writer')

    def along_with(self, end: int) -> list[Ref]:
        """"It premieres this fall, along with "Last Resort," a drama ...": the title that
        shares the date just before it; and, in a sentence with one date, a neighbour in the
        schedule whose own premiere is that night ('X airs Sunday, right after the
        sixth-season premiere of "The Good Wife"')."""
        along = _ALONG_WITH.match(self.low, end)
        if along is not None:
            return [r for r in self.refs if 0 <= r.start - along.end() <= 1
                    and not given_name_only(self.text, r.name)][:1]  # (not "along with Julia
            # Zemiro and Marty Sheargold": the cast)
        followed = _FOLLOWED_BY_SEASON.match(self.low, end)
        if followed is not None and not any(d > end for d in self.dates):
            return [r for r in self.refs if 0 <= r.start - followed.end() <= 1][:1]  # ("premieres
            # that night, followed by the second season of "Lodge 49"": that night's too)
        leading = _LEADING_INTO.match(self.low, end)
        if leading is not None:
            return [r for r in self.refs if 0 <= r.start - leading.end() <= 1
                    and _SEASON_OWNED.match(self.low, r.end)][:1]
        if len(self.dates) != 1:
            return []
        return [r for r in self.refs if _NEIGHBOUR_PREMIERE.search(
            self.low, max(self.s.start, r.start - 60), r.start)]

    def neighbour_premiere(self, ref: Ref) -> bool:
        """Is ``ref`` named as a neighbour in the schedule ("after the season premiere of X")?"""
        return _NEIGHBOUR_PREMIERE.search(self.low, max(self.s.start, ref.start - 60), ref.start) is not None

    def _as_will(self, index: int) -> list[Ref]:
        """"X will debut at midseason, as will the second season of Smash": Smash too."""
        if index + 1 >= len(self.s.clauses):
            return []
        ns, ne = self.s.clauses[index + 1]
        if not _AS_WILL.match(self.low, ns):
            return []
        return [r for r in self.refs if ns <= r.start < ne]

    def _group(self, ref: Ref, pool: list[Ref]) -> list[Ref]:
        """``ref`` and the titles coordinated with it ("Iron Fist and Defenders")."""
        pool = sorted(pool, key=lambda r: r.start)
        i = pool.index(ref)
        lo = hi = i
        while lo > 0 and _COORDINATION.match(self.text[pool[lo - 1].end:pool[lo].start]):
            lo -= 1
        one_date = len(self.dates) == 1
        while hi + 1 < len(pool) and (
                _COORDINATION.match(self.text[pool[hi].end:pool[hi + 1].start]) or one_date
                and _SHARED_SLOT.match(self.text, pool[hi].end, pool[hi + 1].start)):
            hi += 1  # ("X opens its tenth season, followed by the 13th season of Y": one night)
        gaps = [self.text[pool[k].end:pool[k + 1].start] for k in range(lo, hi)]
        if gaps and not any(re.search(r"\b(?:and|or|plus|as\s+well\s+as|along\s+with|alongside|"
                                      r"together\s+with|followed\s+by)\b|&", g, re.IGNORECASE)
                            for g in gaps) and not all(g.lstrip().startswith("(") for g in gaps):
            # (but "9-1-1 (8 p.m.), Doctor Odyssey (9 p.m.)" is a schedule line's list)
            return [ref]  # "'Revolution' lands, 'Hannibal' waits": a comma alone joins clauses
        seen, group = set(), []
        cast = False  # ("along with Julia Zemiro and Marty Sheargold": people, not shows)
        for k, r in enumerate(pool[lo:hi + 1], start=lo):
            gap = self.text[pool[k - 1].end:r.start] if k > lo else ""
            cast = r is not ref and (
                given_name_only(self.text, r.name) and _ALONG_GAP.search(gap) is not None
                or cast and FULL_NAME.fullmatch(r.name) is not None and _NAMES_AND.fullmatch(gap) is not None)
            if r.key not in seen and not cast:
                seen.add(r.key)
                group.append(r)
        return group

    def delayed_topic(self, m: DateMention) -> Topic | None:
        """In "the network has postponed the show's return ... indefinitely", the show the
        text is about is delayed too, though the sentence only points at it."""
        if self.delay_at is None or m.span[0] < self.delay_at or self.topic is None:
            return None
        if not cues.ANAPHOR.search(self.low, self.delay_at, m.span[0]):
            return None  # the delay must point at the show: "postponed the show's return"
        if any((r.start < self.delay_at or r.start <= self.delay_at + 12)
               and r.key != self.topic.key for r in self.refs):
            return None  # "The White Lotus: ... with shooting now pushed, the new installment
            # won't be seen until 2025": the show the sentence names, not the one before
            # (and "has moved Dune: Part Two from November to March 15": the title moved)
        if any(t.start <= self.delay_at + 12 for t in self.media):
            return None  # ("Warner Bros. moved Dune: Part Two ...": a film, moved)
        if any(self.delay_at <= r.start < m.span[0] and r.key != self.topic.key and _SEASON_OF_REF.search(
                self.low, max(self.delay_at, r.start - 40), r.start) for r in self.refs):
            return None  # "are moving up the third season of Killing Eve ... to April 12": the
            # season the sentence names is another show's
        return self.topic

    def service_before(self, pos: int) -> bool:
        """Is the clause of ``pos`` a relative clause about a service or network named right
        before it ("it undercuts Disney+, which arrives on November 12")?"""
        index = self.s.clause_at(pos)
        cs = self.s.clauses[index][0]
        relative = _RELATIVE_START.match(self.low, cs) if index > 0 else None
        if relative is None or "," in self.low[relative.end():pos] or \
                _IT_OBJECT.search(self.low, relative.end(), pos):
            return False  # (not "ABC, which is treating them as the 10th season, will unveil
            # them Tuesday": the aside closes before the date; nor "for Showtime, which has
            # promised it in 2016": the show is what the service promised)
        named = _NAME_BEFORE.search(self.text, max(self.s.start, cs - 40), cs)
        return named is not None and show_key(named.group(1)) in NOT_SHOWS

    def media_before(self, pos: int) -> bool:
        """Is a film, book or game named in the clause before ``pos``, its subject or object?"""
        cs, _ = self.s.clauses[self.s.clause_at(pos)]
        if _MEDIUM_THAT.search(self.low, max(self.s.start, pos - 60), pos):
            return True  # "..., the Sony-published sequel that arrives June 26": a game's
        return any(cs <= t.start < pos and (_MEDIA_MOVED.search(self.low, max(cs, t.start - 24), t.start)
                                            or _MOVED_AFTER.match(self.low, t.end, pos))
                   for t in self.media) and not any(cs <= r.start < pos for r in self.refs)

    def _own_relative(self, ref: Ref, pos: int) -> bool:
        """Is ``pos`` inside a relative clause of the apposition that follows ``ref`` ("X, the
        Leigh Bardugo adaptation that launches April 23")?"""
        aside = _APPOSITION_CLAUSE.match(self.low, ref.end)
        return aside is not None and aside.end() <= pos and "," not in self.low[aside.end():pos]

    def may_use_topic(self, tba: bool = False) -> bool:
        if self.topic is None:
            return False
        star_season = False  # "Krysten Ritter's second season", in the entry its show leads
        for start, _, _ in self.seasons:  # "Apple has not dated The Morning Show's fourth
            owner = _OWNER_BEFORE.search(self.text, max(self.s.start, start - 60), start)
            if owner and show_key(owner.group(1)) != self.topic.key:  # season": that show's
                person = _ROLE_WORD_FIRST.sub("", owner.group(1))  # ("Creator Sam Levinson's third season")
                if self.topic_block == self.s.block and show_key(
                        self.text[self.block.start:self.block.start + 80]).startswith(
                        self.topic.key) and FULL_NAME.fullmatch(person) and \
                        not any(r.start <= owner.start(1) < r.end for r in self.refs):  # (a
                    # person's, not "Silicon Valley's fifth season")
                    star_season = True
                    continue
                return False
        if _GUIDE_SENTENCE.search(self.low, self.s.start, self.s.end):
            return False  # "Here's what's premiering this week and next.": the guide's, no show's
        if tba and self.topic_block == self.s.block:
            return True  # "...confirmed an order for SMILF. No premiere date has been set."
        if _LINEUP_SUBJECT.match(self.low, self.s.start, self.s.end) or \
                _LINEUP_OBJECT.search(self.low, self.s.start, self.s.end):
            return False  # "The animation block follows on Sunday, Feb. 2": a night of shows
            # ("the network is starting its scripted slate later in the month")
        lead = _LEAD_NAME.match(self.text, self.s.start, self.s.end)
        if lead and not self.anaphor and not star_season and \
                is_person(self.text, lead.start(1), lead.end(1)) and \
                not _ADAPTATION_WHICH.search(self.low, self.s.start, self.s.end) and \
                not (self.in_section and any(_SHOW_THAT_BEGINS.search(self.low, self.s.start, d)
                                             for d in self.ahead)):
            return False  # "Chris Evans returns to host SNL on Saturday": his date, not the show's
        service = _SERVICE_SUBJECT.match(self.text, self.s.start, self.s.end)
        if service and show_key(service.group(1)) in NOT_SHOWS and not self.anaphor and \
                not self._answers_turn() and not self._after_lead_title():  # (but a host's "NBC,
            # Monday, Sept. 24." after "Chuck.", and "Squid Game. Netflix, September 17.")
            return False  # "HBO Max, the company's new streaming service, launches May 27": the
            # service's own launch
        if self.in_section:
            return True  # under a heading that names a show, the text is about that show
        if self.topic_block == self.s.block and (LISTED_ITEM.match(self.text, self.block.start)
                                                 or self._line_led_by_topic()):
            return True  # "The Mentalist (CBS) — In this new procedural, ... Tuesday, Sept. 23."
            # (or such a line among others: "Dune: Prophecy, Series Premiere (HBO). The prequel
            # is dated for November.")
        return bool(self.anaphor or self.seasons or self.block.label or self.early
                    or _STARTS_WITH_RELEASE.match(self.text, self.s.start, self.s.end)
                    or _EYES_PREMIERE.search(self.low, self.s.start, self.s.end)
                    or _OWNED_KIND_SUBJECT.match(self.low, self.s.start, self.s.end)
                    or self._answers_when())

    def _line_led_by_topic(self) -> bool:
        """Is the sentence on a list line of its paragraph (not its first) that the topic's
        title leads, as an entry: "Title, Series Premiere (HBO). ..."?"""
        assert self.topic is not None
        line = self.text.rfind("\n", self.block.start, self.s.start) + 1
        return line > self.block.start and LISTED_ITEM.match(self.text, line) is not None and \
            show_key(self.text[line:line + 80]).startswith(self.topic.key)

    def _answers_turn(self) -> bool:
        """Is the paragraph a podcast host's turn after the other host's that only named the
        topic ("KAT: Gossip Girl." / "DEV: The CW, Wednesday, Sept. 19.")?"""
        reply = speaker_turn(self.text, self.block.start)
        if reply is None or self.topic is None:
            return False
        before = self.text[max(0, self.block.start - 200):self.block.start].rstrip()
        opens = before.rfind("\n") + 1
        asked = speaker_turn(before, opens)
        if asked is None or asked.group(1) == reply.group(1):
            return False
        named = TURN_TITLE.fullmatch(before, asked.end())
        return named is not None and show_key(named.group(1)) == self.topic.key

    def _asked_when_before(self) -> bool:
        """Does the sentence follow a question about when, at its paragraph's start ("When does
        it start? Sunday, Sept. 25, for season two.")?"""
        question = self.text[self.block.start:self.s.start].rstrip()
        return question.endswith("?") and "?" not in question[:-1] and len(question) <= 80 and \
            _WHEN_QUESTION.search(question.lower()) is not None

    def _answers_when(self) -> bool:
        """The paragraph answers a question about the show's return ("When are we going to
        see season 2?" / "... we're hoping for early next year.")."""
        before = self.text[max(0, self.block.start - 300):self.block.start].rstrip()
        question = before[before.rfind("\n") + 1:]
        if ANSWER_LABEL.match(self.text, self.block.start) and QUESTION_LABEL.match(question):
            # a mailbag's "Q: ... "Arrested Development"? - Sam H., Worthington" / "A: It is.
            # ...": the answer is about the show asked about
            return self.topic is not None and self.topic.name.lower() in question.lower()
        return question.endswith("?") and _WHEN_QUESTION.search(question.lower()) is not None

    # -- which season --------------------------------------------------------------------

    def _names_a_kind(self, ref: Ref) -> bool:
        """Does the title only tell what kind of show the subject is ("the Bayside reboot",
        "the David Lynch revival", "HBO's Green Lantern series")?"""
        return bool((_THE_BEFORE.search(self.low, max(0, ref.start - 6), ref.start)
                     or self.text.startswith("The ", ref.start)
                     or self.text.endswith(("'s ", "’s "), max(0, ref.start - 3), ref.start))
                    and _KIND_AFTER.match(self.low, ref.end))

    def _aside(self, ref: Ref, limit: int) -> tuple[int, int] | None:
        """Where the aside after a subject runs, closed by a comma before ``limit`` ("X, the
        first series set in the Alien universe, premieres ..."), if one follows it."""
        aside = _SUBJECT_ASIDE.match(self.low, ref.end)
        if aside is not None and aside.group("kind") and _NAMED_NEXT.match(self.text, aside.end()):
            return None
        close = self.low.find(",", aside.end(), limit) if aside is not None else -1
        return (aside.start(), close) if aside is not None and close >= 0 else None
        # (from its opening comma: 'X, the "Grey's Anatomy" firefighter spinoff,' holds a title)

    def attached_season(self, ref: Ref, seasons: list[tuple[int, int, int]] | None = None
                        ) -> int | None:
        """The season said right beside a title: "X season 2", "X (third season)", "the
        third-season opener of X"."""
        for s, e, n in self.seasons if seasons is None else seasons:
            gap_after = self.text[ref.end:s]
            gap_before = self.text[e:ref.start]
            if 0 <= s - ref.end <= 12 and GAP_TO_SEASON.fullmatch(gap_after) \
                    and not self.low.startswith(("a ", "an "), s) \
                    and not self._of_another_name((s, e, n), ref):
                return n  # ("handed Slow Horses a sixth season": not its season; nor "the
                # freshman comedy Partners, the second season of 2 Broke Girls")
            if 0 <= ref.start - e <= 24 and _GAP_TO_TITLE.fullmatch(gap_before) or \
                    0 <= ref.start - e <= 60 and _SEASON_OF_DESCRIBED.fullmatch(gap_before):
                return n  # ("the fourth season of the family drama "Parenthood"")
        return None

    def _only_titles_between(self, start: int, end: int) -> bool:
        """Is ``text[start:end]`` nothing but titles and the commas and "and" of a list?"""
        at = start
        for r in self.refs:
            if r.end <= start or r.start >= end:
                continue
            if _LIST_SEPARATION.fullmatch(self.text, at, r.start) is None:
                return False
            at = r.end
        return _LIST_SEPARATION.fullmatch(self.text, at, end) is not None

    def season_for(self, ref: Ref | None, pos: int, group_size: int, *, ahead: bool = False
                   ) -> tuple[int | None, bool]:
        """(season, stated): the season a target means, and whether the text said it.
        ``ahead``: the season is told after ``pos`` ("renewed for a fourth season")."""
        cs, ce = self.s.clauses[self.s.clause_at(pos)]
        # A date's season is not the one a renewal names ("arrives on November 14 and has
        # already been renewed for a second season": November 14 is the first season's).
        seasons = self.seasons if ahead else [x for x in self.seasons if x[0] < pos or not (
            _RENEWED_FOR.search(self.low, max(self.s.start, x[0] - 60), x[0])
            or _ORDERED_AFTER.match(self.low, x[1]))]  # ("It is expected later this year, and a
        # second season has already been commissioned": the date is the first season's)
        if ref is not None and ref.season is not None:
            return ref.season, True
        if ref is not None and not ahead and self._new_group_member(ref):
            return 1, True  # "Several newcomers are waiting until midseason, including A, B"
        if ref is not None and (elided := ELIDED_SEASON_OF.search(
                self.text, max(self.s.start, ref.start - 24), ref.start + 1)) is not None and \
                elided.end() in (ref.start, ref.start - 1) and \
                (number := ordinal_number(elided.group("ord"))) is not None:
            return number, True  # "..., and the 17th of Family Guy" (the pattern looks at
            # the title's first letter)
        relative = None if ahead else next(
            (x for x in seasons if 0 <= pos - x[1] <= 60 and _WHICH_WILL.match(self.low, x[1])
             and not any(x[1] <= y[0] < pos for y in seasons)), None)
        if relative is not None:  # "has been renewed for a third, which will premiere in early
            return relative[2], True  # 2015": the season the relative clause dates
        bare = None if ahead else _SCHEDULED_ORDINAL.search(self.low, cs, pos)
        ordinal = ordinal_number(bare.group(1) or bare.group(2)) if bare is not None else None
        if ordinal is not None:
            return ordinal, True  # "the network has already scheduled a
            # third, "Butcher's Block," for early 2018": the show's third installment
        if not ahead and _SERIES_PREMIERE_BEFORE.search(self.low, max(cs, pos - 40), pos):
            return 1, True  # "renewed for a second season, ahead of its series premiere on Aug. 8"
        if ref is not None:
            rs, re_ = self.s.clauses[self.s.clause_at(ref.start)]
            if (rs, re_) != (cs, ce) and not any(cs <= r.start < ce for r in self.refs):
                # "X season 2 premieres December 26, and the third and final season will
                # follow in 2025": a later clause with a season of its own and no title
                told = [x for x in seasons if cs <= x[0] < ce and not self._past_season(x)]
                if told and _SUBJECT_SEASON.match(self.low, cs):
                    return told[0][2], True
            cs, ce = min(cs, rs), max(ce, re_)
            reported = self._reported_season(ref, pos, seasons)
            if reported is not None:
                return reported, True
            attached = self.attached_season(ref, seasons)
            if attached is not None:
                return attached, True
            listed_of = [x for x in seasons if x[1] <= ref.start and self.low.startswith("s of ", x[1])
                         and self._only_titles_between(x[1] + 5, ref.start)]
            if listed_of:  # "the third seasons of Kung Fu and Superman & Lois": each one's
                return listed_of[-1][2], True
            spread = self._spread_season(ref) if group_size > 1 else None
            if spread is not None:  # "A, B and C return Jan. 17 with their ninth, twelfth and
                return spread, True  # eleventh seasons respectively": each its own, in order
            ms, me = self.s.clauses[self.s.clause_at(pos)]
            ps, pe = self.s.clauses[self.s.clause_at(max(self.s.start, pos - 1))]  # (a cue that
            # ends its clause: "A and B will also be back for third seasons, and ...")
            plural = [x for x in seasons if (min(ms, ps) <= x[0] < max(me, pe) or group_size > 1)
                      and ref.end <= x[0] and self.low.startswith("seasons", x[1] - 6)
                      and not self._past_season(x)]
            # (a group's plural may close a later clause: 'picked up "Found," the ... drama,
            # and "The Irrational" for second seasons')
            if plural:  # "Mom and The Millers both start their second seasons": each one's
                return plural[0][2], True
            ordered = [x for x in seasons if min(ms, ps) <= x[0] and x[1] <= ref.start
                       and _ORDERS_AFTER.match(self.low, x[1])]
            if ordered:  # "handed second-season pickups to Atlanta and Better Things"
                return ordered[-1][2], True
            owned = [x for x in seasons if ms <= x[0] < me and not self._past_season(x)
                     and not any(r.start <= x[0] < r.end for r in self.refs)
                     and not any(r.key != ref.key and 0 <= x[0] - r.end <= 14 and not (
                         self._venue(r) and _WITH_ITS.match(self.low, r.end)) for r in self.refs)
                     and not self._of_another_name(x, ref)
                     and not (ahead and _AFTER_ITS.search(self.low, max(self.s.start, x[0] - 30), x[0]))]
            other_refs = [r for r in self.refs if ms <= r.start < me and r.key != ref.key
                          and not self._venue(r)]
            if owned and not other_refs:  # the season said nearest the date, in its clause
                return min(owned, key=lambda x: min(abs(x[0] - pos), abs(x[1] - pos)))[2], True
            aside = self._aside(ref, self.s.end)
            following = [r.start for r in self.refs if r.start > ref.start and not _LIKE_BEFORE.search(
                self.low, max(cs, r.start - 12), r.start)  # ("Veep, which like Thrones is
                # wrapping up, begins its seventh and final season": Veep's)
                and not (aside is not None and aside[0] <= r.start < aside[1])]
            # ("X, the series credited with turning Americans into F1 fans, has been renewed for a
            # fourth season": X's)
            segment_end = min(following + [self.s.end])
            inside = [x for x in seasons if ref.end <= x[0] < segment_end
                      and not self._belongs_to_next(x, segment_end) and not self._past_season(x)
                      and not self._of_another_name(x, ref)
                      and not (aside is not None and aside[0] <= x[0] < aside[1] and any(
                          aside[0] <= r.start < x[0] for r in self.refs))]
            # (not "X, teased at the end of The Mandalorian's second season, will premiere": a
            # season told, inside the subject's aside, after another title)
            if ahead and len(inside) > 1:  # "X, renewed in December after its six-episode
                inside = [x for x in inside if not _AFTER_ITS.search(  # first run, will return
                    self.low, max(self.s.start, x[0] - 30), x[0])] or inside  # with a second season"
            renewed = [x for x in inside if ahead and x[0] < pos and _RENEWED_FOR.search(
                self.low, max(self.s.start, x[0] - 30), x[0])]
            if renewed:  # "X, now airing its fourth season, has been renewed for a fifth; no
                return renewed[-1][2], True  # date has been set": the season just renewed
            if inside:  # "Veep returns for its seventh and final season on ..."
                return inside[0][2], True
            over = [x for x in seasons if ref.end <= x[0] < segment_end and self._past_season(x)
                    and _AIRED_AFTER.match(self.low, x[1])]
            if over and (ahead or _AFTER_IT_ENDED.search(
                    self.low, max(cs, over[0][0] - 40), over[0][0])
                    or self.low.endswith("whose ", 0, over[0][0]) and cues.RETURNING.search(
                        self.low, over[0][1], ce)):  # ("X, whose first season aired in 2021,
                # comes back October 25": the second)
                # "X, whose fifth season wrapped in October, has not been dated": the next one
                return over[0][2] + 1, True  # ("returns ..., three years after season one ended")
            gone = [] if ahead else [x for x in seasons if ref.end <= x[0] < segment_end
                    and (lapse := _TIME_AFTER_SEASON.search(self.low, max(cs, x[0] - 40), x[0]))
                    and not _STORY_SET.search(self.low, max(cs, lapse.start() - 30), lapse.start())]
            if gone:  # "returns in mid-November, more than two years after its first season"
                return gone[0][2] + 1, True  # (not "set 20 years after the first season")
            if group_size == 1:
                near = [x for x in seasons if cs <= x[0] < ce and not self._past_season(x)
                        and not any(r.start <= x[0] < r.end for r in self.refs)]
                others = [r for r in self.refs if cs <= r.start < ce and r.key != ref.key]
                if near and not others:
                    return near[-1][2] if near[-1][0] < pos else near[0][2], True
        else:
            free = [x for x in seasons if not FINALE_AFTER.match(self.low, x[1])
                    and (ahead or not self._past_season(x))  # (not "the second season dropped")
                    and not any(abs(x[0] - r.end) <= 12 or abs(r.start - x[1]) <= 14
                               for r in self.refs)]
            compared = [x for x in free if _COMPARED_BEFORE.search(self.low, max(self.s.start, x[0] - 12),
                                                                   x[0])]
            if compared and len(compared) < len(free):  # "Series 6 was commissioned at the same
                free = [x for x in free if x not in compared]  # time as series 5": series 6's
            if free:
                after = [x for x in free if x[0] >= pos]
                before = [x for x in free if x[0] < pos]
                if ahead and after:
                    if after[0][2] is not None and (_AIRED_AFTER.match(self.low, after[0][1])
                                                    or self._past_season(after[0])):
                        return after[0][2] + 1, True  # "renewed just before season 2 hit the
                    return after[0][2], True            # service": season 3
                if ahead and before and before[-1][2] is not None and (
                        _AIRED_AFTER.match(self.low, before[-1][1])
                        or _AUDIENCE_AFTER.match(self.low, before[-1][1])) and \
                        not cues.MAKING_OF.search(self.low, max(self.s.start, before[-1][0] - 30),
                                              before[-1][0]):
                    return before[-1][2] + 1, True  # "Season 1 premiered ..., and was renewed"
                    # ("its second season drew few viewers, but AMC renewed it": the third)
                return (before[-1] if before else free[0])[2], True
            if self.topic is not None and self.topic.season is not None:
                return self.topic.season, True
        if ref is not None and self.topic is not None and self.topic.key == ref.key and \
                self.topic.season is not None and self.topic_block <= 1 and self.early:
            return self.topic.season, True  # the headline's "Season 7" for "returns July 16"
        if ref is not None and self.called_new(ref, cs):
            return 1, False
        if ref is not None and _NEW_LIST_BEFORE.search(self.low, max(self.s.start, ref.start - 160),
                                                        ref.start):
            return 1, False  # "as will two new series: the crime drama "Instinct" and the
            # comedy "Living Biblically"": each item of a list of new shows
        if ref is not None:  # ("X on August 12 and the Y revival on August 4": Y's revival,
            # but "the final seasons of A, B and C" are all returning)
            def dated(a: int, b: int) -> bool:
                return any(a <= d < b for d in self.dates)
            cs = max([r.end for r in self.refs if cs <= r.start and r.end <= ref.start
                      and dated(r.end, ref.start)] + [cs])
            ce = min([r.start for r in self.refs if ref.start < r.start < ce
                      and dated(ref.end, r.start)] + [ce])
        clause = _BRINGS_BACK.sub(lambda b: " " * len(b.group()), self._without_refs(cs, ce))
        # ("brings Westeros back at a smaller scale": not a sign the show returns)
        returning = [m for m in cues.RETURNING.finditer(clause)
                     if (ahead or cs + m.start() < pos or not _RENEWAL_WORD.match(m.group()))
                     and not clause.endswith("who ", 0, m.start())
                     and not (ref is not None and self._names_another(clause, cs, m.end(), ref))
                     # ("debuts at 8 p.m. ahead of the return of Empire at 9": Empire's return)
                     and not (m.group().startswith("returning")
                              and _SOMEONE_BEFORE.search(clause, max(0, m.start() - 40), m.start()))]
        # ("a housewife who returns to medicine", "as a reporter returning to her hometown": a
        # character's return, not the show's)
        if returning and ref is not None and _FIRST_YEAR_HIT.search(self.low, self.s.start, self.s.end):
            return 2, True  # "9-1-1, Fox's top new drama of the year ..., returns this fall", "X,
            # ABC's biggest rookie hit, also returns": a first season's show, back for its second
        if returning and ref is not None and any(
                not clause.startswith(" of", n.end()) and cs + n.end() <= ref.start
                for n in _BRAND_NEW.finditer(clause)):
            return 1, False  # "Mary Berry returns to BBC Two with a new cookery series, X", "he is
            # returning in a brand-new series, X": the person returns, in a show of its own (but
            # "X returns with a new series": the next season)
        if returning:  # ("arrives on November 14 and has been renewed": the renewal after the
            return None, False  # date is a later season's, not a sign this one returns)
        if ref is not None and _AFTER_FRESHMAN.search(self.low, ref.end, self.s.end):
            return 2, True  # "NBC is holding Manifest for midseason, a move that follows a solid
            # but uneven freshman run": the season after the first
        if ref is None and _NEW_SHOW_OPENS.match(self.low, self.s.start):
            return 1, False  # "The new series, with ..., debuts Oct. 16" after a revival's story
        if ref is None and self.topic is not None and self.topic.returning:
            return None, False  # "...the final season of X. Part 1 arrives November 26"
        return 1, False

    def _spread_season(self, ref: Ref) -> int | None:
        """The season a list of ordinals gives ``ref`` by its place among the titles named
        before it ("A and B come back Feb. 7 for their third and sixth seasons": B's sixth)."""
        spread = _SPREAD_SEASONS.search(self.low, self.s.start, self.s.end)
        if spread is None:
            return None
        numbers = [ordinal_number(w) for w in _ORDINAL_WORD.findall(spread.group("list"))]
        titles: list[str] = []
        for r in self.refs:
            if r.end <= spread.start() and r.key not in titles:
                titles.append(r.key)
        if len(numbers) != len(titles) or None in numbers or ref.key not in titles:
            return None
        return numbers[titles.index(ref.key)]

    def called_new(self, ref: Ref, floor: int) -> bool:
        """Does the text call the show new where it names it (looking back no further than
        ``floor``)?"""
        return bool(_DEBUT_OF.search(self.low, max(0, ref.start - 30), ref.start)
                    # ("the return of X in April and the debut of Y in the fall")
                    or _NEW_BEFORE.search(self.low, max(floor, ref.start - 30), ref.start)
                    # ("X returns ..., followed by new comedy Y")
                    or _NEW_AFTER.match(self.low, ref.end) or _NEW_MARK_AFTER.match(self.low, ref.end))
        # ('Taking the revival's slot is "Brilliant Minds," a new medical drama')

    def _bracketed(self, ref: Ref, pos: int) -> bool:
        """Is ``ref`` inside brackets that do not hold ``pos`` too?"""
        opened = self.text.rfind("(", self.s.start, ref.start)
        if opened < 0 or self.text.rfind(")", opened, ref.start) >= 0:
            return False
        closed = self.text.find(")", ref.end, self.s.end)
        return closed >= 0 and not opened < pos < closed

    def _venue(self, ref: Ref) -> bool:
        """Is ``ref`` where a show goes ('"Sherlock" returns to "Masterpiece Mystery!" with its
        third series'), a strand or a channel, not the show whose season follows?"""
        return _GOES_TO_BEFORE.search(self.low, max(0, ref.start - 24), ref.start) is not None

    def _names_another(self, clause: str, cs: int, at: int, ref: Ref) -> bool:
        """Does ``clause`` (from ``cs``, titles blanked) go on at ``at`` with "of" and another
        title than ``ref`` ("the return of Empire")?"""
        of = _OF_ANOTHER.match(clause, at)
        return of is not None and any(r.key != ref.key and r.start == cs + of.end()
                                      for r in self.refs)

    def _of_another_name(self, phrase: tuple[int, int, int | None], ref: Ref) -> bool:
        """"behind the 19th-season premiere of the original NCIS": the season of a name after
        it (a title or not), other than ``ref``."""
        of = _SEASON_OF_NAME.match(self.text, phrase[1])
        if of is None:  # ("the second season of 2 Broke Girls": a title that opens with a digit)
            bare = _OF_TITLE.match(self.text, phrase[1])
            return bare is not None and any(r.start == bare.end() and r.key != ref.key
                                            for r in self.refs)
        return not (ref.start <= of.end() - 1 < ref.end)

    def _belongs_to_next(self, phrase: tuple[int, int, int | None], next_ref: int) -> bool:
        """"the second season of Smash": the phrase names the season of the title after it."""
        return next_ref < self.s.end and \
            (_SEASON_OF_NEXT.fullmatch(self.text[phrase[1]:next_ref]) is not None
             or _SEASON_OF_DESCRIBED.fullmatch(self.text, phrase[1], next_ref) is not None)

    def _reported_season(self, ref: Ref, pos: int, seasons: list[tuple[int, int, int]]
                         ) -> int | None:
        """A season told after the title, as what someone reports of the date, rather than the
        one told with the title: "After the debut of the second season of Squid Game, Netflix
        confirmed that the third season will arrive later this year": the third."""
        for s, e, n in seasons:
            if ref.end <= s < pos and not any(
                    ref.end <= r.start < pos and r.key != ref.key for r in self.refs) and \
                    _REPORTED_BEFORE.search(self.low, max(self.s.start, s - 40), s) and \
                    cues.RELEASE.search(self.low, s, pos) and not self._past_season((s, e, n)):
                return n
        return None

    def _past_season(self, phrase: tuple[int, int, int | None]) -> bool:
        """"which ended its first season", "the first run ended in 2013": a season that
        is over is not the one a date announces."""
        s, e, _ = phrase
        if cues.MAKING_OF.search(self.low, max(self.s.start, s - 30), s):
            return False  # "Filming on the sixth series wrapped in May": made, not shown
        if _YEARS_AFTER.search(self.low, max(self.s.start, s - 48), s) or \
                _SET_BETWEEN.search(self.low, max(self.s.start, s - 40), s):
            return True  # "picks up the story 25 years after the second season", "set
            # between the second and third seasons of the flagship": a story's time
        verb = _PAST_VERB.search(self.low, max(self.s.start, s - 14), s)
        return bool(verb and " that " not in self.low[verb.end() - 1:s]  # (not "the guidance
                    # was that season two would arrive in the fall")
                    or _PAST_VERB.match(self.low, e, e + 30)
                    and not _WAS_PLANNED.match(self.low, e)  # ("was once expected in 2024")
                    or _DID_AFTER.match(self.low, e, e + 30)  # ("the work the first season
                    # needed": the season's own past)
                    or FINALE_AFTER.match(self.low, e))  # "right after the season 2 finale"

    def _without_refs(self, start: int, end: int) -> str:
        """The lowercased clause with show titles blanked out ("The Final Season" in a title
        says nothing about the season of the show beside it)."""
        chars = list(self.low[start:end])
        for r in self.refs:
            for i in range(max(r.start, start), min(r.end, end)):
                chars[i - start] = " "
        return "".join(chars)
