"""The sender's name as the letter gives it: surname, given name, patronymic, in the nominative.

Where a letter names its sender, and how sure that is:

* «Мен, Сергеева Ярослава Викторовна, …» (Kazakh) and «Я, Иванов Иван Иванович, …» (Russian):
  the nominative as written;
* «ФИО: …», «Аты-жөні: …», «Т.А.Ә.: …», «Кімнен: …», «Заявитель: …»: as written;
* «от Иванова Ивана Ивановича» (a Russian letter's header): the genitive, turned back into the
  nominative with the petrovich rules (:mod:`pytrovich`, as :mod:`app.domain.declension` declines
  an addressee): each way the ending could have been formed is declined again, and the form that
  gives back the word read is the nominative. A name no rule gives back is kept as read, and its
  confidence drops;
* «Сергеева Ярослава Викторовнадан» (a Kazakh letter's header, the ablative): the suffix
  -дан/-ден/-тан/-тен/-нан/-нен is taken off the last word.

A name in capitals («ИВАНОВ ИВАН») is proposed as a name is written («Иванов Иван»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.ocr.matching import CYRILLIC_LOWER, CYRILLIC_UPPER, Found

_W = rf"(?:[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+|[{CYRILLIC_UPPER}]{{2,}})"
WORD = rf"{_W}(?:-{_W})?"
_NAME = rf"({WORD})[ \t]+({WORD})(?:[ \t]+({WORD}))?"

# «Мен, …» / «Я, …»: OCR drops a comma now and then or reads it as «,:», so «Мен Сергеева
# Ярослава», «Мен,:Ким Виктор» and «я, Ким Виктор» (a capital read small) count too.
_INTRO = re.compile(
    rf"(?:^|(?<=[\s«(]))(?:Мен|Я|МЕН|я(?=\s*[,.:;]))\s*[,.:;]{{0,2}}\s*{_NAME}", re.MULTILINE
)
_LABELS = (
    r"ФИО|Ф\.\s?И\.\s?О\.|[Аа]ты-жөні[мң]?|АТЫ-ЖӨНІ|Т\.\s?А\.\s?Ә\.|[Кк]імнен|КІМНЕН",
    r"Өтініш\s+беруші|Заявитель|ЗАЯВИТЕЛЬ",
)
_LABELLED = re.compile(rf"(?:{'|'.join(_LABELS)})(?:\s+заявителя)?\s*:?\s*{_NAME}")
_GENITIVE = re.compile(rf"(?:^|(?<=\s))[Оо]т\s+{_NAME}", re.MULTILINE)
_ABLATIVE = re.compile(rf"^[ \t]*{_NAME}[ \t]*[,.]?[ \t]*$", re.MULTILINE)
_ABLATIVE_SUFFIX = ("дан", "ден", "тан", "тен", "нан", "нен")

# Words that start a header line or name an organisation, never a person.
_NOT_NAMES = frozenset(
    [
        "тоо",
        "жшс",
        "ао",
        "ақ",
        "ип",
        "жк",
        "ооо",
        "зао",
        "пао",
        "гу",
        "мкр",
        "директору",
        "директорына",
        "бас",
        "басшысына",
        "председателю",
        "генеральному",
        "руководителю",
        "начальнику",
        "өтініш",
        "заявление",
        "претензия",
        "жалоба",
        "шағым",
        "прошу",
        "сұраймын",
        "уважаемый",
        "құрметті",
        "дала",
        "финанс",
        "республика",
        "казахстан",
        "қазақстан",
    ]
)

_VOWELS = set("аеёиоуыэюяәөұүі")
_MALE_PATRONYMIC = ("ович", "евич", "ич", "ұлы", "улы")
_FEMALE_PATRONYMIC = ("овна", "евна", "ична", "инична", "қызы", "кызы")
# genitive ending -> the nominative endings it may have come from, most likely first
_GENITIVE_ENDINGS = (
    ("ого", ("ий", "ой", "ый")),
    ("ой", ("а", "ая", "я")),
    ("ей", ("ь", "я", "ей")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("а", ("", "о", "а")),
    ("я", ("й", "ь", "")),
)


def _title(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


@lru_cache(maxsize=1)
def _petrovich():
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def _genitive(word: str, part: str, sex: str) -> str:
    from pytrovich.enums import Case, Gender, NamePart

    parts = {"surname": NamePart.LASTNAME, "given": NamePart.FIRSTNAME}
    gender = Gender.MALE if sex == "M" else Gender.FEMALE
    try:
        return _petrovich().make(parts.get(part, NamePart.MIDDLENAME), gender, Case.GENITIVE, word)
    except (KeyError, ValueError, IndexError):
        return ""


def _spellings(candidate: str) -> list[str]:
    """``candidate`` and its fleeting-vowel form (Льв → Лев, Павл → Павел), the latter first;
    none where Russian spelling does not allow the ending (й after a consonant: «Игорй»)."""
    if len(candidate) < 2:
        return []
    last, before = candidate[-1].lower(), candidate[-2].lower()
    if last == "й" and before not in _VOWELS:
        return []
    if last in _VOWELS or before in _VOWELS or last in "ьй":
        return [candidate]
    fleeting = candidate[:-2] + ("е" if before == "ь" else before + "е") + candidate[-1]
    return [fleeting, candidate]


def nominative(word: str, part: str, sex: str) -> str | None:
    """The nominative whose genitive is ``word`` (``part``: surname, given, patronymic; ``sex``
    M or F), or ``None`` when no ending the rules know gives ``word`` back."""
    for ending, replacements in _GENITIVE_ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 1:
            continue
        for replacement in replacements:
            for candidate in _spellings(word[: len(word) - len(ending)] + replacement):
                if _genitive(candidate, part, sex) == word:
                    return candidate
    if _genitive(word, part, sex) == word:  # indeclinable: Шевченко, Ким for a woman
        return word
    return None


def _genitive_sex(surname: str, patronymic: str) -> str | None:
    p = patronymic.lower()
    if p.endswith(("ича",)) or p.endswith(_MALE_PATRONYMIC):
        return "M"
    if p.endswith(("овны", "евны", "ичны", "иничны")) or p.endswith(_FEMALE_PATRONYMIC):
        return "F"
    s = surname.lower()
    if s.endswith(("ой", "ской", "цкой")):
        return "F"
    if s.endswith(("ова", "ева", "ина", "ына", "ого", "ёва")):
        return "M"
    return None


def _from_genitive(words: list[str]) -> tuple[list[str], float]:
    """The words of a genitive name in the nominative, and how sure that is (0.6 to 1)."""
    known = _genitive_sex(words[0], words[2] if len(words) > 2 else "")
    for sex in [known] if known else ["M", "F"]:
        out = [
            nominative(word, part, sex)
            for word, part in zip(words, ("surname", "given", "patronymic"), strict=False)
        ]
        if all(out):
            return [w for w in out if w], 1.0
    return words, 0.6


def _name_words(match: re.Match) -> list[tuple[str, int, int]]:
    return [
        (_title(match.group(i)), match.start(i), match.end(i)) for i in (1, 2, 3) if match.group(i)
    ]


def _plausible(words: list[tuple[str, int, int]]) -> bool:
    return len(words) >= 2 and not any(w.lower() in _NOT_NAMES for w, _s, _e in words)


def senders(text: str) -> list[list[Found]]:
    """Each way the letter names its sender: a list of Found for surname, given name and
    (when given) patronymic, in that order; the most certain first."""
    found: list[tuple[float, list[Found]]] = []

    def add(words: list[tuple[str, int, int]], values: list[str], confidence: float, note: str):
        parts = [
            Found(value, confidence, start, end, note)
            for value, (_w, start, end) in zip(values, words, strict=False)
        ]
        found.append((confidence, parts))

    for match in _INTRO.finditer(text):
        words = _name_words(match)
        if _plausible(words):
            add(words, [w for w, _s, _e in words], 0.9, "introduced")
    for match in _LABELLED.finditer(text):
        words = _name_words(match)
        if _plausible(words):
            add(words, [w for w, _s, _e in words], 0.85, "labelled")
    for match in _GENITIVE.finditer(text):
        words = _name_words(match)
        if _plausible(words):
            values, sure = _from_genitive([w for w, _s, _e in words])
            add(words, values, 0.8 * sure, "genitive")
    for match in _ABLATIVE.finditer(text):
        words = _name_words(match)
        last = words[-1][0] if words else ""
        suffix = next((s for s in _ABLATIVE_SUFFIX if last.lower().endswith(s)), "")
        if suffix and len(last) > len(suffix) + 2 and _plausible(words):
            values = [w for w, _s, _e in words]
            values[-1] = last[: -len(suffix)]
            add(words, values, 0.75, "ablative")
    unique: dict[tuple, list[Found]] = {}
    for _confidence, parts in sorted(found, key=lambda item: -item[0]):
        unique.setdefault(tuple(p.value for p in parts), parts)
    return list(unique.values())
