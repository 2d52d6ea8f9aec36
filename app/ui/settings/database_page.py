"""Settings › Database: a SQLite file or a PostgreSQL server for the whole team.

The choice is stored as a URL WITHOUT its password (preference ``database/url``); the password
goes to the system keyring (:mod:`app.services.credentials`), or, on a machine without one, is
asked for at each start (the page says so). Test connection runs on the worker; Save applies at
the next start, or at once with "Open it now".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import credentials, database_choice
from app.services.database_choice import POSTGRES, SQLITE, DatabaseChoice
from app.services.paths import data_dir
from app.ui.messages import describe_error
from app.ui.prefs import DATABASE_URL

if TYPE_CHECKING:  # a URL is only handed through here; the window opens no connection itself
    from sqlalchemy.engine import URL
from app.ui.problems import problem_text
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage

ERROR_STYLE = "color: #b3261e;"


def ask_password(parent: QWidget | None, url: URL) -> str | None:
    """The password for ``url``'s login, typed now (None: the officer cancelled)."""
    text = QCoreApplication.translate("DatabasePage", "Password of {user} on {server}:").format(
        user=url.username or "", server=f"{url.host or 'localhost'}/{url.database or ''}"
    )
    if not credentials.available().usable:
        text += "\n" + QCoreApplication.translate(
            "DatabasePage",
            "This computer has no system keyring, so the password is asked for at each start.",
        )
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DatabasePage", "Database password"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


