"""Backups of the whole database: on request, daily, before a migration and before a restore.

Each database has its own folder of backups (under the data folder's ``backups``, named after the
database), and each backup a small record beside it (``<backup>.json``: why it was made, when,
its schema revision, how many audit entries it verified). A backup is listed as verified when its
record says it passed the check and its size still matches.

Daily backups (``auto``) are rotated: the newest of each of the last ``daily`` days and of each of
the last ``weekly`` ISO weeks are kept (the retention setting); a manual backup and the copies made
before a migration or a restore are never removed by Derbes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import DomainError
from app.services import audit, audit_anchor, paths, settings
from app.services.backup_folders import folder_for
from app.services.context import Context
from app.services.errors import FileProblem, StorageError
from app.storage import backup as storage
from app.storage import privacy
from app.storage.database import Database
from app.storage.schema import SchemaState, ensure_current

log = logging.getLogger(__name__)

RETENTION_KEY = "backup_retention"
DEFAULT_RETENTION = {"daily": 7, "weekly": 4}
RETENTION_LIMITS = (1, 365)
DAILY_AGE = dt.timedelta(days=1)
REASONS = ("auto", "manual", "before-upgrade", "before-restore")
# the parts a backup tells its ``phase`` of, in order (``storage.Phase``)
PHASES = (storage.COPYING, storage.CHECKING, storage.CHAIN)
_NAME = re.compile(r"^derbes-(\d{8}-\d{6})-([a-z-]+?)(?:-from-.*)?\.(sqlite3|zip)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time
    size: int
    occasion: str  # why it was made: auto, manual, before-upgrade, before-restore
    verified: bool
    revision: str = ""
    audit_entries: int | None = None


@dataclass(frozen=True)
class RestoreOutcome:
    source: Path
    database: str
    kept: Path | None
    revision: str
    audit_entries: int
    upgraded_from: str | None


def _name(db: Database, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"derbes-{stamp}-{reason}.{'sqlite3' if db.is_sqlite else 'zip'}"


def _protect_folders(folder: Path) -> None:
    """The data folder and the backups folders are Derbes's own: 0700."""
    privacy.private_dir(folder)
    for own in (paths.data_dir(), paths.backups_dir(), folder):
        if own.exists():
            privacy.make_private(own, privacy.PRIVATE_DIR)


def _record(check: storage.BackupCheck, reason: str, database: str, verified: bool = True):
    record = {
        "database": database,
        "reason": reason,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "revision": check.revision,
        "audit_entries": check.audit_entries,
        "audit_recomputed": check.recomputed,
        "size": check.path.stat().st_size,
        "verified": verified,
    }
    side = check.path.with_name(check.path.name + ".json")
    with storage.private_temp(side.parent, side.name) as tmp:
        tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(side)
    privacy.make_private(side)


def make(
    db: Database, target: Path, reason: str, record: bool = True, step=None, phase=None
) -> storage.BackupCheck:
    """A checked backup of ``db`` at ``target``, with its record (only in Derbes's own backups
    folders: nothing is written beside a file the user named); OSError as FileProblem.

    The copy's audit chain is recomputed from the head the last verification on this computer
    found intact (``audit_anchor.verified_anchor``), and its head then becomes that anchor."""
    try:
        since = audit_anchor.verified_anchor(db)
        check = storage.backup_checked(db, target, since, step, phase)
        if check.head is not None:
            audit_anchor.record_verified(db, check.head)
        if record:
            _record(check, reason, db.label)
    except OSError as exc:
        raise FileProblem.from_os_error(exc) from exc
    return check


def backup(ctx: Context, target: Path | None = None) -> Path:
    """Copy the database (into its backups folder by default) and audit it.

    Never over an existing file or the database (coded :class:`StorageError`); a file that
    cannot be written is a :class:`FileProblem`."""
    path = copy(ctx, target)
    audit_copy(ctx, path)
    return path


def copy(ctx: Context, target: Path | None = None, step=None, phase=None) -> Path:
    """The copy :func:`backup` makes, without its audit entry: it reads the database through
    connections of its own and writes none of its rows, so the window makes it aside its
    database worker and audits it there afterwards (:func:`audit_copy`). ``step`` and
    ``phase`` as for ``storage.backup_checked``."""
    own = target is None
    if own:
        folder = folder_for(ctx.db)
        _protect_folders(folder)
        target = folder / _name(ctx.db, "manual")
    return make(ctx.db, Path(target), "manual", record=own, step=step, phase=phase).path


def audit_copy(ctx: Context, path: Path) -> None:
    """The audit entry of a copy :func:`copy` made."""
    with ctx.write() as w:
        w.audit("database.backup", "database", "", None, {"path": str(path)})


def before_migration(db: Database, target: Path) -> Path:
    """The copy ``schema.ensure_current`` makes before it upgrades (into this folder)."""
    _protect_folders(folder_for(db))
    return make(db, target, "before-upgrade").path


# -- listing, daily backups, rotation ---------------------------------------------------------


