"""Bad text never gets in through a case file: a text over its limit (200 for short text, 20,000
for free text), a control character, a half character (lone surrogate) or a direction override
refuses the file with the problem at its place, quickly, and nothing is stored; allowed text
round-trips unchanged. The schema's limits come from domain.text_rules (one source)."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veldwerk.domain import text_rules
from veldwerk.domain.errors import DomainError
from veldwerk.interchange import reader
from veldwerk.interchange.reader import TEXT_KEYWORD, case_file_schema, parse_case_file
from veldwerk.interchange.writer import case_file_document, dump_case_file
from veldwerk.texts.tables.text_rules import TEXTS as TEXT_MESSAGES

TODAY = date(2026, 11, 24)
Doc = dict[str, Any]

SHORT_PLACES: list[tuple[Any, ...]] = [
    ("name",),
    ("municipality",),
    ("members", 0, "given_name"),
    ("members", 0, "address"),
    ("network", 0, "name"),
    ("network", 0, "relation"),
    ("journey", 0, "title"),
    ("plan", "goals", 0, "title"),
    ("plan", "goals", 0, "actions", 0, "owner"),
]
FREE_PLACES: list[tuple[Any, ...]] = [
    ("members", 0, "notes"),
    ("journey", 0, "description"),
    ("reflections", 0, "text"),
]


@pytest.fixture
def doc(example_bytes: bytes) -> Doc:
    loaded: Doc = json.loads(example_bytes)
    return loaded


def put(doc: Doc, path: tuple[Any, ...], value: Any) -> Doc:
    node: Any = doc["families"][0]
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


def place(path: tuple[Any, ...]) -> str:
    return reader.place_of(("families", 0, *path))


def refusal(data: bytes) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_case_file(data, TODAY)
    return caught.value


def found(error: DomainError) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in error.problems]


def encode(doc: Doc) -> bytes:
    """As a producer would write it: UTF-8 with letters as they are, control characters and
    lone surrogates (which UTF-8 cannot hold) as JSON escapes."""
    text = json.dumps(doc, ensure_ascii=False)
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text).encode()


def test_a_30_mb_name_is_refused_at_once_and_nothing_is_stored(workspace, doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Once imported and made the overview run for minutes: now refused within a second, at
    its place with the limit named, and the profile stays empty."""
    target: Path = tmp_path / "huge.json"
    target.write_bytes(encode(put(doc, ("name",), "x" * 30_000_000)))
    start = time.perf_counter()
    with pytest.raises(DomainError) as caught:
        workspace.families.import_file(target)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, elapsed
    assert caught.value.describe("en") == (
        "families[0].name: This is too long: at most 200 characters."
    )
    assert workspace.families.count() == 0


