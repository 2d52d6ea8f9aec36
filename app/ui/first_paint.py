"""`python -m app.ui.first_paint [derbes arguments]`: start the window exactly as `derbes` does,
and quit once the dashboard has been painted with its counts (the benchmark's start-up figure).

The application object is made first (``run_gui`` takes the one that exists) with an event
filter that waits for the first paint of a widget of the dashboard screen after the screen has
shown its counts; then it prints ``first-paint <seconds since this module started>`` and quits.
With ``DERBES_FIRST_PAINT_SCREEN=requests`` it goes on to the Requests screen and quits once its
first rows are painted (the window's memory with the register open); with
``DERBES_FIRST_PAINT_UNTIL_IDLE=1`` as well it then waits until the window has done the
work of its start (loaded ahead what a case needs, made the day's backup if one was due) and
prints ``idle <seconds since the start>`` before it quits. With
``DERBES_FIRST_PAINT_LETTER=<request id>`` it waits, after the dashboard's paint, until the
window has loaded ahead what a case and its letters need (``prewarm``; it prints
``prewarmed <seconds since the start>``), then opens the Prepare-letter dialog of that request
as its case's button does and prints ``dialog <seconds from the click to the preview showing
the PDF>``. When it ends (its worker finished) it prints
``peak-mb <megabytes>``: the process's own high-water mark of resident memory (``VmHWM``). The
kernel's accounting that a parent reads when the child ends (``ru_maxrss``) is no use here: a
child started by ``vfork``+``exec`` (Python's ``subprocess``) inherits the parent's high-water
mark, so a benchmark process that once held 2 GB reads 2 GB for every window it starts. Nothing
of this runs in `derbes` itself.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


def _screen_of(widget, name: str):
    while widget is not None:
        if type(widget).__name__ == name:
            return widget
        widget = widget.parentWidget()
    return None


def peak_mb() -> float | None:
    """This process's peak resident memory in MB (Linux ``VmHWM``), None where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def main(argv: list[str]) -> int:
    from app.cli import main as derbes  # first, as the `derbes` script imports it
    from app.services.startup import load_database_layer

    load_database_layer()  # as `derbes` does before it loads Qt
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    then = os.environ.get("DERBES_FIRST_PAINT_SCREEN", "")
    letter = os.environ.get("DERBES_FIRST_PAINT_LETTER", "")
    until_idle = bool(os.environ.get("DERBES_FIRST_PAINT_UNTIL_IDLE"))
    if letter:
        then = "letter"

    class Probe(QObject):
        def __init__(self):
            super().__init__()
            self.stage = "dashboard"

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget):
                return False
            if self.stage == "dashboard":
                screen = _screen_of(obj, "DashboardScreen")
                if screen is not None and getattr(screen, "board", None) is not None:
                    self.stage = "done" if not then else "register"
                    print(f"first-paint {time.perf_counter() - STARTED:.4f}", flush=True)
                    QTimer.singleShot(0, self.next_step if then else app.quit)
            elif self.stage == "register-shown":
                screen = _screen_of(obj, "RequestsScreen")
                model = getattr(screen, "model", None) if screen is not None else None
                if model is not None and model.rowCount() and model.is_row_loaded(0):
                    self.stage = "done"
                    print(f"register-paint {time.perf_counter() - STARTED:.4f}", flush=True)
                    if until_idle:
                        self.stage = "idle"
                        self.poll = QTimer(self, interval=50, timeout=self._poll)
                        self.poll.start()
                    else:
                        QTimer.singleShot(0, app.quit)
            return False

        def next_step(self) -> None:
            if letter:
                self.stage = "prewarm"
                self.poll = QTimer(self, interval=5, timeout=self._poll)
                self.poll.start()
                return
            for widget in app.topLevelWidgets():
                if hasattr(widget, "show_screen") and widget.isVisible():
                    self.stage = "register-shown"
                    widget.show_screen(then)
                    return

        def _window(self):
            return next((w for w in app.topLevelWidgets() if hasattr(w, "show_screen")), None)

        def _poll(self) -> None:
            window = self._window()
            if self.stage == "idle":
                warm = getattr(window, "_prewarm", None)
                if warm is not None and warm.finished and window.ops.idle:
                    print(f"idle {time.perf_counter() - STARTED:.4f}", flush=True)
                    self.stage = "done"
                    self.poll.stop()
                    QTimer.singleShot(0, app.quit)
            elif self.stage == "prewarm":
                warm = getattr(window, "_prewarm", None)
                if warm is not None and warm.finished and window.ops.idle:
                    print(f"prewarmed {time.perf_counter() - STARTED:.4f}", flush=True)
                    self.stage = "dialog"
                    self.clicked = time.perf_counter()
                    from app.ui.letters.prepare_dialog import PrepareLetterDialog

                    self.dialog = PrepareLetterDialog(window.ops, window.prefs, int(letter), window)
                    self.dialog.resize(1200, 760)
                    self.dialog.show()
            elif self.stage == "dialog" and self.dialog.ui.preview.showing_pdf:
                print(f"dialog {time.perf_counter() - self.clicked:.4f}", flush=True)
                self.stage = "done"
                self.poll.stop()
                self.dialog.close()
                QTimer.singleShot(0, app.quit)

    probe = Probe()
    app.installEventFilter(probe)
    code = derbes(argv)
    peak = peak_mb()  # once the window is closed and its worker has finished
    if peak is not None:
        print(f"peak-mb {peak:.1f}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
