"""The Subjects screen: find a person by IIN or by name in any script, see their card (details,
consents, letters), create and edit them, change their status.

Only search results are ever loaded (a page at a time, up to ``MAX_ROWS``); an empty search lists
the most recently updated subjects. Every read and change goes through ``self.ops``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.identifiers import iin_hint
from app.services import operators, subject_card, subjects
from app.services.subject_card import Page, SubjectCard, operator_label
from app.ui import labels, operations
from app.ui.dialogs.subject_dialog import SubjectDialog, format_date
from app.ui.messages import show_error
from app.ui.models.subject_table import NAME, SubjectTableModel
from app.ui.prefs import (
    SUBJECTS_OPERATOR,
    SUBJECTS_RESULTS,
    SUBJECTS_SCREEN,
    restore_header,
    restore_splitter,
    save_header,
    save_splitter,
)
from app.ui.screens.base import Screen

# How consent was given (Consent.channel). To move into app.ui.labels (CONSENT_CHANNELS).
CONSENT_CHANNELS = {
    "checkbox": QT_TRANSLATE_NOOP("SubjectsScreen", "Checkbox on the website"),
    "login": QT_TRANSLATE_NOOP("SubjectsScreen", "By logging in"),
    "first_use": QT_TRANSLATE_NOOP("SubjectsScreen", "By first use of the service"),
    "sms_code": QT_TRANSLATE_NOOP("SubjectsScreen", "SMS code"),
    "email_code": QT_TRANSLATE_NOOP("SubjectsScreen", "Code sent by e-mail"),
    "2fa": QT_TRANSLATE_NOOP("SubjectsScreen", "Two-factor confirmation"),
    "paper": QT_TRANSLATE_NOOP("SubjectsScreen", "On paper"),
    "state_service": QT_TRANSLATE_NOOP("SubjectsScreen", "State service (eGov)"),
}

# Calm colours for the status chip: background, text.
STATUS_COLORS = {
    "active": ("#e3f1e6", "#1e5b2e"),
    "processing_stopped": ("#fdebd3", "#8a4b00"),
    "deregistered": ("#ece8f5", "#4b3b7a"),
    "anonymised": ("#eeeeee", "#555555"),
}

_MUTED = "color: #6b6b6b;"


def _local(moment: dt.datetime | None) -> str:
    """A stored moment (UTC; naive from SQLite) as local dd.mm.yyyy HH:MM."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _item(text: str, row_id: int | None = None, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if row_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, row_id)
    item.setToolTip(tooltip or text)
    return item


def _small_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


