"""The subject import wizard: a CSV or XLSX file, its detected encoding and separator (which the
officer may change), which column holds which field (guessed from the headers, with the first
rows shown), the import with its progress and a Cancel, then what was added, updated and left
unchanged, or every bad row with its line. The rules and the writing are
``app.services.subject_import``'s; the file is read on the pool, the import on the DB worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.domain import subject_import as rules
from app.services import subject_import
from app.ui.messages import show_error
from app.ui.problems import field_name, problem_text

PREVIEW_ROWS = 8


def _field_labels() -> dict[str, str]:
    return {
        "surname": QCoreApplication.translate("ImportWizard", "Surname"),
        "given_name": QCoreApplication.translate("ImportWizard", "Given name"),
        "patronymic": QCoreApplication.translate("ImportWizard", "Patronymic"),
        "iin": QCoreApplication.translate("ImportWizard", "IIN"),
        "birth_date": QCoreApplication.translate("ImportWizard", "Birth date"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "address": QCoreApplication.translate("ImportWizard", "Address"),
        "account_id": QCoreApplication.translate("ImportWizard", "Account / login"),
        "client_org": QCoreApplication.translate("ImportWizard", "Client organisation"),
        "client_bin": QCoreApplication.translate("ImportWizard", "Client BIN"),
    }


class FilePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (as Excel saves it) or an XLSX workbook, one subject a row, headers on the first row."
            )
        )
        self.path_edit = QLineEdit(objectName="importPath")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"), objectName="importBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("&File:"), buddy=self.path_edit))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import subjects"), "", self.tr("Tables (*.csv *.txt *.tsv *.xlsx)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()


class ColumnsPage(QWizardPage):
    """Encoding, separator and the mapping, with the first rows as the file gives them."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check how the file is read and which column holds which field."))
        self.encoding_combo = QComboBox(objectName="importEncoding")
        for name, label in (
            ("utf-8-sig", self.tr("UTF-8 with BOM")),
            ("utf-8", self.tr("UTF-8")),
            ("cp1251", self.tr("Windows-1251 (Cyrillic)")),
            ("kz1048", self.tr("KZ-1048 (Kazakh)")),
        ):
            self.encoding_combo.addItem(label, name)
        self.separator_combo = QComboBox(objectName="importSeparator")
        for sep, label in (
            (";", self.tr("Semicolon ;")),
            (",", self.tr("Comma ,")),
            ("\t", self.tr("Tab")),
        ):
            self.separator_combo.addItem(label, sep)
        self.encoding_combo.activated.connect(self._reread)
        self.separator_combo.activated.connect(self._reread)
        form = QFormLayout()
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("&Separator:"), self.separator_combo)
        self.preview = QTableWidget(objectName="importPreview")
        self.status = QLabel(objectName="importColumnsStatus")
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addWidget(self.status)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        self._read(None, None)

    def _reread(self) -> None:
        self._read(self.encoding_combo.currentData(), self.separator_combo.currentData())

    def _read(self, encoding, separator) -> None:
        path = self._wizard.file_page.path_edit.text().strip()
        self._wizard.table = None
        self.completeChanged.emit()
        self._wizard.ops.pure(
            lambda: subject_import.read_table(path, encoding, separator),
            on_done=self._show,
            on_error=lambda exc: show_error(self, exc),
            owner=self,
            key="read",
        )

    def _show(self, table: subject_import.Table) -> None:
        self._wizard.table = table
        is_csv = bool(table.encoding)
        for combo, value in (
            (self.encoding_combo, table.encoding),
            (self.separator_combo, table.separator),
        ):
            combo.setEnabled(is_csv)
            if is_csv:
                combo.setCurrentIndex(max(0, combo.findData(value)))
        guessed = rules.guess_mapping(table.headers)
        labels = _field_labels()
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(1 + min(PREVIEW_ROWS, len(table.rows)))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.combos = []
        for col in range(len(table.headers)):
            combo = QComboBox(objectName=f"importField{col}")
            combo.addItem(self.tr("(not imported)"), "")
            for name in rules.FIELDS:
                combo.addItem(labels[name], name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(col, ""))))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.preview.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for r, (_line, cells) in enumerate(table.rows[:PREVIEW_ROWS], start=1):
            for col, value in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(r, col, QTableWidgetItem("" if value is None else str(value)))
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def isComplete(self) -> bool:
        table = self._wizard.table
        if table is None:
            self.status.setText(self.tr("Reading the file…"))
            return False
        chosen = [f for f in self.mapping().values()]
        if "surname" not in chosen:
            self.status.setText(self.tr("Choose the column that holds the surname."))
            return False
        if len(chosen) != len(set(chosen)):
            self.status.setText(self.tr("Each field can come from one column only."))
            return False
        self.status.setText(self.tr("%n row(s) to import.", "", len(table.rows)))
        return True


class ImportPage(QWizardPage):
    """Runs the import: progress with Cancel, then the summary or every bad row."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar(objectName="importProgress")
        self.cancel_button = QPushButton(self.tr("&Cancel the import"), objectName="importCancel")
        self.cancel_button.clicked.connect(self._cancel)
        self.result = QLabel(objectName="importResult")
        self.result.setWordWrap(True)
        self.bad_list = QListWidget(objectName="importBadRows")
        self.bad_list.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.progress)
        box.addWidget(self.cancel_button)
        box.addWidget(self.result)
        box.addWidget(self.bad_list, 1)
        self._handle = None
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.bad_list.clear()
        self.bad_list.hide()
        self.result.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        table = self._wizard.table
        mapping = self._wizard.columns_page.mapping()
        operator = self._wizard.operator_id

        def work(ctx, progress):
            from app.services import operators

            return subject_import.import_table(
                ctx,
                table,
                mapping,
                operators.resolve(ctx, operator).id,
                progress=lambda done, total: progress.report(done, total),
                cancelled=lambda: progress.cancelled,
            )

        self._handle = self._wizard.ops.long(
            work,
            on_done=self._finished,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)

    def _finished(self, summary: subject_import.Summary) -> None:
        self._end()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setText(
            self.tr("Imported %n row(s): ", "", summary.rows)
            + self.tr("{added} added, {updated} updated, {unchanged} unchanged.")
            .replace("{added}", str(summary.added))
            .replace("{updated}", str(summary.updated))
            .replace("{unchanged}", str(summary.unchanged))
        )
        self._wizard.summary = summary
        self._wizard.imported.emit(summary.added + summary.updated)

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, subject_import.BadRows):
            self.result.setText(
                self.tr(
                    "Nothing was imported: %n row(s) must be corrected first.", "", len(exc.rows)
                )
            )
            for bad in exc.rows:
                for p in bad.problems:
                    text = problem_text(p)
                    if p.field:
                        text = f"{field_name(p.field)}: {text}"
                    self.bad_list.addItem(
                        self.tr("Line {line}: {problem}")
                        .replace("{line}", str(bad.line))
                        .replace("{problem}", text)
                    )
            self.bad_list.show()
        elif type(exc).__name__ == "Cancelled":
            self.result.setText(self.tr("The import was cancelled: nothing was imported."))
        else:
            self.result.setText(self.tr("Nothing was imported."))
            show_error(self, exc)

    def _end(self) -> None:
        self._done = True
        self._handle = None
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done


class ImportWizard(QWizard):
    imported = Signal(int)  # how many subjects were added or updated

    def __init__(self, ops, operator_id: int | None, parent=None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import subjects"))
        self.ops = ops
        self.operator_id = operator_id
        self.table: subject_import.Table | None = None
        self.summary: subject_import.Summary | None = None
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.columns_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
