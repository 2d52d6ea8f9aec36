"""The letters of one request, for the case window: drafts to continue and final letters to
look at, save, print or export, and "Prepare letter…" for a new one.

A final letter's PDF is always the stored one, checked against its SHA-256 before it is shown,
saved or printed; a letter whose stored PDF no longer matches is marked in the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import letters, requests
from app.ui import printing
from app.ui.letters.files import ask_save_path, file_stem, write_file
from app.ui.letters.names import kind_name, language_name
from app.ui.letters.prepare_dialog import PrepareLetterDialog
from app.ui.messages import describe_error, show_error
from app.ui.operations import LETTERS, REQUESTS, Cancelled, Operations
from app.ui.prefs import LETTERS_PANEL, Prefs, restore_header, save_header

HEADER_KEY = LETTERS_PANEL
MUTED = "#6b6b6b"
ERROR_COLOR = "#9b1c13"
FINAL_COLOR = "#1e5b22"
COLUMNS = 6


@dataclass(frozen=True)
class LetterInfo:
    """One line of the list (without the PDF bytes)."""

    id: int
    kind: str
    language: str
    out_number: str
    out_date: dt.date | None
    created_at: dt.datetime | None
    final: bool
    sha256: str
    intact: bool  # a final letter's stored PDF still matches its SHA-256


@dataclass(frozen=True)
class Listing:
    reg_number: str
    letters: list[LetterInfo]


def load_letters(ctx, request_id: int) -> Listing:
    request = requests.get(ctx, request_id)
    infos = []
    for row in letters.letters_of(ctx, request_id):
        infos.append(
            LetterInfo(
                row.id,
                row.kind,
                row.language,
                row.out_number or "",
                row.out_date,
                row.created_at,
                row.final,
                row.sha256 or "",
                row.intact,
            )
        )
    infos.reverse()  # newest first
    return Listing(request.reg_number, infos)


def letter_bytes(ctx, letter_id: int, fmt: str) -> bytes:
    """A final letter's stored PDF (hash-checked), or the letter rendered now (a draft, DOCX)."""
    return letters.export(ctx, letter_id, fmt)


