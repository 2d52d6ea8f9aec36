"""Settings › Audit log: check that the log is whole, unchanged and matches this computer's anchor.

The check reads every entry, so it runs on the database worker with progress (``ops.long``);
what it finds is worded in the interface language from the problems' codes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.services import audit
from app.ui.messages import describe_error
from app.ui.problems import problem_text
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage

BROKEN_STYLE = (
    "QLabel { background: #fbe9e7; color: #8c1d18; border: 1px solid #f0c4bd;"
    " border-radius: 4px; padding: 6px 10px; }"
)


def check(ctx, progress) -> audit.VerifyResult:
    """The check, on the worker: read-only, reporting every few hundred entries."""
    return audit.verify(ctx.reading(), progress=lambda done, total: progress.report(done, total))


class AuditPage(SettingsPage):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "&Audit log")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("auditPage")
        self.result: audit.VerifyResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        hint = QLabel(
            self.tr(
                "Every change is written to the audit log, each entry sealed with the one before "
                "it. The check recomputes the seals and compares the log with what this computer "
                "remembers of it, so an edited, deleted or rewritten entry is found."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.check_button = QPushButton(
            self.tr("&Check the audit log"), objectName="checkAuditButton"
        )
        self.check_button.clicked.connect(self.run_check)
        row.addWidget(self.check_button)
        self.progress = QProgressBar(objectName="auditProgress")
        self.progress.hide()
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout.addLayout(row)
        self.summary = QLabel(objectName="auditSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.problems = QListWidget(objectName="auditProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ops.long(
            check,
            on_done=self._show,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show(self, result: audit.VerifyResult) -> None:
        self.result = result
        self._finish()
        self.problems.clear()
        if result.ok:
            text = self.tr("The audit log is intact: %n entries checked.", "", result.checked)
            if not result.anchored:
                text += " " + self.tr(
                    "This was its first check on this computer: from now on the computer "
                    "remembers the log's newest entry, so deleting entries will be noticed."
                )
            self.summary.setStyleSheet(MESSAGE_STYLE)
            self.problems.hide()
        else:
            text = self.tr(
                "The audit log is broken: %n problem(s) found.", "", len(result.problems)
            )
            text += " " + self.tr("%n entries checked.", "", result.checked)
            self.summary.setStyleSheet(BROKEN_STYLE)
            for finding in result.problems:
                self.problems.addItem(problem_text(finding.problem))
            self.problems.show()
        self.tell(self.summary, text)

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self.problems.hide()
        self.summary.setStyleSheet(BROKEN_STYLE)
        self.tell(self.summary, describe_error(exc))

    def _finish(self) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
