"""The DOCX of every kind in kk, ru and bi matches its PDF, read back from the file's XML: PT Serif
named everywhere and embedded, language tags, Word lists, highlighted blanks, the draft mark, the
PDF's margins, the page number at the top from page 2 and none on page 1."""

import dataclasses
import io
import re
import zipfile
from xml.etree import ElementTree

import pytest
from reportlab.lib.units import mm

from app.letters import KINDS, fonts, markup, wording
from app.letters.pdf import BOTTOM, INDENT, LEFT, RIGHT, TOP
from app.letters.word_fonts import font_key, obfuscate
from app.services import letters
from tests.unit.test_letters_render import OPTIONS, case  # noqa: F401 - the demo case fixture

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}
SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")


@dataclasses.dataclass
class Docx:
    """A DOCX package: its parts' XML by name, and the raw bytes of every part."""

    raw: dict[str, bytes]

    @classmethod
    def of(cls, data: bytes) -> "Docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return cls({name: package.read(name) for name in package.namelist()})

    def xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.raw[name])

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, _, file_name = part.rpartition("/")
        root = self.xml(f"{folder}/_rels/{file_name}.rels")
        return {
            r.get("Id"): (r.get("Type"), r.get("Target")) for r in root.iter(f"{REL}Relationship")
        }

    def headers(self) -> dict[str, ElementTree.Element]:
        """The headers by their reference type (first, default)."""
        sect = self.xml("word/document.xml").find(f"{W}body/{W}sectPr")
        rels = self.rels("word/document.xml")
        return {
            ref.get(f"{W}type"): self.xml("word/" + rels[ref.get(f"{R}id")][1])
            for ref in sect.iter(f"{W}headerReference")
        }

    def stories(self) -> list[ElementTree.Element]:
        return [self.xml("word/document.xml").find(f"{W}body"), *self.headers().values()]


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _lang(run) -> str | None:
    lang = run.find(f"{W}rPr/{W}lang")
    return None if lang is None else lang.get(f"{W}val")


def _has_page_field(element) -> bool:
    simple = [f.get(f"{W}instr", "") for f in element.iter(f"{W}fldSimple")]
    complex_ = [i.text or "" for i in element.iter(f"{W}instrText")]
    return any(re.match(r"\s*PAGE\b", instr) for instr in simple + complex_)


def _render(demo_case, kind: str, language: str, **changes):
    ctx, made, _subject, _name = demo_case
    letter = letters.build(ctx, made.for_kind(kind, "ru").id, kind, language, options=OPTIONS)
    letter = dataclasses.replace(letter, **changes) if changes else letter
    return letter, Docx.of(letters.render(letter, "docx"))


