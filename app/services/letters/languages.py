"""Kinds, formats and languages a letter may take (Law on Languages, art. 11)."""

from __future__ import annotations

from app import letters as render_lib
from app.domain.errors import DomainError
from app.letters.kinds import (
    BILINGUAL,
    INTERNAL_KINDS,
    KINDS,
    LETTER_LANGUAGES,
    TEMPLATE_LANGUAGES,
    Kind,
)
from app.storage.models import Request

FORMATS = render_lib.FORMATS


# --- kinds and languages -------------------------------------------------------------------


def check_kind(kind: str) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        raise DomainError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}", "kind") from None


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DomainError(f"unknown format {fmt!r}; use {' or '.join(FORMATS)}", "format")
    return fmt


def default_language(request: Request) -> str:
    """The incoming letter's language; Kazakh for a letter in another language."""
    return request.language if request.language in TEMPLATE_LANGUAGES else "kk"


def offered_languages(request: Request, kind: str | None = None) -> tuple[str, ...]:
    """Languages an answer may take: Kazakh always, Russian to a Russian letter, both always."""
    if (kind is not None and check_kind(kind) in INTERNAL_KINDS) or request.language == "ru":
        return LETTER_LANGUAGES
    return ("kk", BILINGUAL)


def check_language(request: Request, kind: str, language: str | None) -> str:
    language = language or default_language(request)
    if language not in LETTER_LANGUAGES:
        raise DomainError(f"must be one of {', '.join(LETTER_LANGUAGES)}", "language")
    if language not in offered_languages(request, kind):
        came = "in Kazakh" if request.language == "kk" else "in another language"
        raise DomainError(
            f"the letter came {came}: answer in Kazakh or in both languages "
            "(Law on Languages, art. 11)",
            "language",
        )
    return language
