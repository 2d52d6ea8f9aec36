"""The program's icon (app/resources/icons, drawn from derbes.svg by scripts/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every PNG size, so the title bar, the task bar and the Alt-Tab switcher each get a sharp
    one; the SVG is not used at run time (the Qt SVG image plugin may be missing in a bundle)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource_path("icons", f"derbes-{size}.png")))
    return icon
