"""What the case window reads: one request with its deadline, urgency, allowed actions, subject,
timeline, scans and letters, as plain data, on SQLite and PostgreSQL."""

import dataclasses
import datetime as dt
import io

import pytest

from app.domain.calendar import DayKind
from app.domain.deadlines import Urgency
from app.domain.errors import DomainError
from app.domain.identifiers import make_iin
from app.domain.requests import Action, Status
from app.services import attachments, case, requests, settings, subjects
from app.services.attachments import NewAttachment
from app.services.subjects import SubjectInput
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg

IIN = make_iin(dt.date(1985, 3, 14), "M", 42)


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (20, 10), "#336699").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


def test_a_registered_case_is_read_whole_as_plain_data(ctx, op):
    r = reg(ctx, received=dt.date(2026, 11, 2), summary="Келісімді кері қайтарамын")
    got = case.load(ctx, r.id)
    assert got.request.reg_number == r.reg_number and got.request.summary.startswith("Келісім")
    assert got.operator_name == "ТОО «Senimkey»"
    assert got.subject is None
    assert got.today == TODAY
    assert got.deadline.due == r.due_date
    assert got.urgency in (Urgency.WITHIN_3, Urgency.WITHIN_10, Urgency.LATER)
    assert got.days_left is not None and got.days_left > 0
    assert got.stopped_on is None
    assert got.allows(Action.STOP_CLOCK) and got.allows(Action.EXTEND)
    assert not got.allows(Action.RESUME_CLOCK) and not got.allows(Action.UNLINK_SUBJECT)
    assert got.actions[Action.RESUME_CLOCK].problem.code == "clock_not_stopped"
    assert got.targets == (
        Status.IN_PROGRESS,
        Status.ANSWER_READY,
        Status.REJECTED,
        Status.WITHDRAWN,
    )
    assert [e.kind for e in got.timeline] == ["status"]
    assert got.scans == () and got.letters == ()
    # Plain frozen data all the way down: no ORM row escapes the read.
    for part in (got, got.request):
        assert dataclasses.is_dataclass(part)
        with pytest.raises(dataclasses.FrozenInstanceError):
            part.id = 0  # type: ignore[misc]
    weekends = [s for s in got.deadline.skipped if s.kind is DayKind.WEEKEND]
    assert weekends and all(s.day.weekday() >= 5 for s in weekends)


def test_a_stopped_case_with_a_subject_scans_and_assignees(ctx, op):
    r = reg(ctx, received=dt.date(2026, 11, 2))
    other = reg(ctx, received=dt.date(2026, 11, 3))
    requests.assign(ctx, other.id, "Айгерім")
    person = subjects.create(
        ctx, op.id, SubjectInput(surname="Қасымов", given_name="Ерлан", iin=IIN)
    )
    requests.link_subject(ctx, r.id, person.id)
    png = png_bytes()
    attachments.add(ctx, r.id, NewAttachment("scan.png", png))
    requests.stop_clock(ctx, r.id, "ID copy asked", dt.date(2026, 11, 12))
    got = case.load(ctx, r.id, "kk")
    assert got.request.status == Status.WAITING and got.request.due_date is None
    assert got.urgency is Urgency.STOPPED and got.days_left is None
    assert got.stopped_on == dt.date(2026, 11, 12)
    assert got.subject.full_name == "Қасымов Ерлан" and got.subject.iin == IIN
    assert got.allows(Action.RESUME_CLOCK) and got.allows(Action.UNLINK_SUBJECT)
    assert got.actions[Action.CHANGE_STATUS].problem.code == "resume_first"
    assert got.actions[Action.EXTEND].problem.code == "resume_before_extending"
    assert got.targets == (Status.IN_PROGRESS, Status.REJECTED, Status.WITHDRAWN)
    assert [s.file_name for s in got.scans] == ["scan.png"]
    assert got.scans[0].content_type == "image/png" and got.scans[0].size == len(png)
    assert "Айгерім" in got.assignees
    assert [e.kind for e in got.timeline][-1] == "stop"


def test_a_closed_case_is_done_and_allows_no_status_action(ctx, op):
    r = reg(ctx, received=dt.date(2026, 11, 2))
    for status in ("answer_ready", "sent", "closed"):
        requests.change_status(ctx, r.id, status)
    got = case.load(ctx, r.id)
    assert got.urgency is Urgency.DONE and got.days_left is None
    assert got.targets == ()
    assert got.actions[Action.CHANGE_STATUS].problem.code == "status_is_final"
    assert got.actions[Action.EXTEND].problem.code == "cannot_extend"
    assert got.allows(Action.ADD_NOTE) and got.allows(Action.PREPARE_LETTER)


def test_an_overdue_case_counts_its_days_late(ctx, op):
    settings.apply_preset(ctx, "statutory")  # access: 3 working days
    r = reg(ctx, type="access", received=dt.date(2026, 11, 2))
    got = case.load(ctx, r.id)
    assert got.request.due_date < TODAY
    assert got.request.due_date == dt.date(2026, 11, 5)
    assert got.urgency is Urgency.OVERDUE and got.days_left == -11


def test_an_unknown_request_is_a_coded_problem(ctx, op):
    with pytest.raises(DomainError) as err:
        case.load(ctx, 999_999)
    assert err.value.code == "case_not_found" and err.value.params == {"id": 999_999}
