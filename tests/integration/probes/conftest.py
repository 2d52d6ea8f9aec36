"""Shared by the probes of the command line with faults and bad input (issue 8): each runs the real `derbes`
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
import shutil
import sqlite3
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from app.domain.problems import MESSAGES
from tests.integration.test_cli import DERBES, run

ROOT = Path(__file__).resolve().parents[3]
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


@pytest.fixture(scope="package")
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


@pytest.fixture(scope="package")
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