def _assert_pt_serif(package: Docx) -> None:
    styles = package.xml("word/styles.xml")
    named = [styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")]
    named += [
        s.find(f"{W}rPr") for s in styles.iter(f"{W}style") if s.get(f"{W}type") != "numbering"
    ]
    runs = [r.find(f"{W}rPr") for story in package.stories() for r in story.iter(f"{W}r")]
    assert runs
    for rpr in named + runs:
        assert rpr is not None
        rfonts = rpr.find(f"{W}rFonts")
        assert rfonts is not None and all(rfonts.get(f"{W}{s}") == "PT Serif" for s in SLOTS)
        assert not [a for a in rfonts.attrib if "Theme" in a or "theme" in a]
    assert not [
        name for name in package.raw if "stylesWithEffects" in name
    ]  # Word 2010's copy of the template's theme-font styles is gone


def _assert_fonts_embedded(package: Docx) -> None:
    table = package.xml("word/fontTable.xml")
    entry = next(f for f in table.iter(f"{W}font") if f.get(f"{W}name") == "PT Serif")
    sig = entry.find(f"{W}sig")  # from the font's own OS/2 table: it covers Cyrillic
    assert int(sig.get(f"{W}usb0"), 16) & 1 << 9 and int(sig.get(f"{W}csb0"), 16) & 1 << 2
    assert entry.find(f"{W}panose1").get(f"{W}val") == fonts.classification().panose
    rels = package.rels("word/fontTable.xml")
    content_types = package.raw["[Content_Types].xml"].decode()
    seen = {}
    for face, name in fonts.DOCX_FACES.items():
        embed = entry.find(f"{W}embed{face}")
        assert embed is not None, face
        key = embed.get(f"{W}fontKey")
        assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", key)
        reltype, target = rels[embed.get(f"{R}id")]
        assert reltype.endswith("/relationships/font")
        part = f"word/{target}"
        assert part.startswith("word/fonts/") and part.endswith(".odttf")
        stored = package.raw[part]
        assert stored != fonts.file_bytes(name)  # obfuscated, not the plain file
        assert obfuscate(stored, key) == fonts.file_bytes(name)
        assert (
            f'PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"'
            in content_types
        )
        seen[face] = part
    assert {"Regular", "Bold"} <= set(seen) and len(set(seen.values())) == len(seen)
    settings = package.xml("word/settings.xml")
    assert settings.find(f"{W}embedTrueTypeFonts") is not None  # Word keeps them on saving
    assert settings.find(f"{W}proofState") is None  # not marked as already checked


def _assert_languages(package: Docx, letter, language: str) -> None:
    styles = package.xml("word/styles.xml")
    default = TAGS.get(language, "kk-KZ")
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == default
    body_style = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "LetterBody")
    assert body_style.find(f"{W}rPr/{W}lang").get(f"{W}val") == default
    runs = [r for story in package.stories() for r in story.iter(f"{W}r")]
    assert all(_lang(r) in ("kk-KZ", "ru-RU") for r in runs)
    head = letter.letterhead
    shown = head.names()  # the letter's language only; a bilingual letter both
    assert len(shown) == (2 if language == "bi" else 1)
    for name, tag in ((head.name_kk, "kk-KZ"), (head.name_ru, "ru-RU")):
        named = [r for r in runs if _text(r) == name]
        if name not in shown:
            assert not named
            continue
        assert named and all(_lang(r) == tag for r in named)  # each in its own language
    body = package.xml("word/document.xml").find(f"{W}body")
    headings = [
        p
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") in ("LetterHeading", "ActHeading")
    ]
    langs = [{_lang(r) for r in h.iter(f"{W}r")} for h in headings]
    if language == "bi":  # each half tagged with its own language
        assert langs[0] == {"kk-KZ"} and langs[-1] == {"ru-RU"}, langs
        texts = [_text(h) for h in headings]
        assert not set("ӘәҒғҚқҢңӨөҰұҮүҺһІі") & set(texts[-1])
    else:
        assert langs and all(found == {TAGS[language]} for found in langs)
        others = {_lang(r) for r in body.iter(f"{W}r")} - {TAGS[language]}
        assert not others, others  # the body is all in the letter's language


def _list_paragraphs(package: Docx):
    body = package.xml("word/document.xml").find(f"{W}body")
    out = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") == "LetterList":
            out.append(p)
    return out


def _numbering(package: Docx):
    """numId -> (numFmt, lvlText, start)."""
    numbering = package.xml("word/numbering.xml")
    abstract = {}
    for a in numbering.iter(f"{W}abstractNum"):
        level = a.find(f"{W}lvl")
        abstract[a.get(f"{W}abstractNumId")] = (
            level.find(f"{W}numFmt").get(f"{W}val"),
            level.find(f"{W}lvlText").get(f"{W}val"),
        )
    out = {}
    for num in numbering.iter(f"{W}num"):
        fmt, text = abstract[num.find(f"{W}abstractNumId").get(f"{W}val")]
        start = num.find(f"{W}lvlOverride/{W}startOverride")
        out[num.get(f"{W}numId")] = (fmt, text, None if start is None else start.get(f"{W}val"))
    return out


def _num_id(paragraph) -> str | None:
    num_id = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
    return None if num_id is None else num_id.get(f"{W}val")


