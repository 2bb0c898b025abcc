"""The words that tell a premiere from everything else a date can be about.

Each table is a regex over lowercased text. A date becomes a claim only near a *release* cue
("debuts", "set for release", "premiere date"), never near a *not-a-premiere* cue ("trailer",
"filming", "finale"); renewals ("renewed for a second season") make TBA claims; delays
("pushed back", "postponed") void the dates said before them.
"""

from __future__ import annotations

import re

# A time slot told before "by" or after a title: "followed at 9 p.m. by", "the return of X at 9"
AT_SLOT = r"at\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?|/\d{1,2}(?::\d\d)?c\b)?"  # ("at 9/8c": Eastern/Central)

# A season entered on a day: "Hell on Wheels rolls into its second season on Aug. 12", "will
# check into its third season on Sunday, Feb. 16" (the finder's subject verb and a release cue)
INTO_ITS_SEASON = (r"(?:heads?|heading|rolls?|rolling|checks?|checking|moves?|moving|steps?|sails?|marches|"
                   r"barrels|charges|swings|glides|cruises|dives?)\s+into\s+(?:its|their)\s+(?:[\w-]+\s+){1,2}?"
                   r"(?:season|series)(?=\s+(?:on|in|this|next|later|early|starting|from)\s)")

# Broadcasters and streamers abroad, as text writes them (the finder's list of networks a title
# "hits" or "opens on" has them too)
ABROAD_NETWORKS = (r"Crunchyroll|Funimation|HIDIVE|NHK|MBS|Tokyo\s+MX|Fuji\s+TV|TV\s+Tokyo|TV\s+Asahi|"
                   r"tvN|JTBC|KBS2?|MBC|SBS|Viki|Stan|Binge|Foxtel|CBC|CTV|TVNZ")

# Networks and streamers by name, as a title's context names them ("Luke Cage hits Netflix").
NETWORKS = (r"(?:HBO|Netflix|Hulu|Amazon|Prime|Apple|Disney|Peacock|Paramount|Showtime|Starz|FX|"
            r"AMC|ABC|NBC|CBS|Fox|The\s+CW|BBC|ITV|Max|Crave|Sky|PBS|Bravo|TNT|TBS|USA|Syfy|"
            rf"{ABROAD_NETWORKS})")
