"""The operator profile as the settings window edits it (services.profile)."""

import dataclasses
import datetime as dt

import pytest

from app.domain.errors import DomainError
from app.services import operators, profile, settings
from app.services.operators import OperatorInput
from app.services.profile import NewDocument, check_document, check_operator
from tests.helpers import OTHER_BIN, VALID_BIN, make_operator


def good(**kw) -> OperatorInput:
    values = dict(
        code="senimkey",
        name_kk="«Senimkey» ЖШС",
        name_ru="ТОО «Senimkey»",
        reg_number=VALID_BIN,
        email="info@senimkey.kz",
        request_prefix="ДД",
    )
    values.update(kw)
    return OperatorInput(**values)


BAD = [
    ({"code": "Сенімкей"}, "code", "code_format", {}),
    ({"code": ""}, "code", "code_format", {}),
    ({"name_kk": "  "}, "name_kk", "required", {}),
    ({"name_ru": ""}, "name_ru", "required", {}),
    ({"country": "KAZ"}, "country", "country_format", {}),
    ({"reg_number": ""}, "reg_number", "required", {}),
    ({"reg_number": "26044002916x"}, "reg_number", "digits_only", {"char": "x"}),
    ({"reg_number": "2604400291"}, "reg_number", "length", {"given": 10}),
    ({"reg_number": "260440029160"}, "reg_number", "checksum", {"expected": 3}),
    ({"reg_kind": "INN", "reg_number": "59/04"}, "reg_number", "foreign_format", {}),
    ({"email": "info@senimkey"}, "email", "email_format", {}),
    ({"request_prefix": " "}, "request_prefix", "required", {}),
    ({"request_pattern": ""}, "request_pattern", "required", {}),
    ({"request_pattern": "{prefix}-{year}/{n}"}, "request_pattern", "unknown_placeholder", {}),
    ({"request_pattern": "{prefix}-{year}/{seq!r}"}, "request_pattern", "bad_spec", {}),
    ({"outgoing_pattern": "{prefix}-{year}"}, "outgoing_pattern", "no_seq", {}),
    ({"outgoing_pattern": "{prefix}-{seq}"}, "outgoing_pattern", "no_year", {}),
    ({"outgoing_pattern": "{prefix-{year}/{seq}"}, "outgoing_pattern", "pattern_syntax", {}),
]


@pytest.mark.parametrize("kw, field, code, params", BAD, ids=[f"{b[1]}-{b[2]}" for b in BAD])
def test_every_problem_has_a_code_and_agrees_with_the_service(kw, field, code, params):
    data = good(**kw)
    problems = check_operator(data)
    assert list(problems) == [field]
    assert problems[field].code == code
    for key, value in params.items():
        assert problems[field].params[key] == value
    with pytest.raises(DomainError) as err:
        operators.validate(dataclasses.replace(data))
    assert err.value.field == field
    assert err.value.reason == problems[field].reason


def test_placeholder_named_in_params():
    problems = check_operator(good(request_pattern="{prefix}-{year}/{n}"))
    assert problems["request_pattern"].params == {"name": "n"}


def test_all_problems_at_once_and_input_unchanged():
    data = good(code="", name_kk="", email="x", reg_number="123", request_pattern="{seq}")
    before = dataclasses.asdict(data)
    problems = check_operator(data)
    assert set(problems) == {"code", "name_kk", "email", "reg_number", "request_pattern"}
    assert dataclasses.asdict(data) == before


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"reg_number": " 2604 4002 9163 "},
        {"reg_kind": "inn", "country": "ru", "reg_number": "5904264782"},
        {"reg_kind": "INN", "reg_number": ""},
        {"email": ""},
        {"outgoing_pattern": "{prefix}/{yy}-{seq:05d}"},
    ],
)
def test_good_input_has_no_problem_and_the_service_accepts_it(kw):
    data = good(**kw)
    assert check_operator(data) == {}
    operators.validate(data)


def test_document_checks(tmp_path):
    assert check_document(NewDocument("Келісім")) == {}
    assert check_document(NewDocument(" "))["title_kk"].code == "required"
    missing = check_document(NewDocument("Келісім", file_path=str(tmp_path / "none.pdf")))
    assert missing["file"].code == "unreadable"


