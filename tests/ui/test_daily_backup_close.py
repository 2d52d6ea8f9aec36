"""The day's backup runs aside the database worker (issue 11): the officer's reads and changes go
on while it copies; closing the window cancels it at its next safe point, and nothing of it is
left behind."""

from __future__ import annotations

import threading

from app.services import backups, operators
from app.services.context import Context
from app.services.startup import backup_daily
from app.storage.database import Database
from tests.helpers import make_operator


def _held(started: threading.Event, go_on: threading.Event, in_copy: bool = False):
    """The day's backup as the Controller runs it aside, held at its first safe point (with
    ``in_copy``: the first inside the copy, its moment taken) until ``go_on`` is set."""

    def run(ctx, progress):
        def step(count, total):
            if total or not in_copy:
                started.set()
                go_on.wait(10)
            progress.report(count, total)  # raises Cancelled once the handle is cancelled

        return backup_daily(ctx, step)

    return run


def test_a_cancelled_daily_backup_stops_and_leaves_nothing(qtbot, ops, sqlite_ctx):
    with sqlite_ctx.write() as w:
        w.audit("test.entry", "thing", 1, None, {"n": 1})
    started, go_on = threading.Event(), threading.Event()
    failures, done = [], []
    ops.failed.connect(failures.append)

    # As the Controller starts it after the first paint, and cancels it when the window closes.
    handle = ops.aside(_held(started, go_on), on_done=done.append)
    assert started.wait(10)
    handle.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: ops.idle, timeout=10_000)
    assert not done and not failures  # stopped, not failed, nothing delivered
    folder = backups.folder_for(sqlite_ctx.db)
    assert not folder.exists() or not list(folder.iterdir())
    # The next start makes the day's backup.
    assert backup_daily(sqlite_ctx) is not None
    assert backups.list_backups(sqlite_ctx.db)[0].verified


def test_the_worker_reads_and_writes_while_the_daily_backup_copies(qtbot, ops, sqlite_ctx):
    make_operator(sqlite_ctx, code="before")
    copying, go_on = threading.Event(), threading.Event()
    done, read, wrote = [], [], []

    ops.aside(_held(copying, go_on, in_copy=True), on_done=done.append)
    assert copying.wait(10)
    # The backup holds its copy open; the window's worker is free.
    ops.query(lambda ctx: [o.code for o in operators.all_operators(ctx)], on_done=read.append)
    ops.mutate(lambda ctx: make_operator(ctx, code="during"), on_done=wrote.append)
    qtbot.waitUntil(lambda: bool(read and wrote), timeout=10_000)
    assert read == [["before"]] and not done
    go_on.set()
    qtbot.waitUntil(lambda: ops.idle, timeout=20_000)
    made = backups.list_backups(sqlite_ctx.db)
    assert done == [made[0].path] and made[0].verified
    # The copy is of the moment it began: the operator saved meanwhile is not in it.
    copy = Database(made[0].path, pool=False)
    try:
        assert [o.code for o in operators.all_operators(Context(copy))] == ["before"]
    finally:
        copy.dispose()
    assert sorted(o.code for o in operators.all_operators(sqlite_ctx)) == ["before", "during"]


def test_stop_aside_cancels_the_running_backup_as_a_restore_asks(qtbot, ops, sqlite_ctx):
    started, go_on = threading.Event(), threading.Event()
    done = []

    ops.aside(_held(started, go_on), on_done=done.append)
    assert started.wait(10)
    ops.stop_aside()  # the Backups page, before it restores
    go_on.set()
    qtbot.waitUntil(lambda: ops.idle, timeout=10_000)
    assert not done and not backups.list_backups(sqlite_ctx.db)


def test_the_window_does_not_say_it_is_working_while_the_backup_runs_aside(qtbot, ops, sqlite_ctx):
    started, go_on = threading.Event(), threading.Event()
    busy = []
    ops.busy_changed.connect(busy.append)
    ops.aside(_held(started, go_on), owner=None)
    assert started.wait(10)
    assert not ops.busy and not ops.idle and busy == []  # minutes of it: no "Working…"
    read = []
    ops.query(lambda ctx: 1, on_done=read.append)  # what the officer waits for still says so
    qtbot.waitUntil(lambda: bool(read), timeout=10_000)
    assert busy == [True, False]
    go_on.set()
    qtbot.waitUntil(lambda: ops.idle, timeout=20_000)
    assert busy == [True, False]