RELEASE = re.compile(
    r"(?=[a-z])"  # (every cue begins with a letter: tested first, this halves the scan)
    r"\b(?:premier(?:e|es|ing)|debut(?:s|ing)?|bows?|bowing|returns?|returning|arriv(?:e|es|ing)|"
    r"introduc(?:es|ing)|(?:gives?|giving|brings?|bringing|hands?)\s+us\b|"  # ("On Monday, Sept. 22,
    r"which\s+(?:[\w+&.-]+\s+){1,3}?will\s+(?:\w+ly\s+)?carry\b|"  # ("a second season, which PBS
    # will presumably carry in 2018")
    # Fox introduces Gotham", "on March 26, HBO gives us the fourth season of Succession")
    # ("Magnum P.I. gets Mondays in the fall", "Roseanne ... holds Tuesdays at 8 this fall": a night
    # of its own, from a date)
    r"(?:gets?|takes?|holds?|keeps?)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b(?=[^.;]{0,30}\b(?:in|this|next|"
    r"from|starting|on)\s)|"
    # ("Hacks season 3 is now a 2024 show": the year it airs)
    r"(?:is|are)\s+(?:now\s+|officially\s+|still\s+)?an?(?=\s+(?:19|20)\d\d\s+(?:show|series|release|title)\b)|"
    # ("The first three episodes are up today": a streaming show's first day)
    r"(?:(?<=episodes\s)|(?<=episode\s))(?:are|is)\s+(?:now\s+|all\s+)?(?:up|live|out)\b(?!\s+(?:to|from|by|against)\b)|"
    # ("Hugo Blick's six-part western, from 10 November.": a listing's first night)
    r"(?<=,\s)from\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*[.;](?:\s|$))|"
    # ("The buddy sitcom X joins the Monday block a week later, on Sept. 30")
    r"joins?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:block|lineup|line-up|schedule)\b|"
    # ("finally delivers its long-delayed third season this spring")
    r"delivers?\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:season|series)\b|"
    # ("Prime Video has only committed to 2026": the year promised)
    r"(?:has|have)\s+only\s+committed\s+to(?=\s+(?:19|20)\d\d\b)|"
    # ("For midseason, NBC is holding X and the final season of Y": the date told first)
    r"(?<=,\s)(?:[a-z+&.-]+\s+){1,3}(?:is|are)\s+(?:also\s+)?(?:holding|saving)\b(?![^.;]*\b(?:for|until|till)\b)|"
    # ("fills the 9/8c hour on that same night, Friday, Sept. 25")
    r"fills?\s+the\s+[\d:/apmc. ]{1,12}\s(?:hour|slot|time\s*slot)(?=\s+(?:on|this|next|that|from|starting)\b)|"
    # ("Midseason will see the medical drama Doc and the comedy Going Dutch": the date as subject)
    r"(?:(?<=midseason\s)|(?<=fall\s)|(?<=spring\s)|(?<=summer\s)|(?<=winter\s)|(?<=autumn\s))"
    r"(?:will\s+(?:also\s+)?see|sees)\b|"
    # ("will sign off with its fourth and final season in October")
    r"signs?\s+off\s+with\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:season|series)\b|"
    # ("rolls into its second season on Aug. 12", "will check into its third season on Sunday")
    rf"{INTO_ITS_SEASON}|"
    # ("the new Marvel series Luke Cage, out on 30 September": out that day)
    r"(?:(?<=is\s)|(?<=are\s)|(?<=be\s)|(?<=,\s))out\s+on\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|"
    # ("Growing Up Fisher, narrated by Jason Bateman, previews on Sunday, Feb. 23")
    r"previews?(?=\s+(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"airs?|airing|on\s+air|drops?|dropping|launch(?:es|ing)?|lands?|landing|"
    # ("ATLANTA (FX)" / "When: Thursday, Sept. 15": a guide's field for the premiere, on the
    # line under a title and its network)
    r"(?<=\)\n)when(?=[ \t]*:[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|"
    # ("said it would likely come in 2024")
    r"(?:would|will)\s+(?:\w+ly\s+)?come(?=\s+(?:in|this|next|later|early|sometime)\b)|"
    # ("a third season will close out the story next summer": the last season's date)
    r"(?<=will\s)(?:close\s+out|wrap\s+up|conclude|end)\s+the\s+(?:story|saga|series|show)\b|"
    r"gets?\s+(?:its|their)\s+[\w-]+\s+(?:season|series)\s+(?=on\b|in\b|this\b|next\b)|"  # ("gets its
    # first season on Thursday, July 8")
    r"gets?\s+a\s+(?:[\w-]+\s+)?(?:sneak|preview\s+run)\b|"
    # a schedule's night given over to shows: "Tuesday, Sept. 11, is the night for comedy
    # newcomer X", "The next night, Wednesday, Jan. 3, belongs to X"
    r"(?:is|will\s+be)\s+(?:the\s+)?night\s+for|belongs\s+to|"
    # any verb that takes a show somewhere "for season three on Feb. 16" ("checks into
    # Thailand for season three on Feb. 16")
    r"(?<!renewed\s)(?<!renews\s)(?<!ordered\s)(?<!up\s)for\s+(?:its\s+|their\s+)?(?:season\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\d{1,2}(?:st|nd|rd|th)|first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\s+season)\s+(?=(?:on|this|next)\b)|"
    # any verb a show "will" do to its numbered season on a date ("will boot up its third
    # season on Tuesday, Aug. 23"), but not to end, film or shoot it
    r"will\s+(?!(?:end|wrap|conclude|close|finish|complete|shoot|film|tape|cast|write|lose|"
    r"not|never|also|still|be|have|get|make|continue)\b)[a-z]+(?:\s+(?:up|off|out|in))?\s+"
    r"(?:its|their)\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|final|new|next)\s+(?:and\s+final\s+)?(?:season|series)\s+"
    r"(?=(?:on|in|this|next|with)\b)|"  # ("gets a post-football sneak on Sept. 10")
    r"gets?\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:preview|first\s+look)(?=\s+(?:on\s+)?(?:(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
    # ("gets a special two-episode preview Monday, Nov. 30")
    r"timed\s+for|"  # ("a fifth season timed for the holidays")
    r"(?:follows?|counters?|answers?|responds?)\s+(?:[a-z]+\s+){0,2}?with\b(?!\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:film|movie|special|finale|episode|book|novel|game|podcast))|"  # ("HBO follows
    # with The Young Pope on Sunday, Jan. 8"; "FX counters two nights later with Taboo")
    r"(?:will|to|would)\s+(?:end|conclude|wrap\s+up|sign\s+off|close\s+out\s+its\s+run)\s+(?:its\s+run\s+)?with\s+(?:a|an|its)\s+"
    r"(?:[\w-]+\s+){0,3}(?:season|series)|"  # ("will end with a shortened sixth season ... this fall")
    r"hits?\s+(?:abc|nbc|cbs|fox|amc|fx|starz|showtime|crave|sky|pbs|tnt|tbs|syfy|the\s+cw|"
    rf"(?i:{ABROAD_NETWORKS}))\b|"  # ("hits MBS and TBS on Sunday, October 7"; "reaches Netflix in October")
    r"(?:hit(?:s|ting)?|reach(?:es|ing)?)\s+(?:netflix|hulu|hbo|amazon|prime|disney|apple|peacock|paramount|"
    r"screens|tv|television|the\s+(?:small\s+)?screen|streaming|bbc|itv|channel|airwaves|"
    r"the\s+(?:streamer|service|platform|network))|"
    r"streams?|streaming(?!\s+(?:service|platform|giant|app|rights|deal|numbers|charts?|wars|"
    r"landscape|site|home|era|world|company|business|subscribers?|library|partner))|(?:is|are|be|comes?|coming|will\s+be|it['’]s|they['’]re)\s+back|back\s+(?:on|onto|with|for|in)|"
    r"coming|comes|rides?\s+in|end(?:s|ing)?\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:wait|hiatus|"
    r"break|absence|layoff)|"  # ("ends its four-year hiatus in April")
    r"wait\s+(?:is\s+)?(?:over|ends)|set\s+(?:for|to)|slated|scheduled|slotted|due|expected|release[ds]?|releasing|"
    r"screens\s+(?=(?:from|on|at|each|every|weekly|in|this|next)\b)|"  # ("It screens from Sunday 11 February")
    r"expect\s+(?:it|them)\b|"  # ("Expect it next month.")
    r"planned|promised|pencil(?:l?ed)?\s+(?:(?:it|them|the\s+[\w-]+)\s+)?in|"
    # ("..., which puts it in midseason 2016")
    r"(?:puts?|putting|places?|placing)\s+(?:it|them)\s+(?:in|at|on|around)|"
    r"locked\s+(?:in\s+)?(?:for|on)|lined\s+up\s+(?=[^.;!?]{1,60}?\bfor\s)|"  # ("has lined up the
    # second season of Modern Love for Friday, Aug. 13")
    r"(?:(?<=is\s)|(?<=are\s)|(?<=still\s))on\s+for\b|"  # ("is still on for June 4")
    r"(?:(?<=season\s)|(?<=series\s)|(?<=\bit\s)|(?<=them\s))down\s+for\b|"  # ("has the second
    # season down for sometime in 2018")
    r"(?:go|goes|going)\s+out\s+(?=(?:in|on|at|this|next|weekly|from|later|early|every)\b)|"
    r"(?:go|goes)\s+(?:up|live)\s+(?=on\b)|"  # ("the first four episodes of Season 4 go up on
    # Jan. 29")
    r"follows?(?=\s+[^.;!?]{1,30}?\s(?:that\s+(?:same\s+)?(?:night|evening)|the\s+same\s+(?:night|evening|day))\b)|"
    # ("follows Idol that night at 10", "follows Veep that same night")
    # ("Season 2 is April 7 on BBC America": a season and its day; a bare "June" is no date)
    r"season\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+is\s+"
    r"(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s*(?:[.,;]|on\b|$))|"
    r"(?:keeps?|keeping|holds?|holding)\s+(?:its|their)\b(?=[^;!?]{0,30}?\s(?:premiere\s+|launch\s+|debut\s+)?"
    r"(?:date|slot|spot|window|berth)\b)|"  # (or "is keeping its late November slot")
    # ("keeps its Jan. 22 date")
    r"(?:(?<=also\s)|(?<=all\s)|(?<![\w\s]))out\s+(?=(?:on\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|tomorrow|tonight|this\s+week)\b)|"  # ("Also out
    # Wednesday: a docuseries")
    r"stick(?:s|ing)?\s+around\s+for\b|"  # ("is sticking around for season 9 ... in the fall")
    r"(?:is|are|(?<=['’])s|(?<=['’])re)\s+(?:still\s+|now\s+)?(?:sticking\s+with|looking\s+at)"
    r"(?=\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|fall|autumn|winter|early|late|mid|next|(?:19|20)\d\d))|"
    # ("Disney+ is sticking with October", "It's now looking at late 2020")
    r"(?:(?<=has\s)|(?<=have\s)|(?<=also\s)|(?<=now\s))set\b(?=[^;:!?]{0,40}?\sfor\s+(?:the|its|their)\s)|"  # ("Netflix has
    # set Friday, Oct. 20, for the seventh season of Big Mouth")
    r"(?:given|gets?|got|landed|earned)(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:slots?|berths?)\b)|"
    r"an?(?=\s+mid-?season\s+(?:show|series|entry|replacement|drama|comedy|title|offering)\b)|"
    # ("is now also a midseason show")
    # ("have been given fall slots")
    r"(?:ordered|picked\s+up)(?=[^.;:!?]{0,60}?\sfor\s+(?:the\s+)?(?:fall|spring|summer|winter|autumn|"
    r"mid-?season|next\s+(?:year|season|fall|spring|summer|winter)|early|late|(?:19|20)\d\d)\b)|"
    # ("has ordered three new comedies for fall": where the new shows go)
    r"(?<=be\s)replaced\s+by\b|"  # ("X will be replaced by Harbor Lights on Feb. 3": its successor's)
    r"(?:is|are)\s+on\s+(?:hiatus|break)\s+until\b|"  # ("X is on hiatus until the fall")
    r"opens?\s+on\s+(?:hbo|netflix|hulu|amazon|prime|apple|disney|peacock|paramount|showtime|starz|"
    r"fx|amc|abc|nbc|cbs|fox|the\s+cw|bbc|itv|max|crave|sky|pbs|bravo|tnt|tbs|usa|syfy)\b|"  # ("His
    # Dark Materials opens on HBO": a show's premiere, where a film opens in theaters)
    r"(?<!,\s)enter(?:s|ing)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)\b|"  # ("Law & Order
    # enters its 25th season in the fall"; not ", entering its 11th season,": an aside)
    r"(?:will\s+be|comes?|coming)\s+out\s+(?=(?:in|on|by|this|next|later|early|before|sometime)\b)|"  # ("will
    # be out by the end of 2025")
    r"(?:gets?|getting)\s+the\s+ball\s+rolling|(?:kicks?|kicking|starts?|starting)\s+things\s+off|"
    r"(?:heads?|heading)\s+back\b(?!\s+to\s+(?:work|(?:their|its|the)\s+(?:studios?|sets?|offices?)))|"
    # ("Ant and Dec head back to Australia in November"; not "talk shows are heading back to
    # their studios")  # (British: "will go
    # out in early 2026", "goes out on BBC One")
    # ("has placed it on its fall schedule", "is on NBC's fall schedule for October")
    r"(?:placed|put|puts|slotted|slots|added|adds|is|are)\s+(?:(?:it|them|the\s+(?:show|series|drama|comedy|"
    r"sitcom))\s+)?on\s+(?:its|their|the|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:schedule|lineup|line-up)\b|"
    r"(?:takes?|taking|gets?|getting|inherits?|inheriting)\s+(?:over\s+)?(?:its|their|the|that)\s+(?:[\w.:/-]+\s+){0,3}(?:slot|timeslot|time\s+slot)|(?:can|could|should|will|to)\s+expect|expects|targeted|aimed|(?:is|are|['’]re)\s+(?:now\s+|still\s+|also\s+)?(?:targeting|eyeing|aiming\s+for|eyed\s+for)|eyes(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:release|premiere|debut|return|launch|first\s+half|second\s+half|spring|summer|fall|autumn|winter|midseason|20\d\d)\b)|(?:aims?|aiming|hopes?|hoping|plans?|planning)\s+to\s+(?:bring|have|get|put)\s+(?:it|them|the\s+\w+)\s+(?:out|back)|brings?\s+(?:the|its|a|back|over|(?:it|them)\s+(?:back|over))|"
    r"(?:is|are|['’]re)\s+(?:now\s+|also\s+|all\s+)?ready\s+for\b|"  # ("is ready for early next year")
    r"(?:brings?|bringing)(?=\s+(?:[\w&:’'.“”\"-]+[,”\"]*\s+){1,12}?to\s+(?:screens|viewers|tv|television|"
    r"the\s+small\s+screen|the\s+air)\b)|"  # ("is bringing Sanwal Yaar Piya to screens during the holidays")
    r"has\s+an?\s+new\s+(?:[\w-]+\s+){0,3}(?:drama|comedy|series|thriller|sitcom)\s+called\b|"  # ("has a
    # new BBC One police drama called Happy Valley in the spring")
    r"available|kicks?\s+(?:things\s+)?off|kicking\s+(?:things\s+)?off|begins?|beginning|starts?|starting|opens?|"
    r"gets?\s+(?:started|going|rolling)|leads?\s+off\s+(?:in|on|with)|"
    r"follow(?:s|ing)?\s+(?:on|in|later|early|next|this|soon)\b|"
    # ("Heartless follows from 3rd March")
    r"follow(?:s|ing)?\s+from(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:\d|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|"
    # ("ABC is bringing X, its remake of ..., to its schedule at midseason")
    r"bringing\s+(?=[^.;]{1,120}?\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:schedule|lineup|line-up|screens)\b)|"
    r"follow(?:s|ing)?\s+the\s+(?:next|following)\s+(?:night|day|evening|week)\b|"  # ("follows the next
    # night, Tuesday, Jan. 8")
    r"(?<=,\s)followed\s+(?:on|in)\s+(?=[^.;!?]{1,30}?\s+by\s)|"  # (", followed on July 19 by X")
    # ("Amy Schumer's comedy "Life & Beth" follows Friday, March 18"; not "follows Wednesday Addams")
    r"follow(?:s|ing)?(?=\s+(?:(?:that\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,|\s+(?:at|night|\d|"
    r"[a-z]{3,5}\.?\s+\d))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|"
    r"makes?\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:comeback|return|debut|bow)|"
    r"(?:official\s+|new\s+|firm\s+)?target\s+(?:of|for)|"  # ("now has an official target of early 2027")
    r"(?:current|new|latest)\s+target\s+is|"  # ("the current target is May")
    r"(?:should|could|may|might|will|to)\s+surface|"  # ("it should surface at some point in the year")
    r"gets?\s+(?:his|her|their|its)\s+own\s+(?:show|series)\b|"  # ("gets his own show on March 17")
    r"(?:likely|realistic|earliest|best|new|official)\s+(?:release\s+|premiere\s+)?(?:target|bet|guess)\s+"
    r"(?:is|would\s+be|looks\s+like)\b|"  # ("the most realistic target is early 2024")
    r"(?<=we're\s)hoping\s+for|(?<=we\sare\s)hoping\s+for|(?:we|they)\s+hope\s+for|"  # ("we're hoping
    r"settles?\s+into\s+(?:the|its|their)\s+(?:[\w:.-]+\s+){0,3}(?:hour|slot|time\s*slot|berth)|"
    r"(?:(?:rounds?|rounding|closes?|closing)\s+out|joins?|joining)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:list|lineup|line-up|slate|schedule|calendar|month|week)|"  # ("Hawkeye ... rounds out
    # the list in fall 2021", "will join the summer lineup")
    r"rolls?\s+out|go(?:es)?\s+live|spotlight|catch\s+(?:it|them)|tune\s+in|"
    # an order for a date: "picked up to series for the 2019-20 season", "renewed for fall 2027"
    r"(?:picked\s+up|ordered|renewed|greenlit)(?:\s+to\s+series)?\s+for\s+(?=(?:the\s+)?(?:(?:19|20)\d\d|"
    r"fall|spring|summer|winter|autumn|midseason|next|early|late|mid)\b)|"
    r"(?:holds?|holding)\s+(?:it|them)\s+(?:until|till|for)|moves?\s+in\s+on|"
    # "which I'm told will show up sometime next summer"
    r"(?:will\s+)?show(?:s|ing)?\s+up(?=\s+(?:sometime|in|on|next|this|later|early|late|by|around)\b)|"
    # a network's slot for it: "HBO has it on Sunday, Jan. 12", "NBC has season five on Jan. 2"
    r"ha(?:s|ve)\s+(?:it|them|season\s+\w+|its\s+[\w-]+\s+season)\s+(?:on|for)(?=\s+(?:(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|"
    # a lead-out on a premiere night: "follows the comedy at 9 p.m. the same night", "follows
    # with the start of its sixth season"
    r"follows?(?=\s+(?:[\w'’-]+\s+){0,3}at\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m|/\d{1,2}c\b))|following(?=\s+at\s+\d{1,2}(?::\d\d)?\b)|"
    # ("with the sixth season of X following at 9:30")
    r"follows?\s+with\s+(?:the\s+"
    r"(?:start|premiere|return|debut|launch)|its|their|an?\s+(?:[\w-]+\s+)?(?:season|series)|"
    r"the\s+[\w-]+\s+(?:season|series)\s+of)\b|on\s+(?:its|their)\s+way|underway|will\s+(?:open|follow)|"
    r"s(?<!to\ss)(?<!n't\ss)(?<!n’t\ss)(?<!i\ss)(?<!we\ss)(?<!you\ss)ays?\s+(?=(?:early|mid|late|later|sometime|next|this|summer|spring|fall|autumn|winter|"
    r"(?:19|20)\d\d)\b)|"  # ("FX and Hulu say summer 2025": the date is the news)
    r"premiere\s+date|release\s+date|return\s+date|air\s+date|launch\s+date|on\s+the\s+way|"
    r"sets?(?=[^.]{0,50}\b(?:for|premiere|date|return)\b)|sets?\s+sail|setting\s+sail|dated(?=[^.]{0,60}\bfor\b)|"
    # "Frieren season 2 confirmed for January 2026": a date, not a renewal, follows
    r"confirmed\s+for(?=\s+(?:early\s+|late\s+|mid-?)?(?:\d|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|this|next)\w*\b)|"
    r"head(?:s|ed|ing)\s+our\s+way|gets?\s+(?:a\s+)?(?:premiere\s+|release\s+|start\s+|return\s+)?date|"
    r"(?:has|have|now\s+has)\s+a\s+(?:premiere\s+|release\s+|start\s+)?date|"
    r"(?:broadcast|release|premiere|launch)\s+window|on\s+the\s+(?:calendar|schedule|slate)|"
    # ("Next up is the zombie comedy X, on Friday, Feb. 3"; "which the broadcaster says will
    # screen later this year")
    r"(?:next|then)\s+up\s+(?:is|are|comes)|(?:will|to|would)\s+screen\b|"
    r"(?:be|back)[\"”’']?\s+on\s+(?:our\s+|tv\s+|uk\s+)?screens|"  # ('is "likely to be" on screens in 2020')
    r"joins?\s+(?:it|them)(?=\s*[.,;]|\s*$)|"  # ("Modern Family kicks off Season 8 and the
    # freshman comedy Speechless joins it")
    r"(?:be|being|been)\s+(?:shown|broadcast|screened|televised|aired|released|streamed|posted|"
    r"uploaded|made\s+available)|"  # ("All 15 new episodes will be posted at once on Sunday")
    r"reach(?:es|ing)?\s+(?:viewers|audiences|screens|tv|television|us|fans|the\s+screen)|"
    r"held\s+(?:back\s+)?(?:until|till)|continues?\s+with\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:season|series)|"  # ("the romance continues with a second season in summer 2027")
    r"(?:held|holding|holds|saved|saving|kept|keeping)\s+"
    r"(?:back\s+|it\s+|them\s+|the\s+(?:show|series|drama|comedy|sitcom|season)\s+)?for\s+(?:mid-?season|"
    r"midseason|spring|summer|fall|autumn|winter|early|later|next|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|20\d\d)|listed\s+for|pegged\s+for|on\s+(?:track|course|schedule)\s+(?:for|to)|on\s+deck\s+for|"
    r"(?:won['’]t|will\s+not|will|to)\s+be\s+seen\s+(?:until|before|in|on|again)|"
    r"(?:will|to|must|have\s+to|has\s+to|had\s+to|\w+['’]ll)\s+(?:\w+\s+)?wait\s+(?:until|till|"
    r"for\s+(?=mid-?season|(?:next|the)\s+(?:year|spring|summer|fall|autumn|winter)|20\d\d))\b|"  # ("will wait until
    # midseason", "fans will have to wait until 2026"; the show itself "waits until Monday, Oct. 3")
    r"waits\s+(?:until|till)\b|"
    # ("viewers should not expect the second season until 2018": the earliest it comes)
    r"(?:should|shouldn['’]t|won['’]t|will|don['’]t|do|can['’]t|cannot)\s+(?:not\s+)?expect\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:until|till|before)\b|"
    r"(?:is|are)\s+holding\s+(?:it|them|the\s+(?:show|series|drama|comedy|sitcom))\s+(?:for|until|till)|"
    r"confirm(?:ed|s)\s+(?:a|an|the|its|their)\s+[\w-]+\s+(?:season|series)\s+of\s+"
    r"(?:[\w&:’'.“”\"-]+[,”\"]*\s+){1,8}?for\b|"  # ("confirmed a second season of X for October")
    r"(?:locked|locks|locking)\s+in\s+(?:[\w&:’'.“”\"-]+[,”\"]*\s+){1,20}?for\s+(?=(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\d\d\b)|"  # ("Apple also locked in the
    # second season of Home Before Dark, the Brooklynn Prince drama ..., for Friday, June 11")
    r"(?:holding|holds|held|(?<=will\s)hold|(?<=to\s)hold|preparing|prepares|readying|readies)\s+"
    r"(?:[\w&:’'.“”\"-]+[,”\"]*\s+){1,20}?(?:for\s+(?:this\s+|the\s+)?"
    r"(?:mid-?season|early|late|next|spring|summer|fall|autumn|winter|20\d\d|january|february|march|"
    r"april|june|july|august|september|october|november|december)\b|until|till|at\s+(?:its|their|the)\s+(?:original|planned|"
    r"scheduled|announced)\b)|"  # ("Showtime is holding X, the John Logan spinoff, at its original
    # April 26 date": the date kept) ("is
    # holding its new drama Rise, from producer Jason Katims, for midseason")
    r"bring\s+(?:it|them|the\s+(?:show|series|comedy|drama))\s+back|"
    r"(?:brings|bringing|brought)\s+(?:[\w&:’'.“”\"-]+[,”\"]*\s+){1,6}?back\b"
    r"(?!\s+(?:to\s+life|from|memories|into|together|home)\b)|"  # ("FX brings Louie back Thursday")
    r"(?:will|would|to)\s+come|(?:is|are)\s+off\s+(?:the\s+air\s+)?until|resumes?|unspool|pick(?:s|ing)?\s+back\s+up|picks?\s+up\s+(?:again|(?:the\s+|its\s+|their\s+)?(?:second|back|final|last)\s+half)|hits?\s+screens|reach(?:es)?\s+(?:our\s+|tv\s+|uk\s+|british\s+|american\s+)?(?:small\s+|tv\s+)?screens|bring(?:s|ing)?\s+back|"
    r"(?:crash|burst|storm|sweep|roar)(?:s|es|ed|ing)?\s+(?:back\s+)?(?:onto|on\s+to|on)\s+(?:our\s+|tv\s+|uk\s+)?screens|"  # ("crashes onto screens on Saturday")
    r"(?:makes?|making|made)\s+it\s+(?:on)?to\s+(?:the\s+|our\s+|tv\s+)?(?:small\s+)?screens?\b|"
    r"(?:delayed|pushed|moved|moves|bumped|nudged|nudges|shifted|shifts|slides|slid|pushes|moving|postponed|held|"
    r"(?<=will\s)move)\s+"
    r"(?:[\w&:’'.“”\"-]+,?[”\"]?\s+){0,7}"  # "moved its new drama Tracker to", "pushed Law & Order: SVU to",
    # "pushed back a week, to Sept. 30"
    r"(?:back\s+|up\s+)?(?:to|until|till|into(?=\s+(?:(?:19|20)\d\d|next|early|late|mid-?season|"
    r"(?:the\s+)?(?:spring|summer|fall|autumn|winter))\b))|"  # ("moved Snowpiercer from May 31 up
    # to May 17", "has pushed season 3 into 2024"; not "moves into the house on July 10")
    # ("will move up "The Last Dance," its 10-part documentary series about ..., to Sunday")
    r"(?:move|moved|moves|moving|push|pushed|pushes)\s+(?:up|back)\s+[“\"‘'][^.;]{1,120}?,?\s+to(?=\s+(?:"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"early|mid|late|next|this|the\s+(?:spring|summer|fall|autumn|winter)|spring|summer|fall|"
    r"autumn|winter|(?:19|20)\d\d)\b)|"
    r"(?:for|with)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:season|series|run)|"
    r"(?:on|to|via|exclusively\s+on)\s+(?:netflix|hulu|hbo|max|prime\s+video|disney\+|apple\s+tv\+?|"
    r"paramount\+|peacock|bbc\s+(?:one|two|three|iplayer)|itvx?|channel\s+4|crunchyroll)|"
    r"heads?\s+to|headed\s+to|head(?:s|ed|ing)\s+for\s+(?:the\s+)?(?:schedule|screens|air|airwaves|"
    r"lineup)|(?:new|next|fresh|final)\s+season|"  # ("are both headed for the schedule this fall")
    r"series\s+premiere|season\s+premiere|will\s+(?:air|debut|return|premiere|arrive|launch|stream))\b"
)

