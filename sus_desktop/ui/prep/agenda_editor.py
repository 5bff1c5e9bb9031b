"""The agenda editor: a tree of items and phases, a form for the selected one, and the live
totals. Reorder with ▲/▼ or by dragging."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core import agenda_edit, danish
from sus_desktop.core.agenda import AgendaItem, Mode, Phase
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import (
    AddAgendaItem,
    AddPhase,
    MoveAgendaEntry,
    RemoveAgendaEntry,
    SetAgendaFields,
)
from sus_desktop.ui.common.labels import mode_label
from sus_desktop.ui.common.settings import DEFAULT_WARN_SECONDS
from sus_desktop.ui.prep.agenda_model import AgendaModel
from sus_desktop.ui.prep.prep_presenter import phase_notes, total_text
from sus_desktop.ui.run.run_presenter import phase_warn_seconds
from sus_desktop.ui.session import MeetingSession


def _long_edit(name: str, height: int = 80) -> QPlainTextEdit:
    e = QPlainTextEdit(objectName=name)
    e.setTabChangesFocus(True)
    e.setMinimumHeight(height)
    return e


class MinutesSpin(QDoubleSpinBox):
    """Minutes, half minutes allowed: "45 min", "2,5 min" (never "45,0 min")."""

    def textFromValue(self, value: float) -> str:
        if float(value).is_integer():
            return self.locale().toString(int(value))
        return super().textFromValue(value)


def _minutes_spin(name: str) -> QDoubleSpinBox:
    s = MinutesSpin(objectName=name)
    s.setRange(0, 600)
    s.setDecimals(1)
    s.setSingleStep(1)
    s.setSuffix(" min")
    s.setKeyboardTracking(False)
    return s


class AgendaEditor(QGroupBox):
    save_template_requested = Signal()
    reset_requested = Signal()
    warn_base = DEFAULT_WARN_SECONDS  # the setting's warning time, for the "Standard" text

    def __init__(self, session: MeetingSession, parent=None) -> None:
        super().__init__(self.tr("Dagsorden"), parent)
        self.session = session
        self.meeting = session.meeting
        self.current_id: str | None = None
        self._filling = False

        self.model = AgendaModel(session, self)
        self.tree = QTreeView(objectName="agenda_tree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        h = self.tree.header()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

        self.up_button = QPushButton(self.tr("▲ Op"), objectName="agenda_up")
        self.down_button = QPushButton(self.tr("▼ Ned"), objectName="agenda_down")
        self.add_item_button = QPushButton(self.tr("Nyt punkt"), objectName="add_item")
        self.add_phase_button = QPushButton(self.tr("Ny fase"), objectName="add_phase")
        self.remove_button = QPushButton(self.tr("Fjern"), objectName="agenda_remove")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.add_item_button.clicked.connect(self.add_item)
        self.add_phase_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove)
        tree_buttons = QHBoxLayout()
        for b in (
            self.up_button,
            self.down_button,
            self.add_item_button,
            self.add_phase_button,
            self.remove_button,
        ):
            tree_buttons.addWidget(b)
        tree_buttons.addStretch(1)

        # Item form.
        self.item_title = QLineEdit(objectName="item_title")
        self.item_minutes = _minutes_spin("item_minutes")
        self.item_responsible = QLineEdit(objectName="item_responsible")
        self.item_goal = _long_edit("item_goal")
        self.item_process = _long_edit("item_process", 100)
        self.item_fixed = QCheckBox(
            self.tr("Fast tid (røres ikke ved genberegning)"), objectName="item_fixed"
        )
        item_page = QWidget()
        f = QFormLayout(item_page)
        f.addRow(self.tr("Titel:"), self.item_title)
        f.addRow(self.tr("Minutter:"), self.item_minutes)
        f.addRow(self.tr("Ansvarlig:"), self.item_responsible)
        f.addRow(self.tr("Mål:"), self.item_goal)
        f.addRow(self.tr("Proces:"), self.item_process)
        f.addRow("", self.item_fixed)

        # Phase form.
        self.phase_title = QLineEdit(objectName="phase_title")
        self.phase_minutes = _minutes_spin("phase_minutes")
        self.phase_mode = QComboBox(objectName="phase_mode")
        for mode in Mode:
            self.phase_mode.addItem(mode_label(mode), mode.value)
        self.phase_optional = QCheckBox(self.tr("Valgfri fase"), objectName="phase_optional")
        # Amber this long before the phase ends; the lowest value means "as the phase's length
        # suggests" (the setting's time, twice that for long phases).
        self.phase_warn = _minutes_spin("phase_warn")
        self.phase_warn.setRange(0, 60)
        self.phase_warn.setSingleStep(0.5)
        self.phase_warn.setToolTip(self.tr("Nedtællingen bliver gul så længe før fasen slutter"))
        self.phase_questions = _long_edit("phase_questions", 140)
        self.phase_questions.setPlaceholderText(self.tr("Ét spørgsmål pr. linje"))
        phase_page = QWidget()
        g = QFormLayout(phase_page)
        g.addRow(self.tr("Titel:"), self.phase_title)
        g.addRow(self.tr("Minutter:"), self.phase_minutes)
        g.addRow(self.tr("Form:"), self.phase_mode)
        g.addRow(self.tr("Varsel:"), self.phase_warn)
        g.addRow("", self.phase_optional)
        g.addRow(self.tr("Spørgsmål:"), self.phase_questions)

        self.empty_page = QLabel(self.tr("Vælg et punkt eller en fase i listen."))
        self.form_stack = QStackedWidget(objectName="agenda_form")
        self.form_stack.addWidget(self.empty_page)
        self.form_stack.addWidget(item_page)
        self.form_stack.addWidget(phase_page)
        self.item_page, self.phase_page = item_page, phase_page

        self.total_label = QLabel(objectName="agenda_total")
        self.total_label.setWordWrap(True)
        bold = self.total_label.font()
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.mismatch_label = QLabel(objectName="agenda_mismatch")
        self.mismatch_label.setWordWrap(True)
        self.save_template_button = QPushButton(
            self.tr("Gem som skabelon…"), objectName="save_template"
        )
        self.reset_button = QPushButton(
            self.tr("Nulstil til standarddagsorden"), objectName="reset_agenda"
        )
        self.save_template_button.clicked.connect(self.save_template_requested)
        self.reset_button.clicked.connect(self.reset_requested)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree, 1)
        ll.addLayout(tree_buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form_stack)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_template_button)
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.mismatch_label)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        # Commits: one-line fields when left, long texts when focus leaves them.
        # Every keystroke is a command, durable at once (not only when the field is left).
        self.item_title.textEdited.connect(lambda t: self._set(title=t))
        self.item_title.editingFinished.connect(lambda: self._set(title=self.item_title.text()))
        self.item_responsible.textEdited.connect(lambda t: self._set(responsible=t))
        self.item_responsible.editingFinished.connect(
            lambda: self._set(responsible=self.item_responsible.text())
        )
        self.item_minutes.valueChanged.connect(lambda v: self._set(minutes=v))
        self.item_fixed.toggled.connect(lambda v: self._set(fixed=v))
        self.phase_title.textEdited.connect(lambda t: self._set(title=t))
        self.phase_title.editingFinished.connect(lambda: self._set(title=self.phase_title.text()))
        self.phase_minutes.valueChanged.connect(lambda v: self._set(minutes=v))
        self.phase_mode.currentIndexChanged.connect(
            lambda _i: self._set(mode=self.phase_mode.currentData())
        )
        self.phase_optional.toggled.connect(lambda v: self._set(optional=v))
        self.phase_warn.valueChanged.connect(lambda v: self._set(warn_minutes=v if v > 0 else None))
        for edit, key in (
            (self.item_goal, "goal"),
            (self.item_process, "process"),
            (self.phase_questions, "questions"),
        ):
            edit.textChanged.connect(lambda e=edit, k=key: self._set(**{k: e.toPlainText()}))
        session.changed.connect(self._on_changed)
        self.refresh_status()
        self.tree.expandAll()
        if self.meeting.agenda:
            self.select(self.meeting.agenda[0].id)

    # --- selection ----------------------------------------------------------------
    def select(self, obj_id: str) -> None:
        ix = self.model.index_of(obj_id)
        if ix.isValid():
            self.tree.setCurrentIndex(ix)
            self.tree.scrollTo(ix)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        if self.current_id:
            ix = self.model.index_of(self.current_id)
            if ix.isValid():
                self._filling = True
                try:
                    self.tree.setCurrentIndex(ix)
                finally:
                    self._filling = False
                return
            self.current_id = None
            self.form_stack.setCurrentWidget(self.empty_page)

    def _on_current(self, current, _previous) -> None:
        obj = self.model.node(current)
        new_id = obj.id if obj is not None else None
        if self._filling and new_id == self.current_id:
            return
        self.current_id = new_id
        self.fill_form()

    def fill_form(self) -> None:
        item, phase = agenda_edit.find(self.meeting, self.current_id or "")
        self._filling = True
        try:
            if item is None:
                self.form_stack.setCurrentWidget(self.empty_page)
            elif phase is None:
                self.form_stack.setCurrentWidget(self.item_page)
                self.item_title.setText(item.title)
                self.item_minutes.setValue(float(item.minutes))
                self.item_responsible.setText(item.responsible)
                self.item_goal.setPlainText(item.goal)
                self.item_process.setPlainText(item.process)
                self.item_fixed.setChecked(item.fixed)
            else:
                self.form_stack.setCurrentWidget(self.phase_page)
                self.phase_title.setText(phase.title)
                self.phase_minutes.setValue(float(phase.minutes))
                self.phase_mode.setCurrentIndex(max(0, self.phase_mode.findData(phase.mode.value)))
                self.phase_optional.setChecked(phase.optional)
                self._show_warn(phase)
                self.phase_questions.setPlainText("\n".join(phase.questions))
        finally:
            self._filling = False

    def _show_warn(self, phase, value: bool = True) -> None:
        default = phase_warn_seconds(Phase(phase.title, phase.minutes), self.warn_base) / 60
        self.phase_warn.setSpecialValueText(
            self.tr("Standard (%1 min)").replace("%1", danish.minutes(default))
        )
        if value:
            self.phase_warn.setValue(float(phase.warn_minutes or 0))

    # --- edits ------------------------------------------------------------------
    def _set(self, **fields) -> None:
        if self._filling or not self.current_id:
            return
        self._filling = True  # the change echoes back: don't refill the field being typed in
        try:
            self.session.execute(SetAgendaFields(entry_id=self.current_id, fields=fields))
        finally:
            self._filling = False

    def _move(self, delta: int) -> None:
        if self.current_id:
            self.session.execute(MoveAgendaEntry(entry_id=self.current_id, delta=delta))

    def add_item(self) -> AgendaItem:
        item = self.session.execute(
            AddAgendaItem(after_id=self.current_id, title=self.tr("Nyt punkt"))
        )
        self.current_id = item.id
        self.select(item.id)
        self.fill_form()
        return item

    def add_phase(self) -> None:
        target = self.current_id or (self.meeting.agenda[-1].id if self.meeting.agenda else None)
        if target is None:
            return
        phase = self.session.execute(AddPhase(at_id=target, title=self.tr("Ny fase")))
        if phase is not None:
            self.current_id = phase.id
            self.select(phase.id)
            self.fill_form()

    def remove(self) -> None:
        if self.current_id:
            self.session.execute(RemoveAgendaEntry(entry_id=self.current_id))

    # --- status -----------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(ChangeKind.INFO):
            self.refresh_status()
        if changes.agenda and not self._filling:
            self._refill_unfocused()
        _item, phase = agenda_edit.find(self.meeting, self.current_id or "")
        if changes.agenda and phase is not None:  # a new length may change the standard warning
            self._show_warn(phase, value=False)

    def _refill_unfocused(self) -> None:
        """After an outside change (undo, reset), show current values unless being typed in."""
        focus = (
            self.form_stack.currentWidget().focusWidget()
            if self.form_stack.currentWidget()
            else None
        )
        if focus is None or not focus.hasFocus():
            self.fill_form()

    def refresh_status(self) -> None:
        text, too_long = total_text(self.meeting)
        self.total_label.setText(text)
        self.total_label.setStyleSheet("color: #B71C1C;" if too_long else "")
        notes = phase_notes(self.meeting)
        self.mismatch_label.setText("\n".join(text for text, _w in notes))
        self.mismatch_label.setVisible(bool(notes))
        warning = any(w for _t, w in notes)  # an optional phase's minutes are information only
        self.mismatch_label.setStyleSheet("color: #B71C1C;" if warning else "color: #555;")
