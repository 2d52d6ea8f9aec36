"""Settings › Operators: the operator profiles, which one is the default, add and edit."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain import operator_input
from app.domain.data_map import DataMap, map_problems
from app.domain.errors import DomainError
from app.domain.numbering import format_number
from app.services import operators, profile
from app.ui import operations
from app.ui.dialogs.data_map_table import ERROR, period_text
from app.ui.dialogs.operator_dialog import EXAMPLE_SEQ, OperatorDialog
from app.ui.messages import show_error
from app.ui.prefs import (
    OPERATORS_PAGE,
    restore_header,
    restore_splitter,
    save_header,
    save_splitter,
)
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage

ID_ROLE = Qt.ItemDataRole.UserRole


def _reg_kind(kind: str) -> str:
    """BIN and INN as the operator dialog names them (БСН, БИН…); another kind as typed."""
    return QCoreApplication.translate("OperatorDialog", kind) if kind else ""


class OperatorsPage(SettingsPage):
    topics = frozenset({operations.OPERATORS, operations.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OperatorsPage", "&Operators")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("operatorsPage")
        self.rows: list[profile.ProfileRow] = []
        self._select_id: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "The organisations whose letters you answer. Letters are registered for the "
                "default operator unless you choose another."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="operatorsSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, objectName="operatorsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Operator"), self.tr("Code"), self.tr("Registration No."), self.tr("Default")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_operator())
        self.table.cellActivated.connect(lambda _r, _c: self.edit_operator())
        left_layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New operator…"), objectName="newOperatorButton")
        self.new_button.setToolTip(self.tr("Create another operator profile (Insert)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editOperatorButton")
        self.edit_button.setToolTip(self.tr("Edit the selected profile (Enter)"))
        self.default_button = QPushButton(
            self.tr("Make the de&fault"), objectName="makeDefaultButton"
        )
        self.default_button.setToolTip(
            self.tr("Register new letters for the selected operator by default")
        )
        self.new_button.clicked.connect(self.new_operator)
        self.edit_button.clicked.connect(self.edit_operator)
        self.default_button.clicked.connect(self.make_default)
        for button in (self.new_button, self.edit_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.new_operator)

        self.details = QTextBrowser(objectName="operatorDetails")
        self.details.setOpenExternalLinks(False)
        self.details.setOpenLinks(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.message = QLabel(objectName="operatorsMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        restore_splitter(self.prefs, self.splitter, OPERATORS_PAGE)
        restore_header(self.prefs, self.table.horizontalHeader(), OPERATORS_PAGE)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.query(profile.overview, self._show, owner=self)

    def _show(self, rows: list[profile.ProfileRow]) -> None:
        keep = self._select_id if self._select_id is not None else self.current_id()
        self._select_id = None
        self.rows = rows
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        select_row = 0
        for row, r in enumerate(rows):
            name = r.name_kk
            number = f"{_reg_kind(r.reg_kind)} {r.reg_number}".strip() if r.reg_number else "—"
            values = [name, r.code, number, self.tr("default") if r.is_default else ""]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, r.id)
                item.setToolTip(f"{r.name_kk}\n{r.name_ru}" if col == 0 else value)
                if r.is_default:
                    item.setFont(bold)
                self.table.setItem(row, col, item)
            if r.id == keep or (keep is None and r.is_default):
                select_row = row
        if rows:
            self.table.selectRow(select_row)
        self._selection_changed()

    # -- selection ----------------------------------------------------------------------------

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def current_row(self) -> profile.ProfileRow | None:
        current = self.current_id()
        return next((r for r in self.rows if r.id == current), None)

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.details.setHtml(self._details_html(row) if row else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.default_button.setEnabled(row is not None and not row.is_default)

    def _details_html(self, r: profile.ProfileRow) -> str:
        op = r.profile
        e = html.escape

        def line(label: str, value: str, color: str = "") -> str:
            if not value:
                return ""
            value = e(value).replace("\n", "<br>")
            style = f" style='color:{color}'" if color else ""
            return (
                f"<tr><td style='color:#666;padding-right:10px'>{e(label)}</td>"
                f"<td{style}>{value}</td></tr>"
            )

        try:
            example = format_number(
                op.request_pattern, op.request_prefix, self._year(), EXAMPLE_SEQ
            )
        except DomainError:
            example = op.request_pattern
        signatory = ", ".join(x for x in (op.signatory_position_kk, op.signatory_name) if x)
        executor = ", ".join(x for x in (op.executor_name, op.executor_phone) if x)
        data_map = operator_input.data_map_of(op)
        default_text = self.tr("The default operator")  # outside the f-string: lupdate sees it
        default = f"<p style='color:#2e6b34'><b>{e(default_text)}</b></p>" if r.is_default else ""
        rows = "".join(
            [
                line(self.tr("Name in Russian"), op.name_ru),
                line(self.tr("Short name"), op.short_name),
                line(_reg_kind(op.reg_kind), op.reg_number),
                line(self.tr("Country"), op.country),
                line(self.tr("Address in Kazakh"), op.address_kk),
                line(self.tr("Address in Russian"), op.address_ru),
                line(self.tr("E-mail"), op.email),
                line(self.tr("Phone"), op.phone),
                line(self.tr("Website"), op.website),
                line(self.tr("Signs letters"), signatory),
                line(self.tr("Executor"), executor),
                line(self.tr("Incoming numbers"), example),
                *self._map_lines(data_map, line),
                line(self.tr("Consent documents"), str(r.documents)),
                line(self.tr("Cross-border transfer"), self._abroad(data_map, op.cross_border)),
            ]
        )
        return (
            f"<h3 style='margin-bottom:4px'>{e(op.name_kk)}</h3>{default}"
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
        )

    def _map_lines(self, data_map: DataMap, line) -> list[str]:
        """The data map in brief: how much each part holds, what is kept after a withdrawal and
        for how long, and how many texts still lack a half."""
        counts = self.tr(
            "%1 categories of data, %2 purposes, %3 methods, %4 sources, %5 recipients, %6 systems"
        )
        for i, part in enumerate(
            (
                data_map.categories,
                data_map.purposes,
                data_map.methods,
                data_map.sources,
                data_map.recipients,
                data_map.systems,
            ),
            start=1,
        ):
            counts = counts.replace(f"%{i}", str(len(part)))
        kept = [
            f"{c.name.kk or c.name.ru}: {period_text(c.retention.years, c.retention.months)}"
            for c in data_map.categories
            if c.retention is not None
        ]
        if not kept and data_map.categories:
            kept = [self.tr("nothing: every category is removed once consent is withdrawn")]
        lines = [
            line(self.tr("Data map"), counts),
            line(self.tr("Kept after withdrawal"), "\n".join(kept)),
        ]
        missing = len(map_problems(data_map))
        if missing:
            text = self.tr("%1 texts of the data map: open the profile to complete them")
            lines.append(line(self.tr("To complete"), text.replace("%1", str(missing)), ERROR))
        return lines

    def _abroad(self, data_map: DataMap, cross_border: bool) -> str:
        countries = sorted({r.country for r in data_map.recipients if r.cross_border})
        if countries:
            return self.tr("yes: %1").replace("%1", ", ".join(countries))
        return self.tr("yes") if cross_border else self.tr("no")

    def _year(self) -> int:
        return self.ops.ctx.today().year

    # -- actions ------------------------------------------------------------------------------

    def new_operator(self) -> OperatorDialog:
        return self._open_dialog(None)

    def edit_operator(self) -> OperatorDialog | None:
        current = self.current_id()
        if current is None:
            return None
        return self._open_dialog(current)

    def _open_dialog(self, operator_id: int | None) -> OperatorDialog:
        dialog = OperatorDialog(self.ops, operator_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, operator_id: int) -> None:
        self._select_id = operator_id
        self.tell(self.message, self.tr("The operator profile is saved."))

    def make_default(self) -> None:
        row = self.current_row()
        if row is None or row.is_default:
            return
        self._select_id = row.id
        name = row.profile.short_name or row.name_kk
        self.ops.mutate(
            lambda ctx: operators.set_default(ctx, row.id),
            on_done=lambda _r: self.tell(
                self.message,
                self.tr("New letters are now registered for %1.").replace("%1", name),
            ),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def save_state(self) -> None:
        save_splitter(self.prefs, self.splitter, OPERATORS_PAGE)
        save_header(self.prefs, self.table.horizontalHeader(), OPERATORS_PAGE)
