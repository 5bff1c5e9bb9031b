"""Shared fixtures for the UI tests: a real store in a temp folder, a fake clock, two fake
screens and dialogs that answer without a human."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from sus_desktop.ui.projector.screens import FakeScreen, FakeScreenProvider


class FakeDialogs:
    def __init__(self) -> None:
        self.answers: dict[str, object] = {"confirm": True}
        self.errors: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.infos: list[tuple[str, str]] = []

    def confirm(self, title, text, yes) -> bool:
        self.confirms.append(text)
        return bool(self.answers.get("confirm"))

    def choose(self, title, text, choices):
        self.confirms.append(text)
        return self.answers.get("choose", 0)

    def error(self, title, text) -> None:
        self.errors.append((title, text))

    def info(self, title, text) -> None:
        self.infos.append((title, text))

    def open_meeting_path(self):
        return self.answers.get("open_path")

    def save_meeting_path(self, suggested):
        return self.answers.get("save_path")

    def ask_text(self, title, label, text=""):
        return self.answers.get("text")


LAPTOP = FakeScreen("laptop", QRect(0, 0, 1600, 900))
BEAMER = FakeScreen("beamer", QRect(1600, 0, 1280, 720))


@pytest.fixture
def store(tmp_path):
    from sus_desktop.storage.store import Store

    s = Store(tmp_path / "store.sqlite3")
    yield s
    close = getattr(s, "close", None)
    if close:
        close()


@pytest.fixture
def screens():
    return FakeScreenProvider([LAPTOP, BEAMER])


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def app_ctl(qtbot, store, clock, screens, dialogs):
    from sus_desktop.ui.app import build_main_window

    ctl = build_main_window(store, clock, screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.window.show()
    yield ctl
    ctl.shutdown()


@pytest.fixture
def running(app_ctl, clock):
    """A new meeting from the built-in agenda, at its planned start, on the run tab."""
    app_ctl.new_meeting("")
    runner = app_ctl.current.session.runner
    clock.set(runner.planned_start())
    app_ctl._show_tab(1)
    return app_ctl


def tick(ctl, clock, seconds: float = 0) -> None:
    clock.advance(seconds)
    ctl.current.session.tick.emit()


def colour_at(widget, x=6, y=6) -> str:
    return widget.grab().toImage().pixelColor(x, y).name().upper()
