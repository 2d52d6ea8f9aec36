"""Loading, once the dashboard is painted, what the first case and Prepare-letter dialog need.

The window starts with the dashboard alone; a case window and the Prepare-letter dialog need
the letter services (templates, reportlab and its fonts, python-docx) and Qt's PDF and print
modules, which together take longer to load than the window took to start. While the officer
reads the dashboard they are loaded: the services on a thread of their own (services import no
Qt), then the windows' own modules on the GUI thread, one per turn of the event loop, so that
a click is never kept waiting longer than one module. Whatever is not loaded yet when the
officer gets there is simply loaded then, as without this.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

# Needed by a case and its letters, free of Qt: loaded off the GUI thread.
SERVICES = ("app.services.letters", "app.services.case", "app.letters.word")
# The windows themselves (Qt modules: imported on the GUI thread).
WINDOWS = ("app.ui.case_view", "app.ui.letters.prepare_dialog")


def _load_services(modules: Sequence[str], stopped: threading.Event) -> None:
    for name in modules:
        if stopped.is_set():
            return
        importlib.import_module(name)
    from app.letters import fonts

    fonts.register()  # the letters' fonts parsed once per process, before the first preview


class Prewarm(QObject):
    """Loads :data:`SERVICES` on a thread, then :data:`WINDOWS` on the GUI thread; ``done`` is
    emitted when everything is loaded (or a load failed: then it is loaded when used)."""

    _services_loaded = Signal()
    done = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        services: Sequence[str] = SERVICES,
        windows: Sequence[str] = WINDOWS,
    ):
        super().__init__(parent)
        self.services, self.windows = tuple(services), list(windows)
        self._thread: threading.Thread | None = None
        self.finished = False  # everything loaded (or given up)
        self._stopped = threading.Event()
        self._ops = None
        self._services_loaded.connect(self._next_window)  # queued: emitted by the thread

    def start_when_idle(self, ops) -> None:
        """Start once ``ops`` has nothing the window waits for: the dashboard's own load goes
        first (work aside, the day's backup, does not hold it back)."""
        if not ops.busy:
            self.start()
        else:
            self._ops = ops
            ops.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._ops is not None:
            self._ops.busy_changed.disconnect(self._busy_changed)
            self._ops = None
            self.start()

    def stop(self) -> None:
        """Load nothing more (the window closes): the thread ends after its current module."""
        self._stopped.set()
        self.windows.clear()
        if self._ops is not None:
            self._ops.busy_changed.disconnect(self._busy_changed)
            self._ops = None

    def start(self) -> None:
        if self._thread is None and not self._stopped.is_set():
            self._thread = threading.Thread(
                target=self._run_services, name="derbes-prewarm", daemon=False
            )
            self._thread.start()

    def _run_services(self) -> None:  # on the thread
        try:
            _load_services(self.services, self._stopped)
        except Exception:  # loaded again, and failing in its own place, when it is used
            log.exception("loading the letter services ahead failed")
        if self._stopped.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the window went away, without being closed
            self._services_loaded.emit()

    def _next_window(self) -> None:
        if self._stopped.is_set():
            return
        if not self.windows:
            self.finished = True
            self.done.emit()
            return
        name = self.windows.pop(0)
        try:
            importlib.import_module(name)
        except Exception:
            log.exception("loading %s ahead failed", name)
        QTimer.singleShot(0, self, self._next_window)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the thread (the end of the program, tests)."""
        if self._thread is not None:
            self._thread.join(timeout)
