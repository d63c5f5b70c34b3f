"""The one strict JSON loader for files from outside (case files, learning bundles).

Python's `json` takes more than JSON: NaN and Infinity, numbers of any length, a member name twice
(the last one silently wins). Here:

- the bytes must be UTF-8 (a byte-order mark only when the caller allows it) and at most
  `max_bytes` long, checked before anything is decoded;
- NaN, Infinity, a number too large for a float and a number written with more than
  `MAX_NUMBER_DIGITS` characters are read as a `NotJson` stand-in that no schema type accepts,
  so a schema check refuses them at their place;
- a member name twice in one object, and nesting deeper than `max_depth`, are flaws at their
  place (the interpreter's own recursion guard stops anything deeper still, without a crash).

`read_json` returns the value with every flaw, for a reader that reports all problems at once;
`load_json` refuses the first flaw with a `JsonLoadError`. Lone surrogates (``"\\ud800"``) are
valid JSON and are left to the text rules of whoever reads the strings.
"""

from __future__ import annotations

import codecs
import json
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from veldwerk.strict_json.errors import JsonLoadError, JsonPath

__all__ = ["MAX_NUMBER_DIGITS", "JsonFlaw", "Loaded", "NotJson", "load_json", "read_json"]

MAX_NUMBER_DIGITS = 100
"""A number written with more characters is no count or date of any file here; reading it would
only cost time (Python reads a long integer in quadratic time)."""

FlawKind = Literal["duplicate_key", "not_a_number", "number_too_long", "too_deep"]


class NotJson:
    """Stands in for a value JSON does not have; `kind` says which."""

    __slots__ = ("kind",)

    def __init__(self, kind: FlawKind) -> None:
        self.kind: FlawKind = kind

    def __repr__(self) -> str:
        return "<not a JSON value>"


_NOT_A_NUMBER = NotJson("not_a_number")
_NUMBER_TOO_LONG = NotJson("number_too_long")


class _Repeated(dict[str, Any]):
    """A JSON object in which some member names occur more than once (the last one is kept)."""

    repeated: tuple[str, ...] = ()


@dataclass(frozen=True)
class JsonFlaw:
    """Something at `path` that parsed but is not strict JSON; for ``duplicate_key`` the path
    ends with the repeated name."""

    path: JsonPath
    kind: FlawKind


@dataclass(frozen=True)
class Loaded:
    """A parsed document and its flaws (none for a sound document)."""

    value: Any
    flaws: tuple[JsonFlaw, ...]


class _Parse:
    """The hooks of one parse; `noticed` when any of them met something to report."""

    def __init__(self) -> None:
        self.noticed = False

    def object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        self.noticed = True
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _value in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        marked = _Repeated(result)
        marked.repeated = tuple(dict.fromkeys(repeated))
        return marked

    def integer(self, text: str) -> int | NotJson:
        if len(text) <= MAX_NUMBER_DIGITS:
            return int(text)
        self.noticed = True
        return _NUMBER_TOO_LONG

    def real(self, text: str) -> float | NotJson:
        if len(text) > MAX_NUMBER_DIGITS:
            self.noticed = True
            return _NUMBER_TOO_LONG
        value = float(text)
        if math.isfinite(value):
            return value
        self.noticed = True
        return _NOT_A_NUMBER

    def constant(self, _name: str) -> NotJson:
        self.noticed = True
        return _NOT_A_NUMBER


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _within(value: Any, max_depth: int) -> bool:
    """No container nested deeper than `max_depth` (the quick look, no places built)."""
    stack: list[tuple[Any, int]] = [(value, 0)] if isinstance(value, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            return False
        children = node.values() if isinstance(node, dict) else node
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list))
    return True


def _flaws(value: Any, max_depth: int | None) -> Iterator[JsonFlaw]:
    """Every flaw, walked without recursion; nothing below a place that is too deep."""
    stack: list[tuple[Any, JsonPath]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if max_depth is not None and len(path) > max_depth:
            yield JsonFlaw(path, "too_deep")
        elif isinstance(node, dict):
            if isinstance(node, _Repeated):
                yield from (JsonFlaw((*path, key), "duplicate_key") for key in node.repeated)
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))
        elif isinstance(node, NotJson):
            yield JsonFlaw(path, node.kind)


_LITERALS = ("true", "false", "null", "NaN", "Infinity", "-Infinity")
"""Words a text cut off in the middle of one ends with a prefix of."""


def read_json(
    data: bytes, *, max_bytes: int, max_depth: int | None = None, allow_bom: bool = False
) -> Loaded:
    """The JSON value of `data` and its flaws (see the module).

    Raises `JsonLoadError` for what cannot be read at all: ``too_large``, ``not_utf8``,
    ``syntax``, and ``too_deep`` when the nesting is beyond even the interpreter's guard."""
    if len(data) > max_bytes:
        raise JsonLoadError("too_large", size=len(data), limit=max_bytes)
    if allow_bom and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line, column = _line_and_column(data, e.start)
        raise JsonLoadError("not_utf8", line=line, column=column) from None
    parse = _Parse()
    try:
        value = json.loads(
            text,
            object_pairs_hook=parse.object,
            parse_int=parse.integer,
            parse_float=parse.real,
            parse_constant=parse.constant,
        )
    except json.JSONDecodeError as e:
        rest = text[e.pos :]
        cut_off = (
            e.pos >= len(text) - 1
            or e.msg.startswith("Unterminated string")
            or any(word.startswith(rest) for word in _LITERALS)  # "fa" of a cut-off "false"
        )
        raise JsonLoadError("syntax", line=e.lineno, column=e.colno, cut_off=cut_off) from None
    except RecursionError:
        limit = max_depth if max_depth is not None else sys.getrecursionlimit()
        raise JsonLoadError("too_deep", limit=limit) from None
    if not parse.noticed and (max_depth is None or _within(value, max_depth)):
        return Loaded(value, ())
    return Loaded(value, tuple(_flaws(value, max_depth)))


def load_json(
    data: bytes, *, max_bytes: int, max_depth: int | None = None, allow_bom: bool = False
) -> Any:
    """The JSON value of `data`; any flaw refuses it with a `JsonLoadError` at its place."""
    loaded = read_json(data, max_bytes=max_bytes, max_depth=max_depth, allow_bom=allow_bom)
    for flaw in loaded.flaws:
        limit = max_depth if flaw.kind == "too_deep" and max_depth is not None else 0
        raise JsonLoadError(flaw.kind, path=flaw.path, limit=limit)
    return loaded.value
