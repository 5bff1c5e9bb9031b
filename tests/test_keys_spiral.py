"""The spiral by keyboard: R begins a new round without starting its first turn (N as in the
round before never skips anyone), and the order list tells the truth at once: marks and the
speaker's running time, without scrolling or waiting for another change."""

from __future__ import annotations

from test_ui_spiral import make_session, pid, window  # noqa: F401

from sus_desktop.core.commands import SpiralNewRound, SpiralNextTurn


def rows(spiral):
    return [spiral.order_list.item(i).text() for i in range(spiral.order_list.count())]


def test_new_round_waits_for_n(qtbot, window, clock):  # noqa: F811 - the fixture
    s, spiral, _notes, _w = window
    phase = spiral.spiral.phase_id
    s.execute(SpiralNextTurn(phase_id=phase))
    while not spiral.spiral.round_complete:
        s.execute(SpiralNextTurn(phase_id=phase))
    first = s.execute(SpiralNewRound(phase_id=phase))
    assert s.meeting.participant(first).name == "Bo" and spiral.spiral.current_speaker() is None
    assert rows(spiral)[1].strip().startswith("Bo")  # waiting, not ▶
    s.execute(SpiralNextTurn(phase_id=phase))
    assert spiral.speakers()[0] == "Bo" and rows(spiral)[1].startswith("▶ Bo")


def test_marks_and_times_follow_at_once(qtbot, window, clock):  # noqa: F811 - the fixture
    s, spiral, _notes, _w = window
    spiral.next_speaker()
    assert rows(spiral)[0].startswith("▶ Anna")
    clock.advance(214)
    s.tick.emit()
    assert rows(spiral)[0].endswith("3:34")
    clock.advance(1)
    s.tick.emit()
    assert rows(spiral)[0].endswith("3:35")  # one second later, not a jump
    spiral.next_speaker()
    spiral.pass_turn()  # Bo står over
    r = rows(spiral)
    assert r[0].startswith("✓ Anna") and r[1].startswith("↷ Bo") and "står over" in r[1]
    assert r[2].startswith("▶ Cecilie")
