"""Backups and restore: whole round trips on both databases, refusals, checks, rotation, modes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text

from app.services import backups, demo, paths
from app.services.context import Context
from app.services.startup import open_database
from app.storage import backup as storage
from app.storage.database import Database, StorageError
from app.storage.models import Attachment
from app.storage.restore import restore_database
from app.storage.schema import upgrade
from tests.conftest import TODAY
from tests.helpers import make_operator, register


def _demo(db: Database) -> Context:
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    demo.build(ctx, subjects=12, requests=20, seed=7)
    return ctx


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every table's rows, ordered by primary key, as plain values."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        out = {}
        for table in meta.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).all()
            out[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return out


def _plain(value):
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def empty_db(db, request, tmp_path):
    """A new, empty database of the same kind as ``db``."""
    if db.is_sqlite:
        new = Database(tmp_path / "restored" / "new.sqlite3")
        yield new
        new.dispose()
        return
    server = request.getfixturevalue("pg_server")
    url = server.empty_url()
    new = Database(url)
    yield new
    new.dispose()
    server.drop(url)


def test_a_backup_restored_into_a_new_database_has_every_row_of_every_table(db, empty_db, tmp_path):
    _demo(db)
    before = _dump(db)
    assert sum(len(rows) for rows in before.values()) > 100
    target = tmp_path / "copy"
    check = storage.backup_checked(db, target)
    assert check.path.suffix == (".sqlite3" if db.is_sqlite else ".zip")
    assert check.revision == before["alembic_version"][0][0]
    assert check.audit_entries == len(before["audit_entry"]) > 0

    done = restore_database(empty_db, check.path)
    assert done.kept is None
    after = _dump(empty_db)
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table
    # The restored database goes on: new rows get new ids (PostgreSQL sequences moved on).
    more = Context(empty_db, actor="tester", clock=lambda: TODAY)
    with more.write() as w:
        w.audit("test.after_restore", "test", "1")
    assert len(_dump(empty_db)["audit_entry"]) == len(before["audit_entry"]) + 1


def test_restoring_over_a_database_keeps_a_copy_of_what_it_replaced(db, tmp_path):
    ctx = _demo(db)
    snapshot = storage.backup_checked(db, tmp_path / "first").path
    original = _dump(db)
    with ctx.write() as w:
        w.audit("test.later", "test", "2")
    later = _dump(db)
    done = backups.restore(db, snapshot, replace=True)
    assert done.kept is not None and done.kept.exists()
    # The restored database is the snapshot (plus the audit entry of the restore itself).
    restored = _dump(db)
    assert restored["request"] == original["request"]
    assert restored["audit_entry"][: len(original["audit_entry"])] == original["audit_entry"]
    assert len(restored["audit_entry"]) == len(original["audit_entry"]) + 1
    # What it replaced is kept, verified, listed.
    kept_check = storage.check_backup(done.kept)
    assert kept_check.audit_entries == len(later["audit_entry"])
    listed = {b.path: b for b in backups.list_backups(db)}
    assert listed[done.kept].occasion == "before-restore" and listed[done.kept].verified


def _peak_mb(work) -> float:
    import tracemalloc

    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_a_postgresql_backup_and_its_restore_hold_a_few_scans_at_a_time(pg_db, tmp_path):
    """Scans are stored in the database (up to 20 MB each): the zip's dump, its check and a
    restore onto the server read and write them a few at a time. The dump fetched 2000 rows
    at once and the restore read every row of the verified copy first: GBs at an operator
    with thousands of scans, made every day by the window."""
    ctx = Context(pg_db, actor="tester", clock=lambda: TODAY)
    make_operator(ctx)
    request_id = register(ctx).id
    scans = 64  # of 0.5 MB each: 32 MB in all
    with ctx.write() as w:
        for n in range(scans):
            data = os.urandom(2**19)
            w.session.add(
                Attachment(
                    request_id=request_id,
                    file_name=f"scan{n}.png",
                    content_type="image/png",
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    data=data,
                )
            )
    before = _dump(pg_db)["attachment"]
    payload = scans * 2**19 / 2**20
    zipped = tmp_path / "scans.zip"
    # their peaks, traced: a few fetched rows, one of them encoded, the reflected tables
    # (17, 9 and 19 MB when written; 198, 37 and 199 MB before)
    assert _peak_mb(lambda: storage.backup_database(pg_db, zipped)) < payload * 3 / 4
    assert _peak_mb(lambda: storage.check_backup(zipped)) < payload * 3 / 4
    restoring = lambda: restore_database(pg_db, zipped, tmp_path / "kept.zip", replace=True)  # noqa: E731
    assert _peak_mb(restoring) < payload * 3 / 4
    assert _dump(pg_db)["attachment"] == before


def test_postgres_refuses_to_restore_over_data_unless_confirmed(pg_db, tmp_path):
    _demo(pg_db)
    snapshot = storage.backup_database(pg_db, tmp_path / "pg.zip")
    before = _dump(pg_db)
    with pytest.raises(StorageError) as caught:
        backups.restore(pg_db, snapshot)
    assert caught.value.code == "restore_not_empty"
    assert _dump(pg_db) == before


@pytest.mark.parametrize("name", ["other.sqlite3", "notes.txt"])
def test_a_backup_never_replaces_an_existing_file(sqlite_db, tmp_path, name):
    _demo(sqlite_db)
    other = tmp_path / name
    if name.endswith(".sqlite3"):
        victim = Database(other)
        upgrade(victim)
        _demo(victim)
        victim.dispose()
    else:
        other.write_text("my notes\n")
    source, target = _sha(sqlite_db.url.database), _sha(other)
    with pytest.raises(StorageError) as caught:
        storage.backup_database(sqlite_db, other)
    assert caught.value.code == "backup_exists"
    assert _sha(other) == target and _sha(sqlite_db.url.database) == source
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_backup_never_goes_onto_the_database_or_its_side_files(sqlite_db, suffix):
    _demo(sqlite_db)
    live = Path(sqlite_db.url.database)
    with pytest.raises(StorageError) as caught:
        storage.backup_database(sqlite_db, live.with_name(live.name + suffix))
    assert caught.value.code == "backup_is_database"


def test_a_backup_onto_a_folder_is_refused(sqlite_db, tmp_path):
    with pytest.raises(StorageError) as caught:
        storage.backup_database(sqlite_db, tmp_path)
    assert caught.value.code == "backup_is_folder"


def _copy_with(path: Path, tmp_path: Path, *statements: str) -> Path:
    changed = tmp_path / f"changed-{len(list(tmp_path.iterdir()))}.sqlite3"
    changed.write_bytes(path.read_bytes())
    con = sqlite3.connect(changed)
    # Triggers that guard the audit log are dropped: the test plays the attacker.
    for (name,) in con.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        con.execute(f'drop trigger "{name}"')
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    return changed


def test_the_check_refuses_a_damaged_a_newer_and_a_rewritten_backup(sqlite_db, tmp_path):
    _demo(sqlite_db)
    good = storage.backup_database(sqlite_db, tmp_path / "good.sqlite3")
    assert storage.check_backup(good).audit_entries > 0

    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    with pytest.raises(StorageError) as caught:
        storage.check_backup(truncated)
    assert caught.value.code == "backup_damaged"

    newer = _copy_with(good, tmp_path, "update alembic_version set version_num = '9999'")
    with pytest.raises(StorageError) as caught:
        storage.check_backup(newer)
    assert caught.value.code == "backup_too_new" and caught.value.params["revision"] == "9999"

    rewritten = _copy_with(
        good,
        tmp_path,
        "update audit_entry set actor = 'mallory' where id = (select min(id) from audit_entry)",
    )
    with pytest.raises(StorageError) as caught:
        storage.check_backup(rewritten)
    assert caught.value.code == "backup_audit_broken" and caught.value.params["problems"] >= 1

    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a backup")
    with pytest.raises(StorageError) as caught:
        storage.check_backup(text_file)
    assert caught.value.code == "backup_unreadable"


def test_a_refused_restore_changes_nothing(sqlite_db, tmp_path):
    _demo(sqlite_db)
    good = storage.backup_database(sqlite_db, tmp_path / "good.sqlite3")
    rewritten = _copy_with(good, tmp_path, "delete from request where id = 1")
    rewritten = _copy_with(rewritten, tmp_path, "update audit_entry set after = '' where id = 3")
    live = Path(sqlite_db.url.database)
    before = _dump(sqlite_db)
    with pytest.raises(StorageError) as caught:
        backups.restore(sqlite_db, rewritten, replace=True)
    assert caught.value.code == "backup_audit_broken"
    assert _dump(sqlite_db) == before
    assert backups.list_backups(sqlite_db) == []  # nothing was replaced, so nothing kept
    with pytest.raises(StorageError) as caught:
        backups.restore(sqlite_db, live)
    assert caught.value.code == "restore_same_file"


def test_a_zip_backup_whose_table_file_does_not_parse_is_refused(pg_db, tmp_path):
    _demo(pg_db)
    good = storage.backup_database(pg_db, tmp_path / "pg.zip")
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "request.jsonl":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(StorageError) as caught:
        storage.check_backup(broken)
    assert caught.value.code == "backup_unreadable"
    no_revision = tmp_path / "norev.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(no_revision, "w") as dst:
        for item in src.infolist():
            if item.filename != "revision.txt":
                dst.writestr(item, src.read(item))
    with pytest.raises(StorageError) as caught:
        storage.check_backup(no_revision)
    assert caught.value.code == "backup_unreadable"


def test_the_daily_backup_is_made_at_most_once_a_day(sqlite_db):
    ctx = _demo(sqlite_db)
    now = dt.datetime(2026, 11, 20, 9, 0)
    first = backups.daily_backup(ctx, now=now)
    assert first is not None and first.exists()
    assert backups.daily_backup(ctx, now=now + dt.timedelta(hours=23)) is None
    second = backups.daily_backup(ctx, now=now + dt.timedelta(hours=25))
    assert second is not None and second != first
    listed = backups.list_backups(sqlite_db)
    assert [b.path for b in listed] == [second, first]
    assert all(b.verified and b.occasion == "auto" for b in listed)


def test_rotation_keeps_the_last_days_and_weeks_and_every_other_kind(sqlite_db):
    folder = backups.folder_for(sqlite_db)
    folder.mkdir(parents=True)
    start = dt.datetime(2026, 11, 1, 8, 0)  # a Sunday
    made = {}
    for day in range(30):
        for hour in (8, 17):
            moment = start + dt.timedelta(days=day, hours=hour - 8)
            path = folder / f"derbes-{moment:%Y%m%d-%H%M%S}-auto.sqlite3"
            path.write_bytes(b"x")
            made[moment] = path
    manual = folder / "derbes-20261101-090000-manual.sqlite3"
    manual.write_bytes(b"x")
    removed = backups.rotate(sqlite_db, {"daily": 3, "weekly": 3})
    left = sorted(p.name for p in folder.iterdir())
    newest_days = [start + dt.timedelta(days=d, hours=9) for d in (29, 28, 27)]
    expected = {made[m] for m in newest_days}
    # The newest of the last three ISO weeks: Monday 30 Nov (week 49, kept as a day already),
    # Sunday 29 Nov (week 48, as well) and Sunday 22 Nov (week 47).
    expected.add(made[dt.datetime(2026, 11, 22, 17, 0)])
    assert set(left) == {p.name for p in expected} | {manual.name}
    assert len(removed) == 60 - len(expected)


def test_the_retention_is_a_checked_setting(sqlite_db):
    ctx = Context(sqlite_db, actor="tester", clock=lambda: TODAY)
    assert backups.retention(ctx) == {"daily": 7, "weekly": 4}
    backups.set_retention(ctx, 10, 8)
    assert backups.retention(ctx) == {"daily": 10, "weekly": 8}
    with pytest.raises(backups.DomainError) as caught:
        backups.set_retention(ctx, 0, 9999)
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("daily", "out_of_range"),
        ("weekly", "out_of_range"),
    ]


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_and_its_backup_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)  # a permissive caller: the explicit chmods must hold on their own
    try:
        folder = tmp_path / "desk" / "data"
        db = Database(folder / "derbes.sqlite3")
        upgrade(db)
        _demo(db)
        live = Path(db.url.database)
        assert _mode(live) == 0o600
        for suffix in ("-wal", "-shm"):
            side = live.with_name(live.name + suffix)
            assert side.exists() and _mode(side) == 0o600, suffix
        assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
        ctx = Context(db, actor="tester", clock=lambda: TODAY)
        copy = backups.backup(ctx)
        assert _mode(copy) == 0o600
        assert _mode(copy.with_name(copy.name + ".json")) == 0o600
        assert _mode(copy.parent) == 0o700 and _mode(paths.backups_dir()) == 0o700
        assert _mode(paths.data_dir()) == 0o700
        db.dispose()
    finally:
        os.umask(old)


def test_sqlite_runs_wal_with_full_synchronous(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_opening_an_older_database_backs_it_up_first_into_its_folder(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    upgrade(old, "0003")
    old.dispose()
    ctx, state = open_database(path)
    try:
        assert state.upgraded_from == "0003"
        listed = backups.list_backups(ctx.db)
        assert [b.path for b in listed] == [state.backup]
        assert listed[0].occasion == "before-upgrade" and listed[0].verified
        assert listed[0].revision == "0003"
        with ctx.db.engine.connect() as conn:
            assert conn.execute(text("select count(*) from audit_entry")).scalar() == 0
    finally:
        ctx.db.dispose()


def test_the_record_beside_a_backup_says_what_it_is(sqlite_db, tmp_path):
    ctx = _demo(sqlite_db)
    mine = backups.backup(ctx, tmp_path / "mine.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("mine")) == [mine.name]
    copy = backups.backup(ctx)
    record = json.loads(copy.with_name(copy.name + ".json").read_text())
    assert record["reason"] == "manual" and record["verified"] is True
    assert record["size"] == copy.stat().st_size and record["audit_entries"] > 0
    copy.write_bytes(copy.read_bytes() + b"\0")  # changed since it was checked
    assert not backups.list_backups(sqlite_db)[0].verified


def test_opening_for_the_window_makes_the_daily_backup_of_an_existing_database(tmp_path):
    path = tmp_path / "desk.sqlite3"
    ctx, state = open_database(path, daily_backup=True)
    assert state.created and backups.list_backups(ctx.db) == []  # nothing to keep yet
    ctx.db.dispose()
    ctx, state = open_database(path, daily_backup=True)
    try:
        listed = backups.list_backups(ctx.db)
        assert [b.occasion for b in listed] == ["auto"] and listed[0].verified
    finally:
        ctx.db.dispose()
    ctx, _ = open_database(path, daily_backup=True)
    ctx.db.dispose()
    assert len(backups.list_backups(ctx.db)) == 1


def test_a_database_in_a_folder_that_cannot_be_written_is_a_coded_storage_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(StorageError) as caught:
            open_database(locked / "derbes.sqlite3")
        assert caught.value.code in {"db_cantopen", "db_readonly"}
    finally:
        locked.chmod(0o700)


def test_restoring_an_older_backup_keeps_the_audit_log_verifying(sqlite_db, tmp_path):
    """The restored log is shorter than the one this computer anchored: a deliberate replacement,
    not a deleted tail."""
    from app.services import audit as audit_service

    ctx = Context(sqlite_db, actor="tester", clock=lambda: TODAY)
    op = make_operator(ctx)
    register(ctx, operator_id=op.id)
    made = backups.backup(ctx, tmp_path / "older.sqlite3")
    for _ in range(3):
        register(ctx, operator_id=op.id)
    assert audit_service.verify(ctx).ok
    backups.restore(sqlite_db, made)
    result = audit_service.verify(Context(sqlite_db, actor="tester", clock=lambda: TODAY))
    assert result.ok, [p.code for p in result.problems]
