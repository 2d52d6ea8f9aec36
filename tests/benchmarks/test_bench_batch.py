"""The demo of 20 000 subjects and requests (timed as it is built, once: it is the database the
letter figures then use), 500 letters to PDF in a batch with progress, the first
Prepare-letter dialog in a fresh process, and the import of 1 000 000 subjects from CSV beside
SQLite's own ``executemany`` of the same rows."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import time

import pytest
from sqlmodel import select

from app.domain.requests import OPEN_STATUSES
from app.services import demo, letters, operators
from app.services.context import Context
from app.services.letters.batch import prepare_many, render_prepared
from app.storage.database import Database
from app.storage.models import Request
from app.storage.schema import upgrade
from tests.benchmarks import dataset, harness
from tests.benchmarks.conftest import CACHE
from tests.benchmarks.harness import NONE, POSTGRES, PYTHON, SQLITE, run_process

TODAY = dt.date(2026, 11, 20)
DEMO = max(int(20_000 * harness.SCALE), 2500)  # a trial's demo still takes the bulk path
LETTERS = 500 if harness.SCALE == 1 else 20
IMPORTED = int(1_000_000 * harness.SCALE)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo of 20 000 subjects and requests, built once and timed."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(path)
    upgrade(db)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    seen = []
    start = time.perf_counter()
    made = demo.build(ctx, subjects=DEMO, requests=DEMO, progress=lambda d, t: seen.append(d))
    seconds = time.perf_counter() - start
    assert made["requests"] == DEMO and seen
    harness.record(
        "demo", SQLITE, [seconds],
        note=f"demo.build(subjects={DEMO}, requests={DEMO}) into a migrated SQLite file, one "
        "run (its database is the one the letter figures use): the bulk path, the withdrawals "
        "worked through their workflow, every final letter with a PDF (one rendered per kind "
        "and language)",
    )  # fmt: skip
    yield ctx, str(path)
    db.dispose()


def test_batch_of_500_letters(demo_db):
    ctx, _path = demo_db
    with ctx.read() as session:
        ids = session.exec(
            select(Request.id)
            .where(Request.status.in_([s.value for s in OPEN_STATUSES]))
            .order_by(Request.id)
            .limit(LETTERS)
        ).all()
    assert len(ids) == LETTERS
    progress = []

    def batch():
        progress.clear()
        made = 0
        for n, item in enumerate(prepare_many(ctx, ids, "acknowledgement", None), 1):
            done = render_prepared(item, "pdf")
            made += done.data is not None
            progress.append(n)
        assert made == LETTERS and progress[-1] == LETTERS

    harness.record(
        "batch500", NONE, harness.samples(batch, runs=3, warmup=0),
        note="500 open requests of the demo: each acknowledgement built from its case and "
        "rendered to PDF, one after the other, a progress step after each (the window's batch "
        "halves: prepare_many on the database, render_prepared)",
    )  # fmt: skip


def test_first_letter_dialog(demo_db, tmp_path):
    import compileall
    import statistics

    ctx, path = demo_db
    request_id = letters_request(ctx)
    compileall.compile_dir(harness.ROOT / "app", quiet=1)  # as installed: no compile per start
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())

    def figure(out: str, marker: str) -> float:
        line = next(x for x in out.splitlines() if x.startswith(f"{marker} "))
        return float(line.split()[1])

    # The window as `derbes` starts it: once its dashboard is painted it loads ahead what a
    # case and its letters need (app.ui.prewarm); the click comes when that is done.
    window = [PYTHON, "-m", "app.ui.first_paint", "--db", path]
    window_env = {**env, "DERBES_FIRST_PAINT_LETTER": str(request_id)}
    run_process(window, window_env, marker="dialog")  # the warm-up: the day's backup
    found, ahead = [], []
    for _ in range(harness.RUNS):
        out = run_process(window, window_env, marker="dialog").output
        found.append(figure(out, "dialog"))
        ahead.append(figure(out, "prewarmed") - figure(out, "first-paint"))
    # The same click in a process that loaded nothing ahead (the dialog's module not imported).
    cold_argv = [PYTHON, "-m", "tests.benchmarks.probes", "letter-dialog", path, str(request_id)]
    run_process(cold_argv, env, marker="dialog")
    cold = [figure(run_process(cold_argv, env, marker="dialog").output, "dialog") for _ in "ab"]
    harness.record(
        "letter_dialog", NONE, found,
        note="`python -m app.ui.first_paint --db DEMO` with DERBES_FIRST_PAINT_LETTER: the "
        "window started as `derbes` starts, its loading ahead after the dashboard's paint done "
        f"(median {statistics.median(ahead):.2f} s after that paint), then timed from the click "
        "(a new PrepareLetterDialog, as the case's button makes it) to its preview showing the "
        "PDF; the same click in a process that loaded nothing ahead (the dialog's module not "
        f"imported yet, tests.benchmarks.probes letter-dialog): {statistics.median(cold):.2f} s",
    )  # fmt: skip


def letters_request(ctx: Context) -> int:
    with ctx.read() as session:
        found = session.exec(
            select(Request.id).where(Request.subject_id.is_not(None)).order_by(Request.id)
        ).first()
    assert letters.build(ctx, found, "acknowledgement", None)
    return found


# -- import ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def subjects_csv():
    """A million people as a CRM exports them to Excel: Windows-1251, ``;`` (cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)  # a fresh checkout has no cache folder yet
    path = CACHE / f"subjects-{IMPORTED}-cp1251.csv"
    if not path.exists():
        part = path.with_suffix(".part")
        dataset.subjects_csv(part, IMPORTED, encoding="cp1251")
        part.rename(path)
    return path


