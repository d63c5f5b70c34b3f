"""The fast schema checker's own rules: what it refuses to compile (so no rule is skipped
silently), the one place it is stricter than jsonschema on purpose, references, and how it names
the first broken rule."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from veldwerk.strict_json import NotJson, compile_schema, read_json


@pytest.mark.parametrize(
    "schema",
    [
        {"anyOf": [{"type": "string"}]},
        {"type": "string", "format": "date"},
        {"$ref": "https://example.org/other.json"},
        {"$ref": "#/$defs/missing", "$defs": {}},
        {"properties": {"a": {"x-unknown": 1}}},
        {"items": True},
        {"type": "decimal"},
    ],
)
def test_what_it_does_not_know_is_refused_at_compile_time(schema: dict[str, Any]) -> None:
    """A keyword, format, reference, type or boolean schema it does not know stops the compile:
    someone extending a schema learns it at once, instead of a rule being skipped."""
    with pytest.raises(ValueError):
        compile_schema(schema)


def test_marker_keywords_and_formats_are_named_by_the_caller() -> None:
    """A caller's own marker keywords pass when named in `ignore`; a format is asserted with
    the check the caller gives, for strings only."""
    schema = {"type": ["string", "integer"], "format": "even", "x-mark": "short"}
    check = compile_schema(schema, formats={"even": lambda s: len(s) % 2 == 0}, ignore={"x-mark"})
    assert check.is_valid("ab") and check.is_valid(3)
    assert str(check.first_error("abc")) == "(top): format"


def test_pattern_dollar_is_the_very_end() -> None:
    """ECMA-262's "$" (JSON Schema's) is the end of the text; Python's also matches before a
    final newline, and so does jsonschema's. The checker is the stricter one."""
    schema = {"type": "string", "pattern": "^[0-9a-f]{4}$"}
    check = compile_schema(schema)
    assert check.is_valid("00ff")
    assert not check.is_valid("00ff\n")
    assert Draft202012Validator(schema).is_valid("00ff\n")  # the known difference


def test_references_may_point_back_to_themselves() -> None:
    """A schema that refers to itself (a tree) compiles and checks at every depth, with the
    same verdicts as jsonschema."""
    schema = {
        "$ref": "#/$defs/tree",
        "$defs": {
            "tree": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/tree"}},
                },
            }
        },
    }
    check, reference = compile_schema(schema), Draft202012Validator(schema)
    good = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}
    bad = {"name": "a", "children": [{"name": "b", "children": [{"nom": "c"}]}]}
    assert check.is_valid(good) and reference.is_valid(good)
    assert not check.is_valid(bad) and not reference.is_valid(bad)
    assert [str(e) for e in check.errors(bad)] == [
        "children[0].children[0].name: required",
        "children[0].children[0].nom: additionalProperties",
    ]


def test_the_first_error_names_its_place_and_keyword() -> None:
    """`first_error` is the cheap answer a bundle reader gives: where, and which rule."""
    schema = {
        "type": "object",
        "properties": {"records": {"type": "array", "items": {"enum": ["a", "b"]}}},
    }
    error = compile_schema(schema).first_error({"records": ["a", "b", "c"]})
    assert error is not None
    assert (error.place, error.keyword, error.instance) == ("records[2]", "enum", "c")
    assert str(error) == "records[2]: enum"


def test_stand_ins_for_values_json_does_not_have_pass_no_type() -> None:
    """What the loader read as a stand-in (NaN, an overlong number) is refused by every type,
    equal to no code, and unique only to itself."""
    loaded = read_json(b"[NaN, 1e999, " + b"9" * 200 + b"]", max_bytes=1000)
    for value in loaded.value:
        assert isinstance(value, NotJson)
        for kind in ("string", "integer", "number", "boolean", "null", "object", "array"):
            assert not compile_schema({"type": kind}).is_valid(value)
        assert not compile_schema({"enum": [None, 0, "NaN"]}).is_valid(value)
    unique = compile_schema({"uniqueItems": True})
    assert not unique.is_valid(loaded.value[:2])  # NaN and 1e999 share one stand-in
    assert unique.is_valid([loaded.value[0], loaded.value[2]])


@pytest.mark.parametrize(
    ("items", "unique"),
    [
        ([1, True], True),
        ([0, False], True),
        ([1, 1.0], False),
        ([[1], [1.0]], False),
        ([{"a": 1, "b": [2]}, {"b": [2.0], "a": 1}], False),
        (["a", "b", "a"], False),
        ([None, "null"], True),
    ],
)
def test_equality_is_json_equality(items: list[Any], unique: bool) -> None:
    """``uniqueItems`` and ``enum`` use JSON's equality: true is not 1, 1 is 1.0 (also inside
    lists and objects), member order does not matter. Same answer as jsonschema."""
    schema = {"type": "array", "uniqueItems": True}
    assert compile_schema(schema).is_valid(items) is unique
    assert Draft202012Validator(schema).is_valid(items) is unique
    if len(items) == 2:
        assert compile_schema({"enum": [items[0]]}).is_valid(items[1]) is not unique


SHAPES: list[dict[str, Any]] = [
    {"type": "string", "enum": ["a", None]},
    {"type": ["string", "null"], "enum": ["a", None]},
    {"enum": ["a", None, 1]},
    {"const": "a"},
    {"type": "integer", "enum": ["1", 1]},
    {"type": ["integer", "null"], "minimum": 0},
    {"type": ["boolean", "null"]},
    {"type": ["string", "null"], "minLength": 2, "maxLength": 3},
    {"type": "string", "minLength": 2, "pattern": "^a"},
    {"type": "number", "maximum": 1.5},
    {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
    {"items": {"type": "integer"}, "uniqueItems": True, "minItems": 1},
    {"required": ["a"], "properties": {"a": {"const": 1}}},
    {
        "type": "object",
        "additionalProperties": {"type": "integer"},
        "propertyNames": {"enum": ["a"]},
    },
    {"oneOf": [{"type": "integer"}, {"minimum": 0}]},
]
VALUES: list[Any] = [
    None, "a", "ab", "abcd", "b", "", 1, 0, -1, 1.0, 1.5, 2.5, True, False, [], [1], [1, 1],
    [1, 2, 3], ["1"], {}, {"a": 1}, {"a": 1.0}, {"b": 1}, {"a": "1"},
]  # fmt: skip


@pytest.mark.parametrize("schema", SHAPES, ids=lambda s: str(s)[:40])
def test_every_one_line_yes_falls_back_when_it_must(schema: dict[str, Any]) -> None:
    """The quick check's shortcuts (a number in bounds, a text of a length, a code, null where
    the type allows it) on shapes the shipped schemas do not have: the same verdict as
    jsonschema for each value, and an error exactly when it says no."""
    check, reference = compile_schema(schema), Draft202012Validator(schema)
    for value in VALUES:
        valid = reference.is_valid(value)
        assert check.is_valid(value) is valid, value
        assert (check.errors(value) == []) is valid, value
