"""Finalising letters on SQLite and PostgreSQL: gapless numbers per operator and series, the PDF
stored and rendered outside the write lock, a finalised letter never changed."""

import contextlib
import hashlib

import pytest
from sqlmodel import select

from app.domain.errors import DomainError
from app.domain.requests import Status
from app.services import audit, letters, requests
from app.services.letters import finalising
from app.storage import numbering
from app.storage.models import Letter, NumberSeries
from tests import letter_cases, withdrawal_rows
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.letter_cases import audit_entries, pdf_text

op = letter_cases.op  # the shared fixtures
request_kk = letter_cases.request_kk
claim_kk = letter_cases.claim_kk


def _numbers(rows) -> list[str]:
    return [r.out_number for r in rows]


# --- drafts, finalising, immutability -----------------------------------------------------


def test_finalise_numbers_gaplessly_and_stores_the_pdf(ctx, request_kk):
    done = [letters.finalise(ctx, request_kk.id, "acknowledgement") for _ in range(3)]
    rows = letters.letters_of(ctx, request_kk.id)
    assert _numbers(rows) == ["ДД-ШЫҒ-2026/0001", "ДД-ШЫҒ-2026/0002", "ДД-ШЫҒ-2026/0003"]
    for d, row in zip(done, rows, strict=True):
        assert d.letter.id == row.id
        assert row.sha256 == hashlib.sha256(row.pdf).hexdigest()
        assert letters.final_pdf(ctx, row.id) == row.pdf
        assert row.out_date == ctx.today() and row.out_year == 2026
        text = pdf_text(row.pdf)
        assert row.out_number in text and "ЖОБА" not in text
        assert "2026 жылғы «20» қараша № " in " ".join(text.split())  # the outgoing date
    entries = audit_entries(ctx, "letter.finalise")
    assert len(entries) == 3
    assert audit.verify(ctx).ok


