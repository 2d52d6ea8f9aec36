"""The storage failures callers catch, without SQLAlchemy: the command line and the window
import these at start-up, and a command that never opens a database should not pay for loading
the database layer (``app.storage.database`` raises them and re-exports them)."""

from __future__ import annotations

from typing import Any

from app.domain.errors import Problem


class StorageError(Exception):
    """An expected storage failure, shown to the user: a ``code`` and its ``params``.

    The window words the code in its language (``app/ui/problems.py``); ``str()`` is the English
    sentence of ``app/domain/problems.py`` for the command line and the log.
    """

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def problem(self) -> Problem:
        return Problem("", self.code, self.params)

    def __str__(self) -> str:
        return self.problem.reason


class DatabaseBusy(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class NotADerbesDatabase(StorageError):
    pass


class WriteWhileReading(RuntimeError):
    """A bug: something tried to write through a read-only session or context."""
