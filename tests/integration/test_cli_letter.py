"""`derbes letter`: the file is written on success only; bad input is one line, exit 2."""

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest

from app.cli import main

DERBES = shutil.which("derbes", path=str(Path(sys.executable).parent)) or "derbes"
NAME = "Әлиев Нұрлан Серікұлы"


def run(*args):
    return subprocess.run(
        [DERBES, *args], capture_output=True, text=True, env=dict(os.environ), timeout=600
    )


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    """A demo database with one Kazakh, signed withdrawal whose sender becomes its subject, and
    an access request and a claim of the same subject (the kinds they may get differ)."""
    path = tmp_path_factory.mktemp("cli_letter") / "demo.sqlite3"
    made = run("--db", str(path), "demo", "--subjects", "20", "--requests", "24", "--seed", "3")
    assert made.returncode == 0, made.stderr
    received = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    numbers = {}
    for type_ in ("consent_withdrawal", "access", "claim"):
        added = run(
            "--db", str(path), "request", "add", "--type", type_,
            "--received", received, "--sender", NAME, "--iin", "851212350018",
            "--language", "kk", "--signed", "--address", "050000, Алматы қ., Абай даңғылы, 1",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        numbers[type_] = added.stdout.split("\t")[0]
    return path, numbers


@pytest.fixture
def db(template_db, tmp_path):
    """The database and the withdrawal's number."""
    path, numbers = template_db
    copy = tmp_path / "db.sqlite3"
    shutil.copyfile(path, copy)
    return copy, numbers["consent_withdrawal"]


@pytest.fixture
def numbers(template_db):
    return template_db[1]


def letter_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from letter").fetchone()[0]


def test_writes_a_kazakh_pdf(db, tmp_path):
    path, number = db
    before = letter_count(path)  # the demo's finished withdrawals have their letters
    out = tmp_path / "ack.pdf"
    result = run("--db", str(path), "letter", number, "--kind", "acknowledgement",
                 "--format", "pdf", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = pdf_text(out)
    # the addressee in the dative, initials first (the name as written is the sender's)
    assert number in text and "Н. С. Әлиевке" in text and "94-V" in text
    assert "Өтінішті тіркеу туралы" in text
    assert letter_count(path) == before  # a draft is not kept


def test_bilingual_docx(db, numbers, tmp_path, capsys):
    path, number = db[0], numbers["access"]
    out = tmp_path / "access.docx"
    code = main(["--db", str(path), "--json", "letter", number, "--kind", "access",
                 "--lang", "bi", "--format", "docx", "--out", str(out)])  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "bi" and data["out_number"] is None
    document = docx.Document(str(out))
    text = " ".join(p.text for p in document.paragraphs)
    assert "Дербес деректер туралы мәліметтер беру туралы" in text
    assert "О предоставлении сведений о персональных данных" in text


def test_finalise_numbers_the_letter_and_keeps_it(db, tmp_path, capsys):
    path, number = db
    numbers = []
    for i in range(2):
        out = tmp_path / f"final{i}.pdf"
        code = main(["--db", str(path), "--json", "letter", number, "--kind", "acknowledgement",
                     "--format", "pdf", "--out", str(out), "--finalise"])  # fmt: skip
        assert code == 0
        data = json.loads(capsys.readouterr().out)
        numbers.append(data["out_number"])
        assert data["out_number"] in pdf_text(out)
        with sqlite3.connect(path) as conn:
            stored, sha = conn.execute(
                "select pdf, sha256 from letter where out_number = ?", (data["out_number"],)
            ).fetchone()
        assert stored == out.read_bytes() and sha == data["sha256"]
    prefix = numbers[0].rsplit("/", 1)[0]
    first, second = (int(n.rsplit("/", 1)[1]) for n in numbers)
    assert second == first + 1  # gapless, after the demo's own letters
    assert numbers[1].startswith(prefix)
    assert run("--db", str(path), "audit", "verify").returncode == 0


@pytest.mark.parametrize(
    "args, field",
    [
        (["NO-SUCH/0001", "--kind", "access", "--format", "pdf"], "reg_number:"),
        (["{n}", "--kind", "answer", "--format", "pdf"], "--kind:"),
        (["{n}", "--kind", "access", "--format", "odt"], "--format:"),
        (["{n}", "--kind", "access", "--format", "docx"], "out:"),  # out ends in .pdf
        (["{n}", "--kind", "acknowledgement", "--lang", "ru", "--format", "pdf"], "language:"),
        (["{n}", "--kind", "refusal", "--format", "pdf"], "workflow:"),  # no decision recorded
        (["{n}", "--kind", "refusal", "--ground", "law", "--format", "pdf"], "--ground/--detail:"),
        (["{n}", "--kind", "extension", "--format", "pdf"], "kind:"),
        (["{claim}", "--kind", "claim-response", "--format", "pdf", "--finalise"], "body:"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    db, numbers, tmp_path, capsys, args, field
):
    path, number = db
    before = letter_count(path)
    out = tmp_path / "letter.pdf"
    named = [a.replace("{n}", number).replace("{claim}", numbers["claim"]) for a in args]
    argv = ["--db", str(path), "letter", *named]
    code = main([*argv, "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith(f"derbes: error: {field}"), err
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if not p.name.startswith(path.name)] == []
    assert letter_count(path) == before


def test_a_missing_folder_or_argument_is_refused(db, tmp_path, capsys):
    path, number = db
    code = main(["--db", str(path), "letter", number, "--kind", "access", "--format", "pdf",
                 "--out", str(tmp_path / "nowhere" / "x.pdf")])  # fmt: skip
    assert code == 2 and "out: the folder" in capsys.readouterr().err
    code = main(["--db", str(path), "letter", number, "--kind", "access", "--format", "pdf"])
    assert code == 2 and "--out" in capsys.readouterr().err
    missing = tmp_path / "missing.sqlite3"
    code = main(["--db", str(missing), "letter", number, "--kind", "access", "--format", "pdf",
                 "--out", str(tmp_path / "x.pdf")])  # fmt: skip
    assert code == 2 and not missing.exists() and not (tmp_path / "x.pdf").exists()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize(
    "type_, kind, reason",
    [
        ("access", "refusal", "a refusal letter does not answer a request of type access"),
        (
            "consent_withdrawal",
            "claim-response",
            "a claim-response letter does not answer a request of type consent_withdrawal",
        ),
    ],
)
@pytest.mark.parametrize("finalise", [False, True])
def test_a_kind_the_request_may_not_get_is_refused_by_the_domains_rule(
    db, numbers, tmp_path, type_, kind, reason, finalise
):
    path, _number = db
    before = _dump(path)
    out = tmp_path / "letter.pdf"
    args = ["--db", str(path), "letter", numbers[type_], "--kind", kind,
            "--format", "pdf", "--out", str(out)]  # fmt: skip
    result = run(*args, *(["--finalise"] if finalise else []))
    assert result.returncode == 2
    assert result.stderr.strip() == f"derbes: error: kind: {reason}"
    assert not out.exists() and result.stdout == ""
    assert _dump(path) == before  # nothing written: no letter, no number, no audit entry


def test_a_deregistration_of_an_open_withdrawal_names_what_is_missing(db, tmp_path):
    """The issue's check: no outcome recorded yet, so `derbes letter --kind deregistration`
    exits 2 naming every fact missing, and writes nothing."""
    from app.services.context import Context
    from app.storage.database import Database
    from tests import withdrawal_rows

    path, number = db
    with sqlite3.connect(path) as conn:
        (request_id,) = conn.execute(
            "select id from request where reg_number = ?", (number,)
        ).fetchone()
    database = Database(path)
    try:
        withdrawal_rows.record(
            Context(database, actor="tester"), request_id, systems_done=False, chosen=False
        )
    finally:
        database.dispose()
    before = _dump(path)
    out = tmp_path / "letter.pdf"
    result = run("--db", str(path), "letter", number, "--kind", "deregistration",
                 "--format", "pdf", "--out", str(out))  # fmt: skip
    assert result.returncode == 2, result.stderr
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("derbes: error: systems: 3 system(s)")
    assert "outcomes: 3 data categor(ies) have no outcome, first: Фамилия, имя, отчество" in err
    assert "act: finalise the destruction act before the confirmation" in err
    assert not out.exists() and _dump(path) == before
