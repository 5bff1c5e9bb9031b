"""The run view's schedule as a Qt table model: planned and projected clock times and each
item's state, read from the runner at each repaint (no copy of meeting data)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from sus_desktop.core import danish
from sus_desktop.ui.common.labels import schedule_state
from sus_desktop.ui.session import MeetingSession

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag
DISPLAY, FONT, TOOLTIP = Role.DisplayRole, Role.FontRole, Role.ToolTipRole


class ScheduleModel(QAbstractTableModel):
    """The run view's agenda: planned and projected clock times and each item's state."""

    COL_NO, COL_TITLE, COL_PLANNED, COL_PROJECTED, COL_STATE = range(5)

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows = session.runner.schedule()
        self._cells = [self._shown(t) for t in self._rows]
        self._minutes: list | None = None  # each row's state and minutes when last shown
        session.tick.connect(self.refresh)
        session.changed.connect(self._on_changed)

    def _on_changed(self, changes) -> None:
        if _touches(changes, ("agenda", "item", "phase", "info")):
            self.refresh_all()

    def refresh(self) -> None:
        """A tick: only the projected times and the states move (the rest waits for a change
        of the agenda or the details, `_on_changed`). The times are shown by the minute, so
        a row's texts are made again only when its state or one of its minutes changed (UTC
        offsets are whole minutes: a local minute turns when the epoch's does)."""
        rows = self.session.runner.schedule()
        if rows is self._rows and self._minutes is not None:
            return  # the runner kept its schedule: nothing in it moved
        # one pass a second (the items, in order, with their states and minutes)
        keys = [(t.item.id, t.state, t.projected_start // 60, t.projected_end // 60) for t in rows]
        if keys == self._minutes:
            self._rows = rows
            return
        if [r.item.id for r in rows] != [r.item.id for r in self._rows]:
            self._reset(rows)
            return
        self._rows = rows
        for n, t in enumerate(rows):
            if self._minutes is not None and n < len(self._minutes) and keys[n] == self._minutes[n]:
                continue
            old = self._cells[n]
            new = old[: self.COL_PROJECTED] + (
                self._cell(t, self.COL_PROJECTED),
                self._cell(t, self.COL_STATE),
                _bold(t),
            )
            self._update_row(n, old, new)
        self._minutes = keys

    def refresh_all(self) -> None:
        rows = self.session.runner.schedule()
        if [r.item.id for r in rows] != [r.item.id for r in self._rows]:
            self._reset(rows)
            return
        self._rows = rows
        self._minutes = None
        for n, t in enumerate(rows):
            self._update_row(n, self._cells[n], self._shown(t))

    def _reset(self, rows) -> None:
        self.beginResetModel()
        self._rows, self._cells = rows, [self._shown(t) for t in rows]
        self._minutes = None
        self.endResetModel()

    def _update_row(self, n: int, old: tuple, new: tuple) -> None:
        """Repaint only the cells whose text (or boldness) changed: the times move by the
        minute, while ticks come every second. The texts are compared, not the rows, because
        a row holds the agenda item itself (edited in place)."""
        if old == new:
            return
        self._cells[n] = new
        for col in range(5):
            if old[col] != new[col] or old[5] != new[5]:
                ix = self.index(n, col)
                self.dataChanged.emit(ix, ix)

    def _shown(self, t) -> tuple:
        return tuple(self._cell(t, col) for col in range(5)) + (_bold(t),)

    def _cell(self, t, col: int) -> str:
        if col == self.COL_NO:
            return str(t.item.number)
        if col == self.COL_TITLE:
            # the number leads the title: the run view hides the narrow "Nr." column
            return f"{t.item.number}. {t.item.title}"
        if col == self.COL_PLANNED:
            return f"{danish.clock(t.planned_start)}–{danish.clock(t.planned_end)}"
        if col == self.COL_PROJECTED:
            return f"{danish.clock(t.projected_start)}–{danish.clock(t.projected_end)}"
        return schedule_state(t.state)

    def row_item_id(self, row: int) -> str | None:
        return self._rows[row].item.id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return [
                self.tr("Nr."),
                self.tr("Punkt"),
                self.tr("Planlagt"),
                self.tr("Forventet"),
                self.tr("Status"),
            ][section]
        return None

    def column_texts(self, column: int) -> tuple:
        """What a column shows, row by row (its texts and which rows are bold): its width
        depends on nothing else."""
        return tuple((c[column], c[5]) for c in self._cells)

    def titles(self) -> list[tuple[str, bool]]:
        """The title column's texts, each with whether it is shown bold."""
        return [(c[self.COL_TITLE], c[5]) for c in self._cells]

    def data(self, index, role=Role.DisplayRole):
        # Asked for every role of every cell the view measures or paints: the texts shown are
        # kept in `_cells` (made when they change), not formatted again here.
        row = index.row()
        if row < 0 or row >= len(self._cells):
            return None
        if role == DISPLAY:
            return self._cells[row][index.column()]
        if role == FONT:
            return _bold_font() if self._cells[row][5] else None
        if role == TOOLTIP:
            return self.tr("Dobbeltklik for at springe til punktet")
        return None

    def flags(self, index):
        return Flag.ItemIsEnabled | Flag.ItemIsSelectable if index.isValid() else Flag.NoItemFlags


@cache
def _bold_font() -> QFont:
    """The running row's font, made once."""
    f = QFont()
    f.setBold(True)
    return f


def _bold(t) -> bool:
    return t.state in ("running", "paused")


def _touches(changes, kinds: tuple[str, ...]) -> bool:
    """Whether a change notification (a kind string, or a ChangeSet of typed changes)
    concerns one of `kinds`."""
    if isinstance(changes, str):
        return changes in kinds
    return any(getattr(c.kind, "value", c.kind) in kinds for c in changes)
