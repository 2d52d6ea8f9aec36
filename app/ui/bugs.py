"""Unexpected exceptions in the window: written to the log, told in one dialog, and the window goes on.

Whatever reaches here is a bug (expected failures have their own messages, see
``app/ui/messages.py``): an operation's job that raised, a callback that raised on the GUI thread,
an exception that reached ``sys.excepthook`` or ``threading.excepthook``. Each is logged with its
traceback; the officer sees one dialog saying what happened and where the log file is, with the
traceback as details. While that dialog is open, further bugs are logged and added to its details
instead of opening more dialogs.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import logs


def traceback_text(exc: BaseException) -> str:
    return getattr(exc, "derbes_traceback", None) or "".join(traceback.format_exception(exc))


class BugReporter(QObject):
    """Logs a bug and shows the one dialog; safe to call from any thread."""

    _arrived = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.seen: list[str] = []  # "Type: message" of every bug reported, in order
        self._arrived.connect(self._show)

    def report(self, exc: BaseException, where: str = "") -> None:
        if getattr(exc, "derbes_reported", False):
            return
        with contextlib.suppress(AttributeError):
            exc.derbes_reported = True
        self.seen.append(f"{type(exc).__name__}: {exc}" + (f" (in {where})" if where else ""))
        logs.log_exception(exc, where)
        if QThread.currentThread() is self.thread():
            self._show(exc, where)
        else:  # a worker thread: the dialog opens on the GUI thread
            self._arrived.emit(exc, where)

    @Slot(object, str)
    def _show(self, exc: BaseException, where: str) -> None:
        details = traceback_text(exc)
        if self.box is not None and self.box.isVisible():
            self.box.setDetailedText(self.box.detailedText() + "\n" + details)
            return
        path = logs.log_file()
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("bugBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Bugs", "Derbes: something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "Bugs",
                "Something went wrong inside Derbes ({error}). What you were doing may not have "
                "been finished; the window keeps working.",
            ).replace("{error}", f"{type(exc).__name__}: {exc}")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Bugs", "The details are written to the log file:\n{path}"
            ).replace("{path}", str(path))
            if path is not None
            else QCoreApplication.translate("Bugs", "No log file is being written.")
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: self._closed(box))
        self.box = box
        box.open()

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
        box.deleteLater()


_reporter: BugReporter | None = None


def reporter() -> BugReporter:
    """The application's one reporter (created on the GUI thread with the application)."""
    global _reporter
    if _reporter is None:
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        _reporter = BugReporter(app if on_gui_thread else None)
        if app is not None and not on_gui_thread:
            _reporter.moveToThread(app.thread())
    return _reporter


def report(exc: BaseException, where: str = "") -> None:
    """Log ``exc`` with its traceback and tell the officer in the one dialog."""
    reporter().report(exc, where)


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report(exc, "the window")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "a thread"
    report(args.exc_value, f"thread {name}")


def install() -> None:
    """Route every uncaught exception of the window (and its threads) here."""
    reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
