"""The prepare-letter dialog's text, its rendering on the worker, and what stops finalising."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import QListWidgetItem

from app.domain.errors import DomainError
from app.ui.letters.jobs import Built, Rendered, Spec, build_draft, render_built
from app.ui.letters.names import FIELD_NAMES, tr
from app.ui.letters.prepare_details import DETAIL_GROUPS
from app.ui.messages import describe_error
from app.ui.problems import field_name, problem_text

BUILD_KEY = "preview-build"  # the one reading of the case a preview waits for
RENDER_KEY = "preview-pdf"  # the one rendering of its PDF

ERROR_COLOR = "#9b1c13"

# The fields of the problems that refuse a kind for the request now (the kind's rule, the
# workflow's record a deregistration, an act or a refusal states, the access response's map).
REFUSING_FIELDS = frozenset(
    {
        "kind",
        "subject",
        "language",
        "workflow",
        "decision",
        "effective",
        "systems",
        "outcomes",
        "act",
        "place",
        "members",
        "approver",
        "basis",
        "data_categories",
        "purposes",
        "retention",
        "methods",
        "sources",
        "recipients",
    }
)


class PrepareRendering:
    """Part of :class:`~app.ui.letters.prepare_dialog.PrepareLetterDialog` (its ``self``)."""

    # -- the text -----------------------------------------------------------------------------

    def body(self) -> str:
        return self.ui.bodyEdit.toPlainText()

    def _set_body(self, text: str, edited: bool) -> None:
        self._filling = True
        edit = self.ui.bodyEdit
        if edit.toPlainText() != text:
            scroll = edit.verticalScrollBar().value()
            cursor = edit.textCursor().position()
            edit.setPlainText(text)
            moved = edit.textCursor()
            moved.setPosition(min(cursor, len(text)))
            edit.setTextCursor(moved)
            edit.verticalScrollBar().setValue(scroll)
        self._filling = False
        self._body_edited = edited
        if not edited:
            self.ui.rewriteNote.hide()

    def _body_changed(self) -> None:
        if self._filling or self.locked:
            return
        self._edits += 1
        self._body_edited = True
        self._dirty = True
        self._status(QCoreApplication.translate("PrepareLetterDialog", "Unsaved changes"))
        self._schedule()

    # -- rendering ----------------------------------------------------------------------------

    def spec(self, regenerate: bool = False) -> Spec:
        return Spec(self.kind, self.language, None if regenerate else self.body(), self.options())

    def _schedule(self) -> None:
        self.ui.preview.set_busy(True)
        self._update_actions()
        self.render_timer.start()

    def _regenerate_now(self) -> None:
        self._regenerate = True
        self._render_now()

    def _render_now(self) -> None:
        """Render the letter on the worker; one rendering at a time, the latest wins."""
        self.render_timer.stop()
        if self.setup is None or self.locked:
            return
        if self._rendering:
            self._render_again = True
            return
        regenerate = self._regenerate
        self._regenerate = False
        spec = self.spec(regenerate)
        self._rendering = True
        edits, rid = self._edits, self.request_id
        self.ui.preview.set_busy(True)
        self._update_actions()

        def built(result: Built) -> None:  # the case is read; the PDF is pure work
            self.ops.pure(
                lambda: render_built(result),
                lambda rendered: self._rendered(rendered, spec, edits),
                lambda exc: self._render_failed(exc, spec),
                owner=self,
                key=RENDER_KEY,
            )

        self.ops.query(
            lambda ctx: build_draft(ctx, rid, spec),
            built,
            lambda exc: self._render_failed(exc, spec),
            owner=self,
            key=BUILD_KEY,
        )

    def forget_rendering(self) -> None:
        """A rendering still on its way is not shown (the letter was locked meanwhile)."""
        self.ops.forget(self, BUILD_KEY)
        self.ops.forget(self, RENDER_KEY)

    def _render_finished(self) -> None:
        self._rendering = False
        if self._render_again:
            self._render_again = False
            self._render_now()
        elif not self.render_timer.isActive():
            self.ui.preview.set_busy(False)
        self._update_actions()

    def _rendered(self, result: Rendered, spec: Spec, edits: int) -> None:
        if not self.locked:
            if spec.body is None:
                if edits == self._edits:
                    self._set_body(result.body, edited=False)
                    self.ui.rewriteNote.hide()
                else:  # the officer typed while the template wrote: keep the typing
                    self._render_again = True
            shown = Spec(spec.kind, spec.language, result.body, spec.options)
            if self.ui.preview.set_pdf(result.pdf):
                self._shown_spec = shown
            self._show_problems(result.problems)
            self._show_kind_error("")
            self.ui.generalError.hide()
        self._render_finished()

    def _render_failed(self, exc: Exception, spec: Spec) -> None:
        if not self.locked:
            self._shown_spec = None
            self._show_problems(None)
            field = exc.field if isinstance(exc, DomainError) else ""
            reason = problem_text(exc.first) if isinstance(exc, DomainError) else ""
            if field in REFUSING_FIELDS:
                self._show_kind_error(reason)
                if spec.body is None:  # the template could not write it: no text to keep
                    self._set_body("", edited=False)
                message = QCoreApplication.translate(
                    "PrepareLetterDialog", "This letter cannot be written for {0}: {1}"
                ).format(self.request.reg_number, reason)
                if DETAIL_GROUPS.get(spec.kind) in ("disposalsGroup", "refusalGroup"):
                    self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
            else:
                message = QCoreApplication.translate(
                    "PrepareLetterDialog", "The letter cannot be shown: {0}"
                ).format(describe_error(exc))
            self.ui.preview.show_message(message)
        self._render_finished()

    def preview_current(self) -> bool:
        """The preview shows exactly the text and details in the dialog now."""
        return (
            not self._rendering
            and not self.render_timer.isActive()
            and self._shown_spec is not None
            and self._shown_spec == self.spec()
        )

    # -- problems -----------------------------------------------------------------------------

    def _show_problems(self, problems) -> None:
        ui = self.ui
        listing = ui.problemsList
        listing.clear()
        if problems is None:
            self.problems = ()
            ui.problemsTitle.clear()
            listing.hide()
            return
        self.problems = tuple(problems)
        if not problems:
            ui.problemsTitle.setText(
                QCoreApplication.translate("PrepareLetterDialog", "✓ Ready to finalise")
            )
            ui.problemsTitle.setStyleSheet("font-weight: 600; color: #2e6b30;")
            listing.hide()
            return
        ui.problemsTitle.setText(
            QCoreApplication.translate("PrepareLetterDialog", "Before it can be finalised:")
        )
        ui.problemsTitle.setStyleSheet(f"font-weight: 600; color: {ERROR_COLOR};")
        for problem in problems:
            field = problem.field
            name = tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field_name(field)
            item = QListWidgetItem(f"• {name}: {problem_text(problem)}")
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setForeground(QBrush(QColor(ERROR_COLOR)))
            listing.addItem(item)
        listing.show()

    def _problem_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) == "body":
            self.go_to_blank()

    def go_to_blank(self) -> bool:
        """Select the first [[blank]] in the text; False when there is none."""
        edit = self.ui.bodyEdit
        match = re.search(r"\[\[.*?\]\]", edit.toPlainText())
        if not match:
            return False
        self.ui.tabs.setCurrentWidget(self.ui.textTab)
        cursor = edit.textCursor()
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()
        return True
