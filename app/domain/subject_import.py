"""Importing data subjects from a table (CSV or XLSX): which column holds which field, guessed
from Kazakh, Russian or English headers, and each row checked by the subject rules of
:mod:`app.domain.subject_input` (no Qt, no SQL: the service reads the file and writes the rows)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter, le, mul

from app.domain import subject_input
from app.domain.contacts import is_email
from app.domain.errors import Problem, problem
from app.domain.identifiers import _WEIGHTS_FIRST, _WEIGHTS_SECOND
from app.domain.request_input import _SUSPECT, date_problem

FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "iin",
    "birth_date",
    "phone",
    "email",
    "address",
    "account_id",
    "client_org",
    "client_bin",
)

# Header words (lowercase, spaces collapsed) per field; the first field whose alias matches wins.
_ALIASES: dict[str, tuple[str, ...]] = {
    "patronymic": ("әкесінің аты", "отчество", "patronymic", "middle name", "middlename"),
    "surname": ("тегі", "фамилия", "surname", "last name", "lastname", "family name"),
    "given_name": ("аты", "есімі", "имя", "name", "first name", "firstname", "given name"),
    "iin": (
        "жсн",
        "иин",
        "iin",
        "жеке сәйкестендіру нөмірі",
        "индивидуальный идентификационный номер",
    ),
    "birth_date": (
        "туған күні",
        "дата рождения",
        "birth date",
        "date of birth",
        "birthdate",
        "dob",
    ),
    "phone": ("телефон", "тел", "phone", "telephone", "mobile", "ұялы телефон"),
    "email": (
        "e-mail",
        "email",
        "эл. пошта",
        "электрондық пошта",
        "эл. почта",
        "электронная почта",
        "почта",
        "mail",
    ),
    "address": ("мекенжай", "мекен-жай", "адрес", "address"),
    "account_id": (
        "account",
        "login",
        "логин",
        "аккаунт",
        "учетная запись",
        "учётная запись",
        "есептік жазба",
    ),
    "client_org": ("client org", "organisation", "organization", "ұйым", "организация", "клиент"),
    "client_bin": ("бсн", "бин", "bin", "client bin"),
}


def _norm(header: str) -> str:
    text = re.sub(r"[\s_]+", " ", (header or "").strip().lower()).replace("ё", "е")
    return text.strip(" :*.")


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, for the headers recognised (each field at most once)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for index, header in enumerate(headers):
            if index in mapping:
                continue
            text = _norm(header)
            if not text:
                continue
            for name, aliases in _ALIASES.items():
                if name in taken:
                    continue
                hit = (
                    text in {_norm(a) for a in aliases}
                    if exact
                    else any(
                        _norm(a) in text.split() or text.startswith(_norm(a) + " ")
                        for a in aliases
                        if len(a) > 3
                    )
                )
                if hit:
                    mapping[index] = name
                    taken.add(name)
                    break
    return mapping


@dataclass
class Row:
    """One subject as the file gives it (the fields of ``services.subjects.SubjectInput``)."""

    line: int
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    iin: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    account_id: str = ""
    client_org: str = ""
    client_bin: str = ""


@dataclass
class BadRow:
    line: int
    problems: list[Problem] = field(default_factory=list)


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y")


def parse_date(value) -> dt.date | None | Problem:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    fast = _fast_date(text)
    if fast is not None:
        return fast
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return problem("birth_date", "import_date", value=text)


def _fast_date(text: str) -> dt.date | None:
    """DD.MM.YYYY and YYYY-MM-DD (what spreadsheets export) without ``strptime``, which is most
    of a large import's date parsing; anything else (or an impossible day) is left to it."""
    if len(text) != 10 or not text.isascii():
        return None
    try:
        if text[2] == "." and text[5] == "." and (text[:2] + text[3:5] + text[6:]).isdigit():
            return dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))
        if text[4] == "-" and text[7] == "-" and (text[:4] + text[5:7] + text[8:]).isdigit():
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return None
    return None


def _text(value) -> str:
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def make_row(
    line: int, cells: Sequence, mapping: Mapping[int, str], today: dt.date
) -> Row | BadRow:
    """The row at ``line`` (1-based, as an editor shows it) cleaned, or every reason it is bad."""
    row = Row(line)
    found: list[Problem] = []
    for index, name in mapping.items():
        value = cells[index] if index < len(cells) else None
        if name == "birth_date":
            parsed = parse_date(value)
            if isinstance(parsed, Problem):
                found.append(parsed)
            else:
                row.birth_date = parsed
        else:
            text = _text(value)
            if name in ("iin", "client_bin"):
                text = "".join(text.split())
                if text.isdigit() and len(text) < 12 and isinstance(value, int | float):
                    text = text.zfill(12)  # a spreadsheet dropped the leading zeros
            setattr(row, name, text)
    found += subject_input.problems(row, today)
    return BadRow(line, found) if found else row


