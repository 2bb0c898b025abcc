"""Finding show titles in prose without a catalog.

A title is a run of capitalized words (with "of", "the", "and"... inside it, a colon, an
ampersand, digits): "What We Do in the Shadows", "Star Trek: Lower Decks", "Superman & Lois".
Titles are grabbed next to the cues that introduce them (left of "debuts", inside quotes, after
"new series"), then checked against what shows are not: networks, studios, people, generic
words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from tracker import vocab
from tracker.extract import cues
from tracker.extract.document import TIME_STAMP, speaks_often
from tracker.names import show_key

_CONNECTORS = frozenset(
    "of the and & + in on a an to for with at from by vs vs. no de la le du del von van y et x "
    "is it or into under over "
    # (the small words of other languages' titles: "La Casa de las Flores", "El Señor de los
    # Cielos", "Onde Nascem os Fortes", "Bron och Broen")
    "les los las della delle di da dos das os och og und el il".split()
) | {"–", "−"}  # "Re:Zero − Starting Life in Another World" (an en dash or minus, not an em dash)
_ROMANCE_WORD = re.compile(r"(?:[ld]['’])?[a-zà-ÿœæ]+(?:['’-][a-zà-ÿœæ]+)*")
# Capitalized words that start sentences or headlines but never start a title.
LEADING_NOISE = frozenset(
    "now also and but meanwhile plus so then finally next elsewhere here there however "
    "fans viewers meanwhile after before when while if as though although because since both "
    "expect "
    "until yes no indeed still yet why how what where who which that this these those "
    "new upcoming returning season series episode episodes part chapter volume netflix "
    "hulu hbo amazon apple disney peacock paramount showtime starz fx abc nbc cbs fox "
    "bbc itv sky mtv the by in on at for from with into over under about is are does "
    "did can could should would has have newcomer freshman rookie titled subtitled "
    "dubbed production filming shooting".split()  # ("Production on Euphoria's third season")
)
LEADING_NOISE_CAPITALS = frozenset(w.capitalize() for w in LEADING_NOISE) | {
    "HBO", "FX", "ABC", "NBC", "CBS", "BBC", "ITV", "MTV"}
# Question and time words that begin a title only in mid-sentence ("the return of What We Do
# in the Shadows"); at a sentence's start they are the sentence's ("What we know").
_ADVERB_CAPITALS = frozenset(("Still", "Yet", "Also", "Finally", "Meanwhile", "Here", "There", "Then"))
_MID_SENTENCE_ONLY = frozenset("what when where who how why now new and this those".split())
_QUESTION_OPENERS = frozenset(("What", "When", "Where", "Who", "How", "Why"))
_VERB_S = re.compile(r"[A-Z][a-z]+s")  # ("Wants", "Lives")
_AUXILIARIES_S = frozenset(("Is", "Was", "Does", "Has"))
_TITLE_PRONOUNS = frozenset(("We", "You", "They", "I", "He", "She"))  # capitalized in a title only
_TRAILING_NOISE = frozenset(
    "season series episode episodes premiere finale show revival reboot spinoff trailer "
    "anime part cast plot news update updates spoilers explained rumors".split()
)
# Countries and regions whose possessive ("Finland's Deadwind") comes before a title
COUNTRIES = frozenset(show_key(n) for n in (
    "America", "Britain", "England", "Scotland", "Wales", "Ireland", "Northern Ireland",
    "Canada", "Australia", "New Zealand", "France", "Germany", "Spain", "Italy", "Portugal",
    "Netherlands", "Belgium", "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Poland",
    "Russia", "Ukraine", "Turkey", "Israel", "India", "Pakistan", "China", "Japan", "Korea",
    "South Korea", "Taiwan", "Thailand", "Indonesia", "Philippines", "Mexico", "Brazil",
    "Argentina", "Colombia", "Chile", "Nigeria", "South Africa", "Egypt", "Europe", "Asia",
    "Africa", "Scandinavia", "Hollywood", "Bollywood", "Nollywood", "the UK", "UK", "the US",
    "US", "the U.S.", "U.S.",
))
NOT_SHOWS = frozenset(
    show_key(n) for n in (
        "Nothing", "Nobody", "Everything", "Everyone", "Something", "Someone",  # ("Nothing
        # premieres Tuesday")
        "Returning", "Returning Series", "New Series",  # (a grid's flags: "RETURNING (Season 22)")
        "Already Airing", "Now Airing", "Still Airing", "Already Streaming",
        "Transmission", "TX", "Broadcast", "Press Pack", "Press Release", "Press Kit",  # (a press
        # pack's "Transmission: Tuesday 4 May, 9pm")
        "Remind Me", "Watch Trailer", "Coming Soon", "Now Streaming", "Set Reminder", "Learn More",
        "My List", "Watchlist", "New Episodes",  # (an app's buttons: "[Remind Me] [Watch Trailer]")
        "Netflix", "Hulu", "HBO", "HBO Max", "Max", "Amazon", "Prime Video", "Amazon Prime",
        "Amazon Prime Video", "Apple", "Apple TV", "Apple TV+", "Disney", "Disney+",
        "Disney Plus", "Paramount", "Paramount+", "Peacock", "Showtime", "Starz", "Cinemax", "FX",
        "FXX", "Audience", "DirecTV", "Epix", "Pop", "Pop TV", "TV Land", "Nat Geo", "National Geographic",
        "Animal Planet", "Food Network", "Travel Channel", "Investigation Discovery", "Hallmark",
        "FX on Hulu", "AMC", "AMC+", "BBC", "BBC One", "BBC1", "BBC Two", "BBC Three",
        "BBC iPlayer", "iPlayer", "ITV", "ITVX", "ITV1", "Channel 4", "Channel 5", "Sky",
        "Sky Atlantic", "Sky One", "NBC", "CBS", "ABC", "Fox", "The CW", "CW", "MTV", "VH1",
        "The WB", "WB", "Kids' WB", "UPN", "PAX", "Fox Kids", "ABC Family", "TeenNick", "Nicktoons",
        "Twitch", "Kickstarter", "Patreon", "Nebula", "Vimeo", "MUBI", "Rooster Teeth", "SkyShowtime",
        "Vudu", "Xfinity",
        "Lifetime", "USA", "USA Network", "TNT", "TBS", "Syfy", "Bravo", "E!", "Freeform",
        "Comedy Central", "Adult Swim", "Cartoon Network", "Nickelodeon", "Crunchyroll",
        "Disney XD", "Disney Channel", "Disney Junior", "Nick Jr.", "Nick at Nite", "Boomerang",
        "PBS Kids", "Universal Kids", "Hallmark Channel", "OWN", "Oxygen", "Paramount Network",
        "Funimation", "YouTube", "YouTube Premium", "YouTube Red", "Facebook Watch", "Quibi",
        "Crackle", "IMDb TV", "Freevee", "Amazon Freevee", "The Roku Channel", "MGM+",
        "CBS All Access", "Paramount Plus", "Max Originals", "Netflix Originals", "ESPN", "ESPN+",
        "Showtime Anytime", "HBO Now", "HBO Go", "Sling", "Hulu Originals", "Apple Originals",
        *(f"{maker} Original{plural}" for maker in ("Netflix", "Hulu", "Max", "HBO", "Amazon", "Prime",
                                                   "Apple", "Disney+", "Peacock", "Paramount+")
          for plural in ("", "s")),  # ("Catch-22: ..., a Hulu Original series, is set for May 17")
        "BET+", "Spectrum", "Spectrum Originals", "Charter", "Sundance TV", "SundanceTV", "IFC", "WGN America", "Ovation", "Marvel", "Marvel Studios",
        "Marvel Television", "DC", "Lucasfilm", "Pixar", "Warner Bros", "Warner Bros.",
        "Sony", "Universal", "Lionsgate", "A24", "Deadline", "Variety", "TVLine",
        "The Wrap", "TheWrap", "Entertainment Weekly", "EW", "IGN", "Twitter", "Instagram",
        "Facebook", "TikTok", "Emmys", "Emmy", "Golden Globes", "Comic-Con", "TCA",
        "Television Critics Association", "MCU", "Studio MAPPA", "MAPPA", "Discovery+",
        "Discovery", "HGTV", "TLC", "A&E", "History", "PBS", "Masterpiece", "Masterpiece Classic",
        "Masterpiece Mystery", "Masterpiece Mystery!", "Masterpiece Contemporary", "Masterpiece Theatre",
        "BritBox",
        "Acorn TV", "Shudder", "Roku", "Tubi", "Pluto TV", "Crave", "CBC", "Stan",
        "Sky Max", "Sky Showcase", "Sky Comedy", "Sky Witness", "NOW", "NOW TV", "E4", "More4",
        "U&Dave", "Alibi", "ITV2", "ITV3", "BBC Four", "S4C", "RTÉ", "RTE", "RTÉ One",
        "Virgin Media", "TG4", "SBS", "SBS On Demand", "Binge", "Foxtel", "ABC iview", "Nine Network",
        "Seven Network", "Network 10", "Channel 10", "TVNZ", "CTV", "Citytv", "CBC Gem",
        "Global", "Global TV", "CraveTV", "CTV Drama Channel", "W Network", "YTV", "TVO",
        "Super Channel", "Bell Media", "Corus",  # (Canada's: "Global" over a network's new shows)
        "Yle", "Yle Areena", "SVT", "NRK", "DR", "TV 2", "Viaplay", "ZDF", "ARD", "Canal+",
        "France Télévisions", "RAI", "Movistar+", "tvN", "JTBC", "KBS", "KBS2", "MBC", "ENA",
        "Viki", "TVING", "Wavve", "Coupang Play", "Hotstar", "Disney+ Hotstar", "JioCinema",
        "JioHotstar", "Sun NXT", "Aha", "Hoichoi", "ALTBalaji", "Amazon MX Player",
        "Zee5", "SonyLIV", "MX Player", "Voot", "Globo", "Globoplay", "Televisa", "Univision",
        "Telemundo", "ViX", "Fuji TV", "TBS Japan", "TV Tokyo", "NHK", "AT-X", "HIDIVE",
        "Tokyo MX", "MBS", "BS11", "TV Asahi", "Nippon TV",
        "Youku", "iQIYI", "Tencent", "Tencent Video", "WeTV", "Mango TV", "Hunan TV", "Bilibili",
        "U-Next", "Abema", "Netflix Japan", "Syfy Wire", "Sina Entertainment", "Weibo",
        "Shahid", "Shahid VIP", "OSN", "OSN+", "MBC 1", "MBC1", "MBC 4", "MBC4", "MBC Masr",
        "MBC Drama", "StarzPlay", "TRT", "TRT 1", "Star TV", "Kanal D", "Show TV", "ATV", "beIN",
        "Showmax", "DStv", "M-Net", "Mzansi Magic", "SABC", "SABC 1", "SABC 2", "SABC 3", "e.tv",
        "Africa Magic", "Netflix Naija",
        # (South Asia's and South-East Asia's: "Fairy Tale (Hum TV): ...")
        "Logo", "Logo TV", "Showcase",
        # (Europe's: "the 11th Staffel", "ORF's SOKO Kitzbühel", "Rai Uno", "Antena 3")
        "Staffel", "Stagione", "Temporada", "Saison", "Sæson", "Säsong", "Sesong", "Sezon", "Kausi",
        "ORF", "ORF 1", "ORF eins", "ORF 2", "SRF", "SRF 1", "SRF zwei", "SF", "SF 1", "SF zwei",
        "RTL+", "ZDFneo", "3sat", "KiKA", "Joyn", "ServusTV", "Sky Deutschland", "ARD Mediathek",
        "ZDFmediathek", "Rai Uno", "Rai Due", "Rai Tre", "Italia 1", "Rete 4", "La7", "Sky Italia",
        "RTVE", "TVE", "La 1", "Antena 3", "Telecinco", "Cuatro", "laSexta", "Movistar Plus+",
        "Atresplayer", "Kan", "Kan 11", "Keshet", "Keshet 12", "Reshet 13", "ERT", "ERT1", "ANT1",
        "Polsat", "ČT1", "Pro TV", "Antena 1",
        "Hum TV", "ARY Digital", "ARY", "Geo Entertainment", "Geo TV", "Green Entertainment",
        "Express Entertainment", "PTV", "PTV Home", "Star Plus", "StarPlus", "Colors", "Colors TV",
        "Sony TV", "Sony SAB", "SAB TV", "Zee TV", "Star Bharat", "Chorki", "Bongo", "Channel i",
        "GMA", "GMA Network", "ABS-CBN", "TV5", "Kapamilya Channel", "A2Z", "GMM 25", "GMMTV",
        "Channel 3", "one31", "Viu", "Vidio", "RCTI", "SCTV",
        "Ramadan", "Ramazan", "Eid",  # (the seasons a slate is told by, no shows)
        "TF1", "France 2", "France 3", "France 4", "France 5", "France Télévisions", "M6", "Arte",
        "Canal Plus", "RTL", "RTL 4", "Sat.1", "ProSieben", "Das Erste", "Vox", "Rai 1", "Rai 2",
        "Rai 3", "RaiPlay", "Canale 5", "Mediaset", "TVP", "TVP1", "TVP2", "Polsat", "TVN", "NPO",
        "NPO 1", "NPO 3", "Videoland", "SBS6", "VRT", "VTM", "TV3", "TV4", "DR1", "NRK1",
        # (a dateline's state: "set in Charleston, S.C., premieres Sunday")
        "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "D.C.",
        "Like", "Unlike",  # ("Like season 1, the new run takes place over one shift")
        "Welcome",  # ("Welcome back to our weekly roundup": a greeting before "back")
        "Roundup", "Round-up", "Recap", "Digest", "Newsletter", "Mailbag", "Mailbox",  # ("Revival Roundup": a column)
        "Season", "Series", "Episode", "The Show", "The Series", "Fans", "Viewers", "TV",
        "Television", "Streaming", "Premiere", "Premieres", "Trailer", "Plot", "Cast",
        "Source", "Next", "Related", "Featuring", "FAQ", "Reminder", "Megathread", "Movies", "Films", "Books", "Video Games",
        "Games", "Music", "Podcasts", "Documentaries", "Specials", "Pros", "Cons", "Update", "Editor's note",
        "Spoilers", "Review", "Preview", "Here", "There", "Today", "Tonight", "Tomorrow",
        "Dates", "Premiere Dates", "Schedule", "Lineup", "Line-up",
        # game makers and platforms ("Capcom filled a room with players", "Xbox shows off ...")
        "Nintendo", "Nintendo Switch", "Switch 2", "Xbox", "Xbox Game Studios", "PlayStation",
        "PlayStation 5", "PS5", "Capcom", "CD Projekt", "CD Projekt Red", "Ubisoft", "Activision",
        "Blizzard", "Bethesda", "Microsoft", "Google", "Epic Games", "Electronic Arts", "EA",
        "Square Enix", "Sega", "Bandai Namco", "Konami", "Valve", "Steam", "Riot Games",
        "Naughty Dog", "Rockstar Games", "FromSoftware", "Summer Game Fest", "Gamescom",
        "Christmas", "Halloween", "Thanksgiving", "New Year", "Summer", "Fall", "Winter",
        "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
        "Final Run", "Final Season", "Last Run", "Final Episodes", "New Season", "End", "Final",
        "Finale",  # ("'Lucifer' Final Season Drops Sept. 10": a headline's word, cut from its noun)
        "Spring", "Autumn", "Midseason", "Anime", "Documentary", "Docuseries", "Comedy", "Drama",
        "Horror", "Sci-Fi", "Animation", "Reality TV", "True Crime", "Entertainment", "Factual",
        "Lifestyle", "Sport", "Sports", "Kids", "Reality", "Part", "Chapter", "Volume", "TV+",
        "United States", "US", "U.S.", "UK", "U.K.", "America", "Britain", "England",
        "London", "New York", "Los Angeles", "Hollywood", "Japan", "Canada", "Australia",
        # film festivals ("after its Venice premiere")
        "Venice", "Cannes", "Toronto", "Sundance", "Telluride", "Tribeca", "SXSW", "TIFF",
        # sports leagues and their broadcasts: a season that kicks off is not a show's
        "NFL", "NBA", "MLB", "NHL", "WNBA", "MLS", "NCAA", "Premier League", "Champions League",
        "Super Bowl", "World Series", "World Cup", "Olympics", "Sunday Night Football",
        "Monday Night Football", "Thursday Night Football",
    )
)
# Single words that begin sentences and are never a show on their own.
_NOT_ONE_WORD_TITLES = frozenset(
    "it its this that these those there here they we he she you i his her their our my your "
    "episodes "
    "a an and but so now then if when while as after before with without for from of on in at "
    "both either neither "
    "to by all some many most more one two three first second third last next new old every "
    "several few various numerous "
    "each no yes not also only just even still yet again really already could would should "
    "will can may might must does did do is are was were has have had be being been how why "
    "what who where which whether meanwhile however though although because since unless "
    "plus instead perhaps maybe sadly luckily fortunately unfortunately happily thankfully later "
    "earlier elsewhere "
    "obviously clearly production filming shooting casting development work writing "
    "coming returning upcoming premiering ending renewed cancelled canceled arriving leaving "
    "expiring departing arrive arrives return returns debut debuts launch launches additional "
    "among amid amongst "
    "post-production pre-production shows programmes programs dramas comedies "
    # a status or an adverb that opens a sentence or names a section ("Delayed", "Originally
    # set for May 31", "Cameras are expected to roll")
    "delayed postponed pushed moved shelved paused halted resumed confirmed announced "
    "renewals cancellations cancelations pickups delays premieres debuts updates "
    "dated undated originally initially previously currently officially reportedly day "
    # an imperative that opens a sentence ("Come back in December for the results")
    "come tune stay "
    "cameras filmmakers producers writers cast crew fans viewers audiences critics "
    # genres ("Reality fans get their night", "Anime fans")
    "reality comedy drama anime horror crime sports football soccer music soap fantasy romance "
    "documentary superhero animation scripted unscripted sci-fi "
    # demonyms before a genre ("renewed Scottish thriller The Rig")
    "british american scottish irish welsh english french german spanish italian korean "
    "japanese danish swedish norwegian australian canadian mexican indian chinese nordic "
    "european icelandic finnish dutch belgian polish israeli turkish brazilian".split()  # "Production on Season 2 begins in January"
)
# A show's status, which names a section even in capitals ("DATED", "DELAYED", "CANCELLED")
_STATUS_WORDS = frozenset(
    "delayed postponed pushed moved shelved paused halted resumed confirmed announced dated "
    "undated renewed cancelled canceled coming returning upcoming premiering ending arriving "
    "leaving expiring departing".split())
assert _STATUS_WORDS <= _NOT_ONE_WORD_TITLES
# Capitalized verbs of headline case ("Netflix Orders Season 2"): never inside a title.
_HEADLINE_VERBS = frozenset(
    "orders renews renewed cancels cancelled canceled announces announced confirms confirmed "
    "reveals revealed releases unveils unveiled sets gets lands drops debuts premieres "
    "returns shares teases picks books adds casts taps eyes delays postpones moves pushes "
    "gives wins loses ends begins starts sets opens launches keeps continues locks slates "
    "schedules reschedules unwraps shifts slots readies preps greenlights revives axes scraps "
    "nabs rescues".split()
)
_DAY_PART = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|"
                       r"weekend)s?\s+(?:night|morning|evening|afternoon|primetime|lineup)s?")
_MONTH_OR_DAY = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|q[1-4])\.?$",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Vol|No|Pt|Ep|Dept|Det|Sgt|Lt|Capt|Gen|Prof|"
                           r"Insp|Mt|Ft|[Vv]s)\.$")  # ("Lopez vs. Lopez")
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "Michael J. Fox"
_TWO_UPPER_NEXT = re.compile(r" [A-Z][a-z][\w'’-]* [A-Z]")  # (a name and more: "J. Fox Show")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # "S.W.A.T. will return": the title's last word
_EDGE_PUNCT = "\"“”‘’'()[]*_«»"

PERSON_BEFORE = re.compile(
    r"\b(?:star|stars|starring|actor|actress|co-star|costar|showrunner|creator|co-creator|"
    r"producer|producers|director|directors|writer|writers|host|hosts|author|novelist|"
    r"executive\s+producer|ep|(?<!followed )(?<!preceded )(?<![ap]\.m\. )by|played\s+by|featuring|comedian|singer|rapper|mr|mrs|ms|dr|"
    r"ceo|president|chief|head|chairman|chair|boss|per|according\s+to|"
    r"portrayed\s+by|voiced\s+by|cast\s+member|character|characters|"
    r"(?:drama|comedy|series|thriller|sitcom|miniseries|docuseries|dramedy)\s+with|"  # ("the crime
    # drama with Mark Ruffalo")
    r"(?:team|duo|pair|creators|showrunners|writers|stars)\s+of|,\s*\d{1,3},\s+and|as)\.?\s+$",
    re.IGNORECASE,
)
PERSON_AFTER = re.compile(
    r"^\s*(?:,\s*\d{1,3},|,\s*who\b|,\s*whose\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:novels?|books?|"
    r"memoir|comics?|play|podcast|albums?)\b|"  # ("X, whose 2014 novel was the basis")
    r"(?:\([^()\n]{1,40}\)\s*)?(?:(?:is|are|will\s+be)\s+(?:writing|directing|producing|scoring|"
    r"composing)|will\s+(?:direct|write|produce|score|compose))\b|"  # ("Mari Okada (Anohana) is
    # writing", "Andrea Arnold (American Honey, Fish Tank) will direct")
    r"said|says|told|explained|added|noted|revealed|tweeted|posted|wrote|"
    r"stars\b(?!\s+[A-Z][a-z]+\s+[A-Z])|plays\b|played\b|starred|directed|wrote|created|co-(?:created|wrote|writes|developed|produced)|"
    r"(?:will\s+)?returns?\s+as|"
    r"(?:is|are)\s+back\s+as\s+(?:host|co-host|narrator|presenter|judge)|"
    r"will\s+play\b|"
    r"will\s+star\b|is\s+set\s+to\s+(?:star|play|direct|host)\b|as\s+[A-Z]|['’]s\s+character|"  # (not
    # "The Good Place will start its fourth season")
    r"hopes|wants|thinks|discussed|spoke|speaking|admitted|confirmed\s+that|teased|"
    # "Kit Harington returns to TV", "lands in theaters": a person's career, not a show's date
    r"(?:returns?|comes?\s+back)\s+to\s+(?i:tv|television|the\s+small\s+screen|acting|the\s+stage|"
    r"broadway)\b|lands?\s+in\s+(?:theaters|theatres|cinemas)|"
    # "Selena Gomez returns for season 5 of Only Murders...", "returns to host SNL": a cast
    # member back for another show's season, or a host
    r"(?:returns?|(?:is|are)\s+back|comes?\s+back)\s+(?:for|in)\s+(?:the\s+\w+\s+season|"
    r"season\s+\w+|\w+\s+season)\s+of\b|returns?\s+to\s+(?:host|star|direct|narrate)\b|"
    r"(?:is|was)\s+set\s+for\s+[^.]{0,30}\b(?:her|his)\s)",
)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the whitespace-separated words of ``text[start:end]`` (the
    matches of a regex of non-space runs, found faster by `str.split` and `str.find`)."""
    found = []
    at = start
    for word in text[start:end].split():
        at = text.find(word, at)  # (only whitespace lies between one word and the next)
        found.append((at, at + len(word), word))
        at += len(word)
    return found


