"""Once a day, at start: a notice of what is overdue or due today (non-modal).

The day it was last shown is kept in the preferences, so opening the window again the same day
does not repeat it; nothing overdue or due today shows nothing (and the day is not taken).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.deadlines import Urgency
from app.services import register
from app.ui.navigation import Navigator
from app.ui.operations import Operations
from app.ui.prefs import DASHBOARD_ASSIGNEE, DASHBOARD_OPERATOR, DASHBOARD_REMINDED, Prefs


class Reminder(QObject):
    """Asks for the day's counts and, if anything is overdue or due today, shows the notice
    (:attr:`box`) beside ``parent``."""

    def __init__(self, ops: Operations, prefs: Prefs, navigator: Navigator, parent: QWidget):
        super().__init__(parent)
        self.ops, self.prefs, self.navigator = ops, prefs, navigator
        self.parent_widget = parent
        self.box: QMessageBox | None = None

    def start(self) -> None:
        today = self.ops.ctx.today().isoformat()
        if self.prefs.get(DASHBOARD_REMINDED) == today:
            return
        operator_id = self.prefs.get(DASHBOARD_OPERATOR)
        assignee = self.prefs.get(DASHBOARD_ASSIGNEE)
        self.ops.query(
            lambda ctx: register.dashboard(ctx, operator_id, nearest=0, assignee=assignee),
            self._show,
            owner=self,
        )

    def _show(self, board: register.Dashboard) -> None:
        if not (board.overdue or board.due_today):
            return
        self.prefs.set(DASHBOARD_REMINDED, board.today.isoformat())
        lines = []
        if board.overdue:
            lines.append(self.tr("Overdue requests: {0}").format(board.overdue))
        if board.due_today:
            lines.append(self.tr("Requests due today: {0}").format(board.due_today))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Deadlines today"),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self.parent_widget,
        )
        box.setObjectName("deadlineReminder")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wanted = {}
        if board.overdue:
            button = box.addButton(self.tr("Show the overdue"), QMessageBox.ButtonRole.ActionRole)
            button.setObjectName("reminderOverdue")
            wanted[button] = Urgency.OVERDUE.value
        if board.due_today:
            button = box.addButton(self.tr("Show today's"), QMessageBox.ButtonRole.ActionRole)
            button.setObjectName("reminderToday")
            wanted[button] = Urgency.TODAY.value
        filters = register.tile_filters("overdue", board.operator_id, board.assignee)
        filters.pop("urgency")

        def clicked(button) -> None:
            if button in wanted:
                self.navigator.open_register(urgency=wanted[button], **filters)

        box.buttonClicked.connect(clicked)
        self.box = box
        box.show()


def remind_at_start(window) -> Reminder:
    """Start the reminder for the main window (``ops``, ``prefs`` and ``navigator``)."""
    reminder = Reminder(window.ops, window.prefs, window.navigator, window)
    reminder.start()
    return reminder
