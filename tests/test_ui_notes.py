"""The note panel: typing notes in a spiral round stores participant and round."""

import pytest
from PySide6.QtCore import Qt

from sus_desktop.core.agenda import Mode
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.core.spiral import SpiralRound
from sus_desktop.ui.run.notes_panel import NotePanel
from sus_desktop.ui.session import MeetingSession


class FakeStore:
    def __init__(self):
        self.settings = {}

    def attach(self, m):
        pass

    def detach(self, m):
        pass

    def get_setting(self, key, default=None):
        return self.settings.get(key, default)

    def set_setting(self, key, value):
        self.settings[key] = value

    def get_draft(self, meeting_id):
        return self.settings.get(f"draft:{meeting_id}", "")

    def set_draft(self, meeting_id, text):
        self.settings[f"draft:{meeting_id}"] = text


def make_session(clock, store=None):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for n, role in [("Anna", "Skoleleder"), ("Bo", "PUF-konsulent"), ("Cecilie", "MED")]:
        m.add_participant(n, role)
    return MeetingSession(m, clock, store)


def goto_spiral(s):
    item = next(i for i in s.meeting.agenda if i.number == 4)
    phase = next(p for p in item.phases if p.mode == Mode.SPIRAL)
    s.runner.jump(item.id, phase.id)
    s.runner.start()
    return item, phase


def pid(s, name):
    return next(p.id for p in s.meeting.participants if p.name == name)


def type_note(qtbot, panel, text):
    qtbot.keyClicks(panel.edit, text)
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)


@pytest.fixture
def panel(qtbot, clock):
    s = make_session(clock, FakeStore())
    p = NotePanel(s)
    qtbot.addWidget(p)
    p.show()
    return p


def test_typed_notes_in_spiral_get_speaker_and_round(qtbot, panel, clock):
    s = panel.session
    item, phase = goto_spiral(s)
    sp = SpiralRound(s.meeting, clock, s.runner)
    sp.start_turn()
    assert "Punkt 4 · Spiralsamtale · Runde 1 · Anna (Skoleleder)" in panel.attribution.text()
    type_note(qtbot, panel, "Pauserne er for korte")
    clock.advance(90)
    sp.next_turn()
    assert "Bo (PUF-konsulent)" in panel.attribution.text()
    type_note(qtbot, panel, "Skolegården")
    notes = s.meeting.notes
    assert [(n.text, n.participant, n.round, n.item, n.phase) for n in notes] == [
        ("Pauserne er for korte", pid(s, "Anna"), 1, item.id, phase.id),
        ("Skolegården", pid(s, "Bo"), 1, item.id, phase.id),
    ]
    assert panel.edit.toPlainText() == ""
    rows = panel.row_texts()
    assert len(rows) == 2 and "Skolegården" in rows[1]
    assert "R1" in rows[1] and "Bo" in rows[1]


def test_shift_enter_is_newline_and_empty_is_not_saved(qtbot, panel):
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.edit, "   ")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert panel.session.meeting.notes == []
    panel.edit.clear()
    qtbot.keyClicks(panel.edit, "linje 1")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.edit, "linje 2")
    assert panel.session.meeting.notes == []
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert [n.text for n in panel.session.meeting.notes] == ["linje 1\nlinje 2"]


