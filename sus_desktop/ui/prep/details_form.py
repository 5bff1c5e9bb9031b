"""Meeting details: school, date, times, place, theme, learning focus."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
)

from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import SetInfo
from sus_desktop.ui.common import fmt
from sus_desktop.ui.session import MeetingSession


class DetailsForm(QGroupBox):
    """Edits go to the meeting when a field is left; meeting changes refill the fields."""

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(self.tr("Mødet"), parent)
        self.session = session
        self.school = QLineEdit(objectName="school_edit")
        self.date = QDateEdit(objectName="date_edit")
        self.date.setCalendarPopup(True)
        self.date.setLocale(fmt.locale())
        self.date.setDisplayFormat("d. MMMM yyyy")
        self.start = QTimeEdit(objectName="start_edit")
        self.start.setDisplayFormat("HH.mm")
        self.end = QTimeEdit(objectName="end_edit")
        self.end.setDisplayFormat("HH.mm")
        self.location = QLineEdit(objectName="location_edit")
        self.theme = QLineEdit(objectName="theme_edit")
        self.focus = QPlainTextEdit(objectName="focus_edit")
        self.focus.setPlaceholderText(self.tr("Formulér læringsfokus gerne som et spørgsmål"))
        self.focus.setTabChangesFocus(True)
        self.focus.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("Skole:"), self.school)
        form.addRow(self.tr("Dato:"), self.date)
        form.addRow(self.tr("Starttid:"), self.start)
        form.addRow(self.tr("Sluttid (tid til rådighed):"), self.end)
        form.addRow(self.tr("Sted:"), self.location)
        form.addRow(self.tr("Tema:"), self.theme)
        form.addRow(self.tr("Læringsfokus:"), self.focus)
        self._filling = False
        self.fill()
        # Every keystroke is a command (and durable at once), not only when the field is left.
        for edit, key in (
            (self.school, "school"),
            (self.location, "location"),
            (self.theme, "theme"),
        ):
            edit.textEdited.connect(lambda text, k=key: self._commit(k, text))
            edit.editingFinished.connect(lambda e=edit, k=key: self._commit(k, e.text()))
        self.date.dateChanged.connect(lambda d: self._commit("date", d.toString("yyyy-MM-dd")))
        self.start.timeChanged.connect(lambda t: self._commit("start_time", t.toString("HH:mm")))
        self.end.timeChanged.connect(lambda t: self._commit("end_time", t.toString("HH:mm")))
        self.focus.textChanged.connect(
            lambda: self._commit("learning_focus", self.focus.toPlainText())
        )
        session.changed.connect(self._on_changed)

    def _commit(self, key: str, value: str) -> None:
        if self._filling or getattr(self.session.meeting.info, key) == value:
            return
        self._filling = True  # the meeting echoes the change back; do not refill mid-typing
        try:
            self.session.execute(SetInfo(fields={key: value}))
        finally:
            self._filling = False

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.has(ChangeKind.INFO) and not self._filling:
            self.fill()

    def fill(self) -> None:
        info = self.session.meeting.info
        self._filling = True
        try:
            for edit, value in (
                (self.school, info.school),
                (self.location, info.location),
                (self.theme, info.theme),
            ):
                if edit.text() != value:
                    edit.setText(value)
            d = QDate.fromString(info.date, "yyyy-MM-dd")
            self.date.setDate(d if d.isValid() else QDate.currentDate())
            self.start.setTime(_time(info.start_time) or QTime(13, 0))
            end = _time(info.end_time)
            if end is None:
                total = int(sum(i.minutes for i in self.session.meeting.agenda))
                end = self.start.time().addSecs(total * 60)
            self.end.setTime(end)
            if self.focus.toPlainText() != info.learning_focus:
                self.focus.setPlainText(info.learning_focus)
        finally:
            self._filling = False


def _time(text: str) -> QTime | None:
    t = QTime.fromString((text or "").replace(".", ":"), "HH:mm")
    return t if t.isValid() else None
