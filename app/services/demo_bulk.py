"""The large demo (``derbes demo --subjects 20000 --requests 20000``, the benchmark's database):
the same seed operators, synthetic subjects and a year of letters as :mod:`.demo`, written by the
bulk path (:mod:`app.storage.bulk`) in one transaction instead of one service call per step.

The operators and their consent documents still go through the services. Subjects, consents,
requests, their status changes, clock stops, extensions, the sender's name keys, the answers
sent (numbered letters, dispatched by registered post) and the audit entries of every step are
computed here and inserted in batches. What the services would check is kept by construction:
numbers are gapless per operator and year (the number series end where the rows do), due dates
come from :func:`app.domain.deadlines.compute_deadline` with the database's calendar and terms,
transitions follow the request lifecycle, and the audit chain is hashed in order.

Unlike the small demo it does not render each answer's PDF nor walk the withdrawal workflow:
those rows are what the letter and withdrawal screens make when the officer works a case; the
small demo (:func:`app.services.demo.build`) still does both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, update
from sqlmodel import select

from app.domain.deadlines import ClockStop, Extension, compute_deadline
from app.domain.dispatch import closes_on
from app.domain.errors import DomainError
from app.domain.letter_rules import kinds_for_type
from app.domain.numbering import format_number
from app.domain.requests import FINAL_STATUSES, RequestType, Status
from app.domain.subject_import import FIELDS
from app.domain.withdrawal import DESTRUCTION_ACT, applies
from app.services import deadlines, demo, demo_bulk_withdrawals, demo_data, dispatch
from app.services.context import Context
from app.services.demo_withdrawals import tracking_number
from app.services.requests import REGISTERED_NOTE, REQUEST_SERIES
from app.storage import bulk, name_index
from app.storage.models import (
    ClockStopRow,
    Consent,
    ConsentDocument,
    ExtensionRow,
    Letter,
    NumberSeries,
    Operator,
    Request,
    RequestNameKey,
    StatusChange,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    WithdrawalStep,
    WithdrawalSystem,
)

OUTGOING_SERIES = "outgoing"  # as app.services.letters.finalising numbers the letters sent
ACT_SERIES = "act"  # and the destruction acts
BATCH = 10_000


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


def build(
    ctx: Context,
    subjects: int = 20_000,
    requests: int = 20_000,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Fill an empty database; returns what was made. ``progress(done, total)`` is called after
    every batch and may raise to stop: then nothing but the operators is kept (one transaction)."""
    with ctx.read() as session:
        if session.exec(select(Operator.id)).first() is not None:
            raise DomainError.at("db", "db_not_empty")
    data = demo_data.load()
    rng = random.Random(seed)
    ops = demo._operators(ctx, data)
    report = progress or (lambda done, total: None)
    total = subjects + requests
    with ctx.write() as w:
        connection = w.session.connection()
        with bulk.sqlite_tuned(connection):
            entries = _Audit(w)
            consent_of: dict[int, int] = {}
            people = _subjects(w, data, rng, ops, subjects, entries, report, total, consent_of)
            made, letters, flows = _requests(
                w, data, rng, people, ops, requests, entries, report, total, consent_of
            )
            entries.flush()
    _attach_pdfs(ctx)
    return {
        "operators": len(ops),
        "subjects": len(people),
        "requests": made,
        "letters": letters,
        "withdrawals": flows,
    }


