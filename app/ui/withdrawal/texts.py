"""The Withdrawal tab's shared pieces: the wording of the workflow's values (context
"Withdrawal"), and a step page's frame with who recorded it and when, and its problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget

from app.domain.data_map import Pair
from app.domain.errors import Problem
from app.domain.withdrawal import Ground, Outcome, Step
from app.services.withdrawal_view import StepMark
from app.ui.problems import field_name, problem_text

CONTEXT = "Withdrawal"
MUTED = "#6b6b6b"
ERROR = "#9b1c13"
WARN = "#8a4b00"
GOOD = "#1e5b22"
NO_DATE = dt.date(2000, 1, 1)  # a date edit at this day shows "—": no date chosen

STEPS = (
    Step.CHECKS,
    Step.DECISION,
    Step.EFFECTIVE,
    Step.SYSTEMS,
    Step.OUTCOMES,
    Step.ACT,
    Step.ANSWER,
)
STEP_TITLES = {
    Step.CHECKS: QT_TRANSLATE_NOOP("Withdrawal", "Checks: signature and identity"),
    Step.DECISION: QT_TRANSLATE_NOOP("Withdrawal", "Decision"),
    Step.EFFECTIVE: QT_TRANSLATE_NOOP("Withdrawal", "The day processing stopped"),
    Step.SYSTEMS: QT_TRANSLATE_NOOP("Withdrawal", "Systems cleaned"),
    Step.OUTCOMES: QT_TRANSLATE_NOOP("Withdrawal", "What happened to each category of data"),
    Step.ACT: QT_TRANSLATE_NOOP("Withdrawal", "Destruction act"),
    Step.ANSWER: QT_TRANSLATE_NOOP("Withdrawal", "Answer to the subject"),
    Step.DONE: QT_TRANSLATE_NOOP("Withdrawal", "Done"),
}
OUTCOMES = {
    Outcome.DESTROYED.value: QT_TRANSLATE_NOOP("Withdrawal", "Destroyed"),
    Outcome.ANONYMISED.value: QT_TRANSLATE_NOOP("Withdrawal", "Anonymised"),
    Outcome.RETAINED.value: QT_TRANSLATE_NOOP("Withdrawal", "Blocked and retained"),
}
GROUNDS = {
    Ground.LAW.value: QT_TRANSLATE_NOOP(
        "Withdrawal", "Art. 8(2): the withdrawal contradicts the laws of Kazakhstan"
    ),
    Ground.OBLIGATION.value: QT_TRANSLATE_NOOP(
        "Withdrawal", "Art. 8(2): an obligation is still unfulfilled (e.g. an open debt)"
    ),
}


# Literal strings are written ``translate("Withdrawal", "…")`` (lupdate sees them);
# ``tr`` translates a value marked with QT_TRANSLATE_NOOP above.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_title(step: Step) -> str:
    return tr(STEP_TITLES[step])


def both(pair: Pair) -> str:
    """A kk/ru pair for the officer, who reads both: "kk / ru" (one half when they agree)."""
    halves = [h for h in (pair.kk.strip(), pair.ru.strip()) if h]
    if len(halves) == 2 and halves[0] == halves[1]:
        halves = halves[:1]
    return " / ".join(halves) or "—"


def escape_mnemonic(text: str) -> str:
    return text.replace("&", "&&")


def local(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def short(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def mark_text(mark: StepMark | None) -> str:
    if mark is None:
        return translate("Withdrawal", "Not recorded yet.")
    return translate("Withdrawal", "Recorded by {0} on {1}.").format(
        mark.actor or "—", local(mark.at)
    )


def choice_combo(name: str, entries: Iterable[tuple[str, str]]) -> QComboBox:
    """A combo whose first entry is empty: nothing is chosen until the officer chooses."""
    combo = QComboBox(objectName=name)
    combo.addItem("—", "")
    for value, text in entries:
        combo.addItem(text, value)
    return combo


def select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def date_edit(name: str, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    if optional:
        edit.setMinimumDate(QDate(NO_DATE.year, NO_DATE.month, NO_DATE.day))
        edit.setSpecialValueText("—")
    return edit


def set_day(edit: QDateEdit, day: dt.date | None) -> None:
    day = day or NO_DATE
    edit.setDate(QDate(day.year, day.month, day.day))


def day_of(edit: QDateEdit) -> dt.date | None:
    day = edit.date().toPython()
    return None if day <= NO_DATE else day


class StepPage(QWidget):
    """One step's page: its fields (added by the subclass to ``body``), who recorded it and
    when, and what stops it (the domain's problems, worded)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.mark_label = QLabel(objectName="markLabel")
        self.mark_label.setStyleSheet(f"color: {MUTED};")
        self.mark_label.setWordWrap(True)
        self.state_label = QLabel(objectName="stateLabel")  # why the page is read-only
        self.state_label.setStyleSheet(f"color: {WARN};")
        self.state_label.setWordWrap(True)
        self.state_label.hide()
        self.error_label = QLabel(objectName="errorLabel")
        self.error_label.setStyleSheet(f"color: {ERROR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.body.addWidget(self.mark_label)
        self.body.addWidget(self.state_label)
        self._shown = None  # what the fields were last filled from

    def finish(self) -> None:
        """After the subclass's fields: the problems under them, the rest of the page empty."""
        self.body.addWidget(self.error_label)
        self.body.addStretch(1)

    def fresh(self, key) -> bool:
        """Whether the record changed since the fields were filled (then refill them: an edit
        in progress is not overwritten by a reload that changed nothing here)."""
        if key == self._shown:
            return False
        self._shown = key
        return True

    def show_problems(self, problems: Iterable[Problem]) -> None:
        lines = []
        for p in problems:
            text = problem_text(p)
            name = field_name(p.field) if p.field else ""
            lines.append(f"{name}: {text}" if name and name != p.field else text)
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def lock(self, problems: tuple[Problem, ...], widgets: Iterable[QWidget]) -> bool:
        """Read-only while the step may not be recorded (the reason shown); True when open."""
        open_ = not problems
        for widget in widgets:
            widget.setEnabled(open_)
        self.state_label.setText("\n".join(problem_text(p) for p in problems))
        self.state_label.setVisible(not open_)
        return open_
