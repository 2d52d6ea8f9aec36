"""Builders for the purge's tests: a subject whose finished withdrawal retained data until a date.

The workflow's rows are written directly through the models (the workflow's service is built
beside the purge), as a finished withdrawal leaves them: accepted, completed, the subject's
status set, each category with its outcome.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from app.services import attachments, subjects
from app.services.attachments import NewAttachment
from app.services.subjects import SubjectInput
from app.storage.models import (
    Consent,
    Letter,
    Request,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    utcnow,
)
from tests.helpers import register


def pdf_bytes() -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF = pdf_bytes()
SECRET_IIN = "900101300017"


def subject(ctx, operator_id, surname="Сейітова", iin=SECRET_IIN, **kw):
    return subjects.create(
        ctx,
        operator_id,
        SubjectInput(
            surname=surname,
            given_name=kw.pop("given_name", "Әйгерім"),
            patronymic=kw.pop("patronymic", "Болатқызы"),
            iin=iin,
            phone=kw.pop("phone", "+7 701 555 12 34"),
            email=kw.pop("email", "aigerim@example.kz"),
            address=kw.pop("address", "Алматы, Абай даңғылы, 10"),
            account_id=kw.pop("account_id", "aigerim.s"),
            client_org=kw.pop("client_org", "ТОО Клиент"),
            **kw,
        ),
    )


def finished_withdrawal(
    ctx,
    subject_id: int,
    outcomes: list[tuple[str, str, dt.date | None]],
    *,
    status: str = "processing_stopped",
    request_status: str = "closed",
    completed: bool = True,
    scan: bool = True,
    letter: bool = True,
) -> Request:
    """A withdrawal of ``subject_id`` carried to its end; ``outcomes``: (category, outcome,
    until) each. The subject's status becomes ``status``."""
    request = register(
        ctx,
        subject_id=subject_id,
        sender="Сейітова Әйгерім Болатқызы",
        sender_address="Алматы, Абай даңғылы, 10",
        summary="Прошу отозвать согласие, ИИН 900101300017",
        signed=True,
    )
    if scan:
        attachments.add(ctx, request.id, NewAttachment("Сейітова паспорт.pdf", PDF))
    with ctx.write() as w:
        s = w.session
        row = s.get(Request, request.id)
        row.status = request_status
        s.add(row)
        wd = Withdrawal(
            request_id=request.id,
            signed=True,
            identity="match",
            identity_note="ИИН 900101300017 сверен",
            decision="accepted",
            effective_date=row.received_date,
            completed_at=utcnow() if completed else None,
            result_status=status,
        )
        s.add(wd)
        s.flush()
        for n, (category, outcome, until) in enumerate(outcomes):
            s.add(
                WithdrawalOutcome(
                    withdrawal_id=wd.id,
                    position=n,
                    category_kk=f"{category} (kk)",
                    category_ru=category,
                    outcome=outcome,
                    basis_kk="Заң" if outcome == "retained" else "",
                    basis_ru="Закон о бухучёте" if outcome == "retained" else "",
                    until=until,
                )
            )
        if letter:
            s.add(
                Letter(
                    request_id=request.id,
                    operator_id=row.operator_id,
                    kind="deregistration",
                    language="ru",
                    out_number=f"ДД-ИСХ-2026/{request.id:04d}",
                    out_year=2026,
                    out_seq=request.id,
                    out_date=row.received_date,
                    body="Уважаемая Сейітова Әйгерім Болатқызы, ИИН 900101300017",
                    pdf=PDF,
                    sha256=hashlib.sha256(PDF).hexdigest(),
                    finalized_at=utcnow(),
                )
            )
        sub = s.get(Subject, subject_id)
        sub.status = status
        s.add(sub)
        s.add(Consent(subject_id=subject_id, channel="checkbox", withdrawn_at=utcnow()))
    return request
