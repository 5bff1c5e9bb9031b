"""Ahead/behind is measured from the start that counts: the typed one, or the actual start
when the meeting began far from it; rebalancing proposes what the view says is missing."""

from __future__ import annotations

from sus_desktop.core.commands import ApplyRebalance, NextPhase, StartClock, StartNow
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.rebalance import candidates_from, minutes_needed, plan_cuts
from sus_desktop.core.session import Session
from sus_desktop.ui.common import fmt


def session_at(clock, offset_minutes: float, day="2025-03-13"):
    s = Session(new_meeting("Skole", day, "13:00", with_end=True), clock)
    clock.set(s.runner.planned_start() + offset_minutes * 60)
    return s


def test_a_start_at_five_past_midnight_is_not_774_minutes_ahead(clock, qapp):
    s = session_at(clock, -(12 * 60 + 55))  # 00.05 for a 13.00 plan
    s.execute(StartClock())
    clock.advance(60)
    assert fmt.behind(s.runner.behind_seconds()) == "Til tiden"
    clock.advance(6 * 60)  # item 1 (5 min) runs 2 min over
    assert fmt.behind(s.runner.behind_seconds()) == "2 min bagud"
    assert minutes_needed(s.runner) == 2


def test_a_meeting_dated_in_the_past_is_not_894967_minutes_behind(clock, qapp):
    s = session_at(clock, 0, day="2023-06-01")
    clock.set(1_741_870_800.0)
    s.execute(StartClock())
    clock.advance(30)
    assert fmt.behind(s.runner.behind_seconds()) == "Til tiden"


def test_a_start_near_the_plan_keeps_the_plan(clock, qapp):
    s = session_at(clock, 10)  # ten minutes late: that is behind
    s.execute(StartClock())
    assert fmt.behind(s.runner.behind_seconds()) == "10 min bagud"


def test_after_rebalancing_the_view_says_on_time(clock, qapp):
    s = session_at(clock, 0)
    s.execute(StartClock())
    clock.advance(8 * 60 + 5)  # item 1 three minutes and five seconds over
    needed = minutes_needed(s.runner)
    assert needed == 3 and fmt.behind(s.runner.behind_seconds()) == "3 min bagud"
    plan = plan_cuts(candidates_from(s.runner), needed)
    s.execute(ApplyRebalance(cuts=[(c.item_id, c.minutes) for c in plan.cuts]))
    assert fmt.behind(s.runner.behind_seconds()) == "Til tiden"
    assert minutes_needed(s.runner) == 0
    s.execute(NextPhase())


def test_start_now_moves_the_plan_to_now(clock, qapp):
    s = session_at(clock, 95)
    s.execute(StartNow())
    assert s.runner.started and s.meeting.info.start_time == "14:35"
    assert fmt.behind(s.runner.behind_seconds()) == "Til tiden"
