"""A withdrawal case to work in tests: an operator with a data map (systems and categories kk/ru,
one category kept by law), a subject with two open consents, and a signed withdrawal letter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services import subjects
from app.services.subjects import SubjectInput
from app.storage.models import Consent, ConsentDocument
from tests.helpers import make_operator, register

RECEIVED = dt.date(2026, 11, 2)
IIN = "900101300017"
SYSTEMS = [
    {"kk": "Платформадағы есептік жазба", "ru": "Учётная запись на платформе"},
    {"kk": "CRM жүйесі", "ru": "CRM-система"},
]
CATEGORIES = [
    {"kk": "Байланыс деректері", "ru": "Контактные данные"},
    {
        "kk": "Бухгалтерлік құжаттар",
        "ru": "Бухгалтерские документы",
        "retention": {
            "basis_kk": "Бухгалтерлік есеп туралы заң, 7-бап",
            "basis_ru": "Закон о бухгалтерском учёте, ст. 7",
            "years": 5,
            "months": 0,
            "from_kk": "пайдалану тоқтағаннан кейін",
            "from_ru": "после прекращения использования",
        },
    },
]


@dataclass
class WithdrawalCase:
    operator_id: int
    subject_id: int
    consent_ids: list[int]
    request_id: int


def make_withdrawal_case(ctx, *, link: bool = True, signed: bool = True) -> WithdrawalCase:
    operator = make_operator(
        ctx,
        systems=SYSTEMS,
        data_categories=CATEGORIES,
        signatory_name="Ержанов А. Б.",
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
    )
    subject = subjects.create(
        ctx,
        operator.id,
        SubjectInput(surname="Әлиев", given_name="Нұрлан", patronymic="Серікұлы", iin=IIN),
    )
    with ctx.write() as w:
        document = ConsentDocument(
            operator_id=operator.id, title_kk="Келісім", title_ru="Согласие", edition="1"
        )
        w.session.add(document)
        w.session.flush()
        consents = [
            Consent(
                subject_id=subject.id,
                document_id=document.id,
                given_at=dt.datetime(2025, 3, 1, 9, tzinfo=dt.UTC),
                channel=channel,
            )
            for channel in ("checkbox", "sms")
        ]
        w.session.add_all(consents)
        w.session.flush()
        consent_ids = [c.id for c in consents]
    request = register(
        ctx,
        received=RECEIVED,
        sender="Әлиев Нұрлан Серікұлы",
        language="ru",
        signed=signed,
        subject_id=subject.id if link else None,
        summary="Отзываю согласие на обработку персональных данных.",
    )
    return WithdrawalCase(operator.id, subject.id, consent_ids, request.id)


def finalise_letter(ctx, request_id: int, kind: str, language: str = "ru", options=None):
    """Finalise a letter of ``kind`` as the officer would: the template's text with any blank
    it leaves (``[[…]]``, e.g. who signs an act) filled in."""
    import re

    from app.services import letters

    body = letters.draft_body(ctx, request_id, kind, language, options=options)
    body = re.sub(r"\[\[[^\]]*\]\]", "Иванова А. А., главный специалист", body)
    return letters.finalise(ctx, request_id, kind, language, body=body, options=options)
