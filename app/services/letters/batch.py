"""One rendered draft per request, for many requests at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from app.domain.errors import DomainError, Problem
from app.letters.document import Letter
from app.services import settings
from app.services.context import Context
from app.services.letters.case import _load_cases
from app.services.letters.compose import letter_of, render
from app.services.letters.languages import check_format, check_kind
from app.services.letters.options import LetterOptions


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


CHUNK = 100  # requests whose cases are read in one session, in a few set-based reads


def prepare_many(
    ctx: Context,
    request_ids: Iterable[int],
    kind: str,
    language: str | None = None,
    options: LetterOptions | None = None,
) -> Iterator[Prepared]:
    """Each request's letter as the case states it, in the order given; a request that cannot
    have this letter yields its problems instead. Needs the database; renders nothing.

    The cases are read a chunk at a time (:data:`CHUNK` requests in one short read, a query per
    table rather than per request), and yielded one by one: a caller that stops early (a
    cancelled batch) reads at most one chunk more than it used."""
    kind_ = check_kind(kind)
    authority = settings.appeal_authority(ctx)
    today = ctx.today()
    ids = iter(request_ids)
    while chunk := list(islice(ids, CHUNK)):
        with ctx.read() as session:
            cases = _load_cases(session, chunk)
        for request_id in chunk:
            case = cases.get(request_id)
            if case is None:
                missing = DomainError.at("request", "letter_request_missing", id=request_id)
                yield Prepared(request_id, "", None, missing.problems)
                continue
            try:
                letter = letter_of(
                    case, kind_, language, options=options, today=today, authority=authority
                )
            except DomainError as exc:
                yield Prepared(request_id, case.request.reg_number, None, exc.problems)
            else:
                yield Prepared(request_id, case.request.reg_number, letter)


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
