"""Word plumbing shared by the minutes and the agenda: template loading, styles with
fallbacks, Danish language, header and footer with page numbers, core properties, safe
text, and an atomic save.

Styles are resolved once per document (a lookup per paragraph is what makes python-docx
slow); a school's own template may lack any of them, so every style has a fallback that
still reads well: a missing heading becomes bold Normal, a missing list style gets a typed
"•" or "1." prefix, a missing "Table Grid" gets drawn borders.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from sus_desktop.core.text import clean_line, clean_text
from sus_desktop.resources import resource_path
from sus_desktop.storage.atomic import atomic_write

LANG = "da-DK"
APP = "SUS Desktop"


class ExportError(Exception):
    """An export failed for a reason the user can act on; str() is a Danish message."""


class TemplateError(ExportError):
    pass


class SaveError(ExportError):
    pass


def safe(text) -> str:
    """Any text made XML-safe for python-docx (control characters, lone surrogates...)."""
    return clean_text("" if text is None else str(text))


def safe_line(text, limit: int = 255) -> str:
    """One line for a core property: those are limited to 255 characters."""
    return clean_line("" if text is None else str(text))[:limit]


# --- template ---------------------------------------------------------------------------


def base_template() -> Path:
    return resource_path("templates", "referat-base.docx")


def load_template(path: str | os.PathLike | None = None):
    """A document built on `path` (or the built-in template) with its body emptied.

    Headers, footers (a school's letterhead), page setup and styles are kept.
    """
    if path is None:
        return _clear_body(docx.Document(str(base_template())))
    p = Path(path)
    name = p.name
    if p.suffix.lower() in (".dotx", ".dotm", ".dot"):
        raise TemplateError(
            f"Skabelonen «{name}» er en Word-skabelon (.dotx). Åbn den i Word, gem den som et "
            "almindeligt Word-dokument (.docx), og vælg den igen."
        )
    if p.suffix.lower() == ".doc":
        raise TemplateError(
            f"Skabelonen «{name}» er i det gamle Word-format (.doc). "
            "Gem den som Word-dokument (.docx), og vælg den igen."
        )
    if not p.is_file():
        raise TemplateError(f"Skabelonen «{name}» findes ikke ({p}).")
    try:
        doc = docx.Document(str(p))
    except ValueError as exc:
        if "template" in str(exc):  # content type ...template.main+xml under a .docx name
            raise TemplateError(
                f"Skabelonen «{name}» er en Word-skabelon (.dotx). Åbn den i Word, gem den som "
                "et almindeligt Word-dokument (.docx), og vælg den igen."
            ) from exc
        raise TemplateError(
            f"Skabelonen «{name}» kan ikke læses som et Word-dokument (.docx)."
        ) from exc
    except Exception as exc:  # BadZipFile, KeyError, lxml errors...
        raise TemplateError(
            f"Skabelonen «{name}» kan ikke læses som et Word-dokument (.docx)."
        ) from exc
    return _clear_body(doc)


def template_warning(path: str | os.PathLike) -> str | None:
    """A Danish warning when a template's letterhead (a logo or picture) sits in the body,
    not in the header: the body is emptied for the minutes, so it would not be shown.
    None when the template is fine or cannot be read (load_template says why then)."""
    p = Path(path)
    try:
        doc = docx.Document(str(p))
    except Exception:  # load_template reports unreadable templates
        return None
    body = doc.element.body
    pictures = body.xpath(".//w:drawing | .//w:pict | .//w:object")
    if not pictures:
        return None
    return (
        f"Skabelonen «{p.name}» har brevhovedet (logo eller billede) i selve teksten og "
        "ikke i sidehovedet. Referatet bruger kun skabelonens sidehoved, sidefod og "
        "typografier, så brevhovedet kommer ikke med. Flyt logoet op i sidehovedet i Word "
        "(dobbeltklik øverst på siden), gem skabelonen, og vælg den igen."
    )


def _clear_body(doc):
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


# --- styles -----------------------------------------------------------------------------


def _has_numbering(style) -> bool:
    """A list style only numbers if it (or a style it is based on) links to numbering."""
    seen = 0
    while style is not None and seen < 10:
        ppr = style.element.pPr
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            return True
        style, seen = style.base_style, seen + 1
    return False


@dataclass
class _ParaStyle:
    style_id: str | None  # None: Normal
    prefix: str = ""  # typed bullet/number when the style does not number itself
    bold: bool = False
    size: float | None = None  # points, for fallbacks


class Writer:
    """Adds paragraphs and tables to a document using styles resolved once."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.body = doc._body
        # python-docx's add_paragraph/add_table look for the body's sectPr by scanning every
        # child, each call: quadratic in the notes (32,000 notes: 4.9 s of 8.2 s). New blocks
        # go in front of the sectPr found once here (or at the end when there is none).
        body_el = doc.element.body
        self._body_el = body_el
        self._sect_pr = body_el.find(qn("w:sectPr"))
        self._block_width = doc._block_width
        styles = {s.name: s for s in doc.styles}
        para = {n: s for n, s in styles.items() if s.type == WD_STYLE_TYPE.PARAGRAPH}

        def pick(*names):
            return next((para[n] for n in names if n in para), None)

        def sid(style):
            return style.style_id if style is not None else None

        title = pick("Title")
        h = [pick(f"Heading {n}") for n in (1, 2, 3)]
        self.s_title = (
            _ParaStyle(sid(title))
            if title
            else _ParaStyle(sid(h[0]), bold=True, size=None if h[0] else 16)
        )
        subtitle = pick("Subtitle")
        self.s_subtitle = _ParaStyle(sid(subtitle)) if subtitle else _ParaStyle(None, size=13)
        sizes = (14, 12, 11)
        self.s_heading = [
            (_ParaStyle(sid(s)) if s else _ParaStyle(None, bold=True, size=sz))
            for s, sz in zip(h, sizes)
        ]
        list_par = pick("List Paragraph")
        bullet, number = pick("List Bullet"), pick("List Number")
        self.s_bullet = (
            _ParaStyle(sid(bullet))
            if bullet and _has_numbering(bullet)
            else _ParaStyle(sid(list_par), prefix="•\t")
        )
        self.number_native = bool(number and _has_numbering(number))
        self.s_number = _ParaStyle(sid(number)) if self.number_native else _ParaStyle(sid(list_par))
        grid = styles.get("Table Grid")
        self.table_style = grid if grid is not None and grid.type == WD_STYLE_TYPE.TABLE else None
        self._styles = para
        self._s_prompt: _ParaStyle | None = None

    def _append_block(self, el) -> None:
        if self._sect_pr is not None:
            self._sect_pr.addprevious(el)
        else:
            self._body_el.append(el)

    # --- paragraphs ---------------------------------------------------------------------
    def _p(
        self,
        style: _ParaStyle,
        text: str = "",
        *,
        lead: str = "",
        prefix: str = "",
        italic: bool = False,
        container=None,
        keep: bool = False,
    ):
        """A paragraph; `keep`: kept on a page with the next one (w:keepNext)."""
        if container is None:
            el = OxmlElement("w:p")
            self._append_block(el)
            p = Paragraph(el, self.body)
        else:
            p = container.add_paragraph()
            el = p._p
        prefix = prefix or style.prefix
        if style.style_id or prefix or keep:
            ppr = SubElement(el, _PPR)
            if style.style_id:
                SubElement(ppr, _PSTYLE).set(_VAL, style.style_id)
            if keep:  # schema order: pStyle, keepNext, ..., numPr, ..., ind
                SubElement(ppr, _KEEP_NEXT)
            if prefix:  # a typed "•"/"1." hangs in the margin like a real list marker
                ind = SubElement(ppr, _IND)
                ind.set(qn("w:left"), "360")
                ind.set(qn("w:hanging"), "360")
        if prefix:
            _run(el, prefix)
        if lead:
            _run(el, safe(lead), bold=True)
        if text:
            _run(el, safe(text), bold=style.bold, italic=italic, size=style.size)
        return p

    def title(self, text: str):
        return self._p(self.s_title, text)

    def subtitle(self, text: str):
        return self._p(self.s_subtitle, text)

    def heading(self, text: str, level: int = 1):
        """A heading, kept with what follows it even when a school template's heading
        style does not say so (or the template has no heading styles at all)."""
        p = self._p(self.s_heading[max(1, min(level, 3)) - 1], text, keep=True)
        if self.s_heading[max(1, min(level, 3)) - 1].style_id is None:
            p.paragraph_format.space_before = Pt(12 if level == 1 else 8)
        return p

    def prompt(self, text: str):
        """The template's guiding question under an item heading: a style of its own that
        keeps with the next paragraph, so heading and question never stand alone at a
        page's foot."""
        if self._s_prompt is None:
            self._s_prompt = _ParaStyle(_prompt_style(self.doc, self._styles).style_id)
        return self._p(self._s_prompt, text)

    def para(self, text: str = "", *, italic: bool = False, container=None, keep: bool = False):
        return self._p(_ParaStyle(None), text, italic=italic, container=container, keep=keep)

    def labelled(self, label: str, value: str, *, after: float = 2):
        """'Dato for samtalen: 13. marts 2025' with the label in bold; lines sit close."""
        p = self._p(_ParaStyle(None), value, lead=f"{label}: ")
        p.paragraph_format.space_after = Pt(after)
        return p

    def bullet(self, text: str, lead: str = "", container=None):
        return self._p(self.s_bullet, text, lead=f"{lead}: " if lead else "", container=container)

    def numbered(self, n: int, text: str, lead: str = ""):
        prefix = "" if self.number_native else f"{n}.\t"
        return self._p(self.s_number, text, lead=f"{lead}: " if lead else "", prefix=prefix)

    # --- tables -------------------------------------------------------------------------
    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths_cm: list[float],
        *,
        bold_last: bool = False,
        right: tuple[int, ...] = (),
        caption: str = "",
        description: str = "",
        keep_short: bool = False,
    ):
        """A bordered table with a shaded header row; `right`: columns of numbers;
        `caption` and `description`: its title and summary for screen readers.

        No row splits over a page, and the header row keeps with the first row (it also
        repeats on every page); `keep_short`: a short table (see `is_short`) stays on one
        page whole."""
        tbl = CT_Tbl.new_tbl(1 + len(rows), len(header), self._block_width)
        self._append_block(tbl)
        t = Table(tbl, self.body)
        if self.table_style is not None:
            t.style = self.table_style
        else:
            _draw_borders(t)
        t.autofit = False
        widths = [Cm(w) for w in widths_cm]
        for col, w in zip(t.columns, widths):
            col.width = w
        for r, values in enumerate([header] + rows):
            row = t.rows[r]
            bold = r == 0 or (bold_last and r == len(rows))
            for c, (cell, value, w) in enumerate(zip(row.cells, values, widths)):
                cell.width = w
                para = cell.paragraphs[0]
                if c in right:
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if value:
                    run = para.add_run(safe(value))
                    if bold:
                        run.bold = True
                if r == 0:
                    _shade(cell, "F2F2F2")
        _repeat_header(t.rows[0])
        for row in t.rows:  # a row moves to the next page whole
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        whole = keep_short and is_short([" ".join(r) for r in rows])
        for row in t.rows[: len(rows) if whole else 1]:  # Word keeps a row with the next
            for cell in row.cells:  # when its paragraphs keep with the next
                for para in cell.paragraphs:
                    para.paragraph_format.keep_with_next = True
        _describe(t, caption, description)
        return t


