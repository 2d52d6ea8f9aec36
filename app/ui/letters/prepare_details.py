"""The prepare-letter dialog's details: systems, disposals and the options of the letter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListWidgetItem, QTableWidgetItem

from app.services import letters
from app.ui.letters.names import OUTCOME_NAMES, tr

DETAIL_GROUPS = {
    "refusal": "refusalGroup",
    "clarification": "clarificationGroup",
    "claim-response": "claimGroup",
    "deregistration": "disposalsGroup",
    "destruction-act": "disposalsGroup",
}


class PrepareDetails:
    """Part of :class:`~app.ui.letters.prepare_dialog.PrepareLetterDialog` (its ``self``)."""

    def _fill_systems(self, systems: list[str]) -> None:
        listing = self.ui.systemsList
        listing.blockSignals(True)
        listing.clear()
        for system in systems:
            item = QListWidgetItem(system)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            listing.addItem(item)
        listing.blockSignals(False)
        self.ui.systemsLabel.setVisible(bool(systems))
        listing.setVisible(bool(systems))

    def _fill_disposals(self) -> None:
        """One row per data category the operator declares, in the letter's language."""
        table = self.ui.disposalsTable
        kept = self._disposal_rows()
        language = "ru" if self.language == "ru" else "kk"
        table.blockSignals(True)
        table.setRowCount(len(self._categories))
        for row, category in enumerate(self._categories):
            name = str(category.get(language) or category.get("ru") or category.get("kk") or "")
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            table.setItem(row, 0, item)
            outcome = QComboBox(objectName=f"outcomeCombo{row}")
            for value, text in OUTCOME_NAMES.items():
                outcome.addItem(tr(text), value)
            basis = QLineEdit(objectName=f"basisEdit{row}")
            basis.setPlaceholderText(
                QCoreApplication.translate("PrepareLetterDialog", "Law and article")
            )
            until = QDateEdit(objectName=f"untilEdit{row}")
            until.setCalendarPopup(True)
            until.setDisplayFormat("dd.MM.yyyy")
            until.setMinimumDate(QDate(2000, 1, 1))
            until.setSpecialValueText("—")
            until.setDate(until.minimumDate())
            if row < len(kept):
                old_outcome, old_basis, old_until = kept[row]
                outcome.setCurrentIndex(max(0, outcome.findData(old_outcome)))
                basis.setText(old_basis)
                if old_until is not None:
                    until.setDate(QDate(old_until.year, old_until.month, old_until.day))
            table.setCellWidget(row, 1, outcome)
            table.setCellWidget(row, 2, basis)
            table.setCellWidget(row, 3, until)
            self._retained_toggled(row)
            outcome.currentIndexChanged.connect(lambda _i, r=row: self._retained_toggled(r))
            outcome.currentIndexChanged.connect(self._details_changed)
            basis.textChanged.connect(self._details_changed)
            until.dateChanged.connect(self._details_changed)
        table.blockSignals(False)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(min(320, rows_height + table.horizontalHeader().height() + 6))

    def _retained_toggled(self, row: int) -> None:
        table = self.ui.disposalsTable
        retained = table.cellWidget(row, 1).currentData() == "retained"
        table.cellWidget(row, 2).setEnabled(retained)
        table.cellWidget(row, 3).setEnabled(retained)

    def _disposal_rows(self) -> list[tuple[str, str, dt.date | None]]:
        table = self.ui.disposalsTable
        rows = []
        for row in range(table.rowCount()):
            outcome, basis, until = (table.cellWidget(row, c) for c in (1, 2, 3))
            if outcome is None:
                continue
            day = until.date()
            rows.append(
                (
                    outcome.currentData(),
                    basis.text().strip(),
                    None
                    if day == until.minimumDate()
                    else dt.date(day.year(), day.month(), day.day()),
                )
            )
        return rows

    # -- the details --------------------------------------------------------------------------

    def options(self) -> letters.LetterOptions:
        ui = self.ui
        disposals = None
        if DETAIL_GROUPS.get(self.kind) == "disposalsGroup":
            rows = self._disposal_rows()
            if any(o != "destroyed" or b or u for o, b, u in rows):
                names = [
                    ui.disposalsTable.item(r, 0).text() for r in range(ui.disposalsTable.rowCount())
                ]
                disposals = tuple(
                    letters.Disposal(name, o, b, u)
                    for name, (o, b, u) in zip(names, rows, strict=True)
                )
        systems = None
        listing = ui.systemsList
        checked = [
            listing.item(i).text()
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]
        if len(checked) != listing.count():
            systems = tuple(checked)
        attachments = tuple(
            line.strip() for line in ui.attachmentsEdit.toPlainText().splitlines() if line.strip()
        )
        return letters.LetterOptions(
            ground=ui.groundCombo.currentData() or "",
            ground_detail=ui.groundDetailEdit.toPlainText().strip(),
            question=ui.questionEdit.toPlainText().strip(),
            findings=ui.findingsEdit.toPlainText().strip(),
            decision=ui.decisionEdit.toPlainText().strip(),
            disposals=disposals,
            systems=systems,
            method=ui.methodEdit.text().strip(),
            attachments=attachments,
            stop_clock=ui.stopClockCheck.isChecked(),
        )

    def _details_changed(self, *_args) -> None:
        if self._filling or self.locked or self.setup is None:
            return
        self.ui.groundError.hide()
        self.ui.disposalsError.hide()
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
