"""The words of a case file in Kazakh and in Russian: headings, captions, and the deadline and
the timeline told in the file's language (never English, never the other language's words).

The case file goes to the regulator or a court, so its frame speaks the language chosen for it;
what the officer typed (reasons, notes, a custom term basis) is shown as typed. The terms of the
two built-in presets are worded here in Russian (the holidays' Russian names are in
``app.domain.holiday_names``).
"""

from __future__ import annotations

import datetime as dt

from app.domain import holiday_names
from app.domain.calendar import DayKind
from app.domain.deadlines import Deadline
from app.domain.request_input import Channel
from app.domain.requests import STATUS_LABELS, TYPE_LABELS, RequestType, Status
from app.letters import wording
from app.letters.kinds import KIND_LABELS, Kind

LANGUAGES = ("kk", "ru")

WORDS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Өтініш ісі № {number}",
        "made": "Іс {date} жасалды",
        "contents": "Мазмұны",
        "page": "Бет",
        "card": "Тіркеу карточкасы",
        "deadline": "Қарау мерзімінің есебі",
        "timeline": "Іс барысы",
        "scans": "Өтініштің сканерленген көшірмелері",
        "letters": "Хаттар",
        "scan_n": "Скан {n}: {name}",
        "letter_n": "{kind} № {number}, {date}",
        "footer": "Іс № {number} · бет {n} / {m}",
        # the card
        "operator": "Оператор",
        "reg_number": "Тіркеу нөмірі",
        "received": "Алынған күні",
        "registered": "Тіркелген күні",
        "postmark": "Пошта мөрінің күні",
        "letter_date": "Хаттың күні",
        "channel": "Келіп түсу тәсілі",
        "sender": "Жіберуші",
        "address": "Мекенжайы",
        "language": "Хаттың тілі",
        "type": "Өтініштің түрі",
        "signed": "Қолтаңба",
        "signed_yes": "қолмен қойылған",
        "signed_no": "жоқ",
        "summary": "Қысқаша мазмұны",
        "subject": "Субъект",
        "iin": "ЖСН",
        "no_subject": "байланыстырылмаған",
        "assignee": "Орындаушы",
        "status": "Мәртебесі",
        "due": "Жауап беру мерзімі",
        "term_caption": "Мерзімі",
        "closed": "Жабылған күні",
        "none": "—",
        # the deadline
        "day0": "{date} — 0-күн (өтініш алынған күн)",
        "term": "{days} жұмыс күні",
        "basis": "Мерзімнің негізі",
        "day1": "1-күн",
        "extended": "Ұзартылды",
        "extension": "+{days} жұмыс күні{when}: {reason}",
        "granted_on": " ({date})",
        "stopped": "Мерзім тоқтатылды",
        "not_resumed": "қайта басталмаған",
        "skipped": "Есептелмеді",
        "weekends": "{n} сенбі және жексенбі күні",
        "stopped_days": "мерзім тоқтатылған кездегі {n} жұмыс күні",
        "due_day": "{date} — {n}-жұмыс күні",
        "due_stopped": "мерзім тоқтатылған; {n} жұмыс күні қалды",
        # day kinds
        DayKind.WEEKEND: "демалыс күні",
        DayKind.HOLIDAY: "мереке күні",
        DayKind.TRANSFERRED_DAY_OFF: "ауыстырылған демалыс күні",
        DayKind.WORKING_SATURDAY: "ауыстырылған жұмыс күні",
        DayKind.CLOCK_STOPPED: "мерзім тоқтатылған",
        DayKind.USER_OVERRIDE: "демалыс күні (пайдаланушы белгіледі)",
        DayKind.WORKDAY: "жұмыс күні",
        # the timeline
        "when": "Уақыты",
        "who": "Кім",
        "event": "Оқиға",
        "ev_registered": "Хат тіркелді",
        "ev_status": "Мәртебе: {a} – {b}",
        "ev_stop": "Мерзім {date} тоқтатылды",
        "ev_resume": "Мерзім {date} қайта басталды",
        "ev_extension": "Мерзім {days} жұмыс күніне ұзартылды{to}",
        "ev_extension_to": ", {date} дейін",
        "ev_note": "Жазба",
        "no_events": "Оқиғалар жоқ",
        # scans and letters
        "file": "Файл",
        "kind": "Түрі",
        "pages": "Беттер",
        "sha256": "SHA-256",
        "state": "Күйі",
        "in_file": "істе, {page}-беттен",
        "destroyed": "жойылды ({date}); мазмұны сақталмаған",
        "damaged": "ашылмайды: {detail}",
        "id_copy": "жеке куәлік көшірмесі, жоюға белгіленген",
        "no_scans": "Сканерленген көшірмелер жоқ",
        "out_number": "Шығыс №",
        "date": "Күні",
        "letter_language": "Тілі",
        "final": "түпкілікті",
        "draft": "жоба (іске енгізілмеген)",
        "draft_short": "жоба",
        "altered": "сақталған PDF өз SHA-256 мәніне сәйкес келмейді (іске енгізілмеген)",
        "no_letters": "Хаттар жоқ",
        "sent_on": "жіберілді {date}",
        "lang_kk": "қазақ",
        "lang_ru": "орыс",
        "lang_bi": "қазақ және орыс",
        "lang_other": "басқа",
    },
    "ru": {
        "title": "Дело по обращению № {number}",
        "made": "Дело сформировано {date}",
        "contents": "Содержание",
        "page": "Стр.",
        "card": "Регистрационная карточка",
        "deadline": "Расчёт срока рассмотрения",
        "timeline": "Ход рассмотрения",
        "scans": "Сканированные копии обращения",
        "letters": "Письма",
        "scan_n": "Скан {n}: {name}",
        "letter_n": "{kind} № {number} от {date}",
        "footer": "Дело № {number} · стр. {n} из {m}",
        "operator": "Оператор",
        "reg_number": "Регистрационный номер",
        "received": "Дата поступления",
        "registered": "Дата регистрации",
        "postmark": "Дата почтового штемпеля",
        "letter_date": "Дата письма",
        "channel": "Способ поступления",
        "sender": "Отправитель",
        "address": "Адрес",
        "language": "Язык письма",
        "type": "Вид обращения",
        "signed": "Подпись",
        "signed_yes": "собственноручная",
        "signed_no": "отсутствует",
        "summary": "Краткое содержание",
        "subject": "Субъект",
        "iin": "ИИН",
        "no_subject": "не связан",
        "assignee": "Исполнитель",
        "status": "Статус",
        "due": "Срок ответа",
        "term_caption": "Срок",
        "closed": "Дата закрытия",
        "none": "—",
        "day0": "{date} — день 0 (дата поступления)",
        "term": "{days} рабочих дней",
        "basis": "Основание срока",
        "day1": "День 1",
        "extended": "Продлено",
        "extension": "+{days} рабочих дней{when}: {reason}",
        "granted_on": " ({date})",
        "stopped": "Срок приостановлен",
        "not_resumed": "не возобновлён",
        "skipped": "Не учтено",
        "weekends": "субботы и воскресенья: {n}",
        "stopped_days": "рабочие дни, пока срок был приостановлен: {n}",
        "due_day": "{date} — рабочий день {n}",
        "due_stopped": "срок приостановлен; осталось рабочих дней: {n}",
        DayKind.WEEKEND: "выходной день",
        DayKind.HOLIDAY: "праздничный день",
        DayKind.TRANSFERRED_DAY_OFF: "перенесённый выходной день",
        DayKind.WORKING_SATURDAY: "перенесённый рабочий день",
        DayKind.CLOCK_STOPPED: "срок приостановлен",
        DayKind.USER_OVERRIDE: "выходной день (установлен пользователем)",
        DayKind.WORKDAY: "рабочий день",
        "when": "Время",
        "who": "Кто",
        "event": "Событие",
        "ev_registered": "Письмо зарегистрировано",
        "ev_status": "Статус: {a} – {b}",
        "ev_stop": "Срок приостановлен {date}",
        "ev_resume": "Срок возобновлён {date}",
        "ev_extension": "Срок продлён на {days} рабочих дней{to}",
        "ev_extension_to": ", до {date}",
        "ev_note": "Заметка",
        "no_events": "Событий нет",
        "file": "Файл",
        "kind": "Вид",
        "pages": "Страницы",
        "sha256": "SHA-256",
        "state": "Состояние",
        "in_file": "в деле, с {page}-й страницы",
        "destroyed": "уничтожен ({date}); содержимое не сохранено",
        "damaged": "не открывается: {detail}",
        "id_copy": "копия удостоверения личности, отмечена к уничтожению",
        "no_scans": "Сканированных копий нет",
        "out_number": "Исх. №",
        "date": "Дата",
        "letter_language": "Язык",
        "final": "окончательное",
        "draft": "проект (в дело не включён)",
        "draft_short": "проект",
        "altered": "сохранённый PDF не совпадает со своим SHA-256 (в дело не включён)",
        "no_letters": "Писем нет",
        "sent_on": "отправлено {date}",
        "lang_kk": "казахский",
        "lang_ru": "русский",
        "lang_bi": "казахский и русский",
        "lang_other": "иной",
    },
}

