"""When does the run display next change? The earliest boundary of everything it shows.

Each counter has its own phase: the phase countdown and the item countdown count from their
own budgets (a pause leaves a fraction behind), meeting time from the start (and keeps
counting during a pause), and the projected clock times move with the clock while paused,
over time or not yet started, and the time of day moves by the minute. Waking at the phase segment's second alone left "Mødetid" up
to a second late after a pause or a phase change. Qt-free, so it can be tested with a fake
clock.
"""

from __future__ import annotations

import math
import time

EPS = 1e-6  # the formatting's own tolerance (core/danish.py)
MERGE = 0.030  # boundaries this close together are shown in one wake-up (≤ 30 ms late)


def _to_next_second(value: float) -> float:
    """Seconds until floor(value + EPS) steps, for a value that grows one per second."""
    return 1.0 - ((value + EPS) % 1.0)


def _to_next(value: float, period: float, offset: float = 0.0) -> float:
    return period - ((value - offset + EPS) % period)


def boundaries(runner, now: float) -> list[float]:
    """Seconds from `now` to the next change of each displayed time that is moving."""
    out, candidates = _clock_boundaries(runner, now)
    if candidates:
        out.extend(_moving(runner, now, candidates))
    return out


def _clock_boundaries(runner, now: float) -> tuple[list[float], list[tuple]]:
    """The boundaries of the counters, and the clock times ("13.05") that might move with the
    clock, each as (its next minute boundary, where to find it in the schedule)."""
    st = runner.state
    offset = _offset(now)
    out: list[float] = [_to_next(now + offset, 60.0)]  # the time of day ("14.32")
    if runner.finished:
        return out, []
    if st.started_at is not None:
        out.append(_to_next_second(now - st.started_at))  # Mødetid, pauses included
    if st.running and runner.current_step() is not None:
        elapsed, _, _, budget = runner.phase_times(now)
        out.append(_to_next_second(elapsed - budget))  # phase countdown / overrun
        i_elapsed, _, _, i_budget = runner.item_times(now)
        out.append(_to_next_second(i_elapsed - i_budget))  # item countdown / overrun
    # Clock times that move with the clock: the schedule's projected times and the
    # projected end, and "n min bagud" (rounded at the half minute). Only those whose next
    # boundary could be the wake-up need to be known to move (a second schedule, `_moving`).
    sched = runner.schedule(now)
    latest = min(out) + MERGE
    if runner.steady_for(now, latest):  # no clock time moves before the wake-up
        return out, []
    candidates = []
    for n, t in enumerate(sched):
        for attr in ("projected_start", "projected_end"):
            b = _to_next(getattr(t, attr) + offset, 60.0)
            if b <= latest:
                candidates.append((b, n, attr))
    if sched:
        behind = sched[-1].projected_end - runner.planned_end()  # as Runner.behind_seconds
        b = _to_next(behind, 60.0, 30.0)
        if b <= latest:
            candidates.append((b, len(sched) - 1, "behind"))
    return out, candidates


def _moving(runner, now: float, candidates: list[tuple]) -> list[float]:
    """The candidates' boundaries whose times move with the clock (one second later, one
    second more)."""
    sched, later = runner.schedule(now), runner.schedule(now + 1.0)
    found = []
    for b, n, attr in candidates:
        name = "projected_end" if attr == "behind" else attr
        if n < len(later) and abs((getattr(later[n], name) - getattr(sched[n], name)) - 1.0) < 1e-3:
            found.append(b)
    return found


def seconds_to_next_change(runner, now: float) -> float:
    """When to wake: the earliest boundary, or a little later to show several at once (the
    next wall minute when nothing else moves)."""
    found = boundaries(runner, now)
    first = min(found)
    return max(b for b in found if b <= first + MERGE)


def _offset(epoch: float) -> int:
    """The local UTC offset at `epoch`, so that minutes fall on local minutes (the same for
    every time shown: offsets differ by whole hours, which move no minute boundary)."""
    return time.localtime(math.floor(epoch)).tm_gmtoff
