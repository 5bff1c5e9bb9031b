"""The run commands as QActions, with keys that never steal typing.

Each command has a bare key (Space, Right, Left, +, −) and a Ctrl variant. The Ctrl variant
always works while a meeting is open. The bare keys are bound only while the run view is
shown and the keyboard focus is not in a text input or a list: when the minute-taker types
in a note, a space is a space. A presenter clicker's PageUp/PageDown work on the run view
wherever the focus is (in a note they would only scroll three lines). Escape in a text field
of the run view hands the keys back to the clock; `keys_state` says which it is
("clock", "typing" or "" when no meeting is on the run view).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def _keys(*portable: str) -> list[QKeySequence]:
    # Portable key names rather than Qt.Key values: the start screen then never loads the
    # Qt namespace, whose hundred-odd enums cost tens of milliseconds at start-up.
    return [QKeySequence(k) for k in portable]


def is_text_input(w: QWidget | None) -> bool:
    """Would a bare key typed here be text (or list navigation) rather than a command?"""
    if w is None:
        return False  # (before any import: asked at start-up, with nothing focused yet)
    # By Qt class name (QObject.inherits), not isinstance: each PySide6 class named here
    # would be set up at the first focus change (~1 ms for the seven), most never shown.
    while w is not None:
        if w.inherits("QLineEdit") or w.inherits("QTextEdit") or w.inherits("QPlainTextEdit"):
            return not w.property("readOnly")
        if w.inherits("QAbstractSpinBox"):
            return True
        if w.inherits("QComboBox"):
            return bool(w.property("editable"))
        if w.inherits("QAbstractItemView"):
            return True
        if w.inherits("QAbstractButton") or w.inherits("QTabBar"):
            return False  # a button or a tab takes no text (and the Qt namespace stays unloaded)
        from PySide6.QtCore import Qt  # the Qt namespace: only for an unknown kind of widget

        if w.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            return True
        proxy = w.focusProxy()
        if proxy is None or proxy is w:
            return False
        w = proxy
    return False


def key_text(seq: QKeySequence) -> str:
    """A key as the user reads it, in the UI language (Qt's own Danish leaves "PgDown")."""
    text = seq.toString(QKeySequence.SequenceFormat.NativeText)
    return text.replace("PgDown", QCoreApplication.translate("RunActions", "Side ned")).replace(
        "PgUp", QCoreApplication.translate("RunActions", "Side op")
    )


CLOCK, TYPING = "clock", "typing"


def _escape_key():
    from PySide6.QtCore import Qt  # not at module level: see _keys

    return Qt.Key.Key_Escape


class RunActions(QObject):
    keys_state_changed = Signal(str)  # CLOCK, TYPING or "" (see the module's docstring)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._run_state: tuple[bool, bool, bool] | None = None
        self._window = parent
        self._bare_allowed = False
        self.keys_state = ""
        self._keys: dict[QAction, tuple[list[QKeySequence], list[QKeySequence]]] = {}
        self._clicker: dict[QAction, list[QKeySequence]] = {}
        self.toggle = self._make(self.tr("Start/pause"), _keys("Space"), _keys("Ctrl+Space"))
        self.next = self._make(
            self.tr("Næste fase"), _keys("Right"), _keys("Ctrl+Right"), clicker=_keys("PgDown")
        )
        self.previous = self._make(
            self.tr("Forrige fase"), _keys("Left"), _keys("Ctrl+Left"), clicker=_keys("PgUp")
        )
        self.next_item = self._make(self.tr("Næste punkt"), [], _keys("Ctrl+Shift+Right"))
        self.plus = self._make(self.tr("+1 minut"), _keys("+"), _keys("Ctrl++"))
        self.minus = self._make(self.tr("−1 minut"), _keys("-"), _keys("Ctrl+-"))
        self.rebalance = self._make(self.tr("Genberegn resten…"), [], _keys("Ctrl+R"))
        self.finish = self._make(self.tr("Afslut mødet"), [], [])
        # Enter, with the keys on the clock, goes back into the note field (Escape leaves it).
        self.write_note = self._make(self.tr("Skriv en note"), _keys("Return", "Enter"), [])
        self.all = [
            self.toggle,
            self.next,
            self.previous,
            self.next_item,
            self.plus,
            self.minus,
            self.rebalance,
            self.finish,
            self.write_note,
        ]
        for a in self.all:
            parent.addAction(a)
        # Only the focus widget is watched: ShortcutOverride goes to it, and an
        # application-wide filter would route every event of the process through Python.
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._watch(QApplication.focusWidget())
        self._apply()

    def _make(self, text, bare, always, clicker=()) -> QAction:
        a = QAction(text, self)  # the default shortcut context is the window
        a.setAutoRepeat(False)
        self._keys[a] = (bare, always)
        self._clicker[a] = list(clicker)
        return a

    def eventFilter(self, obj, event) -> bool:
        """Text fields claim Ctrl+Left/Right (word jumps) and PageUp/PageDown before shortcuts
        see them; the Ctrl variants and the clicker keys must win while a meeting is open.
        Escape in a text field of the run view gives the keys back to the clock."""
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self.toggle.isEnabled():
            combo = QKeySequence(event.keyCombination())
            owned = [k for _bare, always in self._keys.values() for k in always]
            if self._bare_allowed:
                owned += [k for keys in self._clicker.values() for k in keys]
            if any(combo == k for k in owned):
                event.ignore()
                return True
        elif (
            kind == QEvent.Type.KeyPress
            and self._bare_allowed
            and self.toggle.isEnabled()
            and event.key() == _escape_key()
            and not event.modifiers()
            and QApplication.activePopupWidget() is None
            and is_text_input(obj)
        ):
            self._window.setFocus()
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
            clicker = self._clicker[a] if self._bare_allowed else []
            keys = (bare + clicker + always) if bare_on else (clicker + always)
            if list(a.shortcuts()) != keys:
                a.setShortcuts(keys)
            hint = " · ".join(key_text(k) for k in bare + self._clicker[a] + always)
            a.setToolTip(f"{a.text()} ({hint})" if hint else a.text())
        state = (
            ""
            if not (self._bare_allowed and self.toggle.isEnabled())
            else (CLOCK if bare_on else TYPING)
        )
        if state != self.keys_state:
            self.keys_state = state
            self.keys_state_changed.emit(state)

    def set_running(self, running: bool, started: bool, finished: bool) -> None:
        # Asked at every repaint: only a change of the run state touches the actions.
        if (running, started, finished) == self._run_state:
            return
        self._run_state = (running, started, finished)
        self.toggle.setText(
            self.tr("Pause")
            if running
            else (self.tr("Fortsæt") if started and not finished else self.tr("Start"))
        )
        self.finish.setEnabled(started and not finished)
        self._apply()