CHANNEL_LABELS: dict[Channel, dict[str, str]] = {
    Channel.POST: {"kk": "пошта", "ru": "почта"},
    Channel.REGISTERED_POST: {"kk": "тапсырыс хат", "ru": "заказное письмо"},
    Channel.COURIER: {"kk": "курьер", "ru": "курьер"},
    Channel.IN_PERSON: {"kk": "жеке өзі әкелді", "ru": "лично"},
    Channel.EMAIL: {"kk": "электрондық пошта", "ru": "электронная почта"},
    Channel.STATE_SERVICE: {"kk": "мемлекеттік қызмет", "ru": "государственная услуга"},
}

# The built-in presets' term bases (app.domain.deadlines), as the file's languages say them.
BASIS_LABELS: dict[str, dict[str, str]] = {
    "Operator's policy: the response period is 30 working days": {
        "kk": "Оператордың саясаты: жауап беру мерзімі 30 жұмыс күні",
        "ru": "Политика оператора: срок ответа 30 рабочих дней",
    },
    "Law 94-V art. 8(7) (as amended 2026): 15 working days": {
        "kk": "94-V Заңның 8-бабының 7-тармағы (2026 жылғы редакция): 15 жұмыс күні",
        "ru": "п. 7 ст. 8 Закона № 94-V (в ред. 2026 г.): 15 рабочих дней",
    },
    "Law 94-V: information on request within 3 working days": {
        "kk": "94-V Заң: сұрау бойынша мәлімет 3 жұмыс күні ішінде",
        "ru": "Закон № 94-V: сведения по запросу в течение 3 рабочих дней",
    },
    "Law 94-V: correction within 1 working day": {
        "kk": "94-V Заң: нақтылау 1 жұмыс күні ішінде",
        "ru": "Закон № 94-V: изменение в течение 1 рабочего дня",
    },
    "Law 94-V: blocking within 1 working day": {
        "kk": "94-V Заң: бұғаттау 1 жұмыс күні ішінде",
        "ru": "Закон № 94-V: блокирование в течение 1 рабочего дня",
    },
    "Law 94-V: destruction within 1 working day": {
        "kk": "94-V Заң: жою 1 жұмыс күні ішінде",
        "ru": "Закон № 94-V: уничтожение в течение 1 рабочего дня",
    },
}

