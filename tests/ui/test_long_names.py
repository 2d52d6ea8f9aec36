"""Long Kazakh and Russian names are elided with "…" and told whole in a tool tip (tables, the
subject card, the case window's header), never cut; the welcome title fits in Kazakh and
Russian; the main window's title names the application once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)

from app.services import subjects
from app.services.subjects import SubjectInput
from tests.helpers import make_operator
from tests.helpers import register as reg

# 120 characters of a Kazakh full name (a double surname, two given names, the patronymic)
SURNAME = "Сәрсенбайұлы-Жақыпбекова-Төлеубердиева-Құрманғалиева"
GIVEN = "Әйгерім-Гүлназым Нұрсұлтанқызы"
PATRONYMIC = "Мұхамеджанқызы-Бекмұхамбетқызы-Әлиев"
LONG_NAME = f"{SURNAME} {GIVEN} {PATRONYMIC}"
assert len(LONG_NAME) == 120, len(LONG_NAME)


def shown_in_cell(view: QTableView, index: QModelIndex) -> str:
    """The text the view paints in the cell, as its style lays it out (elided to the text
    rectangle of the cell when it does not fit)."""
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = view.visualRect(index)
    option.textElideMode = view.textElideMode()
    assert not view.wordWrap()  # a wrapped name would be cut at the row's bottom instead
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return option.fontMetrics.elidedText(
        option.text, option.textElideMode, text_rect.width() - 2 * margin
    )


def row_of(model, column: int, text: str) -> QModelIndex:
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, column)
        if model.data(index) == text:
            return index
    raise AssertionError(f"{text!r} is not in column {column}")


@pytest.fixture
def long_subject(sqlite_ctx):
    operator_id = make_operator(sqlite_ctx).id
    subject = subjects.create(
        sqlite_ctx,
        operator_id,
        SubjectInput(surname=SURNAME, given_name=GIVEN, patronymic=PATRONYMIC),
    )
    return subject


@pytest.fixture
def subjects_screen(qtbot, long_subject, shell_factory, wait_idle):
    """The Subjects screen, 1000 pixels wide, showing the subject with the long name."""
    from app.ui.screens.subjects import SubjectsScreen

    window = shell_factory([SubjectsScreen])
    window.resize(1000, 640)
    wait_idle()
    screen = window.screens["subjects"]
    screen.show_subject(long_subject.id)
    wait_idle()
    qtbot.waitUntil(lambda: screen._card is not None)
    return screen


def test_a_long_name_in_the_subjects_table_and_card_is_elided_with_the_whole_in_a_tip(
    qtbot, kazakh, subjects_screen
):
    from app.ui.models.subject_table import NAME

    screen = subjects_screen
    index = row_of(screen.table.model(), NAME, LONG_NAME)
    shown = shown_in_cell(screen.table, index)
    assert shown.endswith("…") and LONG_NAME.startswith(shown[:-1])
    assert screen.table.model().data(index, Qt.ItemDataRole.ToolTipRole) == LONG_NAME

    label = screen.card_name
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    assert LONG_NAME.startswith(label.text()[:-1])
    assert label.toolTip() == LONG_NAME
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_card_re_elides_when_it_is_resized(qtbot, subjects_screen):
    screen = subjects_screen
    window = screen.window()
    label = screen.card_name
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    narrow = label.text()
    window.resize(1900, 640)
    screen.splitter.setSizes([300, 1600])
    qtbot.waitUntil(lambda: label.text() != narrow)
    assert len(label.text()) > len(narrow)
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip() in ("", LONG_NAME)
    assert label.toolTip() == ("" if label.text() == LONG_NAME else LONG_NAME)


def test_a_long_sender_in_the_register_is_elided_with_the_whole_in_a_tip(
    qtbot, kazakh, sqlite_ctx, shell_factory, wait_idle
):
    from app.ui.models.request_table import SENDER
    from app.ui.screens.requests import RequestsScreen

    make_operator(sqlite_ctx)
    reg(sqlite_ctx, sender=LONG_NAME)
    window = shell_factory([RequestsScreen])
    window.resize(1000, 640)
    wait_idle()
    view = window.screens["requests"].table
    model = view.model()
    qtbot.waitUntil(lambda: model.data(model.index(0, SENDER)) == LONG_NAME)
    index = model.index(0, SENDER)
    shown = shown_in_cell(view, index)
    assert shown.endswith("…") and LONG_NAME.startswith(shown[:-1])
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_the_case_header_elides_a_long_sender_and_subject(
    qtbot, kazakh, sqlite_ctx, ops, prefs, long_subject, wait_idle
):
    from app.services import requests
    from app.ui.case_view import CaseWindow

    request = reg(sqlite_ctx, sender=LONG_NAME)
    requests.link_subject(sqlite_ctx, request.id, long_subject.id, request.version)
    window = CaseWindow(ops, prefs, request.id, None)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    wait_idle()
    qtbot.waitUntil(lambda: window.data is not None and window.data.subject is not None)
    for label in (window.ui.subtitleLabel, window.ui.subjectNameValue):
        qtbot.waitUntil(lambda label=label: label.text().endswith("…"))
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        assert LONG_NAME in label.toolTip()
    assert window.ui.subjectNameValue.toolTip() == LONG_NAME
    # the subtitle takes the header's free room: it shows more than the request's type
    subtitle = window.ui.subtitleLabel
    assert subtitle.width() > window.width() // 3, (subtitle.width(), window.width())
    assert window.ui.subtitleLabel.toolTip().endswith(f" · {LONG_NAME}")


def _fits(label: QLabel) -> bool:
    """Every line of the label's text inside it: no word wider than the label, and the
    wrapped text no taller than it."""
    rect = label.contentsRect()
    metrics = label.fontMetrics()
    words = label.text().split()
    wide = all(metrics.horizontalAdvance(word) <= rect.width() for word in words)
    needed = metrics.boundingRect(rect, Qt.TextFlag.TextWordWrap, label.text())
    return wide and needed.height() <= rect.height() and needed.width() <= rect.width()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_welcome_title_fits_at_the_default_and_the_smallest_size(
    qtbot, qapp, ops, prefs, language
):
    from app.ui.application import install_translations
    from app.ui.welcome import WelcomeDialog

    installed = install_translations(qapp, language)
    try:
        dialog = WelcomeDialog(ops, prefs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        title, intro = dialog.ui.titleLabel, dialog.ui.introLabel
        assert title.text() != "Welcome to Derbes"
        assert _fits(title) and _fits(intro), (title.text(), title.size(), intro.size())
        dialog.resize(1, 1)  # as small as the officer can make it
        qtbot.wait(20)
        assert dialog.width() < 800  # still fits a small laptop's screen
        assert _fits(title) and _fits(intro), (title.text(), title.size(), intro.size())
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_dashboard_heading_fits_the_smallest_window(
    qtbot, qapp, demo_ctx, shell_factory, wait_idle, language
):
    from app.ui.application import install_translations

    installed = install_translations(qapp, language)
    try:
        window = shell_factory()
        window.resize(window.minimumSize())
        wait_idle()
        screen = window.screens["dashboard"]
        heading = screen.heading
        qtbot.waitUntil(lambda: any(ch.isdigit() for ch in heading.text()))
        qtbot.wait(20)
        assert window.size() == window.minimumSize()
        assert _fits(heading), (heading.text(), heading.size())
        scroll = screen.findChild(QScrollArea, "dashboardScroll")
        assert scroll.horizontalScrollBar().maximum() == 0  # nothing pushed out of sight
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_the_main_window_title_names_derbes_once(qapp, prefs, shell_factory, language):
    from app.ui.application import install_translations

    installed = install_translations(qapp, language) if language != "en" else []
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("Derbes")  # as run_gui sets it
    try:
        window = shell_factory([])
        title = window.windowTitle()
        # what the title bar shows: Qt adds " — Derbes" unless the title ends with it
        shown = title if title.endswith("Derbes") else f"{title} — Derbes"
        assert shown.count("Derbes") == 1, shown
        assert shown == "derbes.sqlite3 — Derbes"
    finally:
        QGuiApplication.setApplicationDisplayName(before)
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()


def test_a_long_address_in_the_outgoing_letters_is_elided_with_the_whole_in_a_tip(
    qtbot, kazakh, sqlite_ctx, shell_factory, wait_idle
):
    from app.ui.models.outgoing_table import ADDRESS
    from app.ui.screens.outgoing import WIDEST_COLUMN, OutgoingScreen
    from tests.unit.test_dispatch import answered

    make_operator(
        sqlite_ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )
    address = "050000, Алматы қаласы, Бостандық ауданы, Әл-Фараби даңғылы, 77/8, «Нұрлы Тау» бизнес-орталығы, 4-блок, 12-қабат, 1205-кеңсе"
    answered(sqlite_ctx, sender=LONG_NAME, address=address)
    window = shell_factory([OutgoingScreen])
    window.resize(1000, 640)
    wait_idle()
    view = window.screens["outgoing"].table
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, ADDRESS)) != "")
    wait_idle()
    index = model.index(0, ADDRESS)
    assert view.horizontalHeader().sectionSize(ADDRESS) <= WIDEST_COLUMN
    shown = shown_in_cell(view, index)
    assert shown.endswith("…") and address.startswith(shown[:-1])
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == address
