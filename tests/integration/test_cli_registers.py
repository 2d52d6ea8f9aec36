"""`derbes register export`: the file holds exactly the rows `request list` prints."""

import csv
import datetime as dt
import io
import json

import openpyxl
import pypdf
import pytest

from app.cli import main
from app.services import letters, requests
from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import ensure_current
from tests.helpers import make_operator
from tests.helpers import register as reg

TODAY = dt.date.today()
NAMES = ("Әлиев Нұрлан", "Иванова Анна", "Төлеуова Гүлнар", "Сергеева Яна", "Құрманов Ғалым")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """45 requests of two types (enough for a PDF of two pages), one answered by a final letter."""
    path = tmp_path_factory.mktemp("reg") / "t.sqlite3"
    database = Database(path)
    ensure_current(database)
    ctx = Context(database, actor="tester")
    make_operator(ctx, signatory_position_kk="Директор", signatory_name="Д. Н. Сәрсенбаев")
    for n in range(45):
        r = reg(
            ctx,
            type="claim" if n % 3 else "consent_withdrawal",
            sender=f"{NAMES[n % len(NAMES)]} {n}",
            language="kk",
            signed=True,
            sender_address="050000, Алматы қ., Абай даңғылы, 1",
            received=TODAY - dt.timedelta(days=n % 7),
        )
        if n == 1:
            requests.change_status(ctx, r.id, "answer_ready")
            letters.finalise(ctx, r.id, "claim-response", body="# Жауап\n\nИә.")
    database.dispose()
    return path


@pytest.fixture
def db(template, tmp_path):
    path = tmp_path / "d.sqlite3"
    path.write_bytes(template.read_bytes())
    return path


def cli(path, *args):
    return main(["--db", str(path), *args])


def listed(path, capsys, *filters):
    assert cli(path, "--json", "request", "list", *filters) == 0
    return [d["reg_number"] for d in json.loads(capsys.readouterr().out)]


def test_xlsx_holds_exactly_the_listed_rows(db, tmp_path, capsys):
    expected = listed(db, capsys, "--type", "claim")
    assert 0 < len(expected) < 45
    out = tmp_path / "r.xlsx"
    assert cli(db, "register", "export", "--kind", "incoming", "--out", str(out),
               "--type", "claim", "--lang", "ru") == 0  # fmt: skip
    capsys.readouterr()
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Рег. номер" and rows[0][1] == "Дата поступления"
    assert [r[0] for r in rows[1:]] == expected
    assert all(isinstance(r[1], dt.datetime) for r in rows[1:])  # real dates
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:F{len(expected) + 1}"
    assert ws.column_dimensions["F"].width > 10
    # never over an existing file without --force
    assert cli(db, "register", "export", "--kind", "incoming", "--out", str(out)) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert cli(db, "register", "export", "--kind", "incoming", "--out", str(out), "--force") == 0
    assert len(list(openpyxl.load_workbook(out).active.iter_rows())) == 46


def test_csv_is_utf8_bom_with_semicolons(db, tmp_path, capsys):
    expected = listed(db, capsys, "--search", "Төлеуова")
    out = tmp_path / "r.csv"
    assert cli(db, "register", "export", "--kind", "incoming", "--out", str(out),
               "--search", "Төлеуова") == 0  # fmt: skip
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Тіркеу нөмірі"
    assert [r[0] for r in rows[1:]] == expected and expected
    assert all("Төлеуова" in r[5] for r in rows[1:])


def test_pdf_lists_the_numbers_with_page_numbers_and_the_font(db, tmp_path, capsys):
    expected = listed(db, capsys)
    out = tmp_path / "r.pdf"
    assert cli(db, "register", "export", "--kind", "incoming", "--out", str(out)) == 0
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 2
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Кіріс хаттар тізілімі" in text
    for number in expected:
        assert number in text
    total = len(reader.pages)
    for i, page in enumerate(reader.pages, start=1):
        assert f"Бет {i} / {total}" in page.extract_text()
        assert "Тіркеу нөмірі" in page.extract_text()  # the header row repeats
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            descendants = f.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else f).get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                fonts.add(str(f["/BaseFont"]))
    assert any("PTSerif" in name.replace(" ", "") for name in fonts), fonts


def test_outgoing_register_lists_the_final_letters(db, tmp_path, capsys):
    out = tmp_path / "o.csv"
    assert cli(db, "--json", "register", "export", "--kind", "outgoing", "--out", str(out)) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Шығыс нөмірі" and len(rows) == 2 and rows[1][0]
    # the outgoing register has no request-list filters
    assert cli(db, "register", "export", "--kind", "outgoing", "--out", str(tmp_path / "x.csv"),
               "--status", "new") == 2  # fmt: skip


def test_unknown_extension_is_one_line(db, tmp_path, capsys):
    assert (
        cli(db, "register", "export", "--kind", "incoming", "--out", str(tmp_path / "r.txt")) == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".xlsx, .csv or .pdf" in err
    assert not (tmp_path / "r.txt").exists()
