"""The run state machine on a fake clock."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sus_desktop.core.clock import FakeClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner, steps_of
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict


def make(clock):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    return m, Runner(m, clock)


def hhmm(ts):
    return datetime.fromtimestamp(ts).strftime("%H.%M")


def test_countdown_from_clock_readings(clock):
    m, r = make(clock)
    r.start()
    clock.advance(61.5)
    elapsed, remaining, overrun, budget = r.phase_times()
    assert (elapsed, remaining, overrun, budget) == (61.5, 238.5, 0, 300)


def test_pause_stops_the_countdown(clock):
    m, r = make(clock)
    r.start()
    clock.advance(30)
    r.pause()
    clock.advance(600)
    assert r.phase_times()[0] == 30
    r.toggle()
    clock.advance(10)
    assert r.phase_times()[0] == 40
    assert r.meeting_elapsed() == 640  # the meeting clock counts the pause


def test_overrun_counts_up(clock):
    m, r = make(clock)
    r.start()
    clock.advance(300 + 133)
    elapsed, remaining, overrun, _ = r.phase_times()
    assert remaining == 0 and overrun == 133


def test_next_previous_keep_time_per_phase(clock):
    m, r = make(clock)
    r.start()
    clock.advance(100)
    r.next()
    clock.advance(50)
    assert r.current_step().item.number == 2
    r.previous()
    clock.advance(20)
    assert r.current_step().item.number == 1
    assert r.phase_times()[0] == 120


def test_safe_at_both_ends(clock):
    m, r = make(clock)
    r.previous()  # before start, at the first step
    assert r.step_index() == 0 and not m.log
    r.start()
    for _ in range(len(steps_of(m.agenda)) + 3):
        r.next()
    assert r.finished and not r.running
    r.previous()
    assert not r.finished and r.current_step().item.number == 7


def test_add_and_remove_minutes(clock):
    m, r = make(clock)
    r.start()
    r.add_minutes(1)
    assert r.phase_times()[3] == 360 and r.item_times()[3] == 360
    r.add_minutes(-10)  # never below zero
    assert r.phase_times()[3] == 0


def test_jump_and_item_times(clock):
    m, r = make(clock)
    i4 = m.agenda[3]
    r.jump(i4.id)
    r.start()
    clock.advance(150)
    assert r.current_step().phase.title == "Individuel refleksion"
    assert r.phase_times()[2] == 30  # 2-minute reflection overran by 30 s
    assert r.item_times()[1] == 45 * 60 - 150


def test_planned_and_projected_times(clock):
    m, r = make(clock)
    clock.set(datetime(2025, 3, 13, 13, 0).timestamp())
    sched = r.schedule()
    assert [hhmm(t.planned_start) for t in sched] == [
        "13.00",
        "13.05",
        "13.10",
        "13.35",
        "14.20",
        "14.50",
        "14.59",
    ]
    assert hhmm(r.planned_end()) == "15.00"
    r.start()
    clock.advance(8 * 60)  # item 1 runs 3 minutes over
    assert hhmm(r.projected_end()) == "15.03"
    assert r.behind_seconds() == 180
    assert [t.state for t in r.schedule()[:3]] == ["running", "next", "pending"]


def test_state_survives_reload_with_time_passing(clock):
    m, r = make(clock)
    r.start()
    clock.advance(100)
    r.next()
    clock.advance(20)
    copy = meeting_from_dict(meeting_to_dict(m))
    clock.advance(600)  # the app was closed for ten minutes while the clock ran
    r2 = Runner(copy, clock)
    assert r2.running and r2.current_step().item.number == 2
    assert r2.phase_times()[0] == pytest.approx(620, abs=0.01)


COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(
            ["toggle", "next", "previous", "jump", "plus", "minus", "next_item", "finish"]
        ),
        st.floats(min_value=0, max_value=4000, allow_nan=False),
        st.integers(min_value=0, max_value=10),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(COMMANDS)
def test_invariants_under_random_commands(cmds):
    clock = FakeClock()
    m, r = make(clock)
    for cmd, dt, n in cmds:
        clock.advance(dt)
        if cmd == "jump":
            item = m.agenda[n % len(m.agenda)]
            r.jump(item.id)
        elif cmd == "plus":
            r.add_minutes(n)
        elif cmd == "minus":
            r.add_minutes(-n)
        else:
            getattr(r, cmd)()
        for times in (r.phase_times(), r.item_times()):
            elapsed, remaining, overrun, budget = times
            assert elapsed >= 0 and remaining >= 0 and overrun >= 0 and budget >= 0
            assert min(remaining, overrun) == 0
            assert abs((elapsed + remaining - overrun) - budget) < 1e-6
        # A reload from the log gives the same state.
        r2 = Runner(meeting_from_dict(meeting_to_dict(m)), clock)
        assert r2.step_index() == r.step_index() and r2.running == r.running
        assert abs(r2.phase_times()[0] - r.phase_times()[0]) < 0.01
        assert r.projected_end() >= clock.now() - 1e-6 or r.finished
