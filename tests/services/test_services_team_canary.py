"""Canary: nothing readable outside the profiles (issue 13). After a family full of
identifying texts is shared, edited on both sides, handed over and synced, not one of its
values, nor a colleague's name or organisation, is in any byte of any file of the team folder
(in UTF-8 or UTF-16, in any ASCII case)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from support.pages import find_markers
from support.team_profiles import PEOPLE, REF, Profiles, make_profiles
from veldwerk.domain.model import Event, Family


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    yield from make_profiles(tmp_path)


def _texts(family: Family) -> list[str]:
    """Every identifying value of the family (texts of four letters or more, and its dates)."""
    values: list[str] = [family.ref, family.name, family.municipality]
    for record in (*family.members, *family.network, *family.journey, *family.reflections):
        for name in ("given_name", "family_name", "phone", "email", "address", "notes", "name",
                     "organisation", "title", "description", "text", "relation"):  # fmt: skip
            value = getattr(record, name, None)
            if isinstance(value, str) and len(value) >= 4:
                values.append(value)
    values += [m.birth_date.isoformat() for m in family.members if m.birth_date]
    values += [g.title for g in family.goals] + [a.title for g in family.goals for a in g.actions]
    return sorted(set(values))


def test_no_identifying_value_is_in_any_file_of_the_team_folder(team: Profiles) -> None:
    """The canary looks for every text of the family and of the colleagues' cards; it finds
    them in the profiles' own export (so it would notice), and in no team-folder file."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    family = a.families.get(REF)
    a.families.save_event(REF, Event(family.opened_on, "contact", "Geheim gesprek Zonnebloem"))
    member = b.families.get(REF).members[0]
    b.families.save_member(REF, replace(member, notes="Notitie Vergeet-mij-niet 0612345678"))
    team.sync("a", "b", "a")
    a.families.change_contact(REF, "backup", "n2")
    team.sync("a", "b", "c")

    markers = _texts(a.families.get(REF)) + [t for person in PEOPLE.values() for t in person]
    assert "Geheim gesprek Zonnebloem" in markers and len(markers) > 30
    files = [p for p in team.folder.rglob("*") if p.is_file()]
    assert len(files) >= 5
    export = team.root / "export.json"
    a.families.export_to(export, [REF])
    assert find_markers([("export", export.read_bytes())], markers)  # the canary works
    blobs = [(str(p.relative_to(team.folder)), p.read_bytes()) for p in files]
    assert find_markers(blobs, markers) == []
