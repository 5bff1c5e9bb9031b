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

    def boot_stamp(self) -> tuple[float | None, str]:
        """(seconds on the boot-time clock, this boot's id), or (None, "") where unknown."""

    def align(self, at: float, boot: float | None, boot_id: str) -> None:
        """Continue the timeline of an earlier run of the app in this boot (see SystemClock)."""


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
            return f.read().strip()
    except OSError:
        return ""


def _boottime() -> float | None:
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        return time.clock_gettime(clock_id)
    except OSError:
        return None


class SystemClock:
    def __init__(self, wall=time.time, steady=None, boot_id: str | None = None) -> None:
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
        self._boot_id = boot_id if boot_id is not None else _boot_id()

    def boot_stamp(self) -> tuple[float | None, str]:
        if not self.counts_suspend or not self._boot_id:
            return None, ""
        return self._steady(), self._boot_id

    def align(self, at: float, boot: float | None, boot_id: str) -> None:
        """Put this run on the timeline of a moment logged earlier in the same boot: `at` (epoch
        on that run's timeline) was `boot` on the boot clock. A wall-clock correction between
        two runs (NTP, a user fixing the time) then changes nothing about elapsed time. In
        another boot there is nothing to align to, and the wall clock is trusted."""
        if boot is None or not boot_id or boot_id != self._boot_id or not self.counts_suspend:
            return
        steady = self._steady()
        if steady < boot:
            return  # not the same boot after all
        self._anchor_wall, self._anchor_steady = at, boot
        self._last = at  # a deliberate re-anchoring, not a step backwards

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

    def boot_stamp(self) -> tuple[float | None, str]:
        return None, ""

    def align(self, at: float, boot: float | None, boot_id: str) -> None:
        pass
