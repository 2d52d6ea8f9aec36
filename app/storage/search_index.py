"""The register's search keys beside the senders' (migration 0015): the linked subject's name
keys and the words of the request's scanned letters, each in a table the search reads as an
index range.

- ``request_subject_key(key, request_id)``: the subject's ``surname_key``, ``given_key`` and
  ``patronymic_key`` copied to each of its requests. A name prefix used to go through every
  subject with that prefix (most of a million subjects have no request) and then look for
  their requests; here it is one range of request ids. Rows are rebuilt by SQL from the
  subject's columns: after an ORM write of a request whose subject changed (registration,
  linking, a merge), of a subject whose keys changed (an edit, the purge's anonymisation), and
  by :func:`subjects_changed` / :func:`requests_added` from the bulk paths that bypass the ORM.
- ``attachment_key(key, request_id, attachment_id)``: the name keys
  (:func:`app.domain.names.name_keys`, the same normalisation as names, so a word is found in
  Kazakh, Russian or Latin spelling) of the words recognition read from a scan
  (``attachment.text``). They follow the text through mapper events: a destroyed scan's text
  is emptied, and its words go with it.

A backup copies these tables like any other and a restore loads them as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, delete, event, insert, inspect, text

from app.domain.names import name_keys

KEY_LENGTH = 120  # the columns' length; a longer word is cut (its prefix still finds it)
SUBJECT_KEYS = ("surname_key", "given_key", "patronymic_key")


def text_keys(words: str) -> list[str]:
    """The distinct name keys of the words of ``words``, in order of first appearance."""
    return list(dict.fromkeys(key[:KEY_LENGTH] for key in name_keys(words or "")))


def _subject_rows(where: str) -> str:
    """INSERT of the subject keys of the requests ``where`` selects (``r`` is the request)."""
    parts = " UNION ".join(
        f"SELECT s.{column} AS k, r.id AS rid FROM request r JOIN subject s "
        f"ON s.id = r.subject_id WHERE {where}"
        for column in SUBJECT_KEYS
    )
    return (
        'INSERT INTO request_subject_key ("key", request_id) '
        f"SELECT k, rid FROM ({parts}) AS found WHERE k <> ''"
    )


_BY_REQUEST = text(_subject_rows("r.id IN :ids")).bindparams(bindparam("ids", expanding=True))
_BY_SUBJECT = text(_subject_rows("r.subject_id IN :ids")).bindparams(
    bindparam("ids", expanding=True)
)
_BY_RANGE = text(_subject_rows("r.id BETWEEN :lo AND :hi"))
_DROP_REQUESTS = text("DELETE FROM request_subject_key WHERE request_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_DROP_SUBJECTS = text(
    "DELETE FROM request_subject_key WHERE request_id IN "
    "(SELECT id FROM request WHERE subject_id IN :ids)"
).bindparams(bindparam("ids", expanding=True))


def requests_changed(connection, request_ids: Sequence[int]) -> None:
    """Rebuild the subject keys of ``request_ids`` (their subject was set or changed)."""
    ids = sorted(set(request_ids))
    if ids:
        connection.execute(_DROP_REQUESTS, {"ids": ids})
        connection.execute(_BY_REQUEST, {"ids": ids})


def subjects_changed(connection, subject_ids: Iterable[int]) -> None:
    """Rebuild the subject keys of the requests of ``subject_ids`` (their names changed): the
    subject import's updates call this."""
    ids = sorted(set(subject_ids))
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        connection.execute(_DROP_SUBJECTS, {"ids": chunk})
        connection.execute(_BY_SUBJECT, {"ids": chunk})


def requests_added(connection, first_id: int, last_id: int) -> None:
    """The subject keys of the new requests ``first_id``..``last_id`` written by a bulk insert
    (no rows of theirs exist yet)."""
    connection.execute(_BY_RANGE, {"lo": first_id, "hi": last_id})


def fill(connection) -> None:
    """Every request's subject keys (the migration)."""
    connection.execute(text(_subject_rows("r.subject_id IS NOT NULL")))


def scan_rows(attachment_id: int, request_id: int, words: str) -> list[dict]:
    return [
        {"key": key, "request_id": request_id, "attachment_id": attachment_id}
        for key in text_keys(words)
    ]


def watch(request_model, subject_model, attachment_model, attachment_key_model) -> None:
    """Keep both tables in step with the ORM's writes (called once, by ``app.storage.models``)."""
    scan_table = attachment_key_model.__table__

    @event.listens_for(request_model, "after_insert")
    def _request_added(mapper, connection, target) -> None:
        if target.subject_id is not None:
            connection.execute(_BY_REQUEST, {"ids": [target.id]})

    @event.listens_for(request_model, "after_update")
    def _request_updated(mapper, connection, target) -> None:
        if inspect(target).attrs.subject_id.history.has_changes():
            requests_changed(connection, [target.id])

    @event.listens_for(request_model, "before_delete")
    def _request_deleted(mapper, connection, target) -> None:
        connection.execute(_DROP_REQUESTS, {"ids": [target.id]})
        connection.execute(delete(scan_table).where(scan_table.c.request_id == target.id))

    @event.listens_for(subject_model, "after_update")
    def _subject_updated(mapper, connection, target) -> None:
        state = inspect(target)
        if any(state.attrs[name].history.has_changes() for name in SUBJECT_KEYS):
            subjects_changed(connection, [target.id])

    def write_scan(connection, target, replace: bool) -> None:
        if replace:
            connection.execute(delete(scan_table).where(scan_table.c.attachment_id == target.id))
        new = scan_rows(target.id, target.request_id, target.text)
        if new:
            connection.execute(insert(scan_table), new)

    @event.listens_for(attachment_model, "after_insert")
    def _scan_added(mapper, connection, target) -> None:
        write_scan(connection, target, replace=False)

    @event.listens_for(attachment_model, "after_update")
    def _scan_updated(mapper, connection, target) -> None:
        if inspect(target).attrs.text.history.has_changes():
            write_scan(connection, target, replace=True)

    @event.listens_for(attachment_model, "before_delete")
    def _scan_deleted(mapper, connection, target) -> None:
        connection.execute(delete(scan_table).where(scan_table.c.attachment_id == target.id))
