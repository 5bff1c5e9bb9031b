"""Clocks. Everything in the core reads time through a `Clock`; nothing counts timer ticks.

`SystemClock.now()` returns epoch seconds on a timeline that is anchored to the wall clock
once, at start, and then advanced by a clock that keeps counting while the laptop sleeps
(Linux: CLOCK_BOOTTIME) and is immune to wall-clock steps (NTP, a user changing the time).
Where no such clock exists, a monotonic clock is used and a forward gap between the wall
clock and the monotonic clock larger than a few seconds is taken as a suspend: time did pass
in the room. A backward wall step is ignored.
"""

from __future__ import annotations

import time
from typing import Protocol

SUSPEND_GAP = 3.0  # seconds of unexplained wall-clock advance that count as a suspend


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch, on a timeline that never jumps backwards."""


def _boottime() -> float | None:
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        return time.clock_gettime(clock_id)
    except OSError:
        return None


class SystemClock:
    def __init__(self, wall=time.time, steady=None) -> None:
        self._wall = wall
        if steady is None:
            steady = _boottime if _boottime() is not None else time.monotonic
            self.counts_suspend = steady is _boottime
        else:
            self.counts_suspend = True
        self._steady = steady
        self._anchor_wall = wall()
        self._anchor_steady = steady()
        self._last = self._anchor_wall

    def now(self) -> float:
        steady = self._steady()
        value = self._anchor_wall + (steady - self._anchor_steady)
        if not self.counts_suspend:
            wall = self._wall()
            if wall - value > SUSPEND_GAP:
                # A forward gap: the machine slept while the monotonic clock stood still.
                self._anchor_wall, self._anchor_steady = wall, steady
                value = wall
        value = max(value, self._last)
        self._last = value
        return value


class FakeClock:
    """A clock for tests: it only moves when told to."""

    def __init__(self, start: float = 1_741_870_800.0) -> None:  # 13 March 2025, 13.00 CET
        self.t = float(start)

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def set(self, t: float) -> None:
        self.t = float(t)
