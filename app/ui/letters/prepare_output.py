"""The prepare-letter dialog's output: drafts, files, printing, finalising, closing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.errors import DomainError
from app.services import letters
from app.services.letters import LetterInfo
from app.ui import printing
from app.ui.letters.files import ask_save_path, file_stem, write_file
from app.ui.letters.names import kind_name
from app.ui.messages import describe_error
from app.ui.operations import Cancelled
from app.ui.prefs import PREPARE_LETTER_DIALOG, save_geometry, save_splitter

GEOMETRY_KEY = PREPARE_LETTER_DIALOG


class PrepareOutput:
    """Part of :class:`~app.ui.letters.prepare_dialog.PrepareLetterDialog` (its ``self``)."""

    # -- saving a draft -----------------------------------------------------------------------

    def save_draft(self, then=None) -> None:
        if self.locked or self.setup is None or self._kind_error or not self.body().strip():
            return
        rid, kind, language, body = self.request_id, self.kind, self.language, self.body()
        draft_id = self.letter_id
        edits = self._edits
        self._busy(True)
        self._status(QCoreApplication.translate("PrepareLetterDialog", "Saving the draft…"))

        def done(row: LetterInfo) -> None:
            self._busy(False)
            self.letter_id = row.id
            if edits == self._edits:
                self._dirty = False
            self._status(
                QCoreApplication.translate("PrepareLetterDialog", "Draft saved at {0}").format(
                    dt.datetime.now().strftime("%H:%M")
                )
            )
            self._show_general("")
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            self._show_general(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "The draft was not saved: {0}"
                ).format(describe_error(exc))
            )

        self.ops.mutate(
            lambda ctx: letters.save_draft(ctx, rid, kind, language, body, draft_id),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # -- files --------------------------------------------------------------------------------

    def default_stem(self) -> str:
        if self.request is None:
            return "letter"
        number = self.final_row.out_number if self.final_row is not None else ""
        return file_stem(self.request.reg_number, self.kind, self.language, number or "")

    def choose_file(self, fmt: str) -> None:
        if self.setup is None or not self.ui.savePdfButton.isEnabled():
            return
        self.file_dialog = ask_save_path(
            self, self.prefs, fmt, self.default_stem(), lambda path: self.save_as(path, fmt)
        )

    def save_as(self, path: Path, fmt: str) -> None:
        """Write the letter to ``path``: the final PDF itself once finalised, else rendered now."""
        path = Path(path)
        rid = self.request_id
        if self.locked:
            letter_id = self.letter_id
            final = self.final_pdf

            def make(ctx) -> bytes:
                return final if fmt == "pdf" else letters.export(ctx, letter_id, fmt)
        else:
            spec = self.spec()

            def make(ctx) -> bytes:
                letter = letters.build(
                    ctx, rid, spec.kind, spec.language, body=spec.body, options=spec.options
                )
                return letters.render(letter, fmt)

        def work(ctx) -> Path:
            if not path.parent.is_dir():
                raise DomainError.at("file", "folder_missing", path=str(path.parent))
            write_file(path, make(ctx), ctx)
            return path

        self._busy(True)
        self._status(
            QCoreApplication.translate("PrepareLetterDialog", "Saving {0}…").format(path.name)
        )

        def done(written: Path) -> None:
            self._busy(False)
            self._status(
                QCoreApplication.translate("PrepareLetterDialog", "Saved {0}").format(written.name)
            )
            self._show_general("")
            self.saved.emit(str(written))

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            message = describe_error(exc) if not isinstance(exc, OSError) else str(exc)
            self._show_general(
                QCoreApplication.translate("PrepareLetterDialog", "{0} was not saved: {1}").format(
                    path.name, message
                )
            )

        self.ops.query(work, done, failed, owner=self)

    # -- printing -----------------------------------------------------------------------------

    def print_letter(self) -> None:
        """The Qt print dialog; the letter is printed when it is accepted."""
        if self.setup is None or not self.ui.printButton.isEnabled():
            return
        printer = printing.new_printer(self.default_stem())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(QCoreApplication.translate("PrepareLetterDialog", "Print the letter"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer = printer
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` off the GUI thread (the letter is rendered first unless final)."""
        self.printer = printer  # kept alive until the job is done
        rid = self.request_id
        final = self.final_pdf if self.locked else None
        spec = None if self.locked else self.spec()

        def print_pdf(data: bytes | None, letter, progress) -> int:  # pure: on the pool
            if data is None:
                data = letters.render(letter, "pdf")
            return printing.print_pdf(data, printer, lambda d, t: progress.report(d, t))

        def progressed(done: int, total: int, _text: str) -> None:
            self._status(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "Printing page {0} of {1}…"
                ).format(done, total)
            )

        def done(pages: int) -> None:
            self._busy(False)
            self._status(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "Sent {0} pages to the printer"
                ).format(pages)
            )
            self._show_general("")
            self.printed.emit(pages)

        def failed(exc: Exception) -> None:
            self._busy(False)
            if isinstance(exc, Cancelled):
                self._status(
                    QCoreApplication.translate("PrepareLetterDialog", "Printing cancelled")
                )
                return
            self._status("")
            self._show_general(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "The letter was not printed: {0}"
                ).format(_reason(exc))
            )

        def start(letter) -> None:
            self.ops.long(
                lambda progress: print_pdf(final, letter, progress),
                on_done=done,
                on_error=failed,
                on_progress=progressed,
                owner=self,
                pure=True,
            )

        self._busy(True)
        self._status(QCoreApplication.translate("PrepareLetterDialog", "Printing…"))
        if final is not None:
            start(None)
        else:  # the letter is read from the case on the database worker, then printed apart
            self.ops.query(
                lambda ctx: letters.build(
                    ctx, rid, spec.kind, spec.language, body=spec.body, options=spec.options
                ),
                start,
                failed,
                owner=self,
            )

    # -- finalising ---------------------------------------------------------------------------

    def confirm_finalise(self) -> None:
        if self.locked or not self.ui.finaliseButton.isEnabled():
            return
        box = QMessageBox(self)
        box.setObjectName("confirmFinaliseBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("PrepareLetterDialog", "Finalise the letter"))
        box.setText(
            QCoreApplication.translate("PrepareLetterDialog", "Finalise the {0} on {1}?").format(
                kind_name(self.kind).lower(), self.request.reg_number
            )
        )
        info = QCoreApplication.translate(
            "PrepareLetterDialog",
            "It gets the next outgoing number and its PDF is kept in the case with its "
            "SHA-256.\n\nA finalised letter is never changed; a correction is a new letter.",
        )
        if self.kind == "clarification" and self.ui.stopClockCheck.isChecked():
            info += "\n\n" + QCoreApplication.translate(
                "PrepareLetterDialog", "The clock of the request stops until the subject answers."
            )
        box.setInformativeText(info)
        yes = box.addButton(
            QCoreApplication.translate("PrepareLetterDialog", "Finalise"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        yes.setObjectName("confirmFinaliseButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            self.confirm_box = None
            if button is yes:
                self.finalise()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def finalise(self) -> None:
        """Number and store the letter (no confirmation: :meth:`confirm_finalise` asks)."""
        if self.locked or self.setup is None:
            return
        rid, spec, draft_id = self.request_id, self.spec(), self.letter_id
        self._busy(True)
        self._status(QCoreApplication.translate("PrepareLetterDialog", "Finalising…"))

        def work(ctx) -> letters.Finalised:
            return letters.finalise(
                ctx,
                rid,
                spec.kind,
                spec.language,
                body=spec.body,
                options=spec.options,
                draft_id=draft_id,
            )

        def done(result: letters.Finalised) -> None:
            self._busy(False)
            row = result.letter
            self._dirty = False
            self._lock(row, bytes(row.pdf or b""))
            self._status(QCoreApplication.translate("PrepareLetterDialog", "Finalised"))
            if result.clock_stopped:
                self._status(
                    QCoreApplication.translate(
                        "PrepareLetterDialog",
                        "Finalised; the clock is stopped until the subject answers",
                    )
                )
            self.finalised.emit(row.id)

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            self._show_general(
                QCoreApplication.translate(
                    "PrepareLetterDialog", "The letter was not finalised: {0}"
                ).format(_reason(exc))
            )
            self._render_now()

        self.ops.mutate(work, on_done=done, on_error=failed, owner=self)

    def _lock(self, row: LetterInfo, pdf: bytes, error: str = "") -> None:
        """A final letter: shown as stored, saved and printed as stored, never edited."""
        self.locked = True
        self.final_row = row
        self.final_pdf = pdf
        self.letter_id = row.id
        self.render_timer.stop()
        self.forget_rendering()
        ui = self.ui
        self._set_enabled(False)
        ui.bodyEdit.setEnabled(True)
        ui.bodyEdit.setReadOnly(True)
        ui.detailsContents.setEnabled(False)
        for widget in (ui.saveDraftButton, ui.finaliseButton, ui.rewriteButton, ui.rewriteNote):
            widget.hide()
        ui.problemsTitle.hide()
        ui.problemsList.hide()
        ui.kindError.hide()
        ui.preview.set_busy(False)
        number, day = row.out_number or "", _short(row.out_date)
        ui.titleLabel.setText(
            QCoreApplication.translate("PrepareLetterDialog", "Letter № {0} of {1}").format(
                number, day
            )
        )
        self.setWindowTitle(
            QCoreApplication.translate("PrepareLetterDialog", "Letter № {0} — Derbes").format(
                number
            )
        )
        banner = QCoreApplication.translate(
            "PrepareLetterDialog",
            "Finalised: № {number} of {date}, SHA-256 {sha}…  A finalised letter is never "
            "changed; a correction is a new letter.",
        ).format(number=number, date=day, sha=(row.sha256 or "")[:12])
        if error:
            ui.finalBanner.setStyleSheet(
                "background: #fbe3e1; color: #9b1c13; border: 1px solid #e7b3ae; "
                "border-radius: 4px; padding: 8px;"
            )
            banner = QCoreApplication.translate(
                "PrepareLetterDialog", "The stored PDF of letter № {0} cannot be trusted: {1}"
            ).format(number, error)
            ui.preview.show_message(banner)
        elif pdf:
            ui.preview.set_pdf(pdf, keep_position=False)
        ui.finalBanner.setText(banner)
        ui.finalBanner.show()
        ui.closeButton.setFocus()
        self._update_actions()

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; when the text has unsaved edits, ask whether to keep them as a draft."""
        if self._closing or self.locked or not self._dirty or not self.body().strip():
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("PrepareLetterDialog", "Unsaved letter"))
        box.setText(
            QCoreApplication.translate(
                "PrepareLetterDialog", "Keep the text of this letter as a draft?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("PrepareLetterDialog", "Save draft"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        save.setObjectName("unsavedSaveButton")
        discard = box.addButton(
            QCoreApplication.translate("PrepareLetterDialog", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        discard.setObjectName("unsavedDiscardButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)

        def answered(button) -> None:
            self.confirm_box = None
            if button is save:
                self.save_draft(then=self._close_now)
            elif button is discard:
                self._close_now()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _close_now(self) -> None:
        self._closing = True
        self.reject()

    def done(self, result: int) -> None:
        save_geometry(self.prefs, self, GEOMETRY_KEY)
        save_splitter(self.prefs, self.ui.splitter, GEOMETRY_KEY)
        self.render_timer.stop()
        box = self.confirm_box
        if box is not None and shiboken6.isValid(box):
            box.close()
        super().done(result)


def _reason(exc: Exception) -> str:
    if isinstance(exc, printing.PrintError | OSError):
        return str(exc)
    return describe_error(exc)


def _short(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"
