"""Which database the desk works on: a SQLite file or a PostgreSQL server, chosen in Settings.

A :class:`DatabaseChoice` is what the Settings page edits; :func:`url_of` makes the URL that is
stored (without a password: :mod:`app.services.credentials` keeps that), :func:`choice_of` reads
one back, :func:`test_connection` tries it (the page runs it on the worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from app.domain.errors import DomainError, Problem, problem, raise_if
from app.services import credentials
from app.storage.database import Database, describe, resolve_url, translate_errors
from app.storage.schema import current_revision, head_revision

SQLITE, POSTGRES = "sqlite", "postgresql"
KINDS = (SQLITE, POSTGRES)
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str = SQLITE
    path: str = ""
    host: str = ""
    port: int | str = DEFAULT_PORT
    database: str = ""
    user: str = ""


def problems(choice: DatabaseChoice) -> list[Problem]:
    if choice.kind not in KINDS:
        return [problem("kind", "db_kind", value=choice.kind)]
    if choice.kind == SQLITE:
        return [] if choice.path.strip() else [problem("path", "required")]
    found = []
    for name in ("host", "database", "user"):
        if not str(getattr(choice, name)).strip():
            found.append(problem(name, "required"))
    port = str(choice.port).strip()
    if not port.isdigit():
        bad = next((c for c in port if not c.isdigit()), "")
        found.append(
            problem("port", "required") if not port else problem("port", "digits_only", char=bad)
        )
    elif not 1 <= int(port) <= 65535:
        found.append(problem("port", "out_of_range", value=int(port), low=1, high=65535))
    return found


def url_of(choice: DatabaseChoice) -> URL:
    """The URL of a valid choice, never with a password."""
    raise_if(problems(choice))
    if choice.kind == SQLITE:
        return resolve_url(Path(choice.path.strip()).expanduser())
    return URL.create(
        "postgresql+psycopg",
        username=choice.user.strip(),
        host=choice.host.strip(),
        port=int(str(choice.port).strip()),
        database=choice.database.strip(),
    )


def choice_of(url: URL | str) -> DatabaseChoice:
    url = resolve_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        return DatabaseChoice(SQLITE, path=url.database or "")
    if url.get_backend_name() != "postgresql":
        raise DomainError.at("kind", "db_kind", value=url.get_backend_name())
    return DatabaseChoice(
        POSTGRES,
        host=url.host or "",
        port=url.port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or "",
    )


@dataclass(frozen=True)
class Probe:
    """What a test connection found: the database, who the server says we are, its schema."""

    label: str
    login: str
    revision: str | None  # None: an empty database (Derbes creates its tables on opening)
    head: str

    @property
    def current(self) -> bool:
        return self.revision == self.head


def test_connection(choice: DatabaseChoice, password: str | None = None) -> Probe:
    """Connect once (nothing is created or changed); raises the classified StorageError."""
    url = credentials.with_password(url_of(choice), password or None)
    if url.get_backend_name() == "sqlite" and not Path(url.database).exists():
        return Probe(describe(url), _os_login(), None, head_revision())
    db = Database(url, pool=False)
    try:
        with translate_errors(describe(url), read_only=True):
            with db.engine.connect() as conn:
                login = (
                    conn.execute(text("SELECT session_user")).scalar()
                    if url.get_backend_name() == "postgresql"
                    else _os_login()
                )
            revision = current_revision(db)
        return Probe(describe(url), str(login), revision, head_revision())
    finally:
        db.dispose()


def _os_login() -> str:
    from app.services.context import default_actor

    return default_actor()
