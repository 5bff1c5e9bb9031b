"""Which screens there are, behind a small interface so tests can use fake screens.

`QtScreenProvider` follows QGuiApplication.screenAdded/screenRemoved. A screen is anything
with `name()` and `geometry()` (QScreen has both).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication


class ScreenProvider(QObject):
    screens_changed = Signal()

    def screens(self) -> list:
        raise NotImplementedError

    def primary(self):
        screens = self.screens()
        return screens[0] if screens else None


class QtScreenProvider(ScreenProvider):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        app.screenAdded.connect(lambda _s: self.screens_changed.emit())
        app.screenRemoved.connect(lambda _s: self.screens_changed.emit())
        app.primaryScreenChanged.connect(lambda _s: self.screens_changed.emit())

    def screens(self) -> list:
        return list(QGuiApplication.screens())

    def primary(self):
        return QGuiApplication.primaryScreen()


class FakeScreen:
    """A stand-in screen for tests and for reasoning about placement."""

    def __init__(self, name: str, rect: QRect) -> None:
        self._name, self._rect = name, rect

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return QRect(self._rect)

    def availableGeometry(self) -> QRect:
        return QRect(self._rect)


class FakeScreenProvider(ScreenProvider):
    def __init__(self, screens: list | None = None, parent=None) -> None:
        super().__init__(parent)
        self._screens = list(screens or [])

    def screens(self) -> list:
        return list(self._screens)

    def set_screens(self, screens: list) -> None:
        self._screens = list(screens)
        self.screens_changed.emit()


def choose_screen(screens: list, primary, preferred_name: str = ""):
    """The projector's screen: the one the user chose if present, else a screen other than
    the primary (the facilitator's laptop), else None (a normal window on the laptop)."""
    if preferred_name:
        for s in screens:
            if s.name() == preferred_name:
                return s
    others = [s for s in screens if primary is None or s.name() != primary.name()]
    return others[0] if others and len(screens) > 1 else None


def next_screen(screens: list, current):
    """The screen after `current` in the list (wrapping), for 'Flyt til næste skærm'."""
    if not screens:
        return None
    names = [s.name() for s in screens]
    if current is None or current.name() not in names:
        return screens[0]
    return screens[(names.index(current.name()) + 1) % len(screens)]
