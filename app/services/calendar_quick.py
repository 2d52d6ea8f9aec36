"""The working-day calendar of a database read without the ORM (the command line's
``derbes deadline``: the whole call is shorter than loading SQLAlchemy and the table models).

:func:`calendar` returns None whenever the quick read does not apply (a file that is missing,
not Derbes's, or not at this program's schema; a server that does not answer, or whose URL
does not carry its password): the caller then opens the
database as every other command does (:func:`app.services.startup.open_database`), which
upgrades an older one after a backup and refuses a newer one, and reads the calendar from it.
"""

from __future__ import annotations

import os

from app.domain.calendar import Override, OverrideKind, WorkCalendar
from app.storage import direct


def calendar(target: str | None, language: str = "en") -> WorkCalendar | None:
    """The calendar of the database ``target`` (or DERBES_DB, or the data folder's) names, or
    None (see the module)."""
    named = target or os.environ.get("DERBES_DB")
    if not named:
        from app.services import paths  # (the platform's folders: only when it is needed)

        named = paths.default_database_path()
    named = os.fspath(named)
    path = direct.sqlite_file(named)
    if path is not None:
        opened = direct.read_only(path)
    else:
        conninfo = direct.postgres_conninfo(named)
        if conninfo is None:
            return None
        from app.storage.limits import CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S

        opened = direct.postgres(conninfo, CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S)
    with opened as conn:
        rows = _overrides(conn)
    if rows is None:
        return None
    return WorkCalendar(
        (Override(day, OverrideKind(kind), note) for day, kind, note in rows), language=language
    )


def _overrides(conn) -> list | None:
    from app.storage.schema import newest_migration

    if conn is None:
        return None
    try:
        if direct.revision(conn) != newest_migration():
            return None
        return direct.calendar_overrides(conn)
    except ValueError:  # a day or a kind this program does not read: the ordinary open
        return None
    except Exception as exc:  # damaged, locked: the ordinary open reports it by its code
        if direct.is_driver_error(exc):
            return None
        raise
