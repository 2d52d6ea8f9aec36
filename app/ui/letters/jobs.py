"""What the prepare-letter dialog's worker reads and renders."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import DomainError
from app.services import letters, operators, requests
from app.storage.models import Letter as LetterRow
from app.storage.models import Operator, Request

# The kinds that answer each type of request, the likeliest first (what the officer is offered;
# whether one is possible for this very request is the service's decision).
KINDS_FOR_TYPE: dict[str, tuple[str, ...]] = {
    "consent_withdrawal": (
        "deregistration",
        "refusal",
        "clarification",
        "acknowledgement",
        "extension",
        "destruction-act",
    ),
    "destruction": (
        "deregistration",
        "destruction-act",
        "clarification",
        "acknowledgement",
        "extension",
    ),
    "claim": ("claim-response", "clarification", "acknowledgement", "extension"),
    "access": ("access", "clarification", "acknowledgement", "extension"),
    "correction": ("claim-response", "access", "clarification", "acknowledgement", "extension"),
    "blocking": ("claim-response", "access", "clarification", "acknowledgement", "extension"),
}
OTHER_KINDS = ("claim-response", "access", "clarification", "acknowledgement", "extension")


def kinds_for(request_type: str) -> tuple[str, ...]:
    return KINDS_FOR_TYPE.get(request_type, OTHER_KINDS)


# --- what the worker reads and renders --------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    """The case as the dialog needs it, read once when it opens."""

    request: Request
    operator: Operator
    kinds: tuple[tuple[str, str], ...]  # (kind, why it cannot be written here; "" when it can)
    letter: LetterRow | None  # the stored letter opened, if any
    final_pdf: bytes | None  # its PDF, checked against the SHA-256, when it is final
    final_error: str = ""  # why the final PDF cannot be shown


def load_setup(ctx, request_id: int, letter_id: int | None) -> Setup:
    request = requests.get(ctx, request_id)
    operator = operators.get(ctx, request.operator_id)
    kinds = []
    for kind in kinds_for(request.type):
        try:  # a body is given, so only the case's rules are checked: nothing is rendered
            letters.build(ctx, request_id, kind, letters.default_language(request), body=" ")
            kinds.append((kind, ""))
        except DomainError as exc:
            kinds.append((kind, exc.reason))
    letter = final = None
    final_error = ""
    if letter_id is not None:
        letter = letters.get(ctx, letter_id)
        if letter.request_id != request_id:
            raise DomainError(f"letter {letter_id} belongs to another request", "letter")
        if letter.finalized_at is not None:
            try:
                final = letters.final_pdf(ctx, letter_id)
            except DomainError as exc:
                final_error = exc.reason
    return Setup(request, operator, tuple(kinds), letter, final, final_error)


@dataclass(frozen=True)
class Rendered:
    body: str
    pdf: bytes
    problems: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Spec:
    """One rendering asked for: ``body`` None lets the template write the text."""

    kind: str
    language: str
    body: str | None
    options: letters.LetterOptions


def render_draft(ctx, request_id: int, spec: Spec) -> Rendered:
    letter = letters.build(
        ctx, request_id, spec.kind, spec.language, body=spec.body, options=spec.options
    )
    pdf = letters.render(letter, "pdf")
    found = letters.problems(ctx, letter, request_id, spec.options)
    return Rendered(letter.body, pdf, tuple(found))
