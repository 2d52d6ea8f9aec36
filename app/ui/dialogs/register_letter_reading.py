"""One scan of Register a letter read on the pool: Tesseract's reading (text, proposals) and its
pages rendered small for the preview. Pure work, no widget: :class:`ScanReader` runs it and keeps
what it returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.ocr import Proposals
from app.services import ocr
from app.ui.dialogs.register_letter_preview import PageImage, page_images
from app.ui.operations import Cancelled, Progress


@dataclass
class ScanRead:
    """A scan read: its name, its text, what it proposes and its small pages."""

    name: str
    text: str
    proposals: Proposals
    pages: list[PageImage]


def read_scan(
    data: bytes, today: dt.date, progress: Progress
) -> tuple[ocr.Reading, list[PageImage]]:
    """On the pool: read the scan, and render its pages small for the preview."""
    try:
        reading = ocr.read_letter(
            data,
            today,
            progress=lambda done, total: progress.report(done, total),
            cancelled=lambda: progress.cancelled,
        )
    except ocr.Cancelled as exc:
        raise Cancelled() from exc
    return reading, page_images(data, reading.recognition.pages)
