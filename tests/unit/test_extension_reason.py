"""The extension's reason in Kazakh and in Russian (issue 12): the domain's rule of the halves,
the service that records them, the notice that prints the half of its language (and is refused
without it), and migration 0014 that split the one reason of old, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json

import pypdf
import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import select

from app.domain import extension_reason as rule
from app.domain.errors import DomainError
from app.services import audit, letters, requests
from app.services.context import Context
from app.storage.models import ExtensionRow
from app.storage.schema import alembic_config, upgrade
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg

KK = "Деректер үшінші тұлғадан (архивтен) сұратылды"
RU = "Сведения запрошены у третьего лица (из архива)"


def _codes(found) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in found]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


# --- the rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (KK, "kk"),
        ("Тексеру мерзімі ұзартылды", "kk"),
        ("Мұрағаттан жауап күтілуде", "kk"),
        (RU, "ru"),
        ("Требуется дополнительная проверка", "ru"),
        ("Запрос в ТОО «Қазпошта» о сведениях", "ru"),  # a Kazakh proper name in Russian
        ("GDPR art. 12(3)", ""),
        ("", ""),
    ],
)
def test_a_reason_reads_as_the_language_of_its_words(text, language):
    assert rule.reads_as(text) == language


def test_the_half_the_letter_needs_is_required_and_the_other_is_offered():
    assert rule.letter_languages("kk") == ("kk",)
    assert rule.letter_languages("ru") == ("ru",)
    assert rule.letter_languages("other") == ("kk",)  # answered in Kazakh
    assert rule.letter_languages("bi") == ("kk", "ru")
    assert rule.reason_problems(KK, "", "kk") == []
    assert rule.reason_problems("", RU, "ru") == []
    assert rule.reason_problems(KK, RU, "ru") == []
    assert _codes(rule.reason_problems(KK, "", "ru")) == [("reason_ru", "half_missing")]
    assert _codes(rule.reason_problems("", RU, "kk")) == [("reason_kk", "half_missing")]
    assert _codes(rule.reason_problems("", RU, "bi")) == [("reason_kk", "half_missing")]
    assert _codes(rule.reason_problems("  ", "\n", "ru")) == [
        ("reason_ru", "extension_reason_required")
    ]


def test_a_half_in_the_other_language_is_refused_with_its_words_named():
    [found] = rule.reason_problems(RU, "", "kk")
    assert (found.field, found.code) == ("reason_kk", "russian_words")
    assert "«запрошены»" in found.params["words"] and "«из»" in found.params["words"]
    [found] = rule.reason_problems("", KK, "ru")
    assert (found.field, found.code) == ("reason_ru", "kazakh_words")
    assert "«сұратылды»" in found.params["words"]
    # the operator profile's office words, even in a Kazakh sentence
    [found] = rule.reason_problems("Деректер ТОО «Архив» ұйымынан сұратылды", "", "kk")
    assert (found.code, found.params["words"]) == ("russian_words", "«ТОО»")
    # a text of neither language's words is taken in either half
    assert rule.reason_problems("GDPR art. 12(3)", "GDPR art. 12(3)", "bi") == []
    # a short Kazakh text with no Kazakh letter is not mistaken for Russian
    assert rule.reason_problems("Тексеру керек", "", "kk") == []


def test_a_letter_needs_the_half_of_its_language():
    assert rule.letter_problems(KK, "", "kk") == []
    assert _codes(rule.letter_problems(KK, "", "ru")) == [("reason_ru", "extension_half_missing")]
    assert _codes(rule.letter_problems("", RU, "bi")) == [("reason_kk", "extension_half_missing")]


@pytest.mark.parametrize(
    ("reason", "halves"),
    [
        (KK, (KK, "")),
        (RU, ("", RU)),
        ("  the archive is far  ", ("the archive is far", "the archive is far")),
        ("", ("", "")),
    ],
)
def test_one_reason_of_old_goes_into_the_half_its_words_say(reason, halves):
    assert rule.halves(reason) == halves


# --- the service -----------------------------------------------------------------------------


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


def test_extend_records_both_halves_and_audits_them(ctx, op):
    r = reg(ctx, language="ru", signed=True)
    requests.extend(ctx, r.id, reason_kk=f"  {KK} ", reason_ru=RU, days=5)
    with ctx.read() as session:
        row = session.exec(select(ExtensionRow).where(ExtensionRow.request_id == r.id)).one()
    assert (row.reason_kk, row.reason_ru) == (KK, RU)
    assert row.reason_in("kk") == KK and row.reason_in("ru") == RU
    assert row.reason == f"{KK} / {RU}"  # both, for a reader of either language
    entry = next(e for e in audit.recent(ctx) if e.action == "request.extend")
    after = json.loads(entry.after)
    assert (after["reason_kk"], after["reason_ru"]) == (KK, RU)
    [event] = [e for e in requests.timeline(ctx, r.id) if e.kind == "extension"]
    assert KK in event.reason and RU in event.reason


def test_extend_refuses_a_missing_or_foreign_half_and_writes_nothing(ctx, op):
    r = reg(ctx, language="ru", signed=True)
    before = requests.get(ctx, r.id)
    with pytest.raises(DomainError) as err:  # a Russian letter: the Russian half is needed
        requests.extend(ctx, r.id, reason_kk=KK, days=5)
    assert _codes(err.value.problems) == [("reason_ru", "half_missing")]
    with pytest.raises(DomainError) as err:  # the halves swapped
        requests.extend(ctx, r.id, reason_kk=RU, reason_ru=KK, days=5)
    assert _codes(err.value.problems) == [
        ("reason_kk", "russian_words"),
        ("reason_ru", "kazakh_words"),
    ]
    with pytest.raises(DomainError) as err:  # a bilingual notice needs both
        requests.extend(ctx, r.id, reason_ru=RU, days=5, letter_language="bi")
    assert _codes(err.value.problems) == [("reason_kk", "half_missing")]
    after = requests.get(ctx, r.id)
    assert (after.due_date, after.version) == (before.due_date, before.version)
    with pytest.raises(TypeError):  # one positional reason no longer lands in a half unseen
        requests.extend(ctx, r.id, RU, days=5)


# --- the notice ------------------------------------------------------------------------------


def test_the_notice_prints_the_half_of_its_language_and_refuses_a_missing_one(ctx, op):
    r = reg(ctx, language="ru", signed=True)
    requests.extend(ctx, r.id, reason_kk=KK, reason_ru=RU, days=5)
    kk = letters.build(ctx, r.id, "extension", "kk")
    ru = letters.build(ctx, r.id, "extension", "ru")
    bi = letters.build(ctx, r.id, "extension", "bi")
    assert KK in kk.body and RU not in kk.body
    assert RU in ru.body and KK not in ru.body
    kk_part, ru_part = bi.body.split("\n---\n")
    assert KK in kk_part and RU not in kk_part
    assert RU in ru_part and KK not in ru_part
    text = pdf_text(letters.render(kk, "pdf"))
    assert "үшінші тұлғадан" in text
    assert "третьего" not in text and "Сведения" not in text

    only_ru = reg(ctx, language="ru", signed=True)
    requests.extend(ctx, only_ru.id, reason_ru=RU, days=5)
    assert RU in letters.build(ctx, only_ru.id, "extension", "ru").body
    for language in ("kk", "bi"):  # Kazakh is always offered: refused, never borrowed
        with pytest.raises(DomainError) as err:
            letters.build(ctx, only_ru.id, "extension", language)
        assert _codes(err.value.problems) == [("reason_kk", "extension_half_missing")]


def test_a_later_extension_is_the_one_the_notice_prints(ctx, op):
    r = reg(ctx, language="kk", signed=True)
    requests.extend(ctx, r.id, reason_kk="Бірінші себеп: мұрағат", days=5)
    requests.extend(ctx, r.id, reason_kk=KK, days=5)
    body = letters.build(ctx, r.id, "extension", "kk").body
    assert KK in body and "Бірінші себеп" not in body


# --- migration 0014 --------------------------------------------------------------------------


def _param(db) -> str:
    return "%s" if db.engine.dialect.name == "postgresql" else "?"


def test_the_migration_moves_the_reason_into_its_half_and_back(db):
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    make_operator(ctx)
    reasons = {"kk": KK, "ru": RU, "neither": "the archive is far"}
    ids = {}
    for key in reasons:
        r = reg(ctx, language="ru", signed=True)  # answered in Kazakh or in Russian
        requests.extend(ctx, r.id, reason_ru=RU, days=5)
        ids[key] = r.id
    cfg = alembic_config()
    with db.engine.begin() as conn:  # back to 0013: one reason
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("extension")}
    assert "reason" in columns and "reason_kk" not in columns and "reason_ru" not in columns
    with db.engine.begin() as conn:
        for key, reason in reasons.items():
            conn.exec_driver_sql(
                f"UPDATE extension SET reason = {_param(db)} WHERE request_id = {_param(db)}",
                (reason, ids[key]),
            )
    upgrade(db)
    with ctx.read() as session:
        rows = {
            r.request_id: (r.reason_kk, r.reason_ru)
            for r in session.exec(select(ExtensionRow)).all()
        }
    assert rows[ids["kk"]] == (KK, "")
    assert rows[ids["ru"]] == ("", RU)
    assert rows[ids["neither"]] == ("the archive is far", "the archive is far")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("extension")}
    assert "reason" not in columns
    # the Russian one's notice now prints its half in Russian and refuses a Kazakh one
    assert RU in letters.build(ctx, ids["ru"], "extension", "ru").body
    with pytest.raises(DomainError):
        letters.build(ctx, ids["ru"], "extension", "kk")
    # and down again: the halves become one reason
    with ctx.write() as w:
        row = w.session.exec(select(ExtensionRow).where(ExtensionRow.request_id == ids["kk"])).one()
        row.reason_ru = RU
        w.session.add(row)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    with db.engine.connect() as conn:
        got = dict(conn.exec_driver_sql("SELECT request_id, reason FROM extension").all())
    assert got[ids["kk"]] == f"{KK} / {RU}"
    assert got[ids["ru"]] == RU
    assert got[ids["neither"]] == "the archive is far"
    upgrade(db)


def test_extension_dates_are_kept_by_the_migration(db):
    """The split touches the reason only: days, due date and lateness stay as granted."""
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    make_operator(ctx)
    r = reg(ctx, language="kk", signed=True, received=dt.date(2026, 11, 2))
    requests.extend(ctx, r.id, reason_kk=KK, days=7)
    with ctx.read() as session:
        before = session.exec(select(ExtensionRow)).one()
        before = (before.days, before.new_due, before.late_days, before.granted_on)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    upgrade(db)
    with ctx.read() as session:
        after = session.exec(select(ExtensionRow)).one()
    assert (after.days, after.new_due, after.late_days, after.granted_on) == before
    assert (after.reason_kk, after.reason_ru) == (KK, "")
