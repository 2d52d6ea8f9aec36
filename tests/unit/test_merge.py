"""Merging two records of one person: requests, consents and letters move, KEEP gains what it
lacked, OTHER points to KEEP and cannot be merged again; refused across operators, for two IINs
and for an anonymised record."""

import json

import pytest
from sqlmodel import select

from app.domain.errors import DomainError
from app.services import audit, merge, subjects
from app.services.subjects import SubjectInput
from app.services.versions import Conflict
from app.storage.models import Consent, Letter, Request, Subject
from tests.helpers import OTHER_BIN, make_operator
from tests.retention import SECRET_IIN, finished_withdrawal


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


@pytest.fixture
def pair(ctx, op):
    """KEEP, typed by hand without an IIN; OTHER, made from a letter with the IIN and a letter."""
    keep = subjects.create(ctx, op.id, SubjectInput(surname="Сейітова", given_name="Әйгерім"))
    other = subjects.create(
        ctx,
        op.id,
        SubjectInput(surname="Seitova", iin=SECRET_IIN, phone="+7 701 555 12 34"),
    )
    finished_withdrawal(ctx, other.id, [("Бухгалтерия", "destroyed", None)], status="active")
    return keep, other


def test_merge_moves_requests_consents_and_letters_and_fills_what_keep_lacked(ctx, pair):
    keep, other = pair
    preview = merge.preview(ctx, keep.id, other.id)
    assert preview.allowed and preview.other.requests == 1 and preview.other.letters == 1
    assert preview.other.consents == 1 and preview.other.iin_masked != SECRET_IIN
    assert (
        set(preview.fills) >= {"iin", "birth_date", "phone"} and "given_name" not in preview.fills
    )

    result = merge.merge(ctx, keep.id, other.id)
    assert len(result.requests) == 1 and len(result.consents) == 1 and result.letters == 1
    with ctx.read() as session:
        assert {r.subject_id for r in session.exec(select(Request))} == {keep.id}
        assert {c.subject_id for c in session.exec(select(Consent))} == {keep.id}
        letter = session.exec(select(Letter)).one()
        assert session.get(Request, letter.request_id).subject_id == keep.id
        kept = session.get(Subject, keep.id)
        gone = session.get(Subject, other.id)
    assert kept.iin == SECRET_IIN and kept.phone == "+7 701 555 12 34"
    assert kept.surname == "Сейітова" and kept.given_name == "Әйгерім"
    assert gone.status == "merged" and gone.merged_into_id == keep.id and gone.iin is None
    # a letter naming the IIN now finds the record kept
    assert [s.id for s in subjects.find(ctx, SECRET_IIN)] == [keep.id]


def test_merge_is_audited_on_both_records_naming_ids_not_values(ctx, pair):
    keep, other = pair
    merge.merge(ctx, keep.id, other.id)
    merged = [e for e in audit.recent(ctx, "subject", keep.id) if e.action == "subject.merge"]
    pointer = [e for e in audit.recent(ctx, "subject", other.id) if e.action == "subject.merged"]
    assert len(merged) == 1 and len(pointer) == 1
    after = json.loads(merged[0].after)
    assert after["merged"] == other.id and after["letters"] == 1 and "iin" in after["filled"]
    assert SECRET_IIN not in merged[0].after + pointer[0].after
    assert json.loads(pointer[0].after)["merged_into_id"] == keep.id
    assert audit.verify(ctx, anchor=None).ok


def test_a_merged_record_cannot_be_merged_again(ctx, op, pair):
    keep, other = pair
    merge.merge(ctx, keep.id, other.id)
    third = subjects.create(ctx, op.id, SubjectInput(surname="Третья"))
    for a, b in ((keep.id, other.id), (third.id, other.id), (other.id, third.id)):
        with pytest.raises(DomainError) as caught:
            merge.merge(ctx, a, b)
        assert caught.value.code == "already_merged"
    assert not merge.preview(ctx, third.id, other.id).allowed


def test_refused_into_itself_across_operators_for_two_iins_and_anonymised(ctx, op):
    a = subjects.create(ctx, op.id, SubjectInput(surname="A", iin=SECRET_IIN))
    b = subjects.create(ctx, op.id, SubjectInput(surname="B", iin="900101300811"))
    elsewhere = make_operator(ctx, code="ipsm", request_prefix="ИП", reg_number=OTHER_BIN)
    c = subjects.create(ctx, elsewhere.id, SubjectInput(surname="C"))
    d = subjects.create(ctx, op.id, SubjectInput(surname="D"))
    with ctx.write() as w:
        row = w.session.get(Subject, d.id)
        row.status = "anonymised"
        w.session.add(row)
    for keep_id, other_id, code in (
        (a.id, a.id, "merge_same_record"),
        (a.id, c.id, "merge_other_operator"),
        (a.id, b.id, "merge_iin_differs"),
        (a.id, d.id, "merge_anonymised"),
    ):
        with pytest.raises(DomainError) as caught:
            merge.merge(ctx, keep_id, other_id)
        assert code in {p.code for p in caught.value.problems}
    with ctx.read() as session:
        assert {s.status for s in session.exec(select(Subject)) if s.id != d.id} == {"active"}


def test_a_record_changed_meanwhile_is_not_merged(ctx, pair):
    keep, other = pair
    seen = merge.preview(ctx, keep.id, other.id)
    subjects.update(ctx, other.id, SubjectInput(surname="Seitova", iin=SECRET_IIN, email="x@y.kz"))
    with pytest.raises(Conflict):
        merge.merge(ctx, keep.id, other.id, seen.keep.version, seen.other.version)
    assert subjects.get(ctx, other.id).status == "active"


def test_merged_and_anonymised_are_not_set_by_hand(ctx, pair):
    keep, _other = pair
    for status in ("merged", "anonymised"):
        with pytest.raises(DomainError) as caught:
            subjects.set_status(ctx, keep.id, status)
        assert caught.value.code == "status_not_by_hand"
