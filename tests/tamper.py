"""What an attacker with access to the database file (or the server) does to the audit log.

Migration 0005's triggers refuse UPDATE and DELETE of audit entries, so an attacker first drops
them, as anyone who can open the file can; then deletes or rewrites entries and, to hide a
rewrite, recomputes every hash after it with the (public, unkeyed) SHA-256 of the chain.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, col, select

from app.storage.audit import _hash_of
from app.storage.models import AuditEntry

SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
PG_TRIGGERS = ("audit_entry_append_only", "audit_entry_no_truncate")


def unguard(conn) -> None:
    """Drop the triggers that refuse changes to the log (on this connection's transaction)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    else:
        for name in PG_TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON audit_entry"))


def execute(db, sql: str, **params) -> None:
    """Run ``sql`` against the log with its guards dropped, as an attacker would."""
    with db.engine.begin() as conn:
        unguard(conn)
        conn.execute(text(sql), params)


def delete_newest(db, n: int) -> None:
    execute(
        db,
        "DELETE FROM audit_entry WHERE id IN"
        " (SELECT id FROM audit_entry ORDER BY id DESC LIMIT :n)",
        n=n,
    )


def rewrite_and_recompute(db, entry_id: int, **changes) -> None:
    """Change an entry's fields and recompute its hash and every later one (a consistent chain)."""
    with db.engine.begin() as conn:
        unguard(conn)
        with Session(bind=conn) as session:
            entries = session.exec(
                select(AuditEntry).where(AuditEntry.id >= entry_id).order_by(col(AuditEntry.id))
            ).all()
            prev = entries[0].prev_hash
            for entry in entries:
                if entry.id == entry_id:
                    for name, value in changes.items():
                        setattr(entry, name, value)
                entry.prev_hash = prev
                entry.hash = _hash_of(entry, prev)
                prev = entry.hash
                session.add(entry)
            session.flush()
