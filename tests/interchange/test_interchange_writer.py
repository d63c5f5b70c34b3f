"""The case-file writer (interchange.writer): the spec's field names in the spec's order, a lossless
round trip with the reader, and the exact bytes of the example."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from veldwerk.domain.model import Family, Member, NetworkMember
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import case_file_document, dump_case_file
from veldwerk.samples.synthetic import synthetic_families

TODAY = date(2026, 11, 24)


def key_orders(node: Any, path: str = "") -> list[tuple[str, list[str]]]:
    """Every object's keys in order, by place: to compare key order, not only content."""
    out: list[tuple[str, list[str]]] = []
    if isinstance(node, dict):
        out.append((path, list(node)))
        for k, v in node.items():
            out.extend(key_orders(v, f"{path}.{k}"))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(key_orders(v, f"{path}[{i}]"))
    return out


def test_example_round_trips_exactly_with_key_order(example_bytes: bytes) -> None:
    """parse -> case_file_document gives the example back: equal content and the same key order
    in every object."""
    expected = json.loads(example_bytes)
    written = case_file_document(parse_case_file(example_bytes, TODAY))
    assert written == expected
    assert key_orders(written) == key_orders(expected)


def test_dump_gives_the_example_bytes(example_bytes: bytes) -> None:
    """dump_case_file is UTF-8 JSON indented by 2 with a final newline: the example's own bytes."""
    data = dump_case_file(parse_case_file(example_bytes, TODAY))
    assert data == example_bytes.rstrip(b"\n") + b"\n"
    assert data.endswith(b"}\n") and not data.endswith(b"\n\n")


def test_non_ascii_is_written_as_is() -> None:
    """Dutch and other letters are kept as UTF-8, not escaped (a case file is read by people)."""
    family = Family(
        ref="Ü-1", name="Gezin Çelik", municipality="Ede", status="closed",
        opened_on=date(2025, 1, 1), closed_on=date(2025, 2, 1),
        members=(Member("m1", "mother", "Zoë", "Çelik"),),
    )  # fmt: skip
    data = dump_case_file([family])
    assert "Zoë".encode() in data and b"\\u" not in data
    assert parse_case_file(data, TODAY) == [family]


def test_none_is_null_and_plan_and_reflections_are_always_written() -> None:
    """Absent values are written as null; `plan` as {"goals": []} and `reflections` as [] even when
    empty; the store's keys never leave the program."""
    family = Family(
        ref="R-1", name="Gezin", municipality="Ede", status="closed",
        opened_on=date(2025, 1, 1), closed_on=date(2025, 2, 1), key=42,
        members=(Member("m1", "mother", key=7),),
        network=(NetworkMember("n1", "informal", "Buur", key=9),),
    )  # fmt: skip
    doc = case_file_document([family])
    written = doc["families"][0]
    assert written["due_date"] is None and written["members"][0]["given_name"] is None
    assert written["plan"] == {"goals": []} and written["reflections"] == []
    assert written["network"][0]["strength"] == "normal"
    assert "key" not in json.dumps(doc)
    assert list(doc) == ["format", "version", "families"]
    assert doc["format"] == "veldwerk-case-file" and doc["version"] == 1


def test_contact_start_is_written_as_from(example_bytes: bytes) -> None:
    """`ContactAssignment.start` is the spec's `from`."""
    doc = case_file_document(parse_case_file(example_bytes, TODAY))
    assert list(doc["families"][1]["contacts"][1]) == ["role", "network_id", "from", "until"]


def test_synthetic_families_round_trip_through_bytes() -> None:
    """Many varied valid families survive writer -> reader unchanged (keys aside, none are set)."""
    families = synthetic_families(40, 8, seed=11)
    assert parse_case_file(dump_case_file(families), TODAY) == families


def test_writer_accepts_any_iterable() -> None:
    """A generator of families is written like a list."""
    families = synthetic_families(3, 2, seed=1)
    assert dump_case_file(f for f in families) == dump_case_file(families)
    assert case_file_document([]) == {"format": "veldwerk-case-file", "version": 1, "families": []}


def test_key_is_dropped_but_round_trip_otherwise_equal() -> None:
    """A family loaded from the store (with keys) writes the same file as one without."""
    family = synthetic_families(1, 3, seed=5)[0]
    assert dump_case_file([replace(family, key=99)]) == dump_case_file([family])
