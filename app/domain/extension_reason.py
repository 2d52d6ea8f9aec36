"""The reason of an extension, kept in Kazakh and in Russian (issue 12: a Kazakh letter holds no
Russian text and a Russian one no Kazakh).

The extension notice prints the reason in the letter's language, so an extension records it as a
kk/ru pair (``reason_kk`` / ``reason_ru``, migration 0014). The rules, written once and asked by
``services.requests.extend``, the extension dialog (as the officer types) and the letters:

* :func:`reason_problems`: the reason is required in the half the letter to the subject will
  need (:func:`letter_languages`: the incoming letter's language, Kazakh for a letter in another
  language, both for a bilingual letter; ``half_missing`` at ``reason_kk`` / ``reason_ru``);
  with nothing typed at all the one problem is ``extension_reason_required``. A half written in
  the other language is refused (``russian_words`` / ``kazakh_words``, naming the words): the
  operator profile's words of office writing (:func:`app.domain.operator_input.foreign_words`:
  «г.», «ТОО» in a Kazakh half, «қ.», «ЖШС» in a Russian one) always, and a reason that reads as
  the other language (:func:`reads_as`: its words of that language outnumber its own).
  A half of neither language's words (Latin letters, digits) is taken as it is;
* :func:`letter_problems`: a letter in a language whose half is missing is refused
  (``extension_half_missing`` at the half's field, as a profile's missing half is
  ``letter_half_missing``), never printed with the other language's text;
* :func:`halves`: one reason of old (a single text) split into the half its words say, both
  halves for a text of neither language (migration 0014, as 0011 does for addresses).
"""

from __future__ import annotations

from app.domain.errors import Problem
from app.domain.text_pairs import (  # the language rule, shared by every kk/ru pair
    LANGUAGES,
    half_problem,
    halves,
    language_words,
    letter_languages,
    pair_problems,
    reads_as,
)
from app.domain.text_pairs import letter_problems as _pair_letter_problems

__all__ = [
    "FIELDS", "LANGUAGES", "half_problem", "halves", "language_words", "letter_languages",
    "letter_problems", "reads_as", "reason_problems",
]  # fmt: skip

FIELDS = {"kk": "reason_kk", "ru": "reason_ru"}


def reason_problems(reason_kk: str, reason_ru: str, language: str) -> list[Problem]:
    """Every problem of the reason typed as ``reason_kk`` / ``reason_ru`` for a request whose
    letters go out in ``language`` (kk, ru, bi, or the incoming letter's ``other``); empty when
    it can be recorded."""
    return pair_problems(
        reason_kk, reason_ru, language, FIELDS, required_code="extension_reason_required"
    )


def letter_problems(reason_kk: str, reason_ru: str, language: str) -> list[Problem]:
    """Why an extension notice in ``language`` (kk, ru or bi) cannot print the recorded reason:
    its half in that language is missing (``extension_half_missing``). Empty when it can."""
    return _pair_letter_problems(reason_kk, reason_ru, language, FIELDS, "extension_half_missing")
