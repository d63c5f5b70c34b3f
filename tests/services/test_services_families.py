"""The family service: every edit goes through the domain rules, a refused edit stores nothing,
contact changes keep their history and record a handover."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Action, Event, Goal, Member, NetworkMember, Reflection
from veldwerk.progress import Cancelled, CancelToken

TODAY = date(2026, 11, 24)


def test_list_shows_phase_contacts_and_missing_backup(example_workspace):
    """The list carries what the family list and `families --json` need, newest contact first."""
    rows = example_workspace.families.list()
    assert [r.ref for r in rows] == ["HW-2026-001", "HW-2026-009", "HW-2025-017"]
    devries, bouzid, yilmaz = rows
    assert (devries.phase, devries.primary, devries.backup) == (
        "first_year",
        "Femke Jansen",
        "Ahmed El Amrani",
    )
    assert bouzid.phase == "pregnancy" and bouzid.missing_backup
    assert yilmaz.status == "closed" and not yilmaz.missing_backup


def test_search_by_any_name_and_filters(example_workspace):
    """Search matches ref, family name and member names (prefix, diacritics ignored)."""
    fam = example_workspace.families
    assert [r.ref for r in fam.list(query="sann")] == ["HW-2026-001"]
    assert [r.ref for r in fam.list(query="khadija bouz")] == ["HW-2026-009"]
    assert [r.ref for r in fam.list(query="HW-2025")] == ["HW-2025-017"]
    assert fam.list(query="nobody") == []
    assert [r.ref for r in fam.list(status="closed")] == ["HW-2025-017"]
    assert [r.ref for r in fam.list(phase="pregnancy")] == ["HW-2026-009"]


def test_change_primary_keeps_history_and_records_handover(example_workspace):
    """A new vaste aanspreekpunt ends the old assignment on the day, starts the new one, and the
    journey gets a handover event naming both."""
    fam = example_workspace.families
    family = fam.change_contact("HW-2026-001", "primary", "n2", on=TODAY)
    primaries = [c for c in family.contacts if c.role == "primary"]
    assert [(c.network_id, c.start, c.until) for c in primaries] == [
        ("n3", date(2026, 2, 3), TODAY),
        ("n2", TODAY, None),
    ]
    handover = [e for e in family.journey if e.type == "handover"]
    assert len(handover) == 1 and handover[0].date == TODAY
    assert set(handover[0].involved) == {"n3", "n2"}
    assert "Karin Bos" in handover[0].title
    assert fam.list(query="sanne")[0].primary == "Karin Bos"


def test_backup_cannot_be_the_primary(example_workspace):
    """The primary and the backup are never the same person; the refused change stores nothing."""
    fam = example_workspace.families
    before = fam.get("HW-2026-001")
    with pytest.raises(DomainError) as err:
        fam.change_contact("HW-2026-001", "backup", "n3", on=TODAY)
    assert err.value.problems
    assert fam.get("HW-2026-001") == before


def test_ending_the_backup_flags_the_family(example_workspace):
    """Ending the achterwacht without a successor is allowed and shows as a missing backup."""
    fam = example_workspace.families
    fam.change_contact("HW-2026-001", "backup", None, on=TODAY)
    assert fam.list(query="sanne")[0].missing_backup


def test_rule_violation_saves_nothing(example_workspace):
    """A JIM without the member they mentor is refused with its place; nothing is stored."""
    fam = example_workspace.families
    before = fam.get("HW-2026-009")
    bad = NetworkMember(id="n9", kind="jim", name="Iemand", strength="strong")
    with pytest.raises(DomainError) as err:
        fam.save_network_member("HW-2026-009", bad)
    assert any(p.field.startswith("network[2]") for p in err.value.problems)
    assert err.value.message("nl") != err.value.message("en")
    assert fam.get("HW-2026-009") == before


def test_member_with_future_birth_date_is_refused(example_workspace):
    fam = example_workspace.families
    with pytest.raises(DomainError) as err:
        fam.save_member(
            "HW-2026-009",
            Member(id="m9", role="child", given_name="X", birth_date=date(2027, 1, 1)),
        )
    assert "members[3].birth_date" in [p.field for p in err.value.problems]
    assert len(fam.get("HW-2026-009").members) == 3


def test_deleting_a_referenced_network_member_is_refused(example_workspace):
    """The current primary cannot be deleted from the network while assignments point at it."""
    fam = example_workspace.families
    family = fam.get("HW-2026-001")
    primary = family.network_member("n3")
    with pytest.raises(DomainError):
        fam.delete_network_member("HW-2026-001", primary.key)
    assert fam.get("HW-2026-001").network_member("n3") is not None


def test_events_add_edit_delete_keep_date_order(example_workspace):
    fam = example_workspace.families
    family = fam.save_event(
        "HW-2026-009",
        Event(
            date=date(2026, 9, 1),
            type="referral",
            title="Aanmelding kraamzorg",
            involved=("n1",),
            barriers=("waiting_list",),
            enablers=("collaboration",),
        ),
    )
    dates = [e.date for e in family.journey]
    assert dates == sorted(dates) and len(dates) == 3
    new = next(e for e in family.journey if e.type == "referral")
    family = fam.save_event("HW-2026-009", dataclasses.replace(new, title="Aangemeld"))
    assert any(e.title == "Aangemeld" for e in family.journey)
    family = fam.delete_event("HW-2026-009", new.key)
    assert len(family.journey) == 2
    with pytest.raises(DomainError) as err:
        fam.delete_event("HW-2026-009", new.key)
    assert err.value.code == "record.not_found"


def test_goals_actions_and_reflections(example_workspace):
    fam = example_workspace.families
    family = fam.save_goal(
        "HW-2026-009",
        Goal(
            title="Rust in huis",
            actions=(
                Action(title="Kraampakket regelen", owner="Mirjam", due_on=date(2026, 12, 20)),
            ),
        ),
    )
    goal = family.goals[0]
    family = fam.save_goal(
        "HW-2026-009",
        dataclasses.replace(
            goal,
            actions=(
                dataclasses.replace(goal.actions[0], status="done"),
                Action(title="Wieg ophalen"),
            ),
        ),
    )
    assert [(a.title, a.status) for a in family.goals[0].actions] == [
        ("Kraampakket regelen", "done"),
        ("Wieg ophalen", "todo"),
    ]
    family = fam.save_reflection("HW-2026-009", Reflection(date=TODAY, text="Korte lijnen werken."))
    assert family.reflections[0].text == "Korte lijnen werken."


def test_import_is_all_or_nothing(workspace, example_bytes, tmp_path):
    """One broken family refuses the whole file; a ref clash refuses it unless replacing."""
    doc = json.loads(example_bytes)
    doc["families"][2]["network"][0]["profession"] = None
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(DomainError) as err:
        workspace.families.import_file(bad)
    assert "families[2].network[0].profession" in [p.field for p in err.value.problems]
    assert workspace.families.count() == 0
    good = tmp_path / "good.json"
    good.write_bytes(example_bytes)
    workspace.families.import_file(good)
    with pytest.raises(DomainError) as err:
        workspace.families.import_file(good)
    assert err.value.code == "family.ref_exists"
    result = workspace.families.import_file(good, replace_existing=True)
    assert (result.imported, result.replaced, workspace.families.count()) == (3, 3, 3)


def test_cancelled_import_stores_nothing(workspace):
    from veldwerk.samples.synthetic import synthetic_families

    families = synthetic_families(250, 5, seed=3)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 100:
            token.cancel()

    with pytest.raises(Cancelled):
        workspace.families.import_families(families, progress=progress, cancel=token)
    assert workspace.families.count() == 0 and seen


def test_erase_removes_the_family_and_audit_keeps_only_the_fact(example_workspace):
    fam = example_workspace.families
    fam.erase("HW-2026-009")
    assert [r.ref for r in fam.list()] == ["HW-2026-001", "HW-2025-017"]
    with pytest.raises(DomainError):
        fam.get("HW-2026-009")
    assert example_workspace.admin.check().ok


def test_a_family_gets_a_new_reference_unless_another_family_has_it(example_workspace):
    """The reference is one of the family's own details: it can be changed, but not to one
    another family has (refused with the clash named at "ref")."""
    fam = example_workspace.families
    assert fam.update_details("HW-2026-009", ref="HW-2026-099").ref == "HW-2026-099"
    with pytest.raises(DomainError) as err:
        fam.update_details("HW-2026-099", ref="HW-2026-001")
    assert (err.value.code, err.value.problems[0].field) == ("family.ref_exists", "ref")
    assert sorted(r.ref for r in fam.list()) == ["HW-2025-017", "HW-2026-001", "HW-2026-099"]


def test_audit_records_fields_never_values(example_workspace):
    """Edits leave audit entries that name the changed fields and hold none of the values."""
    fam = example_workspace.families
    fam.update_details("HW-2026-001", name="Gezin Van Der Vries-Unique")
    with example_workspace.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, table_name, fields FROM audit_log ORDER BY id"
        ).fetchall()
    assert ("update", "families", '["name"]') in [tuple(r) for r in rows]
    assert not any("Unique" in " ".join(map(str, r)) for r in rows)


def test_audit_chain_detects_a_changed_entry(example_workspace):
    fam = example_workspace.families
    fam.update_details("HW-2026-001", municipality="Ermelo")
    assert example_workspace.admin.check().ok
    example_workspace.db.execute_sql(
        """UPDATE audit_log SET fields = '["status"]' WHERE id = (SELECT max(id) FROM audit_log)"""
    )
    report = example_workspace.admin.check()
    assert not report.ok and any("audit" in p for p in report.problems)


def test_audit_chain_detects_a_removed_last_entry(example_workspace):
    example_workspace.db.execute_sql(
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"
    )
    assert not example_workspace.admin.check().ok


def test_settings_are_checked(workspace):
    cfg = workspace.config
    assert cfg.get("auto_lock_minutes") == "5"
    assert cfg.set("region", "  Noord   Veluwe ") == "Noord Veluwe"
    with pytest.raises(DomainError) as err:
        cfg.set("auto_lock_minutes", "0")
    assert "1" in err.value.message("nl") and "minuten" in err.value.message("nl")
    with pytest.raises(DomainError):
        cfg.set("colour", "blue")
    assert cfg.get("auto_lock_minutes") == "5"


def test_the_last_member_cannot_be_deleted(example_workspace):
    """A family keeps at least one member: deleting the last one is refused by the rules."""
    fam = example_workspace.families
    family = fam.get("HW-2025-017")
    fam.delete_member("HW-2025-017", family.members[1].key)
    with pytest.raises(DomainError) as err:
        fam.delete_member("HW-2025-017", family.members[0].key)
    assert err.value.code == "rule.no_members"
    assert len(fam.get("HW-2025-017").members) == 1


def test_changing_the_passphrase_can_require_the_current_one(workspace):
    """The app asks for the current passphrase; a wrong one changes nothing."""
    from veldwerk.store import keys

    PASSPHRASE = "a long test passphrase 42"  # the workspace fixture's

    with pytest.raises(DomainError) as err:
        workspace.admin.change_passphrase(
            "a brand new passphrase 99",
            "a brand new passphrase 99",
            current="wrong passphrase here",
        )
    assert err.value.code == "key.wrong_passphrase"
    keys.unlock_with_passphrase(workspace.paths.key_file, PASSPHRASE)
    workspace.admin.change_passphrase(
        "a brand new passphrase 99", "a brand new passphrase 99", current=PASSPHRASE
    )
    keys.unlock_with_passphrase(workspace.paths.key_file, "a brand new passphrase 99")


def test_erasure_removes_the_automatic_pre_upgrade_copies(example_workspace):
    """Copies taken before a schema upgrade would still hold an erased family: they go."""
    copy = example_workspace.paths.backups / "before-upgrade-0001-20260101T000000Z.vwbackup"
    example_workspace.admin.backup(copy)
    example_workspace.families.erase("HW-2026-009")
    assert not copy.exists()
