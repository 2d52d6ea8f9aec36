"""File › Export register… and Print register…: the register the current screen shows (its
filters, sort and visible columns, :meth:`Screen.register_view`) as XLSX, CSV or PDF, or printed
through the Qt print dialog. The register is read on the database worker, laid out and written
off it (``ops.pure``), printed page by page with progress (``ops.long``); headings are in the
interface's language (Kazakh or Russian; English otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.domain.errors import DomainError
from app.services import outputs, registers
from app.ui import printing
from app.ui.messages import show_error
from app.ui.operations import Cancelled, Operations
from app.ui.prefs import LANGUAGE, Prefs
from app.ui.settings.base import ui_language


def _request_columns() -> dict[int, str]:
    from app.ui.models import request_table as t

    return {
        t.NUMBER: "reg_number",
        t.RECEIVED: "received",
        t.SENDER: "sender",
        t.TYPE: "type",
        t.STATUS: "status",
        t.DUE: "due_date",
    }


def _outgoing_columns() -> dict[int, str]:
    from app.ui.models import outgoing_table as t

    return {
        t.NUMBER: "out_number",
        t.DATE: "out_date",
        t.KIND: "kind",
        t.REQUEST: "reg_number",
        t.ADDRESSEE: "addressee",
        t.METHOD: "method",
        t.SENT: "sent_on",
        t.TRACKING: "tracking",
    }


# A screen's table columns that a register has (column -> register column key).
REQUEST_COLUMNS = _request_columns()
OUTGOING_COLUMNS = _outgoing_columns()


def shown_columns(table, keys: dict[int, str]) -> tuple[str, ...]:
    """The register columns of ``table`` the officer sees, in their order on the screen."""
    header = table.horizontalHeader()
    shown = sorted((c for c in keys if not header.isSectionHidden(c)), key=header.visualIndex)
    return tuple(keys[c] for c in shown)


class RegisterOutput(QObject):
    """Exports and prints the register of a screen; messages go to ``tell`` (the status bar)."""

    def __init__(self, ops: Operations, prefs: Prefs, parent: QWidget, tell):
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.window = parent
        self.tell = tell
        self.dialog: QDialog | None = None
        self.printer = None

    def language(self) -> str:
        return ui_language(self.prefs.get(LANGUAGE))

    # -- export ---------------------------------------------------------------------------------

    def export(self, view: registers.View) -> None:
        dialog = QFileDialog(self.window, self.tr("Export the register"))
        dialog.setObjectName("exportRegisterDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [
                self.tr("Excel workbook (*.xlsx)"),
                self.tr("CSV for Excel (*.csv)"),
                self.tr("PDF document (*.pdf)"),
            ]
        )
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(
            lambda f: dialog.setDefaultSuffix(f.rsplit("*.", 1)[-1].rstrip(")"))
        )
        stem = {"incoming": self.tr("incoming-register"), "outgoing": self.tr("outgoing-register")}
        dialog.selectFile(f"{stem[view.kind]}.xlsx")
        dialog.fileSelected.connect(lambda path: self.export_to(view, Path(path)))
        self.dialog = dialog
        dialog.open()

    def export_to(self, view: registers.View, path: Path) -> None:
        """Write the register of ``view`` to ``path`` (the save dialog asked before replacing
        a file); the format is the file's extension."""
        language = self.language()
        protect = outputs.database_files(self.ops.ctx)
        self.tell(self.tr("Exporting the register…"))

        def write(reg: registers.Register) -> None:
            self.ops.pure(
                lambda: registers.save(reg, path, force=True, protect=protect),
                lambda written: self.tell(
                    self.tr("Register saved: {0} ({1} rows)").format(str(written), len(reg.rows))
                ),
                self._failed,
                owner=self,
            )

        try:
            registers.format_of(path)  # a wrong extension is said before anything is read
        except DomainError as exc:  # a coded problem, shown in the user's language
            self._failed(exc)
            return
        self.ops.query(
            lambda ctx: registers.of_view(ctx, view, language), write, self._failed, owner=self
        )

    # -- print ----------------------------------------------------------------------------------

    def print_(self, view: registers.View) -> None:
        """Lay the register out as its PDF, then ask for the printer."""
        language = self.language()
        self.tell(self.tr("Preparing the register for printing…"))

        def laid_out(reg: registers.Register) -> None:
            self.ops.pure(
                lambda: registers.render(reg, "pdf"),
                lambda data: self._ask(reg, data),
                self._failed,
                owner=self,
            )

        self.ops.query(
            lambda ctx: registers.of_view(ctx, view, language), laid_out, self._failed, owner=self
        )

    def _ask(self, reg: registers.Register, data: bytes) -> None:
        from PySide6.QtGui import QPageLayout

        printer = printing.new_printer(reg.title)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("printRegisterDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer, data))
        self.printer = printer
        self.dialog = dialog
        self.tell("")
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver

    def print_to(self, printer, data: bytes) -> None:
        self.printer = printer  # kept alive until the job is done

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.tell(self.tr("Printing cancelled"))
            elif isinstance(exc, printing.PrintError):
                self.tell(self.tr("Not printed: {0}").format(str(exc)))
            else:
                self._failed(exc)

        self.tell(self.tr("Printing…"))
        self.ops.long(
            lambda progress: printing.print_pdf(data, printer, lambda d, t: progress.report(d, t)),
            on_done=lambda pages: self.tell(self.tr("Sent {0} pages to the printer").format(pages)),
            on_error=failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.tell("")
        show_error(self.window, exc)
