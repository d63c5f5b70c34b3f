"""The coordinator's sample shared folder: signed bundles that verify, two per installation,
and the three files that cannot be used (for the coordinator window's screenshots)."""

from __future__ import annotations

import pytest

from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.samples.bundles import REGIONS, sample_shared_folder


def test_sample_folder_holds_verifying_bundles_and_three_bad_files(tmp_path) -> None:
    """Protects the screenshots' data: each installation leaves two bundles that verify, in
    the sample regions; the cut-off and the changed copy are refused, the other file is no
    bundle."""
    folder = sample_shared_folder(tmp_path / "shared", installations=3, seed=5)
    bad = {"kopie-afgebroken.vwlb", "aangepast.vwlb"}
    bundles = [p for p in folder.glob("*.vwlb") if p.name not in bad]
    assert len(bundles) == 6 and (folder / "notulen teamoverleg.docx").is_file()
    regions = {read_bundle(p.read_bytes()).header.region for p in bundles}
    assert regions <= {*REGIONS, "Waddeneilanden"} and "Waddeneilanden" in regions
    for name in bad:
        with pytest.raises(BundleError):
            read_bundle((folder / name).read_bytes())
