"""Bytes of any supported kind to articles, with the publication date from the best source.

Pure: the caller reads the bytes (see `tracker.load.read`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tracker.load.article import Article, first_line_title, make_article
from tracker.load.dateline import find_dateline, is_dateline
from tracker.load.decode import declared_charset, decode_bytes, sniff_format


def article_from_bytes(
    data: bytes,
    *,
    source: str,
    published: date | None = None,
    file_date: date | None = None,
    content_type: str = "",
) -> list[Article]:
    """Decode, sniff and read `data` into articles (one, or one per feed entry).

    The publication date comes from `published` (basis "option"), then the page's or feed
    entry's metadata, then a dateline near the top of the text, then `file_date` (basis
    "file"). `content_type` is an HTTP Content-Type; its charset is honoured. Never raises.
    """
    kind = sniff_format(data, name=source, content_type=content_type)
    if kind == "feed":
        articles = _feed_articles(data, source=source, content_type=content_type)
    else:
        text = decode_bytes(data, charset=_charset(content_type) or declared_charset(data))
        articles = [_html_article(text, source) if kind == "html" else _text_article(text, source)]
    return [_dated(article, published=published, file_date=file_date) for article in articles]


def _feed_articles(data: bytes, *, source: str, content_type: str) -> list[Article]:
    from tracker.load.feed import feed_to_articles

    return feed_to_articles(data, source=source, content_type=content_type)


def _html_article(text: str, source: str) -> Article:
    from tracker.load.page import html_to_article

    return html_to_article(text, source=source)


def _text_article(text: str, source: str) -> Article:
    article = make_article(text, source=source)
    title = first_line_title(article.text)
    return replace(article, title="" if is_dateline(title) else title)


def _dated(article: Article, *, published: date | None, file_date: date | None) -> Article:
    """The article with its publication date chosen by the order above."""
    if published is not None:
        return replace(article, published=published, published_basis="option")
    if article.published is not None:
        return article
    found = find_dateline(article.text)
    if found is not None:
        return replace(article, published=found, published_basis="dateline")
    if file_date is not None:
        return replace(article, published=file_date, published_basis="file")
    return article


def _charset(content_type: str) -> str:
    """The charset parameter of a Content-Type header, or ""."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""