def test_ctrl_digit_picks_and_kind_keys(qtbot, panel):
    s = panel.session
    s.runner.start()
    qtbot.keyClick(panel.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert panel.people_buttons[1].isChecked()
    assert "Bo (PUF-konsulent)" in panel.attribution.text()
    qtbot.keyClick(panel.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_note(qtbot, panel, "Vi vælger pauser")
    type_note(qtbot, panel, "Og mere")
    a, b = s.meeting.notes
    assert (a.participant, a.kind) == (pid(s, "Bo"), NoteKind.DECISION)
    assert (b.participant, b.kind) == (pid(s, "Bo"), NoteKind.NOTE)  # pick sticky, kind resets
    qtbot.keyClick(panel.edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    type_note(qtbot, panel, "@cec supplerer")
    c = s.meeting.notes[-1]
    assert (c.participant, c.text) == (pid(s, "Cecilie"), "supplerer")


def test_delete_and_undo_keep_id_and_position(qtbot, panel):
    s = panel.session
    for t in ["en", "to", "tre"]:
        type_note(qtbot, panel, t)
    ids = [n.id for n in s.meeting.notes]
    panel.delete(ids[1])
    assert panel.undo_bar.isVisible() and len(panel.row_texts()) == 2
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert [n.id for n in s.meeting.notes] == ids
    panel.delete(ids[0])
    qtbot.keyClick(panel.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # empty input
    assert [n.id for n in s.meeting.notes] == ids


def test_filter_search_and_move(qtbot, panel):
    s = panel.session
    s.runner.start()
    type_note(qtbot, panel, "Trivsel")
    type_note(qtbot, panel, "@Bo Pauser")
    panel.search.setText("pau")
    assert len(panel.row_texts()) == 1
    panel.search.setText("")
    item5 = next(i for i in s.meeting.agenda if i.number == 5)
    panel.move_note(s.meeting.notes[0].id, item=item5.id)
    assert len(panel.row_texts()) == 1  # "this item" hides the moved note
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    assert len(panel.row_texts()) == 2
    panel.filter.setCurrentIndex(panel.filter.findData(pid(s, "Bo")))
    assert len(panel.row_texts()) == 1 and "Pauser" in panel.row_texts()[0]
    menu = panel.context_menu_for(s.meeting.notes[0].id)
    titles = [a.text() for a in menu.actions()]
    assert "Flyt til punkt" in titles and "Tilskriv deltager" in titles and "Slet" in titles


class CountingStore(FakeStore):
    def __init__(self):
        super().__init__()
        self.draft_writes = []

    def set_draft(self, meeting_id, text):
        self.draft_writes.append(text)
        super().set_draft(meeting_id, text)


def test_draft_is_saved_while_typing_goes_on_and_restored(qtbot, clock):
    """A throttle, not a debounce: keys every 100 ms without a pause, and the draft is on
    disk within 0.7 s of the first one, long before the typing stops."""
    import time

    store = CountingStore()
    s = make_session(clock, store)
    p = NotePanel(s)
    qtbot.addWidget(p)
    key = f"draft:{s.meeting.id}"
    t0 = time.monotonic()
    typed, saved_at = "", None
    for ch in "halv tanke om pauserne":
        qtbot.keyClicks(p.edit, ch)
        typed += ch
        qtbot.wait(100)
        if saved_at is None and store.settings.get(key):
            saved_at = time.monotonic() - t0
    assert saved_at is not None and saved_at < 0.8, saved_at  # typing lasted ~2.2 s
    assert typed.startswith(store.settings[key])
    qtbot.waitUntil(lambda: store.settings.get(key) == typed, timeout=1000)
    p2 = NotePanel(s)
    qtbot.addWidget(p2)
    assert p2.edit.toPlainText() == typed


def test_enter_adds_one_write_and_a_sent_draft_is_not_restored(qtbot, clock):
    store = CountingStore()
    s = make_session(clock, store)
    p = NotePanel(s)
    qtbot.addWidget(p)
    key = f"draft:{s.meeting.id}"
    qtbot.keyClicks(p.edit, "@Bo halv tanke")
    qtbot.waitUntil(lambda: store.settings.get(key) == "@Bo halv tanke", timeout=2000)
    writes = len(store.draft_writes)
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    qtbot.wait(DRAFT_WAIT_MS)
    # Enter wrote the note, not a cleared draft as well (one fsync per note) ...
    assert len(store.draft_writes) == writes
    assert [n.text for n in s.meeting.notes] == ["halv tanke"]
    # ... and the draft left behind is known as sent: it does not come back.
    p2 = NotePanel(s)
    qtbot.addWidget(p2)
    assert p2.edit.toPlainText() == ""
    # the next note's first keys replace it
    qtbot.keyClicks(p2.edit, "ny")
    qtbot.waitUntil(lambda: store.settings.get(key) == "ny", timeout=2000)


DRAFT_WAIT_MS = 800


def test_decision_panel_prompts_and_actions_from_notes(qtbot, panel, clock):
    from sus_desktop.ui.modes.decision_panel import DecisionPanel, EvaluationPrompts

    s = panel.session
    item5 = next(i for i in s.meeting.agenda if i.number == 5)
    s.runner.jump(item5.id)
    s.runner.start()
    d = DecisionPanel(s)
    qtbot.addWidget(d)
    assert "Hvem skal involveres?" in d.prompts.text()
    qtbot.keyClick(panel.edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert panel.action_hint.isVisible() or not panel.isVisible()
    type_note(qtbot, panel, "Lave pauseplan; Anna; uge 12")
    assert s.meeting.notes[-1].kind == NoteKind.ACTION
    qtbot.mouseClick(d.fetch_button, Qt.MouseButton.LeftButton)
    assert d.table.rowCount() == 1
    assert [d.table.item(0, c).text() for c in range(3)] == ["Lave pauseplan", "Anna", "uge 12"]
    d.table.item(0, 1).setText("Bo")
    assert s.meeting.actions[0].who == "Bo" and s.meeting.actions[0].item == item5.id
    e = EvaluationPrompts(s)
    qtbot.addWidget(e)
    assert "Hvad fungerede godt?" in e.prompts.text()
