"""What the window's start loads before Qt, and what opening a database leaves unloaded
(issue 11, start-up): PySide6's import hook reads the source of every module imported after
it, so what the first paint needs is imported first; what it does not need is not imported.

Each check runs a fresh interpreter (this test process has long loaded everything)."""

from __future__ import annotations

from app.services.startup import named_target
from tests.helpers import modules_loaded_after


def _modules_after(code: str, names: tuple[str, ...], env: dict | None = None) -> list[str]:
    return modules_loaded_after(code, names, {"DERBES_DB": "", **(env or {})})


def test_the_database_the_window_is_told_to_open():
    assert named_target(["--db", "/x/y.sqlite3"]) == "/x/y.sqlite3"
    assert named_target(["--db=postgresql://a@b/c"]) == "postgresql://a@b/c"
    assert named_target(["--json", "--db", "z"]) == "z"
    assert named_target([]) is None
    assert named_target(["--db"]) is None


def test_a_server_named_at_start_has_its_driver_loaded_before_qt():
    code = (
        "sys.argv = ['derbes', '--db', 'postgresql://someone@localhost/nothing']\n"
        "from app.services.startup import load_database_layer\n"
        "load_database_layer()"
    )
    assert _modules_after(code, ("psycopg", "PySide6")) == ["psycopg"]


def test_a_server_in_derbes_db_has_its_driver_loaded_too():
    code = "from app.services.startup import load_database_layer\nload_database_layer()"
    env = {"DERBES_DB": "postgresql://someone@localhost/nothing"}
    assert _modules_after(code, ("psycopg",), env) == ["psycopg"]


def test_a_database_file_loads_no_server_driver(tmp_path):
    code = (
        f"sys.argv = ['derbes', '--db', {str(tmp_path / 'a.sqlite3')!r}]\n"
        "from app.services.startup import load_database_layer\n"
        "load_database_layer()"
    )
    assert _modules_after(code, ("psycopg", "PySide6")) == []


def test_opening_a_current_database_loads_no_backups_module(tmp_path):
    from app.storage.database import Database
    from app.storage.schema import upgrade

    path = tmp_path / "current.sqlite3"
    db = Database(path)
    upgrade(db)
    db.dispose()
    code = (
        "from app.services.startup import open_database\n"
        f"ctx, state = open_database({str(path)!r})\n"
        "assert not state.created and not state.upgraded_from\n"
        "ctx.db.dispose()"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    heavy = ("app.services.backups", "app.storage.backup", "app.services.audit")
    assert _modules_after(code, heavy, env) == []


def test_the_holiday_calendar_is_loaded_before_qt_and_collection_is_off(tmp_path):
    # The dashboard's first count of working days needs the holidays package: loaded before
    # Qt's import hook is installed; automatic garbage collection is off from there (the
    # window collects on its GUI thread).
    code = (
        f"sys.argv = ['derbes', '--db', {str(tmp_path / 'a.sqlite3')!r}]\n"
        "from app.services.startup import load_database_layer\n"
        "load_database_layer()\n"
        "import gc\n"
        "from app.domain import calendar\n"
        "if calendar._kazakhstan.cache_info().currsize: sys.modules['kz-loaded'] = gc\n"
        "if not gc.isenabled(): sys.modules['gc-off'] = gc"
    )
    names = ("holidays", "kz-loaded", "gc-off", "PySide6")
    assert _modules_after(code, names) == ["holidays", "kz-loaded", "gc-off"]
