"""Closing the window while the day's backup runs (issue 11): the backup is cancelled at its
next safe point, the worker is free at once, and nothing of the backup is left behind."""

from __future__ import annotations

import threading

from app.services import backups
from app.services.startup import backup_daily


def test_a_cancelled_daily_backup_stops_and_leaves_nothing(qtbot, ops, sqlite_ctx):
    with sqlite_ctx.write() as w:
        w.audit("test.entry", "thing", 1, None, {"n": 1})
    started, go_on = threading.Event(), threading.Event()
    failures, done = [], []
    ops.failed.connect(failures.append)

    def run(ctx, progress):
        def step(count, total):
            started.set()
            go_on.wait(10)
            progress.report(count, total)  # raises Cancelled once the handle is cancelled

        return backup_daily(ctx, step)

    # As the Controller starts it after the first paint, and cancels it when the window closes.
    handle = ops.long(run, on_done=done.append)
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
