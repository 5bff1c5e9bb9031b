"""What a school's template brings into the package besides its look, and taking it out.

A template is emptied to its styles, page setup, header and footer; the rest of its package
stays unless removed: images of a body that is gone, comments with their authors, a
glossary, customXml (SharePoint fields), docProps/custom.xml ("Sagsbehandler", journal
numbers), app.xml's Manager and Company, a thumbnail of the template's first page, a linked
template path with a user name in it. python-docx writes only the parts still related, so
dropping a relationship drops its part (and its [Content_Types] entry).
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from sus_desktop.export.docx_base import safe

# Parts Word finds by type, not by an r:id in document.xml.
_IMPLICIT = {
    RT.STYLES,
    RT.NUMBERING,
    RT.SETTINGS,
    RT.WEB_SETTINGS,
    RT.FONT_TABLE,
    RT.THEME,
    RT.FOOTNOTES,
    RT.ENDNOTES,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}
_PACKAGE_KEEP = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES}
_COMMENT_MARKS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"))

APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Template></Template><Application>SUS Desktop</Application><DocSecurity>0</DocSecurity>"
    b"</Properties>"
)


# Every attribute in the relationships namespace (r:id, r:embed, r:link, r:pict, a diagram's
# r:dm...), found by libxml2 itself: a Python loop over every element took 0.2 s at 16,000
# notes.
_R_REFS = etree.XPath(
    ".//@*[namespace-uri()='http://schemas.openxmlformats.org/officeDocument/2006/relationships']"
)


def _referenced_ids(element) -> set[str]:
    return {str(v) for v in _R_REFS(element) if v}


def drop_unused_parts(doc) -> None:
    """Relationships of the main document that nothing in it refers to any more (a body
    image, comments, glossary, customXml...)."""
    part = doc.part
    used = _referenced_ids(part.element)
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _IMPLICIT or rid in used:
            continue
        del part.rels[rid]


def strip_personal_data(doc, anonymize) -> None:
    """The public version: no template metadata, no comments, names in header and footer
    replaced by roles (`anonymize`: text -> text). Core properties start afresh (the caller
    sets them all afterwards)."""
    drop_unused_parts(doc)
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype not in _PACKAGE_KEEP or rel.reltype == RT.CORE_PROPERTIES:
            del package.rels[rid]  # custom.xml, thumbnail, signatures; core.xml made anew
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = APP_XML  # Manager, Company, template name gone
    for rel in doc.part.rels.values():
        if rel.is_external:
            continue
        target = rel.target_part
        if rel.reltype in (RT.HEADER, RT.FOOTER):
            _scrub_story(target.element, anonymize)
            for rid, sub in list(target.rels.items()):
                if sub.reltype not in (RT.IMAGE, RT.HYPERLINK):
                    del target.rels[rid]
        elif rel.reltype in (RT.FOOTNOTES, RT.ENDNOTES):
            _edit_xml(target, _drop_notes)
        elif rel.reltype == RT.SETTINGS:
            _clean_settings(target)


def _scrub_story(root, anonymize) -> None:
    for tag in _COMMENT_MARKS:
        for el in list(root.iter(tag)):
            run = el.getparent()
            if el.tag == qn("w:commentReference") and run is not None and run.tag == qn("w:r"):
                run.getparent().remove(run)
            elif el.getparent() is not None:
                el.getparent().remove(el)
    for p in root.iter(qn("w:p")):
        ts = list(p.iter(qn("w:t")))
        if not ts:
            continue
        text = "".join(t.text or "" for t in ts)
        new = safe(anonymize(text))  # a role may hold anything the user typed
        if new != text:  # a name may span runs: the paragraph's text goes in its first run
            ts[0].text = new
            for t in ts[1:]:
                t.text = ""


def _edit_xml(part, edit) -> None:
    """Edit a part python-docx may hold as XML or only as bytes (footnotes in 1.2)."""
    if hasattr(part, "element"):
        edit(part.element)
        return
    root = etree.fromstring(part.blob)
    edit(root)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_notes(root) -> None:
    """Footnotes and endnotes of the template's body, keeping Word's separators."""
    for tag in (qn("w:footnote"), qn("w:endnote")):
        for el in list(root.iter(tag)):
            if el.get(qn("w:type")) in (None, "normal"):
                root.remove(el)


_SETTINGS_DROP = (
    "w:attachedTemplate",
    "w:docVars",
    "w:mailMerge",
    "w:linkStyles",
    "w:savePreviewPicture",
)  # Word would save a thumbnail of page 1 again
_SETTINGS_BEFORE_RPI = {qn("w:writeProtection"), qn("w:view"), qn("w:zoom")}


def _clean_settings(part) -> None:
    root = part.element
    for tag in _SETTINGS_DROP:
        for el in list(root.iter(qn(tag))):
            el.getparent().remove(el)
    for rid in list(part.rels):  # the attached template's path, a mail-merge source
        del part.rels[rid]
    if root.find(qn("w:removePersonalInformation")) is None:
        # Word then strips author names from anything the school adds before publishing.
        el = OxmlElement("w:removePersonalInformation")
        anchor = next((c for c in root if c.tag not in _SETTINGS_BEFORE_RPI), None)
        if anchor is None:
            root.append(el)
        else:
            anchor.addprevious(el)
