"""The refusal's ground in detail and the destruction act's system notes in Kazakh and in
Russian (issue 12): the domain's rule, the services that record them, the letters that print
the half of their language (and are refused without it), migration 0015 on SQLite and
PostgreSQL; and completing an extension whose reason lacks a half."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import select

from app.domain import text_pairs
from app.domain.data_map import Pair
from app.domain.errors import DomainError
from app.services import audit, letters, requests, withdrawal
from app.services.context import Context
from app.services.versions import Conflict
from app.storage.models import ExtensionRow, Withdrawal, WithdrawalSystem
from app.storage.schema import alembic_config, upgrade
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.unit.test_withdrawal_service import ACT
from tests.withdrawal_case import RECEIVED, make_withdrawal_case

DETAIL_KK = "2025 жылғы 3 наурыздағы № 77 кредиттік шарт бойынша өтелмеген берешек"
DETAIL_RU = "непогашенная задолженность по кредитному договору № 77 от 3 марта 2025 года"
NOTE_KK = "Деректер сақтық көшірмеден де жойылды"
NOTE_RU = "Данные удалены также из резервной копии"


def _codes(found) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in found]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


# --- the rule --------------------------------------------------------------------------------


def test_the_ground_needs_the_half_its_refusal_prints_in_that_language():
    g = text_pairs.GROUND_DETAIL

    def check(kk, ru, language):
        return _codes(
            text_pairs.pair_problems(kk, ru, language, g, required_code="ground_detail_required")
        )

    assert check("", "", "ru") == [("ground_detail_ru", "ground_detail_required")]
    assert check("", "", "kk") == [("ground_detail_kk", "ground_detail_required")]
    assert check(DETAIL_KK, "", "ru") == [("ground_detail_ru", "half_missing")]
    assert check("", DETAIL_RU, "kk") == [("ground_detail_kk", "half_missing")]
    assert check(DETAIL_KK, "", "kk") == [] and check("", DETAIL_RU, "ru") == []
    assert check("", DETAIL_RU, "bi") == [("ground_detail_kk", "half_missing")]
    assert check(DETAIL_RU, DETAIL_KK, "kk") == [
        ("ground_detail_kk", "russian_words"),
        ("ground_detail_ru", "kazakh_words"),
    ]


def test_a_system_note_is_optional_but_once_written_needs_the_letters_half():
    n = text_pairs.NOTE
    assert text_pairs.pair_problems("", "", "ru", n) == []
    assert _codes(text_pairs.pair_problems(NOTE_KK, "", "ru", n)) == [("note_ru", "half_missing")]
    assert _codes(text_pairs.pair_problems(NOTE_RU, "", "kk", n)) == [("note_kk", "russian_words")]
    assert text_pairs.letter_problems("", "", "kk", n, "act_note_half_missing", optional=True) == []
    assert _codes(
        text_pairs.letter_problems("", NOTE_RU, "kk", n, "act_note_half_missing", optional=True)
    ) == [("note_kk", "act_note_half_missing")]


# --- the services ----------------------------------------------------------------------------


def _checked(ctx):
    c = make_withdrawal_case(ctx)  # a letter in Russian
    withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    return c


def test_decide_records_both_halves_and_refuses_a_missing_one(ctx):
    c = _checked(ctx)
    with pytest.raises(DomainError) as err:
        withdrawal.decide(ctx, c.request_id, "refused", "obligation", detail_kk=DETAIL_KK)
    assert _codes(err.value.problems) == [("ground_detail_ru", "half_missing")]
    with pytest.raises(TypeError):  # one positional detail no longer lands in a half unseen
        withdrawal.decide(ctx, c.request_id, "refused", "obligation", DETAIL_RU)
    v = withdrawal.decide(
        ctx, c.request_id, "refused", "obligation", detail_kk=f" {DETAIL_KK} ", detail_ru=DETAIL_RU
    )
    assert v.facts.ground_detail == Pair(DETAIL_KK, DETAIL_RU)
    with ctx.read() as session:
        row = session.exec(select(Withdrawal).where(Withdrawal.request_id == c.request_id)).one()
    assert (row.ground_detail_kk, row.ground_detail_ru) == (DETAIL_KK, DETAIL_RU)
    entry = next(e for e in audit.recent(ctx) if e.action == "withdrawal.decide")
    after = json.loads(entry.after)
    assert (after["detail_kk"], after["detail_ru"]) == (DETAIL_KK, DETAIL_RU)


def test_the_refusal_prints_the_half_of_its_language_only(ctx):
    c = _checked(ctx)
    withdrawal.decide(
        ctx, c.request_id, "refused", "obligation", detail_kk=DETAIL_KK, detail_ru=DETAIL_RU
    )
    kk = letters.build(ctx, c.request_id, "refusal", "kk")
    ru = letters.build(ctx, c.request_id, "refusal", "ru")
    assert DETAIL_KK in kk.body and DETAIL_RU not in kk.body
    assert DETAIL_RU in ru.body and DETAIL_KK not in ru.body
    text = pdf_text(letters.render(kk, "pdf"))
    assert "өтелмеген берешек" in text
    assert "задолженность" not in text and "кредитному" not in text


def test_a_refusal_whose_half_is_missing_is_refused_never_borrowed(ctx):
    c = _checked(ctx)
    withdrawal.decide(ctx, c.request_id, "refused", "obligation", detail_ru=DETAIL_RU)
    assert DETAIL_RU in letters.build(ctx, c.request_id, "refusal", "ru").body
    with pytest.raises(DomainError) as err:
        letters.build(ctx, c.request_id, "refusal", "kk")
    assert _codes(err.value.problems) == [("ground_detail_kk", "refusal_half_missing")]


def _worked(ctx, notes: dict[int, Pair]):
    c = _checked(ctx)
    v = withdrawal.decide(ctx, c.request_id, "accepted")
    v = withdrawal.set_effective(ctx, c.request_id, RECEIVED)
    for n, s in enumerate(v.systems):
        note = notes.get(n, Pair())
        v = withdrawal.set_system(
            ctx, c.request_id, s.id, done=True, done_on=RECEIVED, note_kk=note.kk, note_ru=note.ru
        )
    for o in v.outcomes:
        withdrawal.set_outcome(ctx, c.request_id, o.id, outcome="destroyed")
    withdrawal.set_act(ctx, c.request_id, ACT)
    return c


def test_the_act_prints_each_note_in_its_own_language(ctx):
    c = _worked(ctx, {1: Pair(NOTE_KK, NOTE_RU)})
    with ctx.read() as session:
        rows = session.exec(select(WithdrawalSystem).order_by(WithdrawalSystem.id)).all()
    assert [(r.note_kk, r.note_ru) for r in rows] == [("", ""), (NOTE_KK, NOTE_RU)]
    kk = letters.build(ctx, c.request_id, "destruction-act", "kk")
    ru = letters.build(ctx, c.request_id, "destruction-act", "ru")
    assert NOTE_KK in kk.body and NOTE_RU not in kk.body
    assert NOTE_RU in ru.body and NOTE_KK not in ru.body
    text = pdf_text(letters.render(kk, "pdf"))
    assert "сақтық көшірмеден" in text and "резервной" not in text


def test_a_note_without_the_acts_half_is_refused(ctx):
    c = _worked(ctx, {0: Pair("", NOTE_RU)})
    with pytest.raises(DomainError) as err:
        letters.build(ctx, c.request_id, "destruction-act", "kk")
    assert _codes(err.value.problems) == [("note_kk", "act_note_half_missing")]
    assert NOTE_RU in letters.build(ctx, c.request_id, "destruction-act", "ru").body
    v = withdrawal.view(ctx, c.request_id)
    with pytest.raises(DomainError) as err:  # a Russian letter: the Russian half is needed
        withdrawal.set_system(
            ctx, c.request_id, v.systems[0].id, done=True, done_on=RECEIVED, note_kk=NOTE_KK
        )
    assert _codes(err.value.problems) == [("note_ru", "half_missing")]


# --- completing an extension's reason --------------------------------------------------------

EXT_KK = "Деректер үшінші тұлғадан (архивтен) сұратылды"
EXT_RU = "Сведения запрошены у третьего лица (из архива)"


def test_complete_extension_reason_adds_the_missing_half_audited_and_version_checked(ctx):
    make_operator(ctx)
    r = reg(ctx, language="ru", signed=True)
    requests.extend(ctx, r.id, reason_ru=EXT_RU, days=5)
    with pytest.raises(DomainError):
        letters.build(ctx, r.id, "extension", "kk")
    current = requests.get(ctx, r.id)
    with pytest.raises(Conflict):  # a version the officer did not see: refused, nothing written
        requests.complete_extension_reason(
            ctx, r.id, reason_kk=EXT_KK, reason_ru=EXT_RU, seen=current.version - 1
        )
    with pytest.raises(DomainError) as err:  # both halves, each in its language
        requests.complete_extension_reason(
            ctx, r.id, reason_kk=EXT_RU, reason_ru=EXT_RU, seen=current.version
        )
    assert _codes(err.value.problems) == [("reason_kk", "russian_words")]
    due = current.due_date
    done = requests.complete_extension_reason(
        ctx, r.id, reason_kk=EXT_KK, reason_ru=EXT_RU, seen=current.version
    )
    assert done.version == current.version + 1 and done.due_date == due
    with ctx.read() as session:
        row = session.exec(select(ExtensionRow).where(ExtensionRow.request_id == r.id)).one()
    assert (row.reason_kk, row.reason_ru) == (EXT_KK, EXT_RU)
    entry = next(e for e in audit.recent(ctx) if e.action == "request.extension_reason")
    assert json.loads(entry.before) == {"reason_kk": "", "reason_ru": EXT_RU}
    assert json.loads(entry.after)["reason_kk"] == EXT_KK
    body = letters.build(ctx, r.id, "extension", "kk").body
    assert EXT_KK in body and EXT_RU not in body


def test_complete_extension_reason_without_an_extension_is_refused(ctx):
    make_operator(ctx)
    r = reg(ctx, language="ru", signed=True)
    with pytest.raises(DomainError) as err:
        requests.complete_extension_reason(ctx, r.id, reason_kk=EXT_KK, reason_ru=EXT_RU)
    assert _codes(err.value.problems) == [("reason_kk", "no_extension")]


# --- migration 0015 --------------------------------------------------------------------------


def test_the_migration_moves_each_text_into_its_half_and_back(db):
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    refused = _checked(ctx)
    withdrawal.decide(
        ctx, refused.request_id, "refused", "law", detail_kk=DETAIL_KK, detail_ru=DETAIL_RU
    )
    cfg = alembic_config()
    with db.engine.begin() as conn:  # back to 0015: one text each
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0015")
    with db.engine.connect() as conn:
        inspector = sa.inspect(conn)
        columns = {c["name"] for c in inspector.get_columns("withdrawal")}
        system_columns = {c["name"] for c in inspector.get_columns("withdrawal_system")}
        got = conn.exec_driver_sql("SELECT ground_detail FROM withdrawal").scalar_one()
    assert "ground_detail" in columns and "ground_detail_kk" not in columns
    assert "note" in system_columns and "note_ru" not in system_columns
    assert got == f"{DETAIL_KK} / {DETAIL_RU}"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE withdrawal SET ground_detail = {_lit(DETAIL_RU)}")
        ids = [x for (x,) in conn.exec_driver_sql("SELECT id FROM withdrawal_system ORDER BY id")]
        texts = [NOTE_KK, NOTE_RU]
        for system_id, text in zip(ids, texts, strict=False):
            conn.exec_driver_sql(
                f"UPDATE withdrawal_system SET note = {_lit(text)} WHERE id = {system_id}"
            )
    upgrade(db)
    with ctx.read() as session:
        row = session.exec(select(Withdrawal)).one()
        systems = session.exec(select(WithdrawalSystem).order_by(WithdrawalSystem.id)).all()
    assert (row.ground_detail_kk, row.ground_detail_ru) == ("", DETAIL_RU)
    assert [(s.note_kk, s.note_ru) for s in systems] == [(NOTE_KK, ""), ("", NOTE_RU)]
    with db.engine.connect() as conn:
        assert "ground_detail" not in {
            c["name"] for c in sa.inspect(conn).get_columns("withdrawal")
        }
    # the moved Russian text: the Russian refusal prints it, the Kazakh one is refused
    assert DETAIL_RU in letters.build(ctx, refused.request_id, "refusal", "ru").body
    with pytest.raises(DomainError):
        letters.build(ctx, refused.request_id, "refusal", "kk")


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
