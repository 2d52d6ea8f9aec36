"""One consent document of an operator profile, typed in before the profile is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from app.domain.errors import Problem
from app.services import profile
from app.services.profile import NewDocument
from app.ui.forms.ui_consent_document_dialog import Ui_ConsentDocumentDialog
from app.ui.problems import problem_text


class ConsentDocumentDialog(QDialog):
    """One consent document (title kk/ru, edition, date in force, text or file), not yet saved:
    the operator dialog keeps it and saves it with the profile."""

    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConsentDocumentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.effectiveDateEdit.setDate(QDate(year, 1, 1))
        ui.titleKkError.hide()
        ui.fileError.hide()
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("&Add"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self.choose_file)
        ui.clearFileButton.clicked.connect(lambda: self.set_file(""))
        ui.titleKkEdit.textEdited.connect(lambda _t: self._show(self._problems()))
        ui.titleKkEdit.setFocus()
        self._file = ""

    def document(self) -> NewDocument:
        ui = self.ui
        day = None
        if ui.effectiveCheck.isChecked():
            day = ui.effectiveDateEdit.date().toPython()
        return NewDocument(
            title_kk=ui.titleKkEdit.text().strip(),
            title_ru=ui.titleRuEdit.text().strip(),
            edition=ui.editionEdit.text().strip(),
            effective_date=day,
            text=ui.textEdit.toPlainText(),
            file_path=self._file,
        )

    def set_file(self, path: str) -> None:
        self._file = path
        self.ui.fileEdit.setText(path)
        self._show(self._problems())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The document's file"),
            "",
            self.tr("Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def _problems(self) -> dict[str, Problem]:
        return profile.check_document(self.document())

    def _show(self, problems: dict[str, Problem]) -> None:
        for name, label in (("title_kk", self.ui.titleKkError), ("file", self.ui.fileError)):
            problem = problems.get(name)
            if problem is None:
                label.hide()
            else:
                label.setText(problem_text(problem))
                label.show()

    def accept(self) -> None:
        problems = self._problems()
        self._show(problems)
        if problems:
            (self.ui.titleKkEdit if "title_kk" in problems else self.ui.browseButton).setFocus()
            return
        super().accept()
