"""Letters without a database: the body markup, Kazakh and Russian wording, the template sandbox."""

import datetime as dt

import pytest

from app.letters import fonts, markup, templating, wording
from app.letters.kinds import KINDS, TEMPLATE_LANGUAGES
from app.letters.templating import TemplateError

D = dt.date


# --- markup ----------------------------------------------------------------------------------


def test_markup_blocks():
    body = """# Heading
> Құрметті Нұрлан Серікұлы!

First line of a paragraph
continues here.

## Section
- item one
  continued
1) numbered
| A | B |
|---|---|
| 1 | 2 |

---
Last **bold** [[blank]]"""
    blocks = markup.parse(body)
    assert blocks == [
        markup.Heading(1, "Heading"),
        markup.Paragraph("Құрметті Нұрлан Серікұлы!", centred=True),
        markup.Paragraph("First line of a paragraph continues here."),
        markup.Heading(2, "Section"),
        markup.ListItem("•", "item one continued"),
        markup.ListItem("1)", "numbered"),
        markup.Table((("A", "B"), ("1", "2")), header=True),
        markup.Rule(),
        markup.Paragraph("Last **bold** [[blank]]"),
    ]
    assert markup.title(body) == "Heading"
    assert markup.blanks(body) == ["blank"]


def test_inline_runs_and_unmatched_marks():
    assert markup.runs("a **b** c") == [
        markup.Run("a "),
        markup.Run("b", bold=True),
        markup.Run(" c"),
    ]
    assert markup.runs("x [[fill]] y") == [
        markup.Run("x "),
        markup.Run("fill", blank=True),
        markup.Run(" y"),
    ]
    # A lone mark is text, never a crash or a swallowed word.
    assert markup.plain("5 ** 2 and [[open") == "5 ** 2 and [[open"
    assert markup.blanks("| a | [[b]] |") == ["b"]


def test_any_text_is_a_letter():
    for text in ("", "\n\n", "|", "#", "- ", "###### deep", "| a |\n|---|", "> ", "**"):
        markup.parse(text)  # never raises


# --- wording ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day, kk_on, kk_attr, kk_since, kk_until",
    [
        (D(2026, 11, 2), "қарашада", "қарашадағы", "қарашадан", "қарашаға"),
        (D(2026, 4, 1), "сәуірде", "сәуірдегі", "сәуірден", "сәуірге"),
        (D(2026, 9, 1), "қыркүйекте", "қыркүйектегі", "қыркүйектен", "қыркүйекке"),
        (D(2026, 6, 1), "маусымда", "маусымдағы", "маусымнан", "маусымға"),
        (D(2026, 7, 1), "шілдеде", "шілдедегі", "шілдеден", "шілдеге"),
    ],
)
def test_kazakh_dates_take_the_case_endings(day, kk_on, kk_attr, kk_since, kk_until):
    year = f"{day.year} жылғы {day.day} "
    assert wording.on_date(day, "kk") == year + kk_on
    assert wording.attr_date(day, "kk") == year + kk_attr
    assert wording.since_date(day, "kk") == year + kk_since + " бастап"
    assert wording.until_date(day, "kk") == year + kk_until + " дейін"


def test_russian_dates_and_counts():
    assert wording.long_date(D(2026, 11, 2), "ru") == "2 ноября 2026 года"
    assert wording.until_date(D(2026, 3, 8), "ru") == "до 8 марта 2026 года"
    assert wording.short_date(D(2026, 1, 5)) == "05.01.2026"
    assert wording.working_days(30, "ru") == "в течение 30 рабочих дней"
    assert wording.working_days(21, "ru") == "в течение 21 рабочего дня"
    assert wording.working_days(15, "kk") == "15 жұмыс күні ішінде"
    assert [wording.day_count(n, "ru") for n in (1, 3, 11, 22, 25)] == [
        "1 рабочий день",
        "3 рабочих дня",
        "11 рабочих дней",
        "22 рабочих дня",
        "25 рабочих дней",
    ]


def test_salutations():
    assert wording.salutation("kk", "Әлиев", "Нұрлан", "Серікұлы") == "Құрметті Нұрлан Серікұлы!"
    assert wording.salutation("ru", "Иванова", "Мария", "Петровна") == "Уважаемая Мария Петровна!"
    assert wording.salutation("ru", "Әлиев", "Нұрлан", "Серікұлы") == "Уважаемый Нұрлан Серікұлы!"
    # Never «Уважаемый(-ая)»: nothing says the sex, so the letter greets without the adjective.
    assert wording.salutation("ru", "Ким", "Жан", "") == "Здравствуйте, Жан Ким!"
    # The IIN's 7th digit is a hint when the name says nothing (6: a woman born 2000-2099).
    assert wording.salutation("ru", "Ким", "Жан", "", "050101600003").startswith("Уважаемая")
    # A given name in -а says a woman; Илья does not.
    assert wording.salutation("ru", "Ким", "Алма", "") == "Уважаемая Алма Ким!"
    assert wording.salutation("ru", "Ли", "Илья", "") == "Здравствуйте, Илья Ли!"
    # The record's script: never «Уважаемый Yuriy Smirnov!», nor English in a Russian letter.
    assert wording.salutation("ru", "Smirnov", "Yuriy", "") == "Здравствуйте!"


