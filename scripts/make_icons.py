"""Render app/resources/icons/derbes.svg into the PNG sizes the window, the .desktop file and
the Windows installer use (16…256), and a Windows .ico holding them all (Pillow).

Run after changing the SVG: `.venv/bin/python scripts/make_icons.py` (offscreen Qt is enough).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "app" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "derbes.svg"))
    if not renderer.isValid():
        print("derbes.svg does not parse", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"derbes-{size}.png"
        image.save(str(path))
        pngs.append(path)
    largest = Image.open(pngs[-1])
    largest.save(ICONS / "derbes.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(pngs)} PNGs and derbes.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
