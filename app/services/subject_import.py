"""Import data subjects from a CSV or XLSX file: the encoding and separator detected, the columns
guessed (:mod:`app.domain.subject_import`), every row checked before anything is written, then
all rows written in one transaction by a bulk path (batched inserts and updates, one audit entry
with the file's SHA-256 and the counts). Same IIN and same operator updates instead of adding."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update

from app.domain import subject_import as rules
from app.domain.errors import DomainError, problem
from app.services.context import Context
from app.storage import bulk, search_index
from app.storage.models import Operator, Subject, utcnow

ENCODINGS = ("utf-8-sig", "utf-8", "cp1251", "kz1048")
SEPARATORS = (",", ";", "\t")
BATCH = 10_000
# an import adding this many subjects, and no fewer than the table holds, builds the subject
# indexes once at its end (bulk.indexes_rebuilt) instead of row by row
REBUILD_FROM = 50_000
MAX_BAD_SHOWN = 1000

_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = {chr(c) for c in range(0x0410, 0x0450)} | {"ё", "Ё"}


class BadRows(DomainError):
    """Rows the rules refuse (nothing was written): ``rows`` holds each with its own problems
    (to word in the window); the problems themselves read "line N: reason" for a command line."""

    def __init__(self, rows: list[rules.BadRow]):
        self.rows = rows
        super().__init__(
            *(
                problem("", "import_bad_row", line=b.line, reason=str(p))
                for b in rows[:MAX_BAD_SHOWN]
                for p in b.problems
            )
        )


class Cancelled(Exception):
    """The import was cancelled: nothing was written."""


@dataclass(frozen=True)
class Table:
    """A file read: its header row and its data rows (with their line numbers)."""

    encoding: str  # "" for XLSX
    separator: str  # "" for XLSX
    headers: list[str]
    rows: list[tuple[int, list]]
    sha256: str


@dataclass
class Summary:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False


def _score(text: str) -> float:
    """How plausible a decoding is as Kazakh/Russian text: Cyrillic letters count, Kazakh
    letters a little more; C1 controls, box drawing and rare symbols count against."""
    score = 0.0
    for ch in text:
        if ch in _KAZAKH:
            score += 1.5
        elif ch in _CYRILLIC:
            score += 1.0
        elif ch.isascii():
            continue
        elif "\x80" <= ch <= "\x9f" or ch == "\ufffd":
            score -= 10
        else:
            score -= 3  # ‚ „ † ‰ ‹ Ђ ђ ў ... : implausible in a subject list
    return score


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes; else Windows-1251 or KZ-1048, whichever
    yields the more plausible Kazakh/Russian letters (KZ-1048 puts ә ғ қ ң ө ұ ү һ і where
    Windows-1251 has Serbian/Macedonian letters and symbols)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Each byte decodes to one character in both code pages, so a decoding's score is the sum
    # over bytes of their count times their character's weight; the two differ only in the
    # bytes where the code pages do, so those few counts decide (ties stay Windows-1251).
    # (one pass keeps only those bytes, usually a small share of a file: they are counted there)
    rare = data.translate(None, _SAME)
    lead = sum(
        rare.count(b)
        * (_score(b.decode("kz1048", "replace")) - _score(b.decode("cp1251", "replace")))
        for b in _DIFFERING
    )
    return "kz1048" if lead > 0 else "cp1251"


_DIFFERING = [
    bytes([b])
    for b in range(0x80, 0x100)
    if bytes([b]).decode("cp1251", "replace") != bytes([b]).decode("kz1048", "replace")
]
_SAME = bytes(b for b in range(256) if bytes([b]) not in _DIFFERING)


def detect_separator(text: str) -> str:
    head = text[:65536]  # the first lines are enough (a large file is not split whole)
    lines = head.splitlines()
    if len(head) < len(text) and len(lines) > 1:
        lines.pop()  # perhaps cut short
    sample = "\n".join(lines[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(SEPARATORS, key=first.count)


def read_table(
    path: str | Path, encoding: str | None = None, separator: str | None = None
) -> Table:
    """The file's header and rows; ``encoding``/``separator`` None to detect them."""
    with bulk.cycle_collection_paused():
        return _read_table(Path(path), encoding, separator)


