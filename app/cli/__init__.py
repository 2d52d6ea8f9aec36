"""`derbes`: the command-line face over the same services the window uses.

Bad input and every expected fault (the database missing, not Derbes's, damaged, locked, full
or unreachable; a file that cannot be written) print one line naming the field and the reason,
exit with status 2, and write nothing. Only ``demo`` creates a database. Outputs go through
``app.services.outputs`` (whole or not at all, an existing file only with ``--force``, never the
database's files). What is printed has its control characters escaped. ``--db`` and ``--json``
go before the subcommand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.cli.database import _context
from app.cli.output import _clean, _emit
from app.domain.errors import DomainError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_DAYS = 1000  # working days a deadline may count (about four years)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the usage block
        raise UsageError(message.replace("argument ", ""))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _checked_date(field: str, value: dt.date) -> dt.date:
    """A date the calendar can count from: within the years the input rules accept."""
    from app.domain.request_input import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise DomainError.at(
            field, "out_of_range_date", value=value, low=FIRST_YEAR, high=LAST_YEAR
        )
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or, given the ``command`` a call names, of that one only:
    a call loads the modules of its own command, not of all (`derbes deadline` reads no letter
    kinds, no dispatch rules, no database layer; ``""``, the window, none). ``--help`` and a name
    that is no command build them all, so the help lists them and a typo is told the choices."""
    p = _Parser(prog="derbes", description="Derbes: data-subject letters, deadlines and answers.")
    p.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL (or DERBES_DB)")
    p.add_argument("--json", action="store_true", help="print listings as JSON")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    for names, add in _parser_groups():
        if command is None or (command and command in names):
            add(sub)
    return p


def _add_demo(sub) -> None:
    demo = sub.add_parser("demo", help="create a demo database from the seed operators")
    demo.add_argument("--subjects", type=_positive, default=300)
    demo.add_argument("--requests", type=_positive, default=400)
    demo.add_argument("--seed", type=int, default=2026)


def _add_deadline(sub) -> None:
    dl = sub.add_parser("deadline", help="the due date counted in Kazakh working days")
    dl.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD")
    dl.add_argument("--days", type=_positive, default=30)
    dl.add_argument("--explain", action="store_true")


def _add_request(sub) -> None:
    req = sub.add_parser("request", help="incoming letters").add_subparsers(
        dest="action", parser_class=_Parser, required=True
    )
    add = req.add_parser("add", help="register an incoming letter")
    add.add_argument("--type", required=True)
    add.add_argument("--received", type=_date, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--sender", required=True)
    add.add_argument("--iin", default="")
    add.add_argument("--language", default="ru", choices=["kk", "ru", "other"])
    add.add_argument("--operator", type=int)
    add.add_argument("--channel", default="post")
    add.add_argument("--signed", action="store_true")
    add.add_argument("--postmark", type=_date, metavar="YYYY-MM-DD")
    add.add_argument(
        "--letter-date", type=_date, metavar="YYYY-MM-DD", help="the date written on the letter"
    )
    add.add_argument("--address", default="")
    add.add_argument("--summary", default="")
    add.add_argument(
        "--scan", action="append", default=[], metavar="FILE", help="a scan (PDF, JPEG, PNG, TIFF)"
    )

    lst = req.add_parser("list", help="list requests")
    add_list_filters(lst)
    lst.add_argument("--limit", type=_positive)


def _add_database_commands(sub) -> None:
    sub.add_parser("dashboard", help="the counts the dashboard shows")

    aud = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="action", parser_class=_Parser, required=True
    )
    aud.add_parser("verify", help="check the hash chain of the audit log")

    bk = sub.add_parser("backup", help="copy the whole database to a new file (checked)")
    bk.add_argument("path", nargs="?", help="a new file (default: the database's backups folder)")
    rs = sub.add_parser("restore", help="replace the database by a checked backup (kept first)")
    rs.add_argument("path", help="a backup made by `derbes backup` or the app")
    rs.add_argument("--force", action="store_true", help="PostgreSQL: replace a database in use")


