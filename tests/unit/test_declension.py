"""The addressee in the dative with initials, and the salutation (app.domain.declension)."""

import pytest

from app.domain import declension as d


@pytest.mark.parametrize(
    ("surname", "dative"),
    [
        ("Сергеева", "Сергееваға"),  # back vowel, ends in a vowel
        ("Әлиев", "Әлиевке"),  # front vowel, в sounds voiceless at the end
        ("Иванов", "Ивановқа"),  # back vowel, voiceless end
        ("Жақыпов", "Жақыповқа"),
        ("Пак", "Пакқа"),
        ("Ким", "Кимге"),  # front и, sonorant м
        ("Ли", "Лиге"),
        ("Цой", "Цойға"),  # sonorant й
        ("Шевченко", "Шевченкоға"),
        ("Нұрбек", "Нұрбекке"),
        ("Төлеген", "Төлегенге"),
        ("Құдайберген", "Құдайбергенге"),
        ("Мұхтар", "Мұхтарға"),
        ("Игорь", "Игорьге"),  # the soft sign makes it front
        ("Сейітқали", "Сейітқалиға"),  # и takes the harmony of the vowel before it
        ("Шойгу", "Шойгуға"),
        ("Ахмед", "Ахмедке"),
        ("Smith", "Smith-ке"),  # Latin letters: the suffix after a hyphen
        ("Smirnov", "Smirnov-қа"),
    ],
)
def test_kazakh_dative(surname, dative):
    assert d.kazakh_dative(surname) == dative


def test_kazakh_addressee_puts_initials_first():
    assert d.addressee("kk", "Сергеева", "Яна", "Викторовна") == "Я. В. Сергееваға"
    assert d.addressee("kk", "Әлиев", "Нұрлан", "Серікұлы") == "Н. С. Әлиевке"
    assert d.addressee("kk", "Ким", "Анна-Мария") == "А.-М. Кимге"


def test_russian_addressee_in_the_dative():
    assert d.addressee("ru", "Сергеева", "Яна", "Викторовна") == "Сергеевой Я. В."
    assert d.addressee("ru", "Иванов", "Пётр", "Ильич") == "Иванову П. И."
    assert d.addressee("ru", "Қасымова", "Айгүл", "Маратқызы") == "Қасымовой А. М."
    assert d.addressee("ru", "Жақыпов", "Ерлан", "Бекұлы") == "Жақыпову Е. Б."
    assert d.addressee("ru", "Римская-Корсакова", "Ольга", "Петровна") == (
        "Римской-Корсаковой О. П."
    )
    # indeclinable stays as written; a woman named Ким (from her IIN's hint) too
    assert d.addressee("ru", "Шевченко", "Тарас", "Григорьевич") == "Шевченко Т. Г."
    assert d.addressee("ru", "Ким", "Жан", "", "050101600003") == "Ким Ж."
    # Latin letters are not declined in a Russian letter
    assert d.addressee("ru", "Smirnov", "Yuriy") == "Smirnov Y."


def test_sex_from_the_record_then_the_iin():
    assert d.guess_sex("Ким", "Жан", "", "900101300017") == "M"  # 3: a man born 1900-1999
    assert d.guess_sex("Ким", "Жан", "") is None
    assert d.guess_sex("Әлиева", "", "") == "F"
    assert d.guess_sex("Ким", "Нұрлан", "Серікұлы") == "M"
    assert d.guess_sex("Ким", "Айгерім", "Серікқызы") == "F"


def test_script():
    assert d.script("Yuriy") == "latin"
    assert d.script("Әсел") == "cyrillic"
    assert d.script("123") == ""
