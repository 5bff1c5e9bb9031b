"""The beslutningsreferat as a Word document, rendered from the minutes model."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from docx.shared import Pt

from sus_desktop.core.meeting import Meeting
from sus_desktop.export.docx_base import (
    APP,
    Writer,
    add_header_footer,
    load_template,
    save_atomic,
    set_compatibility_mode,
    set_language,
    set_properties,
    to_bytes,
)
from sus_desktop.export.docx_package import drop_unused_parts, strip_personal_data
from sus_desktop.export.minutes_model import NO_DECISIONS, Minutes, Section, build_minutes


def minutes_document(meeting: Meeting, *, public: bool = False, names: bool = False,
                     template: str | os.PathLike | None = None, now: float | None = None,
                     leave_out: Iterable[int] | None = None,
                     replace: dict[str, str] | None = None):
    """A python-docx Document of the minutes (for tests and for callers that save it)."""
    return render_minutes(build_minutes(meeting, public=public, names=names, now=now,
                                        leave_out=leave_out, replace=replace), template)


def write_minutes_docx(meeting: Meeting, path: str | os.PathLike, *, public: bool = False,
                       names: bool = False, template: str | os.PathLike | None = None,
                       now: float | None = None, leave_out: Iterable[int] | None = None,
                       replace: dict[str, str] | None = None) -> Path:
    """`leave_out`: agenda item numbers to leave out; None: the public version's default
    (1, 2 and 7), nothing in the internal one. `replace`: the public version's extra
    replacements chosen in the check before export."""
    doc = minutes_document(meeting, public=public, names=names, template=template, now=now,
                           leave_out=leave_out, replace=replace)
    return save_atomic(to_bytes(doc), path)


def render_minutes(m: Minutes, template: str | os.PathLike | None = None):
    doc = load_template(template)
    w = Writer(doc)
    w.title(m.title)
    if m.school:
        w.subtitle(m.school)
    w.labelled("Dato for samtalen", m.date_text or "Ikke angivet")
    if m.time_text:
        w.labelled("Tidspunkt", m.time_text)
    if m.location:
        w.labelled("Sted", m.location)
    if m.theme:
        w.labelled("Tema", m.theme)

    w.heading("Deltagere", 1)
    if m.participants:
        for line in m.participants:
            w.bullet(line)
    elif m.roles_line:
        w.para(m.roles_line)
    else:
        w.para("Ingen deltagere registreret.")
    if m.absent:
        w.labelled("Afbud", ", ".join(m.absent))

    w.heading("Samtalens læringsfokus", 1)
    w.para(m.learning_focus or "Ikke angivet.")

    for section in m.sections:
        _section(w, section)

    _appendix(w, m)

    add_header_footer(doc, m.header_text)
    set_language(doc)
    set_compatibility_mode(doc)
    drop_unused_parts(doc)
    if m.public:
        strip_personal_data(doc, m.anonymize)
    set_properties(doc, title=m.doc_title,
                   subject="Beslutningsreferat – skoleudviklingssamtale",
                   author=m.school if m.public and m.school else APP,
                   keywords="skoleudviklingssamtale; beslutningsreferat"
                   + ("; offentlig udgave" if m.public else ""))
    return doc


def _section(w: Writer, s: Section) -> None:
    w.heading(s.heading, 1)
    if s.prompt:
        w.prompt(s.prompt)
    sub = 3 if s.show_phase_titles else 2
    for group in s.groups:
        if s.show_phase_titles and group.title:
            w.heading(group.title, 2)
        for rnd in group.rounds:
            if group.by_round and rnd.title:
                w.heading(rnd.title, sub)
            for e in rnd.entries:
                w.bullet(e.text, lead=e.speaker)
    if not s.is_decision:
        return
    if s.decisions:
        w.heading("Beslutninger", 2)
        for n, e in enumerate(s.decisions, start=1):
            w.numbered(n, e.text, lead=e.speaker)
    elif s.no_decisions_line:
        w.heading("Beslutninger", 2)
        w.para(NO_DECISIONS)
    if s.actions:
        w.heading("Aftaler", 2)
        w.table(["Hvad", "Hvem", "Hvornår"], [[a.what, a.who, a.due] for a in s.actions],
                [8.0, 4.0, 4.0], caption="Aftaler",
                description="Aftaler fra skoleudviklingssamtalen: hvad, hvem og hvornår.")


def _appendix(w: Writer, m: Minutes) -> None:
    if not m.timing:
        return
    w.heading("Bilag: Tidsforløb", 1).paragraph_format.page_break_before = True
    w.table(["Punkt", "Planlagt (min.)", "Brugt (min.)"],
            [[r.label, r.planned, r.actual] for r in m.timing]
            + [[m.timing_total.label, m.timing_total.planned, m.timing_total.actual]],
            [10.0, 3.0, 3.0], bold_last=True, right=(1, 2), caption="Tidsforløb",
            description="Planlagt og brugt tid i minutter pr. dagsordenspunkt og i alt.")
    if m.run_text:
        w.para(m.run_text).paragraph_format.space_before = Pt(6)
    if m.talk_time:
        w.heading("Taletid", 2)
        w.table(["Deltager", "Taletid (min:sek)", "Andel"],
                [[t.label, t.time, t.share] for t in m.talk_time], [10.0, 3.5, 2.5],
                right=(1, 2), caption="Taletid",
                description="Taletid pr. deltager i minutter og sekunder og andel af den samlede "
                "taletid.")
