"""The case's timeline in words: each event of the request (status changes, clock stops and
resumes, extensions, notes, the withdrawal's steps) as a translated headline and its details,
newest first."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from app.services.requests import REGISTERED_NOTE, TimelineEvent
from app.ui import labels
from app.ui.dialogs.case_actions import short_date
from app.ui.withdrawal.timeline import describe_step

MUTED = "#6b6b6b"
KIND_COLORS = {
    "status": "#1f4e87",
    "stop": "#4b3b7a",
    "resume": "#2e6b30",
    "extension": "#8a4b00",
    "note": "#333333",
    "withdrawal": "#6a2c5e",
    "dispatch": "#00514a",
}
KIND_ORDER = {
    "status": 0,
    "stop": 1,
    "resume": 2,
    "extension": 3,
    "note": 4,
    "withdrawal": 5,
    "dispatch": 6,
}


def _short(day: dt.date | None) -> str:
    return short_date(day) if day else "—"


def _local_time(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def timeline_entries(events: list[TimelineEvent]) -> list[tuple[TimelineEvent, str, str]]:
    """(event, headline, details) newest first; headlines translated from the event data."""
    ordered = sorted(events, key=lambda e: (e.at, KIND_ORDER.get(e.kind, 9)), reverse=True)
    return [(e, *describe(e)) for e in ordered]


def describe(e: TimelineEvent) -> tuple[str, str]:
    if e.kind == "status":
        if e.from_status is None:
            return QCoreApplication.translate(
                "CaseWindow", "Letter registered"
            ), "" if e.reason == REGISTERED_NOTE else e.reason
        return (
            QCoreApplication.translate("CaseWindow", "Status: {0} → {1}").format(
                labels.status_label(e.from_status), labels.status_label(e.to_status)
            ),
            e.reason,
        )
    if e.kind == "stop":
        return QCoreApplication.translate("CaseWindow", "Clock stopped on {0}").format(
            _short(e.day)
        ), e.reason
    if e.kind == "resume":
        return QCoreApplication.translate("CaseWindow", "Clock resumed on {0}").format(
            _short(e.day)
        ), ""
    if e.kind == "extension":
        if e.day:
            headline = QCoreApplication.translate(
                "CaseWindow", "Extended by {0} working days, to {1}"
            ).format(e.days, _short(e.day))
        else:
            headline = QCoreApplication.translate(
                "CaseWindow", "Extended by {0} working days"
            ).format(e.days)
        return headline, e.reason
    if e.kind == "note":
        return QCoreApplication.translate("CaseWindow", "Note"), e.reason
    if e.kind == "withdrawal":
        return describe_step(e.step, e.detail)
    if e.kind == "dispatch":
        return describe_dispatch(e.step, e.detail)
    return e.kind, e.text


def _day(value) -> str:
    try:
        return _short(dt.date.fromisoformat(str(value)[:10])) if value else "—"
    except ValueError:
        return str(value)


def describe_dispatch(step: str, d: dict) -> tuple[str, str]:
    """A letter's dispatch, delivery notice, return or elapsed wait, from its stored facts."""
    from app.ui.dialogs.dispatch_dialog import method_names

    number = d.get("out_number") or "—"
    if step == "sent":
        method = method_names().get(d.get("method", ""), d.get("method", ""))
        headline = QCoreApplication.translate("CaseWindow", "Letter {0} sent on {1}: {2}").format(
            number, _day(d.get("sent_on")), method
        )
        tracking = d.get("tracking_number") or ""
        details = (
            QCoreApplication.translate("CaseWindow", "Tracking number {0}").format(tracking)
            if tracking
            else ""
        )
        return headline, details
    if step == "delivered":
        return QCoreApplication.translate("CaseWindow", "Letter {0} delivered on {1}").format(
            number, _day(d.get("delivered_on"))
        ), ""
    if step == "returned":
        return QCoreApplication.translate("CaseWindow", "Letter {0} returned on {1}").format(
            number, _day(d.get("returned_on"))
        ), d.get("note") or ""
    return QCoreApplication.translate(
        "CaseWindow", "No delivery notice of letter {0} within {1} days of {2}"
    ).format(number, d.get("wait", ""), _day(d.get("sent_on"))), ""


def timeline_html(entries: list[tuple[TimelineEvent, str, str]]) -> str:
    """The entries of :func:`timeline_entries` as one rich-text table."""
    if not entries:
        return (
            f'<p style="color:{MUTED}">'
            + html.escape(QCoreApplication.translate("CaseWindow", "Nothing yet."))
            + "</p>"
        )
    parts = ['<table width="100%" cellspacing="0" cellpadding="6">']
    for event, headline, details in entries:
        moment = _local_time(event.at)
        colour = KIND_COLORS.get(event.kind, "#333333")
        body = html.escape(details).replace("\n", "<br>") if details else ""
        parts.append(
            "<tr>"
            f'<td width="96" valign="top" style="color:{MUTED}">'
            f"{moment:%d.%m.%Y}<br>{moment:%H:%M}</td>"
            f'<td valign="top"><span style="color:{colour}; font-weight:600">'
            f"{html.escape(headline)}</span>"
            f' <span style="color:{MUTED}">· {html.escape(event.actor or "—")}</span>'
            + (f"<br>{body}" if body else "")
            + "</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
