"""RSS and Atom feeds to articles, one per entry, with feedparser. Pure (no network)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from tracker.load.article import Article, make_article
from tracker.load.page import html_to_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def feed_to_articles(data: bytes, *, source: str, content_type: str = "") -> list[Article]:
    """One article per feed entry: its title and body (HTML removed), date and link.

    The entry's `source` is its link, or "<feed source>#<n>" (n from 1) when it has none.
    The date is the entry's published (else updated) date, basis "metadata". A document
    feedparser cannot read gives no articles, and neither does an entry without any text.
    """
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    try:
        # A BytesIO, never bytes or str: feedparser would open a str as a URL or a file name.
        parsed = feedparser.parse(
            io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception:  # feedparser is lenient, but its SGML fallbacks can still fail
        return []
    articles = (_entry_article(entry, f"{source}#{number}") for number, entry in enumerate(parsed.entries, 1))
    return [article for article in articles if article.text]


def _entry_article(entry: Any, fallback_source: str) -> Article:
    title_detail = entry.get("title_detail") or {}
    title = " ".join(_as_text(entry.get("title", ""), title_detail.get("type", "text/plain")).split())
    body = _entry_body(entry)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body or title
    link = str(entry.get("link", "")).strip()
    return make_article(
        text,
        source=link or fallback_source,
        title=title,
        published=_entry_date(entry),
        published_basis="metadata",
    )


def _entry_body(entry: Any) -> str:
    """The longest of the entry's content parts and its summary, as text."""
    parts = [(part.get("value", ""), part.get("type", "")) for part in entry.get("content", [])]
    detail = entry.get("summary_detail") or {}
    parts.append((entry.get("summary", ""), detail.get("type", "text/html")))
    texts = [_as_text(value, kind) for value, kind in parts]
    return max(texts, key=lambda text: len(text.strip()), default="").strip()


def _as_text(value: Any, kind: str) -> str:
    """Entry text of the given MIME type as plain text (HTML when the type is unknown)."""
    return html_to_text(str(value)) if kind in _HTML_TYPES or not kind else str(value)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None
