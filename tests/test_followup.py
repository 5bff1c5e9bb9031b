import pytest

from sus_desktop.core.followup import DONE, LABELS, OPEN, FollowUp
from sus_desktop.core.meeting import Meeting, MeetingInfo, NoteKind
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict


def previous():
    p = Meeting(info=MeetingInfo(date="2024-03-14"))
    p.add_note("Fokus på pauser", kind=NoteKind.DECISION, created_at=1_710_421_200.0)
    p.add_note("Bare en note", created_at=1_710_421_260.0)
    p.add_action("Pauseplan", "Anna", "uge 12")
    return p


def test_import_decisions_and_actions_once():
    m = Meeting()
    fu = FollowUp(m)
    prev = meeting_from_dict(meeting_to_dict(previous()))
    new = fu.import_from(prev)
    assert [(e.source, e.text, e.who, e.due, e.status) for e in new] == [
        ("decision", "Fokus på pauser", "", "", OPEN),
        ("action", "Pauseplan", "Anna", "uge 12", OPEN),
    ]
    assert fu.import_from(prev) == [] and len(fu.entries()) == 2
    fu.set_status(new[1].id, DONE, "Planen er lavet")
    e = fu.entry(new[1].id)
    assert (e.status, e.note) == ("done", "Planen er lavet")
    assert m.follow_up[1].status == "done"
    assert LABELS[DONE] == "Udført"
    with pytest.raises(ValueError):
        fu.set_status(new[0].id, "finished")


def test_followup_panel_imports_file_and_sets_status(qtbot, clock, tmp_path):
    from sus_desktop.storage.meetingfile import export_meeting
    from sus_desktop.ui.run.followup_panel import FollowUpPanel
    from sus_desktop.ui.session import MeetingSession

    path = export_meeting(previous(), tmp_path / "sidste.sus.json")
    s = MeetingSession(Meeting(), clock)
    panel = FollowUpPanel(s)
    qtbot.addWidget(panel)
    assert panel.import_file(str(path)) == 2
    assert panel.table.rowCount() == 2
    assert panel.table.item(1, 0).text() == "Pauseplan" and panel.table.item(1, 1).text() == "Anna"
    combo = panel.status_combo(1)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Åben",
        "Udført",
        "I gang",
        "Droppet",
    ]
    combo.setCurrentIndex(combo.findText("I gang"))
    assert s.meeting.follow_up[1].status == "ongoing"
    panel.table.item(1, 4).setText("Halvvejs")
    assert s.meeting.follow_up[1].note == "Halvvejs"
    assert panel.status_combo(1).currentText() == "I gang"
    assert panel.import_file(str(tmp_path / "findes-ikke.sus.json")) == 0
    assert "findes ikke" in panel.message.text()
