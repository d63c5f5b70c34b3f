"""Sharing families between real encrypted profiles through one team folder (issue 13): who
may receive a family is the domain's rule (the current fixed contact and backup who are known
colleagues), a handover revokes the old holder, a removed colleague gets nothing more, only
what changed travels, and a conflict is resolved once for everyone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from support.common import EXAMPLE, PASSPHRASE, TODAY
from support.team_profiles import REF, Profiles, make_profiles
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Event
from veldwerk.interchange.reader import read_case_file
from veldwerk.services.team_journal import identity
from veldwerk.store.keys import FAST_KDF_FOR_TESTS
from veldwerk.team.changeset import open_change_set
from veldwerk.workspace import Workspace


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    yield from make_profiles(tmp_path)


def _refusal(call: object) -> str:
    with pytest.raises(DomainError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def _newest(team: Profiles, who: str) -> bytes:
    return max((team.folder / team.device(who)).iterdir()).read_bytes()


def test_sharing_is_refused_until_the_colleague_holds_a_role(team: Profiles) -> None:
    """An unknown name, a colleague who is neither fixed contact nor backup (Karin Bos), and a
    profile without its own name: each refused with its reason, and nothing is shared."""
    a = team["a"]
    assert _refusal(lambda: a.team.share(REF, "Nobody Here")) == "team.unknown_colleague"
    assert _refusal(lambda: a.team.share(REF, "Karin Bos")) == "team.not_a_holder"
    assert not any(r.shared for r in a.families.list())
    a.config.set("user_name", None)
    assert _refusal(lambda: a.team.share(REF, "Ahmed El Amrani")) == "team.no_user_name"


def test_a_new_profile_without_a_team_folder_cannot_share(tmp_path: Path) -> None:
    """Sharing needs a team folder; sync says so too."""
    with Workspace.create(tmp_path / "p", PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)[0] as ws:
        ws.config.set("user_name", "Eva Mulder")
        ws.config.set("organisation", "MEE Veluwe")
        assert _refusal(lambda: ws.team_sync.sync()) == "team.no_folder"


def test_an_explicit_link_names_the_colleague_when_the_names_differ(team: Profiles) -> None:
    """When the network says "A. El Amrani", the name does not match the card: sharing is
    refused until the user links that network member to the colleague; then it is allowed."""
    a = team["a"]
    person = a.families.get(REF).network_member("n4")
    assert person is not None
    a.families.save_network_member(REF, replace(person, name="A. El Amrani"))
    assert a.team.colleague_of(REF, "n4") is None
    assert _refusal(lambda: a.team.share(REF, "Ahmed El Amrani")) == "team.not_a_holder"
    a.team.link(REF, "n4", "Ahmed El Amrani")
    linked = a.team.colleague_of(REF, "n4")
    assert linked is not None and linked.name == "Ahmed El Amrani"
    assert a.team.share(REF, "Ahmed El Amrani") == ["Ahmed El Amrani"]


def test_a_handover_sends_to_the_new_holder_and_revokes_the_old(team: Profiles) -> None:
    """A hands the backup role from B to C: C receives the family whole, B's copy is erased on
    reading the revocation, and what A writes afterwards B cannot decrypt."""
    a, b, c = team["a"], team["b"], team["c"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    assert [r.ref for r in b.families.list()] == [REF]
    a.families.change_contact(REF, "backup", "n2")
    team.sync("a", "b", "c")
    assert b.families.list() == []
    assert [(r.ref, r.backup, r.shared) for r in c.families.list()] == [(REF, "Karin Bos", True)]
    a.families.save_event(REF, Event(a.families.get(REF).opened_on, "contact", "Na de overdracht"))
    team.sync("a")
    newest = _newest(team, "a")
    with b.db.unit_of_work(write=True) as uow:
        b_identity = identity(uow)
        uow.commit()
    opened = open_change_set(newest, {team.device("a"): _signing(a)})
    assert opened.decrypt(b_identity) is None
    team.sync("b", "c")
    assert b.families.list() == []
    assert "Na de overdracht" in [e.title for e in c.families.get(REF).journey]


def _signing(ws: Workspace) -> bytes:
    with ws.db.unit_of_work(write=True) as uow:
        key = identity(uow).signing_public
        uow.commit()
    return key


def test_a_removed_colleague_is_sent_nothing_more(team: Profiles) -> None:
    """After A removes B as a colleague, A's changes are no longer encrypted to B: B keeps only
    what it had, and is told to erase its copy."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    a.team.remove_colleague("Ahmed El Amrani")
    a.families.update_details(REF, name="Gezin De Vries-Bos")
    team.sync("a", "b")
    assert b.families.list() == []
    assert [c.removed for c in a.team.colleagues() if c.name == "Ahmed El Amrani"] == [True]


