"""Loading articles: decoding, sniffing, HTML, feeds, datelines, files, stdin and http(s)."""

from __future__ import annotations

import errno
import gzip
import io
import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import __version__
from tracker.errors import LoadError
from tracker.load import (
    Article,
    article_from_bytes,
    decode_bytes,
    feed_to_articles,
    find_dateline,
    html_to_article,
    iter_paths,
    read_source,
    sniff_format,
    tidy_text,
)
from tracker.load.page import html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "load"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- decoding -----------------------------------------------------------------------------

SENTENCE = "Café Noir’s “second season” arrives — finally."

DECODINGS = [
    pytest.param(SENTENCE.encode("utf-8"), SENTENCE, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE, id="utf-8 with BOM"),
    pytest.param(SENTENCE.encode("utf-16"), SENTENCE, id="utf-16 with BOM (native order)"),
    pytest.param(b"\xff\xfe" + SENTENCE.encode("utf-16-le"), SENTENCE, id="utf-16 LE BOM"),
    pytest.param(b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE, id="utf-16 BE BOM"),
    pytest.param(SENTENCE.encode("cp1252"), SENTENCE, id="cp1252 curly quotes and dash"),
    pytest.param(b"caf\xe9 \x81 cr\xe8me", "café  crème", id="latin-1 (byte undefined in cp1252)"),
    pytest.param(b"ok \xc3\x28 then \xa0", "ok Ã( then \xa0", id="invalid utf-8 falls to cp1252"),
    pytest.param(b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n", id="CRLF and CR newlines"),
    pytest.param(b"a\x00b\x07c\x1b[31md\te", "abc[31md\te", id="NUL, bell and escape dropped, tab kept"),
]


@pytest.mark.parametrize(("data", "expected"), DECODINGS)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_decode_bytes_honours_a_declared_charset() -> None:
    data = "Сериал вернётся осенью".encode("koi8-r")
    assert decode_bytes(data, charset="koi8-r") == "Сериал вернётся осенью"
    assert decode_bytes(data, charset="no-such-charset") == data.decode("cp1252", errors="strict")


# --- sniffing -----------------------------------------------------------------------------

SNIFFS = [
    pytest.param(b"<!DOCTYPE html><html><p>x</p>", "", "", "html", id="doctype"),
    pytest.param(b"\n  <html lang='en'><body>", "", "", "html", id="html tag after blanks"),
    pytest.param(b"\xef\xbb\xbf<?xml version='1.0'?>\n<rss version='2.0'>", "", "", "feed", id="rss with BOM"),
    pytest.param(b"<?xml version='1.0'?><!-- hi --><feed xmlns='x'>", "", "", "feed", id="atom"),
    pytest.param("<html><body>".encode("utf-16"), "", "", "html", id="utf-16 html"),
    pytest.param(b"Plain words.", "story.html", "", "html", id="by .html name"),
    pytest.param(b"Plain words.", "https://x.example/feed.rss?x=1", "", "feed", id="by .rss in URL"),
    pytest.param(b"<p>Hi</p>", "notes.txt", "", "text", id=".txt name wins over loose tags"),
    pytest.param(b"<p>Hi</p><p>there</p>", "", "", "html", id="loose tags without a name"),
    pytest.param(b"Plain words.", "", "application/rss+xml", "feed", id="feed content type"),
    pytest.param(b"Plain words.", "", "text/html; charset=utf-8", "html", id="html content type"),
    pytest.param(b"<!doctype html><p>x", "", "text/plain", "html", id="doctype beats text/plain"),
    pytest.param(b"<?xml version='1.0'?><note/>", "a.xml", "", "text", id="xml that is not a feed"),
    pytest.param(b"Season 2 < season 3, 2016 > 2015.", "", "", "text", id="text with angle brackets"),
    pytest.param(b"", "", "", "text", id="empty"),
]


@pytest.mark.parametrize(("data", "name", "content_type", "expected"), SNIFFS)
def test_sniff_format(data: bytes, name: str, content_type: str, expected: str) -> None:
    assert sniff_format(data, name=name, content_type=content_type) == expected


# --- text tidying and hashing -------------------------------------------------------------

TIDIES = [
    pytest.param("Title\n\nFirst para.\n\n\n\nSecond para.", "Title\n\nFirst para.\n\nSecond para.", id="blank lines"),
    pytest.param("Title\nFirst para.\nSecond para.", "Title\n\nFirst para.\n\nSecond para.", id="one per line"),
    pytest.param("A  long\u00a0\tline   \n\nnext", "A long line\n\nnext", id="spaces folded"),
    pytest.param("Dates\n\nShow\tNetwork\tPremiere\nThe  Pitt\tMax\t\tJan. 9\n", "Dates\n\nShow | Network | "
                 "Premiere\nThe Pitt | Max | Jan. 9", id="a tab-separated table's cells"),
    pytest.param("Guide\n\nCH 4 (NBC)   8:00 PM   Friends   S02E01   PREMIERE\n"
                 "CH 4 (NBC)   9:00 PM   Seinfeld   S07E01   PREMIERE\n",
                 "Guide\n\nCH 4 (NBC) | 8:00 PM | Friends | S02E01 | PREMIERE\n"
                 "CH 4 (NBC) | 9:00 PM | Seinfeld | S07E01 | PREMIERE", id="a guide's columns set apart by spaces"),
    pytest.param("Notes\n\nIt ends.  Then   more   words.\n", "Notes\n\nIt ends. Then more words.",
                 id="one line with wide gaps is prose"),
    pytest.param("Scan\n\nThe network intends to launch the series this fall,\nmost likely on Tuesdays, "
                 "although an exact date\nwill not be set until the May presentation to ad-\nvertisers.",
                 "Scan\n\nThe network intends to launch the series this fall, most likely on Tuesdays, although "
                 "an exact date will not be set until the May presentation to advertisers.",
                 id="a page's hard-wrapped paragraph, a word broken at a line's end"),
    pytest.param("List\n\nHarbor Lights returns on Sunday, Sept. 28 at nine.\nQuarry Hill premieres on "
                 "Monday, Sept. 29 at ten.\nGlass Acre comes back on Tuesday, Sept. 30 at eight.",
                 "List\n\nHarbor Lights returns on Sunday, Sept. 28 at nine.\nQuarry Hill premieres on "
                 "Monday, Sept. 29 at ten.\nGlass Acre comes back on Tuesday, Sept. 30 at eight.",
                 id="lines of even width that each begin a sentence stay lines"),
    pytest.param("Feed\n\n1) Harbor Lights sets a date\nPosted by Ann Lee on Mon, 19 Jul 2010 | TV, HBO\n"
                 "The drama arrives Sunday, Sept. 19, and the cast…\nRead more\n2) Quarry Hill is back\n"
                 "Byline: Tom Ruiz · 18 Jul 2010 · TV\nThe second season starts Oct. 4.\nContinue reading",
                 "Feed\n\n1) Harbor Lights sets a date\n\nPosted by Ann Lee on Mon, 19 Jul 2010 | TV, HBO\n\n"
                 "The drama arrives Sunday, Sept. 19, and the cast…\n\n2) Quarry Hill is back\n\n"
                 "Byline: Tom Ruiz · 18 Jul 2010 · TV\n\nThe second season starts Oct. 4.",
                 id="a feed's items: bylines set apart, 'Read more' dropped"),
    pytest.param("Tip\n\nThe new comedy is worth a look. Read more about it below.",
                 "Tip\n\nThe new comedy is worth a look. Read more about it below.", id="'read more' in prose stays"),
    pytest.param("Slate\n\n== Upcoming ==\n\n{| class=\"wikitable\"\n! Title !! Season !! Release\n|-\n"
                 "| Harbor Lights || 2 || May 6, 2022\n|-\n| Quarry Hill || 1 || this summer[4]\n|}\n\n"
                 "Renewed, with no date yet.[5]",
                 "Slate\n\nUpcoming\n\nTitle | Season | Release\nHarbor Lights | 2 | May 6, 2022\n"
                 "Quarry Hill | 1 | this summer\n\nRenewed, with no date yet.",
                 id="a wiki page's source: headings, a table's rows as cells, citation marks gone"),
    pytest.param("Notes\n\n[1] Network press site.\nA list [of sorts] stays.",
                 "Notes\n\n[1] Network press site.\nA list [of sorts] stays.",
                 id="a reference list's numbers and brackets in prose stay"),
    pytest.param("wrapped\nline\n\nnext", "wrapped\nline\n\nnext", id="line breaks inside a paragraph"),
    pytest.param("Pokémon", "Pokémon", id="NFC"),
    pytest.param("\n\n  \n  Only  \n\n", "Only", id="outer blanks"),
    pytest.param("One\u2029Two\u2028half\x0cThree", "One\n\nTwo\nhalf\nThree", id="unicode line breaks"),
    pytest.param("Grid\n\nMONDAY\n8:00  NBC  Chuck  [NEW]  Sept. 24\n10:00 ABC  Castle (RET) .... Sept. 21\n",
                 "Grid\n\nMONDAY\n8:00 | NBC | Chuck | [NEW] | Sept. 24\n10:00 ABC | Castle (RET) | Sept. 21",
                 id="a grid's rows led by an hour, two spaces or a dot leader apart"),
    pytest.param("Notes\n\n9 p.m. is late.  Then the news.  Then sleep.\n",
                 "Notes\n\n9 p.m. is late. Then the news. Then sleep.",
                 id="a line led by an hour whose wide gaps follow stops is prose"),
]


@pytest.mark.parametrize(("raw", "expected"), TIDIES)
def test_tidy_text(raw: str, expected: str) -> None:
    assert tidy_text(raw) == expected


def test_resaved_copies_share_a_content_hash() -> None:
    original = "Harbor Lights\n\nSeason 3 premieres on March 18, 2016.\n"
    resaved = b"\xef\xbb\xbf" + original.replace("\n", "\r\n").replace("premieres", "premieres ").encode()
    first = article_from_bytes(original.encode(), source="a.txt")[0]
    second = article_from_bytes(resaved, source="copy.txt")[0]
    other = article_from_bytes(b"Harbor Lights\n\nSeason 3 premieres on March 19, 2016.", source="b.txt")[0]
    assert first.content_hash == second.content_hash
    assert first.content_hash != other.content_hash
    assert len(first.content_hash) == 64


def test_plain_text_article_keeps_paragraphs_and_takes_a_headline_title() -> None:
    data = "Paper Cranes moves to Fridays\r\nIt returns on January 8, 2016.\r\nNine o’clock.".encode("cp1252")
    (article,) = article_from_bytes(data, source="notes.txt")
    assert article == Article(
        text="Paper Cranes moves to Fridays\n\nIt returns on January 8, 2016.\n\nNine o’clock.",
        source="notes.txt",
        title="Paper Cranes moves to Fridays",
        content_hash=article.content_hash,
    )


# --- HTML pages ---------------------------------------------------------------------------

PAGES = [
    pytest.param(
        "page_meta.html", date(2016, 1, 14), "metadata", "Harbor Lights renewed for a third season",
        "Season 3 is set to premiere on March 18, 2016", ("Home", "All rights reserved"),
        id="article:published_time",
    ),
    pytest.param(
        "page_jsonld.html", date(2015, 12, 3), "metadata", "Winter schedule: what returns after the holidays",
        "Paper Cranes returns for its second season on January 8, 2016", ("Small Screen Weekly",),
        id="JSON-LD datePublished",
    ),
    pytest.param(
        "page_dateline.html", date(2016, 1, 14), "dateline", "Glass Orchard gets a premiere date",
        "its first season opens on April 22, 2016", (),
        id="dateline in the body only",
    ),
    pytest.param(
        "page_undated.html", None, "", "Five shows to watch this spring",
        "Kettle Express leaves the station in April", (),
        id="no date at all",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "basis", "title", "sentence", "boilerplate"), PAGES)
def test_html_page(
    name: str, published: date | None, basis: str, title: str, sentence: str, boilerplate: tuple[str, ...]
) -> None:
    (article,) = article_from_bytes(fixture_bytes(name), source=name)
    assert (article.published, article.published_basis, article.title) == (published, basis, title)
    assert sentence in article.text
    assert all(word not in article.text for word in boilerplate)
    assert "<" not in article.text


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    article = html_to_article(fixture_bytes("page_meta.html").decode(), source="p.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Harbor Lights renewed for a third season"
    assert paragraphs[1].startswith("The fishing-town mystery Harbor Lights")
    assert paragraphs[2].startswith("Season 3 is set to premiere")


def test_html_is_read_even_when_trafilatura_cannot_be_imported(monkeypatch) -> None:
    """A broken install (lxml without lxml_html_clean) falls back to the built-in reader."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)  # import raises
    article = html_to_article(fixture_bytes("page_meta.html").decode(), source="p.html")
    assert "Harbor Lights" in article.text and "<" not in article.text


def test_html_headline_leads_the_text_when_the_main_text_drops_it() -> None:
    page = (
        "<html><head><title>Fall preview: five shows to watch – Example TV</title></head><body>"
        "<div id='main'><h1>Fall preview: five shows to watch</h1>"
        "<div class='meta'>Published September 2, 2025</div><div class='content'>"
        + "".join(f"<h2>{n}. Show {n}</h2><p><strong>Premieres:</strong> Sept. {n + 10}<br>"
                  f"A drama that returns for another season, with new faces in the cast.</p>"
                  for n in range(1, 6))
        + "</div></div></body></html>"
    )
    article = html_to_article(page, source="preview.html")
    assert article.text.startswith("Fall preview: five shows to watch\n\n")
    assert article.text.count("Fall preview: five shows to watch") == 1


def test_html_body_dates_are_not_publication_dates() -> None:
    page = (
        "<html><head><title>Dates</title></head><body><article>"
        "<p>Season 2 premieres on 2016-03-18, and <time datetime='2016-03-18'>that day</time> two more "
        "episodes follow.</p><p>Updated weekly.</p></article></body></html>"
    )
    assert html_to_article(page, source="dates.html").published is None


def test_html_date_from_a_url_path() -> None:
    page = "<html><body><p>Kettle Express leaves the station in April with a new host.</p></body></html>"
    article = html_to_article(page, source="https://news.example/2016/01/14/kettle-express")
    assert (article.published, article.published_basis) == (date(2016, 1, 14), "metadata")


def test_html_falls_back_to_plain_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    article = html_to_article(fixture_bytes("page_undated.html").decode(), source="p.html")
    assert "Five shows to watch this spring\n\nSpring is crowded this year." in article.text
    assert "Reverse Verdict, the courtroom drama, has no premiere date yet" in article.text


HTML_TEXTS = [
    pytest.param("<p>One<br>two</p><p>Three</p>", "One\ntwo\n\nThree", id="br and paragraphs"),
    pytest.param("<ul><li>A</li><li>B</li></ul>", "A\n\nB", id="list items"),
    pytest.param("<script>var x = 1;</script><p>Shown &amp; told</p>", "Shown & told", id="script and entity"),
    pytest.param("Just <b>bold</b> words", "Just bold words", id="inline only"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("html", "expected"), HTML_TEXTS)
def test_html_to_text(html: str, expected: str) -> None:
    assert tidy_text(html_to_text(html)) == expected


def test_html_charset_from_meta_and_from_content_type() -> None:
    page = "<html><head><meta charset='koi8-r'></head><body><p>Сериал вернётся осенью.</p></body></html>"
    (article,) = article_from_bytes(page.encode("koi8-r"), source="ru.html")
    assert "Сериал вернётся осенью." in article.text
    bare = "<html><body><p>Сериал вернётся осенью.</p></body></html>".encode("koi8-r")
    (article,) = article_from_bytes(bare, source="x", content_type="text/html; charset=KOI8-R")
    assert "Сериал вернётся осенью." in article.text


def test_reading_html_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a))
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: attempts.append(address))
    html_to_article("https://news.example/2016/01/14/story", source="https://news.example/x")
    article_from_bytes(b"https://news.example/feed.rss", source="https://news.example/feed.rss")
    assert attempts == []


# --- feeds --------------------------------------------------------------------------------


def test_rss_feed_gives_one_article_per_entry() -> None:
    articles = feed_to_articles(fixture_bytes("feed.rss"), source="feed.rss")
    assert [(a.source, a.title, a.published, a.published_basis) for a in articles] == [
        ("https://couch.example/tv/paper-cranes-fridays", "Paper Cranes moves to Fridays", date(2015, 12, 3), "metadata"),
        ("https://couch.example/tv/low-tide-2017", "Low Tide will wait until 2017", date(2016, 1, 15), "metadata"),
        ("feed.rss#3", "An entry without a link or a date", None, ""),
    ]
    assert articles[0].text == (
        "Paper Cranes moves to Fridays\n\n"
        "Paper Cranes returns for its second season on January 8, 2016.\n\n"
        "It moves from Tuesdays to Fridays."
    )


def test_atom_feed_prefers_content_and_published() -> None:
    first, second = feed_to_articles(fixture_bytes("feed.atom"), source="https://smallscreen.example/atom")
    assert (first.source, first.published) == ("https://smallscreen.example/glass-orchard-date", date(2016, 1, 14))
    assert "A second season could follow in the second half of 2017." in first.text
    assert "A short summary." not in first.text
    assert (second.published, second.text) == (
        date(2016, 1, 20),
        "Kettle Express leaves in April\n\nThe cooking contest Kettle Express starts in April.",
    )


def test_feed_through_article_from_bytes_with_a_published_option() -> None:
    articles = article_from_bytes(fixture_bytes("feed.rss"), source="feed.rss", published=date(2016, 2, 1))
    assert [(a.published, a.published_basis) for a in articles] == [(date(2016, 2, 1), "option")] * 3


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"<rss version='2.0'><channel><title>Empty</title></channel></rss>", id="no entries"),
        pytest.param(b"<rss><channel><item><title>Cut off", id="truncated"),
        pytest.param(b"<feed xmlns='http://www.w3.org/2005/Atom'>\x00\xff\xfe</feed>", id="garbage"),
    ],
)
def test_feed_without_readable_entries_gives_no_articles(data: bytes) -> None:
    assert feed_to_articles(data, source="bad.rss") == []


def test_feed_text_loses_control_characters() -> None:
    data = b"<rss><channel><item><title>Bell\x07 and \x1b[31mred</title><description>a\x00b</description></item></channel></rss>"
    (article,) = feed_to_articles(data, source="x.rss")
    assert article.title == "Bell and [31mred"
    assert not any(ord(char) < 32 and char != "\n" for char in article.text)


# --- datelines ----------------------------------------------------------------------------

DATELINES = [
    ("January 14, 2016 — Netflix confirmed the news on Thursday.", date(2016, 1, 14)),
    ("Published: 14 Jan 2016\n\nSome text.", date(2016, 1, 14)),
    ("Posted on 2016-01-14 by admin", date(2016, 1, 14)),
    ("Updated Jan. 14, 2016 10:00 am", date(2016, 1, 14)),
    ("Updated Jan. 14, 2016 at 3:45 p.m. EST", date(2016, 1, 14)),
    ("14/01/2016", date(2016, 1, 14)),
    ("01/14/2016 | Staff", date(2016, 1, 14)),
    ("05.05.2016", date(2016, 5, 5)),
    ("Thursday, January 14th, 2016", date(2016, 1, 14)),
    ("2016-01-14T09:30:00+01:00", date(2016, 1, 14)),
    ("Headline here\nBy Ann Lee, Staff Writer, January 14, 2016\n\nBody.", date(2016, 1, 14)),
    ("Headline here\nAnn Lee · Jan 14, 2016 · 3 min read", date(2016, 1, 14)),
    ("By Ann Lee | Sept. 5, 2016", date(2016, 9, 5)),
    ("LOS ANGELES, Jan. 14, 2016 /PRNewswire/ -- A studio said today...", date(2016, 1, 14)),
    ("BEVERLY HILLS, Calif. (March 20, 2025) — STARZ today announced a date.", date(2025, 3, 20)),
    ("NEW YORK, NY (Jan. 14, 2016) -- The network said today...", date(2016, 1, 14)),
    ("Updated: Jan 20, 2016\nPublished: Jan 14, 2016", date(2016, 1, 14)),
    ("Last updated: 20 January 2016", date(2016, 1, 20)),
    ("Published Jan 14, 2016, updated Jan 20, 2016", date(2016, 1, 14)),
    ("Date: 14th of January, 2016", date(2016, 1, 14)),
]
NOT_DATELINES = [
    "Daredevil season 2 debuts on March 18, 2016, on Netflix.",
    "The show premieres 2016-03-18.",
    "Daredevil season 2 — March 18, 2016",  # a schedule line
    "01/02/2016",  # January 2 or 1 February
    "March 2016",
    "Published 3 hours ago",
    "Published: February 30, 2016",
    "2016",
    "Title\n" + "A line of text.\n" * 10 + "January 14, 2016",  # too far down
    "x" * 650 + "\nJanuary 14, 2016",  # beyond the first 600 characters
    "",
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[text[:40] for text, _ in DATELINES])
def test_dateline_found(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize("text", NOT_DATELINES, ids=[text[:40] or "empty" for text in NOT_DATELINES])
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


# --- where the publication date comes from ------------------------------------------------

DATED_TEXT = b"Published: 14 Jan 2016\n\nPaper Cranes returns on January 8."
UNDATED_TEXT = b"Paper Cranes returns on January 8."
ORDER = [
    pytest.param(DATED_TEXT, date(2016, 2, 1), date(2016, 3, 1), date(2016, 2, 1), "option", id="option first"),
    pytest.param(fixture_bytes("page_meta.html"), None, date(2016, 3, 1), date(2016, 1, 14), "metadata",
                 id="metadata before file"),
    pytest.param(DATED_TEXT, None, date(2016, 3, 1), date(2016, 1, 14), "dateline", id="dateline before file"),
    pytest.param(UNDATED_TEXT, None, date(2016, 3, 1), date(2016, 3, 1), "file", id="file date last"),
    pytest.param(UNDATED_TEXT, None, None, None, "", id="nothing"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "published", "file_date", "expected", "basis"), ORDER)
def test_publication_date_order(
    data: bytes, published: date | None, file_date: date | None, expected: date | None, basis: str
) -> None:
    (article,) = article_from_bytes(data, source="a.txt", published=published, file_date=file_date)
    assert (article.published, article.published_basis) == (expected, basis)


# --- files and stdin ----------------------------------------------------------------------


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(UNDATED_TEXT)
    os.utime(path, (time.mktime((2016, 1, 14, 12, 0, 0, 0, 0, -1)),) * 2)
    (article,) = read_source(str(path))
    assert (article.source, article.text) == (str(path), UNDATED_TEXT.decode())
    assert (article.published, article.published_basis) == (date(2016, 1, 14), "file")


def test_read_html_file_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(b"<b>Kettle Express</b> leaves in <i>April</i>.")
    (article,) = read_source(str(path), published=date(2016, 1, 1))
    assert article.text == "Kettle Express leaves in April."


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(LoadError, match=r"big\.txt: too large \(101 bytes; the limit is 100\)"):
        read_source(str(path), max_bytes=100)
    assert read_source(str(path), max_bytes=101)[0].text == "x" * 101


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("{tmp}/missing.txt", "{tmp}/missing.txt: no such file", id="missing file"),
        pytest.param("{tmp}", "{tmp}: is a folder, not a file", id="folder"),
        pytest.param("ftp://files.example/a.txt", "ftp://files.example/a.txt: not an http(s) URL", id="ftp URL"),
        pytest.param("file:///etc/hostname", "file:///etc/hostname: not an http(s) URL", id="file URL"),
        pytest.param("https:///path", "https:///path: the URL has no host", id="no host"),
        pytest.param("a\x00b\x1b.txt", "'a\\x00b\\x1b.txt': not a valid file name", id="NUL in path, shown escaped"),
    ],
)
def test_load_errors(tmp_path: Path, spec: str, message: str) -> None:
    with pytest.raises(LoadError) as raised:
        read_source(spec.format(tmp=tmp_path))
    assert str(raised.value) == message.format(tmp=tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError, match=r"locked\.txt: permission denied$"):
        read_source(str(path))


def test_stdin() -> None:
    (article,) = read_source("-", stdin=io.BytesIO(DATED_TEXT))
    assert (article.source, article.published, article.published_basis) == ("-", date(2016, 1, 14), "dateline")


def test_stdin_too_large() -> None:
    with pytest.raises(LoadError, match=r"^-: too large \(over 10 bytes\)$"):
        read_source("-", stdin=io.BytesIO(b"x" * 11), max_bytes=10)


# --- folders ------------------------------------------------------------------------------


def test_iter_paths_expands_folders(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "notes", "data.json", ".hidden.txt", "sub/c.md", "sub/d.RSS",
                 ".git/e.txt", "sub/.cache/f.txt", "z.atom"):  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    given = ["-", "https://x.example/a", str(tmp_path), str(tmp_path / "data.json"), "missing.txt"]
    assert [os.path.relpath(p, tmp_path) if p.startswith(str(tmp_path)) else p for p in iter_paths(given)] == [
        "-", "https://x.example/a",
        "a.html", "b.txt", "notes", "z.atom", "sub/c.md", "sub/d.RSS",
        "data.json", "missing.txt",
    ]  # fmt: skip


# --- http(s) ------------------------------------------------------------------------------

PAGE_CP1252 = "<html><body><p>Harbor Lights’ third season begins on March 18, 2016.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        type(self).seen_agents.append(self.headers.get("User-Agent", ""))
        routes = {
            "/page": (200, "text/html; charset=windows-1252", PAGE_CP1252.encode("cp1252")),
            "/feed": (200, "application/rss+xml", fixture_bytes("feed.rss")),
            "/big": (200, "text/plain", b"y" * 5000),
        }
        if self.path.startswith("/gzip"):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            size = 5000 if self.path == "/gzip-bomb" else 1
            self.wfile.write(gzip.compress("Kettle Express leaves in April. ".encode() * size))
            return
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://files.example/a.txt")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/unsized":  # too large, with no Content-Length to warn
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"z" * 5000)
            return
        status, content_type, body = routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", "Thu, 14 Jan 2016 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    """Says nothing when a client hangs up early (the timeout and size tests do): the handler
    thread's traceback would otherwise land on stderr, perhaps while a later test captures it."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_http_page_honours_charset_and_last_modified(server: str) -> None:
    (article,) = read_source(f"{server}/page")
    assert article.text == "Harbor Lights’ third season begins on March 18, 2016."
    assert (article.source, article.published, article.published_basis) == (f"{server}/page", date(2016, 1, 14), "file")
    assert _Handler.seen_agents[-1] == f"tracker/{__version__}"


def test_http_gzip_body_is_unpacked(server: str) -> None:
    assert read_source(f"{server}/gzip")[0].text == "Kettle Express leaves in April."


def test_http_feed(server: str) -> None:
    articles = read_source(f"{server}/feed")
    assert [a.source for a in articles][:2] == [
        "https://couch.example/tv/paper-cranes-fridays",
        "https://couch.example/tv/low-tide-2017",
    ]


@pytest.mark.parametrize(
    ("path", "max_bytes", "message"),
    [
        pytest.param("/missing", 10_000, "{url}: HTTP 404 Not Found", id="404"),
        pytest.param("/big", 1000, "{url}: too large (5,000 bytes; the limit is 1,000)", id="too large"),
        pytest.param("/unsized", 1000, "{url}: too large (over 1,000 bytes)", id="too large, no length"),
        pytest.param("/gzip-bomb", 10_000, "{url}: too large (over 10,000 bytes unpacked)", id="gzip too large"),
        pytest.param("/ftp", 10_000, "{url}: redirected to a URL that is not http(s)", id="redirect to ftp"),
    ],
)
def test_http_errors(server: str, path: str, max_bytes: int, message: str) -> None:
    url = server + path
    with pytest.raises(LoadError) as raised:
        read_source(url, max_bytes=max_bytes)
    assert str(raised.value) == message.format(url=url)


def test_http_timeout(server: str) -> None:
    with pytest.raises(LoadError, match=r"/slow: timed out after 0\.3 s$"):
        read_source(f"{server}/slow", timeout=0.3)


def test_closed_port_is_a_one_line_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    with pytest.raises(LoadError) as raised:
        read_source(url, timeout=5)
    assert str(raised.value) == f"{url}: cannot reach 127.0.0.1:{port}: Connection refused"


def test_unknown_host_is_a_one_line_error() -> None:
    with pytest.raises(LoadError) as raised:
        read_source("https://no-such-host.invalid/story", timeout=5)
    message = str(raised.value)
    assert message.startswith("https://no-such-host.invalid/story: cannot reach no-such-host.invalid: ")
    assert "\n" not in message


# --- never raises -------------------------------------------------------------------------

PREFIXES = st.sampled_from(
    [b"", b"<!DOCTYPE html><html><body><p>", b"<?xml version='1.0'?><rss><channel><item><title>", b"<feed>", b"\xff\xfe"]
)


@settings(max_examples=150, deadline=None)
@given(prefix=PREFIXES, data=st.binary(max_size=600), name=st.sampled_from(["-", "a.txt", "a.html", "a.rss"]))
def test_article_from_bytes_never_raises(prefix: bytes, data: bytes, name: str) -> None:
    articles = article_from_bytes(prefix + data, source=name, file_date=date(2016, 1, 14))
    assert all(isinstance(article, Article) and "\x00" not in article.text for article in articles)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400), charset=st.sampled_from(["", "utf-8", "koi8-r", "utf-16", "nonsense"]))
def test_decode_bytes_returns_text_without_control_characters(data: bytes, charset: str) -> None:
    text = decode_bytes(data, charset=charset)
    assert isinstance(text, str)
    assert not any(ord(char) < 32 and char not in "\n\t" for char in text)
    assert "\r" not in text


def test_html_cleaner_is_a_declared_dependency() -> None:
    """trafilatura's jusText imports lxml.html.clean, a package of its own since lxml 5.2 that
    lxml 6.1 no longer pulls in: a plain `pip install .` must bring it, or every HTML page fails."""
    from importlib.metadata import requires

    declared = [r.split(">")[0].split("=")[0].strip().lower().replace("-", "_")
                for r in requires("tracker") or [] if "extra ==" not in r]
    assert "lxml_html_clean" in declared
    import lxml.html.clean  # noqa: F401  (importable where the project is installed)
