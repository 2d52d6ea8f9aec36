"""Settings › Retention purge: the page lists what is past its date (a preview that changes
nothing), asks before purging, shows progress, then what it did."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlmodel import func, select

from app.services import subjects
from app.storage.models import AuditEntry, WithdrawalOutcome
from app.ui.screens.settings import SettingsScreen
from app.ui.settings.purge_page import PurgePage
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.retention import SECRET_IIN, finished_withdrawal, subject

PAST = TODAY - dt.timedelta(days=3)
FUTURE = TODAY + dt.timedelta(days=300)


def _box(qtbot, name) -> QMessageBox:
    found = []

    def shown():
        found[:] = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def _page(shell_factory, wait_idle) -> PurgePage:
    window = shell_factory([SettingsScreen])
    wait_idle()
    screen = window.screens["settings"]
    screen.show_page(screen.purge_page)
    wait_idle()
    return screen.purge_page


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _entries(ctx) -> int:
    with ctx.read() as session:
        return session.exec(select(func.count()).select_from(AuditEntry)).one()


def _retained(ctx):
    op = make_operator(ctx)
    due = subject(ctx, op.id)
    finished_withdrawal(ctx, due.id, [("Бухгалтерия", "retained", PAST)])
    kept = subject(ctx, op.id, surname="Ержанов", iin="")
    finished_withdrawal(ctx, kept.id, [("Бухгалтерия", "retained", PAST)])
    finished_withdrawal(ctx, kept.id, [("Договоры", "retained", FUTURE)])
    return due, kept


def test_the_page_previews_asks_and_purges(qtbot, shell_factory, wait_idle, sqlite_ctx):
    due, kept = _retained(sqlite_ctx)
    page = _page(shell_factory, wait_idle)
    tabs = page.screen.tabs
    assert tabs.tabText(tabs.indexOf(page)) == "Retention &purge"
    rows = _rows(page.table)
    assert [r[0] for r in rows] == ["Сейітова Әйгерім Болатқызы", "Ержанов Әйгерім Болатқызы"]
    assert SECRET_IIN not in rows[0][1] and rows[0][1].startswith("9001")
    assert rows[0][2] == "Бухгалтерия" and rows[0][3] == PAST.strftime("%d.%m.%Y")
    assert rows[0][4] == "The record is anonymised"
    assert rows[1][4] == f"Kept: other data is retained until {FUTURE:%d.%m.%Y}"
    assert page.summary.text() == (
        "Past their retention date: 2 data categories of 2 subjects. Records to be anonymised: 1."
    )
    assert page.purge_button.isEnabled()
    entries = _entries(sqlite_ctx)

    # Cancel: nothing happens.
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "purgeConfirmBox")
    assert "Records to be anonymised for good: 1." in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle()
    assert _entries(sqlite_ctx) == entries
    assert subjects.get(sqlite_ctx, due.id).surname == "Сейітова"

    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "purgeConfirmBox")
    box.findChild(QPushButton, "confirmPurgeButton").click()
    qtbot.waitUntil(lambda: page.result is not None)
    wait_idle()
    assert page.message.isVisible()
    assert page.message.text() == (
        "Purged: 2 data categories of 2 subjects. Records anonymised: 1."
    )
    assert not page.progress.isVisible() and not page.stop_button.isVisible()
    assert subjects.get(sqlite_ctx, due.id).status == "anonymised"
    assert subjects.get(sqlite_ctx, kept.id).surname == "Ержанов"
    # the list is read again: nothing is due any more
    assert page.table.rowCount() == 0 and not page.purge_button.isEnabled()
    assert "nothing to purge" in page.summary.text()
    with sqlite_ctx.read() as session:
        purged = [o for o in session.exec(select(WithdrawalOutcome)) if o.purged_at]
    assert len(purged) == 2


def test_a_purge_only_takes_what_the_preview_showed(qtbot, shell_factory, wait_idle, sqlite_ctx):
    due, _kept = _retained(sqlite_ctx)
    page = _page(shell_factory, wait_idle)
    assert page.table.rowCount() == 2
    late = subject(sqlite_ctx, due.operator_id, surname="Поздний", iin="")
    finished_withdrawal(sqlite_ctx, late.id, [("Бухгалтерия", "retained", PAST)])
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    _box(qtbot, "purgeConfirmBox").findChild(QPushButton, "confirmPurgeButton").click()
    qtbot.waitUntil(lambda: page.result is not None)
    wait_idle()
    assert late.id not in {s.subject_id for s in page.result.subjects}
    assert [r[0] for r in _rows(page.table)] == ["Поздний Әйгерім Болатқызы"]


def test_nothing_due_says_so(qtbot, shell_factory, wait_idle, sqlite_ctx):
    page = _page(shell_factory, wait_idle)
    assert page.table.rowCount() == 0
    assert "nothing to purge" in page.summary.text()
    assert not page.purge_button.isEnabled()
