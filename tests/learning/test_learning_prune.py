"""Once a newer bundle is delivered, this installation's older bundles leave the shared folder
(`learning.prune`): only names it wrote, links removed as links, nothing else touched. And
delivery never writes or reads through a link planted under one of its names."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.learning import COORDINATOR_PUBLIC, CREATED, REGION
from veldwerk.learning import prune
from veldwerk.learning.bundle import build_bundle, bundle_file_name
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.outbox import Outbox
from veldwerk.learning.prune import own_sequence, remove_older_bundles

KEY = generate_signing_key()
NOW = datetime(2026, 11, 24, 13, 5, 0, tzinfo=UTC)
OURS = "a" * 32
OTHER = "b" * 32


def _bundle(sequence: int, installation: str = OURS) -> bytes:
    return build_bundle(
        [],
        installation_id=installation,
        region=REGION,
        sequence=sequence,
        created=CREATED,
        signing_key=KEY,
        coordinator_key=COORDINATOR_PUBLIC,
    )


def _deliver(box: Outbox, target: Path, sequence: int) -> None:
    box.put(_bundle(sequence), sequence)
    assert box.deliver(target).ok


def _names(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_newer_delivery_removes_our_older_bundles_and_nothing_else(tmp_path: Path) -> None:
    """Protects a withdrawn family in the shared folder: after a newer bundle is delivered,
    this installation's older bundles (and their leftover temporary files) are gone; another
    installation's bundles, other files and a folder under one of our names stay."""
    box = Outbox(tmp_path / "outbox", now=lambda: NOW)
    target = tmp_path / "share"
    target.mkdir()
    _deliver(box, target, 1)
    first = bundle_file_name(OURS, 1)
    assert _names(target) == [first]
    theirs = bundle_file_name(OTHER, 1)
    (target / theirs).write_bytes(_bundle(1, OTHER))
    (target / f".{bundle_file_name(OURS, 2)}.partial").write_bytes(b"half")  # older than 3
    (target / "notes.txt").write_text("leave me")
    (target / bundle_file_name(OURS, 1).replace("00000001", "1")).write_text("not our name")
    (target / bundle_file_name(OURS, 0)).mkdir()

    _deliver(box, target, 3)
    newest = bundle_file_name(OURS, 3)
    assert _names(target) == sorted(
        [newest, theirs, "notes.txt", f"{OURS}-1.vwlb", bundle_file_name(OURS, 0)]
    )
    assert (target / "notes.txt").read_text() == "leave me"
    assert (target / bundle_file_name(OURS, 0)).is_dir()


def test_a_planted_link_is_removed_as_a_link_and_its_target_is_left_alone(
    tmp_path: Path,
) -> None:
    """Protects files outside the shared folder: a symlink planted under an old bundle name
    of ours, pointing at a file elsewhere, is unlinked; the file it points at keeps its bytes
    (it is never opened or removed)."""
    box = Outbox(tmp_path / "outbox", now=lambda: NOW)
    target = tmp_path / "share"
    target.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_bytes(b"the user's own file")
    link = target / bundle_file_name(OURS, 1)
    link.symlink_to(outside)
    dangling = target / bundle_file_name(OURS, 2)
    dangling.symlink_to(tmp_path / "nowhere")

    _deliver(box, target, 5)
    assert _names(target) == [bundle_file_name(OURS, 5)]
    assert not os.path.lexists(link) and not os.path.lexists(dangling)
    assert outside.read_bytes() == b"the user's own file"


def test_an_unfinished_scan_is_tried_again_on_the_next_delivery(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects bounded work that still finishes: with the scan cut off at its bound, the
    older bundle stays for now; the next sync (nothing new to deliver) removes it."""
    box = Outbox(tmp_path / "outbox", now=lambda: NOW)
    target = tmp_path / "share"
    target.mkdir()
    _deliver(box, target, 1)
    monkeypatch.setattr(prune, "MAX_SCAN_ENTRIES", 0)
    _deliver(box, target, 2)
    assert _names(target) == [bundle_file_name(OURS, 1), bundle_file_name(OURS, 2)]
    monkeypatch.setattr(prune, "MAX_SCAN_ENTRIES", 20_000)
    assert box.deliver(target).ok
    assert _names(target) == [bundle_file_name(OURS, 2)]


def test_only_names_this_installation_writes_count_as_its_own() -> None:
    """Protects the name match: exactly `bundle_file_name` of our id (or its temporary)."""
    assert own_sequence(bundle_file_name(OURS, 12), OURS) == 12
    assert own_sequence(f".{bundle_file_name(OURS, 12)}.partial", OURS) == 12
    assert own_sequence(bundle_file_name(OTHER, 12), OURS) is None
    for name in (
        f"{OURS}-12.vwlb",
        f"{OURS}-0000001x.vwlb",
        f"{OURS}-\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668.vwlb",
        f".{bundle_file_name(OURS, 12)}",
        f"{bundle_file_name(OURS, 12)}.partial",
        f"x{bundle_file_name(OURS, 12)}",
        f"{OURS.upper()}-00000012.vwlb",
    ):
        assert own_sequence(name, OURS) is None, name


def test_our_temporary_files_up_to_the_newest_are_removed(tmp_path: Path) -> None:
    """Protects the shared folder after killed deliveries: our temporary files (random
    ``.<name>.<random>.partial``) of older sequences and of the newest one are removed once the
    newest is delivered; one of a later sequence and another installation's stay."""
    box = Outbox(tmp_path / "outbox", now=lambda: NOW)
    target = tmp_path / "share"
    target.mkdir()
    older = f".{bundle_file_name(OURS, 2)}.{'0a' * 8}.partial"
    newest = f".{bundle_file_name(OURS, 3)}.{'1b' * 8}.partial"
    later = f".{bundle_file_name(OURS, 4)}.{'2c' * 8}.partial"
    theirs = f".{bundle_file_name(OTHER, 1)}.{'3d' * 8}.partial"
    for name in (older, newest, later, theirs):
        (target / name).write_bytes(b"half")
    assert own_sequence(older, OURS) == 2 and own_sequence(theirs, OURS) is None
    _deliver(box, target, 3)
    assert _names(target) == sorted([bundle_file_name(OURS, 3), later, theirs])


def test_a_missing_folder_is_no_error(tmp_path: Path) -> None:
    """Protects a shared folder that is away: nothing removed, not finished, no exception."""
    assert remove_older_bundles(tmp_path / "away", OURS, 3) == (0, False)


def test_links_planted_under_the_next_names_are_never_written_through(tmp_path: Path) -> None:
    """Protects files outside the shared folder during delivery: links planted under the
    next bundle's temporary and final names are replaced by the bundle; the files they point
    at keep their bytes."""
    box = Outbox(tmp_path / "outbox", now=lambda: NOW)
    target = tmp_path / "share"
    target.mkdir()
    name = bundle_file_name(OURS, 1)
    victims = [tmp_path / "victim-temp.txt", tmp_path / "victim-final.txt"]
    for victim in victims:
        victim.write_bytes(b"keep")
    (target / f".{name}.partial").symlink_to(victims[0])
    (target / name).symlink_to(victims[1])
    data = _bundle(1)
    box.put(data, 1)
    assert box.deliver(target).ok
    assert not (target / name).is_symlink() and (target / name).read_bytes() == data
    assert _names(target) == [name]
    assert [v.read_bytes() for v in victims] == [b"keep", b"keep"]