# Release words that only say something will happen ("is expected to begin"): after a
# not-a-premiere cue ("Filming is expected to begin this summer") they do not make a premiere.
WEAK_RELEASE = re.compile(
    r"\b(?:begins?|beginning|starts?|starting|opens?|expected|set\s+(?:for|to)|slated|"
    r"scheduled|due|coming|comes|available|underway|spotlight|on\s+(?:its|their|the)\s+way|"
    r"planned|promised|pencil(?:l?ed)?\s+in|penciled|locked\s+(?:in\s+)?(?:for|on)|targeted|aimed|brings?|"
    r"kicks?\s+off|kicking\s+off|rolls?\s+out|will\s+(?:open|follow)|follow(?:s|ing)?\s+(?:on|in|later|early|next|this|soon)\b|"
    r"(?:for|with)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:season|series|run)|"
    r"(?:on|to|via|exclusively\s+on)\s+\S+(?:\s+\S+)?)"
)

NOT_A_PREMIERE = re.compile(
    r"(?=[a-z])\b(?:(?:filming|shooting|photography)\s+(?:resum|restart)(?:es|ed|s)?\b|"  # ("filming
    # resumes in the spring": a shoot's return, not the show's)
    r"(?:reshap|reshuffl|upend|scrambl|disrupt|overhaul|rejigg)\w*\s+(?:its|their|the|a)(?:\s+[\w-]+)?(?=\s*$)|"
    # ("as strikes reshape its midseason": the network's calendar, no show's date)
    # "ending months of speculation that the season might squeeze into late 2018": a guess
    # put to rest
    r"(?:months|weeks|years)\s+of\s+speculation\b|"
    # "the second episode of The Mandalorian lands on Friday": an episode of a season on air
    r"(?:second|third|fourth|fifth|sixth|next|latest)\s+episode\s+of\b|"
    # "will reveal the date in the coming months": when a date is told, not the premiere
    r"(?:will|to|would|should|could)\s+(?:\w+\s+)?(?:announce|reveal|unveil|share|set|name|"
    r"confirm|give|release)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?dates?\b|"
    r"trailers?|teasers?|first\s+look|promo|sneak\s+peek|clip|panel|press\s+tour|"
    r"comic-con|comic\s+con|upfronts?|filming|films?|shoot(?:ing)?|shot|tap(?:ing|ed)|(?:back\s+)?on\s+(?:the\s+)?set\b(?!\s+(?:of|for|to))|"
    r"productions?\s+(?:(?:is\s+|was\s+|are\s+|were\s+)?(?:set|scheduled|slated|"
    r"expected|due|planned)\s+to\s+|to\s+)?(?:starts?|began|begins?|wraps?|kicks?\s+off|resumes?|halted|"
    r"shut\s+down|suspended|paused)|wrap(?:s|ped)?\s+(?:filming|production)|"
    r"(?:push(?:ed|es)?|mov(?:ed|es)|delay(?:ed|s)?|postpon(?:ed|es)|shift(?:ed|s)?|bump(?:ed|s)?)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:start\s+of\s+)?(?:production|filming|shooting)\b|"  # ("pushed
    # production to early next year": a shoot)
    r"(?:begin|begins|began|start|starts|started|resume|resumes|enter|enters|go\s+into|goes\s+into)\s+"
    r"(?:pre-?)?production|(?<=back\s)in\s+production|cameras|casting|auditions?|"  # ("is back in
    # production soon": a shoot)
    r"(?:begin|begins|began|start|starts|started|starting|beginning)\s+(?:work|writing)\b|writers['’]?\s+room|"
    r"(?:made|makes|making)\s+(?:it|the\s+\w+)\s+official|"  # ("made it official on Friday")
    r"(?:direct(?:s|ed|ing)?|writ(?:es|ing)|wrote|pen(?:s|ned))\s+(?:an|a|one|the|two|three|several)\s+"
    r"(?:[\w-]+\s+)?episodes?\b|"  # ("Mariska Hargitay directs an episode later this fall")
    r"(?:nfl|nba|mlb|nhl|ncaa|n\.f\.l\.|n\.b\.a\.|football|baseball|basketball|hockey|soccer)\s+(?:coverage|games?|"
    r"kickoff|playoffs?)|kickoff\s+game|"
    r"(?:ad\s+)?revenue|profits?|earnings|subscribers(?!\s+(?:on|from|starting|beginning)\s)|sign-?ups|"  # ("expects to double ad revenue
    # this year": a business figure)
    r"(?:taken|pulled|yanked)\s+off\s+(?:the\s+)?(?:air|schedule)|cancell?ations?|"
    r"finale|conclud(?:es|ing)|(?:its|their|the)\s+(?:second|third|fourth|fifth|sixth|"
    r"\d{1,3}(?:st|nd|rd|th))\s+episode\b|"  # ("airs its second episode at 8:30", "its 100th")
    r"(?:from|after)\s+(?:its|their|the|a)\s+(?:holiday|winter|midseason|"
    r"mid-season|christmas|thanksgiving|olympics?)\s+(?:break|hiatus)|(?:ends|wraps)\s+(?:on|its\s+run)|end(?:s|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:season|series|run)\b|"
    r"(?:ends|wraps|closes)\s+(?:season|series)\s+\w+\b|"  # ("The Boys ends season 2 on Oct. 9")
    r"(?:wraps?|closes?\s+out)\s+(?:up\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:season|series|run)\b|"
    r"wraps?\s+up\b(?=[^.;!?]{0,30}\b(?:its|their)\s+(?:final|last)\s+(?:[\w-]+\s+)?episodes\b)|"  # ("wraps
    # up on Disney+ with its final three episodes")
    # ("reruns of X start Sunday": an old season again, no premiere)
    r"re-?runs?|repeats|encores?|"
    r"movie|movies|theaters?|theatres?|theatrical|box[\s-]+office|cinemas?|video\s+game|"
    # ("Gears 5 lands on Xbox One and PC on Sept. 10": a game's platforms)
    r"xbox|playstation|ps[345]|nintendo\s+switch|"
    r"game\s+(?:release|launch)|comics?(?![-\s]book\s+(?:hit|shows?|dramas?|adaptations?|tv))|graphic\s+novel|"
    r"(?:first|debut|next|final|opening)\s+issue|novel|album|vinyl|hardcover|paperback|hits?\s+bookstores|single(?![’']s\b)(?![-\s]+(?:camera|cam|mom|mother|dad|father|parent|season|episode))|tour|concert|tickets|"
    r"pre-?orders?|on\s+sale|ratings|emmys?|awards?|ceremony|nominations?|convention|"
    r"screening|festival|premiere\s+(?:party|screening|event)|red\s+carpet|podcast|"
    r"(?:fan|press|live|launch|global|showcase)\s+event|tudum|"
    r"(?:released|unveiled|dropped|shared|debuted)\s+(?:a|an|the|its|their)\s+(?:new\s+|first\s+|"
    r"official\s+|final\s+)?(?:teaser|trailer|poster|photos?|images?|first\s+look|clip|key\s+art)|"
    r"episodes?\s+(?!1\b)\d+|remaining\s+episodes|rest\s+of\s+the\s+(?:season|episodes)|episode\s+(?:two|three|four|five)|second\s+episode|next\s+episode|"
    # (not "Episode 1 lands April 7": the first is the premiere)
    r"special\s+(?:episode|edition)|christmas\s+special|holiday\s+special|one-off|"
    r"blu-ray|dvd|digital\s+download|home\s+video|(?<!comic-)(?<!comic\s)book|manga|memoir|stage|"
    r"broadway(?!\s+(?:[\w-]+\s+)?(?:drama|dramedy|comedy|series|show|sitcom)\b)|"  # (but "the
    # second season of the Broadway drama Smash": a TV show about the stage)
    # "Sept. 10 – Kaos (cancelled)", "(already streaming, holiday marathon)"
    r"cancell?ed|no\s+new\s+episodes|already\s+streaming|marathon|"
    r"library(?!\s+(?:story|drama|series|show|comedy|mystery|fantasy|tale|anime))|"  # (not "the
    # second season of the isekai library story": a show's subject)
    r"(?<!first\s)new\s+episode(?!s)|"  # ("Mar. 6: Abbott Elementary, new episode")
    r"(?:currently|now)\s+(?:airing|streaming|running|on\s+air)|"  # ("is currently airing on Wednesdays")
    r"typically|usually|traditionally|normally|historically|customarily|"  # ("those typically come in June")
    r"tweeted|(?<!be\s)(?<!been\s)posted|announced|revealed|unveiled|confirmed(?!\s+for\b)|told|said|"
    r"reported)\b"  # (but "will be posted at once on Sunday" is a release)
)

