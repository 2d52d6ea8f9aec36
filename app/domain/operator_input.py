"""The rules of an operator profile, in one place: ``services.operators`` refuses by them and the
operator dialog shows each at its field as it is typed.

:func:`problems` takes any object with the fields of ``services.operators.OperatorInput`` and
returns every :class:`~app.domain.errors.Problem` in the form's order: at most one per field of
the profile, then every problem of its data map (:func:`app.domain.data_map.map_problems`: a
text with a half missing, a retention rule without its basis or period, a bad country code), each
with its row, so the dialog can ask for the missing half at the row; :func:`document_problems`
does the same for a consent document's title.

What a letter prints from the profile is kept in each language (kk/ru pairs): the name with its
legal form («… ЖШС» / «ТОО …»; a Russian ООО in Kazakh is «… жауапкершілігі шектеулі
қоғамы»), the postal address, the signatory's position and the outgoing-number pattern (one
series; a Kazakh letter's number says «ШЫҒ», a Russian one «ИСХ»). A pair with one half typed
asks for the other (``half_missing`` at the empty field); a half that carries the other
language's words (:func:`foreign_words`: «г.», «ул.», «ТОО», «ИСХ» in a Kazakh half; «қ.»,
«көш.», «ЖШС», «ШЫҒ» in a Russian one) is refused with those words named. :func:`letter_problems`
is the same rule for a letter: a letter in a language whose half is missing or foreign is
refused (``letter_half_missing``, ``letter_foreign_words``), never printed with the other
language's text. :func:`language_of` tells which language a text is written in (migration 0011
moves the one address of an older profile into its half by it).
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.data_map import PARTS, DataMap, map_problems
from app.domain.errors import Problem, problem
from app.domain.identifiers import number_problem
from app.domain.numbering import pattern_problem
from app.domain.request_input import length_problem
from app.domain.subject_input import email_problem

CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
FOREIGN_NUMBER = re.compile(r"^[0-9A-Za-z-]{5,20}$")
MAX_NAME = 300
MAX_TITLE = 400


def clean_code(code: str) -> str:
    return (code or "").strip().lower()


def clean_kind(kind: str) -> str:
    return (kind or "BIN").strip().upper()


def clean_country(country: str) -> str:
    return (country or "KZ").strip().upper()


def _required(field: str, text: str, limit: int) -> Problem | None:
    if not (text or "").strip():
        return problem(field, "required")
    return length_problem(field, text, limit)


# Words and abbreviations that only one language's office writing uses. Each is matched as a
# whole word (not inside another: «д.» is not found in «ауд.»), case-sensitively.
RUSSIAN_WORDS = (
    "г.", "ул.", "пр.", "пр-т", "пер.", "д.", "кв.", "корп.", "р-н", "мкр.", "стр.",
    "город", "улица", "проспект", "переулок", "дом", "область", "район", "микрорайон",
    "Россия", "Республика", "Казахстан", "ТОО", "ООО", "АО", "ИП", "ИСХ", "Товарищество",
    "товарищество", "Общество", "общество", "ответственностью", "Генеральный",
)  # fmt: skip
KAZAKH_WORDS = (
    "қ.", "көш.", "даңғ.", "ауд.", "ш.а.", "үй", "пәтер", "қаласы", "көшесі", "даңғылы",
    "ауданы", "облысы", "шағынауданы", "ықшамауданы", "Қазақстан", "Ресей", "ЖШС", "АҚ",
    "ЖК", "ШЫҒ", "серіктестігі", "серіктестік", "қоғамы", "жауапкершілігі", "Бас",
)  # fmt: skip
# the letters only Kazakh writes (a Russian text may still hold one in a proper name)
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)")


_WORDS = {"ru": _pattern(RUSSIAN_WORDS), "kk": _pattern(KAZAKH_WORDS)}
# The halves of the profile a letter prints, each a kk/ru pair of fields.
PAIRS = ("address", "signatory_position")
LANGUAGES = ("kk", "ru")


def _other(language: str) -> str:
    return "ru" if language == "kk" else "kk"


def marks(text: str, language: str) -> list[str]:
    """The words of ``language``'s office writing in ``text``, each once, in order."""
    found: list[str] = []
    for match in _WORDS[language].finditer(text or ""):
        if match.group(0) not in found:
            found.append(match.group(0))
    return found


