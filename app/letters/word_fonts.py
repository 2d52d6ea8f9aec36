"""PT Serif in a DOCX letter: named in every style and run, and carried inside the file.

Word and LibreOffice set a letter in the font its styles name when the computer has it, and few
have PT Serif (the application reads its own copy, never installs it). So the package carries the
faces as embedded fonts, ECMA-376 Part 1 §17.8.1: each file sits under ``word/fonts/`` obfuscated
with a GUID key, the font table names it (``w:embedRegular`` … with ``w:fontKey``), and the
settings ask Word to keep them when the officer saves the letter.
"""

from __future__ import annotations

import io
import uuid
from zipfile import ZIP_DEFLATED, ZIP_STORED

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.opc.phys_pkg import _ZipPkgWriter
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from app.letters import fonts

# Neither is among python-docx's constants.
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")  # the four scripts a run's font covers
_THEME = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme", "w:hint")
# What follows w:embedTrueTypeFonts in w:settings (ECMA-376 element order).
_AFTER_EMBED = (
    "w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins",
    "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter",
    "w:gutterAtTop", "w:hideSpellingErrors", "w:hideGrammaticalErrors", "w:activeWritingStyle",
    "w:proofState", "w:formsDesign", "w:attachedTemplate", "w:linkStyles",
    "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
    "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
    "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
    "w:defaultTabStop",
)  # fmt: skip


_RPR, _RFONTS, _RSTYLE = qn("w:rPr"), qn("w:rFonts"), qn("w:rStyle")
_SLOT_NAMES = tuple(qn(attr) for attr in SLOTS)
_THEME_NAMES = tuple(qn(attr) for attr in _THEME)


def run_properties(run):
    """A run's ``w:rPr``, added as its first child when it has none (python-docx's
    ``get_or_add_rPr`` looks for each of the two dozen elements that may follow it: most of a
    letter's time went on those look-ups, a few thousand runs a letter)."""
    rpr = run.find(_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    return rpr


def name_font(rpr) -> None:
    """PT Serif in the four slots of run properties (a style's, a run's, a list level's), in place
    of any theme font, which would otherwise win over a named one."""
    rfonts = rpr.find(_RFONTS)
    if rfonts is None:  # the first of the properties, after the character style alone
        rfonts = OxmlElement("w:rFonts")
        if len(rpr) and rpr[0].tag == _RSTYLE:
            rpr[0].addnext(rfonts)
        else:
            rpr.insert(0, rfonts)
    attrib = rfonts.attrib
    for attr in _THEME_NAMES:
        attrib.pop(attr, None)
    for attr in _SLOT_NAMES:
        attrib[attr] = fonts.DOCX_FONT


def name_in_styles(doc) -> None:
    """PT Serif in the document defaults and in every style of the document."""
    styles = doc.styles.element
    for rpr in styles.xpath("w:docDefaults/w:rPrDefault/w:rPr"):
        name_font(rpr)
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) != "numbering":  # a list style has no text of its own
            name_font(style.get_or_add_rPr())
    for rel_id, rel in list(doc.part.rels.items()):
        # Word 2010's copy of the styles, with the template's theme fonts; later Words ignore it.
        if rel.reltype == _STYLES_WITH_EFFECTS:
            doc.part.drop_rel(rel_id)


def name_in_runs(element) -> None:
    """PT Serif named in every run under ``element`` (a body, a header)."""
    for run in element.iter(qn("w:r")):
        name_font(run_properties(run))


def font_key(face: str) -> str:
    """The obfuscation key of a face: a GUID, fixed per face so a letter makes the same file."""
    key = uuid.uuid5(uuid.NAMESPACE_URL, f"derbes:docx-font:{fonts.DOCX_FONT}:{face}")
    return "{" + str(key).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 §17.8.1: the first 32 bytes of the font XORed with the key, whose 16 bytes are the
    GUID's hex digits read from the end. XOR undoes itself, so this also reads an embedded font."""
    digits = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ digits[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def _font_entry(rel_ids: dict[str, str]):
    font = OxmlElement("w:font")
    font.set(qn("w:name"), fonts.DOCX_FONT)
    face = fonts.classification()
    for tag, value in (
        ("w:panose1", face.panose),
        ("w:charset", "00"),  # a Unicode font, not one code page's
        ("w:family", "roman"),
        ("w:pitch", "variable"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        font.append(child)
    sig = OxmlElement("w:sig")
    for i, bits in enumerate(face.unicode_ranges):
        sig.set(qn(f"w:usb{i}"), f"{bits:08X}")
    for i, bits in enumerate(face.code_pages):
        sig.set(qn(f"w:csb{i}"), f"{bits:08X}")
    font.append(sig)
    for face, rel_id in rel_ids.items():
        embed = OxmlElement(f"w:embed{face}")
        embed.set(qn("r:id"), rel_id)
        embed.set(qn("w:fontKey"), font_key(face))
        font.append(embed)
    return font


def embed(doc) -> None:
    """Carry the PT Serif files in the document and name them in its font table."""
    package = doc.part.package
    rel_id, old = next(
        (rel_id, rel.target_part)
        for rel_id, rel in doc.part.rels.items()
        if rel.reltype == RT.FONT_TABLE
    )
    table = parse_xml(old.blob)
    part = XmlPart(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, table, package)
    rel_ids = {}
    for i, (face, name) in enumerate(fonts.DOCX_FACES.items(), 1):
        data = obfuscate(fonts.file_bytes(name), font_key(face))
        font = Part(PackURI(f"/word/fonts/font{i}.odttf"), _OBFUSCATED_FONT, data, package)
        rel_ids[face] = part.relate_to(font, RT.FONT)
    for entry in table.iterchildren(qn("w:font")):
        if entry.get(qn("w:name")) == fonts.DOCX_FONT:
            table.remove(entry)
    table.append(_font_entry(rel_ids))
    doc.part.drop_rel(rel_id)
    doc.part.relate_to(part, RT.FONT_TABLE)

    settings = doc.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        settings.insert_element_before(OxmlElement("w:embedTrueTypeFonts"), *_AFTER_EMBED)


class _FontsStoredWriter(_ZipPkgWriter):
    """python-docx's zip writer, except that the embedded fonts are stored, not deflated: they
    are most of a letter's bytes, and deflating them again for every letter (and inflating them
    from the cached base document) took most of a DOCX's rendering time. The XML is deflated at
    the fastest level: twice as fast as the default, the file a few kilobytes larger."""

    def __new__(cls, pkg_file):  # PhysPkgWriter.__new__ would make its own zip writer
        return object.__new__(cls)

    def write(self, pack_uri, blob):
        if pack_uri.ext == "odttf":
            self._zipf.writestr(pack_uri.membername, blob, compress_type=ZIP_STORED)
        else:
            self._zipf.writestr(
                pack_uri.membername, blob, compress_type=ZIP_DEFLATED, compresslevel=1
            )


def save(doc, kept: dict[str, bytes] | None = None) -> bytes:
    """The document's package as bytes, as ``Document.save`` writes it (content types, package
    relationships, every part with its relationships) but with the fonts stored, and the parts
    named in ``kept`` written as the XML given there (a letter's base parts it never changes)."""
    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    buffer = io.BytesIO()
    writer = _FontsStoredWriter(buffer)
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    for part in parts:
        blob = (kept or {}).get(str(part.partname))
        writer.write(part.partname, part.blob if blob is None else blob)
        if len(part.rels):
            writer.write(part.partname.rels_uri, part.rels.xml)
    writer.close()
    return buffer.getvalue()
