"""Fil → Eksportér referat: one click gives the document, opened for the user."""

from __future__ import annotations

from docx import Document


class Files:
    def __init__(self, save=None, template=None):
        self.save, self.template = save, template

    def save_docx(self, title, suggested):
        self.suggested = suggested
        return self.save

    def open_template(self, title):
        return self.template


def texts(path):
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def prepared(app_ctl, tmp_path, **files):
    opened_files = []
    ex = app_ctl.exports
    ex.files = Files(**files)
    ex.open_result = opened_files.append
    m = app_ctl.new_meeting("")
    m.update_info(school="Sødalskolen", date="2025-03-13")
    p = m.add_participant("Mette Sørensen", "Skoleleder")
    m.add_note(
        "Pausen er et relationsrum", item=m.agenda[3].id, participant=p.id, created_at=1741870800.0
    )
    return ex, m, opened_files


def test_export_minutes_writes_and_opens_the_document(app_ctl, tmp_path):
    ex, m, opened = prepared(app_ctl, tmp_path, save=tmp_path / "referat.docx")
    assert ex.minutes.isEnabled()
    ex.minutes.trigger()
    assert opened == [tmp_path / "referat.docx"]
    body = texts(tmp_path / "referat.docx")
    assert "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE" in body
    assert "Mette Sørensen (Skoleleder): Pausen er et relationsrum" in body
    assert ex.files.suggested == "referat-sødalskolen-2025-03-13.docx"


def test_public_minutes_carry_no_names(app_ctl, tmp_path):
    ex, m, opened = prepared(app_ctl, tmp_path, save=tmp_path / "offentligt.docx")
    ex.public.trigger()
    body = texts(tmp_path / "offentligt.docx")
    assert "Pausen er et relationsrum" in body and "Mette" not in body


def test_agenda_export(app_ctl, tmp_path):
    ex, m, opened = prepared(app_ctl, tmp_path, save=tmp_path / "dagsorden.docx")
    ex.agenda.trigger()
    assert opened == [tmp_path / "dagsorden.docx"]
    doc = Document(str(tmp_path / "dagsorden.docx"))
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "4. Refleksion over data" in cells and "13.35–14.20" in cells


def test_a_dotx_template_is_refused_in_danish(app_ctl, dialogs, tmp_path):
    bad = tmp_path / "brevpapir.dotx"
    bad.write_bytes(b"not a word file")
    ex, m, _ = prepared(app_ctl, tmp_path, template=bad)
    assert ex.choose_template() is None
    assert dialogs.errors and "Skabelon" in dialogs.errors[-1][1]
    assert app_ctl.settings.get("minutes_template") in ("", None)


def test_write_error_is_shown_not_raised(app_ctl, dialogs, tmp_path, monkeypatch):
    ex, m, opened = prepared(app_ctl, tmp_path, save=tmp_path / "nope" / "referat.docx")
    ex.minutes.trigger()
    assert opened == [] and dialogs.errors
    assert "findes ikke" in dialogs.errors[-1][1]


def test_cancel_does_nothing(app_ctl, tmp_path):
    ex, m, opened = prepared(app_ctl, tmp_path, save=None)
    ex.minutes.trigger()
    assert opened == [] and list(tmp_path.glob("*.docx")) == []


def test_public_minutes_list_names_only_when_ticked(app_ctl, tmp_path):
    ex, m, opened = prepared(app_ctl, tmp_path, save=tmp_path / "offentligt.docx")
    assert not ex.public_names.isChecked()
    ex.public_names.setChecked(True)
    ex.public.trigger()
    body = texts(tmp_path / "offentligt.docx")
    assert "Mette Sørensen" in body  # in the participants list
    assert "Mette Sørensen (Skoleleder): Pausen" not in body  # statements stay unattributed
    assert app_ctl.settings.get("public_minutes_names") is True
