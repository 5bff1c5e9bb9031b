"""Item 5 (decision): the questions as prompts and the actions table (Hvad / Hvem / Hvornår).
Item 6 (evaluation): `EvaluationPrompts` shows the evaluation questions.

Every edit of the actions is a command; "Hent fra noter" turns action notes not yet parsed
into actions (each note once).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.agenda import Mode
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import (
    ActionsFromNotes,
    AddAction,
    RemoveAction,
    UpdateAction,
)

FIELDS = ("what", "who", "due")


def phase_questions(session, mode: Mode) -> tuple[str, list[str]]:
    """(title, questions) of the current step if it has `mode`, else the agenda's first such."""
    runner = session.runner
    cur = runner.current_step()
    steps = ([cur] if cur is not None else []) + runner.steps()
    for s in steps:
        if s.phase is not None and s.phase.mode == mode:
            return s.phase.title, list(s.phase.questions)
    return "", []


def prompts_html(questions: list[str]) -> str:
    esc = [q.replace("&", "&amp;").replace("<", "&lt;") for q in questions]
    return "<ul>" + "".join(f"<li style='margin-bottom:6px'>{q}</li>" for q in esc) + "</ul>"


class PromptList(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("font-size: 14pt;")
        self.setAlignment(Qt.AlignmentFlag.AlignTop)


class EvaluationPrompts(QWidget):
    """Item 6: "Samtale om samtalen" questions as prompts."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation_prompts")
        self.session = session
        lay = QVBoxLayout(self)
        self.title = QLabel(objectName="evaluation_title")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.prompts = PromptList()
        self.hint = QLabel(self.tr("Referenten kan markere noter som Evaluering (Ctrl+E)."))
        self.hint.setStyleSheet("color: #555;")
        lay.addWidget(self.title)
        lay.addWidget(self.prompts, 1)
        lay.addWidget(self.hint)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(ChangeKind.LOG):
            self.refresh()

    def refresh(self) -> None:
        title, qs = phase_questions(self.session, Mode.EVALUATION)
        self.title.setText(title or self.tr("Samtale om samtalen"))
        self.prompts.setText(prompts_html(qs))


class DecisionPanel(QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_panel")
        self.session = session
        self.meeting = session.meeting
        self._filling = False
        lay = QVBoxLayout(self)
        self.title = QLabel(objectName="decision_title")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.prompts = PromptList()
        lay.addWidget(self.title)
        lay.addWidget(self.prompts)
        lay.addWidget(QLabel(self.tr("Handlinger")))
        self.table = QTableWidget(0, 3, objectName="actions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Hvad"), self.tr("Hvem"), self.tr("Hvornår")])
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tilføj handling"), objectName="add_action")
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = QPushButton(self.tr("Slet handling"), objectName="remove_action")
        self.remove_button.clicked.connect(self.remove_selected)
        self.fetch_button = QPushButton(self.tr("Hent fra noter"), objectName="fetch_actions")
        self.fetch_button.setToolTip(
            self.tr("Laver handlinger af noter af typen Handling («Hvad; Hvem; Hvornår»)")
        )
        self.fetch_button.clicked.connect(self.fetch_from_notes)
        for b in (self.add_button, self.remove_button, self.fetch_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(ChangeKind.LOG):
            self.refresh()
        elif changes.has(ChangeKind.ACTION):
            self.fill_table()

    def refresh(self) -> None:
        title, qs = phase_questions(self.session, Mode.DECISION)
        self.title.setText(title or self.tr("Beslutning"))
        self.prompts.setText(prompts_html(qs))
        self.fill_table()

    def fill_table(self) -> None:
        """Cells are updated in place: an open editor keeps its row."""
        self._filling = True
        self.table.setRowCount(len(self.meeting.actions))
        for r, a in enumerate(self.meeting.actions):
            for c, f in enumerate(FIELDS):
                it = self.table.item(r, c)
                if it is None or it.data(Qt.ItemDataRole.UserRole) != a.id:
                    it = QTableWidgetItem(getattr(a, f))
                    it.setData(Qt.ItemDataRole.UserRole, a.id)
                    self.table.setItem(r, c, it)
                elif it.text() != getattr(a, f):
                    it.setText(getattr(a, f))
        self._filling = False

    def _on_item_changed(self, it: QTableWidgetItem) -> None:
        if self._filling:
            return
        aid = it.data(Qt.ItemDataRole.UserRole)
        if aid:
            self.session.execute(
                UpdateAction(action_id=aid, fields={FIELDS[it.column()]: it.text()})
            )

    def _item_id(self) -> str | None:
        step = self.session.runner.current_step()
        return step.item.id if step else None

    def add_action(self) -> None:
        self.session.execute(AddAction(what=self.tr("Ny handling"), item=self._item_id()))
        r = self.table.rowCount() - 1
        self.table.setCurrentCell(r, 0)
        self.table.editItem(self.table.item(r, 0))

    def remove_selected(self) -> None:
        it = self.table.currentItem()
        if it is not None:
            self.session.execute(RemoveAction(action_id=it.data(Qt.ItemDataRole.UserRole)))

    def fetch_from_notes(self) -> int:
        return self.session.execute(ActionsFromNotes()) or 0
