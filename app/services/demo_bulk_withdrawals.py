"""The bulk demo's consent withdrawals and destruction requests, worked through their workflow
as :mod:`.demo_withdrawals` works them for the small demo, computed instead of performed.

For each such request the simulation (:class:`app.services.demo_bulk_history.Simulation`) calls
:meth:`Workflows.midway` (an open one, left part way) or :meth:`Workflows.finish`; the rows the
services of :mod:`app.services.withdrawal` would have written are collected here and inserted
batch by batch with the requests (:meth:`Workflows.write`): the workflow row (checks, decision,
effective date, the consents it names, the act's details, its end), its checklist of systems and
its outcomes (copied from the operator's data map, the retention rules' suggestions kept), its
steps for the case's timeline, the audit entries of each step, and at the end the subject's new
status and the named consents closed. The letters (the destruction act in the act series, the
deregistration confirmation or the refusal in the outgoing one) are the simulation's.

What the small demo does differently: an unlinked letter is linked at registration here (the
small demo links it at the checks), and a registered letter that comes back undelivered is
counted as one with no notice (no return is recorded).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, update

from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.domain.requests import RequestType, Status
from app.services.withdrawal_view import DONE, START, data_map_of, suggestion
from app.storage import bulk
from app.storage.models import (
    Consent,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    WithdrawalStep,
    WithdrawalSystem,
)

if TYPE_CHECKING:
    from app.services.demo_bulk_history import Simulation as _Simulation
    from app.services.demo_bulk_history import _Case


def _pair(data: dict | None) -> Pair:
    data = data or {}
    return Pair(str(data.get("kk", "")), str(data.get("ru", "")))


def _language(row: dict) -> str:
    return row["language"] if row["language"] in ("kk", "ru") else "kk"


class Workflows:
    """The workflows of one bulk demo: their rows until the next :meth:`write`."""

    def __init__(self, sim: _Simulation, material: dict, first_id: int, consents: dict):
        self.sim = sim
        self.settings = material["withdrawals"]
        self.unsigned = material["notes"]["unsigned"]
        self.next_id = first_id
        self.consents = consents  # subject id -> its consent's id (the demo gives at most one)
        self.maps: dict[int, object] = {}
        self.closed_subjects: set[int] = set()  # their consent is closed: no refusal keeps them
        self._suggested: dict[tuple, tuple] = {}
        self.statuses: dict[int, str] = {}  # the subjects whose status a workflow changed
        self.made = 0
        self._clear()

    def _clear(self) -> None:
        self.withdrawals: list[dict] = []
        self.systems: list[dict] = []
        self.outcomes: list[dict] = []
        self.steps: list[dict] = []
        self.subjects: list[dict] = []
        self.closed: list[dict] = []
        self.entries: list[tuple] = []

    # --- the steps, as app.services.withdrawal records them ----------------------------------

    def _log(self, flow: dict, day: dt.date, step: str, detail: dict, action: str, before=None):
        sim = self.sim
        self.steps.append(
            {
                "withdrawal_id": flow["id"],
                "request_id": flow["request_id"],
                "step": step,
                "at": bulk.utc(day, 11),
                "actor": sim.actor,
                "detail": detail,
            }
        )
        entry = (sim.now, sim.actor, action, "request", flow["request_id"], before, detail)
        self.entries.append(entry)

    def _start(self, case: _Case, day: dt.date, operator) -> dict:
        row = case.row
        data_map = self.maps.get(operator.id)
        if data_map is None:
            data_map = self.maps[operator.id] = data_map_of(operator)
        consent = self.consents.get(row["subject_id"])
        at = bulk.utc(day, 11)
        flow = {
            "id": self.next_id,
            "request_id": row["id"],
            "signed": None,
            "identity": "",
            "identity_note": "",
            "checked_by": "",
            "checked_at": None,
            "decision": "",
            "ground": "",
            "ground_detail_kk": "",
            "ground_detail_ru": "",
            "decided_by": "",
            "decided_at": None,
            "effective_date": None,
            "consent_ids": [consent] if consent is not None else [],
            "act_place_kk": "",
            "act_place_ru": "",
            "act_members": [],
            "act_approver_name": "",
            "act_approver_position_kk": "",
            "act_approver_position_ru": "",
            "act_approved_on": None,
            "completed_at": None,
            "completed_by": "",
            "result_status": "",
            "created_at": at,
            "updated_at": at,
        }
        self.next_id += 1
        self.made += 1
        self.withdrawals.append(flow)
        flow["_systems"] = [
            {
                "withdrawal_id": flow["id"],
                "position": position,
                "name_kk": name.kk,
                "name_ru": name.ru,
                "done": False,
                "done_on": None,
                "done_by": "",
                "note_kk": "",
                "note_ru": "",
            }
            for position, name in enumerate(data_map.systems)
        ]
        start = rules.default_effective(row["received_date"], self.sim.today)
        flow["_outcomes"] = []
        for position, category in enumerate(data_map.categories):
            basis, until = self._suggestion(category, start)
            flow["_outcomes"].append(
                {
                    "withdrawal_id": flow["id"],
                    "position": position,
                    "category_kk": category.name.kk,
                    "category_ru": category.name.ru,
                    "outcome": "",
                    "basis_kk": basis.kk,
                    "basis_ru": basis.ru,
                    "until": until,
                    "recorded_by": "",
                    "recorded_at": None,
                    "purged_at": None,
                    "_suggested": (basis, until),
                }
            )
        self.systems += flow["_systems"]
        self.outcomes += flow["_outcomes"]
        detail = {
            "systems": len(data_map.systems),
            "categories": len(data_map.categories),
            "consents": list(flow["consent_ids"]),
        }
        self._log(flow, day, START, detail, "withdrawal.start")
        return flow

    def _suggestion(self, category, start: dt.date) -> tuple:
        """``withdrawal_view.suggestion``, each category and day once."""
        key = (id(category), start)
        found = self._suggested.get(key)
        if found is None:
            found = self._suggested[key] = suggestion(category, start)
        return found

    def _checks(self, case: _Case, day: dt.date, operator) -> tuple[dict, bool]:
        """Step 1, after the start; False when the statement is unsigned."""
        row = case.row
        if row["subject_id"] is None:
            row["subject_id"] = case.person_id  # linked by the officer
        flow = self._start(case, day, operator)
        signed = bool(row["signed"]) or row["type"] != RequestType.CONSENT_WITHDRAWAL
        note = _pair(self.settings.get("identity_note")).in_(_language(row))
        flow |= {
            "signed": signed,
            "identity": rules.Identity.MATCH.value,
            "identity_note": note,
            "checked_by": self.sim.actor,
            "checked_at": bulk.utc(day, 11),
        }
        detail = {"signed": signed, "identity": rules.Identity.MATCH.value, "differs": []}
        if note:
            detail["note"] = note
        before = {"signed": None, "identity": ""}
        self._log(flow, day, rules.Step.CHECKS, detail, "withdrawal.checks", before)
        return flow, signed

    def _decide(self, flow: dict, day: dt.date, decision: str, ground="", detail=None) -> None:
        detail = detail or Pair("", "")
        flow |= {
            "decision": decision,
            "ground": ground,
            "ground_detail_kk": detail.kk,
            "ground_detail_ru": detail.ru,
            "decided_by": self.sim.actor,
            "decided_at": bulk.utc(day, 11),
        }
        logged = {"decision": decision}
        if ground:
            logged |= {"ground": ground, "detail_kk": detail.kk, "detail_ru": detail.ru}
        before = {"decision": "", "ground": ""}
        self._log(flow, day, rules.Step.DECISION, logged, "withdrawal.decide", before)

    def _effective(self, flow: dict, day: dt.date, effective: dt.date, operator) -> None:
        flow["effective_date"] = effective
        data_map = self.maps[operator.id]
        by_name = {c.name: c for c in data_map.categories}
        for line in flow["_outcomes"]:
            category = by_name.get(Pair(line["category_kk"], line["category_ru"]))
            _basis, until = self._suggestion(category, effective)
            if until is not None:
                line["until"] = until
                line["_suggested"] = (line["_suggested"][0], until)
        detail = {"day": effective.isoformat()}
        self._log(flow, day, rules.Step.EFFECTIVE, detail, "withdrawal.effective", {"day": None})

    def _system(self, flow: dict, line: dict, done_on: dt.date) -> None:
        line |= {"done": True, "done_on": done_on, "done_by": self.sim.actor}
        detail = {
            "system": line["name_ru"] or line["name_kk"],
            "done": True,
            "done_on": done_on.isoformat(),
        }
        before = {"done": False, "done_on": None, "note": ""}
        self._log(flow, done_on, rules.Step.SYSTEMS, detail, "withdrawal.system", before)

    def _work_through(self, case: _Case, flow: dict, start, day, operator) -> None:
        """Accept, date, clean every system, choose every outcome and describe the act."""
        rng, settings = self.sim.rng, self.settings
        self._decide(flow, start, rules.Decision.ACCEPTED.value)
        self._effective(flow, start, case.row["received_date"], operator)
        span = max((day - start).days, 0)
        for line in flow["_systems"]:
            self._system(flow, line, start + dt.timedelta(days=rng.randint(0, span)))
        keeps = (
            operator.code in settings["retention_always"]
            or rng.random() < settings["retained_share"]
        )
        for line in flow["_outcomes"]:
            basis, until = line["_suggested"]
            retained = keeps and until is not None and not basis.missing()
            if retained:
                outcome = rules.Outcome.RETAINED
            elif rng.random() < settings["anonymised_share"]:
                outcome = rules.Outcome.ANONYMISED
            else:
                outcome = rules.Outcome.DESTROYED
            line |= {
                "outcome": outcome.value,
                "basis_kk": basis.kk if retained else "",
                "basis_ru": basis.ru if retained else "",
                "until": until if retained else None,
                "recorded_by": self.sim.actor,
                "recorded_at": bulk.utc(day, 11),
            }
            detail = {"category": line["category_ru"] or line["category_kk"], "outcome": outcome}
            if retained:
                detail |= {"basis": basis.ru or basis.kk, "until": until.isoformat()}
            before = {"outcome": "", "until": line["_suggested"][1]}
            self._log(flow, day, rules.Step.OUTCOMES, detail, "withdrawal.outcome", before)
        officer = _pair(settings["officer_position"])
        place = _pair(settings["places"].get(operator.code))
        flow |= {
            "act_place_kk": place.kk,
            "act_place_ru": place.ru,
            "act_members": [
                {
                    "name": operator.executor_name,
                    "position_kk": officer.kk,
                    "position_ru": officer.ru,
                }
            ]
            if operator.executor_name.strip()
            else [],
            "act_approver_name": operator.signatory_name.strip(),
            "act_approver_position_kk": operator.signatory_position_kk,
            "act_approver_position_ru": operator.signatory_position_ru,
            "act_approved_on": day,
        }
        detail = {
            "place": place.ru or place.kk,
            "members": [m["name"] for m in flow["act_members"]],
            "approver": flow["act_approver_name"],
        }
        self._log(flow, day, rules.Step.ACT, detail, "withdrawal.act")

    # --- the two paths ------------------------------------------------------------------------

    def midway(self, case: _Case, day: dt.date, operator) -> None:
        """An open withdrawal, left where an officer might be (as ``demo_withdrawals.midway``)."""
        rng = self.sim.rng
        roll = rng.random()
        if roll < 0.3:
            return
        flow, signed = self._checks(case, day, operator)
        if not signed or roll < 0.45:
            return
        if roll < 0.7:
            self._decide(flow, day, rules.Decision.ACCEPTED.value)
            self._effective(flow, day, min(case.row["received_date"], day), operator)
            systems = flow["_systems"]
            for line in systems[: rng.randint(0, len(systems))]:
                self._system(flow, line, day)
            return
        self._work_through(case, flow, day, day, operator)
        self.sim.final_letter(case, day, operator, rules.DESTRUCTION_ACT)
        self.sim.move(case, day, Status.ANSWER_READY)

    def finish(self, case: _Case, start: dt.date, day: dt.date, operator) -> None:
        """Worked to its end on ``day``: accepted (act, confirmation, posted, mostly closed),
        refused on a ground of art. 8(2) (refusal, posted), or rejected when unsigned."""
        sim, settings, row = self.sim, self.settings, case.row
        flow, signed = self._checks(case, start, operator)
        if not signed:
            sim.move(case, day, Status.REJECTED, self.unsigned)
            return
        refuse = (
            row["type"] == RequestType.CONSENT_WITHDRAWAL
            and sim.rng.random() < settings["refused_share"]
            and row["subject_id"] not in self.closed_subjects
        )
        if refuse:
            ground = rules.Ground.OBLIGATION if operator.code == "idcollect" else rules.Ground.LAW
            detail = _pair(settings["grounds"][ground.value])  # both halves, as the small demo
            self._decide(flow, start, rules.Decision.REFUSED.value, ground.value, detail)
            sim.final_letter(case, day, operator, rules.REFUSAL)
            sim.send(case, day)
            return
        self._work_through(case, flow, start, day, operator)
        sim.final_letter(case, day, operator, rules.DESTRUCTION_ACT)
        sim.final_letter(case, day, operator, rules.DEREGISTRATION)
        if sim.send(case, day):
            self._complete(case, flow, day)

    def _complete(self, case: _Case, flow: dict, day: dt.date) -> None:
        """The confirmation posted: the subject's status and the named consents closed."""
        sim, row = self.sim, case.row
        retained = any(o["outcome"] == rules.Outcome.RETAINED for o in flow["_outcomes"])
        status = (
            rules.SubjectStatus.PROCESSING_STOPPED if retained else rules.SubjectStatus.DEREGISTERED
        ).value
        sid = row["subject_id"]
        before = self.statuses.get(sid, "active")
        self.subjects.append({"sid": sid, "new_status": status})
        self.statuses[sid] = status
        self.entries.append(
            (sim.now, sim.actor, "subject.status", "subject", sid, {"status": before},
             {"status": status})
        )  # fmt: skip
        effective = flow["effective_date"] or row["received_date"]
        closed = []
        if sid not in self.closed_subjects:
            for cid in flow["consent_ids"]:
                self.closed.append(
                    {"cid": cid, "withdrawn": bulk.utc(effective, 12), "by": row["id"]}
                )
                closed.append(cid)
        self.closed_subjects.add(sid)
        flow |= {
            "completed_at": bulk.utc(day, 12),
            "completed_by": sim.actor,
            "result_status": status,
        }
        detail = {"status": status, "consents": closed, "day": effective.isoformat()}
        self._log(flow, day, DONE, detail, "withdrawal.complete", {"status": before})

    # --- writing ------------------------------------------------------------------------------

    def write(self, connection, entries: list) -> None:
        """Insert what was collected (after the batch's requests and letters) and queue the
        audit entries."""
        for table, rows in (
            (Withdrawal, self.withdrawals),
            (WithdrawalSystem, self.systems),
            (WithdrawalOutcome, self.outcomes),
            (WithdrawalStep, self.steps),
        ):
            if rows:  # the first row's own columns (its "_" keys are the simulation's)
                columns = [k for k in rows[0] if not k.startswith("_")]
                bulk.insert(connection, table, rows, columns)
        if self.subjects:
            table = Subject.__table__
            connection.execute(
                update(table)
                .where(table.c.id == bindparam("sid"))
                .values(status=bindparam("new_status"), version=table.c.version + 1),
                self.subjects,
            )
        if self.closed:
            table = Consent.__table__
            connection.execute(
                update(table)
                .where(table.c.id == bindparam("cid"))
                .values(withdrawn_at=bindparam("withdrawn"), withdrawal_request_id=bindparam("by")),
                self.closed,
            )
        entries.extend(self.entries)
        self._clear()
