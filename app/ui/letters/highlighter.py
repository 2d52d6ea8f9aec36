"""The letter markup, coloured in the editor."""

from __future__ import annotations

import re

from PySide6.QtGui import QBrush, QColor, QFont, QSyntaxHighlighter, QTextCharFormat

# --- the markup, coloured ------------------------------------------------------------------


class MarkupHighlighter(QSyntaxHighlighter):
    """Colours the letter markup: headings, list markers, table rows, bold, and blanks."""

    def __init__(self, document):
        super().__init__(document)

        def fmt(color=None, bold=False, italic=False, background=None) -> QTextCharFormat:
            f = QTextCharFormat()
            if color:
                f.setForeground(QColor(color))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if background:
                f.setBackground(QBrush(QColor(background)))
            return f

        self.heading = fmt("#1f4e87", bold=True)
        self.centred = fmt("#333333", italic=True)
        self.marker = fmt("#8a4b00", bold=True)
        self.table = fmt("#4b3b7a")
        self.rule = fmt("#9a9a9a")
        self.bold = fmt(bold=True)
        self.blank = fmt("#7a1d10", background="#ffe58a")

    def highlightBlock(self, text: str) -> None:
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        if stripped.startswith("#"):
            self.setFormat(0, len(text), self.heading)
        elif stripped.startswith(">"):
            self.setFormat(0, len(text), self.centred)
        elif stripped.startswith("|"):
            self.setFormat(0, len(text), self.table)
        elif stripped.strip() == "---":
            self.setFormat(0, len(text), self.rule)
        else:
            marker = re.match(r"(- |\d+[.)] )", stripped)
            if marker:
                self.setFormat(indent, len(marker.group(1)), self.marker)
        for match in re.finditer(r"\*\*(.+?)\*\*", text):
            self.setFormat(match.start(), match.end() - match.start(), self.bold)
        for match in re.finditer(r"\[\[.*?\]\]", text):
            self.setFormat(match.start(), match.end() - match.start(), self.blank)
