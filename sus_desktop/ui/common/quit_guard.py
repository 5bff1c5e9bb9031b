"""Never quit with unsaved changes without asking.

When the store holds changes it could not write (disk full, folder read-only), closing the
window first retries; if that fails too, it asks: save the meeting as a file elsewhere
(another folder, a USB stick), quit anyway, or cancel. Quitting anyway first puts an
emergency copy in the temp folder and says where. The questions go through `Dialogs`, so
tests answer them with a fake.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sus_desktop.core.meeting import Meeting

log = logging.getLogger(__name__)

SAVE, QUIT, CANCEL = "save", "quit", "cancel"


class QuitGuard:
    def __init__(
        self,
        store,
        dialogs,
        meeting: Callable[[], Meeting | None],
        temp_dir: Callable[[], str] = tempfile.gettempdir,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.store, self.dialogs, self.meeting = store, dialogs, meeting
        self.temp_dir, self.now = temp_dir, now
        self.emergency_copy: Path | None = None  # where the last emergency copy went

    @classmethod
    def for_controller(cls, controller, **kwargs) -> QuitGuard:
        return cls(
            controller.store,
            controller.dialogs,
            lambda: controller.current.session.meeting if controller.current else None,
            **kwargs,
        )

    def unsaved(self) -> bool:
        return not self.store.healthy or bool(self.store.pending)

    def may_quit(self) -> bool:
        """True when nothing is unsaved, or the user chose what happens to it."""
        if not self.unsaved():
            return True
        try:
            self.store.retry()
        except Exception:
            log.exception("retry before quitting failed")
        if not self.unsaved():
            return True
        meeting = self.meeting()
        while True:
            choice = self.dialogs.ask_unsaved_quit(
                QCoreApplication.translate("QuitGuard", "Ikke gemt"),
                self._question(meeting is not None),
                meeting is not None,
            )
            if choice == SAVE and meeting is not None:
                if self._save_elsewhere(meeting):
                    return True
            elif choice == QUIT:
                return self._quit_anyway(meeting)
            else:
                return False

    def _question(self, can_save: bool) -> str:
        problem = self.store.problem or ""
        text = (
            QCoreApplication.translate(
                "QuitGuard",
                "Noget af det, du har skrevet, er ikke gemt i SUS Desktops datamappe. %1",
            )
            .replace("%1", problem)
            .strip()
        )
        if can_save:
            text += "\n\n" + QCoreApplication.translate(
                "QuitGuard",
                "Gem mødet som en fil et andet sted – i en anden mappe eller på en "
                "USB-nøgle – før du afslutter. Afslutter du alligevel, lægges en nødkopi i den "
                "midlertidige mappe.",
            )
        else:
            text += "\n\n" + QCoreApplication.translate(
                "QuitGuard", "Afslutter du nu, går disse ændringer tabt."
            )
        return text

    def _save_elsewhere(self, meeting: Meeting) -> bool:
        from sus_desktop.storage.meetingfile import (
            MeetingFileError,
            export_meeting,
            suggested_file_name,
        )

        path = self.dialogs.save_meeting_path(
            suggested_file_name(meeting.info.school, meeting.info.date)
        )
        if path is None:
            return False  # back to the question
        try:
            export_meeting(meeting, path)
        except MeetingFileError as exc:
            self.dialogs.error(
                QCoreApplication.translate("QuitGuard", "Mødefilen kunne ikke gemmes"), str(exc)
            )
            return False
        return True

    def _quit_anyway(self, meeting: Meeting | None) -> bool:
        if meeting is None:
            return True
        from sus_desktop.storage.meetingfile import MeetingFileError

        try:
            path = self.write_emergency_copy(meeting)
        except MeetingFileError as exc:
            return self.dialogs.confirm(
                QCoreApplication.translate("QuitGuard", "Nødkopien kunne ikke gemmes"),
                QCoreApplication.translate(
                    "QuitGuard",
                    "Heller ikke en nødkopi i den midlertidige mappe kunne gemmes: "
                    "%1\n\nAfslutter du nu, går det, der ikke er gemt, tabt.",
                ).replace("%1", str(exc)),
                QCoreApplication.translate("QuitGuard", "Afslut alligevel"),
            )
        self.dialogs.info(
            QCoreApplication.translate("QuitGuard", "Nødkopi gemt"),
            QCoreApplication.translate(
                "QuitGuard",
                "En nødkopi af mødet er gemt her:\n\n%1\n\nFlyt den til et sikkert "
                "sted: den midlertidige mappe kan blive tømt. Du åbner den med Filer → Åbn "
                "mødefil…",
            ).replace("%1", str(path)),
        )
        return True

    def write_emergency_copy(self, meeting: Meeting) -> Path:
        from sus_desktop.storage.meetingfile import (
            MeetingFileError,
            export_meeting,
            suggested_file_name,
        )

        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.now()))
        try:
            folder = Path(self.temp_dir())
        except OSError as exc:  # gettempdir() finds no usable folder
            raise MeetingFileError(str(exc)) from exc
        name = suggested_file_name(
            meeting.info.school, meeting.info.date, prefix=f"sus-nødkopi-{stamp}"
        )
        path = folder / name
        n = 1
        while path.exists():
            n += 1
            path = folder / name.replace(".sus.json", f"-{n}.sus.json")
        self.emergency_copy = export_meeting(meeting, path)
        return self.emergency_copy
