"""Request types, statuses and the allowed moves between them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import DomainError, Problem, TransitionError, problem


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
    RequestType.CLAIM: {"kk": "Шағым", "ru": "Жалоба", "en": "Pre-trial claim"},
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


def transition_problem(current: Status | str, new: Status | str) -> Problem | None:
    """Why ``current`` → ``new`` is not allowed (a coded problem at ``status``), or None."""
    current, new = Status(current), Status(new)
    if new == current:
        return problem("status", "status_same", status=current.value)
    allowed = TRANSITIONS[current]
    if new in allowed:
        return None
    names = sorted(s.value for s in allowed)
    params = {"current": current.value, "new": new.value, "allowed": names}
    if current in FINAL_STATUSES:
        code = "status_final"
    elif current is Status.SENT:
        code = "status_sent_only_closes"
    elif new is Status.SENT:
        code = "status_send_needs_answer"
    elif new is Status.CLOSED:
        code = "status_closes_on_dispatch"
    elif new is Status.REGISTERED:
        code = "status_no_way_back"
    else:
        code = "status_not_allowed"
    return problem("status", code, **params)


def check_transition(current: Status | str, new: Status | str) -> None:
    """Raise :class:`TransitionError` saying why ``current`` → ``new`` is not allowed."""
    found = transition_problem(current, new)
    if found is not None:
        raise TransitionError(found)


# -- what the officer may do with a request now ----------------------------------------------

# The order statuses are offered in: the way a request normally goes.
STATUS_ORDER = (
    Status.REGISTERED,
    Status.IN_PROGRESS,
    Status.WAITING,
    Status.ANSWER_READY,
    Status.SENT,
    Status.CLOSED,
    Status.REJECTED,
    Status.WITHDRAWN,
)


class Action(StrEnum):
    CHANGE_STATUS = "change_status"
    STOP_CLOCK = "stop_clock"
    RESUME_CLOCK = "resume_clock"
    EXTEND = "extend"
    LINK_SUBJECT = "link_subject"
    UNLINK_SUBJECT = "unlink_subject"
    PREPARE_LETTER = "prepare_letter"
    ASSIGN = "assign"
    ADD_NOTE = "add_note"


@dataclass(frozen=True)
class ActionState:
    """Whether ``action`` may be done now; when not, ``problem`` says why (a coded problem)."""

    action: Action
    problem: Problem | None = None

    @property
    def allowed(self) -> bool:
        return self.problem is None


def target_statuses(current: Status | str) -> tuple[Status, ...]:
    """The statuses the officer may choose from ``current``, in the usual order (waiting is
    not among them: it is the clock-stop action, which needs a reason)."""
    allowed = TRANSITIONS[Status(current)] - {Status.WAITING}
    return tuple(s for s in STATUS_ORDER if s in allowed)


def action_problem(
    action: Action | str,
    status: Status | str,
    due_date: dt.date | None = None,
    subject_linked: bool = False,
) -> Problem | None:
    """Why ``action`` cannot be done on a request in ``status`` (with its due date, None while
    the clock is stopped, and whether a subject is linked), or None when it can."""
    action, status = Action(action), Status(status)
    if action is Action.CHANGE_STATUS:
        if status is Status.WAITING:
            return problem("status", "resume_first")
        if not target_statuses(status):
            return problem("status", "status_is_final", status=status.value)
        return None
    if action is Action.STOP_CLOCK:
        if status is Status.WAITING:
            return problem("status", "clock_already_stopped")
        if Status.WAITING not in TRANSITIONS[status]:
            return problem("status", "cannot_wait", status=status.value)
        return None
    if action is Action.RESUME_CLOCK:
        return None if status is Status.WAITING else problem("status", "clock_not_stopped")
    if action is Action.EXTEND:
        if status not in OPEN_STATUSES:
            return problem("status", "cannot_extend", status=status.value)
        if due_date is None:
            return problem("status", "resume_before_extending")
        return None
    if action is Action.UNLINK_SUBJECT:
        return None if subject_linked else problem("subject", "no_subject_linked")
    # Linking, letters, assigning and notes are open to a request in any status: a closed
    # case still gets its subject corrected, a copy of a letter, a note.
    return None


def case_actions(
    status: Status | str, due_date: dt.date | None = None, subject_linked: bool = False
) -> dict[Action, ActionState]:
    """Every action with whether the request's status allows it now, and why not."""
    return {a: ActionState(a, action_problem(a, status, due_date, subject_linked)) for a in Action}


def check_action(
    action: Action | str,
    status: Status | str,
    due_date: dt.date | None = None,
    subject_linked: bool = False,
) -> None:
    """Raise :class:`DomainError` with the reason ``action`` cannot be done now."""
    found = action_problem(action, status, due_date, subject_linked)
    if found is not None:
        raise DomainError(found)


# -- the dates of a clock stop and resume (the dialog checks them live, the service again) ----


def clock_stop_problem(day: dt.date, today: dt.date, received: dt.date) -> Problem | None:
    """Why the clock cannot stop on ``day`` (the letter arrived on ``received``), or None."""
    if day > today:
        return problem("stopped_on", "future", value=day)
    if day < received:
        return problem("stopped_on", "stop_before_received", received=received)
    return None


def clock_resume_problem(
    day: dt.date, today: dt.date, stopped_on: dt.date | None
) -> Problem | None:
    """Why the clock cannot resume on ``day`` (it stopped on ``stopped_on``), or None."""
    if day > today:
        return problem("resumed_on", "future", value=day)
    if stopped_on is not None and day < stopped_on:
        return problem("resumed_on", "resume_before_stop", stopped_on=stopped_on)
    return None


def clock_stop_reason_problem(reason: str) -> Problem | None:
    """A clock stop needs what the subject was asked to clarify or provide."""
    return None if reason.strip() else problem("reason", "stop_reason_required")


# -- the officer's own lines on a case --------------------------------------------------------

MAX_ASSIGNEE = 120


def assignee_problem(name: str) -> Problem | None:
    """The name a request is assigned to fits its column (empty: nobody)."""
    name = name.strip()
    if len(name) > MAX_ASSIGNEE:
        return problem("assignee", "too_long", max=MAX_ASSIGNEE, given=len(name))
    return None


def note_problem(text: str) -> Problem | None:
    """A note on the timeline says something."""
    return None if text.strip() else problem("note", "required")
