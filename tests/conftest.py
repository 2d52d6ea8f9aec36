"""Fixtures shared by every test: isolation from the user's machine and fresh databases.

Each test gets a fresh database copied from a template migrated once per session: a SQLite file,
and, for tests that use the ``ctx`` fixture, also a real PostgreSQL database created from a
template (``CREATE DATABASE … TEMPLATE``) on the server named by DERBES_TEST_PG_URL. Without that
variable the PostgreSQL half is skipped locally and fails in CI.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import upgrade

TODAY = dt.date(2026, 11, 20)  # a Friday; tests never depend on the real date
PG_ENV = "DERBES_TEST_PG_URL"


_SESSION_HOME = None


def pytest_configure(config):
    """Before any fixture (module-scoped ones included): the user's folders point at a temporary
    home for the whole session, so nothing a test does reaches the real config or data folder."""
    import tempfile

    global _SESSION_HOME
    _SESSION_HOME = tempfile.TemporaryDirectory(prefix="derbes-tests-home-")
    home = _SESSION_HOME.name
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    os.environ["HOME"] = home


def pytest_unconfigure(config):
    if _SESSION_HOME is not None:
        _SESSION_HOME.cleanup()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("DERBES_DB", raising=False)
    yield home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(path)
    upgrade(db)
    db.dispose()
    return path


def pg_admin_url():
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL server for this run")
    return make_url(url)


class PgServer:
    def __init__(self, admin_url):
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.template = f"derbes_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._sql(f'CREATE DATABASE "{self.template}"')
        db = Database(admin_url.set(database=self.template), pool=False)
        upgrade(db)
        db.dispose()

    def _sql(self, statement: str) -> None:
        with self.engine.connect() as conn:
            conn.execute(text(statement))

    def fresh_url(self):
        name = f"derbes_t_{uuid.uuid4().hex[:12]}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.admin_url.set(database=name)

    def empty_url(self):
        name = f"derbes_e_{uuid.uuid4().hex[:12]}"
        self._sql(f'CREATE DATABASE "{name}"')
        return self.admin_url.set(database=name)

    def drop(self, url) -> None:
        for attempt in range(5):
            try:
                self._sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
                return
            except Exception:  # another session (autovacuum) still attached: try again
                if attempt == 4:
                    raise
                time.sleep(0.5)

    def close(self) -> None:
        self._sql(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer(pg_admin_url())
    yield server
    server.close()


@pytest.fixture
def sqlite_db(sqlite_template, tmp_path):
    path = tmp_path / "derbes.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_server):
    url = pg_server.fresh_url()
    db = Database(url)
    yield db
    db.dispose()
    pg_server.drop(url)


@pytest.fixture(params=["sqlite", "postgres"])
def db(request):
    """A fresh, migrated database on each backend."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture
def ctx(db):
    return Context(db, actor="tester", clock=lambda: TODAY)


@pytest.fixture
def sqlite_ctx(sqlite_db):
    return Context(sqlite_db, actor="tester", clock=lambda: TODAY)
