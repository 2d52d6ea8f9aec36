"""The Subjects screen's card: one subject's details, consents and letters, loaded after the
selection settles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.identifiers import iin_hint, mask_iin
from app.services import subject_card, subjects
from app.services.subject_card import SubjectCard
from app.ui import labels
from app.ui.dialogs.subject_dialog import format_date
from app.ui.messages import show_error
from app.ui.widgets.elide import set_elided

# How consent was given (Consent.channel). To move into app.ui.labels (CONSENT_CHANNELS).
CONSENT_CHANNELS = {
    "checkbox": QT_TRANSLATE_NOOP("SubjectsScreen", "Checkbox on the website"),
    "login": QT_TRANSLATE_NOOP("SubjectsScreen", "By logging in"),
    "first_use": QT_TRANSLATE_NOOP("SubjectsScreen", "By first use of the service"),
    "sms_code": QT_TRANSLATE_NOOP("SubjectsScreen", "SMS code"),
    "email_code": QT_TRANSLATE_NOOP("SubjectsScreen", "Code sent by e-mail"),
    "2fa": QT_TRANSLATE_NOOP("SubjectsScreen", "Two-factor confirmation"),
    "paper": QT_TRANSLATE_NOOP("SubjectsScreen", "On paper"),
    "state_service": QT_TRANSLATE_NOOP("SubjectsScreen", "State service (eGov)"),
}

# Calm colours for the status chip: background, text.
STATUS_COLORS = {
    "active": ("#e3f1e6", "#1e5b2e"),
    "processing_stopped": ("#fdebd3", "#8a4b00"),
    "deregistered": ("#ece8f5", "#4b3b7a"),
    "anonymised": ("#eeeeee", "#555555"),
}

_MUTED = "color: #6b6b6b;"


def _local(moment: dt.datetime | None) -> str:
    """A stored moment (UTC; naive from SQLite) as local dd.mm.yyyy HH:MM."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _item(text: str, row_id: int | None = None, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if row_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, row_id)
    item.setToolTip(tooltip or text)
    return item


def _small_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