def _attach_pdfs(ctx: Context) -> int:
    """Every final letter gets a real PDF and its SHA-256: for each kind and language one letter
    (the first) is built from its case and rendered as ``letters.finalising`` renders it, with
    its number and date, and those bytes are stored in every letter of that kind and language.
    Rendering each of thousands of letters would take minutes (a tenth of a second each), so
    the bytes are a real letter's of the same kind, not each letter's own (its body stays empty
    too). Returns how many kinds and languages were rendered."""
    from app.letters.pdf import render_pdf
    from app.services import letters

    table = Letter.__table__
    with ctx.read() as session:
        firsts = session.execute(
            select(table.c.kind, table.c.language, func.min(table.c.id))
            .where(table.c.finalized_at.is_not(None))
            .group_by(table.c.kind, table.c.language)
            .order_by(table.c.kind, table.c.language)
        ).all()
        samples = [session.get(Letter, first) for _kind, _language, first in firsts]
    rendered = []
    for row in samples:
        day = row.out_date
        on_day = dataclasses.replace(ctx, clock=lambda day=day: day)
        letter = letters.build(
            on_day, row.request_id, row.kind, row.language, out_number=row.out_number, out_date=day
        )
        pdf = render_pdf(letter)
        rendered.append((row.kind, row.language, pdf, hashlib.sha256(pdf).hexdigest()))
    with ctx.write() as w:
        for kind, language, pdf, digest in rendered:
            w.session.execute(
                update(table)
                .where(
                    table.c.kind == kind,
                    table.c.language == language,
                    table.c.finalized_at.is_not(None),
                )
                .values(pdf=pdf, sha256=digest)
            )
    return len(rendered)


class _Audit(list):
    """The audit entries of the steps written so far, appended to the chain batch by batch
    (a million requests' entries are not all held at once); the writer keeps the anchor."""

    def __init__(self, w):
        super().__init__()
        self._w = w

    def flush(self) -> None:
        anchor = bulk.audit_entries(self._w.session, self)
        if anchor is not None:
            self._w.anchor = anchor
        self.clear()


def _subjects(
    w, data, rng, ops, count: int, entries: _Audit, report, total: int, consent_of: dict
) -> list[tuple]:
    """The subjects and their consents (``consent_of``: subject id -> consent id, filled)."""
    connection = w.session.connection()
    today = w.now.date()
    docs = w.session.exec(select(ConsentDocument)).all()
    docs_of = {op.id: [d for d in docs if d.operator_id == op.id] for op in ops}
    first = bulk.reserve_ids(connection, Subject.__table__, count)
    next_consent = bulk.reserve_ids(connection, Consent.__table__, count)
    used_iins: set[str] = set()
    cache: dict[str, str] = {}
    people: list[tuple] = []
    rows: list[dict] = []
    consents: list[dict] = []
    per_operator: dict[int, int] = {}

    def flush() -> None:
        bulk.insert(connection, Subject, rows)
        bulk.insert(connection, Consent, consents)
        rows.clear()
        consents.clear()
        report(len(people), total)

    for i in range(count):
        op = ops[i % len(ops)] if i < len(ops) else rng.choice(ops)
        person, script = demo.person_input(data, rng, op, used_iins)
        sid = first + i
        values = {name: getattr(person, name) for name in FIELDS}
        values["iin"] = values["iin"] or None
        rows.append(
            values
            | bulk.subject_keys(person.surname, person.given_name, person.patronymic, cache)
            | {
                "id": sid,
                "operator_id": op.id,
                "status": "active",
                "created_at": w.now,
                "updated_at": w.now,
                "version": 1,
                "updated_by": w.actor,
            }
        )
        consent = demo.consent_of(data, rng, op, docs_of[op.id], today)
        if consent is not None:
            doc_id, given_at, channel = consent
            consents.append(
                {
                    "id": next_consent,
                    "subject_id": sid,
                    "document_id": doc_id,
                    "given_at": given_at,
                    "channel": channel,
                }
            )
            consent_of[sid] = next_consent
            next_consent += 1
        per_operator[op.id] = per_operator.get(op.id, 0) + 1
        people.append((sid, op.id, demo.full_name(person), script, person.iin, person.address))
        if len(rows) >= BATCH:
            flush()
    flush()
    bulk.sync_sequence(connection, Subject.__table__)
    bulk.sync_sequence(connection, Consent.__table__)
    entries.append(
        (
            w.now,
            w.actor,
            "demo.subjects",
            "subject",
            "",
            None,
            {"subjects": count, "per_operator": {str(k): v for k, v in per_operator.items()}},
        )
    )
    entries.append((w.now, w.actor, "demo.consents", "consent", "", None, {"subjects": count}))
    return people


