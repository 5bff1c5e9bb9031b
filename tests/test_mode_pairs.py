"""Makkersnak (talk in pairs, then a round), added as a mode by its declaration alone: the
agenda editor offers it, the meeting file takes it, the run view shows the talk panel and the
room sees what to do."""

from __future__ import annotations

from test_ui_support import tick

from sus_desktop.core.commands import JumpTo, SetAgendaFields, StartClock
from sus_desktop.core.modes import Mode
from sus_desktop.storage.meetingfile import dumps_meeting, import_meeting


def test_pairs_is_offered_stored_and_run(running, clock, tmp_path):
    ctl = running
    s = ctl.current.session
    editor = ctl.current.prep.agenda
    assert editor.phase_mode.findText("Makkersnak") >= 0
    item2 = s.meeting.agenda[1]  # the welcome round
    phase = item2.phases[0]
    s.execute(SetAgendaFields(entry_id=phase.id, fields={"mode": "pairs"}))
    assert phase.mode == Mode.PAIRS
    path = tmp_path / "m.sus.json"
    path.write_text(dumps_meeting(s.meeting), encoding="utf-8")
    assert import_meeting(path).agenda[1].phases[0].mode == Mode.PAIRS
    s.execute(StartClock())
    s.execute(JumpTo(item_id=item2.id, phase_id=phase.id))
    tick(ctl, clock)
    view = ctl.current.run_view
    assert view.mode_area.currentWidget() is ctl.current.panels.talk
    assert "Tal sammen to og to" in ctl.current.run.display.phase_label
