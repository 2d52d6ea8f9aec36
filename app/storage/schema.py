"""Schema versions: create a new database, upgrade an older one after a backup, refuse a newer one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.errors import DatabaseTooNew, NotADerbesDatabase

if TYPE_CHECKING:
    from alembic.config import Config

    from app.storage.database import Database

# Alembic (about 0.3 s to import) is loaded only to create or upgrade a database: opening one
# that is current reads its revision with one query and compares it with the newest migration.
# SQLAlchemy itself is loaded by the functions that use it: :func:`newest_migration` is read
# by a command-line call that opens the database without it (``app.storage.direct``).
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_migrations() -> list[str]:
    """The revisions of the migration files, oldest first, by the house's naming
    (``NNNN_what.py`` with ``revision = 'NNNN'``, numbered in order), without loading Alembic
    (10 MB and 0.3 s); a test holds them equal to Alembic's own."""
    names = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name[:4] for name in names]


def newest_migration() -> str:
    """The revision of the newest migration file (see :func:`known_migrations`); a test holds
    it equal to :func:`head_revision`."""
    return known_migrations()[-1]


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stamped_revision(db: Database) -> str | None:
    """The revision Alembic stamped into ``db`` (None without one), read with one query."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no version table yet (a new or a foreign database): Alembic decides
        return None
    return rows[0][0] if len(rows) == 1 else None


@dataclass(frozen=True)
class SchemaState:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_current(
    db: Database,
    backup_dir: Path | None = None,
    backup: Callable[[Database, Path], Path] | None = None,
) -> SchemaState:
    """Bring ``db`` to this program's schema, or refuse it with a clear message.

    An older database is first copied into ``backup_dir`` (by default a ``backups`` folder beside
    a SQLite file; a server database needs one given).
    """
    from app.storage.database import translate_errors

    with translate_errors(db.label):
        return _ensure_current(db, backup_dir, backup)


def _ensure_current(db, backup_dir, backup) -> SchemaState:
    if _stamped_revision(db) == newest_migration():
        return SchemaState()
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return SchemaState()
    if current is None:
        from sqlalchemy import inspect

        tables = set(inspect(db.engine).get_table_names())
        if tables:
            raise NotADerbesDatabase(
                "db_foreign", database=db.label, tables=", ".join(sorted(tables)[:5])
            )
        upgrade(db)
        return SchemaState(created=True)
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseTooNew("db_too_new", database=db.label, revision=current, head=head)
    if backup is None:
        from app.storage.backup import backup_database as backup
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if backup_dir is None:
        if not db.is_sqlite:
            raise ValueError("upgrading a server database needs a backup_dir")
        backup_dir = Path(db.url.database).parent / "backups"
    folder = backup_dir
    path = backup(db, folder / f"derbes-{stamp}-before-upgrade-from-{current}")
    upgrade(db)
    return SchemaState(upgraded_from=current, backup=path)
