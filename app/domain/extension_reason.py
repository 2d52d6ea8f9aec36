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

import re

from app.domain.errors import Problem, problem
from app.domain.operator_input import KAZAKH_LETTERS, foreign_words, language_of
from app.domain.operator_input import marks as office_marks

LANGUAGES = ("kk", "ru")
FIELDS = {"kk": "reason_kk", "ru": "reason_ru"}
MAX_REASON = 2000

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


def half_problem(text: str, language: str, field: str = "") -> Problem | None:
    """Why ``text`` cannot be the ``language`` half of the reason (or of another kk/ru text
    pair, its problem then at ``field``), or None."""
    field = field or FIELDS[language]
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


def reason_problems(reason_kk: str, reason_ru: str, language: str) -> list[Problem]:
    """Every problem of the reason typed as ``reason_kk`` / ``reason_ru`` for a request whose
    letters go out in ``language`` (kk, ru, bi, or the incoming letter's ``other``); empty when
    it can be recorded."""
    halves_ = {"kk": (reason_kk or "").strip(), "ru": (reason_ru or "").strip()}
    needed = letter_languages(language)
    if not any(halves_.values()):
        return [problem(FIELDS[needed[0]], "extension_reason_required")]
    found: list[Problem] = []
    for lang in LANGUAGES:
        text = halves_[lang]
        if not text:
            if lang in needed:
                found.append(problem(FIELDS[lang], "half_missing", language=lang))
            continue
        if len(text) > MAX_REASON:
            found.append(problem(FIELDS[lang], "too_long", max=MAX_REASON, given=len(text)))
            continue
        wrong = half_problem(text, lang)
        if wrong is not None:
            found.append(wrong)
    return found


def letter_problems(reason_kk: str, reason_ru: str, language: str) -> list[Problem]:
    """Why an extension notice in ``language`` (kk, ru or bi) cannot print the recorded reason:
    its half in that language is missing (``extension_half_missing``). Empty when it can."""
    halves_ = {"kk": (reason_kk or "").strip(), "ru": (reason_ru or "").strip()}
    return [
        problem(FIELDS[lang], "extension_half_missing", language=lang)
        for lang in letter_languages(language)
        if not halves_[lang]
    ]


def halves(reason: str) -> tuple[str, str]:
    """(kk, ru): one reason of old in the half its words say (:func:`reads_as`, then the
    operator profile's :func:`~app.domain.operator_input.language_of`), both for a text of
    neither language."""
    text = (reason or "").strip()
    language = reads_as(text) or language_of(text)
    if language == "kk":
        return text, ""
    if language == "ru":
        return "", text
    return text, text
