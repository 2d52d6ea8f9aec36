"""The benchmark's database, built once and cached: 1 000 000 subjects and 200 000 requests with
their histories, letters and audit entries, made by the bulk demo (:mod:`app.services.demo_bulk`,
the program's own bulk path, not a stand-in).

    ensure(url_or_path=None, subjects=1_000_000, requests=200_000, seed=2026) -> str

- SQLite (``url_or_path`` None, a file path or a ``sqlite:///`` URL): the database is built once
  into ``~/.cache/derbes-bench/`` of the user's real home, not the test session's temporary
  ``$HOME`` (``$DERBES_BENCH_CACHE`` overrides the folder), in a file named
  by the schema's head revision, :data:`VERSION` of this builder and the sizes. With None the
  cached file's path is returned (read it, do not write it); with a path the cached file is
  copied there (replacing what was there) and that path is returned.
- PostgreSQL (a ``postgresql+psycopg://`` URL whose user may create databases): the data is built
  once into a template database on that server, named the same way (``derbes_bench_…``); the
  database named in the URL is then (re)created from the template, ``CREATE DATABASE … TEMPLATE``,
  and the URL is returned as a string.

A half-built cache is never used: SQLite builds into a temporary file renamed when complete; the
PostgreSQL template is marked complete by the setting ``bench.dataset`` written last.

:func:`subjects_csv` writes the import benchmark's file (an Excel-like export of ``count``
subjects, Windows-1251 with ``;`` or UTF-8) and returns its path.

The day of the data is :data:`TODAY` (give the same day to the code measured on it).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.domain.identifiers import make_iin

# bump when what the builder makes changes: a new cache key. 2: the withdrawals worked through
# their workflow (its rows, the act in its own series, subjects and consents closed), every final
# letter with a real PDF (one per kind and language, ~70 KB, so the file grows by that much a
# letter), answers about the record linked to it
VERSION = 2
TODAY = dt.date(2026, 11, 20)
MARK = "bench.dataset"


def _real_home() -> Path:
    """The user's own home: tests/conftest.py points $HOME at a temporary folder for every test
    session, which would make the cache a new one each run."""
    try:
        import pwd

        return Path(pwd.getpwuid(os.getuid()).pw_dir)
    except (ImportError, KeyError):  # Windows, or a user without a passwd entry
        return Path.home()


def cache_dir() -> Path:
    folder = os.environ.get("DERBES_BENCH_CACHE") or _real_home() / ".cache" / "derbes-bench"
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def key(subjects: int, requests: int, seed: int) -> str:
    from app.storage.schema import head_revision

    return f"derbes_bench_{head_revision()}_v{VERSION}_{subjects}s_{requests}r_{seed}"


def build(url, subjects: int, requests: int, seed: int = 2026, progress=None) -> dict:
    """Migrate the empty database at ``url`` and fill it through the bulk demo."""
    from app.services import demo_bulk
    from app.services.context import Context
    from app.storage.database import Database
    from app.storage.schema import upgrade

    db = Database(url, pool=False)
    try:
        upgrade(db)
        ctx = Context(db, actor="bench", clock=lambda: TODAY)
        # The final letters without their PDFs: at ~70 KB each they would add ~10 GB that no
        # figure reads and every bench session copies; the 20 000 demo (its own figure) keeps them.
        return demo_bulk.build(ctx, subjects=subjects, requests=requests, seed=seed,
                               progress=progress, pdfs=False)  # fmt: skip
    finally:
        db.dispose()


def ensure(
    url_or_path: str | os.PathLike | None = None,
    subjects: int = 1_000_000,
    requests: int = 200_000,
    seed: int = 2026,
    progress=None,
) -> str:
    """The benchmark database (see the module's docstring); built only when not cached."""
    target = None if url_or_path is None else str(url_or_path)
    if target is not None and target.startswith("postgresql"):
        return _ensure_postgres(target, subjects, requests, seed, progress)
    if target is not None and target.startswith("sqlite"):
        target = make_url(target).database
    cached = cache_dir() / f"{key(subjects, requests, seed)}.sqlite3"
    with _locked(cached.with_suffix(".lock")):  # two benchmark runs at once build it once
        if not cached.exists():
            partial = cached.with_suffix(".partial")
            for leftover in (partial, *partial.parent.glob(partial.name + "-*")):
                leftover.unlink(missing_ok=True)
            build(partial, subjects, requests, seed, progress)
            _checkpoint(partial)
            partial.rename(cached)
    if target is None:
        return str(cached)
    dest = Path(target)
    for side in ("-wal", "-shm"):
        Path(str(dest) + side).unlink(missing_ok=True)
    shutil.copyfile(cached, dest)
    return str(dest)


@contextmanager
def _locked(path: Path):
    with open(path, "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: one benchmark at a time
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so the one file is the whole database."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()


def _ensure_postgres(url: str, subjects: int, requests: int, seed: int, progress) -> str:
    wanted = make_url(url)
    template = key(subjects, requests, seed).lower()
    admin = create_engine(wanted.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": template}
            ).first()
        if exists is not None and not _complete(wanted.set(database=template)):
            _sql(admin, f'DROP DATABASE "{template}" WITH (FORCE)')
            exists = None
        if exists is None:
            _sql(admin, f'CREATE DATABASE "{template}"')
            made = build(wanted.set(database=template), subjects, requests, seed, progress)
            engine = create_engine(wanted.set(database=template))
            with engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO setting (key, value) VALUES (:k, CAST(:v AS JSON))"),
                    {"k": MARK, "v": f'{{"subjects": {made["subjects"]}}}'},
                )
                conn.exec_driver_sql("ANALYZE")
            engine.dispose()
        _sql(admin, f'DROP DATABASE IF EXISTS "{wanted.database}" WITH (FORCE)')
        _sql(admin, f'CREATE DATABASE "{wanted.database}" TEMPLATE "{template}"')
    finally:
        admin.dispose()
    return wanted.render_as_string(hide_password=False)


def _complete(url) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return (
                conn.execute(text("SELECT 1 FROM setting WHERE key = :k"), {"k": MARK}).first()
                is not None
            )
    except Exception:  # no schema yet: a build that died early
        return False
    finally:
        engine.dispose()


def _sql(engine, statement: str) -> None:
    with engine.connect() as conn:
        conn.execute(text(statement))


HEADERS = ["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Телефон", "E-mail", "Адрес"]
SURNAMES = [
    "Қасымов", "Әлиева", "Нұрланова", "Сейтқали", "Иванова", "Петров", "Жұмабаев", "Оспанова",
    "Ким", "Цой", "Бекова", "Смағұлов", "Ахметова", "Серікбаев", "Тоқтарова", "Ермеков",
]  # fmt: skip
GIVEN = ["Ерлан", "Айгүл", "Нұрлан", "Дина", "Сергей", "Елена", "Бауыржан", "Әсел", "Мария"]
PATRONYMIC = ["Серікұлы", "Маратқызы", "Иванович", "Петровна", ""]


def subjects_csv(
    path: str | os.PathLike, count: int, seed: int = 2026, encoding: str = "utf-8"
) -> str:
    """A subject list as a CRM exports it: ``count`` rows with valid distinct IINs, birth dates
    as DD.MM.YYYY; ``;``-separated in a Windows code page (``cp1251`` has no Kazakh letters:
    they become their Russian look-alikes), else ``,`` and UTF-8."""
    rng = random.Random(seed)
    separator = "," if encoding.startswith("utf") else ";"
    plain = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
    used: set[str] = set()
    with open(path, "w", encoding=encoding, newline="", errors="strict") as out:
        writer = csv.writer(out, delimiter=separator)
        writer.writerow(HEADERS)
        for n in range(count):
            born = dt.date(1950, 1, 1) + dt.timedelta(days=n % 20000)
            serial = n // 20000
            iin = make_iin(born, "MF"[n % 2], serial)
            while iin in used:
                serial = (serial + 97) % 10_000
                iin = make_iin(born, "MF"[n % 2], serial)
            used.add(iin)
            row = [
                rng.choice(SURNAMES),
                rng.choice(GIVEN),
                rng.choice(PATRONYMIC),
                iin,
                born.strftime("%d.%m.%Y"),
                f"+7 701 {n % 1000:03d} {n // 1000 % 100:02d} {n % 97:02d}",
                f"user{n}@example.kz",
                f"г. Алматы, ул. Абая, д. {n % 200 + 1}, кв. {n % 150 + 1}",
            ]
            if not encoding.startswith("utf") and encoding != "kz1048":
                row = [cell.translate(plain) for cell in row]
            writer.writerow(row)
    return str(path)
