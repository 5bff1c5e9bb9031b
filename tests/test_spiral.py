"""Spiral rounds on a fake clock: order, time boxes, rounds, passes, late arrivals, restart."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from sus_desktop.core.agenda import Mode
from sus_desktop.core.clock import FakeClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict
from sus_desktop.core.spiral import SpiralRound
from sus_desktop.core.talktime import TalkTime

NAMES = ["Anna", "Bo", "Cecilie", "Dorte", "Emil"]


def at_spiral(clock, names=NAMES, start=True):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for n in names:
        m.add_participant(n, "Skoleleder" if n == "Anna" else "PUF-konsulent")
    r = Runner(m, clock)
    item = next(i for i in m.agenda if i.number == 4)
    phase = next(p for p in item.phases if p.mode == Mode.SPIRAL)
    r.jump(item.id, phase.id)
    if start:
        r.start()
    return m, r, SpiralRound(m, clock, r)


def ids(m, *names):
    return [next(p.id for p in m.participants if p.name == n) for n in names]


def name(m, pid):
    return m.participant(pid).name if pid else None


def spoken(sp, rnd):
    return [t.participant for t in sp.log() if t.round == rnd]


def test_first_round_follows_the_order(clock):
    m, r, sp = at_spiral(clock)
    assert sp.round_number == 0 and sp.current_speaker() is None
    assert name(m, sp.next_speaker()) == "Anna"
    sp.start_turn()
    assert sp.round_number == 1 and name(m, sp.current_speaker()) == "Anna"
    assert name(m, sp.next_speaker()) == "Bo"
    for expected in ["Bo", "Cecilie", "Dorte", "Emil"]:
        clock.advance(60)
        assert name(m, sp.next_turn()) == expected
    clock.advance(60)
    assert sp.next_turn() is None
    assert sp.round_complete and not sp.turn_running
    assert [name(m, p) for p in spoken(sp, 1)] == NAMES
    # the next round begins with the person after the one who began this one
    assert name(m, sp.next_speaker()) == "Bo"


def test_time_box_is_remaining_divided_by_turns_left(clock):
    m, r, sp = at_spiral(clock)  # 25 min = 1500 s, 5 people
    sp.start_turn()
    assert sp.time_box() == 300
    clock.advance(100)
    assert sp.turn_remaining() == 200 and not sp.turn_over()
    sp.next_turn()  # Anna ended early: 1400 s left for 4 turns
    assert sp.time_box() == 350
    clock.advance(500)  # Bo runs long: a soft signal, no cut-off
    assert sp.turn_over() and sp.turn_remaining() == 0 and name(m, sp.current_speaker()) == "Bo"
    sp.next_turn()  # 900 s for 3 turns
    assert sp.time_box() == 300


def test_pass_is_recorded_and_moves_on(clock):
    m, r, sp = at_spiral(clock)
    sp.start_turn()
    clock.advance(30)
    assert name(m, sp.pass_turn()) == "Bo"
    log = sp.log()
    assert log[0].participant == ids(m, "Anna")[0] and log[0].passed and log[0].round == 1
    clock.advance(40)
    sp.next_turn()
    assert sp.log()[1].passed is False and sp.log()[1].ended_at - sp.log()[1].started_at == 40


def test_new_round_default_reverse_and_same_start(clock):
    m, r, sp = at_spiral(clock)
    sp.start_turn()
    while sp.next_turn():
        clock.advance(10)
    assert name(m, sp.new_round()) == "Bo"
    assert sp.round_number == 2
    while sp.next_turn():
        pass
    assert [name(m, p) for p in spoken(sp, 2)] == ["Bo", "Cecilie", "Dorte", "Emil", "Anna"]
    # reversed: start with the neighbour of last round's start in the new direction
    assert name(m, sp.new_round(reverse=True)) == "Anna"
    while sp.next_turn():
        pass
    assert [name(m, p) for p in spoken(sp, 3)] == ["Anna", "Emil", "Dorte", "Cecilie", "Bo"]
    assert name(m, sp.new_round(reverse=False, same_start=True)) == "Anna"
    while sp.next_turn():
        pass
    assert [name(m, p) for p in spoken(sp, 4)] == ["Anna", "Emil", "Dorte", "Cecilie", "Bo"]


def test_absent_skipped_and_late_arrival_speaks_last(clock):
    m, r, sp = at_spiral(clock)
    cecilie, emil = ids(m, "Cecilie", "Emil")
    m.update_participant(cecilie, present=False)
    sp.start_turn()
    assert name(m, sp.next_turn()) == "Bo"
    assert name(m, sp.next_turn()) == "Dorte"  # Cecilie absent: skipped
    late = m.add_participant("Frede", "Forældrerepræsentant", present=False)
    sp.add_late(late.id)
    sp.add_late(cecilie)  # arrives after her turn passed
    assert m.participant(cecilie).present
    order = []
    while p := sp.next_turn():
        order.append(name(m, p))
    assert order == ["Emil", "Frede", "Cecilie"]
    assert sp.order()[-2:] == [late.id, cecilie]


def test_reorder_mid_round_resorts_only_the_waiting(clock):
    m, r, sp = at_spiral(clock)
    anna, bo, cecilie, dorte, emil = ids(m, *NAMES)
    sp.start_turn()
    sp.next_turn()  # Bo speaks
    sp.move(emil, 0)
    assert [name(m, p) for p in sp.queue()] == ["Cecilie", "Dorte"] + ["Emil"]  # rotated at Anna
    sp.set_order([anna, bo, dorte, cecilie, emil])
    assert [name(m, p) for p in sp.queue()] == ["Dorte", "Cecilie", "Emil"]
    sp.shuffle(random.Random(3))
    assert set(sp.queue()) == {cecilie, dorte, emil}
    assert name(m, sp.current_speaker()) == "Bo"


def test_state_survives_a_restart(clock):
    m, r, sp = at_spiral(clock)
    sp.start_turn()
    clock.advance(50)
    sp.next_turn()
    clock.advance(20)
    m2 = meeting_from_dict(meeting_to_dict(m))
    clock.advance(30)
    r2 = Runner(m2, clock)
    sp2 = SpiralRound(m2, clock, r2)
    assert sp2.round_number == 1 and name(m2, sp2.current_speaker()) == "Bo"
    assert sp2.turn_elapsed() == 50
    assert name(m2, sp2.next_turn()) == "Cecilie"
    assert [t.participant for t in sp2.log()] == ids(m2, "Anna", "Bo")


def test_talk_time_follows_turns(clock):
    m, r, sp = at_spiral(clock)
    tt = TalkTime(m)
    sp.talk = tt
    sp.start_turn()
    clock.advance(70)
    sp.next_turn()
    clock.advance(30)
    anna, bo = ids(m, "Anna", "Bo")
    assert tt.totals(clock.now()) == {anna: 70, bo: 30}


def test_phase_ids_keep_separate_state(clock):
    m, r, sp = at_spiral(clock)
    sp.start_turn()
    other = SpiralRound(m, clock, r, phase_id="other")
    assert other.round_number == 0 and sp.round_number == 1
    other.start_turn()
    assert set(m.spirals) == {sp.phase_id, "other"}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["next", "pass", "wait", "late", "absent", "round"]),
            st.floats(min_value=0, max_value=400),
        ),
        max_size=40,
    ),
    st.integers(min_value=1, max_value=7),
)
def test_time_boxes_never_exceed_phase_remaining(ops, n):
    clock = FakeClock()
    m, r, sp = at_spiral(clock, [f"P{i}" for i in range(n)])
    sp.start_turn()
    late_count = 0
    for op, secs in ops:
        if op == "next":
            sp.next_turn()
        elif op == "pass":
            sp.pass_turn()
        elif op == "wait":
            clock.advance(secs)
        elif op == "late":
            late_count += 1
            sp.add_late(m.add_participant(f"L{late_count}", present=False).id)
        elif op == "absent":
            q = sp.queue()
            if q:
                m.update_participant(q[-1], present=False)
        elif op == "round" and sp.round_complete:
            sp.new_round()
        boxes = sp.time_boxes()
        assert sum(b for _, b in boxes) <= r.phase_times()[1] + 1e-6
        assert all(b >= 0 for _, b in boxes)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["next", "pass"]), min_size=1, max_size=60),
    st.integers(min_value=1, max_value=7),
    st.booleans(),
    st.booleans(),
)
def test_everyone_present_has_one_turn_per_round(ops, n, reverse, same_start):
    clock = FakeClock()
    m, r, sp = at_spiral(clock, [f"P{i}" for i in range(n)])
    sp.set_options(reverse=reverse, same_start=same_start)
    sp.start_turn()
    for op in ops:
        clock.advance(5)
        if sp.round_complete:
            sp.new_round()
        elif op == "next":
            sp.next_turn()
        else:
            sp.pass_turn()
    everyone = {p.id for p in m.participants}
    for rnd in range(1, sp.round_number + 1):
        turns = [t.participant for t in sp.log() if t.round == rnd]
        assert len(turns) == len(set(turns))  # nobody twice in a round
        complete = rnd < sp.round_number or sp.round_complete
        if complete:
            assert set(turns) == everyone  # spoke or passed
