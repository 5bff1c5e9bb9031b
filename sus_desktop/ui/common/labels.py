"""Danish names for core enums and states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the start screen uses these labels before the core is loaded
    from sus_desktop.core.agenda import Mode


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def mode_label(mode: Mode | None) -> str:
    from sus_desktop.core.agenda import Mode

    return {
        Mode.PRESENTATION: tr("Oplæg"),
        Mode.ROUND: tr("Runde"),
        Mode.REFLECTION: tr("Individuel refleksion"),
        Mode.SPIRAL: tr("Spiralsamtale"),
        Mode.DIALOGUE: tr("Dialog"),
        Mode.DECISION: tr("Beslutning"),
        Mode.EVALUATION: tr("Evaluering"),
        Mode.BREAK: tr("Pause"),
    }.get(mode, "")


def schedule_state(state: str) -> str:
    return {
        "done": tr("✓ Færdig"),
        "running": tr("▶ I gang"),
        "paused": tr("⏸ På pause"),
        "next": tr("→ Næste"),
        "pending": "",
    }.get(state, state)


def meeting_state(state: str | None) -> str:
    return {
        "ny": tr("Ikke startet"), "i gang": tr("I gang"), "pause": tr("På pause"),
        "afsluttet": tr("Afsluttet"),
        "planned": tr("Planlagt"), "new": tr("Planlagt"), "draft": tr("Planlagt"),
        "running": tr("I gang"), "paused": tr("På pause"), "started": tr("I gang"),
        "finished": tr("Afsluttet"), "done": tr("Afsluttet"),
    }.get(state or "", state or "")
