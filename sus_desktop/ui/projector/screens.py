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

    def screen_of(self, widget):
        """The screen showing most of `widget` (the facilitator's window), else the primary."""
        if widget is None:
            return self.primary()
        return screen_at(self.screens(), widget.frameGeometry().center()) or self.primary()


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

    def screen_of(self, widget):
        screen = widget.screen() if widget is not None else None
        if screen is not None and screen in self.screens():
            return screen
        return super().screen_of(widget)


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
        self.window_screen_name = ""  # tests: where the facilitator's window is ("" = primary)

    def screens(self) -> list:
        return list(self._screens)

    def set_screens(self, screens: list) -> None:
        self._screens = list(screens)
        self.screens_changed.emit()

    def screen_of(self, widget):
        for s in self._screens:
            if s.name() == self.window_screen_name:
                return s
        return self.primary()


def screen_at(screens: list, point):
    for s in screens:
        if s.geometry().contains(point):
            return s
    return None


def choose_screen(screens: list, primary, preferred_name: str = "", avoid=None):
    """The projector's screen, never `avoid` (the screen the facilitator's window is on):
    the one the user chose if present, else a screen other than the primary, else any other
    screen; None when there is no other screen (then it is a normal window on the laptop)."""
    avoid_name = avoid.name() if avoid is not None else (primary.name() if primary else None)
    others = [s for s in screens if s.name() != avoid_name]
    if len(screens) < 2 or not others:
        return None
    for s in others:
        if preferred_name and s.name() == preferred_name:
            return s
    for s in others:
        if primary is None or s.name() != primary.name():
            return s
    return others[0]


def next_screen(screens: list, current, avoid=None):
    """The place after `current` for 'Flyt til næste skærm': each screen other than the
    facilitator's in turn, then a normal window (None), wrapping."""
    avoid_name = avoid.name() if avoid is not None else None
    places = [s for s in screens if s.name() != avoid_name] + [None]
    names = [s.name() if s is not None else None for s in places]
    here = current.name() if current is not None else None
    if here not in names:
        return places[0]
    return places[(names.index(here) + 1) % len(places)]
