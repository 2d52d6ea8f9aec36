"""Help › About: version, licences and the Qt it runs on, read back from the real dialog."""

from __future__ import annotations

from importlib import metadata

import PySide6
from PySide6.QtCore import QSize, qVersion

from app.ui.dialogs.about import AboutDialog
from app.ui.icons import SIZES, app_icon


def test_about_names_version_fonts_licence_and_qt(qtbot):
    dialog = AboutDialog("demo.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == metadata.version("derbes")
    assert "ParaType Free Font License" in dialog.fonts_label.text()
    licence = dialog.font_licence.toPlainText()
    assert licence.startswith("Copyright © 2009, 2010 ParaType Ltd.")
    assert qVersion() in dialog.qt_label.text()
    assert PySide6.__version__ in dialog.qt_label.text()
    assert dialog.findChild(type(dialog.version_label), "about_database").text() == "demo.sqlite3"


def test_the_icon_has_every_size():
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
    assert icon.pixmap(QSize(48, 48)).width() == 48
