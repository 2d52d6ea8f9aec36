"""The main window's first screen starts its read while the window is being built (issue 11,
start-up), and the show that follows does not read it again."""

from __future__ import annotations

from app.ui.main_window import MainWindow
from app.ui.screens.base import Screen


class Counting(Screen):
    key = "counting"
    topics = frozenset({"requests"})

    def __init__(self, host):
        super().__init__(host)
        self.reads = 0
        self.shown: list[int] = []

    @classmethod
    def title(cls) -> str:
        return "Counting"

    def refresh(self) -> None:
        self.reads += 1
        self.ops.query(lambda ctx: 42, self.shown.append, owner=self)


class Other(Counting):
    key = "other"


def test_the_first_screen_reads_once_from_before_the_show(qtbot, ops, prefs, wait_idle):
    window = MainWindow(ops, prefs, [Counting, Other])
    qtbot.addWidget(window)
    first = window.screens["counting"]
    assert first.reads == 1  # started while the window was built, before it is shown
    assert window.busy_label.text() == "Working…"  # the read under way is told
    window.show()
    wait_idle()
    assert first.reads == 1 and first.shown == [42]  # the show did not read it again
    assert window.busy_label.text() == ""
    assert not window.screens.is_built("other")


def test_a_change_before_the_show_reads_the_first_screen_again(qtbot, ops, prefs, wait_idle):
    window = MainWindow(ops, prefs, [Counting, Other])
    qtbot.addWidget(window)
    first = window.screens["counting"]
    window._on_changed(frozenset({"requests"}))  # hidden: it is only marked stale
    assert first.reads == 1
    window.show()
    wait_idle()
    assert first.reads == 2 and first.shown == [42, 42]


def test_the_dashboard_asks_for_its_counts_before_building_its_widgets(
    qtbot, ops, prefs, wait_idle, monkeypatch
):
    from app.ui.screens.dashboard import DashboardScreen

    asked = []
    query = ops.query

    def recording(fn, on_done=None, on_error=None, owner=None, key=None):
        if key is not None and key[0] == "dashboard":
            asked.append(hasattr(owner, "counts"))  # the tiles' labels built yet?
        return query(fn, on_done, on_error, owner, key)

    monkeypatch.setattr(ops, "query", recording)
    window = MainWindow(ops, prefs, [DashboardScreen])
    qtbot.addWidget(window)
    assert asked == [False]  # asked for while the screen was being built, before its tiles
    window.show()
    wait_idle()
    screen = window.screens["dashboard"]
    assert asked == [False]  # neither load_now nor the show read it again
    assert screen.board is not None and screen.counts["overdue"].text() == "0"
