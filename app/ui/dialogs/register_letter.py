"""Register a letter (Ctrl+N): every field of an incoming letter, checked as it is typed, its due
date counted live with the explanation, the subject found by IIN or by a name in any script (or
created from the letter), and its scans; saved in one transaction through ``intake``."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.domain import request_input, subject_input
from app.domain.deadlines import Deadline
from app.domain.errors import DomainError, Problem, problem
from app.domain.identifiers import mask_iin
from app.domain.requests import RequestType
from app.services import intake, operators
from app.services.intake import Registered, SubjectMatch
from app.services.requests import LANGUAGES, Channel, NewRequest
from app.ui import labels
from app.ui.dialogs.register_letter_due import DueDatePart, ExplanationPanel, pydate, qdate
from app.ui.dialogs.register_letter_ocr import ScanReader
from app.ui.dialogs.register_letter_subject import SubjectPart
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
from app.ui.problems import problem_text
from app.ui.widgets.scan_list import local_files

PREF_OPERATOR = REGISTER_LETTER_OPERATOR
PREF_CHANNEL = REGISTER_LETTER_CHANNEL
PREF_LANGUAGE = REGISTER_LETTER_LANGUAGE
GEOMETRY_KEY = REGISTER_LETTER_DIALOG

PREVIEW_DELAY_MS = 150
SEARCH_DELAY_MS = 300

_ERROR_STYLE = "color: #9b1c13;"
_INVALID_STYLE = (
    'QLineEdit[invalid="true"], QDateEdit[invalid="true"], QComboBox[invalid="true"],'
    ' QPlainTextEdit[invalid="true"], QListWidget[invalid="true"]'
    " { border: 1px solid #b3261e; border-radius: 3px; background: #fdf3f2; }"
)


class RegisterLetterDialog(DueDatePart, SubjectPart, QDialog):
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
        self._stale: SubjectMatch | None = None  # linked, then no longer found by what is typed
        self._choice_touched = False
        self._programmatic = False
        self._operators_loaded = False
        self._saving = False
        self._discarding = False
        self._touched: set[str] = set()
        self._server_errors: dict[str, Problem] = {}
        self._calendar_language = self._pick_calendar_language()

        ui = self.ui
        self._field_widgets: dict[str, tuple[QWidget, QLabel | None]] = {
            "operator": (ui.operatorCombo, None),
            "type": (ui.typeCombo, None),
            "received": (ui.receivedEdit, ui.receivedError),
            "postmark": (ui.postmarkEdit, ui.postmarkError),
            "letter_date": (ui.letterDateEdit, ui.letterDateError),
            "registered": (ui.registeredEdit, ui.registeredError),
            "channel": (ui.channelCombo, None),
            "language": (ui.languageCombo, None),
            "sender": (ui.senderEdit, ui.senderError),
            "surname": (ui.senderEdit, ui.senderError),
            "assignee": (ui.assigneeEdit, None),
            "iin": (ui.iinEdit, ui.iinError),
            "phone": (ui.newPhoneEdit, None),
            "email": (ui.newEmailEdit, None),
            "sender_address": (ui.addressEdit, None),
            "summary": (ui.summaryEdit, None),
            "subject": (ui.matchesList, None),
            "file": (ui.scanList.table, None),
        }
        self._field_names = {
            "operator": self.tr("Operator"),
            "type": self.tr("Type"),
            "received": self.tr("Received"),
            "postmark": self.tr("Postmark"),
            "letter_date": self.tr("Letter date"),
            "registered": self.tr("Registered on"),
            "channel": self.tr("Channel"),
            "language": self.tr("Language"),
            "sender": self.tr("Sender"),
            "surname": self.tr("Sender"),
            "assignee": self.tr("Assignee"),
            "iin": self.tr("IIN"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "sender_address": self.tr("Address"),
            "summary": self.tr("Summary"),
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
        self.reader = ScanReader(self)  # reads each scan added and proposes its fields
        QWidget.setTabOrder(ui.explainButton, ui.scanList.add_button)
        QWidget.setTabOrder(ui.scanList.add_button, ui.scanList.remove_button)
        QWidget.setTabOrder(ui.scanList.remove_button, ui.scanList.table)
        QWidget.setTabOrder(ui.scanList.table, ui.saveButton)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda: self.save())

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
        ui = self.ui
        for edit in (ui.receivedEdit, ui.postmarkEdit, ui.letterDateEdit, ui.registeredEdit):
            edit.setMinimumDate(QDate(request_input.FIRST_YEAR, 1, 1))
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
        ui.postmarkCheck.toggled.connect(lambda on: self._date_toggled(on, ui.postmarkEdit))
        ui.postmarkEdit.dateChanged.connect(lambda _d: self._edited("postmark"))
        ui.letterDateCheck.toggled.connect(ui.letterDateEdit.setEnabled)
        ui.letterDateCheck.toggled.connect(lambda _on: self._edited("letter_date"))
        ui.letterDateCheck.toggled.connect(lambda on: self._date_toggled(on, ui.letterDateEdit))
        ui.letterDateEdit.dateChanged.connect(lambda _d: self._edited("letter_date"))
        ui.createRadio.toggled.connect(ui.newContactsBox.setEnabled)
        ui.newPhoneEdit.textEdited.connect(lambda _t: self._edited("phone"))
        ui.newEmailEdit.textEdited.connect(lambda _t: self._edited("email"))
        ui.registeredEdit.dateChanged.connect(lambda _d: self._edited("registered"))
        ui.channelCombo.currentIndexChanged.connect(lambda _i: self._edited("channel"))
        ui.languageCombo.currentIndexChanged.connect(lambda _i: self._edited("language"))
        ui.senderEdit.textEdited.connect(lambda _t: self._edited("sender"))
        ui.senderEdit.editingFinished.connect(lambda: self._touch("sender"))
        ui.senderEdit.textChanged.connect(self._schedule_search)
        ui.assigneeEdit.textEdited.connect(lambda _t: self._edited("assignee"))
        ui.addressEdit.textChanged.connect(lambda: self._edited("sender_address"))
        ui.summaryEdit.textChanged.connect(lambda: self._edited("summary"))
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
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.cancelButton.clicked.connect(self.reject)

    # -- operators ----------------------------------------------------------------------------

    def _load_operators(self) -> None:
        self.ops.query(operators.choices, on_done=self._operators_arrived, owner=self)

    def _operators_arrived(self, result) -> None:
        found, default_id = result
        combo = self.ui.operatorCombo
        self._programmatic = True
        combo.clear()
        for op in found:
            combo.addItem(op.label, op.id)
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

    def _date_toggled(self, on: bool, edit: QDateEdit) -> None:
        """A postmark or letter date, once ticked, starts no later than the received date."""
        if on and edit.date() > self.ui.receivedEdit.date():
            edit.setDate(self.ui.receivedEdit.date())

    def problems(self) -> dict[str, Problem]:
        """Everything that stops the letter from being registered, field by field, in form
        order: the rules of ``app.domain.request_input`` (which the service applies too), and
        the dialog's own two (an operator to register at, a subject chosen when linking)."""
        found: list[Problem] = []
        if self._operators_loaded and self.operator_id() is None:
            found.append(problem("operator", "no_operator_profile"))
        data = self.new_request(with_scans=False)
        found += request_input.problems(data, self.today)
        found += subject_input.contact_problems(data.subject_phone, data.subject_email)
        if self.ui.linkRadio.isChecked() and self._linked is None:
            found.append(problem("subject", "subject_not_chosen"))
        out: dict[str, Problem] = {}
        for p in found:
            out.setdefault(p.field, p)
        return out

    def _shown_problems(self, problems: dict[str, Problem]) -> dict[str, str]:
        """Problems shown at their fields, worded in the interface language: an empty sender
        only once the officer has been there (or tried to save), everything else at once; then
        the service's own errors."""
        shown = {f: p for f, p in problems.items() if f != "sender" or "sender" in self._touched}
        for field, p in self._server_errors.items():
            shown.setdefault(field, p)
        return {field: problem_text(p) for field, p in shown.items()}

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
            elif error is None:
                widget.setToolTip(message or "")  # no label under it: the message at the field
        self._update_status(problems)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()

    def _update_status(self, problems: dict[str, Problem]) -> None:
        ui = self.ui
        pending = ui.scanList.pending
        ready = self._operators_loaded and not problems and not pending and not self._saving
        ui.saveButton.setEnabled(ready)
        if self._saving:
            text, style = self.tr("Registering the letter…"), "color: #555;"
        elif problems:
            field, found = next(iter(problems.items()))
            text = self.tr("To register: {0} — {1}").format(
                self._field_names[field], problem_text(found)
            )
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

    def new_request(self, with_scans: bool = True) -> NewRequest:
        ui = self.ui
        linked = self._linked if ui.linkRadio.isChecked() else None
        new = ui.createRadio.isChecked()  # only a new subject takes the contacts typed here
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
            letter_date=(
                pydate(ui.letterDateEdit.date()) if ui.letterDateCheck.isChecked() else None
            ),
            sender_address=ui.addressEdit.toPlainText(),
            summary=ui.summaryEdit.toPlainText(),
            subject_id=linked.id if linked else None,
            assignee=ui.assigneeEdit.text(),
            registered=pydate(ui.registeredEdit.date()),
            subject_phone=ui.newPhoneEdit.text() if new else "",
            subject_email=ui.newEmailEdit.text() if new else "",
            attachments=self.reader.with_text(ui.scanList.attachments()) if with_scans else [],
        )

    def save(self, confirmed: bool = False) -> None:
        """Register the letter; refused (with the reason at the field) while anything is wrong.
        Linking a subject whose IIN is not the letter's asks first; a scan being read is
        waited for (its text is stored with it), unless the officer stops the reading."""
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
        if self.iin_differs() and not confirmed:
            self._confirm_other_iin()
            return
        if self.reader.busy:  # its words are stored with the scan: a moment more (or Stop)
            self.reader.when_read(lambda: self.save(confirmed))
            self.ui.statusLabel.setText(self.reader.waiting_text())
            return
        data = self.new_request()
        new_subject = self.ui.createRadio.isChecked()
        self._saving = True
        self._validate()
        self.ops.mutate(
            lambda ctx: intake.register_letter(ctx, data, new_subject),
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )

    def _confirm_other_iin(self) -> None:
        linked = self._linked
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Link to a subject with another IIN?"),
            self.tr("Link the letter to {0}?").format(linked.full_name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("otherIinBox")
        box.setInformativeText(
            self.tr(
                "The letter gives the IIN {0}, but {1} has the IIN {2}. Link only if you are sure "
                "they are the same person."
            ).format(self._typed_iin(), linked.full_name, mask_iin(linked.iin))
        )
        link = box.addButton(self.tr("&Link anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        link.setObjectName("linkAnywayButton")
        back.setObjectName("goBackButton")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            if button is link and self._linked is linked:
                self.save(confirmed=True)
            else:
                self.ui.matchesList.setFocus()

        box.buttonClicked.connect(answered)
        box.open()

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
        at_fields = [p for p in getattr(exc, "problems", ()) if p.field in self._field_widgets]
        if isinstance(exc, DomainError) and at_fields:
            for p in at_fields:
                self._server_errors.setdefault(p.field, p)
            field = at_fields[0].field
            self._validate()
            self.ui.statusLabel.setText(
                self.tr("Not registered. {0}").format(
                    self.tr("{0}: {1}").format(self._field_names[field], problem_text(at_fields[0]))
                )
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
        self.reader.stop()
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
