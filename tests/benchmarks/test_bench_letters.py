"""Milliseconds per letter, PDF and DOCX (run by `make bench`, not `make test`).

A demo database gives real operators and subjects; each kind is built once from its template,
then rendered several times in each format. Building (reading the case and rendering the template)
and finalising (number, PDF, SHA-256, audit in one transaction) are timed too. Nothing here
asserts a time: the numbers are for reading; the assertions only check that letters were made.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from sqlmodel import select

from app.domain.letter_rules import fits
from app.domain.requests import RequestType
from app.letters import KINDS
from app.services import demo, letters, requests
from app.services.context import Context
from app.storage.database import Database
from app.storage.models import Subject
from app.storage.schema import upgrade
from tests import withdrawal_rows

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
        requests.extend(ctx, made[key].id, "Деректер мұрағаттан сұратылды", days=5)
    # the letters of a withdrawal state what its workflow recorded
    withdrawal_rows.record(ctx, made[RequestType.CONSENT_WITHDRAWAL].id)
    letters.finalise(ctx, made[RequestType.CONSENT_WITHDRAWAL].id, "destruction-act", "kk")
    withdrawal_rows.record(
        ctx, made["refused"].id, decision="refused", ground="obligation", ground_detail="берешек",
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
    db.dispose()
