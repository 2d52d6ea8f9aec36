"""Request types, statuses and the allowed moves between them."""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import TransitionError


class RequestType(StrEnum):
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    CLAIM = "claim"
    ACCESS = "access"
    CORRECTION = "correction"
    BLOCKING = "blocking"
    DESTRUCTION = "destruction"
    ADVERTISING_OBJECTION = "advertising_objection"
    OTHER = "other"


TYPE_LABELS: dict[RequestType, dict[str, str]] = {
    RequestType.CONSENT_WITHDRAWAL: {
        "kk": "Келісімді кері қайтарып алу",
        "ru": "Отзыв согласия",
        "en": "Consent withdrawal",
    },
    RequestType.CLAIM: {"kk": "Шағым", "ru": "Претензия (жалоба)", "en": "Pre-trial claim"},
    RequestType.ACCESS: {"kk": "Мәлімет алу", "ru": "Получение сведений", "en": "Access"},
    RequestType.CORRECTION: {
        "kk": "Нақтылау, толықтыру",
        "ru": "Изменение, дополнение",
        "en": "Correction",
    },
    RequestType.BLOCKING: {"kk": "Бұғаттау", "ru": "Блокирование", "en": "Blocking"},
    RequestType.DESTRUCTION: {"kk": "Жою", "ru": "Уничтожение", "en": "Destruction"},
    RequestType.ADVERTISING_OBJECTION: {
        "kk": "Жарнамадан бас тарту",
        "ru": "Отказ от рекламы",
        "en": "Advertising objection",
    },
    RequestType.OTHER: {"kk": "Басқа", "ru": "Иное", "en": "Other"},
}


class Status(StrEnum):
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting for the subject: the clock is stopped
    ANSWER_READY = "answer_ready"
    SENT = "sent"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


STATUS_LABELS: dict[Status, dict[str, str]] = {
    Status.REGISTERED: {"kk": "Тіркелді", "ru": "Зарегистрировано", "en": "Registered"},
    Status.IN_PROGRESS: {"kk": "Орындалуда", "ru": "В работе", "en": "In progress"},
    Status.WAITING: {
        "kk": "Субъектінің жауабы күтілуде",
        "ru": "Ожидает ответа субъекта",
        "en": "Waiting for subject",
    },
    Status.ANSWER_READY: {"kk": "Жауап дайын", "ru": "Ответ готов", "en": "Answer ready"},
    Status.SENT: {"kk": "Жіберілді", "ru": "Отправлено", "en": "Sent"},
    Status.CLOSED: {"kk": "Жабылды", "ru": "Закрыто", "en": "Closed"},
    Status.REJECTED: {"kk": "Қабылданбады", "ru": "Отклонено", "en": "Rejected"},
    Status.WITHDRAWN: {"kk": "Кері қайтарылды", "ru": "Отозвано", "en": "Withdrawn"},
}

# Statuses whose deadline still runs (or is stopped): the officer still owes an answer.
OPEN_STATUSES = frozenset(
    {Status.REGISTERED, Status.IN_PROGRESS, Status.WAITING, Status.ANSWER_READY}
)
FINAL_STATUSES = frozenset({Status.CLOSED, Status.REJECTED, Status.WITHDRAWN})

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.REGISTERED: frozenset(
        {Status.IN_PROGRESS, Status.WAITING, Status.ANSWER_READY, Status.REJECTED, Status.WITHDRAWN}
    ),
    Status.IN_PROGRESS: frozenset(
        {Status.WAITING, Status.ANSWER_READY, Status.REJECTED, Status.WITHDRAWN}
    ),
    Status.WAITING: frozenset({Status.IN_PROGRESS, Status.REJECTED, Status.WITHDRAWN}),
    Status.ANSWER_READY: frozenset({Status.IN_PROGRESS, Status.SENT, Status.WITHDRAWN}),
    Status.SENT: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
    Status.REJECTED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}


def allowed_transitions(current: Status) -> frozenset[Status]:
    return TRANSITIONS[Status(current)]


def check_transition(current: Status | str, new: Status | str) -> None:
    """Raise :class:`TransitionError` saying why ``current`` → ``new`` is not allowed."""
    current, new = Status(current), Status(new)
    if new == current:
        raise TransitionError(f"the request is already {current.value}", "status")
    allowed = TRANSITIONS[current]
    if new in allowed:
        return
    if current in FINAL_STATUSES:
        reason = f"a {current.value} request is final and cannot become {new.value}"
    elif current is Status.SENT:
        reason = "a sent answer can only be closed; a correction is a new letter"
    elif new is Status.SENT:
        reason = "only a request whose answer is ready can be sent"
    elif new is Status.CLOSED:
        reason = "a request closes on dispatch: send the answer first"
    elif new is Status.REGISTERED:
        reason = "a request cannot go back to registered"
    else:
        reason = f"{current.value} cannot change to {new.value}"
    names = ", ".join(sorted(s.value for s in allowed)) or "none"
    raise TransitionError(f"{reason} (allowed from {current.value}: {names})", "status")