_LABELS = frozenset("update updated exclusive breaking watch report review recap opinion analysis "
                    "news video photos first look listen renewed cancelled canceled ended ending "
                    "returning premiering new also upfronts upfront yes no yep nope".split())  # ("Yes:
# Broad City, the web series, is becoming a real show")
# A column's name ends in one of these: "K-Drama Watch:", "Reboot Report:", "Donghua Update:"
_COLUMN_NOUNS = frozenset(("watch", "update", "report", "roundup", "round-up", "digest", "preview",
                           "briefing", "recap", "news", "mailbag", "mailbox", "q&a"))  # (not "Tracker", "Alert": shows' names)
# Words a several-word label is made of ("Coming in February:", "New this week:").
_LABEL_WORDS = _LABELS | frozenset("coming in on at this next week month out now streaming "
                                   "arriving also later soon after before from starting tonight "
                                   "tomorrow weekend today tv the binge brief daily digest "
                                   "roundup feed".split())  # ("Weekend TV:", "Today in TV:",
# "The Binge Brief:": a newsletter's segment)
_CHANNEL_LABEL = re.compile(r"\b(?:(?:BBC|Channel|Sky|RTÉ|RTE)\s+\w+|ITV\w*|E4|More4|S4C|"
                            r"Dave|Alibi|Gold|W)\s*:$")
