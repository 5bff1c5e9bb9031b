"""The assembled window fits a laptop (1280×800 and 1366×768) with 12 participants, on every
tab and in every mode panel, in the facilitator's and the referent's layout; the run view
keeps its panes' widths between phases and shows what a facilitator needs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from test_ui_support import tick

from sus_desktop.core.commands import AddNote, JumpTo, SetAgendaFields, ToggleClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.ui.common.settings import RUN_LAYOUT, Settings

# The room left on a laptop screen by a title bar (~30 px), a panel (~32 px) and a frame.
SCREENS = {"1280x800": (1280 - 10, 800 - 62), "1366x768": (1366 - 10, 768 - 62)}
NAMES = [
    "Mette Kragh",
    "Jette Holm",
    "Lars Nielsen",
    "Anne-Marie Sørensen",
    "Peter Mikkelsen",
    "Sofie Andersen",
    "Henrik Laursen",
    "Birgitte Poulsen",
    "Karen Østergaard",
    "Morten Dahl",
    "Louise Frederiksen",
    "Thomas Bach",
]


def _settle(n: int = 6) -> None:
    for _ in range(n):
        QApplication.processEvents()


def _open(app_ctl, clock, store):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    people = [m.add_participant(n, "Lærer") for n in NAMES]
    store.save_meeting(m)
    opened = app_ctl.open_meeting(m)
    s = opened.session
    # item 2 as makkersnak: every mode of the built-in agenda plus pairs
    s.execute(SetAgendaFields(entry_id=m.agenda[1].phases[0].id, fields={"mode": "pairs"}))
    for k in range(20):
        s.execute(
            AddNote(
                text=f"Note {k}: noget der blev sagt om læsning og trivsel",
                item=m.agenda[k % 7].id,
                participant=people[k % 12].id,
            )
        )
    clock.set(s.runner.planned_start())
    return opened


def _steps(opened):
    return [(st.item.id, st.phase.id if st.phase else None) for st in opened.session.runner.steps()]


def _fits(window, tag: str) -> None:
    _settle()
    hint = window.minimumSizeHint()
    for screen, (w, h) in SCREENS.items():
        assert hint.width() <= w and hint.height() <= h, (
            f"{tag}: minimum {hint.width()}×{hint.height()} does not fit {screen}"
        )


@pytest.mark.parametrize("layout", ["facilitator", "referent"])
def test_the_window_fits_a_laptop_on_every_tab_and_in_every_mode(app_ctl, clock, store, layout):
    app_ctl.layout_action.setChecked(layout == "referent")
    opened = _open(app_ctl, clock, store)
    w, s = app_ctl.window, opened.session
    assert opened.run_view.layout_mode == layout
    app_ctl._show_tab(0)
    _fits(w, "preparation")
    app_ctl._show_tab(1)
    _fits(w, "run view, not started")
    s.execute(ToggleClock())
    modes = set()
    for item_id, phase_id in _steps(opened):
        s.execute(JumpTo(item_id=item_id, phase_id=phase_id))
        tick(app_ctl, clock, 1)
        modes.add(opened.run.display.mode.value)
        _fits(w, f"run view in {opened.run.display.phase_title}")
    assert {
        "round",
        "pairs",
        "presentation",
        "reflection",
        "spiral",
        "dialogue",
        "decision",
        "evaluation",
    } <= modes
    s.execute(ToggleClock())
    tick(app_ctl, clock, 1)
    _fits(w, "paused")
    tick(app_ctl, clock, 3600)
    _fits(w, "over time")


def test_panes_keep_their_widths_between_phases_and_never_collapse(app_ctl, clock, store):
    opened = _open(app_ctl, clock, store)
    w, s, v = app_ctl.window, opened.session, opened.run_view
    w.resize(*SCREENS["1280x800"])
    app_ctl._show_tab(1)
    s.execute(ToggleClock())
    _settle()
    widths = set()
    for item_id, phase_id in _steps(opened):
        s.execute(JumpTo(item_id=item_id, phase_id=phase_id))
        tick(app_ctl, clock, 1)
        _settle()
        widths.add(tuple(v.splitter.sizes()))
    assert len(widths) == 1, widths
    # Widening the schedule as far as it goes leaves the clock and the notes in view.
    v.splitter.moveSplitter(v.width(), 1)
    _settle()
    assert all(size >= 250 for size in v.splitter.sizes()), v.splitter.sizes()
    assert v.countdown_label.isVisible() and v.notes_area.isVisible()


@pytest.mark.parametrize("layout", ["facilitator", "referent"])
def test_a_facilitator_sees_the_essentials_at_1280x800(app_ctl, clock, store, layout):
    app_ctl.layout_action.setChecked(layout == "referent")
    opened = _open(app_ctl, clock, store)
    w, s, v = app_ctl.window, opened.session, opened.run_view
    w.resize(*SCREENS["1280x800"])
    app_ctl._show_tab(1)
    s.execute(ToggleClock())
    s.execute(JumpTo(item_id=s.meeting.agenda[3].id))
    tick(app_ctl, clock, 61)
    _settle()
    assert v.item_label.text() == "Punkt 4 · Refleksion over data"
    assert v.countdown_label.text() == "0:59"
    assert v.clock_label.text() == "kl. 13.01"  # the time of day
    assert v.next_label.text() == "Derefter: Punkt 5 · Beslutning · ca. kl. 13.45"
    assert v.behind_label.text() == "35 min foran"
    inside = QRect(0, 0, w.width(), w.height())
    for label in (
        v.item_label,
        v.phase_label,
        v.countdown_label,
        v.clock_label,
        v.next_label,
        v.behind_label,
        v.item_countdown_label,
    ):
        assert label.isVisible(), label.objectName()
        top_left = label.mapTo(w, label.rect().topLeft())
        assert inside.contains(QRect(top_left, label.size())), label.objectName()
    assert v.countdown_label.font().pixelSize() >= 64  # big
    # The schedule: titles readable, planned, projected and status in view.
    table = v.schedule_view
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(5))
    assert shown <= table.viewport().width() + 1
    assert header.sectionSize(1) >= 110, "titles squeezed to 'R… a…'"
    for col in (2, 3, 4):
        assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width() - 1


def test_the_layout_is_switchable_and_remembered(app_ctl, clock, store):
    opened = _open(app_ctl, clock, store)
    v = opened.run_view
    assert v.splitter.widget(0) is v.schedule_pane  # clock first: schedule | clock | notes
    assert app_ctl.layout_action in app_ctl.window.toolbar.actions()
    app_ctl.layout_action.setChecked(True)
    assert v.layout_mode == "referent" and v.splitter.widget(0) is v.notes_area
    assert v.splitter.sizes()[0] == max(v.splitter.sizes())  # notes first and widest
    assert Settings(store).get(RUN_LAYOUT) == "referent"
    app_ctl.close_meeting()
    again = app_ctl.open_meeting(opened.session.meeting)
    assert again.run_view.layout_mode == "referent"
    app_ctl.layout_action.setChecked(False)
    assert again.run_view.splitter.widget(0) is again.run_view.schedule_pane


def test_twelve_pick_buttons_wrap_instead_of_widening_the_notes(app_ctl, clock, store):
    opened = _open(app_ctl, clock, store)
    notes = opened.panels.notes
    assert len(notes.people_buttons) == 12
    assert notes.minimumSizeHint().width() < 420
    app_ctl.window.resize(*SCREENS["1280x800"])
    app_ctl._show_tab(1)
    _settle()
    rows = {b.y() for b in notes.people_buttons}
    assert len(rows) > 1
    right = notes.width()
    assert all(b.x() + b.width() <= right for b in notes.people_buttons)


def test_item_5_shows_all_its_questions_and_room_for_actions(app_ctl, clock, store):
    opened = _open(app_ctl, clock, store)
    w, s, v = app_ctl.window, opened.session, opened.run_view
    w.resize(*SCREENS["1280x800"])
    app_ctl._show_tab(1)
    s.execute(JumpTo(item_id=s.meeting.agenda[4].id))
    tick(app_ctl, clock, 1)
    _settle()
    panel = v.mode_area.currentWidget()
    assert panel.objectName() == "decision_panel"
    questions = s.meeting.agenda[4].phases[0].questions
    assert len(questions) == 7
    shown = panel.prompts.text()
    assert all(q.replace("&", "&amp;").replace("<", "&lt;") in shown for q in questions)
    # Everything can be reached: the panel is not squeezed below what it needs; it scrolls.
    assert panel.height() >= panel.minimumSizeHint().height()
    bar = v.mode_scroll.verticalScrollBar()
    assert panel.height() <= v.mode_scroll.viewport().height() or bar.maximum() > 0
    assert panel.width() <= v.mode_scroll.viewport().width()  # no sideways scrolling
    rows = panel.table.verticalHeader().defaultSectionSize()
    assert panel.table.height() >= 5 * rows
    # and the info pane does not repeat the seven questions
    assert questions[0] not in v.info_view.toPlainText()


def test_the_first_window_fits_the_screen(qtbot):
    """No saved geometry on a first start: the window opens no larger than the screen's room
    (1400×860 overflowed a 1280×800 laptop, cutting off "Deltag i møde…" and "Åbn mødefil…")."""
    from sus_desktop.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    room = w.screen().availableGeometry()
    assert room.width() < 1400 or room.height() < 860  # the offscreen screen is small
    assert w.width() <= room.width() and w.height() <= room.height()
