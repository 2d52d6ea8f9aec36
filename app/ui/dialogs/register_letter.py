"""Register a letter (Ctrl+N): every field of an incoming letter, checked as it is typed, its due
date counted live with the explanation, the subject found by IIN or by a name in any script (or
created from the letter), and its scans; saved in one transaction through ``intake``."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import Deadline, Urgency
from app.domain.errors import DomainError
from app.domain.identifiers import iin_check_digit, is_valid_iin
from app.domain.requests import RequestType
from app.services import intake, operators
from app.services.intake import Registered, SubjectMatch
from app.services.requests import LANGUAGES, Channel, NewRequest
from app.ui import labels, operations
from app.ui.forms.ui_register_letter import Ui_RegisterLetterDialog
from app.ui.messages import show_error
from app.ui.operations import Operations
from app.ui.prefs import (
    LANGUAGE,
    REGISTER_LETTER_CHANNEL,
    REGISTER_LETTER_DIALOG,
    REGISTER_LETTER_LANGUAGE,
    REGISTER_LETTER_OPERATOR,
    REGISTER_LETTER_SCAN_DIR,
    Prefs,
    restore_geometry,
    save_geometry,
)
from app.ui.widgets.scan_list import local_files, plural

PREF_OPERATOR = REGISTER_LETTER_OPERATOR
PREF_CHANNEL = REGISTER_LETTER_CHANNEL
PREF_LANGUAGE = REGISTER_LETTER_LANGUAGE
GEOMETRY_KEY = REGISTER_LETTER_DIALOG

PREVIEW_DELAY_MS = 150
SEARCH_DELAY_MS = 300
MAX_SENDER = 300
MAX_ASSIGNEE = 120

_ERROR_STYLE = "color: #9b1c13;"
_INVALID_STYLE = (
    'QLineEdit[invalid="true"], QDateEdit[invalid="true"], QComboBox[invalid="true"],'
    ' QPlainTextEdit[invalid="true"], QListWidget[invalid="true"]'
    " { border: 1px solid #b3261e; border-radius: 3px; background: #fdf3f2; }"
)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExplanationPanel(QFrame):
    """ "How was this counted?": a panel laid over the dialog below its button, so the long
    explanation never squeezes the form. Escape, the close button, a click elsewhere or moving
    the focus away closes it (a child widget, not a popup window: nothing to grab)."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.setObjectName("explanationPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#explanationPopup { background: palette(base); border: 1px solid #b9b9b9;"
            " border-radius: 6px; }"
        )
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 10)
        head = QHBoxLayout()
        title = QLabel(self.tr("How the due date was counted"))
        title.setStyleSheet("font-weight: 600;")
        close = QToolButton(objectName="closeExplanationButton")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_panel)
        head.addWidget(title, 1)
        head.addWidget(close)
        layout.addLayout(head)
        self.view = QTextBrowser(objectName="explanationView")
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.view)
        self.resize(600, 380)
        self.hide()
        self._anchor: QWidget | None = None

    def show_below(self, anchor: QWidget, keep: QWidget | None = None) -> None:
        """Show under ``anchor``, inside the dialog; when there is no room below, above
        ``keep`` (the due date itself stays in sight) or else above the anchor."""
        self._anchor = anchor
        parent = self.parentWidget()
        width = min(600, parent.width() - 24)
        height = min(380, parent.height() - 24)
        below = anchor.mapTo(parent, QPoint(0, anchor.height() + 2))
        x = max(12, min(below.x(), parent.width() - width - 12))
        y = below.y()
        if y + height > parent.height() - 12:
            top = (keep or anchor).mapTo(parent, QPoint(0, 0)).y() - 4
            height = max(160, min(height, top - 12))
            y = max(12, top - height)
        self.resize(width, height)
        self.move(x, y)
        self.raise_()
        if not self.isVisible():
            app = QApplication.instance()
            app.installEventFilter(self)
            app.focusChanged.connect(self._focus_changed)
            self.show()
        self.view.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_panel(self) -> None:
        if not self.isVisible():
            return
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.focusChanged.disconnect(self._focus_changed)
        self.hide()
        if self._anchor is not None and self._anchor.isVisible():
            self._anchor.setFocus(Qt.FocusReason.PopupFocusReason)

    def _focus_changed(self, _old, new) -> None:
        if new is not None and not self.isAncestorOf(new) and new is not self._anchor:
            self.close_panel()

    def eventFilter(self, watched, event) -> bool:
        # Installed on the application while the panel is shown.
        if not isinstance(watched, QWidget):
            return False
        inside = watched is self or self.isAncestorOf(watched)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and inside:
            self.close_panel()
            return True
        if kind == QEvent.Type.MouseButtonPress and not inside and watched is not self._anchor:
            self.close_panel()
        return False


