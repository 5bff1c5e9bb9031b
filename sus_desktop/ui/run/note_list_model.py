"""The note panel's list: a model over the meeting's live notes, kept by row inserts, and the
view that shows each note whole (wrapped to the list's width, the full text as a tooltip).

A new note is one `beginInsertRows`/`endInsertRows` at the end (no rebuild: rebuilding a
QListWidget of 5,000 notes cost ~100 ms per Enter). Other note changes (edit, move, delete,
undo) compare the filtered list with what is shown and move only the rows that differ. The
filter (this item, all items, one participant, a search) is a predicate over a note; changing
it recomputes the rows once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Role = Qt.ItemDataRole
NoteId = Role.UserRole


ANY = object()  # a NoteFilter's item: every item


class NoteFilter:
    """Which notes the list shows: one item's, one participant's or all of them, narrowed by a
    search text (case-insensitive). `select` filters a list with one comprehension per case,
    no call per note (5,000 notes in about a millisecond)."""

    def __init__(self, item=ANY, participant: str | None = None, query: str = "") -> None:
        """`item`: an item's id (None: notes under no item), or ANY."""
        self.item, self.participant, self.query = item, participant, query.casefold().strip()
        self.by_item = participant is None and item is not ANY

    def __call__(self, n) -> bool:
        if self.participant is not None:
            if n.participant != self.participant:
                return False
        elif self.by_item and n.item != self.item:
            return False
        return not self.query or self.query in n.text.casefold()

    def select(self, notes: list) -> list:
        if self.participant is not None:
            who = self.participant
            rows = [n for n in notes if n.participant == who and not n.deleted]
        elif self.by_item:
            item = self.item
            rows = [n for n in notes if n.item == item and not n.deleted]
        else:
            rows = [n for n in notes if not n.deleted]
        if self.query:
            q = self.query
            rows = [n for n in rows if q in n.text.casefold()]
        return rows


