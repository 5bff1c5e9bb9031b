"""Rebalancing: find minutes for a late meeting in the items that have not started yet.

Time is taken from the remaining items in proportion to their planned minutes, in whole
minutes, never below a floor (by default half the planned time, and at least one minute),
and never from an item marked fixed. The plan is only a proposal: the facilitator sees the
new projected end and decides; applying it is `Runner.add_minutes(-m, key=(item_id, None))`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sus_desktop.core.run import target_end

FLOOR_FRACTION = 0.5
FLOOR_MINUTES = 1.0


@dataclass(frozen=True)
class Candidate:
    """A remaining item: its planned minutes and its current budget (planned ± added)."""

    item_id: str
    number: int
    title: str
    planned: float
    budget: float
    fixed: bool = False


@dataclass(frozen=True)
class Cut:
    item_id: str
    number: int
    title: str
    before: float  # budget in minutes before the cut
    minutes: int  # minutes taken (whole)

    @property
    def after(self) -> float:
        return self.before - self.minutes


@dataclass
class Plan:
    needed: int
    cuts: list[Cut] = field(default_factory=list)

    @property
    def taken(self) -> int:
        return sum(c.minutes for c in self.cuts)

    @property
    def shortfall(self) -> int:
        return max(0, self.needed - self.taken)


def floor_of(
    c: Candidate, fraction: float = FLOOR_FRACTION, at_least: float = FLOOR_MINUTES
) -> float:
    """The lowest budget the item may be cut to (never above its current budget)."""
    return min(c.budget, max(fraction * c.planned, at_least))


def room_of(c: Candidate, fraction: float = FLOOR_FRACTION, at_least: float = FLOOR_MINUTES) -> int:
    """Whole minutes that can be taken from the item."""
    if c.fixed:
        return 0
    return max(0, int(math.floor(c.budget - floor_of(c, fraction, at_least) + 1e-9)))


def plan_cuts(
    candidates: list[Candidate],
    needed: int,
    fraction: float = FLOOR_FRACTION,
    at_least: float = FLOOR_MINUTES,
) -> Plan:
    """Whole-minute cuts summing to at most `needed`, proportional to planned minutes."""
    needed = max(0, int(needed))
    rooms = {c.item_id: room_of(c, fraction, at_least) for c in candidates}
    open_ = [c for c in candidates if rooms[c.item_id] > 0]
    target = min(needed, sum(rooms.values()))
    share: dict[str, float] = {c.item_id: 0.0 for c in open_}
    # Water-filling: distribute in proportion to planned minutes; items that hit their room
    # are capped and the rest is spread over the others.
    remaining, active = float(target), list(open_)
    while remaining > 1e-9 and active:
        weight = sum(max(c.planned, 1e-9) for c in active)
        capped = []
        for c in active:
            want = remaining * max(c.planned, 1e-9) / weight
            if share[c.item_id] + want >= rooms[c.item_id] - 1e-9:
                capped.append(c)
        if capped:
            for c in capped:
                remaining -= rooms[c.item_id] - share[c.item_id]
                share[c.item_id] = float(rooms[c.item_id])
                active.remove(c)
            continue
        for c in active:
            share[c.item_id] += remaining * max(c.planned, 1e-9) / weight
        remaining = 0.0
    # Whole minutes by largest remainder, never above an item's room.
    whole = {k: int(math.floor(v + 1e-9)) for k, v in share.items()}
    left = target - sum(whole.values())
    order = sorted(
        open_, key=lambda c: (share[c.item_id] - whole[c.item_id], c.planned), reverse=True
    )
    while left > 0:
        progressed = False
        for c in order:
            if left <= 0:
                break
            if whole[c.item_id] < rooms[c.item_id]:
                whole[c.item_id] += 1
                left -= 1
                progressed = True
        if not progressed:
            break
    cuts = [
        Cut(c.item_id, c.number, c.title, c.budget, whole[c.item_id])
        for c in candidates
        if whole.get(c.item_id, 0) > 0
    ]
    return Plan(needed, cuts)


# --- reading a running meeting ---------------------------------------------------------


def candidates_from(runner) -> list[Candidate]:
    """The items that have not started yet (after the current one), as cut candidates."""
    out = []
    for t in runner.schedule():
        if t.state in ("next", "pending"):
            item = t.item
            out.append(
                Candidate(
                    item.id,
                    item.number,
                    item.title,
                    float(item.minutes),
                    runner.item_budget(item) / 60.0,
                    item.fixed,
                )
            )
    return out


def minutes_needed(runner, now: float | None = None) -> int:
    """Whole minutes by which the projected end is past the target end, rounded as the run
    view rounds "N min bagud": after taking them, the view says "Til tiden", not "1 min
    foran" (rounding up left 55 s over and said so)."""
    late = runner.projected_end(now) - target_end(runner)
    return max(0, int(math.floor(late / 60.0 + 0.5)))
