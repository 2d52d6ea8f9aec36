"""Which letters a request may get now, and if not, why: the one rule of letter kinds.

The prepare-letter dialog, the batch, the template editor's sample picker, the letters service
and the command line all ask this module; none keeps a list of its own. It takes the request as
plain facts (:class:`LetterFacts`: its type and status and what the case records) and answers
each kind with the coded :class:`~app.domain.errors.Problem` values that stop it, or none.

* A kind answers only the request types it fits (:data:`KINDS_FOR_TYPE`, the likeliest kind
  first): a deregistration confirmation and a destruction act answer a consent withdrawal or a
  destruction request; a reasoned refusal (Law 94-V art. 8(2)) answers a consent withdrawal
  only; a claim response answers a claim, a correction or a blocking request (and the types with
  no kinds of their own); an access response answers an access, correction or blocking request.
  Any request may get a clarification, an acknowledgement or an extension notice.
* ``access``, ``deregistration`` and ``destruction-act`` speak of the subject's record: the
  request must be linked to a subject. ``extension`` needs a recorded extension.
* A deregistration confirmation, a destruction act and a refusal state what the withdrawal's
  workflow recorded (:func:`app.domain.withdrawal.letter_problems`): they are refused, with what
  is missing, until it is recorded. Given the letter's language (kk, ru or bilingual), a text
  whose half in that language is missing is a problem too: a Kazakh letter never borrows the
  Russian half. The access response reads the operator's data map: it needs the categories and
  purposes, and the halves in its language of every entry it lists.
* Finalising (:func:`finalise_problems`) is refused while the text has blanks or no text, when
  the operator names no signatory, and for a clarification that would stop the clock of a
  request whose status cannot wait for the subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain import withdrawal
from app.domain.data_map import DataMap
from app.domain.errors import DomainError, Problem, problem, raise_if
from app.domain.requests import RequestType, Status, allowed_transitions
from app.domain.withdrawal import Ground as Ground  # re-exported: the letters name them
from app.domain.withdrawal import Outcome as Outcome
from app.domain.withdrawal import WorkflowFacts


class Kind(StrEnum):
    """Command-line names of the letter kinds (SPEC, "Letters")."""

    ACKNOWLEDGEMENT = "acknowledgement"
    DEREGISTRATION = "deregistration"
    CLAIM_RESPONSE = "claim-response"
    REFUSAL = "refusal"
    CLARIFICATION = "clarification"
    ACCESS = "access"
    EXTENSION = "extension"
    DESTRUCTION_ACT = "destruction-act"


KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


# Documents kept in the case, not sent: no addressee, an approval block instead.
INTERNAL_KINDS = frozenset({Kind.DESTRUCTION_ACT})

# Kinds that answer the request (the others acknowledge, ask, extend, or stay inside):
# dispatching one sends the request, and the dashboard counts a request answered by them.
ANSWER_KINDS = frozenset({Kind.DEREGISTRATION, Kind.CLAIM_RESPONSE, Kind.REFUSAL, Kind.ACCESS})

# Kinds that speak of the subject's record: the request must be linked to a subject.
REQUIRES_SUBJECT = frozenset({Kind.ACCESS, Kind.DEREGISTRATION, Kind.DESTRUCTION_ACT})

_ANY = (Kind.CLARIFICATION, Kind.ACKNOWLEDGEMENT, Kind.EXTENSION)

# The kinds that answer each type of request, the likeliest first.
KINDS_FOR_TYPE: dict[str, tuple[Kind, ...]] = {
    RequestType.CONSENT_WITHDRAWAL: (
        Kind.DEREGISTRATION,
        Kind.REFUSAL,
        *_ANY,
        Kind.DESTRUCTION_ACT,
    ),
    RequestType.DESTRUCTION: (Kind.DEREGISTRATION, Kind.DESTRUCTION_ACT, *_ANY),
    RequestType.CLAIM: (Kind.CLAIM_RESPONSE, *_ANY),
    RequestType.ACCESS: (Kind.ACCESS, *_ANY),
    RequestType.CORRECTION: (Kind.CLAIM_RESPONSE, Kind.ACCESS, *_ANY),
    RequestType.BLOCKING: (Kind.CLAIM_RESPONSE, Kind.ACCESS, *_ANY),
}
OTHER_KINDS: tuple[Kind, ...] = (Kind.CLAIM_RESPONSE, Kind.ACCESS, *_ANY)


@dataclass(frozen=True)
class LetterFacts:
    """What the rule needs to know about a request, as plain values."""

    type: str
    status: str = Status.REGISTERED.value
    subject_linked: bool = False
    extended: bool = False  # an extension of the term is recorded
    signed: bool = False  # the incoming letter is signed
    workflow: WorkflowFacts | None = None  # what the withdrawal's workflow recorded, if any
    data_map: DataMap | None = None  # the operator's data map (the access response lists it)


@dataclass(frozen=True)
class KindVerdict:
    """One kind for one request: ``problems`` empty when it may be written now."""

    kind: Kind
    problems: tuple[Problem, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.problems


def check_kind(kind: str) -> Kind:
    """The kind named ``kind``; a ``choice`` problem at ``kind`` for an unknown name."""
    try:
        return Kind(kind)
    except ValueError:
        raise DomainError.at("kind", "choice", value=kind, choices=list(KINDS)) from None


def kinds_for_type(request_type: str) -> tuple[Kind, ...]:
    """The kinds that answer ``request_type``, the likeliest first."""
    return KINDS_FOR_TYPE.get(request_type, OTHER_KINDS)


def fits(kind: str, request_type: str) -> bool:
    return Kind(kind) in kinds_for_type(request_type)


def types_for_kind(kind: str) -> tuple[str, ...]:
    """The request types ``kind`` answers, those it answers likeliest first (a sample for it)."""
    kind_ = Kind(kind)
    found = [
        (kinds.index(kind_), n, t)
        for n, (t, kinds) in enumerate(KINDS_FOR_TYPE.items())
        if kind_ in kinds
    ]
    named = [t for _i, _n, t in sorted(found)]
    if kind_ in OTHER_KINDS:
        named += [t.value for t in RequestType if t not in KINDS_FOR_TYPE]
    return tuple(str(t) for t in named)


def _languages(language: str | None) -> tuple[str, ...]:
    """The template languages a letter in ``language`` prints (bilingual: both)."""
    if language in ("kk", "ru"):
        return (language,)
    if language == "bi":
        return ("kk", "ru")
    return ()


def kind_problems(
    kind: str, facts: LetterFacts, language: str | None = None
) -> tuple[Problem, ...]:
    """Why a letter of ``kind`` cannot be written for the request now; empty when it can.

    ``language`` (kk, ru or bi), when known, also asks for the halves of the recorded texts
    that letter prints."""
    kind_ = check_kind(kind)
    if kind_ not in kinds_for_type(facts.type):
        return (problem("kind", "kind_not_for_type", kind=kind_.value, type=facts.type),)
    found: list[Problem] = []
    if kind_ in REQUIRES_SUBJECT and not facts.subject_linked:
        found.append(problem("subject", "kind_needs_subject", kind=kind_.value))
    if kind_ is Kind.EXTENSION and not facts.extended:
        found.append(problem("kind", "kind_needs_extension"))
    if kind_.value in withdrawal.WORKFLOW_KINDS:
        languages = _languages(language) or (None,)
        for lang in languages:
            for p in withdrawal.letter_problems(kind_.value, facts.workflow, lang):
                if p not in found:
                    found.append(p)
    if kind_ is Kind.ACCESS:
        found += access_problems(facts.data_map, _languages(language))
    return tuple(found)


def access_problems(data_map: DataMap | None, languages: Iterable[str] = ()) -> list[Problem]:
    """The access response lists the operator's data map: it needs the categories and the
    purposes, and in each of ``languages`` the half of every entry it lists."""
    if data_map is None:
        data_map = DataMap()
    found = []
    if not data_map.categories:
        found.append(problem("data_categories", "access_map_empty", part="data_categories"))
    if not data_map.purposes:
        found.append(problem("purposes", "access_map_empty", part="purposes"))
    parts = (
        ("data_categories", [c.name for c in data_map.categories]),
        ("retention", [c.retention.basis for c in data_map.categories if c.retention]),
        ("purposes", data_map.purposes),
        ("methods", data_map.methods),
        ("sources", data_map.sources),
        ("recipients", [r.name for r in data_map.recipients]),
    )
    for language in languages:
        for part, pairs in parts:
            for row, pair in enumerate(pairs, 1):
                if not pair.in_(language):
                    found.append(problem(part, "pair_missing_half", row=row, language=language))
    return found


def check_kind_for(kind: str, facts: LetterFacts, language: str | None = None) -> Kind:
    """``kind`` when the request may get it now; else one :class:`DomainError` saying why."""
    raise_if(kind_problems(kind, facts, language))
    return Kind(kind)


def letter_kinds(facts: LetterFacts) -> tuple[KindVerdict, ...]:
    """Every kind that answers the request's type, the likeliest first, each with what stops
    it now (a missing subject, no extension yet); kinds for other types are not listed."""
    return tuple(KindVerdict(k, kind_problems(k, facts)) for k in kinds_for_type(facts.type))


def allowed_kinds(facts: LetterFacts) -> tuple[Kind, ...]:
    """The kinds the request may get now, the likeliest first."""
    return tuple(v.kind for v in letter_kinds(facts) if v.allowed)


def can_wait(status: str) -> bool:
    """Whether a request of ``status`` may stop its clock to wait for the subject."""
    try:
        return Status.WAITING in allowed_transitions(Status(status))
    except ValueError:
        return False


# --- finalising -----------------------------------------------------------------------------


def finalise_problems(
    kind: str,
    facts: LetterFacts,
    *,
    blanks: Sequence[str] = (),
    has_text: bool = True,
    signatory: str = "",
    stop_clock: bool = True,
    language: str | None = None,
) -> list[Problem]:
    """Why a written letter may not be finalised yet; empty when it may."""
    kind_ = Kind(kind)
    found = list(kind_problems(kind_, facts, language))
    if blanks:
        found.append(problem("body", "blanks_left", blanks=[f"[[{b}]]" for b in blanks[:3]]))
    if not has_text:
        found.append(problem("body", "no_text"))
    if not signatory.strip():
        found.append(problem("signatory", "no_signatory"))
    if kind_ is Kind.CLARIFICATION and stop_clock and not can_wait(facts.status):
        found.append(problem("status", "clock_cannot_stop", status=facts.status))
    return found
