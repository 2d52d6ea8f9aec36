"""The work an accepted withdrawal asks for: the day processing stopped, the operator's checklist
of systems (done, on which day, by whom, a note) and an outcome for each data category (none
chosen until the officer chooses; a retained one names its legal basis in both languages,
pre-filled from the category's retention rule, and the day it is kept until)."""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain import text_pairs
from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.errors import problem
from app.services import withdrawal
from app.services.withdrawal_view import OutcomeLine, SystemLine, WorkflowView
from app.ui.withdrawal.texts import (
    MUTED,
    OUTCOMES,
    StepPage,
    both,
    choice_combo,
    date_edit,
    day_of,
    escape_mnemonic,
    local,
    mark_text,
    select,
    set_day,
    short,
    tr,
    translate,
)


def _header(grid: QGridLayout, captions) -> None:
    for column, caption in enumerate(captions):
        head = QLabel(caption)
        head.setStyleSheet("font-weight: 600;")
        grid.addWidget(head, 0, column)


def _clear(grid: QGridLayout) -> None:
    while grid.count() > 0:
        widget = grid.takeAt(grid.count() - 1).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class EffectivePage(StepPage):
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("effectivePage")
        self.view: WorkflowView | None = None
        form = QFormLayout()
        self.day_edit = date_edit("effectiveEdit")
        label = QLabel(translate("Withdrawal", "&When processing stopped:"))
        label.setBuddy(self.day_edit)
        form.addRow(label, self.day_edit)
        self.hint = QLabel(objectName="effectiveHint")
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.body.addLayout(form)
        self.save_button = QPushButton(
            translate("Withdrawal", "Recor&d the day"), objectName="effectiveButton"
        )
        self.save_button.setAutoDefault(False)
        self.body.addWidget(self.save_button)
        self.finish()
        self.save_button.clicked.connect(self.save)

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        self.mark_label.setText(mark_text(view.mark(rules.Step.EFFECTIVE)))
        facts = view.facts if view.started else None
        self.lock(
            rules.stage_problems(facts, rules.Step.EFFECTIVE) if facts else _undecided(),
            (self.day_edit, self.save_button),
        )
        self.hint.setText(
            translate(
                "Withdrawal",
                "By default the day the letter was received ({0}); never before it, never in "
                "the future, never after the answer.",
            ).format(short(view.received))
        )
        if self.fresh((view.request_id, view.facts.effective)):
            set_day(self.day_edit, view.facts.effective or view.default_effective)
            self.error_label.hide()

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        self.submitted.emit(
            functools.partial(
                withdrawal.set_effective,
                request_id=view.request_id,
                day=day_of(self.day_edit),
                seen=view.version,
            )
        )


def _undecided():
    return (problem("decision", "accept_first"),)


def _rows_body(page, empty_text: str, button_text: str, button_name: str) -> None:
    """A page of one row per line (the checklist, the outcomes): the rows' grid, what shows when
    the data map lists none, and the button that saves the rows changed."""
    page.view = None
    page.grid = QGridLayout()
    page.body.addLayout(page.grid)
    page.empty = QLabel(empty_text)
    page.empty.setStyleSheet(f"color: {MUTED};")
    page.empty.setWordWrap(True)
    page.body.addWidget(page.empty)
    page.save_button = QPushButton(button_text, objectName=button_name)
    page.save_button.setAutoDefault(False)
    page.body.addWidget(page.save_button)
    page.finish()
    page.save_button.clicked.connect(page.save)


@dataclasses.dataclass
class _SystemRow:
    line: SystemLine
    done: QCheckBox
    day: QDateEdit
    note_kk: QLineEdit  # the act prints the note in its own language (issue 12)
    note_ru: QLineEdit
    by: QLabel

    def note(self) -> Pair:
        return Pair(self.note_kk.text().strip(), self.note_ru.text().strip())


