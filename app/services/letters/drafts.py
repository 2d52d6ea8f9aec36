"""Drafts the officer keeps, and the stored letters of a request (final ones never change)."""

from __future__ import annotations

import hashlib

from sqlmodel import Session, select

from app.domain.errors import DomainError
from app.services.context import Context
from app.services.letters.compose import build, render
from app.services.letters.languages import check_format, check_kind, check_language
from app.storage.models import Letter as LetterRow
from app.storage.models import Request

IMMUTABLE = "a finalised letter is never changed; a correction is a new letter"


# --- drafts and final letters ------------------------------------------------------------


def _row(session: Session, letter_id: int) -> LetterRow:
    row = session.get(LetterRow, letter_id)
    if row is None:
        raise DomainError(f"no letter with id {letter_id}", "letter")
    return row


def _draft_snapshot(row: LetterRow) -> dict:
    return {
        "request_id": row.request_id,
        "kind": row.kind,
        "language": row.language,
        "body": row.body,
    }


def save_draft(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None,
    body: str,
    draft_id: int | None = None,
) -> LetterRow:
    """Keep the officer's edited text; a new draft, or ``draft_id`` updated. Never a final one."""
    kind_ = check_kind(kind)
    with ctx.write() as w:
        request = w.session.get(Request, request_id)
        if request is None:
            raise DomainError(f"no request with id {request_id}", "request")
        language = check_language(request, kind_.value, language)
        if draft_id is None:
            row = LetterRow(
                request_id=request.id,
                operator_id=request.operator_id,
                kind=kind_.value,
                language=language,
                body=body,
            )
            before = None
        else:
            row = _row(w.session, draft_id)
            if row.finalized_at is not None:
                raise DomainError(IMMUTABLE, "letter")
            if row.request_id != request.id:
                raise DomainError(f"letter {draft_id} belongs to another request", "letter")
            before = _draft_snapshot(row)
            row.kind, row.language, row.body = kind_.value, language, body
        w.session.add(row)
        w.session.flush()
        w.audit("letter.draft", "letter", row.id, before, _draft_snapshot(row))
        return row


def discard_draft(ctx: Context, letter_id: int) -> None:
    with ctx.write() as w:
        row = _row(w.session, letter_id)
        if row.finalized_at is not None:
            raise DomainError(IMMUTABLE, "letter")
        before = _draft_snapshot(row)
        w.session.delete(row)
        w.audit("letter.discard", "letter", letter_id, before, None)


def get(ctx: Context, letter_id: int) -> LetterRow:
    with ctx.read() as session:
        return _row(session, letter_id)


def letters_of(ctx: Context, request_id: int) -> list[LetterRow]:
    """Drafts and final letters of a request, oldest first."""
    with ctx.read() as session:
        return list(
            session.exec(
                select(LetterRow).where(LetterRow.request_id == request_id).order_by(LetterRow.id)
            ).all()
        )


def final_pdf(ctx: Context, letter_id: int) -> bytes:
    """The stored PDF of a final letter, checked against its SHA-256."""
    row = get(ctx, letter_id)
    if row.finalized_at is None or row.pdf is None:
        raise DomainError("the letter is a draft: finalise it first", "letter")
    if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
        raise DomainError(
            "the stored PDF does not match its SHA-256: it was altered after finalising", "letter"
        )
    return bytes(row.pdf)


def export(ctx: Context, letter_id: int, fmt: str) -> bytes:
    """A stored letter as PDF (the final bytes themselves) or DOCX (rendered from its text)."""
    check_format(fmt)
    row = get(ctx, letter_id)
    if fmt == "pdf" and row.finalized_at is not None:
        return final_pdf(ctx, letter_id)
    letter = build(
        ctx,
        row.request_id,
        row.kind,
        row.language,
        body=row.body,
        out_number=row.out_number,
        out_date=row.out_date,
    )
    return render(letter, fmt)
