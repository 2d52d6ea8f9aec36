"""Opening a database for the window or the command line."""

from __future__ import annotations

import os

from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import SchemaState, ensure_current


def open_database(target: str | os.PathLike | None = None) -> tuple[Context, SchemaState]:
    """Open ``target`` (or DERBES_DB, or the user data folder) at this program's schema.

    A new database is created; an older one is backed up and upgraded; a newer one is refused
    with :class:`~app.storage.database.DatabaseTooNew`.
    """
    db = Database(target)
    try:
        state = ensure_current(db)
    except BaseException:
        db.dispose()
        raise
    return Context(db), state
