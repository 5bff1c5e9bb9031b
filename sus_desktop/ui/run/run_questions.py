"""The questions a run key asks before it does something hard to undo, and the command it
then sends: Space far from the planned start offers "start nu" (the plan moves to now);
→ on the last phase asks before it ends the meeting; Space on a finished meeting asks before
it reopens it. Without a dialogs object (tests of the bare view) nothing is asked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sus_desktop.core import danish
from sus_desktop.core.commands import (
    Command,
    NextItem,
    NextPhase,
    StartClock,
    StartNow,
    ToggleClock,
)

FAR_FROM_PLAN = 5 * 60  # a start further than this from the plan offers to move the plan


def toggle_command(runner, now: float, dialogs) -> Command | None:
    if dialogs is None:
        return ToggleClock()
    if runner.finished:
        ok = dialogs.confirm(
            QCoreApplication.translate("RunQuestions", "Mødet er afsluttet"),
            QCoreApplication.translate(
                "RunQuestions", "Mødet er afsluttet. Vil du genåbne det og starte uret igen?"
            ),
            QCoreApplication.translate("RunQuestions", "Genåbn mødet"),
        )
        return ToggleClock() if ok else None
    if not runner.started and abs(now - runner.planned_start()) > FAR_FROM_PLAN:
        planned = runner.planned_start()
        text = (
            QCoreApplication.translate(
                "RunQuestions", "Mødet er planlagt til %1 kl. %2. Flyt planen til nu?"
            )
            .replace("%1", danish.date_text(danish.iso_date(planned)))
            .replace("%2", danish.clock(planned))
        )
        choice = dialogs.choose(
            QCoreApplication.translate("RunQuestions", "Start nu"),
            text,
            [
                QCoreApplication.translate("RunQuestions", "Flyt planen til nu"),
                QCoreApplication.translate("RunQuestions", "Behold planen"),
            ],
        )
        if choice is None:
            return None
        return StartNow() if choice == 0 else StartClock()
    return ToggleClock()


def _ends_meeting(runner, whole_item: bool) -> bool:
    steps, i = runner.steps(), runner.step_index()
    if not runner.started or runner.finished or i < 0:
        return False
    if whole_item:
        return all(s.item.id == steps[i].item.id for s in steps[i:])
    return i == len(steps) - 1


def next_command(runner, dialogs, whole_item: bool = False) -> Command | None:
    cmd = NextItem() if whole_item else NextPhase()
    if dialogs is None or not _ends_meeting(runner, whole_item):
        return cmd
    ok = dialogs.confirm(
        QCoreApplication.translate("RunQuestions", "Afslut mødet"),
        QCoreApplication.translate(
            "RunQuestions", "Det er dagsordenens sidste fase. Vil du afslutte mødet?"
        ),
        QCoreApplication.translate("RunQuestions", "Afslut mødet"),
    )
    return cmd if ok else None
