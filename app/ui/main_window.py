"""The main window: navigation, menus and the status bar. It wires screens; it knows none of
their insides (each screen is its own class and file, listed in ``screens/registry.py``), and
screens know it only as their :class:`~app.ui.navigation.Navigator`, whose signals it answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui import operations
from app.ui.messages import show_error
from app.ui.navigation import Navigator
from app.ui.operations import Operations
from app.ui.prefs import MAIN_WINDOW, Prefs, restore_geometry, save_geometry
from app.ui.screens.base import Screen
from app.ui.screens.registry import ScreenEntry, screen_entries


class Screens(Mapping[str, Screen]):
    """The window's screens by key, in navigation order; each is built (its module imported)
    the first time it is asked for: shown, or reached by a link, a menu or a test."""

    def __init__(self, entries: Sequence[ScreenEntry], build: Callable[[type[Screen]], Screen]):
        self.entries = {entry.key: entry for entry in entries}
        self._build = build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, key: str) -> Screen:
        screen = self._built.get(key)
        if screen is None:
            screen = self._built[key] = self._build(self.entries[key].load())
        return screen

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def built(self) -> list[Screen]:
        """The screens built so far (a screen not built yet has nothing to refresh or save)."""
        return list(self._built.values())

    def is_built(self, key: str) -> bool:
        return key in self._built


def database_name(url) -> str:
    """The database as the window title names it: a file's name, or a server's database."""
    if url.get_backend_name() == "sqlite":
        return Path(url.database).name if url.database else ":memory:"
    return f"{url.database} @ {url.host or 'localhost'}"


class MainWindow(QMainWindow):
    open_database_requested = Signal()
    reopen_requested = Signal(str, str)  # Settings › Database: a URL (no password), a password
    demo_requested = Signal()
    language_requested = Signal(str)  # Settings › General: rebuild the window in this language

    def __init__(
        self,
        ops: Operations,
        prefs: Prefs,
        screens: Sequence[type[Screen] | ScreenEntry] | None = None,
    ):
        super().__init__()
        self.ops = ops
        self.prefs = prefs
        self.setObjectName("mainWindow")
        # "demo.sqlite3 — Derbes": ending in the application's name, the title is shown as it
        # is (Qt adds " — Derbes" only to a title that does not end with it)
        self.setWindowTitle(self.tr("{0} — Derbes").format(database_name(ops.ctx.db.url)))
        self.setMinimumSize(QSize(1000, 640))
        self._case_windows: dict[int, QWidget] = {}
        self._prewarm = None
        self.navigator = Navigator(self)
        self._answer(self.navigator)

        entries = [
            s if isinstance(s, ScreenEntry) else ScreenEntry.of(s)
            for s in (screen_entries() if screens is None else screens)
        ]
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(objectName="screens")
        self.screens = Screens(entries, self._build_screen)
        for entry in entries:
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(180, 34))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The first screen is built, and starts loading what it shows, before the rest of the
        # window (status bar, menus): its read on the worker overlaps the building and the
        # show, and the first paint shows its data a little sooner (the show does not read it
        # again; a change meanwhile marks it stale as for any hidden screen).
        if self.nav.count():
            self.nav.setCurrentRow(0)
            self.screens[entries[0].key].load_now()

        self.db_label = QLabel(self.tr("Database: {0}").format(ops.ctx.db.label))
        self.db_label.setObjectName("databaseLabel")
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addWidget(self.busy_label)
        # Methods, not lambdas: Qt drops the connections when the window is gone, and work
        # that ends after it closed (the day's backup, say) reports to nobody.
        ops.busy_changed.connect(self._show_busy)
        ops.changed.connect(self._on_changed)
        ops.failed.connect(self._show_failure)
        self._show_busy(ops.busy)  # the first screen's read has started already

        self._build_menus()
        restore_geometry(prefs, self, MAIN_WINDOW)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _show_failure(self, exc: Exception) -> None:
        show_error(self, exc)

    def _build_screen(self, cls: type[Screen]) -> Screen:
        screen = cls(self)
        self.stack.addWidget(screen)
        return screen

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
            self.stack.setCurrentWidget(self.screens[key])

    # -- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_letter_action = QAction(self.tr("&Register a letter…"), self)
        self.new_letter_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_letter_action.triggered.connect(self.new_letter)
        file_menu.addAction(self.new_letter_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export register…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_register)
        file_menu.addAction(self.export_action)
        self.print_action = QAction(self.tr("&Print register…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_register)
        file_menu.addAction(self.print_action)
        file_menu.aboutToShow.connect(self._update_register_actions)
        file_menu.addSeparator()
        open_db = QAction(self.tr("&Open database…"), self)
        open_db.setShortcut(QKeySequence.StandardKey.Open)
        open_db.triggered.connect(self.open_database_requested)
        file_menu.addAction(open_db)
        demo = QAction(self.tr("Open the &demo database"), self)
        demo.triggered.connect(self.demo_requested)
        file_menu.addAction(demo)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        for row, entry in enumerate(self.screens.entries.values()):
            action = QAction(entry.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            view.addAction(action)
        view.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self._on_changed(operations.ALL_TOPICS))
        view.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Derbes"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _register_view(self):
        screen = self.current_screen()
        return screen.register_view() if screen is not None else None

    def _update_register_actions(self) -> None:
        has = self._register_view() is not None
        self.export_action.setEnabled(has)
        self.print_action.setEnabled(has)

    def _register_output(self):
        from app.ui.register_output import RegisterOutput

        if getattr(self, "register_output", None) is None:
            self.register_output = RegisterOutput(
                self.ops, self.prefs, self, lambda text: self.statusBar().showMessage(text, 10_000)
            )
        return self.register_output

    def export_register(self) -> None:
        """File › Export register: the register of the screen shown, as it is filtered."""
        view = self._register_view()
        if view is None:
            self.statusBar().showMessage(
                self.tr("Open the Requests or Outgoing screen to export its register."), 10_000
            )
            return
        self._register_output().export(view)

    def print_register(self) -> None:
        view = self._register_view()
        if view is None:
            self.statusBar().showMessage(
                self.tr("Open the Requests or Outgoing screen to print its register."), 10_000
            )
            return
        self._register_output().print_(view)

    def prewarm(self, then: Callable[[], None] | None = None) -> None:
        """Load what the first case and Prepare-letter dialog need, now that the dashboard is
        shown (:mod:`app.ui.prewarm`); the application calls it after the first paint.
        ``then`` is called once it is all loaded."""
        from app.ui.prewarm import Prewarm

        if self._prewarm is None:
            self._prewarm = Prewarm(self)
            if then is not None:
                self._prewarm.done.connect(then)
            self._prewarm.start_when_idle(self.ops)

    def _about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        AboutDialog(self.ops.ctx.db.label, self).exec()

    # -- navigation asked for by screens ------------------------------------------------------

    def _answer(self, nav: Navigator) -> None:
        # Looked up when the signal comes, so a test may replace a method on the window.
        nav.register_requested.connect(lambda filters: self.show_register(**filters))
        nav.case_requested.connect(lambda request_id: self.open_case(request_id))
        nav.subject_requested.connect(lambda subject_id: self.open_subject(subject_id))
        nav.new_letter_requested.connect(lambda: self.new_letter())
        nav.screen_requested.connect(lambda key: self.show_screen(key))
        nav.close_requested.connect(self.close)
        nav.message_posted.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        nav.language_changed.connect(self.language_requested)

    def show_screen(self, key: str) -> Screen | None:
        screen = self.screens.get(key)
        if screen is not None:
            self.nav.setCurrentRow(list(self.screens).index(key))
        return screen

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def show_register(self, **filters) -> None:
        """Open the request register with these filters (see RequestsScreen.apply_filters)."""
        screen = self.show_screen("requests")
        if screen is not None:
            screen.apply_filters(**filters)

    def new_letter(self) -> None:
        from app.ui.dialogs.register_letter import RegisterLetterDialog

        dialog = RegisterLetterDialog(self.ops, self.prefs, self)
        dialog.registered.connect(self.open_case)
        dialog.open()

    def open_case(self, request_id: int) -> None:
        window = self._case_windows.get(request_id)
        if window is None:
            from app.ui.case_view import CaseWindow

            window = CaseWindow(self.ops, self.prefs, request_id, self)
            window.destroyed.connect(lambda _=None, r=request_id: self._case_windows.pop(r, None))
            self._case_windows[request_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def open_subject(self, subject_id: int) -> None:
        screen = self.show_screen("subjects")
        if screen is not None:
            screen.show_subject(subject_id)

    def _on_changed(self, topics: frozenset[str]) -> None:
        for screen in self.screens.built():
            screen.on_changed(topics)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(screen.may_close() for screen in self.screens.built()):
            event.ignore()
            return
        for screen in self.screens.built():
            screen.save_state()
        for window in list(self._case_windows.values()):
            window.close()
        if self._prewarm is not None:
            self._prewarm.stop()
        save_geometry(self.prefs, self, MAIN_WINDOW)
        self.prefs.sync()
        super().closeEvent(event)
