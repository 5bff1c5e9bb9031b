"""The export menu (issue 13 items 2, 4, 5, 6): the check before a public export lists what
still looks like a person, each with "Erstat med…" / "Behold", and the choices reach the public
DOCX and PDF; "Punkt 5 har noter, men ingen beslutninger – markér dem?"; PDF menu items; a
template whose letterhead sits in the body is warned about."""

from __future__ import annotations

import docx
import pytest
from docx import Document
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from sus_desktop.core.meeting import NoteKind


class Files:
    def __init__(self, save=None, template=None):
        self.save, self.template = save, template

    def save_docx(self, title, suggested):
        self.suggested = suggested
        return self.save

    def save_pdf(self, title, suggested):
        self.suggested = suggested
        return self.save

    def open_template(self, title):
        return self.template


def body(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


@pytest.fixture
def exports(app_ctl):
    m = app_ctl.new_meeting("")
    m.update_info(school="Sødalskolen", date="2025-03-13")
    anna = m.add_participant("Anna Berg", "Skoleleder")
    m.add_note(
        "Vi talte med Peter om samarbejdet med Skoleidræt, skriv til peter@skole.dk"
        " eller ring 12 34 56 78",
        item="i4",
        phase="i4p2",
        participant=anna.id,
    )
    m.add_note("Vi arbejder videre med den gode pause", item="i5", phase="i5p1")
    ex = app_ctl.exports
    ex.open_result = lambda path: None
    return app_ctl, m, ex


def answer(choose):
    """A check dialog answered by `choose(dlg)`, remembered for the asserts."""
    seen = []

    def show(dlg):
        seen.append(dlg)
        return choose(dlg)

    return show, seen


def test_check_dialog_choices_reach_the_public_docx(exports, tmp_path):
    app_ctl, m, ex = exports

    def choose(dlg):
        rows = {r.text: r for r in dlg.rows}
        assert set(rows) == {"Peter", "Skoleidræt", "12 34 56 78"}  # e-mails are gone already
        assert not dlg.ok.isEnabled()  # a name needs a choice before the export
        assert "fund mangler et valg" in dlg.missing.text()
        assert rows["12 34 56 78"].replace.isChecked()  # personal data: replaced by default
        rows["Peter"].replace.click()
        rows["Peter"].with_text.setText("en lærer")
        rows["Skoleidræt"].keep.click()
        assert dlg.ok.isEnabled()
        assert dlg.mark is not None  # item 5 has notes but no decisions
        return True

    ex.show_check, seen = answer(choose)
    ex.files = Files(tmp_path / "offentligt.docx")
    ex.public.trigger()
    text = body(tmp_path / "offentligt.docx")
    assert "Vi talte med en lærer om samarbejdet med Skoleidræt" in text
    assert "Peter" not in text and "peter@skole.dk" not in text
    assert "(e-mail fjernet)" in text and "ring (telefonnummer fjernet)" in text
    question = seen[0].findChild(QLabel, "check_question")
    assert question.text() == "Punkt 5 har noter, men ingen beslutninger – markér dem?"
    # The internal version is never changed by the public check.
    ex.show_check, _ = answer(lambda dlg: True)
    ex.files = Files(tmp_path / "internt.docx")
    ex.minutes.trigger()
    assert "Vi talte med Peter om samarbejdet" in body(tmp_path / "internt.docx")


def test_marking_item_5_notes_as_decisions(exports, tmp_path):
    app_ctl, m, ex = exports

    def choose(dlg):
        for r in dlg.rows:
            r.keep.click()
        dlg.mark.setChecked(True)
        return True

    ex.show_check, seen = answer(choose)
    ex.files = Files(tmp_path / "referat.docx")
    ex.minutes.trigger()
    note = next(n for n in m.notes if n.text.startswith("Vi arbejder videre"))
    assert note.kind == NoteKind.DECISION
    doc = Document(str(tmp_path / "referat.docx"))
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered == ["Vi arbejder videre med den gode pause"]
    assert "Ingen beslutninger registreret." not in body(tmp_path / "referat.docx")


def test_cancel_in_the_check_writes_nothing(exports, tmp_path):
    app_ctl, m, ex = exports
    ex.show_check, seen = answer(lambda dlg: False)
    ex.files = Files(tmp_path / "offentligt.docx")
    assert ex.export_minutes(public=True) is None
    assert seen and not (tmp_path / "offentligt.docx").exists()


def test_public_pdf_from_the_menu_with_the_choices(exports, tmp_path):
    app_ctl, m, ex = exports

    def choose(dlg):
        for r in dlg.rows:
            r.replace.click()
        return True

    ex.show_check, _ = answer(choose)
    ex.files = Files(tmp_path / "offentligt.pdf")
    assert ex.public_pdf.isEnabled() and ex.minutes_pdf.isEnabled()
    ex.public_pdf.trigger()
    assert ex.files.suggested == "referat-offentligt-sødalskolen-2025-03-13.pdf"
    data = (tmp_path / "offentligt.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    from test_pdf_export import pdf_text

    text = pdf_text(tmp_path / "offentligt.pdf")
    if text is not None:
        flat = " ".join(text.split())
        assert "Vi talte med en person om samarbejdet" in flat and "Peter" not in flat
        assert "Anna" not in flat


def test_template_with_letterhead_in_the_body_is_warned_about(app_ctl, dialogs, tmp_path):
    logo = tmp_path / "logo.png"
    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(0x1F3864)
    assert img.save(str(logo))
    doc = docx.Document()
    doc.add_picture(str(logo))
    doc.add_paragraph("Sødalskolen")
    template = tmp_path / "brevpapir.docx"
    doc.save(str(template))
    app_ctl.new_meeting("")
    ex = app_ctl.exports
    ex.files = Files(template=template)
    assert ex.choose_template() == str(template)
    assert dialogs.infos and "brevhovedet" in dialogs.infos[-1][1]
    assert "sidehovedet" in dialogs.infos[-1][1]
    # A clean template: no warning.
    clean = tmp_path / "ren.docx"
    docx.Document().save(str(clean))
    ex.files = Files(template=clean)
    n = len(dialogs.infos)
    assert ex.choose_template() == str(clean) and len(dialogs.infos) == n
