"""Bundle version 3 (issue 14: the closing reason) beside version 2: the learning record of a
closed family carries its closing reason as a code (never its note), and the coordinator collects
bundles of both versions, keeping the reason of version 3 families and none for version 2."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from support.coordinator import (
    bundle_bytes,
    collect_enrolled,
    make_installations,
    records_of,
)
from support.learning import COORDINATOR_PRIVATE
from veldwerk.coordinator.database import open_database
from veldwerk.coordinator.facts import facts_from_json, facts_to_json
from veldwerk.coordinator.repository import load_families
from veldwerk.learning.bundle import bundle_file_name, read_bundle
from veldwerk.learning.record import build_record


def test_the_record_carries_the_closing_reason_code_only() -> None:
    """A closed family's record has its closing reason code, an active family's null, and the
    closing note is nowhere in the record."""
    (inst,) = make_installations(1)
    family = inst.families[0]
    closed = dataclasses.replace(
        family,
        status="closed",
        closed_on=family.opened_on,
        closing_reason="referred",
        closing_note="Doorverwezen naar de GGZ in Zwolle",
    )
    record = build_record(closed, region=inst.region, today=closed.opened_on)
    assert record is not None and record["closing_reason"] == "referred"
    assert "Zwolle" not in repr(record)
    active = build_record(
        dataclasses.replace(family, status="active", closed_on=None),
        region=inst.region,
        today=family.opened_on,
    )
    assert active is not None and active["closing_reason"] is None


def test_the_coordinator_collects_version_2_and_version_3_bundles(tmp_path: Path) -> None:
    """One installation still sends version 2 bundles, the other version 3: both are read
    (their version kept in the bundle header), all their families collected, the closing reason
    kept for version 3's closed families and None for version 2's; facts stored before version 3
    (seven members) still load."""
    old, new = make_installations(2)
    new = dataclasses.replace(
        new,
        families=[
            dataclasses.replace(f, closing_reason="goals_reached") if f.status == "closed" else f
            for f in new.families
        ],
    )
    shared = tmp_path / "shared"
    shared.mkdir()
    ids = list(range(1, len(old.families) + 1))
    data_old = bundle_bytes(old, 1, records_of(old, ids), version=2)
    new_ids = list(range(1, len(new.families) + 1))
    data_new = bundle_bytes(new, 1, records_of(new, new_ids))
    assert read_bundle(data_old, coordinator_private_key=COORDINATOR_PRIVATE).header.version == 2
    assert read_bundle(data_new, coordinator_private_key=COORDINATOR_PRIVATE).header.version == 3
    (shared / bundle_file_name(old.id, 1)).write_bytes(data_old)
    (shared / bundle_file_name(new.id, 1)).write_bytes(data_new)
    db = open_database(f"sqlite:///{tmp_path / 'coordinator.sqlite3'}")
    try:
        result = collect_enrolled(shared, db)
        assert result.new_bundles == 2 and not result.rejected
        with db.engine.connect() as conn:
            families = load_families(conn)
    finally:
        db.close()
    by_installation = {old.id: [], new.id: []}  # type: ignore[var-annotated]
    for f in families:
        by_installation[f.installation_id].append(f)
    assert len(by_installation[old.id]) == len(ids)
    assert len(by_installation[new.id]) == len(new_ids)
    assert all(f.closing_reason is None for f in by_installation[old.id])
    closed_new = [f for f in by_installation[new.id] if f.status == "closed"]
    assert closed_new and all(f.closing_reason == "goals_reached" for f in closed_new)
    assert all(f.closing_reason is None for f in by_installation[new.id] if f.status == "active")
    sample = closed_new[0]
    seven = facts_to_json(sample).rsplit(",", 1)[0] + "]"
    stored = (sample.installation_id, sample.pseudonym, sample.region, sample.opened_quarter)
    assert facts_from_json(*stored, seven) == sample._replace(closing_reason=None)
