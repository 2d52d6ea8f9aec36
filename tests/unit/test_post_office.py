"""The post office's list and the envelopes: what they print, in Kazakh too."""

import io

import pypdf
import pytest

from app.domain.errors import DomainError
from app.services import dispatch, post_office
from app.services.dispatch import Dispatch, Item
from tests.conftest import TODAY
from tests.unit.test_dispatch import answered, op, s10  # noqa: F401 (fixture)


def text_of(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def test_the_day_s_list_names_every_tracking_number_with_totals(ctx, op):  # noqa: F811
    sent = [answered(ctx, sender=n)[1] for n in ("Әлиев Нұрлан", "Иванова Анна", "Сейіт Ұлан")]
    hand = answered(ctx, sender="Нарочный Пётр")[1]
    tracks = [s10(f"2000000{n}") for n in range(3)]
    dispatch.dispatch(
        ctx,
        Dispatch("registered", TODAY, [Item(a.id, t) for a, t in zip(sent, tracks, strict=True)]),
    )
    dispatch.dispatch(ctx, Dispatch("hand", TODAY, [Item(hand.id)]))
    lists = post_office.day_list(ctx, TODAY)
    assert [i.tracking for s in lists for i in s.items] == tracks  # hand delivery is not listed
    assert lists[0].totals() == {20: 3}
    pages = text_of(post_office.post_list_pdf(lists, TODAY))
    text = " ".join(pages)
    for t in tracks:
        assert t in text
    assert "Сейіт Ұлан" in text and "Нарочный" not in text
    assert "«Senimkey» ЖШС" in text and "20.11.2026" in text and "Всего: 3" in text
    assert post_office.day_list(ctx, TODAY.replace(day=19)) == []
    empty = " ".join(text_of(post_office.post_list_pdf([], TODAY)))
    assert "заказных писем нет" in empty


def test_envelopes_one_a_letter_with_the_barcode_s_text(ctx, op):  # noqa: F811
    letter = answered(ctx, sender="Әлиев Нұрлан")[1]
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(letter.id, s10("30000001"))]))
    lists = post_office.day_list(ctx, TODAY)
    for size, width in (("DL", 220), ("C5", 229)):
        data = post_office.envelopes_pdf(lists, size)
        reader = pypdf.PdfReader(io.BytesIO(data))
        assert len(reader.pages) == 1
        assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == width
        text = text_of(data)[0]
        assert s10("30000001") in text and "Әлиев Нұрлан" in text and "«Senimkey» ЖШС" in text
    with pytest.raises(DomainError) as err:
        post_office.envelopes_pdf(lists, "A4")
    assert err.value.code == "choice"
