"""Drafts the officer keeps, and the stored letters of a request (final ones never change).

The window and the command line get :class:`LetterInfo` values, never the table's rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlmodel import Session, select

from app.domain.errors import DomainError
from app.domain.letter_rules import check_kind, check_kind_for
from app.services.context import Context, Writer
from app.services.letters.case import _request, facts_in
from app.services.letters.compose import build, render
from app.services.letters.languages import check_format, check_language
from app.storage.models import Letter as LetterRow

IMMUTABLE = "letter_final"  # the code: a finalised letter is never changed; a correction is new


@dataclass(frozen=True)
class LetterInfo:
    """A stored letter: a draft (no number, no PDF) or a final one (numbered, PDF, SHA-256)."""

    id: int
    request_id: int
    operator_id: int
    kind: str
    language: str
    body: str
    created_at: dt.datetime | None = None
    out_number: str | None = None
    out_year: int | None = None
    out_seq: int | None = None
    out_date: dt.date | None = None
    pdf: bytes | None = None
    sha256: str | None = None
    finalized_at: dt.datetime | None = None

    @property
    def final(self) -> bool:
        return self.finalized_at is not None

    @property
    def intact(self) -> bool:
        """A final letter's stored PDF still matches its SHA-256 (a draft has nothing to check)."""
        if not self.final:
            return True
        return self.pdf is not None and hashlib.sha256(self.pdf).hexdigest() == (self.sha256 or "")


def info(row: LetterRow) -> LetterInfo:
    return LetterInfo(
        id=row.id,
        request_id=row.request_id,
        operator_id=row.operator_id,
        kind=row.kind,
        language=row.language,
        body=row.body,
        created_at=row.created_at,
        out_number=row.out_number,
        out_year=row.out_year,
        out_seq=row.out_seq,
        out_date=row.out_date,
        pdf=bytes(row.pdf) if row.pdf is not None else None,
        sha256=row.sha256,
        finalized_at=row.finalized_at,
    )


# --- drafts and final letters ------------------------------------------------------------


def _row(session: Session, letter_id: int) -> LetterRow:
    row = session.get(LetterRow, letter_id)
    if row is None:
        raise DomainError.at("letter", "letter_missing", id=letter_id)
    return row


def _draft_row(session: Session, letter_id: int, request_id: int) -> LetterRow:
    """The draft ``letter_id`` of the request: refused when final or of another request."""
    row = _row(session, letter_id)
    if row.finalized_at is not None:
        raise DomainError.at("letter", IMMUTABLE)
    if row.request_id != request_id:
        raise DomainError.at("letter", "letter_other_request", id=letter_id)
    return row


def _draft_snapshot(row: LetterRow) -> dict:
    return {
        "request_id": row.request_id,
        "kind": row.kind,
        "language": row.language,
        "body": row.body,
    }


def save_draft_in(
    w: Writer,
    request_id: int,
    kind: str,
    language: str | None,
    body: str,
    draft_id: int | None = None,
) -> LetterInfo:
    """:func:`save_draft` inside the caller's writer."""
    kind_ = check_kind_for(kind, facts_in(w.session, request_id))
    request = _request(w.session, request_id)
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
        row = _draft_row(w.session, draft_id, request.id)
        before = _draft_snapshot(row)
        row.kind, row.language, row.body = kind_.value, language, body
    w.session.add(row)
    w.session.flush()
    w.audit("letter.draft", "letter", row.id, before, _draft_snapshot(row))
    return info(row)


def save_draft(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None,
    body: str,
    draft_id: int | None = None,
) -> LetterInfo:
    """Keep the officer's edited text; a new draft, or ``draft_id`` updated. Never a final one.

    Refused for a kind the request may not get (:mod:`app.domain.letter_rules`)."""
    check_kind(kind)
    with ctx.write() as w:
        return save_draft_in(w, request_id, kind, language, body, draft_id)


def discard_draft_in(w: Writer, letter_id: int) -> None:
    row = _row(w.session, letter_id)
    if row.finalized_at is not None:
        raise DomainError.at("letter", IMMUTABLE)
    before = _draft_snapshot(row)
    w.session.delete(row)
    w.audit("letter.discard", "letter", letter_id, before, None)


def discard_draft(ctx: Context, letter_id: int) -> None:
    with ctx.write() as w:
        discard_draft_in(w, letter_id)


def get(ctx: Context, letter_id: int) -> LetterInfo:
    with ctx.read() as session:
        return info(_row(session, letter_id))


def letters_of(ctx: Context, request_id: int) -> list[LetterInfo]:
    """Drafts and final letters of a request, oldest first."""
    with ctx.read() as session:
        rows = session.exec(
            select(LetterRow).where(LetterRow.request_id == request_id).order_by(LetterRow.id)
        ).all()
        return [info(r) for r in rows]


def final_pdf(ctx: Context, letter_id: int) -> bytes:
    """The stored PDF of a final letter, checked against its SHA-256."""
    row = get(ctx, letter_id)
    if row.finalized_at is None or row.pdf is None:
        raise DomainError.at("letter", "letter_is_draft")
    if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
        raise DomainError.at("letter", "letter_altered")
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
