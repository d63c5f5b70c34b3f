"""The synthetic family generator (samples.synthetic) that other engineers' benchmarks, canary
and leak tests build on: valid, varied, reproducible, and marked where asked."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import fields
from datetime import date

import pytest

from veldwerk.domain import rules
from veldwerk.domain.model import Family
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import dump_case_file
from veldwerk.samples.synthetic import synthetic_families

IDENTIFYING = {
    "Family": ("ref", "name", "municipality"),
    "Member": ("given_name", "family_name", "phone", "email", "address", "notes"),
    "NetworkMember": ("name", "relation", "organisation", "phone", "email"),
    "Event": ("title", "description"),
    "Goal": ("title",),
    "Action": ("title", "owner"),
    "Reflection": ("text",),
}


def identifying_values(families: list[Family]) -> list[str | None]:
    values: list[str | None] = []
    for f in families:
        records: list[object] = [f, *f.members, *f.network, *f.journey, *f.reflections]
        for g in f.goals:
            records.extend([g, *g.actions])
        for record in records:
            for name in IDENTIFYING[type(record).__name__]:
                values.append(getattr(record, name))
    return values


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 42])
def test_synthetic_families_are_valid(seed: int) -> None:
    """Every family passes every rule, on the generator's `end` and on later days."""
    families = synthetic_families(60, 10, seed)
    for today in (date(2025, 12, 31), date(2026, 11, 24), date(2031, 1, 1)):
        for f in families:
            assert rules.validate_family(f, today) == [], f.ref
    assert rules.check_refs_unique(families) == []


def test_synthetic_families_are_varied() -> None:
    """The families cover what tests need: every member role, network kind and event type; JIMs,
    handovers, backups, closed families, pregnancies, plans and reflections."""
    families = synthetic_families(200, 6, seed=7)
    roles = Counter(m.role for f in families for m in f.members)
    kinds = Counter(n.kind for f in families for n in f.network)
    types = Counter(e.type for f in families for e in f.journey)
    assert set(roles) == {"mother", "father", "partner", "child", "unborn_child", "grandparent",
                          "other_household"}  # fmt: skip
    assert set(kinds) == {"professional", "informal", "jim"}
    assert len(types) == 13
    handovers = [f for f in families if sum(c.role == "primary" for c in f.contacts) > 1]
    ended_jims = [f for f in families if sum(n.kind == "jim" for n in f.network) > 1]
    assert len(handovers) > 20 and len(ended_jims) > 3
    assert any(c.role == "backup" for f in families for c in f.contacts)
    assert 10 < sum(f.status == "closed" for f in families) < 100
    assert sum(f.due_date is not None for f in families) > 20
    assert sum(len(f.goals) for f in families) > 100
    assert sum(len(f.reflections) for f in families) > 100
    assert {f.learning_consent for f in families} == {"granted", "refused", "unknown"}
    assert all(len(f.journey) == 6 for f in families)
    assert all([e.date for e in f.journey] == sorted(e.date for e in f.journey) for f in families)


def test_same_seed_same_families() -> None:
    """The generator is reproducible; another seed gives other families."""
    assert synthetic_families(20, 5, seed=3) == synthetic_families(20, 5, seed=3)
    assert synthetic_families(20, 5, seed=3) != synthetic_families(20, 5, seed=4)


def test_marker_is_in_every_identifying_value_and_unique() -> None:
    """With a marker, every identifying value holds its own marker (marker + 6 digits), each marker
    once; ids and codes hold none."""
    families = synthetic_families(30, 6, seed=9, marker="LEAKCANARY")
    values = identifying_values(families)
    present = [v for v in values if v is not None]
    assert len(present) > 500
    marks = [re.findall(r"LEAKCANARY[0-9]{6}", v) for v in present]
    assert all(len(m) == 1 for m in marks)
    flat = [m[0] for m in marks]
    assert len(flat) == len(set(flat))
    for f in families:
        assert "LEAKCANARY" not in "".join(m.id + m.role for m in f.members)
        assert "LEAKCANARY" not in "".join(n.id + n.kind + (n.mentor_of or "") for n in f.network)


def test_marker_does_not_change_the_shape() -> None:
    """Marked and unmarked families of one seed differ only in their texts."""
    plain = synthetic_families(15, 4, seed=21)
    marked = synthetic_families(15, 4, seed=21, marker="MK")
    text_fields = {name for names in IDENTIFYING.values() for name in names}

    def shape(obj: object) -> object:
        if isinstance(obj, tuple):
            return tuple(shape(o) for o in obj)
        if hasattr(obj, "__dataclass_fields__"):
            return tuple(
                (f.name, shape(getattr(obj, f.name)) if f.name not in text_fields else
                 getattr(obj, f.name) is None)
                for f in fields(obj)  # type: ignore[arg-type]
            )  # fmt: skip
        return obj

    assert [shape(f) for f in plain] == [shape(f) for f in marked]


def test_marked_families_survive_the_case_file() -> None:
    """Marked families are valid case-file content (refs fit in 40 characters)."""
    families = synthetic_families(10, 3, seed=2, marker="M" * 30)
    assert parse_case_file(dump_case_file(families), date(2026, 11, 24)) == families


def test_bad_arguments_are_refused() -> None:
    """A marker too long for a ref, an empty marker or negative counts are programming errors."""
    with pytest.raises(ValueError):
        synthetic_families(1, 1, 0, marker="M" * 31)
    with pytest.raises(ValueError):
        synthetic_families(1, 1, 0, marker="")
    with pytest.raises(ValueError):
        synthetic_families(-1, 1, 0)
    assert synthetic_families(0, 5, 0) == []


def test_many_families_are_made_quickly() -> None:
    """Benchmarks can ask for thousands of events: 500 families x 40 events well within seconds."""
    import time

    started = time.perf_counter()
    families = synthetic_families(500, 40, seed=1)
    assert time.perf_counter() - started < 5
    assert sum(len(f.journey) for f in families) == 20_000
