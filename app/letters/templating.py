"""Letter templates: Jinja2 in a sandbox, one file per kind and language.

A template produces the body of a letter in the markup of :mod:`app.letters.markup`. It reads
the names of :class:`app.letters.data.TemplateData` and formats dates with the filters ``short``,
``long``, ``attr`` and ``until``. Templates are safe to edit:

* they run in Jinja's immutable sandbox: nothing that starts with an underscore can be reached,
  nothing can be changed, and large repetitions (``'x' * 10**9``) are refused;
* an unknown placeholder is an error (``StrictUndefined``), never an empty space in a letter;
* every failure, a syntax error included, becomes :class:`TemplateError` naming the line and the
  placeholder or the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from app.domain.errors import DomainError, Problem
from app.letters import wording
from app.letters.data import (
    ActData,
    CategoryData,
    ConsentData,
    ConsentDocumentData,
    Disposal,
    ExtensionData,
    MemberData,
    OperatorData,
    RecipientData,
    RequestData,
    SubjectData,
    SystemData,
    TemplateData,
    ground_text,
    localise_disposal,
)
from app.letters.kinds import KINDS, REQUIRES_SUBJECT, TEMPLATE_LANGUAGES, Kind, Outcome
from app.resources import resource_path

TEMPLATE_NAME = "<template>"
MAX_OUTPUT = 200_000  # characters: a letter, not a book
MAX_REPEAT = 10_000


class TemplateError(DomainError):
    """A template that cannot make a letter: one coded problem at the field ``template``.

    ``code`` is one of ``template_syntax``, ``template_unknown_name`` (``name``),
    ``template_not_allowed``, ``template_failed`` (``detail``), ``template_recursion``,
    ``template_too_long`` (``length``, ``limit``); ``line`` is the template's line, when known,
    and ``kind``/``language`` the template's, once the service has said which it was.
    """

    def __init__(
        self,
        code: str,
        line: int | None = None,
        *,
        kind: str = "",
        language: str = "",
        **params,
    ):
        self.line = line
        self.placeholder: str | None = params.get("name")
        self.kind, self.language = kind, language
        found = Problem(
            "template", code, {"line": line, "kind": kind, "language": language, **params}
        )
        super().__init__(found)
        where = f"{kind} ({language}), " if kind else ""
        where += f"line {line}: " if line else ""
        self.args = (f"template: {where}{found.reason}",)

    def of(self, kind: str, language: str) -> TemplateError:
        """The same error, naming the template it is in."""
        params = {k: v for k, v in self.params.items() if k not in ("line", "kind", "language")}
        return TemplateError(self.code, self.line, kind=kind, language=language, **params)

    def __str__(self) -> str:
        return self.args[0]


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise SecurityError("powers above 64 are not allowed in a template")
        if operator == "*":
            sized = isinstance(left, str | list | tuple) or isinstance(right, str | list | tuple)
            count = right if isinstance(right, int) else left if isinstance(left, int) else 0
            if sized and count > MAX_REPEAT:
                raise SecurityError(f"repeating something more than {MAX_REPEAT} times")
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=4)
def environment(language: str) -> _Sandbox:
    env = _Sandbox(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(wording.filters(language))
    return env


@lru_cache(maxsize=64)
def _compile(language: str, source: str):
    """A template compiled once per text (a batch renders the same one many times)."""
    return environment(language).from_string(source)


_UNDEFINED = re.compile(r"'([^']+)' is undefined")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


def _template_line(exc: BaseException) -> int | None:
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == TEMPLATE_NAME:
            line = frame.lineno
    return line


def render(source: str, data: TemplateData) -> str:
    """The body a template makes from ``data``; :class:`TemplateError` if it cannot."""
    try:
        template = _compile(data.language, source)
    except TemplateSyntaxError as exc:
        raise TemplateError("template_syntax", exc.lineno, detail=exc.message) from None
    try:
        text = template.render(data.names())
    except UndefinedError as exc:
        message = str(exc)
        match = _UNDEFINED.search(message) or _NO_ATTRIBUTE.search(message)
        name = match.group(1) if match else message
        raise TemplateError("template_unknown_name", _template_line(exc), name=name) from None
    except SecurityError as exc:
        raise TemplateError("template_not_allowed", _template_line(exc), detail=str(exc)) from None
    except (JinjaError, TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        raise TemplateError("template_failed", _template_line(exc), detail=str(exc)) from None
    except RecursionError:
        raise TemplateError("template_recursion") from None
    if len(text) > MAX_OUTPUT:
        raise TemplateError("template_too_long", length=len(text), limit=MAX_OUTPUT)
    return tidy(text)


def tidy(text: str) -> str:
    """At most one blank line between blocks, no trailing spaces, one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


