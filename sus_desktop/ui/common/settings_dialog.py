"""'Indstillinger…': warning threshold and projector theme."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from sus_desktop.ui.common.settings import PROJECTOR_THEME, WARN_SECONDS, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Indstillinger"))
        self.warn_spin = QSpinBox(objectName="warn_spin")
        self.warn_spin.setRange(0, 15 * 60)
        self.warn_spin.setSingleStep(15)
        self.warn_spin.setSuffix(self.tr(" sek."))
        self.warn_spin.setValue(settings.warn_seconds)
        self.theme_combo = QComboBox(objectName="theme_combo")
        self.theme_combo.addItem(self.tr("Mørk (lys tekst på sort)"), "dark")
        self.theme_combo.addItem(self.tr("Lys (sort tekst på hvidt)"), "light")
        self.theme_combo.setCurrentIndex(0 if settings.projector_theme == "dark" else 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Gul advarsel, når fasen har under:"), self.warn_spin)
        form.addRow(self.tr("Projektorens tema:"), self.theme_combo)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(WARN_SECONDS, self.warn_spin.value())
        self.settings.set(PROJECTOR_THEME, self.theme_combo.currentData())
        super().accept()
