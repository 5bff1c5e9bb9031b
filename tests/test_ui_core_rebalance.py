"""Rebalancing in the core (Qt-free)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sus_desktop.core.commands import ApplyRebalance
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.rebalance import (
    Candidate,
    candidates_from,
    floor_of,
    minutes_needed,
    plan_cuts,
)
from sus_desktop.core.run import Runner
from sus_desktop.core.session import Session


def cand(i, planned, budget=None, fixed=False):
    return Candidate(
        f"i{i}", i, f"Punkt {i}", planned, planned if budget is None else budget, fixed
    )


def test_proportional_whole_minutes():
    plan = plan_cuts([cand(5, 30), cand(6, 9), cand(7, 1, fixed=True)], 4)
    cuts = {c.item_id: c.minutes for c in plan.cuts}
    assert plan.taken == 4
    assert cuts["i5"] == 3 and cuts["i6"] == 1
    assert "i7" not in cuts


def test_floor_caps_and_shortfall():
    # 10 min item can give 5, 2 min item can give 1 (floor 1 min), fixed gives nothing.
    plan = plan_cuts([cand(1, 10), cand(2, 2), cand(3, 30, fixed=True)], 20)
    assert plan.taken == 6
    assert plan.shortfall == 14


def test_nothing_needed():
    assert plan_cuts([cand(1, 10)], 0).cuts == []


candidates = st.lists(
    st.tuples(st.integers(0, 90), st.integers(-10, 30), st.booleans()), min_size=0, max_size=8
)


@settings(max_examples=300, deadline=None)
@given(candidates, st.integers(0, 200), st.floats(0.0, 1.0))
def test_properties(rows, needed, fraction):
    cs = [cand(n, p, max(0, p + extra), fixed) for n, (p, extra, fixed) in enumerate(rows, start=1)]
    plan = plan_cuts(cs, needed, fraction=fraction)
    by_id = {c.item_id: c for c in cs}
    assert plan.taken <= needed
    for cut in plan.cuts:
        c = by_id[cut.item_id]
        assert not c.fixed
        assert cut.minutes > 0
        assert cut.after >= floor_of(c, fraction) - 1e-9
    # It takes as much as it can when the rooms allow it.
    room = sum(int(c.budget - floor_of(c, fraction) + 1e-9) for c in cs if not c.fixed)
    assert plan.taken == min(needed, max(0, room))


def test_apply_to_running_meeting(clock):
    m = new_meeting(day="2025-03-13")
    r = Runner(m, clock)
    clock.set(r.planned_start())
    r.start()
    clock.advance(8 * 60)  # item 1 (5 min) runs 3 min over
    assert minutes_needed(r) == 3
    cs = candidates_from(r)
    assert [c.number for c in cs] == [2, 3, 4, 5, 6, 7]
    plan = plan_cuts(cs, minutes_needed(r))
    before = r.projected_end()
    Session(m, clock).execute(ApplyRebalance(cuts=[(c.item_id, c.minutes) for c in plan.cuts]))
    assert r.projected_end() == before - plan.taken * 60
    assert minutes_needed(r) == 0
    assert r.item_budget(m.agenda[6]) == 60  # the fixed last item is untouched
