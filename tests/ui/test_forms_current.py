"""The generated form code in app/ui/forms/ is exactly what `make forms` makes from forms/*.ui."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "forms").glob("*.ui"))


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else shutil.which("pyside6-uic")


def _body(text: str) -> list[str]:
    # The header names the uic version; everything below it must match.
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


@pytest.mark.parametrize("ui", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_is_current(ui, tmp_path):
    generated = ROOT / "app" / "ui" / "forms" / f"ui_{ui.stem}.py"
    assert generated.exists(), f"{generated} is missing: run `make forms`"
    fresh = tmp_path / generated.name
    subprocess.run([_uic(), str(ui), "-o", str(fresh)], check=True)
    assert _body(fresh.read_text()) == _body(generated.read_text()), (
        f"{generated.name} is stale: run `make forms`"
    )


def test_every_generated_form_has_its_ui_source():
    sources = {p.stem for p in UI_FILES}
    for generated in (ROOT / "app" / "ui" / "forms").glob("ui_*.py"):
        assert generated.stem[3:] in sources, f"{generated.name} has no forms/*.ui source"
