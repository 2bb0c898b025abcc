"""HTML pages to articles: main text with trafilatura, date with htmldate, title from the head.

Pure (no network, no clock). trafilatura and htmldate are imported inside the functions that
use them: they take a good part of a second to import.
"""

from __future__ import annotations

import html as html_entities
import re
from datetime import date
from typing import TYPE_CHECKING

from tracker.load.article import Article, make_article, tidy_text
from tracker.load.dateline import find_dateline

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Below this many characters of text, a page is read whole: trafilatura's fallback for short
# pages breaks paragraphs apart at every link or bold word, and there is little to prune.
SHORT_PAGE = 250
# The page's own date must not be later than this; htmldate's default would read the clock.
LATEST_DATE = "2099-12-31"

_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "aside", "header", "footer", "blockquote",
    "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5",
    "h6", "figure", "figcaption", "hr", "form", "address",
)  # fmt: skip
_SKIPPED_TAGS = (
    "script", "style", "noscript", "template", "head", "title", "nav", "svg", "iframe", "button", "select",
)  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
_SKIPPED_BLOCK = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_REGEX_BLOCK = re.compile(r"</?(?:%s)\b[^>]*>|<br\b[^>]*>" % "|".join(_BLOCK_TAGS), re.I)
_SHRED = re.compile(r"\n[.,;:!?]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def html_to_article(html: str, *, source: str) -> Article:
    """The main text, title and publication date of an HTML page.

    The date comes from the page's metadata (meta tags, JSON-LD, the URL's path when `source`
    is a URL; basis "metadata"), else from a dateline by the headline, even one that the main
    text leaves out as boilerplate (basis "dateline"). Other dates in the body, mostly
    premiere dates, are never taken.
    """
    tree = parse_html(html)
    page_text = html_to_text(html)
    text = _main_text(tree) if len(page_text) >= SHORT_PAGE else ""
    text = text or page_text
    published, basis = (_metadata_date(tree, source), "metadata") if tree is not None else (None, "")
    if published is None:
        published, basis = _dateline_by_headline(page_text, tidy_text(text)), "dateline"
    title = _title(tree) if tree is not None else ""
    headline = _headline(tree) if tree is not None else ""
    if headline and not _leads_with(tidy_text(text), headline):
        text = f"{headline}\n\n{text}"  # the extractor reads its first block as the headline
    return make_article(text, source=source, title=title, published=published, published_basis=basis)


def _headline(tree: HtmlElement) -> str:
    """The page's headline: its first <h1> when that reads like one (three words or more),
    else its title without the site's name ("... – TVLine"), else ""."""
    h1 = " ".join(" ".join(str(part) for part in tree.xpath("(//h1)[1]//text()")).split())
    if len(h1.split()) >= 3:
        return h1
    title = _SITE_SUFFIX.sub("", _title(tree))
    return title if len(title.split()) >= 3 else ""  # ("Dates", "Home" are no headlines)


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


def _leads_with(text: str, headline: str) -> bool:
    """Whether the text's first lines already hold the headline (or most of it)."""
    top = " ".join(text.split("\n")[:3]).lower()
    words = headline.lower().split()
    return " ".join(words[: max(3, len(words) // 2)]) in top


def _dateline_by_headline(page_text: str, main_text: str) -> date | None:
    """A dateline in the whole page's text from a few lines above the main text's first line."""
    lines = [line for line in tidy_text(page_text).split("\n") if line]
    first = main_text.partition("\n")[0]
    start = lines.index(first) if first in lines else 0
    return find_dateline("\n".join(lines[max(0, start - 3) :]))


def parse_html(html: str) -> HtmlElement | None:
    """An lxml tree of the page, or None when there is nothing to parse."""
    from lxml import etree, html as lxml_html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with an encoding declaration
    if not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Readable text of any HTML (a whole page or a feed entry's fragment), blocks as paragraphs.

    No boilerplate removal: this is the fallback when trafilatura finds no main text, and the
    reader for short fragments.
    """
    tree = parse_html(html)
    if tree is None:
        return _regex_text(html)
    for element in list(tree.iter(*_SKIPPED_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter(*_BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    return tree.text_content()


def _regex_text(html: str) -> str:
    html = _SKIPPED_BLOCK.sub(" ", html)
    html = _REGEX_BLOCK.sub("\n\n", html)
    return html_entities.unescape(_TAG.sub("", html))


def _main_text(tree: HtmlElement | None) -> str:
    """trafilatura's main text, one paragraph (or heading, or list item) per block.

    "" when it finds nothing, or when its text comes in shreds (a line starting with the
    punctuation that ended the line before it: "leaves in\nApril\n."), as its fallbacks give.
    """
    if tree is None:
        return ""
    try:
        import trafilatura
    except ImportError:  # (a broken install, such as lxml without lxml_html_clean: the
        return ""  # fallback reads the page rather than failing with a traceback)
    try:
        text = trafilatura.extract(
            tree, output_format="txt", include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception:  # trafilatura has many internal failure modes; the fallback covers them
        return ""
    if not text or _SHRED.search(text):
        return ""
    return text.replace("\n", "\n\n")


def _metadata_date(tree: HtmlElement, source: str) -> date | None:
    from htmldate import find_date

    head = _metadata_only(tree)
    url = source if source.startswith(("http://", "https://")) else None
    try:
        found = find_date(
            head,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            url=url,
            max_date=LATEST_DATE,
        )
    except Exception:  # a page htmldate cannot read has no date we can trust
        return None
    return date.fromisoformat(found) if found else None


def _metadata_only(tree: HtmlElement) -> HtmlElement:
    """A copy of the page with its <head>, JSON-LD and meta tags, but none of the body's text.

    htmldate otherwise falls back to dates written in the body, which in TV news are mostly
    premiere dates, not the publication date.
    """
    from lxml import html as lxml_html

    document = lxml_html.document_fromstring("<html><head></head><body></body></html>")
    head, body = document[0], document[1]
    source_head = tree.find("head")
    for element in source_head if source_head is not None else ():
        if element.tag != "title" and isinstance(element.tag, str):
            head.append(_copy(element))
    for element in tree.xpath(
        "//body//script[@type='application/ld+json']|//body//meta|//body//*[@itemprop='datePublished']"
    ):
        body.append(_copy(element))
    return document


def _copy(element: HtmlElement) -> HtmlElement:
    from copy import deepcopy

    clone = deepcopy(element)
    clone.tail = None
    return clone


def _title(tree: HtmlElement) -> str:
    """og:title or twitter:title, then <title>, then the first <h1>."""
    for xpath in (
        "//meta[@property='og:title']/@content",
        "//meta[@name='twitter:title']/@content",
        "//title//text()",
        "//h1//text()",
    ):
        parts = [str(part) for part in tree.xpath(xpath)]
        title = " ".join(" ".join(parts).split())
        if title:
            return title
    return ""
