"""Words and dates as a Kazakh or Russian letter writes them.

Dates in Kazakh take the year first and change the month's ending with the case:
``2026 жылғы 2 қараша`` (long), ``2026 жылғы 2 қарашада`` (on), ``2026 жылғы 2 қарашадағы``
(attributive: "dated"), ``2026 жылғы 2 қарашадан бастап`` (since), ``2026 жылғы 2 қарашаға дейін``
(until). Russian: ``2 ноября 2026 года``, ``от …``, ``с …``, ``до 2 ноября 2026 года``.
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain import declension, months

# The month with the attributive ending -дағы/-дегі/-тағы/-тегі (vowel harmony, voicing).
_MONTHS_KK_ATTR = (
    "қаңтардағы",
    "ақпандағы",
    "наурыздағы",
    "сәуірдегі",
    "мамырдағы",
    "маусымдағы",
    "шілдедегі",
    "тамыздағы",
    "қыркүйектегі",
    "қазандағы",
    "қарашадағы",
    "желтоқсандағы",
)
# The month in the dative (-ға/-ге/-қа/-ке), as "дейін" (until) requires.
_MONTHS_KK_DAT = (
    "қаңтарға",
    "ақпанға",
    "наурызға",
    "сәуірге",
    "мамырға",
    "маусымға",
    "шілдеге",
    "тамызға",
    "қыркүйекке",
    "қазанға",
    "қарашаға",
    "желтоқсанға",
)
# Locative (-да/-де/-та/-те): "on" a date.
_MONTHS_KK_LOC = (
    "қаңтарда",
    "ақпанда",
    "наурызда",
    "сәуірде",
    "мамырда",
    "маусымда",
    "шілдеде",
    "тамызда",
    "қыркүйекте",
    "қазанда",
    "қарашада",
    "желтоқсанда",
)
# Ablative (-дан/-ден/-тан/-тен/-нан/-нен), as "бастап" (since) requires.
_MONTHS_KK_ABL = (
    "қаңтардан",
    "ақпаннан",
    "наурыздан",
    "сәуірден",
    "мамырдан",
    "маусымнан",
    "шілдеден",
    "тамыздан",
    "қыркүйектен",
    "қазаннан",
    "қарашадан",
    "желтоқсаннан",
)


def short_date(day: dt.date | None) -> str:
    """``02.11.2026``; an empty date is a blank to fill in by hand."""
    return day.strftime("%d.%m.%Y") if day else "__.__.____"


def long_date(day: dt.date | None, language: str) -> str:
    """kk: "2026 жылғы 2 қараша"; ru: "2 ноября 2026 года"."""
    if day is None:
        return "«___» __________ 20__"
    if language == "kk":
        return f"{day.year} жылғы {day.day} {months.KAZAKH[day.month - 1]}"
    return f"{day.day} {months.RUSSIAN_GENITIVE[day.month - 1]} {day.year} года"


def on_date(day: dt.date | None, language: str) -> str:
    """kk: "2026 жылғы 2 қарашада" (on); ru: "2 ноября 2026 года"."""
    if day is None or language != "kk":
        return long_date(day, language)
    return f"{day.year} жылғы {day.day} {_MONTHS_KK_LOC[day.month - 1]}"


def since_date(day: dt.date | None, language: str) -> str:
    """kk: "2026 жылғы 2 қарашадан бастап"; ru: "с 2 ноября 2026 года"."""
    if day is None:
        return long_date(day, language)
    if language == "kk":
        return f"{day.year} жылғы {day.day} {_MONTHS_KK_ABL[day.month - 1]} бастап"
    return f"с {long_date(day, language)}"


def working_days(n: int, language: str) -> str:
    """kk: "30 жұмыс күні ішінде"; ru: "в течение 30 рабочих дней" (21 рабочего дня)."""
    if language == "kk":
        return f"{n} жұмыс күні ішінде"
    word = "рабочего дня" if n % 10 == 1 and n % 100 != 11 else "рабочих дней"
    return f"в течение {n} {word}"


def sentence(text: str) -> str:
    """The text with a final full stop unless it already ends a sentence."""
    text = str(text).strip()
    if not text or text[-1] in ".!?…":
        return text
    return text + "."


def clause(text: str) -> str:
    """The text without its final full stop, to go inside a sentence (after a colon) that the
    template ends itself: «… анықталды: {{ detail|clause }}.» never ends in «..»; an ellipsis
    stays."""
    text = str(text).strip()
    if text.endswith(".") and not text.endswith(("..", "…")):
        return text[:-1].rstrip()
    return text


_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_RUSSIAN_WORDS = frozenset((
    "и", "в", "во", "на", "по", "от", "для", "с", "со", "к", "о", "об", "что", "при", "из", "за",
    "до", "без", "или", "как", "это", "его", "её", "их",
))  # fmt: skip
_RUSSIAN_ENDINGS = (
    "ть", "ться", "ся", "ие", "ия", "ого", "его", "ых", "их", "ые", "ой", "ый", "ий", "ет", "ит",
    "ют", "ят", "ом", "ам", "ям", "ах", "ях", "ию", "ью",
)  # fmt: skip


def text_language(text: str) -> str:
    """``"kk"``, ``"ru"`` or ``""``: the language a free text (a summary, a note) is written in,
    by its words: a word with a letter only Kazakh has counts for Kazakh; a Russian function
    word («и», «в», «на», «что» …) or a word with a Russian ending («-ть», «-ся», «-ие», «-ого»
    …) and no Kazakh letter counts for Russian. A Russian text naming a Kazakh person («Просит
    удалить данные Әлиева Нұрлана») is Russian."""
    kk = ru = 0
    for word in re.findall(r"[^\W\d_]+", text or ""):
        if set(word) & _KAZAKH_LETTERS:
            kk += 1
        elif re.search(r"[а-яё]", word, re.IGNORECASE):
            low = word.lower()
            ru += low in _RUSSIAN_WORDS or low.endswith(_RUSSIAN_ENDINGS)
    if kk == ru == 0:
        return ""
    return "kk" if kk > ru else "ru"


def own(text: str, language: str) -> str:
    """``text`` when it is written in ``language`` (or in neither: digits, Latin letters), ""
    when it is in the other one: a Kazakh letter does not quote a Russian summary (the template
    then leaves a blank to write it in Kazakh)."""
    found = text_language(text)
    return text if found in ("", language) else ""


def day_count(n: int, language: str) -> str:
    """kk: "12 жұмыс күні"; ru: "1 рабочий день", "2 рабочих дня", "12 рабочих дней"."""
    if language == "kk":
        return f"{n} жұмыс күні"
    if n % 10 == 1 and n % 100 != 11:
        word = "рабочий день"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "рабочих дня"
    else:
        word = "рабочих дней"
    return f"{n} {word}"


def attr_date(day: dt.date | None, language: str) -> str:
    """kk: "2026 жылғы 2 қарашадағы" (dated); ru: "от 2 ноября 2026 года"."""
    if day is None:
        return long_date(day, language)
    if language == "kk":
        return f"{day.year} жылғы {day.day} {_MONTHS_KK_ATTR[day.month - 1]}"
    return f"от {long_date(day, language)}"


def until_date(day: dt.date | None, language: str) -> str:
    """kk: "2026 жылғы 2 қарашаға дейін"; ru: "до 2 ноября 2026 года"."""
    if day is None:
        return long_date(day, language)
    if language == "kk":
        return f"{day.year} жылғы {day.day} {_MONTHS_KK_DAT[day.month - 1]} дейін"
    return f"до {long_date(day, language)}"


def edition(text: str, language: str) -> str:
    """A consent document's edition as a letter names it, in brackets after the title:
    kk "(№ 1 редакция)", ru "(редакция № 1)"; an edition given by its date, kk "(2025 жылғы
    21 мамырдағы редакция)", ru "(редакция от 21 мая 2025 года)"; none for an edition without a
    number ("б/н") or an empty one."""
    text = " ".join(str(text or "").split())
    if not text or text.lower().replace(" ", "") in _NO_NUMBER:
        return ""
    day = _date_in(text)
    if day is not None:
        if language == "kk":
            return f"({attr_date(day, language)} редакция)"
        return f"(редакция {attr_date(day, language)})"
    number = _EDITION_NUMBER.fullmatch(text)
    if number:
        n = number.group(1)
        return f"(№ {n} редакция)" if language == "kk" else f"(редакция № {n})"
    return f"({text} редакция)" if language == "kk" else f"(редакция: {text})"


_NO_NUMBER = frozenset({"б/н", "бн", "нөмірсіз", "безномера"})
_EDITION_NUMBER = re.compile(r"(?:№|No\.?|N|ред\.?|редакция|редакциясы:?)?\s*(\d+(?:\.\d+)*)", re.I)
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date_in(text: str) -> dt.date | None:
    found = _DATE.fullmatch(text)
    if not found:
        return None
    try:
        return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        return None


# --- the operator's name as the subject of a passive sentence (Russian) ----------------------
# «Настоящий акт составлен Товариществом с ограниченной ответственностью «…» (далее – Оператор)»:
# the legal form takes the instrumental case, the quoted name stays as it is. Abbreviated forms
# are written out (an abbreviation does not show its case). A form not listed here gives "", and
# the template then uses a wording that needs no declension.
_LEGAL_FORMS_INSTRUMENTAL: tuple[tuple[str, str], ...] = (
    (
        "товарищество с ограниченной ответственностью",
        "Товариществом с ограниченной ответственностью",
    ),
    ("тоо", "Товариществом с ограниченной ответственностью"),
    ("общество с ограниченной ответственностью", "Обществом с ограниченной ответственностью"),
    ("ооо", "Обществом с ограниченной ответственностью"),
    ("акционерное общество", "Акционерным обществом"),
    ("ао", "Акционерным обществом"),
)
# An individual entrepreneur's name is a person's: declining it is not guessed here.
_PERSON_FORMS = ("индивидуальный предприниматель", "ип")


def instrumental(name: str) -> str:
    """The operator's Russian name in the instrumental case (``Товариществом с ограниченной
    ответственностью «Образец»``) when its legal form is one of ТОО, ООО, АО written in full or
    abbreviated, followed by the name; "" for any other name (an individual entrepreneur's
    name, an unknown form, a name without its form), for which the letter says it without
    declension."""
    name = " ".join(str(name or "").split())
    lowered = name.lower()
    if any(lowered.startswith(form + " ") for form in _PERSON_FORMS):
        return ""
    for form, declined in _LEGAL_FORMS_INSTRUMENTAL:
        if lowered.startswith(form + " "):
            return f"{declined} {name[len(form) :].strip()}"
    return ""


def filters(language: str) -> dict:
    """The filters templates use, bound to their language.

    ``short`` 02.11.2026 · ``long`` 2026 жылғы 2 қараша / 2 ноября 2026 года · ``on`` 2026 жылғы
    2 қарашада · ``attr`` 2026 жылғы 2 қарашадағы / от 2 ноября 2026 года · ``since`` …қарашадан
    бастап / с 2 ноября 2026 года · ``until`` …қарашаға дейін / до 2 ноября 2026 года ·
    ``working_days`` (a number) 30 жұмыс күні ішінде / в течение 30 рабочих дней ·
    ``day_count`` (a number) 12 жұмыс күні / 12 рабочих дней · ``sentence`` text ending in a
    full stop (one is added when the text has no final punctuation) · ``clause`` text without
    its final full stop (inside a sentence the template ends) · ``own`` a free text when it is in
    the letter's language, "" when in the other · ``edition`` a consent
    document's edition in brackets: (№ 1 редакция) / (редакция № 1) · ``instrumental`` (Russian)
    the operator's name in the instrumental case, "" when its legal form is not one declined.
    """
    return {
        "edition": lambda text: edition(text, language),
        "instrumental": instrumental,
        "short": short_date,
        "long": lambda d: long_date(d, language),
        "on": lambda d: on_date(d, language),
        "attr": lambda d: attr_date(d, language),
        "since": lambda d: since_date(d, language),
        "until": lambda d: until_date(d, language),
        "working_days": lambda n: working_days(int(n), language),
        "day_count": lambda n: day_count(int(n), language),
        "sentence": sentence,
        "clause": clause,
        "own": lambda text: own(str(text or ""), language),
    }


# --- labels on the letter's frame (not the body) -----------------------------------------

LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "out": "Шығыс №",
        "ref": "кіріс хатқа",
        "ref_no": "№",
        "date_suffix": "ж.",
        "attachments": "Қосымша",
        "executor": "Орынд.",
        "phone": "тел.",
        "page": "Бет {n} / {m}",
        "draft": "ЖОБА",
        "approve": "БЕКІТЕМІН",
        "act_no": "№",
        "email": "e-mail",
    },
    "ru": {
        "out": "Исх. №",
        "ref": "на вх. №",
        "ref_no": "№",
        "date_suffix": "г.",
        "attachments": "Приложение",
        "executor": "Исп.",
        "phone": "тел.",
        "page": "Страница {n} из {m}",
        "draft": "ПРОЕКТ",
        "approve": "УТВЕРЖДАЮ",
        "act_no": "№",
        "email": "e-mail",
    },
}


def label(key: str, language: str) -> str:
    if language == "bi":
        kk, ru = LABELS["kk"][key], LABELS["ru"][key]
        return kk if kk == ru else f"{kk} / {ru}"
    return LABELS[language][key]


# A foreign operator's number, by its kind, as each language names it. Russian «ИНН» is a
# «салық төлеушінің сәйкестендіру нөмірі» in Kazakh; a kind Kazakh has no word for is a
# «Тіркеу нөмірі» (registration number) in a Kazakh letter and is printed as typed in a Russian
# one.
_REG_LABELS: dict[str, dict[str, str]] = {
    "BIN": {"kk": "БСН", "ru": "БИН"},
    "INN": {"kk": "Салық төлеушінің сәйкестендіру нөмірі", "ru": "ИНН"},
}
_REG_LABEL_KK = "Тіркеу нөмірі"


def reg_label(reg_kind: str, language: str) -> str:
    """The name of the operator's registration number in the letter's language: a BIN is БСН
    in Kazakh and БИН in Russian; a Russian INN is «Салық төлеушінің сәйкестендіру нөмірі» in
    Kazakh and ИНН in Russian; another kind is «Тіркеу нөмірі» in Kazakh and as typed in
    Russian. A bilingual letter names both."""
    kind = (reg_kind or "BIN").strip().upper() or "BIN"
    names = _REG_LABELS.get(kind, {"kk": _REG_LABEL_KK, "ru": kind})
    if language in names:
        return names[language]
    return names["kk"] if names["kk"] == names["ru"] else f"{names['kk']} / {names['ru']}"


def both(kk: str, ru: str) -> str:
    """One line for a bilingual letter: both texts, or one when they are the same."""
    kk, ru = kk.strip(), ru.strip()
    if not kk or kk == ru:
        return ru
    if not ru:
        return kk
    return f"{kk}\n{ru}"


# --- how to address the person --------------------------------------------------------------
# The rules are the domain's (app.domain.declension): the dative with initials, the salutation
# in the record's script, never «Уважаемый(-ая)».

guess_sex = declension.guess_sex
salutation = declension.salutation
addressee = declension.addressee


# --- vocabulary the service puts into template data ----------------------------------------

CONSENT_CHANNELS: dict[str, dict[str, str]] = {
    "checkbox": {"kk": "белгіше қою арқылы", "ru": "отметкой в поле согласия"},
    "sms_code": {"kk": "SMS-кодпен", "ru": "SMS-кодом"},
    "login": {"kk": "жүйеге кіру арқылы", "ru": "входом в систему"},
    "paper": {"kk": "қағаз жүзінде", "ru": "на бумаге"},
    "state_service": {"kk": "мемлекеттік сервис арқылы", "ru": "через государственный сервис"},
    "email_code": {"kk": "электрондық поштаға жіберілген кодпен", "ru": "кодом из письма"},
    "first_use": {"kk": "сервисті пайдалана бастау арқылы", "ru": "началом использования"},
    "2fa": {"kk": "екі факторлы аутентификация арқылы", "ru": "двухфакторной аутентификацией"},
}

REQUEST_CHANNELS: dict[str, dict[str, str]] = {
    "post": {"kk": "пошта арқылы", "ru": "почтой"},
    "registered_post": {"kk": "тапсырысты хатпен", "ru": "заказным письмом"},
    "courier": {"kk": "курьер арқылы", "ru": "курьером"},
    "in_person": {"kk": "қолма-қол", "ru": "нарочно"},
    "email": {"kk": "электрондық пошта арқылы", "ru": "по электронной почте"},
    "state_service": {"kk": "мемлекеттік сервис арқылы", "ru": "через государственный сервис"},
}

SUBJECT_STATUSES: dict[str, dict[str, str]] = {
    "active": {"kk": "белсенді", "ru": "активен"},
    "processing_stopped": {"kk": "өңдеу тоқтатылды", "ru": "обработка прекращена"},
    "deregistered": {"kk": "есептен шығарылды", "ru": "снят с учёта"},
    "anonymised": {"kk": "иесіздендірілді", "ru": "обезличен"},
}


def vocabulary(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    """A label from one of the tables above; an unknown key is shown as it is."""
    return table.get(key, {}).get(language, key)


def period(years: int, months: int, language: str) -> str:
    """A retention period: kk "3 жыл 6 ай"; ru "3 года 6 месяцев", "1 год", "5 лет"."""
    parts = []
    if language == "kk":
        if years:
            parts.append(f"{years} жыл")
        if months:
            parts.append(f"{months} ай")
        return " ".join(parts)
    if years:
        parts.append(f"{years} {_plural_ru(years, 'год', 'года', 'лет')}")
    if months:
        parts.append(f"{months} {_plural_ru(months, 'месяц', 'месяца', 'месяцев')}")
    return " ".join(parts)


def _plural_ru(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


# Countries recipients are often in (cross-border transfer), in the letters' languages; a code
# not listed is printed as it is (a code is not a text of either language).
COUNTRIES: dict[str, dict[str, str]] = {
    "KZ": {"kk": "Қазақстан Республикасы", "ru": "Республика Казахстан"},
    "RU": {"kk": "Ресей Федерациясы", "ru": "Российская Федерация"},
    "BY": {"kk": "Беларусь Республикасы", "ru": "Республика Беларусь"},
    "KG": {"kk": "Қырғыз Республикасы", "ru": "Кыргызская Республика"},
    "UZ": {"kk": "Өзбекстан Республикасы", "ru": "Республика Узбекистан"},
    "AM": {"kk": "Армения Республикасы", "ru": "Республика Армения"},
    "CN": {"kk": "Қытай Халық Республикасы", "ru": "Китайская Народная Республика"},
    "TR": {"kk": "Түркия Республикасы", "ru": "Турецкая Республика"},
    "DE": {"kk": "Германия Федеративтік Республикасы", "ru": "Федеративная Республика Германия"},
    "NL": {"kk": "Нидерланд Корольдігі", "ru": "Королевство Нидерландов"},
    "IE": {"kk": "Ирландия", "ru": "Ирландия"},
    "FI": {"kk": "Финляндия Республикасы", "ru": "Финляндская Республика"},
    "GB": {"kk": "Ұлыбритания", "ru": "Великобритания"},
    "US": {"kk": "Америка Құрама Штаттары", "ru": "Соединённые Штаты Америки"},
    "AE": {"kk": "Біріккен Араб Әмірліктері", "ru": "Объединённые Арабские Эмираты"},
    "SG": {"kk": "Сингапур Республикасы", "ru": "Республика Сингапур"},
    "LT": {"kk": "Литва Республикасы", "ru": "Литовская Республика"},
    "EE": {"kk": "Эстония Республикасы", "ru": "Эстонская Республика"},
    "LV": {"kk": "Латвия Республикасы", "ru": "Латвийская Республика"},
}


def country(code: str, language: str) -> str:
    """The country of ``code`` in ``language``; empty for Kazakhstan's own (no code)."""
    code = (code or "").strip().upper()
    if not code:
        return ""
    return COUNTRIES.get(code, {}).get(language, code)
