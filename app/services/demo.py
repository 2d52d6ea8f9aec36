"""The demo database: the five seed operators, synthetic subjects and a year of letters.

Everything goes through the same services an officer's actions do, so the demo's numbers, due
dates, histories and audit chain are the program's own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from sqlmodel import select

from app.domain.errors import DomainError
from app.domain.identifiers import make_iin
from app.domain.names import to_latin
from app.domain.requests import RequestType, Status
from app.domain.withdrawal import applies
from app.services import demo_data, demo_withdrawals, dispatch, operators, requests, subjects
from app.services.context import Context
from app.storage.models import Consent, ConsentDocument, Operator

DEFAULT_OPERATOR_CODE = "idcollect"
# From this many subjects and requests together the demo is written by the bulk path
# (:mod:`.demo_bulk`, seconds instead of minutes); the default demo stays step by step.
BULK_FROM = 5000


def build(
    ctx: Context,
    subjects: int = 300,
    requests: int = 400,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Fill an empty database; returns what was made. ``progress(done, total)`` may raise to
    stop (what was made so far stays: every step is its own transaction). A large demo
    (``BULK_FROM`` rows or more) is :func:`app.services.demo_bulk.build`: one transaction after
    the operators, so stopping it keeps only them."""
    if subjects + requests >= BULK_FROM:
        from app.services import demo_bulk

        return demo_bulk.build(ctx, subjects, requests, seed, progress)
    with ctx.read() as session:
        if session.exec(select(Operator.id)).first() is not None:
            raise DomainError.at("db", "db_not_empty")
    data = demo_data.load()
    rng = random.Random(seed)
    ops = _operators(ctx, data)
    people = _subjects(ctx, data, rng, ops, subjects)
    by_id = {op.id: op for op in ops}
    made = _requests(
        ctx, data, rng, people, by_id, requests, progress or (lambda done, total: None)
    )
    # what waited past the configured days for its delivery notice closes, as at start-up
    dispatch.close_waited(ctx)
    return {"operators": len(ops), "subjects": len(people), "requests": made}


def _operators(ctx: Context, data: demo_data.Material) -> list[Operator]:
    made = []
    for spec in data.operators:
        fields = {f.name for f in dataclasses.fields(operators.OperatorInput)}
        values = {k: v for k, v in spec.items() if k in fields}
        values["reg_kind"] = spec.get("reg_kind", "BIN")
        op = operators.create(
            ctx,
            operators.OperatorInput(**values),
            make_default=spec["code"] == DEFAULT_OPERATOR_CODE,
        )
        for doc in spec.get("consent_documents", []):
            operators.add_consent_document(
                ctx,
                op.id,
                ConsentDocument(
                    operator_id=op.id,
                    title_kk=doc["title_kk"],
                    title_ru=doc.get("title_ru", ""),
                    edition=doc.get("edition", "") or "",
                    effective_date=doc.get("effective_date"),
                    text=doc.get("text_excerpt_kk", ""),
                ),
            )
        made.append(op)
    return made


def _person(data: demo_data.Material, rng: random.Random) -> tuple[str, str, str, str, str]:
    """surname, given name, patronymic, sex, script ('kk' or 'ru')."""
    names = data.names
    sex = rng.choice("MF")
    female = sex == "F"
    if rng.random() < 0.62:
        surname = rng.choice(names["kazakh_surnames_male"])
        if female:
            surname = demo_data.female_surname(surname)
        given = rng.choice(names["kazakh_given_female" if female else "kazakh_given_male"])
        root = rng.choice(names["kazakh_patronymic_male_roots"])
        patronymic = demo_data.kazakh_patronymic(root, female) if rng.random() < 0.8 else ""
        return surname, given, patronymic, sex, "kk"
    surname = rng.choice(names["russian_surnames_male"])
    if female:
        surname = demo_data.female_surname(surname)
    given = rng.choice(names["russian_given_female" if female else "russian_given_male"])
    patronymic = rng.choice(
        names["russian_patronymics_female" if female else "russian_patronymics_male"]
    )
    return surname, given, patronymic, sex, "ru"