_PPR, _PSTYLE, _VAL, _IND = qn("w:pPr"), qn("w:pStyle"), qn("w:val"), qn("w:ind")
_KEEP_NEXT = qn("w:keepNext")
# A list or table this short stays on one page; a longer one may break where it must
# (keeping it whole would push it to the next page and leave a gap).
SHORT_ITEMS, SHORT_CHARS = 6, 1500


def is_short(texts: list[str]) -> bool:
    """At most SHORT_ITEMS items of SHORT_CHARS characters in all (about a third of a
    page): kept on one page without leaving a gap worth noticing."""
    return len(texts) <= SHORT_ITEMS and sum(len(t) for t in texts) <= SHORT_CHARS


def keep_together(paragraphs: list) -> None:
    """A short list on one page: every item but the last keeps with the next."""
    # The length first: a paragraph's text is costly to read back (16,000 notes: 0.8 s).
    if 1 < len(paragraphs) <= SHORT_ITEMS and is_short([p.text for p in paragraphs]):
        for p in paragraphs[:-1]:
            p.paragraph_format.keep_with_next = True


_R, _RPR, _T, _BR, _TAB = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:br"), qn("w:tab")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAKS = re.compile(r"(\n|\t)")


def _run(
    p_el, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None
) -> None:
    """Append a run straight to the paragraph's XML: python-docx's add_run/run.text spend
    most of an export's time on schema-ordered insertion, which a fresh paragraph does not
    need. Text must already be safe(); \n and \t become <w:br/> and <w:tab/>."""
    r = SubElement(p_el, _R)
    if bold or italic or size:
        rpr = SubElement(r, _RPR)
        if bold:
            SubElement(rpr, qn("w:b"))
        if italic:
            SubElement(rpr, qn("w:i"))
        if size:
            SubElement(rpr, qn("w:sz")).set(_VAL, str(int(size * 2)))
    for piece in _BREAKS.split(text) if ("\n" in text or "\t" in text) else (text,):
        if piece == "\n":
            SubElement(r, _BR)
        elif piece == "\t":
            SubElement(r, _TAB)
        elif piece:
            t = SubElement(r, _T)
            t.text = piece
            t.set(_SPACE, "preserve")


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row) -> None:
    """The header row repeats on every page a long table runs over."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def _draw_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "A6A6A6")
        borders.append(el)
    _insert_in_order(tblpr, borders, _TBLPR_AFTER_BORDERS)


# CT_TblPr's sequence after tblBorders (tblCaption/tblDescription come last of all).
_TBLPR_AFTER_BORDERS = tuple(
    qn(f"w:{t}")
    for t in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
)


def _insert_in_order(parent, el, successors: tuple[str, ...]) -> None:
    """Insert `el` before the first child that the schema puts after it."""
    anchor = next((c for c in parent if c.tag in successors), None)
    if anchor is None:
        parent.append(el)
    else:
        anchor.addprevious(el)


def _describe(table, caption: str, description: str) -> None:
    """w:tblCaption and w:tblDescription (Word 2010+: Alt text of a table); last in tblPr."""
    tblpr = table._tbl.tblPr
    for tag, value in (("w:tblCaption", caption), ("w:tblDescription", description)):
        if value:
            el = OxmlElement(tag)
            el.set(qn("w:val"), safe_line(value))
            tblpr.append(el)


PROMPT_STYLE = "Vejledende spørgsmål"


def _prompt_style(doc, para_styles: dict):
    """The template's own 'Vejledende spørgsmål' style, or one made here: italic, close
    under its heading, kept with the next paragraph."""
    style = para_styles.get(PROMPT_STYLE)
    if style is None:
        style = doc.styles.add_style(PROMPT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = "VejledendeSporgsmal"  # an ASCII id; the name stays Danish
        normal = para_styles.get("Normal")
        if normal is not None:
            style.base_style = normal
        style.next_paragraph_style = normal or style
        style.quick_style = True
        style.font.italic = True
        fmt = style.paragraph_format
        fmt.keep_with_next = True
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(6)
        para_styles[PROMPT_STYLE] = style
    return style


# --- whole-document settings ------------------------------------------------------------


def set_language(doc, lang: str = LANG) -> None:
    """Proofing language: docDefaults (core_properties.language does not do it) and any
    style that sets its own language."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    for el in styles.iter(qn("w:lang")):
        if el.get(qn("w:val")):
            el.set(qn("w:val"), lang)


