"""Operator profiles: create, edit, list, and which one is the default."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import select

from app.domain import operator_input
from app.domain.data_map import PARTS, DataMap
from app.domain.errors import DomainError, raise_if
from app.services import settings
from app.services.context import Context, changes, snapshot
from app.storage.models import ConsentDocument, Operator


@dataclass
class OperatorInput:
    code: str
    name_kk: str
    name_ru: str
    reg_number: str = ""
    reg_kind: str = "BIN"
    country: str = "KZ"
    short_name: str = ""
    # what a letter prints, in each language (app.domain.operator_input: a half typed asks
    # for the other; a letter in a language whose half is missing is refused)
    address_kk: str = ""
    address_ru: str = ""
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
    outgoing_pattern: str = "{prefix}-ИСХ-{year}/{seq:04d}"  # Russian and bilingual letters
    outgoing_pattern_kk: str = "{prefix}-ШЫҒ-{year}/{seq:04d}"  # Kazakh letters, same series
    # the data map (app.domain.data_map): kk/ru pairs; a system given as a bare string is
    # taken as its Russian half (see DataMap.from_json)
    data_categories: list[dict] = field(default_factory=list)
    purposes: list[dict] = field(default_factory=list)
    methods: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    recipients: list[dict] = field(default_factory=list)
    systems: list[dict | str] = field(default_factory=list)
    act_pattern: str = "АКТ-{year}/{seq:04d}"
    retention_kk: str = ""
    retention_ru: str = ""
    withdrawal_rule_kk: str = ""
    withdrawal_rule_ru: str = ""
    cross_border: bool = False


def validate(data: OperatorInput) -> OperatorInput:
    """Every field by the rules of :mod:`app.domain.operator_input`; raises one DomainError with
    every problem found, else returns ``data`` cleaned."""
    raise_if(operator_input.problems(data))
    data.code = operator_input.clean_code(data.code)
    data.name_kk = data.name_kk.strip()
    data.name_ru = data.name_ru.strip()
    data.reg_kind = operator_input.clean_kind(data.reg_kind)
    data.country = operator_input.clean_country(data.country)
    data.reg_number = (
        "".join(data.reg_number.split()) if data.reg_kind == "BIN" else data.reg_number.strip()
    )
    data.email = data.email.strip()
    for name in ("address_kk", "address_ru", "signatory_position_kk", "signatory_position_ru"):
        setattr(data, name, (getattr(data, name) or "").strip())
    mapped = DataMap.from_json(data.__dict__).to_json()
    for part in PARTS:
        setattr(data, part, mapped[part])
    return data


def create(ctx: Context, data: OperatorInput, make_default: bool | None = None) -> Operator:
    data = validate(data)
    with ctx.write() as w:
        if w.session.exec(select(Operator).where(Operator.code == data.code)).first():
            raise DomainError.at("code", "code_taken", value=data.code)
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
            raise DomainError.at("operator", "no_operator", id=operator_id)
        clash = w.session.exec(select(Operator).where(Operator.code == data.code)).first()
        if clash is not None and clash.id != operator_id:
            raise DomainError.at("code", "code_taken", value=data.code)
        before = snapshot(operator)
        for key, value in data.__dict__.items():
            setattr(operator, key, value)
        w.session.add(operator)
        w.session.flush()
        w.audit("operator.update", "operator", operator_id, *changes(before, snapshot(operator)))
        return operator


@dataclass(frozen=True)
class OperatorChoice:
    """An operator as a list to choose from shows it."""

    id: int
    short_name: str
    name_kk: str
    name_ru: str

    @property
    def label(self) -> str:
        """The short name an officer recognises, else the Kazakh name."""
        return self.short_name or self.name_kk


def choices(ctx: Context) -> tuple[list[OperatorChoice], int | None]:
    """Every operator to choose from, oldest first, and the default one's id."""
    return listed(ctx), default_operator_id(ctx)


def listed(ctx: Context) -> list[OperatorChoice]:
    """Every operator as a list shows it, oldest first: four columns, without loading the
    operators themselves (the window's start asks for this before its first paint, where
    the first load of a table's objects costs more than the whole read)."""
    table = Operator.__table__
    columns = (table.c.id, table.c.short_name, table.c.name_kk, table.c.name_ru)
    with ctx.read() as session:
        rows = session.execute(select(*columns).order_by(table.c.id)).all()
    return [OperatorChoice(*row) for row in rows]


def any_exists(ctx: Context) -> bool:
    """Whether the database has an operator yet (the window's start: welcome or desk)."""
    table = Operator.__table__
    with ctx.read() as session:
        return session.execute(select(table.c.id).limit(1)).first() is not None


def all_operators(ctx: Context) -> list[Operator]:
    with ctx.read() as session:
        return list(session.exec(select(Operator).order_by(Operator.id)).all())


def get(ctx: Context, operator_id: int) -> Operator:
    with ctx.read() as session:
        operator = session.get(Operator, operator_id)
    if operator is None:
        raise DomainError.at("operator", "no_operator", id=operator_id)
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
            raise DomainError.at("operator", "no_operator_profile")
    return get(ctx, operator_id)


def add_consent_document(
    ctx: Context, operator_id: int, document: ConsentDocument
) -> ConsentDocument:
    raise_if(operator_input.document_problems(document.title_kk))
    with ctx.write() as w:
        if w.session.get(Operator, operator_id) is None:
            raise DomainError.at("operator", "no_operator", id=operator_id)
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
