"""Settings › Deadlines: the working days each type of request has, and the basis of each term."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.deadlines import MAX_DAYS, PRESETS, DeadlinePolicy, TypeTerm
from app.domain.requests import RequestType
from app.services import settings
from app.ui import labels, operations
from app.ui.messages import show_error
from app.ui.prefs import DEADLINES_PAGE, restore_header, save_header
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage
from app.ui.settings.due_preview import DueChangesDialog


class DeadlinesPage(SettingsPage):
    topics = frozenset({operations.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DeadlinesPage", "&Deadlines")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("deadlinesPage")
        self.policy: DeadlinePolicy | None = None
        self.days: dict[RequestType, QSpinBox] = {}
        self.bases: dict[RequestType, QLineEdit] = {}
        self._shown_bases: dict[RequestType, tuple[str, str]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "How many working days each type of request has. The day of receipt is day 0; "
                "day 1 is the next working day. When a term changes, the due dates of open "
                "requests are counted again (you see which ones move before they do, and can "
                "undo it); closed requests keep theirs."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)
        self.policy_label = QLabel(objectName="policyLabel")
        self.policy_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.policy_label)

        self.table = QTableWidget(len(RequestType), 3, objectName="deadlinesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type of request"), self.tr("Working days"), self.tr("Basis of the term")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, rtype in enumerate(RequestType):
            item = QTableWidgetItem(labels.type_label(rtype))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            spin = QSpinBox(objectName=f"days_{rtype.value}")
            spin.setRange(1, MAX_DAYS)
            spin.setSuffix(self.tr(" working days"))
            spin.setAccessibleName(labels.type_label(rtype))
            spin.valueChanged.connect(self._edited)
            self.table.setCellWidget(row, 1, spin)
            basis = QLineEdit(objectName=f"basis_{rtype.value}")
            basis.setMaxLength(300)
            basis.setFrame(False)
            basis.setPlaceholderText(self.tr("Where the term comes from"))
            basis.textEdited.connect(self._edited)
            basis.returnPressed.connect(self.save)
            self.table.setCellWidget(row, 2, basis)
            self.days[rtype] = spin
            self.bases[rtype] = basis
        self.table.resizeRowsToContents()
        restore_header(self.prefs, header, DEADLINES_PAGE)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.statutory_button = QPushButton(
            self.tr("Apply the s&tatutory terms"), objectName="statutoryButton"
        )
        self.statutory_button.setToolTip(
            self.tr(
                "Consent withdrawal 15, access 3, correction, blocking and destruction 1 working "
                "day (Law 94-V); the other types keep 30"
            )
        )
        self.default_button = QPushButton(
            self.tr("Back to &30 working days"), objectName="defaultTermsButton"
        )
        self.default_button.setToolTip(self.tr("30 working days for every type of request"))
        self.save_button = QPushButton(self.tr("&Save the terms"), objectName="saveTermsButton")
        self.revert_button = QPushButton(self.tr("&Undo the edits"), objectName="revertTermsButton")
        self.undo_button = QPushButton(
            self.tr("Und&o the last change of due dates"), objectName="undoDueChangeButton"
        )
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last_change)
        self.preview_dialog: DueChangesDialog | None = None
        self._undoable = False
        self.statutory_button.clicked.connect(lambda: self.apply_preset("statutory"))
        self.default_button.clicked.connect(lambda: self.apply_preset("default"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        buttons.addWidget(self.statutory_button)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.message = QLabel(objectName="deadlinesMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self._set_dirty(False)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.query(settings.policy, self._show, owner=self)
        self.ops.query(settings.last_due_change, self._show_undo, owner=self, key="undo")

    def _show_undo(self, last) -> None:
        self._undoable = last is not None
        self.undo_button.setEnabled(self._undoable)
        if last is None:
            self.undo_button.setToolTip("")
        else:
            self.undo_button.setToolTip(
                self.tr(
                    "Puts back the terms or calendar day and the due dates changed on {0} by {1}"
                ).format(last.at.replace("T", " "), last.actor or "—")
            )

    def _show(self, policy: DeadlinePolicy) -> None:
        if self._dirty:  # keep what the officer is typing; Undo the edits reloads
            self.policy = policy
            return
        self.policy = policy
        self._fill(policy)

    def _fill(self, policy: DeadlinePolicy) -> None:
        for rtype in RequestType:
            term = policy.term(rtype)
            spin, basis = self.days[rtype], self.bases[rtype]
            spin.blockSignals(True)
            spin.setValue(term.days)
            spin.blockSignals(False)
            # A built-in basis is stored in English and shown in the interface's language; it is
            # saved back as stored unless the officer typed over it.
            shown = labels.basis_label(term.basis)
            self._shown_bases[rtype] = (shown, term.basis)
            basis.setText(shown)
            basis.setToolTip(shown)
            basis.setCursorPosition(0)
        self.policy_label.setText(self._policy_name(policy))
        self._set_dirty(False)

    def _policy_name(self, policy: DeadlinePolicy) -> str:
        name = self._matching_preset(policy.terms) or "custom"
        return {
            "default": self.tr("In force: 30 working days for every type (the operator's policy)"),
            "statutory": self.tr("In force: the statutory terms (Law 94-V)"),
        }.get(name, self.tr("In force: terms set by the operator"))

    @staticmethod
    def _matching_preset(terms) -> str | None:
        for name, preset in PRESETS.items():
            if all(
                (terms[t].days, terms[t].basis) == (preset.terms[t].days, preset.terms[t].basis)
                for t in RequestType
            ):
                return name
        return None

    # -- editing ------------------------------------------------------------------------------

    def terms(self) -> dict[RequestType, TypeTerm]:
        return {t: TypeTerm(self.days[t].value(), self._basis(t)) for t in RequestType}

    def _basis(self, rtype: RequestType) -> str:
        text = self.bases[rtype].text().strip()
        shown, stored = self._shown_bases.get(rtype, ("", ""))
        return stored if shown and text == shown.strip() else text

    def _edited(self, *_args) -> None:
        if self.policy is None:
            return
        self._set_dirty(self.terms() != dict(self.policy.terms))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _revert(self) -> None:
        self._dirty = False
        if self.policy is not None:
            self._fill(self.policy)

    def save(self) -> None:
        if not self._dirty:
            return
        terms = self.terms()
        policy = DeadlinePolicy(self._matching_preset(terms) or "custom", terms)
        self._preview(
            lambda ctx: settings.preview_policy(ctx, policy),
            lambda ctx: settings.set_policy(ctx, policy),
            self.tr("The terms you edited apply to them."),
        )

    def apply_preset(self, name: str) -> None:
        what = {
            "statutory": self.tr("The statutory terms (Law 94-V) apply to them."),
            "default": self.tr("30 working days apply to them."),
        }[name]
        self._preview(
            lambda ctx: settings.preview_preset(ctx, name),
            lambda ctx: settings.apply_preset(ctx, name),
            what,
        )

    def _preview(self, preview, apply, what: str) -> None:
        """Show which due dates the change moves (computed without writing), then ask."""
        self._buttons_enabled(False)
        self.ops.query(
            preview,
            on_done=lambda changes: self._confirm(changes, apply, what),
            on_error=self._failed,
            owner=self,
        )

    def _confirm(self, changes, apply, what: str) -> None:
        if not any(c.moved for c in changes):
            self._run(apply)  # no due date moves: nothing to ask (and still undoable)
            return
        dialog = DueChangesDialog(changes, what, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._run(apply))
        dialog.rejected.connect(self._cancelled)
        dialog.open()

    def _cancelled(self) -> None:
        self._buttons_enabled(True)
        self._set_dirty(self._dirty)
        self.tell(self.message, self.tr("Nothing changed: the due dates stay as they were."))

    def _run(self, fn) -> None:
        self._buttons_enabled(False)
        self.ops.mutate(fn, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, moved: int) -> None:
        self._dirty = False
        self._buttons_enabled(True)
        self._set_dirty(False)
        if moved:
            text = self.tr("Saved. Open requests whose due date moved: %n.", "", moved)
        else:
            text = self.tr("Saved. No open request's due date moved.")
        self.tell(self.message, text)

    def undo_last_change(self) -> None:
        if not self._undoable:
            return
        self._buttons_enabled(False)
        self.ops.mutate(
            settings.undo_due_change, on_done=self._undone, on_error=self._failed, owner=self
        )

    def _undone(self, undone) -> None:
        self._dirty = False
        self._buttons_enabled(True)
        self._set_dirty(False)
        text = self.tr("Undone. Due dates put back as they were: %n.", "", undone.restored)
        if undone.recounted:
            text += " " + self.tr(
                "Changed since, so counted again under the previous terms: %n.",
                "",
                undone.recounted,
            )
        self.tell(self.message, text)

    def _failed(self, exc: Exception) -> None:
        self._buttons_enabled(True)
        self._set_dirty(self._dirty)
        show_error(self, exc)

    def _buttons_enabled(self, enabled: bool) -> None:
        for button in (
            self.statutory_button,
            self.default_button,
            self.save_button,
            self.revert_button,
        ):
            button.setEnabled(enabled)
        self.undo_button.setEnabled(enabled and self._undoable)

    def save_state(self) -> None:
        save_header(self.prefs, self.table.horizontalHeader(), DEADLINES_PAGE)