# "it remains unclear whether it will be renewed at all": no next season to wait for
RENEWAL_UNSURE = re.compile(r"\b(?:unclear|unknown|undecided|not\s+(?:yet\s+)?(?:known|clear|sure|certain))\s+"
                            r"(?:whether|if)\s+(?:it|the\s+(?:show|series))\s+will\s+(?:be\s+renewed|"
                            r"(?:get|see|have)\s+(?:a|another)\s+(?:[\w-]+\s+)?season|return)\b")

# The reporting verbs among them: "announced Tuesday" dates the news, but in "said that X is
# coming in April" the date belongs to what was said.
REPORTING = frozenset("tweeted posted announced revealed unveiled confirmed told said reported"
                      .split())

# Words near a title that make it a film, comic, book or game rather than a show.
OTHER_MEDIUM_BEFORE = re.compile(
    r"\b(?:film|movie|(?<!will\s)(?<!\bto\s)(?<!also\s)feature|comic|comics|comic\s+book|graphic\s+novel|novel|book|"
    r"(?i:warner\s+bros\.?|universal\s+pictures|sony\s+pictures|lionsgate|focus\s+features|"  # (a film
    r"20th\s+century\s+studios|paramount\s+pictures|searchlight\s+pictures)|"  # studio's: "Warner Bros. moved Dune")
    r"books|memoir|game|video\s+game|videogame|album|song|single|play|(?<!animated\s)musical(?!\s+(?:[\w-]+\s+)?(?:dramedy|drama|comedy|series|show|sitcom|"
    r"anthology|romance|thriller))|podcast|manga|hardcover|paperback|art\s+book|artbook|coffee-table\s+book|"
    r"soundtrack|vinyl|audiobook|cookbook|"
    r"light\s+novel|documentary\s+film|biopic|sequel|blockbuster|franchise|the\s+marvel\s+max\s+"
    r"series|miniseries\s+comic|issues?\s+of|rereading|reading|(?:19|20)\d\d['’]s|"
    r"adapted\s+from|adapts|adapting|drawn\s+from|taken\s+from|based\s+on|remake\s+of|inspired\s+by|(?<!new\s)version\s+of|spun\s+off\s+from|"
    r"follow-up\s+to|sequel\s+to|hit\s+(?:song|single|record|album)|special|one-off|"
    r"episode\s+called|episode\s+titled|"
    r"(?i:oscars?|academy\s+awards?)\b[^.;:!?]{0,80}\bin)"  # ("won the Oscar for playing Queen Anne
    # in The Favourite"; but "HBO's post-apocalyptic hit The Last of Us")
    r"(?:\s+(?:in|of)\s+[^,.;:!?“\"‘\n]{1,40}?(?:\.[^,.;:!?“\"‘\n]{1,40}?){0,3},)?"  # ("The first
    # novel in James S.A. Corey's space-opera series, X")
    r"(?:\s+\w+(?:-\w+)?){0,2}[\s,“\"‘']*$"  # ("a mobile rhythm game tie-in, X")
)
# (no "^": it is matched at a position, "OTHER_MEDIUM_AFTER.match(text, end)", where "^" would only
# ever hold at the text's start)
OTHER_MEDIUM_AFTER = re.compile(
    r"[\s,”\"’'*_]*(?:\((?:[\w+'’-]+\s+){0,3}(?:film|movie|book|novel|comic|game|"
    r"special|stand-?up)\b|\((?:19|20)\d\d\)|"
    r"\([^()]{0,30}\b(?:in\s+)?(?:theaters|theatres|cinemas)\)|"
    r"(?:block|slot|strand|showcase|programming\s+block|line-?up)\b|(?:films?|movies?|comic|comics|novels?|"
    r"books?|video\s+games?|games?|albums?|manga)\b|(?:the|an?)\s+(?:\w+\s+){0,4}(?:episode|special)s?\b|"
    # ", a heist movie starring", ", the big-screen continuation of"
    r"(?:,\s+|(?<=[,”\"’']\s))(?:the|an?)\s+(?:first\s+of\s+(?:two|three|four|five|six)\s+(?:[\w-]+\s+)?(?:films|movies)\b|(?:[\w-]+\s+){0,3}(?:film|movie|feature|big-screen|musical(?!\s+(?:[\w-]+\s+)?(?:comedy|drama|spin-?off|prequel|sequel|revival|reboot|"
    r"series|sitcom|anthology))|concert|telecast|(?<!comedy\s)(?<!panel\s)(?<!quiz\s)(?<!dating\s)game(?![-\s]+shows?\b)"
    r"(?![^.;:!?]{0,50}\b(?:hosted\s+by|contestants)\b))\b)|"  # (but "the musical
    # comedy", "a game show", "the comedy game", "a music game hosted by Jamie Foxx" are shows;
    # '"Jujutsu Kaisen Cursed Clash," a fighting game')
    r"won\s+(?:best\s+(?:picture|film|animated\s+feature)|the\s+palme|the\s+golden\s+lion)\b)"
    # ('"Parasite" won best picture at the Oscars')
)

