"""What a letter template can read: plain, frozen values in the letter's language.

The service fills a :class:`TemplateData` from the database; the template sees its fields as
top-level names (``operator``, ``request``, ``subject``, ``ground`` …). Nothing here touches the
database, and nothing a template can reach is mutable or callable beyond harmless ``str``/``date``
methods (the sandbox refuses anything whose name starts with an underscore).

Dates are :class:`datetime.date` values; templates format them with the filters of
:mod:`app.letters.wording` (``short``, ``long``, ``attr``, ``until``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from app.letters.kinds import GROUND_LABELS, OUTCOME_LABELS, Ground, Outcome


@dataclass(frozen=True)
class ConsentDocumentData:
    title: str
    edition: str = ""
    effective: dt.date | None = None


@dataclass(frozen=True)
class CategoryData:
    """One data category of the operator's map, with its retention rule in this language."""

    name: str
    basis: str = ""  # the legal basis for keeping it; empty: nothing obliges keeping it
    years: int = 0
    months: int = 0
    period: str = ""  # "3 жыл" / "3 года"
    start: str = ""  # from when the period runs: "деректерді пайдалану тоқтатылғаннан кейін"

    @property
    def kept(self) -> bool:
        return bool(self.basis)


@dataclass(frozen=True)
class RecipientData:
    name: str
    country: str = ""  # ISO code; empty: Kazakhstan
    country_name: str = ""  # in this language
    cross_border: bool = False


@dataclass(frozen=True)
class OperatorData:
    name: str  # in the letter's language
    name_kk: str
    name_ru: str
    short_name: str
    reg_label: str  # БСН / БИН / ИНН …
    reg_number: str
    address: str  # one line
    phone: str = ""
    email: str = ""
    website: str = ""
    data_categories: tuple[CategoryData, ...] = ()  # the data map, in this language
    purposes: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    recipients: tuple[RecipientData, ...] = ()
    systems: tuple[str, ...] = ()
    retention: str = ""  # the operator's general note on retention
    withdrawal_rule: str = ""
    cross_border: bool = False
    consent_documents: tuple[ConsentDocumentData, ...] = ()


@dataclass(frozen=True)
class ConsentData:
    document: str
    edition: str = ""
    given_on: dt.date | None = None
    channel: str = ""  # label in the letter's language
    withdrawn_on: dt.date | None = None


@dataclass(frozen=True)
class SubjectData:
    full_name: str
    surname: str
    given_name: str = ""
    patronymic: str = ""
    iin: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""  # one line
    account_id: str = ""
    client_org: str = ""
    client_bin: str = ""
    status: str = ""  # label in the letter's language
    consents: tuple[ConsentData, ...] = ()


@dataclass(frozen=True)
class RequestData:
    reg_number: str
    received: dt.date
    registered: dt.date
    postmark: dt.date | None = None
    type: str = ""  # RequestType value
    type_label: str = ""  # in the letter's language
    channel: str = ""  # label in the letter's language
    summary: str = ""
    signed: bool = False
    language: str = ""
    due: dt.date | None = None  # None while the clock is stopped
    term_days: int = 30
    remaining_days: int | None = None
    sender: str = ""


@dataclass(frozen=True)
class ExtensionData:
    days: int
    new_due: dt.date | None
    reason: str
    granted_on: dt.date
    previous_due: dt.date | None = None


@dataclass(frozen=True)
class SystemData:
    """One system of the checklist as the workflow recorded it."""

    name: str
    done_on: dt.date | None = None
    by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Disposal:
    """One data category's outcome as the workflow recorded it (SPEC, withdrawal step 3)."""

    category: str
    outcome: str = Outcome.DESTROYED.value
    basis: str = ""  # the legal basis for keeping it (outcome "retained")
    until: dt.date | None = None  # kept until (outcome "retained")
    outcome_label: str = ""  # filled in the letter's language by :func:`localise_disposal`

    @property
    def retained(self) -> bool:
        return self.outcome == Outcome.RETAINED.value


def localise_disposal(d: Disposal, language: str) -> Disposal:
    return dataclasses.replace(d, outcome_label=OUTCOME_LABELS[Outcome(d.outcome)][language])


@dataclass(frozen=True)
class MemberData:
    name: str
    position: str = ""


@dataclass(frozen=True)
class ActData:
    """The destruction act's own details, as the workflow recorded them."""

    place: str = ""  # where it was drawn up: "Алматы қ." / "г. Алматы"
    members: tuple[MemberData, ...] = ()
    approver: MemberData | None = None
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class TemplateData:
    """Everything a template may use. Kind-specific fields are empty when they do not apply."""

    language: str  # kk or ru: the language of this template
    kind: str
    today: dt.date
    operator: OperatorData
    request: RequestData
    subject: SubjectData | None
    addressee: str  # the name on the letter
    salutation: str  # "Құрметті Нұрлан Серікұлы!" / "Уважаемый Иван Петрович!"
    authority: str  # where to appeal (Settings: the authorized body)
    ground: str = ""  # refusal: a Ground value (the workflow's decision)
    ground_text: str = ""  # refusal: the ground in words, in this language
    ground_detail: str = ""  # refusal: the facts (which obligation, which law)
    effective: dt.date | None = None  # withdrawal: the day processing stopped
    question: str = ""  # clarification: what the subject is asked to clarify
    reply_by: dt.date | None = None  # clarification: the day the subject is asked to reply by
    reply_days: int = 0  # clarification: the working days from the letter's date to reply_by
    stops_clock: bool = False  # clarification: the clock stops while the reply is awaited
    findings: str = ""  # claim-response: what was established
    decision: str = ""  # claim-response: what was decided
    extension: ExtensionData | None = None  # extension notice
    systems: tuple[SystemData, ...] = ()  # deregistration / act: the systems cleaned
    disposals: tuple[Disposal, ...] = ()  # deregistration / act: per data category
    act: ActData | None = None  # act: place, members, approver
    id_copies: tuple[str, ...] = ()  # act: scans of identity documents destroyed
    method: str = ""  # act: how the data were destroyed
    attachments: tuple[str, ...] = field(default=())

    def names(self) -> dict[str, object]:
        """The template's top-level names."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def ground_text(ground: str, language: str) -> str:
    return GROUND_LABELS[Ground(ground)][language] if ground else ""