def _module_parsers(module: str, with_parser_class: bool = False) -> Callable:
    def add(sub) -> None:
        adder = importlib.import_module(module).add_parsers
        adder(sub, _Parser) if with_parser_class else adder(sub)

    return add


# The subcommands, in the order the help lists them, with what adds their parsers; the
# functions that run them are in COMMANDS (this module's) or in the named module's COMMANDS.
_MODULES: dict[str, tuple[str, ...]] = {
    "app.cli.records": ("purge", "subjects"),
    "app.cli.letter": ("letter",),
    "app.cli.case_file": ("case-file",),
    "app.cli.dispatch": (
        "dispatch",
        "delivered",
        "returned",
        "close-waited",
        "post-list",
        "envelopes",
    ),
    "app.cli.reports": ("report",),
    "app.cli.registers": ("register",),
    "app.cli.ocr": ("ocr",),
}
_WITH_PARSER_CLASS = ("app.cli.records", "app.cli.registers")


def _parser_groups() -> list[tuple[tuple[str, ...], Callable]]:
    return [
        (("demo",), _add_demo),
        (("deadline",), _add_deadline),
        (("request",), _add_request),
        (("dashboard", "audit", "backup", "restore"), _add_database_commands),
        *(
            (names, _module_parsers(module, module in _WITH_PARSER_CLASS))
            for module, names in _MODULES.items()
        ),
    ]


