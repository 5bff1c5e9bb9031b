"""A push button that Enter and Space press once it has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton


class KeyButton(QPushButton):
    """A button that a keyboard user presses with Enter or Space once it has the focus.

    The run view binds bare Enter (back to the note field) and Space (start/pause) as window
    shortcuts while the focus is not in a text field, and a shortcut is matched before the
    focused widget sees the key; a focused button claims the keys at ShortcutOverride, as a
    text field does for its letters. Enter with a modifier, or elsewhere, is left alone."""

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)

    def event(self, e) -> bool:
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and e.key() in self._KEYS
            and not (e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if self.isEnabled():
                self.animateClick()
            e.accept()
            return
        super().keyPressEvent(e)