# A schedule's time: "9pm, BBC One: ..." is a slot, not a title.
_TIME_LEAD = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_SEASON_WORD = re.compile(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|[ivx]{1,4}")
_SHORT_SEASON = re.compile(r"S\d{1,2}")
_ROLE_WORDS = frozenset("star stars actor actress showrunner director creator producer writer "
                        "host co-star costar".split())
_FRANCHISE_AFTER_STAR = frozenset(("Wars", "Trek"))  # "Star Wars Rebels", "Star Trek Picard": no star


@lru_cache(maxsize=16384)
def _capitalized(word: str) -> bool:
    core = word.strip(_EDGE_PUNCT + ",.:;!?")
    if not core:
        return False
    return core[0].isupper() or core[0].isdigit() or (len(core) > 1 and core[1].isupper())


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT + " ,:;–—-":
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT + " ,:;–—-.":
        if text[end - 1] == "." and (_ABBREVIATION.match(text[max(start, end - 4):end])
                                     or re.search(r"\b(?:[A-Z]\.){2,}$", text[start:end])):
            break  # "Mr.", "Chicago P.D."
        end -= 1
    if end - start > 1 and text[end - 1] == "?" and not _ASKING.match(text, start, end):
        end -= 1  # "As for the final season of Stranger Things?": the question's mark (but
        # "Who Do You Think You Are?" asks in its own words)
    return start, end


_ASKING = re.compile(r"(?:who|what|when|where|why|how|whose|which|are|is|am|was|were|do|does|did|"
                     r"can|could|will|would|have|has|should|shall|wanna)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset("by in on at for from with into over under about after before "
                          "since until".split())


_PRONOUNS = frozenset("you it us them this that these those we they she he her him his".split())


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’])[a-z][\w'’-]*[ \t]+$")


def _char_before(text: str, at: int) -> str:
    """The character before the word at ``at`` on its line, spaces skipped ("" at a line's
    start): a lowercase letter or a comma there puts the word in mid-sentence."""
    before = text[max(0, at - 3):at]
    return "" if "\n" in before else before.rstrip()[-1:]


def capital_pronoun_title(text: str, start: int, end: int) -> bool:
    """A pronoun capitalized in mid-sentence is a title ("shows returning in 2025 include
    You, whose final season drops April 24"); at a sentence start it is only a capital."""
    word = text[start:end]
    if word.lower() not in _PRONOUNS or not word[0].isupper() or word.isupper() and len(word) > 1:
        return False
    before = _char_before(text, start)
    if word in ("You", "Us", "Them", "Me", "Him") and _THIRD_PERSON_VERB.match(text, end):
        return True  # "You returns for its fourth season on February 9": no pronoun's verb
    return before.isalpha() and before.islower()


_COUNTED_RUN = re.compile(r"(?:The\s+|A\s+|An\s+)?\d{1,3}-(?:episode|part|hour|minute|week|night|day)s?\b|"
                          r"(?:The\s+|A\s+|An\s+)?\d{1,3}-(?-i:[a-z]+)$",  # ("The 22-member cast")
                          re.IGNORECASE)
_THIRD_PERSON_VERB = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:season|series)\b|"  # ("You's fifth and
                                # final season": a pronoun takes no possessive)
                                r"[”\"’']?,?\s+(?:returns|is\s+(?:back|set|due|coming|returning)|"
                                r"was\s+renewed|has\s+been|arrives|premieres|debuts|drops|lands|"
                                r"wraps|ends|begins|starts|comes\s+back)\b")


def _title_preposition(text: str, word: tuple[int, int, str],
                       following: list[tuple[int, int, str]] = ()) -> bool:  # type: ignore[assignment]
    """A capitalized preposition in mid-sentence begins a title ("the manga Under Ninja",
    "watch Into the Badlands"); at a sentence start it is only a capital ("Under pressure"),
    unless two more capitalized words follow ("For All Mankind's fifth season")."""
    at, _, token = word
    if token.lower() not in _PREPOSITIONS or not token[0].isupper():
        return False
    if len(following) >= 2 and all(w[2][:1].isupper() for w in following[:2]) and \
            following[0][2] not in ("The", "A", "An"):
        return True
    before = _char_before(text, at)
    return before.isalnum() or before == ","


def _show_ends_title(words: list[tuple[int, int, str]]) -> bool:
    """"The Morning Show", "The Late Late Show" ("THE MORNING SHOW" in capitals): a capital Show
    after a leading "The" is the title's own last word, not a noun after it (and so is "The
    Series" after a title's words)."""
    last = words[-1][2].strip(_EDGE_PUNCT + ",.:")
    if last[:1].isupper() and any(a[2].endswith(":") and b[2] in ("The", "A")
                                  for a, b in pairwise(words)):
        return True  # "Rick and Morty: The Anime": a subtitle's last word
    if last == "Series" and len(words) >= 3 and words[-2][2] == "The":
        return True  # "SOTUS The Series", "Make It Right The Series": a title's own end
    return last in ("Show", "SHOW") and words[0][2].strip(_EDGE_PUNCT) in ("The", "That", "THE", "THAT")


_TIME_STAMP_BEFORE = re.compile(rf"(?:^|\n){TIME_STAMP}[ \t]*$")


def speaker_label(text: str, start: int, name: str) -> bool:
    """Is ``name``, at ``start`` before a colon, an interview's speaker at a line's start: "Q",
    "A", or the surname of a person the text names in full ("Bloys:" after "Casey Bloys") that
    opens another line too (a title such as "Bosch: Legacy" leads one line, beside its hero's
    full name)?"""
    if start > 0 and text[start - 1] != "\n" and not _TIME_STAMP_BEFORE.search(text, max(0, start - 12), start):
        return False
    if name in ("Q", "A"):
        return True
    if name.isupper() and 2 <= len(name) <= 12 and speaks_often(text, name):
        return True  # a transcript's "KAT:", "[38:30] OMAR:" (a host, not "BBC One:" once)
    return name[:1].isupper() and name[1:].islower() and speaks_often(text, name) and any(
        m.group(1).lower() in vocab.FIRST_NAMES
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text))


