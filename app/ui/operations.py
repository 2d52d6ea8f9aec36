"""Database work off the GUI thread (after Anki's CollectionOp/QueryOp).

Every read or change runs on one worker thread (so writes to SQLite never compete inside the
process); its result or error comes back on the GUI thread; after a successful change one
``changed`` signal names the topics touched, and each screen refreshes only what it shows.
Long work gets a :class:`Progress` it can report to and that tells it when to stop.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.domain.errors import DomainError
from app.services.context import Context
from app.storage.database import StorageError

# Topics a change can touch; screens subscribe to the ones they show.
REQUESTS = "requests"
SUBJECTS = "subjects"
OPERATORS = "operators"
SETTINGS = "settings"
CALENDAR = "calendar"
LETTERS = "letters"
ALL_TOPICS = frozenset({REQUESTS, SUBJECTS, OPERATORS, SETTINGS, CALENDAR, LETTERS})

EXPECTED_ERRORS = (DomainError, StorageError)


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
    wants_progress: bool
    topics: frozenset[str]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    on_progress: Callable[[int, int, str], None] | None
    owner: QObject | None
    progress: Progress | None = field(default=None)


class _Worker(QObject):
    finished = Signal(int, bool, object)  # job id, ok, result or exception
    progressed = Signal(int, int, int, str)

    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            args = (self.ctx, job.progress) if job.wants_progress else (self.ctx,)
            result = job.fn(*args)
        except Exception as exc:  # reported back on the GUI thread
            if not isinstance(exc, EXPECTED_ERRORS + (Cancelled,)):
                exc.derbes_traceback = traceback.format_exc()
            self.finished.emit(job.id, False, exc)
        else:
            self.finished.emit(job.id, True, result)


class Handle:
    def __init__(self, job: _Job):
        self._job = job

    def cancel(self) -> None:
        if self._job.progress is not None:
            self._job.progress.cancel()


class Operations(QObject):
    """The window's one door to the services."""

    changed = Signal(object)  # frozenset[str] of topics
    busy_changed = Signal(bool)
    failed = Signal(object)  # an exception nobody handled
    _submit = Signal(object)

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._thread = QThread(self)
        self._thread.setObjectName("derbes-db")
        self._worker = _Worker(ctx)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self._worker.progressed.connect(self._progressed)
        self._thread.start()

    # -- submitting ---------------------------------------------------------------------------

    def query(
        self,
        fn: Callable[[Context], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Handle:
        """Read something; ``on_done(result)`` runs on the GUI thread."""
        return self._start(fn, False, (), on_done, on_error, None, owner)

    def mutate(
        self,
        fn: Callable[[Context], Any],
        topics: Iterable[str],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Handle:
        """Change something; on success ``changed(topics)`` follows ``on_done``."""
        return self._start(fn, False, topics, on_done, on_error, None, owner)

    def long(
        self,
        fn: Callable[[Context, Progress], Any],
        topics: Iterable[str] = (),
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> Handle:
        """Long work with progress and cancellation; ``fn(ctx, progress)``."""
        return self._start(fn, True, topics, on_done, on_error, on_progress, owner)

    def _start(self, fn, wants_progress, topics, on_done, on_error, on_progress, owner) -> Handle:
        job = _Job(
            next(self._ids),
            fn,
            wants_progress,
            frozenset(topics),
            on_done,
            on_error,
            on_progress,
            owner,
        )
        if wants_progress:
            job.progress = Progress(
                lambda done, total, text, j=job.id: self._worker.progressed.emit(
                    j, done, total, text
                )
            )
        self._jobs[job.id] = job
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return Handle(job)

    # -- results ------------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        return not self._jobs

    @Slot(int, int, int, str)
    def _progressed(self, job_id: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(job_id)
        if job and job.on_progress and _alive(job.owner):
            job.on_progress(done, total, text)

    @Slot(int, bool, object)
    def _finished(self, job_id: int, ok: bool, payload: Any) -> None:
        job = self._jobs.pop(job_id)
        try:
            if not _alive(job.owner):
                return
            if ok:
                if job.on_done:
                    job.on_done(payload)
            elif job.on_error:
                job.on_error(payload)
            else:
                self.failed.emit(payload)
        finally:
            if ok and job.topics:
                self.changed.emit(job.topics)
            if not self._jobs:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait()


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
