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
    # The record's script: never «Уважаемый Yuriy Smirnov!».
    assert wording.salutation("ru", "Smirnov", "Yuriy", "") == "Dear Yuriy Smirnov,"


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
