""" "Deltag i møde…": the facilitator's address and the 6-digit code, typed."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class JoinDialog(QDialog):
    def __init__(self, address: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.setWindowTitle(self.tr("Deltag i møde"))
        intro = QLabel(
            self.tr(
                "Skriv adressen og koden, som facilitatorens skærm viser under "
                "«Del møde». Du deltager som referent."
            )
        )
        intro.setWordWrap(True)
        self.address_edit = QLineEdit(address, objectName="join_address")
        self.address_edit.setPlaceholderText(self.tr("fx 192.168.1.20:8765"))
        self.code_edit = QLineEdit(objectName="join_code")
        self.code_edit.setPlaceholderText(self.tr("6 cifre"))
        self.code_edit.setMaxLength(7)  # "123 456" as it is shown
        self.problem = QLabel(objectName="join_problem")
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Adresse:"), self.address_edit)
        form.addRow(self.tr("Kode:"), self.code_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Deltag"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def address(self) -> str:
        return self.address_edit.text().strip()

    def code(self) -> str:
        return re.sub(r"\s", "", self.code_edit.text())

    def _check(self) -> None:
        if not self.address():
            self._say(self.tr("Skriv facilitatorens adresse, fx 192.168.1.20:8765."))
        elif not re.fullmatch(r"\d{6}", self.code()):
            self._say(self.tr("Koden skal være 6 cifre, fx 123456."))
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
