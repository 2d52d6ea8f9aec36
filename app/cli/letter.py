"""`derbes letter REG_NUMBER --kind KIND [--lang kk|ru|bi] --format pdf|docx --out PATH
[--finalise] [--force]`: the answer to a request as PDF or DOCX, a draft or finalised (numbered,
its PDF kept in the case). The target is checked before the database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, UsageError
from app.cli.database import _context, _database_files
from app.cli.output import _emit
from app.domain.errors import DomainError


def add_parsers(sub) -> None:
    from app.letters import FORMATS, KINDS, LETTER_LANGUAGES

    let = sub.add_parser("letter", help="the answer to a request as PDF or DOCX")
    let.add_argument("reg_number", metavar="REG_NUMBER")
    let.add_argument("--kind", required=True, choices=KINDS)
    let.add_argument("--lang", choices=LETTER_LANGUAGES, help="default: the letter's language")
    let.add_argument("--format", dest="fmt", required=True, choices=FORMATS)
    let.add_argument("--out", required=True, metavar="PATH")
    let.add_argument("--force", action="store_true", help="replace --out if it exists")
    let.add_argument("--operator", type=int)
    let.add_argument("--ground", choices=["law", "obligation"], help="refusal: Law 94-V art. 8(2)")
    let.add_argument("--detail", default="", help="refusal: which obligation or which law")
    let.add_argument("--question", default="", help="clarification: what the subject is asked")
    let.add_argument(
        "--finalise", action="store_true", help="number the letter and keep its PDF in the case"
    )


def _letter_target(args) -> Path:
    """Where the letter goes, checked before the database is opened: never the database or
    its companions, never a folder or a device, an existing file only with ``--force``."""
    from app.services import outputs

    out = outputs.check_target(args.out, force=args.force, protect=_database_files(args))
    suffix = out.suffix.lower()
    if suffix in (".pdf", ".docx") and suffix != f".{args.fmt}":
        raise DomainError.at("out", "suffix_mismatch", suffix=suffix, fmt=args.fmt)
    return Path(args.out).expanduser()


def cmd_letter(args) -> int:
    from app.services import letters, outputs, requests

    out = _letter_target(args)
    ctx = _context(args, writes=args.finalise)
    if args.ground or args.detail:
        raise UsageError(
            "--ground/--detail: a refusal states the ground its withdrawal's decision recorded; "
            "record the decision in the case first"
        )
    request = requests.by_number(ctx, args.reg_number, args.operator)
    try:  # the domain's rule: nothing is written else, and everything missing is named
        letters.check_allowed(ctx, request.id, args.kind, args.lang)
    except DomainError as exc:
        raise UsageError("; ".join(str(p) for p in exc.problems)) from None
    options = letters.LetterOptions(question=args.question)
    data: dict[str, Any] = {
        "reg_number": request.reg_number,
        "kind": args.kind,
        "format": args.fmt,
        "out": str(out),
    }
    if args.finalise:
        done = letters.finalise(ctx, request.id, args.kind, args.lang, options=options)
        content = letters.export(ctx, done.letter.id, args.fmt)
        data |= {
            "language": done.letter.language,
            "out_number": done.letter.out_number,
            "out_date": done.letter.out_date,
            "sha256": done.letter.sha256,
            "clock_stopped": done.clock_stopped,
        }
        text = f"{out}\t{done.letter.out_number}"
    else:
        letter = letters.build(ctx, request.id, args.kind, args.lang, options=options)
        content = letters.render(letter, args.fmt)
        data |= {"language": letter.language, "out_number": None}
        text = str(out)
    outputs.write_file(out, content, force=args.force, protect=_database_files(args))
    _emit(args, data | {"bytes": len(content)}, text)
    return EXIT_OK


COMMANDS = {"letter": cmd_letter}
