"""The day's backup recomputes the audit chain only after the head the last verification found
intact (issue 11): a tampered entry after that head is still named, and one before it (its hash
left alone) is named by the full check (`audit verify`, a backup file's check)."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from app.services import audit, backups
from app.services.audit_anchor import verified_anchor
from app.services.errors import StorageError
from app.storage import audit as storage_audit
from app.storage import backup as storage
from tests import tamper


def fill(ctx, n: int, start: int = 0) -> None:
    with ctx.write() as w:
        for i in range(start, start + n):
            w.audit("test.entry", "thing", i, None, {"n": i})


def newest_id(ctx) -> int:
    return audit.recent(ctx, limit=1)[0].id


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def since_verify(ctx):
    with Session(ctx.db.engine) as session:
        return storage_audit.verify(session, since=verified_anchor(ctx.db))


def test_a_full_check_records_where_the_next_one_may_start(ctx):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    mark = verified_anchor(ctx.db)
    assert mark is not None and mark.head_id == newest_id(ctx) and mark.count == 30
    fill(ctx, 5, 30)
    result = since_verify(ctx)
    assert result.ok and result.checked == 35 and result.recomputed == 5
    assert result.head.head_id == newest_id(ctx)


def test_the_daily_backup_recomputes_only_the_new_entries_and_moves_the_mark(ctx):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    fill(ctx, 4, 30)
    path = backups.daily_backup(ctx)
    info = backups.list_backups(ctx.db)[0]
    assert info.path == path and info.verified and info.audit_entries == 34
    record = backups._read_record(path)
    assert record["audit_recomputed"] == 4
    assert verified_anchor(ctx.db).head_id == newest_id(ctx)


def test_an_entry_edited_after_the_mark_is_named_and_fails_the_backup(ctx, tmp_path):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    fill(ctx, 5, 30)
    edited = newest_id(ctx) - 2
    tamper.execute(ctx.db, "UPDATE audit_entry SET after = '{}' WHERE id = :i", i=edited)
    result = since_verify(ctx)
    assert not result.ok and result.recomputed == 5
    assert [(p.code, p.entry_id) for p in result.problems] == [("audit_edited", edited)]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError) as refused:
        backups.make(ctx.db, out / "copy", "manual", record=False)
    assert refused.value.code == "db_backup_failed"
    assert not list(out.iterdir())  # nothing half-made left behind


def test_an_old_entry_edited_under_its_hash_is_caught_by_the_full_check(ctx, tmp_path):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    mark = verified_anchor(ctx.db)
    old = mark.head_id - 20
    tamper.execute(ctx.db, "UPDATE audit_entry SET actor = 'nobody' WHERE id = :i", i=old)
    fill(ctx, 2, 30)
    # The day's shortcut vouches for what the last full check saw: this edit is not its to find,
    assert since_verify(ctx).ok
    check = backups.make(ctx.db, tmp_path / "copy", "manual", record=False)
    assert check.recomputed == 2
    # but the full check of the database names it, and so does a full check of the backup file.
    full = audit.verify(ctx)
    assert ("audit_edited", old) in [(p.code, p.entry_id) for p in full.problems]
    with pytest.raises(StorageError) as refused:
        storage.check_backup(check.path)
    assert refused.value.code == "backup_audit_broken"


def test_an_old_entry_rewritten_with_a_recomputed_chain_is_named_from_the_mark(ctx):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    mark = verified_anchor(ctx.db)
    tamper.rewrite_and_recompute(ctx.db, mark.head_id - 10, actor="nobody")
    result = since_verify(ctx)
    assert "audit_head_rewritten" in codes(result)
    assert result.recomputed is None  # the shortcut was void: the whole chain was recomputed


def test_an_old_entry_deleted_before_the_mark_is_named(ctx):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    mark = verified_anchor(ctx.db)
    tamper.execute(ctx.db, "DELETE FROM audit_entry WHERE id = :i", i=mark.head_id - 10)
    result = since_verify(ctx)
    assert "audit_count_mismatch" in codes(result) and "audit_broken_link" in codes(result)


def test_a_restore_forgets_the_mark(ctx, tmp_path):
    fill(ctx, 10)
    assert audit.verify(ctx).ok
    assert verified_anchor(ctx.db) is not None
    audit.reanchor(ctx)
    assert verified_anchor(ctx.db) is None


class Stop(Exception):
    """What the window's Progress raises once it is cancelled."""


def stopping_after(calls: int):
    seen = []

    def step(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) > calls:
            raise Stop()

    return step, seen


@pytest.mark.parametrize("calls", [0, 1])
def test_a_daily_backup_stopped_at_a_safe_point_leaves_nothing_behind(ctx, calls):
    fill(ctx, 30)
    assert audit.verify(ctx).ok
    mark = verified_anchor(ctx.db)
    step, seen = stopping_after(calls)
    with pytest.raises(Stop):
        backups.daily_backup(ctx, step=step)
    assert len(seen) == calls + 1
    folder = backups.folder_for(ctx.db)
    assert not folder.exists() or not list(folder.iterdir())  # no part, no record
    assert verified_anchor(ctx.db) == mark
    # The next start makes it whole.
    done = backups.daily_backup(ctx, step=lambda done, total: None)
    assert done is not None and backups.list_backups(ctx.db)[0].verified
