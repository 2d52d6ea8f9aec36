"""The register finds a request by a prefix of its sender's words, in any script, through
``request_name_key`` (kept in step with the sender by every ORM write), on both backends."""

from __future__ import annotations

from sqlmodel import select

from app.services import register
from app.storage import name_index
from app.storage.models import Request, RequestNameKey
from app.storage.schema import upgrade
from tests.helpers import make_operator
from tests.helpers import register as reg


def _found(ctx, text: str) -> list[int]:
    return register.ids(ctx, register.Criteria(search=text))


def _keys(ctx, request_id: int) -> set[str]:
    with ctx.read() as session:
        rows = session.exec(
            select(RequestNameKey.key).where(RequestNameKey.request_id == request_id)
        ).all()
    return set(rows)


def test_a_sender_is_found_by_word_prefixes_in_any_script(ctx):
    make_operator(ctx)
    r = reg(ctx, sender="Қасымов Ерлан Серікұлы")
    other = reg(ctx, sender="Петрова Мария")
    assert _keys(ctx, r.id) == set(name_index.keys_of("Қасымов Ерлан Серікұлы"))
    for text in ("Қасым", "Касымов", "kassymov", "Yerl", "ерлан қасымов", "Serik"):
        assert _found(ctx, text) == [r.id], text
    assert _found(ctx, "Petrova Mar") == [other.id]
    # every word must start a word of the sender; the middle of a word is no prefix
    assert _found(ctx, "Қасымов Мария") == []
    assert _found(ctx, "сымов") == []


def test_the_keys_follow_a_changed_sender(ctx):
    make_operator(ctx)
    r = reg(ctx, sender="Әлиев Нұрлан")
    with ctx.write() as w:  # as the purge anonymises a sender
        request = w.session.get(Request, r.id)
        request.sender = "Anonymised"
        w.session.add(request)
    assert _found(ctx, "Алиев") == []
    assert _found(ctx, "anonym") == [r.id]
    assert _keys(ctx, r.id) == {"anonimised"}


def test_the_migration_fills_the_keys_of_existing_requests(sqlite_ctx):
    # back to 0009 (the table dropped), then up again: the upgrade builds every request's keys
    from alembic import command

    from app.storage.schema import alembic_config

    make_operator(sqlite_ctx)
    r = reg(sqlite_ctx, sender="Бекова Дина")
    cfg = alembic_config()
    with sqlite_ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with sqlite_ctx.db.engine.connect() as conn:
        tables = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "request_name_key" not in tables
    upgrade(sqlite_ctx.db)
    assert _keys(sqlite_ctx, r.id) == set(name_index.keys_of("Бекова Дина")) == {"bekova", "dina"}
    assert _found(sqlite_ctx, "Bekova") == [r.id]
