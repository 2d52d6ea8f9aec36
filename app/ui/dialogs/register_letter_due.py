"""The "Register a letter" dialog's due date: counted live as the type and received date change,
and the panel explaining how it was counted."""

from __future__ import annotations

import datetime as dt
import html
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import Deadline, Urgency
from app.domain.errors import DomainError
from app.services import intake
from app.ui import labels
from app.ui.messages import describe_error
from app.ui.problems import problem_text
from app.ui.widgets.scan_list import plural


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExplanationPanel(QFrame):
    """ "How was this counted?": a panel laid over the dialog below its button, so the long
    explanation never squeezes the form. Escape, the close button, a click elsewhere or moving
    the focus away closes it (a child widget, not a popup window: nothing to grab)."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.setObjectName("explanationPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#explanationPopup { background: palette(base); border: 1px solid #b9b9b9;"
            " border-radius: 6px; }"
        )
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 10)
        head = QHBoxLayout()
        title = QLabel(self.tr("How the due date was counted"))
        title.setStyleSheet("font-weight: 600;")
        close = QToolButton(objectName="closeExplanationButton")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_panel)
        head.addWidget(title, 1)
        head.addWidget(close)
        layout.addLayout(head)
        self.view = QTextBrowser(objectName="explanationView")
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.view)
        self.resize(600, 380)
        self.hide()
        self._anchor: QWidget | None = None

    def show_below(self, anchor: QWidget, keep: QWidget | None = None) -> None:
        """Show under ``anchor``, inside the dialog; when there is no room below, above
        ``keep`` (the due date itself stays in sight) or else above the anchor."""
        self._anchor = anchor
        parent = self.parentWidget()
        width = min(600, parent.width() - 24)
        height = min(380, parent.height() - 24)
        below = anchor.mapTo(parent, QPoint(0, anchor.height() + 2))
        x = max(12, min(below.x(), parent.width() - width - 12))
        y = below.y()
        if y + height > parent.height() - 12:
            top = (keep or anchor).mapTo(parent, QPoint(0, 0)).y() - 4
            height = max(160, min(height, top - 12))
            y = max(12, top - height)
        self.resize(width, height)
        self.move(x, y)
        self.raise_()
        if not self.isVisible():
            app = QApplication.instance()
            app.installEventFilter(self)
            app.focusChanged.connect(self._focus_changed)
            self.show()
        self.view.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_panel(self) -> None:
        if not self.isVisible():
            return
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.focusChanged.disconnect(self._focus_changed)
        self.hide()
        if self._anchor is not None and self._anchor.isVisible():
            self._anchor.setFocus(Qt.FocusReason.PopupFocusReason)

    def _focus_changed(self, _old, new) -> None:
        if new is not None and not self.isAncestorOf(new) and new is not self._anchor:
            self.close_panel()

    def eventFilter(self, watched, event) -> bool:
        # Installed on the application while the panel is shown.
        if not isinstance(watched, QWidget):
            return False
        inside = watched is self or self.isAncestorOf(watched)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and inside:
            self.close_panel()
            return True
        if kind == QEvent.Type.MouseButtonPress and not inside and watched is not self._anchor:
            self.close_panel()
        return False


class DueCounts(QObject):
    """The due-date part's counted phrases. lupdate finds plural forms only in ``self.tr``, and
    the part below is a mixin, whose ``self.tr`` would look in the dialog's context."""

    def from_today(self, n: int) -> str:
        return plural(self.tr("%n working day(s) from today", "", n), n)

    def after_receipt(self, n: int) -> str:
        return plural(self.tr("%n working day(s) after the receipt", "", n), n)

    def term(self, n: int) -> str:
        return plural(self.tr("%n working day(s)", "", n), n)

    def not_counted(self, n: int) -> str:
        return plural(self.tr("Not counted: %n non-working day(s)", "", n), n)


@cache
def _counts() -> DueCounts:
    return DueCounts()


