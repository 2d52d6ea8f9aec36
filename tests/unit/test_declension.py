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


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "kk", "ru"),
    [
        # Kazakh surnames: -ов/-ова, -ев/-ева, -ин/-ина, by vowel harmony and the last sound
        ("Ахметов", "Ерлан", "Бекұлы", "Е. Б. Ахметовқа", "Ахметову Е. Б."),
        ("Ахметова", "Дана", "Бекқызы", "Д. Б. Ахметоваға", "Ахметовой Д. Б."),
        (
            "Сүлейменов",
            "Әлібек",
            "Серікұлы",
            "Ә. С. Сүлейменовқа",
            "Сүлейменову Ә. С.",
        ),  # the last vowel: о
        ("Есенина", "Айгүл", "Маратқызы", "А. М. Есенинаға", "Есениной А. М."),
        ("Ильин", "Олег", "Петрович", "О. П. Ильинге", "Ильину О. П."),
        ("Ерғалиева", "Гүлнар", "Асанқызы", "Г. А. Ерғалиеваға", "Ерғалиевой Г. А."),
        # the father's name with «ұлы»/«қызы» as the surname: the possessive's dative -на
        ("Нұрланұлы", "Ерлан", "", "Е. Нұрланұлына", "Нұрланұлы Е."),
        ("Серікқызы", "Айгерім", "", "А. Серікқызына", "Серікқызы А."),
        # surnames ending in a vowel or a consonant without a Russian ending
        ("Қали", "Асқар", "Нұрланұлы", "А. Н. Қалиға", "Қали А. Н."),
        ("Оспан", "Бота", "Серікқызы", "Б. С. Оспанға", "Оспан Б. С."),  # a woman's: as is
        ("Оспан", "Болат", "Серікұлы", "Б. С. Оспанға", "Оспану Б. С."),  # a man's: declined
        ("Жұмабай", "Ерлан", "Асқарұлы", "Е. А. Жұмабайға", "Жұмабаю Е. А."),
        ("Төреқұлов", "Мақсат", "", "М. Төреқұловқа", "Төреқұлову М."),
        ("Әлі", "Нұржан", "", "Н. Әліге", "Әлі Н."),
        # in Latin letters: not declined, as the record spells it
        ("Smirnov", "Yuriy", "", "Y. Smirnov", "Smirnov Y."),
        ("Kassymova", "Aigerim", "", "A. Kassymova", "Kassymova A."),
    ],
)
def test_the_addressee_of_hard_names(surname, given, patronymic, kk, ru):
    assert d.addressee("kk", surname, given, patronymic) == kk
    assert d.addressee("ru", surname, given, patronymic) == ru


def test_the_salutation_avoids_gender_when_nothing_tells():
    # Kazakh has no gendered form; Russian greets without the adjective when the sex is unknown
    assert d.salutation("kk", "Сергеева", "Ярослава", "Викторовна") == (
        "Құрметті Ярослава Викторовна!"
    )
    assert d.salutation("ru", "Сергеева", "Ярослава", "Викторовна") == (
        "Уважаемая Ярослава Викторовна!"
    )
    assert d.salutation("ru", "Нұрланұлы", "Ерлан") == "Уважаемый Ерлан Нұрланұлы!"
    assert d.salutation("ru", "Ким", "Жан") == "Здравствуйте, Жан Ким!"  # nothing tells
    assert d.salutation("ru", "Ким", "Жан", "", "900101300017") == "Уважаемый Жан Ким!"  # IIN
    # a name in Latin letters: a neutral greeting in the letter's language, never English
    assert d.salutation("ru", "Smirnov", "Yuriy") == "Здравствуйте!"
    assert d.salutation("kk", "Smirnov", "Yuriy") == "Құрметті өтініш беруші!"
    assert d.salutation("ru", "Kassymova", "Aigerim", "", "050101600003") == "Здравствуйте!"
    assert d.salutation("kk", "", "") == "Құрметті өтініш беруші!"
    for language in ("kk", "ru"):
        assert "(-ая)" not in d.salutation(language, "Ким", "Жан")
