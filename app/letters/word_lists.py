"""Word's own numbered and bulleted lists for the list items of a letter's markup.

The markup's items carry a marker: ``•`` or a number as written (``1)``, ``2.``). In the DOCX each
item is a paragraph whose ``w:numPr`` points at a numbering instance (``w:num`` in
``numbering.xml``) of one of three list definitions (``w:abstractNum``: bullets, ``1)``, ``1.``),
so Word and LibreOffice number, indent and continue the list as the officer edits it. Each list
(items in a row with the same kind of marker) has its own instance, started at its first number,
so numbering restarts per list; a number written out of sequence starts a new instance there, so
the numbers read as they were written.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.letters import word_fonts

BULLET = "•"
# Marker kind -> (w:numFmt, w:lvlText): the number's punctuation is the kind of a numbered list.
FORMATS = {BULLET: ("bullet", BULLET), ")": ("decimal", "%1)"), ".": ("decimal", "%1.")}
_NSID_BASE = 0xDE5B0000  # w:nsid: a list definition's identity when text is copied between files


def kind(marker: str) -> str:
    return BULLET if marker == BULLET else marker[-1]


def _element(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _definition(abstract_id: int, fmt: str, text: str, left: int, hanging: int):
    abstract = _element("w:abstractNum", abstractNumId=str(abstract_id))
    abstract.append(_element("w:nsid", val=f"{_NSID_BASE + abstract_id:08X}"))
    abstract.append(_element("w:multiLevelType", val="singleLevel"))
    level = _element("w:lvl", ilvl="0")
    for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
        level.append(_element(tag, val=value))
    level.append(_element("w:lvlJc", val="left"))
    ppr = OxmlElement("w:pPr")
    tabs = OxmlElement("w:tabs")
    tabs.append(_element("w:tab", val="num", pos=str(left)))
    ppr.append(tabs)
    ppr.append(_element("w:ind", left=str(left), hanging=str(hanging)))
    level.append(ppr)
    rpr = OxmlElement("w:rPr")
    word_fonts.name_font(rpr)  # the bullet and the number in the text's font, never Symbol
    level.append(rpr)
    abstract.append(level)
    return abstract


def define(doc, left: int, hanging: int) -> dict[str, int]:
    """Add the three list definitions to the document's numbering part (indents in twips);
    returns their ``abstractNumId`` by marker kind."""
    numbering = doc.part.numbering_part.element
    taken = [int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    first_instance = numbering.find(qn("w:num"))
    ids = {}
    for i, (marker_kind, (fmt, text)) in enumerate(FORMATS.items(), max(taken, default=-1) + 1):
        definition = _definition(i, fmt, text, left, hanging)
        if first_instance is not None:  # every w:abstractNum comes before every w:num
            first_instance.addprevious(definition)
        else:
            numbering.append(definition)
        ids[marker_kind] = i
    return ids


class Lists:
    """The numbering instances of one document, made as its list items are written."""

    def __init__(self, doc, definitions: dict[str, int]):
        self._numbering = doc.part.numbering_part.element
        self._definitions = definitions
        self._current: tuple[str, int, int] | None = None  # kind, numId, the last number

    def end(self) -> None:
        """Whatever is not a list item ends the list: the next item starts a new one."""
        self._current = None

    def item(self, paragraph, marker: str) -> None:
        """Make ``paragraph`` the next item of the current list, or the first of a new one."""
        marker_kind = kind(marker)
        number = 0 if marker_kind == BULLET else int(marker[:-1])
        current = self._current
        if (
            current is None
            or current[0] != marker_kind
            or (marker_kind != BULLET and number != current[2] + 1)
        ):
            instance = self._numbering.add_num(self._definitions[marker_kind])
            instance.add_lvlOverride(ilvl=0).add_startOverride(
                1 if marker_kind == BULLET else number
            )
            num_id = instance.numId
        else:
            num_id = current[1]
        self._current = (marker_kind, num_id, number)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
