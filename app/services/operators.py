"""Operator profiles: create, edit, list, and which one is the default."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import select

from app.domain.contacts import is_email
from app.domain.errors import DomainError
from app.domain.identifiers import validate_bin
from app.domain.numbering import validate_pattern
from app.services import settings
from app.services.context import Context, changes, snapshot
from app.storage.models import ConsentDocument, Operator

_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FOREIGN_NUMBER = re.compile(r"^[0-9A-Za-z-]{5,20}$")


@dataclass
class OperatorInput:
    code: str
    name_kk: str
    name_ru: str
    reg_number: str = ""
    reg_kind: str = "BIN"
    country: str = "KZ"
    short_name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    signatory_position_kk: str = ""
    signatory_position_ru: str = ""
    signatory_name: str = ""
    executor_name: str = ""
    executor_phone: str = ""
    request_prefix: str = "ВХ"
    request_pattern: str = "{prefix}-{year}/{seq:04d}"
    outgoing_pattern: str = "{prefix}-ИСХ-{year}/{seq:04d}"
    data_categories: list[dict] = field(default_factory=list)
    purposes: list[dict] = field(default_factory=list)
    recipients: list[dict] = field(default_factory=list)
    systems: list[str] = field(default_factory=list)
    retention_kk: str = ""
    retention_ru: str = ""
    withdrawal_rule_kk: str = ""
    withdrawal_rule_ru: str = ""
    cross_border: bool = False


def validate(data: OperatorInput) -> OperatorInput:
    """Check every field; the first problem is raised naming its field."""
    data.code = data.code.strip().lower()
    if not _CODE.match(data.code):
        raise DomainError("use 1–40 Latin letters, digits, '-' or '_'", "code")
    for name in ("name_kk", "name_ru"):
        value = getattr(data, name).strip()
        if not value:
            raise DomainError("must not be empty", name)
        setattr(data, name, value)
    data.reg_kind = (data.reg_kind or "BIN").strip().upper()
    data.country = (data.country or "KZ").strip().upper()
    if len(data.country) != 2 or not data.country.isalpha():
        raise DomainError("must be a two-letter country code such as KZ", "country")
    if data.reg_kind == "BIN":
        data.reg_number = validate_bin(data.reg_number, "reg_number")
    elif data.reg_number.strip():
        data.reg_number = data.reg_number.strip()
        if not _FOREIGN_NUMBER.match(data.reg_number):
            raise DomainError("must be 5–20 letters, digits or '-'", "reg_number")
    if data.email.strip() and not is_email(data.email.strip()):
        raise DomainError("is not an e-mail address", "email")
    data.email = data.email.strip()
    if not data.request_prefix.strip():
        raise DomainError("must not be empty", "request_prefix")
    validate_pattern(data.request_pattern, "request_pattern")
    validate_pattern(data.outgoing_pattern, "outgoing_pattern")
    return data


def create(ctx: Context, data: OperatorInput, make_default: bool | None = None) -> Operator:
    data = validate(data)
    with ctx.write() as w:
        if w.session.exec(select(Operator).where(Operator.code == data.code)).first():
            raise DomainError(f"an operator with code {data.code!r} exists already", "code")
        operator = Operator(**data.__dict__)
        w.session.add(operator)
        w.session.flush()
        w.audit("operator.create", "operator", operator.id, None, snapshot(operator))
        first = w.session.exec(select(Operator.id)).all() == [operator.id]
        if make_default or (make_default is None and first):
            settings._put(w, settings.DEFAULT_OPERATOR_KEY, operator.id)
        return operator


def update(ctx: Context, operator_id: int, data: OperatorInput) -> Operator:
    data = validate(data)
    with ctx.write() as w:
        operator = w.session.get(Operator, operator_id)
        if operator is None:
            raise DomainError(f"no operator with id {operator_id}", "operator")
        clash = w.session.exec(select(Operator).where(Operator.code == data.code)).first()
        if clash is not None and clash.id != operator_id:
            raise DomainError(f"an operator with code {data.code!r} exists already", "code")
        before = snapshot(operator)
        for key, value in data.__dict__.items():
            setattr(operator, key, value)
        w.session.add(operator)
        w.session.flush()
        w.audit("operator.update", "operator", operator_id, *changes(before, snapshot(operator)))
        return operator


def all_operators(ctx: Context) -> list[Operator]:
    with ctx.read() as session:
        return list(session.exec(select(Operator).order_by(Operator.id)).all())


def get(ctx: Context, operator_id: int) -> Operator:
    with ctx.read() as session:
        operator = session.get(Operator, operator_id)
    if operator is None:
        raise DomainError(f"no operator with id {operator_id}", "operator")
    return operator


def default_operator_id(ctx: Context) -> int | None:
    value = settings.get(ctx, settings.DEFAULT_OPERATOR_KEY)
    if value is not None:
        return int(value)
    ops = all_operators(ctx)
    return ops[0].id if ops else None


def set_default(ctx: Context, operator_id: int) -> None:
    get(ctx, operator_id)
    settings.set_value(ctx, settings.DEFAULT_OPERATOR_KEY, operator_id)


def resolve(ctx: Context, operator_id: int | None) -> Operator:
    """The operator asked for, or the database's default one."""
    if operator_id is None:
        operator_id = default_operator_id(ctx)
        if operator_id is None:
            raise DomainError(
                "no operator profile exists yet; create one or run `derbes demo`", "operator"
            )
    return get(ctx, operator_id)


def add_consent_document(
    ctx: Context, operator_id: int, document: ConsentDocument
) -> ConsentDocument:
    if not document.title_kk.strip():
        raise DomainError("must not be empty", "title_kk")
    with ctx.write() as w:
        if w.session.get(Operator, operator_id) is None:
            raise DomainError(f"no operator with id {operator_id}", "operator")
        document.operator_id = operator_id
        w.session.add(document)
        w.session.flush()
        w.audit(
            "consent_document.create", "consent_document", document.id, None, snapshot(document)
        )
        return document


def consent_documents(ctx: Context, operator_id: int) -> list[ConsentDocument]:
    with ctx.read() as session:
        return list(
            session.exec(
                select(ConsentDocument).where(ConsentDocument.operator_id == operator_id)
            ).all()
        )
