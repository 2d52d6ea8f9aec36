"""The letter clauses of the register's filter: where a request's letters stand (the
dashboard's letter tiles) and a letter's dispatch state (the Outgoing lists), as SQL."""

from __future__ import annotations

from sqlalchemy import Boolean, and_, any_, false, func, or_, true
from sqlalchemy import select as sa_select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlmodel import col, select

from app.domain.dashboard import ANSWER_KINDS, SENDABLE_KINDS, LetterStage
from app.domain.dispatch import Method, State
from app.domain.requests import FINAL_STATUSES, Status
from app.storage.models import Letter, Request


class _Unindexed(ColumnElement):
    """A column that SQLite must not choose an index for (written ``+column``: the unary
    plus keeps its value and hides the index); other databases read the column as it is."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _unindexed(element, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(_Unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw):
    return "+" + compiler.process(element.column, **kw)


def letter_stage_clause(stage: LetterStage):
    """The requests whose letters stand at ``stage`` (the dashboard's letter tiles): the flags
    the letters keep on their request (migration 0019) read with its status, or the unposted
    letters' requests (by the sent-on index). "To post" and "awaiting delivery" are the
    requests with a letter in that :class:`~app.domain.dispatch.State`: the Outgoing screen's
    lists, counted by request."""
    if stage is LetterStage.TO_PRINT:
        # the answer is ready but no final answer letter exists yet: the flag its letters keep
        # (migration 0019's triggers, :func:`final_answer`), one range of ix_request_answer
        return and_(Request.answer_final == false(), Request.status == Status.ANSWER_READY.value)
    if stage is LetterStage.TO_POST:
        unposted = select(Letter.request_id).where(_letter_state(State.TO_POST))
        return _IdAmong(Request.id, unposted.correlate(None))
    # AWAITING_DELIVERY: the request is not ended and one of its letters awaits its notice:
    # the flag its letters keep (migration 0019's triggers), one range of ix_request_notice.
    # Most letters without a notice belong to requests already ended: looking at every such
    # letter read more of them each year
    return and_(Request.notice_awaited == true(), col(Request.status).in_(_NOT_ENDED))


def final_answer():
    """A letter that answers its request, final (what ``request.answer_final`` keeps)."""
    return and_(col(Letter.finalized_at).is_not(None), col(Letter.kind).in_(sorted(ANSWER_KINDS)))


class _IdAmong(ColumnElement):
    """``column IN (ids)``; on PostgreSQL ``column = ANY(ARRAY(ids))``: the planner, guessing
    the few ids many, hashed them and read every request (125 ms of 200 000); the array is
    read first and each id looked up in the primary key (12 ms)."""

    inherit_cache = True
    type = Boolean()
    # a comparison, not a boolean column: without this SQLite's WHERE reads
    # ``(id IN (...)) = 1``, which no index answers (every request was read, 120 ms)
    _is_implicitly_boolean = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column, ids):
        self.column, self.ids = column, ids


@compiles(_IdAmong)
def _id_among(element, compiler, **kw):
    return compiler.process(col(element.column).in_(element.ids), **kw)


@compiles(_IdAmong, "postgresql")
def _id_among_pg(element, compiler, **kw):
    found = func.array(element.ids.scalar_subquery())
    return compiler.process(element.column == any_(found), **kw)


_ENDED = sorted(s.value for s in FINAL_STATUSES)
_NOT_ENDED = sorted(s.value for s in Status if s not in FINAL_STATUSES)


def _letter_state(state: State):
    """The letter's own part of ``state`` (its request's status aside)."""
    final = and_(
        col(Letter.finalized_at).is_not(None),
        col(Letter.out_number).is_not(None),
        Letter.series == "out",
        col(Letter.kind).in_(sorted(SENDABLE_KINDS)),
    )
    if state is State.TO_POST:
        return and_(final, col(Letter.sent_on).is_(None))
    if state is State.DONE:
        return and_(
            final, or_(col(Letter.delivered_on).is_not(None), col(Letter.returned_on).is_not(None))
        )
    sent = and_(
        final,
        col(Letter.sent_on).is_not(None),
        col(Letter.delivered_on).is_(None),
        col(Letter.returned_on).is_(None),
    )
    if state is State.AWAITING:
        return and_(sent, Letter.method == Method.REGISTERED.value)
    return sent  # POSTED, before its request's part


def letter_state_clause(state: State | str):
    """The final letters to the subject in ``state``: the SQL of
    :func:`app.domain.dispatch.state_of` (a registered letter awaits its notice only while its
    request has not ended; once it has, it counts as posted)."""
    state = State(state)
    request = aliased(Request)
    ended = (
        sa_select(request.id)
        .where(request.id == Letter.request_id, col(request.status).in_(_ENDED))
        .correlate(Letter)
        .exists()
    )
    if state is State.AWAITING:
        return and_(_letter_state(state), ~ended)
    if state is State.POSTED:
        awaited = Letter.method == Method.REGISTERED.value
        return and_(_letter_state(state), or_(~awaited, ended))
    return _letter_state(state)
