"""Every kind × language × format for a request of the demo database, read back from the files."""

import dataclasses
import io
import os
import re
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import docx
import pypdf
import pytest
from sqlmodel import select

from app.domain import declension
from app.domain.data_map import Pair
from app.domain.letter_rules import fits
from app.domain.requests import RequestType
from app.letters import KINDS, Addressee, markup, wording
from app.letters.kinds import Kind
from app.letters.pdf import BOTTOM, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, TOP
from app.services import letters, requests, subjects
from app.storage.models import Subject
from tests import withdrawal_rows
from tests.conftest import TODAY
from tests.helpers import demo_database

KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
LANGUAGES = ("kk", "ru", "bi")
OPTIONS = letters.LetterOptions(
    question="Өтінішке өз қолыңызбен қол қойып, қайта жіберуіңізді сұраймыз.",
    findings="Деректер тек шартты орындау үшін өңделген.",
    decision="Шағым ішінара қанағаттандырылды.",
)


def pdf_text(data: bytes) -> str:
    """The text of every page, the frame's text first and then what is drawn on the margins
    (the draft mark, page numbers, the executor): a sentence that runs from one page to the
    next reads on, unbroken by the next page's number."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    body: list[str] = []
    margins: list[str] = []

    def visit(text, cm, tm, _font, _size):
        y = cm[5] + tm[5] * cm[3]
        (margins if y > PAGE_HEIGHT - TOP or y < BOTTOM else body).append(text)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
        body.append("\n")
    return " ".join(" ".join(("".join(body), "".join(margins))).split())


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            parts += [p.text for p in header.paragraphs]
            for table in header.tables:
                parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def unembedded_fonts(data: bytes) -> list[str]:
    """Fonts a PDF uses without embedding them (checked without external tools)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    missing = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font["/BaseFont"]))
    return missing


@pytest.fixture(scope="module")
def case(sqlite_template, tmp_path_factory):
    """A demo database and, in it, a Russian-language withdrawal from a subject with a Kazakh
    name (so every language is allowed), linked, signed, extended; and a Kazakh one."""
    db, ctx = demo_database(sqlite_template, tmp_path_factory.mktemp("letters"), TODAY)
    with ctx.read() as session:
        people = session.exec(select(Subject).order_by(Subject.id)).all()
    subject = next(
        (
            s
            for s in people
            if KAZAKH & set(s.surname + s.given_name) and s.patronymic and s.iin and s.account_id
        ),
        None,
    )
    if subject is None:  # the demo's random people had none: add one to its first operator
        subject = subjects.create(
            ctx,
            people[0].operator_id,
            subjects.SubjectInput("Әлиев", "Нұрлан", "Серікұлы", "900101300017", account_id="na"),
        )
    name = " ".join((subject.surname, subject.given_name, subject.patronymic))
    made = {}
    types = (RequestType.CONSENT_WITHDRAWAL, RequestType.CORRECTION, "refused")
    for language, type_ in ((lang, t) for lang in ("ru", "kk") for t in types):
        refused = type_ == "refused"
        type_ = RequestType.CONSENT_WITHDRAWAL if refused else type_
        r = requests.register(
            ctx,
            requests.NewRequest(
                type=type_.value,
                received=TODAY.replace(day=2),
                sender=name,
                sender_address="050000, Алматы қ., Абай даңғылы, 150/230, 12-пәтер",
                language=language,
                operator_id=subject.operator_id,
                subject_id=subject.id,
                signed=True,
            ),
        )
        requests.extend(
            ctx,
            r.id,
            reason_kk="Деректер мұрағаттан сұратылды",
            reason_ru="Сведения запрошены из архива",
            days=5,
        )
        if refused:  # the refusal answers a withdrawal whose decision was to refuse
            withdrawal_rows.record(
                ctx,
                r.id,
                decision="refused",
                ground="obligation",
                ground_detail=Pair(
                    "2025 жылғы 3 наурыздағы № 77 шарт бойынша берешек",
                    "задолженность по договору № 77 от 3 марта 2025 года",
                ),
                systems=(),
                outcomes=(),
                act=False,
            )
            made[f"{language}-refused"] = requests.get(ctx, r.id)
            continue
        if type_ is RequestType.CONSENT_WITHDRAWAL:  # worked to its end: the act is final
            withdrawal_rows.record(ctx, r.id)
            letters.finalise(ctx, r.id, "destruction-act", "kk")
        key = language if type_ is RequestType.CONSENT_WITHDRAWAL else f"{language}-correction"
        made[key] = requests.get(ctx, r.id)
    yield ctx, _Made(made), subject, name
    db.dispose()


class _Made(dict):
    """The withdrawal in each language (``made["kk"]``), and ``for_kind(kind, language)``: the
    withdrawal when the kind answers one (the domain's rule), else the correction request."""

    def for_kind(self, kind: str, language: str):
        if kind == Kind.REFUSAL:
            return self[f"{language}-refused"]
        if fits(kind, RequestType.CONSENT_WITHDRAWAL):
            return self[language]
        return self[f"{language}-correction"]


LAW = "94-V"


def _addressee(subject, language: str) -> str:
    """The addressee line: the subject in the dative with initials, a line a language."""
    names = (subject.surname, subject.given_name, subject.patronymic, subject.iin or "")
    languages = ("kk", "ru") if language == "bi" else (language,)
    return "\n".join(declension.addressee(lang, *names) for lang in languages)


def _expected(request, subject, language: str, internal: bool) -> list[str]:
    """What the letter must say: the number, the name (an act's full name; a letter's
    addressee in the dative), the dates, the legal basis."""
    texts = [request.reg_number, LAW]
    if internal:
        texts.append(" ".join((subject.surname, subject.given_name, subject.patronymic)))
    else:
        texts += _addressee(subject, language).splitlines()
    for lang in ("kk", "ru") if language == "bi" else (language,):
        texts.append(wording.on_date(request.received_date, lang))
    return texts


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_language_and_format(case, kind, language, fmt):
    ctx, made, subject, name = case
    request = made.for_kind(kind, "ru")
    letter = letters.build(ctx, request.id, kind, language, options=OPTIONS)
    data = letters.render(letter, fmt)
    text = pdf_text(data) if fmt == "pdf" else docx_text(data)
    for expected in _expected(request, subject, language, kind == Kind.DESTRUCTION_ACT):
        assert expected in text, f"{expected!r} missing from the {kind} {language} {fmt}"
    assert KAZAKH & set(name)
    if kind != Kind.DESTRUCTION_ACT:  # a letter: its number block refers to the incoming one
        # one date for the incoming letter: its registration date, as the language writes it
        for lang in ("kk", "ru") if language == "bi" else (language,):
            day = request.registered_date
            assert (wording.attr_date(day, lang) if lang == "kk" else wording.short_date(day)) in (
                text
            )
        assert letter.addressee.name == _addressee(subject, language)
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        assert unembedded_fonts(data) == []
        assert wording.label("draft", language).split(" / ")[0] in text
    else:
        assert data[:2] == b"PK"


def test_docx_uses_named_styles_and_a_header_letterhead(case):
    ctx, made, subject, _name = case
    letter = letters.build(ctx, made.for_kind("access", "kk").id, "access")
    document = docx.Document(io.BytesIO(letters.render(letter, "docx")))
    used = {p.style.name for p in document.paragraphs}
    assert {"Letter Heading", "Letter Body", "Letter Centred", "Letter Subheading"} <= used
    assert "Letter List" in used
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = " ".join(
        cell.text for t in section.first_page_header.tables for row in t.rows for cell in row.cells
    )
    # the letterhead in the letter's language only
    assert letter.letterhead.name_kk in header and letter.letterhead.name_ru not in header
    details = " ".join(p.text for p in section.first_page_header.paragraphs)
    assert letter.letterhead.reg_number in details
    # The page number from page 2, at the top (tests/unit/test_letters_docx.py for the rest).
    assert "PAGE" in section.header._element.xml
    # Body text is sized and spaced by its style, not by formatting each run; each run names
    # only its font (PT Serif) and its language.
    body = [p for p in document.paragraphs if p.style.name == "Letter Body"]
    assert body and all(
        r.font.name == "PT Serif" and r.font.size is None for p in body for r in p.runs
    )
    assert document.styles["Letter Body"].paragraph_format.first_line_indent is not None


