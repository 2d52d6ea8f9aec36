"""Preferences are declared once (key, type, default); a wrong type or unknown key fails loudly,
and no screen spells a preference key itself."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSplitter, QWidget

from app.ui import prefs as P
from app.ui.prefs import Layout, Option, Prefs

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    p
    for folder in ("app", "scripts")
    for p in (ROOT / folder).rglob("*.py")
    if "forms" not in p.parts and p != ROOT / "app" / "ui" / "prefs.py"
]
PREF_METHODS = {"get", "set", "get_state", "set_state", "get_bytes"}
LAYOUT_FUNCTIONS = {
    "restore_geometry",
    "save_geometry",
    "restore_splitter",
    "save_splitter",
    "restore_header",
    "save_header",
}


@pytest.fixture
def fresh(tmp_path) -> Prefs:
    return Prefs(tmp_path / "derbes.ini")


def test_every_option_reads_its_default_and_round_trips(fresh, tmp_path):
    assert len(P.OPTIONS) >= 19
    for key, option in P.OPTIONS.items():
        assert option.key == key
        assert option.accepts(option.default), key
        assert fresh.get(option) == option.default
        fresh.set(option, option.default)
    fresh.sync()
    again = Prefs(tmp_path / "derbes.ini")
    for option in P.OPTIONS.values():
        assert again.get(option) == option.default


def test_values_keep_their_type_through_the_ini_file(fresh, tmp_path):
    fresh.set(P.CASE_TAB, 2)
    fresh.set(P.CASE_EXPLAIN_OPEN, True)
    fresh.set(P.REGISTER_SORT, ["due_date", False, 4])
    fresh.set(P.REGISTER_FILTERS, {"search": "Әлиев"})
    fresh.set(P.SUBJECTS_OPERATOR, 7)
    fresh.sync()
    again = Prefs(tmp_path / "derbes.ini")
    assert again.get(P.CASE_TAB) == 2
    assert again.get(P.CASE_EXPLAIN_OPEN) is True
    assert again.get(P.REGISTER_SORT) == ["due_date", False, 4]
    assert again.get(P.REGISTER_FILTERS) == {"search": "Әлиев"}
    assert again.get("subjects/operator") == 7  # a declared key may be named (tests, scripts)


def test_a_default_is_never_shared_between_readers(fresh):
    fresh.get(P.REGISTER_SORT).append("mutated")
    assert fresh.get(P.REGISTER_SORT) == ["reg_number", True]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        (P.CASE_TAB, "2"),
        (P.CASE_TAB, True),  # a bool is not an int here
        (P.CASE_EXPLAIN_OPEN, 1),
        (P.LANGUAGE, None),
        (P.REGISTER_SORT, ("reg_number", True)),
        (P.REGISTER_FILTERS, []),
        (P.SUBJECTS_OPERATOR, "3"),
    ],
)
def test_a_wrong_type_is_refused(fresh, option, value):
    with pytest.raises(TypeError, match=option.key):
        fresh.set(option, value)
    assert fresh.get(option) == option.default


def test_an_unknown_key_is_refused(fresh):
    with pytest.raises(KeyError, match="ui/langauge"):
        fresh.get("ui/langauge")
    with pytest.raises(KeyError):
        fresh.set("case/tabs", 1)
    stray = Option("case/tab", (int,), 0)  # equal to the declaration, but not declared
    with pytest.raises(KeyError):
        fresh.get(stray)


def test_a_damaged_value_reads_as_the_default(fresh):
    fresh.qsettings.setValue(P.CASE_TAB.key, json.dumps("two"))
    fresh.qsettings.setValue(P.REGISTER_SORT.key, "not json")
    assert fresh.get(P.CASE_TAB) == 0
    assert fresh.get(P.REGISTER_SORT) == ["reg_number", True]


def test_declaring_a_key_twice_fails():
    with pytest.raises(ValueError, match="declared twice"):
        P._option("case/tab", int, 0)
    with pytest.raises(ValueError, match="declared twice"):
        P._layout("main", P.GEOMETRY)


def test_layouts_keep_only_their_declared_parts(qtbot, fresh):
    widget = QWidget()
    qtbot.addWidget(widget)
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    assert P.restore_geometry(fresh, widget, P.MAIN_WINDOW) is False
    P.save_geometry(fresh, widget, P.MAIN_WINDOW)
    assert P.restore_geometry(fresh, widget, P.MAIN_WINDOW) is True
    assert fresh.qsettings.contains("geometry/main")  # the key users' files already have
    assert fresh.get_bytes("geometry/main") is not None
    with pytest.raises(KeyError):
        fresh.get_bytes("splitter/main")
    with pytest.raises(KeyError, match="splitter"):
        P.save_splitter(fresh, splitter, P.MAIN_WINDOW)
    with pytest.raises(KeyError):
        P.save_splitter(fresh, splitter, Layout("main", frozenset({P.SPLITTER})))
    with pytest.raises(KeyError):
        P.restore_splitter(fresh, splitter, "case")


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _receiver(node: ast.Call) -> str:
    func = node.func
    if not isinstance(func, ast.Attribute):
        return ""
    value = func.value
    if isinstance(value, ast.Attribute):
        return value.attr
    return value.id if isinstance(value, ast.Name) else ""


def test_no_screen_spells_a_preference_key():
    found = []
    declared = set(P.OPTIONS) | {
        layout.key(part) for layout in P.LAYOUTS.values() for part in layout.parts
    }
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for call in _calls(tree):
            args = call.args
            if (
                isinstance(call.func, ast.Attribute)
                and call.func.attr in PREF_METHODS
                and _receiver(call).endswith("prefs")
            ):
                if args and isinstance(args[0], ast.Constant | ast.JoinedStr):
                    found.append(f"{where}:{call.lineno}: prefs.{call.func.attr}(literal)")
                if call.func.attr == "get" and len(args) > 1:
                    found.append(f"{where}:{call.lineno}: a default at the call site")
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            if name in LAYOUT_FUNCTIONS and len(args) == 3 and isinstance(args[2], ast.Constant):
                found.append(f"{where}:{call.lineno}: {name}(..., literal)")
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in declared:
                found.append(f"{where}:{node.lineno}: the key {node.value!r} spelled out")
    assert not found, "\n".join(found)
