"""Consent withdrawal carried to its end (SPEC "Consent withdrawal and deregistration"): the
rules of the workflow, as plain values.

A withdrawal (and a destruction request, which takes the same road) is worked in steps, each
recorded with who and when by the service (:mod:`app.services.withdrawal`):

1. **checks**: the statement is signed (a withdrawal is a signed written statement) and the
   identity on the letter (IIN, name) matches the record; a mismatch is recorded as one and
   stops an acceptance, it is never accepted silently;
2. **decision**: accept, or refuse on a ground of Law 94-V art. 8(2) with its detail;
3. **effective date**: the day processing stopped (by default the receipt date): never before the
   letter was received, never in the future, never after the answer;
4. **systems**: the operator's checklist, each system done on a date by someone;
5. **outcomes**: per data category, chosen by the officer (never defaulted): destroyed,
   anonymised, or blocked and retained under a named legal basis until a date;
6. **the destruction act**: its place, the members who carried it out, the approver; then it is
   finalised under its own number series;
7. **the answer**: the confirmation (after the act) or the refusal, finalised and sent; on sending
   the confirmation the subject's status becomes :func:`result_status` and the consents the
   withdrawal names are closed.

:func:`letter_problems` is what the letters rule asks: a letter states only what these steps
recorded, so a kind whose facts are missing is refused with what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import text_pairs
from app.domain.data_map import Pair
from app.domain.errors import Problem, problem
from app.domain.names import name_matches
from app.domain.requests import RequestType


class Ground(StrEnum):
    """Grounds for refusing a withdrawal of consent: Law 94-V, art. 8(2)."""

    LAW = "law"  # the withdrawal contradicts the laws of the Republic of Kazakhstan
    OBLIGATION = "obligation"  # an obligation is still unfulfilled (e.g. an open debt)


class Outcome(StrEnum):
    """What happened to one category of data when consent was withdrawn (SPEC step 3)."""

    DESTROYED = "destroyed"
    ANONYMISED = "anonymised"
    RETAINED = "retained"  # blocked and kept under a named legal basis until a date


class Identity(StrEnum):
    """The officer's comparison of the letter's IIN and name with the subject's record."""

    MATCH = "match"
    MISMATCH = "mismatch"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    REFUSED = "refused"


class Step(StrEnum):
    """The steps in the order they are worked (the case view shows the first one open)."""

    CHECKS = "checks"
    DECISION = "decision"
    EFFECTIVE = "effective"
    SYSTEMS = "systems"
    OUTCOMES = "outcomes"
    ACT = "act"
    ANSWER = "answer"
    DONE = "done"


class SubjectStatus(StrEnum):
    ACTIVE = "active"
    PROCESSING_STOPPED = "processing_stopped"  # consent withdrawn, some data retained by law
    DEREGISTERED = "deregistered"
    ANONYMISED = "anonymised"
    MERGED = "merged"  # folded into another record of the same person


# The request types worked through this workflow.
WORKFLOW_TYPES = frozenset({RequestType.CONSENT_WITHDRAWAL, RequestType.DESTRUCTION})


def applies(request_type: str) -> bool:
    return request_type in WORKFLOW_TYPES


@dataclass(frozen=True)
class SystemCheck:
    """One line of the checklist: a system of the operator's, cleaned or not yet."""

    name: Pair
    done: bool = False
    done_on: dt.date | None = None
    by: str = ""
    note: Pair = field(default_factory=Pair)  # the act prints the half of its language


@dataclass(frozen=True)
class CategoryOutcome:
    """One data category and what the officer chose for it ('' until chosen)."""

    category: Pair
    outcome: str = ""
    basis: Pair = field(default_factory=Pair)  # retained: the legal basis
    until: dt.date | None = None  # retained: kept until (then purged)

    @property
    def retained(self) -> bool:
        return self.outcome == Outcome.RETAINED


@dataclass(frozen=True)
class Member:
    """Someone who carried out the destruction and signs the act, or approves it."""

    name: str
    position: Pair = field(default_factory=Pair)


