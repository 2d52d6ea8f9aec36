"""The Subjects screen: find a person by IIN or by name in any script, see their card (details,
consents, letters), create and edit them, change their status.

Only search results are ever loaded (a page at a time, up to ``MAX_ROWS``); an empty search lists
the most recently updated subjects. Every read and change goes through ``self.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import operators, subject_card, subjects
from app.services.subject_card import Page, SubjectCard, operator_label
from app.ui import labels, operations
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.dialogs.subject_dialog import SubjectDialog
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
from app.ui.screens.subject_card_view import (
    _MUTED,
    SubjectCardPart,
    _small_table,
)


class SubjectsScreen(SubjectCardPart, Screen):
    key = "subjects"
    topics = frozenset({operations.SUBJECTS, operations.REQUESTS, operations.OPERATORS})

    PAGE = subject_card.PAGE
    MAX_ROWS = 1000  # beyond this the officer refines the search instead of scrolling
    SEARCH_DELAY_MS = 300
    CARD_DELAY_MS = 80

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("subjectsScreen")
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
        self.import_button = QPushButton(self.tr("&Import…"), objectName="importButton")
        self.import_button.setToolTip(self.tr("Import subjects from a CSV or XLSX file"))
        self.import_button.clicked.connect(self.import_subjects)
        bar.addWidget(self.import_button)
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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reveal_action = QAction(self.tr("Reveal the IIN"), self.table)
        self.reveal_action.setObjectName("revealIinAction")
        self.reveal_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.reveal_action.triggered.connect(self.reveal_iin)
        self.table.addAction(self.reveal_action)
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
        for status in subjects.BY_HAND:  # merged and anonymised come from a merge or a purge
            action = self.status_menu.addAction(labels.label(labels.SUBJECT_STATUSES, status.value))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=status.value: self.ask_status_change(s))
            self.status_actions[status.value] = action
        self.status_button.setMenu(self.status_menu)
        buttons.addWidget(self.status_button)
        self.reveal_button = QPushButton(self.tr("Re&veal the IIN"), objectName="revealIinButton")
        self.reveal_button.setToolTip(
            self.tr("Show this subject's full IIN (Ctrl+Shift+I); each reveal is recorded")
        )
        self.reveal_button.clicked.connect(self.reveal_iin)
        self.reveal_button.setEnabled(False)
        buttons.addWidget(self.reveal_button)
        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="mergeRecordButton")
        self.merge_button.setToolTip(
            self.tr("Merge another record of the same person into this one")
        )
        self.merge_button.clicked.connect(self.merge_subject)
        self.merge_button.setEnabled(False)
        buttons.addWidget(self.merge_button)
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
        self.ops.forget(self, "more")  # a page of the last results is no longer wanted
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

        self.ops.query(  # the officer typing on replaces a search still on its way
            load,
            lambda page: self._show_results(query, page),
            lambda exc: show_error(self, exc),
            owner=self,
            key="search",
        )

    def _fetch_more(self) -> None:
        query = self._last_query or ""
        operator_id = self.current_operator
        offset = self.model.rowCount()
        limit = min(self.PAGE, self.MAX_ROWS - offset)

        def load(ctx) -> Page:
            return subject_card.search(ctx, query, operator_id, offset, limit)

        def done(page: Page) -> None:
            self.model.append_page(page.rows, page.has_more)
            self._update_note(query)

        def failed(exc: Exception) -> None:
            self.model.page_failed()
            show_error(self, exc)

        self.ops.query(load, done, failed, owner=self, key="more")

    def _show_results(self, query: str, page: Page) -> None:
        pending = self._pending_select
        keep = pending or (self._card.id if self._card else None)
        self.model.set_page(page.rows, page.has_more)
        self._update_note(query)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and pending is None:
            # What was shown is not among the results: show the first one found, if any.
            row = 0 if self.model.rowCount() else None
            if row is None:
                self.ops.forget(self, "card")  # a card still loading is no longer wanted
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

    # -- actions ------------------------------------------------------------------------------

    def new_subject(self) -> SubjectDialog:
        dialog = SubjectDialog(self.ops, self.current_operator, None, self)
        dialog.saved.connect(self._after_create)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_subjects(self):
        from app.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ops, self.current_operator, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

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

    def _show_card(self, card: SubjectCard, focus: bool = False, locate: bool = False) -> None:
        super()._show_card(card, focus, locate)
        self.merge_button.setEnabled(card.status not in subjects.BY_RECORDS)

    def _show_placeholder(self) -> None:
        super()._show_placeholder()
        self.merge_button.setEnabled(False)

    def merge_subject(self) -> MergeDialog | None:
        """Merge another record of the same person into the one shown."""
        if self._card is None or self._card.status in subjects.BY_RECORDS:
            return None
        dialog = MergeDialog(self.ops, self._card.id, self._card.operator_id, self)
        dialog.merged.connect(self.show_subject)
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
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )
