"""The frame of a letter by Kazakh office-work rules: the operator's requisites in the letter's
language only (kk/ru pairs of the profile, migration 0011), the reference line as on a
letterhead blank with one date, the addressee in the dative, non-breaking spaces, and page
numbers at the top centre from the second page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import docx
import pypdf
import pytest
import sqlalchemy as sa
from alembic import command
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from sqlmodel import select

from app.domain import declension, operator_input
from app.domain.errors import DomainError
from app.letters import KINDS, fonts, wording
from app.letters.document import NBSP, NON_BREAKING_HYPHEN, Addressee, Letter, Letterhead, tie
from app.letters.kinds import INTERNAL_KINDS, Kind
from app.letters.pdf import BOTTOM, PAGE_HEIGHT, PAGE_WIDTH, TOP
from app.services import letters, requests, subjects
from app.services.context import Context
from app.services.operators import OperatorInput
from app.storage.models import Operator, Request, Subject
from app.storage.schema import alembic_config, upgrade
from tests import withdrawal_rows
from tests.helpers import demo_database, make_operator
from tests.helpers import register as reg

TODAY = dt.date(2026, 11, 20)
# What only a Russian text writes: a Kazakh letter carries none of it.
RUSSIAN_MARKS = re.compile(r"(?<![\w.])(г\.|ул\.|ТОО|ООО|ИСХ|ИНН|БИН)(?!\w)")


def page_texts(data: bytes) -> list[tuple[list[str], list[tuple[float, float, str]]]]:
    """Each page: the lines of its frame, and what is drawn on its margins (x, y, text)."""
    out = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        body: list[str] = []
        margins: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, body=body, margins=margins):
            if not text.strip():
                return
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            if y > PAGE_HEIGHT - TOP or y < BOTTOM:
                margins.append((x, y, text.strip()))
            else:
                body.append(text)

        page.extract_text(visitor_text=visit)
        out.append((body, margins))
    return out


def pdf_text(data: bytes) -> str:
    """The whole text, non-breaking spaces read as spaces."""
    parts = []
    for body, margins in page_texts(data):
        parts += body + [m[2] for m in margins]
    return " ".join(" ".join(parts).replace(NBSP, " ").split())


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for section in document.sections:
        for part in (section.first_page_header, section.header):
            parts += [p.text for p in part.paragraphs]
            parts += [c.text for t in part.tables for row in t.rows for c in row.cells]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join(parts).replace(NBSP, " ").split())


# --- a demo database with a request for every kind -------------------------------------------


@pytest.fixture(scope="module")
def demo_case(sqlite_template, tmp_path_factory):
    db, ctx = demo_database(sqlite_template, tmp_path_factory.mktemp("requisites"), TODAY)
    with ctx.read() as session:
        subject = session.exec(select(Subject).order_by(Subject.id)).first()
    # a refusal answers a withdrawal whose decision was to refuse: one such demo request
    refused = requests.register(
        ctx,
        requests.NewRequest(
            type="consent_withdrawal",
            received=dt.date(2026, 11, 2),
            sender=subjects.full_name(subject),
            language="ru",  # answered in Kazakh or in Russian
            operator_id=subject.operator_id,
            subject_id=subject.id,
            signed=True,
        ),
    )
    withdrawal_rows.refuse_for_debt(ctx, refused.id)
    yield ctx
    db.dispose()


def _demo_letter(ctx, kind: str, language: str, operator_id: int | None = None):
    """The first demo request a letter of ``kind`` in ``language`` can be written for (the
    domain's rules decide), as the letter and its request: one written in that language
    first (of ``operator_id`` when given)."""
    with ctx.read() as session:
        query = select(Request).where(Request.subject_id.is_not(None))
        if operator_id is not None:
            query = query.where(Request.operator_id == operator_id)
        found = session.exec(query.order_by(Request.id)).all()
    found.sort(key=lambda r: r.language != language)  # stable: by id within each
    for request in found:
        try:
            return letters.build(ctx, request.id, kind, language), request
        except DomainError:
            continue
    raise AssertionError(f"no demo request takes a {kind} letter in {language}")


def _record_texts(ctx, request: Request) -> list[str]:
    """The subject's own address and the sender's, as the record writes them, where they are in
    Russian form (a subject who writes in Russian gives «г. …, ул. …»: a letter prints it as
    written, it is not the operator's). A Kazakh-form address stays: it must carry no Russian
    word either (the demo's subjects writing in Kazakh give one)."""
    with ctx.read() as session:
        subject = session.get(Subject, request.subject_id)
    texts = []
    for address in (request.sender_address, subject.address if subject else ""):
        if operator_input.language_of(address or "") != "ru":
            continue
        texts += [line.strip() for line in (address or "").splitlines() if line.strip()]
    return texts


def _assert_no_russian(ctx, kind: str, letter, request: Request) -> None:
    with ctx.read() as session:
        op = session.get(Operator, request.operator_id)
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        text = read(letters.render(letter, fmt))
        assert op.name_kk in text
        assert f"{wording.reg_label(op.reg_kind, 'kk')} {op.reg_number}" in text
        for written in _record_texts(ctx, request):  # the subject's address, as written
            text = text.replace(" ".join(tie(written).replace(NBSP, " ").split()), "")
        found = RUSSIAN_MARKS.search(text)
        assert found is None, f"{kind} {fmt}: {text[max(0, found.start() - 60) : found.end() + 30]}"
        for russian in _russian_only(op):
            assert russian not in text, f"{kind} {fmt}: {russian!r}"
        assert "Dear" not in text
    assert letter.letterhead.names() == [op.name_kk]


def _russian_only(op: Operator) -> list[str]:
    """The operator profile's Russian texts a Kazakh letter must not carry."""
    found = [op.name_ru]
    found += [line.strip(" ,") for line in op.address_ru.splitlines() if line.strip(" ,")]
    if op.signatory_position_ru != op.signatory_position_kk:
        found.append(op.signatory_position_ru)
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_a_kazakh_letter_of_every_kind_carries_no_russian_of_the_profile(demo_case, kind):
    ctx = demo_case
    letter, request = _demo_letter(ctx, kind, "kk")
    _assert_no_russian(ctx, kind, letter, request)


def test_a_kazakh_letter_of_every_demo_operator_carries_no_russian(demo_case):
    """Each operator's own halves (the foreign one's «ИНН» named in Kazakh too)."""
    ctx = demo_case
    with ctx.read() as session:
        ops = session.exec(select(Operator).order_by(Operator.id)).all()
    assert any(op.reg_kind == "INN" for op in ops)
    for op in ops:
        letter, request = _demo_letter(ctx, "acknowledgement", "kk", op.id)
        _assert_no_russian(ctx, "acknowledgement", letter, request)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_page_one_of_every_kind_carries_no_page_number(demo_case, language):
    ctx = demo_case
    for kind in KINDS:
        letter, _request = _demo_letter(ctx, kind, language)
        pages = page_texts(letters.render(letter, "pdf"))
        margins = [text for _x, _y, text in pages[0][1]]
        assert not any(text.isdigit() for text in margins), (kind, margins)
        assert wording.label("draft", language) in margins


def test_a_kazakh_letter_is_numbered_without_isx_in_the_one_series(demo_case):
    ctx = demo_case
    _letter_ru, request = _demo_letter(ctx, "acknowledgement", "ru")  # a Russian one: both
    kk = letters.finalise(ctx, request.id, "acknowledgement", "kk").letter
    ru = letters.finalise(ctx, request.id, "acknowledgement", "ru").letter
    assert "ШЫҒ" in kk.out_number and "ИСХ" not in kk.out_number
    assert "ИСХ" in ru.out_number
    assert ru.out_seq == kk.out_seq + 1  # one running number for both languages
    text = pdf_text(kk.pdf)
    assert f"2026 жылғы «20» қараша № {kk.out_number}" in text
    registered = wording.attr_date(request.registered_date, "kk")
    assert f"{registered} № {request.reg_number} хатқа" in text


@pytest.mark.parametrize("kind", [k for k in KINDS if Kind(k) not in INTERNAL_KINDS])
def test_a_russian_letter_addresses_the_subject_in_the_dative(demo_case, kind):
    ctx = demo_case
    letter, request = _demo_letter(ctx, kind, "ru")
    with ctx.read() as session:
        s = session.get(Subject, request.subject_id)
    dative = declension.addressee("ru", s.surname, s.given_name, s.patronymic, s.iin or "")
    assert letter.addressee.name == dative
    text = pdf_text(letters.render(letter, "pdf"))
    assert dative in text
    day = request.registered_date.strftime("%d.%m.%Y")
    assert f"На № {request.reg_number} от {day}" in text  # one date: its registration
    assert "вх." not in text.split(request.reg_number)[0]


def test_the_addressee_and_the_salutation_of_a_known_woman(demo_case):
    ctx = demo_case
    with ctx.read() as session:
        op = session.exec(select(Operator).order_by(Operator.id)).first()
    person = subjects.create(
        ctx, op.id, subjects.SubjectInput("Сергеева", "Ярослава", "Викторовна", account_id="ys")
    )
    r = requests.register(
        ctx,
        requests.NewRequest(
            type="access",
            received=dt.date(2026, 11, 5),
            sender="Сергеева Ярослава Викторовна",
            language="ru",
            operator_id=op.id,
            subject_id=person.id,
            signed=True,
        ),
    )
    ru = pdf_text(letters.render(letters.build(ctx, r.id, "acknowledgement", "ru"), "pdf"))
    kk = pdf_text(letters.render(letters.build(ctx, r.id, "acknowledgement", "kk"), "pdf"))
    assert "Сергеевой Я. В." in ru and "Уважаемая Ярослава Викторовна!" in ru
    assert "Я. В. Сергееваға" in kk and "Құрметті Ярослава Викторовна!" in kk
    assert "(-ая)" not in ru


def test_an_organisation_as_sender_is_printed_as_written(sqlite_ctx):
    make_operator(sqlite_ctx)
    r = reg(sqlite_ctx, sender="ТОО «Ромашка»", language="ru", type="claim")
    letter = letters.build(sqlite_ctx, r.id, "acknowledgement", "ru")
    assert letter.addressee.name == "ТОО «Ромашка»"


def test_a_latin_record_is_not_declined_nor_greeted_in_cyrillic(sqlite_ctx):
    op = make_operator(sqlite_ctx)
    person = subjects.create(sqlite_ctx, op.id, subjects.SubjectInput("Smirnov", "Yuriy"))
    r = reg(sqlite_ctx, sender="Smirnov Yuriy", language="ru", subject_id=person.id)
    ru = letters.build(sqlite_ctx, r.id, "acknowledgement", "ru")
    kk = letters.build(sqlite_ctx, r.id, "acknowledgement", "kk")
    # the addressee line: the name as written, undeclined (no «Smirnov-қа», no «Smirnovу»)
    assert ru.addressee.name == "Smirnov Y." and kk.addressee.name == "Y. Smirnov"
    # the salutation: neutral, in the letter's language, without the Latin name
    assert "Здравствуйте!" in ru.body and "Құрметті өтініш беруші!" in kk.body
    for letter in (ru, kk):
        assert "Уважаем" not in letter.body and "Құрметті Yuriy" not in letter.body
        assert "Dear" not in letter.body and "Yuriy" not in letter.body
        text = pdf_text(letters.render(letter, "pdf"))
        assert "Dear" not in text and "Smirnov-" not in text


def test_a_letter_quotes_the_summary_only_in_its_own_language(sqlite_ctx):
    make_operator(sqlite_ctx)
    russian = "Просит заблокировать недостоверные данные Әлиева Нұрлана на сайте"
    r = reg(sqlite_ctx, language="ru", type="claim", summary=russian)
    kk = letters.build(sqlite_ctx, r.id, "claim-response", "kk").body
    ru = letters.build(sqlite_ctx, r.id, "claim-response", "ru").body
    assert russian in ru and russian not in kk
    assert "[[Шағымның мәнін қысқаша баяндаңыз]]" in kk  # a blank to write it in Kazakh
    kazakh = "Сайттағы дұрыс емес деректерді бұғаттауды сұрайды"
    r = reg(sqlite_ctx, language="kk", type="claim", summary=kazakh)
    assert kazakh in letters.build(sqlite_ctx, r.id, "claim-response", "kk").body
    bi = letters.build(sqlite_ctx, r.id, "claim-response", "bi").body
    assert bi.count(kazakh) == 1 and "[[Кратко изложите существо жалобы]]" in bi
    assert wording.text_language("Не согласен с обработкой") == "ru"
    assert wording.text_language("Дербес деректерді жоюды сұрайды") == "kk"
    assert wording.own("ID 42, smartustaz.kz", "kk") == "ID 42, smartustaz.kz"  # neither


# --- pages ------------------------------------------------------------------------------------


def test_page_numbers_at_the_top_centre_from_page_two(demo_case):
    ctx = demo_case
    letter, request = _demo_letter(ctx, "claim-response", "ru")
    paragraph = "Текст письма, который повторяется для проверки разбивки на страницы. " * 12
    long = dataclasses.replace(letter, body="# Длинное письмо\n\n" + "\n\n".join([paragraph] * 9))
    pages = page_texts(letters.render(long, "pdf"))
    assert len(pages) >= 2
    draft = wording.label("draft", "ru")
    first_margins = [m[2] for m in pages[0][1]]
    assert first_margins == [draft]  # page 1: the draft mark, no number
    for number, (_body, margins) in enumerate(pages[1:], 2):
        [(x, y)] = [(x, y) for x, y, text in margins if text == str(number)]
        assert y > PAGE_HEIGHT - TOP  # at the top
        assert abs(x + 3 - PAGE_WIDTH / 2) < 10  # centred (the digit's half width aside)
        assert not any(text == str(number) for x, y, text in margins if y < BOTTOM)
    last = [m[2] for m in pages[-1][1]]
    assert any(long.executor_name in t for t in last)  # the executor: the last page's foot


# --- the requisites as values ------------------------------------------------------------


def _letter(language: str, **kw) -> Letter:
    head = Letterhead(
        "«Senimkey» ЖШС",
        "ТОО «Senimkey»",
        "БСН",
        "260440029163",
        "Алматы қ., Абай даңғылы, 10",
        language=language,
        address_ru="г. Алматы, пр. Абая, 10",
    )
    return Letter(
        kind="acknowledgement",
        language=language,
        letterhead=head,
        body="Закон № 94-V, г. Алматы, д. 5, кв. 3",
        reference_number="ДД-2026/0042",
        reference_date=dt.date(2026, 11, 5),
        addressee=Addressee("Сергеевой Я. В.", "г. Алматы, ул. Абая, д. 5"),
        **kw,
    )


def test_the_reference_line_as_on_a_letterhead_blank():
    kk = [line.replace(NBSP, " ") for line in _letter("kk").number_lines()]
    assert kk == [
        "20__ жылғы «__» _________ № ________",
        "2026 жылғы 5 қарашадағы № ДД-2026/0042 хатқа",
    ]
    ru = [line.replace(NBSP, " ") for line in _letter("ru").number_lines()]
    assert ru == ["______________ № ________", "На № ДД-2026/0042 от 05.11.2026"]
    numbered = _letter("kk", out_number="ДД-ШЫҒ-2026/0007", out_date=dt.date(2026, 12, 2))
    assert numbered.number_lines()[0] == f"2026 жылғы «2» желтоқсан №{NBSP}ДД-ШЫҒ-2026/0007"
    numbered = _letter("ru", out_number="ДД-ИСХ-2026/0007", out_date=dt.date(2026, 12, 2))
    assert numbered.number_lines()[0] == f"02.12.2026 №{NBSP}ДД-ИСХ-2026/0007"


def test_the_letterhead_in_the_letter_language_only():
    assert _letter("kk").letterhead.names() == ["«Senimkey» ЖШС"]
    assert _letter("ru").letterhead.names() == ["ТОО «Senimkey»"]
    assert _letter("bi").letterhead.names() == ["«Senimkey» ЖШС", "ТОО «Senimkey»"]
    assert "г." not in " ".join(_letter("kk").letterhead.details())
    assert "г.\u00a0Алматы" in " ".join(_letter("bi").letterhead.details())  # both halves


def test_the_registration_number_is_named_in_the_letter_language():
    assert (wording.reg_label("BIN", "kk"), wording.reg_label("BIN", "ru")) == ("БСН", "БИН")
    assert wording.reg_label("", "kk") == "БСН"  # a profile without a kind: a BIN
    inn_kk = wording.reg_label("INN", "kk")
    assert inn_kk == "Салық төлеушінің сәйкестендіру нөмірі" and "ИНН" not in inn_kk
    assert wording.reg_label("INN", "ru") == "ИНН"
    assert wording.reg_label("inn", "bi") == f"{inn_kk} / ИНН"
    assert wording.reg_label("EIN", "kk") == "Тіркеу нөмірі"  # no Kazakh word for the kind
    assert wording.reg_label("EIN", "ru") == "EIN"
    # a foreign operator's Kazakh letterhead, rendered: no «ИНН» in either format
    kk = _letter("kk")
    kk = dataclasses.replace(
        kk, letterhead=dataclasses.replace(kk.letterhead, reg_label=inn_kk, reg_number="5904264782")
    )
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        text = read(letters.render(kk, fmt))
        assert f"{inn_kk} 5904264782" in text and "ИНН" not in text


def test_non_breaking_spaces_in_both_renderers():
    assert tie("№ 42, д. 5, 5 үй, кв. 3, г. Алматы, ул. Абая") == (
        f"№{NBSP}42, д.{NBSP}5, 5{NBSP}үй, кв.{NBSP}3, г.{NBSP}Алматы, ул.{NBSP}Абая"
    )
    assert tie("үй 5") == f"үй{NBSP}5" and tie("Закон № 94-V") == f"Закон №{NBSP}94-V"
    assert tie("Абай даңғылы, 10 үй, 5 пәтер") == f"Абай даңғылы, 10{NBSP}үй, 5{NBSP}пәтер"
    assert tie("№ 94-V", NON_BREAKING_HYPHEN) == f"№{NBSP}94{NON_BREAKING_HYPHEN}V"
    h = NON_BREAKING_HYPHEN
    assert tie("(№ ИК-2025/0001), Самал-2", h) == f"(№{NBSP}ИК{h}2025/0001), Самал-2"
    letter = _letter("ru")
    [block] = letter.blocks()
    assert block.text == f"Закон №{NBSP}94-V, г.{NBSP}Алматы, д.{NBSP}5, кв.{NBSP}3"
    # the PDF's paragraphs (reportlab) never end a line with «№»: at every width
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=12)
    text = f"ааааа ббббб бб {block.text}"
    for width in range(60, 400, 5):
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        for line in paragraph.blPara.lines:
            words = line[1] if isinstance(line, tuple) else line.words
            last = words[-1] if isinstance(words[-1], str) else words[-1].text
            assert not last.endswith(("№", "г.", "д.", "кв.")), (width, last)
    document = docx.Document(io.BytesIO(letters.render(letter, "docx")))
    # Word: its own non-breaking hyphen (read as a plain one), in the body and the numbers
    [paragraph] = [p for p in document.paragraphs if "Закон" in p.text]
    assert paragraph.text == f"Закон №{NBSP}94-V, г.{NBSP}Алматы, д.{NBSP}5, кв.{NBSP}3"
    assert "<w:noBreakHyphen/>" in paragraph._p.xml
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert f"На №{NBSP}ДД-2026/0042" in cells and f"ул.{NBSP}Абая" in cells
    requisites = document.tables[0].cell(0, 0).paragraphs[0]._p.xml
    assert requisites.count("<w:noBreakHyphen/>") == 1 and NON_BREAKING_HYPHEN not in requisites


def test_initials_stay_with_the_surname():
    n = NBSP
    assert tie("жауапты тұлға Ә. Қ. Төлеубаева.") == f"жауапты тұлға Ә.{n}Қ.{n}Төлеубаева."
    assert tie("Сергеевой Я. В., г. Алматы") == f"Сергеевой{n}Я.{n}В., г.{n}Алматы"
    assert tie("А.-Б. Ким") == f"А.-Б.{n}Ким" and tie("Smirnov Y.") == f"Smirnov{n}Y."
    assert tie("Закон № 94-V. Оператор") == f"Закон №{n}94-V. Оператор"  # not an initial
    # the PDF never breaks a line between the initials or before the surname: at every width
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=12)
    text = tie("Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға Ә. Қ. Төлеубаева.")
    for width in range(130, 400, 5):  # wider than the name with its initials
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        for line in paragraph.blPara.lines:
            words = line[1] if isinstance(line, tuple) else line.words
            last = words[-1] if isinstance(words[-1], str) else words[-1].text
            assert not last.endswith(("Ә.", "Қ.")), (width, last)


def test_the_docx_requisites_follow_the_same_rules():
    for language, name, other in (
        ("kk", "«Senimkey» ЖШС", "ТОО «Senimkey»"),
        ("ru", "ТОО «Senimkey»", "«Senimkey» ЖШС"),
    ):
        letter = _letter(language)
        document = docx.Document(io.BytesIO(letters.render(letter, "docx")))
        header = document.sections[0].first_page_header
        names = " ".join(c.text for t in header.tables for row in t.rows for c in row.cells)
        assert name in names and other not in names
        cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
        for line in letter.number_lines():  # a number's hyphen does not break in Word
            assert line in cells
        assert "Сергеевой Я. В." in cells


# --- the profile's halves: the rules, the refusal, the migration -----------------------------


def test_the_address_language_is_told_by_its_words():
    assert operator_input.language_of("Алматы қ., Абай даңғылы, 10") == "kk"
    assert operator_input.language_of("г. Алматы, пр. Абая, 10") == "ru"
    assert operator_input.language_of("050026, Алматы, Төле би, 187") == "kk"  # its letters
    assert operator_input.language_of("614066, Пермь, Стахановская, 54") == "ru"
    assert operator_input.language_of("221B Baker Street, London") == ""


def _input(**kw) -> OperatorInput:
    values = dict(
        code="x",
        name_kk="«Senimkey» ЖШС",
        name_ru="ТОО «Senimkey»",
        reg_number="",
        reg_kind="INN",
        address_kk="Алматы қ., Абай даңғылы, 10",
        address_ru="г. Алматы, пр. Абая, 10",
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
    )
    values.update(kw)
    return OperatorInput(**values)


def _codes(data) -> dict[str, tuple[str, dict]]:
    return {p.field: (p.code, dict(p.params)) for p in operator_input.problems(data)}


def test_a_half_typed_asks_for_the_other_and_foreign_words_are_named():
    assert _codes(_input()) == {}
    found = _codes(_input(address_ru="", signatory_position_kk=""))
    assert found["address_ru"] == ("half_missing", {"language": "ru"})
    assert found["signatory_position_kk"] == ("half_missing", {"language": "kk"})
    found = _codes(_input(address_kk="г. Алматы, ул. Абая, 10", name_kk="ТОО «Senimkey»"))
    assert found["address_kk"] == ("russian_words", {"words": "«г.», «ул.»"})
    assert found["name_kk"] == ("russian_words", {"words": "«ТОО»"})
    found = _codes(_input(address_ru="Алматы қ., Абай көш., 10"))
    assert found["address_ru"] == ("kazakh_words", {"words": "«қ.», «көш.»"})
    found = _codes(_input(outgoing_pattern_kk="{prefix}-ИСХ-{year}/{seq:04d}"))
    assert found["outgoing_pattern_kk"] == ("russian_words", {"words": "«ИСХ»"})
    # a Russian ООО is a «жауапкершілігі шектеулі қоғамы» in Kazakh, not a «серіктестігі»
    itms = _input(
        name_kk="«ИТМС» жауапкершілігі шектеулі серіктестігі",
        name_ru="Общество с ограниченной ответственностью «ИТМС»",
    )
    assert _codes(itms)["name_kk"] == (
        "legal_form",
        {"expected": "жауапкершілігі шектеулі қоғамы"},
    )
    itms.name_kk = "«ИТМС» жауапкершілігі шектеулі қоғамы"
    assert _codes(itms) == {}


def test_a_letter_in_a_language_whose_half_is_missing_is_refused(ctx):
    op = make_operator(ctx)
    r = reg(ctx, language="ru")  # answered in either language
    with ctx.write() as w:  # a profile of before migration 0011: its address in Russian only
        row = w.session.get(Operator, op.id)
        row.address_kk = ""
        w.session.add(row)
    with pytest.raises(DomainError) as err:
        letters.build(ctx, r.id, "acknowledgement", "kk")
    assert [(p.field, p.code) for p in err.value.problems] == [
        ("address_kk", "letter_half_missing")
    ]
    assert "пр." in " ".join(letters.build(ctx, r.id, "acknowledgement", "ru").letterhead.details())
    with pytest.raises(DomainError):
        letters.build(ctx, r.id, "acknowledgement", "bi")


@pytest.mark.parametrize(
    ("address", "kk", "ru"),
    [
        ("050000, Алматы қ.,\nАбай даңғылы, 10", "050000, Алматы қ.,\nАбай даңғылы, 10", ""),
        (
            "614066, Россия, г. Пермь,\nул. Стахановская, 54",
            "",
            "614066, Россия, г. Пермь,\nул. Стахановская, 54",
        ),  # fmt: skip
        ("221B Baker Street, London", "221B Baker Street, London", "221B Baker Street, London"),
    ],
)
def test_the_migration_moves_the_address_into_its_half(db, address, kk, ru):
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    op = make_operator(ctx, outgoing_pattern="{prefix}/ИСХ/{yy}-{seq:05d}")
    cfg = alembic_config()
    with db.engine.begin() as conn:  # back to 0010: one address
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE operator SET address = %s WHERE id = %s"
            if db.engine.dialect.name == "postgresql"
            else "UPDATE operator SET address = ? WHERE id = ?",
            (address, op.id),
        )
    upgrade(db)
    with ctx.read() as session:
        row = session.get(Operator, op.id)
    assert (row.address_kk, row.address_ru) == (kk, ru)
    assert row.outgoing_pattern == "{prefix}/ИСХ/{yy}-{seq:05d}"
    assert row.outgoing_pattern_kk == "{prefix}/ШЫҒ/{yy}-{seq:05d}"
    with db.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("operator")}
    assert "address" not in columns
