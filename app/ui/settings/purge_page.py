"""Settings › Retention purge: what finished withdrawals retained past its date, and purging it.

The list is the dry run (:func:`app.services.purge.plan`: it only reads). **Purge…** asks first,
saying how many records are anonymised for good, then purges exactly what the list showed on the
database worker with progress (it can be stopped: what was done by then stays done) and says
what it did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.data_map import Pair
from app.services import purge
from app.ui import operations
from app.ui.messages import describe_error
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage

SUBJECT, IIN, CATEGORIES, UNTIL, RESULT = range(5)


def run_purge(only: frozenset[int]):
    """The purge of what the preview listed, on the worker, reporting each subject."""

    def work(ctx, progress) -> purge.PurgeResult:
        return purge.purge(ctx, only=only, progress=progress.report)

    return work


class PurgePage(SettingsPage):
    topics = frozenset({operations.SUBJECTS, operations.REQUESTS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PurgePage", "Retention &purge")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("purgePage")
        self.plan: purge.PurgePlan | None = None
        self.result: purge.PurgeResult | None = None
        self._handle = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        hint = QLabel(
            self.tr(
                "Data a finished withdrawal kept under a legal basis is purged once the date it "
                "was kept until has passed. The list below is a preview: nothing changes until "
                "you purge. A record of which nothing is retained any more is anonymised: its "
                "name, IIN, contacts and address, and the text and scans of its letters, are "
                "erased; the letters' numbers, dates and checksums stay."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)

        self.summary = QLabel(objectName="purgeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 5, objectName="purgeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("IIN"),
                self.tr("Data categories"),
                self.tr("Kept until"),
                self.tr("After the purge"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((SUBJECT, 200), (IIN, 110), (CATEGORIES, 240), (UNTIL, 90)):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view again"), objectName="purgePreview")
        self.preview_button.clicked.connect(self.refresh)
        self.purge_button = QPushButton(self.tr("P&urge…"), objectName="purgeButton")
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.ask_purge)
        self.stop_button = QPushButton(self.tr("&Stop"), objectName="purgeStop")
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar(objectName="purgeProgress")
        self.progress.hide()
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        row.addStretch(0)
        layout.addLayout(row)

        self.message = QLabel(objectName="purgeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

    # -- the preview (dry run) ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None

    def refresh(self) -> None:
        if self.running:
            return
        self.summary.setText(self.tr("Looking for data past its retention date…"))
        self.purge_button.setEnabled(False)
        self.ops.query(purge.plan, self._show, self._failed, owner=self, key="plan")

    def _show(self, plan: purge.PurgePlan) -> None:
        self.plan = plan
        self.table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            cells = (
                item.full_name,
                item.iin_masked or self.tr("—"),
                "\n".join(self._text(c.category) for c in item.categories),
                "\n".join(self._date(c.until) for c in item.categories),
                self._after(item),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(
                    "\n".join(f"{c.reg_number}: {self._text(c.basis)}" for c in item.categories)
                    if column in (CATEGORIES, UNTIL)
                    else text
                )
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if plan.items:
            self.summary.setText(
                self.tr(
                    "Past their retention date: {0} data categories of {1} subjects. "
                    "Records to be anonymised: {2}."
                ).format(plan.categories, len(plan.items), plan.anonymised)
            )
        else:
            self.summary.setText(
                self.tr("Nothing is past its retention date today: there is nothing to purge.")
            )
        self.purge_button.setEnabled(bool(plan.items))

    def _after(self, item: purge.PurgeItem) -> str:
        if item.anonymise:
            return self.tr("The record is anonymised")
        if item.held == "retained":
            return self.tr("Kept: other data is retained until {0}").format(
                self._date(item.held_until)
            )
        if item.held == "active":
            return self.tr("Kept: the subject is active again")
        if item.held == "open_requests":
            return self.tr("Kept: a letter of theirs is still being worked")
        return self.tr("Already anonymised or merged")

    def _text(self, pair: Pair) -> str:
        language = "kk" if self.screen.language == "kk" else "ru"
        return pair.in_(language) or pair.ru or pair.kk

    @staticmethod
    def _date(day) -> str:
        if day is None:
            return "—"
        return QLocale().toString(QDate(day.year, day.month, day.day), "dd.MM.yyyy")

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(describe_error(exc))

    # -- the purge ----------------------------------------------------------------------------

    def ask_purge(self) -> QMessageBox | None:
        plan = self.plan
        if plan is None or not plan.items:
            return None
        question = self.tr(
            "Purge the {0} data categories past their retention date?\n\n"
            "Records to be anonymised for good: {1}. Their names, IIN, contacts and address, "
            "and the text and scans of their letters, cannot be brought back. The purge is "
            "recorded in the audit log."
        ).format(plan.categories, plan.anonymised)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Retention purge"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("purgeConfirmBox")
        go = box.addButton(self.tr("&Purge"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("confirmPurgeButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        only = plan.outcome_ids

        def answered(button) -> None:
            if button is go:
                self.start(only)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def start(self, only: frozenset[int]) -> None:
        self.message.hide()
        self.purge_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        self._handle = self.ops.long(
            run_purge(only),
            on_done=self._done,
            on_error=self._purge_failed,
            on_progress=self._progressed,
            owner=self,
        )

    def stop(self) -> None:
        if self._handle is not None:
            self.stop_button.setEnabled(False)
            self._handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: purge.PurgeResult) -> None:
        self.result = result
        self._finish()
        text = self.tr(
            "Purged: {0} data categories of {1} subjects. Records anonymised: {2}."
        ).format(result.categories, len(result.subjects), result.anonymised)
        if result.stopped:
            text = self.tr("Stopped. What was purged by then stays purged.") + " " + text
        self.tell(self.message, text)
        self.refresh()

    def _purge_failed(self, exc: Exception) -> None:
        self._finish()
        self.tell(self.message, describe_error(exc))
        self.refresh()

    def _finish(self) -> None:
        self._handle = None
        self.progress.hide()
        self.stop_button.hide()
        self.preview_button.setEnabled(True)
