"""Storage failures classified by the driver's codes, what a write touched, and reads that cannot
write; on SQLite and on PostgreSQL."""

from __future__ import annotations

import errno
import sqlite3

import psycopg
import pytest
from sqlalchemy import text

from app.services import backups, paths
from app.services.context import touched
from app.services.errors import (
    DatabaseBusy,
    FileProblem,
    NotADerbesDatabase,
    StorageError,
    WriteWhileReading,
    as_expected,
)
from app.services.topics import REQUESTS, SUBJECTS, topics_for
from app.storage.database import Database, classify
from app.storage.models import Setting
from tests.helpers import make_operator
from tests.helpers import register as reg


def _sqlite_error(code: int, message: str, cls=sqlite3.OperationalError):
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = f"SQLITE_{code}"
    return exc


@pytest.mark.parametrize(
    "code, expected",
    [
        (5, "db_busy"),
        (6, "db_busy"),
        (517, "db_busy"),  # SQLITE_BUSY_SNAPSHOT: the primary code decides
        (8, "db_readonly"),
        (10, "db_io"),
        (11, "db_corrupt"),
        (13, "db_full"),
        (14, "db_cantopen"),
        (26, "db_not_a_database"),
    ],
)
def test_sqlite_errors_are_classified_by_their_result_code(code, expected):
    # The message says something else on purpose: only the code counts.
    error = classify(_sqlite_error(code, "database is locked: file is not a database"), "x.db")
    assert error.code == expected and error.params["database"] == "x.db"


def test_an_unknown_sqlite_code_is_a_bug_not_a_storage_error():
    assert classify(_sqlite_error(1, "database is locked"), "x.db") is None  # SQLITE_ERROR


@pytest.mark.parametrize(
    "state, expected",
    [
        ("57014", "db_timeout"),
        ("40001", "db_conflict"),
        ("40P01", "db_conflict"),
        ("53100", "db_resources"),
        ("53300", "db_resources"),
        ("28P01", "db_auth"),
        ("3D000", "db_missing"),
        ("08006", "db_unreachable"),
    ],
)
def test_postgres_errors_are_classified_by_sqlstate(state, expected):
    exc = psycopg.errors.lookup(state)("ein Text in irgendeiner Sprache")
    assert classify(exc, "pg").code == expected


def test_a_postgres_bug_stays_a_bug():
    assert classify(psycopg.errors.lookup("42P01")("no such table"), "pg") is None


def test_a_failed_connection_is_unreachable_by_its_class():
    assert classify(psycopg.OperationalError("connection refused"), "pg").code == "db_unreachable"


def test_the_classes_of_the_old_api_remain():
    assert isinstance(classify(_sqlite_error(5, ""), ""), DatabaseBusy)
    assert isinstance(classify(_sqlite_error(26, ""), ""), NotADerbesDatabase)


def test_storage_error_reads_in_english_from_its_code():
    error = StorageError("db_busy", database="x.db", error="SQLITE_BUSY")
    assert str(error).startswith("x.db is locked by another program")
    assert error.problem.code == "db_busy"


