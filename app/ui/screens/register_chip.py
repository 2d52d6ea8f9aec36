"""The register's filters that only the dashboard sets (where the letters stand, a due day),
shown as one removable chip beside the count: the officer sees why the list is short and can
drop them without losing the other filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.dashboard import LetterStage

# The filters the chip shows (keys of register_filters.DEFAULT_FILTERS).
CHIP_FILTERS = ("letters", "due_on")


def stage_label(stage: str) -> str:
    texts = {
        LetterStage.TO_PRINT: QCoreApplication.translate("RegisterChip", "Answers to print"),
        LetterStage.TO_POST: QCoreApplication.translate("RegisterChip", "Letters to post"),
        LetterStage.AWAITING_DELIVERY: QCoreApplication.translate(
            "RegisterChip", "Awaiting a delivery notice"
        ),
    }
    return texts[LetterStage(stage)]


class RegisterChip(QWidget):
    cleared = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("registerChip")
        self.setStyleSheet(
            "#registerChip { background: #e6f0fb; border: 1px solid #9bb8dc; border-radius: 10px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(objectName="registerChipLabel")
        self.button = QToolButton(objectName="registerChipClear")
        self.button.setText("✕")
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("Drop this filter"))
        self.button.clicked.connect(self.cleared)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()

    def show_filters(self, filters: dict[str, Any]) -> None:
        parts = []
        if filters.get("letters"):
            parts.append(stage_label(filters["letters"]))
        if filters.get("due_on"):
            parts.append(self.tr("Due on {0}").format(filters["due_on"].strftime("%d.%m.%Y")))
        self.label.setText(" · ".join(parts))
        self.setVisible(bool(parts))
