"""The window's door to the services: what a change announces, reads that cannot write, pure work
on the pool, and the latest of repeated jobs winning."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from app.services.errors import FileProblem, WriteWhileReading
from app.ui.operations import REQUESTS, SUBJECTS
from tests.helpers import make_operator
from tests.helpers import register as reg


def test_a_change_announces_the_topics_it_wrote(qtbot, ops, sqlite_ctx):
    op = make_operator(sqlite_ctx)
    with qtbot.waitSignal(ops.changed, timeout=10_000) as blocker:
        # The caller names nothing; the change writes a request and the subject its IIN creates.
        ops.mutate(lambda ctx: reg(ctx, operator_id=op.id, iin="900101300811"))
    assert blocker.args == [frozenset({REQUESTS, SUBJECTS})]


def test_a_change_that_writes_nothing_announces_nothing(qtbot, ops, wait_idle):
    done = []
    with qtbot.assertNotEmitted(ops.changed, wait=50):
        ops.mutate(lambda ctx: 42, on_done=done.append)
        wait_idle()
    assert done == [42]


def test_a_failed_change_after_a_committed_write_still_announces_it(qtbot, ops, sqlite_ctx):
    op = make_operator(sqlite_ctx)
    errors = []

    def work(ctx):
        reg(ctx, operator_id=op.id)
        raise ValueError("a bug after the first transaction")

    with qtbot.waitSignal(ops.changed, timeout=10_000) as blocker:
        ops.mutate(work, on_error=errors.append)
    assert blocker.args == [frozenset({REQUESTS})]
    assert isinstance(errors[0], ValueError)


def test_a_query_cannot_write(qtbot, ops, wait_idle):
    errors = []

    def sneaky(ctx):
        with ctx.write():
            pass

    ops.query(sneaky, on_error=errors.append)
    wait_idle()
    assert len(errors) == 1 and isinstance(errors[0], WriteWhileReading)


def test_pure_work_runs_apart_from_the_gui_and_the_database_worker(qtbot, ops, wait_idle):
    seen = {}
    ops.query(lambda ctx: threading.get_ident(), on_done=lambda t: seen.setdefault("db", t))
    ops.pure(threading.get_ident, on_done=lambda t: seen.setdefault("pure", t))
    wait_idle()
    assert len({seen["db"], seen["pure"], threading.get_ident()}) == 3


def test_a_pure_file_error_comes_back_as_a_file_problem(qtbot, ops, wait_idle, tmp_path):
    errors = []
    ops.pure(lambda: (tmp_path / "missing" / "x.pdf").read_bytes(), on_error=errors.append)
    wait_idle()
    assert isinstance(errors[0], FileProblem) and errors[0].code == "file_not_found"


def test_long_pure_work_reports_progress(qtbot, ops, wait_idle):
    progress, done = [], []

    def work(p):
        for i in range(3):
            p.report(i + 1, 3, f"page {i + 1}")
        return "printed"

    ops.long(work, on_done=done.append, on_progress=lambda *a: progress.append(a), pure=True)
    wait_idle()
    assert done == ["printed"] and progress[-1] == (3, 3, "page 3")


def test_the_latest_query_with_a_key_wins_and_a_stale_one_never_runs(qtbot, ops, wait_idle):
    gate = threading.Event()
    ran, delivered = [], []
    ops.query(lambda ctx: gate.wait(10))  # holds the serial worker
    for n in (1, 2, 3):
        ops.query(lambda ctx, n=n: ran.append(n) or n, on_done=delivered.append, key="preview")
    gate.set()
    wait_idle()
    assert ran == [3] and delivered == [3]


def test_a_running_pure_job_that_was_replaced_is_not_delivered(qtbot, ops, wait_idle):
    owner = QObject()
    other = QObject()
    started, gate = threading.Event(), threading.Event()
    delivered = []

    def slow():
        started.set()
        gate.wait(10)
        return "stale"

    ops.pure(slow, on_done=delivered.append, owner=owner, key="render")
    assert started.wait(10)
    ops.pure(lambda: "fresh", on_done=delivered.append, owner=owner, key="render")
    ops.pure(lambda: "other owner", on_done=delivered.append, owner=other, key="render")
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=10_000)
    gate.set()
    wait_idle()
    assert sorted(delivered) == ["fresh", "other owner"]


@pytest.mark.parametrize("kind", ["query", "pure"])
def test_a_job_whose_owner_is_gone_delivers_nothing(qtbot, ops, wait_idle, kind):
    owner = QObject()
    delivered = []
    if kind == "query":
        ops.query(lambda ctx: 1, on_done=delivered.append, owner=owner)
    else:
        ops.pure(lambda: 1, on_done=delivered.append, owner=owner)
    owner.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_idle()
    assert delivered == []
