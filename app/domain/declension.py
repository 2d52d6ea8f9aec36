"""How a letter names and greets its addressee: the dative with initials, and the salutation.

Office-work rules put the addressee of a letter to a person in the dative, the initials before
the surname in Kazakh and after it in Russian:

* Kazakh: «Я. В. Сергееваға», «Н. С. Әлиевке», «А. Ивановқа», «Д. Пакқа». The dative suffix
  follows vowel harmony (the last vowel: back а о ұ ы у я ё ю → -ға/-қа, front ә е ө ү і и э →
  -ге/-ке; и and у take the harmony of the vowel before them) and the last sound (a vowel, a
  sonorant л м н ң р й у or voiced ж з → -ға/-ге; a voiceless consonant, and б в г д that
  sound voiceless at the end of a word → -қа/-ке). :func:`kazakh_dative` can put the suffix
  after a hyphen for a word in Latin letters («Smith-ке»), but the addressee line does not:
  a name in Latin letters is printed as the record spells it, undeclined («Y. Smirnov»).
* Russian: «Сергеевой Я. В.», «Иванову А. П.»; the surname declined by the ``petrovich`` rules
  (:mod:`pytrovich`), which leave indeclinable ones (Шевченко, Ким for a woman) as they are.

The salutation is in the script of the record and never «Уважаемый(-ая)»: the sex comes from
the patronymic, the surname, the given name or the IIN's hint; when nothing says, the Russian
letter greets without an adjective («Здравствуйте, Ирина Сергеевна!»). A name in Latin letters
is greeted without the name in the letter's language (kk «Құрметті өтініш беруші!», ru
«Здравствуйте!»): never «Dear Yuriy Smirnov,» in a Kazakh or Russian letter, nor «Уважаемый
Yuriy Smirnov!» mixing the scripts; the addressee line keeps it as written, undeclined.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.identifiers import iin_hint

_BACK = set("аоұыуяёюaouy")
_FRONT = set("әеөүіиэeiäöü")
_VOWELS = _BACK | _FRONT
# Sounds after which the dative is -ға/-ге: sonorants and voiced ж з (vowels are checked apart).
_SOFT_END = set("лмнңрйуwжзlmnrjz")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)

_MALE_PATRONYMIC = ("ович", "евич", "ьич", "ич", "ұлы", "улы", "uly", "ovich", "evich")
_FEMALE_PATRONYMIC = ("овна", "евна", "ична", "инична", "қызы", "кызы", "kyzy", "ovna", "evna")
_FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая", "ova", "eva", "ina")
_MALE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ский", "ov", "ev", "in")
# Given names ending in -а/-я that are men's (Илья, Никита, Мұса …).
_MALE_IN_A = frozenset(
    ("илья", "никита", "фома", "кузьма", "лука", "савва", "мұса", "муса", "иса", "ғиса"),
) | frozenset(("гиса", "мұстафа", "мустафа", "яхья", "ilya", "nikita", "musa"))


def script(text: str) -> str:
    """``"cyrillic"``, ``"latin"`` or ``""`` (no letters): the script a name is written in."""
    if _CYRILLIC.search(text or ""):
        return "cyrillic"
    if _LATIN.search(text or ""):
        return "latin"
    return ""


def guess_sex(
    surname: str = "", given_name: str = "", patronymic: str = "", iin: str = ""
) -> str | None:
    """``"M"``, ``"F"`` or ``None``: from the patronymic, the surname, the given name, then the
    IIN's hint (a hint only: since 2013 the IIN need not carry the sex)."""
    p = patronymic.strip().casefold()
    if p.endswith(_FEMALE_PATRONYMIC):
        return "F"
    if p.endswith(_MALE_PATRONYMIC):
        return "M"
    s = surname.strip().casefold()
    if s.endswith(("қызы", "кызы", "kyzy")):  # a surname of «Серікқызы»'s kind
        return "F"
    if s.endswith(("ұлы", "улы", "uly")):
        return "M"
    if s.endswith(_FEMALE_SURNAME):
        return "F"
    if s.endswith(_MALE_SURNAME):
        return "M"
    hint = iin_hint(iin) if iin else None
    if hint is not None and hint.sex:
        return hint.sex
    g = given_name.strip().casefold()
    if g and g not in _MALE_IN_A and g[-1] in "аяa":
        return "F"
    return None


def initials(*names: str) -> str:
    """«Я. В.» from given name and patronymic; a hyphenated name keeps both («А.-Б.»)."""
    out = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        parts = [p for p in name.split("-") if p]
        out.append("-".join(f"{p[0].upper()}." for p in parts))
    return " ".join(out)


