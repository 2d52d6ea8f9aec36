"""The audit log is append-only in the database and anchored outside it (issue 8, item 3).

Each attack is what someone with the database file (or the server) can do: drop the triggers,
delete the newest entries or all of them, or rewrite an entry and recompute the chain.
"""

from __future__ import annotations

import shutil
import stat

import pytest
from sqlalchemy import text

from app.domain.audit import Anchor
from app.services import audit
from app.services.audit_anchor import anchor_path, local_anchor
from app.services.context import Context
from app.services.errors import StorageError
from app.storage.database import Database
from app.storage.schema import head_revision, upgrade
from tests import tamper
from tests.conftest import TODAY


def fill(ctx, n: int) -> None:
    """``n`` audit entries, written as the services write them (one transaction)."""
    with ctx.write() as w:
        for i in range(n):
            w.audit("test.entry", "thing", i, None, {"n": i})


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def newest_id(ctx) -> int:
    return audit.recent(ctx, limit=1)[0].id


def test_an_intact_log_is_anchored_by_its_writes_and_verifies(ctx):
    fill(ctx, 5)
    anchor = local_anchor(ctx.db)
    assert anchor is not None and anchor.count == 5 and anchor.head_id == newest_id(ctx)
    result = audit.verify(ctx)
    assert result.ok and result.anchored and result.checked == 5
    mode = stat.S_IMODE(anchor_path(ctx.db).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(anchor_path(ctx.db).parent.stat().st_mode) == 0o700


def test_a_deleted_last_entry_is_named(ctx):
    fill(ctx, 5)
    tamper.delete_newest(ctx.db, 1)
    result = audit.verify(ctx)
    assert not result.ok
    assert "audit_tail_missing" in codes(result)
    tail = next(p for p in result.problems if p.code == "audit_tail_missing")
    assert tail.params["expected"] == 5 and tail.params["found"] == 4
    if ctx.db.is_sqlite:  # the AUTOINCREMENT counter remembers what was written
        assert "audit_sequence_ahead" in codes(result)


def test_the_last_fifty_deleted_are_counted(ctx):
    fill(ctx, 70)
    tamper.delete_newest(ctx.db, 50)
    result = audit.verify(ctx)
    tail = next(p for p in result.problems if p.code == "audit_tail_missing")
    assert (tail.params["expected"], tail.params["found"]) == (70, 20)
    assert "expected at least 70 entries" in tail.reason  # the CLI's English line


def test_a_deleted_log_is_named(ctx):
    fill(ctx, 8)
    tamper.execute(ctx.db, "DELETE FROM audit_entry")
    result = audit.verify(ctx)
    assert result.checked == 0 and "audit_log_missing" in codes(result)


def test_a_rewrite_with_a_recomputed_chain_is_named(ctx):
    fill(ctx, 6)
    victim = newest_id(ctx) - 3
    tamper.rewrite_and_recompute(ctx.db, victim, actor="mallory")
    # The chain alone is consistent: that is what the anchor is for.
    assert audit.verify(ctx, anchor=None).ok
    result = audit.verify(ctx)
    assert codes(result) == ["audit_head_rewritten"]
    assert result.problems[0].entry_id == newest_id(ctx)


def test_an_edited_entry_is_still_named_by_the_chain(ctx):
    fill(ctx, 4)
    victim = newest_id(ctx) - 2
    tamper.execute(ctx.db, "UPDATE audit_entry SET actor = 'mallory' WHERE id = :i", i=victim)
    result = audit.verify(ctx)
    assert [(p.code, p.entry_id) for p in result.problems] == [("audit_edited", victim)]


def test_the_database_refuses_update_and_delete_of_the_log(ctx):
    fill(ctx, 2)
    for sql in (
        "UPDATE audit_entry SET actor = 'mallory'",
        "DELETE FROM audit_entry",
        "UPDATE setting SET value = '\"other\"' WHERE key = 'audit.database_id'",
        "DELETE FROM setting WHERE key = 'audit.database_id'",
    ):
        with pytest.raises(StorageError) as caught, ctx.db.transaction() as session:
            session.exec(text(sql))
        assert caught.value.code == "audit_append_only", sql
        assert "only added to" in str(caught.value)
    if not ctx.db.is_sqlite:
        with pytest.raises(StorageError) as caught, ctx.db.transaction() as session:
            session.exec(text("TRUNCATE audit_entry"))
        assert caught.value.code == "audit_append_only"
    assert audit.verify(ctx).ok


def test_other_settings_stay_writable(ctx):
    with ctx.db.transaction() as session:
        session.exec(text("INSERT INTO setting (key, value) VALUES ('x.test', '1')"))
        session.exec(text("UPDATE setting SET value = '2' WHERE key = 'x.test'"))
        session.exec(text("DELETE FROM setting WHERE key = 'x.test'"))


def test_ids_are_never_reused_after_a_deletion(ctx):
    fill(ctx, 3)
    deleted = newest_id(ctx)
    tamper.delete_newest(ctx.db, 1)
    fill(ctx, 1)
    assert newest_id(ctx) > deleted


def test_a_backup_anchor_checks_the_copy(ctx, tmp_path):
    fill(ctx, 4)
    anchor = audit.anchor_of(ctx)
    assert anchor.count == 4 and anchor.head_id == newest_id(ctx)
    path = tmp_path / "backup.anchor.json"
    audit.write_anchor(anchor, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audit.read_anchor(path) == anchor
    assert audit.verify(ctx, anchor=audit.read_anchor(path)).ok
    tamper.delete_newest(ctx.db, 2)
    assert "audit_tail_missing" in codes(audit.verify(ctx, anchor=anchor))


def test_another_database_at_the_anchored_place_is_named(ctx):
    fill(ctx, 2)
    other = Anchor("someone-else", 2, newest_id(ctx), audit.anchor_of(ctx).head_hash)
    assert codes(audit.verify(ctx, anchor=other)) == ["audit_other_database"]


def test_first_check_on_this_computer_anchors_and_says_so(ctx):
    fill(ctx, 3)
    anchor_path(ctx.db).unlink()
    first = audit.verify(ctx)
    assert first.ok and not first.anchored
    assert local_anchor(ctx.db) == audit.anchor_of(ctx)
    assert audit.verify(ctx).anchored


def test_reanchor_accepts_a_restored_older_database(ctx, tmp_path):
    fill(ctx, 3)
    if ctx.db.is_sqlite:  # an older copy of the file is put back
        live = ctx.db.url.database
        ctx.db.dispose()
        shutil.copyfile(live, tmp_path / "older.sqlite3")
        fill(ctx, 2)
        ctx.db.dispose()
        shutil.copyfile(tmp_path / "older.sqlite3", live)
    else:
        fill(ctx, 2)
        tamper.delete_newest(ctx.db, 2)
    assert not audit.verify(ctx).ok
    assert audit.reanchor(ctx).count == 3
    assert audit.verify(ctx).ok


def test_a_database_from_before_0005_keeps_verifying(tmp_path):
    db = Database(tmp_path / "old.sqlite3")
    upgrade(db, "0004")
    old = Context(db, actor="tester", clock=lambda: TODAY)
    fill(old, 3)  # an unanchored chain written by the old schema
    upgrade(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
    assert audit.verify(old).ok
    fill(old, 2)
    result = audit.verify(old)
    assert result.ok and result.checked == 5 and result.anchored
    tamper.delete_newest(db, 1)
    assert not audit.verify(old).ok
    db.dispose()