# The note the program gives a resume's status change when the officer wrote none
# (app.services.requests.resume_clock): a marker, not the officer's words.
RESUMED_NOTE = "clock resumed"


def file_language(requested: str | None, letter_language: str) -> str:
    """The file's language: the one asked for, else the letter's if Kazakh or Russian, else kk."""
    if requested:
        return requested
    return letter_language if letter_language in LANGUAGES else "kk"


def word(key: str, language: str, **params) -> str:
    text = WORDS[language][key]
    return text.format(**params) if params else text


def date(day: dt.date | None, language: str) -> str:
    return wording.short_date(day) if day else WORDS[language]["none"]


def type_label(value: str, language: str) -> str:
    try:
        return TYPE_LABELS[RequestType(value)][language]
    except ValueError:
        return value


def status_label(value: str | None, language: str) -> str:
    if not value:
        return WORDS[language]["none"]
    try:
        return STATUS_LABELS[Status(value)][language]
    except ValueError:
        return value


def channel_label(value: str, language: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(value)][language]
    except ValueError:
        return value


def kind_label(value: str, language: str) -> str:
    try:
        return KIND_LABELS[Kind(value)][language]
    except ValueError:
        return value


def language_label(value: str, language: str) -> str:
    return WORDS[language].get(f"lang_{value}", value)


def basis_label(basis: str, language: str) -> str:
    return BASIS_LABELS.get(basis, {}).get(language, basis)


def holiday_name(name: str, language: str) -> str:
    """A holiday's name in the file's language: the calendar of a Russian file already names
    its holidays in Russian (``app.domain.holiday_names``); an English name is worded here."""
    return holiday_names.russian(name) if language == "ru" else name