def test_a_refused_or_failed_finalisation_uses_no_number(ctx, request_kk, claim_kk, monkeypatch):
    with pytest.raises(DomainError) as err:
        letters.finalise(ctx, claim_kk.id, "claim-response")  # blanks left
    assert (err.value.field, err.value.code) == ("body", "blanks_left")
    assert all(b.startswith("[[") for b in err.value.params["blanks"])

    def broken(_letter):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(finalising, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        letters.finalise(ctx, request_kk.id, "acknowledgement")
    monkeypatch.undo()
    assert letters.letters_of(ctx, request_kk.id) == []
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    assert row.out_number == "ДД-ШЫҒ-2026/0001"
    with ctx.read() as session:
        series = session.exec(select(NumberSeries).where(NumberSeries.series == "outgoing")).one()
    assert series.last == 1


def test_numbers_are_per_operator_and_acts_have_their_own_series(ctx, request_kk):
    other = make_operator(
        ctx, code="ipsm", request_prefix="ИП", reg_number="180340021117", signatory_name="И. П."
    )
    r2 = reg(ctx, operator_id=other.id, language="ru")
    withdrawal_rows.record(ctx, request_kk.id)
    a = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    b = letters.finalise(ctx, r2.id, "acknowledgement").letter
    c = letters.finalise(ctx, request_kk.id, "destruction-act").letter
    d = letters.finalise(ctx, request_kk.id, "deregistration").letter
    e = letters.finalise(ctx, request_kk.id, "destruction-act").letter
    assert [x.out_number for x in (a, b, c, d, e)] == [
        "ДД-ШЫҒ-2026/0001",
        "ИП-ИСХ-2026/0001",
        "АКТ-2026/0001",
        "ДД-ШЫҒ-2026/0002",  # the act took no number of the outgoing series
        "АКТ-2026/0002",
    ]
    assert "АКТ-2026/0001" in pdf_text(c.pdf)
    with ctx.read() as session:
        rows = {r.out_number: r.series for r in session.exec(select(Letter)).all()}
        counters = {
            (n.series, n.operator_id): n.last for n in session.exec(select(NumberSeries)).all()
        }
    assert rows["АКТ-2026/0001"] == rows["АКТ-2026/0002"] == "act"
    assert rows["ДД-ШЫҒ-2026/0002"] == "out"
    assert counters[("act", op_id(ctx, request_kk))] == 2
    assert counters[("outgoing", op_id(ctx, request_kk))] == 2


def op_id(ctx, request) -> int:
    return requests.get(ctx, request.id).operator_id


def test_a_finalised_letter_refuses_edits(ctx, request_kk):
    final = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    with pytest.raises(DomainError, match="never changed") as err:
        letters.save_draft(ctx, request_kk.id, "acknowledgement", "kk", "# New\n\nText", final.id)
    assert err.value.field == "letter"
    with pytest.raises(DomainError, match="never changed"):
        letters.discard_draft(ctx, final.id)
    with pytest.raises(DomainError, match="never changed"):
        letters.finalise(ctx, request_kk.id, "acknowledgement", draft_id=final.id)
    again = letters.get(ctx, final.id)
    assert (again.body, again.pdf, again.sha256, again.out_number) == (
        final.body,
        final.pdf,
        final.sha256,
        final.out_number,
    )


# --- finalising: the PDF outside the write lock, one transaction ---------------------------------


def _track_transactions(ctx, monkeypatch) -> list[bool]:
    """A list that holds True while a write transaction is open."""
    open_: list[bool] = []
    real = ctx.db.transaction

    @contextlib.contextmanager
    def tracked(bulk: bool = False):
        open_.append(True)
        try:
            with real(bulk=bulk) as session:
                yield session
        finally:
            open_.pop()

    monkeypatch.setattr(ctx.db, "transaction", tracked)
    return open_


def test_finalise_renders_the_pdf_outside_the_write_transaction(ctx, request_kk, monkeypatch):
    open_ = _track_transactions(ctx, monkeypatch)
    seen = []
    real = finalising.render_pdf

    def spy(letter):
        seen.append((bool(open_), letter.out_number))
        return real(letter)

    monkeypatch.setattr(finalising, "render_pdf", spy)
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    assert seen == [(False, row.out_number)]  # rendered once, with its number, no lock held
    assert row.out_number in pdf_text(row.pdf)


def test_a_number_taken_meanwhile_is_rendered_again_and_stays_gapless(ctx, request_kk, monkeypatch):
    real = finalising.render_pdf
    numbers = []

    def racing(letter):
        numbers.append(letter.out_number)
        if len(numbers) == 1:  # another letter takes this number while the PDF renders
            with ctx.write() as w:
                numbering.allocate(w.session, request_kk.operator_id, "outgoing", 2026)
        return real(letter)

    monkeypatch.setattr(finalising, "render_pdf", racing)
    row = letters.finalise(ctx, request_kk.id, "acknowledgement").letter
    assert numbers == ["ДД-ШЫҒ-2026/0001", "ДД-ШЫҒ-2026/0002"]
    assert (row.out_number, row.out_seq) == ("ДД-ШЫҒ-2026/0002", 2)
    assert "ДД-ШЫҒ-2026/0002" in pdf_text(row.pdf)
    with ctx.read() as session:
        series = session.exec(select(NumberSeries).where(NumberSeries.series == "outgoing")).one()
    assert series.last == 2  # 1 went to the other letter, 2 to this one: no gap, no double


def test_a_clarification_and_its_clock_stop_are_one_transaction(ctx, request_kk, monkeypatch):
    def refused(*_args, **_kw):
        raise DomainError.at("status", "clock_cannot_stop", status="registered")

    monkeypatch.setattr(requests, "stop_clock_in", refused)
    options = letters.LetterOptions(question="Өтінішке қол қойыңыз.")
    with pytest.raises(DomainError):
        letters.finalise(ctx, request_kk.id, "clarification", options=options)
    assert letters.letters_of(ctx, request_kk.id) == []  # the letter went back with the stop
    with ctx.read() as session:
        series = session.exec(select(NumberSeries).where(NumberSeries.series == "outgoing")).all()
    assert all(s.last == 0 for s in series)  # and so did its number
    assert requests.get(ctx, request_kk.id).status == Status.REGISTERED.value
