"""The family list's rows say what the domain's contact rules say: `missing_backup` is
`contacts.lacks_current_backup` and the primary and backup shown are `contacts.current_contact`,
for the spec's example and the demo families, on every day a contact starts or ends (and the
days either side), not only today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from veldwerk.domain.contacts import current_contact, lacks_current_backup
from veldwerk.domain.model import Family
from veldwerk.samples.demo import demo_families

TODAY = date(2026, 11, 24)


def _days(families: list[Family]) -> list[date]:
    """Every start and end of a contact period, the days either side, and today."""
    edges = {TODAY}
    for f in families:
        for c in f.contacts:
            edges.update(d for d in (c.start, c.until) if d is not None)
    return sorted({d + timedelta(days=k) for d in edges for k in (-1, 0, 1)})


def _name(family: Family, role: str, day: date) -> str | None:
    holder = current_contact(family, role, day)
    person = family.network_member(holder.network_id) if holder else None
    return person.name if person else None


def _assert_list_agrees_with_rules(ws, monkeypatch: pytest.MonkeyPatch) -> int:
    families = ws.families.all()
    checked = 0
    for day in _days(families):
        monkeypatch.setenv("VELDWERK_TODAY", day.isoformat())
        rows = {r.ref: r for r in ws.families.list()}
        assert set(rows) == {f.ref for f in families}
        for f in families:
            row = rows[f.ref]
            assert row.missing_backup == lacks_current_backup(f, day), (f.ref, day)
            assert (row.primary, row.backup) == (
                _name(f, "primary", day),
                _name(f, "backup", day),
            ), (f.ref, day)
            checked += 1
    return checked


def test_list_agrees_with_the_rules_for_the_spec_example(
    example_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three families of the spec's example, before, on and after every handover; a closed
    family is never flagged, an active one without a current backup always is."""
    assert _assert_list_agrees_with_rules(example_workspace, monkeypatch) > 3 * 5
    monkeypatch.setenv("VELDWERK_TODAY", TODAY.isoformat())
    flags = {r.ref: r.missing_backup for r in example_workspace.families.list()}
    assert flags == {"HW-2026-001": False, "HW-2026-009": True, "HW-2025-017": False}


def test_list_agrees_with_the_rules_for_the_demo_families(
    workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The twelve demo families (one active without a backup, closed ones, handovers in the
    past), on every day their contacts change."""
    workspace.families.import_families(demo_families(TODAY))
    assert _assert_list_agrees_with_rules(workspace, monkeypatch) > 12 * 5
