"""The case file's JSON Schema (`case_file.schema.json`), completed from the domain, and its check.

The file marks code lists with ``x-veldwerk-code-list`` and texts with ``x-veldwerk-text``; here
every code list gets its `enum` from `domain.codes` and every text its `maxLength` from
`domain.text_rules`, so the schema holds no code and no number of its own. The check is the one
fast schema checker (`strict_json.schema`), with the case file's ``date`` format.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from datetime import date
from importlib import resources
from typing import Any

from veldwerk.domain import codes, text_rules
from veldwerk.strict_json import SchemaCheck, compile_schema

__all__ = [
    "CODE_LIST_KEYWORD",
    "TEXT_KEYWORD",
    "case_file_schema",
    "is_case_file_date",
    "structure_check",
]

CODE_LIST_KEYWORD = "x-veldwerk-code-list"
TEXT_KEYWORD = "x-veldwerk-text"


def _load_schema_file() -> dict[str, Any]:
    text = (
        resources.files("veldwerk.interchange")
        .joinpath("case_file.schema.json")
        .read_text(encoding="utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _fill_from_domain(node: Any) -> None:
    """Give every schema node marked with a code list its `enum`, from `domain.codes`, and every
    node marked with a text class its `maxLength`, from `domain.text_rules`."""
    if isinstance(node, dict):
        kind = node.get(CODE_LIST_KEYWORD)
        if isinstance(kind, str):
            allowed: list[str | None] = list(codes.CODE_LISTS[kind])
            if "null" in node.get("type", ()):
                allowed.append(None)
            node["enum"] = allowed
        text_class = node.get(TEXT_KEYWORD)
        if isinstance(text_class, str):
            node["maxLength"] = text_rules.TEXT_LIMITS[text_class]
        for value in node.values():
            _fill_from_domain(value)
    elif isinstance(node, list):
        for value in node:
            _fill_from_domain(value)


@functools.cache
def _complete_schema() -> dict[str, Any]:
    schema = _load_schema_file()
    _fill_from_domain(schema)
    return schema


def case_file_schema() -> dict[str, Any]:
    """The complete JSON Schema of the case file, code lists included (a copy to keep)."""
    return copy.deepcopy(_complete_schema())


_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_case_file_date(value: object) -> bool:
    """A real calendar date written exactly as YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE_SHAPE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@functools.cache
def structure_check() -> SchemaCheck:
    """The compiled schema: `is_valid` for the quick look every file gets, `errors` for the
    problems of a file that fails it."""
    return compile_schema(
        _complete_schema(),
        formats={"date": is_case_file_date},
        ignore={CODE_LIST_KEYWORD, TEXT_KEYWORD},
    )
