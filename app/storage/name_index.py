"""The sender's name keys of every request (table ``request_name_key``, migration 0010).

A register search by name used to read every request's sender with ``LIKE '%…%'``. Each word
of the sender now has a row keyed by its name key (:func:`app.domain.names.name_keys`, the same
keys as the subjects'), so a name prefix in Kazakh, Russian or Latin spelling is an index range.
The rows follow ``Request.sender`` through mapper events: whatever writes a request through a
session (registration, edits, the purge's anonymisation) keeps them in step, and deleting a
request deletes them (the foreign key cascades as well). Bulk inserts that bypass the ORM
(:mod:`app.services.demo_bulk`, the benchmark) add :func:`rows` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, event, insert, inspect

from app.domain.names import name_keys

KEY_LENGTH = 120  # the column's length; a longer word is cut (its prefix still finds it)


def keys_of(sender: str) -> list[str]:
    """The distinct keys of the words of ``sender``, in order of first appearance."""
    return list(dict.fromkeys(key[:KEY_LENGTH] for key in name_keys(sender or "")))


def rows(pairs: Iterable[tuple[int, str]]) -> list[dict]:
    """Rows for ``(request id, sender)`` pairs, ready for one executemany."""
    return [{"key": key, "request_id": rid} for rid, sender in pairs for key in keys_of(sender)]


def watch(request_model, key_model) -> None:
    """Keep ``key_model``'s rows in step with ``request_model.sender`` (called once, by
    ``app.storage.models``)."""
    table = key_model.__table__

    def write(connection, request_id: int, sender: str, replace: bool) -> None:
        if replace:
            connection.execute(delete(table).where(table.c.request_id == request_id))
        new = rows([(request_id, sender)])
        if new:
            connection.execute(insert(table), new)

    @event.listens_for(request_model, "after_insert")
    def _inserted(mapper, connection, target) -> None:
        write(connection, target.id, target.sender, replace=False)

    @event.listens_for(request_model, "after_update")
    def _updated(mapper, connection, target) -> None:
        if inspect(target).attrs.sender.history.has_changes():
            write(connection, target.id, target.sender, replace=True)

    @event.listens_for(request_model, "before_delete")
    def _deleted(mapper, connection, target) -> None:
        connection.execute(delete(table).where(table.c.request_id == target.id))
