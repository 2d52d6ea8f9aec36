"""The operator's data map (app/domain/data_map.py): pairs, retention rules, the JSON it is kept
as, and the problems the settings dialog asks the officer to fix."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import operator_input
from app.domain.data_map import (
    Category,
    DataMap,
    Pair,
    Recipient,
    Retention,
    map_problems,
)
from app.services.operators import OperatorInput

THREE_YEARS = Retention(
    Pair("Саясаттың 5.3-тармағы", "П. 5.3 Политики"),
    3,
    0,
    Pair("пайдалану тоқтатылған күннен бастап", "со дня прекращения использования"),
)


def test_a_pair_reads_one_language_and_never_borrows_the_other():
    pair = Pair("Тегі, аты", "")
    assert pair.in_("kk") == "Тегі, аты"
    assert pair.in_("ru") == ""  # not the Kazakh half
    assert pair.missing() == ("ru",)
    assert not pair.empty and Pair(" ", "").empty


@pytest.mark.parametrize(
    "stored, pair",
    [
        ({"kk": " CRM жүйесі ", "ru": "CRM"}, Pair("CRM жүйесі", "CRM")),
        ("Резервные копии", Pair("", "Резервные копии")),  # a system before migration 0008
        ({"ru": "Рассылки"}, Pair("", "Рассылки")),
        (None, Pair()),
        (42, Pair()),
    ],
)
def test_a_pair_from_what_is_stored(stored, pair):
    assert Pair.of(stored) == pair


@pytest.mark.parametrize(
    "rule, start, until",
    [
        (THREE_YEARS, dt.date(2026, 3, 15), dt.date(2029, 3, 15)),
        (THREE_YEARS, dt.date(2028, 2, 29), dt.date(2031, 2, 28)),  # no 29 February in 2031
        (Retention(years=0, months=18), dt.date(2026, 8, 31), dt.date(2028, 2, 29)),
        (Retention(years=1, months=11), dt.date(2026, 1, 31), dt.date(2027, 12, 31)),
        (Retention(months=1), dt.date(2026, 12, 10), dt.date(2027, 1, 10)),
    ],
)
def test_retention_until(rule, start, until):
    assert rule.until(start) == until


def test_the_json_round_trip_keeps_every_part():
    data_map = DataMap(
        categories=(Category(Pair("ЖСН", "ИИН"), THREE_YEARS), Category(Pair("IP", "IP-адрес"))),
        purposes=(Pair("Қызмет көрсету", "Оказание услуг"),),
        methods=(Pair("Автоматтандырылған өңдеу", "Автоматизированная обработка"),),
        sources=(Pair("Субъектінің өзі", "Сам субъект"),),
        recipients=(
            Recipient(Pair("Байланыс операторлары", "Операторы связи")),
            Recipient(Pair("Хостинг", "Хостинг"), "DE"),
        ),
        systems=(Pair("Сақтық көшірмелер", "Резервные копии"),),
    )
    stored = data_map.to_json()
    assert stored["data_categories"][0]["retention"]["years"] == 3
    assert "retention" not in stored["data_categories"][1]  # nothing obliges keeping it
    assert "country" not in stored["recipients"][0]  # in Kazakhstan
    assert DataMap.from_json(stored) == data_map
    assert data_map.cross_border
    assert not DataMap(recipients=(Recipient(Pair("a", "b"), "KZ"),)).cross_border


def test_a_missing_or_malformed_part_is_empty():
    data_map = DataMap.from_json({"purposes": "not a list", "systems": None})
    assert data_map == DataMap()
    assert Retention.of({"years": "x", "months": None}) == Retention()


def test_map_problems_name_the_row_and_the_missing_half():
    data_map = DataMap(
        categories=(
            Category(Pair("ЖСН", "ИИН")),
            Category(Pair("Телефон", "Телефон"), Retention(Pair("", "п. 5.3"), 0, 0)),
        ),
        purposes=(Pair("", "Оказание услуг"),),
        recipients=(
            Recipient(Pair("Хостинг", "Хостинг"), "DEU"),
            Recipient(Pair("Банктер", "")),
        ),
        systems=(Pair("CRM", "CRM"), Pair("", "Резервные копии")),
    )
    found = [(p.field, p.code, dict(p.params)) for p in map_problems(data_map)]
    assert found == [
        ("retention", "retention_basis_missing", {"row": 2, "language": "kk"}),
        ("retention", "retention_period_missing", {"row": 2}),
        ("purposes", "pair_missing_half", {"row": 1, "language": "kk"}),
        ("recipients", "pair_missing_half", {"row": 2, "language": "ru"}),
        ("recipients", "country_code", {"row": 1, "value": "DEU"}),
        ("systems", "pair_missing_half", {"row": 2, "language": "kk"}),
    ]
    assert map_problems(DataMap(categories=(Category(Pair("ЖСН", "ИИН"), THREE_YEARS),))) == ()


def test_a_profile_with_a_half_missing_is_refused_at_its_row():
    data = OperatorInput(
        code="senimkey",
        name_kk="«Senimkey» ЖШС",
        name_ru="ТОО «Senimkey»",
        reg_number="260440029163",
        systems=["CRM"],  # a bare string is the Russian half only
    )
    found = operator_input.problems(data)
    assert [(p.field, p.code, p.params["row"]) for p in found] == [
        ("systems", "pair_missing_half", 1)
    ]
    data.systems = [{"kk": "CRM жүйесі", "ru": "CRM"}]
    assert operator_input.problems(data) == []
