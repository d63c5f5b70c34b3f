"""docs/team-sharing.md describes the format as the code writes it: every member of the header
and every kind of op, the marker, and the three parts the issue asks for (format, trust model,
merge rules)."""

from __future__ import annotations

from pathlib import Path

from veldwerk.strict_json import shipped_schema
from veldwerk.team.changeset import MARKER
from veldwerk.team.ops import OP_KINDS
from veldwerk.team.records import KINDS
from veldwerk.team.schema import schema_check  # noqa: F401  (the schema compiles)

DOC = Path(__file__).resolve().parents[2] / "docs" / "team-sharing.md"


def test_the_document_names_every_part_of_the_format() -> None:
    """Each header member, op kind and record kind is in the document, with the marker."""
    text = DOC.read_text("utf-8")
    header = shipped_schema("veldwerk.team", "change_set.schema.json")["$defs"]["header"]
    for member in header["properties"]:
        assert f"| `{member}` |" in text, member
    for kind in OP_KINDS:
        assert f"`{kind}`" in text, kind
    for kind in KINDS:
        assert f"`{kind}`" in text, kind
    assert MARKER.decode("ascii").strip() in text
    for section in ("## The change set file", "## Merging", "## The trust model"):
        assert section in text
    for who in ("team folder's owner", "lost laptop", "removed colleague"):
        assert who in text
