"""The template editor's preview, made on the worker thread: a real request, or the sample case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.errors import DomainError, Problem
from app.letters.templating import TemplateError
from app.services import letters, requests
from app.services.context import Context

UNKNOWN = -1  # no sample has been looked for yet
SAMPLE_CANDIDATES = 40  # requests tried per query before the invented sample case is used
PREVIEW_DELAY_MS = 450  # a pause in typing this long renders the preview


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
    problem: Problem | None = None  # the chosen request cannot have this letter (or is none)
    searched: bool = False  # the sample was looked for (cache it)


def _sample(r) -> SampleCase:
    return SampleCase(r.id, r.reg_number, r.received_date, r.type, r.sender)


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
    this letter suits (the domain's rule of kinds picks them: :func:`letters.sample_requests`);
    else the invented sample case. A broken template comes back as the
    result's ``error``, never raised.
    """

    def result(sample: SampleCase, **kw) -> PreviewResult:
        return PreviewResult(kind, language, source, sample, **kw)

    searched = False
    if number:
        try:
            found = requests.by_number(ctx, number).id
        except DomainError as exc:
            return result(SampleCase(reg_number=number), problem=exc.first)
        candidates = list(letters.briefs(ctx, [found]).values())
    elif known is None:
        candidates = []
    else:
        candidates = []
        if known != UNKNOWN:
            candidates = list(letters.briefs(ctx, [known]).values())  # none: deleted meanwhile
        if not candidates:
            candidates = letters.sample_requests(ctx, kind, language, SAMPLE_CANDIDATES)
            searched = True
    for r in candidates:
        try:
            letter = letters.preview_template(ctx, kind, language, source, r.id)
        except TemplateError as exc:
            return result(_sample(r), error=exc, searched=searched)
        except DomainError as exc:  # this request cannot have this letter
            if number:
                return result(_sample(r), problem=exc.first)
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
