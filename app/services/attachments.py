"""Scans of incoming letters, stored in the database.

The type is sniffed from the content (never the extension) and the file must open as what it
claims to be; a size limit applies. A scan marked as a copy of an identity document is flagged for
destruction: since 2024 the law bans collecting paper copies of ID documents.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

import filetype
from sqlalchemy.orm import defer
from sqlmodel import select

from app.domain.errors import DomainError
from app.services.context import Context, Writer
from app.storage.models import Attachment, Request, utcnow

MAX_BYTES = 20 * 1024 * 1024
ALLOWED = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
}


@dataclass
class NewAttachment:
    file_name: str
    data: bytes
    is_id_copy: bool = False
    text: str = ""  # the letter's words read from this scan (OCR), kept with it and searchable


def sniff(data: bytes, file_name: str = "") -> str:
    """The content type of ``data`` if it is an allowed scan that opens; else DomainError."""
    label = file_name or "the file"
    if not data:
        raise DomainError.at("file", "file_empty", name=label)
    if len(data) > MAX_BYTES:
        raise DomainError.at(
            "file",
            "file_too_large",
            name=label,
            size_mb=f"{len(data) / 1024 / 1024:.1f}",
            limit_mb=MAX_BYTES // 1024 // 1024,
        )
    kind = filetype.guess(data)
    mime = kind.mime if kind else None
    if mime not in ALLOWED:
        raise DomainError.at("file", "not_a_scan", name=label, found=mime or "?")
    _check_opens(data, mime, label)
    return mime


def _check_opens(data: bytes, mime: str, label: str) -> None:
    try:
        if mime == "application/pdf":
            from pypdf import PdfReader

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(io.BytesIO(data), strict=False)
                if len(reader.pages) < 1:
                    raise ValueError("no pages")
        else:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                image.verify()
    except DomainError:
        raise
    except Exception as exc:
        raise DomainError.at(
            "file", "scan_damaged", name=label, kind=ALLOWED[mime], detail=str(exc)
        ) from exc


def add_in(w: Writer, request_id: int, new: NewAttachment) -> Attachment:
    mime = sniff(new.data, new.file_name)
    if w.session.get(Request, request_id) is None:
        raise DomainError.at("request", "no_request", id=request_id)
    name = (new.file_name or "scan").replace("\\", "/").rsplit("/", 1)[-1][:260]
    row = Attachment(
        request_id=request_id,
        file_name=name,
        content_type=mime,
        size=len(new.data),
        sha256=hashlib.sha256(new.data).hexdigest(),
        data=new.data,
        is_id_copy=new.is_id_copy,
        flagged_for_destruction=new.is_id_copy,
        text=(new.text or "").strip(),
    )
    w.session.add(row)
    w.session.flush()
    w.audit(
        "attachment.add",
        "attachment",
        row.id,
        None,
        {
            "request_id": request_id,
            "file_name": name,
            "content_type": mime,
            "size": row.size,
            "sha256": row.sha256,
            "flagged_for_destruction": row.flagged_for_destruction,
            "text_chars": len(row.text),
        },
    )
    return row


def add(ctx: Context, request_id: int, new: NewAttachment) -> Attachment:
    with ctx.write() as w:
        return add_in(w, request_id, new)


def list_for_request(ctx: Context, request_id: int) -> list[Attachment]:
    """The request's scans without their bytes (use :func:`content` for those)."""
    with ctx.read() as session:
        return list(
            session.exec(
                select(Attachment)
                .where(Attachment.request_id == request_id)
                .options(defer(Attachment.data))
                .order_by(Attachment.id)
            ).all()
        )


def content(ctx: Context, attachment_id: int) -> bytes:
    with ctx.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise DomainError.at("attachment", "no_attachment", id=attachment_id)
        if row.destroyed_at is not None:
            raise DomainError.at("attachment", "scan_destroyed")
        return bytes(row.data)


def set_id_copy(ctx: Context, attachment_id: int, is_id_copy: bool) -> Attachment:
    """Mark (or unmark) a scan as an identity-document copy; a copy is flagged for destruction."""
    with ctx.write() as w:
        row = w.session.get(Attachment, attachment_id)
        if row is None:
            raise DomainError.at("attachment", "no_attachment", id=attachment_id)
        before = {"is_id_copy": row.is_id_copy, "flagged": row.flagged_for_destruction}
        row.is_id_copy = is_id_copy
        row.flagged_for_destruction = is_id_copy
        w.session.add(row)
        w.audit(
            "attachment.id_copy",
            "attachment",
            row.id,
            before,
            {"is_id_copy": is_id_copy, "flagged": is_id_copy},
        )
        return row


def destroy(ctx: Context, attachment_id: int, reason: str) -> Attachment:
    """Erase a scan's content (the record of it stays, with its hash, for the audit)."""
    reason = reason.strip()
    if not reason:
        raise DomainError.at("reason", "required")
    with ctx.write() as w:
        row = w.session.get(Attachment, attachment_id)
        if row is None:
            raise DomainError.at("attachment", "no_attachment", id=attachment_id)
        if row.destroyed_at is not None:
            raise DomainError.at("attachment", "scan_destroyed_already")
        row.data = b""
        row.text = ""
        row.destroyed_at = utcnow()
        row.flagged_for_destruction = False
        w.session.add(row)
        w.audit(
            "attachment.destroy",
            "attachment",
            row.id,
            None,
            {"sha256": row.sha256, "reason": reason},
        )
        return row
