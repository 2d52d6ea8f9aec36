"""The operator's data map, edited in both languages (SPEC "The operator's data map").

``DataMapEditor`` (promoted in ``forms/operator_dialog.ui``, laid out in
``forms/data_map_editor.ui``) shows the six parts of the map - categories, purposes, methods,
sources, recipients, systems - one page each, every entry a Kazakh and a Russian text; a
recipient abroad has its country, and the category selected has its retention rule (legal basis
in both languages, a period, from when) below the table. The domain's own check,
:func:`app.domain.data_map.map_problems`, runs on every keystroke: the half a row lacks is asked
for in its empty cell, the sentence stands under the table, and the part is marked in the list.

:meth:`DataMapEditor.set_parts` fills it from an operator profile, :meth:`DataMapEditor.parts`
gives the JSON lists the service stores, :meth:`DataMapEditor.problems` what is still missing
(rows numbered as the officer sees them) and :meth:`DataMapEditor.focus_problem` takes the
officer there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.data_map import (
    PARTS,
    Category,
    DataMap,
    Pair,
    Recipient,
    Retention,
    map_problems,
)
from app.domain.errors import Problem
from app.ui.dialogs.data_map_table import ERROR, Column, PairTable, pair_columns, period_text
from app.ui.forms.ui_data_map_editor import Ui_DataMapEditor
from app.ui.problems import problem_text

PART_LABELS = {
    "data_categories": QT_TRANSLATE_NOOP("DataMapEditor", "Categories of data"),
    "purposes": QT_TRANSLATE_NOOP("DataMapEditor", "Purposes"),
    "methods": QT_TRANSLATE_NOOP("DataMapEditor", "Methods of processing"),
    "sources": QT_TRANSLATE_NOOP("DataMapEditor", "Sources"),
    "recipients": QT_TRANSLATE_NOOP("DataMapEditor", "Recipients"),
    "systems": QT_TRANSLATE_NOOP("DataMapEditor", "Systems to clean"),
}
# The column a problem's code points at (pair_missing_half: the language's own column).
COLUMN_OF = {
    "retention_basis_missing": "kept",
    "retention_period_missing": "kept",
    "country_code": "country",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataMapEditor", text)


class DataMapEditor(QWidget):
    """``set_parts(profile)``, ``parts()``, ``problems()``; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DataMapEditor()
        self.ui.setupUi(self)
        ui = self.ui
        self.sections: dict[str, PairTable] = {
            "data_categories": ui.categoriesSection,
            "purposes": ui.purposesSection,
            "methods": ui.methodsSection,
            "sources": ui.sourcesSection,
            "recipients": ui.recipientsSection,
            "systems": ui.systemsSection,
        }
        assert tuple(self.sections) == PARTS
        for part, section in self.sections.items():
            columns = pair_columns()
            if part == "data_categories":
                columns.append(Column("kept", self.tr("Kept after withdrawal"), False, False))
            elif part == "recipients":
                columns.append(Column("country", self.tr("Country"), True, False))
            section.configure(part, columns)
            section.changed.connect(self._edited)
            ui.partsList.addItem(QListWidgetItem(_tr(PART_LABELS[part])))
        ui.partsList.currentRowChanged.connect(ui.pages.setCurrentIndex)
        ui.partsList.setCurrentRow(0)

        self.categories.current_row_changed.connect(self._show_rule)
        ui.retentionGroup.toggled.connect(self._rule_edited)
        for edit in (ui.basisKkEdit, ui.basisRuEdit, ui.fromKkEdit, ui.fromRuEdit):
            edit.textEdited.connect(self._rule_edited)
        for spin in (ui.yearsSpin, ui.monthsSpin):
            spin.valueChanged.connect(self._rule_edited)
        self._loading = False
        self._found: list[Problem] = []
        self._show_rule(-1)
        self._refresh()

    @property
    def categories(self) -> PairTable:
        return self.sections["data_categories"]

    # -- in and out -------------------------------------------------------------------------

    def set_parts(self, data: Any) -> None:
        """Show the map of ``data`` (an operator profile or a dict with the map's lists)."""
        get = data.get if isinstance(data, dict) else lambda name: getattr(data, name, None)
        data_map = DataMap.from_json({part: get(part) for part in PARTS})
        self._loading = True
        self.categories.set_rows(
            [c.name.to_json() for c in data_map.categories],
            [c.retention.to_json() if c.retention else None for c in data_map.categories],
        )
        for part in ("purposes", "methods", "sources", "systems"):
            self.sections[part].set_rows([p.to_json() for p in getattr(data_map, part)])
        self.sections["recipients"].set_rows(
            [{**r.name.to_json(), "country": r.country} for r in data_map.recipients]
        )
        self._loading = False
        if data_map.categories:
            self.categories.table.setCurrentCell(0, 0)
        self._show_rule(self.categories.table.currentRow())
        self._refresh()

    def _collect(self) -> tuple[DataMap, dict[str, list[int]]]:
        """The map the tables hold, and for each part the table row of each entry."""
        rows: dict[str, list[int]] = {}
        entries = {}
        for part, section in self.sections.items():
            entries[part] = section.entries()
            rows[part] = [row for row, _values in entries[part]]

        def pairs(part: str) -> tuple[Pair, ...]:
            return tuple(Pair(v["kk"], v["ru"]) for _row, v in entries[part])

        data_map = DataMap(
            categories=tuple(
                Category(Pair(v["kk"], v["ru"]), Retention.of(self.categories.row_data(row)))
                for row, v in entries["data_categories"]
            ),
            purposes=pairs("purposes"),
            methods=pairs("methods"),
            sources=pairs("sources"),
            recipients=tuple(
                Recipient(Pair(v["kk"], v["ru"]), v["country"]) for _r, v in entries["recipients"]
            ),
            systems=pairs("systems"),
        )
        return data_map, rows

    def data_map(self) -> DataMap:
        return self._collect()[0]

    def parts(self) -> dict[str, list]:
        """The map as the operator's JSON columns store it."""
        return self.data_map().to_json()

    def problems(self) -> list[Problem]:
        """What the map still lacks, each problem's ``row`` the table row (from 1)."""
        return list(self._found)

    # -- the retention rule of the category selected ---------------------------------------

    def _show_rule(self, row: int) -> None:
        ui = self.ui
        valid = 0 <= row < self.categories.table.rowCount()
        rule = Retention.of(self.categories.row_data(row)) if valid else None
        self._loading = True
        ui.retentionGroup.setEnabled(valid)
        ui.retentionGroup.setChecked(rule is not None)
        rule = rule or Retention()
        ui.basisKkEdit.setText(rule.basis.kk)
        ui.basisRuEdit.setText(rule.basis.ru)
        ui.yearsSpin.setValue(rule.years)
        ui.monthsSpin.setValue(rule.months)
        ui.fromKkEdit.setText(rule.start.kk)
        ui.fromRuEdit.setText(rule.start.ru)
        for edit in (ui.basisKkEdit, ui.basisRuEdit, ui.fromKkEdit, ui.fromRuEdit):
            edit.setCursorPosition(0)  # a long basis reads from its beginning
        self._loading = False
        self._show_rule_problems()

    def _rule_edited(self, *_args) -> None:
        if self._loading:
            return
        ui = self.ui
        row = self.categories.table.currentRow()
        if row < 0:
            return
        rule = None
        if ui.retentionGroup.isChecked():
            rule = Retention(
                Pair(ui.basisKkEdit.text().strip(), ui.basisRuEdit.text().strip()),
                ui.yearsSpin.value(),
                ui.monthsSpin.value(),
                Pair(ui.fromKkEdit.text().strip(), ui.fromRuEdit.text().strip()),
            ).to_json()
        self.categories.set_row_data(row, rule)
        self._edited()

    def _show_rule_problems(self) -> None:
        row = self.categories.table.currentRow() + 1
        texts = [
            problem_text(p)
            for p in self._found
            if p.field == "retention" and p.params["row"] == row
        ]
        label = self.ui.retentionProblems
        label.setText("\n".join(texts))
        label.setVisible(bool(texts))

    # -- live problems ----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        data_map, rows = self._collect()
        found: list[Problem] = []
        cells: dict[str, dict[tuple[int, str], str]] = {part: {} for part in PARTS}
        sentences: dict[str, list[str]] = {part: [] for part in PARTS}
        for p in map_problems(data_map):
            part = "data_categories" if p.field == "retention" else p.field
            row = rows[part][p.params["row"] - 1]
            shown = Problem(p.field, p.code, {**p.params, "row": row + 1})
            found.append(shown)
            sentences[part].append(problem_text(shown))
            if p.code == "pair_missing_half":
                ask = (
                    self.tr("Kazakh text needed")
                    if p.params["language"] == "kk"
                    else self.tr("Russian text needed")
                )
                cells[part][(row, p.params["language"])] = ask
            else:
                cells[part][(row, COLUMN_OF.get(p.code, "kk"))] = self.tr("Rule incomplete")
        self._found = found
        self._show_kept()
        for part, section in self.sections.items():
            section.show_problems(cells[part], sentences[part])
            item = self.ui.partsList.item(PARTS.index(part))
            count = len(section.entries())
            label = _tr(PART_LABELS[part])
            if sentences[part]:
                item.setText(
                    self.tr("%1 (%2): %3 to complete")
                    .replace("%1", label)
                    .replace("%2", str(count))
                    .replace("%3", str(len(sentences[part])))
                )
                item.setForeground(QBrush(QColor(ERROR)))
            else:
                item.setText(self.tr("%1 (%2)").replace("%1", label).replace("%2", str(count)))
                item.setForeground(QBrush())
        self._show_rule_problems()

    def _show_kept(self) -> None:
        section = self.categories
        for row in range(section.table.rowCount()):
            rule = Retention.of(section.row_data(row))
            text = ""
            if rule is not None:
                text = period_text(rule.years, rule.months) or self.tr("no period yet")
            section.set_text(row, "kept", text)

    def focus_problem(self, problem: Problem | None = None) -> None:
        """Show the part of ``problem`` (else the first one found) with its cell selected."""
        problem = problem or (self._found[0] if self._found else None)
        if problem is None:
            return
        part = "data_categories" if problem.field == "retention" else problem.field
        if part not in self.sections:
            return
        self.ui.partsList.setCurrentRow(PARTS.index(part))
        section = self.sections[part]
        row = int(problem.params.get("row", 1)) - 1
        if problem.code == "pair_missing_half":
            key = problem.params.get("language", "kk")
        else:
            key = COLUMN_OF.get(problem.code, "kk")
        if 0 <= row < section.table.rowCount():
            section.table.setCurrentCell(row, section.column(key))
        if problem.field == "retention":
            ui = self.ui
            empty = [e for e in (ui.basisKkEdit, ui.basisRuEdit) if not e.text().strip()]
            (empty[0] if empty else ui.yearsSpin).setFocus()
        else:
            section.table.setFocus()
