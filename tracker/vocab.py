"""The vocabulary of the temporal grammar: data only, one table per idea.

Every convention the parser uses about what a phrase means lives here, and the README's
vocabulary table is written from this file. Month ranges are inclusive (``(9, 11)`` is
September 1 through November 30).
"""

from __future__ import annotations

# Month names and the abbreviations news copy uses ("Sept.", "Sep", "Jan."); the dot is optional.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2, "febr": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Month names that are also everyday words or first names ("may", "march", "jan"): without a
# day, a year or a preposition they are not read as months.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec", "aug", "sep", "oct"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

# Seasons of the year as (first month, last month). Winter runs December–February, and
# "winter 2017" means December 2016 – February 2017 (the winter that ends in 2017).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
    "springtime": (3, 5),
    "summertime": (6, 8),
    "wintertime": (12, 2),
}

# TV-industry windows. "Midseason" is the January–March stretch when networks launch the
# shows held back from the fall; "the holidays" is mid-November to the year's end.
MIDSEASON = (1, 3)
HOLIDAYS = ((11, 15), (12, 31))  # (month, day) .. (month, day)
# "The 2017–18 season" is a broadcast TV season: September of the first year to May of the next.
TV_SEASON = (9, 5)

# Parts of a month, as day ranges ("early March" = March 1–10); None = the month's last day.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, None),
    "end": (21, None),
    # "the first days of October", "the last few days of June"
    **{f"{which}{few} days": (1, 10) for which in ("first", "opening", "early")
       for few in ("", " few")},
    **{f"{which}{few} days": (21, None) for which in ("last", "final", "closing")
       for few in ("", " few")},
}

# Parts of a year, as month ranges ("early 2017" = January–April, "end of 2016" = Sep–Dec).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "top": (1, 4),  # "at the top of next year"
    "first part": (1, 4),
    "early part": (1, 4),
    "first months": (1, 4),  # "the first few months of 2027"
    "first few months": (1, 4),
    "opening months": (1, 4),
    "early months": (1, 4),  # "the early months of 2025"
    "early few months": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
    "latter part": (9, 12),
    "later part": (9, 12),
    "last part": (9, 12),
    "last months": (9, 12),
    "last few months": (9, 12),
    "final months": (9, 12),
    "closing months": (9, 12),
    "later months": (9, 12),
    "later few months": (9, 12),
}

QUARTERS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                            "fourth": 4, "4th": 4, "final": 4, "last": 4}
HALVES: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "back": 2, "latter": 2,
                          "last": 2}
# "the third week of April" is days 15-21; 5 stands for the month's last seven days.
WEEKS_OF_MONTH: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                  "fourth": 4, "4th": 4, "last": 5, "final": 5}

