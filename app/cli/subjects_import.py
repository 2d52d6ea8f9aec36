"""`derbes subjects import FILE [--map COLUMN=FIELD ...] [--operator ID] [--dry-run]`: data
subjects from a CSV or XLSX file (the service the import wizard uses). A bad row: nothing is
imported and the command exits 2 naming the row's line."""

from __future__ import annotations

import sys

from app.cli.database import _context
from app.cli.output import _clean, _emit
from app.domain.errors import DomainError
from app.domain.subject_import import FIELDS

EXIT_OK = 0
EXIT_BAD = 2


def add_parsers(subjects_sub) -> None:
    """Add ``import`` to the ``subjects`` subcommands."""
    imp = subjects_sub.add_parser("import", help="import data subjects from a CSV or XLSX file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"COLUMN (header or 1-based number) holds FIELD, one of: {', '.join(FIELDS)}",
    )
    imp.add_argument("--operator", type=int, help="default: the default operator")
    imp.add_argument("--encoding", choices=["utf-8-sig", "utf-8", "cp1251", "kz1048"])
    imp.add_argument("--separator", choices=[",", ";", "tab"])
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")


def cmd_import(args) -> int:
    from app.cli import UsageError
    from app.domain import subject_import as rules
    from app.services import operators, subject_import

    try:
        table = subject_import.read_table(
            args.file, args.encoding, "\t" if args.separator == "tab" else args.separator
        )
    except OSError as exc:
        raise UsageError(f"{args.file}: {exc.strerror or exc}") from None
    try:
        mapping = rules.parse_map(args.map, table.headers)
    except ValueError as exc:
        raise UsageError(
            f"--map {exc}: use COLUMN=FIELD, FIELD one of {', '.join(FIELDS)}"
        ) from None
    except KeyError as exc:
        raise UsageError(f"--map: no column {exc.args[0]!r} in the file") from None
    ctx = _context(args, writes=not args.dry_run)
    operator = operators.resolve(ctx, args.operator).id
    try:
        summary = subject_import.import_table(ctx, table, mapping, operator, args.dry_run)
    except subject_import._DryRun as run:
        summary = run.summary
    except DomainError as exc:  # every bad row, one per line; nothing was written
        for p in exc.problems:
            print(f"derbes: error: {_clean(str(p))}", file=sys.stderr)
        return EXIT_BAD
    data = {
        "rows": summary.rows,
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "dry_run": summary.dry_run,
        "encoding": table.encoding,
        "separator": table.separator,
    }
    what = "would be " if summary.dry_run else ""
    _emit(
        args,
        data,
        f"{summary.rows} row(s): {summary.added} {what}added, {summary.updated} {what}updated, "
        f"{summary.unchanged} unchanged",
    )
    return EXIT_OK
