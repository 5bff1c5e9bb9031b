"""The run commands as QActions, with keys that never steal typing.

Each command has a bare key (Space, Right/PageDown, Left/PageUp, +, −) and a Ctrl variant.
The Ctrl variant always works while a meeting is open. The bare keys are bound only while
the run view is shown and the keyboard focus is not in a text input or a list: when the
minute-taker types in a note, a space is a space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

K = Qt.Key
M = Qt.KeyboardModifier


def _seq(key, mod=None) -> QKeySequence:
    return QKeySequence(key if mod is None else (mod | key))


def is_text_input(w: QWidget | None) -> bool:
    """Would a bare key typed here be text (or list navigation) rather than a command?"""
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
        self.toggle = self._make(self.tr("Start/pause"), [_seq(K.Key_Space)],
                                 [_seq(K.Key_Space, M.ControlModifier)], "media-playback-start")
        self.next = self._make(self.tr("Næste fase"), [_seq(K.Key_Right), _seq(K.Key_PageDown)],
                               [_seq(K.Key_Right, M.ControlModifier)], "go-next")
        self.previous = self._make(self.tr("Tilbage"), [_seq(K.Key_Left), _seq(K.Key_PageUp)],
                                   [_seq(K.Key_Left, M.ControlModifier)], "go-previous")
        self.next_item = self._make(self.tr("Næste punkt"), [],
                                    [_seq(K.Key_Right, M.ControlModifier | M.ShiftModifier)], "go-last")
        self.plus = self._make(self.tr("+1 minut"), [_seq(K.Key_Plus)],
                               [_seq(K.Key_Plus, M.ControlModifier)], "list-add")
        self.minus = self._make(self.tr("−1 minut"), [_seq(K.Key_Minus)],
                                [_seq(K.Key_Minus, M.ControlModifier)], "list-remove")
        self.rebalance = self._make(self.tr("Genberegn resten…"), [],
                                    [_seq(K.Key_R, M.ControlModifier)], None)
        self.finish = self._make(self.tr("Afslut mødet"), [], [], "process-stop")
        self.all = [self.toggle, self.next, self.previous, self.next_item, self.plus,
                    self.minus, self.rebalance, self.finish]
        for a in self.all:
            parent.addAction(a)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        app.installEventFilter(self)
        self._apply()

    def _make(self, text, bare, always, icon) -> QAction:
        a = QAction(text, self)
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.setAutoRepeat(False)
        self._keys[a] = (bare, always)
        return a

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Text fields claim Ctrl+Left/Right (word jumps) before shortcuts see them; the
        Ctrl variants of the run commands must always win while a meeting is open."""
        if event.type() == QEvent.Type.ShortcutOverride and self.toggle.isEnabled():
            combo = QKeySequence(event.keyCombination())
            if any(combo == k for _bare, always in self._keys.values() for k in always):
                if isinstance(obj, QWidget) and obj.window() is self._window:
                    event.ignore()
                    return True
        return False

    def set_bare_keys_allowed(self, allowed: bool) -> None:
        self._bare_allowed = allowed
        self._apply()

    def bare_keys_active(self) -> bool:
        return self._bare_allowed and not is_text_input(QApplication.focusWidget())

    def _on_focus_changed(self, _old, _new) -> None:
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
