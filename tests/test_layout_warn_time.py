"""A warning time per phase: 1 min for short phases, 2 min for long ones (≥ 20 min) by default,
its own `warn_minutes` when the agenda editor sets one; kept in the meeting file."""

from __future__ import annotations

import json

from test_ui_support import tick

from sus_desktop.core.agenda import Phase, phase_from_dict, phase_to_dict


def test_warn_minutes_survive_the_dict_form_and_default_to_none():
    p = Phase("Spiral", 25, warn_minutes=3)
    assert phase_from_dict(json.loads(json.dumps(phase_to_dict(p)))).warn_minutes == 3
    plain = phase_to_dict(Phase("Runde", 5))
    assert "warn_minutes" not in plain and phase_from_dict(plain).warn_minutes is None
    for junk in ("x", -1, True, float("nan")):
        assert phase_from_dict({**plain, "warn_minutes": junk}).warn_minutes is None


def _go_to_spiral(running, clock):
    m = running.current.session.meeting
    runner = running.current.session.runner
    item4 = m.agenda[3]
    spiral = item4.phases[1]
    assert spiral.minutes == 25
    runner.start()
    runner.jump(item4.id, spiral.id)
    tick(running, clock, 0)
    return spiral


def test_a_long_phase_warns_two_minutes_before_its_end(running, clock):
    v = running.current.run_view
    _go_to_spiral(running, clock)
    tick(running, clock, 22 * 60 + 30)  # 2:30 left: not yet
    assert v.countdown_label.text() == "2:30" and v.badge_label.text() == ""
    tick(running, clock, 31)
    assert v.countdown_label.text() == "1:59"
    assert v.badge_label.text() == "◔ Sidste 2 min"


def test_the_agenda_editor_sets_a_phase_s_own_warning_time(running, clock, qtbot):
    ed = running.current.prep.agenda
    spiral = running.current.session.meeting.agenda[3].phases[1]
    ed.select(spiral.id)
    assert ed.phase_warn.text() == "Standard (2 min)"
    ed.phase_warn.setValue(5)
    assert spiral.warn_minutes == 5
    v = running.current.run_view
    _go_to_spiral(running, clock)
    tick(running, clock, 19 * 60 + 30)  # 5:30 left
    assert v.badge_label.text() == ""
    tick(running, clock, 31)
    assert v.badge_label.text() == "◔ Sidste 5 min"
    ed.select(spiral.id)
    ed.phase_warn.setValue(0)  # back to the standard
    assert spiral.warn_minutes is None and ed.phase_warn.text() == "Standard (2 min)"
    short = running.current.session.meeting.agenda[0].phases[0]
    ed.select(short.id)
    assert ed.phase_warn.text() == "Standard (1 min)"
