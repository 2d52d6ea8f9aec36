"""What the Subjects screen reads: result pages and the subject card, on SQLite and PostgreSQL."""

import datetime as dt

import pytest

from app.domain.errors import DomainError
from app.domain.identifiers import make_iin
from app.services import subject_card, subjects
from app.services.operators import add_consent_document
from app.services.subjects import SubjectInput
from app.storage.models import Consent, ConsentDocument
from tests.helpers import OTHER_BIN, make_operator
from tests.helpers import register as reg

KASYMOV_IIN = make_iin(dt.date(1985, 3, 14), "M", 42)


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


@pytest.fixture
def kasymov(ctx, op):
    return subjects.create(
        ctx, op.id, SubjectInput(surname="Қасымов", given_name="Ерлан", iin=KASYMOV_IIN)
    )


@pytest.mark.parametrize("query", ["Kassymov", "Касымов", "қасымов ерлан", "Yerlan Kasymov"])
def test_search_finds_a_kazakh_name_in_any_script(ctx, kasymov, query):
    page = subject_card.search(ctx, query)
    assert [r.full_name for r in page.rows] == ["Қасымов Ерлан"]
    assert page.has_more is False
    row = page.rows[0]
    assert row.id == kasymov.id
    assert row.operator_name == "ТОО «Senimkey»"
    assert row.iin == KASYMOV_IIN
    assert row.birth_date == dt.date(1985, 3, 14)  # prefilled from the IIN by the service
    assert row.status == "active"


def test_search_by_iin_exact_and_by_prefix(ctx, kasymov, op):
    subjects.create(ctx, op.id, SubjectInput(surname="Other", iin="900101300017"))
    assert [r.id for r in subject_card.search(ctx, KASYMOV_IIN).rows] == [kasymov.id]
    assert [r.id for r in subject_card.search(ctx, KASYMOV_IIN[:6]).rows] == [kasymov.id]
    assert len(subject_card.search(ctx, "9001").rows) == 1
    assert subject_card.search(ctx, "111111111111").rows == []


def test_operator_filter(ctx, kasymov):
    other = make_operator(ctx, code="ipsm", request_prefix="ИП", reg_number=OTHER_BIN)
    twin = subjects.create(ctx, other.id, SubjectInput(surname="Kasymov", given_name="Erlan"))
    assert {r.id for r in subject_card.search(ctx, "Kasymov").rows} == {kasymov.id, twin.id}
    assert [r.id for r in subject_card.search(ctx, "Kasymov", other.id).rows] == [twin.id]
    assert [r.id for r in subject_card.search(ctx, "", other.id).rows] == [twin.id]


def test_pages_never_repeat_and_say_when_more_follow(ctx, op):
    made = [
        subjects.create(ctx, op.id, SubjectInput(surname="Ахметов", given_name=f"Ерлан{i}")).id
        for i in range(5)
    ]
    seen = []
    offset = 0
    while True:
        page = subject_card.search(ctx, "Ахметов", offset=offset, limit=2)
        seen.extend(r.id for r in page.rows)
        offset += len(page.rows)
        if not page.has_more:
            break
        assert len(page.rows) == 2
    assert sorted(seen) == sorted(made)
    assert len(seen) == len(set(seen))
    # The same for the most-recent list behind an empty query.
    first = subject_card.search(ctx, "", limit=3)
    second = subject_card.search(ctx, "", offset=3, limit=3)
    assert first.has_more is True and second.has_more is False
    assert sorted(r.id for r in first.rows + second.rows) == sorted(made)


def test_empty_query_lists_the_most_recently_updated_first(ctx, op):
    a = subjects.create(ctx, op.id, SubjectInput(surname="Әлиев"))
    b = subjects.create(ctx, op.id, SubjectInput(surname="Бекова"))
    assert [r.id for r in subject_card.recent(ctx).rows] == [b.id, a.id]
    subjects.update(ctx, a.id, SubjectInput(surname="Әлиев", phone="+7 701 000 00 00"))
    assert [r.id for r in subject_card.recent(ctx).rows] == [a.id, b.id]
    page = subject_card.recent(ctx, limit=1)
    assert [r.id for r in page.rows] == [a.id] and page.has_more is True


def test_card_holds_requests_and_consents_with_document_titles(ctx, op, kasymov):
    doc = add_consent_document(
        ctx,
        op.id,
        ConsentDocument(
            operator_id=op.id,
            title_kk="Дербес деректерді өңдеуге келісім",
            title_ru="Согласие на обработку персональных данных",
            edition="2.1",
            effective_date=dt.date(2024, 1, 1),
        ),
    )
    given = dt.datetime(2025, 5, 6, 10, 30, tzinfo=dt.UTC)
    with ctx.write() as w:
        w.session.add(
            Consent(subject_id=kasymov.id, document_id=doc.id, given_at=given, channel="sms_code")
        )
        w.session.add(Consent(subject_id=kasymov.id, document_id=None, channel="paper"))
    old = reg(ctx, received=dt.date(2026, 3, 2), subject_id=kasymov.id)
    new = reg(ctx, received=dt.date(2026, 11, 2), subject_id=kasymov.id, type="access")
    reg(ctx, received=dt.date(2026, 11, 3), sender="Someone Else")

    card = subject_card.card(ctx, kasymov.id)
    assert card.full_name == "Қасымов Ерлан"
    assert card.iin == KASYMOV_IIN
    assert card.operator_name == "ТОО «Senimkey»"
    assert [r.id for r in card.requests] == [new.id, old.id]  # newest letter first
    assert card.requests[0].type == "access"
    assert card.requests[0].reg_number == new.reg_number
    by_channel = {c.channel: c for c in card.consents}
    assert set(by_channel) == {"sms_code", "paper"}
    assert by_channel["sms_code"].title_kk == "Дербес деректерді өңдеуге келісім"
    assert by_channel["sms_code"].edition == "2.1"
    assert by_channel["sms_code"].given_at.replace(tzinfo=dt.UTC) == given
    assert by_channel["paper"].title_kk == "" and by_channel["paper"].given_at is None


def test_card_of_a_missing_subject_names_the_field(ctx, op):
    with pytest.raises(DomainError) as err:
        subject_card.card(ctx, 999)
    assert err.value.field == "subject"
