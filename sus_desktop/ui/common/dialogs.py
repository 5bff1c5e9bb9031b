"""Questions to the user (file choosers, confirmations, messages) behind one small object,
so controllers can be tested with a fake that answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class Dialogs(QObject):
    """Each dialog class is imported where it is used: the start screen needs none of them."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget

    def confirm(self, title: str, text: str, yes: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent_widget)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is ok

    def choose(self, title: str, text: str, choices: list[str]) -> int | None:
        """The index of the button chosen (the first is the default); None for Escape."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent_widget)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def ask_unsaved_quit(self, title: str, text: str, can_save: bool) -> str:
        """'save' (as a file elsewhere), 'quit' (anyway) or 'cancel' (Escape, too)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent_widget)
        save = (
            box.addButton(self.tr("Gem mødet som fil…"), QMessageBox.ButtonRole.AcceptRole)
            if can_save
            else None
        )
        quit_ = box.addButton(self.tr("Afslut alligevel"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save or cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save and save else "quit" if clicked is quit_ else "cancel"

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent_widget, title, text)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent_widget, title, text)

    def open_meeting_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Åbn mødefil"),
            "",
            self.tr("SUS-mødefil (*.sus.json);;JSON (*.json)"),
        )
        return Path(path) if path else None

    def save_meeting_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Eksportér mødefil"),
            suggested,
            self.tr("SUS-mødefil (*.sus.json);;JSON (*.json)"),
        )
        if not path:
            return None
        if not path.endswith(".json"):
            path += ".sus.json"
        return Path(path)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent_widget, title, label, text=text)
        return value.strip() if ok and value.strip() else None
