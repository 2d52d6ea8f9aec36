"""Create or edit an operator profile: every field of SPEC, each problem shown at its field.

The data map (categories with their retention rules, purposes, methods, sources, recipients,
systems, each in Kazakh and Russian) is edited on its own tab by
:class:`~app.ui.dialogs.data_map_editor.DataMapEditor`, which asks for a missing half at its row
as it is typed; the profile is not saved while the map lacks one.

``OperatorDialog(ops, operator_id_or_None, parent)`` emits ``saved(operator_id)`` once the profile
is stored. The welcome screen uses it for the first profile (an empty database), the settings
screen for every later one. Nothing is written while any field is invalid; a problem the service
finds (a code already taken) is shown at its field too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from app.domain import operator_input
from app.domain.data_map import PARTS
from app.domain.errors import DomainError, Problem
from app.domain.numbering import format_number
from app.services import profile
from app.services.operators import OperatorInput
from app.services.profile import NewDocument
from app.ui.dialogs.consent_document_dialog import ConsentDocumentDialog
from app.ui.forms.ui_operator_dialog import Ui_OperatorDialog
from app.ui.messages import describe_error, show_error
from app.ui.operations import Operations
from app.ui.problems import problem_text

TONES = {"error": "#b3261e", "ok": "#2e6b34", "hint": "#666666"}
PATTERNS = ("request_prefix", "request_pattern", "outgoing_pattern", "outgoing_pattern_kk")
PATTERNS += ("act_pattern",)
EXAMPLE_SEQ = 42


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def _reg_kind_names() -> dict[str, str]:
    """The kinds of registration number, as the officer reads them (stored as their codes)."""
    return {
        "BIN": QCoreApplication.translate("OperatorDialog", "BIN"),
        "INN": QCoreApplication.translate("OperatorDialog", "INN"),
    }


def _name_reg_kinds(combo) -> None:
    for index, (code, name) in enumerate(_reg_kind_names().items()):
        combo.setItemText(index, name)
        combo.setItemData(index, code)


def _reg_kind(combo) -> str:
    """The code of the kind chosen, or the kind typed (a foreign one), upper-cased."""
    text = combo.currentText().strip()
    for code, name in _reg_kind_names().items():
        if text in (code, name):
            return code
    return text.upper() or "BIN"


class OperatorDialog(QDialog):
    """``OperatorDialog(ops, operator_id_or_None, parent)``; ``saved(operator_id)`` after a save."""

    saved = Signal(int)

    # Which tab holds each field a problem can name (in the order problems are shown).
    TAB_OF = {
        "name_kk": 0,
        "name_ru": 0,
        "code": 0,
        "reg_number": 0,
        "country": 0,
        "address_kk": 0,
        "address_ru": 0,
        "email": 0,
        "signatory_position_kk": 1,
        "signatory_position_ru": 1,
        "request_prefix": 1,
        "request_pattern": 1,
        "outgoing_pattern": 1,
        "outgoing_pattern_kk": 1,
        "act_pattern": 1,
        **dict.fromkeys((*PARTS, "retention"), 2),  # the data map's tab
    }

    def __init__(
        self, ops: Operations, operator_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops = ops
        self.operator_id = operator_id
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        _name_reg_kinds(ui.regKindCombo)
        self._year = ops.ctx.today().year
        self._touched: set[str] = set()
        self._attempted = False
        self._modified = False
        self._ready = False
        self._default_id: int | None = None
        self.saved_documents: list = []
        self.new_documents: list[NewDocument] = []

        self._line_edits = {
            "code": ui.codeEdit,
            "name_kk": ui.nameKkEdit,
            "name_ru": ui.nameRuEdit,
            "short_name": ui.shortNameEdit,
            "reg_number": ui.regNumberEdit,
            "country": ui.countryEdit,
            "email": ui.emailEdit,
            "phone": ui.phoneEdit,
            "website": ui.websiteEdit,
            "signatory_position_kk": ui.signatoryPositionKkEdit,
            "signatory_position_ru": ui.signatoryPositionRuEdit,
            "signatory_name": ui.signatoryNameEdit,
            "executor_name": ui.executorNameEdit,
            "executor_phone": ui.executorPhoneEdit,
            "request_prefix": ui.requestPrefixEdit,
            "request_pattern": ui.requestPatternEdit,
            "outgoing_pattern": ui.outgoingPatternEdit,
            "outgoing_pattern_kk": ui.outgoingPatternKkEdit,
            "act_pattern": ui.actPatternEdit,
        }
        # the postal address in each language: a half typed asks for the other
        self._text_edits = {
            "address_kk": ui.addressKkEdit,
            "address_ru": ui.addressRuEdit,
            "retention_kk": ui.retentionKkEdit,
            "retention_ru": ui.retentionRuEdit,
            "withdrawal_rule_kk": ui.withdrawalKkEdit,
            "withdrawal_rule_ru": ui.withdrawalRuEdit,
        }
        self.data_map = ui.dataMapEditor
        self._errors: dict[str, QLabel] = {
            "code": ui.codeError,
            "name_kk": ui.nameKkError,
            "name_ru": ui.nameRuError,
            "reg_number": ui.regNumberError,
            "country": ui.countryError,
            "address_kk": ui.addressKkError,
            "address_ru": ui.addressRuError,
            "email": ui.emailError,
            "signatory_position_kk": ui.signatoryPositionKkError,
            "signatory_position_ru": ui.signatoryPositionRuError,
            "request_prefix": ui.requestPrefixError,
            "request_pattern": ui.requestPatternError,
            "outgoing_pattern": ui.outgoingPatternError,
            "outgoing_pattern_kk": ui.outgoingPatternKkError,
            "act_pattern": ui.actPatternError,
        }
        for label in (*self._errors.values(), ui.formError):
            label.hide()

        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        for name, edit in self._line_edits.items():
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
        for name, edit in self._text_edits.items():
            edit.textChanged.connect(self._mark_modified)
            if name.startswith("address_"):
                edit.textChanged.connect(lambda n=name: self._edited(n))
        ui.regKindCombo.currentTextChanged.connect(lambda _t: self._edited("reg_number"))
        ui.countryEdit.textEdited.connect(self._upper_country)
        ui.regNumberEdit.editingFinished.connect(lambda: self._touch("reg_number"))
        ui.crossBorderCheck.toggled.connect(self._mark_modified)
        ui.defaultCheck.toggled.connect(self._mark_modified)

        self.data_map.changed.connect(self._map_edited)

        docs = ui.documentsTable.horizontalHeader()
        docs.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            docs.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.documentsTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.addDocumentButton.clicked.connect(self.add_document)
        ui.removeDocumentButton.clicked.connect(self._remove_document)
        ui.documentsTable.itemSelectionChanged.connect(self._document_selection)
        ui.removeDocumentButton.setEnabled(False)

        self._fill(OperatorInput(code="", name_kk="", name_ru=""))
        if operator_id is None:
            self.setWindowTitle(self.tr("New operator profile"))
            ui.headingLabel.setText(self.tr("New operator profile"))
        else:
            self.setWindowTitle(self.tr("Edit the operator profile"))
            ui.headingLabel.setText(self.tr("Operator profile"))
        ui.tabs.setCurrentIndex(0)
        ui.nameKkEdit.setFocus()
        self._set_busy(True)  # until the profile has arrived
        ops.query(lambda ctx: profile.load(ctx, operator_id), self._loaded, self._failed, self)

    # -- loading ------------------------------------------------------------------------------

    def _loaded(self, loaded: profile.Profile) -> None:
        self._default_id = loaded.default_id
        if loaded.operator is not None:
            self._fill(loaded.operator)
            self.ui.headingLabel.setText(loaded.operator.name_kk)
        self.saved_documents = list(loaded.documents)
        self._show_documents()
        is_default = loaded.default_id is not None and loaded.default_id == self.operator_id
        first = loaded.count == 0
        self.ui.defaultCheck.setChecked(is_default or first)
        # The first profile is the default whatever the box says; a default stays one until
        # another is made the default.
        self.ui.defaultCheck.setEnabled(not (is_default or first))
        if first:
            self.ui.defaultCheck.setToolTip(self.tr("The first operator is the default one."))
        self._modified = False
        self._ready = True
        self._set_busy(False)
        self._refresh_examples()

    def _fill(self, data: OperatorInput) -> None:
        for name, edit in self._line_edits.items():
            edit.setText(str(getattr(data, name) or ""))
        for name, edit in self._text_edits.items():
            edit.setPlainText(str(getattr(data, name) or ""))
        kind = (data.reg_kind or "BIN").upper()
        combo = self.ui.regKindCombo
        if combo.findData(kind) < 0:
            combo.addItem(kind, kind)
        combo.setCurrentIndex(combo.findData(kind))
        self.data_map.set_parts(data)
        self.ui.crossBorderCheck.setChecked(bool(data.cross_border))
        self._cross_border_follows()
        self._refresh_examples()

    # -- reading the form ---------------------------------------------------------------------

    def data(self) -> OperatorInput:
        """What the form says now, as the service takes it."""
        values = {name: edit.text() for name, edit in self._line_edits.items()}
        values.update({name: edit.toPlainText() for name, edit in self._text_edits.items()})
        values["reg_kind"] = _reg_kind(self.ui.regKindCombo)
        values.update(self.data_map.parts())
        values["cross_border"] = self.ui.crossBorderCheck.isChecked()
        names = {f.name for f in fields(OperatorInput)}
        return OperatorInput(**{k: v for k, v in values.items() if k in names})

    # -- validation as you type ---------------------------------------------------------------

    def _mark_modified(self, *_args) -> None:
        if self._ready:
            self._modified = True

    def _edited(self, name: str) -> None:
        self._mark_modified()
        if name in ("reg_number",) and not self._attempted:
            # Judge the BIN once it is complete, or when the field is left.
            digits = "".join(self.ui.regNumberEdit.text().split())
            if len(digits) >= 12 or not digits.isdigit():
                self._touched.add(name)
        else:
            self._touched.add(name)
        base, _, lang = name.rpartition("_")
        if base in operator_input.PAIRS and lang in ("kk", "ru"):
            self._touched.update((f"{base}_kk", f"{base}_ru"))  # one half asks for the other
        if name in PATTERNS:
            self._touched.add(name)
            self._refresh_examples()
        self._validate()

    def _touch(self, name: str) -> None:
        if self.ui.regNumberEdit.text().strip():
            self._touched.add(name)
            self._validate()

    def _upper_country(self, text: str) -> None:
        if text != text.upper():
            edit = self.ui.countryEdit
            pos = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(pos)

    def problems(self) -> dict[str, Problem]:
        return profile.check_operator(self.data())

    def _validate(self) -> dict[str, Problem]:
        problems = self.problems()
        kind = _reg_kind(self.ui.regKindCombo)
        for name, label in self._errors.items():
            problem = problems.get(name)
            shown = problem is not None and (self._attempted or name in self._touched)
            if shown:
                self._set_label(label, problem_text(problem))
            elif name == "reg_number" and kind == "BIN" and self.ui.regNumberEdit.text().strip():
                if problem is None:
                    self._set_label(label, self.tr("A valid BIN: the check digit matches."), "ok")
                else:
                    digits = "".join(self.ui.regNumberEdit.text().split())
                    count = self.tr("%1 of 12 digits").replace("%1", str(len(digits)))
                    self._set_label(label, count, "hint")
            else:
                label.hide()
        return problems

    @staticmethod
    def _set_label(label: QLabel, text: str, tone: str = "error") -> None:
        """Show ``text`` under a field: an ``error`` (red), ``ok`` (green) or ``hint`` (grey)."""
        label.setStyleSheet(f"color: {TONES[tone]};")
        label.setProperty("tone", tone)
        label.setText(text)
        label.show()

    def _refresh_examples(self) -> None:
        prefix = self.ui.requestPrefixEdit.text().strip()
        for edit, label in (
            (self.ui.requestPatternEdit, self.ui.requestExampleLabel),
            (self.ui.outgoingPatternEdit, self.ui.outgoingExampleLabel),
            (self.ui.outgoingPatternKkEdit, self.ui.outgoingKkExampleLabel),
            (self.ui.actPatternEdit, self.ui.actExampleLabel),
        ):
            try:
                example = format_number(edit.text(), prefix, self._year, EXAMPLE_SEQ)
            except DomainError:
                label.setText(self.tr("Example: —"))
            else:
                label.setText(self.tr("Example: %1").replace("%1", example))

    # -- the data map -----------------------------------------------------------------------

    def _map_edited(self) -> None:
        self._mark_modified()
        self._cross_border_follows()

    def _cross_border_follows(self) -> None:
        """A recipient abroad means the data cross the border; without one the officer says."""
        check = self.ui.crossBorderCheck
        abroad = self.data_map.data_map().cross_border
        if abroad and not check.isChecked():
            check.setChecked(True)
        check.setEnabled(not abroad)
        check.setToolTip(
            self.tr("A recipient abroad is listed on the Data map tab.") if abroad else ""
        )

    # -- consent documents --------------------------------------------------------------------

    def _show_documents(self) -> None:
        table = self.ui.documentsTable
        table.setRowCount(0)
        rows = [(d, False) for d in self.saved_documents] + [(d, True) for d in self.new_documents]
        for doc, new in rows:
            row = table.rowCount()
            table.insertRow(row)
            if doc.file_name and doc.text:
                content = self.tr("text and %1").replace("%1", doc.file_name)
            elif doc.file_name:
                content = doc.file_name
            elif doc.text:
                content = self.tr("text")
            else:
                content = "—"
            title = doc.title_kk if not doc.title_ru else f"{doc.title_kk}\n{doc.title_ru}"
            values = [
                title,
                doc.edition,
                date_text(doc.effective_date),
                content,
                self.tr("new: saved with the profile") if new else self.tr("saved"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, new)
                item.setToolTip(value)
                table.setItem(row, col, item)
        self._document_selection()

    def add_document(self) -> ConsentDocumentDialog:
        dialog = ConsentDocumentDialog(self._year, self)
        dialog.accepted.connect(lambda: self._document_added(dialog.document()))
        dialog.open()
        return dialog

    def _document_added(self, doc: NewDocument) -> None:
        self.new_documents.append(doc)
        self._mark_modified()
        self._show_documents()

    def _document_selection(self) -> None:
        row = self.ui.documentsTable.currentRow()
        item = self.ui.documentsTable.item(row, 0) if row >= 0 else None
        self.ui.removeDocumentButton.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    def _remove_document(self) -> None:
        row = self.ui.documentsTable.currentRow() - len(self.saved_documents)
        if 0 <= row < len(self.new_documents):
            del self.new_documents[row]
            self._show_documents()

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if not self._ready:
            return
        self._attempted = True
        self.ui.formError.hide()
        problems = self._validate()
        if problems:
            first = min(problems, key=lambda n: list(self.TAB_OF).index(n))
            self._go_to(first)
            return
        data = self.data()
        documents = list(self.new_documents)
        make_default = self.ui.defaultCheck.isChecked()
        operator_id = self.operator_id
        self._set_busy(True)
        self.ops.mutate(
            lambda ctx: profile.save(ctx, operator_id, data, documents, make_default),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, operator_id: int) -> None:
        self.operator_id = operator_id
        self._modified = False
        self._set_busy(False)
        self.saved.emit(operator_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not self._ready:
            self._ready = True  # let the officer at least cancel
            self.save_button.setEnabled(False)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        at_fields = [p for p in exc.problems if p.field in self._errors]
        for p in at_fields:
            self._set_label(self._errors[p.field], problem_text(p))
        if at_fields:
            self._go_to(at_fields[0].field)
        elif any(p.field in self.TAB_OF for p in exc.problems):  # the map: shown at its rows
            self._go_to(next(p.field for p in exc.problems if p.field in self.TAB_OF))
        else:
            self._set_label(self.ui.formError, describe_error(exc))

    def _go_to(self, field: str) -> None:
        """Take the officer to ``field``: its tab, and its edit or the data map's row."""
        self.ui.tabs.setCurrentIndex(self.TAB_OF[field])
        if field in self._line_edits:
            self._line_edits[field].setFocus()
        elif field in self._text_edits:
            self._text_edits[field].setFocus()
        else:
            self.data_map.focus_problem()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.ui.tabs.setEnabled(not busy)

    def keyPressEvent(self, event) -> None:
        # Enter that finishes typing in a list cell must not also press Save.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._in_item_editor():
            event.accept()
            return
        super().keyPressEvent(event)

    def _in_item_editor(self) -> bool:
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, QAbstractItemView) and widget is not self.ui.documentsTable:
                return True
            widget = widget.parentWidget()
        return False

    def reject(self) -> None:
        if self._modified:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the changes?"),
                self.tr("The changes to this profile are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
