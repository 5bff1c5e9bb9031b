"""Every displayed second changes within 50 ms of its true boundary: the session wakes at the
earliest boundary of all it shows (phase, item, meeting time, projected clock times), never
later, whatever pauses, phase changes and added minutes came before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sus_desktop.core import danish
from sus_desktop.core.clock import FakeClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.ui.run.run_presenter import present
from sus_desktop.ui.session import MeetingSession

LATE = 0.050  # the most a shown second may lag its true boundary


def shown(runner, t: float) -> tuple:
    """Everything time-dependent the run view shows, at time t."""
    d = present(runner, now=t)
    rows = tuple(
        (danish.clock(r.projected_start), danish.clock(r.projected_end), r.state)
        for r in runner.schedule(t)
    )
    return (
        d.countdown,
        d.item_countdown,
        d.meeting_elapsed if d.started else "",
        d.projected_end,
        d.behind_text,
        rows,
        danish.clock(t),
    )


def make(qapp):
    clock = FakeClock()
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    s = MeetingSession(m, clock)
    clock.set(s.runner.planned_start() - 37.25)
    return s, clock


def check_wake(s, clock) -> None:
    now = clock.now()
    wake = (s.ms_to_next_boundary() - 2) / 1000  # the session adds 2 ms of margin
    before = shown(s.runner, now)
    # Nothing shown changes earlier than 50 ms before the wake-up (the shown times are
    # monotonic between commands, so one look just before the wake-up is enough) ...
    assert shown(s.runner, now + max(0.0, wake - LATE)) == before, (now, wake)
    # ... and a wake-up while something counts shows something new.
    assert shown(s.runner, now + wake + 0.002) != before, (now, wake)


OPS = st.sampled_from(["toggle", "next", "previous", "plus", "minus", "wait"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(OPS, st.floats(min_value=0.0, max_value=400.0)), max_size=12))
def test_wake_up_at_the_earliest_boundary_of_all_shown_times(qapp, steps):
    s, clock = make(qapp)
    check_wake(s, clock)
    for op, wait in steps:
        if op == "toggle":
            s.runner.toggle()
        elif op == "next" and s.runner.started and not s.runner.finished:
            s.runner.next()
        elif op == "previous" and s.runner.started:
            s.runner.previous()
        elif op == "plus" and s.runner.started and not s.runner.finished:
            s.runner.add_minutes(1)
        elif op == "minus" and s.runner.started and not s.runner.finished:
            s.runner.add_minutes(-1)
        check_wake(s, clock)
        clock.advance(wait)
        check_wake(s, clock)
    s.close()


def test_meeting_time_after_a_pause_is_not_a_minute_late(qapp):
    """Paused 0.7 s after a whole second of meeting time: "Mødetid" keeps counting during
    the pause and its next second is 0.3 s away (the phase clock stands still)."""
    s, clock = make(qapp)
    clock.set(s.runner.planned_start())
    s.runner.start()
    clock.advance(12.7)
    s.runner.toggle()  # pause
    assert not s.runner.running
    assert 300 <= s.ms_to_next_boundary() <= 300 + 5
    before = present(s.runner).meeting_elapsed
    clock.advance(0.31)
    assert present(s.runner).meeting_elapsed != before
    s.close()


def test_meeting_time_after_a_phase_change_is_not_late(qapp):
    """A phase change 0.4 s into a second: the phase clock restarts there, but meeting time
    keeps its own second, 0.6 s away."""
    s, clock = make(qapp)
    clock.set(s.runner.planned_start())
    s.runner.start()
    clock.advance(20.4)
    s.runner.next()
    assert 600 <= s.ms_to_next_boundary() <= 600 + 5
    s.close()
