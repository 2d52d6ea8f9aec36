"""A withdrawal's workflow written straight through the tables, for the letters' tests (the
workflow's own service is tested on its own): what a finished, a half-done or a refused
withdrawal has recorded."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from app.domain.data_map import Pair
from app.domain.text_pairs import halves
from app.storage.models import Withdrawal, WithdrawalOutcome, WithdrawalSystem

SYSTEMS = (
    ("Клиенттердің жеке кабинеті", "Личный кабинет клиента"),
    ("CRM жүйесі", "CRM-система"),
    ("Сақтық көшірмелер", "Резервные копии"),
)
OUTCOMES = (
    ("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "destroyed", "", "", None),
    ("Байланыс деректері", "Контактные данные", "anonymised", "", "", None),
    (
        "Шарт бойынша деректер",
        "Данные по договору",
        "retained",
        "«Бухгалтерлік есеп және қаржылық есептілік туралы» Заңның 7-бабы",
        "статья 7 Закона «О бухгалтерском учёте и финансовой отчётности»",
        dt.date(2031, 11, 6),
    ),
)
MEMBERS = [
    {"name": "Ә. Қ. Төлеубаева", "position_kk": "Бас маман", "position_ru": "Главный специалист"},
    {
        "name": "Б. С. Оспанов",
        "position_kk": "Жүйелік әкімші",
        "position_ru": "Системный администратор",
    },
]


def record(
    ctx,
    request_id: int,
    *,
    decision: str = "accepted",
    effective: dt.date | None = dt.date(2026, 11, 2),
    systems=SYSTEMS,
    systems_done: bool = True,
    outcomes=OUTCOMES,
    chosen: bool = True,
    act: bool = True,
    ground: str = "",
    ground_detail: str | Pair = "",
) -> int:
    """Write the workflow of ``request_id`` as recorded so far; its id."""
    with ctx.write() as w:
        s = w.session
        row = s.exec(select(Withdrawal).where(Withdrawal.request_id == request_id)).first()
        row = row or Withdrawal(request_id=request_id)
        row.signed, row.identity = True, "match"
        # a text of one language lands in its half, as migration 0015 moves one of old
        detail = ground_detail if isinstance(ground_detail, Pair) else Pair(*halves(ground_detail))
        row.decision, row.ground = decision, ground
        row.ground_detail_kk, row.ground_detail_ru = detail.kk, detail.ru
        row.effective_date = effective if decision == "accepted" else None
        if act:
            row.act_place_kk, row.act_place_ru = "Астана қ.", "г. Астана"
            row.act_members = MEMBERS
            row.act_approver_name = "Д. Н. Сәрсенбаев"
            row.act_approver_position_kk = "Директор"
            row.act_approver_position_ru = "Директор"
            row.act_approved_on = dt.date(2026, 11, 10)
        s.add(row)
        s.flush()
        for table in (WithdrawalSystem, WithdrawalOutcome):  # recorded anew
            for old in s.exec(select(table).where(table.withdrawal_id == row.id)).all():
                s.delete(old)
        s.flush()
        for position, (kk, ru) in enumerate(systems):
            s.add(
                WithdrawalSystem(
                    withdrawal_id=row.id,
                    position=position,
                    name_kk=kk,
                    name_ru=ru,
                    done=systems_done,
                    done_on=dt.date(2026, 11, 5) if systems_done else None,
                    done_by="tester" if systems_done else "",
                )
            )
        for position, (kk, ru, outcome, basis_kk, basis_ru, until) in enumerate(outcomes):
            s.add(
                WithdrawalOutcome(
                    withdrawal_id=row.id,
                    position=position,
                    category_kk=kk,
                    category_ru=ru,
                    outcome=outcome if chosen else "",
                    basis_kk=basis_kk,
                    basis_ru=basis_ru,
                    until=until,
                )
            )
        return row.id


# An operator's data map in both languages (the fields of OperatorInput).
DATA_MAP = {
    "data_categories": [
        {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
        {
            "kk": "Шарт бойынша деректер",
            "ru": "Данные по договору",
            "retention": {
                "basis_kk": "«Бухгалтерлік есеп және қаржылық есептілік туралы» Заңның 7-бабы",
                "basis_ru": "статья 7 Закона «О бухгалтерском учёте и финансовой отчётности»",
                "years": 5,
                "months": 0,
                "from_kk": "шарт тоқтатылғаннан кейін",
                "from_ru": "после прекращения договора",
            },
        },
    ],
    "purposes": [{"kk": "Шартты орындау", "ru": "Исполнение договора"}],
    "methods": [{"kk": "Автоматтандырылған өңдеу", "ru": "Автоматизированная обработка"}],
    "sources": [{"kk": "Субъектінің өзі", "ru": "Сам субъект"}],
    "recipients": [
        {"kk": "Мемлекеттік кіріс органдары", "ru": "Органы государственных доходов"},
        {"kk": "Бұлттық қойма провайдері", "ru": "Провайдер облачного хранилища", "country": "DE"},
    ],
    "systems": [{"kk": kk, "ru": ru} for kk, ru in SYSTEMS],
}


DEBT = Pair(
    "2025 жылғы 3 наурыздағы № 77 шарт бойынша берешек",
    "задолженность по договору № 77 от 3 марта 2025 года",
)


def refuse_for_debt(ctx, request_id: int) -> None:
    """The withdrawal refused: an obligation unfulfilled (a debt under a contract), no act."""
    record(
        ctx,
        request_id,
        decision="refused",
        ground="obligation",
        ground_detail=DEBT,
        systems=(),
        outcomes=(),
        act=False,
    )
