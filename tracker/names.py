"""Show-name normalization: one key per show however an article spells it.

"Marvel's Jessica Jones", "Jessica Jones" and "JESSICA JONES" share the key ``jessica jones``;
"Defenders" and "The Defenders" share ``defenders``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
