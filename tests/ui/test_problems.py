"""The problem catalogues: every code a rule can return is worded in English (command line) and in
the window (translated), with the same placeholders, and the window never words a code from text."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.errors import DomainError, Problem, problem
from app.domain.problems import MESSAGES, english
from app.ui import problems as ui

APP = Path(__file__).resolve().parents[2] / "app"
PLACEHOLDER = re.compile(r"\{(\w+)(?:![rsa])?\}")
# A code written at a call site: DomainError.at(field, "code" ...), problem(field, "code" ...),
# Problem(field, "code" ...).
CALL = re.compile(
    r"(?:DomainError\.at|TransitionError\.at|\bproblem|\bProblem)\(\s*[^,()]+,\s*\"(\w+)\""
)


def codes_in_source() -> dict[str, str]:
    found = {}
    for path in APP.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for code in CALL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, str(path.relative_to(APP)))
    return found


def test_every_code_used_has_an_english_sentence():
    missing = {c: where for c, where in codes_in_source().items() if c not in MESSAGES}
    assert not missing


def test_every_code_is_worded_in_the_window_with_only_its_own_placeholders():
    for code, sentence in MESSAGES.items():
        worded = [t for (f, c), t in ui.FIELD_TEXTS.items() if c == code]
        if code in ui.TEXTS:
            worded.append(ui.TEXTS[code])
        assert worded, f"{code} has no wording in app/ui/problems.py"
        given = set(PLACEHOLDER.findall(sentence))
        for text in worded:
            assert set(PLACEHOLDER.findall(text)) <= given, (code, text)


def test_field_texts_are_for_known_codes():
    assert {c for _f, c in ui.FIELD_TEXTS} <= set(MESSAGES)


def test_english_fills_params_and_survives_an_unknown_code(qapp):
    import datetime as dt

    p = problem("received", "future", value=dt.date(2030, 1, 2))
    assert english(p) == "2030-01-02 is in the future"
    assert str(p) == "received: 2030-01-02 is in the future"
    assert english(Problem("x", "no_such_code", {"a": 1})) == "no_such_code (a=1)"


def test_one_error_carries_every_problem_and_words_each_in_the_window(qapp):
    exc = DomainError(problem("iin", "checksum", expected=7), problem("email", "email_format"))
    assert exc.field == "iin" and exc.code == "checksum"
    assert str(exc) == "iin: checksum digit is wrong (expected 7)"
    assert set(exc.by_field()) == {"iin", "email"}
    text = ui.error_text(exc)
    assert "7" in text.splitlines()[0] and len(text.splitlines()) == 2
    assert ui.problem_text(exc.problems[0]).startswith("The check digit does not match")


def test_a_sentence_is_not_a_problem():
    import pytest

    with pytest.raises(TypeError):
        DomainError("received: 2030-01-02 is in the future")
    with pytest.raises(TypeError):
        DomainError()


def test_each_code_is_worded_in_one_area_only():
    from app.ui.problems import input, storage, work

    areas = [input.INPUT, work.WORK, storage.STORAGE]
    for n, a in enumerate(areas):
        for b in areas[n + 1 :]:
            assert not a.keys() & b.keys()
