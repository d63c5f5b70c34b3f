"""The coordinator's sample shared folder: signed bundles, encrypted to the coordinator key
given, that verify, two per installation, one installation not enrolled yet, and the three
files that cannot be used (for the coordinator window's screenshots); and the helper that enrols
a folder's installations."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.learning import COORDINATOR_PRIVATE, COORDINATOR_PUBLIC
from veldwerk.coordinator.collect import collect
from veldwerk.coordinator.database import open_database
from veldwerk.coordinator.service import CoordinatorService
from veldwerk.learning.bundle import VERSION, read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import load_coordinator_private_key
from veldwerk.samples.bundles import (
    REGIONS,
    WAITING_REGION,
    enrol_sample_installations,
    sample_coordinator_keys,
    sample_shared_folder,
    waiting_installation,
)


def test_sample_folder_holds_verifying_bundles_and_three_bad_files(tmp_path: Path) -> None:
    """Protects the screenshots' data: each installation leaves two bundles of the current
    format that only the coordinator's key opens, in the sample regions, and the one waiting
    installation one; the cut-off and the changed copy are refused, the other file is no
    bundle."""
    folder = sample_shared_folder(tmp_path / "shared", COORDINATOR_PUBLIC, installations=3, seed=5)
    bad = {"kopie-afgebroken.vwlb", "aangepast.vwlb"}
    bundles = [p for p in folder.glob("*.vwlb") if p.name not in bad]
    assert len(bundles) == 7 and (folder / "notulen teamoverleg.docx").is_file()
    opened = [
        read_bundle(p.read_bytes(), coordinator_private_key=COORDINATOR_PRIVATE) for p in bundles
    ]
    assert all(b.encrypted and b.header.version == VERSION for b in opened)
    assert {b.header.created for b in opened} == {"2026-11"}
    regions = {b.header.region for b in opened}
    assert regions <= {*REGIONS, "Waddeneilanden", WAITING_REGION}
    assert {"Waddeneilanden", WAITING_REGION} <= regions
    with pytest.raises(BundleError) as no_key:
        read_bundle(bundles[0].read_bytes())
    assert no_key.value.reason == "encrypted_no_key"
    for name in bad:
        with pytest.raises(BundleError):
            read_bundle((folder / name).read_bytes(), coordinator_private_key=COORDINATOR_PRIVATE)


def test_the_sample_installations_are_enrolled_but_one(tmp_path: Path) -> None:
    """Protects the demo's coordinator: with the sample key pair's files, after enrolling the
    sample installations every one of them counts, and only the waiting installation is left
    on the waiting list."""
    private, public = sample_coordinator_keys(tmp_path / "keys")
    folder = sample_shared_folder(tmp_path / "shared", public, installations=3, seed=5)
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert enrol_sample_installations(url, folder, private_key=private, seed=5) == 3
    with open_database(url) as db:
        result = collect(folder, db, private_key=load_coordinator_private_key(private))
    assert (result.installations, result.new_bundles, result.waiting) == (3, 3, 1)
    (waiting,) = CoordinatorService(url).installations().waiting
    assert (waiting.installation_id, waiting.region) == (waiting_installation(5), WAITING_REGION)
