"""The command line's expected failures (database, files) are one English line and exit 2; what
it does is written to the log file in the platform's log folder."""

from __future__ import annotations

import shutil

from app.services import paths
from app.services.startup import open_database
from tests.integration.test_cli import run


def test_a_file_that_is_not_a_database_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    result = run("--db", str(path), "dashboard")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert (
        result.stderr.startswith("derbes: error: database: ") and "not a database" in result.stderr
    )


def test_a_backup_that_cannot_be_written_is_a_file_problem_in_one_line(tmp_path):
    db = tmp_path / "derbes.sqlite3"
    ctx, _ = open_database(db)
    ctx.db.dispose()
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    result = run("--db", str(db), "backup", str(blocker / "copy.sqlite3"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("derbes: error: file: ")
    assert str(blocker) in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_writes_its_log_in_the_platform_log_folder(tmp_path):
    db = tmp_path / "derbes.sqlite3"
    ctx, _ = open_database(db)
    ctx.db.dispose()
    shutil.rmtree(paths.log_dir(), ignore_errors=True)
    assert run("--db", str(db), "dashboard").returncode == 0
    log = (paths.log_dir() / "derbes.log").read_text(encoding="utf-8")
    assert f"opened {db}" in log
