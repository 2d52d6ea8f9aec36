"""What the command line prints: JSON or text, with control characters and direction overrides
escaped so that stored text can never drive the terminal or reorder what it shows."""

from __future__ import annotations

import datetime as dt
from typing import Any


def _emit(args, data: Any, text: str) -> None:
    """Print a result: JSON (escaped by json itself) or text with every control character and
    direction override shown as ``\\x1b``/``\\u202e`` (stored before the input rules refused them,
    they would otherwise drive the terminal or reorder what it shows)."""
    if args.json:
        print(_json_text(data))
    else:
        print("\n".join(_clean(line, keep="\t") for line in text.split("\n")))


def _clean(text: str, keep: str = "") -> str:
    """``text`` safe for a terminal: control, override and surrogate characters escaped."""
    return "".join(ch if ch in keep or not _unsafe(ch) else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def _json_text(data: Any) -> str:
    """JSON keeping every script readable; what json leaves raw (C1 controls, overrides, line
    separators, lone surrogates) is written as a ``\\uXXXX`` escape, which JSON reads back."""
    import json  # (only a call that prints JSON loads it)

    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    return "".join(f"\\u{ord(ch):04x}" if _unsafe(ch) and ch != "\n" else ch for ch in text)


def _unsafe(ch: str) -> bool:
    import unicodedata

    from app.domain.request_input import BIDI_CONTROLS

    return ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def _json_default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)
