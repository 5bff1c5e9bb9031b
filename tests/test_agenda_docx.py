"""The agenda (dagsorden) as Word: invitation texts, the timed programme, questions, after."""

from __future__ import annotations

import zipfile

import docx
from docx.oxml.ns import qn
from sample_meeting import build_sample_meeting

from sus_desktop.core.factory import new_meeting
from sus_desktop.export.agenda_docx import write_agenda_docx


def export(meeting, tmp_path, **kw):
    path = write_agenda_docx(meeting, tmp_path / "dagsorden.docx", **kw)
    return path, docx.Document(str(path))


def test_invitation_texts(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock, run=False), tmp_path)
    t = [p.text for p in doc.paragraphs]
    assert t[0].startswith("Dagsorden til skoleudviklingssamtale foråret 2025")
    assert doc.paragraphs[0].style.name == "Title"
    assert t[1] == "Sødalskolen"
    assert "Dato: torsdag den 13. marts 2025" in t
    assert "Tid: 13.00–15.00" in t
    assert "Sted: Personalerummet, Sødalskolen" in t
    for heading in (
        "Mødets formål",
        "Mødets mål",
        "Deltagere",
        "Roller ved mødet",
        "Samtalens læringsfokus",
        "Program",
        "Efter læringssamtalen",
    ):
        assert heading in t, heading
    assert t[t.index("Mødets formål") + 1].startswith("Samtalens formål er kvalificere")
    assert "PUF konsulent faciliterer samtalen." in t
    assert "Mette Sørensen (Skoleleder)" in t
    assert "Løbende sparring med Børn og Unge-chef jf. årshjulet" in t


def test_programme_table(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock, run=False), tmp_path)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Tid", "Punkt og mål", "Ansvarlig", "Proces"]
    rows = table.rows[1:]
    assert len(rows) == 7
    times = [r.cells[0].paragraphs[0].text for r in rows]
    assert times == [
        "13.00–13.05",
        "13.05–13.10",
        "13.10–13.35",
        "13.35–14.20",
        "14.20–14.50",
        "14.50–14.59",
        "14.59–15.00",
    ]
    assert rows[2].cells[0].paragraphs[1].text == "25 min."
    punkt = rows[3].cells[1].paragraphs
    assert punkt[0].text == "4. Refleksion over data" and punkt[0].runs[0].bold
    assert punkt[1].text.startswith("Mål: Bedre forståelse af data")
    proc = [p.text for p in rows[3].cells[3].paragraphs]
    assert proc[0] == "Individuel refleksion (2 min.)"
    assert "Hvad bliver du optaget af?" in proc
    assert "Evt. opsummering af centrale perspektiver forud for beslutning (5 min.)" in proc
    bullet = next(p for p in rows[3].cells[3].paragraphs if p.text == "Hvad bliver du optaget af?")
    assert bullet.style.name == "List Bullet"
    # Item 1 shows its process text rather than repeating its title.
    assert rows[0].cells[3].paragraphs[0].text == "Skoleleder byder velkommen"
    # Item 6 has only questions: no blank line above them.
    assert rows[5].cells[3].paragraphs[0].text == "Hvad fungerede godt?"
    # Decision questions are listed under item 5.
    assert "Hvornår skal der følges op?" in [p.text for p in rows[4].cells[3].paragraphs]
    # Rows do not split across pages; the header row repeats.
    assert rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_question_sets_after_the_table(clock, tmp_path):
    _, doc = export(build_sample_meeting(clock, run=False), tmp_path)
    t = [p.text for p in doc.paragraphs]
    i = t.index("Mulige refleksionsspørgsmål til deltagelsesmuligheder for alle børn")
    assert t.index("Refleksionsspørgsmål til punkt 4. Refleksion over data") < i
    assert t[i + 1] == "Hvilke elevgrupper vil vi styrke deltagelsesmulighederne for?"
    assert "Mulige refleksionsspørgsmål til kompetenceudvikling" in t
    assert i < t.index("Efter læringssamtalen")


def test_agenda_document_properties(clock, tmp_path):
    path, doc = export(build_sample_meeting(clock, run=False), tmp_path)
    assert "Dagsorden · Sødalskolen · 13. marts 2025" in doc.sections[0].header.paragraphs[-1].text
    assert doc.core_properties.author == "Sødalskolen"
    assert doc.core_properties.language == "da-DK"
    with zipfile.ZipFile(path) as z:
        assert not any(b"python-docx" in z.read(n) for n in z.namelist())


def test_empty_meeting_agenda_and_custom_start(tmp_path):
    meeting = new_meeting(start_time="08:30")
    meeting.info.date = ""
    _, doc = export(meeting, tmp_path)
    t = [p.text for p in doc.paragraphs]
    assert "Tid: 08.30–10.30" in t
    assert not any(x.startswith("Dato:") for x in t)
    # No participants yet: the agenda's generic participant list.
    assert "Evt. PPR medarbejder efter aftale med skoleleder." in t


def test_agenda_without_items(tmp_path):
    meeting = new_meeting(agenda=(new_meeting().agenda_info, []))
    _, doc = export(meeting, tmp_path)
    assert doc.tables == []
    assert "Program" not in [p.text for p in doc.paragraphs]