def language_of(text: str) -> str:
    """``"kk"``, ``"ru"`` or ``""``: the language ``text`` is written in, by its words
    («Алматы қ., Абай даңғылы, 10» is Kazakh, «г. Алматы, пр. Абая, 10» Russian) and, when
    the words do not tell, the letters only Kazakh has; ``""`` for a text of neither (digits,
    Latin letters: «Baker Street 221B, London» reads the same in both)."""
    kk, ru = len(marks(text, "kk")), len(marks(text, "ru"))
    if kk != ru:
        return "kk" if kk > ru else "ru"
    if any(c in KAZAKH_LETTERS for c in text or ""):
        return "kk"
    if re.search(r"[а-яё]", text or "", re.IGNORECASE):
        return "ru"
    return ""


def foreign_words(field: str, text: str, language: str) -> Problem | None:
    """A problem at ``field`` when the ``language`` half ``text`` carries the other language's
    words (``russian_words`` / ``kazakh_words``, naming them)."""
    found = marks(_literal(text), _other(language))
    if not found:
        return None
    code = "russian_words" if language == "kk" else "kazakh_words"
    return problem(field, code, words=", ".join(f"«{w}»" for w in found))


def _literal(text: str) -> str:
    """A text without its ``{placeholders}`` (a number pattern's words are what is left)."""
    return re.sub(r"\{[^{}]*\}", " ", text or "")


def _half(data: Any, name: str, language: str) -> str:
    return (getattr(data, f"{name}_{language}", "") or "").strip()


def pair_problems(data: Any) -> list[Problem]:
    """Each pair the letters print: the missing half of a pair with one half typed, and a
    half in the other language's words; then the names' legal forms and the outgoing
    patterns' words."""
    found: list[Problem | None] = []
    for name in PAIRS:
        halves = {lang: _half(data, name, lang) for lang in LANGUAGES}
        for lang in LANGUAGES:
            if halves[_other(lang)] and not halves[lang]:
                found.append(problem(f"{name}_{lang}", "half_missing", language=lang))
            else:
                found.append(foreign_words(f"{name}_{lang}", halves[lang], lang))
    found += [
        foreign_words("name_kk", data.name_kk, "kk"),
        foreign_words("name_ru", data.name_ru, "ru"),
        legal_form_problem(data.name_kk, data.name_ru),
        foreign_words("outgoing_pattern_kk", getattr(data, "outgoing_pattern_kk", ""), "kk"),
        foreign_words("outgoing_pattern", data.outgoing_pattern, "ru"),
    ]
    return [p for p in found if p is not None]


# The legal forms a Russian name states and how the Kazakh name says each: an ООО (a Russian
# company) is a «жауапкершілігі шектеулі қоғамы», a ТОО a «серіктестігі» (ЖШС).
LEGAL_FORMS = (
    (re.compile(r"(?<!\w)ООО(?!\w)|Общество с ограниченной"), "жауапкершілігі шектеулі қоғамы"),
    (re.compile(r"(?<!\w)ТОО(?!\w)|Товарищество с ограниченной"), "ЖШС"),
)
_KAZAKH_FORMS = {
    "жауапкершілігі шектеулі қоғамы": re.compile(r"қоғамы|(?<!\w)ЖШҚ(?!\w)"),
    "ЖШС": re.compile(r"серіктестігі|(?<!\w)ЖШС(?!\w)"),
}
_ANY_KAZAKH_FORM = re.compile(r"серіктестігі|қоғамы|(?<!\w)(?:ЖШС|ЖШҚ|АҚ|ЖК)(?!\w)")


