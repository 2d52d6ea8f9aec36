"""What a command-line call loads: nothing heavy it does not use (issue 11, start-up).

Each check runs a fresh interpreter (this test process has long loaded everything) and lists
which of the heavy packages ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import modules_loaded_after

HEAVY = ("alembic", "reportlab", "docx", "openpyxl", "PySide6", "app.services.demo")


def _loaded_after(code: str, env: dict | None = None) -> list[str]:
    return modules_loaded_after(code, HEAVY, env)


def test_deadline_without_a_database_loads_no_database_layer(tmp_path):
    code = (
        "from app.cli import main\n"
        "assert main(['deadline', '--from', '2026-01-05']) == 0\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "DERBES_DB": ""}
    assert _loaded_after(code, env) == []


def test_deadline_loads_no_other_commands_modules(tmp_path):
    # the console script's own entry (`derbes deadline`), as a shell runs it
    code = (
        "from app.cli import main\n"
        "sys.argv = ['derbes', 'deadline', '--from', '2026-11-02', '--days', '15']\n"
        "assert main() == 0\n"
        "others = ('sqlmodel', 'sqlalchemy', 'app.letters', 'app.domain.dispatch',\n"
        "          'app.cli.dispatch', 'app.cli.records', 'app.services.registers',\n"
        "          'app.services.errors', 'holidays.countries')\n"
        "loaded = [m for m in others if m in sys.modules]\n"
        "assert not loaded, loaded"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "DERBES_DB": ""}
    assert _loaded_after(code, env) == []


def test_python_dash_m_app_is_the_command_line(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "DERBES_DB": ""}
    done = subprocess.run(
        [sys.executable, "-m", "app", "deadline", "--from", "2026-11-02", "--days", "15"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "2026-11-23"), done.stderr


def test_help_and_a_typo_still_see_every_command(capsys):
    from app.cli import _MODULES, COMMANDS, main

    with pytest.raises(SystemExit):  # argparse exits after printing the help
        main(["--help"])
    shown = capsys.readouterr().out
    names = [*COMMANDS, *(n for group in _MODULES.values() for n in group)]
    assert all(name in shown for name in names)
    assert main(["--db", "x.db", "dispach", "1"]) == 2
    assert "choose from" in capsys.readouterr().err and "dispatch" in shown


def test_a_command_of_another_module_runs_through_its_parser(capsys):
    from app.cli import main

    # the dispatch parser alone is built, and still checks its choices
    assert main(["dispatch", "1", "--method", "pigeon", "--date", "2026-01-05"]) == 2
    assert "invalid choice: 'pigeon'" in capsys.readouterr().err


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    from app.storage.database import Database
    from app.storage.schema import upgrade

    path = tmp_path / "current.sqlite3"
    db = Database(path)
    upgrade(db)
    db.dispose()
    code = (
        "from app.storage.database import Database\n"
        "from app.storage.schema import ensure_current\n"
        f"db = Database({str(path)!r})\n"
        "assert not ensure_current(db).created\n"
        "db.dispose()"
    )
    assert _loaded_after(code) == []


def test_kazakhstan_calendar_is_the_packages_own():
    # loaded from its module file to skip the package's every-country import: same days
    import datetime as dt

    import holidays

    from app.domain.calendar import _package_calendar

    ours = _package_calendar(2026, "kk")
    theirs = holidays.KZ(years=2026, language="kk")
    assert dict(ours) == dict(theirs)
    assert ours.special_public_holidays == theirs.special_public_holidays
    days = [dt.date(2026, 1, 1) + dt.timedelta(n) for n in range(365)]
    assert [ours.is_working_day(d) for d in days] == [theirs.is_working_day(d) for d in days]


# What the window loads to show its dashboard: not the other screens, the case window, the
# letter dialogs and their libraries, the demo, Alembic or the keyring (issue 11, start-up).
WINDOW_HEAVY = (
    "alembic",
    "reportlab",
    "docx",
    "openpyxl",
    "jinja2",
    "keyring",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "app.services.demo",
    "app.services.letters",
    "app.ui.case_view",
    "app.ui.letters.prepare_dialog",
    "app.ui.screens.requests",
    "app.ui.screens.subjects",
    "app.ui.screens.outgoing",
    "app.ui.screens.reports",
    "app.ui.screens.settings",
    "app.ui.settings.templates_page",
)

_UNTIL_DASHBOARD = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.application import Controller
from app.ui.prefs import Prefs
from pathlib import Path
controller = Controller(Prefs(Path({prefs!r})))
prewarm = {prewarm!r}
if not prewarm:  # what the window loads up to its first paint, before loading ahead
    controller.after_first_paint = lambda: None
assert controller.start({db!r})
window = controller.window
dash = window.screens["dashboard"]
deadline = time.monotonic() + 60
def ready():
    if dash.board is None or not controller.ops.idle:
        return False
    return not prewarm or (window._prewarm is not None and window._prewarm.finished)
while not ready():
    assert time.monotonic() < deadline, "the dashboard never loaded"
    app.processEvents()
    time.sleep(0.01)
assert window.current_screen() is dash
built = [s.key for s in window.screens.built()]
assert built == ["dashboard"], built
"""


