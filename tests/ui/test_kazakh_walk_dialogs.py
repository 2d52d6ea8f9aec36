"""The Kazakh walk, continued: every dialog the officer can open, each of its pages, and the
message boxes they ask with, in the Kazakh interface on the demo database, hold no English
(``tests/ui/kazakh_walk.py`` says what counts). Each test opens its dialogs the way the window
does and checks every window shown, so a message box a dialog opens is read too; and each
asserts that the dialogs it means to read were really shown, so a walk that silently opened
nothing cannot pass."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QTabWidget, QToolBox
from sqlmodel import select

from app.services import register
from app.storage.models import Subject
from tests.ui.kazakh_walk import close_new, demo_data, english_shown, english_words, open_windows


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    yield
    gc.collect()


@pytest.fixture
def shell(kazakh, demo_ctx, shell_factory, wait_idle):
    window = shell_factory()
    wait_idle()
    return window


@pytest.fixture
def data(demo_ctx) -> tuple[str, ...]:
    return demo_data(demo_ctx)


class Walk:
    """Collects the English of every window shown after each step, and what was shown."""

    def __init__(self, qtbot, wait_idle, data):
        self.qtbot, self.wait_idle, self.data = qtbot, wait_idle, data
        self.found: set[str] = set()
        self.seen: set[str] = set()

    def settle(self, ms: int = 50) -> None:
        self.wait_idle()
        self.qtbot.wait(ms)
        self.wait_idle()

    def read(self, ms: int = 50) -> None:
        self.settle(ms)
        for window in open_windows():
            self.seen.update({window.objectName(), type(window).__name__})
        self.found.update(english_shown(self.data))

    def pages(self, root) -> None:
        """Every tab and every tool-box page inside ``root``, read one by one."""
        for tabs in root.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.read()
        for box in root.findChildren(QToolBox):
            for index in range(box.count()):
                box.setCurrentIndex(index)
                self.read()

    def opened(self, opener, ms: int = 50):
        """Run ``opener`` (it opens a window), read everything shown, close what it opened."""
        before = open_windows()
        opener()
        self.read(ms)
        new = [w for w in open_windows() if w not in before]
        for window in new:
            self.pages(window)
        close_new(before)
        self.settle()
        return new

    def opened_modal(self, opener) -> None:
        """As :meth:`opened` for an opener that blocks in its dialog's own event loop
        (``exec()``): the dialog is read and closed from inside that loop."""
        before = open_windows()

        def read_and_close() -> None:
            self.read()
            for window in open_windows():
                if window not in before:
                    self.pages(window)
            close_new(before)

        QTimer.singleShot(300, read_and_close)
        opener()
        self.settle()

    def check(self, *expected: str) -> None:
        missing = [name for name in expected if name not in self.seen]
        assert not missing, f"never shown: {missing}; shown: {sorted(self.seen)}"
        assert not self.found, "\n".join(sorted(self.found))


@pytest.fixture
def walk(qtbot, wait_idle, data):
    return Walk(qtbot, wait_idle, data)


def _box(parent) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def test_case_actions_withdrawal_steps_and_letters_speak_kazakh(shell, demo_ctx, walk):
    rows = register.list_requests(demo_ctx, register.RequestFilter(open_only=True), limit=60)
    withdrawals = [r for r in rows if r.type == "consent_withdrawal"][:2]
    others = [r for r in rows if r.type != "consent_withdrawal"][:3]
    for request in [*withdrawals, *others]:
        shell.open_case(request.id)
        walk.read()
        case = shell._case_windows[request.id]
        walk.pages(case)
        walk.opened(case.change_status)
        walk.opened(case.stop_clock)
        walk.opened(case.resume_clock)
        walk.opened(case.extend)
        walk.opened(case.link_subject)
        walk.opened(case.unlink_subject)
        walk.opened(case.dispatch_letters)
        panel = case.lettersPanel
        walk.opened(panel.prepare_letter, ms=300)
        case.close()
        walk.settle()
    walk.check(
        "caseWindow",
        "changeStatusDialog",
        "stopClockDialog",
        "resumeClockDialog",
        "extendDialog",
        "linkSubjectDialog",
        "confirmUnlinkBox",
        "prepareLetterDialog",
    )


def test_a_final_status_and_the_letter_boxes_speak_kazakh(shell, demo_ctx, walk, qtbot):
    rows = register.list_requests(demo_ctx, register.RequestFilter(open_only=True), limit=10)
    request = next(r for r in rows if r.type != "consent_withdrawal")
    shell.open_case(request.id)
    walk.read()
    case = shell._case_windows[request.id]

    def final_status():
        case.change_status()
        walk.settle()
        dialog = case.dialog
        dialog.choose(next(s for s in dialog.offered() if s in ("rejected", "closed")))
        dialog.confirm()  # asks first

    walk.opened(final_status)

    def letter_boxes():
        dialog = case.lettersPanel.prepare_letter()
        walk.settle(300)
        dialog.confirm_finalise()  # the box that asks before a letter gets its number
        walk.read()
        if dialog.confirm_box is not None:
            dialog.confirm_box.reject()
        dialog.choose_file("pdf")  # the file dialog of "Save as PDF"
        walk.read()

    walk.opened(letter_boxes, ms=300)
    case.close()
    walk.check("changeStatusDialog", "confirmFinalBox", "prepareLetterDialog", "saveFileDialog")


def _some_subjects(ctx, n: int = 2) -> list[Subject]:
    with ctx.read() as s:
        return list(s.exec(select(Subject).where(Subject.status == "active").limit(n)).all())


def test_subject_dialogs_merge_and_the_import_wizard_speak_kazakh(shell, demo_ctx, walk, tmp_path):
    shell.show_screen("subjects")
    screen = shell.screens["subjects"]
    keep, other = _some_subjects(demo_ctx)
    screen.show_subject(keep.id)
    walk.read(200)
    walk.opened(screen.new_subject)
    walk.opened(screen.edit_subject, ms=200)
    walk.opened(lambda: screen.ask_status_change("processing_stopped"))

    def merge():
        dialog = screen.merge_subject()
        walk.settle()
        dialog.search_edit.setText(other.surname)
        dialog.search()
        walk.settle()
        dialog.results.setCurrentRow(0)  # its preview: what would move

    walk.opened(merge, ms=200)

    path = tmp_path / "clients.csv"
    path.write_text(
        "Тегі;Аты;ЖСН\n" + f"{keep.surname};{keep.given_name};{keep.iin}\n" + "Бекова;Ару;123\n",
        encoding="utf-8",
    )

    def import_wizard():
        wizard = screen.import_subjects()
        walk.read()
        wizard.file_page.path_edit.setText(str(path))
        wizard.next()  # the columns and their meaning
        walk.read(200)
        wizard.next()  # the import, then its summary and the bad rows
        walk.qtbot.waitUntil(lambda: wizard.import_page._done, timeout=10_000)
        walk.read()

    walk.opened(import_wizard)
    walk.check("SubjectDialog", "statusNoteDialog", "mergeDialog", "importWizard")


def test_dispatch_and_delivery_dialogs_speak_kazakh(shell, demo_ctx, walk):
    from tests.unit.test_dispatch import answered

    answered(demo_ctx)  # a final letter to post
    shell.show_screen("outgoing")
    screen = shell.screens["outgoing"]
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        walk.read(200)
        if screen.table.model().rowCount() == 0:
            continue
        screen.table.selectRow(0)
        walk.opened(screen.dispatch_selected)
        walk.opened(screen.record_outcome)
    walk.check("dispatchDialog", "letterOutcomeDialog")


def test_settings_dialogs_speak_kazakh(shell, walk):
    shell.show_screen("settings")
    screen = shell.screens["settings"]
    pages = {
        type(screen.tabs.widget(i)).__name__: screen.tabs.widget(i)
        for i in range(screen.tabs.count())
    }
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        walk.read(200)
    operators = pages["OperatorsPage"]
    screen.tabs.setCurrentWidget(operators)
    walk.read(200)
    for row in range(operators.table.rowCount()):  # each profile's details, a rich text
        operators.table.selectRow(row)
        walk.settle()
        text = operators.details.toPlainText()
        walk.found.update(f"operatorDetails: {w}" for w in english_words(text, walk.data))
    walk.opened(operators.new_operator, ms=200)

    def edit_operator_and_its_consent_document():
        dialog = operators.edit_operator()
        walk.settle(200)
        walk.pages(dialog)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.documentsTab)
        dialog.add_document()
        walk.read()

    walk.opened(edit_operator_and_its_consent_document)
    calendar = pages["CalendarPage"]
    screen.tabs.setCurrentWidget(calendar)
    walk.read(200)
    walk.opened(calendar.add_override, ms=200)
    walk.check("OperatorDialog", "ConsentDocumentDialog", "OverrideDialog")


def test_about_the_bug_dialog_and_an_error_speak_kazakh(shell, walk, expect_bugs):
    from app.services.errors import FileProblem
    from app.ui import bugs
    from app.ui.messages import show_error

    walk.opened_modal(shell._about)
    failure = RuntimeError("сынақ үшін")
    walk.data = (*walk.data, f"RuntimeError: {failure}")
    walk.opened(lambda: bugs.reporter().report(failure))
    walk.opened(lambda: show_error(shell, FileProblem("file_no_space", path="/tmp/x.pdf")))
    walk.check("AboutDialog", "bugBox", "errorBox")


def test_reports_and_saving_them_speak_kazakh(shell, walk):
    shell.show_screen("reports")
    screen = shell.screens["reports"]
    for index in range(screen.preset.count()):
        screen.preset.setCurrentIndex(index)
        walk.read(100)
    cells = [
        screen.tables[key].item(row, col).text()
        for key in ("by_type", "by_operator")
        for row in range(screen.tables[key].rowCount())
        for col in range(3)
    ]
    assert cells, "the report shows no rows"
    assert not [c for c in cells if "Товарищество" in c or "ответственностью" in c]  # Kazakh names
    assert all("," in c for c in cells if c.endswith("%")), cells  # "42,9 %"
    walk.opened(lambda: screen.save("pdf"))
    walk.opened(lambda: screen.save("xlsx"))
    walk.check("saveDialog")


def test_the_welcome_dialog_speaks_kazakh(kazakh, ops, prefs, qtbot, walk):
    from app.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(ops, prefs)
    qtbot.addWidget(dialog)
    walk.opened(dialog.show)
    walk.opened(lambda: (dialog.show(), dialog.create_profile()))
    walk.check("WelcomeDialog", "OperatorDialog")
