"""Tables for `tracker parse` (the claims of one article) and `tracker eval` (a score)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from tracker.evaluate import Score
from tracker.model import Claim
from tracker.render.style import safe_text


def render_claims(source: str, published: date, basis: str, claims: Sequence[Claim], *,
                  plain: bool = False) -> Group:
    """One article's claims: show, season, when, the words, and the rule that fired."""
    title = Text.assemble(safe_text(source), f"  published {published} ({basis})")
    if not claims:
        return Group(title, Text("  no premiere claims found"))
    table = Table(box=None if plain else box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for name in ("show", "season", "kind", "when", "phrase", "rule", "conf"):
        table.add_column(name, no_wrap=name in ("season", "kind", "when", "rule", "conf"),
                         justify="right" if name in ("season", "conf") else "left")
    for c in claims:
        table.add_row(safe_text(c.show), "?" if c.season is None else str(c.season),
                      c.kind.value, c.window.label(), safe_text(c.window.phrase), c.rule,
                      f"{c.confidence:.2f}")
    return Group(title, table)


def render_score(result: Score, *, articles: int) -> Group:
    """Precision, recall, F1, then every miss and false hit."""
    tp, fn, fp = len(result.true_positives), len(result.misses), len(result.false_hits)
    lines = [
        Text(f"articles {articles}   gold {tp + fn}   predicted {tp + fp}   matched {tp}"),
        Text(f"precision {result.precision:.3f}   recall {result.recall:.3f}   "
             f"F1 {result.f1:.3f}"),
    ]
    if result.misses:
        lines.append(Text("\nmissed (in gold, not found):"))
        lines += [Text.assemble("  ", g.article, "  ", safe_text(g.label())) for g in result.misses]
    if result.false_hits:
        lines.append(Text("\nfalse hits (found, not in gold):"))
        lines += [Text.assemble("  ", p.article, "  ", safe_text(p.label()))
                  for p in result.false_hits]
    return Group(*lines)
