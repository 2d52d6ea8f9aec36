"""Kazakhstan's public holidays in Russian: the ``holidays`` package names them in Kazakh and
English only, so the Russian names are ours, kept here once for the calendar (the window, the
command line) and the case file alike.

A name the table does not know (a holiday the package adds later) stays as the package gives it,
in English, rather than being guessed.
"""

from __future__ import annotations

import re

HOLIDAYS_RU = {
    "New Year's Day": "Новый год",
    "Orthodox Christmas": "Православное Рождество",
    "International Women's Day": "Международный женский день",
    "Nowruz Holiday": "Наурыз мейрамы",
    "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
    "First President Day": "День Первого Президента",  # until 2021
    "Defender of the Fatherland Day": "День защитника Отечества",
    "Victory Day": "День Победы",
    "Capital Day": "День Столицы",
    "Eid al-Adha": "Курбан айт",
    "Constitution Day": "День Конституции",
    "Republic Day": "День Республики",
    "Independence Day": "День Независимости",
}
_SUFFIXES_RU = {"(observed)": "(перенос)", "(estimated)": "(предварительно)"}
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)$")


def russian(name: str) -> str:
    """The Russian name of a holiday the package named in English (names joined by "; ")."""
    parts = []
    for one in name.split("; "):
        if m := _SUBSTITUTED.match(one):
            parts.append(f"Выходной день (перенесён с {m[1]}.{m[2]}.{m[3]})")
            continue
        suffix = next((s for s in _SUFFIXES_RU if one.endswith(" " + s)), "")
        base = one[: -len(suffix) - 1] if suffix else one
        ru = HOLIDAYS_RU.get(base, base)
        parts.append(f"{ru} {_SUFFIXES_RU[suffix]}" if suffix else ru)
    return "; ".join(parts)
