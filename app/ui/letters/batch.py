"""Letters for many requests at once: one kind, a language rule, then files in a folder or one
print job, with progress that can be stopped.

The letters are drafts (no outgoing number): the batch is for printing or editing many answers
at once, and each is finalised in its own case. A request that cannot have the letter (the
service says why) is listed with its reason and the others go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from app.domain import withdrawal
from app.domain.errors import DomainError, Problem
from app.services import letters
from app.services.errors import FileProblem
from app.ui import printing
from app.ui.forms.ui_batch_letters import Ui_BatchLettersDialog
from app.ui.letters.files import file_stem, write_file
from app.ui.letters.names import kind_name
from app.ui.messages import describe_error
from app.ui.operations import Cancelled, Handle, Operations
from app.ui.prefs import (
    BATCH_FOLDER,
    BATCH_FORMAT,
    BATCH_KIND,
    BATCH_LANGUAGE,
    BATCH_LETTERS_DIALOG,
    BATCH_PRINT,
    LETTERS_FOLDER,
    Prefs,
    restore_geometry,
    save_geometry,
)
from app.ui.problems import problem_text
from app.ui.widgets.scan_list import plural

ERROR_COLOR = "#9b1c13"
MUTED = "#6b6b6b"
OK_COLOR = "#2e6b30"
LANGUAGE_RULES = ("own", "kk", "bi")  # own: each letter's language (service default)


@dataclass
class Outcome:
    """What a batch did so far; filled on the worker, read on the GUI thread once it is done."""

    total: int
    written: list[tuple[int, str, Path]] = field(default_factory=list)  # id, number, file
    rendered: list[tuple[int, str]] = field(default_factory=list)  # id, number (for printing)
    # id, number, why: the domain's problem (worded on the GUI thread), or a file error's text
    failed: list[tuple[int, str, Problem | str]] = field(default_factory=list)
    pages: int = 0
    printed: bool = False


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``stem.suffix`` in ``folder``, or ``stem (2).suffix``… when a file has that name."""
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}){suffix}"
        n += 1
    return path


def read_batch(
    ctx,
    progress,
    request_ids: list[int],
    kind: str,
    language: str | None,
    options: letters.LetterOptions,
) -> list[letters.Prepared]:
    """The database half, on the database worker: each request's letter from its case.
    Reports ``read`` per request; stops between requests when cancelled."""
    total = len(request_ids)
    prepared = []
    progress.report(0, total, "read")
    for done, item in enumerate(letters.prepare_many(ctx, request_ids, kind, language, options), 1):
        prepared.append(item)
        progress.report(done, total, "read")
    return prepared


def make_batch(
    progress,
    prepared: list[letters.Prepared],
    kind: str,
    fmt: str,
    folder: Path | None,
    printer: QPrinter | None,
    outcome: Outcome,
    database=None,
) -> Outcome:
    """The pure half, on the pool: render each letter; write it to ``folder`` (never over
    ``database``, the open one), or print them all on ``printer``. Reports
    ``letter:<number>`` per letter and ``page`` per printed page; stops between letters (and
    between pages) when cancelled, keeping what was written."""
    total = len(prepared)
    progress.report(0, total, "")
    documents: list[bytes] = []
    for done, ready in enumerate(prepared, 1):
        if progress.cancelled:
            raise Cancelled()
        item = letters.render_prepared(ready, fmt)
        if progress.cancelled:  # stopped while this one was made: it is not written
            raise Cancelled()
        if item.problems or item.data is None:
            why = item.problems[0] if item.problems else ""
            outcome.failed.append((item.request_id, item.reg_number, why))
        elif printer is not None:
            documents.append(item.data)
            outcome.rendered.append((item.request_id, item.reg_number))
        else:
            path = free_path(folder, file_stem(item.reg_number, kind), f".{fmt}")
            try:
                write_file(path, item.data, database, confirmed=False)
            except DomainError as exc:  # the name was taken meanwhile, or is the database
                outcome.failed.append((item.request_id, item.reg_number, exc.problems[0]))
            except FileProblem as exc:  # the disk refused (full, read-only, no permission)
                outcome.failed.append((item.request_id, item.reg_number, exc.problem))
            else:
                outcome.written.append((item.request_id, item.reg_number, path))
        progress.report(done, total, f"letter:{item.reg_number}")
    if printer is not None and documents:
        outcome.pages = printing.print_pdfs(
            documents, printer, lambda d, t: progress.report(d, t, "page")
        )
        outcome.printed = True
    return outcome


