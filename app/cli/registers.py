"""`derbes register export`: the incoming or outgoing register as XLSX, CSV or PDF, with exactly
the filters of `request list` (the same parser code)."""

from __future__ import annotations

from app.cli.database import _context, _database_files
from app.cli.output import _emit

EXIT_OK = 0


def add_parsers(sub, parser_class) -> None:
    from app.cli import add_list_filters
    from app.services.registers import FORMATS, KINDS

    reg = sub.add_parser("register", help="the registers as files").add_subparsers(
        dest="action", parser_class=parser_class, required=True
    )
    ex = reg.add_parser("export", help="export the incoming or outgoing register")
    ex.add_argument("--kind", required=True, choices=KINDS)
    ex.add_argument("--format", choices=FORMATS, help="default: by the extension of --out")
    ex.add_argument("--out", required=True, metavar="PATH")
    ex.add_argument("--force", action="store_true", help="replace --out if it exists")
    ex.add_argument("--lang", default="kk", choices=["kk", "ru", "en"])
    add_list_filters(ex)


def cmd_register(args) -> int:
    from app.cli import list_filter
    from app.domain.errors import DomainError
    from app.services import outputs, registers

    fmt = args.format or registers.format_of(args.out)
    protect = _database_files(args)
    outputs.check_target(args.out, force=args.force, protect=protect)
    ctx = _context(args)
    if args.kind == "incoming":
        reg = registers.incoming(ctx, list_filter(ctx, args), args.lang)
    else:
        if args.overdue or args.due_within or args.status or args.type:
            raise DomainError.at("kind", "register.outgoing_filters")
        reg = registers.outgoing(ctx, args.lang, operator_id=args.operator, search=args.search)
    path = registers.save(reg, args.out, fmt, force=args.force, protect=protect)
    data = {"out": str(path), "kind": args.kind, "format": fmt, "rows": len(reg.rows)}
    _emit(args, data, f"{path}\t{len(reg.rows)} rows")
    return EXIT_OK


COMMANDS = {"register": cmd_register}
