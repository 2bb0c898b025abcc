"""`tracker parse` (a dry run of the extractor) and `tracker eval` (scoring on a corpus)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tracker.cli import cli
from tracker.names import show_key

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_e5cd4f949539380c.txt"
CLAIM_FIELDS = {"show", "season", "kind", "start", "end", "precision", "phrase", "evidence",
                "span", "rule", "confidence"}

ARTICLE = (
    "Netflix shared its spring plans on Thursday.\n\n"
    "Daredevil season 2 debuts on March 18, 2016. Jessica Jones has been renewed for a "
    "second season, but no premiere date has been set.\n"
)
ARTICLE_CLAIMS = ["daredevil S2 2016-03-18..2016-03-18 exact", "jessica jones S2 None..None tba"]

PAGE = """<!DOCTYPE html>
<html><head><title>Daredevil season 2 gets a date</title>
<meta property="article:published_time" content="2016-01-14T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/tv">TV</a> | <a href="/film">Film</a></nav>
<article>
<h1>Daredevil season 2 gets a date</h1>
<p>Netflix shared its plans for the Marvel shows on Thursday, and fans finally have
something to mark on their calendars.</p>
<p>Daredevil season 2 debuts on March 18, 2016. The streamer has also renewed Jessica Jones
for a second season, though no premiere date has been set.</p>
<p>Critics who saw early episodes were impressed by the fight scenes.</p>
</article>
<footer>Copyright 2016 Example Media. All rights reserved.</footer>
</body></html>
"""


def run(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result


def run_fail(*args: str, code: int = 1) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def one_line_error(result: Result) -> str:
    message = result.stderr.strip()
    assert message.startswith("Error: ")
    assert "\n" not in message, message
    return message


def brief(claim: dict[str, object]) -> str:
    season = "?" if claim["season"] is None else claim["season"]
    return f"{show_key(str(claim['show']))} S{season} {claim['start']}..{claim['end']} {claim['kind']}"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "spring.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# ── tracker parse ────────────────────────────────────────────────────────────────────────


def test_parse_json_has_every_field(article: Path) -> None:
    doc = json.loads(run("parse", str(article), "--published", "2016-01-14", "-f", "json").stdout)
    assert doc["published"] == "2016-01-14"
    assert [brief(c) for c in doc["claims"]] == ARTICLE_CLAIMS
    for claim in doc["claims"]:
        assert set(claim) == CLAIM_FIELDS
    dated, tba = doc["claims"]
    assert dated == dated | {
        "show": "Daredevil", "season": 2, "kind": "exact", "start": "2016-03-18",
        "end": "2016-03-18", "precision": "day", "phrase": "March 18, 2016",
        "evidence": "Daredevil season 2 debuts on March 18, 2016.",
    }
    assert ARTICLE[slice(*dated["span"])] == "March 18, 2016"
    assert dated["rule"] and 0 < dated["confidence"] <= 1
    assert (tba["kind"], tba["start"], tba["end"], tba["precision"]) == ("tba", None, None, "tba")
    assert "renewed" in tba["evidence"]


def test_parse_seed_gives_exactly_five_claims() -> None:
    if not SEED.is_file():
        pytest.skip(f"the shared seed article is not here ({SEED})")
    doc = json.loads(run("parse", str(SEED), "--published", "2016-01-14", "-f", "json").stdout)
    assert sorted(brief(c) for c in doc["claims"]) == sorted([
        "jessica jones S2 None..None tba",
        "daredevil S2 2016-03-18..2016-03-18 exact",
        "luke cage S1 2016-03-19..2016-12-31 window",
        "iron fist S1 2017-01-01..2017-12-31 window",
        "defenders S1 2017-01-01..2017-12-31 window",
    ])
    text = SEED.read_text(encoding="utf-8")
    for claim in doc["claims"]:
        assert claim["evidence"] in " ".join(text.split())


def test_parse_several_paths_gives_one_document_each(article: Path, tmp_path: Path) -> None:
    trap = tmp_path / "film.txt"
    trap.write_text("The film Logan opens in theaters on March 3.\n", encoding="utf-8")
    docs = json.loads(run("parse", str(article), str(trap), "--published", "2016-01-14",
                          "-f", "json").stdout)
    assert [d["source"] for d in docs] == [str(article), str(trap)]
    assert [len(d["claims"]) for d in docs] == [2, 0]


def test_parse_a_folder_reads_its_articles(article: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # not an article suffix: skipped
    docs = json.loads(run("parse", str(tmp_path), "--published", "2016-01-14", "-f", "json").stdout)
    docs = docs if isinstance(docs, list) else [docs]
    assert [Path(d["source"]).name for d in docs] == ["spring.txt"]


def test_parse_stdin() -> None:
    doc = json.loads(run("parse", "-", "--published", "2016-01-14", "-f", "json",
                         input=ARTICLE).stdout)
    assert doc["published"] == "2016-01-14"
    assert [brief(c) for c in doc["claims"]] == ARTICLE_CLAIMS


def test_parse_html_page_reads_its_main_text_and_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = json.loads(run("parse", str(page), "-f", "json", "--today", "2020-01-01").stdout)
    assert doc["published"] == "2016-01-14"  # from the page's metadata, not --today
    assert [brief(c) for c in doc["claims"]] == ARTICLE_CLAIMS
    for claim in doc["claims"]:
        assert "<" not in claim["evidence"]


def test_parse_published_option_beats_the_page_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace("March 18, 2016", "March 18"), encoding="utf-8")
    doc = json.loads(run("parse", str(page), "--published", "2017-01-10", "-f", "json").stdout)
    assert doc["published"] == "2017-01-10"
    assert [c["start"] for c in doc["claims"] if c["kind"] == "exact"] == ["2017-03-18"]


def test_parse_table_shows_claims_literally(article: Path) -> None:
    out = run("parse", str(article), "--published", "2016-01-14").stdout
    assert "Daredevil" in out and "March 18, 2016" in out
    assert "Jessica Jones" in out and "TBA" in out
    assert "\x1b[" not in out


def test_parse_table_says_when_nothing_was_found(tmp_path: Path) -> None:
    trap = tmp_path / "film.txt"
    trap.write_text("The film Logan opens in theaters on March 3.\n", encoding="utf-8")
    out = run("parse", str(trap), "--published", "2017-01-10").stdout
    assert "no premiere claims found" in out


def test_parse_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run_fail("parse", str(missing), "--published", "2016-01-14")
    assert str(missing) in one_line_error(result)
    assert result.stdout == ""


@pytest.mark.parametrize("value", ["2016-13-01", "March 18", "yesterday"])
def test_parse_bad_published_is_a_usage_error(article: Path, value: str) -> None:
    result = run_fail("parse", str(article), "--published", value, code=2)
    assert "--published" in result.stderr


def test_parse_needs_a_source() -> None:
    run_fail("parse", code=2)


# ── tracker eval ─────────────────────────────────────────────────────────────────────────

CORPUS_ARTICLES = {
    "a1": ("2016-01-14", "txt", ("Netflix news\n\nDaredevil season 2 debuts on March 18, "
                                 "2016. Netflix has also renewed Jessica Jones for a third "
                                 "season.\n")),
    "a2": ("2016-01-14", "txt", "Luke Cage is set for release later in the year.\n"),
    "a3": ("2017-01-10", "html", ("<html><head><title>Logan</title></head><body><article>"
                                  "<p>The film Logan opens in theaters on March 3, and early "
                                  "reviews are glowing.</p><p>It is the last outing for the "
                                  "actor in the role, the studio says.</p>"
                                  "</article></body></html>")),
}
CORPUS_GOLD = [
    {"id": "a1", "show": "Daredevil", "season": 2, "kind": "exact", "start": "2016-03-18",
     "end": "2016-03-18", "phrase": "March 18, 2016"},
    {"id": "a1", "show": "Jessica Jones", "season": 3, "kind": "tba", "start": None,
     "end": None, "phrase": "renewed"},
    # On purpose not what the text says: one miss and one false hit.
    {"id": "a2", "show": "Luke Cage", "season": 1, "kind": "exact", "start": "2016-09-30",
     "end": "2016-09-30", "phrase": "September 30"},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "articles").mkdir(parents=True)
    lines = []
    for article_id, (published, ext, text) in CORPUS_ARTICLES.items():
        (root / "articles" / f"{article_id}.{ext}").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": article_id, "source": "written for tests",
                                 "published": published}))
    (root / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in CORPUS_GOLD),
                                     encoding="utf-8")
    return root


def test_eval_prints_scores_misses_and_false_hits(corpus: Path) -> None:
    out = run("eval", str(corpus)).stdout
    assert re.search(r"precision\s+0\.667", out)
    assert re.search(r"recall\s+0\.667", out)
    assert re.search(r"F1\s+0\.667", out)
    missed, _, false_hits = out.partition("false hits")
    assert re.search(r"a2\s+Luke Cage S1 exact 2016-09-30", missed)
    assert re.search(r"a2\s+Luke Cage S1 window 2016-01-15\.\.2016-12-31", false_hits)
    assert "Daredevil" not in out and "Logan" not in out


def test_eval_json(corpus: Path) -> None:
    doc = json.loads(run("eval", str(corpus), "-f", "json").stdout)
    assert (doc["articles"], doc["gold"], doc["predicted"]) == (3, 3, 3)
    assert (doc["precision"], doc["recall"], doc["f1"]) == (0.6667, 0.6667, 0.6667)
    assert [m["id"] for m in doc["misses"]] == ["a2"]
    assert [m["id"] for m in doc["false_hits"]] == ["a2"]


def test_eval_below_min_f1_exits_1_after_the_report(corpus: Path) -> None:
    result = run_fail("eval", str(corpus), "--min-f1", "0.9")
    assert re.search(r"F1\s+0\.667", result.stdout)
    assert "0.667" in one_line_error(result) and "--min-f1" in result.stderr


def test_eval_at_or_above_min_f1_exits_0(corpus: Path) -> None:
    run("eval", str(corpus), "--min-f1", "0.6")


def test_eval_min_f1_out_of_range_is_a_usage_error(corpus: Path) -> None:
    run_fail("eval", str(corpus), "--min-f1", "1.5", code=2)


def test_eval_on_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    one_line_error(run_fail("eval", str(tmp_path)))


def test_eval_on_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    run_fail("eval", str(tmp_path / "nowhere"), code=2)


@pytest.mark.parametrize(("name", "line", "where"), [
    pytest.param("articles.jsonl", "{not json", "articles.jsonl:4", id="articles: not json"),
    pytest.param("articles.jsonl", '{"id": "a9", "published": "14 January 2016"}',
                 "articles.jsonl:4", id="articles: date not ISO"),
    pytest.param("articles.jsonl", '{"published": "2016-01-14"}', "articles.jsonl:4",
                 id="articles: no id"),
    pytest.param("gold.jsonl", '{"id": "a1", "show": "X", "season": 1, "kind": "soon"}',
                 "gold.jsonl:4", id="gold: unknown kind"),
    pytest.param("gold.jsonl", "[1, 2", "gold.jsonl:4", id="gold: not json"),
])
def test_eval_malformed_line_is_a_one_line_error(corpus: Path, name: str, line: str,
                                                 where: str) -> None:
    with (corpus / name).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    assert where in one_line_error(run_fail("eval", str(corpus)))


def test_eval_article_file_missing_is_a_one_line_error(corpus: Path) -> None:
    (corpus / "articles" / "a2.txt").unlink()
    assert "a2" in one_line_error(run_fail("eval", str(corpus)))
