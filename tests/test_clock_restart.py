"""A wall-clock correction between two runs of the app does not shift the countdown: within one
boot, elapsed time across a restart comes from the boot clock stored with each log entry;
across boots the wall clock is trusted, and no duration is ever negative."""

from __future__ import annotations

import pytest

from sus_desktop.core.clock import SystemClock
from sus_desktop.core.commands import StartClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict
from sus_desktop.core.session import Session


class Machine:
    """A laptop's two clocks: the wall clock and the boot-time clock."""

    def __init__(self) -> None:
        self.wall = 1_741_870_800.0
        self.boot = 5_000.0

    def clock(self, boot_id: str = "boot-1") -> SystemClock:
        return SystemClock(wall=lambda: self.wall, steady=lambda: self.boot, boot_id=boot_id)

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.boot += seconds


def run_five_minutes(machine: Machine):
    m = new_meeting("Skole", "2025-03-13", "13:00")
    s = Session(m, machine.clock())
    s.execute(StartClock())
    machine.advance(5 * 60)
    return meeting_from_dict(meeting_to_dict(m))  # as stored: the app is closed here


@pytest.mark.parametrize("step", [+3600.0, -3600.0, +86400.0, -120.0])
def test_a_wall_clock_correction_between_runs_changes_nothing(step):
    machine = Machine()
    m = run_five_minutes(machine)
    machine.wall += step  # NTP or the user corrects the clock while the app is closed
    machine.advance(30)
    s = Session(m, machine.clock())  # restart in the same boot
    elapsed, remaining, _, _ = s.runner.phase_times()
    assert elapsed == pytest.approx(330.0)
    assert s.runner.meeting_elapsed() == pytest.approx(330.0)


def test_across_a_reboot_the_wall_clock_is_trusted_and_nothing_is_negative():
    machine = Machine()
    m = run_five_minutes(machine)
    machine.wall -= 3600  # the clock went back an hour, and the laptop rebooted
    machine.boot = 10.0
    s = Session(m, machine.clock("boot-2"))
    elapsed, remaining, _, budget = s.runner.phase_times()
    assert elapsed == 0.0 and remaining == budget  # not negative
    s.execute(StartClock())  # resume / any command: durations stay ≥ 0
    for times in s.runner.state.elapsed.values():
        assert times >= 0
