"""Milliseconds per letter, PDF and DOCX (run by `make bench`, not `make test`).

A demo database gives real operators and subjects; each kind is built once from its template,
then rendered several times in each format. Building (reading the case and rendering the template)
and finalising (number, PDF, SHA-256, audit in one transaction) are timed too. Nothing here
asserts a time: the numbers are for reading; the assertions only check that letters were made.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from sqlmodel import select

from app.domain.data_map import Pair
from app.domain.letter_rules import fits
from app.domain.requests import RequestType
from app.letters import KINDS
from app.services import demo, letters, requests
from app.services.context import Context
from app.storage.database import Database
from app.storage.models import Subject
from app.storage.schema import upgrade
from tests import withdrawal_rows
from tests.benchmarks import harness

TODAY = dt.date(2026, 11, 20)
ROUNDS = 5
OPTIONS = letters.LetterOptions(
    question="Өтінішке қол қойыңыз.",
    findings="Тексерілді.",
    decision="Қанағаттандырылды.",
)


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms (median of {len(samples)})"


def test_milliseconds_per_letter(tmp_path):
    db = Database(tmp_path / "bench.sqlite3")
    upgrade(db)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    demo.build(ctx, subjects=40, requests=40, seed=9)
    with ctx.read() as session:
        subject = session.exec(
            select(Subject).where(Subject.iin.is_not(None)).order_by(Subject.id)
        ).first()
    made = {}
    for type_ in (RequestType.CONSENT_WITHDRAWAL, RequestType.CORRECTION, "refused"):
        key, type_ = type_, RequestType.CONSENT_WITHDRAWAL if type_ == "refused" else type_
        made[key] = requests.register(
            ctx,
            requests.NewRequest(
                type=type_.value,
                received=dt.date(2026, 11, 2),
                sender=f"{subject.surname} {subject.given_name} {subject.patronymic}".strip(),
                language="ru",
                operator_id=subject.operator_id,
                subject_id=subject.id,
                signed=True,
            ),
        )
        requests.extend(
            ctx,
            made[key].id,
            reason_kk="Деректер мұрағаттан сұратылды",
            reason_ru="Сведения запрошены из архива",
            days=5,
        )
    # the letters of a withdrawal state what its workflow recorded
    withdrawal_rows.record(ctx, made[RequestType.CONSENT_WITHDRAWAL].id)
    letters.finalise(ctx, made[RequestType.CONSENT_WITHDRAWAL].id, "destruction-act", "kk")
    withdrawal_rows.record(
        ctx, made["refused"].id, decision="refused", ground="obligation",
        ground_detail=Pair("шарт бойынша берешек", "задолженность по договору"),
        systems=(), outcomes=(), act=False,
    )  # fmt: skip
    request = made[RequestType.CONSENT_WITHDRAWAL]

    build, pdf, docx = [], [], []
    sizes = {"pdf": [], "docx": []}
    for kind in KINDS:
        for language in ("kk", "ru"):
            start = time.perf_counter()
            # each kind for a request it answers (the domain's rule)
            answered = request if fits(kind, request.type) else made[RequestType.CORRECTION]
            answered = made["refused"] if kind == "refusal" else answered
            letter = letters.build(ctx, answered.id, kind, language, options=OPTIONS)
            build.append(time.perf_counter() - start)
            for _ in range(ROUNDS):
                start = time.perf_counter()
                data = letters.render(letter, "pdf")
                pdf.append(time.perf_counter() - start)
                sizes["pdf"].append(len(data))
                start = time.perf_counter()
                data = letters.render(letter, "docx")
                docx.append(time.perf_counter() - start)
                sizes["docx"].append(len(data))
    final = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        letters.finalise(ctx, request.id, "acknowledgement", "kk")
        final.append(time.perf_counter() - start)

    print()
    print(f"  letters: {len(KINDS)} kinds × kk, ru on SQLite")
    print(f"  build (case + template)   {_ms(build)}")
    print(f"  PDF per letter            {_ms(pdf)}  ~{statistics.median(sizes['pdf']) // 1024} KiB")
    print(
        f"  DOCX per letter           {_ms(docx)}  ~{statistics.median(sizes['docx']) // 1024} KiB"
    )
    print(f"  finalise (number + PDF)   {_ms(final)}")
    assert len(letters.letters_of(ctx, request.id)) == ROUNDS + 1  # and the act
    assert all(size > 0 for size in sizes["pdf"] + sizes["docx"])
    harness.record(
        "pdf", harness.NONE, pdf, harness.samples(minimal_reportlab_letter, runs=len(pdf) // 4),
        note=f"every kind × kk, ru rendered {ROUNDS} times from its built letter; anchor: "
        "three paragraphs in PT Serif (embedded) through reportlab's platypus",
    )  # fmt: skip
    docx_path = tmp_path / "letter.docx"
    docx_path.write_bytes(letters.render(letter, "docx"))
    anchor, cold = libreoffice(docx_path, tmp_path)
    if anchor is None:
        harness.record("docx", harness.NONE, docx, note="LibreOffice is not installed")
        harness.not_measured("soffice_cold", harness.NONE, "not installed")
    else:
        harness.record(
            "docx", harness.NONE, docx, anchor,
            note=f"as the PDF; anchor: `soffice --headless --convert-to pdf` of {BATCH} copies "
            "of one of these letters in one call, divided by their number",
        )  # fmt: skip
        harness.record("soffice_cold", harness.NONE, cold, note="one letter, a fresh profile")
    db.dispose()


BATCH = 10


def minimal_reportlab_letter() -> bytes:
    """Three paragraphs through platypus, as reportlab makes them. reportlab hands a font of a
    file it already has (by the face's name) the object registered first, so BenchSerif may be
    the letters' own PT Serif object: outside a letter's document it makes and deflates its
    subsets itself every time, as a plain TTFont does (``tests/unit/test_letters_caches.py``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.resources import resource_path

    if "BenchSerif" not in pdfmetrics.getRegisteredFontNames():
        font = resource_path("fonts", "PTSerif-Regular.ttf")
        pdfmetrics.registerFont(TTFont("BenchSerif", str(font)))
    style = ParagraphStyle("body", fontName="BenchSerif", fontSize=12, leading=15)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    text = "Құрметті Әсел Серікқызы! Сіздің өтінішіңіз тіркелді және қаралуда. " * 4
    doc.build([Paragraph(text, style) for _ in range(3)])
    return out.getvalue()


def libreoffice(docx: Path, tmp: Path):
    """(seconds per letter of a batch conversion, [seconds of one cold conversion]), or
    (None, None) when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, None

    def convert(files, profile):
        out = tmp / f"out-{profile}"
        argv = [
            soffice, f"-env:UserInstallation=file://{tmp / profile}", "--headless",
            "--convert-to", "pdf", "--outdir", str(out), *map(str, files),
        ]  # fmt: skip
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, timeout=600)
        seconds = time.perf_counter() - start
        assert all((out / (Path(f).stem + ".pdf")).exists() for f in files)
        return seconds

    cold = [convert([docx], f"cold-{i}") for i in range(3)]
    copies = []
    for i in range(BATCH):
        copy = tmp / f"letter-{i}.docx"
        shutil.copyfile(docx, copy)
        copies.append(copy)
    convert(copies[:1], "warm")  # the profile made once
    batch = [convert(copies, "warm") / BATCH for _ in range(2)]
    return batch, cold
