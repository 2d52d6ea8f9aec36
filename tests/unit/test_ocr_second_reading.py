"""The second reading of a 12-digit number, cut to the number when its crop caught a stroke."""

from __future__ import annotations

from app.services import ocr

IIN = "900415450027"  # valid


def test_a_second_reading_of_twelve_digits_is_kept_as_read():
    assert ocr._twelve(IIN, IIN) == IIN
    assert ocr._twelve("9004154500", IIN) == "9004154500"  # too short: it agrees with nothing


def test_a_stroke_read_beside_the_number_is_cut_off_when_one_end_is_the_number():
    assert ocr._twelve("1" + IIN, IIN) == IIN  # «ИИН:» — the colon read as 1
    assert ocr._twelve(IIN + "7", IIN) == IIN
    misread = IIN[:3] + "9" + IIN[4:]  # the first reading failed the check
    assert ocr._twelve("1" + IIN, misread) == IIN


def test_a_longer_reading_neither_end_of_which_alone_passes_stays_as_read():
    assert ocr._twelve("12345678901234", IIN) == "12345678901234"
