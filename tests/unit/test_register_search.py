"""The register's search through its key tables (migration 0015), on both backends: the linked
subject's names (``request_subject_key``, following every write path: registration, linking,
edits, a merge, the purge, the subject import, the bulk demo) and the words of the request's
scanned letters (``attachment_key``, issue 13: a destroyed scan's words are not found); the
count and the first page read either way agree with the plain id list; the assignees."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.services import attachments, demo_bulk, merge, purge, register, requests, subjects
from app.services import subject_import as importing
from app.services.attachments import NewAttachment
from app.storage import queries, register_search, search_index
from app.storage.models import AttachmentKey, RequestSubjectKey
from app.storage.schema import upgrade
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.retention import PDF, finished_withdrawal, subject
from tests.unit.test_purge import PAST

LETTER = (
    "Прошу прекратить обработку моих персональных данных. Адрес: Қарағанды облысы, "
    "Теміртау қаласы. Договор с ТОО «Жұлдызнет» расторгнут."
)


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


def _found(ctx, words: str, **kw) -> list[int]:
    return register.ids(ctx, register.Criteria(search=words, **kw))


def _expected_subject_keys(ctx) -> set[tuple[str, int]]:
    """What ``request_subject_key`` must hold: every key of every linked subject."""
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT s.surname_key, s.given_key, s.patronymic_key, r.id FROM request r "
                "JOIN subject s ON s.id = r.subject_id"
            )
        ).all()
    return {(k, rid) for *keys, rid in rows for k in keys if k}


def _subject_keys(ctx) -> set[tuple[str, int]]:
    with ctx.read() as session:
        rows = session.exec(select(RequestSubjectKey.key, RequestSubjectKey.request_id)).all()
    return {tuple(r) for r in rows}


def _person(ctx, op, surname, given, iin=None):
    return subjects.create(ctx, op.id, subjects.SubjectInput(surname, given, "", iin=iin))


def test_the_subjects_names_find_its_requests_and_follow_every_change(ctx, op):
    kasymov = _person(ctx, op, "Қасымов", "Ерлан")
    other = _person(ctx, op, "Петрова", "Мария")
    # the sender is an office: only the linked subject's names can find it
    r = reg(ctx, sender="ТОО «Альфа»", subject_id=kasymov.id)
    assert _found(ctx, "Kasym") == _found(ctx, "Қасым") == _found(ctx, "Касымов Ер") == [r.id]
    assert _found(ctx, "Мария") == []
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)

    edit = subjects.for_editing(ctx, kasymov.id)
    subjects.update(ctx, kasymov.id, dataclasses.replace(edit.data, surname="Сейтқали"))
    assert _found(ctx, "Қасым") == [] and _found(ctx, "Seitkali") == [r.id]

    requests.link_subject(ctx, r.id, other.id)
    assert _found(ctx, "Seitkali") == [] and _found(ctx, "Petrova Mar") == [r.id]
    requests.link_subject(ctx, r.id, None)
    assert _found(ctx, "Petrova") == []
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)


def test_a_merge_moves_the_requests_under_the_kept_name(ctx, op):
    keep = _person(ctx, op, "Әлиев", "Нұрлан", iin="900101300811")
    twin = _person(ctx, op, "Алиев", "Нурлан")
    r = reg(ctx, sender="ТОО «Бета»", subject_id=twin.id)
    merge.merge(ctx, keep.id, twin.id)
    assert _found(ctx, "Aliev Nurlan") == [r.id]
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)


def test_the_subject_import_renames_are_found(ctx, op, tmp_path):
    iin = "900101300811"
    person = _person(ctx, op, "Иванов", "Иван", iin=iin)
    r = reg(ctx, sender="ТОО «Гамма»", subject_id=person.id)
    path = tmp_path / "s.csv"
    path.write_text(f"Тегі;Аты;ЖСН\nЖұмабаев;Бауыржан;{iin}\n", "utf-8")
    summary = importing.import_file(ctx, path, op.id)
    assert summary.updated == 1
    assert _found(ctx, "Zhumabayev") == [r.id] and _found(ctx, "Иванов") == []
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)


def test_the_bulk_demo_writes_the_subject_keys_of_its_requests(ctx):
    demo_bulk.build(ctx, subjects=60, requests=80, seed=3)
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)
    assert _subject_keys(ctx)  # the demo links most of its requests


def test_a_word_only_in_the_letter_finds_its_request_in_any_script(ctx, op):
    scanned = reg(
        ctx,
        sender="Бекова Дина",
        attachments=[NewAttachment("letter.pdf", PDF, text=LETTER)],
    )
    plain = reg(ctx, sender="Бекова Дина")
    for words in ("Қарағанды", "Караганды", "Karagand", "Qaraǵandy", "темиртау", "Zhuldyz"):
        assert _found(ctx, words) == [scanned.id], words
    # every word must be found, in one of the names or in the letter
    assert _found(ctx, "Бекова Теміртау") == []
    assert _found(ctx, "Караганды Теміртау") == [scanned.id]
    assert set(_found(ctx, "Бекова")) == {scanned.id, plain.id}
    head = register.head(ctx, register.Criteria(search="Теміртау"))
    assert head.count == 1 and [row.id for row in head.rows] == [scanned.id]


def test_a_scan_added_later_is_searched_and_a_destroyed_one_is_not(ctx, op):
    r = reg(ctx, sender="Ким Ли")
    assert _found(ctx, "Теміртау") == []
    scan = attachments.add(ctx, r.id, NewAttachment("letter.pdf", PDF, text=LETTER))
    assert _found(ctx, "Temirtau") == [r.id]
    attachments.destroy(ctx, scan.id, "not needed")
    assert _found(ctx, "Temirtau") == []
    with ctx.read() as session:
        assert session.exec(select(AttachmentKey)).all() == []
    assert _found(ctx, "Ким") == [r.id]  # the sender stays searchable


def test_a_purged_request_is_found_by_neither_its_subject_nor_its_letter(ctx, op):
    s = subject(ctx, op.id)
    request = finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)])
    attachments.add(ctx, request.id, NewAttachment("letter.pdf", PDF, text=LETTER))
    assert _found(ctx, "Сейітова") == _found(ctx, "Теміртау") == [request.id]
    purge.purge(ctx)
    assert _found(ctx, "Сейітова") == [] and _found(ctx, "Теміртау") == []
    assert _subject_keys(ctx) == _expected_subject_keys(ctx)


@pytest.mark.parametrize(("dense", "listed"), [(10**6, 0), (0, 10**6)])
def test_the_count_and_first_page_agree_with_the_ids_either_way_read(
    ctx, op, monkeypatch, dense, listed
):
    """A search's first page is read along the register's order index when many match
    (``DENSE``) and by the matches' ids otherwise; from the list of the ids found, or from
    the subquery when they are too many (``LISTED``): the same rows each way."""
    monkeypatch.setattr(queries, "DENSE", dense)
    monkeypatch.setattr(register_search, "LISTED", listed)
    people = [_person(ctx, op, name, "Ерлан") for name in ("Қасымов", "Kasymova", "Петров")]
    for n in range(9):
        person = people[n % 3]
        reg(ctx, sender=["Қасым Ерлан", "ТОО «Дельта»", "Ерланов"][n % 3], subject_id=person.id,
            type=["claim", "access"][n % 2])  # fmt: skip
    for words in ("Қасым", "Ерлан", "Ерлан Kasym", "Петр", "Дельта", "nobody"):
        for sort in ("reg_number", "received_date", "id", "sender"):
            for descending in (True, False):
                c = register.Criteria(search=words, sort=sort, descending=descending)
                every = register.ids(ctx, c)
                head = register.head(ctx, c, size=2)
                assert head.count == len(every), (words, sort)
                assert [row.id for row in head.rows] == every[:2], (words, sort, descending)
        claims = register.Criteria(search=words, type="claim")
        assert register.head(ctx, claims, size=2).count == len(register.ids(ctx, claims))
        # a counted window past the last row still counts every match (none shown)
        c = register.Criteria(search=words)
        past = register.window(ctx, c, len(register.ids(ctx, c)) + 2, 2, counted=True)
        assert past.count == len(register.ids(ctx, c)) and past.rows == []


@pytest.mark.parametrize("dense", [10**6, 0])
def test_a_name_search_alone_pages_its_rows_as_the_ids_and_rows_would(ctx, op, monkeypatch, dense):
    """A name search alone reads its ids as one value, then each page's rows in one query
    (``listed_page``): every sort, both ways, any window, the same rows (a late extension's
    days too) and count as the id list and its rows give, read along the order index
    (``DENSE``) or by the matches' ids."""
    monkeypatch.setattr(queries, "DENSE", dense)
    people = [_person(ctx, op, name, "Ерлан") for name in ("Қасымов", "Kasymova", "Петров")]
    old = dt.date(2026, 9, 1)  # long overdue: its extension is late
    made = []
    for n in range(7):
        day = old if n == 0 else PAST
        made.append(reg(ctx, sender=["Қасым Ерлан", "ТОО «Дельта»", "Ерланов"][n % 3],
                        subject_id=people[n % 3].id if n % 4 else None,
                        type=["claim", "access"][n % 2], received=day, registered=day))  # fmt: skip
    requests.assign(ctx, made[1].id, "Смағұлов А.")
    late = requests.extend(
        ctx, made[0].id, reason_ru="Запрос в архив", new_due=dt.date(2026, 11, 27)
    )
    sorts = ("reg_number", "received_date", "sender", "subject", "type", "status", "due_date")
    for words in ("Қасым", "Ерлан", "Ерлан Kasym", "Дельта"):
        for sort in (*sorts, "assignee", "operator", "id"):
            for descending in (True, False):
                c = register.Criteria(search=words, sort=sort, descending=descending)
                every = register.ids(ctx, c)
                assert every, words
                for size in (1, 2, 10):
                    head = register.head(ctx, c, size=size)
                    assert head.count == len(every), (words, sort, size)
                    assert head.rows == register.rows(ctx, every[:size]), (words, sort)
                    # every id when the one more row read was past the last
                    assert head.ids == (every if size + 1 >= len(every) else None)
                for first in (1, 2, len(every)):
                    part = register.window(ctx, c, first, 2)
                    assert part.rows == register.rows(ctx, every[first : first + 2])
                    assert part.count == -1
    found = register.head(ctx, register.Criteria(search="Қасым")).rows
    assert any(row.id == late.id and row.late_days > 0 for row in found)
    none = register.head(ctx, register.Criteria(search="nobody"))
    assert (none.count, none.rows, none.ids) == (0, [], [])


