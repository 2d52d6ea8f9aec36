"""The template editor: line numbers and a quiet highlighting of the template language."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# -- the editor: line numbers and a quiet highlighting of the template language ----------------


class LineNumbers(QWidget):
    """The line numbers in the left margin of a plain-text editor (Jinja counts lines so)."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.setObjectName("lineNumbers")
        self.editor = editor
        editor.blockCountChanged.connect(self._fit)
        editor.updateRequest.connect(self._scrolled)
        editor.installEventFilter(self)
        self._fit()

    def sizeHint(self) -> QSize:
        digits = len(str(max(1, self.editor.blockCount())))
        return QSize(14 + self.fontMetrics().horizontalAdvance("9") * max(2, digits), 0)

    def _fit(self, *_args) -> None:
        self.editor.setViewportMargins(self.sizeHint().width(), 0, 0, 0)
        self._place()

    def _place(self) -> None:
        rect = self.editor.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), self.sizeHint().width(), rect.height()))

    def _scrolled(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        else:
            self.update(0, rect.y(), self.width(), rect.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.editor and event.type() == event.Type.Resize:
            self._place()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f3f3f5"))
        painter.setPen(QColor("#9a9aa0"))
        painter.setFont(self.editor.font())
        editor = self.editor
        block = editor.firstVisibleBlock()
        top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
        height = editor.fontMetrics().height()
        right = self.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + editor.blockBoundingRect(block).height()
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(
                    0,
                    round(top),
                    right,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(block.blockNumber() + 1),
                )
            block = block.next()
            top = bottom
        painter.end()


class TemplateHighlighter(QSyntaxHighlighter):
    """Placeholders, tags, comments, headings and blanks, told apart by a quiet colour."""

    IN_COMMENT = 1
    _SPANS = (
        (re.compile(r"\{\{.*?\}\}"), "#1f4e87", False),
        (re.compile(r"\{%.*?%\}"), "#7a3e9d", False),
        (re.compile(r"\[\[.*?\]\]"), "#8a4b00", True),
    )

    def __init__(self, document):
        super().__init__(document)
        self.comment = QTextCharFormat()
        self.comment.setForeground(QColor("#7d7d84"))
        self.comment.setFontItalic(True)
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        if text.startswith("#"):
            self.setFormat(0, len(text), self.heading)
        for pattern, colour, tinted in self._SPANS:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            if tinted:
                fmt.setBackground(QColor("#fdebd3"))
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        # {# comments #}, which may run over several lines
        inside = self.previousBlockState() == self.IN_COMMENT
        self.setCurrentBlockState(0)
        start = 0 if inside else text.find("{#")
        skip = 0 if inside else 2
        while start >= 0:
            end = text.find("#}", start + skip)
            if end < 0:
                self.setCurrentBlockState(self.IN_COMMENT)
                self.setFormat(start, len(text) - start, self.comment)
                break
            self.setFormat(start, end + 2 - start, self.comment)
            start, skip = text.find("{#", end + 2), 2
