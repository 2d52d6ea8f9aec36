"""Answers to requests: build a letter, render it, keep drafts, finalise it, and the templates.

A letter is built from a request (by id), a kind and a language: the service reads the case, fills
the template's data in that language, renders the body from the effective template (the
officer's edited copy, or the shipped one), and wraps it with the requisites into one
:class:`app.letters.Letter`, which renders to PDF or DOCX.

Rules (the domain of letters; templates only say how a letter reads):

* Language (Law on Languages, art. 11): Kazakh always; Russian when the incoming letter is in
  Russian; bilingual (kk + ru) always. The default is the incoming letter's language, ``other``
  → Kazakh. An internal act may be in either language.
* ``access``, ``deregistration`` and ``destruction-act`` speak of the subject's record: the
  request must be linked to a subject. ``deregistration`` answers a consent withdrawal or a
  destruction request. ``extension`` needs a recorded extension. ``refusal`` needs its ground
  (Law 94-V art. 8(2): ``law`` or ``obligation``).
* Finalising allocates the next number of the operator's outgoing series (gapless per operator
  and year, the same series for letters and acts, because a letter row is numbered per operator
  and year), renders the final PDF and stores it with its SHA-256 and an audit entry in one
  transaction. It is refused while the body has blanks (``[[…]]``), when the operator profile
  names no signatory, and for a deregistration of an unsigned withdrawal (SPEC: a withdrawal
  must be a signed written statement).
* A finalised letter is never changed or deleted; a correction is a new letter.
* Finalising a ``clarification`` stops the clock with :func:`app.services.requests.stop_clock`.
  That function owns its own transaction, so the stop is a second transaction right after the
  letter's: the transition is checked before anything is written, and should the stop still fail
  (another officer changed the request in between), the letter stays finalised and
  :class:`Finalised` says why the clock was not stopped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app import letters as render_lib
from app.domain.deadlines import ClockStop, Extension, compute_deadline
from app.domain.errors import DomainError
from app.domain.numbering import format_number
from app.domain.requests import TYPE_LABELS, RequestType, Status, check_transition
from app.letters import markup, templating, wording
from app.letters.data import (
    ConsentData,
    ConsentDocumentData,
    Disposal,
    ExtensionData,
    OperatorData,
    RequestData,
    SubjectData,
    TemplateData,
    ground_text,
    localise_disposal,
)
from app.letters.document import Addressee, Letter, Letterhead, Signature
from app.letters.kinds import (
    BILINGUAL,
    INTERNAL_KINDS,
    KINDS,
    LETTER_LANGUAGES,
    REQUIRES_SUBJECT,
    TEMPLATE_LANGUAGES,
    Ground,
    Kind,
    Outcome,
    kind_label,
)
from app.letters.pdf import render_pdf
from app.letters.templating import TemplateError
from app.services import deadlines, requests, settings
from app.services.context import Context
from app.storage import numbering
from app.storage.models import (
    Attachment,
    ClockStopRow,
    Consent,
    ConsentDocument,
    ExtensionRow,
    LetterTemplate,
    Operator,
    Request,
    Subject,
    utcnow,
)
from app.storage.models import Letter as LetterRow

FORMATS = render_lib.FORMATS
OUTGOING_SERIES = "outgoing"
IMMUTABLE = "a finalised letter is never changed; a correction is a new letter"
DEREGISTRATION_TYPES = frozenset({RequestType.CONSENT_WITHDRAWAL, RequestType.DESTRUCTION})
DEFAULT_METHOD = {
    "kk": "Ақпараттық жүйелердегі жазбаларды қалпына келтіру мүмкіндігінсіз өшіру; қағаз "
    "жеткізгіштерді ұсақтау (шредер)",
    "ru": "Удаление записей из информационных систем без возможности восстановления; "
    "измельчение бумажных носителей (шредер)",
}
PERFORMER_ROLE = {"kk": "Жоюды жүргізген", "ru": "Уничтожение произвёл(а)"}
RESPONSIBLE_ROLE = {
    "kk": "Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға",
    "ru": "Ответственный за организацию обработки персональных данных",
}


@dataclass(frozen=True)
class LetterOptions:
    """What the officer decides for a letter, beyond what the case records."""

    ground: str = ""  # refusal: "law" or "obligation" (Law 94-V art. 8(2))
    ground_detail: str = ""  # refusal: which obligation, which law
    question: str = ""  # clarification: what the subject is asked (also the clock stop's reason)
    findings: str = ""  # claim-response: what was established
    decision: str = ""  # claim-response: what was decided
    disposals: tuple[Disposal, ...] | None = None  # None: every declared category destroyed
    systems: tuple[str, ...] | None = None  # None: the operator's checklist of systems
    method: str = ""  # destruction act: how; empty: the usual method
    attachments: tuple[str, ...] = ()
    stop_clock: bool = True  # clarification: stop the clock when the letter is finalised


@dataclass(frozen=True)
class Finalised:
    letter: LetterRow
    clock_stopped: bool = False
    clock_note: str = ""  # why the clock was not stopped, when it was not


@dataclass(frozen=True)
class BatchItem:
    request_id: int
    reg_number: str
    data: bytes | None
    error: str | None = None


# --- kinds and languages -------------------------------------------------------------------


def check_kind(kind: str) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        raise DomainError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}", "kind") from None


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DomainError(f"unknown format {fmt!r}; use {' or '.join(FORMATS)}", "format")
    return fmt


def default_language(request: Request) -> str:
    """The incoming letter's language; Kazakh for a letter in another language."""
    return request.language if request.language in TEMPLATE_LANGUAGES else "kk"