def test_fonts_cover_kazakh():
    assert fonts.covers("ӘәҒғҚқҢңӨөҰұҮүҺһІі «»–—№ ЁёЪъ") == []
    for name in fonts.FILES:
        assert fonts.covers(fonts.KAZAKH_LETTERS, name) == []


# --- templates and the sandbox -------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_every_shipped_template_renders(kind, language):
    source = templating.shipped_source(kind, language)
    templating.check(source, kind, language)
    body = templating.render(source, templating.sample_data(kind, language))
    assert markup.title(body), "every letter starts with its heading"
    assert "94-V" in body
    assert "ДД-2026/0042" in body


def _render(source: str, kind: str = "acknowledgement", language: str = "kk") -> str:
    return templating.render(source, templating.sample_data(kind, language))


def test_unknown_placeholder_names_itself_and_its_line():
    with pytest.raises(TemplateError) as err:
        _render("# Title\n\nHello {{ subjekt.full_name }}")
    assert err.value.field == "template"
    assert err.value.line == 3
    assert err.value.placeholder == "subjekt"
    assert "line 3: unknown placeholder 'subjekt'" in str(err.value)
    with pytest.raises(TemplateError) as err:
        _render("# Title\n{{ request.reg_nmber }}")
    assert err.value.placeholder == "reg_nmber" and err.value.line == 2


def test_syntax_error_names_the_line():
    with pytest.raises(TemplateError) as err:
        _render("# Title\n\n{% if request.signed %}\nno end")
    assert err.value.line is not None
    assert "syntax error" in str(err.value)
    with pytest.raises(TemplateError, match="line 2"):
        _render("ok\n{{ request.reg_number }")


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ request.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ operator.data_categories.__class__ }}",
        "{% set x = operator.systems.append('x') %}",
        "{{ 'x' * 100000000 }}",
        "{{ 2 ** 100000 }}",
        "{% for i in range(10**9) %}{% endfor %}",
    ],
)
def test_the_sandbox_refuses_code(attack, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError) as err:
        _render(f"# Title\n{attack}")
    assert err.value.field == "template"
    assert not list(tmp_path.iterdir())


def test_the_template_cannot_change_the_data():
    data = templating.sample_data("access", "kk")
    before = data.operator.systems
    with pytest.raises(TemplateError):
        templating.render("{{ operator.systems.pop() }}", data)
    assert data.operator.systems == before


def test_filters_speak_the_templates_language():
    assert _render("{{ request.received|on }}") == "2026 жылғы 2 қарашада\n"
    assert _render("{{ request.received|long }}", language="ru") == "2 ноября 2026 года\n"
    assert _render("{{ request.term_days|working_days }}", language="ru") == (
        "в течение 30 рабочих дней\n"
    )


def test_output_is_tidied():
    assert _render("# A\n\n\n\nB   \n\n\n") == "# A\n\nB\n"


# --- issue 12: the wording a Kazakh lawyer signs --------------------------------------------


@pytest.mark.parametrize(
    "name, declined",
    [
        (
            "ТОО «Senimkey»",
            "Товариществом с ограниченной ответственностью «Senimkey»",
        ),
        (
            "Товарищество с ограниченной ответственностью «Коллекторское агентство “ID Collect”»",
            "Товариществом с ограниченной ответственностью «Коллекторское агентство “ID Collect”»",
        ),
        (
            "товарищество  с ограниченной ответственностью «X»",
            "Товариществом с ограниченной ответственностью «X»",
        ),
        (
            "Общество с ограниченной ответственностью «ИТМС»",
            "Обществом с ограниченной ответственностью «ИТМС»",
        ),
        ("ООО «ИТМС»", "Обществом с ограниченной ответственностью «ИТМС»"),
        ("АО «Казпочта»", "Акционерным обществом «Казпочта»"),
        ("Акционерное общество «Казпочта»", "Акционерным обществом «Казпочта»"),
        # a person's name is not declined by guess, nor an unknown form, nor a bare name
        ("ИП Иванов Иван Иванович", ""),
        ("Индивидуальный предприниматель Сергеева Я. В.", ""),
        ("НАО «Государственная корпорация»", ""),
        ("«Senimkey»", ""),
        ("АО", ""),
        ("", ""),
        # «АОН» starts with АО but is no legal form
        ("АОН «Ромашка»", ""),
    ],
)
def test_the_operator_in_the_instrumental_case(name, declined):
    assert wording.instrumental(name) == declined


