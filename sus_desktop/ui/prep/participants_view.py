"""Participants: name, role (combo with the usual roles, free text allowed), present.

By keyboard: Alt+T (or the button) adds a row and opens its name; Tab goes from Navn to
Rolle; Enter saves the row and starts a new one (or opens the next row's name); Escape on a
new row that was never named removes it. Rows are updated in place by the model, so an open
editor never writes into another participant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
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


class RowDelegate(QStyledItemDelegate):
    """Enter commits the cell and asks for the next row (see the module's docstring)."""

    enter_pressed = Signal()

    def eventFilter(self, editor, event):
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enter_pressed.emit()
            return True
        return super().eventFilter(editor, event)


class RoleDelegate(RowDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(ROLES)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.lineEdit().selectAll()  # typing replaces the role, as in the name column

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ParticipantsView(QGroupBox):
    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(self.tr("Deltagere"), parent)
        self.session = session
        self.model = ParticipantsModel(session, self)
        self.table = QTableView(objectName="participants_table")
        self.table.setModel(self.model)
        self.name_delegate = RowDelegate(self.table)
        self.role_delegate = RoleDelegate(self.table)
        self.table.setItemDelegateForColumn(ParticipantsModel.COL_NAME, self.name_delegate)
        self.table.setItemDelegateForColumn(ParticipantsModel.COL_ROLE, self.role_delegate)
        for d in (self.name_delegate, self.role_delegate):
            # after the editor has closed: the next row's editor must not be closed with it
            d.enter_pressed.connect(lambda: QTimer.singleShot(0, self, self._next_row))
        self.name_delegate.closeEditor.connect(self._editor_closed)
        self._fresh: str | None = None  # the row just added, until it is named
        self.table.setAccessibleName(self.tr("Deltagere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Tilføj deltager"), objectName="add_participant")
        self.add_button.setToolTip(
            self.tr(
                "Alt+T. Tab går fra Navn til Rolle, Enter giver en"
                " ny række, Esc fortryder en ny, tom række."
            )
        )
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
        self._fresh = p.id
        self._select(p.id)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def _next_row(self) -> None:
        """Enter in a row: the next row's name, or a new row after the last one."""
        row = self.table.currentIndex().row()
        self._fresh = None
        if 0 <= row < self.model.rowCount() - 1:
            self.table.setCurrentIndex(self.model.index(row + 1, ParticipantsModel.COL_NAME))
            self.table.edit(self.table.currentIndex())
        else:
            self.add()

    def _editor_closed(self, _editor, hint) -> None:
        """Escape in the name of a row just added and never named: the row goes again."""
        pid, self._fresh = self._fresh, None
        if hint != QAbstractItemDelegate.EndEditHint.RevertModelCache or pid is None:
            return
        p = self.session.meeting.participant(pid)
        if p is not None and p.name == self.tr("Ny deltager") and not p.role:
            self.session.execute(RemoveParticipant(participant_id=pid))

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
