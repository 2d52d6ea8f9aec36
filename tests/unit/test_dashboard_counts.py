"""The dashboard's counts in one statement are what each filter counts alone, and the
"overdue" tile's two ranges (due before today; extended late) keep the status filter in each,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from app.services import register, requests
from app.storage import queries
from app.storage.queries import RequestFilter
from tests.helpers import make_operator
from tests.helpers import register as reg

D = dt.date


def test_counts_in_one_statement_equal_each_count(ctx):
    op = make_operator(ctx)
    late = reg(ctx, received=D(2026, 9, 1), registered=D(2026, 9, 1), sender="Петров Сергей")
    reg(ctx, received=D(2026, 11, 16), sender="Әлиев Нұрлан")
    requests.change_status(ctx, late.id, "in_progress")
    filters = {
        "all": RequestFilter(),
        "open": RequestFilter(open_only=True),
        "overdue": RequestFilter(open_only=True, breached_before=D(2026, 11, 20)),
        "in_progress": RequestFilter(statuses=("in_progress",), operator_id=op.id),
        "nobody": RequestFilter(assignee="someone"),
        "search": RequestFilter(search="Петров"),  # a name search: counted its own way
        "to_print": RequestFilter(letters="to_print"),
        "awaiting": RequestFilter(letters="awaiting_delivery"),
    }
    with ctx.read() as session:
        one = queries.counts(session, filters)
        alone = {k: queries.count(session, f) for k, f in filters.items()}
        assert queries.counts(session, {}) == {}
    assert one == alone
    assert list(one) == list(filters)
    assert (one["all"], one["open"], one["overdue"], one["search"]) == (2, 2, 1, 1)


def test_an_extended_late_request_is_overdue_only_while_open(ctx):
    make_operator(ctx)
    r = reg(ctx, received=D(2026, 9, 1), registered=D(2026, 9, 1))
    requests.extend(ctx, r.id, reason_ru="Запрос в архив", new_due=D(2026, 11, 27))
    in_time = reg(ctx, received=D(2026, 11, 16))
    board = register.dashboard(ctx)
    assert board.overdue == 1
    assert register.ids(ctx, register.Criteria(urgency="overdue")) == [r.id]
    # the late arm checks the status too: answer ready is open, sent is not
    for status in ("in_progress", "answer_ready"):
        requests.change_status(ctx, r.id, status)
        assert register.dashboard(ctx).overdue == 1, status
    requests.change_status(ctx, r.id, "sent")
    assert register.dashboard(ctx).overdue == 0
    assert register.ids(ctx, register.Criteria(urgency="overdue")) == []
    # the same filter with a status of its own (the register's status and urgency together)
    f = register.to_filter(ctx, register.Criteria(urgency="overdue", status="sent"))
    with ctx.read() as session:
        assert queries.count(session, f) == 0  # open only and sent: nothing
    assert requests.get(ctx, in_time.id).status == "registered"


def test_the_letter_clauses_compare_on_sqlite():
    """``id IN (...)`` is a comparison: SQLite's WHERE must not read it ``(…) = 1`` (no index
    answers that: every request was read)."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    from app.domain.dashboard import LetterStage
    from app.storage.letter_clauses import letter_stage_clause
    from app.storage.models import Request

    for stage in LetterStage:
        stmt = select(func.count()).select_from(Request).where(letter_stage_clause(stage))
        sql = str(stmt.compile(dialect=sqlite.dialect()))
        assert not sql.rstrip().endswith("= 1"), (stage, sql)
        assert ") = 1" not in sql, (stage, sql)
