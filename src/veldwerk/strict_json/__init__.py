"""Strict JSON for files from outside: one loader and one fast JSON Schema checker.

A ground floor beside `domain`: it imports nothing else of veldwerk, no Qt and no SQLAlchemy, so
the case-file reader (`interchange`), the bundle reader (`learning`) and anything after them share
it. `load` turns bytes into JSON values and refuses what JSON does not have (NaN, Infinity,
numbers too long to read, a member name twice, nesting too deep), each at its place; `schema`
compiles a JSON Schema (the Draft 2020-12 keywords the shipped schemas use) into plain Python
checks, held to the `jsonschema` package by the tests; `errors` holds the places and the errors.
"""

from veldwerk.strict_json.errors import JsonLoadError, JsonPath, SchemaError, place_of
from veldwerk.strict_json.load import JsonFlaw, Loaded, NotJson, load_json, read_json
from veldwerk.strict_json.schema import SchemaCheck, compile_schema, shipped_schema

__all__ = [
    "JsonFlaw",
    "JsonLoadError",
    "JsonPath",
    "Loaded",
    "NotJson",
    "SchemaCheck",
    "SchemaError",
    "compile_schema",
    "load_json",
    "place_of",
    "read_json",
    "shipped_schema",
]
