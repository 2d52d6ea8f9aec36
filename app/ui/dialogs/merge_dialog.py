"""Merge two records of one person, from the Subjects screen: the record shown is kept, the other
is found by IIN or name among the same operator's subjects.

Choosing the other shows what moves (requests, consents, letters), what the kept record takes
from it, and why the two may not be merged (:func:`app.domain.withdrawal.merge_problems`: a
record merged already, two IINs, an anonymised record). **Merge** merges them in one change; a
record changed meanwhile is refused with who changed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.identifiers import mask_iin
from app.services import merge, subjects
from app.services.versions import Conflict
from app.ui import labels
from app.ui.conflict import show_conflict
from app.ui.messages import describe_error
from app.ui.operations import Operations
from app.ui.problems import problem_text

HINT_STYLE = "color: #666;"
ERROR_STYLE = "color: #8c1d18;"
SEARCH_DELAY_MS = 250


class MergeDialog(QDialog):
    merged = Signal(int)  # the id of the record kept

    def __init__(self, ops: Operations, keep_id: int, operator_id: int, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.setMinimumWidth(560)
        self.ops = ops
        self.keep_id = keep_id
        self.operator_id = operator_id
        self.keep: merge.MergeSideView | None = None
        self.preview: merge.MergePreview | None = None
        self._found: list[subjects.SubjectLine] = []
        self._busy = False

        layout = QVBoxLayout(self)
        self.keep_label = QLabel(objectName="mergeKeep")
        self.keep_label.setWordWrap(True)
        layout.addWidget(self.keep_label)
        hint = QLabel(
            self.tr(
                "The other record's letters, consents and requests move to this one, and what "
                "this one lacks (an IIN, contacts…) is taken from it. The other record then "
                "only points here and cannot be merged again."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        find = QLabel(self.tr("&Find the other record (IIN or name):"))
        self.search_edit = QLineEdit(objectName="mergeSearch")
        self.search_edit.setClearButtonEnabled(True)
        find.setBuddy(self.search_edit)
        layout.addWidget(find)
        layout.addWidget(self.search_edit)
        self.results = QListWidget(objectName="mergeResults")
        layout.addWidget(self.results, 1)
        self.found_label = QLabel(objectName="mergeFound")
        self.found_label.setWordWrap(True)
        self.found_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.found_label)
        self.moves_label = QLabel(objectName="mergeMoves")
        self.moves_label.setWordWrap(True)
        layout.addWidget(self.moves_label)
        self.problems_label = QLabel(objectName="mergeProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentRowChanged.connect(self._chosen)
        self.ops.query(lambda ctx: merge.side(ctx, keep_id), self._show_keep, self._failed, self)

    # -- the record kept ----------------------------------------------------------------------

    def _show_keep(self, keep: merge.MergeSideView) -> None:
        self.keep = keep
        self.keep_label.setText(
            self.tr("Record kept: {0}").format(self._describe(keep.full_name, keep.iin_masked))
            + "\n"
            + self._counts(keep)
        )

    def _describe(self, name: str, iin: str) -> str:
        return f"{name} ({iin})" if iin else name

    def _counts(self, side: merge.MergeSideView) -> str:
        return self.tr("requests: {0}, consents: {1}, letters: {2}").format(
            side.requests, side.consents, side.letters
        )

    # -- finding the other --------------------------------------------------------------------

    def search(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.ops.forget(self, "search")
            self._show_found([], text)
            return
        operator_id = self.operator_id
        self.found_label.setText(self.tr("Searching…"))
        self.ops.query(
            lambda ctx: subjects.search(ctx, text, operator_id=operator_id, limit=50),
            lambda found: self._show_found(found, text),
            self._failed,
            owner=self,
            key="search",
        )

    def _show_found(self, found: list[subjects.SubjectLine], text: str) -> None:
        self._found = [s for s in found if s.id != self.keep_id]
        self.results.blockSignals(True)
        self.results.clear()
        typed = "".join(text.split())
        for s in self._found:
            iin = s.iin if s.iin == typed else mask_iin(s.iin)  # masked unless searched for
            status = labels.label(labels.SUBJECT_STATUSES, s.status)
            born = s.birth_date.strftime("%d.%m.%Y") if s.birth_date else ""
            parts = [self._describe(s.full_name, iin), born, status]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if not text:
            self.found_label.setText(self.tr("Type an IIN or a name."))
        elif not self._found:
            self.found_label.setText(
                self.tr("No other record of this operator matches “{0}”.").format(text)
            )
        else:
            self.found_label.setText(self.tr("Choose the record to merge into the one kept."))
        self._clear_preview()
        if len(self._found) == 1:
            self.results.setCurrentRow(0)

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self, _row: int) -> None:
        other_id = self.chosen_id()
        self._clear_preview()
        if other_id is None:
            return
        keep_id = self.keep_id
        self.ops.query(
            lambda ctx: merge.preview(ctx, keep_id, other_id),
            self._show_preview,
            self._failed,
            owner=self,
            key="preview",
        )

    def _clear_preview(self) -> None:
        self.preview = None
        self.moves_label.clear()
        self.problems_label.hide()
        self.merge_button.setEnabled(False)

    def _show_preview(self, preview: merge.MergePreview) -> None:
        if preview.other.id != self.chosen_id():
            return
        self.preview = preview
        text = self.tr("Moves to the record kept: {0}.").format(self._counts(preview.other))
        if preview.fills:
            text += "\n" + self.tr("The record kept takes: {0}.").format(
                ", ".join(self._field(f) for f in preview.fills)
            )
        self.moves_label.setText(text)
        if preview.problems:
            self.problems_label.setText("\n".join(problem_text(p) for p in preview.problems))
            self.problems_label.show()
        self.merge_button.setEnabled(preview.allowed and not self._busy)

    def _field(self, name: str) -> str:
        names = {
            "given_name": self.tr("given name"),
            "patronymic": self.tr("patronymic"),
            "iin": self.tr("IIN"),
            "birth_date": self.tr("birth date"),
            "phone": self.tr("phone"),
            "email": self.tr("e-mail"),
            "address": self.tr("address"),
            "account_id": self.tr("account / login"),
            "client_org": self.tr("client organisation"),
            "client_bin": self.tr("client's BIN"),
        }
        return names.get(name, name)

    # -- merging ------------------------------------------------------------------------------

    def confirm(self) -> None:
        preview = self.preview
        if preview is None or not preview.allowed or self._busy:
            return
        keep, other = preview.keep, preview.other
        self._busy = True
        self.merge_button.setEnabled(False)
        self.ops.mutate(
            lambda ctx: merge.merge(ctx, keep.id, other.id, keep.version, other.version),
            self._done,
            self._merge_failed,
            owner=self,
        )

    def _done(self, result: merge.MergeResult) -> None:
        self._busy = False
        self.merged.emit(result.keep_id)
        self.accept()

    def _merge_failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, Conflict):
            show_conflict(self, exc, self._chosen_again)
            return
        self._failed(exc)

    def _chosen_again(self) -> None:
        self.ops.query(
            lambda ctx: merge.side(ctx, self.keep_id), self._show_keep, self._failed, self
        )
        self._chosen(self.results.currentRow())

    def _failed(self, exc: Exception) -> None:
        self.problems_label.setText(describe_error(exc))
        self.problems_label.show()
