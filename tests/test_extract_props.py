"""Properties of the extractor on generated input (hypothesis).

Never raises on any text, any bytes or HTML-like markup; on news-like text built from pieces
(shows, season words, release verbs, date phrases, traps) every claim points at its own words,
and there is at most one claim per (show, season).
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import extract_claims
from tracker.load import article_from_bytes
from tracker.model import EventKind
from tracker.names import show_key

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))

SHOWS = ["Daredevil", "Luke Cage", "Marvel's Jessica Jones", "The Crown", "Stranger Things",
         "Line of Duty", "\u201cThis Is Us\u201d", "'Succession'", "Iron Fist and The Defenders",
         "Fargo's", "The Handmaid's Tale", "Westworld Season Two", "Ozark, Narcos and Dark"]
SEASONS = ["", " season 2", " Season Three", " series 6", " S3", " 4", "'s fifth season",
           " (HBO)", " (Jan. 10, HBO)"]
VERBS = ["debuts", "premieres", "returns", "is set for release", "arrives", "drops",
         "is expected to premiere", "has been renewed for a third season", "was pushed back to",
         "premiered", "will be back", "begins filming", "releases its trailer"]
WHEN = ["on March 18, 2016", "March 18", "later in the year", "sometime in 2017", "this fall",
        "in the coming weeks", "next Tuesday", "TBA", "though the date is not yet known",
        "in early 2019", "on 3/18/2016", "Q3 2016", "at the 2016 winter press tour", "24/7",
        "on Fox 5", "for $13 million", "at age 14", "in theaters on May 6", ""]
FILLER = ["Critics agree that television has never been better.",
          "The film Civil War opens in May.", "Star Krysten Ritter spoke to reporters.",
          "Netflix declined to comment.", "No premiere date has been set.",
          "It returns for its second season in the fall.", "The show was renewed."]
SEPARATORS = [" ", "\n", "\n\n", " \u2014 ", ": ", "\n\n## ", "\n- "]

SENTENCE = st.one_of(
    st.builds(lambda s, n, v, w, end: f"{s}{n} {v} {w}{end}".replace("  ", " "),
              st.sampled_from(SHOWS), st.sampled_from(SEASONS), st.sampled_from(VERBS),
              st.sampled_from(WHEN), st.sampled_from([".", "", "!", ",", ";"])),
    st.sampled_from(FILLER),
)
NEWS = st.builds(
    lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
    st.lists(SENTENCE, min_size=1, max_size=8),
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=4),
)

TAGS = ["p", "div", "article", "h1", "h2", "span", "script", "style", "nav", "footer", "a",
        "em", "i", "br", "title", "head", "body", "html", "meta", "!--", "![CDATA[", "?xml"]
HTML_PIECE = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"<{t} class=\"x\" data-x='1'>"),
    st.just('<meta property="article:published_time" content="2016-01-14">'),
    st.just('<meta property="article:published_time" content="not a date">'),
    st.sampled_from(["&amp;", "&nbsp;", "&#8217;", "&#x2014;", "&bogus;", "&#99999999;", "<", ">"]),
    SENTENCE,
    st.text(max_size=20),
)
HTML = st.lists(HTML_PIECE, max_size=40).map("".join)


@SETTINGS
@given(text=st.text(), published=DATES)
def test_never_raises_on_any_text(text: str, published: date) -> None:
    claims = extract_claims(text, published=published)
    assert isinstance(claims, list)


@SETTINGS
@given(text=NEWS, published=DATES, known=st.lists(st.sampled_from(SHOWS + ["Alias", "Netflix"]),
                                                  max_size=3))
def test_never_raises_on_news_like_text(text: str, published: date, known: list[str]) -> None:
    extract_claims(text, published=published, known_titles=known)


@SETTINGS
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "a.html", "a.xml", "a"]),
       published=st.one_of(st.none(), DATES))
def test_never_raises_on_any_bytes(data: bytes, name: str, published: date | None) -> None:
    for article in article_from_bytes(data, source=name, published=published):
        extract_claims(article.text, published=article.published or date(2016, 1, 14))


@SETTINGS
@given(markup=HTML, published=st.one_of(st.none(), DATES))
def test_never_raises_on_html_like_markup(markup: str, published: date | None) -> None:
    data = ("<!DOCTYPE html>" + markup).encode("utf-8", "surrogatepass")
    for article in article_from_bytes(data, source="page.html", published=published):
        extract_claims(article.text, published=article.published or date(2016, 1, 14))


@SETTINGS
@given(text=NEWS, published=DATES)
def test_every_claim_points_at_its_own_words(text: str, published: date) -> None:
    for claim in extract_claims(text, published=published):
        assert claim.key == show_key(claim.show)
        assert claim.evidence and claim.rule
        if claim.event is EventKind.RENEWAL:
            continue
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == claim.window.phrase
        assert " ".join(claim.window.phrase.split()) in claim.evidence


@SETTINGS
@given(text=NEWS, published=DATES)
def test_one_claim_per_show_and_season(text: str, published: date) -> None:
    claims = extract_claims(text, published=published)
    pairs = [(c.key, c.season) for c in claims]
    assert len(pairs) == len(set(pairs)), pairs


@SETTINGS
@given(text=NEWS, published=DATES)
def test_an_unrelated_paragraph_after_the_text_changes_nothing(text: str,
                                                               published: date) -> None:
    before = extract_claims(text, published=published)
    # (a paragraph about nothing the extractor weighs: one that praises television would tip
    # the article-wide count of film words against TV words that tells a film story)
    after = extract_claims(text.rstrip() + "\n\nThe weather was mild that week, and the trains "
                           "ran on time.", published=published)
    assert after == before
