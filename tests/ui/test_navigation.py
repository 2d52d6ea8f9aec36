"""Screens navigate through a Navigator's signals; only the main window knows what they do."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.navigation import Navigator
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.requests import RequestsScreen
from app.ui.screens.subjects import SubjectsScreen
from tests.helpers import make_operator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"


class Host(QWidget):
    """Not a main window: just what a screen needs (app.ui.screens.base.Host)."""

    def __init__(self, ops, prefs):
        super().__init__()
        self.ops = ops
        self.prefs = prefs
        self.navigator = Navigator(self)


def test_a_screen_asks_its_navigator_not_a_window(qtbot, ops, prefs, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    host = Host(ops, prefs)
    qtbot.addWidget(host)
    screen = DashboardScreen(host)
    host.show()
    screen.show()
    wait_idle()
    asked = []
    host.navigator.register_requested.connect(asked.append)
    card = screen.findChild(QPushButton, "card_overdue")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert asked == [{"urgency": "overdue"}]


def test_the_main_window_answers_every_request(qtbot, shell_factory, wait_idle):
    window = shell_factory([DashboardScreen, RequestsScreen, SubjectsScreen])
    wait_idle()
    nav = window.navigator
    opened, letters = [], []
    window.open_case = opened.append
    window.new_letter = lambda: letters.append(True)
    nav.open_case(12)
    nav.new_letter()
    assert opened == [12] and letters == [True]

    nav.show_screen("subjects")
    assert window.current_screen() is window.screens["subjects"]
    nav.open_register(urgency="overdue")
    assert window.current_screen() is window.screens["requests"]
    assert window.screens["requests"].filters()["urgency"] == "overdue"

    shown = []
    window.screens["subjects"].show_subject = shown.append
    nav.open_subject(5)
    assert window.current_screen() is window.screens["subjects"] and shown == [5]

    nav.post_message("Сақталды", 5_000)
    assert window.statusBar().currentMessage() == "Сақталды"
    nav.close_window()
    assert not window.isVisible()


def test_nothing_in_the_window_imports_the_main_window():
    allowed = {UI / "main_window.py", UI / "application.py"}
    found = []
    for path in UI.rglob("*.py"):
        if "forms" in path.parts or path in allowed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "app.ui.main_window":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "shell"
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: self.shell")
    assert not found, found
