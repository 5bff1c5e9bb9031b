"""The referent's note panel: type, attribute, browse, edit, move, delete with undo.

Layout only; attribution, search, moving and undo live in `sus_desktop.core.capture`.
Keys: Enter saves, Shift+Enter is a new line, Ctrl+1…9 picks a present participant (Ctrl+0
clears), Ctrl+B / Ctrl+H / Ctrl+E mark the next note as Beslutning / Handling / Evaluering
(pressing again returns to Note; the kind goes back to Note after each saved note),
Ctrl+Z in an empty input (or in the list) undoes the last deletion.
The draft is saved debounced (400 ms) as a store setting and restored on construction.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QCompleter, QFrame, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMenu, QPlainTextEdit, QPushButton, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from sus_desktop.core.capture import NoteCapture
from sus_desktop.core.meeting import NoteKind
from sus_desktop.core.spiral import SpiralRound
from sus_desktop.ui.common.labels import mode_label

DRAFT_DEBOUNCE_MS = 400
KIND_KEYS = {Qt.Key.Key_B: NoteKind.DECISION, Qt.Key.Key_H: NoteKind.ACTION,
             Qt.Key.Key_E: NoteKind.EVALUATION}


def spiral_factory(session):
    """A callable phase_id -> SpiralRound over the session's meeting (state is in the meeting)."""
    return lambda phase_id: SpiralRound(session.meeting, session.clock, session.runner, phase_id)


