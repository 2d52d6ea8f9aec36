"""The withdrawal of consent carried to its end (SPEC "Consent withdrawal and deregistration").

Each step the officer records is one call here: one transaction that begins the workflow if it
has not begun (:func:`start_in`), asks the domain's rule of that step
(:mod:`app.domain.withdrawal`), writes the step, logs it (a :class:`WithdrawalStep`, which the
case's timeline shows with who and when) and audits it. Every change moves the request's version
on (:func:`app.services.versions.claim`), so ``seen`` (the version the officer saw) refuses a
change made over someone else's.

The end is :func:`complete_in`, called by the request's move to "sent"
(:func:`app.services.requests._move`): with an accepted workflow and a finalised confirmation the
subject's status becomes :func:`~app.domain.withdrawal.result_status` of the outcomes, and the
consents the withdrawal names are closed on the effective date with the request. A refusal
leaves the subject as it was (active). The read model is :mod:`app.services.withdrawal_view`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlmodel import col, select

from app.domain import text_pairs
from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.errors import DomainError, problem, raise_if
from app.services import subjects
from app.services.context import Context, Writer
from app.services.versions import claim
from app.services.withdrawal_facts import WorkflowRows, facts_in, rows_in
from app.services.withdrawal_view import (
    CONSENTS,
    DONE,
    START,
    WorkflowView,
    data_map_of,
    rule_for,
    suggestion,
    view_in,
)
from app.storage.models import (
    Consent,
    Letter,
    Operator,
    Request,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    WithdrawalStep,
    WithdrawalSystem,
)

__all__ = [
    "WorkflowView",
    "complete_in",
    "decide",
    "record_checks",
    "set_act",
    "set_consents",
    "set_effective",
    "set_outcome",
    "set_system",
    "start_in",
    "view",
]


# --- reading ---------------------------------------------------------------------------------


def view(ctx: Context, request_id: int) -> WorkflowView | None:
    """The workflow of ``request_id`` as the Withdrawal tab shows it; None for a request whose
    type has no workflow."""
    with ctx.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise DomainError.at("request", "no_request", id=request_id)
        return view_in(session, request, ctx.today())


# --- beginning -------------------------------------------------------------------------------


def _log(w: Writer, withdrawal: Withdrawal, step: str, detail: dict) -> None:
    w.session.add(
        WithdrawalStep(
            withdrawal_id=withdrawal.id,
            request_id=withdrawal.request_id,
            step=str(step),
            at=w.now,
            actor=w.actor,
            detail=detail,
        )
    )


def _open_consents(w: Writer, subject_id: int | None) -> list[int]:
    if subject_id is None:
        return []
    return list(
        w.session.exec(
            select(Consent.id)
            .where(Consent.subject_id == subject_id, col(Consent.withdrawn_at).is_(None))
            .order_by(col(Consent.id))
        ).all()
    )


def start_in(w: Writer, request: Request) -> Withdrawal:
    """Begin the workflow of ``request`` (once): the operator's systems become the checklist,
    each data category a row whose outcome stays '' (never defaulted) while its retention rule
    pre-fills the basis and a suggested until for the officer to confirm; the subject's open
    consents are named."""
    if not rules.applies(request.type):
        raise DomainError.at("workflow", "no_workflow_for_type", type=request.type)
    found = rows_in(w.session, request.id)
    if found is not None:
        return found.withdrawal
    data_map = data_map_of(w.session.get(Operator, request.operator_id))
    withdrawal = Withdrawal(
        request_id=request.id,
        consent_ids=_open_consents(w, request.subject_id),
        created_at=w.now,
        updated_at=w.now,
    )
    w.session.add(withdrawal)
    w.session.flush()
    for position, name in enumerate(data_map.systems):
        w.session.add(
            WithdrawalSystem(
                withdrawal_id=withdrawal.id, position=position, name_kk=name.kk, name_ru=name.ru
            )
        )
    start = rules.default_effective(request.received_date, w.now.date())
    for position, category in enumerate(data_map.categories):
        basis, until = suggestion(category, start)
        w.session.add(
            WithdrawalOutcome(
                withdrawal_id=withdrawal.id,
                position=position,
                category_kk=category.name.kk,
                category_ru=category.name.ru,
                basis_kk=basis.kk,
                basis_ru=basis.ru,
                until=until,
            )
        )
    detail = {
        "systems": len(data_map.systems),
        "categories": len(data_map.categories),
        "consents": list(withdrawal.consent_ids),
    }
    _log(w, withdrawal, START, detail)
    w.session.flush()
    w.audit("withdrawal.start", "request", request.id, None, detail)
    return withdrawal


def _begin(
    w: Writer, request_id: int, seen: int | None, step: rules.Step | None
) -> tuple[Request, WorkflowRows, rules.WorkflowFacts]:
    """The request claimed (its version moves on), its workflow begun, and the step allowed."""
    request = w.session.get(Request, request_id)
    if request is None:
        raise DomainError.at("request", "no_request", id=request_id)
    claim(w, request, seen)
    withdrawal = start_in(w, request)
    withdrawal.updated_at = w.now
    w.session.add(withdrawal)
    w.session.flush()
    facts = facts_in(w.session, request)
    if step is not None:
        raise_if(rules.stage_problems(facts, step))
    return request, rows_in(w.session, request_id), facts


# --- the steps -------------------------------------------------------------------------------


def record_checks(
    ctx: Context,
    request_id: int,
    *,
    signed: bool,
    identity: str,
    note: str = "",
    letter_iin: str = "",
    seen: int | None = None,
) -> WorkflowView:
    """Step 1: whether the statement is signed, and the officer's comparison of the letter's
    identity with the record. ``letter_iin`` is the IIN as written on the letter (compared, never
    stored); a match recorded while the name or that IIN differs needs ``note``."""
    note = note.strip()
    with ctx.write() as w:
        request, rows, _facts = _begin(w, request_id, seen, rules.Step.CHECKS)
        subject = w.session.get(Subject, request.subject_id) if request.subject_id else None
        differences = (
            rules.identity_differences(
                request.sender, letter_iin, subjects.full_name(subject), subject.iin or ""
            )
            if subject is not None
            else ()
        )
        found = list(rules.check_problems(signed, identity, note, differences))
        if identity == rules.Identity.MATCH and subject is None:
            found.append(problem("identity", "no_record_to_compare"))
        raise_if(found)
        wd = rows.withdrawal
        before = {"signed": wd.signed, "identity": wd.identity}
        wd.signed, wd.identity, wd.identity_note = signed, identity, note
        wd.checked_by, wd.checked_at = w.actor, w.now
        w.session.add(wd)
        detail = {"signed": signed, "identity": identity, "differs": list(differences)}
        if note:
            detail["note"] = note
        _log(w, wd, rules.Step.CHECKS, detail)
        w.audit("withdrawal.checks", "request", request.id, before, detail)
    return view(ctx, request_id)


def decide(
    ctx: Context,
    request_id: int,
    decision: str,
    ground: str = "",
    *,
    detail_kk: str = "",
    detail_ru: str = "",
    seen: int | None = None,
) -> WorkflowView:
    """Step 2: accept, or refuse on a ground of Law 94-V art. 8(2) with its detail in Kazakh
    and in Russian (the refusal prints the half of its language: the one(s) the request's
    letter language needs are required). Accepting needs the checks passed and a linked record
    (the one whose status will change). The halves are keywords: one positional detail fails
    loudly instead of landing in the wrong half."""
    detail = Pair(detail_kk.strip(), detail_ru.strip())
    with ctx.write() as w:
        request, rows, facts = _begin(w, request_id, seen, rules.Step.DECISION)
        found = list(rules.decision_problems(facts, decision, ground, detail, request.language))
        if decision == rules.Decision.ACCEPTED and request.subject_id is None:
            found.append(problem("subject", "withdrawal_no_subject"))
        raise_if(found)
        wd = rows.withdrawal
        before = {"decision": wd.decision, "ground": wd.ground}
        refused = decision == rules.Decision.REFUSED
        wd.decision = decision
        wd.ground = ground if refused else ""
        wd.ground_detail_kk, wd.ground_detail_ru = (detail.kk, detail.ru) if refused else ("", "")
        wd.decided_by, wd.decided_at = w.actor, w.now
        w.session.add(wd)
        logged = {"decision": decision}
        if refused:
            logged |= {"ground": ground, "detail_kk": detail.kk, "detail_ru": detail.ru}
        _log(w, wd, rules.Step.DECISION, logged)
        w.audit("withdrawal.decide", "request", request.id, before, logged)
    return view(ctx, request_id)


def _answered(w: Writer, request_id: int) -> dt.date | None:
    return w.session.exec(
        select(Letter.out_date).where(
            Letter.request_id == request_id,
            col(Letter.finalized_at).is_not(None),
            col(Letter.kind).in_([rules.DEREGISTRATION, rules.REFUSAL]),
        )
    ).first()


def set_effective(
    ctx: Context, request_id: int, day: dt.date, seen: int | None = None
) -> WorkflowView:
    """Step 3: the day processing stopped. The categories not decided yet get their suggested
    until again, counted from that day."""
    with ctx.write() as w:
        request, rows, _facts = _begin(w, request_id, seen, rules.Step.EFFECTIVE)
        raise_if(
            rules.effective_problems(
                day, request.received_date, ctx.today(), _answered(w, request_id)
            )
        )
        wd = rows.withdrawal
        before = wd.effective_date
        wd.effective_date = day
        w.session.add(wd)
        data_map = data_map_of(w.session.get(Operator, request.operator_id))
        for row in rows.outcomes:
            if row.outcome:
                continue
            _basis, until = suggestion(
                rule_for(data_map, Pair(row.category_kk, row.category_ru)), day
            )
            if until is not None:
                row.until = until
                w.session.add(row)
        _log(w, wd, rules.Step.EFFECTIVE, {"day": day.isoformat()})
        w.audit("withdrawal.effective", "request", request.id, {"day": before}, {"day": day})
    return view(ctx, request_id)


def set_system(
    ctx: Context,
    request_id: int,
    system_id: int,
    *,
    done: bool,
    done_on: dt.date | None = None,
    note_kk: str = "",
    note_ru: str = "",
    seen: int | None = None,
) -> WorkflowView:
    """Step 4: one system of the checklist cleaned (on a day, by the officer) or not yet, with
    an optional note in Kazakh and in Russian: the act prints the half of its language, so a
    note written needs the half(s) the request's letter language needs."""
    note = Pair(note_kk.strip(), note_ru.strip())
    with ctx.write() as w:
        request, rows, _facts = _begin(w, request_id, seen, rules.Step.SYSTEMS)
        row = next((s for s in rows.systems if s.id == system_id), None)
        if row is None:
            raise DomainError.at("systems", "no_such_line", id=system_id)
        found = list(rules.system_problems(done, done_on, request.received_date, ctx.today()))
        found += text_pairs.pair_problems(note.kk, note.ru, request.language, text_pairs.NOTE)
        raise_if(found)
        before = {"done": row.done, "done_on": row.done_on, "note": row.note_kk or row.note_ru}
        row.done, row.note_kk, row.note_ru = done, note.kk, note.ru
        row.done_on = done_on if done else None
        row.done_by = w.actor if done else ""
        w.session.add(row)
        detail = {
            "system": row.name_ru or row.name_kk,
            "done": done,
            "done_on": row.done_on.isoformat() if row.done_on else None,
        }
        if not note.empty:
            detail |= {"note_kk": note.kk, "note_ru": note.ru}
        _log(w, rows.withdrawal, rules.Step.SYSTEMS, detail)
        w.audit("withdrawal.system", "request", request.id, before, detail)
    return view(ctx, request_id)