class LettersPanel(QWidget):
    """``LettersPanel(ops, prefs, request_id, parent)``: the letters of a request.

    ``count_changed(n)`` tells the case window how many letters there are (for a tab title).
    """

    count_changed = Signal(int)
    saved = Signal(str)
    printed = Signal(int)

    def __init__(
        self, ops: Operations, prefs: Prefs, request_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("lettersPanel")
        self.ops = ops
        self.prefs = prefs
        self.request_id = request_id
        self.reg_number = ""
        self.infos: list[LetterInfo] = []
        self.dialog: PrepareLetterDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.file_dialog = None
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None
        self._loading = False
        self._again = False
        self._build()
        ops.changed.connect(self._on_changed)
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def _build(self) -> None:
        self.prepare_button = self._button(
            "prepareLetterButton",
            self.tr("&Prepare letter…"),
            self.tr("Write an answer, a notice or an act for this request (Ctrl+Shift+L)"),
            self.prepare_letter,
        )
        self.open_button = self._button(
            "openLetterButton",
            self.tr("&Open"),
            self.tr("Continue the draft, or look at the final letter (Enter)"),
            self.open_letter,
        )
        self.save_pdf_button = self._button(
            "saveLetterPdfButton",
            self.tr("Save PDF…"),
            self.tr("A final letter is saved exactly as stored"),
            lambda: self.choose_file("pdf"),
        )
        self.export_docx_button = self._button(
            "exportLetterDocxButton",
            self.tr("Export DOCX…"),
            self.tr("The letter as an editable Word document"),
            lambda: self.choose_file("docx"),
        )
        self.print_button = self._button(
            "printLetterButton", self.tr("Print…"), self.tr("Print the letter"), self.print_letter
        )
        self.discard_button = self._button(
            "discardDraftButton",
            self.tr("Discard draft"),
            self.tr("Delete the draft; final letters are never deleted"),
            self.discard_draft,
        )
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.prepare_button)
        bar.addSpacing(12)
        for button in (
            self.open_button,
            self.save_pdf_button,
            self.export_docx_button,
            self.print_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.discard_button)

        self.tree = QTreeWidget(objectName="lettersTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Language"),
                self.tr("Number"),
                self.tr("Date"),
                self.tr("State"),
                self.tr("SHA-256"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        restore_header(self.prefs, header, HEADER_KEY)
        self.empty_label = QLabel(objectName="lettersEmptyLabel")
        self.empty_label.setText(
            self.tr("No letters yet. “Prepare letter…” writes the answer to this request.")
        )
        self.empty_label.setStyleSheet(f"color: {MUTED}; padding: 12px;")
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel(objectName="lettersStatusLabel")
        self.status_label.setStyleSheet(f"color: {MUTED};")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(objectName="lettersErrorLabel")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

        self.tree.itemActivated.connect(lambda _item, _col: self.open_letter())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.prepare_letter)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    def _on_changed(self, topics) -> None:
        if topics & {LETTERS, REQUESTS}:
            self.reload()

    def reload(self) -> None:
        """Read the list again (coalesced: one read at a time, one more if asked meanwhile)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        rid = self.request_id
        self.ops.query(
            lambda ctx: load_letters(ctx, rid), self._loaded, self._load_failed, owner=self
        )

    def _finish(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, exc: Exception) -> None:
        self._show_error(self.tr("The letters cannot be shown: {0}").format(describe_error(exc)))
        self._finish()

    def _loaded(self, listing: Listing) -> None:
        self.reg_number = listing.reg_number
        current = self.current_letter()
        keep = current.id if current else None
        self.infos = listing.letters
        self.tree.clear()
        for info in listing.letters:
            item = QTreeWidgetItem(self._cells(info))
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            if info.sha256:
                item.setToolTip(5, info.sha256)
            if info.final and not info.intact:
                for column in range(COLUMNS):
                    item.setForeground(column, QBrush(QColor(ERROR_COLOR)))
                item.setToolTip(
                    4, self.tr("The stored PDF does not match its SHA-256: it was altered")
                )
            elif info.final:
                item.setForeground(4, QBrush(QColor(FINAL_COLOR)))
            else:
                item.setForeground(4, QBrush(QColor(MUTED)))
            self.tree.addTopLevelItem(item)
            if info.id == keep:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        empty = not listing.letters
        self.tree.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()
        self.count_changed.emit(len(listing.letters))
        self._finish()

    def _cells(self, info: LetterInfo) -> list[str]:
        if info.final:
            day = info.out_date.strftime("%d.%m.%Y") if info.out_date else "—"
            state = self.tr("Final") if info.intact else self.tr("Final — PDF altered!")
        else:
            day = _local_day(info.created_at)
            state = self.tr("Draft")
        return [
            kind_name(info.kind),
            language_name(info.language),
            info.out_number or "—",
            day,
            state,
            info.sha256[:12] if info.sha256 else "—",
        ]

    # -- the selected letter ------------------------------------------------------------------

    def current_letter(self) -> LetterInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        letter_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((i for i in self.infos if i.id == letter_id), None)

    def select_letter(self, letter_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == letter_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        info = self.current_letter()
        chosen = info is not None
        usable = chosen and (not info.final or info.intact)
        self.open_button.setEnabled(chosen)
        self.open_button.setText(
            self.tr("&Continue") if chosen and not info.final else self.tr("&Open")
        )
        for button in (self.save_pdf_button, self.export_docx_button, self.print_button):
            button.setEnabled(usable)
        self.discard_button.setEnabled(chosen and not info.final)
        self.discard_button.setVisible(not chosen or not info.final)

    # -- opening ------------------------------------------------------------------------------

    def _open_dialog(self, dialog: PrepareLetterDialog) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = dialog
        dialog.finalised.connect(lambda _id: self.reload())
        dialog.show()

    def prepare_letter(self, kind: str | None = None) -> PrepareLetterDialog:
        """The prepare-letter dialog for a new letter of this request."""
        dialog = PrepareLetterDialog(
            self.ops, self.prefs, self.request_id, self.window(), kind=kind
        )
        self._open_dialog(dialog)
        return dialog

    def open_letter(self) -> PrepareLetterDialog | None:
        """Continue the selected draft, or look at the selected final letter (locked)."""
        info = self.current_letter()
        if info is None:
            return None
        dialog = PrepareLetterDialog(
            self.ops, self.prefs, self.request_id, self.window(), letter_id=info.id
        )
        self._open_dialog(dialog)
        return dialog

    # -- files --------------------------------------------------------------------------------

    def _stem(self, info: LetterInfo) -> str:
        return file_stem(self.reg_number, info.kind, info.language, info.out_number)

    def choose_file(self, fmt: str) -> None:
        info = self.current_letter()
        if info is None or not self.save_pdf_button.isEnabled():
            return
        self.file_dialog = ask_save_path(
            self,
            self.prefs,
            fmt,
            self._stem(info),
            lambda path: self.save_as(path, fmt),
            name="saveLetterDialog",
        )

    def save_as(self, path: Path, fmt: str) -> None:
        """Write the selected letter: a final PDF as stored, anything else rendered now."""
        info = self.current_letter()
        if info is None:
            return
        path, letter_id = Path(path), info.id

        def work(ctx) -> Path:
            write_file(path, letter_bytes(ctx, letter_id, fmt), ctx)
            return path

        def done(written: Path) -> None:
            self._status(self.tr("Saved {0}").format(written.name))
            self.saved.emit(str(written))

        self._status(self.tr("Saving {0}…").format(path.name))
        self.ops.query(work, done, self._failed, owner=self)

    # -- printing -----------------------------------------------------------------------------

    def print_letter(self) -> None:
        info = self.current_letter()
        if info is None or not self.print_button.isEnabled():
            return
        printer = printing.new_printer(self._stem(info))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer = printer
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver

    def print_to(self, printer: QPrinter) -> None:
        """Print the selected letter on ``printer`` off the GUI thread."""
        info = self.current_letter()
        if info is None:
            return
        self.printer = printer
        letter_id = info.id

        def done(pages: int) -> None:
            self._status(self.tr("Sent {0} pages to the printer").format(pages))
            self.printed.emit(pages)

        def start(data: bytes) -> None:  # printing is pure work: on the pool
            self.ops.long(
                lambda progress: printing.print_pdf(
                    data, printer, lambda d, t: progress.report(d, t)
                ),
                on_done=done,
                on_error=self._failed,
                owner=self,
                pure=True,
            )

        self._status(self.tr("Printing…"))
        self.ops.query(
            lambda ctx: letter_bytes(ctx, letter_id, "pdf"), start, self._failed, owner=self
        )

    # -- discarding a draft -------------------------------------------------------------------

    def discard_draft(self) -> None:
        info = self.current_letter()
        if info is None or info.final:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDiscardBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard the draft"))
        box.setText(self.tr("Discard the draft “{0}”?").format(kind_name(info.kind)))
        yes = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDiscardButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        letter_id = info.id

        def answered(button) -> None:
            self.confirm_box = None
            if button is yes:
                self.ops.mutate(
                    lambda ctx: letters.discard_draft(ctx, letter_id),
                    on_error=self._failed,
                    owner=self,
                )

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    # -- messages -----------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.error_label.hide()
        self.status_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.status_label.clear()
        self.error_label.setText(text)
        self.error_label.show()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            self._status(self.tr("Cancelled"))
            return
        if isinstance(exc, printing.PrintError | OSError):
            self._show_error(str(exc))
            return
        self._show_error(describe_error(exc))
        if isinstance(exc, DomainError) and exc.code == "letter_altered":
            show_error(self, exc, self.tr("The stored letter was altered"))

    def hideEvent(self, event) -> None:
        save_header(self.prefs, self.tree.header(), HEADER_KEY)
        super().hideEvent(event)


def _local_day(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y")