@dataclass(frozen=True)
class ActFacts:
    """The destruction act's own details (its number and date come when it is finalised)."""

    place: Pair = field(default_factory=Pair)  # where it was drawn up: "Алматы қ." / "г. Алматы"
    members: tuple[Member, ...] = ()
    approver: Member | None = None
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class WorkflowFacts:
    """What the workflow of one request has recorded so far."""

    type: str
    received: dt.date
    signed: bool | None = None  # the officer's check: None not checked yet
    identity: str = ""  # '' not checked, or an :class:`Identity`
    decision: str = ""  # '' not decided, or a :class:`Decision`
    ground: str = ""
    ground_detail: Pair = field(default_factory=Pair)  # the refusal prints its language's half
    effective: dt.date | None = None
    systems: tuple[SystemCheck, ...] = ()
    outcomes: tuple[CategoryOutcome, ...] = ()
    act: ActFacts = field(default_factory=ActFacts)
    act_final: bool = False  # the destruction act is finalised (numbered, stored)
    answer_final: bool = False  # the confirmation or the refusal is finalised
    completed: bool = False  # the confirmation was sent: the subject's status changed

    @property
    def accepted(self) -> bool:
        return self.decision == Decision.ACCEPTED

    @property
    def refused(self) -> bool:
        return self.decision == Decision.REFUSED


# --- each step's own rule ---------------------------------------------------------------------


def identity_differences(
    letter_name: str, letter_iin: str, record_name: str, record_iin: str
) -> tuple[str, ...]:
    """Which of the letter's identity details differ from the record: ``"name"`` (every word of
    the name on the letter must start a word of the record's, in any script) and ``"iin"``
    (compared only when the officer typed the letter's IIN). Shown side by side, never settled
    silently: a match recorded despite a difference needs the officer's note."""
    found = []
    if letter_name.strip() and not name_matches(letter_name, record_name):
        found.append("name")
    typed = "".join(letter_iin.split())
    if typed and typed != "".join((record_iin or "").split()):
        found.append("iin")
    return tuple(found)


def check_problems(
    signed: bool | None, identity: str, note: str = "", differences: Iterable[str] = ()
) -> tuple[Problem, ...]:
    """The checks step: the signature looked at, the identity compared; a match recorded while
    the letter and the record differ needs a note saying why it is the same person."""
    found = []
    if signed is None:
        found.append(problem("signed", "signature_unchecked"))
    choices = [i.value for i in Identity]
    if not identity:
        found.append(problem("identity", "identity_unchecked"))
    elif identity not in choices:
        found.append(problem("identity", "choice", value=identity, choices=choices))
    elif identity == Identity.MATCH and tuple(differences) and not note.strip():
        found.append(problem("identity_note", "identity_differs_note"))
    return tuple(found)


def stage_problems(facts: WorkflowFacts | None, step: Step) -> tuple[Problem, ...]:
    """May ``step`` be recorded now? Nothing changes once the confirmation was sent or the
    answer finalised; the work after the decision (the date, the systems, the outcomes, the
    act) is for an accepted withdrawal only; and the act's details and the outcomes are fixed
    once the act is finalised."""
    if facts is None:
        return ()
    if facts.completed or facts.answer_final:
        return (problem("workflow", "workflow_closed"),)
    after_decision = (Step.EFFECTIVE, Step.SYSTEMS, Step.OUTCOMES, Step.ACT)
    if step in after_decision and not facts.accepted:
        return (problem("decision", "accept_first"),)
    if step in (Step.CHECKS, Step.DECISION) and facts.act_final:
        return (problem("act", "act_already_final"),)
    if step in after_decision and facts.act_final:
        return (problem("act", "act_already_final"),)
    return ()


