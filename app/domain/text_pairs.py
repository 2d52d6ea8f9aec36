"""Free texts of the withdrawal workflow kept in Kazakh and in Russian (issue 12: a Kazakh
letter holds no Russian text and a Russian one no Kazakh).

The refusal's ground in detail (``ground_detail_kk`` / ``ground_detail_ru``) and the
destruction act's note of each system (``note_kk`` / ``note_ru``, migration 0015) are printed
into the letter of their language, as the extension's reason is
(:mod:`app.domain.extension_reason`, whose language rule this module applies to them):

* :func:`pair_problems`: the halves typed, each judged by
  :func:`~app.domain.extension_reason.half_problem` (Russian words in the Kazakh half, Kazakh
  in the Russian one); a required text needs the half(s) its letter prints
  (:func:`~app.domain.extension_reason.letter_languages`: ``half_missing`` at the half's field);
  an optional one (a system's note) needs them only once a half is written;
* :func:`letter_problems`: a letter in a language whose half is missing is refused (the code
  the caller names: ``refusal_half_missing``, ``act_note_half_missing``), never printed with
  the other language's text;
* :func:`halves`: one text of old split into the half its words say (migration 0015).
"""

from __future__ import annotations

from app.domain.errors import Problem, problem
from app.domain.extension_reason import LANGUAGES, half_problem, halves, letter_languages

__all__ = ["GROUND_DETAIL", "NOTE", "halves", "letter_problems", "pair_problems"]

GROUND_DETAIL = {"kk": "ground_detail_kk", "ru": "ground_detail_ru"}
NOTE = {"kk": "note_kk", "ru": "note_ru"}
MAX_TEXT = 2000


def pair_problems(
    kk: str,
    ru: str,
    language: str,
    fields: dict[str, str],
    *,
    required_code: str = "",
) -> list[Problem]:
    """Every problem of a text typed as ``kk`` / ``ru`` for a request whose letters go out in
    ``language`` (kk, ru, bi, or the incoming letter's ``other``). With ``required_code`` the
    text is required: nothing typed is that one problem at the first needed half's field;
    without it an empty pair is fine, and a pair with a half asks for the needed ones."""
    text = {"kk": (kk or "").strip(), "ru": (ru or "").strip()}
    needed = letter_languages(language)
    if not any(text.values()):
        return [problem(fields[needed[0]], required_code)] if required_code else []
    found: list[Problem] = []
    for lang in LANGUAGES:
        half = text[lang]
        if not half:
            if lang in needed:
                found.append(problem(fields[lang], "half_missing", language=lang))
            continue
        if len(half) > MAX_TEXT:
            found.append(problem(fields[lang], "too_long", max=MAX_TEXT, given=len(half)))
            continue
        wrong = half_problem(half, lang, fields[lang])
        if wrong is not None:
            found.append(wrong)
    return found


def letter_problems(
    kk: str, ru: str, language: str, fields: dict[str, str], code: str, *, optional: bool = False
) -> list[Problem]:
    """Why a letter in ``language`` (kk, ru or bi) cannot print the text recorded as ``kk`` /
    ``ru``: its half in that language is missing (``code`` at the half's field). An
    ``optional`` text left empty in both halves prints nothing and is no problem."""
    text = {"kk": (kk or "").strip(), "ru": (ru or "").strip()}
    if optional and not any(text.values()):
        return []
    return [
        problem(fields[lang], code, language=lang)
        for lang in letter_languages(language)
        if not text[lang]
    ]
