"""The PostgreSQL password in the system keyring; the actor from the login."""

import logging

import keyring
import pytest
from keyring.backends import fail

from app.domain.errors import DomainError
from app.services import credentials
from app.services.context import default_actor
from app.services.startup import open_database
from app.storage.database import describe, resolve_url
from tests.keyrings import MemoryKeyring

URL = "postgresql://aida@db.desk.local:5433/derbes"


@pytest.fixture
def memory():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_password_is_kept_under_the_login_not_in_the_url(memory):
    url = resolve_url(URL)
    assert credentials.available().usable
    assert credentials.needs_password(url)
    assert credentials.save_password(url, "s3cret")
    assert memory.passwords == {("Derbes", "aida@db.desk.local:5433/derbes"): "s3cret"}
    assert not credentials.needs_password(url)
    ready = credentials.with_password(url)
    assert ready.password == "s3cret"
    assert "s3cret" not in credentials.stored_text(ready)
    assert "s3cret" not in describe(ready)
    credentials.forget_password(url)
    assert credentials.with_password(url).password is None
    credentials.forget_password(url)  # twice is fine


def test_no_keyring_backend_means_asking_each_time(no_keyring):
    url = resolve_url(URL)
    state = credentials.available()
    assert not state.usable and state.why
    assert credentials.save_password(url, "s3cret") is False
    assert credentials.stored_password(url) is None
    assert credentials.needs_password(url)
    assert credentials.with_password(url, "typed").password == "typed"


def test_a_url_with_a_password_is_never_read_from_the_preferences():
    with pytest.raises(DomainError) as caught:
        credentials.parse_stored("postgresql://aida:s3cret@db/derbes")
    assert caught.value.code == "password_in_url"
    assert credentials.parse_stored(URL).username == "aida"


def test_sqlite_needs_no_password(tmp_path, memory):
    url = resolve_url(tmp_path / "d.sqlite3")
    assert not credentials.needs_password(url)
    assert credentials.with_password(url) is url


def test_on_sqlite_the_actor_is_the_os_login(sqlite_db, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "nurlan")
    assert default_actor(sqlite_db) == "nurlan"


def test_on_postgresql_the_actor_is_the_server_login(pg_server, memory, caplog, monkeypatch):
    """The password comes from the keyring; the context acts as the role the server names,
    not as the operating system's login; no log line carries the password."""
    monkeypatch.setattr("getpass.getuser", lambda: "os-login")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    full = pg_server.fresh_url()
    try:
        bare = credentials.without_password(full)
        credentials.save_password(bare, full.password)
        caplog.set_level(logging.DEBUG)
        ctx, _ = open_database(credentials.stored_text(bare))
        try:
            assert ctx.actor == full.username != "os-login"
            assert ctx.db.url.password == full.password
            secret = f":{full.password}@"  # (the test server's password may equal its user)
            assert secret not in ctx.db.label and ":***@" in ctx.db.label
        finally:
            ctx.db.dispose()
        assert secret not in caplog.text
    finally:
        pg_server.drop(full)
