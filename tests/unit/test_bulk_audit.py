"""The bulk path hashes audit entries with encoders built once: the same text and the same
hashes as ``app.domain.audit`` computes one entry at a time."""

import datetime as dt

from app.domain.audit import GENESIS, canonical_json, entry_hash
from app.storage import bulk

VALUES = [
    {"b": 1, "a": [1, 2, {"z": None, "y": "Әлиева «Ұ»"}], "day": dt.date(2026, 1, 2)},
    {"at": dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC), "pdf": b"%PDF", "s": {3, 1, 2}},
    ["x", ("t", 1), 1.5, True, None, "\u202e"],
    {"nested": {"k": {"j": [dt.datetime(2026, 1, 1, 12)]}}, "n": 10**20},
    "plain",
    {},
]


def test_canonical_text_is_the_audit_modules():
    for value in VALUES:
        assert bulk._canonical(value) == canonical_json(value)


def test_entry_hashes_are_the_audit_modules(ctx):
    now = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
    other = dt.datetime(2026, 11, 20, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    entries = [
        (now if i % 2 else other, "тестер", "demo.x", "request", i, v, VALUES[-1 - i])
        for i, v in enumerate(VALUES)
    ]
    with ctx.write() as w:
        w.anchor = bulk.audit_entries(w.session, entries)
    from sqlmodel import select

    from app.storage.models import AuditEntry

    with ctx.read() as session:
        rows = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    prev = rows[0].prev_hash
    assert prev == GENESIS or len(prev) == 64
    for row, (at, actor, action, entity, eid, before, after) in zip(
        rows[-len(entries) :], entries, strict=True
    ):
        assert row.before == canonical_json(before) and row.after == canonical_json(after)
        assert row.hash == entry_hash(
            row.prev_hash, at, actor, action, entity, str(eid), row.before, row.after
        )