def decision_problems(
    facts: WorkflowFacts,
    decision: str,
    ground: str = "",
    detail: Pair = Pair(),  # noqa: B008 - a frozen value
    language: str = "kk",
) -> tuple[Problem, ...]:
    """May ``decision`` be recorded now? Accepting needs a signed statement and a matching
    identity; refusing needs a ground of art. 8(2) and its detail, in the half(s) the refusal
    letter in ``language`` (the request's) prints (:func:`app.domain.text_pairs.pair_problems`:
    ``ground_detail_required``, ``half_missing``, a half in the other language refused)."""
    choices = [d.value for d in Decision]
    if decision not in choices:
        return (problem("decision", "choice", value=decision, choices=choices),)
    found: list[Problem] = []
    if decision == Decision.ACCEPTED:
        if facts.type == RequestType.CONSENT_WITHDRAWAL and facts.signed is not True:
            code = "withdrawal_unsigned" if facts.signed is False else "signature_unchecked"
            found.append(problem("signed", code))
        if facts.identity != Identity.MATCH:
            code = (
                "identity_mismatch" if facts.identity == Identity.MISMATCH else "identity_unchecked"
            )
            found.append(problem("identity", code))
    else:
        grounds = [g.value for g in Ground]
        if not ground:
            found.append(problem("ground", "ground_required", grounds=grounds))
        elif ground not in grounds:
            found.append(problem("ground", "choice", value=ground, choices=grounds))
        found += text_pairs.pair_problems(
            detail.kk,
            detail.ru,
            language,
            text_pairs.GROUND_DETAIL,
            required_code="ground_detail_required",
        )
    return tuple(found)


def effective_problems(
    effective: dt.date | None, received: dt.date, today: dt.date, answered: dt.date | None = None
) -> tuple[Problem, ...]:
    """The day processing stopped: on or after receipt, not in the future, not after the answer."""
    if effective is None:
        return (problem("effective", "required"),)
    if effective < received:
        return (problem("effective", "before_received", received=received),)
    if effective > today:
        return (problem("effective", "future", value=effective),)
    if answered is not None and effective > answered:
        return (problem("effective", "effective_after_answer", answered=answered),)
    return ()


def default_effective(received: dt.date, today: dt.date) -> dt.date:
    """The receipt date, the day the operator learnt of the withdrawal."""
    return min(received, today)


def system_problems(
    done: bool, done_on: dt.date | None, received: dt.date, today: dt.date
) -> tuple[Problem, ...]:
    """A system marked done needs the day it was cleaned: after receipt, not in the future."""
    if not done:
        return ()
    if done_on is None:
        return (problem("done_on", "required"),)
    if done_on < received:
        return (problem("done_on", "before_received", received=received),)
    if done_on > today:
        return (problem("done_on", "future", value=done_on),)
    return ()


def outcome_problems(
    outcome: str, basis: Pair, until: dt.date | None, effective: dt.date | None, today: dt.date
) -> tuple[Problem, ...]:
    """One category's outcome: chosen (no default), and when retained, a legal basis in both
    languages and a date after the withdrawal took effect."""
    choices = [o.value for o in Outcome]
    if not outcome:
        return (problem("outcome", "outcome_required", choices=choices),)
    if outcome not in choices:
        return (problem("outcome", "choice", value=outcome, choices=choices),)
    if outcome != Outcome.RETAINED:
        return ()
    found = [problem("basis", "basis_missing_half", language=lang) for lang in basis.missing()]
    start = effective or today
    if until is None:
        found.append(problem("until", "required"))
    elif until <= start:
        found.append(problem("until", "until_not_after", date=start))
    return tuple(found)


def act_problems(act: ActFacts) -> tuple[Problem, ...]:
    """The act needs where it was drawn up (both languages), who did it and who approves it."""
    found = [problem("place", "place_missing_half", language=lang) for lang in act.place.missing()]
    if not any(m.name.strip() for m in act.members):
        found.append(problem("members", "members_required"))
    for row, member in enumerate(act.members, 1):
        if member.name.strip():
            found += [
                problem("members", "position_missing_half", row=row, language=lang)
                for lang in member.position.missing()
            ]
    if act.approver is None or not act.approver.name.strip():
        found.append(problem("approver", "approver_required"))
    return tuple(found)


