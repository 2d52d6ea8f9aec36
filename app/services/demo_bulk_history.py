"""The histories of the bulk demo's requests (:mod:`.demo_bulk`), computed instead of performed:
what :func:`app.services.demo._work` does through the services for each letter of the small
demo (status changes, clock stops, extensions, the answers numbered and posted, the notice
waits; the withdrawals' workflows by :mod:`.demo_bulk_withdrawals`), as rows to insert."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.deadlines import ClockStop, Extension, compute_deadline
from app.domain.dispatch import closes_on
from app.domain.letter_rules import REQUIRES_SUBJECT, kinds_for_type
from app.domain.numbering import format_number
from app.domain.requests import FINAL_STATUSES, RequestType, Status
from app.domain.withdrawal import DESTRUCTION_ACT, applies
from app.services import demo_bulk_withdrawals
from app.services.demo_withdrawals import tracking_number
from app.services.requests import REGISTERED_NOTE, REQUEST_SERIES
from app.storage import bulk
from app.storage.models import Operator

OUTGOING_SERIES = "outgoing"  # as app.services.letters.finalising numbers the letters sent
ACT_SERIES = "act"  # and the destruction acts


@dataclass
class _Case:
    """One request's simulated history: what the services would have written for it."""

    row: dict
    person_id: int  # the subject the letter is from (the row links it, or not yet)
    moves: list[tuple[dt.date, str | None, str, str]] = field(default_factory=list)
    stops: list[dict] = field(default_factory=list)
    extensions: list[dict] = field(default_factory=list)
    letter: dict | None = None  # the answer posted (or to post)
    act: dict | None = None  # a withdrawal's destruction act (kept, never posted)
    waited: int | None = None  # closed after the notice wait (the days waited)


class _DayCache:
    """The database's calendar, each day's answer remembered: the simulation counts the same
    few hundred days for every request (a read-only view for ``compute_deadline``)."""

    def __init__(self, calendar):
        self._calendar = calendar
        self._days: dict[dt.date, object] = {}

    def info(self, day: dt.date):
        found = self._days.get(day)
        if found is None:
            found = self._days[day] = self._calendar.info(day)
        return found


