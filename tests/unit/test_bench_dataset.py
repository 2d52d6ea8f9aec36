"""The benchmark's cached database (tests/benchmarks/dataset.py): built once through the bulk
path, then copied (SQLite) or cloned from a template database (PostgreSQL)."""

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import func, select

from app.services import audit
from app.services.context import Context
from app.storage.database import Database
from app.storage.models import Letter, Request, Subject
from tests.benchmarks import dataset
from tests.conftest import pg_admin_url


def _counts(url) -> tuple[int, int, int]:
    db = Database(url, pool=False)
    try:
        with db.session() as s:
            found = tuple(
                s.exec(select(func.count()).select_from(m)).one()
                for m in (Subject, Request, Letter)
            )
        assert audit.verify(Context(db), anchor=None).ok
        return found
    finally:
        db.dispose()


def test_sqlite_dataset_is_built_once_and_copied(tmp_path, monkeypatch):
    monkeypatch.setenv("DERBES_BENCH_CACHE", str(tmp_path / "cache"))
    made = dataset.ensure(tmp_path / "a.sqlite3", subjects=40, requests=50, seed=3)
    assert made == str(tmp_path / "a.sqlite3")
    subjects, requests, letters = _counts(made)
    assert (subjects, requests) == (40, 50) and letters > 0
    cached = dataset.ensure(None, subjects=40, requests=50, seed=3)
    assert cached.startswith(str(tmp_path / "cache"))

    def no_second_build(*args, **kwargs):
        raise AssertionError("built again")

    monkeypatch.setattr(dataset, "build", no_second_build)
    again = dataset.ensure(f"sqlite:///{tmp_path / 'b.sqlite3'}", subjects=40, requests=50, seed=3)
    assert _counts(again) == (subjects, requests, letters)


@pytest.mark.postgres
def test_postgres_dataset_is_a_template_cloned(monkeypatch):
    admin = pg_admin_url()
    target = admin.set(database="derbes_bench_test_target")
    template = dataset.key(30, 40, 4).lower()
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        url = dataset.ensure(target.render_as_string(hide_password=False), 30, 40, seed=4)
        first = _counts(url)
        assert first[:2] == (30, 40)
        monkeypatch.setattr(dataset, "build", lambda *a, **k: pytest.fail("built again"))
        assert _counts(dataset.ensure(url, 30, 40, seed=4)) == first
    finally:
        with engine.connect() as conn:
            for name in (target.database, template):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
