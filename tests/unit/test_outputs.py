"""The one writer of outputs: whole or not at all, never over a file unless told, never over
the database."""

from __future__ import annotations

import errno
import os

import pytest

from app.domain.errors import DomainError
from app.services import outputs
from app.services.errors import FileProblem


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_whole_and_private(tmp_path):
    target = tmp_path / "letter.pdf"
    assert outputs.write_file(target, b"%PDF-1.4 body") == target.resolve()
    assert target.read_bytes() == b"%PDF-1.4 body"
    assert target.stat().st_mode & 0o777 == 0o600
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_kept_without_force_and_replaced_with_it(tmp_path):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(DomainError) as caught:
        outputs.write_file(target, b"new")
    assert (caught.value.field, caught.value.code) == ("out", "out_exists")
    assert target.read_bytes() == b"mine"
    outputs.write_file(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_a_file_that_appears_while_writing_is_kept(tmp_path, monkeypatch):
    target = tmp_path / "letter.pdf"
    real_fsync = os.fsync

    def someone_else_writes(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"theirs")

    monkeypatch.setattr(outputs.os, "fsync", someone_else_writes)
    with pytest.raises(DomainError) as caught:
        outputs.write_file(target, b"ours")
    assert caught.value.code == "out_exists"
    assert target.read_bytes() == b"theirs"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", outputs.DATABASE_COMPANIONS)
def test_never_the_database_or_its_companions_even_with_force(tmp_path, suffix):
    db = tmp_path / "derbes.sqlite3"
    db.write_bytes(b"SQLite format 3\0 the register")
    guarded = outputs.protected_paths(db)
    with pytest.raises(DomainError) as caught:
        outputs.write_file(f"{db}{suffix}", b"%PDF", force=True, protect=guarded)
    assert caught.value.code == "out_is_database"
    assert db.read_bytes() == b"SQLite format 3\0 the register"
    relative = os.path.relpath(db)
    with pytest.raises(DomainError):
        outputs.write_file(relative, b"%PDF", force=True, protect=guarded)


def test_a_hard_link_to_the_database_is_the_database(tmp_path):
    db = tmp_path / "derbes.sqlite3"
    db.write_bytes(b"register")
    link = tmp_path / "letter.pdf"
    os.link(db, link)
    with pytest.raises(DomainError) as caught:
        outputs.write_file(link, b"%PDF", force=True, protect=outputs.protected_paths(db))
    assert caught.value.code == "out_is_database"
    assert db.read_bytes() == b"register"


def test_folders_devices_and_missing_folders_are_refused(tmp_path):
    with pytest.raises(DomainError) as caught:
        outputs.write_file(tmp_path, b"x", force=True)
    assert caught.value.code == "out_is_folder"
    with pytest.raises(DomainError) as caught:
        outputs.write_file(tmp_path / "no" / "letter.pdf", b"x")
    assert caught.value.code == "folder_missing"
    with pytest.raises(DomainError) as caught:
        outputs.write_file("/dev/null", b"x", force=True)
    assert caught.value.code == "out_not_a_file"


@pytest.mark.parametrize(
    ("number", "code"), [(errno.ENOSPC, "file_no_space"), (errno.EFBIG, "file_too_big")]
)
def test_a_full_disk_is_a_file_problem_and_leaves_nothing(tmp_path, monkeypatch, number, code):
    def full(fd):
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(outputs.os, "fsync", full)
    target = tmp_path / "letter.pdf"
    with pytest.raises(FileProblem) as caught:
        outputs.write_file(target, b"%PDF")
    assert caught.value.code == code
    assert not target.exists() and leftovers(tmp_path) == []


def test_database_files_of_a_server_are_none():
    class Server:
        is_sqlite = False

    assert outputs.database_files(Server()) == []
    assert outputs.database_files(None) == []