def test_document_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(profile, "MAX_FILE_BYTES", 10)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 11)
    assert check_document(NewDocument("Келісім", file_path=str(big)))["file"].code == "too_large"


def test_save_creates_with_documents_and_default(ctx, tmp_path):
    scan = tmp_path / "келісім.pdf"
    scan.write_bytes(b"%PDF-1.4 consent")
    first = profile.save(
        ctx,
        None,
        good(),
        [
            NewDocument("Келісім", "Согласие", "№ 1", dt.date(2025, 5, 21), text="Мәтін"),
            NewDocument("Саясат", file_path=str(scan)),
        ],
    )
    assert operators.default_operator_id(ctx) == first
    docs = operators.consent_documents(ctx, first)
    assert [d.title_kk for d in docs] == ["Келісім", "Саясат"]
    assert docs[0].effective_date == dt.date(2025, 5, 21)
    assert docs[1].file_name == "келісім.pdf"
    assert docs[1].file_data == b"%PDF-1.4 consent"

    second = profile.save(ctx, None, good(code="ipsm", reg_number=OTHER_BIN))
    assert operators.default_operator_id(ctx) == first
    profile.save(ctx, second, good(code="ipsm", reg_number=OTHER_BIN), make_default=True)
    assert operators.default_operator_id(ctx) == second
    rows = profile.overview(ctx)
    assert [(r.code, r.is_default, r.documents) for r in rows] == [
        ("senimkey", False, 2),
        ("ipsm", True, 0),
    ]


def test_save_writes_nothing_on_bad_input(ctx):
    with pytest.raises(DomainError) as err:
        profile.save(ctx, None, good(reg_number="260440029160"), [NewDocument("Келісім")])
    assert err.value.field == "reg_number"
    with pytest.raises(DomainError) as err:
        profile.save(ctx, None, good(), [NewDocument("")])
    assert err.value.field == "title_kk"
    assert operators.all_operators(ctx) == []
    assert settings.get(ctx, settings.DEFAULT_OPERATOR_KEY) is None


def test_save_update_round_trip(ctx):
    op = make_operator(ctx)
    data = profile.input_of(operators.get(ctx, op.id))
    data.name_kk = "«Сенімкей» ЖШС"
    data.systems = ["CRM", "Рассылки"]
    data.purposes = [{"kk": "Қызмет көрсету", "ru": "Оказание услуг"}]
    # a system named in one language is its Russian half; the Kazakh one is asked for
    with pytest.raises(DomainError) as err:
        profile.save(ctx, op.id, data)
    assert [(p.field, p.code, p.params["row"]) for p in err.value.problems] == [
        ("systems", "pair_missing_half", 1),
        ("systems", "pair_missing_half", 2),
    ]
    data.systems = [{"kk": "CRM", "ru": "CRM"}, {"kk": "Таратылымдар", "ru": "Рассылки"}]
    assert profile.save(ctx, op.id, data) == op.id
    loaded = profile.load(ctx, op.id)
    assert loaded.operator.name_kk == "«Сенімкей» ЖШС"
    assert loaded.operator.systems == data.systems
    assert loaded.operator.purposes == [{"kk": "Қызмет көрсету", "ru": "Оказание услуг"}]
    assert loaded.default_id == op.id
    assert loaded.count == 1
    empty = profile.load(ctx, None)
    assert empty.operator is None and empty.documents == []


def test_the_operators_listed_for_choosing_are_every_one_oldest_first(ctx):
    assert not operators.any_exists(ctx) and operators.listed(ctx) == []
    first = make_operator(ctx, short_name="Сенімкей")
    second = make_operator(ctx, code="second", reg_number=OTHER_BIN, short_name="")
    assert operators.any_exists(ctx)
    listed = operators.listed(ctx)
    assert [c.id for c in listed] == [first.id, second.id]
    assert [c.label for c in listed] == ["Сенімкей", second.name_kk]
    assert (listed[1].name_kk, listed[1].name_ru) == (second.name_kk, second.name_ru)
    assert operators.choices(ctx)[0] == listed
