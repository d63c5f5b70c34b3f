"""What the command line writes to a terminal: stored text never reaches it raw.

A name or note can hold characters a terminal acts on instead of showing: ESC starts a control
sequence (colours, a moved cursor, a changed window title; ESC]52 even writes the clipboard), C1
characters do the same on some terminals, a carriage return overwrites the line, and a
reading-direction override makes a line read differently from what it holds. Every text the
command line prints goes through `terminal_text`, which writes such characters as visible escapes
(``\\x1b``, ``\\u202e``); `json_text` does the same for `--json` output, as JSON escapes, so the
output stays valid JSON with the same value.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["json_text", "terminal_text"]

_ACTIVE = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
"""Control characters (C0 but newline, DEL, C1), line and paragraph separators, bidi embeddings,
overrides and isolates, and lone surrogates (which cannot even be written as UTF-8)."""

_IN_TEXT = re.compile(f"[{_ACTIVE}]")
_IN_LINE = re.compile(f"[{_ACTIVE}\n]")


def _escape(found: re.Match[str]) -> str:
    point = ord(found.group())
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """`text` with every character a terminal would act on written as a visible escape; line
    breaks are kept, unless `one_line` (a value inside a line: a table cell, ``key = value``)."""
    return (_IN_LINE if one_line else _IN_TEXT).sub(_escape, text)


def _json_escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def json_text(value: Any, **options: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, **options)`, readable (letters such as ë stay as
    they are) with every character `terminal_text` escapes written as a JSON ``\\uXXXX`` escape.
    json.dumps escapes C0 itself; this adds DEL, C1, the separators, bidi and lone surrogates.
    Those occur only inside JSON strings, where an escape means the same character."""
    return _IN_TEXT.sub(_json_escape, json.dumps(value, ensure_ascii=False, **options))