# Holidays a premiere is pinned to: fixed (month, day), or (month, weekday, nth) where nth=-1
# is the last such weekday of the month (Thanksgiving: the 4th Thursday of November).
# Easter and the days around it, (), are computed (EASTER_OFFSETS: days after Easter Sunday).
HOLIDAY_DATES: dict[str, tuple[()] | tuple[int, int] | tuple[int, int, int]] = {
    "halloween": (10, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "juneteenth": (6, 19),
    "veterans day": (11, 11),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
    "martin luther king jr. day": (1, 0, 3),
    "mlk day": (1, 0, 3),
    "easter": (),
    "easter sunday": (),
    "easter monday": (),
    "good friday": (),
    "st stephen's day": (12, 26),  # (Ireland's Boxing Day)
    "st. stephen's day": (12, 26),
    "saint stephen's day": (12, 26),
    "ides of march": (3, 15),  # (after "the")
    "super bowl sunday": (2, 6, 1),
    "super bowl": (2, 6, 1),  # (the game's day: "right after the Super Bowl", "post-Super Bowl")
    "australia day": (1, 26),
    "canada day": (7, 1),
    "hogmanay": (12, 31),
    "black friday": (11, 3, 4),  # (the day after Thanksgiving: see DAY_AFTER_HOLIDAY)  # (the second Sunday from 2022: see SUPER_BOWL_LATER)
    # UK bank holidays: the first and last Mondays of May, the last Monday of August
    "early may bank holiday": (5, 0, 1),
    "may day bank holiday": (5, 0, 1),
    "may bank holiday": (5, 0, 1),
    "spring bank holiday": (5, 0, -1),
    "august bank holiday": (8, 0, -1),
    "summer bank holiday": (8, 0, -1),
}
# Ramadan, the month of fasting that Arab broadcasters launch their biggest dramas in: its
# first day each year (as Saudi Arabia announced it; elsewhere it may begin a day later), and
# the days it runs ("this Ramadan" is that first day and the 29 after it). A lunar month, so
# no rule gives it: outside these years it is not read.
RAMADAN_STARTS: dict[int, tuple[int, int]] = {
    2008: (9, 1), 2009: (8, 22), 2010: (8, 11), 2011: (8, 1), 2012: (7, 20), 2013: (7, 9),
    2014: (6, 28), 2015: (6, 18), 2016: (6, 6), 2017: (5, 27), 2018: (5, 16), 2019: (5, 6),
    2020: (4, 24), 2021: (4, 13), 2022: (4, 2), 2023: (3, 23), 2024: (3, 11), 2025: (3, 1),
    2026: (2, 18), 2027: (2, 8), 2028: (1, 28), 2029: (1, 16),
}
RAMADAN_DAYS = 30
EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
DAY_AFTER_HOLIDAY = frozenset(("black friday",))  # the day after the date its spec gives
SUPER_BOWL_LATER = 2022  # the year the game moved to the second Sunday of February

# Open-ended horizons, in days after the anchor.
# "in two weeks", "within 10 days": how many units ("a few" and the like are horizons).
COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Days of the month in words, as in "the fifteenth of March".
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
DAY_ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate("tenth eleventh twelfth thirteenth fourteenth fifteenth "
                                        "sixteenth seventeenth eighteenth nineteenth".split(), 10)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, 1)},
}
HORIZONS: dict[str, int] = {
    "days": 7,  # "in the coming days", "in a few days": a week
    "weeks": 42,  # "in the coming weeks": six weeks
    "months": 182,  # "in the coming months", "soon": six months
}

# Words that hedge a phrase without changing its window ("sometime in 2017" = 2017).
HEDGES = ("sometime", "some time", "as early as", "as soon as", "around", "circa",
          "approximately", "roughly", "tentatively", "currently", "reportedly")