class DueDatePart:
    """The due-date half of :class:`~app.ui.dialogs.register_letter.RegisterLetterDialog`."""

    # -- the due date -------------------------------------------------------------------------

    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def _run_preview(self) -> None:
        rtype = self.ui.typeCombo.currentData()
        received = pydate(self.ui.receivedEdit.date())
        if received > self.today:
            self.ops.forget(self, "due-preview")  # a preview still on its way is not shown
            self._show_deadline(
                None,
                QCoreApplication.translate(
                    "DueDatePart", "Correct the received date to see the due date."
                ),
            )
            return
        language = self._calendar_language
        self.ops.query(  # a newer preview replaces one still on its way
            lambda ctx: intake.preview_deadline(ctx, rtype, received, language),
            on_done=self._show_deadline,
            on_error=lambda exc: self._show_deadline(None, self._describe(exc)),
            owner=self,
            key="due-preview",
        )

    def _describe(self, exc: Exception) -> str:
        if isinstance(exc, DomainError) and exc.field in self._field_names:
            return QCoreApplication.translate("DueDatePart", "{0}: {1}").format(
                self._field_names[exc.field], problem_text(exc.first)
            )
        return describe_error(exc)

    def _date_text(self, day: dt.date, pattern: str = "dd.MM.yyyy") -> str:
        return QLocale().toString(qdate(day), pattern)

    def _show_deadline(self, deadline: Deadline | None, why: str = "") -> bool:
        ui = self.ui
        self.deadline = deadline
        if deadline is None or deadline.due is None:
            ui.dueLabel.setText("—")
            ui.dueLabel.setStyleSheet("font-size: 15pt; font-weight: 600; color: #666;")
            ui.termLabel.setText(why)
            ui.explainButton.setEnabled(False)
            self.explanation_view.setHtml("")
            self.explanation_popup.hide()
            return True
        left = sum(1 for day in deadline.counted if day > self.today)
        if deadline.due < self.today:
            urgency, when = (
                Urgency.OVERDUE,
                QCoreApplication.translate("DueDatePart", "overdue already"),
            )
        elif deadline.due == self.today:
            urgency, when = Urgency.TODAY, QCoreApplication.translate("DueDatePart", "due today")
        else:
            urgency = (
                Urgency.WITHIN_3
                if left <= 3
                else Urgency.WITHIN_10
                if left <= 10
                else Urgency.LATER
            )
            when = _counts().from_today(left)
        colour = labels.URGENCY_COLORS[urgency][1].name()
        ui.dueLabel.setText(
            QCoreApplication.translate("DueDatePart", "{0}  ·  {1}").format(
                self._date_text(deadline.due, "dddd, dd.MM.yyyy"), when
            )
        )
        ui.dueLabel.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {colour};")
        term = _counts().after_receipt(deadline.days)
        if deadline.basis:
            term += " — " + labels.basis_label(deadline.basis)
        ui.termLabel.setText(term)
        ui.explainButton.setEnabled(True)
        self.explanation_view.setHtml(self.explanation_html(deadline))
        return True

    def explanation_html(self, d: Deadline) -> str:
        """How the due date was counted: the receipt day, day 1, the term and its basis, the
        due date, then every day not counted and why (holiday names, weekends, overrides)."""
        e = html.escape
        long = "ddd, dd.MM.yyyy"
        rows = [
            (
                QCoreApplication.translate("DueDatePart", "Received (day 0)"),
                self._date_text(d.received, long),
            )
        ]
        if d.day_one:
            rows.append(
                (
                    QCoreApplication.translate("DueDatePart", "Day 1"),
                    self._date_text(d.day_one, long),
                )
            )
        term = _counts().term(d.days)
        rows.append(
            (
                QCoreApplication.translate("DueDatePart", "Term"),
                term + (f" — {labels.basis_label(d.basis)}" if d.basis else ""),
            )
        )
        if d.due:
            rows.append(
                (
                    QCoreApplication.translate("DueDatePart", "Due"),
                    QCoreApplication.translate("DueDatePart", "{0}: working day {1}").format(
                        self._date_text(d.due, long), d.total_days
                    ),
                )
            )
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [
            f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows
        ]
        parts.append("</table>")
        if d.skipped:
            n = len(d.skipped)
            heading = _counts().not_counted(n)
            parts.append(
                f"<p style='margin-top:8px'><b>{e(heading)}</b></p>"
                "<table cellspacing='0' cellpadding='1'>"
            )
            parts += [
                f"<tr><td>{e(self._date_text(skipped.day, long))}&nbsp;&nbsp;&nbsp;</td>"
                f"<td>{e(skipped.reason)}</td></tr>"
                for skipped in d.skipped
            ]
            parts.append("</table>")
        else:
            parts.append(
                "<p style='margin-top:8px'>"
                + e(
                    QCoreApplication.translate(
                        "DueDatePart", "No non-working day falls within the term."
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    def show_explanation(self) -> None:
        if self.deadline is not None:
            self.explanation_popup.show_below(self.ui.explainButton, keep=self.ui.dueGroup)
