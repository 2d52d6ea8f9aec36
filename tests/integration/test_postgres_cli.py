"""The command-line contract of tests/integration/test_cli.py, on a PostgreSQL server.

The real `derbes` program against a fresh database of the test server: demo, request add and
list, dashboard, audit verify; the password comes from a keyring (a file-backed test backend,
chosen through keyring's own PYTHON_KEYRING_BACKEND), never from the URL; the audit log names
the server login as the actor, not the operating system's.
"""

import getpass
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.services import credentials

pytestmark = pytest.mark.postgres

DERBES = shutil.which("derbes", path=str(Path(sys.executable).parent)) or "derbes"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server_db(pg_server, tmp_path_factory):
    """A fresh server database filled by `derbes demo`, its URL without the password, and the
    environment that gives the program the password through the (test) keyring only."""
    full = pg_server.fresh_url()
    bare = credentials.without_password(full)
    store = tmp_path_factory.mktemp("keyring") / "keyring.json"
    key = f"{credentials.SERVICE}|{credentials.key_for(bare)}"
    store.write_text(json.dumps({key: full.password}))
    env = {k: v for k, v in os.environ.items() if k not in ("PGPASSWORD", "DERBES_DB")}
    env.update(
        PYTHON_KEYRING_BACKEND="tests.keyrings.FileKeyring",
        DERBES_TEST_KEYRING=str(store),
        PYTHONPATH=str(ROOT),
    )
    url = credentials.stored_text(bare)
    assert full.password is None or f":{full.password}@" not in url

    def run(*args):
        return subprocess.run(
            [DERBES, "--db", url, *args], capture_output=True, text=True, env=env, timeout=600
        )

    result = run("demo", "--subjects", "20", "--requests", "40", "--seed", "5")
    assert result.returncode == 0, result.stderr
    yield run, full
    pg_server.drop(full)


def test_dashboard_on_the_server(server_db):
    run, _ = server_db
    result = run("--json", "dashboard")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["open"] > 0


def test_request_add_then_list_and_the_login_is_the_actor(server_db):
    run, full = server_db
    added = run(
        "request",
        "add",
        "--type",
        "consent_withdrawal",
        "--received",
        "2026-03-16",
        "--sender",
        "Әлиев Нұрлан",
        "--iin",
        "900101300017",
        "--language",
        "kk",
    )
    assert added.returncode == 0, added.stderr
    number, due = added.stdout.split()
    assert due == "2026-04-30"
    listed = run("--json", "request", "list", "--search", number)
    assert listed.returncode == 0, listed.stderr
    assert [r["reg_number"] for r in json.loads(listed.stdout)] == [number]
    engine = create_engine(full)
    try:
        with engine.connect() as conn:
            actor = conn.execute(
                text(
                    "SELECT actor FROM audit_entry WHERE action = 'request.register' "
                    "ORDER BY id DESC LIMIT 1"
                )
            ).scalar()
    finally:
        engine.dispose()
    assert actor == full.username
    assert actor != getpass.getuser()


def test_request_list_filters_on_the_server(server_db):
    run, _ = server_db
    result = run("--json", "request", "list", "--status", "waiting")
    assert result.returncode == 0, result.stderr
    assert all(r["status"] == "waiting" for r in json.loads(result.stdout))


def test_audit_verify_on_the_server(server_db):
    run, _ = server_db
    result = run("audit", "verify")
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_a_wrong_password_is_one_line_and_never_printed(server_db, tmp_path):
    run, full = server_db
    wrong = credentials.stored_text(full).replace(
        "://" + full.username + "@", f"://{full.username}:not-the-password@"
    )
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = subprocess.run(
        [DERBES, "--db", wrong, "dashboard"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not-the-password" not in result.stderr + result.stdout
