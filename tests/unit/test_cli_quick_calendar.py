"""`derbes deadline` on a database reads its calendar overrides through the SQLite driver alone
when the file is at this program's schema (issue 11: the whole call is shorter than loading the
ORM), and otherwise opens the database as every command does: an older one is upgraded after a
backup, a newer one refused."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from app.cli import main
from app.services import calendar_quick, settings
from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import head_revision, newest_migration, upgrade

FRIDAY = "2026-11-20"  # day 1 is Monday 23 November, day 2 Tuesday 24


@pytest.fixture
def home(tmp_path, monkeypatch):
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(name, str(tmp_path / sub))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("DERBES_DB", raising=False)
    return tmp_path


def _database(path, revision: str = "head", holiday: dt.date | None = None) -> str:
    db = Database(path)
    upgrade(db, revision)
    if holiday is not None:
        settings.save_override(Context(db, actor="test"), holiday, "holiday", "Office closed")
    db.dispose()
    return str(path)


def test_newest_migration_is_the_head():
    assert newest_migration() == head_revision()


def test_a_current_database_is_read_without_the_orm(home):
    path = _database(home / "desk.sqlite3", holiday=dt.date(2026, 11, 23))
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['--db', {path!r}, 'deadline', '--from', {FRIDAY!r}, '--days', '1']) == 0\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'app.storage.models')\n"
        "         if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-11-24"  # the override moved day 1 to Tuesday
    # and nothing was made beside the file (read as immutable: no -wal, no -shm)
    assert sorted(p.name for p in (home).glob("desk.sqlite3*")) == ["desk.sqlite3"]


def test_the_quick_calendar_is_the_services_calendar(home):
    path = _database(home / "desk.sqlite3", holiday=dt.date(2026, 11, 23))
    quick = calendar_quick.calendar(path)
    db = Database(path)
    try:
        full = settings.calendar(Context(db, actor="test"))
    finally:
        db.dispose()
    assert quick is not None and quick.overrides == full.overrides


def test_a_database_held_open_is_read_through_its_wal(home, capsys):
    path = _database(home / "desk.sqlite3")
    db = Database(path)
    ctx = Context(db, actor="test")
    try:
        settings.calendar(ctx)  # a connection is open: the -wal is there
        settings.save_override(ctx, dt.date(2026, 11, 23), "holiday", "closed")
        assert os.path.exists(path + "-wal")
        assert main(["--db", path, "deadline", "--from", FRIDAY, "--days", "1"]) == 0
        assert capsys.readouterr().out.strip() == "2026-11-24"
    finally:
        db.dispose()


def test_an_older_database_is_upgraded_after_a_backup(home, capsys):
    path = _database(home / "old.sqlite3", revision="0012")
    assert calendar_quick.calendar(path) is None  # not at this schema: the ordinary open
    assert main(["--db", path, "deadline", "--from", FRIDAY, "--days", "1"]) == 0
    assert capsys.readouterr().out.strip() == "2026-11-23"
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    finally:
        con.close()
    backups = list((home / "data").rglob("*before-upgrade-from-0012*.sqlite3"))
    assert len(backups) == 1


def test_a_newer_database_is_refused(home, capsys):
    path = _database(home / "new.sqlite3")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert calendar_quick.calendar(path) is None
    assert main(["--db", path, "deadline", "--from", FRIDAY]) == 2
    assert "newer version of Derbes" in capsys.readouterr().err


def test_a_file_that_is_not_derbes_is_refused_as_before(home, capsys):
    path = home / "notes.txt"
    path.write_text("not a database")
    assert calendar_quick.calendar(str(path)) is None
    assert main(["--db", str(path), "deadline", "--from", FRIDAY]) == 2
    assert "derbes: error:" in capsys.readouterr().err


def test_a_server_url_takes_the_ordinary_path():
    assert calendar_quick.calendar("postgresql://nobody@127.0.0.1:1/none") is None


def test_a_server_database_with_its_password_in_the_url_is_read_without_the_orm(pg_db, home):
    settings.save_override(Context(pg_db, actor="test"), dt.date(2026, 11, 23), "holiday", "x")
    url = pg_db.url.render_as_string(hide_password=False)
    assert calendar_quick.calendar(url).overrides.keys() == {dt.date(2026, 11, 23)}
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['--db', {url!r}, 'deadline', '--from', {FRIDAY!r}, '--days', '1']) == 0\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'keyring') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-11-24"


def test_a_server_database_behind_the_schema_takes_the_ordinary_path(pg_db, home):
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    url = pg_db.url.render_as_string(hide_password=False)
    assert calendar_quick.calendar(url) is None
    assert calendar_quick.calendar(url.replace(":derbes_test@", ":wrong@", 1)) is None


def test_only_a_url_with_its_password_is_read_directly():
    conninfo = calendar_quick.direct.postgres_conninfo
    assert conninfo("postgresql+psycopg://u:pw@h:5433/d") == "postgresql://u:pw@h:5433/d"
    assert conninfo("postgresql://u@h/d") is None  # the keyring's password
    assert conninfo("postgresql://u:pw@h/d?sslmode=require") is None
    assert conninfo("mysql://u:pw@h/d") is None
