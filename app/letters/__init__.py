"""Letters: templates -> one letter structure -> PDF (reportlab) and DOCX (python-docx).

No Qt and no SQL here: :mod:`app.services.letters` reads the case, fills
:class:`~app.letters.data.TemplateData`, renders the body with a template
(:mod:`~app.letters.templating`), wraps it in a :class:`~app.letters.document.Letter` with the
requisites, and hands that to :func:`~app.letters.pdf.render_pdf` or
:func:`~app.letters.word.render_docx`.

Importing this package is cheap (the command line builds its parser from :data:`KINDS`); the
renderers load reportlab and python-docx when first used.
"""

from app.letters.document import Addressee, Letter, Letterhead, Signature
from app.letters.kinds import KINDS, LETTER_LANGUAGES, Kind

FORMATS = ("pdf", "docx")


def render(letter: Letter, fmt: str) -> bytes:
    """The letter in ``fmt`` (``pdf`` or ``docx``)."""
    if fmt == "pdf":
        from app.letters.pdf import render_pdf

        return render_pdf(letter)
    if fmt == "docx":
        from app.letters.word import render_docx

        return render_docx(letter)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = [
    "FORMATS",
    "KINDS",
    "LETTER_LANGUAGES",
    "Addressee",
    "Kind",
    "Letter",
    "Letterhead",
    "Signature",
    "render",
]
