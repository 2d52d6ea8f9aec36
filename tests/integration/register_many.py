"""Run as a separate process: register letters into one database and print each acknowledged one.

A line is printed (and flushed) only after ``requests.register`` returned, that is after the
transaction committed: every line on stdout is an acknowledged registration,
``<reg_number>\\t<sender>``.

Three ways to run it:

``python -m tests.integration.register_many URL COUNT WORKER [--operators 1,2] [--go]``
    one writer: registers COUNT letters (COUNT 0: until killed), alternating between the given
    operators (default: the only one). With ``--go`` it first opens the database, prints
    ``ready`` and waits for one line on stdin, so that several writers start together.

``python -m tests.integration.register_many URL COUNT 0 --writers K [--operators 1,2]``
    K writers forked from this process, each with its own connection, released together when
    all have opened the database; each registers COUNT letters (tag: its number 0..K-1).
    Exits 1 if any writer failed.

``python -m tests.integration.register_many URL 0 0 --fork [--operators 1,2]``
    a fork server for the kill test: it imports the application once, then for every
    ``run ROUND`` line on stdin forks a child that writes as above until it is killed, prints
    ``child PID``, waits for the child and prints ``dead PID STATUS`` (the negative signal
    number, or the exit code). Everything the child printed is on stdout before that line.
    Forking saves the interpreter start and the imports (seconds of CPU each) per kill.

The forking modes first register one letter and roll it back (see :func:`warm_up`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable

from sqlalchemy import text

from app.services import operators as operators_service
from app.services import requests
from app.services.context import Context
from app.storage.database import Database

TODAY = dt.date(2026, 11, 20)


def _say(line: str) -> None:
    """One write per line: lines of processes sharing a pipe never interleave."""
    os.write(sys.stdout.fileno(), (line + "\n").encode())


def write_letters(
    db: Database, count: int, tag: str, operators: list[int], start: Callable[[], object]
) -> None:
    ctx = Context(db, actor=f"worker-{tag}", clock=lambda: TODAY)
    with db.session() as s:  # open the database now (after a crash: the WAL is recovered here)
        s.exec(text("SELECT 1"))
    start()
    i = 0
    while count == 0 or i < count:
        operator = operators[i % len(operators)] if operators else None
        sender = f"Writer {tag} letter {i}"
        r = requests.register(
            ctx,
            requests.NewRequest(
                type="claim",
                received=dt.date(2026, 11, 2),
                sender=sender,
                operator_id=operator,
            ),
        )
        _say(f"{r.reg_number}\t{sender}")
        i += 1
    db.dispose()


class _Rollback(Exception):
    pass


def warm_up(url: str, operators: list[int]) -> Database:
    """Register one letter and roll it back: the first registration of a process configures the
    mappers and fills the engine's statement cache (a quarter of a second), which the forked
    writers would otherwise each spend before their first letter. The rollback gives the number
    back. The engine is returned without connections: each child opens its own."""
    db = Database(url)
    ctx = Context(db, actor="warm-up", clock=lambda: TODAY)
    data = requests.validate(
        requests.NewRequest(type="claim", received=dt.date(2026, 11, 2), sender="warm-up"),
        TODAY,
    )
    try:
        with ctx.write() as w:
            operator = operators_service.resolve(ctx, operators[0] if operators else None)
            requests.register_in(w, operator, data)
            raise _Rollback
    except _Rollback:
        pass
    db.dispose()  # no connection crosses the fork: the children open their own
    return db


def fork_server(url: str, operators: list[int]) -> None:
    db = warm_up(url, operators)
    for line in sys.stdin:
        command, _, round_ = line.partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            try:
                write_letters(db, 0, f"r{round_.strip()}", operators, lambda: _say("ready"))
            except BaseException:
                traceback.print_exc()
            os._exit(3)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        _say(f"dead {pid} {code}")


def fork_writers(url: str, writers: int, count: int, operators: list[int]) -> int:
    """Fork the writers, let them go together once all have their connection; 0 if all ended
    well."""
    db = warm_up(url, operators)
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()

    def start() -> None:
        os.write(ready_w, b".")
        os.read(go_r, 1)

    pids = []
    for n in range(writers):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_letters(db, count, str(n), operators, start)
            except BaseException:
                traceback.print_exc()
                code = 3
            os._exit(code)
        pids.append(pid)
    ready = 0
    while ready < writers:
        ready += len(os.read(ready_r, writers - ready))
    os.write(go_w, b"." * writers)
    failed = 0
    for pid in pids:
        _, status = os.waitpid(pid, 0)
        failed += status != 0
    return 1 if failed else 0


def _ready_and_wait() -> None:
    _say("ready")
    sys.stdin.readline()


def main(argv: list[str]) -> None:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("count", type=int)
    p.add_argument("worker")
    p.add_argument("--operators", default="")
    p.add_argument("--go", action="store_true")
    p.add_argument("--fork", action="store_true")
    p.add_argument("--writers", type=int, default=0)
    args = p.parse_args(argv)
    operators = [int(o) for o in args.operators.split(",") if o]
    if args.fork:
        fork_server(args.url, operators)
    elif args.writers:
        sys.exit(fork_writers(args.url, args.writers, args.count, operators))
    else:
        start = _ready_and_wait if args.go else lambda: None
        write_letters(Database(args.url), args.count, args.worker, operators, start)


if __name__ == "__main__":
    main(sys.argv[1:])
