"""The bulk write path: the large demo and the subject import through it, on both databases.

What the ORM path keeps (name keys of subjects and senders, gapless numbers, the audit chain)
must hold for rows written in bulk: the register's and the subject search find them, the next
request registered by the service takes the next number, ``audit verify`` passes."""

import datetime as dt
import hashlib
import json
import sqlite3

import pytest
from sqlmodel import func, select

from app.domain.identifiers import make_iin
from app.domain.requests import FINAL_STATUSES, Status
from app.services import audit, demo, demo_bulk, register, requests, subject_import, subjects
from app.storage import bulk
from app.storage.models import (
    AuditEntry,
    Consent,
    Letter,
    NumberSeries,
    Request,
    RequestNameKey,
    StatusChange,
    Subject,
)
from tests.helpers import make_operator

IINS = [make_iin(dt.date(1975, 3, 1) + dt.timedelta(days=n), "MF"[n % 2], n) for n in range(40)]


def _count(ctx, model) -> int:
    with ctx.read() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_bulk_demo_keeps_every_invariant(ctx):
    made = demo_bulk.build(ctx, subjects=120, requests=150, seed=5)
    assert (made["operators"], made["subjects"], made["requests"]) == (5, 120, 150)
    assert _count(ctx, Subject) == 120
    assert _count(ctx, Request) == 150
    assert _count(ctx, Letter) == made["letters"] > 0
    assert 0 < _count(ctx, Consent) <= 120
    result = audit.verify(ctx, anchor=None)
    assert result.ok, result.problems
    # one entry per registration, per status change and per letter posted, plus the demo's own
    with ctx.read() as s:
        moves = s.exec(
            select(func.count()).select_from(StatusChange).where(StatusChange.from_status != None)  # noqa: E711
        ).one()
        assert result.checked >= 150 + moves + made["letters"]
        people = s.exec(select(Subject)).all()
        found = s.exec(select(Request)).all()
        series = {(n.operator_id, n.series, n.year): n.last for n in s.exec(select(NumberSeries))}
        letters = s.exec(select(Letter)).all()
        keys = s.exec(select(func.count()).select_from(RequestNameKey)).one()
    # name keys as the services compute them, and findable by the subject search
    sample = people[7]
    assert sample.surname_key == bulk.subject_keys(sample.surname, "", "", {})["surname_key"]
    assert sample.id in [
        h.id for h in subjects.search(ctx, f"{sample.surname} {sample.given_name}")
    ]
    # the senders' keys: the register's search by name finds the request
    assert keys >= 150
    one = found[11]
    assert one.id in register.ids(ctx, register.Criteria(search=one.sender.split()[0]))
    # numbers gapless per operator and year, and the series ends where they do
    for (op, name, year), last in series.items():
        if name == requests.REQUEST_SERIES:
            seqs = sorted(r.reg_seq for r in found if (r.operator_id, r.reg_year) == (op, year))
        else:  # the letters posted count in the outgoing series, the destruction acts apart
            kept = "act" if name == "act" else "out"
            seqs = sorted(
                x.out_seq
                for x in letters
                if (x.operator_id, x.out_year, x.series) == (op, year, kept)
            )
        assert seqs == list(range(1, last + 1))
    # histories are the lifecycle's: a final status has its closing day, an open one a due date
    # unless its clock is stopped
    for r in found:
        if Status(r.status) in FINAL_STATUSES:
            assert r.closed_date is not None
        elif r.status == Status.WAITING:
            assert r.due_date is None and r.remaining_days is not None
        else:
            assert r.due_date is not None
    # and the service carries on from there: the next registration takes the next number
    op = found[0].operator_id
    year = ctx.today().year
    nxt = requests.register(
        ctx,
        requests.NewRequest(
            type="access",
            received=ctx.today(),
            registered=ctx.today(),
            sender="Жаңа Адам",
            operator_id=op,
        ),
    )
    assert nxt.reg_seq == series.get((op, requests.REQUEST_SERIES, year), 0) + 1
    assert audit.verify(ctx, anchor=None).ok


def test_large_demo_goes_through_the_bulk_path_and_the_small_one_does_not(sqlite_ctx, monkeypatch):
    calls = []
    monkeypatch.setattr(demo, "BULK_FROM", 50)
    monkeypatch.setattr(demo_bulk, "build", lambda *a, **k: calls.append(a) or {"requests": 0})
    demo.build(sqlite_ctx, subjects=30, requests=30, seed=1)
    assert len(calls) == 1


