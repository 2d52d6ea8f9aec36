"""Bulk changes of due dates (issue 8): previewed without writing, then applied, then undone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.domain.errors import DomainError
from app.services import requests, settings
from app.storage.models import AuditEntry, Request
from tests.helpers import make_operator, register

D = dt.date


def _rows(ctx) -> dict[int, tuple]:
    with ctx.read() as session:
        return {
            r.id: (r.term_days, r.term_basis, r.due_date, r.remaining_days, r.status)
            for r in session.exec(select(Request)).all()
        }


def _actions(ctx) -> list[str]:
    with ctx.read() as session:
        return [a.action for a in session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()]


@pytest.fixture
def desk(ctx):
    op = make_operator(ctx)
    made = [
        register(ctx, operator_id=op.id, type="access", received=D(2026, 11, 2)),
        register(ctx, operator_id=op.id, type="consent_withdrawal", received=D(2026, 11, 3)),
        register(ctx, operator_id=op.id, type="other", received=D(2026, 11, 4)),
        register(ctx, operator_id=op.id, type="access", received=D(2026, 11, 5)),
    ]
    requests.change_status(ctx, made[3].id, "withdrawn")
    return made


def test_the_preview_lists_what_then_moves_and_writes_nothing(ctx, desk):
    before = _rows(ctx)
    audit_before = _actions(ctx)
    preview = settings.preview_preset(ctx, "statutory")
    assert _rows(ctx) == before and _actions(ctx) == audit_before  # nothing written
    moved = {c.request_id: (c.old_due, c.new_due) for c in preview if c.moved}
    assert set(moved) == {desk[0].id, desk[1].id}  # access 3, withdrawal 15; "other" keeps 30
    assert all(old == before[i][2] for i, (old, _new) in moved.items())

    assert settings.apply_preset(ctx, "statutory") == len(moved)
    after = _rows(ctx)
    changed = {i for i in after if after[i] != before[i]}
    assert changed == {c.request_id for c in preview}
    assert {i: (before[i][2], after[i][2]) for i in changed if after[i][2] != before[i][2]} == moved
    assert after[desk[3].id] == before[desk[3].id]  # closed requests keep theirs


def test_undo_restores_the_terms_and_due_dates_exactly_and_is_audited(ctx, desk):
    before = _rows(ctx)
    policy_before = settings.policy(ctx)
    settings.apply_preset(ctx, "statutory")
    assert _rows(ctx) != before
    last = settings.last_due_change(ctx)
    assert last is not None and last.kind == "policy" and last.moved == 2

    undone = settings.undo_due_change(ctx)
    assert (undone.restored, undone.recounted) == (2, 0)
    assert _rows(ctx) == before
    assert settings.policy(ctx) == policy_before
    assert "deadline.undo" in _actions(ctx)
    assert settings.last_due_change(ctx) is None
    with pytest.raises(DomainError) as caught:
        settings.undo_due_change(ctx)
    assert caught.value.code == "nothing_to_undo"


def test_a_calendar_day_is_previewed_and_undone_too(ctx, desk):
    before = _rows(ctx)
    preview = settings.preview_override(ctx, D(2026, 11, 6), "holiday", "a day off")
    assert _rows(ctx) == before and preview
    change = settings.save_override(ctx, D(2026, 11, 6), "holiday", "a day off")
    after = _rows(ctx)
    assert {i for i in after if after[i] != before[i]} == {c.request_id for c in preview}

    settings.undo_due_change(ctx)
    assert _rows(ctx) == before
    assert settings.overrides(ctx) == []

    # removing a day: the preview, the removal, and the undo that puts the day back
    change = settings.save_override(ctx, D(2026, 11, 6), "holiday", "a day off")
    with_day = _rows(ctx)
    preview = settings.preview_remove_override(ctx, change.override_id)
    settings.remove_override(ctx, change.override_id)
    assert {i for i, r in _rows(ctx).items() if r != with_day[i]} == {c.request_id for c in preview}
    settings.undo_due_change(ctx)
    assert _rows(ctx) == with_day
    assert [(o.day, o.kind, o.note) for o in settings.overrides(ctx)] == [
        (D(2026, 11, 6), "holiday", "a day off")
    ]


def test_a_request_changed_since_is_counted_again_not_overwritten(ctx, desk):
    settings.apply_preset(ctx, "statutory")
    why = "the archive is far"  # Latin letters: either half takes it
    requests.extend(ctx, desk[1].id, reason_kk=why, reason_ru=why, days=5)
    undone = settings.undo_due_change(ctx)
    assert (undone.restored, undone.recounted) == (1, 1)
    with ctx.read() as session:
        extended = session.get(Request, desk[1].id)
        assert extended.term_days == 30  # back under the previous terms, its extension kept
    assert extended.due_date > desk[1].due_date