def test_a_garbage_file_is_not_a_database(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not sqlite" * 200)
    db = Database(path)
    with pytest.raises(NotADerbesDatabase) as caught, db.session() as s:
        s.exec(text("select * from sqlite_master")).all()
    assert caught.value.code == "db_not_a_database" and caught.value.params["database"] == str(path)
    db.dispose()


def test_an_unreachable_server_is_a_storage_error_without_waiting_long():
    db = Database("postgresql://nobody:secret@127.0.0.1:1/none")
    with pytest.raises(StorageError) as caught, db.session() as s:
        s.exec(text("select 1"))
    assert caught.value.code == "db_unreachable" and "secret" not in str(caught.value)
    db.dispose()


def test_postgres_sessions_have_a_statement_timeout(pg_db):
    with pg_db.session() as s:
        assert s.exec(text("show statement_timeout")).scalar() == "1min"
    with pytest.raises(StorageError) as caught, pg_db.session() as s:
        s.exec(text("set statement_timeout = 50"))
        s.exec(text("select pg_sleep(2)"))
    assert caught.value.code == "db_timeout" and caught.value.params["seconds"] == 60
    raw = pg_db.engine.raw_connection()
    try:
        assert raw.driver_connection.info.get_parameters()["connect_timeout"] == "10"
    finally:
        raw.close()


# -- what a write touched ------------------------------------------------------------------------


def test_a_write_records_the_tables_it_touched_including_core_statements(ctx):
    op = make_operator(ctx)
    with touched() as change:
        reg(ctx, operator_id=op.id, iin="900101300811")
    # The request, its new subject, the numbering counter's UPDATE … RETURNING, the audit entry.
    assert {"request", "subject", "number_series", "audit_entry"} <= change.tables
    assert change.topics == {REQUESTS, SUBJECTS}


def test_a_rolled_back_write_touched_nothing(ctx):
    with touched() as change:
        with pytest.raises(RuntimeError), ctx.write() as w:
            w.session.add(Setting(key="x", value=1))
            w.session.flush()
            raise RuntimeError("changed my mind")
        with ctx.write():
            pass
    assert change.tables == set() and change.topics == frozenset()


def test_raw_sql_writes_are_recorded_too(ctx):
    with touched() as change, ctx.write() as w:
        w.session.exec(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))
    assert change.tables == {"setting"}


def test_every_table_has_topics_declared():
    from sqlmodel import SQLModel

    from app.services.topics import TABLE_TOPICS

    assert set(SQLModel.metadata.tables) <= set(TABLE_TOPICS)
    assert topics_for(["no_such_table"])  # unknown: every topic, to be safe


# -- reads cannot write --------------------------------------------------------------------------


def test_a_reading_context_refuses_to_write(ctx):
    reader = ctx.reading()
    with pytest.raises(WriteWhileReading), reader.write():
        pass


def test_a_read_only_session_refuses_writes_in_the_database(ctx):
    with pytest.raises(WriteWhileReading), ctx.reading().read() as s:
        s.exec(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))
    with ctx.read() as s:  # the pooled connection may write again afterwards
        assert s.exec(text("select count(*) from setting where key = 'k'")).scalar() == 0
    with ctx.write() as w:
        w.session.exec(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))


def test_postgres_reads_keep_their_prepared_statements(pg_db):
    """A read-only session ends with COMMIT: at a ROLLBACK psycopg forgets what it prepared,
    and the register's searches would be planned again every time."""
    for _ in range(8):  # psycopg prepares a statement from its fifth execution on
        with pg_db.session(read_only=True) as s:
            assert s.exec(text("select count(*) from setting where key = 'prepared'")).scalar() == 0
    with pg_db.session(read_only=True) as s:
        prepared = s.exec(text("select statement from pg_prepared_statements")).scalars().all()
    assert any("key = 'prepared'" in statement for statement in prepared), prepared
    with pytest.raises(WriteWhileReading), pg_db.session(read_only=True) as s:
        s.exec(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))
    with pg_db.session() as s:  # a failed read rolled back; a read that may write is not kept
        s.exec(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))
    with pg_db.session(read_only=True) as s:
        assert s.exec(text("select count(*) from setting where key = 'k'")).scalar() == 0


# -- files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number, code",
    [
        (errno.ENOENT, "file_not_found"),
        (errno.EACCES, "file_denied"),
        (errno.ENOSPC, "file_no_space"),
        (errno.EROFS, "file_read_only"),
        (errno.EIO, "file_error"),
    ],
)
def test_os_errors_become_file_problems_by_errno(number, code):
    problem = as_expected(OSError(number, "whatever the system says", "/x/y.pdf"))
    assert isinstance(problem, FileProblem)
    assert problem.code == code and problem.path == "/x/y.pdf"
    assert problem.params["error"] == errno.errorcode[number]


def test_a_backup_into_a_file_that_is_a_folder_is_a_file_problem(sqlite_ctx, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(FileProblem) as caught:
        backups.backup(sqlite_ctx, blocker / "copy.sqlite3")
    assert caught.value.code in {"file_not_folder", "file_exists"}


def test_folders_come_from_the_platform(_isolated_home):
    assert str(paths.log_dir()).startswith(str(_isolated_home))
    assert paths.default_database_path().parent == paths.data_dir()