class SubjectsScreen(Screen):
    key = "subjects"
    topics = frozenset({operations.SUBJECTS, operations.REQUESTS, operations.OPERATORS})

    PAGE = subject_card.PAGE
    MAX_ROWS = 1000  # beyond this the officer refines the search instead of scrolling
    SEARCH_DELAY_MS = 300
    CARD_DELAY_MS = 80

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SubjectsScreen", "Subjects")

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("subjectsScreen")
        self._search_gen = 0
        self._card_gen = 0
        self._card: SubjectCard | None = None
        self._pending_select: int | None = None  # show_subject: select this id when it arrives
        self._last_query: str | None = None
        self._last_operator: int | None = None
        self._operators_loaded = False

        self.model = SubjectTableModel(self)
        self.model.set_limit(self.MAX_ROWS)
        self.model.more_wanted.connect(self._fetch_more)

        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._card_timer = QTimer(self, singleShot=True, interval=self.CARD_DELAY_MS)
        self._card_timer.timeout.connect(self._load_current_card)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._build_toolbar())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="subjectsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_results())
        self.splitter.addWidget(self._build_card())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 440])
        layout.addWidget(self.splitter, 1)

        self._build_shortcuts()
        restore_splitter(self.prefs, self.splitter, SUBJECTS_SCREEN)
        restore_header(self.prefs, self.table.horizontalHeader(), SUBJECTS_RESULTS)
        self._show_placeholder()

    # -- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search by IIN or by name, in Kazakh, Russian or Latin letters  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_and_focus_results)
        bar.addWidget(self.search_edit, 1)

        operator_label_widget = QLabel(self.tr("&Operator:"))
        self.operator_filter = QComboBox(objectName="operatorFilter")
        self.operator_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.operator_filter.addItem(self.tr("All operators"), None)
        self.operator_filter.currentIndexChanged.connect(self._operator_changed)
        operator_label_widget.setBuddy(self.operator_filter)
        bar.addWidget(operator_label_widget)
        bar.addWidget(self.operator_filter)

        self.new_button = QPushButton(self.tr("&New subject…"), objectName="newButton")
        self.new_button.setToolTip(self.tr("Create a subject (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_subject)
        bar.addWidget(self.new_button)
        return bar

    def _build_results(self) -> QWidget:
        pane = QWidget(objectName="resultsPane")
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.table = QTableView(objectName="resultsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for column, width in enumerate((210, 104, 86, 92)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._row_activated)
        box.addWidget(self.table, 1)
        self.note = QLabel(objectName="resultsNote")
        self.note.setStyleSheet(_MUTED)
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        return pane

    def _build_card(self) -> QWidget:
        self.card_stack = QStackedWidget(objectName="cardStack")
        self.placeholder = QLabel(objectName="cardPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(_MUTED + " font-size: 11pt; padding: 24px;")
        self.placeholder.setText(
            self.tr(
                "Choose a subject on the left to see their card.\n\n"
                "Ctrl+F searches, Ctrl+Shift+N creates a subject."
            )
        )
        self.card_stack.addWidget(self.placeholder)

        card = QFrame(objectName="subjectCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 14, 16, 12)
        box.setSpacing(8)

        head = QHBoxLayout()
        self.card_name = QLabel(objectName="cardName")
        self.card_name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.card_name.setWordWrap(True)
        self.card_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.card_name, 1)
        self.card_status = QLabel(objectName="cardStatus")
        self.card_status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        head.addWidget(self.card_status, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)

        self.details = QFormLayout()
        self.details.setHorizontalSpacing(14)
        self.details.setVerticalSpacing(5)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for name, caption in (
            ("iin", self.tr("IIN:")),
            ("birth_date", self.tr("Birth date:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
            ("address", self.tr("Address:")),
            ("account", self.tr("Account / login:")),
            ("client", self.tr("Client organisation:")),
            ("operator", self.tr("Operator:")),
            ("updated", self.tr("Record updated:")),
        ):
            value = QLabel(objectName=f"card_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label = QLabel(caption)
            caption_label.setStyleSheet(_MUTED)
            self.details.addRow(caption_label, value)
            self.fields[name] = value
        self.iin_hint = QLabel(objectName="cardIinHint")
        self.iin_hint.setStyleSheet(_MUTED + " font-size: 9pt;")
        self.iin_hint.setWordWrap(True)
        self.details.insertRow(1, "", self.iin_hint)
        box.addLayout(self.details)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editButton")
        self.edit_button.setToolTip(self.tr("Edit this subject (F2)"))
        self.edit_button.clicked.connect(self.edit_subject)
        buttons.addWidget(self.edit_button)
        self.status_button = QPushButton(self.tr("Change &status"), objectName="statusButton")
        self.status_menu = QMenu(self.status_button)
        self.status_menu.setObjectName("statusMenu")
        self.status_actions: dict[str, QAction] = {}
        for status in subjects.SubjectStatus:
            action = self.status_menu.addAction(labels.label(labels.SUBJECT_STATUSES, status.value))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=status.value: self.ask_status_change(s))
            self.status_actions[status.value] = action
        self.status_button.setMenu(self.status_menu)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        self.card_tabs = QTabWidget(objectName="cardTabs")
        self.card_tabs.setDocumentMode(True)
        self.requests_table = _small_table(
            "requestsTable",
            [
                self.tr("Number"),
                self.tr("Received"),
                self.tr("Type"),
                self.tr("Status"),
                self.tr("Due / closed"),
            ],
        )
        self.requests_table.setToolTip(self.tr("Enter or double-click opens the case"))
        self.requests_table.cellActivated.connect(self._open_request)
        self.no_requests = self._empty_label(
            "noRequests", self.tr("No letters from this subject have been registered.")
        )
        self.card_tabs.addTab(self._tab(self.requests_table, self.no_requests), "")

        self.consents_table = _small_table(
            "consentsTable",
            [self.tr("Document and edition"), self.tr("Given"), self.tr("How"), self.tr("State")],
        )
        self.consents_table.setWordWrap(True)
        self.consents_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.consents_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.no_consents = self._empty_label(
            "noConsents", self.tr("No consent of this subject is recorded.")
        )
        self.card_tabs.addTab(self._tab(self.consents_table, self.no_consents), "")
        box.addSpacing(4)
        box.addWidget(self.card_tabs, 1)

        self.card_stack.addWidget(card)
        self.card_widget = card
        return self.card_stack

    @staticmethod
    def _empty_label(name: str, text: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setStyleSheet(_MUTED + " padding: 12px;")
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _tab(table: QTableWidget, empty: QLabel) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(table, 1)
        box.addWidget(empty, 1)
        return page

    def _build_shortcuts(self) -> None:
        def shortcut(keys, slot, name):
            sc = QShortcut(QKeySequence(keys), self, objectName=name)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            return sc

        self.find_shortcut = shortcut(QKeySequence.StandardKey.Find, self.focus_search, "find")
        self.new_shortcut = shortcut("Ctrl+Shift+N", self.new_subject, "newSubject")
        self.edit_shortcut = shortcut(Qt.Key.Key_F2, self.edit_subject, "editSubject")

    # -- Screen -------------------------------------------------------------------------------

    @property
    def current_operator(self) -> int | None:
        return self.operator_filter.currentData()

    def refresh(self) -> None:
        self._load_operators()
        self.search_now(keep=True)
        if self._card is not None:
            self._load_card(self._card.id)

    def on_changed(self, topics: frozenset[str]) -> None:
        if operations.OPERATORS in topics:
            self._operators_loaded = False
        super().on_changed(topics)

    def save_state(self) -> None:
        save_splitter(self.prefs, self.splitter, SUBJECTS_SCREEN)
        save_header(self.prefs, self.table.horizontalHeader(), SUBJECTS_RESULTS)

    # -- operators ----------------------------------------------------------------------------

    def _load_operators(self) -> None:
        if self._operators_loaded:
            return

        def load(ctx):
            return [(op.id, operator_label(op)) for op in operators.all_operators(ctx)]

        self.ops.query(load, self._fill_operators, owner=self)

    def _fill_operators(self, items: list[tuple[int, str]]) -> None:
        first = not self._operators_loaded and self.operator_filter.count() <= 1
        self._operators_loaded = True
        wanted = self.prefs.get(SUBJECTS_OPERATOR) if first else self.current_operator
        self.operator_filter.blockSignals(True)
        self.operator_filter.clear()
        self.operator_filter.addItem(self.tr("All operators"), None)
        for op_id, name in items:
            self.operator_filter.addItem(name, op_id)
        index = self.operator_filter.findData(wanted) if wanted is not None else 0
        self.operator_filter.setCurrentIndex(max(index, 0))
        self.operator_filter.blockSignals(False)
        if self.current_operator != self._last_operator:
            self.search_now()

    def _operator_changed(self, _index: int) -> None:
        self.prefs.set(SUBJECTS_OPERATOR, self.current_operator)
        self.search_now()

    # -- searching ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_and_focus_results(self) -> None:
        self.search_now()
        self.table.setFocus()

    def search_now(self, keep: bool = False) -> None:
        """Run the search in the box now (``keep``: as a refresh, same rows and selection)."""
        self._search_timer.stop()
        self._search_gen += 1
        gen = self._search_gen
        query = self.search_edit.text().strip()
        operator_id = self.current_operator
        limit = self.PAGE
        if keep:
            limit = max(self.PAGE, min(self.model.rowCount(), self.MAX_ROWS))
        self._last_query = query
        self._last_operator = operator_id
        if not keep:
            self.note.setText(self.tr("Searching…"))

        def load(ctx) -> Page:
            return subject_card.search(ctx, query, operator_id, 0, limit)

        self.ops.query(
            load,
            lambda page: self._show_results(gen, query, page),
            lambda exc: self._search_failed(gen, exc),
            owner=self,
        )

    def _fetch_more(self) -> None:
        gen = self._search_gen
        query = self._last_query or ""
        operator_id = self.current_operator
        offset = self.model.rowCount()
        limit = min(self.PAGE, self.MAX_ROWS - offset)

        def load(ctx) -> Page:
            return subject_card.search(ctx, query, operator_id, offset, limit)

        def done(page: Page) -> None:
            if gen == self._search_gen:
                self.model.append_page(page.rows, page.has_more)
                self._update_note(query)

        def failed(exc: Exception) -> None:
            if gen == self._search_gen:
                self.model.page_failed()
                show_error(self, exc)

        self.ops.query(load, done, failed, owner=self)

    def _search_failed(self, gen: int, exc: Exception) -> None:
        if gen == self._search_gen:
            show_error(self, exc)

    def _show_results(self, gen: int, query: str, page: Page) -> None:
        if gen != self._search_gen:
            return  # the officer has typed on since
        pending = self._pending_select
        keep = pending or (self._card.id if self._card else None)
        self.model.set_page(page.rows, page.has_more)
        self._update_note(query)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and pending is None:
            # What was shown is not among the results: show the first one found, if any.
            row = 0 if self.model.rowCount() else None
            if row is None:
                self._card_gen += 1  # a card still loading is no longer wanted
                self._show_placeholder()
        if row is not None:
            self._select_row(row)
        self._pending_select = None

    def _update_note(self, query: str) -> None:
        n = self.model.rowCount()
        more = self.model.has_more
        capped = more and self.model.at_limit
        if not query:
            if n == 0:
                text = self.tr(
                    "No subjects yet: create one with Ctrl+Shift+N, or import them from the "
                    "operator's systems."
                )
            elif capped:
                text = self.tr(
                    "Showing the {0} most recently updated subjects; search to find the others."
                ).format(n)
            elif more:
                text = self.tr(
                    "Showing the {0} most recently updated subjects; scroll down for more, "
                    "or search by IIN or name."
                ).format(n)
            else:
                text = self.tr("All %n subject(s), most recently updated first.", "", n)
        elif n == 0:
            text = self.tr("Nobody matches “{0}”. Check the spelling or the IIN.").format(query)
        elif capped:
            text = self.tr(
                "Showing the first {0} matches; refine the search to see the others."
            ).format(n)
        elif more:
            text = self.tr("Showing the first {0} matches; scroll down for more.").format(n)
        else:
            text = self.tr("%n subject(s) found.", "", n)
        self.note.setText(text)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.subject_id(index.row()) if index.isValid() else None

    def _current_row_changed(self, current, _previous) -> None:
        subject_id = self.model.subject_id(current.row()) if current.isValid() else None
        if subject_id is None:
            return
        if self._card is None or self._card.id != subject_id:
            self._card_timer.start()

    def _row_activated(self, index) -> None:
        subject_id = self.model.subject_id(index.row())
        if subject_id is None:
            return
        if self._card is None or self._card.id != subject_id:
            self._load_card(subject_id, focus=True)
        else:
            self._focus_card()

    # -- the card -----------------------------------------------------------------------------

    def show_subject(self, subject_id: int) -> None:
        """Select ``subject_id`` in the results (searching for it if needed) and show its card."""
        row = self.model.row_of(subject_id)
        if row is not None:
            self._pending_select = None
            self._select_row(row)
            self._load_card(subject_id)
        else:
            self._pending_select = subject_id
            self._load_card(subject_id, locate=True)

    def _load_current_card(self) -> None:
        subject_id = self.selected_id()
        if subject_id is not None:
            self._load_card(subject_id)

    def _load_card(self, subject_id: int, focus: bool = False, locate: bool = False) -> None:
        self._card_timer.stop()
        self._card_gen += 1
        gen = self._card_gen

        def done(card: SubjectCard) -> None:
            if gen == self._card_gen:
                self._show_card(card, focus, locate)

        def failed(exc: Exception) -> None:
            if gen == self._card_gen:
                self._pending_select = None
                self._show_placeholder()
                show_error(self, exc)

        self.ops.query(lambda ctx: subject_card.card(ctx, subject_id), done, failed, owner=self)

    def _show_placeholder(self) -> None:
        self._card = None
        self.card_stack.setCurrentWidget(self.placeholder)
        self.edit_button.setEnabled(False)
        self.status_button.setEnabled(False)

    def _show_card(self, card: SubjectCard, focus: bool = False, locate: bool = False) -> None:
        self._card = card
        self.card_stack.setCurrentWidget(self.card_widget)
        self.edit_button.setEnabled(True)
        self.status_button.setEnabled(True)
        self.card_name.setText(card.full_name)
        status = labels.label(labels.SUBJECT_STATUSES, card.status)
        background, text = STATUS_COLORS.get(card.status, ("#eeeeee", "#333333"))
        self.card_status.setText(status)
        self.card_status.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 9px;"
            " padding: 3px 10px; font-weight: 600;"
        )
        for value, action in self.status_actions.items():
            action.setChecked(value == card.status)
            action.setEnabled(value != card.status)

        def put(name: str, value: str) -> None:
            label = self.fields[name]
            label.setText(value or self.tr("—"))
            label.setStyleSheet("" if value else _MUTED)

        put("iin", card.iin)
        put("birth_date", format_date(card.birth_date))
        put("phone", card.phone)
        put("email", card.email)
        put("address", card.address)
        put("account", card.account_id)
        client = card.client_org
        if card.client_bin:
            client = self.tr("{0}, BIN {1}").format(client or "—", card.client_bin)
        put("client", client)
        put("operator", card.operator_name)
        put("updated", _local(card.updated_at))
        self._show_iin_hint(card)
        self._fill_consents(card)
        self._fill_requests(card)

        if locate and self.model.row_of(card.id) is None:
            self._locate(card)
        if focus:
            self._focus_card()

    def _show_iin_hint(self, card: SubjectCard) -> None:
        hint = iin_hint(card.iin) if card.iin else None
        if hint is None or hint.birth_date is None:
            self.iin_hint.hide()
            self.iin_hint.clear()
            return
        sex = {"M": self.tr("male"), "F": self.tr("female")}.get(hint.sex or "", "")
        if card.birth_date is None or card.birth_date == hint.birth_date:
            text = self.tr("The IIN suggests: born {0}, {1} (a hint only).").format(
                format_date(hint.birth_date), sex
            )
        else:
            text = self.tr(
                "The IIN suggests born {0}, {1}, unlike the birth date on record "
                "(a hint only: since 2013 IINs need not follow the birth date)."
            ).format(format_date(hint.birth_date), sex)
        self.iin_hint.setText(text)
        self.iin_hint.show()

    def _fill_consents(self, card: SubjectCard) -> None:
        table = self.consents_table
        table.setRowCount(len(card.consents))
        for row, c in enumerate(card.consents):
            title = c.title_kk or c.title_ru or self.tr("(document not recorded)")
            edition = ""
            if c.edition and c.effective_date:
                edition = self.tr("edition {0} of {1}").format(
                    c.edition, format_date(c.effective_date)
                )
            elif c.edition:
                edition = self.tr("edition {0}").format(c.edition)
            elif c.effective_date:
                edition = self.tr("in force from {0}").format(format_date(c.effective_date))
            document = f"{title}\n{edition}" if edition else title
            state = (
                self.tr("Withdrawn {0}").format(_local(c.withdrawn_at)[:10])
                if c.withdrawn_at
                else self.tr("In force")
            )
            values = [
                document,
                _local(c.given_at),
                labels.label(CONSENT_CHANNELS, c.channel),
                state,
            ]
            tip = c.title_ru if c.title_ru and c.title_ru != title else ""
            for col, value in enumerate(values):
                table.setItem(row, col, _item(value, c.id, tip if col == 0 else ""))
        self.card_tabs.setTabText(1, self.tr("Consents ({0})").format(len(card.consents)))
        table.setVisible(bool(card.consents))
        self.no_consents.setVisible(not card.consents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_requests(self, card: SubjectCard) -> None:
        table = self.requests_table
        table.setRowCount(len(card.requests))
        for row, r in enumerate(card.requests):
            values = [
                r.reg_number,
                format_date(r.received_date),
                labels.type_label(r.type),
                labels.status_label(r.status),
                format_date(r.closed_date or r.due_date),
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, _item(value, r.id))
        self.card_tabs.setTabText(0, self.tr("Letters ({0})").format(len(card.requests)))
        table.setVisible(bool(card.requests))
        self.no_requests.setVisible(not card.requests)
        header = table.horizontalHeader()
        for col in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)

    def _focus_card(self) -> None:
        if self.requests_table.rowCount():
            self.requests_table.setFocus()
            if self.requests_table.currentRow() < 0:
                self.requests_table.setCurrentCell(0, 0)
        else:
            self.edit_button.setFocus()

    def _locate(self, card: SubjectCard) -> None:
        """Bring a subject shown from elsewhere into the results: search for its IIN or name."""
        if self.current_operator not in (None, card.operator_id):
            self.operator_filter.blockSignals(True)
            self.operator_filter.setCurrentIndex(0)
            self.operator_filter.blockSignals(False)
        self._pending_select = card.id
        self.search_edit.blockSignals(True)
        self.search_edit.setText(card.iin or card.full_name)
        self.search_edit.blockSignals(False)
        self.search_now()

    def _open_request(self, row: int, _column: int = 0) -> None:
        item = self.requests_table.item(row, 0)
        if item is not None:
            self.navigator.open_case(item.data(Qt.ItemDataRole.UserRole))

    # -- actions ------------------------------------------------------------------------------

    def new_subject(self) -> SubjectDialog:
        dialog = SubjectDialog(self.ops, self.current_operator, None, self)
        dialog.saved.connect(self._after_create)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_create(self, subject_id: int) -> None:
        self._pending_select = subject_id
        self._load_card(subject_id, locate=True)

    def edit_subject(self) -> SubjectDialog | None:
        if self._card is None:
            return None
        dialog = SubjectDialog(self.ops, self._card.operator_id, self._card.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_status_change(self, status: str) -> QInputDialog | None:
        """Ask for the note that goes with a status change, then change it."""
        if self._card is None or status == self._card.status:
            return None
        subject_id = self._card.id
        dialog = QInputDialog(self, objectName="statusNoteDialog")
        dialog.setWindowTitle(self.tr("Change the subject's status"))
        dialog.setLabelText(
            self.tr("{0}: {1} → {2}\n\nNote for the record (why, on what basis):").format(
                self._card.full_name,
                labels.label(labels.SUBJECT_STATUSES, self._card.status),
                labels.label(labels.SUBJECT_STATUSES, status),
            )
        )
        dialog.setOkButtonText(self.tr("Change status"))
        dialog.setMinimumWidth(460)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda note: self.change_status(subject_id, status, note))
        dialog.open()
        return dialog

    def change_status(self, subject_id: int, status: str, note: str = "") -> None:
        self.ops.mutate(
            lambda ctx: subjects.set_status(ctx, subject_id, status, note.strip()).id,
            {operations.SUBJECTS},
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )
