"""The start screen (layout only): new meeting, recent meetings, meeting files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core import danish
from sus_desktop.ui.common.labels import meeting_state

BUILTIN = ""  # template combo data for the built-in agenda


class StartView(QWidget):
    new_requested = Signal(str)  # template name, "" = the built-in SUS 2025 agenda
    open_requested = Signal(str)  # meeting id
    delete_requested = Signal(str)
    import_requested = Signal()
    join_requested = Signal()  # "Deltag i møde…": another laptop shares its meeting
    export_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("start_view")
        title = QLabel(self.tr("SUS Desktop"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        title.setFont(f)
        subtitle = QLabel(self.tr("Skoleudviklingssamtalen – forberedelse, afvikling og referat"))

        self.new_button = QPushButton(self.tr("Nyt møde"), objectName="new_meeting")
        nf = self.new_button.font()
        nf.setPointSizeF(nf.pointSizeF() * 1.4)
        nf.setBold(True)
        self.new_button.setFont(nf)
        self.new_button.setMinimumHeight(48)
        self.new_button.setDefault(True)
        self.template_combo = QComboBox(objectName="template_combo")
        self.template_combo.setMinimumWidth(280)
        self.new_button.clicked.connect(
            lambda: self.new_requested.emit(self.template_combo.currentData() or BUILTIN)
        )
        self.join_button = QPushButton(self.tr("Deltag i møde…"), objectName="join_meeting")
        self.join_button.setToolTip(
            self.tr("Skriv noter som referent i et møde, som facilitatorens bærbare deler")
        )
        self.join_button.clicked.connect(self.join_requested)
        new_box = QGroupBox(self.tr("Nyt møde"))
        nl = QHBoxLayout(new_box)
        nl.addWidget(self.new_button)
        nl.addWidget(QLabel(self.tr("Dagsorden:")))
        nl.addWidget(self.template_combo)
        nl.addStretch(1)
        nl.addWidget(self.join_button)

        self.table = QTableWidget(0, 4, objectName="recent_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Skole"), self.tr("Dato"), self.tr("Status"), self.tr("Titel")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(
            lambda ix: self._emit_for_row(self.open_requested, ix.row())
        )
        self.empty_label = QLabel(
            self.tr("Ingen møder endnu. Klik «Nyt møde» for at begynde."), objectName="recent_empty"
        )
        self.open_button = QPushButton(self.tr("Åbn"), objectName="open_meeting")
        self.delete_button = QPushButton(self.tr("Slet…"), objectName="delete_meeting")
        self.import_button = QPushButton(self.tr("Åbn mødefil…"), objectName="import_meeting")
        self.export_button = QPushButton(self.tr("Eksportér mødefil…"), objectName="export_meeting")
        self.open_button.clicked.connect(lambda: self._emit_for_row(self.open_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_row(self.delete_requested))
        self.export_button.clicked.connect(lambda: self._emit_for_row(self.export_requested))
        self.import_button.clicked.connect(self.import_requested)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        recent_box = QGroupBox(self.tr("Seneste møder"))
        rl = QVBoxLayout(recent_box)
        rl.addWidget(self.empty_label)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.delete_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        rl.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addWidget(new_box)
        layout.addWidget(recent_box, 1)
        self._ids: list[str] = []
        self._update_buttons()

    def set_templates(self, names: list[str]) -> None:
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("Standard: SUS 2025 (120 min)"), BUILTIN)
        for name in names:
            self.template_combo.addItem(self.tr("Skabelon: %1").replace("%1", name), name)

    def set_meetings(self, summaries: list) -> None:
        self._ids = [s.id for s in summaries]
        self.table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            school = s.school or self.tr("(skole ikke angivet)")
            for col, text in enumerate(
                [school, danish.date_text(s.date), meeting_state(s.state), s.title]
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setVisible(bool(summaries))
        self.empty_label.setVisible(not summaries)
        if summaries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _emit_for_row(self, signal, row: int | None = None) -> None:
        if row is not None and 0 <= row < len(self._ids):
            signal.emit(self._ids[row])
            return
        mid = self.selected_id()
        if mid:
            signal.emit(mid)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.open_button, self.delete_button, self.export_button):
            b.setEnabled(has)