# --- the shipped templates ---------------------------------------------------------------


def shipped_path(kind: str, language: str):
    return resource_path("templates", "letters", f"{Kind(kind).value}.{language}.jinja")


def shipped_source(kind: str, language: str) -> str:
    if language not in TEMPLATE_LANGUAGES:
        raise DomainError.at("language", "choice", value=language, choices=list(TEMPLATE_LANGUAGES))
    return shipped_path(kind, language).read_text(encoding="utf-8")


# --- trial renders: a template is checked before it is saved --------------------------------


def sample_data(kind: str, language: str, full: bool = True) -> TemplateData:
    """A complete, invented case for checking a template; ``full=False`` leaves options empty."""
    day = dt.date(2026, 11, 20)
    kk = language == "kk"

    def t(kk_text: str, ru_text: str) -> str:
        return kk_text if kk else ru_text

    operator = OperatorData(
        name=t("«Үлгі» ЖШС", "ТОО «Образец»"),
        name_kk="«Үлгі» жауапкершілігі шектеулі серіктестігі",
        name_ru="Товарищество с ограниченной ответственностью «Образец»",
        short_name=t("Үлгі", "Образец"),
        reg_label=wording.reg_label("BIN", language),
        reg_number="900101300017",
        address=t(
            "010000, Астана қ., Мәңгілік Ел даңғылы, 55", "010000, г. Астана, пр. Мангилик Ел, 55"
        ),
        phone="+7 (7172) 00-00-00",
        email="info@example.kz",
        website="https://example.kz",
        data_categories=(
            CategoryData(t("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество")),
            CategoryData(
                t("Шарт бойынша деректер", "Данные по договору"),
                t("Бухгалтерлік есеп туралы заң, 7-бап", "Закон о бухгалтерском учёте, ст. 7"),
                5,
                0,
                wording.period(5, 0, language),
                t("шарт тоқтатылғаннан кейін", "после прекращения договора"),
            ),
        ),
        purposes=(t("Шартты орындау", "Исполнение договора"),),
        methods=(t("Автоматтандырылған өңдеу", "Автоматизированная обработка"),),
        sources=(t("Субъектінің өзі", "Сам субъект"),),
        recipients=(
            RecipientData(t("Уәкілетті мемлекеттік органдар", "Уполномоченные органы")),
            RecipientData(
                t("Бұлттық провайдер", "Облачный провайдер"),
                "DE",
                wording.country("DE", language),
                True,
            ),
        )
        if full
        else (),
        systems=(t("CRM жүйесі", "CRM-система"), t("Сақтық көшірмелер", "Резервные копии")),
        retention=t("Шарт қолданылған мерзім ішінде.", "В течение срока действия договора."),
        withdrawal_rule=t("Жазбаша өтініш арқылы.", "Письменным заявлением."),
        cross_border=full,
        consent_documents=(ConsentDocumentData(t("Келісім", "Согласие"), "№ 1", day),),
    )
    subject = SubjectData(
        full_name="Әлиев Нұрлан Серікұлы",
        surname="Әлиев",
        given_name="Нұрлан",
        patronymic="Серікұлы",
        iin="900101300017",
        birth_date=dt.date(1990, 1, 1),
        phone="+7 701 000 00 00",
        email="n.aliev@example.kz",
        address="050000, Алматы қ., Абай даңғылы, 1, 1-пәтер",
        account_id="naliev",
        client_org="«Құрылыс» ЖШС" if full else "",
        client_bin="070440003189" if full else "",
        status="белсенді" if kk else "активен",
        consents=(
            ConsentData("Келісім", "№ 1", dt.date(2025, 6, 1), "белгіше", None),
            ConsentData("Келісім", "№ 1", dt.date(2025, 6, 1), "SMS-код", day),
        ),
    )
    request = RequestData(
        reg_number="ДД-2026/0042",
        received=dt.date(2026, 11, 2),
        registered=dt.date(2026, 11, 2),
        postmark=dt.date(2026, 10, 30) if full else None,
        type="consent_withdrawal",
        type_label="Келісімді кері қайтарып алу" if kk else "Отзыв согласия",
        channel="пошта" if kk else "почта",
        summary="Келісімді кері қайтарып алады." if full else "",
        signed=full,
        language=language,
        due=dt.date(2026, 12, 15) if full else None,
        term_days=30,
        remaining_days=None if full else 12,
        sender="Әлиев Нұрлан Серікұлы",
    )
    disposals = (
        Disposal(t("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество")),
        Disposal(t("Байланыс деректері", "Контактные данные"), Outcome.ANONYMISED.value),
        Disposal(
            t("Шарт бойынша деректер", "Данные по договору"),
            Outcome.RETAINED.value,
            t("Бухгалтерлік есеп туралы заң, 7-бап", "Закон о бухгалтерском учёте, ст. 7"),
            dt.date(2031, 11, 20),
        ),
    )
    act = ActData(
        t("Астана қ.", "г. Астана"),
        (MemberData("А. Б. Орындаушы", t("Бас маман", "Главный специалист")),),
        MemberData("В. Г. Басшы", t("Директор", "Директор")),
        day,
    )
    return TemplateData(
        language=language,
        kind=Kind(kind).value,
        today=day,
        operator=operator,
        request=request,
        subject=subject if full or Kind(kind) in REQUIRES_SUBJECT else None,
        addressee=subject.full_name,
        salutation=wording.salutation(language, "Әлиев", "Нұрлан", "Серікұлы"),
        authority="Уәкілетті орган" if kk else "Уполномоченный орган",
        ground="obligation" if full else "law",
        ground_text=ground_text("obligation" if full else "law", language),
        ground_detail="Шарт бойынша берешек." if full else "",
        question="Қолы қойылған өтінішті жіберіңіз." if full else "",
        reply_by=dt.date(2026, 12, 4) if full else None,
        reply_days=10,
        stops_clock=full,
        findings="Тексеру жүргізілді." if full else "",
        decision="Шағым қанағаттандырылды." if full else "",
        extension=ExtensionData(
            10, dt.date(2026, 12, 29), "Мұрағаттан сұрау" if kk else "Запрос в архив", day, day
        )
        if full or kind == Kind.EXTENSION
        else None,
        effective=dt.date(2026, 11, 2) if full else None,
        systems=tuple(SystemData(name, day, "А. Б. Орындаушы") for name in operator.systems)
        if full
        else (),
        disposals=tuple(localise_disposal(d, language) for d in disposals) if full else (),
        act=act if full else None,
        id_copies=("passport.pdf",) if full else (),
        method=t(
            "Жазбаларды қалпына келтіру мүмкіндігінсіз өшіру",
            "Удаление без возможности восстановления",
        )
        if full
        else "",
        attachments=("Көшірме, 1 п.",) if full else (),
    )


def check(source: str, kind: str, language: str) -> None:
    """Render ``source`` against a full and an empty sample; :class:`TemplateError` if it fails."""
    if kind not in KINDS:
        raise DomainError.at("kind", "choice", value=kind, choices=list(KINDS))
    if language not in TEMPLATE_LANGUAGES:
        raise DomainError.at("language", "choice", value=language, choices=list(TEMPLATE_LANGUAGES))
    for full in (True, False):
        render(source, sample_data(kind, language, full))
