"""The JSON Schema keywords that judge a value on its own (no descent into members or items).

Each is a predicate ``value -> bool`` with Draft 2020-12 meaning: a keyword about strings passes
anything that is not a string (the ``type`` keyword refuses that), and so on for numbers, arrays.
Equality is JSON's: ``true`` is not ``1``, ``1`` is ``1.0``, member order does not matter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

Predicate = Callable[[Any], bool]


def _is_integer(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


TYPES: Mapping[str, Predicate] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def of_type(names: str | list[str]) -> Predicate:
    wanted = [names] if isinstance(names, str) else list(names)
    unknown = [n for n in wanted if n not in TYPES]
    if unknown or not wanted:
        raise ValueError(f"unknown JSON types: {unknown}")
    tests = [TYPES[n] for n in wanted]
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(test(v) for test in tests)


def _normal(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    return value


def json_key(value: Any) -> str:
    """Equal keys for values JSON calls equal. Raises TypeError for what is no JSON value."""
    return json.dumps(_normal(value), sort_keys=True, separators=(",", ":"))


def equal_to(options: list[Any]) -> Predicate:
    """``enum`` (and ``const``, one option)."""
    texts = frozenset(o for o in options if isinstance(o, str))
    others = frozenset(json_key(o) for o in options if not isinstance(o, str))

    def ok(v: Any) -> bool:
        if isinstance(v, str):
            return v in texts
        try:
            return json_key(v) in others
        except (TypeError, ValueError):
            return False

    return ok


def unique(v: Any) -> bool:
    """``uniqueItems: true``."""
    if not isinstance(v, list) or len(v) < 2:
        return True
    try:
        if len(set(v)) == len(v):
            return True  # values JSON calls equal are equal in Python too (true and 1 are not)
    except TypeError:
        pass  # a list or object among them
    return len({_key_or_identity(x) for x in v}) == len(v)


def _key_or_identity(value: Any) -> str:
    """What is no JSON value (a reader's stand-in) equals only itself."""
    try:
        return json_key(value)
    except (TypeError, ValueError):
        return f"\0{id(value)}"


def pattern(source: str) -> Predicate:
    """``pattern``, with ECMA-262's meaning of a final ``$``: the very end of the text (Python's
    ``$`` also matches before a final newline)."""
    if source.endswith("$") and not source.endswith("\\$"):
        source = source[:-1] + r"\Z"
    compiled = re.compile(source)
    return lambda v: not isinstance(v, str) or compiled.search(v) is not None


def text_format(check: Callable[[str], bool]) -> Predicate:
    """``format``, asserted for strings with the caller's check."""
    return lambda v: not isinstance(v, str) or check(v)


def min_length(low: int) -> Predicate:
    return lambda v: not isinstance(v, str) or len(v) >= low


def max_length(high: int) -> Predicate:
    return lambda v: not isinstance(v, str) or len(v) <= high


def minimum(low: float) -> Predicate:
    return lambda v: not _is_number(v) or v >= low


def maximum(high: float) -> Predicate:
    return lambda v: not _is_number(v) or v <= high


def min_items(low: int) -> Predicate:
    return lambda v: not isinstance(v, list) or len(v) >= low


def max_items(high: int) -> Predicate:
    return lambda v: not isinstance(v, list) or len(v) <= high


BY_VALUE: Mapping[str, Callable[[Any], Predicate]] = {
    "pattern": pattern,
    "minLength": min_length,
    "maxLength": max_length,
    "minimum": minimum,
    "maximum": maximum,
    "minItems": min_items,
    "maxItems": max_items,
}
"""The keywords whose predicate is made from their value alone."""
