"""Typed letters of data subjects, as an officer receives them on paper, for the OCR tests.

A letter is laid out with reportlab in the letters' own font (PT Serif from app/resources/fonts,
which covers every Kazakh letter) and saved as a PDF, or rendered by pypdfium2 to an image and
"scanned" with Pillow: grey paper, a slight rotation, speckle noise, at a chosen dpi. What a
letter says is kept beside it (:class:`TypedLetter`), so a test compares what OCR proposed with
what was typed. The benchmark of a later session can draw its letters from the same place.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class TypedLetter:
    """What a letter says: its lines, and the facts a reader should take from them."""

    language: str  # kk | ru
    type: str  # a RequestType value
    surname: str
    given_name: str
    patronymic: str
    iin: str
    date: dt.date
    lines: tuple[str, ...] = field(default=(), repr=False)


def kazakh_withdrawal() -> TypedLetter:
    """A Kazakh letter withdrawing consent, as the issue's example letter reads."""
    return TypedLetter(
        language="kk",
        type="consent_withdrawal",
        surname="Сергеева",
        given_name="Ярослава",
        patronymic="Викторовна",
        iin="900415450027",
        date=dt.date(2026, 11, 5),
        lines=(
            "«Дала Финанс» ЖШС",
            "Бас директорына",
            "",
            "Өтініш",
            "",
            "Мен, Сергеева Ярослава Викторовна, ЖСН 900415450027,",
            "мекенжайым: Алматы қаласы, Абай даңғылы, 52-үй, 14-пәтер,",
            "телефон: +7 701 555 12 34, e-mail: yaroslava.s@mail.kz,",
            "«Дала Финанс» ЖШС-ға берген дербес деректерімді жинауға және",
            "өңдеуге келісімімді кері қайтарып аламын. Дербес деректерімді",
            "өңдеуді тоқтатуды және бұл туралы маған жазбаша хабарлауды сұраймын.",
            "",
            "2026 жылғы 5 қараша",
            "Қолы: ____________ Сергеева Я. В.",
        ),
    )


def russian_claim() -> TypedLetter:
    """A Russian pre-trial claim, with a contract number (12 digits, no IIN) to mislead."""
    return TypedLetter(
        language="ru",
        type="claim",
        surname="Иванов",
        given_name="Иван",
        patronymic="Петрович",
        iin="850312300210",
        date=dt.date(2026, 11, 3),
        lines=(
            "Директору ТОО «Дала Финанс»",
            "от Иванова Ивана Петровича,",
            "ИИН 850312300210,",
            "проживающего по адресу: г. Астана, ул. Кенесары, д. 40, кв. 7,",
            "тел. 8 (707) 123-45-67",
            "",
            "ПРЕТЕНЗИЯ",
            "",
            "По договору № 202405170311 от 17.05.2024 ваша компания без моего",
            "согласия передала мои персональные данные третьим лицам.",
            "Требую прекратить незаконную обработку моих персональных данных",
            "и в досудебном порядке ответить на настоящую претензию.",
            "",
            "03.11.2026",
            "Подпись ____________ / Иванов И. П. /",
        ),
    )


def letter_pdf(letter: TypedLetter) -> bytes:
    """The letter typed on an A4 page: 12 pt PT Serif, as a person types it in a word processor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from app.letters import fonts

    family = fonts.register()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 72
    for line in letter.lines:
        heading = line.isupper() or line in ("Өтініш",)
        page.setFont(fonts.BOLD if heading else family, 12)
        if heading:
            page.drawCentredString(width / 2, y, line)
        else:
            page.drawString(72, y, line)
        y -= 19
    page.showPage()
    page.save()
    return buffer.getvalue()


def scanned_image(
    pdf: bytes, *, dpi: int = 200, angle: float = 0.8, noise: float = 0.004, seed: int = 13
):
    """The PDF's first page as a scanner returns it: greyscale at ``dpi``, turned by ``angle``
    degrees, with ``noise`` (a share of the pixels) of dark and light speckles."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=245)
    rng = random.Random(seed)
    pixels = image.load()
    w, h = image.size
    for _ in range(int(w * h * noise)):
        pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((30, 90, 200))
    image.info["dpi"] = (dpi, dpi)
    return image


def write_png(letter: TypedLetter, path: Path, **scan) -> Path:
    """The letter scanned to a PNG at ``path`` (see :func:`scanned_image` for ``scan``)."""
    image = scanned_image(letter_pdf(letter), **scan)
    image.save(path, format="PNG", dpi=image.info["dpi"])
    return path


def write_pdf(letter: TypedLetter, path: Path) -> Path:
    """The letter as a typed PDF at ``path``."""
    path.write_bytes(letter_pdf(letter))
    return path
