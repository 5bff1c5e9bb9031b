"""Layout of the Word files (issue 13, item 5; issue 10, item 8): the guiding question's style,
compatibility mode 15, table titles and descriptions, tblPr in schema order, and a warning
for a template whose letterhead sits in the body."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree
from sample_meeting import build_sample_meeting
from test_public_minutes import _png

from sus_desktop.export.agenda_docx import write_agenda_docx
from sus_desktop.export.docx_base import base_template, template_warning
from sus_desktop.export.minutes_docx import write_minutes_docx

TBLPR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
]


def part(path, name) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def compat_mode(path) -> str:
    settings = part(path, "word/settings.xml")
    modes = [
        el.get(qn("w:val"))
        for el in settings.iter(qn("w:compatSetting"))
        if el.get(qn("w:name")) == "compatibilityMode"
    ]
    assert len(modes) == 1
    return modes[0]


def template_without_table_grid(tmp_path):
    """A school template that lacks 'Table Grid' and has no w:compat at all."""
    doc = docx.Document(str(base_template()))
    styles = doc.styles.element
    for st in styles.findall(qn("w:style")):
        if st.get(qn("w:styleId")) == "TableGrid":
            styles.remove(st)
    settings = doc.settings.element
    settings.remove(settings.find(qn("w:compat")))
    out = tmp_path / "uden-tabelgitter.docx"
    doc.save(str(out))
    return out


@pytest.mark.parametrize("with_template", [False, True])
def test_compatibility_mode_15_minutes_and_agenda(clock, tmp_path, with_template):
    template = template_without_table_grid(tmp_path) if with_template else None
    meeting = build_sample_meeting(clock)
    minutes = write_minutes_docx(meeting, tmp_path / "r.docx", template=template, now=clock.now())
    agenda = write_agenda_docx(meeting, tmp_path / "d.docx", template=template)
    assert compat_mode(minutes) == "15" and compat_mode(agenda) == "15"
    settings = [el.tag.split("}")[1] for el in part(minutes, "word/settings.xml")]
    if "rsids" in settings:  # an added w:compat sits where the schema wants it
        assert settings.index("compat") < settings.index("rsids")


@pytest.mark.parametrize("with_template", [False, True])
def test_tables_have_title_and_description_and_tblpr_in_schema_order(
    clock, tmp_path, with_template
):
    template = template_without_table_grid(tmp_path) if with_template else None
    meeting = build_sample_meeting(clock)
    for path in (
        write_minutes_docx(meeting, tmp_path / "r.docx", template=template, now=clock.now()),
        write_agenda_docx(meeting, tmp_path / "d.docx", template=template),
    ):
        tables = list(part(path, "word/document.xml").iter(qn("w:tbl")))
        assert tables
        for tbl in tables:
            tblpr = tbl.find(qn("w:tblPr"))
            names = [el.tag.split("}")[1] for el in tblpr]
            assert names == sorted(names, key=TBLPR_ORDER.index), names
            assert tblpr.find(qn("w:tblCaption")).get(qn("w:val"))
            assert tblpr.find(qn("w:tblDescription")).get(qn("w:val"))
            if with_template:
                assert "tblBorders" in names  # drawn, since the template has no Table Grid
    captions = [
        t.find(qn("w:tblPr")).find(qn("w:tblCaption")).get(qn("w:val"))
        for t in part(tmp_path / "r.docx", "word/document.xml").iter(qn("w:tbl"))
    ]
    assert captions == ["Aftaler", "Tidsforløb", "Taletid"]


def test_guiding_question_keeps_with_its_heading_and_the_next_paragraph(clock, tmp_path):
    path = write_minutes_docx(build_sample_meeting(clock), tmp_path / "r.docx", now=clock.now())
    doc = docx.Document(str(path))
    t = [p.text for p in doc.paragraphs]
    heading = doc.paragraphs[t.index("4. Refleksion over data")]
    question = doc.paragraphs[t.index("4. Refleksion over data") + 1]
    assert (
        heading.style.paragraph_format.keep_with_next
        or heading.style.base_style.paragraph_format.keep_with_next
    )
    assert question.style.name == "Vejledende spørgsmål"
    assert question.style.paragraph_format.keep_with_next
    assert question.style.font.italic


# --- letterhead in the body -------------------------------------------------------------


def test_a_letterhead_in_the_body_is_warned_about(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    body = docx.Document()
    body.add_picture(str(logo), width=Cm(4))
    body.add_paragraph("Sødalskolen · Skolevej 1")
    in_body = tmp_path / "brevpapir.docx"
    body.save(str(in_body))
    warning = template_warning(in_body)
    assert warning is not None
    assert warning.startswith("Skabelonen «brevpapir.docx» har brevhovedet")
    assert "sidehovedet" in warning

    header = docx.Document()
    header.sections[0].header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(4))
    in_header = tmp_path / "sidehoved.docx"
    header.save(str(in_header))
    assert template_warning(in_header) is None
    assert template_warning(base_template()) is None
    assert template_warning(tmp_path / "findes-ikke.docx") is None
