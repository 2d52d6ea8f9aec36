"""Registration numbers stay distinct and gapless under concurrent writers (separate processes).

Each writer is its own interpreter with its own connection (tests/integration/register_many.py).
All of them open the database first and start registering only when every one is ready, so
that they really compete for the same counter; the test checks they did (the series switches
between writers) as well as the numbers.
"""

import collections
import subprocess
import sys

import pytest
from sqlalchemy import text

from app.services import audit
from app.services.context import Context
from app.storage.database import Database
from tests.helpers import make_operator

pytestmark = pytest.mark.slow


def _by_writer(lines: list[str]) -> dict[int, list[str]]:
    """Each writer's acknowledged numbers, in order, from ``number<TAB>Writer N letter I``."""
    numbers: dict[int, list[str]] = collections.defaultdict(list)
    for line in lines:
        number, sender = line.split("\t")
        numbers[int(sender.split()[1])].append(number)
    return dict(numbers)


def _run_processes(url: str, processes: int, each: int) -> dict[int, list[str]]:
    """Separate interpreters (two app processes): start them, let them go together."""
    command = [sys.executable, "-m", "tests.integration.register_many", url, str(each)]
    procs = [
        subprocess.Popen(
            [*command, str(n), "--go"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    try:
        for p in procs:
            assert p.stdout.readline() == "ready\n", p.stderr.read()
        for p in procs:  # every writer has its connection open: go
            p.stdin.write("go\n")
            p.stdin.flush()
        lines = []
        for p in procs:
            out, err = p.communicate(timeout=600)
            assert p.returncode == 0, err
            lines += out.splitlines()
        return _by_writer(lines)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()


def _run_forked(url: str, writers: int, each: int) -> dict[int, list[str]]:
    """Writers forked from one interpreter (one import instead of eight on a small machine),
    each with its own connection, released together."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.integration.register_many", url, str(each), "0"]
        + ["--writers", str(writers)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return _by_writer(done.stdout.splitlines())


def _seq(number: str) -> int:
    return int(number.rsplit("/", 1)[1])


def _check(db: Database, by_writer: dict[int, list[str]], each: int) -> None:
    expected = each * len(by_writer)
    numbers = [n for ns in by_writer.values() for n in ns]
    for writer, ns in by_writer.items():
        assert len(ns) == each, f"writer {writer} acknowledged {len(ns)} of {each}"
        assert [_seq(n) for n in ns] == sorted(_seq(n) for n in ns), "numbers went backwards"
    assert len(set(numbers)) == expected, "a number was handed out twice"
    assert sorted(_seq(n) for n in numbers) == list(range(1, expected + 1)), "a gap"

    # The writers overlapped: along the series the writer changes many times, not only at the
    # end of each writer's block (a writer that ran alone would give len(by_writer) - 1).
    owner = {_seq(n): writer for writer, ns in by_writer.items() for n in ns}
    switches = sum(owner[s] != owner[s + 1] for s in range(1, expected))
    print(f"{len(by_writer)} writers x {each}: {expected} distinct, gapless, {switches} switches")
    assert switches >= 2 * len(by_writer), f"the writers hardly overlapped: {switches} switches"

    with db.session() as s:
        stored = s.exec(text("SELECT reg_number FROM request")).scalars().all()
        (last,) = s.exec(text("SELECT last FROM number_series WHERE series = 'request'")).one()
        registered = collections.Counter(
            s.exec(
                text("SELECT entity_id FROM audit_entry WHERE action = 'request.register'")
            ).scalars()
        )
    assert sorted(stored) == sorted(numbers)
    assert last == expected
    assert len(registered) == expected and set(registered.values()) == {1}


def test_two_processes_on_one_sqlite_file(sqlite_db):
    ctx = Context(sqlite_db, actor="setup")
    make_operator(ctx)
    _check(sqlite_db, _run_processes(sqlite_db.url.database, 2, 300), 300)
    assert audit.verify(ctx).ok


def test_eight_processes_on_postgresql(pg_db):
    ctx = Context(pg_db, actor="setup")
    make_operator(ctx)
    url = pg_db.url.render_as_string(hide_password=False)
    _check(pg_db, _run_forked(url, 8, 25), 25)
    assert audit.verify(ctx).ok
