"""The registers as files: the incoming register (the request list with the filters and columns of
the Requests screen and `derbes request list`) and the outgoing register (the final letters as the
Outgoing screen lists them), written as XLSX, CSV or PDF by :mod:`app.services.exports`.

One read builds a :class:`Register` (headings in the export's language, typed cells: dates stay
dates); the writers only lay it out, and :func:`save` writes the file through
:mod:`app.services.outputs` (atomic, never over an existing file without ``force``, never the
database)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import DomainError
from app.services import outputs

if TYPE_CHECKING:  # the command line's parser reads FORMATS and KINDS without the database
    from app.services.context import Context

KINDS = ("incoming", "outgoing")
FORMATS = ("xlsx", "csv", "pdf")
LANGUAGES = ("kk", "ru", "en")

Cell = str | int | dt.date | None

# column key -> heading per language
HEADINGS: dict[str, dict[str, str]] = {
    "reg_number": {"kk": "Тіркеу нөмірі", "ru": "Рег. номер", "en": "Reg. number"},
    "received": {"kk": "Түскен күні", "ru": "Дата поступления", "en": "Received"},
    "type": {"kk": "Түрі", "ru": "Вид", "en": "Type"},
    "status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
    "due_date": {"kk": "Мерзімі", "ru": "Срок", "en": "Due"},
    "sender": {"kk": "Жіберуші", "ru": "Отправитель", "en": "Sender"},
    "out_number": {"kk": "Шығыс нөмірі", "ru": "Исх. номер", "en": "Out number"},
    "out_date": {"kk": "Шығыс күні", "ru": "Исх. дата", "en": "Out date"},
    "kind": {"kk": "Хат түрі", "ru": "Вид письма", "en": "Letter"},
    "addressee": {"kk": "Алушы", "ru": "Адресат", "en": "Addressee"},
    "method": {"kk": "Жіберу тәсілі", "ru": "Способ отправки", "en": "Method"},
    "sent_on": {"kk": "Жіберілген күні", "ru": "Дата отправки", "en": "Sent"},
    "tracking": {"kk": "Трек-нөмір", "ru": "Трек-номер", "en": "Tracking"},
    "state": {"kk": "Жағдайы", "ru": "Состояние", "en": "State"},
}
INCOMING_COLUMNS = ("reg_number", "received", "type", "status", "due_date", "sender")
OUTGOING_COLUMNS = (
    "out_number",
    "out_date",
    "kind",
    "reg_number",
    "addressee",
    "method",
    "sent_on",
    "tracking",
    "state",
)
TITLES = {
    "incoming": {
        "kk": "Кіріс хаттар тізілімі",
        "ru": "Реестр входящих обращений",
        "en": "Incoming register",
    },
    "outgoing": {
        "kk": "Шығыс хаттар тізілімі",
        "ru": "Реестр исходящих писем",
        "en": "Outgoing register",
    },
}
PAGE_WORD = {"kk": "Бет", "ru": "Стр.", "en": "Page"}


@dataclass(frozen=True)
class Register:
    kind: str
    language: str
    title: str
    columns: tuple[str, ...]
    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    printed_on: dt.date


def _check(kind: str, language: str, columns: Sequence[str] | None) -> tuple[str, ...]:
    if kind not in KINDS:
        raise DomainError.at("kind", "register.kind_unknown", kind=kind)
    if language not in LANGUAGES:
        raise DomainError.at("lang", "register.language_unknown", language=language)
    allowed = INCOMING_COLUMNS if kind == "incoming" else OUTGOING_COLUMNS
    if not columns:
        return allowed
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise DomainError.at("columns", "register.column_unknown", column=unknown[0])
    return tuple(columns)


def incoming(
    ctx: Context, f, language: str = "kk", columns: Sequence[str] | None = None
) -> Register:
    """The requests of the filter ``f`` (:class:`app.services.register.RequestFilter`), in the
    order `request list` prints them."""
    from app.services import register

    cols = _check("incoming", language, columns)
    requests = register.list_requests(ctx, f)
    rows = tuple(tuple(getattr(r, _ATTR.get(c, c)) for c in cols) for r in requests)
    return _register("incoming", language, cols, rows, ctx.today())


_ATTR = {"received": "received_date"}


def outgoing(
    ctx: Context,
    language: str = "kk",
    columns: Sequence[str] | None = None,
    operator_id: int | None = None,
    search: str = "",
) -> Register:
    """The final letters (to post, posted, delivered or returned) as the Outgoing screen lists
    them: to post first (oldest first), then the sent ones, last sent first."""
    from app.domain.dispatch import State
    from app.services import outgoing as out

    cols = _check("outgoing", language, columns)
    seen: dict[int, None] = {}
    for state in (State.TO_POST, State.POSTED, State.AWAITING, State.DONE):
        for letter_id in out.ids(ctx, state, operator_id, search):
            seen.setdefault(letter_id, None)
    letters = out.rows(ctx, list(seen))
    rows = tuple(
        tuple(_outgoing_cell(r, c) for c in cols)
        for r in sorted(letters, key=lambda r: list(seen).index(r.id))
    )
    return _register("outgoing", language, cols, rows, ctx.today())


def _outgoing_cell(r, column: str) -> Cell:
    value = getattr(r, column)
    return value.value if hasattr(value, "value") else value


STATE_LABELS = {
    "to_post": {"kk": "Жіберілуге тиіс", "ru": "К отправке", "en": "To post"},
    "posted": {"kk": "Жіберілді", "ru": "Отправлено", "en": "Posted"},
    "awaiting": {
        "kk": "Табыс ету хабарламасы күтілуде",
        "ru": "Ожидается уведомление",
        "en": "Awaiting the notice",
    },
    "done": {"kk": "Табыс етілді немесе қайтарылды", "ru": "Вручено или возвращено", "en": "Done"},
}


def _labels(column: str) -> dict | None:
    """The words of a coded column's values, per language (None: the value is shown as is)."""
    from app.domain.dispatch import METHOD_LABELS
    from app.domain.requests import STATUS_LABELS, TYPE_LABELS
    from app.letters.kinds import KIND_LABELS

    tables = {
        "type": TYPE_LABELS,
        "status": STATUS_LABELS,
        "method": METHOD_LABELS,
        "kind": KIND_LABELS,
        "state": STATE_LABELS,
    }
    table = tables.get(column)
    return None if table is None else {getattr(k, "value", k): v for k, v in table.items()}