def kazakh_dative_suffix(word: str) -> str:
    """The dative ending a Kazakh text gives ``word``: -ға, -ге, -қа or -ке."""
    letters = [c for c in word.casefold() if c.isalpha()]
    if not letters:
        return "ға"
    # и and у are neutral (ый/ій, ұу/үу): the vowel before them decides; alone, и is front.
    vowels = [c for c in letters if c in _VOWELS and c not in "иу"]
    front = vowels[-1] in _FRONT if vowels else bool(set(letters) & set("иie"))
    last = letters[-1]
    if last in "ьъ":  # a soft sign makes the word front and hides the consonant before it
        front = True
        last = letters[-2] if len(letters) > 1 else "а"
    soft = last in _VOWELS or last in _SOFT_END
    if soft:
        return "ге" if front else "ға"
    return "ке" if front else "қа"


# A surname made of a father's name and «ұлы»/«қызы» («Нұрланұлы», «Серікқызы») ends in the
# 3rd-person possessive -ы/-і, whose dative is -на/-не: «Нұрланұлына», «Серікқызына».
_POSSESSIVE_ENDS = ("ұлы", "улы", "қызы", "кызы")


def kazakh_dative(word: str) -> str:
    """``word`` in the Kazakh dative: «Сергеева» → «Сергееваға», «Нұрланұлы» → «Нұрланұлына»;
    Latin «Smith» → «Smith-ке»."""
    word = word.strip()
    if not word:
        return word
    if script(word) == "cyrillic" and word.casefold().endswith(_POSSESSIVE_ENDS):
        return word + "на"
    suffix = kazakh_dative_suffix(word)
    if script(word) == "latin":
        return f"{word}-{suffix}"
    return word + suffix


@lru_cache(maxsize=1)
def _petrovich():
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def russian_dative_surname(surname: str, sex: str | None) -> str:
    """The surname in the Russian dative («Сергеева» → «Сергеевой» for a woman). Without a
    known sex, or for a name in Latin letters, the surname is left as written."""
    surname = surname.strip()
    if not surname or sex not in ("M", "F") or script(surname) != "cyrillic":
        return surname
    from pytrovich.enums import Case, Gender, NamePart

    gender = Gender.MALE if sex == "M" else Gender.FEMALE
    parts = surname.split("-")  # a double surname declines in both halves
    try:
        declined = [
            _petrovich().make(NamePart.LASTNAME, gender, Case.DATIVE, p) if p else p for p in parts
        ]
    except (KeyError, ValueError, IndexError):
        return surname
    return "-".join(declined)


def addressee(
    language: str, surname: str, given_name: str = "", patronymic: str = "", iin: str = ""
) -> str:
    """The addressee line in the dative: kk «Я. В. Сергееваға», ru «Сергеевой Я. В.».

    A record in Latin letters is not declined and keeps its spelling: «Smirnov Y.» in a
    Russian letter, «Y. Smirnov» in a Kazakh one (the initials where the language puts them).
    """
    surname = surname.strip()
    letters = initials(given_name, patronymic)
    if not surname:
        return " ".join(p for p in (given_name.strip(), patronymic.strip()) if p)
    if script(surname) == "latin":
        order = (letters, surname) if language == "kk" else (surname, letters)
        return " ".join(p for p in order if p)
    if language == "kk":
        return " ".join(p for p in (letters, kazakh_dative(surname)) if p)
    sex = guess_sex(surname, given_name, patronymic, iin)
    return " ".join(p for p in (russian_dative_surname(surname, sex), letters) if p)


# The greeting without a name: for a record without one, and for a name in Latin letters (a
# Kazakh or Russian letter does not greet in English nor mix the scripts).
_NEUTRAL = {"kk": "Құрметті өтініш беруші!", "ru": "Здравствуйте!"}


def salutation(
    language: str, surname: str, given_name: str = "", patronymic: str = "", iin: str = ""
) -> str:
    """kk «Құрметті Нұрлан Серікұлы!»; ru «Уважаемый Иван Петрович!», «Уважаемая Анна
    Сергеевна!», or «Здравствуйте, …!» when the sex is not known; a name with no Cyrillic
    letter is greeted without it in the letter's language: kk «Құрметті өтініш беруші!», ru
    «Здравствуйте!» (never «Dear Yuriy Smirnov,» nor «Уважаемый Yuriy Smirnov!»)."""
    if given_name.strip() and patronymic.strip():
        name = f"{given_name.strip()} {patronymic.strip()}"
    else:
        name = " ".join(p for p in (given_name.strip(), surname.strip()) if p)
    if not name:
        return _NEUTRAL.get(language, "")
    if script(name) != "cyrillic":  # Latin letters: a neutral greeting in the letter's language
        return _NEUTRAL.get(language, "")
    if language == "kk":
        return f"Құрметті {name}!"
    sex = guess_sex(surname, given_name, patronymic, iin)
    if sex == "M":
        return f"Уважаемый {name}!"
    if sex == "F":
        return f"Уважаемая {name}!"
    return f"Здравствуйте, {name}!"
