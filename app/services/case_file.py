"""The case file of one request, for the regulator or a court: one PDF with the registration
card, how the due date was counted, the timeline, every scan and every final letter, a table of
contents and the SHA-256 of each final letter (:mod:`app.services.case_file_pdf` lays it out).

Reading and making are apart so the window reads on the database worker and renders on the pool:
:func:`gather` reads everything in one go, :func:`app.services.case_file_pdf.render` needs no
database, and :func:`write` puts the bytes on disk through the one writer of outputs. The
headings are Kazakh or Russian (``language``; by default the letter's own, any other -> kk).
Nothing here changes the database.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlmodel import col, select

from app.domain.errors import DomainError
from app.services import case, outputs
from app.services.case_file_pdf import CaseFileData, LetterFile, Report, ScanFile, render
from app.services.case_file_words import LANGUAGES, file_language
from app.services.context import Context
from app.storage.models import Attachment, Operator
from app.storage.models import Letter as LetterRow
from app.storage.models import Request as RequestRow

__all__ = ["LANGUAGES", "CaseFileData", "build", "file_name", "gather", "render", "write"]


def check_language(language: str | None) -> str | None:
    if language is not None and language not in LANGUAGES:
        raise DomainError.at("lang", "choice", value=language, choices=list(LANGUAGES))
    return language


def gather(ctx: Context, request_id: int, language: str | None = None) -> CaseFileData:
    """Everything the case file of ``request_id`` shows, with the scans' and letters' bytes."""
    check_language(language)
    with ctx.read() as session:
        row = session.get(RequestRow, request_id)
        if row is None:
            raise DomainError.at("request", "no_request", id=request_id)
        lang = file_language(language, row.language)
        operator = session.get(Operator, row.operator_id)
        scans = session.exec(
            select(Attachment).where(Attachment.request_id == request_id).order_by(Attachment.id)
        ).all()
        letters = session.exec(
            select(LetterRow)
            .where(LetterRow.request_id == request_id)
            .order_by(col(LetterRow.finalized_at).is_(None), LetterRow.out_date, LetterRow.id)
        ).all()
        scan_files = tuple(
            ScanFile(
                file_name=a.file_name,
                content_type=a.content_type,
                size=a.size,
                sha256=a.sha256,
                data=bytes(a.data or b""),
                destroyed_at=a.destroyed_at,
                flagged_for_destruction=a.flagged_for_destruction,
            )
            for a in scans
        )
        letter_files = tuple(
            LetterFile(
                kind=n.kind,
                language=n.language,
                out_number=n.out_number,
                out_date=n.out_date,
                final=n.finalized_at is not None,
                sha256=n.sha256,
                pdf=bytes(n.pdf) if n.pdf is not None else None,
                sent_on=n.sent_on,
                created_at=n.created_at,
            )
            for n in letters
        )
        name = ""
        if operator is not None:
            name = (operator.name_ru if lang == "ru" else operator.name_kk) or operator.short_name
    return CaseFileData(
        language=lang,
        case=case.load(ctx, request_id, lang),
        operator_name=name,
        scans=scan_files,
        letters=letter_files,
        made_on=ctx.today(),
    )


def build(
    ctx: Context, request_id: int, language: str | None = None, report: Report | None = None
) -> bytes:
    """The case file's PDF bytes (read, then rendered)."""
    return render(gather(ctx, request_id, language), report)


def file_name(reg_number: str, language: str) -> str:
    """A file name for the case file of ``reg_number`` (its slashes and the like replaced)."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reg_number).strip("-")
    prefix = "іс" if language == "kk" else "дело"
    return f"{prefix}-{safe or 'request'}.pdf"


def write(
    path: str | os.PathLike,
    data: bytes,
    *,
    force: bool = False,
    protect=(),
    field: str = "out",
) -> Path:
    """Write the case file through :func:`app.services.outputs.write_file` (atomic, 0600, an
    existing file only with ``force``, never the database)."""
    return outputs.write_file(path, data, force=force, protect=protect, field=field)
