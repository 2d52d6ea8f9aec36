"""Intake for the "Register a letter" dialog: due-date preview, subject matches, one transaction."""

import datetime as dt
import io

import pytest
from PIL import Image
from sqlmodel import select

from app.domain.errors import DomainError
from app.services import attachments, audit, intake, requests, settings, subjects
from app.services.attachments import NewAttachment
from app.services.requests import NewRequest
from app.storage.models import Attachment, Request, Subject
from tests.helpers import OTHER_BIN, make_operator

D = dt.date


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


def letter(**kw) -> NewRequest:
    return NewRequest(
        type=kw.pop("type", "consent_withdrawal"),
        received=kw.pop("received", D(2026, 11, 2)),
        sender=kw.pop("sender", "Қасымов Ерлан Бекұлы"),
        **kw,
    )


def count_subjects(ctx) -> int:
    with ctx.read() as session:
        return len(session.exec(select(Subject.id)).all())


def count_requests(ctx) -> int:
    with ctx.read() as session:
        return len(session.exec(select(Request.id)).all())


# --- the due date before saving ------------------------------------------------------------


def test_preview_counts_like_registration_and_names_the_holidays(ctx, op):
    preview = intake.preview_deadline(ctx, "claim", D(2026, 3, 16), language="kk")
    assert preview.due == D(2026, 4, 30)
    assert preview.day_one == D(2026, 3, 17)
    assert preview.days == 30 and "30 working days" in preview.basis
    reasons = {s.day: s.reason for s in preview.skipped}
    assert reasons[D(2026, 3, 23)] == "Наурыз мейрамы"
    assert "Сенбі" in reasons[D(2026, 3, 28)]
    stored = requests.register(ctx, letter(type="claim", received=D(2026, 3, 16)))
    assert stored.due_date == preview.due


def test_preview_follows_the_policy_and_the_calendar(ctx, op):
    settings.apply_preset(ctx, "statutory")
    assert intake.preview_deadline(ctx, "access", D(2026, 3, 16)).due == D(2026, 3, 19)
    settings.save_override(ctx, D(2026, 3, 18), "holiday", "Day off by decree")
    preview = intake.preview_deadline(ctx, "access", D(2026, 3, 16))
    assert preview.due == D(2026, 3, 20)
    assert (D(2026, 3, 18), "Day off by decree") in [(s.day, s.reason) for s in preview.skipped]
    assert preview.basis.startswith("Law 94-V")


def test_preview_of_an_unknown_type_names_the_field(ctx, op):
    with pytest.raises(DomainError) as err:
        intake.preview_deadline(ctx, "petition", D(2026, 3, 16))
    assert err.value.field == "type"


# --- subjects offered for linking ----------------------------------------------------------


def test_matches_by_iin_first_then_by_name_in_any_script(ctx, op):
    other_op = make_operator(ctx, code="other", reg_number=OTHER_BIN)
    kassymov = subjects.create(
        ctx, op.id, subjects.SubjectInput("Қасымов", "Ерлан", iin="900101300811")
    )
    namesake = subjects.create(ctx, op.id, subjects.SubjectInput("Касымов", "Ерлан"))
    subjects.create(ctx, other_op.id, subjects.SubjectInput("Қасымов", "Ерлан"))
    subjects.create(ctx, op.id, subjects.SubjectInput("Петров", "Сергей"))

    found = intake.match_subjects(ctx, op.id, name="Kassymov")
    assert {m.id for m in found} == {kassymov.id, namesake.id}
    assert not any(m.by_iin for m in found)

    found = intake.match_subjects(ctx, op.id, iin="900101300811", name="Kassymov Yerlan")
    assert [m.id for m in found] == [kassymov.id, namesake.id]
    assert found[0].by_iin and found[0].full_name == "Қасымов Ерлан"
    assert found[0].birth_date == D(1990, 1, 1)

    assert [m.id for m in intake.match_subjects(ctx, op.id, iin="900101")] == [kassymov.id]
    assert intake.match_subjects(ctx, op.id, iin="9001") == []  # too short to mean anything
    assert intake.match_subjects(ctx, op.id) == []


# --- registering, with or without a new subject --------------------------------------------


def test_register_with_a_new_subject_without_iin(ctx, op):
    before = count_subjects(ctx)
    done = intake.register_letter(
        ctx,
        letter(sender="Қасымов Ерлан Бекұлы", sender_address="Алматы, Абай к-сі, 1"),
        new_subject=True,
    )
    assert done.subject_created and done.reg_number == "ДД-2026/0001"
    assert count_subjects(ctx) == before + 1
    s = subjects.get(ctx, done.subject_id)
    assert (s.surname, s.given_name, s.patronymic, s.iin) == ("Қасымов", "Ерлан", "Бекұлы", None)
    assert s.address == "Алматы, Абай к-сі, 1"
    assert requests.get(ctx, done.request_id).subject_id == s.id
    actions = [e.action for e in audit.recent(ctx)]
    assert {"subject.create", "request.register"} <= set(actions)
    assert audit.verify(ctx).ok


def test_register_with_a_new_subject_takes_the_iin(ctx, op):
    done = intake.register_letter(ctx, letter(iin="900101300017"), new_subject=True)
    s = subjects.get(ctx, done.subject_id)
    assert s.iin == "900101300017" and s.birth_date == D(1990, 1, 1)


