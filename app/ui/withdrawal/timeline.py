"""A withdrawal's logged step on the case's timeline: a headline and its details, translated from
what the step recorded (context "Withdrawal")."""

from __future__ import annotations

import datetime as dt

from app.ui import labels
from app.ui.withdrawal.texts import GROUNDS, OUTCOMES, short, tr, translate


def _day(value) -> str:
    try:
        return short(dt.date.fromisoformat(str(value)))
    except ValueError:
        return "—"


def describe_step(step: str, detail: dict) -> tuple[str, str]:
    d = detail or {}
    if step == "start":
        return translate("Withdrawal", "Withdrawal: work begun"), translate(
            "Withdrawal", "{0} system(s) to clean, {1} data categor(ies), {2} consent(s) named"
        ).format(d.get("systems", 0), d.get("categories", 0), len(d.get("consents", [])))
    if step == "checks":
        signed = (
            translate("Withdrawal", "signed")
            if d.get("signed")
            else translate("Withdrawal", "not signed")
        )
        same = d.get("identity") == "match"
        identity = (
            translate("Withdrawal", "identity matches the record")
            if same
            else translate("Withdrawal", "identity does not match")
        )
        lines = [f"{signed}; {identity}"]
        differs = d.get("differs") or []
        if differs:
            names = {"name": translate("Withdrawal", "name"), "iin": translate("Withdrawal", "IIN")}
            lines.append(
                translate("Withdrawal", "differs from the record: {0}").format(
                    ", ".join(names.get(x, x) for x in differs)
                )
            )
        if d.get("note"):
            lines.append(str(d["note"]))
        return translate("Withdrawal", "Withdrawal: checks recorded"), "\n".join(lines)
    if step == "decision":
        if d.get("decision") == "refused":
            ground = tr(GROUNDS[d["ground"]]) if d.get("ground") in GROUNDS else ""
            return translate("Withdrawal", "Withdrawal refused"), "\n".join(
                x for x in (ground, _halves(d, "detail")) if x
            )
        return translate("Withdrawal", "Withdrawal accepted"), ""
    if step == "effective":
        return translate("Withdrawal", "Processing stopped on {0}").format(_day(d.get("day"))), ""
    if step == "systems":
        name = str(d.get("system", ""))
        if d.get("done"):
            headline = translate("Withdrawal", "System cleaned on {0}: {1}").format(
                _day(d.get("done_on")), name
            )
        else:
            headline = translate("Withdrawal", "System not cleaned yet: {0}").format(name)
        return headline, _halves(d, "note")
    if step == "outcomes":
        outcome = OUTCOMES.get(d.get("outcome", ""))
        headline = f"{d.get('category', '')}: {tr(outcome) if outcome else '—'}"
        details = ""
        if d.get("outcome") == "retained":
            details = translate("Withdrawal", "until {0}; basis: {1}").format(
                _day(d.get("until")), d.get("basis", "")
            )
        return headline, details
    if step == "act":
        members = ", ".join(d.get("members", []))
        return translate("Withdrawal", "Destruction act's details recorded"), translate(
            "Withdrawal", "Place: {0}; members: {1}; approved by {2}"
        ).format(d.get("place", ""), members, d.get("approver", ""))
    if step == "consents":
        return translate("Withdrawal", "Consents named by the withdrawal: {0}").format(
            len(d.get("consents", []))
        ), ""
    if step == "done":
        status = labels.label(labels.SUBJECT_STATUSES, str(d.get("status", "")))
        return translate("Withdrawal", "Withdrawal completed: the subject is “{0}”").format(
            status
        ), translate("Withdrawal", "{0} consent(s) closed on {1}").format(
            len(d.get("consents", [])), _day(d.get("day"))
        )
    return translate("Withdrawal", "Withdrawal: {0}").format(step), ""


def _halves(d: dict, key: str) -> str:
    """A logged text: its two halves (``key_kk`` / ``key_ru``, since migration 0015) as the
    officer reads them, one when they agree; a step logged before, its one text."""
    halves = [str(d.get(f"{key}_{x}") or "").strip() for x in ("kk", "ru")]
    return " / ".join(dict.fromkeys(h for h in halves if h)) or str(d.get(key, ""))
