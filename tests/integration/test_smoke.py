"""`derbes --smoke-test` from source (not frozen): the self-check `make package` runs on the
built bundle must pass on a source checkout too, and must say which step failed when one does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app import smoke


@pytest.mark.slow
def test_smoke_test_passes_from_source_and_leaves_the_users_folders_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DERBES_"))}
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main())",
            "--smoke-test",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:-1]] == list(smoke.STEPS)
    assert "PDF" in lines[2] and "DOCX" in lines[2]
    assert lines[-1] == "smoke: passed"
    assert not any(home.iterdir())  # the temporary data folder took everything


def test_a_failed_step_is_named_and_exits_1(monkeypatch, capsys):
    monkeypatch.setattr(smoke, "_isolate", lambda folder: None)

    def broken():
        raise FileNotFoundError("missing resource: fonts")

    monkeypatch.setattr(smoke, "check_resources", broken)
    assert smoke.run() == 1
    err = capsys.readouterr().err
    assert "smoke: FAILED at resources: missing resource: fonts" in err


def test_a_broken_letter_step_is_named(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(smoke, "_isolate", lambda folder: None)
    monkeypatch.setattr(smoke, "check_resources", lambda: "ok")
    monkeypatch.setattr(smoke, "open_demo", lambda folder: (None, "no database"))

    def broken(ctx):
        raise RuntimeError("the PDF is not a PDF")

    monkeypatch.setattr(smoke, "render_letter", broken)
    assert smoke.run() == 1
    out, err = capsys.readouterr()
    assert "smoke: database: no database" in out
    assert "smoke: FAILED at letter: the PDF is not a PDF" in err
