"""The shipped JSON Schema of the change set (`change_set.schema.json`), compiled once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from veldwerk.strict_json import SchemaCheck, compile_schema

SCHEMA_RESOURCE = "change_set.schema.json"


@lru_cache(maxsize=1)
def change_set_schema() -> dict[str, Any]:
    text = resources.files("veldwerk.team").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=2)
def schema_check(definition: str) -> SchemaCheck:
    """The compiled check of ``#/$defs/<definition>`` (``header``, ``payload``)."""
    return compile_schema(change_set_schema(), definition=definition)
