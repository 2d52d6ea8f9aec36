"""The prepare-letter dialog's details: what the officer decides for the letter, and, for a
deregistration, a destruction act or a refusal, what the withdrawal's workflow recorded.

A workflow kind states only the workflow's record (the day processing stopped, the systems
cleaned, each category's outcome, the refusal's ground): the dialog shows it read-only, in the
letter's language, and says what is still missing; it is changed on the case's Withdrawal tab.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from app.domain.data_map import Pair
from app.domain.letter_rules import kind_problems
from app.services import letters
from app.ui.letters.names import GROUND_NAMES, OUTCOME_NAMES, tr
from app.ui.problems import problem_text

DETAIL_GROUPS = {
    "refusal": "refusalGroup",
    "clarification": "clarificationGroup",
    "claim-response": "claimGroup",
    "deregistration": "disposalsGroup",
    "destruction-act": "disposalsGroup",
}

NO_DATE = "—"


def _day(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else NO_DATE


class PrepareDetails:
    """Part of :class:`~app.ui.letters.prepare_dialog.PrepareLetterDialog` (its ``self``)."""

    def _text_language(self) -> str:
        """The half of the recorded texts shown: the letter's language (Kazakh if both)."""
        return "ru" if self.language == "ru" else "kk"

    def _half(self, pair: Pair) -> str:
        text = pair.in_(self._text_language())
        return (
            text
            if text
            else QCoreApplication.translate("PrepareLetterDialog", "(no text in this language)")
        )

    def _workflow(self):
        return self.setup.facts.workflow if self.setup is not None else None

    def _fill_workflow(self) -> None:
        """Show what the workflow recorded for the kind, and what the letter still lacks."""
        if self.setup is None:
            return
        group = DETAIL_GROUPS.get(self.kind)
        if group == "disposalsGroup":
            self._fill_recorded()
        elif group == "refusalGroup":
            self._fill_ground()
        found = kind_problems(self.kind, self.setup.facts, self.language or None)
        label = self.ui.disposalsError if group == "disposalsGroup" else self.ui.groundError
        if group in ("disposalsGroup", "refusalGroup"):
            label.setText("\n".join(f"• {problem_text(p)}" for p in found))
            label.setVisible(bool(found))

    def _fill_ground(self) -> None:
        ui = self.ui
        recorded = self._workflow()
        if recorded is None or not recorded.refused:
            ui.groundValue.setText(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "No refusal is recorded on the Withdrawal tab."
                )
            )
            ui.groundDetailValue.setText(NO_DATE)
            return
        ground = recorded.ground
        ui.groundValue.setText(tr(GROUND_NAMES[ground]) if ground in GROUND_NAMES else ground)
        detail = recorded.ground_detail  # both halves: the officer reads both
        ui.groundDetailValue.setText(
            " / ".join(dict.fromkeys(filter(None, (detail.kk, detail.ru)))) or NO_DATE
        )

    def _fill_recorded(self) -> None:
        """The effective date, each category's outcome and the systems, read-only."""
        ui = self.ui
        recorded = self._workflow()
        outcomes = recorded.outcomes if recorded is not None else ()
        systems = recorded.systems if recorded is not None else ()
        if recorded is None:
            ui.effectiveValue.setText(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "The withdrawal's work is not recorded yet."
                )
            )
        else:
            ui.effectiveValue.setText(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "Processing stopped on: {0}"
                ).format(_day(recorded.effective))
            )
        table = ui.disposalsTable
        table.setRowCount(len(outcomes))
        for row, o in enumerate(outcomes):
            outcome = tr(OUTCOME_NAMES[o.outcome]) if o.outcome in OUTCOME_NAMES else ""
            cells = (
                self._half(o.category),
                outcome or QCoreApplication.translate("PrepareLetterDialog", "not chosen yet"),
                self._half(o.basis) if o.retained else "",
                _day(o.until) if o.retained else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(min(320, rows_height + table.horizontalHeader().height() + 6))
        listing = ui.systemsList
        listing.clear()
        for s in systems:
            when = (
                QCoreApplication.translate("PrepareLetterDialog", "cleaned on {0}").format(
                    _day(s.done_on)
                )
                if s.done
                else QCoreApplication.translate("PrepareLetterDialog", "not cleaned yet")
            )
            listing.addItem(QListWidgetItem(f"{self._half(s.name)} — {when}"))
        ui.systemsLabel.setVisible(bool(systems))
        listing.setVisible(bool(systems))

    # -- the details --------------------------------------------------------------------------

    def options(self) -> letters.LetterOptions:
        ui = self.ui
        attachments = tuple(
            line.strip() for line in ui.attachmentsEdit.toPlainText().splitlines() if line.strip()
        )
        return letters.LetterOptions(
            question=ui.questionEdit.toPlainText().strip(),
            findings=ui.findingsEdit.toPlainText().strip(),
            decision=ui.decisionEdit.toPlainText().strip(),
            method=ui.methodEdit.text().strip(),
            attachments=attachments,
            stop_clock=ui.stopClockCheck.isChecked(),
        )

    def _details_changed(self, *_args) -> None:
        if self._filling or self.locked or self.setup is None:
            return
        if self._body_edited:
            self.ui.rewriteNote.setText(
                QCoreApplication.translate(
                    "PrepareLetterDialog",
                    "The details changed but the text keeps your edits. “Rewrite from the "
                    "template” writes it anew with the details.",
                )
            )
            self.ui.rewriteNote.show()
        else:
            self._regenerate = True
        self._schedule()
