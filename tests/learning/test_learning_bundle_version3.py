"""Bundle version 3 (issue 14): every record holds `closing_reason`, a version 2 bundle none;
a bundle that mixes them is refused as `schema`, while both versions, each as it should be,
are read."""

from __future__ import annotations

import pytest

from support.learning import (
    COORDINATOR_PRIVATE,
    example_families,
    export,
    granted,
    resealed,
)
from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import generate_signing_key

KEY = generate_signing_key()


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return export(granted(example_families()), signing_key=KEY)


def _reason(data: bytes) -> str:
    with pytest.raises(BundleError) as caught:
        read_bundle(data, coordinator_private_key=COORDINATOR_PRIVATE)
    return caught.value.reason


def test_version_3_records_have_the_closing_reason(sealed: bytes) -> None:
    """An export is version 3 and every record names its closing reason (null for the example's
    families, which were closed before veldwerk asked for one)."""
    bundle = read_bundle(sealed, coordinator_private_key=COORDINATOR_PRIVATE)
    assert bundle.header.version == 3
    assert bundle.records and all("closing_reason" in r for r in bundle.records)


def test_a_mix_of_versions_is_refused_and_a_clean_version_2_is_read(sealed: bytes) -> None:
    """Version 3 without the member, or version 2 with it, is `schema`; an unknown code is
    `schema` too; version 2 without it is read."""

    def drop(o: dict) -> None:  # type: ignore[type-arg]
        for r in o["records"]:
            r.pop("closing_reason")

    def as_version_2(o: dict) -> None:  # type: ignore[type-arg]
        o["version"] = 2
        drop(o)

    def bad_code(o: dict) -> None:  # type: ignore[type-arg]
        o["records"][0]["closing_reason"] = "bored"

    assert _reason(resealed(sealed, drop, KEY)) == "schema"
    assert _reason(resealed(sealed, lambda o: o.update(version=2), KEY)) == "schema"
    assert _reason(resealed(sealed, bad_code, KEY)) == "schema"
    old = read_bundle(
        resealed(sealed, as_version_2, KEY), coordinator_private_key=COORDINATOR_PRIVATE
    )
    assert old.header.version == 2 and all("closing_reason" not in r for r in old.records)
