"""Build resources/templates/referat-base.docx, the Word template every export starts from.

Run from the repository root:  python tests/tools/make_base_template.py

Starts from python-docx's built-in document (it has real Heading/List/Table styles and a
numbering part), then: A4 with 2.5 cm margins, Calibri 11 pt (LibreOffice substitutes the
metric-compatible Carlito), Danish proofing language in docDefaults, calm heading styles
without theme fonts, only the styles the exports use (a smaller styles part loads faster),
and no python-docx traces (author, comments, thumbnail of someone else's page).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "templates" / "referat-base.docx"

FONT = "Calibri"
INK = RGBColor(0x1F, 0x38, 0x64)  # dark blue for headings
GREY = RGBColor(0x59, 0x59, 0x59)

KEEP = {
    "Normal",
    "Default Paragraph Font",
    "Normal Table",
    "No List",
    "No Spacing",
    "Header",
    "Header Char",
    "Footer",
    "Footer Char",
    "Title",
    "Title Char",
    "Subtitle",
    "Subtitle Char",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 1 Char",
    "Heading 2 Char",
    "Heading 3 Char",
    "List Paragraph",
    "List Bullet",
    "List Bullet 2",
    "List Number",
    "Table Grid",
    "Strong",
    "Emphasis",
    "Quote",
    "Quote Char",
    "Caption",
}


def _explicit_font(rpr_owner) -> None:
    """Replace theme font references (which win over explicit names in Word) with FONT."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _drop_theme_color(style) -> None:
    rpr = style.element.rPr
    if rpr is not None:
        color = rpr.find(qn("w:color"))
        if color is not None:
            for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
                color.attrib.pop(qn(attr), None)


def _para_style(
    doc, name, *, size, bold=False, italic=False, color=None, before=0, after=6, keep_next=False
):
    style = doc.styles[name]
    _drop_theme_color(style)
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    if color is not None:
        font.color.rgb = color
    pf = style.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.keep_with_next = keep_next or None
    return style


def build() -> bytes:
    doc = docx.Document()

    # Only the styles we use (and their links): 438 kB of styles slows every export.
    for style in list(doc.styles):
        if style.name not in KEEP:
            style.element.getparent().remove(style.element)

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "da-DK")
    lang.set(qn("w:eastAsia"), "da-DK")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "120")  # 6 pt
    spacing.set(qn("w:line"), "264")  # 1.1 lines: compact but airy

    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)

    title = _para_style(doc, "Title", size=17, bold=True, color=INK, after=4)
    title_ppr = title.element.pPr
    border = title_ppr.find(qn("w:pBdr"))
    if border is not None:  # the default's blue rule under the title looks like a web page
        title_ppr.remove(border)
    title.font.all_caps = False
    _explicit_font(title.element)
    title.element.rPr.remove(title.element.rPr.find(qn("w:spacing")))
    title.element.rPr.remove(title.element.rPr.find(qn("w:kern")))

    subtitle = _para_style(doc, "Subtitle", size=13, color=GREY, after=10)
    _explicit_font(subtitle.element)

    for name, size, before, after, color in (
        ("Heading 1", 14, 18, 4, INK),
        ("Heading 2", 12, 12, 3, INK),
        ("Heading 3", 11, 8, 2, GREY),
    ):
        h = _para_style(
            doc, name, size=size, bold=True, color=color, before=before, after=after, keep_next=True
        )
        h.font.italic = False
        _explicit_font(h.element)

    for name in ("Header", "Footer"):
        s = doc.styles[name]
        s.font.size = Pt(9)
        s.font.color.rgb = GREY
        s.paragraph_format.space_after = Pt(0)

    for name in ("List Bullet", "List Bullet 2", "List Number", "List Paragraph"):
        s = doc.styles[name]
        s.paragraph_format.space_after = Pt(3)

    # Tables: 10 pt text, a little air in cells.
    grid = doc.styles["Table Grid"]
    if grid.type == WD_STYLE_TYPE.TABLE:
        grid.font.size = Pt(10)
        borders = grid.element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
        for edge in borders:
            edge.set(qn("w:color"), "A6A6A6")
        mar = grid.element.find(qn("w:tblPr")).find(qn("w:tblCellMar"))
        for side in ("top", "bottom"):
            mar.find(qn(f"w:{side}")).set(qn("w:w"), "40")

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)

    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), "da-DK")
    for tag in ("w:decimalSymbol", "w:listSeparator"):  # Danish: 3,5 and ; in Word fields
        el = settings.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), "," if tag == "w:decimalSymbol" else ";")

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "SUS Desktop"
    cp.comments = ""
    cp.title = "Beslutningsreferat"
    cp.language = "da-DK"
    cp.created = cp.modified = datetime(2025, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    return _strip_parts(buf.getvalue())


# Minimal extended properties: no stale page/word counts, no "Microsoft Macintosh Word".
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
    '2006/docPropsVTypes"><Template>Normal.dotm</Template>'
    "<Application>SUS Desktop</Application><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _strip_parts(data: bytes) -> bytes:
    """Drop the stale thumbnail and the legacy stylesWithEffects copy (and their references)."""
    drop = {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            body = src.read(info.filename)
            if info.filename in ("_rels/.rels", "word/_rels/document.xml.rels"):
                text = body.decode("utf-8")
                text = re.sub(
                    r"<Relationship [^>]*(thumbnail\.jpeg|stylesWithEffects\.xml)[^>]*/>", "", text
                )
                body = text.encode("utf-8")
            elif info.filename == "docProps/app.xml":
                body = APP_XML.encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                text = body.decode("utf-8")
                text = re.sub(r'<Override [^>]*stylesWithEffects\.xml"[^>]*/>', "", text)
                text = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", text)
                body = text.encode("utf-8")
            # Fixed timestamps: rebuilding gives the same bytes, so git sees no change.
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def main() -> int:
    data = build()
    assert b"python-docx" not in data
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    check = docx.Document(str(OUT))
    missing = [
        n
        for n in (
            "Title",
            "Heading 1",
            "Heading 2",
            "Heading 3",
            "List Bullet",
            "List Number",
            "Table Grid",
        )
        if n not in {s.name for s in check.styles}
    ]
    if missing:
        print("missing styles:", missing, file=sys.stderr)
        return 1
    print(f"wrote {OUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