class DatabasePage(SettingsPage):
    topics = frozenset()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DatabasePage", "Data&base")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("databasePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        self.current_label = QLabel(objectName="currentDatabaseLabel")
        self.current_label.setWordWrap(True)
        layout.addWidget(self.current_label)

        kinds = QHBoxLayout()
        self.sqlite_radio = QRadioButton(self.tr("A &file on this computer (SQLite)"))
        self.sqlite_radio.setObjectName("sqliteRadio")
        self.postgres_radio = QRadioButton(self.tr("A &server for the team (PostgreSQL)"))
        self.postgres_radio.setObjectName("postgresRadio")
        self.kind_group = QButtonGroup(self)
        for radio in (self.sqlite_radio, self.postgres_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        self.errors: dict[str, QLabel] = {}
        self.file_group = QGroupBox(self.tr("File"), objectName="fileGroup")
        file_form = QFormLayout(self.file_group)
        self.path_edit = QLineEdit(objectName="pathEdit")
        browse = QPushButton(self.tr("&Choose…"), objectName="browseButton")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_form.addRow(self.tr("File:"), self._with_error("path", row))
        layout.addWidget(self.file_group)

        self.server_group = QGroupBox(self.tr("Server"), objectName="serverGroup")
        form = QFormLayout(self.server_group)
        self.host_edit = QLineEdit(objectName="hostEdit")
        self.port_edit = QLineEdit(str(database_choice.DEFAULT_PORT), objectName="portEdit")
        self.database_edit = QLineEdit("derbes", objectName="databaseEdit")
        self.user_edit = QLineEdit(objectName="userEdit")
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for name, caption, edit in (
            ("host", self.tr("Server:"), self.host_edit),
            ("port", self.tr("Port:"), self.port_edit),
            ("database", self.tr("Database:"), self.database_edit),
            ("user", self.tr("Your login:"), self.user_edit),
        ):
            form.addRow(caption, self._with_error(name, edit))
        form.addRow(self.tr("Password:"), self.password_edit)
        self.remember_check = QCheckBox(
            self.tr("&Keep the password in the system keyring"), objectName="rememberCheck"
        )
        self.remember_check.setChecked(True)
        form.addRow("", self.remember_check)
        self.keyring_label = QLabel(objectName="keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet(HINT_STYLE)
        form.addRow(self.keyring_label)
        layout.addWidget(self.server_group)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), objectName="testButton")
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveDatabaseButton")
        self.save_button.clicked.connect(self.save)
        self.reopen_button = QPushButton(self.tr("&Open it now"), objectName="reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.hide()
        for button in (self.test_button, self.save_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message_label = QLabel(objectName="databaseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(MESSAGE_STYLE)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addStretch(1)

        self.sqlite_radio.toggled.connect(self._kind_changed)
        self._saved_url: str = ""
        self._session_password: str = ""

    def _with_error(self, name: str, field) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        (column.addLayout if isinstance(field, QHBoxLayout) else column.addWidget)(field)
        error = QLabel(objectName=f"{name}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        return box

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.ops.ctx.db
        self.current_label.setText(
            self.tr("Open now: {database}. You act as {login} in the audit log.").format(
                database=db.label, login=self.ops.ctx.actor
            )
        )
        stored = self.prefs.get(DATABASE_URL)
        try:
            choice = database_choice.choice_of(
                credentials.parse_stored(stored) if stored else db.url
            )
        except DomainError:
            choice = database_choice.choice_of(db.url)
        self.show_choice(choice)
        keyring = credentials.available()
        self.remember_check.setEnabled(keyring.usable)
        self.remember_check.setChecked(keyring.usable)
        self.keyring_label.setText(
            self.tr("The password is kept in the system keyring, never in a file.")
            if keyring.usable
            else self.tr(
                "This computer has no system keyring: the password is not kept, "
                "and Derbes asks for it at each start."
            )
        )

    def show_choice(self, choice: DatabaseChoice) -> None:
        (self.postgres_radio if choice.kind == POSTGRES else self.sqlite_radio).setChecked(True)
        if choice.kind == SQLITE:
            self.path_edit.setText(choice.path)
        else:
            self.host_edit.setText(choice.host)
            self.port_edit.setText(str(choice.port))
            self.database_edit.setText(choice.database)
            self.user_edit.setText(choice.user)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        server = self.postgres_radio.isChecked()
        self.server_group.setVisible(server)
        self.file_group.setVisible(not server)
        self._clear_errors()

    def choice(self) -> DatabaseChoice:
        if self.postgres_radio.isChecked():
            return DatabaseChoice(
                POSTGRES,
                host=self.host_edit.text().strip(),
                port=self.port_edit.text().strip(),
                database=self.database_edit.text().strip(),
                user=self.user_edit.text().strip(),
            )
        return DatabaseChoice(SQLITE, path=self.path_edit.text().strip())

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("A Derbes database file"),
            self.path_edit.text() or str(data_dir()),
            self.tr("Derbes database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path_edit.setText(path)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def _valid(self) -> DatabaseChoice | None:
        self._clear_errors()
        choice = self.choice()
        found = database_choice.problems(choice)
        for p in found:
            label = self.errors.get(p.field)
            if label is not None:
                label.setText(problem_text(p))
                label.show()
        return None if found else choice

    # -- acting -------------------------------------------------------------------------------

    def test(self) -> None:
        choice = self._valid()
        if choice is None:
            return
        password = self.password_edit.text() if choice.kind == POSTGRES else ""
        self.test_button.setEnabled(False)
        self.tell(self.message_label, self.tr("Connecting…"))
        self.ops.pure(
            lambda: database_choice.test_connection(choice, password),
            on_done=self._tested,
            on_error=self._test_failed,
            owner=self,
            key="test",
        )

    def _tested(self, probe: database_choice.Probe) -> None:
        self.test_button.setEnabled(True)
        if probe.revision is None:
            state = self.tr("it is empty: Derbes creates its tables when it opens it.")
        elif probe.current:
            state = self.tr("its tables are those of this version of Derbes.")
        else:
            state = self.tr("Derbes upgrades its tables (after a backup) when it opens it.")
        self.tell(
            self.message_label,
            self.tr("Connected to {database} as {login}; {state}").format(
                database=probe.label, login=probe.login, state=state
            ),
        )

    def _test_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self.tell(self.message_label, self.tr("Cannot connect: {0}").format(describe_error(exc)))

    def save(self) -> None:
        choice = self._valid()
        if choice is None:
            return
        url = database_choice.url_of(choice)
        text = credentials.stored_text(url)
        self.prefs.set(DATABASE_URL, text)
        self._saved_url, self._session_password = text, ""
        note = ""
        password = self.password_edit.text() if choice.kind == POSTGRES else ""
        if password:
            if self.remember_check.isChecked() and credentials.save_password(url, password):
                note = "\n" + self.tr("The password is in the system keyring.")
            else:
                self._session_password = password
                note = "\n" + self.tr("The password is not kept: Derbes asks for it at each start.")
            self.password_edit.clear()
        self.reopen_button.show()
        self.tell(
            self.message_label,
            self.tr("Saved: Derbes opens {database} at the next start.").format(
                database=credentials.label(url)
            )
            + note,
        )

    def reopen(self) -> None:
        window = self.window()
        signal = getattr(window, "reopen_requested", None)
        if self._saved_url and signal is not None:
            signal.emit(self._saved_url, self._session_password)
