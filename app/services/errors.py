"""The failures the window and the command line show to the user, apart from bugs.

* :class:`DomainError`: a rule of input was broken (coded problems, at their fields).
* :class:`StorageError`: the database could not do it (locked, unreachable, full, too new…).
* :class:`FileProblem`: a file could not be read or written (missing, no permission, disk full).

Each carries a code and params: the window words it in its language, ``str()`` is English for the
command line and the log. Anything else that escapes a use case is a bug.
"""

from __future__ import annotations

import errno
from typing import Any

from app.domain.errors import DomainError, Problem
from app.storage.errors import (
    DatabaseBusy,
    DatabaseTooNew,
    NotADerbesDatabase,
    StorageError,
    WriteWhileReading,
)

__all__ = [
    "EXPECTED_ERRORS",
    "DatabaseBusy",
    "DatabaseTooNew",
    "DomainError",
    "FileProblem",
    "NotADerbesDatabase",
    "StorageError",
    "WriteWhileReading",
    "as_expected",
    "is_expected",
]

# errno name -> our code (by name: not every platform has every errno); anything else is
# "file_error" with the errno's name.
_ERRNO_NAMES = {
    "ENOENT": "file_not_found",
    "EACCES": "file_denied",
    "EPERM": "file_denied",
    "ENOSPC": "file_no_space",
    "EDQUOT": "file_no_space",
    "EROFS": "file_read_only",
    "EEXIST": "file_exists",
    "EISDIR": "file_is_folder",
    "ENOTDIR": "file_not_folder",
    "EBUSY": "file_busy",
    "ETXTBSY": "file_busy",
    "EFBIG": "file_too_big",  # RLIMIT_FSIZE (Python ignores SIGXFSZ, so the write fails)
}
_ERRNO_CODES = {
    getattr(errno, name): code for name, code in _ERRNO_NAMES.items() if hasattr(errno, name)
}


class FileProblem(Exception):
    """A file could not be read or written: ``code`` (by errno), ``path`` and ``error``."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(code)

    @classmethod
    def from_os_error(cls, exc: OSError, path: Any = None) -> FileProblem:
        name = errno.errorcode.get(exc.errno or 0, "") if exc.errno else ""
        code = _ERRNO_CODES.get(exc.errno or 0, "file_error")
        where = path if path is not None else (exc.filename or "")
        problem = cls(code, path=str(where), error=name or type(exc).__name__)
        problem.__cause__ = exc
        return problem

    @property
    def path(self) -> str:
        return self.params.get("path", "")

    @property
    def problem(self) -> Problem:
        return Problem("", self.code, self.params)

    def __str__(self) -> str:
        return self.problem.reason


EXPECTED_ERRORS: tuple[type[Exception], ...] = (DomainError, StorageError, FileProblem)


def is_expected(exc: BaseException) -> bool:
    return isinstance(exc, EXPECTED_ERRORS)


def as_expected(exc: BaseException) -> BaseException:
    """An ``OSError`` about a file becomes a :class:`FileProblem`; anything else stays as it is."""
    if isinstance(exc, OSError) and not isinstance(exc, FileProblem) and exc.errno is not None:
        return FileProblem.from_os_error(exc)
    return exc
