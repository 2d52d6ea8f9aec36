"""The audit anchor: what the chain looked like, kept where the database's users cannot reach it.

A hash chain inside the database shows an edited entry, but not that the newest entries (or all
of them) were deleted, nor a rewrite whose chain was recomputed with the (public) hash. So after
every committed write that added audit entries, this computer records an :class:`Anchor` (the
database's random id, the number of entries, the newest entry's id and hash) in its config folder
(``<config>/audit-anchors/<hash of the database's location>.json``, 0600 in a 0700 folder);
backups carry one of their own (:func:`write_anchor` beside the copy, :func:`read_anchor` to
check it). :func:`app.services.audit.verify` compares the log with it: a deleted tail or log, a
recomputed chain or a different database at the same place are then named.

Why an anchor and no key: an HMAC key per database would have to be on every computer that
writes the log (a team's PostgreSQL server is written from many), and a copy of the database
opened elsewhere could not even be checked; the anchor needs nothing shared and catches the same
three attacks on the computer that wrote the entries.

Existing databases (from before migration 0005) and databases first seen on this computer have
no anchor here: the first check that finds the chain intact, or the first write, records one
(trust on first use, said so by ``VerifyResult.anchored``). An anchor only moves forward: a
second program writing the same database can only make it fresher. After a deliberate
replacement of the database (a restore) call :func:`reanchor`.

Beside it this computer keeps the *verified* anchor (``<same name>.verified.json``): the head of
the chain as the last verification that recomputed it found it intact (a backup's check, the
full ``audit verify``). The day's backup recomputes only the entries after it
(``audit.verify(since=...)``), so its cost follows the day's entries, not the log's length; the
full check (``derbes audit verify``, a backup file's check, a restore) still recomputes all.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from app.domain.audit import Anchor
from app.services import paths
from app.storage.database import Database


def anchor_path(db: Database) -> Path:
    """Where this computer keeps the anchor of the database at ``db``'s location."""
    name = hashlib.sha256(db.label.encode("utf-8")).hexdigest()[:32]
    return paths.config_dir() / "audit-anchors" / f"{name}.json"


def read_anchor(path: Path) -> Anchor | None:
    """The anchor kept in ``path``, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Anchor.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_anchor(anchor: Anchor, path: Path, database: str = "") -> None:
    """Keep ``anchor`` in ``path`` (0600, written aside and renamed: never half a file)."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = anchor.as_dict() | ({"database": database} if database else {})
    fd, tmp = tempfile.mkstemp(prefix=".anchor-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def verified_path(db: Database) -> Path:
    """Where this computer keeps the head of the chain its last verification found intact."""
    anchor = anchor_path(db)
    return anchor.with_name(anchor.stem + ".verified.json")


def verified_anchor(db: Database) -> Anchor | None:
    return read_anchor(verified_path(db))


def record_verified(db: Database, anchor: Anchor) -> None:
    """After a verification found the chain intact up to ``anchor``: the next may start there.
    A config folder that cannot be written is logged (the next check then starts earlier)."""
    try:
        write_anchor(anchor, verified_path(db), db.label)
    except OSError:
        logging.getLogger(__name__).warning("could not record the verified anchor", exc_info=True)


def forget_verified(db: Database) -> None:
    """After a deliberate replacement: the next verification recomputes the whole chain."""
    verified_path(db).unlink(missing_ok=True)


def local_anchor(db: Database) -> Anchor | None:
    return read_anchor(anchor_path(db))


def advance(db: Database, anchor: Anchor) -> None:
    """Record ``anchor`` for ``db`` unless this computer already holds a newer one of it."""
    path = anchor_path(db)
    old = read_anchor(path)
    if old is not None and old.database_id == anchor.database_id and old.head_id > anchor.head_id:
        return
    write_anchor(anchor, path, db.label)


def record(db: Database, anchor: Anchor) -> None:
    """After a committed write: advance the anchor. The write is done, so a config folder that
    cannot be written is logged, not raised (the next check compares with the older anchor,
    which the log still matches)."""
    try:
        advance(db, anchor)
    except OSError:
        logging.getLogger(__name__).warning("could not record the audit anchor", exc_info=True)


def replace(db: Database, anchor: Anchor) -> None:
    """Record ``anchor`` for ``db`` whatever was kept before (a deliberate replacement)."""
    write_anchor(anchor, anchor_path(db), db.label)
