"""'Indstillinger…': warning threshold, projector theme and the app's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from sus_desktop.ui.common import language
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
        self.language_combo = QComboBox(objectName="language_combo")
        # Each language named in itself, so that it can be found whatever is shown now.
        self.language_combo.addItem("Dansk", language.DANISH)
        self.language_combo.addItem("English", language.ENGLISH)
        self.language_combo.addItem(self.tr("Systemets sprog"), language.SYSTEM)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.get(language.SETTING) or language.DANISH))
        )
        self.language_note = QLabel(self.tr("Sproget skifter, næste gang SUS Desktop starter."))
        self.language_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Gul advarsel, når fasen har under:"), self.warn_spin)
        form.addRow(self.tr("Projektorens tema:"), self.theme_combo)
        form.addRow(self.tr("Sprog / Language:"), self.language_combo)
        form.addRow(self.language_note)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(WARN_SECONDS, self.warn_spin.value())
        self.settings.set(PROJECTOR_THEME, self.theme_combo.currentData())
        self.settings.set(language.SETTING, self.language_combo.currentData())
        super().accept()