def offered_languages(request: Request, kind: str | None = None) -> tuple[str, ...]:
    """Languages an answer may take: Kazakh always, Russian to a Russian letter, both always."""
    if (kind is not None and check_kind(kind) in INTERNAL_KINDS) or request.language == "ru":
        return LETTER_LANGUAGES
    return ("kk", BILINGUAL)


def check_language(request: Request, kind: str, language: str | None) -> str:
    language = language or default_language(request)
    if language not in LETTER_LANGUAGES:
        raise DomainError(f"must be one of {', '.join(LETTER_LANGUAGES)}", "language")
    if language not in offered_languages(request, kind):
        came = "in Kazakh" if request.language == "kk" else "in another language"
        raise DomainError(
            f"the letter came {came}: answer in Kazakh or in both languages "
            "(Law on Languages, art. 11)",
            "language",
        )
    return language


# --- reading the case ------------------------------------------------------------------------


@dataclass
class _Case:
    request: Request
    operator: Operator
    subject: Subject | None
    consents: list[tuple[Consent, ConsentDocument | None]]
    documents: list[ConsentDocument]
    stops: list[ClockStopRow]
    extensions: list[ExtensionRow]
    id_copies: list[str]
    overrides: dict[tuple[str, str], str]
    calendar: object


def _load_case(session: Session, request_id: int) -> _Case:
    request = session.get(Request, request_id)
    if request is None:
        raise DomainError(f"no request with id {request_id}", "request")
    operator = session.get(Operator, request.operator_id)
    subject = session.get(Subject, request.subject_id) if request.subject_id else None
    consents = []
    if subject is not None:
        consents = list(
            session.exec(
                select(Consent, ConsentDocument)
                .join(ConsentDocument, isouter=True)
                .where(Consent.subject_id == subject.id)
                .order_by(Consent.id)
            ).all()
        )
    documents = list(
        session.exec(
            select(ConsentDocument).where(ConsentDocument.operator_id == operator.id)
        ).all()
    )
    stops = list(
        session.exec(
            select(ClockStopRow)
            .where(ClockStopRow.request_id == request.id)
            .order_by(ClockStopRow.id)
        ).all()
    )
    extensions = list(
        session.exec(
            select(ExtensionRow)
            .where(ExtensionRow.request_id == request.id)
            .order_by(ExtensionRow.id)
        ).all()
    )
    id_copies = list(
        session.exec(
            select(Attachment.file_name).where(
                Attachment.request_id == request.id,
                or_(col(Attachment.is_id_copy), col(Attachment.flagged_for_destruction)),
            )
        ).all()
    )
    overrides = {(t.kind, t.language): t.source for t in session.exec(select(LetterTemplate)).all()}
    return _Case(
        request,
        operator,
        subject,
        consents,
        documents,
        stops,
        extensions,
        id_copies,
        overrides,
        deadlines.load_calendar(session),
    )


