"""Merging two records of one person (SPEC "derbes subjects merge KEEP OTHER").

OTHER's requests, consents and (with the requests) letters move to KEEP; what KEEP lacks (an IIN,
a birth date, contacts…) is filled from OTHER, and OTHER's IIN moves, so a letter naming it
finds KEEP. OTHER stays as a pointer: status ``merged`` and ``merged_into_id`` = KEEP, so it is
never merged again by mistake (:func:`app.domain.withdrawal.merge_problems` refuses it, as it
refuses two operators, two IINs and an anonymised record). One transaction, two audit entries
(``subject.merge`` on KEEP, ``subject.merged`` on OTHER) naming the ids moved and the fields
filled, not their values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from app.domain.errors import DomainError, Problem
from app.domain.identifiers import mask_iin
from app.domain.names import name_keys
from app.domain.withdrawal import MergeSide, SubjectStatus, merge_problems
from app.services import subjects
from app.services.context import Context, Writer
from app.services.versions import claim
from app.storage.models import Consent, Letter, Request, Subject

# What KEEP takes from OTHER where its own is empty, in the order a form shows them.
FILLED = (
    "given_name",
    "patronymic",
    "iin",
    "birth_date",
    "phone",
    "email",
    "address",
    "account_id",
    "client_org",
    "client_bin",
)


@dataclass(frozen=True)
class MergeSideView:
    """One of the two records, as the merge dialog shows it (IIN masked)."""

    id: int
    operator_id: int
    full_name: str
    iin_masked: str
    birth_date: dt.date | None
    status: str
    merged_into: int | None
    requests: int
    consents: int
    letters: int
    version: int


@dataclass(frozen=True)
class MergePreview:
    keep: MergeSideView
    other: MergeSideView
    problems: tuple[Problem, ...]
    fills: tuple[str, ...]  # the fields KEEP would take from OTHER

    @property
    def allowed(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    requests: tuple[int, ...]
    consents: tuple[int, ...]
    letters: int
    fills: tuple[str, ...]


def _side(subject: Subject) -> MergeSide:
    return MergeSide(
        subject.id, subject.operator_id, subject.status, subject.merged_into_id, subject.iin or ""
    )


def _load(session: Session, subject_id: int, field: str) -> Subject:
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise DomainError.at(field, "no_subject", id=subject_id)
    return subject


def _fills(keep: Subject, other: Subject) -> tuple[str, ...]:
    return tuple(f for f in FILLED if not getattr(keep, f) and getattr(other, f))


def _count(session: Session, model, where) -> int:
    return session.exec(select(func.count()).select_from(model).where(where)).one()


def _view(session: Session, subject: Subject) -> MergeSideView:
    letters = session.exec(
        select(func.count())
        .select_from(Letter)
        .join(Request, col(Request.id) == Letter.request_id)
        .where(Request.subject_id == subject.id)
    ).one()
    return MergeSideView(
        id=subject.id,
        operator_id=subject.operator_id,
        full_name=subjects.full_name(subject),
        iin_masked=mask_iin(subject.iin),
        birth_date=subject.birth_date,
        status=subject.status,
        merged_into=subject.merged_into_id,
        requests=_count(session, Request, Request.subject_id == subject.id),
        consents=_count(session, Consent, Consent.subject_id == subject.id),
        letters=letters,
        version=subject.version,
    )


def side(ctx: Context, subject_id: int) -> MergeSideView:
    """One record as the merge dialog shows it, before the other is chosen."""
    with ctx.read() as session:
        return _view(session, _load(session, subject_id, "keep"))


def preview(ctx: Context, keep_id: int, other_id: int) -> MergePreview:
    """What merging OTHER into KEEP would move and fill, and why it may not (reads only)."""
    with ctx.read() as session:
        keep = _load(session, keep_id, "keep")
        other = _load(session, other_id, "other")
        return MergePreview(
            _view(session, keep),
            _view(session, other),
            merge_problems(_side(keep), _side(other)),
            _fills(keep, other),
        )


def merge(
    ctx: Context,
    keep_id: int,
    other_id: int,
    seen_keep: int | None = None,
    seen_other: int | None = None,
) -> MergeResult:
    """Merge OTHER into KEEP; ``seen_…`` (the versions the officer saw) refuse with a
    :class:`~app.services.versions.Conflict` when either record changed meanwhile."""
    with ctx.write() as w:
        return merge_in(w, keep_id, other_id, seen_keep, seen_other)


def merge_in(
    w: Writer,
    keep_id: int,
    other_id: int,
    seen_keep: int | None = None,
    seen_other: int | None = None,
) -> MergeResult:
    session = w.session
    keep = _load(session, keep_id, "keep")
    other = _load(session, other_id, "other")
    found = merge_problems(_side(keep), _side(other))
    if found:
        raise DomainError(*found)
    claim(w, keep, seen_keep)
    claim(w, other, seen_other)
    fills = _fills(keep, other)
    iin = other.iin if "iin" in fills else None
    if iin is not None:  # the IIN names one record: OTHER gives it up first
        other.iin = None
        session.add(other)
        session.flush()
    for name in fills:
        setattr(keep, name, iin if name == "iin" else getattr(other, name))
    keep.given_key = " ".join(name_keys(keep.given_name))
    keep.patronymic_key = " ".join(name_keys(keep.patronymic))
    session.add(keep)

    moved = session.exec(
        select(Request).where(Request.subject_id == other.id).order_by(Request.id)
    ).all()
    request_ids = tuple(r.id for r in moved)
    for request in moved:
        claim(w, request)
        request.subject_id = keep.id
        session.add(request)
    letters = _count(session, Letter, col(Letter.request_id).in_(request_ids)) if request_ids else 0
    consents = session.exec(
        select(Consent).where(Consent.subject_id == other.id).order_by(Consent.id)
    ).all()
    consent_ids = tuple(c.id for c in consents)
    for consent in consents:
        consent.subject_id = keep.id
        session.add(consent)

    before = {"status": other.status, "merged_into_id": other.merged_into_id}
    other.status = SubjectStatus.MERGED.value
    other.merged_into_id = keep.id
    session.add(other)
    session.flush()
    moved_facts = {
        "requests": list(request_ids),
        "consents": list(consent_ids),
        "letters": letters,
        "filled": list(fills),
    }
    w.audit("subject.merge", "subject", keep.id, None, {"merged": other.id, **moved_facts})
    w.audit(
        "subject.merged",
        "subject",
        other.id,
        before,
        {"status": other.status, "merged_into_id": keep.id, **moved_facts},
    )
    return MergeResult(keep.id, other.id, request_ids, consent_ids, letters, fills)
