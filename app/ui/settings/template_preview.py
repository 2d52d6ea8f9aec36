"""The template editor's preview, made on the worker thread: a real request, or the sample case."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import DomainError
from app.domain.requests import RequestType
from app.letters.kinds import Kind
from app.letters.templating import TemplateError
from app.services import letters, register, requests
from app.services.context import Context
from app.storage.queries import RequestFilter

_CTX = "TemplatesPage"
KIND_NAMES = {
    Kind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("TemplatesPage", "Acknowledgement of receipt"),
    Kind.DEREGISTRATION: QT_TRANSLATE_NOOP("TemplatesPage", "Deregistration confirmation"),
    Kind.CLAIM_RESPONSE: QT_TRANSLATE_NOOP("TemplatesPage", "Response to a claim"),
    Kind.REFUSAL: QT_TRANSLATE_NOOP("TemplatesPage", "Reasoned refusal"),
    Kind.CLARIFICATION: QT_TRANSLATE_NOOP("TemplatesPage", "Request for clarification"),
    Kind.ACCESS: QT_TRANSLATE_NOOP("TemplatesPage", "Access response"),
    Kind.EXTENSION: QT_TRANSLATE_NOOP("TemplatesPage", "Extension notice"),
    Kind.DESTRUCTION_ACT: QT_TRANSLATE_NOOP("TemplatesPage", "Destruction act (internal)"),
}

# Which requests make a telling sample for each kind (the latest of these types first; any
# request after them). Whether a request may have the letter is the service's to say.
SAMPLE_TYPES: dict[Kind, tuple[str, ...]] = {
    Kind.DEREGISTRATION: (RequestType.CONSENT_WITHDRAWAL, RequestType.DESTRUCTION),
    Kind.CLAIM_RESPONSE: (RequestType.CLAIM,),
    Kind.REFUSAL: (RequestType.CONSENT_WITHDRAWAL,),
    Kind.ACCESS: (RequestType.ACCESS,),
    Kind.DESTRUCTION_ACT: (RequestType.DESTRUCTION, RequestType.CONSENT_WITHDRAWAL),
}
UNKNOWN = -1  # no sample has been looked for yet
SAMPLE_CANDIDATES = 40  # requests tried per query before the invented sample case is used
PREVIEW_DELAY_MS = 450  # a pause in typing this long renders the preview


def kind_name(kind: str) -> str:
    return QCoreApplication.translate(_CTX, KIND_NAMES[Kind(kind)])


# -- the preview, made on the worker thread -------------------------------------------------------


@dataclass(frozen=True)
class SampleCase:
    """The request a preview was made for; ``request_id`` None: the invented sample case."""

    request_id: int | None = None
    reg_number: str = ""
    received: dt.date | None = None
    type: str = ""
    sender: str = ""


@dataclass(frozen=True)
class PreviewResult:
    kind: str
    language: str
    source: str
    sample: SampleCase
    pdf: bytes | None = None
    error: TemplateError | None = None  # the template cannot make the letter
    problem: str = ""  # the chosen request cannot have this letter (or does not exist)
    searched: bool = False  # the sample was looked for (cache it)


def _sample(r) -> SampleCase:
    return SampleCase(r.id, r.reg_number, r.received_date, r.type, r.sender)


def _candidates(ctx: Context, kind: str, language: str) -> list:
    """Recent requests to try, the types that suit the kind first, the template's language
    before the other one within each group."""
    found: list = []
    seen: set[int] = set()
    preferred = SAMPLE_TYPES.get(Kind(kind), ())
    for types in (preferred, ()) if preferred else ((),):
        f = RequestFilter(types=tuple(types), sort="received_date", descending=True)
        batch = [
            r for r in register.list_requests(ctx, f, limit=SAMPLE_CANDIDATES) if r.id not in seen
        ]
        batch.sort(key=lambda r: r.language != language)  # stable: recency kept
        seen.update(r.id for r in batch)
        found.extend(batch)
    return found


def make_preview(
    ctx: Context,
    kind: str,
    language: str,
    source: str,
    number: str = "",
    known: int | None = UNKNOWN,
) -> PreviewResult:
    """Render ``source`` for a request (on the worker thread).

    The request is the one numbered ``number`` when the officer named one; else ``known``, the
    sample found before (None: none suits, use the invented case); else the latest request
    this letter suits; else the invented sample case. A broken template comes back as the
    result's ``error``, never raised.
    """

    def result(sample: SampleCase, **kw) -> PreviewResult:
        return PreviewResult(kind, language, source, sample, **kw)

    searched = False
    if number:
        try:
            candidates = [requests.by_number(ctx, number)]
        except DomainError as exc:
            return result(SampleCase(reg_number=number), problem=exc.reason)
    elif known is None:
        candidates = []
    else:
        candidates = []
        if known != UNKNOWN:
            with contextlib.suppress(DomainError):  # deleted meanwhile: look again
                candidates = [requests.get(ctx, known)]
        if not candidates:
            candidates, searched = _candidates(ctx, kind, language), True
    for r in candidates:
        try:
            letter = letters.preview_template(ctx, kind, language, source, r.id)
        except TemplateError as exc:
            return result(_sample(r), error=exc, searched=searched)
        except DomainError as exc:  # this request cannot have this letter
            if number:
                return result(_sample(r), problem=exc.reason)
            if not searched:  # the sample found before no longer suits: look again
                return make_preview(ctx, kind, language, source)
            continue
        return result(_sample(r), pdf=letters.render(letter, "pdf"), searched=searched)
    invented = SampleCase()
    try:
        letter = letters.preview_template(ctx, kind, language, source)
    except TemplateError as exc:
        return result(invented, error=exc, searched=searched)
    return result(invented, pdf=letters.render(letter, "pdf"), searched=searched)
