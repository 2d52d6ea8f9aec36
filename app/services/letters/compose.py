"""A letter of a kind for a request: checked against the case, written by the template, wrapped
with the requisites; and what still stops it being finalised."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from app import letters as render_lib
from app.domain import operator_input
from app.domain.errors import Problem, raise_if
from app.domain.letter_rules import finalise_problems, kind_problems
from app.letters import markup, templating, wording
from app.letters.document import Addressee, Letter, Letterhead, Signature
from app.letters.kinds import (
    BILINGUAL,
    INTERNAL_KINDS,
    Kind,
    kind_label,
)
from app.letters.templating import TemplateError
from app.services import settings
from app.services.context import Context
from app.services.letters.case import (
    _Case,
    _load_case,
    _template_data,
    addressee_name,
    facts_in,
)
from app.services.letters.languages import check_format, check_kind, check_language
from app.services.letters.options import LetterOptions
from app.storage.models import Operator, Request


def _check_case(case: _Case, kind: Kind, language: str) -> None:
    """What makes a letter of this kind meaningless for this request: the domain's rule of
    kinds (:mod:`app.domain.letter_rules`), which asks the withdrawal's workflow what a
    deregistration, an act or a refusal may state, in the letter's language."""
    raise_if(kind_problems(kind, case.facts, language))
    # the profile's halves the letter prints (an internal act: the head, not the signatory)
    printed = ("address",) if kind in INTERNAL_KINDS else operator_input.PAIRS
    raise_if(operator_input.letter_problems(case.operator, language, printed))


def _body(case: _Case, kind: Kind, lang: str, options, today, authority) -> str:
    parts = []
    for template_lang in ("kk", "ru") if lang == BILINGUAL else (lang,):
        source = case.overrides.get((kind.value, template_lang)) or templating.shipped_source(
            kind.value, template_lang
        )
        data = _template_data(case, kind, template_lang, options, today, authority[template_lang])
        try:
            parts.append(templating.render(source, data))
        except TemplateError as exc:
            raise exc.of(kind.value, template_lang) from None
    return "\n---\n\n".join(parts)


def _letter(
    case: _Case,
    kind: Kind,
    lang: str,
    body: str,
    options: LetterOptions,
    out_number: str | None,
    out_date: dt.date | None,
) -> Letter:
    op = case.operator
    r = case.request

    def pick(kk: str, ru: str) -> str:
        return {"kk": kk, "ru": ru}.get(lang) or wording.both(kk, ru)

    position = pick(op.signatory_position_kk, op.signatory_position_ru)
    internal = kind in INTERNAL_KINDS
    number = f" № {out_number}" if out_number else ""
    common = dict(
        kind=kind.value,
        language=lang,
        letterhead=Letterhead(
            name_kk=op.name_kk,
            name_ru=op.name_ru,
            reg_label=wording.reg_label(op.reg_kind, lang),
            reg_number=op.reg_number,
            address=op.address_kk if lang == BILINGUAL else op.address_in(lang),
            phone=op.phone,
            email=op.email,
            website=op.website,
            language=lang,
            address_ru=op.address_ru if lang == BILINGUAL else "",
        ),
        body=body,
        out_number=out_number,
        out_date=out_date,
        attachments=tuple(options.attachments),
        internal=internal,
        title=f"{kind_label(kind, lang)}{number}",
    )
    if internal:
        act = case.workflow.act if case.workflow is not None else None
        approver, members = (act.approver, act.members) if act is not None else (None, ())
        return Letter(
            **common,
            reference_number=r.reg_number,
            reference_date=r.registered_date,
            approval=Signature(pick(approver.position.kk, approver.position.ru), approver.name)
            if approver is not None
            else None,
            signatures=tuple(
                Signature(pick(m.position.kk, m.position.ru), m.name)
                for m in members
                if m.name.strip()
            ),
        )
    address = r.sender_address or (case.subject.address if case.subject else "")
    return Letter(
        **common,
        reference_number=r.reg_number,
        reference_date=r.registered_date,
        addressee=Addressee(addressee_name(case, lang), address),
        signatures=(Signature(position, op.signatory_name),),
        executor_name=op.executor_name,
        executor_phone=op.executor_phone,
    )


def build(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None = None,
    *,
    body: str | None = None,
    options: LetterOptions | None = None,
    out_number: str | None = None,
    out_date: dt.date | None = None,
) -> Letter:
    """The letter of ``kind`` for a request, ready to render.

    ``body`` is the officer's edited text; without it the effective template writes it.
    Without ``out_number`` the letter is a draft dated today.
    """
    kind_ = check_kind(kind)
    authority = settings.appeal_authority(ctx)
    with ctx.read() as session:
        case = _load_case(session, request_id)
    return letter_of(
        case,
        kind_,
        language,
        options=options,
        today=ctx.today(),
        authority=authority,
        body=body,
        out_number=out_number,
        out_date=out_date,
    )


def letter_of(
    case: _Case,
    kind_: Kind,
    language: str | None,
    *,
    options: LetterOptions | None,
    today: dt.date,
    authority: dict[str, str],
    body: str | None = None,
    out_number: str | None = None,
    out_date: dt.date | None = None,
) -> Letter:
    """:func:`build`'s letter from a case already read (a batch reads many at once)."""
    options = options or LetterOptions()
    raise_if(kind_problems(kind_, case.facts))  # the kind first, then its language's halves
    language = check_language(case.request, kind_.value, language)
    _check_case(case, kind_, language)
    if body is None:
        body = _body(case, kind_, language, options, today, authority)
    return _letter(case, kind_, language, body, options, out_number, out_date or today)


def draft_body(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None = None,
    options: LetterOptions | None = None,
) -> str:
    """The body the template writes: what the officer starts editing from."""
    return build(ctx, request_id, kind, language, options=options).body


def render(letter: Letter, fmt: str) -> bytes:
    """The letter as ``pdf`` or ``docx`` bytes."""
    return render_lib.render(letter, check_format(fmt))


def problems_in(
    session: Session, letter: Letter, request_id: int, options: LetterOptions | None = None
) -> list[Problem]:
    """Why ``letter`` may not be finalised yet, read in ``session``; empty when it may."""
    options = options or LetterOptions()
    facts = facts_in(session, request_id)
    operator = session.get(Operator, session.get(Request, request_id).operator_id)
    return finalise_problems(
        letter.kind,
        facts,
        blanks=markup.blanks(letter.body),
        has_text=bool(markup.parse(letter.body)),
        signatory=operator.signatory_name,
        stop_clock=options.stop_clock,
        language=letter.language,
    )


def problems(
    ctx: Context, letter: Letter, request_id: int, options: LetterOptions | None = None
) -> list[Problem]:
    """Why ``letter`` may not be finalised yet (coded problems); empty when it may."""
    with ctx.read() as session:
        return problems_in(session, letter, request_id, options)