def _read_table(path: Path, encoding: str | None, separator: str | None) -> Table:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, digest)
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DomainError.at("file", "import_encoding", encoding=encoding) from exc
    separator = separator or detect_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records = list(reader)
    if reader.line_num == len(records):  # one line per record: the line is the record's place
        headers = [c.strip() for c in records[0]] if records else []
        rows = [
            (line, cells)
            for line, cells in enumerate(records[1:], start=2)
            if "".join(cells).strip()  # a row of blank cells is skipped
        ]
        return Table(encoding, separator, headers, rows, digest)
    # a quoted cell holds a line break: read again, asking the reader each record's line
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    headers: list[str] | None = None
    rows = []
    for cells in reader:
        if headers is None:
            headers = [c.strip() for c in cells]
            continue
        if "".join(cells).strip():  # a row of blank cells is skipped
            rows.append((reader.line_num, cells))
    return Table(encoding, separator, headers or [], rows, digest)


def _read_xlsx(data: bytes, digest: str) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        headers = [str(c).strip() if c is not None else "" for c in next(it, ())]
        rows = [
            (line, list(cells))
            for line, cells in enumerate(it, start=2)
            if any(c not in (None, "") for c in cells)
        ]
    finally:
        book.close()
    return Table("", "", headers, rows, digest)


def check(
    table: Table, mapping: Mapping[int, str], today
) -> tuple[list[rules.Row], list[rules.BadRow]]:
    missing = rules.missing_fields(mapping)
    if missing:
        raise DomainError.at("mapping", "import_no_column", field=missing[0])
    good: list[rules.Row] = []
    bad: list[rules.BadRow] = []
    seen: dict[str, int] = {}
    for row in rules.make_rows(table.rows, mapping, today):
        line = row.line
        if isinstance(row, rules.Row) and row.iin:
            if row.iin in seen:
                row = rules.BadRow(line, [problem("iin", "import_iin_twice", line=seen[row.iin])])
            else:
                seen[row.iin] = line
        (good if isinstance(row, rules.Row) else bad).append(row)
    return good, bad


_COLUMNS = tuple(f for f in rules.FIELDS)


def _values(row: rules.Row) -> dict:
    values = row.__dict__.copy()  # the row's fields (a plain dataclass), without its line
    del values["line"]
    values["iin"] = values["iin"] or None
    return values


