"""The log file: one rotating file in the platform's log folder, set up when the program starts.

Nothing is configured at import; :func:`configure` is called by the window and the command line
as they start. Every unexpected exception is written here with its traceback
(:func:`log_exception`), so the officer can send the file when something went wrong.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
from pathlib import Path

from app.services import paths

LOG_NAME = "derbes.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("app")
_handler: logging.Handler | None = None


def configure(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Write the program's log to ``folder`` (the platform's log folder by default); idempotent."""
    global _handler
    target = (folder or paths.log_dir()) / LOG_NAME
    if _handler is not None:
        if Path(_handler.baseFilename) == target:
            return target
        shutdown()
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > level:
        root.setLevel(level)
    _handler = handler
    return target


def log_file() -> Path | None:
    """Where the log is written, or None before :func:`configure`."""
    return Path(_handler.baseFilename) if _handler is not None else None


def shutdown() -> None:
    """Stop writing the log file (tests; the end of the program)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_exception(exc: BaseException, where: str = "") -> None:
    """Write an unexpected exception with its traceback, once (a second call does nothing)."""
    if getattr(exc, "derbes_logged", False):
        return
    log.error(
        "unexpected %s%s: %s",
        type(exc).__name__,
        f" in {where}" if where else "",
        exc,
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    with contextlib.suppress(AttributeError):  # an exception type without a __dict__
        exc.derbes_logged = True
