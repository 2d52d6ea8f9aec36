"""The first two steps of a withdrawal: the checks (signed; the letter's name and IIN side by side
with the record's, a difference never accepted silently; copies of identity documents flagged for
destruction) and the decision (accept, or refuse on a ground of art. 8(2), naming the consents
the withdrawal closes)."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import text_pairs
from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.errors import problem
from app.domain.identifiers import mask_iin
from app.services import withdrawal
from app.services.withdrawal_view import WorkflowView
from app.ui.withdrawal.texts import (
    ERROR,
    GOOD,
    GROUNDS,
    MUTED,
    StepPage,
    both,
    choice_combo,
    escape_mnemonic,
    local,
    mark_text,
    select,
    tr,
    translate,
)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ChecksPage(StepPage):
    """Signed or not, and the identity compared."""

    submitted = Signal(object)  # a function of the context: the change to make

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checksPage")
        self.view: WorkflowView | None = None
        form = QFormLayout()
        self.signed_combo = choice_combo(
            "signedCombo",
            [
                ("yes", translate("Withdrawal", "Signed by hand")),
                ("no", translate("Withdrawal", "Not signed")),
            ],
        )
        self.registered_hint = QLabel(objectName="registeredHint")
        self.registered_hint.setStyleSheet(f"color: {MUTED};")
        form.addRow(
            _label(translate("Withdrawal", "Signa&ture:"), self.signed_combo), self.signed_combo
        )
        form.addRow("", self.registered_hint)
        self.body.addLayout(form)

        box = QGroupBox(translate("Withdrawal", "Identity: the letter against the record"))
        grid = QGridLayout(box)
        for column, caption in enumerate(
            (
                "",
                translate("Withdrawal", "On the letter"),
                translate("Withdrawal", "In the record"),
                "",
            )
        ):
            head = QLabel(caption)
            head.setStyleSheet("font-weight: 600;")
            grid.addWidget(head, 0, column)
        self.letter_name = QLabel(objectName="letterNameValue")
        self.record_name = QLabel(objectName="recordNameValue")
        self.name_state = QLabel(objectName="nameState")
        self.letter_iin = QLineEdit(objectName="letterIinEdit")
        self.letter_iin.setPlaceholderText(translate("Withdrawal", "as written on the letter"))
        self.letter_iin.setMaxLength(14)
        self.record_iin = QLabel(objectName="recordIinValue")
        self.iin_state = QLabel(objectName="iinState")
        grid.addWidget(QLabel(translate("Withdrawal", "Name")), 1, 0)
        grid.addWidget(self.letter_name, 1, 1)
        grid.addWidget(self.record_name, 1, 2)
        grid.addWidget(self.name_state, 1, 3)
        grid.addWidget(_label(translate("Withdrawal", "II&N"), self.letter_iin), 2, 0)
        grid.addWidget(self.letter_iin, 2, 1)
        grid.addWidget(self.record_iin, 2, 2)
        grid.addWidget(self.iin_state, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.body.addWidget(box)

        form = QFormLayout()
        self.identity_combo = choice_combo(
            "identityCombo",
            [
                (
                    rules.Identity.MATCH.value,
                    translate("Withdrawal", "The same person as the record"),
                ),
                (
                    rules.Identity.MISMATCH.value,
                    translate("Withdrawal", "Does not match the record"),
                ),
            ],
        )
        self.note_edit = QLineEdit(objectName="identityNoteEdit")
        self.note_edit.setPlaceholderText(
            translate("Withdrawal", "why it is the same person, or what differs")
        )
        form.addRow(
            _label(translate("Withdrawal", "&Identity:"), self.identity_combo), self.identity_combo
        )
        form.addRow(_label(translate("Withdrawal", "Not&e:"), self.note_edit), self.note_edit)
        self.body.addLayout(form)

        self.copies_label = QLabel(objectName="idCopiesLabel")
        self.copies_label.setWordWrap(True)
        self.copies_label.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.copies_label)

        self.record_button = QPushButton(
            translate("Withdrawal", "Recor&d the checks"), objectName="recordChecksButton"
        )
        self.record_button.setAutoDefault(False)
        self.body.addWidget(self.record_button)
        self.finish()
        self.record_button.clicked.connect(self.record)
        self.letter_iin.textChanged.connect(self._compare)
        self.identity_combo.currentIndexChanged.connect(self._compare)
        self.note_edit.textChanged.connect(self._compare)
        self.signed_combo.currentIndexChanged.connect(self._compare)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.signed_combo,
            self.letter_iin,
            self.identity_combo,
            self.note_edit,
            self.record_button,
        )

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        f = view.facts
        self.mark_label.setText(mark_text(view.mark(rules.Step.CHECKS)))
        self.lock(
            rules.stage_problems(f if view.started else None, rules.Step.CHECKS), self.widgets
        )
        self.letter_name.setText(view.letter_name or "—")
        self.record_name.setText(view.record_name or translate("Withdrawal", "no record linked"))
        self.record_iin.setText(mask_iin(view.record_iin) or "—")
        self.record_iin.setToolTip(
            translate("Withdrawal", "The IIN stays masked; type the letter's to compare them")
        )
        if self.fresh((view.request_id, f.signed, f.identity, view.identity_note)):
            select(self.signed_combo, {True: "yes", False: "no"}.get(f.signed, ""))
            select(self.identity_combo, f.identity)
            self.note_edit.setText(view.identity_note)
            self.letter_iin.clear()
            self.error_label.hide()
        copies = view.id_copies
        if not copies:
            self.copies_label.setText(
                f'<span style="color:{MUTED}">'
                + html.escape(
                    translate("Withdrawal", "No copy of an identity document is attached.")
                )
                + "</span>"
            )
        else:
            lines = []
            for c in copies:
                if c.destroyed_at:
                    state = translate("Withdrawal", "destroyed on {0}").format(
                        local(c.destroyed_at)
                    )
                    colour = GOOD
                else:
                    state = translate(
                        "Withdrawal", "flagged for destruction: destroy it on the Scans tab"
                    )
                    colour = ERROR
                lines.append(
                    f'<span style="color:{colour}">{html.escape(c.file_name)}: '
                    f"{html.escape(state)}</span>"
                )
            self.copies_label.setText(
                html.escape(
                    translate(
                        "Withdrawal",
                        "Copies of identity documents (collecting them is banned since 2024):",
                    )
                )
                + "<br>"
                + "<br>".join(lines)
            )
        self._compare()

    def differences(self) -> tuple[str, ...]:
        view = self.view
        if view is None or not view.record_name:
            return ()
        return rules.identity_differences(
            view.letter_name, self.letter_iin.text(), view.record_name, view.record_iin
        )

    def _compare(self) -> None:
        view = self.view
        if view is None:
            return
        found = self.differences()
        linked = bool(view.record_name)
        for label, name in ((self.name_state, "name"), (self.iin_state, "iin")):
            if not linked or (name == "iin" and not self.letter_iin.text().strip()):
                label.setText("")
            elif name in found:
                label.setText(translate("Withdrawal", "differs"))
                label.setStyleSheet(f"color: {ERROR}; font-weight: 600;")
            else:
                label.setText(translate("Withdrawal", "matches"))
                label.setStyleSheet(f"color: {GOOD};")
        if self.signed_combo.currentIndex() or self.identity_combo.currentIndex():
            self.show_problems(
                rules.check_problems(
                    self._signed(), self.identity_combo.currentData(), self.note_edit.text(), found
                )
            )

    def _signed(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.signed_combo.currentData())

    def record(self) -> None:
        view = self.view
        if view is None:
            return
        problems = rules.check_problems(
            self._signed(),
            self.identity_combo.currentData(),
            self.note_edit.text(),
            self.differences(),
        )
        if problems:
            self.show_problems(problems)
            return
        self.submitted.emit(
            functools.partial(
                withdrawal.record_checks,
                request_id=view.request_id,
                signed=self._signed(),
                identity=self.identity_combo.currentData(),
                note=self.note_edit.text(),
                letter_iin=self.letter_iin.text(),
                seen=view.version,
            )
        )


class DecisionPage(StepPage):
    """Accept, or refuse on a ground of art. 8(2); and the consents the withdrawal closes."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionPage")
        self.view: WorkflowView | None = None
        form = QFormLayout()
        self.decision_combo = choice_combo(
            "decisionCombo",
            [
                (rules.Decision.ACCEPTED.value, translate("Withdrawal", "Accept the withdrawal")),
                (
                    rules.Decision.REFUSED.value,
                    translate("Withdrawal", "Refuse it (Law 94-V art. 8(2))"),
                ),
            ],
        )
        self.ground_combo = choice_combo("groundCombo", [(k, tr(v)) for k, v in GROUNDS.items()])
        # the refusal prints the ground in its own language (issue 12): one edit per half
        self.detail_edits = {
            "kk": QPlainTextEdit(objectName="groundDetailKkEdit"),
            "ru": QPlainTextEdit(objectName="groundDetailRuEdit"),
        }
        placeholders = {
            "kk": translate("Withdrawal", "in Kazakh: which law, or which obligation"),
            "ru": translate("Withdrawal", "in Russian: which law, or which obligation"),
        }
        for lang, edit in self.detail_edits.items():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setPlaceholderText(placeholders[lang])
            edit.textChanged.connect(self._detail_edited)
        form.addRow(
            _label(translate("Withdrawal", "&Decision:"), self.decision_combo), self.decision_combo
        )
        form.addRow(
            _label(translate("Withdrawal", "Grou&nd:"), self.ground_combo), self.ground_combo
        )
        form.addRow(
            _label(translate("Withdrawal", "Ground in de&tail (Kazakh):"), self.detail_edits["kk"]),
            self.detail_edits["kk"],
        )
        form.addRow(
            _label(
                translate("Withdrawal", "Ground in detail (&Russian):"), self.detail_edits["ru"]
            ),
            self.detail_edits["ru"],
        )
        self.body.addLayout(form)
        self.decide_button = QPushButton(
            translate("Withdrawal", "Record the d&ecision"), objectName="decideButton"
        )
        self.decide_button.setAutoDefault(False)
        self.body.addWidget(self.decide_button)

        self.consents_box = QGroupBox(
            translate(
                "Withdrawal",
                "Consents this withdrawal names (closed when the confirmation is sent)",
            )
        )
        self.consents_layout = QVBoxLayout(self.consents_box)
        self.no_consents = QLabel(translate("Withdrawal", "The linked record holds no consent."))
        self.no_consents.setStyleSheet(f"color: {MUTED};")
        self.consents_layout.addWidget(self.no_consents)
        self.consent_boxes: dict[int, QCheckBox] = {}
        self.consents_button = QPushButton(
            translate("Withdrawal", "Sa&ve the consents"), objectName="consentsButton"
        )
        self.consents_button.setAutoDefault(False)
        self.consents_layout.addWidget(self.consents_button)
        self.body.addWidget(self.consents_box)
        self.finish()
        self.decision_combo.currentIndexChanged.connect(self._decision_changed)
        self.decide_button.clicked.connect(self.decide)
        self.consents_button.clicked.connect(self.save_consents)

    def show_view(self, view: WorkflowView) -> None:
        self.view = view
        f = view.facts
        self.mark_label.setText(mark_text(view.mark(rules.Step.DECISION)))
        facts = f if view.started else None
        problems = rules.stage_problems(facts, rules.Step.DECISION)
        if not view.started or f.signed is None or not f.identity:
            problems = problems or (problem("identity", "identity_unchecked"),)
        self.lock(problems, (self.decision_combo, self.decide_button))
        if self.fresh((view.request_id, f.decision, f.ground, f.ground_detail, view.consents)):
            select(self.decision_combo, f.decision)
            select(self.ground_combo, f.ground)
            self.detail_edits["kk"].setPlainText(f.ground_detail.kk)
            self.detail_edits["ru"].setPlainText(f.ground_detail.ru)
            self._fill_consents(view)
            self.error_label.hide()
        self._decision_changed()
        closed = f.completed or f.answer_final
        for widget in (*self.consent_boxes.values(), self.consents_button):
            widget.setEnabled(not closed)

    def _fill_consents(self, view: WorkflowView) -> None:
        for box in self.consent_boxes.values():
            self.consents_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.consent_boxes = {}
        for position, c in enumerate(view.consents):
            text = (
                both(c.title)
                if not c.title.empty
                else translate("Withdrawal", "(document not recorded)")
            )
            if c.edition:
                text += " · " + translate("Withdrawal", "edition {0}").format(c.edition)
            text += " · " + translate("Withdrawal", "given {0}").format(local(c.given_at)[:10])
            if c.withdrawn_at:
                text += " · " + translate("Withdrawal", "withdrawn {0}").format(
                    local(c.withdrawn_at)[:10]
                )
            box = QCheckBox(escape_mnemonic(text), objectName=f"consentBox{c.id}")
            box.setChecked(c.named)
            self.consents_layout.insertWidget(position, box)
            self.consent_boxes[c.id] = box
        self.no_consents.setVisible(not view.consents)
        self.consents_button.setVisible(bool(view.consents))

    def _decision_changed(self) -> None:
        refusing = self.decision_combo.currentData() == rules.Decision.REFUSED
        open_ = self.decision_combo.isEnabled()
        self.ground_combo.setEnabled(open_ and refusing)
        for edit in self.detail_edits.values():
            edit.setEnabled(open_ and refusing)

    def detail(self) -> Pair:
        """The ground in detail as typed, each half trimmed."""
        return Pair(*(self.detail_edits[x].toPlainText().strip() for x in ("kk", "ru")))

    def _detail_edited(self) -> None:
        """Each half judged as typed (Russian words in the Kazakh half, Kazakh in the Russian
        one); a missing half is said only on recording."""
        view, detail = self.view, self.detail()
        if view is None:
            return
        found = [
            p
            for p in text_pairs.pair_problems(
                detail.kk, detail.ru, view.language, text_pairs.GROUND_DETAIL
            )
            if p.code != "half_missing"
        ]
        self.show_problems(found)

    def decide(self) -> None:
        view = self.view
        if view is None:
            return
        decision = self.decision_combo.currentData()
        ground = self.ground_combo.currentData() if decision == rules.Decision.REFUSED else ""
        detail = self.detail() if decision == rules.Decision.REFUSED else Pair()
        problems = rules.decision_problems(view.facts, decision, ground, detail, view.language)
        if problems:
            self.show_problems(problems)
            return
        self.submitted.emit(
            functools.partial(
                withdrawal.decide,
                request_id=view.request_id,
                decision=decision,
                ground=ground,
                detail_kk=detail.kk,
                detail_ru=detail.ru,
                seen=view.version,
            )
        )

    def save_consents(self) -> None:
        view = self.view
        if view is None:
            return
        ids = [i for i, box in self.consent_boxes.items() if box.isChecked()]
        self.submitted.emit(
            functools.partial(
                withdrawal.set_consents, request_id=view.request_id, ids=ids, seen=view.version
            )
        )
