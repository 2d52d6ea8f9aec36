"""Free texts of the withdrawal workflow kept in Kazakh and in Russian (issue 12: a Kazakh
letter holds no Russian text and a Russian one no Kazakh).

The refusal's ground in detail (``ground_detail_kk`` / ``ground_detail_ru``) and the
destruction act's note of each system (``note_kk`` / ``note_ru``, migration 0015) are printed
into the letter of their language, as the extension's reason is
(:mod:`app.domain.extension_reason`). The language rule of every such pair lives here:

* :func:`pair_problems`: the halves typed, each judged by
  :func:`half_problem` (Russian words in the Kazakh half, Kazakh
  in the Russian one); a required text needs the half(s) its letter prints
  (:func:`letter_languages`: ``half_missing`` at the half's field);
  an optional one (a system's note) needs them only once a half is written;
* :func:`letter_problems`: a letter in a language whose half is missing is refused (the code
  the caller names: ``refusal_half_missing``, ``act_note_half_missing``), never printed with
  the other language's text;
* :func:`halves`: one text of old split into the half its words say (migrations 0014, 0016).
"""

from __future__ import annotations

import re

from app.domain.errors import Problem, problem
from app.domain.operator_input import KAZAKH_LETTERS, foreign_words, language_of
from app.domain.operator_input import marks as office_marks

LANGUAGES = ("kk", "ru")

# Words of ordinary prose that only one of the two languages writes (the operator profile's
# lists hold the words of addresses and names: «г.», «ТОО», «қ.», «ЖШС»). Matched as whole
# words, in any case. Words both languages spell alike («да», «не», «бар») are left out.
RUSSIAN_PROSE = (
    "и", "в", "во", "на", "с", "со", "по", "для", "что", "от", "до", "из", "к", "о", "об",
    "при", "или", "также", "связи", "был", "была", "были", "его", "её", "ее", "их", "это",
    "этого", "как", "но", "за", "срок", "срока", "сроки", "запрос", "запроса", "запрошены",
    "запрошен", "необходимо", "необходима", "требуется", "проверка", "проверки", "получение",
    "сведения", "сведений", "данные", "данных", "документы", "документов", "ответ", "ответа",
    "дней", "рабочих", "продление", "продлен", "лица", "архива", "архив", "третьего",
)  # fmt: skip
KAZAKH_PROSE = (
    "және", "мен", "бен", "пен", "үшін", "бойынша", "немесе", "байланысты", "керек", "қажет",
    "тексеру", "тексеруді", "деректер", "деректерді", "мерзім", "мерзімі", "сұрау", "сұратылды",
    "жауап", "етілді", "болды", "жоқ", "себебі", "тұлғадан", "мұрағаттан", "мұрағат",
)  # fmt: skip


def _prose_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)", re.IGNORECASE)


_PROSE = {"ru": _prose_pattern(RUSSIAN_PROSE), "kk": _prose_pattern(KAZAKH_PROSE)}
_WORD = re.compile(r"\w+")


def _other(language: str) -> str:
    return "ru" if language == "kk" else "kk"


def language_words(text: str, language: str) -> list[str]:
    """The words of ``text`` that only ``language`` writes, each once, in order: its office
    words (the operator profile's lists), its prose words and, for Kazakh, every word with a
    letter only Kazakh has (ә ғ қ ң ө ұ ү һ і)."""
    found = office_marks(text, language)
    found += [m.group(0) for m in _PROSE[language].finditer(text or "")]
    if language == "kk":
        found += [w for w in _WORD.findall(text or "") if KAZAKH_LETTERS.intersection(w)]
    unique: list[str] = []
    for word in found:
        if word not in unique:
            unique.append(word)
    return unique


def reads_as(text: str) -> str:
    """``"kk"``, ``"ru"`` or ``""``: the language a reason reads as, by which language's words
    (:func:`language_words`) it has more of; ``""`` for a tie (no words of either: Latin letters
    and digits, or a text too short to tell)."""
    kk, ru = len(language_words(text, "kk")), len(language_words(text, "ru"))
    if kk == ru:
        return ""
    return "kk" if kk > ru else "ru"


def half_problem(text: str, language: str, field: str) -> Problem | None:
    """Why ``text`` cannot be the ``language`` half of a kk/ru text pair (its problem at
    ``field``), or None."""
    office = foreign_words(field, text, language)
    if office is not None:
        return office
    other = _other(language)
    if reads_as(text) != other:
        return None
    words = ", ".join(f"«{w}»" for w in language_words(text, other))
    return problem(field, "russian_words" if language == "kk" else "kazakh_words", words=words)


def letter_languages(language: str) -> tuple[str, ...]:
    """The halves a letter in ``language`` prints: kk or ru the one, ``bi`` both; any other
    (the incoming letter's ``other``) is answered in Kazakh."""
    if language == "bi":
        return LANGUAGES
    return (language,) if language in LANGUAGES else ("kk",)


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


def halves(reason: str) -> tuple[str, str]:
    """(kk, ru): one text of old in the half its words say (:func:`reads_as`, then the
    operator profile's :func:`~app.domain.operator_input.language_of`), both for a text of
    neither language."""
    text = (reason or "").strip()
    language = reads_as(text) or language_of(text)
    if language == "kk":
        return text, ""
    if language == "ru":
        return "", text
    return text, text