def test_assignees_are_every_name_once_in_order(ctx, op):
    names = ["Смағұлов А.", "Иванова Е.", "Смағұлов А.", "Ахметова Д.", ""]  # "": nobody
    for name in names:
        r = reg(ctx)
        if name:
            requests.assign(ctx, r.id, name)
    assert register.assignees(ctx) == sorted({"Смағұлов А.", "Иванова Е.", "Ахметова Д."})


def test_the_migration_fills_both_tables_from_existing_data(sqlite_ctx):
    from alembic import command

    from app.storage.schema import alembic_config

    ctx = sqlite_ctx
    op = make_operator(ctx)
    person = _person(ctx, op, "Тоқтарова", "Айгүл")
    r = reg(ctx, sender="ТОО «Эпсилон»", subject_id=person.id,
            attachments=[NewAttachment("letter.pdf", PDF, text=LETTER)])  # fmt: skip
    cfg = alembic_config()
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
    upgrade(ctx.db)
    assert (
        _subject_keys(ctx)
        == _expected_subject_keys(ctx)
        == {
            ("toktarova", r.id),
            ("aigul", r.id),
        }
    )
    with ctx.read() as session:
        words = set(session.exec(select(AttachmentKey.key)).all())
    assert words == set(search_index.text_keys(LETTER))
    assert _found(ctx, "Toktarova") == _found(ctx, "Temirtau") == [r.id]


