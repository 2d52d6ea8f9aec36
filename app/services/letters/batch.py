"""One rendered draft per request, for many requests at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.domain.errors import DomainError, Problem
from app.services.context import Context
from app.services.letters.compose import build, render
from app.services.letters.languages import check_format, check_kind
from app.services.letters.options import LetterOptions
from app.storage.models import Request


@dataclass(frozen=True)
class BatchItem:
    request_id: int
    reg_number: str
    data: bytes | None
    problems: tuple[Problem, ...] = ()  # why this request cannot have the letter

    @property
    def error(self) -> str | None:
        """The English reason (for a log or the command line), None when it was made."""
        return str(DomainError(*self.problems)) if self.problems else None


def render_many(
    ctx: Context,
    request_ids: Iterable[int],
    kind: str,
    fmt: str,
    language: str | None = None,
    options: LetterOptions | None = None,
) -> Iterator[BatchItem]:
    """One rendered draft per request, as they are made (a worker reports progress and may
    stop between items); a request that cannot have this letter yields its error instead."""
    check_kind(kind)
    check_format(fmt)
    for request_id in request_ids:
        try:
            letter = build(ctx, request_id, kind, language, options=options)
            data, found = render(letter, fmt), ()
        except DomainError as exc:
            data, found = None, exc.problems
        with ctx.read() as session:
            request = session.get(Request, request_id)
        yield BatchItem(request_id, request.reg_number if request else "", data, found)
