"""The large demo (``derbes demo --subjects 20000 --requests 20000``, the benchmark's database):
the same seed operators, synthetic subjects and a year of letters as :mod:`.demo`, written by the
bulk path (:mod:`app.storage.bulk`) in one transaction instead of one service call per step.

The operators and their consent documents still go through the services. Subjects, consents,
requests, their status changes, clock stops, extensions, the sender's name keys, the answers
sent (numbered letters, dispatched by registered post), the withdrawals' workflows
(:mod:`.demo_bulk_withdrawals`) and the audit entries of every step are computed here and in
:mod:`.demo_bulk_history`, and inserted in batches. What the services would check is kept by
construction: numbers are gapless per operator and year (the number series end where the rows
do), due dates come from :func:`app.domain.deadlines.compute_deadline` with the database's
calendar and terms, transitions follow the request lifecycle, every letter states only what its
workflow recorded, and the audit chain is hashed in order.

Unlike the small demo it does not render each answer's own PDF (a tenth of a second a letter):
every final letter carries a real PDF rendered from the first letter of its kind and language
(:func:`_insert_with_pdfs`), and its body stays empty.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable

from sqlalchemy import bindparam, update
from sqlmodel import select

from app.domain.errors import DomainError
from app.domain.subject_import import FIELDS
from app.services import deadlines, demo, demo_bulk_withdrawals, demo_data, dispatch, settings
from app.services.context import Context
from app.services.demo_bulk_history import Simulation, _Case
from app.storage import bulk, name_index, search_index
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

BATCH = 10_000


def build(
    ctx: Context,
    subjects: int = 20_000,
    requests: int = 20_000,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
    pdfs: bool = True,
) -> dict:
    """Fill an empty database; returns what was made. ``progress(done, total)`` is called after
    every batch and may raise to stop: then nothing but the operators is kept (one transaction).
    ``pdfs`` False leaves the final letters without their PDF (:func:`_insert_with_pdfs`)."""
    with ctx.read() as session:
        if session.exec(select(Operator.id)).first() is not None:
            raise DomainError.at("db", "db_not_empty")
    data = demo_data.load()
    rng = random.Random(seed)
    ops = demo._operators(ctx, data)
    report = progress or (lambda done, total: None)
    total = subjects + requests
    authority = settings.appeal_authority(ctx) if pdfs else None
    # the collector paused: the build holds hundreds of thousands of rows and audit entries
    # (dicts, tuples), none in a cycle, and each full collection walked them all; the bulk
    # transaction: SQLite writes its pages once (Database.transaction)
    with bulk.cycle_collection_paused(), ctx.write(bulk=True) as w:
        connection = w.session.connection()
        with bulk.sqlite_tuned(connection), bulk.letter_flags_after(connection):
            entries = _Audit(w)
            consent_of: dict[int, int] = {}
            held: list[dict] | None = [] if pdfs else None
            people = _subjects(w, data, rng, ops, subjects, entries, report, total, consent_of)
            made, letters, flows = _requests(
                w, data, rng, people, ops, requests, entries, report, total, consent_of, held
            )
            if held is not None:
                _insert_with_pdfs(w, held, authority)
                # PostgreSQL: the letters' sequence past them (synced with the other tables'
                # before they were inserted: the next letter finalised took a taken id)
                bulk.sync_sequence(connection, Letter.__table__)
            entries.flush()
    return {
        "operators": len(ops),
        "subjects": len(people),
        "requests": made,
        "letters": letters,
        "withdrawals": flows,
    }


def _insert_with_pdfs(w, rows: list[dict], authority: dict[str, str]) -> int:
    """Insert the final letters (``rows``, held back by :func:`_write`), each with a real PDF
    and its SHA-256: for each kind and language one letter (the first) is built from its case
    and rendered as ``letters.finalising`` renders it, with its number and date, and those
    bytes are stored in every letter of that kind and language. Rendering each of thousands of
    letters would take minutes (a tenth of a second each), so the bytes are a real letter's of
    the same kind, not each letter's own (its body stays empty too). Returns how many kinds and
    languages were rendered.

    The cases are read in the demo's own transaction once everything else is written (the
    state a read after the commit would see), and every letter is inserted with its bytes:
    not updated afterwards, which rewrote thousands of rows of 80 KB in a second transaction
    (and scanned the table once per kind, reading past each stored PDF)."""
    from app.letters.pdf import render_pdf
    from app.services.letters.case import _load_cases
    from app.services.letters.compose import letter_of
    from app.services.letters.languages import check_kind

    connection = w.session.connection()
    firsts: dict[tuple[str, str], dict] = {}
    for row in rows:
        if row["finalized_at"] is None:
            continue
        key = (row["kind"], row["language"])
        if key not in firsts or row["id"] < firsts[key]["id"]:
            firsts[key] = row
    sampled = {row["request_id"] for row in firsts.values()}
    # the sampled requests' letters first, so their cases are whole when read
    early = [row for row in rows if row["request_id"] in sampled]
    bulk.insert(connection, Letter, early)
    cases = _load_cases(w.session, sorted(sampled))
    rendered: dict[tuple[str, str], dict] = {}
    for (kind, language), row in sorted(firsts.items()):
        day = row["out_date"]
        letter = letter_of(
            cases[row["request_id"]],
            check_kind(kind),
            language,
            options=None,
            today=day,
            authority=authority,
            out_number=row["out_number"],
            out_date=day,
        )
        pdf = render_pdf(letter)
        rendered[(kind, language)] = {"pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest()}
    table = Letter.__table__
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("lid"))
        .values(pdf=bindparam("the_pdf"), sha256=bindparam("the_sha")),
        [
            {"lid": row["id"], "the_pdf": found["pdf"], "the_sha": found["sha256"]}
            for row in early
            if row["finalized_at"] is not None
            and (found := rendered.get((row["kind"], row["language"]))) is not None
        ],
    )
    unfinal = {"pdf": None, "sha256": None}
    bulk.insert(
        connection,
        Letter,
        (
            row
            | (
                rendered.get((row["kind"], row["language"]), unfinal)
                if row["finalized_at"] is not None
                else unfinal
            )
            for row in rows
            if row["request_id"] not in sampled
        ),
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


def _requests(
    w, data, rng, people, ops, count, entries: _Audit, report, total, consent_of, held=None
):
    session = w.session
    connection = session.connection()
    today = w.now.date()
    history = data.history
    arrivals = demo.arrivals(data, rng, people, count, today)
    by_id = {op.id: op for op in ops}
    sim = Simulation(
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
            _write(w, cases, entries, sim.flows, held)
            report(len(people) + n + 1, total)
            cases.clear()
    _write(w, cases, entries, sim.flows, held)
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


def _write(w, cases: list[_Case], entries: _Audit, flows, held: list | None = None) -> None:
    """One batch of cases; their letters go to ``held`` when given (inserted at the end with
    their PDFs, :func:`_insert_with_pdfs`)."""
    connection = w.session.connection()
    actor, now = w.actor, w.now  # the audit log records the real time of writing
    bulk.insert(connection, Request, [c.row for c in cases])
    bulk.insert(
        connection,
        RequestNameKey.__table__,
        name_index.rows((c.row["id"], c.row["sender"]) for c in cases),
    )
    if cases:  # the linked subjects' keys, for the register's search
        search_index.requests_added(connection, cases[0].row["id"], cases[-1].row["id"])
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
    if held is not None:
        held += letters
    else:
        bulk.insert(connection, Letter, letters)
    flows.write(connection, entries)
    entries.flush()


def _snapshot(row: dict) -> dict:
    return {k: v for k, v in row.items() if not isinstance(v, bytes)}
