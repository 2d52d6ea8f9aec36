"""The demo's material, read from the data files in ``app/resources/demo/``.

* ``operators.toml`` - the five seed operators (facts from ``shared/seeds/``, with their sources),
  each with its data map in Kazakh and Russian (:meth:`Material.data_map`)
* ``names.toml``     - surnames, given names and patronymics of synthetic subjects
* ``places.toml``    - cities (kk, ru, postcode) and streets (kk, ru) for synthetic addresses
* ``summaries.toml`` - letter summaries (kk and ru) by request type
* ``clients.toml``   - client organisations of «Техзор» users (name in kk and ru, BIN)
* ``history.toml``   - how the year of work is replayed: type weights, channels, notes

The files hold data only; ``tests/unit/test_demo_data.py`` checks them with the domain's rules.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.domain.data_map import DataMap
from app.resources import resource_path

FILES = ("operators", "names", "places", "summaries", "clients", "history")


@dataclass(frozen=True)
class Material:
    """Everything the demo is built from, as the data files give it."""

    operators: list[dict[str, Any]]
    names: dict[str, list[str]]  # names.toml: kazakh_surnames_male, russian_given_female, ...
    cities: list[dict[str, str]]  # kk, ru, postcode
    streets: list[dict[str, str]]  # kk, ru
    summaries: dict[str, list[dict[str, str]]]  # request type -> [{kk, ru}]
    clients: list[dict[str, str]]  # kk, ru (the name), bin
    history: dict[str, Any]  # type weights, channels, assignees, formats, notes

    def operator(self, code: str) -> dict[str, Any]:
        return next(op for op in self.operators if op["code"] == code)

    def data_map(self, code: str) -> DataMap:
        """The data map of the seed operator ``code``, in both languages, as the domain reads it
        (categories with their retention rules, purposes, methods, sources, recipients with
        their countries, systems)."""
        return DataMap.from_json(self.operator(code))


def read(name: str) -> dict[str, Any]:
    """One data file (``name`` without ``.toml``), parsed."""
    with resource_path("demo", f"{name}.toml").open("rb") as f:
        return tomllib.load(f)


@cache
def load() -> Material:
    places = read("places")
    return Material(
        operators=read("operators")["operators"],
        names=read("names"),
        cities=places["cities"],
        streets=places["streets"],
        summaries=read("summaries"),
        clients=read("clients")["client_organisations"],
        history=read("history"),
    )


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
