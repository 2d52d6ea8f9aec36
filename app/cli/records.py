"""The commands over whole records: ``derbes purge [--dry-run]`` and ``derbes subjects merge
KEEP OTHER``.

``purge --dry-run`` only reads (the database file stays byte-identical) and lists what is past
its retention date and what purging does to each subject; ``purge`` does it and prints what it
did. ``subjects merge`` moves OTHER's requests, consents and letters to KEEP, or exits 2 with
the reason (a merged record, another operator, two IINs, an anonymised record).
"""

from __future__ import annotations

import argparse

from app.cli import subjects_import
from app.cli.database import _context
from app.cli.output import _emit

EXIT_OK = 0


def add_parsers(sub, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add ``purge`` and ``subjects`` to the subcommands ``sub`` of the main parser."""
    pur = sub.add_parser("purge", help="anonymise what is past its retention date")
    pur.add_argument(
        "--dry-run", action="store_true", help="list what would be purged; change nothing"
    )
    subj = sub.add_parser("subjects", help="data subjects' records").add_subparsers(
        dest="action", parser_class=parser_class, required=True
    )
    mer = subj.add_parser("merge", help="merge OTHER into KEEP (two records of one person)")
    mer.add_argument("keep", type=_record_id, metavar="KEEP", help="the record kept (its id)")
    mer.add_argument("other", type=_record_id, metavar="OTHER", help="the record merged (its id)")
    subjects_import.add_parsers(subj)


def _record_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a record id")
    return value


# --- purge -----------------------------------------------------------------------------------


def _category(c) -> dict:
    return {
        "outcome_id": c.outcome_id,
        "reg_number": c.reg_number,
        "category": c.category.ru or c.category.kk,
        "category_kk": c.category.kk,
        "category_ru": c.category.ru,
        "until": c.until,
    }


def _item(i) -> dict:
    return {
        "subject_id": i.subject_id,
        "operator_id": i.operator_id,
        "name": i.full_name,
        "iin": i.iin_masked,
        "status": i.status,
        "anonymise": i.anonymise,
        "held": i.held,
        "held_until": i.held_until,
        "categories": [_category(c) for c in i.categories],
    }


HELD = {
    "retained": "kept: other data retained until {until}",
    "active": "kept: the subject is active again",
    "open_requests": "kept: a letter of theirs is still being worked",
    "done": "already anonymised or merged",
}


def _line(i) -> str:
    what = "anonymise" if i.anonymise else HELD.get(i.held, i.held).format(until=i.held_until)
    cats = "; ".join(
        f"{c.category.ru or c.category.kk} ({c.reg_number}, until {c.until})" for c in i.categories
    )
    return f"subject {i.subject_id}\t{i.full_name}\t{i.iin_masked or '—'}\t{what}\t{cats}"


def cmd_purge(args) -> int:
    from app.services import purge

    if args.dry_run:
        plan = purge.plan(_context(args))
        data = {
            "dry_run": True,
            "today": plan.today,
            "subjects": len(plan.items),
            "categories": plan.categories,
            "anonymise": plan.anonymised,
            "items": [_item(i) for i in plan.items],
        }
        lines = [_line(i) for i in plan.items]
        lines.append(
            f"dry run: {plan.categories} categor(ies) of {len(plan.items)} subject(s) are past "
            f"their retention date; {plan.anonymised} record(s) would be anonymised; "
            "nothing was changed"
        )
        _emit(args, data, "\n".join(lines))
        return EXIT_OK
    result = purge.purge(_context(args, writes=True))
    data = {
        "dry_run": False,
        "today": result.today,
        "subjects": len(result.subjects),
        "categories": result.categories,
        "anonymised": result.anonymised,
        "items": [
            {
                "subject_id": s.subject_id,
                "categories": s.categories,
                "anonymised": s.anonymised,
                "requests": s.requests,
                "letters": s.letters,
                "scans": s.scans,
            }
            for s in result.subjects
        ],
    }
    lines = [
        f"subject {s.subject_id}\t{s.categories} categor(ies) purged\t"
        + (
            f"anonymised ({s.requests} request(s), {s.letters} letter(s))"
            if s.anonymised
            else "kept"
        )
        for s in result.subjects
    ]
    lines.append(
        f"purged {result.categories} categor(ies) of {len(result.subjects)} subject(s); "
        f"{result.anonymised} record(s) anonymised"
    )
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


# --- subjects merge --------------------------------------------------------------------------


def cmd_subjects(args) -> int:
    from app.services import merge

    if args.action == "import":
        return subjects_import.cmd_import(args)
    done = merge.merge(_context(args, writes=True), args.keep, args.other)
    data = {
        "keep": done.keep_id,
        "merged": done.other_id,
        "requests": list(done.requests),
        "consents": list(done.consents),
        "letters": done.letters,
        "filled": list(done.fills),
    }
    _emit(
        args,
        data,
        f"merged subject {done.other_id} into {done.keep_id}: {len(done.requests)} request(s), "
        f"{len(done.consents)} consent(s), {done.letters} letter(s) moved",
    )
    return EXIT_OK


COMMANDS = {"purge": cmd_purge, "subjects": cmd_subjects}
