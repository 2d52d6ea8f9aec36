"""`derbes case-file REG --out PATH [--lang kk|ru] [--force]`: the case file of one request.

The target is checked before the database is opened (never the database or its companions, a
folder or a device; an existing file only with ``--force``) and written whole or not at all.
"""

from __future__ import annotations

from app.cli.database import _context, _database_files
from app.cli.output import _emit

EXIT_OK = 0


def add_parsers(sub) -> None:
    cf = sub.add_parser(
        "case-file",
        help="one PDF with a request's card, deadline, timeline, scans and letters",
    )
    cf.add_argument("reg_number", metavar="REG")
    cf.add_argument("--out", required=True, metavar="PATH")
    cf.add_argument("--lang", choices=["kk", "ru"], help="headings (default: the letter's)")
    cf.add_argument("--operator", type=int, help="the operator, when two share the number")
    cf.add_argument("--force", action="store_true", help="replace --out if it exists")


def cmd_case_file(args) -> int:
    from app.services import case_file, outputs, requests

    protect = _database_files(args)
    outputs.check_target(args.out, force=args.force, protect=protect)
    ctx = _context(args)
    request = requests.by_number(ctx, args.reg_number, args.operator)
    data = case_file.gather(ctx, request.id, args.lang)
    content = case_file.render(data)
    out = case_file.write(args.out, content, force=args.force, protect=protect)
    finals = [n for n in data.letters if n.final]
    _emit(
        args,
        {
            "reg_number": request.reg_number,
            "out": str(out),
            "language": data.language,
            "bytes": len(content),
            "pages": _pages(content),
            "scans": len(data.scans),
            "letters": [{"out_number": n.out_number, "sha256": n.sha256} for n in finals],
        },
        str(out),
    )
    return EXIT_OK


def _pages(content: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(content)).pages)


COMMANDS = {"case-file": cmd_case_file}
