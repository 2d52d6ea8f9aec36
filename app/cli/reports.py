"""`derbes report --from D --to D --format pdf|xlsx --out PATH [--force] [--lang kk|ru|en]
[--operator ID]`: the period's report (counts by type, outcome, operator and channel, the
on-time rate, working days to answer, clock-stop time) as a PDF with its chart or an XLSX.

The target is checked before the database is opened and written whole or not at all; with
``--json`` the figures are printed too.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.database import _context, _database_files
from app.cli.output import _emit

EXIT_OK = 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def add_parsers(sub) -> None:
    r = sub.add_parser("report", help="a period's report on the requests (PDF or XLSX)")
    r.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD")
    r.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD")
    r.add_argument("--format", required=True, choices=["pdf", "xlsx"])
    r.add_argument("--out", required=True, metavar="PATH")
    r.add_argument("--lang", default="kk", choices=["kk", "ru", "en"], help="headings (kk)")
    r.add_argument("--operator", type=int, help="one operator's requests (default: all)")
    r.add_argument("--force", action="store_true", help="replace --out if it exists")


def cmd_report(args) -> int:
    from app.domain.reports import Period
    from app.services import outputs, report_files, reports

    Period.checked(args.start, args.end)  # a reversed period writes nothing, opens nothing
    protect = _database_files(args)
    outputs.check_target(args.out, force=args.force, protect=protect)
    ctx = _context(args)
    data = reports.gather(ctx, args.start, args.end, args.operator)
    content = report_files.render(data, args.format, args.lang)
    out = report_files.write(args.out, content, force=args.force, protect=protect)
    r = data.report
    _emit(
        args,
        {
            "out": str(out),
            "format": args.format,
            "language": args.lang,
            "from": r.period.start.isoformat(),
            "to": r.period.end.isoformat(),
            "operator": args.operator,
            "total": r.total,
            "by_type": r.by_type,
            "by_outcome": r.by_outcome,
            "by_operator": {str(k): v for k, v in r.by_operator.items()},
            "by_channel": r.by_channel,
            "decided": r.decided,
            "on_time": r.on_time,
            "late": r.late,
            "on_time_rate": r.on_time_rate,
            "answered": r.answered,
            "median_days": r.median_days,
            "max_days": r.max_days,
            "stopped_requests": r.stopped_requests,
            "stopped_days": r.stopped_days,
            "bytes": len(content),
        },
        str(out),
    )
    return EXIT_OK


COMMANDS = {"report": cmd_report}