# --- where the workflow stands ----------------------------------------------------------------


def systems_left(facts: WorkflowFacts) -> tuple[SystemCheck, ...]:
    return tuple(s for s in facts.systems if not s.done)


def outcomes_left(facts: WorkflowFacts) -> tuple[CategoryOutcome, ...]:
    return tuple(o for o in facts.outcomes if not o.outcome)


def next_step(facts: WorkflowFacts) -> Step:
    """The first step still to be worked."""
    if facts.signed is None or not facts.identity:
        return Step.CHECKS
    if not facts.decision:
        return Step.DECISION
    if facts.refused:
        return Step.DONE if facts.answer_final else Step.ANSWER
    if facts.effective is None:
        return Step.EFFECTIVE
    if systems_left(facts):
        return Step.SYSTEMS
    if outcomes_left(facts):
        return Step.OUTCOMES
    if not facts.act_final:
        return Step.ACT
    if not facts.completed:
        return Step.ANSWER
    return Step.DONE


def sending_problems(facts: WorkflowFacts | None) -> tuple[Problem, ...]:
    """A decided withdrawal is sent with its answer: the confirmation of an accepted one, the
    refusal of a refused one, finalised first. An undecided (or not begun) workflow has
    nothing of its own to send, and a completed one was sent already."""
    if facts is None or not facts.decision or facts.completed or facts.answer_final:
        return ()
    kind = REFUSAL if facts.refused else DEREGISTRATION
    return (problem("status", "answer_not_final", kind=kind),)


def result_status(outcomes: Iterable[CategoryOutcome]) -> SubjectStatus:
    """The subject's status once the confirmation is sent: processing stopped while some data
    is retained under a legal basis, else deregistered."""
    if any(o.retained for o in outcomes):
        return SubjectStatus.PROCESSING_STOPPED
    return SubjectStatus.DEREGISTERED


# --- what the letters may state ---------------------------------------------------------------

DEREGISTRATION = "deregistration"
DESTRUCTION_ACT = "destruction-act"
REFUSAL = "refusal"
WORKFLOW_KINDS = frozenset({DEREGISTRATION, DESTRUCTION_ACT, REFUSAL})


def letter_problems(
    kind: str, facts: WorkflowFacts | None, language: str | None = None
) -> tuple[Problem, ...]:
    """Why a letter of ``kind`` may not be written yet from what the workflow recorded.

    A deregistration confirmation and a destruction act need an accepted withdrawal with its
    effective date, every system cleaned and every category's outcome; the act its place,
    members and approver; the confirmation, on top, the finalised act. A refusal needs a
    recorded refusal with its ground. ``language`` (kk or ru) also asks for the halves of the
    recorded texts that letter will print."""
    if kind not in WORKFLOW_KINDS:
        return ()
    if facts is None:
        return (problem("workflow", "workflow_not_started", kind=kind),)
    if kind == REFUSAL:
        if not facts.refused:
            return (problem("decision", "refusal_not_decided"),)
        return ()
    found: list[Problem] = []
    if not facts.accepted:
        found.append(problem("decision", "withdrawal_not_accepted", kind=kind))
    if facts.effective is None:
        found.append(problem("effective", "effective_missing"))
    left = systems_left(facts)
    if left:
        found.append(
            problem("systems", "systems_not_done", count=len(left), first=_name(left[0].name))
        )
    missing = outcomes_left(facts)
    if missing:
        found.append(
            problem(
                "outcomes", "outcomes_missing", count=len(missing), first=_name(missing[0].category)
            )
        )
    if kind == DESTRUCTION_ACT:
        found += act_problems(facts.act)
    elif not facts.act_final:
        found.append(problem("act", "act_not_final"))
    if language in ("kk", "ru"):
        found += _halves(facts, language)
    return tuple(found)