def person_input(
    data: demo_data.Material,
    rng: random.Random,
    op: Operator,
    used_iins: set[str],
) -> tuple[subjects.SubjectInput, str]:
    """One synthetic subject of ``op`` and the script of their name ('kk' or 'ru'); the bulk
    demo (:mod:`.demo_bulk`) draws its subjects here too, in the same order of random draws."""
    history = data.history
    surname, given, patronymic, sex, script = _person(data, rng)
    birth = dt.date(rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28))
    iin = ""
    if rng.random() < 0.85:
        serial = rng.randint(0, 9999)
        iin = make_iin(birth, sex, serial)
        while iin in used_iins:
            serial = (serial + 1) % 10000
            iin = make_iin(birth, sex, serial)
        used_iins.add(iin)
    latin = rng.random() < 0.15  # typed in Latin letters on the operator's platform
    if latin:
        surname, given, patronymic = to_latin(surname), to_latin(given), ""
    city = rng.choice(data.cities)
    street = rng.choice(data.streets)
    login = to_latin(given)[:1].lower() + to_latin(surname).lower().replace(" ", "")
    client = rng.choice(data.clients) if op.code in ("itms", "senimkey") else None
    return (
        subjects.SubjectInput(
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            iin=iin,
            birth_date=birth,
            phone=f"+7 7{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            email=f"{login}{rng.randint(1, 99)}@{history['email_domain']}",
            address=history["address"][script].format(  # in the form of the subject's language
                postcode=city["postcode"],
                city=city[script],
                street=street[script],
                house=rng.randint(1, 120),
                flat=rng.randint(1, 200),
            ),
            account_id=login if rng.random() < 0.7 else "",
            client_org=client[script] if client else "",
            client_bin=client["bin"] if client else "",
        ),
        script,
    )


def consent_of(
    data: demo_data.Material, rng: random.Random, op: Operator, op_docs: list, today: dt.date
) -> tuple[int, dt.datetime, str] | None:
    """The consent a synthetic subject gave: (document id, when, channel), or None."""
    if not op_docs:
        return None
    doc = rng.choice(op_docs)
    given_at = dt.datetime.combine(
        max(doc.effective_date or today, today - dt.timedelta(days=700)),
        dt.time(rng.randint(8, 20), rng.randint(0, 59)),
        tzinfo=dt.UTC,
    )
    channels = data.operator(op.code).get("consent_channels") or ["checkbox"]
    return doc.id, given_at, rng.choice(channels)


def full_name(data: subjects.SubjectInput) -> str:
    return " ".join(p for p in (data.surname, data.given_name, data.patronymic) if p)


def _subjects(
    ctx: Context, data: demo_data.Material, rng: random.Random, ops: list[Operator], count: int
) -> list[tuple]:
    people = []
    used_iins: set[str] = set()
    today = ctx.today()
    with ctx.write() as w:
        docs = w.session.exec(select(ConsentDocument)).all()
        for i in range(count):
            op = ops[i % len(ops)] if i < len(ops) else rng.choice(ops)
            person, script = person_input(data, rng, op, used_iins)
            s = subjects.create_in(w, op.id, person, today)
            consent = consent_of(data, rng, op, [d for d in docs if d.operator_id == op.id], today)
            if consent is not None:
                doc_id, given_at, channel = consent
                w.session.add(
                    Consent(subject_id=s.id, document_id=doc_id, given_at=given_at, channel=channel)
                )
            people.append((s.id, op.id, full_name(person), script, s.iin or "", s.address))
        w.audit("demo.consents", "consent", "", None, {"subjects": count})
    return people


def arrivals(
    data: demo_data.Material, rng: random.Random, people: list, count: int, today: dt.date
) -> list[tuple[dt.date, RequestType, tuple]]:
    """``count`` letters (received, type, person) in order of arrival over the past year."""
    history = data.history
    types = [RequestType(name) for name in history["type_weights"]]
    weights = list(history["type_weights"].values())
    letters = []
    for i in range(count):
        # Every type appears; the rest follow the weights. A tenth arrive in the last fortnight.
        rtype = types[i] if i < len(types) else rng.choices(types, weights)[0]
        age = rng.randint(0, 14) if rng.random() < 0.1 else rng.randint(0, 365)
        received = today - dt.timedelta(days=age)
        person = rng.choice(people)
        letters.append((received, rtype, person))
    letters.sort(key=lambda x: x[0])
    return letters


