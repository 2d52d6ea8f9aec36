"""Settings › Database: choose a file or a server, test the connection, save without the password
in any file; at start the password comes from the keyring or is asked for."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from app.services import credentials, demo
from app.services.context import Context
from app.storage.database import Database
from app.ui.application import Controller
from app.ui.prefs import DATABASE_URL, Prefs
from app.ui.screens.settings import SettingsScreen
from app.ui.settings.database_page import DatabasePage
from tests.keyrings import MemoryKeyring


@pytest.fixture
def memory():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def page(shell_factory, wait_idle) -> DatabasePage:
    window = shell_factory([SettingsScreen])
    wait_idle()
    screen = window.screens["settings"]
    screen.show_page(screen.database_page)
    screen.database_page.refresh()
    return screen.database_page


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_server(page: DatabasePage, url, password: str) -> None:
    click_radio = page.postgres_radio
    click_radio.setChecked(True)
    page.host_edit.setText(url.host)
    page.port_edit.setText(str(url.port or 5432))
    page.database_edit.setText(url.database)
    page.user_edit.setText(url.username)
    page.password_edit.setText(password)


def test_the_page_shows_the_open_database_and_who_acts(page, sqlite_ctx):
    assert sqlite_ctx.db.label in page.current_label.text()
    assert "tester" in page.current_label.text()
    assert page.sqlite_radio.isChecked() and page.path_edit.text() == sqlite_ctx.db.label
    assert page.file_group.isVisibleTo(page) and not page.server_group.isVisibleTo(page)


def test_a_server_is_tested_on_the_worker_and_saved_without_its_password(
    qtbot, page, pg_server, memory, prefs, wait_idle
):
    full = pg_server.fresh_url()
    try:
        fill_server(page, full, full.password)
        assert page.remember_check.isChecked() and page.remember_check.isEnabled()
        click(qtbot, page.test_button)
        qtbot.waitUntil(lambda: "Connected" in page.message_label.text(), timeout=20_000)
        assert f"as {full.username}" in page.message_label.text()
        click(qtbot, page.save_button)
        stored = prefs.get(DATABASE_URL)
        assert stored.startswith("postgresql") and full.database in stored
        assert credentials.parse_stored(stored).password is None
        assert f":{full.password}@" not in stored
        prefs.sync()
        ini = Path(prefs.qsettings.fileName()).read_text(encoding="utf-8")
        assert "postgresql" in ini and f":{full.password}@" not in ini
        assert list(memory.passwords.values()) == [full.password]
        assert page.password_edit.text() == ""
        assert page.reopen_button.isVisible()
        assert "keyring" in page.message_label.text()
    finally:
        pg_server.drop(full)


def test_without_a_keyring_the_page_says_the_password_is_asked_each_time(
    qtbot, no_keyring, page, prefs
):
    page.refresh()
    assert not page.remember_check.isEnabled()
    assert "no system keyring" in page.keyring_label.text()
    page.postgres_radio.setChecked(True)
    page.host_edit.setText("db.desk.local")
    page.user_edit.setText("aida")
    page.password_edit.setText("s3cret")
    click(qtbot, page.save_button)
    assert "asks for it at each start" in page.message_label.text()
    assert "s3cret" not in prefs.get(DATABASE_URL)


def test_a_wrong_port_is_shown_at_its_field_and_nothing_is_saved(qtbot, page, prefs):
    page.postgres_radio.setChecked(True)
    page.host_edit.setText("db.desk.local")
    page.user_edit.setText("aida")
    page.port_edit.setText("54x2")
    click(qtbot, page.save_button)
    assert page.errors["port"].isVisible()
    assert "x" in page.errors["port"].text()
    assert prefs.get(DATABASE_URL) == ""


def test_a_failed_test_connection_says_why(qtbot, page, no_keyring, pg_server, wait_idle):
    url = pg_server.admin_url
    fill_server(page, url, "not-the-password")
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: "Cannot connect" in page.message_label.text(), timeout=20_000)
    assert "not-the-password" not in page.message_label.text()


def test_at_start_the_password_is_asked_when_none_is_kept(
    qapp, tmp_path, pg_server, no_keyring, monkeypatch
):
    full = pg_server.fresh_url()
    db = Database(full)
    demo.build(Context(db), subjects=5, requests=5, seed=1)
    db.dispose()
    prefs = Prefs(tmp_path / "prefs.ini")
    prefs.set(DATABASE_URL, credentials.stored_text(full))
    asked = []

    def ask(_parent, url):
        asked.append(url)
        return full.password

    monkeypatch.setattr("app.ui.settings.database_page.ask_password", ask)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    controller = Controller(prefs)
    try:
        assert controller.start(None)
        assert [u.username for u in asked] == [full.username]
        assert controller.ops.ctx.actor == full.username
        assert controller.window is not None
        assert f":{full.password}@" not in controller.window.db_label.text()
        assert f":{full.password}@" not in prefs.get("ui/last_database")
    finally:
        controller._detach()
        pg_server.drop(full)