def legal_form_problem(name_kk: str, name_ru: str) -> Problem | None:
    """The Kazakh name's legal form against the Russian one's: a Russian «ООО» said in
    Kazakh as a «серіктестігі» (a ТОО) is ``legal_form``, naming the form expected."""
    if not _ANY_KAZAKH_FORM.search(name_kk or ""):
        return None  # a name without a legal form: nothing to compare
    for russian, kazakh in LEGAL_FORMS:
        if russian.search(name_ru or ""):
            if _KAZAKH_FORMS[kazakh].search(name_kk):
                return None
            return problem("name_kk", "legal_form", expected=kazakh)
    return None


def letter_problems(data: Any, language: str, printed: tuple[str, ...] = PAIRS) -> list[Problem]:
    """Why the profile ``data`` cannot head a letter in ``language`` (kk, ru, or bi for both):
    its name, or a half of the ``printed`` pairs, is missing (``letter_half_missing``) or
    carries the other language's words (``letter_foreign_words``). Empty when it can."""
    languages = LANGUAGES if language == "bi" else (language,)
    found: list[Problem] = []
    for lang in languages:
        fields = [("name", data.name_kk if lang == "kk" else data.name_ru)]
        fields += [(name, _half(data, name, lang)) for name in printed]
        for name, text in fields:
            field = f"{name}_{lang}"
            other = _half(data, name, _other(lang)) if name in PAIRS else ""
            if not (text or "").strip() and other:
                found.append(problem(field, "letter_half_missing", language=lang))
                continue
            foreign = foreign_words(field, text, lang)
            if foreign is not None:
                found.append(
                    problem(field, "letter_foreign_words", language=lang, **foreign.params)
                )
    return found


def problems(data: Any) -> list[Problem]:
    """Every problem of the profile ``data``; empty when it can be saved."""
    found: list[Problem | None] = [
        None if CODE.match(clean_code(data.code)) else problem("code", "code_format"),
        _required("name_kk", data.name_kk, MAX_NAME),
        _required("name_ru", data.name_ru, MAX_NAME),
    ]
    country = clean_country(data.country)
    if len(country) != 2 or not country.isalpha():
        found.append(problem("country", "country_format"))
    number = (data.reg_number or "").strip()
    if clean_kind(data.reg_kind) == "BIN":
        found.append(number_problem(data.reg_number, "reg_number"))
    elif number and not FOREIGN_NUMBER.match(number):
        found.append(problem("reg_number", "foreign_format"))
    found += [
        email_problem("email", data.email),
        None if (data.request_prefix or "").strip() else problem("request_prefix", "required"),
        pattern_problem(data.request_pattern, "request_pattern"),
        pattern_problem(data.outgoing_pattern, "outgoing_pattern"),
        pattern_problem(
            getattr(data, "outgoing_pattern_kk", "{prefix}-ШЫҒ-{year}/{seq:04d}"),
            "outgoing_pattern_kk",
        ),
        pattern_problem(getattr(data, "act_pattern", "АКТ-{year}/{seq:04d}"), "act_pattern"),
    ]
    found += pair_problems(data)
    found += map_problems(data_map_of(data))
    return [p for p in found if p is not None]


def data_map_of(data: Any) -> DataMap:
    """The data map of a profile given as any object with the map's list fields."""
    return DataMap.from_json({part: getattr(data, part, None) for part in PARTS})


def document_problems(title_kk: str) -> list[Problem]:
    """A consent document's titles (its file is checked where it is read)."""
    found = _required("title_kk", title_kk, MAX_TITLE)
    return [found] if found is not None else []


def by_field(found: list[Problem]) -> dict[str, Problem]:
    """The first problem of each field, for a form."""
    out: dict[str, Problem] = {}
    for p in found:
        out.setdefault(p.field, p)
    return out
