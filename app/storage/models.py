"""The tables. Every change to them comes with an Alembic migration in ``migrations/versions``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _json(default=list) -> Any:
    return Field(default_factory=default, sa_column=Column(JSON, nullable=False))


class Operator(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name_kk: str = Field(max_length=300)
    name_ru: str = Field(max_length=300)
    short_name: str = Field(default="", max_length=120)
    reg_number: str = Field(default="", max_length=40)
    reg_kind: str = Field(default="BIN", max_length=10)  # BIN or a foreign kind such as INN
    country: str = Field(default="KZ", max_length=2)
    # the postal address in each language (migration 0011 moved the one ``address`` into the
    # half it was written in): a Kazakh letter prints the Kazakh half and never borrows the other
    address_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    address_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    email: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=60)
    website: str = Field(default="", max_length=200)
    signatory_position_kk: str = Field(default="", max_length=200)
    signatory_position_ru: str = Field(default="", max_length=200)
    signatory_name: str = Field(default="", max_length=200)
    executor_name: str = Field(default="", max_length=200)
    executor_phone: str = Field(default="", max_length=60)
    request_prefix: str = Field(default="ВХ", max_length=10)
    request_pattern: str = Field(default="{prefix}-{year}/{seq:04d}", max_length=80)
    # the outgoing number of a Russian (and bilingual) letter, and of a Kazakh one (migration
    # 0011): one series, one running number, only the words differ («ИСХ» / «ШЫҒ»)
    outgoing_pattern: str = Field(default="{prefix}-ИСХ-{year}/{seq:04d}", max_length=80)
    outgoing_pattern_kk: str = Field(
        default="{prefix}-ШЫҒ-{year}/{seq:04d}",
        max_length=80,
        sa_column_kwargs={"server_default": "{prefix}-ШЫҒ-{year}/{seq:04d}"},
    )
    # destruction acts are internal and numbered in a series of their own (migration 0008)
    act_pattern: str = Field(
        default="АКТ-{year}/{seq:04d}",
        max_length=80,
        sa_column_kwargs={"server_default": "АКТ-{year}/{seq:04d}"},
    )
    # The data map (app.domain.data_map.DataMap; migration 0008 made systems kk/ru pairs and
    # added methods and sources): each a list of {"kk": …, "ru": …}, categories with an optional
    # "retention" rule, recipients with an optional "country".
    data_categories: list[dict] = _json()
    purposes: list[dict] = _json()
    methods: list[dict] = _json()
    sources: list[dict] = _json()
    recipients: list[dict] = _json()
    systems: list[dict] = _json()
    retention_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    retention_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    withdrawal_rule_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    withdrawal_rule_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    cross_border: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)

    def address_in(self, language: str) -> str:
        """The address in ``language`` (kk or ru); a bilingual use (the post office's list,
        a ``bi`` letter) takes the Russian half, else the Kazakh one."""
        if language == "kk":
            return self.address_kk
        if language == "ru":
            return self.address_ru
        return self.address_ru or self.address_kk


class ConsentDocument(SQLModel, table=True):
    __tablename__ = "consent_document"
    id: int | None = Field(default=None, primary_key=True)
    operator_id: int = Field(foreign_key="operator.id", index=True)
    title_kk: str = Field(max_length=400)
    title_ru: str = Field(default="", max_length=400)
    edition: str = Field(default="", max_length=60)
    effective_date: dt.date | None = None
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    file_name: str = Field(default="", max_length=260)
    file_data: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Subject(SQLModel, table=True):
    __table_args__ = (
        Index("ix_subject_operator_iin", "operator_id", "iin"),
        Index("ix_subject_surname_key", "surname_key"),
        Index("ix_subject_given_key", "given_key"),
        Index("ix_subject_patronymic_key", "patronymic_key"),
        Index("ix_subject_iin", "iin"),
        Index("ix_subject_updated_at", "updated_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    operator_id: int = Field(foreign_key="operator.id", index=True)
    surname: str = Field(max_length=120)
    given_name: str = Field(default="", max_length=120)
    patronymic: str = Field(default="", max_length=120)
    surname_key: str = Field(default="", max_length=120)
    given_key: str = Field(default="", max_length=120)
    patronymic_key: str = Field(default="", max_length=120)
    iin: str | None = Field(default=None, max_length=12)
    birth_date: dt.date | None = None
    phone: str = Field(default="", max_length=60)
    email: str = Field(default="", max_length=200)
    address: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    account_id: str = Field(default="", max_length=200)
    client_org: str = Field(default="", max_length=300)
    client_bin: str = Field(default="", max_length=12)
    status: str = Field(default="active", max_length=30)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    # optimistic locking (migration 0006): bumped by every change, with who made it
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str = Field(default="", max_length=120, sa_column_kwargs={"server_default": ""})
    # set when this record was merged into another of the same person (migration 0008)
    merged_into_id: int | None = Field(default=None, foreign_key="subject.id")


class Consent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="consent_document.id")
    given_at: dt.datetime | None = None
    channel: str = Field(default="checkbox", max_length=30)
    withdrawn_at: dt.datetime | None = None
    withdrawal_request_id: int | None = Field(default=None, foreign_key="request.id")


# Columns the database keeps from other rows (triggers), not facts anyone recorded: left out
# of the audit log's snapshots.
KEPT_BY_THE_DATABASE = frozenset({"notice_awaited", "answer_final"})


class Request(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("operator_id", "reg_number", name="uq_request_operator_number"),
        UniqueConstraint("operator_id", "reg_year", "reg_seq", name="uq_request_operator_seq"),
        # with the id: PostgreSQL answers the dashboard's tiles from the index alone
        Index("ix_request_status_due", "status", "due_date", "id"),
        Index("ix_request_received", "received_date"),
        Index("ix_request_reg_order", "reg_year", "reg_seq", "id"),
        Index("ix_request_type_order", "type", "reg_year", "reg_seq", "id"),
        Index("ix_request_assignee", "assignee"),
        # the "awaiting delivery" tile: one range, flag set and the status not ended
        Index("ix_request_notice", "notice_awaited", "status"),
        # the "to print" tile: one range, answer ready without a final answer letter
        Index("ix_request_answer", "answer_final", "status"),
    )
    id: int | None = Field(default=None, primary_key=True)
    operator_id: int = Field(foreign_key="operator.id", index=True)
    reg_number: str = Field(max_length=60)
    reg_year: int
    reg_seq: int
    received_date: dt.date
    registered_date: dt.date
    postmark_date: dt.date | None = None
    letter_date: dt.date | None = None  # the date the sender wrote on the letter
    channel: str = Field(default="post", max_length=30)
    sender: str = Field(max_length=300)
    sender_address: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    language: str = Field(default="ru", max_length=5)
    type: str = Field(max_length=40)
    signed: bool = False
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    subject_id: int | None = Field(default=None, foreign_key="subject.id", index=True)
    assignee: str = Field(default="", max_length=120)
    status: str = Field(default="registered", max_length=30)
    term_days: int = 30
    term_basis: str = Field(default="", max_length=300)
    due_date: dt.date | None = None  # None while the clock is stopped
    remaining_days: int | None = None  # working days left when the clock stopped
    outcome: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    closed_date: dt.date | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    # optimistic locking (migration 0006): bumped by every change, with who made it
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str = Field(default="", max_length=120, sa_column_kwargs={"server_default": ""})
    # one of its letters awaits its delivery notice (the letter's part of State.AWAITING, the
    # request's status aside); kept by the letter table's triggers (migration 0019), never
    # written by the code
    notice_awaited: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    # one of its answer letters is final (the "to print" tile: answer ready without one); kept
    # the same way
    answer_final: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class RequestNameKey(SQLModel, table=True):
    """One row per word of a request's sender as written, by its name key (migration 0010):
    a name prefix in any script finds the request through the (key, request_id) primary key,
    an index range, instead of reading every sender. Kept in step with ``Request.sender`` by
    :mod:`app.storage.name_index` (every ORM write; bulk inserts call it themselves)."""

    __tablename__ = "request_name_key"
    key: str = Field(primary_key=True, max_length=120)
    request_id: int = Field(
        primary_key=True,
        foreign_key="request.id",
        index=True,
        ondelete="CASCADE",
    )


class RequestSubjectKey(SQLModel, table=True):
    """The linked subject's name keys, one row per key per request (migration 0015): the
    register's name search reads a range of request ids here instead of every subject with
    the prefix. Kept by :mod:`app.storage.search_index`."""

    __tablename__ = "request_subject_key"
    key: str = Field(primary_key=True, max_length=120)
    request_id: int = Field(
        primary_key=True,
        foreign_key="request.id",
        index=True,
        ondelete="CASCADE",
    )


class AttachmentKey(SQLModel, table=True):
    """The name keys of the words read from a scan (``attachment.text``, migration 0015): the
    register's search finds a request by the words of its letter. Kept by
    :mod:`app.storage.search_index`; a destroyed scan keeps none."""

    __tablename__ = "attachment_key"
    key: str = Field(primary_key=True, max_length=120)
    request_id: int = Field(primary_key=True, foreign_key="request.id", ondelete="CASCADE")
    attachment_id: int = Field(
        primary_key=True,
        foreign_key="attachment.id",
        index=True,
        ondelete="CASCADE",
    )


class StatusChange(SQLModel, table=True):
    __tablename__ = "status_change"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    from_status: str | None = Field(default=None, max_length=30)
    to_status: str = Field(max_length=30)
    at: dt.datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=120)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class ClockStopRow(SQLModel, table=True):
    __tablename__ = "clock_stop"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    stopped_on: dt.date
    resumed_on: dt.date | None = None
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    actor: str = Field(default="", max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow)
    resumed_at: dt.datetime | None = None
    resumed_by: str = Field(default="", max_length=120)


class ExtensionRow(SQLModel, table=True):
    __tablename__ = "extension"
    # the extensions granted late (the overdue tile keeps their requests), without a scan
    __table_args__ = (Index("ix_extension_late", "late_days", "request_id"),)
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    days: int
    new_due: dt.date | None = None  # the due date it gave when granted
    late_days: int = 0  # working days the deadline had been missed when granted (0: in time)
    # the reason in each language (migration 0014 moved the one ``reason`` into the half it was
    # written in): the extension notice prints the half of its language, never the other
    reason_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reason_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    granted_on: dt.date
    actor: str = Field(default="", max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow)

    def reason_in(self, language: str) -> str:
        """The reason in ``language`` (kk or ru), "" when that half was not written."""
        return self.reason_kk if language == "kk" else self.reason_ru if language == "ru" else ""

    @property
    def reason(self) -> str:
        """Both halves for a reader of either language (the window, the command line, the
        audit): the Kazakh, then the Russian when it says something else."""
        kk, ru = self.reason_kk.strip(), self.reason_ru.strip()
        return f"{kk} / {ru}" if kk and ru and kk != ru else kk or ru


class RequestNote(SQLModel, table=True):
    __tablename__ = "request_note"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    at: dt.datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=120)
    text: str = Field(sa_column=Column(Text, nullable=False))


class Attachment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    file_name: str = Field(max_length=260)
    content_type: str = Field(max_length=100)
    size: int
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    is_id_copy: bool = False
    flagged_for_destruction: bool = False
    destroyed_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    # the letter's words as recognition read them from this scan ("" when not read); erased
    # with the scan's content
    text: str = Field(
        default="", sa_column=Column(Text, nullable=False, default="", server_default="")
    )


class Letter(SQLModel, table=True):
    __table_args__ = (
        Index("ix_letter_sent_on", "sent_on"),
        # a request's answer letters (the "to print" tile's look), from the index alone
        Index("ix_letter_answer", "request_id", "kind", "finalized_at"),
        Index(
            "ix_letter_notice",
            "delivered_on",
            "returned_on",
            "sent_on",
            "method",
            "request_id",
            "series",
            "kind",
            "finalized_at",
            "out_number",
        ),
        # the final letters not posted yet (the "to post" tile, the Outgoing list): one range
        # of the index alone, series "out" and no date sent (the acts, never posted, and the
        # posted letters are most of the letters)
        Index(
            "ix_letter_to_post",
            "series",
            "sent_on",
            "kind",
            "finalized_at",
            "out_number",
            "request_id",
        ),
        UniqueConstraint(
            "operator_id", "series", "out_year", "out_seq", name="uq_letter_operator_seq"
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    operator_id: int = Field(foreign_key="operator.id", index=True)
    kind: str = Field(max_length=40)
    language: str = Field(max_length=5)
    # the number series: "out" for letters sent, "act" for destruction acts (migration 0008)
    series: str = Field(default="out", max_length=20, sa_column_kwargs={"server_default": "out"})
    out_number: str | None = Field(default=None, max_length=60)
    out_year: int | None = None
    out_seq: int | None = None
    out_date: dt.date | None = None
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    pdf: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    sha256: str | None = Field(default=None, max_length=64)
    finalized_at: dt.datetime | None = None
    method: str = Field(default="", max_length=30)
    sent_on: dt.date | None = None
    tracking_number: str = Field(default="", max_length=40)
    delivered_on: dt.date | None = None
    # dispatch (migration 0009): the return, the weight class in grams, the addressee and
    # address as posted, the officer's note and who dispatched it
    returned_on: dt.date | None = None
    weight: int | None = None
    addressee: str = Field(default="", max_length=300, sa_column_kwargs={"server_default": ""})
    address: str = Field(
        default="", sa_column=Column(Text, nullable=False, default="", server_default="")
    )
    dispatch_note: str = Field(
        default="", sa_column=Column(Text, nullable=False, default="", server_default="")
    )
    dispatched_by: str = Field(default="", max_length=120, sa_column_kwargs={"server_default": ""})
    created_at: dt.datetime = Field(default_factory=utcnow)


class NumberSeries(SQLModel, table=True):
    """The last number handed out per operator, series and year (gapless allocation)."""

    __tablename__ = "number_series"
    operator_id: int = Field(foreign_key="operator.id", primary_key=True)
    series: str = Field(max_length=20, primary_key=True)
    year: int = Field(primary_key=True)
    last: int = 0


class CalendarOverride(SQLModel, table=True):
    __tablename__ = "calendar_override"
    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(unique=True)
    kind: str = Field(max_length=10)  # holiday | workday
    note: str = Field(default="", max_length=300)
    created_at: dt.datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=80)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))


class AuditEntry(SQLModel, table=True):
    """Append-only; each entry carries the hash of the one before it."""

    __tablename__ = "audit_entry"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused (migration 0005)
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=120)
    action: str = Field(max_length=60)
    entity: str = Field(max_length=40)
    entity_id: str = Field(default="", max_length=40)
    before: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class LetterTemplate(SQLModel, table=True):
    """The officer's edited copy of a shipped letter template (the shipped file stays intact)."""

    __tablename__ = "letter_template"
    __table_args__ = (UniqueConstraint("kind", "language", name="uq_letter_template_kind_lang"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)
    language: str = Field(max_length=5)
    source: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: dt.datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=120)


