"""Finders of the letter's plain fields: IIN, phone, e-mail, address, date, signature line.

* IIN: only 12 digits (a space may sit between them, as people group them) that pass the check
  digit of :func:`app.domain.identifiers.number_problem`; one misread digit breaks the check, so
  a misread IIN is set aside (:func:`iin_rejects`), never proposed. A number labelled as a BIN
  (БИН, БСН) is the company's, not the sender's, and is set aside too. A number labelled ИИН,
  ЖСН or IIN comes first.
* The date: «05.11.2026», «5 ноября 2026 г.», «2026 жылғы 5 қараша», «5 қараша 2026 ж.»; never
  a day after ``today``; the latest comes first (the other dates of a letter are of what
  happened before it: a contract, a consent).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from app.domain import months
from app.domain.identifiers import iin_hint, number_problem
from app.domain.ocr.matching import CYRILLIC_LOWER, Found, fold, line_span

_IIN = re.compile(r"(?<![\d])(\d(?:[ \u00a0]?\d){11})(?![\d])")
_IIN_LABEL = re.compile(r"(?:иин|жсн|ііn|iin|инн)\b[^\d\n]{0,24}$")
_BIN_LABEL = re.compile(r"(?:бин|бсн|bin)\W{0,3}$")
_NOT_IIN_LABEL = re.compile(
    r"(?:№|n[o°]\.?|номер\w*|нөмір\w*|договор\w*|шарт\w*|сч[её]т\w*|шот\w*)\W{0,3}$"
)

_PHONE = re.compile(
    r"(?<![\d+])(\+\s?7|8)[\s\-.(]*(\d{3})[\s\-.)]*(\d{3})[\s\-.]*(\d{2})[\s\-.]*(\d{2})(?![\d])"
)
_PHONE_LABEL = re.compile(r"(?:тел|моб|ұялы|phone)[\w.]*\W{0,3}$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

_ADDRESS_LABEL = re.compile(
    r"(?:мекен-?\s?жай\w*|адрес\w*|тұратын\s+жер\w*|почтовый\s+адрес)\s*:?\s*", re.IGNORECASE
)
_ADDRESS_MARKS = re.compile(
    r"(?:\bг\.|\bул\.|\bпр\.|\bд\.|\bкв\.|\bмкр|\bмөлтек|қаласы|көшесі|даңғылы|\bүй\b|-үй|"
    r"пәтер|ауылы|ауданы|облысы|район|область|проспект|улица)"
)

_QUOTE = r"[«\"“']?"
_UNQUOTE = r"[»\"”']?"
_DATE_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./:,](\d{1,2})[./:,](\d{4})(?![\d])")
_DATE_RU = re.compile(
    rf"(?<!\d){_QUOTE}(\d{{1,2}}){_UNQUOTE}\s+({'|'.join(months.RUSSIAN_GENITIVE)})\s+(\d{{4}})(?!\d)"
)
_KK_MONTH = rf"({'|'.join(months.KAZAKH)})[{CYRILLIC_LOWER}]*"
_DATE_KK_YEAR_FIRST = re.compile(
    rf"(?<!\d)(\d{{4}})\s*(?:жылғы|жылы|ж\.)\s*{_QUOTE}(\d{{1,2}}){_UNQUOTE}\s*-?\s*{_KK_MONTH}"
)
_DATE_KK_DAY_FIRST = re.compile(rf"(?<!\d){_QUOTE}(\d{{1,2}}){_UNQUOTE}\s+{_KK_MONTH}\s+(\d{{4}})")
_DATE_LABEL = re.compile(r"(?:дата|күні|дата письма)\W{0,3}$")

_SIGNATURE = re.compile(r"(?:подпис[ьи]|[қк]олы\b|[қк]ол\s+қой|signature)")
_SIGNATURE_LINE = re.compile(rf"_{{3,}}.*[{CYRILLIC_LOWER}]{{2,}}\s+[{CYRILLIC_LOWER}]\.")


def _before(folded: str, start: int, width: int = 30) -> str:
    return folded[max(0, start - width) : start]


def _passes(digits: str) -> bool:
    return len(digits) == 12 and number_problem(digits) is None


def _confirmed(digits: str, second: Mapping[str, str | Sequence[str]] | None):
    """The IIN the readings of a number give, and a note; ``(None, why)`` when they give none.

    Without ``second`` (text, not a scan) the number as read, if it passes the check digit. With
    it, the check digit cannot see a misread 11th digit (its weight is 11), so another reading
    must confirm it: the first reading when it passes and a later one agrees on its 11th digit;
    else a later reading that passes and either another later reading gives exactly, or the
    first (failing its check elsewhere) agrees on its 11th digit."""
    if second is None:
        problem = number_problem(digits)
        return (None, problem.code) if problem is not None else (digits, "")
    found = second.get(digits, ())
    readings = (found,) if isinstance(found, str) else tuple(found)
    if _passes(digits) and any(len(r) == 12 and r[10] == digits[10] for r in readings):
        return digits, ""
    later = {
        r
        for r in readings
        if _passes(r)
        and r != digits
        and (readings.count(r) >= 2 or (not _passes(digits) and r[10] == digits[10]))
    }
    if len(later) == 1:
        return later.pop(), "second reading"
    if not _passes(digits) and number_problem(digits) is not None:
        return None, number_problem(digits).code
    return None, "readings_differ"


def _iin_readings(
    text: str, folded: str, second: Mapping[str, str | Sequence[str]] | None
) -> tuple[list[Found], list[Found]]:
    """The 12-digit numbers of ``text``: those proposed as IINs and those set aside (see
    :func:`iins`)."""
    proposed, rejected, seen = [], [], set()
    for match in _IIN.finditer(text):
        digits = re.sub(r"\s", "", match.group(1))
        start, end = match.start(1), match.end(1)
        label = _before(folded, match.start())
        value, note = _confirmed(digits, second)
        if value is None:
            rejected.append(Found(digits, 0.0, start, end, note))
            continue
        if _BIN_LABEL.search(label):
            rejected.append(Found(digits, 0.0, start, end, "bin"))
            continue
        if _NOT_IIN_LABEL.search(label):
            rejected.append(Found(digits, 0.0, start, end, "not_an_iin"))
            continue
        hint = iin_hint(value)
        born = None if hint is None else hint.birth_date
        if born is None or born.year < 1900:
            rejected.append(Found(value, 0.0, start, end, "no_birth_date"))
            continue
        if value in seen:
            continue
        seen.add(value)
        labelled = bool(_IIN_LABEL.search(label))
        confidence = (0.95 if labelled else 0.75) - (0.1 if note else 0)
        note = ", ".join(n for n in ("labelled" if labelled else "", note) if n)
        proposed.append(Found(value, confidence, start, end, note))
    return sorted(proposed, key=lambda f: -f.confidence), rejected


def iins(
    text: str, folded: str | None = None, second: Mapping[str, str | Sequence[str]] | None = None
) -> list[Found]:
    """The IINs in ``text``, labelled ones first: 12 digits that pass the check digit, hold a
    birth date, are labelled neither as a BIN nor as a contract's number, and (when ``second``
    maps each number as first read to further readings of its digits alone) confirmed by
    another reading (:func:`_confirmed`), the 11th digit being one the check digit cannot see. A number the first reading
    got wrong and the second got right is proposed from the second."""
    folded = fold(text) if folded is None else folded
    return _iin_readings(text, folded, second)[0]


def iin_rejects(text: str, second: Mapping[str, str | Sequence[str]] | None = None) -> list[Found]:
    """12-digit numbers set aside, ``note`` saying why: a wrong check digit (the problem's
    code), ``bin``, ``not_an_iin`` (a contract's number), ``no_birth_date``, ``readings_differ``."""
    return _iin_readings(text, fold(text), second)[1]


def phones(text: str, folded: str | None = None) -> list[Found]:
    """Kazakh phone numbers, as +7XXXXXXXXXX; labelled ones first."""
    folded = fold(text) if folded is None else folded
    found, seen = [], set()
    for match in _PHONE.finditer(text):
        number = "+7" + "".join(match.groups()[1:])
        if number in seen:
            continue
        seen.add(number)
        labelled = bool(_PHONE_LABEL.search(_before(folded, match.start())))
        found.append(Found(number, 0.9 if labelled else 0.7, match.start(), match.end()))
    return sorted(found, key=lambda f: -f.confidence)


def emails(text: str) -> list[Found]:
    found, seen = [], set()
    for match in _EMAIL.finditer(text):
        address = match.group(0).strip(".").lower()
        if address not in seen:
            seen.add(address)
            found.append(Found(address, 0.85, match.start(), match.start() + len(address)))
    return found


def addresses(text: str, folded: str | None = None) -> list[Found]:
    """The sender's address: the rest of a line after «мекенжайым:», «по адресу:», «Адрес:»;
    else a line that reads as an address (a city, a street, a house)."""
    folded = fold(text) if folded is None else folded
    found = []
    for match in _ADDRESS_LABEL.finditer(folded):
        _start, end = line_span(text, match.end())
        raw = text[match.end() : end]
        value = raw.strip(" ,;.")
        if len(value) >= 5 and (re.search(r"\d", value) or _ADDRESS_MARKS.search(fold(value))):
            start = match.end() + len(raw) - len(raw.lstrip(" ,;."))
            found.append(Found(value, 0.85, start, start + len(value), "labelled"))
    if found:
        return found
    position = 0
    for line in text.split("\n"):
        marks = _ADDRESS_MARKS.findall(fold(line))
        if len(marks) >= 2 and re.search(r"\d", line):
            value = line.strip(" ,;.")
            start = position + line.find(value)
            found.append(Found(value, 0.55, start, start + len(value)))
        position += len(line) + 1
    return found


def _date(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def dates(text: str, today: dt.date, folded: str | None = None) -> list[Found]:
    """The dates of the letter up to ``today``, the latest (the letter's own) first."""
    folded = fold(text) if folded is None else folded
    raw: list[tuple[dt.date | None, int, int]] = []
    for m in _DATE_NUMERIC.finditer(folded):
        raw.append((_date(m.group(3), int(m.group(2)), m.group(1)), m.start(), m.end()))
    for m in _DATE_RU.finditer(folded):
        month = months.RUSSIAN_GENITIVE.index(m.group(2)) + 1
        raw.append((_date(m.group(3), month, m.group(1)), m.start(), m.end()))
    for m in _DATE_KK_YEAR_FIRST.finditer(folded):
        month = months.KAZAKH.index(m.group(3)) + 1
        raw.append((_date(m.group(1), month, m.group(2)), m.start(), m.end()))
    for m in _DATE_KK_DAY_FIRST.finditer(folded):
        month = months.KAZAKH.index(m.group(2)) + 1
        raw.append((_date(m.group(3), month, m.group(1)), m.start(), m.end()))
    kept: dict[dt.date, Found] = {}
    for value, start, end in raw:
        if value is None or value > today or value.year < 1991:
            continue
        line_start, line_end = line_span(text, start)
        alone = not text[line_start:start].strip(" «»\"'") or bool(
            _DATE_LABEL.search(_before(folded, start))
        )
        alone = alone and len(text[end:line_end].strip(' .гжыл"»')) < 8
        found = Found(value, 0.85 if alone else 0.6, start, end, "own line" if alone else "")
        if value not in kept or found.confidence > kept[value].confidence:
            kept[value] = found
    ordered = sorted(kept.values(), key=lambda f: (f.confidence < 0.8, -f.value.toordinal()))
    if len(ordered) > 1:  # a letter with several dates: the others are less likely its own
        ordered = [ordered[0]] + [
            Found(f.value, min(f.confidence, 0.4), f.start, f.end, f.note) for f in ordered[1:]
        ]
    return ordered


def signature(text: str, folded: str | None = None) -> Found:
    """Whether the letter has a signature line («Подпись», «Қолы», a rule with the initials)."""
    folded = fold(text) if folded is None else folded
    for match in _SIGNATURE.finditer(folded):
        start, end = line_span(text, match.start())
        return Found(True, 0.85, start, end, "signature word")
    position = 0
    for line in folded.split("\n"):
        if _SIGNATURE_LINE.search(line):
            return Found(True, 0.7, position, position + len(line), "signature rule")
        position += len(line) + 1
    return Found(False, 0.6, 0, 0, "no signature line")
