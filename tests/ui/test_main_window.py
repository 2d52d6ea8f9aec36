"""The main window and the dashboard, driven like the officer does."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import register
from app.ui.screens.dashboard import DashboardScreen
from tests.helpers import make_operator
from tests.helpers import register as reg


def test_status_bar_names_the_database(shell_factory, sqlite_ctx):
    window = shell_factory([DashboardScreen])
    assert sqlite_ctx.db.label in window.db_label.text()


def test_dashboard_counts_and_refresh_after_a_change(
    qtbot, shell_factory, sqlite_ctx, ops, wait_idle
):
    make_operator(sqlite_ctx)
    window = shell_factory([DashboardScreen])
    wait_idle()
    screen = window.screens["dashboard"]
    assert screen.counts["overdue"].text() == "0"

    import datetime as dt

    ops.mutate(lambda ctx: reg(ctx, received=dt.date(2026, 9, 1)))
    wait_idle()
    wait_idle()
    board = register.dashboard(sqlite_ctx)
    assert board.overdue == 1
    assert screen.counts["overdue"].text() == "1"
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == "ДД-2026/0001"


def test_dashboard_card_opens_the_filtered_register(qtbot, shell_factory, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    window = shell_factory([DashboardScreen])
    wait_idle()
    asked = []
    window.show_register = lambda **f: asked.append(f)
    card = window.screens["dashboard"].findChild(QPushButton, "card_overdue")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert asked == [{"urgency": "overdue"}]


def test_built_in_term_bases_have_translatable_labels():
    from app.domain.deadlines import DEFAULT_POLICY, STATUTORY_POLICY
    from app.ui import labels

    for policy in (DEFAULT_POLICY, STATUTORY_POLICY):
        for term in policy.terms.values():
            assert term.basis in labels.BASES, term.basis
