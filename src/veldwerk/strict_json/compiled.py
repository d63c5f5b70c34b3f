"""What a compiled schema is made of (shared by `quick`, `walk` and `schema`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from veldwerk.strict_json.errors import JsonPath, SchemaError

Schema = Mapping[str, Any]
Failure = tuple[list[str | int], str, Schema, Any]
"""The path (innermost step first), the keyword, the schema holding it, the value judged."""
Check = Callable[[Any], Failure | None]
Collect = Callable[[Any, JsonPath, list[SchemaError]], None]


@dataclass
class Node:
    """One compiled schema: the quick first-failure check and the every-error walk."""

    check: Check
    collect: Collect


@dataclass
class Subs:
    """A schema's compiled subschemas."""

    properties: dict[str, Node]
    additional: bool | Node
    names: Node | None
    items: Node | None
    ref: Node | None
    one_of: list[Node]
