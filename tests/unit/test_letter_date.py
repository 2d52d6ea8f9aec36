"""The letter's own date (``request.letter_date``): its rule, its saving, migration 0017."""

import datetime as dt
import io

import pypdf
import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import select

from app.domain import request_input
from app.domain.errors import DomainError
from app.services import case_file, intake
from app.services.context import Context
from app.services.requests import NewRequest
from app.storage.models import Request
from app.storage.schema import alembic_config, upgrade
from tests.conftest import TODAY
from tests.helpers import make_operator

D = dt.date
RECEIVED = D(2026, 11, 2)


def letter(**kw) -> NewRequest:
    return NewRequest(
        type="consent_withdrawal", received=RECEIVED, sender="Қасымов Ерлан Бекұлы", **kw
    )


def _codes(data: NewRequest) -> dict[str, str]:
    return {p.field: p.code for p in request_input.problems(data, TODAY)}


def test_a_letter_date_on_or_before_the_received_date_is_accepted():
    assert "letter_date" not in _codes(letter(letter_date=D(2026, 10, 28)))
    assert "letter_date" not in _codes(letter(letter_date=RECEIVED))
    assert "letter_date" not in _codes(letter())  # optional


def test_a_letter_date_after_the_received_date_is_refused_at_its_field():
    assert _codes(letter(letter_date=D(2026, 11, 3))) == {"letter_date": "after_received"}


def test_a_letter_date_in_the_future_is_refused_at_its_field():
    found = request_input.problems(letter(letter_date=TODAY + dt.timedelta(days=1)), TODAY)
    assert [(p.field, p.code) for p in found] == [("letter_date", "future")]


def test_intake_saves_the_letter_date_and_reads_it_back(ctx):
    make_operator(ctx)
    done = intake.register_letter(ctx, letter(letter_date=D(2026, 10, 29), iin=""))
    with ctx.read() as session:
        row = session.get(Request, done.request_id)
    assert row.letter_date == D(2026, 10, 29)
    assert row.postmark_date is None  # the letter's date is not the envelope's stamp
    with pytest.raises(DomainError) as refused:
        intake.register_letter(ctx, letter(letter_date=D(2026, 11, 5)))
    assert [p.field for p in refused.value.problems] == ["letter_date"]


def test_migration_0017_adds_the_column_and_takes_it_away(db):
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016")
    with db.engine.connect() as conn:
        assert "letter_date" not in {c["name"] for c in sa.inspect(conn).get_columns("request")}
    upgrade(db)
    with db.engine.connect() as conn:
        assert "letter_date" in {c["name"] for c in sa.inspect(conn).get_columns("request")}
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    make_operator(ctx)
    done = intake.register_letter(ctx, letter(letter_date=D(2026, 10, 30)))
    with ctx.read() as session:
        got = session.exec(select(Request.letter_date).where(Request.id == done.request_id))
        assert got.one() == D(2026, 10, 30)


def test_the_case_file_lists_the_letters_date_in_kazakh_and_russian(ctx):
    make_operator(ctx)
    done = intake.register_letter(ctx, letter(letter_date=D(2026, 10, 29), language="kk"))
    for lang, label in (("kk", "Хаттың күні"), ("ru", "Дата письма")):
        reader = pypdf.PdfReader(io.BytesIO(case_file.build(ctx, done.request_id, lang)))
        whole = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        assert f"{label} 29.10.2026" in whole or (label in whole and "29.10.2026" in whole)
