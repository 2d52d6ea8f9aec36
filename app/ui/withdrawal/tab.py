"""The case window's Withdrawal tab: a consent withdrawal (or a destruction request) worked step
by step, in order, the next step open; each step says who recorded it and when.

The tab shows :attr:`app.services.case.Case.workflow` (read with the case); each page hands
its change (a function of the context) to :meth:`WithdrawalTab.run`, which sends it through
``ops.mutate``: the case then reloads on the change's topics. A refused change is worded on
the page that asked for it. "Prepare…" opens the letters' prepare dialog with that kind chosen,
as the Letters tab does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QToolBox, QVBoxLayout, QWidget

from app.domain.withdrawal import Step
from app.services.versions import Conflict
from app.services.withdrawal_view import WorkflowView
from app.ui import labels
from app.ui.messages import describe_error
from app.ui.operations import Operations
from app.ui.withdrawal.act_page import ActPage, AnswerPage
from app.ui.withdrawal.checks_page import ChecksPage, DecisionPage
from app.ui.withdrawal.texts import (
    STEPS,
    StepPage,
    step_title,
    translate,
)
from app.ui.withdrawal.work_pages import EffectivePage, OutcomesPage, SystemsPage

AFTER_ACCEPTANCE = (Step.EFFECTIVE, Step.SYSTEMS, Step.OUTCOMES, Step.ACT)


class WithdrawalTab(QWidget):
    """``WithdrawalTab(ops, prepare_letter, parent)``; ``prepare_letter(kind)`` opens the
    prepare-letter dialog for that kind (the case window's Letters tab does it)."""

    def __init__(
        self,
        ops: Operations,
        prepare_letter: Callable[[str], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("withdrawalTab")
        self.ops = ops
        self.prepare_letter = prepare_letter
        self.view: WorkflowView | None = None
        self._next: Step | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(objectName="withdrawalSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.toolbox = QToolBox(objectName="withdrawalSteps")
        layout.addWidget(self.toolbox, 1)
        self.pages: dict[Step, StepPage] = {
            Step.CHECKS: ChecksPage(),
            Step.DECISION: DecisionPage(),
            Step.EFFECTIVE: EffectivePage(),
            Step.SYSTEMS: SystemsPage(),
            Step.OUTCOMES: OutcomesPage(),
            Step.ACT: ActPage(),
            Step.ANSWER: AnswerPage(),
        }
        for step in STEPS:
            page = self.pages[step]
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.toolbox.addItem(scroll, step_title(step))
            page.submitted.connect(lambda fn, p=page: self.run(p, fn))
            if hasattr(page, "prepare"):
                page.prepare.connect(self.prepare)

    def page(self, step: Step) -> StepPage:
        return self.pages[step]

    def open_step(self, step: Step) -> None:
        if step in self.pages:
            self.toolbox.setCurrentIndex(STEPS.index(step))

    def focus_next(self) -> None:
        """Open the step to work next and put the cursor in its first field (Ctrl+Shift+W)."""
        step = self.view.next if self.view is not None else Step.CHECKS
        step = step if step in self.pages else Step.ANSWER
        self.open_step(step)
        page = self.pages[step]
        fields = [
            w
            for w in page.findChildren(QWidget)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        (fields[0] if fields else self.toolbox).setFocus()

    # -- showing ------------------------------------------------------------------------------

    def show_view(self, view: WorkflowView | None) -> None:
        self.view = view
        if view is None:
            return
        for page in self.pages.values():
            page.show_view(view)
        nxt = view.next
        for index, step in enumerate(STEPS):
            self.toolbox.setItemText(
                index, f"{index + 1}. {step_title(step)} — {self._state(view, step)}"
            )
        self.summary.setText(self._summary(view))
        if nxt != self._next:  # open the next step when it moves on, not under the officer
            self._next = nxt
            self.open_step(nxt if nxt is not Step.DONE else Step.ANSWER)

    def _state(self, view: WorkflowView, step: Step) -> str:
        nxt = view.next
        if view.facts.refused and step in AFTER_ACCEPTANCE:
            return translate("Withdrawal", "not needed: refused")
        if nxt is Step.DONE:
            return translate("Withdrawal", "done")
        if step == nxt:
            return translate("Withdrawal", "next")
        order = list(STEPS)
        if order.index(step) < order.index(nxt):
            return translate("Withdrawal", "done")
        return translate("Withdrawal", "to do")

    def _summary(self, view: WorkflowView) -> str:
        if view.completed_at is not None:
            return translate("Withdrawal", "Completed: the subject is “{0}”.").format(
                labels.label(labels.SUBJECT_STATUSES, view.result_status)
            )
        if view.next is Step.DONE:
            return translate(
                "Withdrawal", "The refusal is finalised: mark the request sent when it leaves."
            )
        return translate("Withdrawal", "Next: {0}.").format(step_title(view.next))

    # -- changing -----------------------------------------------------------------------------

    def run(self, page: StepPage, fn) -> None:
        page.show_error("")
        page.setCursor(Qt.CursorShape.BusyCursor)

        def done(view) -> None:
            page.unsetCursor()
            if isinstance(view, WorkflowView):
                self.show_view(view)

        def failed(exc: Exception) -> None:
            page.unsetCursor()
            page.show_error(describe_error(exc))
            if isinstance(exc, Conflict):  # someone else changed the case: show it as it is now
                reload = getattr(self.window(), "reload", None)
                if callable(reload):
                    reload()

        self.ops.mutate(fn, on_done=done, on_error=failed, owner=self)

    def prepare(self, kind: str) -> None:
        self.prepare_letter(kind)