def _one_line(text: str) -> str:
    return ", ".join(part.strip(" ,") for part in (text or "").splitlines() if part.strip())


def _in(items: Iterable[dict], language: str) -> tuple[str, ...]:
    return tuple(str(i.get(language) or i.get("ru") or i.get("kk") or "") for i in items)


def _operator_data(op: Operator, documents: list[ConsentDocument], lang: str) -> OperatorData:
    return OperatorData(
        name=op.name_kk if lang == "kk" else op.name_ru,
        name_kk=op.name_kk,
        name_ru=op.name_ru,
        short_name=op.short_name,
        reg_label=wording.reg_label(op.reg_kind, lang),
        reg_number=op.reg_number,
        address=_one_line(op.address),
        phone=op.phone,
        email=op.email,
        website=op.website,
        data_categories=_in(op.data_categories, lang),
        purposes=_in(op.purposes, lang),
        recipients=_in(op.recipients, lang),
        systems=tuple(op.systems),
        retention=op.retention_kk if lang == "kk" else op.retention_ru,
        withdrawal_rule=op.withdrawal_rule_kk if lang == "kk" else op.withdrawal_rule_ru,
        cross_border=op.cross_border,
        consent_documents=tuple(
            ConsentDocumentData(
                (d.title_kk if lang == "kk" else d.title_ru) or d.title_kk,
                d.edition,
                d.effective_date,
            )
            for d in documents
        ),
    )


def _subject_data(case: _Case, lang: str) -> SubjectData | None:
    s = case.subject
    if s is None:
        return None
    consents = []
    for consent, document in case.consents:
        title = ""
        if document is not None:
            title = (document.title_kk if lang == "kk" else document.title_ru) or document.title_kk
        consents.append(
            ConsentData(
                document=title,
                edition=document.edition if document is not None else "",
                given_on=consent.given_at.date() if consent.given_at else None,
                channel=wording.vocabulary(wording.CONSENT_CHANNELS, consent.channel, lang),
                withdrawn_on=consent.withdrawn_at.date() if consent.withdrawn_at else None,
            )
        )
    return SubjectData(
        full_name=" ".join(p for p in (s.surname, s.given_name, s.patronymic) if p),
        surname=s.surname,
        given_name=s.given_name,
        patronymic=s.patronymic,
        iin=s.iin or "",
        birth_date=s.birth_date,
        phone=s.phone,
        email=s.email,
        address=_one_line(s.address),
        account_id=s.account_id,
        client_org=s.client_org,
        client_bin=s.client_bin,
        status=wording.vocabulary(wording.SUBJECT_STATUSES, s.status, lang),
        consents=tuple(consents),
    )


def _request_data(r: Request, lang: str) -> RequestData:
    try:
        type_label = TYPE_LABELS[RequestType(r.type)][lang]
    except ValueError:
        type_label = r.type
    return RequestData(
        reg_number=r.reg_number,
        received=r.received_date,
        registered=r.registered_date,
        postmark=r.postmark_date,
        type=r.type,
        type_label=type_label,
        channel=wording.vocabulary(wording.REQUEST_CHANNELS, r.channel, lang),
        summary=r.summary,
        signed=r.signed,
        language=r.language,
        due=r.due_date,
        term_days=r.term_days,
        remaining_days=r.remaining_days,
        sender=r.sender,
    )


