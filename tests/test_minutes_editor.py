"""The Referat tab (issue 13 item 1): per section of the template the draft from the notes,
edited as plain text, every keystroke a stored command; rebuilding asks before it replaces
edited text; and what the editor shows is what the DOCX and PDF say."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document
from PySide6.QtCore import Qt

from sus_desktop.core.commands import EditMinutesSection
from sus_desktop.core.meeting import NoteKind


class Files:
    def __init__(self, save=None):
        self.save = save

    def save_docx(self, title, suggested):
        self.suggested = suggested
        return self.save

    def save_pdf(self, title, suggested):
        self.suggested = suggested
        return self.save

    def open_template(self, title):
        return None


def docx_text(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def pdf_text(path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


@pytest.fixture
def referat(app_ctl):
    """A meeting with notes in items 3, 4 and 5, on the Referat tab."""
    m = app_ctl.new_meeting("")
    m.update_info(school="Sødalskolen", date="2025-03-13")
    anna = m.add_participant("Anna Berg", "Skoleleder")
    bo = m.add_participant("Bo Dam", "PUF-konsulent")
    m.add_note("Kun 16 % peger på skolegården", item="i3", phase="i3p1", participant=anna.id)
    m.add_note("Pausen er et relationsrum", item="i4", phase="i4p2", participant=anna.id)
    m.add_note("For få voksne i gården", item="i4", phase="i4p2", participant=bo.id)
    m.add_note(
        "Prøvehandlinger: små modige skridt",
        item="i5",
        phase="i5p1",
        participant=anna.id,
        kind=NoteKind.DECISION,
    )
    tabs = app_ctl.window.tabs
    tabs.setCurrentIndex(2)
    view = app_ctl.current.minutes
    app_ctl.exports.show_check = lambda dlg: True
    return app_ctl, m, view


def type_text(qtbot, editor, text: str) -> None:
    """Typed as keys (QTest has no key for a newline character: Return instead)."""
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def pick(view, key):
    view.select(key)
    assert view.key == key


def test_referat_tab_lists_the_template_sections(referat):
    app_ctl, m, view = referat
    tabs = app_ctl.window.tabs
    assert [tabs.tabText(n) for n in range(tabs.count())] == [
        "Forberedelse",
        "Afvikling",
        "Referat",
    ]
    assert tabs.currentWidget() is view
    rows = [view.sections_list.item(n).text() for n in range(view.sections_list.count())]
    assert rows[:6] == [
        "Samtalens læringsfokus",
        "1. Velkomst og præsentationsrunde",
        "2. Rammesætning af mødet",
        "3. Præsentation af data",
        "4. Refleksion over data",
        "5. Beslutning",
    ]
    pick(view, "i5")
    assert view.prompt.text() == (
        "Næste skridt – Hvilke konkrete aftaler er der indgået på skoleudviklingssamtalen?"
    )
    assert view.editor.toPlainText() == "1. Prøvehandlinger – små modige skridt"
    assert not view.names.isChecked()  # names off for decisions


def test_draft_follows_the_notes_until_edited(referat):
    app_ctl, m, view = referat
    pick(view, "i4")
    assert view.names.isChecked()
    assert view.editor.toPlainText() == (
        "- Anna Berg (Skoleleder): Pausen er et relationsrum\n"
        "- Bo Dam (PUF-konsulent): For få voksne i gården"
    )
    m.add_note("Legepatrulje", item="i4", phase="i4p3")
    assert view.editor.toPlainText().endswith("\n- Legepatrulje")
    assert "i4" not in m.minutes  # never edited: nothing stored, the draft is shown
    assert not view.rebuild.isEnabled()
    texts = [view.notes.item(n).text() for n in range(view.notes.count())]
    assert texts[-1] == "Legepatrulje" and texts[0].startswith("Anna Berg (Skoleleder)\n")


def test_every_keystroke_is_a_stored_command(referat, qtbot, store):
    app_ctl, m, view = referat
    sent = []
    app_ctl.current.session.core.on_executed(
        lambda cmd, _changes: sent.append(cmd) if isinstance(cmd, EditMinutesSection) else None
    )
    pick(view, "i4")
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "Frikvarteret som læringsrum")
    assert len(sent) == len("Frikvarteret som læringsrum")  # one command per keystroke
    assert view.editor.toPlainText() == "Frikvarteret som læringsrum"
    section = m.minutes["i4"]
    assert (section.text, section.edited, section.names) == (
        "Frikvarteret som læringsrum",
        True,
        True,
    )
    assert store.load_meeting(m.id).minutes["i4"].text == "Frikvarteret som læringsrum"
    row = view.sections_list.currentItem().text()
    assert row == "4. Refleksion over data  (redigeret)" and view.rebuild.isEnabled()
    m.add_note("Ny note efter rettelsen", item="i4", phase="i4p2")
    assert view.editor.toPlainText() == "Frikvarteret som læringsrum"  # notes don't change it
    assert any(
        "Ny note efter rettelsen" in view.notes.item(n).text() for n in range(view.notes.count())
    )


def test_rebuild_asks_before_replacing_edited_text(referat, qtbot, dialogs):
    app_ctl, m, view = referat
    pick(view, "i4")
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.editor, " (vigtigt)")
    edited = view.editor.toPlainText()
    dialogs.answers["confirm"] = False
    qtbot.mouseClick(view.rebuild, Qt.MouseButton.LeftButton)
    assert dialogs.confirms and "«4. Refleksion over data»" in dialogs.confirms[-1]
    assert view.editor.toPlainText() == edited and m.minutes["i4"].text == edited
    # Switching names off on edited text is a rebuild too: asked, and declined it stays.
    view.names.setChecked(False)
    assert len(dialogs.confirms) == 2 and view.names.isChecked()
    assert view.editor.toPlainText() == edited
    dialogs.answers["confirm"] = True
    qtbot.mouseClick(view.rebuild, Qt.MouseButton.LeftButton)
    assert view.editor.toPlainText().startswith("- Anna Berg (Skoleleder): Pausen")
    assert not m.minutes["i4"].edited and not view.rebuild.isEnabled()


def test_names_and_included_on_a_draft(referat):
    app_ctl, m, view = referat
    pick(view, "i4")
    view.names.setChecked(False)
    assert view.editor.toPlainText() == "- Pausen er et relationsrum\n- For få voksne i gården"
    assert m.minutes["i4"].edited is False  # still the draft: new notes still come in
    view.included.setChecked(False)
    assert m.minutes["i4"].included is False and not m.minutes["i4"].names
    assert view.sections_list.currentItem().text() == "4. Refleksion over data  (ikke med)"


def test_theme_assigned_to_a_note_regroups_the_draft(referat):
    app_ctl, m, view = referat
    pick(view, "i4")
    view.notes.item(1).setSelected(True)  # "For få voksne i gården"
    view.theme.setEditText("Barrierer")
    view.set_theme.click()
    note = next(n for n in m.notes if n.text == "For få voksne i gården")
    assert note.theme == "Barrierer"
    assert view.editor.toPlainText() == (
        "- Anna Berg (Skoleleder): Pausen er et relationsrum\n\n"
        "# Barrierer\n"
        "- Bo Dam (PUF-konsulent): For få voksne i gården"
    )
    assert "#Barrierer" in view.notes.item(1).text()


def test_export_follows_the_editor(referat, qtbot, tmp_path):
    from sus_desktop.export.minutes_model import build_minutes
    from sus_desktop.export.minutes_pdf import minutes_html

    app_ctl, m, view = referat
    ex = app_ctl.exports
    opened = []
    ex.open_result = opened.append
    pick(view, "i4")
    view.editor.selectAll()
    type_text(qtbot, view.editor, "# Pausen\n- Anna Berg foreslog en fælles legedag")
    pick(view, "i3")
    view.included.setChecked(False)  # item 3 switched off
    ex.files = Files(tmp_path / "referat.docx")
    ex.minutes.trigger()
    body = docx_text(tmp_path / "referat.docx")
    assert "Anna Berg foreslog en fælles legedag" in body
    doc = Document(str(tmp_path / "referat.docx"))
    heading = next(p for p in doc.paragraphs if p.text == "Pausen")
    assert heading.style.name == "Heading 2"
    assert "Pausen er et relationsrum" not in body  # the edited text replaced the draft
    assert "3. Præsentation af data" not in body and "Kun 16 %" not in body
    assert "1.\tPrøvehandlinger" in body or "Prøvehandlinger – små modige skridt" in body

    ex.files = Files(tmp_path / "referat.pdf")
    ex.minutes_pdf.trigger()
    assert opened[-1] == tmp_path / "referat.pdf"
    assert (tmp_path / "referat.pdf").read_bytes().startswith(b"%PDF-")
    html = minutes_html(build_minutes(m))
    assert "Anna Berg foreslog en fælles legedag" in html and "Kun 16 %" not in html
    text = pdf_text(tmp_path / "referat.pdf")
    if text is not None:
        assert "Anna Berg foreslog en fælles legedag" in text
        assert "Hvilke data har fået os" not in text and "Kun 16 %" not in text  # item 3 off

    # The public version anonymises the edited text.
    ex.files = Files(tmp_path / "offentligt.docx")
    ex.public.trigger()
    public = docx_text(tmp_path / "offentligt.docx")
    assert "Skoleleder foreslog en fælles legedag" in public and "Anna" not in public
