"""Settings kept in the database: deadline policy, calendar overrides, defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from app.domain import deadlines as domain_deadlines
from app.domain.calendar import Override, OverrideKind, WorkCalendar
from app.domain.deadlines import PRESETS, DeadlinePolicy
from app.domain.errors import DomainError
from app.domain.requests import RequestType
from app.services import deadlines, due_undo
from app.services.context import Context, Writer
from app.services.deadlines import DueChange
from app.storage.models import CalendarOverride, Setting

AUTHORITY_KEY = "appeal_authority"
DEFAULT_OPERATOR_KEY = "default_operator_id"
MAX_NOTE = 300
# The authorized body in the sphere of personal data protection, as the letters name it where to
# appeal: the ministry since the 2025 reorganisation. The officer may name its committee and add
# its address (Settings); that text is kept as typed.
DEFAULT_AUTHORITY = {
    "kk": "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі",
    "ru": "Министерство искусственного интеллекта и цифрового развития Республики Казахстан",
}
# The defaults earlier versions stored: a database still holding one of them gets the current
# default in its place (per language); any other text is the officer's and is kept.
OLD_DEFAULT_AUTHORITIES = (
    {
        "kk": "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
        "министрлігінің Ақпараттық қауіпсіздік комитеті",
        "ru": "Комитет по информационной безопасности Министерства цифрового развития, инноваций "
        "и аэрокосмической промышленности Республики Казахстан",
    },
)
# The clarification letter asks the subject to reply within this many working days of its date
# (the bounds are the domain's).
REPLY_DAYS_KEY = "clarification_reply_days"
DEFAULT_REPLY_DAYS = domain_deadlines.REPLY_DAYS_DEFAULT
MIN_REPLY_DAYS = domain_deadlines.REPLY_DAYS_MIN
MAX_REPLY_DAYS = domain_deadlines.REPLY_DAYS_MAX


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
    """The authorized body in each letter language: the stored text, with a half that is still
    an old default (or empty) replaced by the current default."""
    return current_authority(get(ctx, AUTHORITY_KEY))


def current_authority(stored: Any) -> dict[str, str]:
    """``stored`` (the setting's value, or None) brought up to date: per language, an old default
    or a missing text becomes :data:`DEFAULT_AUTHORITY`; a text the officer changed is kept."""
    stored = stored if isinstance(stored, dict) else {}
    found = {}
    for lang, default in DEFAULT_AUTHORITY.items():
        text = str(stored.get(lang) or "").strip()
        outdated = any(_same(text, old[lang]) for old in OLD_DEFAULT_AUTHORITIES)
        found[lang] = default if not text or outdated else text
    return found


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def reply_days_in(session) -> int:
    """Working days the subject is given to answer a clarification (Settings; default 10)."""
    row = session.get(Setting, REPLY_DAYS_KEY)
    value = row.value if row is not None else None
    try:
        return domain_deadlines.validate_reply_days(value)
    except DomainError:  # none stored, or a value out of today's bounds
        return DEFAULT_REPLY_DAYS


def reply_days(ctx: Context) -> int:
    with ctx.read() as session:
        return reply_days_in(session)


def set_reply_days(ctx: Context, days: int) -> None:
    """Keep the clarification's reply term (audited as ``setting.change``)."""
    set_value(ctx, REPLY_DAYS_KEY, domain_deadlines.validate_reply_days(days))


def policy(ctx: Context) -> DeadlinePolicy:
    with ctx.read() as session:
        return deadlines.load_policy(session)


def set_policy(ctx: Context, new: DeadlinePolicy) -> int:
    """Store the policy and recompute open requests; returns how many due dates moved. The
    previous terms and due dates are kept for one :func:`undo_due_change`."""
    with ctx.write() as w:
        old = deadlines.load_policy(w.session)
        _put(w, deadlines.POLICY_KEY, new.to_dict())
        calendar = deadlines.load_calendar(w.session)
        changes = deadlines.recompute_changes(w.session, calendar, new)
        moved = sum(c.moved for c in changes)
        w.audit(
            "deadline.recompute", "request", "", None, due_undo.record_recompute(changes, new.name)
        )
        if changes or old.to_dict() != new.to_dict():
            due_undo.remember(w, {"policy": old.to_dict()}, changes)
        return moved


def preview_policy(ctx: Context, new: DeadlinePolicy) -> list[DueChange]:
    """The open requests :func:`set_policy` would change (old and new due dates); writes
    nothing."""
    with ctx.read() as session:
        return deadlines.plan_open(session, deadlines.load_calendar(session), new)


def preset(name: str) -> DeadlinePolicy:
    if name not in PRESETS:
        raise DomainError.at("preset", "choice", value=name, choices=list(PRESETS))
    return PRESETS[name]


def preview_preset(ctx: Context, name: str) -> list[DueChange]:
    return preview_policy(ctx, preset(name))


def apply_preset(ctx: Context, name: str) -> int:
    return set_policy(ctx, preset(name))


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
        moved = _recompute_calendar(w, row.id, before)
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
        return _recompute_calendar(w, override_id, before)


def _recompute_calendar(w: Writer, override_id: int, before: dict | None) -> int:
    """After a calendar day changed: recompute open requests, audit and keep it for undo."""
    changes = deadlines.recompute_changes(w.session, deadlines.load_calendar(w.session))
    w.audit("deadline.recompute", "request", "", None, due_undo.record_recompute(changes))
    iso = None if before is None else {**before, "day": before["day"].isoformat()}
    due_undo.remember(w, {"calendar": {"id": override_id, "before": iso}}, changes)
    return sum(c.moved for c in changes)


def _calendar_with(
    session, day: dt.date | None, kind: str = "", note: str = "", override_id: int | None = None
) -> WorkCalendar:
    """The calendar as it would be with one day added, edited (``override_id``) or, with no
    ``day``, removed; nothing written."""
    rows = session.exec(select(CalendarOverride)).all()
    days = [Override(r.day, OverrideKind(r.kind), r.note) for r in rows if r.id != override_id]
    if day is not None:
        days = [d for d in days if d.day != day] + [Override(day, OverrideKind(kind), note)]
    return WorkCalendar(days)


def preview_override(
    ctx: Context, day: dt.date, kind: str, note: str = "", override_id: int | None = None
) -> list[DueChange]:
    """The open requests :func:`save_override` would change; writes nothing."""
    try:
        kind = OverrideKind(kind).value
    except ValueError as exc:
        raise DomainError.at(
            "kind", "choice", value=kind, choices=[k.value for k in OverrideKind]
        ) from exc
    with ctx.read() as session:
        return deadlines.plan_open(session, _calendar_with(session, day, kind, note, override_id))


def preview_remove_override(ctx: Context, override_id: int) -> list[DueChange]:
    """The open requests :func:`remove_override` would change; writes nothing."""
    with ctx.read() as session:
        return deadlines.plan_open(session, _calendar_with(session, None, override_id=override_id))


undo_due_change = due_undo.undo_due_change
last_due_change = due_undo.last_change


def overrides(ctx: Context) -> list[CalendarOverride]:
    with ctx.read() as session:
        return list(session.exec(select(CalendarOverride).order_by(CalendarOverride.day)).all())


def calendar(ctx: Context, language: str = "en"):
    with ctx.read() as session:
        return deadlines.load_calendar(session, language)
