"""One undo for the last bulk change of due dates (a change of the terms or of the calendar).

The change that moved open requests' due dates keeps, in one setting, what it replaced: the
previous terms (or calendar day) and each changed request's row as it was and as it became.
:func:`undo_due_change` puts them back exactly, in one audited transaction; a request changed
again since (an extension, a clock stop) is counted again under the restored rules instead of
being overwritten blindly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.errors import DomainError
from app.services import deadlines
from app.services.context import Context, Writer
from app.services.deadlines import DueChange
from app.storage.models import CalendarOverride, Request, Setting

UNDO_KEY = "due_change_undo"


@dataclass(frozen=True)
class UndoableChange:
    """What :func:`undo_due_change` would undo: when, by whom, what, and how many requests."""

    at: str
    actor: str
    kind: str  # "policy" or "calendar"
    requests: int
    moved: int


@dataclass(frozen=True)
class Undone:
    restored: int  # requests put back exactly as they were
    recounted: int  # requests changed since, counted again under the restored rules


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _state(values: list) -> tuple:
    days, basis, due, remaining = values
    return (days, basis, dt.date.fromisoformat(due) if due else None, remaining)


def record_recompute(changes: list[DueChange], name: str = "") -> dict:
    """The audit entry's payload for a recompute: which requests moved, from and to."""
    return {
        "moved": sum(c.moved for c in changes),
        "policy": name,
        "requests": [[c.request_id, _iso(c.old_due), _iso(c.new_due)] for c in changes],
    }


def remember(w: Writer, what: dict, changes: list[DueChange]) -> None:
    """Keep what a change replaced (``{"policy": …}`` or ``{"calendar": …}``) for one undo."""
    value = {
        "what": what,
        "at": w.now.isoformat(timespec="seconds"),
        "actor": w.actor,
        "moved": sum(c.moved for c in changes),
        "requests": [
            [c.request_id, [_iso(v) for v in c.before], [_iso(v) for v in c.after]] for c in changes
        ],
    }
    row = w.session.get(Setting, UNDO_KEY)
    if row is None:
        row = Setting(key=UNDO_KEY, value=value)
    else:
        row.value = value
    w.session.add(row)


def last_change(ctx: Context) -> UndoableChange | None:
    with ctx.read() as session:
        row = session.get(Setting, UNDO_KEY)
        if row is None or not row.value:
            return None
        v = row.value
        kind = "policy" if "policy" in v["what"] else "calendar"
        return UndoableChange(v["at"], v["actor"], kind, len(v["requests"]), v["moved"])


def _restore_calendar(w: Writer, what: dict) -> None:
    override_id, before = what["id"], what["before"]
    row = w.session.get(CalendarOverride, override_id)
    if before is None:  # the change added the day: remove it
        if row is not None:
            w.session.delete(row)
    else:
        day = dt.date.fromisoformat(before["day"])
        if row is None:
            row = CalendarOverride(id=override_id, day=day, kind=before["kind"])
        row.day, row.kind, row.note = day, before["kind"], before["note"]
        w.session.add(row)
    w.session.flush()


def undo_due_change(ctx: Context) -> Undone:
    """Put back the terms or calendar day and the due dates the last bulk change replaced."""
    with ctx.write() as w:
        row = w.session.get(Setting, UNDO_KEY)
        if row is None or not row.value:
            raise DomainError.at("undo", "nothing_to_undo")
        value = row.value
        what = value["what"]
        policy = None
        if "policy" in what:
            from app.services.settings import _put  # the one audited writer of settings

            _put(w, deadlines.POLICY_KEY, what["policy"])
            policy = deadlines.load_policy(w.session)
        else:
            _restore_calendar(w, what["calendar"])
        calendar = deadlines.load_calendar(w.session)
        restored, recount = [], []
        for request_id, before, after in value["requests"]:
            request = w.session.get(Request, request_id)
            if request is None:
                continue
            current = deadlines.row_state(request)
            if current == _state(after):
                (
                    request.term_days,
                    request.term_basis,
                    request.due_date,
                    request.remaining_days,
                ) = _state(before)
                w.session.add(request)
                restored.append(request_id)
            else:
                recount.append(request)
        w.session.flush()
        again = [
            c
            for c in (deadlines.planned(w.session, r, calendar, policy) for r in recount)
            if c is not None
        ]
        deadlines.apply_plan(w.session, again)
        w.session.delete(row)
        w.audit(
            "deadline.undo",
            "request",
            "",
            {"what": what, "at": value["at"], "actor": value["actor"]},
            {"restored": restored, "recounted": [r.id for r in recount]},
        )
        return Undone(len(restored), len(recount))
