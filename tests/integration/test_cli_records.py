"""`derbes purge [--dry-run]` and `derbes subjects merge KEEP OTHER`, run as the real program.

Issue 9: `derbes purge --dry-run` lists and leaves the database byte-identical; `derbes purge`
anonymises what it listed, and `derbes audit verify` passes afterwards."""

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from app.services.context import Context
from app.storage.models import Subject
from tests.helpers import make_operator
from tests.integration.test_cli import run
from tests.retention import SECRET_IIN, finished_withdrawal, subject

TODAY = dt.date.today()  # the program counts from the real day
PAST = TODAY - dt.timedelta(days=1)
FUTURE = TODAY + dt.timedelta(days=400)


def _settled(path) -> bytes:
    """The file's bytes with its write-ahead log folded in (what a reader would see)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()


@pytest.fixture
def retained_db(sqlite_db):
    """A database with one subject past its retention date and one kept for longer."""
    ctx = Context(sqlite_db, actor="tester")
    op = make_operator(ctx)
    due = subject(ctx, op.id)
    finished_withdrawal(ctx, due.id, [("Бухгалтерия", "retained", PAST)])
    later = subject(ctx, op.id, surname="Later", iin="")
    finished_withdrawal(ctx, later.id, [("Договоры", "retained", FUTURE)])
    path = sqlite_db.url.database
    sqlite_db.dispose()
    return {"path": path, "due": due.id, "later": later.id, "db": sqlite_db}


def test_dry_run_lists_and_leaves_the_file_byte_identical(retained_db):
    path = Path(retained_db["path"])
    before = _settled(path)
    text = run("--db", str(path), "purge", "--dry-run")
    assert text.returncode == 0, text.stderr
    assert "Сейітова" in text.stdout and "Бухгалтерия" in text.stdout
    assert "anonymise" in text.stdout and "nothing was changed" in text.stdout
    assert "Later" not in text.stdout
    listed = run("--db", str(path), "--json", "purge", "--dry-run")
    data = json.loads(listed.stdout)
    assert [i["subject_id"] for i in data["items"]] == [retained_db["due"]]
    assert data["items"][0]["iin"] != SECRET_IIN and data["categories"] == 1
    assert _settled(path) == before


def test_purge_anonymises_what_it_listed_and_the_audit_log_verifies(retained_db):
    path = retained_db["path"]
    listed = json.loads(run("--db", path, "--json", "purge", "--dry-run").stdout)
    done = run("--db", path, "--json", "purge")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert [i["subject_id"] for i in result["items"]] == [i["subject_id"] for i in listed["items"]]
    assert result["anonymised"] == 1 and result["categories"] == 1
    db = retained_db["db"]
    with db.session(read_only=True) as session:
        due = session.get(Subject, retained_db["due"])
        later = session.get(Subject, retained_db["later"])
        assert due.status == "anonymised" and due.iin is None and "Сейітова" not in due.surname
        assert later.surname == "Later" and later.status == "processing_stopped"
    db.dispose()
    verify = run("--db", path, "audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "intact" in verify.stdout
    again = json.loads(run("--db", path, "--json", "purge", "--dry-run").stdout)
    assert again["items"] == []


def test_subjects_merge_and_a_second_merge_is_refused(sqlite_db):
    ctx = Context(sqlite_db, actor="tester")
    op = make_operator(ctx)
    keep = subject(ctx, op.id, iin="")
    other = subject(ctx, op.id, surname="Seitova")
    finished_withdrawal(ctx, other.id, [("Контакты", "destroyed", None)], status="active")
    path = sqlite_db.url.database
    sqlite_db.dispose()
    done = run("--db", path, "subjects", "merge", str(keep.id), str(other.id))
    assert done.returncode == 0, done.stderr
    assert f"merged subject {other.id} into {keep.id}: 1 request(s), 1 consent(s)" in done.stdout
    before = _settled(Path(path))
    again = run("--db", path, "subjects", "merge", str(keep.id), str(other.id))
    assert again.returncode == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "already merged" in lines[0], again.stderr
    assert _settled(Path(path)) == before
    bad = run("--db", path, "subjects", "merge", "x", "1")
    assert bad.returncode == 2 and "record id" in bad.stderr
