"""Settings › Audit log: the button runs the check on the worker and shows what it found."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.audit import Finding
from app.services import audit
from app.ui.problems import problem_text
from app.ui.screens.settings import SettingsScreen
from app.ui.settings.audit_page import AuditPage
from tests import tamper


def fill(ctx, n: int) -> None:
    with ctx.write() as w:
        for i in range(n):
            w.audit("test.entry", "thing", i, None, {"n": i})


def open_page(shell_factory, wait_idle) -> AuditPage:
    window = shell_factory([SettingsScreen])
    wait_idle()
    screen = window.screens["settings"]
    page = next(p for p in screen.pages if isinstance(p, AuditPage))
    screen.show_page(page)
    wait_idle()
    return page


def click_check(qtbot, page: AuditPage, wait_idle) -> None:
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and page.check_button.isEnabled())
    wait_idle()


def test_an_intact_log_is_said_to_be_intact(qtbot, shell_factory, wait_idle, sqlite_ctx):
    fill(sqlite_ctx, 7)
    page = open_page(shell_factory, wait_idle)
    assert page.screen.tabs.tabText(page.screen.tabs.indexOf(page)) == "&Audit log"
    click_check(qtbot, page, wait_idle)
    assert page.result.ok and page.result.anchored
    assert page.summary.isVisible() and "intact" in page.summary.text()
    assert "7 entries" in page.summary.text()
    assert not page.problems.isVisible()
    assert not page.progress.isVisible()


def test_a_broken_log_lists_each_problem(qtbot, shell_factory, wait_idle, sqlite_ctx):
    fill(sqlite_ctx, 12)
    victim = audit.recent(sqlite_ctx, limit=1)[0].id - 5
    tamper.execute(sqlite_ctx.db, "UPDATE audit_entry SET actor = 'x' WHERE id = :i", i=victim)
    tamper.delete_newest(sqlite_ctx.db, 3)
    page = open_page(shell_factory, wait_idle)
    click_check(qtbot, page, wait_idle)
    assert not page.result.ok
    shown = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert page.problems.isVisible() and len(shown) == len(page.result.problems) >= 2
    assert shown[0] == problem_text(Finding("audit_edited", victim).problem)
    assert str(victim) in shown[0]
    tail = next(p for p in page.result.problems if p.code == "audit_tail_missing")
    assert problem_text(tail.problem) in shown
    assert "12" in problem_text(tail.problem) and "9" in problem_text(tail.problem)
    assert "broken" in page.summary.text()
    # Checking again after the repair-free state still says the same (nothing was re-anchored).
    page.result = None
    click_check(qtbot, page, wait_idle)
    assert not page.result.ok