class SubjectCardPart:
    """The card half of :class:`~app.ui.screens.subjects.SubjectsScreen`."""

    # -- the card -----------------------------------------------------------------------------

    def show_subject(self, subject_id: int) -> None:
        """Select ``subject_id`` in the results (searching for it if needed) and show its card."""
        row = self.model.row_of(subject_id)
        if row is not None:
            self._pending_select = None
            self._select_row(row)
            self._load_card(subject_id)
        else:
            self._pending_select = subject_id
            self._load_card(subject_id, locate=True)

    def _load_current_card(self) -> None:
        subject_id = self.selected_id()
        if subject_id is not None:
            self._load_card(subject_id)

    def _load_card(self, subject_id: int, focus: bool = False, locate: bool = False) -> None:
        self._card_timer.stop()

        def done(card: SubjectCard) -> None:
            self._show_card(card, focus, locate)

        def failed(exc: Exception) -> None:
            self._pending_select = None
            self._show_placeholder()
            show_error(self, exc)

        self.ops.query(  # another subject chosen meanwhile replaces this card
            lambda ctx: subject_card.card(ctx, subject_id), done, failed, owner=self, key="card"
        )

    def _show_placeholder(self) -> None:
        self._card = None
        self.card_stack.setCurrentWidget(self.placeholder)
        self.edit_button.setEnabled(False)
        self.status_button.setEnabled(False)
        self.reveal_button.setEnabled(False)

    def _show_card(self, card: SubjectCard, focus: bool = False, locate: bool = False) -> None:
        self._card = card
        self.card_stack.setCurrentWidget(self.card_widget)
        self.edit_button.setEnabled(True)
        self.status_button.setEnabled(True)
        self.reveal_button.setEnabled(bool(card.iin) and self.model.revealed(card.id) is None)
        set_elided(self.card_name, card.full_name)
        status = labels.label(labels.SUBJECT_STATUSES, card.status)
        background, text = STATUS_COLORS.get(card.status, ("#eeeeee", "#333333"))
        self.card_status.setText(status)
        self.card_status.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 9px;"
            " padding: 3px 10px; font-weight: 600;"
        )
        for value, action in self.status_actions.items():
            action.setChecked(value == card.status)
            action.setEnabled(value != card.status)

        def put(name: str, value: str) -> None:
            label = self.fields[name]
            label.setText(value or self.tr("—"))
            label.setStyleSheet("" if value else _MUTED)

        put("iin", self.model.revealed(card.id) or mask_iin(card.iin))
        put("birth_date", format_date(card.birth_date))
        put("phone", card.phone)
        put("email", card.email)
        put("address", card.address)
        put("account", card.account_id)
        client = card.client_org
        if card.client_bin:
            client = self.tr("{0}, BIN {1}").format(client or "—", card.client_bin)
        put("client", client)
        put("operator", card.operator_name)
        put("updated", _local(card.updated_at))
        self._show_iin_hint(card)
        self._fill_consents(card)
        self._fill_requests(card)

        if locate and self.model.row_of(card.id) is None:
            self._locate(card)
        if focus:
            self._focus_card()

    # -- revealing an IIN ----------------------------------------------------------------------

    def reveal_iin(self) -> None:
        """Show the selected subject's full IIN, through the audited service call."""
        subject_id = self._card.id if self._card is not None else self.selected_id()
        if subject_id is None or self.model.revealed(subject_id) is not None:
            return
        self.ops.mutate(
            lambda ctx: subjects.reveal_iin(ctx, subject_id),
            on_done=lambda iin: self._iin_revealed(subject_id, iin),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _iin_revealed(self, subject_id: int, iin: str) -> None:
        self.model.reveal(subject_id, iin)
        if self._card is not None and self._card.id == subject_id:
            self.fields["iin"].setText(iin or self.tr("—"))
            self.reveal_button.setEnabled(False)

    def _show_iin_hint(self, card: SubjectCard) -> None:
        hint = iin_hint(card.iin) if card.iin else None
        if hint is None or hint.birth_date is None:
            self.iin_hint.hide()
            self.iin_hint.clear()
            return
        sex = {"M": self.tr("male"), "F": self.tr("female")}.get(hint.sex or "", "")
        if card.birth_date is None or card.birth_date == hint.birth_date:
            text = self.tr("The IIN suggests: born {0}, {1} (a hint only).").format(
                format_date(hint.birth_date), sex
            )
        else:
            text = self.tr(
                "The IIN suggests born {0}, {1}, unlike the birth date on record "
                "(a hint only: since 2013 IINs need not follow the birth date)."
            ).format(format_date(hint.birth_date), sex)
        self.iin_hint.setText(text)
        self.iin_hint.show()

    def _fill_consents(self, card: SubjectCard) -> None:
        table = self.consents_table
        table.setRowCount(len(card.consents))
        for row, c in enumerate(card.consents):
            title = c.title_kk or c.title_ru or self.tr("(document not recorded)")
            edition = ""
            if c.edition and c.effective_date:
                edition = self.tr("edition {0} of {1}").format(
                    c.edition, format_date(c.effective_date)
                )
            elif c.edition:
                edition = self.tr("edition {0}").format(c.edition)
            elif c.effective_date:
                edition = self.tr("in force from {0}").format(format_date(c.effective_date))
            document = f"{title}\n{edition}" if edition else title
            if c.withdrawn_at and c.withdrawal_reg_number:
                state = self.tr("Withdrawn {0}, {1}").format(
                    _local(c.withdrawn_at)[:10], c.withdrawal_reg_number
                )
            elif c.withdrawn_at:
                state = self.tr("Withdrawn {0}").format(_local(c.withdrawn_at)[:10])
            else:
                state = self.tr("In force")
            values = [
                document,
                _local(c.given_at),
                labels.label(CONSENT_CHANNELS, c.channel),
                state,
            ]
            tip = c.title_ru if c.title_ru and c.title_ru != title else ""
            for col, value in enumerate(values):
                table.setItem(row, col, _item(value, c.id, tip if col == 0 else ""))
        self.card_tabs.setTabText(1, self.tr("Consents ({0})").format(len(card.consents)))
        table.setVisible(bool(card.consents))
        self.no_consents.setVisible(not card.consents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_requests(self, card: SubjectCard) -> None:
        table = self.requests_table
        table.setRowCount(len(card.requests))
        for row, r in enumerate(card.requests):
            values = [
                r.reg_number,
                format_date(r.received_date),
                labels.type_label(r.type),
                labels.status_label(r.status),
                format_date(r.closed_date or r.due_date),
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, _item(value, r.id))
        self.card_tabs.setTabText(0, self.tr("Letters ({0})").format(len(card.requests)))
        table.setVisible(bool(card.requests))
        self.no_requests.setVisible(not card.requests)
        header = table.horizontalHeader()
        for col in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)

    def _focus_card(self) -> None:
        if self.requests_table.rowCount():
            self.requests_table.setFocus()
            if self.requests_table.currentRow() < 0:
                self.requests_table.setCurrentCell(0, 0)
        else:
            self.edit_button.setFocus()

    def _locate(self, card: SubjectCard) -> None:
        """Bring a subject shown from elsewhere into the results: search for its IIN or name."""
        if self.current_operator not in (None, card.operator_id):
            self.operator_filter.blockSignals(True)
            self.operator_filter.setCurrentIndex(0)
            self.operator_filter.blockSignals(False)
        self._pending_select = card.id
        self.search_edit.blockSignals(True)
        self.search_edit.setText(card.full_name or card.iin)  # never the IIN in plain sight
        self.search_edit.blockSignals(False)
        self.search_now()

    def _open_request(self, row: int, _column: int = 0) -> None:
        item = self.requests_table.item(row, 0)
        if item is not None:
            self.navigator.open_case(item.data(Qt.ItemDataRole.UserRole))
