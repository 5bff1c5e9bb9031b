"""The agenda editor's tree as a Qt item model: items, their phases as children.

A thin adapter over `meeting.agenda`: no copy of meeting data, every move a command. A field
edit repaints its row; only a change of the tree's shape resets the model.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QFont

from sus_desktop.core import danish
from sus_desktop.core.agenda import AgendaItem, Phase
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import MoveAgendaEntry
from sus_desktop.ui.common.labels import mode_label
from sus_desktop.ui.prep.prep_presenter import optional_explains
from sus_desktop.ui.session import MeetingSession

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag


class AgendaModel(QAbstractItemModel):
    """Items at the top level, their phases as children. Drag and drop reorders."""

    COL_TITLE, COL_MINUTES, COL_MODE, COL_FIXED = range(4)
    MIME = "application/x-sus-agenda-node"

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._items_by_phase: dict[int, AgendaItem] = {}
        self._shape = self._shape_now()
        session.changed.connect(self._on_changed)

    def _shape_now(self) -> list:
        return [(i.id, [p.id for p in i.phases]) for i in self.agenda]

    @property
    def agenda(self) -> list[AgendaItem]:
        return self.session.meeting.agenda

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.agenda:
            return
        shape = self._shape_now()
        if shape == self._shape:  # fields only: repaint those rows, keep the tree as it is
            for kind in (ChangeKind.ITEM, ChangeKind.PHASE):
                for ident in changes.ids(kind):
                    ix = self.index_of(ident or "")
                    if ix.isValid():
                        self.dataChanged.emit(ix, ix.siblingAtColumn(self.columnCount() - 1))
            return
        self.beginResetModel()
        self._shape = shape
        self.endResetModel()

    # --- structure ---------------------------------------------------------------
    def node(self, index: QModelIndex) -> AgendaItem | Phase | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self.agenda[index.row()] if index.row() < len(self.agenda) else None
        item = self.agenda[parent_row - 1] if parent_row - 1 < len(self.agenda) else None
        if item is None or index.row() >= len(item.phases):
            return None
        return item.phases[index.row()]

    def item_of(self, index: QModelIndex) -> AgendaItem | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        row = index.row() if parent_row == 0 else parent_row - 1
        return self.agenda[row] if row < len(self.agenda) else None

    def index_of(self, obj_id: str) -> QModelIndex:
        for r, item in enumerate(self.agenda):
            if item.id == obj_id:
                return self.index(r, 0)
            for pr, phase in enumerate(item.phases):
                if phase.id == obj_id:
                    return self.index(pr, 0, self.index(r, 0))
        return QModelIndex()

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internalId 0 = an item; n > 0 = a phase of item row n - 1.
        return self.createIndex(row, column, 0 if not parent.isValid() else parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.agenda)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self.agenda):
            return len(self.agenda[parent.row()].phases)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 4

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return [self.tr("Punkt / fase"), self.tr("Min."), self.tr("Form"), self.tr("Fast")][
                section
            ]
        return None

    def data(self, index, role=Role.DisplayRole):
        obj = self.node(index)
        if obj is None:
            return None
        col = index.column()
        is_item = isinstance(obj, AgendaItem)
        if role == Role.DisplayRole:
            if col == self.COL_TITLE:
                return f"{obj.number}. {obj.title}" if is_item else obj.title
            if col == self.COL_MINUTES:
                if is_item and obj.phases and abs(obj.phase_mismatch()) > 1e-9:
                    mark = "ℹ" if optional_explains(obj) else "⚠"  # an optional phase: information
                    return f"{danish.minutes(obj.minutes)} {mark}"
                return danish.minutes(obj.minutes)
            if col == self.COL_MODE:
                if is_item:
                    return ""
                return mode_label(obj.mode) + (self.tr(" (valgfri)") if obj.optional else "")
            if col == self.COL_FIXED:
                return self.tr("Fast") if is_item and obj.fixed else ""
        if role == Role.ToolTipRole and is_item and obj.phases and abs(obj.phase_mismatch()) > 1e-9:
            return (
                self.tr("Faserne varer %1 min, punktet %2 min")
                .replace("%1", danish.minutes(obj.phase_minutes))
                .replace("%2", danish.minutes(obj.minutes))
            )
        if role == Role.FontRole and is_item:
            f = QFont()
            f.setBold(True)
            return f
        return None

    # --- drag and drop -------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Flag.ItemIsDropEnabled
        return (
            Flag.ItemIsEnabled
            | Flag.ItemIsSelectable
            | Flag.ItemIsDragEnabled
            | Flag.ItemIsDropEnabled
        )

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [self.MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        obj = self.node(indexes[0]) if indexes else None
        if obj is not None:
            data.setData(self.MIME, json.dumps({"id": obj.id}).encode())
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(self.MIME):
            return False
        obj_id = json.loads(bytes(data.data(self.MIME)).decode())["id"]
        return self.move_to(obj_id, row, parent)

    def move_to(self, obj_id: str, row: int, parent: QModelIndex) -> bool:
        """Move an item among items, or a phase among its own item's phases (a command)."""
        agenda = self.agenda
        for item in agenda:
            if item.id == obj_id:
                if parent.isValid():  # dropped onto/into an item: place it at that item's row
                    row = parent.row() if parent.internalId() == 0 else parent.internalId() - 1
                old = agenda.index(item)
                row = len(agenda) if row < 0 else row
                if row > old:
                    row -= 1
                return bool(self.session.execute(MoveAgendaEntry(entry_id=obj_id, index=row)))
            for phase in item.phases:
                if phase.id == obj_id:
                    target = self.node(parent) if parent.isValid() else None
                    if isinstance(target, Phase):
                        row, target = parent.row(), self.item_of(parent)
                    if target is not item:
                        return False  # phases stay within their item
                    old = item.phases.index(phase)
                    row = len(item.phases) if row < 0 else row
                    if row > old:
                        row -= 1
                    return bool(self.session.execute(MoveAgendaEntry(entry_id=obj_id, index=row)))
        return False