def _without_label(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words after a leading label: "Update: Ozark season 2 arrives", "on Thursday: Slow
    Horses", "BBC One: The Traitors returns"."""
    if len(words) > 1 and words[0][2].endswith(":") and (
            words[0][2][:-1].lower() in _LABELS or _MONTH_OR_DAY.match(words[0][2][:-1])
            or _CHANNEL_LABEL.search(text, max(0, words[0][0] - 12), words[0][1])
            or show_key(words[0][2][:-1]) in NOT_SHOWS  # ("Also on ABC: Will Trent returns")
            or speaker_label(text, words[0][0], words[0][2][:-1])):  # ("Bloys: Watchmen premieres
        # this fall.")
        return words[1:]
    if len(words) > 1 and (opens := item_start(text, words[0][0], words[-1][1])) > words[0][0]:
        return [w for w in words if w[0] >= opens]  # "DATE SET: Twin Peaks", "RENEWED:
        # Yellowjackets": a digest's label in capitals
    for i in range(1, min(4, len(words) - 1)):  # "Coming in February: Love Is Blind"
        if words[i][2].endswith(":"):
            if show_key(" ".join(w[2] for w in words[:i + 1])[:-1]) in NOT_SHOWS:
                return words[i + 1:]  # "The WB: Smallville returns", "Adult Swim: Rick and Morty"
            if all(w[2].rstrip(":").lower() in _LABEL_WORDS or _MONTH_OR_DAY.match(w[2].rstrip(":"))
                   for w in words[:i + 1]) or \
                    i < 3 and words[i][2][:-1].lower() in _COLUMN_NOUNS and words[0][0] == 0:
                return words[i + 1:]  # (a column's name only where the text begins: its headline)
            break
    return words


# A list entry's network and date after the dash: "Prime Video, 4/12", "NBC, Friday, Oct. 24",
# "FOX, premieres Monday, Sept. 22"
NETWORK_THEN_DATE = re.compile(
    r"[^\n,—–.;:]{1,25},[ \t]+(?i:(?:premieres|debuts|returns|drops|arrives|lands)[ \t]+(?:on[ \t]+)?)?"
    r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"  # ("NBC, Friday, Oct. 24")
    r"(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)")


def item_start(text: str, start: int, end: int) -> int:
    """Where a list item's own words begin, past a digest's marker and label in capitals:
    "👽 DATE SET — The X-Files: ...", "6) RENEWED: Yellowjackets will ..." (not "NCIS: Los
    Angeles", a title in capitals)."""
    m = _ITEM_PREFIX.match(text, start, end)
    if m is None or not m.group("label"):
        return start
    label = m.group("label").split()
    if len(label) == 1 and (len(label[0]) < 5 or not _VOWEL.search(label[0])):
        return start
    if NETWORK_THEN_DATE.match(text, m.end(), end):
        return m.start("label")  # "☢️ FALLOUT — Prime Video, 4/12": past the marker, the
        # title in capitals, then its network and date
    return m.end()


_ITEM_PREFIX = re.compile(r"[ \t]*(?:[^\w\s\"“‘'(]{1,3}[ \t]*)?(?:\d{1,2}[.)][ \t]*)?"
                          r"(?P<label>[A-Z][A-Z’'&-]*(?:[ \t]+(?:[A-Z][A-Z’'&-]*|\([A-Z][A-Z ]*\))){0,3})"
                          r"[ \t]*[—–:][ \t]+"  # ("STILL ON TRACK (MOSTLY):")
                          r"(?=[“\"‘']?[A-Z0-9][a-z0-9’'])")  # (then a title in Title Case)
_VOWEL = re.compile(r"[AEIOU]")


def _owned_words(taken: list[tuple[int, int, str]]) -> int:
    """Words taken (right to left) since the last "and": what a possessive before them owns
    ("Grey's Anatomy and Station 19": one word, so "Grey's" is the title's own)."""
    count = 0
    for _, _, word in reversed(taken):
        if word in ("and", "&"):
            break
        if word.strip(_EDGE_PUNCT + ",.:").lower() not in _TRAILING_NOISE:
            count += 1  # ("Allison's Game: Series premiere": "Series" is not the title's)
    return count


_JOINING_CAPITALS = frozenset(("And", "But", "Or", "So", "Plus", "Then", "Now", "Also", "Meanwhile"))


def _spelled_out(text: str, words: list[tuple[int, int, str]], end: int) -> bool:
    """"This Is Us resumes", "How I Met Your Mother returns": small words capitalized inside a
    sentence written in lowercase (the next word is lowercase) are the title's own."""
    if len(words) < 2 or not _LOWER_NEXT.match(text, end):
        return False
    second = words[1][2].strip(_EDGE_PUNCT + ",")
    if second in ("The", "A", "An", "What", "When", "Where", "Who", "How", "Why") and \
            words[0][2] in _JOINING_CAPITALS:
        return False  # "And The Chi has been renewed", "And What We Do in the Shadows opens":
        # a sentence's "And", then the title
    return bool(second) and second[0].isupper() and (
        second.lower() in LEADING_NOISE or second.lower() in _CONNECTORS
        or second.lower() in _PRONOUNS or second == "I")


# A place's possessive that opens a title, before these words: "Britain's Got Talent",
# "America's Next Top Model", "Britain's Best Home Cook" (not "Finland's Deadwind")
_PLACES = COUNTRIES | NOT_SHOWS
_PLACE_TITLE_NEXT = frozenset(("Got", "Next", "Most", "Best", "Biggest", "Favourite", "Favorite",
                                "Funniest", "Toughest", "Greatest", "Smartest", "Strongest"))


def place_title(owner: str, next_word: str) -> bool:
    """Is the possessive ``owner`` ("Britain's") a place's that belongs to the title it opens,
    given the word after it?"""
    owner = owner.strip(_EDGE_PUNCT)
    return (next_word in _PLACE_TITLE_NEXT or _SUPERLATIVE.fullmatch(next_word) is not None
            or _PLURAL_NOUN.fullmatch(next_word) is not None) and \
        _POSSESSIVE_END.search(owner) is not None and show_key(owner[:-2]) in _PLACES


_SUPERLATIVE = re.compile(r"[A-Z][a-z]{3,}est")  # ("Ireland's Fittest Family")
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]{3,}s:")  # ("America's Sweethearts: Dallas Cowboys
# Cheerleaders": the title's first part, its subtitle after)
# After "This", words that make it a determiner ("This Sunday", "This Netflix drama"), not
# the first word of a title ("This Country", "This City Is Ours")
_NOT_AFTER_THIS = frozenset(vocab.MONTHS) | frozenset(vocab.WEEKDAYS) | frozenset(vocab.SEASONS) | \
    frozenset(("week", "weekend", "year", "month", "morning", "evening", "night", "christmas",
               "thanksgiving", "halloween", "easter", "holiday", "holidays", "summer", "winter",
               "spring", "fall", "autumn"))


def _this_opens_title(words: list[tuple[int, int, str]]) -> bool:
    """"This Country", "This Is Going to Hurt": "This" and capitalized words, none of them a
    date, a network, a nationality or a maker's modifier, are a title (not "This Fall", "This
    Netflix drama", "This British comedy")."""
    if len(words) < 2 or words[0][2] != "This":
        return False
    rest = [w[2].strip(_EDGE_PUNCT + ",.:") for w in words[1:]]
    second = rest[0]
    return second[:1].isupper() and (second == "Is" or second.lower() not in LEADING_NOISE | _NOT_AFTER_THIS) and \
        all(w[:1].isupper() or w in _CONNECTORS for w in rest) and \
        not _NATIONALITY.fullmatch(second) and not _MODIFIER_END.search(second) and \
        show_key(second) not in NOT_SHOWS and show_key(" ".join(rest)) not in NOT_SHOWS


NATIONALITY_WORD = r"[A-Z][a-z]+(?:an|ish|ese|ch|i)"  # "British", "Danish", "Korean"
_NATIONALITY = re.compile(NATIONALITY_WORD)


