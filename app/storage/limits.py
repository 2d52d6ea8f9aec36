"""The database timeouts, from the environment (tests make them short) or their defaults; read
by the engines (``app.storage.database``) and by the driver-only reads (``app.storage.direct``),
without loading SQLAlchemy."""

from __future__ import annotations

import os


def _env_int(name: str, default: int) -> int:
    """A timeout from the environment, else the default."""
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


BUSY_TIMEOUT_MS = _env_int("DERBES_BUSY_TIMEOUT_MS", 30_000)
CONNECT_TIMEOUT_S = _env_int("DERBES_CONNECT_TIMEOUT_S", 10)
STATEMENT_TIMEOUT_S = _env_int("DERBES_STATEMENT_TIMEOUT_S", 60)
