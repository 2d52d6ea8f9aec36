"""Small programs the benchmark starts in a fresh process, each printing one marker line when
the moment it times has come: ``python -m tests.benchmarks.probes NAME [ARGS]``.

- ``bare-window``: a bare PySide6 window, shown and painted once (the start-up's anchor);
- ``letter-dialog DB REQUEST_ID``: the window's process is up (application, database,
  operations); then the first Prepare-letter dialog is opened, timed from the click to its
  preview showing the PDF (``dialog <seconds>``).
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def bare_window() -> int:
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])

    class Window(QLabel):
        def event(self, event) -> bool:
            done = super().event(event)
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.perf_counter() - STARTED:.4f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return done

    window = Window("Derbes")
    window.resize(1200, 800)
    window.show()
    return app.exec()


def letter_dialog(db: str, request_id: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.startup import open_database
    from app.ui.operations import Operations
    from app.ui.prefs import Prefs

    app = QApplication(sys.argv[:1])
    ctx, _ = open_database(db)
    ops = Operations(ctx)
    prefs = Prefs()
    state = {}

    def click() -> None:
        state["start"] = time.perf_counter()
        from app.ui.letters.prepare_dialog import PrepareLetterDialog

        dialog = state["dialog"] = PrepareLetterDialog(ops, prefs, int(request_id), None)
        dialog.resize(1200, 760)
        dialog.show()
        poll.start()

    def check() -> None:
        dialog = state["dialog"]
        if dialog.ui.preview.showing_pdf:
            print(f"dialog {time.perf_counter() - state['start']:.4f}", flush=True)
            poll.stop()
            dialog.close()
            app.quit()

    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(check)
    QTimer.singleShot(0, click)
    code = app.exec()
    ops.shutdown()
    ctx.db.dispose()
    return code


if __name__ == "__main__":
    name, *args = sys.argv[1:]
    probes = {"bare-window": bare_window, "letter-dialog": letter_dialog}
    sys.exit(probes[name](*args))
