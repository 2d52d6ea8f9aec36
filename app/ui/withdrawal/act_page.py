"""The documents of a withdrawal: the destruction act's details (where it was drawn up, the
members who carried out the destruction and sign it, who approves it) with "Prepare the
destruction act…", then the answer: the confirmation (or the refusal) prepared in the letters'
dialog, and what sending it will change."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.errors import problem
from app.services.withdrawal import set_act
from app.services.withdrawal_view import WorkflowView
from app.ui import labels
from app.ui.withdrawal.texts import (
    GOOD,
    MUTED,
    StepPage,
    date_edit,
    day_of,
    local,
    mark_text,
    set_day,
    short,
    translate,
)

MEMBER_COLUMNS = 3  # name, position kk, position ru


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class ActPage(StepPage):
    submitted = Signal(object)
    prepare = Signal(str)  # a letter kind to prepare in the letters' dialog

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actPage")
        self.view: WorkflowView | None = None
        form = QFormLayout()
        self.place_kk = QLineEdit(objectName="actPlaceKk")
        self.place_kk.setPlaceholderText("Алматы қ.")
        self.place_ru = QLineEdit(objectName="actPlaceRu")
        self.place_ru.setPlaceholderText("г. Алматы")
        _row(form, translate("Withdrawal", "Drawn up &in (kk):"), self.place_kk)
        _row(form, translate("Withdrawal", "Drawn up i&n (ru):"), self.place_ru)
        self.body.addLayout(form)

        self.members = QTableWidget(0, MEMBER_COLUMNS, objectName="actMembersTable")
        self.members.setHorizontalHeaderLabels(
            [
                translate("Withdrawal", "Member's name"),
                translate("Withdrawal", "Position (kk)"),
                translate("Withdrawal", "Position (ru)"),
            ]
        )
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members.verticalHeader().hide()
        self.members.setTabKeyNavigation(False)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setMinimumHeight(110)
        members_label = QLabel(
            translate("Withdrawal", "&Members who carried out the destruction and sign the act:")
        )
        members_label.setBuddy(self.members)
        self.body.addWidget(members_label)
        self.body.addWidget(self.members)
        buttons = QHBoxLayout()
        self.add_member = QPushButton(
            translate("Withdrawal", "Add a mem&ber"), objectName="addMemberButton"
        )
        self.remove_member = QPushButton(
            translate("Withdrawal", "Remov&e the member"), objectName="removeMemberButton"
        )
        for button in (self.add_member, self.remove_member):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        form = QFormLayout()
        self.approver = QLineEdit(objectName="approverEdit")
        self.approver_kk = QLineEdit(objectName="approverPositionKk")
        self.approver_ru = QLineEdit(objectName="approverPositionRu")
        self.approved_on = date_edit("approvedOnEdit", optional=True)
        _row(form, translate("Withdrawal", "Approved b&y:"), self.approver)
        _row(form, translate("Withdrawal", "Approver's position (&kk):"), self.approver_kk)
        _row(form, translate("Withdrawal", "Approver's position (r&u):"), self.approver_ru)
        _row(form, translate("Withdrawal", "Appro&val date:"), self.approved_on)
        self.body.addLayout(form)

        self.final_label = QLabel(objectName="actFinalLabel")
        self.final_label.setWordWrap(True)
        self.body.addWidget(self.final_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(
            translate("Withdrawal", "Record the act's de&tails"), objectName="actSaveButton"
        )
        self.prepare_button = QPushButton(
            translate("Withdrawal", "Prepare the &destruction act…"), objectName="prepareActButton"
        )
        for button in (self.save_button, self.prepare_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.finish()
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        self.save_button.clicked.connect(self.save)
        self.prepare_button.clicked.connect(lambda: self.prepare.emit(rules.DESTRUCTION_ACT))

    @property
    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.place_kk,
            self.place_ru,
            self.members,
            self.add_member,
            self.remove_member,
            self.approver,
            self.approver_kk,
            self.approver_ru,
            self.approved_on,
            self.save_button,
        )

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        f = view.facts
        self.mark_label.setText(mark_text(view.mark(rules.Step.ACT)))
        facts = f if view.started else None
        stage = rules.stage_problems(facts, rules.Step.ACT) if facts else ()
        if facts is None or not f.accepted:
            stage = stage or (problem("decision", "accept_first"),)
        self.lock(stage, self.fields)
        act = f.act
        if self.fresh((view.request_id, act)):
            self.place_kk.setText(act.place.kk)
            self.place_ru.setText(act.place.ru)
            self.members.setRowCount(0)
            for m in act.members:
                self._add_member(m.name, m.position.kk, m.position.ru)
            approver = act.approver or rules.Member("")
            self.approver.setText(approver.name)
            self.approver_kk.setText(approver.position.kk)
            self.approver_ru.setText(approver.position.ru)
            set_day(self.approved_on, act.approved_on or view.today)
            self.error_label.hide()
        final = view.letter(rules.DESTRUCTION_ACT)
        if final is not None:
            self.final_label.setText(
                translate("Withdrawal", "Act № {0} of {1} is finalised.").format(
                    final.out_number, short(final.out_date)
                )
            )
            self.final_label.setStyleSheet(f"color: {GOOD};")
        else:
            missing = rules.letter_problems(rules.DESTRUCTION_ACT, facts)
            self.final_label.setText(
                translate(
                    "Withdrawal",
                    "The act can be prepared once every system is cleaned and every category has "
                    "its outcome.",
                )
                if missing
                else translate(
                    "Withdrawal",
                    "Everything the act states is recorded: prepare it and finalise it.",
                )
            )
            self.final_label.setStyleSheet(f"color: {MUTED};")
        self.prepare_button.setEnabled(bool(facts and f.accepted))

    def _add_member(self, name: str = "", kk: str = "", ru: str = "") -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        for column, text in enumerate((name, kk, ru)):
            self.members.setItem(
                row, column, QTableWidgetItem(text if isinstance(text, str) else "")
            )
        if not name:
            self.members.setCurrentCell(row, 0)
            self.members.setFocus()

    def _remove_member(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def act(self) -> rules.ActFacts:
        def text(row: int, column: int) -> str:
            item = self.members.item(row, column)
            return item.text().strip() if item else ""

        members = tuple(
            rules.Member(text(r, 0), Pair(text(r, 1), text(r, 2)))
            for r in range(self.members.rowCount())
            if text(r, 0)
        )
        name = self.approver.text().strip()
        approver = (
            rules.Member(
                name, Pair(self.approver_kk.text().strip(), self.approver_ru.text().strip())
            )
            if name
            else None
        )
        return rules.ActFacts(
            Pair(self.place_kk.text().strip(), self.place_ru.text().strip()),
            members,
            approver,
            day_of(self.approved_on),
        )

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        act = self.act()
        problems = rules.act_problems(act)
        if problems:
            self.show_problems(problems)
            return
        self.submitted.emit(
            functools.partial(set_act, request_id=view.request_id, act=act, seen=view.version)
        )


class AnswerPage(StepPage):
    """The confirmation or the refusal, and what sending it changes."""

    submitted = Signal(object)
    prepare = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("answerPage")
        self.view: WorkflowView | None = None
        self.kind = rules.DEREGISTRATION
        self.explain = QLabel(objectName="answerExplain")
        self.explain.setWordWrap(True)
        self.body.addWidget(self.explain)
        self.letters_label = QLabel(objectName="answerLetters")
        self.letters_label.setWordWrap(True)
        self.body.addWidget(self.letters_label)
        self.prepare_button = QPushButton(objectName="prepareAnswerButton")
        self.prepare_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.prepare_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.finish()
        self.prepare_button.clicked.connect(lambda: self.prepare.emit(self.kind))

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        f = view.facts
        refused = f.refused
        self.kind = rules.REFUSAL if refused else rules.DEREGISTRATION
        self.prepare_button.setText(
            translate("Withdrawal", "Prepare the re&fusal letter…")
            if refused
            else translate("Withdrawal", "Prepare the con&firmation…")
        )
        self.prepare_button.setEnabled(bool(f.decision))
        mark = view.mark(rules.Step.DONE.value)
        self.mark_label.setText(mark_text(mark) if mark else "")
        status = labels.label(labels.SUBJECT_STATUSES, view.expected_status)
        named = sum(1 for c in view.consents if c.named and c.withdrawn_at is None)
        if view.completed_at is not None:
            text = translate(
                "Withdrawal", "Completed on {0} by {1}: the subject is now “{2}”."
            ).format(
                local(view.completed_at),
                view.completed_by or "—",
                labels.label(labels.SUBJECT_STATUSES, view.result_status),
            )
        elif refused:
            text = translate(
                "Withdrawal",
                "The refusal states the ground of art. 8(2) and its detail as recorded. The "
                "subject stays active and the consents stay in force.",
            )
        elif f.accepted:
            text = translate(
                "Withdrawal",
                "The confirmation states what was recorded, after the finalised act. When it is "
                "finalised and the request is marked sent, the subject becomes “{0}” and {1} "
                "consent(s) are closed on {2}.",
            ).format(status, named, short(f.effective))
        else:
            text = translate("Withdrawal", "Record the decision first.")
        self.explain.setText(text)
        lines = [
            translate("Withdrawal", "{0} № {1} of {2}").format(
                _kind_name(x.kind), x.out_number, short(x.out_date)
            )
            + (
                " · " + translate("Withdrawal", "sent {0}").format(short(x.sent_on))
                if x.sent_on
                else ""
            )
            for x in view.letters
        ]
        self.letters_label.setText("\n".join(lines))
        self.letters_label.setVisible(bool(lines))
        if not refused and f.accepted and not view.completed_at:
            self.show_problems(rules.letter_problems(rules.DEREGISTRATION, f))
        else:
            self.show_problems(())


def _kind_name(kind: str) -> str:
    from app.ui.letters.names import kind_name

    return kind_name(kind)