# A heading that announces premieres ("Fall TV premiere calendar") makes its list lines
# release cues; one about seasons picking back up does not.
PREMIERE_HEADING = re.compile(
    r"\b(?:premieres?|premiere\s+dates?|debuts?|launch(?:es)?|new\s+(?:shows|series)|"
    r"(?:new\s+and\s+)?returning\s+(?:shows|series)|tv\s+guide|date\s+by\s+date|"
    r"calendar|schedule|what\s+to\s+(?:watch|stream)|coming\s+soon|new\s+this\s+week|"
    r"new\s+(?:on|to)\s+(?=\w)|coming\s+to\s+(?=\w)|line-?up|originals\s+(?:this|next)\s+month|"
    r"dates?(?=[ \t]*\|)|"  # a table's "Date | Show | Network" header
    r"arriving\s+(?:on|in|this))\b", re.IGNORECASE)
# A headline's words that its article lists shows that are new or back (not "What to watch:
# Winter finally arrives", a season of a story)
PREMIERE_HEADLINE = re.compile(r"\b(?:premier\w*|debut\w*|calendar|schedule|launch\w*|"
                               r"new\s+(?:shows|series)|returning)\b", re.IGNORECASE)
# "committed to a second season": an order, told with the season it orders
COMMITTED_TO_SEASON = (r"committed\s+to\s+(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
                       r"ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:season|series)\b")
