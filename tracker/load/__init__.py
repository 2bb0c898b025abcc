"""Loading articles: plain text, HTML pages, RSS/Atom feeds, stdin and http(s) URLs.

`read_source` and `iter_paths` do the I/O; everything else takes and returns values.
"""

from tracker.load.article import Article, tidy_text
from tracker.load.convert import article_from_bytes
from tracker.load.dateline import find_dateline
from tracker.load.decode import decode_bytes, sniff_format
from tracker.load.feed import feed_to_articles
from tracker.load.page import html_to_article
from tracker.load.read import MAX_BYTES, is_url, iter_paths, read_source

__all__ = [
    "MAX_BYTES",
    "Article",
    "article_from_bytes",
    "decode_bytes",
    "feed_to_articles",
    "find_dateline",
    "html_to_article",
    "is_url",
    "iter_paths",
    "read_source",
    "sniff_format",
    "tidy_text",
]