def _extension_data(case: _Case) -> ExtensionData | None:
    if not case.extensions:
        return None
    last = case.extensions[-1]
    previous = case.extensions[-2].new_due if len(case.extensions) > 1 else None
    if previous is None:
        r = case.request
        before = compute_deadline(
            case.calendar,
            r.received_date,
            r.term_days,
            [ClockStop(s.stopped_on, s.resumed_on, s.reason) for s in case.stops],
            [Extension(e.days, e.reason, e.granted_on) for e in case.extensions[:-1]],
        )
        previous = before.due
    return ExtensionData(last.days, last.new_due, last.reason, last.granted_on, previous)


def _names(case: _Case) -> tuple[str, str, str, str]:
    """surname, given name, patronymic and IIN of the person written to."""
    s = case.subject
    if s is not None:
        return s.surname, s.given_name, s.patronymic, s.iin or ""
    parts = case.request.sender.replace(",", " ").split()
    if not parts:
        return "", "", "", ""
    return parts[0], parts[1] if len(parts) > 1 else "", " ".join(parts[2:]), ""


def _template_data(
    case: _Case, kind: Kind, lang: str, options: LetterOptions, today: dt.date, authority: str
) -> TemplateData:
    op = case.operator
    surname, given, patronymic, iin = _names(case)
    categories = _in(op.data_categories, lang)
    disposals = (
        options.disposals
        if options.disposals is not None
        else tuple(Disposal(c, Outcome.DESTROYED.value) for c in categories)
    )
    return TemplateData(
        language=lang,
        kind=kind.value,
        today=today,
        operator=_operator_data(op, case.documents, lang),
        request=_request_data(case.request, lang),
        subject=_subject_data(case, lang),
        addressee=case.request.sender,
        salutation=wording.salutation(lang, surname, given, patronymic, iin),
        authority=authority,
        ground=options.ground,
        ground_text=ground_text(options.ground, lang),
        ground_detail=options.ground_detail.strip(),
        question=options.question.strip(),
        findings=options.findings.strip(),
        decision=options.decision.strip(),
        extension=_extension_data(case),
        systems=tuple(options.systems if options.systems is not None else op.systems),
        disposals=tuple(localise_disposal(d, lang) for d in disposals),
        id_copies=tuple(case.id_copies),
        method=options.method.strip() or DEFAULT_METHOD[lang],
        performer=op.executor_name,
        attachments=tuple(options.attachments),
    )