class Simulation:
    """The histories of :func:`app.services.demo._work`, computed instead of performed."""

    def __init__(self, rng, today, history, calendar, policy, actor, wait, now):
        self.rng, self.today, self.history, self.wait = rng, today, history, wait
        self.now = now  # the real time of writing, as the audit log records it
        self.flows: demo_bulk_withdrawals.Workflows | None = None
        self.calendar, self.policy, self.actor = _DayCache(calendar), policy, actor
        self.numbers: dict[tuple[int, str, int], int] = {}
        self._plain: dict[tuple[dt.date, int], dt.date | None] = {}

    def _next(self, operator_id: int, series: str, year: int) -> int:
        seq = self.numbers.get((operator_id, series, year), 0) + 1
        self.numbers[(operator_id, series, year)] = seq
        return seq

    def _due(self, received, days, stops=(), extensions=()):
        if not stops and not extensions:
            found = self._plain.get((received, days))
            if found is None:
                found = self._plain[(received, days)] = compute_deadline(
                    self.calendar, received, days
                ).due
            return found, None
        deadline = compute_deadline(self.calendar, received, days, stops, extensions)
        return deadline.due, deadline.remaining

    def case(self, rid, received, rtype, person, data, operator: Operator) -> _Case:
        rng, today, history = self.rng, self.today, self.history
        subject_id, operator_id, name, script, iin, address = person
        registered = min(today, received + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))))
        language = script if rng.random() < 0.85 else ("ru" if script == "kk" else "kk")
        summary = rng.choice(data.summaries[rtype.value])
        given_iin = iin if rng.random() < 0.7 else ""
        linked = subject_id if rng.random() < 0.8 or given_iin else None
        term = self.policy.term(rtype.value)
        year = registered.year
        seq = self._next(operator_id, REQUEST_SERIES, year)
        due, remaining = self._due(received, term.days)
        row = {
            "id": rid,
            "operator_id": operator_id,
            "reg_number": format_number(
                operator.request_pattern, operator.request_prefix, year, seq
            ),
            "reg_year": year,
            "reg_seq": seq,
            "received_date": received,
            "registered_date": registered,
            "postmark_date": received - dt.timedelta(days=rng.randint(1, 6)),
            "channel": rng.choice(history["channels"]),
            "sender": name,
            "sender_address": address.strip(),
            "language": language,
            "type": rtype.value,
            "signed": rtype is not RequestType.CONSENT_WITHDRAWAL or rng.random() < 0.9,
            "summary": summary["kk" if language == "kk" else "ru"].strip(),
            "subject_id": linked,
            "assignee": rng.choice(history["assignees"]).strip(),
            "status": Status.REGISTERED.value,
            "term_days": term.days,
            "term_basis": term.basis,
            "due_date": due,
            "remaining_days": remaining,
            "outcome": "",
            "closed_date": None,
            "created_at": bulk.utc(registered, 9),
            "updated_at": bulk.utc(registered, 9),
            "version": 1,
            "updated_by": self.actor,
        }
        case = _Case(
            row, subject_id, [(registered, None, Status.REGISTERED.value, REGISTERED_NOTE)]
        )
        self._work(case, operator)
        return case

    def move(self, case: _Case, day: dt.date, new: Status, note: str = "") -> None:
        day = min(day, self.today)
        case.moves.append((day, case.row["status"], new.value, note))
        case.row["status"] = new.value
        case.row["version"] += 1
        case.row["updated_at"] = bulk.utc(day, 12)
        if new in FINAL_STATUSES:
            case.row["closed_date"] = day

    def _work(self, case: _Case, operator: Operator) -> None:
        rng, today, notes = self.rng, self.today, self.history["notes"]
        row = case.row
        workflow = applies(row["type"])
        received, registered = row["received_date"], row["registered_date"]
        age = (today - received).days
        step = registered + dt.timedelta(days=rng.randint(1, 4))
        roll = rng.random()
        if age < 3 and roll < 0.7:
            return  # just registered
        if roll < 0.05:
            self.move(case, step, Status.WITHDRAWN, notes["withdrawn"])
            return
        self.move(case, step, Status.IN_PROGRESS)
        stops: list[ClockStop] = []
        extensions: list[Extension] = []
        if roll < 0.12 and age > 20:
            stop = step + dt.timedelta(days=rng.randint(1, 5))
            if stop <= today:
                resume = stop + dt.timedelta(days=rng.randint(3, 12))
                resumed = resume < today - dt.timedelta(days=5)
                self._stop(case, stop, resume if resumed else None, notes, stops)
                if not resumed:
                    return
                self.move(case, resume, Status.IN_PROGRESS, notes["resumed"])
        elif roll < 0.2 and age < 40:
            stop = min(today, step + dt.timedelta(days=rng.randint(1, 8)))
            self._stop(case, stop, None, notes, stops, reason=notes["stop_identity"])
            return
        due = row["due_date"]
        if due is None:
            return
        if 0.2 <= roll < 0.26 and due >= registered:
            granted = min(today, due)
            days = rng.choice((5, 10, 15))
            extensions.append(Extension(days, notes["extension"], granted))
            case.extensions.append(
                {
                    "request_id": row["id"],
                    "days": days,
                    "reason_kk": notes["extension"],
                    "reason_ru": notes["extension_ru"],
                    "granted_on": granted,
                    "actor": self.actor,
                    "created_at": bulk.utc(granted, 12),
                }
            )
            row["due_date"], row["remaining_days"] = self._due(
                received, row["term_days"], stops, extensions
            )
            case.extensions[-1]["new_due"] = row["due_date"]
            due = row["due_date"]
        start = min(step, today)
        if due < today and (today - due).days < 35 and rng.random() < 0.4:
            if workflow:
                self.flows.midway(case, start, operator)
            return  # overdue, still open
        if due >= today and rng.random() < 0.6:
            if workflow:
                self.flows.midway(case, start, operator)
            elif rng.random() < 0.3:
                self.move(case, today, Status.ANSWER_READY)
            return
        finish = max(min(due - dt.timedelta(days=rng.randint(0, 10)), today), step)
        finish = min(finish, today)
        if workflow:
            self.flows.finish(case, start, finish, operator)
            return
        if rng.random() < 0.08:
            self.move(case, finish, Status.REJECTED, notes["rejected"])
            return
        self.move(case, finish, Status.ANSWER_READY)
        self._answer(case, finish, operator)
        self.move(case, finish, Status.SENT)
        if rng.random() < 0.85:
            delivered = min(today, finish + dt.timedelta(days=rng.randint(3, 12)))
            case.letter["delivered_on"] = delivered
            self.move(case, delivered, Status.CLOSED)
        elif closes_on(finish, self.wait) <= today:
            # no notice came: closed once the configured days passed (dispatch.close_waited)
            case.waited = self.wait
            self.move(case, today, Status.CLOSED)

    def _stop(self, case, stop, resume, notes, stops, reason=None) -> None:
        row = case.row
        reason = reason or notes["stop_signed_statement"]
        self.move(case, stop, Status.WAITING, reason)
        stops.append(ClockStop(stop, resume, reason))
        case.stops.append(
            {
                "request_id": row["id"],
                "stopped_on": stop,
                "resumed_on": resume,
                "reason": reason,
                "actor": self.actor,
                "created_at": bulk.utc(stop, 12),
                "resumed_at": bulk.utc(resume, 12) if resume else None,
                "resumed_by": self.actor if resume else "",
            }
        )
        row["due_date"], row["remaining_days"] = self._due(
            row["received_date"], row["term_days"], stops
        )

    def _answer(self, case: _Case, day: dt.date, operator: Operator) -> None:
        """The answer, numbered in the operator's outgoing series and posted the same day."""
        kind = kinds_for_type(case.row["type"])[0]
        if kind in REQUIRES_SUBJECT and case.row["subject_id"] is None:
            case.row["subject_id"] = case.person_id  # the officer links it to answer it
        self.final_letter(case, day, operator, kind.value)
        self._post(case.letter, day)

    def final_letter(self, case: _Case, day: dt.date, operator: Operator, kind: str) -> dict:
        """A letter of ``kind`` finalised on ``day``, numbered as ``letters.finalising`` numbers
        it: a destruction act in the act series (``case.act``), any other in the outgoing one
        (``case.letter``, to post), a Kazakh letter by the Kazakh pattern."""
        row = case.row
        act = kind == DESTRUCTION_ACT
        if act:
            pattern = operator.act_pattern
        elif row["language"] == "kk":
            pattern = operator.outgoing_pattern_kk
        else:
            pattern = operator.outgoing_pattern
        seq = self._next(operator.id, ACT_SERIES if act else OUTGOING_SERIES, day.year)
        number = format_number(pattern, operator.request_prefix, day.year, seq)
        letter = {
            "request_id": row["id"],
            "operator_id": operator.id,
            "kind": kind,
            "language": row["language"],
            "series": "act" if act else "out",
            "out_number": number,
            "out_year": day.year,
            "out_seq": seq,
            "out_date": day,
            "body": "",
            "finalized_at": bulk.utc(day, 10),
            "method": "",
            "sent_on": None,
            "tracking_number": "",
            "delivered_on": None,
            "weight": None,
            "addressee": "" if act else row["sender"],
            "address": "" if act else row["sender_address"],
            "dispatched_by": "",
            "created_at": bulk.utc(day, 10),
        }
        if act:
            case.act = letter
        else:
            case.letter = letter
        return letter

    def _post(self, letter: dict, day: dt.date) -> None:
        letter |= {
            "method": "registered",
            "sent_on": day,
            "tracking_number": tracking_number(self.rng),
            "weight": self.rng.choice((20, 50)),
            "dispatched_by": self.actor,
        }

    def send(self, case: _Case, day: dt.date) -> bool:
        """A workflow's final letter posted as ``demo_withdrawals._send`` posts it (answer
        ready, sent, then the notice, or none yet); False when it is still on the desk."""
        rng, today = self.rng, self.today
        self.move(case, day, Status.ANSWER_READY)
        if (today - day).days <= 3 and rng.random() < 0.5:
            return False  # finalised in the last days: still to post
        self._post(case.letter, day)
        self.move(case, day, Status.SENT)
        roll = rng.random()
        if roll < 0.85:
            notice = day + dt.timedelta(days=rng.randint(4, 21))
            if notice <= today:
                case.letter["delivered_on"] = notice
                self.move(case, notice, Status.CLOSED)
                return True
        if closes_on(day, self.wait) <= today and case.row["status"] != Status.CLOSED.value:
            case.waited = self.wait
            self.move(case, today, Status.CLOSED)
        return True
