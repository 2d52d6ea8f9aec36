"""Work off the GUI thread (after Anki's CollectionOp/QueryOp and OpChanges).

Database work runs on one serial worker thread (so writes to SQLite never compete inside the
process); work that needs no database (rendering a preview, printing, writing a file) runs on a
small thread pool beside it, so a print job never stalls the register. Results and errors come back
on the GUI thread.

* :meth:`Operations.query` reads, through a read-only context (a write in it is a bug).
* :meth:`Operations.mutate` changes; afterwards ``changed(topics)`` names what the change touched,
  found from the tables its transactions wrote (recorded by the writer, mapped to topics in
  ``app/services/topics.py``), and each screen refreshes only what it shows.
* :meth:`Operations.long` is long database work (or, with ``pure=True``, pool work) with a
  :class:`Progress` it reports to and that tells it when to stop.
* :meth:`Operations.pure` runs a function that needs no database on the pool.
* :meth:`Operations.aside` is long work that reads the database through connections of its own
  and writes none of its rows (the day's backup: a copy of one moment, then its check): on a
  thread of its own, so the window's reads and changes go on while it runs for minutes.
  :meth:`Operations.stop_aside` cancels it (before a restore replaces the database).

A query or pure job given a ``key`` replaces the one of the same key and owner still pending: the
older is dropped if it has not started, and its result is not delivered if it has (latest wins).

Expected failures (``app.services.errors``) go to ``on_error``, or else to ``failed``; a bug is
logged with its traceback and, when no ``on_error`` takes it, shown in the one bug dialog
(``app/ui/bugs.py``), as is a bug raised by a callback.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, Slot

from app.services import logs
from app.services.context import Context, touched
from app.services.errors import EXPECTED_ERRORS, as_expected, is_expected
from app.services.topics import (  # noqa: F401  (the topics, re-exported for the screens)
    ALL_TOPICS,
    CALENDAR,
    LETTERS,
    OPERATORS,
    REQUESTS,
    SETTINGS,
    SUBJECTS,
)
from app.ui import bugs

__all__ = ["EXPECTED_ERRORS", "Cancelled", "Handle", "Operations", "Progress"]

_OK, _FAILED, _SKIPPED = 0, 1, 2
PURE_THREADS = 2


class Cancelled(Exception):
    """Raised inside a long operation when the user cancelled it."""


class Progress:
    """Handed to long operations: report how far they are, learn whether to stop."""

    def __init__(self, emit: Callable[[int, int, str], None]):
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    kind: str  # "query" | "write" | "pure" | "aside"
    wants_progress: bool
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    on_progress: Callable[[int, int, str], None] | None
    owner: QObject | None
    key: tuple | None = None
    progress: Progress | None = field(default=None)
    superseded: bool = False

    @property
    def name(self) -> str:
        fn = self.fn
        return f"{self.kind} {getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', fn)}"


def _run(job: _Job, *args) -> tuple[int, Any]:
    """Run a job's function; a failure comes back as an expected error or a logged bug."""
    if job.superseded:
        return _SKIPPED, None
    try:
        return _OK, job.fn(*args)
    except Exception as exc:  # reported back on the GUI thread
        exc = as_expected(exc)
        if not isinstance(exc, Cancelled) and not is_expected(exc):
            exc.derbes_traceback = traceback.format_exc()
            logs.log_exception(exc, job.name)
        return _FAILED, exc


class _Worker(QObject):
    """The serial database worker; lives on its own thread."""

    finished = Signal(int, int, object, object)  # job id, outcome, result or exception, topics

    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.kind == "query":
            outcome, payload = _run(job, self.ctx.reading())
            self.finished.emit(job.id, outcome, payload, frozenset())
            return
        args = (self.ctx, job.progress) if job.wants_progress else (self.ctx,)
        with touched() as change:
            outcome, payload = _run(job, *args)
        self.finished.emit(job.id, outcome, payload, change.topics)


class Handle:
    def __init__(self, job: _Job):
        self._job = job

    def cancel(self) -> None:
        if self._job.progress is not None:
            self._job.progress.cancel()


