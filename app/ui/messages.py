"""Telling the user what went wrong, in one place.

Expected failures (``app.services.errors``: a broken rule, the database, a file) are worded by
their codes in the interface language; anything else is a bug, handed to ``app/ui/bugs.py`` (logged
with its traceback, one dialog saying where the log is).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import DomainError, is_expected
from app.ui import bugs
from app.ui.problems import error_text, problem_text


def describe_error(exc: BaseException) -> str:
    """One message for ``exc``; a bug is also reported (logged, and told in the bug dialog)."""
    if isinstance(exc, DomainError):
        return error_text(exc)
    if is_expected(exc):
        return problem_text(exc.problem)
    bugs.report(exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong inside Derbes; nothing was saved.\n\n{error}"
    ).format(error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A message box for an expected failure; a bug goes to the one bug dialog instead."""
    if not is_expected(exc):
        bugs.report(exc)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Derbes"))
    box.setText(describe_error(exc))
    box.setObjectName("errorBox")
    if parent is None:  # nothing else keeps a parentless box alive until it is closed
        _parentless.add(box)
        box.finished.connect(lambda _result: _parentless.discard(box))
    box.open()


_parentless: set[QMessageBox] = set()
