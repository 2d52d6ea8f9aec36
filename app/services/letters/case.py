"""The case a letter is written from, read in one go, and its data for the templates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.domain import declension, extension_reason, text_pairs
from app.domain import withdrawal as workflow
from app.domain.data_map import PARTS, DataMap, Pair
from app.domain.deadlines import ClockStop, Extension, compute_deadline
from app.domain.errors import DomainError, raise_if
from app.domain.letter_rules import LetterFacts
from app.domain.requests import TYPE_LABELS, RequestType
from app.letters import wording
from app.letters.data import (
    ActData,
    CategoryData,
    ConsentData,
    ConsentDocumentData,
    Disposal,
    ExtensionData,
    MemberData,
    OperatorData,
    RecipientData,
    RequestData,
    SubjectData,
    SystemData,
    TemplateData,
    ground_text,
    localise_disposal,
)
from app.letters.kinds import Kind
from app.services import deadlines, settings, withdrawal_facts
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
    Withdrawal,
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
    workflow: workflow.WorkflowFacts | None = None
    data_map: DataMap = DataMap()
    named_consents: frozenset[int] = frozenset()  # the consents the withdrawal names
    reply_days: int = settings.DEFAULT_REPLY_DAYS  # a clarification's reply term (Settings)

    @property
    def facts(self) -> LetterFacts:
        return _facts(self.request, bool(self.extensions), self.workflow, self.data_map)


def data_map_of(operator: Operator) -> DataMap:
    """The operator's data map, read from its JSON columns."""
    return DataMap.from_json({part: getattr(operator, part) for part in PARTS})


