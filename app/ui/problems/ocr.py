"""The wording of the codes of OCR (reading a scanned letter)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

OCR: dict[str, str] = {
    # == i13-ocr ==
    "ocr_no_tesseract": QT_TRANSLATE_NOOP(
        "Problems",
        "Scans cannot be read: Tesseract OCR is not installed ({program} cannot be run). "
        "Register the letter by hand, or install Tesseract with the Kazakh and Russian "
        "language data (Windows: the UB-Mannheim installer; Debian/Ubuntu: apt-get install "
        "tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus).",
    ),
    "ocr_no_language": QT_TRANSLATE_NOOP(
        "Problems",
        "Scans cannot be read: Tesseract lacks the language data {missing} (it has "
        "{installed}). Windows: run the UB-Mannheim installer again and tick Kazakh and Russian; "
        "Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus.",
    ),
    "ocr_failed": QT_TRANSLATE_NOOP("Problems", "Tesseract could not read page {page} ({detail})."),
}