class Operations(QObject):
    """The window's one door to the services."""

    changed = Signal(object)  # frozenset[str] of topics
    busy_changed = Signal(bool)  # whether a job the window waits for runs (not aside work)
    failed = Signal(object)  # an expected error nobody handled
    _submit = Signal(object)
    _pure_finished = Signal(int, int, object, object)
    _progress = Signal(int, int, int, str)

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._latest: dict[tuple, int] = {}
        bugs.reporter()  # made here, on the GUI thread, before any worker can report
        self._thread = QThread(self)
        self._thread.setObjectName("derbes-db")
        self._worker = _Worker(ctx)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self._pure_finished.connect(self._finished)
        self._progress.connect(self._progressed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(PURE_THREADS)
        self._aside = QThreadPool(self)  # one job at a time, never taking the pool's threads
        self._aside.setMaxThreadCount(1)
        self._thread.start()

    # -- submitting ---------------------------------------------------------------------------

    def query(
        self,
        fn: Callable[[Context], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        key: Hashable | None = None,
    ) -> Handle:
        """Read something; ``fn`` gets a read-only context; ``on_done(result)`` runs on the GUI
        thread. A later query with the same ``key`` (and owner) replaces this one."""
        return self._start(fn, "query", False, on_done, on_error, None, owner, key)

    def mutate(
        self,
        fn: Callable[[Context], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Handle:
        """Change something; afterwards ``changed(topics)`` follows ``on_done``, the topics being
        what ``fn``'s committed transactions wrote (the caller never names them)."""
        return self._start(fn, "write", False, on_done, on_error, None, owner, None)

    def long(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
        *,
        pure: bool = False,
        key: Hashable | None = None,
    ) -> Handle:
        """Long work with progress and cancellation: ``fn(ctx, progress)`` on the database
        worker (what it writes is announced as for :meth:`mutate`), or
        with ``pure=True`` ``fn(progress)`` on the pool (``key`` as for :meth:`pure`)."""
        if pure:
            return self._start(fn, "pure", True, on_done, on_error, on_progress, owner, key)
        return self._start(fn, "write", True, on_done, on_error, on_progress, owner, None)

    def pure(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        key: Hashable | None = None,
    ) -> Handle:
        """Work that needs no database (render, print, write a file): ``fn()`` on the pool,
        ``on_done(result)`` on the GUI thread. A later job with the same ``key`` (and owner)
        replaces this one."""
        return self._start(fn, "pure", False, on_done, on_error, None, owner, key)

    def aside(
        self,
        fn: Callable[[Context, Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> Handle:
        """Long reading work beside the database worker: ``fn(ctx, progress)`` on a thread of
        its own with a read-only context (a write in it is a bug), so the worker's queries and
        changes do not wait for it. It must read one consistent moment through connections of
        its own (as ``app.storage.backup`` does): the worker writes meanwhile."""
        return self._start(fn, "aside", True, on_done, on_error, on_progress, owner, None)

    def stop_aside(self) -> None:
        """Cancel the work running aside: it stops at its next safe point."""
        for job in list(self._jobs.values()):
            if job.kind == "aside" and job.progress is not None:
                job.progress.cancel()

    def forget(self, owner: QObject | None, key: Hashable) -> None:
        """Drop the pending job of ``owner`` with ``key``, if any: it is not started if it has
        not been, and its result is not delivered (for a view that no longer wants it, e.g.
        a search box emptied while a search runs)."""
        older = self._jobs.get(self._latest.pop((id(owner) if owner is not None else None, key), 0))
        if older is not None:
            older.superseded = True
            if older.progress is not None:
                older.progress.cancel()

    def _start(self, fn, kind, wants_progress, on_done, on_error, on_progress, owner, key):
        job = _Job(next(self._ids), fn, kind, wants_progress, on_done, on_error, on_progress, owner)
        if key is not None:
            job.key = (id(owner) if owner is not None else None, key)
            older = self._jobs.get(self._latest.get(job.key, 0))
            if older is not None:
                older.superseded = True
                if older.progress is not None:
                    older.progress.cancel()
            self._latest[job.key] = job.id
        if wants_progress:
            job.progress = Progress(
                lambda done, total, text, j=job.id: self._progress.emit(j, done, total, text)
            )
        self._jobs[job.id] = job
        if kind != "aside" and self._waited() == 1:
            self.busy_changed.emit(True)
        if kind == "pure":
            self._pool.start(lambda: self._run_pure(job))
        elif kind == "aside":
            self._aside.start(lambda: self._run_aside(job))
        else:
            self._submit.emit(job)
        return Handle(job)

    def _run_pure(self, job: _Job) -> None:  # on a pool thread
        outcome, payload = _run(job, *((job.progress,) if job.wants_progress else ()))
        self._pure_finished.emit(job.id, outcome, payload, frozenset())

    def _run_aside(self, job: _Job) -> None:  # on the aside thread
        outcome, payload = _run(job, self.ctx.reading(), job.progress)
        self._pure_finished.emit(job.id, outcome, payload, frozenset())

    # -- results ------------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No job at all, aside work included."""
        return not self._jobs

    @property
    def busy(self) -> bool:
        """A job the window waits for runs (what runs aside does not count)."""
        return self._waited() > 0

    def _waited(self) -> int:
        """The jobs the window waits for: what runs aside (the day's backup, for minutes) does
        not make it say it is working."""
        return sum(1 for job in self._jobs.values() if job.kind != "aside")

    @Slot(int, int, int, str)
    def _progressed(self, job_id: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(job_id)
        if job and job.on_progress and not job.superseded and _alive(job.owner):
            try:
                job.on_progress(done, total, text)
            except Exception as exc:  # a bug in the callback: the window goes on
                bugs.report(exc, f"the progress callback of {job.name}")

    @Slot(int, int, object, object)
    def _finished(self, job_id: int, outcome: int, payload: Any, topics: frozenset) -> None:
        job = self._jobs.pop(job_id)
        if job.key is not None and self._latest.get(job.key) == job.id:
            del self._latest[job.key]
        try:
            if job.superseded or outcome == _SKIPPED or not _alive(job.owner):
                return
            if outcome == _OK:
                if job.on_done:
                    job.on_done(payload)
            elif job.on_error:
                job.on_error(payload)
            elif isinstance(payload, Cancelled):
                pass
            elif is_expected(payload):
                self.failed.emit(payload)
            else:
                bugs.report(payload, job.name)
        except Exception as exc:  # a bug in a callback: told once, the window goes on
            bugs.report(exc, f"a callback of {job.name}")
        finally:
            if topics:
                self.changed.emit(topics)
            if job.kind != "aside" and not self._waited():
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self.stop_aside()
        self._aside.waitForDone()
        self._pool.waitForDone()
        self._thread.quit()
        self._thread.wait()


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
