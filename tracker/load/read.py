"""Reading articles from files, folders, stdin and http(s) URLs. The I/O side of loading.

Every failure is a `LoadError` whose one-line message starts with the source.
"""

from __future__ import annotations

import errno
import http.client
import os
import socket
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from tracker import __version__
from tracker.errors import LoadError
from tracker.load.article import Article
from tracker.load.convert import article_from_bytes
from tracker.load.decode import strip_controls

MAX_BYTES = 10 * 1024 * 1024
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xml", ".rss", ".atom", ""})
USER_AGENT = f"tracker/{__version__}"
_ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5"


def read_source(
    spec: str,
    *,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    timeout: float = 10.0,
    max_bytes: int = MAX_BYTES,
) -> list[Article]:
    """Articles from a file path, "-" (standard input) or an http(s) URL.

    `published` overrides any date found. Inputs over `max_bytes` are refused. A file's
    modification date, or a response's Last-Modified, is the date of last resort.
    """
    if spec == "-":
        try:
            data = _read_capped(stdin if stdin is not None else sys.stdin.buffer, "-", max_bytes)
        except OSError as error:
            raise _error("-", f"cannot read standard input: {_os_reason(error)}") from None
        return article_from_bytes(data, source="-", published=published)
    if is_url(spec):
        data, content_type, modified = _fetch(spec, timeout=timeout, max_bytes=max_bytes)
        return article_from_bytes(
            data, source=spec, published=published, file_date=modified, content_type=content_type
        )
    data, modified = _read_file(spec, max_bytes=max_bytes)
    return article_from_bytes(data, source=spec, published=published, file_date=modified)


def is_url(spec: str) -> bool:
    """Whether `spec` is written as a URL ("scheme://..."), whatever its scheme."""
    scheme, sep, _ = spec.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()


def iter_paths(specs: Iterable[str]) -> Iterator[str]:
    """Each spec, with folders expanded to the article files inside them, recursively.

    Folders are walked in sorted order, skipping hidden files and folders and files whose
    extension is not one of ARTICLE_SUFFIXES. Files, "-" and URLs pass through unchanged,
    and so do paths that do not exist (reading them gives the error).
    """
    for spec in specs:
        if spec != "-" and not is_url(spec) and os.path.isdir(spec):
            yield from _walk(spec)
        else:
            yield spec


def _walk(folder: str) -> Iterator[str]:
    def fail(error: OSError) -> None:
        raise _error(str(error.filename or folder), _os_reason(error))

    for root, folders, files in os.walk(folder, onerror=fail):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield os.path.join(root, name)


def _read_file(spec: str, *, max_bytes: int) -> tuple[bytes, date | None]:
    path = Path(spec).expanduser()
    try:
        if path.is_dir():
            raise _error(spec, "is a folder, not a file")
        with path.open("rb") as stream:
            status = os.fstat(stream.fileno())
            if status.st_size > max_bytes:
                raise _error(spec, f"too large ({status.st_size:,} bytes; the limit is {max_bytes:,})")
            data = _read_capped(stream, spec, max_bytes)
    except OSError as error:
        raise _error(spec, _os_reason(error)) from None
    except ValueError:  # a NUL byte in the path
        raise _error(spec, "not a valid file name") from None
    return data, _local_date(status.st_mtime)


def _local_date(timestamp: float) -> date | None:
    try:
        return datetime.fromtimestamp(timestamp).date()
    except (OverflowError, OSError, ValueError):  # a file dated far outside the calendar
        return None


def _read_capped(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """At most `max_bytes` from the stream; more than that is refused."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _error(source, f"too large (over {max_bytes:,} bytes)")
    return data


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """A gzip body, unpacked to at most `max_bytes` (sent though we never asked for it)."""
    unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        text = unpacker.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise _error(source, f"bad gzip body ({error})") from None
    if len(text) > max_bytes:
        raise _error(source, f"too large (over {max_bytes:,} bytes unpacked)")
    return text


def _error(source: str, problem: str) -> LoadError:
    """A one-line error naming the source; control characters in either are not printed raw."""
    shown = source if source.isprintable() else repr(source)
    return LoadError(f"{shown}: {' '.join(strip_controls(problem).split())}")


def _os_reason(error: OSError) -> str:
    reasons = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a folder, not a file",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


def _fetch(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str, date | None]:
    """The body, Content-Type and Last-Modified date of an http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise _error(url, "not an http(s) URL")
    if not parts.hostname:
        raise _error(url, "the URL has no host")
    host = parts.netloc.rpartition("@")[2]  # host[:port], without any user:password
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _error(url, f"too large ({int(length):,} bytes; the limit is {max_bytes:,})")
            data = _read_capped(response, url, max_bytes)
            if response.headers.get("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip"):
                data = _gunzip(data, url, max_bytes)
            content_type = response.headers.get("Content-Type", "")
            modified = _http_date(response.headers.get("Last-Modified", ""))
    except urllib.error.HTTPError as error:
        raise _error(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise _error(url, _network_reason(error.reason, host, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise _error(url, f"timed out after {timeout:g} s") from None
    except OSError as error:  # connection reset, TLS failures mid-body
        raise _error(url, _network_reason(error, host, timeout)) from None
    except http.client.HTTPException as error:  # a malformed or cut-short response
        raise _error(url, f"bad response from {host} ({type(error).__name__})") from None
    except ValueError as error:  # http.client.InvalidURL and friends
        raise _error(url, f"not a valid URL ({error})") from None
    return data, content_type, modified


def _network_reason(reason: object, host: str, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, OSError):
        detail = reason.strerror or str(reason) or type(reason).__name__
    else:
        detail = str(reason)
    if detail.startswith("unknown url type"):
        return "redirected to a URL that is not http(s)"
    return f"cannot reach {host}: {detail}"


def _http_date(value: str) -> date | None:
    try:
        return parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _build_opener() -> urllib.request.OpenerDirector:
    """An opener for http and https only: no file://, ftp:// or data: even through a redirect."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


_OPENER = _build_opener()
