"""Danish names for core enums and states, translated at the call site's context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the start screen uses these labels before the core is loaded
    from sus_desktop.core.modes import Mode


def mode_label(mode: Mode | str | None) -> str:
    """The mode's label as declared in core/modes.py, translated."""
    from sus_desktop.core.modes import spec

    s = spec(mode)
    return QCoreApplication.translate(s.context, s.label) if s else ""


def mode_hint(mode: Mode | str | None) -> str:
    from sus_desktop.core.modes import spec

    s = spec(mode)
    return QCoreApplication.translate(s.context, s.hint) if s and s.hint else ""


def schedule_state(state: str) -> str:
    return {
        "done": QCoreApplication.translate("labels", "✓ Færdig"),
        "running": QCoreApplication.translate("labels", "▶ I gang"),
        "paused": QCoreApplication.translate("labels", "❚❚ På pause"),
        "next": QCoreApplication.translate("labels", "→ Næste"),
        "pending": "",
    }.get(state, state)


def meeting_state(state: str | None) -> str:
    planned = QCoreApplication.translate("labels", "Planlagt")
    running = QCoreApplication.translate("labels", "I gang")
    paused = QCoreApplication.translate("labels", "På pause")
    finished = QCoreApplication.translate("labels", "Afsluttet")
    return {
        "ny": QCoreApplication.translate("labels", "Ikke startet"),
        "i gang": running,
        "pause": paused,
        "afsluttet": finished,
        "planned": planned,
        "new": planned,
        "draft": planned,
        "running": running,
        "paused": paused,
        "started": running,
        "finished": finished,
        "done": finished,
    }.get(state or "", state or "")
