"""The main window builds each screen when it is first shown (issue 11, start-up): the
dashboard at once, the others on first navigation, by the list, a keyboard shortcut, a link
or a menu, and each then works as before."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.screens.registry import screen_entries

KEYS = [entry.key for entry in screen_entries()]


def _window(shell_factory, wait_idle):
    window = shell_factory()
    wait_idle()
    return window


def _built(window) -> list[str]:
    return [screen.key for screen in window.screens.built()]


def test_only_the_dashboard_is_built_at_start(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _window(shell_factory, wait_idle)
    assert _built(window) == ["dashboard"]
    assert window.current_screen() is window.screens["dashboard"]
    assert window.screens["dashboard"].board is not None  # it loaded its counts
    # every screen is listed (navigation and View menu) before it is built
    listed = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert listed == [entry.title() for entry in screen_entries()]
    assert len(window.screens) == len(KEYS) and "settings" in window.screens
    assert _built(window) == ["dashboard"]


def test_each_screen_is_built_on_first_navigation_once(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _window(shell_factory, wait_idle)
    seen = {}
    for row, key in enumerate(KEYS):
        window.nav.setCurrentRow(row)
        wait_idle()
        screen = window.current_screen()
        assert screen is not None and screen.key == key
        assert screen.isVisible()
        assert window.stack.currentWidget() is screen
        seen[key] = screen
        assert _built(window) == KEYS[: row + 1]
    for row, key in reversed(list(enumerate(KEYS))):  # back again: the same screens
        window.nav.setCurrentRow(row)
        assert window.current_screen() is seen[key]
    assert window.stack.count() == len(KEYS)


def test_a_built_screen_works_the_register_loads_its_rows(
    qtbot, demo_ctx, shell_factory, wait_idle
):
    window = _window(shell_factory, wait_idle)
    screen = window.show_screen("requests")
    wait_idle()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    subjects = window.show_screen("subjects")
    wait_idle()
    assert window.current_screen() is subjects and subjects.isVisible()


def test_keyboard_shortcuts_reach_screens_not_built_yet(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _window(shell_factory, wait_idle)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = next(a for a in window.menuBar().actions() if a.text() == "&View").menu()
    by_shortcut = {
        action.shortcut().toString(): action for action in view.actions() if action.shortcut()
    }
    for row in range(len(KEYS)):
        sequence = QKeySequence(f"Ctrl+{row + 1}")
        assert by_shortcut[sequence.toString()].text() == screen_entries()[row].title()
    for row, key in reversed(list(enumerate(KEYS))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen().key == key
        assert window.nav.currentRow() == row
    assert sorted(_built(window)) == sorted(KEYS)


def test_a_link_builds_the_screen_it_opens(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _window(shell_factory, wait_idle)
    window.navigator.open_register(urgency="overdue")
    assert window.current_screen().key == "requests"
    assert window.current_screen().filters()["urgency"] == "overdue"
    assert _built(window) == ["dashboard", "requests"]


def test_changes_refresh_only_the_screens_built(qtbot, demo_ctx, shell_factory, wait_idle):
    from app.ui import operations

    window = _window(shell_factory, wait_idle)
    window._on_changed(operations.ALL_TOPICS)  # the View › Refresh of a change everywhere
    wait_idle()
    assert _built(window) == ["dashboard"]


def test_export_register_acts_on_the_screen_shown_after_a_shortcut(
    qtbot, demo_ctx, shell_factory, wait_idle, tmp_path
):
    window = _window(shell_factory, wait_idle)
    window.export_action.trigger()  # the dashboard shows no register
    assert getattr(window, "register_output", None) is None
    assert "Requests or Outgoing" in window.statusBar().currentMessage()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    outgoing = KEYS.index("outgoing")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + outgoing), Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert _built(window) == ["dashboard", "outgoing"]
    window.export_action.trigger()
    out = tmp_path / "outgoing.pdf"
    window.register_output.dialog.fileSelected.emit(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Outgoing register" in text and "Incoming register" not in text


def test_closing_saves_only_what_was_built(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _window(shell_factory, wait_idle)
    window.show_screen("subjects")
    wait_idle()
    assert window.close()
    assert _built(window) == ["dashboard", "subjects"]


def test_the_window_makes_the_days_backup_after_it_is_shown(qtbot, qapp, tmp_path):
    from app.services import backups, demo
    from app.services.context import Context
    from app.storage.database import Database
    from app.storage.schema import upgrade
    from app.ui.application import Controller
    from app.ui.prefs import Prefs

    path = tmp_path / "desk.sqlite3"
    db = Database(path)
    upgrade(db)
    demo.build(Context(db), subjects=10, requests=12, seed=1)
    controller = Controller(Prefs(tmp_path / "prefs.ini"))
    try:
        assert controller.start(str(path))
        # the window is up before the backup: it is made aside the worker once the window has
        # loaded what its first case needs
        window = controller.window
        assert window.isVisible() and backups.list_backups(db) == []
        qtbot.waitUntil(lambda: bool(backups.list_backups(db)), timeout=20_000)
        assert window._prewarm is not None and window._prewarm.finished  # after the start's work
        qtbot.waitUntil(lambda: controller.ops.idle)
        made = backups.list_backups(db)
        assert len(made) == 1 and made[0].verified and made[0].occasion == "auto"
    finally:
        controller._detach()
        db.dispose()
