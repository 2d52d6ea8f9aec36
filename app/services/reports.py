"""A period's report, read in one go: the requests received between two days (of one operator
or all), their answers, stops and the calendar, counted by :mod:`app.domain.reports`.

The answer facts are the dashboard's (``queries.report_facts`` shares its subqueries with the
chart's), and so is the on-time rule; the files are :mod:`app.services.report_files`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import select

from app.domain import dashboard as dashboard_rules
from app.domain import reports as rules
from app.domain.errors import DomainError
from app.services import deadlines
from app.services.context import Context
from app.services.dashboard import ANSWERED_BY
from app.storage import queries
from app.storage.models import Operator


@dataclass(frozen=True)
class OperatorName:
    id: int
    kk: str
    ru: str
    short: str

    def name(self, language: str) -> str:
        if language == "kk":
            return self.kk or self.short or self.ru
        return self.ru or self.short or self.kk


@dataclass(frozen=True)
class ReportData:
    report: rules.Report
    operators: dict[int, OperatorName]  # every operator the report counts (or the one asked)
    operator_id: int | None  # the operator asked for, None for all

    def operator_name(self, operator_id: int, language: str) -> str:
        found = self.operators.get(operator_id)
        return found.name(language) if found else str(operator_id)


def gather(
    ctx: Context, start: dt.date, end: dt.date, operator_id: int | None = None
) -> ReportData:
    """The report on the requests received from ``start`` to ``end`` (both included)."""
    period = rules.Period.checked(start, end)
    f = queries.RequestFilter(operator_id=operator_id, received_from=start, received_to=end)
    with ctx.read() as session:
        if operator_id is not None and session.get(Operator, operator_id) is None:
            raise DomainError.at("operator", "no_operator", id=operator_id)
        rows, stop_rows = queries.report_facts(
            session, f, sorted(dashboard_rules.ANSWER_KINDS), ANSWERED_BY
        )
        calendar = deadlines.load_calendar(session)
        operators = {
            o.id: OperatorName(o.id, o.name_kk, o.name_ru, o.short_name)
            for o in session.exec(select(Operator)).all()
            if operator_id is None or o.id == operator_id
        }
    stops: dict[int, list[rules.Stop]] = defaultdict(list)
    for request_id, stopped_on, resumed_on in stop_rows:
        stops[request_id].append(rules.Stop(stopped_on, resumed_on))
    facts = (
        rules.Facts(
            received=r["received"],
            type=r["type"],
            status=r["status"],
            operator_id=r["operator_id"],
            channel=r["channel"],
            due=r["due"],
            posted=r["posted"],
            moved=_day(r["moved"]),
            breached=bool(r["late"]),
            stops=tuple(stops.get(r["id"], ())),
        )
        for r in rows
    )
    report = rules.build(facts, period, ctx.today(), calendar)
    return ReportData(report, operators, operator_id)


def _day(value) -> dt.date | None:
    """SQLite's date() comes back as text, PostgreSQL's as a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
