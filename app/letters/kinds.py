"""The names of the letter kinds, grounds and outcomes in the letters' languages, and the
languages a letter can take. The kinds themselves, and which request may get which, are the
domain's (:mod:`app.domain.letter_rules`)."""

from __future__ import annotations

from app.domain.letter_rules import (
    INTERNAL_KINDS,
    KINDS,
    REQUIRES_SUBJECT,
    Ground,
    Kind,
    Outcome,
)

__all__ = [
    "BILINGUAL",
    "GROUND_LABELS",
    "INTERNAL_KINDS",
    "KINDS",
    "KIND_LABELS",
    "LANGUAGE_LABELS",
    "LETTER_LANGUAGES",
    "OUTCOME_LABELS",
    "REQUIRES_SUBJECT",
    "TEMPLATE_LANGUAGES",
    "Ground",
    "Kind",
    "Outcome",
    "kind_label",
]


KIND_LABELS: dict[Kind, dict[str, str]] = {
    Kind.ACKNOWLEDGEMENT: {
        "kk": "Өтініштің тіркелгені туралы хабарлама",
        "ru": "Уведомление о регистрации обращения",
        "en": "Acknowledgement of receipt",
    },
    Kind.DEREGISTRATION: {
        "kk": "Келісімнің кері қайтарылып алынғанын растау",
        "ru": "Подтверждение отзыва согласия",
        "en": "Deregistration confirmation",
    },
    Kind.CLAIM_RESPONSE: {
        "kk": "Шағымға жауап",
        "ru": "Ответ на жалобу",
        "en": "Response to a claim",
    },
    Kind.REFUSAL: {
        "kk": "Дәлелді бас тарту",
        "ru": "Мотивированный отказ",
        "en": "Reasoned refusal",
    },
    Kind.CLARIFICATION: {
        "kk": "Нақтылау туралы сұрау",
        "ru": "Запрос уточнений",
        "en": "Request for clarification",
    },
    Kind.ACCESS: {
        "kk": "Дербес деректер туралы мәліметтер",
        "ru": "Сведения о персональных данных",
        "en": "Access response",
    },
    Kind.EXTENSION: {
        "kk": "Қарау мерзімін ұзарту туралы хабарлама",
        "ru": "Уведомление о продлении срока",
        "en": "Extension notice",
    },
    Kind.DESTRUCTION_ACT: {
        "kk": "Дербес деректерді жою актісі",
        "ru": "Акт об уничтожении персональных данных",
        "en": "Destruction act (internal)",
    },
}

# Template languages; a letter may also be bilingual, which puts both texts in one letter.
TEMPLATE_LANGUAGES: tuple[str, ...] = ("kk", "ru")
BILINGUAL = "bi"
LETTER_LANGUAGES: tuple[str, ...] = ("kk", "ru", BILINGUAL)
LANGUAGE_LABELS = {
    "kk": {"kk": "Қазақ тілінде", "ru": "На казахском", "en": "Kazakh"},
    "ru": {"kk": "Орыс тілінде", "ru": "На русском", "en": "Russian"},
    BILINGUAL: {"kk": "Қазақ және орыс тілдерінде", "ru": "На казахском и русском", "en": "Both"},
}


GROUND_LABELS: dict[Ground, dict[str, str]] = {
    Ground.LAW: {
        "kk": "келісімді кері қайтарып алу Қазақстан Республикасының заңдарына қайшы келеді",
        "ru": "отзыв согласия противоречит законам Республики Казахстан",
        "en": "the withdrawal contradicts the laws of the Republic of Kazakhstan",
    },
    Ground.OBLIGATION: {
        "kk": "орындалмаған міндеттеме бар",
        "ru": "имеется неисполненное обязательство",
        "en": "an obligation is unfulfilled",
    },
}


# The outcome as a letter's «Нәтиже» / «Результат» column shows it: a Russian noun of the action
# (never a participle that would have to agree with the category's gender and number).
OUTCOME_LABELS: dict[Outcome, dict[str, str]] = {
    Outcome.DESTROYED: {"kk": "жойылды", "ru": "уничтожение", "en": "destroyed"},
    Outcome.ANONYMISED: {"kk": "иесіздендірілді", "ru": "обезличивание", "en": "anonymised"},
    Outcome.RETAINED: {
        "kk": "бұғатталды және сақталады",
        "ru": "блокирование и хранение",
        "en": "blocked and retained",
    },
}


def kind_label(kind: str, language: str) -> str:
    labels = KIND_LABELS[Kind(kind)]
    if language == BILINGUAL:
        return f"{labels['kk']} / {labels['ru']}"
    return labels.get(language, labels["en"])
