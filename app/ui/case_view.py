"""The case of one request in its own window: the letter, its deadline and how it was counted,
the subject, the scans, the timeline, and the officer's actions on it.

One window per request (the main window keeps them); it reloads itself after any change that
touches what it shows, made here or anywhere else.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from app.domain.identifiers import mask_iin
from app.services import case, subjects
from app.services.case import Case, CaseSubject
from app.services.requests import TimelineEvent
from app.ui import labels
from app.ui.case_actions_part import CaseActionsPart
from app.ui.case_deadline import show_chips, show_deadline
from app.ui.case_file_action import CaseFileAction
from app.ui.case_timeline import MUTED, timeline_entries, timeline_html
from app.ui.dialogs.case_actions import (
    short_date,
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
from app.ui.widgets.elide import set_elided
from app.ui.widgets.letters_panel import LettersPanel
from app.ui.withdrawal import WithdrawalTab


def ui_language(prefs: Prefs) -> str:
    """The language for holiday and weekday names: the interface's, if the calendar knows it."""
    language = prefs.get(LANGUAGE) or QLocale.system().name().split("_")[0]
    return language if language in ("kk", "ru") else "en"


class CaseWindow(CaseActionsPart, QWidget):
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
        self.data: Case | None = None
        self.dialog = None  # the action dialog open now, if any
        self.confirm_box: QMessageBox | None = None
        self._loading = False
        self._reload_again = False
        self._revealed_iins: dict[int, str] = {}  # subject id -> IIN the officer revealed
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_CaseWindow()
        self.ui.setupUi(self)
        self.setObjectName("caseWindow")
        self.setWindowTitle(self.tr("Case — Derbes"))
        self._prepare_widgets()
        self.lettersPanel = LettersPanel(ops, prefs, request_id, self)
        self.ui.tabs.addTab(self.lettersPanel, self.tr("Letters"))
        self.lettersPanel.count_changed.connect(self._letter_count)
        self.withdrawalTab = WithdrawalTab(ops, self.lettersPanel.prepare_letter, self)
        self.ui.tabs.addTab(self.withdrawalTab, self.tr("Withdrawal"))
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.withdrawalTab), False)
        self._connect()
        self._shortcuts()
        self._add_dispatch_button()  # "Dispatch…" (the letters still to post)
        self._add_reason_button()  # "Add the Kazakh reason…" (an extension's missing half)
        self.caseFile = CaseFileAction(self)  # "Case file…" (Ctrl+Shift+F)

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
        ui.headerLayout.setStretch(0, 1)  # the title and its elided subtitle take the room
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
        ui.subjectDetailsValue.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        ui.subjectDetailsValue.linkActivated.connect(self.reveal_iin)

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
        bind("Ctrl+Shift+I", self.reveal_iin)
        bind("Ctrl+Shift+A", self._focus_assignee)
        bind("Ctrl+Shift+N", self._focus_note)
        bind("Ctrl+Shift+W", self._focus_withdrawal)
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

    def _focus_withdrawal(self) -> None:
        tabs = self.ui.tabs
        if tabs.isTabVisible(tabs.indexOf(self.withdrawalTab)):
            tabs.setCurrentWidget(self.withdrawalTab)
            self.withdrawalTab.focus_next()

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
        rid, language = self.request_id, ui_language(self.prefs)
        self.ui.busyLabel.setText(self.tr("Loading…"))
        self.ops.query(
            lambda ctx: case.load(ctx, rid, language),
            self._loaded,
            self._load_failed,
            owner=self,
            key="case",
        )

    def _finish_loading(self) -> None:
        self._loading = False
        self.ui.busyLabel.clear()
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: Exception) -> None:
        self.ui.loadErrorLabel.setText(
            self.tr("This case cannot be shown: {0}").format(describe_error(exc))
        )
        self.ui.loadErrorLabel.show()
        self._set_actions_enabled(False)
        self._finish_loading()

    def _loaded(self, data: Case) -> None:
        self.ui.loadErrorLabel.hide()
        self.show_case(data)
        self._finish_loading()

    # -- showing ------------------------------------------------------------------------------

    def show_case(self, data: Case) -> None:
        self.data = data
        r = data.request
        ui = self.ui
        self.setWindowTitle(
            self.tr("{number} — {sender} — Derbes").format(number=r.reg_number, sender=r.sender)
        )
        ui.titleLabel.setText(r.reg_number)
        set_elided(ui.subtitleLabel, f"{labels.type_label(r.type)} · {r.sender}")
        show_chips(self.ui, data)

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
        ui.letterDateValue.setText(short_date(r.letter_date))
        ui.letterForm.setRowVisible(ui.letterDateValue, r.letter_date is not None)
        ui.receivedValue.setText(short_date(r.received_date))
        ui.registeredValue.setText(short_date(r.registered_date))
        ui.summaryValue.setText(r.summary or "—")

        show_deadline(self.ui, data)
        self._show_assignee(data)
        self._show_subject(data.subject)
        self._show_timeline(data.timeline)
        self.ui.scansPanel.show_scans(data.scans)
        self._letter_count(len(data.letters))
        self._show_withdrawal(data)
        self._update_actions(data)
        self.caseFile.case_loaded()

    def _show_assignee(self, data: Case) -> None:
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

    def _show_subject(self, subject: CaseSubject | None) -> None:
        ui = self.ui
        linked = subject is not None
        if not linked:
            set_elided(ui.subjectNameValue, self.tr("No subject linked"))
            ui.subjectNameValue.setStyleSheet(f"color: {MUTED}; font-size: 11pt;")
            ui.subjectDetailsValue.setText(
                self.tr("Link the record of the person who wrote, found by IIN or by name.")
            )
            ui.linkSubjectButton.setText(self.tr("&Link a subject…"))
        else:
            set_elided(ui.subjectNameValue, subject.full_name)
            ui.subjectNameValue.setStyleSheet("font-size: 11pt; font-weight: 600;")
            iin = self._revealed_iins.get(subject.id) or mask_iin(subject.iin) or "—"
            rows = [
                (self.tr("IIN"), iin),
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
            if subject.iin and subject.id not in self._revealed_iins:
                ui.subjectDetailsValue.setText(
                    ui.subjectDetailsValue.text()
                    + '<a href="reveal-iin">'
                    + html.escape(self.tr("Reveal the IIN (Ctrl+Shift+I)"))
                    + "</a>"
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

    def reveal_iin(self, *_args) -> None:
        """Show the linked subject's full IIN, through the audited ``subjects.reveal_iin``."""
        subject = self.data.subject if self.data is not None else None
        if subject is None or not subject.iin or subject.id in self._revealed_iins:
            return
        subject_id = subject.id

        def revealed(iin: str) -> None:
            self._revealed_iins[subject_id] = iin
            if self.data is not None and self.data.subject is not None:
                self._show_subject(self.data.subject)

        self.ops.mutate(
            lambda ctx: subjects.reveal_iin(ctx, subject_id),
            on_done=revealed,
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _show_timeline(self, events: tuple[TimelineEvent, ...]) -> None:
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.timelineTab), self.tr("Timeline ({0})").format(len(events))
        )
        scroll = self.ui.timelineView.verticalScrollBar().value()
        self.ui.timelineView.setHtml(timeline_html(timeline_entries(events)))
        self.ui.timelineView.verticalScrollBar().setValue(scroll)

    def _show_withdrawal(self, data: Case) -> None:
        """The Withdrawal tab, for the request types that have a workflow."""
        tabs = self.ui.tabs
        tabs.setTabVisible(tabs.indexOf(self.withdrawalTab), data.workflow is not None)
        self.withdrawalTab.show_view(data.workflow)

    def _letter_count(self, count: int) -> None:
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.lettersPanel), self.tr("Letters ({0})").format(count)
        )

    def _scan_count(self, count: int) -> None:
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.scansTab), self.tr("Scans ({0})").format(count)
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