class SystemsPage(StepPage):
    """The checklist: one row a system; "Save the checklist" records the rows changed."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("systemsPage")
        self.rows: list[_SystemRow] = []
        _rows_body(
            self,
            translate(
                "Withdrawal",
                "The operator's data map lists no systems: add them in Settings › Operators.",
            ),
            translate("Withdrawal", "Save the chec&klist"),
            "systemsButton",
        )

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        self.mark_label.setText(mark_text(view.mark(rules.Step.SYSTEMS)))
        if self.fresh((view.request_id, view.systems, view.facts.decision)):
            self._fill(view)
            self.error_label.hide()
        facts = view.facts if view.started else None
        widgets = [self.save_button]
        for row in self.rows:
            widgets += [row.done, row.day, row.note_kk, row.note_ru]
        if self.lock(
            rules.stage_problems(facts, rules.Step.SYSTEMS) if facts else _undecided(), widgets
        ):
            for row in self.rows:
                row.day.setEnabled(row.done.isChecked())

    def _fill(self, view: WorkflowView) -> None:
        _clear(self.grid)
        self.rows = []
        _header(
            self.grid,
            (
                translate("Withdrawal", "System"),
                translate("Withdrawal", "Cleaned on"),
                translate("Withdrawal", "Note in Kazakh"),
                translate("Withdrawal", "Note in Russian"),
                translate("Withdrawal", "By"),
            ),
        )
        today = view.today
        for n, line in enumerate(view.systems, 1):
            name = both(line.name)
            done = QCheckBox(escape_mnemonic(name), objectName=f"systemDone{n}")
            done.setChecked(line.done)
            day = date_edit(f"systemDay{n}", optional=True)
            day.setAccessibleName(translate("Withdrawal", "{0}: cleaned on").format(name))
            set_day(day, line.done_on)
            note_kk = QLineEdit(line.note.kk, objectName=f"systemNoteKk{n}")
            note_kk.setAccessibleName(translate("Withdrawal", "{0}: note in Kazakh").format(name))
            note_ru = QLineEdit(line.note.ru, objectName=f"systemNoteRu{n}")
            note_ru.setAccessibleName(translate("Withdrawal", "{0}: note in Russian").format(name))
            by = QLabel(line.by or "—")
            by.setStyleSheet(f"color: {MUTED};")
            row = _SystemRow(line, done, day, note_kk, note_ru, by)
            done.toggled.connect(functools.partial(self._toggled, row, today))
            for column, widget in enumerate((done, day, note_kk, note_ru, by)):
                self.grid.addWidget(widget, n, column)
            self.rows.append(row)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.empty.setVisible(not view.systems)
        self.save_button.setVisible(bool(view.systems))

    def _toggled(self, row: _SystemRow, today, checked: bool) -> None:
        row.day.setEnabled(checked)
        if checked and day_of(row.day) is None:
            set_day(row.day, today)

    def changed_rows(self) -> list[_SystemRow]:
        found = []
        for row in self.rows:
            line = row.line
            done = row.done.isChecked()
            day = day_of(row.day) if done else None
            if (done, day, row.note()) != (
                line.done,
                line.done_on if line.done else None,
                Pair(line.note.kk.strip(), line.note.ru.strip()),
            ):
                found.append(row)
        return found

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        changes = [
            (row.line.id, row.done.isChecked(), day_of(row.day), row.note())
            for row in self.changed_rows()
        ]
        for row in self.changed_rows():
            note = row.note()
            problems = [
                *rules.system_problems(
                    row.done.isChecked(), day_of(row.day), view.received, view.today
                ),
                *text_pairs.pair_problems(note.kk, note.ru, view.language, text_pairs.NOTE),
            ]
            if problems:
                self.show_problems(problems)
                fields = {"note_kk": row.note_kk, "note_ru": row.note_ru}
                fields.get(problems[0].field, row.day).setFocus()
                return
        if not changes:
            self.show_error(translate("Withdrawal", "Nothing changed in the checklist."))
            return
        self.submitted.emit(
            functools.partial(_save_systems, view.request_id, changes, view.version)
        )


def _save_systems(request_id: int, changes, seen: int, ctx):
    """Every changed line of the checklist, each its own recorded step (the first one checks
    the version the officer saw)."""
    result = None
    for n, (system_id, done, day, note) in enumerate(changes):
        result = withdrawal.set_system(
            ctx,
            request_id,
            system_id,
            done=done,
            done_on=day if done else None,
            note_kk=note.kk,
            note_ru=note.ru,
            seen=seen if n == 0 else None,
        )
    return result


@dataclasses.dataclass
class _OutcomeRow:
    line: OutcomeLine
    outcome: QComboBox
    basis_kk: QLineEdit
    basis_ru: QLineEdit
    until: QDateEdit
    by: QLabel


class OutcomesPage(StepPage):
    """One row a data category: its outcome, chosen (the first entry is empty), and for a
    retained one its basis (kk and ru) and until."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outcomesPage")
        self.rows: list[_OutcomeRow] = []
        _rows_body(
            self,
            translate(
                "Withdrawal",
                "The operator's data map lists no data categories: add them in Settings › Operators.",
            ),
            translate("Withdrawal", "Save the outco&mes"),
            "outcomesButton",
        )

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        self.mark_label.setText(mark_text(view.mark(rules.Step.OUTCOMES)))
        if self.fresh((view.request_id, view.outcomes, view.facts.decision)):
            self._fill(view)
            self.error_label.hide()
        facts = view.facts if view.started else None
        widgets = [self.save_button]
        for row in self.rows:
            widgets += [row.outcome, row.basis_kk, row.basis_ru, row.until]
        if self.lock(
            rules.stage_problems(facts, rules.Step.OUTCOMES) if facts else _undecided(), widgets
        ):
            for row in self.rows:
                self._retained(row)

    def _fill(self, view: WorkflowView) -> None:
        _clear(self.grid)
        self.rows = []
        _header(
            self.grid,
            (
                translate("Withdrawal", "Category"),
                translate("Withdrawal", "Outcome"),
                translate("Withdrawal", "Legal basis (kk)"),
                translate("Withdrawal", "Legal basis (ru)"),
                translate("Withdrawal", "Kept until"),
                translate("Withdrawal", "Recorded"),
            ),
        )
        for n, line in enumerate(view.outcomes, 1):
            name = both(line.category)
            label = QLabel(name)
            label.setWordWrap(True)
            combo = choice_combo(f"outcomeCombo{n}", [(k, tr(v)) for k, v in OUTCOMES.items()])
            combo.setAccessibleName(translate("Withdrawal", "{0}: outcome").format(name))
            select(combo, line.outcome)
            label.setBuddy(combo)
            basis_kk = QLineEdit(line.basis.kk, objectName=f"basisKk{n}")
            basis_kk.setAccessibleName(
                translate("Withdrawal", "{0}: legal basis in Kazakh").format(name)
            )
            basis_ru = QLineEdit(line.basis.ru, objectName=f"basisRu{n}")
            basis_ru.setAccessibleName(
                translate("Withdrawal", "{0}: legal basis in Russian").format(name)
            )
            until = date_edit(f"until{n}", optional=True)
            until.setAccessibleName(translate("Withdrawal", "{0}: kept until").format(name))
            set_day(until, line.until)
            recorded = (
                translate("Withdrawal", "{0}, {1}").format(line.by, local(line.at))
                if line.by
                else "—"
            )
            by = QLabel(recorded)
            by.setStyleSheet(f"color: {MUTED};")
            row = _OutcomeRow(line, combo, basis_kk, basis_ru, until, by)
            if line.suggested_basis.ru or line.suggested_basis.kk:
                tip = translate("Withdrawal", "The category's retention rule: {0}").format(
                    both(line.suggested_basis)
                )
                if line.suggested_until:
                    tip += "\n" + translate("Withdrawal", "Suggested until {0}").format(
                        short(line.suggested_until)
                    )
                for widget in (basis_kk, basis_ru, until):
                    widget.setToolTip(tip)
            combo.currentIndexChanged.connect(functools.partial(self._chosen, row))
            for column, widget in enumerate((label, combo, basis_kk, basis_ru, until, by)):
                self.grid.addWidget(widget, n, column)
            self.rows.append(row)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.empty.setVisible(not view.outcomes)
        self.save_button.setVisible(bool(view.outcomes))

    def _retained(self, row: _OutcomeRow) -> None:
        retained = row.outcome.currentData() == rules.Outcome.RETAINED
        for widget in (row.basis_kk, row.basis_ru, row.until):
            widget.setEnabled(retained and row.outcome.isEnabled())

    def _chosen(self, row: _OutcomeRow, _index: int) -> None:
        """Retained: the basis and until the category's rule suggests, where none is typed."""
        if row.outcome.currentData() == rules.Outcome.RETAINED:
            line = row.line
            if not row.basis_kk.text().strip() and not row.basis_ru.text().strip():
                row.basis_kk.setText(line.suggested_basis.kk)
                row.basis_ru.setText(line.suggested_basis.ru)
            if day_of(row.until) is None and line.suggested_until:
                set_day(row.until, line.suggested_until)
        self._retained(row)

    def changed_rows(self) -> list[_OutcomeRow]:
        found = []
        for row in self.rows:
            line = row.line
            now = (row.outcome.currentData(), *self._kept(row))
            if now != (line.outcome, line.basis, line.until):
                found.append(row)
        return found

    def _kept(self, row: _OutcomeRow) -> tuple[Pair, object]:
        if row.outcome.currentData() != rules.Outcome.RETAINED:
            return Pair(), None
        return Pair(row.basis_kk.text().strip(), row.basis_ru.text().strip()), day_of(row.until)

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        rows = [r for r in self.changed_rows() if r.outcome.currentData()]
        effective = view.facts.effective
        for row in rows:
            basis, until = self._kept(row)
            problems = rules.outcome_problems(
                row.outcome.currentData(), basis, until, effective, view.today
            )
            if problems:
                self.show_problems(problems)
                row.outcome.setFocus()
                return
        if not rows:
            self.show_error(translate("Withdrawal", "Choose an outcome for a category first."))
            return
        changes = [(r.line.id, r.outcome.currentData(), *self._kept(r)) for r in rows]
        self.submitted.emit(
            functools.partial(_save_outcomes, view.request_id, changes, view.version)
        )


def _save_outcomes(request_id: int, changes, seen: int, ctx):
    result = None
    for n, (outcome_id, outcome, basis, until) in enumerate(changes):
        result = withdrawal.set_outcome(
            ctx,
            request_id,
            outcome_id,
            outcome=outcome,
            basis=basis,
            until=until,
            seen=seen if n == 0 else None,
        )
    return result