def _facts(
    request: Request,
    extended: bool,
    recorded: workflow.WorkflowFacts | None,
    data_map: DataMap | None,
) -> LetterFacts:
    return LetterFacts(
        type=request.type,
        status=request.status,
        subject_linked=request.subject_id is not None,
        extended=extended,
        signed=bool(request.signed),
        workflow=recorded,
        data_map=data_map,
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
    operator = session.get(Operator, request.operator_id)
    return _facts(
        request,
        extended is not None,
        withdrawal_facts.facts_in(session, request),
        data_map_of(operator) if operator is not None else None,
    )


def _load_case(session: Session, request_id: int) -> _Case:
    case = _load_cases(session, [request_id]).get(request_id)
    if case is None:
        raise DomainError.at("request", "letter_request_missing", id=request_id)
    return case


def _grouped(rows: Iterable, key) -> dict:
    found: dict = {}
    for row in rows:
        found.setdefault(key(row), []).append(row)
    return found


def _load_cases(session: Session, request_ids: Iterable[int]) -> dict[int, _Case]:
    """The cases of many requests in a few set-based reads (what the requests share, the
    templates, the calendar and the settings, read once); a request that does not exist is
    missing from the result."""
    ids = list(dict.fromkeys(request_ids))
    if not ids:
        return {}
    requests = session.exec(select(Request).where(col(Request.id).in_(ids))).all()
    operator_ids = {r.operator_id for r in requests}
    subject_ids = {r.subject_id for r in requests if r.subject_id}
    operators = {
        o.id: o for o in session.exec(select(Operator).where(col(Operator.id).in_(operator_ids)))
    }
    subjects = {
        s.id: s for s in session.exec(select(Subject).where(col(Subject.id).in_(subject_ids)))
    }
    consents = _grouped(
        session.exec(
            select(Consent, ConsentDocument)
            .join(ConsentDocument, isouter=True)
            .where(col(Consent.subject_id).in_(subject_ids))
            .order_by(Consent.id)
        ).all(),
        lambda row: row[0].subject_id,
    )
    documents = _grouped(
        session.exec(
            select(ConsentDocument)
            .where(col(ConsentDocument.operator_id).in_(operator_ids))
            .order_by(ConsentDocument.id)
        ).all(),
        lambda row: row.operator_id,
    )
    stops = _grouped(
        session.exec(
            select(ClockStopRow)
            .where(col(ClockStopRow.request_id).in_(ids))
            .order_by(ClockStopRow.id)
        ).all(),
        lambda row: row.request_id,
    )
    extensions = _grouped(
        session.exec(
            select(ExtensionRow)
            .where(col(ExtensionRow.request_id).in_(ids))
            .order_by(ExtensionRow.id)
        ).all(),
        lambda row: row.request_id,
    )
    id_copies = _grouped(
        session.exec(
            select(Attachment.request_id, Attachment.file_name)
            .where(
                col(Attachment.request_id).in_(ids),
                or_(col(Attachment.is_id_copy), col(Attachment.flagged_for_destruction)),
            )
            .order_by(Attachment.id)
        ).all(),
        lambda row: row[0],
    )
    begun = set(
        session.exec(select(Withdrawal.request_id).where(col(Withdrawal.request_id).in_(ids)))
    )  # the requests whose withdrawal workflow has rows (the others have no facts)
    overrides = {(t.kind, t.language): t.source for t in session.exec(select(LetterTemplate)).all()}
    calendar = deadlines.load_calendar(session)
    reply_days = settings.reply_days_in(session)
    found = {}
    for request in requests:
        operator = operators[request.operator_id]
        subject = subjects.get(request.subject_id) if request.subject_id else None
        found[request.id] = _Case(
            request,
            operator,
            subject,
            [tuple(row) for row in consents.get(subject.id, [])] if subject is not None else [],
            list(documents.get(operator.id, [])),
            stops.get(request.id, []),
            extensions.get(request.id, []),
            [name for _id, name in id_copies.get(request.id, [])],
            overrides,
            calendar,
            withdrawal_facts.facts_in(session, request) if request.id in begun else None,
            data_map_of(operator),
            _named_consents(session, request) if request.id in begun else frozenset(),
            reply_days,
        )
    return found


def _named_consents(session: Session, request: Request) -> frozenset[int]:
    rows = withdrawal_facts.rows_in(session, request.id) if request.id is not None else None
    if rows is None:
        return frozenset()
    return frozenset(int(i) for i in rows.withdrawal.consent_ids or ())


def _one_line(text: str) -> str:
    return ", ".join(part.strip(" ,") for part in (text or "").splitlines() if part.strip())


def _in(pairs: Iterable[Pair], language: str) -> tuple[str, ...]:
    """The halves in ``language`` (never the other language's: the rule asks for a missing
    half before a letter is written, so an empty one is left out rather than borrowed)."""
    return tuple(p.in_(language) for p in pairs if p.in_(language))


def _categories(data_map: DataMap, lang: str) -> tuple[CategoryData, ...]:
    found = []
    for c in data_map.categories:
        if not c.name.in_(lang):
            continue
        rule = c.retention
        if rule is None:
            found.append(CategoryData(c.name.in_(lang)))
            continue
        found.append(
            CategoryData(
                c.name.in_(lang),
                rule.basis.in_(lang),
                rule.years,
                rule.months,
                wording.period(rule.years, rule.months, lang),
                rule.start.in_(lang),
            )
        )
    return tuple(found)


def _recipients(data_map: DataMap, lang: str) -> tuple[RecipientData, ...]:
    return tuple(
        RecipientData(
            r.name.in_(lang),
            r.country,
            wording.country(r.country, lang) if r.cross_border else "",
            r.cross_border,
        )
        for r in data_map.recipients
        if r.name.in_(lang)
    )


def _operator_data(
    op: Operator, documents: list[ConsentDocument], lang: str, data_map: DataMap
) -> OperatorData:
    return OperatorData(
        name=op.name_kk if lang == "kk" else op.name_ru,
        name_kk=op.name_kk,
        name_ru=op.name_ru,
        short_name=op.short_name,
        reg_label=wording.reg_label(op.reg_kind, lang),
        reg_number=op.reg_number,
        address=_one_line(op.address_in(lang)),
        phone=op.phone,
        email=op.email,
        website=op.website,
        data_categories=_categories(data_map, lang),
        purposes=_in(data_map.purposes, lang),
        methods=_in(data_map.methods, lang),
        sources=_in(data_map.sources, lang),
        recipients=_recipients(data_map, lang),
        systems=_in(data_map.systems, lang),
        retention=op.retention_kk if lang == "kk" else op.retention_ru,
        withdrawal_rule=op.withdrawal_rule_kk if lang == "kk" else op.withdrawal_rule_ru,
        cross_border=op.cross_border or data_map.cross_border,
        consent_documents=tuple(
            ConsentDocumentData(
                d.title_kk if lang == "kk" else d.title_ru,
                d.edition,
                d.effective_date,
            )
            for d in documents
        ),
    )


def _subject_data(case: _Case, lang: str, named_only: bool = False) -> SubjectData | None:
    """The subject's record; ``named_only``: only the consents the withdrawal names (what a
    confirmation says was withdrawn), none when it names none."""
    s = case.subject
    if s is None:
        return None
    consents = []
    for consent, document in case.consents:
        if named_only and consent.id not in case.named_consents:
            continue
        title = ""
        if document is not None:
            title = document.title_kk if lang == "kk" else document.title_ru
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


def _extension_data(case: _Case, lang: str) -> ExtensionData | None:
    """The last extension as the notice in ``lang`` (kk or ru) prints it: its reason's half in
    that language; a missing half is refused (``extension_half_missing``), never borrowed."""
    if not case.extensions:
        return None
    last = case.extensions[-1]
    raise_if(extension_reason.letter_problems(last.reason_kk, last.reason_ru, lang))
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
    return ExtensionData(last.days, last.new_due, last.reason_in(lang), last.granted_on, previous)


# A sender as written that reads as a person's name: two or three words of letters (a hyphen
# or an apostrophe inside), each capitalised; anything else (an organisation, «ТОО …», a name
# with quotes or digits) is printed as written, never declined.
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


def _person_words(sender: str) -> list[str] | None:
    words = sender.replace(",", " ").split()
    if not 2 <= len(words) <= 3:
        return None
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
        return None
    return words


def _names(case: _Case) -> tuple[str, str, str, str]:
    """surname, given name, patronymic and IIN of the person written to: the linked record,
    else the sender as written when it reads as a person's name (surname first), else empty."""
    s = case.subject
    if s is not None:
        return s.surname, s.given_name, s.patronymic, s.iin or ""
    words = _person_words(case.request.sender)
    if words is None:
        return "", "", "", ""
    return words[0], words[1], " ".join(words[2:]), ""


def addressee_name(case: _Case, lang: str) -> str:
    """The addressee line of a letter in ``lang``: the person in the dative with initials
    (kk «Я. В. Сергееваға», ru «Сергеевой Я. В.»; a name in Latin letters undeclined,
    :func:`app.domain.declension.addressee`); a bilingual letter a line in each language; a
    sender that is not a person's name (an organisation) as written."""
    surname, given, patronymic, iin = _names(case)
    if not surname:
        return case.request.sender.strip()
    languages = ("kk", "ru") if lang == "bi" else (lang,)
    lines = [declension.addressee(x, surname, given, patronymic, iin) for x in languages]
    return "\n".join(dict.fromkeys(lines))


def _workflow_data(recorded: workflow.WorkflowFacts | None, kind: Kind, lang: str) -> dict:
    """What the workflow recorded, in ``lang``, for the kinds that state it (nothing else: a
    letter of another kind says nothing of the workflow)."""
    if recorded is None or kind.value not in workflow.WORKFLOW_KINDS:
        return {}
    if kind is Kind.REFUSAL:
        detail = recorded.ground_detail
        raise_if(
            text_pairs.letter_problems(
                detail.kk, detail.ru, lang, text_pairs.GROUND_DETAIL, "refusal_half_missing"
            )
        )
        return {
            "ground": recorded.ground,
            "ground_text": ground_text(recorded.ground, lang),
            "ground_detail": detail.in_(lang),
        }
    act = recorded.act

    def member(m: workflow.Member) -> MemberData:
        return MemberData(m.name.strip(), m.position.in_(lang))

    done = [s for s in recorded.systems if s.done]
    for s in done:
        raise_if(
            text_pairs.letter_problems(
                s.note.kk, s.note.ru, lang, text_pairs.NOTE, "act_note_half_missing", optional=True
            )
        )
    return {
        "effective": recorded.effective,
        "systems": tuple(
            SystemData(s.name.in_(lang), s.done_on, s.by, s.note.in_(lang)) for s in done
        ),
        "disposals": tuple(
            localise_disposal(
                Disposal(o.category.in_(lang), o.outcome, o.basis.in_(lang), o.until), lang
            )
            for o in recorded.outcomes
            if o.outcome
        ),
        "act": ActData(
            act.place.in_(lang),
            tuple(member(m) for m in act.members if m.name.strip()),
            member(act.approver) if act.approver is not None else None,
            act.approved_on,
        ),
    }


def _clarification_data(case: _Case, kind: Kind, options: LetterOptions, today: dt.date) -> dict:
    """A clarification asks for a reply within the set working days of its date (counted by the
    working-day calendar, holidays and transfers included) and says whether the clock stops."""
    if kind is not Kind.CLARIFICATION:
        return {}
    return {
        "reply_by": case.calendar.add_working_days(today, case.reply_days),
        "reply_days": case.reply_days,
        "stops_clock": options.stop_clock,
    }


def _template_data(
    case: _Case, kind: Kind, lang: str, options: LetterOptions, today: dt.date, authority: str
) -> TemplateData:
    surname, given, patronymic, iin = _names(case)
    return TemplateData(
        language=lang,
        kind=kind.value,
        today=today,
        operator=_operator_data(case.operator, case.documents, lang, case.data_map),
        request=_request_data(case.request, lang),
        subject=_subject_data(
            case, lang, named_only=kind in (Kind.DEREGISTRATION, Kind.DESTRUCTION_ACT)
        ),
        addressee=case.request.sender,
        salutation=wording.salutation(lang, surname, given, patronymic, iin),
        authority=authority,
        question=options.question.strip(),
        **_clarification_data(case, kind, options, today),
        findings=options.findings.strip(),
        decision=options.decision.strip(),
        extension=_extension_data(case, lang) if kind is Kind.EXTENSION else None,
        id_copies=tuple(case.id_copies),
        method=options.method.strip() or DEFAULT_METHOD[lang],
        attachments=tuple(options.attachments),
        **_workflow_data(case.workflow, kind, lang),
    )
