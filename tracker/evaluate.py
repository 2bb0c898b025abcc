"""Scoring the extractor against a labelled corpus (DESIGN.md, "Evaluation corpus format").

Pure: takes gold and predicted claims as values. A predicted claim matches a gold one when
the normalized shows match, the seasons match (a gold season of null matches any), the kinds
match, and the dates agree (equal for exact dates, overlap over union of at least 0.5 for
windows). Predicted claims that end before the article's publication date are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.model import Kind
from tracker.names import show_key

WINDOW_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class Labelled:
    """One claim, gold or predicted, in the corpus's terms."""

    article: str
    show: str
    season: int | None
    kind: Kind
    start: date | None
    end: date | None
    phrase: str = ""

    @property
    def key(self) -> str:
        return show_key(self.show)

    @classmethod
    def from_json(cls, article: str, row: dict[str, object]) -> Labelled:
        def day(value: object) -> date | None:
            return date.fromisoformat(str(value)) if value else None

        season = row.get("season")
        return cls(article, str(row["show"]), int(season) if season is not None else None,  # type: ignore[arg-type]
                   Kind(str(row["kind"])), day(row.get("start")), day(row.get("end")),
                   str(row.get("phrase") or ""))

    def label(self) -> str:
        season = "S?" if self.season is None else f"S{self.season}"
        when = "TBA" if self.kind is Kind.TBA else (
            str(self.start) if self.start == self.end else f"{self.start}..{self.end}")
        return f"{self.show} {season} {self.kind.value} {when}"


def matches(gold: Labelled, predicted: Labelled) -> bool:
    if gold.article != predicted.article or gold.key != predicted.key:
        return False
    if gold.season is not None and gold.season != predicted.season:
        return False
    if gold.kind is not predicted.kind:
        return False
    if gold.kind is Kind.TBA:
        return True
    if gold.kind is Kind.EXACT:
        return gold.start == predicted.start
    assert gold.start and gold.end and predicted.start and predicted.end
    lo, hi = max(gold.start, predicted.start), min(gold.end, predicted.end)
    common = (hi - lo).days + 1
    if common <= 0:
        return False
    union = (max(gold.end, predicted.end) - min(gold.start, predicted.start)).days + 1
    return common / union >= WINDOW_OVERLAP


@dataclass(slots=True)
class Score:
    true_positives: list[tuple[Labelled, Labelled]] = field(default_factory=list)
    misses: list[Labelled] = field(default_factory=list)
    false_hits: list[Labelled] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = len(self.true_positives) + len(self.false_hits)
        return len(self.true_positives) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.true_positives) + len(self.misses)
        return len(self.true_positives) / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[Labelled], predicted: list[Labelled],
          published: dict[str, date]) -> Score:
    """Match predictions to gold one to one, as many pairs as possible (a maximum bipartite
    matching, so the order of the lines never changes the score)."""
    result = Score()
    counted = [p for p in predicted
               if p.kind is Kind.TBA or p.end is None or p.end >= published.get(p.article, date.min)]
    options = [[g for g, gl in enumerate(gold) if matches(gl, p)] for p in counted]
    owner: dict[int, int] = {}  # gold index -> predicted index

    def claim(p: int, seen: set[int]) -> bool:
        for g in options[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or claim(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(counted)):
        claim(p, set())
    paired = {p: g for g, p in owner.items()}
    for p, prediction in enumerate(counted):
        if p in paired:
            result.true_positives.append((gold[paired[p]], prediction))
        else:
            result.false_hits.append(prediction)
    result.misses = [g for i, g in enumerate(gold) if i not in owner]
    return result