def test_pdffonts_reports_every_font_embedded(case, tmp_path):
    tool = shutil.which("pdffonts")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdffonts (poppler-utils) is missing in CI")
        pytest.skip("pdffonts (poppler-utils) is not installed")
    ctx, made, _subject, _name = case
    for kind in KINDS:
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(
            letters.render(
                letters.build(ctx, made.for_kind(kind, "kk").id, kind, "kk", options=OPTIONS), "pdf"
            )
        )
        out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            # name, type, encoding, emb, sub, uni, object, ID: "emb" is fifth from the end.
            emb = row.split()[-5]
            assert emb == "yes", f"{kind}: {row}"
        assert all("PTSerif" in row for row in rows)


def test_the_default_language_is_the_letters_own(case):
    ctx, made, _subject, _name = case
    assert letters.build(ctx, made["kk"].id, "acknowledgement").language == "kk"
    assert letters.build(ctx, made["ru"].id, "acknowledgement").language == "ru"
    text = pdf_text(letters.render(letters.build(ctx, made["ru"].id, "acknowledgement"), "pdf"))
    assert "О регистрации обращения" in text


def test_a_long_letter_is_paginated(case):
    ctx, made, _subject, _name = case
    request = made.for_kind("claim-response", "ru")
    paragraph = "Текст письма, который повторяется для проверки разбивки на страницы. " * 12
    body = "# Длинное письмо\n\n" + "\n\n".join([paragraph] * 14)
    letter = letters.build(ctx, request.id, "claim-response", "ru", body=body)
    data = letters.render(letter, "pdf")
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3
    text = pdf_text(data)
    assert text.count(letter.executor_name) == 1  # on the last page only
    # the numbers at the top centre from page 2 (tests/unit/test_letters_requisites.py)
    assert "Страница" not in text and "Бет" not in text


def _words_beyond(data: bytes, tmp_path, right_edge: float) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is missing in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "wrap.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        [tool, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)', html
    )
    assert words
    return [w for x0, x1, w in words if float(x1) > right_edge]


def test_long_names_and_addresses_wrap_inside_the_page(case, tmp_path):
    ctx, made, _subject, _name = case
    letter = letters.build(ctx, made.for_kind("access", "kk").id, "access", "kk")
    long_name = "Қожахметова-Сәтбаева Гүлнұр-Әйгерім Бауыржанқызы " * 2
    long_address = (
        "Қазақстан Республикасы, Түркістан облысы, Сайрам ауданы, Ақсу ауылдық округі, "
        "Жібек жолы көшесі, 1234-үй, 56-пәтер, пошта индексі 160800, абоненттік жәшік 77"
    )
    letter = dataclasses.replace(
        letter,
        addressee=Addressee(long_name.strip(), long_address),
        letterhead=dataclasses.replace(
            letter.letterhead,
            name_kk="«Өте ұзын атауы бар халықаралық консалтингтік және ақпараттық-"
            "технологиялық қызметтер көрсететін» жауапкершілігі шектеулі серіктестігі",
            address=long_address,
        ),
    )
    data = letters.render(letter, "pdf")
    text = pdf_text(data)
    assert "Гүлнұр-Әйгерім" in text and "абоненттік жәшік 77" in text
    assert _words_beyond(data, tmp_path, PAGE_WIDTH - RIGHT + 1) == []


def test_blanks_are_shown_and_counted(case):
    ctx, made, _subject, _name = case
    letter = letters.build(ctx, made.for_kind("claim-response", "kk").id, "claim-response", "kk")
    assert markup.blanks(letter.body)  # no findings given: blanks to fill in
    text = pdf_text(letters.render(letter, "pdf"))
    assert "Тексеру барысында не анықталғанын жазыңыз" in text


def test_docx_elements_follow_the_schema_order(case):
    """Word refuses a file whose properties are out of the schema's order."""
    ctx, made, _subject, _name = case
    data = letters.render(letters.build(ctx, made["kk"].id, "destruction-act"), "docx")
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    orders = {
        "pPr": ["pStyle", "keepNext", "pBdr", "spacing", "ind", "jc", "rPr"],
        "tblPr": ["tblStyle", "tblW", "jc", "tblBorders", "tblLayout", "tblLook"],
    }
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        checked = 0
        for name in parts:
            root = ElementTree.fromstring(package.read(name))
            for parent, order in orders.items():
                for element in root.iter(f"{ns}{parent}"):
                    tags = [child.tag.removeprefix(ns) for child in element]
                    known = [t for t in tags if t in order]
                    assert known == sorted(known, key=order.index), f"{name}: {parent} {tags}"
                    checked += 1
    assert checked > 20
