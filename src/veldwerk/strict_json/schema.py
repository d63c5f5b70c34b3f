"""The one fast JSON Schema checker: a schema compiled once into plain Python checks.

The `jsonschema` package needs seconds for a bundle of 1,000 families with 40 events each, or a
case file of a few megabytes; a compiled schema does the same in a fraction of that. It knows the
Draft 2020-12 keywords the shipped schemas use (`KEYWORDS`), and refuses to compile a schema with
any other, so a rule is never skipped silently; ``format`` is asserted with the checks the caller
gives, and a caller's own marker keywords (``x-...``) are named in `ignore`.

A compiled schema answers three ways: `is_valid`, `first_error` (cheap: the first rule broken)
and `errors` (every rule broken, in the order `jsonschema` reports them: keywords in the schema's
order, members in the order of ``properties``, items in list order). `tests/strict_json` holds
all three to `jsonschema` on random documents.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

from veldwerk.strict_json import keywords
from veldwerk.strict_json.compiled import Node, Schema, Subs
from veldwerk.strict_json.errors import SchemaError
from veldwerk.strict_json.quick import quick
from veldwerk.strict_json.walk import walk

__all__ = ["ANNOTATIONS", "KEYWORDS", "SchemaCheck", "compile_schema", "shipped_schema"]

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description"})
_SIMPLE = frozenset({
    "type", "const", "enum", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
    "minItems", "maxItems", "uniqueItems",
})  # fmt: skip
_APPLICATORS = frozenset(
    {"$ref", "required", "properties", "additionalProperties", "propertyNames", "items", "oneOf"}
)
KEYWORDS = _SIMPLE | _APPLICATORS


class SchemaCheck:
    """A compiled schema (see the module)."""

    def __init__(self, node: Node) -> None:
        self._node = node

    def is_valid(self, instance: Any) -> bool:
        return self._node.check(instance) is None

    def first_error(self, instance: Any) -> SchemaError | None:
        """The first rule `instance` breaks, or None when it is valid."""
        failure = self._node.check(instance)
        if failure is None:
            return None
        steps, keyword, schema, value = failure
        return SchemaError(tuple(reversed(steps)), keyword, schema, value)

    def errors(self, instance: Any) -> list[SchemaError]:
        """Every rule `instance` breaks (empty when it is valid)."""
        out: list[SchemaError] = []
        self._node.collect(instance, (), out)
        return out


def shipped_schema(package: str, resource: str) -> dict[str, Any]:
    """The JSON Schema shipped as `resource` beside the modules of `package` (read with
    `importlib.resources`, so a wheel or a frozen app finds it too)."""
    text = resources.files(package).joinpath(resource).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def compile_schema(
    schema: Schema,
    *,
    definition: str | None = None,
    formats: Mapping[str, Callable[[str], bool]] | None = None,
    ignore: Iterable[str] = (),
) -> SchemaCheck:
    """`schema` compiled; with `definition`, its ``#/$defs/<definition>`` instead. `formats`
    maps each ``format`` the schema uses to its check of a string. Raises ValueError for a
    keyword not in `KEYWORDS` (or `ignore`), a reference outside ``#/$defs/``, an unknown
    format."""
    compiler = _Compiler(schema, formats or {}, frozenset(ignore))
    if definition is None:
        return SchemaCheck(compiler.compile(schema))
    return SchemaCheck(compiler.ref(f"#/$defs/{definition}"))


class _Compiler:
    def __init__(
        self, root: Schema, formats: Mapping[str, Callable[[str], bool]], ignore: frozenset[str]
    ) -> None:
        self.root = root
        self.formats = formats
        self.quiet = ANNOTATIONS | ignore
        self.refs: dict[str, Node] = {}

    def ref(self, ref: str) -> Node:
        prefix = "#/$defs/"
        name = ref.removeprefix(prefix)
        if not ref.startswith(prefix) or "/" in name or name not in self.root.get("$defs", {}):
            raise ValueError(f"only local #/$defs/ references are supported: {ref}")
        if ref not in self.refs:
            slot: list[Node] = []  # filled below; a reference back to itself waits for it
            self.refs[ref] = Node(
                lambda v: slot[0].check(v), lambda v, p, o: slot[0].collect(v, p, o)
            )
            slot.append(self.compile(self.root["$defs"][name]))
            self.refs[ref] = slot[0]
        return self.refs[ref]

    def compile(self, node: Any) -> Node:
        if not isinstance(node, Mapping):
            raise ValueError(f"a schema must be an object here, not {node!r}")
        unknown = set(node) - KEYWORDS - self.quiet
        if unknown:
            raise ValueError(f"schema keywords not supported: {sorted(unknown)}")
        active = [k for k in node if k in KEYWORDS]
        if active == ["$ref"]:
            return self.ref(node["$ref"])
        predicates = {k: p for k in active if k in _SIMPLE and (p := self._predicate(node, k))}
        subs = self._subs(node)
        return Node(quick(node, predicates, subs), walk(node, active, predicates, subs))

    def _subs(self, node: Schema) -> Subs:
        additional = node.get("additionalProperties", True)
        return Subs(
            properties={k: self.compile(s) for k, s in node.get("properties", {}).items()},
            additional=additional if isinstance(additional, bool) else self.compile(additional),
            names=self.compile(node["propertyNames"]) if "propertyNames" in node else None,
            items=self.compile(node["items"]) if "items" in node else None,
            ref=self.ref(node["$ref"]) if "$ref" in node else None,
            one_of=[self.compile(s) for s in node.get("oneOf", [])],
        )

    def _predicate(self, node: Schema, keyword: str) -> keywords.Predicate | None:
        value = node[keyword]
        if keyword == "type":
            return keywords.of_type(value)
        if keyword in ("const", "enum"):
            return keywords.equal_to([value] if keyword == "const" else list(value))
        if keyword == "format":
            if value not in self.formats:
                raise ValueError(f"no check given for format {value!r}")
            return keywords.text_format(self.formats[value])
        if keyword == "uniqueItems":
            return keywords.unique if value else None
        return keywords.BY_VALUE[keyword](value)
