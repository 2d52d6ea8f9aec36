"""Starting the window: first start shows the welcome screen, a demo opens the main window."""

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from app.services import demo
from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import upgrade
from app.ui.application import Controller
from app.ui.prefs import Prefs


@pytest.fixture
def controller(qapp, tmp_path):
    c = Controller(Prefs(tmp_path / "prefs.ini"))
    yield c
    c._detach()


def test_first_start_shows_the_welcome_screen(controller, tmp_path):
    assert controller.start(str(tmp_path / "new.sqlite3"))
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert controller.window is None
    assert "new.sqlite3" in controller.welcome.ui.databaseLabel.text()


def test_a_database_with_an_operator_opens_the_main_window(controller, tmp_path):
    path = tmp_path / "demo.sqlite3"
    db = Database(path)
    upgrade(db)
    demo.build(Context(db), subjects=10, requests=12, seed=1)
    db.dispose()
    assert controller.start(str(path))
    assert controller.window is not None and controller.window.isVisible()
    assert "demo.sqlite3" in controller.window.db_label.text()


def test_a_newer_database_is_refused_with_a_message(controller, tmp_path, monkeypatch):
    path = tmp_path / "newer.sqlite3"
    db = Database(path)
    upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    db.dispose()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(controller, "choose_database", lambda: False)
    assert controller.start(str(path)) is False
    assert shown and "newer version of Derbes" in shown[0]
    assert controller.window is None and controller.welcome is None


def test_start_up_closes_the_requests_whose_notice_waited_too_long(controller, tmp_path, qtbot):
    """Close-after-wait runs once when the window opens, on the worker (not the GUI thread)."""
    import datetime as dt

    from app.services import dispatch, requests
    from tests.helpers import make_operator
    from tests.unit.test_dispatch import answered, s10

    path = tmp_path / "waited.sqlite3"
    db = Database(path)
    upgrade(db)
    sent = dt.date(2026, 11, 2)  # the window runs on the real date: more than 30 days later
    old = Context(db, clock=lambda: sent)
    make_operator(old, signatory_position_kk="Д", signatory_position_ru="Д", signatory_name="Д")
    r, letter = answered(old)
    item = dispatch.Item(letter.id, s10("90000001"))
    dispatch.dispatch(old, dispatch.Dispatch("registered", old.today(), [item]))
    assert requests.get(old, r.id).status == "sent"
    db.dispose()
    assert controller.start(str(path))
    ctx = controller.ops.ctx
    qtbot.waitUntil(lambda: requests.get(ctx, r.id).status == "closed", timeout=10_000)
