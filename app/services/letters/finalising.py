"""Finalising: the next outgoing number, the final PDF with its SHA-256, the audit entry."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from app.domain.errors import DomainError
from app.domain.numbering import format_number
from app.letters.kinds import Kind, kind_label
from app.letters.pdf import render_pdf
from app.services import requests
from app.services.context import Context
from app.services.letters.compose import build, problems
from app.services.letters.drafts import IMMUTABLE, _row
from app.services.letters.options import LetterOptions
from app.storage import numbering
from app.storage.models import Letter as LetterRow
from app.storage.models import Operator, Request, utcnow

OUTGOING_SERIES = "outgoing"


@dataclass(frozen=True)
class Finalised:
    letter: LetterRow
    clock_stopped: bool = False
    clock_note: str = ""  # why the clock was not stopped, when it was not


def finalise(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None = None,
    *,
    body: str | None = None,
    options: LetterOptions | None = None,
    draft_id: int | None = None,
) -> Finalised:
    """Number the letter, store its final PDF with the SHA-256, audit it: one transaction.

    With ``draft_id`` that draft becomes the final letter (its text unless ``body`` is given).
    """
    options = options or LetterOptions()
    if draft_id is not None:
        with ctx.read() as session:
            draft = _row(session, draft_id)
        if draft.finalized_at is not None:
            raise DomainError(IMMUTABLE, "letter")
        if draft.request_id != request_id:
            raise DomainError(f"letter {draft_id} belongs to another request", "letter")
        body = draft.body if body is None else body
    letter = build(ctx, request_id, kind, language, body=body, options=options)
    found = problems(ctx, letter, request_id, options)
    if found:
        field, reason = found[0]
        raise DomainError(reason, field)
    today = ctx.today()
    with ctx.write() as w:
        request = w.session.get(Request, request_id)
        if request is None:
            raise DomainError(f"no request with id {request_id}", "request")
        operator = w.session.get(Operator, request.operator_id)
        if draft_id is not None:
            row = _row(w.session, draft_id)
            if row.finalized_at is not None:  # finalised by someone else meanwhile
                raise DomainError(IMMUTABLE, "letter")
        else:
            row = LetterRow(
                request_id=request.id,
                operator_id=operator.id,
                kind=letter.kind,
                language=letter.language,
            )
        year = today.year
        seq = numbering.allocate(w.session, operator.id, OUTGOING_SERIES, year)
        number = format_number(operator.outgoing_pattern, operator.request_prefix, year, seq)
        final = dataclasses.replace(
            letter,
            out_number=number,
            out_date=today,
            title=f"{kind_label(letter.kind, letter.language)} № {number}",
        )
        pdf = render_pdf(final)
        digest = hashlib.sha256(pdf).hexdigest()
        row.kind, row.language, row.body = letter.kind, letter.language, letter.body
        row.out_number, row.out_year, row.out_seq, row.out_date = number, year, seq, today
        row.pdf, row.sha256, row.finalized_at = pdf, digest, utcnow()
        w.session.add(row)
        w.session.flush()
        w.audit(
            "letter.finalise",
            "letter",
            row.id,
            None,
            {
                "request_id": request.id,
                "reg_number": request.reg_number,
                "kind": row.kind,
                "language": row.language,
                "out_number": number,
                "out_date": today,
                "sha256": digest,
                "bytes": len(pdf),
                "draft_id": draft_id,
            },
        )
    stopped, note = False, ""
    if letter.kind == Kind.CLARIFICATION and options.stop_clock:
        reason = options.question.strip() or f"clarification requested by letter {number}"
        try:
            requests.stop_clock(ctx, request_id, reason, today)
            stopped = True
        except DomainError as exc:
            note = str(exc)
    return Finalised(row, stopped, note)
