"""The case file's extensions of issue 14 (docs/case-file-extensions.md): a contact
assignment's `reason`, `warm_handover` and `note`, a family's `closing_reason` and
`closing_note` are read and written back; a file without them is read and written exactly as
before; wrong values are refused at their place, and the whole file with them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from support.common import EXAMPLE, TODAY
from veldwerk.domain.errors import DomainError
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import case_file_document


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return doc


def _problems(doc: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(DomainError) as caught:
        parse_case_file(json.dumps(doc).encode(), TODAY)
    return {(p.field, p.code) for p in caught.value.problems}


def test_the_extensions_are_read_and_written_back() -> None:
    """A file with the five fields reads into the families and writes back to the same JSON;
    the spec's example without them writes back unchanged."""
    doc = _doc()
    doc["families"][0]["contacts"][1].update(reason="family_wish", warm_handover=False, note="Hoi")
    closed = doc["families"][1]
    closed.update(closing_reason="moved", closing_note="Naar Zwolle.")
    families = parse_case_file(json.dumps(doc).encode(), TODAY)
    contact = families[0].contacts[1]
    assert (contact.reason, contact.warm_handover, contact.note) == ("family_wish", False, "Hoi")
    assert (families[1].closing_reason, families[1].closing_note) == ("moved", "Naar Zwolle.")
    written = case_file_document(families)
    assert written["families"][0]["contacts"] == doc["families"][0]["contacts"]
    assert written["families"][1]["closing_reason"] == "moved"
    assert list(written["families"][1])[5:8] == ["closed_on", "closing_reason", "closing_note"]
    plain = _doc()
    assert case_file_document(parse_case_file(json.dumps(plain).encode(), TODAY)) == plain


def test_wrong_extension_values_are_refused_at_their_place() -> None:
    """An unknown reason code, a warm handover that is not a boolean, a closing reason on an
    active family: each is a problem at its place, and nothing of the file is taken."""
    doc = _doc()
    doc["families"][0]["contacts"][0]["reason"] = "bored"
    doc["families"][0]["contacts"][1]["warm_handover"] = "yes"
    doc["families"][2]["closing_reason"] = "moved"
    doc["families"][1]["closing_reason"] = "nope"
    places = {place for place, _code in _problems(doc)}
    assert {
        "families[0].contacts[0].reason",
        "families[0].contacts[1].warm_handover",
        "families[1].closing_reason",
    } <= places
    active = _doc()
    active["families"][2]["closing_note"] = "x"
    assert ("families[2].closing_note", "rule.closing_only_when_closed") in _problems(active)
