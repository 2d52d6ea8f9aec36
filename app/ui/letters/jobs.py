"""What the prepare-letter dialog's worker reads and renders.

The case (and which kinds the request may get, by the domain's rule) comes from
:func:`app.services.letters.setup` as plain data; a rendering comes back with the coded
problems that still stop finalising.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import Problem
from app.services import letters

Setup = letters.LetterSetup


def load_setup(ctx, request_id: int, letter_id: int | None) -> Setup:
    return letters.setup(ctx, request_id, letter_id)


@dataclass(frozen=True)
class Rendered:
    body: str
    pdf: bytes
    problems: tuple[Problem, ...]


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