_COMPAT_URI = "http://schemas.microsoft.com/office/word"
# CT_Settings' sequence after w:compat (an absent compat goes before the first of these).
_SETTINGS_AFTER_COMPAT = (
    tuple(qn(f"w:{t}") for t in ("docVars", "rsids"))
    + ("{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",)
    + tuple(
        qn(f"w:{t}")
        for t in (
            "attachedSchema",
            "themeFontLang",
            "clrSchemeMapping",
            "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures",
            "forceUpgrade",
            "captions",
            "readModeInkLockDown",
            "smartTagType",
            "schemaLibrary",
            "shapeDefaults",
            "doNotEmbedSmartTags",
            "decimalSymbol",
            "listSeparator",
        )
    )
)


def set_compatibility_mode(doc, mode: int = 15) -> None:
    """Word 2013+ layout: with 14 (the python-docx and many school templates' value) Word
    opens the file in "Kompatibilitetstilstand"."""
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        _insert_in_order(settings, compat, _SETTINGS_AFTER_COMPAT)
    for el in compat.findall(qn("w:compatSetting")):
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), str(mode))
            return
    el = OxmlElement("w:compatSetting")
    el.set(qn("w:name"), "compatibilityMode")
    el.set(qn("w:uri"), _COMPAT_URI)
    el.set(qn("w:val"), str(mode))
    compat.append(el)


