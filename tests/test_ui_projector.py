"""The projector window: placement on fake screens, readable digits, content, themes."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from test_ui_support import BEAMER, LAPTOP, colour_at, tick

from sus_desktop.ui.common.theme import AMBER, RED
from sus_desktop.ui.projector.screens import FakeScreen


def projector(ctl):
    return ctl.projector.window


def test_projector_goes_to_second_screen_and_follows_screens(running, screens, qtbot):
    running.window.projector_action.setChecked(True)
    p = projector(running)
    assert p.isVisible()
    assert running.projector.screen.name() == "beamer"
    assert p.geometry() == BEAMER.geometry()
    screens.set_screens([LAPTOP])  # the beamer is unplugged
    assert running.projector.screen is None
    assert p.isVisible() and p.width() <= 960
    screens.set_screens([LAPTOP, BEAMER])  # plugged back in
    assert running.projector.screen.name() == "beamer"
    third = FakeScreen("tv", QRect(2880, 0, 1920, 1080))
    screens.set_screens([LAPTOP, BEAMER, third])
    running.window.projector_next_screen_action.trigger()
    assert running.projector.screen.name() == "tv"
    assert running.store.get_setting("projector_screen") == "tv"


def test_single_screen_gives_a_normal_window(running, screens):
    screens.set_screens([LAPTOP])
    running.window.projector_action.setChecked(True)
    assert running.projector.screen is None
    assert not projector(running).isFullScreen()


def test_digits_readable_at_distance(running, clock, qtbot):
    running.window.projector_action.setChecked(True)
    p = projector(running)
    for size in ((1280, 720), (1920, 1080), (1024, 768), (800, 600)):
        p.resize(*size)
        qtbot.wait(1)
        assert p.countdown_label.font().pixelSize() >= 0.25 * p.height(), size
        # and the widest text still fits the window
        assert p.countdown_label.fontMetrics().horizontalAdvance("+88:88") <= p.width()


def test_projector_content_levels_and_cues(running, clock, qtbot):
    running.window.projector_action.setChecked(True)
    p = projector(running)
    p.resize(1280, 720)
    assert p.countdown_label.text() == "5:00"
    assert p.item_label.text() == "Punkt 1 · Velkomst og præsentationsrunde"
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    tick(running, clock, 4 * 60 + 30)
    assert p.countdown_label.text() == "0:30"
    assert p.badge_label.text() == "◔ Sidste minut"
    assert colour_at(p) == AMBER.upper()
    tick(running, clock, 90)
    assert p.countdown_label.text() == "+1:00"
    assert p.badge_label.text() == "⚠ Over tid"
    assert not p.caption_label.isVisibleTo(p)  # "over tid" again would be doubled
    assert colour_at(p) == RED.upper()


def test_reflection_questions_spiral_speakers_and_no_notes(running, clock, qtbot):
    running.window.projector_action.setChecked(True)
    p = projector(running)
    session = running.current.session
    item4 = session.meeting.agenda[3]
    session.meeting.add_note("Hemmelig note om Peter", item=item4.id)
    session.runner.jump(item4.id, item4.phases[0].id)  # individual reflection
    assert p.phase_label.text() == "Individuel refleksion"
    assert "Hvad bliver du optaget af?" in p.questions_label.text()
    assert p.questions_label.isVisible()
    session.runner.jump(item4.id, item4.phases[1].id)  # spiral round
    assert p.speakers_label.isVisible() and not p.questions_label.isVisible()
    p.set_speakers("Anna", "Bo")
    assert p.speakers_label.text() == "Ordet har: Anna   ·   Næste: Bo"
    texts = " ".join(lbl.text() for lbl in p.findChildren(QLabel))
    assert "Hemmelig" not in texts


def test_theme_toggle(running, qtbot):
    running.window.projector_action.setChecked(True)
    p = projector(running)
    assert colour_at(p) == "#000000"
    running.window.projector_theme_action.trigger()
    assert colour_at(p) == "#FFFFFF"
    assert running.store.get_setting("projector_theme") == "light"


def test_reflection_questions_are_large_on_the_projector(running, clock, qtbot):
    """In silent reflection the room reads the questions: they grow; other phases keep them
    as a smaller prompt."""
    running.window.projector_action.setChecked(True)
    p = projector(running)
    p.resize(1920, 1080)
    runner = running.current.session.runner
    runner.jump(running.current.session.meeting.agenda[3].id)  # item 4 opens with reflection
    tick(running, clock, 1)
    assert p.questions_label.isVisibleTo(p)
    assert "Hvad bliver du optaget af?" in p.questions_label.text()
    assert p.questions_label.font().pixelSize() >= 0.055 * 1080
    runner.jump(running.current.session.meeting.agenda[5].id)  # evaluation: a prompt
    tick(running, clock, 1)
    assert "Hvad fungerede godt?" in p.questions_label.text()
    assert p.questions_label.font().pixelSize() <= 0.045 * 1080


def test_f5_keeps_the_keyboard_and_clicker_keys_blank_the_projector(running, clock, qtbot):
    """In the assembled window: F5 shows the projector without taking the focus; B blanks it
    when the focus is not in a text field, and is a letter in the note field."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    w = running.window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    before = QApplication.focusWidget()
    qtbot.keyClick(w, Qt.Key.Key_F5)
    p = projector(running)
    assert p.isVisible()
    assert QApplication.activeWindow() is w and QApplication.focusWidget() is before
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_B)
    assert running.projector.blank and colour_at(p, p.width() // 2, p.height() // 2) == "#000000"
    qtbot.keyClick(w, Qt.Key.Key_Period)
    assert not running.projector.blank
    note = next(e for e in w.findChildren(QPlainTextEdit) if e.isVisible())
    note.setFocus()
    qtbot.keyClicks(note, "b.")
    assert not running.projector.blank and note.toPlainText().endswith("b.")


def test_message_and_clock_from_the_view_menu(running, dialogs, qtbot):
    w = running.window
    w.projector_action.setChecked(True)
    p = projector(running)
    w.projector_round_off_action.trigger()
    assert p.message_label.isVisibleTo(p) and p.message_label.text() == "Afrund venligst"
    dialogs.answers["text"] = "Kaffe om 5 minutter"
    w.projector_message_action.trigger()
    assert p.message_label.text() == "Kaffe om 5 minutter"
    w.projector_clear_message_action.trigger()
    assert not p.message_label.isVisibleTo(p)
    w.projector_clock_action.setChecked(True)
    assert p.clock_label.isVisibleTo(p) and p.clock_label.text() == "13.00"
