"""Help › About: the version, the licences (the program's and the bundled fonts'), and the
versions of Qt, PySide6 and Python this copy runs on, so a bug report can name them."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.ui.icons import app_icon

FONT_LICENCE_FILE = ("fonts", "LICENSE-PT-Serif.txt")


def version() -> str:
    """The installed distribution's version (a frozen bundle carries its metadata)."""
    try:
        return metadata.version("derbes")
    except metadata.PackageNotFoundError:
        return ""


def licence() -> str:
    """The licence the package metadata declares ('' when it declares none)."""
    try:
        meta = metadata.metadata("derbes")
    except metadata.PackageNotFoundError:
        return ""
    return (meta.get("License-Expression") or meta.get("License") or "").strip()


class AboutDialog(QDialog):
    def __init__(self, database_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Derbes"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)

        heading = QLabel(
            self.tr("Derbes: the compliance officer's desk for personal-data requests")
        )
        heading.setObjectName("about_heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        self.version_label = self._value("about_version", version() or self.tr("unknown"))
        form.addRow(self.tr("Version:"), self.version_label)
        self.licence_label = self._value(
            "about_licence", licence() or self.tr("not stated in the package metadata")
        )
        form.addRow(self.tr("Licence:"), self.licence_label)
        self.fonts_label = self._value(
            "about_fonts",
            self.tr("PT Serif (ParaType Ltd.), under the ParaType Free Font License"),
        )
        form.addRow(self.tr("Fonts:"), self.fonts_label)
        self.qt_label = self._value(
            "about_qt",
            self.tr("Qt {0}, PySide6 {1}, Python {2}").format(
                qVersion(), PySide6.__version__, platform.python_version()
            ),
        )
        form.addRow(self.tr("Runs on:"), self.qt_label)
        form.addRow(self.tr("Database:"), self._value("about_database", database_label))
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Licence of the bundled fonts:")))
        self.font_licence = QPlainTextEdit(self)
        self.font_licence.setObjectName("about_font_licence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setPlainText(
            resource_path(*FONT_LICENCE_FILE).read_text(encoding="utf-8")
        )
        self.font_licence.setMinimumHeight(160)
        layout.addWidget(self.font_licence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(label.textInteractionFlags() | _selectable())
        return label


def _selectable():
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse
