"""A reopened running meeting, used by keyboard in the assembled window: what the reopen left
unloaded (the "@name" completion, the rebalance dialog) loads at its first key, and what the
keys did is in the store afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_startup_lazy import reopen, running_meeting_in_store

K = Qt.Key
CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


def test_a_reopened_meeting_by_keyboard_completion_clock_and_rebalance(
    qtbot, store, clock, screens, dialogs
):
    meeting = running_meeting_in_store(store, clock)
    first = meeting.participants[0]
    ctl = reopen(qtbot, store, clock, screens, dialogs)
    w, cur = ctl.window, ctl.current
    edit = cur.panels.notes.edit
    log_before = len(cur.session.meeting.log)

    def key(k, mods=NONE, to=None):
        qtbot.keyClick(to or QApplication.focusWidget() or w, k, mods)
        qtbot.wait(5)

    w.activateWindow()
    w.run_view.setFocus() if hasattr(w, "run_view") else cur.run_view.setFocus()
    qtbot.waitUntil(lambda: w.focus_indicator.text() == "⌨ Tasterne styrer uret")
    qtbot.wait(50)  # the window settles (a key in its first milliseconds can go astray)
    key(K.Key_Space)  # pause
    key(K.Key_Space)  # resume
    assert cur.session.runner.running

    key(K.Key_Return)  # into the note field
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "@Del")
    popup = cur.panels.notes.completer.popup()  # built at the first "@"
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown[0] == first.name and len(shown) == 3
    key(K.Key_Down, to=popup)
    key(K.Key_Return, to=popup)
    qtbot.keyClicks(edit, "siger ja")
    key(K.Key_Return)
    assert edit.toPlainText() == ""
    key(K.Key_Escape)  # back to the clock
    assert QApplication.focusWidget() is not edit

    key(K.Key_R, CTRL)  # the rebalance proposal, loaded at its first use
    qtbot.waitUntil(lambda: isinstance(cur.run.active_dialog, QDialog))
    dlg = cur.run.active_dialog
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.windowTitle() == "Genberegn resten af mødet"
    key(K.Key_Escape, to=dlg)
    qtbot.waitUntil(lambda: cur.run.active_dialog is None)

    stored = store.load_meeting(meeting.id)
    note = stored.notes[-1]
    assert "siger ja" in note.text and note.participant == first.id
    assert [e.event for e in stored.log[log_before:]] == ["pause", "resume"]
    assert cur.session.runner.running  # Escape closed the dialog, the clock ran on
