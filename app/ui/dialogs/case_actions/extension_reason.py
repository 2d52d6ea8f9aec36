"""Complete the reason of the last extension in the language it lacks (issue 12).

A reason recorded before the reason had two halves went into the half its words say
(migration 0014): a Russian reason of a Kazakh request has no Kazakh half, so its Kazakh notice
is refused (``extension_half_missing``). This dialog is the extension dialog's two halves,
prefilled with what is recorded, without the days: it records both halves
(:func:`app.services.requests.complete_extension_reason`), judged by the same rule.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain import extension_reason
from app.domain.data_map import Pair
from app.domain.errors import Problem
from app.services import requests
from app.services.case import CaseRequest
from app.ui.dialogs.case_actions.base import Operations
from app.ui.dialogs.case_actions.extend import ExtendDialog


class ExtensionReasonDialog(ExtendDialog):
    """The last extension's reason in Kazakh and in Russian, both required (a notice may go
    out in either language or in both); the due date is left as it is."""

    def __init__(
        self, ops: Operations, request: CaseRequest, reason: Pair, parent: QWidget | None = None
    ):
        super().__init__(ops, request, parent)
        self.setObjectName("extensionReasonDialog")
        self.setWindowTitle(self.tr("The extension's reason — {0}").format(request.reg_number))
        self.needed = ("kk", "ru")
        for widget in (
            self.ui.currentDueLabel,
            self.ui.byDaysRadio,
            self.ui.daysSpin,
            self.ui.toDateRadio,
            self.ui.newDueEdit,
            self.ui.daysError,
            self.ui.previewLabel,
        ):
            widget.hide()
        self.ui.reasonHint.setText(
            self.tr(
                "The notice says the reason in its own language: write it in Kazakh and in "
                "Russian. The due date stays as it is."
            )
        )
        self.reason_edits["kk"].setPlainText(reason.kk)
        self.reason_edits["ru"].setPlainText(reason.ru)
        self._touched.clear()  # prefilled, not typed: judged when the officer types or confirms
        self._show_reason_problems(every=False)
        missing = [x for x in ("kk", "ru") if not reason.in_(x)]
        self.reason_edits[missing[0] if missing else "kk"].setFocus()
        self.ok_button.setText(self.tr("Record the reason"))
        self.ok_button.setEnabled(True)

    def reason_problems(self) -> list[Problem]:
        halves = self.reasons()
        return extension_reason.reason_problems(halves["kk"], halves["ru"], "bi")

    def _calendar_loaded(self, calendar) -> None:
        self.calendar = calendar  # no new due date to count

    def preview(self) -> bool:
        return True

    def confirm(self) -> None:
        self.clear_errors()
        found = self._show_reason_problems(every=True)
        if found:
            field = found[0].field
            self.reason_edits["ru" if field == "reason_ru" else "kk"].setFocus()
            return
        halves = self.reasons()
        kk, ru = halves["kk"], halves["ru"]
        rid, seen = self.request.id, self.request.version
        self.submit(
            lambda ctx: requests.complete_extension_reason(
                ctx, rid, reason_kk=kk, reason_ru=ru, seen=seen
            )
        )
