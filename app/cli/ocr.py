"""`derbes ocr FILE [--tesseract PATH] [--text]`: read a scanned letter and print what it
proposes for the Register-a-letter form, field by field with its confidence (the most likely
first; a field may have several proposals), and the 12-digit numbers set aside because they fail
the IIN check. ``derbes --json ocr FILE`` prints the same as JSON, with each proposal's word
boxes on the page images and the text read.

Nothing is registered and no database is opened. Without Tesseract or its Kazakh and Russian
language data the command says what is missing and how to install it, in one line (exit 2).
"""

from __future__ import annotations

import sys

from app.cli.output import _emit

EXIT_OK = 0


def add_parsers(sub) -> None:
    p = sub.add_parser("ocr", help="read a scanned letter and propose its registration fields")
    p.add_argument("file", metavar="FILE", help="a scan: PDF, PNG, JPEG or TIFF")
    p.add_argument(
        "--tesseract", metavar="PATH", help="the tesseract program (or DERBES_TESSERACT)"
    )
    p.add_argument("--text", action="store_true", help="print the text read as well")


def _value(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and done < total:
        print(f"reading page {done + 1} of {total}…", file=sys.stderr, flush=True)


def cmd_ocr(args) -> int:
    from pathlib import Path

    from app.domain.ocr import as_data
    from app.services import ocr

    reading = ocr.read_letter(args.file, tesseract=args.tesseract, progress=_progress)
    r, proposals = reading.recognition, reading.proposals
    data = {
        "file": str(Path(args.file).expanduser()),
        "pages": len(r.pages),
        "seconds": r.seconds,
        "seconds_per_page": [p.seconds for p in r.pages],
        "languages": r.languages,
        **as_data(proposals),
        "text": r.text,
    }
    pages = f"{len(r.pages)} page" + ("" if len(r.pages) == 1 else "s")
    lines = [f"{Path(args.file).name}: {pages}, {r.seconds:.1f} s"]
    for name, found in proposals.by_field.items():
        lines += [f"{name}\t{_value(p.value)}\t{p.confidence:.2f}" for p in found]
    lines += [f"set aside\t{p.value}\t{p.note}" for p in proposals.rejected]
    if args.text:
        lines += ["", r.text]
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


COMMANDS = {"ocr": cmd_ocr}
