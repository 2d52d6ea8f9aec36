"""What `make bench` measures and how it writes `tests/benchmarks/results.md`.

Every figure of issue 11's table is a :class:`Row` here, in the table's order, with its target
and its anchor (a yardstick measured in the same run, so that a slow machine shows as a slow
anchor, not as a slow Derbes). The benchmark modules time a figure several times and
:func:`record` its samples; the session writes the table at its end (conftest), the median of
each figure beside the median of its anchor and their ratio. A figure that was not measured
says why. Nothing here judges: the table shows the target and whether the median is within it.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(os.environ.get("DERBES_BENCH_RESULTS") or Path(__file__).with_name("results.md"))
PYTHON = sys.executable
DERBES = str(Path(PYTHON).with_name("derbes"))
RUNS = int(os.environ.get("DERBES_BENCH_RUNS", "5"))
SCALE = float(os.environ.get("DERBES_BENCH_SCALE", "1"))  # < 1: a quick trial of the harness
SQLITE, POSTGRES, NONE = "SQLite", "PostgreSQL", "—"


@dataclass(frozen=True)
class Row:
    key: str
    figure: str
    target: float | None  # seconds (None: no target)
    anchor: str = ""
    memory_target_mb: float | None = None


# The table, one row per figure (a figure with two targets is two rows).
ROWS = (
    Row("start", "start to the main window painted with the dashboard", 0.8,
        "a bare PySide6 window painted"),
    Row("cli", "a command-line call (`derbes deadline --from …`)", 0.25,
        "a bare Python start (`python -c pass`)"),
    Row("register_first", "register: first rows shown (every request)", 0.100),
    Row("register_filter", "register: a filter change (type = claim, first rows)", 0.030),
    Row("search_iin", "search by IIN", 0.002, "an indexed lookup on the same database (subject by IIN)"),
    Row("search_kk", "search by a name prefix, Kazakh («Қасым»)", 0.010,
        "an indexed lookup on the same database (key prefix range)"),
    Row("search_ru", "search by a name prefix, Russian («Касым»)", 0.010,
        "an indexed lookup on the same database (key prefix range)"),
    Row("search_lat", "search by a name prefix, Latin («Kasym»)", 0.010,
        "an indexed lookup on the same database (key prefix range)"),
    Row("search_letter", "search by a word of the letters' text («Temirtau», ~5% of the scans)",
        0.010, "an indexed lookup on the same database (200 subject ids by a surname-key range)"),
    Row("search_letter_one", "search by a word of one letter's text only («Shalkar»)",
        0.010, "an indexed lookup on the same database (200 subject ids by a surname-key range)"),
    Row("dashboard", "dashboard counts (every tile)", 0.050),
    Row("letter_dialog", "first Prepare-letter dialog shown with its preview", 0.5),
    Row("pdf", "PDF per letter", 0.010, "a minimal reportlab letter"),
    Row("docx", "DOCX per letter", 0.020, "LibreOffice `--convert-to pdf` per letter in a batch"),
    Row("soffice_cold", "(anchor) LibreOffice `--convert-to pdf`, one letter, cold", None),
    Row("batch500", "500 letters to PDF in a batch, with progress", 10.0),
    Row("import", "import 1 000 000 subjects from CSV", 30.0,
        "SQLite `executemany` of the same rows"),
    Row("demo", "demo of 20 000 subjects and requests", 20.0),
    Row("memory", "peak memory of the window on this database (register shown)", None,
        memory_target_mb=300),
    Row("ocr_page", "recognition of a scanned letter, per page (kaz+rus+eng)", 3.0),
)  # fmt: skip
ROW = {r.key: r for r in ROWS}


@dataclass
class Measured:
    key: str
    backend: str
    samples: list[float]
    anchor: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    note: str = ""
    anchor_label: str = ""  # the anchor as measured here, when not the row's (another database)


@dataclass(frozen=True)
class Share:
    """An accuracy figure: how many of the cases were exactly right (or, with ``most``, how
    many went wrong: at most ``most`` may)."""

    key: str
    figure: str
    least: float | None = None  # the share of cases right, at least
    most: int | None = None  # the number of cases wrong, at most


# Issue 13's accuracy targets on typed letters, one row per field.
SHARES = (
    Share("ocr_iin", "IIN proposed exactly", least=0.98),
    Share("ocr_wrong_iin", "a wrong IIN proposed (a number that is not the letter's)", most=0),
    Share("ocr_type", "type of request", least=0.90),
    Share("ocr_language", "language (kk or ru)", least=0.99),
    Share("ocr_name", "sender's name (surname, given name, patronymic)", least=0.90),
    Share("ocr_date", "letter's date"),
    Share("ocr_signature", "signature line present"),
)
SHARE = {s.key: s for s in SHARES}


@dataclass
class Counted:
    key: str
    count: int  # right (``least``) or wrong (``most``)
    total: int
    note: str = ""


MEASURED: list[Measured] = []
COUNTED: list[Counted] = []
SKIPPED: dict[tuple[str, str], str] = {}  # (key, backend) -> why it was not measured
MACHINE: dict[str, str] = {}
DATASET: dict[str, str] = {}


def record(
    key: str,
    backend: str,
    samples: Sequence[float],
    anchor: Sequence[float] = (),
    peak_mb: Sequence[float] = (),
    note: str = "",
    anchor_label: str = "",
) -> Measured:
    assert key in ROW, key
    found = Measured(key, backend, list(samples), list(anchor), list(peak_mb), note, anchor_label)
    MEASURED.append(found)
    median = statistics.median(found.samples)
    print(f"  {ROW[key].figure} [{backend}]: {_seconds(median)}", flush=True)
    write()  # after each figure: an interrupted run keeps what it measured
    return found


def record_count(key: str, count: int, total: int, note: str = "") -> Counted:
    """An accuracy figure of :data:`SHARES`: ``count`` of ``total`` cases right (or wrong)."""
    assert key in SHARE, key
    found = Counted(key, count, total, note)
    COUNTED.append(found)
    print(f"  {SHARE[key].figure}: {count} of {total}", flush=True)
    write()
    return found


def not_measured(key: str, backend: str, why: str) -> None:
    SKIPPED[(key, backend)] = why
    print(f"  {ROW[key].figure} [{backend}]: not measured ({why})", flush=True)
    write()


def samples(fn: Callable[[], object], runs: int = RUNS, warmup: int = 1) -> list[float]:
    """Seconds per call of ``fn``, ``runs`` times after ``warmup`` uncounted calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