def test_new_subject_with_an_iin_that_exists_names_the_iin_and_saves_nothing(ctx, op):
    subjects.create(ctx, op.id, subjects.SubjectInput("Қасымов", iin="900101300017"))
    with pytest.raises(DomainError) as err:
        intake.register_letter(ctx, letter(iin="900101300017"), new_subject=True)
    assert err.value.field == "iin"
    assert count_requests(ctx) == 0


def test_linking_an_existing_subject(ctx, op):
    s = subjects.create(ctx, op.id, subjects.SubjectInput("Қасымов", "Ерлан"))
    done = intake.register_letter(ctx, letter(sender="Kassymov Yerlan", subject_id=s.id))
    assert done.subject_id == s.id and not done.subject_created


def test_left_unlinked_creates_no_subject_even_with_an_unknown_iin(ctx, op):
    before = count_subjects(ctx)
    done = intake.register_letter(ctx, letter(iin="900101300017"))
    assert done.subject_id is None and count_subjects(ctx) == before


def test_an_iin_held_by_a_subject_links_it(ctx, op):
    s = subjects.create(ctx, op.id, subjects.SubjectInput("Қасымов", iin="900101300017"))
    done = intake.register_letter(ctx, letter(iin="900101300017"))
    assert done.subject_id == s.id


def test_link_and_create_at_once_is_refused(ctx, op):
    s = subjects.create(ctx, op.id, subjects.SubjectInput("Қасымов"))
    with pytest.raises(DomainError) as err:
        intake.register_letter(ctx, letter(subject_id=s.id), new_subject=True)
    assert err.value.field == "subject"


def test_subject_request_and_scans_share_one_transaction(ctx, op, monkeypatch):
    before = count_subjects(ctx)

    def broken(w, request_id, scan):
        raise DomainError.at("file", "file_empty", name=scan.file_name)

    monkeypatch.setattr(requests, "add_in", broken)
    with pytest.raises(DomainError, match="a.png is empty"):
        intake.register_letter(
            ctx, letter(attachments=[NewAttachment("a.png", png_bytes())]), new_subject=True
        )
    assert count_subjects(ctx) == before
    assert count_requests(ctx) == 0


def test_scans_are_stored_with_the_letter_and_id_copies_flagged(ctx, op):
    done = intake.register_letter(
        ctx,
        letter(
            attachments=[
                NewAttachment("letter.png", png_bytes()),
                NewAttachment("passport.png", png_bytes(), is_id_copy=True),
            ]
        ),
    )
    rows = attachments.list_for_request(ctx, done.request_id)
    assert [(a.file_name, a.is_id_copy, a.flagged_for_destruction) for a in rows] == [
        ("letter.png", False, False),
        ("passport.png", True, True),
    ]
    with ctx.read() as session:
        assert session.get(Attachment, rows[1].id).content_type == "image/png"


@pytest.mark.parametrize(
    "kw, field",
    [
        ({"received": D(2026, 12, 1)}, "received"),
        ({"received": D(2026, 11, 2), "postmark": D(2026, 11, 5)}, "received"),
        ({"iin": "900101300018"}, "iin"),
        ({"sender": " "}, "sender"),
        ({"attachments": [NewAttachment("bad.pdf", b"%PDF-1.7 garbage")]}, "file"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(ctx, op, kw, field):
    before = count_subjects(ctx)
    with pytest.raises(DomainError) as err:
        intake.register_letter(ctx, letter(**kw), new_subject=True)
    assert err.value.field == field
    assert count_requests(ctx) == 0
    assert count_subjects(ctx) == before


# --- scans checked as they are added -------------------------------------------------------


def test_check_scan_accepts_by_content_not_name():
    scan = intake.check_scan("letter.pdf", png_bytes())
    assert scan.ok and scan.mime == "image/png" and scan.kind == "PNG"
    assert scan.data == png_bytes() and scan.size == len(png_bytes())


@pytest.mark.parametrize(
    "data, problem, detail",
    [
        (b"", intake.ScanProblem.EMPTY, ""),
        (b"PK\x03\x04" + b"\0" * 100, intake.ScanProblem.NOT_A_SCAN, "application/zip"),
        (b"just some text, not a scan", intake.ScanProblem.NOT_A_SCAN, ""),
        (png_bytes()[:60], intake.ScanProblem.DAMAGED, ""),  # detail: the decoder's own words
    ],
)
def test_check_scan_says_why_it_refuses(data, problem, detail):
    scan = intake.check_scan("x.png", data)
    assert not scan.ok and scan.problem is problem and not scan.data
    assert detail in scan.detail


def test_read_scan_refuses_a_large_file_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes() + b"\0" * 200)
    scan = intake.read_scan(big)
    assert scan.problem is intake.ScanProblem.TOO_LARGE and scan.detail == str(scan.size)
    missing = intake.read_scan(tmp_path / "gone.pdf")
    assert missing.problem is intake.ScanProblem.UNREADABLE and missing.file_name == "gone.pdf"
    good = tmp_path / "scan.tif"
    good.write_bytes(png_bytes())
    monkeypatch.setattr(attachments, "MAX_BYTES", 10_000)
    assert intake.read_scan(good).kind == "PNG"
