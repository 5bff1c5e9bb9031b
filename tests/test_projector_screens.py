"""Where the projector goes, given the screens (fake ones: offscreen Qt has a single screen),
and that showing it never takes the keyboard from the facilitator's window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from sus_desktop.ui.common.settings import Settings
from sus_desktop.ui.projector.projector_controller import ProjectorController
from sus_desktop.ui.projector.screens import (
    FakeScreen,
    FakeScreenProvider,
    choose_screen,
    next_screen,
)

LAPTOP = FakeScreen("laptop", QRect(0, 0, 1280, 800))
BEAMER = FakeScreen("beamer", QRect(1280, 0, 1920, 1080))
TV = FakeScreen("tv", QRect(3200, 0, 1920, 1080))


class DictStore:
    def __init__(self, **values) -> None:
        self.values = dict(values)

    def get_setting(self, key, default=None):
        return self.values.get(key, default)

    def set_setting(self, key, value) -> None:
        self.values[key] = value


@pytest.fixture
def main(qtbot):
    w = QMainWindow()
    w.setCentralWidget(QLineEdit(objectName="note"))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.centralWidget().setFocus()
    return w


@pytest.fixture
def make(qtbot, main):
    made = []

    def build(screens, **settings):
        provider = FakeScreenProvider(screens)
        ctl = ProjectorController(provider, Settings(DictStore(**settings)))
        ctl.bind_window(main)
        made.append(ctl)
        return ctl, provider

    yield build
    for ctl in made:
        ctl.close()


# --- the choice itself -------------------------------------------------------------------
def test_never_the_facilitators_screen():
    assert choose_screen([LAPTOP, BEAMER], LAPTOP, avoid=LAPTOP) is BEAMER
    # the projector is the primary screen and the facilitator's window is on the laptop
    assert choose_screen([BEAMER, LAPTOP], BEAMER, avoid=LAPTOP) is BEAMER
    # the remembered screen wins, unless the facilitator's window is on it
    assert choose_screen([LAPTOP, BEAMER, TV], LAPTOP, "tv", avoid=LAPTOP) is TV
    assert choose_screen([LAPTOP, BEAMER, TV], LAPTOP, "tv", avoid=TV) is BEAMER
    # one screen: a normal window
    assert choose_screen([LAPTOP], LAPTOP, "beamer", avoid=LAPTOP) is None


def test_next_screen_cycles_other_screens_then_a_window():
    screens = [LAPTOP, BEAMER, TV]
    assert next_screen(screens, None, avoid=LAPTOP) is BEAMER
    assert next_screen(screens, BEAMER, avoid=LAPTOP) is TV
    assert next_screen(screens, TV, avoid=LAPTOP) is None


# --- the controller with screens coming and going ---------------------------------------
def test_f5_goes_fullscreen_on_the_other_screen(make):
    ctl, _provider = make([LAPTOP, BEAMER])
    ctl.show()
    assert ctl.screen is BEAMER
    assert ctl.window.isVisible() and ctl.window.geometry() == BEAMER.geometry()


def test_facilitator_on_the_primary_projector_screen(make):
    """The laptop is not always the primary screen: the window's own screen counts."""
    ctl, provider = make([BEAMER, LAPTOP])  # BEAMER is primary
    provider.window_screen_name = "beamer"  # and the facilitator dragged the window there
    ctl.show()
    assert ctl.screen is LAPTOP


def test_remembered_screen_is_preferred(make):
    ctl, _provider = make([LAPTOP, BEAMER, TV], projector_screen="tv")
    ctl.show()
    assert ctl.screen is TV
    assert ctl.window.geometry() == TV.geometry()


def test_plug_in_mid_meeting_moves_the_window_to_the_projector(make):
    ctl, provider = make([LAPTOP])
    ctl.show()
    assert ctl.screen is None
    w = ctl.window
    assert w.isVisible() and not w.isFullScreen()
    assert w.width() <= 960 and LAPTOP.geometry().contains(w.geometry())
    provider.set_screens([LAPTOP, BEAMER])  # the projector is plugged in
    assert ctl.screen is BEAMER and w.geometry() == BEAMER.geometry()


def test_unplug_brings_back_a_window_not_covering_the_laptop(make):
    ctl, provider = make([LAPTOP, BEAMER])
    ctl.show()
    provider.set_screens([LAPTOP])  # the cable is pulled
    w = ctl.window
    assert ctl.screen is None and w.isVisible() and not w.isFullScreen()
    assert LAPTOP.geometry().contains(w.geometry())
    assert w.width() <= LAPTOP.geometry().width() // 2
    assert w.height() <= LAPTOP.geometry().height() // 2


def test_a_window_moved_by_the_user_stays_when_nothing_changes_for_it(make):
    ctl, provider = make([LAPTOP])
    ctl.show()
    ctl.window.setGeometry(10, 10, 500, 300)
    provider.set_screens([LAPTOP])  # e.g. the primary screen changed: still one screen
    assert ctl.window.geometry() == QRect(10, 10, 500, 300)


def test_hidden_projector_stays_hidden_when_a_screen_arrives(make):
    ctl, provider = make([LAPTOP])
    provider.set_screens([LAPTOP, BEAMER])
    assert ctl._window is None or not ctl._window.isVisible()


def test_next_screen_action_saves_the_choice(make):
    ctl, _provider = make([LAPTOP, BEAMER, TV])
    ctl.show()
    ctl.move_to_next_screen()
    assert ctl.screen is TV
    assert ctl.settings.get("projector_screen") == "tv"
    ctl.move_to_next_screen()
    assert ctl.screen is None and not ctl.window.isFullScreen()


# --- focus ------------------------------------------------------------------------------
def test_showing_the_projector_keeps_the_keyboard_in_the_main_window(make, main, qtbot):
    note = main.centralWidget()
    assert QApplication.focusWidget() is note
    for screens in ([LAPTOP, BEAMER], [LAPTOP]):
        ctl, _provider = make(screens)
        ctl.show()
        qtbot.wait(20)
        assert ctl.window.isVisible()
        assert QApplication.activeWindow() is main
        assert QApplication.focusWidget() is note
        qtbot.keyClicks(note, "ok")  # typing still lands in the note
        assert note.text().endswith("ok")
        ctl.hide()
    assert ctl.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert ctl.window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
