"""Reading incoming letters: OCR's words and text (:mod:`.text`) and the proposals drawn from
them (:mod:`.proposals`), field by field (:mod:`.fields`, :mod:`.names`, :mod:`.kinds`).

Plain Python on text: the engine that reads a scan is a service (:mod:`app.services.ocr`).
"""

from app.domain.ocr.proposals import FIELDS, Proposal, Proposals, as_data, propose
from app.domain.ocr.text import Box, Page, Recognition, Word, assemble

__all__ = [
    "FIELDS",
    "Box",
    "Page",
    "Proposal",
    "Proposals",
    "Recognition",
    "Word",
    "as_data",
    "assemble",
    "propose",
]
