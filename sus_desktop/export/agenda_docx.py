"""The agenda (dagsorden) as a Word document: the invitation's texts, then the timed
programme table in the municipal layout (Tid | Punkt og mål | Ansvarlig | Proces)."""

from __future__ import annotations

import os
from pathlib import Path

from docx.shared import Pt

from sus_desktop.core.agenda import AgendaItem
from sus_desktop.core.danish import minutes as fmt_minutes
from sus_desktop.core.meeting import Meeting
from sus_desktop.export.docx_base import (
    APP,
    Writer,
    add_header_footer,
    keep_together,
    load_template,
    safe,
    save_atomic,
    set_compatibility_mode,
    set_language,
    set_properties,
    to_bytes,
)
from sus_desktop.export.docx_package import drop_unused_parts
from sus_desktop.export.formatting import danish_date, parse_hhmm, time_range
from sus_desktop.export.minutes_model import speaker_label

DEFAULT_TITLE = "Dagsorden til skoleudviklingssamtale"
WIDTHS = [2.6, 4.2, 3.0, 6.2]  # cm; 16 cm of text width on A4 with 2.5 cm margins


def agenda_document(meeting: Meeting, *, template: str | os.PathLike | None = None):
    doc = load_template(template)
    w = Writer(doc)
    info, ai = meeting.info, meeting.agenda_info
    title = ai.title or DEFAULT_TITLE
    w.title(title)
    if info.school:
        w.subtitle(info.school)
    start = parse_hhmm(info.start_time)
    start = 13 * 60 if start is None else start
    total = sum(i.minutes for i in meeting.agenda)
    if info.date:
        w.labelled("Dato", danish_date(info.date, weekday=True))
    w.labelled("Tid", time_range(start, total) if total else time_range(start, 0)[:5])
    if info.location:
        w.labelled("Sted", info.location)
    if info.theme:
        w.labelled("Tema", info.theme)

    if ai.purpose:
        w.heading("Mødets formål", 1)
        w.para(ai.purpose)
    _bullets(w, "Mødets mål", ai.goals)
    present = [p for p in meeting.participants if p.present]
    _bullets(w, "Deltagere", [speaker_label(p) for p in present] or ai.participants)
    _bullets(w, "Roller ved mødet", ai.roles)
    _bullets(w, "Referent", ai.minute_taker)
    if info.learning_focus:
        w.heading("Samtalens læringsfokus", 1)
        w.para(info.learning_focus)

    if meeting.agenda:
        w.heading("Program", 1)
        _programme(w, meeting.agenda, start)
    for item in meeting.agenda:
        if item.question_sets:
            w.heading(f"Refleksionsspørgsmål til punkt {item.number}. {item.title}", 1)
            for qs in item.question_sets:
                w.heading(qs.title, 2)
                keep_together([w.bullet(q) for q in qs.questions])
    _bullets(w, "Efter læringssamtalen", ai.after)

    add_header_footer(
        doc, " · ".join(x for x in ("Dagsorden", info.school, danish_date(info.date)) if x)
    )
    set_language(doc)
    set_compatibility_mode(doc)
    drop_unused_parts(doc)
    set_properties(
        doc,
        title=" – ".join(x for x in (title, info.school) if x),
        subject="Dagsorden – skoleudviklingssamtale",
        author=info.school or APP,
        keywords="skoleudviklingssamtale; dagsorden",
    )
    return doc


def write_agenda_docx(
    meeting: Meeting, path: str | os.PathLike, *, template: str | os.PathLike | None = None
) -> Path:
    return save_atomic(to_bytes(agenda_document(meeting, template=template)), path)


def _bullets(w: Writer, heading: str, lines: list[str]) -> None:
    lines = [x for x in lines if x.strip()]
    if lines:
        w.heading(heading, 1)
        keep_together([w.bullet(line) for line in lines])


def _programme(w: Writer, items: list[AgendaItem], start: int) -> None:
    t = w.table(
        ["Tid", "Punkt og mål", "Ansvarlig", "Proces"],
        [["", "", "", ""]] * len(items),
        WIDTHS,
        caption="Program",
        description="Dagsordenens punkter med tid, mål, ansvarlig og proces.",
    )
    clock = float(start)
    for row, item in zip(t.rows[1:], items):
        tid, punkt, ansvarlig, proces = row.cells
        _first(tid).add_run(time_range(clock, item.minutes))
        w.para(f"{fmt_minutes(item.minutes)} min.", container=tid)
        clock += item.minutes
        _first(punkt).add_run(safe(f"{item.number}. {item.title}")).bold = True
        if item.goal:
            p = w.para("", container=punkt)
            p.add_run("Mål: ").italic = True
            p.add_run(safe(item.goal))
        _first(ansvarlig).add_run(safe(item.responsible))
        _process(w, proces, item)
        for cell in row.cells:
            paras = cell.paragraphs
            if len(paras) > 1 and not paras[0].text:  # bullets came first: no blank line
                paras[0]._p.getparent().remove(paras[0]._p)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(2)


def _first(cell):
    return cell.paragraphs[0]


def _process(w: Writer, cell, item: AgendaItem) -> None:
    """Phases with their minutes and questions; an item with a single phase shows its process
    text and that phase's questions instead (item 5's introduction lives in its process)."""
    first = True

    def line(text: str, bold: bool = False):
        nonlocal first
        p = _first(cell) if first else w.para("", container=cell)
        first = False
        r = p.add_run(safe(text))
        r.bold = bold
        return p

    phases = item.phases
    if len(phases) <= 1:
        for text in item.process.splitlines():
            if text.strip():
                line(text.strip())
        questions = phases[0].questions if phases else []
        for q in questions:
            w.bullet(q, container=cell)
        return
    # Questions printed after the table (the item's question sets) are referred to, not
    # repeated: item 4's spiral phase would otherwise fill a page of the table.
    in_sets = {q.strip() for qs in item.question_sets for q in qs.questions}
    for ph in phases:
        label = f"{ph.title} ({fmt_minutes(ph.minutes)} min.)"
        line(
            f"Evt. {label[0].lower()}{label[1:]}"
            if ph.optional and not ph.title.lower().startswith("evt.")
            else label
        )
        own = [q for q in ph.questions if q.strip() not in in_sets]
        for q in own:
            w.bullet(q, container=cell)
        if len(own) < len(ph.questions):
            w.bullet("Se refleksionsspørgsmålene efter programmet", container=cell).runs[
                -1
            ].italic = True
