"""Settings kept in the database: deadline policy, calendar overrides, defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from app.domain.calendar import OverrideKind
from app.domain.deadlines import PRESETS, DeadlinePolicy
from app.domain.errors import DomainError
from app.domain.requests import RequestType
from app.services import deadlines
from app.services.context import Context, Writer
from app.storage.models import CalendarOverride, Setting

AUTHORITY_KEY = "appeal_authority"
DEFAULT_OPERATOR_KEY = "default_operator_id"
MAX_NOTE = 300
DEFAULT_AUTHORITY = {
    "kk": "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
    "министрлігінің Ақпараттық қауіпсіздік комитеті",
    "ru": "Комитет по информационной безопасности Министерства цифрового развития, инноваций "
    "и аэрокосмической промышленности Республики Казахстан",
}


def get(ctx: Context, key: str, default: Any = None) -> Any:
    with ctx.read() as session:
        row = session.get(Setting, key)
        return default if row is None else row.value


def _put(w: Writer, key: str, value: Any) -> None:
    row = w.session.get(Setting, key)
    before = None if row is None else row.value
    if row is None:
        row = Setting(key=key, value=value)
    else:
        row.value = value
    w.session.add(row)
    w.audit("setting.change", "setting", key, before, value)


def set_value(ctx: Context, key: str, value: Any) -> None:
    with ctx.write() as w:
        _put(w, key, value)


def appeal_authority(ctx: Context) -> dict[str, str]:
    return get(ctx, AUTHORITY_KEY) or dict(DEFAULT_AUTHORITY)


def policy(ctx: Context) -> DeadlinePolicy:
    with ctx.read() as session:
        return deadlines.load_policy(session)


def set_policy(ctx: Context, new: DeadlinePolicy) -> int:
    """Store the policy and recompute open requests; returns how many due dates moved."""
    with ctx.write() as w:
        _put(w, deadlines.POLICY_KEY, new.to_dict())
        calendar = deadlines.load_calendar(w.session)
        moved = deadlines.recompute_open(w.session, calendar, new)
        w.audit("deadline.recompute", "request", "", None, {"moved": moved, "policy": new.name})
        return moved


def apply_preset(ctx: Context, name: str) -> int:
    if name not in PRESETS:
        raise DomainError.at("preset", "choice", value=name, choices=list(PRESETS))
    return set_policy(ctx, PRESETS[name])


def set_type_days(ctx: Context, request_type: str, days: int, basis: str) -> int:
    try:
        rtype = RequestType(request_type)
    except ValueError as exc:
        raise DomainError.at(
            "type", "choice", value=request_type, choices=[t.value for t in RequestType]
        ) from exc
    return set_policy(ctx, policy(ctx).with_days(rtype, days, basis))


@dataclass(frozen=True)
class OverrideChange:
    override_id: int | None
    moved: int


def save_override(
    ctx: Context, day: dt.date, kind: str, note: str = "", override_id: int | None = None
) -> OverrideChange:
    """Add or edit a calendar override and recompute open requests' due dates."""
    try:
        kind = OverrideKind(kind).value
    except ValueError as exc:
        raise DomainError.at(
            "kind", "choice", value=kind, choices=[k.value for k in OverrideKind]
        ) from exc
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise DomainError.at("note", "too_long", max=MAX_NOTE, given=len(note))
    with ctx.write() as w:
        clash = w.session.exec(select(CalendarOverride).where(CalendarOverride.day == day)).first()
        if clash is not None and clash.id != override_id:
            raise DomainError.at("day", "day_taken", value=day)
        if override_id is None:
            row = CalendarOverride(day=day, kind=kind, note=note)
            before = None
        else:
            row = w.session.get(CalendarOverride, override_id)
            if row is None:
                raise DomainError.at("override", "no_override")
            before = {"day": row.day, "kind": row.kind, "note": row.note}
            row.day, row.kind, row.note = day, kind, note
        w.session.add(row)
        w.session.flush()
        w.audit(
            "calendar.override",
            "calendar_override",
            row.id,
            before,
            {"day": day, "kind": kind, "note": note},
        )
        moved = deadlines.recompute_open(w.session, deadlines.load_calendar(w.session))
        return OverrideChange(row.id, moved)


def remove_override(ctx: Context, override_id: int) -> int:
    with ctx.write() as w:
        row = w.session.get(CalendarOverride, override_id)
        if row is None:
            raise DomainError.at("override", "no_override")
        before = {"day": row.day, "kind": row.kind, "note": row.note}
        w.session.delete(row)
        w.session.flush()
        w.audit("calendar.override.remove", "calendar_override", override_id, before, None)
        return deadlines.recompute_open(w.session, deadlines.load_calendar(w.session))


def overrides(ctx: Context) -> list[CalendarOverride]:
    with ctx.read() as session:
        return list(session.exec(select(CalendarOverride).order_by(CalendarOverride.day)).all())


def calendar(ctx: Context, language: str = "en"):
    with ctx.read() as session:
        return deadlines.load_calendar(session, language)
