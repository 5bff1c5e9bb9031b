"""The beslutningsreferat as PDF, rendered from the same minutes model as the DOCX, with Qt's
own PDF writer (QPdfWriter and QTextDocument in QtGui, part of PySide6-Essentials): no
office suite needed, and the public version is the same anonymised model.

The one module of the export package that imports Qt (tests/test_architecture.py exempts it
by name); everything else here stays importable without PySide6. It needs a
QGuiApplication for fonts: inside the app there is one; the command line gets an offscreen
one when no display is around.

QTextDocument has no keep-with-next, so after layout every run of headings (and the guiding
question under an item heading) that would end a page without the first line of what
follows is moved to the next page, until none is left.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from sus_desktop.core import minutes_draft as draft
from sus_desktop.core.meeting import Meeting
from sus_desktop.export.docx_base import APP, ExportError, save_atomic
from sus_desktop.export.minutes_model import (
    NO_DECISIONS,
    Block,
    Minutes,
    Section,
    build_minutes,
)

RESOLUTION = 300  # dpi of the PDF's coordinate system
MARGIN_MM = (25.0, 12.0, 25.0, 12.0)  # left, top, right, bottom (header and footer inside)
BAND_MM = 11.0  # height of the header and of the footer band
FONTS = ["Calibri", "Carlito", "Liberation Sans", "Arial", "DejaVu Sans", "Helvetica"]

CSS = """
body { font-size: 11pt; }
p { margin-top: 0px; margin-bottom: 6px; }
p.title { font-size: 18pt; font-weight: bold; color: #1F3864; margin-bottom: 2px; }
p.subtitle { font-size: 13pt; color: #404040; margin-bottom: 10px; }
p.label { margin-bottom: 2px; }
li { margin-bottom: 3px; }
th { background-color: #F2F2F2; font-weight: bold; text-align: left; }
"""

_app = None  # the QGuiApplication made here, kept alive for the process


def _ensure_gui() -> None:
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = [APP]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        argv += ["-platform", "offscreen"]  # headless: no display to abort on
    _app = QGuiApplication(argv)


# Qt's <h1>–<h3> scale the font by their own factor whatever a style sheet says, so
# headings are paragraphs styled here; an anchor marks them (and the guiding question) for
# keep-with-next and for the heading level set after loading.
_HSTYLE = {
    1: "font-size: 14pt; color: #1F3864; margin-top: 16px; margin-bottom: 4px;",
    2: "font-size: 12pt; color: #2F5496; margin-top: 10px; margin-bottom: 3px;",
    3: "font-size: 11pt; color: #2F5496; margin-top: 8px; margin-bottom: 2px;",
}
_KEEP_ANCHORS = {"h1": 1, "h2": 2, "h3": 3, "q": 0}


def _h(level: int, text: str, style: str = "") -> str:
    return (
        f'<p style="font-weight: bold; {_HSTYLE[level]}{style}">'
        f'<a name="h{level}"></a>{_e(text)}</p>'
    )


def _prompt(text: str) -> str:
    return f'<p style="font-style: italic; margin-bottom: 6px;"><a name="q"></a>{_e(text)}</p>'


def _e(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br/>").replace("\t", " ")


def _table(
    header: list[str],
    rows: list[list[str]],
    widths: list[int],
    *,
    bold_last: bool = False,
    right: tuple[int, ...] = (),
) -> str:
    out = [
        (
            '<table width="100%" border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-color: #A6A6A6; border-style: solid;">'
        ),
        "<thead><tr>",
    ]
    for c, (h, w) in enumerate(zip(header, widths)):
        align = ' align="right"' if c in right else ""
        out.append(f'<th width="{w}%"{align} bgcolor="#F2F2F2">{_e(h)}</th>')
    out.append("</tr></thead><tbody>")
    for r, row in enumerate(rows):
        bold = bold_last and r == len(rows) - 1
        out.append("<tr>")
        for c, value in enumerate(row):
            align = ' align="right"' if c in right else ""
            cell = f"<b>{_e(value)}</b>" if bold else _e(value)
            out.append(f"<td{align}>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def minutes_html(m: Minutes) -> str:
    """The minutes as the HTML subset QTextDocument reads, in the DOCX's order and rules."""
    h = [f'<p class="title" style="font-size: 18pt;">{_e(m.title)}</p>']
    if m.school:
        h.append(f'<p class="subtitle" style="font-size: 13pt;">{_e(m.school)}</p>')

    def labelled(label: str, value: str) -> None:
        h.append(f'<p class="label"><b>{_e(label)}:</b> {_e(value)}</p>')

    labelled("Dato for samtalen", m.date_text or "Ikke angivet")
    if m.time_text:
        labelled("Tidspunkt", m.time_text)
    if m.location:
        labelled("Sted", m.location)
    if m.theme:
        labelled("Tema", m.theme)
    h.append(_h(1, "Deltagere"))
    if m.participants:
        h.append("<ul>" + "".join(f"<li>{_e(p)}</li>" for p in m.participants) + "</ul>")
    else:
        h.append(f"<p>{_e(m.roles_line or 'Ingen deltagere registreret.')}</p>")
    if m.absent:
        labelled("Afbud", ", ".join(m.absent))
    if m.show_focus:
        h.append(_h(1, "Samtalens læringsfokus"))
        h.append(_blocks(m.focus) if m.focus else "<p>Ikke angivet.</p>")
    for s in m.sections:
        h.append(_section(s))
    if m.timing:
        h.append(_h(1, "Bilag: Tidsforløb", " page-break-before: always;"))
        h.append(
            _table(
                ["Punkt", "Planlagt (min.)", "Brugt (min.)"],
                [[r.label, r.planned, r.actual] for r in m.timing]
                + [[m.timing_total.label, m.timing_total.planned, m.timing_total.actual]],
                [62, 19, 19],
                bold_last=True,
                right=(1, 2),
            )
        )
        if m.run_text:
            h.append(f'<p style="margin-top: 8px;">{_e(m.run_text)}</p>')
        if m.talk_time:
            h.append(_h(2, "Taletid"))
            h.append(
                _table(
                    ["Deltager", "Taletid (min:sek)", "Andel"],
                    [[t.label, t.time, t.share] for t in m.talk_time],
                    [62, 22, 16],
                    right=(1, 2),
                )
            )
    return f"<html><body>{''.join(h)}</body></html>"


def _section(s: Section) -> str:
    h = [_h(1, s.heading)]
    if s.prompt:
        h.append(_prompt(s.prompt))
    h.append(_blocks(s.body))
    if not s.is_decision:
        return "".join(h)
    if s.no_decisions_line:
        h.append(_h(2, "Beslutninger") + f"<p>{_e(NO_DECISIONS)}</p>")
    if s.actions:
        h.append(_h(2, "Aftaler"))
        h.append(
            _table(
                ["Hvad", "Hvem", "Hvornår"],
                [[a.what, a.who, a.due] for a in s.actions],
                [50, 25, 25],
            )
        )
    return "".join(h)


def _blocks(blocks: list[Block]) -> str:
    """A section's text: sub-headings, bullet and numbered lists (numbered as typed), and
    paragraphs with their line breaks."""
    h: list[str] = []
    open_list = ""
    for b in blocks:
        tag = {draft.BULLET: "ul", draft.NUMBER: "ol"}.get(b.kind, "")
        if open_list and (tag != open_list or (tag == "ol" and b.number == 1)):
            h.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            start = f' start="{b.number}"' if tag == "ol" and b.number else ""
            h.append(f"<{tag}{start}>")
            open_list = tag
        lead = f"<b>{_e(b.lead + b.sep.rstrip())}</b> " if b.lead else ""
        if tag:
            h.append(f"<li>{lead}{_e(b.text)}</li>")
        elif b.kind == draft.HEADING:
            h.append(_h(2, b.text))
        else:
            h.append(f"<p>{_e(b.text)}</p>")
    if open_list:
        h.append(f"</{open_list}>")
    return "".join(h)


# --- pages --------------------------------------------------------------------------------


def _marked(doc: QTextDocument) -> dict[int, int]:
    """Block number -> heading level (0: the guiding question) of the marked blocks."""
    out: dict[int, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        if not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name in _KEEP_ANCHORS:
                    out[block.blockNumber()] = _KEEP_ANCHORS[name]
        block = block.next()
    return out


def _set_heading_levels(doc: QTextDocument) -> None:
    for number, level in _marked(doc).items():
        if level:
            fmt = QTextBlockFormat()
            fmt.setHeadingLevel(level)
            QTextCursor(doc.findBlockByNumber(number)).mergeBlockFormat(fmt)


def _keep_blocks(doc: QTextDocument) -> set[int]:
    """Block numbers that must stay on a page with the next block: headings, and the
    guiding question under an item heading."""
    return set(_marked(doc))


def stranded(doc: QTextDocument, page_h: float) -> list[str]:
    """Texts of heading runs that end a page without the first line of what follows."""
    return [first.text() for first, top, end in _chains(doc) if _crosses(top, end, page_h)]


def _chains(doc: QTextDocument):
    """(first block, top, end) of each run of keep-with-next blocks; `end` is the bottom of
    the first line of the block after the run."""
    layout = doc.documentLayout()
    keep = _keep_blocks(doc)
    block = doc.begin()
    while block.isValid():
        if block.blockNumber() not in keep:
            block = block.next()
            continue
        first = block
        while block.isValid() and block.blockNumber() in keep:
            block = block.next()
        if not block.isValid():
            return
        nxt = layout.blockBoundingRect(block)
        line = block.layout().lineAt(0)
        yield (
            first,
            layout.blockBoundingRect(first).top(),
            nxt.top() + (line.height() if line.isValid() else nxt.height()),
        )


def _crosses(top: float, end: float, page_h: float) -> bool:
    page = int(top // page_h)
    return int((end - 1) // page_h) != page and top - page * page_h > 1 and end - top < page_h


def _apply_keep_with_next(doc: QTextDocument, page_h: float) -> None:
    moved: set[int] = set()
    # Each pass moves one run to the next page and lays the document out again; a very long
    # document stops after a few hundred (600 pages still take seconds, not minutes).
    for _ in range(300):
        for first, top, end in _chains(doc):
            if _crosses(top, end, page_h) and first.blockNumber() not in moved:
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).mergeBlockFormat(fmt)
                # The incremental relayout after a format change leaves later frames
                # (tables) where they were, drawn over or lost: lay it all out again.
                doc.markContentsDirty(0, doc.characterCount())
                moved.add(first.blockNumber())
                break
        else:
            return


def _writer(device) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def layout_document(m: Minutes, writer: QPdfWriter) -> tuple[QTextDocument, float, float]:
    """The minutes laid out in pages for `writer`: (document, text width, page body height)."""
    _ensure_gui()
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    width = float(paint.width())
    body_h = paint.height() - 2 * BAND_MM * RESOLUTION / 25.4
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, body_h))
    doc.setHtml(minutes_html(m))
    _set_heading_levels(doc)
    doc.markContentsDirty(0, doc.characterCount())
    _apply_keep_with_next(doc, body_h)
    return doc, width, body_h


def render_pdf(m: Minutes) -> bytes:
    """The PDF's bytes."""
    _ensure_gui()
    buf = QBuffer()
    data = QByteArray()
    buf.setBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buf)
    writer.setTitle(m.doc_title)
    writer.setCreator(APP)
    writer.setAuthor(m.school if m.public and m.school else APP)
    doc, width, body_h = layout_document(m, writer)
    band = BAND_MM * RESOLUTION / 25.4
    pages = doc.pageCount()

    small = QFont(doc.defaultFont())
    small.setPointSizeF(8.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("PDF-filen kunne ikke laves.")
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, 0, width, band * 0.6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                m.header_text,
            )
            painter.drawText(
                QRectF(0, band + body_h + band * 0.4, width, band * 0.6),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"Side {n + 1} af {pages}",
            )
            painter.save()
            painter.translate(0, band - n * body_h)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, n * body_h, width, body_h)
            painter.setClipRect(ctx.clip)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
    finally:
        painter.end()
    buf.close()
    return bytes(data.data())


def write_minutes_pdf(
    meeting: Meeting,
    path: str | os.PathLike,
    *,
    public: bool = False,
    names: bool = False,
    now: float | None = None,
    leave_out=None,
    replace: dict[str, str] | None = None,
) -> Path:
    m = build_minutes(
        meeting, public=public, names=names, now=now, leave_out=leave_out, replace=replace
    )
    return save_atomic(render_pdf(m), path)
