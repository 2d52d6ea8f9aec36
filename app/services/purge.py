"""The retention purge (SPEC "Consent withdrawal and deregistration", step 5): what a finished
withdrawal kept under a legal basis is purged once its date has passed.

:func:`plan` is the dry run: it only reads, so the database stays exactly as it was. It lists
each subject with retained categories past their date, and what purging does to them
(:func:`app.domain.withdrawal.purge_decision`): the categories are marked purged, and a record
of which nothing is retained any more, not active and without a letter still being worked is
anonymised.

:func:`purge` does it, one transaction per subject, each with one audit entry that holds no
personal data (ids, numbers, counts and dates only). Anonymising a subject clears its names,
IIN, birth date, contacts, address, account and client organisation (and its name keys); its
requests keep their numbers and dates and lose the sender, address and summary, their scans'
content and names, and their letters' text and PDF (a final letter keeps its number, date and
SHA-256, the proof of what was sent).

Older audit entries (``subject.create``, ``subject.update``, ``request.register``,
``letter.draft``, ``request.note``, …) still hold the personal data they recorded then: the log
is append-only and hash-chained, and an entry edited to forget would break the chain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from app.domain.data_map import Pair
from app.domain.identifiers import mask_iin
from app.domain.requests import FINAL_STATUSES, Status
from app.domain.withdrawal import (
    Held,
    Outcome,
    Retained,
    SubjectStatus,
    purge_decision,
)
from app.services import subjects
from app.services.context import Context, Writer
from app.services.versions import claim
from app.storage.models import (
    Attachment,
    Letter,
    Request,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    utcnow,
)

# What an anonymised record and its letters show instead of a name (no language's word).
ANONYMOUS = "—"


@dataclass(frozen=True)
class DueCategory:
    """One retained category whose date has passed."""

    outcome_id: int
    request_id: int
    reg_number: str
    category: Pair
    basis: Pair
    until: dt.date


@dataclass(frozen=True)
class PurgeItem:
    """One subject and what purging does to them."""

    subject_id: int
    operator_id: int
    full_name: str
    iin_masked: str
    status: str
    categories: tuple[DueCategory, ...]
    anonymise: bool
    held: str = Held.NONE.value  # why the record stays (app.domain.withdrawal.Held)
    held_until: dt.date | None = None

    @property
    def outcome_ids(self) -> tuple[int, ...]:
        return tuple(c.outcome_id for c in self.categories)


@dataclass(frozen=True)
class PurgePlan:
    today: dt.date
    items: tuple[PurgeItem, ...]

    @property
    def categories(self) -> int:
        return sum(len(i.categories) for i in self.items)

    @property
    def anonymised(self) -> int:
        return sum(1 for i in self.items if i.anonymise)

    @property
    def outcome_ids(self) -> frozenset[int]:
        return frozenset(o for i in self.items for o in i.outcome_ids)


@dataclass(frozen=True)
class PurgedSubject:
    subject_id: int
    categories: int
    anonymised: bool
    requests: int = 0
    letters: int = 0
    scans: int = 0


@dataclass(frozen=True)
class PurgeResult:
    today: dt.date
    subjects: tuple[PurgedSubject, ...]
    stopped: bool = False  # cancelled before the end: what was done stays done

    @property
    def categories(self) -> int:
        return sum(s.categories for s in self.subjects)

    @property
    def anonymised(self) -> int:
        return sum(1 for s in self.subjects if s.anonymised)


# --- the dry run ---------------------------------------------------------------------------


def plan(ctx: Context) -> PurgePlan:
    """What a purge would do today; reads only (the database is left exactly as it was)."""
    with ctx.reading().read() as session:
        return plan_in(session, ctx.today())


def plan_in(session: Session, today: dt.date) -> PurgePlan:
    due = session.exec(
        select(WithdrawalOutcome, Request)
        .join(Withdrawal, col(Withdrawal.id) == WithdrawalOutcome.withdrawal_id)
        .join(Request, col(Request.id) == Withdrawal.request_id)
        .where(
            WithdrawalOutcome.outcome == Outcome.RETAINED.value,
            col(WithdrawalOutcome.until) < today,
            col(WithdrawalOutcome.purged_at).is_(None),
            col(Withdrawal.completed_at).is_not(None),
            col(Request.subject_id).is_not(None),
        )
        .order_by(Request.subject_id, WithdrawalOutcome.until, WithdrawalOutcome.id)
    ).all()
    by_subject: dict[int, list[DueCategory]] = defaultdict(list)
    for outcome, request in due:
        by_subject[request.subject_id].append(
            DueCategory(
                outcome.id,
                request.id,
                request.reg_number,
                Pair(outcome.category_kk, outcome.category_ru),
                Pair(outcome.basis_kk, outcome.basis_ru),
                outcome.until,
            )
        )
    items = [_item(session, sid, cats, today) for sid, cats in by_subject.items()]
    return PurgePlan(today, tuple(i for i in items if i is not None))


def _item(
    session: Session, subject_id: int, categories: list[DueCategory], today: dt.date
) -> PurgeItem | None:
    subject = session.get(Subject, subject_id)
    if subject is None:
        return None
    decision = purge_decision(
        subject.status, _retained(session, subject_id), _open_requests(session, subject_id), today
    )
    wanted = {r.id for r in decision.due}
    return PurgeItem(
        subject_id=subject.id,
        operator_id=subject.operator_id,
        full_name=subjects.full_name(subject),
        iin_masked=mask_iin(subject.iin) if subject.iin else "",
        status=subject.status,
        categories=tuple(c for c in categories if c.outcome_id in wanted),
        anonymise=decision.anonymise,
        held=decision.held.value,
        held_until=decision.until,
    )


def _retained(session: Session, subject_id: int) -> list[Retained]:
    """Every category the subject's finished withdrawals retained, purged or not."""
    rows = session.exec(
        select(WithdrawalOutcome)
        .join(Withdrawal, col(Withdrawal.id) == WithdrawalOutcome.withdrawal_id)
        .join(Request, col(Request.id) == Withdrawal.request_id)
        .where(
            Request.subject_id == subject_id,
            WithdrawalOutcome.outcome == Outcome.RETAINED.value,
            col(Withdrawal.completed_at).is_not(None),
        )
    ).all()
    return [
        Retained(o.id, Pair(o.category_kk, o.category_ru), o.until, o.purged_at is not None)
        for o in rows
    ]


