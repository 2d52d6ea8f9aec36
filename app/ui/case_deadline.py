"""The case's deadline in words: the due chip, the days left and how the due date was counted,
from the request's data and the deadline's own explanation."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.domain.calendar import DayKind
from app.domain.deadlines import Deadline, Urgency
from app.ui import labels
from app.ui.case_timeline import KIND_COLORS, MUTED
from app.ui.day_kinds import kind_text
from app.ui.dialogs.case_actions import long_date, short_date


def due_text(data) -> str:
    r = data.request
    if data.urgency is Urgency.DONE:
        if r.closed_date:
            return QCoreApplication.translate("CaseWindow", "Closed {0}").format(
                short_date(r.closed_date)
            )
        return QCoreApplication.translate("CaseWindow", "Due {0}").format(short_date(r.due_date))
    if data.urgency is Urgency.STOPPED:
        return QCoreApplication.translate(
            "CaseWindow", "Clock stopped · {0} working days remain"
        ).format(r.remaining_days or 0)
    if data.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate(
            "CaseWindow", "Overdue by {0} working days · due {1}"
        ).format(abs(data.days_left or 0), short_date(r.due_date))
    if data.urgency is Urgency.TODAY:
        return QCoreApplication.translate("CaseWindow", "Due today")
    return QCoreApplication.translate("CaseWindow", "Due {0} · {1} working days left").format(
        short_date(r.due_date), data.days_left
    )


def days_left_text(data) -> str:
    r = data.request
    if data.urgency is Urgency.DONE:
        return QCoreApplication.translate("CaseWindow", "— (the request is {0})").format(
            labels.status_label(r.status).lower()
        )
    if data.urgency is Urgency.STOPPED:
        return QCoreApplication.translate(
            "CaseWindow", "{0} remain; the clock stopped on {1}"
        ).format(r.remaining_days or 0, short_date(data.stopped_on))
    if data.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate("CaseWindow", "Overdue by {0}").format(
            abs(data.days_left or 0)
        )
    if data.urgency is Urgency.TODAY:
        return QCoreApplication.translate("CaseWindow", "0 — due today")
    return str(data.days_left)


def explanation_html(d: Deadline) -> str:
    """How the due date was counted, from the deadline's own explanation data."""
    rows: list[str] = []

    def row(caption: str, text: str, colour: str = "") -> None:
        style = f' style="color:{colour}"' if colour else ""
        rows.append(
            f'<tr><td style="color:{MUTED}; padding-right:8px">{html.escape(caption)}</td>'
            f"<td{style}>{text}</td></tr>"
        )

    row(
        QCoreApplication.translate("CaseWindow", "Received"),
        QCoreApplication.translate("CaseWindow", "{0} — day 0").format(long_date(d.received)),
    )
    row(
        QCoreApplication.translate("CaseWindow", "Term"),
        html.escape(QCoreApplication.translate("CaseWindow", "{0} working days").format(d.days)),
    )
    if d.day_one:
        row(QCoreApplication.translate("CaseWindow", "Day 1"), long_date(d.day_one))
    for ext in d.extensions:
        when = (
            QCoreApplication.translate("CaseWindow", " on {0}").format(short_date(ext.granted_on))
            if ext.granted_on
            else ""
        )
        row(
            QCoreApplication.translate("CaseWindow", "Extended"),
            html.escape(
                QCoreApplication.translate("CaseWindow", "+{0} working days{1}: {2}").format(
                    ext.days, when, ext.reason
                )
            ),
            KIND_COLORS["extension"],
        )
    for stop in d.stops:
        end = (
            short_date(stop.resumed_on)
            if stop.resumed_on
            else QCoreApplication.translate("CaseWindow", "not resumed")
        )
        text = f"{short_date(stop.stopped_on)} → {end}"
        if stop.reason:
            text += f": {stop.reason}"
        row(
            QCoreApplication.translate("CaseWindow", "Clock stopped"),
            html.escape(text),
            KIND_COLORS["stop"],
        )
    weekends = 0
    stopped = 0
    for skipped in d.skipped:
        if skipped.kind is DayKind.CLOCK_STOPPED:
            stopped += 1
        elif skipped.kind is DayKind.WEEKEND:
            weekends += 1
        else:
            text = kind_text(skipped.kind, False, skipped.name)
            row(
                QCoreApplication.translate("CaseWindow", "Not counted"),
                f"{long_date(skipped.day)} — {html.escape(text)}",
            )
    if weekends:
        row(
            QCoreApplication.translate("CaseWindow", "Not counted"),
            QCoreApplication.translate("CaseWindow", "{0} Saturdays and Sundays").format(weekends),
        )
    if stopped:
        row(
            QCoreApplication.translate("CaseWindow", "Not counted"),
            QCoreApplication.translate(
                "CaseWindow", "{0} working days while the clock was stopped"
            ).format(stopped),
            KIND_COLORS["stop"],
        )
    if d.due:
        row(
            QCoreApplication.translate("CaseWindow", "Due"),
            "<b>"
            + QCoreApplication.translate("CaseWindow", "{0} — working day {1}").format(
                long_date(d.due), d.total_days
            )
            + "</b>",
        )
    else:
        row(
            QCoreApplication.translate("CaseWindow", "Due"),
            "<b>"
            + QCoreApplication.translate(
                "CaseWindow", "none while the clock is stopped; {0} working days remain"
            ).format(d.remaining)
            + "</b>",
        )
    return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"


def _chip(label: QLabel, text: str, background: str, colour: str) -> None:
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {colour}40;"
        " border-radius: 12px; padding: 4px 12px; font-weight: 600; }"
    )


def show_chips(ui, data) -> None:
    """The status and due chips at the top of the case."""
    # The status chip takes the calm colour of its urgency: stopped, done, or running.
    key = data.urgency if data.urgency in (Urgency.STOPPED, Urgency.DONE) else Urgency.WITHIN_10
    background, colour = labels.URGENCY_COLORS[key]
    _chip(
        ui.statusChip,
        labels.status_label(data.request.status),
        background.name(),
        colour.name(),
    )
    background, colour = labels.URGENCY_COLORS[data.urgency]
    if data.urgency is Urgency.LATER:
        background = labels.URGENCY_COLORS[Urgency.DONE][0]
    _chip(ui.dueChip, due_text(data), background.name(), colour.name())


def show_deadline(ui, data) -> None:
    """The deadline box: due date, days left, the term and how the due date was counted."""
    r = data.request
    if r.due_date is None:
        ui.dueValue.setText(
            QCoreApplication.translate("CaseWindow", "none while the clock is stopped")
        )
    else:
        ui.dueValue.setText(long_date(r.due_date))
    ui.dueValue.setStyleSheet("font-weight: 600;")
    background, colour = labels.URGENCY_COLORS[data.urgency]
    ui.daysLeftValue.setText(days_left_text(data))
    ui.daysLeftValue.setStyleSheet(
        f"QLabel {{ color: {colour.name()}; font-weight: 600; }}"
        if data.urgency not in (Urgency.LATER, Urgency.DONE)
        else ""
    )
    d = data.deadline
    term = QCoreApplication.translate("CaseWindow", "{0} working days").format(r.term_days)
    if d is not None and d.extra_days:
        term = QCoreApplication.translate(
            "CaseWindow", "{0} working days + {1} by extension"
        ).format(r.term_days, d.extra_days)
    if r.term_basis:
        term += f"\n{labels.basis_label(r.term_basis)}"
    ui.termValue.setText(term)
    ui.explanationLabel.setText(explanation_html(d) if d is not None else "")
