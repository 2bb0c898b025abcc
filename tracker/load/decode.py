"""Bytes to text, and a guess at what kind of document the bytes are. Pure."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

Format = Literal["text", "html", "feed"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 and C1 control characters and DEL, except tab and newline; lone surrogates too.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_HEAD_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)""",
    re.IGNORECASE,
)


def decode_bytes(data: bytes, *, charset: str = "") -> str:
    """Text from bytes of unknown encoding. Never raises.

    Order: a byte-order mark (UTF-8, UTF-16/32 LE/BE), then `charset` if given and valid,
    then strict UTF-8, then cp1252 (curly quotes saved by Windows editors), then latin-1.
    Newlines become "\\n"; NUL and other control characters except "\\n" and "\\t" are dropped.
    """
    text = _decode(data, charset)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return strip_controls(text)


def _decode(data: bytes, charset: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    for encoding in (_known_codec(charset), "utf-8", "cp1252"):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    return data.decode("latin-1")


def _known_codec(charset: str) -> str:
    """The codec name for a declared charset, or "" when Python does not know it."""
    name = charset.strip().strip("\"'").lower()
    if not name:
        return ""
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"  # what browsers do: these labels mean windows-1252 on the web
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return ""
    # A UTF-16/32 label without a byte-order mark is almost always a wrong declaration.
    return "" if codec.startswith(("utf-16", "utf-32")) else codec


def strip_controls(text: str) -> str:
    """`text` without control characters other than newline and tab."""
    return _CONTROL.sub("", text)


def declared_charset(data: bytes) -> str:
    """The charset an HTML or XML document declares in its first 2 KB, or ""."""
    match = _HEAD_CHARSET.search(data[:2048])
    if match is None:
        return ""
    return (match.group(1) or match.group(2)).decode("ascii", errors="ignore")


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(rb"</?(?:p|div|article|section|h[1-6]|br|span|a|ul|li|table|title|meta)[\s/>]", re.IGNORECASE)
_LEADING = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)


def sniff_format(data: bytes, *, name: str = "", content_type: str = "") -> Format:
    """Whether `data` is plain text, an HTML page or an RSS/Atom feed.

    A feed or HTML content type wins; then what the document starts with (a doctype,
    `<html>`, `<rss>`, `<feed>`); then the file name's extension; then loose markup.
    """
    mime = content_type.split(";")[0].strip().lower()
    if mime in _FEED_TYPES:
        return "feed"
    if mime in _HTML_TYPES:
        return "html"
    head = _ascii_head(data)
    start = _LEADING.sub(b"", head, count=1)[:200]
    if _FEED_ROOT.match(start):
        return "feed"
    if _HTML_START.match(start):
        return "html"
    suffix = _suffix(name)
    if suffix in ("html", "htm", "xhtml"):
        return "html"
    if suffix in ("rss", "atom"):
        return "feed"
    if suffix in ("xml",) or mime.endswith("xml"):
        return "feed" if _FEED_ROOT.search(head) else "text"
    if suffix in ("txt", "text", "md") or mime == "text/plain":
        return "text"
    if start.startswith(b"<") and len(_HTML_TAG.findall(head)) >= 2:
        return "html"
    return "text"


def _suffix(name: str) -> str:
    """The lowercase extension of a path or URL, without the dot ("" when there is none)."""
    path = urlsplit(name).path if "://" in name else name
    return PurePosixPath(path.replace("\\", "/")).suffix.lower().lstrip(".")


def _ascii_head(data: bytes) -> bytes:
    """The first 4 KB as one byte per character, so UTF-16 markup can be matched too."""
    head = data[:4096].removeprefix(codecs.BOM_UTF8)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = decode_bytes(head).encode("ascii", errors="replace")
    return head
