"""The packaging files agree with the program: the .desktop entry, the icon set, the installer."""

from __future__ import annotations

import configparser
from pathlib import Path

from PIL import Image

from app.resources import resource_path
from app.ui.icons import SIZES

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_size_is_a_square_png_of_its_size():
    for size in SIZES:
        with Image.open(resource_path("icons", f"derbes-{size}.png")) as image:
            assert image.format == "PNG" and image.size == (size, size)
            assert image.mode == "RGBA"  # transparent corners
    with Image.open(resource_path("icons", "derbes.ico")) as ico:
        assert {s for s, _ in ico.info["sizes"]} == set(SIZES)


def test_the_desktop_entry_starts_derbes_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "derbes.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "derbes" and d["Icon"] == "derbes"
    assert d["Terminal"] == "false"
    assert set("әіңғүұқөһ") & set(d["GenericName[kk]"] + d["Comment[kk]"])  # Kazakh, not Russian
    assert d["Comment[ru]"] != d["Comment"]
    assert d["StartupWMClass"] == "derbes"  # app.setDesktopFileName("derbes")


def test_the_installer_is_per_user_with_a_start_menu_entry_and_keeps_the_data():
    iss = (ROOT / "packaging" / "windows" / "derbes.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\derbes.exe"' in iss
    assert "{uninstallexe}" in iss
    assert 'Source: "{#Root}\\dist\\derbes\\*"' in iss
    assert "uninsneveruninstall" in iss  # the data folder outlives the program
