"""`derbes dispatch`, `delivered`, `returned`, `close-waited`, `post-list`, `envelopes`: the
outgoing letters and the post office from the command line (the services the window uses)."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.database import _context, _database_files
from app.cli.output import _emit
from app.domain.dispatch import METHODS, WEIGHT_CLASSES

EXIT_OK = 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def add_parsers(sub) -> None:
    d = sub.add_parser("dispatch", help="record that a final letter was sent")
    d.add_argument("out_number", metavar="OUT_NUMBER")
    d.add_argument("--method", required=True, choices=METHODS)
    d.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    d.add_argument("--tracking", default="", metavar="S10", help="registered post: UPU S10")
    d.add_argument("--weight", type=int, choices=WEIGHT_CLASSES, help="grams (registered post)")
    d.add_argument("--note", default="")
    d.add_argument(
        "--accept-non-s10", action="store_true", help="keep a tracking number that is not S10"
    )
    d.add_argument("--operator", type=int)

    dv = sub.add_parser("delivered", help="record the delivery notice of a letter")
    dv.add_argument("out_number", metavar="OUT_NUMBER")
    dv.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    dv.add_argument("--operator", type=int)

    rt = sub.add_parser("returned", help="record that a letter came back undelivered")
    rt.add_argument("out_number", metavar="OUT_NUMBER")
    rt.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    rt.add_argument("--note", default="")
    rt.add_argument("--operator", type=int)

    cw = sub.add_parser("close-waited", help="close sent requests whose delivery notice is overdue")
    cw.add_argument("--operator", type=int)

    pl = sub.add_parser("post-list", help="the day's registered letters for the post office (PDF)")
    pl.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    pl.add_argument("--out", required=True, metavar="PATH")
    pl.add_argument("--force", action="store_true", help="replace --out if it exists")
    pl.add_argument("--operator", type=int)

    ev = sub.add_parser("envelopes", help="envelopes of the day's registered letters (PDF)")
    ev.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    ev.add_argument("--size", default="DL", choices=["DL", "C5"])
    ev.add_argument("--out", required=True, metavar="PATH")
    ev.add_argument("--force", action="store_true", help="replace --out if it exists")
    ev.add_argument("--operator", type=int)


def _result(d) -> dict:
    return {
        "out_number": d.out_number,
        "reg_number": d.reg_number,
        "tracking": d.tracking,
        "request_status": d.request_status,
        "request_moved": d.moved,
    }


def cmd_dispatch(args) -> int:
    from app.domain.errors import DomainError, raise_if
    from app.services import dispatch

    order = dispatch.Dispatch(
        method=args.method,
        sent_on=args.date,
        items=[dispatch.Item(0, args.tracking)],
        weight=args.weight,
        note=args.note,
        accept_non_s10=args.accept_non_s10,
    )
    # the rules that need no database first (the real date: the context's day is today)
    errors, warnings = dispatch.check(order, dt.date.today())
    raise_if(errors)
    if warnings and not args.accept_non_s10:
        raise DomainError(*warnings)
    ctx = _context(args, writes=True)
    order.items = [
        dispatch.Item(dispatch.by_out_number(ctx, args.out_number, args.operator), args.tracking)
    ]
    done = dispatch.dispatch(ctx, order)[0]
    _emit(args, _result(done), f"{done.out_number}\t{done.reg_number}\t{done.request_status}")
    return EXIT_OK


def cmd_delivered(args) -> int:
    from app.services import dispatch

    ctx = _context(args, writes=True)
    letter_id = dispatch.by_out_number(ctx, args.out_number, args.operator)
    done = dispatch.record_delivery(ctx, letter_id, args.date)
    _emit(args, _result(done), f"{done.out_number}\t{done.reg_number}\t{done.request_status}")
    return EXIT_OK


def cmd_returned(args) -> int:
    from app.services import dispatch

    ctx = _context(args, writes=True)
    letter_id = dispatch.by_out_number(ctx, args.out_number, args.operator)
    done = dispatch.record_return(ctx, letter_id, args.date, args.note)
    _emit(args, _result(done), f"{done.out_number}\t{done.reg_number}\t{done.request_status}")
    return EXIT_OK


def cmd_close_waited(args) -> int:
    from app.services import dispatch

    closed = dispatch.close_waited(_context(args, writes=True), args.operator)
    data = [{"reg_number": c.reg_number, "sent_on": c.sent_on} for c in closed]
    text = "\n".join(f"{c.reg_number}\t{c.sent_on.isoformat()}" for c in closed)
    _emit(args, data, text or "nothing to close")
    return EXIT_OK


def _summary(args, path, lists, what: str) -> None:
    tracking = [i.tracking for s in lists for i in s.items]
    data = {"out": str(path), "date": args.date, "letters": len(tracking), "tracking": tracking}
    _emit(args, data, f"{path}\t{len(tracking)} {what}")


def cmd_post_list(args) -> int:
    from app.services import outputs, post_office

    outputs.check_target(args.out, force=args.force, protect=_database_files(args))
    ctx = _context(args)
    path, lists = post_office.save_post_list(ctx, args.date, args.out, args.force, args.operator)
    _summary(args, path, lists, "letters")
    return EXIT_OK


def cmd_envelopes(args) -> int:
    from app.services import outputs, post_office

    outputs.check_target(args.out, force=args.force, protect=_database_files(args))
    ctx = _context(args)
    path, lists = post_office.save_envelopes(
        ctx, args.date, args.out, args.size, args.force, args.operator
    )
    _summary(args, path, lists, "envelopes")
    return EXIT_OK


COMMANDS = {
    "dispatch": cmd_dispatch,
    "delivered": cmd_delivered,
    "returned": cmd_returned,
    "close-waited": cmd_close_waited,
    "post-list": cmd_post_list,
    "envelopes": cmd_envelopes,
}
