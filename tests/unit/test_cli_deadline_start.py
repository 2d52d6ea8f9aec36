"""What `derbes deadline` loads (issue 11, a command-line call): no importlib.metadata for the
``holidays`` package's version (read from its METADATA instead, the same value), and no log
set-up while it only reads (logging's handlers and the platform's folders), which it still does
when it fails with a bug or opens the database the ordinary way."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys

from app.domain import calendar
from app.storage.database import Database
from app.storage.schema import upgrade


def _run(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "DERBES_DB": "",
    }
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_the_holidays_version_is_the_distributions():
    assert calendar._holidays_version() == importlib.metadata.version("holidays")


def test_a_deadline_loads_no_metadata_and_no_logging(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = Database(path)
    upgrade(db)
    db.dispose()
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['--db', {str(path)!r}, 'deadline', '--from', '2026-11-20', '--days', '1'])"
        " == 0\n"
        "loaded = [m for m in ('importlib.metadata', 'logging', 'platformdirs',\n"
        "          'app.services.logs') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "import holidays, importlib.metadata\n"
        "assert holidays.__version__ == importlib.metadata.version('holidays')\n"
        "assert holidays.KZ(years=2026)\n"  # the whole package still works
    )
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-11-23"
    assert not (tmp_path / "state").exists()  # no log folder made by a call that only reads


def test_a_version_module_that_is_not_the_packages_own_is_imported(tmp_path, monkeypatch):
    real = calendar.Path.read_text

    def changed(path, *args, **kwargs):
        text = real(path, *args, **kwargs)
        return text + "\nextra = 1\n" if path.name == "version.py" else text

    monkeypatch.setattr(calendar.Path, "read_text", changed)
    assert calendar._holidays_version() is None  # the package's own module is then imported


def test_a_bug_in_a_deadline_is_still_logged(tmp_path):
    code = (
        "import app.domain.deadlines as d\n"
        "def broken(*a, **k):\n"
        "    raise RuntimeError('a bug')\n"
        "d.compute_deadline = broken\n"
        "from app.cli import main\n"
        "try:\n"
        "    main(['deadline', '--from', '2026-11-20'])\n"
        "except RuntimeError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('the bug was swallowed')\n"
        "from app.services import logs\n"
        "print(logs.log_file().read_text())\n"
    )
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "unexpected RuntimeError in derbes deadline --from: a bug" in done.stdout
