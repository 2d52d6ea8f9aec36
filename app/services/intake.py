"""Intake of one incoming letter, as the "Register a letter" dialog does it.

The dialog needs what the plain ``requests.register`` does not give it: the due date before
anything is saved (with the explanation of how it was counted), the subjects that may have written
the letter (by IIN or by a name in any script), each scan checked as it is added (with a reason the
window can translate), and registration together with a new subject created from the letter, in
one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import filetype

from app.domain.deadlines import Deadline, compute_deadline
from app.domain.errors import DomainError
from app.domain.requests import RequestType
from app.services import attachments, deadlines, operators, requests, subjects
from app.services.context import Context
from app.services.requests import NewRequest

MIN_IIN_PREFIX = 6  # digits typed before the IIN alone is worth a search


def preview_deadline(
    ctx: Context, request_type: str, received: dt.date, language: str = "en"
) -> Deadline:
    """The due date a letter of this type received on this day would get now.

    Counted exactly as registration counts it (the policy's N for the type, the calendar with the
    officer's overrides); ``language`` names holidays and weekdays in the explanation (en, kk, ru).
    """
    try:
        rtype = RequestType(request_type)
    except ValueError as exc:
        raise DomainError.at(
            "type", "choice", value=request_type, choices=[t.value for t in RequestType]
        ) from exc
    if not isinstance(received, dt.date):
        raise DomainError.at("received", "not_a_date")
    with ctx.read() as session:
        calendar = deadlines.load_calendar(session, language)
        policy = deadlines.load_policy(session)
    term = policy.term(rtype)
    return compute_deadline(calendar, received, term.days, basis=term.basis)


@dataclass(frozen=True)
class SubjectMatch:
    """A subject offered for linking, and why it was offered."""

    id: int
    operator_id: int
    full_name: str
    iin: str
    birth_date: dt.date | None
    address: str
    status: str
    by_iin: bool  # found by the IIN (the strongest evidence), else by the name


def match_subjects(
    ctx: Context, operator_id: int | None, iin: str = "", name: str = "", limit: int = 20
) -> list[SubjectMatch]:
    """Subjects of the operator matching the typed IIN (12 digits, or a prefix of at least six)
    or every word of the name in Kazakh, Russian or Latin spelling; IIN matches first."""
    digits = "".join(iin.split())
    by_iin: list = []
    by_name: list = []
    with ctx.read() as session:
        if digits.isdigit() and len(digits) >= MIN_IIN_PREFIX:
            by_iin = subjects.find_in(session, digits, operator_id, limit)
        words = " ".join(name.split())
        if words and not words.replace(" ", "").isdigit():
            by_name = subjects.find_in(session, words, operator_id, limit)
    seen: set[int] = set()
    out: list[SubjectMatch] = []
    for found, is_iin in ((by_iin, True), (by_name, False)):
        for s in found:
            if s.id in seen:
                continue
            seen.add(s.id)
            out.append(
                SubjectMatch(
                    id=s.id,
                    operator_id=s.operator_id,
                    full_name=subjects.full_name(s),
                    iin=s.iin or "",
                    birth_date=s.birth_date,
                    address=s.address,
                    status=s.status,
                    by_iin=is_iin,
                )
            )
    return out[:limit]


@dataclass(frozen=True)
class Registered:
    request_id: int
    reg_number: str
    due_date: dt.date | None
    subject_id: int | None
    subject_created: bool


def register_letter(ctx: Context, data: NewRequest, new_subject: bool = False) -> Registered:
    """Register the letter; with ``new_subject``, first create its subject from the letter
    (sender as written, IIN, address), both in one transaction with their audit entries.

    Without ``new_subject`` no subject is created: the request is linked to ``data.subject_id``,
    or to the operator's subject holding the IIN, or to nobody.
    """
    data = requests.validate(data, ctx.today())
    operator = operators.resolve(ctx, data.operator_id)
    data.create_subject = False  # the choice is explicit here
    if new_subject and data.subject_id is not None:
        raise DomainError.at("subject", "link_or_create")
    with ctx.write() as w:
        created = False
        if new_subject:
            subject = subjects.create_from_letter(w, operator.id, data)
            data.subject_id = subject.id
            created = True
        request = requests.register_in(w, operator, data)
        return Registered(
            request_id=request.id,
            reg_number=request.reg_number,
            due_date=request.due_date,
            subject_id=request.subject_id,
            subject_created=created,
        )


class ScanProblem(StrEnum):
    """Why a scan was refused; the window words each one in the officer's language."""

    UNREADABLE = "unreadable"  # the file could not be read (detail: the system's reason)
    EMPTY = "empty"
    TOO_LARGE = "too_large"  # detail: the size in bytes
    NOT_A_SCAN = "not_a_scan"  # detail: the content type found, if any
    DAMAGED = "damaged"  # looks like an allowed type but does not open (detail: why)


@dataclass(frozen=True)
class ScanFile:
    """One file offered as a scan: its content when accepted, else the problem."""

    file_name: str
    size: int
    data: bytes = b""
    mime: str | None = None
    problem: ScanProblem | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def kind(self) -> str:
        """PDF, JPEG, PNG or TIFF for an accepted scan."""
        return attachments.ALLOWED.get(self.mime or "", "")


def check_scan(file_name: str, data: bytes) -> ScanFile:
    """Sniff ``data`` from its content (never the name) as :func:`attachments.sniff` does at
    registration, and say why it is refused when it is."""
    size = len(data)
    if not data:
        return ScanFile(file_name, 0, problem=ScanProblem.EMPTY)
    if size > attachments.MAX_BYTES:
        return ScanFile(file_name, size, problem=ScanProblem.TOO_LARGE, detail=str(size))
    kind = filetype.guess(data)
    found = kind.mime if kind else None
    if found not in attachments.ALLOWED:
        return ScanFile(file_name, size, problem=ScanProblem.NOT_A_SCAN, detail=found or "")
    try:
        mime = attachments.sniff(data, file_name)
    except DomainError as exc:
        return ScanFile(
            file_name,
            size,
            mime=found,
            problem=ScanProblem.DAMAGED,
            detail=str(exc.params.get("detail", "")),
        )
    return ScanFile(file_name, size, data=data, mime=mime)


def read_scan(path: str | os.PathLike) -> ScanFile:
    """Read a scan from disk and check it; a file over the size limit is not read at all."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > attachments.MAX_BYTES:
            return ScanFile(path.name, size, problem=ScanProblem.TOO_LARGE, detail=str(size))
        data = path.read_bytes()
    except OSError as exc:
        return ScanFile(
            path.name, 0, problem=ScanProblem.UNREADABLE, detail=exc.strerror or str(exc)
        )
    return check_scan(path.name, data)
