"""`derbes ocr FILE`: the real Tesseract reads typed letters scanned as a person sends them.

Two letters are read (a Kazakh withdrawal scanned to a 200-dpi PNG with a slight rotation and
noise, a Russian claim as a PDF); Tesseract takes seconds a page, so the other tests stop before
it runs or give it a tiny page. Without the program or its language data, the command says in
one line what is missing and how to install it.
"""

from __future__ import annotations

import json
import os
import stat

import pytest
from PIL import Image

from app.cli import main
from app.domain.identifiers import number_problem
from app.domain.ocr import Box
from app.services import ocr
from tests import ocr_letters


def _proposed(data, name):
    return [p["value"] for p in data["proposals"].get(name, [])]


@pytest.mark.slow
def test_json_ocr_of_a_russian_claim_pdf_prints_its_iin_type_date_and_sender(tmp_path, capsys):
    letter = ocr_letters.russian_claim()
    path = ocr_letters.write_pdf(letter, tmp_path / "claim.pdf")
    assert main(["--json", "ocr", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 1 and len(data["seconds_per_page"]) == 1
    iins = _proposed(data, "iin")
    assert iins[0] == letter.iin
    assert all(number_problem(v) is None for v in iins)  # nothing failing the check is proposed
    assert _proposed(data, "type")[0] == "claim"
    assert _proposed(data, "letter_date")[0] == letter.date.isoformat()
    assert _proposed(data, "language")[0] == "ru"
    name = [_proposed(data, n)[0] for n in ("surname", "given_name", "patronymic")]
    assert name == [letter.surname, letter.given_name, letter.patronymic]
    iin = data["proposals"]["iin"][0]
    assert 0.5 < iin["confidence"] <= 1
    assert iin["boxes"] and iin["boxes"][0]["page"] == 1 and iin["boxes"][0]["width"] > 0
    assert letter.iin in data["text"]


@pytest.mark.slow
def test_ocr_of_a_scanned_kazakh_withdrawal_prints_the_proposals(tmp_path, capsys):
    letter = ocr_letters.kazakh_withdrawal()
    path = ocr_letters.write_png(letter, tmp_path / "withdrawal.png", dpi=200, angle=0.8)
    assert main(["ocr", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("withdrawal.png: 1 page, ")
    first = {}
    for line in lines[1:]:
        name, value, confidence = line.split("\t")
        first.setdefault(name, value)
        assert name == "set aside" or 0 < float(confidence) <= 1
    assert first["iin"] == letter.iin
    assert first["type"] == "consent_withdrawal"
    assert first["language"] == "kk"
    assert first["letter_date"] == letter.date.isoformat()
    assert (first["surname"], first["given_name"], first["patronymic"]) == (
        letter.surname,
        letter.given_name,
        letter.patronymic,
    )
    assert first["signed"] == "yes"
    # the page is read in Kazakh and Russian; the e-mail's line again in English
    assert first["email"] == "yaroslava.s@mail.kz"


def test_recognise_reads_every_frame_reports_progress_and_stops_when_cancelled(tmp_path):
    blank = tmp_path / "blank.tiff"
    frames = [Image.new("L", (240, 120), 255) for _ in range(2)]
    frames[0].save(blank, save_all=True, append_images=frames[1:], dpi=(200, 200))
    calls = []
    result = ocr.recognise(blank, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert result.text == "" and [p.dpi for p in result.pages] == [200, 200]
    asked = []

    def cancel_after_the_first_page():
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ocr.Cancelled):
        ocr.recognise(blank, cancelled=cancel_after_the_first_page)
    assert len(asked) == 2


def test_boxes_are_on_the_page_as_scanned_however_it_was_straightened():
    page = Image.new("L", (1200, 900), 255)
    page.paste(0, (700, 200, 900, 240))  # a word-sized block of ink, and lines to find the skew
    for y in range(300, 800, 40):
        page.paste(0, (150, y, 1050, y + 12))
    scanned = page.rotate(2.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    straight, angle = ocr.straighten(scanned)
    assert angle == pytest.approx(2.0, abs=0.3)
    block = straight.crop((0, 0, straight.width, 280)).point(lambda v: 255 if v < 128 else 0)
    left, top, right, bottom = block.getbbox()
    back = ocr._unturn(Box(left, top, right - left, bottom - top), angle, scanned, straight)
    ink = scanned.crop((0, 0, scanned.width, 300)).point(lambda v: 255 if v < 128 else 0)
    expected = ink.getbbox()
    assert abs(back.left - expected[0]) <= 6 and abs(back.top - expected[1]) <= 6
    assert abs(back.left + back.width - expected[2]) <= 6
    assert abs(back.top + back.height - expected[3]) <= 6


def test_without_tesseract_the_command_says_what_to_install(tmp_path, capsys, monkeypatch):
    scan = ocr_letters.write_pdf(ocr_letters.russian_claim(), tmp_path / "claim.pdf")
    missing = tmp_path / "no-such" / "tesseract"
    assert main(["ocr", str(scan), "--tesseract", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(missing) in err
    assert "apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus" in err
    assert "UB-Mannheim" in err and "Kazakh and Russian" in err
    monkeypatch.setenv("DERBES_TESSERACT", str(missing))
    assert ocr.availability().code == "ocr_no_tesseract"
    assert main(["ocr", str(scan)]) == 2


@pytest.mark.skipif(os.name != "posix", reason="the stand-in program is a shell script")
def test_a_missing_language_pack_is_named(tmp_path, capsys):
    fake = tmp_path / "tesseract"
    fake.write_text(
        '#!/bin/sh\necho "List of available languages in /x/ (2):"\necho eng\necho osd\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    found = ocr.availability(fake)
    assert (found.code, found.params["missing"]) == ("ocr_no_language", "kaz, rus")
    scan = ocr_letters.write_pdf(ocr_letters.russian_claim(), tmp_path / "claim.pdf")
    assert main(["ocr", str(scan), "--tesseract", str(fake)]) == 2
    err = capsys.readouterr().err
    assert "kaz, rus" in err and "tesseract-ocr-kaz tesseract-ocr-rus" in err


@pytest.mark.skipif(os.name != "posix", reason="the stand-in program is a shell script")
def test_a_ready_tesseract_is_asked_once_a_missing_language_again(tmp_path):
    asked = tmp_path / "asked"
    fake = tmp_path / "tesseract"
    fake.write_text(
        f'#!/bin/sh\necho x >> "{asked}"\necho "List of available languages in /x/ (3):"\n'
        'cat "$(dirname "$0")/langs"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    (tmp_path / "langs").write_text("eng\n")
    assert ocr.availability(fake, ("kaz", "rus")).code == "ocr_no_language"
    (tmp_path / "langs").write_text("eng\nkaz\nrus\n")  # the packs installed meanwhile
    assert ocr.availability(fake, ("kaz", "rus")) is None
    assert ocr.availability(fake, ("kaz", "rus")) is None
    assert len(asked.read_text().split()) == 2  # the ready program was not asked again


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cut.png", None),  # a PNG cut short
        ("bad.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"),
        ("text.png", b"just some words, not an image"),
        ("empty.tiff", b""),
    ],
)
def test_a_damaged_scan_is_a_one_line_problem_not_a_traceback(tmp_path, capsys, name, content):
    path = tmp_path / name
    if content is None:
        full = ocr_letters.write_png(ocr_letters.kazakh_withdrawal(), tmp_path / "full.png")
        content = full.read_bytes()[:4000]
    path.write_bytes(content)
    assert main(["ocr", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"derbes: error: file: {name}") and len(err.splitlines()) == 1
    assert "Traceback" not in err
