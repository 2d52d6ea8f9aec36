"""An installed Derbes carries its own resources: build the wheel, install it into a fresh
virtual environment, build a demo database and render a Kazakh letter from there.

Offline: the wheel is built with the development environment's setuptools and wheel
(``--no-build-isolation --no-index``) and installed with ``--no-deps --no-index``; the
dependencies come from the development environment's site-packages through a ``.pth`` path line,
which does not run the editable install's own ``.pth`` hook, so nothing can be imported from the
source tree.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pypdf
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NAME = "Әлиев Нұрлан Серікұлы"
KAZAKH_LETTERS = "әқңөұүі"
# Files in the source tree that are not shipped: the Qt Linguist sources of the .qm files.
NOT_SHIPPED = {".ts", ".pyc"}
SKIP_DIRS = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in SKIP_DIRS or n.endswith(".egg-info")}


def run(args: list, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the source tree (so no stale build/ folder leaks in)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=_ignore)
    run(
        [sys.executable, "-m", "pip", "wheel", src, "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "-w", tmp / "dist"],
        cwd=tmp,
    )  # fmt: skip
    (built,) = (tmp / "dist").glob("derbes-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> tuple[Path, dict]:
    """A fresh virtual environment with only the wheel installed; (its bin folder, env)."""
    tmp = tmp_path_factory.mktemp("venv")
    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp)
    python = venv / "bin" / "python"
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "--quiet", wheel],
        cwd=tmp,
    )  # fmt: skip
    purelib = run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp
    ).stdout.strip()
    dev = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    dev |= set(site.getsitepackages())
    (Path(purelib) / "derbes-test-dependencies.pth").write_text(
        "".join(f"{p}\n" for p in sorted(dev)), encoding="utf-8"
    )
    home = tmp / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DERBES_"))}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    }
    return venv, env


def test_the_wheel_carries_every_resource_and_migration(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in (ROOT / "app" / "resources", ROOT / "app" / "storage" / "migrations"):
        shipped = [
            p
            for p in folder.rglob("*")
            if p.is_file() and p.suffix not in NOT_SHIPPED and "__pycache__" not in p.parts
        ]
        assert shipped
        missing = [
            str(p.relative_to(ROOT)) for p in shipped if p.relative_to(ROOT).as_posix() not in names
        ]
        assert not missing, missing
    for expected in (
        "app/resources/fonts/PTSerif-Regular.ttf",
        "app/resources/templates/letters/README.md",
        "app/resources/templates/letters/acknowledgement.kk.jinja",
        "app/resources/translations/derbes_kk.qm",
        "app/resources/translations/derbes_ru.qm",
        "app/resources/demo/operators.toml",
        "app/storage/migrations/env.py",
        "app/storage/migrations/script.py.mako",
    ):
        assert expected in names
    entry_points = zipfile.ZipFile(wheel).read("derbes-0.1.0.dist-info/entry_points.txt").decode()
    assert "derbes = app.cli:main" in entry_points


def test_installed_package_is_imported_from_the_fresh_environment(installed, tmp_path):
    venv, env = installed
    probe = (
        "import json, sys, app, app.cli, app.services.demo, app.letters.fonts, app.resources\n"
        "mods = {m.__name__: getattr(m, '__file__', None) for m in list(sys.modules.values())}\n"
        "print(json.dumps({'app': app.__file__, 'root': str(app.resources.resources_root()),\n"
        "  'mods': {k: v for k, v in mods.items() if k == 'app' or k.startswith('app.')},\n"
        "  'path': sys.path}))\n"
    )
    seen = json.loads(run([venv / "bin" / "python", "-c", probe], cwd=tmp_path, env=env).stdout)
    venv_root = venv.resolve()
    assert Path(seen["app"]).resolve().is_relative_to(venv_root), seen["app"]
    assert Path(seen["root"]).resolve().is_relative_to(venv_root)
    for name, file in seen["mods"].items():
        assert file and Path(file).resolve().is_relative_to(venv_root), (name, file)
    source = (ROOT / "app").resolve()
    assert all(not Path(p or ".").resolve().is_relative_to(source) for p in seen["path"])
    assert str(ROOT) not in seen["path"]


def test_installed_derbes_builds_a_demo_and_renders_a_kazakh_pdf(installed, tmp_path):
    venv, env = installed
    derbes = venv / "bin" / "derbes"
    db = tmp_path / "demo.sqlite3"
    run([derbes, "--db", db, "demo", "--subjects", "20", "--requests", "24", "--seed", "3"],
        cwd=tmp_path, env=env)  # fmt: skip
    received = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    added = run(
        [derbes, "--db", db, "request", "add", "--type", "consent_withdrawal",
         "--received", received, "--sender", NAME, "--iin", "851212350018",
         "--language", "kk", "--signed", "--address", "050000, Алматы қ., Абай даңғылы, 1"],
        cwd=tmp_path, env=env,
    )  # fmt: skip
    number = added.stdout.split("\t")[0]
    out = tmp_path / "ack.pdf"
    run([derbes, "--db", db, "letter", number, "--kind", "acknowledgement", "--format", "pdf",
         "--out", out], cwd=tmp_path, env=env)  # fmt: skip

    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    # the addressee in the dative with initials, as the office-work rules write it
    assert "Н. С. Әлиевке" in text and number in text
    assert "Өтінішті тіркеу туралы" in text
    assert set(KAZAKH_LETTERS) <= set(text.lower()), set(KAZAKH_LETTERS) - set(text.lower())
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    pt_serif = {name: embedded for name, embedded in fonts.items() if "PTSerif" in name}
    assert pt_serif and all(pt_serif.values()), fonts