def set_outcome(
    ctx: Context,
    request_id: int,
    outcome_id: int,
    *,
    outcome: str,
    basis: Pair = Pair(),  # noqa: B008 - a frozen value
    until: dt.date | None = None,
    seen: int | None = None,
) -> WorkflowView:
    """Step 5: what happened to one data category, chosen by the officer; a retained one names
    its legal basis in both languages and the day it is kept until (then purged)."""
    basis = Pair(basis.kk.strip(), basis.ru.strip())
    with ctx.write() as w:
        request, rows, facts = _begin(w, request_id, seen, rules.Step.OUTCOMES)
        row = next((o for o in rows.outcomes if o.id == outcome_id), None)
        if row is None:
            raise DomainError.at("outcomes", "no_such_line", id=outcome_id)
        raise_if(rules.outcome_problems(outcome, basis, until, facts.effective, ctx.today()))
        before = {"outcome": row.outcome, "until": row.until}
        retained = outcome == rules.Outcome.RETAINED
        row.outcome = outcome
        row.basis_kk, row.basis_ru = (basis.kk, basis.ru) if retained else ("", "")
        row.until = until if retained else None
        row.recorded_by, row.recorded_at = w.actor, w.now
        w.session.add(row)
        detail = {"category": row.category_ru or row.category_kk, "outcome": outcome}
        if retained:
            detail |= {"basis": basis.ru or basis.kk, "until": until.isoformat()}
        _log(w, rows.withdrawal, rules.Step.OUTCOMES, detail)
        w.audit("withdrawal.outcome", "request", request.id, before, detail)
    return view(ctx, request_id)


