"""The run commands as QActions, with keys that never steal typing.

Each command has a bare key (Space, Right/PageDown, Left/PageUp, +, −) and a Ctrl variant.
The Ctrl variant always works while a meeting is open. The bare keys are bound only while
the run view is shown and the keyboard focus is not in a text input or a list: when the
minute-taker types in a note, a space is a space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def _keys(*portable: str) -> list[QKeySequence]:
    # Portable key names rather than Qt.Key values: the start screen then never loads the
    # Qt namespace, whose hundred-odd enums cost tens of milliseconds at start-up.
    return [QKeySequence(k) for k in portable]


def is_text_input(w: QWidget | None) -> bool:
    """Would a bare key typed here be text (or list navigation) rather than a command?"""
    # Imported here, not at module level: see _keys (each Qt class costs time on first use).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QPlainTextEdit, QTextEdit)

    while w is not None:
        if isinstance(w, QLineEdit):
            return not w.isReadOnly()
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            return not w.isReadOnly()
        if isinstance(w, QAbstractSpinBox):
            return True
        if isinstance(w, QComboBox):
            return w.isEditable()
        if isinstance(w, QAbstractItemView):
            return True
        if w.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            return True
        proxy = w.focusProxy()
        if proxy is None or proxy is w:
            return False
        w = proxy
    return False


class RunActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._bare_allowed = False
        self._keys: dict[QAction, tuple[list[QKeySequence], list[QKeySequence]]] = {}
        self.toggle = self._make(self.tr("Start/pause"), _keys("Space"), _keys("Ctrl+Space"))
        self.next = self._make(self.tr("Næste fase"), _keys("Right", "PgDown"),
                               _keys("Ctrl+Right"))
        self.previous = self._make(self.tr("Tilbage"), _keys("Left", "PgUp"), _keys("Ctrl+Left"))
        self.next_item = self._make(self.tr("Næste punkt"), [], _keys("Ctrl+Shift+Right"))
        self.plus = self._make(self.tr("+1 minut"), _keys("+"), _keys("Ctrl++"))
        self.minus = self._make(self.tr("−1 minut"), _keys("-"), _keys("Ctrl+-"))
        self.rebalance = self._make(self.tr("Genberegn resten…"), [], _keys("Ctrl+R"))
        self.finish = self._make(self.tr("Afslut mødet"), [], [])
        self.all = [self.toggle, self.next, self.previous, self.next_item, self.plus,
                    self.minus, self.rebalance, self.finish]
        for a in self.all:
            parent.addAction(a)
        # Only the focus widget is watched: ShortcutOverride goes to it, and an
        # application-wide filter would route every event of the process through Python.
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._watch(QApplication.focusWidget())
        self._apply()

    def _make(self, text, bare, always) -> QAction:
        a = QAction(text, self)  # the default shortcut context is the window
        a.setAutoRepeat(False)
        self._keys[a] = (bare, always)
        return a

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Text fields claim Ctrl+Left/Right (word jumps) before shortcuts see them; the
        Ctrl variants of the run commands must always win while a meeting is open."""
        if event.type() == QEvent.Type.ShortcutOverride and self.toggle.isEnabled():
            combo = QKeySequence(event.keyCombination())
            if any(combo == k for _bare, always in self._keys.values() for k in always):
                event.ignore()
                return True
        return False

    def _watch(self, widget: QWidget | None) -> None:
        old, self._watched = self._watched, None
        if old is not None:
            try:
                old.removeEventFilter(self)
            except RuntimeError:  # the widget is already gone
                pass
        if widget is not None and widget.window() is self._window:
            widget.installEventFilter(self)
            self._watched = widget

    def set_bare_keys_allowed(self, allowed: bool) -> None:
        self._bare_allowed = allowed
        self._apply()

    def bare_keys_active(self) -> bool:
        return self._bare_allowed and not is_text_input(QApplication.focusWidget())

    def _on_focus_changed(self, _old, new) -> None:
        self._watch(new)
        self._apply()

    def _apply(self) -> None:
        bare_on = self.bare_keys_active()
        for a, (bare, always) in self._keys.items():
            keys = (bare + always) if bare_on else always
            if list(a.shortcuts()) != keys:
                a.setShortcuts(keys)
            hint = " · ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                              for k in bare + always)
            a.setToolTip(f"{a.text()} ({hint})" if hint else a.text())

    def set_running(self, running: bool, started: bool, finished: bool) -> None:
        self.toggle.setText(self.tr("Pause") if running else
                            (self.tr("Fortsæt") if started and not finished else self.tr("Start")))
        self.finish.setEnabled(started and not finished)
        self._apply()
