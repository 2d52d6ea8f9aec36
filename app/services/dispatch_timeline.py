"""The dispatch's events on a request's timeline, from the structured facts its audit entries
hold (``letter.dispatch``, ``letter.delivered``, ``letter.returned``, ``letter.wait_elapsed``):
the window words them in the user's language (:mod:`app.ui.case_timeline`); ``text`` is the
one English line the command line prints. Nothing worded is stored."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, col, select

from app.storage.models import AuditEntry, Letter

ACTIONS = {
    "letter.dispatch": "sent",
    "letter.delivered": "delivered",
    "letter.returned": "returned",
    "letter.wait_elapsed": "wait_elapsed",
}


def english(step: str, detail: dict) -> str:
    number = detail.get("out_number") or ""
    if step == "sent":
        text = f"letter {number} sent {detail.get('sent_on')} by {detail.get('method')}"
        return text + (
            f", tracking {detail['tracking_number']}" if detail.get("tracking_number") else ""
        )
    if step == "wait_elapsed":
        return (
            f"no delivery notice of letter {number} within {detail.get('wait')} days "
            f"of {detail.get('sent_on')}"
        )
    day = detail.get("delivered_on") or detail.get("returned_on")
    note = f": {detail['note']}" if detail.get("note") else ""
    return f"letter {number} {step} {day}{note}"


def events(session: Session, request_id: int, make) -> list:
    """``make(at, actor, step, detail, text)`` for each dispatch event of the request."""
    ids = [str(i) for i in session.exec(select(Letter.id).where(Letter.request_id == request_id))]
    if not ids:
        return []
    found = session.exec(
        select(AuditEntry).where(
            AuditEntry.entity == "letter",
            col(AuditEntry.entity_id).in_(ids),
            col(AuditEntry.action).in_(list(ACTIONS)),
        )
    ).all()
    out = []
    for entry in found:
        detail = json.loads(entry.after or "{}") or {}
        at = entry.at
        if detail.get("at"):  # the writer's moment (the context's day), not the real time
            at = dt.datetime.fromisoformat(detail["at"])
        step = ACTIONS[entry.action]
        out.append(make(at, entry.actor, step, detail, english(step, detail)))
    return out