def list_backups(db: Database) -> list[BackupInfo]:
    """This database's backups, newest first."""
    folder = folder_for(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        record = _read_record(path)
        size = path.stat().st_size
        found.append(
            BackupInfo(
                path=path,
                created=created,
                size=size,
                occasion=record.get("reason") or match.group(2),
                verified=bool(record.get("verified")) and record.get("size") == size,
                revision=record.get("revision", ""),
                audit_entries=record.get("audit_entries"),
            )
        )
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _read_record(path: Path) -> dict:
    try:
        data = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def retention(ctx: Context) -> dict[str, int]:
    stored = settings.get(ctx, RETENTION_KEY) or {}
    return {k: int(stored.get(k, v)) for k, v in DEFAULT_RETENTION.items()}


def set_retention(ctx: Context, daily: int, weekly: int) -> None:
    low, high = RETENTION_LIMITS
    problems = [
        DomainError.at(name, "out_of_range", value=value, low=low, high=high).first
        for name, value in (("daily", daily), ("weekly", weekly))
        if not low <= value <= high
    ]
    if problems:
        raise DomainError(*problems)
    settings.set_value(ctx, RETENTION_KEY, {"daily": daily, "weekly": weekly})


def daily_backup(ctx: Context, now: dt.datetime | None = None, step=None) -> Path | None:
    """A backup unless a verified one younger than a day exists; then the rotation. ``step``:
    as for ``storage.backup_checked`` (what it raises stops the backup, nothing left of it)."""
    now = now or dt.datetime.now()
    existing = list_backups(ctx.db)
    if any(b.verified and now - b.created < DAILY_AGE for b in existing):
        return None
    folder = folder_for(ctx.db)
    _protect_folders(folder)
    check = make(ctx.db, folder / _name(ctx.db, "auto", now), "auto", step=step)
    rotate(ctx.db, retention(ctx))
    log.info("daily backup %s (%s audit entries verified)", check.path, check.audit_entries)
    return check.path


def rotate(db: Database, keep: dict[str, int]) -> list[Path]:
    """Remove the daily backups the retention does not keep; returns what was removed."""
    autos = [b for b in list_backups(db) if b.occasion == "auto"]  # newest first
    kept: set[Path] = set()
    for width, count in ((lambda d: d.date(), keep["daily"]), (_week, keep["weekly"])):
        periods: list = []
        for b in autos:
            period = width(b.created)
            if period in periods:
                continue
            if len(periods) == count:
                break
            periods.append(period)
            kept.add(b.path)
    removed = []
    for b in autos:
        if b.path not in kept:
            b.path.unlink(missing_ok=True)
            b.path.with_name(b.path.name + ".json").unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def _week(moment: dt.datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return year, week


def check(path: Path) -> storage.BackupCheck:
    """Check any backup file (integrity, revision, audit chain); refusals are coded."""
    try:
        return storage.check_backup(Path(path).expanduser())
    except OSError as exc:
        raise FileProblem.from_os_error(exc, path) from exc


# -- restoring --------------------------------------------------------------------------------


def restore(
    db: Database,
    source: Path,
    replace: bool = False,
    actor: str | None = None,
    step: Callable[[int, int], None] | None = None,
) -> RestoreOutcome:
    """Replace ``db`` by the backup at ``source``, keeping a copy of what it held.

    The backup is checked first (integrity, a revision not newer than this program, an intact
    audit chain); a PostgreSQL database that holds tables is replaced only when ``replace``.
    Afterwards the database is at this program's schema and the restore is in its audit log."""
    report = step or (lambda done, total: None)
    folder = folder_for(db)
    _protect_folders(folder)
    report(0, 3)
    try:
        from app.storage.restore import restore_database  # Alembic, loaded for a restore only

        done = restore_database(db, Path(source), folder / _name(db, "before-restore"), replace)
    except OSError as exc:
        raise FileProblem.from_os_error(exc) from exc
    if done.kept is not None:
        _record_kept(done.kept, db.label)
    report(1, 3)
    state: SchemaState = ensure_current(db, backup_dir=folder, backup=before_migration)
    report(2, 3)
    ctx = Context(db) if actor is None else Context(db, actor=actor)
    with ctx.write() as w:
        w.audit(
            "database.restore",
            "database",
            "",
            None,
            {"source": str(done.check.path), "kept": str(done.kept) if done.kept else None},
        )
    # A deliberate replacement: the restored log (shorter than the one it replaced, if the
    # backup is older) becomes this computer's anchor, so it is not read as a deleted tail.
    audit.reanchor(ctx)
    report(3, 3)
    return RestoreOutcome(
        source=done.check.path,
        database=db.label,
        kept=done.kept,
        revision=done.check.revision,
        audit_entries=done.check.audit_entries,
        upgraded_from=state.upgraded_from,
    )


def _record_kept(path: Path, database: str) -> None:
    """The copy of what a restore replaced: recorded, verified if it passes the check."""
    try:
        found = storage.check_backup(path)
        _record(found, "before-restore", database)
    except (StorageError, OSError) as exc:  # damaged: kept all the same, listed as not verified
        log.warning("the copy kept before the restore, %s, is not verified: %s", path, exc)
        found = storage.BackupCheck(path, "", "", 0, path.stat().st_size)
        _record(found, "before-restore", database, verified=False)
