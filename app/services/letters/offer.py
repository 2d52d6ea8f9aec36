"""Which letters a request may get, asked of the domain's rule (:mod:`app.domain.letter_rules`),
and what the prepare-letter window reads when it opens: plain data, never the table's rows.

The window, the batch, the template editor and the command line ask these; none keeps a list
of kinds of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, select

from app.domain.errors import DomainError, Problem
from app.domain.letter_rules import (
    Kind,
    KindVerdict,
    LetterFacts,
    check_kind,
    check_kind_for,
    kind_problems,
    letter_kinds,
    types_for_kind,
)
from app.services.context import Context
from app.services.letters.case import _request, facts_in
from app.services.letters.drafts import LetterInfo, final_pdf, info
from app.services.letters.languages import check_language
from app.storage import queries
from app.storage.models import Letter as LetterRow
from app.storage.models import Request


@dataclass(frozen=True)
class RequestBrief:
    """A request as a letter needs to name it."""

    id: int
    reg_number: str
    type: str
    status: str
    language: str  # of the incoming letter
    sender: str
    received_date: dt.date | None = None


@dataclass(frozen=True)
class LetterSetup:
    """What the prepare-letter window needs, read once when it opens (and when the case moves)."""

    request: RequestBrief
    facts: LetterFacts
    kinds: tuple[KindVerdict, ...]  # the kinds that answer the type, each with what stops it
    letter: LetterInfo | None = None  # the stored letter opened, if any
    final_pdf: bytes | None = None  # its PDF, checked against the SHA-256, when it is final
    final_problem: Problem | None = None  # why the final PDF cannot be shown


def brief(request: Request) -> RequestBrief:
    return RequestBrief(
        request.id,
        request.reg_number,
        request.type,
        request.status,
        request.language,
        request.sender,
        request.received_date,
    )


def facts(ctx: Context, request_id: int) -> LetterFacts:
    """What the letter-kind rule needs to know of a request."""
    with ctx.read() as session:
        return facts_in(session, request_id)


def check_allowed(ctx: Context, request_id: int, kind: str, language: str | None = None) -> Kind:
    """``kind`` when the request may get it now in ``language`` (default: the letter's own);
    else a :class:`DomainError` with every problem that stops it."""
    with ctx.read() as session:
        request = _request(session, request_id)
        found = facts_in(session, request_id)
    kind_ = check_kind_for(kind, found)
    return check_kind_for(kind_, found, check_language(request, kind_.value, language))


def kinds_of(ctx: Context, request_id: int) -> tuple[KindVerdict, ...]:
    """The kinds that answer the request's type, the likeliest first, each with its problems."""
    return letter_kinds(facts(ctx, request_id))


def setup(ctx: Context, request_id: int, letter_id: int | None = None) -> LetterSetup:
    """The request, its kinds and the operator's lists; with ``letter_id``, that stored letter
    (and, when final, its PDF checked against the SHA-256)."""
    with ctx.read() as session:
        request = _request(session, request_id)
        found = facts_in(session, request_id)
        letter = None
        if letter_id is not None:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise DomainError.at("letter", "letter_missing", id=letter_id)
            if row.request_id != request_id:
                raise DomainError.at("letter", "letter_other_request", id=letter_id)
            letter = info(row)
        result = LetterSetup(
            brief(request),
            found,
            letter_kinds(found),
            letter,
        )
    if letter is None or letter.finalized_at is None:
        return result
    try:
        return dataclasses.replace(result, final_pdf=final_pdf(ctx, letter.id))
    except DomainError as exc:
        return dataclasses.replace(result, final_problem=exc.first)


def batch_kinds(ctx: Context, request_ids: Iterable[int]) -> dict[str, int]:
    """For each kind, how many of the requests may get it now (requests gone are left out)."""
    counts = {k.value: 0 for k in Kind}
    with ctx.read() as session:
        for request_id in request_ids:
            try:
                found = facts_in(session, request_id)
            except DomainError:
                continue
            for kind in counts:
                if not kind_problems(kind, found):
                    counts[kind] += 1
    return counts


def briefs(ctx: Context, request_ids: Iterable[int]) -> dict[int, RequestBrief]:
    """The requests that still exist among ``request_ids``."""
    ids = list(request_ids)
    with ctx.read() as session:
        rows = session.exec(select(Request).where(Request.id.in_(ids))).all() if ids else []
        return {r.id: brief(r) for r in rows}


def sample_requests(ctx: Context, kind: str, language: str, limit: int = 40) -> list[RequestBrief]:
    """Recent requests that may get a letter of ``kind``, to try a template on: those of the
    types the kind answers likeliest first (the rule's order), the template's language before
    the other within each group, the latest first."""
    kind_ = check_kind(kind)
    with ctx.read() as session:
        found: list[RequestBrief] = []
        seen: set[int] = set()
        for types in (types_for_kind(kind_), ()):
            f = queries.RequestFilter(types=tuple(types), sort="received_date", descending=True)
            rows = list(session.exec(queries.request_select(f).limit(limit)).all())
            batch = [r for r in rows if r.id not in seen and _may_get(session, kind_, r.id)]
            batch.sort(key=lambda r: r.language != language)  # stable: recency kept
            seen.update(r.id for r in rows)
            found.extend(brief(r) for r in batch)
        return found


def _may_get(session: Session, kind: Kind, request_id: int) -> bool:
    return not kind_problems(kind, facts_in(session, request_id))
