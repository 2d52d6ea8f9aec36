"""The demo's consent withdrawals and destruction requests, worked through the workflow.

Every step goes through :mod:`app.services.withdrawal` and :mod:`app.services.letters`, as the
officer's clicks do, so the demo tells the truth: an accepted and closed withdrawal has its checks,
decision, effective date, checklist, outcomes and destruction act recorded, its act and its
confirmation finalised, its subject deregistered (or processing stopped while data is retained by
law) and its consents closed; a refused one has its ground and refusal letter and its subject stays
active; an unsigned one is rejected; some are left mid-way.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.dispatch import Method
from app.domain.identifiers import s10_check_digit
from app.domain.requests import RequestType, Status
from app.services import dispatch, letters, requests, withdrawal
from app.services.context import Context
from app.storage.models import Operator, Request

On = Callable[[dt.date], Context]


def _language(request: Request) -> str:
    return request.language if request.language in ("kk", "ru") else "kk"


def _pair(data: dict | None) -> Pair:
    data = data or {}
    return Pair(str(data.get("kk", "")), str(data.get("ru", "")))


def _checks(on: On, r: Request, day: dt.date, subject_id: int | None, notes: dict) -> bool:
    """Step 1 (linking the record first when the letter came unlinked); False when unsigned."""
    if r.subject_id is None and subject_id is not None:
        requests.link_subject(on(day), r.id, subject_id)
    signed = bool(r.signed) or r.type != RequestType.CONSENT_WITHDRAWAL
    note = _pair(notes.get("identity_note")).in_(_language(r))
    withdrawal.record_checks(
        on(day), r.id, signed=signed, identity=rules.Identity.MATCH.value, note=note
    )
    return signed


def midway(
    on: On,
    r: Request,
    rng: random.Random,
    day: dt.date,
    subject_id: int | None,
    operator: Operator,
    material: dict,
) -> None:
    """An open withdrawal, left where an officer might be: not looked at yet (maybe unlinked),
    the checks done, the decision and part of the checklist, or everything down to the
    finalised act with the confirmation still to print (answer ready)."""
    settings = material["withdrawals"]
    roll = rng.random()
    if roll < 0.3:
        return
    if not _checks(on, r, day, subject_id, settings):
        return
    if roll < 0.45:
        return
    if roll < 0.7:
        withdrawal.decide(on(day), r.id, rules.Decision.ACCEPTED.value)
        withdrawal.set_effective(on(day), r.id, min(r.received_date, day))
        seen = withdrawal.view(on(day), r.id)
        for line in seen.systems[: rng.randint(0, len(seen.systems))]:
            withdrawal.set_system(on(day), r.id, line.id, done=True, done_on=day)
        return
    _work_through(on, r, rng, day, day, operator, settings)
    letters.finalise(on(day), r.id, rules.DESTRUCTION_ACT, _language(r))
    requests.change_status(on(day), r.id, Status.ANSWER_READY)


def finish(
    on: On,
    r: Request,
    rng: random.Random,
    start: dt.date,
    day: dt.date,
    subject_id: int | None,
    operator: Operator,
    material: dict,
) -> None:
    """Work a withdrawal to its end on ``day``: accepted (act, confirmation, sent, mostly closed),
    refused on a ground of art. 8(2) (refusal letter, sent), or rejected when unsigned."""
    settings = material["withdrawals"]
    lang = _language(r)
    if not _checks(on, r, start, subject_id, settings):
        requests.change_status(on(day), r.id, Status.REJECTED, material["notes"]["unsigned"])
        return
    refuse = (
        r.type == RequestType.CONSENT_WITHDRAWAL
        and rng.random() < settings["refused_share"]
        and withdrawal.view(on(start), r.id).subject_status == "active"  # a refusal keeps it so
    )
    if refuse:
        ground = rules.Ground.OBLIGATION if operator.code == "idcollect" else rules.Ground.LAW
        detail = _pair(settings["grounds"][ground.value])
        withdrawal.decide(
            on(start),
            r.id,
            rules.Decision.REFUSED.value,
            ground.value,
            detail_kk=detail.kk,
            detail_ru=detail.ru,
        )
        letters.finalise(on(day), r.id, rules.REFUSAL, lang)
        _send(on, r, rng, day)
        return
    _work_through(on, r, rng, start, day, operator, settings)
    letters.finalise(on(day), r.id, rules.DESTRUCTION_ACT, lang)
    letters.finalise(on(day), r.id, rules.DEREGISTRATION, lang)
    _send(on, r, rng, day)


def _work_through(
    on: On,
    r: Request,
    rng: random.Random,
    start: dt.date,
    day: dt.date,
    operator: Operator,
    settings: dict,
) -> None:
    """Accept, date, clean every system, choose every outcome and describe the act."""
    withdrawal.decide(on(start), r.id, rules.Decision.ACCEPTED.value)
    withdrawal.set_effective(on(start), r.id, r.received_date)
    seen = withdrawal.view(on(start), r.id)
    span = max((day - start).days, 0)
    for line in seen.systems:
        done_on = start + dt.timedelta(days=rng.randint(0, span))
        withdrawal.set_system(on(done_on), r.id, line.id, done=True, done_on=done_on)
    # A rule binds the collection agency always (its policy, 5.3); elsewhere the officer finds
    # the kept documents (contracts, accounting) exist for some subjects only.
    keeps = (
        operator.code in settings["retention_always"] or rng.random() < settings["retained_share"]
    )
    for line in seen.outcomes:
        if keeps and line.suggested_until is not None and not line.suggested_basis.missing():
            withdrawal.set_outcome(
                on(day),
                r.id,
                line.id,
                outcome=rules.Outcome.RETAINED.value,
                basis=line.suggested_basis,
                until=line.suggested_until,
            )
        else:
            anonymise = rng.random() < settings["anonymised_share"]
            outcome = rules.Outcome.ANONYMISED if anonymise else rules.Outcome.DESTROYED
            withdrawal.set_outcome(on(day), r.id, line.id, outcome=outcome.value)
    officer = _pair(settings["officer_position"])
    approver = rules.Member(
        operator.signatory_name,
        Pair(operator.signatory_position_kk, operator.signatory_position_ru),
    )
    act = rules.ActFacts(
        place=_pair(settings["places"].get(operator.code)),
        members=(rules.Member(operator.executor_name, officer),),
        approver=approver,
        approved_on=day,
    )
    withdrawal.set_act(on(day), r.id, act)


def _send(on: On, r: Request, rng: random.Random, day: dt.date) -> None:
    """Post the request's final letters by registered mail through the dispatch service (which
    moves the request to sent), then, as the days allow: the delivery notice (it closes the
    request), a return, or nothing yet (awaiting; the wait closes it later)."""
    requests.change_status(on(day), r.id, Status.ANSWER_READY)
    ids = dispatch.letters_of_requests(on(day), [r.id])
    today = on(dt.date.max).today()  # on() never goes past today
    if not ids or ((today - day).days <= 3 and rng.random() < 0.5):
        return  # finalised in the last days: still on the desk, to post
    items = [dispatch.Item(letter_id, tracking_number(rng)) for letter_id in ids]
    order = dispatch.Dispatch(Method.REGISTERED.value, day, items, weight=rng.choice((20, 50)))
    dispatch.dispatch(on(day), order)
    roll = rng.random()
    if roll < 0.85:
        notice = day + dt.timedelta(days=rng.randint(4, 21))
        if notice <= today:
            for letter_id in ids:
                dispatch.record_delivery(on(notice), letter_id, notice)
    elif roll < 0.93:
        back = day + dt.timedelta(days=rng.randint(10, 30))
        if back <= today:
            dispatch.record_return(on(back), ids[0], back)
    # else: no notice ever came (the configured wait closes the request)


def tracking_number(rng: random.Random) -> str:
    """A valid UPU S10 number of a registered letter posted in Kazakhstan (RR…KZ)."""
    serial = f"{rng.randint(0, 99_999_999):08d}"
    return f"RR{serial}{s10_check_digit(serial)}KZ"
