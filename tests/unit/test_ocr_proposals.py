"""Proposals from a letter's text alone (no OCR engine): what Register-a-letter will offer."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.identifiers import make_iin, number_problem
from app.domain.ocr import Box, Word, assemble, propose
from app.domain.ocr.names import nominative
from tests import ocr_letters

TODAY = dt.date(2026, 12, 2)
IIN = "900415450027"  # valid
OTHER_IIN = make_iin(dt.date(1985, 3, 12), "M", 21)  # 850312300210, valid


def _values(proposals, name):
    return [p.value for p in proposals.all(name)]


def test_a_kazakh_withdrawal_proposes_every_field():
    letter = ocr_letters.kazakh_withdrawal()
    p = propose("\n".join(letter.lines), TODAY)
    assert (p.value("surname"), p.value("given_name"), p.value("patronymic")) == (
        "Сергеева",
        "Ярослава",
        "Викторовна",
    )
    assert _values(p, "iin") == [letter.iin]
    assert p.value("letter_date") == dt.date(2026, 11, 5)
    assert p.value("language") == "kk"
    assert p.value("type") == "consent_withdrawal"
    assert p.value("address") == "Алматы қаласы, Абай даңғылы, 52-үй, 14-пәтер"
    assert p.value("phone") == "+77015551234"
    assert p.value("email") == "yaroslava.s@mail.kz"
    assert p.value("signed") is True
    for name, found in p.by_field.items():
        assert all(0 < f.confidence <= 1 for f in found), name


def test_a_russian_claim_turns_the_genitive_sender_into_the_nominative():
    letter = ocr_letters.russian_claim()
    p = propose("\n".join(letter.lines), TODAY)
    assert (p.value("surname"), p.value("given_name"), p.value("patronymic")) == (
        "Иванов",
        "Иван",
        "Петрович",
    )
    assert p.best("surname").text == "Иванова"  # where it was read, as written
    assert p.value("type") == "claim" and p.value("language") == "ru"
    # the contract's date is older: the letter's own date comes first
    assert _values(p, "letter_date") == [dt.date(2026, 11, 3), dt.date(2024, 5, 17)]
    assert p.all("letter_date")[0].confidence > p.all("letter_date")[1].confidence
    # the 12-digit contract number fails the IIN check: set aside, not proposed
    assert _values(p, "iin") == [letter.iin]
    assert [(r.value, r.note) for r in p.rejected] == [("202405170311", "checksum")]


@pytest.mark.parametrize(
    ("written", "sex", "expected"),
    [
        ("Сергеевой Ярославы Викторовны", "F", "Сергеева Ярослава Викторовна"),
        ("Достоевского Фёдора Михайловича", "M", "Достоевский Фёдор Михайлович"),
        ("Толстого Льва Николаевича", "M", "Толстой Лев Николаевич"),
        ("Ким Марии Сергеевны", "F", "Ким Мария Сергеевна"),
        ("Сергеева Игоря Андреевича", "M", "Сергеев Игорь Андреевич"),
    ],
)
def test_genitive_names_come_back_in_the_nominative(written, sex, expected):
    p = propose(f"Директору ТОО «Альфа»\nот {written}\nЗаявление", TODAY)
    got = " ".join(p.value(n) for n in ("surname", "given_name", "patronymic"))
    assert got == expected
    assert nominative(written.split()[0], "surname", sex) == expected.split()[0]


def test_a_name_the_rules_cannot_give_back_is_kept_as_read_and_less_sure():
    p = propose("от Qwerty Жжжжж Ббббб", TODAY)  # nothing declines back to these
    assert p.best("surname") is None or p.best("surname").confidence < 0.8


def test_a_kazakh_header_in_the_ablative_and_a_name_in_capitals():
    p = propose("«Дала» ЖШС директорына\nӘлиев Нұрлан Серікұлынан\n\nӨтініш", TODAY)
    assert [p.value(n) for n in ("surname", "given_name", "patronymic")] == [
        "Әлиев",
        "Нұрлан",
        "Серікұлы",
    ]
    p = propose("Я, ИВАНОВА АННА СЕРГЕЕВНА, прошу", TODAY)
    assert [p.value(n) for n in ("surname", "given_name", "patronymic")] == [
        "Иванова",
        "Анна",
        "Сергеевна",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Кімнен: Сергеева Ярослава Викторовна\nЖСН 900415450027",
        "ФИО заявителя: Сергеева Ярослава Викторовна, прошу",
        "Аты-жөні: Сергеева Ярослава Викторовна",
        "Мен Сергеева Ярослава Викторовна келісімімді кері қайтарып аламын",  # the comma lost
    ],
)
def test_a_labelled_sender_and_one_whose_comma_ocr_lost(text):
    p = propose(text, TODAY)
    assert [p.value(n) for n in ("surname", "given_name", "patronymic")] == [
        "Сергеева",
        "Ярослава",
        "Викторовна",
    ]


def test_lower_case_words_after_a_label_are_not_a_name():
    p = propose("ФИО: Иванов Иван прошу вернуть", TODAY)
    assert (p.value("surname"), p.value("given_name"), p.value("patronymic")) == (
        "Иванов",
        "Иван",
        None,
    )


def test_of_two_iin_like_numbers_only_the_one_passing_the_check_is_proposed():
    bad = IIN[:-1] + "8"
    assert number_problem(bad) is not None
    p = propose(f"Мен, ЖСН {IIN}, ... шарт нөмірі {bad}.", TODAY)
    assert _values(p, "iin") == [IIN]
    assert [(r.value, r.note) for r in p.rejected] == [(bad, "checksum")]


def test_several_valid_iins_are_all_listed_the_labelled_one_first_and_a_bin_never():
    bin_ = make_iin(dt.date(2004, 1, 1), "M", 7)  # a valid 12-digit number labelled as a BIN
    text = f"Сын {OTHER_IIN}; ТОО «Альфа», БИН {bin_}\nИИН заявителя: {IIN}"
    p = propose(text, TODAY)
    assert _values(p, "iin") == [IIN, OTHER_IIN]
    assert bin_ in {r.value for r in p.rejected if r.note == "bin"}


def test_an_iin_grouped_with_spaces_is_read_as_one_number():
    p = propose(f"ИИН {IIN[:6]} {IIN[6:]}", TODAY)
    assert _values(p, "iin") == [IIN]


def test_a_misread_digit_that_breaks_the_check_is_set_aside_never_proposed():
    for position in range(12):
        for digit in "0123456789":
            misread = IIN[:position] + digit + IIN[position + 1 :]
            if misread == IIN or number_problem(misread) is None:
                continue
            p = propose(f"ИИН {misread}", TODAY)
            assert p.all("iin") == (), misread
            assert [r.value for r in p.rejected] == [misread]


def test_the_check_digit_does_not_see_every_misread_eleventh_digit():
    # The 11th digit weighs 11 in the first pass (0 mod 11): a misread there usually keeps the
    # check digit right. Such an IIN is proposed; the officer compares it with the letter.
    misread = IIN[:10] + str((int(IIN[10]) + 1) % 10) + IIN[11]
    assert number_problem(misread) is None
    assert _values(propose(f"ИИН {misread}", TODAY), "iin") == [misread]


def test_a_second_reading_that_differs_on_the_eleventh_digit_sets_the_iin_aside():
    # from a scan, every 12-digit number is read twice: the second must agree on the 11th digit
    misread = IIN[:10] + str((int(IIN[10]) + 1) % 10) + IIN[11]
    p = propose(f"ИИН {misread}", TODAY, second={misread: IIN})
    assert p.all("iin") == ()
    assert [(r.value, r.note) for r in p.rejected] == [(misread, "readings_differ")]
    agreeing = propose(f"ИИН {IIN}", TODAY, second={IIN: IIN})
    assert _values(agreeing, "iin") == [IIN]
    # a number the second reading missed is not proposed either
    assert propose(f"ИИН {IIN}", TODAY, second={}).all("iin") == ()
    assert propose(f"ИИН {IIN}", TODAY, second={IIN: IIN[:11]}).all("iin") == ()


def test_a_first_reading_failing_the_check_is_proposed_from_a_second_that_passes():
    misread = IIN[:3] + str((int(IIN[3]) + 2) % 10) + IIN[4:]  # not the 11th: the check sees it
    assert number_problem(misread) is not None
    p = propose(f"ЖСН {misread}", TODAY, second={misread: IIN})
    assert _values(p, "iin") == [IIN]
    assert "second reading" in p.best("iin").note
    assert p.best("iin").confidence < propose(f"ЖСН {IIN}", TODAY).best("iin").confidence
    # but both readings must still agree on the 11th digit, which the check cannot see
    both_wrong = misread[:10] + str((int(IIN[10]) + 1) % 10) + misread[11]
    assert propose(f"ЖСН {both_wrong}", TODAY, second={both_wrong: IIN}).all("iin") == ()


def test_when_the_first_two_readings_differ_a_third_settles_the_number():
    misread = IIN[:10] + str((int(IIN[10]) + 1) % 10) + IIN[11]  # the 11th digit: check passes
    # the second and third readings agree exactly (and pass): theirs is proposed
    p = propose(f"ИИН {misread}", TODAY, second={misread: (IIN, IIN)})
    assert _values(p, "iin") == [IIN] and "second reading" in p.best("iin").note
    # the third agrees with the first on the 11th digit: the first is proposed
    p = propose(f"ИИН {IIN}", TODAY, second={IIN: (misread, IIN)})
    assert _values(p, "iin") == [IIN]
    # three readings, none confirmed by another: nothing is proposed
    other = IIN[:10] + str((int(IIN[10]) + 2) % 10) + IIN[11]
    p = propose(f"ИИН {IIN}", TODAY, second={IIN: (misread, other)})
    assert p.all("iin") == () and [r.note for r in p.rejected] == ["readings_differ"]


def test_a_number_without_a_birth_date_or_labelled_as_a_contract_is_never_an_iin():
    no_birth = "352660555531"  # passes the check, but 35-26-60 is no birth date
    assert number_problem(no_birth) is None
    contract = OTHER_IIN  # a valid IIN-shaped number, but it is the contract's
    p = propose(f"По договору № {contract} от 17.05.2024 и {no_birth}", TODAY)
    assert p.all("iin") == ()
    assert {(r.value, r.note) for r in p.rejected} == {
        (contract, "not_an_iin"),
        (no_birth, "no_birth_date"),
    }
    p = propose(f"№ {OTHER_IIN} шарт бойынша; ЖСН {IIN}", TODAY)
    assert _values(p, "iin") == [IIN]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("Мен,:Ким Виктор Алексеевич; ЖСН 900415450027", "surname", "Ким"),
        ("ЗАЯВЛЕНИЕ\nя, Ким Виктор Алексеевич, ИИН 920217311047,", "given_name", "Виктор"),
        ("өңдеуге келісімімді кері.қайтарып аламын", "type", "consent_withdrawal"),
        ("өңдеуге келісімімді кер! кайтарып аламын", "type", "consent_withdrawal"),
        ("Бұл туралы хабарлаңыз.\n27.01:2026\nҚолы: ____", "letter_date", dt.date(2026, 1, 27)),
        ("2026 жылғы 14 тамыз\nКолы: Касымов Е. Б.", "signed", True),
        ("02.05.2026\nПодпись Шат ВИА", "signed", True),
    ],
)
def test_what_ocr_often_misreads_still_proposes_the_field(text, field, expected):
    # read off real Tesseract output of the benchmark's letters: a comma read as «,:», a space
    # as a dot, a dot as a colon, «Қ» as «К», a signature scrawled over the initials
    assert propose(text, TODAY).value(field) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026 жылғы 5 қараша", dt.date(2026, 11, 5)),
        ("2026 ж. «12» қазан", dt.date(2026, 10, 12)),
        ("2026 жылғы 5 қарашадағы", dt.date(2026, 11, 5)),
        ("3 желтоқсан 2025 ж.", dt.date(2025, 12, 3)),
        ("05.11.2026", dt.date(2026, 11, 5)),
        ("5 ноября 2026 г.", dt.date(2026, 11, 5)),
        ("«1» декабря 2026 года", dt.date(2026, 12, 1)),
        ("31.02.2026", None),  # no such day
        ("05.12.2026", None),  # after today: a letter is not dated in the future
        ("2027 жылғы 1 қаңтар", None),
    ],
)
def test_the_letters_date_in_kazakh_and_russian_never_in_the_future(written, expected):
    p = propose(f"Өтініш\n{written}\n", TODAY)
    assert p.value("letter_date") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a Kazakh letter with a Russian company name and address line
        (
            "Мен, Әлиев Нұрлан, ТОО «Северный ветер» компаниясына берген дербес деректерімді "
            "өңдеуге келісімімді кері қайтарып аламын. Адрес: г. Алматы, ул. Толе би, 5. "
            "Бұл туралы маған жазбаша хабарлауды сұраймын.",
            "kk",
        ),
        # a Russian letter naming a Kazakh person, street and company
        (
            "Я, Әлиев Нұрлан Серікұлы, проживающий по адресу г. Алматы, Абай даңғылы, 10, "
            "прошу предоставить сведения о том, какие мои персональные данные обрабатывает "
            "ТОО «Дала Финанс» и на каком основании, а также с кем они были переданы.",
            "ru",
        ),
    ],
)
def test_the_language_of_a_mixed_letter(text, language):
    assert propose(text, TODAY).value("language") == language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Отзываю своё согласие на обработку персональных данных.", "consent_withdrawal"),
        ("Дербес деректерді өңдеуге келісімімді кері қайтарып аламын.", "consent_withdrawal"),
        ("ПРЕТЕНЗИЯ\nТребую прекратить нарушение.", "claim"),
        ("Шағым\nСіздердің әрекеттеріңізге шағым беремін.", "claim"),
        ("Прошу предоставить сведения о моих персональных данных.", "access"),
        ("Менің қандай дербес деректерім өңделетіні туралы мәлімет беруді сұраймын.", "access"),
        ("Прошу исправить мою фамилию в ваших базах.", "correction"),
        ("Тегімді түзетуді сұраймын.", "correction"),
        ("Прошу заблокировать мои персональные данные.", "blocking"),
        ("Дербес деректерімді бұғаттауды сұраймын.", "blocking"),
        ("Прошу уничтожить мои персональные данные.", "destruction"),
        ("Дербес деректерімді жоюды сұраймын.", "destruction"),
        ("Прошу прекратить присылать мне рекламу.", "advertising_objection"),
        ("Маған жарнама жіберуді тоқтатуды сұраймын.", "advertising_objection"),
        ("Прошу сообщить график работы офиса.", "other"),
    ],
)
def test_the_type_by_kazakh_and_russian_wording(text, kind):
    assert propose(text, TODAY).value("type") == kind


def test_no_signature_line_is_proposed_as_unsigned():
    p = propose("Прошу уничтожить мои данные.\n05.11.2026", TODAY)
    assert p.value("signed") is False
    p = propose("Прошу уничтожить мои данные.\n________ Иванов И. И.", TODAY)
    assert p.value("signed") is True


def test_phones_in_their_usual_forms():
    text = "тел. 8 (707) 123-45-67, моб: +7 701 555 12 34; ИИН 900415450027"
    assert _values(propose(text, TODAY), "phone") == ["+77071234567", "+77015551234"]


def test_each_proposal_carries_the_words_and_boxes_it_came_from():
    line = f"Мен, Сергеева Ярослава Викторовна, ЖСН {IIN},".split()
    raw = [
        Word(text, 0, Box(100 + 80 * i, 300, 70, 30), 0.9 if text != f"{IIN}," else 0.6)
        for i, text in enumerate(line)
    ]
    text, words = assemble(raw)
    p = propose(text, TODAY, words)
    iin = p.best("iin")
    assert [w.text for w in iin.words] == [f"{IIN},"]
    assert iin.words[0].box == Box(100 + 80 * 5, 300, 70, 30)
    # the engine's doubt about the word lowers the proposal's confidence
    assert iin.confidence < propose(text, TODAY).best("iin").confidence
    assert [w.text for w in p.best("surname").words] == ["Сергеева"]


def test_assembled_text_keeps_lines_and_paragraphs():
    words = [
        Word("Өтініш", 0, Box(0, 0, 1, 1), 1.0, (1, 1, 1)),
        Word("Мен,", 0, Box(0, 0, 1, 1), 1.0, (1, 2, 1)),
        Word("Сергеева", 0, Box(0, 0, 1, 1), 1.0, (1, 2, 1)),
        Word("Ярослава", 0, Box(0, 0, 1, 1), 1.0, (1, 2, 2)),
        Word("2026", 1, Box(0, 0, 1, 1), 1.0, (1, 1, 1)),
    ]
    text, placed = assemble(words)
    assert text == "Өтініш\n\nМен, Сергеева\nЯрослава\n\n2026"
    assert all(text[w.start : w.end] == w.text for w in placed)
