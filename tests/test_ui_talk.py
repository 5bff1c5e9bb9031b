"""Talk time in rounds and dialogue: one click marks the speaker, the app sums the time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_support import tick

from sus_desktop.core.commands import NextPhase


def setup(running):
    m = running.current.session.meeting
    anna = m.add_participant("Anna Holm", "Skoleleder")
    bo = m.add_participant("Bo Berg", "PUF-konsulent")
    panel = running.current.panels.talk
    return m, anna, bo, panel


def test_talk_panel_shows_in_rounds_and_counts_time(running, clock, qtbot):
    m, anna, bo, panel = setup(running)
    running.current.session.runner.start()  # item 1 is a round
    tick(running, clock)
    view = running.current.run_view
    assert view.mode_area.isVisible() and view.mode_area.currentWidget() is panel
    panel.buttons[anna.id].click()
    tick(running, clock, 40)
    qtbot.keyClick(running.window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Bo speaks
    tick(running, clock, 20)
    assert panel.times[anna.id].text() == "0:40 · 67 %"
    assert panel.times[bo.id].text() == "▶ 0:20 · 33 %"
    assert m.talk.totals == {anna.id: 40.0}
    panel.buttons[bo.id].click()  # a second click: silence
    tick(running, clock, 30)
    assert panel.times[bo.id].text() == "0:20 · 33 %"


def test_a_pause_or_a_new_phase_ends_the_segment(running, clock, qtbot):
    m, anna, bo, panel = setup(running)
    runner = running.current.session.runner
    runner.start()
    panel.mark(anna.id)
    tick(running, clock, 30)
    running.current.session.execute(NextPhase())  # item 2
    tick(running, clock, 100)
    assert panel.talk.totals(clock.now()) == {anna.id: 30.0}


def test_talk_time_never_reaches_the_projector(running, clock, qtbot):
    m, anna, bo, panel = setup(running)
    running.window.projector_action.setChecked(True)
    running.current.session.runner.start()
    panel.mark(anna.id)
    tick(running, clock, 30)
    p = running.projector.window
    shown = " ".join(w.text() for w in p.findChildren(type(p.item_label)) if w.isVisibleTo(p))
    assert "Anna" not in shown and "0:30" not in shown