def _trim_words(text: str, start: int, end: int,
                words: list[tuple[int, int, str]] | None = None) -> tuple[int, int] | None:
    """Drop noise words from both edges of a candidate span; None if nothing is left.

    A possessive creator or network in front ("HBO’s", "Yoshitoki Oima’s") is dropped when
    at least two title words follow it ("Grey's Anatomy" keeps its possessive). ``words``:
    the span's `tokens`, when the caller has them already (the list is consumed)."""
    if words is None:
        words = tokens(text, start, end)
    if words and words[0][2].strip(_EDGE_PUNCT).lower() in ("season", "series", "episode", "part", "staffel",
                                                            "temporada", "stagione", "saison") \
            or len(words) == 2 and words[0][2] == "Cycle" and words[1][2].strip(_EDGE_PUNCT + ",.").isdigit():
        return None  # a season phrase, not a title ("Cycle 19": a reality show's season)
    if words and _TIME_LEAD.match(words[0][2]):
        return None  # "9pm, BBC One": a time slot
    words = _without_label(text, words)
    for i in range(len(words) - 1, 0, -1):  # "Westworld Season Two", "The Expanse S5"
        if words[i - 1][2].lower() in ("season", "series", "cycle") and _SEASON_WORD.fullmatch(
                words[i][2].strip(",.:;").lower()) or _SHORT_SEASON.fullmatch(words[i][2].strip(",.:;")):
            words = words[:i - 1] if words[i - 1][2].lower() in ("season", "series", "cycle") else words[:i]
            break
    for i in range(len(words) - 2, -1, -1):
        owner = words[i][2].strip(_EDGE_PUNCT)
        if i >= 2 and words[i - 1][2] in ("&", "and") and words[i - 2][2][:1].isupper():
            break  # "Georgie & Mandy's First Marriage": two names owning a title are in it
        if not _POSSESSIVE_END.search(owner) or owner.lower() in _CONTRACTIONS and \
                not any(w[2].endswith(":") for w in words[i + 1:i + 3]) or \
                i + 1 < len(words) and place_title(words[i][2], words[i + 1][2]):
            continue  # (only a possessive is dropped: the words after it need no count; "It's
            # a Sin" has none, but "It's Official: Ted Lasso" is a headline's label)
        upto = next((j for j in range(i + 1, len(words)) if words[j][2] in ("and", "&")),
                    len(words))  # ("Grey's Anatomy and Station 19": one word after; and in
        last = upto
        while last > i + 1 and words[last - 1][2].lower() in _CONNECTORS:
            last -= 1
        after = sum(1 for w in words[i + 1:last]  # "Allison's Game: Series premiere", one)
                    if w[2].strip(_EDGE_PUNCT + ",.:").lower() not in _TRAILING_NOISE)
        # (nor the connectors the span ends on: "The Handmaid's Tale on April 25", "renewed Da
        # Vinci's Demons for a third season")
        if words[-1][2].strip(_EDGE_PUNCT + ",.:") == "Arc" \
                and show_key(owner[:-2]) not in NOT_SHOWS:  # "Demon Slayer's Entertainment
            words = words[:i + 1]  # District Arc": a story arc is a season of its show
            break
        if any(w[2].endswith(":") for w in words[:i]) and not (
                show_key(owner[:-2]) in NOT_SHOWS and all(
                    w[2].isupper() or not w[2][:1].isalpha() for w in words[:i])):
            continue  # "Frieren: Beyond Journey's End": a subtitle's possessive is in the title
            # (but "DATE SET: HBO's Westworld" is a digest's label, then a network's show)
        if i == 0 and _given_name_in_title(text, words[0][0], owner, 0):
            continue  # "Zoey's Extraordinary Playlist": a lone given name opens the title
        if i == 0 and len(words) > 2 and franchise_owner(text, owner, words[1][2]):
            continue  # "RuPaul's Drag Race UK" beside "RuPaul's Drag Race All Stars"
        if i >= 1 and words[i - 1][2] in _HONORIFICS:
            continue  # "Miss Kobayashi's Dragon Maid": a character's honorific opens the title
        if (after >= 2 or i >= 1 and _FIRST_NAME_LIKE.fullmatch(words[i - 1][2])
                and words[i - 1][2].lower() not in LEADING_NOISE | _CONNECTORS
                or show_key(owner[:-2]) in NOT_SHOWS  # "Peacock's Hysteria!"
                or i == 0 and _COMPANY_ACRONYM.fullmatch(owner)  # "TVF's Aspirants"
                or i >= 1 and show_key(words[i - 1][2] + " " + owner[:-2]) in NOT_SHOWS):
            # ("BBC One's Poldark": a network of two words)
            words = words[i + 1:]  # ("Taylor Sheridan's Lioness": a person's full name, too)
            break
    if len(words) > 1 and show_key(words[0][2].strip(_EDGE_PUNCT)[:-2]) in COUNTRIES and \
            _POSSESSIVE_END.search(words[0][2].strip(_EDGE_PUNCT)) and \
            not place_title(words[0][2], words[1][2]):
        words = words[1:]  # "Finland's Deadwind": the country is not part of the title
    if len(words) > 2 and words[0][2] in ("The", "the") and \
            _MODIFIER_END.search(words[1][2].strip(_EDGE_PUNCT + ",")):
        words = words[2:]  # "The Norwegian-set Lilyhammer": a description before the title
    else:
        described = next((k for k in range(min(4, len(words) - 1), 0, -1)
                          if _MODIFIER_END.search(words[k - 1][2].strip(_EDGE_PUNCT + ","))), None)
        if described is not None and words[described][2][:1].isupper():
            words = words[described:]  # "J.J. Abrams-produced Revolution": its maker, then it
    lead_in = next((k for k in range(1, min(4, len(words) - 1)) if words[k][2] in ("is", "are")
                    and words[k - 1][2][:1].islower()), None)
    if lead_in is not None:
        words = words[lead_in + 1:]  # "First up is Physical: 100"
    if len(words) > 1 and words[0][2] in LEADING_NOISE_CAPITALS and \
            show_key(text[words[0][0]:words[-1][1]]) in NOT_SHOWS:
        return None  # "Disney XD", "Hulu Originals": a network, not "XD" once "Disney" is gone
    spelled_out = _spelled_out(text, words, end)
    while words and (words[0][2].strip(_EDGE_PUNCT + ",").lower() in LEADING_NOISE
                     and len(words) > 1 and words[0][2].lower() != "the" and not spelled_out
                     and not (words[1][2] == "I" and words[0][2][:1].isupper())  # ("Have I Got
                     # News for You", "Would I Lie to You?": a question that is the title)
                     and not _title_preposition(text, words[0], words[1:])
                     and not _this_opens_title(words)
                     and not (words[0][2] in _ADVERB_CAPITALS
                              and _LOWER_WORD_BEFORE.search(text, max(0, words[0][0] - 30), words[0][0]))
                     # ("a full series of Still Game": an adverb capitalized in mid-sentence)
                     and not (words[0][2] == "That" and words[-1][2].strip(_EDGE_PUNCT + ",.:") == "Show")
                     # ("That '90s Show": its "That" is its own)
                     and not (words[0][2][:1].isupper() and len(words) > 2 and words[1][2] in ("a", "an")
                              and words[2][2][:1].isupper())  # ("About a Boy": "a" is no
                     # sentence's article after a capitalized preposition)
                     and not (words[0][2].lower() in _MID_SENTENCE_ONLY
                              and (_char_before(text, words[0][0]).islower()
                                   or _char_before(text, words[0][0]) == ",")
                              and (words[0][2] != "This" or _LOWER_WORD_BEFORE.search(
                                  text, max(0, words[0][0] - 30), words[0][0])))  # ("On the
                     # comedy side, What We Do in the Shadows, the FX series"; "a third series
                     # of This Country", though not "Fargo Returns This Fall")
                     and not (words[0][2] in _QUESTION_OPENERS and len(words) > 2
                              and words[1][2] in _TITLE_PRONOUNS and words[2][2][:1].isupper())
                     and not (words[0][2] in _QUESTION_OPENERS and words[-1][2].endswith("?")
                              and _LOWER_NEXT.match(text, words[-1][1]))
                     and not (words[0][2] in ("Who", "What") and len(words) > 3
                              and _VERB_S.fullmatch(words[1][2])
                              and words[1][2] not in _AUXILIARIES_S
                              and any(w[2] in ("to", "a", "the", "of") for w in words[2:]))
                     # ("Who Wants to Be a Millionaire returns": a title, not a question)
                     # ("What If...? season 2": the question mark is the title's, mid-sentence)
                     # ("What We Do in the Shadows, whose second season ...", "When We Rise")
                     and not (words[0][2] == "How" and len(words) > 2 and words[1][2] == "to"
                              and words[2][2][:1].isupper()
                              and words[2][2] not in ("Watch", "Stream", "Catch", "See"))
                     # ("How to Get Away with Murder"; not "How to Watch The Bear")
                     and not (words[0][2] == "New" and len(words) <= 3  # "New Girl", "New
                              and all(w[2][:1].isupper() for w in words[1:])  # Amsterdam", "New
                              and words[1][2].lower().strip(_EDGE_PUNCT + ",.:")  # Gold
                              not in LEADING_NOISE | _NOT_ONE_WORD_TITLES  # Mountain" (not
                              and show_key(" ".join(w[2] for w in words[1:])) not in NOT_SHOWS)  # "New Netflix")
                     or words[0][2] in _CONNECTORS):
        words.pop(0)  # lowercase "the westworld": the article is not part of the title
    words = _without_label(text, words)  # ("BBC One: The Traitors", once "BBC" is gone)
    if len(words) > 2 and words[-1][2].strip(_EDGE_PUNCT + ",.:?") in ("Date", "Dates") and \
            words[-2][2] in ("Release", "Premiere", "Air", "Return", "Launch"):
        words = words[:-2]  # "Planet Earth III Release Date: ..."
    while words and (words[-1][2].strip(_EDGE_PUNCT + ",.:").lower() in _CONNECTORS
                     and not (len(words) > 1 and (words[-1][2].strip(_EDGE_PUNCT + ",.:") in ("It", "Under")
                                                  or words[-1][2].strip(_EDGE_PUNCT + ",.:").isupper()
                                                  or words[-1][2] == "Of,"))  # ("Sort Of, a
                     # half-hour comedy": a capitalized "Of" closing a title before its apposition;
                     # "Six Feet Under returns")
                     or words[-1][2].strip(_EDGE_PUNCT + ",.:").lower() in _TRAILING_NOISE
                     and len(words) > 1 and not _show_ends_title(words)):
        words.pop()
    for k in range(len(words) - 2, 0, -1):  # "The Lazarus Project on Sky Max": its network
        if (words[k][2] == "on" or words[k][2] == "to" and (
                k + 2 < len(words) or words[k + 1][2].isupper() or words[k + 1][2] in _STREAMERS)) \
                and show_key(" ".join(w[2] for w in words[k + 1:])) in NOT_SHOWS:
            # (or "brings ... Game of Thrones to Sky Atlantic"; not "... to You")
            words = words[:k]
            break
    if not words:
        return None
    return _clean_span(text, words[0][0], words[-1][1])


def network_owns(text: str, start: int) -> bool:
    """Does a network own the word at ``start`` ("Netflix's Wednesday": a title, not a
    weekday)?"""
    owner = _OWNER_WORD.search(text, max(0, start - 30), start)
    return owner is not None and show_key(owner.group(1)) in NOT_SHOWS


_OWNER_WORD = re.compile(r"([\w+!&.-]+)['’]s\s+$")


_DIGITS_JOINED = re.compile(r"\d+(?:-\d+)+:")


_STREAMERS = frozenset(("Netflix", "Hulu", "Peacock", "Showtime", "Starz", "Bravo", "Paramount+",
                        "Disney+", "Crunchyroll"))
_PART_WORDS = frozenset(("volume", "vol.", "part", "chapter", "episode", "season", "series", "book"))


_LOWER_NEXT = re.compile(r"\s+[a-z]")


