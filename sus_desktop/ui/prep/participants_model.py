"""Qt item models: thin adapters over the meeting's own lists.

They hold no copies of meeting data: every `data()` call reads `meeting.participants` or
`meeting.agenda`, every edit goes through a `Meeting` method, and they reset when the
session announces a change of their kind.
"""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from sus_desktop.ui.session import MeetingSession

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag


class ParticipantsModel(QAbstractTableModel):
    COL_NAME, COL_ROLE, COL_PRESENT = range(3)

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._on_changed)

    @property
    def rows(self):
        return self.session.meeting.participants

    def _on_changed(self, kind: str) -> None:
        if kind == "participants":
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return [self.tr("Navn"), self.tr("Rolle"), self.tr("Til stede")][section]
        return None

    def data(self, index, role=Role.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role in (Role.DisplayRole, Role.EditRole):
            if col == self.COL_NAME:
                return p.name
            if col == self.COL_ROLE:
                return p.role
            if col == self.COL_PRESENT and role == Role.DisplayRole:
                return self.tr("Ja") if p.present else self.tr("Nej")
        if role == Role.CheckStateRole and col == self.COL_PRESENT:
            return Qt.CheckState.Checked if p.present else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        if not index.isValid():
            return Flag.NoItemFlags
        base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
        if index.column() == self.COL_PRESENT:
            return base | Flag.ItemIsUserCheckable
        return base | Flag.ItemIsEditable

    def setData(self, index, value, role=Role.EditRole):
        if not index.isValid():
            return False
        p = self.rows[index.row()]
        col = index.column()
        if col == self.COL_PRESENT and role == Role.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.session.meeting.update_participant(p.id, present=checked)
            return True
        if role == Role.EditRole and col in (self.COL_NAME, self.COL_ROLE):
            field = "name" if col == self.COL_NAME else "role"
            self.session.meeting.update_participant(p.id, **{field: str(value)})
            return True
        return False