RENEWAL = re.compile(
    r"(?=[a-z])\b(?:renew(?:ed|s|als?|ing)?|committed\s+to\s+(?:two|three|four|[234])\s+seasons|"
    rf"{COMMITTED_TO_SEASON}|"  # ("has already committed to a second season")
    # (not "picked up 17 nods": an awards tally)
    r"pick(?:ed|s)?\s+up(?!\s+(?:\d|\w+\s+(?:nods|nominations|awards|emmys|wins|trophies|"
    r"viewers)|(?:a|an|another|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:nod|nomination|award|emmy|"
    r"globe|trophy|prize|win|bafta)s?\b|"  # ("picked up an Emmy nomination")
    r"(?:a|an)\s+(?:\w+\s+)?(?:clutch|handful|slew|string|raft|host|number|pair|couple|"
    r"bunch|trio|haul|stack)\s+of|awards|nominations|nods|trophies|"
    # (nor "picked up directly from the previous episode", "picks up where it left off")
    r"(?:directly|right|immediately|just|where|after|from|with|moments|minutes|hours|days|weeks|months|"
    r"years|decades|centuries|generations|between|during|midway|halfway|shortly|roughly|about|some|nearly|almost|only|an?\s+"
    r"(?:hour|day|week|month|year|moment|minute))\b|(?:\w+\s+){1,2}(?:months|years|weeks|days|decades)\s+(?:after|later)|"
    # (nor "a new series that picks up the saga decades later": the story, not an order)
    # (nor "the new series picks up in 1929": when the story is set)
    r"(?<=picks\sup\s)in\s+(?:the\s+)?(?:1[5-9]|20)\d\d|"
    r"(?:the|its|their|a|her|his)\s+(?:[\w’'-]+\s+){0,4}(?:saga|story|stories|storyline|tale|"
    r"action|thread|threads|narrative|plot|pieces|slack|pace|baton|half|halves|war|fight|battle|"
    r"search|hunt|chase|case|journey|adventure|mystery)\b))|"
    r"(?:pickup|pick-up)(?!s?\s+(?:shots?|scenes?|photography|days?|filming))s?|"  # (not "pick-up shots")
    # (not "short of its order", "its planned 25-episode order"; but "a 13-episode order for")
    r"(?<!its\s)(?<!their\s)(?<!full-season\s)(?<!back-nine\s)(?<!back-9\s)"  # (a full-season
    r"(?:(?<!episode\s)order(?:ed|s)?|orders?(?=\s+for\s))|"  # order is more of the same season)
    r"greenlit|green-?lit|green\s+light|(?:re-?)?commission(?:ed|s)?|re-?upped|"
    # (not "the Christmas special is confirmed for Christmas Day": a date, no renewal)
    r"confirmed\s+for(?!\s+(?:the\s+)?(?:\d|christmas|new\s+year|easter|halloween|thanksgiving|boxing|"
    r"holidays?|festive|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"this|next|later|early|late|mid|spring|summer|fall|autumn|winter))|"
    r"(?:gets?|got|handed|given|earn(?:s|ed)?|scor(?:es|ed)|land(?:s|ed))\s+(?:a|an)\s+(?:\w+\s+)?season|"
    r"(?:been\s+given|been\s+handed|gets?|got)\s+(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d{1,2}(?:st|nd|rd|th)|new|further)\s+series\b|"  # ("has been given a third series")
    r"(?:brought|brings|bringing)\s+back\s+(?:[^.;:]{1,100}?\s+)?for\s+(?:a|an)\s+\w+\s+(?:season|year|run|series)\b|"
    # ("was brought back for a second year", 'brought back the comedy "X," from Y, for a second season')
    r"(?:survives?|survived|lives?)\s+to\s+see\s+(?:a|an)\s+\w+\s+season|"
    r"(?:squeak(?:s|ed)?|scrap(?:es|ed)|slip(?:s|ped)|limp(?:s|ed))\s+(?:through|by)\s+(?:to|into)\s+"
    r"(?:a|an)\s+\w+\s+season|"  # ("Nikita squeaked through to a third season")
    r"coming\s+back\s+for\s+(?:a|an)\s+\w+\s+season|"  # ("Also coming back for a second season")
    r"stick(?:s|ing)?\s+around\s+for\s+(?:a|an|another|season)\b|"  # ("is sticking around for season 9")
    r"(?<=also\s)(?:coming\s+back|returning)\s+(?:next\s+season\s+)?are\b|"  # ("Also coming back are
    # X, for a 10th season, and Y": a renewal roundup's inverted subject)
    # a final season announced: "will wrap up the comedy with a third season", "will end with
    # Part 5", "the sixth season will be its final one"
    r"will\s+(?:wrap\s+up|end|conclude|close\s+out|finish)\s+(?:[\w’'-]+\s+){0,4}?with\s+"
    r"(?:a|an|its|their)?\s*(?:[\w-]+\s+)?(?:season|series|part|installment|chapter)\b|"
    r"will\s+be\s+(?:its|their|the\s+show['’]s|the\s+series['’])\s+(?:final|last)\s+(?:one|season|series)|"
    # ("HBO confirmed that a fourth season would conclude the series")
    r"(?:a|an)\s+[\w-]+\s+(?:and\s+(?:final|last)\s+)?season\s+(?:would|will)\s+(?:conclude|end|wrap\s+up|"
    r"close\s+out|finish)\s+(?:the\s+)?(?:series|show|story|saga)|"
    # "has handed Slow Horses a sixth season", "gave the comedy a second season"
    r"(?:hand(?:s|ed)?|give[sn]?|gave)(?=\s+(?:\S+\s+){1,6}?(?:a|an)\s+(?:\w+\s+)?season\b)|"
    r"getting\s+(?:a|an)\s+(?:\w+\s+)?(?:season|adaptation)|"
    r"(?:is|are)\s+(?:also\s+|both\s+)?(?:coming\s+back|returning)\s+for|"
    r"will\s+(?:also\s+)?(?:return|be\s+back)\s+for\s+"
    r"(?:(?:a|an|its|their)\s+\w+\s+(?:season|series)|(?:a|an|its|their)\s+\w+(?=\s*[.,;:!?])|"
    r"\w+\s+seasons)|has\s+been\s+confirmed|"  # ("will also be back for third seasons",
    # "will return for a sixth.")
    r"(?:season|series)\s+\w+\s+(?:has|have)\s+(?:already\s+)?been\s+(?:ordered|confirmed|"
    r"announced)|(?:anime|tv|television|series)\s+adaptation|in\s+(?:the\s+)?works|"
    r"in\s+development|(?:(?<=is\s)|(?<=are\s)|(?<=now\s)|(?<=already\s))in\s+production\b|"  # ("a third
    # season is in production")
    r"(?:will|to)\s+(?:end|conclude)\s+(?:after|with)|(?:ending|end)\s+after|"
    r"final\s+season(?!\s+(?:ended|wrapped|concluded|aired|finished|premiered|ran|closed)\b)|"  # (not
    # '"Empire," whose sixth and final season ended last month')
    r"work\s+has\s+(?:started|begun)\s+on|two-season|multi-season|"
    # "A third season is confirmed", "Season 3 is a go", "Season 5 is coming", "Apple
    # confirmed a fourth season"
    r"(?<=season\s)(?:is|has\s+been)\s+(?:officially\s+)?confirmed|"
    r"(?:season|series)\s+\w+(?:\s+of\s+[^.;,]{1,50}?)?\s+(?:is|are)\s+(?:officially\s+)?(?:a\s+go|coming|on\s+the\s+way|"
    r"happening|confirmed)|"
    r"confirmed\s+(?:a|an)\s+(?:\w+\s+)?(?:season|series)(?=\s|[.,;])|"
    r"will\s+(?!not\b|never\b)(?:\w+\s+){1,2}for\s+(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:season|series)(?=\s|[.,;]))\b"
)

