"""The beslutningsreferat as a Word file: opened again with python-docx and read as XML."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import datetime, timedelta, timezone

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sample_meeting import ABSENT, PEOPLE, build_sample_meeting

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import Note, NoteKind, Participant
from sus_desktop.core.mode_state import MinutesSection
from sus_desktop.export.docx_base import TemplateError
from sus_desktop.export.minutes_docx import write_minutes_docx


def export(meeting, tmp_path, name="referat.docx", **kw):
    path = write_minutes_docx(meeting, tmp_path / name, **kw)
    return path, docx.Document(str(path))


def all_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))
        )


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def para(doc, text):
    return next(p for p in doc.paragraphs if p.text == text)


# --- content and structure --------------------------------------------------------------


def test_front_matter_follows_the_municipal_template(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    t = texts(doc)
    assert t[0] == "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE"
    assert doc.paragraphs[0].style.name == "Title"
    assert t[1] == "Sødalskolen"
    assert "Dato for samtalen: 13. marts 2025" in t
    assert "Tidspunkt: 13.00–15.00" in t
    assert para(doc, "Deltagere").style.name == "Heading 1"
    assert "Mette Sørensen (Skoleleder)" in t
    assert f"Afbud: {ABSENT[0]} ({ABSENT[1]})" in t
    focus = t.index("Samtalens læringsfokus")
    assert t[focus + 1].startswith("Den gode pause – frikvarterer.\nHvordan kan")


def test_items_prompts_bullets_with_speakers(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    t = texts(doc)
    h = para(doc, "3. Præsentation af data")
    assert h.style.name == "Heading 1"
    prompt = doc.paragraphs[t.index("3. Præsentation af data") + 1]
    assert prompt.text == "Hvilke data har fået os til at rette fokus mod netop dette område?"
    # Italic through its own style (issue 13 item 5: not direct italics), kept with the next
    # paragraph so a heading and its question never stand alone at a page's foot.
    assert prompt.style.name == "Vejledende spørgsmål"
    assert prompt.style.font.italic and prompt.style.paragraph_format.keep_with_next
    assert not any(r.italic for r in prompt.runs)  # no direct formatting to fight the style
    bullet = para(
        doc,
        "Mette Sørensen (Skoleleder): Kun 16 % af eleverne peger på skolegården "
        "som det bedste sted at være.",
    )
    assert bullet.style.name == "List Bullet"
    assert bullet.runs[0].bold and bullet.runs[0].text == "Mette Sørensen (Skoleleder): "
    assert not bullet.runs[1].bold
    # A beslutningsreferat, not a transcript (issue 13 item 1): no phase or round headings.
    assert "Skoleleder fremlægger data" not in t and "Runde 1" not in t


def test_decisions_numbered_and_actions_table(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    t = texts(doc)
    start = t.index("Beslutninger")
    assert t.index("5. Beslutning") < start < t.index("6. Samtale om samtalen")
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 4
    assert numbered[2].text.startswith("Organisatorisk blik på skoledagen")
    actions = doc.tables[0]
    assert [c.text for c in actions.rows[0].cells] == ["Hvad", "Hvem", "Hvornår"]
    assert [c.text for c in actions.rows[1].cells] == [
        "Formulere mål og tegn på virkning for den gode pause",
        "Mette Sørensen",
        "1. maj 2025",
    ]
    assert "Samtale om samtalen" in t[t.index("6. Samtale om samtalen")]
    assert any(x.endswith("Vi nåede langt på kort tid, og mødet var velstyret.") for x in t)


def test_empty_items_left_out_decision_section_kept(clock, tmp_path):
    meeting = new_meeting(school="Testskolen", day="2025-03-13")
    meeting.add_note("Kun en note", item="i3", phase="i3p1")
    _, doc = export(meeting, tmp_path, now=clock.now())
    t = texts(doc)
    assert "3. Præsentation af data" in t and "5. Beslutning" in t
    for gone in (
        "1. Velkomst og præsentationsrunde",
        "4. Refleksion over data",
        "6. Samtale om samtalen",
    ):
        assert gone not in t
    assert "Ingen beslutninger registreret." in t


def test_time_appendix_and_talk_time(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    assert para(doc, "Bilag: Tidsforløb").paragraph_format.page_break_before
    timing = doc.tables[1]
    rows = [[c.text for c in r.cells] for r in timing.rows]
    assert rows[0] == ["Punkt", "Planlagt (min.)", "Brugt (min.)"]
    assert rows[3] == ["3. Præsentation af data", "25", "27"]
    assert rows[-1] == ["I alt", "120", "124"]
    talk = [[c.text for c in r.cells] for r in doc.tables[2].rows]
    assert talk[1] == ["Mette Sørensen (Skoleleder)", "30:34", "32 %"]


def test_time_table_dash_when_never_run(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock, run=False), tmp_path, now=clock.now())
    timing = next(t for t in doc.tables if t.rows[0].cells[0].text == "Punkt")
    assert {r.cells[2].text for r in timing.rows[1:]} == {"–"}


# --- public version ---------------------------------------------------------------------


def test_public_version_contains_no_participant_name_anywhere(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    meeting.add_note("Mette Sørensen følger op med Rasmus Vinther.", item="i5", phase="i5p1")
    path, doc = export(meeting, tmp_path, public=True, now=clock.now())
    xml = all_xml(path)
    for name, _ in PEOPLE + [ABSENT]:
        assert name not in xml, name
        for part in name.split():
            assert f">{part} " not in xml  # not even a first name starting a text run
    t = texts(doc)
    assert "Skoleleder, 2 × Ledelsesteam, Børn og Unge-chef, PUF-konsulent, Referent" in t
    assert "Taletid" not in t
    assert "Skoleleder følger op med Børn og Unge-chef." in t
    actions = doc.tables[0]
    assert actions.rows[1].cells[1].text == "Skoleleder"
    assert doc.core_properties.author == "Sødalskolen"


def test_public_with_names_lists_names_only_in_participants(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock), tmp_path, public=True, names=True, now=clock.now())
    t = texts(doc)
    assert "Mette Sørensen (Skoleleder)" in t
    assert not any(x.startswith("Mette Sørensen (Skoleleder): ") for x in t)


# --- a real Word document ---------------------------------------------------------------


def test_header_footer_properties_language(clock, tmp_path):
    path, doc = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    section = doc.sections[0]
    assert "Sødalskolen" in section.header.paragraphs[-1].text
    assert "13. marts 2025" in section.header.paragraphs[-1].text
    footer = section.footer._element
    codes = [el.text.strip() for el in footer.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert section.footer.paragraphs[-1].text.startswith("Side ")
    assert abs(section.page_width.cm - 21.0) < 0.01 and abs(section.left_margin.cm - 2.5) < 0.01
    cp = doc.core_properties
    assert cp.title == "Beslutningsreferat – Sødalskolen – 13. marts 2025"
    assert cp.author == "SUS Desktop" and cp.last_modified_by == "SUS Desktop"
    assert cp.language == "da-DK" and cp.comments == ""
    assert abs(cp.created - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert cp.modified == cp.created
    lang = (
        doc.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    assert lang.get(qn("w:val")) == "da-DK"
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        assert not any(b"python-docx" in z.read(n) for n in z.namelist())
    assert raw[:2] == b"PK"


def test_base_template_has_the_styles_we_need():
    from sus_desktop.export.docx_base import base_template

    doc = docx.Document(str(base_template()))
    names = {s.name for s in doc.styles}
    for needed in (
        "Normal",
        "Title",
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "List Bullet",
        "List Number",
        "Table Grid",
        "Header",
        "Footer",
    ):
        assert needed in names
    assert doc.paragraphs == []


# --- a school's own template -------------------------------------------------------------


def school_template(
    tmp_path,
    drop=(
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "List Number",
        "List Bullet",
        "Title",
        "Table Grid",
    ),
):
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Sødalskolen · Skolevej 1 · 8000 Aarhus"
    doc.add_paragraph("Brevpapirets eksempeltekst, der ikke må komme med")
    for style in list(doc.styles):
        if style.name in drop:
            style.element.getparent().remove(style.element)
    path = tmp_path / "brevpapir.docx"
    doc.save(str(path))
    return path


def test_school_template_keeps_letterhead_clears_body_and_falls_back(clock, tmp_path):
    template = school_template(tmp_path)
    _, doc = export(build_sample_meeting(clock), tmp_path, template=template, now=clock.now())
    t = texts(doc)
    assert "Brevpapirets eksempeltekst, der ikke må komme med" not in t
    assert t[0] == "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE"
    header = [p.text for p in doc.sections[0].header.paragraphs]
    assert header[0] == "Sødalskolen · Skolevej 1 · 8000 Aarhus"
    assert "Beslutningsreferat · Sødalskolen · 13. marts 2025" in header
    h = para(doc, "3. Præsentation af data")
    assert all(r.bold for r in h.runs)  # bold Normal instead of a missing Heading 1
    assert any(x.startswith("1.\tSkærpelse af mål") for x in t)  # decisions: no names
    assert any(x.startswith("4.\tFortsat inddragelse") for x in t)
    assert any(x.startswith("•\tMette Sørensen (Skoleleder): Kun 16 %") for x in t)
    assert len(doc.tables[0].rows) == 5  # the actions table still has borders of its own
    assert all(len(r._tr.trPr.findall(qn("w:cantSplit"))) == 1 for r in doc.tables[0].rows)
    assert doc.tables[0]._tbl.tblPr.find(qn("w:tblBorders")) is not None


def test_template_without_list_paragraph_uses_plain_prefixes(clock, tmp_path):
    template = school_template(tmp_path, drop=("List Number", "List Bullet", "List Paragraph"))
    _, doc = export(build_sample_meeting(clock), tmp_path, template=template, now=clock.now())
    t = texts(doc)
    first = next(p for p in doc.paragraphs if p.text.startswith("1.\tSkærpelse"))
    assert first.paragraph_format.first_line_indent is not None  # hanging like a list
    assert any(x.startswith("•\tMette Sørensen (Skoleleder): Kun 16 %") for x in t)


def test_dotx_and_broken_templates_refused_in_danish(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    dotx = tmp_path / "skabelon.dotx"
    shutil.copy(school_template(tmp_path), dotx)
    with pytest.raises(TemplateError, match=r"\.dotx"):
        write_minutes_docx(meeting, tmp_path / "a.docx", template=dotx)
    # A real template saved under a .docx name is recognised by its content type.
    disguised = tmp_path / "forklaedt.docx"
    with zipfile.ZipFile(school_template(tmp_path)) as src, zipfile.ZipFile(disguised, "w") as dst:
        for n in src.namelist():
            data = src.read(n)
            if n == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(n, data)
    with pytest.raises(TemplateError, match="Word-skabelon"):
        write_minutes_docx(meeting, tmp_path / "b.docx", template=disguised)
    junk = tmp_path / "junk.docx"
    junk.write_text("ikke et dokument")
    with pytest.raises(TemplateError, match="kan ikke læses"):
        write_minutes_docx(meeting, tmp_path / "c.docx", template=junk)
    with pytest.raises(TemplateError, match="findes ikke"):
        write_minutes_docx(meeting, tmp_path / "d.docx", template=tmp_path / "mangler.docx")
    assert not (tmp_path / "a.docx").exists()


# --- any text survives -------------------------------------------------------------------

NASTY = "a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh\ufffei\uffffj\ud800k\udfffl\tm\nn\x7fo"


def test_control_characters_everywhere(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    # Bypass the model's own cleaning, as a hand-edited or older file could.
    meeting.notes.append(Note(NASTY, "i3", "i3p1", meeting.participants[0].id))
    meeting.notes.append(Note(NASTY, "i5", "i5p1", None, kind=NoteKind.DECISION))
    meeting.participants.append(Participant(NASTY, NASTY))
    meeting.info.school = NASTY
    meeting.info.learning_focus = NASTY
    meeting.agenda[2].title = NASTY
    meeting.agenda[2].minutes_prompt = NASTY
    meeting.add_action("x", "y", "z")
    meeting.actions[-1].what = NASTY
    path, doc = export(meeting, tmp_path, now=clock.now())
    cleaned = "abcd\ne\nfghijkl\tm\nno"
    assert any(p.text.endswith(cleaned) for p in doc.paragraphs)
    assert doc.tables[0].rows[-1].cells[0].text == cleaned
    assert doc.core_properties.title.startswith("Beslutningsreferat – abcd e fghijkl m no")
    export(meeting, tmp_path, "offentlig.docx", public=True, now=clock.now())


def test_emoji_and_other_scripts(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    text = "Godt gået 👍🏽 – ÆØÅ æøå – 你好 – مرحبا – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
    meeting.add_note(text, item="i6", phase="i6p1", kind=NoteKind.EVALUATION)
    _, doc = export(meeting, tmp_path, now=clock.now())
    assert any(p.text.endswith(text) for p in doc.paragraphs)


def test_a_100000_character_note(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    long = ("Lang note med mange ord. " * 4000)[:99_999] + "!"
    meeting.add_note(long, item="i4", phase="i4p3")
    _, doc = export(meeting, tmp_path, now=clock.now())
    assert any(len(p.text) == 100_000 for p in doc.paragraphs)


def test_200_participants(clock, tmp_path):
    meeting = build_sample_meeting(clock)
    for n in range(200):
        meeting.add_participant(f"Deltager Nummer{n:03d}", "Ledelsesteam")
    _, doc = export(meeting, tmp_path, now=clock.now())
    assert "Deltager Nummer199 (Ledelsesteam)" in texts(doc)
    path, doc = export(meeting, tmp_path, "o.docx", public=True, now=clock.now())
    assert any("202 × Ledelsesteam" in t for t in texts(doc))
    assert "Nummer1" not in all_xml(path)


def test_empty_meeting(clock, tmp_path):
    _, doc = export(new_meeting(), tmp_path, now=clock.now())
    t = texts(doc)
    assert "Ingen deltagere registreret." in t
    assert "Ingen beslutninger registreret." in t
    assert "Bilag: Tidsforløb" in t


def test_a_meeting_without_agenda(clock, tmp_path):
    meeting = new_meeting(agenda=(new_meeting().agenda_info, []))
    meeting.add_note("Løs note")
    _, doc = export(meeting, tmp_path, now=clock.now())
    t = texts(doc)
    assert "Beslutninger og aftaler" in t and "Øvrige noter" in t and "Løs note" in t


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200), st.text(max_size=40))
def test_any_text_exports(tmp_path, text, name):
    meeting = new_meeting()
    meeting.participants.append(Participant(name, name))
    meeting.notes.append(Note(text, "i3", "i3p1", meeting.participants[0].id))
    meeting.info.school = text
    export(meeting, tmp_path, now=0.0)
    export(meeting, tmp_path, "o.docx", public=True, now=0.0)


# --- opens in an office suite ------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it(clock, tmp_path):
    path, _ = export(build_sample_meeting(clock), tmp_path, now=clock.now())
    run = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "referat.pdf"
    assert run.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert re.search(r"Pages:\s+4\n", info)


# --- what stays together on a page ------------------------------------------------------

# CT_PPr's sequence: a pPr out of this order is a file Word may call damaged.
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
HEADINGS = (
    "Deltagere",
    "Samtalens læringsfokus",
    "3. Præsentation af data",
    "4. Refleksion over data",
    "5. Beslutning",
    "Beslutninger",
    "Aftaler",
    "Bilag: Tidsforløb",
    "Taletid",
)
FINDINGS = ["Kun 16 % vælger skolegården", "Pauserne er “middel”", "Udskolingen går ud"]
LONG = [f"Forslag {n} fra spiralsamtalen" for n in range(1, 9)]


def keeps(p) -> bool:
    """Does the paragraph itself (not only its style) keep with the next?"""
    ppr = p._p.pPr
    return ppr is not None and ppr.find(qn("w:keepNext")) is not None


def meeting_with_lists(clock, actions: int = 0):
    m = build_sample_meeting(clock)
    findings = "\n".join(f"- {f}" for f in FINDINGS)
    m.set_minutes_section(MinutesSection("i3", f"Tre fund:\n{findings}\nEt afsnit efter listen."))
    m.set_minutes_section(MinutesSection("i4", "\n".join(f"- {x}" for x in LONG)))
    for n in range(actions):
        m.add_action(f"Handling {n + 1}", "Mette Sørensen", "1. maj 2025")
    return m


def list_after(doc, first_text: str, n: int) -> list:
    ps = doc.paragraphs
    i = next(k for k, p in enumerate(ps) if p.text == first_text)
    return ps[i : i + n]


@pytest.mark.parametrize("with_template", [False, True])
def test_every_heading_keeps_with_its_next_paragraph(clock, tmp_path, with_template):
    # A school template without heading styles (bold Normal) keeps them together too.
    template = school_template(tmp_path) if with_template else None
    _, doc = export(meeting_with_lists(clock), tmp_path, template=template, now=clock.now())
    t = texts(doc)
    for heading in HEADINGS:
        assert heading in t, heading
        assert keeps(para(doc, heading)), heading
    assert all(keeps(p) for p in doc.paragraphs if p.style.name.startswith("Heading"))


@pytest.mark.parametrize("with_template", [False, True])
def test_a_short_list_stays_on_one_page_a_long_one_may_break(clock, tmp_path, with_template):
    template = school_template(tmp_path) if with_template else None
    _, doc = export(meeting_with_lists(clock), tmp_path, template=template, now=clock.now())
    bullet = "•\t" if with_template else ""
    short = list_after(doc, bullet + FINDINGS[0], 4)
    assert [p.text for p in short] == [bullet + f for f in FINDINGS] + ["Et afsnit efter listen."]
    assert [keeps(p) for p in short] == [True, True, False, False]  # the last item may part
    assert keeps(para(doc, "Tre fund:"))  # it introduces the list
    assert not keeps(para(doc, "Et afsnit efter listen."))
    long = list_after(doc, bullet + LONG[0], 8)
    assert [p.text for p in long] == [bullet + x for x in LONG]
    assert not any(keeps(p) for p in long)
    decisions = [p for p in doc.paragraphs if re.match(r"(\d\.\t)?(Skærpelse|Fortsat)", p.text)]
    numbered = list_after(doc, decisions[0].text, 4)  # the four decisions, numbered
    assert [keeps(p) for p in numbered] == [True, True, True, False]
    people = list_after(doc, bullet + "Mette Sørensen (Skoleleder)", len(PEOPLE))
    assert [keeps(p) for p in people] == [True] * (len(PEOPLE) - 1) + [False]


@pytest.mark.parametrize("with_template", [False, True])
def test_paragraph_properties_in_schema_order(clock, tmp_path, with_template):
    template = school_template(tmp_path) if with_template else None
    path, _ = export(meeting_with_lists(clock), tmp_path, template=template, now=clock.now())
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    seen = 0
    for ppr in body.iter(qn("w:pPr")):
        names = [el.tag.split("}")[1] for el in ppr]
        assert names == sorted(names, key=PPR_ORDER.index), names
        seen += {"keepNext", "numPr"} <= set(names)
    assert seen >= (0 if with_template else 3)  # numbered and kept: numPr after keepNext


def row_keeps(row) -> bool:
    paras = [p for c in row.cells for p in c.paragraphs]
    kept = [keeps(p) for p in paras]
    assert len(set(kept)) == 1  # a row keeps with the next by all its paragraphs
    return kept[0]


@pytest.mark.parametrize("actions,whole", [(0, True), (8, False)])
def test_table_rows_never_split_and_a_short_table_stays_whole(clock, tmp_path, actions, whole):
    _, doc = export(meeting_with_lists(clock, actions), tmp_path, now=clock.now())
    table = doc.tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Hvad", "Hvem", "Hvornår"]
    assert rows[1][0] == "Formulere mål og tegn på virkning for den gode pause"
    assert len(rows) == 5 + actions
    for t in doc.tables:
        assert all(len(r._tr.trPr.findall(qn("w:cantSplit"))) == 1 for r in t.rows)
        assert row_keeps(t.rows[0])  # the header row never stands alone at a page's foot
    kept = [row_keeps(r) for r in table.rows]
    assert kept == (
        [True] * (len(rows) - 1) + [False] if whole else [True] + [False] * (len(rows) - 1)
    )
    timing = doc.tables[1]  # 8 rows: may break (it starts a page of its own anyway)
    assert [row_keeps(r) for r in timing.rows] == [True] + [False] * 8
