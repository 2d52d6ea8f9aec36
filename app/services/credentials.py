"""The PostgreSQL password: kept in the system keyring, never written in plain text.

A database URL is stored (preferences, logs, the status bar) without its password; the password
lives in the system keyring under the service ``Derbes`` and the URL's ``user@host:port/database``
(:func:`key_for`). Where the machine has no keyring backend (a server without a desktop session,
CI, tests), :func:`available` says so and the window asks for the password at each start instead.

Everything goes through keyring's own API (``keyring.get_keyring``), so a test installs an
in-memory backend with ``keyring.set_keyring``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy.engine import URL

from app.domain.errors import DomainError
from app.services.paths import APP_NAME
from app.storage.database import describe, resolve_url

log = logging.getLogger(__name__)
SERVICE = APP_NAME


def _keyring():
    """The keyring package, loaded for a server database only (a file needs no password, and
    loading it and its backends is a good part of the window's start)."""
    import keyring
    import keyring.errors

    return keyring


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def key_for(url: URL) -> str:
    """The keyring entry of a server database: who logs in where (never the password)."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def without_password(url: URL) -> URL:
    # (URL.set ignores a None: it cannot take a password away)
    return url._replace(password=None)


def label(url: URL) -> str:
    """The database for a message or a log line: a file path or a URL with no password."""
    return describe(without_password(url))


def stored_text(url: URL) -> str:
    """The URL as it may be written down (preferences): without its password."""
    return without_password(url).render_as_string(hide_password=False)


def parse_stored(text: str) -> URL:
    """A URL read from the preferences; one that carries a password is refused (it was never
    written so by Derbes: someone edited the file by hand)."""
    url = resolve_url(text)
    if url.password is not None:
        raise DomainError.at("url", "password_in_url")
    return url


@dataclass(frozen=True)
class Keyring:
    """Whether the system keyring can keep a password here, and if not why."""

    usable: bool
    name: str
    why: str = ""


def available() -> Keyring:
    keyring = _keyring()
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if isinstance(backend, fail.Keyring):
        return Keyring(False, name, "no keyring backend is installed")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return Keyring(False, name, "no keyring backend is installed")
    return Keyring(True, name)


def stored_password(url: URL) -> str | None:
    """The password kept for ``url``'s login, or None (none kept, or no keyring)."""
    if not is_server(url) or not available().usable:
        return None
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, key_for(url))
    except keyring.errors.KeyringError as exc:
        log.warning("the system keyring could not be read (%s)", type(exc).__name__)
        return None


def save_password(url: URL, password: str) -> bool:
    """Keep ``password`` for ``url``'s login; False when this machine has no keyring (the
    caller then says the password will be asked for at each start)."""
    if not available().usable:
        return False
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, key_for(url), password)
    except keyring.errors.KeyringError as exc:
        log.warning("the system keyring refused the password (%s)", type(exc).__name__)
        return False
    log.info("password for %s kept in the system keyring", label(url))
    return True


def forget_password(url: URL) -> None:
    if not available().usable:
        return
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, key_for(url))
    except keyring.errors.PasswordDeleteError:
        pass  # none was kept
    except keyring.errors.KeyringError as exc:
        log.warning("the system keyring could not forget the password (%s)", type(exc).__name__)


def needs_password(url: URL) -> bool:
    """A server URL with no password of its own, none in the keyring and none for libpq
    (``PGPASSWORD``): the window asks for one."""
    return (
        is_server(url)
        and url.password is None
        and stored_password(url) is None
        and not os.environ.get("PGPASSWORD")
    )


def with_password(url: URL, password: str | None = None) -> URL:
    """``url`` ready to connect: its own password, else ``password``, else the keyring's;
    without any, libpq's own ways (``PGPASSWORD``, ``~/.pgpass``, peer login) still apply."""
    if not is_server(url) or url.password is not None:
        return url
    password = password if password is not None else stored_password(url)
    return url if password is None else url.set(password=password)
