"""The participants as a Qt table model: a thin adapter over `meeting.participants`.

It holds no copy of meeting data (every `data()` reads the meeting) and every edit is a
command. Rows are updated in place, inserted or removed as the changes say, never rebuilt
under an open editor (which would commit the editor's text into whatever row sits there).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import UpdateParticipant
from sus_desktop.ui.session import MeetingSession

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag


class ParticipantsModel(QAbstractTableModel):
    COL_NAME, COL_ROLE, COL_PRESENT = range(3)

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids = [p.id for p in self.rows]  # the rows as shown: which id sits where
        session.changed.connect(self._on_changed)

    @property
    def rows(self):
        return self.session.meeting.participants

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.has(ChangeKind.PARTICIPANT):
            return
        new = [p.id for p in self.rows]
        old = self._ids
        if new == old:
            for pid in changes.ids(ChangeKind.PARTICIPANT):
                if pid in new:
                    r = new.index(pid)
                    self.dataChanged.emit(self.index(r, 0), self.index(r, 2))
            return
        added = [pid for pid in new if pid not in old]
        gone = [pid for pid in old if pid not in new]
        if len(added) == 1 and not gone and [x for x in new if x != added[0]] == old:
            r = new.index(added[0])
            self.beginInsertRows(QModelIndex(), r, r)
            self._ids = new
            self.endInsertRows()
        elif len(gone) == 1 and not added and [x for x in old if x != gone[0]] == new:
            r = old.index(gone[0])
            self.beginRemoveRows(QModelIndex(), r, r)
            self._ids = new
            self.endRemoveRows()
        else:  # a move or several changes at once
            self.beginResetModel()
            self._ids = new
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
            self.session.execute(
                UpdateParticipant(participant_id=p.id, fields={"present": checked})
            )
            return True
        if role == Role.EditRole and col in (self.COL_NAME, self.COL_ROLE):
            field = "name" if col == self.COL_NAME else "role"
            self.session.execute(UpdateParticipant(participant_id=p.id, fields={field: str(value)}))
            return True
        return False
