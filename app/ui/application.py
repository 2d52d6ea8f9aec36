"""Starting the window: translations, the database, the welcome screen on first start."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from app.resources import resources_root
from app.services import credentials, logs, operators
from app.services.context import Context
from app.services.errors import StorageError
from app.services.paths import data_dir
from app.services.startup import backup_daily, open_database, protect_files, resolve_url
from app.ui import bugs
from app.ui.dashboard.reminder import remind_at_start
from app.ui.icons import app_icon
from app.ui.main_window import MainWindow
from app.ui.messages import describe_error, show_error
from app.ui.operations import Cancelled, Operations
from app.ui.prefs import DATABASE_URL, LANGUAGE, LAST_DATABASE, Prefs

LANGUAGES = ("en", "kk", "ru")
log = logging.getLogger(__name__)


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Derbes's own strings and Qt's (buttons, dialogs) in ``language`` ('' = system)."""
    language = language or QLocale.system().name().split("_")[0]
    installed = []
    if language not in LANGUAGES or language == "en":
        QLocale.setDefault(
            QLocale.system() if language != "en" else QLocale(QLocale.Language.English)
        )
        return installed
    # Dates and numbers (weekday names, month names) in the same language.
    QLocale.setDefault(
        QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
        if language == "kk"
        else QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"derbes_{language}", str(resources_root() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class Controller(QObject):
    """Opens a database and shows the welcome screen or the main window for it."""

    def __init__(self, prefs: Prefs, settle_after_start: bool = False):
        """``settle_after_start``: once the first window has loaded what it loads ahead, what
        the program has loaded is left out of later garbage collections
        (:func:`settle_the_loaded_program`; the program's own start, not a test's)."""
        super().__init__()
        self.prefs = prefs
        self.settle_after_start = settle_after_start
        self.ops: Operations | None = None
        self.window: MainWindow | None = None
        self.welcome = None
        self.translators: list[QTranslator] = []
        self.backup_due = False
        self.daily = None  # the Handle of the day's backup while it runs

    def change_language(self, language: str) -> None:
        """Build the main window again in ``language`` ("" = the system's): Qt translates a
        string when it is set, so the widgets made in the old language are made anew. Nothing
        happens while a screen keeps unsaved edits the user chose not to lose."""
        app = QApplication.instance()
        window = self.window
        if window is None or app is None:
            return
        screen = window.current_screen()
        if not window.close():
            return
        window.deleteLater()
        self.window = None
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators = install_translations(app, language)
        self.show_main()
        if screen is not None:
            self.window.show_screen(screen.key)

    def start(self, target: str | None, password: str | None = None) -> bool:
        if not target and not os.environ.get("DERBES_DB"):  # --db, DERBES_DB, then the last
            target = self.last_database()
        try:
            url = resolve_url(target)
            if password is None and credentials.needs_password(url):
                from app.ui.settings.database_page import ask_password

                password = ask_password(None, url)
                if password is None:
                    return self.choose_database()
            ctx, state = open_database(target, password)
        except StorageError as exc:
            QMessageBox.critical(
                None, self.tr("Derbes cannot open the database"), describe_error(exc)
            )
            return self.choose_database()
        if state.upgraded_from:
            QMessageBox.information(
                None,
                self.tr("Database upgraded"),
                self.tr(
                    "The database was upgraded to this version of Derbes. "
                    "A backup of the old one is at:\n{0}"
                ).format(state.backup),
            )
        self._attach(ctx)
        self.backup_due = not state.created  # the day's backup, once the window is shown
        if operators.any_exists(ctx):
            self.show_main()
        else:
            self.show_welcome()
        return True

    def last_database(self) -> str | None:
        """What to open when nothing is named: the database file opened last, if it is still
        there; else the server chosen in Settings › Database (a server is remembered there,
        with its password in the keyring); else None, the user data folder's own database."""
        last = self.prefs.get(LAST_DATABASE)
        if last and "://" not in last and os.path.isfile(last):
            return last
        return self.prefs.get(DATABASE_URL) or None

    def _attach(self, ctx: Context) -> None:
        self._detach()
        self.ops = Operations(ctx)
        self.prefs.set(LAST_DATABASE, ctx.db.label)

    def _detach(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        if self.daily is not None:  # the day's backup, if it still runs, is not waited for
            self.daily.cancel()
            self.daily = None
        if self.ops is not None:
            self.ops.shutdown()
            self.ops.ctx.db.dispose()
            self.ops = None

    def show_welcome(self) -> None:
        from app.ui.welcome import WelcomeDialog

        self.welcome = WelcomeDialog(self.ops, self.prefs)
        self.welcome.profile_created.connect(self.show_main)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.open_requested.connect(self.choose_database)
        self.welcome.show()

    def show_main(self) -> None:
        if self.welcome is not None:
            self.welcome.hide()
            self.welcome.deleteLater()
            self.welcome = None
        self.window = MainWindow(self.ops, self.prefs)
        self.window.open_database_requested.connect(self.choose_database)
        self.window.reopen_requested.connect(lambda url, pw: self.start(url, pw or None))
        self.window.demo_requested.connect(self.open_demo)
        self.window.language_requested.connect(self.change_language)
        self.window.show()
        self.reminder = remind_at_start(self.window)  # the overdue and due today, once a day
        # What can follow the dashboard's first paint waits for the event loop: closing the
        # letters that waited (its services load the letters), loading what dialogs need.
        QTimer.singleShot(0, self, self.after_first_paint)

    def after_first_paint(self) -> None:
        if self.window is None:
            return
        self.close_waited()
        settle = self.settle_after_start
        self.settle_after_start = False  # once: the program, not each window
        backup, self.backup_due = self.backup_due, False
        window = self.window

        def loaded() -> None:  # the window has loaded ahead what its first case needs
            if settle:
                settle_the_loaded_program()
            if backup and window is self.window:
                self.back_up_for_the_day()

        self.window.prewarm(then=loaded)

    def back_up_for_the_day(self) -> None:
        """The day's backup, once the window has started: aside the database worker (a
        database of a million subjects takes minutes to copy and check, and the register and
        every change go on meanwhile), after the start's own work (so it slows neither the
        first paint nor the first case). A copy of the moment it begins. Cancellable: closing
        stops it at its next safe point, leaving nothing behind."""
        self.daily = self.ops.aside(
            lambda ctx, progress: backup_daily(ctx, progress.report), owner=self.window
        )

    def close_waited(self) -> None:
        """Close, off the GUI thread, the sent requests whose letters waited past the
        configured days for a delivery notice (also ``derbes close-waited``)."""
        window = self.window

        def close(ctx):
            from app.services import dispatch  # loaded on the worker, not before the first paint

            return dispatch.close_waited(ctx)

        def done(closed) -> None:
            if closed and window is self.window:
                window.navigator.post_message(
                    QCoreApplication.translate(
                        "Controller", "{0} sent requests closed: no delivery notice within the wait"
                    ).format(len(closed))
                )

        on_error = lambda exc: show_error(window, exc)  # noqa: E731
        self.ops.mutate(close, on_done=done, on_error=on_error, owner=window)

    def choose_database(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window or self.welcome,
            self.tr("Open or create a Derbes database"),
            str(data_dir()),
            self.tr("Derbes database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return False
        return self.start(path)

    def open_demo(self) -> None:
        """Open the demo database, building it first (with progress) if it does not exist."""
        path = demo_database_path()
        if path.exists():
            self.start(str(path))
            return
        try:
            ctx, _ = open_database(path)
        except StorageError as exc:
            show_error(self.window or self.welcome, exc)
            return
        self._attach(ctx)
        self.backup_due = False  # a new database
        progress = QProgressDialog(
            self.tr("Building the demo database…"), self.tr("Cancel"), 0, 100
        )
        progress.setWindowTitle(self.tr("Demo database"))
        progress.setMinimumDuration(0)
        progress.setObjectName("demoProgress")

        from app.services import demo

        def build(ctx, p):
            return demo.build(ctx, progress=lambda done, total: p.report(done, total))

        def done(_result):
            progress.close()
            self.show_main()

        def failed(exc):
            progress.close()
            self._detach()
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink(missing_ok=True)
            if not isinstance(exc, Cancelled):
                show_error(None, exc)
            self.start(None)

        handle = self.ops.long(
            build,
            on_done=done,
            on_error=failed,
            on_progress=lambda d, t, _text: (progress.setMaximum(t), progress.setValue(d)),
        )
        progress.canceled.connect(handle.cancel)
        progress.show()


def collect_garbage_on_gui_thread(app: QApplication, interval_ms: int = 10_000) -> QTimer:
    """Python's automatic garbage collection may run on the database worker thread and free a
    Qt widget there, which crashes; collect on the GUI thread instead (as Anki does)."""
    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(gc.collect)
    timer.start(interval_ms)
    return timer


def settle_the_loaded_program() -> None:
    """Move what the program holds once started (its modules, classes, screens, fonts: some
    120 000 objects) out of the cyclic collector's reach: the collection the GUI thread runs
    every ten seconds went through all of them each time (a tenth of a second or more in
    which the window did not answer), and found nothing to free among them. What is made
    afterwards (dialogs, case windows, rows) is collected as before; a settled object that
    is released is freed as ever by its reference count."""
    gc.collect()
    gc.freeze()


def run_gui(db_target: str | None = None) -> int:
    protect_files()  # the desk's files are its user's alone (0600 files, 0700 folders)
    log_path = logs.configure()
    app = QApplication.instance() or QApplication(sys.argv)
    bugs.install()
    log.info("Derbes starts (log: %s)", log_path)
    collect_garbage_on_gui_thread(app)
    app.setApplicationName("Derbes")
    app.setOrganizationName("Derbes")
    app.setApplicationDisplayName("Derbes")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("derbes")  # Wayland/X11 match the window to derbes.desktop
    prefs = Prefs()
    translators = install_translations(app, prefs.get(LANGUAGE))
    controller = Controller(prefs, settle_after_start=True)
    controller.translators = translators
    if not controller.start(db_target):
        return 0
    code = app.exec()
    controller._detach()
    log.info("Derbes ends (%s)", code)
    return code