class NoteEdit(QPlainTextEdit):
    """Enter submits, Shift+Enter inserts a newline; other shortcuts go to `key_handler`."""

    submitted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key_handler = None
        self.completer: QCompleter | None = None

    def keyPressEvent(self, e: QKeyEvent) -> None:
        popup = self.completer.popup() if self.completer else None
        if popup is not None and popup.isVisible() and e.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
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
        self.capture = NoteCapture(session.meeting, session.runner, session.clock,
                                   spiral_factory(session))
        self.kind = NoteKind.NOTE
        self._build()
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._undo_timer = QTimer(self, singleShot=True, interval=10_000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)
        self._restore_draft()
        self.edit.textChanged.connect(self._on_text_changed)
        session.changed.connect(self._on_changed)
        session.tick.connect(self.refresh_attribution)
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
                (NoteKind.EVALUATION, self.tr("Evaluering"), "Ctrl+E")]:
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

        self.people_row = QHBoxLayout()
        self.people_row.setSpacing(4)
        self.people_row.setContentsMargins(0, 0, 0, 0)
        self.people_row.addStretch(1)
        people = QWidget()
        people.setLayout(self.people_row)
        lay.addWidget(people)
        self.people_buttons: list[QToolButton] = []

        self.edit = NoteEdit()
        self.edit.setObjectName("note_input")
        self.edit.setPlaceholderText(self.tr("Skriv en note – Enter gemmer, Shift+Enter giver ny linje, "
                                             "@navn tilskriver en deltager"))
        self.edit.setFixedHeight(90)
        self.edit.key_handler = self._handle_key
        self.edit.submitted.connect(self.submit)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._insert_completion)
        self.edit.completer = self.completer
        lay.addWidget(self.edit)

        self.action_hint = QLabel(self.tr("Handling: skriv «Hvad; Hvem; Hvornår»"),
                                  objectName="action_hint")
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

        self.list = QListWidget(objectName="note_list")
        self.list.setWordWrap(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(self._edit_item)
        lay.addWidget(self.list, 1)

    # --- keys --------------------------------------------------------------------------
    def _handle_key(self, e: QKeyEvent, source=None) -> bool:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.ControlModifier:
            return False
        key = e.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            n = key - Qt.Key.Key_0
            pid = self.capture.pick_by_index(n)
            self._sync_pick_buttons()
            self.refresh_attribution()
            return pid is not None
        if key == Qt.Key.Key_0:
            self.pick(None)
            return True
        if key in KIND_KEYS:
            kind = KIND_KEYS[key]
            self.set_kind(NoteKind.NOTE if self.kind == kind else kind)
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
        note = self.capture.submit(self.edit.toPlainText(), self.kind)
        if note is None:
            return None
        self.edit.clear()
        self.save_draft()
        if self.kind != NoteKind.NOTE:
            self.set_kind(NoteKind.NOTE)
        self.note_saved.emit(note.id)
        return note

    def delete(self, note_id: str) -> None:
        note = self.capture.delete(note_id)
        if note is None:
            return
        snippet = note.text if len(note.text) <= 40 else note.text[:39] + "…"
        self.undo_label.setText(self.tr("Note slettet: «%1»").replace("%1", snippet))
        self.undo_bar.show()
        self._undo_timer.start()

    def undo(self):
        note = self.capture.undo()
        if not self.capture.can_undo():
            self.undo_bar.hide()
        return note

    def edit_note(self, note_id: str, text: str) -> None:
        self.capture.edit(note_id, text)

    # --- draft -------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        text = self.session.load_draft()
        if text:
            self.edit.setPlainText(text)
            self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def save_draft(self) -> None:
        self._draft_timer.stop()
        self.session.save_draft(self.edit.toPlainText())

    def _on_text_changed(self) -> None:
        self._draft_timer.start()
        self.refresh_attribution()
        self._update_completion()

    # --- @ completion ------------------------------------------------------------------
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
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0 or (
                self.completer.completionCount() == 1 and self.completer.currentCompletion() == prefix):
            self.completer.popup().hide()
            return
        rect = self.edit.cursorRect()
        rect.setWidth(220)
        self.completer.complete(rect)

    def _insert_completion(self, name: str) -> None:
        prefix = self._mention_prefix() or ""
        cur = self.edit.textCursor()
        cur.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                         len(prefix) + 1)
        cur.insertText(f"@{name} ")
        self.edit.setTextCursor(cur)

    # --- refresh -----------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("participants",):
            self._rebuild_participants()
        if kind in ("note", "note_removed", "participants", "agenda", "log"):
            self.refresh_list()
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
        self._names.setStringList([p.name for p in present])
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
            parts.append(kind_label(self.kind, self.tr))
        return " · ".join(parts)

    def refresh_attribution(self) -> None:
        self._sync_pick_buttons()
        self.attribution.setText(self.attribution_text())

    def visible_notes(self):
        mode = self.filter.currentData() or "item"
        step = self.session.runner.current_step()
        if mode == "item":
            notes = self.capture.notes(item=step.item.id if step else None, query=self.search.text())
        elif mode == "all":
            notes = self.capture.notes(query=self.search.text())
        else:
            notes = self.capture.notes(participant=mode, query=self.search.text())
        return notes

    def refresh_list(self) -> None:
        selected = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for n in self.visible_notes():
            it = QListWidgetItem(self.note_line(n))
            it.setData(Qt.ItemDataRole.UserRole, n.id)
            self.list.addItem(it)
            if n.id == selected:
                self.list.setCurrentItem(it)
        self.list.scrollToBottom()

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
            bits.append(kind_label(n.kind, self.tr).upper())
        return " · ".join(bits) + "\n" + n.text

    # --- list interaction --------------------------------------------------------------
    def _edit_item(self, item: QListWidgetItem) -> None:
        note = self.meeting.note(item.data(Qt.ItemDataRole.UserRole))
        if note is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Redigér note"), self.tr("Note:"),
                                                 note.text)
        if ok:
            self.edit_note(note.id, text)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = self.context_menu_for(item.data(Qt.ItemDataRole.UserRole))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def context_menu_for(self, note_id: str) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Redigér…"), lambda: self._edit_item(self.list.currentItem())
                       if self.list.currentItem() else None)
        to_item = menu.addMenu(self.tr("Flyt til punkt"))
        for it in self.meeting.agenda:
            a = QAction(f"{it.number}. {it.title}", to_item)
            a.triggered.connect(lambda _=False, iid=it.id: self.capture.move(note_id, item=iid))
            to_item.addAction(a)
        to_person = menu.addMenu(self.tr("Tilskriv deltager"))
        none = QAction(self.tr("Ingen deltager"), to_person)
        none.triggered.connect(lambda: self.capture.move(note_id, participant=None))
        to_person.addAction(none)
        for p in self.meeting.participants:
            a = QAction(p.name, to_person)
            a.triggered.connect(lambda _=False, pid=p.id: self.capture.move(note_id, participant=pid))
            to_person.addAction(a)
        kinds = menu.addMenu(self.tr("Notetype"))
        for kind in NoteKind:
            a = QAction(kind_label(kind, self.tr), kinds)
            a.triggered.connect(lambda _=False, k=kind: self.capture.move(note_id, kind=k))
            kinds.addAction(a)
        menu.addSeparator()
        menu.addAction(self.tr("Slet"), lambda: self.delete(note_id))
        return menu

    def selected_note_id(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None


def kind_label(kind: NoteKind, tr) -> str:
    return {NoteKind.NOTE: tr("Note"), NoteKind.DECISION: tr("Beslutning"),
            NoteKind.ACTION: tr("Handling"), NoteKind.EVALUATION: tr("Evaluering")}[NoteKind(kind)]
