"""Reading a scanned letter: Tesseract (through :mod:`pytesseract`) in Kazakh, Russian and English.

:func:`recognise` takes a scan as the officer adds it (a path or its bytes: PDF pages, PNG,
JPEG, TIFF with all its frames), renders PDF pages with :mod:`pypdfium2`, straightens each page
with Pillow and reads it with ``tesseract -l kaz+rus+eng``. It is written for a worker thread:
``progress(done, total)`` is called before each page and at the end, ``cancelled()`` is asked
before each page (a page takes a few seconds) and stops the work with :class:`Cancelled`. It
returns a :class:`~app.domain.ocr.Recognition`: the text, each word with its box and confidence,
the pages and the seconds taken. A box is in pixels of the page as scanned (a PDF page rendered
at :data:`PDF_DPI`, an image in its own pixels; divide by the page's ``dpi`` for inches), however
the page was straightened, so the window can highlight it on the scan it shows. :func:`read_letter` adds the proposals of
:func:`app.domain.ocr.propose`.

Expected failures are coded problems (:class:`DomainError`), never tracebacks:

* the scan: ``file_empty``, ``file_too_large``, ``not_a_scan``, ``scan_damaged`` (the rules of
  :func:`app.services.attachments.sniff`, so a scan OCR refuses is one registration refuses);
* the engine: ``ocr_no_tesseract`` (no program at the path, with how to install it on Debian and
  Windows), ``ocr_no_language`` (a language pack missing), ``ocr_failed`` (it ran and failed).

:func:`availability` says up front whether OCR can run, so the window can say once what is
missing and register letters by hand as before. The program is the one given, else
``DERBES_TESSERACT``, else ``tesseract`` on the PATH, else where the Windows installer puts it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.domain.errors import DomainError, Problem, problem
from app.domain.identifiers import number_problem
from app.domain.ocr import Box, Page, Proposals, Recognition, Word, assemble, propose

LANGUAGES = ("kaz", "rus", "eng")
PDF_DPI = 300  # PDF pages are rendered at this resolution
DEFAULT_DPI = 200  # an image that does not say its resolution is taken as a 200-dpi scan
MAX_SKEW = 5  # degrees searched when straightening a page: each degree, then quarters
_SKEW_STEP = 0.25
_SKEW_MIN = 0.3  # a page turned by less is left as it is (Tesseract reads it as well)
_WINDOWS_PLACES = (
    ("ProgramFiles", "Tesseract-OCR"),
    ("ProgramFiles(x86)", "Tesseract-OCR"),
    ("LOCALAPPDATA", "Programs\\Tesseract-OCR"),
)
# pytesseract reads the program's path from a module variable: one call at a time sets it.
_ENGINE = threading.Lock()

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The caller cancelled the recognition (``cancelled()`` answered True)."""


@dataclass(frozen=True)
class Reading:
    """A scan read and what it proposes."""

    recognition: Recognition
    proposals: Proposals


def find_tesseract(program: str | os.PathLike | None = None) -> str:
    """The Tesseract program to run: ``program``, ``DERBES_TESSERACT``, the PATH's, or the
    Windows installer's place; ``"tesseract"`` when none is found (running it says so)."""
    if program:
        return str(program)
    configured = os.environ.get("DERBES_TESSERACT", "").strip()
    if configured:
        return configured
    found = shutil.which("tesseract")
    if found:
        return found
    for variable, folder in _WINDOWS_PLACES:
        base = os.environ.get(variable)
        if base and (Path(base) / folder / "tesseract.exe").is_file():
            return str(Path(base) / folder / "tesseract.exe")
    return "tesseract"


def _missing_program(program: str) -> Problem:
    return problem("", "ocr_no_tesseract", program=program)


_FOUND: set[tuple[str, tuple[str, ...]]] = set()  # (program, languages) seen ready


