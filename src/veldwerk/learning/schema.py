"""The shipped JSON Schema of the learning bundle (`learning_bundle.schema.json`) and its
compiled checks: the plain bundle (the payload), and the envelope's header line."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from veldwerk.strict_json import SchemaCheck, compile_schema

SCHEMA_RESOURCE = "learning_bundle.schema.json"


@lru_cache(maxsize=1)
def bundle_schema() -> dict[str, Any]:
    """The shipped JSON Schema (`learning_bundle.schema.json`)."""
    text = resources.files("veldwerk.learning").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=4)
def schema_check(definition: str) -> SchemaCheck:
    """The compiled check of ``#/$defs/<definition>`` (``plain_bundle``, ``envelope_header``)."""
    return compile_schema(bundle_schema(), definition=definition)