class BatchLettersDialog(QDialog):
    """``BatchLettersDialog(ops, prefs, request_ids, parent)``: letters for the requests selected
    in the register, saved one file per request or printed in one job."""

    def __init__(
        self,
        ops: Operations,
        prefs: Prefs,
        request_ids: list[int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.request_ids = list(dict.fromkeys(request_ids))
        self.numbers: dict[int, str] = {}
        self.kind_counts: dict[str, int] = {}  # kind -> requests that may get it
        self.handle: Handle | None = None
        self.outcome: Outcome | None = None
        self.printer: QPrinter | None = None
        self._stop_asked = False
        self.print_dialog: QPrintDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        self.running = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_BatchLettersDialog()
        self.ui.setupUi(self)
        self.setObjectName("batchLettersDialog")
        self.setWindowTitle(self.tr("Letters for several requests — Derbes"))
        self._prepare_widgets()
        self._connect()
        self._restore_choices()
        self.resize(720, 640)
        restore_geometry(prefs, self, BATCH_LETTERS_DIALOG)
        self._kind_changed()
        self._output_changed()
        self._load_numbers()

    # -- set-up -------------------------------------------------------------------------------

    def _prepare_widgets(self) -> None:
        ui = self.ui
        count = len(self.request_ids)
        ui.titleLabel.setText(plural(self.tr("Letters for %n request(s)", "", count), count))
        for kind in letters.KINDS:
            ui.kindCombo.addItem(kind_name(kind), kind)
        ui.formatCombo.addItem("PDF", "pdf")
        ui.formatCombo.addItem("DOCX", "docx")
        for label in (ui.optionsError, ui.folderError, ui.generalError):
            label.hide()
        ui.progressBar.setRange(0, max(1, count))
        ui.progressBar.setValue(0)
        ui.progressBar.hide()
        ui.progressLabel.hide()
        ui.resultsList.hide()
        ui.stopButton.hide()
        ui.openFolderButton.hide()
        ui.startButton.setEnabled(count > 0)

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.outputGroup.buttonToggled.connect(lambda *_a: self._output_changed())
        ui.browseButton.clicked.connect(self.choose_folder)
        ui.folderEdit.textChanged.connect(ui.folderError.hide)
        ui.startButton.clicked.connect(self.start)
        ui.stopButton.clicked.connect(self.stop)
        ui.closeButton.clicked.connect(self.reject)
        ui.openFolderButton.clicked.connect(self.open_folder)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.start)

    def _restore_choices(self) -> None:
        ui = self.ui
        index = ui.kindCombo.findData(self.prefs.get(BATCH_KIND))
        ui.kindCombo.setCurrentIndex(max(0, index))
        rule = self.prefs.get(BATCH_LANGUAGE)
        {"own": ui.ownLanguageRadio, "kk": ui.kazakhRadio, "bi": ui.bilingualRadio}.get(
            rule, ui.ownLanguageRadio
        ).setChecked(True)
        ui.formatCombo.setCurrentIndex(
            max(0, ui.formatCombo.findData(self.prefs.get(BATCH_FORMAT)))
        )
        folder = self.prefs.get(BATCH_FOLDER) or self.prefs.get(LETTERS_FOLDER)
        ui.folderEdit.setText(folder or str(Path.home()))
        (ui.printRadio if self.prefs.get(BATCH_PRINT) else ui.filesRadio).setChecked(True)

    def _save_choices(self) -> None:
        self.prefs.set(BATCH_KIND, self.kind())
        self.prefs.set(BATCH_LANGUAGE, self.language_rule())
        self.prefs.set(BATCH_FORMAT, self.fmt())
        self.prefs.set(BATCH_FOLDER, self.ui.folderEdit.text().strip())
        self.prefs.set(BATCH_PRINT, self.ui.printRadio.isChecked())

    def _load_numbers(self) -> None:
        ids = list(self.request_ids)

        def load(ctx) -> tuple[dict[int, str], dict[str, int]]:
            found = {rid: r.reg_number for rid, r in letters.briefs(ctx, ids).items()}
            # a vanished request is reported by the batch
            numbers = {rid: found.get(rid, f"#{rid}") for rid in ids}
            return numbers, letters.batch_kinds(ctx, ids)

        self.ops.query(load, self._numbers_loaded, lambda _exc: None, owner=self)

    def _numbers_loaded(self, loaded: tuple[dict[int, str], dict[str, int]]) -> None:
        numbers, self.kind_counts = loaded
        self._mark_kinds()
        self.numbers = numbers
        shown = [numbers.get(rid, f"#{rid}") for rid in self.request_ids]
        text = ", ".join(shown[:12])
        if len(shown) > 12:
            text += " " + self.tr("and %n more", "", len(shown) - 12)
        self.ui.requestsLabel.setText(text)

    def _mark_kinds(self) -> None:
        """Grey the kinds none of the requests may get now (the domain's rule), and say how
        many may get the others."""
        combo = self.ui.kindCombo
        total = len(self.request_ids)
        for index in range(combo.count()):
            count = self.kind_counts.get(combo.itemData(index), 0)
            combo.setItemData(
                index, None if count else QBrush(QColor(MUTED)), Qt.ItemDataRole.ForegroundRole
            )
            if count == total:
                tip = None
            elif not count:
                tip = self.tr("None of these requests may have this letter")
            else:
                tip = plural(self.tr("%n of these requests may have this letter", "", count), count)
            combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def allowed_kinds(self) -> list[str]:
        """The kinds at least one of the requests may get now."""
        return [k for k, n in self.kind_counts.items() if n]

    # -- choices ------------------------------------------------------------------------------

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def fmt(self) -> str:
        return self.ui.formatCombo.currentData()

    def language_rule(self) -> str:
        ui = self.ui
        if ui.kazakhRadio.isChecked():
            return "kk"
        if ui.bilingualRadio.isChecked():
            return "bi"
        return "own"

    def options(self) -> letters.LetterOptions:
        return letters.LetterOptions(question=self.ui.questionEdit.text().strip())

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = self.kind()
        ui.workflowNote.setVisible(kind in withdrawal.WORKFLOW_KINDS)
        for widget in (ui.questionLabel, ui.questionEdit):
            widget.setVisible(kind == "clarification")
        ui.optionsError.hide()

    def _output_changed(self) -> None:
        ui = self.ui
        files = ui.filesRadio.isChecked()
        for widget in (ui.formatCombo, ui.folderEdit, ui.browseButton):
            widget.setEnabled(files and not self.running)
        ui.folderError.hide()
        ui.startButton.setText(self.tr("&Make the letters") if files else self.tr("&Print…"))

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the letters"))
        dialog.setObjectName("folderDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        current = Path(self.ui.folderEdit.text().strip() or Path.home())
        if current.is_dir():
            dialog.setDirectory(str(current))
        dialog.fileSelected.connect(self.ui.folderEdit.setText)
        self.folder_dialog = dialog
        dialog.open()

    # -- running ------------------------------------------------------------------------------

    def _check(self) -> bool:
        ui = self.ui
        ok = True
        if ui.filesRadio.isChecked():
            text = ui.folderEdit.text().strip()
            if not text:
                ui.folderError.setText(self.tr("Choose the folder the files are written to."))
                ui.folderError.show()
                ok = False
            elif not Path(text).expanduser().is_dir():
                ui.folderError.setText(self.tr("There is no folder {0}.").format(text))
                ui.folderError.show()
                ok = False
        return ok

    def start(self) -> None:
        """Make the letters: into the folder, or (after the print dialog) on the printer."""
        if self.running or not self.request_ids or not self._check():
            return
        self._save_choices()
        if self.ui.printRadio.isChecked():
            printer = printing.new_printer(self.tr("Derbes letters"))
            dialog = QPrintDialog(printer, self)
            dialog.setObjectName("printDialog")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowTitle(self.tr("Print the letters"))
            dialog.accepted.connect(lambda: self.run(printer=printer))
            self.printer = printer
            self.print_dialog = dialog
            QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver
        else:
            self.run()

    def run(self, printer: QPrinter | None = None) -> None:
        """Start the batch on the worker (``printer`` given: print instead of writing files)."""
        if self.running:
            return
        ui = self.ui
        ids = list(self.request_ids)
        kind, options = self.kind(), self.options()
        fmt = "pdf" if printer is not None else self.fmt()
        rule = self.language_rule()
        language = None if rule == "own" else rule
        folder = None if printer is not None else Path(ui.folderEdit.text().strip()).expanduser()
        outcome = Outcome(len(ids))
        self.outcome = outcome
        self.printer = printer
        self._set_running(True)
        ui.resultsList.clear()
        ui.resultsList.hide()
        ui.generalError.hide()
        ui.openFolderButton.hide()
        ui.progressBar.setRange(0, len(ids))
        ui.progressBar.setValue(0)
        ui.progressBar.show()
        ui.progressLabel.setText(self.tr("Starting…"))
        ui.progressLabel.show()

        def make(prepared: list[letters.Prepared]) -> None:  # rendering is pure work
            self.handle = self.ops.long(
                lambda progress: make_batch(
                    progress, prepared, kind, fmt, folder, printer, outcome, database
                ),
                on_done=self._finished,
                on_error=self._failed,
                on_progress=self._progressed,
                owner=self,
                pure=True,
            )
            if self._stop_asked:
                self.handle.cancel()

        self._stop_asked = False
        database = self.ops.ctx.db  # only its file names: the pure half reads no data
        self.handle = self.ops.long(
            lambda ctx, progress: read_batch(ctx, progress, ids, kind, language, options),
            on_done=make,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def stop(self) -> None:
        if self.running and self.handle is not None:
            self._stop_asked = True
            self.handle.cancel()
            self.ui.stopButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping after the letter being made…"))

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        self.running = running
        for widget in (
            ui.kindCombo,
            ui.questionEdit,
            ui.ownLanguageRadio,
            ui.kazakhRadio,
            ui.bilingualRadio,
            ui.filesRadio,
            ui.printRadio,
            ui.startButton,
            ui.closeButton,
        ):
            widget.setEnabled(not running)
        ui.stopButton.setVisible(running)
        ui.stopButton.setEnabled(running)
        if running:
            ui.stopButton.setFocus()
        self._output_changed()

    def _progressed(self, done: int, total: int, text: str) -> None:
        ui = self.ui
        if text == "read":
            ui.progressBar.setRange(0, max(1, total))
            ui.progressBar.setValue(0)
            ui.progressLabel.setText(self.tr("Reading the cases: {0} of {1}…").format(done, total))
            return
        if text == "page":
            ui.progressBar.setRange(0, max(1, total))
            ui.progressBar.setValue(done)
            ui.progressLabel.setText(self.tr("Printing page {0} of {1}…").format(done, total))
            return
        ui.progressBar.setRange(0, max(1, total))
        ui.progressBar.setValue(done)
        number = text.removeprefix("letter:")
        if number:
            ui.progressLabel.setText(
                self.tr("{0} of {1} letters made; last: {2}").format(done, total, number)
            )

    def _finished(self, outcome: Outcome) -> None:
        self._set_running(False)
        self._show_outcome(outcome, stopped=False)

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        if isinstance(exc, Cancelled):
            self._show_outcome(self.outcome, stopped=True)
            return
        self._show_outcome(self.outcome, stopped=False, error=exc)

    def _show_outcome(self, outcome: Outcome, stopped: bool, error: Exception | None = None):
        ui = self.ui
        listing = ui.resultsList
        listing.clear()
        for _rid, number, path in outcome.written:
            self._add_result(f"✓ {number} → {path.name}", OK_COLOR)
        for _rid, number in outcome.rendered:
            self._add_result(
                self.tr("✓ {0} printed").format(number)
                if outcome.printed
                else self.tr("– {0} made, not printed").format(number),
                OK_COLOR if outcome.printed else "#6b6b6b",
            )
        for _rid, number, why in outcome.failed:
            text = problem_text(why) if isinstance(why, Problem) else why
            self._add_result(self.tr("✗ {0}: {1}").format(number, text), ERROR_COLOR)
        listing.setVisible(listing.count() > 0)
        made = len(outcome.written) if not outcome.rendered else len(outcome.rendered)
        failed = len(outcome.failed)
        if stopped:
            summary = self.tr("Stopped: {0} of {1} letters made.").format(made, outcome.total)
            if outcome.rendered and not outcome.printed:
                summary += " " + self.tr("Nothing was printed.")
        elif outcome.printed:
            summary = self.tr("{0} letters printed, {1} pages in one job.").format(
                made, outcome.pages
            )
        elif outcome.rendered:
            summary = self.tr("{0} letters made, none printed.").format(made)
        else:
            summary = self.tr("{0} of {1} letters written to {2}.").format(
                made, outcome.total, self.ui.folderEdit.text().strip()
            )
        if failed:
            summary += " " + plural(
                self.tr("%n request(s) could not have the letter:", "", failed), failed
            )
        ui.progressLabel.setText(summary)
        if error is not None:
            ui.generalError.setText(
                self.tr("The batch stopped: {0}").format(
                    str(error)
                    if isinstance(error, printing.PrintError | OSError)
                    else describe_error(error)
                )
            )
            ui.generalError.show()
        ui.openFolderButton.setVisible(bool(outcome.written))
        ui.closeButton.setFocus()

    def _add_result(self, text: str, color: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor(color)))
        self.ui.resultsList.addItem(item)

    def open_folder(self) -> None:
        folder = self.ui.folderEdit.text().strip()
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.running:  # Escape stops the batch first; Close is disabled while it runs
            self.stop()
            return
        super().reject()

    def done(self, result: int) -> None:
        save_geometry(self.prefs, self, BATCH_LETTERS_DIALOG)
        super().done(result)

    def closeEvent(self, event) -> None:
        if self.running:
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)
