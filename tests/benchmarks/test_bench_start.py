"""Whole processes, timed from outside: the window's start to its painted dashboard (beside a
bare PySide6 window), a command-line call (beside a bare Python start), and the window's peak
memory with the register open, on the big database (SQLite and PostgreSQL)."""

from __future__ import annotations

import compileall

import pytest

from tests.benchmarks import harness
from tests.benchmarks.harness import DERBES, POSTGRES, PYTHON, SQLITE, paired, run_process


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The program's modules byte-compiled, as an installed Derbes has them: under
    ``PYTHONDONTWRITEBYTECODE`` every start would otherwise compile its own sources again (a
    quarter of a second on this code), which no user's start does."""
    compileall.compile_dir(harness.ROOT / "app", quiet=1)


def window_peak_mb(run) -> float:
    """The window's own peak resident memory, as ``app.ui.first_paint`` prints it at its end
    (``VmHWM``); the kernel's figure for a child is useless here, see that module."""
    line = next(x for x in run.output.splitlines() if x.startswith("peak-mb "))
    return float(line.split()[1])


@pytest.fixture(scope="module")
def gui_env(tmp_path_factory):
    """An isolated home (preferences, data folder, log, daily backup) for the window, one for
    the module: the day's first start of a database makes its daily backup (minutes on a
    million subjects: the warm-up run pays it once, not each test)."""
    home = tmp_path_factory.mktemp("gui-home")
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


@pytest.fixture(params=[SQLITE, POSTGRES])
def big_db(request):
    if request.param == SQLITE:
        return SQLITE, request.getfixturevalue("big_sqlite")
    return POSTGRES, request.getfixturevalue("big_pg")


def test_start_to_painted_dashboard(big_db, gui_env):
    backend, db = big_db

    def derbes():
        argv = [PYTHON, "-m", "app.ui.first_paint", "--db", db]
        return run_process(argv, gui_env, marker="first-paint")

    def bare():
        argv = [PYTHON, "-m", "tests.benchmarks.probes", "bare-window"]
        return run_process(argv, gui_env, marker="painted")

    # eleven pairs: a start spreads by a fifth from run to run on this machine, and a median
    # of five moved by as much between two sessions of the same code
    runs, anchors = paired(derbes, bare, runs=11)
    harness.record(
        "start", backend, [r.seconds for r in runs], [a.seconds for a in anchors],
        note="`python -m app.ui.first_paint --db DB` (the `derbes` start, quitting at the first "
        "paint of the dashboard with its counts); timed from the process start to that paint; "
        "one uncounted warm-up run: the day's first start of the database closes the sent "
        "requests that waited too long (the daily backup begins only once the window has "
        "loaded what a case needs, after this figure's paint)",
    )  # fmt: skip


def test_command_line_call(big_db, gui_env):
    backend, db = big_db

    def derbes():
        return run_process([DERBES, "--db", db, "deadline", "--from", "2026-11-20"], gui_env)

    def bare():
        return run_process([PYTHON, "-c", "pass"], gui_env)

    runs, anchors = paired(derbes, bare)
    assert runs[0].output.strip().startswith("20")  # a due date
    harness.record(
        "cli", backend, [r.seconds for r in runs], [a.seconds for a in anchors],
        note="`derbes --db DB deadline --from 2026-11-20`, the whole process",
    )  # fmt: skip


def test_window_memory(big_db, gui_env):
    backend, db = big_db
    env = {**gui_env, "DERBES_FIRST_PAINT_SCREEN": "requests"}
    argv = [PYTHON, "-m", "app.ui.first_paint", "--db", db]
    # The warm-up: the day's first start, which makes the daily backup aside the worker once
    # the window has started (minutes on this database); it waits until the backup is done.
    first = run_process(
        argv, {**env, "DERBES_FIRST_PAINT_UNTIL_IDLE": "1"}, marker="idle", timeout=3600
    )
    runs = [run_process(argv, env, marker="register-paint") for _ in range(3)]
    harness.record(
        "memory", backend, [r.seconds for r in runs], peak_mb=[window_peak_mb(r) for r in runs],
        note="the window started, the dashboard painted, then the Requests screen shown with "
        "its first rows painted, then closed (its worker finished); the process's own peak "
        "resident memory (VmHWM: a child's ru_maxrss inherits the benchmark's own high-water "
        "mark through vfork+exec, which read 2 GB for any window); the warm-up run "
        f"(the day's first start, its register shown, then its daily backup made aside the "
        f"worker, copied and checked, done {first.seconds:.0f} s after the start) peaked at "
        f"{window_peak_mb(first):.0f} MB",
    )  # fmt: skip
