"""Laptop sleep and wall-clock changes, as the facilitator sees them in the countdown."""

from __future__ import annotations

import pytest

from sus_desktop.core.clock import SystemClock
from sus_desktop.ui.app import build_main_window


class Fake:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


@pytest.mark.parametrize("counts_suspend", [True, False], ids=["boottime", "monotonic"])
def test_countdown_survives_sleep_and_clock_changes(qtbot, store, screens, dialogs, counts_suspend):
    wall, steady = Fake(1_741_870_800.0), Fake(100.0)
    clock = SystemClock(wall=wall, steady=steady)
    clock.counts_suspend = counts_suspend
    ctl = build_main_window(store, clock, screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.new_meeting("")
    ctl._show_tab(1)
    session, view = ctl.current.session, ctl.current.run_view
    session.runner.start()

    def advance(steady_s, wall_s):
        steady.t += steady_s
        wall.t += wall_s
        session.tick.emit()
        return view.countdown_label.text()

    assert advance(60, 60) == "4:00"
    # The lid is closed for two minutes: time passed in the room. With CLOCK_BOOTTIME the
    # steady clock counts it; with a monotonic clock that stood still, the wall gap tells.
    assert advance(120 if counts_suspend else 0, 120) == "2:00"
    # NTP (or a user) sets the wall clock back an hour, then forward: nothing in the room.
    assert advance(30, -3600) == "1:30"
    assert advance(30, 3600 + 30) == "1:00"
    ctl.shutdown()