def _assert_word_lists(package: Docx, letter) -> None:
    items = [b for b in letter.blocks() if isinstance(b, markup.ListItem)]
    paragraphs = _list_paragraphs(package)
    assert len(paragraphs) == len(items)
    numbering = _numbering(package)
    for paragraph, item in zip(paragraphs, items, strict=True):
        num_id = _num_id(paragraph)
        assert num_id in numbering
        fmt = numbering[num_id][0]
        assert fmt == ("bullet" if item.marker == "•" else "decimal")
        text = _text(paragraph)
        assert not re.match(r"\s*(•|\d+[.)])", text), text  # the number is Word's, not typed
        assert paragraph.find(f"{W}pPr/{W}numPr/{W}ilvl").get(f"{W}val") == "0"


def _assert_blanks_highlighted(package: Docx, letter) -> None:
    runs = [r for story in package.stories() for r in story.iter(f"{W}r")]
    for blank in markup.blanks(letter.body):
        found = [r for r in runs if _text(r) == blank]
        assert found, blank
        for run in found:
            highlight = run.find(f"{W}rPr/{W}highlight")
            assert highlight is not None and highlight.get(f"{W}val") == "yellow"
    blank_texts = set(markup.blanks(letter.body))
    for run in runs:  # nothing else is highlighted
        if run.find(f"{W}rPr/{W}highlight") is not None:
            assert _text(run) in blank_texts


def _assert_pages(package: Docx, letter, language: str) -> None:
    sect = package.xml("word/document.xml").find(f"{W}body/{W}sectPr")
    assert sect.find(f"{W}titlePg") is not None
    margins = sect.find(f"{W}pgMar")
    for side, points in (("left", LEFT), ("right", RIGHT), ("top", TOP), ("bottom", BOTTOM)):
        assert int(margins.get(f"{W}{side}")) == round(points * 20), side  # twips
    headers = package.headers()
    assert set(headers) == {"first", "default"}
    first, default = headers["first"], headers["default"]
    assert _has_page_field(default) and not _has_page_field(first)
    head = letter.letterhead
    assert all(name in _text(first) for name in head.names())  # page 1's letterhead
    assert not any(name in _text(default) for name in head.names())
    footers = [name for name in package.raw if name.startswith("word/footer")]
    assert not any(_has_page_field(package.xml(name)) for name in footers)  # not at the foot
    draft = wording.label("draft", language)
    assert letter.draft
    assert draft in _text(first) and draft in _text(default)  # the draft mark on every page


