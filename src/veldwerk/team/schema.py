"""The shipped JSON Schema of the change set (`change_set.schema.json`), compiled once."""

from __future__ import annotations

from functools import lru_cache

from veldwerk.strict_json import SchemaCheck, compile_schema, shipped_schema

SCHEMA_RESOURCE = "change_set.schema.json"


@lru_cache(maxsize=2)
def schema_check(definition: str) -> SchemaCheck:
    """The compiled check of ``#/$defs/<definition>`` (``header``, ``payload``)."""
    return compile_schema(shipped_schema("veldwerk.team", SCHEMA_RESOURCE), definition=definition)
