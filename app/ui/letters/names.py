"""Translated names of letter kinds, languages, refusal grounds, outcomes and fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Letters"


# Translated names of letter kinds, languages, refusal grounds and outcomes (the lead may move
# them to app/ui/labels.py; they are here so the letters UI is one piece).
KIND_NAMES = {
    "acknowledgement": QT_TRANSLATE_NOOP("Letters", "Acknowledgement of receipt"),
    "deregistration": QT_TRANSLATE_NOOP("Letters", "Deregistration confirmation"),
    "claim-response": QT_TRANSLATE_NOOP("Letters", "Response to a claim"),
    "refusal": QT_TRANSLATE_NOOP("Letters", "Reasoned refusal"),
    "clarification": QT_TRANSLATE_NOOP("Letters", "Request for clarification"),
    "access": QT_TRANSLATE_NOOP("Letters", "Access response"),
    "extension": QT_TRANSLATE_NOOP("Letters", "Extension notice"),
    "destruction-act": QT_TRANSLATE_NOOP("Letters", "Destruction act (internal)"),
}
LANGUAGE_NAMES = {
    "kk": QT_TRANSLATE_NOOP("Letters", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Letters", "Russian"),
    "bi": QT_TRANSLATE_NOOP("Letters", "Kazakh and Russian (bilingual)"),
}
GROUND_NAMES = {
    "law": QT_TRANSLATE_NOOP("Letters", "The withdrawal contradicts the law (art. 8(2))"),
    "obligation": QT_TRANSLATE_NOOP("Letters", "An obligation is unfulfilled (art. 8(2))"),
}
OUTCOME_NAMES = {
    "destroyed": QT_TRANSLATE_NOOP("Letters", "Destroyed"),
    "anonymised": QT_TRANSLATE_NOOP("Letters", "Anonymised"),
    "retained": QT_TRANSLATE_NOOP("Letters", "Blocked and retained"),
}
FIELD_NAMES = {
    "body": QT_TRANSLATE_NOOP("Letters", "Text"),
    "signatory": QT_TRANSLATE_NOOP("Letters", "Signatory"),
    "signed": QT_TRANSLATE_NOOP("Letters", "Signature"),
    "status": QT_TRANSLATE_NOOP("Letters", "Clock"),
    "request": QT_TRANSLATE_NOOP("Letters", "Request"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def language_name(language: str) -> str:
    return tr(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language
