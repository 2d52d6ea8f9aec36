"""`derbes --json dashboard`: every tile's count, the same as the window's dashboard."""

import json
import shutil

from app.services import register
from app.services.context import Context
from app.storage.database import Database
from tests import dashboard_cases as cases
from tests.conftest import TODAY
from tests.integration.test_cli import run


def test_json_dashboard_prints_every_tile(sqlite_template, tmp_path):
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    cases.build(Context(db, actor="tester", clock=lambda: TODAY))
    board = register.dashboard(Context(db, actor="tester"))  # today's, as the command sees it
    db.dispose()

    result = run("--db", str(path), "--json", "dashboard")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(register.TILE_NAMES) <= set(data)
    assert {k: v for k, v in data.items() if k != "today"} == board.counts()
    assert data["today"] == board.today.isoformat()
    assert (data["answers_to_print"], data["letters_to_post"], data["awaiting_delivery"]) == (
        1,
        2,
        1,
    )
    plain = run("--db", str(path), "dashboard")
    assert "letters to post: 2" in plain.stdout.splitlines()