# The longest text each field may hold (subject_input's limits); the rest have none of their own.
_LIMITS = {name: limit for name, limit, _multiline in subject_input._TEXTS} | {
    "surname": subject_input.MAX_NAME,
    "email": subject_input.MAX_EMAIL,
}
# the weighted sum of eleven ASCII '0's, the same in both passes (both weights sum to 66)
_ZERO = 48 * sum(_WEIGHTS_FIRST)


def _plain_number(text: str) -> bool:
    """True when ``text`` is twelve ASCII digits with the right check digit (what
    ``identifiers.number_problem`` accepts without removing spaces); False says only "not
    surely": the full rules then decide and word the reason."""
    if len(text) != 12 or not text.isascii() or not text.isdigit():
        return False
    digits = text.encode()
    first = digits[:11]
    check = (sum(map(mul, first, _WEIGHTS_FIRST)) - _ZERO) % 11
    if check == 10:
        check = (sum(map(mul, first, _WEIGHTS_SECOND)) - _ZERO) % 11
        if check == 10:
            return False
    return digits[11] - 48 == check


def make_rows(
    rows: Iterable[tuple[int, Sequence]], mapping: Mapping[int, str], today: dt.date
) -> Iterator[Row | BadRow]:
    """:func:`make_row` of each ``(line, cells)``, the same answers a great deal faster for a
    large file: a row of text cells is accepted at once when it surely passes every rule (no
    character any field refuses, in one search of the row; no cell longer than its field's
    limit; a surname; each number twelve digits with their check digit; a birth date read and
    allowed, each distinct one once; an e-mail of the right form). Any other row (a doubt, not
    yet a fault: spaces inside a number, a line break in an address, a spreadsheet's numbers)
    goes through :func:`make_row`, which finds and words its problems."""
    names = tuple(mapping.values())
    if not names:
        for line, cells in rows:
            yield make_row(line, cells, mapping, today)
        return
    need = max(mapping) + 1
    pick = itemgetter(*mapping)
    if len(names) == 1:
        one = pick
        pick = lambda cells: (one(cells),)  # noqa: E731 (itemgetter of one gives no tuple)
    limits = tuple(_LIMITS.get(name, sys.maxsize) for name in names)
    where = {name: i for i, name in enumerate(names)}
    surname = where.get("surname")
    numbers = [where[n] for n in ("iin", "client_bin") if n in where]
    born = where.get("birth_date")
    email = where.get("email")
    dates: dict[str, dt.date | None] = {}
    strip = str.strip
    # a Row made without its __init__ (a million keyword calls are most of the checking): the
    # same fields in the same order, those the file leaves out blank
    blank = {"line": 0} | {name: ("" if name != "birth_date" else None) for name in FIELDS}
    new_row = object.__new__
    for line, cells in rows:
        if len(cells) >= need:
            values = pick(cells)
            try:
                joined = "".join(values)
            except TypeError:  # a cell that is not text (a spreadsheet's number or date)
                joined = None
            if (
                joined is not None
                and _SUSPECT.search(joined) is None
                and all(map(le, map(len, values), limits))
            ):
                values = list(map(strip, values))
                ok = surname is not None and values[surname] != ""
                for i in numbers:
                    ok = ok and (values[i] == "" or _plain_number(values[i]))
                if ok and born is not None:
                    text = values[born]
                    if text:
                        day = dates.get(text, False)
                        if day is False:
                            day = dates[text] = _allowed_date(text, today)
                        ok = day is not None
                        values[born] = day
                    else:
                        values[born] = None
                if ok and email is not None and values[email]:
                    ok = is_email(values[email])
                if ok:
                    row = new_row(Row)
                    found = blank.copy()
                    found["line"] = line
                    found.update(zip(names, values, strict=True))
                    row.__dict__ = found
                    yield row
                    continue
        yield make_row(line, cells, mapping, today)


def _allowed_date(text: str, today: dt.date) -> dt.date | None:
    day = parse_date(text)
    if isinstance(day, Problem) or date_problem("birth_date", day, today) is not None:
        return None
    return day


def missing_fields(mapping: Mapping[int, str]) -> list[str]:
    """The fields a subject cannot be imported without (only the surname)."""
    return [] if "surname" in mapping.values() else ["surname"]


def parse_map(items: Sequence[str], headers: Sequence[str]) -> dict[int, str]:
    """``--map COLUMN=FIELD`` (COLUMN a header or a 1-based number) over the guessed mapping."""
    mapping = guess_mapping(headers)
    lowered = [_norm(h) for h in headers]
    for item in items:
        column, sep, name = item.partition("=")
        name = name.strip()
        if not sep or name not in FIELDS + ("",):
            raise ValueError(item)
        column = column.strip()
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif _norm(column) in lowered:
            index = lowered.index(_norm(column))
        else:
            raise KeyError(column)
        mapping = {i: f for i, f in mapping.items() if f != name and i != index}
        if name:
            mapping[index] = name
    return mapping
