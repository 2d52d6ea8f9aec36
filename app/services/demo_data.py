"""The demo's material, read from the data files in ``app/resources/demo/``.

* ``operators.toml`` - the five seed operators (facts from ``shared/seeds/``, with their sources)
* ``names.toml``     - surnames, given names and patronymics of synthetic subjects
* ``places.toml``    - cities (kk, ru, postcode) and streets for synthetic addresses
* ``summaries.toml`` - letter summaries (kk and ru) by request type
* ``clients.toml``   - client organisations of «Техзор» users (name, BIN)

The files hold data only; ``tests/unit/test_demo_data.py`` checks them with the domain's rules.
"""

from __future__ import annotations

import tomllib
from typing import Any

from app.resources import resource_path


def _load(name: str) -> dict[str, Any]:
    with resource_path("demo", name).open("rb") as f:
        return tomllib.load(f)


_names = _load("names.toml")
_places = _load("places.toml")

OPERATORS: list[dict[str, Any]] = _load("operators.toml")["operators"]
KAZAKH_SURNAMES_MALE: list[str] = _names["kazakh_surnames_male"]
KAZAKH_PATRONYMIC_MALE_ROOTS: list[str] = _names["kazakh_patronymic_male_roots"]
KAZAKH_GIVEN_MALE: list[str] = _names["kazakh_given_male"]
KAZAKH_GIVEN_FEMALE: list[str] = _names["kazakh_given_female"]
RUSSIAN_SURNAMES_MALE: list[str] = _names["russian_surnames_male"]
RUSSIAN_GIVEN_MALE: list[str] = _names["russian_given_male"]
RUSSIAN_GIVEN_FEMALE: list[str] = _names["russian_given_female"]
RUSSIAN_PATRONYMICS_MALE: list[str] = _names["russian_patronymics_male"]
RUSSIAN_PATRONYMICS_FEMALE: list[str] = _names["russian_patronymics_female"]
CITIES: list[dict[str, str]] = _places["cities"]
STREETS: list[str] = _places["streets"]
REQUEST_SUMMARIES: dict[str, list[dict[str, str]]] = _load("summaries.toml")
CLIENT_ORGANISATIONS: list[dict[str, str]] = _load("clients.toml")["client_organisations"]

_FEMALE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ов", "ова"),
    ("ев", "ева"),
    ("ёв", "ёва"),
    ("ин", "ина"),
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ұлы", "қызы"),
)


def female_surname(male: str) -> str:
    """The female form of a male surname: -ов→-ова, -ев/-ёв→-ева/-ёва, -ин→-ина, -ский→-ская,
    -цкий→-цкая, -ұлы→-қызы; any other ending («Сейітқали», «Шевченко», «Ким») is unchanged."""
    for ending, female in _FEMALE_ENDINGS:
        if male.endswith(ending):
            return male[: -len(ending)] + female
    return male


def kazakh_patronymic(root: str, female: bool = False) -> str:
    """«Нұрлан» → «Нұрланұлы» (male) or «Нұрланқызы» (female)."""
    return root + ("қызы" if female else "ұлы")
