"""Fixtures for driving the real widgets with pytest-qt (offscreen, SQLite)."""

from __future__ import annotations

import gc
import shutil

import pytest
from PySide6.QtCore import QLocale

from app.ui.operations import Operations
from app.ui.prefs import Prefs


@pytest.fixture(autouse=True)
def _keep_default_locale(qapp):
    """A test that switches the interface language also switches QLocale's default; undo it."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(qapp):
    """As in the app: no automatic collection (it could free widgets on the worker thread)."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _bugs_fail_the_test(qapp, request):
    """The window catches bugs (a dialog, the log) instead of letting them reach pytest-qt; a
    test still fails on one unless it asks for ``expect_bugs``."""
    from app.ui import bugs

    reporter = bugs.reporter()
    before = len(reporter.seen)
    yield
    if "expect_bugs" not in request.fixturenames:
        assert reporter.seen[before:] == [], "a bug was reported in the window"


@pytest.fixture
def expect_bugs():
    """This test triggers bugs on purpose (see _bugs_fail_the_test)."""


@pytest.fixture
def prefs(tmp_path):
    return Prefs(tmp_path / "prefs" / "derbes.ini")


@pytest.fixture
def ops(qapp, sqlite_ctx):
    operations = Operations(sqlite_ctx)
    yield operations
    operations.shutdown()


@pytest.fixture
def wait_idle(qtbot, ops):
    """Wait until every queued database operation has reported back on the GUI thread."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: ops.idle, timeout=timeout)

    return wait


@pytest.fixture(scope="session")
def demo_template(sqlite_template, tmp_path_factory):
    """A small demo database (five seed operators, synthetic subjects and requests, their
    withdrawals worked with real letters), built once per test process."""
    from app.services import demo
    from app.services.context import Context
    from app.storage.database import Database
    from tests.conftest import TODAY

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    demo.build(Context(db, actor="tester", clock=lambda: TODAY), subjects=40, requests=60, seed=7)
    db.dispose()  # the write-ahead log folded back into the file
    return path


@pytest.fixture
def demo_ctx(sqlite_ctx, demo_template):
    """The demo database, copied into this test's own database file (the one ``ops`` uses)."""
    sqlite_ctx.db.dispose()
    shutil.copyfile(demo_template, sqlite_ctx.db.url.database)
    return sqlite_ctx


@pytest.fixture
def shell_factory(qtbot, ops, prefs):
    """Build the main window with the given screens (all registered ones by default)."""
    from app.ui.main_window import MainWindow

    def make(screens=None):
        window = MainWindow(ops, prefs, screens)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def kazakh(qapp, prefs):
    """The Kazakh interface: its translations, its locale and the calendar in Kazakh."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.application import install_translations

    before = QLocale()
    prefs.set("ui/language", "kk")
    installed = install_translations(qapp, "kk")
    assert installed
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
