"""A scan's phone and e-mail in Register a letter (issue 13): offered at the new subject's
fields while one is being created, never written over an existing subject's contacts (they are
offered for the summary then, as before). Real widgets, real Tesseract."""

from __future__ import annotations

import pytest

from app.services import subjects
from app.storage.models import Request, Subject
from tests.ui.register_letter_reading_support import (
    LETTER,
    chip_texts,
    letter_scan,
    open_dialog,
    read_scan,
    settle,
    stored,
    tesseract_here,
)
from tests.ui.register_letter_support import op

__all__ = ["letter_scan", "op", "open_dialog", "tesseract_here"]  # fixtures


@pytest.fixture(autouse=True)
def _tesseract(tesseract_here):
    """Every test here reads a scan."""


def _read(dialog, field: str) -> str:
    (offer, *_rest) = dialog.reader.offers[field]
    return offer.value


def test_a_new_subject_takes_the_proposed_phone_and_e_mail(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, wait_idle
):
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)
    phone, email = _read(dialog, "phone"), _read(dialog, "email")
    assert "555" in phone and email == "yaroslava.s@mail.kz"
    assert phone in chip_texts(dialog, "phone") and email in chip_texts(dialog, "email")
    assert not ui.newContactsBox.isEnabled()  # no new subject yet: the fields wait
    assert ui.newPhoneEdit.text() == "" and ui.newEmailEdit.text() == ""

    ui.createRadio.click()
    assert ui.newContactsBox.isEnabled() and dialog.reader.chips("phone")[0].isEnabled()
    dialog.reader.accept_all_button.click()
    assert (ui.newPhoneEdit.text(), ui.newEmailEdit.text()) == (phone, email)
    assert phone not in ui.summaryEdit.toPlainText()  # in its field, not repeated in the summary
    settle(qtbot, dialog, wait_idle)
    assert ui.createRadio.isChecked()  # the IIN matches nobody: still a new subject

    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    (subject,) = stored(sqlite_ctx, Subject)
    (request,) = stored(sqlite_ctx, Request)
    assert (subject.iin, subject.phone, subject.email) == (LETTER.iin, phone, email)
    assert request.subject_id == subject.id and request.letter_date == LETTER.date


def test_one_proposal_clicked_fills_only_its_field(qtbot, open_dialog, op, letter_scan):
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)
    ui.createRadio.click()
    dialog.reader.chips("email")[0].click()
    assert ui.newEmailEdit.text() == _read(dialog, "email") and ui.newPhoneEdit.text() == ""


def test_an_existing_subjects_contacts_are_never_overwritten(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, wait_idle
):
    holder = subjects.create(
        sqlite_ctx,
        op.id,
        subjects.SubjectInput(
            LETTER.surname,
            LETTER.given_name,
            LETTER.patronymic,
            LETTER.iin,
            phone="+7 727 000 00 00",
            email="old@mail.kz",
        ),
    )
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)
    phone = _read(dialog, "phone")
    ui.iinEdit.setText(LETTER.iin)
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked() and dialog._linked.id == holder.id
    assert not dialog.reader.chips("phone")[0].isEnabled()  # only a new subject's field

    dialog.reader.accept_all_button.click()
    assert ui.newPhoneEdit.text() == "" and ui.newEmailEdit.text() == ""
    assert phone in ui.summaryEdit.toPlainText()  # offered in the summary, as before
    settle(qtbot, dialog, wait_idle)
    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    (subject,) = stored(sqlite_ctx, Subject)
    (request,) = stored(sqlite_ctx, Request)
    assert (subject.phone, subject.email) == ("+7 727 000 00 00", "old@mail.kz")
    assert request.subject_id == holder.id and phone in request.summary


def test_accept_all_on_a_fresh_dialog_waits_for_the_search_to_place_the_contacts(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, wait_idle
):
    """The IIN accepted starts the search for its holder; nobody holds it, so a subject is
    created and the contacts go to its fields, not to the summary."""
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)
    phone, email = _read(dialog, "phone"), _read(dialog, "email")
    assert not ui.createRadio.isChecked()
    dialog.reader.accept_all_button.click()
    settle(qtbot, dialog, wait_idle)
    assert ui.createRadio.isChecked()
    assert (ui.newPhoneEdit.text(), ui.newEmailEdit.text()) == (phone, email)
    assert phone not in ui.summaryEdit.toPlainText()
    assert email not in ui.summaryEdit.toPlainText()

    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    (subject,) = stored(sqlite_ctx, Subject)
    assert (subject.iin, subject.phone, subject.email) == (LETTER.iin, phone, email)


def test_accept_all_on_a_fresh_dialog_links_the_holder_and_keeps_its_contacts(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, wait_idle
):
    holder = subjects.create(
        sqlite_ctx,
        op.id,
        subjects.SubjectInput(
            LETTER.surname, LETTER.given_name, LETTER.patronymic, LETTER.iin, phone="+7 727 1"
        ),
    )
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)
    phone = _read(dialog, "phone")
    dialog.reader.accept_all_button.click()
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked() and dialog._linked.id == holder.id
    assert ui.newPhoneEdit.text() == "" and ui.newEmailEdit.text() == ""
    assert phone in ui.summaryEdit.toPlainText()  # offered in the summary, as before
