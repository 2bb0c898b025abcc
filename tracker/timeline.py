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

A claim with no season belongs to the lowest numbered season of its show that had not aired
when the claim was published, judged by that season's newest claim (TBA, or a window not
ended by then); the highest season when the claim has no date; else a "season unknown"
group of its own. Finales never set a premiere estimate.

Status depends on the reference date and is computed from the window (`status_of`): TBA,
aired (the whole window is before ``today``), dated (one day) or window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, Protocol, TypeVar

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


def is_removal(claim: Read) -> bool:
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


class Read(Protocol):
    """What the policy reads of a claim (a `Claim`, or a lighter row in the store)."""

    @property
    def window(self) -> Window: ...
    @property
    def manual(self) -> bool: ...
    @property
    def rule(self) -> str: ...
    @property
    def event(self) -> EventKind: ...
    @property
    def published(self) -> date | None: ...


C = TypeVar("C", bound=Read)


@dataclass(frozen=True, slots=True)
class Track(Generic[C]):
    """Where one (show, season) stands between two claims: which claims hold the estimates."""

    extracted: C | None = None  # the claim whose window is the articles' estimate
    manual: C | None = None  # the hand-made claim in force
    estimate: C | None = None  # the claim whose window is the current estimate


def advance(track: Track[C], claim: C) -> tuple[Track[C], Change | None, Change | None]:
    """Read one more claim: (the new track, what the claim did, how the estimate moved).

    What the claim did is its `Step.change`. How the estimate moved is None when it did not
    move, ``unchanged`` when the last estimate was withdrawn, else the change.
    """
    extracted, manual = track.extracted, track.manual
    if is_removal(claim):
        manual = None
    elif claim.manual:
        manual = claim
    elif (claim.event is not EventKind.FINALE and not _had_aired(extracted, claim)
          and policy(None if extracted is None else extracted.window, claim.window) in _MOVES):
        extracted = claim
    now = manual if manual is not None else extracted
    before = track.estimate
    if now is None or (before is not None and same_dates(before.window, now.window)):
        kept = Track(extracted, manual, None if now is None else before)
        moved = Change.UNCHANGED if now is None and before is not None else None
        confirms = (now is not None and not is_removal(claim)
                    and claim.event is not EventKind.FINALE
                    and same_dates(claim.window, now.window))
        return kept, Change.UNCHANGED if confirms else None, moved
    change = compare(None if before is None else before.window, now.window)
    return Track(extracted, manual, now), change, change


def _had_aired(estimate: Read | None, claim: Read) -> bool:
    """Whether the estimate is a date already past when the claim was published."""
    if estimate is None or claim.published is None:
        return False
    window = estimate.window
    return window.start is not None and window.start == window.end and window.end < claim.published


def _order(item: tuple[int, Claim]) -> tuple[date, int]:
    index, claim = item
    return (claim.published or date.min, index)


def counts_for_routing(claim: Read) -> bool:
    """Whether a claim can be a season's latest word (not a removal, not a finale)."""
    return not is_removal(claim) and claim.event is not EventKind.FINALE


def route(published: date | None, latest: dict[int, Window]) -> int | None:
    """The numbered season a claim without a season is about, or None.

    ``latest`` holds, per numbered season, the window of its newest claim. The claim belongs
    to the lowest season that had not aired when it was published (TBA, or a window not
    ended by then); with no publication date, to the highest season.
    """
    seasons = sorted(latest)
    if not seasons:
        return None
    if published is None:
        return seasons[-1]
    for season in seasons:
        end = latest[season].end
        if end is None or end >= published:
            return season
    return None


def group_claims(claims: Sequence[Claim]) -> dict[tuple[str, int | None], list[tuple[int, Claim]]]:
    """Claims (with their index) by (show key, season), oldest first, seasonless ones routed."""
    by_key: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_key[claim.key].append((index, claim))
    groups: dict[tuple[str, int | None], list[tuple[int, Claim]]] = {}
    for key, items in by_key.items():
        seasons: dict[int | None, list[tuple[int, Claim]]] = defaultdict(list)
        latest: dict[int, tuple[tuple[date, int], Window]] = {}
        for index, claim in items:
            if claim.season is None:
                continue
            seasons[claim.season].append((index, claim))
            order = _order((index, claim))
            if counts_for_routing(claim) and (claim.season not in latest
                                              or latest[claim.season][0] < order):
                latest[claim.season] = (order, claim.window)
        windows = {season: window for season, (_, window) in latest.items()}
        for index, claim in items:
            if claim.season is None:
                seasons[route(claim.published, windows)].append((index, claim))
        for season, members in seasons.items():
            groups[(key, season)] = sorted(members, key=_order)
    return groups


def replay(
    claims: Sequence[Claim], seen_at: Sequence[str] = ()
) -> tuple[Track[Claim], list[Step], list[tuple[Change, date | None]]]:
    """Read a group's claims (oldest first): the final track, the steps, and every move."""
    track: Track[Claim] = Track()
    steps, moves = [], []
    for i, claim in enumerate(claims):
        track, did, moved = advance(track, claim)
        steps.append(Step(claim, did, seen_at[i] if i < len(seen_at) else ""))
        if moved is not None:
            moves.append((moved, claim.published))
    return track, steps, moves


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
    for (key, season), items in group_claims(claims).items():
        ordered = [claim for _, claim in items]
        seen = [seen_at[i] if i < len(seen_at) else "" for i, _ in items]
        track, steps, moves = replay(ordered, seen)
        if track.estimate is None and not keep_empty:
            continue
        window = track.estimate.window if track.estimate else Window.tba()
        last = moves[-1] if moves else (Change.UNCHANGED, None)
        entries.append(
            Entry(
                show=ordered[0].show,
                key=key,
                season=season,
                window=window,
                status=status_of(window, today=today),
                change=last[0],
                history=tuple(steps),
                sources=len({c.source for c in ordered}),
                revision=max(len(moves) - 1, 0),
                updated=last[1],
            )
        )
    entries.sort(key=lambda e: (e.key, -1 if e.season is None else e.season))
    return entries
