"""The period report read from the database (SQLite and PostgreSQL), and its files: the PDF's
text (pypdf) and the XLSX's cells hold the same counts; the command line writes them."""

import datetime as dt
import io
import json

import pypdf
import pytest
from openpyxl import load_workbook

from app.domain.errors import DomainError
from app.services import dispatch, letters, report_files, reports, requests
from app.services.dispatch import Dispatch, Item
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg

d = dt.date
GOOD = "RR123456785KZ"
FROM, TO = d(2026, 9, 1), d(2026, 11, 30)


def build_cases(ctx):
    """Four requests of one operator in the period, one of another, one before the period."""
    op = make_operator(
        ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )
    other = make_operator(
        ctx, code="idcollect", name_kk="«ID Collect» ЖШС", name_ru="ТОО «ID Collect»"
    )
    # answered: posted today, 9 working days after it came (Monday 9th -> Friday 20th)
    a = reg(ctx, type="claim", received=d(2026, 11, 9), language="kk", signed=True)
    requests.change_status(ctx, a.id, "in_progress")
    requests.change_status(ctx, a.id, "answer_ready")
    done = letters.finalise(ctx, a.id, "claim-response", body="# Жауап\n\nШағым қаралды.")
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(done.letter.id, GOOD)]))
    # rejected today without a letter: 14 working days
    b = reg(ctx, type="access", received=d(2026, 11, 2), channel="email")
    requests.change_status(ctx, b.id, "rejected")
    # waiting for the subject since the 10th: 8 working days stopped, not decided
    c = reg(ctx, type="consent_withdrawal", received=d(2026, 11, 2), channel="registered_post")
    requests.stop_clock(ctx, c.id, "Asked for the signed statement", on=d(2026, 11, 10))
    # unanswered far past its due date: late
    reg(ctx, type="other", received=d(2026, 9, 1))
    reg(ctx, type="claim", received=d(2026, 11, 3), operator_id=other.id)
    reg(ctx, type="claim", received=d(2026, 8, 3))  # before the period
    return op, other


def test_the_report_counts_the_period_of_one_operator_or_all(ctx):
    op, other = build_cases(ctx)
    r = reports.gather(ctx, FROM, TO, op.id).report
    assert r.total == 4
    assert r.by_type == {"claim": 1, "access": 1, "consent_withdrawal": 1, "other": 1}
    assert r.by_outcome == {"answered": 1, "rejected": 1, "open": 2}
    assert r.by_channel == {"post": 2, "email": 1, "registered_post": 1}
    assert r.by_operator == {op.id: 4}
    assert (r.decided, r.on_time, r.late) == (3, 2, 1)
    assert sorted(r.days_to_answer) == [9, 14]
    assert (r.median_days, r.max_days) == (11.5, 14)
    assert (r.stopped_requests, r.stopped_days) == (1, 8)
    everyone = reports.gather(ctx, FROM, TO)
    assert everyone.report.total == 5 and everyone.report.by_operator == {op.id: 4, other.id: 1}
    assert everyone.operator_name(other.id, "kk") == "«ID Collect» ЖШС"
    with pytest.raises(DomainError) as err:
        reports.gather(ctx, TO, FROM)
    assert err.value.problems[0].code == "period_reversed"
    with pytest.raises(DomainError):
        reports.gather(ctx, FROM, TO, 999)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def embedded_fonts(data: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_the_pdf_and_the_xlsx_hold_the_counts(sqlite_ctx):
    op, _other = build_cases(sqlite_ctx)
    data = reports.gather(sqlite_ctx, FROM, TO, op.id)
    kk = pdf_text(report_files.render(data, "pdf", "kk"))
    assert "Дербес деректер субъектілерінің өтініштері бойынша есеп" in kk
    assert "Кезең: 01.09.2026 – 30.11.2026" in kk
    assert "Кезеңде келіп түскен өтініштер 4" in kk
    assert "Мерзімінде жауап беру үлесі 66,7 %" in kk
    assert "Шағым 1 25,0 %" in kk and "Бет 1" in kk
    ru = pdf_text(report_files.render(data, "pdf", "ru"))
    assert "Медиана срока ответа, рабочих дней 11,5" in ru and "Стр. 1" in ru
    assert "Электронная почта 1" in ru
    assert "PTSerif-Regular" in embedded_fonts(report_files.render(data, "pdf", "kk"))

    book = load_workbook(io.BytesIO(report_files.render(data, "xlsx", "ru")))
    assert book.sheetnames == ["Сводка", "Виды", "Результаты", "Операторы", "Способы"]
    figures = {row[0]: row[1] for row in book["Сводка"].iter_rows(min_row=7, values_only=True)}
    assert figures["Поступило обращений за период"] == 4
    assert figures["Доля ответов в срок"] == pytest.approx(2 / 3)
    assert figures["Медиана срока ответа, рабочих дней"] == 11.5
    assert figures["Время приостановки срока, рабочих дней"] == 8
    kinds = list(book["Виды"].iter_rows(values_only=True))
    assert kinds[0] == ("Вид", "Количество", "Доля")
    assert ("Отзыв согласия", 1, 0.25) in kinds
    assert book["Виды"].freeze_panes == "A2"
    assert list(book["Результаты"].iter_rows(min_row=2, values_only=True))[0][:2] == (
        "Дан ответ",
        1,
    )
    with pytest.raises(DomainError):
        report_files.render(data, "docx", "kk")


def test_the_command_line_writes_the_report(sqlite_ctx, tmp_path, capsys):
    from app.cli import main

    op, _other = build_cases(sqlite_ctx)
    db = str(sqlite_ctx.db.url.database)
    out = tmp_path / "report.pdf"
    args = ["--db", db, "--json", "report", "--from", "2026-09-01", "--to", "2026-11-30"]
    assert main([*args, "--format", "pdf", "--out", str(out), "--operator", str(op.id)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["total"] == 4 and printed["late"] == 1 and printed["median_days"] == 11.5
    text = pdf_text(out.read_bytes())
    assert "Кезеңде келіп түскен өтініштер 4" in text and "Мерзімі бұзылғаны 1" in text
    # an existing file is kept without --force
    assert main([*args, "--format", "pdf", "--out", str(out)]) == 2
    assert "exists" in capsys.readouterr().err
    book_path = tmp_path / "report.xlsx"
    run = [*args, "--format", "xlsx", "--out", str(book_path), "--lang", "en"]
    assert main(run) == 0
    capsys.readouterr()
    book = load_workbook(book_path)
    figures = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=7, values_only=True)}
    assert figures["Requests received in the period"] == 5
    assert [r[:2] for r in book["Types"].iter_rows(min_row=2, values_only=True)][0] == (
        "Consent withdrawal",
        1,
    )
    # a reversed period: one line, exit 2, nothing written
    bad = tmp_path / "bad.pdf"
    reversed_ = ["--db", db, "report", "--from", "2026-11-30", "--to", "2026-11-01"]
    assert main([*reversed_, "--format", "pdf", "--out", str(bad)]) == 2
    assert "period cannot end before it starts" in capsys.readouterr().err
    assert not bad.exists()
