"""The Kazakh working-day calendar.

Working days are Monday to Friday, minus public holidays and the government's transferred days
off, plus transferred working Saturdays. The ``holidays`` package knows all of that for KZ
(``KZ().is_working_day`` honours its ``weekend_workdays``); the officer adds overrides for transfers
announced during the year.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import holiday_names
from app.domain.errors import DomainError

if TYPE_CHECKING:
    import holidays

# The ``holidays`` package speaks Kazakh and English; Russian is ours (holiday names in
# ``app.domain.holiday_names``).
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


class DayKind(StrEnum):
    """What a day is, so a caller words and colours it by kind, never by its reason's text."""

    WORKDAY = "workday"  # an ordinary Monday to Friday
    WEEKEND = "weekend"  # a plain Saturday or Sunday
    HOLIDAY = "holiday"  # a public holiday (or its day off moved from a weekend)
    TRANSFERRED_DAY_OFF = "transferred_day_off"  # a weekday off in exchange for a working weekend
    WORKING_SATURDAY = "working_saturday"  # a weekend day worked by a transfer
    USER_OVERRIDE = "user_override"  # the officer's own override (``working`` says which way)
    CLOCK_STOPPED = "clock_stopped"  # a deadline's day not counted while its clock stood


@dataclass(frozen=True)
class DayInfo:
    day: dt.date
    working: bool
    reason: str  # why it is (not) a working day, in the calendar's language (for the CLI)
    override: bool = False
    kind: DayKind = DayKind.WORKDAY
    name: str = ""  # the holiday's name, or the override's note: data, not a phrase of ours


# ``holidays/version.py`` as the package ships it: it asks importlib.metadata for its version,
# which loads the email parser and scans sys.path for the distribution (about 30 ms, a sixth of
# a command-line call).
_VERSION_MODULE_CODE = [
    "from importlib.metadata import version",
    '__version__ = version("holidays")',
]


def _import_holidays():
    """The ``holidays`` package, imported once a calendar is first computed.

    Its ``__init__`` imports ``holidays.version``; when that module is exactly the package's
    own (the two lines above) and the distribution's METADATA beside the package is the only
    one, the same version is read from that file and the module is registered with it, so the
    package's import costs no importlib.metadata. Anything else: the package's own module.
    """
    if "holidays" not in sys.modules and "holidays.version" not in sys.modules:
        try:
            version = _holidays_version()
        except (OSError, UnicodeError, ValueError, ImportError):
            version = None
        if version is not None:
            module = types.ModuleType("holidays.version")
            module.__version__ = version
            sys.modules["holidays.version"] = module
    import holidays

    return holidays


def _holidays_version() -> str | None:
    spec = importlib.util.find_spec("holidays")
    location = spec and spec.submodule_search_locations
    if not location:
        return None
    package = Path(next(iter(location)))
    source = (package / "version.py").read_text(encoding="utf-8").splitlines()
    if [x.strip() for x in source if x.strip() and not x.startswith("#")] != _VERSION_MODULE_CODE:
        return None
    found = list(package.parent.glob("holidays-*.dist-info/METADATA"))
    if len(found) != 1:
        return None
    with found[0].open(encoding="utf-8") as metadata:
        for line in metadata:
            if not line.strip():  # the end of the headers
                break
            if line.startswith("Version:"):
                return line.split(":", 1)[1].strip()
    return None


