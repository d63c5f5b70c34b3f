"""The access log (issue 15): every listed action leaves exactly one entry (or one counted entry)
with every NEN 7513 field filled; changes a colleague sent are logged with their name, device and
contact role and the fixed contact they acted for; the log is hash-chained per family, so a
changed, removed or reordered entry is reported by `check`, and erasing a family removes its
entries while `check` stays clean."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from support.team_profiles import REF, Profiles, make_profiles
from veldwerk.domain.model import Event
from veldwerk.services.access import AccessEntry
from veldwerk.services.access_report import describe
from veldwerk.store.access_log import Actor, NewEntry


def _set_me(ws, name="Femke Jansen", org="Sociaal Team Harderwijk"):  # type: ignore[no-untyped-def]
    ws.config.set("user_name", name)
    ws.config.set("organisation", org)
    ws.config.set("role", "casusregisseur")


def assert_filled(e: AccessEntry) -> None:
    assert e.first_at and e.last_at and e.count >= 1
    assert e.action and e.kind and e.records
    assert e.who.name and e.who.organisation and e.who.device_id
    assert e.contact_role in ("primary", "backup", "none")
    assert len(e.device_id) == 32
    assert e.emergency in (True, False)


def test_each_action_leaves_one_entry_with_every_field(example_workspace, tmp_path: Path) -> None:
    """Viewing (ten times: one counted entry), saving an overview, exporting a case file, a
    search result opened and a change each leave exactly one entry naming the user, their role
    and organisation, the device, and for the fixed contact (Femke Jansen) role "primary"."""
    ws = example_workspace
    _set_me(ws)
    before = len(ws.access.entries(REF))
    for _ in range(10):
        ws.access.record_access(REF, "view")
    ws.reports.write_overview(REF, tmp_path / "o.pdf")
    ws.families.export_to(tmp_path / "c.json", [REF])
    ws.access.record_access(REF, "search")
    family = ws.families.get(REF)
    ws.families.save_event(REF, replace(family.journey[0], title="Anders"))
    entries = ws.access.entries(REF)[before:]
    assert [(e.action, e.kind, e.count) for e in entries] == [
        ("view", "family", 10),
        ("save", "overview", 1),
        ("export", "case_file", 1),
        ("search", "family", 1),
        ("change", "journey", 1),
    ]
    for e in entries:
        assert_filled(e)
        assert (e.who.name, e.who.role) == ("Femke Jansen", "casusregisseur")
        assert e.contact_role == "primary" and e.acting_for is None and not e.emergency
    assert entries[-1].records == (family.journey[0].key,)
    assert ws.admin.check().ok


def test_an_emergency_access_is_marked(example_workspace, tmp_path: Path) -> None:
    """`--emergency` (here: the service's flag) is stored as such; the default is no."""
    ws = example_workspace
    _set_me(ws)
    ws.reports.write_overview(REF, tmp_path / "o.pdf", emergency=True)
    assert ws.access.entries(REF)[-1].emergency is True


def test_filters_by_period_and_action(example_workspace) -> None:
    """The view per family filters by days and by kind of action."""
    ws = example_workspace
    _set_me(ws)
    ws.access.record_access(REF, "view")
    ws.access.record_access(REF, "print", "overview")
    today = datetime.now().date()
    assert {e.action for e in ws.access.entries(REF, actions=["print"])} == {"print"}
    assert ws.access.entries(REF, since=today + timedelta(days=1)) == []
    assert ws.access.entries(REF, until=today - timedelta(days=1)) == []
    assert len(ws.access.entries(REF, since=today, until=today)) >= 2


def test_the_same_view_after_a_minute_is_a_new_entry(example_workspace) -> None:
    """Counting stops after a minute: the log stays a useful timeline."""
    ws = example_workspace
    with ws.db.unit_of_work(write=True) as uow:
        fid = uow.families.id_of(REF)
        assert fid is not None
        actor = Actor("X", "r", "o", "d" * 32)
        entry = NewEntry(fid, "view", "family", (fid,), actor, "none", "d" * 32)
        start = datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
        uow.access.record([entry], at=start)
        uow.access.record([entry], at=start + timedelta(seconds=59))
        uow.access.record([entry], at=start + timedelta(seconds=61))
        uow.commit()
    views = [e for e in ws.access.entries(REF) if e.who.name == "X"]
    assert [e.count for e in views] == [2, 1]
    assert ws.admin.check().ok


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE access_log SET kind = 'members' WHERE id = (SELECT MIN(id) FROM access_log)",
        "UPDATE access_log SET count = count + 1 WHERE id = (SELECT MAX(id) FROM access_log)",
        "DELETE FROM access_log WHERE id = (SELECT MIN(id) FROM access_log)",
        "DELETE FROM access_log WHERE id = (SELECT MAX(id) FROM access_log)",
        "UPDATE access_log SET seq = seq + 100 WHERE chain_id = (SELECT MAX(chain_id) FROM "
        "access_log); UPDATE access_log SET seq = 203 - seq WHERE seq IN (101, 102); "
        "UPDATE access_log SET seq = seq - 100 WHERE seq > 100",
        "UPDATE access_actors SET name = 'Iemand anders'",
        "DELETE FROM access_chains WHERE id = (SELECT MAX(id) FROM access_chains)",
        "UPDATE access_chains SET family_id = family_id + 100",
    ],
    ids=[
        "changed",
        "count",
        "first-removed",
        "last-removed",
        "reordered",
        "actor",
        "chain",
        "moved",
    ],
)
def test_a_damaged_log_is_reported_by_check(example_workspace, damage: str) -> None:
    """A changed, removed or reordered entry, a renamed actor or a removed chain: damage."""
    ws = example_workspace
    _set_me(ws)
    ws.access.record_access(REF, "view")
    ws.access.record_access(REF, "print", "overview")
    assert ws.admin.check().ok
    for statement in damage.split(";"):
        ws.db.execute_sql(statement)
    report = ws.admin.check()
    assert not report.ok
    assert any("access log" in p for p in report.problems)