# A delay: dates said before it in the sentence are the old ones. Moving to a new night
# ("moves to Mondays") is a new slot, not a delay.
_SLOT = (r"(?!\s+to\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|\w+\s+nights|(?:a\s+)?weeknights?\b|a\s+new\s+(?:night|"
         r"day|time|slot)|\d{1,2}(?::\d\d)?\s*(?:p\.?m|a\.?m)|"
         # "moving to its regular Thursday slot": a new night, not a new date
         r"(?:its|their|a|the)\s+(?:[\w/:.-]+\s+){0,3}(?:slot|timeslot|time\s+slot|night|home|berth)\b|"
         # "before moving to the CBS All Access streaming service": a new home, not a new date
         r"(?:the\s+)?(?:[\w+-]+\s+){0,4}(?:streaming\s+service|streamer|platform|network|channel)\b|"
         r"(?:netflix|hulu|hbo|max|peacock|paramount|disney|apple|prime\s+video|amazon|bbc|itv|"
         r"cbs|nbc|abc|fox|the\s+cw|showtime|starz|fx|amc)\b))")
DELAY = re.compile(
    # (not "long-delayed", "strike-delayed": an adjective)
    r"\b(?<!-)(?:postpon(?:ed|es|ing)|(?<!production\s)(?<!filming\s)(?<!shooting\s)delay(?:ed|ing)"
    r"(?!\s+(?:the\s+)?(?:production|filming|shooting)\b)|"  # (not "her treatment delayed production")
    r"(?<!after\s)(?<!amid\s)(?<!despite\s)(?<!following\s)delays\s+(?!in\b)|push(?:ed|es|ing)\s+back|"
    rf"push(?:ed|es){_SLOT}|pull(?:ed|s)\s+from|bump(?:ed|s){_SLOT}|"
    r"pull(?:ed|s|ing)(?:\s+[\w:&’'+-]+){1,10}?\s+(?:forward|ahead)\b|"  # ("has pulled the second season of X
    # forward a week, from March 31 to March 24")
    rf"(?<!production\s)(?<!filming\s)(?<!shooting\s)"  # ("the production moved from Los Angeles
    # to Vancouver": where it is made)
    rf"mov(?:ed|es|ing)(?!\s+(?:the\s+)?(?:action|story|setting|plot|narrative|characters?|family|"
    rf"characters)\b)(?:\s+back{_SLOT}|\s+up{_SLOT}|{_SLOT}\s+to|"  # (not "moving the action from 1945 to ...")
    r"(?=[^.;]{0,60}\bfrom\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}(?:planned|original|"
    r"previous|scheduled|expected|intended|announced|spring|summer|fall|autumn|winter|"
    r"20\d\d))|(?=[^.;]{0,80}\bfrom\s+(?!(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:berth|slot|"
    r"timeslot|night|nights|home|perch)\b)(?:[^.;,]|\.(?=\s+\d))"  # ("from Oct. 3 to Oct. 17")
    r"{1,30}?,?\s+(?:up\s+|back\s+)?to\b))|"  # ("moved X up two weeks, from April 26 to Sunday,
    # April 12"; not "the studio held back an exact date": no date told)
    r"(?:held|holding)\s+back(?!\s+(?:an?\s+|the\s+|any\s+)?(?:exact\s+|specific\s+|firm\s+|precise\s+)?"
    r"(?:dates?|details|day))|shelved|"
    r"(?:slid(?:es|ing)?|shift(?:s|ed|ing))(?=[^.;]{0,60}\bfrom\s+[^.;,]{1,30}?\s+to\b)|"  # ("slides
    # from the summer to December")
    r"benched|rescheduled|no\s+longer)\b"
)