def availability(program: str | os.PathLike | None = None, languages=LANGUAGES) -> Problem | None:
    """Why OCR cannot run here (``ocr_no_tesseract``, ``ocr_no_language``), or ``None``.

    A program found with its languages is asked once per process (``tesseract --list-langs``
    costs a start of Tesseract); one found missing is asked again, so that installing it
    while Derbes runs is seen at the next scan."""
    import pytesseract

    cmd = find_tesseract(program)
    if (str(cmd), tuple(languages)) in _FOUND:
        return None
    with _ENGINE:
        pytesseract.pytesseract.tesseract_cmd = cmd
        try:
            installed = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractNotFoundError, OSError):
            return _missing_program(cmd)
    missing = [code for code in languages if code not in installed]
    if missing:
        return problem(
            "",
            "ocr_no_language",
            missing=", ".join(missing),
            installed=", ".join(sorted(installed)) or "none",
        )
    _FOUND.add((str(cmd), tuple(languages)))
    return None


def _data(source: str | os.PathLike | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        return bytes(source), "the scan"
    from app.services.errors import FileProblem

    path = Path(source).expanduser()
    try:
        return path.read_bytes(), path.name
    except OSError as exc:
        raise FileProblem.from_os_error(exc, path) from exc


def _damaged(name: str, kind: str, exc: Exception) -> DomainError:
    return DomainError.at("file", "scan_damaged", name=name, kind=kind, detail=str(exc) or "?")


def _unreadable() -> tuple[type[BaseException], ...]:
    """What pdfium and Pillow raise for a file they cannot decode."""
    import pypdfium2 as pdfium
    from PIL import Image

    return (
        pdfium.PdfiumError,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        Image.DecompressionBombError,
    )


class _Scan:
    """The pages of a scan, decoded one at a time (a long PDF is never held whole as images):
    ``len()`` pages, :meth:`page` gives one as a greyscale Pillow image with its resolution."""

    def __init__(self, data: bytes, mime: str, name: str):
        self.name, self.pdf = name, mime == "application/pdf"
        self.kind = "PDF" if self.pdf else mime.split("/")[-1].upper()
        try:
            if self.pdf:
                import pypdfium2 as pdfium

                self.source = pdfium.PdfDocument(data)
                self.count = len(self.source)
            else:
                from PIL import Image

                self.source = Image.open(io.BytesIO(data))
                self.count = getattr(self.source, "n_frames", 1)
        except _unreadable() as exc:
            raise _damaged(name, self.kind, exc) from exc

    def __len__(self) -> int:
        return self.count

    def page(self, index: int):
        from PIL import ImageOps

        try:
            if self.pdf:
                bitmap = self.source[index].render(scale=PDF_DPI / 72, grayscale=True)
                return bitmap.to_pil().convert("L"), PDF_DPI
            self.source.seek(index)
            frame = ImageOps.exif_transpose(self.source.copy()).convert("L")
            dpi = float(self.source.info.get("dpi", (DEFAULT_DPI,))[0] or 0)
            return frame, int(round(dpi)) if 70 <= dpi <= 1200 else DEFAULT_DPI
        except _unreadable() as exc:
            raise _damaged(self.name, self.kind, exc) from exc

    def close(self) -> None:
        self.source.close()


def skew(image) -> float:
    """The angle (degrees, counter-clockwise) the page's lines are turned by, found where the
    rows of a small dark-on-light copy are the most uneven (lines of text against the gaps)."""
    from PIL import Image, ImageOps

    small = image.convert("L")
    small = ImageOps.autocontrast(small.resize(_fit(small.size, 900), Image.Resampling.BOX))
    ink = small.point(lambda v: 255 if v < 128 else 0)  # ink white on black: rotation adds black

    def unevenness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        mean = sum(rows) / len(rows)
        return sum((r - mean) ** 2 for r in rows)

    coarse = max((float(a) for a in range(-int(MAX_SKEW), int(MAX_SKEW) + 1)), key=unevenness)
    fine = [coarse + i * _SKEW_STEP for i in range(-3, 4) if i]  # 0.25° steps around it
    return -max([coarse, *fine], key=unevenness)


def _fit(size: tuple[int, int], most: int) -> tuple[int, int]:
    scale = min(1.0, most / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _image_file(image) -> str:
    """``image`` written where tesseract reads it, uncompressed (PGM): pytesseract's own PNG
    would cost a page as much CPU as a quarter of its reading."""
    import tempfile

    handle, path = tempfile.mkstemp(prefix="derbes-ocr-", suffix=".pgm")
    with os.fdopen(handle, "wb") as out:
        image.convert("L").save(out, format="PPM")
    return path


def straighten(image) -> tuple[object, float]:
    """The page turned back by its :func:`skew` (when that is worth it) and the angle."""
    from PIL import Image

    angle = skew(image)
    if abs(angle) < _SKEW_MIN:
        return image, 0.0
    turned = image.rotate(-angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    return turned, angle


def _unturn(box: Box, angle: float, original, straight) -> Box:
    """``box`` on the straightened page, as a box on the page as scanned (which
    :func:`straighten` turned by ``-angle`` degrees about its centre, growing the canvas)."""
    t = math.radians(angle)
    cos, sin = math.cos(t), math.sin(t)
    xs, ys = [], []
    for x in (box.left, box.left + box.width):
        for y in (box.top, box.top + box.height):
            dx, dy = x - straight.width / 2, y - straight.height / 2
            xs.append(dx * cos + dy * sin + original.width / 2)
            ys.append(-dx * sin + dy * cos + original.height / 2)
    left, top = max(0, round(min(xs))), max(0, round(min(ys)))
    return Box(left, top, round(max(xs)) - left, round(max(ys)) - top)


def _read_page(image, dpi: int, number: int, cmd: str, lang: str) -> list[Word]:
    import pytesseract

    path = _image_file(image)
    with _ENGINE:
        pytesseract.pytesseract.tesseract_cmd = cmd
        try:
            data = pytesseract.image_to_data(
                path,
                lang=lang,
                config=f"--psm 3 --dpi {dpi}",
                output_type=pytesseract.Output.DICT,
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise DomainError(_missing_program(cmd)) from exc
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            raise DomainError.at("", "ocr_failed", page=number + 1, detail=str(exc)) from exc
        finally:
            os.unlink(path)
    words = []
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if int(data["level"][i]) != 5 or not text.strip() or confidence < 0:
            continue
        words.append(
            Word(
                text=text,
                page=number,
                box=Box(data["left"][i], data["top"][i], data["width"][i], data["height"][i]),
                confidence=round(confidence / 100, 3),
                line=(data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            )
        )
    return words


_DIGITS_RUN = re.compile(r"(?<![\d])(\d(?:[ \u00a0]?\d){11})(?![\d])")  # as fields._IIN


def _digit_box(word: Word) -> Box:
    """The part of ``word``'s box its digits take (a comma after them is not read again)."""
    text = word.text
    lead = next((i for i, ch in enumerate(text) if ch.isdigit()), 0)
    trail = next((i for i, ch in enumerate(reversed(text)) if ch.isdigit()), 0)
    per = word.box.width / max(1, len(text))
    left = word.box.left + round(lead * per)
    return Box(left, word.box.top, max(1, word.box.width - round((lead + trail) * per)),
               word.box.height)  # fmt: skip


def _digits_alone(image, box: tuple[int, int, int, int], dpi: int, cmd: str, scale: float,
                  binary: bool) -> str:  # fmt: skip
    """The digits tesseract reads in ``box`` of the page, enlarged by ``scale`` (and made black
    and white when ``binary``), on its own line with only digits allowed."""
    import pytesseract
    from PIL import Image, ImageOps

    crop = image.crop(box)
    crop = crop.resize((round(crop.width * scale), round(crop.height * scale)),
                       Image.Resampling.LANCZOS)  # fmt: skip
    crop = ImageOps.autocontrast(crop)
    if binary:
        crop = crop.point(lambda v: 0 if v < 150 else 255)
    path = _image_file(ImageOps.expand(crop, border=12, fill=255))
    with _ENGINE:
        pytesseract.pytesseract.tesseract_cmd = cmd
        try:
            return re.sub(r"\D", "", pytesseract.image_to_string(
                path,
                lang="eng",
                config=f"--psm 7 --dpi {round(dpi * scale)} -c tessedit_char_whitelist=0123456789",
            ))  # fmt: skip
        except (pytesseract.TesseractError, RuntimeError, OSError):
            return ""
        finally:
            os.unlink(path)


def _second_readings(image, words: list[Word], dpi: int, cmd: str):
    """Each 12-digit number of the page read again on its own, digits only, from the page
    enlarged: another look than the page's, for the IIN's 11th digit, which its check digit
    cannot guard, must read the same twice. When that second reading differs from the first
    (or the first fails the check), a third, larger and black and white, may settle it. The
    number as first read, with the further readings."""
    lines: dict[tuple, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    out = []
    for line in lines.values():
        line.sort(key=lambda w: w.box.left)
        joined, spans = "", []
        for word in line:
            joined += " " if joined else ""
            spans.append((len(joined), len(joined) + len(word.text), word))
            joined += word.text
        for match in _DIGITS_RUN.finditer(joined):
            inside = [w for a, b, w in spans if a < match.end(1) and b > match.start(1)]
            boxes = [_digit_box(w) for w in inside]
            pad = max(4, round(max(b.height for b in boxes) * 0.3))
            box = (
                max(0, min(b.left for b in boxes) - pad),
                max(0, min(b.top for b in boxes) - pad),
                min(image.width, max(b.left + b.width for b in boxes) + pad),
                min(image.height, max(b.top + b.height for b in boxes) + pad),
            )
            first = re.sub(r"\s", "", match.group(1))
            scale = 2 if dpi < 250 else 1.5
            readings = [_twelve(_digits_alone(image, box, dpi, cmd, scale, False), first)]
            if readings[0] != first or number_problem(first) is not None:
                again = _digits_alone(image, box, dpi, cmd, scale * 1.5, True)
                readings.append(_twelve(again, first))
            out.append((first, tuple(readings)))
    return out


def _twelve(again: str, first: str) -> str:
    """The second reading cut to 12 digits when the crop caught a stroke beside the number (a
    colon read as «1»): the first or the last twelve, whichever alone passes the check digit
    (or is the first reading); as read otherwise (it then agrees with nothing)."""
    if len(again) <= 12:
        return again
    ends = {again[:12], again[-12:]}
    if first in ends:
        return first
    passing = [e for e in ends if number_problem(e) is None]
    return passing[0] if len(passing) == 1 else again


def recognise(
    source: str | os.PathLike | bytes,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
    tesseract: str | os.PathLike | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> Recognition:
    """Read every page of the scan (see the module's docstring for what it raises)."""
    from app.services.attachments import sniff

    started = time.perf_counter()
    data, name = _data(source)
    mime = sniff(data, name)
    cmd = find_tesseract(tesseract)
    missing = availability(cmd, languages)
    if missing is not None:
        raise DomainError(missing)
    # Tesseract's own threads only fight each other on a busy machine: one per page is faster.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scan = _Scan(data, mime, name)
    words: list[Word] = []
    pages: list[Page] = []
    second: list[tuple[str, tuple[str, ...]]] = []
    try:
        for number in range(len(scan)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(number, len(scan))
            page_started = time.perf_counter()
            image, dpi = scan.page(number)
            straight, angle = straighten(image)
            read = _read_page(straight, dpi, number, cmd, "+".join(languages))
            second.extend(_second_readings(straight, read, dpi, cmd))
            if angle:
                read = [replace(w, box=_unturn(w.box, angle, image, straight)) for w in read]
            words.extend(read)
            pages.append(
                Page(
                    number=number,
                    width=image.width,
                    height=image.height,
                    dpi=dpi,
                    angle=angle,
                    seconds=round(time.perf_counter() - page_started, 3),
                )
            )
    finally:
        scan.close()
    if progress is not None:
        progress(len(pages), len(pages))
    text, placed = assemble(words)
    return Recognition(
        text=text,
        words=placed,
        pages=tuple(pages),
        seconds=round(time.perf_counter() - started, 3),
        languages="+".join(languages),
        second=tuple(second),
    )


def read_letter(
    source: str | os.PathLike | bytes, today: dt.date | None = None, **options
) -> Reading:
    """:func:`recognise` the scan and :func:`~app.domain.ocr.propose` its fields."""
    recognition = recognise(source, **options)
    proposals = propose(
        recognition.text, today or dt.date.today(), recognition.words, dict(recognition.second)
    )
    return Reading(recognition, proposals)
