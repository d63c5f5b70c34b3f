"""The quick check: the first rule a value breaks, or None, at the least cost.

It runs on every file that is read, so the common shapes are fused into one function each: an
object with its type, required and known members; an array with its type, counts, items and
uniqueness; a whole number, a text or a code accepted on one line, with the general judgement
(`keywords`) only when that line says no. What it accepts is exactly what `walk` finds nothing in
(the tests hold both to `jsonschema`); which error comes first may differ.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from veldwerk.strict_json import keywords
from veldwerk.strict_json.compiled import Check, Failure, Node, Schema, Subs


def quick(node: Schema, predicates: Mapping[str, keywords.Predicate], subs: Subs) -> Check:
    rest = dict(predicates)
    kind = node.get("type")
    checks: list[Check] = []
    if kind == "object":
        del rest["type"]
        checks.append(_object(node, subs, typed=True))
    elif kind == "array":
        del rest["type"]
        for keyword in ("minItems", "maxItems", "uniqueItems"):
            rest.pop(keyword, None)
        checks.append(_array(node, subs, typed=True))
    else:
        if (
            "required" in node
            or subs.properties
            or subs.additional is not True
            or subs.names is not None
        ):
            checks.append(_object(node, subs, typed=False))
        if subs.items is not None:
            checks.append(_array(node, subs, typed=False))
    if rest:
        checks.insert(0, _scalar(node, rest))
    if subs.ref is not None:
        checks.append(subs.ref.check)
    if subs.one_of:
        checks.append(_one_of(node, [s.check for s in subs.one_of]))
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    if not checks:
        return lambda v: None
    if len(checks) == 1:
        return checks[0]

    def all_of(v: Any) -> Failure | None:
        for check in checks:
            failure = check(v)
            if failure is not None:
                return failure
        return None

    return all_of


def _judge(node: Schema, predicates: Mapping[str, keywords.Predicate]) -> Check:
    pairs = list(predicates.items())
    if len(pairs) == 1:
        keyword, ok = pairs[0]
        return lambda v: None if ok(v) else ([], keyword, node, v)

    def judge(v: Any) -> Failure | None:
        for keyword, ok in pairs:
            if not ok(v):
                return [], keyword, node, v
        return None

    return judge


def _scalar(node: Schema, predicates: Mapping[str, keywords.Predicate]) -> Check:
    """The judgement of the simple keywords, behind a one-line yes for the usual value: a whole
    number in its bounds, a text of a fitting length or format, a code of the list, true or
    false, and null where the type takes it."""
    judge = _judge(node, predicates)
    kind = node.get("type")
    kinds = {kind} if isinstance(kind, str) else set(kind or ())
    nullable = "null" in kinds
    kinds.discard("null")
    used = set(predicates) - {"type"}
    if kinds == {"integer"} and used <= {"minimum", "maximum"} and not nullable:
        low, high = node.get("minimum", -math.inf), node.get("maximum", math.inf)
        return lambda v: None if type(v) is int and low <= v <= high else judge(v)
    if kinds == {"boolean"} and not used and not nullable:
        return lambda v: None if type(v) is bool else judge(v)
    if kinds == {"string"} and used <= {"minLength", "maxLength"}:
        shortest, longest = node.get("minLength", 0), node.get("maxLength", math.inf)
        if nullable:
            return lambda v: (
                None
                if v is None or (type(v) is str and shortest <= len(v) <= longest)
                else judge(v)
            )
        return lambda v: None if type(v) is str and shortest <= len(v) <= longest else judge(v)
    if kinds == {"string"} and used == {"format"}:
        fits = predicates["format"]
        if nullable:
            return lambda v: None if v is None or (type(v) is str and fits(v)) else judge(v)
        return lambda v: None if type(v) is str and fits(v) else judge(v)
    options = node.get("enum", [node["const"]] if "const" in node else None)
    if options is not None and kinds <= {"string"} and used in ({"enum"}, {"const"}):
        none_too = nullable or kind is None
        allowed = frozenset(o for o in options if type(o) is str or (o is None and none_too))
        return lambda v: None if (type(v) is str or v is None) and v in allowed else judge(v)
    return judge


def _object(node: Schema, subs: Subs, *, typed: bool) -> Check:
    required = tuple(node.get("required", ()))
    properties = {k: s.check for k, s in subs.properties.items()}
    other = subs.additional.check if isinstance(subs.additional, Node) else None
    closed = subs.additional is False
    names = subs.names.check if subs.names is not None else None

    def check(v: Any) -> Failure | None:
        if not isinstance(v, dict):
            return ([], "type", node, v) if typed else None
        for name in required:
            if name not in v:
                return [name], "required", node, v
        for key, member in v.items():
            if names is not None:
                failure = names(key)
                if failure is not None:
                    return failure
            sub = properties.get(key)
            if sub is None:
                if closed:
                    return [key], "additionalProperties", node, v
                sub = other
            if sub is not None:
                failure = sub(member)
                if failure is not None:
                    failure[0].append(key)
                    return failure
        return None

    return check


def _array(node: Schema, subs: Subs, *, typed: bool) -> Check:
    item = subs.items.check if subs.items is not None else None
    fewest, most = node.get("minItems", 0), node.get("maxItems", math.inf)
    unique = bool(node.get("uniqueItems", False))
    counted = typed and ("minItems" in node or "maxItems" in node)

    def check(v: Any) -> Failure | None:
        if not isinstance(v, list):
            return ([], "type", node, v) if typed else None
        if counted and len(v) < fewest:
            return [], "minItems", node, v
        if counted and len(v) > most:
            return [], "maxItems", node, v
        if item is not None:
            for element in v:
                failure = item(element)
                if failure is not None:
                    failure[0].append(_position(v, element))
                    return failure
        if typed and unique and len(v) > 1 and not keywords.unique(v):
            return [], "uniqueItems", node, v
        return None

    return check


def _position(items: list[Any], element: Any) -> int:
    """Where `element` is (the first time this very object occurs: an earlier occurrence would
    have failed first)."""
    return next(i for i, e in enumerate(items) if e is element)


def _one_of(node: Schema, options: list[Check]) -> Check:
    def check(v: Any) -> Failure | None:
        passed = sum(1 for option in options if option(v) is None)
        return None if passed == 1 else ([], "oneOf", node, v)

    return check
