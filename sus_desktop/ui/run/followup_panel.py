"""Follow-up on last year's conversation: import its meeting file, set a status per point.

The panel sits in tabs that are not shown when a meeting opens (beside the notes, and in the
preparation): its table is built when it is first shown or used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import ImportFollowUp, SetFollowUpNote, SetFollowUpStatus
from sus_desktop.core.mode_state import DONE, DROPPED, ONGOING, OPEN, STATUSES


def status_labels() -> dict[str, str]:
    return {
        OPEN: QCoreApplication.translate("FollowUpPanel", "Åben"),
        DONE: QCoreApplication.translate("FollowUpPanel", "Udført"),
        ONGOING: QCoreApplication.translate("FollowUpPanel", "I gang"),
        DROPPED: QCoreApplication.translate("FollowUpPanel", "Droppet"),
    }


class FollowUpPanel(QWidget):
    COLUMNS = 5  # Punkt, Hvem, Hvornår, Status, Bemærkning

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followup_panel")
        self.session = session
        self._filling = False
        self._built = False
        QVBoxLayout(self)
        session.changed.connect(self._on_changed)

    # The widgets, built on first use.
    @property
    def table(self) -> QTableWidget:
        self._build()
        return self._table

    @property
    def message(self) -> QLabel:
        self._build()
        return self._message

    @property
    def import_button(self) -> QPushButton:
        self._build()
        return self._import_button

    def showEvent(self, event) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        lay = self.layout()
        head = QHBoxLayout()
        title = QLabel(self.tr("Opfølgning på sidste samtale"))
        title.setStyleSheet("font-weight: bold;")
        button = self._import_button = QPushButton(
            self.tr("Importér sidste års mødefil…"), objectName="import_followup"
        )
        button.clicked.connect(self.choose_file)
        head.addWidget(title, 1)
        head.addWidget(button)
        lay.addLayout(head)
        self._message = QLabel(objectName="followup_message")
        self._message.setWordWrap(True)
        lay.addWidget(self._message)
        table = self._table = QTableWidget(0, self.COLUMNS, objectName="followup_table")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Beslutning/handling"),
                self.tr("Hvem"),
                self.tr("Hvornår"),
                self.tr("Status"),
                self.tr("Bemærkning"),
            ]
        )
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # A narrow column shows the start of its title ("Beslutning/ha…"), never its middle.
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setTextElideMode(Qt.TextElideMode.ElideRight)
        h.setMinimumSectionSize(h.fontMetrics().horizontalAdvance("Hvornår") + 16)
        table.setWordWrap(True)
        table.itemChanged.connect(self._on_item_changed)
        lay.addWidget(table, 1)
        from sus_desktop.ui.common.accessible_names import name_controls

        name_controls(self)
        self.fill()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._built and changes.has(ChangeKind.FOLLOW_UP) and not self._filling:
            self.fill()

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg sidste års mødefil"), "", self.tr("Mødefiler (*.sus.json *.json)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> int:
        from sus_desktop.storage.meetingfile import MeetingFileError, import_meeting

        try:
            previous = import_meeting(path)
        except MeetingFileError as exc:
            self.message.setText(str(exc))
            if self.isVisible():
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Filen kunne ikke læses"), str(exc))
            return 0
        new = self.session.execute(ImportFollowUp(previous=previous)) or []
        self.message.setText(
            self.tr("%1 nye punkter hentet.").replace("%1", str(len(new)))
            if new
            else self.tr("Ingen nye beslutninger eller handlinger i filen.")
        )
        self.fill()
        return len(new)

    def fill(self) -> None:
        self._filling = True
        labels = status_labels()
        entries = self.session.meeting.follow_up
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, key in enumerate(("text", "who", "due")):
                it = QTableWidgetItem(getattr(e, key) or "")
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, it)
            combo = QComboBox()
            for s in STATUSES:
                combo.addItem(labels[s], s)
            combo.setCurrentIndex(max(0, combo.findData(e.status)))
            combo.currentIndexChanged.connect(
                lambda _i, eid=e.id, cb=combo: self.session.execute(
                    SetFollowUpStatus(entry_id=eid, status=cb.currentData())
                )
            )
            self.table.setCellWidget(r, 3, combo)
            note = QTableWidgetItem(e.note or "")
            note.setData(Qt.ItemDataRole.UserRole, e.id)
            self.table.setItem(r, 4, note)
        self.table.resizeRowsToContents()
        self._filling = False

    def status_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 3)

    def _on_item_changed(self, it: QTableWidgetItem) -> None:
        if self._filling or it.column() != 4:
            return
        self._filling = True
        try:
            self.session.execute(
                SetFollowUpNote(entry_id=it.data(Qt.ItemDataRole.UserRole), note=it.text())
            )
        finally:
            self._filling = False