def _field(paragraph, instr: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update themselves."""

    def run_with(child):
        r = paragraph.add_run()
        r._r.append(child)
        return r

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instr} "
    run_with(code)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _has_page_field(part_element) -> bool:
    for el in part_element.iter(qn("w:instrText"), qn("w:fldSimple")):
        code = el.text if el.tag == qn("w:instrText") else el.get(qn("w:instr"))
        if code and "PAGE" in code.upper():
            return True
    return False


def _is_blank(paragraph) -> bool:
    return not paragraph.text.strip() and not paragraph._p.xpath(".//w:drawing|.//w:pict")


def add_header_footer(doc, header_text: str) -> None:
    """School and date in the header (after any letterhead); "Side X af Y" in the footer."""
    for section in doc.sections:
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        for hdr in headers:
            paras = hdr.paragraphs
            p = paras[-1] if paras and _is_blank(paras[-1]) else hdr.add_paragraph()
            p.add_run(safe(header_text))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for ftr in footers:
            if _has_page_field(ftr._element):
                continue
            paras = ftr.paragraphs
            p = paras[-1] if paras and _is_blank(paras[-1]) else ftr.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run("Side ")
            _field(p, "PAGE")
            p.add_run(" af ")
            _field(p, "NUMPAGES")


def set_properties(doc, *, title: str, subject: str, author: str, keywords: str) -> None:
    """Every core property, so nothing of the template (or of python-docx) leaks through."""
    cp = doc.core_properties
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)  # written as UTC
    cp.title = safe_line(title)
    cp.subject = safe_line(subject)
    cp.author = safe_line(author) or APP
    cp.last_modified_by = APP
    cp.keywords = safe_line(keywords)
    cp.comments = ""
    cp.category = "Referat"
    cp.content_status = ""
    cp.identifier = ""
    cp.version = ""
    cp.language = LANG
    cp.created = now
    cp.modified = now
    cp.revision = 1


# --- saving -----------------------------------------------------------------------------


def to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def save_atomic(data: bytes, path: str | os.PathLike) -> Path:
    """Write atomically (a crash never leaves half a .docx); Danish errors for the user."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError(f"Mappen «{folder}» findes ikke.")
    try:
        atomic_write(target, data, tries=5, delay=0.2)
    except PermissionError as exc:
        raise SaveError(
            f"Kan ikke gemme «{target.name}». Er filen åben i Word? Luk den, og prøv igen."
        ) from exc
    except OSError as exc:
        raise SaveError(f"Kan ikke skrive i mappen «{folder}» ({exc.strerror}).") from exc
    return target
