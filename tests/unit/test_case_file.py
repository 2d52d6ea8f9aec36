"""The case file of one request (SQLite and PostgreSQL): every page of every scan, every final
letter with its out number and SHA-256, drafts listed only, a damaged scan listed with the reason,
headings in Kazakh or Russian, the contents' page numbers right."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re

import pypdf
import pytest
from PIL import Image
from sqlmodel import select

from app.domain.errors import DomainError
from app.domain.identifiers import mask_iin
from app.services import attachments, case_file, letters, requests
from app.services.attachments import NewAttachment
from app.services.case_file_words import holiday_name
from app.storage.models import Attachment
from tests.helpers import make_operator
from tests.helpers import register as reg

NAME = "Әлиев Нұрлан Серікұлы"


def pdf_scan(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(pages):
        c.drawString(72, 760, f"SCANPAGE-{n + 1}-OF-{pages}")
        c.showPage()
    c.save()
    return out.getvalue()


def image(fmt: str, size=(600, 400), frames: int = 1) -> bytes:
    out = io.BytesIO()
    first, *rest = [Image.new("RGB", size, c) for c in ("#336699", "#993366", "#669933")[:frames]]
    first.save(out, fmt, save_all=bool(rest), append_images=rest)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


@pytest.fixture
def op(ctx):
    return make_operator(
        ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )


@pytest.fixture
def filed(ctx, op):
    """A Kazakh withdrawal with a 3-page PDF scan, a PNG, a JPEG and a 2-frame TIFF; two final
    letters and a draft; a clock stop, resumed, and a note on its timeline."""
    scans = [
        NewAttachment("хат.pdf", pdf_scan(3)),
        NewAttachment("photo.png", image("PNG", (400, 600))),
        NewAttachment("конверт.jpg", image("JPEG")),
        NewAttachment("бет.tiff", image("TIFF", frames=2)),
    ]
    r = reg(ctx, iin="900101300017", sender=NAME, language="kk", signed=True, attachments=scans)
    requests.change_status(ctx, r.id, "in_progress", "іске кірісті")
    requests.stop_clock(ctx, r.id, "Нақтылау күтілуде", on=dt.date(2026, 11, 5))
    requests.resume_clock(ctx, r.id, on=dt.date(2026, 11, 10))
    requests.add_note(ctx, r.id, "Субъектімен телефон арқылы сөйлестік")
    first = letters.finalise(ctx, r.id, "acknowledgement").letter
    second = letters.finalise(ctx, r.id, "acknowledgement", "kk").letter
    letters.save_draft(ctx, r.id, "acknowledgement", "kk", "# Жоба\n\nМәтін")
    return r, [first, second]


def test_every_scan_page_and_every_final_letter_is_in_the_file(ctx, filed):
    r, finals = filed
    seen = []
    data = case_file.build(ctx, r.id, report=lambda d, t, _x: seen.append((d, t)))
    pages = texts(data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    letter_pages = sum(len(pypdf.PdfReader(io.BytesIO(f.pdf)).pages) for f in finals)
    # scans: 3 PDF pages + PNG + JPEG + 2 TIFF frames = 7 pages, then the letters' pages
    scan_pages = [i for i, t in enumerate(pages) if "SCANPAGE-" in t]
    assert [pages[i].split("SCANPAGE-")[1][:6] for i in scan_pages] == [
        "1-OF-3",
        "2-OF-3",
        "3-OF-3",
    ]
    image_pages = [t for t in pages if t.startswith("Скан") and "SCANPAGE" not in t]
    assert len(image_pages) == 4
    frame = len(reader.pages) - 7 - letter_pages
    assert frame >= 4
    whole = " ".join(pages)
    for letter in finals:
        assert letter.out_number in whole
        assert f"SHA-256: {letter.sha256}" in whole
        assert hashlib.sha256(letter.pdf).hexdigest() == letter.sha256
    # each letter's own text is in the file (its out number on its first page), after the scans
    first_letter = next(
        i
        for i, t in enumerate(pages)
        if i > scan_pages[-1] and finals[0].out_number in t and "Скан" not in t
    )
    assert first_letter >= frame + 7
    assert "жоба (іске енгізілмеген)" in whole  # the draft, listed only
    assert "Жоба Мәтін" not in whole
    # every page numbered "N / M" with the case number
    for n, text in enumerate(pages, 1):
        assert f"бет {n} / {len(pages)}" in text
    assert seen[-1][0] == seen[-1][1]


def test_kazakh_headings_and_contents_with_page_numbers(ctx, filed):
    r, finals = filed
    data = case_file.build(ctx, r.id)
    pages = texts(data)
    first = pages[0]
    assert f"Өтініш ісі № {r.reg_number}" in first
    assert "Мазмұны" in first
    for heading in ("Тіркеу карточкасы", "Қарау мерзімінің есебі", "Іс барысы", "Хаттар"):
        line = re.search(re.escape(heading) + r" (\d+)", first)
        assert line, heading
        page = int(line[1])
        assert heading in pages[page - 1], (heading, page)
    # the contents point at the first page of the scan of 3 pages
    scan = re.search(r"Скан 1: хат\.pdf (\d+)", first)
    assert "SCANPAGE-1-OF-3" in pages[int(scan[1]) - 1]
    card = " ".join(pages)
    assert f"ЖСН {mask_iin('900101300017')}" in card
    assert "900101300017" not in card  # the IIN is masked
    assert "Мерзім 2026-11-05" not in card
    assert "Мерзім 05.11.2026 тоқтатылды" in card
    assert "Мерзім тоқтатылды 05.11.2026 – 10.11.2026: Нақтылау күтілуде" in card
    assert "16.12.2026 — Тәуелсіздік күні" in card  # a holiday skipped, by its Kazakh name
    assert "clock resumed" not in card  # the program's marker is not shown as a note
    assert "Субъектімен телефон арқылы сөйлестік" in card


def test_russian_headings_on_request(ctx, filed):
    r, _ = filed
    whole = " ".join(texts(case_file.build(ctx, r.id, "ru")))
    for heading in ("Дело по обращению", "Содержание", "Регистрационная карточка", "Письма"):
        assert heading in whole
    assert "Өтініш ісі" not in whole
    with pytest.raises(DomainError) as err:
        case_file.gather(ctx, r.id, "en")
    assert (err.value.field, err.value.code) == ("lang", "choice")


def test_language_defaults_to_the_letters_and_other_is_kazakh(ctx, op):
    ru = reg(ctx, language="ru", sender="Иванов Иван")
    other = reg(ctx, language="other", sender="John Smith")
    assert case_file.gather(ctx, ru.id).language == "ru"
    assert case_file.gather(ctx, other.id).language == "kk"
    whole = " ".join(texts(case_file.build(ctx, ru.id)))
    assert "Сканированных копий нет" in whole and "Писем нет" in whole


def test_a_damaged_scan_is_listed_with_its_reason_and_the_rest_is_filed(ctx, op):
    r = reg(
        ctx,
        sender=NAME,
        language="kk",
        attachments=[NewAttachment("ok.pdf", pdf_scan(2)), NewAttachment("bad.pdf", pdf_scan(1))],
    )
    with ctx.write() as w:  # the stored bytes go bad after the scan was accepted
        bad = w.session.exec(select(Attachment).where(Attachment.file_name == "bad.pdf")).one()
        bad.data = b"%PDF-1.4 garbage"
        w.session.add(bad)
    gone = attachments.add(ctx, r.id, NewAttachment("id.png", image("PNG")))
    attachments.destroy(ctx, gone.id, "ЖСК көшірмесі")
    pages = texts(case_file.build(ctx, r.id))
    whole = " ".join(pages)
    assert sum("SCANPAGE-" in t for t in pages) == 2
    assert "ашылмайды:" in whole
    assert "жойылды" in whole


def test_holidays_are_named_in_russian():
    assert holiday_name("Victory Day (observed)", "ru") == "День Победы (перенос)"
    assert holiday_name("Day off (substituted from 01/05/2025)", "ru") == (
        "Выходной день (перенесён с 01.05.2025)"
    )
    assert holiday_name("Жаңа жыл", "kk") == "Жаңа жыл"


def test_the_file_is_written_once_unless_forced(ctx, filed, tmp_path):
    r, _ = filed
    data = case_file.build(ctx, r.id)
    out = tmp_path / case_file.file_name(r.reg_number, "kk")
    assert "/" not in out.name
    case_file.write(out, data)
    with pytest.raises(DomainError) as err:
        case_file.write(out, b"other")
    assert err.value.code == "out_exists"
    assert out.read_bytes() == data
    case_file.write(out, b"%PDF new", force=True)
    assert out.read_bytes() == b"%PDF new"
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_a_rotated_scan_with_an_offset_page_box_is_filed_and_stamped(ctx, op):
    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(io.BytesIO(pdf_scan(2))).pages:
        writer.add_page(page)
    writer.pages[0].rotate(90)
    writer.pages[1].mediabox = pypdf.generic.RectangleObject([50, 50, 600, 800])
    out = io.BytesIO()
    writer.write(out)
    r = reg(
        ctx, sender=NAME, language="ru", attachments=[NewAttachment("turned.pdf", out.getvalue())]
    )
    pages = texts(case_file.build(ctx, r.id))
    scanned = [t for t in pages if "SCANPAGE-" in t]
    assert len(scanned) == 2
    assert all("Скан 1: turned.pdf" in t and f"из {len(pages)}" in t for t in scanned)
