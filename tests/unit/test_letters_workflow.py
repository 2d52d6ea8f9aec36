"""Letters from the withdrawal's facts, rendered: the Kazakh confirmation of a finished
withdrawal and its destruction act hold no Russian text (system names, categories, bases,
addresses), and the act is numbered in its own series."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest
from sqlmodel import select

from app.services import letters
from app.storage.models import Consent, ConsentDocument, Request, Withdrawal
from tests import withdrawal_rows
from tests.helpers import make_operator
from tests.helpers import register as reg

NAME = "Әлиев Нұрлан Серікұлы"
ADDRESS_KK = "050000, Алматы қ., Абай даңғылы, 10"
ADDRESS_RU = "050000, г. Алматы, пр. Абая, 10"
# words only a Russian text has: a Kazakh letter must have none of them
RUSSIAN = re.compile(r"\b(ул|г|пр|д|кв)\.|\b(и|или|для|по|от|на|в|с|года|ТОО)\b")
NAME_RU = "ТОО «Senimkey»"  # a Kazakh letterhead carries the Kazakh name only


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture
def finished(ctx):
    make_operator(
        ctx,
        address_kk=ADDRESS_KK,
        address_ru=ADDRESS_RU,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
        executor_name="Ә. Қ. Төлеубаева",
        executor_phone="+7 (727) 300-00-00",
        **withdrawal_rows.DATA_MAP,
    )
    request = reg(
        ctx, iin="900101300017", sender=NAME, language="kk", signed=True, sender_address=ADDRESS_KK
    )
    withdrawal_rows.record(ctx, request.id)
    return request


def test_the_kazakh_confirmation_of_a_finished_withdrawal_holds_no_russian(ctx, finished):
    act = letters.finalise(ctx, finished.id, "destruction-act", "kk").letter
    confirmation = letters.finalise(ctx, finished.id, "deregistration", "kk").letter
    for row in (act, confirmation):
        text = pdf_text(row.pdf)
        assert text.startswith("«Senimkey» ЖШС") and NAME_RU not in text
        for _kk, ru in withdrawal_rows.SYSTEMS:
            assert ru not in text
        for _kk, ru, _o, _bkk, basis_ru, _u in withdrawal_rows.OUTCOMES:
            assert ru not in text
            assert not basis_ru or basis_ru not in text
        assert ADDRESS_RU not in text and "Органы" not in text
        found = RUSSIAN.search(text)
        assert not found, text[max(0, found.start() - 80) : found.end() + 40]
    text = pdf_text(confirmation.pdf)
    for kk, _ru in withdrawal_rows.SYSTEMS:
        assert f"{kk} – 2026 жылғы 5 қарашада" in text
    assert "2026 жылғы 2 қарашадан бастап" in text  # the day processing stopped
    assert "2031 жылғы 6 қарашаға дейін" in text
    assert ADDRESS_KK.replace(" ", "") in text.replace(" ", "")
    act_text = pdf_text(act.pdf)
    assert "Астана қ." in act_text and "Б. С. Оспанов" in act_text
    assert "Жүйелік әкімші" in act_text and "Д. Н. Сәрсенбаев" in act_text
    assert act.out_number == "АКТ-2026/0001" and act.out_number in act_text
    assert confirmation.out_number == "ДД-ШЫҒ-2026/0001"  # a Kazakh letter's number


def test_the_russian_confirmation_holds_the_russian_halves(ctx, finished):
    letters.finalise(ctx, finished.id, "destruction-act", "ru")
    body = letters.build(ctx, finished.id, "deregistration", "kk").body
    assert "Сақтық көшірмелер" in body
    with pytest.raises(Exception) as err:  # the incoming letter is Kazakh: no Russian answer
        letters.build(ctx, finished.id, "deregistration", "ru")
    assert getattr(err.value, "code", "") == "language_not_offered"
    bi = letters.build(ctx, finished.id, "deregistration", "bi").body
    kk_part, ru_part = bi.split("\n---\n")
    assert "Резервные копии" in ru_part and "Резервные копии" not in kk_part
    assert "Сақтық көшірмелер" in kk_part and "Сақтық көшірмелер" not in ru_part
    assert RUSSIAN.search(ru_part) and not RUSSIAN.search(kk_part)  # the check can fail


def test_the_confirmation_names_the_consents_the_withdrawal_names(ctx, finished):
    with ctx.write() as w:
        s = w.session
        request = s.get(Request, finished.id)
        operator_id = request.operator_id
        documents = [
            ConsentDocument(operator_id=operator_id, title_kk=kk, title_ru=ru, edition="1")
            for kk, ru in (
                ("Маркетингке келісім", "Согласие на маркетинг"),
                ("Ережелер", "Правила"),
            )
        ]
        s.add_all(documents)
        s.flush()
        consents = [
            Consent(
                subject_id=request.subject_id,
                document_id=d.id,
                given_at=dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
            )
            for d in documents
        ]
        s.add_all(consents)
        s.flush()
        row = s.exec(select(Withdrawal).where(Withdrawal.request_id == finished.id)).one()
        row.consent_ids = [consents[0].id]
        s.add(row)
    letters.finalise(ctx, finished.id, "destruction-act", "kk")
    body = letters.build(ctx, finished.id, "deregistration", "kk").body
    assert "«Маркетингке келісім»" in body and "«Ережелер»" not in body
    # data kept under a law: processing stopped and the data blocked, not "deregistered"
    assert "бұғаттады" in body and "есебінен шығарды" not in body
    access_asked = reg(ctx, type="access", iin="900101300017", sender=NAME, language="kk")
    access = letters.build(ctx, access_asked.id, "access", "kk").body
    assert "«Маркетингке келісім»" in access and "«Ережелер»" in access  # the whole record


def test_nothing_retained_reads_as_deregistered(ctx, finished):
    kept = withdrawal_rows.OUTCOMES[:2]  # destroyed and anonymised only
    withdrawal_rows.record(ctx, finished.id, outcomes=kept)
    letters.finalise(ctx, finished.id, "destruction-act", "kk")
    body = letters.build(ctx, finished.id, "deregistration", "kk").body
    assert "Сізді дербес деректер субъектілерінің есебінен шығарды." in body
    assert "Сізге қатысты дербес деректер сақталмайды." in body and "бұғаттады" not in body
