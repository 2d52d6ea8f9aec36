"""Scans: sniffed from content, size-limited, damaged files refused, ID copies flagged."""

import io

import pytest
from PIL import Image

from app.domain.errors import DomainError
from app.services import attachments, audit, register
from app.services.attachments import NewAttachment
from tests.helpers import make_operator
from tests.helpers import register as reg


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_type_comes_from_content_not_extension():
    assert attachments.sniff(png_bytes(), "scan.pdf") == "image/png"
    assert attachments.sniff(pdf_bytes(), "scan.jpg") == "application/pdf"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "is empty"),
        (b"PK\x03\x04" + b"\0" * 100, "not a PDF, JPEG, PNG or TIFF"),
        (png_bytes()[:60], "damaged"),
        (b"%PDF-1.7\n garbage garbage", "damaged"),
    ],
)
def test_bad_scans_are_refused_with_the_reason(data, reason):
    with pytest.raises(DomainError) as err:
        attachments.sniff(data, "letter.pdf")
    assert err.value.field == "file" and reason in err.value.reason


def test_size_limit(monkeypatch):
    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    with pytest.raises(DomainError, match="the limit is"):
        attachments.sniff(png_bytes() + b"\0" * 200, "big.png")


def test_register_with_scans_stores_them_and_flags_id_copies(ctx):
    make_operator(ctx)
    r = reg(
        ctx,
        attachments=[
            NewAttachment("letter.pdf", pdf_bytes()),
            NewAttachment("id-card.png", png_bytes(), is_id_copy=True),
        ],
    )
    rows = attachments.list_for_request(ctx, r.id)
    assert [(a.file_name, a.content_type, a.flagged_for_destruction) for a in rows] == [
        ("letter.pdf", "application/pdf", False),
        ("id-card.png", "image/png", True),
    ]
    assert attachments.content(ctx, rows[1].id) == png_bytes()
    attachments.destroy(ctx, rows[1].id, "ID copy: collection banned since 2024")
    with pytest.raises(DomainError, match="destroyed"):
        attachments.content(ctx, rows[1].id)
    assert audit.verify(ctx).ok


def test_a_scans_read_text_is_kept_and_erased_with_its_content(ctx):
    make_operator(ctx)
    words = "Келісімімді кері қайтарып аламын. ЖСН 850505400127"
    r = reg(ctx, attachments=[NewAttachment("letter.pdf", pdf_bytes(), text=f"  {words}\n")])
    [row] = attachments.list_for_request(ctx, r.id)
    assert row.text == words
    attachments.destroy(ctx, row.id, "the subject asked")
    [row] = attachments.list_for_request(ctx, r.id)
    assert row.text == "" and row.destroyed_at is not None
    assert audit.verify(ctx).ok


def test_a_corrupt_scan_saves_nothing(ctx):
    make_operator(ctx)
    with pytest.raises(DomainError) as err:
        reg(ctx, attachments=[NewAttachment("scan.png", png_bytes()[:50])])
    assert err.value.field == "file"
    assert register.count(ctx, register.RequestFilter()) == 0
