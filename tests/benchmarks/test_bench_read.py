"""The read side on the big database: the register's real table model (first rows shown, a
filter change), the register's search by IIN and by a name prefix in each script (beside the
plain indexed lookup it rests on), and the dashboard's counts; SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.domain.names import name_keys
from app.services import register
from app.services.context import Context
from app.storage.database import Database
from tests.benchmarks import dataset, harness
from tests.benchmarks.conftest import REQUESTS
from tests.benchmarks.harness import POSTGRES, SQLITE, samples

TODAY = dataset.TODAY
PREFIXES = (("search_kk", "Қасым"), ("search_ru", "Касым"), ("search_lat", "Kasym"))


@pytest.fixture(scope="module", params=[SQLITE, POSTGRES])
def big_ctx(request):
    db_target = request.getfixturevalue("big_sqlite" if request.param == SQLITE else "big_pg")
    db = Database(db_target)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    yield request.param, ctx
    db.dispose()


def _shown(qtbot, model, criteria) -> None:
    """Set ``criteria`` and wait until the first row has its data (what the view paints)."""
    model.set_criteria(criteria)
    qtbot.waitUntil(lambda: model.is_row_loaded(0) and model.rowCount() > 0, timeout=60_000)


def test_register_model(big_ctx, qtbot):
    from app.ui.models.request_table import RequestTableModel
    from app.ui.operations import Operations

    backend, ctx = big_ctx
    ops = Operations(ctx)
    try:

        def first_rows():
            model = RequestTableModel(ops)
            _shown(qtbot, model, register.Criteria())
            assert model.rowCount() == REQUESTS
            qtbot.waitUntil(lambda: not model.loading, timeout=60_000)

        harness.record(
            "register_first", backend, samples(first_rows),
            note="a new RequestTableModel given every request (sorted by number), timed until "
            "its first row has its data (count and first page through the worker thread)",
        )  # fmt: skip
        model = RequestTableModel(ops)
        _shown(qtbot, model, register.Criteria())
        qtbot.waitUntil(lambda: not model.loading, timeout=60_000)
        types = iter(["claim", "access", "claim", "access"] * 10)

        def change():
            _shown(qtbot, model, register.Criteria(type=next(types)))
            qtbot.waitUntil(lambda: not model.loading, timeout=60_000)

        harness.record(
            "register_filter", backend, samples(change),
            note="the same model's filter changed between type = claim and type = access, "
            "timed until the first row of the new filter has its data",
        )  # fmt: skip
    finally:
        ops.shutdown()


def _lookup(ctx: Context, sql: str, **params):
    def run():
        with ctx.db.engine.connect() as conn:
            return conn.execute(text(sql), params).all()

    return run


def known_iin(ctx: Context) -> str:
    """The IIN of a subject with requests, halfway through the register."""
    with ctx.db.engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT subject.iin FROM request JOIN subject ON subject.id = request.subject_id "
                "WHERE subject.iin IS NOT NULL ORDER BY request.id LIMIT 1 OFFSET :half"
            ),
            {"half": REQUESTS // 2},
        ).scalar_one()


def test_search(big_ctx):
    backend, ctx = big_ctx
    iin = known_iin(ctx)

    def search(q):
        def run():
            found = register.head(ctx, register.Criteria(search=q))
            assert found.count > 0 and found.rows, q

        return run

    anchor = samples(_lookup(ctx, "SELECT id FROM subject WHERE iin = :iin", iin=iin))
    harness.record(
        "search_iin", backend, samples(search(iin)), anchor,
        note="register.head(search=IIN): the count and the first page of rows the register "
        "shows; anchor: SELECT id FROM subject WHERE iin = ?",
    )  # fmt: skip
    for key, prefix in PREFIXES:
        first = name_keys(prefix)[0]
        anchor = samples(
            _lookup(
                ctx,
                "SELECT id FROM subject WHERE surname_key >= :a AND surname_key < :b LIMIT 200",
                a=first,
                b=first + "\uffff",
            )  # fmt: skip
        )
        harness.record(
            key, backend, samples(search(prefix)), anchor,
            note=f"register.head(search={prefix!r}): the count and the first page of rows; "
            "anchor: 200 subject ids by a surname-key range",
        )  # fmt: skip


def test_dashboard_counts(big_ctx):
    backend, ctx = big_ctx
    harness.record(
        "dashboard", backend, samples(lambda: register.dashboard(ctx)),
        note="register.dashboard(): every tile's count, the open total and the nearest ten",
    )  # fmt: skip
