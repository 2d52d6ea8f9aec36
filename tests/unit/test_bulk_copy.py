"""The bulk insert writes what the ORM would read back, whatever the text holds: on PostgreSQL
COPY's text format is written column by column (backslashes, tabs and line breaks escaped, NULL,
booleans, dates and times, JSON), on SQLite executemany; both compared with the rows given."""

import datetime as dt

from sqlmodel import select

from app.storage import bulk
from app.storage.models import Subject, Withdrawal, WithdrawalStep
from tests.helpers import make_operator, register

ODD = ["a\\b", "tab\there", "two\nlines", "cr\r\n", "\\N", "", "Әлиева «Ұлжан»", "x\\\\ty"]


def test_text_nulls_dates_and_times_come_back_as_given(ctx):
    op = make_operator(ctx)
    stamp = dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)
    rows = [
        {
            "operator_id": op.id,
            "surname": f"Ким {n}",
            "given_name": ODD[n % len(ODD)],
            "address": ODD[(n + 3) % len(ODD)],
            "iin": None,
            "birth_date": None if n % 4 == 0 else dt.date(1990, 1, 1 + n % 28),
            "created_at": stamp + dt.timedelta(seconds=n),
            "updated_at": stamp,
            "version": n + 1,
            **bulk.subject_keys(f"Ким {n}", "", "", {}),
        }
        for n in range(25)
    ]
    with ctx.write() as w:
        assert bulk.insert(w.session.connection(), Subject, rows, batch=7) == 25
    with ctx.read() as s:
        got = s.exec(select(Subject).order_by(Subject.id)).all()
    for row, subject in zip(rows, got, strict=True):
        assert (subject.given_name, subject.address) == (row["given_name"], row["address"])
        assert subject.iin is None and subject.birth_date == row["birth_date"]
        assert subject.created_at.replace(tzinfo=dt.UTC) == row["created_at"]
        assert subject.version == row["version"]


def test_booleans_and_json_come_back_as_given(ctx):
    make_operator(ctx)
    rid = register(ctx).id
    members = [{"name": "Тab\tи \\ слеш", "position_kk": "a\nb", "position_ru": ""}]
    flow = {
        "id": 1,
        "request_id": rid,
        "signed": False,
        "identity_note": "line\nbreak\\",
        "consent_ids": [3, 1],
        "act_members": members,
        "effective_date": dt.date(2026, 5, 6),
    }
    with ctx.write() as w:
        connection = w.session.connection()
        first = bulk.reserve_ids(connection, Withdrawal.__table__, 1)
        flow["id"] = first
        bulk.insert(connection, Withdrawal, [flow])
        steps = [
            {"withdrawal_id": first, "request_id": rid, "step": "checks", "detail": d}
            for d in ({"signed": True, "note": "a\tb"}, {"x": None}, {})
        ]
        bulk.insert(connection, WithdrawalStep, steps)
        bulk.sync_sequence(connection, Withdrawal.__table__)
    with ctx.read() as s:
        got = s.get(Withdrawal, first)
        details = s.exec(
            select(WithdrawalStep.detail).where(WithdrawalStep.withdrawal_id == first)
            .order_by(WithdrawalStep.id)
        ).all()  # fmt: skip
    assert got.signed is False and got.identity_note == "line\nbreak\\"
    assert got.consent_ids == [3, 1] and got.act_members == members
    assert got.effective_date == dt.date(2026, 5, 6) and got.decided_at is None
    assert details == [s["detail"] for s in steps]


def test_a_slow_stream_is_not_cut_by_the_statement_timeout(ctx):
    """PostgreSQL: the import checks its file inside one COPY, so the connection's statement
    timeout must not cancel a COPY whose rows come slowly; it applies again after the COPY."""
    import time

    import pytest

    if ctx.db.engine.dialect.name != "postgresql":
        pytest.skip("a statement timeout is PostgreSQL's")
    op = make_operator(ctx)

    def slow():
        for n in range(3):
            time.sleep(0.4)  # the rows of a busy import: 1.2 s in all, past the 0.5 s timeout
            yield {"operator_id": op.id, "surname": f"Ким {n}", **bulk.subject_keys("", "", "", {})}

    with ctx.write() as w:
        connection = w.session.connection()
        connection.exec_driver_sql("SET LOCAL statement_timeout = '500ms'")
        assert bulk.insert(connection, Subject, slow(), batch=1) == 3
        assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "500ms"
    with ctx.read() as s:
        assert len(s.exec(select(Subject.id)).all()) == 3
