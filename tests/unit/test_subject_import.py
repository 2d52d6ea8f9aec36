"""Subject import: encodings, separators, header guessing, bad rows, re-import, XLSX, CLI."""

import datetime as dt

import pytest
from sqlmodel import select

from app.cli import main
from app.domain.errors import DomainError
from app.domain.identifiers import make_iin
from app.domain.names import name_keys
from app.domain.subject_import import guess_mapping
from app.services import subject_import, subjects
from app.storage.models import AuditEntry, Subject
from tests.helpers import make_operator

IINS = [make_iin(dt.date(1980, 1, 1) + dt.timedelta(days=n), "f", n + 1) for n in range(30)]


def test_headers_in_three_languages():
    assert guess_mapping(["Тегі", "Аты", "Әкесінің аты", "ЖСН", "Мекенжай"]) == {
        0: "surname",
        1: "given_name",
        2: "patronymic",
        3: "iin",
        4: "address",
    }
    assert guess_mapping(["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения"])[4] == "birth_date"
    assert guess_mapping(["Surname", "Name", "IIN", "E-mail", "BIN"])[4] == "client_bin"


def test_windows_1251_semicolons_as_excel_writes_them(tmp_path):
    path = tmp_path / "excel.csv"
    text = "Фамилия;Имя;ИИН\r\nИванова;Анна;" + IINS[0] + "\r\nПетров;Сергей;\r\n"
    path.write_bytes(text.encode("cp1251"))
    table = subject_import.read_table(path)
    assert (table.encoding, table.separator) == ("cp1251", ";")
    assert table.rows[0][1] == ["Иванова", "Анна", IINS[0]]


def test_kz1048_keeps_kazakh_letters(tmp_path):
    path = tmp_path / "kz.csv"
    path.write_bytes("Тегі,Аты\nӘлиева,Әсел\nҚұрманғали,Ұлжан\n".encode("kz1048"))
    table = subject_import.read_table(path)
    assert table.encoding == "kz1048"
    assert [r[1] for r in table.rows] == [["Әлиева", "Әсел"], ["Құрманғали", "Ұлжан"]]


def test_utf8_bom_and_tabs(tmp_path):
    path = tmp_path / "bom.tsv"
    path.write_bytes("\ufeffSurname\tName\nSmith\tJohn\n".encode())
    table = subject_import.read_table(path)
    assert (table.encoding, table.separator, table.headers) == (
        "utf-8-sig",
        "\t",
        ["Surname", "Name"],
    )


def _csv(tmp_path, rows, name="s.csv"):
    path = tmp_path / name
    path.write_text("Тегі;Аты;ЖСН\n" + "".join(f"{a};{b};{c}\n" for a, b, c in rows), "utf-8")
    return path


def test_bad_iin_on_line_15_writes_nothing(ctx, tmp_path):
    op = make_operator(ctx)
    rows = [(f"Әлиев{n}", "Нұрлан", IINS[n]) for n in range(14)]
    rows[13] = ("Әлиев", "Нұрлан", "123456789012")  # the header is line 1: this is line 15
    with pytest.raises(DomainError) as err:
        subject_import.import_file(ctx, _csv(tmp_path, rows), op.id)
    assert "line 15" in str(err.value)
    assert len(err.value.problems) == 1
    with ctx.read() as s:
        assert s.exec(select(Subject)).all() == []


def test_reimport_duplicates_no_one_and_keys_match_the_service(ctx, tmp_path):
    op = make_operator(ctx)
    rows = [("Сәрсенбаева", "Әсел", IINS[0]), ("Иванов", "Иван", IINS[1]), ("Без", "Иин", "")]
    first = subject_import.import_file(ctx, _csv(tmp_path, rows), op.id)
    assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
    rows[1] = ("Иванов", "Пётр", IINS[1])
    again = subject_import.import_file(ctx, _csv(tmp_path, rows[:2], "b.csv"), op.id)
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    with ctx.read() as s:
        found = s.exec(select(Subject).order_by(Subject.id)).all()
        audits = s.exec(select(AuditEntry).where(AuditEntry.action == "subject.import")).all()
    assert [x.given_name for x in found] == ["Әсел", "Пётр", "Иин"]
    assert [x.version for x in found] == [1, 2, 1]  # the update bumps the version
    assert found[0].surname_key == " ".join(name_keys("Сәрсенбаева"))
    assert found[1].given_key == " ".join(name_keys("Пётр"))
    assert len(audits) == 2
    assert [h.id for h in subjects.search(ctx, "Sarsenbaeva")] == [found[0].id]


def test_dry_run_counts_and_writes_nothing(ctx, tmp_path):
    op = make_operator(ctx)
    summary = subject_import.import_file(
        ctx, _csv(tmp_path, [("Ким", "Ли", IINS[2])]), op.id, dry_run=True
    )
    assert (summary.added, summary.dry_run) == (1, True)
    with ctx.read() as s:
        assert s.exec(select(Subject)).all() == []


def test_xlsx_with_numeric_iin_and_dates(sqlite_ctx, tmp_path):
    from openpyxl import Workbook

    op = make_operator(sqlite_ctx)
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "ИИН", "Дата рождения", "Телефон"])
    sheet.append(["Ахметова", "Дана", IINS[3], dt.datetime(1980, 1, 4), "+7 701 000 00 00"])
    sheet.append(["Нуров", "Ерлан", None, "05.02.1990", ""])
    book.save(tmp_path / "s.xlsx")
    summary = subject_import.import_file(sqlite_ctx, tmp_path / "s.xlsx", op.id)
    assert summary.added == 2
    with sqlite_ctx.read() as s:
        found = s.exec(select(Subject).order_by(Subject.id)).all()
    assert [(x.iin, x.birth_date) for x in found] == [
        (IINS[3], dt.date(1980, 1, 4)),
        (None, dt.date(1990, 2, 5)),
    ]


def test_cancel_writes_nothing(sqlite_ctx, tmp_path):
    op = make_operator(sqlite_ctx)
    with pytest.raises(subject_import.Cancelled):
        subject_import.import_file(
            sqlite_ctx, _csv(tmp_path, [("Ким", "Ли", "")]), op.id, cancelled=lambda: True
        )
    with sqlite_ctx.read() as s:
        assert s.exec(select(Subject)).all() == []


def test_cli_names_line_15_and_exits_2(sqlite_ctx, tmp_path, capsys):
    make_operator(sqlite_ctx)
    rows = [(f"Әлиев{n}", "Нұрлан", IINS[n]) for n in range(14)]
    rows[13] = ("Әлиев", "Нұрлан", "12345")
    db = str(sqlite_ctx.db.url.database)
    assert main(["--db", db, "subjects", "import", str(_csv(tmp_path, rows))]) == 2
    assert "line 15" in capsys.readouterr().err
    ok = _csv(tmp_path, rows[:13], "ok.csv")
    assert main(["--db", db, "subjects", "import", str(ok), "--map", "ЖСН=iin"]) == 0
    assert "13 row(s): 13 added" in capsys.readouterr().out