@pytest.mark.parametrize(
    "edition, kk, ru",
    [
        ("№1", "(№ 1 редакция)", "(редакция № 1)"),
        ("№ 2", "(№ 2 редакция)", "(редакция № 2)"),
        ("3", "(№ 3 редакция)", "(редакция № 3)"),
        ("21.05.2025", "(2025 жылғы 21 мамырдағы редакция)", "(редакция от 21 мая 2025 года)"),
        ("б/н", "", ""),
        ("", "", ""),
        ("2025-А", "(2025-А редакция)", "(редакция: 2025-А)"),
    ],
)
def test_a_consent_documents_edition(edition, kk, ru):
    # (a plain space after №: the editor's plain text turns a non-breaking one into a space, so
    # the frame's renderer, not the body, keeps № with its number)
    assert wording.edition(edition, "kk") == kk
    assert wording.edition(edition, "ru") == ru


@pytest.mark.parametrize(
    "address, kk, ru",
    [
        ("050000, Алматы қ., Абай даңғылы, 10", "Алматы қ.", "г. Алматы"),
        ("050026, Республика Казахстан, г. Алматы,\nул. Толе би, 187", "Алматы қ.", "г. Алматы"),
        ("100012, г. Караганда, пр. Бухар-Жырау, 49/6", "Қарағанды қ.", "г. Караганда"),
        ("100000, Қарағанды қаласы, Бұқар жырау даңғылы, 1", "Қарағанды қ.", "г. Караганда"),
        ("614066, Россия, г. Пермь, ул. Стахановская, 54", "Пермь қ.", "г. Пермь"),
        ("010000, Астана, ул. Мәңгілік Ел, 55", "Астана қ.", "г. Астана"),
        # a city the table does not know: only in the address's own language, never guessed
        ("г. Щучинск, ул. Ленина, 1", "", "г. Щучинск"),
        ("Berlin, Unter den Linden 1", "", ""),
    ],
)
def test_the_city_of_an_address(address, kk, ru):
    from app.domain import places

    assert places.city(address, "kk") == kk
    assert places.city(address, "ru") == ru


def test_the_place_of_an_act_prefers_each_languages_address():
    from app.domain import places
    from app.domain.data_map import Pair

    assert places.place("Өскемен қ., Абай 1", "г. Усть-Каменогорск, ул. Абая, 1") == Pair(
        "Өскемен қ.", "г. Усть-Каменогорск"
    )
    assert places.place("", "г. Усть-Каменогорск") == Pair("Өскемен қ.", "г. Усть-Каменогорск")
    assert places.place("", "") == Pair()


OLD_KK = (
    "Егер Сіз осы",
    "шағымдануға құқығыңыз бар",
    "алынғанын растайды",
    "кіріс құжаттар журналында",
    "редакциясы:",
    "жинауға және өңдеуге берілген келісім",
    "өңдеуге берілген келісім",
    "Оператордағы Сіз туралы деректер",
    "олар алынған күннен кейін жалғасады",
    "Мобильді телефон",
    " мына деректер",
    " мына көздерден",
    " мына тұлғаларға",
    " мына құрамда",
    " мына мәліметтер",
    " мына ақпараттық",
    " мына көшірмелер",
)
OLD_RU = (
    "претензи",
    "составлен от имени оператора –",
    "уничтожены;",
    "обезличены;",
    "сбор и обработку",  # one form, as the Law writes it: «на сбор, обработку»
)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("full", (True, False))
def test_no_old_phrasing_in_any_shipped_template(kind, full):
    for language, old in (("kk", OLD_KK), ("ru", OLD_RU)):
        body = templating.render(
            templating.shipped_source(kind, language),
            templating.sample_data(kind, language, full),
        )
        for phrase in old:
            assert phrase not in body, f"{kind} ({language}): {phrase!r}"
        # the body round-trips through the editor's plain text, which has no non-breaking space
        assert "\u00a0" not in body
        if "шағым жасауға" in body or "обжаловать" in body:
            assert "келіспеген жағдайда Сіз" in body or "В случае несогласия" in body, kind


def test_the_act_names_the_operator_without_declension_when_it_cannot():
    import dataclasses as dc

    data = templating.sample_data("destruction-act", "ru")
    body = templating.render(templating.shipped_source("destruction-act", "ru"), data)
    assert (
        "составлен Товариществом с ограниченной ответственностью «Образец» (далее – Оператор)"
        in body
    )
    person = dc.replace(data, operator=dc.replace(data.operator, name="ИП Иванов Иван Иванович"))
    body = templating.render(templating.shipped_source("destruction-act", "ru"), person)
    assert (
        "Оператор персональных данных: ИП Иванов Иван Иванович (далее – Оператор). "
        "Настоящий акт составлен комиссией Оператора в составе:" in body
    )
    assert "Иванов Иван Иванович (далее – Оператор) в лице" not in body
