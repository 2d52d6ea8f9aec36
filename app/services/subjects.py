"""Data subjects: create, edit, and find by IIN or by name in any script."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.domain import subject_input
from app.domain.errors import DomainError, raise_if
from app.domain.identifiers import iin_hint
from app.domain.names import name_keys, name_matches
from app.domain.withdrawal import SubjectStatus
from app.services.context import Context, Writer, changes, snapshot
from app.services.versions import claim
from app.storage.models import Consent, Operator, Request, Subject
from app.storage.register_search import key_prefix

__all__ = ["SubjectStatus"]  # the domain's, re-exported for the screens

# Statuses only a merge (app.services.merge) or a purge (app.services.purge) sets.
BY_RECORDS = frozenset({SubjectStatus.MERGED.value, SubjectStatus.ANONYMISED.value})
BY_HAND = tuple(s for s in SubjectStatus if s.value not in BY_RECORDS)


@dataclass
class SubjectInput:
    surname: str
    given_name: str = ""
    patronymic: str = ""
    iin: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    account_id: str = ""
    client_org: str = ""
    client_bin: str = ""


def validate(data: SubjectInput, today: dt.date) -> SubjectInput:
    """Every field by the rules of :mod:`app.domain.subject_input`; raises one DomainError with
    every problem found, else returns ``data`` cleaned (and the birth date hinted by the IIN)."""
    raise_if(subject_input.problems(data, today))
    data.surname = data.surname.strip()
    data.given_name = data.given_name.strip()
    data.patronymic = data.patronymic.strip()
    data.iin = "".join(data.iin.split()) if data.iin else ""
    if data.birth_date is None and data.iin:
        hint = iin_hint(data.iin)
        data.birth_date = hint.birth_date if hint and hint.birth_date else None
        if data.birth_date and data.birth_date > today:
            data.birth_date = None  # a hint, never an error
    data.email = data.email.strip()
    data.client_bin = "".join(data.client_bin.split()) if data.client_bin else ""
    return data


def split_name(full: str) -> tuple[str, str, str]:
    """'Әлиев Нұрлан Серікұлы' → surname, given name, patronymic (as written on letters)."""
    parts = full.replace(",", " ").split()
    if not parts:
        return "", "", ""
    return parts[0], parts[1] if len(parts) > 1 else "", " ".join(parts[2:])


def _apply_keys(subject: Subject) -> None:
    subject.surname_key = " ".join(name_keys(subject.surname))
    subject.given_key = " ".join(name_keys(subject.given_name))
    subject.patronymic_key = " ".join(name_keys(subject.patronymic))


def _check_iin_unique(session: Session, operator_id: int, iin: str, own_id: int | None) -> None:
    if not iin:
        return
    other = session.exec(
        select(Subject).where(Subject.operator_id == operator_id, Subject.iin == iin)
    ).first()
    if other is not None and other.id != own_id:
        raise DomainError.at("iin", "iin_taken", name=full_name(other))


def create_in(w: Writer, operator_id: int, data: SubjectInput, today: dt.date) -> Subject:
    data = validate(data, today)
    if w.session.get(Operator, operator_id) is None:
        raise DomainError.at("operator", "no_operator", id=operator_id)
    _check_iin_unique(w.session, operator_id, data.iin, None)
    subject = Subject(operator_id=operator_id, **{**data.__dict__, "iin": data.iin or None})
    _apply_keys(subject)
    w.session.add(subject)
    w.session.flush()
    w.audit("subject.create", "subject", subject.id, None, snapshot(subject))
    return subject


def create_from_letter(w: Writer, operator_id: int, letter) -> Subject:
    """A new subject as the letter names them (``letter`` is a requests.NewRequest)."""
    surname, given, patronymic = split_name(letter.sender)
    return create_in(
        w,
        operator_id,
        SubjectInput(
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            iin=letter.iin,
            address=letter.sender_address,
            phone=letter.subject_phone.strip(),
            email=letter.subject_email.strip(),
        ),
        letter.registered,
    )


def create(ctx: Context, operator_id: int, data: SubjectInput) -> Subject:
    with ctx.write() as w:
        return create_in(w, operator_id, data, ctx.today())


def update(ctx: Context, subject_id: int, data: SubjectInput, seen: int | None = None) -> Subject:
    """Save the subject's fields; ``seen`` (the version the form was opened on) refuses with
    :class:`~app.services.versions.Conflict` when someone changed the subject meanwhile."""
    data = validate(data, ctx.today())
    with ctx.write() as w:
        subject = w.session.get(Subject, subject_id)
        if subject is None:
            raise DomainError.at("subject", "no_subject", id=subject_id)
        claim(w, subject, seen)
        _check_iin_unique(w.session, subject.operator_id, data.iin, subject_id)
        before = snapshot(subject)
        for key, value in data.__dict__.items():
            setattr(subject, key, value)
        subject.iin = data.iin or None
        _apply_keys(subject)
        w.session.add(subject)
        w.session.flush()
        w.audit("subject.update", "subject", subject_id, *changes(before, snapshot(subject)))
        return subject


def set_status(
    ctx: Context, subject_id: int, status: str, note: str = "", seen: int | None = None
) -> Subject:
    try:
        status = SubjectStatus(status).value
    except ValueError as exc:
        raise DomainError.at(
            "status", "choice", value=status, choices=[s.value for s in SubjectStatus]
        ) from exc
    if status in BY_RECORDS:
        raise DomainError.at("status", "status_not_by_hand", value=status)
    with ctx.write() as w:
        subject = w.session.get(Subject, subject_id)
        if subject is None:
            raise DomainError.at("subject", "no_subject", id=subject_id)
        claim(w, subject, seen)
        before = subject.status
        subject.status = status
        w.session.add(subject)
        w.audit(
            "subject.status",
            "subject",
            subject_id,
            {"status": before},
            {"status": status, "note": note},
        )
        return subject


def reveal_iin(ctx: Context, subject_id: int) -> str:
    """The subject's full IIN, for an officer who asked to see it: lists show it masked, so
    each reveal is recorded (``subject.reveal_iin``, by whom and when; the IIN itself is not
    copied into the log)."""
    with ctx.write() as w:
        subject = w.session.get(Subject, subject_id)
        if subject is None:
            raise DomainError.at("subject", "no_subject", id=subject_id)
        w.audit("subject.reveal_iin", "subject", subject_id, None, {"revealed": bool(subject.iin)})
        return subject.iin or ""


@dataclass(frozen=True)
class EditableSubject:
    """A stored subject as its form edits it: whose it is, its name, and its fields."""

    id: int
    operator_id: int
    full_name: str
    data: SubjectInput
    version: int = 0  # the version opened: the save passes it back (optimistic locking)


def for_editing(ctx: Context, subject_id: int) -> EditableSubject:
    subject = get(ctx, subject_id)
    data = SubjectInput(
        surname=subject.surname,
        given_name=subject.given_name,
        patronymic=subject.patronymic,
        iin=subject.iin or "",
        birth_date=subject.birth_date,
        phone=subject.phone,
        email=subject.email,
        address=subject.address,
        account_id=subject.account_id,
        client_org=subject.client_org,
        client_bin=subject.client_bin,
    )
    return EditableSubject(
        subject.id, subject.operator_id, full_name(subject), data, subject.version
    )


def full_name(subject: Subject) -> str:
    return " ".join(p for p in (subject.surname, subject.given_name, subject.patronymic) if p)


def get(ctx: Context, subject_id: int) -> Subject:
    with ctx.read() as session:
        subject = session.get(Subject, subject_id)
    if subject is None:
        raise DomainError.at("subject", "no_subject", id=subject_id)
    return subject


def find(
    ctx: Context, query: str, operator_id: int | None = None, limit: int = 50
) -> list[Subject]:
    with ctx.read() as session:
        return find_in(session, query, operator_id, limit)


@dataclass(frozen=True)
class SubjectLine:
    """A subject as a list of found people shows it (plain data for the window)."""

    id: int
    full_name: str
    iin: str
    birth_date: dt.date | None
    status: str
    address: str


def search(
    ctx: Context, query: str, operator_id: int | None = None, limit: int = 50
) -> list[SubjectLine]:
    """:func:`find` as plain lines: an exact IIN, an IIN prefix or every word of a name."""
    return [
        SubjectLine(s.id, full_name(s), s.iin, s.birth_date, s.status, s.address)
        for s in find(ctx, query, operator_id, limit)
    ]


def find_in(
    session: Session, query: str, operator_id: int | None = None, limit: int = 50
) -> list[Subject]:
    """Exact IIN (12 digits) or every word of a name, in Kazakh, Russian or Latin spelling."""
    query = (query or "").strip()
    if not query:
        return []
    stmt = select(Subject)
    if operator_id is not None:
        stmt = stmt.where(Subject.operator_id == operator_id)
    digits = query.replace(" ", "")
    if digits.isdigit():
        if len(digits) == 12:
            return list(session.exec(stmt.where(Subject.iin == digits).limit(limit)).all())
        return list(
            session.exec(
                stmt.where(key_prefix(Subject.iin, digits)).order_by(Subject.iin).limit(limit)
            ).all()
        )
    keys = name_keys(query)
    if not keys:
        return []
    # The longest word narrows the rows in SQL with an indexed range (a LIKE 'x%' would scan
    # every row); Python then checks every word against the whole name.
    anchor = max(keys, key=len)
    stmt = stmt.where(
        or_(
            *(
                key_prefix(c, anchor)
                for c in (Subject.surname_key, Subject.given_key, Subject.patronymic_key)
            )
        )
    ).order_by(Subject.surname_key, Subject.given_key, Subject.id)
    found: list[Subject] = []
    offset = 0
    while len(found) < limit:
        rows = session.exec(stmt.offset(offset).limit(limit * 4)).all()
        if not rows:
            break
        found.extend(s for s in rows if name_matches(query, full_name(s)))
        offset += len(rows)
    return found[:limit]


def consents_of(ctx: Context, subject_id: int) -> list[Consent]:
    with ctx.read() as session:
        return list(session.exec(select(Consent).where(Consent.subject_id == subject_id)).all())


def requests_of(ctx: Context, subject_id: int) -> list[Request]:
    with ctx.read() as session:
        return list(
            session.exec(
                select(Request)
                .where(Request.subject_id == subject_id)
                .order_by(col(Request.received_date).desc())
            ).all()
        )