def _requests(w, data, rng, people, ops, count, entries: _Audit, report, total, consent_of):
    session = w.session
    connection = session.connection()
    today = w.now.date()
    history = data.history
    arrivals = demo.arrivals(data, rng, people, count, today)
    by_id = {op.id: op for op in ops}
    sim = _Simulation(
        rng,
        today,
        history,
        deadlines.load_calendar(session),
        deadlines.load_policy(session),
        w.actor,
        dispatch.notice_wait_in(session),
        w.now,
    )
    sim.flows = demo_bulk_withdrawals.Workflows(
        sim, history, bulk.reserve_ids(connection, Withdrawal.__table__, count), consent_of
    )
    first = bulk.reserve_ids(connection, Request.__table__, count)
    next_letter = bulk.reserve_ids(connection, Letter.__table__, count)
    cases: list[_Case] = []
    letters = 0
    for n, (received, rtype, person) in enumerate(arrivals):
        case = sim.case(first + n, received, rtype, person, data, by_id[person[1]])
        for letter in (case.act, case.letter):
            if letter is not None:
                letter["id"] = next_letter
                next_letter += 1
                letters += 1
        cases.append(case)
        if len(cases) >= BATCH:
            _write(w, cases, entries, sim.flows)
            report(len(people) + n + 1, total)
            cases.clear()
    _write(w, cases, entries, sim.flows)
    report(len(people) + count, total)
    tables = (Request, StatusChange, ClockStopRow, ExtensionRow, Letter, Withdrawal)
    tables += (WithdrawalSystem, WithdrawalOutcome, WithdrawalStep)
    for table in tables:
        bulk.sync_sequence(connection, table.__table__)
    bulk.insert(
        connection,
        NumberSeries.__table__,
        [
            {"operator_id": op, "series": series, "year": year, "last": last}
            for (op, series, year), last in sorted(sim.numbers.items())
        ],
    )
    return count, letters, sim.flows.made


def _write(w, cases: list[_Case], entries: _Audit, flows) -> None:
    connection = w.session.connection()
    actor, now = w.actor, w.now  # the audit log records the real time of writing
    bulk.insert(connection, Request, [c.row for c in cases])
    bulk.insert(
        connection,
        RequestNameKey.__table__,
        name_index.rows((c.row["id"], c.row["sender"]) for c in cases),
    )
    changes, stops, extensions, letters = [], [], [], []
    for c in cases:
        rid = c.row["id"]
        entries.append((now, actor, "request.register", "request", rid, None, _snapshot(c.row)))
        for day, old, new, note in c.moves:
            at = bulk.utc(day, 12)
            changes.append(
                {
                    "request_id": rid,
                    "from_status": old,
                    "to_status": new,
                    "at": at,
                    "actor": actor,
                    "note": note,
                }
            )
            if old is not None:
                entries.append(
                    (
                        now,
                        actor,
                        "request.status",
                        "request",
                        rid,
                        {"status": old},
                        {"status": new, "note": note},
                    )
                )
        stops += c.stops
        extensions += c.extensions
        if c.waited is not None:
            facts = {"out_number": c.letter["out_number"], "sent_on": c.letter["sent_on"]}
            entries.append(
                (
                    now,
                    actor,
                    "letter.wait_elapsed",
                    "letter",
                    c.letter["id"],
                    None,
                    facts | {"wait": c.waited, "at": now.isoformat()},
                )
            )
        if c.act is not None:
            letters.append(c.act)
        if c.letter is not None:
            letters.append(c.letter)
        if c.letter is not None and c.letter["sent_on"] is not None:
            entries.append(
                (
                    now,
                    actor,
                    "letter.dispatch",
                    "letter",
                    c.letter["id"],
                    None,
                    {
                        k: c.letter[k]
                        for k in ("out_number", "method", "sent_on", "tracking_number", "addressee")
                    },
                )
            )
    bulk.insert(connection, StatusChange, changes)
    bulk.insert(connection, ClockStopRow, stops)
    bulk.insert(connection, ExtensionRow, extensions)
    bulk.insert(connection, Letter, letters)
    flows.write(connection, entries)
    entries.flush()


def _snapshot(row: dict) -> dict:
    return {k: v for k, v in row.items() if not isinstance(v, bytes)}


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


class _Simulation:
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
                    "reason": notes["extension"],
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
        kind = kinds_for_type(case.row["type"])[0].value
        self.final_letter(case, day, operator, kind)
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
