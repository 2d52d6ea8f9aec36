"""Formats and languages a letter may take (Law on Languages, art. 11)."""

from __future__ import annotations

from typing import Protocol

from app import letters as render_lib
from app.domain.errors import DomainError
from app.domain.letter_rules import check_kind
from app.letters.kinds import BILINGUAL, INTERNAL_KINDS, LETTER_LANGUAGES, TEMPLATE_LANGUAGES

FORMATS = render_lib.FORMATS

__all__ = [
    "FORMATS",
    "check_format",
    "check_kind",
    "check_language",
    "default_language",
    "offered_languages",
]


class _Incoming(Protocol):
    language: str  # the language of the incoming letter


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DomainError.at("format", "choice", value=fmt, choices=list(FORMATS))
    return fmt


def default_language(request: _Incoming) -> str:
    """The incoming letter's language; Kazakh for a letter in another language."""
    return request.language if request.language in TEMPLATE_LANGUAGES else "kk"


def offered_languages(request: _Incoming, kind: str | None = None) -> tuple[str, ...]:
    """Languages an answer may take: Kazakh always, Russian to a Russian letter, both always."""
    if (kind is not None and check_kind(kind) in INTERNAL_KINDS) or request.language == "ru":
        return LETTER_LANGUAGES
    return ("kk", BILINGUAL)


def check_language(request: _Incoming, kind: str, language: str | None) -> str:
    language = language or default_language(request)
    if language not in LETTER_LANGUAGES:
        raise DomainError.at("language", "choice", value=language, choices=list(LETTER_LANGUAGES))
    if language not in offered_languages(request, kind):
        raise DomainError.at("language", "language_not_offered", incoming=request.language)
    return language
