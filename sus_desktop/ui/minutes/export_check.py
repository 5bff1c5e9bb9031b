"""The check before a minutes export (export/checks.py): what in the public version still
looks like a person or personal data, each with "Erstat med…" or "Behold", and the question
whether item 5's notes are decisions. The export waits until every finding has a choice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.export.anonymize import EMAIL_REMOVED
from sus_desktop.export.checks import CPR, DECISIONS, EMAIL, NAME, PHONE, Finding

# The public minutes are Danish, so the replacements offered are too (never translated).
SUGGESTIONS = {
    NAME: "en person",
    EMAIL: EMAIL_REMOVED,
    PHONE: "(telefonnummer fjernet)",
    CPR: "(nummer fjernet)",
}


@dataclass
class CheckChoices:
    replace: dict[str, str]  # word -> what the public version says instead
    keep: list[str]
    mark_decisions: bool  # item 5's notes become decisions


class FindingRow:
    """One word found (all its places): what it is, where, and the user's choice."""

    def __init__(self, dialog: ExportCheckDialog, findings: list[Finding]) -> None:
        first = findings[0]
        self.text = first.text
        self.kind = first.kind
        where = (
            first.context
            if len(findings) == 1
            else QCoreApplication.translate("ExportCheckDialog", "%1 (og %2 andre steder)")
            .replace("%1", first.context)
            .replace("%2", str(len(findings) - 1))
        )
        self.label = QLabel(
            f"<b>{_esc(dialog.kind_label(first.kind))} «{_esc(first.text)}»</b>"
            f" – {_esc(first.where)}<br/><span>{_esc(where)}</span>"
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.replace = QRadioButton(QCoreApplication.translate("ExportCheckDialog", "Erstat med…"))
        self.keep = QRadioButton(QCoreApplication.translate("ExportCheckDialog", "Behold"))
        self.group = QButtonGroup(dialog)
        self.group.addButton(self.replace)
        self.group.addButton(self.keep)
        self.with_text = QLineEdit(dialog.suggestion(first.kind))
        self.with_text.setAccessibleName(
            QCoreApplication.translate("ExportCheckDialog", "Erstat «%1» med").replace(
                "%1", first.text
            )
        )
        self.with_text.setEnabled(False)
        self.replace.toggled.connect(self.with_text.setEnabled)
        self.replace.toggled.connect(lambda on: on and self.with_text.setFocus())
        if first.kind in (EMAIL, PHONE, CPR):  # personal data: replaced unless kept
            self.replace.setChecked(True)
        self.group.buttonToggled.connect(lambda *_: dialog.update_ok())

    @property
    def decided(self) -> bool:
        return self.replace.isChecked() or self.keep.isChecked()


def _esc(text: str) -> str:
    import html

    return html.escape(text or "")


class ExportCheckDialog(QDialog):
    def __init__(self, findings: list[Finding], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("export_check")
        self.setWindowTitle(self.tr("Tjek før eksport"))
        lay = QVBoxLayout(self)
        self.mark = None
        decisions = [f for f in findings if f.kind == DECISIONS]
        if decisions:
            question = QLabel(decisions[0].message, objectName="check_question")
            question.setWordWrap(True)
            question.setStyleSheet("font-weight: bold;")
            self.mark = QCheckBox(
                self.tr("Ja, markér noterne i punktet som beslutninger"),
                objectName="check_mark_decisions",
            )
            lay.addWidget(question)
            lay.addWidget(self.mark)
        grouped: dict[tuple[str, str], list[Finding]] = {}
        for f in findings:
            if f.kind != DECISIONS:
                grouped.setdefault((f.kind, f.text), []).append(f)
        self.rows = [FindingRow(self, fs) for fs in grouped.values()]
        if self.rows:
            intro = QLabel(
                self.tr(
                    "Det her ligner stadig navne eller personoplysninger i den"
                    " offentlige udgave. Vælg for hvert fund, om det skal"
                    " erstattes eller blive stående."
                )
            )
            intro.setWordWrap(True)
            lay.addWidget(intro)
            inner = QWidget()
            grid = QGridLayout(inner)
            for n, row in enumerate(self.rows):
                grid.addWidget(row.label, 2 * n, 0, 1, 3)
                grid.addWidget(row.replace, 2 * n + 1, 0)
                grid.addWidget(row.with_text, 2 * n + 1, 1)
                grid.addWidget(row.keep, 2 * n + 1, 2)
            grid.setColumnStretch(1, 1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(inner)
            lay.addWidget(scroll, 1)
        self.missing = QLabel(objectName="check_missing")
        lay.addWidget(self.missing)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Eksportér"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(640, 520 if self.rows else 200)
        self.update_ok()

    def kind_label(self, kind: str) -> str:
        return {
            NAME: self.tr("Ligner et navn"),
            EMAIL: self.tr("E-mailadresse"),
            PHONE: self.tr("Telefonnummer"),
            CPR: self.tr("Ligner et CPR-nummer"),
        }.get(kind, kind)

    def suggestion(self, kind: str) -> str:
        """What the public document says instead: Danish whatever the UI's language."""
        return SUGGESTIONS.get(kind, "")

    def update_ok(self) -> None:
        left = sum(1 for r in self.rows if not r.decided)
        self.ok.setEnabled(left == 0)
        self.missing.setText(
            self.tr("%1 fund mangler et valg.").replace("%1", str(left)) if left else ""
        )
        self.missing.setVisible(bool(left))

    def row(self, text: str) -> FindingRow:
        return next(r for r in self.rows if r.text == text)

    def choices(self) -> CheckChoices:
        replace = {
            r.text: r.with_text.text().strip() or self.suggestion(r.kind)
            for r in self.rows
            if r.replace.isChecked() and r.with_text.text().strip() != r.text
        }
        keep = [r.text for r in self.rows if r.keep.isChecked()]
        return CheckChoices(replace, keep, bool(self.mark and self.mark.isChecked()))
