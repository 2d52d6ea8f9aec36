"""Issue 13 in the window: a word that appears only in a request's scanned letter, typed into
the register's search box in another script, shows that request."""

from __future__ import annotations

import pytest

from app.services.attachments import NewAttachment
from app.ui.models.request_table import NUMBER
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.requests import RequestsScreen
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.retention import PDF
from tests.ui.test_requests_screen import open_register, type_text

LETTER = "Прошу удалить мои данные. Адрес: Қарағанды облысы, Теміртау қаласы, Жұлдыз көшесі."


@pytest.fixture
def shell(shell_factory, wait_idle):
    window = shell_factory([DashboardScreen, RequestsScreen])
    wait_idle()
    return window


@pytest.mark.parametrize("words", ["Теміртау", "Temirtau", "Темиртау Жулдыз"])
def test_a_word_of_the_letter_typed_in_the_search_box_shows_its_request(
    qtbot, shell, sqlite_ctx, wait_idle, words
):
    make_operator(sqlite_ctx)
    scanned = reg(sqlite_ctx, sender="Бекова Дина",
                  attachments=[NewAttachment("letter.pdf", PDF, text=LETTER)])  # fmt: skip
    reg(sqlite_ctx, sender="Бекова Дина")  # the same sender, no letter text
    screen = open_register(shell, wait_idle)
    assert screen.model.rowCount() == 2
    type_text(qtbot, screen.ui.searchEdit, words)
    qtbot.waitUntil(lambda: screen.filters()["search"] == words, timeout=3000)  # debounced
    wait_idle()
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, NUMBER).data() == scanned.reg_number
