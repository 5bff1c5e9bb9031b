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
    st = runner.state
    out: list[float] = [_to_next(_local(now), 60.0)]  # the time of day ("14.32")
    if runner.finished:
        return out
    if st.started_at is not None:
        out.append(_to_next_second(now - st.started_at))  # Mødetid, pauses included
    if st.running and runner.current_step() is not None:
        elapsed, _, _, budget = runner.phase_times(now)
        out.append(_to_next_second(elapsed - budget))  # phase countdown / overrun
        i_elapsed, _, _, i_budget = runner.item_times(now)
        out.append(_to_next_second(i_elapsed - i_budget))  # item countdown / overrun
    # Clock times ("13.05") that move with the clock: the schedule's projected times and
    # the projected end, and "n min bagud" (rounded at the half minute).
    later = now + 1.0
    sched, sched_later = runner.schedule(now), runner.schedule(later)
    for a, b in zip(sched, sched_later):
        for x, y in ((a.projected_start, b.projected_start), (a.projected_end, b.projected_end)):
            if abs((y - x) - 1.0) < 1e-3:
                out.append(_to_next(_local(x), 60.0))
    if sched and abs((sched_later[-1].projected_end - sched[-1].projected_end) - 1.0) < 1e-3:
        behind = sched[-1].projected_end - runner.planned_end()  # as Runner.behind_seconds
        out.append(_to_next(behind, 60.0, 30.0))
    return out


def seconds_to_next_change(runner, now: float) -> float:
    """When to wake: the earliest boundary, or a little later to show several at once (the
    next wall minute when nothing else moves)."""
    found = boundaries(runner, now)
    first = min(found)
    return max(b for b in found if b <= first + MERGE)


def _local(epoch: float) -> float:
    """Epoch seconds shifted by the local UTC offset, so that minutes fall on local minutes."""
    return epoch + time.localtime(math.floor(epoch)).tm_gmtoff
