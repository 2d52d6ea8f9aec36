"""Registration numbers stay gapless and distinct under concurrent writers (separate processes)."""

import subprocess
import sys

import pytest
from sqlalchemy.engine import URL

from app.services import audit
from app.services.context import Context
from tests.helpers import make_operator

pytestmark = pytest.mark.slow


def _run_writers(url: str, processes: int, each: int) -> list[str]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.integration.register_many", url, str(each), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    numbers = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        numbers += out.split()
    return numbers


def _check(numbers: list[str], expected: int) -> None:
    assert len(numbers) == expected
    assert len(set(numbers)) == expected
    seqs = sorted(int(n.rsplit("/", 1)[1]) for n in numbers)
    assert seqs == list(range(1, expected + 1))


def test_two_processes_on_one_sqlite_file(sqlite_db):
    ctx = Context(sqlite_db, actor="setup")
    make_operator(ctx)
    _check(_run_writers(sqlite_db.url.database, 2, 200), 400)
    assert audit.verify(ctx).ok


def test_four_processes_on_postgresql(pg_db):
    ctx = Context(pg_db, actor="setup")
    make_operator(ctx)
    url = pg_db.url.render_as_string(hide_password=False)
    assert isinstance(pg_db.url, URL)
    _check(_run_writers(url, 4, 100), 400)
    assert audit.verify(ctx).ok
