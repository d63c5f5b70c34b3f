"""The one fast schema checker (`strict_json.schema`) against the `jsonschema` package, on both
shipped schemas: random mutations of valid case files and of valid learning bundles (plain and
encrypted), and any JSON value put at any place. The checker must say "valid" exactly when
jsonschema does, and report the same broken rules at the same places (for the case file in the
same order, which the case-file reader's problem list depends on)."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from veldwerk.domain import codes
from veldwerk.interchange.case_schema import (
    CODE_LIST_KEYWORD,
    TEXT_KEYWORD,
    case_file_schema,
    is_case_file_date,
)
from veldwerk.interchange.writer import case_file_document
from veldwerk.learning.bundle import build_bundle, bundle_schema
from veldwerk.learning.envelope import open_envelope, unpack
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.record import build_record
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.strict_json import SchemaCheck, SchemaError, compile_schema

SETTINGS = settings(
    max_examples=int(os.environ.get("VELDWERK_PROPERTY_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TODAY = date(2026, 11, 24)
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "case-file.example.json"

# --- the two schemas, each compiled and as jsonschema reads it ---------------------------------

_DATES = FormatChecker(formats=())
_DATES.checks("date")(lambda v: not isinstance(v, str) or is_case_file_date(v))
CASE = compile_schema(
    case_file_schema(),
    formats={"date": is_case_file_date},
    ignore={CODE_LIST_KEYWORD, TEXT_KEYWORD},
)
CASE_REFERENCE = Draft202012Validator(case_file_schema(), format_checker=_DATES)


def _bundle_part(definition: str) -> tuple[SchemaCheck, Draft202012Validator]:
    whole = {k: v for k, v in bundle_schema().items() if k != "$ref"}
    reference = Draft202012Validator({**whole, "$ref": f"#/$defs/{definition}"})
    return compile_schema(bundle_schema(), definition=definition), reference


BUNDLE = compile_schema(bundle_schema())
BUNDLE_REFERENCE = Draft202012Validator(bundle_schema())
PLAIN, PLAIN_REFERENCE = _bundle_part("plain_bundle")
SEALED, SEALED_REFERENCE = _bundle_part("envelope_header")

# --- valid documents to start from -------------------------------------------------------------


def _case_files() -> list[dict[str, Any]]:
    generated = [case_file_document(synthetic_families(n, 3, seed)) for n, seed in ((1, 1), (2, 9))]
    return [json.loads(EXAMPLE.read_text(encoding="utf-8")), *generated]


def _bundles() -> tuple[dict[str, Any], dict[str, Any]]:
    """The plain bundle (what an envelope seals) and the header line of a bundle file."""
    families = [
        dataclasses.replace(f, learning_consent="granted") for f in synthetic_families(3, 3, 5)
    ]
    records = [record for f in families if (record := build_record(f, region="Regio", today=TODAY))]
    recipient = X25519PrivateKey.generate()
    data = build_bundle(
        records,
        installation_id="0123456789abcdef0123456789abcdef",
        region="Regio",
        sequence=1,
        created=TODAY,
        signing_key=generate_signing_key(),
        coordinator_key=recipient.public_key(),
    )
    sealed_header, _ = unpack(data)
    plain = json.loads(bytes(open_envelope(data).plain(recipient)))
    return plain, sealed_header


CASE_FILES = _case_files()
PLAIN_BUNDLE, SEALED_BUNDLE = _bundles()

# --- random values and mutations ---------------------------------------------------------------

# Strings never end in a newline: there jsonschema's `pattern` (Python's "$") differs on purpose
# from ECMA-262 and the checker (test_schema_compile::test_pattern_dollar_is_the_very_end).
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8).filter(
    lambda s: not s.endswith("\n")
)
_all_codes = sorted({c for kind in codes.CODE_LISTS.values() for c in kind})
_telling = st.sampled_from([
    "", "x", "0" * 32, "0" * 64, "a" * 128, "A" * 64, "2026-Q1", "2026-Q5", "2026-01-31",
    "2026-02-30", "2026-1-01", "2030-01-02T03:04:05Z", "é" * 200, "é" * 201, "n" * 20_001,
    "veldwerk-case-file", "veldwerk-learning-bundle", "<18", "3+", "m1", "n1", "QUJD",
    -1, 0, 1, 2, 99_999_999, 100_000_000, 1.0, 0.0, -0.0, 2.5, 1e300, True, False, None, [], {},
])  # fmt: skip
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.integers(), _text,
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(_all_codes), _telling,
)  # fmt: skip
json_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_text | st.sampled_from(_all_codes), inner)
    ),
    max_leaves=6,
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_places(v, (*path, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_places(v, (*path, i)))
    return out


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _near(node: Any) -> list[Any]:
    """Values close to `node` that a schema may or may not take: one step off, another type
    that Python mixes up with it (True and 1, 1 and 1.0), a little shorter or longer (past
    200 and 20,000 characters), empty, another code."""
    if isinstance(node, bool):
        return [not node, 0, 1, "true", None]
    if isinstance(node, int):
        return [node - 1, node + 1, -1, 10**8, float(node), node + 0.5, True, str(node)]
    if isinstance(node, str):
        longer = (node or "x") * (20_001 // len(node or "x") + 1)
        return [
            node[:-1],
            node + "0",
            node.upper(),
            longer[:201],
            longer,
            "",
            None,
            1,
            [node],
            "gp",
        ]
    if isinstance(node, list):
        return [[], node[1:], node + node[:1], [node], {}, None]
    if isinstance(node, dict):
        return [{}, [], None, dict(list(node.items())[1:])]
    return ["", 0, False, "x", "2026-01-01", [], {}]


@st.composite
def mutated(draw: st.DrawFn, bases: list[dict[str, Any]]) -> Any:
    """A valid document with 0 to 4 random changes: a value replaced by one close to it (one
    step off, 1 for true, 1.0 for 1, a text a little longer or in capitals), by a telling one
    (a near-miss code, date, id, length or count) or by any JSON value at all; a member removed
    or added; a list item removed or repeated."""
    box: list[Any] = [copy.deepcopy(draw(st.sampled_from(bases)))]
    for _ in range(draw(st.integers(0, 4))):
        places = _places(box[0])
        leaves = [p for p in places if not isinstance(_at(box[0], p), dict | list)] or places
        path = (0, *draw(st.sampled_from(leaves) | st.sampled_from(places)))
        parent, last, node = _at(box, path[:-1]), path[-1], _at(box, path)
        kind = draw(st.sampled_from(["near", "near", "near", "any", "delete", "add", "repeat"]))
        event(kind)
        if kind == "near":
            parent[last] = copy.deepcopy(draw(st.sampled_from(_near(node))))
        elif kind == "any":
            parent[last] = draw(json_values)
        elif kind == "delete" and len(path) > 1:
            del parent[last]
        elif kind == "add" and isinstance(node, dict):
            name = draw(st.sampled_from([*node, *_all_codes[:5], "extra"]) | _text)
            node[name] = draw(json_values)
        elif kind == "repeat" and isinstance(node, list) and node:
            node.append(copy.deepcopy(node[draw(st.integers(0, len(node) - 1))]))
    return box[0]


# --- the comparison ----------------------------------------------------------------------------


def _ours(errors: list[SchemaError]) -> list[tuple[tuple[Any, ...], str]]:
    """Our errors as jsonschema places them: a missing or unknown member at its object, and
    one error for all unknown members of an object."""
    out: list[tuple[tuple[Any, ...], str]] = []
    for error in errors:
        at_object = error.keyword in ("required", "additionalProperties")
        item = (error.path[:-1] if at_object else error.path, error.keyword)
        if error.keyword == "additionalProperties" and out and out[-1] == item:
            continue
        out.append(item)
    return out


def _theirs(reference: Draft202012Validator, doc: Any) -> list[tuple[tuple[Any, ...], str]]:
    return [(tuple(e.absolute_path), str(e.validator)) for e in reference.iter_errors(doc)]


def assert_agree(
    check: SchemaCheck, reference: Draft202012Validator, doc: Any, *, ordered: bool
) -> bool:
    """The same verdict, the same broken rules; the verdict."""
    theirs = _theirs(reference, doc)
    valid = not theirs
    assert check.is_valid(doc) == valid
    first, errors = check.first_error(doc), check.errors(doc)
    assert (first is None) == valid == (errors == [])
    if first is not None:
        assert (first.path, first.keyword) in {(e.path, e.keyword) for e in errors}
    if ordered:
        assert _ours(errors) == theirs
    else:
        assert Counter(_ours(errors)) == Counter(theirs)
    return valid


def test_the_valid_documents_are_valid() -> None:
    """The starting points are valid for both, so the mutations test what they change."""
    for doc in CASE_FILES:
        assert CASE.is_valid(doc) and CASE_REFERENCE.is_valid(doc)
    assert BUNDLE.is_valid(PLAIN_BUNDLE) and BUNDLE_REFERENCE.is_valid(PLAIN_BUNDLE)
    assert SEALED.is_valid(SEALED_BUNDLE) and SEALED_REFERENCE.is_valid(SEALED_BUNDLE)


@SETTINGS
@given(mutated(CASE_FILES))
def test_case_files_agree_with_jsonschema(doc: Any) -> None:
    """Case files: the same verdict, and the same broken rules in the same order."""
    event("valid" if assert_agree(CASE, CASE_REFERENCE, doc, ordered=True) else "invalid")


@SETTINGS
@given(mutated([PLAIN_BUNDLE]))
def test_plain_bundles_agree_with_jsonschema(doc: Any) -> None:
    """Plain bundles (records, header, counts, codes, patterns, unique lists, profession
    counts by name): the same verdict and the same broken rules."""
    event("valid" if assert_agree(PLAIN, PLAIN_REFERENCE, doc, ordered=False) else "invalid")
    assert_agree(BUNDLE, BUNDLE_REFERENCE, doc, ordered=False)


@SETTINGS
@given(mutated([SEALED_BUNDLE]))
def test_encrypted_bundles_agree_with_jsonschema(doc: Any) -> None:
    """The envelope's header line (of an encrypted bundle): the same verdict and the same
    broken rules."""
    event("valid" if assert_agree(SEALED, SEALED_REFERENCE, doc, ordered=False) else "invalid")
    assert_agree(BUNDLE, BUNDLE_REFERENCE, doc, ordered=False)


@SETTINGS
@given(json_values)
def test_any_json_value_agrees(value: Any) -> None:
    """Any JSON value as the whole document, or as the families or the records."""
    assert_agree(CASE, CASE_REFERENCE, value, ordered=True)
    assert_agree(BUNDLE, BUNDLE_REFERENCE, value, ordered=False)
    families = {"format": "veldwerk-case-file", "version": 1, "families": value}
    assert_agree(CASE, CASE_REFERENCE, families, ordered=True)
    assert_agree(PLAIN, PLAIN_REFERENCE, {**PLAIN_BUNDLE, "records": value}, ordered=False)


SWEEPS = {
    "case file": (CASE_FILES[1], CASE, CASE_REFERENCE),
    "plain bundle": (PLAIN_BUNDLE, PLAIN, PLAIN_REFERENCE),
    "encrypted bundle": (SEALED_BUNDLE, SEALED, SEALED_REFERENCE),
}


@pytest.mark.parametrize("kind", SWEEPS)
def test_every_value_near_every_place_agrees(kind: str) -> None:
    """Every single change, not a sample: each place of a valid document in turn set to each
    value close to what it holds (`_near`), so each rule's edge is tried at each place it
    applies (the quick check's one-line answers for counts, texts, codes, true/false)."""
    doc, check, reference = SWEEPS[kind]
    box = [copy.deepcopy(doc)]
    tried = refused = 0
    for place in _places(box[0]):
        path = (0, *place)
        parent, last = _at(box, path[:-1]), path[-1]
        held = parent[last]
        for value in _near(held):
            parent[last] = value
            refused += not assert_agree(check, reference, box[0], ordered=kind == "case file")
            tried += 1
        parent[last] = held
    assert refused > tried // 2
