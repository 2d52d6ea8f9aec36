"""Probes of the database named by --db (issue 8): a wrong URL, a server that never
answers, a missing, empty, truncated, corrupt, newer, locked, full or read-only database.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from tests.integration.probes.conftest import (
    ROOT,
    add,
    assert_one_line,
    read_only,
    unchanged,
)
from tests.integration.test_cli import run

# --- the database named by --db -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("db", "code"),
    [
        ("sqlite://", "db_url_memory"),
        ("sqlite:///:memory:", "db_url_memory"),
        ("mysql://user@localhost/derbes", "db_url_unsupported"),
        ("postgresql+psycopg2://user@localhost/derbes", "db_url_unsupported"),
        ("postgresql://user:secret@[::1/derbes", "db_url_invalid"),
        ("http://[broken", "db_url_unsupported"),
        ("not a url://x", "db_url_invalid"),
    ],
)
def test_a_url_derbes_cannot_keep_letters_in(db, code, tmp_path):
    result = run("--db", db, "request", "list")
    line = assert_one_line(result, code, "db")
    assert "secret" not in line
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_postgresql_host():
    result = run("--db", "postgresql://derbes@no-such-host.invalid/derbes", "request", "list")
    assert_one_line(result, "db_unreachable", kind="database")


def test_a_server_that_accepts_and_never_answers_is_ended_by_the_connect_timeout():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(server.accept()[0])  # accepted, and never a byte in reply

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    started = time.monotonic()
    try:
        result = run(
            "--db",
            f"postgresql://derbes@127.0.0.1:{port}/derbes",
            "dashboard",
            env={"DERBES_CONNECT_TIMEOUT_S": "2"},
        )
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()
    assert held, "the program never connected"
    assert time.monotonic() - started < 30
    assert_one_line(result, "db_unreachable", kind="database")


def test_the_connect_timeout_is_read_from_the_environment():
    code = "from app.storage import database; print(database.CONNECT_TIMEOUT_S)"
    env = {**os.environ, "DERBES_CONNECT_TIMEOUT_S": "3"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "3"
    env.pop("DERBES_CONNECT_TIMEOUT_S")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "10"


@pytest.mark.parametrize("command", [["request", "list"], ["dashboard"], ["request", "add"]])
def test_a_missing_file_is_not_created(tmp_path, command):
    path = tmp_path / "nothing.sqlite3"
    extra = ["--type", "access", "--received", "2026-11-02", "--sender", "X"]
    result = run("--db", str(path), *command, *(extra if command[-1] == "add" else []))
    assert_one_line(result, "db_none", "db")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"plain text\n" * 50])
@pytest.mark.parametrize("command", [["request", "list"], ["dashboard"], ["audit", "verify"]])
def test_a_read_never_turns_a_file_into_a_derbes_database(tmp_path, content, command):
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(content)
    result = run("--db", str(path), *command)
    assert_one_line(result, "db_not_derbes", kind="database")
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["empty.sqlite3"]


def test_an_empty_sqlite_database_stays_empty(tmp_path):
    path = tmp_path / "other.sqlite3"
    sqlite3.connect(path).close()  # a valid, empty SQLite file (another program's)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = run("--db", str(path), "request", "list")
    assert_one_line(result, "db_not_derbes", kind="database")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["other.sqlite3"]


def test_an_empty_postgresql_database_stays_empty(pg_server):
    url = pg_server.empty_url()
    try:
        shown = url.render_as_string(hide_password=False)
        for command in (["request", "list"], ["dashboard"]):
            assert_one_line(run("--db", shown, *command), "db_not_derbes", kind="database")
        engine = create_engine(url)
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
        engine.dispose()
    finally:
        pg_server.drop(url)


def test_a_missing_postgresql_database(pg_server):
    url = make_url(os.environ["DERBES_TEST_PG_URL"]).set(database="derbes_no_such_db")
    result = run("--db", url.render_as_string(hide_password=False), "request", "list")
    # The server refuses the connection itself (no SQLSTATE reaches the client): unreachable,
    # with the server's reason in the line.
    line = assert_one_line(result, "db_unreachable", kind="database")
    assert "derbes_no_such_db" in line


def test_a_truncated_database(sqlite_target):
    path = Path(sqlite_target.db)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)
    with unchanged(sqlite_target):
        assert_one_line(run("--db", sqlite_target.db, "dashboard"), "db_corrupt", kind="database")
        assert_one_line(add(sqlite_target), "db_corrupt", kind="database")


def test_a_corrupt_database(sqlite_target):
    path = Path(sqlite_target.db)
    with path.open("r+b") as handle:  # the schema page after the header: scrambled
        handle.seek(100)
        handle.write(b"\xa5" * 3996)
    with unchanged(sqlite_target):
        result = run("--db", sqlite_target.db, "request", "list")
        assert_one_line(result, "db_corrupt", kind="database")


def test_a_newer_database(target):
    target.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with unchanged(target):
        for command in (["request", "list"], ["dashboard"]):
            assert_one_line(run("--db", target.db, *command), "db_too_new", kind="database")


def test_a_locked_database(sqlite_target):
    holder = sqlite3.connect(sqlite_target.db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        state = hashlib.sha256(Path(sqlite_target.db).read_bytes()).hexdigest()
        result = add(sqlite_target, env={"DERBES_BUSY_TIMEOUT_MS": "300"})
        assert_one_line(result, "db_busy", kind="database")
        assert hashlib.sha256(Path(sqlite_target.db).read_bytes()).hexdigest() == state
    finally:
        holder.rollback()
        holder.close()


def test_a_postgresql_table_locked_past_the_statement_timeout(pg_target):
    engine = create_engine(pg_target.url)
    with unchanged(pg_target):
        with engine.begin() as holder:  # another officer's transaction holds the table
            holder.execute(text("LOCK TABLE request IN ACCESS EXCLUSIVE MODE"))
            result = add(pg_target, env={"DERBES_STATEMENT_TIMEOUT_S": "2"})
        engine.dispose()
    assert_one_line(result, "db_timeout", kind="database")


FULL_DISK = """
import sys
from sqlalchemy import event
from sqlalchemy.pool import Pool

@event.listens_for(Pool, "connect")
def _full(dbapi_connection, _record):  # the disk holds no page more than the file has now
    cursor = dbapi_connection.cursor()
    pages = cursor.execute("PRAGMA page_count").fetchone()[0]
    cursor.execute(f"PRAGMA max_page_count={pages}")
    cursor.close()

from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk(sqlite_target):
    long = ["--summary", "б" * 3999, "--address", "в" * 999]
    with unchanged(sqlite_target):
        result = subprocess.run(
            [sys.executable, "-c", FULL_DISK, "--db", sqlite_target.db, "request", "add"]
            + ["--type", "access", "--received", "2026-11-02", "--sender", "X", *long],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert_one_line(result, "db_full", kind="database")


def test_a_read_only_database_file(sqlite_target):
    with read_only(Path(sqlite_target.db)), unchanged(sqlite_target):
        assert_one_line((add(sqlite_target)), "db_readonly", kind="database")