def test_an_iin_search_reads_its_rows_at_once_as_the_ids_and_rows_would(ctx, op):
    """A whole IIN's page is read as rows in one query (no id query, no count first): every
    sort, both ways, any window, the same rows (a late extension's days too) and count as the
    id list and its rows give."""
    iin = "900101300811"
    person = _person(ctx, op, "Қасымов", "Ерлан", iin=iin)
    other = _person(ctx, op, "Петров", "Иван", iin="900101300823")
    old = dt.date(2026, 9, 1)  # long overdue: its extension is late
    mine = [
        reg(ctx, sender=s, subject_id=person.id, type=t, received=day, registered=day)
        for s, t, day in (
            ("Бек", "claim", PAST), ("Әсем", "access", old),
            ("Арман", "claim", PAST), ("Ерлан", "access", PAST),
        )
    ]  # fmt: skip
    reg(ctx, sender="Иван", subject_id=other.id)
    late = requests.extend(
        ctx, mine[1].id, reason_ru="Запрос в архив", new_due=dt.date(2026, 11, 27)
    )
    assert register.rows(ctx, [late.id])[0].late_days > 0
    sorts = ("reg_number", "received_date", "sender", "subject", "type", "status", "due_date")
    for search in (iin, "9001 0130 0811"):
        for sort in (*sorts, "assignee", "operator", "id"):
            for descending in (True, False):
                c = register.Criteria(search=search, sort=sort, descending=descending)
                every = register.ids(ctx, c)
                assert sorted(every) == sorted(r.id for r in mine)
                for size in (2, 4, 10):
                    head = register.head(ctx, c, size=size)
                    assert head.count == len(every), (sort, size)
                    assert head.rows == register.rows(ctx, every[:size]), (sort, descending)
                    assert head.ids == (every if size >= len(every) else None)
                    part = register.window(ctx, c, 1, 2)
                    assert part.rows == register.rows(ctx, every[1:3]) and part.count == -1
    assert any(row.late_days for row in register.head(ctx, register.Criteria(search=iin)).rows)
    claims = register.Criteria(search=iin, type="claim")
    assert register.head(ctx, claims).count == 2 == len(register.ids(ctx, claims))
    # a number that is not a whole IIN: no count first, the same count and rows
    number = register.Criteria(search=mine[0].reg_number[-3:])
    every = register.ids(ctx, number)
    head = register.head(ctx, number, size=1)
    assert head.count == len(every) and head.rows == register.rows(ctx, every[:1])
