"""The case of one request in its own window: the letter, its deadline and how it was counted,
the subject, the scans, the timeline, and the officer's actions on it.

One window per request (the main window keeps them); it reloads itself after any change that
touches what it shows, made here or anywhere else.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from app.domain.deadlines import Deadline, Urgency, urgency, working_days_left
from app.domain.requests import FINAL_STATUSES, OPEN_STATUSES, Status, allowed_transitions
from app.services import operators, register, requests, settings, subjects
from app.services.requests import TimelineEvent
from app.storage.models import Request, Subject
from app.ui import labels
from app.ui.dialogs.case_actions import (
    ChangeStatusDialog,
    ClockDialog,
    ExtendDialog,
    LinkSubjectDialog,
    long_date,
    short_date,
    target_statuses,
)
from app.ui.forms.ui_case_view import Ui_CaseWindow
from app.ui.messages import describe_error, show_error
from app.ui.operations import (
    CALENDAR,
    LETTERS,
    OPERATORS,
    REQUESTS,
    SETTINGS,
    SUBJECTS,
    Operations,
)
from app.ui.prefs import (
    CASE_EXPLAIN_OPEN,
    CASE_TAB,
    CASE_WINDOW,
    LANGUAGE,
    Prefs,
    restore_geometry,
    restore_splitter,
    save_geometry,
    save_splitter,
)
from app.ui.widgets.letters_panel import LettersPanel

MUTED = "#6b6b6b"
KIND_COLORS = {
    "status": "#1f4e87",
    "stop": "#4b3b7a",
    "resume": "#2e6b30",
    "extension": "#8a4b00",
    "note": "#333333",
}
KIND_ORDER = {"status": 0, "stop": 1, "resume": 2, "extension": 3, "note": 4}


@dataclass(frozen=True)
class CaseData:
    """Everything the window shows, read in one go on the worker thread."""

    request: Request
    operator_name: str
    deadline: Deadline | None
    today: dt.date
    urgency: Urgency
    days_left: int | None
    subject: Subject | None
    timeline: list[TimelineEvent]
    assignees: list[str]
    stopped_on: dt.date | None


def load_case(ctx, request_id: int, language: str = "en") -> CaseData:
    request = requests.get(ctx, request_id)
    operator = operators.get(ctx, request.operator_id)
    calendar = settings.calendar(ctx, language)
    today = ctx.today()
    deadline = requests.deadline(ctx, request_id, language)
    status = Status(request.status)
    if status not in OPEN_STATUSES:
        level, left = Urgency.DONE, None
    else:
        level = urgency(calendar, today, request.due_date)
        left = working_days_left(calendar, today, request.due_date) if request.due_date else None
    subject = subjects.get(ctx, request.subject_id) if request.subject_id else None
    open_stop = next((s for s in deadline.stops if s.resumed_on is None), None)
    return CaseData(
        request=request,
        operator_name=operator.short_name or operator.name_ru or operator.name_kk,
        deadline=deadline,
        today=today,
        urgency=level,
        days_left=left,
        subject=subject,
        timeline=requests.timeline(ctx, request_id),
        assignees=register.assignees(ctx),
        stopped_on=open_stop.stopped_on if open_stop else None,
    )


@dataclass(frozen=True)
class ActionState:
    enabled: bool
    why: str  # the tooltip: what it does, or why it cannot be done now


def action_states(status: Status | str, due_date: dt.date | None) -> dict[str, ActionState]:
    """Which case actions the status allows, and why not (translated, for the tooltips)."""
    status = Status(status)
    name = labels.status_label(status)
    final = status in FINAL_STATUSES
    states: dict[str, ActionState] = {}
    if status is Status.WAITING:
        states["status"] = ActionState(
            False,
            QCoreApplication.translate(
                "CaseWindow", "Resume the clock first: the request is waiting for the subject"
            ),
        )
    elif not target_statuses(status):
        states["status"] = ActionState(
            False, QCoreApplication.translate("CaseWindow", "A “{0}” request is final").format(name)
        )
    else:
        states["status"] = ActionState(
            True, QCoreApplication.translate("CaseWindow", "Move the request to another status")
        )
    if Status.WAITING in allowed_transitions(status):
        states["stop"] = ActionState(
            True,
            QCoreApplication.translate(
                "CaseWindow", "Wait for the subject's clarification: the deadline stops running"
            ),
        )
    elif status is Status.WAITING:
        states["stop"] = ActionState(
            False, QCoreApplication.translate("CaseWindow", "The clock is stopped already")
        )
    else:
        states["stop"] = ActionState(
            False,
            QCoreApplication.translate(
                "CaseWindow", "A “{0}” request cannot wait for the subject"
            ).format(name),
        )
    if status is Status.WAITING:
        states["resume"] = ActionState(
            True,
            QCoreApplication.translate(
                "CaseWindow", "The subject answered: the remaining working days count again"
            ),
        )
    else:
        states["resume"] = ActionState(
            False,
            QCoreApplication.translate("CaseWindow", "The clock is running: nothing to resume"),
        )
    if status not in OPEN_STATUSES or final:
        states["extend"] = ActionState(
            False,
            QCoreApplication.translate("CaseWindow", "A “{0}” request cannot be extended").format(
                name
            ),
        )
    elif due_date is None:
        states["extend"] = ActionState(
            False,
            QCoreApplication.translate(
                "CaseWindow", "The clock is stopped: resume it before extending"
            ),
        )
    else:
        states["extend"] = ActionState(
            True,
            QCoreApplication.translate(
                "CaseWindow", "Give more time, with a reason that is recorded"
            ),
        )
    return states


def ui_language(prefs: Prefs) -> str:
    """The language for holiday and weekday names: the interface's, if the calendar knows it."""
    language = prefs.get(LANGUAGE) or QLocale.system().name().split("_")[0]
    return language if language in ("kk", "ru") else "en"