def test_erasing_a_family_erases_its_entries_and_check_stays_clean(example_workspace) -> None:
    """The family's entries go with it; its chain keeps only count and last hash (no names, no
    actor rows of its own); the other families' chains still verify."""
    ws = example_workspace
    _set_me(ws)
    other = next(f.ref for f in ws.families.list() if f.ref != REF)
    ws.access.record_access(REF, "view")
    ws.access.record_access(other, "view")
    ws.families.erase(REF)
    assert ws.admin.check().ok
    with ws.db.engine.connect() as conn:
        chains = conn.exec_driver_sql(
            "SELECT family_id, entries, erased_at FROM access_chains"
        ).all()
    assert any(c[0] is None and c[1] >= 1 and c[2] for c in chains)
    assert ws.access.entries(other)
    ws.db.execute_sql("UPDATE access_chains SET erased_at = NULL WHERE family_id IS NULL")
    assert not ws.admin.check().ok


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    yield from make_profiles(tmp_path, "ab")


def test_sharing_receiving_and_a_colleagues_change_are_logged(team: Profiles) -> None:
    """A shares with B: A logs one "share" to Ahmed El Amrani, B one "receive" from Femke
    Jansen. B (the backup) changes the journey: on A the change is logged by Ahmed El Amrani,
    his device, as backup ("achterwacht"), acting for the fixed contact Femke Jansen."""
    a, b = team["a"], team["b"]
    a.team.share(REF, "Ahmed El Amrani")
    team.sync("a", "b")
    shared = [e for e in a.access.entries(REF) if e.action == "share"]
    assert len(shared) == 1 and shared[0].party is not None
    assert shared[0].party.name == "Ahmed El Amrani"
    received = [e for e in b.access.entries(REF) if e.action == "receive"]
    assert len(received) == 1 and received[0].party is not None
    assert received[0].party.name == "Femke Jansen"
    assert received[0].contact_role == "backup"
    for e in shared + received:
        assert_filled(e)
    family = b.families.get(REF)
    b.families.save_event(REF, Event(family.opened_on, "note", "Huisbezoek door achterwacht"))
    team.sync("b", "a")
    changes = [e for e in a.access.entries(REF) if e.who.name == "Ahmed El Amrani"]
    assert [(e.action, e.kind) for e in changes] == [("change", "journey")]
    (change,) = changes
    assert_filled(change)
    assert change.contact_role == "backup" and change.device_id == team.device("b")
    assert change.acting_for is not None and change.acting_for.name == "Femke Jansen"
    assert "door Ahmed El Amrani, achterwacht (MEE Veluwe), namens Femke Jansen" in describe(
        change, "nl"
    )
    assert a.admin.check().ok and b.admin.check().ok


def test_every_field_of_a_learning_record_has_words_in_the_access_report() -> None:
    """The access report tells a family what its learning record holds, field by field: every
    field of the record (learning_bundle.schema.json) has its words in both languages, so no
    catalogue key ("areport.learning_field.closing_reason") is ever printed instead."""
    import json
    from importlib import resources

    from veldwerk.texts.sources import gather

    schema = json.loads(
        resources.files("veldwerk.learning").joinpath("learning_bundle.schema.json").read_text()
    )
    fields = [f for f in schema["$defs"]["record"]["properties"] if f != "pseudonym"]
    assert "closing_reason" in fields
    known = gather()
    missing = [f for f in fields if f"areport.learning_field.{f}" not in known]
    assert missing == []
