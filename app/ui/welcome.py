"""First start: create the operator profile, or open the demo database."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from app.ui.dialogs.operator_dialog import OperatorDialog
from app.ui.forms.ui_welcome import Ui_WelcomeDialog
from app.ui.operations import Operations
from app.ui.prefs import Prefs


class WelcomeDialog(QDialog):
    profile_created = Signal()
    demo_requested = Signal()
    open_requested = Signal()

    def __init__(self, ops: Operations, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.ui.databaseLabel.setText(self.tr("Database: {0}").format(ops.ctx.db.label))
        self.ui.createButton.clicked.connect(self.create_profile)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self._fit_title()

    def _fit_title(self) -> None:
        """No narrower than the title on one line (it wraps only on a screen narrower still),
        and no shorter than the wrapped texts need at that width: nothing is cut off."""
        title = self.ui.titleLabel
        title.ensurePolished()  # the style sheet's font size is the one measured
        margins = self.layout().contentsMargins()
        width = title.fontMetrics().horizontalAdvance(title.text()) + 2 * title.margin() + 4
        width = max(480, width + margins.left() + margins.right())
        self.setMinimumWidth(width)
        self.setMinimumHeight(self.layout().totalHeightForWidth(width))

    def create_profile(self) -> None:
        dialog = OperatorDialog(self.ops, None, self)
        dialog.saved.connect(lambda _id: self.profile_created.emit())
        dialog.open()
