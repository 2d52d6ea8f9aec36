"""Opening a database for the window or the command line."""

from __future__ import annotations

import logging
import os

from sqlalchemy.engine import URL

from app.services import credentials, paths
from app.services.context import Context, default_actor
from app.storage import database
from app.storage.database import Database
from app.storage.schema import SchemaState, ensure_current

log = logging.getLogger(__name__)


def resolve_url(target: str | os.PathLike | None = None) -> URL:
    """``--db`` / ``DERBES_DB`` / the user data folder, as a SQLAlchemy URL."""
    return database.resolve_url(
        target or os.environ.get("DERBES_DB") or paths.default_database_path()
    )


def open_database(
    target: str | os.PathLike | None = None, password: str | None = None
) -> tuple[Context, SchemaState]:
    """Open ``target`` (or DERBES_DB, or the user data folder) at this program's schema.

    A new database is created; an older one is backed up (into the data folder's ``backups``)
    and upgraded; a newer one is refused with :class:`~app.services.errors.DatabaseTooNew`.
    A PostgreSQL URL without a password gets ``password`` or the one in the system keyring
    (:mod:`app.services.credentials`); the context acts as the login the server names.
    """
    db = Database(credentials.with_password(resolve_url(target), password))
    try:
        state = ensure_current(db, backup_dir=paths.backups_dir())
    except BaseException:
        db.dispose()
        raise
    log.info(
        "opened %s%s",
        db.label,
        f" (upgraded from {state.upgraded_from})" * bool(state.upgraded_from),
    )
    return Context(db, actor=default_actor(db)), state
