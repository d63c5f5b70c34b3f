"""Property tests of the case-file reader: random case files, mostly valid and sometimes mutated,
either parse whole (and come back unchanged through the writer) or raise DomainError listing
problems in both languages; never any other exception, never a partial result."""

from __future__ import annotations

import copy
import json
import os
from datetime import date
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from veldwerk.domain import codes
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import case_file_document, dump_case_file
from veldwerk.samples.synthetic import synthetic_families

TODAY = date(2026, 11, 24)
SETTINGS = settings(
    max_examples=int(os.environ.get("VELDWERK_PROPERTY_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
all_codes = [c for kind in codes.CODE_LISTS.values() for c in kind]
date_like = st.one_of(
    st.dates(min_value=date(1890, 1, 1), max_value=date(2210, 1, 1)).map(date.isoformat),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}\Z"),
)
json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False), text,
        st.sampled_from(all_codes), date_like, st.sampled_from(["m1", "n1", "n2", "m2"]),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=6,
)  # fmt: skip


def places_in(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(places_in(v, (*path, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(places_in(v, (*path, i)))
    return out


def at(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A writer document of a few synthetic families, with 0 to 3 random mutations: a value
    replaced (by any JSON value, a code, a date-like text, an id), a field removed or added, a list
    item removed, repeated or moved."""
    seed = draw(st.integers(0, 10_000))
    families = synthetic_families(draw(st.integers(0, 3)), draw(st.integers(0, 4)), seed)
    doc = case_file_document(families)
    for _ in range(draw(st.integers(0, 3))):
        paths = places_in(doc)
        path = draw(st.sampled_from(paths))
        node = at(doc, path)
        kind = draw(st.sampled_from(["replace", "delete", "add", "repeat", "move"]))
        if kind == "replace" and path:
            at(doc, path[:-1])[path[-1]] = draw(json_values)
        elif kind == "delete" and path:
            del at(doc, path[:-1])[path[-1]]
        elif kind == "add" and isinstance(node, dict):
            node[draw(st.sampled_from([*node, "extra", "since", "role"]))] = draw(json_values)
        elif kind == "add" and isinstance(node, list):
            node.append(draw(json_values))
        elif kind == "repeat" and isinstance(node, list) and node:
            node.append(copy.deepcopy(draw(st.sampled_from(node))))
        elif kind == "move" and isinstance(node, list) and len(node) > 1:
            node.insert(0, node.pop())
    return doc


def normalised(doc: Any) -> Any:
    """What the writer gives back for an accepted document: omitted optional parts filled in and
    the journey ordered by date (stable)."""
    doc = copy.deepcopy(doc)
    for family in doc["families"]:
        family.setdefault("plan", {"goals": []})
        family.setdefault("reflections", [])
        for n in family["network"]:
            n.setdefault("strength", "normal")
        for r in family["reflections"]:
            r.setdefault("share_for_learning", False)
        family["journey"].sort(key=lambda e: e["date"])
    return doc


def check_outcome(data: bytes, expected_doc: Any | None) -> list[Family] | None:
    """Parse; a result must be whole and round-trip; a refusal must be a DomainError whose
    problems all render in both languages."""
    try:
        families = parse_case_file(data, TODAY)
    except DomainError as error:
        event("refused")
        assert error.problems
        for problem in error.problems:
            assert isinstance(problem.field, str)
            assert problem.message("nl") and problem.message("en")
        assert error.describe("nl") and error.describe("en")
        return None
    event("accepted")
    assert all(isinstance(f, Family) for f in families)
    if expected_doc is not None:
        assert case_file_document(families) == normalised(expected_doc)
    assert parse_case_file(dump_case_file(families), TODAY) == families
    return families


@SETTINGS
@given(st.integers(0, 100_000), st.integers(0, 4), st.integers(0, 6))
def test_valid_documents_parse_whole_and_round_trip(seed: int, n: int, events: int) -> None:
    """Every synthetic case file is accepted as it is and written back byte for byte."""
    families = synthetic_families(n, events, seed)
    data = dump_case_file(families)
    assert parse_case_file(data, TODAY) == families
    assert dump_case_file(parse_case_file(data, TODAY)) == data


@SETTINGS
@given(mutated_documents())
def test_mutated_documents_parse_whole_or_raise_domain_error(doc: dict[str, Any]) -> None:
    """A randomly mutated case file either parses whole and round-trips, or is refused with a
    DomainError: never another exception."""
    check_outcome(json.dumps(doc, ensure_ascii=False).encode("utf-8"), doc)


@SETTINGS
@given(mutated_documents())
def test_refusals_are_the_same_for_the_same_file(doc: dict[str, Any]) -> None:
    """The reader is deterministic: the same bytes give the same problems in the same order."""
    data = json.dumps(doc).encode("utf-8")
    outcomes = []
    for _ in range(2):
        try:
            parse_case_file(data, TODAY)
            outcomes.append(None)
        except DomainError as error:
            outcomes.append(error.problems)
    assert outcomes[0] == outcomes[1]


@SETTINGS
@given(
    st.integers(0, 50),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=4)), max_size=4),
    st.integers(0, 12_000),
)
def test_damaged_bytes_never_raise_anything_else(
    seed: int, edits: list[tuple[int, bytes]], cut: int
) -> None:
    """Bytes of a case file with random bytes written in and a tail cut off are read or refused
    with a DomainError, nothing else."""
    data = bytearray(dump_case_file(synthetic_families(2, 2, seed)))
    for position, chunk in edits:
        position %= len(data) or 1
        data[position : position + len(chunk)] = chunk
    assume(len(data) > 0)
    check_outcome(bytes(data[: max(1, len(data) - cut)]), None)


@SETTINGS
@given(json_values)
def test_any_json_value_is_read_or_refused(value: Any) -> None:
    """Any JSON document at all, and any value as the families list, gives families or a
    DomainError."""
    check_outcome(json.dumps(value).encode("utf-8"), None)
    wrapped = {"format": "veldwerk-case-file", "version": 1, "families": value}
    check_outcome(json.dumps(wrapped).encode("utf-8"), None)


@SETTINGS
@given(mutated_documents())
def test_quick_structure_check_never_passes_what_jsonschema_refuses(doc: dict[str, Any]) -> None:
    """The reader trusts the fast schema checker (compiled from the same schema) instead of
    jsonschema: that is only safe if both say yes to the same documents."""
    from jsonschema import Draft202012Validator, FormatChecker

    from veldwerk.interchange.case_schema import (
        case_file_schema,
        is_case_file_date,
        structure_check,
    )

    formats = FormatChecker(formats=())
    formats.checks("date")(lambda v: not isinstance(v, str) or is_case_file_date(v))
    reference = Draft202012Validator(case_file_schema(), format_checker=formats)
    if structure_check().is_valid(doc):
        event("quick yes")
        assert list(reference.iter_errors(doc)) == []
    else:
        event("quick no")
        assert not reference.is_valid(doc)