class NoteListModel(QAbstractListModel):
    """Empty until its first `set_filter`: the panel sets the filter it shows at once, and
    5,000 notes are gone through once, not twice."""

    def __init__(self, meeting, line: Callable, parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.line = line  # note -> the text shown for it
        self.accepts: Callable | None = None  # None: no filter set yet, no rows
        self._rows: list = []
        self._seen = 0  # how many of meeting.all_notes the rows account for
        self._last = None  # the last of them, to tell an append from an insert

    # --- the notes behind the rows -----------------------------------------------------
    def _all(self) -> list:
        return getattr(self.meeting, "all_notes", None) or self.meeting.notes

    def _visible(self, n) -> bool:
        return not getattr(n, "deleted", False) and self.accepts is not None and self.accepts(n)

    def _mark_seen(self, all_notes: list) -> None:
        self._seen = len(all_notes)
        self._last = all_notes[-1] if all_notes else None

    def set_filter(self, accepts: Callable) -> None:
        self.accepts = accepts
        self.refilter()

    def refilter(self) -> None:
        all_notes = self._all()
        select = getattr(self.accepts, "select", None)
        self.beginResetModel()
        if select is not None:
            self._rows = select(all_notes)
        else:
            self._rows = [n for n in all_notes if self._visible(n)]
        self._mark_seen(all_notes)
        self.endResetModel()

    def notes_changed(self, ids: set | None = None) -> int:
        """Bring the rows up to date after notes were added or changed (`ids`: which, if
        known). Returns how many rows were appended."""
        if self.accepts is None:
            return 0  # no filter yet: nothing shown, nothing to bring up to date
        all_notes = self._all()
        seen = self._seen
        appended = 0
        if len(all_notes) > seen and (seen == 0 or all_notes[seen - 1] is self._last):
            new = all_notes[seen:]
            rows = [n for n in new if self._visible(n)]
            if rows:
                at = len(self._rows)
                self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self._mark_seen(all_notes)
            appended = len(rows)
            new_ids = {n.id for n in new}
            if ids is not None and ids <= new_ids:
                return appended  # the common case: a note was typed
            ids = None if ids is None else ids - new_ids
        self._sync(all_notes, ids)
        return appended

    def _sync(self, all_notes: list, ids: set | None) -> None:
        """An edit, move, delete or undo: change only the rows that differ."""
        want = [n for n in all_notes if self._visible(n)]
        self._mark_seen(all_notes)
        have = self._rows
        if [n.id for n in want] == [n.id for n in have]:
            self._rows = want
            if ids is None:  # names or numbers shown in every line may have changed
                if want:
                    self.dataChanged.emit(self.index(0), self.index(len(want) - 1))
                return
            for r, n in enumerate(want):
                if n.id in ids:
                    ix = self.index(r)
                    self.dataChanged.emit(ix, ix)
            return
        if len(want) == len(have) - 1:  # one row went (deleted, moved out of the filter)
            r = next((k for k, (a, b) in enumerate(zip(have, want)) if a.id != b.id), len(want))
            if [n.id for n in have[:r] + have[r + 1 :]] == [n.id for n in want]:
                self.beginRemoveRows(QModelIndex(), r, r)
                self._rows = want
                self.endRemoveRows()
                return
        if len(want) == len(have) + 1:  # one row came (undo, moved into the filter)
            r = next((k for k, (a, b) in enumerate(zip(want, have)) if a.id != b.id), len(have))
            if [n.id for n in want[:r] + want[r + 1 :]] == [n.id for n in have]:
                self.beginInsertRows(QModelIndex(), r, r)
                self._rows = want
                self.endInsertRows()
                return
        self.beginResetModel()
        self._rows = want
        self.endResetModel()

    # --- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index, role=Role.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        n = self._rows[index.row()]
        if role == Role.DisplayRole or role == Role.ToolTipRole:
            return self.line(n)
        if role == NoteId:
            return n.id
        return None

    def note_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: str) -> int:
        return next((r for r, n in enumerate(self._rows) if n.id == note_id), -1)


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for the text wrapped to the list's width: a tree view asks its delegate
    for a row's size without a width, so a long note got one line and was cut off ("…")."""

    def __init__(self, view: NoteListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):
        # The base measures the item for the option's rect: give it the list's width, as the
        # view last saw it (not `viewport()` from Python: its first call sets up some 50
        # widget classes' enums, ~9 ms). Not through QStyle either: ~5 ms of enums.
        width = self._view.row_width
        if width <= 0:  # not laid out yet: measured again once it has a width
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, width, 1)
        return super().sizeHint(opt, index)


class NoteListView(QTreeView):
    """A tree view used as a list: it measures only the rows it shows (a QListView with
    wrapped rows measures all of them, ~100 ms at 5,000 notes; this one asks the delegate for
    a screenful). Rows are measured again when the width changes, so that a note always shows
    whole; a new width lays the rows out once, when they are next painted or asked for (the
    first show resizes the list two or three times: one layout, not one per resize)."""

    def __init__(self, parent=None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.row_width = -1  # the viewport's width, from its resize events
        self.setItemDelegate(WrappingDelegate(self))
        self._end_pending = False  # the next layout ends scrolled to the newest note

    def scroll_to_end(self) -> None:
        """Show the newest note; a list not on screen yet does it once laid out at its real
        width (rows measured now would be measured again)."""
        if not self.isVisible():
            self._end_pending = True
        elif self.model() is not None and self.model().rowCount():
            self.scrollToBottom()

    def resizeEvent(self, event) -> None:
        # A scroll area's resizeEvent is its viewport's: the size is the viewport's.
        width = event.size().width()
        new_width = width != self.row_width and self.model() is not None
        if new_width:
            if not self._end_pending:  # the newest note stays in view
                bar = self.verticalScrollBar()
                self._end_pending = bar.value() >= bar.maximum()
            self.row_width = width
            # The rows' heights for the new width: laid out by the base's resizeEvent (its
            # scroll bars need the rows), together with a layout already pending.
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)
        if new_width and self._end_pending and self.isVisible():
            self._end_pending = False
            self.scrollToBottom()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._end_pending:
            self._end_pending = False
            self.scrollToBottom()
