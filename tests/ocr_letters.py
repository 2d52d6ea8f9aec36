"""Typed letters of data subjects, as an officer receives them on paper, for the OCR tests.

A letter is laid out with reportlab in the letters' own font (PT Serif from app/resources/fonts,
which covers every Kazakh letter) and saved as a PDF, or rendered by pypdfium2 to an image and
"scanned" with Pillow: grey paper, a slight rotation, speckle noise, at a chosen dpi. What a
letter says is kept beside it (:class:`TypedLetter`), so a test compares what OCR proposed with
what was typed.

For the benchmark, :func:`scans` draws letters of every request type in Kazakh and Russian
(:func:`typed_letter`: a person, a valid IIN with their birth date, an address, a phone, a
12-digit contract number to mislead, the date in the language's ways, a signature line), each
scanned its own way (:class:`Scan`: PT Serif or a system font with every Kazakh letter, 150, 200
or 300 dpi, up to 2° of rotation, speckles, a round stamp or a hand-written signature over the
last lines, a PNG or a PDF); :func:`scan_bytes` gives the file's bytes.
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


# -- letters of every type, for the benchmark ---------------------------------------------------

# Fonts a person types a letter in, as found on this machine (each has every Kazakh letter).
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
)
KINDS = (
    "consent_withdrawal",
    "claim",
    "access",
    "correction",
    "blocking",
    "destruction",
    "advertising_objection",
)
LANGUAGES = ("kk", "ru")

# (surname, given name, patronymic, sex) as people of Kazakhstan are named
_PEOPLE = (
    ("Сергеева", "Ярослава", "Викторовна", "F"),
    ("Иванов", "Иван", "Петрович", "M"),
    ("Әлібеков", "Нұрлан", "Серікұлы", "M"),
    ("Жақсыбаева", "Гүлнәр", "Маратқызы", "F"),
    ("Омаров", "Тимур", "Асқарұлы", "M"),
    ("Петрова", "Анна", "Сергеевна", "F"),
    ("Қасымов", "Ерлан", "Болатұлы", "M"),
    ("Нұрғалиева", "Әйгерім", "Ержанқызы", "F"),
    ("Ким", "Виктор", "Алексеевич", "M"),
    ("Смағұлов", "Дәурен", "Қайратұлы", "M"),
    ("Кузнецова", "Елена", "Игоревна", "F"),
    ("Бекова", "Айгүл", "Нұрланқызы", "F"),
)
_COMPANIES = ("«Дала Финанс»", "«Астана Телеком»", "«Сапа Сауда»", "«Нұр Медиа»")

# What each kind of letter asks, in Kazakh and in Russian: the heading and the body's lines.
_BODIES = {
    ("consent_withdrawal", "kk"): ("Өтініш", (
        "{company} ЖШС-ға берген дербес деректерімді жинауға және",
        "өңдеуге келісімімді кері қайтарып аламын. Дербес деректерімді",
        "өңдеуді тоқтатуды және бұл туралы маған жазбаша хабарлауды сұраймын.",
    )),
    ("consent_withdrawal", "ru"): ("ЗАЯВЛЕНИЕ", (
        "Настоящим отзываю согласие на сбор и обработку моих персональных",
        "данных, данное ТОО {company}. Прошу прекратить обработку",
        "и письменно сообщить мне об этом.",
    )),
    ("claim", "kk"): ("ШАҒЫМ", (
        "№ {contract} шарт бойынша сіздің компанияңыз менің келісімімсіз",
        "дербес деректерімді үшінші тұлғаларға берді. Дербес деректерімді",
        "заңсыз өңдеуді тоқтатуды талап етемін.",
    )),
    ("claim", "ru"): ("ПРЕТЕНЗИЯ", (
        "По договору № {contract} ваша компания без моего согласия",
        "передала мои персональные данные третьим лицам. Требую прекратить",
        "незаконную обработку и в досудебном порядке ответить на претензию.",
    )),
    ("access", "kk"): ("Өтініш", (
        "{company} ЖШС-да менің қандай дербес деректерім өңделетіні",
        "туралы мәліметтерді беруді және олармен танысуға мүмкіндік",
        "беруді сұраймын.",
    )),
    ("access", "ru"): ("ЗАПРОС", (
        "Прошу предоставить сведения о том, какие мои персональные данные",
        "обрабатывает ТОО {company}, и дать возможность ознакомиться",
        "с ними.",
    )),
    ("correction", "kk"): ("Өтініш", (
        "Менің тегім мен мекенжайым өзгерді. {company} ЖШС-дағы",
        "дербес деректерімді өзгертуді және түзетуді сұраймын.",
        "Жаңа деректердің көшірмесі қоса беріледі.",
    )),
    ("correction", "ru"): ("ЗАЯВЛЕНИЕ", (
        "В связи со сменой фамилии и адреса прошу внести изменения",
        "в мои персональные данные в ТОО {company} и исправить",
        "неверные сведения. Копия документов прилагается.",
    )),
    ("blocking", "kk"): ("Өтініш", (
        "Деректердің дұрыстығы тексерілгенге дейін {company} ЖШС-дағы",
        "дербес деректерімді бұғаттауды сұраймын.",
        "Бұл туралы маған жазбаша хабарлаңыз.",
    )),
    ("blocking", "ru"): ("ЗАЯВЛЕНИЕ", (
        "До проверки достоверности данных прошу заблокировать",
        "мои персональные данные в ТОО {company}",
        "и сообщить мне об этом письменно.",
    )),
    ("destruction", "kk"): ("Өтініш", (
        "{company} ЖШС-мен шартым аяқталды. Менің дербес деректерімді",
        "жоюды және бұл туралы маған жазбаша хабарлауды сұраймын.",
        "Деректер жойылғаны туралы акт жіберіңіз.",
    )),
    ("destruction", "ru"): ("ЗАЯВЛЕНИЕ", (
        "Мой договор с ТОО {company} прекращён. Прошу уничтожить",
        "мои персональные данные и письменно сообщить мне",
        "об этом.",
    )),
    ("advertising_objection", "kk"): ("Өтініш", (
        "{company} ЖШС маған жарнама жібереді. Менің телефоныма",
        "жарнамалық хабарламаларды жіберуді тоқтатуды сұраймын.",
        "Бұған келісім берген жоқпын.",
    )),
    ("advertising_objection", "ru"): ("ЗАЯВЛЕНИЕ", (
        "ТОО {company} присылает мне рекламу. Прошу прекратить",
        "рекламную рассылку на мой телефон и электронную почту.",
        "Согласия на неё я не давал.",
    )),
}  # fmt: skip


def _iin(rng: random.Random, sex: str) -> tuple[str, dt.date]:
    from app.domain.identifiers import make_iin

    born = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randrange(50 * 365))
    return make_iin(born, sex, rng.randrange(10000)), born


def _date_line(date: dt.date, language: str, rng: random.Random) -> str:
    from app.domain import months

    if rng.random() < 0.35:
        return date.strftime("%d.%m.%Y")
    if language == "kk":
        return f"{date.year} жылғы {date.day} {months.KAZAKH[date.month - 1]}"
    return f"{date.day} {months.RUSSIAN_GENITIVE[date.month - 1]} {date.year} г."


def typed_letter(kind: str, language: str, rng: random.Random) -> TypedLetter:
    """A letter of ``kind`` (a RequestType value) in ``language`` from a person drawn by ``rng``:
    who writes, their IIN, address and phone, what they ask, the date and the signature line."""
    surname, given, patronymic, sex = rng.choice(_PEOPLE)
    iin, _born = _iin(rng, sex)
    date = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
    company = rng.choice(_COMPANIES)
    contract = "".join(str(rng.randrange(10)) for _ in range(12))  # 12 digits that are not an IIN
    heading, body = _BODIES[(kind, language)]
    body = tuple(line.format(company=company, contract=contract) for line in body)
    house, flat = rng.randrange(1, 120), rng.randrange(1, 200)
    phone = f"+7 70{rng.randrange(10)} {rng.randrange(100, 1000)} {rng.randrange(10, 100)} 34"
    initials = f"{surname} {given[0]}. {patronymic[0]}."
    if language == "kk":
        lines = (
            f"{company} ЖШС",
            "Бас директорына",
            "",
            heading,
            "",
            f"Мен, {surname} {given} {patronymic}, ЖСН {iin},",
            f"мекенжайым: Алматы қаласы, Абай даңғылы, {house}-үй, {flat}-пәтер,",
            f"телефон: {phone},",
            *body,
            "",
            _date_line(date, language, rng),
            f"Қолы: ____________ {initials}",
        )
    else:
        lines = (
            f"Директору ТОО {company}",
            "",
            heading,
            "",
            f"Я, {surname} {given} {patronymic}, ИИН {iin},",
            f"проживающий по адресу: г. Астана, ул. Кенесары, д. {house}, кв. {flat},",
            f"тел. {phone},",
            *body,
            "",
            _date_line(date, language, rng),
            f"Подпись ____________ / {initials} /",
        )
    return TypedLetter(language, kind, surname, given, patronymic, iin, date, lines)


@dataclass(frozen=True)
class Scan:
    """How a letter reaches the officer: a PDF or a PNG, at a dpi, turned, speckled, in a font,
    with a stamp or a signature over its last lines."""

    letter: TypedLetter
    format: str  # pdf | png
    dpi: int
    angle: float
    noise: float
    font: str  # a TrueType file
    overlay: str  # stamp | signature | none
    seed: int

    @property
    def name(self) -> str:
        return f"{self.letter.type}-{self.letter.language}-{self.seed}.{self.format}"


def scans(count: int, seed: int = 13) -> list[Scan]:
    """``count`` letters, every kind in both languages in turn, each scanned its own way."""
    rng = random.Random(seed)
    fonts = [str(_pt_serif())] + [f for f in SYSTEM_FONTS if Path(f).is_file()]
    out = []
    for i in range(count):
        kind = KINDS[(i // 2) % len(KINDS)]
        language = LANGUAGES[i % 2]
        letter = typed_letter(kind, language, rng)
        out.append(
            Scan(
                letter=letter,
                format="pdf" if rng.random() < 0.3 else "png",
                dpi=rng.choice((150, 200, 300)),
                angle=round(rng.uniform(-2.0, 2.0), 2),
                noise=round(rng.uniform(0.0, 0.006), 4),
                font=rng.choice(fonts),
                overlay=rng.choice(("stamp", "signature", "stamp", "signature", "none")),
                seed=i,
            )
        )
    return out


def _pt_serif() -> Path:
    from app.letters import fonts

    return Path(fonts.__file__).resolve().parents[1] / "resources" / "fonts" / "PTSerif-Regular.ttf"


def _font(path: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "bench-" + Path(path).stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def _stamp(page, x: float, y: float, rng: random.Random) -> None:
    """A round company stamp in blue ink (grey on a greyscale scan), text around its rim."""
    page.saveState()
    page.setStrokeColorRGB(0.25, 0.35, 0.75)
    page.setFillColorRGB(0.25, 0.35, 0.75)
    page.setLineWidth(1.6)
    page.circle(x, y, 46)
    page.circle(x, y, 34)
    page.setFont("Helvetica-Bold", 7)
    page.translate(x, y)
    page.rotate(rng.uniform(0, 360))
    for i, ch in enumerate("* KAZAKHSTAN * ALMATY * STAMP "):
        page.saveState()
        page.rotate(-i * 12)
        page.drawCentredString(0, 38, ch)
        page.restoreState()
    page.restoreState()


def _signature(page, x: float, y: float, rng: random.Random) -> None:
    """A hand-written signature: a few loops of dark ink across the signature line."""
    page.saveState()
    page.setStrokeColorRGB(0.1, 0.1, 0.35)
    page.setLineWidth(1.3)
    path = page.beginPath()
    path.moveTo(x, y)
    for _ in range(5):
        dx = rng.uniform(15, 30)
        path.curveTo(x + dx * 0.3, y + rng.uniform(10, 22), x + dx * 0.7, y - rng.uniform(8, 16),
                     x + dx, y + rng.uniform(-4, 6))  # fmt: skip
        x += dx
    page.drawPath(path, stroke=1, fill=0)
    page.restoreState()


def scan_pdf(scan: Scan) -> bytes:
    """The letter typed in the scan's font, with its stamp or signature drawn over it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(scan.seed)
    font = _font(scan.font)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 72
    for line in scan.letter.lines:
        heading = line.isupper() or line == "Өтініш"
        page.setFont(font, 13 if heading else 12)
        if heading:
            page.drawCentredString(width / 2, y, line)
        else:
            page.drawString(72, y, line)
        y -= 19
    last = y + 19  # the signature line
    if scan.overlay == "stamp":
        _stamp(page, 72 + rng.uniform(150, 300), last + rng.uniform(0, 20), rng)
    elif scan.overlay == "signature":
        _signature(page, 72 + rng.uniform(90, 140), last + 2, rng)
    page.showPage()
    page.save()
    return buffer.getvalue()


def scan_bytes(scan: Scan) -> bytes:
    """The scan as the officer receives it: a PNG scanned at its dpi (turned, speckled), or a
    PDF: the typed one when it is not turned much, else the scanned image in a PDF."""
    pdf = scan_pdf(scan)
    if scan.format == "pdf" and abs(scan.angle) < 0.5:
        return pdf
    image = scanned_image(pdf, dpi=scan.dpi, angle=scan.angle, noise=scan.noise, seed=scan.seed)
    buffer = io.BytesIO()
    if scan.format == "pdf":
        image.save(buffer, format="PDF", resolution=scan.dpi)
    else:
        image.save(buffer, format="PNG", dpi=(scan.dpi, scan.dpi))
    return buffer.getvalue()