# Ways news says a date is unknown. Each becomes a TBA mention with the words as evidence.
TBA_PATTERNS = (
    r"tba", r"tbd", r"tbc",
    r"to be (?:announced|determined|confirmed|revealed|set|dated|scheduled)",
    r"(?:is|are|was|remains?|still) (?:not yet|yet to be|as yet un|still un|currently un)"
    r"(?:known|announced|set|revealed|confirmed|dated|determined|scheduled)",
    (r"(?:is|are|was|remains?|still) (?:not yet|yet to be) (?:locked(?: in| down)?|finali[sz]ed|"
     r"pinned down|nailed down|firmed up)"),  # ("dates are yet to be locked")
    r"(?:has|have|had) (?:yet|still) to (?:be )?(?:set|announce|reveal|confirm|date|"
    r"determine|schedule|receive|get|land)",
    r"(?:is|are|was) (?:yet|still) to (?:set|announce|reveal|confirm|date|schedule|give)"
    r"(?: (?:a|any) (?:premiere |release |air )?date)?",
    (r"(?:is|are|remains?) (?:still )?(?:unknown|undetermined|unannounced|unconfirmed|unclear|unscheduled|"
     r"up in the air)"),
    r"date (?:is |remains )?(?:still )?a mystery",
    r"(?:it['’]s|it is|it remains) (?:still )?unclear when",  # ("It's unclear when the season
    # will premiere")
    (r"(?:date|dates|timing|(?:broadcast|transmission) details)(?: for(?: [\w'’:&.-]+){1,8}?)? will be "
     r"(?:announced|revealed|shared|confirmed|set) "
     r"(?:later|at a later date|soon|in due course)"),  # ("a premiere date for X season 3 will be announced later")
    (r"not (?:yet )?been (?:set|announced|revealed|confirmed|dated|determined|scheduled|disclosed|"
     r"locked(?: in| down)?|finali[sz]ed|pinned down|nailed down|firmed up)"),
    r"(?:hasn['’]t|haven['’]t|has not|have not|didn['’]t|did not) (?:yet )?(?:been )?"
    r"(?:set|announced|revealed|confirmed|dated|given|scheduled|fixed|shared|disclosed)",
    r"no (?:official |firm |exact |specific |confirmed |set |definite |new |fixed )?"
    r"(?:(?:uk|us|u\.s\.|british|american) )?"
    r"(?:release|premiere|launch|air|return|debut|broadcast|streaming|transmission|start)?\s?"
    r"(?:dates?|windows?|timeframe|time frame|timeline|timetable|word (?:yet )?on (?:a|when))"
    r"(?:\s(?:yet|set|attached|has been (?:set|announced|revealed|confirmed|given)|"
    r"(?:was|were) (?:given|announced|revealed|set)|is known|for now|so far))?",
    # "did not give a date", "hasn't announced a premiere date"
    r"(?:hasn['’]t|haven['’]t|has not|have not|didn['’]t|did not) (?:yet )?"
    r"(?:give|given|offer|offered|provide|provided|announce|announced|reveal|revealed|set|"
    r"share|shared|confirm|confirmed|name|named|disclose|disclosed) (?:so much as |even )?"
    r"(?:a|an|any) (?:(?:official|firm|exact|specific|new) )?(?:(?:release|premiere|launch|air|"
    r"return|debut|broadcast|streaming) )?(?:date|window|timeline|timetable|timeframe|time frame)",
    r"not yet (?:been )?(?:known|announced|dated|scheduled|set|revealed|confirmed|fixed)",  # ("a date
    # is not yet fixed": British, and Europe's English)
    r"date:? (?:is )?(?:still )?(?:unknown|unannounced|pending)",
    r"(?:date|dates|timing) (?:is|are) still to come",  # ("an exact premiere date is still to come")  # ("Release date: unknown", "a date is pending")
    r"date (?:is |remains )?still being (?:finalized|finalised|worked out|decided)",
    r"(?:date|dates|timing) (?:is |are |remains? |was )?(?:still |being )?(?:kept )?under wraps",
    r"(?:is|remains) anyone['’]s guess",  # ("when it will air is anyone's guess")
    # ("has kept mum on a release date", "stayed tight-lipped about when")
    (r"(?:kept|keeping|keeps|remained|remains|stayed|staying|is|are|has been|have been) "
     r"(?:tight-lipped|mum|quiet|silent|coy) (?:on|about) (?:(?:a|the|any) (?:(?:premiere|release|"
     r"launch|air|return|debut) )?date|when)"),
    r"(?:postponed|delayed|shelved|pulled|benched|held back|on hold|pushed back|put on hold)"
    r" indefinitely",
    r"indefinitely",
    (r"without (?:a |any )?(?:(?:official|firm|set|confirmed) )?(?:(?:premiere|release|return|air|"
     r"launch|debut) dates?|dates? (?:attached|set|yet))"),  # ("announced without any dates attached")
    (r"no longer (?:has|have|had) (?:a|an|any) (?:(?:official|firm|set|confirmed) )?"
     r"(?:(?:release|premiere|launch|air|return|debut) )?date"),
    r"(?:remains?|is still|are still|sits?) without a date",
    r"(?:at|to|until|for) a (?:later|future) (?:date|time)",
    # "doesn't have a release date yet", "did not say when"
    r"(?:doesn['’]t|does not|don['’]t|do not) (?:yet )?have (?:a|an|any) "
    r"(?:(?:official|firm|set|confirmed) )?(?:(?:release|premiere|launch|air|return|debut) )?date",
    r"(?:didn['’]t|did not|wouldn['’]t|would not) say when",
    r"too early to (?:say|tell|know|predict) when",
    r"too early to (?:say|tell)(?=[\s'’\"”]*[.,;!?])",  # ("said it was 'too early to say'.")  # ("it was too early to say when the new
    # episodes would reach screens")
    r"(?:at|on) an? (?:undetermined|unspecified|undisclosed|unannounced) (?:date|time)",
    r"(?<=when )remains? a mystery",  # ("exactly when remains a mystery")
    # "declined to give a date", "would not give a premiere date"
    (r"(?:(?:declined|refused) to|wouldn['’]t|would not) (?:give|set|offer|provide|name|announce|"
     r"reveal|share|confirm) (?:a|an|any) (?:(?:premiere|release|launch|air|return|debut) )?date"),
    r"(?:hasn['’]t|has not|haven['’]t|have not) (?:yet )?(?:said|announced|revealed|shared) when",
    r"(?:nobody|no one) (?:has )?(?:yet )?(?:announced|said|revealed) when",  # ("nobody has
    # announced when it will air")
    r"(?:hasn['’]t|haven['’]t|has not|have not|didn['’]t|did not) (?:yet )?put a date on",
    r"(?:neither|none)(?: of them)? (?:has|have) (?:a|an|been given a) (?:(?:premiere|release|air) )?date",
    # ("none of the three has been dated")
    (r"(?:neither|none)(?: of (?:them|the (?:two|three|four|five|shows|series)))? (?:has|have|had|is|are|"
     r"was|were) (?:yet )?been (?:dated|scheduled|given (?:a|an) (?:(?:premiere|release|air) )?date)"),
    r"undated",
    r"until further notice",  # ("postponed until further notice")
    r"when it['’]s ready",  # ("It'll be ready when it's ready")
    r"(?:will|to) be (?:announced|revealed|confirmed|shared) in due course",
    (r"(?:hasn['’]t|has not|haven['’]t|have not) (?:yet )?locked in (?:a|an|any) "
     r"(?:(?:premiere|release|launch|air|return) )?date"),
    r"(?:won['’]t|will not|wouldn['’]t|would not) be dated",
    # ("will premiere once the strike ends", "won't be dated until after the strike")
    (r"(?:once|after|when|until) the (?:writers['’]? |actors['’]? |sag-aftra |wga )?strikes? "
     r"(?:ends?|is over|are over|is resolved|are resolved|wraps?)"),
    r"until after the (?:writers['’]? |actors['’]? |sag-aftra |wga )?strikes?",
)

