"""The note panel's keys as actions of the panel: Ctrl+1…9 pick a present participant, Ctrl+0
clears the pick, Ctrl+B / Ctrl+H / Ctrl+E mark the next note as Beslutning / Handling /
Evaluering (again: back to Note).

As QActions scoped to the panel (Qt.WidgetWithChildrenShortcut) they are visible to the
key-owner test (tests/test_keys_owners.py): a window action on the same key would make
both ambiguous, which is how Ctrl+1 once switched tabs from inside a note.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from sus_desktop.core.meeting import NoteKind

KIND_KEYS = (
    ("Ctrl+B", NoteKind.DECISION),
    ("Ctrl+H", NoteKind.ACTION),
    ("Ctrl+E", NoteKind.EVALUATION),
)


def install_note_keys(panel) -> list[QAction]:
    actions: list[QAction] = []

    def add(text: str, key: str, slot) -> None:
        a = QAction(text, panel)
        a.setShortcuts([QKeySequence(key)])
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.setAutoRepeat(False)
        a.triggered.connect(slot)
        panel.addAction(a)
        actions.append(a)

    for n in range(1, 10):
        add(
            QCoreApplication.translate("NotePanel", "Tilskriv deltager %1").replace("%1", str(n)),
            f"Ctrl+{n}",
            lambda _=False, n=n: _pick(panel, n),
        )
    add(
        QCoreApplication.translate("NotePanel", "Ingen deltager"),
        "Ctrl+0",
        lambda _=False: panel.pick(None),
    )
    names = {
        NoteKind.DECISION: QCoreApplication.translate("NotePanel", "Næste note er en beslutning"),
        NoteKind.ACTION: QCoreApplication.translate("NotePanel", "Næste note er en handling"),
        NoteKind.EVALUATION: QCoreApplication.translate("NotePanel", "Næste note er en evaluering"),
    }
    for key, kind in KIND_KEYS:
        add(
            names[kind],
            key,
            lambda _=False, k=kind: panel.set_kind(NoteKind.NOTE if panel.kind == k else k),
        )
    return actions


def _pick(panel, n: int) -> None:
    """A number with nobody behind it picks nobody new (and the key is still the panel's)."""
    panel.capture.pick_by_index(n)
    panel.refresh_attribution()


def trigger_for(actions: list[QAction], combo) -> bool:
    """Run the action a key press names (when the window was not active for the shortcut)."""
    seq = QKeySequence(combo)
    for a in actions:
        if a.isEnabled() and any(seq == k for k in a.shortcuts()):
            a.trigger()
            return True
    return False
