"""The canonical encoding every signature in a learning bundle is made over, and the one way
to read it back.

JSON with the keys of every object sorted, no whitespace, only ASCII (everything else as
``\\uXXXX`` escapes, lower-case hex, surrogate pairs above U+FFFF), no floats, no NaN. It is exactly
Python's ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
allow_nan=False)``; `docs/learning-bundle.md` describes how to check it without Python.

`parse_canonical` reads bytes that must be exactly the canonical encoding of what they hold: the
value is parsed (C speed, no hooks but for the numbers JSON reads as floats and for NaN and
Infinity, which are refused at once) and encoded again, and the two must be equal byte for byte.
That one comparison refuses a member name twice (the second copy is gone from the value),
whitespace, another order of members, another escape of the same character, ``1.0`` or ``1e0``
where ``1`` is meant, and leading zeros, whatever any JSON reader would have made of them.

Its cost is bounded before parsing starts: at most `max_values` JSON values (an upper bound is
counted in the text at C speed), so a signed file of ``[0,0,0,...]`` cannot make millions of
objects; beyond that, the text, the parsed strings and the text encoded again are each about the
size of `data`.
"""

from __future__ import annotations

import json
from typing import Any

_CHUNK = 4096


def canonical_json(value: Any) -> bytes:
    """`value` in the canonical encoding (ASCII bytes)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


class NotCanonical(ValueError):
    """Bytes that are not the canonical encoding of a value. `syntax`: not JSON at all;
    `detail`: what and where, without any of the content."""

    def __init__(self, detail: str, *, syntax: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.syntax = syntax


class _Refused(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def _no_float(_text: str) -> Any:
    raise _Refused("a number with a fraction or an exponent")


def _no_constant(_text: str) -> Any:
    raise _Refused("NaN or Infinity")


def parse_canonical(data: bytes | memoryview, *, max_values: int | None = None) -> Any:
    """The JSON value of `data`, which must be its canonical encoding; `NotCanonical` if not,
    also when it would hold more than `max_values` values."""
    try:
        text = str(data, "ascii")
    except UnicodeDecodeError as exc:
        raise NotCanonical(f"a byte outside ASCII at byte {exc.start}") from None
    if max_values is not None and _value_bound(text) > max_values:
        raise NotCanonical(f"more than {max_values} JSON values")
    try:
        value = json.loads(text, parse_float=_no_float, parse_constant=_no_constant)
    except _Refused as exc:
        raise NotCanonical(exc.what) from None
    except json.JSONDecodeError as exc:
        raise NotCanonical(f"not JSON at byte {exc.pos}", syntax=True) from None
    except RecursionError:
        raise NotCanonical("nested too deeply", syntax=True) from None
    except ValueError:  # an integer with more digits than Python reads
        raise NotCanonical("a number too long", syntax=True) from None
    encoded = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    )
    if encoded != text:  # compared as text: one copy fewer than as bytes
        raise NotCanonical(
            f"not the canonical encoding from byte {_first_difference(encoded, text)}"
        )
    return value


def _value_bound(text: str) -> int:
    """At least the number of JSON values in `text`: every value but the first follows a comma,
    a colon or an opening bracket (inside strings these only make the bound larger)."""
    return text.count(",") + text.count(":") + text.count("[") + 1


def _first_difference(a: str, b: str) -> int:
    at = 0
    while at < min(len(a), len(b)) and a[at : at + _CHUNK] == b[at : at + _CHUNK]:
        at += _CHUNK
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return at