def grab_left(text: str, end: int, floor: int, max_words: int = 10) -> tuple[int, int] | None:
    """The title that ends right before ``end`` (e.g. the subject of "debuts"), if any."""
    last = text[max(floor, end - 120):end].rsplit(None, 1)  # (str.split's whitespace is \s)
    if not last or not _capitalized(last[-1]):
        return None  # no title word right before ``end`` (most calls): no need to tokenize
    words = tokens(text, max(floor, end - 120), end)
    taken: list[tuple[int, int, str]] = []
    for i, (s, e, word) in enumerate(reversed(words)):
        bare = word.strip(_EDGE_PUNCT)
        closing = word.rstrip("”\"’'")
        if _STOP_END.search(closing) and not _ABBREVIATION.match(word) and \
                not (i > 0 and closing.endswith("...") and taken) and \
                not (i > 0 and taken and _ACRONYM.fullmatch(word) and len(word) >= 6) and \
                not (i == 0 and (_ACRONYM.fullmatch(word) or _EXCLAIMED.fullmatch(word)
                                 and _AFTER_EXCLAIMED.match(text, e)
                                 or closing.endswith("?") and _LOWER_NEXT.match(text, e))):
            # ("Hysteria! is slated", "What If...? season 2": a title's own mark, with no new
            # sentence after it)
            if i > 0 or closing == word:
                break  # a comma or full stop ends the title (a quoted "X," is exempt)
        if i > 0 and taken and closing != word and word[-1] in "”\"'" and \
                word[:1] in "“\"‘'" and not closing.endswith(("s", "S")):
            break  # "'Wednesday' Part 2 moved up": the words after a quoted title are not it
        if bare.lower() in _HEADLINE_VERBS and not (
                taken and i + 1 < len(words) and words[-i - 2][2][:1].islower()) and \
                not (i == 0 and word.endswith(",") and _LOWER_NEXT.match(text, e)):
            break  # ("the animated Eyes of Wakanda": after a lowercase word, a title word; "the
            # thriller Blue Eyes, which begins": a title's last word, a lowercase word after its
            # comma; but "The Crown Returns, Plus Holiday Romance" is a headline's verb)
        if _SEASON_WORD.fullmatch(bare.lower()) and i + 1 < len(words) and taken and \
                taken[-1][2] in ("and", "&") and \
                words[-i - 2][2].lower() in ("season", "series", "part", "volume", "chapter"):
            break  # "Daredevil season 3 and Jessica Jones season 2": the 3 is a season's
        if taken and word.endswith(":") and (not word[:1].isupper() or word[:-1] in _NETWORK_LABELS) \
                and not _DIGITS_JOINED.fullmatch(word):
            break  # "Week of January 1: American Primeval", "on Netflix: Lowland Drift": the title
            # begins after the label (but "9-1-1: Nashville" is one title)
        if taken and (_YEAR_WORD.fullmatch(bare) or _MONTH_OR_DAY.match(bare.lower())) and \
                taken[-1][2].lower() in ("and", "&", "or"):  # (or "in April and House of ...")
            break  # "summer 2025 and The Morning Show": the year is the date's
        if word.endswith("]") or word.startswith("[") or _SLASH_MARKER.fullmatch(word):
            break  # "[MEGATHREAD] The Boys": a forum tag, not the title ("2/ High Potential":
            # a thread's item number)
        if not taken and _COUNTED_MODIFIER.fullmatch(bare):
            break  # "renewed Community for a 13-episode fourth season": a count, no title's end
        if taken and word[-1:] in "'’" and word[-2:-1] == "s" and word[:1].isupper() and \
                _owned_words(taken) >= 1 and not (taken[-1][2][:1] in "'‘" and word[-1:] == taken[-1][2][:1]):
            break  # "J.J. Abrams' Revolution": a plural possessive owns the title after it
        if _POSSESSIVE_END.search(bare) and not bare.endswith("’s’") and \
                bare.lower() not in _CONTRACTIONS and not (taken and place_title(bare, taken[-1][2])) and \
                _owned_words(taken) >= 2 and taken[0][2].strip(_EDGE_PUNCT + ",.:") != "Arc" and \
                not _given_name_in_title(text, s, bare, floor) and \
                not (len(taken) >= 2 and franchise_owner(text, bare, taken[-1][2])) and \
                not (_title_word_before_owner([w for _, _, w in words[max(0, len(words) - i - 3):len(words) - i - 1]])
                     and show_key(_POSSESSIVE_END.sub("", bare)) not in NOT_SHOWS):
            break  # "Amazon's The Rings of Power": the possessor is not part of the title
        if _capitalized(word) and (not _MONTH_OR_DAY.match(bare.rstrip(",")) or taken
                                   and not word.endswith(",")
                                   or network_owns(text, s)):
            taken.append((s, e, word))
            if word[:1] in "“\"‘'(" and not _ELISION.match(word) and not (
                    len(taken) == 1 and _SHORT_YEAR.fullmatch(word)) and not _DECADE.fullmatch(word):
                break  # an opening quote starts the title (not "Sunderland 'Til I Die"; nor
                # the year that ends "X-Men '97")
        elif (bare.lower() in _CONNECTORS or bare == "our" and i + 1 < len(words)
              and words[-i - 2][2] == "of") and taken:  # ("Days of our Lives")
            taken.append((s, e, word))
        else:
            break
        if len(taken) >= max_words + 2:
            return None  # a run this long is headline case, not a title
    if len(taken) > 1 and taken[1][2].endswith(":") and show_key(taken[0][2]) in NOT_SHOWS and (
            taken[0][2].isupper() or taken[0][2] in _STREAMERS):  # (not "Star Trek: Discovery")
        return None  # "Dancing with the Stars: ABC has renewed ...": the network is the subject
    part = [w for _, _, w in taken[:-5:-1]]
    if len(part) == 4 and part[0].lower() in _PART_WORDS and part[1].isdigit() and \
            part[2] == "of" and part[3][:1].isupper():
        del taken[-3:]  # "Volume 1 of Stranger Things 4 drops": a part of the title, not the
        # title (but "Season 2 of the Jeffrey Dean Morgan-led drama" names none)
    if not taken:
        return None
    if len(taken) > 1 and _asks(text, taken[-1], taken[-2][2], end):
        asked = taken.pop()[2].lower()  # "Is The Last of Us renewed for season 3?"
        if asked in _WH_WORDS and len(taken) > 1 and taken[-1][2].lower() in _AUXILIARIES:
            taken.pop()  # "When Will Arcane Season 2 Release?"
    return _trim_words(text, taken[-1][0], taken[0][1], taken[::-1])  # (the span's tokens)


_COMPANY_ACRONYM = re.compile(r"[A-Z]{2,5}['’]s")
_DECADE = re.compile(r"['’]\d0s")  # "That '90s Show": a decade, no opening quote
# A title's own honorific ("Miss Kobayashi's Dragon Maid"), or a subtitle's colon ("KonoSuba:
# God's Blessing on This Wonderful World!"), before a possessive: the possessor is in the title
_HONORIFICS = frozenset(("Miss", "Mrs.", "Mrs", "Mr.", "Mr", "Ms.", "Ms", "Lady", "Lord", "Sir",
                         "Uncle", "Aunt", "Auntie", "Grandma", "Grandpa", "Professor", "Saint"))


def _title_word_before_owner(before: list[str]) -> bool:
    """``before``: the two words before a possessive ("KonoSuba:", "God's"; "Lumen: The")."""
    if before and before[-1] in ("The", "A", "An"):
        before = before[:-1]
    return bool(before) and (before[-1] in _HONORIFICS
                             or before[-1].endswith(":") and before[-1][:1].isupper())
# "It's Always Sunny in Philadelphia", "It's a Sin", "Let's Make a Deal": no possessor
_CONTRACTIONS = frozenset(("it's", "it’s", "let's", "let’s"))
_QUESTION_WORDS = frozenset("is are was were has have does did do can could should would when "
                            "why how where".split())


def _asks(text: str, first: tuple[int, int, str], second: str, end: int) -> bool:
    """Does the run of capitalized words open a question with an auxiliary ("Is The Last of
    Us renewed?", "Will The Bear return?"; not "Will Trent returns")?"""
    s, _, word = first
    bare = word.lower()
    wh = _WH_BEFORE.search(text, max(0, s - 12), s)  # "When Will Arcane Season 2 Release?"
    if not (bare in _QUESTION_WORDS or bare == "will" and (
            second in ("The", "A", "An") or wh or _BARE_VERB_AFTER.match(text, end))):
        return False  # ("Will Planet Earth III air in the US?")
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find(". ", end, line_end)  # (the question mark of this sentence, not of the
    line_end = line_end if stop < 0 else stop  # next: "Have I Got News for You ... returns.")
    return "?" in text[end:line_end] and (s == 0 or text[s - 1] in "\n\"“‘'" or wh is not None
                                          or text[max(0, s - 2):s] in (". ", "? ", "! "))


_BARE_VERB_AFTER = re.compile(r"\s+(?:air|be|come|get|have|debut|premiere|release|stream|arrive|"
                              r"drop|launch|happen|continue|end|make)\b")
_WH_WORDS = frozenset("when why how where what".split())
_AUXILIARIES = frozenset("will is are was were does did do can could should would has have".split())
_WH_BEFORE = re.compile(r"(?:^|(?<=[\n\"“‘'])|(?<=[.?!] ))(?i:when|how|where|why|what)\s+$")


_TIME_AFTER = re.compile(r"\s+\d{1,2}(?::\d\d)?(?:\s*(?:[ap]\.?m\b|o['’]clock|/\d{1,2}c\b)|"
                         r"(?=[.,;)]|$))", re.IGNORECASE)  # ("... The Floor at 8.")
_ORDINAL_AFTER = re.compile(r"(?:\s+the)?\s+\d{1,2}(?:st|nd|rd|th)\b|"
                            r"\s+\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                            r"[a-z]*\.?(?!\w)")  # ("... on 8 September")
_SHORT_YEAR = re.compile(r"['’]\d\d[,.;:]?")


_POSSESSIVE_OR_PLURAL_END = re.compile(r"(?:['’]s|s['’])$")


_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?![\w-])")
# "Syfy cancelled The Expanse and Amazon swooped in": a network that does something after the
# title, not the title's last words
_NETWORK_DOES = re.compile(rf"\s+{cues.NETWORKS}\s+(?!and\b|or\b|of\b)[a-z]")
_SEASON_OF_BEFORE = re.compile(r"\b(?:season|series)\s+of\s+$", re.IGNORECASE)