# Verbs that put a date in the past: "premiered on March 18" is not a coming premiere.
PAST_VERBS = (
    "premiered", "debuted", "aired", "returned", "launched", "bowed", "arrived", "ended",
    "wrapped", "released", "opened", "began", "started", "concluded", "dropped", "streamed",
    "came out", "came back", "hit", "kicked off", "wrapped up", "was released", "were released",
    "was", "were", "had", "finished", "closed", "went", "got", "saw", "ran", "broadcast on",
    "made its debut", "made their debut", "celebrated", "announced", "revealed", "confirmed",
    "said", "told", "unveiled", "renewed", "cancelled", "canceled", "ordered", "filmed",
    "shot", "held", "won", "topped", "drew", "earned", "landed", "attracted",
)

# Words meaning the date is in the past no matter the verb.
PAST_MARKERS = ("last", "ago", "earlier this", "previously", "since")

# Ranks and titles written before a person's name ("Det. Elliot Stabler", "Lt. Joe Leaphorn",
# "Dr. Harrow"): the name after one is a person's or a character's.
RANKS = frozenset((
    "Sergeant", "Sgt", "Sgt.", "Detective", "Det.", "Inspector", "DI", "DCI", "DS", "Captain",
    "Capt", "Capt.", "Lieutenant", "Lt.", "Doctor", "Dr", "Dr.", "Agent", "Officer", "Professor",
    "Judge", "Sheriff", "Deputy", "Chief",
))

