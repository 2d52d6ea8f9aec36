"""A label that shows a long name elided to its width ("…") with the whole name in its tool tip,
instead of being cut off or stretching its window; re-elided whenever it is resized.

Kazakh and Russian names of people and organisations run long (a full name with a patronymic,
an operator's name with its legal form); a header shows as much as fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

_RELAYOUT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show)


class Elider(QObject):
    """Keeps ``label`` showing ``text`` elided to its width; the full text is its tool tip when
    it does not fit. Set the text through :meth:`set_text` (or :func:`set_elided`)."""

    def __init__(self, label: QLabel, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight):
        super().__init__(label)
        self.label = label
        self.mode = mode
        self.full = label.text()
        label.setWordWrap(False)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # the layout gives the width; the text never widens the window
        label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.setMinimumWidth(0)
        label.installEventFilter(self)
        self._elide()

    def set_text(self, text: str) -> None:
        self.full = text
        self._elide()

    def shown(self) -> str:
        return self.label.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() in _RELAYOUT:
            self._elide()
        return False

    def _elide(self) -> None:
        label = self.label
        width = label.contentsRect().width() - 2 * max(0, label.margin())
        metrics = label.fontMetrics()
        shown = metrics.elidedText(self.full, self.mode, max(0, width)) if width > 0 else self.full
        if label.text() != shown:
            label.setText(shown)
        label.setToolTip(self.full if shown != self.full else "")


def elide(label: QLabel) -> Elider:
    """Make ``label`` elide its text (once; later calls return the same helper)."""
    existing = label.findChild(Elider, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return existing if existing is not None else Elider(label)


def set_elided(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, elided to its width with the full text as its tool tip."""
    elide(label).set_text(text)
