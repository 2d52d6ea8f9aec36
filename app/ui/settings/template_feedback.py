"""Settings › Templates: the preview shown, and what is wrong with the template."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from app.letters.templating import TemplateError
from app.ui import labels
from app.ui.messages import describe_error
from app.ui.problems import problem_text
from app.ui.settings.template_preview import UNKNOWN, PreviewResult, make_preview

ERROR_STYLE = (
    "QLabel { background: #fbe3e1; color: #9b1c13; border: 1px solid #efc3be;"
    " border-radius: 4px; padding: 6px 10px; }"
)
ERROR_LINE = QColor("#fbe3e1")


class TemplateFeedback:
    """Part of :class:`~app.ui.settings.templates_page.TemplatesPage` (its ``self``)."""

    # -- the preview --------------------------------------------------------------------------

    def set_sample(self, number: str) -> None:
        """Preview on the request with this registration number; empty: the latest that suits."""
        number = number.strip()
        if self.sample_edit.text().strip() != number:
            self.sample_edit.setText(number)
        self._number = number
        self._schedule_preview(now=True)

    def _sample_typed(self, text: str) -> None:
        if not text.strip() and self._number:  # cleared (the clear button): back to automatic
            self.set_sample("")

    def _schedule_preview(self, now: bool = False) -> None:
        if now:
            self._timer.stop()
            self.preview_now()
        else:
            self._timer.start()

    def preview_now(self) -> None:
        """Render the editor's text now (on the worker); a render under way runs once more."""
        self._timer.stop()
        if self.current is None or not self.loaded:
            return
        if not self.isVisible():
            self._render_wanted = True
            return
        if self._rendering:
            self._render_again = True
            return
        kind, language = key = self.current
        source, number = self.source(), self._number
        known = self._samples.get(key, UNKNOWN)
        self._rendering = True
        self._render_wanted = False
        self.preview.set_busy(True)
        self.ops.query(
            lambda ctx: make_preview(ctx, kind, language, source, number, known),
            self._previewed,
            on_error=self._preview_failed,
            owner=self,
        )

    def _previewed(self, result: PreviewResult) -> None:
        self._rendering = False
        key = (result.kind, result.language)
        if result.searched and not self._number:
            self._samples[key] = result.sample.request_id
        again, self._render_again = self._render_again, False
        if key == self.current:
            self._show_preview(result)
        if again:  # the text changed while this one was made
            self.preview_now()
        else:
            self.preview.set_busy(False)

    def _show_preview(self, result: PreviewResult) -> None:
        self.last_result = result
        self._show_sample(result)
        if result.pdf is not None:
            same = self._shown_key == (result.kind, result.language)
            self.preview.set_pdf(result.pdf, keep_position=same)
            self.preview_pdf = result.pdf
            self._shown_key = (result.kind, result.language)
            self._show_problem(None)
        elif result.error is not None:
            self._show_problem(result.error)
            if self._shown_key != (result.kind, result.language):
                self.preview.show_message(
                    QCoreApplication.translate(
                        "TemplatesPage",
                        "The template cannot make a letter yet: see the message under it.",
                    )
                )
                self.preview_pdf = b""

    def _preview_failed(self, exc: Exception) -> None:
        self._rendering = False
        self._render_again = False
        self.preview.set_busy(False)
        self._show_problem(
            None,
            QCoreApplication.translate("TemplatesPage", "The preview failed: %1").replace(
                "%1", describe_error(exc)
            ),
        )

    def _show_sample(self, result: PreviewResult) -> None:
        s = result.sample
        if result.problem:
            if s.request_id is None:
                text = QCoreApplication.translate(
                    "TemplatesPage", "No request numbered %1."
                ).replace("%1", s.reg_number)
            else:
                text = QCoreApplication.translate(
                    "TemplatesPage", "Request %1 cannot have this letter: %2"
                ).replace("%1", s.reg_number)
                text = text.replace("%2", problem_text(result.problem))
            self.ui.sampleLabel.setStyleSheet("color: #9b1c13;")
        elif s.request_id is None:
            text = QCoreApplication.translate(
                "TemplatesPage",
                "An invented sample case: no request in the database suits this letter yet.",
            )
            self.ui.sampleLabel.setStyleSheet("color: #666;")
        else:
            text = (
                QCoreApplication.translate("TemplatesPage", "Request %1 of %2: %3, from %4")
                .replace("%1", s.reg_number)
                .replace("%2", s.received.strftime("%d.%m.%Y") if s.received else "")
                .replace("%3", labels.type_label(s.type).lower())
                .replace("%4", s.sender)
            )
            self.ui.sampleLabel.setStyleSheet("color: #666;")
        self.ui.sampleLabel.setText(text)

    # -- what is wrong with the template ------------------------------------------------------

    def describe(self, exc: TemplateError) -> str:
        """The error at its line, in words: "Line 3: unknown placeholder “x” …"."""
        what = problem_text(exc.first)
        if exc.line:
            return (
                QCoreApplication.translate("TemplatesPage", "Line %1: %2")
                .replace("%1", str(exc.line))
                .replace("%2", what)
            )
        return what

    def _show_problem(self, error: TemplateError | None, text: str | None = None) -> None:
        self.error = error
        if error is None and text is None:
            self.problem.hide()
            self.problem.setText("")
            self._mark_line(None)
            return
        body = html.escape(text if text is not None else self.describe(error))
        line = error.line if error is not None else None
        if line:
            go = QCoreApplication.translate("TemplatesPage", "Go to the line")
            body += f" &nbsp;<a href='line:{line}'>{html.escape(go)}</a>"
        if error is not None and text is None:
            body += "<br>" + html.escape(
                QCoreApplication.translate(
                    "TemplatesPage",
                    "The preview shows the last version that worked; this text cannot be saved.",
                )
            )
        self.problem.setText(body)
        self.problem.show()
        self._mark_line(line)

    def _mark_line(self, line: int | None) -> None:
        selections = []
        block = self.editor.document().findBlockByNumber(line - 1) if line else None
        if block is not None and block.isValid():
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(ERROR_LINE)
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(block)
            selections.append(mark)
        self.editor.setExtraSelections(selections)

    def _go_to_link(self, link: str) -> None:
        if link.startswith("line:"):
            self.go_to_line(int(link.partition(":")[2]))

    def go_to_line(self, line: int) -> None:
        block = self.editor.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            self.editor.setTextCursor(QTextCursor(block))
            self.editor.centerCursor()
            self.editor.setFocus()