def import_table(
    ctx: Context,
    table: Table,
    mapping: Mapping[int, str],
    operator_id: int,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Summary:
    """Check every row; any bad row: nothing written, raise DomainError naming each bad line.
    Else add the new subjects and update those whose IIN the operator already has."""
    with bulk.cycle_collection_paused():
        return _import_table(ctx, table, mapping, operator_id, dry_run, progress, cancelled)


def _import_table(
    ctx: Context,
    table: Table,
    mapping: Mapping[int, str],
    operator_id: int,
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Summary:
    good, bad = check(table, mapping, ctx.today())
    if bad:
        raise BadRows(bad)
    summary = Summary(rows=len(good), dry_run=dry_run)
    total = len(good)
    with ctx.write() as w:
        if w.session.get(Operator, operator_id) is None:
            raise DomainError.at("operator", "no_operator", id=operator_id)
        columns = [getattr(Subject, n) for n in _COLUMNS]
        existing: dict[str, tuple] = {}
        for found in w.session.execute(
            select(Subject.id, *columns).where(
                Subject.operator_id == operator_id, Subject.iin.is_not(None)
            )
        ):
            existing[found.iin] = tuple(found)
        now = utcnow()
        key_cache: dict[str, str] = {}
        connection = w.session.connection()
        updates: list[dict] = []

        def step(done: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)

        # the file's fields, each with its place in an ``existing`` tuple (after the id)
        mapped = [(i + 1, n) for i, n in enumerate(_COLUMNS) if n in set(mapping.values())]
        new = sum(1 for row in good if not row.iin or row.iin not in existing)
        fixed = {
            "operator_id": operator_id,
            "status": "active",
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "updated_by": ctx.actor,
        }

        def additions() -> Iterator[dict]:
            """The new subjects, row by row, read by the bulk insert a batch at a time (on
            PostgreSQL one COPY: the server stores a batch while the next is checked); the
            updates are kept for after it. Progress (and a chance to cancel) every batch."""
            done = 0
            for row in good:
                values = _values(row)
                old = existing.get(row.iin) if row.iin else None
                if old is None:
                    values.update(
                        bulk.subject_keys(
                            values["surname"], values["given_name"], values["patronymic"], key_cache
                        )
                    )
                    values.update(fixed)
                    summary.added += 1
                    yield values
                else:
                    merged = {
                        n: (values[n] if values[n] not in ("", None) else old[i]) for i, n in mapped
                    }
                    if all(merged[n] == old[i] for i, n in mapped):
                        summary.unchanged += 1
                    else:
                        full = {n: old[i + 1] for i, n in enumerate(_COLUMNS)} | merged
                        updates.append(
                            {
                                "sid": old[0],
                                **merged,
                                **bulk.subject_keys(
                                    full["surname"],
                                    full["given_name"],
                                    full["patronymic"],
                                    key_cache,
                                ),
                                "updated_at": now,
                                "updated_by": ctx.actor,
                            }
                        )
                        summary.updated += 1
                done += 1
                if done % BATCH == 0:
                    step(done)
            step(done)

        there = w.session.execute(select(func.count()).select_from(Subject)).scalar_one()
        rebuild = not dry_run and new >= REBUILD_FROM and new >= there
        with (
            bulk.sqlite_tuned(connection),
            bulk.indexes_rebuilt(connection, Subject.__table__, rebuild),
        ):
            if dry_run:
                for _values_of_one in additions():
                    pass
            else:
                bulk.insert(connection, Subject, additions(), batch=BATCH)
                for first in range(0, len(updates), BATCH):
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    batch = updates[first : first + BATCH]
                    connection.execute(
                        update(Subject.__table__)
                        .where(Subject.__table__.c.id == _bind("sid"))
                        .values(
                            {n: _bind(n) for n in batch[0] if n != "sid"}
                            # every change bumps the version (optimistic locking)
                            | {"version": Subject.__table__.c.version + 1}
                        ),
                        batch,
                    )
        if updates and not dry_run:  # the updated subjects' keys, copied to their requests
            search_index.subjects_changed(connection, (u["sid"] for u in updates))
        if cancelled is not None and cancelled():
            raise Cancelled()
        if dry_run:
            raise _DryRun(summary)
        w.audit(
            "subject.import",
            "subject",
            "",
            None,
            {
                "sha256": table.sha256,
                "rows": summary.rows,
                "added": summary.added,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "operator_id": operator_id,
            },
        )
    return summary


def _bind(name: str):
    from sqlalchemy import bindparam

    return bindparam(name)


class _DryRun(Exception):
    def __init__(self, summary: Summary):
        self.summary = summary


def import_file(
    ctx: Context,
    path: str | Path,
    operator_id: int,
    mapping: Mapping[int, str] | None = None,
    encoding: str | None = None,
    separator: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Summary:
    table = read_table(path, encoding, separator)
    mapping = rules.guess_mapping(table.headers) if mapping is None else mapping
    try:
        return import_table(ctx, table, mapping, operator_id, dry_run, progress, cancelled)
    except _DryRun as run:
        return run.summary


def rows_preview(table: Table, count: int = 10) -> Iterator[list]:
    for _line, cells in table.rows[:count]:
        yield cells
