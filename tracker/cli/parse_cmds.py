"""`tracker parse` (a dry run of the extractor) and `tracker eval` (score it on a corpus)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from tracker.cli import cli
from tracker.cli.app import DATE, App, global_options, pass_app
from tracker.errors import LoadError


@cli.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--published", type=DATE, help="Publication date for sources that carry none.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@global_options()
@pass_app
def parse(app: App, sources: tuple[str, ...], published: date | None, fmt: str) -> None:
    """Show the claims an article holds, without storing anything.

    \b
    Examples:
      tracker parse article.txt --published 2016-01-14
      curl -s https://example.com/news | tracker parse - -f json
    """
    from tracker.extract import extract_claims
    from tracker.load import iter_paths, read_source

    results = []
    for spec in iter_paths(sources):
        for article in read_source(spec, published=published):
            when = article.published or app.today
            basis = article.published_basis or "today"
            claims = extract_claims(article.text, published=when, source=article.source,
                                    published_basis=basis)
            results.append((article, when, basis, claims))
    if fmt == "json":
        docs = [{"source": a.source, "published": w.isoformat(), "published_basis": b,
                 "claims": [c.to_json() for c in cs]} for a, w, b, cs in results]
        payload: Any = docs[0] if len(docs) == 1 else docs
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    from tracker.render.claims import render_claims

    for article, when, basis, claims in results:
        app.out.print(render_claims(article.source, when, basis, claims,
                                    plain=not app.out.is_terminal))


@cli.command(name="eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-f1", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Exit 1 when F1 is below this.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@global_options()
@pass_app
def eval_(app: App, directory: Path, min_f1: float, fmt: str) -> None:
    """Score the extractor on a labelled corpus (articles.jsonl, articles/, gold.jsonl).

    \b
    Example:
      tracker eval tests/corpus --min-f1 0.95
    """
    from tracker.evaluate import Labelled, score
    from tracker.extract import extract_claims

    articles, gold = _read_corpus(directory)
    predicted: list[Labelled] = []
    published: dict[str, date] = {}
    for article_id, (text, when) in articles.items():
        published[article_id] = when
        for c in extract_claims(text, published=when):
            w = c.window
            predicted.append(Labelled(article_id, c.show, c.season, w.kind, w.start, w.end,
                                      w.phrase))
    result = score(gold, predicted, published)
    if fmt == "json":
        click.echo(json.dumps({
            "articles": len(articles), "gold": len(gold), "predicted": len(predicted),
            "precision": round(result.precision, 4), "recall": round(result.recall, 4),
            "f1": round(result.f1, 4),
            "misses": [{"id": g.article, "claim": g.label()} for g in result.misses],
            "false_hits": [{"id": p.article, "claim": p.label()} for p in result.false_hits],
        }, indent=2, ensure_ascii=False))
    else:
        from tracker.render.claims import render_score

        app.out.print(render_score(result, articles=len(articles)))
    if result.f1 < min_f1:
        raise click.ClickException(f"F1 {result.f1:.3f} is below --min-f1 {min_f1:.3f}")


def _read_corpus(directory: Path) -> tuple[dict[str, tuple[str, date]], list[Any]]:
    """Articles ({id: (text, published)}) and gold claims of an evaluation corpus."""
    from tracker.evaluate import Labelled
    from tracker.load import article_from_bytes

    index, gold_path = directory / "articles.jsonl", directory / "gold.jsonl"
    for needed in (index, gold_path):
        if not needed.is_file():
            raise LoadError(f"{directory}: not an evaluation corpus (no {needed.name})")
    articles: dict[str, tuple[str, date]] = {}
    for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            article_id, when = str(row["id"]), date.fromisoformat(row["published"])
        except (ValueError, KeyError, TypeError) as exc:
            raise LoadError(f"{index}:{number}: bad line ({exc})") from None
        path = next((p for p in (directory / "articles" / f"{article_id}.{ext}"
                                 for ext in ("txt", "html", "htm")) if p.is_file()), None)
        if path is None:
            raise LoadError(f"{directory}: no article file for id {article_id!r}")
        loaded = article_from_bytes(path.read_bytes(), source=str(path), published=when)
        articles[article_id] = ("\n\n".join(a.text for a in loaded), when)
    gold = []
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                gold.append(Labelled.from_json(str(row["id"]), row))
            except (ValueError, KeyError, TypeError) as exc:
                raise LoadError(f"{gold_path}:{number}: bad line ({exc})") from None
    return articles, gold
