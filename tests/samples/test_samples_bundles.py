"""The coordinator's sample shared folder: signed bundles that verify, two per installation,
one installation not enrolled yet, and the three files that cannot be used (for the coordinator
window's screenshots); and the helper that enrols a folder's installations."""

from __future__ import annotations

from pathlib import Path

import pytest

from veldwerk.coordinator.collect import collect
from veldwerk.coordinator.database import open_database
from veldwerk.coordinator.service import CoordinatorService
from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.samples.bundles import (
    REGIONS,
    WAITING_REGION,
    enrol_sample_installations,
    sample_shared_folder,
    waiting_installation,
)


def test_sample_folder_holds_verifying_bundles_and_three_bad_files(tmp_path: Path) -> None:
    """Protects the screenshots' data: each installation leaves two bundles that verify, in
    the sample regions, and the one waiting installation one; the cut-off and the changed copy
    are refused, the other file is no bundle."""
    folder = sample_shared_folder(tmp_path / "shared", installations=3, seed=5)
    bad = {"kopie-afgebroken.vwlb", "aangepast.vwlb"}
    bundles = [p for p in folder.glob("*.vwlb") if p.name not in bad]
    assert len(bundles) == 7 and (folder / "notulen teamoverleg.docx").is_file()
    regions = {read_bundle(p.read_bytes()).header.region for p in bundles}
    assert regions <= {*REGIONS, "Waddeneilanden", WAITING_REGION}
    assert {"Waddeneilanden", WAITING_REGION} <= regions
    for name in bad:
        with pytest.raises(BundleError):
            read_bundle((folder / name).read_bytes())


def test_the_sample_installations_are_enrolled_but_one(tmp_path: Path) -> None:
    """Protects the demo's coordinator: after enrolling the sample installations every one of
    them counts, and only the waiting installation is left on the waiting list."""
    folder = sample_shared_folder(tmp_path / "shared", installations=3, seed=5)
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert enrol_sample_installations(url, folder, seed=5) == 3
    with open_database(url) as db:
        result = collect(folder, db)
    assert (result.installations, result.new_bundles, result.waiting) == (3, 3, 1)
    (waiting,) = CoordinatorService(url).installations().waiting
    assert (waiting.installation_id, waiting.region) == (waiting_installation(5), WAITING_REGION)
