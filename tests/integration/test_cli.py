"""The command-line contract of SPEC, run as the real `derbes` program."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

DERBES = shutil.which("derbes", path=str(Path(sys.executable).parent)) or "derbes"


def run(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [DERBES, *args], capture_output=True, text=True, env=full_env, timeout=600
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run("--db", str(path), "demo", "--subjects", "60", "--requests", "120", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return path


def test_deadline_explains_nauryz():
    result = run("deadline", "--from", "2026-03-16", "--explain")
    assert result.returncode == 0, result.stderr
    assert "Due: 2026-04-30" in result.stdout
    assert result.stdout.count("Nowruz") >= 3
    plain = run("deadline", "--from", "2026-03-16")
    assert plain.stdout.strip() == "2026-04-30"


def test_deadline_json(capsys):
    assert main(["--json", "deadline", "--from", "2026-03-16", "--days", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["due"] == "2026-03-26"
    assert {s["date"] for s in data["skipped"]} >= {"2026-03-23", "2026-03-24", "2026-03-25"}


def test_demo_dashboard_has_open_and_overdue(demo_db):
    result = run("--db", str(demo_db), "--json", "dashboard")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["open"] > 0 and counts["overdue"] > 0


def test_request_add_prints_number_and_due_date(demo_db, tmp_path):
    db = tmp_path / "copy.sqlite3"
    shutil.copy(demo_db, db)
    result = run(
        "--db",
        str(db),
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
        "--signed",
    )
    assert result.returncode == 0, result.stderr
    number, due = result.stdout.split()
    assert number.startswith("ИК-2026/") and due == "2026-04-30"
    listed = run("--db", str(db), "--json", "request", "list", "--search", number)
    rows = json.loads(listed.stdout)
    assert [r["reg_number"] for r in rows] == [number]
    assert rows[0]["language"] == "kk"


@pytest.mark.parametrize(
    "args, field",
    [
        (["--type", "nonsense", "--received", "2026-03-16", "--sender", "X"], "type"),
        (["--type", "claim", "--received", "2099-01-01", "--sender", "X"], "received"),
        (["--type", "claim", "--received", "2026-13-01", "--sender", "X"], "--received"),
        (["--type", "claim", "--received", "2026-03-16", "--sender", "X", "--iin", "123"], "iin"),
        (
            ["--type", "claim", "--received", "2026-03-16", "--sender", "X"]
            + ["--letter-date", "2026-03-17"],
            "letter_date",
        ),
        (
            ["--type", "claim", "--received", "2026-03-16", "--sender", "X", "--operator", "99"],
            "operator",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(demo_db, tmp_path, args, field):
    db = tmp_path / "copy.sqlite3"
    shutil.copy(demo_db, db)
    before = db.read_bytes()
    result = run("--db", str(db), "request", "add", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], result.stderr
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert db.read_bytes() == before


def test_request_add_keeps_the_letters_own_date(demo_db, tmp_path):
    db = tmp_path / "copy.sqlite3"
    shutil.copy(demo_db, db)
    result = run(
        "--db", str(db), "request", "add", "--type", "claim", "--received", "2026-03-16",
        "--sender", "Әлиев Нұрлан", "--letter-date", "2026-03-12", "--postmark", "2026-03-13",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    number = result.stdout.split()[0]
    con = sqlite3.connect(db)
    row = con.execute(
        "SELECT letter_date, postmark_date FROM request WHERE reg_number = ?", (number,)
    ).fetchone()
    con.close()
    assert row == ("2026-03-12", "2026-03-13")


def test_a_missing_database_is_not_created(tmp_path):
    target = tmp_path / "nothing.sqlite3"
    result = run("--db", str(target), "request", "list")
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not target.exists()


def test_request_list_filters(demo_db):
    overdue = json.loads(run("--db", str(demo_db), "--json", "request", "list", "--overdue").stdout)
    assert overdue and all(r["urgency"] == "overdue" for r in overdue)
    soon = json.loads(
        run("--db", str(demo_db), "--json", "request", "list", "--due-within", "10").stdout
    )
    assert all(r["due_date"] for r in soon)
    stopped = json.loads(
        run("--db", str(demo_db), "--json", "request", "list", "--status", "waiting").stdout
    )
    assert all(r["status"] == "waiting" for r in stopped)


def test_audit_verify_names_the_edited_entry(demo_db, tmp_path):
    db = tmp_path / "copy.sqlite3"
    shutil.copy(demo_db, db)
    ok = run("--db", str(db), "audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER audit_entry_no_update")  # as an attacker with the file would
    con.execute("UPDATE audit_entry SET after = after || ' ' WHERE id = 17")
    con.commit()
    con.close()
    broken = run("--db", str(db), "audit", "verify")
    assert broken.returncode == 1
    assert "audit entry 17:" in broken.stdout and "edited" in broken.stdout


def test_db_from_environment(demo_db):
    result = run("--json", "dashboard", env={"DERBES_DB": str(demo_db)})
    assert result.returncode == 0 and json.loads(result.stdout)["open"] > 0


def test_backup_makes_a_working_copy(demo_db, tmp_path):
    target = tmp_path / "backup.sqlite3"
    result = run("--db", str(demo_db), "backup", str(target))
    assert result.returncode == 0, result.stderr
    copy = run("--db", str(target), "--json", "dashboard")
    assert json.loads(copy.stdout)["open"] > 0
