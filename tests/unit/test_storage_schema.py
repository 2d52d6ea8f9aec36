"""Migrations, version checks and the storage engine, on SQLite and PostgreSQL."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from app.storage.database import Database, DatabaseTooNew, NotADerbesDatabase
from app.storage.schema import (
    alembic_config,
    current_revision,
    ensure_current,
    head_revision,
    known_migrations,
    newest_migration,
    upgrade,
)


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []
    assert current_revision(db) == head_revision()


def test_the_migration_files_name_alembics_revisions_in_order():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    walked = [rev.revision for rev in script.walk_revisions()]  # the head first
    assert known_migrations() == walked[::-1]
    assert newest_migration() == head_revision()


def test_new_database_is_created_at_head(tmp_path):
    db = Database(tmp_path / "new.sqlite3")
    state = ensure_current(db)
    assert state.created and current_revision(db) == head_revision()
    assert "request" in inspect(db.engine).get_table_names()
    db.dispose()


def test_sqlite_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_newer_database_is_refused_and_left_alone(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNew, match="newer version of Derbes"):
        ensure_current(db)
    assert current_revision(db) == "9999"


def test_older_sqlite_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    upgrade(old, "0001")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('marker', '\"kept\"')"))
    state = ensure_current(old, backup_dir=tmp_path / "backups")
    assert state.upgraded_from == "0001"
    assert current_revision(old) == head_revision()
    assert state.backup.exists()
    copy = sqlite3.connect(state.backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert copy.execute("SELECT value FROM setting WHERE key='marker'").fetchone()[0] == '"kept"'
    copy.close()
    with old.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM setting WHERE key='marker'")).scalar()
    old.dispose()


def test_older_postgres_database_is_backed_up_then_upgraded(pg_server, tmp_path):
    url = pg_server.empty_url()
    try:
        old = Database(url)
        upgrade(old, "0001")
        state = ensure_current(old, backup_dir=tmp_path)
        assert state.upgraded_from == "0001" and state.backup.suffix == ".zip"
        assert current_revision(old) == head_revision()
        old.dispose()
    finally:
        pg_server.drop(url)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(NotADerbesDatabase, match="customers"):
        ensure_current(Database(path))


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(NotADerbesDatabase):
        ensure_current(Database(path))


def test_newest_migration_file_is_alembics_head():
    # opening a current database compares its stamp with the newest file, without Alembic
    assert newest_migration() == head_revision()
