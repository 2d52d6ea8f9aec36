"""The register's filters: which exist, their "show everything" values, and how a saved or
given set of them is completed and checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.dashboard import LetterStage
from app.domain.deadlines import Urgency
from app.domain.requests import RequestType, Status
from app.services import register

# The filters the register understands, with their "show everything" values.
DEFAULT_FILTERS: dict[str, Any] = {
    "type": None,
    "status": None,  # a Status value or register.OPEN
    "urgency": None,  # an Urgency value
    "operator_id": None,
    "assignee": None,  # "" = nobody assigned
    "received_from": None,
    "received_to": None,
    "search": "",
    "letters": None,  # a LetterStage value (the dashboard's letter tiles)
    "due_on": None,  # due that day (the dashboard's calendar)
}
URGENCY_CHOICES = (
    Urgency.OVERDUE,
    Urgency.TODAY,
    Urgency.WITHIN_3,
    Urgency.WITHIN_10,
    Urgency.LATER,
    Urgency.STOPPED,
)


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def normalised(filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` completed with the defaults and checked; TypeError for an unknown key."""
    unknown = set(filters) - set(DEFAULT_FILTERS)
    if unknown:
        raise TypeError(f"unknown register filters: {', '.join(sorted(unknown))}")
    out = dict(DEFAULT_FILTERS)
    out.update(filters)
    for name in ("type", "status", "urgency", "letters"):
        out[name] = out[name] or None
    if out["type"] is not None:
        out["type"] = RequestType(out["type"]).value
    if out["status"] is not None and out["status"] != register.OPEN:
        out["status"] = Status(out["status"]).value
    if out["urgency"] is not None:
        out["urgency"] = Urgency(out["urgency"]).value
    if out["letters"] is not None:
        out["letters"] = LetterStage(out["letters"]).value
    if out["operator_id"] is not None:
        out["operator_id"] = int(out["operator_id"])
    if out["assignee"] is not None:
        out["assignee"] = str(out["assignee"])
    out["received_from"] = _as_date(out["received_from"])
    out["received_to"] = _as_date(out["received_to"])
    out["due_on"] = _as_date(out["due_on"])
    out["search"] = str(out["search"] or "")
    return out
