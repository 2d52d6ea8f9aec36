"""The layers and the rooms of STYLE.md, checked on the source: a rule broken here is a review
comment nobody has to write again."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 600


def sources() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "app/*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = {ROOT / p for p in listed} | set((ROOT / "app").rglob("*.py"))
    return sorted(
        p
        for p in found
        if p.exists() and "forms" not in p.relative_to(ROOT).parts[:3] and "versions" not in p.parts
    )


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_no_module_grows_past_one_idea():
    long = {rel(p): n for p in sources() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, f"split these along their ideas (over {MAX_LINES} lines): {long}"


def test_the_window_reaches_storage_only_through_services():
    bad = {
        rel(p): sorted(
            m for m in imports_of(p) if m == "app.storage" or m.startswith("app.storage.")
        )
        for p in sources()
        if rel(p).startswith("app/ui/")
    }
    assert not {k: v for k, v in bad.items() if v}


@pytest.mark.parametrize("layer", ["app/domain/", "app/services/", "app/storage/", "app/letters/"])
def test_below_the_window_nothing_imports_qt(layer):
    bad = {
        rel(p): sorted(m for m in imports_of(p) if m.split(".")[0] in {"PySide6", "shiboken6"})
        for p in sources()
        if rel(p).startswith(layer)
    }
    assert not {k: v for k, v in bad.items() if v}


def test_the_domain_knows_no_sql():
    bad = {
        rel(p): sorted(
            m
            for m in imports_of(p)
            if m.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3", "psycopg"}
            or m.startswith("app.storage")
            or m.startswith("app.services")
        )
        for p in sources()
        if rel(p).startswith("app/domain/")
    }
    assert not {k: v for k, v in bad.items() if v}


def _calls(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            called = f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)
            if called == name:
                yield node


def test_every_problem_is_coded_never_an_english_sentence():
    found = []
    for p in sources():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for error in ("DomainError", "TransitionError"):
            for call in _calls(tree, error):
                first = call.args[0] if call.args else None
                sentence = isinstance(first, ast.Constant | ast.JoinedStr) or (
                    isinstance(first, ast.Call)
                    and getattr(first.func, "attr", "") in {"tr", "translate", "format"}
                )
                if sentence:
                    found.append(f"{rel(p)}:{call.lineno}")
    assert not found, f"DomainError with a sentence instead of a Problem: {found}"


def _is_reason(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "reason"


def test_no_reason_text_is_ever_matched():
    found = []
    for p in sources():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                text = any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides)
                if text and any(_is_reason(s) for s in sides):
                    found.append(f"{rel(p)}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"startswith", "endswith", "find", "index", "split"}
                and _is_reason(node.func.value)
            ):
                found.append(f"{rel(p)}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"search", "match", "fullmatch", "findall"}
                and any(_is_reason(a) for a in node.args)
            ):
                found.append(f"{rel(p)}:{node.lineno}")
    assert not found, f"a reason's text is matched: {found}"