def test_only_what_changed_travels_and_the_families_end_equal(team: Profiles) -> None:
    """An edit of one field of a family of many records is one small change set; both
    profiles then hold the same family (exported alike)."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    first = _newest(team, "a")
    a.families.update_details(REF, municipality="Ermelo")
    team.sync("a", "b")
    assert len(_newest(team, "a")) < len(first) / 5
    assert b.families.get(REF).municipality == "Ermelo"
    export_a, export_b = team.root / "a.json", team.root / "b.json"
    a.families.export_to(export_a, [REF])
    b.families.export_to(export_b, [REF])
    assert export_a.read_bytes() == export_b.read_bytes()


def test_a_conflict_resolved_on_one_side_is_resolved_on_both(team: Profiles) -> None:
    """Consent set apart offline is one conflict on both sides; B resolves it (choosing
    A's value), and after syncing neither lists it and both hold that value."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    a.families.set_consent(REF, "unknown")
    b.families.set_consent(REF, "refused")
    team.sync("a", "b", "a")
    (on_a,), (on_b,) = a.team.conflicts(), b.team.conflicts()
    assert (on_a.id, on_a.choices) == (on_b.id, on_b.choices)
    assert {ch.by for ch in on_b.choices} == {"Femke Jansen", "Ahmed El Amrani"}
    chosen = next(i for i, ch in enumerate(on_b.choices, 1) if ch.value == "unknown")
    b.team.resolve(REF, on_b.id, chosen)
    team.sync("b", "a")
    assert a.team.conflicts() == b.team.conflicts() == []
    assert a.families.get(REF).learning_consent == b.families.get(REF).learning_consent == "unknown"
    with pytest.raises(DomainError) as caught:
        b.team.resolve(REF, on_b.id, 1)
    assert caught.value.code == "team.no_such_conflict"


def test_an_erasure_travels_to_the_colleagues(team: Profiles) -> None:
    """A erases a shared family (the right to erasure): B's copy is erased at its next sync,
    and the ops that held its texts are gone from A's profile."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    a.families.erase(REF)
    with a.db.unit_of_work() as uow:
        assert uow.team.count_ops() == 1  # only the erasure, which holds no text
    team.sync("a", "b")
    assert b.families.list() == []


def test_the_view_shows_who_changed_what_since_the_user_looked(team: Profiles) -> None:
    """ "Since you were away": B sees A's new step and consent change, by Femke Jansen, the
    fixed contact, with when; nothing of the first share; after "seen", nothing until A
    changes something again. A sees who may receive the family before it is shared."""
    a, b = team["a"], team["b"]
    before = a.team_view.of(REF)
    assert (before.shared, before.candidates) == (False, (("Ahmed El Amrani", "backup"),))
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    assert b.team_view.of(REF).away == ()
    day = a.families.get(REF).opened_on
    a.families.save_event(REF, Event(day, "contact", "Gesprek met de school"))
    a.families.set_consent(REF, "unknown")
    team.sync("a", "b")
    view = b.team_view.of(REF)
    assert view.shared and view.recipients == ("Femke Jansen",)
    assert [(c.what, c.kind, c.label, c.by, c.role) for c in view.away] == [
        ("changed", "family", "", "Femke Jansen", "primary"),
        ("added", "event", "Gesprek met de school", "Femke Jansen", "primary"),
    ]
    assert view.away[0].fields == ("learning_consent",)
    b.team_view.mark_seen(REF)
    assert b.team_view.of(REF).away == ()
    assert a.team_view.of(REF).away == ()  # one's own changes are not news


def test_links_and_sharing_survive_an_import_that_replaces_the_family(team: Profiles) -> None:
    """`import --replace` stores the family anew: its explicit link and its sharing move to
    the new rows, and an unchanged file sends nothing."""
    a = team["a"]
    person = a.families.get(REF).network_member("n4")
    assert person is not None
    a.families.save_network_member(REF, replace(person, name="A. El Amrani"))
    a.team.link(REF, "n4", "Ahmed El Amrani")
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a")
    path = team.root / "again.json"
    a.families.export_to(path, [REF])
    a.families.import_file(path, replace_existing=True)
    linked = a.team.colleague_of(REF, "n4")
    assert linked is not None and linked.name == "Ahmed El Amrani"
    assert [r.shared for r in a.families.list() if r.ref == REF] == [True]
    with a.db.unit_of_work() as uow:
        assert uow.team.tags_unsent() == set()


def test_a_revoked_backup_receives_the_family_again_when_it_holds_the_role_again(
    team: Profiles,
) -> None:
    """B is revoked by a handover to C, then made backup again: B receives the family whole
    once more (a revocation is not for ever)."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    a.families.change_contact(REF, "backup", "n2")
    team.sync("a", "b", "c")
    assert b.families.list() == []
    a.families.change_contact(REF, "backup", "n4")
    team.sync("a", "b")
    assert [(r.ref, r.backup) for r in b.families.list()] == [(REF, "Ahmed El Amrani")]


def test_a_reference_taken_here_waits_until_it_is_free(team: Profiles) -> None:
    """When A renames the shared family to a reference B uses for another family, B keeps
    its family as it was and lists the change as waiting, at every sync, until the reference
    is free; then the rename arrives without A doing anything again."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    (yilmaz,) = [f for f in read_case_file(EXAMPLE, TODAY) if f.ref == "HW-2025-017"]
    b.families.create(replace(yilmaz, ref="HW-2099-001"))
    a.families.update_details(REF, ref="HW-2099-001")
    team.sync("a")
    for _ in range(2):
        result = b.team_sync.sync()
        assert [n.reason for n in result.waiting] == ["team.reason.ref_exists"]
        assert {r.ref for r in b.families.list()} == {REF, "HW-2099-001"}
    b.families.erase("HW-2099-001")
    assert b.team_sync.sync().waiting == ()
    assert [r.ref for r in b.families.list()] == ["HW-2099-001"]


def test_a_shared_family_is_counted_once_in_learning_data(team: Profiles) -> None:
    """A shared family (consent granted) is in the learning records of its fixed contact's
    profile only, never also in the backup's, so the coordinator counts it once; after a
    handover of the fixed contact role to the backup, it moves to the backup's records."""
    a, b = team["a"], team["b"]
    for ws in (a, b):
        ws.config.set("region", "Noord-Veluwe")
    assert len(a.learning.records()) == 1  # the example's one family with consent
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    assert [r.ref for r in b.families.list()] == [REF]
    assert len(a.learning.records()) == 1
    assert b.learning.records() == []
    a.families.change_contact(REF, "backup", "n2")  # Karin Bos the backup, then
    a.families.change_contact(REF, "primary", "n4")  # Ahmed El Amrani the fixed contact
    team.sync("a", "b")
    assert [r.ref for r in b.families.list()] == [REF]
    assert a.learning.records() == []
    assert len(b.learning.records()) == 1
