"""SIGKILL a stream of registrations 50 times: nothing acknowledged is lost, numbers stay gapless.

A writer process registers letters in a loop through the services, two operators in turn, and
prints each registration number after ``register`` returned (after the commit). The test kills it
with SIGKILL at a random moment, starts the next one on the same database (which recovers what
the killed one left: a hot WAL, an open transaction), and so on. At the end it reopens the
database and checks that

- every acknowledged number is there, with the letter it was acknowledged for;
- no number was handed out twice (a lost commit would give its number to the next letter);
- each operator's series for the year runs 1..n with no gap, and its counter stands at n;
- every registration has its audit entry and the chain verifies;
- SQLite's ``PRAGMA integrity_check`` says ``ok``.

The test is valid with ``synchronous=NORMAL`` as well as ``FULL``: in WAL mode a commit has been
written to the WAL (the operating system's page cache) before it returns, so killing the process
cannot lose it; ``NORMAL`` may lose the last commits only when the operating system or the power
fails before the WAL is synced, which a process kill does not simulate. The output names the mode.

The kill moments come from a seeded generator (``DERBES_KILL_SEED``, printed in the summary);
a replay with the same seed repeats the delays, though not the machine's timing.
The writers are forked from one server process that imported the application once: a fresh
interpreter per kill would cost seconds of CPU each on a small machine.
"""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import text

from app.services import audit
from app.services.context import Context
from app.storage.database import Database
from tests.conftest import TODAY
from tests.helpers import OTHER_BIN, make_operator, register

pytestmark = pytest.mark.slow

KILLS = 50
SEED = int(os.environ.get("DERBES_KILL_SEED", "20261202"))
MAX_DELAY = 0.4  # seconds a writer runs before it is killed, at most
LINE_TIMEOUT = 60  # seconds to wait for any one line from the writers


class ForkServer:
    """The writer processes, forked on demand; their lines arrive through one queue."""

    def __init__(self, url: str, operators: list[int], stderr_path):
        self._stderr = open(stderr_path, "w+")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.register_many", url, "0", "0", "--fork"]
            + ["--operators", ",".join(map(str, operators))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.child: int | None = None  # the writer running now
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def line(self) -> str:
        try:
            line = self.lines.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"no line from the writers in {LINE_TIMEOUT}s") from None
        if line is None:
            self._stderr.seek(0)
            raise AssertionError(f"the fork server ended:\n{self._stderr.read()}")
        return line

    def run(self, round_: int) -> int:
        self.proc.stdin.write(f"run {round_}\n")
        self.proc.stdin.flush()
        command, pid = self.line().split()
        assert command == "child", command
        self.child = int(pid)
        return self.child

    def close(self) -> str:
        if self.child is not None:  # a round that failed half-way: its writer still runs
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.child, signal.SIGKILL)
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(timeout=30)
        self.proc.stdout.close()
        self._stderr.seek(0)
        errors = self._stderr.read()
        self._stderr.close()
        return errors


def _ack(line: str) -> tuple[str, str]:
    assert line.endswith("\n"), f"a torn line: {line!r}"
    number, sender = line.rstrip("\n").split("\t")
    return number, sender


def _kill_rounds(server: ForkServer, rng: random.Random) -> tuple[list[tuple[str, str]], int]:
    """Run KILLS writers, each killed at a random moment; the acknowledged (number, sender).

    Half the writers (at random) are killed at a random moment after they opened the database,
    which may fall in their first transaction, just after the recovery of the previous kill; the
    others a random moment after their first acknowledged letter, so that at least that many
    kills land in a running stream however slow the machine is. Returns the acknowledged letters
    and how many writers were killed mid-stream."""
    acknowledged: list[tuple[str, str]] = []
    mid_stream = 0
    for round_ in range(KILLS):
        pid = server.run(round_)
        assert (line := server.line()) == "ready\n", f"the writer did not start: {line}"
        if rng.random() < 0.5:
            mid_stream += 1
            acknowledged.append(_ack(server.line()))
        time.sleep(rng.uniform(0, MAX_DELAY))
        os.kill(pid, signal.SIGKILL)
        while not (line := server.line()).startswith(f"dead {pid} "):
            acknowledged.append(_ack(line))
        server.child = None
        assert int(line.split()[2]) == -signal.SIGKILL, f"writer ended early: {line}"
    return acknowledged, mid_stream


def _settings(db: Database) -> tuple[str, str]:
    """(integrity check, durability setting) of a freshly opened connection."""
    with db.session() as s:
        if db.is_sqlite:
            integrity = "; ".join(r[0] for r in s.exec(text("PRAGMA integrity_check")))
            level = s.exec(text("PRAGMA synchronous")).scalar_one()
            mode = s.exec(text("PRAGMA journal_mode")).scalar_one()
            names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
            return integrity, f"journal_mode={mode} synchronous={names.get(level, level)}"
        commit = s.exec(text("SHOW synchronous_commit")).scalar_one()
        return "n/a (PostgreSQL)", f"synchronous_commit={commit}"


