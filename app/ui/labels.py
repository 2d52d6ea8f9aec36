"""Translated names of the domain's values, for every screen (one place, one context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from app.domain.deadlines import Urgency
from app.domain.requests import RequestType, Status

_CTX = "Labels"

TYPES = {
    RequestType.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("Labels", "Consent withdrawal"),
    RequestType.CLAIM: QT_TRANSLATE_NOOP("Labels", "Pre-trial claim"),
    RequestType.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access to data"),
    RequestType.CORRECTION: QT_TRANSLATE_NOOP("Labels", "Correction"),
    RequestType.BLOCKING: QT_TRANSLATE_NOOP("Labels", "Blocking"),
    RequestType.DESTRUCTION: QT_TRANSLATE_NOOP("Labels", "Destruction"),
    RequestType.ADVERTISING_OBJECTION: QT_TRANSLATE_NOOP("Labels", "Objection to advertising"),
    RequestType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
STATUSES = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    Status.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting for subject"),
    Status.ANSWER_READY: QT_TRANSLATE_NOOP("Labels", "Answer ready"),
    Status.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
CHANNELS = {
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
    "registered_post": QT_TRANSLATE_NOOP("Labels", "Registered post"),
    "courier": QT_TRANSLATE_NOOP("Labels", "Courier"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "state_service": QT_TRANSLATE_NOOP("Labels", "State service (eGov)"),
}
LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
URGENCY = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    Urgency.TODAY: QT_TRANSLATE_NOOP("Labels", "Due today"),
    Urgency.WITHIN_3: QT_TRANSLATE_NOOP("Labels", "Within 3 working days"),
    Urgency.WITHIN_10: QT_TRANSLATE_NOOP("Labels", "Within 10 working days"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Labels", "Later"),
    Urgency.STOPPED: QT_TRANSLATE_NOOP("Labels", "Clock stopped"),
    Urgency.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
}
SUBJECT_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "processing_stopped": QT_TRANSLATE_NOOP("Labels", "Processing stopped"),
    "deregistered": QT_TRANSLATE_NOOP("Labels", "Deregistered"),
    "anonymised": QT_TRANSLATE_NOOP("Labels", "Anonymised"),
    "merged": QT_TRANSLATE_NOOP("Labels", "Merged into another record"),
}

# The bases of the built-in deadline terms (app.domain.deadlines), as the officer reads them.
# A basis the officer typed is shown as typed.
BASES = {
    "Operator's policy: the response period is 30 working days": QT_TRANSLATE_NOOP(
        "Labels", "Operator's policy: the response period is 30 working days"
    ),
    "Law 94-V art. 8(7) (as amended 2026): 15 working days": QT_TRANSLATE_NOOP(
        "Labels", "Law 94-V art. 8(7) (as amended 2026): 15 working days"
    ),
    "Law 94-V: information on request within 3 working days": QT_TRANSLATE_NOOP(
        "Labels", "Law 94-V: information on request within 3 working days"
    ),
    "Law 94-V: correction within 1 working day": QT_TRANSLATE_NOOP(
        "Labels", "Law 94-V: correction within 1 working day"
    ),
    "Law 94-V: blocking within 1 working day": QT_TRANSLATE_NOOP(
        "Labels", "Law 94-V: blocking within 1 working day"
    ),
    "Law 94-V: destruction within 1 working day": QT_TRANSLATE_NOOP(
        "Labels", "Law 94-V: destruction within 1 working day"
    ),
}


def basis_label(text: str) -> str:
    return QCoreApplication.translate(_CTX, BASES[text]) if text in BASES else text


# Calm colours: a tinted background and a readable text colour per urgency.
URGENCY_COLORS: dict[Urgency, tuple[QColor, QColor]] = {
    Urgency.OVERDUE: (QColor("#fbe3e1"), QColor("#9b1c13")),
    Urgency.TODAY: (QColor("#fdebd3"), QColor("#8a4b00")),
    Urgency.WITHIN_3: (QColor("#fff6cc"), QColor("#6b5900")),
    Urgency.WITHIN_10: (QColor("#e6f0fb"), QColor("#1f4e87")),
    Urgency.LATER: (QColor("#ffffff"), QColor("#2b2b2b")),
    Urgency.STOPPED: (QColor("#ece8f5"), QColor("#4b3b7a")),
    Urgency.DONE: (QColor("#f2f2f2"), QColor("#6b6b6b")),
}


def label(table: dict, value) -> str:
    """The translated label for ``value`` in one of the tables above."""
    try:
        key = next(k for k in table if k == value)
    except StopIteration:
        return str(value)
    return QCoreApplication.translate(_CTX, table[key])


def type_label(value) -> str:
    return label(TYPES, value)


def status_label(value) -> str:
    return label(STATUSES, value)


def urgency_label(value) -> str:
    return label(URGENCY, value)


def data_size(size: int) -> str:
    """A file's size in the interface language ("20 МБ", "1,5 КБ"). Qt's own
    ``QLocale.formattedDataSize`` puts its Latin prefixes before a translated unit ("20 MiБ")."""
    units = (
        (1024**3, QCoreApplication.translate("Labels", "{0} GB")),
        (1024**2, QCoreApplication.translate("Labels", "{0} MB")),
        (1024, QCoreApplication.translate("Labels", "{0} KB")),
    )
    for factor, text in units:
        if size >= factor:
            value = size / factor
            digits = 0 if value >= 100 or value == int(value) else 1
            return text.format(QLocale().toString(value, "f", digits))
    return QCoreApplication.translate("Labels", "{0} bytes").format(size)
