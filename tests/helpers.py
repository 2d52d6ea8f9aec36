"""Small builders shared by tests."""

from __future__ import annotations

import datetime as dt

from app.services import operators, requests
from app.services.operators import OperatorInput

VALID_BIN = "260440029163"  # Senimkey LLP, from the seed
OTHER_BIN = "180340021117"


def make_operator(ctx, code="senimkey", **kw):
    # the signatory's position is a kk/ru pair: a half given alone («Директор», the same word
    # in both languages) stands for both
    for lang, other in (("kk", "ru"), ("ru", "kk")):
        kw.setdefault(f"signatory_position_{lang}", kw.get(f"signatory_position_{other}", ""))
    data = OperatorInput(
        code=code,
        name_kk=kw.pop("name_kk", "«Senimkey» ЖШС"),
        name_ru=kw.pop("name_ru", "ТОО «Senimkey»"),
        reg_number=kw.pop("reg_number", VALID_BIN),
        request_prefix=kw.pop("request_prefix", "ДД"),
        address_kk=kw.pop("address_kk", "010000, Астана қ., Мәңгілік Ел даңғылы, 55"),
        address_ru=kw.pop("address_ru", "010000, г. Астана, пр. Мангилик Ел, 55"),
        email="info@senimkey.kz",
        **kw,
    )
    return operators.create(ctx, data)


def register(ctx, **kw):
    data = requests.NewRequest(
        type=kw.pop("type", "consent_withdrawal"),
        received=kw.pop("received", dt.date(2026, 11, 2)),
        sender=kw.pop("sender", "Әлиев Нұрлан Серікұлы"),
        **kw,
    )
    return requests.register(ctx, data)
