"""The referent's note panel: type, attribute, browse, edit, move, delete with undo.

Layout only; attribution, search, moving and undo live in `sus_desktop.core.capture`.
Keys: Enter saves, Shift+Enter is a new line, Ctrl+1…9 picks a present participant (Ctrl+0
clears), Ctrl+B / Ctrl+H / Ctrl+E mark the next note as Beslutning / Handling / Evaluering
(pressing again returns to Note; the kind goes back to Note after each saved note),
Ctrl+Z in an empty input (or in the list) undoes the last deletion.
The draft is kept by the store (through the session) and restored on construction. It is
saved at most DRAFT_SAVE_MS after the first unsaved keystroke, however fast typing goes on
(a throttle, not a debounce: a pause is not needed for it to be durable within a second).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.capture import split_mention
from sus_desktop.core.commands import DeleteNote, EditNote, MoveNote, UndoDeleteNote
from sus_desktop.core.meeting import NoteKind
from sus_desktop.ui.common.flow_layout import FlowLayout
from sus_desktop.ui.common.labels import mode_label
from sus_desktop.ui.run.note_keys import install_note_keys, trigger_for
from sus_desktop.ui.run.note_list_model import NoteFilter, NoteListModel, NoteListView

if TYPE_CHECKING:
    # Imported where used: the first frame shows no completion, menu, dialog or cursor
    # move, and each PySide6 class costs time when first touched (~0.2-0.4 ms).
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QCompleter, QMenu

DRAFT_SAVE_MS = 500  # first unsaved keystroke -> draft on disk (plus one fsync): well within 1 s


class NoteEdit(QPlainTextEdit):
    """Enter submits, Shift+Enter inserts a newline; other shortcuts go to `key_handler`."""

    submitted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key_handler = None
        self.completer: QCompleter | None = None

    def keyPressEvent(self, e: QKeyEvent) -> None:
        popup = self.completer.popup() if self.completer else None
        if (
            popup is not None
            and popup.isVisible()
            and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape)
        ):
            e.ignore()  # the completer takes it
            return
        if self.key_handler is not None and self.key_handler(e, self):
            e.accept()
            return
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            e.accept()
            return
        super().keyPressEvent(e)


class NotePanel(QWidget):
    note_saved = Signal(str)  # note id

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("note_panel")
        self.session = session
        self.meeting = session.meeting
        self.capture = session.capture  # one per open meeting: the pick is shared
        self.kind = NoteKind.NOTE
        self._list_item: str | None = None  # the item "Dette punkt" shows
        self._build()
        self.key_actions = install_note_keys(self)  # Ctrl+1…9, Ctrl+0, Ctrl+B/H/E
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._draft_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._draft_timer.timeout.connect(self.save_draft)
        self._stored_draft = ""  # what the store holds (or a draft already sent as a note)
        self._undo_timer = QTimer(self, singleShot=True, interval=10_000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)
        self._restore_draft()
        self.edit.textChanged.connect(self._on_text_changed)
        session.changed.connect(self._on_changed)
        # Not on session.tick: the attribution changes with the run log, the spiral and the
        # participants, all of which arrive as changes (a tick is the clock only).
        self._rebuild_participants()
        self.refresh_list()
        self.refresh_attribution()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.attribution = QLabel(objectName="attribution")
        self.attribution.setWordWrap(True)
        self.attribution.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.attribution)

        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[NoteKind, QToolButton] = {}
        for kind, text, tip in [
            (NoteKind.NOTE, self.tr("Note"), ""),
            (NoteKind.DECISION, self.tr("Beslutning"), "Ctrl+B"),
            (NoteKind.ACTION, self.tr("Handling"), "Ctrl+H"),
            (NoteKind.EVALUATION, self.tr("Evaluering"), "Ctrl+E"),
        ]:
            b = QToolButton(text=text, checkable=True, objectName=f"kind_{kind.value}")
            if tip:
                b.setToolTip(tip)
            self.kind_group.addButton(b)
            self.kind_buttons[kind] = b
            b.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            kinds.addWidget(b)
        kinds.addStretch(1)
        self.kind_buttons[NoteKind.NOTE].setChecked(True)
        lay.addLayout(kinds)

        self.people_row = FlowLayout()  # wraps: twelve names never widen the window
        self.people_row.setContentsMargins(0, 0, 0, 0)
        people = QWidget()
        people.setLayout(self.people_row)
        lay.addWidget(people)
        self.people_buttons: list[QToolButton] = []

        self.edit = NoteEdit()
        self.edit.setObjectName("note_input")
        self.edit.setPlaceholderText(
            self.tr(
                "Skriv en note – Enter gemmer, Shift+Enter giver ny linje, "
                "@navn tilskriver en deltager"
            )
        )
        self.edit.setFixedHeight(90)
        self.edit.key_handler = self._handle_key
        self.edit.submitted.connect(self.submit)
        self._completer: QCompleter | None = None  # built at the first "@": see `completer`
        self._names: list[str] = []  # the present participants, as the completion offers
        lay.addWidget(self.edit)

        self.action_hint = QLabel(
            self.tr("Handling: skriv «Hvad; Hvem; Hvornår»"), objectName="action_hint"
        )
        self.action_hint.setStyleSheet("color: #555;")
        self.action_hint.hide()
        lay.addWidget(self.action_hint)

        self.undo_bar = QFrame(objectName="undo_bar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        ub = QHBoxLayout(self.undo_bar)
        ub.setContentsMargins(6, 2, 6, 2)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Fortryd"), objectName="undo_button")
        self.undo_button.clicked.connect(self.undo)
        ub.addWidget(self.undo_label, 1)
        ub.addWidget(self.undo_button)
        self.undo_bar.hide()
        lay.addWidget(self.undo_bar)

        filt = QHBoxLayout()
        self.filter = QComboBox(objectName="note_filter")
        self.filter.currentIndexChanged.connect(self.refresh_list)
        self.search = QLineEdit(objectName="note_search", placeholderText=self.tr("Søg i noter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_list)
        filt.addWidget(self.filter)
        filt.addWidget(self.search, 1)
        lay.addLayout(filt)

        self.model = NoteListModel(self.meeting, self.note_line, self)
        self.list = NoteListView(objectName="note_list")
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.doubleClicked.connect(
            lambda ix: self._edit_note_dialog(self.model.note_id(ix.row()))
        )
        lay.addWidget(self.list, 1)

    # --- keys --------------------------------------------------------------------------
    def _handle_key(self, e: QKeyEvent, source=None) -> bool:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.ControlModifier:
            return False
        key = e.key()
        if trigger_for(self.key_actions, e.keyCombination()):  # the panel's own keys
            return True
        if key == Qt.Key.Key_Z and (source is not self.edit or not self.edit.toPlainText()):
            return self.undo() is not None
        return False

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self._handle_key(e, self):
            e.accept()
            return
        if e.key() == Qt.Key.Key_Delete and self.list.hasFocus() and self.selected_note_id():
            self.delete(self.selected_note_id())
            e.accept()
            return
        super().keyPressEvent(e)

    # --- actions -----------------------------------------------------------------------
    def set_kind(self, kind: NoteKind) -> None:
        self.kind = NoteKind(kind)
        self.kind_buttons[self.kind].setChecked(True)
        self.action_hint.setVisible(self.kind == NoteKind.ACTION)
        self.refresh_attribution()

    def pick(self, participant_id: str | None) -> None:
        self.capture.pick(participant_id)
        self._sync_pick_buttons()
        self.refresh_attribution()

    def submit(self):
        cmd = self.capture.compose(self.edit.toPlainText(), self.kind)
        note = self.session.execute(cmd) if cmd is not None else None
        if note is None:
            return None
        # The note is on disk (the store commits before the screens hear of it). The stored
        # draft is left as it is rather than cleared with a second fsync: it is now either
        # empty or this very note, which `_restore_draft` recognises; the next keystroke's
        # save replaces it.
        self._stored_draft = ""
        self.edit.clear()
        self._draft_timer.stop()
        if self.model.note_id(self.model.rowCount() - 1) == note.id:
            self._scroll_to_end()  # the referent sees what was just saved
        if self.kind != NoteKind.NOTE:
            self.set_kind(NoteKind.NOTE)
        self.note_saved.emit(note.id)
        return note

    def delete(self, note_id: str) -> None:
        note = self.session.execute(DeleteNote(note_id=note_id))
        if note is None:
            return
        snippet = note.text if len(note.text) <= 40 else note.text[:39] + "…"
        self.undo_label.setText(self.tr("Note slettet: «%1»").replace("%1", snippet))
        self.undo_bar.show()
        self._undo_timer.start()

    def undo(self):
        note = self.session.execute(UndoDeleteNote())
        if not self.session.core.deleted_notes:
            self.undo_bar.hide()
        return note

    def edit_note(self, note_id: str, text: str) -> None:
        self.session.execute(EditNote(note_id=note_id, text=text))

    def move_note(self, note_id: str, **fields) -> None:
        self.session.execute(MoveNote(note_id=note_id, fields=fields))

    # --- draft -------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        text = self.session.load_draft()
        self._stored_draft = text
        if text and not self._already_sent(text):
            from PySide6.QtGui import QTextCursor

            self.edit.setPlainText(text)
            self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def _already_sent(self, draft: str) -> bool:
        """The draft is the text of one of the last notes (Enter does not clear the stored
        draft; see `submit`)."""
        _, rest = split_mention(draft, self.meeting.participants)
        words = rest.replace("#", "").split()
        recent = (getattr(self.meeting, "all_notes", None) or self.meeting.notes)[-3:]
        return any(n.text.replace("#", "").split() == words for n in recent)

    def save_draft(self) -> None:
        self._draft_timer.stop()
        text = self.edit.toPlainText()
        if text != self._stored_draft:
            self.session.save_draft(text)
            self._stored_draft = text

    def _on_text_changed(self) -> None:
        if not self._draft_timer.isActive():  # a throttle: later keys don't push it back
            self._draft_timer.start()
        self.refresh_attribution()
        self._update_completion()

    # --- @ completion ------------------------------------------------------------------
    @property
    def completer(self) -> QCompleter:
        """The "@name" completion, built when first needed (a reopened meeting's first frame
        shows none)."""
        if self._completer is None:
            from PySide6.QtCore import QStringListModel
            from PySide6.QtWidgets import QCompleter

            c = self._completer = QCompleter(QStringListModel(self._names, self), self)
            c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            c.setFilterMode(Qt.MatchFlag.MatchContains)
            c.setWidget(self.edit)
            c.activated.connect(self._insert_completion)
            self.edit.completer = c
        return self._completer

    def _mention_prefix(self) -> str | None:
        text = self.edit.toPlainText()
        pos = self.edit.textCursor().position()
        head = text[:pos]
        if not head.startswith("@") or "\n" in head:
            return None
        return head[1:]

    def _update_completion(self) -> None:
        prefix = self._mention_prefix()
        if prefix is None or len(prefix) > 30:
            if self._completer is not None:
                self._completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0 or (
            self.completer.completionCount() == 1 and self.completer.currentCompletion() == prefix
        ):
            self.completer.popup().hide()
            return
        rect = self.edit.cursorRect()
        rect.setWidth(220)
        self.completer.complete(rect)

    def _insert_completion(self, name: str) -> None:
        from PySide6.QtGui import QTextCursor

        prefix = self._mention_prefix() or ""
        cur = self.edit.textCursor()
        cur.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix) + 1
        )
        cur.insertText(f"@{name} ")
        self.edit.setTextCursor(cur)

    # --- refresh -----------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        kinds, note_ids = _kinds(changes)
        if kinds & {"participant", "participants"}:
            self._rebuild_participants()
        if kinds & {"participant", "participants", "agenda", "item", "phase"} or (
            "log" in kinds and self._current_item() != self._list_item
        ):
            # names and item numbers in the lines; "Dette punkt" follows the facilitator
            self.refresh_list()
        elif kinds & {"note", "note_removed"}:
            at_end = self._at_end()
            if self.model.notes_changed(note_ids) and at_end:
                self._scroll_to_end()
        self.refresh_attribution()

    def _rebuild_participants(self) -> None:
        for b in self.people_buttons:
            self.people_row.removeWidget(b)
            b.deleteLater()
        self.people_buttons = []
        present = self.meeting.present_participants()
        for n, p in enumerate(present, start=1):
            label = f"{n} {p.name}" if n <= 9 else p.name
            b = QToolButton(text=label, checkable=True, objectName=f"pick_{n}")
            b.setToolTip(f"Ctrl+{n}" if n <= 9 else "")
            b.setProperty("pid", p.id)
            b.clicked.connect(lambda checked, pid=p.id: self.pick(pid if checked else None))
            self.people_row.insertWidget(len(self.people_buttons), b)
            self.people_buttons.append(b)
        self._names = [p.name for p in present]
        if self._completer is not None:
            self._completer.model().setStringList(self._names)
        # the filter: this item / all / each participant
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Dette punkt"), "item")
        self.filter.addItem(self.tr("Alle punkter"), "all")
        for p in self.meeting.participants:
            self.filter.addItem(p.name, p.id)
        i = self.filter.findData(current)
        self.filter.setCurrentIndex(i if i >= 0 else 0)
        self.filter.blockSignals(False)
        self._sync_pick_buttons()

    def _sync_pick_buttons(self) -> None:
        picked = self.capture.picked()
        for b in self.people_buttons:
            b.setChecked(b.property("pid") == picked)

    def attribution_text(self) -> str:
        att = self.capture.attribution(self.edit.toPlainText())
        parts: list[str] = []
        item = self.meeting.item(att.item)
        if item is not None:
            parts.append(self.tr("Punkt %1").replace("%1", str(item.number)))
        if att.mode is not None:
            parts.append(mode_label(att.mode))
        if att.round is not None:
            parts.append(self.tr("Runde %1").replace("%1", str(att.round)))
        p = self.meeting.participant(att.participant)
        if p is not None:
            parts.append(f"{p.name} ({p.role})" if p.role else p.name)
        else:
            parts.append(self.tr("ingen deltager"))
        if self.kind != NoteKind.NOTE:
            parts.append(kind_label(self.kind))
        return " · ".join(parts)

    def refresh_attribution(self) -> None:
        self._sync_pick_buttons()
        self.attribution.setText(self.attribution_text())

    def _current_item(self) -> str | None:
        step = self.session.runner.current_step()
        return step.item.id if step else None

    def note_filter(self) -> NoteFilter:
        """The list's filter as a predicate over a note: this item (the default), all items or
        one participant, and the search text (case-insensitive, diacritics as typed)."""
        mode = self.filter.currentData() or "item"
        query = self.search.text()
        if mode == "item":
            return NoteFilter(item=self._current_item(), query=query)
        if mode == "all":
            return NoteFilter(query=query)
        return NoteFilter(participant=mode, query=query)

    def visible_notes(self):
        return [self.model._rows[r] for r in range(self.model.rowCount())]

    def row_texts(self) -> list[str]:
        """The list's lines as shown."""
        return [self.model.data(self.model.index(r)) for r in range(self.model.rowCount())]

    def refresh_list(self) -> None:
        selected = self.selected_note_id()
        self._list_item = self._current_item()
        self.model.set_filter(self.note_filter())
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._scroll_to_end()

    def _at_end(self) -> bool:
        bar = self.list.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _scroll_to_end(self) -> None:
        self.list.scroll_to_end()

    def note_line(self, n) -> str:
        bits = [datetime.fromtimestamp(n.created_at).strftime("%H.%M")] if n.created_at else []
        item = self.meeting.item(n.item)
        if item is not None:
            bits.append(self.tr("P%1").replace("%1", str(item.number)))
        if n.round is not None:
            bits.append(self.tr("R%1").replace("%1", str(n.round)))
        p = self.meeting.participant(n.participant)
        if p is not None:
            bits.append(p.name)
        if n.kind != NoteKind.NOTE:
            bits.append(kind_label(n.kind).upper())
        return " · ".join(bits) + "\n" + n.text

    # --- list interaction --------------------------------------------------------------
    def _edit_note_dialog(self, note_id: str | None) -> None:
        note = self.meeting.note(note_id) if note_id else None
        if note is None:
            return
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Redigér note"), self.tr("Note:"), note.text
        )
        if ok:
            self.edit_note(note.id, text)

    def _context_menu(self, pos) -> None:
        note_id = self.model.note_id(self.list.indexAt(pos).row())
        if note_id is None:
            return
        menu = self.context_menu_for(note_id)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def context_menu_for(self, note_id: str) -> QMenu:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(self.tr("Redigér…"), lambda: self._edit_note_dialog(note_id))
        to_item = menu.addMenu(self.tr("Flyt til punkt"))
        for it in self.meeting.agenda:
            a = QAction(f"{it.number}. {it.title}", to_item)
            a.triggered.connect(lambda _=False, iid=it.id: self.move_note(note_id, item=iid))
            to_item.addAction(a)
        to_person = menu.addMenu(self.tr("Tilskriv deltager"))
        none = QAction(self.tr("Ingen deltager"), to_person)
        none.triggered.connect(lambda: self.move_note(note_id, participant=None))
        to_person.addAction(none)
        for p in self.meeting.participants:
            a = QAction(p.name, to_person)
            a.triggered.connect(lambda _=False, pid=p.id: self.move_note(note_id, participant=pid))
            to_person.addAction(a)
        kinds = menu.addMenu(self.tr("Notetype"))
        for kind in NoteKind:
            a = QAction(kind_label(kind), kinds)
            a.triggered.connect(lambda _=False, k=kind: self.move_note(note_id, kind=k))
            kinds.addAction(a)
        menu.addSeparator()
        menu.addAction(self.tr("Slet"), lambda: self.delete(note_id))
        return menu

    def selected_note_id(self) -> str | None:
        ix = self.list.currentIndex()
        return self.model.note_id(ix.row()) if ix.isValid() else None


def kind_label(kind: NoteKind) -> str:
    return {
        NoteKind.NOTE: QCoreApplication.translate("NotePanel", "Note"),
        NoteKind.DECISION: QCoreApplication.translate("NotePanel", "Beslutning"),
        NoteKind.ACTION: QCoreApplication.translate("NotePanel", "Handling"),
        NoteKind.EVALUATION: QCoreApplication.translate("NotePanel", "Evaluering"),
    }[NoteKind(kind)]


def _kinds(changes) -> tuple[set[str], set[str] | None]:
    """The kinds a change notification names, and the ids of the notes it touched (None when
    unknown). It is a kind string, or a ChangeSet of typed changes."""
    if isinstance(changes, str):
        return {changes}, None
    kinds: set[str] = set()
    notes: set[str] = set()
    for c in changes:
        kind = getattr(c.kind, "value", c.kind)
        kinds.add(kind)
        if kind == "note" and c.id is not None:
            notes.add(c.id)
    return kinds, notes
