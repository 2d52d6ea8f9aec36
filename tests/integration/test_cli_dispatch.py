"""`derbes dispatch`, `delivered`, `post-list`, `envelopes`: the contract of the command line."""

import datetime as dt
import io
import json

import pypdf
import pytest

from app.cli import main
from app.domain.identifiers import s10_check_digit
from app.services import letters, requests
from app.services.context import Context
from app.storage.database import Database
from app.storage.schema import ensure_current
from tests.helpers import make_operator
from tests.helpers import register as reg

TODAY = dt.date.today()


def s10(serial: str) -> str:
    return f"RA{serial}{s10_check_digit(serial)}KZ"


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


@pytest.fixture
def db(tmp_path):
    """A database with three claims answered by final letters (numbers in order)."""
    path = tmp_path / "d.sqlite3"
    database = Database(path)
    ensure_current(database)
    ctx = Context(database, actor="tester")
    make_operator(ctx, signatory_position_kk="Директор", signatory_name="Д. Н. Сәрсенбаев")
    numbers = []
    for n, name in enumerate(("Әлиев Нұрлан", "Иванова Анна", "Төлеуова Гүлнар")):
        r = reg(
            ctx,
            type="claim",
            sender=name,
            language="kk",
            signed=True,
            sender_address=f"050000, Алматы қ., Абай даңғылы, {n + 1}",
            received=TODAY - dt.timedelta(days=5),
        )
        requests.change_status(ctx, r.id, "answer_ready")
        numbers.append(
            (
                r.reg_number,
                letters.finalise(
                    ctx, r.id, "claim-response", body="# Жауап\n\nИә."
                ).letter.out_number,
            )
        )
    database.dispose()
    return path, numbers


def cli(path, *args):
    return main(["--db", str(path), *args])


def test_dispatch_delivered_and_the_day_s_list(db, tmp_path, capsys):
    path, numbers = db
    today = TODAY.isoformat()
    tracks = [s10("10000001"), s10("10000002")]
    for (_reg, out), track in zip(numbers[:2], tracks, strict=True):
        code = cli(path, "--json", "dispatch", out, "--method", "registered", "--date", today,
                   "--tracking", track, "--weight", "50")  # fmt: skip
        assert code == 0
        data = json.loads(capsys.readouterr().out)
        assert data["request_status"] == "sent" and data["tracking"] == track
    # a number that is not S10: refused with one line, accepted when confirmed
    assert cli(path, "dispatch", numbers[2][1], "--method", "registered", "--date", today,
               "--tracking", "RR123456789KZ") == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tracking_number:" in err and "not a UPU S10" in err
    assert cli(path, "dispatch", numbers[2][1], "--method", "registered", "--date", today,
               "--tracking", "RR123456789KZ", "--accept-non-s10") == 0  # fmt: skip
    capsys.readouterr()

    assert cli(path, "--json", "delivered", numbers[0][1], "--date", today) == 0
    assert json.loads(capsys.readouterr().out)["request_status"] == "closed"
    assert cli(path, "delivered", numbers[0][1], "--date", today) == 2
    assert "already delivered" in capsys.readouterr().err

    out = tmp_path / "list.pdf"
    assert cli(path, "--json", "post-list", "--date", today, "--out", str(out)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["letters"] == 3
    text = pdf_text(out.read_bytes())
    for track in [*tracks, "RR123456789KZ"]:
        assert track in text
    assert "Әлиев Нұрлан" in text and "Барлығы / Всего: 3" in text
    assert (out.stat().st_mode & 0o777) == 0o600
    # never replaced without --force
    assert cli(path, "post-list", "--date", today, "--out", str(out)) == 2
    assert "out:" in capsys.readouterr().err
    assert cli(path, "post-list", "--date", today, "--out", str(out), "--force") == 0
    capsys.readouterr()

    for size in ("DL", "C5"):
        env = tmp_path / f"env-{size}.pdf"
        assert cli(path, "envelopes", "--date", today, "--size", size, "--out", str(env)) == 0
        reader = pypdf.PdfReader(env)
        assert len(reader.pages) == 3
        assert tracks[0] in (reader.pages[0].extract_text() or "")
    capsys.readouterr()


@pytest.mark.parametrize(
    "args, field",
    [
        (["dispatch", "NO/1", "--method", "hand", "--date", "{today}"], "out_number:"),
        (["dispatch", "{out}", "--method", "pigeon", "--date", "{today}"], "--method"),
        (["dispatch", "{out}", "--method", "hand", "--date", "2031-01-01"], "sent_on:"),
        (
            ["dispatch", "{out}", "--method", "hand", "--date", "{today}", "--tracking", "X"],
            "tracking_number:",
        ),
        (["dispatch", "{out}", "--method", "hand", "--date", "yesterday"], "--date"),
        (["delivered", "{out}", "--date", "{today}"], "letter:"),
        (["envelopes", "--date", "{today}", "--size", "A4", "--out", "e.pdf"], "--size"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(db, capsys, args, field):
    path, numbers = db
    args = [a.format(today=TODAY.isoformat(), out=numbers[0][1]) for a in args]
    assert cli(path, *args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and field in err
    with Database(path).session() as s:
        from sqlmodel import select

        from app.storage.models import Letter

        assert all(r.sent_on is None for r in s.exec(select(Letter)))
