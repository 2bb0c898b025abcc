"""The `Article` value and the text tidying every loader shares.

Everything here is pure: strings in, values out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from tracker.load.decode import strip_controls

# "option": given by the user; "metadata": the page's or feed's own date; "dateline": a
# "Published: ..." line near the top of the text; "file": the file's or response's
# modification date; "": none found.
BASES = ("option", "metadata", "dateline", "file", "")


@dataclass(frozen=True, slots=True)
class Article:
    """One article's main text and what is known about where and when it ran."""

    text: str  # main text, paragraphs separated by blank lines ("\n\n")
    source: str  # path as given, URL, "-" for stdin, or the feed entry's link
    title: str = ""
    published: date | None = None
    published_basis: str = ""  # one of BASES
    content_hash: str = ""  # sha256 hex of the normalized text (re-saved copies dedupe)


_BLANK_RUN = re.compile(r"\n{3,}")
_LIST_LINE = re.compile(r"\s*(?:[-–—•*▪|#>]|\d{1,2}[.):]|[A-Z][A-Z ]{3,}$)|.*(?:\||:$)")
_BROKEN_WORD = re.compile(r"([a-z])-\n([a-z])")
_COLUMN_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")  # (two spaces may follow a sentence's stop)
_COLUMN_SPLIT = re.compile(r"\t|[ ]{3,}")
_NARROW_SPLIT = re.compile(r"\t|[ ]+\.{3,}[ ]+|[ ]{2,}")  # (and a dot leader: "Reunion (NEW) .... Sept. 8")
_SLOT_LEAD = re.compile(r"[ \t]*\d{1,2}(?::\d\d)?(?:[ ]?[apAP]\.?[mM]\.?)?[ ]+\S")
_NARROW_GAP = re.compile(r"(?<=[^\s.!?:;])[ ]{2,}(?=\S)|[ ]\.{3,}[ ]")  # (not after a sentence's stop)
_LINE_BREAKS = (("\u2029", "\n\n"), ("\u2028", "\n"), ("\x85", "\n"), ("\x0b", "\n"), ("\x0c", "\n"))


# A feed's items, as a reader saves them: a headline, a byline with the time of posting, a
# summary cut short, then "Read more" (the item's end: a paragraph break, without the words)
_FEED_MORE = re.compile(r"\n[ \t]*(?:Read\s+more|Continue\s+reading|Read\s+the\s+full\s+(?:story|article)|"
                        r"Keep\s+reading|\(more…\)|\(more\.\.\.\))[ \t]*[.»›→…]*[ \t]*(?=\n|$)", re.IGNORECASE)
# ... and the byline between its headline and its summary, a paragraph of its own
_FEED_BYLINE = re.compile(r"\n[ \t]*((?:Posted\s+by|Byline:)[^\n]{3,100})\n")


# A wiki page's source, as an editor copies it: "== Upcoming ==" headings, tables fenced by "{|"
# and "|}" with "|-" between rows, cells split by "||" ("!!" in the header row), and citation
# marks after words ("... Hathaway[2]")
_WIKI_HEADING = re.compile(r"^[ \t]*(={2,5})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$", re.MULTILINE)
_WIKI_FENCE = re.compile(r"^[ \t]*(?:\{\|[^\n]*|\|\}|\|-[^\n]*|\|\+[^\n]*)[ \t]*(?:\n|$)", re.MULTILINE)
_WIKI_ROW = re.compile(r"^[ \t]*([|!])[ \t]*([^\n]*(?:\|\||!!)[^\n]*)$", re.MULTILINE)
_CITATION = re.compile(r"(?<=[\w.,;:)”\"'’])(?:\[\d{1,3}\])+")


def _wiki_markup_read(text: str) -> str:
    """A wiki page's source as plain text: its headings bare, its tables' rows as cells set
    apart by " | " (as a markdown table's), its citation marks gone."""
    text = _WIKI_HEADING.sub(lambda m: m.group(2), text)
    if "{|" in text and "|}" in text:
        text = _WIKI_FENCE.sub("", text)
        text = _WIKI_ROW.sub(lambda m: " | ".join(
            cell.strip() for cell in re.split(r"\|\||!!", m.group(2))), text)
    return _CITATION.sub("", text)


