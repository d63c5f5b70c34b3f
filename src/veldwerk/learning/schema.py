"""The shipped JSON Schema of the learning bundle (`learning_bundle.schema.json`) and its
compiled checks: the plain bundle (the payload), and the envelope's header line."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from veldwerk.strict_json import SchemaCheck, compile_schema, shipped_schema

SCHEMA_RESOURCE = "learning_bundle.schema.json"


@lru_cache(maxsize=1)
def bundle_schema() -> dict[str, Any]:
    """The shipped JSON Schema (`learning_bundle.schema.json`)."""
    return shipped_schema("veldwerk.learning", SCHEMA_RESOURCE)


@lru_cache(maxsize=4)
def schema_check(definition: str) -> SchemaCheck:
    """The compiled check of ``#/$defs/<definition>`` (``plain_bundle``, ``envelope_header``)."""
    return compile_schema(bundle_schema(), definition=definition)
