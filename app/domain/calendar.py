"""The Kazakh working-day calendar.

Working days are Monday to Friday, minus public holidays and the government's transferred days
off, plus transferred working Saturdays. The ``holidays`` package knows all of that for KZ
(``KZ().is_working_day`` honours its ``weekend_workdays``); the officer adds overrides for transfers
announced during the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import holidays

from app.domain.errors import DomainError

# The ``holidays`` package speaks Kazakh and English; Russian is ours.
_WEEKDAY_NAMES = {
    "kk": ("Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"),
    "ru": ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_WEEKEND = {"kk": "демалыс күні", "ru": "выходной день", "en": "weekend"}
_HOLIDAY_LANG = {"kk": "kk", "en": "en_US", "ru": "en_US"}


class OverrideKind(StrEnum):
    HOLIDAY = "holiday"  # a non-working day where the package has a working one
    WORKDAY = "workday"  # a working day where the package has a day off


@dataclass(frozen=True)
class Override:
    day: dt.date
    kind: OverrideKind
    note: str = ""


@dataclass(frozen=True)
class DayInfo:
    day: dt.date
    working: bool
    reason: str  # why it is (not) a working day; empty for an ordinary working weekday
    override: bool = False


@lru_cache(maxsize=32)
def _package_calendar(year: int, language: str) -> holidays.HolidayBase:
    return holidays.KZ(years=year, language=_HOLIDAY_LANG.get(language, "en_US"))


class WorkCalendar:
    """Working days of Kazakhstan with the officer's overrides layered on top."""

    def __init__(self, overrides: Iterable[Override] = (), language: str = "en"):
        self.language = language if language in _WEEKDAY_NAMES else "en"
        self._overrides: dict[dt.date, Override] = {}
        for o in overrides:
            self._overrides[o.day] = o

    @property
    def overrides(self) -> dict[dt.date, Override]:
        return dict(self._overrides)

    def with_language(self, language: str) -> WorkCalendar:
        return WorkCalendar(self._overrides.values(), language)

    def _package(self, year: int) -> holidays.HolidayBase:
        return _package_calendar(year, self.language)

    def info(self, day: dt.date) -> DayInfo:
        override = self._overrides.get(day)
        if override is not None:
            working = override.kind is OverrideKind.WORKDAY
            return DayInfo(day, working, override.note or override.kind.value, override=True)
        cal = self._package(day.year)
        working = cal.is_working_day(day)
        names = cal.get_list(day)
        if names:
            reason = "; ".join(names)
        elif day.weekday() >= 5:
            reason = f"{_WEEKDAY_NAMES[self.language][day.weekday()]}, {_WEEKEND[self.language]}"
        else:
            reason = ""
        if working and day.weekday() >= 5 and not names:
            reason = {"kk": "ауыстырылған жұмыс күні", "ru": "перенесённый рабочий день"}.get(
                self.language, "transferred working day"
            )
        return DayInfo(day, working, reason)

    def is_working_day(self, day: dt.date) -> bool:
        override = self._overrides.get(day)
        if override is not None:
            return override.kind is OverrideKind.WORKDAY
        return self._package(day.year).is_working_day(day)

    def working_days_after(self, start: dt.date) -> Iterator[dt.date]:
        """Working days strictly after ``start``, in order, without end."""
        day = start
        while True:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                yield day

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (``start`` itself is day 0)."""
        if n < 1:
            raise DomainError.at("days", "at_least", min=1)
        for i, day in enumerate(self.working_days_after(start), start=1):
            if i == n:
                return day
        raise AssertionError("unreachable")  # pragma: no cover

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``(start, end]``; negative when ``end`` is before ``start``."""
        if end == start:
            return 0
        sign = 1
        if end < start:
            start, end, sign = end, start, -1
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return sign * count

    def non_working_days(self, year: int) -> list[DayInfo]:
        """The days of a year that differ from a plain Mon–Fri week (holidays, transferred days,
        overrides), with reasons; ordinary weekends are left out."""
        out = []
        day = dt.date(year, 1, 1)
        while day.year == year:
            info = self.info(day)
            weekend = day.weekday() >= 5
            if (
                info.override
                or (not info.working and info.reason and not weekend)
                or (weekend and (info.working or self._package(year).get(day)))
            ):
                out.append(info)
            day += dt.timedelta(days=1)
        return out