def tidy_text(text: str) -> str:
    """NFC text with single spaces, no trailing blanks, and paragraphs split by one blank line.

    A text without any blank line is taken to have one paragraph per line, as many saved
    articles do; a text with blank lines keeps its single line breaks inside paragraphs.
    """
    for line_break, newline in _LINE_BREAKS:
        text = text.replace(line_break, newline)
    text = unicodedata.normalize("NFC", strip_controls(text))
    if "{|" in text or "\n==" in text or "]" in text:
        text = _wiki_markup_read(text)
    raw = text.split("\n")
    tabbed = [("\t" in line.strip() or len(_COLUMN_GAP.findall(line.strip())) >= 2) for line in raw]
    # (a table's rows, two or more in a run, their cells set apart by tabs or by runs of three
    # spaces or more, as a program guide's columns; a lone tab inside a line of prose is a space)
    lines = [_cells_joined(line) if tab and (i > 0 and tabbed[i - 1] or i + 1 < len(raw) and tabbed[i + 1]
                                             or len(_COLUMN_GAP.findall(line.strip())) >= 3)
             else _cells_joined(line, _NARROW_SPLIT) if _slot_row(line)
             else " ".join(line.split()) for i, (line, tab) in enumerate(zip(raw, tabbed))]
    # (a row of four columns or more stands alone too: "5 FOX   8:00p   24   S04E01   PREMIERE";
    # so does a grid's row led by its hour, its columns two spaces or a dot leader apart:
    # "9:00  NBC  Trauma  [NEW]  Sept. 28", "10:00 ABC  Night Stalker (NEW) .... Thursday, Sept. 29")
    text = "\n".join(lines).strip("\n")
    if "\n\n" not in text:
        text = text.replace("\n", "\n\n")
    text = _FEED_MORE.sub("\n\n", text)
    text = _FEED_BYLINE.sub(lambda m: f"\n\n{m.group(1)}\n\n", text)
    return "\n\n".join(_unwrapped(p) for p in _BLANK_RUN.sub("\n\n", text).strip("\n").split("\n\n"))


def _unwrapped(paragraph: str) -> str:
    """A paragraph hard-wrapped as print is (three lines or more of prose, each but the last
    near the same width, as a scanned page's), joined into one line, a word broken at a line's
    end ("ad-" / "vertisers") made whole; a list's lines are left as they are."""
    lines = paragraph.split("\n")
    if len(lines) < 3 or any(_LIST_LINE.match(line) for line in lines) or \
            any(not 30 <= len(line) <= 80 for line in lines[:-1]) or \
            max(len(line) for line in lines[:-1]) - min(len(line) for line in lines[:-1]) > 25 or \
            3 * sum(line[:1].islower() for line in lines[1:]) < len(lines) - 1:
        return paragraph  # (a third of its lines at least go on a sentence the line before began)
    return _BROKEN_WORD.sub(r"\1\2", paragraph).replace("\n", " ")


def _slot_row(line: str) -> bool:
    """Is the line a grid's row led by its hour, its cells two spaces apart (or a dot leader's
    dots), three cells or more?"""
    return _SLOT_LEAD.match(line) is not None and len(_NARROW_GAP.findall(line.strip())) >= 2


def _cells_joined(line: str, split: re.Pattern[str] = _COLUMN_SPLIT) -> str:
    """A tab-separated table's row, its cells kept apart by " | " (as a markdown table's)."""
    cells = [" ".join(cell.split()) for cell in split.split(line)]
    cells = [cell for cell in cells if cell]
    return " | ".join(cells)


def text_hash(text: str) -> str:
    """sha256 of the text with all whitespace runs folded, so re-wrapped copies match."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def make_article(
    text: str,
    *,
    source: str,
    title: str = "",
    published: date | None = None,
    published_basis: str = "",
) -> Article:
    """An `Article` with tidied text and title and its content hash filled in."""
    text = tidy_text(text)
    title = " ".join(unicodedata.normalize("NFC", strip_controls(title)).split())
    basis = published_basis if published is not None else ""
    return Article(text, source, title, published, basis, text_hash(text))


def first_line_title(text: str, *, max_length: int = 150) -> str:
    """The first line of a plain text when it reads like a headline (short, more text after)."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first) > max_length or first.endswith((".", ",", ";", ":")):
        return ""
    return first
