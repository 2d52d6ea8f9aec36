"""Writing an output file (a letter, an export, a backup) without ever losing data.

Every output is written beside its target under a temporary name, flushed to disk and renamed over
the target in one step, so the file appears whole or not at all. An existing file is replaced only
when the user said so (``force``: ``--force`` on the command line, the save dialog's own
confirmation in the window), and never the database in use or its ``-wal``/``-shm``/``-journal``
companions, whatever the user says. New files are private to the user (mode 0600): they hold
personal data.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.domain.errors import DomainError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def protected_paths(database_file: str | os.PathLike | None) -> list[Path]:
    """The database file and its companions: outputs never go there."""
    if not database_file:
        return []
    base = Path(database_file).expanduser().resolve()
    return [Path(f"{base}{suffix}") for suffix in DATABASE_COMPANIONS]


def check_target(
    path: str | os.PathLike,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    field: str = "out",
) -> Path:
    """The resolved target, or a coded problem saying why nothing may be written there."""
    out = Path(path).expanduser()
    resolved = out.resolve()
    for guarded in protect:
        if resolved == guarded or _same_file(resolved, guarded):
            raise DomainError.at(field, "out_is_database", path=str(out))
    if out.is_dir():
        raise DomainError.at(field, "out_is_folder", path=str(out))
    if not resolved.parent.is_dir():
        raise DomainError.at(field, "out_no_folder", folder=str(resolved.parent))
    if out.exists() and not force:
        raise DomainError.at(field, "out_exists", path=str(out))
    return resolved


def write_bytes(
    path: str | os.PathLike,
    data: bytes,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    field: str = "out",
) -> Path:
    """Write ``data`` to ``path`` atomically, private to the user; returns the path written."""
    target = check_target(path, force=force, protect=protect, field=field)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        os.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not force and target.exists():  # appeared while we wrote: still never clobber it
            raise DomainError.at(field, "out_exists", path=str(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