def _local_time(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def _short(day: dt.date | None) -> str:
    return short_date(day) if day else "—"


class CaseWindow(QWidget):
    """The case of one request: ``CaseWindow(ops, prefs, request_id, parent)``.

    A top-level window (deleted when closed). ``parent`` is the main window: "Open subject"
    calls its ``open_subject(subject_id)`` when it has one.
    """

    TOPICS = frozenset({REQUESTS, SUBJECTS, LETTERS, CALENDAR, SETTINGS, OPERATORS})

    def __init__(
        self, ops: Operations, prefs: Prefs, request_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.prefs = prefs
        self.request_id = request_id
        self.data: CaseData | None = None
        self.dialog = None  # the action dialog open now, if any
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        self._loading = False
        self._reload_again = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_CaseWindow()
        self.ui.setupUi(self)
        self.setObjectName("caseWindow")
        self.setWindowTitle(self.tr("Case — Derbes"))
        self._prepare_widgets()
        self.lettersPanel = LettersPanel(ops, prefs, request_id, self)
        self.ui.tabs.addTab(self.lettersPanel, self.tr("Letters"))
        self.lettersPanel.count_changed.connect(
            lambda n: self.ui.tabs.setTabText(
                self.ui.tabs.indexOf(self.lettersPanel), self.tr("Letters ({0})").format(n)
            )
        )
        self._connect()
        self._shortcuts()

        self.resize(1200, 760)
        restore_geometry(prefs, self, CASE_WINDOW)
        self._cascade()
        self.ui.mainSplitter.setSizes([430, 770])
        restore_splitter(prefs, self.ui.mainSplitter, CASE_WINDOW)
        self.ui.tabs.setCurrentIndex(prefs.get(CASE_TAB))
        self.ui.explainToggle.setChecked(prefs.get(CASE_EXPLAIN_OPEN))
        self._explain_toggled(self.ui.explainToggle.isChecked())

        self.ui.scansPanel.bind(ops, request_id)
        ops.changed.connect(self._on_changed)
        self.ui.scansPanel.scan_list.setFocus()
        self.reload()

    # -- set-up -------------------------------------------------------------------------------

    def _prepare_widgets(self) -> None:
        ui = self.ui
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (ui.loadErrorLabel, ui.noteError, ui.assigneeError):
            label.hide()
        for chip in (ui.statusChip, ui.dueChip):
            chip.setMinimumHeight(30)
        ui.senderValue.setStyleSheet("font-weight: 600;")
        ui.assigneeCombo.lineEdit().setPlaceholderText(self.tr("Nobody yet"))
        ui.assigneeCombo.lineEdit().setObjectName("assigneeEdit")
        ui.assignButton.setEnabled(False)
        ui.timelineView.setStyleSheet("QTextBrowser { background: #ffffff; }")
        self._set_actions_enabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.changeStatusButton.clicked.connect(self.change_status)
        ui.stopClockButton.clicked.connect(self.stop_clock)
        ui.resumeClockButton.clicked.connect(self.resume_clock)
        ui.extendButton.clicked.connect(self.extend)
        ui.linkSubjectButton.clicked.connect(self.link_subject)
        ui.unlinkSubjectButton.clicked.connect(self.unlink_subject)
        ui.openSubjectButton.clicked.connect(self.open_subject)
        ui.assignButton.clicked.connect(self.assign)
        ui.assigneeCombo.lineEdit().returnPressed.connect(self.assign)
        ui.assigneeCombo.currentTextChanged.connect(self._assignee_edited)
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.noteEdit.textChanged.connect(ui.noteError.hide)
        ui.explainToggle.toggled.connect(self._explain_toggled)
        ui.scansPanel.count_changed.connect(self._scan_count)

    def _shortcuts(self) -> None:
        def bind(keys, slot, widget=None, context=Qt.ShortcutContext.WindowShortcut):
            shortcut = QShortcut(QKeySequence(keys), widget or self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            return shortcut

        closing = {QKeySequence("Ctrl+W")}
        closing.update(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
        for keys in closing:  # one shortcut per key: two on one key would both be ignored
            bind(keys, self.close)
        bind("Escape", self._escape)
        bind("F5", self.reload)
        bind("Ctrl+Shift+S", lambda: self._press(self.ui.changeStatusButton))
        bind("Ctrl+Shift+P", lambda: self._press(self.ui.stopClockButton))
        bind("Ctrl+Shift+R", lambda: self._press(self.ui.resumeClockButton))
        bind("Ctrl+Shift+E", lambda: self._press(self.ui.extendButton))
        bind("Ctrl+L", lambda: self._press(self.ui.linkSubjectButton))
        bind("Ctrl+Shift+A", self._focus_assignee)
        bind("Ctrl+Shift+N", self._focus_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            bind(keys, self.add_note, self.ui.noteEdit, Qt.ShortcutContext.WidgetShortcut)

    def _cascade(self) -> None:
        """Open a second case window beside the first, not exactly over it."""
        taken = {
            w.pos().toTuple()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CaseWindow) and w is not self and w.isVisible()
        }
        pos = self.pos()
        while pos.toTuple() in taken:
            pos += QPoint(28, 28)
        self.move(pos)

    def _press(self, button: QPushButton) -> None:
        if button.isEnabled():
            button.animateClick()

    def _escape(self) -> None:
        panel = self.ui.scansPanel
        if panel.destroy_bar.isVisible():
            panel.cancel_destroy()
        else:
            self.close()

    def _focus_assignee(self) -> None:
        self.ui.assigneeCombo.setFocus()
        self.ui.assigneeCombo.lineEdit().selectAll()

    def _focus_note(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.timelineTab)
        self.ui.noteEdit.setFocus()

    # -- loading ------------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.TOPICS:
            self.reload()

    def reload(self) -> None:
        """Read the case again (coalesced: one read at a time, one more if asked meanwhile)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._generation += 1
        generation = self._generation
        rid, language = self.request_id, ui_language(self.prefs)
        self.ui.busyLabel.setText(self.tr("Loading…"))
        self.ops.query(
            lambda ctx: load_case(ctx, rid, language),
            lambda data: self._loaded(data, generation),
            lambda exc: self._load_failed(exc, generation),
            owner=self,
        )
        self.ui.scansPanel.reload()

    def _finish_loading(self) -> None:
        self._loading = False
        self.ui.busyLabel.clear()
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self.ui.loadErrorLabel.setText(
                self.tr("This case cannot be shown: {0}").format(describe_error(exc))
            )
            self.ui.loadErrorLabel.show()
            self._set_actions_enabled(False)
        self._finish_loading()

    def _loaded(self, data: CaseData, generation: int) -> None:
        if generation == self._generation:
            self.ui.loadErrorLabel.hide()
            self.show_case(data)
        self._finish_loading()

    # -- showing ------------------------------------------------------------------------------

    def show_case(self, data: CaseData) -> None:
        self.data = data
        r = data.request
        ui = self.ui
        self.setWindowTitle(
            self.tr("{number} — {sender} — Derbes").format(number=r.reg_number, sender=r.sender)
        )
        ui.titleLabel.setText(r.reg_number)
        ui.subtitleLabel.setText(f"{labels.type_label(r.type)} · {r.sender}")
        self._show_chips(data)

        ui.numberValue.setText(r.reg_number)
        ui.operatorValue.setText(data.operator_name)
        ui.typeValue.setText(labels.type_label(r.type))
        ui.senderValue.setText(r.sender)
        ui.addressValue.setText(r.sender_address or "—")
        ui.languageValue.setText(labels.label(labels.LANGUAGES, r.language))
        ui.signedValue.setText(
            self.tr("Yes, signed by hand") if r.signed else self.tr("No handwritten signature")
        )
        ui.signedValue.setStyleSheet("" if r.signed else "color: #8a4b00;")
        ui.channelValue.setText(labels.label(labels.CHANNELS, r.channel))
        ui.postmarkValue.setText(short_date(r.postmark_date))
        ui.receivedValue.setText(short_date(r.received_date))
        ui.registeredValue.setText(short_date(r.registered_date))
        ui.summaryValue.setText(r.summary or "—")

        self._show_deadline(data)
        self._show_assignee(data)
        self._show_subject(data.subject)
        self._show_timeline(data.timeline)
        self._update_actions(r)

    def _chip(self, label: QLabel, text: str, background: str, colour: str) -> None:
        label.setText(text)
        label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {colour}40;"
            " border-radius: 12px; padding: 4px 12px; font-weight: 600; }"
        )

    def _show_chips(self, data: CaseData) -> None:
        r = data.request
        status = Status(r.status)
        if status is Status.WAITING:
            key = Urgency.STOPPED
        elif status in FINAL_STATUSES or status is Status.SENT:
            key = Urgency.DONE
        else:
            key = Urgency.WITHIN_10
        background, colour = labels.URGENCY_COLORS[key]
        self._chip(
            self.ui.statusChip, labels.status_label(status), background.name(), colour.name()
        )
        background, colour = labels.URGENCY_COLORS[data.urgency]
        if data.urgency is Urgency.LATER:
            background = labels.URGENCY_COLORS[Urgency.DONE][0]
        self._chip(self.ui.dueChip, self._due_text(data), background.name(), colour.name())

    def _due_text(self, data: CaseData) -> str:
        r = data.request
        if data.urgency is Urgency.DONE:
            if r.closed_date:
                return self.tr("Closed {0}").format(short_date(r.closed_date))
            return self.tr("Due {0}").format(short_date(r.due_date))
        if data.urgency is Urgency.STOPPED:
            return self.tr("Clock stopped · {0} working days remain").format(r.remaining_days or 0)
        if data.urgency is Urgency.OVERDUE:
            return self.tr("Overdue by {0} working days · due {1}").format(
                abs(data.days_left or 0), short_date(r.due_date)
            )
        if data.urgency is Urgency.TODAY:
            return self.tr("Due today")
        return self.tr("Due {0} · {1} working days left").format(
            short_date(r.due_date), data.days_left
        )

    def _days_left_text(self, data: CaseData) -> str:
        r = data.request
        if data.urgency is Urgency.DONE:
            return self.tr("— (the request is {0})").format(labels.status_label(r.status).lower())
        if data.urgency is Urgency.STOPPED:
            return self.tr("{0} remain; the clock stopped on {1}").format(
                r.remaining_days or 0, short_date(data.stopped_on)
            )
        if data.urgency is Urgency.OVERDUE:
            return self.tr("Overdue by {0}").format(abs(data.days_left or 0))
        if data.urgency is Urgency.TODAY:
            return self.tr("0 — due today")
        return str(data.days_left)

    def _show_deadline(self, data: CaseData) -> None:
        r = data.request
        ui = self.ui
        if r.due_date is None:
            ui.dueValue.setText(self.tr("none while the clock is stopped"))
        else:
            ui.dueValue.setText(long_date(r.due_date))
        ui.dueValue.setStyleSheet("font-weight: 600;")
        background, colour = labels.URGENCY_COLORS[data.urgency]
        ui.daysLeftValue.setText(self._days_left_text(data))
        ui.daysLeftValue.setStyleSheet(
            f"QLabel {{ color: {colour.name()}; font-weight: 600; }}"
            if data.urgency not in (Urgency.LATER, Urgency.DONE)
            else ""
        )
        d = data.deadline
        term = self.tr("{0} working days").format(r.term_days)
        if d is not None and d.extra_days:
            term = self.tr("{0} working days + {1} by extension").format(r.term_days, d.extra_days)
        if r.term_basis:
            term += f"\n{labels.basis_label(r.term_basis)}"
        ui.termValue.setText(term)
        ui.explanationLabel.setText(self.explanation_html(d) if d is not None else "")

    def explanation_html(self, d: Deadline) -> str:
        """How the due date was counted, from the deadline's own explanation data."""
        rows: list[str] = []

        def row(caption: str, text: str, colour: str = "") -> None:
            style = f' style="color:{colour}"' if colour else ""
            rows.append(
                f'<tr><td style="color:{MUTED}; padding-right:8px">{html.escape(caption)}</td>'
                f"<td{style}>{text}</td></tr>"
            )

        row(self.tr("Received"), self.tr("{0} — day 0").format(long_date(d.received)))
        row(self.tr("Term"), html.escape(self.tr("{0} working days").format(d.days)))
        if d.day_one:
            row(self.tr("Day 1"), long_date(d.day_one))
        for ext in d.extensions:
            when = self.tr(" on {0}").format(short_date(ext.granted_on)) if ext.granted_on else ""
            row(
                self.tr("Extended"),
                html.escape(
                    self.tr("+{0} working days{1}: {2}").format(ext.days, when, ext.reason)
                ),
                KIND_COLORS["extension"],
            )
        for stop in d.stops:
            end = short_date(stop.resumed_on) if stop.resumed_on else self.tr("not resumed")
            text = f"{short_date(stop.stopped_on)} → {end}"
            if stop.reason:
                text += f": {stop.reason}"
            row(self.tr("Clock stopped"), html.escape(text), KIND_COLORS["stop"])
        weekends = 0
        stopped = 0
        for skipped in d.skipped:
            if skipped.reason.startswith("clock stopped"):
                stopped += 1
            elif skipped.day.weekday() >= 5 and _plain_weekend(skipped.reason):
                weekends += 1
            else:
                row(
                    self.tr("Not counted"),
                    f"{long_date(skipped.day)} — {html.escape(skipped.reason)}",
                )
        if weekends:
            row(self.tr("Not counted"), self.tr("{0} Saturdays and Sundays").format(weekends))
        if stopped:
            row(
                self.tr("Not counted"),
                self.tr("{0} working days while the clock was stopped").format(stopped),
                KIND_COLORS["stop"],
            )
        if d.due:
            row(
                self.tr("Due"),
                "<b>"
                + self.tr("{0} — working day {1}").format(long_date(d.due), d.total_days)
                + "</b>",
            )
        else:
            row(
                self.tr("Due"),
                "<b>"
                + self.tr("none while the clock is stopped; {0} working days remain").format(
                    d.remaining
                )
                + "</b>",
            )
        return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"

    def _show_assignee(self, data: CaseData) -> None:
        combo = self.ui.assigneeCombo
        editing = combo.hasFocus() and combo.currentText().strip() != self._assignee_shown()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(data.assignees)
        combo.blockSignals(False)
        if not editing:
            combo.setEditText(data.request.assignee)
        self._assignee_edited(combo.currentText())

    def _assignee_shown(self) -> str:
        return self.data.request.assignee if self.data else ""

    def _show_subject(self, subject: Subject | None) -> None:
        ui = self.ui
        linked = subject is not None
        if not linked:
            ui.subjectNameValue.setText(self.tr("No subject linked"))
            ui.subjectNameValue.setStyleSheet(f"color: {MUTED}; font-size: 11pt;")
            ui.subjectDetailsValue.setText(
                self.tr("Link the record of the person who wrote, found by IIN or by name.")
            )
            ui.linkSubjectButton.setText(self.tr("&Link a subject…"))
        else:
            ui.subjectNameValue.setText(subjects.full_name(subject))
            ui.subjectNameValue.setStyleSheet("font-size: 11pt; font-weight: 600;")
            rows = [
                (self.tr("IIN"), subject.iin or "—"),
                (self.tr("Born"), short_date(subject.birth_date)),
                (self.tr("Status"), labels.label(labels.SUBJECT_STATUSES, subject.status)),
            ]
            for caption, value in (
                (self.tr("Phone"), subject.phone),
                (self.tr("E-mail"), subject.email),
                (self.tr("Address"), subject.address),
                (self.tr("Account"), subject.account_id),
                (self.tr("Client"), subject.client_org),
            ):
                if value:
                    rows.append((caption, value))
            ui.subjectDetailsValue.setText(
                '<table cellspacing="0" cellpadding="1">'
                + "".join(
                    f'<tr><td style="color:{MUTED}; padding-right:8px">{html.escape(c)}</td>'
                    f"<td>{html.escape(v)}</td></tr>"
                    for c, v in rows
                )
                + "</table>"
            )
            ui.linkSubjectButton.setText(self.tr("&Change…"))
        can_open = linked and callable(getattr(self.parent(), "open_subject", None))
        ui.openSubjectButton.setVisible(can_open)
        ui.unlinkSubjectButton.setVisible(linked)
        ui.linkSubjectButton.setToolTip(
            self.tr("Find the subject by IIN or name in any script (Ctrl+L)")
        )
        ui.unlinkSubjectButton.setToolTip(
            self.tr("Remove the link; the subject's record stays as it is")
        )

    def timeline_entries(self, events: list[TimelineEvent]) -> list[tuple[TimelineEvent, str, str]]:
        """(event, headline, details) newest first; headlines translated from the event data."""
        ordered = sorted(events, key=lambda e: (e.at, KIND_ORDER.get(e.kind, 9)), reverse=True)
        return [(e, *self._describe(e)) for e in ordered]

    def _describe(self, e: TimelineEvent) -> tuple[str, str]:
        if e.kind == "status":
            if e.from_status is None:
                return self.tr("Letter registered"), "" if e.reason == "registered" else e.reason
            return (
                self.tr("Status: {0} → {1}").format(
                    labels.status_label(e.from_status), labels.status_label(e.to_status)
                ),
                e.reason,
            )
        if e.kind == "stop":
            return self.tr("Clock stopped on {0}").format(_short(e.day)), e.reason
        if e.kind == "resume":
            return self.tr("Clock resumed on {0}").format(_short(e.day)), ""
        if e.kind == "extension":
            if e.day:
                headline = self.tr("Extended by {0} working days, to {1}").format(
                    e.days, _short(e.day)
                )
            else:
                headline = self.tr("Extended by {0} working days").format(e.days)
            return headline, e.reason
        if e.kind == "note":
            return self.tr("Note"), e.reason
        return e.kind, e.text

    def _show_timeline(self, events: list[TimelineEvent]) -> None:
        entries = self.timeline_entries(events)
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.timelineTab), self.tr("Timeline ({0})").format(len(events))
        )
        if not entries:
            self.ui.timelineView.setHtml(
                f'<p style="color:{MUTED}">' + html.escape(self.tr("Nothing yet.")) + "</p>"
            )
            return
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
        scroll = self.ui.timelineView.verticalScrollBar().value()
        self.ui.timelineView.setHtml("".join(parts))
        self.ui.timelineView.verticalScrollBar().setValue(scroll)

    def _scan_count(self, count: int) -> None:
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.scansTab), self.tr("Scans ({0})").format(count)
        )

    # -- actions ------------------------------------------------------------------------------

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (
            self.ui.changeStatusButton,
            self.ui.stopClockButton,
            self.ui.resumeClockButton,
            self.ui.extendButton,
            self.ui.linkSubjectButton,
            self.ui.unlinkSubjectButton,
            self.ui.openSubjectButton,
            self.ui.addNoteButton,
        ):
            button.setEnabled(enabled)

    def _update_actions(self, r: Request) -> None:
        self._set_actions_enabled(True)
        states = action_states(r.status, r.due_date)
        shortcuts = {
            "status": "Ctrl+Shift+S",
            "stop": "Ctrl+Shift+P",
            "resume": "Ctrl+Shift+R",
            "extend": "Ctrl+Shift+E",
        }
        for key, button in (
            ("status", self.ui.changeStatusButton),
            ("stop", self.ui.stopClockButton),
            ("resume", self.ui.resumeClockButton),
            ("extend", self.ui.extendButton),
        ):
            state = states[key]
            button.setEnabled(state.enabled)
            tip = f"{state.why} ({shortcuts[key]})" if state.enabled else state.why
            button.setToolTip(tip)
        self.ui.addNoteButton.setToolTip(self.tr("Add the note to the timeline (Ctrl+Enter)"))

    def _open_dialog(self, dialog) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = dialog
        dialog.destroyed.connect(lambda _=None: self._dialog_gone(dialog))
        dialog.open()

    def _dialog_gone(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def change_status(self) -> None:
        if self.data and self.ui.changeStatusButton.isEnabled():
            self._open_dialog(ChangeStatusDialog(self.ops, self.data.request, self))

    def stop_clock(self) -> None:
        if self.data and self.ui.stopClockButton.isEnabled():
            self._open_dialog(
                ClockDialog(self.ops, self.data.request, "stop", self.data.today, parent=self)
            )

    def resume_clock(self) -> None:
        if self.data and self.ui.resumeClockButton.isEnabled():
            self._open_dialog(
                ClockDialog(
                    self.ops,
                    self.data.request,
                    "resume",
                    self.data.today,
                    stopped_on=self.data.stopped_on,
                    parent=self,
                )
            )

    def extend(self) -> None:
        if self.data and self.ui.extendButton.isEnabled():
            self._open_dialog(ExtendDialog(self.ops, self.data.request, self))

    def link_subject(self) -> None:
        if self.data:
            self._open_dialog(LinkSubjectDialog(self.ops, self.data.request, self))

    def unlink_subject(self) -> None:
        if not self.data or self.data.subject is None:
            return
        name = subjects.full_name(self.data.subject)
        box = QMessageBox(self)
        box.setObjectName("confirmUnlinkBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unlink the subject"))
        box.setText(
            self.tr("Unlink {0} from {1}? The subject's record stays as it is.").format(
                name, self.data.request.reg_number
            )
        )
        yes = box.addButton(self.tr("Unlink"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmUnlinkButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        rid = self.request_id

        def answered(button) -> None:
            self.confirm_box = None
            if button is yes:
                self.ops.mutate(
                    lambda ctx: requests.link_subject(ctx, rid, None),
                    topics={REQUESTS, SUBJECTS},
                    on_error=lambda exc: show_error(self, exc),
                    owner=self,
                )

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def open_subject(self) -> None:
        shell = self.parent()
        if self.data and self.data.subject and callable(getattr(shell, "open_subject", None)):
            shell.open_subject(self.data.subject.id)
            shell.raise_()
            shell.activateWindow()

    def _assignee_edited(self, text: str) -> None:
        changed = self.data is not None and text.strip() != self.data.request.assignee
        self.ui.assignButton.setEnabled(changed)
        self.ui.assigneeError.hide()
        self.ui.assignButton.setToolTip(
            self.tr("Assign the request to {0}").format(text.strip())
            if text.strip()
            else self.tr("Leave the request unassigned")
        )

    def assign(self) -> None:
        if self.data is None:
            return
        name = self.ui.assigneeCombo.currentText().strip()
        if name == self.data.request.assignee:
            return
        if len(name) > 120:
            self.ui.assigneeError.setText(self.tr("At most 120 characters."))
            self.ui.assigneeError.show()
            return
        rid = self.request_id
        self.ui.assignButton.setEnabled(False)

        def failed(exc) -> None:
            self.ui.assigneeError.setText(describe_error(exc))
            self.ui.assigneeError.show()
            self._assignee_edited(self.ui.assigneeCombo.currentText())

        self.ops.mutate(
            lambda ctx: requests.assign(ctx, rid, name),
            topics={REQUESTS},
            on_error=failed,
            owner=self,
        )

    def add_note(self) -> None:
        text = self.ui.noteEdit.toPlainText().strip()
        if not text:
            self.ui.noteError.setText(self.tr("Write the note first."))
            self.ui.noteError.show()
            self.ui.noteEdit.setFocus()
            return
        rid = self.request_id
        self.ui.addNoteButton.setEnabled(False)

        def done(_note) -> None:
            self.ui.addNoteButton.setEnabled(True)
            self.ui.noteEdit.clear()

        def failed(exc) -> None:
            self.ui.addNoteButton.setEnabled(True)
            self.ui.noteError.setText(describe_error(exc))
            self.ui.noteError.show()

        self.ops.mutate(
            lambda ctx: requests.add_note(ctx, rid, text),
            topics={REQUESTS},
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # -- state --------------------------------------------------------------------------------

    def _explain_toggled(self, shown: bool) -> None:
        self.ui.explanationLabel.setVisible(shown)
        self.ui.explainToggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self.prefs, self, CASE_WINDOW)
        save_splitter(self.prefs, self.ui.mainSplitter, CASE_WINDOW)
        self.prefs.set(CASE_TAB, self.ui.tabs.currentIndex())
        self.prefs.set(CASE_EXPLAIN_OPEN, self.ui.explainToggle.isChecked())
        super().closeEvent(event)


def _plain_weekend(reason: str) -> bool:
    """A Saturday or Sunday skipped only for being one (not a holiday on a weekend)."""
    return reason.endswith(("weekend", "демалыс күні", "выходной день"))
