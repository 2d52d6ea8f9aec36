"""The read side on the big database: the register's real table model (first rows shown, a
filter change), the register's search by IIN, by a name prefix in each script and by a word of
the letters' text (beside the plain indexed lookup they rest on), and the dashboard's counts;
SQLite and PostgreSQL.

The built database has no scans: :func:`scanned_letters` adds one to every tenth request
(:data:`SCANS` of them), each with the words recognition would have read from it, written by
the bulk path with their search keys (``search_index.scan_rows``), once per session."""

from __future__ import annotations

import hashlib
import random

import pytest
from sqlalchemy import func, select, text

from app.domain.names import name_keys
from app.services import register
from app.services.context import Context
from app.storage import bulk, search_index
from app.storage.database import Database
from app.storage.models import Attachment, AttachmentKey
from tests.benchmarks import dataset, harness
from tests.benchmarks.conftest import REQUESTS
from tests.benchmarks.harness import POSTGRES, SQLITE, samples

TODAY = dataset.TODAY
PREFIXES = (("search_kk", "Қасым"), ("search_ru", "Касым"), ("search_lat", "Kasym"))
SCANS = REQUESTS // 10
LETTER_WORDS = (
    "прошу прекратить обработку моих персональных данных удалить сведения согласие отзываю "
    "договор расторгнут номер телефона адрес электронной почты в связи с тем что я больше не "
    "являюсь клиентом компании требую сообщить какие данные хранятся и кому передавались "
    "жеке деректерімді өңдеуді тоқтатуды сұраймын келісімімді кері қайтарамын шарт бұзылды "
    "мекенжайым телефон нөмірі электрондық пошта маған хабарлауыңызды өтінемін "
    "Алматы Астана Шымкент Ақтөбе Атырау Павлодар Семей Қостанай Орал Көкшетау Тараз"
)
WORDS = LETTER_WORDS.split()
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(scope="module", params=[SQLITE, POSTGRES])
def big_ctx(request):
    db_target = request.getfixturevalue("big_sqlite" if request.param == SQLITE else "big_pg")
    db = Database(db_target)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    scanned_letters(ctx)
    yield request.param, ctx
    db.dispose()


def scanned_letters(ctx: Context) -> None:
    """A scan on every tenth request with about sixty words of a letter (Russian and Kazakh
    words of such letters, a city); one letter in twenty names Temirtau, and one letter
    alone Shalkar. Written once (the session's database is a fresh copy)."""
    rng = random.Random(13)
    with ctx.write() as w:
        connection = w.session.connection()
        if connection.execute(select(func.count()).select_from(Attachment)).scalar():
            return
        ids = connection.execute(text("SELECT id FROM request ORDER BY id")).scalars().all()
        chosen = ids[::10][:SCANS]
        first = bulk.reserve_ids(connection, Attachment.__table__, len(chosen))
        scans, keys = [], []
        for n, rid in enumerate(chosen):
            words = rng.choices(WORDS, k=60)
            if n % 20 == 7:
                words.insert(rng.randrange(60), "Теміртау")
            if n == len(chosen) // 2:
                words.insert(30, "Шалқар")
            letter = " ".join(words)
            scans.append(
                {"id": first + n, "request_id": rid, "file_name": f"scan-{rid}.pdf",
                 "content_type": "application/pdf", "size": len(PDF),
                 "sha256": hashlib.sha256(PDF).hexdigest(), "data": PDF, "is_id_copy": False,
                 "flagged_for_destruction": False, "text": letter}
            )  # fmt: skip
            keys.extend(search_index.scan_rows(first + n, rid, letter))
        bulk.insert(connection, Attachment, scans)
        bulk.insert(connection, AttachmentKey.__table__, keys)
        bulk.sync_sequence(connection, Attachment.__table__)
    if ctx.db.engine.dialect.name == "postgresql":
        # as autovacuum leaves a table written once: its statistics, and the visibility map
        # that lets the word index answer without visiting the table's pages
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE attachment_key")


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
    reader = ctx.reading()  # as the window's queries read

    def search(q):
        def run():
            found = register.head(reader, register.Criteria(search=q))
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
            note=f"register.head(search={prefix!r}): the count (the subjects' and senders' "
            "name keys, and the letters' words) and the first page of rows; anchor: 200 "
            "subject ids by a surname-key range",
        )  # fmt: skip
    for key, word in (("search_letter", "Temirtau"), ("search_letter_one", "Shalkar")):
        harness.record(
            key, backend, samples(search(word)), anchor,
            note=f"register.head(search={word!r}) over {SCANS} scans' words, the word written "
            "in Kazakh Cyrillic in the letters: the count and the first page of rows",
        )  # fmt: skip


def test_dashboard_counts(big_ctx):
    backend, ctx = big_ctx
    harness.record(
        "dashboard", backend, samples(lambda: register.dashboard(ctx.reading())),
        note="register.dashboard(): every tile's count, the open total and the nearest ten",
    )  # fmt: skip
