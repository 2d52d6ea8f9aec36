"""`derbes audit verify`: exit 0 when the log is intact, 1 naming each problem on its own line.

The log is written by the services in this process (the same config folder as the command's, so
the same anchor); the attacks are made with the triggers dropped, as someone with the file or
the server would; then the real `derbes` program checks it.
"""

from __future__ import annotations

import json

import pytest

from app.services import audit
from app.services.context import Context
from app.storage.database import Database
from tests import tamper
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.integration.test_cli import run


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path):
    """(the --db argument, a context on that database) with a few registered letters."""
    if request.param == "sqlite":
        db = Database(tmp_path / "desk.sqlite3")
        from app.storage.schema import ensure_current

        ensure_current(db)
        arg = str(tmp_path / "desk.sqlite3")
    else:
        db = request.getfixturevalue("pg_db")
        arg = db.url.render_as_string(hide_password=False)
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    make_operator(ctx)
    for _ in range(4):
        reg(ctx)
    with ctx.write() as w:  # enough entries to lose fifty of them
        for i in range(60):
            w.audit("test.entry", "thing", i, None, {"n": i})
    yield arg, ctx
    if request.param == "sqlite":
        db.dispose()


def verify(arg: str, *extra: str):
    return run("--db", arg, *extra, "audit", "verify")


def test_an_intact_log_exits_0(target):
    arg, ctx = target
    result = verify(arg)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"audit log intact: {audit.verify(ctx).checked} entries verified" in result.stdout


@pytest.mark.parametrize("n", [1, 50])
def test_a_deleted_tail_exits_1_and_says_how_many(target, n):
    arg, ctx = target
    total = audit.verify(ctx).checked
    tamper.delete_newest(ctx.db, n)
    result = verify(arg)
    assert result.returncode == 1
    assert f"expected at least {total} entries" in result.stdout
    assert (
        f"found {total - n}" in result.stdout and "the last entries were deleted" in result.stdout
    )
    assert result.stdout.strip().splitlines()[-1].startswith("audit log BROKEN")
    assert "Traceback" not in result.stderr


def test_a_deleted_log_exits_1(target):
    arg, ctx = target
    total = audit.verify(ctx).checked
    tamper.execute(ctx.db, "DELETE FROM audit_entry")
    result = verify(arg)
    assert result.returncode == 1
    assert f"the log is empty, but {total} entries" in result.stdout
    assert "the log was deleted" in result.stdout


def test_a_rewrite_with_a_recomputed_chain_exits_1_and_names_the_entry(target):
    arg, ctx = target
    newest = audit.recent(ctx, limit=1)[0].id
    tamper.rewrite_and_recompute(ctx.db, newest - 30, actor="mallory")
    result = verify(arg, "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert not data["ok"] and data["anchored"]
    assert [(p["code"], p["entry"]) for p in data["problems"]] == [("audit_head_rewritten", newest)]
    plain = verify(arg)
    assert f"audit entry {newest}: no longer has the hash recorded" in plain.stdout


def test_each_problem_has_its_own_line(target):
    arg, ctx = target
    ids = [e.id for e in audit.recent(ctx, limit=5)]
    tamper.execute(ctx.db, "UPDATE audit_entry SET actor = 'mallory' WHERE id = :i", i=ids[3])
    tamper.delete_newest(ctx.db, 1)
    lines = verify(arg).stdout.strip().splitlines()
    assert f"audit entry {ids[3]}: its content no longer matches its hash (edited)" in lines
    assert any(line.startswith("audit log: expected at least") for line in lines)
    assert lines[-1].startswith("audit log BROKEN")