def _halves(facts: WorkflowFacts, language: str) -> list[Problem]:
    found = []
    for row, s in enumerate(facts.systems, 1):
        if not s.name.in_(language):
            found.append(problem("systems", "pair_missing_half", row=row, language=language))
    for row, o in enumerate(facts.outcomes, 1):
        if not o.category.in_(language):
            found.append(problem("outcomes", "pair_missing_half", row=row, language=language))
        if o.retained and not o.basis.in_(language):
            found.append(problem("basis", "basis_missing_half", row=row, language=language))
    return found


def _name(pair: Pair) -> str:
    return pair.ru or pair.kk


# --- purge and merge --------------------------------------------------------------------------


def purge_due(until: dt.date | None, today: dt.date) -> bool:
    """Retained data is purged the day after its retention date."""
    return until is not None and until < today


@dataclass(frozen=True)
class Retained:
    """One category a subject's finished withdrawal kept under a legal basis until a date."""

    id: int
    category: Pair
    until: dt.date | None
    purged: bool = False


class Held(StrEnum):
    """Why a subject's record stays as it is after its due categories are purged."""

    NONE = ""  # nothing holds it: the record is anonymised
    RETAINED = "retained"  # another category is still kept (until the latest date)
    ACTIVE = "active"  # the subject is active again (a new consent): their data is in use
    OPEN_REQUESTS = "open_requests"  # a letter of theirs is still being worked
    DONE = "done"  # already anonymised or merged into another record


@dataclass(frozen=True)
class PurgeDecision:
    due: tuple[Retained, ...]  # the categories whose retention date passed: purged now
    anonymise: bool  # the record itself is anonymised (nothing of it is kept any more)
    held: Held = Held.NONE
    until: dt.date | None = None  # held by RETAINED: the latest date data is kept until


def purge_decision(
    status: str, retained: Iterable[Retained], open_requests: int, today: dt.date
) -> PurgeDecision:
    """What the purge does to one subject today: its retained categories past their date are
    purged; the record is anonymised only when nothing of it is retained any more, it is not
    active (its data in use again) and none of its letters is still being worked."""
    rows = [r for r in retained if not r.purged]
    due = tuple(r for r in rows if purge_due(r.until, today))
    kept = [r.until for r in rows if not purge_due(r.until, today)]
    if status in (SubjectStatus.ANONYMISED, SubjectStatus.MERGED):
        return PurgeDecision(due, False, Held.DONE)
    if kept:
        latest = max((u for u in kept if u is not None), default=None)
        return PurgeDecision(due, False, Held.RETAINED, latest)
    if status == SubjectStatus.ACTIVE:
        return PurgeDecision(due, False, Held.ACTIVE)
    if open_requests:
        return PurgeDecision(due, False, Held.OPEN_REQUESTS)
    return PurgeDecision(due, True)


@dataclass(frozen=True)
class MergeSide:
    id: int
    operator_id: int
    status: str
    merged_into: int | None = None
    iin: str = ""


def merge_problems(keep: MergeSide, other: MergeSide) -> tuple[Problem, ...]:
    """Two records of one person may be merged: two records, one operator, neither merged
    already (a merged record points to the one it went into and cannot be merged again), neither
    anonymised, and not two different IINs (an IIN names one person)."""
    if keep.id == other.id:
        return (problem("other", "merge_same_record", id=keep.id),)
    found = []
    for name, side in (("keep", keep), ("other", other)):
        if side.merged_into is not None or side.status == SubjectStatus.MERGED:
            found.append(problem(name, "already_merged", id=side.id, into=side.merged_into))
        elif side.status == SubjectStatus.ANONYMISED:
            found.append(problem(name, "merge_anonymised", id=side.id))
    if keep.operator_id != other.operator_id:
        found.append(problem("other", "merge_other_operator"))
    if keep.iin and other.iin and keep.iin != other.iin:
        found.append(problem("other", "merge_iin_differs"))
    return tuple(found)
