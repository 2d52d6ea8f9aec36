"""The "Case file…" action of a case window: one PDF of the whole request, for the regulator or
a court (:mod:`app.services.case_file`).

The button (Ctrl+Shift+F) asks where to save it, in the request's language or, from its menu,
in Kazakh or in Russian. The case is read on the database worker, the PDF is made and written on
the pool (``ops.long(pure=True)``) with a progress dialog whose Cancel stops it; nothing is
written when it is cancelled or fails. The file goes through the one writer of outputs (whole
or not at all, never the database; the save dialog asked before replacing a file).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QToolButton, QWidget

from app.services import case_file, outputs
from app.services.case_file_words import file_language
from app.ui.messages import show_error
from app.ui.operations import Cancelled
from app.ui.prefs import CASE_FILE_FOLDER

SHORTCUT = "Ctrl+Shift+F"


class CaseFileAction(QObject):
    """``CaseFileAction(window)`` adds the button to the case window's row of actions; the
    window has ``ops``, ``prefs``, ``request_id``, ``data`` (the case, once loaded)
    and ``ui.actionsLayout``/``ui.busyLabel``."""

    saved = Signal(str)  # the path written
    failed = Signal(object)  # the error, after it was shown (or Cancelled)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.dialog: QFileDialog | None = None
        self.progress: QProgressDialog | None = None
        self.handle = None
        self.button = QToolButton(window)
        self.button.setObjectName("caseFileButton")
        self.button.setText(self.tr("Case &file…"))
        self.button.setToolTip(
            self.tr("The whole case in one PDF, for the regulator or a court ({0})").format(
                SHORTCUT
            )
        )
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.button)
        menu.setObjectName("caseFileMenu")
        self.kazakh = QAction(self.tr("Case file in Kazakh…"), menu)
        self.kazakh.setObjectName("caseFileKazakh")
        self.russian = QAction(self.tr("Case file in Russian…"), menu)
        self.russian.setObjectName("caseFileRussian")
        menu.addAction(self.kazakh)
        menu.addAction(self.russian)
        self.button.setMenu(menu)
        self.button.clicked.connect(lambda: self.choose_file())
        self.kazakh.triggered.connect(lambda: self.choose_file("kk"))
        self.russian.triggered.connect(lambda: self.choose_file("ru"))
        layout = window.ui.actionsLayout
        layout.insertWidget(layout.indexOf(window.ui.extendButton) + 1, self.button)
        shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.choose_file())
        self.button.setEnabled(False)

    # -- state --------------------------------------------------------------------------------

    def case_loaded(self) -> None:
        """The case is shown: the file can be made (unless one is being made now)."""
        self.button.setEnabled(self.handle is None)

    @property
    def busy(self) -> bool:
        return self.handle is not None

    # -- choosing the file --------------------------------------------------------------------

    def choose_file(self, language: str | None = None) -> QFileDialog | None:
        """The save dialog for the case file (headings in ``language``, else the letter's)."""
        data = self.window.data
        if data is None or self.busy:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        lang = file_language(language, data.request.language)
        dialog = QFileDialog(self.window, self.tr("Save the case file"))
        dialog.setObjectName("caseFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        dialog.setDirectory(str(self._folder()))
        dialog.selectFile(case_file.file_name(data.request.reg_number, lang))

        def chosen(path: str) -> None:
            self.window.prefs.set(CASE_FILE_FOLDER, str(Path(path).parent))
            self.save_to(Path(path), lang)

        dialog.fileSelected.connect(chosen)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _folder(self) -> Path:
        folder = Path(self.window.prefs.get(CASE_FILE_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    # -- making it ----------------------------------------------------------------------------

    def save_to(self, path: Path, language: str | None = None) -> None:
        """Make the case file and write it to ``path`` (the save dialog confirmed a replace)."""
        if self.busy:
            return
        request_id = self.window.request_id
        ops = self.window.ops
        progress = QProgressDialog(
            self.tr("Reading the case…"), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setObjectName("caseFileProgress")
        progress.setWindowTitle(self.tr("Case file"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self.button.setEnabled(False)
        self._status(self.tr("Making the case file…"))

        def read(ctx):
            return case_file.gather(ctx, request_id, language), outputs.database_files(ctx)

        def make(read_result) -> None:
            if self.progress is None:  # cancelled while reading
                return
            data, protect = read_result
            self.progress.setLabelText(self.tr("Putting the case file together…"))
            self.handle = ops.long(
                lambda p: case_file.write(
                    path,
                    case_file.render(data, p.report),
                    force=True,
                    protect=protect,
                    field="file",
                ),
                on_done=self._done,
                on_error=self._failed,
                on_progress=self._progressed,
                owner=self,
                pure=True,
            )

        self.handle = ops.query(read, make, self._failed, owner=self)
        progress.show()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self._close_progress()
        self.handle = None
        self._status(self.tr("The case file was not made"))
        self.case_loaded()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _done(self, written: Path) -> None:
        self._finish()
        self._status(self.tr("Saved {0}").format(Path(written).name))
        self.saved.emit(str(written))

    def _failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self._status(self.tr("The case file was not made"))
        else:
            self._status("")
            show_error(self.window, exc, self.tr("Case file"))
        self.failed.emit(exc)

    def _finish(self) -> None:
        self.handle = None
        self._close_progress()
        self.case_loaded()

    def _close_progress(self) -> None:
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def _status(self, text: str) -> None:
        self.window.ui.busyLabel.setText(text)
