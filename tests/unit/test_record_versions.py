"""Optimistic locking: two officers on one database, the second save is refused and told who.

Runs on SQLite and PostgreSQL (the ``db`` fixture): two contexts with their own actors share one
database; each opens the record, the first saves, the second save names the first officer.
"""

import dataclasses
import datetime as dt
import threading

import pytest

from app.domain.problems import english
from app.services import audit, requests, subjects
from app.services.context import Context
from app.services.subjects import SubjectInput
from app.services.versions import Conflict, claim
from app.storage.models import Request
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg


@pytest.fixture
def aida(db):
    return Context(db, actor="aida", clock=lambda: TODAY)


@pytest.fixture
def bolat(db):
    return Context(db, actor="bolat", clock=lambda: TODAY)


@pytest.fixture
def op(aida):
    return make_operator(aida)


def test_a_new_record_starts_at_version_one_and_every_change_moves_it(aida, bolat, op):
    r = reg(aida, iin="")
    assert r.version == 1
    r = requests.assign(bolat, r.id, "Aida")
    assert (r.version, r.updated_by) == (2, "bolat")
    r = requests.change_status(aida, r.id, "in_progress", seen=2)
    assert (r.version, r.updated_by) == (3, "aida")
    assert requests.get(bolat, r.id).version == 3


def test_the_second_status_change_is_refused_and_names_the_first_officer(aida, bolat, op):
    r = reg(aida)
    seen_by_aida = requests.get(aida, r.id).version
    seen_by_bolat = requests.get(bolat, r.id).version
    requests.change_status(aida, r.id, "in_progress", "taken", seen=seen_by_aida)
    with pytest.raises(Conflict) as caught:
        requests.assign(bolat, r.id, "Bolat", seen=seen_by_bolat)
    exc = caught.value
    assert (exc.field, exc.code) == ("version", "request_changed")
    assert exc.changed_by == "aida"
    assert isinstance(exc.changed_at, dt.datetime) and exc.changed_at.tzinfo is not None
    assert exc.version == seen_by_aida + 1
    assert "aida" in english(exc.first)
    after = requests.get(bolat, r.id)
    assert (after.assignee, after.status, after.updated_by) == ("", "in_progress", "aida")
    # nothing of the refused save reached the log
    assert not [e for e in audit.recent(bolat) if e.actor == "bolat"]
    # after a reload the same change goes through
    assert requests.assign(bolat, r.id, "Bolat", seen=after.version).assignee == "Bolat"


@pytest.mark.parametrize(
    "change",
    [
        lambda ctx, rid, seen: requests.change_status(ctx, rid, "in_progress", seen=seen),
        lambda ctx, rid, seen: requests.stop_clock(ctx, rid, "need the IIN", seen=seen),
        lambda ctx, rid, seen: requests.link_subject(ctx, rid, None, seen=seen),
        lambda ctx, rid, seen: requests.assign(ctx, rid, "X", seen=seen),
    ],
    ids=["status", "stop_clock", "link", "assign"],
)
def test_every_request_change_checks_the_version(aida, bolat, op, change):
    r = reg(aida, iin="")
    requests.assign(aida, r.id, "Aida")
    with pytest.raises(Conflict):
        change(bolat, r.id, r.version)
    assert requests.get(aida, r.id).version == r.version + 1


def test_resume_checks_the_version(aida, bolat, op):
    r = requests.stop_clock(aida, reg(aida).id, "need the IIN")
    requests.assign(aida, r.id, "Aida")
    with pytest.raises(Conflict):
        requests.resume_clock(bolat, r.id, seen=r.version)
    assert requests.resume_clock(bolat, r.id, seen=r.version + 1).status == "in_progress"


def _subject(ctx, op):
    return subjects.create(ctx, op.id, SubjectInput(surname="Әлиев", given_name="Нұрлан"))


def test_the_second_subject_save_is_refused_and_names_the_first_officer(aida, bolat, op):
    s = _subject(aida, op)
    form_a = subjects.for_editing(aida, s.id)
    form_b = subjects.for_editing(bolat, s.id)
    assert form_a.version == form_b.version == 1
    subjects.update(
        aida, s.id, dataclasses.replace(form_a.data, phone="+7 701 000 00 01"), form_a.version
    )
    with pytest.raises(Conflict) as caught:
        subjects.update(
            bolat, s.id, dataclasses.replace(form_b.data, email="b@example.kz"), form_b.version
        )
    assert (caught.value.code, caught.value.changed_by) == ("subject_changed", "aida")
    kept = subjects.get(bolat, s.id)
    assert (kept.phone, kept.email, kept.version) == ("+7 701 000 00 01", "", 2)
    with pytest.raises(Conflict):
        subjects.set_status(bolat, s.id, "processing_stopped", seen=form_b.version)
    assert subjects.set_status(bolat, s.id, "processing_stopped", seen=2).updated_by == "bolat"


def test_two_writers_that_read_the_same_version_cannot_both_win(db, aida, bolat, op):
    """The race between a read and the write: both transactions load version 1, one commits,
    the other's UPDATE … WHERE version = 1 matches nothing (PostgreSQL re-checks it after the
    first commit; SQLite serialises the writers)."""
    r = reg(aida)
    barrier = threading.Barrier(2, timeout=20)
    outcomes: dict[str, object] = {}

    def save(ctx, name):
        try:
            with ctx.write() as w:
                row = w.session.get(Request, r.id)
                if not db.is_sqlite:
                    assert row.version == 1
                    barrier.wait()
                claim(w, row, 1)
                row.assignee = name
            outcomes[name] = "saved"
        except Conflict as exc:
            outcomes[name] = exc.changed_by

    if db.is_sqlite:  # one writer at a time: the second reads version 2 and is refused
        save(aida, "aida")
        save(bolat, "bolat")
        assert outcomes == {"aida": "saved", "bolat": "aida"}
    else:
        threads = [
            threading.Thread(target=save, args=a) for a in ((aida, "aida"), (bolat, "bolat"))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(map(str, outcomes.values())) in (["aida", "saved"], ["bolat", "saved"])
        winner = next(k for k, v in outcomes.items() if v == "saved")
        assert requests.get(aida, r.id).assignee == winner
    assert requests.get(aida, r.id).version == 2


def test_migration_0006_gives_existing_rows_version_one_and_goes_back(db, aida, op):
    """Rows written before 0006 start at version 1 with no last editor; downgrading drops the
    columns again (so 0006 can be re-pointed and re-run at merge time)."""
    from alembic import command
    from sqlalchemy import inspect, text

    from app.storage.schema import alembic_config, upgrade

    r = reg(aida)
    requests.assign(aida, r.id, "Aida")  # version 2
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    columns = {c["name"] for c in inspect(db.engine).get_columns("request")}
    assert "version" not in columns and "updated_by" not in columns
    upgrade(db)
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT version, updated_by FROM request WHERE id = :id"), {"id": r.id}
        ).one()
    assert tuple(row) == (1, "")
    assert requests.assign(aida, r.id, "Bolat", seen=1).version == 2