def test_sigkill_during_registrations(db, tmp_path, capsys):
    ctx = Context(db, actor="setup", clock=lambda: TODAY)
    first = make_operator(ctx)
    second = make_operator(ctx, code="other", reg_number=OTHER_BIN, request_prefix="ЖД")
    url = db.url.database if db.is_sqlite else db.url.render_as_string(hide_password=False)
    db.dispose()

    rng = random.Random(SEED)
    started = time.monotonic()
    server = ForkServer(url, [first.id, second.id], tmp_path / "writers.err")
    try:
        acknowledged, mid_stream = _kill_rounds(server, rng)
    finally:
        errors = server.close()
    elapsed = time.monotonic() - started

    # Reopen the database as the next start of the program would.
    reopened = Database(url)
    try:
        integrity, setting = _settings(reopened)
        with reopened.session() as s:
            rows = s.exec(
                text("SELECT operator_id, reg_year, reg_seq, reg_number, sender, id FROM request")
            ).all()
            counters = {
                (op, year): last
                for op, year, last in s.exec(
                    text(
                        "SELECT operator_id, year, last FROM number_series WHERE series = 'request'"
                    )
                )
            }
            audited = collections.Counter(
                int(entity_id)
                for (entity_id,) in s.exec(
                    text(
                        "SELECT entity_id FROM audit_entry"
                        " WHERE action = 'request.register' AND entity = 'request'"
                    )
                )
            )
        chain = audit.verify(Context(reopened, actor="check"))

        found = {sender: number for _op, _y, _seq, number, sender, _id in rows}
        lost = [(n, who) for n, who in acknowledged if found.get(who) != n]
        ack_counts = collections.Counter(n for n, _ in acknowledged)
        row_counts = collections.Counter((op, number) for op, _y, _s, number, _w, _i in rows)
        duplicates = sorted(n for n, c in ack_counts.items() if c > 1) + sorted(
            n for (_op, n), c in row_counts.items() if c > 1
        )
        series: dict[tuple[int, int], list[int]] = collections.defaultdict(list)
        for op, year, seq, *_ in rows:
            series[(op, year)].append(seq)
        gaps = {
            key: sorted(set(range(1, max(seqs) + 1)) - set(seqs)) for key, seqs in series.items()
        }
        gaps = {key: missing for key, missing in gaps.items() if missing}
        counter_off = {
            key: (counters.get(key), max(seqs))
            for key, seqs in series.items()
            if counters.get(key) != max(seqs)
        }
        unaudited = [i for *_, i in rows if audited[i] != 1]
        acknowledged_senders = {who for _n, who in acknowledged}
        unacknowledged = sum(who not in acknowledged_senders for *_, who, _i in rows)

        summary = (
            f"durability ({'sqlite' if reopened.is_sqlite else 'postgresql'}, {setting}):"
            f" seed={SEED} kills={KILLS} acknowledged={len(acknowledged)} found={len(rows)}"
            f" committed-unacknowledged={unacknowledged} lost={len(lost)}"
            f" duplicates={len(duplicates)} gaps={sum(map(len, gaps.values()))}"
            f" integrity={integrity} audit={'ok' if chain.ok else 'BROKEN'}"
            f" killed-mid-stream={mid_stream} time={elapsed:.1f}s"
        )
        with capsys.disabled():
            print(f"\n{summary}")

        assert "Traceback" not in errors, errors
        assert lost == [], f"{summary}\nlost: {lost[:10]}"
        assert duplicates == [], f"{summary}\nduplicates: {duplicates[:10]}"
        assert gaps == {}, f"{summary}\ngaps: {gaps}"
        assert counter_off == {}, f"{summary}\ncounter (stored, highest number): {counter_off}"
        assert integrity in ("ok", "n/a (PostgreSQL)"), summary
        assert chain.ok, f"{summary}\n{chain}"
        assert unaudited == [], f"{summary}\nrequests without one audit entry: {unaudited[:10]}"
        # At most one commit per kill can miss its acknowledgement (killed between the two).
        assert 0 <= unacknowledged <= KILLS, summary
        assert len(acknowledged) >= mid_stream > 0, summary
        assert {op for op, _y in series} == {first.id, second.id}, summary

        # The program goes on where the stream stopped: the next number follows the last one.
        after = Context(reopened, actor="after", clock=lambda: TODAY)
        r = register(after, operator_id=first.id)
        assert r.reg_seq == max(series[(first.id, TODAY.year)]) + 1
    finally:
        reopened.dispose()