def _fresh(target) -> Context:
    db = Database(target)
    upgrade(db)
    ctx = Context(db, actor="bench", clock=lambda: TODAY)
    operators.create(
        ctx,
        operators.OperatorInput(
            code="crm", name_kk="Оператор", name_ru="Оператор", short_name="Оператор",
            request_prefix="О", reg_kind="INN", country="RU", reg_number="7701123456",
        ),
    )  # fmt: skip
    return ctx


def _import_once(target, subjects_csv):
    from app.services import subject_import

    ctx = _fresh(target)
    try:
        with ctx.read() as session:
            from app.storage.models import Operator

            operator_id = session.exec(select(Operator.id)).one()
        start = time.perf_counter()
        summary = subject_import.import_file(ctx, subjects_csv, operator_id)
        seconds = time.perf_counter() - start
    finally:
        ctx.db.dispose()
    assert summary.rows == IMPORTED
    return seconds


def _executemany_once(path, subjects_csv) -> float:
    """The same rows into the same migrated table with sqlite3's executemany, in one
    transaction: what the storage engine itself needs, without checking or name keys."""
    ctx = _fresh(path)
    ctx.db.dispose()
    with subjects_csv.open(encoding="cp1251", newline="") as f:
        rows = [
            (*names, iin, dt.datetime.strptime(born, "%d.%m.%Y").date().isoformat(), *contact)
            for *names, iin, born, phone, email, address in list(csv.reader(f, delimiter=";"))[1:]
            for contact in [(phone, email, address)]
        ]
    stamp = "2026-11-20 00:00:00"
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO subject (operator_id, surname, given_name, patronymic, iin, birth_date, "
        "phone, email, address, surname_key, given_key, patronymic_key, account_id, "
        "client_org, client_bin, status, created_at, updated_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', 'active', ?, ?)",
        ((*row, stamp, stamp) for row in rows),
    )
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def test_import_sqlite(subjects_csv, tmp_path):
    runs, anchors = [], []
    for i in range(2):
        runs.append(_import_once(str(tmp_path / f"import-{i}.sqlite3"), subjects_csv))
        anchors.append(_executemany_once(str(tmp_path / f"anchor-{i}.sqlite3"), subjects_csv))
    harness.record(
        "import", SQLITE, runs, anchors,
        note=f"subject_import.import_file of a {IMPORTED}-row CSV as Excel exports it (Windows-1251, "
        "`;`: surname, given name, patronymic, IIN, birth date, phone, e-mail, address) into a "
        "fresh migrated file with one operator; anchor: "
        "sqlite3 executemany of the same rows into the same table in one transaction",
    )  # fmt: skip


def test_import_postgres(subjects_csv, big_pg):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(big_pg).set(database="derbes_bench_import")
    admin = create_engine(make_url(big_pg), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text('DROP DATABASE IF EXISTS "derbes_bench_import" WITH (FORCE)'))
        conn.execute(text('CREATE DATABASE "derbes_bench_import"'))
    try:
        seconds = _import_once(url.render_as_string(hide_password=False), subjects_csv)
    finally:
        with admin.connect() as conn:
            conn.execute(text('DROP DATABASE IF EXISTS "derbes_bench_import" WITH (FORCE)'))
        admin.dispose()
    harness.record("import", POSTGRES, [seconds], note="as on SQLite, one run, no anchor")
