"""The officer's actions on a case (status, clock, extension, subject link, assignee, note),
a part of :class:`app.ui.case_view.CaseWindow` kept in a room of its own. Its strings stay in the
``CaseWindow`` translation context."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.letter_rules import INTERNAL_KINDS
from app.domain.requests import Action, ActionState, assignee_problem, note_problem
from app.services import requests
from app.services.case import Case
from app.services.versions import Conflict
from app.ui.conflict import show_conflict
from app.ui.dialogs.case_actions import (
    ChangeStatusDialog,
    ClockDialog,
    ExtendDialog,
    ExtensionReasonDialog,
    LinkSubjectDialog,
)
from app.ui.dispatch_open import open_dispatch
from app.ui.messages import describe_error, show_error
from app.ui.problems import problem_text

# What each action does, for its tooltip while it is allowed (a refusal is worded by its code).
ACTION_TIPS = {
    Action.CHANGE_STATUS: QT_TRANSLATE_NOOP("CaseWindow", "Move the request to another status"),
    Action.STOP_CLOCK: QT_TRANSLATE_NOOP(
        "CaseWindow", "Wait for the subject's clarification: the deadline stops running"
    ),
    Action.RESUME_CLOCK: QT_TRANSLATE_NOOP(
        "CaseWindow", "The subject answered: the remaining working days count again"
    ),
    Action.EXTEND: QT_TRANSLATE_NOOP(
        "CaseWindow", "Give more time, with a reason that is recorded"
    ),
}


def action_tip(state: ActionState) -> str:
    """What the action does when it is allowed, else why not (in the interface language)."""
    if state.allowed:
        return QCoreApplication.translate("CaseWindow", ACTION_TIPS[state.action])
    return problem_text(state.problem)


class CaseActionsPart:
    """Mixed into CaseWindow: uses its ``ops``, ``ui``, ``data`` and ``request_id``."""

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

    def _update_actions(self, data: Case) -> None:
        """Each button as the domain allows it now, its tooltip what it does or why not."""
        self._set_actions_enabled(True)
        for action, button, keys in (
            (Action.CHANGE_STATUS, self.ui.changeStatusButton, "Ctrl+Shift+S"),
            (Action.STOP_CLOCK, self.ui.stopClockButton, "Ctrl+Shift+P"),
            (Action.RESUME_CLOCK, self.ui.resumeClockButton, "Ctrl+Shift+R"),
            (Action.EXTEND, self.ui.extendButton, "Ctrl+Shift+E"),
        ):
            state = data.actions[action]
            button.setEnabled(state.allowed)
            tip = action_tip(state)
            button.setToolTip(f"{tip} ({keys})" if state.allowed else tip)
        self.ui.unlinkSubjectButton.setEnabled(data.allows(Action.UNLINK_SUBJECT))
        self._update_dispatch(data)
        self._update_reason_button(data)
        self.ui.addNoteButton.setToolTip(
            QCoreApplication.translate("CaseWindow", "Add the note to the timeline (Ctrl+Enter)")
        )

    def _add_dispatch_button(self) -> None:
        """ "Dispatch…" beside the other actions: the request's final letters still to post."""
        self.dispatchButton = QPushButton(
            QCoreApplication.translate("CaseWindow", "&Dispatch…"), self
        )
        self.dispatchButton.setObjectName("dispatchButton")
        self.dispatchButton.clicked.connect(self.dispatch_letters)
        self.dispatchButton.setEnabled(False)
        layout = self.ui.actionsLayout
        layout.insertWidget(layout.indexOf(self.ui.extendButton) + 1, self.dispatchButton)

    def _add_reason_button(self) -> None:
        """ "Add the Kazakh (Russian) reason…" beside "Extend", shown while the last extension's
        reason lacks a half: its notice in that language is refused until it is recorded
        (``extension_half_missing``; a reason of old went into the one half its words say)."""
        self.reasonButton = QPushButton(self)
        self.reasonButton.setObjectName("extensionReasonButton")
        self.reasonButton.clicked.connect(self.complete_extension_reason)
        self.reasonButton.hide()
        layout = self.ui.actionsLayout
        layout.insertWidget(layout.indexOf(self.ui.extendButton) + 1, self.reasonButton)

    def _update_reason_button(self, data: Case) -> None:
        reason = data.extension_reason
        missing = reason.missing() if reason is not None else ()
        if len(missing) == 1:
            text = (
                QCoreApplication.translate("CaseWindow", "Add the Kazakh reason…")
                if missing[0] == "kk"
                else QCoreApplication.translate("CaseWindow", "Add the Russian reason…")
            )
            self.reasonButton.setText(text)
            self.reasonButton.setToolTip(
                QCoreApplication.translate(
                    "CaseWindow",
                    "The extension's reason has no text in this language: its notice in this "
                    "language cannot be made until it is recorded",
                )
            )
        self.reasonButton.setVisible(len(missing) == 1)

    def complete_extension_reason(self) -> None:
        reason = self.data.extension_reason if self.data else None
        if reason is not None and self.reasonButton.isVisible():
            self._open_dialog(ExtensionReasonDialog(self.ops, self.data.request, reason, self))

    def _update_dispatch(self, data: Case) -> None:
        unsent = [
            x
            for x in data.letters
            if x.final and x.sent_on is None and x.kind not in INTERNAL_KINDS
        ]
        self.dispatchButton.setEnabled(bool(unsent))
        self.dispatchButton.setToolTip(
            QCoreApplication.translate("CaseWindow", "Record how the final letters were sent")
            if unsent
            else QCoreApplication.translate("CaseWindow", "No final letter waits to be posted")
        )

    def dispatch_letters(self) -> None:
        if self.data and self.dispatchButton.isEnabled():
            open_dispatch(self.ops, self, [self.request_id], lambda w: setattr(self, "dialog", w))

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
            self._open_dialog(ChangeStatusDialog(self.ops, self.data, self))

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
        name = self.data.subject.full_name
        box = QMessageBox(self)
        box.setObjectName("confirmUnlinkBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("CaseWindow", "Unlink the subject"))
        box.setText(
            QCoreApplication.translate(
                "CaseWindow", "Unlink {0} from {1}? The subject's record stays as it is."
            ).format(name, self.data.request.reg_number)
        )
        yes = box.addButton(
            QCoreApplication.translate("CaseWindow", "Unlink"), QMessageBox.ButtonRole.AcceptRole
        )
        yes.setObjectName("confirmUnlinkButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        rid, seen = self.request_id, self.data.request.version

        def answered(button) -> None:
            self.confirm_box = None
            if button is yes:
                self.ops.mutate(
                    lambda ctx: requests.link_subject(ctx, rid, None, seen),
                    on_error=self._failed,
                    owner=self,
                )

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _failed(self, exc: Exception) -> None:
        """A refused change: another officer's first (who, when, reload) or any other."""
        if isinstance(exc, Conflict):
            self.conflict_box = show_conflict(self, exc, on_reload=self.reload)
        else:
            show_error(self, exc)

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
            QCoreApplication.translate("CaseWindow", "Assign the request to {0}").format(
                text.strip()
            )
            if text.strip()
            else QCoreApplication.translate("CaseWindow", "Leave the request unassigned")
        )

    def assign(self) -> None:
        if self.data is None:
            return
        name = self.ui.assigneeCombo.currentText().strip()
        if name == self.data.request.assignee:
            return
        found = assignee_problem(name)
        if found is not None:
            self.ui.assigneeError.setText(problem_text(found))
            self.ui.assigneeError.show()
            return
        rid, seen = self.request_id, self.data.request.version
        self.ui.assignButton.setEnabled(False)

        def failed(exc) -> None:
            if isinstance(exc, Conflict):
                self._failed(exc)
                self._assignee_edited(self.ui.assigneeCombo.currentText())
                return
            self.ui.assigneeError.setText(describe_error(exc))
            self.ui.assigneeError.show()
            self._assignee_edited(self.ui.assigneeCombo.currentText())

        self.ops.mutate(
            lambda ctx: requests.assign(ctx, rid, name, seen),
            on_error=failed,
            owner=self,
        )

    def add_note(self) -> None:
        text = self.ui.noteEdit.toPlainText().strip()
        found = note_problem(text)
        if found is not None:
            self.ui.noteError.setText(problem_text(found))
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
            on_done=done,
            on_error=failed,
            owner=self,
        )