def grab_right(text: str, start: int, ceiling: int, max_words: int = 8) -> tuple[int, int] | None:
    """The title that starts at ``start`` (e.g. after "new limited series,")."""
    words = tokens(text, start, min(ceiling, start + 120))
    taken: list[tuple[int, int, str]] = []
    for s, e, word in words:
        bare = word.strip(_EDGE_PUNCT)
        year = taken and _SHORT_YEAR.fullmatch(word)  # "Tales From '85", "Class of ’09"
        if taken and word[:1] in "(“\"‘'" and not year or \
                bare.rstrip(",.;:").lower() in _HEADLINE_VERBS and not (
                    taken and word.endswith(",") and _LOWER_NEXT.match(text, e)):
            break  # a parenthesis or a new quotation is not part of the title (nor a headline's
            # verb; but "the thriller Blue Eyes, which begins": a title's last word)
        if taken and _COUNTED_MODIFIER.fullmatch(bare.rstrip(",.;:")):
            break  # "renewed Community for a 13-episode fourth season": a count, not the title
        if year or _capitalized(word) and (not _MONTH_OR_DAY.match(bare.rstrip(",.;:"))
                                           or _next_capitalized(words, s)):
            taken.append((s, e, word))
        elif taken and taken[-1][2] in _ROMANCE_LINKS and _ROMANCE_WORD.fullmatch(bare) and \
                any(w[2][:1].isupper() for w in taken):
            taken.append((s, e, word))  # "Dix pour cent", "Les Hommes de l'ombre": after a
            # small word of a French, Spanish or Italian title, a word in small letters is the title's
        elif (bare.lower() in _CONNECTORS or bare in _ROMANCE_LINKS
              or bare == "our" and taken[-1:] and taken[-1][2] == "of") \
                and taken:
            if _TIME_AFTER.match(text, e) or _ORDINAL_AFTER.match(text, e) or \
                    bare in ("and", "&") and _NETWORK_DOES.match(text, e) or \
                    bare.lower() in ("in", "by", "until", "from") and _YEAR_AFTER.match(text, e) \
                    and _SEASON_OF_BEFORE.search(text, max(0, start - 30), start):
                # ("a seventh series of Doc Martin in 2015": a date after the title)
                # ("the 13th season of Chicago Fire and the 12th of Chicago P.D.")
                break  # "followed by Brilliant Minds at 10 p.m.": a time, not a title's words
            taken.append((s, e, word))
        else:
            break
        closing = word.rstrip("”\"’'")
        if closing != word or (_STOP_END_RIGHT.search(word)
                               and not _ABBREVIATION.match(word)
                               and not (_INITIAL.fullmatch(word) and len(taken) >= 2
                                        and _capitalized(taken[-2][2]) and _TWO_UPPER_NEXT.match(text, e))):
            break  # (but "The Michael J. Fox Show": a middle initial goes on, when more than
            # the surname follows it; "Michael J. Fox" alone is the man)
        if word.endswith(":") and _LOWER_NEXT.match(text, e):
            taken[-1] = (s, e - 1, word[:-1])
            break  # "the final season of Andor: the Star Wars drama ...": the colon ends it
        if len(taken) > max_words:
            return None
    if not taken:
        return None
    if words and len(words) > len(taken) and \
            words[len(taken)][2].strip(_EDGE_PUNCT + ",.").lower() in _ROLE_WORDS:
        # "The Last of Us with Chernobyl creator Craig Mazin": "with Chernobyl" names the
        # creator's other show; the title ends before its connector
        for k in range(len(taken) - 1, 0, -1):
            if taken[k][2].lower() in _CONNECTORS:
                taken = taken[:k]
                break
    last = taken[-1][2].rstrip(",.;:")
    if _POSSESSIVE_OR_PLURAL_END.search(last):
        following = text[taken[-1][1]:taken[-1][1] + 20].lstrip(" ")
        if following[:1].islower() or following[:1] in "“\"‘'" or _COUNTED_MODIFIER.match(following):
            return None  # "Julian Fellowes' period drama", "Dennis Lehane's 'Smoke'", "David
            # Lynch's 18-part Twin Peaks revival": a creator
    return _trim_words(text, taken[0][0], taken[-1][1], taken)  # (the span's tokens)


_EXCLAIMED = re.compile(r"[A-Z][\w'’-]*[!?]")
_SLASH_MARKER = re.compile(r"\d{1,2}/")
_NETWORK_LABELS = frozenset(("Netflix", "Hulu", "HBO", "Max", "Peacock", "Paramount+", "Disney+", "Prime",
                             "Apple", "ABC", "NBC", "CBS", "Fox", "FX", "AMC", "Showtime", "Starz",
                             "BBC", "ITV", "Crunchyroll"))
_AFTER_EXCLAIMED = re.compile(r"\s+[a-z]|,")  # ("Hysteria! is slated", "Would I Lie to You?, the ...")


def _next_capitalized(words: list[tuple[int, int, str]], start: int) -> bool:
    """Is the word after the one at ``start`` capitalized ("Saturday Night Live")?"""
    for i, (s, _, word) in enumerate(words):
        if s == start:
            return i + 1 < len(words) and _capitalized(words[i + 1][2]) and \
                not words[i + 1][2][:1].isdigit() and not _COMMA_END.search(word)
            # ("on December 10": a month before a number is a date, not a title word)
    return False


_YEAR_WORD = re.compile(r"(?:19|20)\d\d,?")
_FIRST_NAME_LIKE = re.compile(r"[A-Z][a-z]{2,}")
_POSSESSIVE_END = re.compile(r"['’]s$")
_COUNTED_MODIFIER = re.compile(r"\d{1,3}-[a-z]+")  # ("13-episode", "10-part", "two" is a word)
_ELISION = re.compile(r"['’‘](?:til|tis|twas|n|em|round|cause|bout)\b", re.IGNORECASE)


def _given_name_in_title(text: str, start: int, word: str, floor: int) -> bool:
    """A lone given name's possessive that opens a title ("Zoey's Extraordinary Playlist"),
    not a person's full name ("Ryan Murphy's") or a company's ("Amazon's")."""
    if word[:-2].lower() not in vocab.FIRST_NAMES:
        return False
    before = text[max(floor, start - 30):start].split()
    return not (before and before[-1][:1].isupper())


def franchise_owner(text: str, owner: str, word: str) -> bool:
    """A one-word possessive that is no network's or company's and opens the same two words
    more than once in the article ("RuPaul's Drag Race All Stars", "RuPaul's Drag Race UK"):
    a franchise's name, the possessive and all."""
    if show_key(owner[:-2]) in NOT_SHOWS or _COMPANY_ACRONYM.fullmatch(owner) or not word[:1].isupper():
        return False
    stem = f"{owner} {word}"
    first = text.find(stem)
    return first >= 0 and text.find(stem, first + len(stem)) >= 0


_STOP_END = re.compile(r"[,;.!?)]$")
_STOP_END_RIGHT = re.compile(r"[,;!?)]$|(?<![A-Z])\.$|^[A-Z][A-Z0-9+]*\.$")  # ("on FX. What")
_COMMA_END = re.compile(r"[,;.]$")

_QUOTED = re.compile(
    r"(?=[“\"‘'*_])(?:"  # (a quote mark first: tested first, this makes the scan 3x as fast)
    r"“(?P<a>[^”\n]{1,90})”|\"(?P<b>[^\"\n]{1,90})\"|‘(?P<c>[^’\n]{1,90}?)’(?![a-z])|"
    r"(?<![\w])'(?P<d>(?:[^'\n]|'(?=[a-z]))" r"{1,90}?)'(?![\w])|\*(?P<e>[^*\n]{1,90})\*|(?<![\w])_(?P<f>[^_\n]{1,90})_(?![\w]))"
)


_NUMBER_TITLE = re.compile(r"\d{1,4}(?:[-.]\d{1,4}){0,2}")
_LISTING_AFTER = re.compile(r"[ \t]*\([A-Z][^()\n]{0,30}\)[ \t]*[:—–-]")


def quoted(text: str, start: int, end: int, *, lowercase: bool = False) -> list[tuple[int, int]]:
    """Spans of quoted or emphasized text that reads as a title ("Stranger Things"); with
    ``lowercase``, short lowercase titles too ("grown-ish"), as headlines quote them."""
    found = []
    for m in _QUOTED.finditer(text, start, end):
        group = next(g for g in "abcdef" if m.group(g) is not None)
        s, e = _clean_span(text, m.start(group), m.end(group))
        if s >= e:
            continue
        name = text[s:e]
        if title_like(name, quoted=True) or sentence_case_title(name) or \
                (lowercase and re.fullmatch(r"[a-z][\w-]*(?:\s[\w-]+)?", name) and "-" in name) or \
                (_NUMBER_TITLE.fullmatch(name) and (_LISTING_AFTER.match(text, m.end())
                                                     or _NUMBER_TITLE_VERB.match(text, m.end())
                                                     or _SEASON_OF_NUMBER.search(text, max(start, m.start() - 30),
                                                                                 m.start()))):
            found.append((s, e))  # ('"24" (Fox): Jack Bauer moves ...', '"24" will return for a
            # limited run': a number as a title)
    return found


def sentence_case_title(name: str, strict: bool = False) -> bool:
    """A quoted title written as Spanish, French or Italian titles are, capitalized only at
    its head ("Cien años de soledad", "Falsa identidad"), and not English speech ("We are
    thrilled"). ``strict``: only one with a word English has not ("Así se baila", "Sangre de mi
    tierra"), not one that merely ends like Spanish."""
    if name.startswith(("¿", "¡")):
        return name.endswith(("?", "!")) and 2 <= len(name.split()) <= 8  # ("¿Quién mató a Sara?")
    words = [w.rstrip(":") for w in name.split()]  # ("Soy tu fan: 10 años después")
    if not 2 <= len(words) <= 6 or not (_capitalized(words[0]) or words[0].isdigit()) or \
            show_key(name) in NOT_SHOWS or not title_like(words[0], quoted=True):
        return False
    foreign = not name.isascii() or any(w in _ROMANCE_WORDS for w in words[1:])
    if words[0].lower() in _SPEECH_WORDS or all(_capitalized(w) for w in words) or not all(
            _capitalized(w) or w.isdigit() and foreign or (w.isalpha() and (w.lower() not in _SPEECH_WORDS
                                                               or w == "a" and foreign))
            for w in words[1:]):
        return False  # (not "It's loud", "We are thrilled"; but "Bienvenidos a la familia")
    return foreign or words[0].lower() in _ROMANCE_WORDS or \
        not strict and any(w.endswith(("a", "o", "as", "os")) for w in words)  # ("Las hermanas Vega")
    # (a word that is not English: "Sin límites", "Betty en NY", "Falsa identidad"; not "Pun
    # absolutely intended", "Stay tuned")


