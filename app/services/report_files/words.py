"""The words of a report file in Kazakh, Russian and English: headings, row names and the
labels of types, outcomes and channels (the file speaks the language chosen for it)."""

from __future__ import annotations

import datetime as dt

from app.domain.reports import Outcome
from app.domain.request_input import Channel
from app.domain.requests import TYPE_LABELS, RequestType
from app.services.case_file_words import CHANNEL_LABELS

LANGUAGES = ("kk", "ru", "en")

WORDS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Дербес деректер субъектілерінің өтініштері бойынша есеп",
        "period": "Кезең: {start} – {end}",
        "operator": "Оператор: {name}",
        "all_operators": "Барлық операторлар",
        "made": "Есеп {date} жасалды",
        "summary": "Негізгі көрсеткіштер",
        "total": "Кезеңде келіп түскен өтініштер",
        "answered": "Жауап берілгені",
        "decided": "Мерзімі бағаланғаны",
        "on_time": "Мерзімінде жауап берілгені",
        "late": "Мерзімі бұзылғаны",
        "rate": "Мерзімінде жауап беру үлесі",
        "median": "Жауап берудің медианасы, жұмыс күні",
        "max": "Жауап берудің ең ұзақ мерзімі, жұмыс күні",
        "stopped": "Мерзімі тоқтатылған өтініштер",
        "stopped_days": "Мерзімнің тоқтап тұрған уақыты, жұмыс күні",
        "longest_stop": "Ең ұзақ тоқтату, жұмыс күні",
        "by_type": "Өтініш түрлері бойынша",
        "by_outcome": "Нәтижесі бойынша",
        "by_operator": "Операторлар бойынша",
        "by_channel": "Келіп түсу тәсілі бойынша",
        "type": "Түрі",
        "outcome": "Нәтижесі",
        "channel": "Тәсілі",
        "name": "Атауы",
        "count": "Саны",
        "share": "Үлесі",
        "figure": "Көрсеткіш",
        "value": "Мәні",
        "chart": "Өтініштердің түрлері бойынша саны",
        "none": "—",
        "page": "Бет {n}",
        "sheet_summary": "Жиынтық",
        "sheet_type": "Түрлері",
        "sheet_outcome": "Нәтижелері",
        "sheet_operator": "Операторлар",
        "sheet_channel": "Тәсілдері",
    },
    "ru": {
        "title": "Отчёт по обращениям субъектов персональных данных",
        "period": "Период: {start} – {end}",
        "operator": "Оператор: {name}",
        "all_operators": "Все операторы",
        "made": "Отчёт составлен {date}",
        "summary": "Основные показатели",
        "total": "Поступило обращений за период",
        "answered": "Дан ответ",
        "decided": "Оценено по сроку",
        "on_time": "Отвечено в срок",
        "late": "С нарушением срока",
        "rate": "Доля ответов в срок",
        "median": "Медиана срока ответа, рабочих дней",
        "max": "Наибольший срок ответа, рабочих дней",
        "stopped": "Обращений с приостановкой срока",
        "stopped_days": "Время приостановки срока, рабочих дней",
        "longest_stop": "Наибольшая приостановка, рабочих дней",
        "by_type": "По видам обращений",
        "by_outcome": "По результату",
        "by_operator": "По операторам",
        "by_channel": "По способу поступления",
        "type": "Вид",
        "outcome": "Результат",
        "channel": "Способ",
        "name": "Наименование",
        "count": "Количество",
        "share": "Доля",
        "figure": "Показатель",
        "value": "Значение",
        "chart": "Количество обращений по видам",
        "none": "—",
        "page": "Стр. {n}",
        "sheet_summary": "Сводка",
        "sheet_type": "Виды",
        "sheet_outcome": "Результаты",
        "sheet_operator": "Операторы",
        "sheet_channel": "Способы",
    },
    "en": {
        "title": "Report on data subjects' requests",
        "period": "Period: {start} – {end}",
        "operator": "Operator: {name}",
        "all_operators": "All operators",
        "made": "Report made on {date}",
        "summary": "Key figures",
        "total": "Requests received in the period",
        "answered": "Answered",
        "decided": "Judged against the deadline",
        "on_time": "Answered on time",
        "late": "Late",
        "rate": "On-time rate",
        "median": "Median time to answer, working days",
        "max": "Longest time to answer, working days",
        "stopped": "Requests with the clock stopped",
        "stopped_days": "Clock-stop time, working days",
        "longest_stop": "Longest stop, working days",
        "by_type": "By type",
        "by_outcome": "By outcome",
        "by_operator": "By operator",
        "by_channel": "By channel",
        "type": "Type",
        "outcome": "Outcome",
        "channel": "Channel",
        "name": "Name",
        "count": "Count",
        "share": "Share",
        "figure": "Figure",
        "value": "Value",
        "chart": "Requests by type",
        "none": "—",
        "page": "Page {n}",
        "sheet_summary": "Summary",
        "sheet_type": "Types",
        "sheet_outcome": "Outcomes",
        "sheet_operator": "Operators",
        "sheet_channel": "Channels",
    },
}

OUTCOME_LABELS: dict[Outcome, dict[str, str]] = {
    Outcome.ANSWERED: {"kk": "Жауап берілді", "ru": "Дан ответ", "en": "Answered"},
    Outcome.REJECTED: {"kk": "Қабылданбады", "ru": "Отклонено", "en": "Rejected"},
    Outcome.WITHDRAWN: {"kk": "Кері қайтарылды", "ru": "Отозвано", "en": "Withdrawn"},
    Outcome.OPEN: {"kk": "Қаралуда", "ru": "На рассмотрении", "en": "Still open"},
}

_CHANNEL_EN = {
    Channel.POST: "post",
    Channel.REGISTERED_POST: "registered post",
    Channel.COURIER: "courier",
    Channel.IN_PERSON: "in person",
    Channel.EMAIL: "e-mail",
    Channel.STATE_SERVICE: "state service",
}


def word(language: str, key: str, **params) -> str:
    text = WORDS[language][key]
    return text.format(**params) if params else text


def type_label(value: str, language: str) -> str:
    try:
        return TYPE_LABELS[RequestType(value)][language]
    except ValueError:
        return value


def outcome_label(value: str, language: str) -> str:
    try:
        return OUTCOME_LABELS[Outcome(value)][language]
    except ValueError:
        return value


def channel_label(value: str, language: str) -> str:
    try:
        channel = Channel(value)
    except ValueError:
        return value
    text = _CHANNEL_EN[channel] if language == "en" else CHANNEL_LABELS[channel][language]
    return text[:1].upper() + text[1:]


def day(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")
