"""The Referat tab: the minutes editor, usable during and after the meeting.

Left the sections of the municipal template; in the middle the selected section's text as
plain text ("# " sub-heading, "- " bullet, "1. " numbered line; reordering, merging, dropping
and rewriting is just editing), with "Vis navne", "Med i referatet" and "Byg igen fra
noterne"; right the notes of that section, read-only, where a note can be given a theme.

Every keystroke is a command (EditMinutesSection), stored like a note. A section never edited
shows the draft from the notes (core/minutes_draft.py), which follows the notes; the first
keystroke stores the text. Nothing here ever replaces edited text without asking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core import minutes_draft as draft
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import EditMinutesSection, MoveNote, RebuildMinutesSection
from sus_desktop.core.meeting import Note, NoteKind

_REDRAW = (
    ChangeKind.NOTE,
    ChangeKind.ITEM,
    ChangeKind.PHASE,
    ChangeKind.PARTICIPANT,
    ChangeKind.INFO,
    ChangeKind.MINUTES,
)
KEY_ROLE = Qt.ItemDataRole.UserRole


class MinutesView(QWidget):
    def __init__(self, session, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_view")
        self.session = session
        self.dialogs = dialogs
        self.key: str | None = None
        self._loading = False
        self._sections: list[draft.DraftSection] = []

        self.sections_list = QListWidget(objectName="minutes_sections")
        self.sections_list.setAccessibleName(self.tr("Referatets afsnit"))
        self.sections_list.setWordWrap(True)  # long item titles wrap instead of scrolling
        self.sections_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_list.setSpacing(2)
        self.sections_list.currentItemChanged.connect(self._on_section_picked)

        self.heading = QLabel(objectName="minutes_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.prompt = QLabel(objectName="minutes_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-style: italic;")
        self.names = QCheckBox(self.tr("Vis navne"), objectName="minutes_names")
        self.names.setToolTip(self.tr("Talerens navn foran hvert punkt i kladden"))
        self.names.toggled.connect(self._names_toggled)
        self.included = QCheckBox(self.tr("Med i referatet"), objectName="minutes_included")
        self.included.toggled.connect(self._included_toggled)
        self.rebuild = QPushButton(self.tr("Byg igen fra noterne"), objectName="minutes_rebuild")
        self.rebuild.setToolTip(self.tr("Erstat teksten med en ny kladde fra noterne"))
        self.rebuild.clicked.connect(self.rebuild_section)
        self.state = QLabel(objectName="minutes_state")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.editor = QPlainTextEdit(objectName="minutes_editor")
        self.editor.setAccessibleName(self.tr("Afsnittets tekst"))
        self.editor.setTabChangesFocus(True)
        from sus_desktop.ui.minutes.highlighter import MinutesHighlighter

        self._highlighter = MinutesHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._on_text_changed)
        hint = QLabel(
            self.tr("# Overskrift · - punkt · 1. Beslutning – forklaring"),
            objectName="minutes_hint",
        )
        hint.setStyleSheet("color: palette(placeholder-text);")

        checks = QHBoxLayout()
        checks.addWidget(self.names)
        checks.addWidget(self.included)
        checks.addStretch(1)
        checks.addWidget(self.rebuild)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(8, 0, 8, 0)
        mid.addWidget(self.heading)
        mid.addWidget(self.prompt)
        mid.addLayout(checks)
        mid.addWidget(self.state)
        mid.addWidget(self.editor, 1)
        mid.addWidget(hint)

        notes_title = QLabel(self.tr("Noterne til afsnittet (ændres ikke)"))
        notes_title.setStyleSheet("font-weight: bold;")
        self.notes = QListWidget(objectName="minutes_notes")
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)  # one note from the next at a glance
        self.notes.setSpacing(2)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notes.setAccessibleName(self.tr("Noterne til afsnittet"))
        self.notes.itemSelectionChanged.connect(self._on_note_selected)
        self.theme = QComboBox(objectName="minutes_theme")
        self.theme.setEditable(True)
        self.theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme.lineEdit().setPlaceholderText(self.tr("Tema, fx Barrierer"))
        self.theme.setToolTip(self.tr("Kladden samler noterne under deres tema"))
        self.set_theme = QPushButton(self.tr("Sæt tema"), objectName="minutes_set_theme")
        self.set_theme.clicked.connect(self.assign_theme)
        self.theme.lineEdit().returnPressed.connect(self.assign_theme)
        theme_row = QHBoxLayout()
        theme_row.addWidget(QLabel(self.tr("Tema:")))
        theme_row.addWidget(self.theme, 1)
        theme_row.addWidget(self.set_theme)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(notes_title)
        rl.addWidget(self.notes, 1)
        rl.addLayout(theme_row)

        split = QSplitter(Qt.Orientation.Horizontal, objectName="minutes_split")
        split.addWidget(self.sections_list)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([210, 640, 380])
        split.setChildrenCollapsible(False)
        self.sections_list.setMinimumWidth(150)
        right.setMinimumWidth(220)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)

        session.changed.connect(self._on_changed)
        self.refresh()
        if self.sections_list.count():
            self.sections_list.setCurrentRow(0)

    # --- reading the meeting -------------------------------------------------------------
    @property
    def meeting(self):
        return self.session.meeting

    def current_section(self) -> draft.DraftSection | None:
        return next((s for s in self._sections if s.key == self.key), None)

    def _label(self, sec: draft.DraftSection, eff: draft.Effective) -> str:
        marks = []
        if eff.edited:
            marks.append(self.tr("redigeret"))
        if not eff.included:
            marks.append(self.tr("ikke med"))
        return sec.heading + (f"  ({', '.join(marks)})" if marks else "")

    def refresh(self) -> None:
        """Sections and the current page from the meeting (rows updated in place)."""
        self._sections = draft.sections(self.meeting)
        keys = [s.key for s in self._sections]
        lst = self.sections_list
        old = [lst.item(n).data(KEY_ROLE) for n in range(lst.count())]
        lst.blockSignals(True)
        if old != keys:
            lst.clear()
            for s in self._sections:
                item = QListWidgetItem()
                item.setData(KEY_ROLE, s.key)
                lst.addItem(item)
        for n, s in enumerate(self._sections):
            eff = draft.effective(self.meeting, s)
            lst.item(n).setText(self._label(s, eff))
            lst.item(n).setToolTip(s.heading)
        if self.key in keys:
            lst.setCurrentRow(keys.index(self.key))
        lst.blockSignals(False)
        if self.key not in keys and keys:
            self.key = keys[0]
            lst.setCurrentRow(0)
        self._show_page()

    def _show_page(self) -> None:
        sec = self.current_section()
        if sec is None:
            return
        eff = draft.effective(self.meeting, sec)
        self.heading.setText(sec.heading)
        self.prompt.setText(sec.prompt)
        self.prompt.setVisible(bool(sec.prompt))
        self._loading = True
        try:
            self.names.setChecked(eff.names)
            self.names.setEnabled(sec.key != draft.FOCUS)
            self.included.setChecked(eff.included)
            if self.editor.toPlainText() != eff.text:
                self._set_editor_text(eff.text)
        finally:
            self._loading = False
        self.rebuild.setEnabled(eff.edited)
        if eff.edited:
            self.state.setText(self.tr("Din tekst. Nye noter ændrer den ikke; de står til højre."))
        elif sec.key == draft.FOCUS:
            self.state.setText(
                self.tr("Læringsfokus fra Forberedelse. Ret her, så bliver det referatets tekst.")
            )
        else:
            self.state.setText(
                self.tr("Kladde fra noterne – den følger noterne, til du retter i den.")
            )
        self._fill_notes(sec)

    def _set_editor_text(self, text: str) -> None:
        """Replace the editor's text, keeping the cursor where it was as far as it goes."""
        pos = self.editor.textCursor().position()
        bar = self.editor.verticalScrollBar().value()
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(pos, len(text)))
        self.editor.setTextCursor(cursor)
        self.editor.verticalScrollBar().setValue(bar)

    def _fill_notes(self, sec: draft.DraftSection) -> None:
        people = {p.id: p for p in self.meeting.participants}
        selected = {i.data(KEY_ROLE) for i in self.notes.selectedItems()}
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in sec.all_notes:
            self.notes.addItem(self._note_item(note, people))
            if note.id in selected:
                self.notes.item(self.notes.count() - 1).setSelected(True)
        self.notes.blockSignals(False)
        if sec.key == draft.FOCUS:
            self.notes.addItem(QListWidgetItem(self.tr("Læringsfokus skrives under Forberedelse.")))
        themes = sorted(
            {n.theme for n in self.meeting.live_notes() if n.theme.strip()}, key=str.casefold
        )
        current = self.theme.currentText()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItems(themes)
        self.theme.setEditText(current)
        self.theme.blockSignals(False)
        self._on_note_selected()

    def _note_item(self, note: Note, people) -> QListWidgetItem:
        p = people.get(note.participant or "")
        head = [draft.label(p)] if p else []
        if note.kind == NoteKind.DECISION:
            head.append(self.tr("Beslutning"))
        elif note.kind == NoteKind.EVALUATION:
            head.append(self.tr("Evaluering"))
        if note.theme:
            head.append("#" + note.theme)
        item = QListWidgetItem((" · ".join(head) + "\n" if head else "") + note.text)
        item.setData(KEY_ROLE, note.id)
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        return item

    # --- changes from elsewhere ----------------------------------------------------------
    def _on_changed(self, cs: ChangeSet) -> None:
        if not cs.has(*_REDRAW):
            return
        only_ours = all(c.kind == ChangeKind.MINUTES and c.id == self.key for c in cs)
        if only_ours:  # a keystroke here: the list's mark and the page's buttons only
            sec = self.current_section()
            if sec is not None:
                eff = draft.effective(self.meeting, sec)
                row = self.sections_list.currentRow()
                if row >= 0:
                    self.sections_list.item(row).setText(self._label(sec, eff))
                if self.editor.toPlainText() != eff.text or self.rebuild.isEnabled() != eff.edited:
                    self._show_page()  # a rebuild, or the first keystroke: the page's state
            return
        self.refresh()

    def _on_section_picked(self, current, _previous) -> None:
        if current is None:
            return
        self.key = current.data(KEY_ROLE)
        self.notes.clearSelection()
        self._show_page()

    def select(self, key: str) -> None:
        keys = [s.key for s in self._sections]
        if key in keys:
            self.sections_list.setCurrentRow(keys.index(key))

    # --- the referent's edits ------------------------------------------------------------
    def _settings(self) -> tuple[bool, bool]:
        sec = self.current_section()
        if sec is None:
            return False, True
        eff = draft.effective(self.meeting, sec)
        return eff.names, eff.included

    def _on_text_changed(self) -> None:
        if self._loading or self.key is None:
            return
        names, included = self._settings()
        self.session.execute(
            EditMinutesSection(
                key=self.key, text=self.editor.toPlainText(), names=names, included=included
            )
        )

    def _included_toggled(self, on: bool) -> None:
        if self._loading or self.key is None:
            return
        names, _ = self._settings()
        self.session.execute(EditMinutesSection(key=self.key, names=names, included=on))

    def _names_toggled(self, on: bool) -> None:
        if self._loading or self.key is None:
            return
        sec = self.current_section()
        if sec is None:
            return
        eff = draft.effective(self.meeting, sec)
        if not eff.edited:
            self.session.execute(EditMinutesSection(key=self.key, names=on, included=eff.included))
            return
        # Names live in the text: with edited text, switching them means a new draft.
        question = (
            self.tr(
                "Teksten i «%1» er rettet. Vil du bygge afsnittet igen fra noterne"
                " med talernes navne? Dine rettelser erstattes."
            )
            if on
            else self.tr(
                "Teksten i «%1» er rettet. Vil du bygge afsnittet igen fra noterne"
                " uden talernes navne? Dine rettelser erstattes."
            )
        )
        if self._ask_rebuild(sec, question, names=on):
            return
        self._loading = True
        self.names.setChecked(not on)
        self._loading = False

    def rebuild_section(self) -> bool:
        """ "Byg igen fra noterne"; asks first when edited text would be lost."""
        sec = self.current_section()
        if sec is None:
            return False
        return self._ask_rebuild(
            sec,
            self.tr(
                "Vil du erstatte teksten i «%1» med en ny kladde"
                " fra noterne? Dine rettelser i teksten går tabt."
            ),
        )

    def _ask_rebuild(
        self, sec: draft.DraftSection, question: str, names: bool | None = None
    ) -> bool:
        eff = draft.effective(self.meeting, sec)
        fresh = draft.draft_text(self.meeting, sec, eff.names if names is None else names)
        lost = eff.edited and eff.text.strip() and eff.text.strip() != fresh.strip()
        if lost and not self.dialogs.confirm(
            self.tr("Byg igen fra noterne"),
            question.replace("%1", sec.heading),
            self.tr("Byg igen"),
        ):
            return False
        self.session.execute(RebuildMinutesSection(key=sec.key, names=names))
        return True

    # --- themes --------------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.data(KEY_ROLE) for i in self.notes.selectedItems() if i.data(KEY_ROLE)]

    def _on_note_selected(self) -> None:
        ids = self.selected_note_ids()
        self.set_theme.setEnabled(bool(ids))
        if len(ids) == 1:
            note = self.meeting.note(ids[0])
            if note is not None:
                self.theme.setEditText(note.theme)

    def assign_theme(self) -> None:
        """The selected notes get the typed theme (empty: none); the draft regroups."""
        theme = " ".join(self.theme.currentText().split())
        for note_id in self.selected_note_ids():
            self.session.execute(MoveNote(note_id=note_id, fields={"theme": theme}))