_ROMANCE_WORDS = frozenset((
    "de", "del", "la", "las", "los", "el", "que", "en", "y", "con", "para", "por", "sin", "al",
    "da", "do", "das", "dos", "di", "della", "du", "des", "le", "les", "et", "e", "il", "lo",
    "pour", "aux", "au", "sur", "sans", "dans", "avec", "par", "une",
))
# Those after which a word in small letters still belongs to the title ("Dix pour cent", "La
# Poule aux œufs d'or", "Sangre de mi tierra"): not the conjunctions and articles a word in
# small letters may follow in a sentence too
_ROMANCE_LINKS = (_ROMANCE_WORDS - {"al", "das", "do", "dos", "e", "el", "et", "il", "lo", "que", "y"}) | \
    {"mi", "su", "tu", "un"}
# English words that make a quoted run speech or a phrase, not a title in sentence case
_SPEECH_WORDS = frozenset((
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "will", "would", "can",
    "could", "should", "may", "might", "must", "we", "i", "you", "he", "she", "it", "they", "me",
    "us", "him", "her", "them", "to", "of", "and", "or", "in", "on", "for", "with", "that",
    "this", "these", "those", "not", "have", "has", "had", "our", "my", "your", "their", "his",
    "its", "so", "just", "very", "all", "but", "at", "as", "by", "from", "about", "what", "how",
    "more", "most", "do", "does", "did", "done", "get", "got", "going", "really", "there",
    "here", "who", "when", "where", "why", "which", "if", "than", "then", "now", "out", "up",
    "off", "back", "over", "into", "like", "one", "some", "any", "no", "yes", "too", "again",
    "next", "last", "soon", "later",
))


_SEASON_OF_NUMBER = re.compile(r"\b(?i:season|series|seasons|revival|reboot|return|premiere)\s+of\s+$")  # ('the
# seventh season of "24"')
_NUMBER_TITLE_VERB = re.compile(r",?\s+(?:will\s+(?:return|be\s+back|premiere|come\s+back)|returns|"
                                r"is\s+(?:back|returning|coming\s+back)|premieres|comes\s+back|"
                                r"follows\s+with)\b")
_COUNTED_WORD = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+",
                           re.IGNORECASE)
_ORDINAL_KEY = re.compile(r"\d{1,3}(?:st|nd|rd|th)(?:[- ](?:season|series|year|edition|cycle))?")  # ("19th-season")
_LABEL_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)(?::|$)")
_MODIFIER_END = re.compile(r"-(?:inspired|based|led|set|style|styled|produced|themed|centric|"
                           r"adjacent|esque|backed|born|bound|focused|starring|created|shot|filmed|"
                           r"made|raised|winning|nominated|area|native|era)$")  # ("Sudbury-shot")
_SLASHED_NAMES = re.compile(r"[A-Z][a-z][\w'’-]*/[A-Z][a-z][\w'’-]*")
HOLIDAY_WORD = re.compile(r"\b(?:halloween|christmas|thanksgiving|years?\s+(?:day|eve)|valentines?\s+day|"
                      r"labor\s+day|memorial\s+day|boxing\s+day)\b")
_TIME_ZONE = re.compile(r"\b(?:ET|PT|CT|MT|GMT|BST|p\.m|a\.m)\b")
_COUNTED_KIND = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many|"
                           r"more)\s+(?:[\w-]+\s+){0,2}(?:dramas|comedies|shows|series|docuseries|"
                           r"sitcoms|thrillers|miniseries|anime|returns|premieres|debuts|newcomers)",
                           re.IGNORECASE)
_GUIDE_PHRASE = re.compile(r"(?i:what\s+to\s+(?:watch|stream|expect|know)|everything\s+(?:we|you)\s+know|"
                           r"(?:the\s+)?(?:week|weekend|month)\s+ahead\b|"  # ("The Week Ahead on TV")
                           r"(?:[\w’':-]+\s+){0,3}?(?:when|where)\s+(?:your|our)\s+favou?rite)\b")
# ("Reality Check: When Your Favorite Competition Shows Return")
_SPEAKER_CONTRACTION = re.compile(r"(?:I|We|You|They)['’](?:ll|ve|d)")
_PRONOUN_CONTRACTION = re.compile(r"(?i:i|you|we|they|he|she|it|that|there)['’](?:ll|m|re|ve|d|s)")
_NUMBERED_PART = re.compile(r"(?:season|series|part|episode|chapter|volume)\s+\w+")


_CLOCK = re.compile(r"\d{1,2}:\d\d\s*(?i:[ap]\.?(?:m\.?)?)?")


@lru_cache(maxsize=8192)
def title_like(name: str, *, quoted: bool = False) -> bool:
    """Does this read as a title (mostly capitalized words, short, not a sentence)? A quoted
    title may be a word that is otherwise a date ('Wednesday')."""
    words = name.split()
    if not words or len(words) > 10 or len(name) > 80:
        return False
    if not _capitalized(words[0]):
        return False
    if not _capitalized(words[-1]) and not words[-1].strip(_EDGE_PUNCT + ",.:?!")[:1].isdigit():
        return False  # a title ends with a title word ("Premieres of X postponed" does not)
    if _MODIFIER_END.search(words[-1]):
        return False  # "Stephen King-inspired", "Texas-set": a description's modifier
    lower = [w for w in words if not _capitalized(w) and w.lower().strip(",.:") not in _CONNECTORS]
    if len(lower) > (1 if len(words) >= 4 else 0):
        return False
    if any(q in name[1:] for q in "“\"‘(") or name.count(",") > 1:
        return False
    key = show_key(name)
    if not key or key in NOT_SHOWS or (_MONTH_OR_DAY.match(key) and not quoted) or \
            key.isdigit() and not (quoted and (len(key) == 4 or name[:4].lower() == "the ")) \
            or _DAY_PART.fullmatch(key):  # ("the Sunday-night premiere")
        return False  # (a quoted "1923" or "The 100" is a title; "100" alone a count)
    if not quoted and _CLOCK.fullmatch(name):
        return False  # "9:00, Fox.": a grid's hour, not a title
    if _COUNTED_RUN.match(name):
        return False  # "The 10-episode second season drops ...": a count, not a title
    if _COUNTED_KIND.fullmatch(name):
        return False  # "Two New Dramas", "Three Comedies": a headline's count of shows
    if _GUIDE_PHRASE.match(name):
        return False  # "What to Watch This Season": a guide's headline, not a title
    if not quoted and len(words) > 1 and _SPEAKER_CONTRACTION.fullmatch(words[0]) and words[1][:1].islower():
        return False  # "I'll take Doctor Who": a speaker's words before the title
    if len(words) == 1 and not quoted and _PRONOUN_CONTRACTION.fullmatch(name):
        return False  # "the returns I'll clear my schedule for"
    if _COUNTED_WORD.fullmatch(name):
        return False  # "10-episode", "two-part", a headline's "Three-Part"
    if not quoted and _ORDINAL_KEY.fullmatch(key):
        return False  # "the 22nd season premiere": an ordinal, not a title
    if len(words) == 1 and key in _NOT_ONE_WORD_TITLES and not quoted and \
            not (name.isupper() and len(name) > 1 and key not in _STATUS_WORDS):
        return False  # (an acronym may be a title, "YOU"; a section's "DELAYED" is not)
    if not quoted and len(words) > 1 and _LABEL_YEAR.search(name):
        return False  # "Fall TV 2021", "Anime 2023: ..." are headline labels, not titles
        # (a year far off is a title's: "Blade Runner 2099")
    if HOLIDAY_WORD.search(key) and not (quoted and len(words) > 2):
        return False  # (but a quoted "The Great Christmas Light Fight" is a title)
    if "/" in name and not (_SLASHED_NAMES.fullmatch(name) and (quoted or not any(
            show_key(part) in NOT_SHOWS for part in name.split("/")))) or _TIME_ZONE.search(name):
        # (a quoted "Fosse/Verdon" is a title, and "Love/Hate"; "9/8c", "FX/Hulu",
        # "Netflix/Hulu" are not)
        return False
    if any(_MONTH_OR_DAY.match(w.strip(",.")) for w in words[:3]) and re.search(r"\d", name):
        return False  # "24 January 2018" is a dateline
    return not _NUMBERED_PART.fullmatch(key)


def is_person(text: str, start: int, end: int) -> bool:
    """Context says the capitalized words name a person ("star Krysten Ritter said"), or
    they start with a role ("Star Krysten Ritter returns")."""
    words = text[start:end].split()
    if len(words) == 3 and words[0].lower() in _ROLE_WORDS and not words[1].endswith(":") and \
            words[1] not in _FRANCHISE_AFTER_STAR:
        return True
    if any(w in ("of", "the") for w in words[1:-1]):
        return False  # "anchored by ... and by Republic of Doyle": no person's name
    lo = max(0, start - 40)
    cut = max(text.rfind("\n", lo, start), text.rfind(". ", lo, start - 1))
    last = text[text.rfind(" ", lo, start - 2) + 1:start - 1] if text.endswith(". ", lo, start) else ""
    if _ENDS_SENTENCE_WORD.fullmatch(last) and not _ABBREVIATION.match(last):
        cut = start - 2  # ("Ortega is also a producer. Nobody Wants This, ...": not "producer
        # Nobody"; but "Dr. Harrow" is a person)
    lo = max(lo, cut + 1)
    return bool(PERSON_BEFORE.search(text, lo, start) or _INITIALS_BEFORE.search(text, lo, start)
                or PERSON_AFTER.match(text[end:end + 40])
                or _CAST_LIST_BEFORE.search(text, max(0, start - 80), start))


# "starring Zoe Saldaña, Nicole Kidman and Morgan Freeman": every name of a cast list
# A person's name as text writes it: two or three capitalized words ("Nicole Kidman")
PERSON_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
_CAST_LIST_BEFORE = re.compile(rf"\b(?:starring|stars|featuring|co-starring|(?:executive\s+)?producers|"
                               rf"creators|writers|directors|hosts)\s+{PERSON_NAME}"
                               rf"(?:,\s+{PERSON_NAME})*(?:,\s+|,?\s+and\s+)$|"
                               # "with X playing twins alongside A and B": A and B act too
                               rf"\b(?:playing|plays|starring|stars|acting|appearing|appears)\b"
                               rf"[^.;:!?]{{0,60}}\b(?:alongside|opposite)\s+"
                               rf"(?:{PERSON_NAME}(?:,\s+{PERSON_NAME})*(?:,\s+|,?\s+and\s+))?$")


_ENDS_SENTENCE_WORD = re.compile(r"[\w’'-]*[a-z]{2}\.")  # ("producer.", not "R.R." or "Dr.")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}$")
