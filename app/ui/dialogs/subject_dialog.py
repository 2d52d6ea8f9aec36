"""Create or edit a data subject: the domain's rules (as the service applies them), each problem
shown at its field in the interface language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from app.domain import subject_input
from app.domain.errors import DomainError, Problem, problem
from app.domain.identifiers import iin_hint
from app.services import operators, subjects
from app.services.subject_card import operator_label
from app.services.subjects import SubjectInput
from app.services.versions import Conflict
from app.ui.conflict import show_conflict
from app.ui.forms.ui_subject_dialog import Ui_SubjectDialog
from app.ui.messages import describe_error, show_error
from app.ui.operations import EXPECTED_ERRORS, Operations
from app.ui.problems import problem_text

DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y")


def parse_date(text: str) -> dt.date | None:
    """``dd.mm.yyyy`` (or ISO); None for an empty text; ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


@dataclass
class _Loaded:
    operator_id: int
    operator_name: str
    subject: subjects.EditableSubject | None


class SubjectDialog(QDialog):
    """``SubjectDialog(ops, operator_id, subject_id_or_None, parent)``; ``saved(id)`` after a save.

    ``operator_id`` is the operator a new subject belongs to (None: the database's default); an
    existing subject keeps its own operator. Nothing is saved while any field is invalid.
    """

    saved = Signal(int)

    # The service's field name -> the error label under that field.
    FIELDS = ("surname", "iin", "birth_date", "email", "client_bin")

    def __init__(
        self,
        ops: Operations,
        operator_id: int | None,
        subject_id: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.operator_id = operator_id
        self.subject_id = subject_id
        self.ui = Ui_SubjectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._errors: dict[str, QLabel] = {
            "surname": ui.surnameError,
            "iin": ui.iinError,
            "birth_date": ui.birthDateError,
            "email": ui.emailError,
            "client_bin": ui.clientBinError,
        }
        self._inputs: dict[str, QWidget] = {
            "surname": ui.surnameEdit,
            "iin": ui.iinEdit,
            "birth_date": ui.birthDateEdit,
            "email": ui.emailEdit,
            "client_bin": ui.clientBinEdit,
        }
        self._touched: set[str] = set()
        self._attempted = False
        self._prefilled = ""  # the birth date text this dialog filled in from the IIN
        self._ready = False
        self._busy = False
        self._version: int | None = None  # the version the form was filled from
        for label in self._errors.values():
            label.hide()
        ui.iinHint.hide()
        ui.formError.hide()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)  # Enter in any line saves
        self.save_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        ui.surnameEdit.textEdited.connect(lambda _t: self._edited("surname"))
        ui.iinEdit.textChanged.connect(self._iin_changed)
        ui.birthDateEdit.textChanged.connect(lambda _t: self._edited("birth_date"))
        ui.emailEdit.textChanged.connect(lambda _t: self._edited("email"))
        ui.clientBinEdit.textChanged.connect(lambda _t: self._edited("client_bin"))

        if subject_id is None:
            self.setWindowTitle(self.tr("New subject"))
            ui.headingLabel.setText(self.tr("New subject"))
        else:
            self.setWindowTitle(self.tr("Edit subject"))
            ui.headingLabel.setText(self.tr("Edit subject"))
            # Save stays disabled until the record has arrived (and fills the fields).
        ui.operatorValue.setText(self.tr("Loading…"))
        ui.surnameEdit.setFocus()
        self._load()

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        operator_id, subject_id = self.operator_id, self.subject_id

        def load(ctx) -> _Loaded:
            subject = subjects.for_editing(ctx, subject_id) if subject_id is not None else None
            operator = operators.resolve(
                ctx, subject.operator_id if subject is not None else operator_id
            )
            return _Loaded(operator.id, operator_label(operator), subject)

        self.ops.query(load, self._loaded, self._load_failed, owner=self)

    def _loaded(self, loaded: _Loaded) -> None:
        self.operator_id = loaded.operator_id
        self.ui.operatorValue.setText(self.tr("Operator: {0}").format(loaded.operator_name))
        s = loaded.subject
        if s is not None:
            self._version = s.version
            ui = self.ui
            ui.headingLabel.setText(self.tr("Edit subject: {0}").format(s.full_name))
            s = s.data
            ui.surnameEdit.setText(s.surname)
            ui.givenNameEdit.setText(s.given_name)
            ui.patronymicEdit.setText(s.patronymic)
            ui.birthDateEdit.setText(format_date(s.birth_date))
            ui.iinEdit.setText(s.iin or "")
            ui.phoneEdit.setText(s.phone)
            ui.emailEdit.setText(s.email)
            ui.addressEdit.setPlainText(s.address)
            ui.accountEdit.setText(s.account_id)
            ui.clientOrgEdit.setText(s.client_org)
            ui.clientBinEdit.setText(s.client_bin)
            self._prefilled = ""
            ui.surnameEdit.setFocus()
            ui.surnameEdit.selectAll()
        self._ready = True
        self._set_busy(False)
        self.save_button.setEnabled(True)

    def _load_failed(self, exc: Exception) -> None:
        self.ui.operatorValue.setText("")
        self._show_form_error(describe_error(exc))
        self.ui.personGroup.setEnabled(False)
        self.ui.contactGroup.setEnabled(False)

    # -- validation as you type ---------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self.ops.ctx.today()

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._show(field, self.problem(field))

    def _iin_changed(self, _text: str) -> None:
        self._edited("iin")
        self._update_hint()
        self._prefill_birth_date()

    def problem(self, field: str) -> Problem | None:
        """Why ``field`` is invalid now, or None."""
        return self.problems().get(field)

    def _show(self, field: str, found: Problem | None) -> None:
        label = self._errors[field]
        visible = found is not None and (
            field != "surname" or field in self._touched or self._attempted
        )
        label.setText(problem_text(found) if found is not None else "")
        label.setVisible(visible)
        self._inputs[field].setProperty("invalid", visible)
        self._inputs[field].setStyleSheet("border: 1px solid #c0392b;" if visible else "")

    def _update_hint(self) -> None:
        hint = iin_hint(self.ui.iinEdit.text()) if self.problem("iin") is None else None
        if hint is None or hint.birth_date is None:
            self.ui.iinHint.hide()
            return
        sex = {"M": self.tr("male"), "F": self.tr("female")}.get(hint.sex or "", "")
        text = self.tr("The IIN suggests: born {0}, {1} (a hint only).").format(
            format_date(hint.birth_date), sex
        )
        self.ui.iinHint.setText(text)
        self.ui.iinHint.show()

    def _prefill_birth_date(self) -> None:
        """Fill the birth date from the IIN's hint when the officer has not written one."""
        if self.problem("iin") is not None:
            return
        hint = iin_hint(self.ui.iinEdit.text())
        if hint is None or hint.birth_date is None or hint.birth_date > self.today:
            return
        current = self.ui.birthDateEdit.text().strip()
        if current and current != self._prefilled:
            return
        self._prefilled = format_date(hint.birth_date)
        self.ui.birthDateEdit.setText(self._prefilled)

    def problems(self) -> dict[str, Problem]:
        """Every problem of the form by field, by the rules of ``app.domain.subject_input``
        (the service's), plus a birth date that is not a date at all."""
        try:
            birth = parse_date(self.ui.birthDateEdit.text())
            found = []
        except ValueError:
            birth, found = None, [problem("birth_date", "not_a_date")]
        found = subject_input.problems(self.data(birth), self.today) + found
        out: dict[str, Problem] = {}
        for p in found:
            out.setdefault(p.field, p)
        return out

    # -- saving -------------------------------------------------------------------------------

    def data(self, birth_date: dt.date | None | object = ...) -> SubjectInput:
        """The form as the service's input; the birth date is parsed unless given (call without
        it only when :meth:`problems` is empty)."""
        ui = self.ui
        if birth_date is ...:
            birth_date = parse_date(ui.birthDateEdit.text())
        return SubjectInput(
            surname=ui.surnameEdit.text(),
            given_name=ui.givenNameEdit.text(),
            patronymic=ui.patronymicEdit.text(),
            iin=ui.iinEdit.text(),
            birth_date=birth_date,
            phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text(),
            address=ui.addressEdit.toPlainText().strip(),
            account_id=ui.accountEdit.text().strip(),
            client_org=ui.clientOrgEdit.text().strip(),
            client_bin=ui.clientBinEdit.text(),
        )

    def save(self) -> None:
        if not self._ready or self._busy:
            return
        self._attempted = True
        self.ui.formError.hide()
        found = self.problems()
        for field in self.FIELDS:
            self._show(field, found.get(field))
        if found:
            first = next((f for f in self.FIELDS if f in found), None)
            if first is not None:
                self._inputs[first].setFocus()
            else:  # a field without its own error line (a name, the phone, the address)
                self._show_form_error(describe_error(DomainError(*found.values())))
            return
        data = self.data()
        operator_id, subject_id, seen = self.operator_id, self.subject_id, self._version
        if subject_id is None:

            def work(ctx):
                return subjects.create(ctx, operator_id, data).id
        else:

            def work(ctx):
                return subjects.update(ctx, subject_id, data, seen).id

        self._set_busy(True)
        self.ops.mutate(work, on_done=self._saved, on_error=self._save_failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        # Only Save is disabled: disabling the fields would move the focus (and Enter) to Cancel.
        self._busy = busy
        self.save_button.setEnabled(not busy and self._ready)

    def _saved(self, subject_id: int) -> None:
        self.subject_id = subject_id
        self._set_busy(False)
        self.saved.emit(subject_id)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        at_fields = [p for p in getattr(exc, "problems", ()) if p.field in self._errors]
        if isinstance(exc, Conflict):  # another officer saved first: who, when, and reload
            self.conflict_box = show_conflict(self, exc, on_reload=self._reload)
        elif isinstance(exc, DomainError) and at_fields:
            for p in reversed(at_fields):
                self._touched.add(p.field)
                self._show(p.field, p)
            self._inputs[at_fields[0].field].setFocus()
        elif isinstance(exc, EXPECTED_ERRORS):
            self._show_form_error(describe_error(exc))
        else:
            show_error(self, exc)

    def _reload(self) -> None:
        self._ready = False
        self._set_busy(False)
        self._load()

    def _show_form_error(self, text: str) -> None:
        self.ui.formError.setText(text)
        self.ui.formError.show()
