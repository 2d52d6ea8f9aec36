"""The wording of the codes of dispatch and the post office (and their fields)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DISPATCH: dict[str, str] = {
    # == dispatch and the post office (G) ==
    "tracking_not_used": QT_TRANSLATE_NOOP(
        "Problems", "A letter sent this way has no tracking number: leave the field empty."
    ),
    "not_s10": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not a UPU S10 number (2 letters, 9 digits, 2 letters, with a valid "
        "check digit). Keep it only if it is exactly what the receipt says.",
    ),
    "sent_before_letter": QT_TRANSLATE_NOOP(
        "Problems", "A letter cannot be sent before its own date ({letter_date})."
    ),
    "letter_not_sent": QT_TRANSLATE_NOOP("Problems", "The letter has not been dispatched yet."),
    "before_sent": QT_TRANSLATE_NOOP(
        "Problems", "Cannot be before the letter was sent ({sent_on})."
    ),
    "letter_not_final": QT_TRANSLATE_NOOP(
        "Problems", "Only a final letter (numbered, its PDF kept) can be dispatched."
    ),
    "letter_internal": QT_TRANSLATE_NOOP(
        "Problems", "This is an internal document of the case: it is not sent."
    ),
    "letter_already_sent": QT_TRANSLATE_NOOP(
        "Problems", "Letter {number} was already dispatched on {sent_on}."
    ),
    "letter_delivered": QT_TRANSLATE_NOOP(
        "Problems", "Letter {number} was already delivered on {on}."
    ),
    "letter_returned": QT_TRANSLATE_NOOP(
        "Problems", "Letter {number} was already returned on {on}."
    ),
    "dispatch_while_waiting": QT_TRANSLATE_NOOP(
        "Problems",
        "The request waits for the subject (the clock is stopped): resume the clock before "
        "its answer is sent.",
    ),
    "no_letters": QT_TRANSLATE_NOOP("Problems", "Choose at least one letter."),
    "no_letter_number": QT_TRANSLATE_NOOP("Problems", "No final letter is numbered {number}."),
    "no_letter": QT_TRANSLATE_NOOP("Problems", "The letter is no longer there."),
    # (end of section)
}

DISPATCH_FIELDS: dict[str, str] = {
    "method": QT_TRANSLATE_NOOP("Problems", "Method"),
    "sent_on": QT_TRANSLATE_NOOP("Problems", "Sent on"),
    "delivered_on": QT_TRANSLATE_NOOP("Problems", "Delivered on"),
    "returned_on": QT_TRANSLATE_NOOP("Problems", "Returned on"),
    "weight": QT_TRANSLATE_NOOP("Problems", "Weight"),
    "out_number": QT_TRANSLATE_NOOP("Problems", "Outgoing number"),
    "notice_wait": QT_TRANSLATE_NOOP("Problems", "Days to wait for a delivery notice"),
    "size": QT_TRANSLATE_NOOP("Problems", "Envelope size"),
}
