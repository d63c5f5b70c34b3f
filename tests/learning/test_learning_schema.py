"""The shipped JSON Schema, and the fast checker that applies it, against the jsonschema package."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from jsonschema import Draft202012Validator

from support.learning import (
    decrypt_inner,
    export,
    granted,
    marked_families,
    payload_of,
    signed_file,
)
from veldwerk.domain import codes
from veldwerk.learning.bundle import bundle_schema
from veldwerk.learning.envelope import unpack
from veldwerk.learning.keys import generate_signing_key
from veldwerk.strict_json import compile_schema

KEY = generate_signing_key()


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    families = granted(marked_families(n=4, events=3, seed=3))
    coordinator = X25519PrivateKey.generate()
    first = payload_of(export(families, signing_key=KEY))
    sealed = export(families, signing_key=KEY, coordinator_key=coordinator.public_key())
    return [first, json.loads(decrypt_inner(sealed, coordinator))]


def test_the_envelope_headers_fit_their_definition() -> None:
    """Protects the shipped schema's envelope_header: both kinds of header line (plain, as a
    forger or an older version writes it and a reader refuses, and encrypted, as every export
    writes it) are valid by jsonschema too, and a header mixing the two kinds is not."""
    families = granted(marked_families(n=1, events=1, seed=3))
    sealed = export(families, signing_key=KEY)
    plain = signed_file(decrypt_inner(sealed), KEY, recipient=None)
    headers = [unpack(data)[0] for data in (plain, sealed)]
    reference = Draft202012Validator({**bundle_schema(), "$ref": "#/$defs/envelope_header"})
    assert all(reference.is_valid(h) for h in headers)
    assert not reference.is_valid({**headers[0], "recipient": headers[1]["recipient"]})


def test_the_schema_is_valid_draft_2020_12() -> None:
    """Protects outside readers: the shipped file is a valid JSON Schema (2020-12)."""
    Draft202012Validator.check_schema(bundle_schema())


@pytest.mark.parametrize(
    ("definition", "kind"),
    [
        ("vulnerability_code", "vulnerability"),
        ("event_type_code", "event_type"),
        ("phase_code", "phase"),
        ("barrier_code", "barrier"),
        ("enabler_code", "enabler"),
        ("profession_code", "profession"),
    ],
)
def test_schema_code_lists_match_the_application(definition: str, kind: str) -> None:
    """Protects against drift: the schema's code lists are exactly the application's."""
    assert sorted(bundle_schema()["$defs"][definition]["enum"]) == sorted(codes.CODE_LISTS[kind])


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*path, i))
    return found


def _mutate(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    path = rng.choice(_paths(doc)[1:])
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    value = parent[last]
    choice = rng.randrange(9)
    if choice == 0 and isinstance(parent, dict):
        del parent[last]
    elif choice == 1 and isinstance(parent, dict):
        parent[last + "_x"] = value
    elif choice == 2:
        parent[last] = rng.choice(["x", 7, -1, 1.5, 1.0, True, None, [], {}, "", "Q" * 90])
    elif choice == 3 and isinstance(value, list) and value:
        value.append(value[0])
    elif choice == 4 and isinstance(value, str):
        parent[last] = value + "\u00e9"
    elif choice == 5 and isinstance(value, int) and not isinstance(value, bool):
        parent[last] = value - 10**9
    elif choice == 6 and isinstance(value, str):
        parent[last] = value.upper()
    elif choice == 7 and isinstance(value, dict):
        parent[last] = list(value)
    else:
        parent[last] = str(value)
    return doc


def test_the_fast_checker_agrees_with_jsonschema(documents: list[dict[str, Any]]) -> None:
    """Protects the fast checker: on valid bundles and 600 random mutations of them (missing,
    extra, mistyped, out-of-list, duplicated, too long values) it says valid exactly when the
    jsonschema package does."""
    reference = Draft202012Validator(bundle_schema())
    fast = compile_schema(bundle_schema())
    for document in documents:
        assert reference.is_valid(document) and fast.first_error(document) is None
    rng = random.Random(600)
    invalid = 0
    for i in range(600):
        mutated = _mutate(documents[i % 2], rng)
        expected = reference.is_valid(mutated)
        assert (fast.first_error(mutated) is None) == expected, (mutated, fast.first_error(mutated))
        invalid += not expected
    assert invalid > 300


def test_the_fast_checker_is_strict_where_python_regex_is_not() -> None:
    """Protects patterns: a trailing newline after a hex id does not pass (ECMA-262 "$")."""
    fast = compile_schema(bundle_schema(), definition="installation_id")
    assert fast.first_error("0" * 32) is None
    assert fast.first_error("0" * 32 + "\n") is not None


def test_the_fast_checker_refuses_keywords_it_does_not_know() -> None:
    """Protects against silently skipped rules when someone extends the schema."""
    with pytest.raises(ValueError):
        compile_schema({"type": "string", "format": "date"})
    with pytest.raises(ValueError):
        compile_schema({"$ref": "https://example.org/other.json"})
