"""Participants: name, role (combo with the usual roles, free text allowed), present."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from sus_desktop.core.commands import AddParticipant, MoveParticipant, RemoveParticipant
from sus_desktop.core.meeting import ROLES
from sus_desktop.ui.prep.participants_model import ParticipantsModel
from sus_desktop.ui.session import MeetingSession


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(ROLES)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ParticipantsView(QGroupBox):
    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(self.tr("Deltagere"), parent)
        self.session = session
        self.model = ParticipantsModel(session, self)
        self.table = QTableView(objectName="participants_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ParticipantsModel.COL_ROLE, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Tilføj deltager"), objectName="add_participant")
        self.remove_button = QPushButton(self.tr("Fjern"), objectName="remove_participant")
        self.up_button = QPushButton(self.tr("▲ Op"))
        self.down_button = QPushButton(self.tr("▼ Ned"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        rows = self.session.meeting.participants
        return rows[row].id if 0 <= row < len(rows) else None

    def _select(self, pid: str, column: int = 0) -> None:
        for row, p in enumerate(self.session.meeting.participants):
            if p.id == pid:
                self.table.setCurrentIndex(self.model.index(row, column))

    def add(self) -> None:
        p = self.session.execute(AddParticipant(name=self.tr("Ny deltager")))
        self._select(p.id)
        self.table.edit(self.table.currentIndex())

    def remove(self) -> None:
        pid = self._current_id()
        if pid:
            self.session.execute(RemoveParticipant(participant_id=pid))

    def move(self, delta: int) -> None:
        pid = self._current_id()
        if pid:
            row = self.table.currentIndex().row()
            self.session.execute(MoveParticipant(participant_id=pid, index=max(0, row + delta)))
            self._select(pid)
