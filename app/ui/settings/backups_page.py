"""Settings › Backups: the database's backups (checked when made), backing up now, restoring.

A restore asks first and says that a copy of the current database is kept; it runs on the
database worker with progress, and afterwards every screen reloads what it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services import backups
from app.ui import labels, operations
from app.ui.messages import show_error
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage

KIND_TEXTS = {
    "auto": QT_TRANSLATE_NOOP("BackupsPage", "daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsPage", "made by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupsPage", "before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsPage", "before a restore"),
}
# What Back up now is busy with (``backups.PHASES``), with its percentage and without one (a
# PostgreSQL database's rows are copied without a count, SQLite's integrity check tells none).
_PHASE_TEXT = dict(
    zip(
        backups.PHASES,  # copying, checking, the audit chain
        (
            (
                QT_TRANSLATE_NOOP("BackupsPage", "Copying the database… {0} %"),
                QT_TRANSLATE_NOOP("BackupsPage", "Copying the database…"),
            ),
            (
                QT_TRANSLATE_NOOP("BackupsPage", "Checking the copy… {0} %"),
                QT_TRANSLATE_NOOP("BackupsPage", "Checking the copy…"),
            ),
            (
                QT_TRANSLATE_NOOP("BackupsPage", "Checking the copy's audit log… {0} %"),
                QT_TRANSLATE_NOOP("BackupsPage", "Checking the copy's audit log…"),
            ),
        ),
        strict=True,
    )
)


class BackupsPage(SettingsPage):
    topics = frozenset({operations.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BackupsPage", "&Backups")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("backupsPage")
        self.backups: list[backups.BackupInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        hint = QLabel(
            self.tr(
                "Derbes backs up the database once a day when it starts, and before every "
                "upgrade. Each backup is checked when it is made: it opens, it is whole, and its "
                "audit log verifies."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)

        self.table = QTableWidget(0, 4, objectName="backupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Checked")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up &now"), objectName="backupNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), objectName="restoreButton")
        self.restore_button.clicked.connect(self.ask_restore)
        self.file_button = QPushButton(
            self.tr("Restore from a &file…"), objectName="restoreFileButton"
        )
        self.file_button.clicked.connect(self.ask_restore_file)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Keep the daily backups of the last")))
        self.daily = QSpinBox(objectName="keepDailySpin")
        self.weekly = QSpinBox(objectName="keepWeeklySpin")
        low, high = backups.RETENTION_LIMITS
        for spin in (self.daily, self.weekly):
            spin.setRange(low, high)
            spin.editingFinished.connect(self.save_retention)
        keep.addWidget(self.daily)
        keep.addWidget(QLabel(self.tr("days and of the last")))
        keep.addWidget(self.weekly)
        keep.addWidget(QLabel(self.tr("weeks.")))
        keep.addStretch(1)
        layout.addLayout(keep)

        self.message = QLabel(objectName="backupsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        def load(ctx):
            return backups.list_backups(ctx.db), backups.retention(ctx)

        self.ops.query(load, on_done=self._show, owner=self, key="backups")

    def _show(self, result) -> None:
        self.backups, keep = result
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            cells = (
                locale.toString(b.created, QLocale.FormatType.ShortFormat),
                QCoreApplication.translate("BackupsPage", KIND_TEXTS[b.occasion])
                if b.occasion in KIND_TEXTS
                else b.occasion,
                labels.data_size(b.size),
                self.tr("verified") if b.verified else self.tr("not verified"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, column, item)
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        for spin, key in ((self.daily, "daily"), (self.weekly, "weekly")):
            spin.blockSignals(True)
            spin.setValue(keep[key])
            spin.blockSignals(False)
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # -- acting ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)

        def copied(path) -> None:  # then its audit entry, on the database worker
            self.ops.mutate(
                lambda ctx: backups.audit_copy(ctx, path),
                on_done=lambda _none: done(path),
                on_error=failed,
                owner=self,
            )

        def done(path) -> None:
            self.backup_button.setEnabled(True)
            self.tell(self.message, self.tr("Backed up and checked: {0}").format(path))
            self.refresh()

        def failed(exc) -> None:
            self.backup_button.setEnabled(True)
            self.message.hide()
            show_error(self, exc)

        phase = [backups.PHASES[0]]  # told through the progress, in order with its steps

        def progressed(done_, total, text) -> None:  # on the page only
            if text in _PHASE_TEXT:
                phase[0] = text
            with_percent, without = _PHASE_TEXT[phase[0]]
            if total:
                percent = min(done_ * 100 // total, 100)
                shown = QCoreApplication.translate("BackupsPage", with_percent).format(percent)
            else:
                shown = QCoreApplication.translate("BackupsPage", without)
            self.message.setText(shown)

        def copy(ctx, progress):
            tell = lambda name: progress.report(0, 0, name)  # noqa: E731
            return backups.copy(ctx, step=progress.report, phase=tell)

        # Aside the database worker: the copy of a large database takes minutes, and the
        # officer's work goes on meanwhile.
        self.tell(self.message, self.tr("Backing up…"))
        self.ops.aside(
            copy,
            on_done=copied,
            on_error=failed,
            on_progress=progressed,
            owner=self,
        )

    def save_retention(self) -> None:
        daily, weekly = self.daily.value(), self.weekly.value()
        self.ops.mutate(
            lambda ctx: backups.set_retention(ctx, daily, weekly),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def ask_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = QLocale().toString(chosen.created, QLocale.FormatType.LongFormat)
        self._confirm(
            chosen.path,
            self.tr(
                "Replace the database by the backup made {0}?\n\nWhat was recorded after it "
                "will no longer be in the database. A copy of the current database is kept in "
                "the backups folder first."
            ).format(when),
        )

    def ask_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.backups[0].path.parent) if self.backups else "",
            self.tr("Derbes backups (*.sqlite3 *.zip);;All files (*)"),
        )
        if not path:
            return
        self._confirm(
            Path(path),
            self.tr(
                "Replace the database by the backup {0}?\n\nThe backup is checked first. A copy "
                "of the current database is kept in the backups folder."
            ).format(path),
        )

    def _confirm(self, source: Path, question: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreConfirmBox")
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirmRestoreButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            if button is restore:
                self.restore(source)

        box.buttonClicked.connect(answered)
        box.open()

    def restore(self, source: Path) -> None:
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 3, self)
        progress.setObjectName("restoreProgress")
        progress.setWindowTitle(self.tr("Restore a backup"))
        progress.setCancelButton(None)  # half a restore is not offered
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def work(ctx, p):
            return backups.restore(ctx.db, source, replace=True, actor=ctx.actor, step=p.report)

        def done(outcome) -> None:
            progress.close()
            kept = outcome.kept or self.tr("(the database was empty)")
            self.tell(
                self.message,
                self.tr("Restored the backup {0}. The database it replaced is kept at {1}.").format(
                    outcome.source.name, kept
                ),
            )
            self.ops.changed.emit(operations.ALL_TOPICS)  # every screen reloads
            self.refresh()

        def failed(exc) -> None:
            progress.close()
            show_error(self, exc)

        self.ops.stop_aside()  # the day's backup, if it runs, does not hold the old database
        self.ops.long(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda d, t, _text: (progress.setMaximum(t), progress.setValue(d)),
            owner=self,
        )
        progress.show()