def _window_database(tmp_path) -> str:
    from app.services.context import Context
    from app.storage.database import Database
    from app.storage.schema import upgrade
    from tests.helpers import make_operator

    path = tmp_path / "desk.sqlite3"
    db = Database(path)
    upgrade(db)
    make_operator(Context(db, actor="test"))
    db.dispose()
    return str(path)


def _window_env(tmp_path) -> dict:
    return {
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "DERBES_DB": "",
    }


def _loaded_by_window(tmp_path, prewarm: bool) -> list[str]:
    code = _UNTIL_DASHBOARD.format(
        prefs=str(tmp_path / "prefs.ini"), db=_window_database(tmp_path), prewarm=prewarm
    )
    probe = (
        f"{code}\nloaded = [m for m in {WINDOW_HEAVY!r} if m in sys.modules]\n"
        "controller._detach()\nprint(json.dumps(loaded))"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import json\n{probe}"],
        capture_output=True,
        text=True,
        env={**os.environ, **_window_env(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_shows_its_dashboard_without_the_heavy_modules(tmp_path):
    assert _loaded_by_window(tmp_path, prewarm=False) == []


def test_after_the_first_paint_the_letters_are_loaded_ahead(tmp_path):
    loaded = _loaded_by_window(tmp_path, prewarm=True)
    # what the first case and Prepare-letter dialog need; the other screens still wait
    needed = {"reportlab", "jinja2", "app.services.letters", "app.ui.case_view"}
    assert needed | {"app.ui.letters.prepare_dialog"} <= set(loaded)
    assert not {"app.ui.screens.settings", "app.services.demo", "openpyxl"} & set(loaded)


def test_a_sqlite_backup_is_made_and_checked_without_alembic(tmp_path):
    # the window's daily backup runs beside the officer's work: Alembic (10 MB) is for loading
    # a zip's rows, not for checking a SQLite copy's revision
    from app.storage.database import Database
    from app.storage.schema import ensure_current

    db = Database(tmp_path / "desk.sqlite3")
    ensure_current(db)
    db.dispose()
    code = (
        "from pathlib import Path\n"
        "from app.storage.backup import backup_checked\n"
        "from app.storage.database import Database\n"
        f"db = Database(Path({str(tmp_path / 'desk.sqlite3')!r}))\n"
        f"check = backup_checked(db, Path({str(tmp_path / 'copy.sqlite3')!r}), step=lambda d, t: None)\n"
        "assert check.kind == 'sqlite' and check.revision, check"
    )
    assert _loaded_after(code) == []
    assert (tmp_path / "copy.sqlite3").exists()
