"""The benchmark session: the machine described at the start, the big databases built once and
cached (SQLite under ``.bench-cache/``, PostgreSQL as the database ``derbes_bench`` on the
server of ``scripts/test-postgres.sh``), and ``results.md`` written at the end."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from tests.benchmarks import harness

SUBJECTS = int(os.environ.get("DERBES_BENCH_SUBJECTS", "1000000"))
REQUESTS = int(os.environ.get("DERBES_BENCH_REQUESTS", "200000"))
CACHE = Path(os.environ.get("DERBES_BENCH_CACHE", harness.ROOT / ".bench-cache"))
PG_NAME = "derbes_bench"

try:  # the bulk path's builder (i11-bulk); the stand-in until it is merged
    from tests.benchmarks import dataset as builder
except ImportError:  # pragma: no cover - depends on the branch
    from tests.benchmarks import big_data as builder


def pytest_sessionstart(session):
    harness.MACHINE.update(harness.describe_machine())


def pytest_sessionfinish(session, exitstatus):
    if harness.MEASURED or harness.SKIPPED:
        harness.write()
        print(f"\nwrote {harness.RESULTS}")


def _describe(url_or_path, seconds: float) -> None:
    from app.storage.database import Database
    from app.storage.models import AuditEntry, Letter, Request, Subject

    db = Database(url_or_path)
    try:
        with db.engine.connect() as conn:
            counts = {
                name: conn.execute(select(func.count()).select_from(model)).scalar_one()
                for name, model in (
                    ("subjects", Subject),
                    ("requests", Request),
                    ("letters", Letter),
                    ("audit entries", AuditEntry),
                )
            }
    finally:
        db.dispose()
    label = harness.SQLITE if "://" not in str(url_or_path) else harness.POSTGRES
    harness.DATASET[label] = (
        ", ".join(f"{n:,} {name}".replace(",", " ") for name, n in counts.items())
        + f" (built or checked by `{builder.__name__}` in {seconds:.0f} s)"
    )


@pytest.fixture(scope="session")
def big_sqlite() -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"bench-{SUBJECTS}-{REQUESTS}.sqlite3"
    start = time.perf_counter()
    builder.ensure(str(path), subjects=SUBJECTS, requests=REQUESTS)
    _describe(str(path), time.perf_counter() - start)
    return str(path)


@pytest.fixture(scope="session")
def big_pg() -> str:
    admin = os.environ.get("DERBES_TEST_PG_URL")
    if not admin:
        pytest.skip("no PostgreSQL server (scripts/test-postgres.sh printed nothing)")
    url = make_url(admin).set(database=PG_NAME)
    engine = create_engine(make_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        found = conn.execute(
            select(func.count()).select_from(text("pg_database")).where(text("datname = :n")),
            {"n": PG_NAME},
        ).scalar_one()
        if not found:
            conn.execute(text(f'CREATE DATABASE "{PG_NAME}"'))
    engine.dispose()
    rendered = url.render_as_string(hide_password=False)
    start = time.perf_counter()
    builder.ensure(rendered, subjects=SUBJECTS, requests=REQUESTS)
    _describe(rendered, time.perf_counter() - start)
    return rendered
