"""The templates: the shipped ones and the officer's edited copies, and their trial render."""

from __future__ import annotations

from sqlmodel import Session, select

from app.domain.errors import DomainError
from app.letters import templating
from app.letters.document import Addressee, Letter, Letterhead, Signature
from app.letters.kinds import INTERNAL_KINDS, TEMPLATE_LANGUAGES, Kind, kind_label
from app.services import settings
from app.services.context import Context, Writer
from app.services.letters.case import _load_case
from app.services.letters.compose import _body, _check_case, _letter
from app.services.letters.languages import check_kind
from app.services.letters.options import LetterOptions
from app.storage.models import LetterTemplate, utcnow

# --- templates: the shipped ones and the officer's copies ----------------------------------------


def _template_key(kind: str, language: str) -> tuple[str, str]:
    kind_ = check_kind(kind)
    if language not in TEMPLATE_LANGUAGES:
        raise DomainError.at("language", "choice", value=language, choices=list(TEMPLATE_LANGUAGES))
    return kind_.value, language


def _override(session: Session, kind: str, language: str) -> LetterTemplate | None:
    return session.exec(
        select(LetterTemplate).where(
            LetterTemplate.kind == kind, LetterTemplate.language == language
        )
    ).first()


def shipped_template(kind: str, language: str) -> str:
    return templating.shipped_source(*_template_key(kind, language))


def template_source(ctx: Context, kind: str, language: str) -> str:
    """The template in force: the officer's edited copy, or the shipped one."""
    kind, language = _template_key(kind, language)
    with ctx.read() as session:
        row = _override(session, kind, language)
    return row.source if row is not None else templating.shipped_source(kind, language)


def customised_templates(ctx: Context) -> set[tuple[str, str]]:
    """(kind, language) of every template the officer has edited."""
    with ctx.read() as session:
        return {(t.kind, t.language) for t in session.exec(select(LetterTemplate)).all()}


def save_template_in(w: Writer, kind: str, language: str, source: str) -> None:
    """:func:`save_template` inside the caller's writer (``source`` checked already)."""
    row = _override(w.session, kind, language)
    before = row.source if row is not None else None
    if row is None:
        row = LetterTemplate(kind=kind, language=language, source=source, actor=w.actor)
    else:
        row.source, row.actor, row.updated_at = source, w.actor, utcnow()
    w.session.add(row)
    w.session.flush()
    w.audit("letter_template.save", "letter_template", f"{kind}.{language}", before, source)


def save_template(ctx: Context, kind: str, language: str, source: str) -> None:
    """Keep an edited copy after a trial render proves it makes a letter (outside the
    transaction: rendering takes no lock)."""
    kind, language = _template_key(kind, language)
    templating.check(source, kind, language)
    with ctx.write() as w:
        save_template_in(w, kind, language, source)


def reset_template_in(w: Writer, kind: str, language: str) -> bool:
    kind, language = _template_key(kind, language)
    row = _override(w.session, kind, language)
    if row is None:
        return False
    w.session.delete(row)
    w.audit("letter_template.reset", "letter_template", f"{kind}.{language}", row.source, None)
    return True


def reset_template(ctx: Context, kind: str, language: str) -> bool:
    """Back to the shipped template; False when there was no edited copy."""
    _template_key(kind, language)
    with ctx.write() as w:
        return reset_template_in(w, kind, language)


def preview_template(
    ctx: Context, kind: str, language: str, source: str, request_id: int | None = None
) -> Letter:
    """A letter made by an unsaved template: for a request, or for an invented sample case.

    A broken template raises :class:`TemplateError` naming the line, as saving it would.
    """
    kind, language = _template_key(kind, language)
    kind_ = Kind(kind)
    if request_id is None:
        sample = templating.sample_data(kind, language)
        op = sample.operator
        internal = kind_ in INTERNAL_KINDS
        return Letter(
            kind=kind,
            language=language,
            letterhead=Letterhead(
                op.name_kk,
                op.name_ru,
                op.reg_label,
                op.reg_number,
                op.address,
                op.phone,
                op.email,
                op.website,
                language=language,
            ),
            body=templating.render(source, sample),
            out_date=ctx.today(),
            reference_number=sample.request.reg_number,
            reference_date=sample.request.registered,
            addressee=None if internal else Addressee(sample.addressee, sample.subject.address),
            signatures=(Signature("Директор", "А. Б. Басшы"),),
            executor_name="А. Б. Орындаушы",
            executor_phone=op.phone,
            internal=internal,
            title=kind_label(kind, language),
        )
    with ctx.read() as session:
        case = _load_case(session, request_id)
    options = LetterOptions()
    _check_case(case, kind_, language)
    case.overrides[(kind, language)] = source
    authority = settings.appeal_authority(ctx)
    body = _body(case, kind_, language, options, ctx.today(), authority)
    return _letter(case, kind_, language, body, options, None, ctx.today())
