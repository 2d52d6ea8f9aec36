"""How the request register behaves with 200 000 requests (run by `make bench`, not `make test`).

Builds one migrated SQLite file with three operators, 50 000 subjects and 200 000 requests by
bulk insert (SQLAlchemy core, no services: the point is the read side), then prints how long the
register's queries take and how long the real table model needs to show its first page.
Nothing here asserts a time: the numbers are for reading, the assertions only check the results.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from contextlib import contextmanager

import pytest
from sqlalchemy import insert

from app.domain.calendar import WorkCalendar
from app.domain.identifiers import make_iin
from app.domain.names import name_keys
from app.domain.requests import RequestType, Status
from app.services import dashboard, operators, register
from app.services.context import Context
from app.storage import queries
from app.storage.database import Database
from app.storage.models import Request, Subject
from app.storage.schema import upgrade

TODAY = dt.date(2026, 11, 20)
REQUESTS = 200_000
SUBJECTS = 50_000
KNOWN_IIN = "900101300811"
STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

SURNAMES = [
    "Қасымов", "Әлиев", "Нұрланова", "Сейтқали", "Иванова", "Петров", "Жұмабаев", "Оспанова",
    "Ким", "Цой", "Бекова", "Смағұлов", "Ахметова", "Серікбаев", "Тоқтарова", "Ермеков",
]  # fmt: skip
GIVEN = ["Ерлан", "Айгүл", "Нұрлан", "Дина", "Сергей", "Елена", "Бауыржан", "Әсел", "Мария"]
PATRONYMIC = ["Серікұлы", "Маратқызы", "Иванович", "Петровна", ""]


@contextmanager
def timed(label: str, results: dict):
    start = time.perf_counter()
    yield
    ms = (time.perf_counter() - start) * 1000
    results[label] = ms
    print(f"  {label:<48} {ms:9.1f} ms")


def _build(path) -> Context:
    db = Database(path)
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
    people = []
    subject_rows = []
    for n in range(SUBJECTS):
        if n == 0:
            surname, given, patronymic, iin = "Қасымов", "Ерлан", "Серікұлы", KNOWN_IIN
        else:
            surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
            patronymic = rng.choice(PATRONYMIC)
            born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
            iin = make_iin(born, rng.choice("MF"), n % 10_000)
        operator = ops_[n % len(ops_)]
        subject_rows.append(
            {
                "id": n + 1,
                "operator_id": operator.id,
                "surname": surname,
                "given_name": given,
                "patronymic": patronymic,
                "surname_key": " ".join(name_keys(surname)),
                "given_key": " ".join(name_keys(given)),
                "patronymic_key": " ".join(name_keys(patronymic)),
                "iin": iin if n == 0 or rng.random() < 0.9 else None,
                "address": "",
                "status": "active",
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        )
        people.append((n + 1, operator, " ".join(p for p in (surname, given, patronymic) if p)))
    calendar = WorkCalendar()
    due_of: dict[dt.date, dt.date] = {}
    seq: dict[tuple[int, int], int] = {}
    types = [t.value for t in RequestType]
    request_rows = []
    start = TODAY - dt.timedelta(days=730)
    for n in range(REQUESTS):
        subject_id, operator, name = people[0] if n == 0 else rng.choice(people)
        received = start + dt.timedelta(days=int(730 * n / REQUESTS))
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
        request_rows.append(
            {
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
                "subject_id": subject_id if n == 0 or rng.random() < 0.8 else None,
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
    with db.engine.begin() as conn:
        conn.execute(insert(Subject), subject_rows)
        for i in range(0, len(request_rows), 20_000):
            conn.execute(insert(Request), request_rows[i : i + 20_000])
        conn.exec_driver_sql("ANALYZE")
    return ctx


@pytest.fixture(scope="module")
def big_ctx(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "register.sqlite3"
    start = time.perf_counter()
    ctx = _build(path)
    print(
        f"\nbuilt {REQUESTS} requests, {SUBJECTS} subjects in {time.perf_counter() - start:.1f} s"
    )
    yield ctx
    ctx.db.dispose()


def test_register_queries(big_ctx):
    ctx = big_ctx
    results: dict[str, float] = {}
    print(f"\nregister queries on {REQUESTS} requests (SQLite)")
    everything = register.Criteria()
    with timed("ids, no filter, by number", results):
        all_ids = register.ids(ctx, everything)
    assert len(all_ids) == REQUESTS
    for sort in ("received_date", "due_date", "subject", "operator", "status"):
        with timed(f"ids, no filter, by {sort}", results):
            sorted_ids = register.ids(ctx, dataclasses.replace(everything, sort=sort))
        assert len(sorted_ids) == REQUESTS
    with timed("ids, open only", results):
        open_ids = register.ids(ctx, register.Criteria(status=register.OPEN))
    with timed("ids, type = claim", results):
        register.ids(ctx, register.Criteria(type="claim"))
    with timed("ids, urgency = overdue", results):
        overdue = register.ids(ctx, register.Criteria(urgency="overdue"))
    with timed("ids, urgency = within_10", results):
        register.ids(ctx, register.Criteria(urgency="within_10"))
    with timed("ids, received in one month", results):
        register.ids(
            ctx,
            register.Criteria(received_from=dt.date(2026, 3, 1), received_to=dt.date(2026, 3, 31)),
        )
    with timed("ids, operator + assignee", results):
        register.ids(ctx, register.Criteria(operator_id=1, assignee="Иванова Е."))
    with timed("one page of rows (200, joined)", results):
        page = register.rows(ctx, all_ids[100_000:100_200])
    assert [r.id for r in page] == all_ids[100_000:100_200]
    with timed("one page of open rows (200, urgency computed)", results):
        register.rows(ctx, open_ids[:200])
    with timed("register.page (ids + first page)", results):
        first = register.page(ctx, everything)
    assert len(first.rows) == 200
    with timed("count, no filter", results):
        assert register.count(ctx, queries.RequestFilter()) == REQUESTS
    with timed("count, urgency = overdue", results):
        n = register.count(ctx, register.urgency_filter(ctx, "overdue"))
    assert n == len(overdue)
    with timed("dashboard()", results):
        board = register.dashboard(ctx)
    assert board.overdue == len(overdue)
    with timed("dashboard: due dates of a month (calendar)", results):
        days = dashboard.due_days(ctx, TODAY.year, TODAY.month)
    assert sum(days.values()) <= board.open
    with timed("dashboard: intake of 12 months, on time (chart)", results):
        months = dashboard.intake(ctx)
    assert sum(m.received for m in months) > 0
    for text in ("Kassymov", "Қасымов", KNOWN_IIN, "О1-2026/000123"):
        with timed(f"search {text!r}", results):
            found = register.ids(ctx, register.Criteria(search=text))
        assert found, text
    with timed("search 'Kassymov Yerlan' (two words)", results):
        found = register.ids(ctx, register.Criteria(search="Kassymov Yerlan"))
    assert 1 in found


def test_register_model_first_page(big_ctx, qtbot):
    from PySide6.QtCore import Qt

    from app.ui.models.request_table import DUE, LOADING, RequestTableModel
    from app.ui.operations import Operations

    ops = Operations(big_ctx)
    try:
        results: dict[str, float] = {}
        print(f"\nregister table model on {REQUESTS} requests")
        model = RequestTableModel(ops)
        with timed("model: every request, first page shown", results):
            model.set_criteria(register.Criteria())
            qtbot.waitUntil(lambda: model.is_row_loaded(0), timeout=60_000)
        assert model.rowCount() == REQUESTS
        assert model.index(0, 0).data() not in ("", LOADING)
        with timed("model: ... and every id known", results):
            qtbot.waitUntil(lambda: model.complete and not model.loading, timeout=60_000)
        with timed("model: a page in the middle, fetched on demand", results):
            row = model.rowCount() // 2
            model.index(row, 0).data()
            qtbot.waitUntil(lambda: model.is_row_loaded(row), timeout=60_000)
        with (
            timed("model: sorted by due date, first page shown", results),
            qtbot.waitSignal(model.modelReset, timeout=60_000),
        ):
            model.sort(DUE, Qt.SortOrder.AscendingOrder)
        assert model.row_data(0).due_date is not None
        qtbot.waitUntil(lambda: model.complete and not model.loading, timeout=60_000)
        with timed("model: refresh after a change (ids + rows shown)", results):
            model.refresh()
            qtbot.waitUntil(lambda: not model.loading, timeout=60_000)
        for label, criteria in (
            ("overdue only", register.Criteria(urgency="overdue")),
            ("type = claim", register.Criteria(type="claim")),
            ("search 'Қасымов'", register.Criteria(search="Қасымов")),
            ("search IIN", register.Criteria(search=KNOWN_IIN)),
        ):
            with (
                timed(f"model: {label}, first page shown", results),
                qtbot.waitSignal(model.modelReset, timeout=60_000),
            ):
                model.set_criteria(criteria)
            assert 0 < model.rowCount() < REQUESTS and model.is_row_loaded(0)
            qtbot.waitUntil(lambda: not model.loading, timeout=60_000)
    finally:
        ops.shutdown()