# Common given names. Two "First Last" titles coordinated with each other ("David Duchovny and
# Gillian Anderson return on Sunday") are a cast unless the text makes them shows (a season, an
# owner, quotes: "Ted Lasso season 3", "Marvel's Luke Cage"); a one-word title that is a given
# name the text also writes with a surname ("Jon", "Jon Snow") is a character.
FIRST_NAMES = frozenset("""
    shonda issa vince kenya jenji quinta rhea oprah khloe kourtney kris ina
    gus giancarlo macaulay liev zooey octavia carey kaley hank gustavo
    aaron abby abigail ada adam adrian aidan aiden alan albert alec alex alexa alexander
    alexandra alexis alice alicia alison allison amanda amber amelia amy ana andrea andrew andy
    angela angelina anita ann anna anne annie anthony anya april ariana arthur ashley audrey
    austin ava barbara barry becky ben benedict benjamin bernard beth betty bill billy blake
    bob bobby brad bradley brandon brenda brendan brian bridget brittany brooke bruce bryan
    caitlin caleb cameron carl carla carlos carol caroline carrie casey cate catherine cecilia
    charles charlie charlotte chelsea cheryl chloe chris christian christina christine
    christopher chuck cillian claire clara claudia colin connor courtney craig cynthia daisy
    dakota dan dana daniel danielle danny david dawn dean debbie deborah debra denise dennis
    derek diana diane dominic don donald donna doris dorothy doug douglas drew dylan ed eddie
    edgar edward eileen elaine eleanor elena eli elijah elisabeth eliza elizabeth ella ellen
    ellie elliot emily emma eric erica erin ethan eugene eva evan eve evelyn ewan faye felicity
    finn fiona florence frances francis frank fred freddie gabriel gary gavin gene george
    georgia gerald gillian gina glenn gloria grace graham grant greg gregory gwen hailee haley
    hannah harold harriet harrison harry hayley heather helen helena henry hilary holly howard
    hugh hugo ian idris isaac isabel isabella isla ivan jack jackie jacob jake james jamie jan
    jane janet janice jared jason jay jean jed jeff jeffrey jen jenna jennifer jenny jeremy jerry
    jesse jessica jill jim jimmy jo joan joanna jodie joe joel john johnny jon jonathan jordan
    jose joseph josh joshua joy joyce judith judy julia julian julie justin kaitlyn karen kate
    katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kerry kevin kim kirsten
    kit kristen kyle laura lauren leah lee lena leo leon lesley leslie liam lily linda lisa liz
    lizzie logan lois lorraine louis louise lucas lucy luis luke lydia lynn madeleine madison
    maggie malcolm marc marcus margaret maria marie marilyn mark martha martin mary matt
    matthew maura max maya megan melanie melissa meryl mia michael michelle mike mila miles
    millie molly monica morgan nancy naomi natalie natasha nathan neil nicholas nick nicola
    nicole nina noah noel nora norman oliver olivia oscar owen paige pamela patricia patrick
    paul paula pedro penelope peter phil philip phoebe phyllis rachel ralph randy ray rebecca
    reese regina richard rick rita rob robert robin rod roger ron ronald rosa rose ross ruby
    russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean seth shane sharon
    shawn sheila shirley sienna simon sofia sophia sophie stacy stanley stephanie stephen steve
    steven sue susan suzanne sydney tara taylor ted teresa terry thomas tiffany tim timothy
    tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa victor victoria
    vincent violet walter wanda wayne wendy william willie zach zachary zoe zoey
    abraham adele aimee alana alfred allen alvin andre angie annette antonio ariel arnold
    ashton aubrey beatrice bernie beverly blair bonnie brett bruno bryce calvin camila candace
    candice carly carmen cassandra chad chadwick charlene clay clint cody colleen conan constance
    corey cory courteney dale damon darren daryl dave delia desmond devon diego dustin dwayne
    earl edith edwin elias elisa emilia emilio enrique ernest esther ethel fernando gabrielle gail
    garrett gemma geoffrey gerard gilbert giovanni glen gordon greta hal harvey hector heidi
    herbert irene isaiah jacqueline jaime jamal janelle jasmine javier jeanne jerome jessie joanne
    jodi jonah jorge josephine juan judd kara karl katy kendall kenny kent kiefer kirk kristin
    lance larry laurie lindsay lindsey lloyd lorenzo loretta lou lucille lynda mackenzie mae
    mandy manuel marco marcia margot marian mario marion marjorie marlon marsha marvin mason
    maureen maurice mel melvin mickey milo mindy miriam mitchell nadia nathaniel neal ned nikki
    nolan omar orlando pablo pat patty pauline percy perry pete priscilla quentin rafael ramon
    raquel raul rene ricardo ricky riley roberto rodney roland ronnie rosie roy ruben rudy rupert
    salma sandy sasha selena sergio shannon shaun sheldon sherry sidney sonia spencer stella
    stuart sylvia tamara tanya terrence theo theresa toby tracey trent tristan ursula vernon
    veronica vivian wade wallace warren wesley whitney winona wyatt yolanda yvonne
""".split())
