"""Letter files: their default names, written whole or not at all, in the folder used last."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.letters.files import file_stem
from app.services import outputs
from app.ui.prefs import LETTERS_FOLDER, Prefs

FOLDER_KEY = LETTERS_FOLDER

__all__ = ["FOLDER_KEY", "ask_save_path", "file_stem", "last_folder", "write_file"]


# --- files ----------------------------------------------------------------------------------


def write_file(path: Path, data: bytes, ctx, *, confirmed: bool = True) -> Path:
    """Write a letter through the one writer: whole or not at all, never over the database.

    ``confirmed``: the save dialog asked before replacing an existing file (a batch picks free
    names and replaces nothing)."""
    return outputs.write_file(
        path, data, force=confirmed, protect=outputs.database_files(ctx), field="file"
    )


def last_folder(prefs: Prefs) -> Path:
    folder = Path(prefs.get(FOLDER_KEY) or Path.home())
    return folder if folder.is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, prefs: Prefs, fmt: str, stem: str, on_chosen, name: str = "saveFileDialog"
) -> QFileDialog:
    """A non-blocking save dialog for a PDF or DOCX, in the folder used last."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Letters", "Save the letter as PDF")
        if fmt == "pdf"
        else QCoreApplication.translate("Letters", "Save the letter as DOCX"),
    )
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(fmt)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("Letters", "PDF documents (*.pdf)")
            if fmt == "pdf"
            else QCoreApplication.translate("Letters", "Word documents (*.docx)")
        ]
    )
    dialog.setDirectory(str(last_folder(prefs)))
    dialog.selectFile(f"{stem}.{fmt}")

    def chosen(path: str) -> None:
        prefs.set(FOLDER_KEY, str(Path(path).parent))
        on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
