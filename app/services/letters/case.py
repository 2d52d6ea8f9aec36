"""The case a letter is written from, read in one go, and its data for the templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.domain.deadlines import ClockStop, Extension, compute_deadline
from app.domain.errors import DomainError
from app.domain.letter_rules import LetterFacts
from app.domain.requests import TYPE_LABELS, RequestType
from app.letters import wording
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
from app.letters.kinds import Kind, Outcome
from app.services import deadlines
from app.services.letters.options import LetterOptions
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
)

DEFAULT_METHOD = {
    "kk": "Ақпараттық жүйелердегі жазбаларды қалпына келтіру мүмкіндігінсіз өшіру; қағаз "
    "жеткізгіштерді ұсақтау (шредер)",
    "ru": "Удаление записей из информационных систем без возможности восстановления; "
    "измельчение бумажных носителей (шредер)",
}


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

    @property
    def facts(self) -> LetterFacts:
        return _facts(self.request, bool(self.extensions))


def _facts(request: Request, extended: bool) -> LetterFacts:
    return LetterFacts(
        type=request.type,
        status=request.status,
        subject_linked=request.subject_id is not None,
        extended=extended,
        signed=bool(request.signed),
    )


def _request(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise DomainError.at("request", "letter_request_missing", id=request_id)
    return request


def facts_in(session: Session, request_id: int) -> LetterFacts:
    """What the letter-kind rule needs to know of a request, read in ``session``."""
    request = _request(session, request_id)
    extended = session.exec(
        select(ExtensionRow.id).where(ExtensionRow.request_id == request_id).limit(1)
    ).first()
    return _facts(request, extended is not None)


def _load_case(session: Session, request_id: int) -> _Case:
    request = _request(session, request_id)
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
