"""Fil → Eksportér referat / offentligt referat / dagsorden, and the school's own template.

The DOCX is written by `sus_desktop.export` (headless, Qt-free); this only asks where, writes,
reports errors in Danish and opens the result in the user's word processor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from sus_desktop.core.text import clean_line
from sus_desktop.paths import safe_file_name

TEMPLATE_SETTING = "minutes_template"
PUBLIC_NAMES_SETTING = "public_minutes_names"
DOCX_FILTER = "Word-dokument (*.docx)"


def suggested_name(kind: str, school: str, date: str) -> str:
    """'referat-sødalskolen-2025-03-13.docx' — safe on every file system."""
    return safe_file_name([kind, clean_line(school).lower(), date], ".docx")


def _open_in_default_app(path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class FileAsker:
    """The file questions of the export, behind an object tests can replace.

    QFileDialog is imported on use: the start screen should not pay for it."""

    def __init__(self, parent) -> None:
        self.parent = parent

    def save_docx(self, title: str, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, DOCX_FILTER)
        if not path:
            return None
        return Path(path if path.lower().endswith(".docx") else path + ".docx")

    def open_template(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", DOCX_FILTER)
        return Path(path) if path else None


class ExportActions(QObject):
    def __init__(self, app_controller, files: FileAsker | None = None,
                 open_result=None) -> None:
        super().__init__(app_controller)
        self.app = app_controller
        w = app_controller.window
        self.files = files or FileAsker(w)
        self.open_result = open_result or _open_in_default_app
        self.minutes = QAction(self.tr("Eksportér referat…"), w)
        self.minutes.setShortcuts([QKeySequence("Ctrl+Shift+R")])  # Ctrl+R: rebalance
        self.public = QAction(self.tr("Eksportér offentligt referat (til hjemmesiden)…"), w)
        self.public_names = QAction(self.tr("Offentligt referat: vis deltagernes navne"), w)
        self.public_names.setCheckable(True)
        self.public_names.setChecked(bool(app_controller.settings.get(PUBLIC_NAMES_SETTING)))
        self.public_names.toggled.connect(
            lambda on: self.app.settings.set(PUBLIC_NAMES_SETTING, bool(on)))
        self.agenda = QAction(self.tr("Eksportér dagsorden…"), w)
        self.template = QAction(self.tr("Vælg referatskabelon (skolens brevpapir)…"), w)
        self.clear_template = QAction(self.tr("Brug standardskabelonen"), w)
        self.minutes.triggered.connect(lambda: self.export_minutes(public=False))
        self.public.triggered.connect(lambda: self.export_minutes(public=True))
        self.agenda.triggered.connect(lambda: self.export_agenda())
        self.template.triggered.connect(lambda: self.choose_template())
        self.clear_template.triggered.connect(lambda: self.app.settings.set(TEMPLATE_SETTING, ""))
        menu = w.menuBar().actions()[0].menu()  # Filer
        anchor = w.save_template_action
        for a in (self.minutes, self.public, self.public_names, self.agenda, None, self.template,
                  self.clear_template, None):
            menu.insertSeparator(anchor) if a is None else menu.insertAction(anchor, a)
            if a is not None:
                w.addAction(a)
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        for a in (self.minutes, self.public, self.agenda):
            a.setEnabled(on)

    def _template(self) -> str | None:
        value = self.app.settings.get(TEMPLATE_SETTING) or ""
        return value or None

    def _meeting(self):
        return self.app.current.session.meeting if self.app.current else None

    def export_minutes(self, public: bool) -> Path | None:
        from sus_desktop.export.minutes_docx import write_minutes_docx

        meeting = self._meeting()
        if meeting is None:
            return None
        kind = "referat-offentligt" if public else "referat"
        title = self.tr("Eksportér offentligt referat") if public else self.tr("Eksportér referat")
        path = self.files.save_docx(title, suggested_name(kind, meeting.info.school,
                                                          meeting.info.date))
        if path is None:
            return None
        names = public and self.public_names.isChecked()  # off unless the user ticks it
        return self._write(lambda: write_minutes_docx(meeting, path, public=public, names=names,
                                                      template=self._template()), path)

    def export_agenda(self) -> Path | None:
        from sus_desktop.export.agenda_docx import write_agenda_docx

        meeting = self._meeting()
        if meeting is None:
            return None
        path = self.files.save_docx(self.tr("Eksportér dagsorden"),
                                    suggested_name("dagsorden", meeting.info.school,
                                                   meeting.info.date))
        if path is None:
            return None
        return self._write(lambda: write_agenda_docx(meeting, path, template=self._template()),
                           path)

    def _write(self, write, path: Path) -> Path | None:
        from sus_desktop.export.docx_base import ExportError

        try:
            write()
        except ExportError as exc:
            self.app.dialogs.error(self.tr("Dokumentet kunne ikke laves"), str(exc))
            return None
        self.open_result(path)
        return path

    def choose_template(self) -> str | None:
        from sus_desktop.export.docx_base import ExportError, load_template

        path = self.files.open_template(self.tr("Vælg skolens Word-skabelon"))
        if path is None:
            return None
        try:
            load_template(path)  # refuse a .dotx or a broken file now, not at export time
        except ExportError as exc:
            self.app.dialogs.error(self.tr("Skabelonen kan ikke bruges"), str(exc))
            return None
        self.app.settings.set(TEMPLATE_SETTING, str(path))
        return str(path)
