"""One rendered draft per request, for many requests at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.domain.errors import DomainError, Problem
from app.letters.document import Letter
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


@dataclass(frozen=True)
class Prepared:
    """A request's letter built from the case (the database half), not rendered yet."""

    request_id: int
    reg_number: str
    letter: Letter | None
    problems: tuple[Problem, ...] = ()


def prepare_many(
    ctx: Context,
    request_ids: Iterable[int],
    kind: str,
    language: str | None = None,
    options: LetterOptions | None = None,
) -> Iterator[Prepared]:
    """Each request's letter as the case states it, as they are read; a request that cannot
    have this letter yields its problems instead. Needs the database; renders nothing."""
    check_kind(kind)
    for request_id in request_ids:
        try:
            letter, found = build(ctx, request_id, kind, language, options=options), ()
        except DomainError as exc:
            letter, found = None, exc.problems
        with ctx.read() as session:
            request = session.get(Request, request_id)
        yield Prepared(request_id, request.reg_number if request else "", letter, found)


def render_prepared(item: Prepared, fmt: str) -> BatchItem:
    """The pure half: the prepared letter in ``fmt`` (no database: it runs on the pool)."""
    if item.letter is None:
        return BatchItem(item.request_id, item.reg_number, None, item.problems)
    try:
        return BatchItem(item.request_id, item.reg_number, render(item.letter, fmt))
    except DomainError as exc:
        return BatchItem(item.request_id, item.reg_number, None, exc.problems)


def render_many(
    ctx: Context,
    request_ids: Iterable[int],
    kind: str,
    fmt: str,
    language: str | None = None,
    options: LetterOptions | None = None,
) -> Iterator[BatchItem]:
    """Both halves, one request after the other (the command line, and tests)."""
    check_kind(kind)
    check_format(fmt)
    for item in prepare_many(ctx, request_ids, kind, language, options):
        yield render_prepared(item, fmt)
