"""Finalising: the next number of its series, the final PDF with its SHA-256, the audit entry.

Letters sent are numbered in the operator's outgoing series (``outgoing_pattern``); a
destruction act, an internal document, in a gapless series of its own (``act_pattern``, the
letter row's ``series`` "act"), so acts never leave holes in the outgoing register.

The PDF carries its number, but rendering it inside the write transaction would hold the
database's write lock for as long as reportlab works. So the number is read ahead (the series'
next one), the PDF rendered outside any transaction, and one short write transaction then
allocates the number, checks it is the one the PDF carries, stores the PDF, audits it and (for a
clarification) stops the clock. Should another letter have taken the number meanwhile, that
transaction rolls back (giving the number back: the series stays gapless) and the letter is
rendered again with the next one; after :data:`RENDER_ATTEMPTS` such races the last attempt
renders inside the transaction, where the number cannot move.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlmodel import Session, select

from app.domain.errors import raise_if
from app.domain.numbering import format_number
from app.letters.document import Letter
from app.letters.kinds import Kind, kind_label
from app.letters.pdf import render_pdf
from app.services import requests
from app.services.context import Context, Writer
from app.services.letters.case import _request
from app.services.letters.compose import build, problems, problems_in
from app.services.letters.drafts import LetterInfo, _draft_row, info
from app.services.letters.options import LetterOptions
from app.storage import numbering
from app.storage.models import Letter as LetterRow
from app.storage.models import NumberSeries, Operator, utcnow

OUTGOING_SERIES = "outgoing"  # the number counter of letters sent (letter.series "out")
ACT_SERIES = "act"  # the destruction acts' own counter (letter.series "act")
RENDER_ATTEMPTS = 2  # renders outside the transaction before one is made inside it


@dataclass(frozen=True)
class Finalised:
    letter: LetterInfo
    clock_stopped: bool = False  # a clarification stopped the request's clock (same transaction)


class _NumberTaken(Exception):
    """The number the PDF was rendered with went to another letter: roll back, render again."""


def series_of(kind: str) -> tuple[str, str]:
    """The number counter and the letter row's series for a letter of ``kind``."""
    if kind == Kind.DESTRUCTION_ACT:
        return ACT_SERIES, "act"
    return OUTGOING_SERIES, "out"


def _next_seq(session: Session, operator_id: int, year: int, kind: str) -> int:
    last = session.exec(
        select(NumberSeries.last).where(
            NumberSeries.operator_id == operator_id,
            NumberSeries.series == series_of(kind)[0],
            NumberSeries.year == year,
        )
    ).first()
    return (last or 0) + 1


def _numbered(letter: Letter, operator: Operator, day: dt.date, seq: int) -> Letter:
    if series_of(letter.kind)[0] == ACT_SERIES:
        pattern = operator.act_pattern
    elif letter.language == "kk":  # one series; a Kazakh letter's number says «ШЫҒ», not «ИСХ»
        pattern = operator.outgoing_pattern_kk
    else:
        pattern = operator.outgoing_pattern
    number = format_number(pattern, operator.request_prefix, day.year, seq)
    return dataclasses.replace(
        letter,
        out_number=number,
        out_date=day,
        title=f"{kind_label(letter.kind, letter.language)} № {number}",
    )


def finalise_in(
    w: Writer,
    request_id: int,
    letter: Letter,
    options: LetterOptions,
    today: dt.date,
    draft_id: int | None = None,
    rendered: tuple[int, bytes] | None = None,
) -> Finalised:
    """Number ``letter``, store its PDF and audit it inside the caller's writer; a
    clarification also stops the clock here, so both happen or neither.

    ``rendered`` is (the sequence number it carries, the PDF) made outside the transaction;
    when the series has moved on since, :class:`_NumberTaken` is raised (the caller's
    transaction must roll back). Without it the PDF is rendered here.
    """
    raise_if(problems_in(w.session, letter, request_id, options))
    request = _request(w.session, request_id)
    operator = w.session.get(Operator, request.operator_id)
    if draft_id is not None:
        row = _draft_row(w.session, draft_id, request.id)  # finalised by someone meanwhile?
    else:
        row = LetterRow(
            request_id=request.id,
            operator_id=operator.id,
            kind=letter.kind,
            language=letter.language,
        )
    year = today.year
    counter, series = series_of(letter.kind)
    seq = numbering.allocate(w.session, operator.id, counter, year)
    if rendered is not None and rendered[0] != seq:
        raise _NumberTaken()
    final = _numbered(letter, operator, today, seq)
    pdf = rendered[1] if rendered is not None else render_pdf(final)
    digest = hashlib.sha256(pdf).hexdigest()
    number = final.out_number
    row.kind, row.language, row.body = letter.kind, letter.language, letter.body
    row.series = series
    row.out_number, row.out_year, row.out_seq, row.out_date = number, year, seq, today
    row.pdf, row.sha256, row.finalized_at = pdf, digest, utcnow()
    w.session.add(row)
    w.session.flush()
    w.audit(
        "letter.finalise",
        "letter",
        row.id,
        None,
        {
            "request_id": request.id,
            "reg_number": request.reg_number,
            "kind": row.kind,
            "language": row.language,
            "series": series,
            "out_number": number,
            "out_date": today,
            "sha256": digest,
            "bytes": len(pdf),
            "draft_id": draft_id,
        },
    )
    stopped = False
    if letter.kind == Kind.CLARIFICATION and options.stop_clock:
        reason = options.question.strip() or f"clarification requested by letter {number}"
        requests.stop_clock_in(w, request.id, reason, today, today)
        stopped = True
    return Finalised(info(row), stopped)


def finalise(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None = None,
    *,
    body: str | None = None,
    options: LetterOptions | None = None,
    draft_id: int | None = None,
) -> Finalised:
    """Number the letter, store its final PDF with the SHA-256, audit it: one short transaction
    (with the clock stop of a clarification), the PDF rendered before it.

    With ``draft_id`` that draft becomes the final letter (its text unless ``body`` is given).
    """
    options = options or LetterOptions()
    if draft_id is not None:
        with ctx.read() as session:
            draft = _draft_row(session, draft_id, request_id)
            body = draft.body if body is None else body
    letter = build(ctx, request_id, kind, language, body=body, options=options)
    raise_if(problems(ctx, letter, request_id, options))
    today = ctx.today()
    for _attempt in range(RENDER_ATTEMPTS):
        with ctx.read() as session:
            operator = session.get(Operator, _request(session, request_id).operator_id)
            seq = _next_seq(session, operator.id, today.year, letter.kind)
        pdf = render_pdf(_numbered(letter, operator, today, seq))  # no transaction open
        try:
            with ctx.write() as w:
                return finalise_in(w, request_id, letter, options, today, draft_id, (seq, pdf))
        except _NumberTaken:
            continue  # rolled back: the number is free again for whoever took the one before
    with ctx.write() as w:
        return finalise_in(w, request_id, letter, options, today, draft_id)
