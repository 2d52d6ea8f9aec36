"""`derbes deadline` on a PostgreSQL URL with its password reads the calendar overrides through
libpq itself (``app.storage.libpq``, issue 11: importing psycopg was half of the call): the same
overrides psycopg reads, whatever the server's date style, with the session read-only and the
statement timeout set; a server that refuses is not asked again through psycopg."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from app.services import calendar_quick, settings
from app.services.context import Context
from app.storage import direct, libpq

FRIDAY = "2026-11-20"

pytestmark = pytest.mark.skipif(not libpq.available(), reason="psycopg's wheel ships no libpq")


def _conninfo(pg_db) -> str:
    url = pg_db.url.render_as_string(hide_password=False)
    return direct.postgres_conninfo(url)


@pytest.fixture
def overrides(pg_db):
    ctx = Context(pg_db, actor="test")
    settings.save_override(ctx, dt.date(2026, 11, 23), "holiday", "Кеңсе жабық: 'жөндеу'")
    settings.save_override(ctx, dt.date(2026, 11, 28), "workday", "")
    with pg_db.engine.begin() as conn:  # a server whose dates read day first
        conn.exec_driver_sql(f"ALTER DATABASE \"{pg_db.url.database}\" SET datestyle = 'SQL, DMY'")
    return pg_db


def test_libpq_reads_what_psycopg_reads(overrides, monkeypatch):
    url = overrides.url.render_as_string(hide_password=False)
    quick = calendar_quick.calendar(url)
    monkeypatch.setattr(libpq, "available", lambda: False)  # psycopg's connection
    through_psycopg = calendar_quick.calendar(url)
    full = settings.calendar(Context(overrides, actor="test"))
    assert quick is not None and through_psycopg is not None
    assert quick.overrides == through_psycopg.overrides == full.overrides
    assert quick.overrides[dt.date(2026, 11, 23)].note == "Кеңсе жабық: 'жөндеу'"


def test_the_session_is_read_only_with_the_timeout(pg_db):
    conn = libpq.connect(_conninfo(pg_db), connect_timeout=5, statement_timeout_s=7)
    assert conn is not None
    try:
        assert conn.execute("SHOW transaction_read_only").fetchall() == [("on",)]
        assert conn.execute("SHOW statement_timeout").fetchall() == [("7s",)]
        assert conn.execute("SELECT NULL::text, 'ә'").fetchall() == [(None, "ә")]
        with pytest.raises(libpq.LibpqError):
            conn.execute("CREATE TABLE nothing (x int)")
        assert direct.is_driver_error(libpq.LibpqError("x"))
    finally:
        conn.close()


def test_a_refusing_server_is_asked_once(pg_db, monkeypatch):
    url = pg_db.url.render_as_string(hide_password=False).replace(":derbes_test@", ":wrong@", 1)
    calls = []
    real = libpq.connect
    monkeypatch.setattr(libpq, "connect", lambda *a: calls.append(a) or real(*a))
    import psycopg

    monkeypatch.setattr(psycopg, "connect", lambda *a, **k: pytest.fail("asked again"))
    assert calendar_quick.calendar(url) is None  # the ordinary open says why
    assert len(calls) == 1


def test_the_call_loads_no_psycopg(overrides, tmp_path):
    url = overrides.url.render_as_string(hide_password=False)
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['--db', {url!r}, 'deadline', '--from', {FRIDAY!r}, '--days', '1']) == 0\n"
        "heavy = [m for m in ('psycopg', 'sqlalchemy', 'keyring') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-11-24"  # the holiday moved day 1 to Tuesday
