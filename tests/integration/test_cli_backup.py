"""`derbes backup` and `derbes restore`, as a user runs them (subprocesses)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from tests.integration.test_cli import run


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "desk" / "demo.sqlite3"
    result = run("--db", str(path), "demo", "--subjects", "15", "--requests", "25", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return path


def _requests(db) -> list:
    result = run("--db", str(db), "--json", "request", "list")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _one_line_refusal(result) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("derbes: error: ")
    assert "Traceback" not in result.stderr


def test_backup_onto_another_database_exits_2_and_leaves_both_files_byte_identical(
    demo_db, tmp_path
):
    victim = tmp_path / "victim.sqlite3"
    made = run("--db", str(victim), "demo", "--subjects", "3", "--requests", "4")
    assert made.returncode == 0, made.stderr
    before = (_sha(demo_db), _sha(victim))
    result = run("--db", str(demo_db), "backup", str(victim))
    _one_line_refusal(result)
    assert "already exists" in result.stderr
    assert (_sha(demo_db), _sha(victim)) == before


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_backup_onto_the_database_itself_is_refused(demo_db, suffix):
    before = _sha(demo_db)
    result = run("--db", str(demo_db), "backup", f"{demo_db}{suffix}")
    _one_line_refusal(result)
    assert _sha(demo_db) == before


def test_backup_onto_a_text_file_or_a_folder_is_refused(demo_db, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me\n")
    _one_line_refusal(run("--db", str(demo_db), "backup", str(notes)))
    assert notes.read_text() == "keep me\n"
    _one_line_refusal(run("--db", str(demo_db), "backup", str(tmp_path)))


def test_a_restored_backup_lists_the_same_requests_and_its_audit_verifies(demo_db, tmp_path):
    listed = _requests(demo_db)
    assert len(listed) == 25
    copy = tmp_path / "copy.sqlite3"
    assert run("--db", str(demo_db), "backup", str(copy)).returncode == 0
    target = tmp_path / "elsewhere" / "restored.sqlite3"
    result = run("--db", str(target), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("restored ")
    assert _requests(target) == listed
    verified = run("--db", str(target), "audit", "verify")
    assert verified.returncode == 0 and "intact" in verified.stdout
    # A new database and its backup are private; so are their folders.
    assert _mode(target) == 0o600 and _mode(target.parent) == 0o700
    assert _mode(copy) == 0o600


def test_restore_over_a_database_keeps_a_copy_of_it(demo_db, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    assert run("--db", str(demo_db), "backup", str(copy)).returncode == 0
    added = run(
        "--db",
        str(demo_db),
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-11-02",
        "--sender",
        "Later Letter",
    )
    assert added.returncode == 0, added.stderr
    assert len(_requests(demo_db)) == 26
    result = run("--db", str(demo_db), "--json", "restore", str(copy))
    assert result.returncode == 0, result.stderr
    done = json.loads(result.stdout)
    assert len(_requests(demo_db)) == 25
    kept = Path(done["kept"])
    assert kept.exists() and _mode(kept) == 0o600 and _mode(kept.parent) == 0o700
    assert len(_requests(kept)) == 26


def test_restore_refuses_what_is_not_a_good_backup_and_changes_nothing(demo_db, tmp_path):
    before = _sha(demo_db)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    _one_line_refusal(run("--db", str(demo_db), "restore", str(notes)))
    _one_line_refusal(run("--db", str(demo_db), "restore", str(tmp_path / "missing.sqlite3")))
    _one_line_refusal(run("--db", str(demo_db), "restore", str(demo_db)))
    assert _sha(demo_db) == before
    fresh = tmp_path / "fresh.sqlite3"
    _one_line_refusal(run("--db", str(fresh), "restore", str(notes)))
    assert not fresh.exists()  # a refused restore leaves no empty database behind


def test_a_writing_command_makes_the_daily_backup_and_a_read_does_not(demo_db, tmp_path):
    home = Path(os.environ["XDG_DATA_HOME"]) / "Derbes" / "backups"

    def dailies():
        return sorted(home.glob("*/derbes-*-auto.sqlite3")) if home.exists() else []

    assert run("--db", str(demo_db), "request", "list").returncode == 0
    assert dailies() == []
    args = ["--type", "access", "--received", "2026-11-02", "--sender", "A Sender"]
    assert run("--db", str(demo_db), "request", "add", *args).returncode == 0
    first = dailies()
    assert len(first) == 1 and _mode(first[0]) == 0o600 and _mode(first[0].parent) == 0o700
    assert run("--db", str(demo_db), "request", "add", *args).returncode == 0
    assert dailies() == first  # one a day is enough


def test_postgres_backup_restores_into_an_empty_database(pg_server, tmp_path):
    source, empty = pg_server.fresh_url(), pg_server.empty_url()
    src, dst = source.render_as_string(False), empty.render_as_string(False)
    try:
        made = run("--db", src, "demo", "--subjects", "8", "--requests", "12", "--seed", "4")
        assert made.returncode == 0, made.stderr
        listed = _requests(src)
        copy = tmp_path / "pg-copy.zip"
        assert run("--db", src, "backup", str(copy)).returncode == 0
        assert _mode(copy) == 0o600
        result = run("--db", dst, "restore", str(copy))
        assert result.returncode == 0, result.stderr
        assert _requests(dst) == listed
        assert run("--db", dst, "audit", "verify").returncode == 0
        # Restoring over it again must be confirmed.
        again = run("--db", dst, "restore", str(copy))
        _one_line_refusal(again)
        assert "--force" in again.stderr
        forced = run("--db", dst, "restore", "--force", str(copy))
        assert forced.returncode == 0, forced.stderr
        assert _requests(dst) == listed
    finally:
        pg_server.drop(source)
        pg_server.drop(empty)
