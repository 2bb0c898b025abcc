"""The timeline policy: claims in, one `Entry` per (show, season) out. Pure.

Per (show, season), claims are read oldest first (by publication date, then in the order
they were stored) and each one may move the estimate:

- the first claim sets it (``new``);
- a claim with the same dates confirms it (``unchanged``);
- a wider window that contains the estimate ("2016" after "March 18, 2016", or "TBA") is kept
  on record but does not erase the more precise estimate (change ``None``);
- a window inside the estimate narrows it (``narrowed``; TBA → a date is a narrowing too);
- a window outside it moves it: ``delayed`` when it is later, ``moved up`` when earlier; a
  window that only overlaps the estimate moves it only when it is more precise;
- a hand-made claim (source ``manual``) beats every extracted claim until a hand-made removal
  (rule ``manual-remove``) withdraws it; the extracted estimate then takes over again.

A claim with no season belongs to the show's numbered season that had not aired when the
claim was published (the lowest such; the highest when the claim has no date), else to a
"season unknown" group of its own. Finales never set a premiere estimate.

Status depends on the reference date and is computed from the window (`status_of`): TBA,
aired (the whole window is before ``today``), dated (one day) or window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from tracker.model import Change, Claim, Entry, EventKind, Status, Step, Window

MANUAL_RULE = "manual"
REMOVE_RULE = "manual-remove"

_MOVES = (Change.NEW, Change.NARROWED, Change.DELAYED, Change.MOVED_UP)


def status_of(window: Window, *, today: date) -> Status:
    """The status of an estimate on ``today``."""
    if window.start is None or window.end is None:
        return Status.TBA
    if window.end < today:
        return Status.AIRED
    return Status.DATED if window.start == window.end else Status.WINDOW


def is_removal(claim: Claim) -> bool:
    """True for a hand-made claim that withdraws the hand-made estimate."""
    return claim.manual and claim.rule == REMOVE_RULE


def hand_made(entry: Entry) -> Claim | None:
    """The hand-made claim in force for an entry (from its history), if any."""
    active = None
    for step in entry.history:
        if is_removal(step.claim):
            active = None
        elif step.claim.manual:
            active = step.claim
    return active


def has_estimate(entry: Entry) -> bool:
    """False for a group whose every estimate was withdrawn (kept only for its history)."""
    return entry.change is not Change.UNCHANGED


def same_dates(a: Window, b: Window) -> bool:
    return a.start == b.start and a.end == b.end


def compare(old: Window | None, new: Window) -> Change:
    """What replacing the estimate ``old`` by ``new`` amounts to."""
    if old is None:
        return Change.NEW
    if same_dates(old, new):
        return Change.UNCHANGED
    if old.contains(new):  # TBA contains every window: a first date is a narrowing
        return Change.NARROWED
    if new.contains(old):  # only by hand: a wider estimate replaces a precise one
        return Change.NEW
    assert old.start and old.end and new.start and new.end
    return Change.DELAYED if (new.start, new.end) > (old.start, old.end) else Change.MOVED_UP


def policy(current: Window | None, new: Window) -> Change | None:
    """How a newer extracted claim changes the extracted estimate (None: on record only)."""
    if current is None:
        return Change.NEW
    change = compare(current, new)
    if change in (Change.NARROWED, Change.UNCHANGED):
        return change
    if change is Change.NEW:
        return None  # wider, containing the estimate: the more precise estimate stays
    if _overlaps(current, new) and new.days >= current.days:
        return None  # consistent with the estimate and no more precise
    return change


def _overlaps(a: Window, b: Window) -> bool:
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


@dataclass
class _Replay:
    """The state of one (show, season) while its claims are read in order."""

    extracted: Window | None = None
    manual: Window | None = None
    estimate: Window | None = None
    change: Change = Change.UNCHANGED
    revision: int = -1
    updated: date | None = None
    steps: list[Step] = field(default_factory=list)

    def read(self, claim: Claim, seen_at: str) -> None:
        if is_removal(claim):
            self.manual = None
        elif claim.manual:
            self.manual = claim.window
        elif claim.event is not EventKind.FINALE:
            if policy(self.extracted, claim.window) in _MOVES:
                self.extracted = claim.window
        now = self.manual if self.manual is not None else self.extracted
        self.steps.append(Step(claim, self._move_to(now, claim), seen_at))

    def _move_to(self, now: Window | None, claim: Claim) -> Change | None:
        before = self.estimate
        if now is None or (before is not None and same_dates(before, now)):
            self.estimate = now if now is None else before
            if now is None and before is not None:  # the last hand-made estimate withdrawn
                self.revision += 1
                self.updated = claim.published
                self.change = Change.UNCHANGED
            confirms = now is not None and not is_removal(claim) and same_dates(claim.window, now)
            return Change.UNCHANGED if confirms and claim.event is not EventKind.FINALE else None
        change = compare(before, now)
        self.estimate = now
        self.change = change
        self.revision += 1
        self.updated = claim.published
        return change


def _order(item: tuple[int, Claim]) -> tuple[date, int]:
    index, claim = item
    return (claim.published or date.min, index)


def _replay(items: Sequence[tuple[int, Claim]], seen_at: Sequence[str]) -> _Replay:
    state = _Replay()
    for index, claim in sorted(items, key=_order):
        state.read(claim, seen_at[index] if index < len(seen_at) else "")
    return state


def _season_for(claim: Claim, estimates: dict[int | None, Window | None]) -> int | None:
    """The numbered season a claim without a season is about, or None."""
    seasons = sorted(s for s in estimates if s is not None)
    if claim.published is None:
        return seasons[-1]
    for season in seasons:
        window = estimates[season]
        if window is None or window.end is None or window.end >= claim.published:
            return season
    return None


def group_claims(
    claims: Sequence[Claim], seen_at: Sequence[str] = ()
) -> dict[tuple[str, int | None], list[tuple[int, Claim]]]:
    """Claims (with their index) by (show key, season), seasonless claims attached."""
    by_key: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_key[claim.key].append((index, claim))
    groups: dict[tuple[str, int | None], list[tuple[int, Claim]]] = {}
    for key, items in by_key.items():
        seasons: dict[int | None, list[tuple[int, Claim]]] = defaultdict(list)
        for index, claim in items:
            if claim.season is not None:
                seasons[claim.season].append((index, claim))
        estimates = {s: _replay(members, seen_at).estimate for s, members in seasons.items()}
        for index, claim in items:
            if claim.season is None:
                season = _season_for(claim, estimates) if estimates else None
                seasons[season].append((index, claim))
        for season, members in seasons.items():
            groups[(key, season)] = sorted(members)
    return groups


def build_timeline(
    claims: Sequence[Claim],
    *,
    today: date,
    seen_at: Sequence[str] = (),
    keep_empty: bool = False,
) -> list[Entry]:
    """One entry per (show, season), in key then season order, each with its full history.

    ``claims`` are in the order they were stored (that order breaks ties between claims
    published the same day); ``seen_at[i]`` is when ``claims[i]`` was stored. With
    ``keep_empty``, a group whose estimates were all withdrawn is kept (window TBA, change
    ``unchanged``, see `has_estimate`) so its history can still be shown.
    """
    entries = []
    for (key, season), items in group_claims(claims, seen_at).items():
        state = _replay(items, seen_at)
        if state.estimate is None and not keep_empty:
            continue
        window = state.estimate or Window.tba()
        first = min(items, key=_order)[1]
        entries.append(
            Entry(
                show=first.show,
                key=key,
                season=season,
                window=window,
                status=status_of(window, today=today),
                change=state.change,
                history=tuple(state.steps),
                sources=len({c.source for _, c in items}),
                revision=max(state.revision, 0),
                updated=state.updated,
            )
        )
    entries.sort(key=lambda e: (e.key, -1 if e.season is None else e.season))
    return entries
