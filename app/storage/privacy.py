"""The desk's own files are the officer's alone: databases, their -wal/-shm, backups, exports.

The registers hold IINs in plain text, so what Derbes creates is readable by its user only:
files 0600, folders 0700. The process runs with a restrictive umask (set at the start of the
window and of the command line), and the files Derbes creates are also chmod-ed explicitly, so
a caller's umask or a file SQLite creates itself (the -wal and -shm beside a database) cannot
widen them. Existing folders the user chose (a home, a shared drive) are left as they are.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
UMASK = 0o077
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def restrict_umask() -> int:
    """New files and folders of this process: for its user only. Returns the previous umask."""
    return os.umask(UMASK)


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700 folders; existing ones are not changed."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:  # made meanwhile by another process
            continue
        os.chmod(folder, PRIVATE_DIR)
    return path


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """chmod a file (or folder) Derbes created; a missing one is skipped."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, mode)


def create_private_file(path: Path) -> bool:
    """Create an empty 0600 file at ``path`` unless something is there; True when created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)
    return True


def is_private(path: Path) -> bool:
    """No permission for group or others."""
    return not (os.stat(path).st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def protect_sqlite_side_files(database: Path) -> None:
    """The -wal/-shm/-journal of a private database are made private too."""
    database = Path(database)
    try:
        if not is_private(database):
            return
    except FileNotFoundError:
        return
    for suffix in SQLITE_SIDE_FILES:
        side = database.with_name(database.name + suffix)
        try:
            if not is_private(side):
                os.chmod(side, PRIVATE_FILE)
        except FileNotFoundError:
            continue
        except PermissionError:  # another user's file beside ours: not ours to change
            continue
