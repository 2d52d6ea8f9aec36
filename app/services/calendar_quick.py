"""The working-day calendar of a database read without the ORM (the command line's
``derbes deadline``: the whole call is shorter than loading SQLAlchemy and the table models).

:func:`calendar` returns None whenever the quick read does not apply (a server database, a file
that is missing, not Derbes's, or not at this program's schema): the caller then opens the
database as every other command does (:func:`app.services.startup.open_database`), which
upgrades an older one after a backup and refuses a newer one, and reads the calendar from it.
"""

from __future__ import annotations

import os
import sqlite3

from app.domain.calendar import Override, OverrideKind, WorkCalendar
from app.services import paths
from app.storage import direct


def calendar(target: str | None, language: str = "en") -> WorkCalendar | None:
    """The calendar of the database ``target`` (or DERBES_DB, or the data folder's) names, or
    None (see the module)."""
    from app.storage.schema import newest_migration

    path = direct.sqlite_file(
        target or os.environ.get("DERBES_DB") or paths.default_database_path()
    )
    if path is None:
        return None
    with direct.read_only(path) as conn:
        if conn is None:
            return None
        try:
            if direct.revision(conn) != newest_migration():
                return None
            rows = direct.calendar_overrides(conn)
        except (sqlite3.Error, ValueError):  # damaged, locked: the ordinary open reports it
            return None
    return WorkCalendar(
        (Override(day, OverrideKind(kind), note) for day, kind, note in rows), language=language
    )
