"""Writing an output file (a letter, an export) without ever losing data: the one writer.

Every output is written beside its target under a temporary name, flushed to disk and renamed
over the target in one step, so the file appears whole or not at all. An existing file is
replaced only when the user said so (``force``: ``--force`` on the command line, the save
dialog's own confirmation in the window), and never the database in use or its
``-wal``/``-shm``/``-journal`` companions, whatever the user says: those are compared by their
resolved paths and by :func:`os.path.samefile` (a hard link or a symlink is the same file).
Devices, pipes and folders are never targets. New files are private to the user (mode 0600):
they hold personal data.

Refusals are coded problems at ``field`` (:class:`~app.domain.errors.DomainError`); a failure
of the disk itself (no space, a file-size limit, no permission) is a
:class:`~app.services.errors.FileProblem` by errno. Either way nothing is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.services.errors import FileProblem

PRIVATE_FILE = 0o600
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")

__all__ = [
    "DATABASE_COMPANIONS",
    "PRIVATE_FILE",
    "check_target",
    "database_files",
    "protected_paths",
    "write_file",
]


def protected_paths(database_file: str | os.PathLike | None) -> list[Path]:
    """The database file and its companions: outputs never go there."""
    if not database_file:
        return []
    base = Path(database_file).expanduser().resolve()
    return [Path(f"{base}{suffix}") for suffix in DATABASE_COMPANIONS]


def database_files(ctx: Any) -> list[Path]:
    """The files of the database ``ctx`` (a Context or a Database) works on; none for a server."""
    db = getattr(ctx, "db", ctx)
    if db is None or not getattr(db, "is_sqlite", False):
        return []
    return protected_paths(db.url.database)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be looked at): not the same file
        return False


def _is_protected(out: Path, resolved: Path, guarded: Iterable[Path]) -> bool:
    return any(
        resolved == g or out.absolute() == g or _same_file(out, g) or _same_file(resolved, g)
        for g in guarded
    )


def check_target(
    path: str | os.PathLike,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    field: str = "out",
) -> Path:
    """The resolved target, or a coded problem saying why nothing may be written there."""
    out = Path(path).expanduser()
    try:
        resolved = out.resolve()
        guarded = [Path(g) for g in protect]
        if _is_protected(out, resolved, guarded):
            raise DomainError.at(field, "out_is_database", path=str(out))
        if resolved.is_dir():
            raise DomainError.at(field, "out_is_folder", path=str(out))
        if not resolved.parent.is_dir():
            raise DomainError.at(field, "folder_missing", path=str(resolved.parent))
        if os.path.lexists(resolved):
            if not stat.S_ISREG(os.stat(resolved).st_mode):
                raise DomainError.at(field, "out_not_a_file", path=str(out))
            if not force:
                raise DomainError.at(field, "out_exists", path=str(out))
    except OSError as exc:  # a part of the path cannot be looked at
        raise FileProblem.from_os_error(exc, out) from exc
    return resolved


def write_file(
    path: str | os.PathLike,
    data: bytes,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    field: str = "out",
) -> Path:
    """Write ``data`` to ``path`` whole or not at all, private to the user; the path written.

    Without ``force`` an existing file is refused, and one that appears while we write is kept
    too (the temporary file is linked to the name, which fails when the name exists).
    """
    guarded = list(protect)
    target = check_target(path, force=force, protect=guarded, field=field)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise FileProblem.from_os_error(exc, target) from exc
    try:
        os.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if _is_protected(target, target, guarded):  # it became the database while we wrote
            raise DomainError.at(field, "out_is_database", path=str(target))
        if force:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target, field)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FileProblem.from_os_error(exc, target) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


def _link_new(tmp: str, target: Path, field: str) -> None:
    """Give ``tmp`` the name ``target`` only if no file has it: never replaces anything."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise DomainError.at(field, "out_exists", path=str(target)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # This file system has no hard links: the narrow race is then accepted.
        if os.path.lexists(target):
            raise DomainError.at(field, "out_exists", path=str(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
