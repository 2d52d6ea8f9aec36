"""`derbes case-file REG --out PATH`: the request's whole file as one PDF; bad input is one
line and exit 2 with nothing written; an existing file is replaced only with --force."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from app.cli import main
from app.services import letters
from app.services.attachments import NewAttachment
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.unit.test_case_file import image, pdf_scan


def page_texts(path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


@pytest.fixture
def filed(sqlite_ctx):
    ctx = sqlite_ctx
    make_operator(ctx, signatory_position_ru="Директор", signatory_name="Д. Н. Сәрсенбаев")
    scans = [NewAttachment("хат.pdf", pdf_scan(3)), NewAttachment("конверт.jpg", image("JPEG"))]
    r = reg(ctx, iin="900101300017", language="ru", signed=True, attachments=scans)
    final = letters.finalise(ctx, r.id, "acknowledgement").letter
    return str(ctx.db.url.database), r.reg_number, final


def test_the_case_file_holds_the_scans_and_the_letter(filed, tmp_path, capsys):
    db, number, final = filed
    out = tmp_path / "case.pdf"
    code = main(["--db", db, "--json", "case-file", number, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "ru"  # the letter's language
    assert data["letters"] == [{"out_number": final.out_number, "sha256": final.sha256}]
    pages = page_texts(out)
    assert data["pages"] == len(pages)
    assert sum("SCANPAGE-" in t for t in pages) == 3
    assert any(t.startswith("Скан 2: конверт.jpg") for t in pages)
    whole = " ".join(pages)
    assert f"Дело по обращению № {number}" in whole
    assert final.out_number in whole and final.sha256 in whole
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    # Kazakh headings when asked; the file there is kept unless --force
    code = main(["--db", db, "case-file", number, "--out", str(out), "--lang", "kk"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "out:" in err, err
    assert "Дело по обращению" in " ".join(page_texts(out))
    code = main(["--db", db, "case-file", number, "--out", str(out), "--lang", "kk", "--force"])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert f"Өтініш ісі № {number}" in " ".join(page_texts(out))


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["НЕТ-2026/9999"], "reg_number"),
        (["{n}", "--lang", "en"], "--lang"),
        (["{n}", "--out", "{db}"], "out"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(filed, tmp_path, capsys, args, field):
    db, number, _ = filed
    out = tmp_path / "case.pdf"
    argv = [a.replace("{n}", number).replace("{db}", db) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(out)]
    code = main(["--db", db, "case-file", *argv])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith(f"derbes: error: {field}"), err
    assert not out.exists()
