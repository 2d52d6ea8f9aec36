"""A backup made while the officer works (issue 11): the window makes the day's backup aside its
database worker, so the database is written while the copy is read. The copy is of one moment,
it ends, and closing stops it in any phase, leaving nothing behind."""

from __future__ import annotations

import inspect
import tempfile

import pytest
from sqlalchemy import func, select

from app.services import backups
from app.services.context import Context
from app.storage import backup as storage
from app.storage.database import Database
from app.storage.models import Operator
from tests.helpers import make_operator


class Stop(Exception):
    pass


def _operators(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Operator))


def _operators_in(path) -> int:
    found = Database(path, pool=False)
    try:
        return _operators(found)
    finally:
        found.dispose()


def test_a_backup_written_beside_is_of_the_moment_it_began_and_ends(db, tmp_path, monkeypatch):
    """A write from another connection between two batches: SQLite restarts a batched backup
    from its first page unless the copy holds its read; PostgreSQL's dump reads one snapshot."""
    ctx = Context(db, actor="tester")
    make_operator(ctx, code="before")
    monkeypatch.setattr(storage, "PAGES_AT_ONCE", 8)  # many batches even for a small file
    monkeypatch.setattr(storage, "ROWS_AT_ONCE", 1)
    calls = []

    def step(done, total):
        calls.append((done, total))
        assert len(calls) < 5_000, "the copy started again and again"
        if len(calls) in (1, 3, 6):  # the officer saves meanwhile, on the window's connection
            make_operator(ctx, code=f"during{len(calls)}")

    parts = []
    phase = lambda name: parts.append((name, len(calls)))  # noqa: E731
    check = storage.backup_checked(db, tmp_path / "copy", step=step, phase=phase)
    assert _operators(db) == 4
    if check.kind == "sqlite":
        assert _operators_in(check.path) == 1
        copying = calls[: dict(parts)[storage.CHECKING]]  # the copy's steps, not the check's
        copied = [done for done, total in copying if total]
        assert copied == sorted(copied), "the copy went back to its first page"
    else:
        _revision, tables = storage.read_archive(check.path)
        assert [row["code"] for row in tables["operator"]] == ["before"]


def test_the_new_sqlite_copy_is_checked_where_it_is(sqlite_db, tmp_path, monkeypatch):
    """No second copy of a large database in the temporary folder, and the copy stays one
    self-contained file after its check opened it."""
    make_operator(Context(sqlite_db, actor="tester"))

    def no_scratch(*args, **kwargs):
        raise AssertionError("a scratch copy was made")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_scratch)
    folder = tmp_path / "copies"
    folder.mkdir()
    check = storage.backup_checked(sqlite_db, folder / "copy.sqlite3")
    assert check.kind == "sqlite" and check.size == check.path.stat().st_size
    assert [p.name for p in folder.iterdir()] == ["copy.sqlite3"]  # no -wal, no -shm
    with open(check.path, "rb") as f:
        header = f.read(20)
    assert header[18:20] == b"\x01\x01"  # the rollback-journal format, not WAL's 2, 2
    assert _operators_in(check.path) == 1


def test_a_stop_during_the_integrity_check_stops_it_and_leaves_nothing(sqlite_db, monkeypatch):
    ctx = Context(sqlite_db, actor="tester")
    make_operator(ctx)
    monkeypatch.setattr(storage, "INTEGRITY_STEP", 50)
    seen = []

    def step(done, total):
        seen.append((done, total))
        if seen.count((0, 0)) == 2:  # inside the integrity check (the first: before it)
            raise Stop()

    with pytest.raises(Stop):
        backups.daily_backup(ctx, step=step)
    assert any(total for _done, total in seen)  # the copy was made before the check
    folder = backups.folder_for(sqlite_db)
    assert not folder.exists() or not list(folder.iterdir())


def test_a_stop_while_a_zip_is_loaded_for_its_check_leaves_nothing(pg_db):
    """PostgreSQL's backup is checked by loading its rows into a scratch SQLite file: a
    million subjects take minutes there, and closing the window must not wait for them."""
    ctx = Context(pg_db, actor="tester")
    make_operator(ctx)
    loading = []

    def step(done, total):
        if any(frame.function == "_load" for frame in inspect.stack()):
            loading.append(done)
            raise Stop()

    with pytest.raises(Stop):
        backups.daily_backup(ctx, step=step)
    assert loading and loading[0] > 0
    folder = backups.folder_for(pg_db)
    assert not folder.exists() or not list(folder.iterdir())


def test_a_backup_tells_which_part_its_steps_are_of(db, tmp_path, monkeypatch):
    """Copying, then checking, then the audit chain, each told once before its own steps: the
    page says what the minutes of a large database's backup are spent on."""
    ctx = Context(db, actor="tester")
    for n in range(3):
        make_operator(ctx, code=f"op{n}")
    monkeypatch.setattr(storage, "PAGES_AT_ONCE", 2)
    told: list = []
    storage.backup_checked(
        db,
        tmp_path / "copy",
        step=lambda done, total: told.append((done, total)),
        phase=told.append,
    )
    phases = [item for item in told if isinstance(item, str)]
    assert phases == list(backups.PHASES)
    steps = {name: [] for name in phases}
    for item in told:
        if isinstance(item, str):
            current = item
        else:
            steps[current].append(item)
    assert steps["copying"] and steps["chain"]
    entries = steps["chain"][-1][1]
    assert entries > 0 and all(total == entries for _done, total in steps["chain"])
    if db.is_sqlite:  # pages out of the file's pages
        assert all(0 < done <= total for done, total in steps["copying"])
    else:  # the zip's rows loaded into the scratch copy, out of all its rows
        loaded = [step for step in steps["checking"] if step[0]]
        assert loaded and loaded[-1][0] == loaded[-1][1] > 3