@dataclass(frozen=True)
class Run:
    seconds: float  # to the marker line, or to the exit
    peak_mb: float  # the child's own peak resident memory
    output: str
    status: int


def run_process(
    argv: Sequence[str], env: dict | None = None, marker: str | None = None, timeout: float = 600
) -> Run:
    """Start ``argv`` and time it from the start to the first output line beginning with
    ``marker`` (or to its exit); its peak memory is the kernel's accounting of that child."""
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=full_env,
        cwd=ROOT,
        text=True,
    )
    seconds = None
    lines = []
    assert proc.stdout is not None
    # A process that never ends (a window waiting for rows that never come) is killed after
    # ``timeout`` seconds, and the figure fails, rather than the benchmark waiting forever.
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    try:
        for line in proc.stdout:
            lines.append(line)
            if marker and seconds is None and line.startswith(marker):
                seconds = time.perf_counter() - start
    finally:
        killer.cancel()
    proc.stdout.close()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if seconds is None:
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    output = "".join(lines)
    if proc.returncode != 0 or (marker and marker not in output):
        raise RuntimeError(f"{argv} failed ({proc.returncode}):\n{output[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, output, proc.returncode)


def paired(a: Callable[[], Run], b: Callable[[], Run], runs: int = RUNS):
    """A and B in turn (A B A B …, after one warm-up of each), so that a drift of the
    machine's speed touches both: (A's runs, B's runs)."""
    a(), b()
    first, second = [], []
    for _ in range(runs):
        first.append(a())
        second.append(b())
    return first, second


# -- the machine ------------------------------------------------------------------------------


def describe_machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "usable cores": str(len(os.sched_getaffinity(0))),
        "memory": f"{memory:.0f} GiB",
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


# -- the table --------------------------------------------------------------------------------


def _seconds(value: float) -> str:
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def _target(row: Row) -> str:
    parts = []
    if row.target is not None:
        parts.append(f"≤ {_seconds(row.target)}")
    if row.memory_target_mb is not None:
        parts.append(f"≤ {row.memory_target_mb:.0f} MB")
    return "; ".join(parts) or "—"


def _line(row: Row, m: Measured) -> str:
    median = statistics.median(m.samples)
    value = _seconds(median)
    within = []
    if row.target is not None:
        within.append(median <= row.target)
    peak = ""
    if m.peak_mb:
        top = statistics.median(m.peak_mb)
        peak = f"{top:.0f} MB"
        if row.memory_target_mb is not None:
            within.append(top <= row.memory_target_mb)
            if row.target is None:
                value = "—"
    verdict = "—" if not within else ("yes" if all(within) else "**no**")
    anchor = ratio = "—"
    if m.anchor:
        a = statistics.median(m.anchor)
        anchor = f"{m.anchor_label or row.anchor}: {_seconds(a)}"
        ratio = f"{median / a:.1f}×" if a > 0 else "—"
    spread = f"{_seconds(min(m.samples))}–{_seconds(max(m.samples))}"
    cells = (row.figure, m.backend, value, str(len(m.samples)), spread, peak or "—",
             _target(row), verdict, anchor, ratio)  # fmt: skip
    return "| " + " | ".join(cells) + " |"


def _count_line(share: Share, c: Counted) -> str:
    ratio = c.count / c.total if c.total else 0.0
    if share.least is not None:
        target, within = f"≥ {share.least:.0%}", ratio >= share.least
        counted = f"{c.count} right"
    elif share.most is not None:
        target, within = f"≤ {share.most}", c.count <= share.most
        counted = f"{c.count} wrong"
    else:
        target, within, counted = "—", None, f"{c.count} right"
    verdict = "—" if within is None else ("yes" if within else "**no**")
    cells = (share.figure, str(c.total), counted, f"{ratio:.1%}", target, verdict)
    return "| " + " | ".join(cells) + " |"


KEPT = "†"


def _earlier(path: Path) -> tuple[str, dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """What an earlier results file holds: when it was written, its figure lines and its notes,
    each by (figure, database); lines it had kept itself are left out (kept only once)."""
    try:
        text = path.read_text()
    except OSError:
        return "", {}, {}
    found = re.search(r"Written by `make bench` on ([^.]*?) UTC", text)
    when = found.group(1) if found else "an earlier run"
    lines, notes = {}, {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 10 and cells[1] and KEPT not in cells[0]:
            lines[(cells[0], cells[1])] = line
        note = re.match(r"- (.+) \[(.+?)\]: ", line)
        if note:
            notes[(note.group(1), note.group(2))] = line
    return when, lines, notes


def _earlier_section(path: Path, heading: str) -> list[str]:
    """The lines of an earlier results file's section ``heading`` (up to the next one)."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return []
    if heading not in lines:
        return []
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


_EARLIER: dict[Path, tuple] = {}  # each results file as it was before this run first wrote it


def write(path: Path = RESULTS, keep: bool | None = None) -> None:
    """The table of this run's figures (written after each figure, so an interrupted run keeps
    what it measured). With ``keep`` (default: ``DERBES_BENCH_KEEP`` set, a run of some figures
    only) a figure this run did not measure keeps its line from the file as it was before the
    run, marked †, with the date of the run that measured it."""
    if keep is None:
        keep = bool(os.environ.get("DERBES_BENCH_KEEP"))
    if keep and path not in _EARLIER:
        _EARLIER[path] = (*_earlier(path), _earlier_section(path, "## Recognition accuracy"))
    when, earlier, earlier_notes, accuracy = _EARLIER[path] if keep else ("", {}, {}, [])
    machine = {**MACHINE, "load average at end": " ".join(f"{x:.2f}" for x in os.getloadavg())}
    out = [
        "# Derbes benchmark results",
        "",
        f"Written by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. "
        "Each figure is the median of its runs (the spread is the fastest and the slowest); the "
        "anchor beside it is measured in the same run, so the ratio says how far from its "
        "yardstick a figure is, whatever the machine's speed. Nothing in the test suite asserts "
        "a time: this table is the evidence."
        + (
            f" A figure marked {KEPT} was not measured in this run: its line is the one of the "
            f"run written on {when} UTC (on the same machine)."
            if earlier
            else ""
        ),
        "",
        "## Machine",
        "",
        *(f"- {k}: {v}" for k, v in machine.items()),
        "",
        "## Database",
        "",
        *(f"- {k}: {v}" for k, v in DATASET.items()),
        "",
        "## Figures",
        "",
        "| figure | database | median | runs | spread | peak memory | target | within | "
        "anchor (median) | ratio |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    kept_notes = []
    for row in ROWS:
        found = [m for m in MEASURED if m.key == row.key]
        for m in found:
            out.append(_line(row, m))
        told = {m.backend for m in found}
        for (key, backend), why in SKIPPED.items():
            if key == row.key and backend not in told:
                told.add(backend)
                out.append(
                    f"| {row.figure} | {backend} | {why} |  |  |  | {_target(row)} |  |  |  |"
                )
        for (figure, backend), line in earlier.items():
            if figure == row.figure and backend not in told:
                told.add(backend)
                out.append(line.replace(f"| {figure} |", f"| {figure} {KEPT} |", 1))
                if (figure, backend) in earlier_notes:
                    kept_notes.append(earlier_notes[(figure, backend)])
        if not told:
            out.append(
                f"| {row.figure} |  | not measured in this run |  |  |  | {_target(row)} |  |  |  |"
            )
    if accuracy and not COUNTED:
        out += ["", accuracy[0] + f" {KEPT}", *accuracy[1:]]
    if COUNTED:
        out += [
            "",
            "## Recognition accuracy",
            "",
            "| field | letters | counted | share | target | within |",
            "|---|---|---|---|---|---|",
        ]
        for share in SHARES:
            for c in (c for c in COUNTED if c.key == share.key):
                out.append(_count_line(share, c))
    notes = [f"- {ROW[m.key].figure} [{m.backend}]: {m.note}" for m in MEASURED if m.note]
    notes += [f"- {SHARE[c.key].figure}: {c.note}" for c in COUNTED if c.note]
    notes += [n.replace("]: ", f"] {KEPT}: ", 1) for n in kept_notes]
    if notes:
        out += ["", "## Notes", "", *notes]
    out.append("")
    path.write_text("\n".join(out))
