"""Render each screen of the window on a demo database to PNG files (offscreen).

    python scripts/screenshots.py OUTPUT_DIR [--language kk|ru|en]

Used by `make screenshots` for the README and for review. The demo database is built in a
temporary folder; the user's own data and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--language", default="en", choices=["en", "kk", "ru"])
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from app.services import demo, register
        from app.services.startup import open_database
        from app.ui.application import install_translations
        from app.ui.main_window import MainWindow
        from app.ui.operations import Operations
        from app.ui.prefs import LANGUAGE, Prefs

        app = QApplication(sys.argv[:1])
        install_translations(app, args.language)
        ctx, _ = open_database(Path(tmp) / "demo.sqlite3")
        demo.build(ctx, subjects=300, requests=400, seed=2026)
        ops = Operations(ctx)
        prefs = Prefs(Path(tmp) / "derbes.ini")
        prefs.set(LANGUAGE, args.language)  # as if chosen in Settings › General
        window = MainWindow(ops, prefs)
        window.resize(1360, 820)
        window.show()

        def settle(ms: int = 400) -> None:
            loop = QEventLoop()
            deadline = [ms]

            def tick():
                deadline[0] -= 50
                if ops.idle and deadline[0] <= 0:
                    loop.quit()

            timer = QTimer()
            timer.timeout.connect(tick)
            timer.start(50)
            loop.exec()
            timer.stop()

        written = []

        def shoot(widget, name: str) -> None:
            path = args.output / f"{name}-{args.language}.png"  # stable names for the README
            widget.grab().save(str(path))
            written.append(path)

        for row, (key, screen) in enumerate(window.screens.items()):
            window.nav.setCurrentRow(row)
            settle()
            shoot(window, key)
            tabs = getattr(screen, "tabs", None)
            if key != "settings" or tabs is None:  # a screen's own tab bar: its first tab
                continue
            for index in range(1, tabs.count()):  # Settings: every page
                tabs.setCurrentIndex(index)
                settle(800)
                shoot(window, f"{key}-{tabs.widget(index).objectName() or index}")

        # The case view of an open request that has a clock stop, an extension or scans.
        rows = register.list_requests(ctx, register.RequestFilter(open_only=True), limit=1)
        if rows:
            window.open_case(rows[0].id)
            settle(800)
            case = window._case_windows[rows[0].id]
            case.resize(1200, 800)
            settle()
            shoot(case, "case")
            dialog = case.lettersPanel.prepare_letter()
            dialog.resize(1200, 800)
            settle(1500)  # the preview is rendered on the pool
            shoot(dialog, "prepare-letter")
            dialog.close()
            settle()
            case.close()
        window.new_letter()
        settle()
        from app.ui.dialogs.register_letter import RegisterLetterDialog

        dialog = window.findChild(RegisterLetterDialog)
        if dialog is not None:
            settle(600)
            shoot(dialog, "register-letter")
            dialog.reject()
        window.close()
        ops.shutdown()
        ctx.db.dispose()
        for path in written:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