def set_act(
    ctx: Context, request_id: int, act: rules.ActFacts, seen: int | None = None
) -> WorkflowView:
    """Step 6: the destruction act's place, members and approver (its number and date come
    when it is finalised, in the operator's act series)."""
    with ctx.write() as w:
        request, rows, _facts = _begin(w, request_id, seen, rules.Step.ACT)
        raise_if(rules.act_problems(act))
        wd = rows.withdrawal
        wd.act_place_kk, wd.act_place_ru = act.place.kk.strip(), act.place.ru.strip()
        wd.act_members = [
            {"name": m.name.strip(), "position_kk": m.position.kk, "position_ru": m.position.ru}
            for m in act.members
            if m.name.strip()
        ]
        approver = act.approver
        wd.act_approver_name = approver.name.strip() if approver else ""
        wd.act_approver_position_kk = approver.position.kk if approver else ""
        wd.act_approver_position_ru = approver.position.ru if approver else ""
        wd.act_approved_on = act.approved_on
        w.session.add(wd)
        detail = {
            "place": wd.act_place_ru or wd.act_place_kk,
            "members": [m["name"] for m in wd.act_members],
            "approver": wd.act_approver_name,
        }
        _log(w, wd, rules.Step.ACT, detail)
        w.audit("withdrawal.act", "request", request.id, None, detail)
    return view(ctx, request_id)


