"""A batch reads its requests' cases a chunk at a time, in a few set-based reads: each letter is
the one its request alone makes, in the order asked, and a request that cannot have it (or does
not exist) says why."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.domain.errors import DomainError
from app.letters import KINDS
from app.services import letters
from app.services.letters import batch
from app.storage.models import Request
from tests.conftest import TODAY
from tests.helpers import demo_database


@pytest.fixture(scope="module")
def demo(sqlite_template, tmp_path_factory):
    db, ctx = demo_database(sqlite_template, tmp_path_factory.mktemp("batch"), TODAY, 30, 40)
    with ctx.read() as session:
        ids = list(session.exec(select(Request.id).order_by(Request.id)).all())
    yield ctx, ids
    db.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_each_letter_of_a_batch_is_the_one_its_request_alone_makes(demo, kind, monkeypatch):
    ctx, ids = demo
    monkeypatch.setattr(batch, "CHUNK", 3)  # chunks end mid-way: nothing leaks across them
    asked = [*reversed(ids), ids[0], 10**9]  # any order, a request twice, one that is missing
    prepared = list(letters.prepare_many(ctx, asked, kind, None))
    assert [p.request_id for p in prepared] == asked
    made = 0
    for item in prepared:
        if item.request_id == 10**9:
            assert item.letter is None and item.reg_number == ""
            assert [p.code for p in item.problems] == ["letter_request_missing"]
            continue
        try:
            alone, problems = letters.build(ctx, item.request_id, kind, None), ()
        except DomainError as exc:
            alone, problems = None, exc.problems
        assert item.letter == alone and item.problems == problems
        with ctx.read() as session:
            assert item.reg_number == session.get(Request, item.request_id).reg_number
        made += item.letter is not None
    assert made or kind in ("deregistration", "destruction-act", "refusal", "extension")


def test_a_batch_renders_what_it_prepared(demo):
    ctx, ids = demo
    items = list(letters.render_many(ctx, ids[:4], "acknowledgement", "pdf"))
    assert [i.request_id for i in items] == ids[:4]
    assert all(i.data.startswith(b"%PDF") and i.error is None for i in items)