def test_a_lone_surrogate_is_refused_and_nothing_is_stored(workspace, doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A JSON escape of half a character ("\\ud800") crashed the import in the store; now it is
    a problem at its place and nothing is stored."""
    target: Path = tmp_path / "surrogate.json"
    target.write_bytes(json.dumps(put(doc, ("name",), "Gezin \ud800")).encode("ascii"))
    assert b"\\ud800" in target.read_bytes()
    with pytest.raises(DomainError) as caught:
        workspace.families.import_file(target)
    assert found(caught.value) == [("families[0].name", "rule.text_broken_char")]
    assert workspace.families.count() == 0


@pytest.mark.parametrize("path", SHORT_PLACES, ids=place)
def test_short_text_200_passes_201_is_refused(doc: Doc, path: tuple[Any, ...]) -> None:
    """Every short text takes 200 characters; 201 refuse the file at that place."""
    parse_case_file(encode(put(doc, path, "é" * 200)), TODAY)
    error = refusal(encode(put(doc, path, "é" * 201)))
    assert found(error) == [(place(path), "rule.text_too_long")]
    assert error.problems[0].params == {"max": 200}


@pytest.mark.parametrize("path", FREE_PLACES, ids=place)
def test_free_text_20000_passes_20001_is_refused(doc: Doc, path: tuple[Any, ...]) -> None:
    """Notes, a description and a reflection take 20,000 characters; 20,001 are refused."""
    parse_case_file(encode(put(doc, path, "n" * 20_000)), TODAY)
    assert found(refusal(encode(put(doc, path, "n" * 20_001)))) == [
        (place(path), "rule.text_too_long")
    ]


FORBIDDEN = {
    "C0": ("\x1b[31m", "rule.text_control_char"),
    "DEL": ("\x7f", "rule.text_control_char"),
    "C1": ("\x9b", "rule.text_control_char"),
    "lone surrogate": ("\udc00", "rule.text_broken_char"),
    "bidi override": ("\u202e", "rule.text_direction_char"),
    "bidi isolate": ("\u2066", "rule.text_direction_char"),
}


@pytest.mark.parametrize(("chars", "code"), FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_each_forbidden_character_class_refuses_the_file_at_its_place(
    doc: Doc, chars: str, code: str
) -> None:
    """Control characters, half characters and direction overrides are refused in short and
    free text, each at its place; every such problem is listed."""
    put(doc, ("name",), f"Gezin {chars}De Vries")
    put(doc, ("members", 0, "notes"), f"Notitie{chars}")
    put(doc, ("ref",), f"HW{chars}1")
    error = refusal(encode(doc))
    assert found(error) == [
        ("families[0].ref", code),
        ("families[0].name", code),
        ("families[0].members[0].notes", code),
    ]
    assert error.problems[1].params == {"position": 7}


def test_tab_and_newline_in_free_text_but_not_in_a_name(doc: Doc) -> None:
    """A note may have lines and tabs; a name, a title or an id may not."""
    put(doc, ("members", 0, "notes"), "regel een\n\tregel twee")
    put(doc, ("reflections", 0, "text"), "les\nnog een les")
    (family, *_rest) = parse_case_file(encode(doc), TODAY)
    assert family.members[0].notes == "regel een\n\tregel twee"
    put(doc, ("name",), "Gezin\nDe Vries")
    put(doc, ("journey", 0, "title"), "Eerste\tcontact")
    put(doc, ("members", 1, "id"), "m\n2")
    assert ("families[0].name", "rule.text_line_break") in found(refusal(encode(doc)))
    assert ("families[0].members[1].id", "rule.text_line_break") in found(refusal(encode(doc)))


def nodes(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *(n for v in node.values() for n in nodes(v))]
    if isinstance(node, list):
        return [n for v in node for n in nodes(v)]
    return []


def test_schema_limits_come_from_the_domain() -> None:
    """The schema file marks texts with their class and holds no number; the completed schema's
    maxLength is text_rules' limit for that class, and both classes are used."""
    text = (Path(reader.__file__).parent / "case_file.schema.json").read_text(encoding="utf-8")
    marked_in_file = [n for n in nodes(json.loads(text)) if TEXT_KEYWORD in n]
    assert marked_in_file and not [n for n in marked_in_file if "maxLength" in n]
    marked = [n for n in nodes(case_file_schema()) if TEXT_KEYWORD in n]
    assert {n[TEXT_KEYWORD] for n in marked} == {"short", "free"}
    for node in marked:
        assert node["maxLength"] == text_rules.TEXT_LIMITS[node[TEXT_KEYWORD]]


forbidden_chars = st.sampled_from(
    [chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xD800, 0xDBFF, 0xDFFF)]
)
allowed = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(0x20))
    + "".join(chr(c) for c in range(0x7F, 0xA0))
    + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@EXAMPLES
@given(
    st.sampled_from(SHORT_PLACES + FREE_PLACES),
    st.text(allowed, max_size=40),
    forbidden_chars,
    st.text(allowed, max_size=40),
)
def test_any_text_with_a_forbidden_character_is_refused_at_its_place(
    example_bytes: bytes, path: tuple[Any, ...], before: str, char: str, after: str
) -> None:
    """Wherever a text holds a forbidden character, the file is refused at that text's place."""
    doc = put(json.loads(example_bytes), path, before + char + after)
    codes_at = [code for at, code in found(refusal(encode(doc))) if at == place(path)]
    assert codes_at and codes_at[0] in TEXT_MESSAGES


@EXAMPLES
@given(
    st.sampled_from(SHORT_PLACES),
    st.text(allowed, max_size=200),
    st.sampled_from(FREE_PLACES),
    st.text(st.one_of(allowed, st.sampled_from("\t\n")), max_size=400),
)
def test_any_allowed_text_within_its_limit_round_trips(
    example_bytes: bytes, short_at: tuple[Any, ...], short: str, free_at: tuple[Any, ...], free: str
) -> None:
    """Allowed text within its limit is read as it is and written back unchanged."""
    doc = put(put(json.loads(example_bytes), short_at, short or "x"), free_at, free or "y")
    families = parse_case_file(encode(doc), TODAY)
    assert parse_case_file(dump_case_file(families), TODAY) == families
    again = case_file_document(families)["families"][0]
    for path, value in ((short_at, short or "x"), (free_at, free or "y")):
        node: Any = again
        for step in path:
            node = node[step]
        assert node == value