def test_bulk_demo_stopped_by_progress_leaves_no_subject(sqlite_ctx, monkeypatch):
    monkeypatch.setattr(demo_bulk, "BATCH", 20)

    def stop(done, total):
        if done >= 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo_bulk.build(sqlite_ctx, subjects=60, requests=10, seed=2, progress=stop)
    assert _count(sqlite_ctx, Subject) == 0
    assert audit.verify(sqlite_ctx, anchor=None).ok


def _journal(connection) -> str:
    return connection.exec_driver_sql("PRAGMA journal_mode").scalar()


def _file_journal(ctx) -> str:
    """The journal mode the file is in, as another program opening it finds it."""
    raw = sqlite3.connect(ctx.db.url.database)
    try:
        return raw.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        raw.close()


def test_a_bulk_transaction_alone_on_the_file_skips_the_wal_and_leaves_it_in_wal_mode(
    sqlite_ctx,
):
    """Alone on the file a bulk transaction runs with a rollback journal (its new pages written
    once, into the file); committed or rolled back, the file is in WAL mode again, and a
    transaction that follows runs in the WAL. With another connection open it runs in the WAL."""
    ctx = sqlite_ctx
    with ctx.write(bulk=True) as w:
        assert _journal(w.session.connection()) == "delete"
        w.session.connection().exec_driver_sql("CREATE TABLE scratch (x)")
    assert _file_journal(ctx) == "wal"
    with ctx.write() as w:
        assert _journal(w.session.connection()) == "wal"
        assert w.session.connection().exec_driver_sql("SELECT count(*) FROM scratch").scalar() == 0
    with pytest.raises(KeyboardInterrupt), ctx.write(bulk=True) as w:
        assert _journal(w.session.connection()) == "delete"
        w.session.connection().exec_driver_sql("DROP TABLE scratch")
        raise KeyboardInterrupt
    assert _file_journal(ctx) == "wal"
    with ctx.read() as other:  # another connection holds the file open in WAL mode
        other.connection().exec_driver_sql("SELECT count(*) FROM scratch").scalar()
        with ctx.write(bulk=True) as w:
            assert _journal(w.session.connection()) == "wal"
            w.session.connection().exec_driver_sql("INSERT INTO scratch VALUES (1)")
    assert _file_journal(ctx) == "wal"
    with ctx.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM scratch").scalar() == 1


def test_the_bulk_demo_leaves_the_letter_trigger_as_it_was(sqlite_ctx):
    def trigger() -> str:
        with sqlite_ctx.read() as s:
            return (
                s.connection()
                .exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'letter_flags_insert'")
                .scalar()
            )

    before = trigger()
    assert before
    demo_bulk.build(sqlite_ctx, subjects=40, requests=60, seed=3)
    assert trigger() == before
    assert _file_journal(sqlite_ctx) == "wal"


