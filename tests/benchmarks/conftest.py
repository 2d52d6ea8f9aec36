"""The benchmark session: the machine described at the start, the big databases built once and
cached by :mod:`tests.benchmarks.dataset` (the bulk path; SQLite under ``.bench-cache/``, copied
for each session, PostgreSQL as a template on the server of ``scripts/test-postgres.sh`` from
which the database ``derbes_bench`` is made anew), and ``results.md`` written at the end."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from tests.benchmarks import harness

SUBJECTS = int(os.environ.get("DERBES_BENCH_SUBJECTS", "1000000"))
REQUESTS = int(os.environ.get("DERBES_BENCH_REQUESTS", "200000"))
CACHE = Path(os.environ.get("DERBES_BENCH_CACHE", harness.ROOT / ".bench-cache"))
# the test session's home is a temporary folder: the cache must not live in it
os.environ["DERBES_BENCH_CACHE"] = str(CACHE)
# The copy of the template each session makes (dropped first): two benchmark sessions at once
# need two names, or one drops the other's database under it.
PG_NAME = os.environ.get("DERBES_BENCH_PG_NAME", "derbes_bench")

from tests.benchmarks import dataset as builder  # noqa: E402 (after the cache's folder is set)


def pytest_sessionstart(session):
    harness.MACHINE.update(harness.describe_machine())


def pytest_collection_modifyitems(session, config, items):
    """SQLite's figures first, then PostgreSQL's (the table reads the same either way)."""
    items.sort(key=lambda item: "PostgreSQL" in item.nodeid or "postgres" in item.name)


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
    path = CACHE / "session.sqlite3"  # a copy of the cached database: the window writes
    start = time.perf_counter()
    builder.ensure(str(path), subjects=SUBJECTS, requests=REQUESTS)
    _describe(str(path), time.perf_counter() - start)
    return str(path)


@pytest.fixture(scope="session")
def big_pg() -> str:
    admin = os.environ.get("DERBES_TEST_PG_URL")
    if not admin:
        pytest.skip("no PostgreSQL server (scripts/test-postgres.sh printed nothing)")
    rendered = make_url(admin).set(database=PG_NAME).render_as_string(hide_password=False)
    start = time.perf_counter()
    rendered = builder.ensure(rendered, subjects=SUBJECTS, requests=REQUESTS)
    _describe(rendered, time.perf_counter() - start)
    return rendered
