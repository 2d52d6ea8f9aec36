"""Settings: operator profiles, deadline terms, the working-day calendar, general choices.

The screen only holds the pages (``app/ui/settings/``), remembers which one was open, and tells
each page when something it shows has changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout

from app.ui import operations
from app.ui.prefs import LANGUAGE, SETTINGS_TAB
from app.ui.screens.base import Screen
from app.ui.settings.audit_page import AuditPage
from app.ui.settings.backups_page import BackupsPage
from app.ui.settings.base import SettingsPage, ui_language
from app.ui.settings.calendar_page import CalendarPage
from app.ui.settings.database_page import DatabasePage
from app.ui.settings.deadlines_page import DeadlinesPage
from app.ui.settings.general_page import GeneralPage
from app.ui.settings.operators_page import OperatorsPage
from app.ui.settings.purge_page import PurgePage
from app.ui.settings.templates_page import TemplatesPage


class SettingsScreen(Screen):
    key = "settings"
    topics = frozenset({operations.OPERATORS, operations.SETTINGS, operations.CALENDAR})

    def __init__(self, host):
        super().__init__(host)
        self.setObjectName("settingsScreen")
        # Holiday names and weekdays in the language the window runs in (chosen at start).
        self.language = ui_language(self.prefs.get(LANGUAGE))
        self.operators_page = OperatorsPage(self)
        self.deadlines_page = DeadlinesPage(self)
        self.calendar_page = CalendarPage(self, self.language)
        self.general_page = GeneralPage(self)
        self.templates_page = TemplatesPage(self)
        self.backups_page = BackupsPage(self)
        self.database_page = DatabasePage(self)
        self.purge_page = PurgePage(self)
        self.pages: list[SettingsPage] = [
            self.operators_page,
            self.deadlines_page,
            self.calendar_page,
            self.general_page,
            self.templates_page,
            self.backups_page,
            AuditPage(self),
            self.database_page,
            self.purge_page,
        ]
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            self.tabs.addTab(page, type(page).title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        index = self.prefs.get(SETTINGS_TAB)
        if isinstance(index, int) and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        # The screen listens to whatever any of its pages shows.
        self.topics = frozenset().union(*(page.topics for page in self.pages))

    def show_page(self, page: SettingsPage) -> None:
        self.tabs.setCurrentWidget(page)

    def on_changed(self, topics: frozenset[str]) -> None:
        for page in self.pages:
            if topics & page.topics:
                page.stale = True
        super().on_changed(topics)

    def refresh(self) -> None:
        for page in self.pages:
            if page.stale:
                page.stale = False
                page.refresh()

    def may_close(self) -> bool:
        """Unsaved template edits keep the window open and ask (without blocking); choosing
        Discard drops the edits and closes the window again."""
        page = self.templates_page
        if not page.dirty:
            return True
        self.show_page(page)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved template"),
            self.tr("Your edits to the letter template are not saved. Discard them and quit?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedTemplateBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Discard:
                page.revert()
                self.navigator.close_window()

        box.buttonClicked.connect(answered)
        box.open()
        return False

    def save_state(self) -> None:
        self.prefs.set(SETTINGS_TAB, self.tabs.currentIndex())
        for page in self.pages:
            page.save_state()
