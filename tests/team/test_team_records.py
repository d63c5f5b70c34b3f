"""A family's records as change sets carry them (`team.records`): every field of the model
travels, so a field added to the model later cannot silently stay behind on one device."""

from __future__ import annotations

from dataclasses import fields

from veldwerk.domain.model import (
    FAMILY_DETAILS,
    Action,
    Event,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)
from veldwerk.team.records import FIELDS


def test_every_field_of_every_record_travels() -> None:
    """The fields per kind are exactly the model's (an action also names its goal; the family
    has its details and its contact assignments)."""
    for kind, cls in (
        ("member", Member),
        ("network", NetworkMember),
        ("event", Event),
        ("reflection", Reflection),
        ("goal", Goal),
        ("action", Action),
    ):
        model = {f.name for f in fields(cls)} - {"key", "actions"}
        extra = {"goal"} if kind == "action" else set()
        assert set(FIELDS[kind]) == model | extra, kind
    assert set(FIELDS["family"]) == set(FAMILY_DETAILS) | {"contacts"}
