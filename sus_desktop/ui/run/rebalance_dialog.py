"""'Genberegn resten…': a proposal the facilitator sees in full before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sus_desktop.core import danish
from sus_desktop.core.rebalance import Candidate, Plan, plan_cuts

CUT, EXTEND = "cut", "extend"


class RebalanceDialog(QDialog):
    def __init__(
        self,
        candidates: list[Candidate],
        needed: int,
        projected_end: float,
        target_end: float,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Genberegn resten af mødet"))
        self.candidates = candidates
        self.projected_end = projected_end
        self.target_end = target_end
        self.plan = Plan(0)

        late = needed  # the same minutes the run view and the proposal use
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        if late > 0:
            self.summary.setText(
                self.tr("Mødet forventes at slutte kl. %1 – %2 min efter planen (kl. %3).")
                .replace("%1", danish.clock(projected_end))
                .replace("%2", str(late))
                .replace("%3", danish.clock(target_end))
            )
        else:
            self.summary.setText(
                self.tr("Mødet forventes at slutte kl. %1 (planen: kl. %2).")
                .replace("%1", danish.clock(projected_end))
                .replace("%2", danish.clock(target_end))
            )

        self.cut_radio = QRadioButton(self.tr("Tag tiden fra de resterende punkter"))
        self.extend_radio = QRadioButton(
            self.tr("Forlæng mødet til kl. %1").replace("%1", danish.clock(projected_end))
        )
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.cut_radio)
        self.choice_group.addButton(self.extend_radio)
        self.cut_radio.setChecked(True)

        self.needed_spin = QSpinBox(objectName="needed_spin")
        self.needed_spin.setRange(0, 600)
        self.needed_spin.setSuffix(self.tr(" min"))
        self.needed_spin.setValue(needed)
        self.floor_spin = QSpinBox(objectName="floor_spin")
        self.floor_spin.setRange(0, 100)
        self.floor_spin.setSingleStep(10)
        self.floor_spin.setSuffix(" %")
        self.floor_spin.setValue(50)
        form = QFormLayout()
        form.addRow(self.tr("Tid der skal findes:"), self.needed_spin)
        form.addRow(self.tr("Intet punkt under (af planlagt tid, mindst 1 min):"), self.floor_spin)

        self.table = QTableWidget(0, 3, objectName="cuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Punkt"), self.tr("Nu"), self.tr("Bliver")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.result_label = QLabel(objectName="result_label")
        self.result_label.setWordWrap(True)
        f = self.result_label.font()
        f.setBold(True)
        self.result_label.setFont(f)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anvend"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.cut_radio)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.extend_radio)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

        self.needed_spin.valueChanged.connect(self.recompute)
        self.floor_spin.valueChanged.connect(self.recompute)
        self.choice_group.buttonToggled.connect(lambda *_: self.recompute())
        self.recompute()

    @property
    def choice(self) -> str:
        return CUT if self.cut_radio.isChecked() else EXTEND

    def recompute(self) -> None:
        cutting = self.choice == CUT
        for w in (self.needed_spin, self.floor_spin, self.table):
            w.setEnabled(cutting)
        self.plan = plan_cuts(
            self.candidates, self.needed_spin.value(), fraction=self.floor_spin.value() / 100.0
        )
        cuts = {c.item_id: c for c in self.plan.cuts}
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cut = cuts.get(c.item_id)
            after = c.budget - cut.minutes if cut else c.budget
            title = f"{c.number}. {c.title}" + (self.tr(" (fast)") if c.fixed else "")
            for col, text in enumerate(
                [
                    title,
                    self.tr("%n min").replace("%n", danish.minutes(round(c.budget, 1))),
                    self.tr("%n min").replace("%n", danish.minutes(round(after, 1)))
                    + (f"  (−{cut.minutes})" if cut else ""),
                ]
            ):
                cell = QTableWidgetItem(text)
                if col and cut:
                    f = cell.font()
                    f.setBold(True)
                    cell.setFont(f)
                self.table.setItem(row, col, cell)
        if cutting:
            new_end = self.projected_end - self.plan.taken * 60
            text = (
                self.tr("Ny forventet slut: kl. %1 (%2 min fundet)")
                .replace("%1", danish.clock(new_end))
                .replace("%2", str(self.plan.taken))
            )
            if self.plan.shortfall:
                text += " – " + self.tr("der mangler stadig %n min").replace(
                    "%n", str(self.plan.shortfall)
                )
        else:
            text = self.tr("Ny sluttid: kl. %1. Punkternes tider ændres ikke.").replace(
                "%1", danish.clock(self.projected_end)
            )
        self.result_label.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not cutting or self.plan.taken > 0)
