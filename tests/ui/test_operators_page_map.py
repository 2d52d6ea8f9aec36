"""Settings › Operators: the data map in brief beside the list (what it holds, what is kept after a
withdrawal and how long, where data go abroad, how many texts still lack a half)."""

from __future__ import annotations

import dataclasses

import pytest

from app.services import demo_data, operators
from app.storage.models import Operator
from app.ui.screens.settings import SettingsScreen
from tests.helpers import make_operator


@pytest.fixture
def open_settings(shell_factory, wait_idle):
    def make():
        window = shell_factory([SettingsScreen])
        wait_idle()
        return window.screens["settings"]

    return make


def create_demo_operator(ctx, code: str) -> Operator:
    spec = demo_data.load().operator(code)
    fields = {f.name for f in dataclasses.fields(operators.OperatorInput)}
    return operators.create(
        ctx, operators.OperatorInput(**{k: v for k, v in spec.items() if k in fields})
    )


def test_the_summary_of_a_demo_operators_map(open_settings, sqlite_ctx):
    create_demo_operator(sqlite_ctx, "ipsm")
    text = open_settings().operators_page.details.toPlainText()
    assert "5 categories of data, 5 purposes, 3 methods, 2 sources, 3 recipients, 8 systems" in text
    assert "Тегі, аты және әкесінің аты: 3 yr" in text
    assert "Тіркеу кезінде жіберілетін сканерленген құжаттар:" not in text  # not kept
    assert "yes: DE" in text  # the servers abroad (seed 004, 3.3)
    assert "To complete" not in text


def test_the_summary_counts_what_lacks_a_half(open_settings, sqlite_ctx):
    op = make_operator(sqlite_ctx, data_categories=[{"kk": "ЖСН", "ru": "ИИН"}])
    with sqlite_ctx.write() as w:  # an older profile: its systems in Russian only
        row = w.session.get(Operator, op.id)
        row.systems = [{"kk": "", "ru": "CRM"}, {"kk": "", "ru": "Рассылки"}]
        w.session.add(row)
    text = open_settings().operators_page.details.toPlainText()
    assert "2 texts of the data map: open the profile to complete them" in text
    assert "nothing: every category is removed once consent is withdrawn" in text