# Subjects that point back to the show the text is about.
ANAPHOR = re.compile(
    r"\b(?:it|(?:this|that)\s+(?:show|series|one)|"
    # "That would put a premiere sometime in 2027": what was just said about the show
    r"(?:that|which|this)\s+(?:would|could|should|might|will)\s+(?:likely\s+|probably\s+)?"
    r"(?:put|place|mean|point\s+to|set\s+up|suggest|line\s+up)|part\s+(?:\d|one|two|three|[ivx]{1,3})\b|"
    r"its\s+(?:\w+\s+)?(?:premiere|debut|release|return|launch|first\s+episode|season|series)|"
    r"(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"[ivx]{1,4})|"
    r"(?:new|upcoming|fresh|latest)\s+episodes|"
    r"(?:the|its|their)\s+(?:final|last)\s+(?:\w+\s+)?episodes|"  # ("the final ten episodes")
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|full|final|"
    r"latest|upcoming|debut)\s+(?:full\s+)?(?:series|season|run)|"
    # (not a sport's: "every match of the cricket season", "the awards season")
    r"the\s+(?:(?!(?:cricket|football|baseball|basketball|hockey|soccer|rugby|tennis|golf|nfl|"
    r"nba|mlb|nhl|ipl|racing|awards?|fall|spring|summer|winter|autumn|tv|television|"
    r"broadcast)\b)[\w’'-]+\s+){0,3}"  # (nor the calendar's: "before the fall season begins")
    r"(?:show|series|drama|comedy|sitcom|thriller|docuseries|"
    r"anime|revival|reboot|spinoff|spin-off|miniseries|programme|program|production|"
    r"mockumentary|procedural|dramedy|soap|anthology|"
    r"adaptation|season|installment|chapter|saga|franchise\s+entry))\b"
)

# Words that say a season is not the first.
RETURNING = re.compile(
    r"(?=[a-z])\b(?:return(?:s|ing|ed)?(?!\s+as\s)(?!\s+to\s+(?:television|tv|the\s+small\s+screen|"
    r"series\s+television|acting|the\s+role)\b)|"  # (not "the star's return to television")
    r"(?:(?<=be\s)|(?<=is\s)|(?<=are\s))back\b(?!\s+as\s)|"  # ("will be
    # back in 2025")
    r"(?<!pushed\s)(?<!push\s)(?<!held\s)(?<!holding\s)(?<!holds\s)(?<!moved\s)(?<!pushes\s)"
    r"(?<!brings\s)(?<!bring\s)(?<!bringing\s)(?<!brought\s)(?<!goes\s)(?<!go\s)(?<!going\s)(?<!went\s)"
    r"(?<!-)(?<!back\sto\s)back(?!-to-)(?!\s+to\s+back\b)"  # ("brings back
    # Charlie Cox"; not "back-to-back episodes", nor "two episodes back to back")
    r"(?!\s+(?:in\s+(?:19|20)\d\d|in\s+the\s+day|then|when|half|end|home|as|"
    r"to\s+(?:work|school|college|his|her|their)\b))|"  # (nor a character "going back to work")
    # (nor "move back home", nor a role: "Daniel Brühl is back as Zemo")  # (not "filmed back in
    # 2022", nor "eyes the back half of 2023")
    r"resum(?:e|es|ing)|new\s+seasons?|next\s+(?:season|series|run|edition|installment|instalment)|fresh|"
    r"final\s+(?:seasons?|series)|another\s+season|last\s+(?:season|series)|picks?\s+back\s+up|picks?\s+up\s+again|"
    r"revival|renew(?:ed|al)|"
    r"comes\s+back|coming\s+back|latest\s+season|upcoming\s+season|off\s+until|on\s+(?:hiatus|break)\s+until|"
    r"(?:most\s+)?(?:recent|previous|past)\s+seasons?)\b"  # ("whose most recent seasons were shortened")
)
NEW_SERIES = re.compile(
    r"\b(?:new\s+(?:[\w-]+\s+)?(?:series|show|drama|comedy|sitcom|thriller|docuseries|anime|"
    r"miniseries)|series\s+premiere|first\s+season|debut\s+season|freshman|"
    r"limited\s+series|miniseries|adaptation|spinoff|spin-off|prequel|sequel\s+series|"
    r"documentary\s+series|docuseries|ordered\s+(?:straight\s+)?to\s+series|straight-to-series|"
    r"(?<![\w-]season\s)series\s+orders?)\b"
)
# An entry that says what it is: "It is a film, so no binge required.", "Another movie, but an
# event one."
SAID_FILM = re.compile(r"\b(?:it['’]s|it\s+is|this\s+is|another|(?:romance|drama|comedy|thriller|"
                       r"documentary|biopic|adaptation|title|pick)\s+is)\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+)?(?:film|movie)\b|"  # ("... black-and-white romance is a feature film")
                       r"\b(?:leads|stars\s+in|directs)\s+this\s+(?:[\w-]+\s+){0,3}(?:film|movie)\b")
# ("Jamie Dornan leads this Irish war film")

# A title that a show derives from, right before it: "the spinoff of Hospital Playlist", "ABC's
# spinoff of Roseanne", "a sequel to 'X'".
DERIVED_FROM = re.compile(r"\b(?:(?:spinoff|spin-off|sequel|prequel|remake|reboot|follow-up|companion)"
                          r"(?:\s+(?:series|show|drama|piece))?\s+(?:of|to)|(?:take|riff|spin)\s+on)\s+(?:the\s+|(?:last|this)\s+year['’]s\s+)?"
                          r"(?:(?:[\w.’'-]+\s+){0,2}[\w.-]+['’]s\s+)?"  # ("the darker take on L.M. Montgomery's "Anne of Green Gables"")
                          r"(?:(?<=the\s)(?:[\w-]+\s+){0,2}(?:comedy|drama|series|sitcom|thriller|telenovela|format|"
                          r"show)\s+)?"  # ("its remake of the Israeli romantic comedy Beauty and the Baker")
                          r"[“\"‘']?$", re.IGNORECASE)  # ("an animated take on the Scooby-Doo gang")
# ("Receiver, the follow-up to last year's Quarterback,": the older show)
# The making of a season, right before it: "production on season 3" (wrapped, began), "filming
# of its second season".
MAKING_OF = re.compile(r"\b(?:filming|shooting|production|photography|writing|work)\s+(?:on|of|for)\s+"
                       r"(?:the\s+|its\s+|their\s+)?$")
# A person's word on a show: "said the political thriller ...", "confirmed that its fifth season"
SAYS_OF_THE_SHOW = re.compile(
    r"\b(?:said|says|(?:told|tells)(?:\s+\w+){1,2}?|teased|teases|revealed|reveals|confirmed|confirms|"
    r"promised|promises|announced|hinted|hints|joked|jokes)\s+(?:that\s+)?(?:the\s+(?:[\w-]+\s+){0,2}"
    r"(?:show|series|drama|comedy|sitcom|thriller|season)|it|its|season\s+[\w-]+)\b")

# A section of a status round-up: "DELAYED", "Still waiting", "Cancelled:"; a forum list's
# "**IN LIMBO**", "CONFIRMED", "RUMORS" (no titles)
STATUS_HEADING = re.compile(r"[\s*_#]*(?i:(?:still\s+)?(?:dated|delayed|postponed|cancell?ed|renewed|"
                            r"undated|waiting|ended|ending|on\s+hold|in\s+limbo|returning|arriving|"
                            r"leaving|expiring|departing|airing|stalled|(?:un|sort\s+of\s+)?confirmed|"
                            r"rumou?red|rumou?rs?|not\s+tv|not\s+(?:a\s+)?premieres?|"
                            r"what['’]?s\s+(?:next|delayed|dated)|unknown|tba|tbd|"
                            r"pushed(?:\s+(?:back|further|out))?|moved(?:\s+up)?|shelved|at\s+risk|"
                            r"(?:reasonably\s+)?safe(?:st)?|new\s+dates?|one\s+new\s+date|"
                            # ("LEAVING JULY 15", "Expiring soon": a streamer's list of departures)
                            r"(?:leaving|expiring|departing)\s+(?:on\s+)?(?:soon|this\s+(?:month|week)|"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?))):?[\s*_#]*")

# The words of a list's intro that dates the shows listed under it ("The original series
# available on day one, Nov. 12:", "Premiering Friday, Sept. 9:")
DATED_INTRO_WORDS = (r"available|arriving|arrive|premiering|premiere|premieres|debuting|launching|waiting|ready|due|"
                     r"streaming|coming|new\s+(?:series|shows)|returning|launch|debut")
