"""The case file's JSON Schema (interchange/case_file.schema.json): a valid Draft 2020-12 schema,
strict about unknown fields everywhere, its code lists filled from domain.codes (one source), and
its fields the same as the writer's."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from veldwerk.domain import codes
from veldwerk.domain.model import EXTENSION_FIELDS
from veldwerk.interchange.reader import CODE_LIST_KEYWORD, case_file_schema, parse_case_file
from veldwerk.interchange.writer import OMITTED_WHEN_FALSE, case_file_document

TODAY = date(2026, 11, 24)


def schema_file() -> dict[str, Any]:
    text = resources.files("veldwerk.interchange").joinpath("case_file.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def nodes(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, dict):
        out.append(node)
        for v in node.values():
            out.extend(nodes(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(nodes(v))
    return out


def test_schema_is_valid_draft_2020_12() -> None:
    """Both the file and the completed schema are valid JSON Schemas (Draft 2020-12)."""
    Draft202012Validator.check_schema(schema_file())
    Draft202012Validator.check_schema(case_file_schema())
    assert schema_file()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_object_refuses_unknown_fields() -> None:
    """Every object in the schema has additionalProperties false and lists what it requires."""
    objects = [n for n in nodes(schema_file()) if n.get("type") == "object"]
    # the file, family, member, network member, contact, event, plan, goal, action, reflection
    assert len(objects) == 10
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert set(obj["required"]) <= set(obj["properties"])


def test_code_lists_come_from_domain_codes() -> None:
    """The file names code lists; the completed schema's enums are exactly domain.codes (plus null
    where a code may be absent), and every code list of the case file is used."""
    marked = [n for n in nodes(case_file_schema()) if CODE_LIST_KEYWORD in n]
    assert not [n for n in nodes(schema_file()) if "enum" in n]
    used = set()
    for node in marked:
        kind = node[CODE_LIST_KEYWORD]
        used.add(kind)
        expected: list[Any] = list(codes.CODE_LISTS[kind])
        if "null" in node["type"]:
            expected.append(None)
        assert node["enum"] == expected
    assert used == set(codes.CODE_LISTS) - {"phase"}


def test_schema_fields_match_the_writer(example_bytes: bytes) -> None:
    """Each object's properties in the schema are the writer's keys, in the same order; the
    extensions written only when true (`planned`) come last, and a planned step has them."""
    schema = schema_file()
    defs = schema["$defs"]
    doc = case_file_document(parse_case_file(example_bytes, TODAY))
    family = doc["families"][0]
    pairs = [
        (schema, doc),
        (defs["family"], family),
        (defs["member"], family["members"][0]),
        (defs["network_member"], family["network"][0]),
        (defs["contact"], family["contacts"][0]),
        (defs["event"], family["journey"][0]),
        (defs["plan"], family["plan"]),
        (defs["goal"], family["plan"]["goals"][0]),
        (defs["action"], family["plan"]["goals"][0]["actions"][0]),
        (defs["reflection"], family["reflections"][0]),
    ]
    for definition, written in pairs:
        # an extension without a value is not written (docs/case-file-extensions.md)
        listed = [
            p
            for p in definition["properties"]
            if p in written or (p not in EXTENSION_FIELDS and p not in OMITTED_WHEN_FALSE)
        ]
        assert listed == list(written)
    planned = case_file_document(
        [
            replace(f, journey=tuple(replace(e, planned=True) for e in f.journey))
            for f in parse_case_file(example_bytes, TODAY)
        ]
    )
    assert list(defs["event"]["properties"]) == list(planned["families"][0]["journey"][0])


def test_completed_schema_validates_the_example_with_plain_jsonschema(example_bytes: bytes) -> None:
    """Another tool can use `case_file_schema()` as it is: the example has no errors under it."""
    validator = Draft202012Validator(case_file_schema(), format_checker=FormatChecker())
    assert list(validator.iter_errors(json.loads(example_bytes))) == []


def test_case_file_schema_returns_a_copy() -> None:
    """Changing the returned schema does not change the reader's."""
    schema = case_file_schema()
    schema["$defs"]["family"]["additionalProperties"] = True
    assert case_file_schema()["$defs"]["family"]["additionalProperties"] is False
