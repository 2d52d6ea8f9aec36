"""The operator, requests and readers the letters service's tests share (fixtures imported by name)."""

import io

import pypdf
import pytest
from sqlmodel import select

from app.storage.models import AuditEntry
from tests import withdrawal_rows
from tests.helpers import make_operator
from tests.helpers import register as reg

NAME = "Әлиев Нұрлан Серікұлы"


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def audit_entries(ctx, action: str) -> list[AuditEntry]:
    with ctx.read() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)).all())


@pytest.fixture
def op(ctx):
    return make_operator(
        ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
        executor_name="Ә. Қ. Төлеубаева",
        executor_phone="+7 (7172) 72-45-19",
        **withdrawal_rows.DATA_MAP,
    )


@pytest.fixture
def request_kk(ctx, op):
    return reg(ctx, iin="900101300017", sender=NAME, language="kk", signed=True)


@pytest.fixture
def claim_kk(ctx, op):
    """A claim of the same subject: the kinds that answer a claim are written for it."""
    return reg(ctx, type="claim", iin="900101300017", sender=NAME, language="kk", signed=True)
