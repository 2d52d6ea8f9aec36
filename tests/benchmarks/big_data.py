"""A stand-in for ``tests.benchmarks.dataset`` (the bulk path's cached 1M/200k database) while
that module is not in this branch: the same signature, ``ensure(url_or_path, subjects,
requests) -> url_or_path``, built by SQLAlchemy core inserts in batches (subjects with their
name keys, requests with their senders' keys in ``request_name_key``), then ANALYZE. It holds no
letters and no audit entries; the conftest says which builder made the database.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import func, insert, select

from app.domain.calendar import WorkCalendar
from app.domain.identifiers import make_iin
from app.domain.names import name_keys
from app.domain.requests import RequestType, Status
from app.services import operators
from app.services.context import Context
from app.storage import name_index
from app.storage.database import Database
from app.storage.models import Request, RequestNameKey, Subject
from app.storage.schema import upgrade

TODAY = dt.date(2026, 11, 20)
KNOWN_IIN = "900101300811"
KNOWN = ("Қасымов", "Ерлан", "Серікұлы")
STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
BATCH = 20_000

SURNAMES = [
    "Қасымов", "Әлиев", "Нұрланова", "Сейтқали", "Иванова", "Петров", "Жұмабаев", "Оспанова",
    "Ким", "Цой", "Бекова", "Смағұлов", "Ахметова", "Серікбаев", "Тоқтарова", "Ермеков",
    "Омаров", "Абдрахманова", "Байжанов", "Кенжебаева", "Мұхтаров", "Сидоров", "Кузнецова",
    "Төлеуов", "Ғалымжанова", "Шәріпов", "Үсенова", "Құрманов", "Есенова", "Дәулетов",
]  # fmt: skip
GIVEN = ["Ерлан", "Айгүл", "Нұрлан", "Дина", "Сергей", "Елена", "Бауыржан", "Әсел", "Мария",
         "Ғалым", "Өмір", "Ұлан", "Іңкәр", "Алексей", "Ольга", "Данияр"]  # fmt: skip
PATRONYMIC = ["Серікұлы", "Маратқызы", "Иванович", "Петровна", "", "Болатұлы", ""]


def _keys(cache: dict, text: str) -> str:
    if text not in cache:
        cache[text] = " ".join(name_keys(text))
    return cache[text]


def _built(db: Database, subjects: int, requests: int) -> bool:
    try:
        with db.engine.connect() as conn:
            n_subjects = conn.execute(select(func.count()).select_from(Subject)).scalar_one()
            n_requests = conn.execute(select(func.count()).select_from(Request)).scalar_one()
    except Exception:
        return False
    return (n_subjects, n_requests) == (subjects, requests)


def ensure(url_or_path, subjects: int = 1_000_000, requests: int = 200_000):
    """The database at ``url_or_path``, built first unless it already holds exactly that
    many subjects and requests."""
    if not isinstance(url_or_path, str) or "://" not in url_or_path:
        Path(url_or_path).parent.mkdir(parents=True, exist_ok=True)
    db = Database(url_or_path)
    try:
        if not _built(db, subjects, requests):
            _build(db, subjects, requests)
    finally:
        db.dispose()
    return url_or_path


def _build(db: Database, subjects: int, requests: int) -> None:
    upgrade(db)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    ops_ = [
        operators.create(
            ctx,
            operators.OperatorInput(
                code=f"op{i}", name_kk=f"Оператор {i}", name_ru=f"Оператор {i}",
                short_name=f"Оператор {i}", request_prefix=f"О{i}", reg_kind="INN",
                country="RU", reg_number=f"770{i}123456",
            ),
        )
        for i in range(3)
    ]  # fmt: skip
    rng = random.Random(2026)
    cache: dict[str, str] = {}
    names: list[tuple[int, str]] = []  # (operator index, full name) per subject
    with db.engine.begin() as conn:
        batch = []
        for n in range(subjects):
            if n == 0:
                (surname, given, patronymic), iin = KNOWN, KNOWN_IIN
            else:
                surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
                patronymic = rng.choice(PATRONYMIC)
                born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
                iin = make_iin(born, rng.choice("MF"), n % 10_000)
            op = n % len(ops_)
            names.append((op, " ".join(p for p in (surname, given, patronymic) if p)))
            batch.append(
                {
                    "id": n + 1,
                    "operator_id": ops_[op].id,
                    "surname": surname,
                    "given_name": given,
                    "patronymic": patronymic,
                    "surname_key": _keys(cache, surname),
                    "given_key": _keys(cache, given),
                    "patronymic_key": _keys(cache, patronymic),
                    "iin": iin if n == 0 or rng.random() < 0.9 else None,
                    "address": "",
                    "status": "active",
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
            if len(batch) == BATCH:
                conn.execute(insert(Subject), batch)
                batch = []
        if batch:
            conn.execute(insert(Subject), batch)
    calendar = WorkCalendar()
    due_of: dict[dt.date, dt.date] = {}
    seq: dict[tuple[int, int], int] = {}
    types = [t.value for t in RequestType]
    start = TODAY - dt.timedelta(days=730)
    with db.engine.begin() as conn:
        batch, keys = [], []
        for n in range(requests):
            subject = 0 if n == 0 else rng.randrange(subjects)
            op, name = names[subject]
            operator = ops_[op]
            received = start + dt.timedelta(days=int(730 * n / requests))
            key = (operator.id, received.year)
            seq[key] = seq.get(key, 0) + 1
            if received not in due_of:
                due_of[received] = calendar.add_working_days(received, 30)
            due = due_of[received]
            if due < TODAY:
                status = Status.CLOSED if rng.random() < 0.97 else Status.IN_PROGRESS
            else:
                status = rng.choice([Status.REGISTERED, Status.IN_PROGRESS, Status.ANSWER_READY])
            remaining = None
            if status is Status.IN_PROGRESS and rng.random() < 0.1:
                status, due, remaining = Status.WAITING, None, 12
            batch.append(
                {
                    "id": n + 1,
                    "operator_id": operator.id,
                    "reg_number": f"{operator.request_prefix}-{received.year}/{seq[key]:06d}",
                    "reg_year": received.year,
                    "reg_seq": seq[key],
                    "received_date": received,
                    "registered_date": received,
                    "channel": "post",
                    "sender": name,
                    "sender_address": "",
                    "language": rng.choice(["kk", "ru"]),
                    "type": rng.choice(types),
                    "signed": True,
                    "summary": "",
                    "subject_id": subject + 1 if n == 0 or rng.random() < 0.8 else None,
                    "assignee": rng.choice(["", "Сейтқали А.", "Иванова Е.", "Нұрланова Д."]),
                    "status": status.value,
                    "term_days": 30,
                    "term_basis": "",
                    "due_date": due,
                    "remaining_days": remaining,
                    "outcome": "",
                    "closed_date": due if status is Status.CLOSED else None,
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
            keys += name_index.rows([(n + 1, name)])
            if len(batch) == BATCH:
                conn.execute(insert(Request), batch)
                conn.execute(insert(RequestNameKey), keys)
                batch, keys = [], []
        if batch:
            conn.execute(insert(Request), batch)
            conn.execute(insert(RequestNameKey), keys)
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT setval('request_id_seq', (SELECT max(id) FROM request))")
            conn.exec_driver_sql("SELECT setval('subject_id_seq', (SELECT max(id) FROM subject))")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