def _open_requests(session: Session, subject_id: int) -> int:
    """The subject's letters still being worked (one answered and sent is not)."""
    finals = [s.value for s in (*FINAL_STATUSES, Status.SENT)]
    return session.exec(
        select(func.count())
        .select_from(Request)
        .where(Request.subject_id == subject_id, col(Request.status).not_in(finals))
    ).one()


# --- the purge -----------------------------------------------------------------------------


def purge(
    ctx: Context,
    only: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PurgeResult:
    """Purge what is due today: each subject in its own transaction, audited. ``only`` (the
    outcome ids a preview listed) keeps to what the officer saw: a category that became due
    since is left for the next run. ``progress(done, total)`` is called before each subject and
    may raise to stop (the subjects done by then stay done: :attr:`PurgeResult.stopped`)."""
    wanted = None if only is None else frozenset(only)
    listed = plan(ctx)
    items = [i for i in listed.items if wanted is None or set(i.outcome_ids) & wanted]
    done: list[PurgedSubject] = []
    for n, item in enumerate(items):
        if progress is not None:
            try:
                progress(n, len(items))
            except Exception:
                return PurgeResult(listed.today, tuple(done), stopped=True)
        with ctx.write() as w:
            result = purge_subject_in(w, item.subject_id, ctx.today(), wanted)
        if result is not None:
            done.append(result)
    if progress is not None:
        with contextlib.suppress(Exception):  # stopped after the last one: all was done
            progress(len(items), len(items))
    return PurgeResult(listed.today, tuple(done))


def purge_subject_in(
    w: Writer, subject_id: int, today: dt.date, only: frozenset[int] | None = None
) -> PurgedSubject | None:
    """Purge one subject's due categories (decided again inside this transaction, so a change
    made since the preview is respected) and anonymise the record when nothing holds it."""
    item = _item(w.session, subject_id, [], today)
    if item is None:
        return None
    decision = purge_decision(
        item.status,
        _retained(w.session, subject_id),
        _open_requests(w.session, subject_id),
        today,
    )
    due = [r for r in decision.due if only is None or r.id in only]
    if not due:
        return None
    now = utcnow()
    for retained in due:
        row = w.session.get(WithdrawalOutcome, retained.id)
        row.purged_at = now
        w.session.add(row)
    # Anonymise only when every due category is purged now (none left for a later run).
    anonymise = decision.anonymise and len(due) == len(decision.due)
    counts = {"requests": 0, "letters": 0, "scans": 0}
    if anonymise:
        counts = _anonymise(w, subject_id)
    w.session.flush()
    w.audit(
        "subject.purge",
        "subject",
        subject_id,
        {"status": item.status},
        {
            "status": SubjectStatus.ANONYMISED.value if anonymise else item.status,
            "outcomes": sorted(r.id for r in due),
            "until": max(r.until for r in due if r.until is not None),
            "anonymised": anonymise,
            **counts,
        },
    )
    return PurgedSubject(subject_id, len(due), anonymise, **counts)


def _anonymise(w: Writer, subject_id: int) -> dict[str, int]:
    session = w.session
    subject = session.get(Subject, subject_id)
    claim(w, subject)
    subject.surname = ANONYMOUS
    for name in (
        "given_name",
        "patronymic",
        "surname_key",
        "given_key",
        "patronymic_key",
        "phone",
        "email",
        "address",
        "account_id",
        "client_org",
        "client_bin",
    ):
        setattr(subject, name, "")
    subject.iin = None
    subject.birth_date = None
    subject.status = SubjectStatus.ANONYMISED.value
    session.add(subject)
    requests = session.exec(select(Request).where(Request.subject_id == subject_id)).all()
    letters = scans = 0
    for request in requests:
        claim(w, request)
        request.sender = ANONYMOUS
        request.sender_address = ""
        request.summary = ""
        session.add(request)
        workflow = session.exec(
            select(Withdrawal).where(Withdrawal.request_id == request.id)
        ).first()
        if workflow is not None and workflow.identity_note:
            workflow.identity_note = ""
            session.add(workflow)
        for scan in session.exec(select(Attachment).where(Attachment.request_id == request.id)):
            scan.data = b""
            scan.text = ""
            scan.file_name = f"{scan.id}{_suffix(scan.file_name)}"
            scan.destroyed_at = scan.destroyed_at or utcnow()
            scan.flagged_for_destruction = False
            session.add(scan)
            scans += 1
        for letter in session.exec(select(Letter).where(Letter.request_id == request.id)):
            letter.body = ""
            letter.pdf = None  # a final letter keeps its number, date and SHA-256
            session.add(letter)
            letters += 1
    return {"requests": len(requests), "letters": letters, "scans": scans}


def _suffix(name: str) -> str:
    """A scan's extension (.pdf, .jpg), the only part of its name kept."""
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > 0 else ""
    return suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ""
