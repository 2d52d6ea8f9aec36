"""Probes of the command line with faults and bad input (issue 8): each runs the real `derbes`
program and checks that it says what is wrong in ONE line naming the field and the reason,
exits with status 2, and leaves the database exactly as it was (on SQLite the file is
byte-identical and no stray file appeared beside it; on PostgreSQL every table's rows are).

Probes that concern both databases run on SQLite and PostgreSQL (``DERBES_TEST_PG_URL``, set by
``scripts/test-postgres.sh``); faults of a file (truncated, locked, full, read-only) run on SQLite.
The expected line is built from the problem catalogue (``app.domain.problems.MESSAGES``), so a
probe fails when the program answers with another code.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app.domain.problems import MESSAGES
from tests.integration.test_cli import DERBES, run

ROOT = Path(__file__).resolve().parents[2]
PREFIX = {"domain": "", "database": "database: ", "file": "file: "}


def sentence(code: str) -> str:
    """A regular expression for the English sentence of ``code``, placeholders as wildcards."""
    parts = re.split(r"\{[^{}]*\}", MESSAGES[code].replace("{{", "\0").replace("}}", "\1"))
    body = ".+?".join(re.escape(p).replace("\0", r"\{").replace("\1", r"\}") for p in parts)
    return body


def assert_one_line(result, code: str, field: str = "", kind: str = "domain") -> str:
    """Exit 2 and exactly the one line of ``code`` at ``field`` (no traceback, no log noise)."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    where = f"{field}: " if field else ""
    pattern = f"derbes: error: {PREFIX[kind]}{where}{sentence(code)}\n"
    assert re.fullmatch(pattern, result.stderr, re.DOTALL), result.stderr
    assert result.stderr.count("\n") == 1
    return result.stderr