@pytest.mark.parametrize("language", ["kk", "ru", "bi"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_matches_its_pdf(case, kind, language):  # noqa: F811 - the fixture
    letter, package = _render(case, kind, language)
    _assert_pt_serif(package)
    _assert_fonts_embedded(package)
    _assert_languages(package, letter, language)
    _assert_word_lists(package, letter)
    _assert_blanks_highlighted(package, letter)
    _assert_pages(package, letter, language)


def test_the_demo_letters_have_lists_and_blanks_to_check(case):  # noqa: F811
    """The kinds above are not vacuous: some bodies have lists, some blanks."""
    with_lists = with_blanks = 0
    for kind in KINDS:
        letter, _package = _render(case, kind, "kk")
        with_lists += any(isinstance(b, markup.ListItem) for b in letter.blocks())
        with_blanks += bool(markup.blanks(letter.body))
    assert with_lists >= 3 and with_blanks >= 1


def test_lists_restart_and_keep_the_numbers_as_written(case):  # noqa: F811
    body = "\n".join(
        [
            "# Тізімдер",
            "",
            "1) бірінші",
            "2) екінші",
            "   жалғасы",
            "",
            "Аралықтағы мәтін.",
            "",
            "1) қайтадан бірінші",
            "2) қайтадан екінші",
            "- белгі",
            "- тағы белгі",
            "3) үшінші",
            "4) төртінші",
            "1. нүктемен",
            "3. үшке секіреді",
        ]
    )
    letter, package = _render(case, "claim-response", "kk", body=body)
    paragraphs = _list_paragraphs(package)
    assert [_text(p) for p in paragraphs] == [
        "бірінші", "екінші жалғасы", "қайтадан бірінші", "қайтадан екінші", "белгі",
        "тағы белгі", "үшінші", "төртінші", "нүктемен", "үшке секіреді",
    ]  # fmt: skip
    ids = [_num_id(p) for p in paragraphs]
    numbering = _numbering(package)
    # One instance per list: items of a list share it, the next list has its own.
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[4] == ids[5] and ids[6] == ids[7]
    assert len({ids[0], ids[2], ids[4], ids[6], ids[8], ids[9]}) == 6
    assert [numbering[ids[i]] for i in (0, 2, 4, 6, 8, 9)] == [
        ("decimal", "%1)", "1"),
        ("decimal", "%1)", "1"),  # restarted after the paragraph between
        ("bullet", "•", "1"),
        ("decimal", "%1)", "3"),  # starts where it was written to
        ("decimal", "%1.", "1"),
        ("decimal", "%1.", "3"),  # a number out of sequence starts there
    ]
    # The numbering part is valid: definitions first, each instance names one that exists.
    root = package.xml("word/numbering.xml")
    tags = [child.tag.removeprefix(W) for child in root]
    assert tags == sorted(tags, key=lambda t: {"abstractNum": 0, "num": 1}.get(t, 2))
    # The bullet and the numbers are in the text's font, and indented as in the PDF.
    used = {
        n.find(f"{W}abstractNumId").get(f"{W}val")
        for n in root.iter(f"{W}num")
        if n.get(f"{W}numId") in ids
    }
    for definition in root.iter(f"{W}abstractNum"):
        if definition.get(f"{W}abstractNumId") in used:
            level = definition.find(f"{W}lvl")
            rfonts = level.find(f"{W}rPr/{W}rFonts")
            assert all(rfonts.get(f"{W}{slot}") == "PT Serif" for slot in SLOTS)
            ind = level.find(f"{W}pPr/{W}ind")
            assert (int(ind.get(f"{W}left")), int(ind.get(f"{W}hanging"))) == (
                round((INDENT + 6 * mm) * 20),
                round(6 * mm * 20),
            )


def test_a_final_letter_has_no_draft_mark(case):  # noqa: F811
    letter, package = _render(case, "acknowledgement", "ru", out_number="ИСХ-2026/0001")
    assert not letter.draft
    headers = package.headers()
    draft = wording.label("draft", "ru")
    assert draft not in _text(headers["first"]) and draft not in _text(headers["default"])
    assert _has_page_field(headers["default"]) and not _has_page_field(headers["first"])


def test_obfuscation_follows_ecma_376():
    """§17.8.1: the GUID's 16 bytes, read from its last hex pair to its first, are XORed over
    the first 32 bytes of the font, twice over; the rest is left as it is."""
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(40)
    reversed_key = bytes.fromhex("FFEEDDCCBBAA99887766554433221100")
    assert obfuscate(data, key) == reversed_key * 2 + bytes(8)
    font = fonts.file_bytes(fonts.REGULAR)
    assert obfuscate(obfuscate(font, key), key) == font
    # One fixed key per face: the same letter makes the same package.
    assert font_key("Regular") == font_key("Regular") != font_key("Bold")


def test_run_properties_follow_the_schema_order(case):  # noqa: F811
    """Word refuses a file whose run properties are out of the schema's order."""
    order = ["rStyle", "rFonts", "b", "color", "sz", "szCs", "highlight", "shd", "lang"]
    _letter, package = _render(case, "claim-response", "bi")
    checked = 0
    for name in package.raw:
        if name.startswith("word/") and name.endswith(".xml"):
            for rpr in package.xml(name).iter(f"{W}rPr"):
                tags = [child.tag.removeprefix(W) for child in rpr]
                known = [t for t in tags if t in order]
                assert known == sorted(known, key=order.index), f"{name}: {tags}"
                checked += 1
    assert checked > 50
