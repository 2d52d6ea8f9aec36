"""Telling the user what went wrong, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DomainError
from app.storage.database import StorageError
from app.ui.problems import error_text


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return error_text(exc)
    if isinstance(exc, StorageError):
        return str(exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong inside Derbes; nothing was saved.\n\n{error}"
    ).format(error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Derbes"))
    box.setText(describe_error(exc))
    details = getattr(exc, "derbes_traceback", None)
    if details:
        box.setDetailedText(details)
    box.setObjectName("errorBox")
    box.open()