def derbes(*args, env=None, timeout=300, **kwargs):
    """Like test_cli.run, with bytes arguments allowed (they reach Python as surrogates)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [DERBES, *args], capture_output=True, env=full_env, timeout=timeout, **kwargs
    )


def text_result(result):
    result.stdout = result.stdout.decode("utf-8", "replace")
    result.stderr = result.stderr.decode("utf-8", "replace")
    return result


# --- the databases ----------------------------------------------------------------------------


@dataclass
class Target:
    """A demo database to probe: ``db`` for --db, a request's number, and its state."""

    backend: str
    db: str
    reg: str
    folder: Path
    url: object = None
    extra: dict = field(default_factory=dict)

    def state(self):
        if self.backend == "sqlite":
            path = Path(self.db)
            files = sorted(p.name for p in self.folder.iterdir())
            return hashlib.sha256(path.read_bytes()).hexdigest(), files
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                tables = sorted(inspect(conn).get_table_names())
                return {
                    t: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{t}"')).all()))
                    for t in tables
                }
        finally:
            engine.dispose()

    def execute(self, sql: str, params: dict | None = None) -> None:
        """Change the database behind the program's back (data kept from before a rule)."""
        if self.backend == "sqlite":
            conn = sqlite3.connect(self.db)
            with conn:
                conn.execute(sql, params or {})
            conn.close()
            return
        engine = create_engine(self.url)
        with engine.begin() as conn:
            conn.execute(text(sql), params or {})
        engine.dispose()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A small demo database, made once; each probe works on a copy. (path, a request's number)"""
    path = tmp_path_factory.mktemp("probes") / "demo.sqlite3"
    result = run("--db", str(path), "demo", "--subjects", "6", "--requests", "8", "--seed", "3")
    assert result.returncode == 0, result.stderr
    import sqlite3

    with sqlite3.connect(path) as conn:  # no free pages left: a "full disk" then means full
        conn.execute("VACUUM")
    conn.close()
    return path, _first_number(str(path))


def _first_number(db: str) -> str:
    result = run("--db", db, "request", "list", "--limit", "1")
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\t")[0]


@pytest.fixture
def sqlite_target(demo_file, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "derbes.sqlite3"
    shutil.copyfile(demo_file[0], path)
    return Target("sqlite", str(path), demo_file[1], folder)


@pytest.fixture(scope="module")
def pg_demo(pg_server):
    """A demo database on the server, made once; each probe gets a copy (CREATE … TEMPLATE)."""
    from app.services import demo
    from app.services.startup import open_database

    url = pg_server.fresh_url()
    ctx, _ = open_database(url.render_as_string(hide_password=False))
    demo.build(ctx, subjects=6, requests=8, seed=3)
    ctx.db.dispose()
    shown = url.render_as_string(hide_password=False)
    yield url, _first_number(shown)
    pg_server.drop(url)


@pytest.fixture
def pg_target(pg_server, pg_demo, tmp_path):
    name = f"derbes_p_{uuid.uuid4().hex[:12]}"
    pg_server._sql(f'CREATE DATABASE "{name}" TEMPLATE "{pg_demo[0].database}"')
    url = pg_demo[0].set(database=name)
    folder = tmp_path / "out"
    folder.mkdir()
    yield Target("postgres", url.render_as_string(hide_password=False), pg_demo[1], folder, url)
    pg_server.drop(url)


@pytest.fixture(params=["sqlite", "postgres"])
def target(request):
    return request.getfixturevalue("sqlite_target" if request.param == "sqlite" else "pg_target")


@contextlib.contextmanager
def unchanged(target: Target):
    """The database and the folder beside it are as they were when the block ends."""
    before = target.state()
    outputs = sorted(p.name for p in target.folder.iterdir())
    yield
    assert target.state() == before
    assert sorted(p.name for p in target.folder.iterdir()) == outputs


def add(target, *extra, sender="Иванов Иван", **kwargs):
    return text_result(
        derbes(
            "--db",
            target.db,
            "request",
            "add",
            "--type",
            "access",
            "--received",
            "2026-11-02",
            "--sender",
            sender,
            *extra,
            **kwargs,
        )
    )


# --- outputs: never clobbered -----------------------------------------------------------------


def letter(target, out, *extra, **kwargs):
    return run(
        "--db",
        target.db,
        "letter",
        target.reg,
        "--kind",
        "acknowledgement",
        "--format",
        "pdf",
        "--out",
        str(out),
        *extra,
        **kwargs,
    )


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("force", [False, True])
def test_a_letter_never_goes_over_the_database_or_its_companions(sqlite_target, companion, force):
    out = f"{sqlite_target.db}{companion}"
    with unchanged(sqlite_target):
        result = letter(sqlite_target, out, *(["--force"] if force else []))
        assert_one_line(result, "out_is_database", "out")


def test_a_link_to_the_database_is_the_database(sqlite_target):
    link = sqlite_target.folder / "letter.pdf"
    link.symlink_to(sqlite_target.db)
    hard = sqlite_target.folder / "hard.pdf"
    os.link(sqlite_target.db, hard)
    with unchanged(sqlite_target):
        for out in (link, hard):
            assert_one_line(letter(sqlite_target, out, "--force"), "out_is_database", "out")


def test_an_existing_file_is_replaced_only_with_force(target):
    out = target.folder / "letter.pdf"
    out.write_bytes(b"the officer's own file")
    with unchanged(target):
        assert_one_line(letter(target, out), "out_exists", "out")
    assert out.read_bytes() == b"the officer's own file"
    result = letter(target, out, "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []


def test_a_device_is_never_an_output(target):
    with unchanged(target):
        assert_one_line(letter(target, "/dev/full", "--force"), "out_not_a_file", "out")


def test_a_file_size_limit_is_a_file_problem(target):
    out = target.folder / "letter.pdf"

    def limit():  # SIGXFSZ is ignored by Python: the write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (48_000, 48_000))

    with unchanged(target):
        result = subprocess.run(
            [DERBES, "--db", target.db, "letter", target.reg, "--kind", "acknowledgement"]
            + ["--format", "pdf", "--out", str(out)],
            capture_output=True,
            text=True,
            preexec_fn=limit,
            timeout=300,
        )
        assert_one_line(result, "file_too_big", kind="file")


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` cannot be written, even by root (which ignores the mode): immutable then."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable files")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_letter_into_a_read_only_folder_is_a_file_problem(target):
    folder = target.folder / "sealed"
    folder.mkdir()
    with unchanged(target), read_only(folder):
        result = letter(target, folder / "letter.pdf")
        line = assert_one_line(result, "file_denied", kind="file")
        assert str(folder) in line
    assert list(folder.iterdir()) == []


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


# --- input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "field_"),
    [
        (["deadline", "--from", "9999-12-30"], "out_of_range_date", "from"),
        (["deadline", "--from", "1899-12-31"], "out_of_range_date", "from"),
        (["deadline", "--from", "0001-01-01"], "out_of_range_date", "from"),
        (["deadline", "--from", "2026-03-16", "--days", "100000"], "out_of_range", "days"),
    ],
)
def test_dates_outside_1900_2100_in_a_deadline(target, args, code, field_):
    with unchanged(target):
        assert_one_line(run("--db", target.db, *args), code, field_)


@pytest.mark.parametrize("received", ["1899-12-31", "0001-01-01", "2101-01-01"])
def test_dates_outside_1900_2100_in_a_letter(target, received):
    with unchanged(target):
        result = text_result(
            derbes(
                "--db",
                target.db,
                "request",
                "add",
                "--type",
                "access",
                "--received",
                received,
                "--sender",
                "X",
            )
        )
        assert_one_line(result, "out_of_range_date", "received")


@pytest.mark.parametrize(
    ("sender", "code"),
    [
        (b"\xff\xfe\xd0 sender in cp1251", "not_utf8"),
        (b"Evil\x1b[2J\x1b[31mred", "control_chars"),
        (b"Bell\x07", "control_chars"),
        ("abc\u202edcba.pdf".encode(), "bidi_control"),
        ("name\u2066isolate".encode(), "bidi_control"),
        (("я" * 10_000).encode(), "too_long"),
    ],
)
def test_a_sender_that_is_not_printable_text(target, sender, code):
    with unchanged(target):
        assert_one_line((add(target, sender=sender)), code, "sender")


@pytest.mark.parametrize(
    ("option", "value", "code", "field_"),
    [
        ("--address", "a" * 120_000, "too_long", "sender_address"),
        ("--summary", "s" * 10_000, "too_long", "summary"),
        ("--address", "line\x1b]0;title\x07", "control_chars", "sender_address"),
        ("--summary", "ok\u202eko", "bidi_control", "summary"),
    ],
)
def test_long_or_hidden_text_in_the_other_fields(target, option, value, code, field_):
    with unchanged(target):
        assert_one_line((add(target, option, value)), code, field_)


def test_emoji_and_right_to_left_text_are_accepted_and_printed(target):
    """Decided: accepted. They are printable text (a foreign subject's name in Arabic is a real
    name; people paste emoji); the letter prints them and the listing shows them as typed."""
    sender = "Ахмед 😀 أحمد بن سعيد ✉"
    result = add(target, "--summary", "שלום — сәлем 👋", sender=sender)
    assert result.returncode == 0, result.stderr
    number = result.stdout.split("\t")[0]
    listing = run("--db", target.db, "request", "list", "--search", "Ахмед")
    assert sender in listing.stdout
    for fmt in ("pdf", "docx"):
        out = target.folder / f"letter.{fmt}"
        made = run(
            "--db",
            target.db,
            "letter",
            number,
            "--kind",
            "acknowledgement",
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert made.returncode == 0, made.stderr
        assert out.stat().st_size > 1000


def test_text_stored_before_the_rules_is_escaped_in_listings(target):
    target.execute(
        "UPDATE request SET sender = :s WHERE reg_number = :n",
        {"s": "Evil\x1b[2J\u202eRTL\x9b\u2028end", "n": target.reg},
    )
    listing = run("--db", target.db, "request", "list")
    assert listing.returncode == 0, listing.stderr
    assert not re.search(
        "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028]", listing.stdout
    )
    assert r"Evil\x1b[2J\u202eRTL\x9b\u2028end" in listing.stdout
    as_json = run("--db", target.db, "--json", "request", "list")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2028]", as_json.stdout)
    import json

    senders = {row["sender"] for row in json.loads(as_json.stdout)}
    assert "Evil\x1b[2J\u202eRTL\x9b\u2028end" in senders  # JSON escapes, and reads back


def test_a_120_kb_address_kept_from_before_the_rules_is_refused_by_the_letter(target):
    target.execute(
        "UPDATE request SET sender_address = :a WHERE reg_number = :n",
        {"a": "Алматы, " + "а" * 120_000, "n": target.reg},
    )
    with unchanged(target):
        assert_one_line(letter(target, target.folder / "letter.pdf"), "letter_layout", "letter")


def test_control_characters_kept_from_before_the_rules_are_refused_by_a_word_letter(target):
    # the sender as written and, since a letter addresses the linked subject by the record's
    # name, the subject's surname too
    target.execute(
        "UPDATE request SET sender = :s WHERE reg_number = :n",
        {"s": "Evil\x1b[2J", "n": target.reg},
    )
    target.execute(
        "UPDATE subject SET surname = :s"
        " WHERE id = (SELECT subject_id FROM request WHERE reg_number = :n)",
        {"s": "Evil\x1b[2J", "n": target.reg},
    )
    out = target.folder / "letter.docx"
    with unchanged(target):
        result = run(
            "--db",
            target.db,
            "letter",
            target.reg,
            "--kind",
            "acknowledgement",
            "--format",
            "docx",
            "--out",
            str(out),
        )
        assert_one_line(result, "letter_characters", "letter")


# --- scans ------------------------------------------------------------------------------------


def test_a_scan_that_lies_about_its_type(target):
    fake = target.folder.parent / "scan.pdf"
    fake.write_text("I am a PDF, honestly", encoding="utf-8")
    damaged = target.folder.parent / "scan.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with unchanged(target):
        assert_one_line((add(target, "--scan", str(fake))), "not_a_scan", "file")
        assert_one_line((add(target, "--scan", str(damaged))), "scan_damaged", "file")


def test_a_100_mb_scan_is_refused_before_it_is_read(target):
    huge = target.folder.parent / "huge.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without using the disk
    with unchanged(target):
        assert_one_line((add(target, "--scan", str(huge))), "file_too_large", "file")


def test_a_scan_that_does_not_exist(target):
    with unchanged(target):
        result = add(target, "--scan", str(target.folder.parent / "nope.pdf"))
        assert_one_line(result, "file_not_found", kind="file")