def deadline_rows(d: Deadline, language: str) -> list[tuple[str, str]]:
    """How the due date was counted, as (caption, text) rows in ``language``."""
    w = WORDS[language]
    rows = [
        (w["received"], word("day0", language, date=date(d.received, language))),
        (w["term_caption"], word("term", language, days=d.days)),
    ]
    if d.basis:
        rows.append((w["basis"], basis_label(d.basis, language)))
    if d.day_one:
        rows.append((w["day1"], date(d.day_one, language)))
    for ext in d.extensions:
        when = word("granted_on", language, date=date(ext.granted_on, language))
        rows.append(
            (
                w["extended"],
                word(
                    "extension",
                    language,
                    days=ext.days,
                    when=when if ext.granted_on else "",
                    reason=ext.reason,
                ),
            )
        )
    for stop in d.stops:
        end = date(stop.resumed_on, language) if stop.resumed_on else w["not_resumed"]
        text = f"{date(stop.stopped_on, language)} – {end}"
        rows.append((w["stopped"], f"{text}: {stop.reason}" if stop.reason else text))
    weekends = stopped = 0
    for skipped in d.skipped:
        if skipped.kind is DayKind.CLOCK_STOPPED:
            stopped += 1
        elif skipped.kind is DayKind.WEEKEND:
            weekends += 1
        else:
            what = w[skipped.kind]
            if skipped.kind in (DayKind.HOLIDAY, DayKind.USER_OVERRIDE) and skipped.name:
                what = holiday_name(skipped.name, language)
            rows.append((w["skipped"], f"{date(skipped.day, language)} — {what}"))
    if weekends:
        rows.append((w["skipped"], word("weekends", language, n=weekends)))
    if stopped:
        rows.append((w["skipped"], word("stopped_days", language, n=stopped)))
    if d.due:
        rows.append(
            (w["due"], word("due_day", language, date=date(d.due, language), n=d.total_days))
        )
    else:
        rows.append((w["due"], word("due_stopped", language, n=d.remaining)))
    return rows


def event_text(kind: str, language: str, **e) -> tuple[str, str]:
    """One timeline event as (headline, details) in ``language``."""
    w = WORDS[language]
    if kind == "status":
        if e.get("from_status") is None:
            return w["ev_registered"], e.get("note", "")
        details = e.get("reason", "")
        return (
            word(
                "ev_status",
                language,
                a=status_label(e["from_status"], language),
                b=status_label(e["to_status"], language),
            ),
            "" if details == RESUMED_NOTE else details,
        )
    if kind == "stop":
        return word("ev_stop", language, date=date(e.get("day"), language)), e.get("reason", "")
    if kind == "resume":
        return word("ev_resume", language, date=date(e.get("day"), language)), ""
    if kind == "extension":
        to = (
            word("ev_extension_to", language, date=date(e["day"], language)) if e.get("day") else ""
        )
        return word("ev_extension", language, days=e.get("days"), to=to), e.get("reason", "")
    if kind == "note":
        return w["ev_note"], e.get("reason", "")
    if kind == "dispatch":
        return _dispatch_text(e.get("step", ""), e.get("detail") or {}, language)
    return kind, e.get("reason", "")


_DISPATCH = {
    "sent": {
        "kk": "{n} хаты {d} жіберілді: {m}",
        "ru": "Письмо {n} отправлено {d}: {m}",
        "en": "Letter {n} sent on {d}: {m}",
    },
    "delivered": {
        "kk": "{n} хаты {d} табыс етілді",
        "ru": "Письмо {n} вручено {d}",
        "en": "Letter {n} delivered on {d}",
    },
    "returned": {
        "kk": "{n} хаты {d} қайтарылды",
        "ru": "Письмо {n} возвращено {d}",
        "en": "Letter {n} returned on {d}",
    },
    "wait_elapsed": {
        "kk": "{n} хаты бойынша {d} бастап {w} күн ішінде табыс ету хабарламасы келмеді",
        "ru": "Уведомление о вручении письма {n} не поступило в течение {w} дней с {d}",
        "en": "No delivery notice of letter {n} within {w} days of {d}",
    },
}
_TRACKING = {"kk": "Трек-нөмірі {0}", "ru": "Трек-номер {0}", "en": "Tracking number {0}"}


def _dispatch_text(step: str, d: dict, language: str) -> tuple[str, str]:
    """A letter's dispatch event (stored as facts, see app.services.dispatch_timeline)."""
    from app.domain.dispatch import METHOD_LABELS, Method

    forms = _DISPATCH.get(step)
    if forms is None:
        return step, ""
    lang = language if language in ("kk", "ru") else "en"
    raw = d.get("sent_on") if step in ("sent", "wait_elapsed") else d.get(f"{step}_on")
    day = date(dt.date.fromisoformat(str(raw)[:10]), language) if raw else "—"
    method = d.get("method", "")
    label = METHOD_LABELS[Method(method)][lang] if method in set(Method) else method
    headline = forms[lang].format(n=d.get("out_number") or "—", d=day, m=label, w=d.get("wait"))
    if step == "sent" and d.get("tracking_number"):
        return headline, _TRACKING[lang].format(d["tracking_number"])
    return headline, d.get("note") or ""
