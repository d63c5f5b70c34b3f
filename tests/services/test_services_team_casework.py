"""Handover notes and closing reasons travel to colleagues (issue 14): a shared family's new
contact assignment keeps its reason, warm handover and note on the colleague's device, a closing
its reason and note, and a reopening clears them there too. A change set holds payload version
2 only when it carries these; everyday changes stay version 1, which older veldwerks read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.common import TODAY
from support.team_profiles import REF, Profiles, make_profiles
from veldwerk.domain.handover import HandoverNotes
from veldwerk.domain.model import Event
from veldwerk.services.team_journal import identity
from veldwerk.team.changeset import ChangeSetError, decode_payload, open_change_set
from veldwerk.team.records import needs_version_2
from veldwerk.workspace import Workspace


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    yield from make_profiles(tmp_path)


def _newest_version(team: Profiles, writer: str, reader: Workspace) -> int:
    """The payload version of the newest change set `writer` wrote that `reader` can decrypt."""
    with team[writer].db.unit_of_work(write=True) as uow:
        signing = identity(uow).signing_public
        uow.commit()
    with reader.db.unit_of_work(write=True) as uow:
        me = identity(uow)
        uow.commit()
    for path in sorted((team.folder / team.device(writer)).iterdir(), reverse=True):
        plain = open_change_set(path.read_bytes(), {team.device(writer): signing}).decrypt(me)
        if plain is not None:
            version: int = json.loads(plain)["version"]
            return version
    raise AssertionError("no change set for the reader")


def test_handover_notes_closing_and_reopening_reach_the_colleagues(team: Profiles) -> None:
    """A shares with B (the backup; version 1), hands the backup role to C with notes (C's copy
    has them; version 2), closes the family with a reason and note and then reopens it: C's copy
    follows each step; a plain new step afterwards is version 1 again."""
    a, c = team["a"], team["c"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    assert _newest_version(team, "a", team["b"]) == 1
    notes = HandoverNotes("workload", True, "Maandag kennismaken met moeder.")
    a.families.change_contact(REF, "backup", "n2", TODAY, notes)
    team.sync("a", "b", "c")
    assert _newest_version(team, "a", c) == 2
    (new,) = [x for x in c.families.get(REF).contacts if x.network_id == "n2"]
    assert (new.reason, new.warm_handover, new.note) == (
        "workload",
        True,
        "Maandag kennismaken met moeder.",
    )

    a.closing.close(REF, "goals_reached", TODAY, "Alles loopt goed.")
    team.sync("a", "c")
    there = c.families.get(REF)
    assert (there.status, there.closed_on, there.closing_reason, there.closing_note) == (
        "closed",
        TODAY,
        "goals_reached",
        "Alles loopt goed.",
    )
    assert "closure" in [e.type for e in there.journey]

    a.closing.reopen(REF, TODAY)
    team.sync("a", "c")
    there = c.families.get(REF)
    assert (there.status, there.closed_on, there.closing_reason, there.closing_note) == (
        "active",
        None,
        None,
        None,
    )
    a.families.save_event(REF, Event(TODAY, "contact", "Huisbezoek"))
    team.sync("a", "c")
    assert _newest_version(team, "a", c) == 1
    assert "Huisbezoek" in [e.title for e in c.families.get(REF).journey]


def test_which_ops_need_version_2_and_a_newer_payload_waits() -> None:
    """Only an op holding a closing field or handover notes on an assignment needs version 2;
    a payload of a version after 2 is "made by a newer veldwerk" (tried again later), not
    damaged."""
    contact = {"role": "primary", "network": "0" * 32, "from": "2026-01-01", "until": None}
    assert not needs_version_2({"k": "mv", "f": {"contacts": [contact]}})
    assert needs_version_2({"k": "mv", "f": {"contacts": [{**contact, "reason": "leave"}]}})
    assert needs_version_2({"k": "set", "f": {"closing_reason": None}})
    assert not needs_version_2({"k": "set", "f": {"name": "Gezin"}})
    with pytest.raises(ChangeSetError) as caught:
        decode_payload(b'{"format":"veldwerk-change-set-payload","ops":[],"version":3}')
    assert caught.value.reason == "unknown_version" and not caught.value.verified
    assert decode_payload(b'{"format":"veldwerk-change-set-payload","ops":[],"version":2}')


def test_status_active_in_the_details_clears_the_closing_reason(team: Profiles) -> None:
    """A family closed with a reason and then set active through its details (not reopened) is
    stored without its closing reason and note."""
    a = team["a"]
    a.closing.close(REF, "moved", TODAY, "Naar Zwolle")
    f = a.families.update_details(REF, status="active", closed_on=None)
    assert (f.status, f.closing_reason, f.closing_note) == ("active", None, None)
