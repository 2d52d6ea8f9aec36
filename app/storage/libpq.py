"""Read-only queries through libpq itself (by ctypes), for a command-line call on a PostgreSQL
database that only reads a setting (``derbes deadline``): importing psycopg costs about half
of such a whole call (its package imports every adapter, its async half and asyncio), while the
C library it wraps is loaded in a few milliseconds.

Only the libpq that psycopg's binary wheel ships beside itself is used (the same library
psycopg would load, found without importing psycopg); where there is none, :func:`connect`
returns None and the caller goes through psycopg. Every text is sent and read as UTF-8 and
dates in ISO form (the session's ``client_encoding`` and ``DateStyle`` are set at connect, so
no server's or role's defaults change what is read); the session is read-only, with the
statement timeout given, set in the same start-up packet (no round trip for them).
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

_CONNECTION_OK = 0
_PGRES_TUPLES_OK = 2
_LIBRARY_PATTERNS = {  # where each platform's wheel keeps its libraries (auditwheel, delocate,
    "linux": ("psycopg_binary.libs/libpq*.so*",),  # delvewheel)
    "darwin": ("psycopg_binary/.dylibs/libpq*.dylib",),
    "win32": ("psycopg_binary.libs/libpq*.dll", "psycopg_binary/libpq*.dll"),
}


class LibpqError(Exception):
    """The server refused a statement (or the connection failed while it ran)."""


@lru_cache(maxsize=1)
def _library() -> ctypes.CDLL | None:
    try:
        spec = importlib.util.find_spec("psycopg_binary")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    site = Path(next(iter(spec.submodule_search_locations))).parent
    patterns = _LIBRARY_PATTERNS.get(sys.platform, _LIBRARY_PATTERNS["linux"])
    found = sorted(p for pattern in patterns for p in site.glob(pattern))
    if len(found) != 1:  # none, or more than one to choose from: psycopg's own way
        return None
    try:
        lib = ctypes.CDLL(str(found[0]))
    except OSError:
        return None
    p, s, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for name, restype, argtypes in (
        ("PQconnectdbParams", p, [ctypes.POINTER(s), ctypes.POINTER(s), i]),
        ("PQstatus", i, [p]),
        ("PQfinish", None, [p]),
        ("PQexec", p, [p, s]),
        ("PQresultStatus", i, [p]),
        ("PQntuples", i, [p]),
        ("PQnfields", i, [p]),
        ("PQgetvalue", ctypes.c_void_p, [p, i, i]),
        ("PQgetlength", i, [p, i, i]),
        ("PQgetisnull", i, [p, i, i]),
        ("PQclear", None, [p]),
    ):
        function = getattr(lib, name)
        function.restype, function.argtypes = restype, argtypes
    return lib


class _Rows:
    def __init__(self, rows: list[tuple]):
        self._rows = rows

    def fetchall(self) -> list[tuple]:
        return self._rows


class Connection:
    """A libpq connection: ``execute(sql).fetchall()`` gives the rows as tuples of ``str``
    (None for a NULL), the way a driver's cursor would, with no parameters."""

    def __init__(self, lib: ctypes.CDLL, handle: int):
        self._lib, self._handle = lib, handle

    def execute(self, sql: str) -> _Rows:
        lib = self._lib
        result = lib.PQexec(self._handle, sql.encode("utf-8"))
        if not result:  # out of memory, or the connection is gone
            raise LibpqError("no result")
        try:
            if lib.PQresultStatus(result) != _PGRES_TUPLES_OK:
                raise LibpqError("statement failed")
            columns = range(lib.PQnfields(result))
            return _Rows(
                [
                    tuple(self._value(result, row, column) for column in columns)
                    for row in range(lib.PQntuples(result))
                ]
            )
        finally:
            lib.PQclear(result)

    def _value(self, result: int, row: int, column: int) -> str | None:
        lib = self._lib
        if lib.PQgetisnull(result, row, column):
            return None
        length = lib.PQgetlength(result, row, column)
        return ctypes.string_at(lib.PQgetvalue(result, row, column), length).decode("utf-8")

    def close(self) -> None:
        if self._handle:
            self._lib.PQfinish(self._handle)
            self._handle = None


def available() -> bool:
    """Whether psycopg's wheel ships a libpq this module can load."""
    return _library() is not None


def connect(conninfo: str, connect_timeout: int, statement_timeout_s: int) -> Connection | None:
    """A read-only session on the server the libpq URI ``conninfo`` names, or None when the
    server cannot be reached or refuses (the ordinary open then says why); only when
    :func:`available`."""
    lib = _library()
    assert lib is not None, "libpq.connect without libpq.available()"
    options = (
        f"-c statement_timeout={statement_timeout_s * 1000} "
        "-c default_transaction_read_only=on -c DateStyle=ISO"
    )
    settings = {
        "dbname": conninfo,  # expanded (the last argument): its own fields, then these
        "connect_timeout": str(connect_timeout),
        "options": options,
        "client_encoding": "UTF8",
    }
    keywords = (ctypes.c_char_p * (len(settings) + 1))(*(k.encode() for k in settings), None)
    values = (ctypes.c_char_p * (len(settings) + 1))(
        *(v.encode("utf-8") for v in settings.values()), None
    )
    handle = lib.PQconnectdbParams(keywords, values, 1)
    if not handle:
        return None
    if lib.PQstatus(handle) != _CONNECTION_OK:
        lib.PQfinish(handle)
        return None
    return Connection(lib, handle)
