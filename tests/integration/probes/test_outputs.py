"""Probes of the command line's outputs and scans (issue 8): a letter or an export never
goes over the database, a device or a file it must not replace; a scan is judged by its content.
"""

from __future__ import annotations

import os
import resource
import subprocess

import pytest

from tests.integration.probes.conftest import (
    add,
    assert_one_line,
    letter,
    read_only,
    unchanged,
)
from tests.integration.test_cli import DERBES

# --- outputs: never clobbered -----------------------------------------------------------------


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("force", [False, True])
def test_a_letter_never_goes_over_the_database_or_its_companions(sqlite_target, companion, force):
    out = f"{sqlite_target.db}{companion}"
    with unchanged(sqlite_target):
        result = letter(sqlite_target, out, *(["--force"] if force else []))
        assert_one_line(result, "out_is_database", "out")


def test_a_link_to_the_database_is_the_database(sqlite_target):
    link = sqlite_target.folder / "letter.pdf"
    link.symlink_to(sqlite_target.db)
    hard = sqlite_target.folder / "hard.pdf"
    os.link(sqlite_target.db, hard)
    with unchanged(sqlite_target):
        for out in (link, hard):
            assert_one_line(letter(sqlite_target, out, "--force"), "out_is_database", "out")


def test_an_existing_file_is_replaced_only_with_force(target):
    out = target.folder / "letter.pdf"
    out.write_bytes(b"the officer's own file")
    with unchanged(target):
        assert_one_line(letter(target, out), "out_exists", "out")
    assert out.read_bytes() == b"the officer's own file"
    result = letter(target, out, "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []


def test_a_device_is_never_an_output(target):
    with unchanged(target):
        assert_one_line(letter(target, "/dev/full", "--force"), "out_not_a_file", "out")


def test_a_file_size_limit_is_a_file_problem(target):
    out = target.folder / "letter.pdf"

    def limit():  # SIGXFSZ is ignored by Python: the write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (48_000, 48_000))

    with unchanged(target):
        result = subprocess.run(
            [DERBES, "--db", target.db, "letter", target.reg, "--kind", "acknowledgement"]
            + ["--format", "pdf", "--out", str(out)],
            capture_output=True,
            text=True,
            preexec_fn=limit,
            timeout=300,
        )
        assert_one_line(result, "file_too_big", kind="file")


def test_a_letter_into_a_read_only_folder_is_a_file_problem(target):
    folder = target.folder / "sealed"
    folder.mkdir()
    with unchanged(target), read_only(folder):
        result = letter(target, folder / "letter.pdf")
        line = assert_one_line(result, "file_denied", kind="file")
        assert str(folder) in line
    assert list(folder.iterdir()) == []


# --- scans ------------------------------------------------------------------------------------


def test_a_scan_that_lies_about_its_type(target):
    fake = target.folder.parent / "scan.pdf"
    fake.write_text("I am a PDF, honestly", encoding="utf-8")
    damaged = target.folder.parent / "scan.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with unchanged(target):
        assert_one_line((add(target, "--scan", str(fake))), "not_a_scan", "file")
        assert_one_line((add(target, "--scan", str(damaged))), "scan_damaged", "file")


def test_a_100_mb_scan_is_refused_before_it_is_read(target):
    huge = target.folder.parent / "huge.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without using the disk
    with unchanged(target):
        assert_one_line((add(target, "--scan", str(huge))), "file_too_large", "file")


def test_a_scan_that_does_not_exist(target):
    with unchanged(target):
        result = add(target, "--scan", str(target.folder.parent / "nope.pdf"))
        assert_one_line(result, "file_not_found", kind="file")
