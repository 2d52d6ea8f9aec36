"""Change the status of a request; a final status asks to be confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.domain.requests import FINAL_STATUSES, Status
from app.services import requests
from app.services.case import Case
from app.ui import labels
from app.ui.dialogs.case_actions.base import ActionDialog, ctrl_enter_accepts
from app.ui.forms.ui_change_status import Ui_ChangeStatusDialog
from app.ui.operations import Operations


class ChangeStatusDialog(ActionDialog):
    """Move the request to one of the statuses allowed from where it is; final ones confirm."""

    def __init__(self, ops: Operations, case: Case, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request = case.request
        self.ui = Ui_ChangeStatusDialog()
        self.ui.setupUi(self)
        self.setObjectName("changeStatusDialog")
        self.setWindowTitle(self.tr("Change the status — {0}").format(request.reg_number))
        self.field_errors = {"status": self.ui.statusError, "note": self.ui.generalError}
        self.general_error = self.ui.generalError
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change status"))
        self.ui.currentLabel.setText(
            self.tr("{0} is now <b>{1}</b>.").format(
                request.reg_number, labels.status_label(request.status)
            )
        )
        for status in case.targets:
            self.ui.statusCombo.addItem(labels.status_label(status), status.value)
        self.clear_errors()
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self._update_warning())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        ctrl_enter_accepts(self, self.ui.noteEdit, self.confirm)
        self.confirm_box: QMessageBox | None = None
        self._update_warning()
        self.ui.statusCombo.setFocus()

    def offered(self) -> list[str]:
        return [self.ui.statusCombo.itemData(i) for i in range(self.ui.statusCombo.count())]

    def choose(self, status: str) -> None:
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status))

    def target(self) -> Status | None:
        value = self.ui.statusCombo.currentData()
        return Status(value) if value else None

    def _update_warning(self) -> None:
        target = self.target()
        final = target in FINAL_STATUSES
        self.ui.finalWarning.setVisible(final)
        if final:
            self.ui.finalWarning.setText(
                self.tr(
                    "“{0}” is final: the request closes today and cannot be reopened. "
                    "You will be asked to confirm."
                ).format(labels.status_label(target))
            )
        self.ok_button.setEnabled(target is not None)

    def confirm(self) -> None:
        self.clear_errors()
        target = self.target()
        if target is None:
            self.show_field_error("status", self.tr("No status can follow this one."))
            return
        if target in FINAL_STATUSES:
            box = QMessageBox(self)
            box.setObjectName("confirmFinalBox")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Confirm a final status"))
            box.setText(
                self.tr("Mark {0} as “{1}”? This cannot be undone.").format(
                    self.request.reg_number, labels.status_label(target)
                )
            )
            yes = box.addButton(labels.status_label(target), QMessageBox.ButtonRole.AcceptRole)
            yes.setObjectName("confirmFinalButton")
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda button: self._confirmed(button is yes, target))
            self.confirm_box = box
            box.open()
            return
        self._change(target)

    def _confirmed(self, yes: bool, target: Status) -> None:
        self.confirm_box = None
        if yes:
            self._change(target)

    def _change(self, target: Status) -> None:
        rid, note = self.request.id, self.ui.noteEdit.toPlainText().strip()
        seen = self.request.version
        self.submit(lambda ctx: requests.change_status(ctx, rid, target.value, note, seen))
