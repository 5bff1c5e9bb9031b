"""Item 4 (individual reflection, then the spiral round) on a laptop, in the facilitator's and
the referent's layout, with 12 participants: the reflection's questions wrap (no sideways
scrolling), the spiral's title takes its row, the order list shows everyone without a
sideways scrollbar, and Enter or Space on a focused spiral button presses it (not the note
field's Enter, not the clock's Space)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_layout_laptop import NAMES, SCREENS
from test_ui_support import tick

from sus_desktop.core.commands import JumpTo, ToggleClock
from sus_desktop.core.factory import new_meeting


def _settle(n: int = 8) -> None:
    for _ in range(n):
        QApplication.processEvents()


def _item4(app_ctl, clock, store, layout: str, screen: str = "1280x800"):
    """A running meeting with 12 participants on item 4's reflection, in `layout`."""
    app_ctl.layout_action.setChecked(layout == "referent")
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    m.update_info(learning_focus="Deltagelsesmuligheder for alle børn")
    for name in NAMES:
        m.add_participant(name, "Lærer")
    store.save_meeting(m)
    opened = app_ctl.open_meeting(m)
    s = opened.session
    clock.set(s.runner.planned_start())
    app_ctl.window.resize(*SCREENS[screen])
    app_ctl._show_tab(1)
    s.execute(ToggleClock())
    item = m.agenda[3]
    s.execute(JumpTo(item_id=item.id, phase_id=item.phases[0].id))
    tick(app_ctl, clock, 20)
    _settle()
    assert opened.run_view.layout_mode == layout
    return opened, item


def _spiral(app_ctl, clock, opened, item):
    opened.session.execute(JumpTo(item_id=item.id, phase_id=item.phases[1].id))
    tick(app_ctl, clock, 1)
    _settle()
    page = opened.run_view.mode_area.currentWidget()
    assert page.objectName() == "spiral_panel"
    return page


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("layout", ["referent", "facilitator"])
def test_reflection_questions_wrap_without_sideways_scrolling(
    app_ctl, clock, store, layout, screen
):
    opened, item = _item4(app_ctl, clock, store, layout, screen)
    v = opened.run_view
    panel = v.mode_area.currentWidget()
    assert panel.objectName() == "reflection_view" and panel.isVisible()
    bar = v.mode_scroll.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0, f"sideways by {bar.maximum()} px"
    assert panel.width() <= v.mode_scroll.viewport().width()
    # every question is there, and its label ends inside what the pane shows
    shown = panel.questions.text()
    assert all(q in shown for q in item.phases[0].questions)
    q = panel.questions
    right = q.mapTo(v.mode_scroll.viewport(), q.rect().topRight()).x()
    assert right <= v.mode_scroll.viewport().width()
    assert q.height() >= q.heightForWidth(q.width())  # wrapped lines are not cut off
    assert panel.go_button.isVisibleTo(panel)


@pytest.mark.parametrize("layout", ["referent", "facilitator"])
def test_spiral_title_takes_its_row_and_the_order_list_shows_everyone(
    app_ctl, clock, store, layout
):
    opened, item = _item4(app_ctl, clock, store, layout)
    spiral = _spiral(app_ctl, clock, opened, item)
    title = spiral.round_label
    assert title.text() == "Spiralsamtale – ikke startet"
    # No gap to its right: the title spans the panel's row (nothing shown beside it) ...
    row = spiral.contentsRect().width() - spiral.layout().contentsMargins().left() * 2
    assert title.width() >= row - 2, (title.width(), row)
    # ... and at this width it needs one line only.
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    assert title.height() <= title.fontMetrics().lineSpacing() * 1.6
    # the order list: twelve rows, none scrolled away, no sideways scrollbar
    lst = spiral.order_list
    assert lst.count() == 12
    assert not lst.horizontalScrollBar().isVisible()
    assert lst.verticalScrollBar().maximum() == 0, "the list is a cramped window"
    last = lst.visualItemRect(lst.item(11))
    assert last.bottom() <= lst.viewport().height() and last.right() <= lst.viewport().width()
    bar = opened.run_view.mode_scroll.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0


def test_order_rows_wrap_in_a_narrow_list(qtbot, app_ctl, clock, store):
    """A long row (name, role, 'står over', time) wraps rather than scrolling sideways."""
    opened, item = _item4(app_ctl, clock, store, "referent")
    spiral = _spiral(app_ctl, clock, opened, item)
    spiral.next_speaker()
    spiral.next_speaker()
    spiral.pass_turn()  # Jette Holm står over
    lst = spiral.order_list
    lst.setFixedWidth(170)
    _settle()
    row = lst.visualItemRect(lst.item(1))
    assert "står over" in lst.item(1).text()
    assert row.right() <= lst.viewport().width()
    assert row.height() > lst.fontMetrics().lineSpacing() * 1.5  # two lines, not cut
    assert lst.horizontalScrollBar().maximum() == 0


def _activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_focused_spiral_button_presses_it(qtbot, app_ctl, clock, store, key):
    opened, item = _item4(app_ctl, clock, store, "facilitator")
    spiral = _spiral(app_ctl, clock, opened, item)
    s, notes = opened.session, opened.panels.notes
    _activate(qtbot, app_ctl.window)
    notes.edit.setPlainText("Halvfærdig tanke")  # a draft an Enter in the field would file
    spiral.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert spiral.next_button.hasFocus()
    qtbot.keyClick(spiral.next_button, key)
    qtbot.waitUntil(lambda: spiral.speakers()[0] == "Mette Kragh", timeout=1000)
    assert spiral.next_button.hasFocus()  # the focus stayed on the button
    qtbot.keyClick(spiral.next_button, key)
    qtbot.waitUntil(lambda: spiral.speakers()[0] == "Jette Holm", timeout=1000)
    stored = store.load_meeting(s.meeting.id)
    assert stored.notes == [] and s.meeting.notes == []  # no note was filed
    assert notes.edit.toPlainText() == "Halvfærdig tanke"
    turns = [t.participant for t in spiral.spiral.log()]
    assert [stored.participant(p).name for p in turns] == ["Mette Kragh"]
    # The note field's own Enter still files the note.
    notes.edit.setFocus()
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    assert [n.text for n in store.load_meeting(s.meeting.id).notes] == ["Halvfærdig tanke"]


def test_space_on_a_focused_pass_button_passes_and_leaves_the_clock(qtbot, app_ctl, clock, store):
    opened, item = _item4(app_ctl, clock, store, "referent")
    spiral = _spiral(app_ctl, clock, opened, item)
    s = opened.session
    _activate(qtbot, app_ctl.window)
    spiral.next_speaker()  # Mette speaks
    assert s.runner.running
    spiral.pass_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(spiral.pass_button, Qt.Key.Key_Space)
    assert spiral.speakers()[0] == "Jette Holm"
    assert s.runner.running  # Space pressed the button; it did not pause the meeting
    assert spiral.spiral.log()[-1].passed
    # Away from a button, a bare Space is still the clock's.
    spiral.order_list.clearFocus()
    app_ctl.window.setFocus()
    _settle()
    qtbot.keyClick(app_ctl.window, Qt.Key.Key_Space)
    assert not s.runner.running
