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
PDF_FILTER = "PDF-dokument (*.pdf)"


def suggested_name(kind: str, school: str, date: str, ext: str = ".docx") -> str:
    """'referat-sødalskolen-2025-03-13.docx' — safe on every file system."""
    return safe_file_name([kind, clean_line(school).lower(), date], ext)


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

    def save_pdf(self, title: str, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, PDF_FILTER)
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def open_template(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", DOCX_FILTER)
        return Path(path) if path else None


class ExportActions(QObject):
    def __init__(self, app_controller, files: FileAsker | None = None, open_result=None) -> None:
        super().__init__(app_controller)
        self.app = app_controller
        w = app_controller.window
        self.files = files or FileAsker(w)
        self.open_result = open_result or _open_in_default_app
        self.show_check = _run_dialog  # tests answer the check dialog themselves
        self.minutes = QAction(self.tr("Eksportér referat…"), w)
        self.minutes.setShortcuts([QKeySequence("Ctrl+Shift+R")])  # Ctrl+R: rebalance
        self.public = QAction(self.tr("Eksportér offentligt referat (til hjemmesiden)…"), w)
        self.minutes_pdf = QAction(self.tr("Eksportér referat som PDF…"), w)
        self.public_pdf = QAction(self.tr("Eksportér offentligt referat som PDF…"), w)
        self.public_names = QAction(self.tr("Offentligt referat: vis deltagernes navne"), w)
        self.public_names.setCheckable(True)
        self.public_names.setChecked(bool(app_controller.settings.get(PUBLIC_NAMES_SETTING)))
        self.public_names.toggled.connect(
            lambda on: self.app.settings.set(PUBLIC_NAMES_SETTING, bool(on))
        )
        self.agenda = QAction(self.tr("Eksportér dagsorden…"), w)
        self.template = QAction(self.tr("Vælg referatskabelon (skolens brevpapir)…"), w)
        self.clear_template = QAction(self.tr("Brug standardskabelonen"), w)
        self.minutes.triggered.connect(lambda: self.export_minutes(public=False))
        self.public.triggered.connect(lambda: self.export_minutes(public=True))
        self.minutes_pdf.triggered.connect(lambda: self.export_minutes(public=False, pdf=True))
        self.public_pdf.triggered.connect(lambda: self.export_minutes(public=True, pdf=True))
        self.agenda.triggered.connect(lambda: self.export_agenda())
        self.template.triggered.connect(lambda: self.choose_template())
        self.clear_template.triggered.connect(lambda: self.app.settings.set(TEMPLATE_SETTING, ""))
        menu = w.menuBar().actions()[0].menu()  # Filer
        anchor = w.save_template_action
        for a in (
            self.minutes,
            self.public,
            self.minutes_pdf,
            self.public_pdf,
            self.public_names,
            self.agenda,
            None,
            self.template,
            self.clear_template,
            None,
        ):
            menu.insertSeparator(anchor) if a is None else menu.insertAction(anchor, a)
            if a is not None:
                w.addAction(a)
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        for a in (self.minutes, self.public, self.minutes_pdf, self.public_pdf, self.agenda):
            a.setEnabled(on)

    def _template(self) -> str | None:
        value = self.app.settings.get(TEMPLATE_SETTING) or ""
        return value or None

    def _meeting(self):
        return self.app.current.session.meeting if self.app.current else None

    def export_minutes(self, public: bool, pdf: bool = False) -> Path | None:
        meeting = self._meeting()
        if meeting is None:
            return None
        names = public and self.public_names.isChecked()  # off unless the user ticks it
        replace = self.check(meeting, public, names)
        if replace is None:
            return None
        kind = "referat-offentligt" if public else "referat"
        title = self.tr("Eksportér offentligt referat") if public else self.tr("Eksportér referat")
        suggested = suggested_name(
            kind, meeting.info.school, meeting.info.date, ".pdf" if pdf else ".docx"
        )
        path = (self.files.save_pdf if pdf else self.files.save_docx)(title, suggested)
        if path is None:
            return None
        if pdf:
            from sus_desktop.export.minutes_pdf import write_minutes_pdf

            return self._write(
                lambda: write_minutes_pdf(
                    meeting, path, public=public, names=names, replace=replace
                ),
                path,
            )
        from sus_desktop.export.minutes_docx import write_minutes_docx

        return self._write(
            lambda: write_minutes_docx(
                meeting,
                path,
                public=public,
                names=names,
                template=self._template(),
                replace=replace,
            ),
            path,
        )

    def check(self, meeting, public: bool, names: bool) -> dict[str, str] | None:
        """The check before export: the user's replacements ({} when nothing was found), or
        None when the user cancelled. Marking item 5's notes as decisions is a command."""
        from sus_desktop.export.checks import check_before_export

        findings = check_before_export(meeting, public=public, names=names)
        if not findings:
            return {}
        from sus_desktop.ui.minutes.export_check import ExportCheckDialog

        dlg = ExportCheckDialog(findings, self.app.window)
        try:
            if not self.show_check(dlg):
                return None
            choices = dlg.choices()
        finally:
            dlg.deleteLater()
        if choices.mark_decisions:
            self._mark_decisions(meeting)
        return choices.replace

    def _mark_decisions(self, meeting) -> None:
        from sus_desktop.core.agenda import Mode
        from sus_desktop.core.commands import MoveNote
        from sus_desktop.core.meeting import NoteKind

        item = next((i for i in meeting.agenda if i.has_mode(Mode.DECISION)), None)
        if item is None or self.app.current is None:
            return
        for note in meeting.live_notes():
            if note.item == item.id and note.kind == NoteKind.NOTE and note.text.strip():
                self.app.current.session.execute(
                    MoveNote(note_id=note.id, fields={"kind": NoteKind.DECISION})
                )

    def export_agenda(self) -> Path | None:
        from sus_desktop.export.agenda_docx import write_agenda_docx

        meeting = self._meeting()
        if meeting is None:
            return None
        path = self.files.save_docx(
            self.tr("Eksportér dagsorden"),
            suggested_name("dagsorden", meeting.info.school, meeting.info.date),
        )
        if path is None:
            return None
        return self._write(
            lambda: write_agenda_docx(meeting, path, template=self._template()), path
        )

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
        from sus_desktop.export.docx_base import template_warning

        warning = template_warning(path)  # a letterhead in the body would be lost: say so
        if warning:
            self.app.dialogs.info(self.tr("Brevhovedet kommer ikke med"), warning)
        return str(path)


def _run_dialog(dlg) -> bool:
    from PySide6.QtWidgets import QDialog

    return dlg.exec() == QDialog.DialogCode.Accepted
