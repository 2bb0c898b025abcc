"""Show-name normalization: one key per show however an article spells it.

"Marvel's Jessica Jones", "Jessica Jones" and "JESSICA JONES" share the key ``jessica jones``;
"Defenders" and "The Defenders" share ``defenders``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial

# Possessive brand prefixes that articles put in front of a title and drop at will.
_BRAND_PREFIX = re.compile(
    r"^(?:marvel|disney|dc|netflix|hbo|amazon|apple|hulu|nbc|abc|cbs|fox|starz|showtime|"
    r"tom clancy|tyler perry|guillermo del toro|dc comics|sky|bbc|"
    # authors whose names go in front of their books' adaptations ("Anne Rice's Mayfair Witches")
    r"anne rice|stephen king|agatha christie|harlan coben|terry pratchett|neil gaiman|"
    r"jane austen|john grisham|james patterson|nora roberts|taylor sheridan|pbs)(?:['’]s|(?<=s)['’])\s+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w&+]+")


@lru_cache(maxsize=8192)
def show_key(name: str) -> str:
    """Normalized matching key for a show name (lowercase, no brand, no leading article)."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = text.replace("’", "'").replace("‘", "'")
    text = _BRAND_PREFIX.sub("", text)
    text = _ARTICLE.sub("", text)
    text = text.replace("&", " and ")
    text = _NON_WORD.sub(" ", text.lower().replace("'", ""))
    return " ".join(text.split())


def display_name(name: str) -> str:
    """The name as shown to people: whitespace tidied, a brand prefix dropped."""
    text = " ".join(unicodedata.normalize("NFKC", name).split())
    brand = _BRAND_PREFIX.match(text.replace("’", "'"))
    return text[brand.end():] if brand else text


_SMALL = frozenset(("the", "of", "and", "a", "an", "in", "on", "to", "for", "at", "by", "or", "from"))
_SHORT_WORDS = frozenset(("of", "in", "on", "to", "at", "by", "or", "up", "us", "we", "me", "my", "no",
                          "so", "go", "do", "be", "he", "it", "is", "an", "as", "oh", "am"))
# Three letters that are words though not consonant-vowel-consonant ("ONE TREE HILL")
_THREE_WORDS = frozenset(("one", "two", "six", "ten", "out", "age", "ice", "eye", "air", "art", "end",
                          "era", "eve", "owl", "oak", "odd", "old", "our", "own", "use", "all", "any",
                          "are", "ash", "axe", "ape", "ace", "aid", "sea", "tea", "see", "zoo", "too",
                          "who", "why", "new", "few", "you", "the", "and", "for", "her", "his"))
_ONSETS = frozenset(("bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kn",
                     "kr", "ph", "pl", "pr", "ps", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st",
                     "sw", "th", "tr", "tw", "wh", "wr", "zh", "sch", "by", "cy", "dy", "gy", "hy",
                     "ly", "my", "py", "ry", "sy", "ty", "wy"))
_VOWEL = frozenset("aeiou")
_LETTERS = re.compile(r"[A-Z]+")


def _initialism(letters: str) -> bool:
    """Do capitals read as letters ("NCIS", "ER", "CSI", "BBC") rather than as a word ("LOST",
    "MAD", "GIRLS")? A guess from the word's shape: two letters, no vowel, a first pair no
    English word opens with, or three letters that are not consonant-vowel-consonant."""
    w = letters.lower()
    if len(w) == 1:
        return False
    if len(w) == 2:
        return w not in _SHORT_WORDS
    if not _VOWEL.intersection(w) and "y" not in w:
        return True
    if w[0] not in _VOWEL and w[1] not in _VOWEL and w[:2] not in _ONSETS:
        return True
    return len(w) == 3 and w not in _THREE_WORDS and not (
        w[0] not in _VOWEL and w[1] in _VOWEL and w[2] not in _VOWEL)


def from_capitals(name: str, text: str = "") -> str:
    """A title written in capitals ("TWISTED METAL", a listing's "3RD ROCK FROM THE SUN") as a
    title is written: as ``text`` writes it elsewhere ("Stargate SG-1" in a headline), else
    in title case, keeping what reads as initials ("NCIS: NEW ORLEANS" is "NCIS: New Orleans",
    "THE X-FILES" "The X-Files", "GREY'S ANATOMY" "Grey's Anatomy")."""
    if not name.isupper():
        return name
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    written = next((m.group() for m in pattern.finditer(text) if not m.group().isupper()), None)
    if written is not None:
        return written
    out: list[str] = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if i > 0 and low in _SMALL and not out[-1].endswith(":"):
            out.append(low)
            continue
        out.append(_LETTERS.sub(partial(_cased, word), word))
    return " ".join(out)


def _cased(word: str, run: re.Match[str]) -> str:
    """One run of capitals in ``word``: "'S" and "3RD"'s "RD" in small letters, initials kept,
    a word with its first letter only."""
    letters = run.group()
    if run.start() > 0 and (word[run.start() - 1] in "'’" or word[run.start() - 1].isdigit()):
        return letters.lower()
    return letters if _initialism(letters) else letters[0] + letters[1:].lower()
