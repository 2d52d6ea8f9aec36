"""Opening a database for the window or the command line."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from app.services import paths
from app.storage import privacy

if TYPE_CHECKING:  # the database layer is loaded when a database is opened, not at start-up
    from pathlib import Path

    from sqlalchemy.engine import URL

    from app.services.context import Context
    from app.storage.schema import SchemaState

log = logging.getLogger(__name__)


def protect_files() -> None:
    """What this process creates is its user's alone (the window and the command line call
    this first; the files Derbes makes are chmod-ed as well, see ``app.storage.privacy``)."""
    privacy.restrict_umask()


# What the window needs of the database layer before its first paint: the engine, the table
# models, the session and the dashboard's services (the import chain named here pulls the rest).
WINDOW_DATABASE_MODULES = (
    "app.storage.database",
    "app.storage.schema",
    "app.services.context",
    "app.services.credentials",
    "app.services.operators",
    "app.services.register",
    "app.services.dashboard",
)


def load_database_layer(target: str | os.PathLike | None = None) -> None:
    """Import the database layer before Qt, as the window's start does first.

    Once PySide6 is imported, its ``__feature__`` import hook reads the source file of every
    module imported after it (to see whether it uses PySide), which for SQLAlchemy, SQLModel,
    pydantic and the table models (some 400 modules) is a tenth of the start; imported before
    Qt they are not looked at. The same holds for a server's driver (psycopg, some 80 modules):
    it is loaded here too when the database to open is a server named by ``target``, the
    command line's ``--db`` or ``DERBES_DB`` (one remembered in the preferences is known only
    once Qt is loaded: its driver is loaded when it is opened, as before), and for the
    ``holidays`` package with its Kazakhstan calendar, which the dashboard's first count of
    working days needs. The command line does not call this: most of its commands never
    load the layer at all.

    Python's automatic garbage collection is turned off here: the window collects on its GUI
    thread on a timer (``app.ui.application.collect_garbage_on_gui_thread``), and the
    collections that the start's many new objects (classes, tables, enums) would trigger
    cost a tenth of its imports and find nothing to free."""
    import gc
    import importlib

    gc.disable()
    for name in WINDOW_DATABASE_MODULES:
        importlib.import_module(name)
    from app.domain import calendar

    calendar.load_package()  # the dashboard's first count of working days needs it
    named = target or named_target(sys.argv[1:]) or os.environ.get("DERBES_DB")
    if named and "://" in os.fspath(named):
        from app.storage.database import resolve_url as url_of

        try:
            url_of(named).get_dialect().import_dbapi()
        except Exception:  # noqa: BLE001 - a wrong URL or a missing driver is told when opened
            log.debug("no driver loaded ahead for %s", named, exc_info=True)


def named_target(argv: list[str]) -> str | None:
    """The database ``--db`` names in the window's arguments (``--db X`` or ``--db=X``)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            return next(words, None)
        if word.startswith("--db="):
            return word.removeprefix("--db=")
    return None


def resolve_url(target: str | os.PathLike | None = None) -> URL:
    """``--db`` / ``DERBES_DB`` / the user data folder, as a SQLAlchemy URL."""
    from app.storage import database

    return database.resolve_url(
        target or os.environ.get("DERBES_DB") or paths.default_database_path()
    )


def open_database(
    target: str | os.PathLike | None = None,
    password: str | None = None,
    daily_backup: bool = False,
) -> tuple[Context, SchemaState]:
    """Open ``target`` (or DERBES_DB, or the user data folder) at this program's schema.

    A new database is created; an older one is backed up (into its backups folder) and
    upgraded; a newer one is refused with :class:`~app.services.errors.DatabaseTooNew`. With
    ``daily_backup`` (the command line's writing commands) an existing database is backed up
    unless a verified backup younger than a day exists (:func:`backup_daily`).
    A PostgreSQL URL without a password gets ``password`` or the one in the system keyring
    (:mod:`app.services.credentials`); the context acts as the login the server names.
    """
    from app.services import credentials
    from app.services.backup_folders import folder_for
    from app.services.context import Context, default_actor
    from app.storage.database import Database
    from app.storage.schema import ensure_current

    protect_files()
    db = Database(credentials.with_password(resolve_url(target), password))
    try:
        state = ensure_current(db, backup_dir=folder_for(db), backup=_before_migration)
    except BaseException:
        db.dispose()
        raise
    log.info(
        "opened %s%s",
        db.label,
        f" (upgraded from {state.upgraded_from})" * bool(state.upgraded_from),
    )
    ctx = Context(db, actor=default_actor(db))
    if daily_backup and not state.created:
        backup_daily(ctx)
    return ctx, state


def _before_migration(db, target: Path) -> Path:
    """The copy made before an upgrade (:func:`app.services.backups.before_migration`): the
    backups module, with the audit it verifies, is loaded only when an upgrade is due."""
    from app.services import backups

    return backups.before_migration(db, target)


def backup_daily(ctx: Context, step=None) -> Path | None:
    """The day's backup of an existing database, unless a verified one younger than a day
    exists (the window runs this aside its database worker once it has loaded what its first
    case needs; the command line's writing commands before they write). A backup that fails is
    logged and does not stop the work: the Backups page shows when the last one was made.
    ``step(done, total)`` is called at safe points; what it raises (the window closing) stops
    the backup, and no part of it is left behind."""
    from app.services import backups
    from app.services.errors import FileProblem, StorageError

    try:
        return backups.daily_backup(ctx, step=step)
    except (StorageError, FileProblem) as exc:
        log.warning("the daily backup of %s failed: %s", ctx.db.label, exc)
        return None