class RegisterLetterDialog(QDialog):
    """Emits ``registered(request_id)`` after the letter is stored, then closes."""

    registered = Signal(int)

    def __init__(self, ops: Operations, prefs: Prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.today = ops.ctx.today()
        self.ui = Ui_RegisterLetterDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(_INVALID_STYLE)
        self.result_: Registered | None = None
        self.deadline: Deadline | None = None
        self.matches: list[SubjectMatch] = []
        self._linked: SubjectMatch | None = None
        self._choice_touched = False
        self._programmatic = False
        self._operators_loaded = False
        self._saving = False
        self._discarding = False
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self._preview_gen = 0
        self._search_gen = 0
        self._calendar_language = self._pick_calendar_language()

        ui = self.ui
        self._field_widgets: dict[str, tuple[QWidget, QLabel | None]] = {
            "operator": (ui.operatorCombo, None),
            "type": (ui.typeCombo, None),
            "received": (ui.receivedEdit, ui.receivedError),
            "postmark": (ui.postmarkEdit, ui.postmarkError),
            "registered": (ui.registeredEdit, ui.registeredError),
            "channel": (ui.channelCombo, None),
            "language": (ui.languageCombo, None),
            "sender": (ui.senderEdit, ui.senderError),
            "surname": (ui.senderEdit, ui.senderError),
            "assignee": (ui.assigneeEdit, None),
            "iin": (ui.iinEdit, ui.iinError),
            "subject": (ui.matchesList, None),
            "file": (ui.scanList.table, None),
        }
        self._field_names = {
            "operator": self.tr("Operator"),
            "type": self.tr("Type"),
            "received": self.tr("Received"),
            "postmark": self.tr("Postmark"),
            "registered": self.tr("Registered on"),
            "channel": self.tr("Channel"),
            "language": self.tr("Language"),
            "sender": self.tr("Sender"),
            "surname": self.tr("Sender"),
            "assignee": self.tr("Assignee"),
            "iin": self.tr("IIN"),
            "subject": self.tr("Subject"),
            "file": self.tr("Scans"),
        }
        for _widget, error in self._field_widgets.values():
            if error is not None:
                error.setStyleSheet(_ERROR_STYLE)
                error.setVisible(False)

        self._build_explanation()
        self._fill_choices()
        self._setup_dates()
        self._timers()
        self._connect()
        ui.scanList.set_operations(ops)
        ui.scanList.last_directory = self.prefs.get(REGISTER_LETTER_SCAN_DIR)
        QWidget.setTabOrder(ui.explainButton, ui.scanList.add_button)
        QWidget.setTabOrder(ui.scanList.add_button, ui.scanList.remove_button)
        QWidget.setTabOrder(ui.scanList.remove_button, ui.scanList.table)
        QWidget.setTabOrder(ui.scanList.table, ui.saveButton)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

        restore_geometry(prefs, self, GEOMETRY_KEY)
        self._load_operators()
        self._validate()
        self._schedule_preview()
        self._show_matches_hint()
        ui.typeCombo.setFocus()

    # -- building -----------------------------------------------------------------------------

    def _pick_calendar_language(self) -> str:
        """Holidays and weekdays in the explanation follow the interface language."""
        chosen = self.prefs.get(LANGUAGE) or QLocale().name()
        code = chosen.split("_")[0].lower()
        return code if code in ("kk", "ru") else "en"

    def _build_explanation(self) -> None:
        self.explanation_popup = ExplanationPanel(self)
        self.explanation_view = self.explanation_popup.view

    def _fill_choices(self) -> None:
        ui = self.ui
        for rtype in RequestType:
            ui.typeCombo.addItem(labels.type_label(rtype), rtype.value)
        for channel in Channel:
            ui.channelCombo.addItem(labels.label(labels.CHANNELS, channel.value), channel.value)
        for code in LANGUAGES:
            ui.languageCombo.addItem(labels.label(labels.LANGUAGES, code), code)
        self._select_data(ui.channelCombo, self.prefs.get(PREF_CHANNEL))
        self._select_data(ui.languageCombo, self.prefs.get(PREF_LANGUAGE))
        ui.operatorCombo.setPlaceholderText(self.tr("Loading…"))

    @staticmethod
    def _select_data(combo, value) -> bool:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def _setup_dates(self) -> None:
        today = qdate(self.today)
        for edit in (self.ui.receivedEdit, self.ui.postmarkEdit, self.ui.registeredEdit):
            edit.setMinimumDate(QDate(1990, 1, 1))
            edit.setDate(today)
            calendar = edit.calendarWidget()
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            calendar.setGridVisible(True)
            edit.setCurrentSection(QDateEdit.Section.DaySection)
            edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Tab leaves a date editor (Qt would walk its day, month and year first); typing the
        # digits moves through them, and so do the arrow keys.
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    def _timers(self) -> None:
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

    def _connect(self) -> None:
        ui = self.ui
        ui.operatorCombo.currentIndexChanged.connect(self._operator_changed)
        ui.typeCombo.currentIndexChanged.connect(lambda _i: self._edited("type"))
        ui.typeCombo.currentIndexChanged.connect(self._schedule_preview)
        ui.receivedEdit.dateChanged.connect(lambda _d: self._edited("received"))
        ui.receivedEdit.dateChanged.connect(self._schedule_preview)
        ui.postmarkCheck.toggled.connect(ui.postmarkEdit.setEnabled)
        ui.postmarkCheck.toggled.connect(lambda _on: self._edited("postmark"))
        ui.postmarkCheck.toggled.connect(self._postmark_toggled)
        ui.postmarkEdit.dateChanged.connect(lambda _d: self._edited("postmark"))
        ui.registeredEdit.dateChanged.connect(lambda _d: self._edited("registered"))
        ui.channelCombo.currentIndexChanged.connect(lambda _i: self._edited("channel"))
        ui.languageCombo.currentIndexChanged.connect(lambda _i: self._edited("language"))
        ui.senderEdit.textEdited.connect(lambda _t: self._edited("sender"))
        ui.senderEdit.editingFinished.connect(lambda: self._touch("sender"))
        ui.senderEdit.textChanged.connect(self._schedule_search)
        ui.assigneeEdit.textEdited.connect(lambda _t: self._edited("assignee"))
        ui.addressEdit.textChanged.connect(self._validate)
        ui.summaryEdit.textChanged.connect(self._validate)
        ui.iinEdit.textEdited.connect(lambda _t: self._edited("iin"))
        ui.iinEdit.editingFinished.connect(lambda: self._touch("iin"))
        ui.iinEdit.textChanged.connect(self._schedule_search)
        ui.searchEdit.textChanged.connect(self._schedule_search)
        ui.matchesList.itemSelectionChanged.connect(self._match_selected)
        ui.matchesList.itemActivated.connect(lambda _item: self._match_selected())
        ui.linkRadio.toggled.connect(lambda on: on and self._choice_clicked("link"))
        ui.createRadio.toggled.connect(lambda on: on and self._choice_clicked("create"))
        ui.unlinkedRadio.toggled.connect(lambda on: on and self._choice_clicked("none"))
        ui.explainButton.clicked.connect(self.show_explanation)
        ui.scanList.changed.connect(lambda: self._edited("file"))
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    # -- operators ----------------------------------------------------------------------------

    def _load_operators(self) -> None:
        def fetch(ctx):
            return operators.all_operators(ctx), operators.default_operator_id(ctx)

        self.ops.query(fetch, on_done=self._operators_arrived, owner=self)

    def _operators_arrived(self, result) -> None:
        found, default_id = result
        combo = self.ui.operatorCombo
        self._programmatic = True
        combo.clear()
        for op in found:
            combo.addItem(op.short_name or op.name_kk, op.id)
            combo.setItemData(combo.count() - 1, op.name_ru, Qt.ItemDataRole.ToolTipRole)
        remembered = self.prefs.get(PREF_OPERATOR)
        if not (remembered is not None and self._select_data(combo, remembered)):
            self._select_data(combo, default_id)
        self._programmatic = False
        combo.setPlaceholderText(self.tr("No operator profile yet"))
        self._operators_loaded = True
        self._operator_changed()

    def operator_id(self) -> int | None:
        value = self.ui.operatorCombo.currentData()
        return int(value) if value is not None else None

    def _operator_changed(self, *_args) -> None:
        if self._programmatic:
            return
        if self._linked is not None and self._linked.operator_id != self.operator_id():
            self._linked = None
            self._choice_touched = False
        self.matches = []
        self._edited("operator")
        self._schedule_search()

    # -- validation as you type ---------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._server_errors.pop(field, None)
        if field == "sender":
            self._server_errors.pop("surname", None)
        self._validate()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self._validate()

    def _postmark_toggled(self, on: bool) -> None:
        if on and self.ui.postmarkEdit.date() > self.ui.receivedEdit.date():
            self.ui.postmarkEdit.setDate(self.ui.receivedEdit.date())

    def iin_problem(self, text: str) -> str | None:
        """Why the typed IIN is not valid (None when valid or empty), in the officer's words."""
        digits = "".join(text.split())
        if not digits:
            return None
        bad = next((ch for ch in digits if ch not in "0123456789"), None)
        if bad is not None:
            return self.tr("An IIN has digits only; “{0}” is not a digit.").format(bad)
        if len(digits) != 12:
            return self.tr("An IIN has 12 digits; %n typed.", "", len(digits))
        expected = iin_check_digit(digits[:11])
        if expected is None:
            return self.tr("Not a valid IIN: no check digit exists for its first 11 digits.")
        if int(digits[11]) != expected or not is_valid_iin(digits):
            return self.tr(
                "The check digit does not match: the last digit should be {0}. "
                "Check the number against the letter."
            ).format(expected)
        return None

    def problems(self) -> dict[str, str]:
        """Everything that stops the letter from being registered, field by field, in form
        order (the same rules the service applies, worded for the officer)."""
        ui = self.ui
        fmt = self._date_text
        out: dict[str, str] = {}
        if self._operators_loaded and self.operator_id() is None:
            out["operator"] = self.tr("Create an operator profile first (Settings → Operators).")
        received = pydate(ui.receivedEdit.date())
        registered_on = pydate(ui.registeredEdit.date())
        postmark = pydate(ui.postmarkEdit.date()) if ui.postmarkCheck.isChecked() else None
        if received > self.today:
            out["received"] = self.tr("Cannot be in the future: today is {0}.").format(
                fmt(self.today)
            )
        elif postmark is not None and received < postmark:
            out["received"] = self.tr("Before the postmark ({0}): check both dates.").format(
                fmt(postmark)
            )
        if postmark is not None and postmark > self.today:
            out["postmark"] = self.tr("Cannot be in the future: today is {0}.").format(
                fmt(self.today)
            )
        if registered_on > self.today:
            out["registered"] = self.tr("Cannot be in the future: today is {0}.").format(
                fmt(self.today)
            )
        elif registered_on < received:
            out["registered"] = self.tr("Cannot be before the letter was received ({0}).").format(
                fmt(received)
            )
        sender = " ".join(ui.senderEdit.text().split())
        if not sender:
            out["sender"] = self.tr("Write the sender as on the letter.")
        elif len(sender) > MAX_SENDER:
            out["sender"] = self.tr("At most %n characters.", "", MAX_SENDER)
        if len(ui.assigneeEdit.text().strip()) > MAX_ASSIGNEE:
            out["assignee"] = self.tr("At most %n characters.", "", MAX_ASSIGNEE)
        iin = self.iin_problem(ui.iinEdit.text())
        if iin:
            out["iin"] = iin
        if ui.linkRadio.isChecked() and self._linked is None:
            out["subject"] = self.tr("Select the subject to link, or choose another option.")
        return out

    def _shown_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Problems shown at their fields: an empty sender only once the officer has been
        there (or tried to save), everything else at once; then the service's own errors."""
        shown = {f: m for f, m in problems.items() if f != "sender" or "sender" in self._touched}
        for field, message in self._server_errors.items():
            shown.setdefault(field, message)
        return shown

    def _validate(self) -> None:
        problems = self.problems()
        shown = self._shown_problems(problems)
        for field, (widget, error) in self._field_widgets.items():
            message = shown.get(field)
            if field == "surname" and "sender" in shown:
                continue
            self._mark(widget, message is not None)
            if error is not None and (field != "surname" or message):
                error.setText(message or "")
                error.setVisible(bool(message))
        self._update_status(problems)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()

    def _update_status(self, problems: dict[str, str]) -> None:
        ui = self.ui
        pending = ui.scanList.pending
        ready = self._operators_loaded and not problems and not pending and not self._saving
        ui.saveButton.setEnabled(ready)
        if self._saving:
            text, style = self.tr("Registering the letter…"), "color: #555;"
        elif problems:
            field, message = next(iter(problems.items()))
            text = self.tr("To register: {0} — {1}").format(self._field_names[field], message)
            if len(problems) > 1:
                text += " " + self.tr("(and %n more)", "", len(problems) - 1)
            style = _ERROR_STYLE
        elif pending:
            text, style = self.tr("Checking the scans…"), "color: #555;"
        elif not self._operators_loaded:
            text, style = self.tr("Loading…"), "color: #555;"
        else:
            text = self.tr("Ready: Enter or Ctrl+Enter registers the letter and gives its number.")
            style = "color: #2b6b2b;"
        ui.statusLabel.setText(text)
        ui.statusLabel.setStyleSheet(style)

    # -- the due date -------------------------------------------------------------------------

    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def _run_preview(self) -> None:
        rtype = self.ui.typeCombo.currentData()
        received = pydate(self.ui.receivedEdit.date())
        self._preview_gen += 1
        gen = self._preview_gen
        if received > self.today:
            self._show_deadline(None, self.tr("Correct the received date to see the due date."))
            return
        language = self._calendar_language
        self.ops.query(
            lambda ctx: intake.preview_deadline(ctx, rtype, received, language),
            on_done=lambda d: gen == self._preview_gen and self._show_deadline(d),
            on_error=lambda exc: (
                gen == self._preview_gen and self._show_deadline(None, self._describe(exc))
            ),
            owner=self,
        )

    def _describe(self, exc: Exception) -> str:
        if isinstance(exc, DomainError) and exc.field in self._field_names:
            return f"{self._field_names[exc.field]}: {exc.reason}"
        return str(exc)

    def _date_text(self, day: dt.date, pattern: str = "dd.MM.yyyy") -> str:
        return QLocale().toString(qdate(day), pattern)

    def _show_deadline(self, deadline: Deadline | None, why: str = "") -> bool:
        ui = self.ui
        self.deadline = deadline
        if deadline is None or deadline.due is None:
            ui.dueLabel.setText("—")
            ui.dueLabel.setStyleSheet("font-size: 15pt; font-weight: 600; color: #666;")
            ui.termLabel.setText(why)
            ui.explainButton.setEnabled(False)
            self.explanation_view.setHtml("")
            self.explanation_popup.hide()
            return True
        left = sum(1 for day in deadline.counted if day > self.today)
        if deadline.due < self.today:
            urgency, when = Urgency.OVERDUE, self.tr("overdue already")
        elif deadline.due == self.today:
            urgency, when = Urgency.TODAY, self.tr("due today")
        else:
            urgency = (
                Urgency.WITHIN_3
                if left <= 3
                else Urgency.WITHIN_10
                if left <= 10
                else Urgency.LATER
            )
            when = plural(self.tr("%n working day(s) from today", "", left), left)
        colour = labels.URGENCY_COLORS[urgency][1].name()
        ui.dueLabel.setText(
            self.tr("{0}  ·  {1}").format(self._date_text(deadline.due, "dddd, dd.MM.yyyy"), when)
        )
        ui.dueLabel.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {colour};")
        term = plural(
            self.tr("%n working day(s) after the receipt", "", deadline.days), deadline.days
        )
        if deadline.basis:
            term += " — " + labels.basis_label(deadline.basis)
        ui.termLabel.setText(term)
        ui.explainButton.setEnabled(True)
        self.explanation_view.setHtml(self.explanation_html(deadline))
        return True

    def explanation_html(self, d: Deadline) -> str:
        """How the due date was counted: the receipt day, day 1, the term and its basis, the
        due date, then every day not counted and why (holiday names, weekends, overrides)."""
        e = html.escape
        long = "ddd, dd.MM.yyyy"
        rows = [(self.tr("Received (day 0)"), self._date_text(d.received, long))]
        if d.day_one:
            rows.append((self.tr("Day 1"), self._date_text(d.day_one, long)))
        term = plural(self.tr("%n working day(s)", "", d.days), d.days)
        rows.append(
            (self.tr("Term"), term + (f" — {labels.basis_label(d.basis)}" if d.basis else ""))
        )
        if d.due:
            rows.append(
                (
                    self.tr("Due"),
                    self.tr("{0}: working day {1}").format(
                        self._date_text(d.due, long), d.total_days
                    ),
                )
            )
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [
            f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows
        ]
        parts.append("</table>")
        if d.skipped:
            n = len(d.skipped)
            heading = plural(self.tr("Not counted: %n non-working day(s)", "", n), n)
            parts.append(
                f"<p style='margin-top:8px'><b>{e(heading)}</b></p>"
                "<table cellspacing='0' cellpadding='1'>"
            )
            parts += [
                f"<tr><td>{e(self._date_text(skipped.day, long))}&nbsp;&nbsp;&nbsp;</td>"
                f"<td>{e(skipped.reason)}</td></tr>"
                for skipped in d.skipped
            ]
            parts.append("</table>")
        else:
            parts.append(
                "<p style='margin-top:8px'>"
                + e(self.tr("No non-working day falls within the term."))
                + "</p>"
            )
        return "".join(parts)

    def show_explanation(self) -> None:
        if self.deadline is not None:
            self.explanation_popup.show_below(self.ui.explainButton, keep=self.ui.dueGroup)

    # -- the subject --------------------------------------------------------------------------

    def _search_terms(self) -> tuple[str, str]:
        """(IIN, name) to search for: the Find box when typed in, else the IIN and sender."""
        typed = self.ui.searchEdit.text().strip()
        if typed:
            compact = "".join(typed.split())
            return (compact, "") if compact.isdigit() else ("", typed)
        return "".join(self.ui.iinEdit.text().split()), self.ui.senderEdit.text().strip()

    def _schedule_search(self, *_args) -> None:
        self._search_timer.start()

    def _run_search(self) -> None:
        operator_id = self.operator_id()
        iin, name = self._search_terms()
        self._search_gen += 1
        gen = self._search_gen
        if operator_id is None or (len(iin) < intake.MIN_IIN_PREFIX and not name):
            self._matches_arrived(gen, [])
            return
        self.ops.query(
            lambda ctx: intake.match_subjects(ctx, operator_id, iin, name),
            on_done=lambda found: self._matches_arrived(gen, found),
            owner=self,
        )

    def _matches_arrived(self, gen: int, found: list[SubjectMatch]) -> None:
        if gen != self._search_gen:
            return  # an older search; a newer one is on its way
        self.matches = list(found)
        shown = list(found)
        if self._linked is not None and all(m.id != self._linked.id for m in shown):
            shown.insert(0, self._linked)  # the chosen subject stays on offer
        lst = self.ui.matchesList
        self._programmatic = True
        lst.clear()
        for match in shown:
            item = QListWidgetItem(self._match_text(match))
            item.setData(Qt.ItemDataRole.UserRole, match)
            if match.address:
                item.setToolTip(match.address)
            lst.addItem(item)
            if self._linked is not None and match.id == self._linked.id:
                item.setSelected(True)
                lst.setCurrentItem(item)
        self._programmatic = False
        self._auto_choose()
        self._show_matches_hint()
        self._validate()

    def _match_text(self, m: SubjectMatch) -> str:
        details = []
        if m.iin:
            details.append(self.tr("IIN {0}").format(m.iin))
        if m.birth_date:
            details.append(self.tr("born {0}").format(self._date_text(m.birth_date)))
        if m.status != "active":
            details.append(labels.label(labels.SUBJECT_STATUSES, m.status))
        if m.by_iin:
            details.append(self.tr("matches the IIN"))
        return m.full_name + (f"   —   {' · '.join(details)}" if details else "")

    def _auto_choose(self) -> None:
        """Until the officer chooses: link the subject holding the typed IIN; with a valid IIN
        nobody holds, create the subject from the letter; otherwise leave it unlinked."""
        ui = self.ui
        ui.linkRadio.setEnabled(ui.matchesList.count() > 0)
        if self._choice_touched:
            if ui.linkRadio.isChecked() and self._linked is None and not ui.linkRadio.isEnabled():
                self._set_choice("none")
            return
        iin = "".join(ui.iinEdit.text().split())
        holder = next((m for m in self.matches if m.by_iin and m.iin == iin), None)
        if holder is not None and is_valid_iin(iin):
            self._link(holder)
            self._set_choice("link")
        elif is_valid_iin(iin):
            self._link(None)
            self._set_choice("create")
        else:
            self._link(None)
            self._set_choice("none")

    def _set_choice(self, choice: str) -> None:
        radio = {
            "link": self.ui.linkRadio,
            "create": self.ui.createRadio,
            "none": self.ui.unlinkedRadio,
        }[choice]
        self._programmatic = True
        radio.setChecked(True)
        self._programmatic = False

    def _link(self, match: SubjectMatch | None) -> None:
        self._linked = match
        lst = self.ui.matchesList
        self._programmatic = True
        for row in range(lst.count()):
            item = lst.item(row)
            on = match is not None and item.data(Qt.ItemDataRole.UserRole).id == match.id
            item.setSelected(on)
            if on:
                lst.setCurrentItem(item)
        if match is None:
            lst.clearSelection()
        self._programmatic = False

    def _match_selected(self) -> None:
        if self._programmatic:
            return
        items = self.ui.matchesList.selectedItems()
        if not items:
            return
        self._choice_touched = True
        self._linked = items[0].data(Qt.ItemDataRole.UserRole)
        self._server_errors.pop("subject", None)
        self._set_choice("link")
        self._show_matches_hint()
        self._validate()

    def _choice_clicked(self, choice: str) -> None:
        if self._programmatic:
            return
        self._choice_touched = True
        self._server_errors.pop("subject", None)
        self._server_errors.pop("iin", None)
        lst = self.ui.matchesList
        if choice == "link":
            if self._linked is None and lst.count():
                self._link(lst.item(0).data(Qt.ItemDataRole.UserRole))
        else:
            self._link(None)
        self._show_matches_hint()
        self._validate()

    def _show_matches_hint(self) -> None:
        ui = self.ui
        iin, name = self._search_terms()
        if self._linked is not None and ui.linkRadio.isChecked():
            text = self.tr("The letter will be linked to {0}.").format(self._linked.full_name)
        elif ui.createRadio.isChecked():
            text = self.tr("A new subject will be created from the sender, IIN and address.")
        elif not name and len(iin) < intake.MIN_IIN_PREFIX:
            text = self.tr("Type the sender or the IIN: matching subjects are offered here.")
        elif not self.matches:
            text = self.tr("No subject of this operator matches “{0}”.").format(name or iin)
        else:
            text = plural(
                self.tr("%n subject(s) match: select one to link.", "", len(self.matches)),
                len(self.matches),
            )
        ui.matchesHint.setText(text)

    # -- saving -------------------------------------------------------------------------------

    def has_typed_data(self) -> bool:
        ui = self.ui
        texts = (
            ui.senderEdit.text(),
            ui.iinEdit.text(),
            ui.assigneeEdit.text(),
            ui.searchEdit.text(),
            ui.addressEdit.toPlainText(),
            ui.summaryEdit.toPlainText(),
        )
        return any(t.strip() for t in texts) or not ui.scanList.is_empty()

    def new_request(self) -> NewRequest:
        ui = self.ui
        linked = self._linked if ui.linkRadio.isChecked() else None
        return NewRequest(
            type=ui.typeCombo.currentData(),
            received=pydate(ui.receivedEdit.date()),
            sender=ui.senderEdit.text(),
            iin="".join(ui.iinEdit.text().split()),
            language=ui.languageCombo.currentData(),
            operator_id=self.operator_id(),
            channel=ui.channelCombo.currentData(),
            signed=ui.signedCheck.isChecked(),
            postmark=pydate(ui.postmarkEdit.date()) if ui.postmarkCheck.isChecked() else None,
            sender_address=ui.addressEdit.toPlainText(),
            summary=ui.summaryEdit.toPlainText(),
            subject_id=linked.id if linked else None,
            assignee=ui.assigneeEdit.text(),
            registered=pydate(ui.registeredEdit.date()),
            attachments=ui.scanList.attachments(),
        )

    def save(self) -> None:
        """Register the letter; refused (with the reason at the field) while anything is wrong."""
        if self._saving or not self.isVisible():
            return
        problems = self.problems()
        if problems or self.ui.scanList.pending or not self._operators_loaded:
            self._touched.add("sender")
            self._validate()
            if problems:
                field = next(iter(problems))
                self._field_widgets[field][0].setFocus()
            return
        data = self.new_request()
        new_subject = self.ui.createRadio.isChecked()
        self._saving = True
        self._validate()
        self.ops.mutate(
            lambda ctx: intake.register_letter(ctx, data, new_subject),
            topics={operations.REQUESTS, operations.SUBJECTS},
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, result: Registered) -> None:
        self._saving = False
        self.result_ = result
        self.prefs.set(PREF_OPERATOR, self.operator_id())
        self.prefs.set(PREF_CHANNEL, self.ui.channelCombo.currentData())
        self.prefs.set(PREF_LANGUAGE, self.ui.languageCombo.currentData())
        self.registered.emit(result.request_id)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        if isinstance(exc, DomainError) and exc.field in self._field_widgets:
            field = exc.field
            self._server_errors[field] = self.tr("{0}: {1}").format(
                self._field_names[field], exc.reason
            )
            self._validate()
            self.ui.statusLabel.setText(
                self.tr("Not registered. {0}").format(self._server_errors[field])
            )
            self.ui.statusLabel.setStyleSheet(_ERROR_STYLE)
            self._field_widgets[field][0].setFocus()
            return
        self._validate()
        show_error(self, exc, self.tr("The letter was not registered"))

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self._saving:
            return
        if self._discarding or not self.has_typed_data():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this letter?"),
            self.tr("Discard this letter?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardBox")
        box.setInformativeText(self.tr("What you typed has not been registered yet."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard.setObjectName("discardButton")
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            if button is discard:
                self._discarding = True
                self.reject()

        box.buttonClicked.connect(answered)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        save_geometry(self.prefs, self, GEOMETRY_KEY)
        self.prefs.set(REGISTER_LETTER_SCAN_DIR, self.ui.scanList.last_directory)
        super().done(result)

    # -- scans dropped anywhere on the dialog -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.ui.scanList.add_files(files)
