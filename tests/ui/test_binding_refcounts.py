"""Guard against a Qt binding that loses references to None/True/False (PySide6 6.12.0 on
Python 3.11 did: long sessions then died with 'none_dealloc')."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel


class _Emitter(QObject):
    toggled = Signal(bool)


def test_none_references_survive_common_calls(qapp):
    label, combo = QLabel(), QComboBox()
    combo.addItem("a", None)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        combo.itemData(0)
    assert sys.getrefcount(None) >= before - 5


def test_bool_references_survive_signals(qapp):
    emitter, seen = _Emitter(), []
    emitter.toggled.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.toggled.emit(True)
    seen.clear()
    assert sys.getrefcount(True) >= before - 5
