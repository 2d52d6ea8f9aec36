"""Starting the window: first start shows the welcome screen, a demo opens the main window."""

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from app.services import demo
from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import upgrade
from app.ui.application import Controller
from app.ui.prefs import LANGUAGE, Prefs


@pytest.fixture
def controller(qapp, tmp_path):
    c = Controller(Prefs(tmp_path / "prefs.ini"))
    yield c
    c._detach()


def _demo_file(path, subjects: int = 10, requests: int = 12) -> str:
    """A demo database file at ``path`` (migrated, then filled), closed again."""
    db = Database(path)
    upgrade(db)
    demo.build(Context(db), subjects=subjects, requests=requests, seed=1)
    db.dispose()
    return str(path)


def test_first_start_shows_the_welcome_screen(controller, tmp_path):
    assert controller.start(str(tmp_path / "new.sqlite3"))
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert controller.window is None
    assert "new.sqlite3" in controller.welcome.ui.databaseLabel.text()


def test_a_database_with_an_operator_opens_the_main_window(controller, tmp_path):
    path = _demo_file(tmp_path / "demo.sqlite3")
    assert controller.start(path)
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


def test_the_last_database_file_is_opened_again_at_start(controller, tmp_path, monkeypatch):
    monkeypatch.delenv("DERBES_DB", raising=False)
    first = tmp_path / "chosen.sqlite3"
    assert controller.start(str(first))
    controller._detach()
    again = Controller(controller.prefs)
    try:
        assert again.start(None)
        assert again.ops.ctx.db.label == str(first.resolve())
    finally:
        again._detach()
    first.unlink()  # gone: the default database of the user data folder instead
    for leftover in tmp_path.glob("chosen.sqlite3-*"):
        leftover.unlink()
    assert controller.last_database() is None


def test_a_language_chosen_in_settings_rebuilds_the_window_in_it(controller, tmp_path, qtbot):
    path = _demo_file(tmp_path / "demo.sqlite3", 5, 5)
    assert controller.start(path)
    old = controller.window
    old.show_screen("settings")
    titles = [old.nav.item(r).text() for r in range(old.nav.count())]
    assert titles[0] == "Dashboard"
    page = old.screens["settings"].general_page
    try:
        page.language_combo.setCurrentIndex(page.language_combo.findData("kk"))
        new = controller.window
        assert new is not old and new.isVisible()
        assert new.nav.item(0).text() == "Бақылау тақтасы"
        assert new.current_screen().key == "settings"  # where the officer was
        assert controller.prefs.get(LANGUAGE) == "kk"
    finally:
        controller.change_language("en")
    assert controller.window.nav.item(0).text() == "Dashboard"


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


@pytest.mark.parametrize("settle", [True, False])
def test_the_started_program_is_settled_out_of_the_periodic_collection(
    qapp, tmp_path, qtbot, settle
):
    """The program's own start (run_gui) moves what it loaded out of the cyclic collector's
    reach once the window has loaded ahead what its first case needs; a test's start does
    not."""
    import gc

    path = _demo_file(tmp_path / "demo.sqlite3")
    gc.unfreeze()
    c = Controller(Prefs(tmp_path / "prefs.ini"), settle_after_start=settle)
    try:
        assert c.start(path)
        qtbot.waitUntil(lambda: c.window._prewarm is not None and c.window._prewarm.finished,
                        timeout=20_000)  # fmt: skip
        qtbot.wait(50)
        assert (gc.get_freeze_count() > 0) is settle
        assert not c.settle_after_start  # once, not for every window
    finally:
        c._detach()
        gc.unfreeze()
