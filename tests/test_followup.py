import pytest

from sus_desktop.core.followup import DONE, LABELS, OPEN, FollowUp
from sus_desktop.core.meeting import Meeting, MeetingInfo, NoteKind
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict


def previous():
    p = Meeting(info=MeetingInfo(date="2024-03-14"))
    p.add_note("Fokus på pauser", kind=NoteKind.DECISION)
    p.add_note("Bare en note")
    p.add_action("Pauseplan", "Anna", "uge 12")
    return p


def test_import_decisions_and_actions_once():
    m = Meeting()
    fu = FollowUp(m)
    prev = meeting_from_dict(meeting_to_dict(previous()))
    new = fu.import_from(prev)
    assert [(e["source"], e["text"], e["who"], e["due"], e["status"]) for e in new] == [
        ("decision", "Fokus på pauser", "", "", OPEN), ("action", "Pauseplan", "Anna", "uge 12", OPEN)]
    assert fu.import_from(prev) == [] and len(fu.entries()) == 2
    fu.set_status(new[1]["id"], DONE, "Planen er lavet")
    e = fu.entry(new[1]["id"])
    assert (e["status"], e["note"]) == ("done", "Planen er lavet")
    assert m.extra["follow_up"][1]["status"] == "done"
    assert LABELS[DONE] == "Udført"
    with pytest.raises(ValueError):
        fu.set_status(new[0]["id"], "finished")
