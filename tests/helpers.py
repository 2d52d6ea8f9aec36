"""Small builders shared by tests."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

from app.services import demo, operators, requests
from app.services.context import Context
from app.services.operators import OperatorInput
from app.storage.database import Database

VALID_BIN = "260440029163"  # Senimkey LLP, from the seed
OTHER_BIN = "180340021117"


def make_operator(ctx, code="senimkey", **kw):
    # the signatory's position is a kk/ru pair: a half given alone («Директор», the same word
    # in both languages) stands for both
    for lang, other in (("kk", "ru"), ("ru", "kk")):
        kw.setdefault(f"signatory_position_{lang}", kw.get(f"signatory_position_{other}", ""))
    data = OperatorInput(
        code=code,
        name_kk=kw.pop("name_kk", "«Senimkey» ЖШС"),
        name_ru=kw.pop("name_ru", "ТОО «Senimkey»"),
        reg_number=kw.pop("reg_number", VALID_BIN),
        request_prefix=kw.pop("request_prefix", "ДД"),
        address_kk=kw.pop("address_kk", "010000, Астана қ., Мәңгілік Ел даңғылы, 55"),
        address_ru=kw.pop("address_ru", "010000, г. Астана, пр. Мангилик Ел, 55"),
        email="info@senimkey.kz",
        **kw,
    )
    return operators.create(ctx, data)


def register(ctx, **kw):
    data = requests.NewRequest(
        type=kw.pop("type", "consent_withdrawal"),
        received=kw.pop("received", dt.date(2026, 11, 2)),
        sender=kw.pop("sender", "Әлиев Нұрлан Серікұлы"),
        **kw,
    )
    return requests.register(ctx, data)


def demo_database(template, folder, today, subjects=30, requests=40, seed=4):
    """A copy of the migrated ``template`` database in ``folder`` with the demo built into it
    (its five operators, ``subjects`` people, ``requests`` letters): the database and a
    context whose clock says ``today``."""
    path = folder / "demo.sqlite3"
    shutil.copyfile(template, path)
    db = Database(path)
    ctx = Context(db, actor="tester", clock=lambda: today)
    demo.build(ctx, subjects=subjects, requests=requests, seed=seed)
    return db, ctx


def modules_loaded_after(code: str, names: tuple[str, ...], env: dict | None = None) -> list[str]:
    """Which of ``names`` are in ``sys.modules`` once ``code`` has run in a fresh interpreter
    (this test process has long loaded everything); ``env`` is added to this one's."""
    probe = (
        f"import sys, json\n{code}\nprint(json.dumps([m for m in {names!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    ).stdout
    return json.loads(out.strip().splitlines()[-1])
