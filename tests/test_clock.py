"""The system clock counts suspend and ignores wall-clock steps."""

from hypothesis import given
from hypothesis import strategies as st

from sus_desktop.core.clock import SystemClock


class Fake:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def test_boottime_clock_ignores_wall_steps():
    wall, steady = Fake(1000.0), Fake(5.0)
    c = SystemClock(wall=wall, steady=steady)  # a steady clock that counts suspend
    steady.t += 10
    wall.t -= 3600  # NTP or a user sets the clock back an hour
    assert c.now() == 1010.0
    steady.t += 600
    wall.t += 7200  # ...and forward two hours; ten minutes of lid closed pass
    assert c.now() == 1610.0


def test_monotonic_clock_detects_suspend():
    wall, mono = Fake(1000.0), Fake(5.0)
    c = SystemClock(wall=wall, steady=mono)
    c.counts_suspend = False  # like macOS mach_absolute_time: stands still while asleep
    wall.t += 600  # ten minutes asleep: wall moves, monotonic not
    assert c.now() == 1600.0
    mono.t += 2
    wall.t += 2
    assert c.now() == 1602.0
    wall.t -= 3600  # a backward wall step is ignored
    mono.t += 1
    assert c.now() == 1603.0


@given(st.lists(st.tuples(st.floats(0, 1e4), st.floats(-1e5, 1e5)), max_size=50))
def test_never_goes_backwards(steps):
    wall, mono = Fake(1e9), Fake(0.0)
    c = SystemClock(wall=wall, steady=mono)
    c.counts_suspend = False
    last = c.now()
    for dmono, dwall in steps:
        mono.t += dmono
        wall.t += dwall
        now = c.now()
        assert now >= last
        last = now


def test_real_clock_runs():
    c = SystemClock()
    a = c.now()
    assert c.now() >= a
