"""What a report file shows, in its language, the same for the PDF and the XLSX: the key
figures and one table per breakdown (name, count, share of the period's requests)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.reports import Outcome
from app.domain.requests import RequestType
from app.services.report_files import words
from app.services.reports import ReportData


@dataclass(frozen=True)
class Breakdown:
    key: str  # by_type | by_outcome | by_operator | by_channel
    heading: str
    sheet: str
    column: str  # the first column's heading
    rows: tuple[tuple[str, int, float | None], ...]  # name, count, share 0..1


@dataclass(frozen=True)
class Content:
    language: str
    title: str
    period: str
    operator: str
    made: str
    figures: tuple[tuple[str, int | float | None], ...]  # label, value (None: none)
    rate_row: int  # the index in ``figures`` of the on-time rate (a share)
    breakdowns: tuple[Breakdown, ...]


def _ordered(counts: dict, order: list) -> list:
    known = [k for k in order if counts.get(k)]
    return known + sorted(k for k in counts if k not in order)


def build(data: ReportData, language: str) -> Content:
    if language not in words.LANGUAGES:
        raise ValueError(f"no report words in {language!r}")
    r = data.report
    w = lambda key, **kw: words.word(language, key, **kw)  # noqa: E731
    total = r.total

    def rows(counts: dict, order: list, label) -> tuple:
        return tuple(
            (label(k), counts[k], counts[k] / total if total else None)
            for k in _ordered(counts, order)
        )

    operator = (
        data.operator_name(data.operator_id, language)
        if data.operator_id is not None
        else w("all_operators")
    )
    operators = sorted(r.by_operator, key=lambda i: data.operator_name(i, language))
    breakdowns = (
        Breakdown(
            "by_type",
            w("by_type"),
            w("sheet_type"),
            w("type"),
            rows(
                r.by_type, [t.value for t in RequestType], lambda k: words.type_label(k, language)
            ),
        ),
        Breakdown(
            "by_outcome",
            w("by_outcome"),
            w("sheet_outcome"),
            w("outcome"),
            rows(
                r.by_outcome,
                [o.value for o in Outcome],
                lambda k: words.outcome_label(k, language),
            ),
        ),
        Breakdown(
            "by_operator",
            w("by_operator"),
            w("sheet_operator"),
            w("name"),
            rows(r.by_operator, operators, lambda k: data.operator_name(k, language)),
        ),
        Breakdown(
            "by_channel",
            w("by_channel"),
            w("sheet_channel"),
            w("channel"),
            rows(r.by_channel, [], lambda k: words.channel_label(k, language)),
        ),
    )
    figures = (
        (w("total"), r.total),
        (w("answered"), r.answered),
        (w("decided"), r.decided),
        (w("on_time"), r.on_time),
        (w("late"), r.late),
        (w("rate"), r.on_time_rate),
        (w("median"), r.median_days),
        (w("max"), r.max_days),
        (w("stopped"), r.stopped_requests),
        (w("stopped_days"), r.stopped_days),
        (w("longest_stop"), r.longest_stop),
    )
    return Content(
        language=language,
        title=w("title"),
        period=w("period", start=words.day(r.period.start), end=words.day(r.period.end)),
        operator=w("operator", name=operator),
        made=w("made", date=words.day(r.today)),
        figures=figures,
        rate_row=5,
        breakdowns=breakdowns,
    )


def figure_text(value: int | float | None, share: bool, language: str) -> str:
    """A figure as the PDF prints it: a share in per cent, a median with one decimal."""
    if value is None:
        return words.word(language, "none")
    if share:
        return (
            f"{100 * value:.1f} %".replace(".", ",") if language != "en" else f"{100 * value:.1f} %"
        )
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.1f}"
        return text.replace(".", ",") if language != "en" else text
    return str(int(value))