def set_consents(
    ctx: Context, request_id: int, ids: Iterable[int], seen: int | None = None
) -> WorkflowView:
    """The consents the withdrawal names (closed when the confirmation is sent): consents of
    the linked subject only."""
    wanted = sorted(set(ids))
    with ctx.write() as w:
        request, rows, facts = _begin(w, request_id, seen, None)
        if facts.completed or facts.answer_final:
            raise DomainError.at("workflow", "workflow_closed")
        own = set()
        if request.subject_id is not None:
            own = set(
                w.session.exec(
                    select(Consent.id).where(Consent.subject_id == request.subject_id)
                ).all()
            )
        strangers = [i for i in wanted if i not in own]
        if strangers:
            raise DomainError.at("consents", "consent_not_subjects", id=strangers[0])
        wd = rows.withdrawal
        before = list(wd.consent_ids or [])
        wd.consent_ids = wanted
        w.session.add(wd)
        _log(w, wd, CONSENTS, {"consents": wanted})
        w.audit("withdrawal.consents", "request", request.id, before, wanted)
    return view(ctx, request_id)


# --- the end ---------------------------------------------------------------------------------


def complete_in(w: Writer, request: Request) -> Subject | None:
    """On sending the confirmation: the subject's status becomes what the outcomes say and the
    named consents are closed, logged and audited, inside the caller's writer. Nothing happens
    for a request without a workflow, a refused or undecided one, one whose confirmation is not
    finalised, or one completed already; a refusal leaves the subject active. A decided workflow
    whose answer is not finalised is not sent (:func:`app.domain.withdrawal.sending_problems`):
    the letter the subject receives must be the one that states the recorded facts."""
    if not rules.applies(request.type):
        return None
    facts = facts_in(w.session, request)
    raise_if(rules.sending_problems(facts))
    if facts is None or not facts.accepted or facts.completed:
        return None
    rows = rows_in(w.session, request.id)
    wd = rows.withdrawal
    subject = w.session.get(Subject, request.subject_id) if request.subject_id else None
    if subject is None:
        raise DomainError.at("subject", "withdrawal_no_subject")
    status = rules.result_status(facts.outcomes).value
    claim(w, subject)
    before = subject.status
    subject.status = status
    w.session.add(subject)
    w.audit("subject.status", "subject", subject.id, {"status": before}, {"status": status})
    # The consent closes on the effective date; noon UTC keeps that date in every time zone.
    day = facts.effective or request.received_date
    withdrawn = dt.datetime.combine(day, dt.time(12), dt.UTC)
    closed = []
    for consent in w.session.exec(
        select(Consent).where(col(Consent.id).in_(list(wd.consent_ids or [])))
    ):
        if consent.subject_id != subject.id or consent.withdrawn_at is not None:
            continue
        consent.withdrawn_at = withdrawn
        consent.withdrawal_request_id = request.id
        w.session.add(consent)
        closed.append(consent.id)
    wd.completed_at, wd.completed_by, wd.result_status = w.now, w.actor, status
    w.session.add(wd)
    detail = {"status": status, "consents": closed, "day": day.isoformat()}
    _log(w, wd, DONE, detail)
    w.session.flush()
    w.audit("withdrawal.complete", "request", request.id, {"status": before}, detail)
    return subject