# --- the withdrawal workflow (migration 0008; rules in app.domain.withdrawal) ---------------


class Withdrawal(SQLModel, table=True):
    """The workflow of one consent withdrawal or destruction request: each step with who and
    when. Its checklist and outcomes are rows of their own; its steps are logged in
    :class:`WithdrawalStep` for the case's timeline."""

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", unique=True)
    # checks
    signed: bool | None = None  # None: not checked yet
    identity: str = Field(default="", max_length=20)  # '' | match | mismatch
    identity_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    checked_by: str = Field(default="", max_length=120)
    checked_at: dt.datetime | None = None
    # decision
    decision: str = Field(default="", max_length=20)  # '' | accepted | refused
    ground: str = Field(default="", max_length=20)  # refused: law | obligation (art. 8(2))
    # refused: the ground in detail in each language (migration 0015): the refusal prints its half
    ground_detail_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    ground_detail_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    decided_by: str = Field(default="", max_length=120)
    decided_at: dt.datetime | None = None
    # the day processing stopped (by default the receipt date)
    effective_date: dt.date | None = None
    # the consents the withdrawal names (Consent ids), closed when the confirmation is sent
    consent_ids: list[int] = _json()
    # the destruction act's details; its number and date are its Letter's (series "act")
    act_place_kk: str = Field(default="", max_length=200)
    act_place_ru: str = Field(default="", max_length=200)
    act_members: list[dict] = _json()  # [{"name", "position_kk", "position_ru"}]
    act_approver_name: str = Field(default="", max_length=200)
    act_approver_position_kk: str = Field(default="", max_length=200)
    act_approver_position_ru: str = Field(default="", max_length=200)
    act_approved_on: dt.date | None = None
    # the end: the confirmation was sent and the subject's status changed
    completed_at: dt.datetime | None = None
    completed_by: str = Field(default="", max_length=120)
    result_status: str = Field(default="", max_length=30)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class WithdrawalSystem(SQLModel, table=True):
    """One line of the checklist: a system of the operator's (copied when the workflow began,
    so a later change of the data map does not rewrite what was done)."""

    __tablename__ = "withdrawal_system"
    id: int | None = Field(default=None, primary_key=True)
    withdrawal_id: int = Field(foreign_key="withdrawal.id", index=True)
    position: int = 0
    name_kk: str = Field(default="", max_length=300)
    name_ru: str = Field(default="", max_length=300)
    done: bool = False
    done_on: dt.date | None = None
    done_by: str = Field(default="", max_length=120)
    # the officer's note in each language (migration 0015): the act prints the half of its own
    note_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    note_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class WithdrawalOutcome(SQLModel, table=True):
    """One data category's outcome, chosen by the officer ('' until chosen); a retained one is
    purged after ``until`` (``purged_at`` then says when)."""

    __tablename__ = "withdrawal_outcome"
    __table_args__ = (Index("ix_withdrawal_outcome_until", "outcome", "until"),)
    id: int | None = Field(default=None, primary_key=True)
    withdrawal_id: int = Field(foreign_key="withdrawal.id", index=True)
    position: int = 0
    category_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    category_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    outcome: str = Field(default="", max_length=20)  # '' | destroyed | anonymised | retained
    basis_kk: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    basis_ru: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    until: dt.date | None = None
    recorded_by: str = Field(default="", max_length=120)
    recorded_at: dt.datetime | None = None
    purged_at: dt.datetime | None = None


class WithdrawalStep(SQLModel, table=True):
    """What was recorded at each step, by whom and when: the case's timeline shows these."""

    __tablename__ = "withdrawal_step"
    id: int | None = Field(default=None, primary_key=True)
    withdrawal_id: int = Field(foreign_key="withdrawal.id", index=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    step: str = Field(max_length=30)
    at: dt.datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=120)
    detail: dict = _json(dict)


# The sender's name keys follow every ORM write of a request (see app.storage.name_index).
from app.storage import name_index  # noqa: E402

name_index.watch(Request, RequestNameKey)

# The subject's keys and the scans' words follow them too (see app.storage.search_index).
from app.storage import search_index  # noqa: E402

search_index.watch(Request, Subject, Attachment, AttachmentKey)
