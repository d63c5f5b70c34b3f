"""The coordinator's sample shared folder: signed bundles, encrypted to the coordinator key given,
that verify, two per installation, and the three files that cannot be used (for the coordinator
window's screenshots)."""

from __future__ import annotations

import pytest

from support.learning import COORDINATOR_PRIVATE, COORDINATOR_PUBLIC
from veldwerk.learning.bundle import VERSION, read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.samples.bundles import REGIONS, sample_shared_folder


def test_sample_folder_holds_verifying_bundles_and_three_bad_files(tmp_path) -> None:
    """Protects the screenshots' data: each installation leaves two bundles of the current
    format that only the coordinator's key opens, in the sample regions; the cut-off and the
    changed copy are refused, the other file is no bundle."""
    folder = sample_shared_folder(tmp_path / "shared", COORDINATOR_PUBLIC, installations=3, seed=5)
    bad = {"kopie-afgebroken.vwlb", "aangepast.vwlb"}
    bundles = [p for p in folder.glob("*.vwlb") if p.name not in bad]
    assert len(bundles) == 6 and (folder / "notulen teamoverleg.docx").is_file()
    opened = [
        read_bundle(p.read_bytes(), coordinator_private_key=COORDINATOR_PRIVATE) for p in bundles
    ]
    assert all(b.encrypted and b.header.version == VERSION for b in opened)
    assert {b.header.created for b in opened} == {"2026-11"}
    regions = {b.header.region for b in opened}
    assert regions <= {*REGIONS, "Waddeneilanden"} and "Waddeneilanden" in regions
    with pytest.raises(BundleError) as no_key:
        read_bundle(bundles[0].read_bytes())
    assert no_key.value.reason == "encrypted_no_key"
    for name in bad:
        with pytest.raises(BundleError):
            read_bundle((folder / name).read_bytes(), coordinator_private_key=COORDINATOR_PRIVATE)
