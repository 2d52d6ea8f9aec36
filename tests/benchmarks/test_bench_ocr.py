"""Issue 13's recognition figures: typed letters of every kind in Kazakh and Russian, scanned as
officers receive them, read by the real Tesseract (run by `make bench`, not `make test`).

:func:`tests.ocr_letters.scans` draws the letters (seven kinds, two languages, five fonts,
150/200/300 dpi, up to 2° of rotation, speckles, a stamp or a signature over the last lines,
PNG and PDF); each is read by :func:`app.services.ocr.read_letter` and its first proposal for
each field compared with what was typed. The table gets, per field, how many letters were
exactly right; the IINs proposed that are not the sender's are counted apart (a wrong IIN must
never be proposed; a missed one only costs the officer typing it); and the seconds per page.
``DERBES_BENCH_OCR_LETTERS`` sets how many letters (default 56: four of each kind and language,
a few minutes on two cores). Nothing here asserts an accuracy or a time: the table is the evidence.
"""

from __future__ import annotations

import os
import resource
import statistics
import time

import pytest

from app.services import ocr
from tests import ocr_letters
from tests.benchmarks import harness

LETTERS = int(os.environ.get("DERBES_BENCH_OCR_LETTERS", "56"))


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the tesseract runs): what a
    page costs whatever the others' load on the machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _right(reading, letter) -> dict[str, bool]:
    p = reading.proposals
    name = tuple(p.value(n) for n in ("surname", "given_name", "patronymic"))
    return {
        "ocr_iin": p.value("iin") == letter.iin,
        "ocr_type": p.value("type") == letter.type,
        "ocr_language": p.value("language") == letter.language,
        "ocr_name": name == (letter.surname, letter.given_name, letter.patronymic),
        "ocr_date": p.value("letter_date") == letter.date,
        "ocr_signature": p.value("signed") is True,
    }


def test_recognition_accuracy_and_seconds_per_page(tmp_path):
    if ocr.availability() is not None:
        harness.not_measured("ocr_page", harness.NONE, "Tesseract or its kaz/rus data missing")
        pytest.skip("no Tesseract")
    scans = ocr_letters.scans(LETTERS)
    right = {key: 0 for key in ("ocr_iin", "ocr_type", "ocr_language", "ocr_name", "ocr_date",
                                "ocr_signature")}  # fmt: skip
    wrong_iins, seconds, cpu, misses = [], [], [], []
    for scan in scans:
        data = ocr_letters.scan_bytes(scan)
        started, used = time.perf_counter(), _cpu()
        reading = ocr.read_letter(data, today=scan.letter.date)
        pages = len(reading.recognition.pages)
        seconds.append((time.perf_counter() - started) / pages)
        cpu.append((_cpu() - used) / pages)
        for key, ok in _right(reading, scan.letter).items():
            right[key] += ok
            if not ok:
                misses.append(f"{scan.name} {key}")
        # a proposed IIN is wrong when it is not the sender's: a misread or another number
        wrong = [v for v in (p.value for p in reading.proposals.all("iin")) if v != scan.letter.iin]
        wrong_iins += [f"{scan.name}: {v}" for v in wrong]
    total = len(scans)
    fonts = sorted({os.path.basename(s.font) for s in scans})
    how = (f"{total} letters ({', '.join(fonts)}; 150–300 dpi, ±2°, speckles, stamp or "
           "signature over the last lines; PNG and PDF)")  # fmt: skip
    print("\n  misses: " + ("; ".join(misses) or "none"))
    harness.record(
        "ocr_page",
        harness.NONE,
        seconds,
        note=f"{how}, read by `ocr.read_letter` (render, straighten, tesseract, proposals); "
        f"CPU per page (Python and tesseract): median {statistics.median(cpu):.2f} s, "
        f"at most {max(cpu):.2f} s",
    )
    for key, count in right.items():
        harness.record_count(key, count, total, note=how if key == "ocr_iin" else "")
    harness.record_count(
        "ocr_wrong_iin",
        len(wrong_iins),
        total,
        note="; ".join(wrong_iins) or "every IIN proposed was the sender's",
    )
    assert len(seconds) == total and total > 0
