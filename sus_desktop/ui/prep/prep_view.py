"""The preparation view (layout only): details and participants beside the agenda editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from sus_desktop.ui.prep.agenda_editor import AgendaEditor
from sus_desktop.ui.prep.details_form import DetailsForm
from sus_desktop.ui.prep.participants_view import ParticipantsView
from sus_desktop.ui.session import MeetingSession


class PreparationView(QWidget):
    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preparation_view")
        self.details = DetailsForm(session)
        self.participants = ParticipantsView(session)
        self.agenda = AgendaEditor(session)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.details)
        ll.addWidget(self.participants, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.agenda)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
