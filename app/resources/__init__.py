"""Resources shipped inside the package: fonts, letter templates, translations, demo data.

They live in this package folder, so a source checkout, an installed wheel and a PyInstaller
bundle (which collects the package data into ``sys._MEIPASS/app/resources``) all find them the
same way, through :mod:`importlib.resources`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    # A real folder in every way Derbes is installed (source, wheel, one-folder bundle); zip
    # imports are not supported, and would fail here rather than later.
    return Path(str(files(__name__)))


def resource_path(*parts: str) -> Path:
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (looked in {path})")
    return path
