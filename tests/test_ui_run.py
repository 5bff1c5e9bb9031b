"""The run view driven through the real window with a fake clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenu
from test_ui_support import colour_at, tick

from sus_desktop.ui.common.theme import AMBER, RED


def view(ctl):
    return ctl.current.run_view


def test_space_starts_and_countdown_follows_the_clock(running, clock, qtbot):
    v = view(running)
    assert v.countdown_label.text() == "5:00"
    assert "Ikke startet" in v.state_label.text()
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    assert running.current.session.runner.running
    assert "Kører" in v.state_label.text()
    tick(running, clock, 1)
    assert v.countdown_label.text() == "4:59"
    assert v.item_label.text() == "Punkt 1 · Velkomst og præsentationsrunde"
    assert v.item_countdown_label.text() == "Punkt 1: 4:59 tilbage af 5 min"
    assert v.meeting_line.text() == "Mødetid 0:01 · Forventet slut 15.00 (planlagt 15.00)"
    assert v.behind_label.text() == "Til tiden"
    # Space again pauses: the clock moves, the countdown does not.
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 30)
    assert v.countdown_label.text() == "4:59"
    assert "pause" in v.state_label.text().lower()


def test_amber_last_minute_then_red_overrun_with_text_and_icon(running, clock, qtbot):
    v = view(running)
    normal = colour_at(v.countdown_panel)
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 4 * 60 + 1)
    assert v.countdown_label.text() == "0:59"
    assert v.badge_label.text() == "◔ Sidste minut"
    assert colour_at(v.countdown_panel) == AMBER.upper() != normal
    tick(running, clock, 59 + 2 * 60 + 13)
    assert v.countdown_label.text() == "+2:13"
    assert v.caption_label.text() == "ud over 5 min"  # the badge alone says "Over tid"
    assert v.badge_label.text() == "⚠ Over tid"
    assert colour_at(v.countdown_panel) == RED.upper()
    assert v.behind_label.text() == "2 min bagud"
    assert "Forventet slut 15.02" in v.meeting_line.text()
    assert v.rebalance_hint.isVisibleTo(v) and "2 min for sent" in v.rebalance_hint.text()
    # Ahead of plan after skipping forward early.
    running.current.session.runner.jump(running.current.session.meeting.agenda[2].id)


def test_keys_next_back_plus_minus_and_schedule_states(running, clock, qtbot):
    v, w = view(running), running.window
    runner = running.current.session.runner
    qtbot.keyClick(w, Qt.Key.Key_Space)
    tick(running, clock, 60)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert v.item_label.text().startswith("Punkt 2")
    model = v.schedule_view.model()
    assert model.index(0, 4).data() == "✓ Færdig"
    assert model.index(1, 4).data() == "▶ I gang"
    assert model.index(2, 4).data() == "→ Næste"
    assert model.index(0, 2).data() == "13.00–13.05"
    assert model.index(1, 3).data() == "13.01–13.06"  # projected: item 1 ended 4 min early
    assert v.behind_label.text() == "4 min foran"
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert v.item_label.text().startswith("Punkt 3")
    assert v.phase_label.text() == "Fase 1 af 2 · Skoleleder fremlægger data"
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert v.item_label.text().startswith("Punkt 2")
    qtbot.keyClick(w, Qt.Key.Key_Plus)
    assert v.countdown_label.text() == "6:00"
    qtbot.keyClick(w, Qt.Key.Key_Minus)
    qtbot.keyClick(w, Qt.Key.Key_Minus)
    assert v.countdown_label.text() == "4:00"
    assert runner.running


def test_bare_keys_type_in_text_fields_ctrl_keys_always_work(running, clock, qtbot):
    v = view(running)
    runner = running.current.session.runner
    edit = QLineEdit(objectName="note_edit")
    v.set_notes_widget(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "a b")
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert edit.text() == "a b"
    assert not runner.started
    qtbot.keyClick(edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert runner.running
    assert edit.text() == "a b"
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert v.item_label.text().startswith("Punkt 2")


def test_bare_keys_inactive_in_preparation(running, qtbot):
    running._show_tab(0)
    running.window.setFocus()
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    assert not running.current.session.runner.started


def test_double_click_row_jumps(running, clock, qtbot):
    v = view(running)
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    v.row_activated.emit(4)
    assert v.item_label.text() == "Punkt 5 · Beslutning"
    assert v.countdown_label.text() == "30:00"


def test_questions_and_goal_shown(running):
    v = view(running)
    running.current.session.runner.jump(running.current.session.meeting.agenda[3].id)
    html = v.info_view.toPlainText()
    assert "Hvad bliver du optaget af?" in html
    assert "Mål" in html and "Proces" in html


def test_rebalance_dialog_cut_and_cancel(running, clock, qtbot):
    ctl = running.current.run
    runner = running.current.session.runner
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 8 * 60)  # item 1 runs 3 min over
    assert view(running).behind_label.text() == "3 min bagud"
    dlg = ctl.rebalance()
    assert dlg.needed_spin.value() == 3
    assert "15.03" in dlg.summary.text()
    assert dlg.result_label.text() == "Ny forventet slut: kl. 15.00 (3 min fundet)"
    before = {i.id: runner.item_budget(i) for i in running.current.session.meeting.agenda}
    dlg.reject()
    after = {i.id: runner.item_budget(i) for i in running.current.session.meeting.agenda}
    assert before == after  # nothing changes by itself
    dlg = ctl.rebalance()
    dlg.accept()
    tick(running, clock, 0)
    assert view(running).behind_label.text() == "Til tiden"
    agenda = running.current.session.meeting.agenda
    assert runner.item_budget(agenda[6]) == 60  # the fixed last item is untouched
    assert sum(before[i.id] - runner.item_budget(i) for i in agenda) == 180


def test_rebalance_extend_meeting(running, clock, qtbot):
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 8 * 60)
    dlg = running.current.run.rebalance()
    dlg.extend_radio.setChecked(True)
    assert dlg.result_label.text().startswith("Ny sluttid: kl. 15.03")
    dlg.accept()
    assert running.current.session.meeting.info.end_time == "15:03"


def test_warning_threshold_from_settings(running, clock, qtbot):
    dlg = running.edit_settings()
    dlg.warn_spin.setValue(120)
    dlg.accept()
    assert running.store.get_setting("warn_seconds") == 120
    v = view(running)
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 3 * 60 + 1)
    assert v.badge_label.text() == "◔ Sidste 2 min"


def test_repaints_only_on_ticks(running, clock, qtbot):
    v = view(running)
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    clock.advance(10)
    qtbot.wait(20)
    assert v.countdown_label.text() == "5:00"  # no tick yet: nothing polls the clock
    running.current.session.tick.emit()
    assert v.countdown_label.text() == "4:50"


def test_no_two_enabled_commands_share_a_key(running):
    """An ambiguous shortcut fires neither command (Ctrl+R once meant both export and
    rebalance). Every enabled action of the window, bare keys included, must be unique."""
    w = running.window
    w.run_actions.set_bare_keys_allowed(True)
    seen: dict[str, str] = {}
    actions = set(w.actions()) | {a for m in w.menuBar().findChildren(QMenu) for a in m.actions()}
    for a in actions:
        if not a.isEnabled():
            continue
        for seq in a.shortcuts():
            key = seq.toString()
            assert key not in seen, f"{key}: «{seen[key]}» og «{a.text()}»"
            seen[key] = a.text()
    assert {"Ctrl+R", "Ctrl+Shift+R", "Space", "Ctrl+Space"} <= set(seen)


def test_run_toolbar_appears_with_a_meeting_and_goes_with_it(app_ctl):
    w = app_ctl.window
    assert w.toolbar is None or not w.toolbar.isVisible()
    app_ctl.new_meeting("")
    texts = [a.text() for a in w.toolbar.actions() if a.text()]
    assert w.toolbar.isVisible() and texts[:2] == ["Start", "Forrige fase"]
    app_ctl.close_meeting()
    assert not w.toolbar.isVisible()


def test_a_paused_countdown_is_dimmed_and_says_so(running, clock, qtbot):
    from sus_desktop.core.commands import PauseClock, StartClock

    s = running.current.session
    v = view(running)
    s.execute(StartClock())
    tick(running, clock, 5)
    shown = v.countdown_panel.grab().toImage()
    assert not v.countdown_label.dimmed
    s.execute(PauseClock())
    tick(running, clock, 5)
    assert v.countdown_label.dimmed and "pause" in v.state_label.text().lower()
    paused = v.countdown_panel.grab().toImage()

    def darkest(img):  # within the digits' own rectangle on the panel
        from PySide6.QtCore import QPoint

        lab = v.countdown_label
        o = lab.mapTo(v.countdown_panel, QPoint(0, 0))
        return min(
            img.pixelColor(x, y).lightness()
            for x in range(o.x(), o.x() + lab.width(), 2)
            for y in range(o.y(), o.y() + lab.height(), 2)
        )

    assert darkest(paused) > darkest(shown) + 60  # the digits are visibly fainter
    s.execute(StartClock())
    tick(running, clock, 1)
    assert not v.countdown_label.dimmed