@lru_cache(maxsize=1)
def _kazakhstan() -> type[holidays.HolidayBase]:
    """The package's Kazakhstan calendar class, loaded from its own module file.

    ``holidays.KZ`` goes through ``holidays.countries``, whose ``__init__`` imports every
    country the package knows (about 0.2 s, most of a command-line call). Only the KZ module is
    executed here, under a private name; should the package ever move it, the public way is
    taken instead (same class, same data).
    """
    holidays = _import_holidays()
    spec = importlib.util.find_spec("holidays")
    location = spec and spec.submodule_search_locations
    if location:
        path = Path(next(iter(location))) / "countries" / "kazakhstan.py"
        module_spec = importlib.util.spec_from_file_location("_derbes_holidays_kz", path)
        if path.is_file() and module_spec and module_spec.loader:
            module = importlib.util.module_from_spec(module_spec)
            try:
                module_spec.loader.exec_module(module)
                return module.Kazakhstan
            except (ImportError, AttributeError):
                pass
    return holidays.KZ


def load_package() -> None:
    """Load the ``holidays`` package and its Kazakhstan calendar now rather than at the first
    count of working days (the window's start does it before Qt is imported, see
    :func:`app.services.startup.load_database_layer`)."""
    _kazakhstan()


@lru_cache(maxsize=32)
def _package_calendar(year: int, language: str) -> holidays.HolidayBase:
    return _kazakhstan()(years=year, language=_HOLIDAY_LANG.get(language, "en_US"))


def _transferred_days_off(cal: holidays.HolidayBase, year: int) -> frozenset[dt.date]:
    """The weekdays off the government moved from a working weekend, from the package's own
    table (its four-number entries: to-month, to-day, from-month, from-day)."""
    entries = getattr(cal, "special_public_holidays", {}).get(year, ())
    if entries and isinstance(entries[0], int):
        entries = (entries,)
    return frozenset(dt.date(year, e[0], e[1]) for e in entries if len(e) >= 4)


class WorkCalendar:
    """Working days of Kazakhstan with the officer's overrides layered on top."""

    def __init__(self, overrides: Iterable[Override] = (), language: str = "en"):
        self.language = language if language in _WEEKDAY_NAMES else "en"
        self._overrides: dict[dt.date, Override] = {}
        for o in overrides:
            self._overrides[o.day] = o
        # per year, the working days from 1 January through each day (its index): counting a
        # span is then two lookups (a register page counts one for each of its rows)
        self._running: dict[int, list[int]] = {}

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
            return DayInfo(
                day,
                working,
                override.note or override.kind.value,
                override=True,
                kind=DayKind.USER_OVERRIDE,
                name=override.note,
            )
        cal = self._package(day.year)
        working = cal.is_working_day(day)
        names = cal.get_list(day)
        if self.language == "ru":
            names = [holiday_names.russian(n) for n in names]
        weekend = day.weekday() >= 5
        if names:
            reason = "; ".join(names)
        elif weekend:
            reason = f"{_WEEKDAY_NAMES[self.language][day.weekday()]}, {_WEEKEND[self.language]}"
        else:
            reason = ""
        if working and weekend and not names:
            reason = {"kk": "ауыстырылған жұмыс күні", "ru": "перенесённый рабочий день"}.get(
                self.language, "transferred working day"
            )
        if working:
            kind = DayKind.WORKING_SATURDAY if weekend else DayKind.WORKDAY
        elif day in _transferred_days_off(cal, day.year):
            kind = DayKind.TRANSFERRED_DAY_OFF
        elif names:
            kind = DayKind.HOLIDAY
        else:
            kind = DayKind.WEEKEND
        return DayInfo(day, working, reason, kind=kind, name="; ".join(names))

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
        count = self._through(end) - self._through(start)
        for year in range(start.year, end.year):  # each year ended between them
            count += self._year(year)[-1]
        return sign * count

    def _year(self, year: int) -> list[int]:
        found = self._running.get(year)
        if found is None:
            found, n, day = [], 0, dt.date(year, 1, 1)
            while day.year == year:
                n += self.is_working_day(day)
                found.append(n)
                day += dt.timedelta(days=1)
            self._running[year] = found
        return found

    def _through(self, day: dt.date) -> int:
        """Working days from 1 January of ``day``'s year through ``day``."""
        return self._year(day.year)[day.timetuple().tm_yday - 1]

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
