"""The subject import's fast paths give the answers of the plain rules: ``make_rows`` against
``make_row`` row by row (accepted rows equal, every bad row the same problems), the quick IIN
check against ``identifiers.number_problem``, and the reader's line numbers either way."""

import datetime as dt
import random

from app.domain import subject_import as rules
from app.domain.identifiers import make_iin, number_problem
from app.services import subject_import

TODAY = dt.date(2026, 11, 20)
IIN = make_iin(dt.date(1990, 5, 17), "M", 42)
BIN = "180340021791"
MAPPING = {0: "surname", 1: "given_name", 2: "iin", 3: "birth_date", 4: "email", 5: "address"}
MAPPING |= {6: "phone", 7: "client_bin"}

# each cell as a file may hold it: good, doubtful (the full rules accept) and bad
CELLS = [
    ["Иванова", " Әлиева ", "", "   ", "Ким\x07", "Ли\u202e", "Ж" * 120, "Ж" * 121, 5],
    ["Анна", "", "Б" * 121, " Дина ", "Ерлан\n", "\u00a0Дина", "Дина\u3000", "Ди\uffff на",
     "Ди \uffffна", "\uffff"],
    [IIN, "", " ", IIN[:6] + " " + IIN[6:], IIN[:11] + "0", "12345", "ИИН", 900101300017, IIN + "1"],
    ["17.05.1990", "1990-05-17", "17/05/1990", "", "31.02.1990", "01.01.2030", "1899-12-31",
     "17.05.90", "вчера", dt.date(1990, 5, 17)],
    ["a@b.kz", "", "not-an-email", "a@b", " x@y.kz ", "a" * 195 + "@b.kz", "a" * 200 + "@b.kz"],
    ["г. Алматы, ул. Абая, 1", "", "строка\nвторая", "А" * 1000, "А" * 1001, "\ttab"],
    ["+7 701 123 45 67", "", "7" * 41, "7" * 40],
    ["", BIN, BIN[:11] + "2", "БИН"],
]  # fmt: skip


def _both(rows):
    fast = list(rules.make_rows(rows, MAPPING, TODAY))
    plain = [rules.make_row(line, cells, MAPPING, TODAY) for line, cells in rows]
    return fast, plain


def test_every_cell_alone_gets_the_plain_rules_answer():
    base = [column[0] for column in CELLS]
    rows = []
    for index, column in enumerate(CELLS):
        for value in column:
            cells = list(base)
            cells[index] = value
            rows.append((len(rows) + 2, cells))
    rows += [(900, base[:3]), (901, base + ["extra"]), (902, [])]  # short, long, empty rows
    fast, plain = _both(rows)
    assert fast == plain
    # a row's fields in the same order (the bulk insert names its columns from the first row)
    assert [list(vars(r)) for r in fast] == [list(vars(r)) for r in plain]
    kinds = {type(r) for r in fast}
    assert kinds == {rules.Row, rules.BadRow}  # both kinds were met


def test_random_rows_get_the_plain_rules_answer():
    rng = random.Random(11)
    rows = [(n + 2, [rng.choice(column) for column in CELLS]) for n in range(3000)]
    fast, plain = _both(rows)
    assert fast == plain
    assert sum(isinstance(r, rules.Row) for r in fast) > 30


def test_mappings_of_one_column_and_of_none():
    rows = [(2, ["Иванова"]), (3, [""]), (4, ["Ли\u202e"])]
    for mapping in ({0: "surname"}, {}, {0: "given_name"}):
        fast = list(rules.make_rows(rows, mapping, TODAY))
        assert fast == [rules.make_row(line, cells, mapping, TODAY) for line, cells in rows]


def test_quick_number_check_agrees_with_the_full_one():
    rng = random.Random(7)
    numbers = [f"{rng.randrange(10**12):012d}" for _ in range(20000)]
    numbers += [make_iin(dt.date(1950, 1, 1) + dt.timedelta(days=n), "F", n) for n in range(500)]
    numbers += ["", "1" * 11, "1" * 13, "１" * 12, "12345678901a", " " + IIN]
    accepted = 0
    for text in numbers:
        quick = rules._plain_number(text)
        accepted += quick
        if quick:
            assert number_problem(text) is None
        elif len(text) == 12 and text.isascii() and text.isdigit():
            assert number_problem(text) is not None, text  # twelve digits: the same answer
    assert accepted > 2000


def test_line_numbers_with_blank_lines_and_a_quoted_line_break(tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_text(f"Фамилия;ИИН\n\nИванова;{IIN}\n;\nПетров;\n", encoding="utf-8")
    table = subject_import.read_table(plain)
    assert [line for line, _cells in table.rows] == [3, 5]
    quoted = tmp_path / "quoted.csv"
    quoted.write_text(
        'Фамилия;Адрес\nИванова;"ул. Абая,\nкв. 1"\n\nПетров;ул. Тole би\n', encoding="utf-8"
    )
    table = subject_import.read_table(quoted)
    assert table.headers == ["Фамилия", "Адрес"]
    assert [(line, cells[0]) for line, cells in table.rows] == [(3, "Иванова"), (5, "Петров")]
    assert table.rows[0][1][1] == "ул. Абая,\nкв. 1"


def test_separator_of_a_file_with_long_lines():
    line = ";".join(["Фамилия" * 300, "Имя", "ИИН"])
    text = "\n".join([line] * 200)
    assert subject_import.detect_separator(text) == ";"


def test_encoding_detected_from_a_large_file():
    kazakh = "Тегі;Аты\n" + "Әлиева;Әсел Құрманғали\n" * 5000
    russian = "Фамилия;Имя\n" + "Иванова;Анна Сергеевна\n" * 5000
    assert subject_import.detect_encoding(kazakh.encode("kz1048")) == "kz1048"
    assert subject_import.detect_encoding(russian.encode("cp1251")) == "cp1251"
    assert subject_import.detect_encoding(russian.encode("kz1048")) == "cp1251"  # no Kazakh letter
