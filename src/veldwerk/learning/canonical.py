"""The canonical encoding every signature in a learning bundle is made over.

JSON with the keys of every object sorted, no whitespace, only ASCII (everything else as
``\\uXXXX`` escapes, lower-case hex, surrogate pairs above U+FFFF), no floats, no NaN. It is exactly
Python's ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
allow_nan=False)``; `docs/learning-bundle.md` describes how to check it without Python.
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """`value` in the canonical encoding (ASCII bytes)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")
