"""Settings › Backups: listing, backing up now, restoring after asking, the retention setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services import backups, register
from app.storage import backup as storage
from app.ui.screens.settings import SettingsScreen
from app.ui.settings import backups_page
from tests.helpers import make_operator
from tests.helpers import register as reg


def _page(shell_factory, wait_idle):
    window = shell_factory([SettingsScreen])
    wait_idle()
    screen = window.screens["settings"]
    screen.show_page(screen.backups_page)
    wait_idle()
    return screen.backups_page


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _senders(ctx) -> list[str]:
    return [r.sender for r in register.list_requests(ctx, register.RequestFilter(), None)]


def _box(qtbot, name) -> QMessageBox:
    found = []

    def shown():
        found[:] = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def test_back_up_now_lists_a_checked_backup(qtbot, shell_factory, wait_idle, sqlite_ctx):
    make_operator(sqlite_ctx)
    page = _page(shell_factory, wait_idle)
    assert page.table.rowCount() == 0 and not page.restore_button.isEnabled()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    wait_idle()
    wait_idle()
    rows = _rows(page.table)
    assert len(rows) == 1 and rows[0][1] == "made by hand" and rows[0][3] == "verified"
    assert page.message.isVisible() and "Backed up and checked" in page.message.text()
    assert page.restore_button.isEnabled()


def test_back_up_now_says_which_part_of_the_backup_it_is_in(
    qtbot, shell_factory, wait_idle, sqlite_ctx, monkeypatch
):
    """A large database's backup takes minutes after its copy is made (its check, its audit
    chain): the page says which, not «100 %» all along."""
    make_operator(sqlite_ctx)
    for n in range(3):
        reg(sqlite_ctx, sender=f"Sender {n}")
    monkeypatch.setattr(storage, "PAGES_AT_ONCE", 2)
    page = _page(shell_factory, wait_idle)
    shown = []
    set_text = page.message.setText
    monkeypatch.setattr(page.message, "setText", lambda text: (shown.append(text), set_text(text)))
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Backed up and checked" in t for t in shown))
    wait_idle()
    parts = []
    for text in shown:
        part = text.split("…")[0]
        if not parts or parts[-1] != part:
            parts.append(part)
    assert parts[:-1] == [
        "Backing up",
        "Copying the database",
        "Checking the copy",
        "Checking the copy's audit log",
    ]
    assert parts[-1].startswith("Backed up and checked: ")
    copying = [t for t in shown if t.startswith("Copying the database… ")]
    assert len(copying) > 2 and copying[-1] == "Copying the database… 100 %"
    assert "Checking the copy's audit log… 100 %" in shown


def test_restore_asks_first_then_replaces_the_database_keeping_a_copy(
    qtbot, shell_factory, wait_idle, sqlite_ctx
):
    make_operator(sqlite_ctx)
    reg(sqlite_ctx, sender="Before The Backup")
    snapshot = backups.backup(sqlite_ctx)
    reg(sqlite_ctx, sender="After The Backup")
    page = _page(shell_factory, wait_idle)
    assert [r[1] for r in _rows(page.table)] == ["made by hand"]

    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "restoreConfirmBox")
    assert "copy of the current database is kept" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle()
    assert len(_senders(sqlite_ctx)) == 2  # asked, and nothing happened

    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "restoreConfirmBox")
    box.findChild(type(page.restore_button), "confirmRestoreButton").click()
    wait_idle()
    wait_idle()
    assert _senders(sqlite_ctx) == ["Before The Backup"]
    assert "Restored the backup" in page.message.text()
    kinds = {r[1] for r in _rows(page.table)}
    assert kinds == {"made by hand", "before a restore"}
    kept = next(b for b in backups.list_backups(sqlite_ctx.db) if b.occasion == "before-restore")
    assert kept.verified and kept.path != snapshot


def test_the_retention_is_saved_from_the_page(qtbot, shell_factory, wait_idle, sqlite_ctx):
    make_operator(sqlite_ctx)
    page = _page(shell_factory, wait_idle)
    assert (page.daily.value(), page.weekly.value()) == (7, 4)
    page.daily.setValue(14)
    page.daily.editingFinished.emit()
    wait_idle()
    assert backups.retention(sqlite_ctx) == {"daily": 14, "weekly": 4}


def test_a_file_that_is_not_a_backup_is_refused_with_its_reason(
    qtbot, shell_factory, wait_idle, sqlite_ctx, tmp_path, monkeypatch
):
    make_operator(sqlite_ctx)
    reg(sqlite_ctx, sender="Still Here")
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    shown = []
    monkeypatch.setattr(backups_page, "show_error", lambda parent, exc: shown.append(exc))
    page = _page(shell_factory, wait_idle)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "restoreConfirmBox")
    assert str(notes) in box.text()
    box.findChild(type(page.restore_button), "confirmRestoreButton").click()
    wait_idle()
    assert [e.code for e in shown] == ["backup_unreadable"]
    assert _senders(sqlite_ctx) == ["Still Here"]
    assert backups.list_backups(sqlite_ctx.db) == []
