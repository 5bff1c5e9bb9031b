"""Participants entered by keyboard in the assembled window: Alt+T, Name, Tab, Role, Enter…
never write into another participant's row, and Escape drops the empty row at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focus():
    return QApplication.focusWidget()


def type_keys(qtbot, text: str) -> None:
    for ch in text:
        qtbot.keyClicks(focus(), ch)


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, mods)
    qtbot.wait(5)  # the next row opens on the event loop's next turn


def enter_participants(qtbot, window, rows) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focus() is not None and focus().inherits("QLineEdit"))  # animated click
    for name, role in rows:
        type_keys(qtbot, name)
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, role)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # the new, empty row after the last one goes again


def test_name_tab_role_enter_makes_rows_in_order(app_ctl, qtbot):
    m = app_ctl.new_meeting("")
    rows = [("Mette Kragh", "Skoleleder"), ("Jette Holm", "MED"), ("Ali Demir", "PPR")]
    enter_participants(qtbot, app_ctl.window, rows)
    assert [(p.name, p.role) for p in m.participants] == rows
    stored = app_ctl.store.load_meeting(m.id)
    assert [(p.name, p.role) for p in stored.participants] == rows
    table = app_ctl.current.prep.participants.table
    shown = [
        (table.model().index(r, 0).data(), table.model().index(r, 1).data())
        for r in range(table.model().rowCount())
    ]
    assert shown == rows


def test_enter_in_an_earlier_row_opens_the_next_row_not_a_copy(app_ctl, qtbot):
    m = app_ctl.new_meeting("")
    enter_participants(
        qtbot, app_ctl.window, [("Mette Kragh", "Skoleleder"), ("Jette Holm", "MED")]
    )
    view = app_ctl.current.prep.participants
    view.table.setCurrentIndex(view.model.index(0, 1))
    view.table.edit(view.table.currentIndex())
    qtbot.wait(5)
    type_keys(qtbot, "Skoleleder og formand")
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "Jette H.")  # the next row's name is open, its old text selected
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert [(p.name, p.role) for p in m.participants] == [
        ("Mette Kragh", "Skoleleder og formand"),
        ("Jette H.", "MED"),
    ]
