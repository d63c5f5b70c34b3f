"""Every rule a value breaks, keyword by keyword in the schema's order.

The order is `jsonschema`'s (so a reader that keeps the first problem per place reports what it
always did): the keywords of a schema as written, members in the order of ``properties``, unknown
members and items in the value's order. ``required`` gives one error per missing member, at the
member's place; ``additionalProperties: false`` one per unknown member, at its place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from veldwerk.strict_json import keywords
from veldwerk.strict_json.compiled import Collect, Node, Schema, Subs
from veldwerk.strict_json.errors import JsonPath, SchemaError


def walk(
    node: Schema,
    active: list[str],
    predicates: Mapping[str, keywords.Predicate],
    subs: Subs,
) -> Collect:
    parts: list[Collect] = []
    for keyword in active:
        if keyword in predicates:
            parts.append(_simple(node, keyword, predicates[keyword]))
        elif keyword in _APPLICATORS:
            part = _APPLICATORS[keyword](node, subs)
            if part is not None:
                parts.append(part)

    def collect(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        for part in parts:
            part(v, path, out)

    return collect


def _simple(node: Schema, keyword: str, ok: keywords.Predicate) -> Collect:
    def simple(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if not ok(v):
            out.append(SchemaError(path, keyword, node, v))

    return simple


def _ref(node: Schema, subs: Subs) -> Collect | None:
    return subs.ref.collect if subs.ref is not None else None


def _required(node: Schema, subs: Subs) -> Collect:
    names = tuple(node["required"])

    def required(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if isinstance(v, dict):
            out.extend(SchemaError((*path, n), "required", node, v) for n in names if n not in v)

    return required


def _properties(node: Schema, subs: Subs) -> Collect:
    properties = subs.properties

    def members(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if isinstance(v, dict):
            for name, sub in properties.items():
                if name in v:
                    sub.collect(v[name], (*path, name), out)

    return members


def _additional(node: Schema, subs: Subs) -> Collect | None:
    known, other = subs.properties, subs.additional
    if other is True:
        return None

    def additional(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if isinstance(v, dict):
            for key in v:
                if key in known:
                    continue
                if isinstance(other, Node):
                    other.collect(v[key], (*path, key), out)
                else:
                    out.append(SchemaError((*path, key), "additionalProperties", node, v))

    return additional


def _property_names(node: Schema, subs: Subs) -> Collect | None:
    names = subs.names
    if names is None:
        return None

    def property_names(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if isinstance(v, dict):
            for key in v:
                names.collect(key, path, out)

    return property_names


def _items(node: Schema, subs: Subs) -> Collect | None:
    item = subs.items
    if item is None:
        return None

    def items(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if isinstance(v, list):
            for i, element in enumerate(v):
                item.collect(element, (*path, i), out)

    return items


def _one_of(node: Schema, subs: Subs) -> Collect:
    options = [s.check for s in subs.one_of]

    def one_of(v: Any, path: JsonPath, out: list[SchemaError]) -> None:
        if sum(1 for option in options if option(v) is None) != 1:
            out.append(SchemaError(path, "oneOf", node, v))

    return one_of


_APPLICATORS: Mapping[str, Callable[[Schema, Subs], Collect | None]] = {
    "$ref": _ref,
    "required": _required,
    "properties": _properties,
    "additionalProperties": _additional,
    "propertyNames": _property_names,
    "items": _items,
    "oneOf": _one_of,
}
