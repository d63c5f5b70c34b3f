"""Retention as the Jeugdwet asks (`services.retention`, `domain.retention`): a family closed 20
years and a day ago is listed and one closed yesterday is not; erasing the listed families (one
step) and a parent's early request leave only a tombstone without personal data, and `check`
stays green."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from support.caseload import small_family, step
from support.common import TODAY
from veldwerk.domain.errors import DomainError
from veldwerk.domain.retention import retention_ended, retention_ends_on
from veldwerk.workspace import Workspace

FAMILY_TABLES = ("members", "network_members", "contact_assignments", "events", "goals")


def closed_family(ref: str, closed_on: date) -> object:
    return small_family(
        ref,
        opened_on=date(closed_on.year - 1, 1, 10),
        status="closed",
        closed_on=closed_on,
        journey=(step(closed_on, "closure"),),
    )


@pytest.fixture
def closed(workspace: Workspace) -> Workspace:
    workspace.families.import_families(
        [
            closed_family("OUD-20J1D", date(2006, 11, 23)),  # 20 years and a day ago
            closed_family("OUD-20J", date(2006, 11, 24)),  # exactly 20 years ago today
            closed_family("GISTEREN", date(2026, 11, 23)),
            small_family("ACTIEF", journey=(step(TODAY),)),
        ]
    )
    return workspace


def test_the_period_ends_twenty_years_after_closing() -> None:
    """The domain rule: the period has run out on the day twenty years after `closed_on`
    (29 February: on 1 March); an active family never runs out."""
    assert retention_ends_on(date(2006, 11, 23), 20) == date(2026, 11, 23)
    assert retention_ends_on(date(2008, 2, 29), 21) == date(2029, 3, 1)
    assert retention_ended("closed", date(2006, 11, 24), TODAY, 20)
    assert not retention_ended("closed", date(2006, 11, 25), TODAY, 20)
    assert not retention_ended("active", date(2000, 1, 1), TODAY, 20)


def test_listed_when_the_period_ended_not_when_closed_yesterday(closed: Workspace) -> None:
    """A family closed 20 years and a day ago is listed (and one closed 20 years ago today);
    one closed yesterday is not, nor an active family; the setting changes the period."""
    due = closed.retention.due()
    assert [(d.ref, d.closed_on, d.ended_on) for d in due] == [
        ("OUD-20J", date(2006, 11, 24), date(2026, 11, 24)),
        ("OUD-20J1D", date(2006, 11, 23), date(2026, 11, 23)),
    ]
    closed.config.set("retention_years", "30")
    assert closed.retention.due() == []


def test_erasing_the_listed_families_leaves_only_the_tombstone(closed: Workspace) -> None:
    """One step erases the listed families: no row of them stays in any table, the audit log
    keeps for each one entry saying when, a family, and why (retention_ended) without any
    name or reference, and `check` passes."""
    keys = {r.ref: r.key for r in closed.families.list()}
    gone = [keys["OUD-20J1D"], keys["OUD-20J"]]
    assert closed.retention.erase_due([d.ref for d in closed.retention.due()]) == 2
    assert sorted(r.ref for r in closed.families.list()) == ["ACTIEF", "GISTEREN"]
    with closed.db.unit_of_work() as uow:
        for table in FAMILY_TABLES:
            left = uow.conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE family_id IN ({gone[0]}, {gone[1]})")
            ).scalar()
            assert left == 0, table
        details = uow.conn.execute(
            text("SELECT detail FROM audit_log WHERE action = 'erase'")
        ).scalars()
        assert list(details) == ['{"reason": "retention_ended"}'] * 2
        everything = " ".join(
            str(v) for row in uow.conn.execute(text("SELECT * FROM audit_log")) for v in row
        )
    for personal in ("OUD-20J", "Gezin", "Anna", "Verbeek", "Eva Mulder"):
        assert personal not in everything
    stones = closed.retention.tombstones()
    assert [(t.kind, t.reason, t.requested_on) for t in stones] == [
        ("family", "retention_ended", None)
    ] * 2
    assert closed.admin.check().ok


def test_a_family_not_due_is_refused_before_anything_is_erased(closed: Workspace) -> None:
    """`erase_due` with a family whose period has not ended refuses the whole step."""
    with pytest.raises(DomainError) as caught:
        closed.retention.erase_due(["OUD-20J1D", "GISTEREN"])
    assert caught.value.code == "retention.not_ended"
    assert len(closed.families.list()) == 4


def test_a_parents_request_is_recorded_with_its_date_and_executed(closed: Workspace) -> None:
    """The parents' early request erases the family at once; its tombstone keeps the reason
    and the day they asked (not a day to come); `check` passes."""
    with pytest.raises(DomainError) as caught:
        closed.retention.erase_on_request("GISTEREN", date(2026, 11, 25))
    assert caught.value.code == "retention.request_in_future"
    closed.retention.erase_on_request("GISTEREN", date(2026, 11, 20))
    assert "GISTEREN" not in {r.ref for r in closed.families.list()}
    (stone,) = closed.retention.tombstones()
    assert (stone.kind, stone.reason, stone.requested_on) == (
        "family",
        "parent_request",
        date(2026, 11, 20),
    )
    assert closed.admin.check().ok


def test_a_tampered_tombstone_is_found(closed: Workspace) -> None:
    """The tombstone's reason is part of the hash chain: changing it breaks `check`."""
    closed.retention.erase_on_request("GISTEREN", TODAY)
    closed.db.execute_sql(
        "UPDATE audit_log SET detail = '{\"reason\": \"retention_ended\"}' WHERE action = 'erase'"
    )
    assert not closed.admin.check().ok
