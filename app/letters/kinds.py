"""The kinds of letter Derbes writes, their names, and the languages a letter can take."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """Command-line names of the letter kinds (SPEC, "Letters")."""

    ACKNOWLEDGEMENT = "acknowledgement"
    DEREGISTRATION = "deregistration"
    CLAIM_RESPONSE = "claim-response"
    REFUSAL = "refusal"
    CLARIFICATION = "clarification"
    ACCESS = "access"
    EXTENSION = "extension"
    DESTRUCTION_ACT = "destruction-act"


KINDS: tuple[str, ...] = tuple(k.value for k in Kind)

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
        "ru": "Ответ на претензию",
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

# Documents kept in the case, not sent: no addressee, an approval block instead.
INTERNAL_KINDS = frozenset({Kind.DESTRUCTION_ACT})

# Kinds that speak of the subject's record: the request must be linked to a subject.
REQUIRES_SUBJECT = frozenset({Kind.ACCESS, Kind.DEREGISTRATION, Kind.DESTRUCTION_ACT})

# Template languages; a letter may also be bilingual, which puts both texts in one letter.
TEMPLATE_LANGUAGES: tuple[str, ...] = ("kk", "ru")
BILINGUAL = "bi"
LETTER_LANGUAGES: tuple[str, ...] = ("kk", "ru", BILINGUAL)
LANGUAGE_LABELS = {
    "kk": {"kk": "Қазақ тілінде", "ru": "На казахском", "en": "Kazakh"},
    "ru": {"kk": "Орыс тілінде", "ru": "На русском", "en": "Russian"},
    BILINGUAL: {"kk": "Қазақ және орыс тілдерінде", "ru": "На казахском и русском", "en": "Both"},
}


class Ground(StrEnum):
    """Grounds for refusing a withdrawal of consent: Law 94-V, art. 8(2)."""

    LAW = "law"  # the withdrawal contradicts the laws of the Republic of Kazakhstan
    OBLIGATION = "obligation"  # an obligation is still unfulfilled (e.g. an open debt)


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


class Outcome(StrEnum):
    """What happened to one category of data when consent was withdrawn (SPEC step 3)."""

    DESTROYED = "destroyed"
    ANONYMISED = "anonymised"
    RETAINED = "retained"  # blocked and kept under a named legal basis until a date


OUTCOME_LABELS: dict[Outcome, dict[str, str]] = {
    Outcome.DESTROYED: {"kk": "жойылды", "ru": "уничтожены", "en": "destroyed"},
    Outcome.ANONYMISED: {"kk": "иесіздендірілді", "ru": "обезличены", "en": "anonymised"},
    Outcome.RETAINED: {
        "kk": "бұғатталды және сақталады",
        "ru": "заблокированы и хранятся",
        "en": "blocked and retained",
    },
}


def kind_label(kind: str, language: str) -> str:
    labels = KIND_LABELS[Kind(kind)]
    if language == BILINGUAL:
        return f"{labels['kk']} / {labels['ru']}"
    return labels.get(language, labels["en"])
