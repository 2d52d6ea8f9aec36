"""The registers service on SQLite and PostgreSQL: same rows as the request list, typed cells."""

import datetime as dt
import io

import openpyxl
import pytest

from app.domain.errors import DomainError
from app.services import register, registers
from tests.helpers import make_operator
from tests.helpers import register as reg


def test_incoming_register_is_the_request_list(ctx, tmp_path):
    make_operator(ctx)
    for n, kind in enumerate(("claim", "consent_withdrawal", "claim")):
        reg(ctx, type=kind, sender=f"Сергеева Яна {n}", received=dt.date(2026, 11, 2 + n))
    f = register.RequestFilter(types=("claim",))
    expected = [r.reg_number for r in register.list_requests(ctx, f)]
    r = registers.incoming(ctx, f, "en")
    assert [row[0] for row in r.rows] == expected and len(expected) == 2
    assert r.headings[:2] == ("Reg. number", "Received")
    assert all(isinstance(row[1], dt.date) for row in r.rows)
    cut = registers.incoming(ctx, f, "kk", columns=("sender", "reg_number"))
    assert cut.headings == ("Жіберуші", "Тіркеу нөмірі")
    assert [row[1] for row in cut.rows] == expected
    wb = openpyxl.load_workbook(io.BytesIO(registers.render(r, "xlsx")))
    assert [c.value for c in wb.active["A"]][1:] == expected
    path = registers.save(r, tmp_path / "x.csv")
    assert path.read_text("utf-8-sig").splitlines()[0].startswith("Reg. number;Received")


def test_refusals_are_coded(ctx):
    f = register.RequestFilter()
    with pytest.raises(DomainError) as e:
        registers.incoming(ctx, f, "de")
    assert e.value.first.code == "register.language_unknown"
    with pytest.raises(DomainError) as e:
        registers.incoming(ctx, f, "kk", columns=("tracking",))
    assert e.value.first.code == "register.column_unknown"
    with pytest.raises(DomainError) as e:
        registers.format_of("a.odt")
    assert e.value.first.code == "register.format_unknown"