def _excel_csv(tmp_path, rows, encoding="cp1251", name="excel.csv"):
    text = "Фамилия;Имя;Отчество;ИИН;Дата рождения\r\n" + "".join(
        ";".join(r) + "\r\n" for r in rows
    )
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_windows_1251_semicolon_file_imports_and_again_duplicates_no_one(ctx, tmp_path):
    op = make_operator(ctx)
    rows = [("Иванова", "Анна", "Петровна", IINS[n], f"{n + 1:02d}.03.1975") for n in range(25)]
    rows.append(("Без", "Иина", "", "", ""))
    path = _excel_csv(tmp_path, rows)
    first = subject_import.import_file(ctx, path, op.id)
    assert (first.rows, first.added, first.updated, first.unchanged) == (26, 26, 0, 0)
    again = subject_import.import_file(ctx, path, op.id)
    # the person without an IIN cannot be recognised: added again; everyone else unchanged
    assert (again.added, again.updated, again.unchanged) == (1, 0, 25)
    with ctx.read() as s:
        people = s.exec(select(Subject).where(Subject.iin != None)).all()  # noqa: E711
        entries = s.exec(
            select(AuditEntry).where(AuditEntry.action == "subject.import").order_by(AuditEntry.id)
        ).all()
    assert len(people) == 25 == len({p.iin for p in people})
    assert people[0].birth_date == dt.date(1975, 3, 1)
    assert people[0].patronymic_key == bulk.subject_keys("", "", "Петровна", {})["patronymic_key"]
    facts = json.loads(entries[0].after)
    assert facts["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (facts["added"], facts["rows"]) == (26, 26)
    assert json.loads(entries[1].after)["unchanged"] == 25
    assert [h.id for h in subjects.search(ctx, "Ivanova Anna")][:1] == [people[0].id]
    assert audit.verify(ctx, anchor=None).ok


def test_kz1048_file_keeps_kazakh_letters_in_the_database(ctx, tmp_path):
    op = make_operator(ctx)
    rows = [("Әлиева", "Әсел", "Нұрланқызы", IINS[0], ""), ("Құрманғали", "Ұлжан", "", "", "")]
    path = _excel_csv(tmp_path, rows, "kz1048", "kz.csv")
    assert subject_import.import_file(ctx, path, op.id).added == 2
    with ctx.read() as s:
        names = [(x.surname, x.given_name, x.patronymic) for x in s.exec(select(Subject))]
    assert set(names) == {("Әлиева", "Әсел", "Нұрланқызы"), ("Құрманғали", "Ұлжан", "")}


def test_bad_iin_on_line_15_of_a_large_file_writes_nothing(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(subject_import, "BATCH", 5)  # several batches would have been written
    op = make_operator(ctx)
    rows = [("Ким", "Ли", "", IINS[n], "") for n in range(30)]
    rows[13] = ("Ким", "Ли", "", IINS[13][:-1] + str((int(IINS[13][-1]) + 1) % 10), "")
    with pytest.raises(subject_import.BadRows) as err:
        subject_import.import_file(ctx, _excel_csv(tmp_path, rows), op.id)
    assert [b.line for b in err.value.rows] == [15]
    assert "line 15" in str(err.value)
    assert _count(ctx, Subject) == 0


def test_progress_every_batch_and_cancel_midway_writes_nothing(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(subject_import, "BATCH", 4)
    op = make_operator(ctx)
    path = _excel_csv(tmp_path, [("Ким", "Ли", "", IINS[n], "") for n in range(10)])
    seen = []
    subject_import.import_file(
        ctx, path, op.id, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(4, 10), (8, 10), (10, 10)]
    path = _excel_csv(tmp_path, [("Ли", "Ким", "", IINS[n], "") for n in range(10, 30)], name="b")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # two batches went to the database first

    with pytest.raises(subject_import.Cancelled):
        subject_import.import_file(ctx, path, op.id, cancelled=cancelled)
    assert _count(ctx, Subject) == 10


def test_encoding_detection_matches_scoring_the_whole_text():
    samples = [
        "Әлиева Әсел Құрманғали Ұлжан".encode("kz1048"),
        "Иванова Анна, Щукин Ёж".encode("cp1251"),
        bytes(range(0x80, 0x100)) * 3,
        "Ғалым Ңғ Өмір Үміт һ".encode("kz1048") + "Ђђ‚„".encode("cp1251"),
    ]
    for data in samples:
        scores = {
            name: subject_import._score(data.decode(name, "replace"))
            for name in ("cp1251", "kz1048")
        }
        expected = "kz1048" if scores["kz1048"] > scores["cp1251"] else "cp1251"
        assert subject_import.detect_encoding(data) == expected


def test_bulk_insert_converts_dates_and_records_the_table(ctx):
    op = make_operator(ctx)
    stamp = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with ctx.write() as w:
        connection = w.session.connection()
        rows = [
            {
                "operator_id": op.id,
                "surname": "Сейтқали",
                "iin": None,
                "birth_date": dt.date(1990, 1, 1 + n % 3),
                "created_at": stamp,
                "updated_at": stamp,
                **bulk.subject_keys("Сейтқали", "", "", {}),
            }
            for n in range(7)
        ]
        assert bulk.insert(connection, Subject, rows, batch=3) == 7
        assert "subject" in w.session.info["derbes_written"]
    with ctx.read() as s:
        got = s.exec(select(Subject).order_by(Subject.id)).all()
    assert [x.birth_date.day for x in got] == [1, 2, 3, 1, 2, 3, 1]
    assert got[0].created_at.replace(tzinfo=dt.UTC) == stamp
    assert {h.id for h in subjects.search(ctx, "Seitkali")} == {x.id for x in got}
    assert (got[0].status, got[0].version, got[0].given_name, got[0].address) == (
        "active",
        1,
        "",
        "",
    )


def _indexes(ctx) -> set[str]:
    """The subject table's indexes and constraints, each with its definition."""
    with ctx.read() as s:
        return _indexes_on(s.connection())


def _indexes_on(connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'subject'"
        )
    else:
        rows = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'subject' "
            "UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'subject'::regclass"
        )
    return {f"{name}: {sql}" for name, sql in rows}


def _exclusive(connection) -> set[str]:
    """PostgreSQL: "locked" when this transaction keeps every reader of the subjects out."""
    if connection.dialect.name != "postgresql":
        return set()
    modes = connection.exec_driver_sql(
        "SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'subject'::regclass"
    ).scalars()
    return {"locked"} if "AccessExclusiveLock" in set(modes) else set()


def _indexes_while_copying(monkeypatch) -> list[set[str]]:
    """What the subject table has while the import's rows go in, each time."""
    seen = []
    insert = bulk.insert

    def watched(connection, table, rows, *args, **kwargs):
        seen.append(_indexes_on(connection) | _exclusive(connection))
        return insert(connection, table, rows, *args, **kwargs)

    monkeypatch.setattr(bulk, "insert", watched)
    return seen


def test_large_import_rebuilds_the_indexes_and_a_cancel_keeps_them(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(subject_import, "REBUILD_FROM", 5)
    monkeypatch.setattr(subject_import, "BATCH", 4)
    seen = _indexes_while_copying(monkeypatch)
    op = make_operator(ctx)
    before = _indexes(ctx)
    assert any(i.startswith("ix_subject_surname_key") for i in before)
    path = _excel_csv(tmp_path, [("Жумабаев", "Ерлан", "", IINS[n], "") for n in range(12)])
    with pytest.raises(subject_import.Cancelled):
        subject_import.import_file(ctx, path, op.id, cancelled=lambda: True)
    assert _indexes(ctx) == before
    assert subject_import.import_file(ctx, path, op.id).added == 12
    assert _indexes(ctx) == before
    # built at the end: none of the table's own indexes while the rows went in
    assert not any(i.startswith("ix_subject") for i in seen[-1])
    assert len(subjects.search(ctx, "Zhumabaev Erlan")) == 12
    assert len(subjects.search(ctx, IINS[3])) == 1


def test_postgres_keeps_the_indexes_of_a_table_with_rows(pg_db, tmp_path, monkeypatch):
    from app.services.context import Context

    ctx = Context(pg_db, actor="tester", clock=lambda: dt.date(2026, 11, 20))
    monkeypatch.setattr(subject_import, "REBUILD_FROM", 5)
    op = make_operator(ctx)
    subjects.create(ctx, op.id, subjects.SubjectInput(surname="Ким"))
    before = _indexes(ctx)
    seen = _indexes_while_copying(monkeypatch)
    path = _excel_csv(tmp_path, [("Жумабаев", "Ерлан", "", IINS[n], "") for n in range(12)])
    assert subject_import.import_file(ctx, path, op.id).added == 12
    assert seen == [before] and _indexes(ctx) == before


def test_postgres_keeps_the_indexes_while_someone_reads_the_table(pg_db, tmp_path, monkeypatch):
    """Dropping an index would wait for the reader and keep every later one waiting: the
    import does not wait, it writes with the indexes in place."""
    from app.services.context import Context

    ctx = Context(pg_db, actor="tester", clock=lambda: dt.date(2026, 11, 20))
    monkeypatch.setattr(subject_import, "REBUILD_FROM", 5)
    op = make_operator(ctx)
    before = _indexes(ctx)
    seen = _indexes_while_copying(monkeypatch)
    path = _excel_csv(tmp_path, [("Жумабаев", "Ерлан", "", IINS[n], "") for n in range(12)])
    with pg_db.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM subject").scalar()  # holds its lock
        assert subject_import.import_file(ctx, path, op.id).added == 12
        reader.rollback()
    assert seen == [before] and _indexes(ctx) == before
    assert len(subjects.search(ctx, "Zhumabaev Erlan")) == 12


def test_cli_demo_through_the_bulk_path_then_audit_verify_passes(tmp_path, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setattr(demo, "BULK_FROM", 50)
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--subjects", "40", "--requests", "60"]) == 0
    out = capsys.readouterr().out
    assert "subjects: 40" in out and "requests: 60" in out and "letters:" in out
    assert main(["--db", db, "audit", "verify"]) == 0