def _check_case(case: _Case, kind: Kind, options: LetterOptions, body: str | None) -> None:
    """What makes a letter of this kind meaningless for this request (raised at once)."""
    if kind in REQUIRES_SUBJECT and case.subject is None:
        raise DomainError(
            "link the request to the subject first: this letter speaks of the subject's record",
            "subject",
        )
    if kind is Kind.DEREGISTRATION and case.request.type not in DEREGISTRATION_TYPES:
        raise DomainError(
            "a deregistration confirmation answers a consent withdrawal or a destruction "
            f"request, not a {case.request.type} request",
            "kind",
        )
    if kind is Kind.EXTENSION and not case.extensions:
        raise DomainError(
            "the request has not been extended: extend it first, with a reason", "kind"
        )
    for d in options.disposals or ():
        if d.outcome not in {o.value for o in Outcome}:
            outcomes = ", ".join(o.value for o in Outcome)
            raise DomainError(
                f"unknown outcome {d.outcome!r} for {d.category!r}; use {outcomes}", "disposals"
            )
        if d.retained and not (d.basis.strip() and d.until):
            raise DomainError(
                f"{d.category!r} is retained: name the legal basis and the date it is kept until",
                "disposals",
            )
    if kind is Kind.REFUSAL and body is None:
        grounds = ", ".join(g.value for g in Ground)
        if not options.ground:
            raise DomainError(
                f"give the ground of the refusal ({grounds}): Law 94-V art. 8(2)", "ground"
            )
        if options.ground not in {g.value for g in Ground}:
            raise DomainError(f"unknown ground {options.ground!r}; use {grounds}", "ground")


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
            raise TemplateError(
                f"{kind.value} ({template_lang}): {exc.detail}", exc.line, exc.placeholder
            ) from None
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
            address=op.address,
            phone=op.phone,
            email=op.email,
            website=op.website,
        ),
        body=body,
        out_number=out_number,
        out_date=out_date,
        attachments=tuple(options.attachments),
        internal=internal,
        title=f"{kind_label(kind, lang)}{number}",
    )
    if internal:
        return Letter(
            **common,
            reference_number=r.reg_number,
            reference_date=r.registered_date,
            approval=Signature(position, op.signatory_name),
            signatures=(
                Signature(pick(PERFORMER_ROLE["kk"], PERFORMER_ROLE["ru"]), op.executor_name),
                Signature(pick(RESPONSIBLE_ROLE["kk"], RESPONSIBLE_ROLE["ru"]), ""),
            ),
        )
    address = r.sender_address or (case.subject.address if case.subject else "")
    return Letter(
        **common,
        reference_number=r.reg_number,
        reference_date=r.registered_date,
        addressee=Addressee(r.sender, address),
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
    options = options or LetterOptions()
    authority = settings.appeal_authority(ctx)
    today = ctx.today()
    with ctx.read() as session:
        case = _load_case(session, request_id)
    language = check_language(case.request, kind_.value, language)
    _check_case(case, kind_, options, body)
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


def problems(
    ctx: Context, letter: Letter, request_id: int, options: LetterOptions | None = None
) -> list[tuple[str, str]]:
    """Why ``letter`` may not be finalised yet, as (field, reason); empty when it may."""
    options = options or LetterOptions()
    found: list[tuple[str, str]] = []
    left = markup.blanks(letter.body)
    if left:
        shown = "; ".join(f"[[{b}]]" for b in left[:3])
        found.append(("body", f"fill in the blanks first: {shown}"))
    if not markup.parse(letter.body):
        found.append(("body", "the letter has no text"))
    with ctx.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            return [("request", f"no request with id {request_id}")]
        operator = session.get(Operator, request.operator_id)
    if not operator.signatory_name.strip():
        found.append(("signatory", "the operator profile names no signatory; fill it in Settings"))
    if (
        letter.kind == Kind.DEREGISTRATION
        and request.type == RequestType.CONSENT_WITHDRAWAL
        and not request.signed
    ):
        found.append(
            (
                "signed",
                "a withdrawal of consent must be a signed written statement and this one is "
                "not signed: ask for one with a clarification letter",
            )
        )
    if letter.kind == Kind.CLARIFICATION and options.stop_clock:
        try:
            check_transition(request.status, Status.WAITING)
        except DomainError as exc:
            found.append(("status", f"the clock cannot be stopped: {exc.reason}"))
    return found


# --- drafts and final letters ------------------------------------------------------------


def _row(session: Session, letter_id: int) -> LetterRow:
    row = session.get(LetterRow, letter_id)
    if row is None:
        raise DomainError(f"no letter with id {letter_id}", "letter")
    return row


def _draft_snapshot(row: LetterRow) -> dict:
    return {
        "request_id": row.request_id,
        "kind": row.kind,
        "language": row.language,
        "body": row.body,
    }


def save_draft(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None,
    body: str,
    draft_id: int | None = None,
) -> LetterRow:
    """Keep the officer's edited text; a new draft, or ``draft_id`` updated. Never a final one."""
    kind_ = check_kind(kind)
    with ctx.write() as w:
        request = w.session.get(Request, request_id)
        if request is None:
            raise DomainError(f"no request with id {request_id}", "request")
        language = check_language(request, kind_.value, language)
        if draft_id is None:
            row = LetterRow(
                request_id=request.id,
                operator_id=request.operator_id,
                kind=kind_.value,
                language=language,
                body=body,
            )
            before = None
        else:
            row = _row(w.session, draft_id)
            if row.finalized_at is not None:
                raise DomainError(IMMUTABLE, "letter")
            if row.request_id != request.id:
                raise DomainError(f"letter {draft_id} belongs to another request", "letter")
            before = _draft_snapshot(row)
            row.kind, row.language, row.body = kind_.value, language, body
        w.session.add(row)
        w.session.flush()
        w.audit("letter.draft", "letter", row.id, before, _draft_snapshot(row))
        return row


def discard_draft(ctx: Context, letter_id: int) -> None:
    with ctx.write() as w:
        row = _row(w.session, letter_id)
        if row.finalized_at is not None:
            raise DomainError(IMMUTABLE, "letter")
        before = _draft_snapshot(row)
        w.session.delete(row)
        w.audit("letter.discard", "letter", letter_id, before, None)


def finalise(
    ctx: Context,
    request_id: int,
    kind: str,
    language: str | None = None,
    *,
    body: str | None = None,
    options: LetterOptions | None = None,
    draft_id: int | None = None,
) -> Finalised:
    """Number the letter, store its final PDF with the SHA-256, audit it: one transaction.

    With ``draft_id`` that draft becomes the final letter (its text unless ``body`` is given).
    """
    options = options or LetterOptions()
    if draft_id is not None:
        with ctx.read() as session:
            draft = _row(session, draft_id)
        if draft.finalized_at is not None:
            raise DomainError(IMMUTABLE, "letter")
        if draft.request_id != request_id:
            raise DomainError(f"letter {draft_id} belongs to another request", "letter")
        body = draft.body if body is None else body
    letter = build(ctx, request_id, kind, language, body=body, options=options)
    found = problems(ctx, letter, request_id, options)
    if found:
        field, reason = found[0]
        raise DomainError(reason, field)
    today = ctx.today()
    with ctx.write() as w:
        request = w.session.get(Request, request_id)
        if request is None:
            raise DomainError(f"no request with id {request_id}", "request")
        operator = w.session.get(Operator, request.operator_id)
        if draft_id is not None:
            row = _row(w.session, draft_id)
            if row.finalized_at is not None:  # finalised by someone else meanwhile
                raise DomainError(IMMUTABLE, "letter")
        else:
            row = LetterRow(
                request_id=request.id,
                operator_id=operator.id,
                kind=letter.kind,
                language=letter.language,
            )
        year = today.year
        seq = numbering.allocate(w.session, operator.id, OUTGOING_SERIES, year)
        number = format_number(operator.outgoing_pattern, operator.request_prefix, year, seq)
        final = dataclasses.replace(
            letter,
            out_number=number,
            out_date=today,
            title=f"{kind_label(letter.kind, letter.language)} № {number}",
        )
        pdf = render_pdf(final)
        digest = hashlib.sha256(pdf).hexdigest()
        row.kind, row.language, row.body = letter.kind, letter.language, letter.body
        row.out_number, row.out_year, row.out_seq, row.out_date = number, year, seq, today
        row.pdf, row.sha256, row.finalized_at = pdf, digest, utcnow()
        w.session.add(row)
        w.session.flush()
        w.audit(
            "letter.finalise",
            "letter",
            row.id,
            None,
            {
                "request_id": request.id,
                "reg_number": request.reg_number,
                "kind": row.kind,
                "language": row.language,
                "out_number": number,
                "out_date": today,
                "sha256": digest,
                "bytes": len(pdf),
                "draft_id": draft_id,
            },
        )
    stopped, note = False, ""
    if letter.kind == Kind.CLARIFICATION and options.stop_clock:
        reason = options.question.strip() or f"clarification requested by letter {number}"
        try:
            requests.stop_clock(ctx, request_id, reason, today)
            stopped = True
        except DomainError as exc:
            note = str(exc)
    return Finalised(row, stopped, note)


def get(ctx: Context, letter_id: int) -> LetterRow:
    with ctx.read() as session:
        return _row(session, letter_id)


def letters_of(ctx: Context, request_id: int) -> list[LetterRow]:
    """Drafts and final letters of a request, oldest first."""
    with ctx.read() as session:
        return list(
            session.exec(
                select(LetterRow).where(LetterRow.request_id == request_id).order_by(LetterRow.id)
            ).all()
        )


def final_pdf(ctx: Context, letter_id: int) -> bytes:
    """The stored PDF of a final letter, checked against its SHA-256."""
    row = get(ctx, letter_id)
    if row.finalized_at is None or row.pdf is None:
        raise DomainError("the letter is a draft: finalise it first", "letter")
    if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
        raise DomainError(
            "the stored PDF does not match its SHA-256: it was altered after finalising", "letter"
        )
    return bytes(row.pdf)


def export(ctx: Context, letter_id: int, fmt: str) -> bytes:
    """A stored letter as PDF (the final bytes themselves) or DOCX (rendered from its text)."""
    check_format(fmt)
    row = get(ctx, letter_id)
    if fmt == "pdf" and row.finalized_at is not None:
        return final_pdf(ctx, letter_id)
    letter = build(
        ctx,
        row.request_id,
        row.kind,
        row.language,
        body=row.body,
        out_number=row.out_number,
        out_date=row.out_date,
    )
    return render(letter, fmt)


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
            data, error = render(letter, fmt), None
        except DomainError as exc:
            data, error = None, str(exc)
        with ctx.read() as session:
            request = session.get(Request, request_id)
        yield BatchItem(request_id, request.reg_number if request else "", data, error)


# --- templates: the shipped ones and the officer's copies ----------------------------------------


def _template_key(kind: str, language: str) -> tuple[str, str]:
    kind_ = check_kind(kind)
    if language not in TEMPLATE_LANGUAGES:
        raise DomainError(f"templates exist in {', '.join(TEMPLATE_LANGUAGES)}", "language")
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


def save_template(ctx: Context, kind: str, language: str, source: str) -> None:
    """Keep an edited copy after a trial render proves it makes a letter."""
    kind, language = _template_key(kind, language)
    templating.check(source, kind, language)
    with ctx.write() as w:
        row = _override(w.session, kind, language)
        before = row.source if row is not None else None
        if row is None:
            row = LetterTemplate(kind=kind, language=language, source=source, actor=w.actor)
        else:
            row.source, row.actor, row.updated_at = source, w.actor, utcnow()
        w.session.add(row)
        w.session.flush()
        w.audit("letter_template.save", "letter_template", f"{kind}.{language}", before, source)


def reset_template(ctx: Context, kind: str, language: str) -> bool:
    """Back to the shipped template; False when there was no edited copy."""
    kind, language = _template_key(kind, language)
    with ctx.write() as w:
        row = _override(w.session, kind, language)
        if row is None:
            return False
        w.session.delete(row)
        w.audit("letter_template.reset", "letter_template", f"{kind}.{language}", row.source, None)
        return True


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
            ),
            body=templating.render(source, sample),
            out_date=ctx.today(),
            reference_number=sample.request.reg_number,
            reference_date=sample.request.registered,
            addressee=None if internal else Addressee(sample.addressee, sample.subject.address),
            signatures=(Signature("Директор", "А. Б. Басшы"),),
            executor_name=sample.performer,
            executor_phone=op.phone,
            internal=internal,
            title=kind_label(kind, language),
        )
    with ctx.read() as session:
        case = _load_case(session, request_id)
    options = LetterOptions()
    _check_case(case, kind_, options, "")
    case.overrides[(kind, language)] = source
    authority = settings.appeal_authority(ctx)
    body = _body(case, kind_, language, options, ctx.today(), authority)
    return _letter(case, kind_, language, body, options, None, ctx.today())
