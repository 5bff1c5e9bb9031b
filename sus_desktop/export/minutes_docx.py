"""The beslutningsreferat as a Word document, rendered from the minutes model."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from sus_desktop.core import minutes_draft as draft
from sus_desktop.core.meeting import Meeting
from sus_desktop.export.docx_base import (
    APP,
    Writer,
    add_header_footer,
    keep_together,
    load_template,
    save_atomic,
    set_compatibility_mode,
    set_language,
    set_properties,
    to_bytes,
)
from sus_desktop.export.docx_package import drop_unused_parts, strip_personal_data
from sus_desktop.export.minutes_model import NO_DECISIONS, Block, Minutes, Section, build_minutes


def minutes_document(
    meeting: Meeting,
    *,
    public: bool = False,
    names: bool = False,
    template: str | os.PathLike | None = None,
    now: float | None = None,
    leave_out: Iterable[int] | None = None,
    replace: dict[str, str] | None = None,
):
    """A python-docx Document of the minutes (for tests and for callers that save it)."""
    return render_minutes(
        build_minutes(
            meeting, public=public, names=names, now=now, leave_out=leave_out, replace=replace
        ),
        template,
    )


def write_minutes_docx(
    meeting: Meeting,
    path: str | os.PathLike,
    *,
    public: bool = False,
    names: bool = False,
    template: str | os.PathLike | None = None,
    now: float | None = None,
    leave_out: Iterable[int] | None = None,
    replace: dict[str, str] | None = None,
) -> Path:
    """`leave_out`: agenda item numbers to leave out; None: the public version's default
    (1, 2 and 7), nothing in the internal one. `replace`: the public version's extra
    replacements chosen in the check before export."""
    doc = minutes_document(
        meeting,
        public=public,
        names=names,
        template=template,
        now=now,
        leave_out=leave_out,
        replace=replace,
    )
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
        keep_together([w.bullet(line) for line in m.participants])
    elif m.roles_line:
        w.para(m.roles_line)
    else:
        w.para("Ingen deltagere registreret.")
    if m.absent:
        w.labelled("Afbud", ", ".join(m.absent))

    if m.show_focus:
        w.heading("Samtalens læringsfokus", 1)
        if m.focus:
            _blocks(w, m.focus)
        else:
            w.para("Ikke angivet.")

    for section in m.sections:
        _section(w, section)

    _appendix(w, m)

    add_header_footer(doc, m.header_text)
    set_language(doc)
    set_compatibility_mode(doc)
    drop_unused_parts(doc)
    if m.public:
        strip_personal_data(doc, m.anonymize)
    set_properties(
        doc,
        title=m.doc_title,
        subject="Beslutningsreferat – skoleudviklingssamtale",
        author=m.school if m.public and m.school else APP,
        keywords="skoleudviklingssamtale; beslutningsreferat"
        + ("; offentlig udgave" if m.public else ""),
    )
    return doc


def _section(w: Writer, s: Section) -> None:
    w.heading(s.heading, 1)
    if s.prompt:
        w.prompt(s.prompt)
    _blocks(w, s.body)
    if not s.is_decision:
        return
    if s.no_decisions_line:
        w.heading("Beslutninger", 2)
        w.para(NO_DECISIONS)
    if s.actions:
        w.heading("Aftaler", 2)
        w.table(
            ["Hvad", "Hvem", "Hvornår"],
            [[a.what, a.who, a.due] for a in s.actions],
            [8.0, 4.0, 4.0],
            caption="Aftaler",
            description="Aftaler fra skoleudviklingssamtalen: hvad, hvem og hvornår.",
            keep_short=True,
        )


def _blocks(w: Writer, blocks: list[Block]) -> None:
    """A section's text: '# ' sub-headings, bullets, numbered lines (numbered as typed) and
    paragraphs (line breaks kept). A short list stays on one page (docx_base.keep_together),
    with the line that introduces it."""
    num_id = None
    items: list = []  # the paragraphs of the list being written
    for n, b in enumerate(blocks):
        if items and b.kind != blocks[n - 1].kind:
            keep_together(items)
            items = []
        if b.kind == draft.HEADING:
            w.heading(b.text, 2)
        elif b.kind == draft.BULLET:
            items.append(w._p(w.s_bullet, b.text, lead=b.lead + b.sep if b.lead else ""))
        elif b.kind == draft.NUMBER:
            prefix = "" if w.number_native else f"{b.number}.\t"
            p = w._p(w.s_number, b.text, lead=b.lead + b.sep if b.lead else "", prefix=prefix)
            items.append(p)
            if w.number_native:
                if n == 0 or blocks[n - 1].kind != draft.NUMBER:
                    num_id = _new_list(w, b.number or 1)
                if num_id is not None:
                    _use_list(p, num_id)
        else:  # a line that introduces a list ("Tre fund:") goes with it
            lead_in = b.text.rstrip().endswith(":") and n + 1 < len(blocks)
            w.para(b.text, keep=lead_in and blocks[n + 1].kind in (draft.BULLET, draft.NUMBER))
    keep_together(items)


def _new_list(w: Writer, start: int) -> str | None:
    """A numbering instance of the List Number style starting at `start`: without it Word
    counts on from the previous list (a second section's "1." would show as "5.")."""
    styles = w.doc.styles.element
    style = next(
        (
            s
            for s in styles.iterchildren(qn("w:style"))
            if s.get(qn("w:styleId")) == w.s_number.style_id
        ),
        None,
    )
    ids = style.xpath("./w:pPr/w:numPr/w:numId/@w:val") if style is not None else []
    try:
        numbering = w.doc.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    abstract = (
        numbering.xpath(f'./w:num[@w:numId="{ids[0]}"]/w:abstractNumId/@w:val') if ids else []
    )
    if not abstract:
        return None  # numbering inherited from elsewhere: leave Word's own
    new_id = str(max(int(x) for x in numbering.xpath("./w:num/@w:numId")) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), new_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract[0])
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    begin = OxmlElement("w:startOverride")
    begin.set(qn("w:val"), str(max(1, start)))
    override.append(begin)
    num.extend([ref, override])
    numbering.append(num)
    return new_id


def _use_list(p, num_id: str) -> None:
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()  # in schema order (after keepNext)
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _appendix(w: Writer, m: Minutes) -> None:
    if not m.timing:
        return
    w.heading("Bilag: Tidsforløb", 1).paragraph_format.page_break_before = True
    w.table(
        ["Punkt", "Planlagt (min.)", "Brugt (min.)"],
        [[r.label, r.planned, r.actual] for r in m.timing]
        + [[m.timing_total.label, m.timing_total.planned, m.timing_total.actual]],
        [10.0, 3.0, 3.0],
        bold_last=True,
        right=(1, 2),
        caption="Tidsforløb",
        description="Planlagt og brugt tid i minutter pr. dagsordenspunkt og i alt.",
    )
    if m.run_text:
        w.para(m.run_text).paragraph_format.space_before = Pt(6)
    if m.talk_time:
        w.heading("Taletid", 2)
        w.table(
            ["Deltager", "Taletid (min:sek)", "Andel"],
            [[t.label, t.time, t.share] for t in m.talk_time],
            [10.0, 3.5, 2.5],
            right=(1, 2),
            caption="Taletid",
            description="Taletid pr. deltager i minutter og sekunder og andel af den samlede "
            "taletid.",
            keep_short=True,
        )
