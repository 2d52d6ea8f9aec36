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


@dataclass(frozen=True)
class Built:
    """A letter read from the case (on the database worker), still to be rendered."""

    letter: object  # app.letters.document.Letter
    problems: tuple[Problem, ...]


def build_draft(ctx, request_id: int, spec: Spec) -> Built:
    """The database half of a preview: the letter from the case and what stops finalising."""
    letter = letters.build(
        ctx, request_id, spec.kind, spec.language, body=spec.body, options=spec.options
    )
    return Built(letter, tuple(letters.problems(ctx, letter, request_id, spec.options)))


def render_built(built: Built) -> Rendered:
    """The pure half: the PDF, rendered on the pool, away from the database worker."""
    return Rendered(built.letter.body, letters.render(built.letter, "pdf"), built.problems)
