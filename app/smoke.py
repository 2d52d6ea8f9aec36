"""`derbes --smoke-test`: proves that an installed or frozen Derbes works end to end.

It runs the way the packaged program runs, but on its own: a temporary data folder (so the
user's databases, settings and keyring are never touched), the offscreen Qt platform, a small
demo database created and opened through the same services as the window, a letter rendered as
PDF and DOCX with the bundled fonts and templates, the Kazakh translation loaded, the main window
built and painted once, then it quits by itself. Exit status 0 when every step passed, 1 with the
failed step named on stderr. ``make package`` runs it on the built bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

STEPS = ("resources", "database", "letter", "window")


def _isolate(folder: Path) -> None:
    """Every per-user place Derbes (platformdirs, QSettings, keyring) could write to lands in
    ``folder``; set before any of them is first asked."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    for name in ("APPDATA", "LOCALAPPDATA"):  # Windows
        os.environ[name] = str(folder / name.lower())
    os.environ["HOME"] = str(folder / "home")  # macOS and QSettings' fallbacks
    os.environ["USERPROFILE"] = str(folder / "home")
    os.environ.pop("DERBES_DB", None)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def check_resources() -> str:
    from app.resources import resource_path

    fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
    if "PTSerif-Regular.ttf" not in fonts:
        raise RuntimeError(f"PT Serif is missing from the fonts folder ({fonts})")
    for language in ("kk", "ru"):
        resource_path("translations", f"derbes_{language}.qm")
    templates = list(resource_path("templates", "letters").rglob("*.*"))
    if not templates:
        raise RuntimeError("no letter templates")
    icons = list(resource_path("icons").glob("derbes-*.png"))
    if not icons:
        raise RuntimeError("no icons")
    resource_path("demo", "operators.toml")
    from app.ui.dialogs.about import version

    if not version():
        raise RuntimeError("the package metadata (the About dialog's version) is missing")
    return f"Derbes {version()}: {len(fonts)} fonts, {len(templates)} templates, {len(icons)} icons"


def open_demo(folder: Path):
    from app.services import demo
    from app.services.startup import open_database

    ctx, _state = open_database(folder / "smoke.sqlite3")
    made = demo.build(ctx, subjects=12, requests=16, seed=2026)
    return ctx, f"demo database with {made.get('requests', '?')} requests"


def render_letter(ctx) -> str:
    from app.services import letters
    from app.services.letters.offer import sample_requests

    found = sample_requests(ctx, "acknowledgement", "kk", limit=10)
    if not found:
        raise RuntimeError("the demo database has no request to acknowledge")
    request = found[0]
    letter = letters.build(ctx, request.id, "acknowledgement", "kk")
    pdf = letters.render(letter, "pdf")
    docx = letters.render(letter, "docx")
    if not pdf.startswith(b"%PDF") or b"PTSerif" not in pdf:
        raise RuntimeError("the PDF is not a PDF with PT Serif embedded")
    if not docx.startswith(b"PK"):
        raise RuntimeError("the DOCX is not a Word file")
    return f"{request.reg_number}: PDF {len(pdf)} bytes, DOCX {len(docx)} bytes"


def show_window(ctx, folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import install_translations
    from app.ui.icons import app_icon
    from app.ui.main_window import MainWindow
    from app.ui.operations import Operations
    from app.ui.prefs import Prefs

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setWindowIcon(app_icon())
    translators = install_translations(app, "kk")
    if not translators:
        raise RuntimeError("the Kazakh translation did not load")
    ops = Operations(ctx)
    try:
        window = MainWindow(ops, Prefs(folder / "prefs" / "derbes.ini"))
        window.show()
        app.processEvents()
        image = window.grab()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        app.processEvents()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the main window did not paint")
    finally:
        ops.shutdown()
    return f"main window painted ({image.width()}×{image.height()}, «{title}»)"


def run(out: Callable[[str], None] = print) -> int:
    """Run every step; 0 when all passed, 1 at the first failure (named on stderr)."""
    with tempfile.TemporaryDirectory(prefix="derbes-smoke-") as tmp:
        folder = Path(tmp)
        _isolate(folder)
        ctx = None
        step = STEPS[0]
        try:
            out(f"smoke: resources: {check_resources()}")
            step = "database"
            ctx, said = open_demo(folder)
            out(f"smoke: database: {said}")
            step = "letter"
            out(f"smoke: letter: {render_letter(ctx)}")
            step = "window"
            out(f"smoke: window: {show_window(ctx, folder)}")
        except Exception as exc:
            traceback.print_exc()
            print(f"smoke: FAILED at {step}: {exc}", file=sys.stderr)
            return 1
        finally:
            if ctx is not None:
                ctx.db.dispose()
        out("smoke: passed")
        return 0