def _requests(
    ctx: Context, data: demo_data.Material, rng, people, ops: dict, count: int, progress
) -> int:
    today = ctx.today()
    history = data.history
    letters = arrivals(data, rng, people, count, today)
    made = 0
    for received, rtype, person in letters:
        subject_id, operator_id, name, script, iin, address = person
        registered = min(today, received + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))))
        language = script if rng.random() < 0.85 else ("ru" if script == "kk" else "kk")
        summary = rng.choice(data.summaries[rtype.value])
        at = _at(ctx, registered)
        r = requests.register(
            at,
            requests.NewRequest(
                type=rtype.value,
                received=received,
                registered=registered,
                postmark=received - dt.timedelta(days=rng.randint(1, 6)),
                sender=name,
                sender_address=address,
                iin=iin if rng.random() < 0.7 else "",
                subject_id=subject_id if rng.random() < 0.8 else None,
                create_subject=False,
                language=language,
                operator_id=operator_id,
                channel=rng.choice(history["channels"]),
                signed=rtype is not RequestType.CONSENT_WITHDRAWAL or rng.random() < 0.9,
                summary=summary["kk" if language == "kk" else "ru"],
                assignee=rng.choice(history["assignees"]),
            ),
        )
        made += 1
        _work(ctx, history, rng, r, subject_id, ops[operator_id])
        progress(made, count)
    return made


def _at(ctx: Context, day: dt.date) -> Context:
    """The same context on another day (the demo replays a year of work)."""
    return dataclasses.replace(ctx, clock=lambda: day)


def _work(ctx: Context, history: dict, rng: random.Random, r, subject_id, operator) -> None:
    """Move a registered letter through a plausible history up to today; a withdrawal or a
    destruction request is worked through its workflow (:mod:`.demo_withdrawals`)."""
    notes = history["notes"]
    today = ctx.today()
    age = (today - r.received_date).days
    workflow = applies(r.type)

    def on(day: dt.date) -> Context:
        return _at(ctx, min(day, today))

    step = r.registered_date + dt.timedelta(days=rng.randint(1, 4))
    roll = rng.random()
    if age < 3 and roll < 0.7:
        return  # just registered
    if roll < 0.05:
        requests.change_status(on(step), r.id, Status.WITHDRAWN, notes["withdrawn"])
        return
    requests.change_status(on(step), r.id, Status.IN_PROGRESS)
    if roll < 0.12 and age > 20:
        stop = step + dt.timedelta(days=rng.randint(1, 5))
        if stop <= today:
            requests.stop_clock(on(stop), r.id, notes["stop_signed_statement"], stop)
            resume = stop + dt.timedelta(days=rng.randint(3, 12))
            if resume < today - dt.timedelta(days=5):
                requests.resume_clock(on(resume), r.id, resume, notes["resumed"])
            else:
                return
    elif roll < 0.2 and age < 40:
        # Waiting for the subject's clarification now: the clock stays stopped.
        stop = min(today, step + dt.timedelta(days=rng.randint(1, 8)))
        requests.stop_clock(on(stop), r.id, notes["stop_identity"], stop)
        return
    r = requests.get(ctx, r.id)
    if r.due_date is None:
        return
    if 0.2 <= roll < 0.26 and r.due_date >= r.registered_date:
        requests.extend(
            on(min(today, r.due_date)),
            r.id,
            reason_kk=notes["extension"],
            reason_ru=notes["extension_ru"],
            days=rng.choice((5, 10, 15)),
        )
        r = requests.get(ctx, r.id)
    start = min(step, today)
    # Some letters whose term ended in the last few weeks are still open: the overdue ones.
    if r.due_date < today and (today - r.due_date).days < 35 and rng.random() < 0.4:
        if workflow:
            demo_withdrawals.midway(on, r, rng, start, subject_id, operator, history)
        return
    if r.due_date >= today and rng.random() < 0.6:
        if workflow:
            demo_withdrawals.midway(on, r, rng, start, subject_id, operator, history)
        elif rng.random() < 0.3:
            requests.change_status(on(today), r.id, Status.ANSWER_READY)
        return
    finish = min(r.due_date - dt.timedelta(days=rng.randint(0, 10)), today)
    finish = max(finish, step)
    if workflow:
        finish = min(finish, today)  # every step of the workflow is dated, none in the future
        demo_withdrawals.finish(on, r, rng, start, finish, subject_id, operator, history)
        return
    if rng.random() < 0.08:
        requests.change_status(on(finish), r.id, Status.REJECTED, notes["rejected"])
        return
    requests.change_status(on(finish), r.id, Status.ANSWER_READY)
    requests.change_status(on(finish), r.id, Status.SENT)
    if rng.random() < 0.85:
        requests.change_status(on(finish), r.id, Status.CLOSED)