def _worded(cols, rows, language):
    """Codes (claim, registered, to_post) in the export's words; other cells as they are."""
    words = [_labels(c) for c in cols]
    return tuple(
        tuple(
            w[cell][language] if w is not None and cell in w else cell
            for w, cell in zip(words, row, strict=True)
        )
        for row in rows
    )


def _register(kind, language, cols, rows, today) -> Register:
    return Register(
        kind=kind,
        language=language,
        title=TITLES[kind][language],
        columns=cols,
        headings=tuple(HEADINGS[c][language] for c in cols),
        rows=_worded(cols, rows, language),
        printed_on=today,
    )


@dataclass(frozen=True)
class View:
    """What a screen of the window shows, as a register: its kind, the Requests screen's
    criteria (:class:`app.services.register.Criteria`) or the Outgoing screen's operator and
    search, and the visible columns (register column keys, in the screen's order)."""

    kind: str
    criteria: object | None = None
    operator_id: int | None = None
    search: str = ""
    columns: tuple[str, ...] = ()


def of_view(ctx: Context, view: View, language: str) -> Register:
    """The register a screen shows now (the window's File › Export and Print)."""
    if view.kind == "incoming":
        from app.services import register

        f = register.to_filter(ctx, view.criteria or register.Criteria())
        return incoming(ctx, f, language, view.columns or None)
    return outgoing(ctx, language, view.columns or None, view.operator_id, view.search)


def format_of(path: str | os.PathLike) -> str:
    """The format a file name asks for by its extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise DomainError.at("out", "register.format_unknown", suffix=suffix or "—")
    return suffix


def render(reg: Register, fmt: str) -> bytes:
    from app.services import exports

    if fmt not in FORMATS:
        raise DomainError.at("format", "register.format_unknown", suffix=fmt)
    return exports.WRITERS[fmt](reg)


def save(
    reg: Register,
    path: str | os.PathLike,
    fmt: str | None = None,
    *,
    force: bool = False,
    protect=(),
) -> Path:
    fmt = fmt or format_of(path)
    data = render(reg, fmt)
    return outputs.write_file(path, data, force=force, protect=protect)
