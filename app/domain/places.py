"""The city in a postal address, as a document's place line writes it: «Алматы қ.» in Kazakh,
«г. Алматы» in Russian (a destruction act is drawn up where the operator is).

An address names its city with the marker of its language: «Алматы қ.» or «Алматы қаласы» in a
Kazakh address, «г. Алматы» or «город Алматы» in a Russian one; a known city's name without a
marker («Астана, Мәңгілік Ел, 55») is found too. The city in the other language is
taken from a short table of the cities whose names differ (Қарағанды / Караганда); a city whose
name the table does not know is given only in the address's own language, and the other half stays
empty for the officer to type (never guessed by transliteration).
"""

from __future__ import annotations

import re

from app.domain.data_map import Pair

_LETTERS = r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]"
_NAME = rf"{_LETTERS}[{_LETTERS[1:-1]}\-]*"
_KK = re.compile(rf"(?<![{_LETTERS[1:-1]}])({_NAME})\s+(?:қ\.|қаласы\b)")
_RU = re.compile(rf"(?<![{_LETTERS[1:-1]}])(?:г\.|город)\s*({_NAME})")

# Kazakh name -> Russian name, for the cities whose names differ between the languages; a city
# written the same in both (Алматы, Астана, Шымкент, Тараз, Павлодар, Атырау …) needs no entry.
_NAMES_KK_RU = {
    "Қарағанды": "Караганда",
    "Ақтөбе": "Актобе",
    "Өскемен": "Усть-Каменогорск",
    "Қостанай": "Костанай",
    "Қызылорда": "Кызылорда",
    "Орал": "Уральск",
    "Петропавл": "Петропавловск",
    "Ақтау": "Актау",
    "Түркістан": "Туркестан",
    "Көкшетау": "Кокшетау",
    "Талдықорған": "Талдыкорган",
    "Екібастұз": "Экибастуз",
    "Жезқазған": "Жезказган",
    "Теміртау": "Темиртау",
    "Қонаев": "Конаев",
    "Мәскеу": "Москва",
    "Пермь": "Пермь",
    "Бішкек": "Бишкек",
    "Ташкент": "Ташкент",
}
# Written the same in both languages: the table's answer for these is the name itself.
_SAME = frozenset(
    {
        "Алматы",
        "Астана",
        "Шымкент",
        "Тараз",
        "Павлодар",
        "Атырау",
        "Семей",
        "Жаңаөзен",
        "Санкт-Петербург",
    }
)
_NAMES_RU_KK = {ru: kk for kk, ru in _NAMES_KK_RU.items()}


def _found(address: str) -> tuple[str, str] | None:
    """The city's name and the language it is written in, or None: first a name with its
    marker («Алматы қ.», «г. Алматы»), then a known city's name standing alone («Астана, …»)."""
    for pattern, lang in ((_KK, "kk"), (_RU, "ru")):
        match = pattern.search(address or "")
        if match:
            return match.group(1).strip(), lang
    words = set(re.findall(rf"{_LETTERS}[{_LETTERS[1:-1]}\-]*", address or ""))
    for name in sorted(_SAME):
        if name in words:
            return name, "kk"
    for kk, ru in _NAMES_KK_RU.items():
        if kk in words:
            return kk, "kk"
        if ru in words:
            return ru, "ru"
    return None


def _translated(name: str, source: str, target: str) -> str:
    if source == target or name in _SAME:
        return name
    table = _NAMES_KK_RU if source == "kk" else _NAMES_RU_KK
    return table.get(name, "")


def written(name: str, language: str) -> str:
    """«Алматы қ.» / «г. Алматы»; "" for no name."""
    if not name:
        return ""
    return f"{name} қ." if language == "kk" else f"г. {name}"


def city(address: str, language: str) -> str:
    """The city of ``address`` written in ``language`` («Алматы қ.» / «г. Алматы»); "" when the
    address names no city or the city's name in ``language`` is not known."""
    found = _found(address)
    if found is None:
        return ""
    name, source = found
    return written(_translated(name, source, language), language)


def place(address_kk: str, address_ru: str) -> Pair:
    """Where a document of an operator at these addresses is drawn up, in both languages: each
    half from the address in its language, else from the other one."""
    return Pair(
        city(address_kk, "kk") or city(address_ru, "kk"),
        city(address_ru, "ru") or city(address_kk, "ru"),
    )
