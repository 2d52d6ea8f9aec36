"""Letter files: their default names, and writing them whole or not at all (window and CLI)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_stem(reg_number: str, kind: str, language: str = "", out_number: str = "") -> str:
    """``ДД-2026-0042_refusal_kk``: the registration number, the kind and the language; a final
    letter adds its outgoing number."""
    parts = [reg_number, kind, language]
    if out_number:
        parts.append(f"№{out_number}")
    return "_".join(_UNSAFE.sub("-", p).strip("-") for p in parts if p)


def write_file(path: Path, data: bytes) -> None:
    """Write next to the target, then rename: the file appears whole or not at all."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
