"""Letter files: their default names. (Writing them is ``app.services.outputs.write_file``, the
one writer of every output.)"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_stem(reg_number: str, kind: str, language: str = "", out_number: str = "") -> str:
    """``ДД-2026-0042_refusal_kk``: the registration number, the kind and the language; a final
    letter adds its outgoing number."""
    parts = [reg_number, kind, language]
    if out_number:
        parts.append(f"№{out_number}")
    return "_".join(_UNSAFE.sub("-", p).strip("-") for p in parts if p)
