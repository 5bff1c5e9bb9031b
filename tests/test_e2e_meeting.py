"""A whole meeting in the assembled main window, by keyboard only, on a fake clock.

The facilitator and the referent share one laptop: participants are typed in the
preparation (Alt+T, Navn, Tab, Rolle, Enter), the clock is run with Space and the arrows, the
referent types notes (Enter goes into the note field, Escape leaves it) and credits them with
Ctrl+digit, the spiral runs two rounds with N, P, R and a late arrival (Alt+S), the decision
gets its actions (Ctrl+H), the evaluation its notes (Ctrl+E), and → on the last phase ends
the meeting after asking. Afterwards the meeting is reloaded from the store and checked:
participants, each note's item, phase, participant and round, and the log exactly as the
keys were pressed; no key typed into the note field ever reached the clock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_ui_support import tick

from sus_desktop.core.modes import Panel

K = Qt.Key
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier

PEOPLE = [
    ("Mette Kragh", "Skoleleder"),
    ("Søren Ibsen", "Ledelsesteam"),
    ("Lone Friis", "Børn og Unge-chef"),
    ("Bo Lund", "PUF-konsulent"),
    ("Ida Holm", "PPR"),
    ("Karen Vad", "Skolebestyrelse"),
    ("Jette Dal", "MED"),
]
LATE = "Jette Dal"  # absent when the meeting starts; arrives during the spiral


class Room:
    """The keyboard of the laptop, and what it expects the meeting to record."""

    def __init__(self, ctl, clock, qtbot) -> None:
        self.ctl, self.clock, self.qtbot = ctl, clock, qtbot
        self.w = ctl.window
        self.log: list[str] = []  # the run log's events, as the keys should produce them
        self.notes: list[tuple] = []  # (text, item number, phase title, name, round)

    # --- keys ---------------------------------------------------------------------------
    def focus(self):
        return QApplication.focusWidget() or self.w

    def key(self, key, mods=NONE) -> None:
        self.qtbot.keyClick(self.focus(), key, mods)
        self.qtbot.wait(5)  # what the key queued (the next participant row) happens now

    def type(self, text: str) -> None:
        for ch in text:
            self.qtbot.keyClicks(self.focus(), ch)

    def clock_key(self, key, event: str | None = None, mods=NONE) -> None:
        """A key for the clock: the focus must be where the keys steer the clock."""
        assert self.w.focus_indicator.text() == "⌨ Tasterne styrer uret", self.focus()
        self.key(key, mods)
        if event:
            self.log.append(event)

    def wait(self, seconds: float) -> None:
        tick(self.ctl, self.clock, seconds)

    # --- the referent -------------------------------------------------------------------
    def note(self, text: str, *, pick: int | None = None, kind=None, expect=None) -> None:
        """Enter into the note field, Ctrl+digit, type, Enter, Escape back to the clock;
        nothing typed may reach the clock."""
        runner = self.ctl.current.session.runner
        edit = self.ctl.current.panels.notes.edit
        self.clock_key(K.Key_Return)
        assert self.focus() is edit and self.w.focus_indicator.text().startswith("✎ Du skriver")
        before = (len(self.ctl.current.session.meeting.log), runner.running)
        if pick is not None:
            self.key(getattr(K, f"Key_{pick}"), CTRL)
        if kind is not None:
            self.key(kind, CTRL)
        self.type(text)
        self.key(K.Key_Return)
        assert (len(self.ctl.current.session.meeting.log), runner.running) == before
        assert edit.toPlainText() == ""
        self.key(K.Key_Escape)
        assert self.focus() is not edit
        self.notes.append((text,) + expect)


def test_a_whole_meeting_by_keyboard(app_ctl, clock, qtbot, dialogs):
    room = Room(app_ctl, clock, qtbot)
    w = app_ctl.window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)

    # --- preparation: a new meeting, seven participants by keyboard ------------------------
    room.key(K.Key_N, CTRL)
    m = app_ctl.current.session.meeting
    assert w.tabs.currentIndex() == 0
    room.key(K.Key_T, ALT)
    qtbot.waitUntil(lambda: room.focus().inherits("QLineEdit"))  # the button's animated click
    for name, role in PEOPLE:
        room.type(name)
        room.key(K.Key_Tab)
        room.type(role)
        room.key(K.Key_Return)
    room.key(K.Key_Escape)  # the empty row after the last one goes again
    assert [(p.name, p.role) for p in m.participants] == PEOPLE
    table = app_ctl.current.prep.participants.table
    table.setFocus()
    room.key(K.Key_End, CTRL)  # the last row's last cell: "Til stede"
    room.key(K.Key_Space)
    assert [p.name for p in m.participants if not p.present] == [LATE]

    # --- the run view -------------------------------------------------------------------------
    room.key(K.Key_PageDown, CTRL)
    assert w.tabs.currentIndex() == 1
    room.clock_key(K.Key_Space, "start")
    runner = app_ctl.current.session.runner
    assert runner.running

    # 1 Velkomst (round): the referent credits with Ctrl+digit (present: 6, Jette is absent)
    room.note(
        "Velkommen til alle",
        pick=1,
        expect=(1, "Velkomst og præsentationsrunde", "Mette Kragh", None),
    )
    room.note(
        "Glæder mig til samtalen",
        pick=5,
        expect=(1, "Velkomst og præsentationsrunde", "Ida Holm", None),
    )
    room.wait(4 * 60)
    room.clock_key(K.Key_Right, "next")
    # 2 Rammesætning: a presenter clicker's PageDown moves on, even from the note field
    room.note(
        "Kommunens rammer for SUS",
        pick=3,
        expect=(2, "Børn og Unge-chef rammesætter", "Lone Friis", None),
    )
    room.wait(5 * 60)
    room.clock_key(K.Key_Return)
    room.key(K.Key_PageDown)  # the clicker, while the focus is in the note field
    room.log.append("next")
    room.key(K.Key_Escape)
    # 3 Data: two phases; a minute more for the round
    room.note(
        "Trivslen er faldet i udskolingen",
        pick=1,
        expect=(3, "Skoleleder fremlægger data", "Mette Kragh", None),
    )
    room.wait(10 * 60)
    room.clock_key(K.Key_Right, "next")
    room.clock_key(K.Key_Plus, "extend")
    room.note(
        "Fraværet følger trivslen",
        pick=4,
        expect=(3, "Drøftelse blandt øvrige mødedeltagere – runde blandt alle", "Bo Lund", None),
    )
    room.wait(16 * 60)
    room.clock_key(K.Key_Right, "next")
    # 4 Refleksion: two silent minutes, a pause in the middle
    room.wait(60)
    room.clock_key(K.Key_Space, "pause")
    room.clock_key(K.Key_Space, "resume")
    room.note("Stille refleksion", pick=0, expect=(4, "Individuel refleksion", None, None))
    room.wait(60)
    room.clock_key(K.Key_Right, "next")

    # the spiral: N starts a turn, P passes, Alt+S a late arrival, R a new round
    spiral_phase = "Mødedeltagerne fremlægger på skift deres refleksioner (spiralsamtale)"
    spiral = app_ctl.current.panels.panel(Panel.SPIRAL)
    room.clock_key(K.Key_N)
    assert spiral.speakers()[0] == "Mette Kragh"
    room.note("Mette om trivsel", expect=(4, spiral_phase, "Mette Kragh", 1))
    room.wait(90)
    room.clock_key(K.Key_N)
    assert spiral.speakers()[0] == "Søren Ibsen"
    room.clock_key(K.Key_P)  # Søren står over
    assert spiral.speakers()[0] == "Lone Friis"
    marks = [spiral.order_list.item(i).text() for i in range(spiral.order_list.count())]
    assert marks[0].startswith("✓ Mette") and marks[1].startswith("↷ Søren")
    assert "står over" in marks[1] and marks[2].startswith("▶ Lone")

    def pick_late() -> None:  # the late-arrival menu, by keyboard
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick_late)
            return
        qtbot.keyClick(menu, K.Key_Down)
        qtbot.keyClick(menu, K.Key_Return)

    QTimer.singleShot(20, pick_late)
    room.clock_key(K.Key_S, mods=ALT)
    qtbot.waitUntil(lambda: next(p for p in m.participants if p.name == LATE).present)
    room.note("Lone om forældresamarbejdet", expect=(4, spiral_phase, "Lone Friis", 1))
    round1 = ["Lone Friis", "Bo Lund", "Ida Holm", "Karen Vad", LATE]
    for name in round1[1:]:
        room.wait(60)
        room.clock_key(K.Key_N)
        assert spiral.speakers()[0] == name
    room.note("Jette kom fra et andet møde", expect=(4, spiral_phase, LATE, 1))
    room.clock_key(K.Key_N)  # the round is complete
    assert spiral.cue.isVisible() and spiral.speakers()[0] == ""
    room.clock_key(K.Key_N)  # nothing: the round is over, N never starts round 2
    room.clock_key(K.Key_R)
    assert spiral.round_label.text() == "Runde 2" and spiral.speakers()[0] == ""
    room.clock_key(K.Key_N)  # round 2 starts with the one after round 1's first
    assert spiral.speakers()[0] == "Søren Ibsen"
    room.note("Søren: læsning er nøglen", expect=(4, spiral_phase, "Søren Ibsen", 2))
    while not spiral.spiral.round_complete:
        room.wait(30)
        room.clock_key(K.Key_N)
    room.clock_key(K.Key_Right, "next")  # the dialogue
    room.note(
        "Enighed om læsning",
        pick=2,
        expect=(4, "Runde blandt mødedeltagere (mere fri dialog)", "Søren Ibsen", None),
    )
    room.clock_key(K.Key_Right, "next")  # the optional summary
    room.clock_key(K.Key_Right, "next")  # 5 Beslutning

    # the decision and its actions
    decision = "Fælles drøftelse blandt mødedeltagere"
    room.note("Vi arbejder med læsning i alle fag", kind=K.Key_B, expect=(5, decision, None, None))
    room.note("Lave læseplan; Mette Kragh; uge 12", kind=K.Key_H, expect=(5, decision, None, None))
    room.note("Følge op på fravær; Bo Lund; juni", kind=K.Key_H, expect=(5, decision, None, None))
    room.wait(25 * 60)
    room.clock_key(K.Key_Right, "next")
    # 6 the evaluation
    room.note(
        "Godt med tid til refleksion",
        pick=6,
        kind=K.Key_E,
        expect=(6, "Samtale om samtalen", "Karen Vad", None),
    )
    room.wait(8 * 60)
    room.clock_key(K.Key_Right, "next")
    # 7 Tak for i dag: → on the last phase asks, and ends the meeting
    asked = len(dialogs.confirms)
    room.clock_key(K.Key_Right, "finish")
    assert len(dialogs.confirms) == asked + 1 and "afslutte mødet" in dialogs.confirms[-1]
    assert runner.finished
    dialogs.answers["confirm"] = False  # a stray Space does not reopen it
    room.clock_key(K.Key_Space)
    assert runner.finished and "genåbne" in dialogs.confirms[-1]

    # --- what was stored ----------------------------------------------------------------------
    stored = app_ctl.store.load_meeting(m.id)
    assert [(p.name, p.role, p.present) for p in stored.participants] == [
        (n, r, True) for n, r in PEOPLE
    ]
    names = {p.id: p.name for p in stored.participants}
    items = {i.id: i for i in stored.agenda}
    phases = {p.id: p.title for i in stored.agenda for p in i.phases}
    got = [
        (n.text, items[n.item].number, phases.get(n.phase), names.get(n.participant), n.round)
        for n in stored.live_notes()
    ]
    assert got == room.notes
    kinds = [n.kind.value for n in stored.live_notes()]
    assert kinds.count("decision") == 1 and kinds.count("action") == 2
    assert kinds.count("evaluation") == 1
    assert [(a.what, a.who, a.due) for a in stored.actions] == [
        ("Lave læseplan", "Mette Kragh", "uge 12"),
        ("Følge op på fravær", "Bo Lund", "juni"),
    ]
    assert [e.event for e in stored.log] == room.log
    turns = stored.spirals[next(iter(stored.spirals))].log
    assert [(names[t.participant], t.round, t.passed) for t in turns if t.round == 1] == [
        ("Mette Kragh", 1, False),
        ("Søren Ibsen", 1, True),
        ("Lone Friis", 1, False),
        ("Bo Lund", 1, False),
        ("Ida Holm", 1, False),
        ("Karen Vad", 1, False),
        (LATE, 1, False),
    ]
    assert {names[t.participant] for t in turns if t.round == 2} == {n for n, _ in PEOPLE}