def _command_named(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names (the first word after the global options): "" when it
    names none (the window opens: no subcommand's parser is needed), None when it asks for
    help or names something that is no command (every parser is built)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif word.startswith("--db=") or word == "--json":
            continue
        elif word.startswith("-"):
            return None
        else:
            return word if word in COMMANDS or _module_of(word) else None
    return ""


def _module_of(command: str) -> str | None:
    return next((m for m, names in _MODULES.items() if command in names), None)


def _command(name: str) -> Callable[[Any], int]:
    module = _module_of(name)
    if module is None:
        return COMMANDS[name]
    return importlib.import_module(module).COMMANDS[name]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--smoke-test"]:  # the packaged program's self-check (app/smoke.py)
        from app import smoke

        return smoke.run()
    command = _command_named(argv)
    parser = build_parser(command)
    if command not in _LATE_START:
        _start()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from app.services.startup import load_database_layer

            load_database_layer(args.db)  # before Qt: see there
            from app.ui.application import run_gui

            return run_gui(args.db)
        return _command(args.command)(args)
    except (UsageError, DomainError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `derbes request list | head`: the reader had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:  # a file the command needed, failing outside a service
        from app.services.errors import as_expected

        if exc.errno is None:
            raise
        return _fail(f"file: {as_expected(exc)}")
    except Exception as exc:
        expected = _expected_failure(exc)
        if expected is not None:
            return _fail(expected)
        # a bug: the traceback goes to the log as well as to the terminal
        from app.services import logs

        _start()
        logs.log_exception(exc, f"derbes {' '.join(argv[:2])}")
        raise


# Commands that call :func:`_start` themselves, only once they need it: ``deadline`` writes
# nothing when it reads the calendar through the driver alone, and the log's set-up (logging's
# handlers, the platform's folders) was a sixth of that whole call.
_LATE_START = ("deadline",)


def _start() -> None:
    """What a command does before it may write anything: this process's files are its user's
    alone, and the log file is set up (a second call changes nothing)."""
    from app.services import logs
    from app.services.startup import protect_files

    protect_files()
    logs.configure()


def _expected_failure(exc: Exception) -> str | None:
    """The line for a database or file fault, None for anything else (a bug). Their classes
    are looked up only when something failed: a call that opened no database loads none."""
    from app.services.errors import FileProblem, StorageError

    if isinstance(exc, StorageError):
        return f"database: {exc}"
    if isinstance(exc, FileProblem):
        return f"file: {exc}"
    return None


def _fail(message: str) -> int:
    print(f"derbes: error: {_clean(message)}", file=sys.stderr)
    return EXIT_USAGE


# --- commands ------------------------------------------------------------------------------


def cmd_demo(args) -> int:
    from app.services import demo

    ctx = _context(args, create=True)
    summary = demo.build(ctx, subjects=args.subjects, requests=args.requests, seed=args.seed)
    _emit(args, summary, "\n".join(f"{k}: {v}" for k, v in summary.items()))
    return EXIT_OK


def cmd_deadline(args) -> int:
    from app.domain.calendar import WorkCalendar
    from app.domain.deadlines import compute_deadline

    _checked_date("from", args.start)
    if args.days > MAX_DAYS:
        raise DomainError.at("days", "out_of_range", value=args.days, low=1, high=MAX_DAYS)
    calendar = WorkCalendar()
    if args.db or _default_db_exists():  # the officer's overrides of the calendar
        from app.services import calendar_quick

        # read by the driver alone from a SQLite file at this schema (loading the ORM would
        # take several times the whole call); else the database is opened as by every command
        calendar = calendar_quick.calendar(args.db)
        if calendar is None:
            from app.services import settings

            _start()  # the ordinary open may upgrade the database after a backup
            calendar = settings.calendar(_context(args))
    d = compute_deadline(calendar, args.start, args.days)
    data = {
        "received": d.received,
        "days": d.days,
        "day_one": d.day_one,
        "due": d.due,
        "skipped": [{"date": s.day, "reason": s.reason} for s in d.skipped],
    }
    _emit(args, data, "\n".join(d.explain()) if args.explain else d.due.isoformat())
    return EXIT_OK


def _default_db_exists() -> bool:
    import os

    from app.services.paths import default_database_path

    target = os.environ.get("DERBES_DB")
    return bool(target) or default_database_path().exists()


def add_list_filters(parser) -> None:
    """The filters of `request list` (also `register export --kind incoming`)."""
    parser.add_argument("--overdue", action="store_true")
    parser.add_argument("--due-within", type=_positive, metavar="N")
    parser.add_argument("--status", action="append", default=[])
    parser.add_argument("--type", action="append", default=[])
    parser.add_argument("--operator", type=int)
    parser.add_argument("--search", default="")


def list_filter(ctx, args):
    """The RequestFilter of the arguments added by :func:`add_list_filters`."""
    from app.services import register

    f = register.RequestFilter(
        statuses=tuple(args.status),
        types=tuple(args.type),
        operator_id=args.operator,
        search=args.search,
    )
    if args.overdue:
        f = register.urgency_filter(ctx, "overdue", f)
    if args.due_within:
        f = register.due_within_filter(ctx, args.due_within, f)
    return f


def _request_row(r, calendar=None, today=None) -> dict:
    row = {
        "id": r.id,
        "reg_number": r.reg_number,
        "operator_id": r.operator_id,
        "received": r.received_date,
        "registered": r.registered_date,
        "sender": r.sender,
        "type": r.type,
        "language": r.language,
        "status": r.status,
        "due_date": r.due_date,
        "subject_id": r.subject_id,
    }
    if calendar is not None:
        from app.domain.deadlines import urgency

        row["urgency"] = urgency(calendar, today, r.due_date).value
    return row


def cmd_request(args) -> int:
    from app.services import register, requests, settings

    if args.action == "add":
        data = requests.NewRequest(
            type=args.type,
            received=args.received,
            sender=args.sender,
            iin=args.iin,
            language=args.language,
            operator_id=args.operator,
            channel=args.channel,
            signed=args.signed,
            postmark=args.postmark,
            letter_date=args.letter_date,
            sender_address=args.address,
            summary=args.summary,
            attachments=[_scan(path) for path in args.scan],
        )
        requests.validate(data, dt.date.today())  # before the database is even opened
        r = requests.register(_context(args, writes=True), data)
        due = r.due_date.isoformat() if r.due_date else "clock stopped"
        _emit(args, _request_row(r), f"{r.reg_number}\t{due}")
        return EXIT_OK
    ctx = _context(args)
    rows = register.list_requests(ctx, list_filter(ctx, args), args.limit)
    calendar, today = settings.calendar(ctx), ctx.today()
    data = [_request_row(r, calendar, today) for r in rows]
    text = "\n".join(
        f"{d['reg_number']}\t{d['received']}\t{d['type']}\t{d['status']}\t"
        f"{d['due_date'] or '—'}\t{d['urgency']}\t{d['sender']}"
        for d in data
    )
    _emit(args, data, text or "no requests")
    return EXIT_OK


def _scan(path: str):
    """A scan file as an attachment; one larger than the limit is refused before it is read."""
    from app.services.attachments import MAX_BYTES, NewAttachment
    from app.services.errors import FileProblem

    file = Path(path).expanduser()
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise DomainError.at(
                "file",
                "file_too_large",
                name=file.name,
                size_mb=f"{size / 1024 / 1024:.1f}",
                limit_mb=MAX_BYTES // 1024 // 1024,
            )
        return NewAttachment(file.name, file.read_bytes())
    except OSError as exc:
        raise FileProblem.from_os_error(exc, file) from exc


def cmd_dashboard(args) -> int:
    """Every tile's count (and the open and answer-ready totals), as the dashboard shows them."""
    from app.services import register

    board = register.dashboard(_context(args))
    counts = board.counts()
    _emit(
        args,
        {"today": board.today, **counts},
        "\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items()),
    )
    return EXIT_OK


def cmd_audit(args) -> int:
    """Exit 0 when the chain is intact (and matches this computer's anchor), 1 with each problem
    on its own line when it is not."""
    from app.services import audit

    result = audit.verify(_context(args))
    data = {
        "ok": result.ok,
        "checked": result.checked,
        "anchored": result.anchored,
        "problems": [
            {"entry": p.entry_id, "code": p.code, "reason": p.reason, **p.params}
            for p in result.problems
        ],
    }
    lines = [
        f"audit {p.reason}" if p.entry_id else f"audit log: {p.reason}"  # "entry N: …"
        for p in result.problems
    ]
    if result.ok:
        lines.append(f"audit log intact: {result.checked} entries verified")
        if not result.anchored:
            lines.append(
                "(first check on this computer: its head is now kept in the config folder)"
            )
    else:
        lines.append(
            f"audit log BROKEN: {len(result.problems)} problem(s) in {result.checked} entries"
        )
    _emit(args, data, "\n".join(lines))
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_backup(args) -> int:
    from app.services import backups

    ctx = _context(args)
    path = backups.backup(ctx, Path(args.path) if args.path else None)
    _emit(args, {"backup": str(path)}, str(path))
    return EXIT_OK


def cmd_restore(args) -> int:
    """Check the backup, keep a copy of the database, replace it; one line on success."""
    from app.services import backups
    from app.services.errors import FileProblem
    from app.services.startup import resolve_url
    from app.storage.database import Database

    source = Path(args.path).expanduser()
    if not source.is_file():
        code = "file_is_folder" if source.is_dir() else "file_not_found"
        raise FileProblem(code, path=str(source))
    url = resolve_url(args.db)
    new = url.get_backend_name() == "sqlite" and not Path(url.database).exists()
    db = Database(url)
    try:
        done = backups.restore(db, source, replace=args.force)
    except BaseException:
        if new:  # a refused restore into a new file leaves no empty database behind
            db.dispose()
            for leftover in Path(url.database).parent.glob(Path(url.database).name + "*"):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    kept = f"; the previous database is kept at {done.kept}" if done.kept else ""
    data = {
        "restored": str(done.source),
        "database": done.database,
        "revision": done.revision,
        "audit_entries": done.audit_entries,
        "kept": str(done.kept) if done.kept else None,
        "upgraded_from": done.upgraded_from,
    }
    _emit(
        args,
        data,
        f"restored {done.source} into {done.database} "
        f"({done.audit_entries} audit entries verified){kept}",
    )
    return EXIT_OK


COMMANDS = {
    "demo": cmd_demo,
    "deadline": cmd_deadline,
    "request": cmd_request,
    "dashboard": cmd_dashboard,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
