"""The operator's data map (SPEC "The operator's data map"): what it processes, why, how, from
where, to whom, in which systems, and how long it keeps each category.

Every text is a kk/ru :class:`Pair`: a Kazakh letter reads the Kazakh half and a Russian one the
Russian half, so a half left empty is a problem to ask for, never a reason to borrow the other
language. The map is stored as JSON on the operator (one list per part); :meth:`DataMap.from_json`
and :meth:`DataMap.to_json` are the one conversion, and :func:`map_problems` the one check that
the settings page, the service and the letters share.

A retention rule (per category) names its legal basis, a period in years and months and the
moment the period runs from ("after use stops"); :meth:`Retention.until` turns a start day into
the day the data must be purged. A category without a rule has no legal reason to be kept once
consent is withdrawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import Problem, problem

LANGUAGES = ("kk", "ru")

# The parts of the map, as the operator's JSON columns name them.
PARTS = ("data_categories", "purposes", "methods", "sources", "recipients", "systems")


@dataclass(frozen=True)
class Pair:
    """One text in Kazakh and in Russian."""

    kk: str = ""
    ru: str = ""

    def in_(self, language: str) -> str:
        """The half in ``language`` (kk or ru); empty when that half is missing."""
        return (self.kk if language == "kk" else self.ru).strip()

    def missing(self) -> tuple[str, ...]:
        """The languages whose half is empty."""
        return tuple(lang for lang in LANGUAGES if not self.in_(lang))

    @property
    def empty(self) -> bool:
        return not (self.kk.strip() or self.ru.strip())

    @classmethod
    def of(cls, data: Any) -> Pair:
        """A pair from stored JSON: ``{"kk": …, "ru": …}``; a bare string (the systems list
        before migration 0008) is Russian, the language operators' internal acts use."""
        if isinstance(data, str):
            return cls("", data.strip())
        if isinstance(data, Mapping):
            return cls(str(data.get("kk") or "").strip(), str(data.get("ru") or "").strip())
        return cls()

    def to_json(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru}


@dataclass(frozen=True)
class Retention:
    """How long a category is kept after consent is withdrawn, and on what legal basis."""

    basis: Pair = field(default_factory=Pair)  # e.g. "ID Collect policy 5.3; Law 94-V art. 12"
    years: int = 0
    months: int = 0
    start: Pair = field(default_factory=Pair)  # from when: "after use of the data stops"

    def until(self, start_day: dt.date) -> dt.date:
        """The last day the data may be kept when its period starts on ``start_day``."""
        months = start_day.month - 1 + self.months + 12 * self.years
        year, month = start_day.year + months // 12, months % 12 + 1
        day = min(start_day.day, _month_length(year, month))
        return dt.date(year, month, day)

    @property
    def has_period(self) -> bool:
        return self.years > 0 or self.months > 0

    @classmethod
    def of(cls, data: Any) -> Retention | None:
        if not isinstance(data, Mapping):
            return None
        return cls(
            Pair(str(data.get("basis_kk") or ""), str(data.get("basis_ru") or "")),
            _int(data.get("years")),
            _int(data.get("months")),
            Pair(str(data.get("from_kk") or ""), str(data.get("from_ru") or "")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "basis_kk": self.basis.kk,
            "basis_ru": self.basis.ru,
            "years": self.years,
            "months": self.months,
            "from_kk": self.start.kk,
            "from_ru": self.start.ru,
        }


@dataclass(frozen=True)
class Category:
    name: Pair
    retention: Retention | None = None  # None: nothing obliges the operator to keep it

    @classmethod
    def of(cls, data: Any) -> Category:
        retention = Retention.of(data.get("retention")) if isinstance(data, Mapping) else None
        return cls(Pair.of(data), retention)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = self.name.to_json()
        if self.retention is not None:
            out["retention"] = self.retention.to_json()
        return out


@dataclass(frozen=True)
class Recipient:
    name: Pair
    country: str = ""  # ISO 3166 alpha-2 where the recipient is; empty: Kazakhstan

    @property
    def cross_border(self) -> bool:
        return bool(self.country) and self.country.upper() != "KZ"

    @classmethod
    def of(cls, data: Any) -> Recipient:
        country = (
            str(data.get("country") or "").strip().upper() if isinstance(data, Mapping) else ""
        )
        return cls(Pair.of(data), country)

    def to_json(self) -> dict[str, str]:
        out = self.name.to_json()
        if self.country:
            out["country"] = self.country
        return out


@dataclass(frozen=True)
class DataMap:
    categories: tuple[Category, ...] = ()
    purposes: tuple[Pair, ...] = ()
    methods: tuple[Pair, ...] = ()
    sources: tuple[Pair, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    systems: tuple[Pair, ...] = ()  # the systems to clean on deregistration (the checklist)

    @classmethod
    def from_json(cls, parts: Mapping[str, Any]) -> DataMap:
        """The map from the operator's JSON columns (each a list; a missing one is empty)."""

        def items(name: str) -> list:
            value = parts.get(name) or []
            return list(value) if isinstance(value, list | tuple) else []

        return cls(
            tuple(Category.of(c) for c in items("data_categories")),
            tuple(Pair.of(p) for p in items("purposes")),
            tuple(Pair.of(p) for p in items("methods")),
            tuple(Pair.of(p) for p in items("sources")),
            tuple(Recipient.of(r) for r in items("recipients")),
            tuple(Pair.of(s) for s in items("systems")),
        )

    def to_json(self) -> dict[str, list]:
        return {
            "data_categories": [c.to_json() for c in self.categories],
            "purposes": [p.to_json() for p in self.purposes],
            "methods": [p.to_json() for p in self.methods],
            "sources": [p.to_json() for p in self.sources],
            "recipients": [r.to_json() for r in self.recipients],
            "systems": [s.to_json() for s in self.systems],
        }

    @property
    def cross_border(self) -> bool:
        return any(r.cross_border for r in self.recipients)


def map_problems(data_map: DataMap) -> tuple[Problem, ...]:
    """What the map lacks: every entry needs both halves (field ``<part>``, code
    ``pair_missing_half`` with the 1-based ``row`` and the ``language`` missing); a retention
    rule needs a basis in both languages and a period; a country is two letters."""
    found: list[Problem] = []

    def pairs(part: str, entries: Iterable[Pair]) -> None:
        for row, pair in enumerate(entries, 1):
            for language in pair.missing():
                found.append(problem(part, "pair_missing_half", row=row, language=language))

    pairs("data_categories", (c.name for c in data_map.categories))
    for row, category in enumerate(data_map.categories, 1):
        rule = category.retention
        if rule is None:
            continue
        for language in rule.basis.missing():
            found.append(
                problem("retention", "retention_basis_missing", row=row, language=language)
            )
        if not rule.has_period or rule.years < 0 or rule.months < 0:
            found.append(problem("retention", "retention_period_missing", row=row))
    pairs("purposes", data_map.purposes)
    pairs("methods", data_map.methods)
    pairs("sources", data_map.sources)
    pairs("recipients", (r.name for r in data_map.recipients))
    for row, recipient in enumerate(data_map.recipients, 1):
        country = recipient.country
        if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
            found.append(problem("recipients", "country_code", row=row, value=country))
    pairs("systems", data_map.systems)
    return tuple(found)


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
