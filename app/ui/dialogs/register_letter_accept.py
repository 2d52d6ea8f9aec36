"""Accepting a scan's proposals in Register a letter: one at a time, or «Accept all» for every
field the officer has not typed in. A part of the dialog's
:class:`~app.ui.dialogs.register_letter_ocr.ScanReader`, which brings ``ui``, ``dialog``,
``offers``, the chips and what accepting set in each field."""

from __future__ import annotations

from typing import Any

from app.ui.dialogs.register_letter_due import qdate
from app.ui.dialogs.register_letter_offers import Offer

# The dialog's fields that take a proposal, in form order.
FIELDS = ("type", "letter_date", "language", "signed", "sender", "address", "summary", "iin")
FIELDS += ("phone", "email")  # the new subject's contacts: never an existing subject's
_TEXTS = ("sender", "iin", "address", "summary", "phone", "email")


class ProposalFields:
    """What the reader's proposals do to the dialog's fields."""

    _contacts_waiting = False  # «Accept all»'s contacts wait for the subject search

    def _value(self, field: str) -> Any:
        ui = self.ui
        if field == "sender":
            return ui.senderEdit.text().strip()
        if field == "iin":
            return "".join(ui.iinEdit.text().split())
        if field == "address":
            return ui.addressEdit.toPlainText().strip()
        if field in ("phone", "email"):
            return self._field_widget(field).text().strip()
        if field == "summary":
            return ui.summaryEdit.toPlainText().strip()
        if field == "letter_date":
            return ui.letterDateEdit.date().toPython() if ui.letterDateCheck.isChecked() else None
        if field == "type":
            return ui.typeCombo.currentData()
        if field == "language":
            return ui.languageCombo.currentData()
        return ui.signedCheck.isChecked()

    def _holds(self, offer: Offer) -> bool:
        now = self._value(offer.field)
        if offer.field == "summary":
            return str(offer.value) in now
        return now == offer.value

    def typed(self, field: str) -> bool:
        """The officer put something in ``field`` that accepting did not: «Accept all» leaves
        it."""
        now = self._value(field)
        if field in self._set and self._set[field] == now:
            return False
        if field in _TEXTS:
            return bool(now)
        return field in self.dialog._touched

    def accept(self, offer: Offer) -> None:
        """Put ``offer`` in its field (the officer asked for it: what was there is replaced)."""
        ui, field, value = self.ui, offer.field, offer.value
        if field == "sender":
            ui.senderEdit.setText(value)
        elif field == "iin":
            ui.iinEdit.setText(value)
        elif field == "address":
            ui.addressEdit.setPlainText(value)
        elif field in ("phone", "email"):
            self._field_widget(field).setText(value)
        elif field == "summary":
            if str(value) not in ui.summaryEdit.toPlainText():
                text = ui.summaryEdit.toPlainText().rstrip()
                ui.summaryEdit.setPlainText((text + "\n" if text else "") + str(value))
        elif field == "letter_date":
            ui.letterDateCheck.setChecked(True)
            ui.letterDateEdit.setDate(qdate(value))
        elif field in ("type", "language"):
            combo = ui.typeCombo if field == "type" else ui.languageCombo
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        elif field == "signed":
            ui.signedCheck.setChecked(bool(value))
        self._set[field] = self._value(field)
        self.dialog._edited("sender_address" if field == "address" else field)
        self._mark_chips()

    def accept_all(self) -> None:
        """The best proposal of each field the officer has not typed in. A phone or e-mail goes
        to the new subject's field while one is being created, else to the summary (an existing
        subject's contacts change only in its card). When accepting the IIN started a search for
        its holder, the contacts wait for that search, unless the officer has chosen: it decides
        whether a subject is created."""
        iin = self._value("iin")
        for field in FIELDS:
            found = self.offers.get(field)
            if not found or field in ("phone", "email") or self.typed(field):
                continue
            if field == "summary":
                for offer in found:
                    if offer.value not in self._contacts():
                        self.accept(offer)
            else:
                self.accept(found[0])
        searching = self._value("iin") != iin and self.dialog._search_timer.isActive()
        self._contacts_waiting = searching and not self.dialog._choice_touched
        if not self._contacts_waiting:
            self._accept_contacts()

    def subject_settled(self) -> None:
        """The subject search has answered: contacts «Accept all» held back go where it chose."""
        if self._contacts_waiting:
            self._contacts_waiting = False
            self._accept_contacts()

    def _contacts(self) -> set:
        return {o.value for f in ("phone", "email") for o in self.offers.get(f, ())}

    def _accept_contacts(self) -> None:
        if self.ui.createRadio.isChecked():
            for field in ("phone", "email"):
                found = self.offers.get(field)
                if found and not self.typed(field):
                    self.accept(found[0])
        elif not self.typed("summary"):
            contacts = self._contacts()
            for offer in self.offers.get("summary", ()):
                if offer.value in contacts:
                    self.accept(offer)
